"""Reported speech and attribution: a probe suite of our own wire-style sentences, through the
whole pipeline, on who did what when someone else tells it.

The convention: "X said that Y did Z" is Y's act with ``reported_by`` X, and X's words are a
quote, not an event; a speech act is an event of its own only when its cue is codeable
("accused", "condemned", "denied", "urged"); plain statements (CAMEO 01) stay uncoded while
``code_statements`` is off, as it is by default.

Each probe names the events a careful coder would code, as (source country, target country,
CAMEO root), and the reporter's country where the act is told by someone (``reporter``). A
probe passes when every expected event is found, no event of an expected root has another pair,
no plain-statement event (root 01) appears unless expected, and the first expected event is
told by the expected reporter. Constructions not handled yet are ``xfail(strict=True)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import Event, ParsedArticle
from wordcoded import probe_case

Parse = Callable[..., ParsedArticle]
Triple = tuple[str | None, str | None, str]
NO_REPORTER = "-"  # the act is told by no one: the actor's own act, said in its own name


def probe(
    kind: str,
    text: str,
    *expected: Triple,
    reporter: str | None = None,
    xfail: str | None = None,
) -> Any:
    """A parametrized case whose id starts with its phenomenon, xfail(strict) if ``xfail``."""
    return probe_case(kind, text, expected, reporter, xfail=xfail)


PROBES = [
    # --- "X said (that) Y did Z": Y's act, told by X -----------------------------------------
    probe(
        "said-that",
        "Ukraine said on Monday that Russian forces had shelled Kharkiv overnight.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "said-that",
        "Israel's military said its jets struck Hezbollah targets in southern Lebanon.",
        ("ISR", "LBN", "19"),
        reporter="ISR",
    ),
    probe(
        "said-that",
        "Pakistan said Indian troops fired across the Line of Control on Sunday.",
        ("IND", "PAK", "19"),
        reporter="PAK",
    ),
    probe(
        "said-that",
        "The Philippines said a Chinese coast guard ship rammed one of its supply boats.",
        ("CHN", "PHL", "19"),
        reporter="PHL",
    ),
    probe(
        "said-that",
        "Poland said on Tuesday it had expelled a Belarusian diplomat.",
        ("POL", "BLR", "16"),
        reporter="POL",
    ),
    probe(
        "said-that",
        "Japan's foreign ministry said Tokyo had lodged a protest with Beijing.",
        ("JPN", "CHN", "11"),
        reporter="JPN",
    ),
    probe(
        "said-that",
        "Germany said it would send more air defence systems to Ukraine.",
        ("DEU", "UKR", "03"),
        reporter="DEU",
    ),
    probe(
        "said-that",
        "The White House said President Biden had spoken with the Turkish president by phone.",
        ("USA", "TUR", "04"),
        ("TUR", "USA", "04"),
        reporter="USA",
    ),
    probe(
        "said-that",
        "Seoul said North Korea fired a ballistic missile into the sea off its east coast.",
        ("PRK", None, "15"),
        reporter="KOR",
    ),
    probe(
        "said-that",
        "Kenya said on Friday it had deported two Somali nationals.",
        ("KEN", "SOM", "17"),
        reporter="KEN",
    ),
    # --- "according to X" ---------------------------------------------------------------------
    probe(
        "according-to",
        "Russian drones hit an energy facility in Odesa overnight, according to Ukraine's "
        "air force.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "according-to",
        "According to the Syrian foreign ministry, Israeli jets struck an airport near Damascus.",
        ("ISR", "SYR", "19"),
        reporter="SYR",
    ),
    probe(
        "according-to",
        "Turkey shelled Kurdish positions in northern Iraq on Friday, according to Iraqi "
        "officials.",
        ("TUR", "IRQ", "19"),
        reporter="IRQ",
    ),
    probe(
        "according-to",
        "According to Ukrainian officials, Russia released 90 prisoners of war in an exchange.",
        ("RUS", None, "08"),
        reporter="UKR",
    ),
    probe(
        "according-to",
        "Beijing imposed sanctions on three U.S. defence firms, according to China's commerce "
        "ministry.",
        ("CHN", "USA", "16"),
        reporter="CHN",
    ),
    # --- the speaker after the clause: "..., X said" -------------------------------------------
    probe(
        "said-after",
        "Russian forces shelled the city of Sumy overnight, the Ukrainian governor said.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "said-after",
        "Israel killed two Hamas commanders in Gaza, the Israeli army said on Wednesday.",
        ("ISR", "PSE", "19"),
        reporter="ISR",
    ),
    probe(
        "said-after",
        "Saudi Arabia will host talks between Russia and the United States, a Saudi official said.",
        ("SAU", "RUS", "03"),  # the host's talks are with the parties between whom it holds them
        ("SAU", "USA", "03"),
        reporter="SAU",
    ),
    probe(
        "said-after",
        "Egypt agreed to reopen the Rafah crossing, Egyptian officials said on Monday.",
        ("EGY", None, "03"),
        reporter="EGY",
    ),
    probe(
        "said-after",
        "Chinese warships entered Taiwan's contiguous zone, Taiwan's defence ministry said.",
        ("CHN", "TWN", "15"),
        reporter="TWN",
    ),
    probe(
        "said-after",
        "Turkey detained 40 suspected Islamic State members, the interior ministry said.",
        ("TUR", "IMG", "17"),
        reporter="TUR",
    ),
    probe(
        "said-after",
        "Azerbaijan and Armenia exchanged fire along their border, Armenia's defence ministry "
        "said.",
        ("AZE", "ARM", "19"),
        ("ARM", "AZE", "19"),
        reporter="ARM",
    ),
    # --- told to reporters, in a statement, a spokesman for X -----------------------------------
    probe(
        "told-reporters",
        "Iran's foreign minister told reporters that Tehran would resume talks with Washington.",
        ("IRN", "USA", "03"),
        reporter="IRN",
    ),
    probe(
        "told-reporters",
        "Hungary's prime minister told reporters Budapest would block new EU sanctions on Russia.",
        ("HUN", "IGO", "12"),
        reporter="HUN",
    ),
    probe(
        "statement",
        "In a statement, the Pakistani army said Afghan Taliban fighters attacked a border post.",
        ("AFG", "PAK", "19"),
        reporter="PAK",
    ),
    probe(
        "statement",
        "Russia said in a statement that it had shot down 30 Ukrainian drones over Bryansk.",
        ("RUS", "UKR", "19"),
        reporter="RUS",
    ),
    probe(
        "statement",
        "Lebanon's army said in a statement that Israeli troops had opened fire on its soldiers.",
        ("ISR", "LBN", "19"),
        reporter="LBN",
    ),
    probe(
        "spokesman",
        "A spokesman for the Ukrainian air force said Russia launched 120 drones at Ukraine "
        "overnight.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "spokesman",
        "A spokesperson for the German government said Berlin would expel two Russian diplomats.",
        ("DEU", "RUS", "13"),
        reporter="DEU",
    ),
    probe(
        "spokesman",
        "The Kremlin spokesman said Putin had met the Chinese foreign minister in Moscow.",
        ("RUS", "CHN", "04"),
        reporter="RUS",
    ),
    probe(
        "spokesman",
        "A State Department spokesman said Washington had imposed new sanctions on Iran.",
        ("USA", "IRN", "16"),
        reporter="USA",
    ),
    # --- quotes with the speaker after -----------------------------------------------------------
    probe(
        "quote-after",
        '"Russia attacked our energy grid again last night," the Ukrainian president said.',
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "quote-after",
        '"We have recalled our ambassador from Paris," the Algerian foreign minister said.',
        ("DZA", "FRA", "16"),
        reporter="DZA",
    ),
    probe(
        "quote-after",
        '"Israel bombed a school in Gaza City," a Palestinian health official told Reuters.',
        ("ISR", "PSE", "19"),
        reporter="PSE",
    ),
    probe(
        "quote-after",
        '"China\'s navy blocked our resupply mission," a Philippine coast guard spokesman said.',
        ("CHN", "PHL", "19"),
        reporter="PHL",
    ),
    # --- codeable speech acts are events of their own -----------------------------------------
    probe(
        "codeable-cue",
        "China accused the United States of provoking tension in the Taiwan Strait.",
        ("CHN", "USA", "11"),
    ),
    probe(
        "codeable-cue",
        "Iran condemned the Israeli strike on its consulate in Damascus.",
        ("IRN", "ISR", "11"),
        ("ISR", "IRN", "19"),
    ),
    probe(
        "codeable-cue",
        "Russia denied that its forces had attacked a hospital in Kharkiv.",
        ("RUS", None, "01"),
    ),
    probe(
        "codeable-cue",
        "France praised Morocco for its role in the release of four French hostages.",
        ("FRA", "MAR", "05"),
    ),
    probe(
        "codeable-cue",
        "The United States warned Iran against supplying ballistic missiles to Russia.",
        ("USA", "IRN", "13"),
    ),
    probe(
        "codeable-cue",
        "North Korea threatened South Korea with a nuclear response to the joint drills.",
        ("PRK", "KOR", "13"),
    ),
    probe(
        "codeable-cue",
        "Ukraine demanded that Russia withdraw its troops from the Zaporizhzhia plant.",
        ("UKR", "RUS", "10"),
    ),
    probe(
        "codeable-cue",
        "The European Union urged Serbia and Kosovo to resume talks.",
        ("IGO", "SRB", "02"),
        ("IGO", "XKX", "02"),
    ),
    probe(
        "codeable-cue",
        "Egypt urged Israel to allow aid into Gaza.",
        ("EGY", "ISR", "02"),
    ),
    probe(
        "codeable-cue",
        "Ghana condemned the coup in neighbouring Niger.",
        ("GHA", "NER", "11"),
    ),
    probe(
        "codeable-cue",
        "Venezuela accused Guyana of provoking a border conflict, the foreign ministry said.",
        ("VEN", "GUY", "11"),
    ),
    probe(
        "codeable-cue",
        "Israel accused Hezbollah of firing rockets at Haifa on Sunday.",
        ("ISR", "LBN", "11"),
    ),
    probe(
        "codeable-cue",
        "Moscow warned Helsinki that NATO membership would bring retaliation.",
        ("RUS", "FIN", "13"),
    ),
    probe(
        "codeable-cue",
        "The Baltic states condemned Russia's annexation of four Ukrainian regions.",
        ("RUS", "UKR", "19"),
    ),
    # --- plain statements are not events -------------------------------------------------------
    probe(
        "plain-statement",
        "India said on Tuesday it remained committed to dialogue with Pakistan, and that talks "
        "with Islamabad would resume next month.",
        ("IND", "PAK", "03"),
        reporter="IND",
    ),
    probe(
        "plain-statement",
        "Brazil said the meeting with Argentina had been productive.",
        ("BRA", "ARG", "04"),
        reporter="BRA",
        xfail="a past meeting named only as the subject of a plain statement is not coded",
    ),
    probe(
        "plain-statement",
        "Mexico said it would meet U.S. officials in Washington next week.",
        ("MEX", "USA", "03"),
        reporter="MEX",
    ),
    probe(
        "plain-statement",
        "Turkey's president said Ankara had met Syrian officials in Damascus last week.",
        ("TUR", "SYR", "04"),
        reporter="TUR",
    ),
    # --- nested reports -----------------------------------------------------------------------
    probe(
        "nested",
        "Ukraine said Poland had accused Russia of sabotaging its railways.",
        ("POL", "RUS", "11"),
        reporter="UKR",
    ),
    probe(
        "nested",
        "Iraqi officials said Iran had condemned the U.S. strikes on militia bases.",
        ("IRN", "USA", "11"),
        reporter="IRQ",
    ),
    probe(
        "nested",
        "The Greek foreign minister said Turkey had threatened Greece over the islands.",
        ("TUR", "GRC", "13"),
        reporter="GRC",
    ),
    probe(
        "nested",
        "Kenya said Ethiopia had urged Somalia to return to negotiations.",
        ("ETH", "SOM", "02"),
        reporter="KEN",
    ),
    probe(
        "nested",
        "Officials in Kyiv said Moldova had accused Russia of plotting a coup.",
        ("MDA", "RUS", "11"),
        reporter="UKR",
    ),
    # --- denials and conditionals inside reports -------------------------------------------------
    probe(
        "denial-in-report",
        "Serbia said it had not deployed troops to the border with Kosovo.",
        ("SRB", None, "01"),
    ),
    probe(
        "denial-in-report",
        "Russia denied that it had shot down the Azerbaijani airliner.",
        ("RUS", "AZE", "01"),
    ),
    probe(
        "denial-in-report",
        "Rwanda denied accusations that its troops were fighting in eastern Congo.",
        ("RWA", "COD", "01"),
    ),
    probe(
        "conditional-in-report",
        "Iran said it would attack Israel if Israel struck its nuclear sites.",
        ("IRN", "ISR", "13"),
        reporter="IRN",
    ),
    probe(
        "conditional-in-report",
        "China said it would impose tariffs on U.S. goods if Washington raised its own.",
        ("CHN", "USA", "13"),
        reporter="CHN",
    ),
    # --- more reporters: state media, told parliament, confirmed, announced --------------------
    probe(
        "media",
        "Israeli jets struck targets in Syria, Syrian state media reported.",
        ("ISR", "SYR", "19"),
        reporter="SYR",
    ),
    probe(
        "media",
        "Syria's state news agency SANA said Israeli missiles hit a military airport near Homs.",
        ("ISR", "SYR", "19"),
        reporter="SYR",
    ),
    probe(
        "media",
        "Iran's state television said the Revolutionary Guards had seized a British-flagged "
        "tanker.",
        ("IRN", "GBR", "17"),
        reporter="IRN",
    ),
    probe(
        "told-parliament",
        "Armenia's prime minister told parliament that Azerbaijan had attacked Armenian villages.",
        ("AZE", "ARM", "19"),
        reporter="ARM",
    ),
    probe(
        "told-reporters",
        "The Serbian president told a news conference that Kosovo police had arrested three Serbs.",
        ("XKX", "SRB", "17"),
        reporter="SRB",
    ),
    probe(
        "according-to",
        "Russian forces, according to Kyiv, launched a massive missile attack on Lviv.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "said-that",
        "Officials in Lima said Chile had closed its border with Peru.",
        ("CHL", "PER", "19"),
        reporter="PER",
    ),
    probe(
        "said-that",
        "South Africa said it had recalled its ambassador to Israel.",
        ("ZAF", "ISR", "16"),
        reporter="ZAF",
    ),
    probe(
        "said-that",
        "Germany's chancellor said Berlin would not deliver Taurus missiles to Ukraine.",
        ("DEU", "UKR", "12"),
        reporter="DEU",
    ),
    probe(
        "said-that",
        "Ukraine said Russia had violated the Easter ceasefire more than 2,000 times.",
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "said-that",
        "Bolivia said it had broken off diplomatic relations with Israel.",
        ("BOL", "ISR", "16"),
        reporter="BOL",
    ),
    probe(
        "said-that",
        "Morocco said Algeria had cut diplomatic ties with Rabat.",
        ("DZA", "MAR", "16"),
        reporter="MAR",
    ),
    probe(
        "said-that",
        "Tokyo said Beijing had detained a Japanese businessman on spying charges.",
        ("CHN", "JPN", "11"),  # held on a spying charge: accused of espionage (1125)
        reporter="JPN",
    ),
    probe(
        "said-that",
        "India said it had extradited a suspect to Bangladesh.",
        ("IND", "BGD", "06"),
        reporter="IND",
    ),
    probe(
        "said-that",
        "A Ukrainian military spokesman said Russian troops had executed Ukrainian prisoners "
        "of war.",
        ("RUS", "UKR", "18"),
        reporter="UKR",
    ),
    probe(
        "confirmed",
        "Israel's army confirmed that its aircraft had struck a Hamas command centre in Gaza City.",
        ("ISR", "PSE", "19"),
        reporter="ISR",
    ),
    probe(
        "announced",
        "Russia announced that it had expelled two Estonian diplomats.",
        ("RUS", "EST", "16"),
        reporter="RUS",
    ),
    probe(
        "spokesman",
        "Iran's foreign ministry spokesman said on Monday Tehran had summoned the British "
        "ambassador.",
        ("IRN", "GBR", "11"),
        reporter="IRN",
    ),
    probe(
        "spokesman",
        "The spokesman for the Taliban government said Pakistani jets had bombed Afghan territory.",
        ("PAK", "AFG", "19"),
        reporter="AFG",
    ),
    # --- the speaker's own people are the victims ------------------------------------------------
    probe(
        "speaker-victims",
        "Lebanon's health ministry said Israeli strikes had killed 12 people.",
        ("ISR", "LBN", "19"),
        reporter="LBN",
    ),
    probe(
        "speaker-victims",
        "Israeli strikes killed 12 people in the south, the Lebanese health ministry said.",
        ("ISR", "LBN", "19"),
        reporter="LBN",
    ),
    probe(
        "speaker-victims",
        "Pakistan's army said Indian shelling had wounded five civilians.",
        ("IND", "PAK", "19"),
        reporter="PAK",
    ),
    # --- the closing reporter misparsed as a relative clause of the last object -------------------
    probe(
        "tail-reporter",
        "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant, the state news "
        "agency TASS reported.",
        ("RUS", "UKR", "11"),
        reporter="RUS",
    ),
    probe(
        "tail-reporter",
        "Iran seized two foreign tankers in the Gulf, the semi-official news agency Tasnim "
        "reported.",
        ("IRN", None, "17"),
        reporter="IRN",
    ),
    # --- quotes: first person is the speaker's side ----------------------------------------------
    probe(
        "quote-first-person",
        '"Our forces shot down four Russian drones," the Ukrainian air force said on Telegram.',
        ("UKR", "RUS", "19"),
        reporter="UKR",
    ),
    probe(
        "quote-first-person",
        '"Our troops repelled a Russian assault near Pokrovsk," Ukraine\'s army chief said.',
        ("UKR", "RUS", "19"),
        ("RUS", "UKR", "19"),
        reporter="UKR",
    ),
    probe(
        "quote-after",
        '"Pakistan shelled our villages," the Indian army said in a statement.',
        ("PAK", "IND", "19"),
        reporter="IND",
    ),
    probe(
        "quote-after",
        '"Israel has committed genocide in Gaza," the South African foreign minister said.',
        ("ISR", "PSE", "20"),
        reporter="ZAF",
    ),
    probe(
        "quote-codeable",
        '"We condemn the Iranian missile attack on Israel," the German chancellor said.',
        ("DEU", "IRN", "11"),
        ("IRN", "ISR", "19"),
    ),
    # --- answers and contrasts to a report are not told by its reporter ------------------------
    probe(
        "answer",
        "Hamas said Israeli forces had killed five Palestinians in Jenin, a claim the Israeli "
        "army denied.",
        ("ISR", "PSE", "01"),
        ("ISR", "PSE", "19"),
        reporter=NO_REPORTER,
    ),
    probe(
        "answer",
        "Washington said on Friday that Iran was arming Houthi rebels in Yemen, an accusation "
        "Tehran rejected.",
        ("IRN", "USA", "12"),
        ("IRN", "YEM", "07"),
        reporter=NO_REPORTER,
    ),
    probe(
        "answer",
        "Ukraine said Russia had shelled Kherson, an allegation Moscow dismissed as lies.",
        ("RUS", "UKR", "12"),
        ("RUS", "UKR", "19"),
        reporter=NO_REPORTER,
    ),
    probe(
        "answer",
        "Serbia accused Kosovo of arming ethnic Albanian militants, a claim Pristina rejected.",
        ("SRB", "XKX", "11"),
        ("XKX", "SRB", "12"),
        reporter=NO_REPORTER,
    ),
    probe(
        "contrast",
        "Thai officials said Cambodian troops had fired rockets into Thailand, while Cambodia "
        "accused Thailand of starting the clashes.",
        ("KHM", "THA", "11"),
        ("KHM", "THA", "19"),
        reporter=NO_REPORTER,
    ),
    probe(
        "contrast",
        "Peru said Chile had attacked its border posts, as Chile accused Peru of provoking the "
        "fighting.",
        ("CHL", "PER", "11"),
        ("CHL", "PER", "19"),
        reporter=NO_REPORTER,
    ),
    # --- conditional threats are aimed at whom the condition names -----------------------------
    probe(
        "conditional-target",
        "Beijing said it would retaliate if Manila continued its patrols near the shoal.",
        ("CHN", "PHL", "13"),
        reporter="CHN",
    ),
    probe(
        "conditional-target",
        "Armenia will strike back if Azerbaijani troops cross the border, the defence minister "
        "said.",
        ("ARM", "AZE", "13"),
    ),
    probe(
        "nested-threat",
        "Ukraine said Russia had threatened to strike Kyiv if the West supplied long-range "
        "missiles.",
        ("RUS", "UKR", "13"),
        reporter="UKR",
    ),
    probe(
        "nested-denial",
        "Officials in Seoul said North Korea had denied sending troops to Russia.",
        ("PRK", "RUS", "01"),
        reporter="KOR",
    ),
    # --- "the group" a spokesman speaks for, not the outlet spoken to ---------------------------
    probe(
        "told-outlet",
        "A spokesman for Hamas told Reuters the group had rejected the Israeli ceasefire proposal.",
        ("PSE", "ISR", "12"),
        reporter="PSE",
    ),
    probe(
        "told-outlet",
        "A Hezbollah official told the AFP news agency the group had rejected the French proposal.",
        ("LBN", "FRA", "12"),
        reporter="LBN",
    ),
    probe(
        "rejected-claim",
        "Ethiopia rejected Egypt's claim that it had filled the dam without consultation.",
        ("ETH", "EGY", "01"),
    ),
]


def _country(mention: Any) -> str | None:
    return None if mention is None else mention.country


def _of(events: list[Event], triple: Triple) -> list[Event]:
    src, tgt, root = triple
    return [
        e
        for e in events
        if e.cameo.root == root and _country(e.source) == src and _country(e.target) == tgt
    ]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "reporter"), PROBES)
def test_reported_act_has_its_doer_and_teller(
    pipeline: Any, parse: Parse, text: str, expected: tuple[Triple, ...], reporter: str | None
) -> None:
    events = list(pipeline.extract(parse(text)).events)
    got = {(_country(e.source), _country(e.target), e.cameo.root) for e in events}
    roots = {root for _, _, root in expected}
    missing = set(expected) - got
    wrong = {t for t in got if t[2] in roots and t not in expected}
    statements = {t for t in got if t[2] == "01" and "01" not in roots}
    assert not missing and not wrong and not statements, (
        f"missing {sorted(missing, key=str)}, wrong {sorted(wrong, key=str)}, "
        f"statements {sorted(statements, key=str)}"
    )
    if reporter is not None:
        tellers = {_country(e.reported_by) for e in _of(events, expected[0])}
        assert tellers == {None if reporter == NO_REPORTER else reporter}, tellers
