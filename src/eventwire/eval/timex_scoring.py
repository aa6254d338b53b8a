"""TempEval-3 style TIMEX3 scoring shared by the te3 and meantime evaluations.

Spans are half-open ``[start, end)`` ranges in whatever unit the corpus aligns on (characters
for TimeML, tokens for MEANTIME). A relaxed match is any overlap, a strict one the same
range; type and value are judged over relaxed matches, and ``value`` counts a hit only where
the span overlaps and the value is right (TempEval-3's value F1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.eval.metrics import DocScore, EvalReport, Split, match_one_to_one
from eventwire.extract.timex.values import canonical_value

PRF_METRICS = ["strict_span", "relaxed_span", "value"]
ACCURACY_METRICS = ["type", "value_accuracy"]


@dataclass(frozen=True, slots=True)
class ScoredTimex:
    """One gold or predicted expression, reduced to what is scored."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


def _overlaps(a: ScoredTimex, b: ScoredTimex) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(
    doc_id: str,
    gold: Sequence[ScoredTimex],
    pred: Sequence[ScoredTimex],
    confusions: Counter[str],
) -> DocScore:
    """Count one document: exact-span pairs are matched first so that a strict match is never
    lost to a neighbour that merely overlaps."""
    doc = DocScore(doc_id, n_gold=len(gold), n_pred=len(pred))
    exact = match_one_to_one(gold, pred, lambda g, p: (g.start, g.end) == (p.start, p.end))
    used_g = {g for g, _ in exact}
    used_p = {p for _, p in exact}
    rest_g = [i for i in range(len(gold)) if i not in used_g]
    rest_p = [i for i in range(len(pred)) if i not in used_p]
    loose = match_one_to_one([gold[i] for i in rest_g], [pred[i] for i in rest_p], _overlaps)
    pairs = exact + [(rest_g[g], rest_p[p]) for g, p in loose]
    strict = len(exact)
    doc.count("strict_span", tp=strict, fp=len(pred) - strict, fn=len(gold) - strict)
    doc.count("relaxed_span", tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    hits = 0
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        doc.judge("type", g.type == p.type)
        right = canonical_value(g.value) == canonical_value(p.value)
        doc.judge("value_accuracy", right)
        hits += right
        if not right:
            confusions[f"gold {g.value} -> pred {p.value}"] += 1
    doc.count("value", tp=hits, fp=len(pred) - hits, fn=len(gold) - hits)
    return doc


def make_report(
    dataset: str,
    split: Split,
    docs: list[DocScore],
    confusions: Counter[str],
    notes: dict[str, object],
) -> EvalReport:
    return EvalReport(
        dataset,
        split,
        docs,
        prf_metrics=list(PRF_METRICS),
        accuracy_metrics=list(ACCURACY_METRICS),
        confusions=confusions,
        notes=dict(notes),
    )
