"""How the doer, the target and the place of an act are told, written by us in the style of
1990-2010 wire leads: a clause's verb the parser hangs on its subject, arrests with
no doer named, acts carried in another noun ("a campaign of", "a package of") or gone on with
("pressed ahead with"), a noun's infinitive hung on its light verb, messages addressed "to"
someone, restrictions lifted or imposed as nouns, and towns with namesakes abroad."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.eval.event_scoring import primary_event
from wordcoded import pipeline_triples, probe_case

DAY = "1999-03-08"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the reported clause's verb as a participle describing its subject
        probe_case(
            "reported-verb",
            "Syrian negotiators threatened on Monday to quit the talks with Israel, a Syrian "
            "official said.",
            ("SYR", "ISR", "13"),
        ),
        probe_case(
            "reported-verb",
            "Chilean students resorted to blocking roads in Valparaiso, police said.",
            ("CHL", "CHL", "14"),
        ),
        probe_case(
            "reported-verb",
            "Qatar, which hosted the Afghan talks, offered to mediate between Sudan and Chad.",
            ("QAT", "SDN", "03"),
        ),
        probe_case(
            "reported-verb",
            "Syria, angered by a Turkish dam project that cut its water supply, threatened on "
            "Monday to cut trade ties with Turkey, Syrian radio said.",
            ("SYR", "TUR", "13"),
        ),
        # a doer's own participle is no weapon fired: "forces, besieging Gorazde, broke"
        probe_case(
            "doer-participle",
            "Ethiopian forces, besieging the town of Badme, broke the ceasefire with Eritrea on "
            "Monday.",
            ("ETH", "ERI", "19"),
        ),
        # arrests and crackdowns with no doer named: the police of where they happen
        probe_case(
            "arrest-unnamed",
            "A Dutch journalist was arrested in Egypt on Tuesday.",
            ("EGY", "NLD", "17"),
        ),
        probe_case(
            "arrest-unnamed",
            "Two British aid workers were detained in Sudan on Sunday.",
            ("SDN", "GBR", "17"),
        ),
        probe_case(
            "arrest-unnamed",
            "Hundreds of Kurds living in Syria were rounded up and deported across the border "
            "by Syrian police.",
            ("SYR", "SYR", "17"),
        ),
        probe_case(
            "arrest-unnamed",
            "The students were arrested and beaten by police in Tehran.",
            ("IRN", "IRN", "18"),
        ),
        probe_case(
            "arrest-unnamed",
            "Authorities imposed a curfew on Srinagar.",
            ("IND", "IND", "17"),
        ),
        # gunmen and kidnappers of no country are the country's where they act, not their
        # victims'
        probe_case(
            "unplaced-armed",
            "Three Italian engineers were freed in the Niger Delta by the gunmen who had held "
            "them.",
            ("NGA", "ITA", "08"),
        ),
        probe_case(
            "unplaced-armed",
            "Six German tourists were abducted in Yemen by tribesmen.",
            ("YEM", "DEU", "18"),
        ),
        # rebels no one places, facing one state's forces in a sentence naming no other
        probe_case(
            "rebels-at-home",
            "The Ugandan army killed 20 rebels on Monday.",
            ("UGA", "UGA", "19"),
        ),
        probe_case(
            "rebels-at-home",
            "The Sri Lankan government resumed peace talks with rebel leaders on Friday.",
            ("LKA", "LKA", "04"),
        ),
        # nouns of sanctions and aid; a noun's "of" object hung on its agent; farms seized
        probe_case(
            "noun-acts",
            "Kuwait announced a downgrading of its diplomatic ties with Libya on Friday.",
            ("KWT", "LBY", "16"),
        ),
        probe_case(
            "noun-acts",
            "The European Union made an emergency allocation of 5 million euros to Malawi.",
            ("IGO", "MWI", "07"),
        ),
        probe_case(
            "noun-acts",
            "The release by India of 40 Pakistani fishermen came on Tuesday.",
            ("IND", "PAK", "08"),
        ),
        probe_case(
            "noun-acts",
            "Zimbabwe's government seized 200 white-owned farms on Friday.",
            ("ZWE", "ZWE", "17"),
        ),
        # whose demands are rejected; whose embassy a crowd protests at
        probe_case(
            "owner",
            "President Leonid Kuchma rejected opposition demands that he resign.",
            ("UKR", "UKR", "12"),
        ),
        probe_case(
            "owner",
            "Hundreds of students in Seoul burned effigies outside the Japanese embassy to "
            "protest against a textbook.",
            ("KOR", "JPN", "14"),
        ),
        # an act carried or measured out by another noun, or gone on with
        probe_case(
            "carried",
            "Togolese opposition parties launched a campaign of civil disobedience against the "
            "government.",
            ("TGO", "TGO", "14"),
        ),
        probe_case(
            "carried",
            "Japan announced a package of aid for Haiti on Friday.",
            ("JPN", "HTI", "03"),
        ),
        probe_case(
            "carried",
            "Turkey pressed ahead with air strikes on Kurdish rebel bases in northern Iraq.",
            ("TUR", "IRQ", "19"),
        ),
        # a noun's infinitive the parser hangs on the light verb; a message's addressee
        probe_case(
            "light-verb",
            "Iran made a threat on Thursday to downgrade diplomatic relations with Germany.",
            ("IRN", "DEU", "13"),
        ),
        probe_case(
            "light-verb",
            "Norway made an offer on Monday to act as mediator between the Sri Lankan "
            "government and the Tamil Tigers.",
            ("NOR", "LKA", "03"),
        ),
        probe_case(
            "light-verb",
            "Iran issued a demand to Afghanistan for the release of nine Iranian diplomats.",
            ("IRN", "AFG", "10"),
        ),
        probe_case(
            "light-verb",
            "Chirac reminded Serbia that it must hand over the suspects.",
            ("FRA", "SRB", "10"),
        ),
        # restrictions lifted or imposed, told as nouns
        probe_case(
            "restriction-noun",
            "Indonesian military authorities ordered the lifting of a curfew in Ambon.",
            ("IDN", "IDN", "08"),
        ),
        probe_case(
            "restriction-noun",
            "Ecuador's president ordered the imposition of a state of emergency on Sunday.",
            ("ECU", "ECU", "17"),
        ),
        # a town with a namesake abroad is the one in the state the sentence names
        probe_case(
            "namesake",
            "ETA guerrillas bombed a police barracks in the Basque city of Vitoria.",
            ("ESP", "ESP", "19"),
        ),
    ],
)
def test_how_an_act_is_told(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY, root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a passive participle after its noun stays one: "monitors asked to leave"
        probe_case(
            "passive-participle",
            "OSCE monitors asked to leave Kosovo by Belgrade flew to Skopje, officials said.",
            ("IGO", "SRB", "10"),
        ),
        # a capital keeps its country whoever the sentence names: Athens is no Georgia town
        probe_case(
            "capital",
            "Greek students marched on the American embassy in Athens to protest against U.S. "
            "bases.",
            ("USA", "USA", "14"),
        ),
        # an apposition describing a named state adds no doer through its modifiers
        probe_case(
            "apposition",
            "Jordan, Iraq's main trading partner, suspended oil imports on Monday.",
            ("IRQ", None, "16"),
        ),
        # a sent team that investigates is an inquiry, not aid
        probe_case(
            "send-team",
            "Amnesty International sent a team to Turkey to investigate reports of torture.",
            ("IGO", "TUR", "07"),
        ),
    ],
)
def test_what_an_act_is_not(
    pipeline: Any, parse: Any, text: str, unexpected: tuple[str | None, str | None, str]
) -> None:
    assert unexpected not in pipeline_triples(pipeline, parse, text, DAY, root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "main"),
    [
        probe_case(
            "description",
            "Iran, angered by a court ruling that blamed its leaders for the killings, "
            "threatened to cut ties with Germany.",
            "threatened",
        ),
        probe_case(
            "fronted-clause",
            "Speaking after a round of talks in Belgrade, the Russian envoy said Serbia would "
            "accept the plan.",
            "accept",
        ),
        probe_case(
            "setting",
            "Despite objections from Washington, Russia signed a deal with Iran to build a "
            "reactor.",
            "signed",
        ),
    ],
)
def test_the_main_act_is_not_one_told_as_background(
    pipeline: Any, parse: Any, text: str, main: str
) -> None:
    """The evaluations score one act per sentence: the main clause's, not one in a
    description of a noun, a fronted clause or a setting phrase."""
    events = list(pipeline.extract(parse(text, DAY)).events)
    chosen = primary_event(parse(text, DAY), [e for e in events if e.cameo.plover])
    assert chosen is not None and chosen.trigger.text == main, [
        (e.trigger.text, e.cameo.code) for e in events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        probe_case(
            "shared-aux", "Iran will sign and ratify the treaty with Iraq.", "ratify", "intended"
        ),
        probe_case(
            "shared-aux",
            "The treaty must be signed and ratified by Armenia and Azerbaijan.",
            "ratified",
            "hypothetical",
        ),
        probe_case(
            "shared-aux",
            "The treaty still has to be signed and ratified by Armenia and Azerbaijan.",
            "ratified",
            "hypothetical",
        ),
        probe_case(
            "own-form",
            "Kofi Annan called on Rwanda to withdraw its troops and urged the rebels to stop "
            "their advance.",
            "urged",
            "asserted",
        ),
        probe_case(
            "own-aux",
            "Iran signed the deal with Iraq and will ratify it next year.",
            "signed",
            "asserted",
        ),
    ],
)
def test_a_coordinated_verb_shares_the_first_ones_auxiliary(
    pipeline: Any, parse: Any, text: str, trigger: str, modality: str
) -> None:
    events = list(pipeline.extract(parse(text, DAY)).events)
    assert {e.modality for e in events if e.trigger.text == trigger} == {modality}, [
        (e.trigger.text, e.modality) for e in events
    ]
