"""``eval te3``: the TimeML reader on a file we wrote, and the score on TempEval-3 platinum."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import EvalContext, evaluate
from eventwire.eval.te3 import read_timeml

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wire_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-27"
 functionInDocument="CREATION_TIME">October 27, 2025</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1">shelled</EVENT> the port on
<TIMEX3 tid="t1" type="DATE" value="2025-10-24">Friday</TIMEX3>, and the siege has
<EVENT eid="e2">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.
Talks resume <TIMEX3 tid="t3" type="DATE" value="2025-11">next month</TIMEX3>.
</TEXT>
</TimeML>
"""


def write_doc(folder: Path) -> Path:
    path = folder / "wire_1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return path


def test_reader_rebuilds_text_and_gold_offsets(tmp_path: Path) -> None:
    doc = read_timeml(write_doc(tmp_path))
    assert doc.dct is not None and doc.dct.isoformat() == "2025-10-27"
    assert [g.text for g in doc.gold] == ["Friday", "three weeks", "next month"]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)
    assert [(g.type, g.value) for g in doc.gold][1] == ("DURATION", "P3W")
    assert "<" not in doc.text and "CREATION_TIME" not in doc.text


def test_eval_with_path_scores_our_folder(tmp_path: Path, pipeline: Any) -> None:
    write_doc(tmp_path)
    ctx = EvalContext("te3", split="all", path=tmp_path, make_pipeline=lambda: pipeline)
    out = evaluate(ctx).to_json()
    assert out["n_gold"] == 3
    assert out["metrics"]["value"]["f1"] == 1.0
    assert out["metrics"]["strict_span"]["f1"] == 1.0


@pytest.mark.external
def test_tempeval3_platinum_meets_targets(data_dir: Path, pipeline: Any) -> None:
    ctx = EvalContext("te3", split="all", data_dir=data_dir, make_pipeline=lambda: pipeline)
    metrics = evaluate(ctx).to_json()["metrics"]
    assert metrics["value"]["f1"] >= 0.80
    assert metrics["relaxed_span"]["f1"] >= 0.90
