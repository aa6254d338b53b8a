"""What an appeal asks for names its CAMEO code (our own sentences): weapons or troops are
military aid (0232), food or medicine humanitarian aid (0233), help of no kind aid (023)."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2015-03-02"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq asked the United States for more weapons.", ("IRQ", "USA", "0232")),
        ("Kiev asked Washington for weapons and ammunition.", ("UKR", "USA", "0232")),
        # troops sent at one's request are military aid too
        ("Mali asked France to send troops.", ("MLI", "FRA", "0232")),
        ("Nepal appealed for food and medicine after the earthquake.", ("NPL", None, "0233")),
        ("Lebanon requested assistance from the European Union.", ("LBN", "IGO", "023")),
        # restraint asked of an army is de-escalation, not military aid
        ("Syria urged Russia to show military restraint.", ("SYR", "RUS", "0256")),
    ],
)
def test_what_is_appealed_for_names_the_code(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == {expected}
