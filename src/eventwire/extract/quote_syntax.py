"""Dependency-tree helpers for attribution, built once per article in linear time.

``ParsedArticle.children`` scans a sentence per call; the quote stage asks for children and
subtrees many times, so it indexes them once here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from eventwire.models import ParsedArticle, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PUNCT_EDGE = frozenset(",.;:—–-()[]\"'“”‘’…!?")


class TreeIndex:
    """Children lists and character-to-token lookup for one parsed article."""

    __slots__ = ("ends", "kids", "para", "parsed", "seg", "seg_start", "starts", "text", "tokens")

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.text = parsed.article.text
        kids: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        self.kids = kids
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.start + len(t.text) for t in self.tokens]
        # segments: sentences cut again at line breaks, which the parser often runs across
        seg: list[int] = []
        seg_start: list[int] = []
        para: list[int] = []
        current, paragraph, last_sent, broke = -1, 0, -1, True
        for tok in self.tokens:
            if broke or tok.sent != last_sent:
                current += 1
                seg_start.append(tok.i)
            if broke and tok.i:
                paragraph += 1
            seg.append(current)
            para.append(paragraph)
            last_sent = tok.sent
            broke = "\n" in tok.ws or (tok.pos == "SPACE" and "\n" in tok.text)
        self.seg = seg
        self.seg_start = seg_start
        self.para = para  # paragraph index of each token

    def children(self, i: int) -> list[int]:
        return self.kids[i]

    def child(self, i: int, *deps: str) -> int | None:
        for k in self.kids[i]:
            if self.tokens[k].dep in deps:
                return k
        return None

    def subtree(self, i: int) -> list[int]:
        """Token indices under ``i`` (itself included) in its segment, unsorted."""
        seg = self.seg
        home = seg[i]
        out = [i]
        stack = [i]
        while stack:
            for k in self.kids[stack.pop()]:
                if seg[k] == home:
                    out.append(k)
                    stack.append(k)
        return out

    def segment_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the segment (sentence within one paragraph) holding token ``i``."""
        k = self.seg[i]
        end = self.seg_start[k + 1] if k + 1 < len(self.seg_start) else len(self.tokens)
        return self.seg_start[k], end

    def tokens_within(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[ts, te)`` of the tokens lying inside characters ``[start, end)``."""
        return bisect_left(self.starts, start), bisect_right(self.ends, end)

    def token_at(self, char: int) -> int:
        """The token whose text covers ``char``, or the next token after it."""
        k = bisect_right(self.starts, char) - 1
        return max(k, 0)

    def is_punct(self, i: int) -> bool:
        tok = self.tokens[i]
        return tok.pos == "PUNCT" or tok.text in PUNCT_EDGE

    def runs(self, indices: Iterable[int]) -> list[tuple[int, int]]:
        """Sorted token indices as contiguous runs ``[ts, te)``, punctuation trimmed off."""
        ordered = sorted(set(indices))
        runs: list[tuple[int, int]] = []
        for i in ordered:
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
        trimmed = []
        for ts, te in runs:
            while ts < te and self._edge_punct(ts):
                ts += 1
            while te > ts and self._edge_punct(te - 1):
                te -= 1
            if ts < te:
                trimmed.append((ts, te))
        return trimmed

    def _edge_punct(self, i: int) -> bool:
        tok = self.tokens[i]
        # quotation marks stay: a direct quote's content keeps its marks
        return (tok.pos == "PUNCT" or tok.text in PUNCT_EDGE) and tok.text not in QUOTE_CHARS

    def span(self, ts: int, te: int) -> Span:
        start, end = self.starts[ts], self.ends[te - 1]
        return Span(start, end, self.text[start:end])

    def char_span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        sent = self.parsed.sentences[self.tokens[i].sent]
        return sent.token_start, sent.token_end

    def tok(self, i: int) -> Token:
        return self.tokens[i]


QUOTE_CHARS = frozenset({'"', "“", "”", "‘", "’", "''", "``", "«", "»", "„"})
