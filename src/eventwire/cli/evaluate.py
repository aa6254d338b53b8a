"""``eval``: score eventwire against gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from eventwire.cli.app import ConfigOption, app, console, fail, settings_for
from eventwire.errors import EventwireError
from eventwire.eval import DATASETS, EvalContext, evaluate
from eventwire.eval.metrics import Split


def _print_report(report: dict[str, Any]) -> None:
    console.print(
        f"[bold]{report['dataset']}[/bold] split={report['split']} docs={report['n_docs']} "
        f"gold={report['n_gold']} predicted={report['n_pred']}"
    )
    table = Table("metric", "p", "r", "f1 / acc", "tp", "fp", "fn", "n", "95% CI")
    for name, m in report["metrics"].items():
        ci = "{:.3f}-{:.3f}".format(*m["ci95"])
        if "accuracy" in m:
            table.add_row(name, "", "", f"{m['accuracy']:.3f}", "", "", "", str(m["n"]), ci)
        else:
            table.add_row(
                name, f"{m['p']:.3f}", f"{m['r']:.3f}", f"{m['f1']:.3f}",
                str(m["tp"]), str(m["fp"]), str(m["fn"]), "", ci,
            )  # fmt: skip
    console.print(table)
    if report.get("confusions"):
        console.print("[bold]Most frequent errors[/bold]")
        for row in report["confusions"][:10]:
            console.print(f"  {row['count']:4d}  {row['error']}", highlight=False)
    for key, value in (report.get("notes") or {}).items():
        console.print(f"[dim]{key}: {value}[/dim]", highlight=False)


@app.command("eval")
def eval_command(
    dataset: Annotated[str | None, typer.Argument(help="Dataset name; see --list.")] = None,
    split: Annotated[
        Split, typer.Option(help="dev, test or all (halves by record-id hash).")
    ] = "test",
    path: Annotated[
        Path | None, typer.Option(help="Score another folder or file in the same format.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    held_out_only: Annotated[
        bool,
        typer.Option(
            "--held-out-only",
            help="Drop sentences another gold set scores in the other half (PLOVER records "
            "that are CAMEO codebook examples).",
        ),
    ] = False,
    list_: Annotated[bool, typer.Option("--list", help="List the datasets.")] = False,
    config: ConfigOption = None,
) -> None:
    """Score eventwire against gold data from EVENTWIRE_DATA_DIR (../shared/data/external).

    Example: eventwire eval te3 --split test --json
    """
    if list_ or dataset is None:
        for name, (_, description) in DATASETS.items():
            typer.echo(f"{name:18} {description}")
        return
    from eventwire.pipeline import Pipeline

    settings = settings_for(config)
    ctx = EvalContext(
        dataset,
        split=split,
        path=path,
        make_pipeline=lambda: Pipeline.from_settings(settings),
        held_out_only=held_out_only,
    )
    try:
        report = evaluate(ctx).to_json()
    except EventwireError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
    else:
        _print_report(report)
