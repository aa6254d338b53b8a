"""Triggers: which tokens match a pattern, which acts absorb others, and what frames resolve to.

Three passes over one article, each linear in its tokens: match every trigger word against its
patterns (most specific first); let a pattern swallow the words it required ("imposed
sanctions" is one act, not an imposition and a sanction); and resolve frames from the inside out
("refused to accept talks" is a refusal whose code depends on the talks).
"""

from __future__ import annotations

from collections.abc import KeysView, Mapping, Sequence
from dataclasses import dataclass, field

from eventwire.coding.patterns import Pattern, PatternSet, TriggerPos
from eventwire.extract.event_frames import obligations, resolve_frames
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_vetoes import (
    found_outside_subject,
    only_where,
    subject_tokens,
    vetoes_pass,
)
from eventwire.extract.event_words import (
    COMPLEMENTS,
    OBJECTS,
    PERSON_OBJECT,
    PLACE_WORD,
)
from eventwire.models import Token

POS: dict[str, TriggerPos] = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
# Words inside these named entities are names, not acts.
NAMES = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# Heads that make a compound trigger a name for people or things, not an act.
NOT_ACTS = frozenset(
    {
        "organiser",
        "organizer",
        "leader",
        "worker",
        "group",
        "helicopter",
        "aircraft",
        "police",
        "officer",
        "activist",
        "movement",
        "camp",
        "site",
        "zone",
        "route",
        "victim",
        "survivor",
        "suspect",
        "drone",
        "vehicle",
        "agency",
        "official",
        # "the UN relief coordinator", "the aid chief": offices named after what they oversee
        "coordinator",
        "commissioner",
        "chief",
        "game",
        # "war veterans staged a march", "accused of war crimes": people and deeds named
        # after a war, not fighting
        "veteran",
        "widow",
        "criminal",
        "crime",
        "correspondent",
        "memorial",
        "cemetery",
        "hero",
        "reparation",  # "war reparations": what a war's loser pays
        "debt",
        # "stormed an aid flotilla", "an aid convoy was shelled": what carries aid is a thing
        # (a verb that sends it still reads the word: "sent an aid convoy")
        "flotilla",
        "convoy",
        "ship",
        "truck",
        "lorry",
        "boat",
        "flight",
        "plane",
    }
)
# People named after their act, which they name only as its doer: "a suicide bomber killed
# 15", "killed by a sniper".
DOER_NOUNS = frozenset({"bomber", "sniper"})


def _doing(tree: Tree, i: int) -> bool:
    """A doer noun in the doer's place: a subject, an apposition to one, or a "by" agent."""
    tok = tree.tokens[i]
    if tok.dep in ("nsubj", "nsubjpass", "appos", "conj", "ROOT"):
        return True
    return tok.dep == "pobj" and tree.lemmas[tok.head] == "by"


# A noun tagged as the trigger's object or prepositional object can be a frame's complement:
# "demanded the release", "called for talks", "accused X of espionage".


@dataclass(slots=True)
class Match:
    """A trigger and the pattern it matched, before roles and modality are read."""

    token: int
    pattern: Pattern
    code: str
    frame: str | None = None  # the pattern's frame, or one an obligation gave a statement
    complement: int | None = None  # the frame complement that decided the code
    modality: str | None = None  # set by a frame: "intended", "threatened"
    inner: str | None = None  # the complement's own code ("pledged to expel": 174)
    absorbed: list[int] = field(default_factory=list)  # tokens of acts folded into this one


# "called the strikes an act of war": a verb of naming with an object complement describes
NAMING = frozenset(
    {
        "call",
        "label",
        "brand",
        "term",
        "dub",
        "describe",
        "deem",
        "characterize",
        "consider",
        "regard",
        "name",
        "declare",
    }
)


def _naming(tree: Tree, i: int) -> bool:
    deps = tree.deps
    return tree.lemmas[i] in NAMING and any(
        deps[c] == "oprd" or (deps[c] == "prep" and tree.lemmas[c] == "as") for c in tree.kids[i]
    )


_TO_DEPS = frozenset({"prep", "dative", "prt"})


def _to_phrase(tree: Tree, i: int) -> bool:
    """A "to" phrase under the verb ("rallied to Ukraine's defence"), not an infinitive's."""
    return any(tree.lemmas[c] == "to" for c in tree.children(i, _TO_DEPS))


_CLAUSE = frozenset({"ccomp"})
# Verbs that demand with a subjunctive ("insisted that Kosovo remain") and assert with a
# clause told as fact ("insisted that no troops were fighting").
_ASSERTING = frozenset({"insist"})
_INDICATIVE = frozenset({"VBD", "VBZ"})
_DEMANDING_AUX = frozenset({"should", "must", "shall"})


def _told_as_fact(tree: Tree, i: int) -> bool:
    """The that-clause's verb is a past or third-person present form with no "should" or
    "must": told as fact, not asked for."""
    for c in tree.children(i, _CLAUSE):
        forms = [c, *(g for g in tree.kids[c] if tree.deps[g] in ("aux", "auxpass"))]
        if any(tree.lemmas[g] in _DEMANDING_AUX for g in forms):
            return False
        if any(tree.tokens[g].tag in _INDICATIVE for g in forms):
            return True
    return False


def _modified_by(tree: Tree, i: int, modifier: str) -> bool:
    """The noun has ``modifier`` among its own modifiers: "sniper" in "Palestinian sniper
    fire"; of a hyphened one, its last part ("fly" of "no-fly", which the tagger splits)."""
    last = modifier.rpartition("-")[2]
    return any(tree.lemmas[c] == last and tree.deps[c] in _NOUN_MODIFIERS for c in tree.kids[i])


def _telling_that(tree: Tree, i: int) -> bool:
    """A "that"-clause under the verb: it tells something ("charged that ...")."""
    return any(
        tree.lemmas[m] == "that" and tree.deps[m] == "mark"
        for c in tree.children(i, _CLAUSE)
        for m in tree.kids[c]
    )


_NO_WORDS: KeysView[str] = {}.keys()  # a trigger's argument words before they are read
# the argument words no lemma gives (event_words): always possibly present
_SPECIAL_WORDS = frozenset({PLACE_WORD, PERSON_OBJECT})


def _match_candidates(
    tree: Tree, i: int, pos: TriggerPos, candidates: list[Pattern], present: frozenset[str]
) -> Match | None:
    """The first of a trigger's patterns (most specific first) its context satisfies.
    ``present``: the article's lemmas and special words; a word list none of whose entries
    starts with one of them finds nothing among the argument words, which are read (once a
    token) only when a pattern's lists may find one."""
    if pos == "verb" and _naming(tree, i):
        candidates = [p for p in candidates if p.id.startswith("describe")]
    elif pos == "verb" and _telling_that(tree, i):
        # "the Authority charged that Israel was sabotaging talks": what is told, no arrest
        candidates = [p for p in candidates if p.speech] or candidates
    if pos == "verb" and tree.lemmas[i] in _ASSERTING and _told_as_fact(tree, i):
        # "insisted (that) no Russian troops were fighting": a statement, no demand
        candidates = [p for p in candidates if p.frame != "demand"] or candidates
    particles: set[str] | None = None
    words: Mapping[str, int] | None = None
    keys: KeysView[str] = _NO_WORDS
    for pattern in candidates:
        if pattern.particle:
            if particles is None:
                particles = tree.particles(i)
            if pattern.particle not in particles:
                continue
            if pattern.particle == "to" and not pattern.frame and not _to_phrase(tree, i):
                continue  # "rallied to protest": an infinitive, no one rallied to
        if pattern.modifier and not _modified_by(tree, i, pattern.modifier):
            continue
        if pattern.worded:
            if words is None:
                if pattern.with_ and present.isdisjoint(pattern.with_firsts):
                    continue  # none of its required words can be there
                if (
                    not pattern.with_
                    and present.isdisjoint(pattern.without_firsts)
                    and present.isdisjoint(pattern.without_objects_firsts)
                ):
                    break  # none of its vetoes can be there: it matches
                words = tree.argument_words(i)
                # set tests through the keys' view walk the smaller side, not every word
                keys = words.keys()
            if pattern.with_ and keys.isdisjoint(pattern.with_):
                continue
            if pattern.with_ and all(
                only_where(tree, i, words[w], pattern.particle)
                for w in pattern.with_.intersection(words)
            ):
                continue  # "shut down its reactor at six-party talks" bans no party
            if pattern.with_objects and not found_outside_subject(tree, i, pattern, words):
                continue
            if pattern.without and not keys.isdisjoint(pattern.without):
                vetoes = pattern.without.intersection(words)  # (a veto list may be long)
                if not vetoes_pass(tree, i, pattern, words, vetoes):
                    continue
            if pattern.without_objects and not keys.isdisjoint(pattern.without_objects):
                objects = pattern.without_objects.intersection(words)
                if not subject_tokens(tree, i).issuperset(words[w] for w in objects):
                    continue
        break
    else:
        return None
    return Match(i, pattern, pattern.code, frame=pattern.frame)


# Months spelled as acts' words
_MONTHS = frozenset({"March"})
_MISREAD_DEPS = ("attr", "acomp")  # _progressive_misread's cheapest test, asked first


def _progressive_misread(tree: Tree, i: int) -> bool:
    """ "where Qatar is mediating" tagged as an adjective or noun after "is": a progressive."""
    tok = tree.tokens[i]
    return (
        tok.pos in ("ADJ", "NOUN")
        and tok.dep in ("attr", "acomp")
        and tok.text.lower().endswith("ing")
        and tree.lemmas[tok.head] == "be"
        and all(tree.deps[c] == "prep" for c in tree.kids[i])
    )


def _predicated(tree: Tree, i: int) -> bool:
    """A participle after "be": "was disappointed", "is worried"."""
    if tree.deps[i] == "acomp" and tree.lemmas[tree.tokens[i].head] == "be":
        return True
    return any(tree.deps[c] in ("auxpass", "aux") and tree.lemmas[c] == "be" for c in tree.kids[i])


def _as_verb(tree: Tree, patterns: PatternSet, i: int) -> Match | None:
    """The match of a misread progressive under its verb lemma ("mediating" -> mediate)."""
    stem = tree.tokens[i].text.lower()[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else ""):
        for pattern in patterns.candidates(lemma, "verb") if lemma else ():
            if not pattern.particle and not pattern.with_:
                return Match(i, pattern, pattern.code, frame=pattern.frame)
    return None


def _hyphened(toks: Sequence[Token], i: int) -> bool:
    """A participle joined by a hyphen to the word before it: "tsunami-hit", "war-torn"."""
    return (
        i >= 2
        and toks[i - 1].text == "-"
        and not toks[i - 1].ws
        and not toks[i - 2].ws
        and toks[i - 2].pos in ("NOUN", "PROPN", "ADJ")
    )


def find_matches(tree: Tree, patterns: PatternSet) -> dict[int, Match]:
    """Every token that matches a pattern, with the words its pattern required absorbed."""
    matches: dict[int, Match] = {}
    toks = tree.tokens
    lemmas = tree.lemmas
    by_lemma = patterns.by_lemma  # patterns.candidates, looked up inline: once a token
    triggers = patterns.lemmas
    # the tokens that can match: a trigger lemma, or a progressive read as a noun or adjective
    deps = tree.deps
    maybe = [i for i, lemma in enumerate(lemmas) if lemma in triggers or deps[i] in _MISREAD_DEPS]
    # and participles an adjective pattern names ("was disappointed"): their lemma is the verb's
    maybe += [
        t.i for t in toks if t.tag == "VBN" and t.text.lower() in triggers and t.i not in maybe
    ]
    present = _SPECIAL_WORDS.union(lemmas)
    if " " in "".join(lemmas):  # the first word of an argument word is that of a lemma
        present = present.union(" ".join(lemmas).split(" "))
    for tok in map(toks.__getitem__, maybe):
        pos = POS.get(tok.pos)
        if pos is None or tok.ent_type in NAMES:  # "Asia-Pacific Economic Cooperation"
            continue
        if tok.text in _MONTHS and tok.ent_type == "DATE":
            continue  # "talks would resume in March": a month, no march
        if tok.dep == "compound" and lemmas[tok.head] in NOT_ACTS:
            continue  # "protest organisers", "aid workers": people and things named after acts
        if lemmas[tok.i] in DOER_NOUNS and not _doing(tree, tok.i):
            continue  # "razed the house of a suicide bomber": a person, not a bombing
        if tok.tag == "VBN" and _hyphened(toks, tok.i):
            continue  # "sent aid to tsunami-hit Indonesia": a description, no act
        candidates = by_lemma.get((lemmas[tok.i], pos))
        match = _match_candidates(tree, tok.i, pos, candidates, present) if candidates else None
        if match is None and tok.dep in _MISREAD_DEPS and _progressive_misread(tree, tok.i):
            match = _as_verb(tree, patterns, tok.i)
        if match is None and tok.tag == "VBN" and _predicated(tree, tok.i):
            # "Kerry was disappointed that ...": a participle the tagger calls a passive verb
            # where a pattern names its adjective
            adjective = by_lemma.get((tok.text.lower(), "adj"))
            if adjective:
                match = _match_candidates(tree, tok.i, "adj", adjective, present)
        if match is not None:
            matches[tok.i] = match
    for i in list(matches):
        match = matches.get(i)
        if match is None or not match.pattern.with_ or match.pattern.frame:
            continue  # a frame reads its complement's code: "open to talks" is 036
        if not match.pattern.absorb:
            continue  # its required words name acts of their own (docs/patterns.md)
        words = tree.argument_words(i)
        for word in match.pattern.with_.intersection(words):
            j = words[word]
            # "promised food aid": the noun a required modifier names is the act's matter too
            for k in (j, _phrase_head(tree, j)):
                if k != i and k in matches:
                    match.absorbed.append(k)
                    del matches[k]
            comp = _complement_holding(tree, i, j)
            if comp is None:
                continue
            # "pledged to send economic aid to Yemen": sending is what is pledged, and whom
            # it goes to is the pledge's target
            match.complement = match.complement or comp
            if comp in matches:
                match.absorbed.append(comp)
                match.absorbed.extend(matches.pop(comp).absorbed)
    _absorb_compounds(tree, matches)
    obligations(tree, patterns, matches)
    resolve_frames(tree, patterns, matches)
    _absorb_reasons(tree, matches)
    _absorb_consequences(tree, matches)
    _absorb_occasions(tree, matches)
    _answered_by_means(tree, matches)
    return matches


def _complement_holding(tree: Tree, i: int, j: int) -> int | None:
    """The complement of ``i`` whose object is ``j`` ("pledged to send aid": send), if any;
    a modifier stands for its noun ("promised to send food aid": food)."""
    toks = tree.tokens
    deps = tree.deps
    j = _phrase_head(tree, j)
    comp = toks[j].head
    if deps[j] in OBJECTS and comp != i and deps[comp] in COMPLEMENTS:
        return comp if toks[comp].head == i else None
    return None


# Documents and proposals named after what they are about: "a cooperation agreement", "a
# partnership treaty", "a ceasefire proposal" (proposing a ceasefire is no ceasefire).
NAMED_FOR_TOPIC = frozenset(
    ("agreement", "treaty", "pact", "accord", "deal", "memorandum", "protocol", "contract",
     "proposal", "plan", "offer", "initiative", "framework")
)  # fmt: skip


_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _phrase_head(tree: Tree, j: int) -> int:
    """The noun a modifier belongs to ("food" in "more food aid": aid), up to three steps."""
    toks = tree.tokens
    for _ in range(3):
        if toks[j].dep not in _NOUN_MODIFIERS or toks[j].head == j:
            break
        j = toks[j].head
    return j


def _absorb_compounds(tree: Tree, matches: dict[int, Match]) -> None:
    """ "exchanged heavy artillery fire": a noun trigger inside the object of a verb trigger
    of the same root names that verb's act."""
    toks = tree.tokens
    deps = tree.deps
    for i, match in list(matches.items()):
        tok = toks[i]
        if tok.pos != "NOUN" or tok.dep not in ("compound", "amod", "nmod"):
            continue
        obj = tok.head
        verb = toks[obj].head
        same_act = verb in matches and matches[verb].code[:2] == match.code[:2]
        if deps[obj] in OBJECTS and same_act and verb != i:
            matches[verb].absorbed.append(i)
            del matches[i]
        elif tree.lemmas[obj] in NAMED_FOR_TOPIC and obj not in matches:
            # "signed a military cooperation agreement", "the partnership treaty": what a
            # document is about names it; the act is what is done with the document
            if verb in matches and verb != i:
                matches[verb].absorbed.append(i)
            del matches[i]


def _absorb_consequences(tree: Tree, matches: dict[int, Match]) -> None:
    """ "a U.S. strike killed six": a violent verb whose subject is a violent act is that act."""
    toks = tree.tokens
    for i, match in list(matches.items()):
        if toks[i].pos != "VERB" or match.code[:2] < "18":
            continue
        subj = tree.child(i, frozenset({"nsubj"}))
        if subj is not None and toks[subj].tag == "WDT" and tree.deps[i] == "relcl":
            # "a raid on the camp that killed nine": the raid killed, not the camp
            subj = _act_of_relative(tree, toks[i].head, matches)
        if subj is not None and subj in matches and matches[subj].code[:2] >= "18":
            matches[subj].absorbed.append(i)
            del matches[i]


_OCCASION_PREPS = frozenset({"at", "during"})
# Verbs of answering that say only that another act was an answer: "retaliated by expelling
# 23 diplomats" is the expulsion.
_ANSWERING = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit"})


def _answered_by_means(tree: Tree, matches: dict[int, Match]) -> None:
    """Drops a coded answer whose "by" phrase holds the act that answered."""
    deps = tree.deps
    for i in [i for i in matches if tree.lemmas[i] in _ANSWERING]:
        means = (
            g
            for p in tree.kids[i]
            if deps[p] == "prep" and tree.lemmas[p] == "by"
            for g in tree.kids[p]
            if deps[g] == "pcomp"
        )
        if any(g in matches for g in means):
            del matches[i]


def _absorb_occasions(tree: Tree, matches: dict[int, Match]) -> None:
    """ "met in Singapore at the first summit", "shook hands during talks": the meeting named
    as where a meeting happened is that meeting, not a second one."""
    deps = tree.deps
    for i, match in list(matches.items()):
        if i not in matches or match.code[:2] != "04" or tree.tokens[i].pos != "VERB":
            continue
        for p in tree.kids[i]:
            if deps[p] != "prep" or tree.lemmas[p] not in _OCCASION_PREPS:
                continue
            for g in tree.kids[p]:
                inner = matches.get(g)
                if deps[g] == "pobj" and inner is not None and inner.code[:2] == "04":
                    match.absorbed.append(g)
                    match.absorbed.extend(inner.absorbed)
                    del matches[g]


def _act_of_relative(tree: Tree, noun: int, matches: dict[int, Match]) -> int:
    """What a relative "that" stands for: the noun, or the act whose aim the noun is ("a raid
    on the Jenin camp that killed nine")."""
    toks = tree.tokens
    if noun in matches or tree.deps[noun] != "pobj":
        return noun
    prep = toks[noun].head
    act = toks[prep].head
    if tree.lemmas[prep] in ("on", "against", "at", "in") and act in matches:
        return act
    return noun


def _absorb_reasons(tree: Tree, matches: dict[int, Match]) -> None:
    """ "praised Peru for signing": the reason clause is part of the praise, not an act."""
    deps = tree.deps
    for i, match in list(matches.items()):
        if i not in matches or not match.pattern.absorb:
            continue
        for c in tree.kids[i]:
            if deps[c] != "prep" or tree.lemmas[c] not in ("for", "of"):
                continue
            for g in tree.kids[c]:
                if deps[g] == "pcomp" and g in matches:
                    match.absorbed.append(g)
                    del matches[g]
