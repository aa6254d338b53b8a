"""Doers who act on each other: "Russia and Ukraine exchanged prisoners", "Moscow and Kyiv
accused each other", "the war between the army and the RSF". A CAMEO coder codes such an act
once in each direction, whatever else the clause names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventwire.extract.event_parties import AUTHORITIES, CHALLENGERS
from eventwire.extract.event_structure import SHARED_PLACES, Tree
from eventwire.extract.event_words import ACTED_ON, HYPHENS, MODIFIERS
from eventwire.models import ActorMention, Location

# Verbs whose coordinated subjects do the act to each other: "exchanged fire", "clashed".
_MUTUAL = frozenset({"exchange", "swap", "trade", "clash"})
# Force nouns one side does to another: never a fight among the doers named with them.
_ONE_SIDED = frozenset(
    {
        "strike",
        "airstrike",
        "air-strike",
        "raid",
        "bombardment",
        "bombing",
        "shelling",
        "invasion",
        "incursion",
        "ambush",
        "onslaught",
        "sortie",
    }
)
# Objects that name the doers themselves: "fought each other", "attacked one another".
_OTHERS = frozenset({"other", "another", "one"})


def done_to_each_other(tree: Tree, i: int, sources: Sequence[ActorMention]) -> bool:
    """Whether the doers of two sides at ``i`` act on each other: a mutual verb with no
    third party "with" ("X and Y clashed with Z" fight Z), or a reciprocal object. Two sides
    are two countries, or a state's authorities and a group that challenges them ("Congolese
    troops and M23 rebels clashed")."""
    if not _two_sides(sources):
        return False
    tok = tree.tokens[i]
    verb = tok.head if tok.pos == "NOUN" and tok.dep == "dobj" else i  # "traded accusations"
    # and what they agree or pledge to do: "agreed to exchange prisoners"
    for v in (verb, *tree.children(verb, frozenset({"xcomp"}))):
        if tree.lemmas[v] in _MUTUAL and all(p != "with" for p, _ in tree.preps(v)):
            return True
    return _reciprocal_object(tree, i)


def _two_sides(sources: Sequence[ActorMention]) -> bool:
    if len({s.country for s in sources if s.country}) >= 2:
        return True
    roles = {(s.code or "")[3:6] for s in sources if s.country}
    return bool(roles & AUTHORITIES) and bool(roles & CHALLENGERS)


def _reciprocal_object(tree: Tree, i: int) -> bool:
    """ "accused each other", "blamed one another", "talked to each other"."""
    deps = tree.deps
    words = [*tree.children(i, frozenset({"dobj", "dative"})), *(g for _, g in tree.preps(i))]
    for w in words:
        lemma = tree.lemmas[w]
        kids = {tree.lemmas[c] for c in tree.kids[w] if deps[c] == "det"}
        if (lemma == "other" and "each" in kids) or (lemma == "one" and "another" in kids):
            return True
    return False


def sides_between(tree: Tree, i: int, parties: Sequence[ActorMention]) -> bool:
    """Whether every party of the act at ``i`` is named in its "between" phrase: "a ceasefire
    between Israel and Lebanon" is each side's on the other (the caller keeps out acts done
    by a third to both, "a mediation between X and Y")."""
    sides = {m for p, g in tree.preps(i) if p == "between" for m in tree.conjuncts(g)}
    return len(parties) >= 2 and all(a.head in sides for a in parties)


_PAIRED = frozenset({"amod", "compound", "npadvmod"})


def hyphen_pair(tree: Tree, at: Callable[[int], list[ActorMention]], i: int) -> list[ActorMention]:
    """The two states of a hyphenated pair on a noun: "Israeli-Palestinian talks",
    "Russian-Ukrainian negotiations" are both sides' (``at`` gives a token's own actors)."""
    toks = tree.tokens
    deps = tree.deps
    for c in tree.kids[i]:
        if deps[c] not in MODIFIERS:
            continue
        for k in tree.kids[c]:
            if deps[k] in _PAIRED and k + 2 == c and toks[k + 1].text in HYPHENS:
                pair = [a for j in (k, c) for a in at(j) if a.country]
                if len({a.country for a in pair}) == 2:
                    return pair
    return []


def home_of_joint_doers(sources: Sequence[ActorMention], location: Location) -> bool:
    """ "Indian and Chinese troops clashed along their border", "in Kashmir": the place is one
    doer's own ground, so the doers are each other's targets; not "U.S. and Israeli jets
    struck sites in Iran", where the place is the target."""
    countries = {s.country for s in sources if s.country}
    return len(countries) >= 2 and location.country in countries


def aimed(tree: Tree, i: int) -> bool:
    """ "Israeli and U.S. strikes on its facilities", "launched raids against rebel camps",
    "Syrian or Russian warplanes bombed an aid convoy": force aimed at something named, so its
    joint doers are allies, not each other's foes; not "clashed on their border", which is
    where, nor "exchanged fire", a mutual verb's own object. Strikes and raids are one side's
    whoever is named, and "the strikes by the United States and Britain" name allies."""
    deps = tree.deps
    if tree.tokens[i].pos == "NOUN" and (
        tree.lemmas[i] in _ONE_SIDED or any(p == "by" for p, _ in tree.preps(i))
    ):
        return True
    if tree.tokens[i].pos == "VERB" and tree.lemmas[i] not in _MUTUAL:
        for c in tree.kids[i]:
            if deps[c] != "dobj" or tree.lemmas[c] in _OTHERS:
                continue
            if not any(tree.lemmas[g] in _OTHERS for g in tree.kids[c] if deps[g] == "poss"):
                return True  # not "shelled each other's positions"
    return any(
        p in ("on", "against")
        and tree.tokens[g].ent_type not in ("DATE", "TIME")
        and tree.lemmas[g] not in SHARED_PLACES
        for head in (i, *tree.children(i, ACTED_ON))
        for p, g in tree.preps(head)
    )
