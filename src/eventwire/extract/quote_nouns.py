"""Nouns that attribute: "allegations that he harassed", "her pledge to cut taxes",
"accusations of fraud by three lawmakers", "the minister voiced concern that ...".

A lexicon noun is a cue only when a complement states the content: a that/whether clause, an
infinitive, or (for nouns of charge and worry) an of/about/over phrase. Without one ("the
statement was long") it attributes nothing. The source is the possessor ("Trump's claim"), a
by/from phrase, or the subject of a light verb that takes the noun as object ("X made the
claim that", "X voiced concern that").
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.quote_content import CueHit
from eventwire.extract.quote_cues import CueLexicon
from eventwire.extract.quote_syntax import SUBJECTS, TreeIndex

_MARKS = frozenset({"that", "whether", "if"})
_CONTENT_PREPS = frozenset({"of", "about", "over", "against", "for"})
# nouns whose of/about phrase is the content: "accusations of fraud", "questions about"
_PREP_NOUNS = frozenset(
    {
        "accusation",
        "allegation",
        "charge",
        "claim",
        "criticism",
        "question",
        "fear",
        "concern",
        "worry",
        "warning",
        "speculation",
        "complaint",
        "doubt",
        "denial",
        "call",
        "appeal",
        "demand",
        "request",
    }
)
_LIGHT_VERBS = frozenset(
    {
        "make",
        "issue",
        "raise",
        "express",
        "voice",
        "repeat",
        "reiterate",
        "renew",
        "level",
        "deliver",
        "release",
        "publish",
        "post",
        "send",
        "file",
        "offer",
        "give",
        "share",
        "have",
        "air",
    }
)


@dataclass(frozen=True, slots=True)
class NounCue:
    hit: CueHit
    content: list[int]
    speaker: int | None


def find_noun_cues(tree: TreeIndex, lexicon: CueLexicon, inside: list[bool]) -> list[NounCue]:
    """Every lexicon noun outside quotation marks that has stated content, in text order."""
    if not lexicon.nouns:
        return []
    found: list[NounCue] = []
    for tok in tree.tokens:
        if tok.pos != "NOUN" or inside[tok.i]:
            continue
        lemma = tok.lemma.lower()
        cue = lexicon.noun(lemma)
        if cue is None:
            continue
        content = _content(tree, tok.i, lemma)
        if content:
            hit = CueHit(tok.i, tok.i + 1, tok.i, cue)
            found.append(NounCue(hit, content, _source(tree, tok.i)))
    return found


def _content(tree: TreeIndex, noun: int, lemma: str) -> list[int]:
    tokens = tree.tokens
    seg = tree.seg
    for k in tree.children(noun):
        if k < noun or seg[k] != seg[noun]:
            continue
        dep = tokens[k].dep
        if dep in ("acl", "ccomp", "relcl", "advcl"):
            kids = tree.children(k)
            marked = any(tokens[j].dep == "mark" and tokens[j].text.lower() in _MARKS for j in kids)
            infinitive = dep == "acl" and any(
                tokens[j].dep == "aux" and tokens[j].text.lower() == "to" for j in kids
            )
            if marked or infinitive:
                return tree.subtree(k)
        if dep == "prep" and lemma in _PREP_NOUNS and tokens[k].text.lower() in _CONTENT_PREPS:
            obj = tree.child(k, "pobj", "pcomp")
            if obj is not None:
                return tree.subtree(obj)
    return []


def _source(tree: TreeIndex, noun: int) -> int | None:
    tokens = tree.tokens
    for k in tree.children(noun):
        dep = tokens[k].dep
        if dep == "poss":
            return k
        if dep in ("prep", "agent") and tokens[k].text.lower() in ("by", "from"):
            obj = tree.child(k, "pobj")
            if obj is not None:
                return obj
    tok = tokens[noun]
    verb = tok.head
    if tok.dep in ("dobj", "obj") and tokens[verb].lemma.lower() in _LIGHT_VERBS:
        for k in tree.children(verb):
            if tokens[k].dep in SUBJECTS and tree.seg[k] == tree.seg[noun]:
                return k
    return None
