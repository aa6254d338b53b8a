"""Messages that say what another must do (our own sentences): "sent a message to Iran that it
must cooperate" demands of Iran what "told Iran that it must cooperate" does; a message that
says nothing of the kind is no act, and one that carries an act ("a message of condolence")
is that act."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2003-02-08"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # must: a demand of the addressee, coded by what it must do
        (
            "France sent a stern message to Iran that it must cooperate with the inspectors.",
            {("FRA", "IRN", "101")},
        ),
        (
            "Russia delivered a message to Georgia that it must pull back its forces.",
            {("RUS", "GEO", "1056")},
        ),
        (
            "The French president issued a reminder to Iraq that it must disarm.",
            {("FRA", "IRQ", "1056")},
        ),
        # should: an appeal
        (
            "Washington sent a clear signal to Moscow that it should withdraw its troops.",
            {("USA", "RUS", "0256")},
        ),
        # a message of nothing owed codes nothing; one that carries an act codes that act
        ("Japan sent a message to China on Monday.", set()),
        ("The rally sent a signal that the opposition in Peru remains strong.", set()),
        ("Putin sent a message of condolence to Erdogan.", {("RUS", "TUR", "018")}),
    ],
)
def test_a_message_of_what_another_must_do_is_a_demand(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected
