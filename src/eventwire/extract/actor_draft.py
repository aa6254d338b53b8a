"""The actor draft: a mention before coreference, shared by ``coref.py``, ``actor_context.py``
and ``pronouns.py``."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.dictionaries.lookup import Resolution


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
