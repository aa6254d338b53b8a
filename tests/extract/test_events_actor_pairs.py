"""Sources and targets the actor probes showed lost: a deed charged ("accused the government of
raising fuel prices") vetoed as if it were the charge's own matter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_a_veto_word_in_the_charged_deed_vetoes_no_accusation(parse: Parse) -> None:
    codes = {"opposition": "KENOPP", "government": "KENGOV"}
    for text in (
        "Kenya's opposition accused the government of raising fuel prices.",
        "Kenya's opposition accused the government of hiding the death toll.",
    ):
        assert triples(coded_events(parse(text), codes)) == {("KEN", "KEN", "112")}, text
    # the toll or the prices blamed themselves are still no accusation of anyone
    parsed = parse("Kenya's government blamed the death toll on the heavy rain.")
    assert not coded_events(parsed, codes)


@pytest.mark.model
def test_a_veto_word_naming_whose_people_are_met_vetoes_no_meeting(parse: Parse) -> None:
    codes = {"delegation": "IGOEUREEC", "leaders": "ARMOPP", "ministers": "ARMGOV"}
    parsed = parse("An EU delegation met opposition leaders in Yerevan on Monday.")
    assert ("IGO", "ARM", "040") in triples(coded_events(parsed, codes))
    # the opposition a plan meets is resistance, no one met
    parsed = parse("The EU delegation's plan met stiff opposition from ministers.")
    assert not {c for _, _, c in triples(coded_events(parsed, codes))} & {"040"}
