"""Workers on strike are no blows struck, obstacles cleared away were not put up by whoever
clears them, and a state's forces and the group that fights them act on each other: the
mistakes an analyst meets in labour and civil-war copy, through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]


def _events(pipeline: Any, parse: Parse, text: str) -> set[tuple[str | None, str | None, str]]:
    return triples(list(pipeline.extract(parse(text, "2024-06-20")).events))


@pytest.mark.model
def test_striking_workers_are_on_strike_not_struck(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "Riot police fired tear gas at striking teachers in Nairobi.")
    assert got == {("KEN", "KEN", "175")}  # the tear gas only: no fight (190) at the teachers
    got = _events(
        pipeline, parse, "Police removed roadblocks set up by striking truckers near Lima."
    )
    assert not any(code.startswith("19") for _, _, code in got)
    # a blow with a weapon named is still a blow
    parsed = parse("Soldiers began striking protesters with rifle butts in Harare.", "2024-06-20")
    striking = next(t for t in parsed.tokens if t.text == "striking")
    assert striking.pos == "VERB"


@pytest.mark.model
def test_what_people_were_doing_when_acted_on_is_no_act(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "Kenyan police arrested rioting youths in Kisumu.")
    assert got == {("KEN", "KEN", "173")}  # the police did not riot (145)


@pytest.mark.model
def test_obstacles_cleared_away_are_no_obstruction(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "Peruvian police removed roadblocks on the main highway.")
    assert not any(code == "144" for _, _, code in got)
    # put up, they are one, and done: not a plan ("set talks for Monday" would be)
    result = pipeline.extract(
        parse("Protesters set up barricades on the main road to Lima on Monday.", "2024-06-20")
    )
    (event,) = [e for e in result.events if e.cameo.code == "144"]
    assert event.modality == "asserted"
    assert event.source is not None and event.source.country == "PER"


@pytest.mark.model
def test_forces_and_rebels_of_one_state_fight_each_other(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "Congolese troops and M23 rebels clashed near Goma on Sunday.")
    assert got == {("COD", "COD", "190")}
    result = pipeline.extract(
        parse("Congolese troops and M23 rebels clashed near Goma on Sunday.", "2024-06-20")
    )
    pairs = {(e.source.code, e.target.code) for e in result.events if e.source and e.target}
    assert pairs == {("CODMIL", "CODREBM23"), ("CODREBM23", "CODMIL")}  # not each at Congo


@pytest.mark.model
def test_an_exchange_of_fire_is_a_firefight(pipeline: Any, parse: Parse) -> None:
    text = "Congolese troops and M23 rebels clashed in an exchange of fire near Goma."
    result = pipeline.extract(parse(text, "2024-06-20"))
    pairs = {
        (e.source.code, e.target.code, e.cameo.code) for e in result.events if e.source and e.target
    }
    assert pairs == {("CODMIL", "CODREBM23", "193"), ("CODREBM23", "CODMIL", "193")}
    # "in exchange for" still names the terms of a release, no exchange of its own
    got = _events(pipeline, parse, "Hamas freed three hostages in exchange for prisoners.")
    assert not any(code.startswith("19") for _, _, code in got)


@pytest.mark.model
def test_health_workers_and_clergy_held_are_the_places_people(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "Police arrested 40 doctors in Nairobi on Tuesday.")
    assert ("KEN", "KEN", "173") in got
    got = _events(pipeline, parse, "Police detained two priests in Managua on Sunday.")
    assert ("NIC", "NIC", "173") in got
