"""Events from the dependency structure: trigger, pattern, roles, mood, place, date, evidence.

For each trigger that matches a pattern (``event_match``), read its source and target actors
from the parse (``event_roles``), whether and how it happened (``event_modality``), where
(``locations``) and when (``time.date_event``); then emit one event per source-target pair and
fold repeated mentions of the same act into one event with several evidence spans.

Reported speech follows CAMEO and PETRARCH: "X said that Y did Z" is Y's act with
``reported_by`` X, and the plain statement is an event (CAMEO 010) only when
``EventOptions.code_statements`` asks for it; codeable speech acts ("accused", "urged") are
events of their own.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from eventwire.coding.cameo import lookup
from eventwire.coding.patterns import PatternSet
from eventwire.extract.event_match import Match, find_matches
from eventwire.extract.event_modality import Mood, according_to, has_condition, mood, reporting_verb
from eventwire.extract.event_roles import (
    ActorIndex,
    adjective_roles,
    noun_roles,
    object_of,
    resolved,
    subject_of,
    verb_roles,
)
from eventwire.extract.event_structure import Tree, sentence_is_question
from eventwire.extract.locations import locate, place_within
from eventwire.extract.time import date_event
from eventwire.models import (
    ActorMention,
    CameoCode,
    Entity,
    Event,
    Location,
    Modality,
    ParsedArticle,
    Quote,
    Span,
    TimeExpression,
)

STATEMENT = "010"
# "MOSCOW (EWS) - ", "KYIV, Aug 26 (Reuters) — ": where the story was filed, not an actor
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,[^\n()–—]{0,30})?(?:\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline ends (0 without one)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


@dataclass(frozen=True, slots=True)
class EventOptions:
    code_statements: bool = False  # plain statements as CAMEO 01 events
    require_actor: bool = True  # drop acts with no actor that has a code or a country
    # a material act with no codeable target acts on the country where it happened
    # ("Serbia eased emergency measures in Montenegro"), and a protest with neither on the
    # protesters' own state, as PLOVER and CAMEO coders infer
    target_from_location: bool = True


@dataclass(slots=True)
class _Draft:
    """One coded act before pairs are split out and repeats merged."""

    match: Match
    sources: list[ActorMention]
    targets: list[ActorMention]
    negated: bool
    modality: Modality
    reported_by: ActorMention | None
    code: str


def extract_events(
    parsed: ParsedArticle,
    actors: Sequence[ActorMention],
    timexes: Sequence[TimeExpression],
    quotes: Sequence[Quote],
    patterns: PatternSet,
    options: EventOptions,
) -> list[Event]:
    """Every coded act in the article, in text order.

    >>> # extract_events(parsed, actors, timexes, quotes, load_patterns(), EventOptions())
    """
    if not parsed.tokens or not len(patterns):
        return []
    tree = Tree(parsed)
    matches = find_matches(tree, patterns)
    if not matches:
        return []
    index = ActorIndex(actors, tree, dateline_end(parsed.article.text))
    drafts = _drafts(parsed, tree, index, matches, quotes, patterns, options)
    entities: dict[int, list[Entity]] = {}
    for ent in parsed.entities:
        entities.setdefault(parsed.tokens[ent.token_start].sent, []).append(ent)
    events: list[Event] = []
    for draft in drafts:
        events.extend(_events(parsed, tree, index, draft, timexes, entities, options))
    return _merge_repeats(events)


def _drafts(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    matches: dict[int, Match],
    quotes: Sequence[Quote],
    patterns: PatternSet,
    options: EventOptions,
) -> list[_Draft]:
    toks = parsed.tokens
    speech = {i for i, m in matches.items() if m.pattern.speech}
    questions = {
        s.index for s in parsed.sentences if sentence_is_question(toks, s.token_start, s.token_end)
    }
    reporting: dict[int, int | None] = {}
    informative: set[int] = set()  # speech verbs that report a codeable act
    for i, match in matches.items():
        rep = reporting_verb(tree, i, speech)
        reporting[i] = rep
        if rep is not None and not _is_statement(match):
            informative.add(rep)
    drafts: list[_Draft] = []
    for i in sorted(matches):
        match = matches[i]
        if _is_statement(match) and (i in informative or not options.code_statements):
            continue
        rep = reporting[i]
        reporter = _reporter(tree, index, i, rep, quotes, toks[i].start)
        m = mood(tree, i, toks[i].sent in questions, reported=rep is not None)
        code, negated, modality = _recode(tree, patterns, match, m)
        sources, targets = _roles(tree, index, match)
        if _done_by_a_thing(tree, index, match):
            continue
        if not sources and reporter is not None:
            subj = _subject_token(tree, i)
            if subj is not None and toks[subj].pos == "PRON":
                sources = [reporter]  # "Peru said it would sign": it = the speaker
        drafts.append(_Draft(match, sources, targets, negated, modality, reporter, code))
    return drafts


def _recode(tree: Tree, patterns: PatternSet, match: Match, m: Mood) -> tuple[str, bool, Modality]:
    """The code, negation and modality once the act's mood is known: a frame's modality, a
    conditional promise ("will withdraw unless ...") as a threat or, negated, a refusal, and a
    stated intention ("said it would send aid") through the ``future`` frame."""
    code, negated, modality = match.code, m.negated, m.modality
    if m.modality in ("question", "hypothetical"):
        return code, negated, modality
    if match.modality:
        return code, negated, cast(Modality, match.modality)
    if not m.future or match.frame is not None:
        return code, negated, modality
    refusal = patterns.frames.get("reject")
    if negated and refusal is not None and "03" <= code[:2] <= "08":
        # "would not resign", "will not accept mediation": a refusal, which did happen
        return refusal.resolve(code, ()) or code, False, "asserted"
    if has_condition(tree, match.token):
        threat = patterns.frames.get("threaten")
        if negated and refusal is not None:  # "will not end the strike unless ...": a refusal
            return refusal.resolve(code, ()) or code, False, "asserted"
        if threat is not None:
            return threat.resolve(code, ()) or code, negated, "threatened"
    future = patterns.frames.get("future")
    if future is not None:
        code = future.resolve(code, ()) or code
        if code[:2] == "13":  # "NATO would tighten the blockade": a stated threat
            modality = "threatened"
    return code, negated, modality


def _done_by_a_thing(tree: Tree, index: ActorIndex, match: Match) -> bool:
    """ "a canopy collapsed and killed 15 people": violence whose subject is a thing, not an
    actor, is an accident. A subject that is itself a violent act was absorbed before."""
    i = match.token
    toks = tree.tokens
    if toks[i].pos != "VERB" or match.code[:2] not in ("18", "19", "20"):
        return False
    subj = subject_of(tree, i)
    return subj is not None and toks[subj].pos == "NOUN" and not index.at(subj)


def _subject_token(tree: Tree, i: int) -> int | None:
    tok = tree.tokens[i]
    if tok.pos == "VERB":
        return subject_of(tree, i)
    if tok.pos == "ADJ":
        subj = tree.child(i, frozenset({"nsubj"}))
        if subj is None and tok.dep in ("acomp", "oprd", "xcomp"):
            return subject_of(tree, tok.head)
        return subj
    return None


def _is_statement(match: Match) -> bool:
    return match.pattern.speech and match.code == STATEMENT and match.frame is None


def _reporter(
    tree: Tree,
    index: ActorIndex,
    i: int,
    rep: int | None,
    quotes: Sequence[Quote],
    start: int,
) -> ActorMention | None:
    if rep is not None:
        found = index.at(subject_of(tree, rep))
        if found:
            return found[0]
    for quote in quotes:
        if quote.speaker is not None and any(s.start <= start < s.end for s in quote.spans):
            return quote.speaker
    found = index.at(according_to(tree, i))
    return found[0] if found else None


def _roles(
    tree: Tree, index: ActorIndex, match: Match
) -> tuple[list[ActorMention], list[ActorMention]]:
    i = match.token
    pos = tree.tokens[i].pos
    if pos in ("NOUN", "PROPN"):
        sources, targets = noun_roles(tree, index, i)
    elif pos == "ADJ":
        sources, targets = adjective_roles(tree, index, i)
    else:
        sources, targets = verb_roles(tree, index, i)
    comp = match.complement
    if not targets and comp is not None and comp not in (a.head for a in sources):
        targets = _complement_targets(tree, index, comp, sources)
    for j in match.absorbed if not targets else ():
        # "a roadside bombing killed a U.S. soldier": the absorbed verb's object
        if tree.tokens[j].pos == "VERB" and tree.child(j, frozenset({"nsubj"})) == i:
            targets = object_of(tree, index, j)
    targets = [t for t in targets if t not in sources]
    return sources, targets


def _complement_targets(
    tree: Tree, index: ActorIndex, comp: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """A frame's target read from its complement: "demanded that Iran free them" -> Iran
    (the complement's own doer); "threatened to strike Kyiv" -> Kyiv (its object)."""
    toks = tree.tokens
    keys = {_actor_key(a) for a in sources}
    if toks[comp].pos == "VERB":
        if toks[comp].dep == "ccomp":
            doers = [a for a in index.at(subject_of(tree, comp)) if _actor_key(a) not in keys]
            if doers:
                return doers
        return object_of(tree, index, comp)
    if toks[comp].pos in ("NOUN", "PROPN"):
        own = index.by_head.get(comp) or ([index.covering[comp]] if comp in index.covering else [])
        if own:
            return own
        doers, objects = noun_roles(tree, index, comp)
        # "demanded an admission by Moscow": the one asked is the complement's doer
        doers = [a for a in doers if _actor_key(a) not in keys]
        return objects or doers
    return []


def _actor_key(actor: ActorMention | None) -> str:
    if actor is None:
        return ""
    return actor.code or actor.name or actor.span.text.lower()


# Roots of acts done together: a coordinated subject with no object acts on itself.
RECIPROCAL_ROOTS = frozenset({"01", "03", "04", "05", "06", "19"})


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor twice (not two actors of one country: Peru's police and Peru's opposition)."""
    return (a.span == b.span and a.rule == b.rule) or (a.code == b.code and a.name == b.name)


def _pairs(
    sources: list[ActorMention], targets: list[ActorMention], root: str
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One pair per source and target. "Peru and Chile signed an accord" is Peru->Chile and
    Chile->Peru; "Peruvian and Chilean workers protested" is two targetless protests."""
    if sources and targets:
        return [(s, t) for s in sources for t in targets if not _same_actor(s, t)]
    if len(sources) >= 2 and root in RECIPROCAL_ROOTS:
        return [(s, t) for s in sources for t in sources if not _same_actor(s, t)]
    if sources:
        return [(s, None) for s in sources]
    return [(None, t) for t in targets]


def _events(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    draft: _Draft,
    timexes: Sequence[TimeExpression],
    entities: dict[int, list[Entity]],
    options: EventOptions,
) -> list[Event]:
    match = draft.match
    i = match.token
    tok = parsed.tokens[i]
    location: Location | None = locate(parsed, tree, i, index.covering, entities)
    targets = [_placed(parsed, t, entities) for t in draft.targets]
    if (
        options.target_from_location
        and draft.code[:2] >= "06"
        and location is not None
        and location.country
        and not _codeable(targets)
    ):
        # no target we can code ("killed the deputy chief in southern Lebanon"): the place
        targets = [_place_actor(parsed, location)]
    elif options.target_from_location and draft.code[:2] == "14" and not _codeable(targets):
        # a protest with no target and no place is a protest against the protesters' own state
        targets = [_state_of(s) for s in draft.sources[:1] if s.country and len(s.country) == 3]
    pairs = _pairs(draft.sources, targets, draft.code[:2])
    if options.require_actor:
        pairs = [(s, t) for s, t in pairs if (s and resolved(s)) or (t and resolved(t))]
    elif not pairs:
        pairs = [(None, None)]
    if not pairs:
        return []
    cameo = _cameo(draft.code, match)
    trigger = Span(tok.start, tok.end, tok.text)
    sentence = parsed.sentences[tok.sent]
    evidence = (Span(sentence.start, sentence.end, sentence.text),)
    date = date_event(parsed, i, timexes, parsed.article.published)
    rule = f"cameo-patterns.v1:{match.pattern.id}"
    out: list[Event] = []
    for n, (source, target) in enumerate(pairs):
        out.append(
            Event(
                id=event_id(parsed.article.id, trigger.start, cameo.code, n),
                cameo=cameo,
                source=source,
                target=target,
                trigger=trigger,
                sentence=tok.sent,
                evidence=evidence,
                date=date,
                location=location,
                negated=draft.negated,
                modality=draft.modality,
                reported_by=draft.reported_by,
                rule=rule,
            )
        )
    return out


def _placed(
    parsed: ParsedArticle, actor: ActorMention, entities: dict[int, list[Entity]]
) -> ActorMention:
    """An uncoded target that names a place takes the place's country: "Baghdad University"."""
    if actor.code or actor.country:
        return actor
    place = place_within(parsed, actor.token_start, actor.token_end, entities)
    if place is None:
        return actor
    return dataclasses.replace(actor, country=place.country, rule=f"{actor.rule}+place")


def _codeable(actors: Sequence[ActorMention]) -> bool:
    return any(a.code or a.country for a in actors)


def _state_of(actor: ActorMention) -> ActorMention:
    """The government of an actor's country, standing in as a domestic protest's target."""
    country = actor.country or ""
    return dataclasses.replace(
        actor, name=country, code=f"{country}GOV", country=country, rule="domestic"
    )


def _place_actor(parsed: ParsedArticle, location: Location) -> ActorMention:
    """The country where an act happened, standing in as its target."""
    first = next((t for t in parsed.tokens if t.start >= location.span.start), parsed.tokens[0])
    last = max(first.i, *(t.i for t in parsed.tokens[first.i :] if t.end <= location.span.end))
    return ActorMention(
        span=location.span,
        name=location.name,
        code=location.country,
        country=location.country,
        rule="location",
        sentence=first.sent,
        token_start=first.i,
        token_end=last + 1,
        head=last,
    )


def _cameo(code: str, match: Match) -> CameoCode:
    cameo = lookup(code)
    pattern = match.pattern
    if code == pattern.code and (pattern.plover_mode or pattern.plover_context):
        cameo = dataclasses.replace(
            cameo,
            plover_mode=pattern.plover_mode or cameo.plover_mode,
            plover_context=pattern.plover_context or cameo.plover_context,
        )
    return cameo


def event_id(article_id: str, trigger_start: int, code: str, pair: int = 0) -> str:
    """A stable id: article, trigger offset and code (and the pair's rank after the first)."""
    key = f"{article_id}:{trigger_start}:{code}" + (f":{pair}" if pair else "")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _merge_repeats(events: list[Event]) -> list[Event]:
    """The same act mentioned twice ("signed ... the signature") is one event with the
    evidence of both; a different date, negation or modality keeps acts apart, and so does a
    different target (a mention that names none is taken to be the same act)."""
    kept: list[Event] = []
    by_key: dict[tuple[str, ...], list[int]] = {}
    for event in events:
        if event.source is None and event.target is None:
            kept.append(event)
            continue
        key = (event.cameo.code, _actor_key(event.source), str(event.negated), event.modality)
        target = _actor_key(event.target)
        same = [
            k
            for k in by_key.get(key, [])
            if kept[k].trigger != event.trigger
            and _same_time(kept[k], event)
            and (
                not target or not _actor_key(kept[k].target) or _actor_key(kept[k].target) == target
            )
        ]
        if same:
            k = same[0]
            first = kept[k]
            extra = event.evidence[0]
            if extra in first.evidence:
                extra = event.trigger
            kept[k] = dataclasses.replace(
                first,
                target=first.target or event.target,
                evidence=(*first.evidence, extra),
                location=first.location or event.location,
                date=first.date or event.date,
            )
            continue
        by_key.setdefault(key, []).append(len(kept))
        kept.append(event)
    return kept


def _same_time(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or a.date.source != "text" or b.date.source != "text":
        return True
    return a.date.value == b.date.value
