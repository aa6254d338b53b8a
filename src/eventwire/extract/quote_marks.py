"""Quotation marks paired into quoted regions, paragraph by paragraph.

Pairing works on the raw text, not on tokens or sentences: spaCy splits sentences inside
quotes, and one stray mark must not flip every later quote in the article (the failure that
makes sentence-based extractors refuse whole articles). Each paragraph is paired on its own,
so damage from an unbalanced mark stays inside that paragraph; the one exception is the news
convention that a quote running over several paragraphs leaves the closing mark off every
paragraph but the last and reopens each continuing paragraph with an opening mark.

Marks understood: typographic double (“ ”), straight double ("), doubled apostrophes ('' as
some wires print them), guillemets (« »), low-9 („) and typographic single quotes (‘ ’) as
the outer level (headlines) or nested inside a double quote. A straight single quote is an
apostrophe far more often than a quote mark, so it is never paired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_DOUBLE = re.compile(r"``|''|[\"“”«»„]")
_SINGLE = re.compile(r"[‘’]")
_PARAGRAPH = re.compile(r"\n")
_STRAIGHT = frozenset({'"', "''"})
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-/:") | frozenset("“‘«„")  # context that opens
_CLOSE_AFTER = frozenset(" \t\n\u00a0)]}—–-/.,;:!?…") | frozenset("”’»")  # context that closes


class Side(Enum):
    OPEN = 1
    CLOSE = 2
    EITHER = 3


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Text between a pair of quotation marks.

    ``start``/``end`` include the marks; ``inner_start``/``inner_end`` exclude them.
    ``balanced`` is False where a mark was missing and the region was closed at a paragraph
    end or opened at a paragraph start; ``continues`` marks a paragraph whose quote goes on in
    the next paragraph (the next region then has ``continued`` set).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    balanced: bool = True
    continues: bool = False
    continued: bool = False
    nested: bool = False  # a quote inside another quote


def _side(text: str, pos: int, mark: str) -> Side:
    """Which way a mark faces, from the glyph and the characters around it."""
    before = text[pos - 1] if pos > 0 else "\n"
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else "\n"
    opens_ctx = before in _OPEN_BEFORE and after not in _CLOSE_AFTER
    closes_ctx = after in _CLOSE_AFTER and before not in _OPEN_BEFORE
    if mark in ("“", "«", "„", "``", "‘"):
        if after == "\n" or (closes_ctx and before not in " \t\n" and not after.isalnum()):
            return Side.CLOSE
        return Side.OPEN
    if mark in ("”", "»"):
        return Side.OPEN if opens_ctx and before in " \t\n\u00a0" else Side.CLOSE
    if opens_ctx:
        return Side.OPEN
    if closes_ctx:
        return Side.CLOSE
    return Side.EITHER


def _pair_paragraph(
    text: str, start: int, end: int, reopened: bool, next_opens: bool
) -> list[QuotedRegion]:
    """Pair the double marks of one paragraph with a stack; unbalanced marks close locally.

    An opener inside an open quote nests (a straight quote inside a typographic one, or a
    typographic one after "said, ") unless it follows a sentence end, where the earlier
    opener is far more likely a missing closing mark. A closer pops whatever is open, so a
    quote opened with one style and closed with another still pairs.
    """
    regions: list[QuotedRegion] = []
    stack: list[tuple[int, str]] = []  # (position, mark)
    first = reopened  # the paragraph's first region continues the previous paragraph's quote
    floor = start  # a stray closing mark opens its region no earlier than this
    for match in _DOUBLE.finditer(text, start, end):
        pos, mark = match.start(), match.group()
        straight = mark in _STRAIGHT
        side = _side(text, pos, mark)
        if side is Side.EITHER:
            side = Side.CLOSE if stack and stack[-1][1] in _STRAIGHT else Side.OPEN
        if side is Side.OPEN:
            if (
                stack
                and (straight == (stack[-1][1] in _STRAIGHT))
                and (straight or _after_sentence_end(text, stack[-1][0], pos))
            ):
                at, opener = stack.pop()  # the earlier opener was never closed
                stop = _trim_end(text, at, pos)
                regions.append(
                    QuotedRegion(at, stop, at + len(opener), stop, False, nested=bool(stack))
                )
            stack.append((pos, mark))
            continue
        close = pos + len(mark)
        if not stack:  # a closer with no opener: the region starts where the last one ended
            inner = _trim_start(text, floor, pos)
            if inner < pos:
                regions.append(QuotedRegion(inner, close, inner, pos, balanced=False))
        else:
            at, opener = stack.pop()
            regions.append(
                QuotedRegion(
                    at,
                    close,
                    at + len(opener),
                    pos,
                    continued=first and not stack,
                    nested=bool(stack),
                )
            )
            first = first and bool(stack)
        if not stack:
            floor = close
    if stack:
        at, opener = stack[0]
        stop = _trim_end(text, at, end)
        last = regions[-1] if regions else None
        if not next_opens and last is not None and last.nested and last.start > at:
            stop = last.end  # one closing mark closed both the nested and the outer quote
        regions.append(
            QuotedRegion(
                at,
                stop,
                at + len(opener),
                stop,
                balanced=next_opens,
                continues=next_opens,
                continued=first,
            )
        )
    return [r for r in regions if _has_words(text, r)]


def _after_sentence_end(text: str, lo: int, pos: int) -> bool:
    """Whether the text before ``pos`` (after ``lo``) ends a sentence."""
    k = pos - 1
    while k > lo and text[k].isspace():
        k -= 1
    return k > lo and text[k] in ".!?"


def _has_words(text: str, region: QuotedRegion) -> bool:
    return any(c.isalnum() for c in text[region.inner_start : region.inner_end])


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _trim_start(text: str, lo: int, hi: int) -> int:
    while lo < hi and (text[lo].isspace() or text[lo] in ".,;:"):
        lo += 1
    return lo


def _nested_and_single(
    text: str, outer: list[QuotedRegion], start: int, end: int
) -> list[QuotedRegion]:
    """Typographic single quotes: nested inside a double quote, or the outer level elsewhere."""
    found: list[QuotedRegion] = []
    open_at: int | None = None
    for match in _SINGLE.finditer(text, start, end):
        pos, mark = match.start(), match.group()
        if mark == "‘":
            if _side(text, pos, mark) is Side.OPEN:
                open_at = pos
            continue
        after = text[pos + 1] if pos + 1 < len(text) else "\n"
        if open_at is None or after.isalnum():
            continue  # an apostrophe
        inside = any(r.inner_start <= open_at and pos < r.inner_end for r in outer)
        region = QuotedRegion(open_at, pos + 1, open_at + 1, pos, nested=inside)
        if _has_words(text, region):
            found.append(region)
        open_at = None
    return found


def find_quoted_regions(text: str) -> list[QuotedRegion]:
    """All quoted regions of ``text`` in order, paired one paragraph at a time.

    >>> [text[r.inner_start:r.inner_end] for r in find_quoted_regions(text := 'He said "no."')]
    ['no.']
    """
    if not _DOUBLE.search(text) and "‘" not in text:
        return []
    bounds: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > pos:
            bounds.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    regions: list[QuotedRegion] = []
    reopened = False
    for k, (lo, hi) in enumerate(bounds):
        next_opens = k + 1 < len(bounds) and _starts_with_opener(text, *bounds[k + 1])
        paragraph = _pair_paragraph(text, lo, hi, reopened, next_opens)
        reopened = bool(paragraph) and paragraph[-1].continues
        regions.extend(paragraph)
        if "‘" in text[lo:hi]:
            regions.extend(_nested_and_single(text, paragraph, lo, hi))
    regions.sort(key=lambda r: (r.start, -r.end))
    return regions


def _starts_with_opener(text: str, lo: int, hi: int) -> bool:
    match = _DOUBLE.match(text, lo, hi)
    return match is not None and _side(text, lo, match.group()) is not Side.CLOSE
