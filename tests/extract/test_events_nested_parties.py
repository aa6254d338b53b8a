"""A verbal act whose own arguments name no party takes the first party named down its matter,
as a coder reads it ("rejected the plan for a pipeline to Uganda"); places, adjectives, the
doer's own matter and other clauses give none (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2024-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan government rejected the plan for a new pipeline to Uganda.",
            ("KEN", "UGA", "12"),
        ),
        (
            "Norway accepted a compromise for ending its fishing dispute with Iceland.",
            ("NOR", "ISL", "03"),
        ),
        ("India opposed any mediation in its dispute with Pakistan.", ("IND", "PAK", "11")),
        ("Egypt agreed to a proposal to reopen the crossing into Gaza.", ("EGY", "PSE", "03")),
        # a group of the doer's own people is a party
        (
            "Islamic Jihad rejected an invitation to attend a meeting of Palestinian factions.",
            ("PSE", "PSE", "12"),
        ),
    ],
)
def test_the_party_down_the_matter_is_the_target(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY, root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "not_target"),
    [
        # where it was done, the doer's own places and possessions, adjectives
        (
            "Sudan's government and southern rebels signed a peace agreement in Nairobi.",
            "05",
            "KEN",
        ),
        ("The Ugandan leader promised to extend the railway to Kampala.", "03", "UGA"),
        ("Iran and six world powers reached an interim deal on Tehran's programme.", "03", "IRN"),
        ("Britain pledged 10 million pounds to help its own farmers.", "03", "GBR"),
        ("The Egyptian president condemned any military escalation in the region.", "11", "EGY"),
        # another clause is another act
        (
            "The Georgian president refused to step down and accused the party of fraud.",
            "11",
            "GEO",
        ),
    ],
)
def test_no_party_is_read_from_places_or_own_matter(
    pipeline: Any, parse: Any, text: str, root: str, not_target: str
) -> None:
    got = {t for t in pipeline_triples(pipeline, parse, text, DAY, root=True) if t[2] == root}
    assert got and all(target != not_target for _, target, _ in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Japanese government protested against the Chinese ships.", ("JPN", "CHN", "111")),
    ],
)
def test_a_state_protesting_against_complains(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_a_people_protesting_against_still_march(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Palestinians protested against the Israeli settlements.", DAY, root=True
    )
    assert {root for _, _, root in got} == {"14"}
