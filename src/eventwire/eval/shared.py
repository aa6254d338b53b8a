"""Sentences two gold sets share: the PLOVER records were taken from the CAMEO manual, and 195
of them are also the codebook's examples, split by record id in one evaluation and by CAMEO
code in the other. So a sentence can be tuned on as one set's ``dev`` and scored as the other's
``test``. ``--held-out-only`` drops from each set's half the sentences the other set puts in
the other half; the default keeps every record, as earlier figures were measured."""

from __future__ import annotations

import json
import re

from eventwire.eval import EvalContext
from eventwire.eval.metrics import in_split

_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def sentence_key(text: str) -> str:
    """The sentence as both sets write it: case, spacing and punctuation aside."""
    return _NOT_LETTERS.sub(" ", text.lower()).strip()


def plover_sentences(ctx: EvalContext) -> dict[str, str]:
    """Sentence key -> PLOVER record id, or nothing when the file is not there."""
    from eventwire.eval.plover import FILE  # (plover imports this module)

    path = ctx.data_dir / "plover-gsr" / FILE
    if not path.exists():
        return {}
    raw = json.loads(path.read_text("utf-8"))
    return {
        sentence_key(r["text"]): r["id"]
        for r in raw
        if isinstance(r, dict) and r.get("text") and r.get("id")
    }


def codebook_sentences(ctx: EvalContext) -> dict[str, str]:
    """Sentence key -> CAMEO code of the codebook example, or nothing when it is not there."""
    from eventwire.eval.cameo_examples import FILE, read_examples  # (it imports this module)

    path = ctx.data_dir / "cameo-codebook" / FILE
    if not path.exists():
        return {}
    return {sentence_key(s): code for code, s in read_examples(path.read_text("utf-8"))}


def held_out_elsewhere(ctx: EvalContext, others: dict[str, str]) -> set[str]:
    """Of ``others`` (sentence key -> record id or code in the other set), the sentences that
    set scores in the other half, to drop from ``ctx``'s: none unless ``--held-out-only`` is
    asked for a half of the set's own file (not ``--path`` data, nor ``all``)."""
    if not ctx.held_out_only or ctx.split == "all" or ctx.path is not None:
        return set()
    return {key for key, ident in others.items() if not in_split(ident, ctx.split)}
