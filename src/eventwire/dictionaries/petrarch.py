"""Reader for PETRARCH/TABARI actor and agent dictionaries, which analysts have kept for years.

Actor files list a phrase (words joined by ``_`` or spaces), ``+synonym`` lines, then one or
more codes in brackets, possibly on the following lines and possibly dated::

    GOLLUM
    +SMEAGOL
        [HOB < 950601]
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]

A trailing ``_`` makes a phrase match only as written; otherwise its last word is a stem
("ARGENTIN" matches "Argentina"). ``[---]`` means "known, but no code". Agent files map role
nouns to a code appended to the actor's (``[~GOV]``) or leading it (``[NGO~]``), with ``{...}``
plurals and ``!MACRO! = A, B`` substitutions. Dates are ``YYMMDD`` or ``YYYYMMDD``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from eventwire.dictionaries.model import (
    ActorDictionary,
    ActorEntry,
    DatedCode,
    RoleEntry,
    RoleKind,
)

_COMMENT_BLOCK = re.compile(r"<!.*?-->", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^\s*(![A-Z0-9_-]+!)\s*=\s*(.+)$")
_DATE_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
_NO_CODE = {"---", "+++", "###", ""}


def parse_petrarch_date(text: str) -> dt.date | None:
    """``950601`` -> 1995-06-01, ``20121109`` -> 2012-11-09; ``None`` when malformed."""
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy <= 30 else 1900 + yy
            return dt.date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def parse_petrarch_code(body: str) -> DatedCode | None:
    """One bracket's content: ``HOBGOV 19950601 - 19990815``, ``HOB < 950601``, ``ZBW``."""
    parts = body.strip().split(None, 1)
    if not parts:
        return None
    code = parts[0].split("/")[0].upper()
    if code in _NO_CODE:
        code = "---"
    restriction = parts[1].strip() if len(parts) > 1 else ""
    start = end = None
    if restriction.startswith("<"):
        end = parse_petrarch_date(restriction[1:])
        if end is not None:
            end -= dt.timedelta(days=1)
    elif restriction.startswith(">"):
        start = parse_petrarch_date(restriction[1:])
    elif (m := _DATE_RANGE.match(restriction)) is not None:
        start, end = parse_petrarch_date(m.group(1)), parse_petrarch_date(m.group(2))
    elif restriction:
        return None  # an unreadable restriction is skipped, as PETRARCH does
    if code == "---" and not restriction:
        return DatedCode(code)
    return DatedCode(code, start, end)


def _phrase(raw: str) -> tuple[str, bool]:
    """``"NORTH_KOREA_"`` -> ("NORTH KOREA", exact)."""
    raw = raw.strip()
    exact = raw.endswith("_")
    return re.sub(r"[_\s]+", " ", raw).strip(), exact


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0] if "#" in line else line


def _is_agent_file(text: str) -> bool:
    return bool(re.search(r"\[\s*~|~\s*\]", text))


def read_petrarch(path: Path, into: ActorDictionary, source: str) -> None:
    """Read a PETRARCH/TABARI ``.txt`` actors or agents dictionary (detected by its codes)."""
    text = _COMMENT_BLOCK.sub("", path.read_text("utf-8", errors="replace"))
    if _is_agent_file(text):
        _read_agents(text, into, source)
    else:
        _read_actors(text, into, source)


def _read_actors(text: str, into: ActorDictionary, source: str) -> None:
    phrases: list[tuple[str, bool]] = []
    codes: list[DatedCode] = []

    def flush() -> None:
        if phrases and codes:
            name = phrases[0][0].title()
            real = tuple(c for c in codes if c.code != "---" or c.dated)
            entry = ActorEntry(name, "organization", real or (DatedCode("---"),), source)
            for phrase, exact in phrases:
                if exact or len(phrase) < 4:
                    into.add_name(phrase, entry)
                else:
                    into.add_stem(phrase, entry)
        phrases.clear()
        codes.clear()

    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        head = _CODE.split(line, maxsplit=1)[0]
        brackets = _CODE.findall(line)
        stripped = head.strip()
        if stripped.startswith("+"):
            phrases.append(_phrase(stripped[1:]))
        elif stripped:
            flush()
            phrases.append(_phrase(stripped))
        for body in brackets:
            code = parse_petrarch_code(body)
            if code is not None:
                codes.append(code)
    flush()


def _plurals(word: str) -> list[str]:
    if word.endswith(("S", "X", "CH", "SH")):
        return [word + "ES"]
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    return [word + "S"]


def _read_agents(text: str, into: ActorDictionary, source: str) -> None:
    macros: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if (m := _MACRO.match(line)) is not None:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        brackets = _CODE.findall(line)
        if not brackets:
            continue
        head = _CODE.split(line, maxsplit=1)[0]
        plural_block = re.search(r"\{([^}]*)\}", head)
        phrase_raw = re.sub(r"\{[^}]*\}", "", head).strip()
        body = brackets[0].strip()
        primary = body.endswith("~")
        code = body.strip("~ ").upper()
        if not code or not phrase_raw:
            continue
        variants = _expand(phrase_raw, macros)
        if plural_block is None:
            variants += [v2 for v in variants for v2 in _plural_phrase(v)]
        else:
            variants += [_phrase(p)[0] for p in plural_block.group(1).split(",") if p.strip()]
        kind: RoleKind = "institution" if primary else "person"
        for variant in variants:
            into.add_role(RoleEntry(variant.lower(), code, kind, False, source, primary))


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    out = [phrase]
    for macro, words in macros.items():
        out = (
            [p.replace(macro, w) for p in out for w in words]
            if any(macro in p for p in out)
            else out
        )
    return [_phrase(p)[0] for p in out]


def _plural_phrase(phrase: str) -> list[str]:
    words = phrase.split()
    return [" ".join([*words[:-1], plural]) for plural in _plurals(words[-1])] if words else []
