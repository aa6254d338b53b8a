"""``events``, ``timeline`` and ``quotes``: reading the store."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from eventwire.cli.app import DbOption, app, console, fail, settings_for
from eventwire.errors import EventwireError
from eventwire.ingest.article import parse_date
from eventwire.store import EventQuery, QuoteQuery, SQLiteStore, told_as_fact


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f")]
DateOption = Annotated[str | None, typer.Option(help="YYYY-MM-DD")]
LimitOption = Annotated[int | None, typer.Option("--limit", help="At most this many rows.")]
UnassertedOption = Annotated[
    bool,
    typer.Option(
        "--unasserted",
        help="Also list acts told as negated, hypothetical or asked about (hidden by default).",
    ),
]


def _date(value: str | None, name: str) -> dt.date | None:
    try:
        return parse_date(value, name)
    except EventwireError as exc:
        fail(exc, code=2)


def _open_store(db: Any) -> SQLiteStore:
    settings = settings_for(None, db)
    if not settings.db_path.exists():
        fail(f"{settings.db_path}: no database here yet; run `eventwire ingest` first")
    try:
        return SQLiteStore(settings.db_path)
    except EventwireError as exc:
        fail(exc)


def _ref(ref: dict[str, Any] | None) -> str:
    if not ref:
        return ""
    return str(ref.get("code") or ref.get("text") or "")


def _flags(e: dict[str, Any]) -> str:
    """How the act was told, when not as a plain fact (only listed with --unasserted)."""
    told = ["negated"] if e["negated"] else []
    if not told_as_fact(False, e["modality"], e["root"]):  # hypothetical, asked, uncoded intent
        told.append(e["modality"])
    return f" [red]({', '.join(told)})[/red]" if told else ""


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    """One flat row per event, for CSV."""
    date = e.get("date") or {}
    return {
        "id": e["id"],
        "date": date.get("value", ""),
        "date_start": date.get("start", ""),
        "date_end": date.get("end", ""),
        "date_from": date.get("from", ""),
        "code": e["code"],
        "root": e["root"],
        "name": e["name"],
        "plover": e["plover"] or "",
        "goldstein": e["goldstein"],
        "quad_class": e["quad_class"],
        "source": _ref(e["source"]),
        "source_text": (e["source"] or {}).get("text", ""),
        "target": _ref(e["target"]),
        "target_text": (e["target"] or {}).get("text", ""),
        "trigger": e["trigger"]["text"],
        "negated": e["negated"],
        "modality": e["modality"],
        "location": (e["location"] or {}).get("text", ""),
        "reported_by": _ref(e["reported_by"]),
        "rule": e["rule"],
        "article_id": e["article"]["id"],
        "published": e["article"]["published"] or "",
        "sentence": e.get("sentence_text") or "",
    }


def _emit(rows: list[dict[str, Any]], fmt: OutputFormat, flat: Any, table: Table) -> None:
    if fmt is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt is OutputFormat.csv:
        flat_rows = [flat(r) for r in rows]
        if flat_rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(flat_rows[0]))
            writer.writeheader()
            writer.writerows(flat_rows)
    else:
        console.print(table)


@app.command()
def events(
    actor: Annotated[
        str | None, typer.Option(help="Code prefix on either side: RUS, RUSGOV.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country on either side.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code, e.g. 057.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, e.g. 05.")] = None,
    since: DateOption = None,
    until: DateOption = None,
    limit: LimitOption = None,
    unasserted: UnassertedOption = False,
    format: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored events; a week- or month-level event matches a date range it overlaps.
    Acts that did not happen as told ("did not sign", "if it is attacked") are stored with
    their flags but listed only with --unasserted.

    Example: eventwire events --actor RUS --root 05 --since 2025-10-01 --format csv
    """
    query = EventQuery(
        actor=actor, country=country, code=code, root=root, since=_date(since, "--since"),
        until=_date(until, "--until"), factual=not unasserted, limit=limit,
    )  # fmt: skip
    with _open_store(db) as store:
        rows = store.events(query)
    table = Table(
        "date", "code", "name", "source", "target", "trigger", title=f"{len(rows)} events"
    )
    for e in rows:
        table.add_row(
            (e["date"] or {}).get("value", "undated"), e["code"], e["name"] + _flags(e),
            _ref(e["source"]), _ref(e["target"]), e["trigger"]["text"],
        )  # fmt: skip
    _emit(rows, format, event_row, table)


@app.command()
def timeline(
    actor: Annotated[str | None, typer.Option(help="Code prefix on either side.")] = None,
    dyad: Annotated[
        str | None, typer.Option(help="AAA-BBB from AAA to BBB; AAA~BBB both directions.")
    ] = None,
    since: DateOption = None,
    until: DateOption = None,
    limit: LimitOption = None,
    unasserted: UnassertedOption = False,
    format: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Events in the order they happened (not published), each with its evidence sentence;
    undated events come last, negated and hypothetical ones only with --unasserted.

    Example: eventwire timeline --dyad RUS~VEN
    """
    query = EventQuery(
        actor=actor, dyad=dyad, since=_date(since, "--since"), until=_date(until, "--until"),
        factual=not unasserted, limit=limit,
    )  # fmt: skip
    with _open_store(db) as store:
        try:
            rows = store.events(query)
        except ValueError as exc:
            fail(str(exc), code=2)
    table = Table("happened", "event", "who -> whom", "evidence", title="Timeline", show_lines=True)
    for e in rows:
        date = e["date"]
        if date is None:
            when = "[dim]undated[/dim]"
        else:
            when = date["value"] + (" (published)" if date["from"] == "published" else "")
        table.add_row(
            when,
            f"{e['code']} {e['name']}" + _flags(e),
            f"{_ref(e['source']) or '?'} -> {_ref(e['target']) or '-'}",
            e.get("sentence_text") or "",
        )
    _emit(rows, format, event_row, table)


def quote_row(q: dict[str, Any]) -> dict[str, Any]:
    return {
        "speaker": _ref(q["speaker"]),
        "speaker_text": (q["speaker"] or {}).get("text", ""),
        "kind": q["kind"],
        "stance": q["stance"],
        "cue": (q["cue"] or {}).get("text", ""),
        "text": q["text"],
        "reported_by": _ref(q["reported_by"]),
        "article_id": q["article"]["id"],
        "published": q["article"]["published"] or "",
    }


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option(help="Speaker code prefix (RUSGOV) or words of the name.")
    ] = None,
    since: DateOption = None,
    until: DateOption = None,
    limit: LimitOption = None,
    format: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored quotes and attributions with their speakers.

    Example: eventwire quotes --speaker Lavrov --format json
    """
    query = QuoteQuery(
        speaker=speaker, since=_date(since, "--since"), until=_date(until, "--until"), limit=limit
    )
    with _open_store(db) as store:
        rows = store.quotes(query)
    table = Table("published", "speaker", "kind", "stance", "text", title=f"{len(rows)} quotes")
    for q in rows:
        table.add_row(
            q["article"]["published"] or "", _ref(q["speaker"]), q["kind"], q["stance"],
            q["text"][:100],
        )  # fmt: skip
    _emit(rows, format, quote_row, table)
