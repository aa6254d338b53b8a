"""Words of conflict that report no political act (``extract.event_decoys``, the conditions
of ``event_modality``): each phenomenon with a decoy that must score nothing and, beside it, a
real act of the same words that must keep its event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.eval.event_scoring import scored
from eventwire.models import ParsedArticle
from wordcoded import triples

Parse = Callable[..., ParsedArticle]

DECOYS = [
    # sport: a game between teams named by their country
    "Japan's forwards besieged the Saudi penalty area late in the match.",
    # a state does not beat another with its fists
    "Chile beat Peru in the race to host the summit.",
    # markets: a verb whose subject is a market
    "Indian shares rallied on Tuesday as the rupee steadied.",
    # a month is no march
    "Imports from Ghana rose 5 percent in March.",
    # a foe no army fights, a struggle, a business at "war"
    "Mexico declared war on obesity on Monday.",
    "Indonesian retailers are fighting for customers in Jakarta.",
    "Thai banks are waging a fierce battle over deposits.",
    # firms named by their trade are businesses, and businesses compete
    "German carmakers are battling Chinese rivals in Brazil.",
    # a war on a common noun no actor is in; an office contested at the polls; the charts
    "The French chef declared war on processed food.",
    "The Kenyan opposition leader is battling for the presidency in next year's election.",
    "The Korean pop band invaded the American charts this year.",
    # a hazard or an animal named on the subject
    "Canada's wildfire season has burned 15 million hectares.",
    "An Australian shark attack killed a surfer off Perth.",
    # a cyclist's attack
    "The Belgian cyclist attacked on the final climb to win the stage.",
    # fighting to do what is no force
    "Kenya's national power company is battling to keep the lights on.",
    # history: a nominal act dated years back
    "Cyprus has been split since the 1974 invasion by Turkey.",
    "Many Iraqis recall the 1991 bombing of Baghdad.",
    # tallies, anniversaries and a war as a time
    "The number of attacks on journalists in Mexico doubled last year.",
    "Abductions in Nigeria fell by half in 2024.",
    "Japan marked the anniversary of the bombing of Nagasaki on Saturday.",
    "Thousands of homes were destroyed during the war with Iraq.",
    # fiction
    "In the novel, Russian troops invade Estonia.",
    # a civilian weighs no policy option
    "A Kenyan farmer looks at his withered crops.",
    # diseases and floods kill and destroy without a doer
    "Malaria killed 300 people in Uganda last year.",
    "Floodwaters destroyed 2,000 homes in the Libyan city of Derna.",
    # an injury is no foe, a rival beside a figurative prize no target
    "The Kenyan runner is fighting an injury ahead of the Olympics.",
    "South Korea's chipmakers are losing the battle for talent to Taiwan.",
    # an anniversary up a chain of "of" phrases; a sport word of cricket
    "Algeria celebrated the 70th anniversary of the start of its war of independence.",
    "India's spinners destroyed the English batting line-up on the first day.",
    # conditions: an inverted "had", a war judged as if it happened
    "Had Iran closed the strait, oil prices would have soared.",
    "Analysts said a war between Iran and Israel would be devastating.",
]

REAL = [
    ("Egyptian police beat football fans in Cairo after the qualifier.", ("EGY", "18")),
    ("Soldiers beat the protesters in Lima on Monday.", (None, "18")),
    ("Thousands joined a march in Accra on Sunday against the new tax.", ("GHA", "14")),
    ("The Turkish army is fighting Kurdish rebels for control of the town.", ("TUR", "19")),
    ("Russia's invasion of Ukraine this month drew condemnation from France.", ("RUS", "19")),
    ("Rockets killed three people in Sderot on Monday.", (None, "19")),
    ("Israel's prime minister is considering a strike on Iran.", ("ISR", "01")),
    ("Iraq invaded Kuwait in 1990.", ("IRQ", "19")),
    ("Serbia had recognised Kosovo by then.", ("SRB", "05")),
    ("Police fired tear gas at rugby fans in Paris on Saturday.", ("FRA", "17")),
    ("Israeli bulldozers destroyed three Palestinian homes in Hebron.", ("ISR", "17")),
    # people who are prizes only after "for": as force's object they are its victims
    ("Gunmen killed 14 tourists near Luxor on Monday.", ("EGY", "18")),
    ("Israel's war on Hamas entered its second year on Monday.", ("ISR", "19")),
    ("Police dogs attacked protesters in Nairobi on Tuesday.", ("KEN", "18")),
    ("Iraqi troops fought the militants and took control of Tikrit.", ("IRQ", "19")),
    (
        "Ukraine accused Russia of shelling Kharkiv, a city that hosted football matches.",
        ("UKR", "11"),
    ),
    # a sport word that only describes a person makes no game of the sentence
    ("Venezuela freed Colombian football star Ana Rojas on Friday.", ("VEN", "08")),
]


@pytest.mark.parametrize("text", DECOYS)
def test_a_decoy_scores_no_event(pipeline: Any, parse: Parse, text: str) -> None:
    got = triples(scored(pipeline.extract(parse(text)).events), root=True)
    assert not got, f"spurious {sorted(got, key=str)}"


@pytest.mark.parametrize(("text", "expected"), REAL)
def test_the_real_act_stays(
    pipeline: Any, parse: Parse, text: str, expected: tuple[str | None, str]
) -> None:
    got = {
        (s, root) for s, _, root in triples(scored(pipeline.extract(parse(text)).events), root=True)
    }
    assert expected in got, f"got {sorted(got, key=str)}"
