"""Acts as 1980s-2000s wire reports tell them (our own sentences): refuge sought, deaths in
custody, calls to punish, intents named as nouns, ties restored "between" two states, messages
that carry an act, shows of force and the deeds that prompted them, demands named as nouns,
forces sent to shore up a side, and the words that only look like acts."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "1995-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's 1033: refugees seeking refuge ask the state that is to take them in
        ("Some 900,000 Iraqi Kurds sought refuge in Germany last month.", ("IRQ", "DEU", "1033")),
        (
            "A former Iraqi minister applied for political asylum in Britain.",
            ("IRQ", "GBR", "1033"),
        ),
        # harm someone died of is done to them by whoever held them
        (
            "A Palestinian prisoner died as a result of torture while in Israeli police custody.",
            ("ISR", "PSE", "1822"),
        ),
        (
            "An Egyptian student died after being tortured by Egyptian police.",
            ("EGY", "EGY", "1822"),
        ),
        # a call to punish a party rallies opposition against it (113)
        (
            "South Africa's Archbishop Tutu called for sanctions against Nigeria.",
            ("ZAF", "NGA", "113"),
        ),
        (
            "Ukraine urged the European Union to impose new sanctions on Russia.",
            ("UKR", "RUS", "113"),
        ),
        # an intent noun takes its infinitive's code and party
        (
            "China has expressed its willingness to cooperate with Russia in developing oil "
            "fields.",
            ("CHN", "RUS", "0311"),
        ),
        (
            "Hanoi has signalled its readiness to negotiate a settlement with Beijing.",
            ("VNM", "CHN", "036"),
        ),
        # an offer of money or arms is a promise of aid (033x), not the aid
        ("Japan has offered the Philippines a low-interest loan.", ("JPN", "PHL", "0331")),
        ("Britain offered Jordan 20 tanks and spare parts.", ("GBR", "JOR", "0332")),
        # ties restored "between" two states are each one's with the other
        (
            "Diplomatic ties between Washington and Hanoi were normalised on Tuesday.",
            ("USA", "VNM", "050"),
        ),
        # the other spelling of an organisation's name
        (
            "The Organisation of African Unity has commended the Mozambican government.",
            ("IGO", "MOZ", "051"),
        ),
        # an act carried in a message has the message's sender and addressee
        (
            "Yeltsin sent a message of congratulations to Belarussian President Lukashenko.",
            ("RUS", "BLR", "051"),
        ),
        # accepting a mediator intends to accept mediation (038), aimed at the mediator
        (
            "The Sri Lankan government said it would accept Norwegian mediation.",
            ("LKA", "NOR", "038"),
        ),
        # intelligence passed on goes to its recipient, not to what it is about
        (
            "Britain has been passing intelligence on Iraqi troop movements to the United States.",
            ("GBR", "USA", "064"),
        ),
        # a show of force answers whoever's deed prompted it, or whom it is to deter
        (
            "Greece put its armed forces on alert after a Turkish research vessel sailed into "
            "disputed waters.",
            ("GRC", "TUR", "152"),
        ),
        (
            "Ecuador placed its armed forces on maximum alert, accusing Peru of moving troops.",
            ("ECU", "PER", "152"),
        ),
        (
            "The United States sent two aircraft carriers to the Gulf to deter Iran.",
            ("USA", "IRN", "154"),
        ),
        # a demand named as a noun asks the doer of its clause, or whom the thing asked comes
        # from
        (
            "Pakistan's demand that India withdraw its troops from the glacier was repeated.",
            ("PAK", "IND", "1056"),  # the clause says what is demanded: a withdrawal
        ),
        (
            "Tehran's demand for 100 billion dollars in war reparations from Baghdad was repeated.",
            ("IRN", "IRQ", "100"),
        ),
        # talks cancelled or suspended are halted (164)
        ("India's cancellation of talks with Pakistan was announced.", ("IND", "PAK", "164")),
        # a ban on a party or union lifted eases it (0812), no trade ban
        (
            "Poland's authorities have lifted the ban on the Solidarity trade union.",
            ("POL", "POL", "0812"),
        ),
        # an ordered embargo is the embargo
        (
            "President Reagan has ordered a total trade embargo against Nicaragua.",
            ("USA", "NIC", "163"),
        ),
        # a protest against a state's act is aimed at that state
        (
            "Several thousand Australians marched through Sydney in protest against the "
            "resumption of French nuclear tests in the South Pacific.",
            ("AUS", "FRA", "141"),
        ),
        # forces sent to shore up a side are military aid to it
        (
            "Havana has sent another 5,000 troops to Angola to bolster the Luanda government.",
            ("CUB", "AGO", "074"),
        ),
    ],
)
def test_older_wire_acts(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # an easing announced imposes no curfew
        (
            "Burma's military government has shortened the nightly curfew in Rangoon by two "
            "hours, state radio announced on Saturday.",
            "1723",
        ),
        # words of support sent are no aid
        ("Egypt sent a message of support to the Palestinian Authority.", "070"),
        # civilians moved are no forces
        ("Iraq has moved hundreds of Western hostages to military sites.", "154"),
        # war reparations are no war
        ("Tehran's demand for war reparations from Baghdad was repeated.", "190"),
        # an envoy sent for talks is no deployment
        ("Thailand sent army chief General Chavalit to Rangoon for talks.", "154"),
    ],
)
def test_words_that_only_look_like_acts(
    pipeline: Any, parse: Any, text: str, unwanted: str
) -> None:
    codes = {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}
    assert unwanted not in codes, codes
