"""Acts as 1985-2005 wire reports tell them, written by us, where the code or a party hangs on
more than the verb: objects joined by "and", sentences to prison, joint work, suspects handed
over, aid released or cut, shows of force and the quarrel behind them, rebels and curfews no
one names a country for, and the words that only look like acts."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "1996-05-06"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # objects joined by "and" are both what is acted on
        (
            "The U.N. Security Council imposed a sweeping trade and financial embargo on Iraq.",
            ("IGO", "IRQ", "163"),
        ),
        # a clause told with its own doer keeps its act: the announcer reports it
        (
            "The United States imposed economic sanctions on India on Wednesday, President "
            "Clinton announced.",
            ("USA", "IND", "163"),
        ),
        # people sentenced to a term or to death are imprisoned (the codebook's 116 note)
        (
            "Cuban courts sentenced 75 dissidents to prison terms of up to 28 years.",
            ("CUB", "CUB", "173"),
        ),
        # work done together is cooperation between the partners
        (
            "Chinese and Russian police launched a joint operation against smugglers along "
            "their common border.",
            ("CHN", "RUS", "060"),
        ),
        ("Beijing and Moscow launched a joint project to build a bridge.", ("CHN", "RUS", "061")),
        ("France and Spain set up a joint police unit on Thursday.", ("FRA", "ESP", "060")),
        # a suspect handed to a court or to another's authorities: judicial cooperation
        (
            "Kenyan police turned over to U.S. authorities a man suspected of the embassy bombing.",
            ("KEN", "USA", "063"),
        ),
        (
            "The handover of three suspected car thieves to Mozambican authorities by South "
            "African police was the first under the pact.",
            ("ZAF", "MOZ", "063"),
        ),
        # aid released, ferried or shipped, and troops sent to join peacekeepers
        (
            "The European Commission released 20 million ecus in emergency aid for Sierra Leone.",
            ("IGO", "SLE", "071"),
        ),
        (
            "U.S. military helicopters began ferrying food and medicine to survivors in Honduras.",
            ("USA", "HND", "073"),
        ),
        ("Tehran shipped hundreds of Katyusha rockets to Hezbollah.", ("IRN", "LBN", "072")),
        (
            "Canada sent 250 troops to Haiti to join a U.N. peacekeeping force.",
            ("CAN", "HTI", "074"),
        ),
        (
            "Cuba sent a medical brigade of more than 100 doctors to Guatemala.",
            ("CUB", "GTM", "073"),
        ),
        # aid pledged for a purpose goes to whom the purpose names
        (
            "Japan pledged to provide 500 million dollars in loans to help Indonesia recover.",
            ("JPN", "IDN", "0331"),
        ),
        # aid cut told in the passive: its giver cut it from its receiver
        ("All U.S. economic aid to Haiti was suspended on Monday.", ("USA", "HTI", "1621")),
        # a show of force is aimed where its forces are posted ...
        (
            "Baghdad massed thousands of troops and hundreds of tanks near the Kuwaiti border.",
            ("IRQ", "KWT", "154"),
        ),
        ("China has moved more missiles to bases facing Taiwan.", ("CHN", "TWN", "154")),
        (
            "Ethiopia called up thousands of reservists and moved them toward the Eritrean border.",
            ("ETH", "ERI", "154"),
        ),
        # ... or at the other side of the quarrel it answers
        (
            "Russia put its troops in the North Caucasus on high alert amid rising tension "
            "with Georgia.",
            ("RUS", "GEO", "152"),
        ),
        (
            "Israel called up thousands of reservists as tension mounted on its northern "
            "border with Lebanon.",
            ("ISR", "LBN", "154"),
        ),
        # rebels no one names a country for are the country's where they act
        (
            "Leftist guerrillas kidnapped an American oil engineer in northeastern Colombia.",
            ("COL", "USA", "181"),
        ),
        # a curfew told in the passive is decreed by the state where it holds
        (
            "A dusk-to-dawn curfew was imposed in Kathmandu after two days of rioting.",
            ("NPL", "NPL", "1723"),
        ),
        ("The curfew in Colombo was eased on Saturday.", ("LKA", "LKA", "0813")),
        # a visitor hosted, whatever the talks were about
        (
            "Egypt hosted a delegation of Hamas leaders in Cairo for talks on a possible truce.",
            ("EGY", "PSE", "043"),
        ),
        # shuttle diplomacy mediates between both
        (
            "Warren Christopher shuttled between Damascus and Jerusalem on Monday.",
            ("USA", "SYR", "045"),
        ),
        # stopping fire is de-escalation, promised or done
        (
            "Hezbollah guerrillas have agreed to stop firing rockets into northern Israel.",
            ("LBN", "ISR", "0356"),
        ),
        # solidarity is support, not condolence
        ("Damascus expressed solidarity with Hezbollah guerrillas.", ("SYR", "LBN", "051")),
        # a defended act is its doer's
        (
            "The Russian spokesman defended Belgrade's handling of the Kosovo crisis.",
            ("RUS", "SRB", "052"),
        ),
        # a state's office closed, its ships banned, its links cut
        ("Qatar closed Israel's trade office in Doha.", ("QAT", "ISR", "161")),
        ("Japan banned all North Korean ships from its ports.", ("JPN", "PRK", "163")),
        ("Russia cut all transport and postal links with Georgia.", ("RUS", "GEO", "160")),
        # the state's restrictions, seizures and bombs
        ("An Iranian press court closed the reformist daily Salam.", ("IRN", "IRN", "1721")),
        ("Zimbabwe's government seized 300 more white-owned farms.", ("ZWE", "ZWE", "1711")),
        (
            "Basque separatist guerrillas of ETA blew up a Civil Guard barracks in northern Spain.",
            ("ESP", "ESP", "183"),
        ),
        # an investigation is aimed at the alleged perpetrator (the codebook's 092-094),
        # unnamed officers being the investigator's own state's
        (
            "Israel opened an official inquiry into the killing of a Palestinian teenager by "
            "border police officers in Hebron.",
            ("ISR", "ISR", "090"),
        ),
        (
            "U.N. weapons inspectors investigated claims that Iraq had hidden chemical warheads.",
            ("IGO", "IRQ", "090"),
        ),
        (
            "The Dutch government opened an investigation into the conduct of Dutch "
            "peacekeepers during the fall of Srebrenica.",
            ("NLD", "NLD", "090"),
        ),
        # an office no one names a country for decrees where its decree holds
        (
            "After a week of violence in Bangkok, the prime minister lifted the state of "
            "emergency in the Thai capital.",
            ("THA", "THA", "0814"),
        ),
        # a protest's purpose names whose act it protests
        (
            "Mexican farmers blocked an international bridge at Ciudad Juarez to protest U.S. "
            "restrictions on imports of Mexican tomatoes.",
            ("MEX", "USA", "144"),
        ),
        (
            "French truckers blocked the main border crossing to protest attacks on their "
            "lorries by Spanish farmers.",
            ("FRA", "ESP", "144"),
        ),
        # fishermen blockading a harbour protest; they impose no blockade
        (
            "Spanish fishermen blockaded the harbor of Gibraltar to protest fishing "
            "restrictions imposed by the British colony's authorities.",
            ("ESP", "GIB", "144"),
        ),
        # a promise told to someone is made to them
        (
            "Iran told the International Atomic Energy Agency on Monday that it would sign the "
            "additional protocol.",
            ("IRN", "IGO", "030"),
        ),
        # a planned deployment to shore up a side is a promise of aid, not a plan of force
        (
            "France is to send 300 more troops to Chad to bolster the government of President "
            "Hissene Habre.",
            ("FRA", "TCD", "0334"),
        ),
        (
            "South Korea announced it would send 200,000 tonnes of fertiliser to North Korea.",
            ("KOR", "PRK", "0333"),
        ),
        # people marching through streets protest
        (
            "Tens of thousands of people marched through the streets of Tbilisi demanding the "
            "resignation of President Eduard Shevardnadze.",
            ("GEO", "GEO", "1411"),
        ),
        # a city known by its short name
        ("A Frankfurt court convicted a Lebanese man of air piracy.", ("DEU", "LBN", "116")),
        # wire words for common acts: a border shut, warships on patrol, a state chastised,
        # foreign troops booted out
        ("Turkey shut its border with Iraq on Monday.", ("TUR", "IRQ", "191")),
        ("Chinese warships patrolled waters off Taiwan on Tuesday.", ("CHN", "TWN", "150")),
        (
            "The Egyptian foreign minister chastised Israel for building new settlements.",
            ("EGY", "ISR", "111"),
        ),
        ("Zambia booted out 40 Zairean soldiers on Friday.", ("ZMB", "COD", "166")),
        # a state's policy assailed, a leader backed or paid tribute to, a trade ban lifted by
        # the European Union (no trade union)
        ("Syria assailed Turkey's military cooperation with Israel.", ("SYR", "TUR", "111")),
        (
            "Brazil and Argentina backed Paraguayan President Juan Carlos Wasmosy against a "
            "rebellious army chief.",
            ("BRA", "PRY", "051"),
        ),
        ("Peres paid tribute to Jordan's King Hussein.", ("ISR", "JOR", "051")),
        ("The European Union lifted its ban on British beef exports.", ("IGO", "GBR", "085")),
        # each half of a pair of states: "a U.S.-British push", "U.S. and British air strikes"
        ("France rejected a U.S.-British push for a second resolution.", ("FRA", "USA", "120")),
        # shells slamming into a compound are force, not criticism; curfews clamped; shells
        # pumped into a building
        (
            "Israeli shells slammed into a U.N. peacekeepers' compound at Qana.",
            ("ISR", "IGO", "194"),
        ),
        ("Indian authorities clamped an indefinite curfew on Srinagar.", ("IND", "IND", "1723")),
        (
            "Yeltsin's troops pumped tank shells into the Russian parliament building.",
            ("RUS", "RUS", "194"),
        ),
        # a harm told with no doer was done by whoever did what its "when" clause tells; a
        # killing "in" raids that name their target is part of them; an ambush laid by rebels
        (
            "Eight people were killed when U.S. cruise missiles slammed into a residential "
            "district of Baghdad.",
            ("USA", "IRQ", "190"),
        ),
        (
            "Three Chinese journalists were killed when NATO bombs hit China's embassy in "
            "Belgrade.",
            ("IGO", "CHN", "190"),
        ),
        ("37 people were killed in U.S. air raids on Tripoli.", ("USA", "LBY", "195")),
        (
            "Five Israeli soldiers were killed in an ambush laid by Hezbollah guerrillas.",
            ("LBN", "ISR", "190"),
        ),
        # a subject that names the parties "between" whom the act goes; aid and rescue
        # named as nouns
        (
            "Intelligence sharing between Jordan and Israel has increased sharply.",
            ("JOR", "ISR", "064"),
        ),
        (
            "Greece's dispatch of rescue teams to Turkey helped thaw relations.",
            ("GRC", "TUR", "073"),
        ),
        (
            "The Clinton administration's 20 billion dollar rescue package for Mexico was "
            "unveiled.",
            ("USA", "MEX", "071"),
        ),
        # a warned-of act that would bring sanctions from the one who warns is a threat
        (
            "North Korea was warned by the United States that a further nuclear test would "
            "bring tougher sanctions.",
            ("USA", "PRK", "1312"),
        ),
        # a suspect handed over to a state is judicial cooperation with it
        ("Pakistan handed over the suspect to the United States.", ("PAK", "USA", "063")),
        # pressed to act in the passive, as in the active: a demand of the act
        (
            "North Korea was pressed by Japan on Friday to account for Japanese citizens "
            "abducted by its agents.",
            ("JPN", "PRK", "100"),
        ),
        ("Iraq was pressed by France to allow the inspectors back.", ("FRA", "IRQ", "1055")),
        # pressure put on a state to act demands that act of it
        (
            "Iran stepped up pressure on Iraq to release the prisoners.",
            ("IRN", "IRQ", "1053"),
        ),
        ("The United States kept up pressure on North Korea.", ("USA", "PRK", "100")),
        # those of no named state killed in an attack were struck where it was aimed; an
        # aircraft downed
        (
            "In an overnight attack on two Pakistani border posts, NATO helicopters and jets "
            "killed 24 soldiers.",
            ("IGO", "PAK", "190"),
        ),
        (
            "Turkey's downing of a Russian warplane near the Syrian border plunged relations "
            "into crisis.",
            ("TUR", "RUS", "190"),
        ),
        # a passive act done in an attack was done by the attack's doers, one act with it
        (
            "Khalil al-Wazir, the PLO's military chief, was shot dead at his villa in Tunis in "
            "a raid blamed on Israeli commandos.",
            ("ISR", "PSE", "193"),
        ),
        # (whom: the victims name no state, so the one other party in the act's phrase,
        # the bus's city)
        (
            "Twenty people were killed in a suicide bombing claimed by Hamas on a crowded "
            "Jerusalem bus.",
            ("PSE", "ISR", "1831"),
        ),
        # what an amount counts: "tens of thousands of tonnes of grain", "billions of dollars
        # in Egyptian debt"
        (
            "Tens of thousands of tonnes of grain were shipped to North Korea by China to ease "
            "food shortages, diplomats said.",
            ("CHN", "PRK", "073"),
        ),
        (
            "Kuwait and Saudi Arabia wrote off billions of dollars in Egyptian debt in "
            "recognition of Cairo's role in the Gulf crisis.",
            ("SAU", "EGY", "071"),
        ),
        ("Israeli bulldozers flattened Palestinian homes in Rafah.", ("ISR", "PSE", "1712")),
        # forces alerted along a border, time given to comply, intelligence files given
        (
            "Pakistan put its armed forces on high alert along the border with India.",
            ("PAK", "IND", "152"),
        ),
        (
            "NATO gave Bosnian Serb forces ten days to withdraw their heavy guns from around "
            "Sarajevo or face air strikes.",
            ("IGO", "BIH", "139"),
        ),
        (
            "Sudan's intelligence service has given the CIA files on hundreds of suspected "
            "Islamic militants, U.S. officials said.",
            ("SDN", "USA", "064"),
        ),
        # someone placed under investigation is its target, the placer its doer
        (
            "Italian magistrates placed former prime minister Bettino Craxi under investigation "
            "for corruption.",
            ("ITA", "ITA", "091"),
        ),
        (
            "Pakistan handed over Ramzi Yousef, the suspected mastermind of the World Trade "
            "Center bombing, to U.S. agents on Wednesday.",
            ("PAK", "USA", "063"),
        ),
        # a measure eased is on whom it was imposed; suspects handed to another's custody;
        # aid channelled
        (
            "Washington eased sanctions imposed on India and Pakistan after their nuclear tests.",
            ("USA", "PAK", "085"),
        ),
        (
            "The Israeli army lifted a curfew imposed on the West Bank town of Nablus.",
            ("ISR", "PSE", "0813"),
        ),
        (
            "Hambali was handed over by Thailand to U.S. custody after his arrest.",
            ("THA", "USA", "063"),
        ),
        (
            "The European Union channelled millions of ecus in humanitarian aid to besieged "
            "Sarajevo.",
            ("IGO", "BIH", "073"),
        ),
        # forces massed where a participle names the border; a show of force sent as a
        # warning is aimed at whom it warns, wherever it goes
        (
            "Turkey massed thousands of troops backed by tanks along its border with Syria.",
            ("TUR", "SYR", "154"),
        ),
        (
            "Washington ordered a second aircraft carrier battle group to waters near Taiwan in "
            "a warning to Beijing.",
            ("USA", "CHN", "154"),
        ),
        ("France rejected a U.S.-British push for a second resolution.", ("FRA", "GBR", "120")),
        ("U.S. and British air strikes hit Afghanistan.", ("GBR", "AFG", "195")),
        (
            "Students protested against U.S. and British air strikes on Afghanistan.",
            ("GBR", "AFG", "195"),
        ),
        # --- this stop's wire wording: parties named indirectly, and the words for acts ---
        # what a protest is against is no marching army
        (
            "Thousands of Filipinos rallied in Manila against the acquittal of two American "
            "soldiers.",
            ("PHL", "USA", "141"),
        ),
        # "set free" with "free" read as the object's adjective
        ("Burmese authorities set free 40 student activists on Friday.", ("MMR", "MMR", "0841")),
        (
            "Egyptian intelligence supplied Israeli officials with information about the "
            "smuggling tunnels.",
            ("EGY", "ISR", "064"),
        ),
        (
            "Turkish police worked alongside Greek coast guards to break up a people-smuggling "
            "ring.",
            ("TUR", "GRC", "060"),
        ),
        (
            "Chancellor Helmut Kohl expressed deep remorse to Poland for the crimes of the Nazi "
            "era.",
            ("DEU", "POL", "055"),
        ),
        ("Italy airlifted 30 tonnes of flour and biscuits to Albania.", ("ITA", "ALB", "073")),
        # whom a participle aims the act's occasion at
        (
            "North Korean troops began military exercises near the border in a show of force "
            "aimed at Seoul.",
            ("PRK", "KOR", "150"),
        ),
        # the other side of the war a ceasefire is declared in
        ("Azerbaijan declared a ceasefire in its war with Armenia.", ("AZE", "ARM", "0871")),
        # a warned-of act that would be met with force is a threat, "any" or not
        (
            "China warned Taiwan that any declaration of independence would be met with force.",
            ("CHN", "TWN", "130"),
        ),
        ("Libya ordered the expulsion of thousands of Egyptian workers.", ("LBY", "EGY", "174")),
        # sanctions eased, told by whoever eases them
        (
            "The European Union announced the lifting of the arms embargo on China.",
            ("IGO", "CHN", "085"),
        ),
        # monitors sent to oversee a truce, and peacekeepers landing, are peacekeeping
        (
            "Norway sent an unarmed monitoring mission to Sri Lanka to oversee the truce.",
            ("NOR", "LKA", "074"),
        ),
        (
            "The first units of a Nigerian peacekeeping force landed on the coast of Liberia.",
            ("NGA", "LBR", "074"),
        ),
        # whom one assures that it would act is whom the act is promised to
        (
            "Jordan assured Israel that it would hold talks on water sharing.",
            ("JOR", "ISR", "036"),
        ),
        # an ambassador's recall as a noun, from where he is recalled
        (
            "Ankara's recall of its ambassador from Vienna was announced on Friday.",
            ("TUR", "AUT", "161"),
        ),
        # flags burned: a protest against whose flags they are
        (
            "Students in Tehran burned British flags outside the embassy.",
            ("IRN", "GBR", "141"),
        ),
        # forces standing along a border aim across it
        (
            "Greek troops along the Turkish border were put on high alert.",
            ("GRC", "TUR", "152"),
        ),
        # the first of two objects read as direct is the recipient
        (
            "Italian police handed French magistrates files on the suspected smugglers.",
            ("ITA", "FRA", "064"),
        ),
        # patrols coordinated by two states are cooperation, not a show of force
        (
            "Malaysian and Thai border police launched coordinated patrols along their frontier.",
            ("MYS", "THA", "062"),
        ),
        # "Visiting" read as a clause subject: the visitor does the main verb
        (
            "Visiting Chinese Premier Li Peng praised Pakistan's support in the fight against "
            "separatism.",
            ("CHN", "PAK", "051"),
        ),
        # an opposition no one names a country for opposes its own government
        (
            "Opposition supporters marched for a third day against President Robert Mugabe's "
            "government.",
            ("ZWE", "ZWE", "141"),
        ),
        # a government's opposition is its own
        (
            "President Yoweri Museveni agreed to meet opposition leaders next week.",
            ("UGA", "UGA", "036"),
        ),
        # force used in an exercise shows force
        (
            "Chinese warships fired missiles into waters off Taiwan as part of live-fire drills.",
            ("CHN", "TWN", "150"),
        ),
        # rescue and medical teams flown in are relief
        (
            "Seoul flew rescue teams and medical staff to Turkey to help earthquake survivors.",
            ("KOR", "TUR", "073"),
        ),
        # energy pumped or exported to a state is economic cooperation
        (
            "Russia began pumping natural gas to Turkey through the new pipeline.",
            ("RUS", "TUR", "061"),
        ),
        # remittances eased are sanctions eased, toward where they go
        (
            "Washington eased restrictions on remittances to Cuba.",
            ("USA", "CUB", "085"),
        ),
        # an act of one doer the syntax gives no target acts on the one other party below it
        (
            "NATO began naval exercises in the Baltic Sea, a show of strength that Moscow "
            "called provocative.",
            ("IGO", "RUS", "150"),
        ),
        (
            "Spain backed down, paving the way for a fishing deal with Morocco.",
            ("ESP", "MAR", "080"),
        ),
        # protesters packing a square protest there
        (
            "Tens of thousands of protesters packed Kiev's Independence Square on Sunday.",
            ("UKR", "UKR", "141"),
        ),
    ],
)
def test_wire_acts_and_their_parties(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert expected in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "ceasefire talks" are talks, not a truce
        ("The Khmer Rouge agreed to join ceasefire talks with the government.", "0871"),
        # walking out of a prison gate boycotts nothing
        (
            "Nelson Mandela was freed after 27 years, walking out of the gates of Victor "
            "Verster prison.",
            "143",
        ),
        # a bridge blown up is property destroyed, no bombing of people
        ("Retreating Serb troops blew up the bridge over the Sava river.", "183"),
        # prisoners handed to the Red Cross are freed, not extradited
        ("The rebels handed over 20 prisoners to the Red Cross.", "063"),
        # a ruling against a body with no term is no imprisonment
        ("A court convicted the company of fraud.", "173"),
        # frozen assets released are returned, no aid
        ("The U.S. released 300 million dollars in frozen Iranian assets.", "071"),
        # an act warned against or ruled out ("any attack", "no clashes") did not happen
        ("Iran gave a stern warning to Israel against any attack on its nuclear sites.", "190"),
        ("There were no clashes between Israeli troops and Palestinians on Friday.", "190"),
        # the act an ultimatum gives time for is demanded, not done by the one who gives it
        (
            "NATO gave Bosnian Serb forces ten days to withdraw their heavy guns from around "
            "Sarajevo.",
            "087",
        ),
        # a state under attack attacks no one
        ("An Iranian official said Iran would not take part while under attack.", "138"),
        # a warning of what a war would bring to a region threatens no one
        ("The United States warned that a war would bring serious consequences.", "138"),
        # the act pressure is put on a state to do is its own to do, not the presser's intent
        ("Iran stepped up pressure on Iraq to release the prisoners.", "0353"),
        # the rebels attacked a presence with mortars: force, not words
        ("Rebels attacked the U.N. presence in Kisangani with mortars.", "111"),
    ],
)
def test_words_that_only_look_like_these_acts(
    pipeline: Any, parse: Any, text: str, unwanted: str
) -> None:
    codes = {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}
    assert unwanted not in codes, codes


@pytest.mark.model
def test_a_pro_state_group_is_not_that_state(pipeline: Any, parse: Any) -> None:
    text = "Britain demanded the release of all Western hostages held by pro-Iranian groups."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert got and not any("IRN" in (s, t) for s, t, _ in got), got


@pytest.mark.model
def test_places_are_known_by_their_plain_spellings(pipeline: Any, parse: Any) -> None:
    # "Şırnak" written "Sirnak", "Łódź" written "Lodz": letters with no accent to strip
    text = "Kurdish guerrillas raided a village in Sirnak province, killing nine villagers."
    assert any(t == "TUR" for _, t, _ in pipeline_triples(pipeline, parse, text, DAY))
    text = "Police in Lodz detained 12 striking textile workers."
    assert ("POL", "POL", "173") in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act's doer named by a participle of doing, or by whom the act is blamed on
        (
            "An attack carried out by Hamas gunmen killed three Israeli settlers.",
            ("PSE", "ISR", "190"),
        ),
        (
            "A bombing claimed by the Taliban killed 10 Afghan soldiers in Kandahar.",
            ("AFG", "AFG", "183"),
        ),
        (
            "A blast blamed on Kurdish guerrillas killed four Turkish policemen in Diyarbakir.",
            ("TUR", "TUR", "190"),
        ),
        (
            "A landmine planted by Tamil rebels killed six Sri Lankan soldiers on Tuesday.",
            ("LKA", "LKA", "183"),
        ),
        # whom the weapon harmed, told in a relative clause, is whom the act struck
        (
            "Hezbollah guerrillas fired a rocket that killed two Israeli soldiers.",
            ("LBN", "ISR", "194"),
        ),
        (
            "Tamil rebels planted a landmine that killed six Sri Lankan soldiers.",
            ("LKA", "LKA", "183"),
        ),
        (
            "Rebels in northern Uganda launched an attack which wounded five Ugandan soldiers.",
            ("UGA", "UGA", "190"),
        ),
        (
            "Troops loyal to General Michel Aoun fired a salvo of rockets that hit Syrian army "
            "positions.",
            ("LBN", "SYR", "194"),
        ),
    ],
)
def test_who_did_an_act_its_participle_or_clause_tells(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert expected in got, got
    # one act: the killing its clause tells folds into it, leaving no doerless copy
    assert not any(s is None for s, _, _ in got), got


@pytest.mark.model
def test_a_killing_in_raids_is_one_act_with_them(pipeline: Any, parse: Any) -> None:
    text = "Three Palestinians were killed in Israeli air raids on Gaza."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("ISR", "PSE", "195")}


@pytest.mark.model
def test_a_death_in_an_accident_has_no_doer(pipeline: Any, parse: Any) -> None:
    text = "Two children were killed when their house collapsed in Ankara."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert not any(s for s, _, _ in got), got


@pytest.mark.model
def test_an_acts_judges_are_not_its_doers(pipeline: Any, parse: Any) -> None:
    text = "An attack condemned by the United Nations killed 20 Somali civilians."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert any(c == "190" for _, _, c in got), got
    assert ("IGO", "SOM", "190") not in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # armed men marching against a garrison still advance
        ("Rebel fighters marched against the army garrison in the north.", "141"),
        # "free" after a determiner is no release
        ("The minister set the free trade agenda for the summit.", "0841"),
        # a relief effort is no force
        ("The governor warned that the floods would be met with a huge relief effort.", "13"),
        # sanctions imposed are not eased
        ("The United States imposed new sanctions on Iran.", "085"),
    ],
)
def test_wording_that_only_looks_like_these(
    pipeline: Any, parse: Any, text: str, code: str
) -> None:
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert not any(c.startswith(code) for _, _, c in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # no other party inferred from a gapped pair, a coordinated statement or a place
        (
            "The European Commission pledged 500 million euros and Japan 200 million euros.",
            ("IGO", "JPN"),
        ),
        (
            "Kenya's president praised the accord but said peace depended on the withdrawal of "
            "Ugandan troops.",
            ("KEN", "UGA"),
        ),
        ("Chadian troops attacked rebel bases along the Sudanese border.", ("TCD", "SDN")),
        # immigrants expelled are not the expelling state's people
        (
            "Nigeria ordered the expulsion of thousands of illegal immigrants.",
            ("NGA", "NGA"),
        ),
    ],
)
def test_pairs_these_words_do_not_make(
    pipeline: Any, parse: Any, text: str, pair: tuple[str, str]
) -> None:
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert not any((s, t) == pair for s, t, _ in got), got
