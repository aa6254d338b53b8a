"""eventwire: news articles to dated, sourced, coded political events.

>>> from eventwire import Pipeline
>>> result = Pipeline.from_settings().process_text("...", published="2025-10-27")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("eventwire")
except _metadata.PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

from eventwire.config import Settings, load_settings
from eventwire.errors import EventwireError
from eventwire.models import (
    ActorMention,
    Article,
    CameoCode,
    Event,
    EventDate,
    ExtractionResult,
    Location,
    Quote,
    Span,
    TimeExpression,
)
from eventwire.pipeline import Pipeline

__all__ = [
    "ActorMention",
    "Article",
    "CameoCode",
    "Event",
    "EventDate",
    "EventwireError",
    "ExtractionResult",
    "Location",
    "Pipeline",
    "Quote",
    "Settings",
    "Span",
    "TimeExpression",
    "__version__",
    "load_settings",
]
