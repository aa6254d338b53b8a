"""Storage: SQLite as the embedded default."""

from eventwire.store.base import EventQuery, QuoteQuery, Store, StoredArticle, told_as_fact
from eventwire.store.sqlite import SQLiteStore

__all__ = ["EventQuery", "QuoteQuery", "SQLiteStore", "Store", "StoredArticle", "told_as_fact"]
