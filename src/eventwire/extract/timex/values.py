"""TIMEX3 values as text and as records: validate, parse, format, and turn into day intervals.

Values follow TimeML 1.2 / ISO 8601 as TempEval writes them: ``2025-10-27``, ``2025-W43``,
``2025-W43-WE``, ``2025-10``, ``2025-Q3``, ``2025-H1``, ``2025-SU``, ``2025``, ``199X`` (a
decade), ``19XX`` (a century), ``2025-10-27T15:00Z``, ``2025-10-27TMO``, ``P3Y``, ``PT30M``,
``PXW``, ``PAST_REF``. Keeping the grammar in one place lets the property tests check that every
value the tagger produces is well formed and survives a parse/format round trip.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.models import Granularity

REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
SEASONS = ("SP", "SU", "FA", "WI")
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")

_YEAR = r"(?P<year>FY\d{4}|\d{4}|\d{3}X|\d{2}XX|XXXX|\d{3}|\d{2})"
_DATE_TAIL = (
    r"(?:-(?P<month>0[1-9]|1[0-2]|XX)(?:-(?P<day>0[1-9]|[12]\d|3[01]|XX))?"
    r"|-W(?P<week>0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?P<weekday>[1-7]|WE))?"
    r"|-(?P<part>Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
)
_TIME_TAIL = (
    r"(?:T(?P<time>(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|MI|AF|EV|NI|DT)"
    r"(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_DATE_RE = re.compile(_YEAR + _DATE_TAIL + _TIME_TAIL)
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_RE = re.compile(
    rf"P(?P<date>(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML|WE))*)"
    rf"(?:T(?P<clock>(?:{_AMOUNT}(?:H|M|S))+))?"
)
_PIECE = re.compile(rf"({_AMOUNT})(DE|CE|ML|WE|[YMWDQHS])")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar point or period: each field is the raw text of its part ("XX" placeholders
    kept), so formatting it back gives the very same string."""

    year: str
    month: str | None = None
    day: str | None = None
    week: str | None = None
    weekday: str | None = None  # "1" (Monday) .. "7", or "WE"
    part: str | None = None  # "Q3", "H1", "SU"
    time: str | None = None  # "15:00", "MO"
    zone: str | None = None  # "Z", "+01:00"


@dataclass(frozen=True, slots=True)
class DurationValue:
    """A length of time: ``(amount, unit)`` pairs before and after the ``T``."""

    date: tuple[tuple[str, str], ...] = ()
    clock: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RefValue:
    name: str  # PAST_REF, PRESENT_REF, FUTURE_REF


TimexValue = DateValue | DurationValue | RefValue


def parse_value(value: str) -> TimexValue | None:
    """The record for a TIMEX3 value, or None when the text is not a well-formed value."""
    if value in REFS:
        return RefValue(value)
    if value.startswith("P"):
        m = _DURATION_RE.fullmatch(value)
        if m is None or value == "P" or value == "PT":
            return None
        date = tuple((a, u) for a, u in _PIECE.findall(m["date"]))
        clock = tuple((a, u) for a, u in _PIECE.findall(m["clock"] or ""))
        if not date and not clock:
            return None
        return DurationValue(date, clock)
    m = _DATE_RE.fullmatch(value)
    if m is None:
        return None
    if len(m["year"]) < 4 and (m["month"] or m["week"] or m["part"]):
        return None  # a decade or century takes no month
    return DateValue(
        m["year"], m["month"], m["day"], m["week"], m["weekday"], m["part"], m["time"], m["zone"]
    )


def format_value(value: TimexValue) -> str:
    """The TIMEX3 text of a value record; the inverse of ``parse_value``."""
    if isinstance(value, RefValue):
        return value.name
    if isinstance(value, DurationValue):
        out = "P" + "".join(a + u for a, u in value.date)
        if value.clock:
            out += "T" + "".join(a + u for a, u in value.clock)
        return out
    out = value.year
    if value.month is not None:
        out += "-" + value.month
        if value.day is not None:
            out += "-" + value.day
    elif value.week is not None:
        out += "-W" + value.week
        if value.weekday is not None:
            out += "-" + value.weekday
    elif value.part is not None:
        out += "-" + value.part
    if value.time is not None:
        out += "T" + value.time + (value.zone or "")
    return out


def is_valid_value(value: str) -> bool:
    return parse_value(value) is not None


def canonical_value(value: str) -> str:
    """One spelling per meaning, for scoring: decades and centuries are written both "199" and
    "199X" (and "19" / "19XX") in TimeML corpora."""
    value = value.strip()
    if re.fullmatch(r"\d{3}", value):
        return value + "X"
    if re.fullmatch(r"\d{2}", value):
        return value + "XX"
    return value


def _third(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Narrow an interval to its first, middle or last third for START / MID / END."""
    if mod not in ("START", "MID", "END"):
        return start, end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "END":
        return end - dt.timedelta(days=third - 1), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _date_interval(v: DateValue) -> tuple[Granularity, dt.date, dt.date] | None:
    year_text = v.year[2:] if v.year.startswith("FY") else v.year
    if re.fullmatch(r"\d{3}X?", year_text) and v.month is None and v.week is None:
        y = int(year_text[:3]) * 10
        return "decade", dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}(XX)?", year_text):
        y = int(year_text[:2]) * 100
        return "century", dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    if not year_text.isdigit():
        return None
    year = int(year_text)
    if v.month is not None:
        if not v.month.isdigit():
            return None
        month = int(v.month)
        if v.day is None:
            return "month", dt.date(year, month, 1), _month_end(year, month)
        if not v.day.isdigit():
            return None
        day = dt.date(year, month, int(v.day))
        return "day", day, day
    if v.week is not None:
        if not v.week.isdigit():
            return None
        monday = dt.date.fromisocalendar(year, int(v.week), 1)
        if v.weekday is None:
            return "week", monday, monday + dt.timedelta(days=6)
        if v.weekday == "WE":
            return "week", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        day = monday + dt.timedelta(days=int(v.weekday) - 1)
        return "day", day, day
    if v.part is not None:
        return _part_interval(year, v.part)
    return "year", dt.date(year, 1, 1), dt.date(year, 12, 31)


def _part_interval(year: int, part: str) -> tuple[Granularity, dt.date, dt.date] | None:
    if part[0] == "Q" and part[1:].isdigit():
        q = int(part[1])
        return "quarter", dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if part[0] == "H" and part[1:].isdigit():
        h = int(part[1])
        return "quarter", dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
    # meteorological seasons; winter runs from December of the year before
    if part == "SP":
        return "season", dt.date(year, 3, 1), dt.date(year, 5, 31)
    if part == "SU":
        return "season", dt.date(year, 6, 1), dt.date(year, 8, 31)
    if part == "FA":
        return "season", dt.date(year, 9, 1), dt.date(year, 11, 30)
    if part == "WI":
        return "season", dt.date(year - 1, 12, 1), _month_end(year, 2)
    return None


@lru_cache(maxsize=4096)
def timex_interval(
    value: str, mod: str | None = None
) -> tuple[Granularity, dt.date, dt.date] | None:
    """Granularity and inclusive day interval of a TIMEX3 value; None where it names no fixed
    stretch of the calendar (references, durations, sets, unresolved placeholders).

    >>> timex_interval("2025-W43")
    ('week', datetime.date(2025, 10, 20), datetime.date(2025, 10, 26))
    """
    parsed = parse_value(value)
    if not isinstance(parsed, DateValue):
        return None
    try:
        found = _date_interval(parsed)
    except ValueError:  # 2025-02-30, week 54: well-formed but not on the calendar
        return None
    if found is None:
        return None
    granularity, start, end = found
    start, end = _third(start, end, mod)
    return granularity, start, end
