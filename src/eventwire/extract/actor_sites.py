"""Where an uncountried crowd or its victims belong: the state a march crosses ("marched
through central Hong Kong"), the place where victims were harmed, in their sentence or the one
before ("Gunmen attacked a village in Borno. The group killed 30 people"). Used by
``actor_context.role_context``.
"""

from __future__ import annotations

from eventwire.extract.actor_draft import NON_STATE, Draft
from eventwire.extract.actor_states import TOWN_READINGS
from eventwire.models import ParsedArticle

__all__ = ["VICTIM_SITES", "crossed_state", "last_site", "victims"]

# Verbs whose victims are the people of where they were harmed.
HARMS = frozenset(
    ("kill", "wound", "injure", "abduct", "kidnap", "massacre", "shoot", "murder", "behead",
     "slaughter", "execute", "maim", "displace", "attack", "hurt")
)  # fmt: skip
# Prepositions that place a crowd's march or rally inside a state.
CROWD_PLACES = frozenset(("through", "across", "throughout"))
# Readings of a place where victims were harmed: a town, a region, a site in a city.
VICTIM_SITES = TOWN_READINGS | frozenset(("dictionary:region", "dictionary:city+role"))


def crossed_state(
    parsed: ParsedArticle, draft: Draft, later: list[Draft]
) -> tuple[str, str] | None:
    """The state a crowd's verb places it in ("marched through central Hong Kong", "rallied
    across France"), named right after the crowd in its clause."""
    tokens = parsed.tokens
    verb = tokens[draft.head].head
    for d in later[:3]:
        t = tokens[d.head]
        prep = tokens[t.head]
        c = d.result.country
        if (
            t.dep == "pobj"
            and prep.text.lower() in CROWD_PLACES
            and prep.head == verb
            and d.result.rule == "dictionary:country"
            and c
            and c not in NON_STATE
        ):
            return c, "context:sentence"
    return None


def victims(parsed: ParsedArticle, draft: Draft) -> bool:
    """Civilians with no country whom an act is done to ("killed 30 people", "130 children
    were killed"): they are the people of where it was done."""
    r = draft.result
    head = parsed.tokens[draft.head]
    if r.role != "CVL" or r.person or not (draft.plural or head.tag == "NNS"):
        return False
    verb = parsed.tokens[head.head]
    if verb.lemma.lower() not in HARMS:
        return False  # "exchanged 500 prisoners during talks in Geneva": no Swiss prisoners
    if head.dep == "nsubjpass":
        return True
    # a clause's own object ("the group killed 30 people"), not a charge's ("accused the police
    # of killing protesters", where the charge's target comes first)
    return head.dep == "dobj" and any(c.dep == "nsubj" for c in parsed.children(verb.i))


def last_site(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> tuple[str, str] | None:
    """The one country of the towns and regions the sentence before names (where the story's
    act took place), if they agree."""
    sent = parsed.tokens[draft.head].sent
    found: set[str] = set()
    for d in reversed(earlier[-8:]):
        own = parsed.tokens[d.head].sent
        if own < sent - 1:
            break
        c = d.result.country
        if own == sent - 1 and d.result.rule in VICTIM_SITES and c and c not in NON_STATE:
            found.add(c)
    return (found.pop(), "context:story") if len(found) == 1 else None
