"""Talks that end on their own are still talks; ending them is an act of a party. Talking's
partner is its "with", not the "on" of what it is about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]


def _codes(pipeline: Any, parse: Parse, text: str) -> set[tuple[str | None, str | None, str]]:
    return triples(list(pipeline.extract(parse(text)).events))


def test_talks_that_ended_are_talks_not_a_halt(pipeline: Any, parse: Parse) -> None:
    got = _codes(pipeline, parse, "Talks between Armenia and Azerbaijan ended on Friday.")
    assert not any(code.startswith("16") for _, _, code in got)
    assert {("ARM", "AZE", "046"), ("AZE", "ARM", "046")} <= got


def test_a_party_that_ends_talks_halts_them(pipeline: Any, parse: Parse) -> None:
    got = _codes(pipeline, parse, "Azerbaijan ended the talks with Armenia on Friday.")
    assert ("AZE", "ARM", "164") in got


def test_talks_are_with_their_partner_not_their_topic(pipeline: Any, parse: Parse) -> None:
    got = _codes(pipeline, parse, "Greece's talks with Turkey on EU membership resumed in Athens.")
    assert {("GRC", "TUR", "046"), ("TUR", "GRC", "046")} <= got
    assert not any(t == "IGO" for _, t, _ in got)
    signed = _codes(pipeline, parse, "Poland signed an agreement with Ukraine on NATO training.")
    assert ("POL", "UKR", "057") in signed


def test_an_aim_hung_on_the_judging_verb_is_the_acts(pipeline: Any, parse: Parse) -> None:
    got = _codes(pipeline, parse, "Somalia's government denounced a Kenyan air strike on its soil.")
    assert any(s == "KEN" and t == "SOM" and c.startswith("19") for s, t, c in got)


def test_a_thing_done_acts_on_its_clauses_object(pipeline: Any, parse: Parse) -> None:
    text = "The tariffs, imposed by Beijing last week, hit Australian wine exporters."
    got = _codes(pipeline, parse, text)
    assert any(s == "CHN" and t == "AUS" and c.startswith("16") for s, t, c in got)
