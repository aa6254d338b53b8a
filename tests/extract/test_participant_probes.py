"""Who did it to whom: a probe suite of our own wire-style sentences, through the whole
pipeline (actors, quotes, events), on the constructions where a source or a target is easy to
lose or to take from the wrong word.

Each probe names the main event(s) a careful CAMEO coder would code, as (source country,
target country, CAMEO root); ``None`` is an empty slot. A probe passes when every expected
event is found and no event of an expected root has any other pair of participants: a wrong
target next to the right one fails as a missing one does. Probes of constructions the code
does not handle yet are marked ``xfail(strict=True)`` with the reason, so the suite documents
them and flags the day they start passing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import probe_case, triples

Parse = Callable[..., ParsedArticle]
Triple = tuple[str | None, str | None, str]


def probe(kind: str, text: str, *expected: Triple, xfail: str | None = None) -> Any:
    """A parametrized case whose id starts with its phenomenon, xfail(strict) if ``xfail``."""
    return probe_case(kind, text, expected, xfail=xfail)


PROBES = [
    # --- passive, with a by-agent and without -------------------------------------------------
    probe(
        "passive-by",
        "The Ukrainian city of Kharkiv was shelled by Russian forces overnight.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "passive-by",
        "Sanctions were imposed on Iran by the United States on Monday.",
        ("USA", "IRN", "16"),
    ),
    probe(
        "passive-by",
        "The Israeli ambassador was expelled by Turkey on Wednesday.",
        ("TUR", "ISR", "16"),
    ),
    probe(
        "passive-by",
        "The Chinese ambassador was summoned by the Lithuanian foreign ministry on Friday.",
        ("LTU", "CHN", "11"),
    ),
    probe(
        "passive-by",
        "Three Palestinians were killed by Israeli fire in the West Bank on Monday.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "passive-by",
        "Iranian forces were accused by Washington of attacking shipping in the Gulf.",
        ("USA", "IRN", "11"),
    ),
    probe(
        "passive-by",
        "Venezuela's oil exports were targeted by fresh U.S. sanctions on Tuesday.",
        ("USA", "VEN", "16"),
    ),
    probe(
        "passive-bare",
        "Two Russian diplomats were expelled from Poland on Monday.",
        ("POL", "RUS", "16"),
    ),
    probe(
        "passive-bare",
        "Kherson was shelled overnight, the city's governor said.",
        (None, "UKR", "19"),
    ),
    probe(
        "passive-by",
        "China was accused by the Philippines of ramming one of its vessels.",
        ("PHL", "CHN", "11"),
    ),
    probe(
        "passive-by",
        "Two Palestinians were shot dead by Israeli troops in Nablus.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "prep-target",
        "On Tuesday, in a rare move, Japan expelled a Chinese diplomat.",
        ("JPN", "CHN", "16"),
    ),
    probe(
        "passive-by",
        "Rockets were fired by Hamas at Tel Aviv on Sunday.",
        ("PSE", "ISR", "19"),
    ),
    probe(
        "passive-by",
        "Sanctions were imposed by Britain on Russian banks.",
        ("GBR", "RUS", "16"),
    ),
    # --- nominal events: possessor, by, on, against, with, between ---------------------------
    probe(
        "nominal",
        "Israel's strikes on Gaza killed at least 30 people on Tuesday, health officials said.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "nominal",
        "Talks between Kyiv and Moscow resumed in Istanbul on Friday.",
        ("UKR", "RUS", "04"),
        ("RUS", "UKR", "04"),
    ),
    probe(
        "nominal",
        "Talks between Serbia and Kosovo broke down on Tuesday.",
        ("SRB", "XKX", "04"),
        ("XKX", "SRB", "04"),
    ),
    probe(
        "nominal",
        "Washington's sanctions against Moscow took effect on Friday.",
        ("USA", "RUS", "16"),
    ),
    probe(
        "nominal",
        "Estonia's expulsion of a Russian diplomat drew a sharp response from Moscow.",
        ("EST", "RUS", "16"),
    ),
    probe(
        "nominal",
        "The expulsion of Russian diplomats by Poland angered Moscow.",
        ("POL", "RUS", "16"),
    ),
    probe(
        "nominal",
        "Russia's attack on Ukraine's energy grid left millions without power.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "nominal",
        "North Korea condemned joint military drills by the United States and South Korea.",
        ("PRK", "USA", "11"),
        ("PRK", "KOR", "11"),
    ),
    probe(
        "nominal",
        "Turkey's talks with Sweden on NATO membership ended without a deal on Thursday.",
        ("TUR", "SWE", "04"),
        ("SWE", "TUR", "04"),
    ),
    probe(
        "nominal",
        "Venezuela's government condemned the U.S. military build-up in the Caribbean.",
        ("VEN", "USA", "11"),
    ),
    probe(
        "nominal",
        "Israel rejected a French proposal for a ceasefire in Lebanon.",
        ("ISR", "FRA", "12"),
    ),
    probe(
        "nominal",
        "Iraq's government condemned a Turkish air strike on its territory.",
        ("IRQ", "TUR", "11"),
        ("TUR", "IRQ", "19"),
    ),
    probe(
        "nominal",
        "Iran will hold nuclear talks with the United States in Oman on Saturday.",
        ("IRN", "USA", "03"),
    ),
    probe(
        "nominal",
        "Seoul lodged a formal complaint with Beijing on Tuesday.",
        ("KOR", "CHN", "11"),
    ),
    probe(
        "nominal",
        "Azerbaijan's foreign ministry condemned the French parliament's resolution on Karabakh.",
        ("AZE", "FRA", "11"),
    ),
    probe(
        "nominal",
        "The Kremlin rejected a Ukrainian proposal for a Christmas truce.",
        ("RUS", "UKR", "12"),
    ),
    probe(
        "nominal",
        "The sanctions, announced by Washington on Monday, target Iran's central bank.",
        ("USA", "IRN", "16"),
    ),
    probe(
        "nominal",
        "The war between Ethiopia and Eritrea killed tens of thousands of people.",
        ("ETH", "ERI", "19"),
        ("ERI", "ETH", "19"),
    ),
    probe(
        "nominal",
        "Washington's decision to expel Russian diplomats angered Moscow.",
        ("USA", "RUS", "16"),
    ),
    probe(
        "nominal",
        "Cuba condemned the U.S. embargo on the island.",
        ("CUB", "USA", "11"),
    ),
    probe(
        "nominal",
        "China lifted its ban on Japanese seafood imports.",
        ("CHN", "JPN", "08"),
    ),
    probe(
        "judged-act",
        "Egypt condemned Israeli strikes on Gaza.",
        ("EGY", "ISR", "11"),
    ),
    probe(
        "judged-act",
        "China denounced U.S. arms sales to Taiwan.",
        ("CHN", "USA", "11"),
    ),
    probe(
        "judged-act",
        "Iran condemned the American strikes on Iraq.",
        ("IRN", "USA", "11"),
    ),
    probe(
        "judged-act",
        "Russia condemned the British seizure of its assets.",
        ("RUS", "GBR", "11"),
    ),
    probe(
        "judged-act",
        "Jordan condemned Israel's raid on the Jenin camp.",
        ("JOR", "ISR", "11"),
    ),
    probe(
        "judged-act",
        "Turkey criticised the Swedish decision to allow protests.",
        ("TUR", "SWE", "11"),
    ),
    probe(
        "nominal",
        "Sanctions imposed by Canada on Iran in 2019 remain in force.",
        ("CAN", "IRN", "16"),
    ),
    probe(
        "nominal",
        "A Ukrainian drone attack on a Russian airbase destroyed several bombers.",
        ("UKR", "RUS", "19"),
    ),
    probe(
        "nominal",
        "The talks in Geneva between U.S. and Russian negotiators ended without agreement.",
        ("USA", "RUS", "04"),
        ("RUS", "USA", "04"),
    ),
    # --- hyphenated actors ------------------------------------------------------------------
    probe(
        "hyphen",
        "A Saudi-led coalition air strike hit a market in northern Yemen on Monday.",
        ("SAU", "YEM", "19"),
    ),
    probe(
        "hyphen",
        "A U.S.-brokered ceasefire between Israel and Lebanon took effect on Wednesday.",
        ("ISR", "LBN", "08"),
        ("LBN", "ISR", "08"),
    ),
    probe(
        "hyphen",
        "Iran seized a British-flagged oil tanker in the Strait of Hormuz.",
        ("IRN", "GBR", "17"),
    ),
    probe(
        "hyphen",
        "The Houthis attacked a Greek-owned cargo ship in the Red Sea.",
        ("YEM", "GRC", "19"),
    ),
    probe(
        "hyphen",
        "The Israeli-Palestinian talks collapsed in July.",
        ("ISR", "PSE", "04"),
        ("PSE", "ISR", "04"),
    ),
    probe(
        "hyphen",
        "Russian-Ukrainian negotiations in Istanbul produced a prisoner swap.",
        ("RUS", "UKR", "04"),
        ("UKR", "RUS", "04"),
    ),
    probe(
        "hyphen",
        "U.S.-China trade talks resumed in Geneva on Monday.",
        ("USA", "CHN", "04"),
        ("CHN", "USA", "04"),
    ),
    # --- targets in prepositional objects ----------------------------------------------------
    probe(
        "prep-target",
        "Britain imposed new sanctions on Belarus on Monday.",
        ("GBR", "BLR", "16"),
    ),
    probe(
        "prep-target",
        "Washington imposed tariffs on Chinese goods on Monday.",
        ("USA", "CHN", "16"),
    ),
    probe(
        "prep-target",
        "Hezbollah fired rockets at northern Israel on Sunday.",
        ("LBN", "ISR", "19"),
    ),
    probe(
        "prep-target",
        "Hamas militants fired rockets into southern Israel on Saturday.",
        ("PSE", "ISR", "19"),
    ),
    probe(
        "prep-target",
        "Japan sent humanitarian aid to Turkey after the earthquake.",
        ("JPN", "TUR", "07"),
    ),
    probe(
        "prep-target",
        "Germany pledged 5 billion euros in military aid to Ukraine.",
        ("DEU", "UKR", "03"),
    ),
    probe(
        "prep-target",
        "China accused the United States of interfering in its internal affairs.",
        ("CHN", "USA", "11"),
    ),
    probe(
        "prep-target",
        "Germany urged Israel to allow more aid into Gaza.",
        ("DEU", "ISR", "02"),
    ),
    probe(
        "prep-target",
        "Poland warned Belarus against any provocation on the border.",
        ("POL", "BLR", "13"),
    ),
    probe(
        "prep-target",
        "France demanded that Israel halt its offensive in Rafah.",
        ("FRA", "ISR", "10"),
    ),
    probe(
        "prep-target",
        "Saudi Arabia called on Iran to stop interfering in the affairs of its neighbours.",
        ("SAU", "IRN", "02"),
    ),
    probe(
        "prep-target",
        "Ukraine's president asked the United States for more air defence systems.",
        ("UKR", "USA", "02"),
    ),
    probe(
        "prep-target",
        "Serbia recalled its ambassador from Montenegro.",
        ("SRB", "MNE", "16"),
    ),
    probe(
        "prep-target",
        "Morocco recalled its ambassador to Algeria.",
        ("MAR", "DZA", "16"),
    ),
    probe(
        "prep-target",
        "Hamas freed three Israeli hostages on Saturday.",
        ("PSE", "ISR", "08"),
    ),
    probe(
        "prep-target",
        "Israel released 90 Palestinian prisoners on Sunday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "prep-target",
        "South Africa filed a genocide case against Israel at the International Court of Justice.",
        ("ZAF", "ISR", "11"),
    ),
    probe(
        "prep-target",
        "Egypt warned Ethiopia against filling the dam without an agreement.",
        ("EGY", "ETH", "13"),
    ),
    probe(
        "prep-target",
        "North Korea's leader Kim Jong Un threatened to use nuclear weapons against South Korea.",
        ("PRK", "KOR", "13"),
    ),
    probe(
        "prep-target",
        "Britain's defence secretary announced new military aid for Ukraine.",
        ("GBR", "UKR", "03"),
    ),
    probe(
        "prep-target",
        "Israel struck Iran's nuclear sites. Tehran retaliated with missile strikes on"
        " Israeli cities.",
        ("ISR", "IRN", "19"),
        ("IRN", "ISR", "19"),
    ),
    probe(
        "prep-target",
        "China sanctioned U.S. defence companies over arms sales to Taiwan.",
        ("CHN", "USA", "16"),
    ),
    probe(
        "prep-target",
        "Turkey suspended trade with Israel. It said the measure would stay until a"
        " ceasefire in Gaza.",
        ("TUR", "ISR", "16"),
    ),
    # --- places as targets: the country of the place an act is aimed at -----------------------
    probe(
        "place-target",
        "Russian forces shelled Kharkiv overnight.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "Saudi-led forces shelled the port city of Hodeidah on Thursday.",
        ("SAU", "YEM", "19"),
    ),
    probe(
        "place-target",
        "Turkish jets carried out air strikes in northern Iraq on Tuesday.",
        ("TUR", "IRQ", "19"),
    ),
    probe(
        "place-target",
        "Israeli warplanes struck targets in southern Lebanon on Monday.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "place-target",
        "Turkish troops shelled villages in northern Syria on Friday.",
        ("TUR", "SYR", "19"),
    ),
    probe(
        "place-target",
        "Russian missiles struck Kyiv early on Monday.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "Russian drones attacked the port of Odesa overnight, Ukrainian officials said.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "Israeli troops, backed by tanks, raided the Jenin refugee camp on Wednesday.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "place-target",
        "Israel struck the Yemeni port of Hodeidah on Sunday.",
        ("ISR", "YEM", "19"),
    ),
    probe(
        "place-target",
        "The Israeli military shelled the Lebanese capital on Monday.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "place-target",
        "Israeli jets bombed Beirut's southern suburbs overnight.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "place-target",
        "Israel carried out air strikes on Houthi targets in Yemen on Saturday.",
        ("ISR", "YEM", "19"),
    ),
    probe(
        "place-target",
        "Syrian government forces bombed rebel-held areas of Idlib province.",
        ("SYR", "SYR", "19"),
    ),
    probe(
        "place-target",
        "A Russian drone strike on a bus in Sumy killed nine civilians.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "The United States carried out strikes on Iranian nuclear sites.",
        ("USA", "IRN", "19"),
    ),
    probe(
        "place-target",
        "According to Syrian state media, Israeli jets struck near Damascus.",
        ("ISR", "SYR", "19"),
    ),
    probe(
        "place-target",
        "Pakistan carried out air strikes inside Afghanistan, the Taliban said.",
        ("PAK", "AFG", "19"),
    ),
    probe(
        "place-target",
        "Russian jets violated Estonian airspace on Friday, NATO said.",
        ("RUS", "EST", "19"),
    ),
    probe(
        "place-target",
        "Israel struck a building in Beirut that it said housed Hezbollah weapons.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "place-target",
        "Russia attacked Odesa, Ukraine's main port, overnight.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "Kyiv, the Ukrainian capital, was hit by Russian missiles overnight.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "Seoul said Pyongyang had launched a ballistic missile toward Japan.",
        ("PRK", "JPN", "19"),
    ),
    probe(
        "place-target",
        "Israeli troops arrested three protesters in Hebron.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "place-target",
        "Russian forces captured the town of Avdiivka after months of fighting.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "place-target",
        "KYIV (EWS) - Russian missiles struck the capital overnight. Ukraine's president"
        " said Ukraine would not give up, and Ukrainian officials appealed for more air defences.",
        ("RUS", "UKR", "19"),
    ),
    # --- coordination on either side --------------------------------------------------------
    probe(
        "coordination",
        "The United States and Britain imposed sanctions on Iran's oil sector.",
        ("USA", "IRN", "16"),
        ("GBR", "IRN", "16"),
    ),
    probe(
        "coordination",
        "France imposed sanctions on Russia and Belarus on Tuesday.",
        ("FRA", "RUS", "16"),
        ("FRA", "BLR", "16"),
    ),
    probe(
        "coordination",
        "Pakistan accused India and Afghanistan of backing militants.",
        ("PAK", "IND", "11"),
        ("PAK", "AFG", "11"),
    ),
    probe(
        "coordination",
        "The United States urged both Israel and Iran to show restraint.",
        ("USA", "ISR", "02"),
        ("USA", "IRN", "02"),
    ),
    probe(
        "coordination",
        "China and Russia signed a trade agreement in Beijing on Thursday.",
        ("CHN", "RUS", "05"),
        ("RUS", "CHN", "05"),
    ),
    probe(
        "coordination",
        "Japan and South Korea agreed to resume security talks.",
        ("JPN", "KOR", "03"),
        ("KOR", "JPN", "03"),
    ),
    probe(
        "coordination",
        "Indian and Chinese troops clashed along their disputed border on Monday.",
        ("IND", "CHN", "19"),
        ("CHN", "IND", "19"),
    ),
    probe(
        "coordination",
        "Russia and Ukraine exchanged 300 prisoners of war on Thursday.",
        ("RUS", "UKR", "08"),
        ("UKR", "RUS", "08"),
    ),
    probe(
        "coordination",
        "Moscow and Beijing pledged to deepen military cooperation.",
        ("RUS", "CHN", "03"),
        ("CHN", "RUS", "03"),
    ),
    probe(
        "coordination",
        "Ethiopia and Eritrea signed a peace agreement in 2018.",
        ("ETH", "ERI", "05"),
        ("ERI", "ETH", "05"),
    ),
    probe(
        "coordination",
        "France, Germany and Britain urged Iran to return to negotiations.",
        ("FRA", "IRN", "02"),
        ("DEU", "IRN", "02"),
        ("GBR", "IRN", "02"),
    ),
    probe(
        "coordination",
        "Armenia's prime minister and Azerbaijan's president signed a peace deal in Washington.",
        ("ARM", "AZE", "05"),
        ("AZE", "ARM", "05"),
    ),
    probe(
        "coordination",
        "The foreign ministers of Greece and Turkey met in Athens on Friday.",
        ("GRC", "TUR", "04"),
        ("TUR", "GRC", "04"),
    ),
    probe(
        "coordination",
        "Israel and Hezbollah exchanged fire across the border on Sunday.",
        ("ISR", "LBN", "19"),
        ("LBN", "ISR", "19"),
    ),
    probe(
        "coordination",
        "Putin and Xi pledged to deepen their partnership at a summit in Moscow.",
        ("RUS", "CHN", "03"),
        ("CHN", "RUS", "03"),
    ),
    probe(
        "coordination",
        "Pyongyang criticised Seoul and Washington for holding joint exercises.",
        ("PRK", "KOR", "11"),
        ("PRK", "USA", "11"),
    ),
    probe(
        "reciprocal",
        "Moscow and Kyiv accused each other of violating the truce.",
        ("RUS", "UKR", "11"),
        ("UKR", "RUS", "11"),
    ),
    probe(
        "reciprocal",
        "Israel and Hamas blamed one another for the collapse of the talks.",
        ("ISR", "PSE", "11"),
        ("PSE", "ISR", "11"),
    ),
    probe(
        "coordination",
        "Norway, Ireland and Spain recognised the State of Palestine.",
        ("NOR", "PSE", "05"),
        ("IRL", "PSE", "05"),
        ("ESP", "PSE", "05"),
    ),
    probe(
        "coordination",
        "Thai and Cambodian troops exchanged fire along the disputed border on Thursday.",
        ("THA", "KHM", "19"),
        ("KHM", "THA", "19"),
    ),
    probe(
        "coordination",
        "Iran offered to mediate between Azerbaijan and Armenia.",
        ("IRN", "AZE", "03"),
        ("IRN", "ARM", "03"),
    ),
    probe(
        "coordination",
        "The Vatican urged Israel and the Palestinians to resume peace talks.",
        ("VAT", "ISR", "02"),
        ("VAT", "PSE", "02"),
    ),
    probe(
        "coordination",
        "The U.S. envoy held separate meetings with Israeli and Palestinian leaders.",
        ("USA", "ISR", "04"),
        ("USA", "PSE", "04"),
    ),
    probe(
        "coordination",
        "The UAE and Israel signed a normalisation agreement at the White House.",
        ("ARE", "ISR", "05"),
        ("ISR", "ARE", "05"),
    ),
    probe(
        "coordination",
        "Greek and Turkish officials held talks on maritime borders.",
        ("GRC", "TUR", "04"),
        ("TUR", "GRC", "04"),
    ),
    probe(
        "coordination",
        "Japan and China agreed to resume talks. The two countries also pledged to improve ties.",
        ("JPN", "CHN", "03"),
        ("CHN", "JPN", "03"),
    ),
    probe(
        "coordination",
        "Iran on Sunday summoned the ambassadors of Britain, France and Germany over their"
        " countries' push for new sanctions.",
        ("IRN", "GBR", "11"),
        ("IRN", "FRA", "11"),
        ("IRN", "DEU", "11"),
    ),
    probe(
        "coordination",
        "Kuwait, Saudi Arabia and the United Arab Emirates recalled their ambassadors from"
        " Beirut in protest.",
        ("KWT", "LBN", "16"),
        ("SAU", "LBN", "16"),
        ("ARE", "LBN", "16"),
    ),
    probe(
        "coordination",
        "Sudan's army chief rejected a ceasefire proposal put forward by the United States"
        " and Saudi Arabia.",
        ("SDN", "USA", "12"),
        ("SDN", "SAU", "12"),
    ),
    # --- reported speech: the act belongs to its own doer ------------------------------------
    probe(
        "reported",
        "Ukraine said Russia shelled the city of Kherson overnight.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "reported",
        "Iran said Israel carried out air strikes on its territory.",
        ("ISR", "IRN", "19"),
    ),
    probe(
        "reported",
        "Russia said Ukrainian drones had attacked Moscow overnight.",
        ("UKR", "RUS", "19"),
    ),
    probe(
        "reported",
        "Zelensky said Russian troops had shelled a hospital in Kharkiv.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "reported",
        "The Kremlin said Ukraine had attacked a Russian oil refinery with drones.",
        ("UKR", "RUS", "19"),
    ),
    probe(
        "reported",
        "Ukrainian forces struck a Russian oil refinery on Sunday, Moscow said.",
        ("UKR", "RUS", "19"),
    ),
    probe(
        "reported",
        "The Israeli army said it had killed a Hamas commander in Gaza.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "reported",
        "Ukraine accused Russia of shelling the Zaporizhzhia power plant, a charge Moscow denied.",
        ("UKR", "RUS", "11"),
        ("RUS", "UKR", "01"),
    ),
    probe(
        "reported",
        "Moscow accused Kyiv of attacking the Zaporizhzhia nuclear power plant.",
        ("RUS", "UKR", "11"),
    ),
    probe(
        "reported",
        "Israel's defence minister threatened to strike Iran if it attacked Israel again.",
        ("ISR", "IRN", "13"),
    ),
    probe(
        "reported",
        "Iraqi officials said Turkish drones had struck a village near Erbil.",
        ("TUR", "IRQ", "19"),
    ),
    probe(
        "reported",
        "Beijing denied that its ships had harassed Philippine vessels.",
        ("CHN", "PHL", "01"),
    ),
    probe(
        "reported",
        "Tehran said Israeli jets had struck Iranian military facilities.",
        ("ISR", "IRN", "19"),
    ),
    probe(
        "reported",
        "The Kremlin said Putin had spoken by phone with Trump.",
        ("RUS", "USA", "04"),
        ("USA", "RUS", "04"),
    ),
    probe(
        "reported",
        "The Turkish army said it had killed 12 Kurdish militants in northern Iraq.",
        ("TUR", "IRQ", "19"),
    ),
    probe(
        "reported",
        "Ukraine's military said it had shot down 40 Russian drones overnight.",
        ("UKR", "RUS", "19"),
    ),
    probe(
        "reported",
        "The Israeli military said Hezbollah had fired 30 rockets into northern Israel.",
        ("LBN", "ISR", "19"),
    ),
    probe(
        "reported",
        "Russia's defence ministry said on Monday that its air defences had shot down 12"
        " Ukrainian drones.",
        ("RUS", "UKR", "19"),
    ),
    probe(
        "reported",
        "Azerbaijani forces seized Armenian territory, the Armenian defence ministry said.",
        ("AZE", "ARM", "19"),
    ),
    probe(
        "reported",
        "The Taliban accused Pakistan of carrying out air strikes in Paktika province.",
        ("AFG", "PAK", "11"),
    ),
    probe(
        "reported",
        "The Israeli military said its aircraft had struck more than 100 targets across Gaza"
        " overnight, including weapons depots and tunnels used by Hamas.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "reported",
        "In a statement on Tuesday, China's foreign ministry urged the United States to stop"
        " arming Taiwan and warned that Beijing would take firm countermeasures.",
        ("CHN", "USA", "02"),
    ),
    # --- relative and participial clauses ----------------------------------------------------
    probe(
        "relative",
        "Azerbaijan, which launched an offensive in Nagorno-Karabakh last week, agreed to hold"
        " talks with Armenia.",
        ("AZE", "ARM", "03"),
    ),
    probe(
        "relative",
        "The strikes, which Israel said targeted Hezbollah commanders, hit several villages in"
        " southern Lebanon.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "relative",
        "Turkish President Recep Tayyip Erdogan, who met Putin in Sochi, urged Russia to return"
        " to the grain deal.",
        ("TUR", "RUS", "04"),
        ("TUR", "RUS", "02"),
    ),
    probe(
        "participial",
        "President Erdogan, speaking in Ankara, criticised Sweden for allowing protests.",
        ("TUR", "SWE", "11"),
    ),
    probe(
        "participial",
        "Two Chinese coast guard vessels fired water cannon at a Philippine supply boat near"
        " the Second Thomas Shoal.",
        ("CHN", "PHL", "17"),
    ),
    probe(
        "participial",
        "Venezuela's foreign minister rejected the accusations made by Washington.",
        ("VEN", "USA", "01"),
    ),
    probe(
        "participial",
        "Beijing responded by imposing sanctions on U.S. defence firms.",
        ("CHN", "USA", "16"),
    ),
    probe(
        "participial",
        "Speaking in Berlin, Zelensky urged Germany to send more air defence systems.",
        ("UKR", "DEU", "02"),
    ),
    probe(
        "relative",
        "The Iranian foreign minister, who arrived in Damascus on Sunday for talks, met"
        " Syria's president on Monday.",
        ("IRN", "SYR", "04"),
    ),
    probe(
        "relative",
        "Lithuania, which borders Belarus, accused Minsk of sending migrants across the border.",
        ("LTU", "BLR", "11"),
    ),
    probe(
        "relative",
        "Hezbollah, which fired rockets at Israel on Monday, said it was ready for a truce.",
        ("LBN", "ISR", "19"),
    ),
    probe(
        "participial",
        "Israeli jets struck Gaza on Monday, killing at least 20 people.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "participial",
        "Having met the Chinese president in Beijing, the French president flew to Japan.",
        ("FRA", "CHN", "04"),
        ("FRA", "JPN", "04"),
    ),
    probe(
        "participial",
        "The Venezuelan government, accused by Washington of drug trafficking, denied the charges.",
        ("USA", "VEN", "11"),
        ("VEN", "USA", "01"),
    ),
    probe(
        "participial",
        "The United States intercepted missiles fired by the Houthis at Israel.",
        ("YEM", "ISR", "19"),
    ),
    probe(
        "relative",
        "Ukrainian President Volodymyr Zelensky, who visited Washington last week, thanked"
        " Germany for its continued military support.",
        ("UKR", "DEU", "05"),
    ),
    probe(
        "judged-act",
        "Lebanon's caretaker prime minister condemned what he called Israeli aggression and"
        " called on the international community to act.",
        ("LBN", "ISR", "11"),
    ),
    probe(
        "judged-act",
        "Pakistan's foreign office rejected Indian allegations that it had sponsored the attack.",
        ("PAK", "IND", "01"),
    ),
    # --- appositions ------------------------------------------------------------------------
    probe(
        "apposition",
        "Lavrov, Russia's foreign minister, met his Turkish counterpart in Ankara on Monday.",
        ("RUS", "TUR", "04"),
    ),
    probe(
        "apposition",
        "Russia's foreign minister, Sergei Lavrov, met Turkish Foreign Minister Hakan Fidan in"
        " Ankara on Monday.",
        ("RUS", "TUR", "04"),
    ),
    probe(
        "apposition",
        "Sergei Lavrov, the Russian foreign minister, accused NATO of provoking the war.",
        ("RUS", "IGO", "11"),
    ),
    probe(
        "apposition",
        "Brazil's president, Lula, called on Israel to end the war in Gaza.",
        ("BRA", "ISR", "02"),
    ),
    probe(
        "apposition",
        "Venezuela's Maduro accused Washington of plotting an invasion.",
        ("VEN", "USA", "11"),
    ),
    probe(
        "apposition",
        "Colombian President Gustavo Petro criticised U.S. strikes on boats in the Caribbean.",
        ("COL", "USA", "11"),
    ),
    probe(
        "apposition",
        "Polish President Andrzej Duda hosted his Lithuanian counterpart in Warsaw.",
        ("POL", "LTU", "04"),
    ),
    probe(
        "apposition",
        "Iraq's prime minister received the Iranian foreign minister in Baghdad.",
        ("IRQ", "IRN", "04"),
    ),
    # --- pronoun subjects resolved to the previous sentence's actor --------------------------
    probe(
        "pronoun",
        "Turkey's president arrived in Budapest on Monday. He signed an energy agreement with"
        " Hungary on Tuesday.",
        ("TUR", "HUN", "05"),
    ),
    probe(
        "pronoun",
        "Iran's foreign minister visited Beirut on Sunday. He accused Israel of violating the"
        " ceasefire.",
        ("IRN", "ISR", "11"),
    ),
    probe(
        "pronoun",
        "Israel's prime minister arrived in Washington on Sunday. He met President Trump at the"
        " White House on Monday.",
        ("ISR", "USA", "04"),
    ),
    probe(
        "pronoun",
        "China's foreign ministry criticised Japan on Monday. It also warned Tokyo against"
        " interfering in Taiwan.",
        ("CHN", "JPN", "13"),
    ),
    probe(
        "pronoun",
        "Russia accused Ukraine of shelling the plant on Sunday. It said the attack had cut power.",
        ("RUS", "UKR", "11"),
    ),
    probe(
        "pronoun",
        "Egypt's foreign minister flew to Doha on Sunday. There he met Qatar's prime minister.",
        ("EGY", "QAT", "04"),
    ),
    probe(
        "pronoun",
        "The Russian foreign ministry summoned the Moldovan ambassador. It accused Chisinau"
        " of provocations.",
        ("RUS", "MDA", "11"),
    ),
    probe(
        "pronoun",
        "Germany's chancellor visited Warsaw on Monday. Later he travelled to Vilnius, where"
        " he met Lithuania's president.",
        ("DEU", "POL", "04"),
        ("DEU", "LTU", "04"),
    ),
    probe(
        "pronoun",
        "Serbia and Kosovo held talks in Brussels on Monday. They agreed to set up a joint"
        " commission.",
        ("SRB", "XKX", "03"),
        ("XKX", "SRB", "03"),
    ),
    probe(
        "pronoun",
        "Israel's defence minister visited Washington on Tuesday. Speaking at the Pentagon,"
        " he urged the United States to speed up arms deliveries.",
        ("ISR", "USA", "02"),
    ),
    probe(
        "pronoun",
        "Iran's foreign minister met his Omani counterpart on Sunday. The Iranian diplomat"
        " later criticised Washington.",
        ("IRN", "USA", "11"),
    ),
    probe(
        "pronoun",
        "Hamas said it had accepted an Egyptian proposal for a truce. Israel rejected the"
        " proposal.",
        ("ISR", "EGY", "12"),
    ),
    probe(
        "pronoun",
        "China's coast guard fired water cannon at a Philippine vessel on Monday. Manila"
        " condemned the move.",
        ("PHL", "CHN", "11"),
    ),
    # --- demonyms as actors -----------------------------------------------------------------
    probe(
        "demonym",
        "Iranian officials accused Washington of sabotage.",
        ("IRN", "USA", "11"),
    ),
    probe(
        "demonym",
        "Russian diplomats held talks with Chinese officials in Beijing.",
        ("RUS", "CHN", "04"),
        ("CHN", "RUS", "04"),
    ),
    probe(
        "demonym",
        "Iranian officials met Saudi diplomats in Baghdad on Tuesday.",
        ("IRN", "SAU", "04"),
    ),
    probe(
        "demonym",
        "Turkish warplanes bombed Kurdish militant positions in northern Iraq.",
        ("TUR", "IRQ", "19"),
    ),
    probe(
        "demonym",
        "Italian Prime Minister Giorgia Meloni met Libyan officials in Tripoli on Monday.",
        ("ITA", "LBY", "04"),
    ),
    probe(
        "demonym",
        "The Taliban government detained two British nationals in Kabul.",
        ("AFG", "GBR", "17"),
    ),
    probe(
        "demonym",
        "Iranian officials met Saudi diplomats in Baghdad on Tuesday. They agreed to reopen"
        " embassies.",
        ("IRN", "SAU", "04"),
    ),
    probe(
        "demonym",
        "Israeli police arrested two Palestinians in East Jerusalem.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "demonym",
        "Chinese authorities detained a Japanese businessman in Beijing.",
        ("CHN", "JPN", "17"),
    ),
    probe(
        "demonym",
        "Ukrainian officials accused Russian forces of executing prisoners.",
        ("UKR", "RUS", "11"),
    ),
    probe(
        "demonym",
        "Spain recognised a Palestinian state on Tuesday.",
        ("ESP", "PSE", "05"),
    ),
    probe(
        "demonym",
        "Israeli troops shot dead two Palestinian gunmen in the West Bank.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "demonym",
        "Iraqi President Saddam Hussein accused Kuwait of stealing Iraqi oil.",
        ("IRQ", "KWT", "11"),
    ),
    probe(
        "demonym",
        "Tamil rebels attacked a Sri Lankan navy base in the northeast on Sunday.",
        ("LKA", "LKA", "19"),
    ),
    probe(
        "demonym",
        "A Chinese court sentenced a Canadian citizen to 11 years in prison.",
        ("CHN", "CAN", "17"),
    ),
    probe(
        "demonym",
        "The Iranian navy seized two Greek tankers in the Gulf.",
        ("IRN", "GRC", "17"),
    ),
    probe(
        "demonym",
        "The Saudi foreign minister welcomed the Iranian delegation to Riyadh.",
        ("SAU", "IRN", "04"),
    ),
    probe(
        "demonym",
        "Kenya's president hosted Ethiopia's prime minister for talks on the Nile dam.",
        ("KEN", "ETH", "04"),
    ),
    probe(
        "demonym",
        "MOSCOW (EWS) - The foreign ministry summoned the U.S. ambassador on Monday, Russian"
        " state media reported. Russian officials accused Washington of meddling, and the"
        " Kremlin said Russia would respond.",
        ("RUS", "USA", "11"),
    ),
    probe(
        "demonym",
        "Officials in Tehran accused Washington of sabotage.",
        ("IRN", "USA", "11"),
    ),
    probe(
        "demonym",
        "The head of Ukraine's military intelligence accused Russia of planning sabotage in"
        " Europe.",
        ("UKR", "RUS", "11"),
    ),
    probe(
        "demonym",
        "A spokesman for the Chinese foreign ministry criticised Japan on Monday.",
        ("CHN", "JPN", "11"),
    ),
    probe(
        "demonym",
        "Police in Pakistan arrested 20 Afghan migrants on Sunday.",
        ("PAK", "AFG", "17"),
    ),
    probe(
        "demonym",
        "Members of Hamas's armed wing fired rockets at Israel.",
        ("PSE", "ISR", "19"),
    ),
    probe(
        "demonym",
        "Leaders of France and Germany met in Paris on Monday.",
        ("FRA", "DEU", "04"),
        ("DEU", "FRA", "04"),
    ),
    # --- the target stays empty -------------------------------------------------------------
    probe(
        "domestic",
        "Hundreds of Kenyans protested against the new finance bill in Nairobi on Tuesday.",
        ("KEN", "KEN", "14"),
    ),
    probe(
        "domestic",
        "Thousands of Israelis rallied in Tel Aviv on Saturday against the government.",
        ("ISR", "ISR", "14"),
    ),
    probe(
        "domestic",
        "The Chinese government banned protests by students.",
        ("CHN", "CHN", "17"),
    ),
    probe(
        "domestic",
        "Russia freed a jailed journalist on Friday.",
        ("RUS", "RUS", "08"),
    ),
    probe(
        "domestic",
        "Nigeria's military government released two jailed opposition leaders.",
        ("NGA", "NGA", "08"),
    ),
    probe(
        "domestic",
        "Iran's government released three detained students.",
        ("IRN", "IRN", "08"),
    ),
    probe(
        "domestic",
        "The Belarusian authorities arrested dozens of journalists.",
        ("BLR", "BLR", "17"),
    ),
    probe(
        "no-target",
        "Russia mobilised 300,000 reservists on Wednesday.",
        ("RUS", None, "15"),
    ),
    probe(
        "no-target",
        "India called for calm on Sunday.",
        ("IND", None, "02"),
    ),
    probe(
        "no-target",
        "The United States sent two aircraft carriers to the eastern Mediterranean.",
        ("USA", None, "15"),
    ),
    probe(
        "no-target",
        "North Korea fired a ballistic missile into the sea on Thursday.",
        ("PRK", None, "15"),
    ),
    probe(
        "no-target",
        "Russia put its nuclear forces on high alert.",
        ("RUS", None, "15"),
    ),
    probe(
        "no-target",
        "The Chinese navy conducted live-fire drills in the South China Sea.",
        ("CHN", None, "15"),
    ),
    probe(
        "no-target",
        "Israel's army mobilised tens of thousands of reservists.",
        ("ISR", None, "15"),
    ),
    probe(
        "no-target",
        "North Korea conducted its sixth nuclear test on Sunday.",
        ("PRK", None, "15"),
    ),
    probe(
        "no-target",
        "India's navy deployed two destroyers to the Arabian Sea.",
        ("IND", None, "15"),
    ),
    probe(
        "no-target",
        "Poland raised its military readiness after the drone incursion.",
        ("POL", None, "15"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_main_event_has_its_participants(
    pipeline: Any, parse: Parse, text: str, expected: tuple[Triple, ...]
) -> None:
    got = triples(list(pipeline.extract(parse(text)).events), root=True)
    roots = {root for _, _, root in expected}
    missing = set(expected) - got
    wrong = {t for t in got if t[2] in roots and t not in expected}
    assert not missing and not wrong, (
        f"missing {sorted(missing, key=str)}, wrong {sorted(wrong, key=str)}"
    )
