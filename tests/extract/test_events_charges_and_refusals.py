"""Charges, refusals and the reasons given (our own sentences).

- A formal charge or arrest for war crimes or for spying accuses of it, as the CAMEO
  codebook's own examples of 1124 (an indictment by a war crimes court) and 1125 (an arrest
  "for collaborating with Israel") code it; an arrest with no such charge stays 173. A
  criminal case opened, or a visit made to investigate, is an investigation (09).
- A promise taken back is refused (120); a measure a state keeps in force ("refused to lift
  the curfew") is kept by the state where it holds; a newspaper shut by order is the press
  restricted (1721).
- Rebels' sabotage with no one else named is done at home; a reason cited by a bare role
  ("citing domestic opposition") is not whom the act is aimed at.
- Deaths "as a result of" or "because of" an attack are the attack's doing; peacekeepers
  pulled out with no one named are withdrawn by their own body; a deal "reached with" a
  party, told by a speaker, is the speaker's side's; forcing one's way in is force.
"""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2001-03-14"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.N. war crimes tribunal indicted three Bosnian Serb commanders for genocide.",
            ("IGO", "BIH", "1124"),
        ),
        ("Iran arrested a French academic on charges of espionage.", ("IRN", "FRA", "1125")),
        (
            "Lebanese authorities arrested a Canadian missionary for collaborating with Israel.",
            ("LBN", "CAN", "1125"),
        ),
        ("Police arrested 20 protesters in Harare.", ("ZWE", "ZWE", "173")),
        # a criminal case opened investigates; a mission come to investigate investigates
        (
            "Russian investigators opened a criminal case against the Georgian president.",
            ("RUS", "GEO", "091"),
        ),
        ("UN inspectors visited Iraq to inspect weapons sites.", ("IGO", "IRQ", "090")),
        ("Putin visited Beijing to discuss trade.", ("RUS", "CHN", "042")),
    ],
)
def test_a_charge_of_war_crimes_or_spying_accuses(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey renounced its commitment to the peace plan.", {("TUR", None, "120")}),
        ("Serbia reneged on its pledge to hand over war crimes suspects.", {("SRB", None, "120")}),
        # an offer withdrawn: what was offered is no longer intended
        (
            "Turkey withdrew its offer to mediate between Syria and Israel.",
            {("TUR", "SYR", "120"), ("TUR", "ISR", "120")},
        ),
        # the one let in is whom the refusal is aimed at, not where they would go
        (
            "Iraq refused to let the UN inspectors into the Defense Ministry building.",
            {("IRQ", "IGO", "1245")},
        ),
        ("The junta refused to lift the curfew in Rangoon.", {("MMR", "MMR", "1241")}),
        (
            "The Zambian government ordered the closure of an independent newspaper.",
            {("ZMB", "ZMB", "1721")},
        ),
        ("Afghan guerrillas blew up three power lines on Sunday.", {("AFG", "AFG", "1712")}),
        (
            "The Turkish government refused to commit troops to the US-led war against Iraq, "
            "citing domestic opposition.",
            {("TUR", "USA", "120")},
        ),
        # a cited deed of another state still names whom the act is aimed at
        (
            "The EU extended its sanctions, citing Russia's failure to implement the accords.",
            {("IGO", "RUS", "163")},
        ),
        # deaths "as a result of" or "because of" an attack are what the attack did
        (
            "Twelve civilians were killed as a result of Russian shelling of Grozny.",
            {("RUS", None, "194")},
        ),
        (
            "Five people were killed because of Israeli air strikes on Gaza.",
            {("ISR", "PSE", "195")},
        ),
        # peacekeepers pulled out with no one named: their own body withdraws them; those
        # expelled are expelled by the host
        (
            "Eighty UN peacekeepers were shipped out of the eastern Bosnian enclave of Gorazde.",
            {("IGO", "BIH", "1661")},
        ),
        ("UN peacekeepers were expelled from Eritrea.", {("ERI", "IGO", "1661")}),
        # a deal reached "with" another, told by a speaker: the speaker's side reached it
        (
            "An agreement was reached with Iran at the talks in Vienna, the EU said.",
            {("IGO", "IRN", "030")},
        ),
        ("The convoy was hit with rockets, the Ukrainian army said.", set()),
        ("The convoy was struck with missiles, the Ukrainian army said.", set()),
        # an armed entry is force, as storming is
        (
            "Israeli troops forced their way into the compound in Ramallah.",
            {("ISR", "PSE", "190")},
        ),
    ],
)
def test_refusals_measures_and_acts_told_without_their_doer(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected
