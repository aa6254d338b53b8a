"""Scores shared by every evaluation: counts per document, micro P/R/F1, accuracy, bootstrap CIs.

Each dataset reduces its documents to ``DocScore`` records (true/false positives and negatives
per metric, correct/total per accuracy); ``EvalReport`` sums them and bootstraps over documents,
so every dataset prints and serialises the same way.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Split = Literal["dev", "test", "all"]
BOOTSTRAP_SAMPLES = 1000
T = TypeVar("T")
G = TypeVar("G")


def in_split(record_id: str, split: Split) -> bool:
    """Halve a dataset by a stable hash of the record id: tuning on dev leaves test honest."""
    if split == "all":
        return True
    bucket = hashlib.sha1(record_id.encode("utf-8")).digest()[0] % 2
    return (bucket == 0) == (split == "dev")


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1


@dataclass(slots=True)
class DocScore:
    """One document's contribution to every metric."""

    doc_id: str
    counts: dict[str, Counts] = field(default_factory=dict)  # "value" -> Counts
    labelled: dict[str, dict[str, Counts]] = field(default_factory=dict)  # "type_macro" -> label
    accuracy: dict[str, list[int]] = field(default_factory=dict)  # "type" -> [correct, n]
    n_gold: int = 0
    n_pred: int = 0

    def count(self, metric: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.counts.setdefault(metric, Counts()).add(Counts(tp, fp, fn))

    def count_label(self, metric: str, label: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        by_label = self.labelled.setdefault(metric, {})
        by_label.setdefault(label, Counts()).add(Counts(tp, fp, fn))

    def judge(self, metric: str, correct: bool) -> None:
        cell = self.accuracy.setdefault(metric, [0, 0])
        cell[0] += int(correct)
        cell[1] += 1


def match_one_to_one(
    gold: Sequence[G], pred: Sequence[T], matches: Callable[[G, T], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in order: each gold and each prediction is used at most once."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and matches(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _sum_counts(docs: Iterable[DocScore], metric: str) -> Counts:
    total = Counts()
    for doc in docs:
        if metric in doc.counts:
            total.add(doc.counts[metric])
    return total


def _label_counts(docs: Iterable[DocScore], metric: str) -> dict[str, Counts]:
    totals: dict[str, Counts] = {}
    for doc in docs:
        for label, counts in doc.labelled.get(metric, {}).items():
            totals.setdefault(label, Counts()).add(counts)
    return totals


def _macro_f1(by_label: dict[str, Counts]) -> tuple[float, float, float]:
    if not by_label:
        return 0.0, 0.0, 0.0
    scores = [c.prf() for c in by_label.values()]
    n = len(scores)
    return (
        sum(s[0] for s in scores) / n,
        sum(s[1] for s in scores) / n,
        sum(s[2] for s in scores) / n,
    )


def _accuracy(docs: Iterable[DocScore], metric: str) -> tuple[int, int]:
    correct = n = 0
    for doc in docs:
        if metric in doc.accuracy:
            correct += doc.accuracy[metric][0]
            n += doc.accuracy[metric][1]
    return correct, n


def _ci(values: list[float]) -> list[float]:
    values.sort()
    lo = values[int(0.025 * (len(values) - 1))]
    hi = values[int(0.975 * (len(values) - 1))]
    return [round(lo, 4), round(hi, 4)]


@dataclass(slots=True)
class EvalReport:
    """The result of one evaluation run; ``to_json`` is the public ``eval --json`` contract."""

    dataset: str
    split: Split
    docs: list[DocScore]
    prf_metrics: list[str] = field(default_factory=list)
    accuracy_metrics: list[str] = field(default_factory=list)
    macro_metrics: list[str] = field(default_factory=list)  # F1 averaged over labels
    per_label: str | None = None  # a macro metric whose labels are reported as "per_type"
    confusions: Counter[str] = field(default_factory=Counter)  # "gold -> predicted" counts
    notes: dict[str, Any] = field(default_factory=dict)  # skipped documents and the like

    def _metric_values(self, docs: Sequence[DocScore]) -> dict[str, float]:
        values: dict[str, float] = {}
        for name in self.prf_metrics:
            values[name] = _sum_counts(docs, name).prf()[2]
        for name in self.macro_metrics:
            values[name] = _macro_f1(_label_counts(docs, name))[2]
        for name in self.accuracy_metrics:
            correct, n = _accuracy(docs, name)
            values[name] = correct / n if n else 0.0
        return values

    def _bootstrap(self) -> dict[str, list[float]]:
        names = self.prf_metrics + self.macro_metrics + self.accuracy_metrics
        if not self.docs:
            return {name: [0.0, 0.0] for name in names}
        rng = random.Random(0)
        samples: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(BOOTSTRAP_SAMPLES):
            resample = [rng.choice(self.docs) for _ in self.docs]
            for name, value in self._metric_values(resample).items():
                samples[name].append(value)
        return {name: _ci(values) for name, values in samples.items()}

    def to_json(self) -> dict[str, Any]:
        ci = self._bootstrap()
        metrics: dict[str, Any] = {}
        for name in self.prf_metrics:
            c = _sum_counts(self.docs, name)
            p, r, f1 = c.prf()
            metrics[name] = _prf_entry(p, r, f1, c, ci[name])
        for name in self.macro_metrics:
            by_label = _label_counts(self.docs, name)
            p, r, f1 = _macro_f1(by_label)
            total = Counts()
            for c in by_label.values():
                total.add(c)
            metrics[name] = _prf_entry(p, r, f1, total, ci[name])
        for name in self.accuracy_metrics:
            correct, n = _accuracy(self.docs, name)
            metrics[name] = {
                "accuracy": round(correct / n, 4) if n else 0.0,
                "n": n,
                "ci95": ci[name],
            }
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "split": self.split,
            "n_docs": len(self.docs),
            "n_gold": sum(d.n_gold for d in self.docs),
            "n_pred": sum(d.n_pred for d in self.docs),
            "metrics": metrics,
        }
        if self.per_label:
            out["per_type"] = {
                label: dict(zip(("p", "r", "f1"), (round(x, 4) for x in c.prf()), strict=True))
                | {"tp": c.tp, "fp": c.fp, "fn": c.fn}
                for label, c in sorted(_label_counts(self.docs, self.per_label).items())
            }
        out["confusions"] = [
            {"error": error, "count": count} for error, count in self.confusions.most_common(15)
        ]
        if self.notes:
            out["notes"] = self.notes
        return out


def _prf_entry(p: float, r: float, f1: float, c: Counts, ci: list[float]) -> dict[str, Any]:
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f1, 4),
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
        "ci95": ci,
    }
