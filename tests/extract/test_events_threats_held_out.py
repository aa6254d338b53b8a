"""Force held out, not used (our own sentences): "did not rule out military strikes against
Syria", "hinted at military action against Iran" and "reserved the right to retaliate" are
threats (138), and the force they name is no act of its own."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2012-09-14"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington did not rule out military strikes against Syria.", {("USA", "SYR", "1384")}),
        (
            "China said it would not rule out the use of force against Taiwan.",
            {("CHN", "TWN", "138")},
        ),
        ("Israel hinted at military action against Iran.", {("ISR", "IRN", "1384")}),
        ("Iran reserved the right to retaliate against Israel.", {("IRN", "ISR", "1384")}),
    ],
)
def test_force_held_out_is_a_threat(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # what is held out is no force, or force is refused
        "Israel did not rule out talks with Hamas.",
        "Israel hinted at a compromise with the Palestinians.",
        "Russia ruled out the use of force against Ukraine.",
        "The court reserved judgment in the case against Peru.",
    ],
)
def test_no_force_held_out_is_no_threat(pipeline: Any, parse: Any, text: str) -> None:
    assert all(not c.startswith("13") for _, _, c in pipeline_triples(pipeline, parse, text, DAY))
