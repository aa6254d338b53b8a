"""The public API is exactly what ``__all__`` lists, and every CLI command is documented."""

from __future__ import annotations

import importlib

import eventwire


def test_all_lists_exactly_the_public_names() -> None:
    public = {n for n in dir(eventwire) if not n.startswith("_") and n != "annotations"}
    modules = {n for n in public if type(getattr(eventwire, n)).__name__ == "module"}
    assert set(eventwire.__all__) - {"__version__"} == public - modules


def test_every_cli_command_has_help_ending_with_an_example() -> None:
    from eventwire.cli import COMMAND_MODULES, app

    for name in COMMAND_MODULES:
        importlib.import_module(f"eventwire.cli.{name}")
    commands = list(app.registered_commands)
    for group in app.registered_groups:
        assert group.typer_instance is not None
        commands += group.typer_instance.registered_commands
    assert len(commands) >= 7
    for command in commands:
        doc = (command.callback.__doc__ or "") if command.callback else ""
        assert "Example: eventwire " in doc.strip().splitlines()[-1], command.callback
