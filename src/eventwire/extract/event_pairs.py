"""Who did an act to whom, pair by pair: one event per source and target ("Peru and Chile
signed an accord" is Peru->Chile and Chile->Peru), and the joint acts whose doers are each
other's partners ("cooperated with Chile", "both sides agreed")."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.coding.cameo import FORCE_ROOTS
from eventwire.extract.event_locals import PLACE_RULE
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import ACTED_ON
from eventwire.models import ActorMention

# Roots of acts done together: a coordinated subject with no object acts on itself.
RECIPROCAL_ROOTS = frozenset({"01", "03", "04", "05", "06", "19"})
# Codes of other roots that take two sides: "Peru and Chile agreed to a ceasefire".
RECIPROCAL_CODES = frozenset({"0871"})
# Acts that take two sides whoever the sentence makes its subject: negotiations.
JOINT_CODES = frozenset({"046"})
# Acts with a direction even when several do them together: visits, hosting, mediation.
DIRECTED_CODES = frozenset({"042", "043", "045"})
# "Britain and Germany pledged aid": donors pledge side by side, not to each other
PLEDGED_AID = "033"
# Roots of acts between parties, never of a state on itself: words, diplomacy, aid, cutting
# ties ("Israel recalled its ambassador", "Belarus forced a flight to land").
_BETWEEN_STATES = frozenset(
    {"02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}
)
# the rule of a mention that stands for each member of a group named before ("both sides")
GROUP_RULE = "coref:group"
# the rule of a leader's own following ("urged supporters to protest")
FOLLOWERS_RULE = "coref:followers"


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor twice (not two actors of one country: Peru's police and Peru's opposition)."""
    return (a.span == b.span and a.rule == b.rule) or (a.code == b.code and a.name == b.name)


def _one_party(s: ActorMention, t: ActorMention, code: str) -> bool:
    """Two mentions coded alike are one party acting on itself: "Vucic accused foreign
    services" read as Serbia's, "Armenia and Azerbaijan fought over the Karabakh region"
    (Azerbaijan's), "urged supporters to protest" (the speaker's own following), "Israel
    recalled its ambassador" (relations are cut with another state). A country's protest in
    its own capital is the exception: its own state. So are two actors of one role told apart
    by name, or one named and one not: "the BJP accused the Congress party", "the mayor
    criticized the government", "Kurdish fighters clashed with rebels"."""
    if not s.code or s.code != t.code or s.span == t.span:
        return False
    if len(s.code) > 3:
        return s.name == t.name or t.rule == FOLLOWERS_RULE
    return code[:2] in FORCE_ROOTS or code[:2] in _BETWEEN_STATES


def _joint_group(s: ActorMention, t: ActorMention, code: str, each_other: bool) -> bool:
    """Two members of one group mention ("both governments", "the two countries") doing a
    cooperative act together, or any act done to each other ("the two countries blamed each
    other", "exchanged fire"): each side is the other's party, as dyadic coders pair them."""
    return (
        s.rule == t.rule == GROUP_RULE
        and s.span == t.span
        and (s.country != t.country if code[:2] < "10" else each_other and s.code != t.code)
    )


def pairs_of(
    sources: list[ActorMention],
    targets: list[ActorMention],
    code: str,
    joint: bool = False,
    directed: bool = False,
    each_other: bool = False,
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One pair per source and target. "Peru and Chile signed an accord" is Peru->Chile and
    Chile->Peru; "Peruvian and Chilean workers protested" is two targetless protests."""
    if len(sources) >= 2 and targets and _with_each_other(code, targets):
        targets = []  # "Riyadh and Tehran agreed to reopen embassies": with each other
    if sources and targets:
        pairs: list[tuple[ActorMention | None, ActorMention | None]] = [
            (s, t)
            for s in sources
            for t in targets
            if not _same_actor(s, t) and not _one_party(s, t, code)
        ]
        if code in JOINT_CODES or joint:  # "X held talks with Y": Y negotiated with X too
            pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
        if pairs:
            return pairs
        # "Vucic accused foreign services" read as Serbia's own, "NATO's chief urged allies"
        # read as NATO itself: the act without its target, not no act
        return [(s, None) for s in sources]
    if (
        len(sources) >= 2
        and (code[:2] in RECIPROCAL_ROOTS or code in RECIPROCAL_CODES or each_other)
        and code not in DIRECTED_CODES
        and not code.startswith(PLEDGED_AID)
        and not (directed and code[:2] == "19")
        # "the three countries remained committed to a diplomatic solution": a bloc seeking a
        # settlement with someone else, not three disputants settling with each other
        and not (code in _SETTLING and len({s.country for s in sources}) >= 3)
    ):
        # "Peruvian and Chilean workers": one phrase is no pair of its own, but the members
        # of a group mention ("both sides agreed to meet") are the two sides of a joint act
        mutual = [
            (s, t)
            for s in sources
            for t in sources
            if _joint_group(s, t, code, each_other)
            or (not _same_actor(s, t) and s.span != t.span and not _one_party(s, t, code))
        ]
        if mutual:
            return list(mutual)
    if sources:
        return [(s, None) for s in sources]
    return [(None, t) for t in targets]


# Settling a dispute: intended (037) or asked for (027).
_SETTLING = frozenset({"037", "027"})
# Cooperation that several doers do with each other when no other party is named.
_TOGETHER_ROOTS = frozenset({"03", "04", "06"})
_TOGETHER_CODES = frozenset({"057", "0871"})


def _with_each_other(code: str, targets: list[ActorMention]) -> bool:
    """Whether joint doers' cooperation names no party of its own: targets of no country
    ("embassies", "prisoners") are what they cooperate on, not with, and a place standing in
    for a target ("Colombia and the FARC signed a ceasefire in Havana") is where."""
    return (
        (code[:2] in _TOGETHER_ROOTS or code in _TOGETHER_CODES)
        and code not in DIRECTED_CODES
        and not code.startswith(PLEDGED_AID)
        and not any(t.country and t.rule != PLACE_RULE for t in targets)
    )


def done_together(tree: Tree, i: int, code: str, targets: Sequence[ActorMention]) -> bool:
    """ "cooperated with Chile", "shared intelligence with Chile", "spoke by phone": acts two
    parties do together, whichever the sentence makes the subject. A meeting "with" someone
    may still be one side's (a visit, an audience), so only cooperation, calls and fire
    exchanged ("exchanged fire with Indian forces": each side fired on the other)."""
    if code[:2] != "06" and code != "041" and not _exchanged_fire(tree, i, code):
        return False
    if code == "041":
        return True
    toks = tree.tokens
    withs = {
        m
        for head in (i, *tree.children(i, ACTED_ON))
        for p, g in tree.preps(head)
        if p == "with"
        for m in tree.conjuncts(g)
    }
    return bool(targets) and all(t.head in withs or toks[t.head].head in withs for t in targets)


# Verbs of fire that two sides trade: "exchanged fire with", "traded shots with".
_TRADED = frozenset({"exchange", "trade"})


def _exchanged_fire(tree: Tree, i: int, code: str) -> bool:
    """Whether ``i`` is fire exchanged (a fight, 19), which both sides do to each other."""
    return code[:2] == "19" and tree.lemmas[i] in _TRADED
