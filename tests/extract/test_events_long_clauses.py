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
