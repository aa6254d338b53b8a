"""Parallel extraction: worker processes parse, the calling process stores.

Each worker builds its own ``Pipeline`` once (the pool's initializer) and turns chunks of
articles into ``ExtractionResult`` records (frozen dataclasses, so they pickle) or ``Failure``
records. The caller keeps every SQLite write, the dedup and the progress count, so there is one
writer and no lock contention. Workers run one BLAS/OpenMP thread each: with N workers on N
cores, extra math threads only fight over the same cores.

Memory stays flat whatever the corpus size: at most ``2 * workers`` chunks are in flight.
Ctrl-C reaches the parent only (workers ignore SIGINT); it cancels queued chunks, waits for the
running ones, drops their results, and re-raises: nothing is half-stored.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from itertools import islice

from eventwire.config import Settings
from eventwire.errors import EventwireError
from eventwire.ingest.files import Failure
from eventwire.models import Article, ExtractionResult
from eventwire.pipeline import Pipeline

CHUNK_SIZE = 8  # articles per task: big enough to batch nlp.pipe, small enough to balance load
IN_FLIGHT_PER_WORKER = 2  # one chunk running, one queued: workers never wait on the parent
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
START_METHOD = "spawn"  # a fresh interpreter: safe with the parent's threads (progress bar)

Outcome = ExtractionResult | Failure
_pipeline: Pipeline | None = None  # the worker's Pipeline, built once by _init_worker


class ParallelExtractor:
    """A pool of worker processes, each holding its own ``Pipeline``; reusable across runs.

    >>> with ParallelExtractor(pipeline.settings, workers=2) as pool:  # doctest: +SKIP
    ...     for outcome in pool.run(articles): ...
    """

    def __init__(
        self,
        settings: Settings,
        workers: int,
        *,
        chunk_size: int = CHUNK_SIZE,
        start_method: str = START_METHOD,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self.chunk_size = chunk_size
        self.start_method = start_method
        self._pool: ProcessPoolExecutor | None = None
        self._env = single_threaded_children()
        self.worker_cpu_seconds = 0.0  # CPU time the workers spent on chunks, summed

    def __enter__(self) -> ParallelExtractor:
        self._env.__enter__()
        self._pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context(self.start_method),
            initializer=_init_worker,
            initargs=(self.settings,),
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._env.__exit__(None, None, None)

    def warm_up(self) -> None:
        """Start every worker and run one parse in each, so timings exclude model loading."""
        pool = self._require_pool()
        for future in [pool.submit(_warm_up) for _ in range(self.workers)]:
            future.result()

    def run(self, articles: Iterable[Article]) -> Generator[Outcome, None, None]:
        """Results for ``articles``, in completion order; at most ``2 * workers`` chunks are
        in flight, so memory stays flat whatever the corpus size."""
        pool = self._require_pool()
        pending: set[Future[tuple[list[Outcome], float]]] = set()
        try:
            for chunk in _chunks(articles, self.chunk_size):
                pending.add(pool.submit(_work, chunk))
                while len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from self._outcomes(done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from self._outcomes(done)
        except BaseException:  # Ctrl-C or the consumer stopping: drop what has not run
            for future in pending:
                future.cancel()
            raise

    def _outcomes(self, done: set[Future[tuple[list[Outcome], float]]]) -> Iterator[Outcome]:
        for future in done:
            outcomes, cpu_seconds = future.result()
            self.worker_cpu_seconds += cpu_seconds
            yield from outcomes

    def _require_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            raise RuntimeError("use ParallelExtractor in a with block")
        return self._pool


def extract_parallel(
    articles: Iterable[Article], settings: Settings, workers: int
) -> Generator[Outcome, None, None]:
    """Results for ``articles`` from ``workers`` processes started for this call."""
    with ParallelExtractor(settings, workers) as pool:
        yield from pool.run(articles)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


@contextmanager
def single_threaded_children() -> Iterator[None]:
    """Set one thread per math library in the environment children start with.

    Spawned workers read these when numpy and BLIS load, before any initializer could run.
    """
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    os.environ.update(dict.fromkeys(THREAD_VARIABLES, "1"))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _init_worker(settings: Settings) -> None:
    """Build the worker's pipeline once; leave Ctrl-C to the parent."""
    global _pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.update(dict.fromkeys(THREAD_VARIABLES, "1"))  # for fork, where env came early
    _pipeline = Pipeline.from_settings(settings)


def _warm_up() -> int:
    assert _pipeline is not None, "worker used before its initializer ran"
    _pipeline.process_text("The minister met his counterpart in Paris on Monday.")
    return os.getpid()


def _work(articles: list[Article]) -> tuple[list[Outcome], float]:
    """Language check, parse and extract one chunk; refused articles come back as failures.
    Also returns the CPU seconds spent, for ``eventwire bench``."""
    pipeline = _pipeline
    assert pipeline is not None, "worker used before its initializer ran"
    start = time.process_time()
    outcomes: list[Outcome] = []
    english: list[Article] = []
    for article in articles:
        try:
            pipeline.check_language(article)
            english.append(article)
        except EventwireError as exc:
            outcomes.append(Failure(article.origin or article.id, exc))
    for parsed in pipeline.annotator.annotate_many(english, batch_size=max(1, len(english))):
        outcomes.append(pipeline.extract(parsed))
    return outcomes, time.process_time() - start
