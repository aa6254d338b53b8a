"""A combining form before a hyphened demonym names a state of its own ("Sino-American talks"
are China's and the United States'), and only there; and the people of Gaza are Palestinians."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors


def _codes(parse: Any, text: str) -> list[tuple[str, str | None]]:
    return [(m.span.text, m.code) for m in extract_actors(parse(text), load_actor_dictionary())]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sino-American talks ended.", [("Sino", "CHN"), ("American", "USA")]),
        ("Indo-Pakistani tensions rose.", [("Indo", "IND"), ("Pakistani", "PAK")]),
        ("The Franco-German plan failed.", [("Franco", "FRA"), ("German", "DEU")]),
    ],
)
def test_a_combining_form_before_a_demonym_is_a_state(
    parse: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(parse, text) == expected


@pytest.mark.model
def test_a_combining_form_before_no_demonym_names_no_state(parse: Any) -> None:
    codes = _codes(parse, "US warships sailed through the Indo-Pacific region.")
    assert all(code is None or not code.startswith("IND") for _, code in codes)


@pytest.mark.model
def test_gazans_are_palestinians(parse: Any) -> None:
    assert _codes(parse, "Gazan militants fired rockets.") == [("Gazan militants", "PSEREB")]
