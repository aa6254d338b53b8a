"""Whom an answer is aimed at when the act it answers was told before or beside it: denials of a
part in force, reactions to an act named back with a definite noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Lima": "PERGOV",
    "Chile": "CHL",
    "Santiago": "CHLGOV",
    "tourists": "CHLCVL",
    "Bolivia": "BOL",
    "Boric": "CHLGOV",
    "commission": "CHLJUD",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def coded(events: list[Event], code: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of each event with CAMEO ``code``."""
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.cameo.code == code
    }


@pytest.mark.model
def test_a_denial_of_a_part_in_killings_is_aimed_at_the_victims_state(parse: Parse) -> None:
    text = (
        "Gunmen killed 14 tourists near Arica on Monday. Peru on Tuesday denied any role in"
        " the killings."
    )
    assert coded(events_of(parse, text), "016") == {("PER", "CHL")}


@pytest.mark.model
def test_a_denial_answers_an_earlier_accuser_first(parse: Parse) -> None:
    text = (
        "Gunmen killed 14 tourists near Arica on Monday. Bolivia accused Peru of arming the"
        " gunmen. Lima denied any role in the attack."
    )
    assert coded(events_of(parse, text), "016") == {("PERGOV", "BOL")}


@pytest.mark.model
def test_condemning_an_act_named_back_is_aimed_at_its_doer(parse: Parse) -> None:
    text = (
        "Peru fired a ballistic missile into the sea on Monday. Santiago lodged a protest with"
        " Bolivia. Chile condemned the launch and called for calm."
    )
    assert coded(events_of(parse, text), "111") == {("CHL", "PER")}
    text = "Peru shelled Chilean border posts on Monday. Chile condemned the attack."
    assert coded(events_of(parse, text), "111") == {("CHL", "PER")}
    # an act the condemnation names itself, or the reactor's own, is no answer to an earlier one
    text = "Peru shelled Chilean border posts on Monday. Chile condemned any attack on civilians."
    assert coded(events_of(parse, text), "111") == {("CHL", None)}
    text = "Chile shelled Peruvian border posts on Monday. Santiago condemned the attack."
    assert coded(events_of(parse, text), "111") == {("CHLGOV", None)}


@pytest.mark.model
def test_condemning_drills_named_back_is_aimed_at_who_held_them(parse: Parse) -> None:
    text = "Peru and Bolivia began joint naval exercises on Monday. Chile condemned the drills."
    assert coded(events_of(parse, text), "111") == {("CHL", "PER")}


@pytest.mark.model
def test_declining_to_promise_an_act_refuses_the_asker_not_the_acts_object(parse: Parse) -> None:
    text = "Peru did not commit to cutting gas sales to Bolivia, officials said."
    assert coded(events_of(parse, text), "120") == {("PER", None)}
    text = (
        "Chile urged Peru to cut gas sales to Bolivia. Peru did not commit to cutting gas sales"
        " to Bolivia."
    )
    assert coded(events_of(parse, text), "120") == {("PER", "CHL")}


@pytest.mark.model
def test_a_vow_to_fight_until_a_side_is_defeated_is_aimed_at_it(parse: Parse) -> None:
    text = "Santiago vowed to keep fighting until Bolivia is defeated."
    assert ("CHLGOV", "BOL") in {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events_of(parse, text)
    }
    # a clause of time with no side defeated names no one
    text = "Santiago vowed to keep fighting until the end of the year."
    assert all(e.target is None for e in events_of(parse, text))


@pytest.mark.model
def test_an_inquiry_is_aimed_at_whom_the_sentence_says_it_questions(parse: Parse) -> None:
    text = "The commission, which leads the probe, has two days to question Boric."
    events = [e for e in events_of(parse, text) if e.cameo.root == "09"]
    assert events and all(e.target is not None and e.target.code == "CHLGOV" for e in events)
    # a probe with no one questioned beside it is the commission's own country's
    text = "The commission, which leads the probe, has two days to finish its report."
    events = [e for e in events_of(parse, text) if e.cameo.root == "09"]
    assert events and all(
        e.target is not None and e.source is not None and e.target.code == e.source.country
        for e in events
    )


@pytest.mark.model
def test_praise_of_an_agreement_ones_side_signed_has_no_target(parse: Parse) -> None:
    text = (
        "Chile and Peru signed a peace agreement on Friday. Santiago called the agreement"
        ' "historic" but said peace would depend on Peru.'
    )
    assert coded(events_of(parse, text), "051") == {("CHLGOV", None)}


@pytest.mark.model
def test_a_decision_reacted_to_is_the_main_clauses_not_an_act_in_its_reason(
    parse: Parse,
) -> None:
    text = (
        "Peru on Monday ordered the closure of Chile's consulate, after investigators "
        "concluded that Chile had ordered an arson attack in Lima. Santiago condemned the "
        "decision."
    )
    condemned = [e for e in events_of(parse, text) if e.trigger.text == "condemned"]
    assert [(e.target.country if e.target else None) for e in condemned] == ["PER"]


@pytest.mark.model
def test_measures_and_decisions_reacted_to_are_acts_not_words(parse: Parse) -> None:
    text = (
        "Chile imposed sanctions on Peru on Monday. Bolivia criticized the sanctions as harsh."
        " Peru condemned the measures."
    )
    assert ("PER", "CHL") in coded(events_of(parse, text), "111")
    # the nearest act before "the decision" is a condemnation: the decision is the one before
    text = (
        "Chile closed its border with Peru on Monday. Bolivia condemned the move."
        " Peru welcomed the decision."
    )
    assert coded(events_of(parse, text), "051") == {("PER", "CHL")}


@pytest.mark.model
def test_what_sanctions_target_is_no_attack(parse: Parse) -> None:
    text = "Chile adopted a package of sanctions against Peru, targeting its gas imports."
    events = events_of(parse, text)
    assert {e.cameo.root for e in events} == {"16"}
