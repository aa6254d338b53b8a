"""The SQLite store: atomic saves, replacement on reprocess, filters and timeline order."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.coding import lookup
from eventwire.errors import StoreError
from eventwire.ingest import make_article
from eventwire.models import (
    ActorMention,
    Event,
    EventDate,
    ExtractionResult,
    Sentence,
    Span,
    Versions,
)
from eventwire.store import EventQuery, QuoteQuery, SQLiteStore, told_as_fact
from eventwire.store.sqlite import SCHEMA_VERSION

V1 = Versions("0.1.0", "en_test-1.0", ("eventwire-actors.v1",))
TEXT = "Russia ratified the treaty with Venezuela. Venezuela thanked Russia."


def actor(code: str, start: int, text: str) -> ActorMention:
    return ActorMention(Span(start, start + len(text), text), text, code, code[:3], "test")


def event(code: str, source: str, target: str | None, day: str | None, granularity: str = "day",
          end: str | None = None, sentence: int = 0) -> Event:  # fmt: skip
    date = None
    if day:
        start = dt.date.fromisoformat(day)
        date = EventDate(day, day, "t1", "text", granularity, start,  # type: ignore[arg-type]
                         dt.date.fromisoformat(end) if end else start)  # fmt: skip
    trigger = Span(7, 16, "ratified")
    return Event(
        id=f"{code}-{source}-{day}", cameo=lookup(code), source=actor(source, 0, "Russia"),
        target=actor(target, 32, "Venezuela") if target else None, trigger=trigger,
        sentence=sentence, evidence=(trigger,), date=date,
    )  # fmt: skip


def result(text: str = TEXT, events: tuple[Event, ...] = (), versions: Versions = V1,
           published: str = "2025-10-27") -> ExtractionResult:  # fmt: skip
    article = make_article(text, published=published, origin="a.txt")
    sentences = (Sentence(0, 0, 42, text[:42], 0, 7), Sentence(1, 43, len(text), text[43:], 7, 11))
    return ExtractionResult(article, versions, sentences, (), (), events, ())


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "t.db")


def test_new_database_is_migrated_and_in_wal_mode(store: SQLiteStore) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_save_then_query_round_trips_the_event_record(store: SQLiteStore) -> None:
    store.save(result(events=(event("0311", "RUSLEG", "VENGOV", "2025-10-20"),)))
    [row] = store.events(EventQuery())
    assert row["code"] == "0311" and row["root"] == "03" and row["quad_class"] == 1
    assert row["source"]["code"] == "RUSLEG" and row["target"]["text"] == "Venezuela"
    assert row["date"]["start"] == "2025-10-20"
    assert row["sentence_text"] == TEXT[:42]
    assert row["article"]["published"] == "2025-10-27"


def test_save_replaces_earlier_results_for_the_same_article(store: SQLiteStore) -> None:
    store.save(result(events=(event("0311", "RUSLEG", "VENGOV", "2025-10-20"),)))
    v2 = Versions("0.2.0", "en_test-1.0", ("eventwire-actors.v1",))
    store.save(result(events=(event("057", "RUSGOV", "VENGOV", "2025-10-21"),), versions=v2))
    rows = store.events(EventQuery())
    assert [r["code"] for r in rows] == ["057"]
    assert store.counts()["articles"] == 1
    stored = store.article(result().article.id)
    assert stored is not None and stored.versions == v2


def test_a_failed_save_leaves_nothing_half_stored(store: SQLiteStore) -> None:
    good = event("0311", "RUSLEG", "VENGOV", "2025-10-20")
    # Two events with one id violate the primary key only on the second insert... unless
    # INSERT OR REPLACE; so break the quotes insert instead with a record that cannot serialise.
    broken = result(events=(good,))
    object.__setattr__(broken, "quotes", (object(),))  # not a Quote: json serialisation fails
    with pytest.raises(AttributeError):
        store.save(broken)
    assert store.counts()["articles"] == 0
    assert store.counts()["events"] == 0


def test_stale_articles_are_those_from_another_pipeline_version(store: SQLiteStore) -> None:
    store.save(result())
    assert list(store.stale_articles(V1)) == []
    newer = Versions("0.2.0", V1.model, V1.dictionaries)
    [stale] = list(store.stale_articles(newer))
    assert stale.text == TEXT and stale.published == dt.date(2025, 10, 27)


def test_filters_by_actor_prefix_country_code_and_root(store: SQLiteStore) -> None:
    store.save(result(events=(
        event("0311", "RUSLEG", "VENGOV", "2025-10-20"),
        event("112", "USAGOV", "VENGOV", "2025-10-02"),
        event("190", "USAMIL", None, "2025-10-03"),
    )))  # fmt: skip
    codes = lambda q: sorted(r["code"] for r in store.events(q))  # noqa: E731
    assert codes(EventQuery(actor="RUS")) == ["0311"]
    assert codes(EventQuery(actor="usa")) == ["112", "190"]
    assert codes(EventQuery(country="VEN")) == ["0311", "112"]
    assert codes(EventQuery(code="112")) == ["112"]
    assert codes(EventQuery(root="3")) == ["0311"]
    assert codes(EventQuery(actor="USAMIL", root="19")) == ["190"]


def test_week_and_month_events_match_ranges_they_overlap(store: SQLiteStore) -> None:
    store.save(result(events=(
        event("0311", "RUSLEG", "VENGOV", "2025-10-13", "week", end="2025-10-19"),
        event("112", "USAGOV", "VENGOV", "2025-09-01", "month", end="2025-09-30"),
        event("190", "USAMIL", None, None),
    )))  # fmt: skip
    in_range = lambda s, u: sorted(  # noqa: E731
        r["code"]
        for r in store.events(
            EventQuery(since=dt.date.fromisoformat(s), until=dt.date.fromisoformat(u))
        )
    )
    assert in_range("2025-10-19", "2025-10-26") == ["0311"]
    assert in_range("2025-09-30", "2025-10-13") == ["0311", "112"]
    assert in_range("2025-10-20", "2025-10-31") == []


def test_timeline_orders_by_when_it_happened_with_undated_last(store: SQLiteStore) -> None:
    store.save(result(events=(
        event("0311", "RUSLEG", "VENGOV", "2025-10-20"),
        event("190", "USAMIL", None, None),
        event("112", "USAGOV", "VENGOV", "2025-05-07"),
    )))  # fmt: skip
    assert [r["code"] for r in store.events(EventQuery())] == ["112", "0311", "190"]


def test_dyad_is_directed_with_dash_and_both_ways_with_tilde(store: SQLiteStore) -> None:
    store.save(result(events=(
        event("0311", "RUSLEG", "VENGOV", "2025-10-20"),
        event("051", "VENGOV", "RUSGOV", "2025-10-21"),
    )))  # fmt: skip
    assert [r["code"] for r in store.events(EventQuery(dyad="RUS-VEN"))] == ["0311"]
    assert [r["code"] for r in store.events(EventQuery(dyad="VEN-RUS"))] == ["051"]
    assert len(store.events(EventQuery(dyad="RUS~VEN"))) == 2
    with pytest.raises(ValueError, match="bad dyad"):
        store.events(EventQuery(dyad="RUSVEN"))


def test_failures_are_recorded_and_cleared_by_a_later_success(store: SQLiteStore) -> None:
    store.record_failure("a.txt", "E105", "text is not English")
    assert store.failures()[0]["message"] == "text is not English"
    store.save(result())
    assert store.failures() == []


def test_quotes_query_matches_speaker_code_prefix_or_words(store: SQLiteStore) -> None:
    from eventwire.models import Quote

    speaker = actor("RUSGOV", 0, "Sergei Lavrov")
    content = Span(10, 20, TEXT[10:20])
    quote = Quote(content, (content,), "direct", "assert", Span(0, 3, TEXT[:3]), speaker)
    r = result()
    object.__setattr__(r, "quotes", (quote,))
    store.save(r)
    assert len(store.quotes(QuoteQuery(speaker="RUS"))) == 1
    assert len(store.quotes(QuoteQuery(speaker="Lavrov"))) == 1
    assert store.quotes(QuoteQuery(speaker="USA")) == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this eventwire"):
        SQLiteStore(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        SQLiteStore(path)


def test_a_version_1_database_is_migrated_in_place(tmp_path: Path) -> None:
    from eventwire.store.sqlite import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with SQLiteStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 2
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles", "events", "watch_feeds", "watch_entries"} <= tables


def test_limit_keeps_the_earliest_events(store: SQLiteStore) -> None:
    store.save(result(events=(
        event("0311", "RUSLEG", "VENGOV", "2025-10-20"),
        event("112", "USAGOV", "VENGOV", "2025-05-07"),
    )))  # fmt: skip
    assert [r["code"] for r in store.events(EventQuery(limit=1))] == ["112"]


def test_factual_query_hides_negated_hypothetical_question_and_uncoded_intended_acts(
    store: SQLiteStore,
) -> None:
    signed = event("057", "RUSGOV", "VENGOV", "2025-10-20")
    store.save(result(events=(
        signed,
        replace(event("057", "VENGOV", "RUSGOV", "2025-10-21"), negated=True),
        replace(event("190", "USAMIL", "VENGOV", "2025-10-22"), modality="hypothetical"),
        replace(event("042", "USAGOV", "VENGOV", "2025-10-23"), modality="question"),
        replace(event("138", "USAGOV", "VENGOV", "2025-10-24"), modality="threatened"),
        replace(event("091", "VENGOV", "USAMIL", "2025-10-25"), modality="intended"),
    )))  # fmt: skip
    assert len(store.events(EventQuery())) == 6
    factual = store.events(EventQuery(factual=True))
    assert [(r["code"], r["modality"]) for r in factual] == [
        ("057", "asserted"), ("138", "threatened"),
    ]  # fmt: skip


def test_factual_query_and_told_as_fact_agree(store: SQLiteStore) -> None:
    """The SQL filter and the Python rule the CLI flags with are one rule written twice."""
    kinds = [
        (code, negated, modality)
        for code in ("057", "036", "138", "091")
        for negated in (False, True)
        for modality in ("asserted", "intended", "threatened", "hypothetical", "question")
    ]
    days = [f"2025-{10 + n // 28}-{n % 28 + 1:02d}" for n in range(len(kinds))]
    store.save(result(events=tuple(
        replace(event(code, "RUSGOV", "VENGOV", day), negated=neg, modality=mod)
        for day, (code, neg, mod) in zip(days, kinds, strict=True)
    )))  # fmt: skip
    rows = store.events(EventQuery(factual=True))
    listed = {(r["code"], r["negated"], r["modality"]) for r in rows}
    expected = {k for k in kinds if told_as_fact(k[1], k[2], k[0][:2])}
    assert listed == expected
    assert ("036", False, "intended") in listed and ("091", False, "intended") not in listed
