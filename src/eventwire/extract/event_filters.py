"""What is not an act, and whose an act is when the sentence hides it.

A pattern matching a word is not yet an event: "a canopy collapsed and killed 15 people" is an
accident, "to avoid a war" averts one, "a plant that supports the army" is a thing, "signed a
declaration at the White House" names a venue. These checks run on each match before roles
are paired; each docstring names the phenomenon it handles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire.extract.event_context import TRANSNATIONAL
from eventwire.extract.event_match import Match
from eventwire.extract.event_roles import ActorIndex, resolved, subject_of
from eventwire.extract.event_structure import Tree
from eventwire.models import ActorMention


def done_by_a_thing(tree: Tree, index: ActorIndex, match: Match) -> bool:
    """ "a canopy collapsed and killed 15 people": violence whose subject is a thing, not an
    actor, is an accident. A subject that is itself a violent act was absorbed before."""
    i = match.token
    toks = tree.tokens
    if toks[i].pos != "VERB" or match.code[:2] not in ("18", "19", "20"):
        return False
    subj = subject_of(tree, i)
    return (
        subj is not None
        and toks[subj].pos == "NOUN"
        and not index.at(subj)
        and tree.lemmas[subj] not in WEAPONS
    )


# Subjects that make violence an attack, not an accident: "rockets hit a petrol station".
WEAPONS = frozenset(
    {
        "rocket",
        "missile",
        "shell",
        "bomb",
        "drone",
        "artillery",
        "mortar",
        "airstrike",
        "strike",
        "shelling",
        "gunfire",
        "grenade",
        "gunman",
        "sniper",
    }
)


def main_country(actors: Sequence[ActorMention]) -> str | None:
    """The country the article's actors belong to most often."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.country and a.country not in TRANSNATIONAL:
            counts[a.country] = counts.get(a.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def said_by_a_thing(tree: Tree, index: ActorIndex, i: int, strict: bool = False) -> bool:
    """ "infrastructure that supports the defence industry", "a degree which could bar him":
    a thing does not cooperate, speak or coerce; only force has things for subjects."""
    toks = tree.tokens
    if toks[i].pos != "VERB":
        return False
    subj = subject_of(tree, i)
    if subj is None or toks[subj].pos != "NOUN" or index.own(subj) or subj in tree.actor_tokens:
        return False
    # an antecedent ("a plant that supports"); with ``require_actor`` also a document or a
    # measure as subject ("the agreement commits both sides", "the deal did not require")
    return toks[i].dep == "relcl" or (strict and tree.lemmas[subj] in DOCUMENTS)


DOCUMENTS = frozenset(
    {
        "agreement",
        "deal",
        "treaty",
        "pact",
        "accord",
        "law",
        "decision",
        "order",
        "decree",
        "report",
        "document",
        "declaration",
        "statement",
        "resolution",
        "plan",
        "bill",
        "measure",
        "move",
        "step",
        "sanction",
        "policy",
        "strike",
        "ruling",
        "verdict",
        "vote",
    }
)


# "to spare civilians further destruction", "to prevent a war": averted acts did not happen
PREVENTERS = frozenset(
    {"prevent", "avoid", "spare", "avert", "forestall", "preclude", "ban", "prohibit", "outlaw"}
)


def prevented(tree: Tree, i: int) -> bool:
    toks = tree.tokens
    tok = toks[i]
    if tok.pos not in ("NOUN", "PROPN") or tok.dep not in ("dobj", "dative"):
        return False
    return tree.lemmas[tok.head] in PREVENTERS


def owned(tree: Tree, index: ActorIndex, actor: ActorMention) -> ActorMention:
    """An uncoded body takes its owner's country: "its National Security Committee" (its =
    Pakistan), "the Law Society of Kenya"."""
    if resolved(actor):
        return actor
    toks = tree.tokens
    owners: list[ActorMention] = []
    for c in tree.kids[actor.head]:
        if toks[c].dep == "poss":
            owners = index.at(c)
        elif toks[c].dep == "prep" and tree.lemmas[c] == "of":
            owners = index.at(tree.child(c, frozenset({"pobj"})))
        owners = [a for a in owners if a.country and a.country not in TRANSNATIONAL]
        country = owners[0].country if owners else None
        if country:
            role = (actor.code or "")[3:6] if (actor.code or "").startswith("---") else ""
            return dataclasses.replace(
                actor, code=country + role, country=country, rule=f"{actor.rule}+owner"
            )
    return actor


def no_appositives(tree: Tree, actors: list[ActorMention]) -> list[ActorMention]:
    """ "The State Duma, the lower house of Russia's parliament": one actor named twice."""
    if len(actors) < 2:
        return actors
    heads = {a.head for a in actors}
    toks = tree.tokens
    return [a for a in actors if not (toks[a.head].dep == "appos" and toks[a.head].head in heads)]


def is_venue(tree: Tree, i: int, actor: ActorMention) -> bool:
    """The actor is the object of the trigger's own "at" or "in" ("called on X" is a target)."""
    toks = tree.tokens
    head = toks[actor.head]
    prep = head.head
    return head.dep == "pobj" and tree.lemmas[prep] in ("at", "in") and toks[prep].head == i
