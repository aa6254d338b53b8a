"""What a normalization rule sees: the match, the anchor, the parse around it, earlier dates."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.extract.timex.tense import Tense, tense_at
from eventwire.extract.timex.values import timex_interval
from eventwire.models import ParsedArticle, TimexType, Token

MOD_WORDS = {
    "early": "START", "beginning": "START", "start": "START", "turn": "START", "dawn": "START",
    "mid": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END",
}  # fmt: skip
_MOD_KEY = re.compile(r"\b(?:early|mid|late|beginning|start|turn|middle|end|close)\b")


def mod_of(text: str | None) -> str | None:
    """START / MID / END for "early", "mid-", "the end of" ..."""
    if not text:
        return None
    m = _MOD_KEY.search(text.lower())
    return MOD_WORDS[m[0]] if m else None


@dataclass(frozen=True, slots=True)
class Norm:
    """A rule's verdict: the TIMEX3 attributes, and optionally a narrower character span."""

    type: TimexType
    value: str
    mod: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Context:
    """Per-article state shared by the rules; built once per ``normalize_times`` call."""

    parsed: ParsedArticle
    anchor: dt.date | None
    text: str
    starts: list[int] = field(default_factory=list)
    last_day: dt.date | None = None  # the latest day-precise date mentioned, for "that day"
    # the latest day, month or year named, and its grain: "the following week" counts from it
    last_ref: tuple[str, dt.date] | None = None

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.parsed.tokens]

    def note(self, norm: Norm) -> None:
        """Keep a calendar day, month or year just named as the point later anaphors count from."""
        if norm.type != "DATE" or norm.mod is not None:
            return
        found = timex_interval(norm.value)
        if found is not None and found[0] in _REF_GRAINS:
            self.last_ref = (found[0], found[1])

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[ts, te)`` covering characters ``[start, end)``."""
        if not self.starts:
            return 0, 0
        ts = max(bisect.bisect_right(self.starts, start) - 1, 0)
        te = max(bisect.bisect_left(self.starts, end), ts + 1)
        return ts, te

    def token_at(self, offset: int) -> Token | None:
        if not self.starts:
            return None
        return self.parsed.tokens[self.token_range(offset, offset + 1)[0]]

    def tense(self, start: int, end: int) -> Tense:
        if not self.starts:
            return "none"
        ts, te = self.token_range(start, end)
        return tense_at(self.parsed, ts, te)

    def word_before(self, start: int) -> str:
        """The lower-cased word just before ``start`` ("" at the start of the text)."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        return m[1].lower() if m else ""

    def word_after(self, end: int) -> str:
        m = _WORD_AFTER.match(self.text, end)
        return m[1].lower() if m else ""

    def char_after(self, end: int) -> str:
        return self.text[end : end + 1]


_REF_GRAINS = frozenset({"day", "month", "year"})
_WORD_BEFORE = re.compile(r"([\w$£€'.%-]+)\W*$")
_WORD_AFTER = re.compile(r"\W*?([\w%$'-]+)")

Handler = Callable[[re.Match[str], Context], Norm | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A precompiled pattern, the function that turns its matches into TIMEX3 values, and the
    token keys (lower-cased words, or ``#digit``, ``#month``, ``#weekday``) without one of
    which the pattern cannot match: it runs only in windows around such tokens."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    keys: frozenset[str]


def compile_rule(
    name: str, keys: str, pattern: str, handler: Handler, flags: int = re.IGNORECASE
) -> Rule:
    # every rule starts at a word boundary ("nearly May" holds no "early May"), and no
    # expression runs across a line break (a headline into its dateline)
    pattern = pattern.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
    compiled = re.compile(r"(?<!\w)(?:" + pattern + ")", flags)
    return Rule(name, compiled, handler, frozenset(keys.split()))
