"""TempEval-3 style TIMEX3 scoring on hand-made gold and predictions."""

from __future__ import annotations

from collections import Counter

from eventwire.eval.timex_scoring import ScoredTimex, make_report, score_document


def tx(start: int, end: int, value: str, type_: str = "DATE") -> ScoredTimex:
    return ScoredTimex(start, end, type_, value)


def test_strict_relaxed_and_value_counts() -> None:
    gold = [tx(0, 6, "2025-10-24"), tx(10, 19, "2025-W43"), tx(30, 35, "P3Y", "DURATION")]
    pred = [
        tx(0, 6, "2025-10-24"),  # strict, right value
        tx(14, 19, "2025-W42"),  # relaxed only, wrong value
        tx(40, 45, "2024"),  # spurious
    ]
    confusions: Counter[str] = Counter()
    doc = score_document("d1", gold, pred, confusions)
    assert (doc.counts["strict_span"].tp, doc.counts["strict_span"].fp) == (1, 2)
    relaxed = doc.counts["relaxed_span"]
    assert (relaxed.tp, relaxed.fp, relaxed.fn) == (2, 1, 1)
    value = doc.counts["value"]
    assert (value.tp, value.fp, value.fn) == (1, 2, 2)
    assert doc.accuracy["value_accuracy"] == [1, 2]
    assert doc.accuracy["type"] == [2, 2]
    assert confusions == Counter({"gold 2025-W43 -> pred 2025-W42": 1})


def test_strict_match_is_not_stolen_by_an_overlapping_neighbour() -> None:
    gold = [tx(0, 10, "2025-10"), tx(11, 15, "2025")]
    pred = [tx(5, 15, "2025"), tx(0, 10, "2025-10")]
    doc = score_document("d", gold, pred, Counter())
    assert doc.counts["strict_span"].tp == 1
    assert doc.counts["relaxed_span"].tp == 2
    assert doc.counts["value"].tp == 2


def test_decade_and_century_spellings_score_alike() -> None:
    doc = score_document(
        "d", [tx(0, 5, "199"), tx(6, 9, "19")], [tx(0, 5, "199X"), tx(6, 9, "19XX")], Counter()
    )
    assert doc.counts["value"].tp == 2


def test_report_names_the_fixed_metrics() -> None:
    doc = score_document("d", [tx(0, 4, "2025")], [tx(0, 4, "2025")], Counter())
    out = make_report("te3", "all", [doc], Counter(), {"files": 1}).to_json()
    assert set(out["metrics"]) == {"strict_span", "relaxed_span", "type", "value_accuracy", "value"}
    assert out["metrics"]["value"]["f1"] == 1.0
    assert out["notes"] == {"files": 1}
