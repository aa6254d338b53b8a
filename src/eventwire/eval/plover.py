"""``eventwire eval plover``: the PLOVER gold-standard records (edited CAMEO-manual examples).

Each record is one sentence with one event: source and target actors (ISO-3 codes, compound
actors as lists) and a PLOVER 0.5 event type, mapped to the current names (DEMAND is REQUEST,
DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT); an event of the two CAMEO codes the
0.5 table typed otherwise than the current one (``TYPE_IN_05``) is scored under 0.5's type.
Scored: ``type_accuracy`` (the sentence's main event has the gold type), ``type_macro`` (F1 per
type averaged, types reported under ``per_type``) and ``event_type`` (source country, target
country, type; compound actors as pairs; a gold event without a target matches on source and
type). Each record codes the one
main event of its sentence, so the prediction scored is the sentence's main event (with every
source-target pair it has); its other events are neither right nor wrong by this gold. Countries
are read as the records write them: a named international NGO is an IGO there (see
``eventwire.eval.actors``).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from eventwire.eval import EvalContext
from eventwire.eval.actors import plover_country
from eventwire.eval.codes import country_of_code
from eventwire.eval.event_scoring import (
    Coded,
    primary_event,
    run_events,
    score_tuples,
    scored,
)
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.eval.shared import codebook_sentences, held_out_elsewhere, sentence_key
from eventwire.models import ActorMention, Article, Event

FILE = "PLOVER_GSR_CAMEO.json"
# PLOVER 0.5 (2016) names -> the current ones
RENAMED = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# CAMEO codes the records' version typed otherwise than the 2021 table (draft 0.8) eventwire's
# events carry. The records were coded in December 2016 under the specification current then
# (their readme); its CAMEO table (openeventdata/PLOVER, cameo/CAMEO-PLOV.txt) and its manual
# (PLOVER_Manual.tex, draft 0.6b2 of late 2016) say:
# - sanctions imposed were SANCTION and property destroyed COERCE (the table);
# - CONCEDE covered "easing of administrative or legal restrictions ... remove curfews": a
#   curfew or a state of emergency eased (0813, 0814), which 2021 moved to RETREAT;
# - "RETREAT also covers resignations of government officials" (0831, 2021's CONCEDE);
# - FIGHT, whose records are scored ASSAULT, "refers to military occupations that have been or
#   are being carried out" (192, 2021's COERCE);
# - COERCE was "repression, violence against civilians", and ASSAULT had no abduction mode:
#   people abducted or held as shields (181, 184) were COERCE (ASSAULT in 2021).
# Each of these is what the dev records that carry it code. An event of these codes is scored
# under the records' type, as the names above are; the events keep the 2021 types.
TYPE_IN_05 = {
    "163": "SANCTION",
    "1712": "COERCE",
    "0813": "CONCEDE",
    "0814": "CONCEDE",
    "0831": "RETREAT",
    "192": "ASSAULT",
    "181": "COERCE",
    "184": "COERCE",
}
NONE = "NONE"


def _actors(value: Any) -> list[str | None]:
    if not value or not isinstance(value, list):
        return []
    return [country_of_code(a.get("code")) for a in value if isinstance(a, dict)]


def gold_tuples(record: dict[str, Any], label: str) -> list[Coded]:
    """One tuple per source-target pair of the record (domestic pairs such as ZWE->ZWE too)."""
    sources = _actors(record.get("source")) or [None]
    targets = _actors(record.get("target")) or [None]
    return [Coded(s, t, label) for s in sources for t in targets]


def evaluate(ctx: EvalContext) -> EvalReport:
    path = ctx.data("plover-gsr", FILE)
    raw = json.loads(path.read_text("utf-8"))
    half = [
        r
        for r in raw
        if r.get("event") not in (None, "DOCUMENT") and r.get("text") and ctx.keep(r["id"])
    ]
    elsewhere = held_out_elsewhere(ctx, codebook_sentences(ctx))
    records = [r for r in half if sentence_key(r["text"]) not in elsewhere]
    dropped = len(half) - len(records)
    articles = [Article(id=r["id"], text=r["text"], source_id=r["id"]) for r in records]
    confusions: Counter[str] = Counter()
    docs: list[DocScore] = []
    for record, (parsed, events) in zip(records, run_events(ctx, articles), strict=True):
        gold_type = RENAMED.get(record["event"], record["event"])
        doc = DocScore(record["id"])
        typed = [e for e in scored(events) if e.cameo.plover]
        main = primary_event(parsed, typed)
        predicted = _type(main) if main else NONE
        doc.judge("type_accuracy", predicted == gold_type)
        if predicted == gold_type:
            doc.count_label("type_macro", gold_type, tp=1)
        else:
            doc.count_label("type_macro", gold_type, fn=1)
            if predicted != NONE:
                doc.count_label("type_macro", predicted, fp=1)
            confusions[f"type {gold_type} -> {predicted}"] += 1
        gold = gold_tuples(record, gold_type)
        # the gold codes one event per sentence: score the main event, with all its pairs
        main_events = [e for e in typed if main is not None and e.trigger == main.trigger]
        pred = [Coded(_c(e.source), _c(e.target), _type(e)) for e in main_events]
        score_tuples(doc, "event_type", gold, pred, confusions)
        doc.n_gold = len(gold)
        doc.n_pred = len(set(pred))
        docs.append(doc)
    return EvalReport(
        dataset="plover",
        split=ctx.split,
        docs=docs,
        prf_metrics=["event_type"],
        accuracy_metrics=["type_accuracy"],
        macro_metrics=["type_macro"],
        per_label="type_macro",
        confusions=confusions,
        notes={
            "records": len(records),
            "renamed": RENAMED,
            "type_in_0.5": TYPE_IN_05,
            **({"held_out_only": dropped} if dropped else {}),
        },
    )


def _type(event: Event) -> str:
    """The event's PLOVER type as the records' version (0.5) has its CAMEO code."""
    return TYPE_IN_05.get(event.cameo.code) or event.cameo.plover or ""


def _c(actor: ActorMention | None) -> str | None:
    """The actor's country as the gold writes it (a named NGO is an IGO there)."""
    return plover_country(actor)
