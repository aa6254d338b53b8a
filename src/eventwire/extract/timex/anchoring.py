"""Calendar arithmetic against the publication date: which Monday, which May, which week.

Every function takes the anchor (publication date) and returns TIMEX3 value text; with no
anchor, relative expressions keep ``X`` placeholders rather than guess.
"""

from __future__ import annotations

import datetime as dt

from eventwire.extract.timex.tense import Tense


def iso(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def weekday_date(anchor: dt.date, weekday: int, tense: Tense, rel: str | None) -> dt.date:
    """The day a weekday name refers to: "last" / past tense look back, "next" / future look
    forward (the publication day itself counts), no cue takes the nearer one."""
    delta_back = (anchor.isoweekday() - weekday) % 7
    delta_fwd = (weekday - anchor.isoweekday()) % 7
    if rel in ("last", "past", "previous"):
        return anchor - dt.timedelta(days=delta_back or 7)
    if rel in ("next", "coming", "following"):
        return anchor + dt.timedelta(days=delta_fwd or 7)
    if rel == "this":
        return (
            anchor + dt.timedelta(days=delta_fwd)
            if tense == "future"
            else (anchor - dt.timedelta(days=delta_back))
        )
    if tense == "past":
        return anchor - dt.timedelta(days=delta_back)
    if tense in ("future", "present"):
        return anchor + dt.timedelta(days=delta_fwd)
    return (
        anchor - dt.timedelta(days=delta_back)
        if delta_back <= 3
        else (anchor + dt.timedelta(days=delta_fwd))
    )


def month_year(anchor: dt.date, month: int, tense: Tense, rel: str | None = None) -> int:
    """The year of a month named without one: past tense looks back, future forward, and with
    no cue the month within six months of publication."""
    year = anchor.year
    if rel in ("last", "past", "previous"):
        return year if month < anchor.month else year - 1
    if rel in ("next", "coming", "following"):
        return year if month > anchor.month else year + 1
    if rel == "this":
        return year
    if tense == "past":
        return year if month <= anchor.month else year - 1
    if tense == "future":
        return year if month >= anchor.month else year + 1
    diff = month - anchor.month
    if diff > 6:
        return year - 1
    if diff < -6 and (tense == "present" or diff < -8):
        return year + 1  # "the deadline is in March", told in October
    return year


def month_day_year(anchor: dt.date, month: int, day: int, tense: Tense) -> int:
    """The year of a month and day named without one."""
    year = anchor.year
    try:
        this_year = dt.date(year, month, day)
    except ValueError:
        return year
    if tense == "past":
        return year if this_year <= anchor else year - 1
    if tense == "future":
        return year if this_year >= anchor else year + 1
    days = (this_year - anchor).days
    if days > 183:
        return year - 1
    if days < -183:
        return year + 1
    return year


def _season_start_date(label_year: int, season: str) -> dt.date:
    if season == "WI":
        return dt.date(label_year - 1, 12, 1)
    return dt.date(label_year, {"SP": 3, "SU": 6, "FA": 9}[season], 1)


def season_year(anchor: dt.date, season: str, tense: Tense, rel: str | None) -> int:
    """The year label of a season named without one ("last summer", "in the spring"); winter
    2025 runs from December 2024."""
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    starts = {y: _season_start_date(y, season) for y in candidates}
    # the instance running now or most recently begun
    current = max(y for y in candidates if starts[y] <= anchor)
    ongoing = (anchor - starts[current]).days < 92
    if rel in ("last", "past", "previous"):
        return current - 1 if ongoing else current
    if rel in ("next", "coming", "following"):
        return current + 1
    if ongoing:
        return current
    if rel == "this":
        # the season of this calendar year; a winter not yet begun is the coming one
        return anchor.year + 1 if season == "WI" else anchor.year
    if tense == "past":
        return current
    if tense == "future":
        return current + 1
    return current if (anchor - starts[current]).days < 183 else current + 1


def quarter_year(anchor: dt.date, quarter: int, tense: Tense) -> int:
    """Quarters named without a year are mostly reported after they close: look back unless
    the clause is in the future tense."""
    current = (anchor.month - 1) // 3 + 1
    if tense == "future":
        return anchor.year if quarter >= current else anchor.year + 1
    return (
        anchor.year
        if quarter < current or (quarter == current and tense != "past")
        else (anchor.year - 1)
    )


def shift(anchor: dt.date, amount: int, unit: str) -> str:
    """The value ``amount`` units after (negative: before) the anchor, at the unit's grain."""
    if unit == "D":
        return iso(anchor + dt.timedelta(days=amount))
    if unit == "W":
        return week_value(anchor + dt.timedelta(weeks=amount))
    if unit == "WE":
        return week_value(anchor + dt.timedelta(weeks=amount)) + "-WE"
    if unit == "M":
        months = anchor.year * 12 + anchor.month - 1 + amount
        return month_value(months // 12, months % 12 + 1)
    if unit == "Q":
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + amount
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "DE":
        return f"{(anchor.year // 10 + amount):03d}X"
    if unit == "CE":
        return f"{(anchor.year // 100 + amount):02d}XX"
    return f"{anchor.year + amount:04d}"


def unanchored(unit: str) -> str:
    """The placeholder a relative expression keeps when there is no publication date."""
    return {
        "D": "XXXX-XX-XX",
        "W": "XXXX-WXX",
        "WE": "XXXX-WXX-WE",
        "M": "XXXX-XX",
        "Q": "XXXX-QX",
        "DE": "XXXX",
        "CE": "XXXX",
    }.get(unit, "XXXX")
