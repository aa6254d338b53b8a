"""``watch``: poll RSS/Atom feeds and ingest their new entries."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.app import ConfigOption, DbOption, app, console, err_console, fail, settings_for
from eventwire.errors import EventwireError
from eventwire.ingest.files import ReadOptions


@app.command()
def watch(
    urls: Annotated[list[str], typer.Argument(help="Feed URLs (RSS 0.9x/1.0/2.0 or Atom).")],
    every: Annotated[
        str, typer.Option("--every", help="Time between rounds: 30s, 15m, 1h.")
    ] = "15m",
    rounds: Annotated[
        int | None,
        typer.Option("--rounds", min=1, help="Stop after this many rounds (default: forever)."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Parse in this many processes.")
    ] = 1,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Poll feeds and store the entries not seen before; a feed that is down or malformed is
    reported and tried again next round.

    Example: eventwire watch https://example.org/world.rss --every 15m
    """
    from eventwire.batch.watch import FeedReport, WatchState, parse_duration
    from eventwire.batch.watch import watch as run_watch
    from eventwire.ingest.feeds import is_url
    from eventwire.pipeline import Pipeline
    from eventwire.store import SQLiteStore

    bad = [url for url in urls if not is_url(url)]
    if bad:
        fail(f"not an http(s) URL: {bad[0]}", code=2)
    settings = settings_for(config, db)
    try:
        interval = parse_duration(every)
        pipeline = Pipeline.from_settings(settings)
        store = SQLiteStore(settings.db_path)
    except EventwireError as exc:
        fail(exc)
    options = ReadOptions(max_bytes=int(settings.get("ingest", "max_bytes")))

    def on_report(round_number: int, report: FeedReport) -> None:
        where = f"[dim]round {round_number}[/dim] {report.url}"
        if report.status == "error":
            err_console.print(f"{where}: [red]{report.error}[/red]; retrying next round")
            return
        if report.status == "unchanged" and not report.new:
            console.print(f"{where}: no new entries")
            return
        console.print(
            f"{where}: {report.new} new of {report.entries} entries, {report.stored} stored, "
            f"{report.duplicates} duplicates, {len(report.failures)} failed",
            highlight=False,
        )
        for failure in report.failures:
            err_console.print(f"  [red]failed[/red] {failure.origin}: {failure.reason}")

    with store:
        state = WatchState(store.conn)
        try:
            run_watch(
                urls, pipeline, store, state, every=interval, rounds=rounds, options=options,
                workers=workers, on_report=on_report,
            )  # fmt: skip
        except KeyboardInterrupt:
            err_console.print("stopped: stored entries are complete")
            raise typer.Exit(130) from None
