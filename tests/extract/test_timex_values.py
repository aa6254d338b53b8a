"""TIMEX3 values without a model: grammar, parse/format round trip, and day intervals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.time import timex_interval
from eventwire.extract.timex.values import (
    DateValue,
    DurationValue,
    RefValue,
    TimexValue,
    canonical_value,
    format_value,
    is_valid_value,
    parse_value,
)

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-27", ("day", D(2025, 10, 27), D(2025, 10, 27))),
        ("2025-W43", ("week", D(2025, 10, 20), D(2025, 10, 26))),
        ("2025-W43-WE", ("week", D(2025, 10, 25), D(2025, 10, 26))),
        ("2025-W43-3", ("day", D(2025, 10, 22), D(2025, 10, 22))),
        ("2025-10", ("month", D(2025, 10, 1), D(2025, 10, 31))),
        ("2024-02", ("month", D(2024, 2, 1), D(2024, 2, 29))),
        ("2025-Q3", ("quarter", D(2025, 7, 1), D(2025, 9, 30))),
        ("2025-SU", ("season", D(2025, 6, 1), D(2025, 8, 31))),
        ("2025-WI", ("season", D(2024, 12, 1), D(2025, 2, 28))),
        ("2025", ("year", D(2025, 1, 1), D(2025, 12, 31))),
        ("199X", ("decade", D(1990, 1, 1), D(1999, 12, 31))),
        ("199", ("decade", D(1990, 1, 1), D(1999, 12, 31))),
        ("19XX", ("century", D(1900, 1, 1), D(1999, 12, 31))),
        ("2025-10-27T15:00Z", ("day", D(2025, 10, 27), D(2025, 10, 27))),
        ("2025-10-27TMO", ("day", D(2025, 10, 27), D(2025, 10, 27))),
    ],
)
def test_interval_of_each_granularity(value: str, expected: tuple[str, D, D]) -> None:
    assert timex_interval(value) == expected


@pytest.mark.parametrize(
    "value",
    ["PAST_REF", "PRESENT_REF", "P3Y", "PT2H", "XXXX-WXX-1", "XXXX-10", "2025-XX-XX", "bad"],
)
def test_no_interval_for_references_durations_and_placeholders(value: str) -> None:
    assert timex_interval(value) is None


def test_mod_narrows_the_interval_to_a_third() -> None:
    assert timex_interval("2025-10", "START") == ("month", D(2025, 10, 1), D(2025, 10, 10))
    assert timex_interval("2025-10", "END") == ("month", D(2025, 10, 22), D(2025, 10, 31))
    granularity, start, end = timex_interval("2024", "MID") or ("", D.min, D.min)
    assert granularity == "year" and D(2024, 4, 1) < start < end < D(2024, 9, 30)
    assert timex_interval("2025-10", "APPROX") == timex_interval("2025-10")


def test_calendar_impossible_values_have_no_interval() -> None:
    assert is_valid_value("2025-02-30")  # well formed ...
    assert timex_interval("2025-02-30") is None  # ... but not a day


@pytest.mark.parametrize("value", ["2025-13", "2025-W43-8", "P", "PT", "20251027", "2025-Q5", ""])
def test_malformed_values_are_rejected(value: str) -> None:
    assert not is_valid_value(value)


def test_canonical_value_merges_decade_and_century_spellings() -> None:
    assert canonical_value("199") == canonical_value("199X") == "199X"
    assert canonical_value("19") == canonical_value("19XX") == "19XX"
    assert canonical_value("2025") == "2025"


# --- property tests ---------------------------------------------------------------------------

two = st.integers(1, 12).map(lambda n: f"{n:02d}")
years = st.one_of(
    st.integers(1000, 2999).map(str),
    st.integers(100, 299).map(lambda n: f"{n}X"),
    st.integers(10, 29).map(lambda n: f"{n}XX"),
    st.just("XXXX"),
)
clock = st.one_of(
    st.none(),
    st.sampled_from(["MO", "AF", "EV", "NI"]),
    st.integers(0, 23).map(lambda h: f"{h:02d}"),
)


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    year = draw(years)
    if len(year) < 4 or (year == "XXXX" and draw(st.booleans())):
        return DateValue(year)
    kind = draw(st.sampled_from(["year", "month", "day", "week", "part"]))
    time = draw(clock) if kind in ("day", "week") else None
    if kind == "month":
        return DateValue(year, month=draw(two))
    if kind == "day":
        return DateValue(year, month=draw(two), day=draw(two), time=time)
    if kind == "week":
        weekday = draw(st.one_of(st.none(), st.sampled_from(["1", "5", "7", "WE"])))
        week = f"{draw(st.integers(1, 52)):02d}"
        return DateValue(year, week=week, weekday=weekday, time=time if weekday else None)
    if kind == "part":
        return DateValue(year, part=draw(st.sampled_from(["Q1", "Q4", "H2", "SU", "WI"])))
    return DateValue(year)


amounts = st.one_of(st.integers(1, 500).map(str), st.just("X"))
durations = st.builds(
    DurationValue,
    st.lists(
        st.tuples(amounts, st.sampled_from(["Y", "M", "W", "D", "Q"])), min_size=1, max_size=2
    ).map(tuple),
    st.lists(st.tuples(amounts, st.sampled_from(["H", "M", "S"])), max_size=2).map(tuple),
)
values = st.one_of(
    date_values(),
    durations,
    st.sampled_from(["PAST_REF", "PRESENT_REF", "FUTURE_REF"]).map(RefValue),
)


@settings(deadline=None)
@given(values)
def test_format_then_parse_gives_the_record_back(value: TimexValue) -> None:
    text = format_value(value)
    assert is_valid_value(text)
    assert parse_value(text) == value
    assert format_value(parse_value(text)) == text  # type: ignore[arg-type]


@settings(deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_every_day_lies_in_its_own_week_month_and_year(day: D) -> None:
    iso = day.isocalendar()
    for value in (
        day.isoformat(),
        f"{iso.year}-W{iso.week:02d}",
        f"{day.year}-{day.month:02d}",
        f"{day.year}-Q{(day.month - 1) // 3 + 1}",
        str(day.year),
    ):
        found = timex_interval(value)
        assert found is not None and found[1] <= day <= found[2], value
