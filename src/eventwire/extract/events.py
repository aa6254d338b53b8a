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
from eventwire.extract.event_context import (
    GATHERINGS,
    TRANSNATIONAL,
    Draft,
    agreement_parties,
    claim_of,
    domestic,
    fold_purposes,
    home_actor,
    is_local_office,
    people_of,
    speaker_sources,
    story_days,
)
from eventwire.extract.event_filters import (
    a_name_or_an_order,
    a_warning_not_a_threat,
    at_a_gathering,
    denied,
    done_by_a_thing,
    is_venue,
    main_country,
    manner_of_another,
    no_appositives,
    not_a_target,
    nothing_happened,
    object_of_another,
    owned,
    prevented,
    said_by_a_thing,
    stative_participle,
)
from eventwire.extract.event_match import Match, complement_of, find_matches
from eventwire.extract.event_merge import actor_key, merge_mentions, merge_repeats
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
from eventwire.extract.locations import dateline_country, locate, place_within
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
    filed = dateline_end(parsed.article.text)
    index = ActorIndex(actors, tree, filed)
    drafts = _drafts(parsed, tree, index, matches, quotes, patterns, options)
    agreement_parties(tree, drafts)
    home = dateline_country(parsed.article.text[:filed]) if filed else None
    main = main_country(actors)
    if home is not None and main is not None and home != main:
        home = None  # a Sudan story filed from London: its crowds are not British
    entities: dict[int, list[Entity]] = {}
    for ent in parsed.entities:
        entities.setdefault(parsed.tokens[ent.token_start].sent, []).append(ent)
    events: list[Event] = []
    for draft in drafts:
        events.extend(_events(parsed, tree, index, draft, timexes, entities, options, home))
    nouns = frozenset(
        parsed.tokens[d.match.token].start
        for d in drafts
        if parsed.tokens[d.match.token].pos in ("NOUN", "PROPN")
    )
    return merge_repeats(merge_mentions(story_days(parsed, events), nouns))


def _drafts(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    matches: dict[int, Match],
    quotes: Sequence[Quote],
    patterns: PatternSet,
    options: EventOptions,
) -> list[Draft]:
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
    coercions = {i for i, m in matches.items() if "17" <= m.code[:2] <= "20"}
    acts = {i for i, m in matches.items() if not m.pattern.speech}
    drafts: list[Draft] = []
    for i in sorted(matches):
        match = matches[i]
        if _is_statement(match) and (i in informative or not options.code_statements):
            continue
        rep = reporting[i]
        reporter = _reporter(tree, index, i, rep, quotes, toks[i].start)
        m = mood(tree, i, toks[i].sent in questions, reported=rep is not None)
        if m.void:
            continue
        code, negated, modality = _recode(tree, patterns, match, m)
        sources, targets = _roles(tree, index, match)
        sources, targets = no_appositives(tree, sources), no_appositives(tree, targets)
        sources = [owned(tree, index, a) for a in sources]
        targets = [owned(tree, index, a) for a in targets]
        if done_by_a_thing(tree, index, match) or prevented(tree, i) or denied(tree, i):
            continue
        if stative_participle(tree, i) or a_warning_not_a_threat(tree, index, i, sources):
            continue
        if manner_of_another(tree, match, coercions) or nothing_happened(tree, i):
            continue
        if object_of_another(tree, match, acts) or a_name_or_an_order(tree, match):
            continue
        force = match.code[:2] in ("18", "19", "20")  # things that do force: weapons, above
        if not sources and not force and said_by_a_thing(tree, index, i, options.require_actor):
            continue
        if reporter is not None:
            sources = speaker_sources(tree, i, sources, reporter)
        drafts.append(Draft(match, sources, targets, negated, modality, reporter, code))
        # "said" or "according to", not "denied" nor the object of a condemnation
        plain = (
            _is_statement(matches[rep]) if rep is not None else according_to(tree, i) is not None
        )
        claim = claim_of(drafts[-1]) if plain else None
        if claim is not None:
            drafts.append(claim)
    return fold_purposes(tree, drafts)


def _recode(tree: Tree, patterns: PatternSet, match: Match, m: Mood) -> tuple[str, bool, Modality]:
    """The code, negation and modality once the act's mood is known: a frame's modality, a
    conditional promise ("will withdraw unless ...") as a threat or, negated, a refusal, and a
    stated intention ("said it would send aid") through the ``future`` frame."""
    code, negated, modality = match.code, m.negated, m.modality
    threat = patterns.frames.get("threaten")
    if (
        m.modality == "hypothetical"
        and not negated
        and threat is not None
        and match.frame is None
        and "15" <= code[:2] <= "20"
        and has_condition(tree, match.token)
    ):
        # "may halt its mediation if cooperation founders": a conditional harm is a threat
        return threat.resolve(code, ()) or code, False, "threatened"
    if m.modality in ("question", "hypothetical"):
        return code, negated, modality
    refusal = patterns.frames.get("reject")
    if match.modality == "intended" and negated and not m.future and refusal is not None:
        # "did not commit to restricting exports": declining to promise is a refusal
        return refusal.default or code, False, "asserted"
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
    tok = tree.tokens[i]
    if (
        (match.pattern.speech or match.code[:2] == "11")
        and pos == "NOUN"
        and tok.dep in ("dobj", "appos")
        and tree.lemmas[tok.head] not in SPEECH_LIGHT_VERBS
        and tree.tokens[tok.head].pos in ("VERB", "AUX")
    ):
        # "accused X of sending troops, an allegation that Y denied": a restatement, not an
        # accusation by whoever did the act it hangs on
        own = {a.head for a in index.at(subject_of(tree, tok.head))}
        sources = [a for a in sources if a.head not in own]
    comp = match.complement
    if comp is None and match.code[:2] in _ARGUED_ROOTS:
        # "denied backing the M23 rebels": what is denied, praised or rejected names the target
        comp = complement_of(tree, i, {})
    if not targets and comp is not None and comp not in (a.head for a in sources):
        targets = _complement_targets(tree, index, comp, sources)
    if not targets and match.code[:2] == "13":
        # "threatened to launch an offensive unless Baghdad accepted": the condition's party
        targets = _condition_party(tree, index, i, sources)
    for j in match.absorbed if not targets else ():
        # "a roadside bombing killed a U.S. soldier": the absorbed verb's object
        if tree.tokens[j].pos == "VERB" and tree.child(j, frozenset({"nsubj"})) == i:
            targets = object_of(tree, index, j)
    if match.code[:2] <= "13":
        # "signed a declaration at the White House", "announced it on social media": where
        # words are spoken or signed is a venue, not the one they are addressed to
        targets = [t for t in targets if not is_venue(tree, i, t)]
    countries = {a.country for a in sources if a.country}
    if (
        match.code[:2] in _BETWEEN_STATES
        and targets
        and all(t.country in countries and _state_role(t) for t in targets)
    ):
        # "recalled its diplomats from Kigali", "suspended Georgia's talks": not on itself
        targets = object_of(tree, index, i, avoid=countries) if pos == "VERB" else []
    targets = [
        t
        for t in targets
        if t not in sources
        # "the Duma ratified it": a pronoun resolved to the doer's own side is a thing
        and not (tree.tokens[t.head].pos == "PRON" and t.country in countries)
    ]
    return sources, targets


# Acts one state does to another: a target of the doer's own state is its own property.
_BETWEEN_STATES = frozenset({"04", "08", "16"})


def _state_role(actor: ActorMention) -> bool:
    code = actor.code or ""
    return code == actor.country or code[3:6] in ("GOV", "MIL", "")


# Verbs whose subject makes the statement their object names: "made an accusation".
SPEECH_LIGHT_VERBS = frozenset(
    {"make", "level", "raise", "repeat", "issue", "voice", "lodge", "file", "bring", "express"}
)
_ARGUED_ROOTS = frozenset({"01", "05", "11", "12"})


def _complement_targets(
    tree: Tree, index: ActorIndex, comp: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """A frame's target read from its complement: "demanded that Iran free them" -> Iran
    (the complement's own doer); "threatened to strike Kyiv" -> Kyiv (its object)."""
    keys = {actor_key(a) for a in sources}
    own = {a.country for a in sources if a.country}
    found = _complement_actors(tree, index, comp, keys)
    # "accused the West of preparing a war with Russia": the accuser's own side is no target
    found = [a for a in found if not (a.country and a.country in own)]
    if not found and tree.tokens[comp].pos == "VERB":
        # "warned that Washington could reimpose penalties if Damascus failed to ...": the
        # party whose conduct is the condition
        found = _condition_party(tree, index, comp, sources)
    return found


def _condition_party(
    tree: Tree, index: ActorIndex, verb: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The subject of an ``if``/``unless`` clause on ``verb``, when not the doer's side."""
    own = {a.country for a in sources if a.country}
    for c in tree.kids[verb]:
        if tree.tokens[c].dep == "advcl" and any(
            tree.lemmas[g] in ("if", "unless") for g in tree.kids[c]
        ):
            return [a for a in index.at(subject_of(tree, c)) if a.country not in own]
    return []


def _complement_actors(
    tree: Tree, index: ActorIndex, comp: int, keys: set[str]
) -> list[ActorMention]:
    toks = tree.tokens
    if toks[comp].pos == "VERB":
        if toks[comp].dep == "ccomp":
            doers = [a for a in index.at(subject_of(tree, comp)) if actor_key(a) not in keys]
            if doers:
                return doers
        return object_of(tree, index, comp)
    if toks[comp].pos in ("NOUN", "PROPN"):
        own = index.by_head.get(comp) or ([index.covering[comp]] if comp in index.covering else [])
        if own:
            return own
        doers, objects = noun_roles(tree, index, comp)
        # "demanded an admission by Moscow": the one asked is the complement's doer
        doers = [a for a in doers if actor_key(a) not in keys]
        return objects or doers
    return []


# Roots of acts done together: a coordinated subject with no object acts on itself.
RECIPROCAL_ROOTS = frozenset({"01", "03", "04", "05", "06", "19"})
# Acts that take two sides whoever the sentence makes its subject: negotiations.
JOINT_CODES = frozenset({"046"})
# Acts with a direction even when several do them together: visits, hosting, mediation.
DIRECTED_CODES = frozenset({"042", "043", "045"})


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor twice (not two actors of one country: Peru's police and Peru's opposition)."""
    return (a.span == b.span and a.rule == b.rule) or (a.code == b.code and a.name == b.name)


def _one_party(s: ActorMention, t: ActorMention, code: str) -> bool:
    """Two mentions coded alike are one party acting on itself: "Vucic accused foreign
    services" read as Serbia's, "Armenia and Azerbaijan fought over the Karabakh region"
    (Azerbaijan's). A country's protest in its own capital is the exception: its own state."""
    if not s.code or s.code != t.code or s.span == t.span:
        return False
    return len(s.code) > 3 or code[:2] in ("18", "19", "20")


def _pairs(
    sources: list[ActorMention], targets: list[ActorMention], code: str
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One pair per source and target. "Peru and Chile signed an accord" is Peru->Chile and
    Chile->Peru; "Peruvian and Chilean workers protested" is two targetless protests."""
    if sources and targets:
        pairs: list[tuple[ActorMention | None, ActorMention | None]] = [
            (s, t)
            for s in sources
            for t in targets
            if not _same_actor(s, t) and not _one_party(s, t, code)
        ]
        if code in JOINT_CODES:  # "X held talks with Y": Y negotiated with X as well
            pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
        if pairs or any(_same_actor(s, t) for s in sources for t in targets):
            return pairs
        # "Vucic accused foreign services" read as Serbia's own: the act without its target
        return [(s, None) for s in sources]
    if len(sources) >= 2 and code[:2] in RECIPROCAL_ROOTS and code not in DIRECTED_CODES:
        # "both sides agreed": one phrase is no pair of its own
        mutual = [
            (s, t) for s in sources for t in sources if not _same_actor(s, t) and s.span != t.span
        ]
        if mutual:
            return list(mutual)
    if sources:
        return [(s, None) for s in sources]
    return [(None, t) for t in targets]


def _events(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    draft: Draft,
    timexes: Sequence[TimeExpression],
    entities: dict[int, list[Entity]],
    options: EventOptions,
    home: str | None = None,
) -> list[Event]:
    match = draft.match
    i = match.token
    tok = parsed.tokens[i]
    location: Location | None = locate(parsed, tree, i, index.covering, entities)
    if location is None and tok.dep == "advcl":
        # "were killed in Thailand when rockets hit a station": the clause it explains
        location = locate(parsed, tree, tok.head, index.covering, entities)
    # the dateline first: where a wire story is filed is where its police and crowds are
    local = home or (location.country if location is not None else None)
    named = {
        a.country
        for a in (*draft.sources, *draft.targets)
        if a.country and a.country not in TRANSNATIONAL
    }
    if named - {local}:
        # Russian and Ukrainian delegates in Istanbul are not Turkey's people, and crowds at
        # the embassies of Rwanda, France and the United States are none of theirs
        local = None
    targets = [
        domestic(_placed(parsed, t, entities), local, is_local_office(tree, t))
        for t in draft.targets
    ]
    sources = [domestic(a, local, is_local_office(tree, a)) for a in draft.sources]
    targets = [t for t in targets if not not_a_target(tree, t, sources, draft)]
    if (
        not sources
        and draft.code[:3] in GATHERINGS
        and tok.pos == "NOUN"
        and local
        and options.target_from_location
    ):
        # "thousands marched through Tbilisi": unnamed protesters are the place's people
        sources = [people_of(parsed, tok, local)]
    if (
        options.target_from_location
        and draft.code[:2] >= "06"
        and location is not None
        and location.country
        and not _codeable(targets)
        and not at_a_gathering(parsed, tree, i, location)
    ):
        # no target we can code ("killed the deputy chief in southern Lebanon"): the place
        targets = [_place_actor(parsed, location)]
    elif (
        options.target_from_location
        and draft.code[:3] == "172"
        and local
        and sources
        and not _codeable(targets)
        and all(s.country == local for s in sources)
    ):
        # "the martial law command banned all political activity": repression of its own
        targets = [home_actor(tok, local)]
    elif options.target_from_location and draft.code[:2] == "14" and not _codeable(targets):
        # a protest with no target and no place is a protest against the protesters' own state
        targets = [_state_of(s) for s in sources[:1] if s.country and len(s.country) == 3]
    elif options.target_from_location and not _codeable(targets) and _domestic_act(draft):
        # "threatened to impose a curfew", "is investigating war crimes", "opposition groups
        # demanded that ...": coercion, inquiry and demands with no one named are domestic
        targets = [_country_of(s) for s in sources[:1] if s.country not in TRANSNATIONAL]
    if not sources and draft.code[:2] <= "13" and options.require_actor:
        # "a charge the Gulf state denied", "protested to London" with the subject lost: words
        # with no one saying them are no one's act
        return []
    pairs = _pairs(sources, targets, draft.code)
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


# Acts on one's own country when no one else is named: coercion (17), threats of
# administrative sanctions or repression (132, 137), investigations (09).
_DOMESTIC_CODES = ("17", "132", "137", "09")
# Demands of a domestic group (opposition, rebels, unions, students) address its own state.
_CHALLENGERS = frozenset({"OPP", "REB", "CVL", "LAB", "EDU", "PTY", "MED"})


def _domestic_act(draft: Draft) -> bool:
    if not draft.sources or not draft.sources[0].country:
        return False
    if draft.code.startswith(_DOMESTIC_CODES) and not draft.code.startswith("171"):
        return True  # seizing or destroying property is done to others as often
    role = (draft.sources[0].code or "")[3:6]
    return draft.code[:2] == "10" and role in _CHALLENGERS


def _country_of(actor: ActorMention) -> ActorMention:
    """An actor's country as a bare-country actor on the same span."""
    country = actor.country or ""
    return dataclasses.replace(actor, name=country, code=country, rule="domestic")


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
