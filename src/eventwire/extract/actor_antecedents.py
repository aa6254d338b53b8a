"""Antecedents of definite descriptions: which earlier actor "the rebels", "the committee",
"the agency", "the Islamist movement", "the coalition" or a bare "the group" stands for.

Split from ``actor_context.py``: that module decides where a role without a country belongs
(its phrase, its sentence, the dateline); these functions only look back over the drafts
already coded for an actor the description repeats, by role or by head noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter

from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import NON_STATE, TEXT_ORDER, Draft
from eventwire.extract.pronouns import WINDOW
from eventwire.models import ParsedArticle

# Descriptions that stand for a group named just before: "the militant group", "the movement".
GROUP_ROLES = frozenset(("REB", "UAF", "OPP", "PTY"))
GROUP_HEADS = frozenset(
    ("group", "movement", "organization", "organisation", "militia", "faction", "party")
)
# "The paramilitary group" (a MIL word on a group noun) after a named armed group or force.
ARMED_GROUP_HEADS = frozenset(("group", "faction"))
ARMED_GROUP_ROLES = frozenset(("REB", "UAF", "MIL"))
# A bare "the group" repeats the organization just named ("Amnesty International ... The group
# said"); a state's bodies and international bodies are not called so.
_START = attrgetter("start")
BARE_GROUP = re.compile(r"\b[Tt]he (?:([A-Z][\w]*(?:-\w+)?) )?(group|organi[sz]ation)\b")
# Second halves of a modifier naming who backs or hosts a group: "Iranian-backed".
BACKED = frozenset(("backed", "based", "linked", "allied", "funded", "supported", "aligned"))
# Titles of people who serve abroad: their country is not their host's bodies'.
ABROAD = frozenset(
    ("ambassador", "envoy", "diplomat", "consul", "attache", "special envoy", "emissary")
)
# A state's people and posts abroad, who place no one beside them ("the US embassy in Baghdad").
OUTPOSTS = ABROAD | {"embassy", "consulate"}
# Readings of a place named for its state ("Kyiv" for Ukraine's government): no one's title.
PLACE_READINGS = frozenset(("metonym:capital", "dictionary:capital", "dictionary:country"))
ORGANIZATION_RULES = frozenset(("dictionary:organization", "dictionary:organization+role"))
STATE_ROLES = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))
# what "the group" may stand for when the body is one no dictionary holds ("the Kivu
# Liberation Front"): armed groups, parties, movements, civil society
GROUP_ROLES_OF_NAMES = frozenset(("REB", "OPP", "PTY", "NGO", "HRI", "UAF", "CRM"))


def same_role(earlier: list[Draft], r: Resolution, plural: bool = False) -> tuple[str, str] | None:
    """The country of the last coded actor in the same role: "the rebels" after "Syrian
    rebels". A state's body ("the junta", "the government") or office holder ("the president")
    does not take it from a diplomat, who serves abroad: after "the French ambassador" the junta
    that expels him is not France's, after "the US envoy" the president he meets not the US's
    (while "those governments" after "diplomats from Chile" are the diplomats'). A person's
    title ("the president") passes over a place that stood for its state in between ("Joko
    Widodo visited Kyiv. The president then ..."), and falls back on it only if no one else."""
    found = _same_role(earlier, r, plural, PLACE_READINGS) if r.person else None
    return found or _same_role(earlier, r, plural, frozenset())


def _same_role(
    earlier: list[Draft], r: Resolution, plural: bool, passed_over: frozenset[str]
) -> tuple[str, str] | None:
    """``same_role``'s scan back, passing over the readings in ``passed_over``."""
    for prev in reversed(earlier):
        p = prev.result
        if p.rule in passed_over:
            continue
        if p.person and not plural and p.title in ABROAD and (not r.person or r.title != p.title):
            continue  # "the president" the US envoy met is the host's, not the envoy's
        if p.rule == "context:subject":
            continue  # "Police detained four people": placed by who acted on them, no lead
        if p.country and p.role == r.role and p.code and not p.code.startswith("---"):
            if p.country in ("IGO", "NGO"):
                return None  # "UN peacekeepers" then "the peacekeepers": kept as is
            return p.country, "coref:role"
    return None


def same_head(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> tuple[str, str] | None:
    """ "The committee" after "Pakistan's National Security Committee": a definite phrase
    repeating an earlier actor's head noun is that actor, even with a role too vague
    ("official", "committee") to follow by role alone."""
    tokens = parsed.tokens
    head = tokens[draft.head]
    if not any(t.lemma == "the" and t.head == head.i for t in tokens[draft.start : draft.head]):
        return None
    sent = head.sent
    for prev in reversed(earlier):
        p = prev.result
        if sent - tokens[prev.head].sent > WINDOW:
            return None
        same = tokens[prev.head].lemma.lower() == head.lemma.lower()
        if same and p.country and p.country not in NON_STATE and p.role == draft.result.role:
            return p.country, "coref:role"
    return None


def same_noun(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> Resolution | None:
    """ "The coalition" after "Pakistan's ruling coalition": a definite group or body with no
    country whose head noun repeats the last coded actor's, where the role alone would not
    find it (the earlier phrase took another role from its modifiers: "ruling")."""
    r = draft.result
    tokens = parsed.tokens
    head = tokens[draft.head]
    if (
        (r.weak and not r.person)
        or draft.start != draft.head - 1
        or tokens[draft.start].lemma != "the"
    ):
        return None
    for prev in reversed(earlier):
        if head.sent - tokens[prev.head].sent > 1:
            return None
        p = prev.result
        if tokens[prev.head].lemma.lower() == head.lemma.lower():
            if p.code and p.country and p.role != r.role and not p.rule.startswith("coref"):
                return p
            return None
    return None


def named_group(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> Resolution | None:
    """ "The Islamist movement", "the militant group" right after a named armed group or party
    (this sentence or the one before) is that group, whatever its own phrase names: "a strike
    on Islamic State, ... the militant group that has seized parts of Iraq and Syria"."""
    r = draft.result
    tokens = parsed.tokens
    head = tokens[draft.head]
    lemma = head.lemma.lower()
    # "the paramilitary group": armed, but a group, never a state's forces
    armed = r.role == "MIL" and lemma in ARMED_GROUP_HEADS
    if r.person or (r.role not in GROUP_ROLES and not armed) or lemma not in GROUP_HEADS:
        return None
    if not any(
        t.lemma in ("the", "this") and t.head == head.i for t in tokens[draft.start : head.i]
    ):
        return None
    for prev in reversed(earlier):
        if head.sent - tokens[prev.head].sent > 1:
            return None
        p = prev.result
        if p.rule != "dictionary:organization" or not p.code or not p.country:
            continue
        if p.role == r.role or (p.country == "IMG" and r.role in ("REB", "UAF")):
            return p
        if armed and p.role in ARMED_GROUP_ROLES:
            return p
    return None


def same_named_body(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> Resolution | None:
    """ "The agency" after "the International Atomic Energy Agency": a definite phrase with a
    vague role repeating the head noun of a named international body is that body."""
    tokens = parsed.tokens
    head = tokens[draft.head]
    if not any(t.lemma == "the" and t.head == head.i for t in tokens[draft.start : draft.head]):
        return None
    for prev in reversed(earlier):
        if head.sent - tokens[prev.head].sent > WINDOW:
            return None
        p = prev.result
        if tokens[prev.head].lemma.lower() != head.lemma.lower() or not p.code:
            continue
        if p.country in NON_STATE and p.rule == "dictionary:organization":
            return p
    return None


def same_body(earlier: list[Draft], r: Resolution) -> Resolution | None:
    """The last international body whose code carries this role ("UN troops": IGOUNOMIL)."""
    for prev in reversed(earlier):
        p = prev.result
        if p.country in NON_STATE and p.code and r.role and p.code.endswith(r.role):
            return p
    return None


def bare_groups(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Adds "The group said ...": "the group" or "the organization" heading its own phrase
    (not "the group of protesters"), bare or named by where it is or who backs it ("the
    Lebanese group", "the Iranian-backed group"), is the non-state organization named last,
    in its sentence or the one before. Found by searching the text, so only articles saying
    it pay."""
    text = parsed.article.text
    if "group" not in text and "organi" not in text:
        return drafts
    found_all = list(BARE_GROUP.finditer(text))
    if not found_all:
        return drafts  # "groups", "organizing": the words, but no bare group
    tokens = parsed.tokens
    starts = list(map(_START, tokens))
    taken = {i for d in drafts for i in range(d.start, d.end)}
    added: list[Draft] = []
    dropped: set[int] = set()
    for found in found_all:
        i = bisect_left(starts, found.start(2))
        first = bisect_left(starts, found.start())
        if i >= len(tokens) or starts[i] != found.start(2) or tokens[first].lemma != "the":
            continue
        noun = tokens[i]
        if noun.pos != "NOUN" or noun.dep == "compound" or tokens[first].head != i:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text == "of":
            continue
        named = _last_organization(parsed, drafts, first)
        if named is None:
            continue
        inner = [d for d in drafts if first <= d.start and d.end <= i + 1]
        if found.group(1) is None:
            if i in taken:
                continue
        elif not _describes(found.group(1), inner, named):
            continue
        dropped.update(id(d) for d in inner)  # "Lebanese" gives way to the description
        added.append(Draft(first, i + 1, i, replace(named.result, rule="coref:epithet")))
    if not added:
        return drafts
    kept = [d for d in drafts if id(d) not in dropped]
    return sorted(kept + added, key=TEXT_ORDER)


def _describes(modifier: str, inner: list[Draft], named: Draft) -> bool:
    """ "Lebanese" of "the Lebanese group" names the organization's own country; "Iranian-
    backed" its backer; anything else ("the Kurdish group" after a Turkish body) does not."""
    if "-" in modifier and modifier.rsplit("-", 1)[1].lower() in BACKED:
        return True
    country = named.result.country
    return bool(inner) and all(d.result.country == country and d.result.role is None for d in inner)


def _last_organization(parsed: ParsedArticle, drafts: list[Draft], i: int) -> Draft | None:
    """The last organization named before token ``i``, in its sentence or the one before; not
    a news outlet, which a group's spokesman speaks to."""
    tokens = parsed.tokens
    sent = tokens[i].sent
    for d in reversed(drafts):
        if d.end > i:
            continue
        if sent - tokens[d.head].sent > 1:
            return None
        r = d.result
        if r.role == "MED":
            continue  # "told Reuters the group had rejected it": the outlet told, not the group
        if r.rule in ORGANIZATION_RULES and r.code and r.country not in (None, "IGO"):
            return d if r.role not in STATE_ROLES else None
        if d.named and r.code and not r.person and r.role in GROUP_ROLES_OF_NAMES:
            return d  # a body no dictionary holds, named and given a role by its name
    return None
