"""Argument picking and sub-codes the dev errors showed: whose act a judged or decided act is,
objects the parser hung elsewhere, promises whose recipient sits in their complement, "they"
for several speakers, and verbs that read like political acts but are not (troops arriving,
lobbies mobilized, help to do something, the shooting a condolence is for).

Actor mentions are built by hand from a table of words and codes, so these tests pin the event
stage alone; each sentence is invented in wire style.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Chilean": "CHLCVL",
    "Canadian": "CANMIL",
    "Norway": "NOR",
    "Canada": "CAN",
    "Yemen": "YEM",
    "rebels": "PERREB",
    "minister": "PERGOV",
    "Russian": "RUSCVL",
}


def events_of(parse: Parse, text: str, extra: dict[str, str] | None = None) -> list[Event]:
    return coded_events(parse(text), {**CODES, **(extra or {})})


def summary(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return triples(events)


@pytest.mark.model
def test_a_condemned_acts_doer_is_the_target_even_after_an_as_phrase(parse: Parse) -> None:
    text = "Peru condemned as a grave provocation Chile's crackdown on students."
    assert ("PER", "CHL", "111") in summary(events_of(parse, text))


@pytest.mark.model
def test_the_possessive_of_an_act_on_someone_named_by_of_is_its_doer(parse: Parse) -> None:
    events = events_of(parse, "Peru condemned Chile's arrest of two fishermen.")
    arrests = [e for e in events if e.cameo.root == "17"]
    assert arrests and all(e.source is not None and e.source.country == "CHL" for e in arrests)
    assert ("PER", "CHL", "111") in summary(events)


@pytest.mark.model
def test_who_decided_to_act_does_the_act(parse: Parse) -> None:
    events = events_of(parse, "Norway praised Canada's decision to send aid.")
    aid = [e for e in events if e.cameo.root == "07"]
    assert all(e.source is not None and e.source.country == "CAN" for e in aid)


@pytest.mark.model
def test_a_pledge_to_send_aid_is_one_promise_to_its_recipient(parse: Parse) -> None:
    events = events_of(parse, "Norway pledged to send economic aid to Yemen.")
    assert summary(events) == {("NOR", "YEM", "0331")}


@pytest.mark.model
def test_grief_at_a_shooting_no_one_is_named_for_is_no_attack(parse: Parse) -> None:
    events = events_of(parse, "The minister expressed grief at the shooting in Lima.")
    assert events and {e.cameo.root for e in events} == {"01"}


@pytest.mark.model
def test_peacekeepers_arriving_provide_peacekeeping(parse: Parse) -> None:
    events = events_of(parse, "Canadian peacekeeping troops arrived in Yemen on Monday.")
    assert ("CAN", "YEM", "074") in summary(events)
    assert "042" not in {e.cameo.code for e in events}


@pytest.mark.model
def test_troops_arriving_are_no_visit(parse: Parse) -> None:
    for text in ("Canadian troops arrived in Yemen.", "Canadian soldiers arrived in Yemen."):
        assert "042" not in {e.cameo.code for e in events_of(parse, text)}
    # a minister arriving still visits
    assert ("PER", "CHL", "042") in summary(events_of(parse, "The minister arrived in Chile."))


@pytest.mark.model
def test_mobilizing_lobbies_is_no_military_mobilization_nor_aid(parse: Parse) -> None:
    text = "Norway mobilized business lobbies in Chile to help promote the treaty."
    roots = {e.cameo.root for e in events_of(parse, text)}
    assert "15" not in roots and "07" not in roots
    # helping with aid is still aid
    assert ("CAN", "YEM", "070") in summary(events_of(parse, "Canada helped Yemen with aid."))


@pytest.mark.model
def test_they_said_by_several_speakers_is_each_of_them(parse: Parse) -> None:
    # coreference resolved "they" to the first speaker only
    events = events_of(parse, "Peru and Chile said they would attack Yemen.", {"they": "PER"})
    assert {s for s, _, _ in summary(events)} == {"PER", "CHL"}


@pytest.mark.model
def test_accepting_a_plan_agrees_to_it(parse: Parse) -> None:
    text = "Peru accepted a plan for ending its border dispute with Chile."
    assert "030" in {e.cameo.code for e in events_of(parse, text)}


@pytest.mark.model
def test_up_to_n_people_is_the_object(parse: Parse) -> None:
    text = "The rebels have kidnapped up to 16 Russian aid workers from a bus depot."
    assert summary(events_of(parse, text)) == {("PER", "RUS", "181")}


@pytest.mark.model
def test_the_opener_of_an_inquiry_did_not_do_what_it_looks_into(parse: Parse) -> None:
    text = "Peru opened an inquiry into the detention of Chilean fishermen."
    detentions = [e for e in events_of(parse, text) if e.cameo.root == "17"]
    assert all(e.source is None or e.source.country != "PER" for e in detentions)


@pytest.mark.model
def test_a_light_verb_carries_its_nouns_target(parse: Parse) -> None:
    text = "The minister extended a cordial welcome to Chile's president on his arrival."
    assert ("PER", "CHL", "043") in summary(events_of(parse, text))


@pytest.mark.model
def test_acts_down_a_refusals_infinitives_did_not_happen(parse: Parse) -> None:
    events = events_of(parse, "Peru refused to let Chile send aid to the refugees.")
    assert {e.cameo.root for e in events} == {"12"}
    text = "Peru urged Chile to let Canada trucks cross and deliver aid to the camps."
    assert {e.cameo.root for e in events_of(parse, text)} == {"02"}
    # a finite verb joined to the infinitive is the main clause's own act
    text = "Peru refused to step down and accused Chile of rigging the vote."
    assert ("PER", "CHL", "112") in summary(events_of(parse, text))


@pytest.mark.model
def test_a_refusal_to_let_someone_act_targets_them(parse: Parse) -> None:
    text = "The rebels refused to allow Canadian aircraft to land and collect the injured."
    events = events_of(parse, text)
    assert events and all(e.target is not None and e.target.country == "CAN" for e in events)


@pytest.mark.model
def test_force_on_guerrillas_is_not_on_the_claimants_state(parse: Parse) -> None:
    extra = {"Peruvian": "PERMIL", "police": "CHLCOP"}
    text = "Peruvian commandos overran a guerrilla camp in the jungle, Chile police said."
    events = [e for e in events_of(parse, text, extra) if e.cameo.root == "19"]
    assert events and all(e.target is None or e.target.country != "CHL" for e in events)
    # with no one named, the claimant's state stands in as before
    text = "Peruvian troops shelled a village overnight, Chile police said."
    assert ("PER", "CHL", "194") in summary(events_of(parse, text, extra))


@pytest.mark.model
def test_a_target_after_a_list_of_weapons_is_the_target(parse: Parse) -> None:
    extra = {"Peruvian": "PERMIL"}
    text = "Peruvian gunners launched artillery, mortar and rocket fire against Chilean villages."
    assert {(s, t) for s, t, _ in summary(events_of(parse, text, extra))} == {("PER", "CHL")}


@pytest.mark.model
def test_being_in_custody_is_a_state_not_an_arrest(parse: Parse) -> None:
    text = "A Chilean student died on Monday while in Peru police custody, his family said."
    assert not any(e.cameo.root == "17" for e in events_of(parse, text))


@pytest.mark.model
def test_placing_someone_in_custody_is_an_arrest_not_an_alert(parse: Parse) -> None:
    events = events_of(parse, "Peru placed the Chilean consul in police custody on Monday.")
    assert summary(events) == {("PER", "CHL", "173")}
