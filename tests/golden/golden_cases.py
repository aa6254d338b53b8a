"""Golden extraction cases: articles we wrote, with what a careful CAMEO coder would code.

Each case is ``extract/NAME.txt`` (an article with header lines) next to
``extract/NAME.expected.json``::

    {"about": "...",
     "must": [{"root": "05", "code": "057", "source": "RUSGOV", "target": "VEN",
               "date": "2025-10-27", "trigger": "signed"}],
     "must_not": [{"source": "USA", "trigger": "destabilizing"}],
     "quotes_must": [{"speaker": "RUSGOV", "text": "very important"}],
     "timexes_must": [{"text": "last week", "value": "2025-W43"}]}

Fields are compared only where given. A string field may also be a list of alternatives (any
one matches). ``root``/``code``/``plover``/``modality`` compare exactly; ``source``/``target``
are prefixes of the actor's code (its country where it has no code); ``date`` equals the
event's TIMEX3 value or, for an ISO day, falls inside the event's ``[start, end]``;
``trigger`` matches a word or phrase of the trigger text in either direction; ``sentence`` is a
substring of the event's sentence. Each ``must`` entry needs its own event (one-to-one); no
event may match a ``must_not`` entry. ``note`` is for the reviewer and never compared.

Shared by ``test_golden.py`` and ``score.py`` so the test and the progress report agree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.models import ActorMention, Event, ExtractionResult, Quote, TimeExpression

GOLDEN_DIR = Path(__file__).resolve().parent / "extract"
REPO_ROOT = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]

EVENT_KEYS = frozenset(
    {
        "root",
        "code",
        "plover",
        "source",
        "target",
        "date",
        "negated",
        "modality",
        "trigger",
        "sentence",
        "note",
    }
)
QUOTE_KEYS = frozenset({"speaker", "text", "kind", "stance", "note"})
TIMEX_KEYS = frozenset({"text", "value", "type", "mod", "note"})
CASE_KEYS = frozenset({"about", "must", "must_not", "quotes_must", "timexes_must"})
MODALITIES = frozenset({"asserted", "intended", "threatened", "hypothetical", "question"})

_TIMEX_VALUE = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)(-(\d{2}|W\d{2}|Q[1-4]|SP|SU|FA|WI)(-\d{2})?)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class GoldenCase:
    """One article and its expectations."""

    name: str
    text_path: Path
    about: str
    must: list[Spec]
    must_not: list[Spec]
    quotes_must: list[Spec]
    timexes_must: list[Spec]


def load_cases(folder: Path = GOLDEN_DIR) -> list[GoldenCase]:
    """Every ``NAME.expected.json`` with its ``NAME.txt``, in name order."""
    cases = []
    for expected in sorted(folder.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        data = json.loads(expected.read_text("utf-8"))
        cases.append(
            GoldenCase(
                name=name,
                text_path=folder / f"{name}.txt",
                about=str(data.get("about", "")),
                must=list(data.get("must", [])),
                must_not=list(data.get("must_not", [])),
                quotes_must=list(data.get("quotes_must", [])),
                timexes_must=list(data.get("timexes_must", [])),
            )
        )
    return cases


def run_case(pipeline: Any, case: GoldenCase) -> ExtractionResult:
    """The pipeline's output for the case's article, read as ``eventwire extract`` reads it."""
    from eventwire.ingest.files import read_text_article

    article = read_text_article(case.text_path.read_text("utf-8"), str(case.text_path))
    result: ExtractionResult = pipeline.process(article)
    return result


# --- validation of the expectation files themselves --------------------------------------------


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def validate_case(case: GoldenCase) -> list[str]:
    """Problems with a case's files: unknown keys, codes not in CAMEO, bad dates, and so on."""
    from eventwire.coding.cameo import cameo_table

    table = cameo_table()
    problems: list[str] = []
    raw = json.loads((case.text_path.parent / f"{case.name}.expected.json").read_text("utf-8"))
    problems += [f"unknown top-level key {k!r}" for k in set(raw) - CASE_KEYS]
    if not case.text_path.is_file():
        problems.append(f"missing article {case.text_path.name}")
    if not case.must:
        problems.append("no 'must' entries")
    for where, specs in (("must", case.must), ("must_not", case.must_not)):
        for n, spec in enumerate(specs):
            problems += [f"{where}[{n}]: {p}" for p in _validate_event_spec(spec, table)]
    for n, spec in enumerate(case.quotes_must):
        problems += [f"quotes_must[{n}]: unknown key {k!r}" for k in set(spec) - QUOTE_KEYS]
        if not spec.get("text"):
            problems.append(f"quotes_must[{n}]: needs 'text'")
    for n, spec in enumerate(case.timexes_must):
        problems += [f"timexes_must[{n}]: unknown key {k!r}" for k in set(spec) - TIMEX_KEYS]
        if not spec.get("text") or not _valid_timex(str(spec.get("value", ""))):
            problems.append(f"timexes_must[{n}]: needs 'text' and a TIMEX3 'value'")
    return problems


def _validate_event_spec(spec: Spec, table: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {k!r}" for k in set(spec) - EVENT_KEYS]
    if not set(spec) - {"note"}:
        problems.append("matches every event")
    roots = _options(spec["root"]) if "root" in spec else []
    for root in roots:
        if not (isinstance(root, str) and len(root) == 2 and root in table):
            problems.append(f"root {root!r} is not a 2-digit CAMEO root string")
    for code in _options(spec["code"]) if "code" in spec else []:
        if code not in table:
            problems.append(f"code {code!r} is not CAMEO")
        elif roots and code[:2] not in roots:
            problems.append(f"code {code!r} is not under root {roots}")
        elif "plover" in spec and table[code].plover not in _options(spec["plover"]):
            problems.append(f"plover {spec['plover']!r} is not CAMEO {code}'s PLOVER type")
    for value in _options(spec["date"]) if "date" in spec else []:
        if not _valid_timex(str(value)):
            problems.append(f"date {value!r} is not a TIMEX3 date value")
    for modality in _options(spec["modality"]) if "modality" in spec else []:
        if modality not in MODALITIES:
            problems.append(f"modality {modality!r} unknown")
    if "negated" in spec and not isinstance(spec["negated"], bool):
        problems.append("negated must be true or false")
    return problems


def _valid_timex(value: str) -> bool:
    if not _TIMEX_VALUE.match(value):
        return False
    if _ISO_DAY.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


# --- matching ----------------------------------------------------------------------------------


def _actor_code(actor: ActorMention | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.country


def _prefix_match(prefixes: Any, actor: ActorMention | None) -> bool:
    code = _actor_code(actor)
    return code is not None and any(code.startswith(str(p)) for p in _options(prefixes))


def _trigger_match(expected: Any, trigger: str) -> bool:
    """The expected word or phrase inside the trigger text, or the trigger inside it."""
    found = trigger.casefold().strip()
    for option in _options(expected):
        want = str(option).casefold().strip()
        if not want or not found:
            continue
        if re.search(rf"\b{re.escape(want)}\b", found) or re.search(
            rf"\b{re.escape(found)}\b", want
        ):
            return True
    return False


def _date_match(expected: Any, event: Event) -> bool:
    date = event.date
    if date is None:
        return False
    for option in _options(expected):
        value = str(option)
        if value == date.value:
            return True
        if _ISO_DAY.match(value) and date.start <= dt.date.fromisoformat(value) <= date.end:
            return True
    return False


def event_matches(spec: Spec, event: Event, result: ExtractionResult) -> bool:
    """Whether ``event`` satisfies every field ``spec`` gives."""
    checks: dict[str, Callable[[Any], bool]] = {
        "root": lambda v: event.cameo.root in _options(v),
        "code": lambda v: event.cameo.code in _options(v),
        "plover": lambda v: event.cameo.plover in _options(v),
        "source": lambda v: _prefix_match(v, event.source),
        "target": lambda v: _prefix_match(v, event.target),
        "date": lambda v: _date_match(v, event),
        "negated": lambda v: event.negated is bool(v),
        "modality": lambda v: event.modality in _options(v),
        "trigger": lambda v: _trigger_match(v, event.trigger.text),
        "sentence": lambda v: str(v) in _sentence_text(result, event.sentence),
    }
    return all(check(spec[key]) for key, check in checks.items() if key in spec)


def _sentence_text(result: ExtractionResult, index: int) -> str:
    for sentence in result.sentences:
        if sentence.index == index:
            return sentence.text
    return ""


def assign(
    specs: Sequence[Spec], events: Sequence[Event], result: ExtractionResult
) -> dict[int, int]:
    """A maximum one-to-one assignment of specs to matching events (spec index -> event index).

    Kuhn's augmenting paths: a greedy first match could take the event a later, stricter spec
    needs (two ``057`` signings told apart only by date), and report a false miss.
    """
    candidates = [
        [j for j, event in enumerate(events) if event_matches(spec, event, result)]
        for spec in specs
    ]
    owner: dict[int, int] = {}  # event index -> spec index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(specs)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _normalize(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split())


def _quote_text(quote: Quote) -> str:
    return " ".join([quote.span.text, *(s.text for s in quote.spans)])


def quote_matches(spec: Spec, quote: Quote) -> bool:
    if "speaker" in spec and not _prefix_match(spec["speaker"], quote.speaker):
        return False
    if "kind" in spec and quote.kind not in _options(spec["kind"]):
        return False
    if "stance" in spec and quote.stance not in _options(spec["stance"]):
        return False
    return _normalize(str(spec["text"])) in _normalize(_quote_text(quote))


def timex_matches(spec: Spec, timex: TimeExpression) -> bool:
    if _normalize(str(spec["text"])) not in _normalize(timex.span.text):
        return False
    if "type" in spec and timex.type != spec["type"]:
        return False
    if "mod" in spec and timex.mod != spec["mod"]:
        return False
    return timex.value in [str(v) for v in _options(spec["value"])]


# --- checking one case ---------------------------------------------------------------------------


@dataclass
class CaseReport:
    """What one case got right and wrong."""

    case: GoldenCase
    result: ExtractionResult
    must_hits: dict[int, int] = field(default_factory=dict)
    violations: list[tuple[Spec, Event]] = field(default_factory=list)
    quote_misses: list[Spec] = field(default_factory=list)
    timex_misses: list[Spec] = field(default_factory=list)

    @property
    def must_missed(self) -> list[Spec]:
        return [s for i, s in enumerate(self.case.must) if i not in self.must_hits]


def check_case(case: GoldenCase, result: ExtractionResult) -> CaseReport:
    events = list(result.events)
    report = CaseReport(case, result, must_hits=assign(case.must, events, result))
    report.violations = [
        (spec, event)
        for spec in case.must_not
        for event in events
        if event_matches(spec, event, result)
    ]
    report.quote_misses = [
        spec for spec in case.quotes_must if not any(quote_matches(spec, q) for q in result.quotes)
    ]
    report.timex_misses = [
        spec
        for spec in case.timexes_must
        if not any(timex_matches(spec, t) for t in result.timexes)
    ]
    return report


# --- readable output -----------------------------------------------------------------------------


def describe_spec(spec: Spec) -> str:
    fields = [f"{k}={spec[k]!r}" for k in spec if k != "note"]
    note = f"   # {spec['note']}" if "note" in spec else ""
    return "{" + ", ".join(fields) + "}" + note


def _describe_actor(actor: ActorMention | None) -> str:
    if actor is None:
        return "-"
    return f"{_actor_code(actor) or '?'}({actor.span.text!r})"


def describe_event(event: Event, result: ExtractionResult) -> str:
    date = event.date.value if event.date else "undated"
    flags = (" NEG" if event.negated else "") + (
        f" {event.modality}" if event.modality != "asserted" else ""
    )
    sentence = _sentence_text(result, event.sentence).replace("\n", " ")
    if len(sentence) > 110:
        sentence = sentence[:107] + "..."
    return (
        f"{event.cameo.code} {event.cameo.name} [{event.cameo.plover or '-'}] "
        f"{_describe_actor(event.source)} -> {_describe_actor(event.target)} "
        f"date={date} trigger={event.trigger.text!r}{flags}\n      s{event.sentence}: {sentence}"
    )


def format_events(report: CaseReport) -> str:
    events = report.result.events
    if not events:
        return "  (no events extracted)"
    return "\n".join(f"  - {describe_event(e, report.result)}" for e in events)


def format_must_failure(report: CaseReport) -> str:
    missed = report.must_missed
    lines = [
        f"{report.case.name}: {len(missed)} of {len(report.case.must)} expected events not found",
        "expected but missing:",
        *(f"  - {describe_spec(s)}" for s in missed),
        "events found:",
        format_events(report),
    ]
    return "\n".join(lines)


def format_violations(report: CaseReport) -> str:
    lines = [f"{report.case.name}: {len(report.violations)} events that must not be coded"]
    for spec, event in report.violations:
        lines.append(f"  - must_not {describe_spec(spec)}")
        lines.append(f"    matched {describe_event(event, report.result)}")
    return "\n".join(lines)


def format_quote_failure(report: CaseReport) -> str:
    lines = [f"{report.case.name}: quotes not found:"]
    lines += [f"  - {describe_spec(s)}" for s in report.quote_misses]
    lines.append("quotes found:")
    for q in report.result.quotes or ():
        speaker = _describe_actor(q.speaker)
        lines.append(f"  - {speaker} {q.kind}/{q.stance}: {q.span.text[:100]!r}")
    if not report.result.quotes:
        lines.append("  (no quotes extracted)")
    return "\n".join(lines)


def format_timex_failure(report: CaseReport) -> str:
    lines = [f"{report.case.name}: time expressions not found:"]
    lines += [f"  - {describe_spec(s)}" for s in report.timex_misses]
    lines.append("time expressions found:")
    for t in report.result.timexes or ():
        lines.append(f"  - {t.span.text!r} {t.type} {t.value}" + (f" mod={t.mod}" if t.mod else ""))
    if not report.result.timexes:
        lines.append("  (no time expressions extracted)")
    return "\n".join(lines)
