"""Descriptions that repeat a state or a bloc named before: "the bloc", "the Gulf state",
"the Himalayan nation", "the Islamic Republic", "the kingdom", "the country"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str) -> list[ActorMention]:
    return extract_actors(parse(text, published="2025-10-27"), load_actor_dictionary())


def _codes(mentions: list[ActorMention], span: str) -> list[str | None]:
    return [m.code for m in mentions if m.span.text == span]


@pytest.mark.model
def test_the_bloc_is_the_bloc_named_before(parse: Parse) -> None:
    text = (
        "BRUSSELS (EWS) - The European Union adopted new sanctions against Belarus on Monday. "
        "The bloc also agreed to extend its arms embargo."
    )
    assert _codes(_actors(parse, text), "The bloc") == ["IGOEUREEC"]


@pytest.mark.model
def test_the_bloc_without_a_bloc_stays_uncoded(parse: Parse) -> None:
    text = "Poland said on Monday that the bloc should do more to protect its eastern border."
    assert not any(m.code == "IGOEUREEC" for m in _actors(parse, text))


@pytest.mark.model
def test_a_regional_description_names_the_state_that_fits(parse: Parse) -> None:
    text = (
        "Egypt and Qatar said on Monday that talks would resume. The Gulf state said it had "
        "received guarantees from both sides."
    )
    assert _codes(_actors(parse, text), "The Gulf state") == ["QAT"]
    text = (
        "Nepal closed two border crossings with India on Friday. The Himalayan nation said "
        "heavy rain had washed away the roads."
    )
    assert _codes(_actors(parse, text), "The Himalayan nation") == ["NPL"]


@pytest.mark.model
def test_an_indefinite_description_is_no_reference(parse: Parse) -> None:
    text = (
        "Qatar hosted the talks on Monday. Officials said a Gulf state had offered to pay "
        "for the reconstruction."
    )
    assert not any(m.span.text.endswith("Gulf state") and m.code for m in _actors(parse, text))


@pytest.mark.model
def test_a_fixed_description_and_the_kingdom(parse: Parse) -> None:
    text = (
        "Iran rejected the proposal on Sunday. The Islamic Republic said it would not "
        "negotiate under pressure."
    )
    assert _codes(_actors(parse, text), "The Islamic Republic") == ["IRN"]
    text = "Jordan condemned the raid on Tuesday. The kingdom said it would recall its envoy."
    assert _codes(_actors(parse, text), "The kingdom") == ["JOR"]


@pytest.mark.model
def test_the_country_is_the_one_state_named_just_before(parse: Parse) -> None:
    text = (
        "Floods hit northern Bolivia on Monday. Officials said the country had not seen such "
        "rain in forty years."
    )
    assert _codes(_actors(parse, text), "the country") == ["BOL"]
    text = "Officials said on Monday that the country had not seen such rain in forty years."
    assert _codes(_actors(parse, text), "the country") == []
    text = (
        "Chad ended its defence pact with France on Thursday. Officials said troops would "
        "leave the country within months."
    )
    assert _codes(_actors(parse, text), "the country") == []  # either of two


@pytest.mark.model
def test_a_role_noun_naming_a_place_repeats_no_group(parse: Parse) -> None:
    text = (
        "Hundreds of Chilean students marched through Santiago on Monday. On Tuesday the "
        "students occupied the university campus for a second day."
    )
    mentions = _actors(parse, text)
    assert [m.rule for m in mentions if m.span.text == "university"] != ["coref:role"]
    students = [m for m in mentions if m.span.text == "the students"]
    assert students and students[0].code == "CHLEDU"


@pytest.mark.model
def test_the_nation_whose_will_is_named_is_no_actor(parse: Parse) -> None:
    # "the nation" would otherwise repeat Turkey, and the opposition's words would be aimed
    # at the state as well as at whoever detained the mayor
    text = (
        "Turkey detained the mayor of Istanbul on Wednesday. The opposition leader called the "
        "detention a coup against the will of the nation."
    )
    assert _codes(_actors(parse, text), "the nation") == []
    assert _codes(_actors(parse, text), "Turkey") == ["TUR"]
