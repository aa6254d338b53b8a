"""Acts that did not happen as told: conditions, another's expectations, failed attempts,
plans (coded as intents), and denials of taking part (coded as denials, CAMEO 016).

Actor mentions are coded by word, so these tests pin the event stage alone.
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
    "Lima": "PER",
    "Chilean": "CHL",
    "Peruvian": "PER",
    "minister": "PERGOV",
    "Garcia": "PEROPP",
    "police": "PERCOP",
    "guards": "PERGOV",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def of_root(events: list[Event], *roots: str) -> list[Event]:
    return [e for e in events if e.cameo.root in roots]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lima said a settlement would depend on the withdrawal of Chilean troops.",
        "Peru said any deal was conditional on the release of Peruvian prisoners by Chile.",
    ],
)
def test_an_act_named_as_a_condition_is_hypothetical(parse: Parse, text: str) -> None:
    acts = of_root(events_of(parse, text), "08", "03")
    assert acts, text
    assert all(e.modality == "hypothetical" for e in acts), text


@pytest.mark.model
def test_what_a_refusal_waits_for_has_not_happened(parse: Parse) -> None:
    text = "Peru said its cabinet would not meet to ratify the deal until Chile backed down."
    yielded = of_root(events_of(parse, text), "08")
    assert yielded and all(e.modality == "hypothetical" for e in yielded)
    # fighting until someone withdrew: the withdrawal happened
    done = of_root(events_of(parse, "Peruvian troops held the pass until Chile withdrew."), "08")
    assert done and all(e.modality == "asserted" for e in done)


@pytest.mark.model
def test_an_act_another_expects_is_no_act_nor_a_promise_of_its_doer(parse: Parse) -> None:
    text = "The minister said he expected the Chilean president to visit Lima next month."
    visits = of_root(events_of(parse, text), "04", "03")
    assert visits and all(e.modality == "hypothetical" for e in visits)
    hoped = events_of(parse, "Peru hopes Chile will sign the accord.")
    assert hoped and all(e.modality == "hypothetical" for e in hoped)
    # one's own expectation to act is a stated plan, coded as an intent to meet
    own = events_of(parse, "Peru expects to hold talks with Chile next month.")
    assert own and all(e.modality == "intended" and e.cameo.root == "03" for e in own)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A first attempt to detain Garcia failed on Monday after guards blocked the police.",
        "Guards thwarted an attempt by police to arrest Garcia on Monday.",
        "Police made a failed attempt to arrest Garcia at his home on Monday.",
    ],
)
def test_a_failed_attempt_is_a_negated_act(parse: Parse, text: str) -> None:
    arrests = [e for e in events_of(parse, text) if e.cameo.code.startswith("173")]
    assert arrests, text
    assert all(e.negated for e in arrests), text


@pytest.mark.model
def test_an_attempt_not_said_to_fail_is_not_negated(parse: Parse) -> None:
    text = "Police attempted to arrest Garcia at his home on Monday."
    arrests = [e for e in events_of(parse, text) if e.cameo.code.startswith("173")]
    assert arrests and not any(e.negated for e in arrests)


@pytest.mark.model
def test_an_obligation_to_withdraw_is_an_intent_to_de_escalate(parse: Parse) -> None:
    text = "Under the accord, Peru is to withdraw its troops from Chilean territory within a month."
    acts = [e for e in events_of(parse, text) if e.source and e.source.country == "PER"]
    assert acts and all(e.modality == "intended" for e in acts)
    assert {e.cameo.code for e in acts} == {"0356"}


@pytest.mark.model
def test_a_speaker_denying_its_own_side_took_part_denies_responsibility(parse: Parse) -> None:
    text = "The minister said Peru was not involved in the air strikes on Chile."
    events = events_of(parse, text)
    assert not of_root(events, "18", "19", "20")
    denials = [e for e in events if e.cameo.code == "016"]
    assert denials and all(e.source and e.source.country == "PER" for e in denials)
    assert not any(e.negated for e in denials)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru has yet to ratify the border treaty with Chile.", "057"),
        ("Peru stopped short of recognising the Chilean government.", "054"),
    ],
)
def test_an_act_not_yet_done_is_negated(parse: Parse, text: str, code: str) -> None:
    acts = [e for e in events_of(parse, text) if e.cameo.code == code]
    assert acts and all(e.negated for e in acts), text


@pytest.mark.model
def test_an_act_under_consideration_is_hypothetical(parse: Parse) -> None:
    text = "Peru is considering sending troops to Chile."
    moves = of_root(events_of(parse, text), "15")
    assert moves and all(e.modality == "hypothetical" for e in moves)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected a proposal to hold talks with Chile.",
        "Peru refused calls to release the Chilean sailors.",
    ],
)
def test_the_matter_of_a_rejection_is_no_act(parse: Parse, text: str) -> None:
    events = events_of(parse, text)
    assert events and all(e.cameo.root == "12" for e in events), text


@pytest.mark.model
def test_an_act_done_by_neither_party_is_negated(parse: Parse) -> None:
    signed = events_of(parse, "Neither Peru nor Chile signed the fisheries accord.")
    assert signed and all(e.negated for e in signed)


@pytest.mark.model
def test_an_appeal_made_by_agreeing_to_it_is_made(parse: Parse) -> None:
    # coded as the appeal (02), so it is listed as done, not as an intent with no 03x code
    text = "Peru and Chile agreed on Monday to call for a truce in the border war."
    appeals = of_root(events_of(parse, text), "02")
    assert appeals and all(e.modality == "asserted" for e in appeals)
    pledged = of_root(events_of(parse, "Peru pledged to call for a truce in the war."), "02")
    assert pledged and all(e.modality == "intended" for e in pledged)


@pytest.mark.model
def test_a_possible_or_planned_attack_is_no_attack(parse: Parse) -> None:
    for text in (
        "Officials in Lima fear a possible Chilean attack on Peru.",
        "Police foiled a planned attack on the Chilean embassy in Lima.",
    ):
        force = of_root(events_of(parse, text), "19")
        assert force and all(e.modality == "hypothetical" for e in force), text


@pytest.mark.model
def test_a_planned_visit_is_an_intent_to_meet(parse: Parse) -> None:
    visits = events_of(parse, "Peru announced a planned visit to Chile next month.")
    assert ("PER", "CHL", "036") in triples(visits)
    assert all(e.modality == "intended" for e in visits)


@pytest.mark.model
def test_a_promised_deployment_is_no_threat_unless_told_as_one(parse: Parse) -> None:
    text = "Chile will send 300 police officers to Peru to help secure the elections."
    sent = [(e.cameo.root, e.modality) for e in events_of(parse, text) if e.trigger.text == "send"]
    assert sent == [("15", "intended")]
    text = "Chile threatened to send troops to the border if Peru kept building the wall."
    assert "138" in {e.cameo.code for e in events_of(parse, text)}
