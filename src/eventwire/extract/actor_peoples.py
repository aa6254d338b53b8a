"""Peoples coded by where they live or fight, not by the state their name echoes: "ethnic
Albanians" in Kosovo, "ethnic Serb towns" raided by Kosovo's police, "pro-Russian separatists"
near Luhansk (CAMEO codes a minority, and fighters named by their backer, by the state they are
in). Split from ``actor_context.py``, which calls these for drafts in text order.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.actor_draft import NON_STATE, Draft
from eventwire.extract.actor_phrase import in_sentence
from eventwire.extract.locations import CRAFT
from eventwire.models import ParsedArticle

__all__ = ["aligned_context", "ethnic_context"]

# Roles of fighters named by the side they take ("pro-Russian separatists").
ALIGNED_ROLES = frozenset(("REB", "UAF"))
# Prepositions of where people go, not where they live: "fleeing towards Bosnia".
GOALS = frozenset(("towards", "toward", "into"))
# "Iranian-backed militias": the word after the hyphen that makes the name a backer's.
BACKED = frozenset(("backed", "supported", "allied", "aligned", "funded", "armed", "sponsored"))
# The reading of a bare demonym ("a Malaysian airliner"): whose a thing is.
THINGS_ORIGIN = "dictionary:demonym"


def ethnic_context(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> Draft:
    """ "ethnic Albanians" in a sentence about Serbia: CAMEO codes a minority by its state.

    A place of the sentence names that state ("ethnic Serb towns in northern Kosovo"); failing
    one, a state body acting there ("Kosovo's police raided ethnic Serb towns"). Neither of
    them: the people's own state, as before."""
    r = draft.result
    found = _residence(parsed, draft, earlier, later, r.country)
    if found is None:
        return draft
    code = f"{found}{r.role or ''}"
    return replace(draft, result=replace(r, code=code, country=found, rule="context:sentence"))


def aligned_context(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> tuple[str, str] | None:
    """Fighters named by whom they side with ("pro-Russian separatists", "Iranian-backed
    militias") are not that state's: they are placed, as a minority is, by the state where
    the sentence has them act ("near the eastern city of Luhansk")."""
    if draft.result.role not in ALIGNED_ROLES:
        return None
    backer = _backer(parsed, draft, earlier, later)
    if backer is None:
        return None
    found = _residence(parsed, draft, earlier, later, backer)
    return (found, "context:sentence") if found else None


def _backer(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> str | None:
    """The country of a "pro-X" or "X-backed" modifier of the draft's head, if any."""
    tokens = parsed.tokens
    sent = tokens[draft.head].sent
    for other in in_sentence(parsed, sent, earlier, later):
        if other.end > draft.head or other.end < draft.start - 3 or not other.result.country:
            continue
        up = tokens[other.head].head
        if up != draft.head and tokens[up].head != draft.head:
            continue  # a modifier of the head, or of its "backed": "Iranian-backed militias"
        before = tokens[other.start - 2 : other.start]
        after = tokens[other.end : other.end + 2]
        if (len(before) == 2 and before[0].text.lower() == "pro" and before[1].text == "-") or (
            before and before[-1].text.lower() == "pro-"
        ):
            return other.result.country
        if len(after) == 2 and after[0].text == "-" and after[1].text.lower() in BACKED:
            return other.result.country
    return None


def _residence(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    own: str | None,
) -> str | None:
    """The state nearest the draft in its sentence other than ``own``: a place first, then a
    demonym ("a Malaysian airliner" says whose plane, not where), else a state body; never the
    draft's own modifiers, persons or what coreference placed."""
    tokens = parsed.tokens
    sent = tokens[draft.head].sent
    place: tuple[int, str] | None = None
    demonym: tuple[int, str] | None = None
    body: tuple[int, str] | None = None
    for other in in_sentence(parsed, sent, earlier, later):
        p = other.result
        if tokens[other.head].sent != sent or not p.country or p.country == own:
            continue
        if p.country in NON_STATE or p.rule.startswith(("coref", "person", "context")):
            continue
        if draft.start <= other.head < draft.end or tokens[other.head].head == draft.head:
            continue
        if p.rule == THINGS_ORIGIN and _craft(parsed, other):
            continue  # "shot down a Malaysian airliner": a craft's flag, not where they are
        distance = abs(other.head - draft.head)
        if p.role is None and p.rule == THINGS_ORIGIN:
            if demonym is None or distance < demonym[0]:
                demonym = (distance, p.country)
        elif p.role is None:
            if (place is None or distance < place[0]) and not _elsewhere(parsed, other):
                place = (distance, p.country)
        elif not p.person and (body is None or distance < body[0]):
            body = (distance, p.country)
    best = place or demonym or body
    return best[1] if best else None


def _craft(parsed: ParsedArticle, place: Draft) -> bool:
    """Whether a demonym modifies a craft: "a Malaysian airliner", "a British tanker"."""
    tok = parsed.tokens[place.head]
    return tok.head != tok.i and parsed.tokens[tok.head].lemma.lower() in CRAFT


def _elsewhere(parsed: ParsedArticle, place: Draft) -> bool:
    """A place no one lives in by the sentence: where people flee ("towards Bosnia") or what a
    thing is likened to ("a Bosnia-style war")."""
    tokens = parsed.tokens
    before = tokens[place.start - 1].text.lower() if place.start > 0 else ""
    after = tokens[place.end].text if place.end < len(tokens) else ""
    return before in GOALS or after == "-"
