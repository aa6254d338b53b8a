"""Shared fixtures: one pipeline per test session, external gold data that skips locally
where absent but fails in CI (CI=true), so a missing data folder never passes silently, and a
web site on localhost for feeds and pages (tests never reach the internet)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.eval import default_data_dir
from eventwire.models import ParsedArticle
from localsite import Site, serve_site


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected golden files")


def pytest_configure(config: pytest.Config) -> None:
    """Tables cached between processes go to a folder of this session's (the CLI tests'
    subprocesses inherit it), not to the user's cache."""
    os.environ["EVENTWIRE_CACHE_DIR"] = tempfile.mkdtemp(prefix="eventwire-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("EVENTWIRE_CACHE_DIR", ""), ignore_errors=True)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = default_data_dir()
    if not path.is_dir():
        message = f"external gold data not found at {path} (set EVENTWIRE_DATA_DIR)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Pipeline

    return Pipeline.from_settings()


@pytest.fixture(scope="session")
def parse(pipeline):  # type: ignore[no-untyped-def]
    """Parse a text with the real model: ``parse("text", published="2025-10-27")``."""
    from eventwire.ingest import make_article

    def _parse(text: str, published: str | None = "2025-10-27") -> ParsedArticle:
        return pipeline.annotator.annotate(make_article(text, published=published))  # type: ignore[no-any-return]

    return _parse


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as served:
        yield served
