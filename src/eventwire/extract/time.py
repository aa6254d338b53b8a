"""Time expressions -> TIMEX3 values, and the date each event happened.

A rule-based tagger in the HeidelTime tradition, kept fast: precompiled patterns over the
article text, with the dependency parse consulted only to read the tense of the clause that
governs a weekday or a month without a year. See ``extract/timex/`` for the parts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from eventwire.extract.timex.dating import date_event as _date_event
from eventwire.extract.timex.recognize import recognize
from eventwire.extract.timex.values import timex_interval
from eventwire.models import EventDate, ParsedArticle, TimeExpression


def normalize_times(parsed: ParsedArticle, anchor: dt.date | None) -> list[TimeExpression]:
    """Every time expression in the article with its TIMEX3 type, value and mod.

    Relative expressions ("last week", "on Monday") resolve against ``anchor``, the publication
    date; without one they keep ``X`` placeholders ("XXXX-WXX-1").
    """
    return recognize(parsed, anchor)


def date_event(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression], anchor: dt.date | None
) -> EventDate | None:
    """The date of the event whose trigger is token ``trigger``: the time expression governing
    it in the parse, else the publication date (``source="published"``), else None."""
    return _date_event(parsed, trigger, timexes, anchor)


__all__ = ["date_event", "normalize_times", "timex_interval"]
