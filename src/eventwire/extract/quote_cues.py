"""The cue lexicon: which verbs and phrases attribute content to a source, with their stance.

The lexicon is data (``data/cues/eventwire-cues.v1.tsv``) so users can extend it without
touching code: ``[extract.quotes] cues = ["eventwire-cues.v1", "./my_cues.tsv"]``. Later files
add cues, override a cue's stance, or remove one with a ``-cue`` line. The media list
(``eventwire-media.v1.txt``) tells a reporting source ("as EFE reports") from a speaker.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, cast

from eventwire.errors import EventwireError
from eventwire.models import Stance

CueClass = Literal["speech", "thought", "evidence", "intent"]
BUILTIN = "eventwire-cues.v1"
_STANCES = ("assert", "claim", "deny")
_CLASSES = ("speech", "thought", "evidence", "intent")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: ``according to`` is a phrase, ``point out`` a verb with a particle."""

    text: str
    stance: Stance
    cls: CueClass
    noun: bool = False  # "allegations that ...", "his claim to be ..."


@dataclass(frozen=True)
class CueLexicon:
    """Cues indexed for lookup by lemma: one dict probe per token on the hot path."""

    version: str = BUILTIN
    verbs: dict[str, Cue] = field(default_factory=dict)  # "say" -> Cue
    particles: dict[tuple[str, str], Cue] = field(default_factory=dict)  # ("point", "out")
    nouns: dict[str, Cue] = field(default_factory=dict)  # "allegation" -> Cue
    media: frozenset[str] = frozenset()  # lowercase words and phrases naming news outlets

    def verb(self, lemma: str) -> Cue | None:
        return self.verbs.get(lemma)

    def noun(self, lemma: str) -> Cue | None:
        return self.nouns.get(lemma)

    def with_particle(self, lemma: str, particle: str) -> Cue | None:
        return self.particles.get((lemma, particle))

    def is_media(self, text: str) -> bool:
        """Whether a source's text names a news outlet ("state media", "Reuters")."""
        words = text.lower().replace("'s", "").replace("’s", "").split()
        if any(w in self.media for w in words):
            return True
        joined = " ".join(words)
        return any(" " in m and m in joined for m in self.media)


def _parse_cues(lines: Iterable[str], origin: str) -> list[tuple[str, Cue | None]]:
    """(cue text, entry) pairs; an entry of None removes the cue."""
    entries: list[tuple[str, Cue | None]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):  # "-deny" removes a verb, "-claim/noun" a noun
            entries.append((line[1:].strip().lower(), None))
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2 or parts[1] not in _STANCES:
            raise EventwireError(
                f"bad cue line {number}: expected "
                "'cue<TAB>assert|claim|deny[<TAB>class[<TAB>verb|noun]]'",
                path=origin,
            )
        cls = parts[2] if len(parts) > 2 and parts[2] in _CLASSES else "speech"
        noun = len(parts) > 3 and parts[3] == "noun"
        text = parts[0].lower()
        cue = Cue(text, cast(Stance, parts[1]), cast(CueClass, cls), noun)
        entries.append((f"{text}/noun" if noun else text, cue))
    return entries


def _read(source: str, suffix: str) -> tuple[str, list[str]]:
    if source == BUILTIN or source.startswith("eventwire-"):
        name = source.removesuffix(suffix) + suffix
        resource = resources.files("eventwire") / "data" / "cues" / name
        if not resource.is_file():
            raise EventwireError(f"unknown cue lexicon {source!r}; packaged: {BUILTIN!r}")
        return name, resource.read_text(encoding="utf-8").splitlines()
    path = Path(source)
    if not path.is_file():
        raise EventwireError("cue lexicon file not found", path=source)
    return path.name, path.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=8)
def _load(sources: tuple[str, ...]) -> CueLexicon:
    merged: dict[str, Cue] = {}
    for source in sources:
        _, lines = _read(source, ".tsv")
        for text, entry in _parse_cues(lines, source):
            if entry is None:
                merged.pop(text, None)
            else:
                merged[text] = entry
    verbs: dict[str, Cue] = {}
    particles: dict[tuple[str, str], Cue] = {}
    nouns: dict[str, Cue] = {}
    for entry in merged.values():
        words = entry.text.split()
        if entry.noun:
            nouns[entry.text] = entry
        elif len(words) == 1:
            verbs[entry.text] = entry
        else:  # "according to", "point out": the head word and what follows it
            particles[(words[0], " ".join(words[1:]))] = entry
    _, media_lines = _read("eventwire-media.v1", ".txt")
    media = frozenset(
        line.strip().lower() for line in media_lines if line.strip() and not line.startswith("#")
    )
    version = "+".join(s if s.startswith("eventwire-") else Path(s).name for s in sources)
    return CueLexicon(version=version, verbs=verbs, particles=particles, nouns=nouns, media=media)


def load_cues(sources: Sequence[str] | None = None) -> CueLexicon:
    """Load and merge cue lexicons by packaged name or path, once per process.

    >>> load_cues(["eventwire-cues.v1"]).verb("deny").stance
    'deny'
    """
    return _load(tuple(sources) if sources else (BUILTIN,))
