"""The spaCy speed-ups that ``eventwire bench`` reports change nothing in the output."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model  # uses the session pipeline (the spaCy model)

TEXTS = [
    "Russia's foreign minister said on Monday that Moscow wouldn't sign the accord unless "
    "Kyiv withdrew its troops, and that talks in Geneva hadn't produced anything new.",
    "Y'all gonna wanna see this: the protesters ain't leaving, nothin' will move them, "
    "a union leader told reporters in Lagos.",
    "  The ministers met twice.\n\nThey didn't agree; it's unclear whether they'll meet again.",
    "Is the ceasefire holding? Officials in Khartoum say it is not, and aid groups warned "
    "that shelling had resumed near El Fasher.",
]


def test_fast_attribute_rules_match_spacys_ruler(pipeline: Any) -> None:
    from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.pipeline import AttributeRuler

    from eventwire.nlp.attribute_ruler import FastAttributeRules

    nlp = pipeline.annotator.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRules(ruler)
    assert ruler.match.__self__ is not None and ruler.match.__func__ is FastAttributeRules.match
    after = [name for name in nlp.pipe_names[nlp.pipe_names.index("attribute_ruler") + 1 :]]
    columns = [POS, TAG, DEP, HEAD, LEMMA, MORPH, ENT_TYPE]
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    lemmas: dict[str, str] = {}
    for doc in nlp.pipe(TEXTS, disable=[n for n in nlp.pipe_names if n not in before]):
        spacy_doc, fast_doc = doc.copy(), doc.copy()
        AttributeRuler.set_annotations(ruler, spacy_doc, AttributeRuler.match(ruler, spacy_doc))
        fast.set_annotations(fast_doc, fast.match(fast_doc))
        for name in after:  # the lemmatizer reads the POS the ruler set
            nlp.get_pipe(name)(spacy_doc)
            nlp.get_pipe(name)(fast_doc)
        assert (spacy_doc.to_array(columns) == fast_doc.to_array(columns)).all()
        lemmas.update({t.lower_: t.lemma_ for t in fast_doc})
    # the regex and two-token rules fired: "ai" + "n't" -> be, "nothin'" -> nothing
    assert (lemmas["ai"], lemmas["nothin'"]) == ("be", "nothing")


def test_rulers_with_patterns_a_table_cannot_hold_are_left_alone(pipeline: Any) -> None:
    from spacy.pipeline import AttributeRuler

    from eventwire.nlp.attribute_ruler import FastAttributeRules, UnsupportedPattern

    ruler = AttributeRuler(pipeline.annotator.nlp.vocab)
    ruler.add([[{"LOWER": "talks", "OP": "+"}]], {"LEMMA": "talk"})
    with pytest.raises(UnsupportedPattern):
        FastAttributeRules(ruler)
