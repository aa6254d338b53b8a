"""Mistakes found in wire reports of travel warnings, killings, meetings, retorts, threats
and handovers (our own sentences): a travel warning reduces relations with where travel is
warned off; a killing is coded by who does it, as the codebook says; a weapon fired from a
country is its force, and what comes under fire is fired on; attending a meeting consults;
a plural role "from" several states is each one's; words aimed "at" someone are at them; a
that-clause tells; processes wrecked are scuttled, no property destroyed; who was behind an
attack did it; what one is threatened "with" is the threat; a suspect handed over is
cooperation with whoever receives him; a hyphened participle describes; an act a rally
denounces has happened; and insisting on a fact demands nothing."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2015-03-24"


@pytest.mark.model
def test_a_travel_warning_reduces_relations_with_where_travel_is_warned_off(
    pipeline: Any, parse: Any
) -> None:
    for text, source, target in (
        ("The State Department advised Americans against travel to Venezuela.", "USA", "VEN"),
        ("Britain warned its citizens against travelling to Mali.", "GBR", "MLI"),
        ("Germany issued a travel warning for Turkey on Monday.", "DEU", "TUR"),
        ("France raised its travel advisory for Lebanon to the highest level.", "FRA", "LBN"),
    ):
        got = pipeline_triples(pipeline, parse, text, DAY)
        assert got == {(source, target, "160")}, text
    # a warning of travel chaos is no travel warning, and no threat
    assert not pipeline_triples(
        pipeline, parse, "Officials in Spain warned of travel chaos during the holidays.", DAY
    )


@pytest.mark.model
def test_a_killing_is_coded_by_who_does_it_as_the_codebook_says(pipeline: Any, parse: Any) -> None:
    # a killing with no weapon told is force (190), not a killing by beating (1823)
    for text, triple in (
        ("Israeli troops killed two Palestinians in Gaza on Monday.", ("ISR", "PSE", "190")),
        ("Taliban militants killed five soldiers in Helmand province.", ("AFG", "AFG", "190")),
        # gunmen and mobs, no organized force, use unconventional violence
        ("Gunmen killed a police officer in Peshawar on Friday.", ("PAK", "PAK", "180")),
        # a state's forces killing its own protesters repress them
        ("Police shot dead three protesters in Nairobi.", ("KEN", "KEN", "175")),
        # the executioner's and the lynch mob's killings are still by hand
        ("Iran executed two men convicted of spying for Israel.", ("IRN", "IRN", "1823")),
    ):
        assert triple in pipeline_triples(pipeline, parse, text, DAY), text
    # a named militia is an organized force
    text = "The RSF killed 40 villagers in North Darfur, the United Nations said."
    assert ("SDN", "SDN", "190") in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_a_weapon_fired_from_a_country_is_that_countrys_force(pipeline: Any, parse: Any) -> None:
    for text, triple in (
        ("A rocket fired from Gaza killed two Israelis in Sderot.", ("PSE", "ISR", "190")),
        ("A missile launched from Yemen struck a Saudi oil facility.", ("YEM", "SAU", "195")),
        (
            "Turkey shelled Syrian army positions in retaliation for a mortar bomb fired from "
            "Syria that killed five Turkish civilians.",
            ("SYR", "TUR", "190"),
        ),
    ):
        assert triple in pipeline_triples(pipeline, parse, text, DAY), text


@pytest.mark.model
def test_attending_a_meeting_and_exchanging_views_are_consultations(
    pipeline: Any, parse: Any
) -> None:
    text = "The Turkish foreign minister joined the meeting of NATO ministers in Brussels."
    assert ("TUR", "IGO", "040") in pipeline_triples(pipeline, parse, text, DAY)
    text = "Iran attended the talks in Geneva on Monday."
    assert ("IRN", None, "040") in pipeline_triples(pipeline, parse, text, DAY)
    text = "Chinese President Hu Jintao and US President George W. Bush exchanged views on Taiwan."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert {("CHN", "USA", "040"), ("USA", "CHN", "040")} <= got
    # joining a rally is no meeting
    text = "Thousands of protesters joined the rally in Cairo."
    assert all(code != "040" for _, _, code in pipeline_triples(pipeline, parse, text, DAY))


@pytest.mark.model
def test_a_plural_role_from_several_states_is_each_states(pipeline: Any, parse: Any) -> None:
    text = "Officials from the United States and China met in Geneva."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert {("USA", "CHN", "040"), ("CHN", "USA", "040")} <= got
    text = "Troops from Chad and Niger attacked Boko Haram positions."
    sources = {s for s, _, _ in pipeline_triples(pipeline, parse, text, DAY)}
    assert sources == {"TCD", "NER"}


@pytest.mark.model
def test_words_aimed_at_someone_are_aimed_at_them(pipeline: Any, parse: Any) -> None:
    for text, triple in (
        (
            "Russia lashed out at NATO over its expansion into Eastern Europe.",
            ("RUS", "IGO", "111"),
        ),
        ("The Kremlin hit back at Washington's criticism.", ("RUS", "USA", "111")),
        ("China fired back at US accusations of spying.", ("CHN", "USA", "111")),
        # what is charged in a that-clause is an accusation, no arrest
        (
            "The Palestinian Authority charged that Israel was sabotaging the peace process.",
            ("PSE", "ISR", "112"),
        ),
    ):
        got = pipeline_triples(pipeline, parse, text, DAY)
        assert triple in got, text
        assert all(code[:2] not in ("17", "19") for _, _, code in got), text
    # a retort by force is still force
    text = "Russia hit back at Kyiv with a wave of missile strikes."
    assert {code[:2] for _, _, code in pipeline_triples(pipeline, parse, text, DAY)} == {"19"}


@pytest.mark.model
def test_a_process_wrecked_is_no_property_destroyed(pipeline: Any, parse: Any) -> None:
    for text in (
        "Israel was sabotaging the peace process, the Palestinians said.",
        "Hamas said Israel had destroyed the ceasefire.",
    ):
        codes = {code for _, _, code in pipeline_triples(pipeline, parse, text, DAY)}
        assert codes == {"120"}, text
    text = "Russia levelled accusations at Ukraine."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("RUS", "UKR", "112")}
    # property is still property
    text = "Serbian rioters torched the US embassy in Belgrade."
    assert any(
        code.startswith("17") or code.startswith("14")
        for _, _, code in pipeline_triples(pipeline, parse, text, DAY)
    )


@pytest.mark.model
def test_who_was_behind_an_attack_did_it(pipeline: Any, parse: Any) -> None:
    text = "Turkey said Kurdish militants were behind the bombing in Ankara."
    assert ("TUR", "TUR", "183") in pipeline_triples(pipeline, parse, text, DAY)
    text = "Israel said Iran was behind the attack."
    assert ("IRN", "ISR", "190") in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_what_comes_under_fire_is_fired_on(pipeline: Any, parse: Any) -> None:
    text = "A US convoy came under fire near Fallujah on Monday."
    assert pipeline_triples(pipeline, parse, text, DAY) == {(None, "USA", "190")}
    text = "The Turkish embassy in Kabul came under rocket attack."
    assert (None, "TUR", "190") in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_media_closed_and_people_expelled_are_coerced(pipeline: Any, parse: Any) -> None:
    for text, triple in (
        ("Turkish authorities closed a pro-Kurdish newspaper in Istanbul.", ("TUR", "TUR", "1721")),
        ("Serbian police expelled ethnic Albanians from their villages.", ("SRB", "SRB", "201")),
    ):
        assert triple in pipeline_triples(pipeline, parse, text, DAY), text


@pytest.mark.model
def test_what_someone_is_threatened_with_is_the_threat_not_an_act(
    pipeline: Any, parse: Any
) -> None:
    text = "NATO threatened Yugoslavia with air strikes if it did not sign the peace deal."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert ("IGO", "SRB", "1384") in got
    assert not any(code.startswith("19") for _, _, code in got)
    text = "Washington threatened Beijing with new tariffs."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("USA", "CHN", "1312")}


@pytest.mark.model
def test_a_suspect_handed_over_is_cooperation_with_whoever_receives_him(
    pipeline: Any, parse: Any
) -> None:
    for text in (
        "Pakistan handed over a suspected al-Qaeda leader to the United States.",
        "Pakistan extradited a suspected al-Qaeda leader to the United States.",
    ):
        assert pipeline_triples(pipeline, parse, text, DAY) == {("PAK", "USA", "063")}, text
    text = "Kenya handed the suspect to Somali authorities."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("KEN", "SOM", "063")}


@pytest.mark.model
def test_a_hyphened_participle_describes_and_does_nothing(pipeline: Any, parse: Any) -> None:
    text = "Japan sent relief supplies to tsunami-hit Indonesia."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert got and all(code.startswith("07") for _, _, code in got)


@pytest.mark.model
def test_an_act_a_rally_denounces_has_happened(pipeline: Any, parse: Any) -> None:
    for text in (
        "Thousands of Georgians rallied in Tbilisi to denounce the Russian offensive.",
        "Georgians rallied to protest against the Russian invasion.",
    ):
        events = list(pipeline.extract(parse(text, DAY)).events)
        protests = [e for e in events if e.cameo.root == "14"]
        assert protests and protests[0].source.country == "GEO", text  # no rally behind
        force = [e for e in events if e.cameo.root == "19"]
        assert force and all(e.modality == "asserted" for e in force), text
    # an aim's own matter is still only aimed at
    text = "Russian generals met in Moscow to plan a new offensive against Ukraine."
    events = list(pipeline.extract(parse(text, DAY)).events)
    assert all(e.modality != "asserted" for e in events if e.cameo.root == "19")


@pytest.mark.model
def test_insisting_on_a_fact_is_no_demand(pipeline: Any, parse: Any) -> None:
    text = "Moscow insisted that no Russian troops were fighting in eastern Ukraine."
    assert not any(c.startswith("10") for _, _, c in pipeline_triples(pipeline, parse, text, DAY))
    # insisting that someone do something still demands it
    for text in (
        "Belgrade insisted that Kosovo remain part of Serbia.",
        "Iran insisted that the sanctions must be lifted.",
    ):
        codes = {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}
        assert any(c.startswith("10") for c in codes), text


@pytest.mark.model
def test_disappointment_expressed_is_disapproval(pipeline: Any, parse: Any) -> None:
    text = "Beijing voiced strong displeasure at Tokyo's decision."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("CHN", "JPN", "110")}
    text = "Seoul expressed disappointment with Pyongyang's refusal to resume talks."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert ("KOR", "PRK", "110") in got
    # what is refused is not intended
    assert not any(c.startswith("03") for _, _, c in got)
    # regret over deaths is sympathy
    text = "Japan expressed regret over the deaths of Chinese workers."
    assert all(c == "018" for _, _, c in pipeline_triples(pipeline, parse, text, DAY))
