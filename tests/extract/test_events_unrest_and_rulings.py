"""Unrest and rulings in our own wire sentences: a state's forces do not riot (their
violence at a crowd is repression), a lower-case word is no city ("metro stations"), a court's
ruling told in the passive keeps its convicted, and fleeing into exile is no expulsion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import pipeline_triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_a_states_forces_repress_they_do_not_riot(pipeline: Any, parse: Parse) -> None:
    text = "Nicaraguan police clashed with students protesting against pension reforms."
    assert pipeline_triples(pipeline, parse, text, "2018-04-19") == {("NIC", "NIC", "175")}
    text = "Turkish riot police stormed Gezi Park in Istanbul on Saturday."
    got = pipeline_triples(pipeline, parse, text, "2013-06-16")
    assert got and not any(code == "145" for _, _, code in got)
    # police and protesters who clash together riot at each other
    text = "Police and protesters clashed in central Nairobi on Tuesday."
    assert pipeline_triples(pipeline, parse, text, "2024-06-25") == {("KEN", "KEN", "145")}


@pytest.mark.model
def test_a_lower_case_word_is_no_city(pipeline: Any, parse: Parse) -> None:
    text = "Chilean protesters torched metro stations in Santiago on Friday."
    result = pipeline.extract(parse(text, "2019-10-18"))
    assert {a.country for a in result.actors} == {"CHL"}
    assert all(e.target is None or e.target.country == "CHL" for e in result.events)


@pytest.mark.model
def test_a_sentence_told_in_the_passive_is_a_ruling(pipeline: Any, parse: Parse) -> None:
    # a person sentenced to a term is imprisoned (the codebook's 116 sends them to 173),
    # whichever court ruled; a ruling with no term stays 116
    text = "Former president Alberto Fujimori was sentenced to 25 years in prison on Tuesday."
    assert (None, "PER", "173") in pipeline_triples(pipeline, parse, text, "2009-04-07")
    text = "Former president Alberto Fujimori was convicted of human rights abuses on Tuesday."
    assert (None, "PER", "116") in pipeline_triples(pipeline, parse, text, "2009-04-07")


@pytest.mark.model
def test_fleeing_into_exile_is_no_expulsion(pipeline: Any, parse: Parse) -> None:
    text = "Rebels marched into Kinshasa as Mobutu Sese Seko fled into exile."
    got = pipeline_triples(pipeline, parse, text, "1997-05-17")
    assert not any(code.startswith("17") for _, _, code in got)


@pytest.mark.model
def test_a_deed_someone_is_charged_with_is_not_told_as_done(pipeline: Any, parse: Parse) -> None:
    text = "Malaysian police arrested a woman suspected of killing a North Korean at the airport."
    assert pipeline_triples(pipeline, parse, text, "2017-02-15") == {("MYS", "MYS", "173")}
    text = "German police detained a man on suspicion of attacking a synagogue in Berlin."
    assert pipeline_triples(pipeline, parse, text, "2019-10-10") == {("DEU", "DEU", "173")}
    text = "A Kenyan court convicted two men of aiding the attackers of a mall in Nairobi."
    got = pipeline_triples(pipeline, parse, text, "2020-10-07")
    assert not any(code.startswith("07") for _, _, code in got)  # the court aided no one
    # guilty of it, the subject did it
    text = "Both the Philippine military and the rebels are guilty of violating the truce."
    got = pipeline_triples(pipeline, parse, text, "2001-08-07")
    assert any(code.startswith("19") for _, _, code in got)


@pytest.mark.model
def test_a_seized_capital_is_seized_when_its_ruler_flees(pipeline: Any, parse: Parse) -> None:
    text = "Syrian rebels seized Damascus and President Bashar al-Assad fled to Moscow."
    result = pipeline.extract(parse(text, "2024-12-08"))
    assert [(e.source.country, e.cameo.code) for e in result.events if e.source] == [("SYR", "192")]


@pytest.mark.model
def test_police_act_on_their_own_countrys_people(pipeline: Any, parse: Parse) -> None:
    text = "Myanmar police opened fire on protesters in several cities, killing at least 18."
    assert ("MMR", "MMR", "193") in pipeline_triples(pipeline, parse, text, "2021-02-28")


@pytest.mark.model
def test_clearance_operations_are_force(pipeline: Any, parse: Parse) -> None:
    text = "Myanmar's army launched clearance operations in Rakhine state on Friday."
    assert ("MMR", "MMR", "190") in pipeline_triples(pipeline, parse, text, "2017-08-25")


@pytest.mark.model
def test_a_states_forces_storming_another_states_embassy_use_force(
    pipeline: Any, parse: Parse
) -> None:
    text = "Ecuadorean police stormed the Mexican embassy in Quito on Friday."
    assert pipeline_triples(pipeline, parse, text, "2024-04-05") == {("ECU", "MEX", "190")}


@pytest.mark.model
def test_a_company_seized_or_nationalised_is_confiscated(pipeline: Any, parse: Parse) -> None:
    text = "Argentina seized control of the oil company YPF from Spain's Repsol."
    assert ("ARG", "ESP", "1711") in pipeline_triples(pipeline, parse, text, "2012-04-16")
    text = "Bolivia's president nationalised the country's natural gas industry."
    got = pipeline_triples(pipeline, parse, text, "2006-05-01")
    assert got and all(code == "1711" for _, _, code in got)
    # a town's control seized is still occupied
    text = "Tuareg rebels seized control of the town of Kidal in northern Mali."
    assert any(
        code == "192" for _, _, code in pipeline_triples(pipeline, parse, text, "2012-03-30")
    )


@pytest.mark.model
def test_a_coup_announced_is_made_against_the_own_state(pipeline: Any, parse: Parse) -> None:
    text = "Thailand's army chief announced a military coup on Thursday."
    assert ("THA", "THA", "190") in pipeline_triples(pipeline, parse, text, "2014-05-22")


@pytest.mark.model
def test_a_place_deep_in_the_acts_phrase_places_it(pipeline: Any, parse: Parse) -> None:
    text = (
        "Gunmen killed 12 people at the offices of the satirical magazine Charlie Hebdo in Paris."
    )
    assert ("FRA", "FRA", "180") in pipeline_triples(pipeline, parse, text, "2015-01-07")
    # a lone private person's crime there is still no political act
    text = "A man stabbed his neighbour in a row over parking in Lyon."
    assert not pipeline_triples(pipeline, parse, text, "2024-06-01")


@pytest.mark.model
def test_a_city_on_a_facility_is_the_city(pipeline: Any, parse: Parse) -> None:
    text = "Suicide bombers struck Brussels airport and a metro station, killing 32 people."
    got = pipeline_triples(pipeline, parse, text, "2016-03-22")
    assert got and all(t == "BEL" for _, t, _ in got)  # not the EU
    text = "Brussels imposed new sanctions on Russia on Friday."
    assert ("IGO", "RUS", "163") in pipeline_triples(pipeline, parse, text, "2022-03-01")
