"""``eventwire eval te3``: TIMEX3 recognition and normalization on TempEval-3 platinum.

Each ``.tml`` file is TimeML: the ``TEXT`` element's character data is the article, its
``TIMEX3`` elements the gold, and the ``CREATION_TIME`` timex the anchor (not scored, as in
TempEval-3). Spans are compared by character offsets into the rebuilt text.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval import EvalContext
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.eval.timex_scoring import ScoredTimex, make_report, score_document
from eventwire.extract.time import normalize_times
from eventwire.models import Article


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    doc_id: str
    text: str
    dct: dt.date | None
    gold: tuple[ScoredTimex, ...]


def _walk(node: ET.Element, parts: list[str], gold: list[ScoredTimex], offset: int) -> int:
    """Append the node's character data to ``parts``, recording TIMEX3 offsets."""
    start = offset
    if node.text:
        parts.append(node.text)
        offset += len(node.text)
    for child in node:
        offset = _walk(child, parts, gold, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if node.tag == "TIMEX3" and node.get("functionInDocument") != "CREATION_TIME":
        text = "".join(parts)[start:offset]
        gold.append(ScoredTimex(start, offset, node.get("type", ""), node.get("value", ""), text))
    return offset


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_timeml(path: Path) -> TimeMLDocument:
    """The text, creation date and gold TIMEX3s of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _date(timex.get("value"))
            break
    text_node = root.find("TEXT")
    parts: list[str] = []
    gold: list[ScoredTimex] = []
    if text_node is not None:
        # the TEXT element's own boundaries are not part of any timex
        _walk(text_node, parts, gold, 0)
    return TimeMLDocument(path.stem, "".join(parts), dct, tuple(gold))


def evaluate(ctx: EvalContext) -> EvalReport:
    folder = ctx.data("te3-platinum")
    files = sorted(folder.glob("*.tml")) if folder.is_dir() else [folder]
    docs = [read_timeml(f) for f in files if ctx.keep(f.stem)]
    articles = [
        Article(id=d.doc_id, text=d.text, published=d.dct, source_id=d.doc_id) for d in docs
    ]
    by_id = {d.doc_id: d for d in docs}
    scores: list[DocScore] = []
    confusions: Counter[str] = Counter()
    skipped: list[str] = []
    for parsed in ctx.pipeline.annotator.annotate_many(articles):
        doc = by_id[parsed.article.id]
        if doc.dct is None:
            skipped.append(doc.doc_id)
            continue
        pred = [
            ScoredTimex(t.span.start, t.span.end, t.type, t.value, t.span.text)
            for t in normalize_times(parsed, doc.dct)
        ]
        scores.append(score_document(doc.doc_id, doc.gold, pred, confusions))
    notes: dict[str, object] = {"files": len(docs)}
    if skipped:
        notes["skipped_no_creation_time"] = len(skipped)
    return make_report("te3", ctx.split, scores, confusions, notes)
