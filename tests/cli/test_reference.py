"""docs/cli.md is the current ``--help`` of every command."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.reference import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_is_current() -> None:
    assert DOC.read_text("utf-8") == render(), (
        "docs/cli.md is stale: run `.venv/bin/python -m eventwire.cli.reference > docs/cli.md`"
    )
