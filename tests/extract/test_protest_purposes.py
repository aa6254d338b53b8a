"""What a protest demands picks its CAMEO sub-code (leadership, policy, rights, institutions),
and a demand made by protesting is the protest's purpose, not a second act."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]


def _codes(pipeline: Any, parse: Parse, text: str) -> set[str]:
    return {code for _, _, code in triples(list(pipeline.extract(parse(text)).events))}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a demand in a participle or an infinitive under the protest
        ("Opposition supporters demonstrated in Tbilisi demanding new elections.", "1411"),
        ("Hundreds of women marched in Kabul to demand the right to work.", "1413"),
        ("Catalan separatists rallied in Barcelona calling for independence from Spain.", "1414"),
        # what the protest is against or over
        ("Thousands of Kenyans protested in Nairobi against a finance bill.", "1412"),
        ("Doctors in Nigeria went on strike over unpaid wages.", "1432"),
        ("Workers in France staged a strike against pension reform.", "1432"),
        # a blockade whose purpose clause says what it protests
        ("Farmers blocked roads in Brussels to protest against EU trade policy.", "1442"),
    ],
)
def test_a_protests_demand_picks_its_sub_code(
    pipeline: Any, parse: Parse, text: str, code: str
) -> None:
    codes = _codes(pipeline, parse, text)
    assert code in codes
    assert not any(c.startswith(("10", "02")) for c in codes)  # no demand beside it


@pytest.mark.model
def test_a_protest_against_someone_names_no_demand(pipeline: Any, parse: Parse) -> None:
    codes = _codes(pipeline, parse, "Protests against the government erupted in Colombo.")
    assert codes == {"141"}


@pytest.mark.model
def test_a_demand_with_its_own_subject_is_its_own_act(pipeline: Any, parse: Parse) -> None:
    text = "Students protested in Dhaka on Monday while the opposition demanded new elections."
    codes = _codes(pipeline, parse, text)
    assert "1041" in codes
    assert "1411" not in codes


@pytest.mark.model
def test_rallying_somewhere_to_demand_is_a_protest_not_support(pipeline: Any, parse: Parse) -> None:
    # the infinitive after a place says what the rally is for; "rallied to X" with nothing
    # between is rallying behind X
    text = "Thousands of Serbs rallied in Belgrade to demand that the president step down."
    assert _codes(pipeline, parse, text) == {"1411"}
    assert "053" in _codes(pipeline, parse, "European leaders rallied to Ukraine's defence.")
