"""Who did it and to whom: source and target actors from the dependency structure.

Roles come from grammar, not word order: subjects and ``by``-agents of passives are sources,
objects, passive subjects and prepositional objects ("sanctions on Russia", "talks with China")
targets; possessives and compounds ("Maduro's signature", "a U.S. strike") give nominal
triggers their source; controlled and coordinated clauses borrow the subject they share.
Actor mentions (from the actors stage) are linked through token indices.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventwire.extract.event_structure import (
    MODIFIERS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    Tree,
)
from eventwire.models import ActorMention

# "urged Iran to X": the object of these verbs is the subject of their complement.
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "tell",
        "order",
        "force",
        "invite",
        "allow",
        "persuade",
        "press",
        "pressure",
        "encourage",
        "request",
        "permit",
        "compel",
        "instruct",
        "authorize",
        "help",
        "warn",
    }
)
# Prepositions whose object is a target, most telling first.
TARGET_PREPS = (
    "against",
    "on",
    "with",
    "to",
    "toward",
    "towards",
    "behind",
    "around",
    "at",
    "into",
    "upon",
    "for",
    "from",
    "of",
    "among",
)
_TARGET_RANK = {p: n for n, p in enumerate(TARGET_PREPS)}
_RELATIVE = frozenset({"WDT", "WP", "WP$"})
# Verbs whose subject is not the doer of their nominal object: "funded the protests",
# "condemned the strike", "feared an attack"; any other verb is a light verb ("held talks").
NOT_DOERS = frozenset(
    {
        "fund",
        "finance",
        "support",
        "back",
        "witness",
        "watch",
        "see",
        "fear",
        "prevent",
        "avoid",
        "report",
        "cover",
        "describe",
        "call",
        "blame",
        "ban",
        "block",
        "oppose",
        "condemn",
        "criticize",
        "criticise",
        "denounce",
        "protest",
        "follow",
        "spark",
        "trigger",
        "cause",
        "fuel",
        "end",
        "halt",
        "stop",
        "suspend",
        "cancel",
        "postpone",
        "reject",
        "deny",
        "investigate",
        "probe",
        "welcome",
        "praise",
        "hail",
        "urge",
        "demand",
        "request",
        "allow",
        "permit",
        "forbid",
        "expect",
        "predict",
        "discuss",
        "mention",
        "recall",
        "remember",
        "mark",
        "commemorate",
        "survive",
        "escape",
        "suffer",
        "face",
        "resist",
        "repel",
        "deter",
        "provoke",
        "incite",
        "encourage",
        "organize",
        "inspire",
        "plan",
        "respond",
        "lose",
        "sustain",
        "reply",
        "answer",
        "receive",
        "consider",
        "review",
        "study",
        "await",
        "ignore",
        "dismiss",
        "attend",
        "join",
    }
)


# Nouns of acts done to someone: their possessive is the one it is done to.
PATIENT_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "release",
        "expulsion",
        "execution",
        "killing",
        "murder",
        "abduction",
        "kidnapping",
        "trial",
        "impeachment",
        "ouster",
        "assassination",
        "extradition",
        "deportation",
        "dismissal",
        "removal",
        "imprisonment",
        "sentencing",
        "conviction",
    }
)


ORGANIZERS = frozenset({"organize", "organise", "stage", "hold", "lead"})
PROTESTS = frozenset({"protest", "demonstration", "rally", "march", "boycott", "sit-in", "walkout"})
# "a general strike", "a hunger strike": a strike that is no military strike
_STRIKE_KINDS = frozenset({"general", "hunger", "labor", "labour", "national", "nationwide"})


def _a_protest(tree: Tree, i: int) -> bool:
    lemma = tree.lemmas[i]
    if lemma == "strike":
        return any(tree.lemmas[c] in _STRIKE_KINDS for c in tree.kids[i])
    return lemma in PROTESTS


# Nouns that measure out an act: "three rounds of talks", "ten days of war games".
SPANS = frozenset(
    {"day", "week", "month", "year", "hour", "round", "series", "spate", "wave", "string"}
)
# Places two countries share: "a stronghold on the Thai border" is no act on Thailand.
SHARED_PLACES = frozenset({"border", "frontier", "borderland", "boundary"})
# Nouns of acts with no object: their "of" is the doer ("the withdrawal of Serbian forces").
AGENT_OF_NOUNS = frozenset(
    {"withdrawal", "pullout", "departure", "resignation", "retreat", "exit", "surrender"}
)


class ActorIndex:
    """Actor mentions by the tokens that reach them: their head, their span, their modifiers."""

    __slots__ = ("by_head", "covering", "tree")

    def __init__(self, actors: Sequence[ActorMention], tree: Tree, skip_before: int = 0) -> None:
        self.tree = tree
        self.by_head: dict[int, list[ActorMention]] = {}
        self.covering: dict[int, ActorMention] = {}
        for actor in actors:
            if actor.span.end <= skip_before:  # the dateline: "MOSCOW (EWS) -"
                continue
            self.by_head.setdefault(actor.head, []).append(actor)
            if resolved(actor):
                tree.actor_tokens.update(range(actor.token_start, actor.token_end))
            for k in range(actor.token_start, actor.token_end):
                self.covering.setdefault(k, actor)

    def _one(self, i: int) -> list[ActorMention]:
        tree = self.tree
        toks = tree.tokens
        if i in self.by_head or i in self.covering:
            own = self.by_head.get(i) or [self.covering[i]]
            # "the foreign ministers of Congo and Rwanda": the mention covers "of Congo" only
            extra = [
                a
                for c in tree.kids[i]
                if toks[c].dep == "prep" and tree.lemmas[c] == "of"
                for g in tree.kids[c]
                if toks[g].dep == "pobj"
                for m in tree.conjuncts(g)[1:]
                for a in self.by_head.get(m, [])
                if resolved(a) and a not in own
            ]
            return own + extra
        found: list[ActorMention] = []
        shared = tree.lemmas[i] in SHARED_PLACES
        # a modifier names the actor only when it resolved: "Russian troops" yes, "official" no
        for c in tree.kids[i]:
            dep = toks[c].dep
            if dep in MODIFIERS and not _role_adjective(tree, c) and not shared:
                # "Peruvian and Chilean workers": each coordinated modifier
                for m in tree.conjuncts(c):
                    if m in self.by_head or m in self.covering:
                        found.extend(
                            a for a in self.by_head.get(m) or [self.covering[m]] if resolved(a)
                        )
            elif dep == "prep" and tree.lemmas[c] in ("of", "from"):  # "the government of Peru"
                for g in tree.kids[c]:
                    if toks[g].dep == "pobj" and (g in self.by_head or g in self.covering):
                        found.extend(
                            a for a in self.by_head.get(g) or [self.covering[g]] if resolved(a)
                        )
        return found

    def own(self, i: int) -> list[ActorMention]:
        """Actors headed at or covering ``i`` and its conjuncts, not reached via modifiers."""
        out: list[ActorMention] = []
        for j in self.tree.conjuncts(i):
            found = self.by_head.get(j) or ([self.covering[j]] if j in self.covering else [])
            out.extend(a for a in found if a not in out)
        return out

    def at(self, i: int | None) -> list[ActorMention]:
        """Actors at token ``i`` and at every token coordinated with it, without repeats."""
        if i is None:
            return []
        out: list[ActorMention] = []
        for j in self.tree.conjuncts(i):
            for actor in self._one(j):
                if actor not in out:
                    out.append(actor)
        return out


def _role_adjective(tree: Tree, c: int) -> bool:
    """ "military escalation", "police violence": an adjective naming a role, not an actor;
    nationality adjectives ("Russian", "U.S.") are named entities and still count."""
    tok = tree.tokens[c]
    return tok.pos == "ADJ" and tok.ent_type not in ("NORP", "GPE")


def resolved(actor: ActorMention) -> bool:
    """An actor we know something about: a country, or a code that names one or an
    organisation; not just "officials" nor a bare role ("---GOV": "the government")."""
    return bool(actor.country) or bool(actor.code and not actor.code.startswith("---"))


def _best(candidates: Iterator[list[ActorMention]]) -> list[ActorMention]:
    """The first candidate with a resolved actor, else the first with any actor."""
    fallback: list[ActorMention] = []
    for found in candidates:
        if any(resolved(a) for a in found):
            return found
        if found and not fallback:
            fallback = found
    return fallback


def subject_of(tree: Tree, i: int, hops: int = 0) -> int | None:
    """The token that is the grammatical doer of verb ``i``, borrowing through control,
    coordination and participial clauses when the verb has no subject of its own."""
    toks = tree.tokens
    if tree.is_passive(i):
        agent = tree.child(i, frozenset({"agent"}))
        if agent is not None:
            return tree.child(agent, frozenset({"pobj"}))
        if tree.lemmas[i] in STATIVE_PARTICIPLES:  # "Washington was committed to peace"
            return tree.child(i, PASSIVE_SUBJECTS)
        return None
    subjects = tree.children(i, SUBJECTS)
    # the subject nearest before the verb: a dateline "BRUSSELS (EWS) - The EU adopted" has two
    before = [c for c in subjects if c < i]
    s = before[-1] if before else (subjects[0] if subjects else None)
    tok = toks[i]
    if s is not None:
        if toks[s].tag in _RELATIVE and tok.dep == "relcl":
            return tok.head
        if toks[s].tag == "VBG" and toks[s].pos == "VERB":
            # "the Red Cross operating in Iraq said": a participle misread as the subject
            inner = tree.child(s, frozenset({"nsubj"}))
            if inner is not None:
                return inner
        return s
    if hops > 6 or tok.head == i:
        return None
    head = tok.head
    dep = tok.dep
    if dep == "xcomp":
        if tree.lemmas[head] in OBJECT_CONTROL:
            obj = tree.child(head, OBJECTS)
            if obj is not None:
                return obj
            for prep, pobj in tree.preps(head):
                if prep == "on":  # "called on Iran to"
                    return pobj
        return subject_of(tree, head, hops + 1)
    if dep == "conj" and toks[head].pos in ("VERB", "AUX"):
        outer = reporting_clause(tree, head)
        if outer is not None and tree.lemmas[i] in SPEECH_PARTICIPLES:
            # "said the sanctions would hurt Europe and vowed that ...": the speaker vows
            return subject_of(tree, outer, hops + 1)
        if tree.is_passive(head):  # "the group was not bound ... and would continue talks"
            return tree.child(head, PASSIVE_SUBJECTS)
        if tok.tag in ("VBD", "VBZ") and toks[head].tag == "VB" and toks[head].dep == "xcomp":
            # "called on Rwanda to withdraw ... and urged the M23": a finite verb joined to an
            # infinitive belongs to the main clause, whose subject urges
            return subject_of(tree, toks[head].head, hops + 1)
        return subject_of(tree, head, hops + 1)
    if dep == "advcl" and tok.tag == "VB" and tree.child(i, frozenset({"aux"})) is not None:
        return subject_of(tree, head, hops + 1)  # "fired tear gas to disperse the crowds"
    if dep == "advcl" and tok.tag == "VBG":
        outer = reporting_clause(tree, head)
        if outer is not None and tree.lemmas[i] in SPEECH_PARTICIPLES:
            # "demanded that China return the rifles, calling it piracy": the demander calls
            return subject_of(tree, outer, hops + 1)
        found = subject_of(tree, head, hops + 1)
        if found is None and toks[head].dep in ("ccomp", "conj") and tree.is_passive(head):
            # "said 224 people had been detained, accusing protesters": the speaker accuses
            return subject_of(tree, toks[head].head, hops + 1)
        return found
    if dep == "acl" and tok.tag == "VB" and toks[head].dep in OBJECTS:
        # "submitted a motion to impeach Yoon": whoever submits the motion
        return subject_of(tree, toks[head].head, hops + 1)
    if dep in ("acl", "relcl") and tok.tag == "VBG":
        # "signed an executive order lifting sanctions": the signer lifts them, not the order
        noun = toks[head]
        if (
            noun.dep in OBJECTS
            and noun.pos == "NOUN"
            and noun.head != head
            and head not in tree.actor_tokens
            and toks[noun.head].pos in ("VERB", "AUX")
            and tree.lemmas[noun.head] not in NOT_DOERS
        ):
            return subject_of(tree, noun.head, hops + 1)
        return head
    if dep == "pcomp":  # "by signing the accord", "are guilty of violating"
        governor = toks[head]
        verb = tree.clause_head(governor.head)
        if tree.lemmas[head] in ("of", "for", "with") and governor.head == verb:
            # "accused Washington of destabilizing": the one accused is the doer
            obj = tree.child(verb, OBJECTS)
            if obj is not None:
                return obj
        return subject_of(tree, verb, hops + 1)
    return None


# Participles that describe their subject's stance, not what was done to it.
STATIVE_PARTICIPLES = frozenset(
    {"commit", "determine", "prepare", "dedicate", "resolve", "engage", "involve"}
)
# Participles that are speech acts: after a reported clause they are the reporter's.
SPEECH_PARTICIPLES = frozenset(
    {
        "call",
        "accuse",
        "say",
        "add",
        "describe",
        "urge",
        "warn",
        "blame",
        "label",
        "insist",
        "demand",
        "vow",
        "argue",
        "claim",
        "note",
        "condemn",
        "denounce",
        "brand",
        "pledge",
        "promise",
        "threaten",
    }
)


def reporting_clause(tree: Tree, j: int) -> int | None:
    """The verb whose clausal complement holds ``j`` ("demanded that X return ..."), if any."""
    toks = tree.tokens
    for _ in range(4):
        dep = toks[j].dep
        if dep == "ccomp":
            return toks[j].head
        if dep != "conj" or toks[j].head == j:
            return None
        j = toks[j].head
    return None


def object_of(
    tree: Tree, index: ActorIndex, i: int, avoid: frozenset[str] | set[str] = frozenset()
) -> list[ActorMention]:
    """The first argument of ``i`` that names actors: objects, then prepositional objects
    (skipping arguments that only name the ``avoid`` countries)."""
    candidates = _object_candidates(tree, index, i)
    if avoid:
        candidates = (c for c in candidates if not all(a.country in avoid for a in c))
    return _best(candidates)


def _object_candidates(tree: Tree, index: ActorIndex, i: int) -> Iterator[list[ActorMention]]:
    toks = tree.tokens
    if tree.is_passive(i):
        subj = tree.child(i, PASSIVE_SUBJECTS)
        if subj is None and toks[i].dep == "acl":
            subj = toks[i].head
        yield index.at(subj)
        if subj is not None:  # "sanctions against Iran were imposed": what they are against
            yield from _prep_candidates(tree, index, subj)
    objects = tree.children(i, OBJECTS)
    # "withdraw its troops from Lebanon": the doer's own forces are moved, not acted on
    others = [obj for obj in objects if not own_thing(tree, obj)]
    for obj in others:  # the object itself names an actor: "attacked Kyiv"
        yield index.own(obj)
    yield from _prep_candidates(tree, index, i)
    for obj in objects:  # "imposed sanctions on Russia", "adopted a package of sanctions against"
        yield from _prep_candidates(tree, index, obj)
        for prep, pobj in tree.preps(obj):
            if prep == "of":
                yield from _prep_candidates(tree, index, pobj)
    for obj in others:  # then through its modifiers: "attacked Iran's embassy"
        yield index.at(obj)


def own_thing(tree: Tree, i: int) -> bool:
    """ "its troops", "their diplomats": a possessive pronoun marks the doer's own."""
    return any(
        tree.tokens[c].dep == "poss" and tree.lemmas[c] in ("its", "their") for c in tree.kids[i]
    )


def _prep_candidates(tree: Tree, index: ActorIndex, i: int) -> Iterator[list[ActorMention]]:
    ranked = sorted(
        ((p, g) for p, g in tree.preps(i) if p in _TARGET_RANK),
        key=lambda pg: _TARGET_RANK[pg[0]],
    )
    for _, g in ranked:
        yield index.at(g)
        if tree.tokens[g].pos == "VERB":  # "talks on joining the European Union"
            yield index.at(tree.child(g, frozenset({"dobj"})))


def _prep_targets(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    return _best(_prep_candidates(tree, index, i))


def verb_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of a verbal trigger."""
    subj = subject_of(tree, i)
    sources = index.at(subj)
    if not sources and subj is not None:
        # "a decree issued by the command banned ...": the issuer acts through the document
        toks = tree.tokens
        for c in tree.kids[subj]:
            if toks[c].dep == "acl" and toks[c].tag == "VBN":
                agent = tree.child(c, frozenset({"agent"}))
                if agent is not None:
                    sources = index.at(tree.child(agent, frozenset({"pobj"})))
    return sources, object_of(tree, index, i)


def noun_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of a nominal trigger: "Maduro's signature", "a U.S. strike on X",
    "the ratification by the assembly", "talks between X and Y"."""
    toks = tree.tokens
    if toks[i].dep == "compound" and toks[toks[i].head].pos in ("NOUN", "PROPN"):
        return noun_roles(tree, index, toks[i].head)  # "a mediation effort between X and Y"
    sources: list[ActorMention] = []
    targets: list[ActorMention] = []
    for c in tree.kids[i]:
        dep = toks[c].dep
        if dep == "poss" and tree.lemmas[i] in PATIENT_NOUNS:
            targets = index.at(c)  # "a warrant for his arrest": he is arrested
            continue
        if dep in MODIFIERS and not sources and not _role_adjective(tree, c):
            # "a U.S. strike", not "criminal investigations" nor "military restraint"
            if dep == "poss" and toks[c].pos == "PRON" and _light_verb_source(tree, index, i):
                continue  # "delegations of X and Y held their talks": the holders
            sources = [a for a in index.at(c) if resolved(a) or dep == "poss"]
    between: list[ActorMention] = []
    for prep, g in tree.preps(i):
        agent = prep == "by" or (prep == "of" and tree.lemmas[i] in AGENT_OF_NOUNS)
        if agent and not sources:
            sources = index.at(g)
        elif prep == "between" and not between:
            between = index.at(g)
    if not sources:
        sources = _light_verb_source(tree, index, i)
    if len(between) >= 2:
        # "X launched a mediation between Y and Z": Y and Z are both targets;
        # "talks between Y and Z": Y with Z
        targets = [a for a in between if a not in sources] if sources else between[1:]
        sources = sources or between[:1]
    if not targets:
        targets = _prep_targets(tree, index, i)
    targets = [t for t in targets if t not in sources]
    return sources, targets


def _light_verb_source(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The subject of the verb a nominal trigger is the object of: "Peru held talks"."""
    toks = tree.tokens
    tok = toks[i]
    head = tok.head
    if tok.dep == "pobj" and tree.lemmas[head] == "of" and tree.lemmas[toks[head].head] in SPANS:
        # "launched ten days of war games", "held three rounds of talks": the span's holder
        return _light_verb_source(tree, index, toks[head].head)
    doer_verb = toks[head].pos in ("VERB", "AUX") and (
        tree.lemmas[head] not in NOT_DOERS
        # "the unions organized a strike": who organizes a protest protests
        or (tree.lemmas[head] in ORGANIZERS and _a_protest(tree, i))
    )
    if tok.dep in OBJECTS and doer_verb:
        return index.at(subject_of(tree, head))
    if tok.dep == "pobj" and tree.lemmas[head] in ("in", "into", "during"):
        # "took part in talks", "engaged in negotiations"; not "ties since the invasion"
        verb = toks[head].head
        if toks[verb].pos in ("VERB", "AUX") and tree.lemmas[verb] not in NOT_DOERS:
            return index.at(subject_of(tree, verb))
    return []


def adjective_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of an adjectival trigger: "Peru was optimistic about the talks"."""
    toks = tree.tokens
    subj = tree.child(i, SUBJECTS)
    if subj is None and toks[i].dep in ("acomp", "oprd", "xcomp"):
        subj = subject_of(tree, toks[i].head)
    return index.at(subj), _prep_targets(tree, index, i)
