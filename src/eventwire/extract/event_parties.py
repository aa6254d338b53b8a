"""Parties an act names away from its own arguments, and arguments that are no party.

"suspended the treaty with its neighbour" names Pakistan through India; "Rwanda denies arming
the M23" answers whoever accused Rwanda; "spoke with Kagame and called for a ceasefire" calls
on Kagame; "a demand the official called unacceptable" judges whoever demanded; "killed in
clashes with the rebels" was done by the rebels; "deployed warships" moves the doer's own
forces, which are no target. ``event_targets`` applies these where the grammar leaves a role
empty or fills it wrongly.
"""

from __future__ import annotations

import dataclasses

from eventwire.dictionaries.lookup import OUTSIDE_FORCES
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_filters import reported_blame
from eventwire.extract.event_roles import ActorIndex, owners_on, resolved, role_adjective
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import ATTACKS, OBJECTS, PASSIVE_SUBJECTS
from eventwire.extract.mentions import stance_prefix
from eventwire.models import ActorMention


def state_role(actor: ActorMention) -> bool:
    """A state itself, its government or its forces (not its police nor its people)."""
    code = actor.code or ""
    return code == actor.country or code[3:6] in ("GOV", "MIL", "")


_SECURITY_ROLES = frozenset({"MIL", "COP", "SPY"})
# Domestic groups that challenge their state, and the roots of their challenges.
CHALLENGERS = frozenset({"OPP", "REB", "CVL", "LAB", "EDU", "PTY", "MED"})
CHALLENGER_ROOTS = frozenset({"08", "10", "11", "12", "13", "16", "18", "19", "20"})
# The authorities a domestic group challenges.
AUTHORITIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def country_of(actor: ActorMention) -> ActorMention:
    """An actor's country as a bare-country actor on the same span."""
    country = actor.country or ""
    return dataclasses.replace(actor, name=country, code=country, rule="domestic")


def state_of(actor: ActorMention) -> ActorMention:
    """The government of an actor's country, standing in as a domestic protest's target."""
    country = actor.country or ""
    return dataclasses.replace(
        actor, name=country, code=f"{country}GOV", country=country, rule="domestic"
    )


def complained_of(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The party an ``over``/``about``/``against`` phrase of a complaint names, not of the
    doer's side, on the verb or on its object ("lodged a complaint with the UN over Israeli
    raids", "filed a complaint against Turkey with the Security Council")."""
    own = {a.country for a in sources if a.country}
    obj = tree.child(i, frozenset({"dobj"}))
    for head in (i,) if obj is None else (i, obj):
        for prep, g in tree.preps(head):
            if prep in ("over", "about", "against"):
                found = [a for a in index.at(g) if resolved(a) and a.country not in own]
                if found:
                    return found
    return []


# Where people are held: "prisoners in Israeli jails".
_JAILS = frozenset({"jail", "prison", "custody", "detention", "cell", "camp"})


def jailers_of(
    tree: Tree, index: ActorIndex, sources: list[ActorMention], own: set[str]
) -> list[ActorMention]:
    """The state holding protesters named inside their own phrase, of another country:
    "Palestinian prisoners in Israeli jails went on hunger strike" protest against Israel."""
    for source in sources:
        for prep, g in tree.preps(source.head):
            if prep == "in" and tree.lemmas[g] in _JAILS:
                found = [a for a in index.at(g) if resolved(a) and a.country not in own]
                if found:
                    return found
    return []


def challenged_authority(
    actor: ActorMention, sources: list[ActorMention], code: str
) -> ActorMention:
    """ "Rebels attacked an army camp": an army, police or government a domestic group acts
    against with no country named are its own state's."""
    role = actor.code or ""
    if actor.country or not role.startswith("---") or role[3:6] not in AUTHORITIES:
        return actor
    if OUTSIDE_FORCES.search(actor.span.text):
        return actor  # peacekeepers and foreign soldiers are no one's own, whoever attacks them
    first = sources[0] if sources else None
    if first is None or not first.country or code[:2] not in CHALLENGER_ROOTS:
        return actor
    if (first.code or "")[3:6] not in CHALLENGERS:
        return actor
    return dataclasses.replace(
        actor, code=first.country + role[3:], country=first.country, rule=f"{actor.rule}+own"
    )


# Where forces are posted: "deployed troops near the border with X", "sent ships toward X".
_POSTED = frozenset({"near", "toward", "towards", "off", "along", "against", "to", "into"})


def own_forces(actor: ActorMention, own: set[str]) -> bool:
    """Armed forces of the doer's own side, or of no side named: "deployed warships"."""
    code = actor.code or ""
    return code[3:6] in _SECURITY_ROLES and (not actor.country or actor.country in own)


def alerted_forces(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "French police were put on maximum alert", "Indian troops were deployed to the
    border": forces of a named state, passive subject of a show of force, are its doers."""
    return [
        a
        for a in index.at(tree.child(i, PASSIVE_SUBJECTS))
        if a.country and (a.code or "")[3:6] in _SECURITY_ROLES
    ]


def posted_near(tree: Tree, index: ActorIndex, i: int, own: set[str]) -> list[ActorMention]:
    """States named where forces are sent: on the verb or on any of its coordinated objects
    ("deploys warships, a submarine and Marines near Venezuelan waters"), the things counted
    in them ("thousands of troops and hundreds of tanks near the Kuwaiti border"), a
    participle on the act ("exercises involving 70,000 Guards near the Afghan border"), or
    a place "facing" a state ("moved missiles to bases facing Taiwan")."""
    objects = [m for o in tree.children(i, frozenset({"dobj"})) for m in tree.conjuncts(o)]
    # "called up reservists and moved them toward the Eritrean border": the verb they are
    # moved by next
    moved = [c for c in tree.children(i, frozenset({"conj"})) if tree.tokens[c].pos == "VERB"]
    counted = [g for o in objects for p, g in tree.preps(o) if p == "of"]
    participles = [v for h in (i, *objects, *counted) for v in tree.children(h, _ACL)]
    heads = [
        i,
        *moved,
        *participles,
        *objects,
        *counted,
        # "put its forces on high alert along the border with India"
        *(g for p, g in tree.preps(i) if p == "on"),
        # "Turkish troops along the Armenian frontier were placed on alert": where the forces
        # that are its subject stand
        *tree.children(i, _SUBJECTS),
        # "massed thousands of troops backed by tanks along its border with Syria"
        *(
            w
            for v in participles
            for a in tree.children(v, _AGENT)
            for w in tree.children(a, _POBJ)
        ),
    ]
    for h in heads:
        for p, g in tree.preps(h):
            facing = [
                a
                for k in (g, *(w for _, w in tree.preps(g)))
                for v in tree.children(k, frozenset({"acl"}))
                if tree.lemmas[v] == "face"
                for a in index.at(tree.child(v, frozenset({"dobj"})))
                if resolved(a) and a.country not in own
            ]
            if facing:
                return facing
            if p in _POSTED:
                found = [a for a in index.at(g) if resolved(a) and a.country not in own]
                if not found and tree.lemmas[g] in _BORDERS:
                    # "moved troops toward the Kuwaiti border": the state the border is named by
                    found = [
                        a
                        for m in tree.kids[g]
                        if tree.deps[m] in _BORDER_NAMERS
                        for a in index.at(m)
                        if resolved(a) and a.country not in own
                    ]
                if found:
                    return found
            if p in _ON_BORDER and tree.lemmas[g] in _BORDERS:
                # "massed troops on its border with Syria": the state across it; "on the
                # Ukrainian border": the state it is named by
                found = [
                    a
                    for q, w in tree.preps(g)
                    if q == "with"
                    for a in index.at(w)
                    if resolved(a) and a.country not in own
                ] or [
                    a
                    for m in tree.kids[g]
                    if tree.deps[m] in _BORDER_NAMERS
                    for a in index.at(m)
                    if resolved(a) and a.country not in own
                ]
                if found:
                    return found
    return []


_ON_BORDER = _POSTED | {"on", "at"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def warned_by_force(tree: Tree, index: ActorIndex, i: int, own: set[str]) -> list[ActorMention]:
    """ "ordered a carrier group to waters near Taiwan in a warning to Beijing": a show of
    force made as a warning or a message is aimed at whom it is sent to, wherever it goes."""
    heads = [i, *tree.children(i, frozenset({"dobj"}))]
    return [
        a
        for h in heads
        for p, g in tree.preps(h)
        if p in ("in", "as") and tree.lemmas[g] in _WARNINGS
        for q, w in tree.preps(g)
        if q == "to"
        for a in index.at(w)
        if resolved(a) and a.country not in own
    ]


_WARNINGS = frozenset({"warning", "message", "signal", "reminder"})
_ACL = frozenset({"acl"})
_AGENT = frozenset({"agent"})
_POBJ = frozenset({"pobj"})


def given_to(
    tree: Tree, index: ActorIndex, i: int, targets: list[ActorMention], own: set[str]
) -> list[ActorMention]:
    """Aid's targets without the giver's own arms ("delivered Leopard tanks to Ukraine": the
    tanks are Germany's, Ukraine gets them); with none left, whom it goes "to" or "for"."""
    kept = [t for t in targets if not own_forces(t, own) or not t.country]
    if kept or not targets:
        return kept
    for p, g in tree.preps(i):
        if p in ("to", "for"):
            found = [a for a in index.at(g) if resolved(a) and a.country not in own]
            if found:
                return found
    return []


def aided_by_purpose(tree: Tree, index: ActorIndex, i: int, own: set[str]) -> list[ActorMention]:
    """The state named in aid's purpose clause: "gave $500 million to help rebuild Iraq",
    "donated $30 million to pay public salaries in Gaza", "to help rebuild Syria's grid", or
    in the purpose of what is pledged ("pledged to provide loans to help Indonesia recover")
    (three steps down at most)."""
    deps = tree.deps
    clause = next(
        (c for c in tree.kids[i] if deps[c] in ("advcl", "xcomp") and tree.is_to_infinitive(c)),
        None,
    )
    frontier = [] if clause is None else [clause]
    for _ in range(3):
        down = [
            g
            for h in frontier
            for g in tree.kids[h]
            if deps[g] in _PURPOSE_PARTS or (deps[g] == "advcl" and tree.is_to_infinitive(g))
        ]
        for g in down:
            found = [a for a in index.at(g) if a.country and a.country not in own]
            if found and any(map(resolved, found)):
                return found[:1]
        frontier = down
    return []


_PURPOSE_PARTS = frozenset({"xcomp", "dobj", "prep", "pobj", "ccomp", "poss", "nsubj"})


_BORDERS = frozenset({"border", "frontier", "boundary"})
_BORDER_NAMERS = frozenset({"amod", "compound", "poss"})


# Nouns of a country's relation to another: "its neighbour" is the other country.
_NEIGHBOURS = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "enemy"})
_NEIGHBOUR_REACH = 120  # tokens back to look for the neighbour named before


def neighbour_of(tree: Tree, index: ActorIndex, actor: ActorMention) -> ActorMention:
    """ "suspended the treaty with its neighbour": the possessor of a neighbour noun is not
    the neighbour; the state named last before it, of another country, is (else as found)."""
    toks = tree.tokens
    head = toks[actor.head]
    if head.dep != "poss" or tree.lemmas[head.head] not in _NEIGHBOURS or not actor.country:
        return actor
    return state_before(index, actor, {actor.country}, "neighbour") or actor


def subject_state_above(
    tree: Tree, index: ActorIndex, i: int, actor: ActorMention, other_than: set[str]
) -> ActorMention | None:
    """The nearest state that is the subject of a verb above ``i``, as a bare state on
    ``actor``'s span."""
    toks = tree.tokens
    j = i
    for _ in range(8):
        if toks[j].head == j:
            break
        j = toks[j].head
        if toks[j].pos not in ("VERB", "AUX"):
            continue
        for a in index.at(subject_of(tree, j)):
            if _other_state(a, other_than):
                return as_state(actor, a, "struck-pronoun")
    return None


def state_before(
    index: ActorIndex, actor: ActorMention, other_than: set[str], rule: str
) -> ActorMention | None:
    """The state named last before ``actor`` (within reach) of none of the ``other_than``
    countries, as a bare state on ``actor``'s span."""
    for k in range(actor.head - 1, max(-1, actor.head - _NEIGHBOUR_REACH), -1):
        for a in index.by_head.get(k, ()):
            if _other_state(a, other_than):
                return as_state(actor, a, rule)
    return None


def _other_state(actor: ActorMention, other_than: set[str]) -> bool:
    """A state (or its government or forces) of none of the ``other_than`` countries."""
    country = actor.country
    return bool(country) and country not in other_than and country != "IGO" and state_role(actor)


def as_state(mention: ActorMention, state: ActorMention, rule: str) -> ActorMention:
    """``state``'s country as a bare state on ``mention``'s span."""
    country = state.country
    return dataclasses.replace(mention, name=country, code=country, country=country, rule=rule)


# Appeals, offers and demands are made to someone: the one just spoken with.
ADDRESSED = frozenset({"02", "03", "10"})
_CONVERSING = frozenset({"speak", "talk", "meet", "telephone", "phone", "confer"})


def interlocutor(
    tree: Tree, index: ActorIndex, verb: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom a conversation verb was held "with" (or met), not of the speaker's side."""
    if tree.lemmas[verb] not in _CONVERSING or tree.tokens[verb].pos != "VERB":
        return []
    own = {a.country for a in sources if a.country}
    heard = [a for p, g in tree.preps(verb) if p in ("with", "to") for a in index.at(g)]
    heard = heard or index.at(tree.child(verb, frozenset({"dobj"})))
    return [a for a in heard if resolved(a) and a.country not in own]


def doer_restated(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The doer of the act a summarizing noun restates, for a verb in that noun's relative
    clause with no object of its own: "X demanded ..., a demand Y called unacceptable"."""
    toks = tree.tokens
    deps = tree.deps
    tok = toks[i]
    noun = tok.head
    if tok.dep not in ("relcl", "acl") or deps[noun] not in ("npadvmod", "appos", "dep", "dobj"):
        return []
    if tok.dep == "acl" and tree.child(i, frozenset({"nsubj"})) is None:
        return []  # "a claim Kyiv dismissed" is a relative clause; "a claim made in May" is not
    if deps[noun] == "dobj" and not _set_off(tree, noun):
        return []  # "a move that Germany condemned", misread as a second object, is set off
    obj = tree.child(i, frozenset({"dobj"}))
    if obj is not None and toks[obj].tag not in _RELATIVE_TAGS:  # "that" is the noun itself
        return []
    act = toks[noun].head
    for _ in range(4):  # "declared Maduro the winner of the election, a result ...": the clause
        if toks[act].pos == "VERB" or toks[act].head == act:
            break
        act = toks[act].head
    if toks[act].pos != "VERB" or act >= noun:
        return []
    own = {a.country for a in sources if a.country}
    # a domestic role with no country yet ("electoral authorities") takes the dateline's later
    return [
        a
        for a in index.at(subject_of(tree, act))
        if (resolved(a) or (a.code or "").startswith("---")) and a.country not in own
    ]


# "a move that ...", "a deal that ...": nouns that sum up the clause before them
_RESTATING = frozenset({"move", "step", "decision", "deal", "claim", "measure", "action"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _set_off(tree: Tree, noun: int) -> bool:
    """A summing-up noun after a comma: "began enriching uranium, a move that ..."."""
    first = min([noun, *(c for c in tree.kids[noun] if c < noun)])
    return tree.lemmas[noun] in _RESTATING and first > 0 and tree.tokens[first - 1].text == ","


# verbs by which an act draws a reaction on its doer: "..., drawing condemnation from the UN"
_DRAWING = frozenset({"draw", "prompt", "spark", "provoke", "trigger", "attract", "earn"})


def reaction_drawn(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The doer of the act a reaction noun answers when a participle hangs it on that act:
    "closed the schools, drawing condemnation from the UN" condemns who closed them."""
    toks = tree.tokens
    verb = toks[i].head
    if tree.deps[i] != "dobj" or tree.lemmas[verb] not in _DRAWING or toks[verb].tag != "VBG":
        return []
    own = {a.country for a in sources if a.country}
    act = verb
    pronoun: list[ActorMention] = []
    for _ in range(3):  # "closed the schools, hours after they reopened, drawing ...": a
        if tree.deps[act] not in ("advcl", "conj") or toks[act].head == act:  # named doer
            break  # up the clauses before a pronoun ("they" may be the schools)
        act = toks[act].head
        found = [a for a in index.at(subject_of(tree, act)) if resolved(a)]
        if found and toks[found[0].head].pos != "PRON":
            return [a for a in found if a.country not in own]
        pronoun = pronoun or found
    return [a for a in pronoun if a.country not in own]


_ACCUSING = frozenset({"accuse", "blame", "allege", "charge"})
_ACCUSER_REACH = 150  # tokens back: the accusation a denial answers is a few sentences up


def accuser(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Who last accused the denier (the object of an earlier "accuse"/"blame")."""
    own = {a.country for a in sources if a.country}
    if not own:
        return []
    toks = tree.tokens
    for k in range(i - 1, max(-1, i - _ACCUSER_REACH), -1):
        if tree.lemmas[k] not in _ACCUSING or toks[k].pos != "VERB":
            continue
        accused = [neighbour_of(tree, index, a) for a in index.at(tree.child(k, OBJECTS))]
        if any(a.country in own for a in accused):
            return [a for a in index.at(subject_of(tree, k)) if a.country not in own]
    return []


# Judging roots: disapproval and rejection (and praise, 051) are of whoever did the act judged.
_JUDGING = frozenset({"11", "12"})
_PRAISE = "051"
_DOER_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def judged_doer(
    tree: Tree, index: ActorIndex, i: int, code: str, sources: list[ActorMention]
) -> list[ActorMention]:
    """The doer named on an act a verb of disapproval or rejection judges: "condemned Israeli
    strikes on Gaza" and "denounced U.S. arms sales to Taiwan" judge Israel and the United
    States, not Gaza or Taiwan (the act's own target), and "the British seizure of its assets"
    judges Britain. Only a modifier of the object noun, not its "of" phrase ("the killing of
    civilians": the victims)."""
    if (code[:2] not in _JUDGING and code != _PRAISE) or tree.tokens[i].pos != "VERB":
        return []
    toks = tree.tokens
    deps = tree.deps
    obj = tree.child(i, frozenset({"dobj"}))
    if obj is None or index.own(obj) or toks[obj].pos != "NOUN":
        return []
    own = {a.country for a in sources if a.country}
    found = []
    for a in index.at(obj):
        # the modifier itself or a compound above it: "U.S. arms sales"
        node = a.head
        while deps[node] == "compound" and toks[node].head != obj:
            node = toks[node].head
        if deps[node] in _DOER_MODIFIERS and toks[node].head == obj and resolved(a):
            found.append(a)
    # "condemned the killing of four observers in an Israeli air strike": the attack's maker
    found = found or done_in_attack(tree, index, obj)
    if not found or any(a.country in own for a in found):
        return []
    return found


# Harms done to people, whose doer may be named only on the attack they were done in.
_HARMS = frozenset({"killing", "death", "murder", "wounding", "injury", "massacre"})


def done_in_attack(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """Whoever made the attack a killing or death was done "in": the nationality or owner
    on the attack noun ("in an Israeli air strike", "in a Hamas attack")."""
    if tree.lemmas[i] not in _HARMS:
        return []
    for prep, g in tree.preps(i):
        if prep != "in" or tree.lemmas[g] not in ATTACKS:
            continue
        found = owners_on(tree, index, g)
        if found:
            return found
    return []


def blamed_in_report(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """ "Seoul said Pyongyang was responsible for the sinking": the speaker accuses the one said
    to be responsible. Anywhere else ("the group responsible for the attack") no one accuses
    anyone: no roles."""
    verb = reported_blame(tree, i)
    if verb is None:
        return [], []
    cop = tree.tokens[i].head
    sources = [a for a in index.at(subject_of(tree, verb)) if resolved(a)]
    own = {a.country for a in sources}
    # "Israel said it was not responsible": a denial of its own part, no accusation
    targets = [
        a
        for a in index.at(tree.child(cop, frozenset({"nsubj"})))
        if resolved(a) and a.country not in own
    ]
    return (sources, targets) if sources and targets else ([], [])


_PROTESTED = frozenset({"against", "over", "at"})
_PROTESTING = frozenset({"protest", "denounce", "condemn", "oppose", "decry"})
_ON_THE_WAY = frozenset({"prep", "pobj", "advcl", "xcomp", "acl"})


def protested_doer(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whose act a protest is "against": "marched in protest against the resumption of French
    nuclear tests", "to protest against the deployment of U.S. missiles", "against the rape of
    a schoolgirl by American servicemen", "to protest U.S. restrictions on imports" protest
    France's, the United States' act. Another state than the protesters' own, named on the
    act, its "of" object or its "by" agent."""
    toks = tree.tokens
    deps = tree.deps
    own = {a.country for a in sources if a.country}
    objects: list[int] = []
    frontier = [i]
    for _ in range(4):  # "in protest against", "to protest against"
        nxt = [c for k in frontier for c in tree.kids[k] if deps[c] in _ON_THE_WAY]
        objects += [
            g
            for c in nxt
            if deps[c] == "prep" and tree.lemmas[c] in _PROTESTED
            for g in tree.children(c, frozenset({"pobj"}))
        ]
        # "blocked the bridge to protest U.S. restrictions on imports": what the purpose
        # clause protests
        objects += [
            g
            for c in nxt
            if deps[c] in ("advcl", "xcomp") and tree.lemmas[c] in _PROTESTING
            for g in (
                *tree.children(c, frozenset({"dobj"})),
                # "to protest attacks on their lorries by Spanish farmers", the agent hung on
                # the verb
                *(b for p, b in tree.preps(c) if p == "by"),
            )
        ]
        frontier = nxt
    for g in objects:
        phrase = [g, *(p for _, p in tree.preps(g) if tree.lemmas[toks[p].head] in ("of", "by"))]
        # "attacks on their lorries by Spanish farmers": the agent hung on the thing attacked
        phrase += [b for _, p in tree.preps(g) for q, b in tree.preps(p) if q == "by"]
        named = [
            a
            for h in phrase
            for k in (h, *tree.children(h, _DOER_MODIFIERS))
            for a in index.at(k)
            if resolved(a) and a.country not in own
        ]
        if named:
            return named[:1]
    return []


# Prepositions of where an act happened: a state named in them is a place, no party.
_WHERE = frozenset(
    ("in", "at", "near", "along", "across", "outside", "inside", "around", "through", "off",
     "from")
)  # fmt: skip
_MODIFYING = frozenset({"amod", "compound", "nmod", "poss"})
# Codes of no state: aid agencies and companies are no parties an act is inferred to target.
_NO_PARTIES = frozenset({"NGO", "MNC", "IMG", "UIS"})
# Nouns of places a state's adjective may name: "the Chinese border", "Korean waters".
_GEOGRAPHY = frozenset(
    ("border", "frontier", "peninsula", "coast", "island", "islands", "waters", "sea", "strait",
     "gulf", "region", "territory", "mainland", "province", "airspace", "side", "soil")
)  # fmt: skip
# Mentions read as places, not as the state acting ("Moscow said" reads "metonym:capital").
_PLACE_READINGS = frozenset({"dictionary:city", "dictionary:region"})
_GROUP = "coref:group"


def sole_other_party(
    tree: Tree,
    index: ActorIndex,
    i: int,
    doer: ActorMention,
    reporter: ActorMention | None,
    within: int | None = None,
) -> ActorMention | None:
    """The one other state or organisation named below act ``i`` of one doer whose target
    the syntax gives nowhere: "Spain backed down, paving the way for a fishing deal with
    Morocco", "Latvia's parliament amended the law, heeding recommendations by the OSCE".
    Named places ("in Brasilia", "along the Thai border"), the
    doer's own side, the speaker and anyone outside the act's own phrase ("Zelenskyy, who met
    Erdogan, urged sanctions if Moscow rejected a ceasefire") are no parties; two or more
    candidates leave the act without a target. ``within``: a subtree (a refused act's) whose
    parties are not the act's ("did not commit to cutting gas sales to Bolivia" refuses the
    asker, not Bolivia)."""
    own = {doer.country, reporter.country if reporter is not None else None}
    found: ActorMention | None = None
    for actor in index.in_sentence(tree.tokens[i].sent):
        country = actor.country
        if not country or country in own or country in _NO_PARTIES or not country.isalpha():
            continue
        if doer.token_start <= actor.token_start and actor.token_end <= doer.token_end:
            continue  # inside the doer's own mention: "the European Union's Chad envoy"
        if actor.rule in _PLACE_READINGS or not _in_the_act(tree, actor.head, i, within):
            continue  # "walked out of the Geneva talks": a place
        if _named_as_place(tree, actor.head) or _describes_a_place(tree, actor.head):
            continue
        if actor.rule == _GROUP:
            continue  # "the leaders of the two countries": both sides at once, the roles' to read
        if stance_prefix(tree.tokens, actor.token_start) is not None:
            continue  # "pro-Iranian groups" are not Iran
        if found is not None and found.country != country:
            return None
        found = found or actor
    return found


def _in_the_act(tree: Tree, k: int, i: int, within: int | None) -> bool:
    """Whether token ``k`` lies in act ``i``'s own phrase: below it, not under a verb
    coordinated with it ("called the agreement a turning point but said peace would depend on
    the withdrawal of Rwandan troops", "shot and wounded Garcia": one act, read once) nor
    modifying the second half of a gapped pair ("pledged 522 million euros and Germany 125
    million euros")."""
    toks, deps = tree.tokens, tree.deps
    if deps[k] in _MODIFYING and deps[toks[k].head] == "conj" and toks[toks[k].head].pos == "NOUN":
        return False
    for _ in range(len(toks)):
        if k == within:
            return False
        if k == i:
            return True
        head = toks[k].head
        if head == k:
            return False
        if head == i and deps[k] == "conj" and toks[k].pos == "VERB":
            return False  # a verb coordinated with the act is an act or a statement of its own
        k = head
    return False


def _describes_a_place(tree: Tree, k: int) -> bool:
    """Whether mention head ``k`` only modifies a place ("the Korean peninsula", "the Chinese
    border") or is a role's adjective ("military restraint")."""
    if tree.deps[k] not in _MODIFYING:
        return False
    return role_adjective(tree, k) or tree.lemmas[tree.tokens[k].head] in _GEOGRAPHY


def _named_as_place(tree: Tree, k: int) -> bool:
    """Whether token ``k``, through the modifiers it is part of, is the object of a
    preposition of place: "in Brasilia", "along the Thai border"."""
    toks, deps = tree.tokens, tree.deps
    for _ in range(3):
        if deps[k] not in _MODIFYING or toks[k].head == k:
            break
        k = toks[k].head
    return deps[k] == "pobj" and tree.lemmas[toks[k].head] in _WHERE
