"""Actor roles: a probe suite of our own wire-style sentences on how a mention gets its role and
its country, from a demonym and a role noun ("Israeli police"), a title before an unknown name
("Defence Minister Avi Landau"), a body ("the Knesset", "the central bank"), a capital acting or
a city as a place, international bodies and their staff, and follow-up descriptions ("the
minister", "the rebels").

Each probe maps mention spans to the code every mention with that span must carry (``"-"``:
no mention has that span), under the
conventions of ``eval/actors.py`` (a capital acting is its government, a city as a place is its
country alone; a body's armed staff append ``MIL`` to an international body's code). The
names are invented unless a known office holder is the point. Probes of constructions the code
does not handle yet are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle
from wordcoded import probe_case

Parse = Callable[..., ParsedArticle]
NO_ACTOR = "-"  # an expected "code" saying that no mention has this span ("a general strike")


def probe(
    kind: str,
    text: str,
    expected: dict[str, str | None],
    *,
    published: str = "2025-10-27",
    xfail: str | None = None,
) -> Any:
    """A parametrized case whose id starts with its phenomenon, xfail(strict) if ``xfail``."""
    return probe_case(kind, text, expected, published, xfail=xfail)


PROBES = [
    # --- (a) a demonym and a role noun ---------------------------------------------------------
    probe(
        "demonym-role",
        "Israeli police arrested three men near the Old City on Friday.",
        {"Israeli police": "ISRCOP"},
    ),
    probe(
        "demonym-role",
        "Serb paramilitaries burned dozens of houses in the village, witnesses said.",
        {"Serb paramilitaries": "SRBMIL"},
    ),
    probe(
        "demonym-role",
        "Palestinian gunmen opened fire on an Israeli bus near Ramallah on Sunday.",
        {"Palestinian gunmen": "PSEUAF", "an Israeli bus": "ISRCVL"},
    ),
    probe(
        "demonym-role",
        "Iraqi lawmakers voted on Sunday to approve the new cabinet.",
        {"Iraqi lawmakers": "IRQLEG"},
    ),
    probe(
        "demonym-role",
        "Pakistani tribal elders met militant commanders to negotiate a truce.",
        {"Pakistani tribal elders": "PAKCVL"},
    ),
    probe(
        "demonym-role",
        "Indian troops killed two militants in a gunfight on Tuesday, the army said.",
        {"Indian troops": "INDMIL"},
    ),
    probe(
        "demonym-role",
        "Sudanese refugees crossed into Chad by the thousands last week.",
        {"Sudanese refugees": "SDNREF"},
    ),
    probe(
        "demonym-role",
        "Egyptian judges refused to oversee the referendum.",
        {"Egyptian judges": "EGYJUD"},
    ),
    probe(
        "demonym-role",
        "Turkish prosecutors charged 20 journalists with terrorism offences on Monday.",
        {"Turkish prosecutors": "TURJUD"},
    ),
    probe(
        "demonym-role",
        "Iranian clerics denounced the decision at Friday prayers.",
        {"Iranian clerics": "IRNREL"},
    ),
    probe(
        "demonym-role",
        "Chinese state media said the talks had been constructive.",
        {"Chinese state media": "CHNMED"},
    ),
    probe(
        "demonym-role",
        "Russian oil companies will be barred from the auction, the ministry said.",
        {"Russian oil companies": "RUSBUS"},
    ),
    probe(
        "demonym-role",
        "Afghan students protested outside the university on Wednesday.",
        {"Afghan students": "AFGEDU"},
    ),
    probe(
        "demonym-role",
        "Bolivian miners blocked the main highway for a third day.",
        {"Bolivian miners": "BOLLAB"},
    ),
    probe(
        "demonym-role",
        "Kenyan doctors went on strike over unpaid wages.",
        {"Kenyan doctors": "KENHLH"},
    ),
    probe(
        "demonym-role",
        "Syrian opposition activists said government forces had shelled the town.",
        {"Syrian opposition activists": "SYROPP"},
    ),
    probe(
        "demonym-role",
        "Colombian rebels released four hostages on Sunday.",
        {"Colombian rebels": "COLREB"},
    ),
    probe(
        "demonym-role",
        "Somali pirates seized a cargo ship off the Horn of Africa.",
        {"Somali pirates": "SOMCRM"},
    ),
    probe(
        "demonym-role",
        "Nigerian soldiers freed 30 kidnapped schoolgirls on Thursday.",
        {"Nigerian soldiers": "NGAMIL"},
    ),
    probe(
        "demonym-role",
        "Mexican police found the bodies of nine men near the border.",
        {"Mexican police": "MEXCOP"},
    ),
    probe(
        "demonym-role",
        "French diplomats met their Iranian counterparts in Vienna on Monday.",
        {"French diplomats": "FRAGOV", "their Iranian counterparts": "IRNGOV"},
    ),
    probe(
        "demonym-role",
        "Ukrainian lawmakers approved the budget on Thursday.",
        {"Ukrainian lawmakers": "UKRLEG"},
    ),
    probe(
        "demonym-role",
        "Greek farmers blocked roads with tractors to protest fuel prices.",
        {"Greek farmers": "GRCAGR"},
    ),
    probe(
        "demonym-role",
        "Chilean students clashed with police during a march on Thursday.",
        {"Chilean students": "CHLEDU"},
    ),
    probe(
        "demonym-role",
        "Brazilian prosecutors opened an investigation into the contracts.",
        {"Brazilian prosecutors": "BRAJUD"},
    ),
    probe(
        "demonym-role",
        "Venezuelan opposition leaders called for new protests on Saturday.",
        {"Venezuelan opposition leaders": "VENOPP"},
    ),
    probe(
        "demonym-role",
        "Thai protesters occupied the airport on Tuesday.",
        {"Thai protesters": "THACVL"},
    ),
    probe(
        "demonym-role",
        "North Korean state media warned of a nuclear strike.",
        {"North Korean state media": "PRKMED"},
    ),
    probe(
        "demonym-role",
        "South Korean officials said the talks would resume next month.",
        {"South Korean officials": "KORGOV"},
    ),
    probe(
        "demonym-role",
        "Saudi warplanes struck a rebel stronghold in northern Yemen.",
        {"Saudi warplanes": "SAUMIL"},
    ),
    probe(
        "demonym-role",
        "Israeli settlers attacked Palestinian farmers near Nablus on Saturday.",
        {"Israeli settlers": "ISRCVL", "Palestinian farmers": "PSEAGR"},
    ),
    probe(
        "demonym-role",
        "Haitian gangs have taken control of most of the capital.",
        {"Haitian gangs": "HTICRM"},
    ),
    probe(
        "demonym-role",
        "Burmese monks led a march through the city on Monday.",
        {"Burmese monks": "MMRREL"},
    ),
    probe(
        "demonym-role",
        "Georgian riot police fired tear gas at protesters outside parliament.",
        {"Georgian riot police": "GEOCOP"},
    ),
    probe(
        "demonym-role",
        "Belarusian security forces detained dozens of demonstrators.",
        {"Belarusian security forces": "BLRCOP"},
    ),
    probe(
        "demonym-role",
        "Algerian troops killed five Islamist militants in the mountains east of the capital.",
        {"Algerian troops": "DZAMIL"},
    ),
    probe(
        "demonym-role",
        "Chechen rebels seized a hospital in southern Russia.",
        {"Chechen rebels": "RUSREB"},
    ),
    probe(
        "demonym-role",
        "Filipino Muslim rebels signed a peace deal with Manila on Thursday.",
        {"Filipino Muslim rebels": "PHLREB", "Manila": "PHLGOV"},
    ),
    probe(
        "demonym-role",
        "Spanish fishermen protested against the new quotas.",
        {"Spanish fishermen": "ESPAGR"},
    ),
    probe(
        "demonym-role",
        "Japanese business leaders urged the government to cut taxes.",
        {"Japanese business leaders": "JPNBUS"},
    ),
    probe(
        "demonym-role",
        "Afghan police officers were killed in a roadside bombing.",
        {"Afghan police officers": "AFGCOP"},
    ),
    probe(
        "demonym-role",
        "Pakistani intelligence officials said the suspect had been detained.",
        {"Pakistani intelligence officials": "PAKSPY"},
    ),
    probe(
        "demonym-role",
        "Israeli army radio reported the raid on Sunday.",
        {"Israeli army radio": "ISRMED"},
    ),
    probe(
        "demonym-role",
        "Egyptian state television showed the president casting his ballot.",
        {"Egyptian state television": "EGYMED"},
    ),
    probe(
        "demonym-role",
        "Indonesian Muslim clerics issued a ruling against the sect.",
        {"Indonesian Muslim clerics": "IDNREL"},
    ),
    probe(
        "demonym-role",
        "Nepalese Maoist rebels called a general strike.",
        {"Nepalese Maoist rebels": "NPLREB"},
    ),
    probe(
        "demonym-role",
        "Peruvian coca growers clashed with police in the highlands.",
        {"Peruvian coca growers": "PERAGR"},
    ),
    probe(
        "demonym-role",
        "Argentine pensioners marched on Congress to demand higher payments.",
        {"Argentine pensioners": "ARGCVL"},
    ),
    probe(
        "demonym-role",
        "Moroccan border guards turned back hundreds of migrants.",
        {"Moroccan border guards": "MARCOP"},
    ),
    probe(
        "demonym-role",
        "Yemeni tribesmen kidnapped two foreign tourists.",
        {"Yemeni tribesmen": "YEMCVL"},
    ),
    probe(
        "demonym-role",
        "Uzbek authorities denied the report on Friday.",
        {"Uzbek authorities": "UZBGOV"},
    ),
    probe(
        "demonym-role",
        "Cuban dissidents were sentenced to long prison terms.",
        {"Cuban dissidents": "CUBOPP"},
    ),
    probe(
        "demonym-role",
        "Kuwaiti MPs questioned the oil minister for six hours.",
        {"Kuwaiti MPs": "KWTLEG"},
    ),
    probe(
        "demonym-role",
        "Hungarian journalists protested against the new media law.",
        {"Hungarian journalists": "HUNMED"},
    ),
    probe(
        "demonym-role",
        "Polish bishops criticised the bill in a letter read in churches.",
        {"Polish bishops": "POLREL"},
    ),
    probe(
        "demonym-role",
        "Ivorian rebels took control of the northern town.",
        {"Ivorian rebels": "CIVREB"},
    ),
    probe(
        "demonym-role",
        "Lebanese army troops deployed along the southern border.",
        {"Lebanese army troops": "LBNMIL"},
    ),
    probe(
        "demonym-role",
        "British MPs voted against the plan by a wide margin.",
        {"British MPs": "GBRLEG"},
    ),
    probe(
        "demonym-role",
        "Two American aid workers were kidnapped on Tuesday.",
        {"Two American aid workers": "USANGO"},
    ),
    probe(
        "demonym-role",
        "Dutch peacekeepers withdrew from the enclave in July.",
        {"Dutch peacekeepers": "NLDMIL"},
    ),
    probe(
        "demonym-role",
        "Russian warships entered the Black Sea on Monday.",
        {"Russian warships": "RUSMIL"},
    ),
    probe(
        "demonym-role",
        "Syrian government forces recaptured the town after a week of fighting.",
        {"Syrian government forces": "SYRMIL"},
    ),
    probe(
        "demonym-role",
        "Nigerian oil workers went on strike on Monday.",
        {"Nigerian oil workers": "NGALAB"},
    ),
    probe(
        "demonym-role",
        "Bangladeshi garment workers demanded higher wages.",
        {"Bangladeshi garment workers": "BGDLAB"},
    ),
    probe(
        "demonym-role",
        "Israeli reservists were called up on Sunday.",
        {"Israeli reservists": "ISRMIL"},
    ),
    probe(
        "demonym-role",
        "Palestinian prisoners began a hunger strike in Israeli jails.",
        {"Palestinian prisoners": "PSECVL"},
    ),
    probe(
        "demonym-role",
        "Iraqi insurgents ambushed a convoy north of the capital.",
        {"Iraqi insurgents": "IRQREB"},
    ),
    probe(
        "demonym-role",
        "Ecuadorean indigenous protesters blocked roads across the highlands.",
        {"Ecuadorean indigenous protesters": "ECUCVL"},
    ),
    probe(
        "demonym-role",
        "Russian human rights groups condemned the verdict.",
        {"Russian human rights groups": "RUSHRI"},
    ),
    probe(
        "demonym-role",
        "Kenyan truck drivers blocked the border crossing for two days.",
        {"Kenyan truck drivers": "KENLAB"},
    ),
    probe(
        "demonym-role",
        "Iraqi Shiite militiamen clashed with U.S. troops in the south.",
        {"U.S. troops": "USAMIL"},
    ),
    probe(
        "demonym-role",
        "Sri Lankan navy sailors rescued 40 people from a sinking boat.",
        {"Sri Lankan navy sailors": "LKAMIL"},
    ),
    probe(
        "demonym-role",
        "Congolese soldiers fled the town as the rebels advanced.",
        {"Congolese soldiers": "CODMIL"},
    ),
    probe(
        "demonym-role",
        "Kurdish guerrillas attacked a Turkish army post near the border.",
        {"Kurdish guerrillas": "TURREB", "Turkish army": "TURMIL"},
    ),
    probe(
        "demonym-role",
        "Sudanese militiamen on horseback raided the camp at dawn.",
        {"Sudanese militiamen": "SDNMIL"},
    ),
    probe(
        "demonym-role",
        "Chinese coast guard vessels blocked a Philippine supply boat.",
        {"Chinese coast guard": "CHNMIL"},
    ),
    probe(
        "demonym-role",
        "Israeli warplanes struck targets in southern Lebanon overnight.",
        {"Israeli warplanes": "ISRMIL"},
    ),
    probe(
        "demonym-role",
        "Afghan refugees returning from Pakistan crowded the border crossing.",
        {"Afghan refugees": "AFGREF"},
    ),
    probe(
        "demonym-role",
        "Iraqi Kurdish officials said the vote would go ahead.",
        {"Iraqi Kurdish officials": "IRQGOV"},
    ),
    probe(
        "demonym-role",
        "Saudi clerics called for a boycott of the products.",
        {"Saudi clerics": "SAUREL"},
    ),
    probe(
        "demonym-role",
        "Russian paratroopers landed at the airfield before dawn.",
        {"Russian paratroopers": "RUSMIL"},
    ),
    probe(
        "demonym-role",
        "Malian jihadists attacked an army base in the centre of the country.",
        {"Malian jihadists": "MLIREB"},
    ),
    probe(
        "demonym-role",
        "Ugandan rebels abducted dozens of children from their villages.",
        {"Ugandan rebels": "UGAREB"},
    ),
    probe(
        "demonym-role",
        "Ethiopian federal police raided the offices of the newspaper.",
        {"Ethiopian federal police": "ETHCOP"},
    ),
    probe(
        "demonym-role",
        "Lebanese Shiite clerics urged calm after the clashes.",
        {"Lebanese Shiite clerics": "LBNREL"},
    ),
    probe(
        "demonym-role",
        "Taiwanese fishermen said their boats had been rammed.",
        {"Taiwanese fishermen": "TWNAGR"},
    ),
    # --- (b) a title decides the role, the dateline or a demonym the country ------------------
    probe(
        "title",
        "JERUSALEM (EWS) - Defence Minister Avi Landau ordered the army to prepare for a wider "
        "operation.",
        {"Defence Minister Avi Landau": "ISRGOV", "the army": "ISRMIL"},
    ),
    probe(
        "title",
        "CAIRO (EWS) - Interior Minister Hassan Farouk said 40 people had been arrested.",
        {"Interior Minister Hassan Farouk": "EGYGOV"},
    ),
    probe(
        "title",
        "ISLAMABAD (EWS) - Gen. Tariq Saeed, the army chief, met the prime minister on Monday.",
        {"Gen. Tariq Saeed": "PAKMIL", "the prime minister": "PAKGOV"},
    ),
    probe(
        "title",
        "NAIROBI (EWS) - Opposition leader Daniel Mwangi called for mass protests on Friday.",
        {"Opposition leader Daniel Mwangi": "KENOPP"},
    ),
    probe(
        "title",
        "ABUJA (EWS) - Chief Justice Maria Okafor swore in the new president on Saturday.",
        {"Chief Justice Maria Okafor": "NGAJUD", "the new president": "NGAGOV"},
    ),
    probe(
        "title",
        "KYIV (EWS) - The speaker of parliament signed the law on Thursday.",
        {"The speaker of parliament": "UKRLEG"},
    ),
    probe(
        "title",
        "HARARE (EWS) - A ruling party spokesman dismissed the allegations as lies.",
        {"A ruling party spokesman": "ZWEGOV"},
    ),
    probe(
        "title",
        "MANILA (EWS) - A police spokesman said six suspects had been killed in the raid.",
        {"A police spokesman": "PHLCOP"},
    ),
    probe(
        "title",
        "KABUL (EWS) - The governor of Helmand province said insurgents had attacked two "
        "checkpoints.",
        {"The governor of Helmand province": "AFGGOV"},
    ),
    probe(
        "title",
        "Iraqi Prime Minister Ali Hassan al-Jabri arrived in Tehran on Sunday.",
        {"Iraqi Prime Minister Ali Hassan al-Jabri": "IRQGOV"},
    ),
    probe(
        "title",
        "Israeli Defence Minister Yoav Rosen said the operation would continue.",
        {"Israeli Defence Minister Yoav Rosen": "ISRGOV"},
    ),
    probe(
        "title",
        "French President Jean Dumont called for a ceasefire on Monday.",
        {"French President Jean Dumont": "FRAGOV"},
    ),
    probe(
        "title",
        "Brazilian Finance Minister Paulo Ramos announced spending cuts.",
        {"Brazilian Finance Minister Paulo Ramos": "BRAGOV"},
    ),
    probe(
        "title",
        "Pakistani army spokesman Maj. Gen. Asim Khan said 12 militants had been killed.",
        {"Pakistani army spokesman Maj. Gen. Asim Khan": "PAKMIL"},
    ),
    probe(
        "title",
        "Indian Home Minister Rajesh Kumar visited the region on Monday.",
        {"Indian Home Minister Rajesh Kumar": "INDGOV"},
    ),
    probe(
        "title",
        "WASHINGTON (EWS) - Attorney General Sarah Bloom announced charges against three men.",
        {"Attorney General Sarah Bloom": "USAJUD"},
    ),
    probe(
        "title",
        "Kenyan police chief John Otieno said the officers would be charged.",
        {"Kenyan police chief John Otieno": "KENCOP"},
    ),
    probe(
        "title",
        "Egypt's top prosecutor ordered the arrest of the former minister.",
        {"Egypt's top prosecutor": "EGYJUD"},
    ),
    probe(
        "title",
        "Turkey's chief of general staff met his Greek counterpart on Tuesday.",
        {"Turkey's chief of general staff": "TURMIL"},
    ),
    probe(
        "title",
        "Lebanon's parliament speaker Nabil Haddad called the session for Monday.",
        {"Lebanon's parliament speaker": "LBNLEG", "Nabil Haddad": "LBNLEG"},
    ),
    probe(
        "title",
        "The Syrian information minister denied the reports.",
        {"The Syrian information minister": "SYRGOV"},
    ),
    probe(
        "title",
        "Russia's top general said the offensive had achieved its aims.",
        {"Russia's top general": "RUSMIL"},
    ),
    probe(
        "title",
        "Iran's supreme leader rejected talks with Washington.",
        {"Iran's supreme leader": "IRNGOV", "Washington": "USAGOV"},
    ),
    probe(
        "title",
        "Nigeria's police inspector general ordered an inquiry into the shooting.",
        {"Nigeria's police inspector general": "NGACOP"},
    ),
    probe(
        "title",
        "Spain's Interior Minister Carlos Ruiz said the cell had been dismantled.",
        {"Spain's Interior Minister Carlos Ruiz": "ESPGOV"},
    ),
    probe(
        "title",
        "A U.S. military spokesman said two soldiers had been wounded.",
        {"A U.S. military spokesman": "USAMIL"},
    ),
    probe(
        "title",
        "A Pentagon spokesman declined to comment on the report.",
        {"A Pentagon spokesman": "USAMIL"},
    ),
    probe(
        "title",
        "A Kremlin spokesman said the president had no plans to attend.",
        {"A Kremlin spokesman": "RUSGOV"},
    ),
    probe(
        "title",
        "A State Department spokeswoman called the vote a step forward.",
        {"A State Department spokeswoman": "USAGOV"},
    ),
    probe(
        "title",
        "TUNIS (EWS) - An Interior Ministry spokesman said the attackers had been killed.",
        {"An Interior Ministry spokesman": "TUNGOV"},
    ),
    probe(
        "title",
        "BAGHDAD (EWS) - Maj. Gen. Karim Abbas, a police commander, said the bomber had been "
        "arrested.",
        {"Maj. Gen. Karim Abbas": "IRQCOP"},
    ),
    probe(
        "title",
        "LIMA (EWS) - Judge Rosa Paredes ordered the former president's arrest.",
        {"Judge Rosa Paredes": "PERJUD"},
    ),
    probe(
        "title",
        "WASHINGTON (EWS) - Senator Mark Ellison blocked the nomination on Tuesday.",
        {"Senator Mark Ellison": "USALEG"},
    ),
    probe(
        "title",
        "ANKARA (EWS) - Brig. Gen. Murat Yilmaz was appointed commander of the border units.",
        {"Brig. Gen. Murat Yilmaz": "TURMIL"},
        xfail="parse: the tokenizer splits 'Brig.' into 'Brig' and '.', and the rank's first "
        "word falls out of the mention",
    ),
    probe(
        "title",
        "ACCRA (EWS) - The head of the electoral commission announced the results on Sunday.",
        {"the electoral commission": "GHAGOV"},
    ),
    probe(
        "title",
        "DAKAR (EWS) - The country's top Muslim cleric called for calm.",
        {"The country's top Muslim cleric": "SENREL"},
    ),
    probe(
        "title",
        "NAIROBI (EWS) - The chairman of the central bank said inflation would fall.",
        {"The chairman of the central bank": "KENGOV"},
    ),
    probe(
        "title",
        "KAMPALA (EWS) - The army's chief of staff said the rebels had been routed.",
        {"The army's chief": "UGAMIL"},
    ),
    probe(
        "title",
        "BOGOTA (EWS) - The head of the national police said the cartel had been dismantled.",
        {"the national police": "COLCOP"},
    ),
    probe(
        "title",
        "LUSAKA (EWS) - Information Minister Grace Banda said the newspaper would be closed.",
        {"Information Minister Grace Banda": "ZMBGOV"},
    ),
    probe(
        "title",
        "NAIROBI (EWS) - Police Commissioner Peter Kamau ordered the officers to withdraw.",
        {"Police Commissioner Peter Kamau": "KENCOP"},
    ),
    probe(
        "title",
        "BANGKOK (EWS) - Army spokesman Col. Somchai Wong said troops had been deployed.",
        {"Army spokesman Col. Somchai Wong": "THAMIL"},
    ),
    probe(
        "title",
        "MANILA (EWS) - Supreme Court Justice Elena Cruz resigned on Monday.",
        {"Supreme Court Justice Elena Cruz": "PHLJUD"},
    ),
    probe(
        "title",
        "CARACAS (EWS) - Opposition lawmaker Luis Mendez was arrested at his home.",
        {"Opposition lawmaker Luis Mendez": "VENOPP"},
    ),
    probe(
        "title",
        "COLOMBO (EWS) - Rebel commander Velu Kannan said the group would fight on.",
        {"Rebel commander Velu Kannan": "LKAREB"},
    ),
    probe(
        "title",
        "ROME (EWS) - Bishop Marco Bellini condemned the attack on the church.",
        {"Bishop Marco Bellini": "ITAREL"},
    ),
    probe(
        "title",
        "JAKARTA (EWS) - Health Minister Dewi Santoso said 30 cases had been confirmed.",
        {"Health Minister Dewi Santoso": "IDNGOV"},
    ),
    probe(
        "title",
        "SEOUL (EWS) - Deputy Foreign Minister Park Jin-ho will travel to Beijing next week.",
        {"Deputy Foreign Minister Park Jin-ho": "KORGOV"},
    ),
    probe(
        "title",
        "ADDIS ABABA (EWS) - Mayor Abebe Tesfaye ordered the demolition of the market.",
        {"Mayor Abebe Tesfaye": "ETHGOV"},
    ),
    probe(
        "title",
        "MEXICO CITY (EWS) - Prosecutor General Ana Torres said the suspects had confessed.",
        {"Prosecutor General Ana Torres": "MEXJUD"},
    ),
    probe(
        "title",
        "The Syrian ambassador to the United Nations, Omar Khalil, rejected the report.",
        {"The Syrian ambassador": "SYRGOV", "Omar Khalil": "SYRGOV"},
    ),
    probe(
        "title",
        "ISLAMABAD (EWS) - Interior Minister Faisal Malik said the attackers had crossed from "
        "Afghanistan.",
        {"Interior Minister Faisal Malik": "PAKGOV"},
    ),
    probe(
        "title",
        "Israeli Prime Minister Ehud Barak met Palestinian leader Yasser Arafat at Camp David.",
        {
            "Israeli Prime Minister Ehud Barak": "ISRGOV",
            "Palestinian leader Yasser Arafat": "PSEGOV",
        },
        published="2000-07-12",
    ),
    probe(
        "title",
        "Defence Minister Amir Peretz said the army would stay in southern Lebanon.",
        {"Defence Minister Amir Peretz": "ISRGOV"},
        published="2006-08-01",  # the people table now holds Israel's defence ministers
    ),
    # --- (c) bodies --------------------------------------------------------------------------
    probe(
        "body",
        "The Knesset approved the bill by 61 votes to 53.",
        {"The Knesset": "ISRLEG"},
    ),
    probe(
        "body",
        "MOSCOW (EWS) - The Duma passed the law in a third reading on Wednesday.",
        {"The Duma": "RUSLEG"},
    ),
    probe(
        "body",
        "The Pentagon said two more aircraft carriers would be sent to the region.",
        {"The Pentagon": "USAMIL"},
    ),
    probe(
        "body",
        "The Kremlin rejected the proposal as unacceptable.",
        {"The Kremlin": "RUSGOV"},
    ),
    probe(
        "body",
        "The Foreign Ministry in Beijing said it had lodged a protest.",
        {"The Foreign Ministry": "CHNGOV", "Beijing": "CHN"},
    ),
    probe(
        "body",
        "MOSCOW (EWS) - The Interior Ministry said 200 people had been detained.",
        {"The Interior Ministry": "RUSGOV"},
    ),
    probe(
        "body",
        "ISLAMABAD (EWS) - The Supreme Court ordered the release of the detained lawyers.",
        {"The Supreme Court": "PAKJUD"},
    ),
    probe(
        "body",
        "ANKARA (EWS) - The central bank raised interest rates on Thursday.",
        {"The central bank": "TURGOV"},
    ),
    probe(
        "body",
        "TEHRAN (EWS) - State television said the missile had been tested successfully.",
        {"State television": "IRNMED"},
    ),
    probe(
        "body",
        "HARARE (EWS) - The ruling party said it would contest the results.",
        {"The ruling party": "ZWEGOV"},
    ),
    probe(
        "body",
        "BANGKOK (EWS) - The army said it had taken control to restore order.",
        {"The army": "THAMIL"},
    ),
    probe(
        "body",
        "COLOMBO (EWS) - The navy intercepted two rebel boats off the northern coast.",
        {"The navy": "LKAMIL"},
    ),
    probe(
        "body",
        "CAIRO (EWS) - Security forces fired tear gas to disperse the crowd.",
        {"Security forces": "EGYCOP"},
    ),
    probe(
        "body",
        "NIAMEY (EWS) - The junta expelled the French ambassador on Tuesday.",
        {"The junta": "NERGOV", "the French ambassador": "FRAGOV"},
    ),
    probe(
        "body",
        "The White House said the president would sign the bill.",
        {"The White House": "USAGOV"},
    ),
    probe(
        "body",
        "Downing Street said the prime minister had spoken to the families.",
        {"Downing Street": "GBRGOV"},
    ),
    probe(
        "body",
        "BERLIN (EWS) - The Bundestag voted to extend the mission by a year.",
        {"The Bundestag": "DEULEG"},
    ),
    probe(
        "body",
        "WASHINGTON (EWS) - Congress passed the spending bill late on Friday.",
        {"Congress": "USALEG"},
    ),
    probe(
        "body",
        "NEW DELHI (EWS) - The Lok Sabha passed the bill after a heated debate.",
        {"The Lok Sabha": "INDLEG"},
    ),
    probe(
        "body",
        "PARIS (EWS) - The National Assembly rejected the pension reform.",
        {"The National Assembly": "FRALEG"},
    ),
    probe(
        "body",
        "KYIV (EWS) - The Constitutional Court struck down the decree.",
        {"The Constitutional Court": "UKRJUD"},
    ),
    probe(
        "body",
        "The Egyptian parliament approved the constitutional amendments.",
        {"The Egyptian parliament": "EGYLEG"},
    ),
    probe(
        "body",
        "The Iraqi army launched an offensive to retake the city.",
        {"The Iraqi army": "IRQMIL"},
    ),
    probe(
        "body",
        "The Turkish military said it had killed 15 militants.",
        {"The Turkish military": "TURMIL"},
    ),
    probe(
        "body",
        "Russia's Defence Ministry said its air defences had shot down 40 drones.",
        {"Russia's Defence Ministry": "RUSGOV"},
    ),
    probe(
        "body",
        "ANKARA (EWS) - The intelligence service said it had captured a senior militant.",
        {"The intelligence service": "TURSPY"},
    ),
    probe(
        "body",
        "DHAKA (EWS) - The state news agency said 14 people had died in the floods.",
        {"The state news agency": "BGDMED"},
    ),
    probe(
        "body",
        "WASHINGTON (EWS) - The Senate Foreign Relations Committee approved the nomination on "
        "Tuesday.",
        {"The Senate Foreign Relations Committee": "USALEG"},
    ),
    probe(
        "body",
        "Britain's House of Commons voted to approve the treaty.",
        {"Britain's House of Commons": "GBRLEG"},
    ),
    probe(
        "body",
        "KINSHASA (EWS) - The presidential guard surrounded the opposition leader's home.",
        {"The presidential guard": "CODMIL"},
    ),
    probe(
        "body",
        "The Foreign Ministry in Moscow summoned the British ambassador.",
        {"The Foreign Ministry": "RUSGOV", "the British ambassador": "GBRGOV"},
    ),
    probe(
        "body",
        "JERUSALEM (EWS) - The Shin Bet security service said it had arrested two suspects.",
        {"The Shin Bet security service": "ISRSPY"},
    ),
    probe(
        "body",
        "The Chinese Communist Party's Politburo met on Friday.",
        {"The Chinese Communist Party's Politburo": "CHNGOV"},
    ),
    # --- (d) a capital acting is its government, a city as a place its country -----------------
    probe(
        "metonym",
        "Moscow denied the accusation on Tuesday.",
        {"Moscow": "RUSGOV"},
    ),
    probe(
        "place",
        "Thousands marched in Moscow on Saturday.",
        {"Moscow": "RUS"},
    ),
    probe(
        "metonym",
        "Washington imposed new sanctions on Caracas.",
        {"Washington": "USAGOV", "Caracas": "VEN"},
    ),
    probe(
        "place",
        "The talks will be held in Geneva next week.",
        {"Geneva": "CHE"},
    ),
    probe(
        "metonym",
        "Beijing warned Tokyo against interfering in its affairs.",
        {"Beijing": "CHNGOV", "Tokyo": "JPNGOV"},
    ),
    probe(
        "metonym",
        "Seoul and Pyongyang agreed to reopen the hotline.",
        {"Seoul": "KORGOV", "Pyongyang": "PRKGOV"},
    ),
    probe(
        "metonym",
        "Tehran rejected the offer on Wednesday.",
        {"Tehran": "IRNGOV"},
    ),
    probe(
        "place",
        "A bomb exploded in a crowded market in Baghdad on Friday.",
        {"Baghdad": "IRQ"},
    ),
    probe(
        "place",
        "Residents of Aleppo fled the fighting.",
        {"Residents of Aleppo": "SYRCVL"},
    ),
    probe(
        "metonym",
        "Russia said it would respond to the expulsions.",
        {"Russia": "RUS"},
    ),
    probe(
        "metonym",
        "Ankara summoned the Swedish ambassador on Monday.",
        {"Ankara": "TURGOV", "the Swedish ambassador": "SWEGOV"},
    ),
    probe(
        "place",
        "Protesters in Nairobi clashed with police on Tuesday.",
        {"Protesters in Nairobi": "KENCVL"},
    ),
    probe(
        "place",
        "Gunmen attacked a hotel in Mogadishu on Sunday.",
        {"Mogadishu": "SOM"},
    ),
    probe(
        "metonym",
        "Jakarta has asked Canberra to explain the spying.",
        {"Jakarta": "IDNGOV", "Canberra": "AUSGOV"},
    ),
    probe(
        "metonym",
        "Kinshasa accused Kigali of backing the rebels.",
        {"Kinshasa": "CODGOV", "Kigali": "RWAGOV"},
    ),
    probe(
        "metonym",
        "Riyadh recalled its ambassador from Beirut.",
        {"Riyadh": "SAUGOV"},
    ),
    probe(
        "place",
        "Rebels shelled Kabul overnight.",
        {"Kabul": "AFGCVL"},
    ),
    probe(
        "metonym",
        "London and Dublin signed the agreement on Friday.",
        {"London": "GBRGOV", "Dublin": "IRLGOV"},
    ),
    probe(
        "place",
        "The minister flew to Paris on Monday for the summit.",
        {"Paris": "FRA"},
    ),
    probe(
        "metonym",
        "Havana and Washington restored diplomatic relations.",
        {"Havana": "CUBGOV", "Washington": "USAGOV"},
    ),
    # --- (e) international bodies and their staff ---------------------------------------------
    probe(
        "igo",
        "U.N. peacekeepers patrolled the buffer zone on Sunday.",
        {"U.N. peacekeepers": "IGOUNOMIL"},
    ),
    probe(
        "igo",
        "Red Cross officials visited the detainees on Thursday.",
        {"Red Cross officials": "NGOHLHIRC"},
    ),
    probe(
        "igo",
        "Amnesty International accused the police of torture.",
        {"Amnesty International": "NGOHRIAMN"},
    ),
    probe(
        "igo",
        "EU foreign ministers agreed new sanctions on Monday.",
        {"EU foreign ministers": "IGOEUREEC"},
    ),
    probe(
        "igo",
        "NATO warplanes struck positions near the city.",
        {"NATO warplanes": "IGOWSTNATMIL"},
    ),
    probe(
        "igo",
        "The World Bank approved a $500 million loan to Kenya.",
        {"The World Bank": "IGOUNODEVWBK"},
    ),
    probe(
        "igo",
        "The IMF urged Argentina to cut spending.",
        {"The IMF": "IGOUNODEVIMF", "Argentina": "ARG"},
    ),
    probe(
        "igo",
        "African Union troops pulled out of the town on Friday.",
        {"African Union troops": "IGOAFRAFUMIL"},
    ),
    probe(
        "igo",
        "The Arab League suspended Syria's membership.",
        {"The Arab League": "IGOARBALS"},
    ),
    probe(
        "igo",
        "UNHCR officials said 5,000 people had crossed the border.",
        {"UNHCR officials": "IGOUNOREF"},
    ),
    probe(
        "igo",
        "ECOWAS leaders threatened to use force to restore the president.",
        {"ECOWAS leaders": "IGOWAFWAS"},
    ),
    probe(
        "igo",
        "A U.N. envoy met the rebel leaders on Monday.",
        {"A U.N. envoy": "IGOUNO"},
    ),
    probe(
        "igo",
        "The International Committee of the Red Cross said it had lost contact with its staff.",
        {"The International Committee of the Red Cross": "NGOHLHIRC"},
    ),
    probe(
        "igo",
        "The U.N. Security Council condemned the attack.",
        {"The U.N. Security Council": "IGOUNO"},
    ),
    probe(
        "igo",
        "A human rights group said 30 protesters had been killed.",
        {"A human rights group": "NGOHRI"},
    ),
    probe(
        "igo",
        "NATO peacekeepers arrested a war crimes suspect in Bosnia.",
        {"NATO peacekeepers": "IGOWSTNATMIL"},
    ),
    probe(
        "igo",
        "U.N. inspectors left Iraq on Wednesday.",
        {"U.N. inspectors": "IGOUNO"},
        xfail="'inspector' is no role word: as one, the inspectors a body sends to a country "
        "would become its acts' target in place of the country they inspect",
    ),
    probe(
        "igo",
        "The European Commission fined the company 2 billion euros.",
        {"The European Commission": "IGOEUREEC"},
    ),
    probe(
        "igo",
        "World Health Organization officials said the outbreak was under control.",
        {"World Health Organization officials": "IGOUNOHLH"},
    ),
    probe(
        "igo",
        "UNICEF said 300 children had been killed since January.",
        {"UNICEF": "IGOUNOKID"},
    ),
    # --- (f) follow-ups: a description or a pronoun stands for an actor named before ----------
    probe(
        "follow-up",
        "CAIRO (EWS) - Interior Minister Hassan Farouk said 40 people had been arrested. The "
        "minister said more arrests were expected.",
        {"The minister": "EGYGOV"},
    ),
    probe(
        "follow-up",
        "Maoist rebels attacked a police post in western Nepal on Sunday. The rebels later "
        "withdrew into the hills.",
        {"The rebels": "NPLREB"},
    ),
    probe(
        "follow-up",
        "Amnesty International accused the army of torture. The group said it had documented "
        "40 cases.",
        {"The group": "NGOHRIAMN"},
    ),
    probe(
        "follow-up",
        "Hamas fired rockets at Israeli towns overnight. The group said the barrage answered "
        "an air strike.",
        {"Hamas": "PSEREBHMS", "The group": "PSEREBHMS"},
    ),
    probe(
        "follow-up",
        "Human Rights Watch accused the police of abuses. The organization called for an inquiry.",
        {"The organization": "NGOHRIHRW"},
    ),
    probe(
        "follow-up",
        "Indian troops killed two militants on Tuesday. The soldiers were searching a village.",
        {"The soldiers": "INDMIL"},
    ),
    probe(
        "follow-up",
        "Kenyan doctors went on strike on Monday. The doctors are demanding better pay.",
        {"The doctors": "KENHLH"},
    ),
    probe(
        "follow-up",
        "CAIRO (EWS) - Interior Minister Hassan Farouk said 40 people had been arrested. He "
        "gave no details.",
        {"He": "EGYGOV"},
    ),
    probe(
        "follow-up",
        "Colombian rebels released four hostages on Sunday. The guerrillas handed them to the "
        "Red Cross.",
        {"The guerrillas": "COLREB"},
    ),
    probe(
        "follow-up",
        "Egyptian judges refused to oversee the vote. The judges said the count was not free.",
        {"The judges": "EGYJUD"},
    ),
    probe(
        "follow-up",
        "BANGKOK (EWS) - Army chief Gen. Prayut Chan-o-cha said the army had taken control. The "
        "general promised elections.",
        {"The general": "THAMIL"},
        published="2014-05-22",
    ),
    probe(
        "follow-up",
        "Israeli police arrested three men on Friday. The police said the men had planned an "
        "attack.",
        {"The police": "ISRCOP"},
    ),
    probe(
        "follow-up",
        "The Kremlin rejected the proposal on Monday. It said the plan was unacceptable.",
        {"It": "RUSGOV"},
    ),
    probe(
        "follow-up",
        "Sudanese refugees crossed into Chad last week. The refugees said their villages had "
        "been burned.",
        {"The refugees": "SDNREF"},
    ),
    probe(
        "follow-up",
        "MOSCOW (EWS) - Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in "
        "Ankara. The two ministers discussed the war.",
        {"Russian Foreign Minister Sergei Lavrov": "RUSGOV", "his Turkish counterpart": "TURGOV"},
    ),
    probe(
        "follow-up",
        "Venezuelan opposition leaders called for protests. The opposition said the vote had "
        "been rigged.",
        {"The opposition": "VENOPP"},
    ),
    probe(
        "follow-up",
        "U.N. peacekeepers patrolled the buffer zone. The peacekeepers reported no incidents.",
        {"The peacekeepers": "IGOUNOMIL"},
    ),
    # --- more of each kind: coordination, ranks, possessed offices, aliases, eras ----------
    probe(
        "demonym-role",
        "Afghan and U.S. troops cleared the valley on Monday.",
        {"Afghan and U.S. troops": "AFGMIL", "U.S.": "USAMIL"},
    ),
    probe(
        "demonym-role",
        "Israeli and Palestinian negotiators met in Cairo on Sunday.",
        {"Israeli and Palestinian negotiators": "ISRGOV", "Palestinian": "PSEGOV"},
    ),
    probe(
        "demonym-role",
        "Iraqi Shiite militiamen clashed with Sunni tribesmen north of the capital.",
        {"Iraqi Shiite militiamen": "IRQMIL"},
    ),
    probe(
        "demonym-role",
        "An Iraqi Foreign Ministry spokesman rejected the charge.",
        {"An Iraqi Foreign Ministry spokesman": "IRQGOV"},
    ),
    probe(
        "demonym-role",
        "Iranian Revolutionary Guards seized a British tanker in the Gulf.",
        {"Iranian Revolutionary Guards": "IRNMIL"},
    ),
    probe(
        "demonym-role",
        "Malian soldiers and French troops retook the town.",
        {"Malian soldiers": "MLIMIL", "French troops": "FRAMIL"},
    ),
    probe(
        "title",
        "Ugandan President Yoweri Museveni met rebel envoys in Kampala.",
        {"Ugandan President Yoweri Museveni": "UGAGOV"},
        published="2005-03-01",
    ),
    probe(
        "title",
        "Yugoslav President Slobodan Milosevic rejected the peace plan.",
        {"Yugoslav President Slobodan Milosevic": "SRBGOV"},
        published="1999-03-20",
    ),
    probe(
        "title",
        "MANILA (EWS) - Vice President Rosa Lim called for calm.",
        {"Vice President Rosa Lim": "PHLGOV"},
    ),
    probe(
        "title",
        "LONDON (EWS) - Foreign Secretary Tom Harris summoned the Russian ambassador.",
        {"Foreign Secretary Tom Harris": "GBRGOV", "the Russian ambassador": "RUSGOV"},
    ),
    probe(
        "title",
        "ACCRA (EWS) - The country's president dissolved parliament on Monday.",
        {"The country's president": "GHAGOV", "parliament": "GHALEG"},
    ),
    probe(
        "title",
        "BEIJING (EWS) - Premier Li Wen said growth would slow.",
        {"Premier Li Wen": "CHNGOV"},
    ),
    probe(
        "title",
        "WASHINGTON (EWS) - Gov. Mary Keller of Maryland signed the bill on Friday.",
        {"Gov. Mary Keller": "USAGOV"},
    ),
    probe(
        "title",
        "CAIRO (EWS) - Lt. Gen. Sami Fawzi, the army chief of staff, visited the front.",
        {"Lt. Gen. Sami Fawzi": "EGYMIL"},
    ),
    probe(
        "title",
        "WASHINGTON (EWS) - Rep. John Walsh introduced the bill on Tuesday.",
        {"Rep. John Walsh": "USALEG"},
    ),
    probe(
        "title",
        "TEHRAN (EWS) - Ayatollah Hassan Karimi denounced the agreement.",
        {"Ayatollah Hassan Karimi": "IRNREL"},
    ),
    probe(
        "title",
        "BERLIN (EWS) - Chancellor Klaus Becker said Germany would send more aid.",
        {"Chancellor Klaus Becker": "DEUGOV"},
    ),
    probe(
        "title",
        "AMMAN (EWS) - Minister of Interior Khaled Omar said the cell had been broken up.",
        {"Minister of Interior Khaled Omar": "JORGOV"},
    ),
    probe(
        "title",
        "LAGOS (EWS) - Police chief Musa Bello said 20 suspects were in custody.",
        {"Police chief Musa Bello": "NGACOP"},
    ),
    probe(
        "title",
        "SANTIAGO (EWS) - The chief prosecutor opened an inquiry into the deaths.",
        {"The chief prosecutor": "CHLJUD"},
    ),
    probe(
        "title",
        "DHAKA (EWS) - An army officer said the troops had orders to shoot.",
        {"An army officer": "BGDMIL"},
    ),
    probe(
        "title",
        "KARACHI (EWS) - A senior police officer said the gunmen had fled.",
        {"A senior police officer": "PAKCOP"},
    ),
    probe(
        "title",
        "HARARE (EWS) - A government minister denied the report.",
        {"A government minister": "ZWEGOV"},
    ),
    probe(
        "title",
        "NAIROBI (EWS) - Election commission chairman Paul Njoroge declared the results.",
        {"Election commission chairman Paul Njoroge": "KENGOV"},
    ),
    probe(
        "title",
        "BOGOTA (EWS) - Colonel Juan Ortiz, a rebel commander, surrendered to troops.",
        {"Colonel Juan Ortiz": "COLREB"},
    ),
    probe(
        "title",
        "KYIV (EWS) - The country's top diplomat flew to Brussels.",
        {"The country's top diplomat": "UKRGOV"},
    ),
    probe(
        "title",
        "ROME (EWS) - Cardinal Paolo Ricci led the funeral mass.",
        {"Cardinal Paolo Ricci": "ITAREL"},
    ),
    probe(
        "body",
        "JERUSALEM (EWS) - The security cabinet approved the operation late on Thursday.",
        {"The security cabinet": "ISRGOV"},
    ),
    probe(
        "body",
        "The Israeli cabinet approved the ceasefire deal.",
        {"The Israeli cabinet": "ISRGOV"},
    ),
    probe(
        "body",
        "TOKYO (EWS) - The upper house passed the defence bill.",
        {"The upper house": "JPNLEG"},
    ),
    probe(
        "body",
        "CAIRO (EWS) - The state-run newspaper Al-Ahram said the talks had failed.",
        {"The state-run newspaper": "EGYMED"},
    ),
    probe(
        "body",
        "The Supreme Court of Pakistan ordered the prime minister to appear.",
        {"The Supreme Court of Pakistan": "PAKJUD", "the prime minister": "PAKGOV"},
    ),
    probe(
        "body",
        "ANKARA (EWS) - Parliament approved the deployment of troops to Libya.",
        {"Parliament": "TURLEG"},
        xfail="another state in the sentence (where the troops go) keeps the dateline from "
        "placing parliament, a guard for stories datelined away from the country they cover",
    ),
    probe(
        "body",
        "NAIROBI (EWS) - The police said 12 people had died in the protests.",
        {"The police": "KENCOP"},
    ),
    probe(
        "body",
        "ATHENS (EWS) - The Finance Ministry said the deficit had narrowed.",
        {"The Finance Ministry": "GRCGOV"},
    ),
    probe(
        "body",
        "Lebanon's Hezbollah fired rockets into northern Israel.",
        {"Lebanon's Hezbollah": "LBNREBHEZ"},
    ),
    probe(
        "metonym",
        "Moscow's ambassador was summoned on Monday.",
        {"Moscow's ambassador": "RUSGOV"},
    ),
    probe(
        "metonym",
        "New Delhi rejected the statement as baseless.",
        {"New Delhi": "INDGOV"},
    ),
    probe(
        "metonym",
        "Kyiv said the strikes had hit power stations.",
        {"Kyiv": "UKRGOV"},
    ),
    probe(
        "metonym",
        "Taipei protested against the military drills.",
        {"Taipei": "TWNGOV"},
    ),
    probe(
        "place",
        "Residents of Kyiv spent the night in metro stations.",
        {"Residents of Kyiv": "UKRCVL"},
    ),
    probe(
        "metonym",
        "The Baghdad government rejected the Kurdish vote.",
        {"The Baghdad government": "IRQGOV"},
    ),
    probe(
        "metonym",
        "Beijing's foreign ministry lodged a protest.",
        {"Beijing's foreign ministry": "CHNGOV"},
    ),
    probe(
        "igo",
        "The U.N. refugee agency said 2 million people had fled.",
        {"The U.N. refugee agency": "IGOUNOREF"},
    ),
    probe(
        "igo",
        "OSCE monitors reported heavy shelling overnight.",
        {"OSCE": "IGOEUROSC"},
    ),
    probe(
        "igo",
        "The African Union suspended Mali's membership.",
        {"The African Union": "IGOAFRAFU"},
    ),
    probe(
        "igo",
        "EU leaders agreed a new aid package on Thursday.",
        {"EU leaders": "IGOEUREEC"},
    ),
    probe(
        "igo",
        "Doctors Without Borders said its hospital had been hit.",
        {"Doctors Without Borders": "NGOHLHMSF"},
    ),
    probe(
        "igo",
        "A Red Cross spokesman said the convoy had reached the city.",
        {"A Red Cross spokesman": "NGOHLHIRC"},
    ),
    probe(
        "igo",
        "The World Food Programme suspended deliveries in the north.",
        {"The World Food Programme": "IGOUNOWFP"},
    ),
    probe(
        "igo",
        "The U.N. human rights chief called for an inquiry.",
        {"The U.N. human rights chief": "IGOUNOHRI"},
    ),
    probe(
        "igo",
        "NATO troops handed over security to Afghan forces.",
        {"NATO troops": "IGOWSTNATMIL", "Afghan forces": "AFGMIL"},
    ),
    probe(
        "follow-up",
        "Iraqi troops entered the city on Monday. The troops met little resistance.",
        {"The troops": "IRQMIL"},
    ),
    probe(
        "follow-up",
        "Russia's Defence Ministry said 40 drones had been downed. The ministry gave no details.",
        {"The ministry": "RUSGOV"},
    ),
    probe(
        "follow-up",
        "Pakistan's Supreme Court ordered a recount. The court said the vote had been flawed.",
        {"The court": "PAKJUD"},
    ),
    probe(
        "follow-up",
        "Somali militants attacked a hotel in the capital. The militants held out for hours.",
        {"The militants": "SOMREB"},
    ),
    probe(
        "follow-up",
        "Thai protesters occupied the airport. The protesters demanded new elections.",
        {"The protesters": "THACVL"},
    ),
    probe(
        "follow-up",
        "LIMA (EWS) - Interior Minister Ana Paredes resigned on Friday. She said she had been "
        "betrayed.",
        {"She": "PERGOV"},
    ),
    probe(
        "follow-up",
        "The International Atomic Energy Agency said Iran had expanded enrichment. The agency "
        "said it had lost track of some material.",
        {"The agency": "IGOUNOIAE"},
    ),
    probe(
        "follow-up",
        "Hezbollah fired rockets into Israel. The Iranian-backed group said it was answering an "
        "air strike.",
        {"The Iranian-backed group": "LBNREBHEZ"},
    ),
    # --- eras, faiths, home groups in a datelined story, armed bodies' ranks, groups ----------
    probe(
        "era",
        "Soviet troops completed their withdrawal from Afghanistan on Wednesday.",
        {"Soviet troops": "RUSMIL"},
        published="1989-02-15",
    ),
    probe(
        "era",
        "Zairean soldiers looted shops across the capital.",
        {"Zairean soldiers": "CODMIL"},
        published="1991-09-24",
    ),
    probe(
        "era",
        "Rhodesian security forces raided guerrilla camps in Mozambique.",
        {"Rhodesian security forces": "ZWECOP"},
        published="1978-11-01",
    ),
    probe(
        "era",
        "Czechoslovak dissidents signed a petition calling for free elections.",
        {"Czechoslovak dissidents": "CZEOPP"},
        published="1988-10-28",
    ),
    probe(
        "era",
        "The Yugoslav army shelled the Croatian town overnight.",
        {"The Yugoslav army": "SRBMIL"},
        published="1991-10-01",
    ),
    probe(
        "era",
        "The Burmese junta refused to hand over power.",
        {"The Burmese junta": "MMRGOV"},
        published="1990-07-01",
    ),
    probe(
        "demonym-role",
        "Iraqi Republican Guard units moved south on Tuesday.",
        {"Iraqi Republican Guard units": "IRQMIL"},
        published="2003-03-25",
    ),
    probe(
        "demonym-role",
        "Israeli Border Police officers detained two youths.",
        {"Israeli Border Police officers": "ISRCOP"},
    ),
    probe(
        "demonym-role",
        "Mexican drug cartels have infiltrated the local police.",
        {"Mexican drug cartels": "MEXCRM"},
    ),
    probe(
        "demonym-role",
        "Filipino fishermen said Chinese vessels had chased them away.",
        {"Filipino fishermen": "PHLAGR"},
    ),
    probe(
        "demonym-role",
        "Kenyan Muslim leaders condemned the attack on the church.",
        {"Kenyan Muslim leaders": "KENREL"},
    ),
    probe(
        "demonym-role",
        "Nigerian church leaders called for calm after the killings.",
        {"Nigerian church leaders": "NGAREL"},
    ),
    probe(
        "demonym-role",
        "Irish Catholic bishops apologised to the victims.",
        {"Irish Catholic bishops": "IRLREL"},
    ),
    probe(
        "demonym-role",
        "Israeli Arab lawmakers walked out of the session.",
        {"Israeli Arab lawmakers": "ISRLEG"},
    ),
    probe(
        "demonym-role",
        "Palestinian security forces arrested 20 militants in Jenin.",
        {"Palestinian security forces": "PSECOP"},
    ),
    probe(
        "demonym-role",
        "Afghan National Army soldiers took over the base.",
        {"Afghan National Army soldiers": "AFGMIL"},
    ),
    probe(
        "demonym-role",
        "Salvadoran gang members were transferred to the new prison.",
        {"Salvadoran gang members": "SLVCRM"},
    ),
    probe(
        "dateline-group",
        "KYIV (EWS) - Lawmakers voted on Thursday to extend martial law.",
        {"Lawmakers": "UKRLEG"},
    ),
    probe(
        "dateline-group",
        "NAIROBI (EWS) - Doctors went on strike on Monday over unpaid wages.",
        {"Doctors": "KENHLH"},
    ),
    probe(
        "dateline-group",
        "DHAKA (EWS) - Garment workers blocked roads for a second day.",
        {"Garment workers": "BGDLAB"},
    ),
    probe(
        "dateline-group",
        "Students marched through Santiago on Thursday to demand free tuition.",
        {"Students": "CHLEDU"},
    ),
    probe(
        "dateline-group",
        "ISTANBUL (EWS) - Prosecutors charged 12 people over the protests.",
        {"Prosecutors": "TURJUD"},
    ),
    probe(
        "dateline-group",
        "HARARE (EWS) - Ruling party lawmakers voted to amend the constitution.",
        {"Ruling party lawmakers": "ZWELEG"},
    ),
    probe(
        "dateline-group",
        "LA PAZ (EWS) - Miners clashed with police outside the presidential palace.",
        {"Miners": "BOLLAB"},
    ),
    probe(
        "metonym",
        "Tokyo's ambassador was recalled for consultations.",
        {"Tokyo's ambassador": "JPNGOV"},
    ),
    probe(
        "metonym",
        "Paris and Berlin pushed for a joint response.",
        {"Paris": "FRAGOV", "Berlin": "DEUGOV"},
    ),
    probe(
        "place",
        "The ceasefire talks in Minsk ended without a deal.",
        {"Minsk": "BLR"},
    ),
    probe(
        "metonym",
        "Capitol Hill reacted angrily to the pardon.",
        {"Capitol Hill": "USALEG"},
    ),
    probe(
        "igo",
        "Interpol issued an arrest warrant for the former minister.",
        {"Interpol": "IGOCOPITP"},
    ),
    probe(
        "igo",
        "The Gulf Cooperation Council called for restraint.",
        {"The Gulf Cooperation Council": "IGOGCCGCC"},
    ),
    probe(
        "follow-up",
        "Hezbollah fired rockets into Israel. The Lebanese group said it was answering an air "
        "strike.",
        {"The Lebanese group": "LBNREBHEZ"},
    ),
    probe(
        "follow-up",
        "KABUL (EWS) - The Taliban seized the district on Sunday. The militants later withdrew.",
        {"The militants": "AFGREB"},
    ),
    probe(
        "follow-up",
        "BAGHDAD (EWS) - The prime minister sacked the army chief. He said the army had failed.",
        {"He": "IRQGOV"},
    ),
    probe(
        "title",
        "ISLAMABAD (EWS) - The army chief met the prime minister on Monday.",
        {"The army chief": "PAKMIL", "the prime minister": "PAKGOV"},
    ),
    probe(
        "title",
        "NAIROBI (EWS) - A court spokesman said the ruling would be delivered on Friday.",
        {"A court spokesman": "KENJUD"},
    ),
    probe(
        "title",
        "MOSCOW (EWS) - A Defence Ministry spokesman said the drones had been destroyed.",
        {"A Defence Ministry spokesman": "RUSGOV"},
    ),
    probe(
        "title",
        "CAIRO (EWS) - A security official said the attackers had been killed.",
        {"A security official": "EGYCOP"},
    ),
    # --- capitals and places, descriptions, former office holders; what no actor is ("-") ---
    probe(
        "metonym",
        "Washington and Moscow traded accusations on Monday.",
        {"Washington": "USAGOV", "Moscow": "RUSGOV"},
    ),
    probe(
        "place",
        "The summit in Washington ended on Friday.",
        {"Washington": "USA"},
    ),
    probe(
        "place",
        "Officials in Kabul said the road had been reopened.",
        {"Officials": "AFGGOV", "Kabul": "AFG"},
    ),
    probe(
        "metonym",
        "Moscow's forces pushed towards the city.",
        {"Moscow's forces": "RUSMIL"},
    ),
    probe(
        "place",
        "The team arrived in Beijing on Tuesday.",
        {"Beijing": "CHN"},
    ),
    probe(
        "metonym",
        "Damascus accused Ankara of arming the rebels.",
        {"Damascus": "SYRGOV", "Ankara": "TURGOV"},
    ),
    probe(
        "body",
        "London's Metropolitan Police arrested four men.",
        {"London's Metropolitan Police": "GBRCOP"},
    ),
    probe(
        "body",
        "The Kremlin's spokesman dismissed the report.",
        {"The Kremlin's spokesman": "RUSGOV"},
    ),
    probe(
        "follow-up",
        "The Syrian army shelled the town on Monday. It said it had killed dozens of fighters.",
        {"It": "SYRMIL"},
    ),
    probe(
        "follow-up",
        "The Knesset passed the bill on Monday. Lawmakers voted 64 to 52.",
        {"Lawmakers": "ISRLEG"},
    ),
    probe(
        "follow-up",
        "Venezuela's National Electoral Council declared the president the winner. The council "
        "gave no breakdown.",
        {"The council": "VENGOV"},
    ),
    probe(
        "negative",
        "The embassy in Kabul was closed on Monday.",
        {"The embassy": "---GOV"},
    ),
    probe(
        "negative",
        "Troops in Kabul were put on alert.",
        {"Troops": "---MIL"},
    ),
    probe(
        "negative",
        "Workers went on a general strike on Monday.",
        {"a general strike": "-", "general": "-"},
    ),
    probe(
        "negative",
        "Amnesty International said the group of protesters had been beaten.",
        {"the group": "-"},
    ),
    probe(
        "negative",
        "LONDON (EWS) - The army shelled the outskirts of El Fasher overnight, residents said.",
        {"The army": "---MIL"},
        xfail="a story datelined away from the fighting: the dateline places 'the army', whose "
        "country the text never names (the town shelled is no owner: an army shells the other "
        "side's towns)",
    ),
    probe(
        "negative",
        "KABUL (EWS) - Foreign diplomats said the talks had stalled.",
        {"Foreign diplomats": "---GOV"},
    ),
    probe(
        "negative",
        "The government in exile met in London on Monday.",
        {"The government": "---GOV"},
    ),
    probe(
        "title",
        "KHARTOUM (EWS) - The army spokesman said the city had been retaken.",
        {"The army spokesman": "SDNMIL"},
    ),
    probe(
        "title",
        "Israeli Prime Minister Benjamin Netanyahu met Jordan's King Abdullah in Amman.",
        {"Israeli Prime Minister Benjamin Netanyahu": "ISRGOV", "Jordan's King Abdullah": "JORGOV"},
        published="1998-01-10",
    ),
    probe(
        "title",
        "Egyptian President Hosni Mubarak hosted the summit in Sharm el-Sheikh.",
        {"Egyptian President Hosni Mubarak": "EGYGOV"},
        published="2005-02-08",
    ),
    probe(
        "title",
        "Former President Jimmy Carter arrived in Pyongyang.",
        {"Former President Jimmy Carter": "USAELI"},
        published="2010-08-25",
    ),
    probe(
        "title",
        "ISLAMABAD (EWS) - The former army chief was arrested at his home on Monday.",
        {"The former army chief": "PAKELI"},
    ),
    probe(
        "demonym-role",
        "Sunni Arab insurgents attacked a police station in Ramadi.",
        {"police": "IRQCOP", "Ramadi": "IRQ"},
        published="2005-06-01",
    ),
    probe(
        "demonym-role",
        "Kosovo Albanian guerrillas ambushed a Serbian police patrol.",
        {"Serbian police": "SRBCOP"},
        published="1998-06-01",
    ),
    probe(
        "demonym-role",
        "Rwandan Hutu militiamen crossed the border into Congo.",
        {"Rwandan Hutu militiamen": "RWAMIL"},
        published="1996-10-01",
        xfail="parse: the tagger reads 'Rwandan Hutu' as a person, which hides the demonym from "
        "the role",
    ),
    probe(
        "demonym-role",
        "Bosnian Muslim troops launched an offensive near Sarajevo.",
        {"Bosnian Muslim troops": "BIHMIL"},
        published="1995-06-15",
    ),
    probe(
        "demonym-role",
        "East Timorese refugees returned from West Timor.",
        {"East Timorese refugees": "TLSREF"},
        published="2000-01-10",
    ),
]


@pytest.mark.parametrize(("text", "expected", "published"), PROBES)
def test_role_probe(
    parse: Parse, text: str, expected: dict[str, str | None], published: str
) -> None:
    mentions = extract_actors(parse(text, published=published), load_actor_dictionary())
    found = {span: [m.code for m in mentions if m.span.text == span] for span in expected}
    absent = {span for span, code in expected.items() if code == NO_ACTOR}
    extra = [span for span in absent if found[span]]
    missing = [span for span, codes in found.items() if not codes and span not in absent]
    wrong = {
        span: codes
        for span, codes in found.items()
        if span not in absent and codes != [expected[span]] * len(codes)
    }
    everything = [(m.span.text, m.code) for m in mentions]
    assert not extra, f"mentions where no actor is: {extra}; all: {everything}"
    assert not missing, f"no mention spans {missing}; all: {everything}"
    assert not wrong, f"wrong codes {wrong}; all: {everything}"
