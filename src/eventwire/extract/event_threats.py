"""Threats told by what the threatened will suffer: "Hamas will pay a heavy price," Netanyahu
said; "Any aggression by India will be met with full force," the army chief said.

The pattern's verb has the threatened as its subject ("pay", "face") or, passive, as the doer
of its subject ("aggression by India", "India's aggression"); the one who threatens is the
speaker, so such a trigger is an event only when someone says it of the future.
"""

from __future__ import annotations

from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_roles import ActorIndex
from eventwire.extract.event_structure import Tree
from eventwire.models import ActorMention

__all__ = ["threatened"]

_POSS = frozenset({"poss"})
_PASSIVE = frozenset({"nsubjpass"})


def threatened(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """Who a threat told by suffering is against: the verb's subject, or the doer of its
    passive subject ("aggression by India", "India's aggression")."""
    if not tree.is_passive(i):
        return index.at(subject_of(tree, i))
    subj = tree.child(i, _PASSIVE)
    if subj is None:
        return []
    found = index.at(subj)
    if found:
        return found  # "India will be met with force"
    for prep, g in tree.preps(subj):
        if prep == "by":
            return index.at(g)
    return index.at(tree.child(subj, _POSS))
