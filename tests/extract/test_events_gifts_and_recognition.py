"""Aid given in kind and recognition refused (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2024-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fuel, generators and clothing given are relief, to whom they are given
        ("Qatar gave the Lebanese army fuel.", ("QAT", "LBN", "073")),
        ("Turkey sent generators and winter clothing to Syria.", ("TUR", "SYR", "073")),
        # donating is giving aid, whatever is donated
        ("Japan donated two ambulances to Sri Lanka.", ("JPN", "LKA", "070")),
    ],
)
def test_things_given_are_aid(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_independence_not_accepted_is_recognition_refused(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Serbia will not accept Kosovo's independence.", DAY, root=True
    )
    assert got == {("SRB", "XKX", "12")}
    accepted = "Montenegro accepted the independence of Kosovo."
    assert ("MNE", "XKX", "054") in pipeline_triples(pipeline, parse, accepted, DAY)
