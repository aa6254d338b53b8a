"""HTML pages -> Article: the main text through trafilatura, metadata from the page's markup.

Boilerplate, navigation and comments are dropped; title, date, author and site name come from
the page's metadata (``<meta>``, JSON-LD, Open Graph) and never from guesses in the body, so a
date in a sidebar cannot become the publication date. trafilatura is imported on first use, which
keeps ``eventwire --help`` fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, MalformedInputError
from eventwire.ingest.article import make_article, parse_date
from eventwire.ingest.decode import decode, read_bytes
from eventwire.ingest.files import Failure, ReadOptions, register_reader
from eventwire.models import Article

# Fewer words than this is a navigation stub or an error page, not an article.
MIN_WORDS = 8
# Only dates the page states in its markup: htmldate's extensive search reads dates out of
# body text and URLs, which turns "updated Oct 12" in a sidebar into a publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_MARKUP = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|p|div|article)\b", re.IGNORECASE)


@register_reader(".html", ".htm", ".xhtml")
def read_html(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    """One article per HTML file, or a ``Failure`` naming the file and the problem."""
    origin = str(path)
    try:
        data = read_bytes(path, options.max_bytes)
        yield html_article(data, origin, options)
    except EventwireError as exc:
        yield Failure(origin, exc)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a page yields: its main text and the metadata its markup states."""

    text: str
    title: str | None
    published: dt.date | None
    author: str | None  # not yet an ``Article`` field; kept for when it becomes one
    source: str | None  # the site name, else the host name
    url: str | None  # the canonical URL, else where the page was fetched from


def parse_html(data: bytes | str, origin: str, url: str | None = None) -> HtmlPage:
    """The main text and metadata of an HTML page.

    Raises ``MalformedInputError`` for a page that is not HTML or has no main text.
    """
    html = data if isinstance(data, str) else decode(data, origin, len(data) + 1)
    if not _MARKUP.search(html[:65536]):
        raise MalformedInputError("not an HTML page: no <html>, <body> or <p> markup", path=origin)
    document = _extract(html, url, origin)
    if document is None or not document.text:
        raise MalformedInputError("no main text found in the HTML page", path=origin)
    title = _clean(document.title)
    text = _body(document.text, title)
    if len(text.split()) < MIN_WORDS:
        raise MalformedInputError(
            f"no main text found in the HTML page (under {MIN_WORDS} words of content)",
            path=origin,
        )
    return HtmlPage(
        text=text,
        title=title,
        published=_published(document.date, origin),
        author=_clean(document.author),
        source=_clean(document.sitename) or _clean(document.hostname),
        url=_clean(document.url) or url,
    )


def html_article(
    data: bytes | str, origin: str, options: ReadOptions | None = None, url: str | None = None
) -> Article:
    """The article in an HTML page; ``url`` (where it was fetched from) fills a missing canonical.

    >>> html_article(b"<html><body><p>...</p></body></html>", "page.html")  # doctest: +SKIP
    """
    options = options or ReadOptions()
    if isinstance(data, bytes):
        data = decode(data, origin, options.max_bytes)
    page = parse_html(data, origin, url)
    return make_article(
        page.text,
        published=page.published or options.published,
        title=page.title,
        source=page.source,
        url=page.url,
        origin=origin,
    )


def _extract(html: str, url: str | None, origin: str) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            fast=True,  # no fallback extractors: they re-admit boilerplate and cost 3x the time
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on pathological markup
        raise MalformedInputError(f"HTML could not be parsed: {exc}", path=origin) from exc


def _body(text: str, title: str | None) -> str:
    """Paragraphs separated by blank lines, without a leading headline that repeats the title."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _published(value: str | None, origin: str) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value, origin)
    except EventwireError:
        return None  # a page's odd date markup is not worth losing the article over


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
