"""Find and normalize the time expressions of a parsed article.

Every rule's precompiled pattern runs over the text; matches are taken in text order, the
longest first where several start together, and kept when their rule's handler normalizes
them and they overlap nothing kept before. Handlers run in text order so that "that day" and
a bare clock time can lean on the last date mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from eventwire.extract.timex import rules_calendar, rules_relative
from eventwire.extract.timex.context import Context, Norm, Rule
from eventwire.extract.timex.lexicon import MONTHS, WEEKDAYS
from eventwire.models import ParsedArticle, Span, TimeExpression


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    return (*rules_calendar.RULES, *rules_relative.RULES)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding white space from a span."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


_BACK, _AHEAD = 64, 48  # how far a pattern reaches before and after its key token


@lru_cache(maxsize=1)
def _rules_by_key() -> dict[str, tuple[int, ...]]:
    by_key: dict[str, list[int]] = {}
    for index, rule in enumerate(all_rules()):
        for key in rule.keys:
            by_key.setdefault(key, []).append(index)
    return {key: tuple(indices) for key, indices in by_key.items()}


@lru_cache(maxsize=65536)
def _rules_for_token(text: str) -> tuple[int, ...]:
    """The rules a token can anchor; cached by token text, since words repeat."""
    by_key = _rules_by_key()
    low = text.lower()
    keys = [low]
    bare = low.rstrip(".")
    if bare in MONTHS:
        keys.append("#month")
    if bare in WEEKDAYS:
        keys.append("#weekday")
    if any(c.isdigit() for c in low):
        keys.append("#digit")
    return tuple(sorted({i for key in keys for i in by_key.get(key, ())}))


def _windows(parsed: ParsedArticle) -> dict[int, list[list[int]]]:
    """Merged character windows, per rule, around the tokens that can anchor its pattern."""
    n = len(parsed.article.text)
    windows: dict[int, list[list[int]]] = {}
    for tok in parsed.tokens:
        indices = _rules_for_token(tok.text)
        if not indices:
            continue
        lo, hi = max(0, tok.start - _BACK), min(n, tok.start + len(tok.text) + _AHEAD)
        for index in indices:
            spans = windows.setdefault(index, [])
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], hi)
            else:
                spans.append([lo, hi])
    return windows


def recognize(parsed: ParsedArticle, anchor: dt.date | None) -> list[TimeExpression]:
    """All TIMEX3 expressions in the article, normalized against ``anchor``."""
    text = parsed.article.text
    n = len(text)
    rules = all_rules()
    candidates: list[tuple[int, int, int]] = []  # (start, -end, rule index)
    matches: dict[tuple[int, int, int], re.Match[str]] = {}
    for index, spans in _windows(parsed).items():
        pattern = rules[index].pattern
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                # a match cut by the window's edge is found whole in its own key's window
                if end <= start or (hi < n and end > hi - 8) or (lo > 0 and start < lo + 8):
                    continue
                key = (start, end, index)
                if key not in matches:
                    matches[key] = m
                    candidates.append((start, -end, index))
    candidates.sort()
    ctx = Context(parsed, anchor, text)
    found: list[tuple[int, int, Norm]] = []
    taken_until = -1
    for start, neg_end, index in candidates:
        end = -neg_end
        if start < taken_until:
            continue
        norm = rules[index].handler(matches[(start, end, index)], ctx)
        if norm is None:
            continue
        s, e = _trim(
            text,
            norm.start if norm.start is not None else start,
            norm.end if norm.end is not None else end,
        )
        if e <= s:
            continue
        found.append((s, e, norm))
        ctx.note(norm)
        taken_until = end
    return [_expression(ctx, k, s, e, norm) for k, (s, e, norm) in enumerate(found, start=1)]


def _expression(ctx: Context, n: int, start: int, end: int, norm: Norm) -> TimeExpression:
    ts, te = ctx.token_range(start, end)
    sentence = ctx.parsed.tokens[ts].sent if ctx.parsed.tokens else 0
    return TimeExpression(
        id=f"t{n}",
        span=Span(start, end, ctx.text[start:end]),
        type=norm.type,
        value=norm.value,
        mod=norm.mod,
        sentence=sentence,
        token_start=ts,
        token_end=te,
    )
