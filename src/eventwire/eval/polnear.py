"""PolNeAR attribution relations: quote content, source and cue against brat standoff gold.

Layout (``--path`` scores any folder in it): ``text/NAME.txt`` and ``attributions/NAME.ann``
or ``NAME_ANNOTATOR.ann``; where several annotators' files exist the first by name is gold.
Each ``E`` line ties Source, Cue and Content (possibly several, possibly discontinuous) spans.

Rules (fixed by the issue, so figures compare with peers scored the same way):

- A gold attribution is direct when its content lies entirely inside quotation marks once
  edge punctuation is trimmed; the rest are indirect or mixed.
- Spans match on any character overlap, one to one (a maximum matching, so one long quote
  cannot starve two short ones).
- Source metrics count only gold attributions that have a source; a prediction then needs its
  content to match and its speaker to overlap the gold source.
- For the direct metrics a predicted direct quote that overlaps only indirect or mixed gold is
  neither a hit nor a false positive.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval import EvalContext
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.extract.actors import extract_actors
from eventwire.extract.quotes import extract_quotes
from eventwire.models import Article, Quote

METRICS = ["direct_content", "direct_source", "all_content", "all_source", "cue"]
Ranges = tuple[tuple[int, int], ...]
_DOUBLE = re.compile(r"``|''|[\"“”«»„]")
_EDGE_MARKS = ("“", "”", '"', "''", "``", "«", "»", "„", "‘", "’")
_TRIM = " \t\n\u00a0,.;:!?—–-…()"


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Ranges
    source: Ranges
    cue: Ranges
    direct: bool


def read_brat(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one ``.ann`` file (text-bound ``T`` lines joined by ``E`` lines)."""
    spans: dict[str, Ranges] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = tuple(
                (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
            )
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, ref = arg.split(":", 1)
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    gold = []
    for roles in events:
        content = tuple(r for ref in roles.get("Content", []) for r in spans.get(ref, ()))
        if not content:
            continue
        source = tuple(r for ref in roles.get("Source", []) for r in spans.get(ref, ()))
        cue = tuple(r for ref in roles.get("Cue", []) for r in spans.get(ref, ()))
        gold.append(GoldAttribution(content, source, cue, is_direct(text, content)))
    return gold


def is_direct(text: str, content: Ranges) -> bool:
    """Whether every piece of content lies inside quotation marks, edge punctuation aside."""
    return all(_piece_is_quoted(text, start, end) for start, end in content)


def _piece_is_quoted(text: str, start: int, end: int) -> bool:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start >= end:
        return False
    opened = text.startswith(_EDGE_MARKS, start)
    if opened:
        start += 2 if text.startswith(("''", "``"), start) else 1
    else:  # the marks may sit just outside the annotated span
        k = start - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        opened = k >= 0 and text[k] in "“\"‘«„'`"
    closed = text.endswith(_EDGE_MARKS, 0, end)
    if closed:
        end -= 2 if text.endswith(("''", "``"), 0, end) else 1
    else:
        k = end
        while k < len(text) and text[k] in _TRIM:
            k += 1
        closed = k < len(text) and text[k] in "”\"’»'"
    if not (opened and closed):
        return False
    inside = True  # walk the interior: text between a closer and the next opener is unquoted
    last = start
    for match in _DOUBLE.finditer(text, start, end):
        if not inside and any(c.isalnum() for c in text[last : match.start()]):
            return False
        inside = not inside
        last = match.end()
    return inside or not any(c.isalnum() for c in text[last:end])


def _overlaps(a: Ranges, b: Ranges) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def max_matching(n_gold: int, n_pred: int, edge: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): gold index -> prediction index."""
    adjacency = [[p for p in range(n_pred) if edge(g, p)] for g in range(n_gold)]
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in adjacency[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in owner.items()}


@dataclass(frozen=True, slots=True)
class _Pred:
    content: Ranges
    source: Ranges
    cue: Ranges
    direct: bool


def _pred(quote: Quote) -> _Pred:
    speaker = ((quote.speaker.span.start, quote.speaker.span.end),) if quote.speaker else ()
    cue = ((quote.cue.start, quote.cue.end),) if quote.cue else ()
    content = tuple((s.start, s.end) for s in quote.spans)
    return _Pred(content, speaker, cue, quote.kind == "direct")


def _score(
    doc: DocScore,
    metric: str,
    gold: Sequence[GoldAttribution],
    pred: Sequence[_Pred],
    ignore: Sequence[GoldAttribution],
    with_source: bool,
) -> None:
    """Count one metric: ``ignore`` holds gold whose overlap excuses an unmatched prediction."""
    if with_source:
        gold = [g for g in gold if g.source]
        pred = [p for p in pred if p.source]

    def edge(gi: int, pi: int) -> bool:
        g, p = gold[gi], pred[pi]
        return _overlaps(g.content, p.content) and (
            not with_source or _overlaps(g.source, p.source)
        )

    pairs = max_matching(len(gold), len(pred), edge)
    used = set(pairs.values())
    fp = 0
    for pi, p in enumerate(pred):
        if pi in used:
            continue
        excused = any(_overlaps(g.content, p.content) for g in ignore) and not any(
            _overlaps(g.content, p.content) for g in gold
        )
        fp += not excused
    doc.count(metric, tp=len(pairs), fp=fp, fn=len(gold) - len(pairs))


def score_document(doc_id: str, gold: list[GoldAttribution], quotes: Sequence[Quote]) -> DocScore:
    """Every PolNeAR metric for one document."""
    doc = DocScore(doc_id, n_gold=len(gold), n_pred=len(quotes))
    pred = [_pred(q) for q in quotes]
    direct_gold = [g for g in gold if g.direct]
    other_gold = [g for g in gold if not g.direct]
    direct_pred = [p for p in pred if p.direct]
    no_source = [g for g in gold if not g.source]
    _score(doc, "direct_content", direct_gold, direct_pred, other_gold, with_source=False)
    _score(
        doc,
        "direct_source",
        direct_gold,
        direct_pred,
        other_gold + [g for g in direct_gold if not g.source],
        with_source=True,
    )
    _score(doc, "all_content", gold, pred, [], with_source=False)
    _score(doc, "all_source", gold, pred, no_source, with_source=True)
    cue_gold = [g for g in gold if g.cue]
    cue_pred = [p for p in pred if p.cue]
    pairs = max_matching(
        len(cue_gold), len(cue_pred), lambda g, p: _overlaps(cue_gold[g].cue, cue_pred[p].cue)
    )
    doc.count("cue", tp=len(pairs), fp=len(cue_pred) - len(pairs), fn=len(cue_gold) - len(pairs))
    return doc


def load_documents(root: Path) -> list[tuple[str, str, Path]]:
    """(name, text, gold file) for each text with an annotation file; first annotator wins."""
    texts = {p.stem: p for p in sorted((root / "text").glob("*.txt"))}
    gold: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem if ann.stem in texts else ann.stem.rsplit("_", 1)[0]
        if stem in texts and stem not in gold:
            gold[stem] = ann
    docs = []
    for stem, ann in sorted(gold.items()):
        with open(texts[stem], encoding="utf-8", newline="") as handle:
            docs.append((stem, handle.read(), ann))  # raw text: gold offsets index it as is
    return docs


def evaluate(ctx: EvalContext) -> EvalReport:
    root = ctx.data("polnear-test")
    docs = [d for d in load_documents(root) if ctx.keep(d[0])]
    pipeline = ctx.pipeline
    articles = [Article(id=stem, text=text, source_id=stem) for stem, text, _ in docs]
    scores: list[DocScore] = []
    confusions: Counter[str] = Counter()
    seconds: list[float] = []
    gold_by_id = {stem: (text, ann) for stem, text, ann in docs}
    for parsed in pipeline.annotator.annotate_many(articles):
        text, ann = gold_by_id[parsed.article.id]
        gold = read_brat(ann, text)
        actors = extract_actors(parsed, pipeline.dictionary)
        start = time.perf_counter()
        quotes = extract_quotes(parsed, actors, pipeline.cues)
        seconds.append(time.perf_counter() - start)
        scores.append(score_document(parsed.article.id, gold, quotes))
        _confuse(confusions, gold, quotes)
    return EvalReport(
        dataset=ctx.dataset,
        split=ctx.split,
        docs=scores,
        prf_metrics=METRICS,
        confusions=confusions,
        notes={
            "gold_direct": sum(g.direct for _, t, a in docs for g in read_brat(a, t)),
            "quotes_ms_per_article_median": round(1000 * statistics.median(seconds or [0.0]), 3),
        },
    )


def _confuse(
    confusions: Counter[str], gold: list[GoldAttribution], quotes: Sequence[Quote]
) -> None:
    """Kind errors over content-matched pairs: "direct -> mixed", "indirect/mixed -> direct"."""
    pred = [_pred(q) for q in quotes]
    pairs = max_matching(
        len(gold), len(pred), lambda g, p: _overlaps(gold[g].content, pred[p].content)
    )
    for g, p in pairs.items():
        if gold[g].direct != pred[p].direct:
            gold_kind = "direct" if gold[g].direct else "indirect/mixed"
            confusions[f"{gold_kind} -> {quotes[p].kind}"] += 1
