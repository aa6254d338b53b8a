"""Storage: SQLite as the embedded default."""

from eventwire.store.base import EventQuery, QuoteQuery, Store, StoredArticle
from eventwire.store.sqlite import SQLiteStore

__all__ = ["EventQuery", "QuoteQuery", "SQLiteStore", "Store", "StoredArticle"]
