"""PETRARCH-2's reading, on request (``verb_phrase_events_only``): that coder reads verb
phrases, so a noun is an act only as a verb's matter and a clause describing a noun is no act
of its own. eventwire's default keeps them all (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.extract.actors import extract_actors
from eventwire.extract.events import EventOptions, extract_events
from wordcoded import triples

DAY = "2024-03-04"


def _pairs(
    pipeline: Any, parse: Any, text: str, **options: bool
) -> set[tuple[str | None, str | None, str]]:
    """The events' (source, target, root) under these event settings."""
    parsed = parse(text, DAY)
    actors = extract_actors(parsed, pipeline.dictionary)
    events = extract_events(parsed, actors, [], [], pipeline.patterns, EventOptions(**options))
    return triples(events, root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a noun that is a subject, or in a phrase, is no verb's matter
        ("The Russian attacks on Kharkiv killed 12 people, Ukraine said.", ("RUS", "UKR", "19")),
        ("Iran and Iraq signed a border accord after talks with Turkey.", ("IRN", "TUR", "04")),
        # a clause that describes a noun helps find actors, it codes nothing
        (
            "Egypt praised the Jordanian troops, who attacked Syrian smugglers on the border.",
            ("JOR", "SYR", "19"),
        ),
        ("The troops, deployed by Russia to Belarus, held exercises.", ("RUS", "BLR", "15")),
        # an adverbial clause of a verb that codes an act: the upper verb's coding only
        (
            "The US envoy held talks with Lebanon's president, offering military aid to Lebanon.",
            ("USA", "LBN", "03"),
        ),
    ],
)
def test_only_verb_phrases_code_acts_on_request(
    pipeline: Any, parse: Any, text: str, dropped: tuple[str, str, str]
) -> None:
    assert dropped in _pairs(pipeline, parse, text)
    assert dropped not in _pairs(pipeline, parse, text, verb_phrase_events_only=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a noun that is a verb's matter is coded, active or passive
        ("Kenyan students staged a protest against Uganda.", ("KEN", "UGA", "14")),
        ("Talks were held between India and Pakistan.", ("IND", "PAK", "04")),
        ("Chile held talks and consultations with Bolivia.", ("CHL", "BOL", "04")),
        # a verb is coded as before, and so is an adverbial clause under an uncoded verb
        ("Russia attacked Ukraine.", ("RUS", "UKR", "19")),
        ("Chile's minister flew home on Monday, accusing Peru of lying.", ("CHL", "PER", "11")),
    ],
)
def test_a_verbs_matter_stays_an_act(
    pipeline: Any, parse: Any, text: str, kept: tuple[str, str, str]
) -> None:
    assert kept in _pairs(pipeline, parse, text, verb_phrase_events_only=True)
