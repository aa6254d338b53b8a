"""Acts wire copy tells that had no pattern or a wrong one: closing in on a city, sharing
intelligence as a noun, taking a state in (membership, candidate status), opening a crossing,
coups, revoking a region's autonomy, communications blackouts, admitting a killing, and
brokering a truce between two sides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_closing_in_on_a_named_city_is_an_advance(parse: Parse) -> None:
    parsed = parse("Militant fighters closed in on Mosul late on Saturday.")
    events = coded_events(parsed, {"fighters": "IRQREB", "Mosul": "IRQ"})
    assert triples(events) == {("IRQ", "IRQ", "190")}  # not a blockade (191)
    # a deal closed in on is no attack
    parsed = parse("Negotiators from Peru closed in on a trade deal on Friday.")
    assert not coded_events(parsed, {"Peru": "PER"})


@pytest.mark.model
def test_intelligence_sharing_as_a_noun_is_intelligence_cooperation(parse: Parse) -> None:
    parsed = parse("Chile and Peru restarted intelligence sharing after a two-year freeze.")
    events = coded_events(parsed, {"Chile": "CHL", "Peru": "PER"})
    assert ("CHL", "PER", "064") in triples(events)


@pytest.mark.model
def test_taking_a_state_in_is_diplomatic_cooperation(parse: Parse) -> None:
    parsed = parse("The bloc granted Georgia candidate status at a summit on Thursday.")
    events = coded_events(parsed, {"bloc": "IGOEUREEC", "Georgia": "GEO"})
    assert ("IGO", "GEO", "050") in triples(events)
    parsed = parse("Croatia's parliament approved Montenegro's bid to join the alliance.")
    events = coded_events(parsed, {"Croatia": "HRVLEG", "Montenegro": "MNE"})
    assert ("HRV", "MNE", "050") in triples(events)


@pytest.mark.model
def test_opening_a_crossing_eases_a_blockade(parse: Parse) -> None:
    parsed = parse("Turkey opened the Bab al-Hawa crossing to let food convoys into Syria.")
    events = coded_events(parsed, {"Turkey": "TUR", "Syria": "SYR"})
    # one act of yielding, asserted: not a promise (0355) to let aid in
    assert {(s, code) for s, _, code in triples(events)} == {("TUR", "0872")}
    assert {e.modality for e in events} == {"asserted"}


@pytest.mark.model
def test_a_coup_is_force_and_a_vote_that_ousts_is_not(parse: Parse) -> None:
    for text in (
        "Mutinous soldiers overthrew the president of Mali on Tuesday.",
        "Army officers seized power in Mali on Tuesday.",
        "Officers of the presidential guard staged a coup in Mali on Tuesday.",
    ):
        events = coded_events(
            parse(text),
            {"soldiers": "---MIL", "officers": "---MIL", "Officers": "---MIL", "Mali": "MLIGOV"},
        )
        assert {e.cameo.code for e in events} == {"190"}, text
    parsed = parse("Lawmakers in Peru ousted the president in a vote on Thursday.")
    events = coded_events(parsed, {"Lawmakers": "PERLEG", "president": "PERGOV"})
    assert {e.cameo.code for e in events} == {"1041"}


@pytest.mark.model
def test_revoking_a_regions_autonomy_is_an_administrative_sanction(parse: Parse) -> None:
    parsed = parse("Serbia stripped the province of its autonomy in 1989.")
    events = coded_events(parsed, {"Serbia": "SRBGOV"})
    assert {e.cameo.code for e in events} == {"172"}


@pytest.mark.model
def test_a_communications_blackout_restricts_freedoms(parse: Parse) -> None:
    parsed = parse("Ethiopia imposed a communications blackout on the Tigray region.")
    events = coded_events(parsed, {"Ethiopia": "ETHGOV", "Tigray": "ETH"})
    assert {e.cameo.code for e in events} == {"1721"}


@pytest.mark.model
def test_admitting_a_killing_with_no_doer_owns_it(parse: Parse) -> None:
    parsed = parse("Peru admitted that two Chilean fishermen were killed in the incident.")
    events = coded_events(parsed, {"Peru": "PERGOV", "Chilean": "CHLCVL"})
    assert ("PER", "CHL", "015") in triples(events)
    # owning up to one's own losses is no claim of a killing
    parsed = parse("Peru admitted that two Peruvian soldiers were killed in the incident.")
    events = coded_events(parsed, {"Peru": "PERGOV", "Peruvian": "PERMIL"})
    assert "015" not in {e.cameo.code for e in events}


@pytest.mark.model
def test_brokering_a_truce_mediates_between_both_sides(parse: Parse) -> None:
    parsed = parse("Kenya brokered a truce between Sudan and Chad on Sunday.")
    events = coded_events(parsed, {"Kenya": "KEN", "Sudan": "SDN", "Chad": "TCD"})
    assert triples(events) == {("KEN", "SDN", "045"), ("KEN", "TCD", "045")}


@pytest.mark.model
def test_firing_across_a_line_is_force_without_an_object(parse: Parse) -> None:
    parsed = parse("Armenian troops fired across the border overnight.")
    events = coded_events(parsed, {"Armenian": "ARMMIL"})
    assert {e.cameo.code for e in events} == {"190"}


@pytest.mark.model
def test_warships_in_a_states_waters_show_force(parse: Parse) -> None:
    parsed = parse("Russian warships entered Norway's territorial waters on Friday.")
    events = coded_events(parsed, {"Russian": "RUSMIL", "Norway": "NOR"})
    assert ("RUS", "NOR", "150") in triples(events)


@pytest.mark.model
def test_blocking_a_resupply_mission_is_a_blockade(parse: Parse) -> None:
    parsed = parse("Vietnam's coast guard intercepted a Chinese resupply mission to the reef.")
    events = coded_events(parsed, {"Vietnam": "VNMMIL", "Chinese": "CHN"})
    assert ("VNM", "CHN", "191") in triples(events)


@pytest.mark.model
def test_executing_prisoners_of_war_is_a_killing(parse: Parse) -> None:
    parsed = parse("Ethiopian soldiers executed Eritrean prisoners of war near the border.")
    events = coded_events(parsed, {"Ethiopian": "ETHMIL", "Eritrean": "ERIMIL"})
    assert ("ETH", "ERI", "1823") in triples(events)


@pytest.mark.model
def test_saying_ones_own_side_did_not_use_force_is_a_denial(parse: Parse) -> None:
    parsed = parse("Chile said it had not sent warships to the disputed waters.")
    events = coded_events(parsed, {"Chile": "CHLGOV"})
    assert triples(events) == {("CHL", None, "016")}
    # a refusal to come is no denial of the past
    parsed = parse("Chile said it would not send warships to the disputed waters.")
    assert "016" not in {e.cameo.code for e in coded_events(parsed, {"Chile": "CHLGOV"})}


@pytest.mark.model
def test_accusing_a_judge_is_an_accusation_not_a_formal_charge(parse: Parse) -> None:
    parsed = parse("The Bolivian senator accused the judge of taking bribes.")
    events = coded_events(parsed, {"senator": "BOLLEG", "judge": "BOLJUD"})
    assert {(s, t) for s, t, code in triples(events) if code.startswith("112")} == {("BOL", "BOL")}
    # a judge who accuses brings a charge, which 'accuse' does not code
    parsed = parse("The judge accused the senator of taking bribes.")
    events = coded_events(parsed, {"senator": "BOLLEG", "judge": "BOLJUD"})
    assert not [e for e in events if e.cameo.code.startswith("112")]


@pytest.mark.model
def test_a_bridge_opened_for_deliveries_lends_the_deliveries_target(parse: Parse) -> None:
    parsed = parse("Kazakhstan opened the bridge to allow the delivery of wheat to Kyrgyzstan.")
    events = coded_events(parsed, {"Kazakhstan": "KAZ", "Kyrgyzstan": "KGZ"})
    assert triples(events) == {("KAZ", "KGZ", "0872")}


@pytest.mark.model
def test_a_threat_whose_infinitive_has_a_condition_is_aimed_at_its_subject(parse: Parse) -> None:
    parsed = parse(
        "Belarus threatened to push thousands of migrants across the frontier if the "
        "European Union imposed new sanctions."
    )
    events = coded_events(parsed, {"Belarus": "BLRGOV", "migrants": "---REF", "Union": "IGO"})
    threats = {(s, t) for s, t, code in triples(events) if code.startswith("13")}
    assert threats == {("BLR", "IGO")}  # not the migrants it would push


@pytest.mark.model
def test_a_description_that_names_a_doer_blames_it(pipeline: Any, parse: Parse) -> None:
    # the whole pipeline: "it" is a mention with no country, which the blamed doer replaces
    parsed = parse(
        "Gunmen boarded a fishing boat off Callao on Sunday, the Peruvian government said, "
        "calling it an act of Chilean terrorism."
    )
    events = list(pipeline.extract(parsed).events)
    assert ("PER", "CHL", "111") in triples(events)
