"""An act "led" by a state is that state's: "the US-led invasion of Iraq" is the United
States' invasion (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2003-03-21"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran condemned the US-led invasion of Iraq.", ("USA", "IRQ", "19")),
        ("Pakistan criticized the US-led strikes in Afghanistan.", ("USA", "AFG", "19")),
    ],
)
def test_the_leader_of_a_nominal_act_does_it(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY, root=True)


@pytest.mark.model
def test_a_led_body_stays_its_own_actor(pipeline: Any, parse: Any) -> None:
    text = "Houthi rebels fired missiles at the Saudi-led coalition."
    assert pipeline_triples(pipeline, parse, text, DAY, root=True) == {("YEM", "SAU", "19")}
