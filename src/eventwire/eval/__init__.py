"""Evaluation against real gold data in ``EVENTWIRE_DATA_DIR`` (``../shared/data/external``).

Each dataset is a module with ``evaluate(ctx: EvalContext) -> EvalReport``, registered here by
name and imported only when asked for.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import DataNotFoundError
from eventwire.eval.metrics import DocScore, EvalReport, Split, in_split

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

# name -> (module, one-line description). Modules are imported lazily.
DATASETS: dict[str, tuple[str, str]] = {
    "cameo-examples": (
        "eventwire.eval.cameo_examples",
        "CAMEO codebook example sentences: root and code accuracy",
    ),
    "plover": (
        "eventwire.eval.plover",
        "PLOVER gold records: event type accuracy, macro F1, source-target-type F1",
    ),
    "petr2-gsr": (
        "eventwire.eval.petr2",
        "PETR2 validation records: source, target and CAMEO root / code F1",
    ),
    "te3": ("eventwire.eval.te3", "TempEval-3 platinum TIMEX3: span, type and value scores"),
    "meantime": ("eventwire.eval.meantime", "MEANTIME English TIMEX3: span, type and value scores"),
    "plover-actors": (
        "eventwire.eval.actors",
        "PLOVER gold sources and targets: country and full-code F1",
    ),
    "petr2-gsr-actors": (
        "eventwire.eval.actors",
        "PETR2 validation actors: country and full-code F1",
    ),
    "polnear": ("eventwire.eval.polnear", "PolNeAR attributions: quote content, source and cue F1"),
}


def default_data_dir() -> Path:
    """``EVENTWIRE_DATA_DIR``, else ``../shared/data/external`` from the repository root or cwd."""
    if os.environ.get("EVENTWIRE_DATA_DIR"):
        return Path(os.environ["EVENTWIRE_DATA_DIR"])
    repo_root = Path(__file__).resolve().parents[3]
    for base in (repo_root, Path.cwd()):
        candidate = base.parent / "shared" / "data" / "external"
        if candidate.is_dir():
            return candidate
    return repo_root.parent / "shared" / "data" / "external"


@dataclass
class EvalContext:
    """What an evaluation needs: where the data is, which split, and a lazily built pipeline."""

    dataset: str
    split: Split = "test"
    path: Path | None = None  # --path: score another folder in the same format
    data_dir: Path = field(default_factory=default_data_dir)
    make_pipeline: Callable[[], Pipeline] | None = None
    # drop sentences another gold set scores in the other half (``eval.shared``)
    held_out_only: bool = False

    def data(self, *parts: str) -> Path:
        """A path under the data dir (or ``--path``), with a clear error when absent."""
        path = self.path if self.path is not None else self.data_dir.joinpath(*parts)
        if not path.exists():
            raise DataNotFoundError(
                f"evaluation data for {self.dataset!r} not found; set EVENTWIRE_DATA_DIR "
                "or pass --path",
                path=str(path),
            )
        return path

    def keep(self, record_id: str) -> bool:
        return in_split(record_id, self.split)

    @cached_property
    def pipeline(self) -> Pipeline:
        if self.make_pipeline is None:
            from eventwire.pipeline import Pipeline

            return Pipeline.from_settings()
        return self.make_pipeline()


def evaluate(ctx: EvalContext) -> EvalReport:
    """Run the named dataset's evaluation."""
    if ctx.dataset not in DATASETS:
        raise DataNotFoundError(
            f"unknown dataset {ctx.dataset!r}; known: {', '.join(sorted(DATASETS))}"
        )
    module = importlib.import_module(DATASETS[ctx.dataset][0])
    report: EvalReport = module.evaluate(ctx)
    return report


__all__ = ["DATASETS", "DocScore", "EvalContext", "EvalReport", "default_data_dir", "evaluate"]
