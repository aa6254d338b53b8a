"""Language identification with py3langid, which ships its model (no download on first use)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of ``text`` and its probability (0..1)."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def english_probability(text: str) -> float:
    """The probability that ``text`` is English, whatever language ranks first: a short
    dispatch full of place names may rank an English-based creole first ("Rebels abducted
    dozens of Nigerian schoolchildren." reads as Nigerian Pidgin) with English close behind."""
    return next((float(p) for lang, p in _identifier().rank(text) if lang == "en"), 0.0)
