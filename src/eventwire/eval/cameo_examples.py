"""``eventwire eval cameo-examples``: the CAMEO codebook's own example sentences.

Each code's example sentence should be coded with that code. The sentence's main event
(``event_scoring.primary_event``) is compared with the code (``code_accuracy``) and its root
(``root_accuracy``). This measures coding, not actor recognition: plain statements are coded
(the codebook has 01 codes) and events are kept even where no actor was recognised.
"""

from __future__ import annotations

import csv
from collections import Counter

from eventwire.eval import EvalContext
from eventwire.eval.event_scoring import primary_event, run_events
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.eval.shared import held_out_elsewhere, plover_sentences, sentence_key
from eventwire.extract.events import EventOptions
from eventwire.models import Article

FILE = "cameo-codes.utf8.csv"
NONE = "none"


def read_examples(text: str) -> list[tuple[str, str]]:
    """(code, example sentence) for every code with an example."""
    rows = csv.DictReader(text.splitlines())
    out: list[tuple[str, str]] = []
    for row in rows:
        example = (row.get("example") or "").strip()
        code = (row.get("code") or "").strip()
        if example and example != "NA" and code:
            out.append((code, " ".join(example.split())))
    return out


def evaluate(ctx: EvalContext) -> EvalReport:
    path = ctx.data("cameo-codebook", FILE)
    half = [(c, s) for c, s in read_examples(path.read_text("utf-8")) if ctx.keep(c)]
    elsewhere = held_out_elsewhere(ctx, plover_sentences(ctx))
    examples = [(c, s) for c, s in half if sentence_key(s) not in elsewhere]
    dropped = len(half) - len(examples)
    articles = [Article(id=f"cameo-{c}", text=s, source_id=c) for c, s in examples]
    options = EventOptions(code_statements=True, require_actor=False)
    confusions: Counter[str] = Counter()
    docs: list[DocScore] = []
    for (code, _), (parsed, events) in zip(
        examples, run_events(ctx, articles, options), strict=True
    ):
        doc = DocScore(code)
        main = primary_event(parsed, events)
        predicted = main.cameo.code if main else NONE
        root = main.cameo.root if main else NONE
        doc.judge("root_accuracy", root == code[:2])
        doc.judge("code_accuracy", predicted == code)
        if root != code[:2]:
            confusions[f"root {code[:2]} -> {root}"] += 1
        doc.n_gold = 1
        doc.n_pred = len(events)
        docs.append(doc)
    return EvalReport(
        dataset="cameo-examples",
        split=ctx.split,
        docs=docs,
        accuracy_metrics=["root_accuracy", "code_accuracy"],
        confusions=confusions,
        notes={"examples": len(examples), **({"held_out_only": dropped} if dropped else {})},
    )
