"""Parses wire copy trips on, and what the parties of a settlement are: "Sudan's government
and southern rebels" is two parties of one country, "militants tunnelled into Israel and
captured a soldier" has its verb, and what a deal is "on" is its matter, not a deed done.
Through the whole pipeline, with our own sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_a_government_and_rebels_are_two_parties_of_one_state(pipeline: Any, parse: Parse) -> None:
    text = "Sudan's government and southern rebels signed a peace agreement in Nairobi."
    result = pipeline.extract(parse(text, "2005-01-09"))
    pairs = {(e.source.code, e.target.code) for e in result.events if e.source and e.target}
    assert pairs == {("SDNGOV", "SDNREB"), ("SDNREB", "SDNGOV")}


@pytest.mark.model
def test_a_past_form_after_a_root_noun_is_the_verb(pipeline: Any, parse: Parse) -> None:
    text = "Palestinian militants tunnelled into Israel and captured an Israeli soldier."
    assert ("PSE", "ISR", "181") in triples(
        list(pipeline.extract(parse(text, "2006-06-25")).events)
    )


@pytest.mark.model
def test_what_a_deal_is_on_is_not_done(pipeline: Any, parse: Parse) -> None:
    text = "Arafat and Netanyahu reached agreement today on an Israeli troop pullback from Hebron."
    got = triples(list(pipeline.extract(parse(text, "1997-01-15")).events))
    assert got == {("PSE", "ISR", "030"), ("ISR", "PSE", "030")}


@pytest.mark.model
def test_a_nationality_on_a_ship_names_its_owner_not_a_place(pipeline: Any, parse: Parse) -> None:
    text = "Bombers in a boat blew a hole in the U.S. destroyer Cole, killing 17 sailors."
    result = pipeline.extract(parse(text, "2000-10-12"))
    assert all(e.location is None or e.location.country != "USA" for e in result.events)
    assert all(e.source is None or e.source.country != "USA" for e in result.events)
    # ground or a building keeps its nation: the embassy is Britain's
    text = "Thousands of Iranians protested outside the British embassy in Tehran."
    got = triples(list(pipeline.extract(parse(text, "2011-11-29")).events), root=True)
    assert ("IRN", "GBR", "14") in got


@pytest.mark.model
def test_a_role_placed_in_a_state_is_that_states(pipeline: Any, parse: Parse) -> None:
    text = "Soldiers in Burkina Faso detained President Roch Kabore, security sources said."
    result = pipeline.extract(parse(text, "2022-01-24"))
    assert {(e.source.code, e.cameo.code) for e in result.events if e.source} >= {("BFAMIL", "173")}


@pytest.mark.model
def test_soldiers_who_oust_a_government_are_its_states(pipeline: Any, parse: Parse) -> None:
    text = "Mali's president was ousted by mutinous soldiers on Thursday."
    result = pipeline.extract(parse(text, "2012-03-22"))
    assert {(e.source.code, e.target.code) for e in result.events if e.source and e.target} == {
        ("MLIMIL", "MLIGOV")
    }


@pytest.mark.model
def test_an_embassy_opened_abroad_ties_to_its_host(pipeline: Any, parse: Parse) -> None:
    text = "Canada reopened its embassy in Tehran on Monday."
    assert triples(list(pipeline.extract(parse(text, "2012-03-22")).events)) == {
        ("CAN", "IRN", "054")
    }
