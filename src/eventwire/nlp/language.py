"""Language identification with py3langid, which ships its model (no download on first use)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def rank_languages(text: str) -> list[tuple[str, float]]:
    """Every language with its probability (0..1), most likely first: one pass of the model
    answers both "which language" and "how likely is English"."""
    return [(str(lang), float(p)) for lang, p in _identifier().rank(text)]


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of ``text`` and its probability (0..1)."""
    return rank_languages(text)[0]


# English and the English-based creole the model confuses it with: a short dispatch about
# Nigeria ranks Nigerian Pidgin first ("Ghana and Nigeria signed a trade pact." scores pcm 0.76,
# en 0.06), whatever its grammar.
ENGLISH = frozenset({"en", "pcm"})


def english_probability(text: str) -> float:
    """The probability that ``text`` is English (or read as its Nigerian creole), whatever
    language ranks first."""
    return language_probability(rank_languages(text), ENGLISH)


def language_probability(ranking: list[tuple[str, float]], langs: frozenset[str]) -> float:
    """The summed probability of ``langs`` in a ranking from :func:`rank_languages`."""
    return sum(p for name, p in ranking if name in langs)
