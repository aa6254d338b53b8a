"""Building an ``Article``: text normalization and content identity."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from eventwire.errors import BadDateError
from eventwire.models import Article

_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)]$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s")


def normalize_text(text: str) -> str:
    """Line endings to ``\\n``, NFC, no BOM, no trailing spaces, hard-wrapped paragraphs joined:
    offsets are stable after this, and a quote or sentence is never cut by a line wrap."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")
    # With blank lines between paragraphs, every single newline is a hard wrap; without them,
    # a newline after a finished sentence is a paragraph break and any other is a wrap.
    wrapped = "\n\n" in text
    return "\n\n".join(_unwrap(block, wrapped) for block in text.split("\n\n"))


def _unwrap(paragraph: str, wrapped: bool) -> str:
    """Join the lines of a hard-wrapped paragraph; keep the lines of a list."""
    lines = paragraph.split("\n")
    if len(lines) == 1 or any(_LIST_ITEM.match(line) for line in lines[1:]):
        return paragraph
    out = lines[0]
    for line in lines[1:]:
        joins = wrapped or not _SENTENCE_END.search(out) or line[:1].islower()
        out += " " + line.strip() if joins else "\n" + line
    return out


def content_id(text: str) -> str:
    """The article id: a hash of the text with whitespace collapsed, so re-wrapped copies of
    the same article are stored once whatever their source id."""
    key = " ".join(text.split()).casefold()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | dt.date | None, origin: str | None = None) -> dt.date | None:
    """A publication date from ISO text (a datetime's date part is taken)."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    raw = value.strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        raise BadDateError(
            f"bad publication date {raw!r}: expected YYYY-MM-DD", path=origin
        ) from None


def make_article(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
    origin: str | None = None,
) -> Article:
    body = normalize_text(text)
    return Article(
        id=content_id(body),
        text=body,
        published=parse_date(published, origin),
        title=title or None,
        source=source or None,
        url=url or None,
        source_id=source_id or None,
        origin=origin,
    )
