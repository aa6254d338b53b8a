"""Precision of the event stage: what is no new act (stances, acts told again, an attack's
casualties, the content of an accusation), plans stated as plans, roots a coder would pick
(a pledge is a promise, an agreed appeal is an appeal) and targets named as places.

Actor mentions are built by hand from a table of words and codes, so these tests pin the event
stage alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Norway": "NOR",
    "Canada": "CAN",
    "Yemen": "YEM",
    "Russia": "RUS",
    "Kyiv": "UKR",
    "Israel": "ISR",
    "Iran": "IRN",
    "minister": "PERGOV",
    "envoy": "CHLGOV",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def summary(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return triples(events)


@pytest.mark.model
def test_a_pledge_of_money_is_a_promise_of_aid_not_aid_nor_a_pact(parse: Parse) -> None:
    events = events_of(parse, "Norway and Canada pledged 300 million dollars for Yemen on Monday.")
    assert events and all(e.cameo.code.startswith("033") for e in events)
    assert all(e.target is None or e.target.country == "YEM" for e in events)


@pytest.mark.model
def test_a_present_tense_trip_dated_ahead_is_a_plan(parse: Parse) -> None:
    events = events_of(parse, "The minister travels to Chile next week for talks.")
    assert events and all(e.modality == "intended" for e in events)
    assert all(e.cameo.root == "03" for e in events)


@pytest.mark.model
def test_agreeing_to_call_for_a_truce_is_an_appeal_not_a_truce(parse: Parse) -> None:
    events = events_of(parse, "Peru and Chile agreed to call for a truce in the border war.")
    assert events and {e.cameo.root for e in events} == {"02"}


@pytest.mark.model
def test_a_present_tense_relative_clause_is_a_standing_stance(parse: Parse) -> None:
    events = events_of(parse, "Peru, which sides with Chile, expelled two Norway diplomats.")
    assert "019" not in {e.cameo.code for e in events}
    assert any(e.cameo.root == "16" for e in events)


@pytest.mark.model
def test_announcing_a_known_deal_is_no_agreement_by_the_announcer(parse: Parse) -> None:
    told = events_of(parse, "Norway announced the agreement on Tuesday in Oslo.")
    assert not any(e.cameo.root == "03" for e in told)
    declared = events_of(parse, "Russia announced a ceasefire on Tuesday.")
    assert ("RUS", None, "0871") in summary(declared)


@pytest.mark.model
def test_the_casualties_of_an_attack_are_that_attack(parse: Parse) -> None:
    text = "Russia launched drones at Kyiv overnight, killing five people and damaging a school."
    events = events_of(parse, text)
    assert {e.cameo.root for e in events} == {"19"}


@pytest.mark.model
def test_a_casualty_names_the_target_of_an_attack_without_one(parse: Parse) -> None:
    events = events_of(parse, "Israel carried out an air strike overnight, killing Iran soldiers.")
    assert [e.cameo.root for e in events] == ["19"]
    assert events[0].target is not None and events[0].target.country == "IRN"


@pytest.mark.model
def test_an_arrival_in_a_country_is_a_visit_to_it(parse: Parse) -> None:
    assert ("PER", "CHL", "042") in summary(events_of(parse, "The minister arrived in Chile."))


@pytest.mark.model
def test_strikes_on_sites_in_a_country_target_that_country(parse: Parse) -> None:
    text = "Israel launched missile strikes on nine sites in Iran early on Friday."
    assert {(s, t) for s, t, _ in summary(events_of(parse, text))} == {("ISR", "IRN")}
    text = "Israel carried out waves of air strikes on Iran early on Friday."
    assert {(s, t) for s, t, _ in summary(events_of(parse, text))} == {("ISR", "IRN")}


@pytest.mark.model
def test_every_charge_of_an_accusation_is_its_content(parse: Parse) -> None:
    text = (
        "The minister accused the opposition-run parliament of"
        ' "treasonous plots" and of sympathizing with Chile during the crisis.'
    )
    assert {e.cameo.root for e in events_of(parse, text)} == {"11"}
    text = "Peru accused Chile of failing to meet its commitments under the treaty."
    assert {e.cameo.root for e in events_of(parse, text)} == {"11"}


@pytest.mark.model
def test_readiness_in_a_present_tense_once_clause_is_a_condition(parse: Parse) -> None:
    text = "Peru said Chile could return to the table once it is ready to make peace."
    events = [e for e in events_of(parse, text) if e.cameo.root == "03"]
    assert events and all(e.modality == "hypothetical" for e in events)


@pytest.mark.model
def test_a_purpose_of_a_future_plan_is_intended(parse: Parse) -> None:
    events = events_of(parse, "Peru said it would use the next month to talk with Chile.")
    assert [(e.cameo.code, e.modality) for e in events] == [("036", "intended")]


@pytest.mark.model
def test_the_parties_at_a_hosted_summit_are_the_hosts_guests(parse: Parse) -> None:
    text = "Peru and Chile agreed to a ceasefire at talks on Monday hosted by Norway."
    hosted = {(s, t) for s, t, code in summary(events_of(parse, text)) if code == "043"}
    assert hosted == {("NOR", "PER"), ("NOR", "CHL")}


@pytest.mark.model
def test_the_next_gathering_in_a_schedule_is_no_intent(parse: Parse) -> None:
    events = events_of(parse, "The next Arctic summit will take place in Norway in June.")
    assert not any(e.cameo.root in ("03", "04") for e in events)


@pytest.mark.model
def test_a_war_named_as_background_is_no_new_attack(parse: Parse) -> None:
    text = "Norway has kept close ties with Chile since the invasion of Peru in 2019."
    assert not any(e.cameo.root == "19" for e in events_of(parse, text))
    text = "Norway adopted new sanctions against Chile over the war in Peru on Monday."
    assert not any(e.cameo.root == "19" for e in events_of(parse, text))


@pytest.mark.model
def test_what_a_signed_text_commits_to_is_the_signing(parse: Parse) -> None:
    text = "Peru and Chile signed a joint declaration in Oslo on Friday committing both to peace."
    assert {e.cameo.code for e in events_of(parse, text)} == {"057"}


@pytest.mark.model
def test_cooperation_under_a_restriction_is_no_cooperation(parse: Parse) -> None:
    text = "Norway eased restrictions on military cooperation with Chile on Friday."
    assert not any(e.cameo.root == "06" for e in events_of(parse, text))


@pytest.mark.model
def test_a_missile_fired_into_the_sea_is_a_show_of_force(parse: Parse) -> None:
    events = events_of(parse, "Iran fired a ballistic missile into the sea on Monday.")
    assert summary(events) == {("IRN", None, "150")}


@pytest.mark.model
def test_a_state_and_its_official_doing_the_same_act_is_one_act(parse: Parse) -> None:
    text = (
        "Chile and Peru signed a trade accord on Monday in Lima."
        " The envoy signed the document for Chile after talks."
    )
    signed = [e for e in events_of(parse, text) if e.cameo.code == "057"]
    assert summary(signed) == {("CHL", "PER", "057"), ("PER", "CHL", "057")}
    assert len(signed[0].evidence) == 2


@pytest.mark.model
def test_dropping_a_measure_after_protests_is_a_concession(parse: Parse) -> None:
    text = (
        "The minister said on Friday that he would not sign the fuel tax bill,"
        " after protesters blocked roads across Peru."
    )
    # a concession to the state's own people is on its own country
    assert ("PER", "PER", "0832") in summary(events_of(parse, text))
    told_again = text + ' "I will not sign this bill," the minister told reporters.'
    codes = [e.cameo.code for e in events_of(parse, told_again)]
    assert codes.count("0832") == 1 and not any(c[:2] == "12" for c in codes)
    plain = events_of(parse, "The minister said on Friday that he would not sign the bill.")
    assert {e.cameo.root for e in plain} == {"12"}


@pytest.mark.model
def test_working_with_others_on_a_truce_is_diplomacy(parse: Parse) -> None:
    text = "The minister said Peru was working with Chile and Norway on a truce."
    events = events_of(parse, text)
    assert events and {e.cameo.code for e in events} == {"050"}


@pytest.mark.model
def test_aid_announced_is_aid_promised(parse: Parse) -> None:
    text = "The minister announced 10 million dollars in new Norway aid on Monday."
    events = events_of(parse, text)
    assert events and {e.cameo.root for e in events} == {"03"}


@pytest.mark.model
def test_talks_inside_a_threat_are_its_content_and_name_its_target(parse: Parse) -> None:
    text = "Norway threatened to make Chile pay for it in trade talks."
    assert summary(events_of(parse, text)) == {("NOR", "CHL", "130")}


@pytest.mark.model
def test_the_host_of_talks_told_before_hosts_their_parties(parse: Parse) -> None:
    text = (
        "Peru and Chile held talks in Oslo on Monday. Norway, which hosted the talks,"
        " said both sides had agreed to meet again."
    )
    hosted = {(s, t) for s, t, code in summary(events_of(parse, text)) if code == "043"}
    assert hosted == {("NOR", "PER"), ("NOR", "CHL")}


@pytest.mark.model
def test_the_purpose_of_what_will_not_be_done_is_no_act(parse: Parse) -> None:
    text = "Peru would not meet to approve the deal until Chile backed down, the minister said."
    roots = {e.cameo.root for e in events_of(parse, text)}
    assert "12" in roots and "03" not in roots


@pytest.mark.model
def test_a_role_as_subject_does_not_veto_praise(parse: Parse) -> None:
    # "welcomed the envoy" is hosting; the minister who praises is still praising
    assert summary(events_of(parse, "The minister praised Chile for its help.")) == {
        ("PER", "CHL", "051")
    }
    assert summary(events_of(parse, "Peru welcomed the envoy in Lima on Monday.")) == {
        ("PER", "CHL", "043")
    }


@pytest.mark.model
def test_joint_exercises_are_military_cooperation_not_a_show_of_force(parse: Parse) -> None:
    text = "Peru and Chile conducted joint naval exercises off the coast on Monday."
    assert summary(events_of(parse, text)) == {("PER", "CHL", "062"), ("CHL", "PER", "062")}
    text = "Peru conducted naval exercises off the coast on Monday."
    assert summary(events_of(parse, text)) == {("PER", None, "150")}


@pytest.mark.model
def test_a_judged_act_is_aimed_at_its_doer_not_at_whom_it_hit(parse: Parse) -> None:
    extra = {"Russian": "RUS", "Israeli": "ISR"}
    text = "Norway condemned Russian strikes on Kyiv on Monday."
    found = coded_events(parse(text), {**CODES, **extra})
    assert ("NOR", "RUS", "111") in summary(found)
    text = "Canada criticized Israeli arms sales to Chile."
    assert ("CAN", "ISR", "111") in summary(coded_events(parse(text), {**CODES, **extra}))


@pytest.mark.model
def test_a_meeting_another_act_is_done_to_is_that_acts_matter(parse: Parse) -> None:
    text = "The opposition party in Peru boycotted the parliamentary session on Monday."
    roots = {e.cameo.root for e in coded_events(parse(text), {**CODES, "party": "PEROPP"})}
    assert roots and "04" not in roots


@pytest.mark.model
def test_traded_accusations_are_each_sides_and_a_call_on_both_to_keep_a_truce_is_an_appeal(
    parse: Parse,
) -> None:
    text = "Peru and Chile traded accusations over the shooting at the border."
    found = summary(events_of(parse, text))
    assert {(s, t) for s, t, code in found if code.startswith("112")} == {
        ("PER", "CHL"),
        ("CHL", "PER"),
    }
    assert not any(code.startswith("06") for _, _, code in found)
    text = "Norway called on Peru and Chile to extend the truce."
    assert {code for _, _, code in summary(events_of(parse, text))} == {"0256"}


@pytest.mark.model
def test_an_inspection_of_the_sample_corpus_found_these_wrong(parse: Parse) -> None:
    codes = {**CODES, "Protesters": "PERCVL", "army": "PERMIL", "troops": "PERMIL"}
    # a crowd attacking an embassy riots (145); the police attacking a crowd assault it
    text = "Protesters attacked the embassy of Chile in Lima on Tuesday."
    assert {e.cameo.code for e in coded_events(parse(text), codes)} == {"145"}
    # an army its own state orders out is no target
    text = "The minister ordered the army to support the police in restoring order."
    assert summary(coded_events(parse(text), codes)) == {("PER", None, "154")}
    # an act named as the time since which something has held is background
    text = "The minister has not spoken in public since the rebels entered Lima."
    extra = {**codes, "rebels": "PERREB"}
    assert not any(e.cameo.root == "19" for e in coded_events(parse(text), extra))
    # a state's own forces strike others: its dateline does not make the dead its people
    text = "LIMA (EWS) - Peruvian troops struck a boat at sea on Tuesday, killing 11 people."
    people = {**codes, "people": "---CVL"}
    struck = [e for e in coded_events(parse(text), people) if e.trigger.text == "struck"]
    assert struck and all(e.target is None or e.target.country != "PER" for e in struck)


@pytest.mark.model
def test_an_exchange_of_artillery_fire_is_artillery(parse: Parse) -> None:
    text = "Peru and Chile exchanged heavy artillery fire across the border on Monday."
    assert summary(events_of(parse, text)) == {("PER", "CHL", "194"), ("CHL", "PER", "194")}
    text = "Peru and Chile exchanged fire across the border on Monday."
    assert summary(events_of(parse, text)) == {("PER", "CHL", "193"), ("CHL", "PER", "193")}


@pytest.mark.model
def test_a_home_states_implied_target_is_named_by_the_dateline(parse: Parse) -> None:
    text = "LIMA (EWS) - The minister banned all political activity on Tuesday."
    banned = [e for e in events_of(parse, text) if e.trigger.text == "banned"]
    assert banned and banned[0].target is not None
    assert (banned[0].target.country, banned[0].target.span.text) == ("PER", "LIMA")


@pytest.mark.model
def test_the_police_breaking_up_a_rally_is_repression_not_easing_dissent(parse: Parse) -> None:
    codes = {**CODES, "police": "PERCOP", "union": "PERLAB"}
    text = "The police used water cannon to break up a rally in Lima on Monday."
    assert {e.cameo.code for e in coded_events(parse(text), codes)} == {"175"}
    text = "The union called off the strike in Lima on Monday."
    assert "082" in {e.cameo.code for e in coded_events(parse(text), codes)}


@pytest.mark.model
def test_in_protest_says_why_another_act_was_done(parse: Parse) -> None:
    text = "Peru recalled its ambassador from Chile in protest at the war in Yemen."
    assert {e.cameo.root for e in events_of(parse, text)} == {"16"}  # no march, no war report
    # a protest with its article was held
    text = "Students clashed with police in the protest in Lima against the war in Yemen."
    events = coded_events(parse(text), {"Students": "PEREDU", "police": "PERCOP"})
    assert "14" in {e.cameo.root for e in events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran tested a missile in defiance of Canada's sanctions.",
        "Iran sold oil to Chile despite Canada's sanctions.",
        "Iran tested a missile, defying Canada's sanctions.",
        "Iran's economy has shrunk under Canada's sanctions.",
    ],
)
def test_sanctions_in_force_are_no_new_imposition(parse: Parse, text: str) -> None:
    assert not any(e.cameo.root == "16" for e in events_of(parse, text))


@pytest.mark.model
def test_sanctions_announced_are_imposed(parse: Parse) -> None:
    events = events_of(parse, "Canada announced new sanctions against Iran on Friday.")
    assert ("CAN", "IRN", "163") in triples(events)


@pytest.mark.model
def test_weapons_sent_are_military_aid_and_forces_sent_a_deployment(parse: Parse) -> None:
    events = events_of(parse, "Canada sent anti-tank weapons and rocket launchers to Kyiv.")
    assert ("CAN", "UKR", "072") in triples(events)
    events = events_of(parse, "Russia deployed nuclear weapons near Kyiv.")
    assert "154" in {e.cameo.code for e in events}


@pytest.mark.model
def test_never_accepting_an_annexation_refuses_to_yield(parse: Parse) -> None:
    events = events_of(parse, "Peru said it would never accept the annexation of Chile's islands.")
    assert {(e.source.country if e.source else None, e.cameo.code) for e in events} == {
        ("PER", "124")
    }
    events = events_of(parse, "Peru accepted the ruling of the court.")
    assert {e.cameo.code for e in events} == {"080"}


@pytest.mark.model
def test_a_handshake_at_a_summit_is_one_meeting(parse: Parse) -> None:
    text = "Peru and Chile shook hands in Lima at the first summit between the two countries."
    events = coded_events(parse(text), {"Peru": "PERGOV", "Chile": "CHLGOV", "countries": "PER"})
    assert triples(events) == {("PER", "CHL", "040"), ("CHL", "PER", "040")}


@pytest.mark.model
def test_the_summit_where_leaders_met_is_that_meeting(pipeline: Any, parse: Parse) -> None:
    # through the whole pipeline: "the two countries" stands for both, and the summit would
    # be a second meeting of theirs
    text = (
        "Peru's president and Chile's president met in Lima at the first summit between the "
        "two countries."
    )
    events = list(pipeline.extract(parse(text)).events)
    assert triples(events) == {("PER", "CHL", "040"), ("CHL", "PER", "040")}


@pytest.mark.model
def test_a_named_accord_signed_is_a_thing_not_a_party(pipeline: Any, parse: Parse) -> None:
    # "Accords" keeps its plural on a capitalised name and the tagger calls it an
    # organization: neither may hide the signing nor stand in for the other signer
    text = "Peru and Chile signed the Arica Accords in Lima on Monday."
    events = list(pipeline.extract(parse(text)).events)
    assert triples(events) == {("PER", "CHL", "057"), ("CHL", "PER", "057")}


@pytest.mark.model
def test_an_order_for_an_arrest_is_the_arrest_a_demand_about_one_a_demand(parse: Parse) -> None:
    codes = {"court": "PERJUD", "Chilean": "CHLGOV", "Peru": "PER", "Chile": "CHL"}
    text = "Peru's top court ordered the arrest of a Chilean diplomat."
    assert ("PER", "CHL", "173") in triples(coded_events(parse(text), codes))
    text = "Chile demanded that Peru abandon its policy of land confiscations."
    assert {e.cameo.root for e in coded_events(parse(text), codes)} == {"10"}


@pytest.mark.model
def test_clashes_breaking_out_between_two_sides_are_theirs(pipeline: Any, parse: Parse) -> None:
    text = "Clashes broke out between Peruvian and Chilean troops on the border."
    events = list(pipeline.extract(parse(text)).events)
    assert triples(events) == {("PER", "CHL", "190"), ("CHL", "PER", "190")}
    text = "Fighting erupted in Lima between the army and Chilean rebels."
    events = coded_events(parse(text), {"army": "PERMIL", "Chilean": "CHLREB", "Lima": "PER"})
    assert ("PER", "CHL", "190") in triples(events)


@pytest.mark.model
def test_what_happened_years_before_the_news_is_history(parse: Parse) -> None:
    codes = {"Peru": "PER", "Chile": "CHL", "Norway": "NOR", "Peruvian": "PERMIL"}
    text = "Norway pledged aid for Peru on Tuesday, two years after Chile invaded Peru."
    assert {e.cameo.root for e in coded_events(parse(text), codes)} == {"03"}
    text = "Norway pledged aid for Peru on Tuesday, a day after Chile attacked Peruvian troops."
    assert ("CHL", "PER", "190") in triples(coded_events(parse(text), codes))


@pytest.mark.model
def test_where_an_appeal_is_made_is_not_what_it_asks_for(parse: Parse) -> None:
    text = "Peru asked Chile for support at a summit in Lima."
    codes = {e.cameo.code for e in events_of(parse, text)}
    assert codes and not any(c == "026" for c in codes)  # no appeal for a meeting


@pytest.mark.model
def test_money_backed_by_assets_is_backed_by_no_one(parse: Parse) -> None:
    text = "Norway agreed to lend Peru $5 billion backed by frozen Chilean assets."
    events = coded_events(parse(text), {"Norway": "NOR", "Peru": "PER", "Chilean": "CHLCVL"})
    assert {e.cameo.root for e in events} == {"03"}
    text = "The loan, backed by Chilean assets, will go to Peru."
    assert not coded_events(parse(text), {"Peru": "PER", "Chilean": "CHLCVL"})
