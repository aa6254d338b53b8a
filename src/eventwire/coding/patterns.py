"""Verb and noun patterns naming CAMEO codes, loaded from YAML files users can extend.

Coding knowledge is data, not code: each pattern names a trigger word (a verb, noun or
adjective lemma, optionally with a particle or preposition), the words its arguments must or
must not contain, and the CAMEO code it assigns. Frames handle CAMEO's modal families (appeal,
intend, demand, reject, threaten, accuse): the frame's code depends on what is appealed for,
promised, refused or threatened, read from the complement's own coded event or its words.
The format is documented in ``docs/patterns.md``.

``load_patterns(["cameo-patterns.v1", "./mine.yml"])`` reads the packaged set, then user files;
a later pattern with the same id replaces the earlier one, new ids extend the set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from eventwire.coding.cameo import cameo_table
from eventwire.errors import EventwireError

PACKAGED = "cameo-patterns.v1"
TriggerPos = Literal["verb", "noun", "adj"]
_POS_KEYS: dict[str, TriggerPos] = {"verbs": "verb", "nouns": "noun", "adjectives": "adj"}
# Words after a noun trigger that link it to what follows ("call for", "exchange of fire"):
# any other second word makes the trigger a compound whose head is that word ("sniper fire").
_LINKS = frozenset(
    {"about", "against", "among", "at", "between", "by", "for", "from", "in", "into", "of",
     "off", "on", "out", "over", "to", "toward", "towards", "under", "up", "upon", "with",
     "within"}
)  # fmt: skip
_PATTERN_KEYS = {
    "id",
    "code",
    "verbs",
    "nouns",
    "adjectives",
    "with",
    "without",
    "without_objects",
    "with_objects",
    "frame",
    "plover_mode",
    "plover_context",
    "speech",
    "absorb",
    "suffered",
    "note",
}
_FRAME_KEYS = {
    "id", "default", "by_code", "by_word", "clause", "modality", "note", "words_for_coded"
}  # fmt: skip


class PatternError(EventwireError):
    """A pattern file that cannot be used: the message names the file and the pattern."""

    code = "E301"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger word in one context, and the CAMEO code it means there."""

    id: str
    code: str
    lemma: str  # the trigger's lemma, lower case
    pos: TriggerPos
    particle: str | None = None  # "call for": a particle or preposition child must be "for"
    # "sniper fire": a noun trigger written with its modifier first keys on its head ("fire")
    # and needs that modifier ("sniper") among the head's own modifiers
    modifier: str | None = None
    with_: frozenset[str] = frozenset()  # any of these among the arguments' words
    without: frozenset[str] = frozenset()  # none of these among the arguments' words
    # none of these among the arguments' words but the subject's: "welcomed the president" is
    # hosting, "the president welcomed the deal" is praise
    without_objects: frozenset[str] = frozenset()
    # the ``with`` word must be found elsewhere than in the subject: "ended the talks" halts
    # them, "the talks ended" halts nothing anyone did
    with_objects: bool = False
    frame: str | None = None  # a modal family whose code depends on the complement
    plover_mode: str | None = None
    plover_context: str | None = None
    speech: bool = False  # a speech cue: its clausal complement is reported speech
    absorb: bool = True  # its complement is part of this act, not an event of its own
    # a threat told by what its subject will suffer ("X will pay a heavy price"): the subject
    # is the target, the speaker the source
    suffered: bool = False
    order: int = 0  # position in the loaded files: ties in specificity go to the first
    # the first word of each entry of ``with``, ``without`` and ``without_objects``: an entry
    # can be among a trigger's argument words only if its first word is a lemma of the
    # article, so a list none of whose first words is one is settled without reading them
    with_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    without_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    without_objects_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    worded: bool = field(init=False, repr=False, compare=False)  # any of the three lists

    def __post_init__(self) -> None:
        object.__setattr__(self, "worded", bool(self.with_ or self.without or self.without_objects))
        object.__setattr__(self, "with_firsts", _firsts(self.with_))
        object.__setattr__(self, "without_firsts", _firsts(self.without))
        object.__setattr__(self, "without_objects_firsts", _firsts(self.without_objects))

    @property
    def specificity(self) -> int:
        """More constrained patterns win: a particle and required words beat a bare lemma."""
        vetoed = self.without or self.without_objects
        phrasal = self.particle or self.modifier
        return (2 if phrasal else 0) + (3 if self.with_ else 0) + (1 if vetoed else 0)


def _firsts(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.partition(" ")[0] for w in words)


@dataclass(frozen=True, slots=True)
class Frame:
    """A modal family: ``threaten`` + a sanctions complement is 1312, + an attack is 138."""

    id: str
    default: str | None  # None: keep the complement's own code
    # complement code prefix -> code, longest first; None keeps the complement's own code
    by_code: tuple[tuple[str, str | None], ...] = ()
    by_word: tuple[tuple[frozenset[str], str], ...] = ()  # complement words -> code
    clause: str | None = None  # a that-clause with nothing codeable: "agreed (that) X" -> 019
    modality: str | None = None  # what the frame says about its complement: intended, ...
    # whether ``by_word`` also reads a coded complement ``by_code`` has no code for
    words_for_coded: bool = False
    # the rank of the first ``by_code`` entry with each prefix, and of the first ``by_word``
    # entry holding each word: ``resolve`` looks up the complement's few prefixes and words
    # instead of testing every entry (the first entry that matches wins, as in a scan)
    _code_rank: dict[str, int] = field(init=False, repr=False, compare=False)
    _word_rank: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        code_rank: dict[str, int] = {}
        for n, (prefix, _) in enumerate(self.by_code):
            code_rank.setdefault(prefix, n)
        word_rank: dict[str, int] = {}
        for n, (lemmas, _) in enumerate(self.by_word):
            for lemma in lemmas:
                word_rank.setdefault(lemma, n)
        object.__setattr__(self, "_code_rank", code_rank)
        object.__setattr__(self, "_word_rank", word_rank)

    def resolve(self, complement_code: str | None, words: Iterable[str]) -> str | None:
        """The frame's code for a complement with this code and these lemmas."""
        if complement_code:
            ranks = self._code_rank
            found = [
                n
                for k in range(len(complement_code) + 1)
                if (n := ranks.get(complement_code[:k])) is not None
            ]
            if found:
                return self.by_code[min(found)][1]
            if not self.words_for_coded:
                return self.default  # a coded complement the frame has no code for
            # its words may still say more ("accused Qatar of supporting terrorism": support
            # is coded, but the charge is terrorism)
        if self._word_rank:
            ranks = self._word_rank
            hits = [n for n in map(ranks.get, words) if n is not None]
            if hits:
                return self.by_word[min(hits)][1]
        return self.default


@dataclass
class PatternSet:
    """Patterns indexed by trigger lemma, and the frames they refer to."""

    version: str = PACKAGED
    patterns: list[Pattern] = field(default_factory=list)
    frames: dict[str, Frame] = field(default_factory=dict)
    by_lemma: dict[tuple[str, TriggerPos], list[Pattern]] = field(default_factory=dict)
    # every trigger lemma of by_lemma, whatever its part of speech: a token whose lemma is not
    # one is passed over with one set look-up
    lemmas: frozenset[str] = frozenset()

    def candidates(self, lemma: str, pos: TriggerPos) -> list[Pattern]:
        """Patterns for this trigger, most specific first."""
        return self.by_lemma.get((lemma, pos), [])

    def index(self) -> None:
        self.by_lemma = {}
        for pattern in self.patterns:
            self.by_lemma.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
        for patterns in self.by_lemma.values():
            patterns.sort(key=lambda p: (-p.specificity, p.order))
        self.lemmas = frozenset(lemma for lemma, _ in self.by_lemma)

    def __len__(self) -> int:
        return len(self.patterns)


def _words(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PatternError(f"{where}: expected a list of words")
    return frozenset(v.lower() for v in value)


def _check_code(value: Any, where: str) -> str:
    code = str(value)
    if code not in cameo_table():
        raise PatternError(f"{where}: {code!r} is not a CAMEO code")
    return code


def _parse_pattern(raw: Mapping[str, Any], where: str, order: int) -> list[Pattern]:
    unknown = set(raw) - _PATTERN_KEYS
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}")
    if "id" not in raw or "code" not in raw:
        raise PatternError(f"{where}: a pattern needs an id and a code")
    pid = str(raw["id"])
    where = f"{where} ({pid})"
    code = _check_code(raw["code"], where)
    out: list[Pattern] = []
    for key, pos in _POS_KEYS.items():
        for trigger in sorted(_words(raw.get(key), where)):
            lemma, _, particle = trigger.partition(" ")
            modifier = None
            if pos == "noun" and particle and " " not in particle and particle not in _LINKS:
                modifier, lemma, particle = lemma, particle, ""  # "sniper fire": a compound
            out.append(
                Pattern(
                    id=pid,
                    code=code,
                    lemma=lemma,
                    pos=pos,
                    particle=particle or None,
                    modifier=modifier,
                    with_=_words(raw.get("with"), where),
                    without=_words(raw.get("without"), where),
                    without_objects=_words(raw.get("without_objects"), where),
                    with_objects=bool(raw.get("with_objects", False)),
                    frame=raw.get("frame"),
                    plover_mode=raw.get("plover_mode"),
                    plover_context=raw.get("plover_context"),
                    speech=bool(raw.get("speech", False)),
                    absorb=bool(raw.get("absorb", True)),
                    suffered=bool(raw.get("suffered", False)),
                    order=order,
                )
            )
    if not out:
        raise PatternError(f"{where}: a pattern needs verbs, nouns or adjectives")
    return out


def _parse_frame(raw: Mapping[str, Any], where: str) -> Frame:
    unknown = set(raw) - _FRAME_KEYS
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}")
    fid = str(raw["id"])
    where = f"{where} (frame {fid})"
    by_code = sorted(
        (
            (str(k), None if v is None else _check_code(v, where))
            for k, v in (raw.get("by_code") or {}).items()
        ),
        key=lambda kv: -len(kv[0]),
    )
    by_word = tuple(
        (_words(words, where), _check_code(code, where))
        for code, words in (raw.get("by_word") or {}).items()
    )
    return Frame(
        id=fid,
        default=None if raw.get("default") is None else _check_code(raw["default"], where),
        by_code=tuple(by_code),
        by_word=by_word,
        clause=None if raw.get("clause") is None else _check_code(raw["clause"], where),
        modality=raw.get("modality"),
        words_for_coded=bool(raw.get("words_for_coded", False)),
    )


def _packaged_files() -> list[tuple[str, str]]:
    folder = resources.files("eventwire").joinpath("data").joinpath("patterns")
    files = sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=str)
    return [(f"{PACKAGED}/{f.name}", f.read_text("utf-8")) for f in files]


def _read_source(source: str) -> list[tuple[str, str]]:
    if source == PACKAGED:
        return _packaged_files()
    path = Path(source).expanduser()
    if not path.exists():
        raise PatternError(f"pattern file not found (use {PACKAGED!r} or a path)", path=source)
    if path.is_dir():
        return [(str(p), p.read_text("utf-8")) for p in sorted(path.glob("*.y*ml"))]
    return [(str(path), path.read_text("utf-8"))]


def parse_pattern_text(text: str, where: str, start: int = 0) -> tuple[list[Pattern], list[Frame]]:
    """Patterns and frames from one YAML document (``where`` names it in errors)."""
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise PatternError(f"not valid YAML: {exc}", path=where) from None
    if not isinstance(doc, dict):
        raise PatternError("expected a mapping with 'patterns' and/or 'frames'", path=where)
    patterns: list[Pattern] = []
    for n, raw in enumerate(doc.get("patterns") or []):
        patterns.extend(_parse_pattern(raw, f"{where}: pattern {n + 1}", start + n))
    frames = [
        _parse_frame(raw, f"{where}: frame {n + 1}")
        for n, raw in enumerate(doc.get("frames") or [])
    ]
    return patterns, frames


def build_pattern_set(documents: Iterable[tuple[str, str]]) -> PatternSet:
    """Merge documents in order: a later id replaces every earlier pattern with that id."""
    patterns: dict[str, list[Pattern]] = {}
    frames: dict[str, Frame] = {}
    order = 0
    for where, text in documents:
        new, new_frames = parse_pattern_text(text, where, order)
        order += len(new) + 1
        for pid in {p.id for p in new}:
            patterns.pop(pid, None)
        for pattern in new:
            patterns.setdefault(pattern.id, []).append(pattern)
        frames.update({f.id: f for f in new_frames})
    flat = [p for group in patterns.values() for p in group]
    for p in flat:
        if p.frame and p.frame not in frames:
            raise PatternError(f"pattern {p.id!r} names an unknown frame {p.frame!r}")
    result = PatternSet(patterns=flat, frames=frames)
    result.index()
    return result


@lru_cache(maxsize=8)
def _load(sources: tuple[str, ...]) -> PatternSet:
    documents = [doc for source in sources for doc in _read_source(source)]
    result = build_pattern_set(documents)
    extra = [s for s in sources if s != PACKAGED]
    result.version = "+".join([PACKAGED if PACKAGED in sources else "custom", *map(_stem, extra)])
    return result


def _stem(source: str) -> str:
    return Path(source).stem


def load_patterns(sources: Sequence[str] | None = None) -> PatternSet:
    """The packaged patterns and/or user files, in order; later ones extend or override.

    >>> load_patterns(["cameo-patterns.v1"]).version
    'cameo-patterns.v1'
    """
    return _load(tuple(sources or [PACKAGED]))
