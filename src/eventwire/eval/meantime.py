"""``eventwire eval meantime``: TIMEX3 scores on MEANTIME's English Wikinews articles.

MEANTIME ships tokens, not text: the text is rebuilt from them (title and dateline on their
own lines), predictions are mapped back onto the tokens they cover, and spans are compared by
token. The anchor is the document's ``CREATION_TIME`` timex; documents without one are skipped
and counted, and the dateline's own timex (the creation time itself) is not scored.

MEANTIME annotates only the title and the first sentences of each article (sentence numbers 0
to 5, dateline included), so predictions after that are outside the gold and not scored.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval import EvalContext
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.eval.timex_scoring import ScoredTimex, make_report, score_document
from eventwire.extract.time import normalize_times
from eventwire.models import Article

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]%]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$")
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``", "#"})
ANNOTATED_SENTENCES = 6  # sentence numbers 0-5 carry annotation


@dataclass(frozen=True, slots=True)
class MeantimeDocument:
    doc_id: str
    text: str
    token_starts: tuple[int, ...]  # character offset of each token, in document order
    dct: dt.date | None
    dateline: tuple[int, int] | None  # token range of the creation-time timex
    scope: int  # tokens before this index are in the annotated sentences
    gold: tuple[ScoredTimex, ...]  # spans in token indices


def parse_dct(value: str | None) -> dt.date | None:
    """ISO dates, and the odd day-month-year value the corpus also holds."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", value.strip())
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


def _rebuild(tokens: list[tuple[str, int]], break_after: int) -> tuple[str, list[int]]:
    """Text from ``(token, sentence)`` pairs: sentences up to ``break_after`` (title, dateline)
    end in a blank line, the rest are joined with spaces."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    prev: tuple[str, int] | None = None
    for word, sent in tokens:
        if prev is not None:
            if sent != prev[1] and prev[1] <= break_after:
                sep = "\n\n"
            elif _NO_SPACE_BEFORE.match(word) or prev[0] in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            offset += len(sep)
        starts.append(offset)
        parts.append(word)
        offset += len(word)
        prev = (word, sent)
    return "".join(parts), starts


def read_meantime(path: Path) -> MeantimeDocument:
    root = ET.parse(path).getroot()
    tokens: list[tuple[str, int]] = []
    index_of: dict[str, int] = {}
    for tok in root.iter("token"):
        index_of[tok.get("t_id", "")] = len(tokens)
        tokens.append((tok.text or "", int(tok.get("sentence", "0"))))
    dct: dt.date | None = None
    dateline: tuple[int, int] | None = None
    gold: list[ScoredTimex] = []
    for timex in root.iter("TIMEX3"):
        ids = sorted(index_of[a.get("t_id", "")] for a in timex.iter("token_anchor"))
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = parse_dct(timex.get("value"))
            if ids:
                dateline = (ids[0], ids[-1] + 1)
            continue
        if ids:
            text = " ".join(tokens[i][0] for i in ids)
            gold.append(
                ScoredTimex(
                    ids[0], ids[-1] + 1, timex.get("type", ""), timex.get("value", ""), text
                )
            )
    break_after = tokens[dateline[0]][1] if dateline else 1
    text, starts = _rebuild(tokens, break_after)
    gold.sort(key=lambda g: (g.start, g.end))
    scope = sum(1 for _, sent in tokens if sent < ANNOTATED_SENTENCES)
    return MeantimeDocument(path.stem, text, tuple(starts), dct, dateline, scope, tuple(gold))


def _to_tokens(doc: MeantimeDocument, start: int, end: int) -> tuple[int, int]:
    """The corpus tokens covering characters ``[start, end)``."""
    first = max(bisect.bisect_right(doc.token_starts, start) - 1, 0)
    last = max(bisect.bisect_left(doc.token_starts, end), first + 1)
    return first, last


def evaluate(ctx: EvalContext) -> EvalReport:
    folder = ctx.data("meantime-en", "intra-doc_annotation")
    files = sorted(folder.rglob("*.xml")) if folder.is_dir() else [folder]
    docs = [read_meantime(f) for f in files if ctx.keep(f.stem)]
    skipped = [d.doc_id for d in docs if d.dct is None]
    kept = [d for d in docs if d.dct is not None]
    articles = [
        Article(id=d.doc_id, text=d.text, published=d.dct, source_id=d.doc_id) for d in kept
    ]
    by_id = {d.doc_id: d for d in kept}
    scores: list[DocScore] = []
    confusions: Counter[str] = Counter()
    for parsed in ctx.pipeline.annotator.annotate_many(articles):
        doc = by_id[parsed.article.id]
        pred: list[ScoredTimex] = []
        for t in normalize_times(parsed, doc.dct):
            first, last = _to_tokens(doc, t.span.start, t.span.end)
            if doc.dateline and first < doc.dateline[1] and doc.dateline[0] < last:
                continue  # the dateline is the creation time itself
            if first >= doc.scope:
                continue
            pred.append(ScoredTimex(first, last, t.type, t.value, t.span.text))
        scores.append(score_document(doc.doc_id, doc.gold, pred, confusions))
    notes: dict[str, object] = {"files": len(docs)}
    if skipped:
        notes["skipped_no_creation_time"] = len(skipped)
        notes["skipped"] = skipped
    return make_report("meantime", ctx.split, scores, confusions, notes)
