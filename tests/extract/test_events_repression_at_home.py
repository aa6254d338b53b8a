"""Repression where it happens (our own sentences): police dispersing students repress them
(175), and a government no one places coerces where it rules when the sentence names no
other state; a foreign state named in the sentence leaves it unplaced."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "1996-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police dispersed students in Dhaka.", {("BGD", "BGD", "175")}),
        ("The government crushed the student movement in Burma.", {("MMR", "MMR", "175")}),
        (
            "The government arrested 40 opposition activists in Harare.",
            {("ZWE", "ZWE", "173")},
        ),
        # another state in the sentence: whose government it is is not the place's to say
        (
            "The government banned the newspaper in Kenya, the U.S. State Department said.",
            {(None, "KEN", "1721")},
        ),
    ],
)
def test_repression_is_the_places_state(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str | None, str, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected
