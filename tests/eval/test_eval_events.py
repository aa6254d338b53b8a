"""Event evaluation helpers: the lenient PETR2 reader and the scoring conventions."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import EvalContext, petr2, plover
from eventwire.eval.codes import country_of_code
from eventwire.eval.event_scoring import Coded, score_tuples
from eventwire.eval.metrics import DocScore
from eventwire.eval.petr2 import FILE, read_records
from eventwire.eval.plover import gold_tuples

# Not well-formed on purpose, like the real file: a self-closed Sentence with children.
PETR2_LIKE = """<Sentences>
<Sentence date="20250101" id="T1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<Text>
Our own sentence about a visit.
</Text>
<Sentence date="20250102" id="T2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing happened here.</Text>
"""


def test_petr2_reader_is_lenient() -> None:
    records = read_records(PETR2_LIKE)
    assert [r.id for r in records] == ["T1", "T2"]
    assert records[0].codings == (("USA", "CHN", "042"),)
    assert records[0].text == "Our own sentence about a visit."
    assert records[1].codings == ()


def test_country_of_code() -> None:
    assert country_of_code("USAGOV") == "USA"
    assert country_of_code("---REB") is None
    assert country_of_code("") is None
    # older CAMEO country codes in gold sets are read as ISO 3166 alpha-3, as for actors
    assert country_of_code("JAPGOV") == "JPN"
    assert country_of_code("ITL") == "ITA"


def test_gold_without_target_matches_on_source_and_label() -> None:
    doc = DocScore("d")
    confusions: Counter[str] = Counter()
    gold = [Coded("USA", None, "04")]
    score_tuples(doc, "m", gold, [Coded("USA", "CHN", "04"), Coded("RUS", None, "19")], confusions)
    c = doc.counts["m"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    assert confusions == Counter({"spurious 19": 1})


def test_errors_are_named_by_kind() -> None:
    doc = DocScore("d")
    confusions: Counter[str] = Counter()
    score_tuples(doc, "m", [Coded("USA", "CHN", "04")], [Coded("USA", "CHN", "19")], confusions)
    assert confusions == Counter({"04 coded as 19": 1})


def test_a_wrong_side_says_whether_it_was_missing_or_another_country() -> None:
    confusions: Counter[str] = Counter()
    gold = [Coded("USA", "CHN", "04"), Coded("USA", "RUS", "19"), Coded("IRN", "ISR", "11")]
    pred = [Coded("USA", None, "04"), Coded("USA", "UKR", "19"), Coded(None, "ISR", "11")]
    score_tuples(DocScore("d"), "m", gold, pred, confusions)
    assert confusions == Counter({"missing target": 1, "wrong target": 1, "missing source": 1})


def test_plover_compound_actors_are_pairs() -> None:
    record = {"source": [{"code": "HUN"}, {"code": "ROU"}], "target": ""}
    assert gold_tuples(record, "AGREE") == [
        Coded("HUN", None, "AGREE"),
        Coded("ROU", None, "AGREE"),
    ]


@pytest.mark.external
def test_real_petr2_file_reads(data_dir: Path) -> None:
    raw = (data_dir / "petrarch2-unittest" / FILE).read_text("utf-8")
    records = read_records(raw)
    assert len(records) == 78
    assert sum(1 for r in records if not r.codings) == 12


# Our own sentences: a state's report of another's force, coded the PETRARCH-2 way: the force
# and the accusation when the report trails, the accusation alone when the speaker comes first.
PETR2_REPORTED_FORCE = """<Sentences>
<Sentence date="20220301" id="R1" evaluate="true"/>
<EventCoding eventcode="194" sourcecode="RUSMIL" targetcode="UKR" />
<EventCoding eventcode="112" sourcecode="UKRMIL" targetcode="RUSMIL" />
<Text>Russian troops shelled Kharkiv on Tuesday, Ukraine's army said.</Text>
<Sentence date="20220301" id="R2" evaluate="true"/>
<EventCoding eventcode="112" sourcecode="UKRMIL" targetcode="RUSMIL" />
<Text>Ukraine's army said Russian troops had shelled Kharkiv on Tuesday.</Text>
"""


@pytest.mark.model
def test_petr2_records_are_scored_under_petrarchs_convention(pipeline: Any, tmp_path: Path) -> None:
    # the report of force is also the reporting state's accusation, as the gold codes it;
    # eventwire's own default leaves it out, and the report says which convention was used
    path = tmp_path / "records.xml"
    path.write_text(PETR2_REPORTED_FORCE, "utf-8")
    ctx = EvalContext("petr2-gsr", split="all", path=path, make_pipeline=lambda: pipeline)
    report = petr2.evaluate(ctx).to_json()
    root = report["metrics"]["event_root"]
    assert (root["tp"], root["fp"], root["fn"]) == (3, 0, 0)
    assert report["notes"]["conventions"] == [
        "modals_read_through",
        "reported_force_as_accusation",
        "reported_force_claim_only",
        "verb_phrase_events_only",
    ]
    assert not pipeline.event_options.reported_force_as_accusation
    assert not pipeline.event_options.reported_force_claim_only
    assert not pipeline.event_options.verb_phrase_events_only
    assert not pipeline.event_options.modals_read_through


# Our own sentences, in the PLOVER 0.5 records' format and types.
PLOVER_05 = [
    {
        "id": "P1",
        "event": "SANCTION",
        "text": "The United States imposed new sanctions on Iran on Monday.",
        "source": [{"code": "USA"}],
        "target": [{"code": "IRN"}],
    },
    {
        "id": "P2",
        "event": "COERCE",
        "text": "Israeli bulldozers demolished five Palestinian homes in Hebron on Tuesday.",
        "source": [{"code": "ISR"}],
        "target": [{"code": "PSE"}],
    },
    {
        "id": "P3",
        "event": "RETREAT",
        "text": "Kenya's interior minister resigned on Friday.",
        "source": [{"code": "KEN"}],
    },
    {
        "id": "P4",
        "event": "CONCEDE",
        "text": "The Sudanese government lifted the curfew in Khartoum.",
        "source": [{"code": "SDN"}],
    },
    {
        "id": "P5",
        "event": "FIGHT",
        "text": "Russian troops captured the Ukrainian town of Bakhmut.",
        "source": [{"code": "RUS"}],
        "target": [{"code": "UKR"}],
    },
    {
        "id": "P6",
        "event": "COERCE",
        "text": "Somali militants kidnapped two Kenyan aid workers on Sunday.",
        "source": [{"code": "SOM"}],
        "target": [{"code": "KEN"}],
    },
]


@pytest.mark.model
def test_plover_records_are_scored_under_their_versions_types(
    pipeline: Any, tmp_path: Path
) -> None:
    # sanctions imposed (163), property destroyed (1712), a curfew lifted (0813), a resignation
    # (0831), a town taken (192) and people abducted (181) were typed otherwise in the version
    # the records were coded under; eventwire's events carry the 2021 types
    path = tmp_path / "records.json"
    path.write_text(json.dumps(PLOVER_05), "utf-8")
    ctx = EvalContext("plover", split="all", path=path, make_pipeline=lambda: pipeline)
    report = plover.evaluate(ctx).to_json()
    assert report["metrics"]["type_accuracy"]["accuracy"] == 1.0
    assert report["metrics"]["event_type"]["tp"] == 6
    assert report["notes"]["type_in_0.5"] == plover.TYPE_IN_05
    assert {"163", "1712", "0813", "0831", "192", "181"} <= set(plover.TYPE_IN_05)
    events = pipeline.process_text(PLOVER_05[0]["text"], published="2012-01-23").events
    assert {e.cameo.plover for e in events} == {"COERCE"}  # the events keep the 2021 type


def test_held_out_only_drops_what_the_other_set_scores_in_the_other_half(tmp_path: Path) -> None:
    from eventwire.eval.metrics import in_split
    from eventwire.eval.shared import codebook_sentences, held_out_elsewhere, plover_sentences

    # a record and an example that fall in different halves, and a pair in the record's half
    ids = [f"R{n}" for n in range(40)]
    codes = [f"{n:03d}" for n in range(40)]
    apart = next((i, c) for i in ids for c in codes if in_split(i, "test") != in_split(c, "test"))
    half = in_split(apart[0], "test")
    together = next(
        (i, c)
        for i in ids
        for c in codes
        if i != apart[0] and in_split(i, "test") == half and in_split(c, "test") == half
    )
    shared, kept = "Our own wire sentence, told twice.", "Another sentence of ours."
    (tmp_path / "plover-gsr").mkdir()
    (tmp_path / "plover-gsr" / "PLOVER_GSR_CAMEO.json").write_text(
        json.dumps(
            [
                {"id": apart[0], "text": shared, "event": "AGREE"},
                {"id": together[0], "text": kept, "event": "AGREE"},
            ]
        ),
        "utf-8",
    )
    (tmp_path / "cameo-codebook").mkdir()
    (tmp_path / "cameo-codebook" / "cameo-codes.utf8.csv").write_text(
        f'code,example\n"{apart[1]}","{shared.upper()}"\n"{together[1]}","{kept}"\n',
        "utf-8",
    )
    split = "test" if in_split(apart[0], "test") else "dev"
    ctx = EvalContext("plover", split=split, data_dir=tmp_path, held_out_only=True)
    dropped = held_out_elsewhere(ctx, codebook_sentences(ctx))
    assert dropped == {"our own wire sentence told twice"}
    other = "dev" if split == "test" else "test"
    back = EvalContext("cameo-examples", split=other, data_dir=tmp_path, held_out_only=True)
    assert "our own wire sentence told twice" in held_out_elsewhere(back, plover_sentences(back))
    # off by default, and never for "all"
    assert (
        held_out_elsewhere(EvalContext("plover", split=split, data_dir=tmp_path), {"x": "y"})
        == set()
    )
    everything = EvalContext("plover", split="all", data_dir=tmp_path, held_out_only=True)
    assert held_out_elsewhere(everything, codebook_sentences(everything)) == set()
