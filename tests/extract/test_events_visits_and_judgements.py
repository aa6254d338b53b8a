"""Mistakes found in wire reports of visits, talks, judgements and answers (our own
sentences): a leader "in" a capital "for talks" or "on a visit", a visit ended, "visiting"
naming a guest, people coordinated as the "they" of their own words, the judge of an act taken
for its doer, the content of a claim taken for whom it is made to, an attack whose
responsibility is claimed, a failure to act, and an answer that names its aim only through
what it came after or a participle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest.files import split_header
from wordcoded import pipeline_triples

DAY = "2003-05-12"


def _events(pipeline: Any, parse: Any, text: str) -> list[Any]:
    return list(pipeline.extract(parse(text, DAY)).events)


@pytest.mark.model
def test_being_somewhere_for_talks_or_on_a_visit_is_consultation(pipeline: Any, parse: Any) -> None:
    text = "Jordan's King Abdullah is in Washington for talks with President George W. Bush."
    assert ("JOR", "USA", "046") in pipeline_triples(pipeline, parse, text, DAY)
    # with no one named to meet, the host is where the visitor is
    text = "French President Jacques Chirac was in Moscow on a visit."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("FRA", "RUS", "042")}
    # an agent that names only a kind ("a Western leader") leaves the one who is there
    text = (
        "French President Jacques Chirac was in Moscow on the first visit by a Western leader"
        " since the fighting began."
    )
    assert ("FRA", "RUS", "042") in pipeline_triples(pipeline, parse, text, DAY)
    # expected there: a plan, not a meeting held
    text = (
        "The Saudi crown prince is due in Beirut on Wednesday for a meeting with Lebanese leaders."
    )
    (event,) = _events(pipeline, parse, text)
    assert (event.source.country, event.target.country) == ("SAU", "LBN")
    assert event.modality == "intended"
    # nothing to meet about: no event
    assert not pipeline_triples(pipeline, parse, "The bomb was for the talks, police said.", DAY)


@pytest.mark.model
def test_an_arrival_for_a_visit_is_one_visit(pipeline: Any, parse: Any) -> None:
    text = "China's vice premier arrived here on Sunday for an official visit to Nepal."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("CHN", "NPL", "042")}
    # an arrival with its own place and talks is one visit, no talks beside it
    text = "Syria's foreign minister arrived in Cairo on Monday for talks with Hosni Mubarak."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("SYR", "EGY", "042")}


@pytest.mark.model
def test_a_visit_ended_or_wrapped_up_was_made(pipeline: Any, parse: Any) -> None:
    for text in (
        "Ukraine's president ended a three-day visit to Poland on Thursday.",
        "The Chinese foreign minister wrapped up a visit to Japan on Tuesday.",
    ):
        got = pipeline_triples(pipeline, parse, text, DAY)
        assert any(code == "042" for _, _, code in got), text
    # a visit called off was not made
    text = "The Chinese foreign minister cancelled a visit to Japan on Tuesday."
    assert not any(c == "042" for _, _, c in pipeline_triples(pipeline, parse, text, DAY))


@pytest.mark.model
def test_visiting_names_the_guest_of_a_meeting(pipeline: Any, parse: Any) -> None:
    text = (
        "Syria's president Bashar al-Assad met here on Monday with visiting Jordanian Prime"
        " Minister Ali Abul Ragheb."
    )
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert ("SYR", "JOR", "040") in got
    assert ("SYR", "JOR", "042") not in got  # the host made no visit to his guest


@pytest.mark.model
def test_people_coordinated_are_the_they_of_their_own_words(pipeline: Any, parse: Any) -> None:
    text = "Obama and Putin said they will attack Iraq."
    sources = {s for s, _, _ in pipeline_triples(pipeline, parse, text, DAY)}
    assert sources == {"USA", "RUS"}


@pytest.mark.model
def test_the_judge_of_an_act_is_not_its_doer(pipeline: Any, parse: Any) -> None:
    for text, act in (
        ("Venezuela's foreign minister deplored the coup attempt against Chavez.", "190"),
        ("China castigated the arrest of its diplomats in Manila.", "173"),
        ("Mexico censured the raid on the consulate.", "190"),
    ):
        doers = {s for s, _, c in pipeline_triples(pipeline, parse, text, DAY) if c == act}
        assert not doers & {"VEN", "CHN", "MEX"}, (text, doers)
    text = "Germany applauded the ceasefire between Israel and Hamas."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert ("DEU", "ISR", "051") in got
    assert not any(s == "DEU" and c.startswith("08") for s, _, c in got)


@pytest.mark.model
def test_a_denial_is_aimed_at_the_accuser_not_at_what_the_charge_names(
    pipeline: Any, parse: Any
) -> None:
    text = "Syria denied US charges that it was harbouring Iraqi officials."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("SYR", "USA", "016")}
    text = "Israel rejected a UN report accusing its army of war crimes."
    assert ("ISR", "IGO", "016") in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_an_attack_whose_responsibility_is_claimed_is_the_claimers(
    pipeline: Any, parse: Any
) -> None:
    text = "The Pakistani Taliban claimed responsibility for the attack on a school in Peshawar."
    assert pipeline_triples(pipeline, parse, text, DAY) == {
        ("PAK", "PAK", "015"),
        ("PAK", "PAK", "190"),
    }
    # an attack on no one named is left to the claim alone: no target is guessed for it
    text = "The Pakistani Taliban claimed responsibility for the attack."
    assert {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {"015"}


@pytest.mark.model
def test_a_failure_to_act_is_no_act(pipeline: Any, parse: Any) -> None:
    text = (
        "The European Union extended its economic sanctions by six months, citing Russia's"
        " failure to implement the peace accords."
    )
    # the sanctions answer the deed cited; the accords were not implemented
    assert pipeline_triples(pipeline, parse, text, DAY) == {("IGO", "RUS", "163")}


@pytest.mark.model
def test_an_answer_is_aimed_at_the_doer_of_what_it_came_after(pipeline: Any, parse: Any) -> None:
    for text in (
        "Japan lodged a protest after Chinese coast guard ships entered its territorial waters.",
        "Seoul lodged a strong protest after a North Korean patrol boat crossed the border.",
    ):
        got = {(s, t) for s, t, c in pipeline_triples(pipeline, parse, text, DAY) if c == "114"}
        assert got in ({("JPN", "CHN")}, {("KOR", "PRK")}), (text, got)
    # a doer of one's own side is no one to protest to
    text = "Japan lodged a protest after Japanese fishermen sailed into disputed waters."
    protests = {(s, t) for s, t, c in pipeline_triples(pipeline, parse, text, DAY) if c == "114"}
    assert protests == {("JPN", None)}


@pytest.mark.model
def test_a_participle_names_whom_a_measure_targets(pipeline: Any, parse: Any) -> None:
    text = "The United States imposed new sanctions on Tuesday, targeting Russian banks."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("USA", "RUS", "163")}


@pytest.mark.model
def test_a_nominal_act_held_in_the_passive_is_the_agents(pipeline: Any, parse: Any) -> None:
    text = "Talks with Iran were held by the United States in Geneva."
    assert pipeline_triples(pipeline, parse, text, DAY) == {
        ("USA", "IRN", "046"),
        ("IRN", "USA", "046"),
    }
    text = "Criticism of Israel was voiced by Turkey."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("TUR", "ISR", "111")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Talks were held between India and Pakistan.", ("IND", "PAK")),
        ("New negotiations were opened between Serbia and Kosovo in Brussels.", ("SRB", "XKX")),
    ],
)
def test_talks_held_between_two_parties_in_the_passive_are_each_ones(
    pipeline: Any, parse: Any, text: str, sides: tuple[str, str]
) -> None:
    a, b = sides
    assert pipeline_triples(pipeline, parse, text, DAY) == {(a, b, "046"), (b, a, "046")}
    # held somewhere, with no sides named: no one's
    assert not pipeline_triples(pipeline, parse, "Talks were held in Geneva.", DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France proposed a peace plan.", {("FRA", None, "027")}),
        ("A peace plan was proposed by France.", {("FRA", None, "027")}),
        ("China proposed a ceasefire between the two sides.", {("CHN", None, "0256")}),
        # what is proposed names the appeal: trade is economic cooperation (0211)
        ("Germany put forward a new proposal on trade.", {("DEU", None, "0211")}),
        # a proposal only described is no act
        ("Ukraine rejected the proposed deal with Russia.", {("UKR", "RUS", "120")}),
    ],
)
def test_a_proposal_is_an_appeal(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    # CAMEO 020: "all requests, proposals, suggestions and appeals not otherwise specified"
    assert pipeline_triples(pipeline, parse, text, DAY) == expected


@pytest.mark.model
def test_a_deal_reached_between_two_parties_is_each_ones(pipeline: Any, parse: Any) -> None:
    text = "An agreement was reached between Serbia and Kosovo."
    assert pipeline_triples(pipeline, parse, text, DAY) == {
        ("SRB", "XKX", "030"),
        ("XKX", "SRB", "030"),
    }
    # one group's members ("the two countries' directors general", in a sample article) are
    # no two parties named: the truce told again is no truce of each with no one
    path = Path(__file__).parents[2] / "data/samples/2025-05-10-india-pakistan-ceasefire.txt"
    fields, body = split_header(path.read_text("utf-8"))
    events = pipeline.extract(parse(body, fields["published"])).events
    truces = [e for e in events if e.cameo.code in ("0356", "0871")]
    assert truces and all(e.target is not None for e in truces)


@pytest.mark.model
def test_ships_entering_a_states_waters_show_force(pipeline: Any, parse: Any) -> None:
    text = "Chinese warships entered Philippine waters on Tuesday."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("CHN", "PHL", "150")}
    for text in (
        "The rescued migrants entered Greek waters on a rubber boat.",
        "Chinese fishing boats entered Indonesian waters near the Natuna islands.",
    ):
        assert not pipeline_triples(pipeline, parse, text, DAY), text


@pytest.mark.model
def test_an_act_long_ago_that_describes_someone_is_no_news(pipeline: Any, parse: Any) -> None:
    text = "Israel released the mayor, a Hamas member jailed over a year ago, officials said."
    assert {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {"084"}
    # jailed this week, the arrest is news of its own
    text = "Israel released the mayor, a Hamas member jailed on Monday, officials said."
    assert "173" in {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}


@pytest.mark.model
def test_an_airliner_blown_up_is_attacked(pipeline: Any, parse: Any) -> None:
    text = "The Malaysian airliner was blown up by a missile over eastern Ukraine."
    assert pipeline_triples(pipeline, parse, text, DAY) == {(None, "MYS", "190")}
    # a bomb aboard is a bombing; a pipeline blown up is property destroyed
    text = "A Russian airliner was blown up over Sinai by a bomb."
    assert pipeline_triples(pipeline, parse, text, DAY) == {(None, "RUS", "183")}
    text = "Militants blew up a gas pipeline in Sinai."
    assert {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {"1712"}


@pytest.mark.model
def test_those_killed_in_an_attack_are_whom_it_hit(pipeline: Any, parse: Any) -> None:
    for text in (
        "A journalist was killed in a car bomb explosion in Beirut.",
        "A journalist was killed in a car bombing in Beirut.",
    ):
        # one act, the bombing, on the journalist of the place it happened
        events = _events(pipeline, parse, text)
        assert [(e.cameo.code, e.target.code) for e in events] == [("1832", "LBNMED")], text
    text = "Three British soldiers were killed in a roadside bomb attack near Kandahar."
    assert pipeline_triples(pipeline, parse, text, DAY) == {(None, "GBR", "183")}
    # soldiers of no country named leave the attack on the place it hit
    text = "Three soldiers were killed in a roadside bomb attack near Kandahar."
    assert pipeline_triples(pipeline, parse, text, DAY) == {(None, "AFG", "183")}


@pytest.mark.model
def test_what_a_government_yields_at_home_and_abroad(pipeline: Any, parse: Any) -> None:
    for text, code in (
        ("Syria legalized opposition parties.", "0812"),
        ("Burma allowed Aung San Suu Kyi to travel freely.", "081"),
        ("Iraq returned the Kuwaiti archives seized during the occupation.", "0842"),
        ("Sudan allowed international mediators to attend the talks.", "086"),
        ("The Sri Lankan government reduced its troop presence in Jaffna.", "087"),
        ("The French government withdrew its pension reform plan under union pressure.", "0832"),
        ("The Turkish parliament granted Kurds the right to broadcast in Kurdish.", "0833"),
        ("Authorities in Minsk allowed the opposition to hold a rally.", "0811"),
        ("The South African government unbanned the ANC.", "0812"),
        ("Croatia reopened the main highway through Serb-held territory.", "081"),
        ("Turkish hunger strikers ended their fast on Monday.", "082"),
    ):
        codes = {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}
        assert codes == {code}, (text, codes)
    # a protest the authorities tolerate is not theirs
    text = "The Chinese authorities tolerated a rare protest in Beijing."
    assert not any(
        e.source is not None and e.source.code == "CHNGOV" for e in _events(pipeline, parse, text)
    )
    # forces' supply lines cut are no drawdown
    text = "Rebels cut the army supply lines near Jaffna."
    assert not any(c == "087" for _, _, c in pipeline_triples(pipeline, parse, text, DAY))


@pytest.mark.model
def test_what_is_permitted_is_not_told_as_done(pipeline: Any, parse: Any) -> None:
    text = "Uzbekistan permitted Red Cross officials to visit detention centres."
    events = _events(pipeline, parse, text)
    # the permission is the act; the visit is permitted, and a detention centre is a place
    assert {e.cameo.code[:2] for e in events if e.modality == "asserted"} == {"08"}
    assert not any(e.cameo.code == "173" for e in events)


@pytest.mark.model
def test_a_mission_sent_to_look_into_something_investigates(pipeline: Any, parse: Any) -> None:
    text = (
        "The UN dispatched 20 military and civilian personnel to Bosnia to investigate the"
        " ceasefire violations."
    )
    assert {c[:2] for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {"09"}


@pytest.mark.model
def test_what_a_lawsuit_charges_is_no_act(pipeline: Any, parse: Any) -> None:
    text = "Bosnia sued Yugoslavia for genocide at the International Court of Justice."
    assert pipeline_triples(pipeline, parse, text, DAY) == {("BIH", "SRB", "115")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China said it would expand economic cooperation with Brazil.", "0311"),
        ("Russia offered to boost military cooperation with Venezuela.", "0312"),
        ("The Kenyan government said it would change its policy on refugees.", "0342"),
        ("The Saudi king promised to grant women the right to vote.", "0343"),
        ("Egypt urged Gulf states to increase their investment in its economy.", "0211"),
        ("The Congolese government demanded that the UN send more peacekeepers.", "1034"),
        ("Protesters in Lagos demanded that the government scrap the fuel tax.", "1042"),
        ("Iraq expelled UN weapons inspectors.", "1662"),
        ("Sudan expelled 13 international aid agencies from Darfur.", "1663"),
        ("The United States suspended economic aid to Egypt after the coup.", "1621"),
        ("Pakistani villagers beat two Christian men to death in Lahore.", "1823"),
        ("An Afghan suicide bomber blew himself up at a police station in Kabul.", "1831"),
        ("Soldiers molested women at a checkpoint in Hebron.", "1821"),
        ("An IED attack killed three Afghan soldiers in Helmand.", "1833"),
        ("The UN demanded an immediate end to the fighting in Aleppo.", "1056"),
        ("Uzbek authorities lifted restrictions on the freedom of assembly.", "0811"),
        ("Indonesia reversed its decision to raise fuel prices after protests.", "0832"),
        ("North Korea readmitted IAEA inspectors.", "0862"),
        ("Russia demanded a halt to NATO air strikes in Libya.", "1056"),
    ],
)
def test_sub_codes_the_codebook_names(pipeline: Any, parse: Any, text: str, code: str) -> None:
    codes = {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)}
    assert code in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's 051: "express support for, commend, approve policy, action, or actor"
        ("Germany voiced support for the French plan.", {("DEU", "FRA", "051")}),
        ("Egypt reiterated its support for the Palestinians.", {("EGY", "PSE", "051")}),
        # one act: thanks for another's support is not also an accord (019)
        ("Kenya expressed gratitude for Japan's support.", {("KEN", "JPN", "051")}),
        # sharing a view is still accord
        ("Russia shared Iran's concern about the sanctions.", {("RUS", "IRN", "019")}),
    ],
)
def test_support_or_thanks_expressed_is_praise(
    pipeline: Any, parse: Any, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia voiced its opposition to NATO expansion.", ("RUS", "IGO", "110")),
        ("Iran expressed strong objection to the Saudi decision.", ("IRN", "SAU", "110")),
    ],
)
def test_opposition_voiced_is_disapproval(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # shelter for people fleeing, as asylum is (PLOVER's AID)
        ("Turkey opened its border to Syrian refugees.", "075"),
        # movement across it allowed, as a border reopened
        ("Russia opened its airspace to American cargo flights.", "081"),
        # fire opened across a border is force
        ("Indian troops opened fire across the border.", "193"),
        ("Greek police opened fire on migrants at the border.", "193"),
    ],
)
def test_a_border_opened(pipeline: Any, parse: Any, text: str, code: str) -> None:
    assert {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {code}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides", "code"),
    [
        ("Colombia and the FARC rebels signed a ceasefire in Havana.", ("COL", "COL"), "0871"),
        ("Israel and Hamas agreed to a truce in Cairo.", ("ISR", "PSE"), "0356"),
        ("Peru and Chile signed an accord in Lima.", ("PER", "CHL"), "057"),
    ],
)
def test_a_truce_two_sides_sign_somewhere_is_with_each_other(
    pipeline: Any, parse: Any, text: str, sides: tuple[str, str], code: str
) -> None:
    # where it was signed is no party to it
    a, b = sides
    assert pipeline_triples(pipeline, parse, text, DAY) == {(a, b, code), (b, a, code)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea sent an envoy to Pyongyang.", ("KOR", "PRK", "042")),
        ("China sent a delegation to Washington for trade talks.", ("CHN", "USA", "042")),
        ("The UN dispatched a special envoy to Yemen.", ("IGO", "YEM", "042")),
        # troops sent are a deployment, not a visit
        ("Russia sent troops to Syria.", ("RUS", "SYR", "154")),
    ],
)
def test_an_envoy_sent_makes_a_visit(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY) == {expected}
