"""Actor dictionaries (PLACEHOLDER: being replaced by the actors work)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class ActorDictionary:
    version: str = "eventwire-actors.v1"


def load_actor_dictionary(sources: Sequence[str] | None = None) -> ActorDictionary:
    return ActorDictionary()
