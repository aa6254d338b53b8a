"""The actor draft: a mention before coreference, shared by ``coref.py``, ``actor_context.py``
and ``pronouns.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from eventwire.dictionaries.lookup import Resolution
from eventwire.models import Token

# Dictionary readings of a place where something happens, not of a party to it.
SITES = ("dictionary:city", "dictionary:capital", "dictionary:region")
# Country codes of bodies that are no state: no "the two countries", no state's own role.
NON_STATE = frozenset(("IGO", "NGO", "IMG", "MNC"))
# The drafts' text order, as a sort key: (start, end), read in C rather than by a lambda.
TEXT_ORDER = attrgetter("start", "end")


def coordination_head(tokens: Sequence[Token], i: int, steps: int) -> int:
    """The first conjunct of the coordination ``i`` is in ("Peru and Chile" -> "Peru"),
    climbing at most ``steps`` conjuncts."""
    for _ in range(steps):
        if tokens[i].dep != "conj":
            break
        i = tokens[i].head
    return i


@dataclass
class Draft:
    """A mention before coreference: token range, head and resolution."""

    start: int
    end: int
    head: int
    result: Resolution
    plural: bool = False
    named: bool = False
    ethnic: bool = False  # "ethnic Albanians": a people coded by the state they live in


# ``dataclasses.replace`` costs over twice a direct construction; these two run several times
# per article (every role placed by its context), so they build the copies field by field.
# ``tests/extract/test_actor_draft.py`` checks that they keep every other field.


def recoded(r: Resolution, code: str | None, country: str | None, rule: str) -> Resolution:
    """``r`` with another code, country and rule, all else kept."""
    return Resolution(
        code, country, r.name, rule, r.role, r.person, r.office, r.title, r.weak, r.gender
    )


def with_result(draft: Draft, result: Resolution) -> Draft:
    """``draft`` resolved to ``result``, all else kept."""
    return Draft(
        draft.start, draft.end, draft.head, result, draft.plural, draft.named, draft.ethnic
    )
