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
    # Only acts told as having happened: not negated, not hypothetical, not a question, and an
    # intention or threat only where it is coded as one (CAMEO 03, 13).
    factual: bool = False
    limit: int | None = None


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
