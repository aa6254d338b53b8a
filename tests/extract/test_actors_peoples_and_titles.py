"""Actor errors the probe suites pinned: peoples named as "ethnic" or "pro-" someone coded as
that state, a title's nationality swallowed by a person's name, a body's name cut short, a
region's adjective read as a state's, and a state's agency read as a news agency."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str) -> list[ActorMention]:
    return extract_actors(parse(text, published=published), load_actor_dictionary())


def _codes(mentions: list[ActorMention], span: str) -> list[str | None]:
    return [m.code for m in mentions if m.span.text == span]


def test_an_ethnic_modifier_codes_the_group_by_where_it_lives(parse: Parse) -> None:
    text = (
        "Macedonian police detained dozens of ethnic Albanian protesters in the town of "
        "Tetovo on Sunday after clashes over a new language law."
    )
    mentions = _actors(parse, text, "2001-03-05")
    assert _codes(mentions, "ethnic Albanian protesters") == ["MKDCVL"]


def test_an_ethnic_group_is_placed_by_a_named_place_first(parse: Parse) -> None:
    text = (
        "Russian state television interviewed ethnic Russian residents of border towns in "
        "Estonia on Friday about the new language rules."
    )
    mentions = _actors(parse, text, "2023-02-10")
    assert _codes(mentions, "ethnic Russian residents of border towns") == ["ESTCVL"]


def test_fighters_named_by_their_backer_are_placed_where_they_fight(parse: Parse) -> None:
    text = (
        "Iranian-backed rebels fired rockets at a base in eastern Syria on Monday, a "
        "monitoring group said."
    )
    mentions = _actors(parse, text, "2023-03-27")
    assert _codes(mentions, "rebels") == ["SYRREB"]


def test_a_demonym_the_tagger_puts_in_a_name_still_places_the_title(parse: Parse) -> None:
    text = "Jordanian King Abdullah flew to Cairo on Sunday for talks with Egyptian officials."
    mentions = _actors(parse, text, "2023-06-12")
    assert _codes(mentions, "Jordanian King Abdullah") == ["JORGOV"]
    assert next(m.rule for m in mentions if "King" in m.span.text).startswith("dictionary")


def test_another_states_namesake_out_of_office_does_not_override_the_demonym(
    parse: Parse,
) -> None:
    text = "Moroccan King Hassan received Egyptian President Hosni Mubarak in Rabat on Sunday."
    codes = [m.code for m in _actors(parse, text, "1994-07-25") if "King" in m.span.text]
    assert codes == ["MARGOV"]


def test_a_body_named_in_full_after_its_country_keeps_its_code(parse: Parse) -> None:
    text = (
        "Moscow barred Mike Johnson, the speaker of the U.S. House of Representatives, from "
        "entering Russia, and his aides too."
    )
    mentions = _actors(parse, text, "2024-05-02")
    assert _codes(mentions, "Mike Johnson") == ["USALEG"]
    assert _codes(mentions, "his aides") == ["USAGOV"]


def test_a_regions_adjective_names_no_state(parse: Parse) -> None:
    text = "Brazil hosted the foreign ministers of several Central American states on Tuesday."
    mentions = _actors(parse, text, "2023-05-09")
    assert all(m.country != "USA" for m in mentions)
    assert _codes(mentions, "the foreign ministers") == ["---GOV"]


def test_a_states_agency_named_by_its_task_is_no_news_agency(parse: Parse) -> None:
    text = "Denmark's energy agency warned on Monday that gas reserves could run low."
    mentions = _actors(parse, text, "2022-10-03")
    assert _codes(mentions, "Denmark's energy agency") == ["DNKGOV"]
    news = "Denmark's news agency Ritzau reported the warning on Monday."
    assert all(m.code != "DNKGOV" for m in _actors(parse, news, "2022-10-03"))


def test_a_regions_people_in_arms_are_no_state_army(parse: Parse) -> None:
    text = "Georgian troops exchanged fire with South Ossetian forces near the boundary line."
    mentions = _actors(parse, text, "2008-08-07")
    assert _codes(mentions, "South Ossetian forces") == ["GEOREB"]
    assert _codes(mentions, "Georgian troops") == ["GEOMIL"]


def test_a_states_body_does_not_take_a_foreign_diplomats_country(parse: Parse) -> None:
    text = (
        "Mali's military government summoned the Algerian ambassador on Tuesday. The junta "
        "accused Algiers of meddling."
    )
    assert _codes(_actors(parse, text, "2023-12-20"), "The junta") == ["MLIGOV"]


def test_a_named_body_is_placed_by_the_country_its_name_ends_in(parse: Parse) -> None:
    text = "The Serbian Orthodox Church of Montenegro protested the new religion law on Friday."
    mentions = _actors(parse, text, "2019-12-27")
    assert _codes(mentions, "The Serbian Orthodox Church of Montenegro") == ["MNEREL"]


def test_a_lower_case_alias_repeats_a_body_named_before(parse: Parse) -> None:
    named = (
        "NATO jets patrolled the Baltic on Monday, and Moscow accused the alliance of provoking it."
    )
    assert _codes(_actors(parse, named, "2024-03-04"), "the alliance") == ["IGOWSTNAT"]
    unnamed = "Moscow accused the alliance of provoking it, a Kremlin spokesman said on Monday."
    assert _codes(_actors(parse, unnamed, "2024-03-04"), "the alliance") == []


def test_a_people_in_revolt_is_placed_where_it_lives(parse: Parse) -> None:
    text = (
        "Croatian police sealed off the rebel Serb enclave near the town of Glina on Tuesday "
        "after an exchange of fire."
    )
    assert _codes(_actors(parse, text, "1994-11-22"), "Serb") == ["HRV"]


def test_where_people_are_driven_or_a_likeness_does_not_place_an_ethnic_group(parse: Parse) -> None:
    text = (
        "Serbian police raided ethnic Albanian homes on Monday in an operation that drove "
        "hundreds of families towards Macedonia."
    )
    mentions = _actors(parse, text, "1998-06-01")
    assert _codes(mentions, "ethnic Albanian homes") == ["SRBCVL"]
    likened = "Moldovan police questioned ethnic Russian activists over a Crimea-style plot."
    mentions = _actors(parse, likened, "2015-04-01")
    assert _codes(mentions, "ethnic Russian activists") == ["MDAOPP"]


def test_forces_loyal_to_a_coded_person_are_of_that_persons_country(parse: Parse) -> None:
    text = "Troops loyal to Libyan commander Khalifa Haftar seized the port."
    assert _codes(_actors(parse, text, "2019-04-10"), "Troops") == ["LBYMIL"]


def test_what_a_destroyer_burns_is_someone_elses(parse: Parse) -> None:
    text = "Hundreds of Karen families fled after Myanmar soldiers torched their farms."
    theirs = [m for m in _actors(parse, text, "2022-02-01") if m.span.text == "their"]
    assert [m.code for m in theirs] == ["MMRCVL"]
    own = "Myanmar soldiers torched their own barracks before retreating."
    theirs = [m for m in _actors(parse, own, "2022-02-01") if m.span.text == "their"]
    assert [m.code for m in theirs] == ["MMRMIL"]


def test_troops_in_a_sentence_about_one_state_are_that_states(parse: Parse) -> None:
    text = (
        "Guinea's junta leader Mamady Doumbouya suspended the constitution on Sunday after "
        "soldiers detained President Alpha Conde in Conakry."
    )
    assert _codes(_actors(parse, text, "2021-09-06"), "soldiers") == ["GINMIL"]
    mixed = "Ukraine's foreign minister said soldiers shelled Russian positions near Bakhmut."
    assert _codes(_actors(parse, mixed, "2023-05-02"), "soldiers") == ["---MIL"]
