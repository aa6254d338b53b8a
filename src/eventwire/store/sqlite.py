"""SQLite, the embedded default store: WAL mode, versioned migrations, one transaction per article.

Each event row keeps its full JSON record (the ``extract`` contract) next to indexed columns for
the filters, so queries return exactly what ``extract`` prints, plus the evidence sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.models import Article, ExtractionResult, Versions
from eventwire.serialize import actor_json, event_json, quote_json, timex_json
from eventwire.store.base import (
    INTENT_MODALITIES,
    INTENT_ROOTS,
    EventQuery,
    QuoteQuery,
    StoredArticle,
)

# Each entry migrates the schema from version i to i + 1; never edit a released entry.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source_id TEXT, title TEXT, published TEXT, source TEXT, url TEXT, origin TEXT,
        text TEXT NOT NULL,
        eventwire_version TEXT NOT NULL, model TEXT NOT NULL, dictionaries TEXT NOT NULL,
        processed_at TEXT NOT NULL
    );
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, type TEXT, value TEXT, record TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, code TEXT, country TEXT, name TEXT, record TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        code TEXT NOT NULL, root TEXT NOT NULL, plover TEXT,
        source_code TEXT, source_country TEXT, target_code TEXT, target_country TEXT,
        date_value TEXT, date_start TEXT, date_end TEXT, granularity TEXT,
        sentence INTEGER NOT NULL, record TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_dates ON events(date_start, date_end);
    CREATE INDEX events_source ON events(source_code);
    CREATE INDEX events_target ON events(target_code);
    CREATE INDEX events_code ON events(code);
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, speaker_code TEXT, speaker_text TEXT, record TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE failures (
        origin TEXT PRIMARY KEY, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL
    );
    """,
    # 2: what `eventwire watch` remembers: each feed's validators and the entries ingested.
    """
    CREATE TABLE IF NOT EXISTS watch_feeds (
        feed TEXT PRIMARY KEY, etag TEXT, modified TEXT, checked_at TEXT, error TEXT
    );
    CREATE TABLE IF NOT EXISTS watch_entries (
        feed TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (feed, key)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """The embedded store. ``SQLiteStore(":memory:")`` is the in-memory fake for tests."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database: {exc}", path=self.path) from exc

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database schema {current} is newer than this eventwire ({SCHEMA_VERSION}); "
                "upgrade eventwire",
                path=self.path,
            )
        for version in range(current, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # --- writing ----------------------------------------------------------------------------

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.conn.execute(
            "SELECT id, published, eventwire_version, model, dictionaries FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        versions = Versions(
            row["eventwire_version"], row["model"], tuple(json.loads(row["dictionaries"]))
        )
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        return StoredArticle(row["id"], versions, published)

    def save(self, result: ExtractionResult) -> None:
        """Store one article's results in one transaction, replacing any earlier results."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete(result.article.id)
            self._insert(result)
            self.conn.execute("DELETE FROM failures WHERE origin = ?", (result.article.origin,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _delete(self, article_id: str) -> None:
        # ON DELETE CASCADE removes the article's sentences, timexes, actors, events and quotes.
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(self, result: ExtractionResult) -> None:
        a, v = result.article, result.versions
        self.conn.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id, a.source_id, a.title, a.published.isoformat() if a.published else None,
                a.source, a.url, a.origin, a.text,
                v.eventwire, v.model, json.dumps(list(v.dictionaries)), _now(),
            ),
        )  # fmt: skip
        self.conn.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?,?)",
            [(a.id, s.index, s.start, s.end, s.text) for s in result.sentences],
        )
        self.conn.executemany(
            "INSERT INTO timexes VALUES (?,?,?,?,?)",
            [(a.id, t.id, t.type, t.value, json.dumps(timex_json(t))) for t in result.timexes],
        )
        self.conn.executemany(
            "INSERT INTO actors VALUES (?,?,?,?,?,?)",
            [
                (a.id, i, m.code, m.country, m.name, json.dumps(actor_json(m)))
                for i, m in enumerate(result.actors)
            ],
        )
        rows = []
        for event in result.events:
            record = event_json(event)
            date = event.date
            rows.append((
                event.id, a.id, event.cameo.code, event.cameo.root, event.cameo.plover,
                event.source.code if event.source else None,
                event.source.country if event.source else None,
                event.target.code if event.target else None,
                event.target.country if event.target else None,
                date.value if date else None,
                date.start.isoformat() if date else None,
                date.end.isoformat() if date else None,
                date.granularity if date else None,
                event.sentence, json.dumps(record),
            ))  # fmt: skip
        # OR REPLACE: two articles can only share an event id if they share text and so id.
        self.conn.executemany(
            "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows
        )
        self.conn.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?)",
            [
                (
                    a.id, i,
                    q.speaker.code if q.speaker else None,
                    q.speaker.span.text if q.speaker else None,
                    json.dumps(quote_json(q)),
                )
                for i, q in enumerate(result.quotes)
            ],
        )  # fmt: skip

    def record_failure(self, origin: str, code: str, message: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO failures VALUES (?,?,?,?)", (origin, code, message, _now())
        )

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM failures ORDER BY origin")]

    def stale_articles(self, current: Versions) -> Iterator[Article]:
        """Stored articles processed by another eventwire, model or dictionary version."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE eventwire_version != ? OR model != ? "
            "OR dictionaries != ? ORDER BY id",
            (current.eventwire, current.model, json.dumps(list(current.dictionaries))),
        ).fetchall()
        for row in rows:
            yield Article(
                id=row["id"],
                text=row["text"],
                published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
                title=row["title"],
                source=row["source"],
                url=row["url"],
                source_id=row["source_id"],
                origin=row["origin"],
            )

    # --- reading ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "quotes", "actors", "timexes", "failures")
        return {
            t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Matching events in the order they happened (undated last), each with its article's
        metadata and evidence sentence."""
        where, params = _event_filters(query)
        select = (
            "SELECT e.record, e.article_id, a.published, a.title, a.source AS outlet, a.url, "
            "s.text AS sentence_text FROM events e JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        )
        order = (
            "e.date_start IS NULL, e.date_start, e.date_end, a.published, e.article_id, "
            "e.sentence, e.id"
        )
        out = []
        for record, row in self._records(select, where, params, order, query.limit):
            record["article"] |= {"source": row["outlet"], "url": row["url"]}
            record["sentence_text"] = row["sentence_text"]
            out.append(record)
        return out

    def quotes(self, query: QuoteQuery) -> list[dict[str, Any]]:
        where: list[str] = []
        params: list[Any] = []
        if query.speaker:
            where.append(
                "(q.speaker_code LIKE ? OR q.speaker_text LIKE ? "
                "OR json_extract(q.record, '$.speaker.name') LIKE ?)"
            )
            params += [f"{query.speaker.upper()}%", f"%{query.speaker}%", f"%{query.speaker}%"]
        if query.since:
            where.append("a.published >= ?")
            params.append(query.since.isoformat())
        if query.until:
            where.append("a.published <= ?")
            params.append(query.until.isoformat())
        select = (
            "SELECT q.record, q.article_id, a.published, a.title FROM quotes q "
            "JOIN articles a ON a.id = q.article_id"
        )
        order = "a.published, q.article_id, q.idx"
        return [r for r, _ in self._records(select, where, params, order, query.limit)]

    def _records(
        self, select: str, where: list[str], params: list[Any], order: str, limit: int | None
    ) -> Iterator[tuple[dict[str, Any], sqlite3.Row]]:
        """Each row's stored JSON record with its article attached, and the row itself."""
        sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
        if limit:
            sql += " LIMIT ?"
            params = [*params, limit]
        for row in self.conn.execute(sql, params):
            record = json.loads(row["record"])
            record["article"] = {
                "id": row["article_id"],
                "published": row["published"],
                "title": row["title"],
            }
            yield record, row

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _event_filters(query: EventQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if query.actor:
        where.append("(e.source_code LIKE ? OR e.target_code LIKE ?)")
        params += [f"{query.actor.upper()}%"] * 2
    if query.country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [query.country.upper()] * 2
    if query.code:
        where.append("e.code = ?")
        params.append(query.code)
    if query.root:
        where.append("e.root = ?")
        params.append(query.root.zfill(2))
    if query.since:
        where.append("e.date_end >= ?")
        params.append(query.since.isoformat())
    if query.until:
        where.append("e.date_start <= ?")
        params.append(query.until.isoformat())
    if query.article:
        where.append("e.article_id = ?")
        params.append(query.article)
    if query.factual:  # told_as_fact, in SQL
        where.append(
            "json_extract(e.record, '$.negated') = 0 AND "
            "(json_extract(e.record, '$.modality') = 'asserted' OR "
            f"(json_extract(e.record, '$.modality') IN ({_marks(INTENT_MODALITIES)}) "
            f"AND e.root IN ({_marks(INTENT_ROOTS)})))"
        )
        params += [*INTENT_MODALITIES, *INTENT_ROOTS]
    if query.dyad:
        where_dyad, dyad_params = _dyad_filter(query.dyad)
        where.append(where_dyad)
        params += dyad_params
    return where, params


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def _dyad_filter(dyad: str) -> tuple[str, list[str]]:
    """``AAA-BBB``: source AAA to target BBB; ``AAA~BBB``: either direction. Code prefixes."""
    both = "~" in dyad
    left, sep, right = dyad.partition("~" if both else "-")
    if not sep or not left or not right:
        raise ValueError(f"bad dyad {dyad!r}: use AAA-BBB (directed) or AAA~BBB (both ways)")
    a, b = f"{left.upper()}%", f"{right.upper()}%"
    directed = "(e.source_code LIKE ? AND e.target_code LIKE ?)"
    if both:
        return f"({directed} OR {directed})", [a, b, b, a]
    return directed, [a, b]
