"""Shared scoring: one-to-one matching, micro and macro F1, accuracy, bootstrap CIs, splits."""

from __future__ import annotations

from eventwire.eval.metrics import Counts, DocScore, EvalReport, in_split, match_one_to_one


def test_counts_prf() -> None:
    assert Counts(tp=3, fp=1, fn=2).prf() == (0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)
    assert Counts().prf() == (0.0, 0.0, 0.0)


def test_matching_is_one_to_one() -> None:
    pairs = match_one_to_one(["a", "a"], ["a"], lambda g, p: g == p)
    assert pairs == [(0, 0)]
    assert match_one_to_one(["a", "b"], ["b", "a"], lambda g, p: g == p) == [(0, 1), (1, 0)]


def test_split_is_stable_and_halves_the_ids() -> None:
    ids = [f"doc-{i}" for i in range(400)]
    dev = [i for i in ids if in_split(i, "dev")]
    test = [i for i in ids if in_split(i, "test")]
    assert set(dev).isdisjoint(test) and len(dev) + len(test) == 400
    assert 150 < len(dev) < 250
    assert dev == [i for i in ids if in_split(i, "dev")]
    assert all(in_split(i, "all") for i in ids)


def test_report_json_has_the_public_shape() -> None:
    docs = []
    for i in range(10):
        doc = DocScore(f"d{i}", n_gold=2, n_pred=2)
        doc.count("value", tp=1, fp=1, fn=1)
        doc.count_label("type_macro", "AGREE", tp=1)
        doc.count_label("type_macro", "ACCUSE", fp=1, fn=1)
        doc.judge("type", correct=i % 2 == 0)
        docs.append(doc)
    report = EvalReport(
        "x", "test", docs, prf_metrics=["value"], accuracy_metrics=["type"],
        macro_metrics=["type_macro"], per_label="type_macro",
    )  # fmt: skip
    out = report.to_json()
    assert set(out) >= {"dataset", "split", "n_docs", "n_gold", "n_pred", "metrics"}
    assert out["n_docs"] == 10 and out["n_gold"] == 20
    value = out["metrics"]["value"]
    assert (value["p"], value["r"], value["f1"]) == (0.5, 0.5, 0.5)
    assert value["tp"] == 10 and value["ci95"][0] <= 0.5 <= value["ci95"][1]
    assert out["metrics"]["type"] == {
        "accuracy": 0.5,
        "n": 10,
        "ci95": out["metrics"]["type"]["ci95"],
    }
    assert out["metrics"]["type_macro"]["f1"] == 0.5  # mean of 1.0 (AGREE) and 0.0 (ACCUSE)
    assert out["per_type"]["AGREE"]["f1"] == 1.0
