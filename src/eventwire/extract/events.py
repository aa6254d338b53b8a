"""Events from the dependency structure (PLACEHOLDER: being replaced by the events work)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.coding.patterns import PatternSet
from eventwire.models import ActorMention, Event, ParsedArticle, Quote, TimeExpression


@dataclass(frozen=True, slots=True)
class EventOptions:
    code_statements: bool = False  # plain statements as CAMEO 01 events


def extract_events(
    parsed: ParsedArticle,
    actors: Sequence[ActorMention],
    timexes: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    patterns: PatternSet,
    options: EventOptions,
) -> list[Event]:
    return []
