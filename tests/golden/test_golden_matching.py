"""The golden matcher itself, on hand-built records: no model, so a matcher bug cannot hide
behind an extractor that finds nothing."""

from __future__ import annotations

import datetime as dt

from golden_cases import (
    GOLDEN_DIR,
    GoldenCase,
    assign,
    check_case,
    event_matches,
    format_must_failure,
    quote_matches,
    timex_matches,
)

from eventwire.coding.cameo import lookup
from eventwire.models import (
    ActorMention,
    Article,
    Event,
    EventDate,
    ExtractionResult,
    Quote,
    Sentence,
    Span,
    TimeExpression,
    Versions,
)

TEXT = "Putin signed the treaty on Monday. Moscow accused Washington of destabilizing the region."


def actor(text: str, code: str | None, country: str | None) -> ActorMention:
    start = TEXT.find(text)
    return ActorMention(Span(start, start + len(text), text), text, code, country, "test")


def event(
    code: str,
    trigger: str,
    source: ActorMention | None,
    target: ActorMention | None = None,
    day: str | None = None,
    value: str | None = None,
    negated: bool = False,
) -> Event:
    start = TEXT.find(trigger)
    date = None
    if day or value:
        first = dt.date.fromisoformat(day or "2025-10-20")
        last = first if day else first + dt.timedelta(days=6)
        date = EventDate(value or day or "", None, None, "text", "day", first, last)
    return Event(
        id=f"e{start}{code}",
        cameo=lookup(code),
        source=source,
        target=target,
        trigger=Span(start, start + len(trigger), trigger),
        sentence=0 if start < 34 else 1,
        evidence=(),
        date=date,
        negated=negated,
    )


def result(events: list[Event], quotes: tuple[Quote, ...] = ()) -> ExtractionResult:
    sentences = (Sentence(0, 0, 34, TEXT[:34], 0, 7), Sentence(1, 35, len(TEXT), TEXT[35:], 7, 16))
    timex = TimeExpression("t1", Span(27, 33, "Monday"), "DATE", "2025-10-27")
    return ExtractionResult(
        article=Article("a", TEXT, dt.date(2025, 10, 27)),
        versions=Versions("0", "m", ()),
        sentences=sentences,
        timexes=(timex,),
        actors=(),
        events=tuple(events),
        quotes=quotes,
    )


PUTIN = actor("Putin", "RUSGOV", "RUS")
MOSCOW = actor("Moscow", "RUSGOV", "RUS")
WASHINGTON = actor("Washington", "USAGOV", "USA")


def test_fields_compare_as_given() -> None:
    signed = event("057", "signed", PUTIN, None, day="2025-10-27")
    res = result([signed])
    assert event_matches({"root": "05", "code": "057", "source": "RUS"}, signed, res)
    assert event_matches(
        {"source": "RUSGOV", "date": "2025-10-27", "trigger": "signed"}, signed, res
    )
    assert not event_matches({"trigger": "sign"}, signed, res)  # words, not substrings
    assert not event_matches({"source": "USA"}, signed, res)
    assert not event_matches({"target": "VEN"}, signed, res)  # no target at all
    assert not event_matches({"negated": True}, signed, res)
    assert event_matches({"root": ["04", "05"], "sentence": "treaty"}, signed, res)


def test_date_matches_value_or_a_day_inside_the_interval() -> None:
    week = event("057", "signed", PUTIN, value="2025-W43")
    res = result([week])
    assert event_matches({"date": "2025-W43"}, week, res)
    assert event_matches({"date": "2025-10-22"}, week, res)  # inside 2025-10-20..26
    assert not event_matches({"date": "2025-10-27"}, week, res)
    assert not event_matches({"date": "2025-W43"}, event("057", "signed", PUTIN), res)


def test_assignment_is_one_to_one_and_maximal() -> None:
    loose = {"code": "057"}
    strict = {"code": "057", "date": "2025-05-07"}
    monday = event("057", "signed", PUTIN, day="2025-10-27")
    may = event("057", "treaty", PUTIN, day="2025-05-07")
    res = result([may, monday])
    # Greedy would give `may` to the loose spec and leave the strict one unmatched.
    assert assign([loose, strict], [may, monday], res) == {0: 1, 1: 0}
    assert assign([loose, loose, loose], [may, monday], res).keys() == {0, 1}


def test_check_case_reports_misses_and_violations() -> None:
    accused = event("112", "accused", MOSCOW, WASHINGTON)
    wrong = event("175", "destabilizing", WASHINGTON)
    case = GoldenCase(
        name="toy",
        text_path=GOLDEN_DIR / "toy.txt",
        about="",
        must=[{"code": "112", "source": "RUS", "target": "USA"}, {"root": "05"}],
        must_not=[{"source": "USA", "trigger": "destabilizing"}],
        quotes_must=[{"speaker": "RUS", "text": "destabilizing"}],
        timexes_must=[{"text": "Monday", "value": "2025-10-27"}],
    )
    report = check_case(case, result([accused, wrong]))
    assert report.must_hits == {0: 0}
    assert report.must_missed == [{"root": "05"}]
    assert [e.trigger.text for _, e in report.violations] == ["destabilizing"]
    assert report.quote_misses == case.quotes_must
    assert report.timex_misses == []
    message = format_must_failure(report)
    assert "{root='05'}" in message and "112 " in message and "destabilizing" in message


def test_quote_and_timex_matching() -> None:
    span = Span(35, len(TEXT), TEXT[35:])
    quote = Quote(span, (span,), "indirect", "claim", None, MOSCOW)
    assert quote_matches({"speaker": "RUSGOV", "text": "Destabilizing  the region"}, quote)
    assert not quote_matches({"speaker": "USA", "text": "region"}, quote)
    timex = TimeExpression("t1", Span(24, 33, "on Monday"), "DATE", "2025-10-27")
    assert timex_matches({"text": "Monday", "value": "2025-10-27"}, timex)
    assert not timex_matches({"text": "Monday", "value": "2025-W44"}, timex)
