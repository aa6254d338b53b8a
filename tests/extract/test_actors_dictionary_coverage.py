"""Dictionary coverage: names wire reports use that the packaged actor dictionary once lacked.

Each case is a sentence written in wire style around one named actor (news agencies and
outlets, armed groups, parties, state institutions, international bodies and aid groups) or
one role noun, with the code the name should resolve to in context.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle

Parse = Callable[..., ParsedArticle]
Case = tuple[str, str, str]  # sentence, mention text, expected code


def _code(parse: Parse, text: str, span: str, published: str = "2025-10-27") -> list[str | None]:
    mentions = extract_actors(parse(text, published=published), load_actor_dictionary())
    return [m.code for m in mentions if m.span.text == span]


MEDIA: list[Case] = [
    ("WAFA said Israeli troops had raided the refugee camp overnight.", "WAFA", "PSEMED"),
    ("Bernama reported that the premier would visit Tokyo next week.", "Bernama", "MYSMED"),
    ("Antara said rescuers had found 12 bodies under the rubble.", "Antara", "IDNMED"),
    ("Ukrinform said Russian drones had struck the port overnight.", "Ukrinform", "UKRMED"),
    ("Al Arabiya reported that the talks in Riyadh had stalled.", "Al Arabiya", "SAUMED"),
    ("Tasnim said the navy had seized a foreign tanker in the Gulf.", "Tasnim", "IRNMED"),
    ("Press TV accused Washington of fuelling the conflict.", "Press TV", "IRNMED"),
    ("Sputnik quoted a ministry source as saying the talks were over.", "Sputnik", "RUSMED"),
    ("The Global Times accused Manila of provocation.", "The Global Times", "CHNMED"),
    ("NHK said the government would lodge a protest.", "NHK", "JPNMED"),
    (
        "Deutsche Presse-Agentur reported that the chancellor would travel to Kyiv.",
        "Deutsche Presse-Agentur",
        "DEUMED",
    ),
    (
        "The Associated Press of Pakistan said the army chief had met the Saudi envoy.",
        "The Associated Press of Pakistan",
        "PAKMED",
    ),
    ("Voice of America said its reporters had been detained.", "Voice of America", "USAMED"),
    (
        "Hezbollah's Al-Manar said rockets had been fired at Israel.",
        "Hezbollah's Al-Manar",
        "LBNMED",
    ),
    # "PTI" is India's wire service and Pakistan's party: the article's country decides
    ("Indian police said on Monday, citing PTI, that the suspects had fled.", "PTI", "INDMED"),
]

ARMED_GROUPS: list[Case] = [
    (
        "The Qassam Brigades said they had fired rockets at Ashkelon.",
        "The Qassam Brigades",
        "PSEREBHMS",
    ),
    ("ISWAP fighters attacked a military base in Borno state.", "ISWAP fighters", "NGAREB"),
    ("JNIM claimed responsibility for the ambush near Timbuktu.", "JNIM", "MLIREB"),
    ("ISKP claimed the attack on the mosque in Kunduz.", "ISKP", "AFGREB"),
    ("The BLA claimed the attack on the passenger train.", "The BLA", "PAKREB"),
    ("The Arakan Army seized a town in Rakhine state.", "The Arakan Army", "MMRREB"),
    ("Fano militiamen clashed with federal troops near Gondar.", "Fano militiamen", "ETHREB"),
    ("Naxalites ambushed a police patrol in Chhattisgarh.", "Naxalites", "INDREB"),
    ("The Haqqani network was blamed for the attack.", "The Haqqani network", "AFGREB"),
    ("The LNA said it had repelled an attack on Sirte.", "The LNA", "LBYMIL"),
    ("The Africa Corps replaced Wagner fighters in Mali.", "The Africa Corps", "RUSMIL"),
    ("The Sinaloa Cartel was blamed for the killings.", "The Sinaloa Cartel", "MEXCRM"),
    ("Ambazonian separatists kidnapped a teacher.", "Ambazonian separatists", "CMRREB"),
]

PARTIES: list[Case] = [
    ("United Russia won a majority in the regional elections.", "United Russia", "RUSGOV"),
    ("Germany's AfD called for an end to sanctions on Russia.", "Germany's AfD", "DEUOPP"),
    ("The Conservatives accused Labour of raising taxes.", "Labour", "GBRPTY"),
    ("The SPD and the CDU agreed to form a coalition.", "the CDU", "DEUPTY"),
    ("The Kuomintang called for talks with Beijing.", "The Kuomintang", "TWNPTY"),
    ("The PSUV said its candidate had won.", "The PSUV", "VENGOV"),
    (
        "Pakistan Tehreek-e-Insaf supporters clashed with police.",
        "Pakistan Tehreek-e-Insaf",
        "PAKPTY",
    ),
    ("The AKP lost Istanbul to the CHP in the local elections.", "the CHP", "TUROPP"),
    # a party the phrase puts in opposition is the opposition, whatever its entry says
    ("The opposition BNP called a general strike in Dhaka.", "The opposition BNP", "BGDOPP"),
    # a name several parties share takes the article's country
    (
        "In Stockholm, the Social Democrats said they would oppose the budget.",
        "the Social Democrats",
        "SWEPTY",
    ),
    ("The Democrats accused the White House of overreach.", "The Democrats", "USAPTY"),
    ("In Paris, the Republicans called for a vote of no confidence.", "the Republicans", "FRAPTY"),
    ("In Vilnius, the Conservatives called for a referendum.", "the Conservatives", "LTUPTY"),
    ("The EFF walked out of parliament in Cape Town.", "The EFF", "ZAFOPP"),
    ("In Singapore, the PAP won 87 of 93 seats.", "the PAP", "SGPGOV"),
]

INSTITUTIONS: list[Case] = [
    ("The ISI denied any role in the attack.", "The ISI", "PAKSPY"),
    ("The SBU said it had detained a Russian agent in Odesa.", "The SBU", "UKRSPY"),
    ("ICE agents detained dozens of migrants in Chicago.", "ICE", "USACOP"),
    ("The Tatmadaw bombed a village in Sagaing region.", "The Tatmadaw", "MMRMIL"),
    ("The Quds Force commander was killed in the strike.", "The Quds Force commander", "IRNMIL"),
    ("The Federal Reserve raised interest rates on Wednesday.", "The Federal Reserve", "USAGOV"),
    ("The Sejm approved the bill on Friday.", "The Sejm", "POLLEG"),
    ("The European Central Bank raised interest rates.", "The European Central Bank", "IGOEUREEC"),
    (
        "The European Court of Human Rights ruled against Russia.",
        "The European Court of Human Rights",
        "IGOEURCOEJUD",
    ),
    ("The IOM said 60 migrants had drowned off Libya.", "The IOM", "IGOUNOREF"),
    ("The ILO said unemployment had risen.", "The ILO", "IGOUNOLAB"),
    ("Save the Children said the school had been hit by a missile.", "Save the Children", "NGO"),
    ("Freedom House downgraded the country.", "Freedom House", "NGOHRI"),
    ("The OPCW said chlorine had been used in the attack.", "The OPCW", "IGO"),
    ("The AU Commission called for a ceasefire.", "The AU Commission", "IGOAFRAFU"),
    ("The ICTY sentenced the former general to life in prison.", "The ICTY", "IGOUNOJUD"),
]

ROLES: list[Case] = [
    ("Tribal elders rejected the deal on Sunday.", "Tribal elders", "---CVL"),
    ("Bandits abducted 30 pupils from a school.", "Bandits", "---CRM"),
    ("Gunmen abducted 30 pupils from a school.", "30 pupils", "---EDU"),
    ("Police arrested a trade unionist on Monday.", "a trade unionist", "---LAB"),
]


@pytest.mark.parametrize(("text", "span", "code"), MEDIA)
def test_news_agencies_and_outlets_are_their_countrys_media(
    parse: Parse, text: str, span: str, code: str
) -> None:
    assert _code(parse, text, span) == [code]


@pytest.mark.parametrize(("text", "span", "code"), ARMED_GROUPS)
def test_armed_groups_and_their_wings_are_coded_as_the_group(
    parse: Parse, text: str, span: str, code: str
) -> None:
    assert _code(parse, text, span) == [code]


@pytest.mark.parametrize(("text", "span", "code"), PARTIES)
def test_parties_are_their_countrys_party_or_government(
    parse: Parse, text: str, span: str, code: str
) -> None:
    assert _code(parse, text, span) == [code]


def test_a_party_or_movement_takes_the_code_of_the_articles_date(parse: Parse) -> None:
    text = "The National League for Democracy rejected the army's plan."
    span = "The National League for Democracy"
    assert _code(parse, text, span, "2012-05-01") == ["MMROPP"]
    assert _code(parse, text, span, "2018-05-01") == ["MMRGOV"]  # in government 2016-2021
    assert _code(parse, text, span, "2022-05-01") == ["MMROPP"]  # after the coup
    text = "The TPLF accused the federal government of blocking aid."
    assert _code(parse, text, "The TPLF", "2021-06-01") == ["ETHREB"]  # the Tigray war
    assert _code(parse, text, "The TPLF", "2010-06-01") == ["ETHGOV"]  # the EPRDF years
    # an armed movement that took power: HTS since Assad fled
    text = "HTS fighters seized the town on Saturday."
    assert _code(parse, text, "HTS fighters", "2024-11-30") == ["SYRREBHTS"]
    assert _code(parse, text, "HTS fighters", "2025-02-15") == ["SYRGOV"]


@pytest.mark.parametrize(("text", "span", "code"), INSTITUTIONS)
def test_named_institutions_and_international_bodies(
    parse: Parse, text: str, span: str, code: str
) -> None:
    assert _code(parse, text, span) == [code]


def test_a_body_many_states_have_is_the_country_the_phrase_or_article_names(parse: Parse) -> None:
    # a politburo is any ruling communist party's, not China's alone
    text = "The Soviet Politburo met on Thursday to discuss the crisis."
    assert _code(parse, text, "The Soviet Politburo") == ["RUSGOV"]
    text = "Vietnam's Politburo disciplined two ministers."
    assert _code(parse, text, "Vietnam's Politburo") == ["VNMGOV"]
    # "Congress" in an Indian story is the Indian National Congress, elsewhere the US Congress
    text = "In New Delhi, Congress demanded a probe into the deal."
    assert _code(parse, text, "Congress") == ["INDPTY"]
    assert _code(parse, "Congress passed the defense bill on Friday.", "Congress") == ["USALEG"]


@pytest.mark.parametrize(("text", "span", "code"), ROLES)
def test_wire_role_nouns(parse: Parse, text: str, span: str, code: str) -> None:
    assert _code(parse, text, span) == [code]
