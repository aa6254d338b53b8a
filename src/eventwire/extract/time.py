"""Time expressions -> TIMEX3 values (PLACEHOLDER: being replaced by the time work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventwire.models import EventDate, ParsedArticle, TimeExpression


def normalize_times(parsed: ParsedArticle, anchor: dt.date | None) -> list[TimeExpression]:
    return []


def date_event(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression], anchor: dt.date | None
) -> EventDate | None:
    return None
