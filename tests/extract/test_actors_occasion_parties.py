"""A party that is a gathering or a side in law is no political party (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

DAY = "2024-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("An airstrike hit a wedding party in Yemen.", "wedding party"),
        ("A search party found the missing hikers.", "search party"),
        ("India has long rejected third-party involvement in Kashmir.", "third-party"),
        ("The court ruled in favour of the injured party.", "injured party"),
    ],
)
def test_a_gathering_or_a_side_in_law_is_no_party(
    pipeline: Any, parse: Any, text: str, word: str
) -> None:
    actors = pipeline.extract(parse(text, DAY)).actors
    assert all(not (a.code or "").endswith("PTY") for a in actors), actors


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Members of the party met in Nairobi.", "The Labour Party's leader resigned in London."],
)
def test_a_political_party_stays_one(pipeline: Any, parse: Any, text: str) -> None:
    actors = pipeline.extract(parse(text, DAY)).actors
    assert any((a.code or "").endswith("PTY") for a in actors), actors
