"""``eval meantime``: the token-level reader on a file we wrote, and the score on MEANTIME."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import EvalContext, evaluate
from eventwire.eval.meantime import parse_dct, read_meantime

WORDS = [
    # (sentence, token)
    (0, "Port"), (0, "shelled"),
    (1, "October"), (1, "27"), (1, ","), (1, "2025"),
    (2, "Rebels"), (2, "shelled"), (2, "the"), (2, "port"), (2, "on"), (2, "Friday"), (2, "."),
    (3, "The"), (3, "siege"), (3, "has"), (3, "lasted"), (3, "three"), (3, "weeks"), (3, "."),
    (7, "Talks"), (7, "resume"), (7, "next"), (7, "month"), (7, "."),
]  # fmt: skip


def write_doc(folder: Path, with_dct: bool = True, name: str = "1_Port_shelled") -> Path:
    tokens = "\n".join(
        f'<token number="{n}" sentence="{s}" t_id="{n + 1}">{w}</token>'
        for n, (s, w) in enumerate(WORDS)
    )
    dct = (
        '<TIMEX3 m_id="90" type="DATE" value="2025-10-27" functionInDocument="CREATION_TIME">'
        '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>'
        '<token_anchor t_id="6"/></TIMEX3>'
        if with_dct
        else ""
    )
    xml = f"""<?xml version="1.0" ?><Document doc_id="1" doc_name="{name}" lang="en">
{tokens}
<Markables>
{dct}
<TIMEX3 m_id="91" type="DATE" value="2025-10-24" functionInDocument="NONE">
<token_anchor t_id="12"/></TIMEX3>
<TIMEX3 m_id="92" type="DURATION" value="P3W" functionInDocument="NONE">
<token_anchor t_id="18"/><token_anchor t_id="19"/></TIMEX3>
</Markables>
</Document>
"""
    path = folder / f"{name}.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_reader_rebuilds_text_from_tokens(tmp_path: Path) -> None:
    doc = read_meantime(write_doc(tmp_path))
    assert doc.text.startswith(
        "Port shelled\n\nOctober 27, 2025\n\nRebels shelled the port on Friday."
    )
    assert doc.dct is not None and doc.dct.isoformat() == "2025-10-27"
    assert doc.dateline == (2, 6)
    assert [(g.start, g.end, g.value) for g in doc.gold] == [
        (11, 12, "2025-10-24"),
        (17, 19, "P3W"),
    ]
    assert all(doc.text[doc.token_starts[i] :].startswith(w) for i, (_, w) in enumerate(WORDS))
    assert doc.scope == 20  # sentence 7 lies outside the annotated sentences


def test_odd_creation_dates_are_read() -> None:
    assert parse_dct("2009-02-03") == parse_dct("03-02-2009")
    assert parse_dct("sometime") is None


def test_eval_scores_tokens_skips_undated_docs_and_the_dateline(
    tmp_path: Path, pipeline: Any
) -> None:
    write_doc(tmp_path)
    write_doc(tmp_path, with_dct=False, name="2_Undated")
    ctx = EvalContext("meantime", split="all", path=tmp_path, make_pipeline=lambda: pipeline)
    out = evaluate(ctx).to_json()
    assert out["notes"]["skipped_no_creation_time"] == 1
    assert out["n_docs"] == 1 and out["n_gold"] == 2
    # "next month" is outside the annotated sentences and the dateline is not a prediction
    assert out["n_pred"] == 2
    assert out["metrics"]["value"]["f1"] == 1.0


@pytest.mark.external
def test_meantime_meets_target(data_dir: Path, pipeline: Any) -> None:
    ctx = EvalContext("meantime", split="all", data_dir=data_dir, make_pipeline=lambda: pipeline)
    out = evaluate(ctx).to_json()
    assert out["notes"]["skipped_no_creation_time"] == 2
    assert out["metrics"]["value"]["f1"] >= 0.80
