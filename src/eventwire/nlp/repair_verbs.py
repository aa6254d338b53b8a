"""Repairs of how the tagger read a verb of force or its object: "took dozens hostage" (no
verb "hostage"), "shot dead a soldier" (the object hung on "dead"), "fired tear gas at
striking teachers" (teachers on strike, not struck), "seized Damascus and Assad fled" (a
seizure and a flight, not a report of what two did) and "Fighting between X and Y erupted" (a
noun, not a verb with no doer). Each returns the tokens unchanged where its shape is absent."""

from __future__ import annotations

from eventwire.models import Sentence, Token

_NOMINAL = frozenset(("NOUN", "PROPN"))


# Words the tagger reads as a verb after "took/held <people>", and the verbs they complete.
_HELD_AS = {"hostage": "hostage", "hostages": "hostage", "captive": "captive"}


_TAKERS = frozenset(("take", "hold", "keep", "seize", "grab"))


def held_hostage(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with "took dozens of civilians hostage" read as taking them hostage: the
    tagger makes some "hostage" a verb of its own (a clause with no subject under "took"), so
    nothing says what the taking was. It becomes the noun completing the verb, and its own
    modifiers ("on Monday") the verb's."""
    fixed: list[Token] | None = None
    for t in tokens:
        lemma = _HELD_AS.get(t.text.lower())
        if lemma is None or t.pos != "VERB" or t.head >= t.i:
            continue
        taker = tokens[t.head]
        if taker.lemma not in _TAKERS:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        for held in tokens[taker.i + 1 : t.i]:
            if held.head == t.i and held.dep.startswith("nsubj"):
                # "took hundreds of people hostage": the people read as the subject of "hostage"
                fixed[held.i] = held._replace(dep="dobj", head=taker.i)
        fixed[t.i] = t._replace(pos="NOUN", tag="NN", lemma=lemma, dep="oprd", morph="")
        for k in range(t.i + 1, min(len(tokens), t.i + 12)):
            if fixed[k].head == t.i:
                fixed[k] = fixed[k]._replace(head=taker.i)
    return tokens if fixed is None else tuple(fixed)


# Past forms the tagger also reads as nouns, with their verbs' lemmas.
_PAST_NOUNS = {"shot": "shoot"}


def shot_dead(tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]) -> tuple[Token, ...]:
    """``tokens`` with "shot dead a soldier" read as a shooting of the soldier. The tagger may
    hang the object on "dead"; and after "A sniper" it takes "sniper shot" for a noun phrase,
    the subject of "dead", the root: "shot" becomes the root verb, the noun before it its
    subject, and "dead" and the root's other words its own."""
    fixed: list[Token] | None = None
    for t in tokens:  # "shot dead a man": the man hung on "dead" is the verb's object
        if t.lemma == "dead" and t.pos == "ADJ" and tokens[t.head].pos == "VERB" and t.head < t.i:
            for k in range(t.i + 1, min(len(tokens), t.i + 12)):
                if tokens[k].head == t.i and tokens[k].dep == "dobj":
                    fixed = fixed if fixed is not None else list(tokens)
                    fixed[k] = tokens[k]._replace(head=t.head)
    for sent in sentences:
        span = range(sent.token_start, sent.token_end)
        root = next((i for i in span if tokens[i].dep == "ROOT"), None)
        if root is not None and tokens[root].text.lower() in _PAST_NOUNS:
            # "A gunman shot and wounded Trump": a root noun "shot" with a subject is the verb
            if tokens[root].pos == "NOUN" and any(
                tokens[i].head == root and tokens[i].dep == "nsubj" for i in span
            ):
                fixed = fixed if fixed is not None else list(tokens)
                fixed[root] = fixed[root]._replace(
                    pos="VERB", tag="VBD", lemma=_PAST_NOUNS[tokens[root].text.lower()],
                    morph="Tense=Past|VerbForm=Fin",
                )  # fmt: skip
            continue
        if root is None or tokens[root].lemma != "dead" or tokens[root].pos != "ADJ":
            continue
        shot = root - 1
        if shot < sent.token_start or tokens[shot].text.lower() != "shot":
            continue
        if tokens[shot].dep != "nsubj" or not any(tokens[i].dep == "dobj" for i in span):
            continue
        subject = shot - 1
        if subject < sent.token_start or tokens[subject].pos not in _NOMINAL:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        for i in span:
            if fixed[i].head in (shot, root) and i not in (shot, root, subject):
                fixed[i] = fixed[i]._replace(head=subject if i < subject else shot)
        fixed[subject] = fixed[subject]._replace(dep="nsubj", head=shot)
        fixed[shot] = fixed[shot]._replace(
            pos="VERB", tag="VBD", lemma="shoot", dep="ROOT", head=shot,
            morph="Tense=Past|VerbForm=Fin",
        )  # fmt: skip
        fixed[root] = fixed[root]._replace(dep="acomp", head=shot)
    return tokens if fixed is None else tuple(fixed)


# Verbs of taking and striking, which take an object and no clause: "seized Damascus and
# Assad fled" is no report of what fled.
_ACTING_ON = frozenset(
    ("seize", "capture", "take", "overrun", "storm", "attack", "bomb", "shell", "hit", "strike",
     "kill", "arrest", "detain", "free", "release", "raid", "invade", "occupy", "enter",
     "surround", "besiege", "recapture", "retake", "abduct", "kidnap", "shoot", "wound",
     "expel", "visit", "meet", "overthrow", "topple", "oust", "sanction", "blockade")
)  # fmt: skip


def objects_read_as_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with "rebels seized Damascus and Assad fled" read as two clauses: the
    tagger makes "Damascus and Assad" the subject of a clause that "seized" reports. After a
    verb of taking or striking with no object of its own, the first conjunct is its object and
    the second the subject of the next verb, joined to the first."""
    fixed: list[Token] | None = None
    for v in tokens:
        if v.pos != "VERB" or v.lemma.lower() not in _ACTING_ON or v.i + 1 >= len(tokens):
            continue
        subj = _first_phrase_head(tokens, v.i + 1)
        if subj is None or tokens[subj].dep != "nsubj":
            continue
        clause = tokens[subj].head
        # the clause reported by the verb, or (the other reading) the root reporting the verb
        reported = tokens[clause].head == v.i and tokens[clause].dep == "ccomp"
        reporting = v.head == clause and v.dep == "ccomp" and tokens[clause].dep == "ROOT"
        if not (reported or reporting) or clause < subj:
            continue
        if any(t.head == v.i and t.dep == "dobj" for t in tokens[v.i + 1 : clause]):
            continue
        second = next(
            (t.i for t in tokens[subj + 1 : clause] if t.head == subj and t.dep == "conj"), None
        )
        if second is None:
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[subj] = fixed[subj]._replace(dep="dobj", head=v.i)
        fixed[second] = fixed[second]._replace(dep="nsubj", head=clause)
        fixed[clause] = fixed[clause]._replace(dep="conj", head=v.i)
        if reporting:
            fixed[v.i] = fixed[v.i]._replace(dep="ROOT", head=v.i)
            for t in tokens:  # the root's other words (its full stop) are the verb's now
                if (
                    t.head == clause
                    and t.i not in (second, v.i)
                    and t.i > second
                    and t.dep == "punct"
                ):
                    fixed[t.i] = fixed[t.i]._replace(head=v.i)
        for t in tokens[subj + 1 : second]:
            if t.head == subj and t.dep == "cc":
                fixed[t.i] = fixed[t.i]._replace(head=v.i)
    return tokens if fixed is None else tuple(fixed)


# Verbs of making a document or measure, whose object the tagger may read as the subject of
# the participle that describes it ("signed accords normalizing ties").
_MAKING = frozenset(
    ("sign", "ink", "adopt", "approve", "pass", "reach", "conclude", "issue", "impose",
     "unveil", "introduce", "ratify", "seal", "finalize", "finalise", "announce", "order")
)  # fmt: skip


def objects_read_as_participle_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with "signed accords normalizing ties with Israel" read as accords signed
    that normalize ties: the tagger makes "accords" the subject of a clause "normalizing ..."
    that "signed" reports. After a verb of making a document with no object of its own, the
    noun right after it is its object and the -ing form describes that noun."""
    fixed: list[Token] | None = None
    for v in tokens:
        if v.pos != "VERB" or v.lemma.lower() not in _MAKING or v.i + 1 >= len(tokens):
            continue
        noun = _first_phrase_head(tokens, v.i + 1)
        if noun is None or tokens[noun].dep != "nsubj" or tokens[noun].pos != "NOUN":
            continue
        clause = tokens[tokens[noun].head]
        if clause.head != v.i or clause.dep != "ccomp" or clause.tag != "VBG":
            continue
        if any(t.head == v.i and t.dep == "dobj" for t in tokens[v.i + 1 : clause.i]):
            continue
        if any(t.head == clause.i and t.dep in ("mark", "aux") for t in tokens[v.i : clause.i]):
            continue  # "signed that ..." or "is signing": a clause of its own
        fixed = fixed if fixed is not None else list(tokens)
        fixed[noun] = fixed[noun]._replace(dep="dobj", head=v.i)
        fixed[clause.i] = clause._replace(dep="acl", head=noun)
    return tokens if fixed is None else tuple(fixed)


def _first_phrase_head(tokens: tuple[Token, ...], start: int) -> int | None:
    """The head of the noun phrase that starts at ``start`` (across its left modifiers)."""
    j = start
    for _ in range(6):
        if j >= len(tokens):
            return None
        t = tokens[j]
        if t.pos in _NOMINAL and not (t.head > j and t.dep in ("compound", "amod", "poss")):
            return j
        if t.head <= j or t.head - j > 6:
            return None
        j = t.head
    return None


# People who go on strike: "striking" before them is their strike, not a blow at them.
_STRIKERS = frozenset(
    ("worker", "teacher", "miner", "doctor", "nurse", "driver", "trucker", "docker",
     "dockworker", "employee", "staff", "pilot", "farmer", "student", "labourer", "laborer",
     "railworker", "steelworker", "servant", "lecturer", "porter", "crew", "controller",
     "cleaner", "postman", "postal", "metalworker", "autoworker", "stevedore")
)  # fmt: skip


def striking_workers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with "fired tear gas at striking teachers" read as teachers on strike: the
    tagger makes "striking" a verb whose object is the people right after it, a blow struck
    at them. Before people who strike, it is their adjective, and they take its place."""
    fixed: list[Token] | None = None
    for t in tokens:
        if t.text.lower() != "striking" or t.pos != "VERB" or t.i + 1 >= len(tokens):
            continue
        noun = tokens[t.i + 1]
        if noun.head != t.i or noun.dep != "dobj" or noun.tag != "NNS":
            continue
        if noun.lemma.lower() not in _STRIKERS:
            continue
        others = _kids(tokens, t.i, noun.i)
        if any(tokens[k].dep != "prep" or tokens[k].text.lower() == "with" for k in others):
            continue  # "striking students with batons", "were striking teachers": blows
        fixed = fixed if fixed is not None else list(tokens)
        dep = "pobj" if t.dep == "pcomp" else t.dep
        head = noun.i if t.head == t.i else t.head
        fixed[noun.i] = noun._replace(dep="ROOT" if head == noun.i else dep, head=head)
        fixed[t.i] = t._replace(pos="ADJ", tag="JJ", lemma="striking", dep="amod", head=noun.i)
        for k in others:  # "striking truckers on the main highway": where the strikers are
            fixed[k] = fixed[k]._replace(head=noun.i)
    return tokens if fixed is None else tuple(fixed)


# -ing forms that name an act as a noun: "Fighting between X and Y", "Shelling of the city".
_ACT_GERUNDS = frozenset(
    ("fighting", "shelling", "bombing", "shooting", "killing", "looting", "rioting", "clashing")
)
_CLAUSE_KIDS = frozenset(("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp"))


def gerund_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with "Fighting between Armenia and Azerbaijan erupted" read with "Fighting"
    a noun: the tagger makes a subject -ing form a verb with no doer, so the act's "between"
    or "of" phrase names no sides. With no subject, object or auxiliary of its own it is the
    act's noun, as "Heavy fighting between ..." is."""
    fixed: list[Token] | None = None
    for t in tokens:
        if t.tag != "VBG" or t.dep not in ("nsubj", "csubj") or t.text.lower() not in _ACT_GERUNDS:
            continue
        if any(tokens[k].dep in _CLAUSE_KIDS for k in _kids(tokens, t.i, -1)):
            continue  # "Shelling civilians is a war crime": a clause of its own
        fixed = fixed if fixed is not None else list(tokens)
        fixed[t.i] = t._replace(pos="NOUN", tag="NN", lemma=t.text.lower(), dep="nsubj", morph="")
    return tokens if fixed is None else tuple(fixed)


def _kids(tokens: tuple[Token, ...], i: int, but: int) -> list[int]:
    """The dependents of token ``i`` other than ``but`` (they lie within its sentence)."""
    sent = tokens[i].sent
    out: list[int] = []
    for k in range(i - 1, -1, -1):
        if tokens[k].sent != sent:
            break
        if tokens[k].head == i:
            out.append(k)
    for k in range(i + 1, len(tokens)):
        if tokens[k].sent != sent:
            break
        if tokens[k].head == i and k != but:
            out.append(k)
    return out
