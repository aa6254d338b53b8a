"""The typer application and helpers every command shares: settings, output, errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from eventwire.config import Settings, load_settings
from eventwire.errors import EventwireError

app = typer.Typer(
    name="eventwire",
    help="News articles to dated, sourced, CAMEO/PLOVER-coded political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
# Messages on stderr name files: a path is never broken across lines, so it can be
# copied and grepped whatever the terminal width.
err_console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite database file (default ./eventwire.db or EVENTWIRE_DB)."),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="A TOML file overriding the packaged defaults.")
]


def settings_for(config: Path | None = None, db: Path | None = None) -> Settings:
    settings = load_settings(config)
    return settings.with_overrides((("store", "path"), str(db) if db else None))


def fail(error: EventwireError | str, code: int = 1) -> NoReturn:
    """One line on stderr naming the file and the problem, then a non-zero exit."""
    err_console.print(f"[red]error[/red]: {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
