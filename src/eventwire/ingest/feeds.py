"""RSS 0.9x/1.0/2.0 and Atom feeds (files or URLs) -> one Article per entry; HTML pages by URL.

feedparser reads every feed dialect; each entry becomes an article from its content (else its
summary) with the HTML stripped to text, its link, title and date. Fetching uses the standard
library only, with conditional GET (ETag, Last-Modified) so ``eventwire watch`` does not
download a feed that has not changed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, InputError, InputTooLargeError, MalformedInputError
from eventwire.ingest.article import make_article
from eventwire.ingest.decode import read_bytes
from eventwire.ingest.files import Failure, ReadOptions, register_reader
from eventwire.ingest.html import html_article
from eventwire.models import Article

FETCH_TIMEOUT = 20.0  # seconds; a feed slower than this is retried next round
FEED_SIZE_FACTOR = 10  # a feed may hold many articles: its limit is this many max_bytes
_FEED_START = re.compile(r"<(?:rss|feed|rdf:rdf|channel)\b", re.IGNORECASE)
_FEED_TYPES = ("rss", "atom", "rdf", "xml")
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str  # the entry's id (guid), else its link, else a hash of its title and text
    title: str | None
    link: str | None
    published: dt.date | None
    text: str  # content, else summary, as plain text


@dataclass(frozen=True, slots=True)
class Feed:
    origin: str  # the file or URL it was read from
    version: str  # feedparser's name for the dialect: "rss20", "atom10", "rss10", "rss091u"
    title: str | None
    entries: tuple[FeedEntry, ...]


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the feed is unchanged since ``etag``/``modified``
    data: bytes
    content_type: str
    etag: str | None = None
    modified: str | None = None


# --- reading ----------------------------------------------------------------------------------


@register_reader(".xml", ".rss", ".atom", ".rdf")
def read_feed_file(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    """Every entry of a feed file; one ``Failure`` if the file is not a feed or has no entries."""
    origin = str(path)
    try:
        feed = parse_feed(read_bytes(path, options.max_bytes * FEED_SIZE_FACTOR), origin)
    except EventwireError as exc:
        yield Failure(origin, exc)
        return
    yield from _feed_or_failure(feed, options)


def read_url(url: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """A feed's entries, or the article of an HTML page, fetched from ``url``."""
    try:
        fetched = fetch(url, max_bytes=options.max_bytes * FEED_SIZE_FACTOR)
        if not looks_like_feed(fetched):
            yield html_article(fetched.data, url, options, url=fetched.url)
            return
        feed = parse_feed(fetched.data, url)
    except EventwireError as exc:
        yield Failure(url, exc)
        return
    yield from _feed_or_failure(feed, options)


def _feed_or_failure(feed: Feed, options: ReadOptions) -> Iterator[Article | Failure]:
    if not feed.entries:
        yield Failure(feed.origin, MalformedInputError("feed holds no entries", path=feed.origin))
    yield from feed_articles(feed, options)


def feed_articles(feed: Feed, options: ReadOptions) -> Iterator[Article | Failure]:
    """One article per entry; an entry with no text is a ``Failure`` naming its link."""
    for entry in feed.entries:
        origin = entry.link or f"{feed.origin}#{entry.key}"
        try:
            yield entry_article(entry, feed, origin, options)
        except EventwireError as exc:
            yield Failure(origin, exc)


def entry_article(entry: FeedEntry, feed: Feed, origin: str, options: ReadOptions) -> Article:
    if not entry.text.strip():
        raise InputError("feed entry has no content or summary", path=origin)
    if len(entry.text.encode("utf-8")) > options.max_bytes:
        raise InputTooLargeError(
            f"entry text is over the {options.max_bytes:,}-byte limit", path=origin
        )
    return make_article(
        entry.text,
        published=entry.published or options.published,
        title=entry.title,
        source=feed.title,
        url=entry.link,
        source_id=entry.key,
        origin=origin,
    )


# --- parsing ----------------------------------------------------------------------------------


def parse_feed(data: bytes, origin: str) -> Feed:
    """Parse feed bytes (never a URL or path: feedparser would fetch or open it).

    Raises ``MalformedInputError`` when the bytes are not an RSS or Atom feed. A feed that is
    broken but recoverable (feedparser's lenient mode still finds entries) is accepted.
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f" ({_one_line(problem)})" if parsed.get("bozo") and problem else ""
        raise MalformedInputError(f"not an RSS or Atom feed{reason}", path=origin)
    entries = tuple(_entry(raw) for raw in parsed.entries)
    title = _text(parsed.feed.get("title")) or None
    return Feed(origin, str(parsed.get("version") or "unknown"), title, entries)


def _entry(raw: Any) -> FeedEntry:
    title = _text(raw.get("title")) or None
    link = (raw.get("link") or "").strip() or None
    text = _entry_text(raw)
    key = (raw.get("id") or "").strip() or link
    if not key:
        key = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]
    return FeedEntry(key, title, link, _entry_date(raw), text)


def _entry_text(raw: Any) -> str:
    """The fullest body the entry carries: its longest content, else its summary."""
    bodies = [c.get("value", "") for c in raw.get("content", []) if c.get("value")]
    body = max(bodies, key=len) if bodies else raw.get("summary", "")
    return html_to_text(body or "")


def _entry_date(raw: Any) -> dt.date | None:
    """The date as the feed states it, in the publisher's own time zone.

    feedparser's ``*_parsed`` fields are converted to UTC, which moves a late-evening story in
    New York to the next day; the raw string keeps the local date, so it is read first.
    """
    for name in ("published", "updated", "created"):
        value = (raw.get(name) or "").strip()
        if value and (date := _parse_date_text(value)):
            return date
        parsed = raw.get(f"{name}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _parse_date_text(value: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(value).date()  # RFC 822: RSS 2.0
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()  # Atom, dc:date
    except ValueError:
        return None


class _TextParser(HTMLParser):
    """HTML fragment -> text: block elements become paragraph breaks, scripts are dropped."""

    BLOCKS = frozenset(
        ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "pre", "tr", "table", "section", "article")
    )  # fmt: skip
    SKIP = frozenset(("script", "style", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


_INLINE_SPACE = re.compile(r"[ \t\r\f\v\n]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (an entry's content): paragraphs kept, markup dropped.

    >>> html_to_text("<p>Talks <b>resumed</b>.</p><p>Both sides agreed.</p>")
    'Talks resumed.\\n\\nBoth sides agreed.'
    """
    if "<" not in fragment and "&" not in fragment:
        return _INLINE_SPACE.sub(" ", fragment).strip()
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    paragraphs = (_INLINE_SPACE.sub(" ", p).strip() for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _text(value: Any) -> str:
    return html_to_text(str(value)) if value else ""


def _one_line(problem: object) -> str:
    return " ".join(str(problem).split())[:200]


# --- fetching ---------------------------------------------------------------------------------


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def looks_like_feed(fetched: Fetched) -> bool:
    """Feed or page? The content type decides where the server states it; else the markup."""
    kind = fetched.content_type.lower()
    if "html" in kind:
        return False
    if any(name in kind for name in _FEED_TYPES):
        return True
    head = fetched.data[:2048].decode("utf-8", "replace")
    return bool(_FEED_START.search(head))


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = FETCH_TIMEOUT,
    etag: str | None = None,
    modified: str | None = None,
) -> Fetched:
    """GET ``url`` (http or https only); status 304 with no data when unchanged.

    Raises ``InputError`` naming the URL for a network error, an HTTP error or a response over
    ``max_bytes``.
    """
    if not is_url(url):
        raise InputError("only http:// and https:// URLs can be fetched", path=url)
    from eventwire import __version__

    headers = {"User-Agent": f"eventwire/{__version__}", "Accept": _ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputTooLargeError(f"response is over the {max_bytes:,}-byte limit", path=url)
            return Fetched(
                url=response.geturl(),
                status=response.status,
                data=data,
                content_type=response.headers.get_content_type(),
                etag=response.headers.get("ETag"),
                modified=response.headers.get("Last-Modified"),
            )
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return Fetched(url, 304, b"", "", etag, modified)
        raise InputError(f"cannot fetch: HTTP {exc.code} {exc.reason}", path=url) from None
    except urllib.error.URLError as exc:
        raise InputError(f"cannot fetch: {_one_line(exc.reason)}", path=url) from None
    except (TimeoutError, OSError) as exc:
        raise InputError(f"cannot fetch: {_one_line(exc)}", path=url) from None
