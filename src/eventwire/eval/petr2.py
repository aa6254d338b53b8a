"""``eventwire eval petr2-gsr``: PETRARCH-2 validation records (reviewed CAMEO codings).

The file is not well-formed XML (self-closed ``<Sentence .../>`` followed by its children), so
records are read with regular expressions: each ``<Sentence>`` opening tag starts a record that
runs to the next one. A record's ``EventCoding`` elements give source, target and event codes;
``noevents="True"`` says nothing should be coded, so any prediction there is a false positive.
Scored: ``event_root`` (source country, target country, CAMEO root) and ``event_code`` (full
code), micro P/R/F1 over sentences.

The codings began as PETRARCH-2's output, so they keep its conventions, and the records are
coded under the four of them that eventwire has as settings (all off by default): a state's
report of another's force is also the state's accusation of the doer
(``reported_force_as_accusation``: "Ukraine's army shelled the town, Russia said" is Russia
accusing Ukraine, 112, besides the shelling), and a claim whose speaker comes first is coded as
the claim alone (``reported_force_claim_only``: "Israel said a mortar bomb was fired at it from
Gaza" is Israel's accusation, 112, with no attack besides; "the US claimed that they had
attacked Iraq" is the claim of responsibility, 015). PETRARCH-2 also reads verb phrases only
(``verb_phrase_events_only``; its design notes, ``Petrarch2.tex`` in openeventdata/petrarch2):
a noun is an act as a verb's matter ("staged a protest"), not as a subject or in a phrase ("the
attacks killed", "after the talks"), a clause describing a noun only helps find actors, and
the uppermost verb gives the coding, so an adverbial clause of a verb that codes an act adds
none ("held talks with Suleiman, offering military support"). By the same notes a verb
phrase under a modal takes the meaning of the verb below it (``modals_read_through``): "will
visit China" is a visit (042), not CAMEO's intent to meet (036), and so is a visit on a
timetable ("is scheduled to meet") and what a promise promises ("pledged to expel": 174).
The report's ``notes`` name the conventions used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from eventwire.eval import EvalContext
from eventwire.eval.actors import countryless_legislature
from eventwire.eval.codes import country_of_code
from eventwire.eval.event_scoring import Coded, run_events, score_tuples, scored
from eventwire.eval.metrics import DocScore, EvalReport
from eventwire.models import ActorMention, Article, ParsedArticle

FILE = "PETR2_GSR_validation.UniversalPetrarch.xml"
_SENTENCE = re.compile(r"<Sentence\s([^>]*)>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
# The event settings under which the gold was coded (see the module's docstring).
PETRARCH_CONVENTIONS = {
    "reported_force_as_accusation": True,
    "reported_force_claim_only": True,
    "verb_phrase_events_only": True,
    "modals_read_through": True,
}


@dataclass(frozen=True, slots=True)
class Petr2Record:
    id: str
    text: str
    date: dt.date | None
    codings: tuple[tuple[str | None, str | None, str], ...]  # source, target, event code


def read_records(raw: str) -> list[Petr2Record]:
    """Every record with text, leniently: a record missing its text is skipped."""
    starts = list(_SENTENCE.finditer(raw))
    records: list[Petr2Record] = []
    for n, m in enumerate(starts):
        body = raw[m.end() : starts[n + 1].start() if n + 1 < len(starts) else len(raw)]
        attrs = dict(_ATTR.findall(m.group(1)))
        text = _TEXT.search(body)
        if not text or "id" not in attrs:
            continue
        codings = []
        for c in _CODING.finditer(body):
            a = dict(_ATTR.findall(c.group(1)))
            if a.get("noevents", "").lower() == "true" or "eventcode" not in a:
                continue
            codings.append(
                (
                    country_of_code(a.get("sourcecode")),
                    country_of_code(a.get("targetcode")),
                    a["eventcode"].strip(),
                )
            )
        date = attrs.get("date", "")
        try:
            published = dt.datetime.strptime(date, "%Y%m%d").date() if date else None
        except ValueError:
            published = None
        records.append(
            Petr2Record(attrs["id"], " ".join(text.group(1).split()), published, tuple(codings))
        )
    return records


def evaluate(ctx: EvalContext) -> EvalReport:
    path = ctx.data("petrarch2-unittest", FILE)
    records = [r for r in read_records(path.read_text("utf-8")) if ctx.keep(r.id)]
    articles = [Article(id=r.id, text=r.text, published=r.date, source_id=r.id) for r in records]
    options = dataclasses.replace(ctx.pipeline.event_options, **PETRARCH_CONVENTIONS)
    confusions: Counter[str] = Counter()
    docs: list[DocScore] = []
    coded = run_events(ctx, articles, options)
    for record, (parsed, events) in zip(records, coded, strict=True):
        doc = DocScore(record.id)
        events = scored(events)
        gold_root = [Coded(s, t, code[:2]) for s, t, code in record.codings]
        gold_code = [Coded(s, t, code) for s, t, code in record.codings]
        source_target = [(_c(e.source, parsed), _c(e.target, parsed)) for e in events]
        pred_root = [Coded(*st, e.cameo.root) for st, e in zip(source_target, events, strict=True)]
        pred_code = [Coded(*st, e.cameo.code) for st, e in zip(source_target, events, strict=True)]
        score_tuples(doc, "event_root", gold_root, pred_root, confusions)
        score_tuples(doc, "event_code", gold_code, pred_code)
        doc.n_gold = len(gold_code)
        doc.n_pred = len(set(pred_code))
        docs.append(doc)
    return EvalReport(
        dataset="petr2-gsr",
        split=ctx.split,
        docs=docs,
        prf_metrics=["event_root", "event_code"],
        confusions=confusions,
        notes={
            "records": len(records),
            "no_event_records": sum(not r.codings for r in records),
            "conventions": sorted(PETRARCH_CONVENTIONS),
        },
    )


def _c(actor: ActorMention | None, parsed: ParsedArticle) -> str | None:
    """The actor's country as the gold codes it: none for a legislature named without a
    country word, as in ``eval petr2-gsr-actors`` (PETRARCH's agents file gives none)."""
    if actor is None or not actor.country or countryless_legislature(actor, parsed):
        return None
    return actor.country
