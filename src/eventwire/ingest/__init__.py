"""Ingest: files, folders, streams (and, through registered readers, HTML and feeds) -> Article.

Readers yield ``Article`` records or ``Failure`` records, so one bad file never stops a batch.
"""

from eventwire.ingest import feeds, html  # noqa: F401 -- registers their readers
from eventwire.ingest.article import content_id, make_article, normalize_text, parse_date
from eventwire.ingest.files import Failure, iter_articles, read_text_article, register_reader

__all__ = [
    "Failure",
    "content_id",
    "iter_articles",
    "make_article",
    "normalize_text",
    "parse_date",
    "read_text_article",
    "register_reader",
]
