"""Who a group is and whom a reaction answers (our own sentences).

- A group with no country is of the body it works for or belongs to, however the parser
  hangs the phrase ("thousands of workers at Nigeria's state oil company": "at" hangs on
  "thousands"); a post abroad places no one ("protesters at the US embassy in Jakarta").
- The freedoms to gather, speak and organise are eased or restricted by the state where
  they hold, as curfews are: "the government allowed the opposition to rally in Nairobi".
- Ordering a withdrawal sends no forces; an invitation's invitee, not its sender, attends.
- A reaction a subject "drew" or "sparked" is aimed at that subject, or at the doer of the
  act it names; a state's "protests" are words (111), not a demonstration.
"""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2004-05-11"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of the body it works for or belongs to
        (
            "Thousands of workers at Nigeria's state oil company went on strike on Monday.",
            {("NGA", "NGA", "143")},
        ),
        (
            "Hundreds of workers working for South Korea's largest shipbuilder stopped work "
            "on Tuesday.",
            {("KOR", "KOR", "143")},
        ),
        (
            "About 3,000 miners belonging to Zambia's largest union stopped work on Monday.",
            {("ZMB", "ZMB", "143")},
        ),
        # a post abroad: the crowd is the city's
        (
            "Thousands of protesters at the US embassy in Jakarta burned American flags.",
            {("IDN", "USA", "145")},
        ),
        # freedoms eased where they hold, by that state
        (
            "The government allowed the opposition to hold a rally in Nairobi.",
            {("KEN", "KEN", "0811")},
        ),
        ("The opposition was allowed to hold a rally in Nairobi.", {("KEN", "KEN", "0811")}),
        (
            "The government lifted a ban on opposition rallies in Harare.",
            {("ZWE", "ZWE", "0812")},
        ),
        # a withdrawal ordered is the withdrawal, no forces sent (154)
        (
            "The United States ordered the withdrawal of its troops from Somalia.",
            {("USA", "SOM", "087")},
        ),
        (
            "Putin ordered a partial pullout of Russian troops from Syria.",
            {("RUS", "SYR", "087")},
        ),
        # the invited attend; an offer is still its maker's to carry out
        (
            "Sudan accepted an invitation from Egypt to attend a summit in Cairo.",
            {("SDN", None, "036")},
        ),
        (
            "Sudan accepted Qatar's offer to mediate.",
            {("SDN", "QAT", "030"), ("QAT", "SDN", "039")},
        ),
        # an order's giver's side carries it out
        (
            "Putin's order to withdraw troops from Kherson surprised Kyiv.",
            {("RUS", None, "0356")},
        ),
        # coming to an agreement is reaching one, no visit
        (
            "Israel and Jordan came to an agreement on water sharing.",
            {("ISR", "JOR", "030"), ("JOR", "ISR", "030")},
        ),
        (
            "Iran and Iraq came to terms on the border.",
            {("IRN", "IRQ", "030"), ("IRQ", "IRN", "030")},
        ),
        ("Putin came to Berlin for talks.", {("RUS", "DEU", "042")}),
        # "their" after two states and a place named as where: the states'
        (
            "Ethiopia and Eritrea signed a peace deal in Algiers ending their two-year border war.",
            {("ETH", "ERI", "057"), ("ERI", "ETH", "057")},
        ),
    ],
)
def test_who_is_who_and_who_does_what(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary's refusal to accept refugees has drawn criticism from the European Union.",
            ("IGO", "HUN", "111"),
        ),
        ("The Israeli raid drew condemnation from Egypt.", ("EGY", "ISR", "111")),
        ("Iran's missile test drew sharp criticism from Washington.", ("USA", "IRN", "111")),
        ("Hungary drew criticism from the European Union.", ("IGO", "HUN", "111")),
        # a state's protests are words; a country's protests may be its streets'
        ("The arrest of the journalist drew protests from France.", ("FRA", None, "111")),
        ("Iran's protests entered their third week.", ("IRN", "IRN", "141")),
        # a request to join is the requester's own
        ("Ukraine's request to join NATO was rejected by Hungary.", ("HUN", "UKR", "120")),
    ],
)
def test_a_reaction_drawn_is_aimed_at_who_drew_it(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)
