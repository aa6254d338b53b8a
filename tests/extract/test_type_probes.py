"""Which act it is: a probe suite of our own wire-style sentences, through the whole pipeline,
on the CAMEO root (and so the PLOVER type) the main act gets, with its source and target.

The weight is on the terse idiom of agency copy about the Middle East, the Balkans, Africa and
South Asia ("shot dead", "sealed off", "lifted the closure", "freed 200 prisoners") and on
roots that are easy to confuse: coercion (17) against assault (18), fighting (19) and mass
violence (20); disapproval (11) against rejection (12), demands (10) and appeals (02); yielding
(08) against aid (07) and cooperation (06); consultation (04) against diplomatic cooperation
(05) and intent (03).

Each probe names the main event(s) a careful CAMEO coder would code, as (source country, target
country, CAMEO root); ``None`` is an empty slot. A probe passes when every expected event is
found, no event of an expected root has another pair of participants, and no event between an
expected pair has another root (coding one shooting as both an assault and a fight fails).
Probes the code does not handle yet are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import probe_case, triples

Parse = Callable[..., ParsedArticle]
Triple = tuple[str | None, str | None, str]

NINETIES = "1999-06-15"  # office holders of the late 1990s (Arafat, Milosevic, Clinton)


def probe(
    kind: str, text: str, *expected: Triple, xfail: str | None = None, published: str | None = None
) -> Any:
    """A parametrized case whose id starts with its root and phrasing; xfail(strict) if asked."""
    return probe_case(kind, text, expected, published, xfail=xfail)


PROBES = [
    # --- 01 MAKE PUBLIC STATEMENT ------------------------------------------------------------
    probe("01-decline", "The Kremlin declined to comment on the report.", ("RUS", None, "01")),
    probe(
        "01-deny",
        "Hezbollah denied responsibility for the rocket attack on Monday.",
        ("LBN", None, "01"),
    ),
    probe(
        "01-sympathy",
        "Jordan offered its condolences to Egypt over the train crash.",
        ("JOR", "EGY", "01"),
    ),
    probe(
        "01-sympathy",
        "Syria expressed sympathy with Turkey after the earthquake.",
        ("SYR", "TUR", "01"),
    ),
    probe(
        "01-acknowledge",
        "Israel acknowledged responsibility for the deaths of the two Egyptian policemen.",
        ("ISR", "EGY", "01"),
    ),
    probe(
        "01-decline",
        "Iran refused to comment on the reports.",
        ("IRN", None, "01"),
    ),
    # --- 02 APPEAL ---------------------------------------------------------------------------
    probe(
        "02-urge",
        "Egypt urged Israel to return to the negotiating table.",
        ("EGY", "ISR", "02"),
    ),
    probe(
        "02-call-on",
        "The Vatican called on India and Pakistan to exercise restraint.",
        ("VAT", "IND", "02"),
        ("VAT", "PAK", "02"),
    ),
    probe(
        "02-appeal",
        "Kofi Annan appealed to Belgrade to allow aid convoys into Kosovo.",
        ("IGO", "SRB", "02"),
        published=NINETIES,
    ),
    probe(
        "02-ask-aid",
        "Nigeria asked the United Nations for emergency food aid.",
        ("NGA", "IGO", "02"),
    ),
    probe(
        "02-request",
        "Kenya requested military assistance from Britain.",
        ("KEN", "GBR", "02"),
    ),
    probe(
        "02-invite-mediate",
        "Sri Lanka invited Norway to mediate in the conflict.",
        ("LKA", "NOR", "02"),
    ),
    probe(
        "02-vs-10",
        "Syria urged Israel to withdraw from the Golan Heights.",
        ("SYR", "ISR", "02"),
    ),
    probe(
        "02-call-for",
        "Iran called on Iraq to release the prisoners of war.",
        ("IRN", "IRQ", "02"),
    ),
    # --- 03 EXPRESS INTENT TO COOPERATE ------------------------------------------------------
    probe(
        "03-pledge",
        "Japan pledged $20 million in emergency aid to Bangladesh.",
        ("JPN", "BGD", "03"),
    ),
    probe(
        "03-pledge",
        "The World Bank pledged $300 million to Bosnia for reconstruction.",
        ("IGO", "BIH", "03"),
    ),
    probe(
        "03-ready",
        "Iran said it was ready to resume talks with Britain.",
        ("IRN", "GBR", "03"),
    ),
    probe(
        "03-offer-mediate",
        "Pakistan offered to mediate between Iran and Saudi Arabia.",
        ("PAK", "IRN", "03"),
        ("PAK", "SAU", "03"),
    ),
    probe(
        "03-vow-help",
        "Britain vowed to help Sierra Leone rebuild its army.",
        ("GBR", "SLE", "03"),
    ),
    probe(
        "03-agree-resume",
        "Israel and Syria agreed to resume peace talks.",
        ("ISR", "SYR", "03"),
        ("SYR", "ISR", "03"),
    ),
    probe(
        "03-promise",
        "Washington promised to send more food aid to North Korea.",
        ("USA", "PRK", "03"),
    ),
    probe(
        "03-will",
        "Germany will send 500 doctors to Albania, the government said.",
        ("DEU", "ALB", "03"),
    ),
    probe(
        "03-offer",
        "Egypt offered to host a meeting between Fatah and Hamas.",
        ("EGY", "PSE", "03"),
    ),
    # --- 04 CONSULT --------------------------------------------------------------------------
    probe(
        "04-held-talks",
        "Israeli and Palestinian negotiators held talks in Cairo on Sunday.",
        ("ISR", "PSE", "04"),
        ("PSE", "ISR", "04"),
    ),
    probe(
        "04-talks-with",
        "A U.S. envoy held talks with Milosevic in Belgrade.",
        ("USA", "SRB", "04"),
        ("SRB", "USA", "04"),
        published=NINETIES,
    ),
    probe(
        "04-visit",
        "The Iranian foreign minister arrived in Damascus on a two-day visit.",
        ("IRN", "SYR", "04"),
    ),
    probe(
        "04-visit",
        "The Pakistani prime minister visited Beijing on Tuesday.",
        ("PAK", "CHN", "04"),
    ),
    probe(
        "04-phone",
        "Mubarak telephoned Arafat on Sunday.",
        ("EGY", "PSE", "04"),
        ("PSE", "EGY", "04"),
        published=NINETIES,
    ),
    probe(
        "04-host",
        "Saudi Arabia hosted the Lebanese foreign minister on Monday.",
        ("SAU", "LBN", "04"),
    ),
    probe(
        "04-mediate",
        "Norway mediated talks between Israel and the Palestinians.",
        ("NOR", "ISR", "04"),
        ("NOR", "PSE", "04"),
    ),
    probe(
        "04-discuss",
        "Indian and Pakistani officials discussed the Kashmir dispute in Islamabad.",
        ("IND", "PAK", "04"),
        ("PAK", "IND", "04"),
    ),
    probe(
        "04-resume",
        "Israel and Syria resumed peace talks in Washington.",
        ("ISR", "SYR", "04"),
        ("SYR", "ISR", "04"),
    ),
    probe(
        "04-met",
        "Arafat met Clinton at the White House on Tuesday.",
        ("PSE", "USA", "04"),
        published=NINETIES,
    ),
    probe(
        "04-nominal",
        "Talks between Eritrea and Ethiopia opened in Algiers.",
        ("ERI", "ETH", "04"),
        ("ETH", "ERI", "04"),
    ),
    probe(
        "04-receive",
        "Egyptian President Hosni Mubarak received Yasser Arafat in Cairo.",
        ("EGY", "PSE", "04"),
        published=NINETIES,
    ),
    probe(
        "04-host-person",
        "King Hussein hosted Netanyahu in Amman.",
        ("JOR", "ISR", "04"),
        published=NINETIES,
    ),
    # --- 05 ENGAGE IN DIPLOMATIC COOPERATION -------------------------------------------------
    probe(
        "05-sign",
        "Israel and Jordan signed a peace treaty on Wednesday.",
        ("ISR", "JOR", "05"),
        ("JOR", "ISR", "05"),
    ),
    probe(
        "05-praise",
        "Washington praised Egypt's role in the negotiations.",
        ("USA", "EGY", "05"),
    ),
    probe(
        "05-commend",
        "Turkey commended Azerbaijan for its restraint.",
        ("TUR", "AZE", "05"),
    ),
    probe(
        "05-apologize",
        "Japan apologised to South Korea for its wartime conduct.",
        ("JPN", "KOR", "05"),
    ),
    probe(
        "05-restore-ties",
        "Serbia restored diplomatic ties with Croatia.",
        ("SRB", "HRV", "05"),
    ),
    probe(
        "05-back",
        "China backed Pakistan's position on Kashmir.",
        ("CHN", "PAK", "05"),
    ),
    probe(
        "05-recognize",
        "Bulgaria recognised the independence of Macedonia.",
        ("BGR", "MKD", "05"),
    ),
    probe(
        "05-vs-04",
        "Eritrea and Ethiopia signed a peace agreement in Algiers.",
        ("ERI", "ETH", "05"),
        ("ETH", "ERI", "05"),
    ),
    # --- 06 ENGAGE IN MATERIAL COOPERATION ---------------------------------------------------
    probe(
        "06-intelligence",
        "Egypt shared intelligence with Israel on arms smuggling.",
        ("EGY", "ISR", "06"),
        ("ISR", "EGY", "06"),
    ),
    probe(
        "06-joint-exercise",
        "India and Russia held joint naval exercises in the Bay of Bengal.",
        ("IND", "RUS", "06"),
        ("RUS", "IND", "06"),
    ),
    probe(
        "06-extradite",
        "Pakistan extradited a bombing suspect to the United States.",
        ("PAK", "USA", "06"),
    ),
    probe(
        "06-hand-over-suspect",
        "Colombia handed over a drug suspect to the United States.",
        ("COL", "USA", "06"),
    ),
    probe(
        "06-joint-patrol",
        "Turkish and Iraqi troops conducted joint patrols along the border.",
        ("TUR", "IRQ", "06"),
        ("IRQ", "TUR", "06"),
    ),
    probe(
        "06-turn-over-suspect",
        "Pakistan turned over two terror suspects to the United States.",
        ("PAK", "USA", "06"),
    ),
    # --- 07 PROVIDE AID ----------------------------------------------------------------------
    probe(
        "07-food",
        "The United States sent 50,000 tonnes of food to Sudan.",
        ("USA", "SDN", "07"),
    ),
    probe(
        "07-economic",
        "Germany gave Bosnia 10 million marks in reconstruction aid.",
        ("DEU", "BIH", "07"),
    ),
    probe(
        "07-arms",
        "Russia supplied arms to Armenia.",
        ("RUS", "ARM", "07"),
    ),
    probe(
        "07-peacekeepers",
        "Nigerian peacekeepers arrived in Liberia on Monday.",
        ("NGA", "LBR", "07"),
    ),
    probe(
        "07-asylum",
        "Sweden granted asylum to three Iraqi dissidents.",
        ("SWE", "IRQ", "07"),
    ),
    probe(
        "07-airlift",
        "Britain airlifted relief supplies to flood-hit Mozambique.",
        ("GBR", "MOZ", "07"),
    ),
    probe(
        "07-deliver",
        "The World Food Programme delivered food aid to Somalia.",
        ("IGO", "SOM", "07"),
    ),
    probe(
        "07-passive",
        "Emergency aid was sent to Turkey by Greece after the earthquake.",
        ("GRC", "TUR", "07"),
    ),
    probe(
        "03-promise-food-aid",
        "The EU promised to send emergency food aid to Sudan.",
        ("IGO", "SDN", "03"),
    ),
    probe(
        "07-vs-06-train",
        "The United States trained Colombian troops.",
        ("USA", "COL", "07"),
    ),
    # --- 08 YIELD ----------------------------------------------------------------------------
    probe(
        "08-free",
        "Israel freed 200 Palestinian prisoners on Thursday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-release",
        "Chechen rebels released two British hostages.",
        ("RUS", "GBR", "08"),
    ),
    probe(
        "08-lift-closure",
        "Israel lifted the closure of the West Bank on Sunday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-withdraw",
        "Syrian troops withdrew from Lebanon.",
        ("SYR", "LBN", "08"),
    ),
    probe(
        "08-pull-out",
        "Israeli forces pulled out of the West Bank town of Jenin.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-allow-inspectors",
        "Iraq allowed U.N. weapons inspectors to return.",
        ("IRQ", "IGO", "08"),
    ),
    probe(
        "08-ease-sanctions",
        "The United States eased sanctions on Libya.",
        ("USA", "LBY", "08"),
    ),
    probe(
        "08-lift-embargo",
        "The European Union lifted its arms embargo on South Africa.",
        ("IGO", "ZAF", "08"),
    ),
    probe(
        "08-surrender",
        "Tamil Tiger rebels surrendered to Sri Lankan troops.",
        ("LKA", "LKA", "08"),
    ),
    probe(
        "08-hand-over-weapons",
        "RUF rebels handed over their weapons to U.N. peacekeepers.",
        ("SLE", "IGO", "08"),
    ),
    probe(
        "08-reopen-border",
        "Turkey reopened its border with Armenia.",
        ("TUR", "ARM", "08"),
    ),
    probe(
        "08-return-pows",
        "Ethiopia returned 500 prisoners of war to Eritrea.",
        ("ETH", "ERI", "08"),
    ),
    probe(
        "08-hand-over-town",
        "Israel handed over Hebron to the Palestinian Authority.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-ceasefire",
        "Iraq declared a unilateral ceasefire on Friday.",
        ("IRQ", None, "08"),
    ),
    probe(
        "08-ease-restrictions",
        "Israel eased restrictions on Palestinian workers.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-lift-curfew",
        "Israel lifted the curfew on Hebron.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-resign",
        "Suharto resigned on Thursday after weeks of student protests.",
        ("IDN", None, "08"),
        published="1998-05-22",
    ),
    probe(
        "08-passive",
        "Forty Palestinian prisoners were released by Israel on Monday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-nominal",
        "Israel's release of 200 Palestinian prisoners went ahead on Thursday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-vs-07",
        "Sudan allowed U.N. relief flights into the south.",
        ("SDN", "IGO", "08"),
    ),
    probe(
        "08-demobilize",
        "UNITA began demobilising its fighters on Monday.",
        ("AGO", "AGO", "08"),
        published="1997-03-03",
    ),
    probe(
        "08-cease-fire",
        "Ethiopia declared a cease-fire on Sunday.",
        ("ETH", None, "08"),
    ),
    probe(
        "08-pull-out",
        "Syrian troops pulled out of Beirut.",
        ("SYR", "LBN", "08"),
    ),
    probe(
        "08-let-aid-in",
        "Israel let 50 aid trucks into Gaza on Sunday.",
        ("ISR", "PSE", "08"),
    ),
    probe(
        "08-allow-inspectors",
        "Iran allowed IAEA inspectors to visit the site.",
        ("IRN", "IGO", "08"),
    ),
    probe(
        "08-reopen-bridge",
        "Uzbekistan reopened the border bridge to Afghanistan on Monday.",
        ("UZB", "AFG", "08"),
    ),
    probe(
        "08-hand-in-weapons",
        "The Kosovo Liberation Army handed in its weapons to NATO.",
        ("SRB", "IGO", "08"),
    ),
    probe(
        "08-allow-press",
        "Indonesia allowed foreign journalists into East Timor.",
        ("IDN", "TLS", "08"),
        published=NINETIES,
    ),
    # --- 09 INVESTIGATE ----------------------------------------------------------------------
    probe(
        "09-war-crimes",
        "A U.N. commission investigated alleged war crimes by Serbian forces.",
        ("IGO", "SRB", "09"),
    ),
    probe(
        "09-probe",
        "Israel opened an investigation into the killing of a Palestinian boy.",
        ("ISR", "PSE", "09"),
    ),
    probe(
        "09-human-rights",
        "Amnesty International investigated abuses by Indonesian troops.",
        ("NGO", "IDN", "09"),
    ),
    # --- 10 DEMAND ---------------------------------------------------------------------------
    probe(
        "10-demand-that",
        "Israel demanded that the Palestinian Authority arrest the militants.",
        ("ISR", "PSE", "10"),
    ),
    probe(
        "10-withdrawal",
        "NATO demanded that Serb forces withdraw from Kosovo.",
        ("IGO", "SRB", "10"),
    ),
    probe(
        "10-apology",
        "Iran demanded an apology from Britain.",
        ("IRN", "GBR", "10"),
    ),
    probe(
        "10-nominal",
        "The Arab League demanded an immediate Israeli withdrawal from Lebanon.",
        ("IGO", "ISR", "10"),
    ),
    probe(
        "10-insist",
        "India insisted that Pakistan stop cross-border infiltration.",
        ("IND", "PAK", "10"),
    ),
    probe(
        "10-vs-02",
        "Syria demanded that Israel withdraw from the Golan Heights.",
        ("SYR", "ISR", "10"),
    ),
    probe(
        "10-ultimatum-no",
        "Ethiopia demanded the withdrawal of Eritrean troops from Badme.",
        ("ETH", "ERI", "10"),
    ),
    # --- 11 DISAPPROVE -----------------------------------------------------------------------
    probe(
        "11-condemn",
        "Syria condemned the Israeli air raid on Lebanon.",
        ("SYR", "ISR", "11"),
    ),
    probe(
        "11-criticise",
        "Russia criticised NATO's bombing of Yugoslavia.",
        ("RUS", "IGO", "11"),
    ),
    probe(
        "11-accuse",
        "Pakistan accused India of violating the ceasefire in Kashmir.",
        ("PAK", "IND", "11"),
    ),
    probe(
        "11-blame",
        "Israel blamed Hamas for the bombing.",
        ("ISR", "PSE", "11"),
    ),
    probe(
        "11-complaint",
        "Lebanon lodged a complaint with the U.N. Security Council over Israeli air raids.",
        ("LBN", "ISR", "11"),
    ),
    probe(
        "11-denounce",
        "Egypt denounced Israel's decision to build new settlements.",
        ("EGY", "ISR", "11"),
    ),
    probe(
        "11-sue",
        "Bosnia sued Serbia at the International Court of Justice.",
        ("BIH", "SRB", "11"),
    ),
    probe(
        "11-convict",
        "An Israeli court convicted a Palestinian of murder.",
        ("ISR", "PSE", "11"),
    ),
    probe(
        "11-vs-12",
        "Syria condemned Israel's refusal to withdraw from the Golan Heights.",
        ("SYR", "ISR", "11"),
    ),
    probe(
        "11-summon",
        "Iran summoned the British ambassador to protest against the remarks.",
        ("IRN", "GBR", "11"),
    ),
    probe(
        "11-reported",
        "Hezbollah accused Israel of targeting civilians in southern Lebanon.",
        ("LBN", "ISR", "11"),
    ),
    probe(
        "11-complaint",
        "Lebanon filed a complaint with the United Nations over Israeli shelling.",
        ("LBN", "ISR", "11"),
    ),
    probe(
        "11-war-crimes",
        "Serbia accused Croatia of war crimes.",
        ("SRB", "HRV", "11"),
    ),
    probe(
        "11-war-crimes",
        "Bosnia accused Serbia of committing war crimes in Srebrenica.",
        ("BIH", "SRB", "11"),
    ),
    probe(
        "11-condemn-vs-116",
        "The European Union condemned Nigeria's execution of nine activists.",
        ("IGO", "NGA", "11"),
    ),
    probe(
        "17-condemn-to",
        "A Cairo court condemned two Islamic militants to death.",
        ("EGY", "EGY", "17"),
    ),
    probe(
        "16-reported-passive",
        "A Turkish diplomat was expelled from Iran, Ankara said.",
        ("IRN", "TUR", "16"),
    ),
    # --- 12 REJECT ---------------------------------------------------------------------------
    probe(
        "12-reject-demand",
        "Israel rejected the Palestinian demand for a halt to settlement building.",
        ("ISR", "PSE", "12"),
    ),
    probe(
        "12-refuse",
        "Iraq refused to allow U.N. inspectors into presidential sites.",
        ("IRQ", "IGO", "12"),
    ),
    probe(
        "12-reject-plan",
        "Belgrade rejected the NATO peace plan for Kosovo.",
        ("SRB", "IGO", "12"),
    ),
    probe(
        "12-veto",
        "The United States vetoed a U.N. Security Council resolution on Monday.",
        ("USA", "IGO", "12"),
    ),
    probe(
        "12-reject-offer",
        "Pakistan rejected India's offer of talks.",
        ("PAK", "IND", "12"),
    ),
    probe(
        "12-refuse-hand-over",
        "The Taliban refused to hand over bin Laden to the United States.",
        ("AFG", "USA", "12"),
    ),
    probe(
        "12-turn-down",
        "North Korea turned down a South Korean offer of food aid.",
        ("PRK", "KOR", "12"),
    ),
    probe(
        "12-dismiss",
        "Arafat dismissed the Israeli proposal as inadequate.",
        ("PSE", "ISR", "12"),
        published=NINETIES,
    ),
    probe(
        "12-vs-11",
        "Syria rejected the U.S. proposal for a partial withdrawal.",
        ("SYR", "USA", "12"),
    ),
    # --- 13 THREATEN -------------------------------------------------------------------------
    probe(
        "13-shoot-down",
        "Iraq threatened to shoot down U.S. planes patrolling the no-fly zones.",
        ("IRQ", "USA", "13"),
    ),
    probe(
        "13-retaliate",
        "Israel threatened to retaliate against Lebanon.",
        ("ISR", "LBN", "13"),
    ),
    probe(
        "13-with",
        "NATO threatened Yugoslavia with air strikes.",
        ("IGO", "SRB", "13"),
    ),
    probe(
        "13-sanctions",
        "Washington threatened to impose sanctions on Pakistan.",
        ("USA", "PAK", "13"),
    ),
    probe(
        "13-warn",
        "India warned Pakistan that it would retaliate.",
        ("IND", "PAK", "13"),
    ),
    probe(
        "13-ultimatum",
        "The European Union gave Belgrade an ultimatum on Monday.",
        ("IGO", "SRB", "13"),
    ),
    probe(
        "13-military-action",
        "Turkey threatened military action against Syria.",
        ("TUR", "SYR", "13"),
    ),
    probe(
        "13-cut-ties",
        "Morocco threatened to sever ties with Algeria.",
        ("MAR", "DZA", "13"),
    ),
    # --- 14 PROTEST --------------------------------------------------------------------------
    probe(
        "14-demonstrate",
        "Thousands of Palestinians demonstrated in Gaza against Israeli settlements.",
        ("PSE", "ISR", "14"),
    ),
    probe(
        "14-hunger-strike",
        "Palestinian prisoners in Israeli jails went on hunger strike.",
        ("PSE", "ISR", "14"),
    ),
    probe(
        "14-march",
        "Serbian opposition supporters marched through Belgrade on Saturday.",
        ("SRB", "SRB", "14"),
    ),
    probe(
        "14-strike",
        "Nigerian oil workers went on strike on Monday.",
        ("NGA", "NGA", "14"),
    ),
    probe(
        "14-boycott",
        "Bangladesh's opposition boycotted parliament.",
        ("BGD", "BGD", "14"),
    ),
    probe(
        "14-boycott",
        "Bangladesh's main opposition party boycotted parliament on Tuesday.",
        ("BGD", "BGD", "14"),
    ),
    probe(
        "14-stones",
        "Palestinian youths threw stones at Israeli soldiers.",
        ("PSE", "ISR", "14"),
    ),
    probe(
        "14-block",
        "Indian farmers blocked highways around Delhi.",
        ("IND", "IND", "14"),
    ),
    probe(
        "14-sit-in",
        "Bangladeshi students staged a sit-in outside parliament.",
        ("BGD", "BGD", "14"),
        xfail="parse: 'outside' read as an adjective, 'parliament' the object of 'staged'",
    ),
    probe(
        "14-sit-in",
        "Bangladeshi students staged a sit-in in Dhaka on Monday.",
        ("BGD", "BGD", "14"),
    ),
    probe(
        "14-sit-in",
        "Kenyan students held a sit-in in Nairobi on Monday.",
        ("KEN", "KEN", "14"),
    ),
    probe(
        "14-embassy",
        "Thousands of Iranians protested outside the British embassy in Tehran.",
        ("IRN", "GBR", "14"),
    ),
    probe(
        "14-riot",
        "Indonesian students rioted in Jakarta on Tuesday.",
        ("IDN", "IDN", "14"),
    ),
    probe(
        "14-general-strike",
        "Palestinians staged a general strike in the West Bank.",
        ("PSE", "PSE", "14"),
    ),
    probe(
        "14-boycott-talks",
        "Syria boycotted the Middle East economic conference.",
        ("SYR", None, "14"),
    ),
    probe(
        "14-staged",
        "Bangladeshi opposition supporters staged a rally in Dhaka.",
        ("BGD", "BGD", "14"),
    ),
    probe(
        "14-war-veterans",
        "Zimbabwean war veterans staged a march in Harare.",
        ("ZWE", "ZWE", "14"),
    ),
    # --- 15 EXHIBIT FORCE POSTURE ------------------------------------------------------------
    probe("15-call-up", "Israel called up thousands of reservists.", ("ISR", None, "15")),
    probe(
        "15-missile-test",
        "India tested a nuclear-capable missile on Sunday.",
        ("IND", None, "15"),
    ),
    probe(
        "15-carrier",
        "The Pentagon sent an aircraft carrier to the Gulf.",
        ("USA", None, "15"),
    ),
    probe(
        "15-mobilise",
        "Iraq mobilised its army on Tuesday.",
        ("IRQ", None, "15"),
    ),
    probe(
        "15-alert",
        "Greece put its armed forces on alert.",
        ("GRC", None, "15"),
    ),
    probe(
        "15-mass-troops",
        "Turkey massed troops on its border with Syria.",
        ("TUR", "SYR", "15"),
    ),
    probe(
        "15-police",
        "Kenya deployed riot police across Nairobi ahead of the vote.",
        ("KEN", "KEN", "15"),
    ),
    probe(
        "15-manoeuvres",
        "China held military manoeuvres off the coast of Taiwan.",
        ("CHN", "TWN", "15"),
    ),
    probe(
        "15-border-with",
        "India deployed more troops along its frontier with Pakistan.",
        ("IND", "PAK", "15"),
    ),
    probe(
        "15-nuclear-test",
        "Pakistan tested five nuclear devices on Thursday.",
        ("PAK", None, "15"),
    ),
    probe(
        "15-vs-10-order",
        "The Pentagon ordered 2,000 Marines to the Gulf.",
        ("USA", None, "15"),
    ),
    # --- 16 REDUCE RELATIONS -----------------------------------------------------------------
    probe(
        "16-recall",
        "Iran recalled its ambassador from Pakistan.",
        ("IRN", "PAK", "16"),
    ),
    probe(
        "16-expel-diplomats",
        "Britain expelled two Iraqi diplomats on Friday.",
        ("GBR", "IRQ", "16"),
    ),
    probe(
        "16-freeze-aid",
        "The United States froze aid to Pakistan.",
        ("USA", "PAK", "16"),
    ),
    probe(
        "16-embargo",
        "The European Union imposed an arms embargo on Sudan.",
        ("IGO", "SDN", "16"),
    ),
    probe(
        "16-break-ties",
        "Sudan broke off diplomatic relations with Uganda.",
        ("SDN", "UGA", "16"),
    ),
    probe(
        "16-suspend-talks",
        "Israel suspended peace talks with Syria.",
        ("ISR", "SYR", "16"),
    ),
    probe(
        "16-sanctions",
        "Washington slapped sanctions on India and Pakistan.",
        ("USA", "IND", "16"),
        ("USA", "PAK", "16"),
    ),
    probe(
        "16-walk-out",
        "The Palestinians walked out of the talks with Israel.",
        ("PSE", "ISR", "16"),
    ),
    probe(
        "16-expel-peacekeepers",
        "Eritrea expelled U.N. peacekeepers on Monday.",
        ("ERI", "IGO", "16"),
    ),
    probe(
        "16-expel-inspectors",
        "Iraq expelled U.N. weapons inspectors.",
        ("IRQ", "IGO", "16"),
    ),
    probe(
        "16-passive",
        "Two Israeli diplomats were expelled by Mauritania.",
        ("MRT", "ISR", "16"),
    ),
    probe(
        "16-nominal",
        "Washington's suspension of aid to Pakistan angered Islamabad.",
        ("USA", "PAK", "16"),
    ),
    probe(
        "16-halt-talks",
        "Iraq called off talks with the United Nations.",
        ("IRQ", "IGO", "16"),
    ),
    probe(
        "16-close-embassy",
        "Libya closed its embassy in Chad.",
        ("LBY", "TCD", "16"),
    ),
    probe(
        "16-cut-aid",
        "The World Bank suspended loans to Zimbabwe.",
        ("IGO", "ZWE", "16"),
    ),
    probe(
        "16-nominal",
        "The World Bank's suspension of loans to Kenya took effect on Monday.",
        ("IGO", "KEN", "16"),
    ),
    probe(
        "16-walk-out",
        "Sri Lanka walked out of the peace talks with the Tamil Tigers.",
        ("LKA", "LKA", "16"),
    ),
    probe(
        "16-cut-water",
        "Turkey cut off water supplies to Syria.",
        ("TUR", "SYR", "16"),
    ),
    probe(
        "16-membership",
        "The Arab League suspended Syria's membership.",
        ("IGO", "SYR", "16"),
    ),
    probe(
        "16-vs-17-ban",
        "The EU banned arms sales to Indonesia.",
        ("IGO", "IDN", "16"),
    ),
    probe(
        "16-break-off-contacts",
        "Israel broke off contacts with the Palestinian Authority.",
        ("ISR", "PSE", "16"),
    ),
    probe(
        "16-venue-city",
        "Syria walked out of the Geneva talks on Monday.",
        ("SYR", None, "16"),
    ),
    # --- 17 COERCE ---------------------------------------------------------------------------
    probe(
        "17-arrest",
        "Israeli police arrested 20 Palestinians in East Jerusalem.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-detain",
        "Pakistani police detained 30 Afghan refugees.",
        ("PAK", "AFG", "17"),
    ),
    probe(
        "17-curfew",
        "Israel imposed a curfew on Hebron.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-demolish",
        "Israel demolished 12 Palestinian homes in East Jerusalem.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-tear-gas",
        "Kenyan police fired tear gas at stone-throwing youths in Nairobi.",
        ("KEN", "KEN", "17"),
    ),
    probe(
        "17-deport",
        "Turkey deported 40 Iraqi migrants.",
        ("TUR", "IRQ", "17"),
    ),
    probe(
        "17-seize",
        "Iran seized a British tanker in the Gulf.",
        ("IRN", "GBR", "17"),
    ),
    probe(
        "17-raid",
        "Egyptian police raided the offices of the Muslim Brotherhood.",
        ("EGY", "EGY", "17"),
    ),
    probe(
        "17-ban-paper",
        "Zimbabwe banned an opposition newspaper.",
        ("ZWE", "ZWE", "17"),
    ),
    probe(
        "17-confiscate",
        "Israeli soldiers confiscated Palestinian land near Bethlehem.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-detain-foreigner",
        "Chinese authorities detained a Japanese businessman.",
        ("CHN", "JPN", "17"),
    ),
    probe(
        "17-round-up",
        "Algerian police rounded up 50 suspected militants.",
        ("DZA", "DZA", "17"),
    ),
    probe(
        "17-house-arrest",
        "Pakistan placed the former prime minister under house arrest.",
        ("PAK", "PAK", "17"),
    ),
    probe(
        "17-seize-boat",
        "Russian border guards seized a Japanese fishing boat.",
        ("RUS", "JPN", "17"),
    ),
    probe(
        "17-water-cannon",
        "Turkish police used water cannon to disperse Kurdish demonstrators.",
        ("TUR", "TUR", "17"),
    ),
    probe(
        "17-martial-law",
        "Pakistan declared martial law in Karachi.",
        ("PAK", "PAK", "17"),
    ),
    probe(
        "17-passive-arrest",
        "Ten Palestinians were arrested by Israeli police.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-passive-demolish",
        "Three Palestinian homes were demolished by Israeli troops in Hebron.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-nominal",
        "China's detention of two Canadians strained relations with Ottawa.",
        ("CHN", "CAN", "17"),
    ),
    probe(
        "17-reported",
        "Palestinian officials said Israeli troops arrested 12 people in Nablus.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-expel-person",
        "Israel deported a Palestinian activist to Jordan.",
        ("ISR", "PSE", "17"),
    ),
    probe(
        "17-raid",
        "Turkish police raided the homes of Kurdish activists.",
        ("TUR", "TUR", "17"),
    ),
    probe(
        "17-constitution",
        "Pakistan's military ruler suspended the constitution.",
        ("PAK", "PAK", "17"),
    ),
    probe(
        "17-confiscate",
        "Israel confiscated the identity cards of Palestinians in East Jerusalem.",
        ("ISR", "PSE", "17"),
    ),
    # --- 18 ASSAULT --------------------------------------------------------------------------
    probe(
        "18-kidnap",
        "Chechen rebels kidnapped two British engineers.",
        ("RUS", "GBR", "18"),
    ),
    probe(
        "18-suicide",
        "A Hamas suicide bomber blew himself up on a bus in Jerusalem.",
        ("PSE", "ISR", "18"),
    ),
    probe(
        "18-beat",
        "Israeli settlers beat a Palestinian farmer near Hebron.",
        ("ISR", "PSE", "18"),
    ),
    probe(
        "18-truck-bomb",
        "Tamil Tiger rebels set off a truck bomb in Colombo.",
        ("LKA", "LKA", "18"),
    ),
    probe(
        "18-hack",
        "RUF rebels hacked to death 20 villagers in Sierra Leone.",
        ("SLE", "SLE", "18"),
    ),
    probe(
        "18-assassinate",
        "Gunmen assassinated the Israeli tourism minister at a hotel.",
        (None, "ISR", "18"),
    ),
    probe(
        "18-abduct",
        "Gunmen abducted two Italian aid workers in Somalia.",
        ("SOM", "ITA", "18"),  # attackers no one names are the place's
    ),
    probe(
        "18-torture",
        "Turkish police tortured Kurdish detainees, Amnesty said.",
        ("TUR", "TUR", "18"),
    ),
    probe(
        "18-hostage",
        "Colombian rebels took two American missionaries hostage.",
        ("COL", "USA", "18"),
    ),
    probe(
        "18-car-bomb",
        "A car bomb exploded outside the Israeli embassy in Buenos Aires.",
        ("ARG", "ISR", "18"),
    ),
    probe(
        "18-passive",
        "Two Israeli soldiers were lynched by a Palestinian mob in Ramallah.",
        ("PSE", "ISR", "18"),
    ),
    probe(
        "18-hostage",
        "Iraqi forces took dozens of Kuwaiti civilians hostage.",
        ("IRQ", "KWT", "18"),
    ),
    probe(
        "18-raped",
        "Serb soldiers raped Bosnian women in Foca.",
        ("SRB", "BIH", "18"),
    ),
    probe(
        "18-mutilate",
        "RUF rebels amputated the hands of villagers in Sierra Leone.",
        ("SLE", "SLE", "18"),
    ),
    # --- 19 FIGHT ----------------------------------------------------------------------------
    probe(
        "19-shot-dead",
        "Israeli troops shot dead two Palestinians in Hebron.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-shell",
        "Serb forces shelled the Muslim enclave of Gorazde.",
        ("SRB", "BIH", "19"),
    ),
    probe(
        "19-gunships",
        "Israeli helicopter gunships fired missiles at a Hamas office in Gaza.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-exchange",
        "Indian and Pakistani troops exchanged artillery fire across the Line of Control.",
        ("IND", "PAK", "19"),
        ("PAK", "IND", "19"),
    ),
    probe(
        "19-katyusha",
        "Hezbollah guerrillas fired Katyusha rockets into northern Israel.",
        ("LBN", "ISR", "19"),
    ),
    probe(
        "19-bombed",
        "Israeli warplanes bombed Hezbollah positions in southern Lebanon.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "19-capture-town",
        "Ethiopian forces captured the Eritrean town of Barentu.",
        ("ETH", "ERI", "19"),
    ),
    probe(
        "19-nato-strikes",
        "NATO aircraft struck targets in Belgrade overnight.",
        ("IGO", "SRB", "19"),
    ),
    probe(
        "19-blockade",
        "The Israeli navy imposed a naval blockade on Gaza.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-seal-off",
        "Israel sealed off the West Bank after the bombing.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-tanks",
        "Israeli tanks rolled into the West Bank town of Ramallah.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-shoot-down",
        "Syria shot down a Turkish jet over the Mediterranean.",
        ("SYR", "TUR", "19"),
    ),
    probe(
        "19-blow-up-tank",
        "Hamas militants blew up an Israeli tank in Gaza.",
        ("PSE", "ISR", "19"),
    ),
    probe(
        "19-ambush",
        "Rebels ambushed an army convoy in northern Uganda.",
        ("UGA", "UGA", "19"),
    ),
    probe(
        "19-reported",
        "Lebanese police said Israeli jets bombed a power station near Beirut.",
        ("ISR", "LBN", "19"),
    ),
    probe(
        "19-passive",
        "Sarajevo was shelled by Serb forces on Tuesday.",
        ("SRB", "BIH", "19"),
    ),
    probe(
        "19-nominal",
        "NATO's bombing of Yugoslavia entered its third week.",
        ("IGO", "SRB", "19"),
    ),
    probe(
        "19-violate-truce",
        "Armenian forces violated the ceasefire with Azerbaijan.",
        ("ARM", "AZE", "19"),
    ),
    probe(
        "19-vs-17",
        "Israeli troops raided the Palestinian village of Beit Jala.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-attack-post",
        "Tamil Tiger rebels attacked an army camp in the north.",
        ("LKA", "LKA", "19"),
    ),
    probe(
        "19-air-raid",
        "U.S. and British planes attacked Iraqi air defence sites.",
        ("USA", "IRQ", "19"),
        ("GBR", "IRQ", "19"),
    ),
    probe(
        "19-seal-off",
        "Israeli troops sealed off Gaza after the attack.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-blow-up",
        "Hezbollah guerrillas blew up an Israeli armoured vehicle.",
        ("LBN", "ISR", "19"),
    ),
    probe(
        "19-cease-fire",
        "Armenian forces violated the cease-fire with Azerbaijan.",
        ("ARM", "AZE", "19"),
    ),
    probe(
        "19-waged",
        "Chechen rebels waged a guerrilla war against Russian forces.",
        ("RUS", "RUS", "19"),
    ),
    probe(
        "19-ambush-police",
        "Maoist rebels in Nepal ambushed a police patrol.",
        ("NPL", "NPL", "19"),
    ),
    probe(
        "19-closure",
        "Israel reimposed the closure on the West Bank and Gaza Strip.",
        ("ISR", "PSE", "19"),
    ),
    probe(
        "19-sniper",
        "A sniper shot dead an Israeli soldier in Hebron.",
        ("PSE", "ISR", "19"),
    ),
    probe(
        "19-cross-into",
        "Angolan troops crossed into Zaire.",
        ("AGO", "COD", "19"),
    ),
    # --- 20 USE UNCONVENTIONAL MASS VIOLENCE -------------------------------------------------
    probe(
        "20-massacre",
        "The Sudanese army massacred hundreds of civilians in Darfur.",
        ("SDN", "SDN", "20"),
    ),
    probe(
        "20-chemical",
        "Iraqi forces used chemical weapons against Iranian troops.",
        ("IRQ", "IRN", "20"),
    ),
    probe(
        "20-slaughter",
        "Rwandan troops slaughtered thousands of civilians in eastern Zaire.",
        ("RWA", "COD", "20"),
    ),
    probe(
        "20-drive-out",
        "Myanmar's army drove hundreds of thousands of Rohingya out of the country.",
        ("MMR", "MMR", "20"),
    ),
    probe(
        "20-ethnic-cleansing",
        "Serbian forces carried out ethnic cleansing in Kosovo.",
        ("SRB", "XKX", "20"),
    ),
    probe(
        "20-vs-19",
        "Iraqi aircraft dropped poison gas on the Kurdish town of Halabja.",
        ("IRQ", "IRQ", "20"),
    ),
    probe(
        "20-slaughter",
        "Algerian rebels slaughtered 50 villagers near Algiers.",
        ("DZA", "DZA", "20"),
    ),
    probe(
        "20-vs-17",
        "Iraq used poison gas against Kurdish villagers.",
        ("IRQ", "IRQ", "20"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "published"), PROBES)
def test_main_event_has_its_root(
    pipeline: Any, parse: Parse, text: str, expected: tuple[Triple, ...], published: str | None
) -> None:
    parsed = parse(text, published) if published else parse(text)
    got = triples(list(pipeline.extract(parsed).events), root=True)
    roots = {root for _, _, root in expected}
    pairs = {(source, target) for source, target, _ in expected}
    missing = set(expected) - got
    wrong = {t for t in got if t not in expected and (t[2] in roots or t[:2] in pairs)}
    assert not missing and not wrong, (
        f"missing {sorted(missing, key=str)}, wrong {sorted(wrong, key=str)}"
    )
