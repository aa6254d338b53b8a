"""Whose an actor is when the sentence says it through another: an uncoded body's owner ("its
National Security Committee"), the holder of people whose release is asked ("prisoners held by
Iraq"), and one actor named twice in apposition ("The State Duma, the lower house of Russia's
parliament")."""

from __future__ import annotations

import dataclasses

from eventwire.extract.event_context import TRANSNATIONAL
from eventwire.extract.event_roles import ActorIndex, resolved
from eventwire.extract.event_structure import Tree
from eventwire.models import ActorMention


def owned(tree: Tree, index: ActorIndex, actor: ActorMention) -> ActorMention:
    """An uncoded body takes its owner's country: "its National Security Committee" (its =
    Pakistan), "the Law Society of Kenya"; a force a leader orders out, the leader's."""
    if resolved(actor):
        return actor
    deps = tree.deps
    code = actor.code or ""
    verb = tree.tokens[actor.head].head
    if deps[actor.head] == "dobj" and code in _ORDERED_FORCES and tree.lemmas[verb] in _ORDERING:
        # "Abiy ordered the army to launch an offensive": the army is his state's
        for a in index.at(tree.child(verb, _NSUBJ)):
            if a.country and a.country.isalpha() and a.country not in TRANSNATIONAL:
                return dataclasses.replace(
                    actor,
                    code=a.country + code[3:],
                    country=a.country,
                    rule=f"{actor.rule}+ordered",
                )
    owners: list[ActorMention] = []
    for c in tree.kids[actor.head]:
        if deps[c] == "poss":
            owners = index.at(c)
        elif deps[c] == "prep" and tree.lemmas[c] == "of":
            owners = index.at(tree.child(c, frozenset({"pobj"})))
        owners = [a for a in owners if a.country and a.country not in TRANSNATIONAL]
        country = owners[0].country if owners else None
        if country:
            role = (actor.code or "")[3:6] if (actor.code or "").startswith("---") else ""
            return dataclasses.replace(
                actor, code=country + role, country=country, rule=f"{actor.rule}+owner"
            )
    return actor


# A state's forces with no country named, and the verbs by which its leaders send them.
_ORDERED_FORCES = frozenset({"---MIL", "---COP", "---SPY"})
_ORDERING = frozenset({"order", "instruct", "command", "direct", "tell", "authorize", "authorise"})
_NSUBJ = frozenset({"nsubj"})


# Participles of holding people: "prisoners held by Iraq" are Iraq's to release.
_HOLDING = frozenset({"hold", "detain", "capture", "kidnap", "abduct", "jail", "imprison", "seize"})
# Roots of acts addressed to whoever can do what is asked: appeals, demands, disapproval.
_ADDRESSED_ROOTS = frozenset({"02", "10", "11"})


def held_by(tree: Tree, index: ActorIndex, actor: ActorMention, code: str) -> ActorMention:
    """An appeal or demand about people "held by X" is addressed to X: "demanded the return of
    prisoners held by Iraq" is Kuwait's demand on Iraq, not on the prisoners."""
    if code[:2] not in _ADDRESSED_ROOTS:
        return actor
    toks = tree.tokens
    for c in tree.kids[actor.head]:
        if toks[c].dep == "acl" and toks[c].tag == "VBN" and tree.lemmas[c] in _HOLDING:
            for p, g in tree.preps(c):
                holders = [a for a in index.at(g) if a.country] if p == "by" else []
                if holders:
                    return holders[0]
    return actor


_CONJ = frozenset({"conj"})


def no_appositives(tree: Tree, actors: list[ActorMention]) -> list[ActorMention]:
    """ "The State Duma, the lower house of Russia's parliament": one actor named twice. An
    "appositive" that is coordinated in turn is a list the parser misread: "the US, Russia,
    and Switzerland met"."""
    if len(actors) < 2:
        return actors
    by_head = {a.head: a for a in actors}
    dropped: set[int] = set()
    for a in actors:
        anchor = _apposed_to(tree, a.head)
        named = by_head.get(anchor) if anchor is not None else None
        if named is None or named is a:
            continue
        if any(a.token_start <= c < a.token_end for c in tree.children(named.head, _CONJ)):
            # "Hun Manet and Thailand's Prime Minister Phumtham": a second name coordinated
            # with the first, its surname misread as an apposition
            continue
        if resolved(named) or not resolved(a):
            dropped.add(id(a))  # the same actor named again
        else:
            dropped.add(id(named))  # "Maria Lopez, the head of the WHO": the WHO acts
    return [a for a in actors if id(a) not in dropped]


def _apposed_to(tree: Tree, i: int) -> int | None:
    """The token an apposition at ``i`` renames ("the head of the WHO" reaches it through
    "of"), unless the apposition is coordinated: then it is a list the parser misread."""
    toks = tree.tokens
    deps = tree.deps
    if deps[i] == "pobj" and tree.lemmas[toks[i].head] == "of":
        i = toks[toks[i].head].head
    if deps[i] != "appos" or any(deps[c] == "conj" for c in tree.kids[i]):
        return None
    return toks[i].head


# Nouns of a description that name the act, whose modifiers name its doer
_DESCRIBED_AS = frozenset({"oprd"})


def blamed_in_description(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom a description blames when what it describes names no one: "calling it an act of
    Iranian terrorism" -> Iran. Reads the predicate noun, its "of" object and their modifiers
    only (a few tokens, only for criticisms)."""
    deps = tree.deps
    kids = tree.kids
    own = {a.country for a in sources}
    found: list[ActorMention] = []
    for c in kids[i]:
        if deps[c] not in _DESCRIBED_AS:
            continue
        nouns = [c]
        nouns += [
            g
            for p in kids[c]
            if deps[p] == "prep" and tree.lemmas[p] == "of"
            for g in kids[p]
            if deps[g] == "pobj"
        ]
        for n in nouns:
            for m in (n, *kids[n]):
                if m == n or deps[m] in ("amod", "compound", "poss"):
                    found += [a for a in index.at(m) if a.country and a.country not in own]
    return found
