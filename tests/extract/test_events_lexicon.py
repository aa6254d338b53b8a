"""Words wire reports use for acts that the patterns lacked, one group per CAMEO family, each
pinned on an invented sentence (and, where a word is ambiguous, on its harmless reading)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Peru": "PER",
    "Chile": "CHL",
    "Bolivia": "BOL",
    "Lima": "PERGOV",
    "Santiago": "CHLGOV",
    "Boric": "CHLGOV",
    "Peruvian": "PER",
    "Chilean": "CHL",
}


def events_of(parse: Parse, text: str) -> list[Event]:
    return coded_events(parse(text), CODES)


def codes_of(parse: Parse, text: str) -> set[str]:
    return {e.cameo.code for e in events_of(parse, text)}


@pytest.mark.model
def test_agreements_worked_out_or_disputes_settled(parse: Parse) -> None:
    text = "Peru and Chile worked out a compromise on water rights after two days of talks."
    assert ("PER", "CHL", "030") in triples(events_of(parse, text))
    text = "Peru and Chile settled their long-running dispute over fishing quotas on Friday."
    assert ("PER", "CHL", "030") in triples(events_of(parse, text))
    text = "Peru and Chile struck a bargain on copper exports late on Thursday."
    assert ("PER", "CHL", "030") in triples(events_of(parse, text))
    # a court that settles a case makes no agreement between the sides
    assert "030" not in codes_of(parse, "A Lima court settled the case against Chile.")


@pytest.mark.model
def test_consenting_and_assurances_express_intent(parse: Parse) -> None:
    assert "030" in codes_of(parse, "Lima consented to the Chilean plan for a joint patrol.")
    text = "Lima gave assurances that it would respect the maritime border with Chile."
    assert "030" in codes_of(parse, text)


@pytest.mark.model
def test_huddles_landings_hosting_and_go_betweens(parse: Parse) -> None:
    text = "The Peruvian foreign minister huddled with Boric on Tuesday."
    assert ("PER", "CHL", "040") in triples(events_of(parse, text))
    text = "The Peruvian president jetted to Santiago on Tuesday for talks."
    assert ("PER", "CHL", "042") in triples(events_of(parse, text))
    text = "The Peruvian president landed in Chile on Tuesday for a state visit."
    assert ("PER", "CHL", "042") in triples(events_of(parse, text))
    # warplanes that land somewhere pay no visit
    assert "042" not in codes_of(parse, "Peruvian bombers landed in Santiago on Tuesday.")
    text = "Chile played host to the Peruvian president on Tuesday."
    assert ("CHL", "PER", "043") in triples(events_of(parse, text))
    text = "Bolivia acted as an intermediary between Peru and Chile."
    assert "045" in codes_of(parse, text)


@pytest.mark.model
def test_praise_by_a_leader_is_praise_not_a_welcome(parse: Parse) -> None:
    # the subject's head word ("president", "minister") is among a verb's words: it must not
    # block praise nor turn a welcomed decision into hosting
    text = "The Peruvian president praised Chile for its help after the floods."
    assert ("PER", "CHL", "051") in triples(events_of(parse, text))
    text = "The Peruvian foreign minister welcomed the Chilean decision to reopen the port."
    got = triples(events_of(parse, text))
    assert ("PER", "CHL", "051") in got
    assert all(code != "043" for _, _, code in got)
    # a visitor welcomed is still hosted
    text = "The Chilean president welcomed the Peruvian foreign minister on Monday."
    assert ("CHL", "PER", "043") in triples(events_of(parse, text))
    text = "Lima threw its weight behind the Chilean proposal on Monday."
    assert ("PER", "CHL", "051") in triples(events_of(parse, text))


@pytest.mark.model
def test_an_offered_apology_is_made_and_pen_put_to_paper_signs(parse: Parse) -> None:
    text = "Lima offered an apology to Chile for the incident at the border."
    got = triples(events_of(parse, text))
    assert ("PER", "CHL", "055") in got
    assert all(not code.startswith("03") for _, _, code in got)
    text = "Peru and Chile put pen to paper on the new border treaty on Monday."
    assert "057" in codes_of(parse, text)


@pytest.mark.model
def test_concessions_given_ground_and_reopened_borders(parse: Parse) -> None:
    assert "080" in codes_of(parse, "Lima made concessions to Chile on fishing quotas.")
    assert "080" in codes_of(parse, "Lima gave ground to Chile on the fishing quotas.")
    text = "Peru reopened its border with Chile on Monday after a week-long closure."
    assert ("PER", "CHL", "081") in triples(events_of(parse, text))
    text = "Chile scrapped the visa requirement for Peruvian visitors on Monday."
    assert "081" in codes_of(parse, text)


@pytest.mark.model
def test_talks_walked_out_of_are_halted(parse: Parse) -> None:
    # "out of" is a two-word preposition: its object is the trigger's
    text = "The Peruvian delegation walked out of the talks with Chile on Monday."
    assert "164" in codes_of(parse, text)
    text = "Peru pulled out of the talks with Chile on Monday."
    got = codes_of(parse, text)
    assert "164" in got
    assert "087" not in got


@pytest.mark.model
def test_demands_told_and_verbal_conflict_idioms(parse: Parse) -> None:
    text = "Lima told Chile to withdraw its patrol boats from the disputed waters."
    assert any(c.startswith("10") for c in codes_of(parse, text))
    text = "Lima took Chile to task over the arrests of its fishermen."
    assert ("PER", "CHL", "111") in triples(events_of(parse, text))
    text = "Lima reprimanded Chile over the arrests of its fishermen."
    assert ("PER", "CHL", "111") in triples(events_of(parse, text))
    text = "Lima pointed the finger at Chile for the attack on its consulate."
    assert ("PER", "CHL", "112") in triples(events_of(parse, text))
    text = "Peru took Chile to the International Court of Justice over the maritime border."
    assert ("PER", "CHL", "115") in triples(events_of(parse, text))
    # a court that takes a decision sues no one
    assert "115" not in codes_of(parse, "A Lima court took a decision on the Chilean appeal.")


@pytest.mark.model
def test_rejections_said_with_other_words(parse: Parse) -> None:
    text = "Lima brushed off the Chilean proposal for a joint commission."
    assert any(
        s == "PER" and t == "CHL" and c.startswith("12")
        for s, t, c in triples(events_of(parse, text))
    )
    assert any(c.startswith("12") for c in codes_of(parse, "Lima balked at the Chilean plan."))
    text = "Lima resisted Chilean pressure to reopen the border."
    assert ("PER", "CHL", "120") in triples(events_of(parse, text))
    text = "Lima shot down the Chilean proposal for a joint commission."
    got = codes_of(parse, text)
    assert "120" in got
    assert not any(c.startswith("19") for c in got)


@pytest.mark.model
def test_a_warning_of_retaliation_is_a_threat(parse: Parse) -> None:
    text = "Lima warned of retaliation against Chile over the arrests."
    assert any(c.startswith("13") for c in codes_of(parse, text))
    # a warning about what others may bring is no threat
    text = "Lima warned of the consequences of the drought for Chile."
    assert not any(c.startswith("13") for c in codes_of(parse, text))


@pytest.mark.model
def test_force_postures_tests_scrambles_and_drills(parse: Parse) -> None:
    text = "Peru test-fired a ballistic missile off its coast on Monday."
    got = codes_of(parse, text)
    assert "150" in got
    assert "195" not in got
    text = (
        "Chile scrambled two fighter jets on Monday after Peruvian bombers approached its airspace."
    )
    assert "150" in codes_of(parse, text)
    text = "Peru staged military drills near the border with Chile on Monday."
    got = codes_of(parse, text)
    assert "150" in got
    assert "062" not in got
    text = "Peru and Chile held joint naval drills off the coast on Monday."
    assert "062" in codes_of(parse, text)


@pytest.mark.model
def test_reduced_relations_frozen_assets_and_blocked_apps(parse: Parse) -> None:
    text = "Lima downgraded relations with Chile after the expulsions."
    assert ("PER", "CHL", "161") in triples(events_of(parse, text))
    text = "Lima froze the assets of three Chilean companies on Monday."
    assert "163" in codes_of(parse, text)
    text = "Lima blocked access to Instagram and WhatsApp ahead of the vote."
    got = codes_of(parse, text)
    assert "1721" in got
    assert "144" not in got


@pytest.mark.model
def test_hijacks_beatings_bombings_and_downed_drones(parse: Parse) -> None:
    text = "Peruvian pirates seized a Chilean tanker off the coast on Monday."
    assert "181" in codes_of(parse, text)
    # the navy that seizes the pirates' boat hijacks nothing
    text = "The Chilean navy seized the pirates' boat off the coast on Monday."
    assert "181" not in codes_of(parse, text)
    text = "Peruvian soldiers roughed up Chilean journalists at the border."
    assert "182" in codes_of(parse, text)
    text = "Peruvian militants bombed a Chilean police station on Monday."
    assert "183" in codes_of(parse, text)
    text = "Peruvian forces downed a Chilean drone over the border on Monday."
    assert "190" in codes_of(parse, text)
    text = "Peruvian forces destroyed a Chilean warship in the Pacific."
    assert "190" in codes_of(parse, text)
    text = "Peruvian miners walked off the job on Monday."
    assert "143" in codes_of(parse, text)


@pytest.mark.model
def test_requests_begged_lobbied_and_peace_sued_for(parse: Parse) -> None:
    text = "Lima begged Chile to reopen the border crossing."
    assert any(c.startswith("02") for c in codes_of(parse, text))
    text = "Lima lobbied Chile to lift the tariffs on copper."
    assert any(c.startswith("02") for c in codes_of(parse, text))
    got = codes_of(parse, "Lima sued for peace with Chile after the defeat.")
    assert "0256" in got
    assert "115" not in got
    # suing a company is still a lawsuit
    assert "115" in codes_of(parse, "Lima sued a Chilean mining company over the spill.")


@pytest.mark.model
def test_green_lights_softened_stances_and_vacated_positions(parse: Parse) -> None:
    text = "Lima gave the green light to the Chilean pipeline project."
    assert "030" in codes_of(parse, text)
    text = "Lima softened its stance on the Chilean fishing fleet."
    assert "080" in codes_of(parse, text)
    text = "Peruvian troops vacated their positions along the border with Chile."
    assert "087" in codes_of(parse, text)


@pytest.mark.model
def test_plans_scuttled_voted_down_or_stonewalled_are_rejected(parse: Parse) -> None:
    for text in (
        "Lima scuttled the Chilean proposal for a joint patrol.",
        "Lima torpedoed the talks with Chile on Monday.",
        "Lima voted down the Chilean resolution on Monday.",
        "Lima stonewalled Chilean requests for information.",
    ):
        assert any(c.startswith("12") for c in codes_of(parse, text)), text
    # a torpedoed ship is no rejection
    text = "A Peruvian submarine torpedoed a Chilean ship."
    assert not any(c.startswith("12") for c in codes_of(parse, text))
    text = "Lima put Chile on notice over the fishing dispute."
    assert ("PER", "CHL", "130") in triples(events_of(parse, text))


@pytest.mark.model
def test_licences_revoked_broadcasts_jammed_citizenship_stripped(parse: Parse) -> None:
    text = "Lima revoked the broadcasting licence of a Chilean television channel."
    assert "1721" in codes_of(parse, text)
    assert "1721" in codes_of(parse, "Lima jammed Chilean radio broadcasts on Monday.")
    text = "Lima stripped a Chilean-born activist of his citizenship."
    assert "172" in codes_of(parse, text)


@pytest.mark.model
def test_assaults_told_with_other_words(parse: Parse) -> None:
    text = "Chilean rebels hacked three Peruvian farmers to death."
    assert "1823" in codes_of(parse, text)
    text = "Chilean gunmen wounded three Peruvian soldiers near the border."
    assert "190" in codes_of(parse, text)
    text = "A Chilean man rammed his car into Peruvian tourists."
    assert "182" in codes_of(parse, text)
    text = "Chilean militants hurled a grenade at a Peruvian patrol."
    assert "183" in codes_of(parse, text)
    # rioters' petrol bombs stay a violent protest
    text = "Chilean protesters hurled petrol bombs at Peruvian police."
    got = codes_of(parse, text)
    assert "145" in got
    assert "183" not in got
    text = "Chilean protesters pelted the Peruvian embassy with stones."
    assert "145" in codes_of(parse, text)


@pytest.mark.model
def test_wounded_in_a_named_attack_is_that_attack(parse: Parse) -> None:
    text = "Chilean guerrillas wounded two Peruvian soldiers in a roadside bomb attack."
    got = codes_of(parse, text)
    assert any(c.startswith("183") for c in got)
    assert "190" not in got


@pytest.mark.model
def test_a_subject_that_names_a_person_makes_no_arrest_or_release(parse: Parse) -> None:
    # a verb's subject head is among its words: "officials", "police", "the leader" must not
    # satisfy the arrest or release patterns' lists of people
    for text in (
        "Peruvian officials held talks with Chilean officials on Monday.",
        "Peruvian police held a news conference in Lima on Monday.",
        "Peruvian officials tried to defuse the crisis with Chile.",
        "Peruvian officials released a report on Chilean trade on Monday.",
        "Peruvian officials exchanged views with Chilean officials on Monday.",
        "Peruvian police charged a fee for the Chilean permits.",
        "Peruvian officials summoned reporters to a briefing on Chile.",
    ):
        got = codes_of(parse, text)
        assert not any(c.startswith(("173", "084", "112", "114")) for c in got), (text, got)
    # the acts themselves are still found
    text = "Peruvian police held three Chilean suspects for questioning."
    assert "173" in codes_of(parse, text)
    assert "0841" in codes_of(parse, "Peru and Chile exchanged prisoners on Monday.")
    text = "Lima summoned the Chilean charge d'affaires on Monday."
    got = codes_of(parse, text)
    assert "114" in got
    assert "173" not in got
    # nor does an official's abuse of power torture anyone
    text = "The Peruvian official abused his power to favour Chilean firms."
    assert "1822" not in codes_of(parse, text)


@pytest.mark.model
def test_ground_advances_are_force_and_deployed_warheads_a_posture(parse: Parse) -> None:
    text = "Peruvian troops pushed into the Chilean border region on Monday."
    assert "190" in codes_of(parse, text)
    text = "Peruvian tanks rolled into Chile on Monday."
    assert "190" in codes_of(parse, text)
    # a parade, a treaty or peacekeepers entering somewhere attack no one
    for text in (
        "Peruvian troops entered the stadium for the parade.",
        "The treaty between Peru and Chile entered into force on Monday.",
        "Peruvian peacekeepers entered Chile on Monday.",
    ):
        assert "190" not in codes_of(parse, text), text
    text = "Peru deployed nuclear weapons to its border with Chile."
    assert "154" in codes_of(parse, text)


@pytest.mark.model
def test_cut_ties_fugitives_turned_backs_and_beaten_back_crowds(parse: Parse) -> None:
    text = "Lima cut ties with Chile on Monday."
    assert ("PER", "CHL", "161") in triples(events_of(parse, text))
    text = "Lima handed over the fugitive to Chile on Monday."
    got = codes_of(parse, text)
    assert "063" in got
    assert "0841" not in got
    text = "Lima turned its back on the talks with Chile."
    assert any(c.startswith("12") for c in codes_of(parse, text))
    text = "Lima turned back Chilean migrants at the border."
    assert not any(c.startswith("12") for c in codes_of(parse, text))
    text = "Peruvian police beat back Chilean protesters in Lima."
    assert "175" in codes_of(parse, text)


@pytest.mark.model
def test_what_is_returned_or_returned_to_is_no_visit(parse: Parse) -> None:
    text = "Peruvian officials returned the documents to the Chilean archive."
    assert "042" not in codes_of(parse, text)
    text = "The Peruvian president returned to power after the Chilean talks."
    assert "042" not in codes_of(parse, text)
    text = "Lima returned to the negotiating table with Chile on Monday."
    got = codes_of(parse, text)
    assert "046" in got
    assert "042" not in got
    text = "The Peruvian president returned to Chile for talks on Monday."
    assert "042" in codes_of(parse, text)


@pytest.mark.model
def test_aid_convoys_let_in_and_purged_ranks(parse: Parse) -> None:
    text = "Lima allowed Chilean aid trucks into the flooded region."
    assert "0863" in codes_of(parse, text)
    text = "Lima purged the army of officers loyal to Chile."
    assert "172" in codes_of(parse, text)
