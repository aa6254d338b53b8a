"""``eventwire actors lookup``: how a mention resolves to an actor code, and by which rule."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cli.app import ConfigOption, app, console, fail, settings_for

actors_app = typer.Typer(help="Actor dictionaries: see how mentions resolve.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def lookup(
    text: Annotated[str, typer.Argument(help="A mention or a sentence, e.g. 'the Kremlin'.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Article date (YYYY-MM-DD): picks the term.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Show each actor mention in TEXT with its code, the rule and the dictionary entries.

    Example: eventwire actors lookup "the Russian president" --date 2010-05-01
    """
    from eventwire.dictionaries import load_actor_dictionary
    from eventwire.dictionaries.explain import explain_text
    from eventwire.errors import EventwireError
    from eventwire.nlp import SpacyAnnotator

    try:
        when = dt.date.fromisoformat(date) if date else None
    except ValueError:
        fail(f"bad --date {date!r}; expected YYYY-MM-DD")
    try:
        settings = settings_for(config)
        dictionary = load_actor_dictionary(settings.get("extract", "actors", "dictionaries"))
        annotator = SpacyAnnotator(settings.model)
        explanations = explain_text(text, annotator, dictionary, when)
    except EventwireError as exc:
        fail(exc)
    if not explanations:
        console.print("no actor mention found")
        raise typer.Exit(1)
    table = Table("mention", "code", "country", "name", "rule", "entries")
    for item in explanations:
        m = item.mention
        table.add_row(
            m.span.text,
            m.code or "-",
            m.country or "-",
            m.name or "-",
            m.rule,
            "\n".join(item.entries) or "-",
        )
    console.print(table)


__all__ = ["actors_app", "lookup"]
