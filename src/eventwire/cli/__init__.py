"""The command line: a thin shell over the library (typer + rich).

Each module in ``COMMAND_MODULES`` adds its commands to ``app``; the modules hold no logic of
their own beyond parsing options and printing.
"""

from __future__ import annotations

import importlib

from eventwire.cli.app import app

COMMAND_MODULES = ("core", "query", "evaluate", "actors", "bench", "watch")


def main() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"eventwire.cli.{name}")
    app()


__all__ = ["app", "main"]
