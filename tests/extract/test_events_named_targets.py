"""Targets the sentence names but not where the grammar puts them, and things that look like
targets and are not: the doer's own forces, the place of a called-for march, what a denial
denies, a possessor of "neighbour"; and a second party the parser misread as an apposition.

Actor mentions are built by hand from a table of words and codes, so these tests pin the event
stage alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from eventwire.coding.patterns import load_patterns
from eventwire.extract.events import EventOptions, extract_events
from eventwire.models import ActorMention, Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Peruvian": "PER",
    "Chile": "CHL",
    "Chilean": "CHL",
    "Lebanon": "LBN",
    "Israel": "ISR",
    "France": "FRA",
    "rebels": "PERREB",
    "union": "PERLAB",
}


def events_of(parse: Parse, text: str, extra: dict[str, str] | None = None) -> list[Event]:
    """Events of ``text``; ``extra`` codes a word wherever it occurs ("troops": "CHLMIL")."""
    parsed = parse(text)
    by_token = {t.i: (extra or {})[t.text] for t in parsed.tokens if t.text in (extra or {})}
    return coded_events(parsed, CODES, by_token)


def pairs(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return triples(events, root=True)


@pytest.mark.model
def test_deployed_forces_are_the_doers_own_and_where_they_go_is_the_target(
    parse: Parse,
) -> None:
    extra = {"warships": "CHLMIL", "troops": "CHLMIL"}
    text = "Chile deployed warships and troops near Peruvian waters on Monday."
    assert pairs(events_of(parse, text, extra)) == {("CHL", "PER", "15")}
    text = "Chile has deployed several warships to the southern coast since March."
    assert pairs(events_of(parse, text, extra)) == {("CHL", None, "15")}


@pytest.mark.model
def test_its_neighbour_is_the_other_state_named_before(parse: Parse) -> None:
    text = (
        "Peru on Monday expelled Chile's military attache and suspended a fishing treaty"
        " with its neighbour."
    )
    # the actor stage reads "its" as Peru's
    events = events_of(parse, text, {"its": "PER"})
    suspended = [e for e in events if e.trigger.text == "suspended"]
    assert pairs(suspended) == {("PER", "CHL", "16")}


@pytest.mark.model
def test_a_matter_with_a_partner_targets_the_partner(parse: Parse) -> None:
    text = "France lifted restrictions on military cooperation with Chile on Monday."
    assert pairs(events_of(parse, text)) == {("FRA", "CHL", "08")}


@pytest.mark.model
def test_what_a_doer_calls_its_target_is_still_its_object(parse: Parse) -> None:
    text = "On Tuesday, Israel struck what it called militant camps in Lebanon."
    assert pairs(events_of(parse, text)) == {("ISR", "LBN", "19")}


@pytest.mark.model
def test_the_place_of_a_called_for_march_is_no_target(parse: Parse) -> None:
    text = "The Peruvian union called for another march in Santiago on Friday."
    events = events_of(parse, text)
    assert events and all(e.target is None for e in events)


@pytest.mark.model
def test_who_issues_a_warrant_for_an_arrest_arrests(parse: Parse) -> None:
    text = "A Chilean court issued a warrant for his arrest on Monday."
    assert pairs(events_of(parse, text, {"court": "CHLJUD", "his": "PEROPP"})) == {
        ("CHL", "PER", "17")
    }
    # a person of the court's own country is a target, not a thing
    assert pairs(events_of(parse, text, {"court": "CHLJUD", "his": "CHLOPP"})) == {
        ("CHL", "CHL", "17")
    }


@pytest.mark.model
def test_who_was_killed_in_clashes_with_someone_was_fought_by_them(parse: Parse) -> None:
    text = "Ten Chilean soldiers were killed in clashes with the rebels on Sunday."
    assert pairs(events_of(parse, text, {"soldiers": "CHLMIL"})) == {("PER", "CHL", "19")}


@pytest.mark.model
def test_a_denial_answers_the_accuser_not_what_it_denies(parse: Parse) -> None:
    text = "Chile accused Peru of arming the rebels on Monday. Peru denies arming them."
    denials = [e for e in events_of(parse, text) if e.cameo.code == "016"]
    assert pairs(denials) == {("PER", "CHL", "01")}
    # with no accuser in view: the state of the party of the denied act, not the party
    text = "Peru has long denied backing the rebels."
    assert pairs(events_of(parse, text, {"rebels": "CHLREB"})) == {("PER", "CHL", "01")}
    # and nobody when that party is the denier's own
    assert pairs(events_of(parse, text)) == {("PER", None, "01")}


@pytest.mark.model
def test_a_second_name_misread_as_an_apposition_is_still_a_party(parse: Parse) -> None:
    text = "Peruvian Prime Minister Ana Torres and Chile's acting Prime Minister Luis Mora agreed."
    parsed = parse(text)
    toks = {t.text: t for t in parsed.tokens}
    torres, mora = toks["Torres"], toks["Mora"]
    minister = parsed.tokens[mora.i - 2]
    assert minister.text == "Minister"
    # the misreading: "Minister" coordinated with Torres, "Mora" an apposition of Torres
    misread = list(parsed.tokens)
    misread[minister.i] = minister._replace(dep="conj", head=torres.i)
    misread[mora.i] = mora._replace(dep="appos", head=torres.i)
    parsed = dataclasses.replace(parsed, tokens=tuple(misread))
    actors = [
        _actor(parsed, 0, torres.i + 1, torres.i, "PERGOV"),
        _actor(parsed, toks["Chile"].i, mora.i + 1, mora.i, "CHLGOV"),
    ]
    events = extract_events(parsed, actors, [], [], load_patterns(), EventOptions())
    assert pairs(events) == {("PER", "CHL", "03"), ("CHL", "PER", "03")}


def _actor(parsed: ParsedArticle, start: int, end: int, head: int, code: str) -> ActorMention:
    return ActorMention(
        span=parsed.span(start, end),
        name=code,
        code=code,
        country=code[:3],
        rule="test",
        token_start=start,
        token_end=end,
        head=head,
    )


@pytest.mark.model
def test_a_domestic_party_of_another_role_is_a_target_of_its_government(parse: Parse) -> None:
    text = "The government agreed on Monday to grant the rebels safe passage."
    events = events_of(parse, text, {"government": "CHLGOV", "rebels": "CHLREB"})
    assert pairs(events) == {("CHL", "CHL", "03")}
    assert all(e.target is not None and e.target.code == "CHLREB" for e in events)


@pytest.mark.model
def test_an_appeal_after_a_call_is_made_to_the_one_called(parse: Parse) -> None:
    text = "Peru spoke by phone with Chile on Monday and called for an immediate ceasefire."
    appeals = [e for e in events_of(parse, text) if e.cameo.root == "02"]
    assert pairs(appeals) == {("PER", "CHL", "02")}


@pytest.mark.model
def test_an_investigation_of_a_matter_with_no_one_named_is_at_home(parse: Parse) -> None:
    # an inquiry naming no one and no other state concerns the investigators' own country
    text = "Chilean prosecutors opened an investigation into the cyberattack on Monday."
    assert pairs(events_of(parse, text, {"prosecutors": "CHLJUD"})) == {("CHL", "CHL", "09")}


@pytest.mark.model
def test_a_verdict_on_a_restated_act_is_on_its_doer(parse: Parse) -> None:
    text = (
        "A Peruvian official said Chile had demanded that Peru withdraw its troops from the"
        ' border, a demand the official called "unacceptable".'
    )
    events = events_of(parse, text, {"official": "PERGOV"})
    verdicts = [e for e in events if e.trigger.text == "called"]
    assert pairs(verdicts) == {("PER", "CHL", "11")}


@pytest.mark.model
def test_what_a_relative_clause_says_an_attack_hit_is_its_target(parse: Parse) -> None:
    text = "Peru said Chilean agents had ordered an arson attack that destroyed a Peruvian ship."
    events = events_of(parse, text, {"agents": "CHLSPY"})
    attacks = [e for e in events if e.trigger.text in ("arson", "attack")]
    assert pairs(attacks) == {("CHL", "PER", "17")}


@pytest.mark.model
def test_a_pronoun_read_as_an_attackers_own_is_the_state_struck(parse: Parse) -> None:
    text = (
        "Chile cut its ties with Lebanon in July, after Peruvian and Bolivian strikes on its"
        " ports in June."
    )
    # the actor stage read the second "its" as Bolivia's, the nearest state before it
    events = events_of(parse, text, {"its": "BOL", "Bolivian": "BOL"})
    strikes = [e for e in events if e.trigger.text == "strikes"]
    assert pairs(strikes) == {("PER", "CHL", "19"), ("BOL", "CHL", "19")}


@pytest.mark.model
def test_a_count_of_people_is_those_people(parse: Parse) -> None:
    # a role with no country is still the target, not the place of the act
    extra = {"police": "PERCOP", "protesters": "---CVL", "soldiers": "CHLMIL"}
    text = "Riot police fired tear gas at thousands of protesters in Peru."
    events = events_of(parse, text, extra)
    assert [(e.cameo.code, e.target and e.target.span.text) for e in events] == [
        ("175", "protesters")
    ]
    text = "Peru detained some of the soldiers after the clash at the border."
    assert pairs(events_of(parse, text, extra)) == {("PER", "CHL", "17")}


@pytest.mark.model
def test_two_sides_clashing_on_their_own_ground_are_each_others_targets(parse: Parse) -> None:
    both_ways = {("PER", "CHL", "19"), ("CHL", "PER", "19")}
    text = "Peruvian and Chilean troops clashed on their disputed border on Monday."
    assert pairs(events_of(parse, text)) == both_ways
    text = "Peruvian and Chilean troops exchanged fire in Peru on Monday."
    assert pairs(events_of(parse, text)) == both_ways
    # allies striking a third country's ground: the place is their target
    text = "Peruvian and Chilean jets struck camps in Lebanon on Monday."
    assert pairs(events_of(parse, text)) == {("PER", "LBN", "19"), ("CHL", "LBN", "19")}


@pytest.mark.model
def test_where_a_nominal_subject_happened_and_who_protested_during_a_crackdown(
    parse: Parse,
) -> None:
    text = "Protests erupted in Peru after the vote on Sunday."
    assert pairs(events_of(parse, text)) == {("PER", "PER", "14")}
    # the police who fired during the protests are not the protesters
    text = "Police fired tear gas at students during protests in Chile."
    police = {"Police": "CHLCOP", "students": "CHLEDU"}
    found = {(e.cameo.root, e.source and e.source.code) for e in events_of(parse, text, police)}
    assert ("14", "CHLCOP") not in found and ("17", "CHLCOP") in found


@pytest.mark.model
def test_whom_a_place_is_taken_from_is_the_target(parse: Parse) -> None:
    text = "Peru recaptured the border town from Chile on Monday."
    assert pairs(events_of(parse, text)) == {("PER", "CHL", "19")}
    # where fire comes from is still its origin, not its target
    text = "Rockets were fired at Israel from Lebanon on Monday."
    assert ("LBN", "ISR", "19") in pairs(events_of(parse, text))


@pytest.mark.model
def test_a_meeting_before_the_clause_is_its_subjects(parse: Parse) -> None:
    text = "Following a meeting with Chile's president, Peru said trade would grow."
    assert ("PER", "CHL", "04") in pairs(events_of(parse, text, {"president": "CHLGOV"}))
