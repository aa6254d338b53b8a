"""Where an act happened is no party to it: a venue ("at the UN", "the Geneva talks"), a
gathering a crowd was at, and the mentions an act's structure offers as targets that are
the doer's own or a thing's. Asked by ``event_targets`` and ``event_emit``."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.extract.event_context import Draft
from eventwire.extract.event_structure import TALKING, Tree
from eventwire.extract.event_words import AIMED_AT
from eventwire.models import ActorMention, Location, ParsedArticle


def is_venue(tree: Tree, i: int, actor: ActorMention) -> bool:
    """The actor is the object of the trigger's own "at" or "in" ("called on X" is a target;
    so is whom words are aimed "at": "lashed out at NATO")."""
    toks = tree.tokens
    head = toks[actor.head]
    prep = head.head
    if head.dep != "pobj" or toks[prep].head != i:
        return False
    lemma = tree.lemmas[prep]
    return lemma == "in" or (lemma == "at" and tree.lemmas[i] not in AIMED_AT)


def named_venue(tree: Tree, actor: ActorMention) -> bool:
    """A city naming a gathering or its accord ("the Geneva talks", "the Dayton accord"):
    where the parties met, not a party. A capital may stand for its government ("the Moscow
    talks" are also talks with Moscow) and is kept."""
    tok = tree.tokens[actor.head]
    return (
        actor.rule.endswith(":city")
        and tok.dep == "compound"
        and tree.lemmas[tok.head] in _GATHERED
    )


_GATHERED = TALKING | {"conference", "summit", "process", "treaty", "peace"}


def not_a_target(
    tree: Tree, target: ActorMention, sources: Sequence[ActorMention], draft: Draft
) -> bool:
    """Not the one acted on: a source read twice ("both sides agreed"), a gapped subject, or a
    phrase in apposition to another target ("Goma, a city of more than a million people")."""
    if any(s.span == target.span for s in sources):
        return True
    toks = tree.tokens
    deps = tree.deps
    via = toks[toks[target.head].head]
    if (
        (target.code or "").endswith("MED")
        and deps[target.head] == "pobj"
        and via.lemma
        in (
            "on",
            "via",
            "through",
        )
    ):
        return True  # "announced the agreement on social media": a channel, not a party
    toks = tree.tokens
    first = toks[target.head].head
    amount = toks[first].ent_type in ("MONEY", "CARDINAL", "QUANTITY")
    if deps[target.head] == "conj" and amount:
        return True  # "pledged 522 million euros and Germany 125 million": a gapped subject
    if deps[target.head] == "nmod" and any(deps[c] == "nummod" for c in tree.kids[first]):
        return True  # the same gap parsed as "[Germany 125 million] euros"
    heads = {t.head for t in draft.targets if t is not target}
    k = target.head
    for _ in range(4):
        if deps[k] == "appos" and toks[k].head in heads:
            return True
        if toks[k].head == k or deps[k] not in ("pobj", "prep", "appos"):
            return False
        k = toks[k].head
    return False


# "pledged aid at a conference in London": the venue of a gathering is not the recipient
# Gatherings: a place named on them is where people met, not what an act is about.
VENUES = frozenset(
    {
        "conference",
        "summit",
        "meeting",
        "talks",
        "talk",
        "negotiation",
        "forum",
        "ceremony",
        "session",
    }
)


def at_a_gathering(parsed: ParsedArticle, tree: Tree, i: int, location: Location) -> bool:
    toks = parsed.tokens
    sent = parsed.sentences[toks[i].sent]
    k = next(
        (
            t
            for t in range(sent.token_start, sent.token_end)
            if toks[t].start >= location.span.start
        ),
        None,
    )
    for _ in range(6):
        if k is None or k == i or toks[k].head == k:
            return False
        if tree.lemmas[k] in VENUES:
            return True
        k = toks[k].head
    return False
