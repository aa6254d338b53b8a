"""Mentions coded from someone the article names: a leader's supporters, foreign-funded
groups, "the council" of an earlier named council, "the paramilitary group" of a named armed
group, "the two ministers" and "their foreign ministers" of two countries, and "some" of a
crowd just named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str = "2025-03-12") -> list[ActorMention]:
    return extract_actors(parse(text, published=published), load_actor_dictionary())


def _codes(mentions: list[ActorMention], span: str) -> list[str | None]:
    return [m.code for m in mentions if m.span.text == span]


@pytest.mark.model
def test_a_leaders_supporters_are_his_countrys_civilians(parse: Parse) -> None:
    text = (
        "SEOUL (EWS) - Investigators detained President Yoon Suk Yeol on Wednesday. Thousands "
        "of Yoon's supporters marched to the court, and some clashed with police. Opposition "
        "leader Lee Jae-myung told his backers to stay at home. He later called on supporters "
        "to avoid the square."
    )
    mentions = _actors(parse, text, "2025-01-15")
    assert _codes(mentions, "Yoon's supporters") == ["KORCVL"]  # not the president's GOV
    assert _codes(mentions, "some") == ["KORCVL"]
    assert _codes(mentions, "his backers") == ["KOROPP"]  # an opposition leader's crowd
    assert _codes(mentions, "supporters") == ["KOROPP"]
    assert not any(m.span.text == "Yoon" for m in mentions if m.code == "KORGOV")


@pytest.mark.model
def test_supporters_of_no_one_named_stay_uncoded(parse: Parse) -> None:
    text = "LONDON (EWS) - Supporters gathered outside the stadium before the final on Saturday."
    mentions = _actors(parse, text)
    assert not any(m.rule == "coref:followers" for m in mentions)


@pytest.mark.model
def test_foreign_funded_groups_are_the_accusers_ngos(parse: Parse) -> None:
    text = (
        "BISHKEK (EWS) - Hungary's Prime Minister Viktor Orban accused foreign-funded groups "
        "of stirring unrest in Budapest."
    )
    assert _codes(_actors(parse, text), "foreign-funded groups") == ["HUNNGO"]


@pytest.mark.model
def test_the_council_is_the_council_named_before(parse: Parse) -> None:
    text = (
        "LIMA (EWS) - Peru's National Electoral Council declared the incumbent the winner on "
        "Monday. Turnout was high in the south. Observers said queues were long in Cusco. "
        "Chile's President Gabriel Boric called on the council to release the full results."
    )
    assert _codes(_actors(parse, text), "the council") == ["PERGOV"]
    text = (
        "LIMA (EWS) - Peru's National Electoral Council met on Monday. The council said the "
        "count would end on Friday."
    )
    assert _codes(_actors(parse, text), "The council") == ["PERGOV"]
    text = "LIMA (EWS) - Chile's President Gabriel Boric called on the council to act."
    assert _codes(_actors(parse, text), "the council") == []


@pytest.mark.model
def test_the_paramilitary_group_is_the_armed_group_named(parse: Parse) -> None:
    text = (
        "KHARTOUM (EWS) - The army said the Rapid Support Forces had shelled a market. "
        "General Abdel Fattah al-Burhan said the paramilitary group would be crushed."
    )
    assert _codes(_actors(parse, text, "2025-04-15"), "the paramilitary group") == ["SDNREBRSF"]


@pytest.mark.model
def test_the_two_ministers_are_both_countries_ministers(parse: Parse) -> None:
    text = (
        "WASHINGTON (EWS) - The foreign ministers of Kenya and Ethiopia signed a border accord "
        "on Friday. President Donald Trump met the two ministers at the White House."
    )
    assert sorted(_codes(_actors(parse, text), "the two ministers")) == ["ETHGOV", "KENGOV"]


@pytest.mark.model
def test_their_ministers_after_two_leaders_are_both_countries(parse: Parse) -> None:
    text = (
        "WASHINGTON (EWS) - Kenyan President William Ruto and Ethiopian Prime Minister Abiy "
        "Ahmed watched their foreign ministers initial a border treaty on Friday."
    )
    codes = _codes(_actors(parse, text), "their foreign ministers")
    assert sorted(c or "" for c in codes) == ["ETHGOV", "KENGOV"]
    text = "NAIROBI (EWS) - Kenya said their foreign ministers would meet on Friday."
    assert len(_codes(_actors(parse, text), "their foreign ministers")) <= 1


@pytest.mark.model
def test_opposition_supporters_are_the_opposition(parse: Parse) -> None:
    text = "DHAKA (EWS) - Police arrested dozens of Bangladeshi opposition supporters on Sunday."
    found = [m for m in _actors(parse, text) if m.span.text.endswith("opposition supporters")]
    assert [m.code for m in found] == ["BGDOPP"]
