"""HTML pages: main text without boilerplate, metadata from markup, a clear error per bad file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eventwire.errors import BinaryInputError, MalformedInputError
from eventwire.ingest import Failure, iter_articles
from eventwire.ingest.files import ReadOptions
from eventwire.ingest.html import html_article, parse_html
from eventwire.models import Article

PAGES = Path(__file__).parent.parent / "fixtures" / "html"


def read(name: str, options: ReadOptions | None = None) -> Article | Failure:
    (item,) = iter_articles([PAGES / name], options or ReadOptions())
    return item


def test_article_page_keeps_the_story_and_drops_boilerplate() -> None:
    article = read("ceasefire-talks.html")
    assert isinstance(article, Article)
    assert article.text.startswith("GENEVA, Oct 27 (Harbor Wire) - Envoys from Armenia")
    assert "told reporters after the session." in article.text
    for boilerplate in ("Home", "Markets slip", "Visitor8812", "Copyright", "Most read"):
        assert boilerplate not in article.text
    # paragraphs become blank-line separated, and the headline is not repeated in the body
    assert article.text.count("\n\n") == 3
    assert not article.text.startswith("Envoys agree")


def test_metadata_comes_from_the_page_markup() -> None:
    article = read("ceasefire-talks.html")
    assert isinstance(article, Article)
    assert article.title == "Envoys agree to resume ceasefire talks in Geneva"
    assert article.published == dt.date(2025, 10, 27)
    assert article.source == "Harbor Wire"
    assert article.url == "https://harborwire.example/world/2025/10/27/ceasefire-talks"
    assert article.origin == str(PAGES / "ceasefire-talks.html")
    page = parse_html((PAGES / "ceasefire-talks.html").read_bytes(), "page")
    assert page.author == "Lena Ostrova"


def test_dates_in_the_body_are_not_taken_as_the_publication_date() -> None:
    article = read("undated-protest.html")
    assert isinstance(article, Article)
    assert "Last updated March 3, 2024" in article.text
    assert article.published is None


def test_published_option_fills_a_page_without_a_date() -> None:
    article = read("undated-protest.html", ReadOptions(published=dt.date(2025, 10, 28)))
    assert isinstance(article, Article) and article.published == dt.date(2025, 10, 28)


def test_page_dates_win_over_the_published_option() -> None:
    article = read("ceasefire-talks.html", ReadOptions(published=dt.date(2020, 1, 1)))
    assert isinstance(article, Article) and article.published == dt.date(2025, 10, 27)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("no-main-text.html", "no main text found"),
        ("not-really.html", "not an HTML page"),
    ],
)
def test_bad_pages_fail_with_a_reason_naming_the_file(name: str, reason: str) -> None:
    failure = read(name)
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, MalformedInputError)
    assert reason in failure.reason
    assert failure.origin == str(PAGES / name)
    assert str(PAGES / name) in str(failure.error)


def test_binary_file_with_an_html_name_fails(tmp_path: Path) -> None:
    page = tmp_path / "image.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    failure = read_path(page)
    assert isinstance(failure, Failure) and isinstance(failure.error, BinaryInputError)


def test_a_folder_of_pages_yields_articles_and_failures(tmp_path: Path) -> None:
    for name in ("ceasefire-talks.html", "no-main-text.html", "undated-protest.html"):
        shutil.copy(PAGES / name, tmp_path / name.replace("undated-protest.html", "p.htm"))
    items = list(iter_articles([tmp_path]))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(articles) == 2 and len(failures) == 1
    assert failures[0].origin.endswith("no-main-text.html")


def test_html_article_from_text_uses_the_fetch_url_without_a_canonical() -> None:
    html = (PAGES / "undated-protest.html").read_text("utf-8")
    article = html_article(html, "https://news.example/lyon", url="https://news.example/lyon")
    assert article.url == "https://news.example/lyon"
    assert article.origin == "https://news.example/lyon"


def test_same_story_as_html_and_as_text_is_one_article(tmp_path: Path) -> None:
    article = read("undated-protest.html")
    assert isinstance(article, Article)
    text_file = tmp_path / "protest.txt"
    text_file.write_text("Title: Farmers block roads\n\n" + article.text.replace("\n\n", "\n"))
    (again,) = iter_articles([text_file])
    assert isinstance(again, Article) and again.id == article.id


def read_path(path: Path) -> Article | Failure:
    (item,) = iter_articles([path])
    return item
