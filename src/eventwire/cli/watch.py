"""CLI commands: watch (filled in by its issue)."""

from eventwire.cli.app import app  # noqa: F401
