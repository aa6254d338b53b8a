"""Passives whose agent the parser hangs elsewhere (our own sentences in the style of the
constructed PETR2 records): "by X" on the verb's object or inside its "of" phrase is still who
acted, and only a name is taken for an agent there."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2015-03-02"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" hung on the object of a verb of giving
        ("Ukraine was given military aid by the United States.", ("USA", "UKR", "07")),
        ("The dissident was granted asylum by Sweden.", ("SWE", None, "07")),
        ("Greece was loaned 10 billion euros by the IMF.", ("IGO", "GRC", "07")),
        # "by" hung on the verb of the "of" phrase
        ("Syria was accused of using chemical weapons by France.", ("FRA", "SYR", "11")),
    ],
)
def test_a_misplaced_by_phrase_is_the_agent(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert pipeline_triples(pipeline, parse, text, DAY, root=True) == {expected}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Syria was accused of moving weapons by road.", None),
        ("Ukraine was given military aid by air.", None),
        ("Syria was accused of moving weapons by Turkey.", "Turkey"),
        ("Ukraine was given military aid by Canada.", "Canada"),
    ],
)
def test_only_a_name_in_a_misplaced_by_phrase_is_the_agent(
    parse: Any, text: str, agent: str | None
) -> None:
    from eventwire.extract.event_doers import subject_of
    from eventwire.extract.event_structure import Tree

    parsed = parse(text)
    tree = Tree(parsed)
    verb = next(t.i for t in parsed.tokens if t.dep == "ROOT")
    found = subject_of(tree, verb)
    assert (parsed.tokens[found].text if found is not None else None) == agent
