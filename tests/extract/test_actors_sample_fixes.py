"""Actor errors seen on our sample corpus: ambiguous names by context, group nouns, ministries,
cabinet members and a gang named in a foreign dateline's story."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str = "2025-10-27") -> list[ActorMention]:
    return extract_actors(parse(text, published=published), load_actor_dictionary())


def _codes(mentions: list[ActorMention], span: str) -> list[str | None]:
    return [m.code for m in mentions if m.span.text == span]


def test_an_acronym_takes_the_reading_of_the_countries_the_article_names(parse: Parse) -> None:
    sudan = (
        "KHARTOUM (EWS) - Sudan's army said on Monday it had pushed the RSF out of two towns "
        "in North Darfur after days of fighting."
    )
    assert _codes(_actors(parse, sudan), "the RSF") == ["SDNREBRSF"]
    press = "PARIS (EWS) - RSF said on Monday that two reporters had been detained in Paris."
    assert _codes(_actors(parse, press), "RSF") == ["NGOMEDRSF"]


def test_congo_is_the_one_its_context_names(parse: Parse) -> None:
    east = (
        "GOMA (EWS) - Congo accused Rwanda on Sunday of backing M23 rebels who entered Goma, "
        "and President Felix Tshisekedi called for sanctions."
    )
    assert _codes(_actors(parse, east), "Congo") == ["COD"]
    west = (
        "BRAZZAVILLE (EWS) - Congo said on Friday it would hold a presidential election in "
        "March, the government in Brazzaville said."
    )
    assert _codes(_actors(parse, west), "Congo") == ["COG"]


def test_both_governments_are_the_pair_a_third_party_reports_on(parse: Parse) -> None:
    text = (
        "India and Pakistan agreed to a ceasefire on Saturday after four days of strikes. "
        "Secretary of State Marco Rubio said both governments had agreed to hold talks."
    )
    group = [m for m in _actors(parse, text) if m.span.text == "both governments"]
    assert sorted(m.code or "" for m in group) == ["INDGOV", "PAKGOV"]
    assert all(m.rule == "coref:group" for m in group)


def test_both_sides_are_not_the_host(parse: Parse) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Friday. Russia demanded that "
        "Ukraine withdraw its troops, and Ukraine rejected the demand. Turkish Foreign Minister "
        "Hakan Fidan said both sides had agreed to meet again."
    )
    group = [m for m in _actors(parse, text) if m.span.text == "both sides"]
    assert sorted(m.country or "" for m in group) == ["RUS", "UKR"]


def test_a_professional_body_of_a_country_is_its_civil_society(parse: Parse) -> None:
    text = "The Law Society of Kenya accused police of abducting protest organisers."
    assert _codes(_actors(parse, text), "The Law Society of Kenya") == ["KENCVL"]


def test_a_treasury_is_its_government(parse: Parse) -> None:
    text = "The U.S. Treasury imposed sanctions on two Russian oil companies on Wednesday."
    assert _codes(_actors(parse, text), "The U.S. Treasury") == ["USAGOV"]


def test_cabinet_ministers_are_known_people(parse: Parse) -> None:
    text = (
        "NEW DELHI (EWS) - India expelled Pakistani diplomats on Thursday. "
        "Defence Minister Khawaja Asif said Pakistan had nothing to do with the attack."
    )
    [asif] = [m for m in _actors(parse, text, "2025-04-24") if m.span.text.endswith("Asif")]
    assert (asif.code, asif.rule) == ("PAKGOV", "person")


def test_a_foreign_gang_is_not_the_dateline_country_s(parse: Parse) -> None:
    text = (
        "WASHINGTON (EWS) - Trump said the people killed in the strike were members of the "
        "Tren de Aragua gang."
    )
    gang = [m for m in _actors(parse, text) if "Tren de Aragua" in m.span.text]
    assert gang and gang[0].code == "VENCRM"


def test_the_army_under_a_dateline_the_story_is_about_is_that_country_s(parse: Parse) -> None:
    text = (
        "KHARTOUM (EWS) - Sudan's government said on Sunday that fighting had spread across "
        "Sudan. The army said it had retaken two towns."
    )
    assert _codes(_actors(parse, text), "The army") == ["SDNMIL"]


def test_a_venue_dateline_gives_no_country_to_the_army(parse: Parse) -> None:
    text = (
        "LONDON (EWS) - Britain and Germany pledged aid for Sudan and Sudan's neighbours on "
        "Tuesday, two years after war broke out between the army and a paramilitary force."
    )
    army = [m for m in _actors(parse, text) if m.span.text == "the army"]
    assert army and army[0].country != "GBR"


def test_without_a_dateline_a_domestic_group_faces_its_own_government_and_police(
    parse: Parse,
) -> None:
    text = "A Pakistani opposition leader accused the government of rigging the vote."
    assert _codes(_actors(parse, text), "the government") == ["PAKGOV"]
    clash = "Kenyan students clashed with police outside the university on Tuesday."
    assert _codes(_actors(parse, clash), "police") == ["KENCOP"]
    # forces are the state's where they act
    shelled = "Government forces shelled rebel positions near Aleppo on Sunday."
    assert _codes(_actors(parse, shelled), "Government forces") == ["SYRMIL"]
    # a state beside it says nothing of whose government it is
    urged = "Sweden urged the government to free the detained reporters."
    assert _codes(_actors(parse, urged), "the government") != ["SWEGOV"]


def test_a_country_the_tagger_reads_as_a_person_with_its_possessive_is_the_country(
    parse: Parse,
) -> None:
    # the tagger takes "Sri Lanka's" for a PERSON, possessive included
    text = "Sri Lanka's president resigned after months of protests."
    assert _codes(_actors(parse, text), "Sri Lanka's president") == ["LKAGOV"]


def test_a_force_another_state_backs_is_not_the_last_force_named(parse: Parse) -> None:
    text = "U.S. forces struck an Iranian-backed militia in Syria on Sunday."
    assert _codes(_actors(parse, text), "militia") != ["USAMIL"]


def test_another_states_body_of_a_metonyms_name_is_that_states(parse: Parse) -> None:
    text = "Peru's Congress voted on Thursday to remove the president."
    assert _codes(_actors(parse, text), "Peru's Congress") == ["PERLEG"]
    text = "Nigeria's House of Representatives passed the bill on Thursday."
    assert _codes(_actors(parse, text), "Nigeria's House of Representatives") == ["NGALEG"]
    assert _codes(_actors(parse, "Congress passed the bill on Thursday."), "Congress") == ["USALEG"]


def test_forces_a_state_moves_are_its_own(parse: Parse) -> None:
    text = (
        "Russian drones struck western Ukraine overnight. Poland scrambled fighter jets as a "
        "precaution."
    )
    assert _codes(_actors(parse, text), "fighter jets") == ["POLMIL"]


def test_leaders_of_smaller_states_in_the_news_are_known(parse: Parse) -> None:
    text = "Viktor Orban and Robert Fico met in Bratislava on Monday."
    found = _actors(parse, text, published="2025-11-20")
    assert _codes(found, "Viktor Orban") == ["HUNGOV"]
    assert _codes(found, "Robert Fico") == ["SVKGOV"]


def test_a_name_does_not_run_into_the_verb_after_it(parse: Parse) -> None:
    # keys have no spaces: "Pakistan is" spells the demonym "Pakistanis"
    text = "The visit by the Chinese premier to Pakistan is expected to boost trade."
    spans = [m.span.text for m in _actors(parse, text) if m.country == "PAK"]
    assert spans == ["Pakistan"]


def test_a_province_named_with_its_kind_is_its_countrys(parse: Parse) -> None:
    text = "Pakistani jets bombed a village in Paktika province on Tuesday."
    assert _codes(_actors(parse, text), "Paktika province") == ["AFG"]
    text = "Gunmen stormed a school in Punjab province on Tuesday."
    assert [m.country for m in _actors(parse, text) if "Punjab" in m.span.text] == ["PAK"]
    # a plain word with a kind word is a description, not a province
    text = "Sudan accused the Gulf state of arming the rebels."
    assert all(m.country != "PNG" for m in _actors(parse, text))
