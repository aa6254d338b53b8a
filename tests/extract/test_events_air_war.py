"""Air and artillery strikes as wire copy tells them: a named place bombed, the craft that
carry the force as subjects, and a large city the tagger left unnamed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_bombing_a_named_place_is_an_air_strike(parse: Parse) -> None:
    events = coded_events(parse("NATO bombed Belgrade for a third night."), {"NATO": "IGO"})
    assert ("IGO", "SRB", "195") in triples(events)  # the place bombed is the target
    # a common-noun object still needs a word of the list: "the film bombed" is nothing
    assert not coded_events(parse("The comedy bombed at the box office."), {})


@pytest.mark.model
def test_craft_that_carry_force_are_no_accident(parse: Parse) -> None:
    parsed = parse("Coalition jets struck the port of Hodeidah on Monday.")
    events = coded_events(parsed, {"Hodeidah": "YEM"})
    assert (None, "YEM", "195") in triples(events)


@pytest.mark.model
def test_an_untagged_large_city_as_an_object_is_a_place(parse: Parse) -> None:
    parsed = parse("Government jets bombed Aleppo.")
    spans = {m.span.text: m for m in extract_actors(parsed, load_actor_dictionary())}
    assert spans["Aleppo"].country == "SYR"
