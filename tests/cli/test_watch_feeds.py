"""``eventwire watch``: new entries only, unchanged feeds cost a 304, bad feeds are retried."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.batch.watch import FeedReport, WatchState, parse_duration, watch
from eventwire.errors import ConfigError
from eventwire.store import SQLiteStore
from localsite import Site

pytestmark = pytest.mark.model  # uses the session pipeline (the spaCy model)

FEEDS = Path(__file__).parent.parent / "fixtures" / "feeds"
EXTRA_ITEM = """
    <item>
      <title>Ghana and Togo open joint border post</title>
      <link>https://harborwire.example/world/border-post</link>
      <guid isPermaLink="false">hw-2025-1028-003</guid>
      <pubDate>Tue, 28 Oct 2025 10:00:00 +0000</pubDate>
      <description>ACCRA, Oct 28 (Harbor Wire) - Ghana and Togo opened a joint border post
        on Tuesday to speed up trade along the coastal highway, officials said.</description>
    </item>
  </channel>"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "watch.db") as opened:
        yield opened


def rss(extra: bool = False) -> bytes:
    text = (FEEDS / "rss20.xml").read_text("utf-8")
    return (text.replace("\n  </channel>", EXTRA_ITEM) if extra else text).encode("utf-8")


def test_only_new_entries_are_ingested_and_unchanged_feeds_cost_a_304(
    site: Site, store: SQLiteStore, pipeline: Any
) -> None:
    url = site.serve("/world.rss", rss())
    state = WatchState(store.conn)
    changes = iter([lambda: None, lambda: site.serve("/world.rss", rss(extra=True))])

    reports = watch(
        [url], pipeline, store, state, every=0, rounds=3, sleep=lambda _s: next(changes)()
    )
    first, unchanged, updated = reports
    assert (first.status, first.new, first.stored) == ("new", 2, 2)
    assert unchanged.status == "unchanged" and site.not_modified["/world.rss"] == 1
    assert (updated.status, updated.entries, updated.new, updated.stored) == ("new", 3, 1, 1)
    assert store.counts()["articles"] == 3
    # a fresh watcher on the same database remembers what it has seen
    (again,) = watch([url], pipeline, store, WatchState(store.conn), every=0, rounds=1)
    assert again.status == "unchanged" and again.stored == 0


def test_seen_entries_are_not_parsed_again_when_the_feed_changes(
    site: Site, store: SQLiteStore, pipeline: Any
) -> None:
    url = site.serve("/world.rss", rss())
    state = WatchState(store.conn)
    watch([url], pipeline, store, state, every=0, rounds=1)
    body = rss().replace(b"<title>Harbor Wire - World</title>", b"<title>HW World</title>")
    site.serve("/world.rss", body)  # new ETag, same entries
    (report,) = watch([url], pipeline, store, state, every=0, rounds=1)
    assert (report.entries, report.new, report.stored, report.duplicates) == (2, 0, 0, 0)


def test_a_feed_that_is_down_or_malformed_is_retried_next_round(
    site: Site, store: SQLiteStore, pipeline: Any
) -> None:
    down = site.serve("/down.rss", b"maintenance", status=503)
    broken = site.serve("/broken.rss", b"<html><body><p>Oops</p></body></html>")
    good = site.serve("/world.rss", rss())
    state = WatchState(store.conn)

    def recover(_seconds: float) -> None:
        site.serve("/down.rss", (FEEDS / "atom.xml").read_bytes())

    seen: list[tuple[int, FeedReport]] = []
    watch(
        [down, broken, good], pipeline, store, state, every=0, rounds=2, sleep=recover,
        on_report=lambda n, report: seen.append((n, report)),
    )  # fmt: skip
    by_round = {(n, r.url): r for n, r in seen}
    assert by_round[1, down].status == "error" and "HTTP 503" in (by_round[1, down].error or "")
    assert by_round[1, broken].error == "not an RSS or Atom feed"
    assert by_round[1, good].stored == 2
    assert by_round[2, down].status == "new" and by_round[2, down].stored == 1
    assert by_round[2, broken].status == "error"
    assert store.counts()["articles"] == 3
    assert site.hits["/broken.rss"] == 2


def test_parse_duration() -> None:
    assert parse_duration("15m") == 900
    assert parse_duration("30s") == parse_duration("30") == 30
    assert parse_duration("1h") == 3600
    with pytest.raises(ConfigError):
        parse_duration("soon")


def test_watch_command_polls_and_reports(
    site: Site, tmp_path: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.cli import COMMAND_MODULES, app
    from eventwire.pipeline import Pipeline

    for name in COMMAND_MODULES:  # with one command registered, typer drops the command name
        importlib.import_module(f"eventwire.cli.{name}")
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, *a, **k: pipeline))
    url = site.serve("/world.rss", rss())
    down = site.serve("/down.rss", b"", status=500)
    db = tmp_path / "cli.db"
    args = ["watch", url, down, "--every", "0s", "--rounds", "2", "--db", str(db)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "round 1" in result.output and "2 new of 2 entries, 2 stored" in result.output
    assert "HTTP 500" in result.output and "retrying next round" in result.output
    assert "round 2" in result.output and "no new entries" in result.output
    bad = CliRunner().invoke(app, ["watch", "feeds/world.xml", "--rounds", "1"])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output
