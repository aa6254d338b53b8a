"""Within-article coreference: surnames, titles, pronouns, roles and group nouns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str = "2025-10-27") -> list[ActorMention]:
    return extract_actors(parse(text, published=published), load_actor_dictionary())


def test_surname_after_a_full_mention(parse: Parse) -> None:
    text = (
        "Venezuelan President Nicolas Maduro addressed the assembly. "
        "Later, Maduro accused the opposition of sabotage."
    )
    later = [m for m in _actors(parse, text) if m.span.text == "Maduro"]
    assert later and later[0].code == "VENGOV"
    assert later[0].rule in ("coref:surname", "person:surname", "person")


def test_pronouns_keep_their_span_and_take_the_code(parse: Parse) -> None:
    text = "German Chancellor Olaf Scholz arrived in Kyiv on Tuesday. He promised more air defence."
    he = [m for m in _actors(parse, text, "2023-05-02") if m.span.text == "He"]
    assert len(he) == 1
    assert (he[0].code, he[0].rule, he[0].name) == ("DEUGOV", "coref:pronoun", "Olaf Scholz")
    assert he[0].token_end - he[0].token_start == 1


def test_title_names_the_office_holder_on_the_date(parse: Parse) -> None:
    [m] = [
        m for m in _actors(parse, "The Russian president spoke by phone.", "2010-06-01") if m.code
    ]
    assert m.code == "RUSGOV"
    assert m.name == "Dmitry Medvedev"
    assert m.rule == "person:title"


def test_group_noun_stands_for_its_members(parse: Parse) -> None:
    text = "Russia and Venezuela signed an energy accord. The two countries will meet again."
    group = [m for m in _actors(parse, text) if m.rule == "coref:group"]
    assert [m.code for m in group] == ["RUS", "VEN"]
    assert {m.span.text for m in group} == {"The two countries"}


def test_bare_role_takes_the_country_of_an_earlier_actor_with_that_role(parse: Parse) -> None:
    text = "Syrian rebels shelled the town on Monday. The rebels later withdrew."
    later = [m for m in _actors(parse, text) if m.span.text == "The rebels"]
    assert later and later[0].code == "SYRREB" and later[0].rule == "coref:role"


def test_apposition_gives_an_unknown_name_its_code(parse: Parse) -> None:
    text = "Marta Ilves, the Estonian foreign minister, criticised the decision."
    [name] = [m for m in _actors(parse, text) if m.span.text == "Marta Ilves"]
    assert (name.code, name.rule) == ("ESTGOV", "coref:appos")


def test_a_role_takes_the_country_of_its_possessor_or_its_own_place(parse: Parse) -> None:
    text = "Bosnian Serbs said on Tuesday their forces had pulled back."
    forces = [m for m in _actors(parse, text) if m.span.text == "their forces"]
    assert forces and (forces[0].code, forces[0].rule) == ("BIHMIL", "coref:possessive")
    text = "Militants loyal to Iraq's former ruler claimed the attack."
    militants = [m for m in _actors(parse, text) if m.span.text == "Militants"]
    assert militants and (militants[0].code, militants[0].rule) == ("IRQREB", "context:phrase")


def test_an_office_is_not_placed_by_where_it_stands(parse: Parse) -> None:
    text = "The troops in Syria came under fire."
    troops = [m for m in _actors(parse, text) if m.span.text.startswith("The troops")]
    assert troops and troops[0].code == "---MIL"


def test_an_unqualified_official_is_the_dateline_country_s(parse: Parse) -> None:
    text = (
        "Title: Talks on a new treaty\n\n"
        "MOSCOW (EWS) - Russia and Venezuela signed a treaty on Monday.\n\n"
        "Deputy Foreign Minister Sergei Ryabkov said Caracas faced pressure from Washington."
    )
    mentions = _actors(parse, text)
    ryabkov = [m for m in mentions if m.span.text.endswith("Ryabkov")]
    assert ryabkov and (ryabkov[0].code, ryabkov[0].rule) == ("RUSGOV", "context:dateline")
    assert not [m for m in mentions if m.span.text in ("MOSCOW", "EWS")]  # the dateline


def test_a_country_named_before_an_official_places_them(parse: Parse) -> None:
    # a name the person table does not know
    text = "Slovakia had blocked the package before Prime Minister Marek Hrdina relented."
    pm = [m for m in _actors(parse, text) if m.span.text.endswith("Hrdina")]
    assert pm and (pm[0].code, pm[0].rule) == ("SVKGOV", "context:sentence")


def test_a_title_and_its_apposition_are_one_actor(parse: Parse) -> None:
    text = "Nigeria's foreign minister summoned Niger's ambassador Ali Moussa on Tuesday."
    codes = {m.span.text: m.code for m in _actors(parse, text)}
    assert codes["Niger's ambassador"] == "NERGOV"
    assert codes.get("Ali Moussa") in (None, "NERGOV")


def test_an_official_in_apposition_takes_the_country_beside_them(parse: Parse) -> None:
    text = "The Turkish commander in Syria, General Ahmet Kaya, held talks with Kurdish leaders."
    kaya = [m for m in _actors(parse, text) if m.span.text.endswith("Kaya")]
    assert kaya and (kaya[0].code, kaya[0].rule) == ("TURMIL", "coref:appos")


def test_a_role_repeating_an_international_body_s_takes_its_code(parse: Parse) -> None:
    text = "UN troops left the buffer zone on Monday. Gunmen later fired on the peacekeepers."
    keepers = [m for m in _actors(parse, text) if m.span.text == "the peacekeepers"]
    assert keepers and (keepers[0].code, keepers[0].rule) == ("IGOUNOMIL", "coref:role")


def test_he_after_a_quote_is_not_a_name_inside_it(parse: Parse) -> None:
    text = (
        "Prime Minister Irakli Kobakhidze rejected the demands. "
        '"Georgia will not see another Maidan," he told reporters on Sunday.'
    )
    he = [m for m in _actors(parse, text) if m.span.text == "he"]
    assert he and (he[0].code, he[0].rule) == ("GEOGOV", "coref:pronoun")


def test_the_committee_is_the_committee_named_before(parse: Parse) -> None:
    text = (
        "Pakistan denied any role. Its National Security Committee closed the airspace. "
        "The committee warned India against any move on water."
    )
    committee = [m for m in _actors(parse, text) if m.span.text == "The committee"]
    assert committee and (committee[0].code, committee[0].rule) == ("PAKGOV", "coref:role")


def _coded(parse: Parse, text: str, span: str, published: str) -> list[tuple[str | None, str]]:
    return [(m.code, m.rule) for m in _actors(parse, text, published) if m.span.text == span]


def test_a_possessive_opening_the_sentence_is_the_last_subject_s(parse: Parse) -> None:
    text = "Uganda sent troops into South Sudan on Friday. Its soldiers secured the airport."
    assert _coded(parse, text, "Its soldiers", "2013-12-20") == [("UGAMIL", "coref:possessive")]


def test_a_title_passes_over_a_capital_named_in_between(parse: Parse) -> None:
    text = "Brazilian President Lula visited Buenos Aires on Monday. The president then flew home."
    assert _coded(parse, text, "The president", "2023-01-23") == [("BRAGOV", "coref:role")]


def test_he_reported_by_he_is_the_same_person(parse: Parse) -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida landed in Seoul on Sunday. "
        "He told the cabinet in Tokyo that he would visit Busan next."
    )
    assert [c for c, _ in _coded(parse, text, "he", "2023-05-07")] == ["JPNGOV"]


def test_the_speaker_after_an_opening_quote_is_the_last_subject(parse: Parse) -> None:
    text = (
        "The Indian army chief met his Chinese counterpart on Friday. "
        "'We will not cede an inch of land,' he told officers."
    )
    assert _coded(parse, text, "he", "2020-09-05") == [("INDMIL", "coref:pronoun")]


def test_they_after_a_body_with_a_plural_name_stands_for_both(parse: Parse) -> None:
    text = (
        "Somalia's army and the Rapid Support Forces signed a pact on Monday. "
        "They later met in Nairobi."
    )
    codes = [c for c, _ in _coded(parse, text, "They", "2023-05-20")]
    assert len(codes) == 2 and codes[0] == "SOMMIL"


def test_a_name_coded_by_its_apposition_is_still_a_person(parse: Parse) -> None:
    text = (
        "Tamar Oduya, the leader of Kenya's Orange Democratic Movement, toured Kisumu. "
        "She accused the police of brutality."
    )
    [she] = _coded(parse, text, "She", "2017-08-14")
    assert she[1] == "coref:pronoun" and (she[0] or "").startswith("KEN")


def test_group_members_blaming_each_other_are_each_other_s_targets(
    pipeline: Any, parse: Parse
) -> None:
    text = (
        "Kyrgyzstan and Tajikistan exchanged fire along their border on Thursday. "
        "The two neighbours accused each other of starting the clash."
    )
    events = pipeline.extract(parse(text, published="2022-09-16")).events
    later = {
        (e.source.country, e.target.country)
        for e in events
        if e.sentence == 1 and e.source and e.target
    }
    assert later == {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_without_a_dateline_the_army_is_the_one_state_s_the_story_named(parse: Parse) -> None:
    text = (
        "Mozambique moved thousands of families away from the coast on Friday. "
        "Overnight the storm flattened their homes, and the army flew in tents."
    )
    assert _coded(parse, text, "the army", "2019-03-16") == [("MOZMIL", "context:story")]
    two = (
        "Mozambique and Malawi moved thousands of families on Friday. "
        "Overnight the storm flattened their homes, and the army flew in tents."
    )
    assert [c for c, _ in _coded(parse, two, "the army", "2019-03-16")] == ["---MIL"]
