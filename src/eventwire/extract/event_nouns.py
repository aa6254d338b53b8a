"""Roles of nominal and adjectival triggers: "Maduro's signature", "a U.S. strike on X", "the
ratification by the assembly", "talks between X and Y", "held talks" (the light verb's subject),
"Peru was optimistic about the talks". Split from ``event_roles.py``, whose argument look-ups
(``ActorIndex``, prepositional targets) these read.
"""

from __future__ import annotations

from eventwire.extract.event_doers import NOT_DOERS, subject_of
from eventwire.extract.event_parties import done_in_attack
from eventwire.extract.event_roles import (
    AGENT_OF_NOUNS,
    ISSUING,
    ORGANIZERS,
    PATIENT_NOUNS,
    SPANS,
    WRITS,
    ActorIndex,
    a_protest,
    best,
    object_of,
    performed_by,
    prep_targets,
    resolved,
    role_adjective,
)
from eventwire.extract.event_sides import hyphen_pair
from eventwire.extract.event_structure import SUBJECTS, Tree
from eventwire.extract.event_words import MODIFIERS, OBJECTS, TOLD, a_city_not_a_state
from eventwire.extract.mentions import stance_prefix
from eventwire.models import ActorMention

# nouns whose "of" object is the act they declare or end: "his declaration of martial law"
_ACT_OF = frozenset(
    {"declaration", "imposition", "introduction", "proclamation", "lifting", "extension"}
)


# Meetings someone is "at": "at the Geneva meeting", "at talks in Doha".
_MEETINGS = frozenset({"meeting", "talks", "talk", "summit", "conference", "negotiation"})


# Nouns of forces sent whose "of" object is the sender's own forces: "the deployment of
# Russian troops to Belarus" is Russia's.
_DEPLOYED = frozenset({"deployment", "redeployment", "buildup", "build-up", "massing"})


def _city_named(index: ActorIndex, c: int) -> bool:
    """Whether the actors at ``c`` are all a capital city's name, read as its state."""
    found = index.at(c)
    return bool(found) and all(a.rule in _CITY_READINGS for a in found)


_CITY_READINGS = frozenset(("dictionary:capital", "metonym:capital", "dictionary:city"))


def _declarer(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "Yoon's declaration of martial law", "Chile's imposition of a curfew": the possessive
    of the noun that declares the act does it."""
    toks = tree.tokens
    deps = tree.deps
    prep = toks[i].head
    if deps[i] != "pobj" or tree.lemmas[prep] != "of":
        return []
    noun = toks[prep].head
    if tree.lemmas[noun] not in _ACT_OF:
        return []
    return index.at(tree.child(noun, frozenset({"poss"})))


def noun_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of a nominal trigger: "Maduro's signature", "a U.S. strike on X",
    "the ratification by the assembly", "talks between X and Y"."""
    toks = tree.tokens
    deps = tree.deps
    if deps[i] == "compound" and toks[toks[i].head].pos in ("NOUN", "PROPN"):
        return noun_roles(tree, index, toks[i].head)  # "a mediation effort between X and Y"
    carrier = _carried_in(tree, i)
    if carrier is not None:
        # "sent a message of congratulations to Lukashenko": the message's sender and
        # addressee are those of the act it carries
        return noun_roles(tree, index, carrier)
    sources: list[ActorMention] = hyphen_pair(tree, index.own, i)  # "Israeli-Palestinian"
    targets: list[ActorMention] = []
    kinds: list[ActorMention] = []  # an agent naming only a kind, replaced by the doer
    for c in tree.kids[i]:
        dep = deps[c]
        if dep == "poss" and tree.lemmas[i] in PATIENT_NOUNS and not _of_object(tree, i):
            # "a warrant for his arrest": he is arrested; but "Chile's arrest of two
            # fishermen": the "of" object is arrested and the possessive arrests
            targets = index.at(c)
            continue
        stance = stance_prefix(toks, c) if dep in MODIFIERS else None
        if stance is not None:
            # "anti-Japanese demonstrations": Japan is what they are against, never who
            # holds them ("pro-Russian rallies" name neither)
            if stance == "anti" and not targets:
                targets = index.at(c)
            continue
        if dep in MODIFIERS and not sources and not role_adjective(tree, c):
            # "a U.S. strike", not "criminal investigations" nor "military restraint"
            if dep == "compound" and _city_named(index, c):
                continue  # "the Paris attacks", "the Beijing talks": where, not who
            if dep == "poss" and toks[c].pos == "PRON" and _light_verb_source(tree, index, i):
                continue  # "delegations of X and Y held their talks": the holders
            sources = [a for a in index.at(c) if resolved(a) or dep == "poss"]
    between: list[ActorMention] = []
    for prep, g in tree.preps(i):
        agent = (
            prep == "by"
            or (prep == "of" and tree.lemmas[i] in AGENT_OF_NOUNS)
            or (prep == "of" and tree.lemmas[i] in _DEPLOYED and any(map(resolved, index.at(g))))
            or (prep == "from" and tree.lemmas[i] in _FROM_SOURCE)
        )
        if agent and not sources:
            sources = index.at(g)
        elif prep == "between" and not between:
            between = index.at(g)
    if not sources:
        # "the expulsion of Russian diplomats by Poland", "an attack on a police patrol by
        # Kosovo Albanians": the parser hangs the agent on the "of" or "on" object
        sources = _hung_on(tree, index, i, "of", "by") or _hung_on(tree, index, i, "on", "by")
    obj = _quantity_of(tree, i)  # "received $5 million in aid": the amount is the object
    given = deps[obj] == "dobj" and tree.lemmas[i] in _FROM_SOURCE
    if given and not sources:
        # "drew condemnation from Egypt", "received aid from Germany": the parser hangs the
        # giver on the verb
        sources = best(index.at(g) for p, g in tree.preps(toks[obj].head) if p == "from")
    if given and sources and not targets and tree.lemmas[toks[obj].head] in _RECEIVING:
        # "received a phone call from Mubarak": the receiver, whichever word "from" is on
        targets = [a for a in index.at(subject_of(tree, toks[obj].head)) if a not in sources]
    if not sources:
        sources = _declarer(tree, index, i)
    if not sources:
        sources = done_in_attack(tree, index, i)
    if not sources:  # "an attack carried out by Hamas", "the bombing, blamed on the PKK"
        sources = performed_by(tree, index, i)
    if not sources and deps[i] == "pobj" and tree.lemmas[toks[i].head] == "behind":
        # "Israel said Iran was behind the attack": who stands behind an act did it
        verb = toks[toks[i].head].head
        if tree.lemmas[verb] in _BEHIND_VERBS:
            sources = [a for a in index.at(subject_of(tree, verb)) if resolved(a)]
    if not sources and deps[i] == "pobj" and tree.lemmas[toks[i].head] == "at":
        # "failed to sign the plan at the Geneva meeting": whoever was at it met there
        verb = toks[toks[i].head].head
        if toks[verb].pos == "VERB" and tree.lemmas[i] in _MEETINGS:
            sources = [a for a in index.at(subject_of(tree, verb)) if resolved(a)]
    if not sources or (
        tree.lemmas[i] in _COME_FOR | AGENT_OF_NOUNS and not any(map(resolved, sources))
    ):
        # "Chirac was in Moscow on the first visit by a Western leader", "Egypt began a
        # withdrawal of troops": the one there or acting, when the agent names only a kind
        kinds, sources = sources, _light_verb_source(tree, index, i) or sources
    if sources and not targets and tree.lemmas[i] in _CONVERSATIONS and deps[i] == "pobj":
        # "told Putin in a phone call": the one told is the one called
        verb = toks[toks[i].head].head
        if tree.lemmas[verb] in _TELLING:
            targets = [a for a in index.at(tree.child(verb, TOLD)) if a not in sources]
    if len(between) >= 2:
        # "X launched a mediation between Y and Z": Y and Z are both targets;
        # "talks between Y and Z": Y with Z
        targets = [a for a in between if a not in sources] if sources else between[1:]
        sources = sources or between[:1]
    if not targets and deps[i] == "dobj" and tree.lemmas[toks[i].head] in REPELLING:
        # "the rebels repelled an attack by Gaddafi's forces": the attack was on the repellers
        repellers = index.at(subject_of(tree, toks[i].head))
        targets = repellers if any(a.country for a in repellers) else targets
    if not targets:
        targets = prep_targets(tree, index, i)
    if not targets:
        # "the release by Pakistan of 30 Indian fishermen": the parser hangs the noun's "of"
        # object on its agent
        targets = _hung_on(tree, index, i, "by", "of", resolved_only=True)
    span = _span_holding(tree, i)
    if not targets and span is not None:
        # "announced a package of aid for Somalia": the parser hangs the aim on the package
        targets = prep_targets(tree, index, span)
    if not targets and sources and tree.lemmas[i] in _COME_FOR and deps[i] == "pobj":
        # "was in Moscow on a visit", "is in Washington for talks": the host is where one is
        verb = toks[toks[i].head].head
        if tree.lemmas[toks[i].head] in ("on", "for") and tree.lemmas[verb] in _BEING_THERE:
            own = {a.country for a in sources}
            targets = [
                a
                for p, g in tree.preps(verb)
                if p == "in"
                for a in index.at(g)
                if resolved(a) and a.country not in own
            ]
    if not targets and deps[i] in ("dobj", "nsubjpass"):
        # "gave a warm welcome to de Klerk", "issued a warning to Iran", "recognition was
        # extended to Taiwan": the light verb carries the noun's prepositional target
        head = toks[i].head
        if toks[head].pos == "VERB" and tree.lemmas[head] not in NOT_DOERS:
            targets = prep_targets(tree, index, head)
        elif toks[head].pos == "VERB":
            # "condemned a Turkish strike on its territory": the parser hangs the act's aim on
            # the verb judging it, which takes no "on" or "against" of its own
            targets = best(index.at(g) for p, g in tree.preps(head) if p in ("on", "against"))
    if not targets and deps[i] == "pobj" and tree.lemmas[toks[i].head] == "under":
        # "placed Craxi under investigation", "put the consul under arrest": the one placed
        verb = toks[toks[i].head].head
        if tree.lemmas[verb] in _PLACING:  # not "would not take part while under attack"
            sources = sources or [a for a in index.at(subject_of(tree, verb)) if resolved(a)]
            targets = [a for a in index.at(tree.child(verb, OBJECTS)) if a not in sources]
    if not targets and deps[i] == "nsubj" and tree.lemmas[toks[i].head] in _IMPACT:
        # "Houthi drone attacks hit two Saudi oil plants": what the act hit is its target
        targets = object_of(tree, index, toks[i].head)
    targets = [t for t in targets if t not in sources and t not in kinds]
    return sources, targets


def _hung_on(
    tree: Tree, index: ActorIndex, i: int, outer: str, inner: str, resolved_only: bool = False
) -> list[ActorMention]:
    """The actors of noun ``i``'s ``inner`` phrase that the parser hung on the object of its
    ``outer`` phrase (only coded ones with ``resolved_only``)."""
    for p, g in tree.preps(i):
        if p != outer:
            continue
        for p2, g2 in tree.preps(g):
            found = index.at(g2) if p2 == inner else []
            if found and (not resolved_only or any(map(resolved, found))):
                return found
    return []


def _span_holding(tree: Tree, i: int) -> int | None:
    """The noun measuring out act ``i`` in its "of" phrase ("a package of aid"), if any."""
    return _of_holder(tree, i, SPANS)


# Verbs that put someone "under" an act: "placed Craxi under investigation".
_PLACING = frozenset(("place", "put", "keep", "hold", "bring"))
# Verbs of standing behind an act: "Iran was behind the attack".
_BEHIND_VERBS = frozenset({"be", "stand"})
# Verbs that tell what an act named as their subject struck: "the strike hit a school".
_IMPACT = frozenset(
    ("hit", "strike", "target", "destroy", "damage", "kill", "wound", "injure", "pound",
     "level", "flatten", "devastate")
)  # fmt: skip


# Words and help that come "from" someone: "condemnation from Egypt", "aid from China".
_FROM_SOURCE = frozenset(
    ("condemnation", "criticism", "rebuke", "praise", "support", "backing", "warning", "threat",
     "call", "appeal", "request", "demand", "offer", "pledge", "apology", "objection",
     "complaint", "aid", "assistance", "help", "pressure", "invitation", "recognition",
     "congratulation", "ultimatum", "protest")
)  # fmt: skip


_RECEIVING = frozenset(("receive", "get", "win", "obtain", "secure", "accept"))
# Journeys one is "on", and exchanges something is told "in": their doer is the clause's.
_JOURNEYS = frozenset(("visit", "tour", "trip", "journey", "stopover"))
_CONVERSATIONS = frozenset(("call", "conversation", "meeting", "talk", "conference"))
# Meetings one comes "for", and the verbs of being there for them: "arrived in Cairo for talks",
# "is in Washington for talks with Bush", "is expected in Kiev for a visit".
_COME_FOR = _JOURNEYS | _MEETINGS | {"consultation", "discussion"}
# Arrivals are visits of their own, so only a journey they are "for" adds its party.
_BEING_THERE = frozenset(("be", "expect"))
_ARRIVING = frozenset(("arrive", "come", "go", "travel", "fly", "head", "return"))
# Verbs that end or begin a journey, which was made: "ended a three-day visit to Poland".
_ENDING = frozenset(("end", "conclude", "wrap", "finish", "complete", "cut", "begin", "start"))
# What a feeling told is about: its clause, or what moved it.
_CLAUSE = frozenset(("ccomp",))
_MOVED_BY = frozenset(("by", "over", "about"))
_EXPERIENCERS = SUBJECTS | {"nsubjpass"}
_AGENT = frozenset(("agent",))
_POBJ = frozenset(("pobj",))
# Verbs whose subject was the target of the attack they name: "repelled an attack".
REPELLING = frozenset(("repel", "repulse", "thwart", "foil", "withstand", "survive"))
# Verbs of answering an act with one's own: "responded with air strikes", "hit back with".
ANSWERING = frozenset(("respond", "retaliate", "reply", "answer", "react", "counter", "hit"))
# Verbs whose "with" is their subject's own act: an answer, or going on with it.
_WITH_ONES_OWN = ANSWERING | frozenset(
    ("proceed", "continue", "press", "push", "go", "forge", "persist", "persevere", "plough",
     "plow", "carry", "move")
)  # fmt: skip


def _quantity_of(tree: Tree, i: int) -> int:
    """The amount a noun is counted "in" ("$5 million in aid" -> "million"), else the noun."""
    toks = tree.tokens
    head = toks[i].head
    if tree.deps[i] == "pobj" and tree.lemmas[head] == "in" and toks[toks[head].head].pos == "NUM":
        return toks[head].head
    return i


def _of_object(tree: Tree, i: int) -> bool:
    return any(p == "of" for p, _ in tree.preps(i))


def _light_verb_source(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The subject of the verb a nominal trigger is the object of: "Peru held talks"."""
    toks = tree.tokens
    deps = tree.deps
    tok = toks[i]
    head = tok.head
    span = _span_holding(tree, i)
    if span is not None:
        # "launched ten days of war games", "held three rounds of talks": the span's holder
        return _light_verb_source(tree, index, span)
    if tok.dep == "pobj" and tree.lemmas[head] == "for" and tree.lemmas[toks[head].head] in WRITS:
        # "a court issued a warrant for his arrest": the issuer of the writ acts through it
        writ = toks[head].head
        verb = toks[writ].head
        if deps[writ] == "dobj" and tree.lemmas[verb] in ISSUING:
            return index.at(subject_of(tree, verb))
        return []
    doer_verb = toks[head].pos in ("VERB", "AUX") and (
        tree.lemmas[head] not in NOT_DOERS
        or (tree.lemmas[head] in _ENDING and tree.lemmas[i] in _JOURNEYS)
        # "the unions organized a strike": who organizes a protest protests
        or (tree.lemmas[head] in ORGANIZERS and a_protest(tree, i))
    )
    if tok.dep in OBJECTS and doer_verb:
        return index.at(subject_of(tree, head))
    if tok.dep == "nsubjpass" and doer_verb:
        # "talks with Iran were held by the United States", "criticism was voiced by Turkey":
        # the light verb's agent
        agent = tree.child(head, _AGENT)
        return index.at(tree.child(agent, _POBJ)) if agent is not None else []
    if tok.dep == "pobj" and tree.lemmas[head] == "with":
        # "Israel responded with air strikes on Lebanon", "Turkey pressed ahead with the
        # deployment": who answers or goes on with an act does it
        verb = toks[head].head
        if tree.lemmas[verb] in _WITH_ONES_OWN and toks[verb].pos == "VERB":
            return index.at(subject_of(tree, verb))
    if tok.dep == "pobj" and tree.lemmas[head] == "for" and tree.lemmas[i] in _COME_FOR:
        verb = toks[head].head
        coming = tree.lemmas[verb] in _ARRIVING and tree.lemmas[i] in _JOURNEYS
        if coming or tree.lemmas[verb] in _BEING_THERE:
            return index.at(tree.child(verb, _EXPERIENCERS))
    # "is on a three-day visit to India": whoever is on a journey makes it
    journey = tree.lemmas[head] == "on" and tree.lemmas[i] in _JOURNEYS
    if tok.dep == "pobj" and (tree.lemmas[head] in ("in", "into", "during") or journey):
        # "took part in talks", "engaged in negotiations"; not "ties since the invasion"
        verb = toks[head].head
        if tree.lemmas[head] == "into" and tree.child(verb, OBJECTS) is not None:
            return []  # "opened an inquiry into the detentions": what is looked into
        if tree.lemmas[verb] in _TELLING and tree.lemmas[i] not in _CONVERSATIONS:
            # "..., the army said, in an attack that sparked a war": not the army's; but
            # "told Putin in a phone call": the teller's own call
            return []
        if toks[verb].pos in ("VERB", "AUX") and tree.lemmas[verb] not in NOT_DOERS:
            found = index.at(subject_of(tree, verb))
            if a_protest(tree, i) and found and all(_state_force(a) for a in found):
                return []  # "police killed 23 people during protests": not the protesters
            return found
    before_after = tok.dep in ("pobj", "dobj") and (
        tree.lemmas[head] in ("after", "before") or toks[head].text.lower() == "following"
    )
    if before_after and any(p == "with" for p, _ in tree.preps(i)):
        # "Following a meeting with Putin, Erdogan said": the one who met him is the clause's
        verb = toks[head].head
        if toks[verb].pos in ("VERB", "AUX"):
            return index.at(subject_of(tree, verb))
    return []


# verbs of telling: a noun "in" their clause is where it is told or what it tells of
_TELLING = frozenset({"say", "tell", "add", "report", "state", "write"})


def _state_force(actor: ActorMention) -> bool:
    """A state's own arm: government, army or police, who put protests down."""
    return (actor.code or "")[3:6] in ("GOV", "MIL", "COP")


def adjective_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of an adjectival trigger: "Peru was optimistic about the talks"."""
    toks = tree.tokens
    deps = tree.deps
    subj = tree.child(i, _EXPERIENCERS)  # "was disappointed": the passive's subject too
    if subj is None and deps[i] in ("acomp", "oprd", "xcomp", "attr"):
        subj = subject_of(tree, toks[i].head)  # "attr": "where Qatar is mediating", misread
    sources = index.at(subj)
    targets = prep_targets(tree, index, i) or [
        # "dismayed by Moscow's decision", "upset over the vote": what moved them
        a
        for p, g in tree.preps(i)
        if p in _MOVED_BY
        for a in index.at(g)
        if resolved(a) and a not in sources
    ]
    if not targets:
        # "disappointed that Russia had not backed the plan": the clause's subject
        targets = [
            a
            for c in tree.children(i, _CLAUSE)
            for a in index.at(subject_of(tree, c))
            if resolved(a) and a not in sources
        ]
    return sources, targets


def struck_city(
    tree: Tree, i: int, sources: list[ActorMention], targets: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """ "the Gaza offensive", "the Mosul siege": a city named before an act of force is where
    it lands, not who does it ("a U.S. strike", "the Israeli offensive" still do)."""
    toks = tree.tokens
    cities = [
        a
        for a in sources
        if a.head != i
        and tree.deps[a.head] == "compound"
        and toks[a.head].head == i
        and a_city_not_a_state(toks[a.head].text)
    ]
    if not cities:
        return sources, targets
    return [a for a in sources if a not in cities], targets or cities


# Nouns that carry an act in their "of" phrase: "a message of support", "a letter of protest".
_CARRIERS = frozenset(
    {"message", "letter", "note", "telegram", "cable", "word", "expression", "statement",
     "gesture", "show", "declaration"}
)  # fmt: skip


def _carried_in(tree: Tree, i: int) -> int | None:
    """The carrier noun whose "of" phrase names act ``i``, if any."""
    return _of_holder(tree, i, _CARRIERS)


def _of_holder(tree: Tree, i: int, nouns: frozenset[str]) -> int | None:
    """The noun among ``nouns`` whose "of" phrase is token ``i``, if any."""
    toks = tree.tokens
    prep = toks[i].head
    if tree.deps[i] != "pobj" or tree.lemmas[prep] != "of":
        return None
    holder = toks[prep].head
    return holder if tree.lemmas[holder] in nouns else None
