"""The CLI reference in ``docs/cli.md``, generated from ``--help`` so it cannot drift.

Regenerate with ``python -m eventwire.cli.reference > docs/cli.md``; a test checks it is current.
"""

from __future__ import annotations

import importlib

WIDTH = "100"


def _commands() -> list[list[str]]:
    from eventwire.cli import COMMAND_MODULES, app

    for name in COMMAND_MODULES:
        importlib.import_module(f"eventwire.cli.{name}")
    paths: list[list[str]] = []
    for command in app.registered_commands:
        assert command.callback is not None
        paths.append([command.name or command.callback.__name__.replace("_", "-")])
    for group in sorted(app.registered_groups, key=lambda g: g.name or ""):
        assert group.typer_instance is not None and group.name
        for command in group.typer_instance.registered_commands:
            assert command.callback is not None
            paths.append([group.name, command.name or command.callback.__name__])
    return paths


def render() -> str:
    from typer.testing import CliRunner

    from eventwire.cli import app

    runner = CliRunner()
    env = {"COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    parts = [
        "# eventwire command reference",
        "",
        "Generated from `--help`; do not edit by hand.",
        "",
    ]
    for path in _commands():
        result = runner.invoke(app, [*path, "--help"], env=env)
        text = "\n".join(line.rstrip() for line in result.stdout.strip("\n").splitlines())
        parts += [f"## eventwire {' '.join(path)}", "", "```", text.strip("\n"), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
