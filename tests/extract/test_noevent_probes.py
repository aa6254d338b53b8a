"""Precision: a probe suite of our own wire-style sentences that report no codeable political
event, or one real act beside decoys, through the whole pipeline.

Gold sets count any event coded on a sentence without one as a false positive, and the most
frequent such error is a spurious fight (CAMEO 19) read off sport, markets, figurative war,
weather, history or a name. Each probe names the events a careful CAMEO coder would code, as
(source country, target country, CAMEO root), usually none at all. A probe passes when every
expected event is found and no other event is scored. Scored follows the event evaluations
(``eval.event_scoring``): an act told as hypothetical, as a question or as not having happened
is stored with its flags but asserts nothing, so it may be coded and is not counted here.
Probes the code does not handle yet are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.eval.event_scoring import scored
from eventwire.models import ParsedArticle
from wordcoded import probe_case, triples

Parse = Callable[..., ParsedArticle]
Triple = tuple[str | None, str | None, str]


def probe(kind: str, text: str, *expected: Triple, xfail: str | None = None) -> Any:
    """A parametrized case: ``text`` must score exactly ``expected`` (none when empty)."""
    return probe_case(kind, text, expected, xfail=xfail)


PROBES = [
    # --- sport: beat, crush, attack, clash, face, besiege -----------------------------------
    probe("sport", "Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday."),
    probe("sport", "The striker attacked the goal from the left wing in the second half."),
    probe("sport", "France crushed Italy 40-10 in the Six Nations on Saturday."),
    probe("sport", "Germany defeated England on penalties to reach the final in Munich."),
    probe("sport", "Japan thrashed South Korea 5-0 in the women's Asian Cup in Tokyo."),
    probe("sport", "The Nigerian boxer knocked out his Ghanaian opponent in the third round."),
    probe("sport", "Australia will face New Zealand in the semi-final next week."),
    probe("sport", "The Serbian tennis star fought back from two sets down to win in Paris."),
    probe("sport", "Kenyan runners dominated the Boston marathon, taking all three podium places."),
    probe(
        "sport", "Argentina's forwards besieged the Brazilian penalty area in the final minutes."
    ),
    probe(
        "sport",
        "Ireland ambushed the favourites with a try in the opening minute in Dublin.",
        xfail="sport named by no word only sport uses: the fight is read as force",
    ),
    probe("sport", "The Egyptian club signed a Moroccan midfielder on a three-year contract."),
    probe("sport", "Ghana will host Nigeria in a friendly in Kumasi on Sunday."),
    probe(
        "sport", "Pakistan's bowlers bombarded the Indian batsmen with short-pitched deliveries."
    ),
    probe("sport", "Mexico's goalkeeper blocked a late penalty to deny the United States a draw."),
    probe(
        "sport",
        "Spain's captain was sent off after a clash with a Portuguese defender.",
        xfail="sport named by no word only sport uses: the fight is read as force",
    ),
    probe(
        "sport", "Croatia battled past Denmark in a penalty shootout to reach the quarter-finals."
    ),
    probe(
        "sport",
        "The Moroccan side stormed into the lead with two goals in five minutes.",
        xfail="sport named by no word only sport uses: the fight is read as force",
    ),
    probe(
        "sport",
        "Uruguay's defenders fought hard but could not stop Colombia's winger.",
        xfail="sport named by no word only sport uses: the fight is read as force",
    ),
    probe("sport", "The Chinese diver captured gold in the 10-metre platform on Friday."),
    # --- markets and economics --------------------------------------------------------------
    probe("markets", "Oil prices fell sharply on Monday after data showed rising U.S. output."),
    probe("markets", "The yuan fought back against the dollar in late trading in Shanghai."),
    probe("markets", "Exports from Vietnam surged 12 percent in March from a year earlier."),
    probe("markets", "The Turkish lira collapsed to a record low against the dollar."),
    probe("markets", "Japanese stocks rallied for a third day as the yen weakened."),
    probe("markets", "The rupee plunged as foreign investors pulled money out of Indian bonds."),
    probe("markets", "Inflation in Argentina hit 200 percent last year."),
    probe("markets", "The euro struck a two-month high against the Swiss franc on Wednesday."),
    probe("markets", "Chinese steel exports flooded European markets last year."),
    probe("markets", "Russian wheat captured a larger share of the Egyptian market this season."),
    probe("markets", "German factory orders slumped in October, official data showed."),
    probe("markets", "Shares in the South Korean carmaker tumbled after it recalled 300,000 cars."),
    probe("markets", "Nigeria's oil output recovered to 1.5 million barrels a day in June."),
    probe("markets", "Investors fled emerging markets as the dollar strengthened."),
    probe("markets", "The Kenyan shilling came under attack from speculators on Thursday."),
    probe("markets", "Sales of Italian wine to China doubled in the first half of the year."),
    probe("markets", "Copper prices attacked the $10,000 level before retreating in London."),
    probe("markets", "Indian rice exporters lost ground to Thai rivals in African markets."),
    probe("markets", "Brent crude killed off its early gains after Saudi output data."),
    probe("markets", "The Brazilian real was hammered by fears over the budget deficit."),
    # --- figurative war, fight, battle ------------------------------------------------------
    probe("figurative", "Mexico's war on drugs has cost tens of thousands of lives since 2006."),
    probe("figurative", "Lawmakers in Kenya are locked in a battle over the budget."),
    probe("figurative", "Turkey's central bank is fighting inflation with higher interest rates."),
    probe("figurative", "A price war between Chinese electric carmakers has hit profit margins."),
    probe("figurative", "Colombia's health ministry stepped up its fight against dengue fever."),
    probe("figurative", "The two Japanese retailers are fighting for market share in Osaka."),
    probe("figurative", "Vietnam's rice farmers are fighting a losing battle against salt water."),
    probe("figurative", "South Africa's power utility is battling to keep the lights on."),
    probe("figurative", "A turf war between two Italian ministries delayed the pension reform."),
    probe("figurative", "France's culture minister launched an assault on pirated films."),
    probe("figurative", "Peru's tourism board is targeting Chinese visitors with a new campaign."),
    probe("figurative", "Egyptian bakers are under siege from soaring flour prices."),
    probe("figurative", "Argentina's government is fighting to tame inflation."),
    probe("figurative", "Thai banks are waging a battle for younger customers."),
    probe("figurative", "The Brazilian senator has fought corruption for two decades."),
    probe("figurative", "Indonesia declared war on plastic waste on Tuesday."),
    probe("figurative", "Chile's copper miners face an uphill battle against falling ore grades."),
    probe("figurative", "The Philippine coast guard is fighting an oil spill off Mindoro."),
    probe("figurative", "Greek firefighters battled the blaze for a third day near Athens."),
    probe("figurative", "India's campaign to wipe out tuberculosis has made steady progress."),
    probe("figurative", "Polish farmers waged war on the bureaucracy in Brussels with petitions."),
    # --- weather and disasters --------------------------------------------------------------
    probe("disaster", "A powerful earthquake struck southern Turkey early on Monday."),
    probe("disaster", "A typhoon battered the central Philippines, killing dozens of people."),
    probe("disaster", "Floods killed 40 people in northern Pakistan over the weekend."),
    probe("disaster", "Heavy rain pounded the Indian city of Mumbai for a third day."),
    probe("disaster", "A cyclone hit the coast of Bangladesh on Thursday."),
    probe("disaster", "A landslide buried a village in western Nepal, killing at least 12."),
    probe("disaster", "Wildfires swept through southern Greece, destroying hundreds of homes."),
    probe("disaster", "Drought has gripped much of Somalia for three years."),
    probe("disaster", "A storm lashed northern France with winds of 200 kph."),
    probe("disaster", "An avalanche killed four skiers in the Swiss Alps on Saturday."),
    probe("disaster", "Locusts invaded farmland in Ethiopia and Kenya this spring."),
    probe("disaster", "Cholera has killed more than 200 people in Yemen this year."),
    probe("disaster", "A ferry capsized off the coast of Tanzania, killing 19 passengers."),
    probe("disaster", "A bus plunged into a ravine in northern India, killing 23 pilgrims."),
    probe("disaster", "A heat wave scorched Spain and Portugal this week."),
    probe("disaster", "Hurricane winds tore the roofs off homes across eastern Cuba."),
    # --- tallies and statistics -------------------------------------------------------------
    probe(
        "tally",
        "The death toll from the war in Sudan has risen to 15,000, according to UN figures.",
    ),
    probe("tally", "Some 3 million Syrians have fled to Turkey since the start of the war."),
    probe("tally", "Attacks on aid workers in South Sudan fell by a third last year."),
    probe("tally", "The number of migrants crossing from Libya to Italy doubled in 2023."),
    probe(
        "tally",
        "Russia has lost more than 3,000 tanks since the invasion began, an independent count "
        "shows.",
    ),
    probe("tally", "Almost 2,000 Mexican soldiers have died in the drug war since 2006."),
    probe("tally", "Kidnappings in Haiti rose by 80 percent last year."),
    probe("tally", "Military spending in Europe grew at its fastest pace in decades in 2024."),
    probe("tally", "Arms imports by Ukraine rose sharply over the past five years."),
    # --- history and background -------------------------------------------------------------
    probe("history", "Rwanda's population has doubled since the 1994 genocide."),
    probe("history", "Since the 2003 invasion, Iraq has held five parliamentary elections."),
    probe("history", "The museum in Kuwait City documents the 1990 Iraqi invasion."),
    probe("history", "Cambodia's economy has grown steadily since the Khmer Rouge fell in 1979."),
    probe("history", "The dispute dates back to the 1919 treaty that ended the First World War."),
    probe("history", "Bosnia's constitution was written as part of the 1995 Dayton peace accord."),
    probe("history", "The island has been divided since Turkey's 1974 invasion."),
    probe(
        "history",
        "Vietnam has rebuilt most of the bridges destroyed during the war with the United States.",
    ),
    probe("history", "The 1982 war over the Falklands is a staple of Argentine school books."),
    probe("history", "Many Chechens still remember the Russian bombing of Grozny in 1995."),
    probe("history", "The border town was a battlefield in the Iran-Iraq war of the 1980s."),
    # --- anniversaries and commemorations ---------------------------------------------------
    probe("anniversary", "Poles marked the 80th anniversary of the Warsaw Uprising on Thursday."),
    probe("anniversary", "Veterans gathered in Normandy to commemorate the D-Day landings."),
    probe(
        "anniversary",
        "Japan marked the anniversary of the atomic bombing of Hiroshima with a minute of silence.",
    ),
    probe("anniversary", "Serbia remembered the victims of the 1999 NATO bombing campaign."),
    probe(
        "anniversary",
        "Vietnam celebrated the 50th anniversary of the fall of Saigon with fireworks.",
    ),
    probe("anniversary", "Flags flew at half-mast across Norway on the anniversary of the attack."),
    probe(
        "anniversary",
        "Armenians remembered the victims of the 1915 massacres on Wednesday.",
    ),
    # --- descriptions of people -------------------------------------------------------------
    probe("person", "Mr. Okello, a former rebel commander, now runs a farm near Gulu."),
    probe("person", "The book was written by a retired Israeli general who fought in 1973."),
    probe("person", "A former Colombian guerrilla, she now teaches mathematics in Medellin."),
    probe("person", "The suspect, a 34-year-old Ukrainian national, worked as a driver."),
    probe("person", "The Afghan pilot, a veteran of hundreds of combat missions, drives a taxi."),
    probe("person", "The minister, a former militia leader, belongs to the ruling coalition."),
    probe("person", "Kim, a North Korean defector, works as a journalist in Seoul."),
    probe("person", "The novelist, who fought in the Iran-Iraq war, died on Sunday aged 71."),
    probe("person", "Her grandfather was a Soviet tank commander in the Second World War."),
    # --- titles and names of operations, laws, bodies, works --------------------------------
    probe("name", "Operation Desert Storm is the subject of a new documentary."),
    probe("name", "Volunteers with the Peace Corps teach English in rural Ghana."),
    probe("name", "She is writing a history of Operation Barbarossa."),
    probe("name", "The Marshall Plan is often cited as a model for rebuilding Ukraine."),
    probe("name", "The Good Friday Agreement is taught in schools across Ireland."),
    probe("name", "The Strategic Defense Initiative was nicknamed Star Wars."),
    probe("name", "The Committee to Protect Journalists is based in New York."),
    probe("name", "He works for the Campaign Against Arms Trade in London."),
    probe("name", "The Invasion of Poland exhibition opens at the museum in Gdansk in May."),
    probe("name", "The Hundred Years' War is a popular subject for French historians."),
    probe("name", "The Battle of Britain memorial stands on the cliffs near Folkestone."),
    # --- headlines and photo captions -------------------------------------------------------
    probe("caption", "Afghan children play football in Kabul, March 3, 2024."),
    probe("caption", "A Palestinian boy looks at a mural in Gaza City, January 5, 2024."),
    probe("caption", "File photo shows Syrian soldiers during an exercise near Damascus in 2019."),
    probe("caption", "Indian soldiers on a border patrol in Ladakh in a 2017 file photo."),
    probe("caption", "Mexico beats Canada in Gold Cup thriller"),
    probe("caption", "Nikkei slumps as yen strikes back"),
    # --- hypotheticals, questions, conditionals ---------------------------------------------
    probe("modal", "If Russia attacked a NATO member, the alliance would respond."),
    probe("modal", "Would China invade Taiwan?"),
    probe("modal", "Analysts asked whether Iran could close the Strait of Hormuz."),
    probe("modal", "Had Serbia recognised Kosovo, the talks might have succeeded."),
    probe("modal", "Should North Korea test another missile, Japan would seek a UN meeting."),
    probe("modal", "Will Venezuela release the detained American?"),
    probe("modal", "It is unclear whether Egypt would accept refugees from Gaza."),
    probe("modal", "Experts say a war between India and Pakistan would be catastrophic."),
    probe("modal", "What would happen if China blockaded Taiwan?"),
    probe("modal", "In the event of an attack, Poland would ask NATO for help."),
    probe("modal", "A war between the two Koreas is unlikely, most analysts believe."),
    # --- film, book and game plots ----------------------------------------------------------
    probe("plot", "In the film, a Russian submarine captain defects to the United States."),
    probe(
        "plot",
        "The novel follows a British spy who infiltrates the Soviet embassy in Vienna.",
    ),
    probe(
        "plot",
        "In the game, players lead American troops in an invasion of a fictional country.",
    ),
    probe("plot", "The series imagines a world in which Germany won the Second World War."),
    probe("plot", "The play tells the story of a Nigerian general who seizes power in a coup."),
    probe("plot", "In the opera, the Egyptian army defeats the Ethiopian invaders."),
    probe("plot", "In the thriller, North Korean agents kidnap a South Korean scientist."),
    probe("plot", "The movie depicts the Iranian hostage crisis of 1979."),
    # --- crime without a political actor ----------------------------------------------------
    probe("crime", "Two masked men robbed a jewellery store in central Milan on Tuesday."),
    probe("crime", "Burglars stole paintings worth $5 million from a villa on the Riviera."),
    probe("crime", "Fraudsters tricked pensioners out of $2 million with fake investments."),
    probe("crime", "A woman was found dead in her apartment in Warsaw on Monday."),
    probe("crime", "A drunk driver killed two cyclists in Melbourne on Sunday."),
    probe("crime", "A dog attacked a postman in Dublin on Friday."),
    probe("crime", "The pickpocket targeted tourists near the Eiffel Tower."),
    probe("crime", "A family feud ended in a shooting that left two brothers wounded in Sicily."),
    probe("crime", "A man stabbed his neighbour in a row over parking in Lyon."),
    # --- analysis and opinion ---------------------------------------------------------------
    probe("analysis", "Sanctions rarely change the behaviour of authoritarian governments."),
    probe("analysis", "History suggests that naval blockades seldom succeed."),
    probe("analysis", "The risk of a wider war in the Middle East remains high."),
    probe(
        "analysis",
        "Military aid has been a pillar of relations between Washington and Cairo for decades.",
    ),
    probe("analysis", "Peace in the region depends on trust between Ethiopia and Eritrea."),
    probe("analysis", "Russia's economy is more resilient to sanctions than many expected."),
    probe("analysis", "The alliance between Moscow and Tehran is a marriage of convenience."),
    probe("analysis", "Japan's pacifist constitution limits what its army can do abroad."),
    probe("analysis", "Border disputes are common in Central Asia."),
    # --- one real act beside decoys ---------------------------------------------------------
    probe(
        "decoy",
        "Egypt's foreign minister met his Sudanese counterpart in Cairo on Sunday, days after "
        "their football teams clashed in a qualifier.",
        ("EGY", "SDN", "04"),
    ),
    probe(
        "decoy",
        "Germany gave Kenya 50 million euros on Monday to fight the drought.",
        ("DEU", "KEN", "07"),
    ),
    probe(
        "decoy",
        "Turkey criticized Greece on Friday over the sinking of a migrant boat in a storm.",
        ("TUR", "GRC", "11"),
    ),
    probe(
        "decoy",
        "Kenya accused Uganda of flooding its market with cheap sugar in a price war.",
        ("KEN", "UGA", "11"),
    ),
    probe(
        "decoy",
        "Pakistan sent food and tents to Afghanistan after an earthquake struck Herat.",
        ("PAK", "AFG", "07"),
    ),
    probe(
        "decoy",
        "China's defence minister visited Cambodia, a battleground of the Cold War.",
        ("CHN", "KHM", "04"),
    ),
    probe(
        "decoy",
        "Argentina demanded that Britain hand back the Falklands, 40 years after the war.",
        ("ARG", "GBR", "10"),
    ),
    probe(
        "decoy",
        "South Korea's president visited Japan on Tuesday, the first trip since a bitter "
        "trade war in 2019.",
        ("KOR", "JPN", "04"),
    ),
    probe(
        "decoy",
        "India thanked Japan for its help after floods killed 40 people in Assam.",
        ("IND", "JPN", "05"),
    ),
    probe(
        "decoy",
        "Russia expelled two Estonian diplomats on the anniversary of the 1991 referendum.",
        ("RUS", "EST", "16"),
    ),
    probe(
        "decoy",
        "Ukraine accused Russia of shelling Kharkiv, a city that hosted football matches in 2012.",
        ("UKR", "RUS", "11"),
    ),
    probe(
        "decoy",
        "Police in Buenos Aires arrested 40 fans after Argentina beat Brazil 2-1 in a qualifier.",
        ("ARG", "ARG", "17"),
    ),
    probe(
        "decoy",
        "Iraq's prime minister met Iran's president in Baghdad on the anniversary of the 1980 "
        "invasion.",
        ("IRQ", "IRN", "04"),
    ),
    probe(
        "decoy",
        "Kenyan police fired tear gas at protesters in Nairobi as the shilling plunged.",
        ("KEN", "KEN", "17"),
    ),
    probe(
        "decoy",
        "Nigerian troops fought Boko Haram fighters near Maiduguri, a city that has fought "
        "cholera for years.",
        ("NGA", "NGA", "19"),
    ),
    # --- more of each kind ---------------------------------------------------------------
    probe("sport", "Russia's hockey team routed Finland 6-1 in Moscow."),
    probe("sport", "The Iranian wrestler pinned his American opponent to win gold."),
    probe("sport", "New Zealand demolished France in the rugby World Cup opener."),
    probe("sport", "India's spinners destroyed the English batting line-up on the first day."),
    probe("markets", "The dollar retreated against the yen in Tokyo."),
    probe("markets", "Gold prices hit a record high on Thursday."),
    probe("markets", "Oil prices were hit by fears of a recession."),
    probe("markets", "The peso came under fire after the central bank cut rates."),
    probe("markets", "Turkish exports to Iraq surged after the border reopened."),
    probe("figurative", "The Kenyan runner is fighting an injury ahead of the Olympics."),
    probe("figurative", "The minister's plan came under fire from economists in Rome."),
    probe("figurative", "Scientists are fighting to save the Great Barrier Reef."),
    probe("figurative", "Nigeria's battle against Lassa fever has strained its hospitals."),
    probe("figurative", "South Korea's chipmakers are losing the battle for talent to Taiwan."),
    probe("figurative", "The French government is waging war on food waste."),
    probe("disaster", "A magnitude 6.2 earthquake shook central Italy on Sunday."),
    probe("disaster", "Floodwaters destroyed 2,000 homes in the Libyan city of Derna."),
    probe("disaster", "Lightning killed 12 people in Bangladesh over the weekend."),
    probe("disaster", "A gas explosion killed seven people in a Moscow apartment block."),
    probe("history", "Iraq's Kurds still remember the gassing of Halabja in 1988."),
    probe("history", "The 2008 war between Russia and Georgia lasted five days."),
    probe(
        "history", "Israel's 1967 capture of East Jerusalem is not recognised by most countries."
    ),
    probe(
        "anniversary",
        "Algeria celebrated the 70th anniversary of the start of its war of independence.",
    ),
    probe("person", "The general, who led the 2014 coup, is now Thailand's prime minister."),
    probe("person", "Mr. Kabila, whose father seized power in 1997, remains influential in Congo."),
    probe("name", "The War Powers Act limits the president's power to deploy troops."),
    probe(
        "caption",
        "Russian President Vladimir Putin and Chinese President Xi Jinping in Beijing, "
        "May 16, 2024.",
    ),
    probe("modal", "Iran might retaliate against Israel, officials in Washington fear."),
    probe("modal", "Could sanctions force Russia to negotiate?"),
    probe("modal", "A Chinese invasion of Taiwan would devastate the global economy."),
    probe("modal", "If elected, she would recognise Palestine."),
    probe("plot", "The book recounts how British commandos raided a German base in Norway."),
    probe("plot", "In the series, two Soviet spies pose as a suburban couple in Washington."),
    probe("crime", "Armed robbers attacked a security van in Johannesburg."),
    probe("analysis", "The conflict in Sudan could spill over into Chad."),
    probe("analysis", "War between the United States and China is not inevitable."),
    probe(
        "figurative",
        "Chinese solar panels invaded the European market.",
        xfail="actors: a demonym on a product ('Chinese solar panels') is read as the state",
    ),
    probe("figurative", "Japanese automakers are battling Chinese rivals in Thailand."),
    probe("figurative", "Korean shipbuilders are waging a fierce battle for orders."),
    probe(
        "decoy",
        "Germany apologised to Namibia for the colonial-era genocide.",
        ("DEU", "NAM", "05"),
    ),
    probe("sport", "Germany's Bundesliga leaders thrashed Bremen 5-0 on Saturday."),
    probe("sport", "The Belgian cyclist attacked on the final climb to win the stage."),
    probe("figurative", "The Argentine singer stormed the charts with her new album."),
    probe("figurative", "The Korean pop band invaded the American charts this year."),
    probe("figurative", "The French chef declared war on processed food."),
    probe(
        "figurative",
        "The Kenyan opposition leader is battling for the presidency in next year's election.",
    ),
    probe("figurative", "The Brazilian mining company fought the lawsuit for a decade."),
    probe("figurative", "The new Bollywood film captured the mood of India's middle class."),
    probe("figurative", "The Turkish soap opera conquered audiences across the Arab world."),
    probe("figurative", "The Israeli start-up conquered the European market for cyber security."),
    probe("disaster", "Canada's wildfire season has burned 15 million hectares."),
    probe("disaster", "An Australian shark attack killed a surfer off Perth."),
    probe("disaster", "The storm killed 12 people and cut power to 300,000 homes in Vietnam."),
    probe("crime", "A Japanese whaling ship harpooned 30 whales in the Antarctic."),
    probe("history", "The Egyptian pharaoh's tomb was raided by grave robbers in antiquity."),
    probe("analysis", "Two Nigerian senators clashed over the budget on Tuesday."),
    probe("markets", "The Chinese company fired its chief executive on Monday."),
]


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_scores_only_the_real_act(
    pipeline: Any, parse: Parse, text: str, expected: tuple[Triple, ...]
) -> None:
    got = triples(scored(pipeline.extract(parse(text)).events), root=True)
    missing = set(expected) - got
    extra = got - set(expected)
    assert not missing and not extra, (
        f"missing {sorted(missing, key=str)}, spurious {sorted(extra, key=str)}"
    )
