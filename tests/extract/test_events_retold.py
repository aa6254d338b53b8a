"""One act told twice is one event with both evidence spans: a side's own account of a strike
told before, deaths "when rockets hit", a concession participle on the act it explains, a
meeting named again as a noun. Acts that only look alike stay apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from eventwire.pipeline import Pipeline
from wordcoded import coded_events

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Peruvian": "PER",
    "Chilean": "CHL",
    "ministry": "PERGOV",
    "forces": "PERMIL",
    "Garcia": "PERGOV",
    "Lopez": "CHLGOV",
    "Norway": "NOR",
    "people": "CHLCVL",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def force(events: list[Event]) -> list[Event]:
    return [e for e in events if e.cameo.root in ("18", "19", "20")]


@pytest.mark.model
def test_a_sides_own_account_of_its_strike_is_the_strike_told_before(parse: Parse) -> None:
    text = (
        "Peru fired dozens of missiles at Chile on Monday, officials said. "
        'The defence ministry in Lima said its forces had carried out a "massive strike" on '
        "energy sites."
    )
    got = force(events_of(parse, text))
    assert len(got) == 1
    assert got[0].target is not None and got[0].target.country == "CHL"
    assert len(got[0].evidence) == 2


@pytest.mark.model
def test_a_strike_the_story_narrates_on_another_occasion_stays_apart(parse: Parse) -> None:
    text = (
        "Peru fired dozens of missiles at Chile on Monday, officials said. "
        "The fighting began last week, when Peru struck what it called rebel camps."
    )
    assert len(force(events_of(parse, text))) == 2


@pytest.mark.model
def test_deaths_when_rockets_hit_are_the_rocket_attack(parse: Parse) -> None:
    text = "At least nine people were killed in Chile when Peruvian rockets hit a market."
    got = force(events_of(parse, text))
    assert [e.trigger.text for e in got] == ["hit"]
    assert {s.text for s in got[0].evidence} >= {"killed"}


@pytest.mark.model
def test_bowing_to_pressure_is_how_the_agreement_came_about(parse: Parse) -> None:
    text = "Chile agreed on Friday to lower its tariffs, bowing to pressure from Peru."
    got = events_of(parse, text)
    assert [e.trigger.text for e in got] == ["agreed"]
    assert any(s.text == "bowing" for s in got[0].evidence)


@pytest.mark.model
def test_a_meeting_named_again_as_a_noun_is_the_same_meeting(pipeline: Pipeline) -> None:
    text = (
        "NEW DELHI (EWS) - Indian Prime Minister Narendra Modi met Chinese President Xi Jinping "
        "in Kazan on Wednesday, the first meeting between the leaders of the two countries in "
        "five years."
    )
    got = [e for e in pipeline.process_text(text).events if e.cameo.root == "04"]
    assert [e.trigger.text for e in got] == ["met"]
    assert any(s.text == "meeting" for s in got[0].evidence)


@pytest.mark.model
def test_an_agreement_to_halt_fighting_told_again_as_a_ceasefire_is_one(parse: Parse) -> None:
    text = (
        "Peru agreed to halt the border fighting, officials said. Garcia agreed to an "
        "immediate ceasefire at talks in Oslo."
    )
    got = coded_events(parse(text), {**CODES, "Peru": "PERGOV"})
    assert [e.cameo.code for e in got] == ["0356"]  # both commit to stop fighting
    assert len(got[0].evidence) == 2


@pytest.mark.model
def test_a_promise_and_the_act_it_promised_stay_two_events(parse: Parse) -> None:
    text = (
        "Peru agreed to release the detained fishermen, officials said. Later that week Peru "
        "released 40 fishermen."
    )
    got = events_of(parse, text)
    assert sorted(e.cameo.code[:3] for e in got) == ["035", "084"]
