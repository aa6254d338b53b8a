"""Readers for eventwire's own dictionary files: tab-separated tables and YAML.

A TSV file says what it holds by its header row (the first line not starting with ``#``):

- ``code  name  aliases  adjectives  capitals``: countries;
- ``name  aliases  code  kind``: named actors (organizations, institutions, metonyms);
- ``term  code  kind  weak``: role nouns and titles;
- ``name  country  office  start  end  aliases  gender  code``: people, one row per term in
  office (rows with the same name are one person).

Lists inside a cell are separated by ``|``. A code cell may hold dated codes,
``USAGOV@2001-01-20..2009-01-20|USA``. A YAML file holds any of the top-level keys
``actors``, ``roles`` and ``people`` (see docs/dictionaries.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import yaml

from eventwire.dictionaries.model import (
    ActorDictionary,
    ActorEntry,
    DatedCode,
    EntryKind,
    RoleEntry,
    RoleKind,
)
from eventwire.errors import ConfigError

ENTRY_KINDS: frozenset[str] = frozenset(
    ("country", "demonym", "capital", "city", "region", "metonym", "organization", "person")
)
ROLE_KINDS: frozenset[str] = frozenset(("person", "group", "institution", "possession"))
HEADERS = {
    ("code", "name", "aliases", "adjectives", "capitals"): "countries",
    ("name", "aliases", "code", "kind"): "actors",
    ("term", "code", "kind", "weak"): "roles",
    ("name", "country", "office", "start", "end", "aliases", "gender", "code"): "people",
}
# Names whose last word is no surname: regnal numbers, "bin Salman", "Al Thani".
_NO_SURNAME = re.compile(r"\b(?:[IVX]+|Jr\.?|bin|bint|ibn|Al)$|\b(?:bin|bint|ibn)\b")
# Countries whose people are named surname first: "Xi Jinping" is President Xi; also those
# whose names carry a father's name rather than a family name, where the news shortens a name
# to its first word ("Mahathir Mohamad" is Mahathir, "Meles Zenawi" is Meles).
# Thai leaders go by their given name too ("Thaksin", "Abhisit"). Vietnamese ones do not:
# the news calls Nguyen Tan Dung "Prime Minister Dung", by the last word, like most names.
SURNAME_FIRST = frozenset(("CHN", "PRK", "KOR", "TWN", "HKG", "MYS", "ETH", "ERI", "THA"))
# Countries whose names have no part the news uses alone ("Min Aung Hlaing", "Than Shwe").
NO_FAMILY_NAME = frozenset(("MMR",))
# Surnames that are also given names or words: a lone "Dan" or "Martin" in a story is seldom
# Romania's president or Ireland's prime minister, so these are matched by full name only.
GIVEN_NAME_SURNAMES = frozenset(
    ("dan", "martin", "key", "english", "kok", "michel", "omar", "aziz", "boko")
)


def _date(value: Any, path: str) -> dt.date | None:
    if value in (None, "", "present"):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"bad date {value!r} in actor dictionary", path=path) from exc


def parse_codes(cell: str, path: str) -> tuple[DatedCode, ...]:
    """``"USAGOV@2001-01-20..2009-01-20|USA"`` -> dated codes, the undated default last."""
    codes: list[DatedCode] = []
    for part in _split(cell):
        code, _, span = part.partition("@")
        start = end = None
        if span:
            first, _, last = span.partition("..")
            start, end = _date(first, path), _date(last, path)
        codes.append(DatedCode(code.strip().upper(), start, end))
    return tuple(codes)


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def read_tsv(path: Path, into: ActorDictionary, source: str) -> None:
    """Read one TSV file of any of the three kinds into ``into``."""
    rows = _rows(path)
    header = tuple(c.strip().lower() for c in next(rows, []))
    kind = HEADERS.get(header)
    if kind is None:
        raise ConfigError(
            f"unknown TSV header {header!r}; expected one of "
            + "; ".join("\t".join(h) for h in HEADERS),
            path=str(path),
        )
    if kind == "people":
        _people_rows(list(rows), into, source, str(path))
        return
    for row in rows:
        cells = [*row, "", "", "", "", ""]
        if kind == "countries":
            _country_row(cells, into, source)
        elif kind == "actors":
            _actor_row(cells, into, source, str(path))
        else:
            _role_row(cells, into, source, str(path))


def _country_row(cells: list[str], into: ActorDictionary, source: str) -> None:
    code, name = cells[0].strip().upper(), cells[1].strip()
    if not code or not name:
        return
    into.countries[code] = name
    country = ActorEntry(name, "country", (DatedCode(code),), source)
    for phrase in [name, *_split(cells[2])]:
        into.add_name(phrase, country)
        if phrase.lower().startswith("the "):
            into.add_name(phrase[4:], country)
    demonym = ActorEntry(name, "demonym", (DatedCode(code),), source)
    for phrase in _split(cells[3]):
        into.add_name(phrase, demonym)
        plural = phrase + "s"
        taken = any(e.kind == "country" for e in into.lookup(plural))  # "Philippines"
        if not phrase.endswith(("s", "sh", "ch", "ese", "x", "z")) and not taken:
            into.add_name(plural, demonym)  # "Palestinians", "Iraqis"
    for phrase in _split(cells[4]):
        into.add_name(phrase, ActorEntry(phrase, "capital", (DatedCode(code),), source))


def _actor_row(cells: list[str], into: ActorDictionary, source: str, path: str) -> None:
    name = cells[0].strip()
    if not name:
        return
    kind = cells[3].strip() or "organization"
    if kind not in ENTRY_KINDS:
        raise ConfigError(f"unknown actor kind {kind!r} for {name!r}", path=path)
    entry = ActorEntry(name, cast(EntryKind, kind), parse_codes(cells[2], path), source)
    for phrase in [name, *_split(cells[1])]:
        for spelt in _both_spellings(phrase):
            into.add_name(spelt, entry)
            if spelt.lower().startswith("the "):
                into.add_name(spelt[4:], entry)


_IZATION = re.compile("ization|isation")


def _both_spellings(phrase: str) -> list[str]:
    """The name as written and in the other of the "-ization"/"-isation" spellings: wires
    write "Organisation of African Unity" as often as the dictionary's "Organization"."""
    other = _IZATION.sub(lambda m: "isation" if m.group() == "ization" else "ization", phrase)
    return [phrase] if other == phrase else [phrase, other]


def _role_row(cells: list[str], into: ActorDictionary, source: str, path: str) -> None:
    term, code = cells[0].strip(), cells[1].strip().upper()
    if not term or not code:
        return
    kind = cells[2].strip() or "person"
    if kind not in ROLE_KINDS:
        raise ConfigError(f"unknown role kind {kind!r} for {term!r}", path=path)
    weak = cells[3].strip().lower() in ("1", "yes", "true", "weak")
    for variant in _split(term):
        into.add_role(RoleEntry(variant, code, cast(RoleKind, kind), weak, source))


def read_yaml(path: Path, into: ActorDictionary, source: str) -> None:
    """Read a YAML dictionary with ``actors``, ``roles`` and/or ``people`` lists."""
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"cannot parse actor dictionary: {exc}", path=str(path)) from exc
    if not isinstance(data, dict):
        raise ConfigError("an actor dictionary YAML file must be a mapping", path=str(path))
    for item in data.get("actors") or ():
        codes = item.get("codes") or item.get("code") or ""
        cell = "|".join(codes) if isinstance(codes, list) else str(codes)
        aliases = "|".join(item.get("aliases") or ())
        _actor_row([item["name"], aliases, cell, item.get("kind", "")], into, source, str(path))
    for item in data.get("roles") or ():
        weak = "yes" if item.get("weak") else ""
        terms = item["term"] if isinstance(item["term"], str) else "|".join(item["term"])
        _role_row([terms, item["code"], item.get("kind", ""), weak], into, source, str(path))
    note = data.get("as_of")
    for item in data.get("people") or ():
        _person(item, into, source, str(path), str(note) if note else None)


def _person(
    item: dict[str, Any], into: ActorDictionary, source: str, path: str, as_of: str | None
) -> None:
    name = str(item["name"])
    country = str(item.get("country", "")).upper()
    codes: list[DatedCode] = []
    for term in item.get("terms") or ():
        code = str(term.get("code") or f"{country}GOV").upper()
        start, end = _date(term.get("start"), path), _date(term.get("end"), path)
        codes.append(DatedCode(code, start, end, term.get("office")))
    if item.get("code"):
        codes.append(DatedCode(str(item["code"]).upper()))
    note = item.get("note") or (f"as of {as_of}" if as_of else None)
    entry = ActorEntry(name, "person", tuple(codes), source, item.get("gender"), note)
    for phrase in [name, *(item.get("aliases") or ())]:
        into.add_name(str(phrase), entry)
    if item.get("surname"):
        into.add_surname(str(item["surname"]), entry)
    else:
        _add_surnames(name, country, entry, into)


def _people_rows(rows: list[list[str]], into: ActorDictionary, source: str, path: str) -> None:
    """Rows of the people table, grouped by name into one entry with all its terms."""
    by_name: dict[str, list[list[str]]] = {}
    for row in rows:
        cells = [c.strip() for c in [*row, "", "", "", "", "", "", "", ""]]
        if cells[0]:
            by_name.setdefault(cells[0], []).append(cells)
    for name, group in by_name.items():
        codes: list[DatedCode] = []
        aliases: list[str] = []
        gender = None
        for cells in group:
            country, office, start, end, alias_cell, sex, code = cells[1:8]
            code = (code or f"{country.upper()}GOV").upper()
            codes.append(DatedCode(code, _date(start, path), _date(end, path), office or None))
            aliases.extend(a for a in _split(alias_cell) if a not in aliases)
            gender = gender or sex or None
        entry = ActorEntry(name, "person", tuple(codes), source, gender)
        for phrase in [name, *aliases]:
            into.add_name(phrase, entry)
        _add_surnames(name, group[0][1].upper(), entry, into)


def _add_surnames(name: str, country: str, entry: ActorEntry, into: ActorDictionary) -> None:
    words = name.split()
    if len(words) < 2 or _NO_SURNAME.search(name) or country in NO_FAMILY_NAME:
        return
    surname = words[0] if country in SURNAME_FIRST else words[-1]
    if surname.lower() in GIVEN_NAME_SURNAMES:
        return
    into.add_surname(surname, entry)
    for prefix in ("al-", "el-", "Al-", "El-"):
        if surname.startswith(prefix):
            into.add_surname(surname[len(prefix) :], entry)
