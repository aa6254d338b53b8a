"""Reading text and JSON Lines articles, and refusing bad input with a clear reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import (
    BadDateError,
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MalformedInputError,
)
from eventwire.ingest import Failure, content_id, iter_articles, make_article, normalize_text
from eventwire.ingest.files import ReadOptions, split_header
from eventwire.models import Article

BODY = "MOSCOW (EWS) - The upper house of parliament approved the accord on Tuesday."


def _articles(*paths: Path | str, **kw: object) -> list[Article | Failure]:
    return list(iter_articles(list(paths), ReadOptions(**kw)))  # type: ignore[arg-type]


def test_header_lines_are_metadata_and_body_offsets_start_after_them(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Title: Accord approved\r\nPublished: 2025-10-21\r\nSource: EWS\r\nURL: https://x.test/a\r\n\r\n{BODY}\r\n"
    )
    [article] = _articles(path)
    assert isinstance(article, Article)
    assert article.title == "Accord approved"
    assert article.published == dt.date(2025, 10, 21)
    assert article.source == "EWS" and article.url == "https://x.test/a"
    assert article.text == BODY
    assert "\r" not in article.text


def test_text_without_header_keeps_every_line() -> None:
    fields, body = split_header("Moscow: talks resumed.\n\nSecond paragraph.")
    assert fields == {}
    assert body.startswith("Moscow: talks resumed.")


def test_published_option_applies_only_where_the_input_has_no_date(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(f"Published: 2024-05-07\n\n{BODY}")
    (tmp_path / "undated.txt").write_text(BODY + " Second article.")
    by_name = {
        Path(str(a.origin)).name: a for a in _articles(tmp_path, published=dt.date(2025, 1, 2))
    }
    assert by_name["dated.txt"].published == dt.date(2024, 5, 7)  # type: ignore[union-attr]
    assert by_name["undated.txt"].published == dt.date(2025, 1, 2)  # type: ignore[union-attr]


def test_jsonl_keeps_input_id_as_source_id_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "wire-1", "text": BODY, "published": "2025-10-21", "title": "T"}),
        "{not json",
        json.dumps({"id": "wire-2", "text": BODY, "published": "21/10/2025"}),
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _articles(path)
    assert isinstance(items[0], Article) and items[0].source_id == "wire-1"
    assert items[0].id == content_id(BODY)
    assert isinstance(items[1], Failure) and isinstance(items[1].error, MalformedInputError)
    assert items[1].origin.endswith("batch.jsonl:2")
    assert isinstance(items[2], Failure) and isinstance(items[2].error, BadDateError)
    assert isinstance(items[3], Failure) and "text" in items[3].reason


def test_same_text_has_the_same_id_whatever_its_wrapping() -> None:
    a = make_article("One  line\nwrapped here.", source_id="a")
    b = make_article("One line wrapped here.", source_id="b")
    assert a.id == b.id
    assert a.id != make_article("Another text.").id


def test_normalize_text_is_idempotent() -> None:
    text = "\ufeffFirst line  \r\n\r\n\r\n\r\nSecond\rthird"
    once = normalize_text(text)
    assert once == "First line\n\nSecond third"
    assert normalize_text(once) == once


def test_hard_wrapped_paragraphs_are_joined_but_lists_and_line_paragraphs_kept() -> None:
    wrapped = 'He said the deal was\n"very important in the current\nsituation."\n\nNext paragraph.'
    assert normalize_text(wrapped) == (
        'He said the deal was "very important in the current situation."\n\nNext paragraph.'
    )
    listing = "Sanctions target:\n- two banks\n- an oil firm\n\nEnd."
    assert normalize_text(listing) == listing
    one_per_line = "First paragraph.\nSecond paragraph."
    assert normalize_text(one_per_line) == one_per_line
    assert normalize_text("A wrapped\nsentence.\nNext one.") == "A wrapped sentence.\nNext one."


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"   \n\n ", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInputError, "binary"),
    ],
)
def test_bad_files_fail_with_the_file_named(
    tmp_path: Path, content: bytes, error: type[Exception], words: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = _articles(path)
    assert isinstance(item, Failure)
    assert isinstance(item.error, error)
    assert words in item.reason
    assert str(path) in str(item.error)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BODY * 100)
    [item] = _articles(path, max_bytes=1000)
    assert isinstance(item, Failure) and isinstance(item.error, InputTooLargeError)
    assert "1,000-byte limit" in item.reason


def test_latin1_file_is_decoded_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "BOGOTÁ (EWS) - El presidente colombiano se reunió con el ministro en Bogotá. " * 3
    path.write_bytes(("Published: 2025-01-02\n\n" + text).encode("latin-1"))
    [item] = _articles(path)
    assert isinstance(item, Article)
    assert "BOGOTÁ" in item.text


def test_missing_path_and_empty_folder_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing, empty = _articles(tmp_path / "nope.txt", tmp_path / "empty")
    assert isinstance(missing, Failure) and "no such file" in missing.reason
    assert isinstance(empty, Failure) and "no readable articles" in empty.reason


def test_bad_header_date_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Published: last Tuesday\n\n{BODY}")
    [item] = _articles(path)
    assert isinstance(item, Failure) and isinstance(item.error, BadDateError)
    assert "YYYY-MM-DD" in item.reason
