"""Building an ``Article``: text normalization and content identity."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from eventwire.errors import BadDateError
from eventwire.models import Article

_SPACES = re.compile(r"[ \t\f\v]+")
_BLANKS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Line endings to ``\\n``, NFC, no BOM, no trailing spaces: offsets are stable after this."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def content_id(text: str) -> str:
    """The article id: a hash of the text with whitespace collapsed, so re-wrapped copies of
    the same article are stored once whatever their source id."""
    key = _SPACES.sub(" ", re.sub(r"\s+", " ", text)).strip().casefold()
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
