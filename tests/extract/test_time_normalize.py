"""Recognition and normalization on short wire-style sentences, one phenomenon per case.

Published on Monday 2025-10-27 (ISO week 44) unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.time import normalize_times, timex_interval
from eventwire.extract.timex.values import is_valid_value
from eventwire.models import ParsedArticle

Parse = Callable[..., ParsedArticle]
PUBLISHED = dt.date(2025, 10, 27)


def found(parse: Parse, text: str, published: str | None = "2025-10-27") -> dict[str, str]:
    """Expression text -> "TYPE value[ mod]" for every timex in ``text``."""
    parsed = parse(text, published=published)
    anchor = parsed.article.published
    out = {}
    for tx in normalize_times(parsed, anchor):
        assert parsed.article.text[tx.span.start : tx.span.end] == tx.span.text
        out[tx.span.text] = f"{tx.type} {tx.value}" + (f" {tx.mod}" if tx.mod else "")
    return out


CASES = [
    # calendar dates in the common orders and spellings
    ("The treaty was first signed on May 7 in Geneva.", "May 7", "DATE 2025-05-07"),
    ("The accord was signed on 7 May by both sides.", "7 May", "DATE 2025-05-07"),
    ("Troops crossed the border on Oct. 7, officials said.", "Oct. 7", "DATE 2025-10-07"),
    ("The ceasefire began on October 7, 2023.", "October 7, 2023", "DATE 2023-10-07"),
    # a month or month day with the year told relative to publication
    ("Rebels seized the town on Oct. 3 last year.", "Oct. 3 last year", "DATE 2024-10-03"),
    ("The army retook the port in March last year.", "March last year", "DATE 2024-03"),
    ("The envoys will meet on 9 February next year.", "9 February next year", "DATE 2026-02-09"),
    ("The court ruled on 2024-11-05 against the ministry.", "2024-11-05", "DATE 2024-11-05"),
    ("Elections were held in May 2024.", "May 2024", "DATE 2024-05"),
    ("Envoys will meet on December 3 in Doha.", "December 3", "DATE 2025-12-03"),
    ("The summit will open on March 3 in Rome.", "March 3", "DATE 2026-03-03"),
    ("The bill was passed on 10/21/2025.", "10/21/2025", "DATE 2025-10-21"),
    # weekdays read through the tense of their clause
    ("Rebels shelled the town on Friday.", "Friday", "DATE 2025-10-24"),
    ("Talks will resume on Friday in Cairo.", "Friday", "DATE 2025-10-31"),
    ("The minister resigned on Monday.", "Monday", "DATE 2025-10-27"),
    ("Police arrested 12 protesters last Tuesday.", "last Tuesday", "DATE 2025-10-21"),
    ("The delegation arrives next Wednesday.", "next Wednesday", "DATE 2025-10-29"),
    ("Protesters marched on Saturday night.", "Saturday night", "TIME 2025-10-25TNI"),
    # day words
    ("The army withdrew yesterday.", "yesterday", "DATE 2025-10-26"),
    ("The parliament votes today.", "today", "DATE 2025-10-27"),
    ("Leaders will sign the deal tomorrow.", "tomorrow", "DATE 2025-10-28"),
    ("The president will speak tonight.", "tonight", "TIME 2025-10-27TNI"),
    ("Gunmen attacked a convoy last night.", "last night", "TIME 2025-10-26TNI"),
    # last / this / next unit
    ("The treaty was ratified last week.", "last week", "DATE 2025-W43"),
    ("Inflation rose this month.", "this month", "DATE 2025-10"),
    ("The embassy reopens next month.", "next month", "DATE 2025-11"),
    ("Exports fell last year.", "last year", "DATE 2024"),
    ("Elections are due next year.", "next year", "DATE 2026"),
    # N units ago
    ("The strike began three days ago.", "three days ago", "DATE 2025-10-24"),
    ("Fighting erupted two weeks ago.", "two weeks ago", "DATE 2025-W42"),
    ("The mine closed six months ago.", "six months ago", "DATE 2025-04"),
    ("The border was sealed four years ago.", "four years ago", "DATE 2021"),
    # earlier / later this unit, early / mid / late
    ("Earlier this month the envoy visited Kyiv.", "Earlier this month", "DATE 2025-10"),
    ("A vote is expected later this year.", "later this year", "DATE 2025"),
    ("The strike was condemned in early October.", "early October", "DATE 2025-10 START"),
    ("Production resumes in mid-2026.", "mid-2026", "DATE 2026 MID"),
    ("The talks collapsed in late 2024.", "late 2024", "DATE 2024 END"),
    ("The plant closed at the end of last year.", "the end of last year", "DATE 2024 END"),
    # durations
    ("Over the past two weeks, 40 people died.", "the past two weeks", "DURATION P2W"),
    ("The truce held for three years.", "three years", "DURATION P3Y"),
    ("The siege lasted 48 hours.", "48 hours", "DURATION PT48H"),
    ("The dispute lasted a decade.", "a decade", "DURATION P10Y"),
    ("Talks went on for several weeks.", "several weeks", "DURATION PXW"),
    ("The blockade lasted almost seven years.", "almost seven years", "DURATION P7Y LESS_THAN"),
    ("The ban will run for the next few months.", "the next few months", "DURATION PXM"),
    # seasons and quarters
    ("The offensive began last summer.", "last summer", "DATE 2025-SU"),
    ("Reconstruction starts next spring.", "next spring", "DATE 2026-SP"),
    ("The games open this summer.", "this summer", "DATE 2025-SU"),
    ("Output fell in the third quarter.", "the third quarter", "DATE 2025-Q3"),
    ("Profits rose in Q1 2024.", "Q1 2024", "DATE 2024-Q1"),
    ("Growth slowed in the first half of 2025.", "the first half of 2025", "DATE 2025-H1"),
    # sets
    ("Protesters gather every Monday outside parliament.", "every Monday", "SET XXXX-WXX-1"),
    ("The council meets weekly.", "weekly", "SET P1W"),
    ("Inspectors visit the site twice a year.", "a year", "SET P1Y"),
    ("The pipeline carries $5 billion a year in gas.", "a year", "SET P1Y"),
    # vague references
    ("Prices are now falling.", "now", "DATE PRESENT_REF"),
    ("The group recently seized the airport.", "recently", "DATE PAST_REF"),
    ("The ministry will soon publish the figures.", "soon", "DATE FUTURE_REF"),
    ("In the past, such talks failed.", "the past", "DATE PAST_REF"),
    ("The border was drawn years ago.", "years ago", "DATE PAST_REF"),
    # years, months without a year, decades, centuries, times
    ("The republic was founded in 1991.", "1991", "DATE 1991"),
    ("Inflation peaked in March.", "March", "DATE 2025-03"),
    ("The new parliament convenes in March.", "March", "DATE 2026-03"),
    ("The party ruled through the 1990s.", "the 1990s", "DATE 199X"),
    ("The dam was built in the 20th century.", "the 20th century", "DATE 19XX"),
    ("The vote closes at 3 p.m. GMT on Friday.", "3 p.m. GMT on Friday", "TIME 2025-10-31T15Z"),
    ("The blast occurred at 08:30 UTC.", "08:30 UTC", "TIME 2025-10-27T08:30Z"),
]


@pytest.mark.parametrize(("text", "expression", "expected"), CASES)
def test_phenomenon(parse: Parse, text: str, expression: str, expected: str) -> None:
    assert found(parse, text).get(expression) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Officials said 2000 troops were deployed.", "2000"),
        ("May I ask the minister a question?", "May"),
        ("The 5-year-old boy was rescued.", "5-year"),
        ("The deal, worth $2019 million, was signed.", "2019"),
        ("April Ryan asked the question.", "April"),
        ("Children aged 6 months and older need the vaccine.", "6 months"),
        ("He ran a sub-five-minute mile.", "five-minute"),
        ("Anger grew over the fall of the city.", "the fall"),
        ("Anger grew over the fall of the city.", "fall"),
    ],
)
def test_non_times_are_left_alone(parse: Parse, text: str, absent: str) -> None:
    assert absent not in found(parse, text)


def test_prepositions_steer_the_calendar(parse: Parse) -> None:
    # published on a Monday: "since Thursday" looks back, "until Thursday" ahead
    assert found(parse, "Forty people have been held since Thursday.")["Thursday"] == (
        "DATE 2025-10-23"
    )
    assert found(parse, "The border stays closed until Thursday.")["Thursday"] == (
        "DATE 2025-10-30"
    )
    # a present perfect carries no point in time: the nearer Thursday wins
    assert found(parse, "Unions have called for a strike on Thursday.")["Thursday"] == (
        "DATE 2025-10-30"
    )


def test_without_publication_date_relative_values_stay_unresolved(parse: Parse) -> None:
    got = found(
        parse,
        "The envoy arrived on Monday, last week's talks failed, and the deal of May 7, 2024 "
        "collapsed yesterday.",
        published=None,
    )
    assert got["Monday"] == "DATE XXXX-WXX-1"
    assert got["last week"] == "DATE XXXX-WXX"
    assert got["May 7, 2024"] == "DATE 2024-05-07"
    assert got["yesterday"] == "DATE XXXX-XX-XX"


def test_expressions_carry_ids_tokens_and_sentences(parse: Parse) -> None:
    parsed = parse("Talks began on Monday. They ended three days later, in late October.")
    timexes = normalize_times(parsed, PUBLISHED)
    assert [tx.id for tx in timexes] == [f"t{n}" for n in range(1, len(timexes) + 1)]
    monday = timexes[0]
    assert parsed.tokens[monday.token_start].text == "Monday" and monday.sentence == 0
    assert timexes[-1].sentence == 1 and timexes[-1].span.text == "late October"


# --- properties over anchors ------------------------------------------------------------------

MIXED = (
    "Rebels attacked the base on Friday and again on March 3. The army said last week that it "
    "had retaken the town two months ago, in early spring. Talks will resume next Tuesday and "
    "run for three weeks; the envoy visits every Monday. Prices are now higher than in 2019, "
    "and the third quarter was weak. The vote is due in the first half of next year."
)
PAST = (
    "The rebels attacked the base on Friday. The ministry announced the deal on March 3. "
    "Troops withdrew in late October. Police arrested the leaders last Tuesday. The summit "
    "took place on 4 July. Fighting erupted three days ago. The town fell last summer."
)
anchors = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2045, 12, 31))


@settings(deadline=None, max_examples=60)
@given(anchor=anchors)
def test_every_value_is_valid_timex3(parse: Parse, anchor: dt.date) -> None:
    parsed = parse(MIXED)
    timexes = normalize_times(parsed, anchor)
    assert len(timexes) >= 10
    for tx in timexes:
        assert is_valid_value(tx.value), (tx.span.text, tx.value)


@settings(deadline=None, max_examples=60)
@given(anchor=anchors)
def test_past_tense_references_never_land_after_publication(parse: Parse, anchor: dt.date) -> None:
    parsed = parse(PAST)
    timexes = normalize_times(parsed, anchor)
    assert len(timexes) == 7
    for tx in timexes:
        interval = timex_interval(tx.value, tx.mod)
        assert interval is not None, tx
        assert interval[1] <= anchor, (tx.span.text, tx.value, anchor)
