"""Acts of long wire sentences whose participants sit in another clause than the trigger: a
summing-up noun ("a move that Tokyo condemned"), a reaction drawn by a participle, an answer
coordinated with the force it answers, a verdict participle after an attribution or an "after"
clause, a force its leader orders out, and the parse slips of a clause after a comma or a date.
Each sentence is our own, in wire style, through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]
Triple = tuple[str | None, str | None, str]


def roots(pipeline: Any, parse: Parse, text: str) -> set[Triple]:
    return triples(list(pipeline.extract(parse(text)).events), root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "North Korea fired a ballistic missile over Japan on Tuesday, a move that Tokyo "
            "condemned as reckless.",
            ("JPN", "PRK", "11"),
            id="summing-noun-with-that",
        ),
        pytest.param(
            "Vietnam accused China of building military outposts on disputed reefs, a claim "
            "Beijing and its state media dismissed as groundless.",
            ("CHN", "VNM", "12"),
            id="summing-noun-reduced-relative",
        ),
        pytest.param(
            "Myanmar's military dissolved the main opposition party on Tuesday, drawing "
            "condemnation from Japan.",
            ("JPN", "MMR", "11"),
            id="drawing-condemnation",
        ),
    ],
)
def test_a_verdict_on_the_act_before_judges_its_doer(
    pipeline: Any, parse: Parse, text: str, expected: Triple
) -> None:
    assert expected in roots(pipeline, parse, text)


@pytest.mark.model
def test_a_warning_coordinated_with_force_answers_whoever_used_it(
    pipeline: Any, parse: Parse
) -> None:
    got = roots(
        pipeline,
        parse,
        "India shot down a Pakistani drone over Punjab on Sunday and Islamabad warned of a "
        "strong response.",
    )
    assert ("IND", "PAK", "19") in got
    assert ("PAK", "IND", "13") in got


@pytest.mark.model
def test_a_force_ordered_out_is_the_state_of_who_orders_it(pipeline: Any, parse: Parse) -> None:
    got = roots(
        pipeline,
        parse,
        "Uganda's president ordered the army to attack rebel bases near the Congolese border "
        "on Monday.",
    )
    assert any(source == "UGA" and root == "19" for source, _, root in got), got


@pytest.mark.model
def test_soldiers_captured_are_abducted_not_territory(pipeline: Any, parse: Parse) -> None:
    got = roots(
        pipeline,
        parse,
        "Palestinian gunmen captured an Israeli soldier near the Gaza border on Sunday.",
    )
    assert ("PSE", "ISR", "18") in got
    assert not any(root == "19" for _, _, root in got)


@pytest.mark.model
def test_armed_men_storming_a_post_attack_it(pipeline: Any, parse: Parse) -> None:
    got = roots(
        pipeline,
        parse,
        "Al Shabaab fighters stormed a police station in southern Somalia on Friday, killing "
        "six officers.",
    )
    assert ("SOM", "SOM", "19") in got
    assert not any(root == "14" for _, _, root in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Israeli aircraft bombed a weapons depot near Damascus on Monday, Syria's defence "
            "ministry said, calling it a blatant aggression.",
            ("SYR", "ISR", "11"),
            ("ISR", "SYR", "11"),
            id="after-the-attribution",
        ),
        pytest.param(
            "Egypt recalled its ambassador from Israel on Friday after Israeli troops killed "
            "three Egyptian border guards, calling the attack a crime.",
            ("EGY", "ISR", "11"),
            ("ISR", "EGY", "11"),
            id="after-an-after-clause",
        ),
    ],
)
def test_a_verdict_participle_is_the_speakers(
    pipeline: Any, parse: Parse, text: str, expected: Triple, not_expected: Triple
) -> None:
    got = roots(pipeline, parse, text)
    assert expected in got
    assert not_expected not in got


@pytest.mark.model
def test_a_subject_after_a_leading_clause_is_the_main_verbs(pipeline: Any, parse: Parse) -> None:
    """The parser joins "NATO and the United States" to "Gorazde" across the comma."""
    got = roots(
        pipeline,
        parse,
        "As Serb forces pressed their assault on Gorazde, NATO and the United States launched "
        "air strikes on Serb positions on Sunday.",
    )
    assert ("IGO", "SRB", "19") in got
    assert ("USA", "SRB", "19") in got
    assert not {t for t in got if t[0] == "SRB" and t[1] in ("IGO", "USA")}


@pytest.mark.model
def test_a_subject_after_a_date_is_no_part_of_it(pipeline: Any, parse: Parse) -> None:
    """ "on Monday and U.N. peacekeepers withdrew": the date joins no actor's phrase."""
    parsed = parse(
        "M23 rebels captured the town of Bunagana on Monday and U.N. peacekeepers withdrew "
        "from the area, a spokesman said."
    )
    result = pipeline.extract(parsed)
    names = {parsed.article.text[a.span.start : a.span.end] for a in result.actors}
    assert "U.N. peacekeepers" in names
    assert not any("Monday" in name for name in names)
    assert not any(e.target and e.target.country == "IGO" for e in result.events)


@pytest.mark.model
def test_an_opening_gerund_read_as_a_name_is_the_act_it_names(pipeline: Any, parse: Parse) -> None:
    """The tagger takes the capitalized "Accusing" for a proper noun."""
    got = roots(
        pipeline,
        parse,
        "Accusing Tehran of sabotage, Britain suspended its participation in the shipping "
        "talks on Monday.",
    )
    assert ("GBR", "IRN", "11") in got


@pytest.mark.model
def test_an_act_in_the_clause_of_an_attribution_is_not_the_speakers(
    pipeline: Any, parse: Parse
) -> None:
    got = roots(
        pipeline,
        parse,
        "Hamas militants fired rockets at Sderot on Monday, the Israeli army said, in an attack "
        "that wounded two people.",
    )
    assert ("PSE", "ISR", "19") in got
    assert not any(source == "ISR" for source, _, _ in got), got


@pytest.mark.model
def test_talks_a_coordinated_complement_asks_for_are_no_talks_held(
    pipeline: Any, parse: Parse
) -> None:
    got = roots(
        pipeline,
        parse,
        "Norway urged Colombia to free the hostages and resume talks with the rebels.",
    )
    assert ("NOR", "COL", "02") in got
    assert not any(root == "04" for _, _, root in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sudanese troops killed more than 200 villagers in a massacre near Nyala on Friday.",
            ("SDN", "20"),
            id="killed-in-a-massacre",
        ),
        pytest.param(
            "A suicide car bomber struck a police checkpoint in the southern city of Kandahar "
            "on Monday, killing nine policemen, officials said.",
            ("AFG", "18"),  # a bomber no one names is the place's unidentified attacker
            id="suicide-car-bomber",
        ),
    ],
)
def test_the_kind_of_violence_is_told_beside_the_verb(
    pipeline: Any, parse: Parse, text: str, expected: tuple[str | None, str]
) -> None:
    got = roots(pipeline, parse, text)
    assert any((source, root) == expected for source, _, root in got), got
    assert not any(root == "19" for _, _, root in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Houthi rebels fired two missiles at a commercial vessel in the Gulf of Aden on "
            "Monday, the British military said.",
            id="vessel",
        ),
        pytest.param(
            "Somali pirates fired on a cargo ship off the coast of Somalia on Sunday, the Indian "
            "navy said.",
            id="ship",
        ),
    ],
)
def test_force_on_a_ship_is_not_on_the_state_that_reports_it(
    pipeline: Any, parse: Parse, text: str
) -> None:
    got = roots(pipeline, parse, text)
    assert any(root == "19" and target is None for _, target, root in got), got
    assert not any(target in ("GBR", "IND", "YEM", "SOM") for _, target, _ in got), got


@pytest.mark.model
def test_a_siege_ordered_is_the_siege_not_a_demand(pipeline: Any, parse: Parse) -> None:
    got = roots(
        pipeline,
        parse,
        "Russia's defence minister ordered a blockade of the port of Odesa on Friday.",
    )
    assert ("RUS", "UKR", "19") in got
    assert not any(root == "10" for _, _, root in got), got


@pytest.mark.model
def test_an_opening_participle_takes_no_target_from_the_main_clause(
    pipeline: Any, parse: Parse
) -> None:
    got = roots(
        pipeline,
        parse,
        "Defying international appeals for calm, Azerbaijan shelled Armenian villages near the "
        "border on Tuesday.",
    )
    assert ("AZE", "ARM", "19") in got
    assert ("AZE", None, "12") in got  # the appeals defied are nobody's in particular
    assert not any(root == "02" for _, _, root in got), got  # nor Azerbaijan's own appeals


@pytest.mark.model
def test_a_topic_discussed_names_no_one_it_is_discussed_with(pipeline: Any, parse: Parse) -> None:
    got = roots(
        pipeline,
        parse,
        "Pakistan's foreign minister discussed the fight against Taliban militants with his "
        "Chinese counterpart on Monday.",
    )
    assert ("PAK", "CHN", "04") in got
    assert ("PAK", "AFG", "04") not in got


@pytest.mark.model
def test_a_summit_that_is_the_occasion_of_a_meeting_is_no_meeting(
    pipeline: Any, parse: Parse
) -> None:
    got = roots(
        pipeline,
        parse,
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines "
        "of the BRICS summit in Johannesburg on Wednesday.",
    )
    assert ("IND", "CHN", "04") in got
    assert not any(source == "IGO" for source, _, _ in got), got


@pytest.mark.model
def test_coordination_suspended_reduces_relations(pipeline: Any, parse: Parse) -> None:
    got = roots(pipeline, parse, "Kosovo suspended police coordination with Serbia on Monday.")
    assert ("XKX", "SRB", "16") in got


@pytest.mark.model
def test_a_killing_told_in_a_relative_clause_is_the_raids(pipeline: Any, parse: Parse) -> None:
    """ "a raid on the camp that killed four": the raid killed, on the people it killed."""
    parsed = parse(
        "Israeli troops carried out a raid on the Nur Shams camp that killed four Palestinians "
        "on Tuesday."
    )
    events = list(pipeline.extract(parsed).events)
    assert triples(events, root=True) == {("ISR", "PSE", "19")}


@pytest.mark.model
def test_people_trying_to_oust_a_leader_are_who_would_oust_him(pipeline: Any, parse: Parse) -> None:
    parsed = parse(
        "President Museveni threatened to punish the opposition activists trying to oust him."
    )
    ousting = [e for e in pipeline.extract(parsed).events if e.cameo.root == "10"]
    assert ousting, "the ousting sought is coded"
    # the opposition to a Ugandan government is Uganda's
    assert all(e.source and e.source.code == "UGAOPP" for e in ousting)
    assert all(e.target and e.target.country == "UGA" for e in ousting)


@pytest.mark.model
def test_joint_hung_on_a_compound_still_makes_drills_joint(pipeline: Any, parse: Parse) -> None:
    """ "their largest joint air drills": the parser hangs "joint" on "air"."""
    got = roots(
        pipeline, parse, "Egypt and Sudan held their largest joint air drills in years on Sunday."
    )
    assert got == {("EGY", "SDN", "06"), ("SDN", "EGY", "06")}


@pytest.mark.model
def test_an_act_being_prepared_has_not_happened(pipeline: Any, parse: Parse) -> None:
    parsed = parse("Russia is preparing a new offensive in the east, Ukrainian officials said.")
    force = [e for e in pipeline.extract(parsed).events if e.cameo.root == "19"]
    assert force, "the offensive is coded"
    assert all(e.modality != "asserted" for e in force)
    assert not any(e.target and e.target.country == "UKR" for e in force)  # no claimant
