"""The actor stage's shortcuts give what the plain computation gives: copies that keep every
field, a phrase's place found by walking up from it, a pronoun's look-back window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from eventwire.dictionaries import load_actor_dictionary
from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import Draft, recoded, with_result
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str = "2025-10-27") -> list[ActorMention]:
    return extract_actors(parse(text, published=published), load_actor_dictionary())


def _resolution() -> Resolution:
    """A resolution with no field at its default, so a dropped field shows."""
    return Resolution(
        "ABCGOV", "ABC", "Name", "rule", "GOV", True, "head of state", "president", True, "f"
    )


def test_recoded_keeps_every_other_field() -> None:
    r = _resolution()
    assert all(getattr(r, f.name) != f.default for f in fields(Resolution))
    assert recoded(r, "XYZMIL", "XYZ", "coref:role") == replace(
        r, code="XYZMIL", country="XYZ", rule="coref:role"
    )


def test_with_result_keeps_every_other_field() -> None:
    d = Draft(3, 7, 5, _resolution(), plural=True, named=True, ethnic=True)
    other = Resolution("XYZ", "XYZ", None, "dictionary:country")
    assert with_result(d, other) == replace(d, result=other)
    assert len(fields(Draft)) == 7  # with_result copies seven fields: a new one needs adding


def test_the_nearest_place_of_a_phrase_places_its_role(parse: Parse) -> None:
    # "the government of Sudan" lies nearer "Militants" in the parse than "Chad"
    text = "Militants loyal to the government of Sudan in camps in Chad attacked the town."
    [militants] = [m for m in _actors(parse, text) if m.span.text == "Militants"]
    assert (militants.code, militants.rule) == ("SDNREB", "context:phrase")
    text = "Rebels fighting in Mali and hiding in Niger attacked a convoy."
    [rebels] = [m for m in _actors(parse, text) if m.span.text == "Rebels"]
    assert (rebels.code, rebels.rule) == ("MLIREB", "context:phrase")


def _he(parse: Parse, fillers: int) -> list[ActorMention]:
    text = " ".join(
        [
            "Ugandan President Yoweri Museveni arrived in the capital on Monday.",
            *["The weather stayed dry all week." for _ in range(fillers)],
            "He said the talks would resume.",
        ]
    )
    return [m for m in _actors(parse, text, "2024-03-04") if m.span.text == "He"]


def test_a_pronoun_looks_back_three_sentences_and_no_further(parse: Parse) -> None:
    [near] = _he(parse, 2)
    assert (near.code, near.rule) == ("UGAGOV", "coref:pronoun")
    assert _he(parse, 3) == []
