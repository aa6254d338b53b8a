"""Quality gate: every evaluation on its test split stays at or above pinned floors.

Floors sit a hair under the figures measured on the commit that set them (the README's), so a
regression fails CI while a rounding-level change does not. Raising a floor is an ordinary
commit; lowering one takes a commit that says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import EvalContext, evaluate

MARGIN = 0.005
# dataset -> {metric: floor}; "f1" for P/R/F1 metrics, "accuracy" for accuracies.
FLOORS: dict[str, dict[str, float]] = {
    "cameo-examples": {"root_accuracy": 0.765, "code_accuracy": 0.315},
    "meantime": {
        "strict_span": 0.834,
        "relaxed_span": 0.9,
        "value": 0.814,
        "type": 0.948,
        "value_accuracy": 0.904,
    },
    "petr2-gsr-actors": {"country": 0.89, "full_code": 0.748},
    "petr2-gsr": {"event_root": 0.314, "event_code": 0.085},
    "plover-actors": {"country": 0.909, "full_code": 0.792},
    "plover": {"event_type": 0.561, "type_macro": 0.722, "type_accuracy": 0.706},
    "polnear": {
        "direct_content": 0.955,
        "direct_source": 0.938,
        "all_content": 0.789,
        "all_source": 0.747,
        "cue": 0.747,
    },
    "te3": {
        "strict_span": 0.917,
        "relaxed_span": 0.947,
        "value": 0.827,
        "type": 0.968,
        "value_accuracy": 0.873,
    },
}


def _score(metric: dict[str, Any]) -> float:
    return float(metric["f1"] if "f1" in metric else metric["accuracy"])


@pytest.mark.external
@pytest.mark.model
@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_test_split_stays_above_its_floors(dataset: str, data_dir: Path, pipeline: Any) -> None:
    ctx = EvalContext(dataset, split="test", data_dir=data_dir, make_pipeline=lambda: pipeline)
    metrics = evaluate(ctx).to_json()["metrics"]
    below = {
        name: (round(_score(metrics[name]), 4), floor)
        for name, floor in FLOORS[dataset].items()
        if _score(metrics[name]) < floor - MARGIN
    }
    assert not below, f"{dataset} below its floors (measured, floor): {below}"
