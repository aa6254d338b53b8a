"""Event dates: a probe suite of short wire stories of our own, through the whole pipeline, on
whether each main act is dated by when it happened rather than when the story appeared.

Each probe is an article (a dateline, two to six sentences) with its publication date, and the
TIMEX3 value a careful analyst gives each main act, named by its trigger word ("signed", or
"signed#2" for the second "signed"): a day ``2024-11-18``, a week ``2024-W46``, a month
``2024-10``, a year ``2011``; ``None`` where the event must have no date (no publication date
and no absolute date in the text). The phenomena: weekday names on either side of the
publication day, "last week", "earlier this month", "last month", "in early October", month
days with and without a year (around New Year too), "a day after", "two days later", "the
following week", background years, the day the dateline carries, several acts in one sentence,
a day carried on to the next sentence of the paragraph, reported speech, acts still to come,
and an article with no publication date.

Conventions (TimeML, and the project's documented choices): a weekday in a past clause is the
latest such day up to the publication day itself, in a future clause the next one from it; a
month or month day without a year is read by the tense against the publication date; an act
bounded by "since" or "until" is not dated by its bound; an undated past act takes the day its
paragraph last named, or the lead's day, when that is up to two days before publication
(``docs/patterns.md``), else the publication day. Probes the code does not handle yet are
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from eventwire.models import Event

# publication days (weekday in the name) and the days around them
WED = "2024-11-20"  # Mon 18, Tue 19; last week Mon 11 .. Sun 17 (2024-W46)
MON = "2024-11-18"  # Fri 15, Sat 16, Sun 17; coming Thu 21
SUN = "2024-11-17"  # Mon 11, Fri 15, Sat 16; coming Mon 18
FRI = "2025-01-03"  # New Year: Mon Dec 30, Tue Dec 31, Wed Jan 1
DEC = "2024-12-30"  # a Monday, before New Year


def probe(
    kind: str, text: str, published: str | None, xfail: str | None = None, **dates: Any
) -> Any:
    """A case: the article, its publication date, and ``trigger=value`` pairs (a trigger
    ``signed_2`` is the second "signed" of the text)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    words = "-".join(text.split()[3:9])
    return pytest.param(text, published, dates, id=f"{kind}:{words}", marks=marks)


PROBES = [
    # --- weekday names, story published on a Wednesday ------------------------------------------
    probe(
        "weekday-wed",
        "ANKARA (EWS) - Turkish police on Monday detained 14 journalists in raids across "
        "Istanbul. The Committee to Protect Journalists condemned the arrests on Tuesday.",
        WED,
        detained="2024-11-18",
        condemned="2024-11-19",
    ),
    probe(
        "weekday-wed",
        "BEIRUT (EWS) - Israeli jets struck targets in southern Lebanon on Sunday, the army "
        "said. Hezbollah fired rockets at northern Israel on Saturday.",
        WED,
        struck="2024-11-17",
        fired="2024-11-16",
    ),
    probe(
        "weekday-wed",
        "SEOUL (EWS) - North Korea fired a ballistic missile into the sea on Thursday, South "
        "Korea's military said.",
        WED,
        fired="2024-11-14",
    ),
    probe(
        "weekday-wed",
        "CARACAS (EWS) - Venezuelan authorities arrested an opposition organizer on Wednesday, "
        "his lawyer said.",
        WED,
        arrested="2024-11-20",
    ),
    probe(
        "weekday-wed",
        "BRUSSELS (EWS) - European Union foreign ministers will meet in Brussels on Friday to "
        "discuss new sanctions on Iran.",
        WED,
        meet="2024-11-22",
    ),
    probe(
        "weekday-wed",
        "NEW DELHI (EWS) - India's foreign minister will visit Moscow on Monday, his ministry "
        "said on Wednesday.",
        WED,
        visit="2024-11-25",
    ),
    probe(
        "weekday-wed",
        "MANILA (EWS) - The Philippines summoned China's ambassador on Tuesday over a "
        "collision near the Second Thomas Shoal.",
        WED,
        summoned="2024-11-19",
    ),
    # --- weekday names, story published on a Monday ---------------------------------------------
    probe(
        "weekday-mon",
        "KYIV (EWS) - Russia launched a wave of drones at Kyiv on Sunday, Ukrainian officials "
        "said. Ukraine's air force shot down 30 drones.",
        MON,
        launched="2024-11-17",
    ),
    probe(
        "weekday-mon",
        "TEHRAN (EWS) - Iran seized a tanker in the Gulf on Friday, state media reported.",
        MON,
        seized="2024-11-15",
    ),
    probe(
        "weekday-mon",
        "PARIS (EWS) - France expelled two Russian diplomats on Monday, the foreign ministry said.",
        MON,
        expelled="2024-11-18",
    ),
    probe(
        "weekday-mon",
        "WASHINGTON (EWS) - The U.S. secretary of state will travel to Beijing on Thursday for "
        "talks with Chinese leaders.",
        MON,
        travel="2024-11-21",
    ),
    probe(
        "weekday-mon",
        "ISLAMABAD (EWS) - Pakistani police on Saturday arrested dozens of opposition "
        "supporters in Lahore.",
        MON,
        arrested="2024-11-16",
    ),
    probe(
        "weekday-mon",
        "KHARTOUM (EWS) - The Rapid Support Forces attacked a market in Omdurman on Tuesday, "
        "killing at least 20 people, medics said.",
        MON,
        attacked="2024-11-12",
    ),
    # --- weekday names, story published on a Sunday ---------------------------------------------
    probe(
        "weekday-sun",
        "TBILISI (EWS) - Georgian police used water cannon against protesters outside "
        "parliament on Saturday.",
        SUN,
        used="2024-11-16",
    ),
    probe(
        "weekday-sun",
        "JERUSALEM (EWS) - Israel's prime minister will meet the U.S. envoy on Monday, his "
        "office said on Sunday.",
        SUN,
        meet="2024-11-18",
    ),
    probe(
        "weekday-sun",
        "BOGOTA (EWS) - Colombian troops clashed with rebels near the border on Monday, the "
        "army said.",
        SUN,
        clashed="2024-11-11",
    ),
    probe(
        "weekday-sun",
        "ADDIS ABABA (EWS) - Ethiopia and Somalia signed a security pact on Sunday in Addis Ababa.",
        SUN,
        signed="2024-11-17",
    ),
    probe(
        "weekday-sun",
        "BERLIN (EWS) - Germany recalled its ambassador to Moscow on Friday for consultations.",
        SUN,
        recalled="2024-11-15",
    ),
    # --- weekday with "last" and "next" ---------------------------------------------------------
    probe(
        "weekday-rel",
        "MOSCOW (EWS) - Russia accused Britain last Thursday of supplying long-range missiles "
        "to Ukraine.",
        WED,
        accused="2024-11-14",
    ),
    probe(
        "weekday-rel",
        "LONDON (EWS) - Britain will impose new sanctions on Russian oil traders next Tuesday, "
        "the foreign office said.",
        WED,
        impose="2024-11-26",
    ),
    # --- last week, this month, last month, early October ---------------------------------------
    probe(
        "last-week",
        "ABUJA (EWS) - Nigerian troops freed 30 hostages last week in an operation in Zamfara "
        "state, the army said on Wednesday.",
        WED,
        freed="2024-W46",
    ),
    probe(
        "last-week",
        "HAVANA (EWS) - Cuba released 12 political prisoners last week, a rights group said.",
        MON,
        released="2024-W46",
    ),
    probe(
        "this-month",
        "NAIROBI (EWS) - Kenyan police arrested 40 protesters earlier this month during "
        "demonstrations against new taxes.",
        WED,
        arrested="2024-11",
    ),
    probe(
        "last-month",
        "BAMAKO (EWS) - Mali's junta expelled the head of the U.N. mission last month, "
        "officials said.",
        WED,
        expelled="2024-10",
    ),
    probe(
        "last-month",
        "RIYADH (EWS) - Saudi Arabia and Iran held talks in Riyadh last month, Saudi state "
        "media said on Wednesday.",
        WED,
        talks="2024-10",
    ),
    probe(
        "month-mod",
        "CAIRO (EWS) - Egypt hosted talks between Israeli and Hamas negotiators in early "
        "October, officials said.",
        WED,
        hosted="2024-10",
    ),
    probe(
        "month-mod",
        "DAMASCUS (EWS) - Rebels captured the city of Aleppo in late November, a monitor said.",
        DEC,
        captured="2024-11",
    ),
    probe(
        "month",
        "YANGON (EWS) - Myanmar's military bombed a village in Sagaing region in September, a "
        "rights group said on Wednesday.",
        WED,
        bombed="2024-09",
    ),
    probe(
        "month",
        "BELGRADE (EWS) - Serbia will hold talks with Kosovo in Brussels in December, the "
        "European Union said.",
        WED,
        talks="2024-12",
    ),
    # --- month days -----------------------------------------------------------------------------
    probe(
        "month-day",
        "ROME (EWS) - Italy and Albania signed a migration deal on Nov. 6, the Italian "
        "government said.",
        WED,
        signed="2024-11-06",
    ),
    probe(
        "month-day",
        "TOKYO (EWS) - Japan protested to China on May 7 after a Chinese coast guard ship "
        "entered its waters.",
        WED,
        protested="2024-05-07",
    ),
    probe(
        "month-day",
        "GENEVA (EWS) - Iran's foreign minister will meet the U.N. envoy in Geneva on December 4, "
        "the ministry said.",
        WED,
        meet="2024-12-04",
    ),
    probe(
        "month-day",
        "KABUL (EWS) - The Taliban executed a man in a stadium in Kabul on 12 November, the "
        "U.N. said on Wednesday.",
        WED,
        executed="2024-11-12",
    ),
    probe(
        "month-day",
        "LIMA (EWS) - Peru declared a state of emergency in Lima on October 1, 2023, after a "
        "wave of killings.",
        WED,
        declared="2023-10-01",
    ),
    # --- dates without a year around New Year ---------------------------------------------------
    probe(
        "new-year",
        "SEOUL (EWS) - South Korean investigators raided the presidential office on December "
        "27, prosecutors said on Friday.",
        FRI,
        raided="2024-12-27",
    ),
    probe(
        "new-year",
        "WASHINGTON (EWS) - The president-elect will meet NATO leaders on January 15, his "
        "transition team said.",
        DEC,
        meet="2025-01-15",
    ),
    probe(
        "new-year",
        "CARACAS (EWS) - Venezuela arrested a U.S. citizen on Dec. 31, the foreign ministry said.",
        FRI,
        arrested="2024-12-31",
    ),
    probe(
        "new-year",
        "SEOUL (EWS) - North Korea fired artillery near the border in December, the South "
        "Korean military said on Friday.",
        FRI,
        fired="2024-12",
    ),
    probe(
        "new-year",
        "TAIPEI (EWS) - China began military drills around Taiwan on Monday, Taiwan's defence "
        "ministry said on Friday.",
        FRI,
        began="2024-12-30",
    ),
    probe(
        "new-year",
        "KYIV (EWS) - Russia struck Kyiv with missiles on New Year's Day, the city's mayor said.",
        FRI,
        struck="2025-01-01",
    ),
    probe(
        "new-year",
        "ANKARA (EWS) - Turkey's foreign minister will visit Damascus in January, officials said.",
        DEC,
        visit="2025-01",
    ),
    # --- a day after, two days later, the following week ----------------------------------------
    probe(
        "offset",
        "LIMA (EWS) - Peru expelled Chile's ambassador on Friday, a day after Chile recalled "
        "its envoy from Lima.",
        MON,
        expelled="2024-11-15",
        recalled="2024-11-14",
    ),
    probe(
        "offset",
        "QUITO (EWS) - Ecuadorean police stormed the Mexican embassy on Friday, two days after "
        "Mexico granted asylum to a former vice president.",
        MON,
        stormed="2024-11-15",
        granted="2024-11-13",
    ),
    probe(
        "offset",
        "BAKU (EWS) - Azerbaijan and Armenia agreed on a border deal on Monday. Two days later, "
        "Armenian troops withdrew from four villages.",
        "2024-11-22",
        agreed="2024-11-18",
        withdrew="2024-11-20",
    ),
    probe(
        "offset",
        "WARSAW (EWS) - Poland closed its border crossing with Belarus on Tuesday. A day later, "
        "Belarus accused Warsaw of provoking a crisis.",
        "2024-11-22",
        closed="2024-11-19",
        accused="2024-11-20",
    ),
    probe(
        "offset",
        "PRISTINA (EWS) - Kosovo and Serbia signed an accord on May 7, 2024. Serbia's parliament "
        "ratified the accord the following week.",
        WED,
        signed="2024-05-07",
        ratified="2024-W20",
    ),
    probe(
        "offset",
        "SANAA (EWS) - Houthi fighters seized a cargo ship in the Red Sea on Nov. 12. The next "
        "day, U.S. warships struck Houthi radar sites.",
        WED,
        seized="2024-11-12",
        struck="2024-11-13",
    ),
    probe(
        "offset",
        "MINSK (EWS) - Belarus detained a Lithuanian citizen on Monday, a week before the "
        "presidential election.",
        WED,
        detained="2024-11-18",
    ),
    # --- background years -----------------------------------------------------------------------
    probe(
        "background",
        "RIYADH (EWS) - Saudi Arabia restored ties with Iran in 2023. Saudi Arabia cut ties with "
        "Iran in 2016 after protesters stormed its embassy in Tehran.",
        WED,
        restored="2023",
        cut="2016",
    ),
    probe(
        "background",
        "DAMASCUS (EWS) - The Arab League suspended Syria's membership in 2011. Syrian forces "
        "shelled Homs on Tuesday, activists said.",
        WED,
        suspended="2011",
        shelled="2024-11-19",
    ),
    probe(
        "background",
        "KYIV (EWS) - Russian forces shelled Kharkiv on Tuesday. Russia annexed Crimea in 2014 "
        "and has fought Ukraine since 2022.",
        WED,
        shelled="2024-11-19",
        annexed="2014",
        fought=WED,
    ),
    probe(
        "background",
        "MOSCOW (EWS) - Russia has barred the group since 2014, and police raided its offices "
        "in Moscow on Tuesday.",
        WED,
        raided="2024-11-19",
    ),
    probe(
        "background",
        "WASHINGTON (EWS) - The United States imposed sanctions on three Cuban officials on "
        "Tuesday. Washington first imposed an embargo on Cuba in 1962.",
        WED,
        imposed="2024-11-19",
        imposed_2="1962",
    ),
    probe(
        "background",
        "BOGOTA (EWS) - The government and the rebels signed a ceasefire in the summer of "
        "2016, ending decades of conflict.",
        WED,
        ceasefire="2016-SU",
    ),
    # --- the dateline's day ---------------------------------------------------------------------
    probe(
        "dateline",
        "GENEVA (EWS) - Iran and three European powers held talks on its nuclear programme in "
        "Geneva, diplomats said.",
        WED,
        talks="2024-11-20",
    ),
    probe(
        "dateline",
        "CAIRO (EWS) - Egyptian police detained a blogger at Cairo airport, his lawyer said "
        "on Wednesday. Police had arrested him once before, in 2019.",
        WED,
        detained="2024-11-20",
    ),
    probe(
        "dateline",
        "HANOI (EWS) - Vietnam and China signed 14 cooperation agreements during a visit by "
        "China's premier, state media reported on Sunday.",
        MON,
        signed="2024-11-17",
    ),
    # --- several acts in one sentence with different dates --------------------------------------
    probe(
        "several",
        "BRUSSELS (EWS) - NATO suspended talks with Moscow on Monday and expelled eight Russian "
        "diplomats on Tuesday.",
        WED,
        suspended="2024-11-18",
        expelled="2024-11-19",
    ),
    probe(
        "several",
        "KINSHASA (EWS) - Congo recalled its ambassador to Rwanda on Friday, after Rwandan "
        "troops crossed the border on Wednesday.",
        MON,
        recalled="2024-11-15",
        crossed="2024-11-13",
    ),
    probe(
        "several",
        "MANILA (EWS) - The Philippines protested to China on Monday over a collision at sea on "
        "Saturday and will summon its ambassador on Thursday.",
        WED,
        protested="2024-11-18",
        summon="2024-11-21",
    ),
    probe(
        "several",
        "SEOUL (EWS) - South Korea, which expelled a North Korean diplomat last month, "
        "condemned Pyongyang's missile launch on Tuesday.",
        WED,
        expelled="2024-10",
        condemned="2024-11-19",
    ),
    probe(
        "several",
        "KYIV (EWS) - Ukraine struck an oil depot in Russia's Bryansk region on Sunday, a day "
        "after Russian missiles hit a power plant in Lviv.",
        WED,
        struck="2024-11-17",
        hit="2024-11-16",
    ),
    probe(
        "several",
        "DHAKA (EWS) - Bangladesh asked Myanmar on Tuesday to take back the refugees. Myanmar's "
        "army attacked Rohingya villages in 2017.",
        WED,
        asked="2024-11-19",
        attacked="2017",
    ),
    # --- a day that carries on to the next sentence ---------------------------------------------
    probe(
        "carry-on",
        "MOSCOW (EWS) - On Tuesday, Russia expelled two Estonian diplomats. Moscow also closed "
        "Estonia's consulate in St Petersburg.",
        WED,
        expelled="2024-11-19",
        closed="2024-11-19",
    ),
    probe(
        "carry-on",
        "TAIPEI (EWS) - China sent 30 warplanes toward Taiwan on Monday. Taiwan scrambled jets "
        "and deployed missile systems in response.",
        WED,
        scrambled="2024-11-18",
        deployed="2024-11-18",
    ),
    probe(
        "carry-on",
        "KHARTOUM (EWS) - The Sudanese army shelled RSF positions in Khartoum on Monday. The "
        "RSF attacked an army base in El Fasher.",
        WED,
        shelled="2024-11-18",
        attacked="2024-11-18",
    ),
    probe(
        "carry-on",
        "TUNIS (EWS) - Tunisian police arrested an opposition leader on Sunday. He was "
        "released without charge.\n\nThe European Union criticised the arrest.",
        "2024-11-18",
        arrested="2024-11-17",
        criticised="2024-11-17",
    ),
    probe(
        "carry-on",
        "BAGHDAD (EWS) - On Nov. 10, Iraqi forces raided an Islamic State hideout near Kirkuk. "
        "They killed five militants.",
        WED,
        raided="2024-11-10",
        killed="2024-11-10",
    ),
    probe(
        "carry-on",
        "TEHRAN (EWS) - Iran condemned the sanctions on Tuesday. Tehran also summoned the "
        "Swiss envoy, who represents U.S. interests.\n\nLast month, Iran seized a tanker in the "
        "Gulf of Oman. Its navy detained the crew.",
        WED,
        summoned="2024-11-19",
        seized="2024-10",
        detained="2024-10",
    ),
    # --- reported speech ------------------------------------------------------------------------
    probe(
        "reported",
        "BAMAKO (EWS) - Mali's army said on Friday that its troops had entered the town of "
        "Kidal on Wednesday.",
        SUN,
        entered="2024-11-13",
    ),
    probe(
        "reported",
        "KYIV (EWS) - Ukraine's military said on Tuesday that Russian forces shelled the town "
        "of Kupiansk on Sunday, killing two civilians.",
        WED,
        shelled="2024-11-17",
    ),
    probe(
        "reported",
        "GAZA (EWS) - Hamas said on Monday that Israeli forces had detained dozens of people "
        "in a hospital raid.",
        WED,
        detained="2024-11-18",
    ),
    probe(
        "reported",
        "LONDON (EWS) - Britain accused Russia on Tuesday of plotting sabotage attacks across "
        "Europe, the foreign secretary told parliament.",
        WED,
        accused="2024-11-19",
    ),
    probe(
        "reported",
        "BEIJING (EWS) - China's foreign ministry said on Wednesday that Beijing would impose "
        "sanctions on U.S. defence firms on Friday.",
        WED,
        impose="2024-11-22",
    ),
    probe(
        "reported",
        "KIGALI (EWS) - Rwanda's army said on Monday that Congolese troops attacked its "
        "positions last week.",
        WED,
        attacked="2024-W46",
    ),
    probe(
        "reported",
        "NIAMEY (EWS) - Niger's junta said its forces killed 20 jihadists in an ambush on "
        "Saturday, state television reported on Monday.",
        WED,
        killed="2024-11-16",
    ),
    # --- future dates for announced acts --------------------------------------------------------
    probe(
        "future",
        "BEIJING (EWS) - The Chinese president will visit Brazil on Thursday for a summit, the "
        "foreign ministry said.",
        MON,
        visit="2024-11-21",
    ),
    probe(
        "future",
        "ANKARA (EWS) - Turkey will hold talks with Syrian officials next week, the foreign "
        "minister said.",
        WED,
        talks="2024-W48",
    ),
    probe(
        "future",
        "OTTAWA (EWS) - Canada is expected to expel three Indian diplomats on Friday, officials "
        "said on Wednesday.",
        WED,
        expel="2024-11-22",
    ),
    probe(
        "future",
        "PARIS (EWS) - The French president is to travel to Morocco next month for a state visit.",
        WED,
        travel="2024-12",
    ),
    probe(
        "future",
        "MOSCOW (EWS) - Putin will meet the Indian prime minister in Kazan on Tuesday, the "
        "Kremlin said on Sunday.",
        SUN,
        meet="2024-11-19",
    ),
    probe(
        "future",
        "BRUSSELS (EWS) - The EU will impose the tariffs on Chinese electric cars on November "
        "1, the commission said.",
        "2024-10-15",
        impose="2024-11-01",
    ),
    probe(
        "future",
        "MANILA (EWS) - The Philippines and Japan will sign a defence pact on Monday, "
        "officials said on Friday.",
        "2024-11-15",
        sign="2024-11-18",
    ),
    # --- more relative days -----------------------------------------------------------------
    probe(
        "relative-day",
        "BAGHDAD (EWS) - Gunmen attacked a checkpoint north of Baghdad yesterday, killing two "
        "soldiers, police said.",
        WED,
        attacked="2024-11-19",
    ),
    probe(
        "relative-day",
        "TRIPOLI (EWS) - Rival militias clashed in the Libyan capital three days ago, the U.N. "
        "mission said on Wednesday.",
        WED,
        clashed="2024-11-17",
    ),
    probe(
        "relative-day",
        "KABUL (EWS) - A suicide bomber attacked a mosque in Kunduz on Friday. Taliban forces "
        "arrested four suspects the following day.",
        MON,
        attacked="2024-11-15",
        arrested="2024-11-16",
    ),
    probe(
        "relative-day",
        "MOGADISHU (EWS) - Al Shabaab fighters stormed a hotel in Mogadishu on Tuesday night, "
        "police said.",
        WED,
        stormed="2024-11-19TNI",
    ),
    probe(
        "relative-day",
        "AMMAN (EWS) - Jordan recalled its ambassador to Israel on Nov. 1, and Israel recalled "
        "its own envoy a week later.",
        WED,
        recalled="2024-11-01",
        recalled_2="2024-W45",
    ),
    probe(
        "relative-day",
        "ABIDJAN (EWS) - Ivorian police detained a union leader earlier this week, his union "
        "said on Wednesday.",
        WED,
        detained="2024-W47",
    ),
    probe(
        "relative-day",
        "HARARE (EWS) - Zimbabwe's president will visit China later this year, the foreign "
        "minister said.",
        "2024-03-12",
        visit="2024",
    ),
    probe(
        "relative-day",
        "BANGKOK (EWS) - Thailand and Cambodia signed a ceasefire late last year after weeks "
        "of border clashes.",
        "2024-03-12",
        ceasefire="2023",
    ),
    probe(
        "relative-day",
        "LONDON (EWS) - Britain sanctioned six Iranian officials on Tuesday, Nov. 12, the "
        "foreign office said.",
        WED,
        sanctioned="2024-11-12",
    ),
    probe(
        "relative-day",
        "MAPUTO (EWS) - Mozambican police fired tear gas at opposition protesters on Saturday, "
        "the day after the election results were announced.",
        MON,
        fired="2024-11-16",
    ),
    # --- more reported and announced acts ---------------------------------------------------
    probe(
        "reported",
        "CAIRO (EWS) - Egypt's foreign ministry said on Sunday that Israeli troops had seized "
        "the Rafah crossing on Tuesday.",
        MON,
        seized="2024-11-12",
    ),
    probe(
        "reported",
        "KYIV (EWS) - Ukraine's president said on Monday his forces had struck a Russian "
        "airbase in Crimea overnight on Saturday.",
        WED,
        struck="2024-11-16",
    ),
    probe(
        "future",
        "BERLIN (EWS) - The German chancellor will travel to Kyiv next month, a government "
        "spokesman said on Wednesday.",
        WED,
        travel="2024-12",
    ),
    probe(
        "future",
        "SEOUL (EWS) - South Korea and Japan will hold a summit in Tokyo on Saturday, "
        "officials said on Sunday.",
        SUN,
        summit="2024-11-23",
    ),
    probe(
        "future",
        "ABU DHABI (EWS) - The UAE's president will visit Washington on January 8, the state "
        "news agency said on Monday.",
        DEC,
        visit="2025-01-08",
    ),
    # --- more wire habits -------------------------------------------------------------------
    probe(
        "wire-habit",
        "KYIV (EWS) - Russia struck Kyiv with drones early Tuesday, the city's mayor said.",
        WED,
        struck="2024-11-19",
    ),
    probe(
        "wire-habit",
        "WASHINGTON (EWS) - The United States sanctioned three Chinese drone makers Tuesday, "
        "the Treasury said.",
        WED,
        sanctioned="2024-11-19",
    ),
    probe(
        "wire-habit",
        "CANBERRA (EWS) - Australia expelled an Iranian diplomat late on Friday, the foreign "
        "minister said.",
        MON,
        expelled="2024-11-15",
    ),
    probe(
        "wire-habit",
        "NAIROBI (EWS) - Kenyan police arrested 12 protesters on Saturday and released them on "
        "Sunday without charge.",
        MON,
        arrested="2024-11-16",
        released="2024-11-17",
    ),
    probe(
        "wire-habit",
        "DOHA (EWS) - Qatar hosted talks between Israel and Hamas on Monday, and the two "
        "sides signed a prisoner exchange deal on Tuesday.",
        WED,
        signed="2024-11-19",
    ),
    probe(
        "wire-habit",
        "ISLAMABAD (EWS) - Pakistan and Afghanistan exchanged fire across the border over the "
        "weekend, officials said on Monday.",
        MON,
        exchanged="2024-W46-WE",
    ),
    probe(
        "wire-habit",
        "JERUSALEM (EWS) - Israeli forces raided the Jenin refugee camp this week, Palestinian "
        "officials said.",
        "2024-11-21",
        raided="2024-W47",
    ),
    probe(
        "wire-habit",
        "MOSCOW (EWS) - Russia expelled a British diplomat last Sunday, the foreign ministry said.",
        SUN,
        expelled="2024-11-10",
    ),
    probe(
        "wire-habit",
        "TEHRAN (EWS) - Iran executed a dissident rapper two weeks ago, rights groups said on "
        "Wednesday.",
        WED,
        executed="2024-W45",
    ),
    probe(
        "wire-habit",
        "BAKU (EWS) - Azerbaijani troops shelled Armenian positions on Monday. Armenian forces "
        "had attacked an Azerbaijani post a day earlier, Baku said.",
        WED,
        shelled="2024-11-18",
        attacked="2024-11-17",
    ),
    probe(
        "wire-habit",
        "SEOUL (EWS) - North Korea blew up roads linking it to the South in October, "
        "Seoul's military said on Friday.",
        FRI,
        blew="2024-10",
    ),
    probe(
        "wire-habit",
        "BEIRUT (EWS) - Israel and Hezbollah agreed to a ceasefire on Tuesday. The truce took "
        "effect on Wednesday.\n\nIsraeli jets struck southern Lebanon on Thursday.",
        "2024-11-29",
        agreed="2024-11-26",
        struck="2024-11-28",
    ),
    probe(
        "wire-habit",
        "ANKARA (EWS) - Turkish jets bombed Kurdish militant targets in northern Iraq on Sunday."
        "\n\nTurkish troops also shelled villages near the border.",
        "2024-11-18",
        bombed="2024-11-17",
        shelled="2024-11-17",
    ),
    probe(
        "wire-habit",
        "SEOUL (EWS) - South Korea's president said on Friday that he would visit Washington "
        "in March.",
        DEC,
        visit="2025-03",
    ),
    probe(
        "wire-habit",
        "KYIV (EWS) - Ukraine and Russia swapped 95 prisoners of war on Monday, the second "
        "exchange this month.",
        DEC,
        swapped="2024-12-30",
    ),
    probe(
        "wire-habit",
        "BRUSSELS (EWS) - The EU imposed sanctions on Belarusian officials on Nov. 28. The "
        "bloc had imposed earlier sanctions in 2021.",
        FRI,
        imposed="2024-11-28",
        imposed_2="2021",
    ),
    probe(
        "wire-habit",
        "GAZA (EWS) - Israeli jets struck Gaza City on Tuesday. Hamas had fired rockets at Tel "
        "Aviv the day before.",
        WED,
        struck="2024-11-19",
        fired="2024-11-18",
    ),
    probe(
        "wire-habit",
        "KABUL (EWS) - Three aid workers were killed in an ambush on Sunday, the U.N. said. The "
        "Taliban arrested two suspects hours later.",
        WED,
        arrested="2024-11-17",
    ),
    probe(
        "wire-habit",
        "DOHA (EWS) - Qatar's foreign ministry on Monday condemned the strike on the aid convoy.",
        WED,
        condemned="2024-11-18",
    ),
    probe(
        "wire-habit",
        "SANAA (EWS) - U.S. warships struck Houthi radar sites on Monday. British jets bombed a "
        "Houthi airbase on the same day.",
        WED,
        struck="2024-11-18",
        bombed="2024-11-18",
    ),
    probe(
        "wire-habit",
        "DAMASCUS (EWS) - Israeli jets struck an arms depot near Damascus this morning, Syrian "
        "state media said.",
        WED,
        struck="2024-11-20TMO",
    ),
    probe(
        "wire-habit",
        "ROME (EWS) - Italian police arrested a mafia boss at the weekend, prosecutors said.",
        MON,
        arrested="2024-W46-WE",
    ),
    probe(
        "wire-habit",
        "MINSK (EWS) - The Belarusian president is due to visit Beijing on Thursday, his office "
        "said.",
        WED,
        visit="2024-11-21",
    ),
    probe(
        "wire-habit",
        "KHARKIV (EWS) - Russian missiles struck Kharkiv in the early hours of Sunday, the "
        "governor said.",
        WED,
        struck="2024-11-17",
    ),
    probe(
        "wire-habit",
        "NIAMEY (EWS) - Jihadists attacked an army post at dawn on Tuesday, killing 12 soldiers.",
        WED,
        attacked="2024-11-19",
    ),
    probe(
        "wire-habit",
        "BELGRADE (EWS) - Students have blocked the main highway since Monday, police said.",
        WED,
        blocked=WED,
    ),
    probe(
        "wire-habit",
        "JUBA (EWS) - South Sudan's army clashed with rebels late last month, the U.N. said.",
        WED,
        clashed="2024-10",
    ),
    probe(
        "wire-habit",
        "GAZA (EWS) - Tuesday's air strike on a school killed 12 people, medics said.",
        WED,
        strike="2024-11-19",
    ),
    probe(
        "wire-habit",
        "KYIV (EWS) - Ukraine shot down 40 drones on Monday, Nov. 18, the air force said.",
        WED,
        shot="2024-11-18",
    ),
    probe(
        "year-rel",
        "GAZA (EWS) - Hamas fighters attacked southern Israel on Oct. 7 last year, killing "
        "about 1,200 people, Israeli officials say.",
        WED,
        attacked="2023-10-07",
    ),
    probe(
        "year-rel",
        "MOSCOW (EWS) - Russia arrested a French researcher in June last year, a Moscow court "
        "said on Tuesday.",
        WED,
        arrested="2023-06",
    ),
    probe(
        "offset",
        "BEIRUT (EWS) - Israel struck Beirut's southern suburbs on Sunday. Two days earlier, "
        "Hezbollah had fired 100 rockets at Haifa.",
        WED,
        struck="2024-11-17",
        fired="2024-11-15",
    ),
    probe(
        "future",
        "TEHRAN (EWS) - Iran will hold talks with European powers this Friday, its foreign "
        "ministry said.",
        WED,
        talks="2024-11-22",
    ),
    probe(
        "reported",
        "KYIV (EWS) - Ukraine's president said on Tuesday that on Saturday his forces had "
        "struck a Russian airbase in Crimea.",
        WED,
        struck="2024-11-16",
    ),
    probe(
        "several",
        "WARSAW (EWS) - Poland arrested two Belarusian spies on Thursday and charged them on "
        "Friday, prosecutors said.",
        "2024-11-16",
        arrested="2024-11-14",
        charged="2024-11-15",
    ),
    probe(
        "weekday-sat",
        "PARIS (EWS) - French police evacuated a migrant camp in northern Paris on Saturday, "
        "officials said.",
        "2024-11-16",
        evacuated="2024-11-16",
    ),
    # --- no publication date --------------------------------------------------------------------
    probe(
        "no-published",
        "KYIV (EWS) - Russia launched missiles at Odesa on Monday, Ukrainian officials said.",
        None,
        launched=None,
    ),
    probe(
        "no-published",
        "ADEN (EWS) - The Houthis seized a British-owned tanker in the Red Sea on Jan. 9, "
        "2024, the shipping agency said.",
        None,
        seized="2024-01-09",
    ),
    probe(
        "no-published",
        "ATHENS (EWS) - Greece and Turkey signed a declaration of friendship in 2023. Greek "
        "police arrested eight smugglers last week.",
        None,
        signed="2023",
        arrested=None,
    ),
    probe(
        "no-published",
        "DAKAR (EWS) - Senegalese police detained an opposition leader, his party said.",
        None,
        detained=None,
    ),
    probe(
        "no-published",
        "LA PAZ (EWS) - Bolivian troops surrounded the presidential palace on June 26, 2024, "
        "and arrested the army chief hours later.",
        None,
        arrested="2024-06-26",
    ),
]


def _trigger_offset(text: str, key: str) -> tuple[int, int]:
    word, _, nth = key.partition("_")
    found = list(re.finditer(rf"\b{re.escape(word)}\b", text))
    k = int(nth) - 1 if nth else 0
    assert len(found) > k, f"no {word!r} in the text"
    return found[k].span()


def _events_at(events: list[Event], span: tuple[int, int]) -> list[Event]:
    return [e for e in events if e.trigger.start < span[1] and span[0] < e.trigger.end]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "dates"), PROBES)
def test_event_dates(
    pipeline: Any, text: str, published: str | None, dates: dict[str, Any]
) -> None:
    result = pipeline.process_text(text, published=published)
    wrong = []
    for key, want in dates.items():
        found = _events_at(result.events, _trigger_offset(text, key))
        if not found:
            wrong.append(f"{key}: no event")
            continue
        got = {e.date.value if e.date else None for e in found}
        if got != {want}:
            wrong.append(f"{key}: {sorted(map(str, got))} != {want}")
    assert not wrong, "; ".join(wrong)


def test_the_suite_is_large_enough() -> None:
    assert len(PROBES) >= 90
