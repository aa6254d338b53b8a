"""PETRARCH-2's reading of a modal, on request (``modals_read_through``): that coder gives a
verb phrase under "will" or a timetable the meaning of the verb below it, so a visit to come
is coded as a visit and a promise as what is promised. eventwire's default codes them as
CAMEO prescribes, as intents (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.extract.actors import extract_actors
from eventwire.extract.events import EventOptions, extract_events
from wordcoded import triples

DAY = "2024-03-04"


def _codes(pipeline: Any, parse: Any, text: str, **options: bool) -> set[str]:
    """The events' codes under these event settings."""
    parsed = parse(text, DAY)
    actors = extract_actors(parsed, pipeline.dictionary)
    events = extract_events(parsed, actors, [], [], pipeline.patterns, EventOptions(**options))
    return {c for _, _, c in triples(events)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "default", "read_through"),
    [
        # a modal's future good: the act itself, not the intent to do it
        ("Peru's president will visit Chile next week.", "036", "042"),
        ("Chile will sign a trade accord with Peru on Friday.", "030", "057"),
        # a timetable states no one's will: "is scheduled to", "is to"
        ("Peru's president is scheduled to meet Chile's president in Lima.", "036", "040"),
        # a promise read through to what is promised
        ("Peru pledged to expel Chilean diplomats.", "1313", "161"),
        ("Peru promised to release Chilean fishermen.", "0353", "0841"),
    ],
)
def test_a_modal_is_read_through_on_request(
    pipeline: Any, parse: Any, text: str, default: str, read_through: str
) -> None:
    assert default in _codes(pipeline, parse, text)
    got = _codes(pipeline, parse, text, modals_read_through=True)
    assert read_through in got and default not in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a future harm is still a threat, as PETRARCH-2's own transformations code it
        ("Peru will attack Chilean positions on the border.", "138"),
        # a future told by a speaker is an intent still ("announced it would free ...")
        ("Peru announced it would free 40 Chilean fishermen.", "0353"),
        # a promise not kept is a refusal either way
        ("Peru refused to release the Chilean fishermen.", "1243"),
    ],
)
def test_what_petrarch_reads_as_said_is_kept(
    pipeline: Any, parse: Any, text: str, code: str
) -> None:
    assert code in _codes(pipeline, parse, text)
    assert code in _codes(pipeline, parse, text, modals_read_through=True)
