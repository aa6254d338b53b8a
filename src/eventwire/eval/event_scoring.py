"""Scoring shared by the event evaluations: run the pipeline, reduce events to tuples, match.

Conventions of all three event evaluations: hypothetical, question and negated events are not
scored (nothing happened); compound actors are scored as pairs; a gold event without a target
matches a prediction on source and label alone; gold country codes are read as ours
(``eval.codes``: "JAP" is "JPN"). Confusions name the kind of each error, so the most frequent
kinds say where work should go.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.eval import EvalContext
from eventwire.eval.metrics import DocScore, match_one_to_one
from eventwire.extract.actors import extract_actors
from eventwire.extract.events import EventOptions, extract_events
from eventwire.extract.quotes import extract_quotes
from eventwire.extract.time import normalize_times
from eventwire.models import Article, Event, ParsedArticle

UNSCORED = frozenset({"hypothetical", "question"})


@dataclass(frozen=True, slots=True)
class Coded:
    """One scored event: source and target countries and a label (CAMEO root, code or type)."""

    source: str | None
    target: str | None
    label: str


def run_events(
    ctx: EvalContext, articles: Sequence[Article], options: EventOptions | None = None
) -> list[tuple[ParsedArticle, list[Event]]]:
    """Parse in a batch and run every stage; ``options`` overrides the event settings."""
    pipe = ctx.pipeline
    out: list[tuple[ParsedArticle, list[Event]]] = []
    for parsed in pipe.annotator.annotate_many(articles):
        if options is None:
            out.append((parsed, list(pipe.extract(parsed).events)))
            continue
        timexes = normalize_times(parsed, parsed.article.published)
        actors = extract_actors(parsed, pipe.dictionary)
        quotes = extract_quotes(parsed, actors, pipe.cues)
        events = extract_events(parsed, actors, timexes, quotes, pipe.patterns, options)
        out.append((parsed, events))
    return out


def scored(events: Iterable[Event]) -> list[Event]:
    """Events that assert something happened (or was promised or threatened)."""
    return [e for e in events if e.modality not in UNSCORED and not e.negated]


def _depth(parsed: ParsedArticle, i: int) -> int:
    toks = parsed.tokens
    d = 0
    while toks[i].head != i and d < 64:
        i = toks[i].head
        d += 1
    return d


def primary_event(parsed: ParsedArticle, events: Sequence[Event]) -> Event | None:
    """The sentence's main act: a coded act over a plain statement, one of the main clause
    over one told as background (``_background``), then the trigger highest in the tree, then
    the earliest."""
    if not events:
        return None
    index = {t.start: t.i for t in parsed.tokens}

    def rank(e: Event) -> tuple[int, int, int, int, int]:
        i = index.get(e.trigger.start, 0)
        unscored = e.modality in UNSCORED or e.negated
        return (
            int(e.cameo.code == "010"),
            int(unscored),
            int(_background(parsed, i)),
            _depth(parsed, i),
            e.trigger.start,
        )

    return min(events, key=rank)


def _marked(parsed: ParsedArticle, i: int) -> bool:
    """Whether clause ``i`` opens with a subordinating word ("after", "as", "when")."""
    return any(t.head == i and t.dep == "mark" for t in parsed.tokens[:i])


# Prepositions whose object is the setting of the main act: "despite objections from X",
# "after a round of talks", "during a visit to Kuwait".
_SETTING_PREPS = frozenset(
    {"despite", "after", "before", "since", "following", "amid", "during", "under"}
)


def _background(parsed: ParsedArticle, i: int) -> bool:
    """Whether token ``i`` is told as background to the main clause: inside a description of
    a noun (a relative clause, a participle, an apposition: "Iran, angered by a ruling that
    blamed its leaders, threatened"), an adverbial clause ("Speaking after talks in
    Belgrade, the envoy said"), or a setting phrase ("despite objections from Washington")."""
    toks = parsed.tokens
    for _ in range(64):
        t = toks[i]
        if t.head == i:
            return False
        head = toks[t.head]
        if t.dep in ("relcl", "appos"):
            return True
        if t.dep == "advcl" and (i < t.head or _marked(parsed, i)):
            # "Speaking after talks, the envoy said", "as his motorcade drove in"; not the
            # trailing "..., Chavez said, accusing Washington of meddling"
            return True
        if t.dep == "acl" and t.tag in ("VBG", "VBN"):
            return True
        if t.dep == "pobj" and head.lemma.lower() in _SETTING_PREPS and head.dep == "prep":
            return True
        i = t.head
    return False


def score_tuples(
    doc: DocScore,
    metric: str,
    gold: Sequence[Coded],
    pred: Sequence[Coded],
    confusions: Counter[str] | None = None,
) -> None:
    """Count true/false positives for one document; a targetless gold ignores the target."""
    pred = list(dict.fromkeys(pred))

    def matches(g: Coded, p: Coded) -> bool:
        return (
            g.label == p.label
            and g.source == p.source
            and (g.target is None or g.target == p.target)
        )

    pairs = match_one_to_one(gold, pred, matches)
    tp = len(pairs)
    doc.count(metric, tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)
    if confusions is None:
        return
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    left_pred = [p for k, p in enumerate(pred) if k not in matched_pred]
    for k, g in enumerate(gold):
        if k in matched_gold:
            continue
        confusions[_error_kind(g, left_pred)] += 1
    for p in left_pred:
        if not any(_error_kind(g, [p]) != f"missed {g.label}" for g in gold):
            confusions[f"spurious {p.label}"] += 1


def _error_kind(g: Coded, preds: Sequence[Coded]) -> str:
    for p in preds:
        if p.source == g.source and (g.target is None or p.target == g.target):
            return f"{g.label} coded as {p.label}"
    for p in preds:
        if p.label == g.label:
            if p.source != g.source:
                return "missing source" if p.source is None else "wrong source"
            return "missing target" if p.target is None else "wrong target"
    return f"missed {g.label}"
