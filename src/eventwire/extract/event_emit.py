"""From a draft act to its Event records: place, stand-in actors, one event per pair, date.

A draft (``event_context.Draft``) holds a matched trigger with its source and target mentions.
Emitting it places the act (``locations``), lends domestic roles the country where the act
happened ("police" in a Tbilisi story), stands in a target that a coder would infer (the place
of a strike, a protest's own state), pairs sources with targets (reciprocal acts once per
pair), and dates each event from the time expression that governs its trigger.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire.coding.cameo import FORCE_ROOTS, HARM_ROOTS, lookup
from eventwire.extract.event_context import GATHERINGS, TRANSNATIONAL, Draft, on_a_vessel
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_filters import blast
from eventwire.extract.event_locals import (
    armed_forces_of,
    domestic,
    home_actor,
    insurgents_at_home,
    is_local_office,
    of_country,
    people_of,
    place_actor,
    placed_target,
)
from eventwire.extract.event_match import Match
from eventwire.extract.event_pairs import (
    DIRECTED_CODES,
    RECIPROCAL_CODES,
    RECIPROCAL_ROOTS,
    done_together,
    pairs_of,
)
from eventwire.extract.event_parties import (
    AUTHORITIES,
    CHALLENGER_ROOTS,
    CHALLENGERS,
    challenged_authority,
    country_of,
    sole_other_party,
    state_of,
    state_role,
)
from eventwire.extract.event_places import struck_place
from eventwire.extract.event_roles import ActorIndex, a_protest, own_thing, resolved
from eventwire.extract.event_sides import (
    aimed,
    done_to_each_other,
    home_of_joint_doers,
    sides_between,
)
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_venues import VENUES, at_a_gathering, not_a_target
from eventwire.extract.event_words import ACTED_ON
from eventwire.extract.locations import countries_placed, locate, place_at, place_of_noun
from eventwire.extract.time import date_event
from eventwire.models import (
    ActorMention,
    CameoCode,
    Entity,
    Event,
    Location,
    ParsedArticle,
    Span,
    TimeExpression,
)


@dataclass(frozen=True, slots=True)
class EventOptions:
    """The event stage's settings (``[extract.events]``); evaluations set their own."""

    code_statements: bool = False  # plain statements as CAMEO 01 events
    require_actor: bool = True  # drop acts with no actor that has a code or a country
    # a material act with no codeable target acts on the country where it happened
    # ("Serbia eased emergency measures in Montenegro"), and a protest with neither on the
    # protesters' own state, as PLOVER and CAMEO coders infer
    target_from_location: bool = True
    # an act of one doer with no target, or one named without a country, acts on the one
    # other state or organisation named in its own phrase, places, its side and the speaker aside
    target_from_sentence: bool = True
    # "Ukraine said Russia launched missiles" is Russia's attack; PETRARCH-2 also codes an
    # accusation by Ukraine, which double-counts the act for an analyst: off by default
    reported_force_as_accusation: bool = False
    # "Russia said that Ukraine shelled the town": PETRARCH-2 codes a claim of force whose
    # speaker comes first as the claim alone (112, or 015 of one's own), not the force besides
    reported_force_claim_only: bool = False
    # PETRARCH-2 codes verb phrases: a noun is an act only as a verb's matter ("staged a
    # protest"), and a clause describing a noun, or an adverbial clause of a verb that codes
    # an act, is no act of its own; off by default
    verb_phrase_events_only: bool = False
    # PETRARCH-2 reads through a modal, a timetable and a promise no one reports ("will visit
    # China", "is scheduled to meet", "pledged to expel"): the act's own code (042, 174),
    # where CAMEO codes a future good as an intent (036); a future harm stays a threat; off
    # by default
    modals_read_through: bool = False


# Relations reduced by no one named ("the storm cut power to 300,000 homes"): no act.
_REDUCED = "16"
# Offices that act at home only: their unplaced people are their own country's.
_AT_HOME = frozenset({"COP", "JUD"})
# Rulings a passive tells without the court: "was sentenced", "was convicted".
_RULINGS = frozenset({"116"})
# Curfews and states of emergency imposed or eased: only the state where they hold decrees them
_CURFEWS = frozenset({"1723", "1724", "0813", "0814"})
# So are the freedoms to gather, speak and organise restricted or eased ("allowed the
# opposition to rally", "banned the party") and such measures kept in force ("refused to lift
# the curfew", 1241), in a sentence that names no other state
_DECREED = _CURFEWS | {"1721", "1722", "0811", "0812", "1241"}
# Acts a passive may tell without their doer and still be kept: the doer is known otherwise
_DOERLESS_PASSIVES = _RULINGS | _DECREED


def emit_events(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    draft: Draft,
    timexes: Sequence[TimeExpression],
    entities: dict[int, list[Entity]],
    options: EventOptions,
    home: str | None = None,
    places: dict[int, Location | None] | None = None,
) -> list[Event]:
    """The events of one draft. ``places``: each trigger's place, kept across the drafts of
    one article (several drafts share a trigger: a claim, an owned-up act)."""
    match = draft.match
    if (
        not draft.sources
        and (draft.code[:2] <= "13" or draft.code[:2] == _REDUCED)
        and options.require_actor
        and not (draft.code in _DOERLESS_PASSIVES and tree.is_passive(match.token))
    ):
        # "a charge the Gulf state denied", "protested to London" with the subject lost: words
        # with no one saying them are no one's act (asked first: the sources below are the
        # draft's one for one, a gathering's stand-in people come only to codes 14); but
        # "Fujimori was sentenced to 25 years": a court's ruling, whichever court
        return []
    i = match.token
    tok = parsed.tokens[i]
    if places is None or i not in places:
        location = _place_of(parsed, tree, index, i, entities)
        if location is None and draft.code in _DECREED and match.complement is not None:
            # "allowed the opposition to hold a rally in Nairobi": where what is allowed is
            location = _place_of(parsed, tree, index, match.complement, entities)
        if places is not None:
            places[i] = location
    else:
        location = places[i]
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
    states = {a.country for a in draft.sources if a.country and a.country not in TRANSNATIONAL}
    where = location.country if location is not None else None
    struck = local
    if (
        local is None
        and where is None
        and (
            draft.code[:2] in _OWN_PEOPLE
            or draft.code[:3] == _YIELD_PROMISED
            or draft.code.startswith(_HOME_CHANGES)
        )
        and len(states) == 1
        and not _captives(tree, draft)
    ):
        # "the military government released two jailed opposition leaders": its own
        struck = next(iter(states))
    elif (
        local is None
        and where is not None
        and where not in TRANSNATIONAL
        and draft.code[:2] in HARM_ROOTS
    ):
        # "Israeli troops arrested three protesters in Hebron": the people coerced or struck
        # are the place's, whoever's the troops are
        struck = where
    elif (
        local is None
        and where is None
        and draft.code[:2] in FORCE_ROOTS
        and len(states) == 1
        and all((a.code or "")[3:6] in _INSURGENTS for a in draft.sources if a.country)
        and countries_placed(parsed, tok.sent, entities) <= states
    ):
        # "Islamist militants hacked 15 villagers to death": rebels and gunmen strike at home;
        # not "a bombing claimed by Hamas on a crowded Jerusalem bus"
        struck = next(iter(states))
    elif draft.code[:2] in FORCE_ROOTS and where is None and armed_forces_of(draft.sources, home):
        # "WASHINGTON - The U.S. military struck a vessel, killing 11 people": a state's own
        # forces strike others; the dateline that is theirs says nothing of who was killed
        struck = None
    targets = [
        domestic(placed_target(parsed, t, entities), struck, is_local_office(tree, t))
        for t in draft.targets
    ]
    if (
        draft.code[:2] in _ADDRESSED_AT_HOME
        and len(states) == 1
        and all((a.code or "")[3:6] in _DOMESTIC_VOICES for a in draft.sources)
    ):
        # "Guaido called on the military to abandon Maduro": an opposition's, a church's or
        # a parliament's appeal to "the military" or "the government" is to its own
        state = next(iter(states))
        targets = [
            of_country(t, state, "addressed") if _bare_institution(t) else t for t in targets
        ]
    sources = [
        # "MOSCOW - The foreign ministry summoned the U.S. ambassador": an office is the
        # dateline's even where a foreign party is named
        domestic(a, local or (home if office else None), office)
        for a in draft.sources
        for office in (is_local_office(tree, a),)
    ]
    if where not in TRANSNATIONAL and not any(a.country for a in sources):
        sources = [insurgents_at_home(a, where) for a in sources]
    if (
        where
        and where not in TRANSNATIONAL
        and draft.code[:2] == _COERCION
        and sources
        and all(a.code == _UNPLACED_GOVERNMENT for a in sources)
        and not _names_other(index, tok.sent, where, False)
    ):
        # "the government crushed the student movement in Burma": a government no one places
        # coerces where it rules, in a sentence naming no other state
        sources = [of_country(a, where, "local") for a in sources]
    decreed_in = (where or _sole_country(targets)) if draft.code in _DECREED else None
    if (
        decreed_in
        and decreed_in not in TRANSNATIONAL
        and (draft.code in _CURFEWS or not _names_other(index, tok.sent, decreed_in, False))
    ):
        # "the prime minister lifted the state of emergency in the Thai capital", "imposed a
        # curfew on Srinagar": an office no one names a country for decrees where the decree
        # holds
        sources = [
            of_country(a, decreed_in, "decreed") if a.code == _UNPLACED_GOVERNMENT else a
            for a in sources
        ]
    ruled = _one_state(targets, _GOVERNMENT)
    if ruled and sources and all(a.code == _OPPOSITION for a in sources):
        # "opposition supporters marched against Maduro's government": an opposition no one
        # names a country for opposes its own government
        sources = [of_country(a, ruled, "opposed") for a in sources]
    ruling = _one_state(sources, _GOVERNMENT)
    if ruling and targets and all(t.code == _OPPOSITION for t in targets):
        # "Maduro agreed to meet opposition leaders": a government's opposition is its own
        targets = [of_country(t, ruling, "opposed") for t in targets]
    # "The Ugandan army killed 20 rebels", "the government in Dhaka signed a peace accord with
    # tribal guerrillas": rebels no one places, facing one state's government or forces in a
    # sentence that names no other state, are that state's
    facing = _one_state(sources, _STATE_FORCES) or _one_state(targets, _STATE_FORCES)
    if facing and where in (None, facing) and not _names_other(index, tok.sent, facing, False):
        if targets and all(t.code == _REBELS for t in targets):
            targets = [of_country(t, facing, "opposed") for t in targets]
        if sources and all(a.code == _REBELS for a in sources):
            sources = [of_country(a, facing, "opposed") for a in sources]
    if not sources and draft.code in _DECREED:
        # "A dusk-to-dawn curfew was imposed in Kathmandu", "the curfew in Colombo was eased",
        # "imposed on the Indonesian city of Ambon": only that place's state decrees it, on
        # its own people
        sources, targets = _decreed_at_home(parsed, location, targets)
    governments = {a.country for a in sources if a.country and (a.code or "")[3:6] == "GOV"}
    if len(governments) == 1 and len(sources) > 1:
        # "Sudan's government and southern rebels signed": the rebels the government deals
        # with beside it are its country's
        sources = [domestic(a, next(iter(governments))) for a in sources]
    police = {a.country for a in sources if a.country and (a.code or "")[3:6] in _AT_HOME}
    if len(police) == 1 and all((a.code or "")[3:6] in _AT_HOME for a in sources):
        # "Myanmar police opened fire on protesters in several cities": police and courts act
        # at home, on their own country's people
        targets = [domestic(t, next(iter(police))) for t in targets]
    targets = [challenged_authority(t, sources, draft.code) for t in targets]
    targets = [t for t in targets if not not_a_target(tree, t, sources, draft)]
    # "thousands joined anti-American protests in Karachi": a crowd against a state named
    # nowhere else is still the people of where it gathers
    crowd = local or next((c for c in (home, where) if c and c not in named), None)
    if not sources and draft.code[:3] in GATHERINGS and crowd and options.target_from_location:
        # "thousands marched through Tbilisi": unnamed protesters are the place's people
        sources = [people_of(parsed, tok, crowd)]
    if (
        options.target_from_location
        and draft.code[:2] in FORCE_ROOTS
        and where
        and where not in TRANSNATIONAL
        and not any(a.country for a in sources)
        and not (tok.pos in ("NOUN", "PROPN") and tok.dep == "pobj")
    ):
        # "a car bomb exploded outside a police station in Baghdad", "unknown gunmen shot dead
        # a judge in Beirut": force no one names a country for is the place's unidentified
        # attackers', as ICEWS's "Unidentified Gunmen (Iraq)" and the PLOVER records code it;
        # not "rounded up 40 people in dawn raids", whose raids are the police's
        sources = [domestic(a, where) for a in sources]
        if not sources and (draft.code[:2] == _ASSAULT or _blasted(tree, draft)):
            # (a bomb, a kidnapping, an assassination, "an explosion killed 12 people in
            # Baghdad"; not "rockets killed three people in Sderot", fired from elsewhere)
            sources = [people_of(parsed, tok, where, "UAF")]
    if (
        options.target_from_location
        and not sources
        and draft.code[:3] in _POLICED
        and where
        and where not in TRANSNATIONAL
    ):
        # "a French aid worker was arrested in Kenya", "tear gas was fired at protesters in
        # Nairobi": arrests and crackdowns no one names a doer for are the place's police's,
        # as the PLOVER records code an arrest by its place
        sources = [people_of(parsed, tok, where, "COP")]
    if (
        location is not None
        and location.country
        and targets
        and all(t.rule == "claimant" and t.country != location.country for t in targets)
        and not any(own_thing(tree, c) for c in tree.children(i, ACTED_ON))
    ):
        # "retook a village in Cambodia, Thai sources said": the claimant stands in only for
        # a target nowhere to be found, and the place is one; not "attacked its embassy in
        # Damascus", the claimant's own
        targets = []
    if (
        options.target_from_location
        and not any(resolved(t) for t in targets)  # nor "nine civilians", of no known country
        and (hit := struck_place(parsed, tree, index, i, draft.code, entities, sources, home))
    ):
        # "shelled Kharkiv", "shelled the port city of Kherson": the place force is aimed at
        targets = [place_actor(parsed, hit)]
    elif (
        options.target_from_location
        and draft.code[:2] >= "06"
        and location is not None
        and location.country
        and not _codeable(targets)
        and not at_a_gathering(parsed, tree, i, location)
        and not home_of_joint_doers(sources, location)
        and not _opening_words(tree, i, draft.code)
    ):
        # no target we can code ("killed the deputy chief in southern Lebanon"): the place,
        # and each place listed with it ("struck targets in Afghanistan and Sudan")
        targets = [place_actor(parsed, location)]
        targets += _listed_places(parsed, tree, index, entities, targets[0])
    elif (
        options.target_from_location
        and draft.code[:3] == "172"
        and local
        and sources
        and not _codeable(targets)
        and all(s.country == local for s in sources)
    ):
        # "the martial law command banned all political activity": repression of its own,
        # named by the dateline's place where the story was filed from there
        targets = [home_actor(tok, local)]
    elif (
        options.target_from_location
        and draft.code[:2] == "14"
        and not any(resolved(t) for t in targets)
    ):
        # a protest with no target and no place is a protest against the protesters' own
        # state, as one "against the government" with no country named is (not a state's
        # own boycott: "Syria boycotted the conference")
        targets = [
            state_of(s)
            for s in sources[:1]
            if s.country and len(s.country) == 3 and not (draft.code == _BOYCOTT and state_role(s))
        ]
    elif (
        options.target_from_location
        and len(sources) == 1
        and draft.code[:2] not in _AT_VENUES
        and not _codeable(targets)
        and (place := _object_place(parsed, tree, i, match.complement, index, entities))
    ):
        # "expressed sorrow for the shootings in Charleston", "will evacuate the settlements
        # in Gaza": the place of what the act is about stands in for its target
        targets = [place_actor(parsed, place)]
    elif (
        options.target_from_location
        and not _codeable(targets)
        and _domestic_act(tree, index, draft)
        and not on_a_vessel(tree, i)  # "the Houthis fired at a tanker": not at Yemen
    ):
        # "threatened to impose a curfew", "opposition groups demanded that ...": coercion
        # and demands with no one named are domestic
        challenge = _challenge(draft)
        targets = [
            state_of(s) if challenge else country_of(s)
            for s in sources[:1]
            if s.country not in TRANSNATIONAL
        ]
    if (
        options.target_from_sentence
        and not any(t.country for t in targets)
        and len(sources) == 1
        and not draft.code.startswith(_STATEMENTS)
    ):
        # an act of one doer the syntax gives no target, or one of no country: the one other
        # party named in its phrase ("Spain backed down, paving the way for a fishing deal
        # with Morocco")
        refused = match.complement if draft.code[:2] == _REJECT else None
        other = sole_other_party(tree, index, i, sources[0], draft.reported_by, refused)
        targets = [other] if other is not None else targets
    # (one doer is no two sides)
    each_other = len(sources) >= 2 and done_to_each_other(tree, i, sources)
    if each_other:
        # "Russia and Ukraine exchanged prisoners", "Indian and Chinese troops clashed along
        # their border": each side does it to the other, whatever else the clause names
        targets = []
    # pairs_of reads ``joint`` only of sources with targets, and ``directed`` only of a fight
    # by several doers with none: neither is asked of the tree otherwise
    pairs = pairs_of(
        sources,
        targets,
        draft.code,
        bool(sources and targets)
        and (
            done_together(tree, i, draft.code, targets)
            or (
                draft.code not in DIRECTED_CODES
                and (draft.code[:2] in RECIPROCAL_ROOTS or draft.code in RECIPROCAL_CODES)
                and sides_between(tree, i, [*sources, *targets])
            )
        ),
        len(sources) >= 2
        and not targets
        and draft.code[:2] == "19"
        and not each_other
        and aimed(tree, i),
        each_other,
    )
    if options.require_actor:
        pairs = [(s, t) for s, t in pairs if (s and resolved(s)) or (t and resolved(t))]
    aimed_at = {id(s) for s, t in pairs if t is not None and resolved(t)}
    if aimed_at:
        # "detained two Canadians, Michael Kovrig and Michael Spavor": names no dictionary
        # codes, beside a coded target of the same act, are no other target
        pairs = [(s, t) for s, t in pairs if id(s) not in aimed_at or (t and resolved(t))]
    if not options.require_actor and not pairs:
        pairs = [(None, None)]
    if not pairs:
        return []
    cameo = _cameo(draft.code, match)
    trigger = Span(tok.start, tok.end, tok.text)
    sentence = parsed.sentences[tok.sent]
    evidence = _evidence(sentence.start, sentence.end, sentence.text)
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


def _decreed_at_home(
    parsed: ParsedArticle, location: Location | None, targets: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The state a curfew or an emergency is imposed or eased in, as its doer, and the place
    as its target when none is named: where the act is, else the one state its targets
    name."""
    if location is not None and location.country and location.country not in TRANSNATIONAL:
        place = place_actor(parsed, location)
        return [_government(place, location.country)], targets if _codeable(targets) else [place]
    country = _sole_country(targets)
    if country is not None and country not in TRANSNATIONAL:
        return [_government(targets[0], country)], targets
    return [], targets


def _government(actor: ActorMention, country: str) -> ActorMention:
    """The government of ``country``, read off a mention of its place or people."""
    return dataclasses.replace(
        actor, code=f"{country}GOV", country=country, rule=f"{actor.rule}+decreed"
    )


def _place_of(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    i: int,
    entities: dict[int, list[Entity]],
) -> Location | None:
    """Where the act at ``i`` happened."""
    location = locate(parsed, tree, i, index.covering, entities)
    if location is None and (
        tree.deps[i] == "advcl" or _happened_at_verb(tree, i) or _harmed_in(tree, i)
    ):
        # "were killed in Thailand when rockets hit a station": the clause it explains;
        # "protests erupted in Tbilisi": where what it did happened
        location = locate(parsed, tree, parsed.tokens[i].head, index.covering, entities)
    if location is None:
        # "was assassinated as he stepped off a plane at Manila airport": the clause of the
        # moment it happened says where
        for c in tree.kids[i]:
            if tree.deps[c] == "advcl" and any(
                tree.deps[m] == "mark" and tree.lemmas[m] in _MOMENT_MARKS for m in tree.kids[c]
            ):
                location = locate(parsed, tree, c, index.covering, entities)
                if location is not None:
                    break
    subj = subject_of(tree, i) if location is None else None
    if subj is not None and blast(tree, subj):
        # "violence in Burundi has killed hundreds": where the violence was
        location = place_of_noun(parsed, tree, subj, index.covering, entities)
    return location


# Marks of a clause telling the moment of another act: "as he drove", "when he left".
_MOMENT_MARKS = frozenset({"as", "when", "while"})


_BOYCOTT = "143"
_ASSAULT = "18"
_FORCE_ROOT = "19"


def _blasted(tree: Tree, draft: Draft) -> bool:
    """Force whose subject is a blast or violence no one is named for ("an explosion killed")."""
    subj = subject_of(tree, draft.match.token)
    return draft.code[:2] == _FORCE_ROOT and subj is not None and blast(tree, subj)


# Arrests and crackdowns: with no doer named, the police where they happen made them.
_POLICED = frozenset({"173", "175"})
# Armed men of no state: their unnamed victims are their own country's people.
_INSURGENTS = frozenset({"REB", "UAF", "CRM"})
# Roots of acts a state does to people of its own when no other country is named: yielding
# (releases, concessions) and coercion (arrests, bans).
_OWN_PEOPLE = frozenset({"08", "17"})
_YIELD_PROMISED = "035"  # and yielding promised: "offered to free jailed rebels"
# Words addressed to a bare institution, "the military": appeals, demands, disapproval.
_ADDRESSED_AT_HOME = frozenset({"02", "10", "11"})
# The state institutions such words may name without a state.
_INSTITUTIONS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def _bare_institution(actor: ActorMention) -> bool:
    """ "the military", "the government": a state institution named without a state."""
    code = actor.code or ""
    return code.startswith("---") and code[3:6] in _INSTITUTIONS and not actor.country


# An opposition no one names a country for, and the government whose it then is.
_OPPOSITION = "---OPP"
_REBELS = "---REB"
_UNPLACED_GOVERNMENT = "---GOV"
_COERCION = "17"
_GOVERNMENT = frozenset({"GOV"})
_STATE_FORCES = frozenset({"GOV", "MIL", "COP"})
# Refusals: the parties inside a refused act are not whom it refuses.
_REJECT = "12"
_STATEMENTS = "01"


def _sole_country(actors: Sequence[ActorMention]) -> str | None:
    """The one country ``actors`` name, if they name exactly one."""
    countries = {a.country for a in actors if a.country}
    return next(iter(countries)) if len(countries) == 1 else None


def _one_state(actors: Sequence[ActorMention], roles: frozenset[str]) -> str | None:
    """The one state whose ``roles`` every actor is, if they all are one's."""
    states = {a.country for a in actors if a.country and (a.code or "")[3:6] in roles}
    if len(states) != 1 or len(actors) != sum(1 for a in actors if a.country in states):
        return None
    return next(iter(states))


# Who speaks at home: a state's own opposition, parties, people, churches and chambers.
_DOMESTIC_VOICES = frozenset(
    {"OPP", "PTY", "CVL", "REL", "LAB", "EDU", "LEG", "JUD", "MED", "BUS", "AGR", "HLH"}
)
# People held by whoever frees them, and so never theirs: "Hamas released 24 hostages".
_HELD = frozenset({"hostage", "captive", "abductee", "kidnappee"})


def _captives(tree: Tree, draft: Draft) -> bool:
    """Whether the act is done to hostages or captives, whose country is not the captor's."""
    i = draft.match.token
    comp = draft.match.complement  # "offered to release the hostages"
    heads = (i,) if comp is None else (i, comp)
    return any(
        tree.lemmas[c] in _HELD
        for c in (*heads, *(k for h in heads for k in tree.kids[h]), *draft.match.absorbed)
        if tree.deps[c] in ("dobj", "nsubjpass", "pobj") or c == i
    )


# Meetings and signings: a place named on what they are about is where they happened.
def _opening_words(tree: Tree, i: int, code: str) -> bool:
    """Words (roots up to 13) in a participle that opens its sentence: "Defying calls for
    restraint, Iran fired missiles at Israel" defies no one in Israel, where the fire lands."""
    return code[:2] <= "13" and tree.deps[i] == "advcl" and i < tree.tokens[i].head


_AT_VENUES = frozenset({"04", "05"})
# Prepositions that lead from an act to what it is about: "sorrow for", "extension of".
_ABOUT = frozenset({"for", "of", "to", "over", "about", "into"})
_ARGUMENTS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp"})


def _object_place(
    parsed: ParsedArticle,
    tree: Tree,
    i: int,
    comp: int | None,
    index: ActorIndex,
    entities: dict[int, list[Entity]],
) -> Location | None:
    """The country where the thing an act is about lies: the place named on its object or
    complement noun, or on what they are for or of (two steps at most). Only a noun's own
    place counts: "agreed to hold talks in Geneva" names a venue, not a target."""
    toks = parsed.tokens
    seeds = [c for c in tree.kids[i] if toks[c].dep in _ARGUMENTS]
    if comp is not None and comp != i:
        seeds.insert(0, comp)
    seeds += [g for p, g in tree.preps(i) if p in _ABOUT]
    if toks[i].pos == "NOUN" and tree.deps[i] == "dobj":
        # "opened an inquiry into abuses in Sudan": the parser hangs "into" on the light verb
        seeds += [g for p, g in tree.preps(toks[i].head) if p in _ABOUT]
    seeds += [g for c in seeds if toks[c].pos == "VERB" for g in tree.children(c, ACTED_ON)]
    frontier = seeds + [g for c in seeds for p, g in tree.preps(c) if p in _ABOUT]
    for c in frontier:
        if toks[c].pos not in ("NOUN", "PROPN") or tree.lemmas[c] in VENUES:
            continue
        if a_protest(tree, c):  # "called for another march in Nairobi": where it marches
            continue
        place = place_of_noun(parsed, tree, c, index.covering, entities, VENUES)
        if place is not None and place.country:
            return place
    return None


def _harmed_in(tree: Tree, i: int) -> bool:
    """ "were killed in a car bombing in Beirut": the attack happened where its victims were
    killed (its verb holds the place)."""
    toks = tree.tokens
    if tree.deps[i] == "compound":
        i = toks[i].head
    return tree.deps[i] == "pobj" and tree.lemmas[toks[i].head] == "in" and toks[i].pos == "NOUN"


def _happened_at_verb(tree: Tree, i: int) -> bool:
    """A nominal act that is the subject of a verb of happening ("protests erupted", "fighting
    raged"), which says where it happened; not of a verb with an object of its own ("the
    strikes hit several villages"), whose place is where that object is."""
    tok = tree.tokens[i]
    return (
        tok.dep == "nsubj"
        and tok.pos == "NOUN"
        and tree.child(tok.head, frozenset({"dobj"})) is None
    )


# Acts on one's own country when no one else is named: coercion (17), threats of
# administrative sanctions or repression (132, 137). Not investigations: "prosecutors opened
# an inquiry into the cyberattack" is into a matter, and its country read as the target is the
# investigator's own name again.
_DOMESTIC_CODES = ("17", "132", "137")
# Easing restrictions or dissent, political reform, releasing people (081-084): done at home.
# Not sanctions eased, access allowed or forces withdrawn: those are for others.
_STATE_CONCESSIONS = frozenset({"081", "082", "083", "084"})
# Reform and yielding at home promised (034, 0351-0353) or refused (1231-1234, 1241-1243),
# arms laid down (0873), inquiries (09) and repression threatened (132, 137): a state's own
# people, or the state its challengers face, are whom they concern.
_HOME_CHANGES = (
    "034", "0351", "0352", "0353", "0873", "09", "123", "1241", "1242", "1243", "132", "137",
    "1711"
)  # fmt: skip
_BORDERS = frozenset({"border", "crossing", "frontier", "airspace", "checkpoint", "corridor"})
# Demands, refusals, concessions, accusations, threats and violence of a domestic group
# (opposition, rebels, unions, students) with no one named address its own state: "the union
# called off its strike", "the rebels rejected the proposal", "rebels kidnapped 16 advisers".


def _domestic_act(tree: Tree, index: ActorIndex, draft: Draft) -> bool:
    if not draft.sources or not draft.sources[0].country:
        return False
    if draft.code.startswith(_DOMESTIC_CODES) and not draft.code.startswith("171"):
        return True  # seizing or destroying property is done to others as often
    role = (draft.sources[0].code or "")[3:6]
    if (
        draft.code.startswith("171")
        and role in _INSURGENTS
        and not _names_other(index, tree.tokens[draft.match.token].sent, draft.sources[0].country)
    ):
        # "Afghan guerrillas blew up power lines": rebels' sabotage at home, no one else named
        return True
    if draft.code[:3] in _STATE_CONCESSIONS and (role in AUTHORITIES or not role):
        # "the president shortened the curfew", "lifted martial law", "resigned": a state's
        # concessions to its own people, with no one named
        return True
    if (
        draft.code.startswith(_HOME_CHANGES)
        and len(draft.sources) == 1  # not "India and Pakistan agreed to restore the bus link"
        and (role in AUTHORITIES or role in CHALLENGERS or not role)
        # "agreed to reopen the Rafah crossing": for whoever is across it
        and not _BORDERS.intersection(tree.argument_words(draft.match.token))
        # "promised reforms to satisfy the EU": another party of the sentence may be whom
        and not _names_other(index, tree.tokens[draft.match.token].sent, draft.sources[0].country)
    ):
        # "promised political reforms", "refused to lift the state of emergency", "ruled out
        # opposition demands", "the opposition agreed to call off its protests", "opened an
        # inquiry into the crash", "threatened to impose martial law": reform, yielding,
        # inquiries and repression at home, with no one named
        return True
    return draft.code[:2] in CHALLENGER_ROOTS and role in CHALLENGERS


def _names_other(
    index: ActorIndex, sentence: int, country: str | None, bodies: bool = True
) -> bool:
    """Whether sentence ``sentence`` names a state other than ``country``, or (with
    ``bodies``) an international body or organisation."""
    return any(
        a.country and a.country != country and (bodies or a.country not in TRANSNATIONAL)
        for a in index.in_sentence(sentence)
    )


def _challenge(draft: Draft) -> bool:
    """A domestic group's demand, criticism or rejection with no one named: addressed to the
    authorities of its state ("the opposition party called the detention a coup"), as a
    protest is, not to the state's people; the state's own coercion stays on its country."""
    if draft.code.startswith(_DOMESTIC_CODES) or not draft.sources:
        return False
    return (draft.sources[0].code or "")[3:6] in CHALLENGERS


def _listed_places(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    entities: dict[int, list[Entity]],
    first: ActorMention,
) -> list[ActorMention]:
    """The places coordinated with the one an act's target stands in for, of other states."""
    seen = {first.country}
    out: list[ActorMention] = []
    for n in tree.conjuncts(first.head)[1:]:
        place = place_at(parsed, tree, n, index.covering, entities)
        if place is not None and place.country and place.country not in seen:
            seen.add(place.country)
            out.append(place_actor(parsed, place))
    return out


def _codeable(actors: Sequence[ActorMention]) -> bool:
    return any(a.code or a.country for a in actors)


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


@lru_cache(maxsize=1024)
def _evidence(start: int, end: int, text: str) -> tuple[Span]:
    """A sentence as an event's evidence: one shared (immutable) value for the acts it holds."""
    return (Span(start, end, text),)


def event_id(article_id: str, trigger_start: int, code: str, pair: int = 0) -> str:
    """A stable id: article, trigger offset and code (and the pair's rank after the first)."""
    key = f"{article_id}:{trigger_start}:{code}" + (f":{pair}" if pair else "")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
