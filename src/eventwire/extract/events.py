"""Events from the dependency structure: trigger, pattern, roles, mood, place, date, evidence.

For each trigger that matches a pattern (``event_match``), read its source and target actors
from the parse (``event_roles``, with verbs' doers from ``event_doers``) with a coder's
inferences (``event_targets``), whether and how it happened (``event_modality``), where
(``locations``) and when (``time.date_event``); then emit (``event_emit``) one event per pair
and fold repeated mentions of the same act into one event with several evidence spans.

Reported speech follows CAMEO and PETRARCH: "X said that Y did Z" is Y's act with
``reported_by`` X, and the plain statement is an event (CAMEO 010) only when
``EventOptions.code_statements`` asks for it; codeable speech acts ("accused", "urged") are
events of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import cast

from eventwire.coding.cameo import DENY_RESPONSIBILITY, FORCE_ROOTS
from eventwire.coding.patterns import PatternSet
from eventwire.extract.event_answers import (
    called_act_targets,
    denied_attack_targets,
    drawn_targets,
    non_commitments,
    provoked_targets,
    reaction_targets,
    retort_targets,
    visit_hosts,
)
from eventwire.extract.event_context import (
    Draft,
    agreement_parties,
    claim_of,
    fold_purposes,
    joint_speakers,
    on_armed_group,
    responsibility_of,
    speaker_sources,
    story_days,
)
from eventwire.extract.event_decoys import Decoys
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_emit import EventOptions, emit_events, event_id
from eventwire.extract.event_filters import (
    a_name_or_an_order,
    a_warning_not_a_threat,
    aim_of_a_measure,
    beyond_a_verb_phrase,
    denied,
    describes_its_people,
    dismissed_by_superior,
    done_by_a_thing,
    given_time_to,
    main_country,
    manner_of_another,
    nothing_happened,
    object_of_another,
    prevented,
    said_by_a_thing,
    sought_outcome,
    stative_participle,
    under_a_coded_verb,
)
from eventwire.extract.event_locals import dateline_named
from eventwire.extract.event_match import Match, find_matches
from eventwire.extract.event_merge import merge_mentions, merge_repeats, merge_restated
from eventwire.extract.event_modality import condition_subject, filed_motion, has_condition, mood
from eventwire.extract.event_nonacts import (
    announced_act,
    background_conflict,
    charged_deed,
    cleared_away,
    described_long_ago,
    document_content,
    exile_by_no_one,
    gone_into_exile,
    in_protest,
    inside_framed,
    limited_matter,
    long_before,
    measure_in_force,
    promised_aid,
    refuge_arrival,
    refused_not_done,
    scheduled_occasion,
    settled_matter,
    sought_not_done,
    standing_stance,
    told_since,
    visiting_guest,
)
from eventwire.extract.event_owners import blamed_in_description, held_by, no_appositives, owned
from eventwire.extract.event_places import place_targets
from eventwire.extract.event_purposes import protest_purposes
from eventwire.extract.event_recode import (
    blocked_by_the_state,
    bombed_by_a_state,
    fired_in_exercises,
    killed_by_whom,
    left_a_body,
    protest_by_a_state,
    protests_a_statement,
    recode,
    riot_by_the_state,
    sent_to_help,
)
from eventwire.extract.event_reporting import according_to, contrasted, reporting_verb
from eventwire.extract.event_restated import (
    claimed_force,
    concessions_restated,
    fold_results,
    harmed_in_attack,
    harmed_when,
    host_guests,
    restated_acts,
)
from eventwire.extract.event_roles import ActorIndex, resolved
from eventwire.extract.event_structure import Tree, sentence_is_question
from eventwire.extract.event_targets import CRITICISM, roles_of
from eventwire.extract.event_threats import threatened
from eventwire.extract.event_words import TOLD
from eventwire.extract.locations import dateline_country, dateline_end
from eventwire.models import (
    ActorMention,
    Entity,
    Event,
    Location,
    ParsedArticle,
    Quote,
    TimeExpression,
)

STATEMENT = "010"
# Speech verbs whose object is whom a promise reported in them is made to.
_ASSURING = frozenset({"tell", "assure", "reassure", "inform", "promise", "pledge", "notify"})

__all__ = ["EventOptions", "event_id", "extract_events"]


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
    protest_purposes(tree, patterns, matches)
    filed = dateline_end(parsed.article.text)
    index = ActorIndex(actors, tree, filed)
    drafts = harmed_in_attack(
        tree, index, _drafts(parsed, tree, index, matches, quotes, patterns, options)
    )
    harmed_when(tree, index, drafts)
    agreement_parties(tree, drafts)
    non_commitments(tree, index, drafts)
    reaction_targets(tree, drafts)
    retort_targets(tree, drafts)
    called_act_targets(tree, drafts)
    provoked_targets(tree, index, drafts)
    drawn_targets(tree, index, drafts)
    _conjoined_targets(tree, drafts)
    visit_hosts(tree, drafts)
    if options.verb_phrase_events_only:
        drafts = [d for d in drafts if not beyond_a_verb_phrase(tree, d.match.token)]
        drafts = [d for d in drafts if not under_a_coded_verb(tree, d, drafts)]
    home = dateline_country(parsed.article.text[:filed]) if filed else None
    main = main_country(actors)
    if home is not None and main is not None and home != main:
        home = None  # a Sudan story filed from London: its crowds are not British
    entities: dict[int, list[Entity]] = {}
    for ent in parsed.entities:
        entities.setdefault(parsed.tokens[ent.token_start].sent, []).append(ent)
    events: list[Event] = []
    places: dict[int, Location | None] = {}
    for draft in drafts:
        events.extend(
            emit_events(parsed, tree, index, draft, timexes, entities, options, home, places)
        )
    events = denied_attack_targets(parsed, tree, events)
    nouns = frozenset(
        parsed.tokens[d.match.token].start
        for d in drafts
        if parsed.tokens[d.match.token].pos in ("NOUN", "PROPN")
    )
    restated = {
        parsed.tokens[a].start: parsed.tokens[b].start
        for a, b in restated_acts(tree, drafts).items()
    }
    # acts their own clause gives no day (story_days lends them the paragraph's)
    undated = frozenset(e.id for e in events if e.date is not None and e.date.source != "text")
    events = merge_restated(story_days(parsed, events, timexes), restated)
    events = merge_repeats(merge_mentions(events, nouns), undated)
    if home is None:
        return events
    # an implied target of the home state is named by the dateline, once duplicates are merged
    return [
        _named_by_dateline(parsed, e) if e.target is not None and e.target.country == home else e
        for e in events
    ]


def _named_by_dateline(parsed: ParsedArticle, event: Event) -> Event:
    """The event with its target on the dateline's place (the event itself where that changes
    nothing: no copy made to be thrown away)."""
    target = cast(ActorMention, event.target)
    named = dateline_named(parsed, target)
    return event if named is target else dataclasses.replace(event, target=named)


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
        if not options.code_statements and _is_statement(match):
            continue  # dropped below whatever reports it, and informs of nothing
        rep = reporting_verb(tree, i, speech)
        reporting[i] = rep
        if rep is not None and not _is_statement(match):
            informative.add(rep)
    # (start, end, speaker) of every quoted span with a speaker, in quote order
    quoted = [(s.start, s.end, q.speaker) for q in quotes if q.speaker is not None for s in q.spans]
    coercions = {i for i, m in matches.items() if "17" <= m.code[:2] <= "20"}
    acts = {i for i, m in matches.items() if not m.pattern.speech}
    intend = patterns.frames.get("intend")
    drafts: list[Draft] = []
    decoys = Decoys(parsed, tree)
    for i in sorted(matches):
        match = matches[i]
        if _is_statement(match) and (i in informative or not options.code_statements):
            continue
        rep = reporting[i]
        m = mood(tree, i, toks[i].sent in questions, reported=rep is not None)
        filer = filed_motion(tree, i) if m.aim and match.code[:2] == DEMAND else None
        if filer is not None:  # "submitted a motion to impeach Yoon": the demand made
            m = mood(tree, filer, toks[i].sent in questions, reported=rep is not None)
        if m.void or _not_an_act(tree, index, match, matches, coercions, acts):
            continue
        helped = sent_to_help(tree, i, match.code)
        if helped != match.code:
            # "is to send 300 troops to Chad to bolster the government": the deployment is aid
            # before its plan is read as one (an intent to aid, not a plan of force)
            match = dataclasses.replace(match, code=helped)
        read_through = options.modals_read_through and rep is None
        code, negated, modality = recode(tree, patterns, match, m, read_through)
        if intend is not None and promised_aid(tree, match):
            code = intend.resolve(code, ()) or code
        sources, targets = roles_of(tree, index, match)
        if not sources and tree.is_passive(i) and _withdrawn_by_their_own(tree, i, code):
            # "5,000 Tamil rebels have been demobilized": the forces disbanded demobilize;
            # "80 UN peacekeepers were pulled out of Gorazde": their body withdraws them
            sources, targets = targets, []
        if match.pattern.suffered:
            # "'Hamas will pay a heavy price,' he said": the speaker threatens the subject
            speaker = _reporter(tree, index, i, rep, quoted, False) if m.future else None
            if speaker is None:
                continue
            sources, targets = [speaker], threatened(tree, index, i)
            code = match.code  # the threat itself, not an intent to make one
        said = protests_a_statement(tree, i) if code[:3] == "141" else None
        if said is not None:
            # "X are failing refugees, a rights group protested": words, not a demonstration
            code = CRITICISM
            if toks[i].dep == "acl":  # the speaker misread as an apposition, protest as its
                sources = index.at(toks[i].head)  # participle: "refugees, a group protested"
            targets = [a for a in index.at(subject_of(tree, said)) if a not in sources]
        sources, targets = no_appositives(tree, sources), no_appositives(tree, targets)
        uncoded = not any(a.country for a in targets)
        offered = modality in ("threatened", "intended")  # a conditional threat or offer
        cond = _conditioned(tree, i) if uncoded and offered else None
        if cond is not None:
            # "Beijing said it would retaliate if Manila continued its patrols": at Manila;
            # "threatened to send refugees to Europe if the EU ...": at the EU, not the sent
            own = {a.country for a in sources}
            found = [a for a in index.at(condition_subject(tree, cond)) if a.country not in own]
            targets = found or targets
        if code[:3] == CRITICISM and not any(a.country for a in targets):
            targets = blamed_in_description(tree, index, i, sources) or targets
        if not targets:  # "arrived in Madrid", "strikes on sites in Pakistan"
            targets = place_targets(tree, index, i, code, sources)
        sources = [owned(tree, index, a) for a in sources]
        if code[:3] == "141" and protest_by_a_state(tree, i, sources):
            code = CRITICISM  # "the embassy protested the arrest of its nationals"
        code = bombed_by_a_state(tree, i, riot_by_the_state(code, sources, targets), sources)
        code = fired_in_exercises(tree, i, code)
        code = sent_to_help(tree, i, blocked_by_the_state(code, sources))
        code = left_a_body(killed_by_whom(tree, i, code, sources, targets), targets)
        targets = [held_by(tree, index, owned(tree, index, a), code) for a in targets]
        if a_warning_not_a_threat(tree, index, i, sources) or decoys.not_an_act(
            match, sources, targets
        ):
            continue
        force = match.code[:2] in FORCE_ROOTS  # things that do force: weapons, above
        if not sources and not force and said_by_a_thing(tree, index, i, options.require_actor):
            continue
        if not sources and (background_conflict(tree, match) or exile_by_no_one(tree, match)):
            continue
        reporter = _reporter(tree, index, i, rep, quoted, i in speech)
        if reporter is not None:
            reporter = _office_of_the_doer(tree, reporter, sources)
            sources = speaker_sources(tree, i, sources, reporter)
            sources = joint_speakers(tree, index, sources, reporter)
            if (
                modality == "intended"
                and rep is not None
                and tree.lemmas[rep] in _ASSURING
                and not any(resolved(t) for t in targets)
            ):
                # "China told Britain that it would preserve Hong Kong's system": a promise
                # made to the one told
                told = index.at(tree.child(rep, TOLD))
                targets = [a for a in told if resolved(a) and a not in sources] or targets
            threat = m.future and modality == "threatened" and match.frame is None
            if threat and _foretold(sources, reporter):
                # "Biden said Russia would invade": a foreign speaker's forecast, not the
                # doer's threat (a visit another side announces is still a plan, 03)
                code, modality = match.code, "hypothetical"
            denied = m.disowned or (negated and modality == "asserted" and rep is not None)
            if denied and "14" <= code[:2] <= "20" and _own_side(sources, reporter):
                # "Rubio said the United States was not involved in the strikes", "Serbia
                # said it had not deployed troops": a denial of one's own side's act
                code, negated, sources, targets = DENY_RESPONSIBILITY, False, [reporter], []
            elif code == DENY_RESPONSIBILITY and rep is not None and _own_side(sources, reporter):
                # "Peru's minister said Peru had nothing to do with the bombing": the speaker
                # denies, by saying so, for the side they speak for
                sources, match = [reporter], dataclasses.replace(match, token=rep)
        drafts.append(Draft(match, sources, targets, negated, modality, reporter, code))
        # "said" or "according to", not "denied" nor the object of a condemnation
        plain = (
            _is_statement(matches[rep]) if rep is not None else according_to(tree, i) is not None
        )
        # "claimed" or "alleged" of another's force accuses; "said" only by PETRARCH-2's rule
        alleged = rep is not None and tree.lemmas[rep] in ALLEGING
        accuse = alleged or options.reported_force_as_accusation
        last = drafts[-1]  # whether force is on an armed group matters only to a claim of it
        armed = reporter is not None and not last.targets and last.code[:2] in FORCE_ROOTS
        claim = claim_of(last, accuse, armed and on_armed_group(tree, i)) if plain else None
        if claim is not None:
            drafts.append(claim)
        owned_up = responsibility_of(drafts[-1], tree.lemmas[rep]) if rep is not None else None
        if owned_up is not None:
            drafts.append(owned_up)
        told_first = rep is not None and rep < i  # "Russia said that Ukraine shelled ..."
        if options.reported_force_claim_only and told_first and drafts[-1] is not last:
            # PETRARCH-2 codes a claim of force whose speaker comes first as the claim alone
            drafts[:] = [d for d in drafts if d is not last]
    host_guests(tree, drafts)
    claimed_force(tree, drafts)
    concessions_restated(tree, drafts)
    return fold_purposes(tree, fold_results(tree, drafts))


def _conditioned(tree: Tree, i: int) -> int | None:
    """The act whose ``if``/``unless`` clause a threat carries: its own, or its infinitive's
    ("threatened to send refugees to Europe if the EU called it an invasion")."""
    if has_condition(tree, i):
        return i
    deps = tree.deps
    return next(
        (
            c
            for c in tree.kids[tree.clause_head(i)]
            if deps[c] == "xcomp" and has_condition(tree, c)
        ),
        None,
    )


def _not_an_act(
    tree: Tree,
    index: ActorIndex,
    match: Match,
    matches: dict[int, Match],
    coercions: set[int],
    acts: set[int],
) -> bool:
    """The tests that a trigger names no act of its own, whoever its actors are: asked before
    the actors are read, which they do not need (those that do follow the actors)."""
    i = match.token
    return (
        done_by_a_thing(tree, index, match)
        or describes_its_people(tree, index, match)
        or dismissed_by_superior(tree, index, match)
        or prevented(tree, i)
        or sought_outcome(tree, i)
        or given_time_to(tree, i)
        or denied(tree, i)
        or stative_participle(tree, i)
        or manner_of_another(tree, match, coercions)
        or aim_of_a_measure(tree, match, matches)
        or nothing_happened(tree, i)
        or object_of_another(tree, match, acts)
        or a_name_or_an_order(tree, match)
        or standing_stance(tree, i)
        or announced_act(tree, match)
        or scheduled_occasion(tree, match)
        or document_content(tree, i, matches)
        or limited_matter(tree, match)
        or inside_framed(tree, i, matches)
        or refuge_arrival(tree, match)
        or visiting_guest(tree, match)
        or told_since(tree, i)
        or described_long_ago(tree, i)
        or long_before(tree, tree.tokens[i].head if tree.deps[i] == "nsubj" else i)
        or in_protest(tree, i, matches)
        or measure_in_force(tree, match)
        or cleared_away(tree, i)
        or gone_into_exile(tree, i)
        or sought_not_done(tree, i)
        or charged_deed(tree, i)
        or settled_matter(tree, i)
        or refused_not_done(tree, i)
    )


# Forces disbanded: with no one named, the forces themselves demobilize.
_DEMOBILIZE = "0873"
# Peacekeepers withdrawn (not expelled): with no one named, their own side withdraws them.
_PEACEKEEPERS_WITHDRAWN = "1661"
_WITHDRAWING = frozenset({"withdraw", "pull", "recall", "repatriate", "bring", "ship"})


def _withdrawn_by_their_own(tree: Tree, i: int, code: str) -> bool:
    """Whether a passive act with no doer named is done by the side of those it is done to:
    forces demobilized, peacekeepers pulled out."""
    if code == _DEMOBILIZE:
        return True
    return code == _PEACEKEEPERS_WITHDRAWN and tree.lemmas[i] in _WITHDRAWING


# Roots of acts aimed at someone that a coordinated verb may leave unnamed: demands,
# disapproval, rejections, threats, reduced relations and coercion.
_AIMED_ROOTS = frozenset({"10", "11", "12", "13", "16", "17"})


def _conjoined_targets(tree: Tree, drafts: list[Draft]) -> None:
    """ "announced tariffs on India and threatened further penalties": a coordinated hostile
    act that names no one is aimed where the act it is coordinated with was, by the same doer."""
    by_token = {d.match.token: d for d in drafts}
    toks = tree.tokens
    for d in drafts:
        i = d.match.token
        if d.targets or d.code[:2] not in _AIMED_ROOTS or tree.deps[i] != "conj":
            continue
        first = by_token.get(toks[i].head)
        if (
            first is not None
            and first.targets
            and first.code[:2] in _AIMED_ROOTS
            and {a.code for a in first.sources} == {a.code for a in d.sources}
        ):
            d.targets = list(first.targets)


ALLEGING = frozenset({"claim", "allege"})
DEMAND = "10"


# offices that, named with no country, speak for the state whose act they tell
_STATE_OFFICES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
_NOT_STATES = frozenset({"IGO", "IMG", "NGO", "MNC", "UNO"})


def _office_of_the_doer(
    tree: Tree, reporter: ActorMention, sources: Sequence[ActorMention]
) -> ActorMention:
    """ "Turkey detained 40 suspects, the interior ministry said": a definite state office
    with no country, telling what one state did, is that state's office."""
    code = reporter.code or ""
    if reporter.country or not code.startswith("---") or code[3:6] not in _STATE_OFFICES:
        return reporter
    countries = {a.country for a in sources}
    country = countries.pop() if len(countries) == 1 else None
    if not country or not country.isalpha() or country in _NOT_STATES:
        return reporter
    if not any(tree.lemmas[c] == "the" for c in tree.kids[reporter.head]):
        return reporter
    return dataclasses.replace(
        reporter, code=country + code[3:], country=country, rule=f"{reporter.rule}+doer"
    )


def _own_side(sources: Sequence[ActorMention], reporter: ActorMention) -> bool:
    """Every doer is of the speaker's own country: the speaker speaks for them."""
    country = reporter.country
    return bool(country and sources) and all(a.country == country for a in sources)


def _foretold(sources: Sequence[ActorMention], reporter: ActorMention) -> bool:
    """Every doer is of a known country other than the speaker's."""
    country = reporter.country
    return bool(country and sources) and all(a.country and a.country != country for a in sources)


def _is_statement(match: Match) -> bool:
    return match.pattern.speech and match.code == STATEMENT and match.frame is None


# nouns that name the report itself: "..., a claim the army denied"
_REPORT_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "assertion", "report"})


def _answers_the_report(tree: Tree, i: int) -> bool:
    """ "Hamas said Israeli forces killed five people, a claim the army denied": the denial
    answers the report from outside it, though the indirect quote runs to the full stop."""
    verb = tree.clause_head(i)
    noun = tree.tokens[verb].head
    return (
        tree.deps[verb] == "relcl"
        and tree.lemmas[noun] in _REPORT_NOUNS
        and tree.deps[noun] in ("appos", "npadvmod", "dobj", "conj")
    )


def _reporter(
    tree: Tree,
    index: ActorIndex,
    i: int,
    rep: int | None,
    quoted: list[tuple[int, int, ActorMention]],
    speaks: bool,
) -> ActorMention | None:
    """Who reports the act: the reporting verb's subject, the speaker of a quote holding it
    (``quoted``: each quote's spans with its speaker, in quote order), "according to" X. An
    indirect quote runs to the full stop, so a speech act (``speaks``) of another side set
    against it ("..., while Cambodia accused Thailand") and an answer to it are left out."""
    if rep is not None:
        found = index.at(subject_of(tree, rep))
        if found:
            return found[0]
    start = tree.tokens[i].start
    if not _answers_the_report(tree, i) and not (speaks and contrasted(tree, tree.clause_head(i))):
        for begin, end, speaker in quoted:
            if begin <= start < end:
                return speaker
    found = index.at(according_to(tree, i))
    return found[0] if found else None
