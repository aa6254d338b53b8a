"""Acts the golden articles missed, each phenomenon pinned on an invented sentence."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from eventwire.coding.patterns import load_patterns
from eventwire.extract.events import EventOptions, extract_events
from eventwire.models import Event, ParsedArticle
from eventwire.pipeline import Pipeline
from wordcoded import coded_events, triples, word_actors

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Lima": "PERGOV",
    "Chilean": "CHL",
    "Peruvian": "PER",
    "Boric": "CHLGOV",
    "Santiago": "CHLGOV",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


@pytest.mark.model
def test_the_subject_of_a_raising_predicate_does_its_infinitive(parse: Parse) -> None:
    got = triples(events_of(parse, "Peru is due to sign the accord with Chile on Friday."))
    assert ("PER", "CHL", "030") in got
    got = triples(events_of(parse, "Peru is expected to sign the accord with Chile on Friday."))
    assert ("PER", "CHL", "030") in got
    text = "Chile is set to impose sanctions on Peru over the dispute."
    assert ("CHL", "PER", "163") in triples(events_of(parse, text))


@pytest.mark.model
def test_an_object_it_takes_the_words_of_the_object_before_it(parse: Parse) -> None:
    text = "Boric lifted the state of emergency on Monday, a week after he declared it in Santiago."
    codes = {e.cameo.code for e in events_of(parse, text)}
    assert {"0814", "1724"} <= codes
    # or in the sentence before
    text = "The border accord was signed in Lima in May. The Chilean Senate approved it on Monday."
    got = [e for e in events_of(parse, text) if e.trigger.text == "approved"]
    assert [e.cameo.code for e in got] == ["057"]


@pytest.mark.model
def test_placing_the_media_under_control_restricts_freedoms(parse: Parse) -> None:
    text = "The Peruvian army placed the media under military control on Monday."
    assert ("PER", "PER", "1721") in triples(events_of(parse, text))
    # under police guard, a building is no restriction of freedoms
    text = "The Peruvian army placed the building under police guard on Monday."
    assert all(e.cameo.code != "1721" for e in events_of(parse, text))


@pytest.mark.model
def test_an_act_joined_to_a_things_verb_is_the_earlier_clauses_doers(parse: Parse) -> None:
    text = (
        "The move came after Chile on Tuesday imposed tariffs on Peruvian copper, the country's"
        " main export, and urged Lima to reopen talks."
    )
    got = triples(events_of(parse, text), root=True)
    assert ("CHL", "PER", "02") in got


@pytest.mark.model
def test_a_reaction_to_the_move_targets_whoever_made_it(parse: Parse) -> None:
    text = "Chile closed its border with Peru on Monday. Lima condemned the move on Tuesday."
    got = triples(events_of(parse, text), root=True)
    assert ("PER", "CHL", "11") in got
    # a decision the reactor's own side took is no one else's
    text = "Peru closed its border with Chile on Monday. Lima praised the decision on Tuesday."
    got = triples(events_of(parse, text), root=True)
    assert all(t != "CHL" for s, t, r in got if r == "05")


@pytest.mark.model
def test_a_progressive_read_as_a_copula_complement_keeps_its_subject(parse: Parse) -> None:
    text = (
        "The rebels would continue separate talks with the army in Lima, where Chile is mediating."
    )
    assert ("CHL", None, "045") in triples(events_of(parse, text))
    # the progressive read as "is" with the participle as its attribute
    text = "Peru and Bolivia will meet in Doha, where Qatar is mediating."
    assert ("QAT", None, "045") in triples(coded_events(parse(text), {"Qatar": "QAT"}))
    # the progressive tagged as a noun after "is"
    text = "Qatar is mediating between Peru and Chile."
    got = triples(coded_events(parse(text), {**CODES, "Qatar": "QAT"}))
    assert {("QAT", "PER", "045"), ("QAT", "CHL", "045")} <= got


@pytest.mark.model
def test_a_region_a_state_administers_is_that_states(parse: Parse) -> None:
    text = "Gunmen killed nine people, most of them pilgrims, in Peruvian-administered Cusco."
    got = triples(coded_events(parse(text), {"Peruvian": "PER"}), root=True)
    # this dictionary has no "gunmen": a killing by no one named is force, its doer unknown
    assert (None, "PER", "19") in got


@pytest.mark.model
def test_denying_the_claim_answers_whoever_made_it(parse: Parse) -> None:
    text = (
        "Chile's army said Peruvian troops opened fire first near the border. Lima denied the"
        " claim on Friday."
    )
    got = triples(events_of(parse, text))
    assert ("PER", "CHL", "016") in got
    text = "Boric accused Peru of funding the protests, a claim Peruvian officials rejected."
    assert ("PER", "CHL", "12") in triples(events_of(parse, text), root=True)


@pytest.mark.model
def test_denying_a_role_in_the_attack_targets_whom_it_hit(parse: Parse) -> None:
    text = (
        "Gunmen killed 12 Chilean soldiers near Arica on Monday. Peru on Tuesday denied any"
        " role in the attack."
    )
    got = triples(events_of(parse, text))
    assert ("PER", "CHL", "016") in got
    # a denial of an act it names itself is not aimed at an earlier one
    text = (
        "Gunmen killed 12 Chilean soldiers near Arica on Monday. Peru on Tuesday denied any"
        " role in Sunday's bombing of a Bolivian bus."
    )
    assert ("PER", "CHL", "016") not in triples(events_of(parse, text))


@pytest.mark.model
def test_having_nothing_to_do_with_it_is_a_denial_by_the_speaker(parse: Parse) -> None:
    text = "Boric said Chile had nothing to do with the bombing."
    events = [e for e in events_of(parse, text) if e.cameo.code == "016"]
    assert [(e.source.code if e.source else None, e.trigger.text) for e in events] == [
        ("CHLGOV", "said")
    ]
    # with the attack told before, the denial is aimed at whom it hit
    text = (
        "Gunmen killed 12 Peruvian soldiers near Tacna. Boric said Chile had nothing to do"
        " with the attack."
    )
    assert ("CHL", "PER", "016") in triples(events_of(parse, text))
    # nothing to hide is no denial
    assert not events_of(parse, "Boric said Chile had nothing to hide.")


@pytest.mark.model
def test_ordering_an_embassys_closure_reduces_relations(parse: Parse) -> None:
    text = "Chile on Monday ordered the closure of Peru's consulate in Arica."
    assert ("CHL", "PER", "161") in triples(events_of(parse, text))
    # the closure of a road is no diplomatic act
    text = "Chile on Monday ordered the closure of the road to Peru."
    assert all(e.cameo.code != "161" for e in events_of(parse, text))


@pytest.mark.model
def test_a_verb_read_as_a_participle_of_its_subject_keeps_it(parse: Parse) -> None:
    text = (
        "Sudan's government, which was not invited, protested to London in a letter last"
        " week, accusing Britain of bias."
    )
    got = triples(coded_events(parse(text), {"Sudan": "SDN", "London": "GBR"}), root=True)
    assert ("SDN", "GBR", "11") in got


@pytest.mark.model
def test_diplomats_from_a_list_of_countries_are_each_countrys(parse: Parse) -> None:
    text = "Chile expelled diplomats from Peru, Bolivia and Ecuador on Monday."
    codes = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU"}
    parsed = parse(text)
    # the actor stage's mention: "diplomats from Peru", coded as Peru's government
    first = next(t.i for t in parsed.tokens if t.text == "diplomats")
    peru = next(t.i for t in parsed.tokens if t.text == "Peru")
    actors = word_actors(parsed, codes)
    actors = [
        dataclasses.replace(a, code="PERGOV", token_start=first, head=first)
        if a.head == peru
        else a
        for a in actors
    ]
    events = extract_events(parsed, actors, [], [], load_patterns(), EventOptions())
    got = {(e.target.code if e.target else None) for e in events if e.cameo.code == "161"}
    assert {"PERGOV", "BOLGOV", "ECUGOV"} <= got


@pytest.mark.model
def test_rejecting_the_result_of_a_clause_targets_its_doer(pipeline: Pipeline) -> None:
    # the whole pipeline: "electoral authorities" is a role with no country of its own
    text = (
        "LIMA (EWS) - Riots broke out on Monday after electoral authorities declared Pedro"
        " Castillo the winner of Sunday's presidential runoff, a result the opposition"
        " rejected as rigged."
    )
    events = pipeline.process_text(text, published="2025-06-10").events
    got = {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.trigger.text == "rejected"
    }
    assert got == {("PEROPP", "PERGOV")}


@pytest.mark.model
def test_a_visit_with_no_state_named_is_to_whoever_hosts_the_visitor(parse: Parse) -> None:
    text = (
        "Boric hosted Boluarte for talks in Santiago on Monday, the first day of Boluarte's"
        " first visit to South America in two years."
    )
    codes = {"Boric": "CHLGOV", "Boluarte": "PERGOV"}
    got = triples(coded_events(parse(text), codes))
    assert ("PER", "CHL", "042") in got


@pytest.mark.model
def test_blocking_the_thing_another_adopted_is_aimed_at_its_maker(parse: Parse) -> None:
    text = "Peru on Monday adopted a package of tariffs on Chilean wine. Boric blocked the package."
    got = triples(events_of(parse, text), root=True)
    assert ("CHL", "PER", "12") in got
    # a package named as another's is not the earlier one's
    text = "Peru on Monday adopted a package of tariffs. Boric blocked Bolivia's package."
    got = triples(events_of(parse, text), root=True)
    assert ("CHL", "PER", "12") not in got


@pytest.mark.model
def test_praising_the_pact_one_signed_is_praise_of_the_deal(parse: Parse) -> None:
    # praise of a deal one's own side signed is of the deal, not of the counterpart
    text = "Chile and Peru signed a border treaty in Lima. Boric called the treaty historic."
    got = triples(events_of(parse, text))
    assert ("CHL", None, "051") in got and ("CHL", "PER", "051") not in got
    # a pact others signed is praise of its makers
    text = "Peru and Bolivia signed a border treaty in Lima. Boric called the treaty historic."
    assert ("CHL", "PER", "051") in triples(events_of(parse, text))


@pytest.mark.model
def test_the_possessive_of_a_declaration_declares_its_act(parse: Parse) -> None:
    text = (
        "Investigators questioned two generals on Monday over Boric's declaration of martial law."
    )
    got = [e for e in events_of(parse, text) if e.cameo.code == "1724"]
    assert [e.source.code if e.source else None for e in got] == ["CHLGOV"]
