"""``eventwire bench``: what eventwire costs on top of spaCy, measured in one run.

The sample corpus is repeated to the requested size, each copy made distinct ("Ref: copy N"
appended) so its content-hash id differs and ingest really processes it. The model is loaded
once and warmed up before any clock starts. Then, over the same articles:

1. raw spaCy: ``nlp.pipe`` over the texts with the same model and batch size;
2. extract: ``annotator.annotate_many`` + ``pipeline.extract``, everything eventwire adds;
3. ingest: ``ingest_items`` into a temporary SQLite file (language check, dedup, store);
4. ingest with ``workers`` processes, the pool started and warmed up before the clock.

Articles are generated lazily in every pass and nothing is kept, so peak memory does not grow
with ``--articles``.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwire.batch.ingest import BATCH_SIZE, ingest_items
from eventwire.batch.parallel import ParallelExtractor
from eventwire.dictionaries.loading import fresh_load_seconds
from eventwire.errors import InputError
from eventwire.ingest.article import make_article
from eventwire.ingest.files import iter_articles
from eventwire.models import Article, ExtractionResult
from eventwire.pipeline import Pipeline
from eventwire.store.sqlite import SQLiteStore

DEFAULT_CORPUS = Path("data/samples")
DEFAULT_ARTICLES = 1000
WARM_UP_ARTICLES = 16
STAGES = ("time", "actors", "quotes", "events")
Log = Callable[[str], None]


@dataclass
class BenchReport:
    """One bench run. Rates are words per second (whitespace-separated words of the text).

    The ratios to raw spaCy divide CPU seconds of this process, which other programs on a
    shared machine do not inflate the way they inflate wall time; the wall-clock ratios are
    reported next to them. The workers' speedup is necessarily wall-clock.
    """

    articles: int
    words: int
    corpus_articles: int
    model: str
    workers: int
    seconds: dict[str, float]  # wall time of each pass: raw, extract, ingest, workers
    cpu_seconds: dict[str, float]  # CPU time of this process in each pass, + workers_children
    stage_share: dict[str, float]  # seconds in each stage / extract seconds
    stage_ms_per_article: dict[str, float]
    peak_rss_mb: float  # this process plus its largest worker (getrusage SELF + CHILDREN)
    peak_rss_parent_mb: float
    peak_rss_worker_mb: float
    peak_rss_all_mb: float  # this process plus every worker at the largest one's peak
    machine: dict[str, Any] = field(default_factory=dict)
    # loading the configured actor dictionaries in a fresh process: wall and CPU seconds
    dictionary_load_s: float = 0.0
    dictionary_load_cpu_s: float = 0.0
    # the same, with no cached city table: a machine's first load, which builds and caches it
    dictionary_load_cold_s: float = 0.0

    def words_per_s(self, name: str) -> float:
        return self.words / self.seconds[name]

    def ratio(self, name: str, *, wall: bool = False) -> float:
        """Throughput of pass ``name`` over raw spaCy's."""
        clock = self.seconds if wall else self.cpu_seconds
        return clock["raw"] / clock[name]

    @property
    def extract_ratio(self) -> float:
        return self.ratio("extract")

    @property
    def ingest_ratio(self) -> float:
        return self.ratio("ingest")

    @property
    def workers_speedup(self) -> float:
        return self.seconds["ingest"] / self.seconds["workers"]

    @property
    def workers_cpu_bound_speedup(self) -> float:
        """The speedup ``workers`` idle cores would give: one process's CPU time over the
        parallel run's CPU time (workers and parent) spread over the workers. It shows the
        cost of parallelism itself where other programs share the cores."""
        parallel = self.cpu_seconds["workers"] + self.cpu_seconds["workers_children"]
        return self.cpu_seconds["ingest"] * self.workers / parallel

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            raw_words_per_s=round(self.words_per_s("raw"), 1),
            extract_words_per_s=round(self.words_per_s("extract"), 1),
            ingest_words_per_s=round(self.words_per_s("ingest"), 1),
            workers_words_per_s=round(self.words_per_s("workers"), 1),
            extract_ratio=round(self.extract_ratio, 4),
            ingest_ratio=round(self.ingest_ratio, 4),
            extract_ratio_wall=round(self.ratio("extract", wall=True), 4),
            ingest_ratio_wall=round(self.ratio("ingest", wall=True), 4),
            workers_speedup=round(self.workers_speedup, 4),
            workers_cpu_bound_speedup=round(self.workers_cpu_bound_speedup, 4),
        )
        data[f"workers{self.workers}_speedup"] = data["workers_speedup"]
        return data


def load_corpus(folder: Path = DEFAULT_CORPUS) -> list[Article]:
    """The readable articles in ``folder``; an error if there are none."""
    articles = [a for a in iter_articles([folder]) if isinstance(a, Article)]
    if not articles:
        raise InputError("no readable articles to benchmark with", path=str(folder))
    return articles


def repeated(corpus: list[Article], n: int, start: int = 0) -> Iterator[Article]:
    """Articles ``start`` to ``n`` of ``corpus`` cycled; copies after the first get a distinct
    last line so their content-hash ids differ."""
    for i in range(start, n):
        base = corpus[i % len(corpus)]
        copy = i // len(corpus)
        if copy == 0:
            yield base
            continue
        yield make_article(
            f"{base.text}\n\nRef: copy {copy}.",
            published=base.published,
            title=base.title,
            source=base.source,
            url=base.url,
            origin=f"{base.origin}#copy{copy}",
        )


def count_words(articles: Iterator[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def run_bench(
    pipeline: Pipeline,
    corpus: list[Article],
    n_articles: int = DEFAULT_ARTICLES,
    *,
    workers: int = 2,
    blocks: int | None = None,
    log: Log | None = None,
) -> BenchReport:
    """Measure the four passes over ``n_articles`` articles built from ``corpus``.

    The passes are interleaved over ``blocks`` slices of the articles (raw, extract, ingest,
    parallel ingest on slice 1, then on slice 2, ...), so a change in machine load during the
    run weighs on every pass alike instead of on whichever ran at the time.
    """
    say = log or (lambda _message: None)
    blocks = blocks or (8 if n_articles >= 800 else 4 if n_articles >= 100 else 1)
    bounds = [round(n_articles * k / blocks) for k in range(blocks + 1)]
    words = count_words(repeated(corpus, n_articles))
    seconds: dict[str, float] = defaultdict(float)
    cpu_seconds: dict[str, float] = defaultdict(float)
    stage_seconds: dict[str, float] = defaultdict(float)

    sources = pipeline.settings.get("extract", "actors", "dictionaries") or ()
    load_wall, load_cpu = fresh_load_seconds(sources)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-cache-") as empty:
        load_cold, _ = fresh_load_seconds(sources, cache_dir=empty)
    say(f"loading {workers} workers and warming up")
    with (
        tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp,
        ParallelExtractor(pipeline.settings, workers) as pool,
        _TimedStore(Path(tmp) / "serial.db") as serial_store,
        SQLiteStore(Path(tmp) / "parallel.db") as parallel_store,
    ):
        pool.warm_up()
        for _result in _extract_all(pipeline, repeated(corpus, WARM_UP_ARTICLES)):
            pass
        passes: dict[str, Callable[[tuple[int, int]], None]] = {
            "raw": lambda block: _run_raw(pipeline, corpus, block),
            "extract": lambda block: _run_extract(pipeline, corpus, block, stage_seconds),
            "ingest": lambda block: _run_ingest(pipeline, corpus, block, serial_store, None),
            "workers": lambda block: _run_ingest(pipeline, corpus, block, parallel_store, pool),
        }
        names = list(passes)
        for k in range(blocks):
            say(f"block {k + 1}/{blocks}: raw spaCy, extract, ingest, ingest x{workers}")
            block = (bounds[k], bounds[k + 1])
            for name in names[k % 4 :] + names[: k % 4]:  # each pass takes each turn alike
                start, cpu_start = time.perf_counter(), time.process_time()
                passes[name](block)
                seconds[name] += time.perf_counter() - start
                cpu_seconds[name] += time.process_time() - cpu_start
        _check_stored(serial_store, n_articles)
        _check_stored(parallel_store, n_articles)
        stage_seconds["store"] = serial_store.save_seconds
        cpu_seconds["workers_children"] = pool.worker_cpu_seconds
    stage_seconds["spacy+convert"] = seconds["extract"] - sum(stage_seconds[s] for s in STAGES)
    parent_mb, worker_mb = _peak_rss_mb()
    return BenchReport(
        articles=n_articles,
        words=words,
        corpus_articles=len(corpus),
        model=pipeline.annotator.name,
        workers=workers,
        seconds=dict(seconds),
        cpu_seconds=dict(cpu_seconds),
        stage_share={k: v / seconds["extract"] for k, v in stage_seconds.items()},
        stage_ms_per_article={k: 1000 * v / n_articles for k, v in stage_seconds.items()},
        peak_rss_mb=parent_mb + worker_mb,
        peak_rss_parent_mb=parent_mb,
        peak_rss_worker_mb=worker_mb,
        peak_rss_all_mb=parent_mb + workers * worker_mb,
        machine=machine_info(),
        dictionary_load_s=load_wall,
        dictionary_load_cpu_s=load_cpu,
        dictionary_load_cold_s=load_cold,
    )


def _slice(corpus: list[Article], block: tuple[int, int]) -> Iterator[Article]:
    return repeated(corpus, block[1], block[0])


def _run_raw(pipeline: Pipeline, corpus: list[Article], block: tuple[int, int]) -> None:
    nlp = getattr(pipeline.annotator, "nlp", None)
    if nlp is None:
        raise TypeError("bench needs a spaCy annotator (pipeline.annotator.nlp)")
    for _doc in nlp.pipe((a.text for a in _slice(corpus, block)), batch_size=BATCH_SIZE):
        pass


def _run_extract(
    pipeline: Pipeline,
    corpus: list[Article],
    block: tuple[int, int],
    stage_seconds: dict[str, float],
) -> None:
    for result in _extract_all(pipeline, _slice(corpus, block)):
        for stage in STAGES:
            stage_seconds[stage] += result.timings.get(stage, 0.0)


def _run_ingest(
    pipeline: Pipeline,
    corpus: list[Article],
    block: tuple[int, int],
    store: SQLiteStore,
    pool: ParallelExtractor | None,
) -> None:
    ingest_items(_slice(corpus, block), pipeline, store, pool=pool)


def _extract_all(pipeline: Pipeline, articles: Iterator[Article]) -> Iterator[ExtractionResult]:
    for parsed in pipeline.annotator.annotate_many(articles, batch_size=BATCH_SIZE):
        yield pipeline.extract(parsed)


def _check_stored(store: SQLiteStore, expected: int) -> None:
    """A bench that stored fewer articles than it timed would flatter eventwire: refuse it."""
    stored = store.counts()["articles"]
    failed = store.counts()["failures"]
    if stored + failed != expected:
        raise RuntimeError(f"bench ingested {stored} + {failed} failed of {expected} articles")


class _TimedStore(SQLiteStore):
    """The SQLite store, counting the seconds spent saving (the "store" stage)."""

    save_seconds = 0.0

    def save(self, result: ExtractionResult) -> None:
        start = time.perf_counter()
        super().save(result)
        self.save_seconds += time.perf_counter() - start

    def __enter__(self) -> _TimedStore:
        return self


def _peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest (finished) child, in MB."""
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 1e6
    return own, children


def compiled_stages() -> bool:
    """Whether the extraction stages run as mypyc-compiled extension modules (a built install,
    see setup.py) or as Python (an editable or pure-Python install): a figure means little
    without it."""
    from eventwire.extract import events

    return Path(events.__file__ or "").suffix in (".so", ".pyd")


def machine_info() -> dict[str, Any]:
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "compiled_stages": compiled_stages(),
        "cpu_count": os.cpu_count(),
        "cores_available": len(affinity(0)) if affinity else os.cpu_count(),
        "threads_per_process": {
            name: os.environ.get(name, "default")
            for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
        },
        "worker_threads": 1,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0],
        "platform": sys.platform,
    }
