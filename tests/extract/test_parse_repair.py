"""Parse repairs: a past form the tagger hung on a noun as an adjective (a verbless sentence),
and two coordinated noun phrases the tagger made one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.models import ParsedArticle, Sentence, Token
from eventwire.nlp.repair import (
    coordinated_noun_phrases,
    subjects_after_a_clause,
    verbless_sentences,
)

Parse = Callable[..., ParsedArticle]

# (text, pos, tag, dep, head): the misparse of our sentence, "shelled" an adjective of
# "villages" and "Fighters" the root
MISPARSE = [
    ("Fighters", "NOUN", "NNS", "ROOT", 0),
    ("of", "ADP", "IN", "prep", 0),
    ("the", "DET", "DT", "det", 3),
    ("militia", "NOUN", "NN", "poss", 8),
    ("'s", "PART", "POS", "case", 3),
    ("armed", "ADJ", "JJ", "amod", 6),
    ("wing", "NOUN", "NN", "amod", 8),
    ("shelled", "VERB", "VBN", "amod", 8),
    ("villages", "NOUN", "NNS", "pobj", 1),
    ("near", "ADP", "IN", "prep", 8),
    ("Kherson", "PROPN", "NNP", "pobj", 9),
    (".", "PUNCT", ".", "punct", 0),
]


def _tokens(rows: list[tuple[str, str, str, str, int]]) -> tuple[Token, ...]:
    out, start = [], 0
    for i, (text, pos, tag, dep, head) in enumerate(rows):
        out.append(Token(i, text, start, text.lower(), pos, tag, dep, head, "", "O", "", 0, " "))
        start += len(text) + 1
    return tuple(out)


def _sentence(n: int) -> tuple[Sentence, ...]:
    return (Sentence(0, 0, 0, "", 0, n),)


def test_a_hung_past_form_becomes_the_verb() -> None:
    fixed = verbless_sentences(_tokens(MISPARSE), _sentence(len(MISPARSE)))
    deps = {t.text: (t.dep, fixed[t.head].text) for t in fixed}
    assert deps["shelled"] == ("ROOT", "shelled")
    assert deps["Fighters"] == ("nsubj", "shelled")
    assert deps["villages"] == ("dobj", "shelled")
    assert deps["wing"] == ("pobj", "of")  # the subject phrase ends at its own noun
    assert deps["militia"] == ("poss", "wing")
    assert fixed[7].tag == "VBD"


def test_a_sentence_with_a_verb_is_left_alone() -> None:
    rows = list(MISPARSE)
    rows[0] = ("Fighters", "NOUN", "NNS", "nsubj", 11)
    rows[11] = ("left", "VERB", "VBD", "ROOT", 11)
    tokens = _tokens(rows)
    assert verbless_sentences(tokens, _sentence(len(rows))) is tokens


def test_the_repaired_sentence_codes_its_act(pipeline: Any, parse: Parse) -> None:
    result = pipeline.extract(parse("Members of Hezbollah's armed wing fired rockets at Israel."))
    got = {(e.source.country if e.source else None, e.cameo.root) for e in result.events}
    assert ("LBN", "19") in got


# "The Kenyan government and Shabaab militants signed ...", misparsed as one phrase headed by
# "militants" with "government and Shabaab" its modifier
MERGED = [
    ("The", "DET", "DT", "det", 2),
    ("Kenyan", "ADJ", "JJ", "amod", 2),
    ("government", "NOUN", "NN", "nmod", 5),
    ("and", "CCONJ", "CC", "cc", 2),
    ("Shabaab", "PROPN", "NNP", "conj", 2),
    ("militants", "NOUN", "NNS", "nsubj", 6),
    ("signed", "VERB", "VBD", "ROOT", 6),
]


def test_two_coordinated_phrases_made_one_are_split() -> None:
    fixed = coordinated_noun_phrases(_tokens(MERGED))
    deps = {t.text: (t.dep, fixed[t.head].text) for t in fixed}
    assert deps["government"] == ("nsubj", "signed")
    assert deps["militants"] == ("conj", "government")
    assert deps["Shabaab"] == ("compound", "militants")
    assert deps["The"] == ("det", "government")


def test_a_shared_determiner_keeps_one_phrase() -> None:
    rows = list(MERGED)
    rows[0] = ("The", "DET", "DT", "det", 5)  # "the [army and police] officers"
    tokens = _tokens(rows)
    assert coordinated_noun_phrases(tokens) is tokens


def test_the_split_phrases_are_two_parties(pipeline: Any, parse: Parse) -> None:
    text = "The Colombian government and FARC rebels signed a peace deal in Havana."
    result = pipeline.extract(parse(text))
    pairs = {(e.source.code, e.target.code) for e in result.events if e.source and e.target}
    assert ("COLGOV", "COLREBFRC") in pairs and ("COLREBFRC", "COLGOV") in pairs


# "Iran test-fired missiles near the strait.": "missiles" the root, "fired" its adjective
FRONTED = [
    ("Iran", "PROPN", "NNP", "nmod", 4),
    ("test", "NOUN", "NN", "npadvmod", 3),
    ("-", "PUNCT", "HYPH", "punct", 3),
    ("fired", "VERB", "VBN", "amod", 4),
    ("missiles", "NOUN", "NNS", "ROOT", 4),
    ("near", "ADP", "IN", "prep", 4),
    ("the", "DET", "DT", "det", 7),
    ("strait", "NOUN", "NN", "pobj", 5),
    (".", "PUNCT", ".", "punct", 4),
]


def test_a_past_form_between_subject_and_object_becomes_the_verb() -> None:
    fixed = verbless_sentences(_tokens(FRONTED), _sentence(len(FRONTED)))
    deps = {t.text: (t.dep, fixed[t.head].text) for t in fixed}
    assert deps["fired"] == ("ROOT", "fired")
    assert deps["Iran"] == ("nsubj", "fired")
    assert deps["missiles"] == ("dobj", "fired")
    assert deps["near"] == ("prep", "fired")
    assert deps["test"] == ("npadvmod", "fired")


def test_an_adjective_opening_the_phrase_is_no_subject() -> None:
    rows = list(FRONTED)
    rows[0] = ("Iranian", "ADJ", "JJ", "amod", 4)  # "Iranian test-fired missiles ..."
    tokens = _tokens(rows)
    assert verbless_sentences(tokens, _sentence(len(rows))) is tokens


def test_the_object_may_carry_its_own_modifiers_before_it() -> None:
    # "Myanmar's junta extended emergency rule.", "junta" and "extended" both hung on "rule"
    rows = [
        ("Myanmar", "PROPN", "NNP", "poss", 5),
        ("'s", "PART", "POS", "case", 0),
        ("junta", "NOUN", "NN", "amod", 5),
        ("extended", "VERB", "VBN", "amod", 5),
        ("emergency", "NOUN", "NN", "compound", 5),
        ("rule", "NOUN", "NN", "ROOT", 5),
        (".", "PUNCT", ".", "punct", 5),
    ]
    fixed = verbless_sentences(_tokens(rows), _sentence(len(rows)))
    deps = {t.text: (t.dep, fixed[t.head].text) for t in fixed}
    assert deps["extended"] == ("ROOT", "extended")
    assert deps["junta"] == ("nsubj", "extended")
    assert deps["rule"] == ("dobj", "extended")
    assert deps["emergency"] == ("compound", "rule")
    assert deps["Myanmar"] == ("poss", "junta")


def test_an_acronym_read_as_a_verb_is_the_subject() -> None:
    from eventwire.nlp.repair import acronym_subjects

    # "ECOWAS imposed sanctions.": the acronym a gerund at the root, "imposed" an adjective
    rows = [
        ("ECOWAS", "VERB", "VBG", "ROOT", 0),
        ("imposed", "VERB", "VBN", "amod", 2),
        ("sanctions", "NOUN", "NNS", "dobj", 0),
        (".", "PUNCT", ".", "punct", 0),
    ]
    fixed = acronym_subjects(_tokens(rows), _sentence(len(rows)))
    deps = {t.text: (t.dep, fixed[t.head].text) for t in fixed}
    assert deps["imposed"] == ("ROOT", "imposed")
    assert deps["ECOWAS"] == ("nsubj", "imposed") and fixed[0].pos == "PROPN"
    assert deps["sanctions"] == ("dobj", "imposed")
    assert deps["."] == ("punct", "imposed")
    # "IGAD imposed sanctions.": the acronym an auxiliary of the verb
    rows = [
        ("IGAD", "AUX", "VB", "aux", 1),
        ("imposed", "VERB", "VBD", "ROOT", 1),
        ("sanctions", "NOUN", "NNS", "dobj", 1),
    ]
    fixed = acronym_subjects(_tokens(rows), _sentence(len(rows)))
    assert (fixed[0].dep, fixed[0].head, fixed[0].pos) == ("nsubj", 1, "PROPN")
    # a lower-case verb is a verb
    rows[0] = ("Will", "AUX", "MD", "aux", 1)
    tokens = _tokens(rows)
    assert acronym_subjects(tokens, _sentence(len(rows))) is tokens


def _roles(parse: Parse, text: str) -> dict[str, tuple[str, str, str]]:
    """word -> (part of speech, dependency, head word) after the repairs."""
    tokens = parse(text).tokens
    return {t.text: (t.pos, t.dep, tokens[t.head].text) for t in tokens}


def test_hostage_read_as_a_verb_completes_the_taking(pipeline: Any, parse: Parse) -> None:
    text = "Iraqi forces took dozens of Kuwaiti civilians hostage on Monday."
    roles = _roles(parse, text)
    assert roles["hostage"] == ("NOUN", "oprd", "took")
    assert roles["on"][2] == "took"  # its own modifiers are the taking's
    got = {(e.source.country if e.source else None, e.cameo.code) for e in
           pipeline.extract(parse(text)).events}  # fmt: skip
    assert ("IRQ", "181") in got


def test_a_sniper_shot_is_a_shooting(parse: Parse) -> None:
    roles = _roles(parse, "A sniper shot dead an Israeli soldier in Hebron.")
    assert roles["shot"] == ("VERB", "ROOT", "shot")
    assert roles["sniper"] == ("NOUN", "nsubj", "shot")
    assert roles["soldier"] == ("NOUN", "dobj", "shot")


def test_the_object_of_shot_dead_is_the_verbs(pipeline: Any, parse: Parse) -> None:
    text = "An Israeli settler shot dead a Palestinian man near Nablus."
    assert _roles(parse, text)["man"][1:] == ("dobj", "shot")
    got = {(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in pipeline.extract(parse(text)).events}  # fmt: skip
    assert got == {("ISR", "PSE")}


def test_hostage_as_a_noun_and_a_shot_fired_are_left_alone(parse: Parse) -> None:
    assert _roles(parse, "The hostage was freed on Monday.")["hostage"][:2] == ("NOUN", "nsubjpass")
    roles = _roles(parse, "A warning shot was fired at the boat.")
    assert roles["shot"][0] == "NOUN"


# the misparse of a leading "After meeting X in Y, Z urged W": Z an apposition of Y
APPOSED_SUBJECT = [
    ("After", "ADP", "IN", "prep", 8),
    ("meeting", "VERB", "VBG", "pcomp", 0),
    ("Mubarak", "PROPN", "NNP", "dobj", 1),
    ("in", "ADP", "IN", "prep", 1),
    ("Cairo", "PROPN", "NNP", "pobj", 3),
    (",", "PUNCT", ",", "punct", 4),
    ("Secretary", "PROPN", "NNP", "compound", 7),
    ("Albright", "PROPN", "NNP", "appos", 4),
    ("urged", "VERB", "VBD", "ROOT", 8),
    ("Israel", "PROPN", "NNP", "dobj", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_a_subject_apposed_across_a_comma_is_the_verbs() -> None:
    fixed = subjects_after_a_clause(_tokens(APPOSED_SUBJECT), _sentence(len(APPOSED_SUBJECT)))
    assert (fixed[7].dep, fixed[7].head) == ("nsubj", 8)
    assert (fixed[6].dep, fixed[6].head) == ("compound", 7)  # its own words stay its own


def test_a_verb_with_its_subject_keeps_the_apposition() -> None:
    rows = list(APPOSED_SUBJECT)
    rows[9] = ("Israel", "PROPN", "NNP", "nsubj", 8)
    tokens = _tokens(rows)
    assert subjects_after_a_clause(tokens, _sentence(len(rows))) is tokens


def test_an_apposition_without_a_comma_is_no_subject() -> None:
    rows = list(APPOSED_SUBJECT)
    rows[5] = ("-", "PUNCT", "HYPH", "punct", 4)
    tokens = _tokens(rows)
    assert subjects_after_a_clause(tokens, _sentence(len(rows))) is tokens


def test_a_subject_apposed_across_a_comma_may_stand_before_the_verbs_date() -> None:
    """ "..., the Taliban on Saturday released": "on Saturday" is the verb's own."""
    rows = [
        ("After", "ADP", "IN", "prep", 8),
        ("pressure", "NOUN", "NN", "pobj", 0),
        ("from", "ADP", "IN", "prep", 1),
        ("Washington", "PROPN", "NNP", "pobj", 2),
        (",", "PUNCT", ",", "punct", 3),
        ("the", "DET", "DT", "det", 6),
        ("Taliban", "PROPN", "NNP", "appos", 3),
        ("on", "ADP", "IN", "prep", 8),
        ("released", "VERB", "VBD", "ROOT", 8),
        ("hostages", "NOUN", "NNS", "dobj", 8),
        (".", "PUNCT", ".", "punct", 8),
    ]
    rows.insert(8, ("Saturday", "PROPN", "NNP", "pobj", 7))
    rows = [(t, p, g, d, h + 1 if h >= 8 else h) for t, p, g, d, h in rows]
    fixed = subjects_after_a_clause(_tokens(rows), _sentence(len(rows)))
    assert (fixed[6].dep, fixed[6].head) == ("nsubj", 9)
    assert (fixed[8].dep, fixed[8].head) == ("pobj", 7)


# "seized Damascus and Assad fled", misread as a clause the seizing reports
SEIZED_AND_FLED = [
    ("Rebels", "NOUN", "NNS", "nsubj", 1),
    ("seized", "VERB", "VBD", "ROOT", 1),
    ("Damascus", "PROPN", "NNP", "nsubj", 5),
    ("and", "CCONJ", "CC", "cc", 2),
    ("Assad", "PROPN", "NNP", "conj", 2),
    ("fled", "VERB", "VBD", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def _seized(rows: list[tuple[str, str, str, str, int]]) -> tuple[Token, ...]:
    return tuple(t._replace(lemma="seize") if t.i == 1 else t for t in _tokens(rows))


def test_the_object_of_a_seizure_is_no_subject_of_a_report() -> None:
    from eventwire.nlp.repair_verbs import objects_read_as_subjects

    fixed = objects_read_as_subjects(_seized(SEIZED_AND_FLED))
    assert (fixed[2].dep, fixed[2].head) == ("dobj", 1)  # Damascus was seized
    assert (fixed[4].dep, fixed[4].head) == ("nsubj", 5)  # Assad fled
    assert (fixed[5].dep, fixed[5].head) == ("conj", 1)
    # the other reading: the seizing reported by the second verb as the root
    rows = [list(r) for r in SEIZED_AND_FLED]
    rows[1][3:] = ["ccomp", 5]
    rows[5][3:] = ["ROOT", 5]
    rows[6][4] = 5
    fixed = objects_read_as_subjects(_seized([tuple(r) for r in rows]))  # type: ignore[misc]
    assert (fixed[1].dep, fixed[2].dep, fixed[4].dep, fixed[5].dep) == (
        "ROOT",
        "dobj",
        "nsubj",
        "conj",
    )
    assert fixed[6].head == 1


def test_a_report_of_what_two_did_is_left_alone() -> None:
    from eventwire.nlp.repair_verbs import objects_read_as_subjects

    rows = [list(r) for r in SEIZED_AND_FLED]
    rows[1][0] = "said"
    tokens = _tokens([tuple(r) for r in rows])  # type: ignore[misc]
    tokens = tuple(t._replace(lemma="say") if t.i == 1 else t for t in tokens)
    assert objects_read_as_subjects(tokens) == tokens


# "The EU suspended accession talks with Turkey", the subject hung on the past form
EU_SUSPENDED = [
    ("The", "DET", "DT", "det", 4),
    ("EU", "PROPN", "NNP", "npadvmod", 2),
    ("suspended", "VERB", "VBN", "amod", 4),
    ("accession", "NOUN", "NN", "compound", 4),
    ("talks", "NOUN", "NNS", "ROOT", 4),
    (".", "PUNCT", ".", "punct", 4),
]


def test_a_subject_hung_on_the_past_form_is_the_verbs_subject() -> None:
    fixed = verbless_sentences(_tokens(EU_SUSPENDED), _sentence(len(EU_SUSPENDED)))
    assert (fixed[2].dep, fixed[1].dep, fixed[1].head, fixed[4].dep) == ("ROOT", "nsubj", 2, "dobj")
