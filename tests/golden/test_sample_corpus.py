"""The bundled sample corpus (data/samples) that `make run` ingests: well-formed, dated,
wire-sized articles, and golden articles kept identical to the samples they copy."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from golden_cases import GOLDEN_DIR, REPO_ROOT

from eventwire.ingest.files import split_header

SAMPLES = REPO_ROOT / "data" / "samples"
TEXT_FILES = sorted(SAMPLES.glob("*.txt"))
DATELINE = re.compile(r"^[A-Z][A-Z .'/-]+ \(EWS\) - ")


def test_corpus_size_and_spread() -> None:
    assert len(TEXT_FILES) >= 28
    years = {split_header(p.read_text("utf-8"))[0]["published"][:4] for p in TEXT_FILES}
    assert years == {"2024", "2025"}


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.stem)
def test_text_article_is_well_formed(path: Path) -> None:
    fields, body = split_header(path.read_text("utf-8"))
    assert set(fields) == {"title", "published", "source", "url"}, fields
    published = dt.date.fromisoformat(fields["published"])
    assert path.name.startswith(published.isoformat()), "file name starts with its date"
    assert fields["url"].startswith("https://example.org/")
    assert DATELINE.match(body), "wire dateline such as 'MOSCOW (EWS) - '"
    assert 150 <= len(body.split()) <= 450


def test_jsonl_articles_are_well_formed() -> None:
    files = sorted(SAMPLES.glob("*.jsonl"))
    assert files
    records = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines()]
    assert len(records) >= 3
    for record in records:
        assert {"text", "published", "title", "source", "url", "id"} <= set(record)
        dt.date.fromisoformat(record["published"])
        assert DATELINE.match(record["text"])


@pytest.mark.parametrize("path", sorted(GOLDEN_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_golden_article_is_a_copy_of_a_sample(path: Path) -> None:
    """A golden article edited alone would drift from the corpus `make run` shows."""
    copies = [p for p in TEXT_FILES if p.name.endswith(f"-{path.name}")]
    assert copies, f"no data/samples/*-{path.name}"
    assert copies[0].read_text("utf-8") == path.read_text("utf-8")
