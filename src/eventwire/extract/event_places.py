"""Targets named as places: where a visitor arrives, where a strike lands.

A CAMEO coder reads the state named as a place as the target when the act itself leaves the
target slot empty: "arrived in Madrid" is a visit to Spain, "strikes on nine sites in Pakistan"
and "carried out strikes on Iran" are attacks on those states. Only bare states count (a
country's name, not its police or opposition), and never the doer's own country.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventwire.coding.cameo import FORCE_ROOTS
from eventwire.extract.event_roles import ActorIndex, resolved
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import ACTED_ON
from eventwire.extract.locations import place_at
from eventwire.models import ActorMention, Entity, Location, ParsedArticle

VISIT = "042"
_STRUCK = frozenset({"on", "against", "at", "into"})
# words under a place name that may carry the state: "in Pakistan-administered Kashmir"
# (not an adjective: "on the Chinese border" is no attack on China)
_PLACE_PARTS = frozenset({"nmod", "compound", "conj", "npadvmod", "appos"})


_TIES = "054"


def place_targets(
    tree: Tree, index: ActorIndex, i: int, code: str, sources: Sequence[ActorMention]
) -> list[ActorMention]:
    """States named where the act at ``i`` arrives or lands, for an act with no target."""
    own = {a.country for a in sources if a.country}
    if code == VISIT and tree.tokens[i].pos == "VERB":
        found = [a for p, g in tree.preps(i) if p == "in" for a in _states(tree, index, g)]
    elif code == _TIES and tree.tokens[i].pos == "VERB":
        # "opened its embassy in Jerusalem": the state it is opened in
        heads = (i, *tree.children(i, frozenset({"dobj"})))
        found = [
            a for h in heads for p, g in tree.preps(h) if p == "in" for a in _states(tree, index, g)
        ]
    elif code[:2] in FORCE_ROOTS:
        found = [a for g in _struck(tree, i) for a in _states(tree, index, g)]
    else:
        return []
    out: list[ActorMention] = []
    for a in found:
        if a.country not in own and all(a.country != b.country for b in out):
            out.append(a)
    return out


# "the city of Kherson", "the port of Odesa", "Kharkiv, the second city": a name on the noun
_NAMING = frozenset({"of", "appos", "compound"})
_ACTS_ON_PEOPLE = "18"  # assaults are on persons, whose names may be a city's as well


def struck_place(
    parsed: ParsedArticle,
    tree: Tree,
    index: ActorIndex,
    i: int,
    code: str,
    entities: dict[int, list[Entity]],
    sources: Sequence[ActorMention],
    home: str | None = None,
) -> Location | None:
    """The known place that force at ``i`` is aimed at when no actor names one: "shelled
    Kharkiv", "shelled the port city of Kherson", "Kherson was shelled", "fired rockets at
    Sderot". A CAMEO coder codes the country the place lies in; not the doer's own country
    (that is where it acts, "shelled rebel positions in Idlib" for Syria's army), nor a
    person the actors stage knows (a dictionary name is no city). "The capital" of a story
    filed from a state (``home``) is that state's."""
    if code[:2] not in FORCE_ROOTS or code[:2] == _ACTS_ON_PEOPLE:
        return None
    toks = tree.tokens
    deps = tree.deps
    aimed = list(tree.children(i, ACTED_ON)) if toks[i].pos == "VERB" else []
    aimed += [g for g in _struck(tree, i) if g != i]
    own = {a.country for a in sources if a.country}
    for g in aimed:
        for n in tree.conjuncts(g):
            if tree.lemmas[n] == "capital" and home and home not in own and _bare(tree, n):
                return Location(parsed.span(n, n + 1), home)
            names = [n] + [
                k
                for c in tree.kids[n]
                if deps[c] in _NAMING or tree.lemmas[c] in _NAMING
                for k in ([c] if deps[c] != "prep" else tree.children(c, frozenset({"pobj"})))
            ]
            for k in names:
                if toks[k].pos != "PROPN" or any(
                    a.rule.startswith("dictionary") for a in index.by_head.get(k, ())
                ):
                    continue
                place = place_at(parsed, tree, k, index.covering, entities)
                if place is not None and place.country and place.country not in own:
                    return place
    return None


def _bare(tree: Tree, n: int) -> bool:
    """ "the capital", not "the Lebanese capital" or "Kenya's capital" (named by an actor)."""
    return all(
        tree.deps[c] in ("det", "amod")
        and tree.tokens[c].pos != "PROPN"
        and not tree.tokens[c].ent_type
        for c in tree.kids[n]
        if c < n
    )


def _states(tree: Tree, index: ActorIndex, g: int) -> list[ActorMention]:
    """Bare states at a place phrase ``g`` or among the words that name it."""
    deps = tree.deps
    spots = [g, *(c for c in tree.kids[g] if deps[c] in _PLACE_PARTS)]
    return [a for s in spots for a in index.at(s) if a.country and a.code == a.country]


def _struck(tree: Tree, i: int) -> Iterator[int]:
    """What a strike is "on": the trigger's own phrase, its nominal object's ("launched
    strikes on X") or its light verb's ("carried out waves of strikes on X"), and a place
    named "in" that phrase ("on nine sites in Pakistan")."""
    toks = tree.tokens
    deps = tree.deps
    heads = [i]
    if toks[i].pos == "VERB":
        heads += [c for c in tree.kids[i] if deps[c] == "dobj"]
        named = tree.named_object(i)
        if named is not None:
            # "struck what it called militant camps in Pakistan": the place may hang on the
            # naming verb
            heads += named
            yield from (g for h in named for p, g in tree.preps(h) if p == "in")
    else:
        j = i
        for _ in range(3):  # "waves of air strikes" -> "waves" -> "carried out"
            if deps[j] == "pobj" and tree.lemmas[toks[j].head] == "of":
                j = toks[toks[j].head].head
            elif deps[j] in ("dobj", "nsubjpass") and toks[toks[j].head].pos == "VERB":
                heads.append(toks[j].head)
                break
            else:
                break
            heads.append(j)
    for h in heads:
        for p, g in tree.preps(h):
            if p in _STRUCK:
                yield g
                yield from (g2 for p2, g2 in tree.preps(g) if p2 == "in")


# Nouns of a stretch of ground named by the place after them: "the area around Kyiv".
_GROUND = frozenset(
    {"area", "region", "outskirt", "vicinity", "position", "town", "city", "village", "zone"}
)
# Prepositions that tie such a noun to its place: "around", "near", "of", "outside".
_GROUND_PREPS = frozenset({"around", "near", "of", "outside"})


def place_left(
    tree: Tree, index: ActorIndex, i: int, sources: Sequence[ActorMention]
) -> list[ActorMention]:
    """States named where forces withdraw "from" or are pulled "out of", through a stretch of
    ground ("withdrew from the area around Kyiv", "out of the Congolese town of Bunia");
    never the doer's own country."""
    own = {a.country for a in sources if a.country}
    deps = tree.deps
    lemmas = tree.lemmas
    for p, g in tree.preps(i):
        if p == "out":  # "pulled out of Bunia": the particle parsed as a preposition
            g = next((h for q, h in tree.preps(g) if q == "of"), g)
        elif p != "from":
            continue
        spots = [g]
        if lemmas[g] in _GROUND:
            spots += [c for c in tree.kids[g] if deps[c] in ("amod", "compound", "poss")]
            spots += [h for q, h in tree.preps(g) if q in _GROUND_PREPS]
        found = [
            a
            for s in spots
            for a in index.at(s)
            if a.country and a.country not in own and a.country != "IGO"
        ]
        if found:
            return found[:1]
    return []


_DOBJ = frozenset({"dobj"})


# Land given up, named by what it is: "handed four villages back to Azerbaijan".
_LAND = frozenset(
    {"territory", "land", "village", "town", "island", "islet", "district", "region",
     "province", "enclave", "city", "area"}
)  # fmt: skip


def handed_to(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "handed Macau back to China", "four villages back to Azerbaijan": land given up goes
    to whom it is handed, the act's target; not "released the hostages to the Red Cross",
    whose hostages they are."""
    obj = tree.child(i, _DOBJ)
    if obj is None or not (tree.names_a_place(obj) or tree.lemmas[obj] in _LAND):
        return []
    # "handed Macau back to China": "to" may hang on the adverb
    heads = [i, *(c for c in tree.kids[i] if tree.lemmas[c] == "back")]
    return [a for a in index.in_preps(heads, "to") if resolved(a)]
