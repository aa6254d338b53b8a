"""Polling feeds: each round fetches every feed and ingests only the entries not seen before.

A feed is fetched with conditional GET (the ETag and Last-Modified of its last good fetch), so
an unchanged feed costs one 304. Entry keys (guid, else link) already ingested from a feed are
remembered in the store's database, so unchanged entries are not parsed again; an entry whose
text is already stored under another key is still skipped by the content-hash dedup. A feed
that is down or malformed is reported and tried again next round; its entries and validators
are only recorded after they were processed, so an interrupted round loses nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from eventwire.batch.ingest import ingest_items
from eventwire.errors import ConfigError, EventwireError
from eventwire.ingest.feeds import FEED_SIZE_FACTOR, Feed, feed_articles, fetch, parse_feed
from eventwire.ingest.files import Failure, ReadOptions
from eventwire.pipeline import Pipeline
from eventwire.store.base import Store

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}

Status = Literal["new", "unchanged", "error"]


@dataclass
class FeedReport:
    """One feed in one round."""

    url: str
    status: Status
    entries: int = 0  # in the feed
    new: int = 0  # not seen before
    stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    error: str | None = None


class WatchState:
    """Feeds' validators and the entry keys already ingested, in the store's SQLite file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        """``conn`` in autocommit mode (``isolation_level=None``), as ``SQLiteStore`` opens it."""
        self.conn = conn
        # The watch_feeds and watch_entries tables come with the store's schema (migration 2).

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        row = self.conn.execute(
            "SELECT etag, modified FROM watch_feeds WHERE feed = ?", (feed,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def unseen(self, feed: str, keys: Iterable[str]) -> set[str]:
        keys = set(keys)
        seen = {
            row[0]
            for row in self.conn.execute("SELECT key FROM watch_entries WHERE feed = ?", (feed,))
        }
        return keys - seen

    def record(
        self, feed: str, keys: Iterable[str], etag: str | None, modified: str | None
    ) -> None:
        """Remember processed entries and the validators of the fetch they came from."""
        now = _now()
        with self._transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO watch_entries VALUES (?,?,?)",
                [(feed, key, now) for key in keys],
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO watch_feeds VALUES (?,?,?,?,NULL)",
                (feed, etag, modified, now),
            )

    def record_error(self, feed: str, message: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO watch_feeds (feed, checked_at, error) VALUES (?,?,?) "
                "ON CONFLICT(feed) DO UPDATE SET checked_at = excluded.checked_at, "
                "error = excluded.error",
                (feed, _now(), message),
            )


def poll_feed(
    url: str,
    pipeline: Pipeline,
    store: Store,
    state: WatchState,
    options: ReadOptions,
    workers: int = 1,
) -> FeedReport:
    """Fetch one feed and ingest its new entries; a feed that fails is reported, not raised."""
    etag, modified = state.validators(url)
    try:
        fetched = fetch(
            url, max_bytes=options.max_bytes * FEED_SIZE_FACTOR, etag=etag, modified=modified
        )
        if fetched.status == 304:
            return FeedReport(url, "unchanged")
        feed = parse_feed(fetched.data, url)
    except EventwireError as exc:
        state.record_error(url, exc.message)
        return FeedReport(url, "error", error=exc.message)
    unseen = state.unseen(url, (e.key for e in feed.entries))
    fresh = tuple(e for e in feed.entries if e.key in unseen)
    report = FeedReport(url, "new" if fresh else "unchanged", len(feed.entries), len(fresh))
    if fresh:
        items = feed_articles(Feed(feed.origin, feed.version, feed.title, fresh), options)
        summary = ingest_items(items, pipeline, store, workers=workers)
        report.stored, report.duplicates = summary.articles, summary.duplicates
        report.failures = summary.failures
    state.record(url, unseen, fetched.etag, fetched.modified)
    return report


def watch(
    urls: list[str],
    pipeline: Pipeline,
    store: Store,
    state: WatchState,
    *,
    every: float,
    rounds: int | None = None,
    options: ReadOptions | None = None,
    workers: int = 1,
    on_report: Callable[[int, FeedReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[FeedReport]:
    """Poll ``urls`` every ``every`` seconds, ``rounds`` times (forever when None)."""
    options = options or ReadOptions()
    reports: list[FeedReport] = []
    round_number = 0
    while rounds is None or round_number < rounds:
        round_number += 1
        started = time.monotonic()
        for url in urls:
            report = poll_feed(url, pipeline, store, state, options, workers)
            reports.append(report)
            if on_report:
                on_report(round_number, report)
        if rounds is None or round_number < rounds:
            sleep(max(0.0, every - (time.monotonic() - started)))
    return reports


def parse_duration(text: str) -> float:
    """Seconds in ``"90"``, ``"30s"``, ``"15m"``, ``"1h"`` or ``"1d"``.

    >>> parse_duration("15m")
    900.0
    """
    match = _DURATION.match(text)
    if not match:
        raise ConfigError(f"bad interval {text!r}: use e.g. 30s, 15m, 1h")
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
