"""The in-memory actor dictionary: entries, dated codes and the phrase index used for matching.

Every source format (our TSV and YAML files, PETRARCH/TABARI dictionaries) is read into these
records, so matching and resolution never care where an entry came from. Phrases are indexed by
a folded key (lower case, accents stripped, no spaces): that makes "Nicolás Maduro" match
"Nicolas Maduro" and keeps the key independent of how spaCy splits "Guinea-Bissau" or "U.S.".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

EntryKind = Literal[
    "country", "demonym", "capital", "city", "region", "metonym", "organization", "person"
]
RoleKind = Literal["person", "group", "institution", "possession"]

# Countries that are not states: an entry whose code starts with one of these has that "country".
NON_STATE_PREFIXES = ("IGO", "NGO", "MNC", "IMG")


# Where the tagger may end a token inside a phrase: "anti-graft agency" is anti|-|graft|agency.
TOKEN_BREAKS = frozenset(" -'/")
LEMMA_CUT = 2  # the most a lemma cuts off a plural term's word: "forces" -> "force", "-es"


def token_prefixes(term: str, *, name: bool = False) -> set[str]:
    """The keys a token-by-token walk over ``term`` can spell: its folded prefixes that end
    where a token may end, or up to ``LEMMA_CUT`` letters short of a word's end (a plural
    term's lemma). Far fewer than every character's prefix, so the walk's per-token test looks
    in a small table (a set that outgrows the cache slows every article). In a ``name`` any
    character but a letter or digit may end a token ("U.S.", "R&AW", "al-Qaeda")."""
    breaks = [(not ch.isalnum()) if name else ch in TOKEN_BREAKS for ch in term]
    ends: set[int] = {len(term)}
    for i, brk in enumerate(breaks):
        if brk:
            ends.update((i, i + 1))
    out: set[str] = set()
    for e in ends:
        out.add(fold(term[:e]))
        start = max((i + 1 for i in range(e) if breaks[i]), default=0)
        for cut in range(e - 1, max(start, e - LEMMA_CUT - 1), -1):
            out.add(fold(term[:cut]))
    out.discard("")
    return out


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The matching key of a phrase: lower case, no accents, no spaces, plain apostrophes."""
    if text.isascii():  # most names: nothing to decompose (the same key, several times faster)
        return "".join(text.lower().replace("`", "'").split())
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.lower()).translate(_UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


# Letters NFKD leaves whole that English copy writes plain: "Şırnak" is "Sirnak", "Łódź" "Lodz"
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)


def code_country(code: str) -> str | None:
    """The country part of a CAMEO-style code: "RUSGOV" -> "RUS", "IGOUNO" -> "IGO"."""
    head = code[:3]
    if head == "---" or len(head) < 3 or not head.isalpha():
        return None
    return head.upper()


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None  # "head of state", "foreign minister", ...

    def active(self, when: dt.date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A named actor: a country, capital, institution, organization or person."""

    name: str  # canonical name: "Russia", "Vladimir Putin", "the Kremlin"
    kind: EntryKind
    codes: tuple[DatedCode, ...]
    source: str = ""  # the dictionary it came from
    gender: str | None = None  # "m"/"f" for persons, for pronoun resolution
    note: str | None = None  # as-of note of person entries

    def code_on(self, when: dt.date | None) -> DatedCode | None:
        """The code valid on ``when``: a dated term first, then an undated default.

        Without a date any term matches, so the most recent term is taken (the one news is most
        likely about); an undated default code is the most recent when every dated code has
        ended (UNITA was a rebel movement until 2002, a party since).
        """
        if not self.codes:
            return None
        if when is None:
            undated = [c for c in self.codes if not c.dated]
            if undated and all(c.end is not None for c in self.codes if c.dated):
                return undated[0]
            dated = [c for c in self.codes if c.dated]
            return max(dated, key=lambda c: c.start or dt.date.min)
        for c in self.codes:
            if c.dated and c.active(when):
                return c
        for c in self.codes:
            if not c.dated:
                return c
        return None


@dataclass(frozen=True, slots=True)
class RoleEntry:
    """A title or institution noun that gives an actor its role: "minister" -> GOV.

    ``weak`` roles ("official", "spokesman", "leader") yield to any other role in the same noun
    phrase: an "army spokesman" is MIL, an "opposition leader" OPP.
    """

    term: str
    code: str  # "GOV", "MIL", "GOVFRM", or a full code "IGOUNO" for agent phrases that fix one
    kind: RoleKind = "person"
    weak: bool = False
    source: str = ""
    primary: bool = False  # PETRARCH "NGO~" agents: the code leads, as a country would


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary phrase found in the text: tokens ``[start, end)``."""

    start: int
    end: int
    entries: tuple[ActorEntry, ...] = ()
    role: RoleEntry | None = None
    surname: bool = False  # matched on a person's surname only


@dataclass
class ActorDictionary:
    """All actor knowledge, merged from the configured sources (later sources override).

    ``names`` maps a folded phrase to its entries (a later source replaces an earlier one's
    entries for the same phrase); ``roles`` maps a folded title to its role; ``prefixes`` holds
    the prefixes a token walk can spell of every key (every prefix of a stem's) so matching
    can stop as soon as no phrase can continue.
    """

    version: str = "eventwire-actors.v1"
    sources: tuple[str, ...] = ()
    names: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)
    roles: dict[str, RoleEntry] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # ISO3 -> name
    exact_case: set[str] = field(default_factory=set)  # keys that must match as written (US, UN)
    surnames: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)  # PETRARCH stems
    prefixes: set[str] = field(default_factory=set)
    role_prefixes: set[str] = field(default_factory=set)
    load_seconds: float = 0.0
    cities: dict[str, str] = field(default_factory=dict)  # folded city name -> ISO3 (fallback)
    _holders: dict[tuple[str, str], list[tuple[ActorEntry, DatedCode]]] | None = None

    def add_name(self, phrase: str, entry: ActorEntry, *, replace: bool = True) -> None:
        key = fold(phrase)
        if not key:
            return
        if phrase.isupper() and len(key) <= 4 and phrase.isalpha():
            self.exact_case.add(key)
        current = self.names.get(key, ())
        if replace and current and current[0].source != entry.source:
            current = ()
        if entry not in current:
            self.names[key] = (*current, entry)
        self.prefixes.update(token_prefixes(phrase, name=True))

    def add_stem(self, phrase: str, entry: ActorEntry) -> None:
        """A phrase whose last word may continue ("ARGENTIN" matches "Argentina", "Argentine")."""
        key = fold(phrase)
        if not key:
            return
        current = self.stems.get(key, ())
        if current and current[0].source != entry.source:
            current = ()
        if entry not in current:
            self.stems[key] = (*current, entry)
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def add_role(self, role: RoleEntry) -> None:
        key = fold(role.term)
        if not key:
            return
        self.roles[key] = role
        self.role_prefixes.update(token_prefixes(role.term))

    def add_surname(self, surname: str, entry: ActorEntry) -> None:
        key = fold(surname)
        current = self.surnames.get(key, ())
        if entry not in current:
            self.surnames[key] = (*current, entry)

    def holder(self, country: str, office: str, when: dt.date | None) -> ActorEntry | None:
        """Who held ``office`` in ``country`` on ``when`` (the latest holder without a date)."""
        if self._holders is None:
            self._holders = {}
            for entry in self.entries():
                if entry.kind != "person":
                    continue
                for c in entry.codes:
                    if c.office:
                        key = (c.code[:3], c.office)
                        self._holders.setdefault(key, []).append((entry, c))
        best: tuple[ActorEntry, DatedCode] | None = None
        for entry, c in self._holders.get((country, office), ()):
            if when is not None and c.active(when):
                return entry
            if when is None and (
                best is None or (c.start or dt.date.min) > (best[1].start or dt.date.min)
            ):
                best = (entry, c)
        return best[0] if best else None

    def lookup(self, phrase: str) -> tuple[ActorEntry, ...]:
        key = fold(phrase)
        return self.names.get(key) or self.stems.get(key, ())

    def role(self, phrase: str) -> RoleEntry | None:
        return self.roles.get(fold(phrase))

    def country_name(self, code: str | None) -> str | None:
        return self.countries.get(code) if code else None

    def entries(self) -> Iterable[ActorEntry]:
        seen: set[int] = set()
        for group in self.names.values():
            for entry in group:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry
