"""Actors of the participant probes' phenomena: a rebel people's usual name, a numbered group
with a role of its own, a town named on a group, spelling variants of places, initialisms
hyphened to a name, hyphened name pairs and "they" after coordinated states."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.extract.locations import country_of_place
from eventwire.models import ActorMention, ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str) -> list[ActorMention]:
    return extract_actors(parse(text), load_actor_dictionary())


def _codes(mentions: list[ActorMention], span: str) -> list[str | None]:
    return [m.code for m in mentions if m.span.text == span]


def _events(pipeline: Any, parse: Parse, text: str) -> set[tuple[str | None, str | None, str]]:
    return triples(list(pipeline.extract(parse(text)).events), root=True)


def test_tamil_rebels_are_the_tigers(parse: Parse) -> None:
    mentions = _actors(parse, "Tamil guerrillas ambushed an army patrol near Jaffna.")
    assert _codes(mentions, "Tamil guerrillas") == ["LKAREBLTE"]


def test_numbered_group_with_its_own_role_is_not_the_states_named_before(parse: Parse) -> None:
    text = "Uganda's government freed three detained opposition leaders on Friday."
    codes = _codes(_actors(parse, text), "three detained opposition leaders")
    assert len(codes) == 1 and (codes[0] or "").endswith("OPP")  # not Uganda's government
    pair = "Egypt and Jordan sent envoys to Amman. The two leaders met on Sunday."
    assert sorted(c or "" for c in _codes(_actors(parse, pair), "The two leaders")) == [
        "EGYGOV",
        "JORGOV",
    ]


def test_a_town_named_on_a_group_places_it(parse: Parse) -> None:
    text = "Ukrainian police questioned two Jenin refugees at the border."
    mentions = _actors(parse, text)
    assert [m.country for m in mentions if m.span.text == "two Jenin refugees"] == ["PSE"]


def test_places_by_news_spelling() -> None:
    assert country_of_place("Khan Younis") == "PSE"  # the gazetteer spells it with diacritics
    assert country_of_place("Kandahar") == "AFG"
    assert country_of_place("Hodeidah") == "YEM"
    assert country_of_place("Avdiivka") == "UKR"
    assert country_of_place("Hamas") is None  # a variant name of Hamm, not used


def test_an_initialism_hyphened_to_a_name_is_two_words(parse: Parse) -> None:
    parsed = parse("U.S.-Mexico security talks opened on Tuesday. The U.S.-led coalition left.")
    words = [t.text for t in parsed.tokens]
    assert words[:3] == ["U.S.", "-", "Mexico"]
    # and split as "US-led" is, so the coalition is the leader's forces (it was no one's)
    led = words.index("led")
    assert words[led - 2 : led + 1] == ["U.S.", "-", "led"]


def test_an_initialisms_led_forces_are_its_own(pipeline: Any, parse: Parse) -> None:
    result = pipeline.extract(parse("U.S.-led forces invaded Iraq on Thursday.", "2003-03-20"))
    assert {(e.source.code, e.target.code) for e in result.events if e.source and e.target} == {
        ("USAMIL", "IRQ")
    }


def test_hyphened_names_are_two_parties(pipeline: Any, parse: Parse) -> None:
    got = _events(pipeline, parse, "The Armenia-Azerbaijan talks resumed in Washington on Monday.")
    assert {("ARM", "AZE", "04"), ("AZE", "ARM", "04")} <= got
    got = _events(pipeline, parse, "U.S.-Mexico security talks opened on Tuesday.")
    assert {("USA", "MEX", "04"), ("MEX", "USA", "04")} <= got


def test_they_after_coordinated_states_is_each_of_them(parse: Parse) -> None:
    text = "Ethiopia and Eritrea signed a peace accord in Jeddah. They agreed to reopen the border."
    they = [m.country for m in _actors(parse, text) if m.span.text == "They"]
    assert sorted(c or "" for c in they) == ["ERI", "ETH"]
    one = "Ethiopia signed a peace accord with Eritrea. They agreed to reopen the border."
    assert len([m for m in _actors(parse, one) if m.span.text == "They"]) <= 1


def test_a_possessive_in_the_object_is_the_subjects(parse: Parse) -> None:
    text = "Kenya denounced the Somali raid on its soil."
    assert [m.country for m in _actors(parse, text) if m.span.text == "its"] == ["KEN"]
    urged = "The EU urged Serbia to honour its pledges."  # the nearest verb's own subject: none
    assert [m.country for m in _actors(parse, urged) if m.span.text == "its"] == ["SRB"]


@pytest.mark.model
def test_a_plural_role_before_of_is_each_coordinated_states(parse: Parse) -> None:
    mentions = _actors(parse, "The foreign ministers of Peru and Chile met in Lima.")
    assert _codes(mentions, "Chile") == ["CHLGOV"]
    mentions = _actors(parse, "The armies of Sudan and Chad clashed at the border.")
    assert _codes(mentions, "Chad") == ["TCDMIL"]
    # one office of two states is no office of each
    mentions = _actors(parse, "The border commissioner of Peru and Chile resigned.")
    assert _codes(mentions, "Chile") != ["CHLGOV"]
