"""``bench``: eventwire's throughput against raw spaCy, its stage shares and peak memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cli.app import ConfigOption, app, console, err_console, fail, settings_for
from eventwire.errors import EventwireError

# The targets from the throughput issue; the table marks each figure against its target.
TARGETS = {"extract_ratio": 0.85, "ingest_ratio": 0.75, "workers_speedup": 1.6}
STAGE_BUDGETS = {"time": 0.03, "actors": 0.04, "events": 0.05, "quotes": 0.03}
RSS_LIMIT_MB = 1000.0
DICTIONARY_LOAD_S = 1.0


@app.command()
def bench(
    articles: Annotated[
        int, typer.Option("--articles", "-n", min=1, help="Articles to process in each pass.")
    ] = 1000,
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Folder of sample articles, repeated to --articles.")
    ] = Path("data/samples"),
    workers: Annotated[
        int, typer.Option("--workers", min=2, help="Processes for the parallel ingest pass.")
    ] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Measure raw spaCy, eventwire extract and ingest (1 and N processes) in words per second,
    each stage's share of extract time, and peak memory, from one run.

    Example: eventwire bench --articles 1000 --json
    """
    from eventwire.bench import load_corpus, run_bench
    from eventwire.pipeline import Pipeline

    try:
        pipeline = Pipeline.from_settings(settings_for(config))
        sample = load_corpus(corpus)
    except EventwireError as exc:
        fail(exc)

    def log(message: str) -> None:
        err_console.print(f"[dim]bench:[/dim] {message}", highlight=False)

    report = run_bench(pipeline, sample, articles, workers=workers, log=log)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
        return
    rates = Table(
        "pass", "words/s", "ratio (CPU)", "ratio (wall)", "target",
        title=f"{report.articles} articles, {report.words:,} words, model {report.model}",
    )  # fmt: skip
    rates.add_row("raw spaCy nlp.pipe", f"{report.words_per_s('raw'):,.0f}", "1.00", "1.00", "")
    for name, label, target in (
        ("extract", "eventwire extract", "extract_ratio"),
        ("ingest", "eventwire ingest (SQLite)", "ingest_ratio"),
    ):
        rates.add_row(
            label, f"{report.words_per_s(name):,.0f}",
            _mark(report.ratio(name), TARGETS[target]),
            f"{report.ratio(name, wall=True):.2f}", f">= {TARGETS[target]}",
        )  # fmt: skip
    rates.add_row(
        f"ingest, {report.workers} workers / 1", f"{report.words_per_s('workers'):,.0f}",
        f"{report.workers_cpu_bound_speedup:.2f}",
        _mark(report.workers_speedup, TARGETS["workers_speedup"]), ">= 1.6 on 2 cores",
    )  # fmt: skip
    console.print(rates)
    stages = Table("stage", "share of extract time", "ms/article", "budget", title="Stages")
    for stage, share in report.stage_share.items():
        budget = STAGE_BUDGETS.get(stage)
        shown = _mark(share, budget, below=True, percent=True) if budget else f"{share:.1%}"
        stages.add_row(
            stage, shown, f"{report.stage_ms_per_article[stage]:.2f}",
            f"<= {budget:.0%}" if budget else "",
        )  # fmt: skip
    console.print(stages)
    machine = report.machine
    if not machine.get("compiled_stages", True):
        console.print(
            "[yellow]the extraction stages ran as Python (an editable or pure-Python "
            "install); `pip install .` compiles them[/yellow]"
        )
    console.print(
        f"peak RSS {_mark(report.peak_rss_mb, RSS_LIMIT_MB, below=True, unit=' MB')} "
        f"(parent {report.peak_rss_parent_mb:.0f} MB + largest worker "
        f"{report.peak_rss_worker_mb:.0f} MB; with all {report.workers} workers at most "
        f"{report.peak_rss_all_mb:.0f} MB); {machine['cores_available']} cores available "
        f"of {machine['cpu_count']}, 1 thread per worker, load average "
        f"{' '.join(str(x) for x in machine['load_average'])}",
        highlight=False,
    )
    console.print(
        "actor dictionaries load in "
        f"{_mark(report.dictionary_load_s, DICTIONARY_LOAD_S, below=True, unit=' s', digits=2)} "
        f"in a fresh process ({report.dictionary_load_cpu_s:.2f} s CPU; target < 1 s); "
        f"{report.dictionary_load_cold_s:.2f} s on a machine's first load, which builds and "
        "caches the city table",
        highlight=False,
    )


def _mark(
    value: float, target: float | None, *, below: bool = False, percent: bool = False,
    unit: str = "", digits: int = 0,
) -> str:  # fmt: skip
    text = f"{value:.1%}" if percent else f"{value:.{digits}f}{unit}" if unit else f"{value:.2f}"
    if target is None:
        return text
    ok = value <= target if below else value >= target
    return f"[green]{text}[/green]" if ok else f"[red]{text}[/red]"
