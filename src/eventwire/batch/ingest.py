"""Ingest many articles into a store: read, skip what is stored, parse in batches, save.

Each article is saved in its own transaction, so an interrupted run leaves no half-stored
article and a rerun resumes where it stopped (stored articles are skipped as duplicates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import EventwireError
from eventwire.ingest.feeds import is_url
from eventwire.ingest.files import Failure, ReadOptions, files_under, iter_articles
from eventwire.models import Article, ExtractionResult
from eventwire.pipeline import Pipeline
from eventwire.store.base import Store

if TYPE_CHECKING:
    from eventwire.batch.parallel import ParallelExtractor

BATCH_SIZE = 32
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]")


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
    """How many articles the inputs hold, for a progress bar; None when unknown (stdin, URLs)."""
    total = 0
    for item in inputs:
        if str(item) == "-" or is_url(str(item)):
            return None
        path = Path(item)
        files = files_under(path) if path.is_dir() else [path]
        for file in files:
            total += _count_file(file)
    return total


def _count_file(file: Path) -> int:
    suffix = file.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", *FEED_SUFFIXES):
        return 1
    try:
        with file.open("rb") as fh:
            if suffix in FEED_SUFFIXES:  # entries, by their opening tags: a count, not a parse
                return max(1, len(_FEED_ITEM.findall(fh.read())))
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def ingest(
    inputs: Iterable[str | Path],
    pipeline: Pipeline,
    store: Store,
    *,
    options: ReadOptions | None = None,
    reprocess: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Ingest files, folders, URLs or ``-``; with ``reprocess`` re-run articles stored by an
    older pipeline (and, with no inputs, every stale article in the store). ``workers`` > 1
    parses in that many processes while this one does every store write."""
    inputs = list(inputs)
    items: Iterable[Article | Failure] = iter_articles(inputs, options or ReadOptions())
    if reprocess and not inputs:
        items = store.stale_articles(pipeline.versions)
    return ingest_items(
        items, pipeline, store, reprocess=reprocess, progress=progress, workers=workers
    )


def ingest_items(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    store: Store,
    *,
    reprocess: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
    pool: ParallelExtractor | None = None,
) -> IngestSummary:
    """Ingest articles already read (``eventwire watch`` passes feed entries here).

    Reading, dedup, every store write and the progress count stay in this process; only the
    language check, parse and extraction move to the workers (``workers`` > 1 starts them
    for this call; ``pool`` reuses a running ``ParallelExtractor``).
    """
    summary = IngestSummary()
    stale: set[str] = set()
    todo = _select(items, pipeline, store, summary, stale, reprocess, progress)
    results: Generator[ExtractionResult | Failure, None, None]
    if pool is not None:
        results = pool.run(todo)
    elif workers > 1:
        from eventwire.batch.parallel import extract_parallel

        results = extract_parallel(todo, pipeline.settings, workers)
    else:
        results = _extract(pipeline, _checked(pipeline, todo, store, summary))
    with closing(results):  # on Ctrl-C, stop the workers before the exception leaves
        for result in results:
            if isinstance(result, Failure):
                _fail(store, summary, result)
            else:
                store.save(result)
                _count(summary, result)
                summary.reprocessed += result.article.id in stale
            if progress:
                progress(summary)
    if progress:  # failures found after the last result still reach the progress bar
        progress(summary)
    return summary


def _select(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    store: Store,
    summary: IngestSummary,
    stale: set[str],
    reprocess: bool,
    progress: Progress | None,
) -> Iterator[Article]:
    """The articles that need processing: not stored yet (or stale, with ``reprocess``) and
    not already seen in this run. Read failures and duplicates are counted here."""
    current = pipeline.versions
    seen_in_run: set[str] = set()
    for item in items:
        if isinstance(item, Failure):
            _fail(store, summary, item)
        else:
            stored = store.article(item.id)
            is_stale = stored is not None and stored.versions != current
            if item.id in seen_in_run or (stored is not None and not (reprocess and is_stale)):
                summary.duplicates += 1
            else:
                seen_in_run.add(item.id)
                if is_stale:
                    stale.add(item.id)
                yield item
                continue
        if progress:
            progress(summary)


def _checked(
    pipeline: Pipeline, articles: Iterable[Article], store: Store, summary: IngestSummary
) -> Iterator[Article]:
    """English articles only; the rest are recorded as failures with the reason."""
    for article in articles:
        try:
            pipeline.check_language(article)
        except EventwireError as exc:
            _fail(store, summary, Failure(article.origin or article.id, exc))
            continue
        yield article


def _extract(
    pipeline: Pipeline, articles: Iterable[Article]
) -> Generator[ExtractionResult, None, None]:
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
