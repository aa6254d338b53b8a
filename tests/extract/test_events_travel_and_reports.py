"""Mistakes found in wire reports of travel warnings and reported force (our own sentences):
a state warning its people off a country reduces relations with that country, and threatens
no one."""

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
