"""``extract``, ``ingest`` and ``config``: from articles to records."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.cli.app import ConfigOption, DbOption, app, console, err_console, fail, settings_for
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.article import parse_date
from eventwire.ingest.files import Failure, ReadOptions, iter_articles
from eventwire.models import ExtractionResult
from eventwire.serialize import result_json


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD where the input gives none."),
]


def _read_options(published: str | None, max_bytes: int) -> ReadOptions:
    try:
        return ReadOptions(published=parse_date(published, "--published"), max_bytes=max_bytes)
    except EventwireError as exc:
        fail(exc)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A .txt or .jsonl article file, or - for stdin.")],
    published: PublishedOption = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.json,
    config: ConfigOption = None,
) -> None:
    """Extract one article's events, actors, dates and quotes; nothing is stored.

    Example: eventwire extract data/samples/2025-10-27-russia-venezuela-treaty.txt --format table
    """
    settings = settings_for(config)
    options = _read_options(published, int(settings.get("ingest", "max_bytes")))
    items = list(iter_articles([path], options))
    if not items:
        fail(InputError("no article found", path=path))
    first = items[0]
    if isinstance(first, Failure):
        fail(first.error if first.error.path else EventwireError(first.reason, path=first.origin))
    if len(items) > 1:
        err_console.print(f"note: {path} holds {len(items)} articles; extracting the first")
    from eventwire.pipeline import Pipeline

    try:
        result = Pipeline.from_settings(settings).process(first)
    except EventwireError as exc:
        fail(exc if exc.path else EventwireError(exc.message, path=path))
    if format is ExtractFormat.json:
        typer.echo(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        _print_result_tables(result)


def _print_result_tables(result: ExtractionResult) -> None:
    article = result.article
    console.print(
        f"[bold]{article.title or article.id}[/bold]  published {article.published or 'unknown'}"
    )
    events = Table("code", "name", "source", "target", "date", "trigger", "flags", title="Events")
    for e in result.events:
        flags = ", ".join(
            f
            for f in (
                "negated" if e.negated else "",
                e.modality if e.modality != "asserted" else "",
            )
            if f
        )
        events.add_row(
            e.cameo.code,
            e.cameo.name,
            e.source.code or e.source.span.text if e.source else "",
            e.target.code or e.target.span.text if e.target else "",
            e.date.value if e.date else "undated",
            e.trigger.text,
            flags,
        )
    console.print(events)
    quotes = Table("speaker", "kind", "stance", "text", title="Quotes")
    for q in result.quotes:
        speaker = q.speaker.code or q.speaker.span.text if q.speaker else ""
        quotes.add_row(speaker or "", q.kind, q.stance, q.span.text[:90])
    console.print(quotes)
    timexes = Table("id", "text", "type", "value", title="Time expressions")
    for t in result.timexes:
        timexes.add_row(t.id, t.span.text, t.type, t.value)
    console.print(timexes)


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt, .jsonl, .html, feed .xml), folders, URLs or - for stdin."
        ),
    ] = None,
    db: DbOption = None,
    published: PublishedOption = None,
    reprocess: Annotated[
        bool,
        typer.Option(
            "--reprocess", help="Re-run articles stored by an older eventwire, model or dictionary."
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Parse in this many processes (one thread each); this one does every write.",
        ),
    ] = 1,
    config: ConfigOption = None,
) -> None:
    """Extract and store articles from files, folders, feeds or URLs; stored articles are
    skipped, so a rerun resumes.

    Example: eventwire ingest data/samples https://example.org/feed.xml --workers 2
    """
    from eventwire.batch.ingest import IngestSummary, count_inputs
    from eventwire.batch.ingest import ingest as run_ingest
    from eventwire.pipeline import Pipeline
    from eventwire.store import SQLiteStore

    inputs = list(paths or [])
    if not inputs and not reprocess:
        fail("give at least one path (or --reprocess alone to refresh stale articles)", code=2)
    settings = settings_for(config, db)
    options = _read_options(published, int(settings.get("ingest", "max_bytes")))
    try:
        pipeline = Pipeline.from_settings(settings)
        store = SQLiteStore(settings.db_path)
    except EventwireError as exc:
        fail(exc)
    total = count_inputs(inputs) if inputs else None
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
    )
    with store, Progress(*columns, console=err_console, transient=False) as bar:
        task = bar.add_task("ingesting", total=total, events=0)

        def on_progress(summary: IngestSummary) -> None:
            bar.update(task, completed=summary.seen, events=summary.events)

        try:
            summary = run_ingest(
                inputs, pipeline, store, options=options, reprocess=reprocess,
                progress=on_progress, workers=workers,
            )  # fmt: skip
        except KeyboardInterrupt:
            err_console.print("interrupted: stored articles are complete; rerun to resume")
            raise typer.Exit(130) from None
    _print_summary(summary, settings.db_path)
    if summary.failures:
        raise typer.Exit(1)


def _print_summary(summary: object, db: Path) -> None:
    from eventwire.batch.ingest import IngestSummary

    assert isinstance(summary, IngestSummary)
    console.print(
        f"[bold]{summary.articles}[/bold] articles stored"
        f" ({summary.reprocessed} reprocessed), [bold]{summary.events}[/bold] events,"
        f" {summary.quotes} quotes, {summary.duplicates} duplicates skipped,"
        f" {len(summary.failures)} failed -> {db}",
        soft_wrap=True,
    )
    for failure in summary.failures:
        err_console.print(f"[red]failed[/red] {failure.origin}: {failure.reason}", highlight=False)


config_app = typer.Typer(help="Show the resolved configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(config: ConfigOption = None, db: DbOption = None) -> None:
    """Print the resolved configuration (defaults, config file, EVENTWIRE_* variables) as JSON.

    Example: eventwire config show --config my.toml
    """
    typer.echo(json.dumps(settings_for(config, db).data, indent=2, default=str))
