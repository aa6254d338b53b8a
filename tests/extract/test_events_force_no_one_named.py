"""Force whose doer the sentence does not name where a coder looks for it (our own
sentences): "an explosion killed 12 people in Baghdad" is an attack by the place's
unidentified attackers, as a car bomb is, while a mishap ("a gas explosion") and an accident
("a storm killed") are no act; the agent the parser hangs on an attack's object ("an attack
on a police patrol by ...") is its doer; forces demobilized with no one named demobilize."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2004-05-10"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blast no one is named for is the place's unidentified attackers'
        ("An explosion killed 12 people in Baghdad on Monday.", {("IRQ", "IRQ", "190")}),
        ("A blast killed four policemen in Peshawar.", {("PAK", "PAK", "190")}),
        # where the violence was, on its own noun
        ("Violence in Burundi has killed hundreds of people.", {("BDI", "BDI", "190")}),
        ("Ethnic violence has killed hundreds in Burundi.", {("BDI", "BDI", "190")}),
        # a blast someone is blamed for is theirs
        ("A blast blamed on the PKK killed four soldiers in Turkey.", {("TUR", "TUR", "190")}),
        # the agent the parser hangs on the attack's "on" object is the attack's doer, and
        # those killed "in" it are whom it hit when what it was "on" names no state
        (
            "One Serb policeman was murdered in an attack on a police patrol by Kosovo "
            "Albanians near the border, state radio reported.",
            {("XKX", "SRB", "190")},
        ),
        ("Sanctions on Iran by the EU took effect on Monday.", {("IGO", "IRN", "163")}),
        # forces demobilized with no one named demobilize: theirs is the act
        (
            "About 5,000 Tamil rebels have been demobilized in Sri Lanka.",
            {("LKA", "LKA", "0873")},
        ),
    ],
)
def test_force_whose_doer_is_unnamed_is_read_from_its_sentence(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion killed 12 people in Baghdad.",
        "Domestic violence killed 30 women in Peru last year.",
        "A storm killed 30 people in Bangladesh.",
    ],
)
def test_a_mishap_is_no_act(pipeline: Any, parse: Any, text: str) -> None:
    assert not pipeline_triples(pipeline, parse, text, DAY)
