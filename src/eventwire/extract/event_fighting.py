"""The sides of force: who fought whom when a sentence tells only the fallen ("killed in
clashes with the rebels"), the fight an armed subject's act followed ("seized Gaza after days
of fighting with Fatah"), whom a relative clause says was harmed, and force that lands on the
doer's own people. Asked by ``event_targets`` for nominal and verbal force."""

from __future__ import annotations

from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_locals import of_country
from eventwire.extract.event_parties import state_before, state_role, subject_state_above
from eventwire.extract.event_roles import ActorIndex, object_of, resolved
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import PASSIVE_SUBJECTS
from eventwire.models import ActorMention


def struck_own(
    tree: Tree, index: ActorIndex, i: int, targets: list[ActorMention], own: set[str]
) -> list[ActorMention]:
    """ "Iran suspended ... after Israeli and U.S. strikes on its nuclear facilities": a
    pronoun read as one of the attackers' own is not them (no one strikes its own sites) but
    the state that is subject of a clause above the strike (else the state named before)."""
    out = []
    for t in targets:
        if tree.tokens[t.head].pos == "PRON" and t.country in own:
            found = subject_state_above(tree, index, i, t, own) or state_before(
                index, t, own, "struck-pronoun"
            )
            if found is not None:
                out.append(found)
                continue
        out.append(t)
    return out


def harmed_in_relative(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """ "an arson attack that destroyed a Warsaw shopping centre": what the relative clause
    on a force noun says the force hit (the noun's own, or the head a compound trigger
    modifies). Known actors only: "killed 26 people" leaves the place to stand in."""
    toks = tree.tokens
    deps = tree.deps
    noun = toks[i].head if deps[i] == "compound" else i
    own = {a.country for a in sources if a.country}
    for c in tree.kids[noun]:
        if deps[c] != "relcl" or toks[c].pos != "VERB":
            continue
        subj = tree.child(c, frozenset({"nsubj"}))
        if subj is None or toks[subj].tag not in ("WDT", "WP"):
            continue
        return [a for a in object_of(tree, index, c) if resolved(a) and a.country not in own]
    return []


def killed_fighting(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """(foes, fallen) of fighting in which someone was killed: "13 soldiers were killed in
    clashes with the rebels" has the rebels fight the soldiers."""
    toks = tree.tokens
    deps = tree.deps
    prep = toks[i].head
    if deps[i] != "pobj" or tree.lemmas[prep] not in ("in", "during"):
        return None
    verb = toks[prep].head
    if toks[verb].pos != "VERB" or not tree.is_passive(verb):
        return None
    if tree.child(verb, frozenset({"agent"})) is not None:
        return None
    foes = index.in_preps((i,), "with")
    fallen = [a for a in index.at(tree.child(verb, PASSIVE_SUBJECTS)) if a not in foes]
    if not foes or not fallen:
        return None
    return foes, fallen


_ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF", "COP", "SPY"})


_ALONGSIDE = frozenset({"after", "following", "during", "in", "amid"})


def fought_before(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """(fighters, foes) of fighting "with" a foe that an armed subject's act follows or
    comes in: "Hamas gunmen seized Gaza after days of fighting with Fatah forces" has Hamas
    fight Fatah (not "killed in clashes with the rebels": ``killed_fighting``)."""
    toks = tree.tokens
    deps = tree.deps
    k = i
    if deps[k] == "pobj" and tree.lemmas[toks[k].head] == "of":
        k = toks[toks[k].head].head  # "days of fighting": the span the fighting filled
    if deps[k] != "pobj" or tree.lemmas[toks[k].head] not in _ALONGSIDE:
        return None
    verb = toks[toks[k].head].head
    if toks[verb].pos != "VERB" or tree.is_passive(verb):
        return None
    foes = index.in_preps((i,), "with")
    fighters = [
        a
        for a in index.at(subject_of(tree, verb))
        if (a.code or "")[3:6] in _ARMED_ROLES and a not in foes
    ]
    if not foes or not fighters:
        return None
    return fighters, foes


def coup_makers(sources: list[ActorMention], targets: list[ActorMention]) -> list[ActorMention]:
    """ "Mali's president was ousted by mutinous soldiers": soldiers with no country who oust
    one state's government are that state's own."""
    states = {t.country for t in targets if t.country and state_role(t)}
    if len(states) != 1:
        return sources
    state = states.pop() or ""
    return [
        of_country(a, state, "coup")
        if not a.country and (a.code or "")[3:6] in ("MIL", "UAF", "")
        else a
        for a in sources
    ]


_DYING = frozenset({"die", "succumb", "perish"})
_CAUSE_OF = frozenset({"of", "from"})
_CAUSE_NOUNS = frozenset({"result", "consequence"})
_ONCE = frozenset({"after", "following"})
_CUSTODY = frozenset({"custody", "detention", "prison", "jail", "cell", "captivity"})


def died_of(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """(custodians, dead) of harm someone died of: "a prisoner died as a result of torture in
    Israeli police custody" and "died after being tortured by police" have the one who died
    harmed, by whoever held them. Human-rights reports tell abuse by its victim's death."""
    toks = tree.tokens
    deps = tree.deps
    lemmas = tree.lemmas
    prep = toks[i].head
    if deps[i] == "pobj" and lemmas[prep] in _CAUSE_OF:
        verb = toks[prep].head
        if lemmas[verb] in _CAUSE_NOUNS and deps[verb] == "pobj":  # "as a result of"
            verb = toks[toks[verb].head].head
    elif deps[i] == "pcomp" and lemmas[prep] in _ONCE and tree.is_passive(i):
        if tree.child(i, PASSIVE_SUBJECTS) is not None:
            return None
        verb = toks[prep].head
    else:
        return None
    if lemmas[verb] not in _DYING:
        return None
    dead = [a for a in index.at(subject_of(tree, verb)) if resolved(a)]
    if not dead:
        return None
    held = [g for _, g in tree.preps(verb) if lemmas[g] in _CUSTODY]
    keepers = [a for g in held for c in tree.kids[g] for a in index.at(c) if resolved(a)]
    return keepers, dead
