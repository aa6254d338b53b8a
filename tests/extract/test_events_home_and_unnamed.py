"""Acts whose other party no one names, written by us in the style of 1990-2010 wire leads:
reform and yielding promised or refused at home, attacks by no one named (ICEWS's
"Unidentified Gunmen (Iraq)"), rebels' victims, agents of coordinated or misread passives, the
speaker's participle after a reported clause, stateless peoples, and phrasings of acts the
patterns name (set out in docs/patterns.md)."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples, probe_case

DAY = "1999-03-08"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reform and yielding at home, promised or refused, with no one named: the doer's own
        probe_case(
            "home",
            "Kazakhstan's president promised political reforms in a televised address on Tuesday.",
            ("KAZ", "KAZ", "03"),
        ),
        probe_case(
            "home",
            "Colombia's FARC rebels refused to release the kidnapped politicians on Tuesday.",
            ("COL", "COL", "12"),
        ),
        probe_case(
            "home",
            "Sri Lanka's government promised to lift the state of emergency within a month.",
            ("LKA", "LKA", "03"),
        ),
        probe_case(
            "home",
            "Egypt's civil aviation authority opened an inquiry into the crash of a jet.",
            ("EGY", "EGY", "09"),
        ),
        probe_case(
            "home",
            "Iran's Guardian Council threatened to disqualify reformist candidates.",
            ("IRN", "IRN", "13"),
        ),
        # the state named before a title says whose king: not Afghanistan's Abdullah Abdullah
        probe_case(
            "names",
            "Saudi King Abdullah received the Pakistani prime minister on Tuesday.",
            ("SAU", "PAK", "04"),
        ),
        probe_case(
            "names",
            "Greek Cypriot voters threw out a U.N. plan to reunify the island.",
            ("CYP", "IGO", "12"),
        ),
        # U.S. states and Canadian provinces are regions of their countries, whatever namesake
        # towns the gazetteer knows abroad; the Paris Club is a body of creditor states
        probe_case(
            "names",
            "The U.S. Justice Department sued the state of Arizona over its immigration law.",
            ("USA", "USA", "11"),
        ),
        probe_case(
            "names",
            "Mohawk protesters kept a barricade across a highway in Ontario on Wednesday.",
            ("CAN", "CAN", "14"),
        ),
        probe_case(
            "names",
            "Nigeria demanded that Paris Club creditors write off much of its foreign debt.",
            ("NGA", "IGO", "10"),
        ),
        # whom a charge or a complaint is against
        probe_case(
            "against",
            "Lebanon charged that Israel committed war crimes by shelling a U.N. shelter.",
            ("LBN", "ISR", "11"),
        ),
        probe_case(
            "against",
            "Iraq filed a formal complaint against Turkey with the U.N. Security Council.",
            ("IRQ", "TUR", "11"),
        ),
        # "in March" is a month, not the English town: Somalia stays the target
        probe_case(
            "names",
            "The last U.S. troops were pulled out of Somalia by the Clinton administration in "
            "March.",
            ("USA", "SOM", "08"),
        ),
        # attacks no one names a doer for: the place's unidentified attackers
        probe_case(
            "unnamed",
            "A roadside bomb near the town of Tikrit killed two Iraqi policemen on Monday.",
            ("IRQ", "IRQ", "18"),
        ),
        probe_case(
            "unnamed",
            "Unknown gunmen shot dead a Lebanese judge in Beirut on Tuesday.",
            ("LBN", "LBN", "19"),
        ),
        probe_case(
            "unnamed",
            "A bomb went off outside a bank in Bilbao on Sunday, injuring three people.",
            ("ESP", "ESP", "18"),
        ),
        # "outside his home in Athens": the city places the act, not whose home it is
        probe_case(
            "unnamed",
            "Unidentified gunmen shot dead a Turkish diplomat outside his home in Athens.",
            ("GRC", "TUR", "19"),
        ),
        # the clause of the moment places the act: "as he stepped off a plane at Manila airport"
        probe_case(
            "unnamed",
            "An opposition senator was assassinated as he stepped off a plane at Manila airport "
            "on Sunday.",
            ("PHL", "PHL", "18"),
        ),
        # a measure told with its owner and no agent is lifted by that owner
        probe_case(
            "agent",
            "The Israeli naval blockade of Lebanon was lifted on Thursday evening.",
            ("ISR", "LBN", "08"),
        ),
        # rebels' and militants' unnamed victims are their own country's people
        probe_case(
            "victims",
            "Suspected Islamist militants hacked 15 villagers to death in a hamlet south of "
            "Algiers overnight.",
            ("DZA", "DZA", "18"),
        ),
        # the agent of the last of coordinated passives; a "by" phrase the parser hung on
        # the object of "from"
        probe_case(
            "agent",
            "Displaced families in Darfur are being intimidated and harassed by Sudanese "
            "security agents.",
            ("SDN", "SDN", "17"),
        ),
        probe_case(
            "agent",
            "The opposition leader Ahmed Boukhari was barred from contesting the election by "
            "Algeria's constitutional council.",
            ("DZA", "DZA", "17"),
        ),
        # "..., rejecting London's demands": the speaker of the reported clause rejects
        probe_case(
            "speaker",
            "Iranian officials said the 15 British sailors would remain in custody, rejecting "
            "London's demands for their release.",
            ("IRN", "GBR", "12"),
        ),
        # a people with no state is coded by where it acts
        probe_case(
            "people",
            "Thousands of Kurds demonstrated in the Turkish city of Diyarbakir on Tuesday.",
            ("TUR", "TUR", "14"),
        ),
        # phrasings of acts the patterns name
        probe_case(
            "words",
            "Belarus's president brushed aside European Union appeals for political reform.",
            ("BLR", "IGO", "12"),
        ),
        probe_case(
            "words",
            "Taiwan lowered the combat readiness of its armed forces on Tuesday.",
            ("TWN", None, "08"),
        ),
        probe_case(
            "words",
            "Caracas laid the blame for the border tension on Colombia on Sunday.",
            ("VEN", "COL", "11"),
        ),
        probe_case(
            "words",
            "Tehran has taken Washington to the International Court of Justice over the "
            "destruction of its oil platforms.",
            ("IRN", "USA", "11"),
        ),
        probe_case(
            "words",
            "A jailed Cuban dissident has been refusing food for three weeks.",
            ("CUB", "CUB", "14"),
        ),
        probe_case(
            "words",
            "Opposition supporters went on the rampage in Antananarivo on Monday.",
            ("MDG", "MDG", "14"),
        ),
        probe_case(
            "words",
            "Kenyan opposition parties launched a campaign of civil disobedience against the "
            "government.",
            ("KEN", "KEN", "14"),
        ),
        probe_case(
            "words",
            "Georgia's president handed over power to the parliament speaker on Sunday.",
            ("GEO", "GEO", "08"),
        ),
        probe_case(
            "words",
            "Russia returned to Estonia a collection of state archives seized in 1944.",
            ("RUS", "EST", "08"),
        ),
        probe_case(
            "words",
            "The Romanian government backed down in its dispute with the European Commission.",
            ("ROU", "IGO", "08"),
        ),
    ],
)
def test_an_act_and_the_parties_no_one_names(
    pipeline: Any, parse: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY, root=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a border reopened is for whoever is across it, not the state's own people
        probe_case("home", "Egypt agreed to reopen the Rafah crossing on Monday.", ("EGY", "EGY")),
        # two doers agreeing together act on each other, not each on its own people
        probe_case(
            "home",
            "India and Pakistan agreed to restore the bus link between Delhi and Lahore.",
            ("IND", "IND"),
        ),
        # rockets are fired from elsewhere: no doer of the place's
        probe_case("unnamed", "Rockets killed three people in Sderot on Monday.", ("ISR", "ISR")),
        # a bombing on a bus in another state's city: its victims are that state's
        probe_case(
            "victims",
            "Twenty people were killed in a suicide bombing claimed by Hamas on a crowded "
            "Jerusalem bus.",
            ("PSE", "PSE"),
        ),
        # "Pan-American" names no American thing
        probe_case(
            "names",
            "Peruvian villagers blocked the Pan-American Highway south of Lima on Monday.",
            ("PER", "USA"),
        ),
        # "backed down": no one is backed
        probe_case(
            "words",
            "The Romanian government backed down in its dispute with the European Commission.",
            ("ROU", "ROU"),
        ),
    ],
)
def test_parties_these_acts_do_not_have(
    pipeline: Any, parse: Any, text: str, unwanted: tuple[str, str]
) -> None:
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert got and all((s, t) != unwanted for s, t, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        probe_case("10", "Washington pressed Cairo on Monday to speed up political reform.", "10"),
        probe_case("02", "The IMF advised Jakarta to phase out costly fuel subsidies.", "02"),
        probe_case("10", "Damascus told Ankara it must let more water flow downstream.", "10"),
        probe_case("10", "Caracas said Georgetown had to recognise its claim to Essequibo.", "10"),
        probe_case("08", "The Israeli army called off the curfew on Nablus on Friday.", "0813"),
        probe_case("08", "Nigeria's unions put on hold a nationwide general strike.", "082"),
        probe_case(
            "11", "Wellington handed the French envoy a strongly worded written protest.", "114"
        ),
        probe_case("12", "Khartoum barred U.N. peacekeepers from deploying in Darfur.", "1245"),
        probe_case("15", "Beijing flooded Tiananmen Square with police on Sunday.", "153"),
        probe_case("16", "Venezuela kicked out the U.S. Drug Enforcement Administration.", "166"),
        probe_case("16", "Belgium pulled its blue helmets out of Rwanda on Tuesday.", "1661"),
        probe_case("16", "Tokyo shelved new yen loans to China on Monday.", "162"),
        probe_case("17", "Malaysia sent home 120 illegal Indonesian workers on Wednesday.", "174"),
        probe_case("18", "A makeshift bomb struck a U.S. Humvee in Baghdad on Sunday.", "183"),
        probe_case("05", "Ankara thawed its frosty relations with Athens on Tuesday.", "050"),
        probe_case("05", "Minsk came to the defence of Moscow's conduct in Georgia.", "052"),
        probe_case("07", "Sweden conferred refugee status on a former Iraqi officer.", "075"),
        probe_case(
            "08", "Azerbaijan's president granted an amnesty to 40 jailed activists.", "0841"
        ),
        probe_case("08", "Algeria legalised the Islamic Salvation Front on Tuesday.", "0812"),
        probe_case("08", "Nepal's assembly abolished the monarchy on Wednesday.", "0834"),
        probe_case("08", "Nigeria's government reversed a fuel price hike on Monday.", "0832"),
        probe_case("08", "Pakistani troops held their fire along the Line of Control.", "0871"),
        probe_case("08", "The IRA put its entire arsenal beyond use on Monday.", "0873"),
        probe_case("11", "Norway took exception to British plans to dump an oil platform.", "110"),
        probe_case(
            "11", "The Palestinians held Israel responsible for the collapse of talks.", "112"
        ),
        probe_case("12", "Pakistan on Monday said no to a set of Indian proposals.", "120"),
        probe_case("12", "Riyadh turned a deaf ear to Yemen's appeal for assistance.", "120"),
        probe_case(
            "04", "Armenia's president got together with his Azerbaijani counterpart.", "04"
        ),
        probe_case("12", "Japan stood firm on its whaling programme on Wednesday.", "120"),
        probe_case("12", "Russia thumbed its nose at a European Court ruling on Monday.", "128"),
        probe_case("14", "Argentine teachers began a fast outside Congress on Monday.", "142"),
        probe_case("14", "Belgian rail workers staged a walkout against pension reforms.", "143"),
        probe_case("14", "Lithuanian protesters formed a human chain across Vilnius.", "141"),
        probe_case("15", "Greece placed its armed forces on a war footing on Thursday.", "152"),
        probe_case("15", "China poured thousands of riot police into Urumqi on Wednesday.", "153"),
        probe_case("16", "Japan scaled back its aid to Myanmar on Thursday.", "162"),
        probe_case("17", "Israel revoked the residency rights of hundreds of Palestinians.", "172"),
        probe_case("17", "China sent back dozens of North Korean defectors on Tuesday.", "174"),
        probe_case("18", "ETA mailed a parcel bomb to a Socialist mayor on Thursday.", "183"),
        probe_case("18", "Militants slit the throats of 12 villagers south of Algiers.", "1823"),
        probe_case("19", "Tamil rebels shattered a three-month truce on Tuesday.", "196"),
        probe_case("20", "Iraq hit Iranian troops with mustard gas on Monday.", "2041"),
        probe_case("20", "Libya began mass expulsions of Palestinian workers on Monday.", "201"),
    ],
)
def test_phrasings_of_acts(pipeline: Any, parse: Any, text: str, code: str) -> None:
    got = {c for *_, c in pipeline_triples(pipeline, parse, text, DAY)}
    assert any(c.startswith(code) for c in got), got
