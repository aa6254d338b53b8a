"""Ingest many articles into a store: read, skip what is stored, parse in batches, save.

Each article is saved in its own transaction, so an interrupted run leaves no half-stored
article and a rerun resumes where it stopped (stored articles are skipped as duplicates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.ingest.files import Failure, ReadOptions, files_under, iter_articles
from eventwire.models import Article, ExtractionResult
from eventwire.pipeline import Pipeline
from eventwire.store.base import Store

BATCH_SIZE = 32


@dataclass
class IngestSummary:
    articles: int = 0  # newly stored or reprocessed
    reprocessed: int = 0
    events: int = 0
    quotes: int = 0
    words: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.articles + self.duplicates + len(self.failures)


Progress = Callable[[IngestSummary], None]


def count_inputs(inputs: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, for a progress bar; None when unknown (stdin)."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        files = files_under(path) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                try:
                    with file.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    inputs: Iterable[str | Path],
    pipeline: Pipeline,
    store: Store,
    *,
    options: ReadOptions | None = None,
    reprocess: bool = False,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files, folders or ``-``; with ``reprocess`` re-run articles stored by an older
    pipeline (and, with no inputs, every stale article in the store)."""
    summary = IngestSummary()
    current = pipeline.versions
    inputs = list(inputs)
    items: Iterable[Article | Failure] = iter_articles(inputs, options or ReadOptions())
    if reprocess and not inputs:
        items = store.stale_articles(current)
    seen_in_run: set[str] = set()
    for batch in _batches(items, BATCH_SIZE):
        todo: list[Article] = []
        for item in batch:
            if isinstance(item, Failure):
                _fail(store, summary, item)
                continue
            stored = store.article(item.id)
            stale = stored is not None and stored.versions != current
            if item.id in seen_in_run or (stored is not None and not (reprocess and stale)):
                summary.duplicates += 1
                continue
            try:
                pipeline.check_language(item)
            except EventwireError as exc:
                _fail(store, summary, Failure(item.origin or item.id, exc))
                continue
            seen_in_run.add(item.id)
            if stale:
                summary.reprocessed += 1
            todo.append(item)
        for result in _extract(pipeline, todo):
            store.save(result)
            _count(summary, result)
        if progress:
            progress(summary)
    return summary


def _extract(pipeline: Pipeline, articles: list[Article]) -> Iterator[ExtractionResult]:
    for parsed in pipeline.annotator.annotate_many(articles, batch_size=BATCH_SIZE):
        yield pipeline.extract(parsed)


def _count(summary: IngestSummary, result: ExtractionResult) -> None:
    summary.articles += 1
    summary.events += len(result.events)
    summary.quotes += len(result.quotes)
    summary.words += len(result.article.text.split())


def _fail(store: Store, summary: IngestSummary, failure: Failure) -> None:
    summary.failures.append(failure)
    store.record_failure(failure.origin, failure.error.code, failure.reason)
