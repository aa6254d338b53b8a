"""Verbal conflict in our own wire sentences: why an act was done is not its matter ("in
protest at the strikes"), denouncing a deal is criticism, a threat to destroy a state is a
threat of force, an act someone pushes for has not happened, the doer's own forces are no
target of its threat, and a vow to retaliate is aimed at whoever it answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import pipeline_triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_why_an_act_was_done_is_not_its_matter(pipeline: Any, parse: Parse) -> None:
    text = "Russia suspended its cooperation with NATO in protest at the air strikes."
    got = pipeline_triples(pipeline, parse, text, "1999-03-25")
    assert ("RUS", "IGO", "160") in got  # cut relations, no protest called off (082)
    assert not any(code.startswith("08") for _, _, code in got)


@pytest.mark.model
def test_denouncing_a_deal_is_criticism(pipeline: Any, parse: Parse) -> None:
    text = "Israel's prime minister denounced the nuclear deal with Iran as a historic mistake."
    assert pipeline_triples(pipeline, parse, text, "2015-07-14") == {("ISR", "IRN", "111")}


@pytest.mark.model
def test_a_threat_to_destroy_a_state_is_a_threat_of_force(pipeline: Any, parse: Parse) -> None:
    text = "Trump threatened to totally destroy North Korea in a speech on Tuesday."
    got = pipeline_triples(pipeline, parse, text, "2017-09-19")
    assert got and all(code.startswith("138") for _, _, code in got)


@pytest.mark.model
def test_an_act_pushed_for_has_not_happened(pipeline: Any, parse: Parse) -> None:
    text = "France and Germany opposed a U.S. push for a swift war against Iraq."
    got = pipeline_triples(pipeline, parse, text, "2003-02-14")
    assert got == {("FRA", "USA", "110"), ("DEU", "USA", "110")}


@pytest.mark.model
def test_a_threat_is_not_aimed_at_the_doers_own_forces(pipeline: Any, parse: Parse) -> None:
    text = (
        "Putin threatened to aim Russian missiles at European targets if Washington "
        "deployed a missile shield."
    )
    threats = {(s, t) for s, t, code in pipeline_triples(pipeline, parse, text, "2007-06-04")}
    assert ("RUS", "USA") in threats and ("RUS", "RUS") not in threats


@pytest.mark.model
def test_a_vow_to_retaliate_is_aimed_at_what_it_answers(pipeline: Any, parse: Parse) -> None:
    text = "Sudan vowed to retaliate after U.S. missiles destroyed a factory in Khartoum."
    assert ("SDN", "USA", "138") in pipeline_triples(pipeline, parse, text, "1998-08-21")
