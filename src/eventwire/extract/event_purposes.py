"""What a protest demands. CAMEO codes a demonstration, hunger strike, strike, blockade or riot
by its demand where the text tells it: "marched to demand the president's resignation" is a
demonstration for leadership change (1411), "struck over pension cuts" a strike for policy
change (1432). The demand itself is the protest's purpose, not a second act: the codebook codes
demands made by protesting under 14, not 10.

The ``purpose`` frame of the pattern files holds the words and codes; its codes are the
demonstration's (1411-1414), and the other protest roots take the same last digit.
"""

from __future__ import annotations

from eventwire.coding.patterns import PatternSet
from eventwire.extract.event_match import Match
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import VERB_SUBJECTS

PURPOSE_FRAME = "purpose"
PROTEST_ROOTS = frozenset(("141", "142", "143", "144", "145"))
# Demands and appeals made by protesting: "marched to demand", "rallied, calling for".
_DEMANDS = ("10", "02")
_CLAUSES = frozenset(("advcl", "xcomp", "acl", "relcl", "conj"))
# What a protest is against or over names the policy or the leader it contests.
_PREPS = frozenset(("against", "over", "for"))


def protest_purposes(tree: Tree, patterns: PatternSet, matches: dict[int, Match]) -> None:
    """Sub-codes each unspecified protest by its demand, and folds the demand into it."""
    frame = patterns.frames.get(PURPOSE_FRAME)
    if frame is None:
        return
    deps = tree.deps
    for i, match in list(matches.items()):
        if match.code not in PROTEST_ROOTS or i not in matches:
            continue
        words: dict[str, int] = {}
        demanded: str | None = None
        for c in tree.kids[i]:
            inner = matches.get(c)
            if (
                deps[c] in _CLAUSES
                and inner is not None
                and inner.code.startswith(_DEMANDS)
                and tree.child(c, VERB_SUBJECTS) is None  # "as the opposition demanded": theirs
            ):
                words.update(tree.argument_words(c))
                demanded = demanded or inner.code
                match.absorbed.append(c)
                match.absorbed.extend(inner.absorbed)
                match.complement = match.complement or c
                del matches[c]
        _contested(tree, i, words)
        # the words first: an appeal "for electoral reform" is coded as institutional change,
        # a protest for it as policy change, as the codebook's protest notes say
        purpose = frame.resolve(None, words) or (frame.resolve(demanded, ()) if demanded else None)
        if purpose is not None and purpose.startswith("141"):
            match.code += purpose[3:]


# Protest words in a clause that says what another act protests: "blocked roads to protest
# against the policy".
_PROTEST_LEMMAS = frozenset(("protest", "demonstrate", "rally", "march"))
_HOLDERS = frozenset(("dobj", "pobj", "xcomp", "advcl"))


def _contested(tree: Tree, i: int, words: dict[str, int]) -> None:
    """The words of what the protest at ``i`` is against or over, found on the trigger, on a
    noun it governs ("went on strike over wages") or on a protest clause under it."""
    deps = tree.deps
    lemmas = tree.lemmas
    heads = [i]
    for c in tree.kids[i]:
        if deps[c] == "prep":
            heads.extend(g for g in tree.kids[c] if deps[g] == "pobj")
        elif deps[c] in _HOLDERS and (deps[c] == "dobj" or lemmas[c] in _PROTEST_LEMMAS):
            heads.append(c)
    for h in heads:
        for c in tree.kids[h]:
            if deps[c] == "prep" and lemmas[c] in _PREPS:
                for g in tree.kids[c]:
                    if deps[g] in ("pobj", "pcomp"):
                        tree.noun_words(g, words)
