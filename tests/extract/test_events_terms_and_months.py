"""Words around an act and what they make of it (our own sentences): the terms it is done
"under" ("will withdraw its troops under an agreement") and a month ("talks would resume in
March") name no act of their own; a bid blocked is a veto, money earmarked aid."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2000-05-10"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agreement kept is no treaty left: a withdrawal of troops promised
        (
            "Under an agreement reached on Monday, Syria will withdraw its troops from Lebanon.",
            {("SYR", "LBN", "0356")},
        ),
        # what one is placed under is the act
        (
            "Zimbabwe's military placed President Robert Mugabe under house arrest.",
            {("ZWE", "ZWE", "173")},
        ),
        # a month is no march: what was agreed is a plain agreement, not a threat of protest
        (
            "Vietnam and China agreed that border talks would resume in March.",
            {("VNM", "CHN", "019"), ("CHN", "VNM", "019")},
        ),
        ("Thousands joined a march in Accra in March.", {("GHA", "GHA", "141")}),
        # a bid blocked is vetoed, at whose bid it was
        ("Greece blocked Macedonia's bid to join NATO.", {("GRC", "MKD", "129")}),
        # money earmarked for a place's people is given to it
        (
            "The EU earmarked 20 million euros for flood victims in Pakistan.",
            {("IGO", "PAK", "071")},
        ),
    ],
)
def test_terms_and_months_are_no_matter(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected
