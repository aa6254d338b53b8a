"""Words around force that wire copy uses and the coder misread: whose building was attacked
(no veto on "government"), a city named before an offensive (where, not who), what carries aid
(a thing, no aid given), the fighting an armed group's act follows (theirs), and aid
dispatched. Through the whole pipeline, with our own sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.models import ParsedArticle
from wordcoded import pipeline_triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_whose_building_is_struck_vetoes_no_attack(pipeline: Any, parse: Parse) -> None:
    text = "Syrian rebels attacked a government security building in Aleppo, activists said."
    assert ("SYR", "SYR", "190") in pipeline_triples(pipeline, parse, text, "2012-07-24")
    # attacking the government itself is still words, not force
    text = "The Kenyan opposition attacked the government over rising fuel prices."
    got = pipeline_triples(pipeline, parse, text, "2023-07-24")
    assert not any(code.startswith("19") for _, _, code in got)


@pytest.mark.model
def test_a_city_before_an_offensive_is_where_it_lands(pipeline: Any, parse: Parse) -> None:
    text = "Venezuela expelled the Israeli ambassador in protest at the Gaza offensive."
    got = pipeline_triples(pipeline, parse, text, "2009-01-06")
    assert ("VEN", "ISR", "161") in got
    assert (None, "PSE", "190") in got  # not Palestine's offensive
    # a country or a demonym before it is the doer
    text = "A U.S. strike killed a senior militant commander in Yemen."
    assert ("USA", "YEM", "190") in pipeline_triples(pipeline, parse, text, "2012-07-24")


@pytest.mark.model
def test_what_carries_aid_gives_none(pipeline: Any, parse: Parse) -> None:
    text = "Israeli commandos stormed an aid flotilla bound for Gaza on Monday."
    got = pipeline_triples(pipeline, parse, text, "2010-05-31")
    assert not any(code.startswith("07") for _, _, code in got)
    # sent or dispatched, the convoy's aid is given
    text = "Jordan dispatched aid trucks to Syria on Sunday."
    assert ("JOR", "SYR", "070") in pipeline_triples(pipeline, parse, text, "2013-05-31")


@pytest.mark.model
def test_the_fighting_an_armed_groups_act_follows_is_theirs(pipeline: Any, parse: Parse) -> None:
    text = "Hamas gunmen seized control of the Gaza Strip after days of fighting with Fatah forces."
    result = pipeline.extract(parse(text, "2007-06-15"))
    fights = {(e.source.code, e.target.code) for e in result.events if e.cameo.root == "19"}
    assert ("PSEREBHMS", "PSEPTYFTH") in {(s, t) for s, t in fights if s and t}
    text = "Syrian troops recaptured the town of Qusair after weeks of fighting with rebels."
    result = pipeline.extract(parse(text, "2013-06-05"))
    fighters = {e.source.code for e in result.events if e.trigger.text == "fighting" and e.source}
    assert fighters == {"SYRMIL"}


@pytest.mark.model
def test_the_one_prompted_to_act_does_the_act(pipeline: Any, parse: Parse) -> None:
    text = "Georgian troops launched an offensive, prompting Russia to send in tanks."
    result = pipeline.extract(parse(text, "2008-08-08"))
    sent = [e for e in result.events if e.trigger.text == "send"]
    assert sent and all(e.source is not None and e.source.country == "RUS" for e in sent)


@pytest.mark.model
def test_rocketing_and_lynching_are_force(pipeline: Any, parse: Parse) -> None:
    text = "Israeli helicopter gunships rocketed Palestinian Authority buildings in Ramallah."
    assert ("ISR", "PSE", "195") in pipeline_triples(pipeline, parse, text, "2000-10-13")
    text = "Hezbollah guerrillas rocketed northern Israel on Sunday."
    assert ("LBN", "ISR", "194") in pipeline_triples(pipeline, parse, text, "2006-07-16")
    # a mob is people, not a thing whose harm is an accident
    text = "Two Israeli soldiers were lynched by a mob in Ramallah."
    assert ("PSE", "ISR", "1823") in pipeline_triples(pipeline, parse, text, "2000-10-13")


@pytest.mark.model
def test_driving_people_out_is_its_own_act(pipeline: Any, parse: Parse) -> None:
    text = "Serb forces overran the enclave of Zepa on Tuesday, expelling thousands of civilians."
    result = pipeline.extract(parse(text, "1995-07-25"))
    assert {e.cameo.code for e in result.events} >= {"190", "201"}
    # a killing is what the attack did: one act
    text = "Israeli jets struck Gaza City on Sunday, killing four people."
    assert pipeline_triples(pipeline, parse, text, "2014-07-20") == {("ISR", "PSE", "195")}


@pytest.mark.model
def test_a_pattern_that_does_not_absorb_leaves_its_words_their_own_acts(
    parse: Parse, tmp_path: Any
) -> None:
    from eventwire.coding.patterns import load_patterns
    from eventwire.extract.event_match import find_matches
    from eventwire.extract.event_structure import Tree

    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "patterns:\n"
        "  - id: ordered-with-strikes\n    code: '100'\n    verbs: [order]\n"
        "    with: [strike]\n    absorb: false\n",
        "utf-8",
    )
    patterns = load_patterns(["cameo-patterns.v1", str(mine)])
    parsed = parse("The general ordered strikes on the bridge.", "2024-03-01")
    tree = Tree(parsed)
    by_text = {parsed.tokens[i].text: m for i, m in find_matches(tree, patterns).items()}
    assert by_text["ordered"].pattern.id == "ordered-with-strikes"
    assert "strikes" in by_text  # the strikes are an act of their own, not absorbed


@pytest.mark.model
def test_force_at_a_thing_makes_its_joint_doers_allies(pipeline: Any, parse: Parse) -> None:
    text = "Syrian or Russian warplanes bombed an aid convoy near Aleppo, the United Nations said."
    got = pipeline_triples(pipeline, parse, text, "2016-09-19")
    assert got == {("SYR", None, "195"), ("RUS", None, "195")}  # not at each other
    text = "Armenian and Azerbaijani forces shelled each other's positions."
    got = pipeline_triples(pipeline, parse, text, "2020-09-28")
    assert got == {("ARM", "AZE", "194"), ("AZE", "ARM", "194")}


@pytest.mark.model
def test_a_ship_that_sank_was_sunk_by_no_one_named(pipeline: Any, parse: Parse) -> None:
    text = "A South Korean warship sank near the maritime border after an explosion."
    assert not pipeline_triples(pipeline, parse, text, "2010-03-26")
    text = "The Indonesian navy sank 23 Vietnamese fishing boats on Sunday."
    assert ("IDN", "VNM", "190") in pipeline_triples(pipeline, parse, text, "2016-03-26")


@pytest.mark.model
def test_what_an_act_came_after_is_not_its_matter(pipeline: Any, parse: Parse) -> None:
    text = "Israel launched an offensive against Hamas in Gaza after rocket fire from the enclave."
    got = pipeline_triples(pipeline, parse, text, "2014-07-08")
    assert got == {("ISR", "PSE", "190")}  # no artillery launched (194) by Israel


@pytest.mark.model
def test_strikes_launched_on_sites_are_force(pipeline: Any, parse: Parse) -> None:
    text = "The United States and France launched strikes on Syrian chemical weapons sites."
    got = pipeline_triples(pipeline, parse, text, "2018-04-14")
    assert got == {("USA", "SYR", "190"), ("FRA", "SYR", "190")}  # no labour strike, no gas
    text = "Dockworkers launched a strike at the port of Santos on Monday."
    assert any(
        code == "143" for _, _, code in pipeline_triples(pipeline, parse, text, "2024-03-01")
    )


@pytest.mark.model
def test_military_action_launched_is_force(pipeline: Any, parse: Parse) -> None:
    text = "British and U.S. forces launched military action against Libya."
    got = pipeline_triples(pipeline, parse, text, "2011-03-19")
    assert got == {("GBR", "LBY", "190"), ("USA", "LBY", "190")}  # no lawsuit (115)


@pytest.mark.model
def test_arms_struck_are_no_shelling_of_theirs(pipeline: Any, parse: Parse) -> None:
    text = "U.S. warplanes bombed Islamic State artillery near Erbil."
    got = pipeline_triples(pipeline, parse, text, "2014-08-08")
    assert {code for _, _, code in got} == {"195"}


@pytest.mark.model
def test_a_reason_deep_in_its_phrase_names_no_weapon_used(pipeline: Any, parse: Parse) -> None:
    text = "Israeli warplanes pounded Gaza in retaliation for rocket fire by Hamas militants."
    assert pipeline_triples(pipeline, parse, text, "2008-12-27") == {("ISR", "PSE", "195")}


@pytest.mark.model
def test_word_lists_the_article_cannot_satisfy_are_settled_without_reading_words(
    parse: Parse, tmp_path: Any
) -> None:
    from eventwire.coding.patterns import load_patterns
    from eventwire.extract.event_match import find_matches
    from eventwire.extract.event_structure import Tree

    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "patterns:\n"
        "  - id: ordered-tanks\n    code: '100'\n    verbs: [order]\n    with: [tank]\n"
        "  - id: ordered-no-pizza\n    code: '010'\n    verbs: [order]\n    without: [pizza]\n"
        "  - id: ordered\n    code: '020'\n    verbs: [order]\n",
        "utf-8",
    )
    patterns = load_patterns([str(mine)])
    # no tank and no pizza anywhere in the article: the veto pattern matches unread
    parsed = parse("The general ordered strikes on the bridge.", "2024-03-01")
    tree = Tree(parsed)
    found = {parsed.tokens[i].text: m.pattern.id for i, m in find_matches(tree, patterns).items()}
    assert found["ordered"] == "ordered-no-pizza"
    assert not tree._words  # the argument words were never needed
    # a tank elsewhere in the article and pizza as the object: the words are read, and decide
    text = "The minister ordered pizza for the delegates. A tank stood outside the base."
    parsed = parse(text, "2024-03-01")
    tree = Tree(parsed)
    found = {parsed.tokens[i].text: m.pattern.id for i, m in find_matches(tree, patterns).items()}
    assert found["ordered"] == "ordered"
