"""The store interface: what the CLI and the ingest runner need from a database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from eventwire.models import Article, ExtractionResult, Versions


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for ``events`` and ``timeline``; every field is optional and they combine (AND)."""

    actor: str | None = None  # code prefix on either side: "RUS" matches "RUSGOV"
    country: str | None = None  # ISO3 on either side
    code: str | None = None  # exact CAMEO code, "057"
    root: str | None = None  # CAMEO root, "05"
    since: dt.date | None = None  # the event's interval overlaps [since, until]
    until: dt.date | None = None
    dyad: str | None = None  # "RUS-VEN" directed, "RUS~VEN" either direction
    article: str | None = None
    # Only acts told as having happened (``told_as_fact``)
    factual: bool = False
    limit: int | None = None


# An intention or threat is an act when its code says so (CAMEO 03 "express intent", 13
# "threaten"); "vowed to investigate" coded 091 has not happened yet.
INTENT_MODALITIES = ("intended", "threatened")
INTENT_ROOTS = ("03", "13")


def told_as_fact(negated: bool, modality: str, root: str) -> bool:
    """Whether an event is listed by default: not negated, not hypothetical, not a question,
    and an intention or threat only where it is coded as one. The SQL stores filter with the
    same rule (``EventQuery.factual``)."""
    if negated:
        return False
    return modality == "asserted" or (modality in INTENT_MODALITIES and root in INTENT_ROOTS)


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    speaker: str | None = None  # a code prefix ("RUSGOV") or words of the speaker's name or text
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    versions: Versions
    published: dt.date | None


class Store(Protocol):
    """Where results go. ``save`` replaces everything stored for the article atomically."""

    def article(self, article_id: str) -> StoredArticle | None: ...

    def save(self, result: ExtractionResult) -> None: ...

    def record_failure(self, origin: str, code: str, message: str) -> None: ...

    def stale_articles(self, current: Versions) -> Iterator[Article]: ...

    def events(self, query: EventQuery) -> list[dict[str, Any]]: ...

    def quotes(self, query: QuoteQuery) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...
