"""Whom diplomatic acts are aimed at, in our own wire sentences: a place handed back goes to
whom it is handed, a deal's topic is no party, an answer someone's deed prompted is aimed at
them, an appeal for what two sides must do is made to both; and a required word found only
where the act happened ("at six-party talks") names nothing it was done to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import pipeline_triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_a_place_handed_back_goes_to_its_receiver(pipeline: Any, parse: Parse) -> None:
    text = "Portugal handed Macau back to China at a ceremony on Monday."
    assert pipeline_triples(pipeline, parse, text, "1999-12-20") == {("PRT", "CHN", "084")}
    # people returned are released to their country, not visiting it
    text = "Russia returned 20 Ukrainian children to Ukraine on Friday."
    assert pipeline_triples(pipeline, parse, text, "2023-12-20") == {("RUS", "UKR", "0841")}


@pytest.mark.model
def test_a_deals_topic_is_no_party(pipeline: Any, parse: Parse) -> None:
    text = "Iran and six world powers reached an interim deal on Tehran's nuclear programme."
    got = pipeline_triples(pipeline, parse, text, "2013-11-24")
    assert got and all(target != "IRN" for _, target, _ in got)


@pytest.mark.model
def test_an_answer_is_aimed_at_whoever_prompted_it(pipeline: Any, parse: Parse) -> None:
    text = (
        "India revoked the special status of Kashmir, prompting Pakistan to downgrade "
        "diplomatic ties."
    )
    assert ("PAK", "IND", "161") in pipeline_triples(pipeline, parse, text, "2019-08-07")


@pytest.mark.model
def test_an_appeal_for_what_two_sides_must_do_is_made_to_both(pipeline: Any, parse: Parse) -> None:
    text = "Egypt called for a ceasefire between Israel and Hamas on Sunday."
    got = pipeline_triples(pipeline, parse, text, "2014-07-20")
    assert {("EGY", "ISR", "0256"), ("EGY", "PSE", "0256")} <= got
    text = "Saudi Arabia called for an immediate halt to the fighting between Israel and Hamas."
    targets = {
        t for s, t, code in pipeline_triples(pipeline, parse, text, "2023-10-08") if s == "SAU"
    }
    assert targets == {"ISR", "PSE"}


@pytest.mark.model
def test_a_word_of_where_the_act_happened_is_not_its_matter(pipeline: Any, parse: Parse) -> None:
    text = "North Korea agreed to shut down its main reactor at six-party talks in Beijing."
    got = pipeline_triples(pipeline, parse, text, "2007-02-13")
    assert got and all(code.startswith("03") for _, _, code in got)  # no ban on parties (13x)


@pytest.mark.model
def test_answering_with_duties_is_a_trade_measure(pipeline: Any, parse: Parse) -> None:
    text = "Washington imposed tariffs on Chinese goods, and Beijing retaliated with duties."
    got = pipeline_triples(pipeline, parse, text, "2018-07-06")
    assert ("CHN", "USA", "163") in got
    assert not any(code.startswith("19") for _, _, code in got)


@pytest.mark.model
def test_the_first_leader_to_visit_did_visit(pipeline: Any, parse: Parse) -> None:
    text = "Obama became the first sitting U.S. president to visit Cuba in nearly 90 years."
    result = pipeline.extract(parse(text, "2016-03-21"))
    visits = [e for e in result.events if e.cameo.code == "042"]
    assert visits and all(e.modality == "asserted" for e in visits)
    # a first attempt is still an attempt
    text = "A first attempt by Peruvian police to detain the former president failed."
    result = pipeline.extract(parse(text, "2016-03-21"))
    assert all(e.modality != "asserted" or e.negated for e in result.events)


@pytest.mark.model
def test_a_broker_mediates_between_the_deals_parties(pipeline: Any, parse: Parse) -> None:
    text = (
        "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China."
    )
    got = pipeline_triples(pipeline, parse, text, "2023-03-10")
    assert {("CHN", "SAU", "045"), ("CHN", "IRN", "045")} <= got


@pytest.mark.model
def test_an_operation_ordered_is_the_operation(pipeline: Any, parse: Parse) -> None:
    text = "Ukraine's acting president ordered an anti-terrorist operation against separatists."
    got = pipeline_triples(pipeline, parse, text, "2014-04-13")
    assert got and all(code == "190" for _, _, code in got)  # force, not a demand (10)


@pytest.mark.model
def test_a_summit_proposed_in_a_phone_call_is_a_summit(pipeline: Any, parse: Parse) -> None:
    text = "Biden proposed a summit with Putin in a phone call on Tuesday."
    result = pipeline.extract(parse(text, "2021-04-13"))
    summits = [e for e in result.events if e.trigger.text == "summit"]
    assert [(e.source.country, e.target.country) for e in summits if e.source and e.target] == [
        ("USA", "RUS")
    ]
    assert all(e.modality == "intended" for e in summits)


@pytest.mark.model
def test_a_call_made_to_discuss_is_one_call(pipeline: Any, parse: Parse) -> None:
    text = "Arafat telephoned Mubarak to discuss the crisis."
    assert pipeline_triples(pipeline, parse, text, "2001-05-01") == {
        ("PSE", "EGY", "041"),
        ("EGY", "PSE", "041"),
    }


@pytest.mark.model
def test_a_states_blockade_ended_eases_a_siege(pipeline: Any, parse: Parse) -> None:
    text = "Egyptian officials urged Israel to end its blockade of Palestinian towns."
    assert pipeline_triples(pipeline, parse, text, "2001-05-01") == {("EGY", "ISR", "0256")}
    text = "Israel reopened the Gaza airport after a two-week closure."
    assert ("ISR", "PSE", "081") in pipeline_triples(pipeline, parse, text, "2001-05-01")


@pytest.mark.model
def test_an_appeal_is_not_made_to_the_callers_own_side(pipeline: Any, parse: Parse) -> None:
    text = "Obama called for a new beginning between the United States and Muslims in Cairo."
    got = pipeline_triples(pipeline, parse, text, "2009-06-04")
    assert not any(s == t for s, t, _ in got)


@pytest.mark.model
def test_leaving_a_named_treaty_is_aimed_at_its_partner(pipeline: Any, parse: Parse) -> None:
    text = "The United States formally withdrew from the INF Treaty with Russia."
    assert pipeline_triples(pipeline, parse, text, "2019-08-02") == {("USA", "RUS", "160")}


@pytest.mark.model
def test_leaving_a_council_reduces_relations_with_it(pipeline: Any, parse: Parse) -> None:
    text = "The United States withdrew from the U.N. Human Rights Council on Tuesday."
    assert pipeline_triples(pipeline, parse, text, "2018-06-19") == {("USA", "IGO", "160")}


@pytest.mark.model
def test_what_a_deal_paves_the_way_for_is_not_done(pipeline: Any, parse: Parse) -> None:
    text = (
        "Washington and the Taliban signed a deal paving the way for a withdrawal of U.S. troops."
    )
    got = pipeline_triples(pipeline, parse, text, "2020-02-29")
    assert got == {("USA", "AFG", "057"), ("AFG", "USA", "057")}


@pytest.mark.model
def test_a_leader_captured_is_detained(pipeline: Any, parse: Parse) -> None:
    text = "U.S. troops captured Saddam Hussein near his hometown of Tikrit."
    assert pipeline_triples(pipeline, parse, text, "2003-12-14") == {("USA", "IRQ", "173")}
    text = "Myanmar's junta released some of the monks detained during the protests."
    assert ("MMR", "MMR", "0841") in pipeline_triples(pipeline, parse, text, "2007-10-01")


@pytest.mark.model
def test_a_signed_texts_purpose_names_the_other_parties(pipeline: Any, parse: Parse) -> None:
    text = "Israel signed agreements to normalise relations with the UAE and Bahrain on Tuesday."
    got = pipeline_triples(pipeline, parse, text, "2020-09-15")
    assert {("ISR", "ARE", "057"), ("ISR", "BHR", "057")} <= got


@pytest.mark.model
def test_two_parties_offices_are_no_third_party(pipeline: Any, parse: Parse) -> None:
    text = "India and Pakistan agreed to set up a hotline between their foreign secretaries."
    got = pipeline_triples(pipeline, parse, text, "2004-06-09")
    assert {(s, t) for s, t, _ in got} == {("IND", "PAK"), ("PAK", "IND")}


@pytest.mark.model
def test_marching_at_a_ceremony_is_no_protest(pipeline: Any, parse: Parse) -> None:
    text = "North and South Korean athletes marched together at the opening ceremony."
    got = pipeline_triples(pipeline, parse, text, "2018-02-09")
    assert not any(code.startswith("14") for _, _, code in got)


@pytest.mark.model
def test_a_summit_that_ended_without_an_agreement_reached_none(pipeline: Any, parse: Parse) -> None:
    text = "The Camp David summit ended without an agreement between Barak and Arafat."
    result = pipeline.extract(parse(text, "2000-07-25"))
    deals = [e for e in result.events if e.cameo.root == "03"]
    assert deals and all(e.negated for e in deals)
