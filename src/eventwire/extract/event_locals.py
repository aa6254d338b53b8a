"""The people and offices of a place: a domestic role with no country ("police", "224
people") is the country's where the act happened or the story was filed, a story's dateline
names its home state's implied target, and unnamed crowds are the place's people. Asked by
``event_emit`` once an act's place is known."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from eventwire.dictionaries.lookup import OUTSIDE_FORCES
from eventwire.extract.event_structure import Tree
from eventwire.extract.locations import place_within
from eventwire.models import ActorMention, Entity, Location, ParsedArticle, Span, Token

# The rule of a place that stands in for an act's target ("sorrow for the shootings in
# Charleston": Charleston's state).
PLACE_RULE = "location"

# Roles whose unnamed members are the local people: "police", "protesters", "lawmakers".
DOMESTIC_ROLES = frozenset(
    {
        "CVL",
        "COP",
        "OPP",
        "PTY",
        "EDU",
        "LAB",
        "JUD",
        "LEG",
        "MED",
        "UAF",
        "CRM",
        "REB",
        "ELI",
        "HLH",
        "AGR",
        "REL",
    }
)


# People who are where they are from somewhere else. Not "unidentified gunmen": attackers no
# one names are, as ICEWS's "Unidentified Gunmen (Iraq)", of the country where they strike.
_FROM_ELSEWHERE = re.compile(
    r"\b(?:im|e)?migrants?\b|\bforeigners?\b|\bexpatriates?\b|\brefugees?\b|\basylum",
    re.I,
)


def domestic(actor: ActorMention, country: str | None, local_office: bool = False) -> ActorMention:
    """A domestic role with no country ("police", "224 people") belongs to the country where
    the act happened or, failing that, where the story was filed."""
    code = actor.code or ""
    if not country or actor.country or not code.startswith("---"):
        return actor
    if code[3:6] not in DOMESTIC_ROLES and not (code[3:6] == "GOV" and local_office):
        return actor
    if OUTSIDE_FORCES.search(actor.span.text) or from_elsewhere(actor):
        return actor  # "foreign journalists", "international observers": not the locals
    return of_country(actor, country, "local")


def from_elsewhere(actor: ActorMention) -> bool:
    """ "illegal immigrants", "refugees": people not of the place where they are."""
    return _FROM_ELSEWHERE.search(actor.span.text) is not None


def insurgents_at_home(actor: ActorMention, where: str | None) -> ActorMention:
    """ "Leftist guerrillas kidnapped an American engineer in northeastern Colombia", "were
    freed in Chechnya by the gunmen who held them": rebels and gunmen no one names a country
    for are the country's where they act, even when the act names a
    foreigner (which keeps other unnamed locals, a crowd beside foreign delegates, placeless).
    Asked only when no doer of the act has a country ("Sudan's government and southern
    rebels" are Sudan's)."""
    code = actor.code or ""
    if (
        not where
        or actor.country
        or code not in _UNPLACED_ARMED
        or OUTSIDE_FORCES.search(actor.span.text)
    ):
        return actor
    return of_country(actor, where, "local")


_UNPLACED_ARMED = frozenset({"---REB", "---UAF"})


def of_country(actor: ActorMention, country: str, why: str) -> ActorMention:
    """``actor``'s role as ``country``'s ("police" -> KENCOP), the rule saying ``why``."""
    role = (actor.code or "---")[3:]
    return dataclasses.replace(
        actor, code=country + role, country=country, rule=f"{actor.rule}+{why}"
    )


def armed_forces_of(sources: Sequence[ActorMention], home: str | None) -> bool:
    """Whether every doer is the armed forces of the story's dateline state."""
    return bool(sources) and all(
        a.country == home and (a.code or "")[3:6] == "MIL" for a in sources
    )


# "the authorities", "the Interior Ministry": offices that are always the local state's
LOCAL_OFFICES = frozenset({"authority", "ministry"})


def is_local_office(tree: Tree, actor: ActorMention) -> bool:
    return tree.lemmas[actor.head] in LOCAL_OFFICES


def dateline_named(parsed: ParsedArticle, actor: ActorMention) -> ActorMention:
    """An implied target of the story's home state ("the martial law command banned all
    activity", a protest "against the government") on the dateline's place, which names that
    state in the text, rather than on the trigger or the doers' own words."""
    if actor.rule not in ("domestic", "dateline"):
        return actor
    tok = parsed.tokens[0]
    return dataclasses.replace(
        actor,
        span=Span(tok.start, tok.end, tok.text),
        sentence=0,
        token_start=0,
        token_end=1,
        head=0,
    )


def home_actor(tok: Token, country: str, rule: str = "dateline") -> ActorMention:
    """The country the story was filed from (or, by ``rule``, another state the sentence
    implies), standing in as the target of a domestic act."""
    return ActorMention(
        span=Span(tok.start, tok.end, tok.text),
        name=country,
        code=country,
        country=country,
        rule=rule,
        sentence=tok.sent,
        token_start=tok.i,
        token_end=tok.i + 1,
        head=tok.i,
    )


def people_of(parsed: ParsedArticle, tok: Token, country: str, role: str = "CVL") -> ActorMention:
    """A country's civilians, standing in as the source of an unattributed protest, its
    unidentified armed men (``role`` UAF), of an unattributed attack, or its police (COP), of
    an unattributed arrest."""
    return ActorMention(
        span=Span(tok.start, tok.end, tok.text),
        name=country,
        code=f"{country}{role}",
        country=country,
        rule="local",
        sentence=tok.sent,
        token_start=tok.i,
        token_end=tok.i + 1,
        head=tok.i,
    )


def placed_target(
    parsed: ParsedArticle, actor: ActorMention, entities: dict[int, list[Entity]]
) -> ActorMention:
    """An uncoded target that names a place takes the place's country: "Baghdad University"."""
    if actor.code or actor.country:
        return actor
    place = place_within(parsed, actor.token_start, actor.token_end, entities)
    if place is None:
        return actor
    return dataclasses.replace(actor, country=place.country, rule=f"{actor.rule}+place")


def place_actor(parsed: ParsedArticle, location: Location) -> ActorMention:
    """The country where an act happened, standing in as its target."""
    first = next((t for t in parsed.tokens if t.start >= location.span.start), parsed.tokens[0])
    last = max(first.i, *(t.i for t in parsed.tokens[first.i :] if t.end <= location.span.end))
    return ActorMention(
        span=location.span,
        name=location.name,
        code=location.country,
        country=location.country,
        rule=PLACE_RULE,
        sentence=first.sent,
        token_start=first.i,
        token_end=last + 1,
        head=last,
    )
