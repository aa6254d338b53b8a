"""The actor evaluations: the normalizer, span alignment, and the figures on the real sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval import EvalContext, evaluate
from eventwire.eval.actors import (
    Actor,
    _locate,
    _markup_spans,
    compatible,
    is_participant,
    normalize,
    read_petr2,
)


def test_normalizer_maps_gold_conventions() -> None:
    assert normalize("JAP", "GOV") == Actor("JPN", "GOV")
    assert normalize("---REB") == Actor(None, "REB")
    assert normalize("---") is None
    assert normalize("IGOUNOMIL") == Actor("IGO", "MIL")
    assert normalize("PSEGZA") == Actor("PSE", None)
    assert normalize("PSEREBHMS") == Actor("PSE", "REB")
    assert normalize("LBY", "CIV") == Actor("LBY", "CVL")
    assert normalize("IRQ", "***") == Actor("IRQ", None)


def test_compatibility_rules() -> None:
    assert compatible(Actor("RUS", None), Actor("RUS", "GOV"), full=True)
    assert not compatible(Actor("RUS", "MIL"), Actor("RUS", "GOV"), full=True)
    assert compatible(Actor("RUS", "MIL"), Actor("RUS", "GOV"), full=False)
    assert compatible(Actor("IGO", "GOV"), Actor("IGO", None), full=True)
    assert not compatible(Actor("USA", None), Actor("RUS", None), full=False)


def test_markup_offsets_rebuild_the_text() -> None:
    text, spans = _markup_spans("(SRC: Ruritania) (EVT: warned) (TAR: Freedonia) on Monday.")
    assert text == "Ruritania warned Freedonia on Monday."
    assert [(label, text[s:e]) for label, s, e in spans] == [
        ("SRC", "Ruritania"),
        ("EVT", "warned"),
        ("TAR", "Freedonia"),
    ]


def test_petr2_reader_is_lenient() -> None:
    raw = (
        '<Sentence date="20150609" id="X_1" category="T"/>\n'
        '<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />\n'
        "<Text>\nRebels shelled Syria.\n</Text>\n"
    )
    [record] = read_petr2(raw)
    assert record.id == "X_1" and record.text == "Rebels shelled Syria."
    assert record.gold == (Actor(None, "REB"), Actor("SYR", None))


def test_gold_text_is_found_as_an_annotator_wrote_it() -> None:
    text = "US and British forces entered the town, and Bosnian Serbs said their forces left."
    found = _locate(text, "British  forces", [], set())
    assert text[found[0] : found[1]] == "British forces"
    found = _locate(text, "US forces", [], set())
    assert text[found[0] : found[1]] == "US and British forces"
    found = _locate(text, "Bosnian Serbs ... forces", [], set())
    assert text[found[0] : found[1]] == "Bosnian Serbs said their forces"
    assert _locate(text, "French warships", [], set()) == (-1, -1)


def test_participants_follow_petrarch(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.extract.actors import extract_actors

    parsed = parse("Kenya praised China's help. Activists protested in Nairobi, police said.")
    found = {
        m.span.text: is_participant(m, parsed)
        for m in extract_actors(parsed, load_actor_dictionary())
    }
    assert found["Kenya"] and found["China"] and found["Activists"]
    assert found["Nairobi"]  # PETRARCH takes a target from any phrase of the verb
    assert not found["police"]  # the trailing source of a report is not coded


@pytest.mark.external
@pytest.mark.parametrize("dataset", ["plover-actors", "petr2-gsr-actors"])
def test_actor_evaluations_run_and_score(dataset: str, data_dir: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(
        EvalContext(dataset, split="dev", data_dir=data_dir, make_pipeline=lambda: pipeline)
    ).to_json()
    assert set(report["metrics"]) == {"country", "full_code"}
    # floors a little under the measured dev figures, so a regression fails
    assert report["metrics"]["country"]["f1"] >= 0.85
    assert report["metrics"]["full_code"]["f1"] >= 0.75


def test_a_bare_city_is_read_as_its_civilians_for_plover(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.eval.actors import predicted, predicted_plover
    from eventwire.extract.actors import extract_actors

    parsed = parse("Police imposed a curfew in Aleppo after Syria closed its border with Kabul.")
    spans = {m.span.text: m for m in extract_actors(parsed, load_actor_dictionary())}
    aleppo = spans["Aleppo"]
    assert predicted(aleppo) == Actor("SYR", None)
    # the PLOVER gold's readme: cities in general are CVL
    assert predicted_plover(aleppo) == Actor("SYR", "CVL")
    assert predicted_plover(spans["Syria"]) == Actor("SYR", None)  # a country stays bare


def test_a_crowd_of_protesters_is_read_as_the_opposition_for_petr2(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.eval.actors import predicted, predicted_petr2
    from eventwire.extract.actors import extract_actors

    parsed = parse("Kenyan protesters and villagers marched on the parliament in Nairobi.")
    spans = {m.span.text: m for m in extract_actors(parsed, load_actor_dictionary())}
    crowd = next(m for text, m in spans.items() if "protesters" in text)
    assert predicted(crowd) == Actor("KEN", "CVL")  # ours, as the issue asks
    # PETRARCH's agents dictionary files protesters under the opposition
    assert predicted_petr2(crowd, parsed) == Actor("KEN", "OPP")
    villagers = next(m for text, m in spans.items() if text.endswith("villagers"))
    assert predicted_petr2(villagers, parsed) == predicted(villagers)  # other civilians stay


@pytest.mark.parametrize(
    ("text", "word", "ours", "petr2"),
    [
        ("Obama was pressured by Congress to act.", "Congress", "USALEG", Actor(None, "LEG")),
        # the country the story gives ours
        (
            "Peruvian officials said the congress would vote.",
            "congress",
            "PERLEG",
            Actor(None, "LEG"),
        ),
        # a country word in the phrase is PETRARCH's country too
        ("The U.S. Congress rejected the budget.", "Congress", "USALEG", Actor("USA", "LEG")),
        ("Peruvian senators rejected the budget.", "senators", "PERLEG", Actor("PER", "LEG")),
    ],
)
def test_a_legislature_named_without_a_country_word_has_none_for_petr2(  # type: ignore[no-untyped-def]
    parse, text: str, word: str, ours: str, petr2: Actor
) -> None:
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.eval.actors import predicted_petr2
    from eventwire.extract.actors import extract_actors

    parsed = parse(text)
    mention = next(
        m for m in extract_actors(parsed, load_actor_dictionary()) if m.span.text.endswith(word)
    )
    assert mention.code == ours
    assert predicted_petr2(mention, parsed) == petr2


def test_only_the_main_clause_gives_petrarch_participants(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.extract.actors import extract_actors

    parsed = parse(
        "Before leaving for Beijing, Kenya condemned the militias that seized parts of Somalia."
    )
    found = {
        m.span.text: is_participant(m, parsed)
        for m in extract_actors(parsed, load_actor_dictionary())
    }
    assert found["Kenya"]
    assert not found["Beijing"]  # an adverbial clause
    somalia = [v for k, v in found.items() if "Somalia" in k]
    assert somalia and not any(somalia)  # a relative clause


def test_a_main_clause_with_no_state_gives_way_to_its_subordinate_clauses(parse) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.eval.actors import score_petr2
    from eventwire.extract.actors import extract_actors

    parsed = parse("The handover of the envoy came as Kenya said it would free Somali fishermen.")
    mentions = extract_actors(parsed, load_actor_dictionary())
    assert not any(is_participant(m, parsed) and m.country for m in mentions)  # main clause
    gold = (Actor("KEN", None), Actor("SOM", None))
    score = score_petr2("x", gold, mentions, parsed, Counter())
    assert (score.counts["country"].tp, score.counts["country"].fn) == (2, 0)
    # a main clause naming a state keeps the subordinate clauses out
    parsed = parse("Uganda protested as Kenya said it would free Somali fishermen.")
    mentions = extract_actors(parsed, load_actor_dictionary())
    score = score_petr2("x", (Actor("UGA", None),), mentions, parsed, Counter())
    assert (score.counts["country"].tp, score.counts["country"].fp) == (1, 0)


def test_a_named_ngo_is_an_igo_for_plover(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.eval.actors import plover_country, predicted, predicted_plover
    from eventwire.extract.actors import extract_actors

    parsed = parse("Amnesty International and a human rights group criticized Sudan.")
    spans = {m.span.text: m for m in extract_actors(parsed, load_actor_dictionary())}
    amnesty = spans["Amnesty International"]
    assert predicted(amnesty) == Actor("NGO", "HRI")  # ours
    # the PLOVER records code Amnesty International, the Red Cross and the Red Crescent IGO
    assert predicted_plover(amnesty) == Actor("IGO", "HRI")
    assert plover_country(amnesty) == "IGO"
    group = next(m for text, m in spans.items() if "group" in text)
    assert plover_country(group) == "NGO"  # an unnamed group stays an NGO, as there
    assert plover_country(spans["Sudan"]) == "SDN"
