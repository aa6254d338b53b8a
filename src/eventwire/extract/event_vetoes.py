"""The tests a pattern's veto and required words pass or fail in context: a word that only
says where an act happened ("shut down its reactor at six-party talks"), whose a struck thing
is, or which people an act is done to; and the words found outside the subject. Split from
``event_match.py``, which reads patterns against the tree with them.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.coding.patterns import Pattern
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import ACTED_ON, AIMED_AT

# Prepositions that say where or when an act happened, not what it was done to or with.
_WHERE_PREPS = frozenset(
    {"at", "during", "near", "outside", "inside", "after", "before", "following", "amid"}
)


# "in protest at the strikes", "in response to the tests": why the act was done, not its matter
_REASONS = frozenset(
    {"protest", "response", "retaliation", "reaction", "solidarity", "support", "defence",
     "defense"}
)  # fmt: skip


def only_where(tree: Tree, i: int, k: int, particle: str | None = None) -> bool:
    """Whether word ``k`` of trigger ``i``'s arguments only says where, when or why: "shot
    and wounded Trump at a campaign rally" hurts no campaign, "suspended cooperation in
    protest at the strikes" ends no protest, "rallied in support of X" rallies no support;
    or belongs to a clause told with its own doer ("the United States imposed sanctions on
    India, Clinton announced": the sanctions are the clause's act, not the announcement's)."""
    path = _path_up(tree, i, k)
    if path is None:
        return False
    k, below = path
    if (
        tree.deps[k] == "ccomp"
        and k != below
        and tree.tokens[k].pos in ("VERB", "AUX")
        and not tree.is_to_infinitive(k)
    ):
        # (not "allowed inspectors to visit", "allowed inspectors back": who is let in is the
        # subject of what they are let do)
        return tree.child(k, frozenset({"nsubj"})) is not None
    if tree.deps[k] != "prep":
        return False
    lemma = tree.lemmas[k]
    if lemma == "at" and tree.lemmas[i] in AIMED_AT:
        return False  # "hit back at Washington's criticism": aimed at, not where
    if lemma == particle:
        return False  # "hinted at military action": the pattern's own preposition
    if lemma == "under" and tree.lemmas[below] in _TERMS:
        return True  # "will withdraw its troops under an agreement reached on Monday"
    return lemma in _WHERE_PREPS or (lemma == "in" and tree.lemmas[below] in _REASONS)


# What an act is done "under": the terms it keeps, not its matter ("placed under arrest" is)
_TERMS = frozenset(
    {"agreement", "accord", "deal", "pact", "treaty", "arrangement", "plan", "pressure",
     "terms", "framework", "resolution", "law", "mandate", "understanding"}
)  # fmt: skip


def _path_up(tree: Tree, i: int, k: int) -> tuple[int, int] | None:
    """The child of trigger ``i`` that word ``k`` lies under, and the token right below that
    child on the way up (``k`` itself if it is the child), within six steps ("in retaliation
    for rocket fire by Hamas": five); None if ``k`` is not below ``i``."""
    toks = tree.tokens
    below = k
    for _ in range(6):
        head = toks[k].head
        if head == i:
            return k, below
        if head == k:
            return None
        below, k = k, head
    return None


# Places and forces force lands on: a word naming whose they are vetoes no use of force
# ("attacked a government building" is an attack, "attacked the government" words).
_STRUCK_THINGS = frozenset(
    {"building", "office", "headquarters", "troop", "force", "soldier", "position", "base",
     "post", "checkpoint", "convoy", "compound", "facility", "installation", "vehicle",
     "outpost", "garrison", "barracks", "palace", "airport", "complex", "plant", "depot"}
)  # fmt: skip


_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _names_a_struck_thing(tree: Tree, k: int) -> bool:
    """Whether word ``k`` only says whose a place or force struck is ("a government security
    building": through the modifiers between)."""
    toks = tree.tokens
    for _ in range(3):
        head = toks[k].head
        if head == k or tree.deps[k] not in _OWNER_DEPS:
            return False
        if tree.lemmas[head] in _STRUCK_THINGS:
            return True
        k = head
    return False


def vetoes_pass(
    tree: Tree, i: int, pattern: Pattern, words: Mapping[str, int], vetoes: frozenset[str]
) -> bool:
    """Whether every ``without`` word found only says where, or whose a struck thing is."""
    force = pattern.code[:2] >= "18"
    protest = pattern.code[:2] == "14"
    return all(
        only_where(tree, i, words[w])
        or (force and _names_a_struck_thing(tree, words[w]))
        or (protest and _protested(tree, i, words[w]))
        or _in_the_deed(tree, i, words[w])
        or _names_whose_people(tree, words[w])
        for w in vetoes
    )


# Prepositions of what a protest is against: "rallied against the acquittal of two soldiers".
_PROTESTED = frozenset({"against", "over"})


def _protested(tree: Tree, i: int, k: int) -> bool:
    """Whether word ``k`` lies in what protest ``i`` is against: soldiers there are what
    people marched against, not armed men marching."""
    path = _path_up(tree, i, k)
    return path is not None and tree.deps[path[0]] == "prep" and tree.lemmas[path[0]] in _PROTESTED


# People a modifier may name the side of: "met opposition leaders" meets no opposition.
_PEOPLE = frozenset(
    {"leader", "figure", "lawmaker", "politician", "member", "activist", "delegate",
     "delegation", "representative", "official", "chief", "head", "spokesman", "candidate"}
)  # fmt: skip


def _names_whose_people(tree: Tree, k: int) -> bool:
    """Whether word ``k`` only names the side of the people an act is done with ("met
    opposition leaders"), not the matter it met ("met stiff opposition")."""
    head = tree.tokens[k].head
    return head != k and tree.deps[k] == "compound" and tree.lemmas[head] in _PEOPLE


def _in_the_deed(tree: Tree, i: int, k: int) -> bool:
    """Whether word ``k`` is what the deed a speaker charges acts on, not the trigger's own
    matter: "accused the government of hiding the death toll" blames no toll, as "blamed the
    toll on the heat" does."""
    toks, deps = tree.tokens, tree.deps
    while deps[k] in _OWNER_DEPS and toks[k].head != k:  # "death" of "the death toll"
        k = toks[k].head
    deed = toks[k].head
    if deps[k] not in ACTED_ON or deps[deed] != "pcomp":
        return False
    prep = toks[deed].head
    return tree.lemmas[prep] == "of" and toks[prep].head == i


def found_outside_subject(tree: Tree, i: int, pattern: Pattern, words: Mapping[str, int]) -> bool:
    """Whether a ``with`` word of the pattern is among the trigger's words other than its
    active subject's ("ended the talks", not "the talks ended")."""
    subject = subject_tokens(tree, i)
    subject.update(g for c in list(subject) for g in tree.kids[c])
    return any(words[w] not in subject for w in pattern.with_.intersection(words))


def subject_tokens(tree: Tree, i: int) -> set[int]:
    """The subject's head and, for a measure of a group, the group ("a unit of troops"): the
    subject's words ``argument_words`` takes in."""
    deps = tree.deps
    return {h for c in tree.kids[i] if deps[c] == "nsubj" for h in tree.subject_heads(c)}
