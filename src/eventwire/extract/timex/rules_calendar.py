"""Rules for named calendar points: dates in their common orders, months, years, decades,
centuries, weekdays, seasons, quarters and holidays."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.timex import anchoring as cal
from eventwire.extract.timex.context import Context, Norm, Rule, compile_rule, mod_of
from eventwire.extract.timex.lexicon import (
    MONTH,
    ORDINAL,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAY,
    month_number,
    number_value,
    weekday_number,
)
from eventwire.extract.timex.values import timex_interval

MODP = (
    r"(?:(?P<mod>early|mid|late|(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)"
    r"\s+of(?:\s+the)?)(?:\s+|-))"
)
YEAR = r"(?:1[6-9]|20)\d\d"
_BAD_YEAR_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_NOT_MONTH_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "GPE", "NORP"})
_MONTH_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "during",
        "through",
        "before",
        "after",
        "of",
        "between",
        "and",
        "or",
        "to",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "each",
        "every",
        "following",
        "previous",
        "on",
    ]
)


def _with_pod(value: str, pod: str | None) -> Norm:
    if pod:
        return Norm("TIME", f"{value}T{PARTS_OF_DAY[pod.lower()]}")
    return Norm("DATE", value)


def _note_day(ctx: Context, value: str) -> None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        ctx.last_day = dt.date.fromisoformat(value)


def _day_norm(ctx: Context, year: int | None, month: int, day: int) -> Norm | None:
    if not 1 <= day <= 31:
        return None
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    _note_day(ctx, value)
    return Norm("DATE", value)


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _told_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year "last year" / "next year" after a month names, from the publication date."""
    rel = m.groupdict().get("yrel")
    if not rel or ctx.anchor is None:
        return None
    return ctx.anchor.year + _YEAR_SHIFT[rel.lower()]


def _month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month, day = month_number(m["mon"]), int(m["d"])
    year: int | None = int(m["y"]) if m["y"] else _told_year(m, ctx)
    if year is None and ctx.anchor is not None:
        year = cal.month_day_year(ctx.anchor, month, day, ctx.tense(m.start(), m.end()))
    norm = _day_norm(ctx, year, month, day)
    return Norm(norm.type, norm.value, mod_of(m["mod"])) if norm else None


def _iso(m: re.Match[str], ctx: Context) -> Norm | None:
    norm = _day_norm(ctx, int(m["y"]), int(m["m"]), int(m["d"]))
    if norm and m["hh"]:
        return Norm("TIME", f"{norm.value}T{m['hh']}:{m['mi']}{m['z'] or ''}")
    return norm


def _numeric(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    return _day_norm(ctx, y, month, day)


def _month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", f"{m['y']}-{month_number(m['mon']):02d}", mod_of(m["mod"]))


def _month(m: re.Match[str], ctx: Context) -> Norm | None:
    name = m["mon"].rstrip(".")
    rel, mod = (m["rel"] or "").lower() or None, m["mod"]
    if len(name) <= 4 and name.lower() not in ("may", "june", "july"):
        return None  # a bare abbreviation ("Jan", "Mar") is too often a name
    tok = ctx.token_at(m.start("mon"))
    if tok is not None and tok.ent_type in _NOT_MONTH_ENTS:
        return None
    if (
        name.lower() in ("may", "march")
        and not (rel or mod)
        and (
            ctx.word_before(m.start()) not in _MONTH_CUES or (tok is not None and tok.pos == "AUX")
        )
    ):
        return None
    month = month_number(name)
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{month:02d}", mod_of(mod))
    told = _told_year(m, ctx)
    if told is not None:
        return Norm("DATE", cal.month_value(told, month), mod_of(mod))
    tense = ctx.tense(m.start(), m.end())
    year = cal.month_year(ctx.anchor, month, tense, rel)
    value = cal.month_value(year, month)
    span = timex_interval(value, mod_of(mod))
    if tense == "past" and not rel and span is not None and span[1] > ctx.anchor:
        value = cal.month_value(year - 1, month)  # "late October" told on October 5
    return Norm("DATE", value, mod_of(mod))


_NOT_YEAR_BEFORE = frozenset(
    {"no.", "number", "flight", "route", "#", "page", "model", "article", "resolution"}
)
_YEAR_DETERMINERS = frozenset({"the", "in", "of", "since", "from", "by", "'s", "its", "their"})


def _year(m: re.Match[str], ctx: Context) -> Norm | None:
    tok = ctx.token_at(m.start("y"))
    if tok is None or tok.ent_type in _BAD_YEAR_ENTS or m["y"] not in tok.text:
        return None
    before = ctx.word_before(m.start())
    if before in _NOT_YEAR_BEFORE:
        return None
    tokens = ctx.parsed.tokens
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if nxt is not None and nxt.tag == "NNS" and before not in _YEAR_DETERMINERS:
        return None  # "2000 troops", but "the 2010 elections"
    if ctx.text[m.start("y") - 1 : m.start("y")] in ("-", "–") and not (
        m["mod"] or ctx.text[max(0, m.start("y") - 5) : m.start("y") - 1].isdigit()
    ):
        return None  # "555-2010"; but "2009-2010" and "mid-2010" are years
    return Norm("DATE", m["y"], mod_of(m["mod"]))


def _year_tail(m: re.Match[str], ctx: Context) -> Norm | None:
    """The "58" of "1957-58"."""
    first = ctx.text[m.start() - 5 : m.start() - 1]
    if not first.isdigit() or int(m["yy"]) <= int(first[2:]):
        return None
    return Norm("DATE", first[:2] + m["yy"])


def _decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        return Norm("DATE", m["dec"][:3] + "X", mod_of(m["mod"]))
    short = int(m["dec2"][:1])
    century = "19" if short >= 3 or ctx.anchor is None or ctx.anchor.year < 2000 else "20"
    return Norm("DATE", f"{century}{short}X", mod_of(m["mod"]))


def _century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number_value(m["ord"])
    if n is None or not 1 <= n <= 22:
        return None
    return Norm("DATE", f"{n - 1:02d}XX", mod_of(m["mod"]))


def _weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    tok = ctx.token_at(m.start("wd"))
    if tok is not None and tok.ent_type in ("ORG", "PERSON", "WORK_OF_ART", "EVENT"):
        return None  # "Black Monday", "Super Tuesday"
    wd = weekday_number(m["wd"])
    rel = (m["rel"] or "").lower() or None
    if ctx.anchor is None:
        return _with_pod(f"XXXX-WXX-{wd}", m["pod"])
    day = cal.weekday_date(ctx.anchor, wd, ctx.tense(m.start(), m.end()), rel)
    ctx.last_day = day
    return _with_pod(day.isoformat(), m["pod"])


def _season(m: re.Match[str], ctx: Context) -> Norm | None:
    word, rel = m["s"].lower(), (m["rel"] or "").lower() or None
    season = SEASONS[word]
    if not (rel or m["y"] or m["mod"]):
        before = ctx.word_before(m.start())
        tok = ctx.token_at(m.start("s"))
        initial = tok is not None and tok.i == ctx.parsed.sentences[tok.sent].token_start
        if before not in (
            "the",
            "in",
            "this",
            "during",
            "until",
            "by",
            "since",
            "through",
        ) and not (initial and m["s"][0].isupper()):
            return None
        if word == "fall" and (before != "the" or ctx.word_after(m.end()) in ("of", "in")):
            return None  # "the fall of the city", "a fall in prices"
        if tok is not None and (tok.dep == "compound" or tok.pos not in ("NOUN", "PROPN")):
            return None  # "winter storms", "spring up"
    if m["y"]:
        return Norm("DATE", f"{m['y']}-{season}", mod_of(m["mod"]))
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{season}", mod_of(m["mod"]))
    year = cal.season_year(ctx.anchor, season, ctx.tense(m.start(), m.end()), rel)
    return Norm("DATE", f"{year:04d}-{season}", mod_of(m["mod"]))


_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_QUARTER_ORD.update({"4th": 4, "final": 4})


def _quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    ordinal = (m["ord"] or "").lower()
    year_text = m["y"] or m["y0"] or m["y2"]
    if ordinal == "last" and not year_text and not m["rel"]:
        if ctx.anchor is None:
            return Norm("DATE", "XXXX-QX")
        return Norm("DATE", cal.shift(ctx.anchor, -1, "Q"))
    q = _QUARTER_ORD.get(ordinal) or (int(m["q"]) if m["q"] else 4)
    if year_text:
        return Norm("DATE", f"{year_text}-Q{q}")
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-Q{q}")
    rel = (m["rel"] or "").lower()
    if rel:
        year = ctx.anchor.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    else:
        year = cal.quarter_year(ctx.anchor, q, ctx.tense(m.start(), m.end()))
    return Norm("DATE", f"{year:04d}-Q{q}")


def _half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = 1 if m["ord"].lower() == "first" else 2
    if m["y"]:
        return Norm("DATE", f"{m['y']}-H{h}")
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-H{h}")
    rel = (m["rel"] or "").lower()
    return Norm("DATE", f"{ctx.anchor.year + {'last': -1, 'next': 1}.get(rel, 0):04d}-H{h}")


_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
    "may day": (5, 1), "armistice day": (11, 11), "veterans day": (11, 11),
}  # fmt: skip


def _holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    month, day = _HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower())]
    year: int | None = int(m["y"]) if m["y"] else None
    if year is None and ctx.anchor is not None:
        year = cal.month_day_year(ctx.anchor, month, day, ctx.tense(m.start(), m.end()))
    return _day_norm(ctx, year, month, day)


_B = r"(?<![\w$£€])"
_E = r"(?![\w])"
# "on Oct. 7 last year", "in June next year": the year told relative to publication
_YEAR_REL = r",?\s+(?P<yrel>last|this|next)\s+year"
RULES: list[Rule] = [
    compile_rule(
        "iso",
        "#digit",
        r"(?<![\w-])(?P<y>" + YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?(?P<z>Z)?)?(?![\w-])",
        _iso,
    ),
    compile_rule(
        "numeric",
        "#digit",
        r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])",
        _numeric,
    ),
    compile_rule(
        "month_day",
        "#month",
        rf"(?:{WEEKDAY.format(g='wd')},?\s+)?(?:{MODP})?{MONTH.format(g='mon')}\s*"
        rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\s*(?:%|percent))"
        rf"(?:,?\s+(?P<y>{YEAR})(?!\d)|{_YEAR_REL})?{_E}",
        _month_day,
    ),
    compile_rule(
        "day_month",
        "#month",
        rf"(?:{WEEKDAY.format(g='wd')},?\s+)?(?:{MODP})?(?:the\s+)?{_B}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
        rf"\s+(?:of\s+)?{MONTH.format(g='mon')}(?:,?\s+(?P<y>{YEAR})(?!\d)|{_YEAR_REL})?{_E}",
        _month_day,
    ),
    compile_rule(
        "month_year",
        "#month",
        rf"(?:{MODP})?{MONTH.format(g='mon')}(?:\s+of)?,?\s+(?P<y>{YEAR})(?![\d,.]\d){_E}",
        _month_year,
    ),
    compile_rule(
        "month",
        "#month",
        rf"(?:{MODP})?(?:(?P<rel>last|next|this|past|coming|previous)\s+)?"
        rf"{_B}{MONTH.format(g='mon')}(?:{_YEAR_REL})?{_E}",
        _month,
    ),
    compile_rule(
        "year",
        "#digit",
        rf"(?:{MODP})?(?<![\w$£€.,#])(?P<y>{YEAR})(?![\d,.]\d|%|\s*percent){_E}",
        _year,
    ),
    compile_rule("year_tail", "#digit", rf"(?<=\d\d\d\d[-–/])(?P<yy>\d\d){_E}", _year_tail),
    compile_rule(
        "decade",
        "#digit",
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>{YEAR[:-2]}0)'?s|"
        rf"(?:'|’|(?<=the\s))(?P<dec2>[0-9]0)s){_E}",
        _decade,
    ),
    compile_rule(
        "century",
        "century centuries",
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>{ORDINAL})[\s-]+century{_E}",
        _century,
    ),
    compile_rule(
        "weekday",
        "#weekday",
        rf"(?:(?P<rel>last|next|this|past|coming)\s+)?{WEEKDAY.format(g='wd')}"
        rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{_E}",
        _weekday,
    ),
    compile_rule(
        "season",
        "spring summer autumn fall winter",
        rf"(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<rel>last|next|this|past|coming|previous)\s+)?"
        rf"{_B}(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{_E}",
        _season,
    ),
    compile_rule(
        "quarter",
        "quarter q1 q2 q3 q4",
        rf"(?:the\s+)?{_B}(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
        rf"(?:fiscal\s+|financial\s+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|"
        rf"(?:the\s+)?(?P<rel>this|last|next|previous|current)\s+year))?{_E}"
        rf"|{_B}(?:(?P<y0>{YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<y2>{YEAR}))?{_E}",
        _quarter,
    ),
    compile_rule(
        "half",
        "half",
        rf"(?:the\s+)?{_B}(?P<ord>first|second|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})|"
        rf"(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?year){_E}",
        _half,
    ),
    compile_rule(
        "holiday",
        "christmas halloween day eve",
        r"(?<![\w])(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Halloween|"
        r"Valentine's\s+Day|Independence\s+Day|Boxing\s+Day|May\s+Day|Armistice\s+Day|"
        rf"Veterans\s+Day)(?:,?\s+(?P<y>{YEAR}))?{_E}",
        _holiday,
        flags=0,
    ),
]
