"""CLI commands: actors (filled in by its issue)."""

from eventwire.cli.app import app  # noqa: F401
