"""``eventwire bench``: distinct repeated articles, every figure present and sane."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.bench import BenchReport, load_corpus, repeated, run_bench
from eventwire.errors import InputError
from eventwire.ingest import make_article

STORIES = [
    "Published: 2025-10-27\n\nIndia and Nepal signed a power-trade deal in Kathmandu on Monday.",
    "Published: 2025-10-26\n\nSoldiers clashed with rebels near the Malian town of Gao on Sunday.",
    "Published: 2025-10-25\n\nThe Dutch foreign minister visited Kyiv and pledged more aid.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for i, story in enumerate(STORIES):
        (tmp_path / f"s{i}.txt").write_text(story)
    return tmp_path


def test_repeated_copies_are_distinct_articles() -> None:
    base = [make_article(f"Story number {i} about talks.", published="2025-10-27") for i in (1, 2)]
    articles = list(repeated(base, 7))
    assert len({a.id for a in articles}) == 7
    assert articles[0] is base[0] and articles[1] is base[1]
    assert articles[6].text.endswith("Ref: copy 3.") and articles[6].published == base[0].published
    assert [a.id for a in repeated(base, 7, start=5)] == [a.id for a in articles[5:]]


def test_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no readable articles"):
        load_corpus(tmp_path)


def test_run_bench_measures_every_pass(corpus: Path, pipeline: Any) -> None:
    report = run_bench(pipeline, load_corpus(corpus), 8, workers=2, blocks=2)
    data = report.to_json()
    for key in ("raw_words_per_s", "extract_ratio", "ingest_ratio", "workers2_speedup"):
        assert isinstance(data[key], float) and data[key] > 0, key
    assert data["articles"] == 8 and data["words"] > 8 * 9
    assert set(data["stage_share"]) == {"time", "actors", "quotes", "events", "store",
                                        "spacy+convert"}  # fmt: skip
    assert all(share >= 0 for share in data["stage_share"].values())
    assert sum(data["stage_share"][s] for s in ("time", "actors", "quotes", "events")) < 1
    assert 50 < data["peak_rss_mb"] < 4000
    assert data["peak_rss_worker_mb"] > 0  # the workers' memory is counted
    assert data["peak_rss_all_mb"] == pytest.approx(
        data["peak_rss_parent_mb"] + 2 * data["peak_rss_worker_mb"]
    )
    assert data["machine"]["cpu_count"] >= 1
    assert set(data["seconds"]) == {"raw", "extract", "ingest", "workers"}
    assert data["cpu_seconds"]["workers_children"] > 0  # the workers' CPU came back
    assert data["workers_cpu_bound_speedup"] > 0
    assert data["dictionary_load_cpu_s"] > 0 and data["dictionary_load_s"] > 0
    assert data["dictionary_load_cold_s"] > 0  # timed with an empty cache folder


def fake_report() -> BenchReport:
    return BenchReport(
        articles=1000, words=300_000, corpus_articles=30, model="en_test-1.0", workers=2,
        seconds={"raw": 30.0, "extract": 33.0, "ingest": 36.0, "workers": 20.0},
        cpu_seconds={"raw": 30.0, "extract": 32.0, "ingest": 35.0, "workers": 2.0,
                     "workers_children": 36.0},
        stage_share={"time": 0.01, "actors": 0.06, "quotes": 0.01, "events": 0.02,
                     "store": 0.05, "spacy+convert": 0.9},
        stage_ms_per_article={"time": 0.3, "actors": 2.0, "quotes": 0.3, "events": 0.7,
                              "store": 1.6, "spacy+convert": 29.7},
        peak_rss_mb=700.0, peak_rss_parent_mb=400.0, peak_rss_worker_mb=300.0,
        peak_rss_all_mb=1000.0,
        machine={"cpu_count": 2, "cores_available": 2, "load_average": [1.0, 1.0, 1.0]},
        dictionary_load_s=0.42, dictionary_load_cpu_s=0.4, dictionary_load_cold_s=0.93,
    )  # fmt: skip


def test_bench_command_prints_figures_and_json(
    corpus: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire import bench as bench_module
    from eventwire.cli import COMMAND_MODULES, app
    from eventwire.pipeline import Pipeline

    for name in COMMAND_MODULES:
        importlib.import_module(f"eventwire.cli.{name}")
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, *a, **k: pipeline))
    calls: list[tuple[int, int]] = []

    def fake_run(_pipeline: Any, sample: list[Any], n: int, **kwargs: Any) -> BenchReport:
        calls.append((len(sample), n))
        return fake_report()

    monkeypatch.setattr(bench_module, "run_bench", fake_run)
    runner = CliRunner()
    result = runner.invoke(app, ["bench", "--articles", "12", "--corpus", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert calls == [(3, 12)]
    assert data["extract_ratio"] == pytest.approx(30 / 32, abs=1e-4)
    assert data["ingest_ratio"] == pytest.approx(30 / 35, abs=1e-4)
    assert data["workers2_speedup"] == pytest.approx(36 / 20, abs=1e-4)
    assert data["raw_words_per_s"] == 10_000.0 and data["peak_rss_mb"] == 700.0
    assert data["workers_cpu_bound_speedup"] == pytest.approx(35 * 2 / 38, abs=1e-4)
    table = runner.invoke(app, ["bench", "--corpus", str(corpus)])
    assert table.exit_code == 0, table.output
    for text in (
        "raw spaCy",
        "0.94",
        "0.86",
        "1.80",
        "1.84",
        "actors",
        "6.0%",
        "700 MB",
        "0.42 s",
        "0.93 s on a machine's first load",
    ):
        assert text in table.output, text
