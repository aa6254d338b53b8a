"""The city table is built once per machine, not once per process: later processes read it
from the cache folder, and a damaged or unwritable cache never changes what they get."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.dictionaries import places


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    places.city_table.cache_clear()
    yield tmp_path / "cache"
    places.city_table.cache_clear()


@pytest.fixture(scope="module")
def built() -> dict[str, tuple[str, int]]:
    return places._build_city_table()


def test_the_first_process_writes_the_table_and_the_next_reads_it(
    cache: Path, built: dict[str, tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert places.city_table() == built
    (stored,) = cache.glob("cities-*.json")
    assert not list(cache.glob("*.tmp"))  # written whole, then renamed
    places.city_table.cache_clear()

    def no_rebuild() -> dict[str, tuple[str, int]]:
        raise AssertionError("rebuilt although the cache holds the table")

    monkeypatch.setattr(places, "_build_city_table", no_rebuild)
    table = places.city_table()
    assert table == built
    assert table["aleppo"] == ("SYR", built["aleppo"][1])  # tuples, as built
    assert stored.exists()


def test_a_damaged_cache_file_is_rebuilt(cache: Path, built: dict[str, tuple[str, int]]) -> None:
    cache.mkdir()
    path = cache / f"cities-{places._cache_key()}.json"
    path.write_text('{"aleppo": ["SYR"', "utf-8")  # cut short, as by a full disk
    assert places.city_table() == built
    assert json.loads(path.read_text("utf-8"))["aleppo"][0] == "SYR"  # and written again


def test_an_unwritable_cache_folder_only_costs_time(
    cache: Path, built: dict[str, tuple[str, int]]
) -> None:
    cache.write_text("a file where the folder should be", "utf-8")
    assert places.city_table() == built


def test_the_key_changes_with_the_gazetteer_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = places._cache_key()
    monkeypatch.setattr(places.metadata, "version", lambda package: "0.0-other")
    assert places._cache_key() != before
