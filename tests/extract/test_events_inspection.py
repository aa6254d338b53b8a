"""Errors an inspection of the sample corpus found, each pinned on an invented sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Norway": "NOR",
    "Malaysia": "MYS",
    "Lima": "PER",
    "Garcia": "PERPTY",
    "lawmaker": "PERLEG",
    "court": "PERJUD",
    "Quito": "ECU",
    "Peruvian": "PER",
    "Chilean": "CHL",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def pairs(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return triples(events, root=True)


@pytest.mark.model
def test_aid_pledged_for_a_country_targets_it(parse: Parse) -> None:
    text = "Chile and Norway pledged $40 million in food aid for Peru on Monday."
    got = pairs(events_of(parse, text))
    assert ("CHL", "PER", "03") in got
    assert ("NOR", "PER", "03") in got
    assert all(t == "PER" for _, t, _ in got)


@pytest.mark.model
def test_a_reciprocal_subject_agreeing_a_truce_gives_both_directions(parse: Parse) -> None:
    # agreeing to a truce commits to stop fighting (0356), as the codebook's 0356 has it
    got = pairs(events_of(parse, "Peru and Chile agreed on Sunday to a full ceasefire."))
    assert ("PER", "CHL", "03") in got
    assert ("CHL", "PER", "03") in got


@pytest.mark.model
def test_rejecting_an_appeal_by_someone_targets_the_appellant(parse: Parse) -> None:
    text = "Peru on Friday rejected an appeal by Chile against a ruling that shut its fleet out."
    assert ("PER", "CHL", "12") in pairs(events_of(parse, text))
    # the named appellant is an apposition to a role: "by opposition leader Alan Garcia"
    text = (
        "Chile on Friday rejected an appeal by left-wing politician Alan Garcia against a ruling."
    )
    assert ("CHL", "PER", "12") in pairs(events_of(parse, text))
    text = "The top court on Friday rejected an appeal by the lawmaker against his expulsion."
    assert ("PER", "PER", "12") in pairs(events_of(parse, text))
    text = "Peru on Friday turned down a request by Chile for an extension of the fishing season."
    assert ("PER", "CHL", "12") in pairs(events_of(parse, text))


@pytest.mark.model
def test_the_city_where_talks_were_held_is_no_target(parse: Parse) -> None:
    got = pairs(events_of(parse, "Peru agreed on Monday to a truce at talks in Quito."))
    assert ("PER", "ECU", "03") not in got
    got = pairs(events_of(parse, "Peru and Chile agreed to a ceasefire at a summit in Quito."))
    assert got == {("PER", "CHL", "03"), ("CHL", "PER", "03")}


@pytest.mark.model
def test_allies_striking_a_third_party_are_not_each_others_targets(parse: Parse) -> None:
    text = "Rebels regrouped after Peruvian and Chilean air strikes on their jungle camps."
    got = pairs(events_of(parse, text))
    assert ("PER", "CHL", "19") not in got and ("CHL", "PER", "19") not in got
    text = "Peru and Chile launched joint raids against rebel camps on Monday."
    got = pairs(events_of(parse, text))
    assert ("PER", "CHL", "19") not in got and ("CHL", "PER", "19") not in got
    # fighting each other stays mutual
    got = pairs(events_of(parse, "Peru and Chile fought along the border on Monday."))
    assert ("PER", "CHL", "19") in got


@pytest.mark.model
def test_not_being_involved_in_an_attack_negates_it(parse: Parse) -> None:
    for text in (
        "Chile said on Monday that Peru was not involved in the air strikes.",
        "Peru did not take part in the raids, Chile said.",
    ):
        force = [e for e in events_of(parse, text) if e.cameo.root in ("18", "19")]
        assert force and all(e.negated for e in force), text


@pytest.mark.model
def test_an_opposition_leaders_criticism_with_no_one_named_is_of_the_authorities(
    parse: Parse,
) -> None:
    text = 'Opposition leader Garcia called the arrests "an attack on democracy" on Monday.'
    got = [e for e in coded_events(parse(text), {"Garcia": "PEROPP"}) if e.cameo.root == "11"]
    assert [e.target.code if e.target else None for e in got] == ["PERGOV"]
