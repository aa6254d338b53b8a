"""Targets read from what an act is about: the complement of an appeal, a threat or a
demand ("urged Israel to halt its offensive" is aimed at Israel), the party of a condition,
an enemy fought until defeated, and the one questioned. Asked by ``event_targets.roles_of``
when the act's own structure names no target."""

from __future__ import annotations

from collections.abc import Collection

from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_merge import actor_key
from eventwire.extract.event_nouns import noun_roles
from eventwire.extract.event_roles import ActorIndex, between_parties, object_of, resolved
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import COMPLEMENTS
from eventwire.models import ActorMention

IF_MARKS = frozenset({"if", "unless"})
_CAUSATIVES = frozenset({"make", "force", "let", "have", "compel", "get"})


def complement_targets(
    tree: Tree, index: ActorIndex, comp: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """A frame's target read from its complement: "demanded that Iran free them" -> Iran
    (the complement's own doer); "threatened to strike Kyiv" -> Kyiv (its object)."""
    keys = {actor_key(a) for a in sources}
    own = {a.country for a in sources if a.country}
    found = complement_actors(tree, index, comp, keys)
    # "accused the West of preparing a war with Russia": the accuser's own side is no target;
    # but "agreed to grant the opposition leader safe passage": a party of another role is
    roles = {(a.code or "")[3:6] for a in sources}
    found = [
        a
        for a in found
        if not (a.country and a.country in own) or (a.code or "")[3:6] not in roles | {""}
    ]
    if not found and tree.lemmas[comp] in _CAUSATIVES:
        # "threatened to make Madrid pay": the one made to act
        for c in tree.kids[comp]:
            if tree.deps[c] in ("ccomp", "xcomp"):
                subj = subject_of(tree, c)
                found = [a for a in index.at(subj) if not (a.country and a.country in own)]
    if not found and tree.tokens[comp].pos == "VERB":
        # "warned that Washington could reimpose penalties if Damascus failed to ...": the
        # party whose conduct is the condition
        found = condition_party(tree, index, comp, sources)
    return found


def condition_party(
    tree: Tree,
    index: ActorIndex,
    verb: int,
    sources: list[ActorMention],
    marks: frozenset[str] = IF_MARKS,
) -> list[ActorMention]:
    """The subject of an ``if``/``unless`` (or ``marks``) clause on ``verb``, when not the
    doer's side."""
    own = {a.country for a in sources if a.country}
    # "threatened to launch an offensive unless Baghdad accepted": the condition may hang on
    # the threatened act rather than on the threat
    verbs = [verb, *(c for c in tree.kids[verb] if tree.deps[c] in COMPLEMENTS)]
    for v in verbs:
        for c in tree.kids[v]:
            if tree.deps[c] == "advcl" and any(tree.lemmas[g] in marks for g in tree.kids[c]):
                return [a for a in index.at(subject_of(tree, c)) if a.country not in own]
    return []


def complement_actors(
    tree: Tree, index: ActorIndex, comp: int, keys: set[str]
) -> list[ActorMention]:
    toks = tree.tokens
    deps = tree.deps
    if toks[comp].pos == "ADJ" and deps[comp] == "acomp" and toks[comp].head != comp:
        comp = toks[comp].head  # "said Israel must be ready to talks": whoever must be ready
    if toks[comp].pos in ("VERB", "AUX"):
        if deps[comp] == "ccomp":
            doers = [a for a in index.at(subject_of(tree, comp)) if actor_key(a) not in keys]
            if doers:
                return doers
        found = object_of(tree, index, comp) or purpose_objects(tree, index, comp)
        for c in tree.kids[comp] if not found else ():
            # "refused to allow UN planes to land": the one let (or made) to act
            if deps[c] in ("ccomp", "xcomp"):
                subj = tree.child(c, frozenset({"nsubj"}))
                found = [a for a in index.at(subj) if actor_key(a) not in keys]
                if found:
                    break
        if not found:  # "offered to mediate between Azerbaijan and Armenia": both parties,
            # named on the verb or on what it hosts ("to host a meeting between X and Y")
            heads = (comp, *tree.children(comp, frozenset({"dobj"})))
            found = between_parties(tree, index, heads)
        return found
    if toks[comp].pos in ("NOUN", "PROPN"):
        own = index.by_head.get(comp) or ([index.covering[comp]] if comp in index.covering else [])
        if own:
            return own
        doers, objects = noun_roles(tree, index, comp)
        # "demanded an admission by Moscow": the one asked is the complement's doer
        doers = [a for a in doers if actor_key(a) not in keys]
        return objects or doers
    return []


def until_defeated(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The subject of a passive 'until' clause under the act or its infinitive ("vowed to
    fight until the paramilitary group is defeated"), when not the doer itself."""
    own = {a.code for a in sources if a.code}
    for verb in (i, *tree.children(i, frozenset({"xcomp"}))):
        for clause in tree.children(verb, frozenset({"advcl"})):
            mark = tree.child(clause, frozenset({"mark"}))
            if mark is None or tree.lemmas[mark] != "until":
                continue
            hit = index.at(tree.child(clause, frozenset({"nsubjpass"})))
            return [a for a in hit if a not in sources and a.code not in own]
    return []


_QUESTIONING = frozenset({"question", "interrogate", "interview", "summon", "investigate"})


def questioned(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom the same sentence says is to be questioned or investigated, the object of a verb of
    questioning there: an inquiry's target told beside it, not as its own argument."""
    toks = tree.tokens
    sent = toks[i].sent
    lo = i
    while lo > 0 and toks[lo - 1].sent == sent:
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent:
        hi += 1
    for j in range(lo, hi + 1):
        if tree.lemmas[j] not in _QUESTIONING or toks[j].pos != "VERB" or j == i:
            continue
        hit = [a for a in index.at(tree.child(j, frozenset({"dobj"}))) if a not in sources]
        if hit:
            return hit
    return []


def purpose_objects(tree: Tree, index: ActorIndex, verb: int) -> list[ActorMention]:
    """ "willing to send material to help defend Saudi Arabia": with no actor among a
    complement's own arguments, whom its purpose clause acts on (two clauses down at most)."""
    toks = tree.tokens
    deps = tree.deps
    frontier = [verb]
    for _ in range(2):
        frontier = [
            c
            for v in frontier
            for c in tree.kids[v]
            if toks[c].pos == "VERB"
            and (deps[c] == "xcomp" or (deps[c] == "advcl" and tree.is_to_infinitive(c)))
        ]
        for c in frontier:
            found = object_of(tree, index, c)
            if found:
                return found
    return []


_ASKED_FOR = frozenset({"for"})


def asked_of_both(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """ "called for a ceasefire between Israel and Hamas", "for a halt to the escalation
    between Palestinians and Israel": an appeal for what two sides must do is made to both
    (not to the caller's own side: "a new beginning between the United States and Muslims")."""
    own = {a.country for a in sources if a.country}
    found: list[ActorMention] = []
    for p, asked in tree.preps(i):
        if p not in _ASKED_FOR:
            continue
        nouns = [asked, *(g for p2, g in tree.preps(asked) if p2 in ("to", "of"))]
        found = [
            a
            for a in between_parties(tree, index, nouns)
            if a not in sources and resolved(a) and a.country not in own
        ]
        if found:
            break
    return found


def document_parties(
    tree: Tree, index: ActorIndex, i: int, own: Collection[str | None]
) -> list[ActorMention]:
    """ "signed agreements to normalise relations with the UAE and Bahrain": whom the signed
    text's purpose is with are the signing's other parties."""
    for obj in tree.children(i, frozenset({"dobj"})):
        for c in tree.children(obj, frozenset({"acl"})):
            if not any(tree.lemmas[g] == "to" for g in tree.children(c, frozenset({"aux"}))):
                continue
            found = [a for a in object_of(tree, index, c) if resolved(a) and a.country not in own]
            if found:
                return found
    return []
