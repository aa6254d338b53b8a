"""Which PLOVER act it is: a probe suite of our own wire-style sentences, through the whole
pipeline, on the act kinds the PLOVER evaluation finds hardest: COERCE (arrests, detentions,
bans, curfews, martial law, deportations, seizures, censorship), MOBILIZE (troops massed or
deployed, alerts raised), RETREAT (forces withdrawn, prisoners freed, sanctions eased, access
allowed, ceasefires), SANCTION (ties cut, diplomats expelled, aid or talks halted), AID
(economic, military and humanitarian aid, asylum), ASSAULT (bombings, shootings, kidnappings,
property destroyed) and ACCUSE (accusations, blame, condemnation, inquiries, indictments).

The type follows the project's CAMEO-to-PLOVER table (``data/cameo_to_plover.tsv``, PLOVER
draft 0.8), which differs from PLOVER's prose in places: an embargo or sanctions imposed (163),
a blockade (191) and occupied territory (192) are COERCE; property destroyed (1712) and violent
repression (175) are ASSAULT; a curfew lifted (081) is CONCEDE, not RETREAT.

The sentences span eras (1990s to 2020s), regions and agency styles: active, passive, nominal
("the arrest of ..."), reported speech. Each probe names the events a careful coder would code,
as (source country, target country, PLOVER type, CAMEO root); a root written "18|19" accepts
either. A probe passes when every expected event is scored (asserted, not hypothetical or
negated: ``eval.event_scoring.scored``), no scored event of an expected type has another pair
of participants, and no scored event between an expected pair has another type. A decoy names
the PLOVER types that must not be scored at all: sport, markets, figurative use, sanctions or
withdrawals discussed or asked about, and history. Probes the code does not handle yet are
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.coding.cameo import cameo_table
from eventwire.eval.event_scoring import scored
from eventwire.models import Event, ParsedArticle
from wordcoded import probe_case

Parse = Callable[..., ParsedArticle]
Quad = tuple[str | None, str | None, str, str]

NINETIES = "1998-06-15"
NOUGHTIES = "2006-06-15"
TENS = "2015-06-15"
TWENTIES = "2024-03-15"


def probe(
    kind: str, text: str, *expected: Quad, xfail: str | None = None, published: str = TWENTIES
) -> Any:
    """A case whose text must score the ``expected`` events (source, target, type, root)."""
    return probe_case(kind, text, expected, (), published, xfail=xfail)


def decoy(
    kind: str, text: str, *banned: str, xfail: str | None = None, published: str = TWENTIES
) -> Any:
    """A case whose text must score no event of the ``banned`` PLOVER types."""
    return probe_case(kind, text, (), banned, published, xfail=xfail)


PROBES = [
    # --- COERCE: arrests and detentions -----------------------------------------------------
    probe(
        "coerce-detain",
        "Chinese police detained a prominent human rights lawyer in Beijing on Friday, his "
        "wife said.",
        ("CHN", "CHN", "COERCE", "17"),
    ),
    probe(
        "coerce-arrest",
        "Iranian authorities have arrested two French nationals on espionage charges, state "
        "media reported on Sunday.",
        # an arrest on a charge of spying accuses of it: the codebook's own 1125 example is
        # an arrest "for collaborating with Israel", which the PLOVER records type ACCUSE
        ("IRN", "FRA", "ACCUSE", "11"),
    ),
    probe(
        "coerce-round-up",
        "Turkish police rounded up 40 suspected members of the Gulen movement in dawn raids "
        "across Istanbul on Tuesday.",
        ("TUR", "TUR", "COERCE", "17"),
        published=TENS,
    ),
    probe(
        "coerce-house-arrest",
        "Indian police placed a senior opposition leader under house arrest in Srinagar on Sunday.",
        ("IND", "IND", "COERCE", "17"),
        published="2019-08-04",
    ),
    probe(
        "coerce-passive",
        "Two Australian journalists were detained by Chinese state security officers in "
        "Shanghai, the embassy said.",
        ("CHN", "AUS", "COERCE", "17"),
    ),
    probe(
        "coerce-nominal",
        "The arrest of a Japanese businessman by Chinese authorities in Beijing has strained "
        "ties between the two countries.",
        ("CHN", "JPN", "COERCE", "17"),
    ),
    probe(
        "coerce-reported",
        "Kenya's interior ministry said police had detained 12 Somali nationals near the "
        "border town of Mandera.",
        ("KEN", "SOM", "COERCE", "17"),
        xfail="actors: bare 'police' in a ministry's reported speech gets no country",
        published=TENS,
    ),
    probe(
        "coerce-fishermen",
        "The Sri Lankan navy arrested 23 Indian fishermen for poaching in its waters, "
        "officials in Colombo said.",
        ("LKA", "IND", "COERCE", "17"),
        published=TENS,
    ),
    probe(
        "coerce-detain-dozens",
        "Ethiopian security forces detained dozens of ethnic Tigrayans in Addis Ababa, rights "
        "groups said on Monday.",
        ("ETH", "ETH", "COERCE", "17"),
        published="2021-11-08",
    ),
    probe(
        "coerce-arrest-journalist",
        "Belarusian authorities arrested an opposition journalist on Sunday after his Ryanair "
        "flight was diverted to Minsk.",
        ("BLR", "BLR", "COERCE", "17"),
        published="2021-05-24",
    ),
    probe(
        "coerce-jailed",
        "A Russian court jailed an American journalist for 16 years on spying charges on Friday.",
        ("RUS", "USA", "COERCE", "17"),
    ),
    # --- COERCE: bans, curfews, martial law, censorship -------------------------------------
    probe(
        "coerce-martial-law",
        "Thailand's army imposed martial law across the country on Tuesday, saying it wanted "
        "to restore order.",
        ("THA", "THA", "COERCE", "17"),
        published="2014-05-20",
    ),
    probe(
        "coerce-curfew",
        "Indian authorities imposed a curfew in parts of Srinagar on Monday, police said.",
        ("IND", "IND", "COERCE", "17"),
        published=TENS,
    ),
    probe(
        "coerce-ban-party",
        "An Egyptian court banned all activities of the Muslim Brotherhood on Monday.",
        ("EGY", "EGY", "COERCE", "17"),
        published="2013-09-23",
    ),
    probe(
        "coerce-ban-rallies",
        "Zimbabwe's government banned all opposition rallies in Harare ahead of the vote.",
        ("ZWE", "ZWE", "COERCE", "17"),
        published="2008-06-20",
    ),
    probe(
        "coerce-emergency",
        "Bahrain's king declared a three-month state of emergency on Tuesday, giving the army "
        "sweeping powers.",
        ("BHR", "BHR", "COERCE", "17"),
        published="2011-03-15",
    ),
    probe(
        "coerce-internet",
        "Iranian authorities cut mobile internet access in Tehran and other cities on "
        "Saturday, a monitoring group said.",
        ("IRN", "IRN", "COERCE", "17"),
        published="2019-11-16",
    ),
    probe(
        "coerce-shut-newspaper",
        "Turkish authorities shut down the country's largest newspaper on Friday and "
        "appointed trustees to run it.",
        ("TUR", "TUR", "COERCE", "17"),
        published="2016-03-05",
    ),
    # --- COERCE: deportations and expulsions of people --------------------------------------
    probe(
        "coerce-deport",
        "Malaysia deported 150 Indonesian migrant workers on Thursday, immigration officials said.",
        ("MYS", "IDN", "COERCE", "17"),
        published=TENS,
    ),
    probe(
        "coerce-deport-flights",
        "The United States deported more than 200 Guatemalans on charter flights last week.",
        ("USA", "GTM", "COERCE", "17"),
    ),
    probe(
        "coerce-expel-migrants",
        "Algeria expelled hundreds of migrants from Niger across the desert border, aid groups "
        "said.",
        ("DZA", "NER", "COERCE", "17"),
        published="2018-06-15",
    ),
    # --- COERCE: seizures, embargoes, blockades, occupation ---------------------------------
    probe(
        "coerce-seize-property",
        "Venezuelan authorities seized three oil rigs owned by an American company, the "
        "company said on Thursday.",
        ("VEN", "USA", "COERCE", "17"),
        published="2010-06-25",
    ),
    probe(
        "coerce-seize-tanker",
        "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of "
        "Hormuz on Friday.",
        ("IRN", "GBR", "COERCE", "17"),
        published="2019-07-19",
    ),
    probe(
        "coerce-sanctions-imposed",
        "Washington imposed fresh sanctions on Iran's oil sector on Thursday, the Treasury said.",
        ("USA", "IRN", "COERCE", "16"),
    ),
    probe(
        "coerce-sanctions-imposed",
        "Britain imposed sanctions on 14 Russian officials over the poisoning of an opposition "
        "leader.",
        ("GBR", "RUS", "COERCE", "16"),
    ),
    probe(
        "coerce-import-ban",
        "China banned all imports of Japanese seafood on Thursday after Tokyo began releasing "
        "treated water from the Fukushima plant.",
        ("CHN", "JPN", "COERCE", "16"),
        published="2023-08-24",
    ),
    probe(
        "coerce-arms-embargo",
        "The U.N. Security Council imposed an arms embargo on Libya on Saturday.",
        ("IGO", "LBY", "COERCE", "16"),
        published="2011-02-26",
    ),
    probe(
        "coerce-travel-ban",
        "Saudi authorities have placed a travel ban on the family of a dissident cleric, "
        "activists said.",
        ("SAU", None, "COERCE", "16"),
        published="2018-05-20",
    ),
    probe(
        "coerce-export-curbs",
        "China placed restrictions on exports of gallium to the United States on Monday.",
        ("CHN", "USA", "COERCE", "16"),
        published="2023-07-03",
    ),
    probe(
        "coerce-close-crossings",
        "Israel closed the Gaza crossings to all goods on Sunday, the military said.",
        ("ISR", "PSE", "COERCE", "19"),
    ),
    probe(
        "coerce-occupy",
        "Russian forces took control of the Zaporizhzhia nuclear power plant in southern "
        "Ukraine on Friday.",
        ("RUS", "UKR", "COERCE", "19"),
        published="2022-03-04",
    ),
    # --- ASSAULT: bombings, air strikes, shelling --------------------------------------------
    probe(
        "assault-suicide-bomb",
        "A suicide bomber killed 14 people at a Shiite mosque in Quetta on Friday, police said.",
        ("PAK", "PAK", "ASSAULT", "18"),
        published=TENS,
    ),
    probe(
        "assault-car-bomb",
        "A car bomb exploded outside the Iraqi interior ministry in Baghdad, killing 25 "
        "people, police said.",
        ("IRQ", "IRQ", "ASSAULT", "18"),  # the place's unidentified attackers
        published=NOUGHTIES,
    ),
    probe(
        "assault-air-strike",
        "Israeli aircraft struck Hamas targets in Gaza overnight, killing at least nine "
        "people, Palestinian medics said.",
        ("ISR", "PSE", "ASSAULT", "19"),
    ),
    probe(
        "assault-missiles",
        "Russian missiles hit an apartment block in Dnipro on Saturday, killing 40 people.",
        ("RUS", "UKR", "ASSAULT", "19"),
        published="2023-01-15",
    ),
    probe(
        "assault-shelling",
        "Turkish artillery shelled Kurdish positions in northern Syria on Wednesday.",
        ("TUR", "SYR", "ASSAULT", "19"),
        published="2019-10-10",
    ),
    probe(
        "assault-bombed-wedding",
        "Saudi-led coalition warplanes bombed a wedding party in Yemen, killing 20 people, "
        "local officials said.",
        ("SAU", "YEM", "ASSAULT", "19"),
        published="2018-04-23",
    ),
    probe(
        "assault-missile-at-city",
        "Houthi rebels fired a ballistic missile at the Saudi city of Jizan on Tuesday.",
        ("YEM", "SAU", "ASSAULT", "19"),
        published="2018-04-23",
    ),
    probe(
        "assault-drones",
        "U.S. drones killed four suspected al Qaeda militants in Yemen's Shabwa province on "
        "Sunday.",
        ("USA", "IMG", "ASSAULT", "18|19"),
        published="2013-08-11",
    ),
    probe(
        "assault-fired-on",
        "Iraqi anti-aircraft batteries fired on U.S. warplanes patrolling the no-fly zone, the "
        "Pentagon said.",
        ("IRQ", "USA", "ASSAULT", "19"),
        published="1999-01-05",
    ),
    probe(
        "assault-nominal",
        "A Turkish air strike on a village in northern Iraq killed 34 civilians, officials said.",
        ("TUR", "IRQ", "ASSAULT", "19"),
        published="2011-12-29",
    ),
    probe(
        "assault-reported",
        "Ukraine said Russian forces had shelled the city of Kharkiv overnight, killing three "
        "civilians.",
        ("RUS", "UKR", "ASSAULT", "19"),
    ),
    probe(
        "assault-exchange-fire",
        "Pakistani troops exchanged fire with Indian forces along the Line of Control "
        "overnight, the army said.",
        ("PAK", "IND", "ASSAULT", "19"),
        ("IND", "PAK", "ASSAULT", "19"),
        published=TENS,
    ),
    probe(
        "assault-chechnya",
        "Russian aircraft bombed rebel positions in Chechnya on Thursday, the Interfax news "
        "agency said.",
        ("RUS", "RUS", "ASSAULT", "19"),
        xfail="actors: 'Russian aircraft' is the bare state: its strike at home reads as one party",
        published="1999-10-14",
    ),
    # --- ASSAULT: shootings, killings, abductions, hijackings -------------------------------
    probe(
        "assault-passive-killed",
        "Two Egyptian soldiers were killed by gunmen in northern Sinai on Saturday, security "
        "sources said.",
        ("EGY", "EGY", "ASSAULT", "18|19"),
        published=TENS,
    ),
    probe(
        "assault-abduct",
        "Gunmen abducted three Turkish engineers from a construction site in northern Iraq on "
        "Monday.",
        ("IRQ", "TUR", "ASSAULT", "18"),
        published=NOUGHTIES,
    ),
    probe(
        "assault-hijack",
        "Somali pirates hijacked a Greek-owned tanker off the coast of Oman on Saturday.",
        ("SOM", "GRC", "ASSAULT", "18"),
        published="2010-05-08",
    ),
    probe(
        "assault-killed-civilians",
        "Sudan's Rapid Support Forces killed hundreds of civilians in El Geneina, a U.N. "
        "report said.",
        ("SDN", "SDN", "ASSAULT", "18|20"),
        xfail="places: a town the gazetteer lacks leaves the civilians killed without a state",
    ),
    probe(
        "assault-rammed",
        "Chinese coast guard vessels rammed a Philippine supply boat near the Second Thomas "
        "Shoal, Manila said.",
        ("CHN", "PHL", "ASSAULT", "18|19"),
    ),
    # --- ASSAULT: property destroyed (1712) and violent repression (175) --------------------
    probe(
        "assault-torched",
        "Israeli settlers torched Palestinian cars and homes in a West Bank village "
        "overnight, Palestinian officials said.",
        ("ISR", "PSE", "ASSAULT", "17"),
    ),
    probe(
        "assault-demolished",
        "Israeli bulldozers demolished five Palestinian homes in East Jerusalem on Wednesday.",
        ("ISR", "PSE", "ASSAULT", "17"),
    ),
    probe(
        "assault-tear-gas",
        "Riot police in Nairobi fired tear gas and live bullets at opposition supporters on "
        "Monday.",
        ("KEN", "KEN", "ASSAULT", "17|18"),
        published="2017-10-16",
    ),
    # --- MOBILIZE ---------------------------------------------------------------------------
    probe(
        "mobilize-massed",
        "Russia has massed more than 100,000 troops near its border with Ukraine, U.S. "
        "officials said.",
        ("RUS", "UKR", "MOBILIZE", "15"),
        published="2022-01-20",
    ),
    probe(
        "mobilize-alert",
        "South Korea put its troops on high alert along the border with North Korea on Friday.",
        ("KOR", "PRK", "MOBILIZE", "15"),
        published=TENS,
    ),
    probe(
        "mobilize-deploy-border",
        "Pakistan deployed thousands of troops to its border with India on Saturday.",
        ("PAK", "IND", "MOBILIZE", "15"),
        published="2019-02-23",
    ),
    probe(
        "mobilize-police",
        "China deployed thousands of paramilitary police to Urumqi after the riots.",
        ("CHN", "CHN", "MOBILIZE", "15"),
        published="2009-07-08",
    ),
    probe(
        "mobilize-reservists",
        "Armenia ordered a general mobilisation of its reservists on Sunday, the government said.",
        ("ARM", None, "MOBILIZE", "15"),
        published="2020-09-27",
    ),
    probe(
        "mobilize-tanks-border",
        "Venezuela sent troops and tanks to its border with Colombia on Monday.",
        ("VEN", "COL", "MOBILIZE", "15"),
        published="2008-03-03",
    ),
    probe(
        "mobilize-paramilitary",
        "India's government sent 10,000 additional paramilitary troops to Kashmir ahead of "
        "the vote.",
        ("IND", "IND", "MOBILIZE", "15"),
        xfail="places: 'Kashmir' alone is no state for the troops sent there",
        published="2019-08-01",
    ),
    probe(
        "mobilize-tanks-palace",
        "Egypt's army deployed tanks around the presidential palace in Cairo on Thursday.",
        ("EGY", "EGY", "MOBILIZE", "15"),
        published="2012-12-06",
    ),
    probe(
        "mobilize-carrier",
        "The United States moved a second aircraft carrier into the eastern Mediterranean on "
        "Sunday, the Pentagon said.",
        ("USA", None, "MOBILIZE", "15"),
        published="2023-10-15",
    ),
    probe(
        "mobilize-drills",
        "China's military held live-fire drills around Taiwan on Saturday in a show of force.",
        ("CHN", "TWN", "MOBILIZE", "15"),
        xfail="parse: 'China's military' split into two subjects, 'military' an adjective",
        published="2023-04-08",
    ),
    probe(
        "mobilize-war-games",
        "Iran's Revolutionary Guards staged large-scale war games near the Strait of Hormuz "
        "on Monday.",
        ("IRN", None, "MOBILIZE", "15"),
        published="2012-01-02",
    ),
    probe(
        "mobilize-massed-intransitive",
        "Thousands of Turkish troops massed on the border with Syria on Tuesday.",
        ("TUR", "SYR", "MOBILIZE", "15"),
        published=TENS,
    ),
    probe(
        "mobilize-passive-alert",
        "French police were put on maximum alert across the country after the Paris attacks.",
        ("FRA", None, "MOBILIZE", "15"),
        published="2015-11-14",
    ),
    probe(
        "mobilize-iraq-kuwait",
        "Iraq moved troops toward the Kuwaiti border on Friday, prompting alarm in Washington.",
        ("IRQ", "KWT", "MOBILIZE", "15"),
        published="1994-10-07",
    ),
    probe(
        "mobilize-reported",
        "Greece said Turkey had massed warships off the island of Kastellorizo.",
        ("TUR", "GRC", "MOBILIZE", "15"),
        xfail="places: an island the gazetteer lacks names no state off which ships mass",
        published="2020-08-12",
    ),
    probe(
        "mobilize-nominal",
        "The deployment of Russian troops to Belarus alarmed Poland.",
        ("RUS", "BLR", "MOBILIZE", "15"),
        published="2022-02-10",
    ),
    probe(
        "mobilize-patrols",
        "Kenya's interior minister ordered police patrols along the border with Somalia.",
        ("KEN", "SOM", "MOBILIZE", "15"),
        published=TENS,
    ),
    probe(
        "mobilize-step-up-patrols",
        "Indonesia stepped up naval patrols around the Natuna islands on Monday.",
        ("IDN", None, "MOBILIZE", "15"),
        published="2020-01-06",
    ),
    probe(
        "mobilize-call-up",
        "Israel called up 300,000 reservists on Monday.",
        ("ISR", None, "MOBILIZE", "15"),
        published="2023-10-09",
    ),
    probe(
        "mobilize-reinforce",
        "Germany sent 700 more troops to Lithuania on Tuesday, the defence ministry said.",
        ("DEU", "LTU", "MOBILIZE", "15"),
        published="2022-02-15",
    ),
    # --- RETREAT: prisoners and property released -------------------------------------------
    probe(
        "retreat-free-prisoners",
        "Israel freed 200 Palestinian prisoners on Sunday as a goodwill gesture.",
        ("ISR", "PSE", "RETREAT", "08"),
        published=NOUGHTIES,
    ),
    probe(
        "retreat-release",
        "Iran released a British-Iranian aid worker after six years in detention, the Foreign "
        "Office said.",
        ("IRN", "GBR", "RETREAT", "08"),
        published="2022-03-16",
    ),
    probe(
        "retreat-release-canadians",
        "China released two detained Canadians on Friday after nearly three years in custody.",
        ("CHN", "CAN", "RETREAT", "08"),
        published="2021-09-25",
    ),
    probe(
        "retreat-passive-released",
        "Twelve Indian fishermen were released by Pakistani authorities on Monday and handed "
        "over at the Wagah border.",
        ("PAK", "IND", "RETREAT", "08"),
        xfail="roles: 'and handed over' after a passive takes its subject as doer",
        published=TENS,
    ),
    probe(
        "retreat-amnesty",
        "Myanmar's junta freed more than 5,000 political prisoners in an amnesty on Monday.",
        ("MMR", "MMR", "RETREAT", "08"),
        published="2021-10-18",
    ),
    probe(
        "retreat-release-tanker",
        "Iran released the British-flagged tanker it seized in the Gulf, the ship's owner said "
        "on Friday.",
        ("IRN", "GBR", "RETREAT", "08"),
        published="2019-09-27",
    ),
    probe(
        "retreat-hand-back",
        "Armenia handed back four villages to Azerbaijan on Friday under a border deal.",
        ("ARM", "AZE", "RETREAT", "08"),
        published="2024-05-24",
    ),
    # --- RETREAT: sanctions eased -----------------------------------------------------------
    probe(
        "retreat-lift-sanctions",
        "The United States lifted sanctions on Sudan's banking sector on Friday.",
        ("USA", "SDN", "RETREAT", "08"),
        published="2017-10-06",
    ),
    probe(
        "retreat-ease-sanctions",
        "Washington eased sanctions on Venezuela's oil sector on Wednesday after a deal on "
        "elections.",
        ("USA", "VEN", "RETREAT", "08"),
        published="2023-10-18",
    ),
    probe(
        "retreat-unfreeze",
        "Britain unfroze Libyan assets worth 1 billion pounds on Friday.",
        ("GBR", "LBY", "RETREAT", "08"),
        published="2011-09-02",
    ),
    probe(
        "retreat-lift-arms-ban",
        "Washington lifted its ban on arms sales to Vietnam on Monday.",
        ("USA", "VNM", "RETREAT", "08"),
        published="2016-05-23",
    ),
    # --- RETREAT: forces withdrawn, ceasefires, access --------------------------------------
    probe(
        "retreat-withdraw",
        "Russian troops withdrew from the area around Kyiv on Saturday, Ukrainian officials said.",
        ("RUS", "UKR", "RETREAT", "08"),
        published="2022-04-02",
    ),
    probe(
        "retreat-pull-out",
        "Israel pulled its last troops out of southern Lebanon on Wednesday, ending 22 years "
        "of occupation.",
        ("ISR", "LBN", "RETREAT", "08"),
        published="2000-05-24",
    ),
    probe(
        "retreat-pull-out-of-town",
        "Israeli troops pulled out of the West Bank town of Jenin on Monday.",
        ("ISR", "PSE", "RETREAT", "08"),
        published="2002-04-22",
    ),
    probe(
        "retreat-completed-withdrawal",
        "Syria completed the withdrawal of its forces from Lebanon on Tuesday, the U.N. said.",
        ("SYR", "LBN", "RETREAT", "08"),
        xfail="actors: 'its forces from Lebanon' read as Lebanon's (origin beats possessive)",
        published="2005-04-26",
    ),
    probe(
        "retreat-began-withdrawing",
        "The Ugandan army began withdrawing from eastern Congo on Monday.",
        ("UGA", "COD", "RETREAT", "08"),
        published="2003-04-28",
    ),
    probe(
        "retreat-ceasefire",
        "Israel declared a unilateral ceasefire in Gaza on Saturday.",
        ("ISR", "PSE", "RETREAT", "08"),
        published="2009-01-17",
    ),
    probe(
        "retreat-open-border",
        "Turkey reopened a border crossing with Syria for aid convoys on Saturday.",
        ("TUR", "SYR", "RETREAT", "08"),
        published="2023-02-11",
    ),
    probe(
        "retreat-allow-inspectors",
        "Iraq allowed U.N. weapons inspectors back into presidential sites on Monday.",
        ("IRQ", "IGO", "RETREAT", "08"),
        published=NINETIES,
    ),
    # --- SANCTION: ties cut, diplomats expelled or recalled ---------------------------------
    probe(
        "sanction-cut-ties",
        "Saudi Arabia and Bahrain cut diplomatic ties with Qatar on Monday.",
        ("SAU", "QAT", "SANCTION", "16"),
        ("BHR", "QAT", "SANCTION", "16"),
        published="2017-06-05",
    ),
    probe(
        "sanction-expel-diplomats",
        "Russia expelled 20 Czech diplomats on Sunday in a row over an arms depot blast, the "
        "foreign ministry said.",
        ("RUS", "CZE", "SANCTION", "16"),
        published="2021-04-18",
    ),
    probe(
        "sanction-expel-diplomats",
        "Britain expelled 23 Russian diplomats over the poisoning of a former spy in Salisbury.",
        ("GBR", "RUS", "SANCTION", "16"),
        published="2018-03-14",
    ),
    probe(
        "sanction-recall",
        "Israel recalled its ambassador to Turkey for consultations on Wednesday.",
        ("ISR", "TUR", "SANCTION", "16"),
        published="2023-10-28",
    ),
    probe(
        "sanction-break-off",
        "Colombia broke off diplomatic relations with Israel on Wednesday over the war in Gaza.",
        ("COL", "ISR", "SANCTION", "16"),
        published="2024-05-01",
    ),
    probe(
        "sanction-over-its",
        "Bolivia broke diplomatic relations with Israel over its offensive in Gaza.",
        ("BOL", "ISR", "SANCTION", "16"),
        ("ISR", "PSE", "ASSAULT", "19"),
        published="2023-10-31",
    ),
    probe(
        "sanction-expel-ambassador",
        "Mali expelled the French ambassador on Monday, giving him 72 hours to leave the country.",
        ("MLI", "FRA", "SANCTION", "16"),
        published="2022-01-31",
    ),
    probe(
        "sanction-sever",
        "Venezuela severed diplomatic ties with Colombia on Saturday.",
        ("VEN", "COL", "SANCTION", "16"),
        published="2019-02-23",
    ),
    probe(
        "sanction-sever",
        "Ukraine severed diplomatic relations with Russia on Thursday.",
        ("UKR", "RUS", "SANCTION", "16"),
        published="2022-02-24",
    ),
    probe(
        "sanction-passive-expelled",
        "Sweden's ambassador was expelled from Baghdad over a Koran burning in Stockholm.",
        ("IRQ", "SWE", "SANCTION", "16"),
        published="2023-07-20",
    ),
    probe(
        "sanction-downgrade",
        "China downgraded diplomatic relations with Lithuania on Sunday over Taiwan.",
        ("CHN", "LTU", "SANCTION", "16"),
        published="2021-11-21",
    ),
    probe(
        "sanction-suspend-contact",
        "Morocco suspended all contact with the German embassy in Rabat, a ministry letter showed.",
        ("MAR", "DEU", "SANCTION", "16"),
        published="2021-03-02",
    ),
    probe(
        "sanction-recall-nineties",
        "Nigeria recalled its high commissioner from London on Thursday in protest at British "
        "criticism.",
        ("NGA", "GBR", "SANCTION", "16"),
        published="1995-11-16",
    ),
    probe(
        "sanction-passive-pulled-out",
        "Eighty Ukrainian peacekeepers were pulled out of the Congolese town of Bunia on Friday.",
        ("UKR", "COD", "SANCTION", "16"),
        published="2003-05-16",
    ),
    # --- SANCTION: aid, cooperation or talks halted -----------------------------------------
    probe(
        "sanction-suspend-aid",
        "The United States suspended military aid to Egypt after the coup.",
        ("USA", "EGY", "SANCTION", "16"),
        published="2013-10-10",
    ),
    probe(
        "sanction-halt-aid",
        "Germany halted development aid to Niger after the coup in July.",
        ("DEU", "NER", "SANCTION", "16"),
        published="2023-08-01",
    ),
    probe(
        "sanction-freeze-aid",
        "The Netherlands froze development aid to Rwanda over its support for M23 rebels.",
        ("NLD", "RWA", "SANCTION", "16"),
        published="2012-07-28",
    ),
    probe(
        "sanction-suspend-cooperation",
        "France suspended joint military operations with Mali's army on Thursday.",
        ("FRA", "MLI", "SANCTION", "16"),
        published="2021-06-03",
    ),
    probe(
        "sanction-break-off-talks",
        "North Korea broke off talks with South Korea on Wednesday.",
        ("PRK", "KOR", "SANCTION", "16"),
        published="2018-05-16",
    ),
    # --- AID --------------------------------------------------------------------------------
    probe(
        "aid-economic",
        "Japan provided $500 million in emergency economic aid to Ukraine on Monday.",
        ("JPN", "UKR", "AID", "07"),
    ),
    probe(
        "aid-food",
        "The United States sent 300 tonnes of food aid to earthquake-hit Haiti on Thursday.",
        ("USA", "HTI", "AID", "07"),
        published="2010-01-21",
    ),
    probe(
        "aid-military",
        "Germany delivered Leopard tanks to Ukraine, the defence ministry said.",
        ("DEU", "UKR", "AID", "07"),
        published="2023-03-28",
    ),
    probe(
        "aid-asylum",
        "Sweden granted asylum to a Russian journalist who fled after criticising the war.",
        ("SWE", "RUS", "AID", "07"),
    ),
    probe(
        "aid-asylum-person",
        "Russia granted asylum to former U.S. intelligence contractor Edward Snowden.",
        ("RUS", "USA", "AID", "07"),
        published="2013-08-01",
    ),
    probe(
        "aid-donate",
        "Qatar donated $30 million to pay public salaries in Gaza, officials said.",
        ("QAT", "PSE", "AID", "07"),
    ),
    probe(
        "aid-purpose",
        "Kuwait has given $500 million to help rebuild Iraq, the finance ministry said.",
        ("KWT", "IRQ", "AID", "07"),
        published="2004-10-15",
    ),
    probe(
        "aid-deposit",
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.",
        ("SAU", "PAK", "AID", "07"),
        published="2021-12-06",
    ),
    probe(
        "aid-airlift",
        "Jordan airlifted medical supplies to Gaza on Sunday, the army said.",
        ("JOR", "PSE", "AID", "07"),
    ),
    probe(
        "aid-passive",
        "Two hundred tonnes of medicine were flown to Venezuela by Russia on Saturday.",
        ("RUS", "VEN", "AID", "07"),
        published="2019-03-30",
    ),
    probe(
        "aid-credit-line",
        "India extended a $1 billion credit line to Sri Lanka on Thursday to pay for food and "
        "fuel.",
        ("IND", "LKA", "AID", "07"),
        published="2022-03-17",
    ),
    probe(
        "aid-airlift-nineties",
        "The United States airlifted food and blankets to Kurdish refugees in northern Iraq "
        "on Sunday.",
        ("USA", "IRQ", "AID", "07"),
        published="1991-04-07",
    ),
    probe(
        "aid-doctors",
        "Cuba sent 500 doctors to Haiti after the cholera outbreak.",
        ("CUB", "HTI", "AID", "07"),
        published="2010-11-10",
    ),
    probe(
        "aid-supplied",
        "Iran supplied Russia with hundreds of Shahed drones, U.S. officials said.",
        ("IRN", "RUS", "AID", "07"),
        published="2022-10-20",
    ),
    probe(
        "aid-grants",
        "Kuwait gave Egypt $4 billion in grants and deposits on Wednesday.",
        ("KWT", "EGY", "AID", "07"),
        published="2013-07-10",
    ),
    probe(
        "aid-rice",
        "South Korea shipped 50,000 tonnes of rice to North Korea, the unification ministry said.",
        ("KOR", "PRK", "AID", "07"),
        published="2007-07-01",
    ),
    probe(
        "aid-medical-equipment",
        "Two Japanese aid groups donated medical equipment to a hospital in Baghdad.",
        ("JPN", "IRQ", "AID", "07"),
        published="2003-06-15",
    ),
    probe(
        "aid-vs-visit",
        "The Japanese prime minister arrived in Kyiv on Tuesday with a pledge of new aid.",
        ("JPN", "UKR", "CONSULT", "04"),
        published="2023-03-21",
    ),
    probe(
        "aid-nominal",
        "Britain's delivery of long-range missiles to Ukraine was confirmed on Thursday.",
        ("GBR", "UKR", "AID", "07"),
        published="2023-05-11",
    ),
    probe(
        "aid-medical-teams",
        "Chinese medical teams arrived in Italy with ventilators and masks on Friday.",
        ("CHN", "ITA", "AID", "07"),
        published="2020-03-13",
    ),
    # --- ACCUSE -----------------------------------------------------------------------------
    probe(
        "accuse-of",
        "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant on Friday.",
        ("UKR", "RUS", "ACCUSE", "11"),
        published="2022-08-12",
    ),
    probe(
        "accuse-of",
        "The United States accused China of flying a spy balloon over Montana.",
        ("USA", "CHN", "ACCUSE", "11"),
        published="2023-02-03",
    ),
    probe(
        "accuse-blame-for",
        "India blamed Pakistan for the attack in Pulwama that killed 40 paramilitary police.",
        ("IND", "PAK", "ACCUSE", "11"),
        published="2019-02-15",
    ),
    probe(
        "accuse-condemn",
        "Israel's foreign minister condemned Ireland's decision to recognise a Palestinian state.",
        ("ISR", "IRL", "ACCUSE", "11"),
        published="2024-05-22",
    ),
    probe(
        "accuse-passive",
        "Iran has been accused by Britain of supplying ballistic missiles to Russia.",
        ("GBR", "IRN", "ACCUSE", "11"),
    ),
    probe(
        "accuse-backing",
        "Congo's government accused Rwanda of backing M23 rebels in North Kivu.",
        ("COD", "RWA", "ACCUSE", "11"),
        published="2022-06-15",
    ),
    probe(
        "accuse-complaint",
        "Greece lodged a formal complaint with Turkey over airspace violations.",
        ("GRC", "TUR", "ACCUSE", "11"),
        published="2020-09-15",
    ),
    probe(
        "accuse-blame",
        "Moscow blamed Kyiv for the drone attack on the Kremlin.",
        ("RUS", "UKR", "ACCUSE", "11"),
        published="2023-05-03",
    ),
    probe(
        "accuse-criticise",
        "Beijing criticised Japan's plan to release treated water from the Fukushima plant.",
        ("CHN", "JPN", "ACCUSE", "11"),
        published="2023-07-05",
    ),
    probe(
        "accuse-harassing",
        "The Philippines accused China of harassing its vessels in the South China Sea.",
        ("PHL", "CHN", "ACCUSE", "11"),
    ),
    probe(
        "accuse-investigation",
        "Turkish prosecutors launched an investigation into the killing of a Saudi journalist "
        "in Istanbul.",
        ("TUR", "SAU", "ACCUSE", "09"),
        published="2018-10-08",
    ),
    probe(
        "accuse-orchestrating",
        "Poland accused Belarus of orchestrating the migrant crisis on its border.",
        ("POL", "BLR", "ACCUSE", "11"),
        published="2021-11-09",
    ),
    probe(
        "accuse-condemn-decision",
        "Pakistan condemned India's decision to revoke Kashmir's special status.",
        ("PAK", "IND", "ACCUSE", "11"),
        published="2019-08-05",
    ),
    probe(
        "coerce-charged",
        "U.S. prosecutors charged two Chinese hackers with stealing data from American "
        "defence firms, the Justice Department said.",
        ("USA", "CHN", "COERCE", "17"),
        xfail="roles: 'Chinese hackers' coded on the demonym only: the 'from' object wins",
        published="2018-12-20",
    ),
    probe(
        "coerce-indicted",
        "The U.N. war crimes tribunal indicted three Croatian generals for crimes against Serbs "
        "in the Krajina region.",
        ("IGO", "HRV", "COERCE", "17"),
        published="2001-06-15",
    ),
    probe(
        "accuse-stalling",
        "Ethiopia blamed Egypt for stalling the talks on the Nile dam.",
        ("ETH", "EGY", "ACCUSE", "11"),
        published="2020-06-15",
    ),
    probe(
        "accuse-nineties",
        "Baghdad accused Washington of violating Iraqi airspace over the weekend.",
        ("IRQ", "USA", "ACCUSE", "11"),
        published=NINETIES,
    ),
    probe(
        "accuse-denounce",
        "Venezuela's foreign ministry denounced the latest U.S. sanctions as economic terrorism.",
        ("VEN", "USA", "ACCUSE", "11"),
        published="2019-01-29",
    ),
    probe(
        "accuse-summon",
        "Germany summoned Iran's ambassador on Tuesday over the execution of a German-Iranian "
        "dissident.",
        ("DEU", "IRN", "ACCUSE", "11"),
        published="2024-10-29",
    ),
    probe(
        "accuse-responsible",
        "The Netherlands and Australia held Russia responsible for the downing of the airliner.",
        ("NLD", "RUS", "ACCUSE", "11"),
        ("AUS", "RUS", "ACCUSE", "11"),
        published="2018-05-25",
    ),
    probe(
        "accuse-holds-responsible",
        "Iran holds Israel responsible for the killing of its top nuclear scientist.",
        ("IRN", "ISR", "ACCUSE", "11"),
        published="2020-11-28",
    ),
    probe(
        "accuse-reported",
        "Seoul said Pyongyang was responsible for the sinking of the warship Cheonan.",
        ("KOR", "PRK", "ACCUSE", "11"),
        published="2010-05-20",
    ),
    decoy(
        "responsible",
        "The group responsible for the attack on the Kabul hotel has not been identified.",
        "ACCUSE",
    ),
    decoy(
        "responsible",
        "Israel said it was not responsible for the blast at the hospital in Gaza.",
        "ACCUSE",
    ),
    # --- decoys: sport, markets, figurative -------------------------------------------------
    decoy("sport", "Brazil defeated Argentina 3-0 in a World Cup qualifier in Rio.", "ASSAULT"),
    decoy("sport", "Nigeria's Super Eagles were hammered 4-0 by Morocco in Rabat.", "ASSAULT"),
    decoy(
        "sport",
        "New Zealand's bowlers restricted India to 180 in Auckland on Sunday.",
        "COERCE",
    ),
    decoy(
        "sport",
        "The Egyptian striker was banned for three matches after a row with a referee.",
        "COERCE",
        "ASSAULT",
    ),
    decoy(
        "sport",
        "Japan's national team captain was released by his club after a dispute over wages.",
        "RETREAT",
    ),
    decoy(
        "sport",
        "Turkish fans massed outside the stadium in Istanbul before the final.",
        "MOBILIZE",
    ),
    decoy("sport", "The Chinese film captured the Golden Lion at the Venice festival.", "COERCE"),
    decoy(
        "figurative",
        "Nigeria's senate arrested the decline in oil revenue with a new tax law.",
        "COERCE",
    ),
    decoy("figurative", "Russia shot down a U.N. resolution on Syria.", "ASSAULT"),
    decoy(
        "figurative",
        "Poland clashed with Brussels over its judicial reforms on Wednesday.",
        "ASSAULT",
    ),
    decoy("markets", "Kenya's parliament passed a bill banning plastic bags.", "COERCE"),
    decoy(
        "markets",
        "Oil prices plunged after Saudi Arabia signalled higher output.",
        "ASSAULT",
    ),
    decoy(
        "markets",
        "The Kenyan shilling was hit by fears of a cut in interest rates.",
        "ASSAULT",
    ),
    decoy("markets", "Investors retreated from Chinese stocks on Monday.", "RETREAT"),
    decoy(
        "markets",
        "Prices of Turkish hazelnuts were hammered by a bumper harvest.",
        "ASSAULT",
    ),
    decoy(
        "markets",
        "Japan's humanitarian aid budget rose 5 percent this year.",
        "AID",
    ),
    decoy(
        "figurative",
        "German carmakers mobilised their lobbyists in Brussels against the new emissions rules.",
        "MOBILIZE",
    ),
    decoy(
        "figurative",
        "The Nigerian central bank deployed new tools to curb inflation.",
        "MOBILIZE",
    ),
    decoy(
        "figurative",
        "The French film star withdrew from the Cannes jury for personal reasons.",
        "RETREAT",
    ),
    decoy(
        "figurative",
        "Heavy snow blocked roads across northern Japan, stranding thousands of drivers.",
        "COERCE",
    ),
    decoy(
        "figurative",
        "The Greek prime minister blamed the heatwave for the wildfires.",
        "ACCUSE",
    ),
    decoy(
        "figurative",
        "A South Korean carmaker recalled 2 million cars in the United States.",
        "SANCTION",
    ),
    # --- decoys: discussed, asked about, conditional ----------------------------------------
    decoy(
        "discussed",
        "European ministers discussed whether to impose new sanctions on Iran at a meeting in "
        "Brussels.",
        "COERCE",
        "SANCTION",
    ),
    decoy(
        "discussed",
        "Analysts say sanctions on Russia have had little effect on its oil exports.",
        "COERCE",
        "SANCTION",
    ),
    decoy("question", "Would lifting sanctions on Venezuela lower oil prices?", "RETREAT"),
    decoy(
        "conditional",
        "If Russia invades, the West will impose crippling sanctions, U.S. officials warned.",
        "COERCE",
        "ASSAULT",
    ),
    decoy(
        "conditional",
        "Israel and Hamas could agree a ceasefire within days, mediators said.",
        "RETREAT",
    ),
    decoy(
        "discussed",
        "Aid groups warned that famine could spread across Sudan.",
        "AID",
    ),
    decoy(
        "discussed",
        "Ukraine needs more air defence systems, its foreign minister said on Tuesday.",
        "AID",
    ),
    # --- decoys: history and anniversaries ---------------------------------------------------
    decoy(
        "history",
        "The sanctions imposed on Iraq in 1990 devastated its economy, historians say.",
        "COERCE",
    ),
    decoy(
        "history",
        "The Soviet withdrawal from Afghanistan in 1989 is still debated in Moscow.",
        "RETREAT",
    ),
    decoy(
        "history",
        "The United Nations marked the 30th anniversary of the Rwandan genocide on Sunday.",
        "ASSAULT",
    ),
    decoy(
        "history",
        "The Saudi wealth fund took over English club Newcastle United in 2021.",
        "COERCE",
    ),
    decoy(
        "history",
        "Rwanda's genocide museum recalls how militias massed outside churches in 1994.",
        "MOBILIZE",
        "ASSAULT",
    ),
]


def quads(events: list[Event]) -> set[tuple[str | None, str | None, str, str]]:
    """(source country, target country, PLOVER type, CAMEO root) of each typed event."""
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo.plover,
            e.cameo.root,
        )
        for e in events
        if e.cameo.plover
    }


def test_expected_types_follow_the_cameo_table() -> None:
    """Each expected (type, root) is one the project's CAMEO-to-PLOVER table can give."""
    table = cameo_table()
    for case in PROBES:
        for _, _, plover, roots in case.values[1]:
            for root in roots.split("|"):
                types = {c.plover for c in table.values() if c.root == root}
                assert plover in types, (case.id, plover, root)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "banned", "published"), PROBES)
def test_act_kind_is_coded(
    pipeline: Any,
    parse: Parse,
    text: str,
    expected: tuple[Quad, ...],
    banned: tuple[str, ...],
    published: str,
) -> None:
    got = quads(scored(pipeline.extract(parse(text, published)).events))

    def fits(g: tuple[str | None, str | None, str, str], q: Quad) -> bool:
        return g[:3] == q[:3] and g[3] in q[3].split("|")

    missing = [q for q in expected if not any(fits(g, q) for g in got)]
    types = {q[2] for q in expected}
    pairs = {q[:2] for q in expected}
    wrong = {
        g
        for g in got
        if not any(g[:3] == q[:3] for q in expected) and (g[2] in types or g[:2] in pairs)
    }
    forbidden = {g for g in got if g[2] in banned}
    assert not missing and not wrong and not forbidden, (
        f"missing {missing}, wrong {sorted(wrong, key=str)}, banned {sorted(forbidden, key=str)}"
    )
