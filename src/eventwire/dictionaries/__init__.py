"""Actor dictionaries: formats, loading and lookup.

``load_actor_dictionary(sources)`` merges the configured sources (registered names such as
"eventwire-actors.v1", our TSV/YAML files, PETRARCH/TABARI dictionaries) into one
``ActorDictionary`` that ``extract_actors`` matches against.
"""

from __future__ import annotations

from eventwire.dictionaries.loading import PACKAGED, load_actor_dictionary
from eventwire.dictionaries.model import (
    ActorDictionary,
    ActorEntry,
    DatedCode,
    RoleEntry,
    code_country,
    fold,
)

__all__ = [
    "PACKAGED",
    "ActorDictionary",
    "ActorEntry",
    "DatedCode",
    "RoleEntry",
    "code_country",
    "fold",
    "load_actor_dictionary",
]
