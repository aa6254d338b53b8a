"""Lemmas the later stages match patterns on: a past form the tagger misreads as a base form
still gets its verb's lemma, and verbs of their own keep theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import ParsedArticle

Parse = Callable[..., ParsedArticle]


def _lemma(parsed: ParsedArticle, word: str) -> str:
    return next(t.lemma for t in parsed.tokens if t.text == word)


@pytest.mark.model
def test_a_misread_past_form_gets_its_verbs_lemma(parse: Parse) -> None:
    # tagged VB, which the rule lemmatizer leaves as it is
    assert _lemma(parse("The army retook it."), "retook") == "retake"


@pytest.mark.model
def test_a_form_that_is_a_verb_of_its_own_keeps_its_lemma(parse: Parse) -> None:
    assert _lemma(parse("They plan to found a new party."), "found") == "found"
    assert _lemma(parse("The rebels agreed to lay down their arms."), "lay") == "lay"
