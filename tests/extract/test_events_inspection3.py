"""Roots and modality an inspection of the sample corpus found wrong, each pinned on an
invented sentence: arrivals in exile, expulsions with no doer, filed motions, options under
consideration and acts named inside an accusation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PERGOV",
    "Chile": "CHLGOV",
    "Lima": "PER",
    "Ortega": "CHLOPP",
    "Santiago": "CHLGOV",
    "party": "PEROPP",
    "Boluarte": "PERGOV",
    "Quito": "ECU",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


@pytest.mark.model
def test_arriving_in_exile_is_no_visit(parse: Parse) -> None:
    text = "Ortega arrived in Lima on Monday after Peru granted him political asylum."
    codes = {e.cameo.code for e in events_of(parse, text)}
    assert "042" not in codes
    assert "075" in codes  # the grant of asylum is the act
    text = "Ortega flew to Quito on Monday after fleeing a wave of arrests at home."
    assert "042" not in {e.cameo.code for e in events_of(parse, text)}
    # an arrival for talks stays a visit
    text = "Ortega arrived in Lima on Monday for talks with Boluarte."
    assert "042" in {e.cameo.code for e in events_of(parse, text)}


@pytest.mark.model
def test_a_passive_expulsion_with_no_doer_is_no_event(parse: Parse) -> None:
    text = "A lawyer for Ortega said Ortega had been forced to leave because of threats."
    assert not [e for e in events_of(parse, text) if e.cameo.root in ("16", "17")]
    text = "Peru forced the Chile monitors to leave on Monday."
    assert ("PER", "CHL", "166") in triples(events_of(parse, text))


@pytest.mark.model
def test_a_filed_motion_is_the_demand_made(parse: Parse) -> None:
    text = "The opposition party submitted a motion to impeach Boluarte on Tuesday."
    got = [e for e in events_of(parse, text) if e.cameo.code == "1041"]
    assert got and all(e.modality == "asserted" for e in got)
    # a motion asking for something other than a demand does not make it done
    text = "Peru submitted a resolution to impose sanctions on Chile on Tuesday."
    got = [e for e in events_of(parse, text) if e.cameo.root == "16"]
    assert all(e.modality != "asserted" for e in got)
    # a motion that is only planned stays a plan
    text = "The opposition party plans to submit a motion to impeach Boluarte next week."
    got = [e for e in events_of(parse, text) if e.cameo.code == "1041"]
    assert got and all(e.modality != "asserted" for e in got)


@pytest.mark.model
def test_saying_an_option_is_under_consideration_is_the_consideration(parse: Parse) -> None:
    text = "Boluarte said Peru would consider sending more police to the border with Chile."
    got = [e for e in events_of(parse, text) if e.cameo.code == "014"]
    assert got and all(e.modality == "asserted" for e in got)


@pytest.mark.model
def test_mediating_between_two_parties_targets_each(parse: Parse) -> None:
    text = "Quito has been mediating between Peru and Chile since the border clashes in March."
    got = {t for t in triples(events_of(parse, text)) if t[2] == "045"}
    assert got == {("ECU", "PER", "045"), ("ECU", "CHL", "045")}
    # the parties of a brokered talk are mediated with too
    text = "Quito mediated talks between Peru and Chile over the border on Monday."
    got = {t for t in triples(events_of(parse, text)) if t[2] == "045"}
    assert {("ECU", "PER", "045"), ("ECU", "CHL", "045")} <= got


@pytest.mark.model
def test_a_refusal_until_another_side_moves_targets_that_side(parse: Parse) -> None:
    text = "Peru refused to sign the border accord until Chile withdrew its troops."
    got = [e for e in events_of(parse, text) if e.cameo.root == "12"]
    assert ("PER", "CHL", "120") in triples(got)
    text = "Peru rejected the proposal until Chile apologized for the raid."
    assert ("PER", "CHL", "127") in triples(events_of(parse, text))


@pytest.mark.model
def test_an_act_named_inside_an_accusation_is_not_an_act_of_its_own(parse: Parse) -> None:
    # "of funding the protests" hangs on the accused, not on the verb: still the charge's content
    text = "Boluarte accused foreign agents of funding the protests in Lima to topple her."
    events = events_of(parse, text)
    assert {e.cameo.code[:2] for e in events} == {"11"}
    assert not [e for e in events if e.cameo.code.startswith("14")]
