"""Event dating: which time expression governs a trigger, and the publication-date fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from eventwire.extract.time import date_event, normalize_times
from eventwire.models import EventDate, ParsedArticle

Parse = Callable[..., ParsedArticle]


def dated(
    parse: Parse, text: str, trigger: str, published: str | None = "2025-10-27"
) -> EventDate | None:
    parsed = parse(text, published=published)
    anchor = parsed.article.published
    index = next(t.i for t in parsed.tokens if t.text == trigger)
    return date_event(parsed, index, normalize_times(parsed, anchor), anchor)


def test_timex_attached_to_the_trigger(parse: Parse) -> None:
    date = dated(parse, "Russia and Ukraine signed the treaty on May 7 in Geneva.", "signed")
    assert date is not None
    assert (date.value, date.text, date.source, date.granularity) == (
        "2025-05-07",
        "May 7",
        "text",
        "day",
    )
    assert date.start == date.end == dt.date(2025, 5, 7)
    assert date.timex == "t1"


def test_week_value_gives_the_week_interval(parse: Parse) -> None:
    date = dated(parse, "The parliament ratified the treaty last week.", "ratified")
    assert date is not None and date.value == "2025-W43" and date.granularity == "week"
    assert (date.start, date.end) == (dt.date(2025, 10, 20), dt.date(2025, 10, 26))


def test_month_with_mod_gives_a_narrowed_month(parse: Parse) -> None:
    date = dated(parse, "The government condemned the strike in early October.", "condemned")
    assert date is not None and date.value == "2025-10" and date.granularity == "month"
    assert (date.start, date.end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 10))


def test_coordinated_verb_shares_the_date(parse: Parse) -> None:
    date = dated(parse, "Protesters gathered on Friday and burned tires.", "burned")
    assert date is not None and date.value == "2025-10-24"


def test_first_conjunct_takes_a_later_conjuncts_date(parse: Parse) -> None:
    text = "Bangkok recalled its ambassador and expelled the envoy on Wednesday."
    date = dated(parse, text, "recalled")
    assert date is not None and date.value == "2025-10-22"


def test_verb_under_a_preposition_takes_the_governing_date(parse: Parse) -> None:
    text = "The president left the summit on Friday without signing the agreement."
    date = dated(parse, text, "signing")
    assert date is not None and date.value == "2025-10-24"


def test_reported_event_keeps_its_own_date(parse: Parse) -> None:
    text = "The minister said on Tuesday that rebels attacked the town on Sunday."
    attacked = dated(parse, text, "attacked")
    said = dated(parse, text, "said")
    assert attacked is not None and attacked.value == "2025-10-26"
    assert said is not None and said.value == "2025-10-21"


def test_reported_event_without_a_date_takes_the_report_date(parse: Parse) -> None:
    date = dated(
        parse, "The minister said on Tuesday that rebels had attacked the town.", "attacked"
    )
    assert date is not None and date.value == "2025-10-21" and date.source == "text"


def test_timex_on_the_object_phrase_dates_the_verb(parse: Parse) -> None:
    date = dated(parse, "Russia launched an attack on Monday.", "launched")
    assert date is not None and date.value == "2025-10-27" and date.source == "text"


def test_relative_clause_timex_does_not_date_the_main_verb(parse: Parse) -> None:
    text = "Putin, who visited Beijing last week, signed a deal with China."
    date = dated(parse, text, "signed")
    assert date is not None and date.source == "published"


def test_nominal_event_takes_its_own_timex(parse: Parse) -> None:
    date = dated(parse, "Maduro's signature on October 7 was welcomed by the envoys.", "signature")
    assert date is not None and date.value == "2025-10-07"


def test_falls_back_to_publication_date(parse: Parse) -> None:
    date = dated(parse, "Rebels attacked the town. The army arrived on Friday.", "attacked")
    assert date is not None
    assert (date.value, date.text, date.timex, date.source) == (
        "2025-10-27",
        None,
        None,
        "published",
    )
    assert date.start == date.end == dt.date(2025, 10, 27)


def test_bounding_prepositions_do_not_date_the_event(parse: Parse) -> None:
    date = dated(parse, "The talks continued until Friday.", "continued")
    assert date is not None and date.source == "published"


def test_durations_and_vague_references_do_not_date_the_event(parse: Parse) -> None:
    for text in ("Rebels held the town for three weeks.", "Rebels recently held the town."):
        date = dated(parse, text, "held")
        assert date is not None and date.source == "published", text


def test_without_publication_date_relative_times_give_none(parse: Parse) -> None:
    assert dated(parse, "Rebels attacked the town on Monday.", "attacked", published=None) is None
    date = dated(parse, "Rebels attacked the town on May 7, 2024.", "attacked", published=None)
    assert date is not None and date.value == "2024-05-07"


def test_a_date_hung_on_a_participle_after_the_object_dates_the_verb(parse: Parse) -> None:
    # the parser attaches "on Saturday" to "carrying"; a bare participle has no tense, so
    # Saturday told on a Monday is two days back, and it dates the strike
    text = "The navy struck a boat carrying fuel off the coast on Saturday, killing three crew."
    date = dated(parse, text, "struck")
    assert date is not None and date.value == "2025-10-25"


def test_an_undated_act_takes_the_day_its_paragraph_named(pipeline: Any) -> None:
    text = (
        "PARIS (EWS) - France on Saturday recalled its ambassador to Mali.\n\n"
        "Mali on Sunday condemned the decision. The Malian government expelled the French "
        "ambassador.\n\nFrench officials criticized the move."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    # the paragraph's Sunday, not the lead's Saturday; a paragraph naming no day takes the lead's
    assert days["expelled"] == "2025-10-26"
    assert days["criticized"] == "2025-10-25"


def test_an_act_already_done_is_not_dated_by_a_day_still_to_come(parse: Parse) -> None:
    # told on Monday 2025-10-27: Thursday is the march's day, not the call's
    text = "Opposition leaders have called for another march in the capital on Thursday."
    date = dated(parse, text, "called")
    assert date is not None and (date.value, date.source) == ("2025-10-27", "published")
    future = dated(parse, "Opposition leaders will march in the capital on Thursday.", "march")
    assert future is not None and future.value == "2025-10-30"


def test_the_day_of_a_clause_told_after_an_after_clause_does_not_date_it(parse: Parse) -> None:
    text = (
        "Peru's army on Wednesday accused Chilean troops of breaking a truce, hours after the"
        " two leaders agreed to end the fighting."
    )
    main, after = dated(parse, text, "accused"), dated(parse, text, "agreed")
    assert main is not None and main.text == "Wednesday"
    assert after is not None and after.source == "published"


def test_a_year_still_holds_a_clause_told_after_it(parse: Parse) -> None:
    date = dated(
        parse, "Peru recalled its envoy last year after accusing Chile of spying.", "accusing"
    )
    assert date is not None and (date.source, date.granularity) == ("text", "year")


def test_a_when_clause_on_a_day_is_dated_by_that_day(parse: Parse) -> None:
    text = "The fighting began on Wednesday, when Peru shelled border posts in Chile."
    date = dated(parse, text, "shelled")
    assert date is not None and date.value == "2025-10-22" and date.source == "text"


def test_a_clause_a_measured_distance_after_or_before_a_named_day(parse: Parse) -> None:
    text = "Peru expelled two diplomats on Friday, two days after Chile expelled its envoys."
    parsed = parse(text, published="2025-06-10")
    anchor = parsed.article.published
    timexes = normalize_times(parsed, anchor)
    second = [t.i for t in parsed.tokens if t.text == "expelled"][1]
    date = date_event(parsed, second, timexes, anchor)
    assert date is not None and (date.value, date.text) == ("2025-06-04", "two days after")
    text = "Peru signed the accord on Monday, a day before Chile ratified it."
    date = dated(parse, text, "ratified", published="2025-06-10")
    assert date is not None and (date.value, date.source) == ("2025-06-10", "text")
    # hours say no day: the clause is only bounded by its governor's
    text = "Chile recalled its envoy on May 5, hours after Peru shelled the border."
    date = dated(parse, text, "shelled", published="2025-06-10")
    assert date is not None and date.source == "published"


def test_a_day_between_the_subject_and_its_verb_dates_the_verb(parse: Parse) -> None:
    # the parser hangs "on Thursday" on "guards"; told on Monday 2025-10-27
    text = "Border guards on Thursday seized a truck carrying rifles near the crossing."
    date = dated(parse, text, "seized")
    assert date is not None and (date.value, date.source) == ("2025-10-23", "text")


def test_the_following_week_counts_from_the_day_named_before(parse: Parse) -> None:
    text = (
        "Chile and Peru signed a fishing accord on March 3, 2025. Chile ratified it the"
        " following week."
    )
    parsed = parse(text, published="2025-10-27")
    values = {t.span.text: t.value for t in normalize_times(parsed, parsed.article.published)}
    assert values["the following week"] == "2025-W11"
    text = "Bolivia closed the border in 2019. The following year, it reopened the crossing."
    parsed = parse(text, published="2025-10-27")
    values = {t.span.text: t.value for t in normalize_times(parsed, parsed.article.published)}
    assert values["The following year"] == "2020"
    # with nothing named before, it counts from the publication date
    parsed = parse("The envoys will meet again the following week.", published="2025-10-27")
    values = {t.span.text: t.value for t in normalize_times(parsed, parsed.article.published)}
    assert values["the following week"] == "2025-W45"


def test_an_act_bounded_by_since_takes_no_date_from_its_conjunct(parse: Parse) -> None:
    text = "Morocco cut ties with Algeria in 2021 and has blocked its flights since 2023."
    date = dated(parse, text, "blocked")
    assert date is not None and date.source == "published"
    cut = dated(parse, text, "cut")
    assert cut is not None and cut.value == "2021"


def test_a_day_before_a_reported_clause_without_that_is_the_reports(parse: Parse) -> None:
    # told on Monday 2025-10-27: the report was on Friday, the raid on Wednesday
    text = (
        "The ministry said on Friday its jets had bombed militant hideouts in the north on"
        " Wednesday."
    )
    bombed = dated(parse, text, "bombed")
    assert bombed is not None and bombed.value == "2025-10-22"
    said = dated(parse, text, "said")
    assert said is not None and said.value == "2025-10-24"
    # with "that", a day before the subject is the clause's own
    text = "The ministry said on Friday that on Wednesday its jets had bombed militant hideouts."
    bombed = dated(parse, text, "bombed")
    assert bombed is not None and bombed.value == "2025-10-22"


def test_an_older_day_named_by_a_paragraph_carries_to_its_next_act(pipeline: Any) -> None:
    text = (
        "QUITO (EWS) - Ecuador's army on Sunday shelled a rebel camp near the border.\n\n"
        "On Oct. 3, Colombian troops attacked a guerrilla base in Putumayo. They detained "
        "nine fighters.\n\nLast month, Ecuadorean police arrested a rebel commander. They "
        "seized his weapons."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert days["detained"] == "2025-10-03"
    assert days["seized"] == "2025-09"


def test_an_act_in_an_after_clause_takes_no_day_from_its_paragraph(pipeline: Any) -> None:
    text = (
        "LIMA (EWS) - Peru's congress on Sunday impeached the president.\n\n"
        "A judge ordered his arrest on Oct. 2, after he ignored two summonses."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date for e in result.events if e.date is not None}
    assert days["ignored"].source == "published"


def test_a_day_told_in_a_sentence_with_no_coded_act_carries_on(pipeline: Any) -> None:
    text = (
        "HANOI (EWS) - Vietnamese fishermen sailed to the Paracel Islands on Saturday. Chinese "
        "coast guard ships detained two of their boats."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert days["detained"] == "2025-10-25"
    # a relative clause's month is not the day of the sentence's own act
    text = (
        "HANOI (EWS) - Vietnamese fishermen, who sailed to the Paracel Islands in May, "
        "accused Chinese coast guard ships of ramming their boats."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert days["accused"] == "2025-10-27"


def test_the_day_before_counts_from_the_day_named_last(parse: Parse) -> None:
    text = "Chad closed the border on Thursday. Sudan had shelled a Chadian town the day before."
    parsed = parse(text, published="2025-10-27")
    values = {t.span.text: t.value for t in normalize_times(parsed, parsed.article.published)}
    assert values["the day before"] == "2025-10-22"
    date = dated(parse, text, "shelled")
    assert date is not None and date.value == "2025-10-22"
    # relating a phrase that follows: no expression of its own here
    parsed = parse("The rebels met the day before the vote.", published="2025-10-27")
    assert not any("day" in t.span.text for t in normalize_times(parsed, None))


def test_a_dateline_subject_with_an_apposition_takes_the_day_after_it(parse: Parse) -> None:
    text = "LIMA (EWS) - President Dina Boluarte's office on Thursday accused Chile of spying."
    date = dated(parse, text, "accused")
    assert date is not None and (date.value, date.source) == ("2025-10-23", "text")


def test_a_day_of_an_act_a_closing_attribution_reports_carries_on(pipeline: Any) -> None:
    text = (
        "GOMA (EWS) - Two peacekeepers were killed in an ambush on Saturday, the U.N. said. "
        "Congolese troops detained three suspects hours later."
    )
    result = pipeline.process_text(text, published="2025-10-27")
    days = {e.trigger.text: e.date.value for e in result.events if e.date is not None}
    assert days["detained"] == "2025-10-25"
