"""Who does a verb: its grammatical doer, borrowed through control, coordination and clauses.

``subject_of`` and ``reporting_clause`` read the dependency tree alone, with no actor
mentions: which token is the doer of a verb ("urged Iran to withdraw" -> Iran withdraws; "fired
tear gas to disperse the crowds" -> the firer disperses) and which speech verb reports a clause.
They sit apart from ``event_roles``, which links those tokens to actors and picks targets,
because other stages (context, filters, the extractor itself) need the doer without the actor
index, and the verb lexicons they use (control verbs, verbs whose subject is no doer, speech
participles) belong with them.
"""

from __future__ import annotations

from eventwire.extract.event_structure import SUBJECTS, Tree
from eventwire.extract.event_words import OBJECTS, PASSIVE_SUBJECTS

# dependency labels asked of one child, built once
_AGENT = frozenset({"agent"})
_AUX = frozenset({"aux"})
_NSUBJ = frozenset({"nsubj"})
_POBJ = frozenset({"pobj"})
_POSS = frozenset({"poss"})

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
        # "prompting Russia to send in tanks", "led Iran to suspend talks": the one moved acts
        "prompt",
        "lead",
        "cause",
        "drive",
        "push",
        "spur",
        "provoke",
        "oblige",
        "enable",
        "want",
        "expect",
    }
)
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
        "prompt",  # "the killing prompted vows of revenge": the vows are others'
        "draw",
        "elicit",
        "ignite",
        "stoke",
        "end",
        "halt",
        "stop",
        "suspend",
        "cancel",
        "postpone",
        "reject",
        "deny",
        "defy",  # "defying calls for restraint": the calls are others'
        "heed",
        "investigate",
        "probe",
        "welcome",
        "praise",
        "hail",
        # judging: "deplored the coup attempt", "applauded the ceasefire" are others' acts
        "deplore",
        "decry",
        "lambast",
        "lambaste",
        "castigate",
        "censure",
        "rebuke",
        "slam",
        "blast",
        "assail",
        "excoriate",
        "lament",
        "regret",
        "disapprove",
        "resent",
        "applaud",
        "defend",  # "defended Belgrade's handling of the crisis": Belgrade's, not the defender's
        "justify",
        "endorse",
        "commend",
        "laud",
        "salute",
        "mourn",
        "urge",
        "demand",
        "request",
        "allow",
        "permit",
        "tolerate",
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


def subject_of(tree: Tree, i: int, hops: int = 0) -> int | None:
    """The token that is the grammatical doer of verb ``i``, borrowing through control,
    coordination and participial clauses when the verb has no subject of its own."""
    if hops:
        return _subject_of(tree, i, hops)
    doers = tree.doers  # asked again and again of the same trigger: kept per tree
    if i in doers:
        return doers[i]
    found = doers[i] = _subject_of(tree, i, 0)
    return found


def _misplaced_agent(tree: Tree, i: int) -> int | None:
    """The agent of a passive that the parser hung on the verb's object or on the verb of its
    "of" phrase, as a plain "by" phrase: "Ukraine was given aid by the United States", "Syria
    was accused of using chemical weapons by France". Only a name is taken: "by air", "by
    force" or "by dropping bombs" say how."""
    toks = tree.tokens
    deps = tree.deps
    hosts = [i]
    for c in tree.kids[i]:
        if deps[c] == "dobj":
            hosts.append(c)
        elif deps[c] == "prep" and tree.lemmas[c] in ("of", "from"):
            # "was barred from contesting the election by the constitutional council"
            for g in tree.kids[c]:
                if deps[g] == "pcomp":
                    hosts.append(g)
                    hosts.extend(o for o in tree.kids[g] if deps[o] == "dobj")
    for host in hosts:
        for c in tree.kids[host]:
            if deps[c] == "prep" and tree.lemmas[c] == "by":
                obj = tree.child(c, _POBJ)
                if obj is not None and (
                    toks[obj].ent_type in _AGENT_NAMES
                    or obj in tree.actor_tokens
                    or _named_modifier(tree, obj) is not None  # "by Algeria's council"
                ):
                    return obj
    return None


# Measures a state keeps in force, which their owner lifts, eases or tightens.
_MEASURES = frozenset(
    {"blockade", "siege", "embargo", "sanction", "curfew", "ban", "restriction", "closure",
     "boycott", "occupation", "freeze", "moratorium", "quarantine", "cordon"}
)  # fmt: skip


def _measure_owner(tree: Tree, i: int) -> int | None:
    """ "The Israeli naval blockade of Lebanon was lifted": a measure told with its owner and
    no agent is lifted, eased or tightened by that owner."""
    subj = tree.child(i, PASSIVE_SUBJECTS)
    if subj is None or tree.lemmas[subj] not in _MEASURES:
        return None
    return _named_modifier(tree, subj)


def _named_modifier(tree: Tree, n: int) -> int | None:
    """The first modifier of noun ``n`` that is a coded actor: "Israeli" in "the Israeli
    blockade", "Algeria" in "Algeria's constitutional council"."""
    return next(
        (
            c
            for c in tree.kids[n]
            if tree.deps[c] in ("amod", "poss", "compound") and c in tree.actor_tokens
        ),
        None,
    )


def _shared_agent(tree: Tree, i: int) -> int | None:
    """ "are being intimidated and harassed by security agents": the agent of the last of
    coordinated passives is the others' too."""
    deps = tree.deps
    for c in tree.kids[i]:
        if deps[c] == "conj" and tree.tokens[c].tag == "VBN":
            if tree.child(c, PASSIVE_SUBJECTS) is not None:
                return None  # a clause of its own: "X was arrested and Y was charged by"
            agent = tree.child(c, _AGENT)
            if agent is not None:
                return tree.child(agent, _POBJ)
            # the parser may give the last one a plain "by" phrase: "were rounded up and
            # deported across the border by Ethiopian authorities"
            misplaced = _misplaced_agent(tree, c)
            if misplaced is not None:
                return misplaced
    return None


# Named entities that can be an agent: states, bodies, peoples, people.
_AGENT_NAMES = frozenset(("GPE", "ORG", "NORP", "PERSON"))


# Prepositions a verb takes the gerund of its own act by: "resorted to throwing stones".
_MEANS_PREPS = frozenset({"to", "in", "on", "by"})


def _subject_of(tree: Tree, i: int, hops: int) -> int | None:
    toks = tree.tokens
    deps = tree.deps
    if tree.is_passive(i):
        agent = tree.child(i, _AGENT)
        if agent is not None:
            return tree.child(agent, _POBJ)
        if tree.lemmas[i] in STATIVE_PARTICIPLES:  # "Washington was committed to peace"
            return tree.child(i, PASSIVE_SUBJECTS)
        return _misplaced_agent(tree, i) or _shared_agent(tree, i) or _measure_owner(tree, i)
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
            inner = tree.child(s, _NSUBJ)
            if inner is not None:
                return inner
        return s
    for c in tree.kids[i]:
        if deps[c] in ("aux", "auxpass"):
            # "where Chile is mediating": the parser hung the subject on the auxiliary
            hung = tree.child(c, _NSUBJ)
            if hung is not None:
                return hung
    if hops > 6 or tok.head == i:
        return None
    head = tok.head
    dep = tok.dep
    if dep in ("attr", "acomp") and tok.tag == "VBG" and tree.lemmas[head] == "be":
        # "where Qatar is mediating": a progressive the parser read as a copula's complement
        return subject_of(tree, head, hops + 1)
    if dep == "xcomp":
        if tree.is_passive(head) and tree.child(head, _AGENT) is None:
            # "Peru is expected to sign", "was urged to withdraw": the one expected or urged
            passive = tree.child(head, PASSIVE_SUBJECTS)
            if passive is not None:
                return passive
        if deps[head] == "acomp" and tree.lemmas[head] in _RAISING:
            # "Peru is due to sign", "is likely to sign": the copula's subject does it
            return subject_of(tree, toks[head].head, hops + 1)
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
        if tok.tag in ("VBD", "VBZ") and toks[head].tag == "VB" and deps[head] == "xcomp":
            # "called on Rwanda to withdraw ... and urged the M23": a finite verb joined to an
            # infinitive belongs to the main clause, whose subject urges
            return subject_of(tree, toks[head].head, hops + 1)
        found = subject_of(tree, head, hops + 1)
        if found is not None and not _actor_phrase(tree, found):
            # "the move came after Chile imposed tariffs ... and urged Peru": the parser joins
            # the second act to the main verb, whose subject is a thing; the acts are Chile's
            for c in tree.kids[head]:
                if deps[c] == "advcl" and head < c < i and toks[c].tag == tok.tag:
                    inner = tree.child(c, _NSUBJ)
                    if inner is not None and _actor_phrase(tree, inner):
                        return inner
            if outer is not None and tok.tag == "VBD" and toks[head].tag != "VBD":
                # "told a channel that the exchange had been bad but refused to apologize":
                # the parser joins the teller's act to what is told, whose subject is a thing
                return subject_of(tree, outer, hops + 1)
        return found
    if dep == "advcl" and tok.tag == "VB" and tree.child(i, _AUX) is not None:
        return subject_of(tree, head, hops + 1)  # "fired tear gas to disperse the crowds"
    if (
        dep == "advcl"
        and tok.tag == "VBN"
        and any(deps[c] == "aux" and toks[c].tag == "VBG" for c in tree.kids[i])
    ):
        return subject_of(tree, head, hops + 1)  # "Having met Xi, Macron flew to Japan"
    if dep == "advcl" and tok.tag == "VBG" and _reduced_relative(tree, i):
        return i - 1  # "the protesters trying to oust him": the protesters try
    if dep == "advcl" and tok.tag == "VBG":
        outer = reporting_clause(tree, head)
        if outer is not None and tree.lemmas[i] in SPEECH_PARTICIPLES:
            # "demanded that China return the rifles, calling it piracy": the demander calls
            return subject_of(tree, outer, hops + 1)
        if tree.lemmas[i] in SPEECH_PARTICIPLES:
            speaker = _speaker_before(tree, i, head)
            if speaker is not None:
                # "..., Armenia's foreign ministry said, calling it aggression": who said so
                return speaker
            if any(deps[c] == "mark" and tree.lemmas[c] in _WHEN_MARKS for c in tree.kids[head]):
                # "ordered the army to strike after the group captured two soldiers, calling
                # the attack an act of war": the main clause's doer, not the "after" clause's
                main = toks[head].head
                while deps[main] in ("xcomp", "ccomp") and toks[main].head != main:
                    main = toks[main].head
                return subject_of(tree, main, hops + 1)
        found = subject_of(tree, head, hops + 1)
        if found is None and deps[head] in ("ccomp", "conj") and tree.is_passive(head):
            # "said 224 people had been detained, accusing protesters": the speaker accuses
            return subject_of(tree, toks[head].head, hops + 1)
        return found
    if (
        dep == "pcomp"
        and tok.tag == "VBG"
        and tree.lemmas[head] in _MEANS_PREPS
        and toks[toks[head].head].pos == "VERB"
        and tree.child(toks[head].head, OBJECTS) is None
    ):
        # "youths resorted to throwing stones", "responded by shelling the town", "succeeded
        # in capturing": the verb's own doer (not "accused X of", nor "congratulated X on")
        return subject_of(tree, toks[head].head, hops + 1)
    if tree.verb_of_noun(i):  # "Chile's government, which ..., protested to Lima"
        return head
    if dep == "acl" and tok.tag == "VB" and tree.lemmas[head] in _ASKING_NOUNS:
        # "accepted an invitation from Egypt to attend the summit": the one invited attends,
        # the one it is sent to ("an invitation to Sudan to attend") or whoever accepts it
        invited = next((g for p, g in tree.preps(head) if p == "to"), None)
        if invited is not None and invited in tree.actor_tokens:
            return invited
    elif dep == "acl" and tok.tag == "VB":
        owner = tree.child(head, _POSS)
        if owner is None:
            # "the US decision to raise tariffs": a state naming the decision makes it
            owner = next(
                (c for c in tree.kids[head] if deps[c] == "compound" and c in tree.actor_tokens),
                None,
            )
        if owner is None:
            # "accepted an offer by Qatar to mediate": whoever made the offer mediates
            owner = next(
                (
                    g
                    for c in tree.kids[head]
                    if deps[c] == "prep" and tree.lemmas[c] in ("by", "from") and c < i
                    for g in tree.kids[c]
                    if deps[g] == "pobj" and g in tree.actor_tokens
                ),
                None,
            )
        if owner is not None and toks[owner].pos != "PRON":
            # "praised Canada's decision to send aid": Canada sends, not the praiser
            return owner
    if dep == "acl" and tok.tag == "VB" and deps[head] in OBJECTS:
        # "submitted a motion to impeach Yoon": whoever submits the motion
        return subject_of(tree, toks[head].head, hops + 1)
    if dep in ("acl", "relcl") and tok.tag == "VBG":
        # "signed an executive order lifting sanctions": the signer lifts them, not the order
        # (but "punish the activists trying to oust him": people strive for what they try)
        noun = toks[head]
        if tree.lemmas[head] in _QUANTITIES:
            # "killed dozens of protesters demanding a return to civilian rule": the people
            people = next((g for p, g in tree.preps(head) if p == "of"), None)
            if people is not None and toks[people].pos in ("NOUN", "PROPN"):
                return people
        if (
            tree.lemmas[i] not in _STRIVING
            and tree.lemmas[head] not in _CARRIERS
            and (
                noun.dep in OBJECTS
                and noun.pos == "NOUN"
                and noun.head != head
                and head not in tree.actor_tokens
                and toks[noun.head].pos in ("VERB", "AUX")
                and tree.lemmas[noun.head] not in NOT_DOERS
            )
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


# Nouns of asking someone to act: the one asked acts, not the asker ("an invitation from
# Egypt to attend"). Left out: an "offer by Qatar to mediate" is Qatar's to carry out, a
# "request to join NATO" the requester's, and "Putin's order to withdraw" his side's.
_ASKING_NOUNS = frozenset(
    {"invitation", "call", "demand", "plea", "summons", "ultimatum", "permission"}
)  # fmt: skip


# Counts of people: "dozens of protesters", "thousands of workers".
_QUANTITIES = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
     "million", "millions", "number", "group", "crowd"}
)  # fmt: skip


# Craft that carry what they carry for their own side: "stormed a Turkish ship carrying aid
# to Gaza" is the ship's aid, not the commandos'.
_CARRIERS = frozenset(
    {"ship", "vessel", "boat", "flotilla", "convoy", "truck", "lorry", "plane", "aircraft",
     "tanker", "freighter", "train", "helicopter"}
)  # fmt: skip


# participles of striving that, right after a plural noun, say what its people strive for
_STRIVING = frozenset({"try", "seek", "attempt", "want", "plan"})


def _reduced_relative(tree: Tree, i: int) -> bool:
    """ "cleanse Libya of the protesters trying to oust him": a participle of striving the
    parser hung on the verb, right after a plural noun, is that noun's reduced relative."""
    before = tree.tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and tree.lemmas[i] in _STRIVING
        and before.tag == "NNS"
        and before.head != i
        and any(tree.deps[c] == "xcomp" for c in tree.kids[i])
    )


# subordinators of a clause that tells what came before or around the main act
_WHEN_MARKS = frozenset({"after", "before", "when", "as", "since", "until", "once", "while"})
_SAYING = frozenset({"say", "tell", "add", "state", "report"})


def _speaker_before(tree: Tree, i: int, head: int) -> int | None:
    """The subject of an attribution right before a participle: "..., the ministry said,
    calling it ..." (the participle hung on the act the ministry tells of)."""
    toks = tree.tokens
    j = i - 1
    while j > head and toks[j].pos == "PUNCT":
        j -= 1
    if j <= head or tree.lemmas[j] not in _SAYING or toks[j].pos != "VERB":
        return None
    return tree.child(j, _NSUBJ)


# adjectives whose infinitive the copula's subject does: "is due to sign"
_RAISING = frozenset({"due", "set", "likely", "unlikely", "poised", "slated", "bound"})


def _actor_phrase(tree: Tree, i: int) -> bool:
    """Whether noun ``i`` or a word of its phrase names an actor with a code or country."""
    actors = tree.actor_tokens
    return i in actors or any(c in actors for c in tree.kids[i])


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
        # "..., the ministry said, rejecting London's demands": the speaker rejects
        "reject",
        "dismiss",
        "deny",
        "rebuff",
        "refuse",
        "praise",
        "welcome",
        "criticize",
        "criticise",
        "defend",
    }
)


def reporting_clause(tree: Tree, j: int) -> int | None:
    """The verb whose clausal complement holds ``j`` ("demanded that X return ..."), if any."""
    toks = tree.tokens
    deps = tree.deps
    for _ in range(4):
        dep = deps[j]
        if dep == "ccomp":
            return toks[j].head
        if dep != "conj" or toks[j].head == j:
            return None
        j = toks[j].head
    return None
