"""Quotes inside quotes: one attribution, not two."""

from __future__ import annotations

from typing import Any

from eventwire.extract.quotes import extract_quotes, load_cues


def test_a_partial_quote_inside_a_reported_claim_is_one_attribution(parse: Any) -> None:
    parsed = parse(
        'The committee said any attempt to divert the river would be considered "an act of war."'
    )
    quotes = extract_quotes(parsed, [], load_cues())
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert "an act of war" in quotes[0].span.text
