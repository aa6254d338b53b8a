"""``eventwire eval plover-actors`` and ``petr2-gsr-actors``: actor codes against gold actors.

The normalizer maps each gold set's conventions to ours before comparing:

- ``---`` is no country; a gold actor with neither country nor role is no actor;
- IGO/NGO/IMG codes keep their prefix as the country ("IGOUNO" -> country ``IGO``);
- CAMEO aliases become ISO 3166 alpha-3 (``JAP`` -> ``JPN``, ``ITL`` -> ``ITA``, ...);
- the role is the first sector after the country (``PSEREBHMS`` -> ``REB``; for IGO/NGO codes
  the first known sector, "IGOUNOMIL" -> ``MIL``); a gold actor without a sector (or ``***``)
  matches any role;
- ``country`` compares countries; ``full_code`` compares the country and the first role;
- PLOVER only, from its readme ("Cities in general go to sector CVL; capital cities go to GOV if
  they are the subject or direct object, otherwise CVL"): a city or capital we code by its
  country alone (rule ``dictionary:city``/``dictionary:capital``) is read as ``CVL``; a capital
  acting is already our ``GOV`` (``metonym:capital``); and, as its records code Amnesty
  International, the Red Cross and the Red Crescent ``IGO``, a named NGO of our dictionary is
  read as ``IGO`` (an unnamed "human rights group" stays ``NGO``, as there);
- PETR2 only, from PETRARCH's agents dictionary (``Phoenix.agents.txt`` files DEMONSTRATOR,
  PROTESTER, RIOTER and PICKETER under ``~OPP``): a crowd of protesters that we code ``CVL``, as
  the issue asks, is read as ``OPP``; and (it files CONGRESS, PARLIAMENT, SENATE, LAWMAKER ...
  under ``~LEG``, with no country) a legislature named by those words alone, to which we give
  the story's country or, for "Congress", the US's, is read as ``---LEG``.

**plover-actors** has each actor's text, so gold actors are aligned to our mentions by span. The
gold text is located as the annotator wrote it, which is not always a substring: spacing may
differ ("NATO  peacekeeping troops"), "..." may join two pieces ("Bosnian Serbs ... forces"), and
a coordination may be shortened ("US forces" for "US and British forces"); the words are then
found in order with at most four words between them. Among the mentions overlapping the gold
span the one nearest the span's syntactic head wins (its head, then a modifier of it, then any
token inside), then the one sharing most words with the gold text, then the shortest. A gold
actor is a true positive when its aligned mention carries the right code, a false negative
otherwise; an aligned mention with a wrong code is also a false positive. Mentions of actors the
gold does not annotate (it annotates event participants only) are not scored.

**petr2-gsr-actors** has codes without text, so each sentence's distinct gold actors (distinct
countries, for ``country``) are matched one-to-one against the distinct codes (countries) of our
mentions that are clause participants, as PETRARCH picks sources and targets: subjects, objects,
agents, and the object of a preposition of the verb phrase, places included (PETRARCH takes a
target from any prepositional phrase: "staged a protest in Beijing" is coded with CHN); the
possessor of a nominal and a name compounded with a noun stand where that noun stands ("China's
assistance", "UN inspectors"). A speaker before its content counts, as PETRARCH codes a claim's
speaker as its source, but not the trailing source of a report ("..., officials said"), nor
"according to ...". Only the main clause's participants count (the root's, its complements' and
its conjuncts'): the gold codes about one event a sentence (92 codings for 78 sentences), so the
participants of a relative, adverbial or participial clause ("the group that seized parts of
Iraq", "before leaving for Beijing", "an agreement forced on Qatar by ...") are not among its
sources and targets, unless the main clause names no state ("The release of X came as Israel
announced ..."): the act coded is then a subordinate clause's, and every clause's participants
count. Sentences the gold marks as having no events are skipped.
``notes.recall_any_mention`` gives the recall over all mentions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from eventwire.eval import EvalContext
from eventwire.eval.codes import country_of_code
from eventwire.eval.metrics import DocScore, EvalReport, match_one_to_one
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, Article, ParsedArticle

NON_STATE = frozenset(("IGO", "NGO", "IMG", "MNC", "ISM"))
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "OPP",
        "REB",
        "INS",
        "UAF",
        "BUS",
        "MED",
        "CVL",
        "EDU",
        "LAB",
        "REL",
        "NGO",
        "HLH",
        "PTY",
        "CRM",
        "HRI",
        "REF",
        "SPY",
        "ELI",
        "AGR",
        "ENV",
        "DEV",
        "MOD",
        "RAD",
        "MUS",
        "CHR",
        "JEW",
        "HIN",
        "BUD",
    ]
)
PARTICIPANT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "iobj", "dative", "appos", "attr"))
# PETRARCH reads a target from any prepositional phrase of the verb phrase, places included
# ("staged a protest in Beijing" has the target CHN); only time and concession phrases are not.
PARTICIPANT_PREPS = frozenset(
    (
        "against",
        "with",
        "to",
        "on",
        "at",
        "by",
        "from",
        "for",
        "into",
        "toward",
        "towards",
        "upon",
        "in",
        "over",
        "near",
        "inside",
        "across",
        "throughout",
        "outside",
        "within",
        "between",
        "among",
        "amid",
        "about",
    )
)
METRICS = ["country", "full_code"]
REPORTING = frozenset(("say", "tell", "report", "add", "quote", "note", "state", "announce"))


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalized actor: country (None for ``---``), first role (None = any)."""

    country: str | None
    role: str | None
    text: str = ""
    start: int = -1  # gold span, where the set has one
    end: int = -1

    @property
    def code(self) -> str:
        return f"{self.country or '---'}{self.role or ''}"


def normalize(code: str | None, sector: str | None = None) -> Actor | None:
    """A gold or predicted code in our conventions; ``None`` when it names no actor.

    >>> normalize("JAP", "GOV")
    Actor(country='JPN', role='GOV', text='', start=-1, end=-1)
    >>> normalize("IGOUNOMIL").role
    'MIL'
    """
    code = (code or "").strip().upper()
    if not code:
        return None
    country = country_of_code(code)
    rest = code[3:]
    if sector and sector.strip("* "):
        rest = sector.strip().upper().replace("CIV", "CVL") + rest
    role = _first_role(rest)
    if country is None and role is None:
        return None
    return Actor(country, role)


def _first_role(rest: str) -> str | None:
    groups = [rest[i : i + 3] for i in range(0, len(rest) - 2, 3)]
    if not groups:
        return None
    # regions and groups ("PSEGZA", "IRQKRD") are no role: the first sector code is
    return next((g for g in groups if g in SECTORS), None)


def compatible(gold: Actor, pred: Actor, *, full: bool) -> bool:
    if gold.country != pred.country:
        return False
    if not full or gold.role is None or gold.role == pred.role:
        return True
    # an IGO/NGO code's second part names the body, not a role: "IGOUNO" has none to compare
    return pred.role is None and pred.country in NON_STATE


def predicted(mention: ActorMention) -> Actor | None:
    return normalize(mention.code) if mention.code else None


# The PLOVER gold's readme: "Cities in general go to sector CVL; capital cities go to GOV if
# they are the subject or direct object, otherwise CVL". We code a city that is only a place
# by its country alone (a capital acting is already its government, ``metonym:capital``).
CITY_RULES = frozenset(("dictionary:city", "dictionary:capital"))


def predicted_plover(mention: ActorMention) -> Actor | None:
    """A prediction in the PLOVER gold's terms: a bare city is its civilians (``CVL``), and a
    named international NGO an IGO."""
    actor = predicted(mention)
    if actor is None:
        return None
    if actor.role is None and mention.rule in CITY_RULES:
        return Actor(actor.country, "CVL")
    if actor.country == "NGO" and plover_country(mention) == "IGO":
        return Actor("IGO", actor.role)
    return actor


def plover_country(mention: ActorMention | None) -> str | None:
    """The mention's country as the PLOVER gold writes it. The gold codes the named
    international NGOs (Amnesty International, the Red Cross, the Red Crescent) ``IGO`` and
    keeps ``NGO`` for groups it does not name ("a human rights group") or knows less: a body
    our dictionary names as an NGO is read as an IGO."""
    if mention is None or not mention.country:
        return None
    if mention.country == "NGO" and mention.rule == "dictionary:organization":
        return "IGO"
    return mention.country


# PETRARCH's agents dictionary (Phoenix.agents.txt) files demonstrators, protesters, rioters
# and picketers under the opposition ([~OPP]), where ours, as the issue asks, codes a crowd in
# the street as civilians (CVL). Such a crowd we code CVL is read as OPP against the PETR2 gold.
PETR_OPPOSITION_CROWDS = frozenset(("protester", "protestor", "demonstrator", "rioter", "picketer"))


# The same file files a legislature and its members (CONGRESS, PARLIAMENT, SENATE, LAWMAKER,
# LEGISLATOR, ...) as agents ([~LEG]) with no country: PETRARCH gives one only from a country
# word in the same noun phrase ("the U.S. Congress", "Iranian lawmakers"). A legislature we
# name by such words alone, its country taken from the story or, for "Congress", from the
# US's, is ``---LEG`` against that gold.
PETR_COUNTRYLESS_LEGISLATURES = frozenset(
    (
        "congress",
        "parliament",
        "senate",
        "legislature",
        "assembly",
        "lawmaker",
        "legislator",
        "parliamentarian",
        "senator",
        "congressman",
        "congresswoman",
        "mp",
    )
)


def predicted_petr2(mention: ActorMention, parsed: ParsedArticle) -> Actor | None:
    """A prediction in the PETR2 gold's terms: a crowd of protesters is the opposition, and a
    legislature named without a country word has none."""
    actor = predicted(mention)
    if actor is None:
        return None
    if actor.role == "CVL":
        if parsed.tokens[mention.head].lemma.lower() in PETR_OPPOSITION_CROWDS:
            return Actor(actor.country, "OPP")
    elif actor.role == "LEG" and actor.country and countryless_legislature(mention, parsed):
        return Actor(None, "LEG")
    return actor


def countryless_legislature(mention: ActorMention, parsed: ParsedArticle) -> bool:
    """Whether the mention names a legislature by PETRARCH's country-less agent words alone."""
    if (mention.code or "")[3:6] != "LEG":
        return False
    words = [t for t in parsed.tokens[mention.token_start : mention.token_end] if t.pos != "DET"]
    return bool(words) and all(t.lemma.lower() in PETR_COUNTRYLESS_LEGISLATURES for t in words)


# --- PLOVER ----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|CTX|LOC)\s*:\s*")


def _markup_spans(markup: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text and ``(label, start, end)`` of each tagged chunk of a PLOVER markup string."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = offset = 0
    for m in _TAG.finditer(markup):
        if m.start() < pos:
            continue
        parts.append(markup[pos : m.start()])
        offset += m.start() - pos
        close = markup.find(")", m.end())
        if close < 0:
            break
        chunk = markup[m.end() : close]
        spans.append((m.group(1), offset, offset + len(chunk)))
        parts.append(chunk)
        offset += len(chunk)
        pos = close + 1
    parts.append(markup[pos:])
    return "".join(parts), spans


def _locate(
    text: str, actor_text: str, tagged: list[tuple[int, int]], used: set[int]
) -> tuple[int, int]:
    """Where a gold actor's text lies in the sentence: ``(start, end)``, ``(-1, -1)`` if nowhere.

    The gold text is usually a substring; otherwise it is read as written by an annotator:
    spacing differs ("NATO  peacekeeping troops"), "..." joins two pieces ("Bosnian Serbs ...
    forces"), or words of a coordination are left out ("US forces" for "US and British forces").
    """
    wanted = actor_text.strip()
    for start, end in tagged:
        if text[start:end].strip() == wanted and start not in used:
            return start, end
    for pattern in _gold_patterns(wanted):
        found = pattern.search(text)
        if found:
            return found.start(), found.end()
    return -1, -1


def _gold_patterns(wanted: str) -> list[re.Pattern[str]]:
    """Ever looser patterns for a gold actor text: as written, with any spacing, with its
    "..." pieces in order, with its words in order and at most a few words between them."""
    pieces = [p.split() for p in re.split(r"\.\.\.|…", wanted) if p.split()]
    words = re.findall(r"\w+", wanted)
    out = [re.compile(re.escape(wanted)), re.compile(re.escape(wanted), re.I)]
    out.append(re.compile(r"\s+".join(re.escape(w) for w in wanted.split()), re.I))
    if len(pieces) > 1:
        joined = r".{0,80}?".join(r"\s+".join(re.escape(w) for w in p) for p in pieces)
        out.append(re.compile(joined, re.I | re.S))
    if len(words) > 1:
        gap = r"\W+(?:\w+\W+){0,4}?"
        out.append(re.compile(r"\b" + gap.join(re.escape(w) for w in words) + r"\b", re.I))
    return out


def _plover_gold(record: dict[str, Any]) -> list[Actor]:
    text = record.get("text") or ""
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    plain, spans = _markup_spans(markup) if markup else ("", [])
    tagged = [(s, e) for label, s, e in spans if label != "EVT"] if plain == text else []
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    used: set[int] = set()
    for side in ("source", "target"):
        items = record.get(side)
        for item in items if isinstance(items, list) else ():
            actor = normalize(item.get("code"), item.get("sector"))
            actor_text = str(item.get("actorText") or "")
            key = (actor_text.strip(), actor.code if actor else "")
            if actor is None or not actor_text.strip() or key in seen:
                continue
            seen.add(key)
            start, end = _locate(text, actor_text, tagged, used)
            used.add(start)
            actors.append(Actor(actor.country, actor.role, actor_text.strip(), start, end))
    return actors


def _align(gold: Actor, mention: ActorMention, parsed: ParsedArticle) -> bool:
    return mention.span.start < gold.end and gold.start < mention.span.end


def _alignment_key(
    gold: Actor, mention: ActorMention, parsed: ParsedArticle
) -> tuple[int, int, int, int]:
    """Prefer the mention closest to the gold phrase's syntactic head: the head itself
    ("refugees" in "refugees fleeing the war in Liberia"), then its modifiers ("Azerbaijani"
    in "Azerbaijani republic of Nakhichevan"), then anything inside; then the one sharing most
    words with the gold text ("French" for "French warships" in "French and Egyptian
    warships"); shorter spans first."""
    tokens = parsed.tokens
    inside = [t.i for t in tokens if gold.start <= t.start < gold.end]
    head = mention.head
    depth = 99
    if inside and inside[0] <= head <= inside[-1]:
        lo, hi = inside[0], inside[-1]
        i, steps = head, 0
        while lo <= tokens[i].head <= hi and tokens[i].head != i and steps < 12:
            i, steps = tokens[i].head, steps + 1
        depth = steps
    shared = len(
        set(_WORD.findall(gold.text.lower())) & set(_WORD.findall(mention.span.text.lower()))
    )
    return (0 if depth < 99 else 1, depth, -shared, mention.span.end - mention.span.start)


def score_plover(
    doc_id: str,
    gold: Sequence[Actor],
    mentions: Sequence[ActorMention],
    parsed: ParsedArticle,
    confusions: Counter[str],
) -> DocScore:
    """Span-aligned scoring of one sentence (see the module docstring)."""
    score = DocScore(doc_id, n_gold=len(gold), n_pred=sum(1 for m in mentions if m.code))
    used: set[int] = set()
    for g in gold:
        options = [(k, m) for k, m in enumerate(mentions) if k not in used and _align(g, m, parsed)]
        options.sort(key=lambda km: _alignment_key(g, km[1], parsed))
        pred = None
        if options:
            used.add(options[0][0])
            pred = predicted_plover(options[0][1])
        for metric, full in (("country", False), ("full_code", True)):
            if g.country is None and metric == "country":
                if pred is not None and pred.country is not None:
                    score.count(metric, fp=1)
                continue
            if pred is not None and compatible(g, pred, full=full):
                score.count(metric, tp=1)
            else:
                score.count(metric, fn=1, fp=1 if pred is not None else 0)
                if full:
                    confusions[f"{g.code} -> {pred.code if pred else 'none'}"] += 1
    return score


def _plover_records(ctx: EvalContext) -> list[dict[str, Any]]:
    path = ctx.data("plover-gsr", "PLOVER_GSR_CAMEO.json")
    records = json.loads(path.read_text("utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


# --- PETR2 -----------------------------------------------------------------------------------

_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class PetrRecord:
    id: str
    date: dt.date | None
    text: str
    gold: tuple[Actor, ...]


def _petr_date(value: str) -> dt.date | None:
    try:
        return (
            dt.date(int(value[:4]), int(value[4:6]), int(value[6:8])) if len(value) == 8 else None
        )
    except ValueError:
        return None


def read_petr2(text: str) -> list[PetrRecord]:
    """Records of the (not well-formed) PETR2 validation file; lenient regex parsing."""
    out = []
    for attrs, middle, body in _SENTENCE.findall(text):
        a = dict(_ATTR.findall(attrs))
        codings = [dict(_ATTR.findall(c)) for c in re.findall(r"<EventCoding\s([^>]*)/>", middle)]
        gold: list[Actor] = []
        for coding in codings:
            for key in ("sourcecode", "targetcode"):
                actor = normalize(coding.get(key))
                if actor is not None and actor not in gold:
                    gold.append(actor)
        sentence = " ".join(body.split())
        out.append(
            PetrRecord(a.get("id", ""), _petr_date(a.get("date", "")), sentence, tuple(gold))
        )
    return out


def is_participant(mention: ActorMention, parsed: ParsedArticle, *, main_only: bool = True) -> bool:
    """Subjects, objects and prepositional objects of predicates other than "say" (of the main
    clause only, unless ``main_only`` is false)."""
    tokens = parsed.tokens
    t = tokens[mention.head]
    seen = 0
    while t.dep in ("conj", "appos") and t.head != t.i and seen < 4:
        t, seen = tokens[t.head], seen + 1
    if t.dep in ("poss", "compound") and tokens[t.head].pos in ("NOUN", "PROPN"):
        t = tokens[
            t.head
        ]  # the possessor of a nominal event: "China's assistance", "UN inspectors"
    elif t.dep == "pobj" and tokens[t.head].text.lower() == "of":
        t = tokens[tokens[t.head].head]  # "hundreds of UN troops" stands where "hundreds" does
    if t.dep in PARTICIPANT_DEPS:
        return not _trailing_attribution(t.i, parsed) and (
            not main_only or _main_clause(t.head, parsed)
        )
    if t.dep == "pobj":
        prep = tokens[t.head]
        if tokens[prep.head].text.lower() == "according":
            return False
        if main_only and not _main_clause(prep.head, parsed):
            return False
        return prep.dep == "agent" or prep.text.lower() in PARTICIPANT_PREPS
    return t.dep == "ROOT"


def _main_clause(i: int, parsed: ParsedArticle) -> bool:
    """Whether the word a participant depends on is in the sentence's main clause chain (its
    root, and the complements and conjuncts of it), not in a relative, adverbial or
    participial clause: the gold codes about one event a sentence, the main clause's, so "the
    group that seized parts of Iraq" or "before leaving for Beijing" gives no source or target.
    """
    tokens = parsed.tokens
    t = tokens[i]
    for _ in range(12):
        if t.dep in ("advcl", "relcl", "acl", "pcomp"):
            return False
        if t.head == t.i:
            return True
        t = tokens[t.head]
    return True


def _trailing_attribution(i: int, parsed: ParsedArticle) -> bool:
    """The speaker of "..., officials said": a report's source after its content, which
    PETRARCH does not code (a speaker before the content, "Israel said ...", it does)."""
    tokens = parsed.tokens
    t = tokens[i]
    verb = tokens[t.head]
    if t.dep != "nsubj" or verb.lemma not in REPORTING:
        return False
    return any(c.dep in ("ccomp", "parataxis") and c.i < i for c in parsed.children(verb.i))


def _by_country(actors: list[Actor]) -> list[Actor]:
    return [a for k, a in enumerate(actors) if all(b.country != a.country for b in actors[:k])]


def score_petr2(
    doc_id: str,
    gold: Sequence[Actor],
    mentions: Sequence[ActorMention],
    parsed: ParsedArticle,
    confusions: Counter[str],
) -> DocScore:
    coded = [(m, p) for m in mentions if (p := predicted_petr2(m, parsed)) is not None]
    preds: list[Actor] = []
    for m, p in coded:
        if p not in preds and is_participant(m, parsed):
            preds.append(p)
    if not any(p.country for p in preds):
        # a main clause with no state in it ("The release of X came as Israel announced ..."):
        # the act PETRARCH codes is in a subordinate clause, whose participants count
        for m, p in coded:
            if p not in preds and is_participant(m, parsed, main_only=False):
                preds.append(p)
    score = DocScore(doc_id, n_gold=len(gold), n_pred=len(preds))
    for metric, full in (("country", False), ("full_code", True)):
        g_items = [g for g in gold if g.country is not None or full]
        p_items = [p for p in preds if p.country is not None or full]
        if not full:  # the country metric compares the sets of countries
            g_items, p_items = _by_country(g_items), _by_country(p_items)
        pairs = match_one_to_one(g_items, p_items, partial(compatible, full=full))
        score.count(
            metric, tp=len(pairs), fp=len(p_items) - len(pairs), fn=len(g_items) - len(pairs)
        )
        if full:
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            for gi, g in enumerate(g_items):
                if gi not in matched_g:
                    confusions[f"missed {g.code}"] += 1
            for pi, p in enumerate(p_items):
                if pi not in matched_p:
                    confusions[f"extra {p.code}"] += 1
    return score


def _recall_any(
    gold: Sequence[Actor], mentions: Sequence[ActorMention], parsed: ParsedArticle
) -> Counter[str]:
    """How many gold actors some mention of the sentence carries, participant or not: the
    resolution ceiling, separate from the choice of which mentions are participants."""
    preds = [p for m in mentions if (p := predicted_petr2(m, parsed)) is not None]
    out: Counter[str] = Counter()
    for metric, full in (("country", False), ("full_code", True)):
        items = [g for g in gold if g.country is not None or full]
        pairs = match_one_to_one(items, preds, partial(compatible, full=full))
        out[metric] += len(pairs)
        out[f"{metric}_n"] += len(items)
    return out


# --- both --------------------------------------------------------------------------------------


def _parse(ctx: EvalContext, articles: Iterable[Article]) -> Iterable[ParsedArticle]:
    return ctx.pipeline.annotator.annotate_many(list(articles))


def evaluate(ctx: EvalContext) -> EvalReport:
    confusions: Counter[str] = Counter()
    docs: list[DocScore] = []
    dictionary = ctx.pipeline.dictionary
    notes: dict[str, Any] = {"dictionary": dictionary.version}
    if ctx.dataset == "petr2-gsr-actors":
        path = ctx.data("petrarch2-unittest", "PETR2_GSR_validation.UniversalPetrarch.xml")
        records = [r for r in read_petr2(path.read_text("utf-8")) if r.gold and ctx.keep(r.id)]
        articles = [Article(r.id, r.text, r.date, source_id=r.id) for r in records]
        skipped = "records the gold marks as having no events"
        found = Counter[str]()
        for record, parsed in zip(records, _parse(ctx, articles), strict=True):
            mentions = extract_actors(parsed, dictionary)
            docs.append(score_petr2(record.id, record.gold, mentions, parsed, confusions))
            found.update(_recall_any(record.gold, mentions, parsed))
        notes["recall_any_mention"] = {
            metric: round(found[metric] / found[f"{metric}_n"], 4) if found[f"{metric}_n"] else 0.0
            for metric in METRICS
        }
    else:
        records_p = [r for r in _plover_records(ctx) if ctx.keep(str(r["id"]))]
        articles = [
            Article(str(r["id"]), r["text"], None, source_id=str(r["id"])) for r in records_p
        ]
        skipped = "mentions of actors the gold does not annotate"
        for item, parsed in zip(records_p, _parse(ctx, articles), strict=True):
            gold = _plover_gold(item)
            mentions = extract_actors(parsed, dictionary)
            docs.append(score_plover(str(item["id"]), gold, mentions, parsed, confusions))
    return EvalReport(
        ctx.dataset,
        ctx.split,
        docs,
        prf_metrics=list(METRICS),
        confusions=confusions,
        notes=notes | {"not scored": skipped},
    )
