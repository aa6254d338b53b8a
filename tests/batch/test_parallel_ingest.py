"""``ingest --workers N``: the same records as one process, every write in the parent, and a
clean stop on Ctrl-C. One pool of two workers is started for the whole module (each worker
loads the model once)."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.batch.ingest import IngestSummary, ingest, ingest_items
from eventwire.batch.parallel import ParallelExtractor
from eventwire.errors import NotEnglishError
from eventwire.ingest import make_article
from eventwire.store import SQLiteStore

pytestmark = pytest.mark.model  # uses the session pipeline (the spaCy model)

STORIES = [
    "Turkey and Greece agreed on Monday to reopen talks on maritime borders, officials said.",
    "Police in Nairobi arrested 40 protesters who marched on parliament on Tuesday.",
    "Japan pledged $50 million in aid to flood victims in Pakistan, the embassy said.",
    "Rebels shelled a government outpost near Goma on Wednesday, the army said.",
    "The European Union imposed new sanctions on Belarus over the detention of journalists.",
    "Brazil's president met his Argentine counterpart in Brasilia to discuss trade on Friday.",
    "Protesters in Lima demanded the resignation of the interior minister on Saturday.",
]
SPANISH = (
    "El gobierno de Chile anunció el lunes un nuevo acuerdo comercial con Perú, según un "
    "comunicado oficial difundido por la cancillería en Santiago."
)


@pytest.fixture(scope="module")
def pool(pipeline: Any) -> Iterator[ParallelExtractor]:
    with ParallelExtractor(pipeline.settings, workers=2, chunk_size=2) as running:
        running.warm_up()
        yield running


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, story in enumerate(STORIES):
        (folder / f"story{i}.txt").write_text(f"Published: 2025-10-27\n\n{story}\n")
    (folder / "copy.txt").write_text(f"Source: Another desk\n\n{STORIES[0]}\n")
    (folder / "chile.txt").write_text(SPANISH)
    (folder / "empty.txt").write_text("")
    return folder


def stored(store: SQLiteStore) -> dict[str, tuple[int, int]]:
    rows = store.conn.execute(
        "SELECT a.id, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id), "
        "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a"
    )
    return {row[0]: (row[1], row[2]) for row in rows}


def test_workers_store_what_one_process_stores(
    tmp_path: Path, pipeline: Any, pool: ParallelExtractor
) -> None:
    from eventwire.ingest import iter_articles

    corpus = write_corpus(tmp_path / "in")
    with SQLiteStore(tmp_path / "one.db") as one, SQLiteStore(tmp_path / "two.db") as two:
        serial = ingest([corpus], pipeline, one)
        progress: list[int] = []
        parallel = ingest_items(
            iter_articles([corpus]), pipeline, two, pool=pool,
            progress=lambda s: progress.append(s.seen),
        )  # fmt: skip
        assert stored(one) == stored(two)
        assert len(stored(two)) == len(STORIES)
        failures = [(f["origin"], f["code"]) for f in one.failures()]
        assert failures == [(f["origin"], f["code"]) for f in two.failures()]
        assert sorted(code for _origin, code in failures) == ["E101", "E105"]
    for summary in (serial, parallel):
        assert (summary.articles, summary.duplicates, len(summary.failures)) == (7, 1, 2)
        assert summary.events == serial.events and summary.words == serial.words
    assert progress[-1] == parallel.seen == 10
    assert progress == sorted(progress)
    reasons = {f.origin.rsplit("/", 1)[-1]: f.error for f in parallel.failures}
    assert isinstance(reasons["chile.txt"], NotEnglishError)
    assert reasons["chile.txt"].path and reasons["chile.txt"].path.endswith("chile.txt")


def test_workers_option_starts_and_stops_its_own_pool(tmp_path: Path, pipeline: Any) -> None:
    corpus = write_corpus(tmp_path / "in")
    before = set(multiprocessing.active_children())  # the module's pool
    with SQLiteStore(tmp_path / "w.db") as store:
        summary = ingest([corpus], pipeline, store, workers=2)
    assert summary.articles == len(STORIES)
    assert set(multiprocessing.active_children()) == before


def test_ctrl_c_leaves_only_complete_articles(
    tmp_path: Path, pipeline: Any, pool: ParallelExtractor
) -> None:
    articles = [
        make_article(f"{story} Ref {n}.", published="2025-10-27")
        for n in range(3)
        for story in STORIES
    ]

    def interrupt(summary: IngestSummary) -> None:
        if summary.articles == 3:
            raise KeyboardInterrupt

    with SQLiteStore(tmp_path / "stop.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_items(iter(articles), pipeline, store, pool=pool, progress=interrupt)
        saved = stored(store)
        assert len(saved) == 3
        assert all(sentences >= 1 for sentences, _events in saved.values())
        # a rerun resumes: the stored three are duplicates, the rest are processed
        summary = ingest_items(iter(articles), pipeline, store, pool=pool)
        assert (summary.articles, summary.duplicates) == (len(articles) - 3, 3)


def test_results_pickle_for_the_trip_back_from_a_worker(pipeline: Any) -> None:
    result = pipeline.process_text(STORIES[0], published="2025-10-27")
    assert pickle.loads(pickle.dumps(result)) == result
