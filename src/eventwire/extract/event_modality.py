"""Did it happen? Negation, modality and reported speech of a trigger.

"did not sign" is negated; "may strike", "could", "if ... " are hypothetical; a sentence ending
in "?" asks; "will sign" is intended. "X said Y did Z" is Y's act reported by X: the reporting
verb is found by walking up from the trigger through clausal complements ("said that ...") or
down to a parenthetical ("..., X said").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.extract.event_polarity import (
    held_back,
    negated_at,
    no_doer,
    not_let,
    not_yet_done,
    text_not_adopted,
)
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import PARTAKE, VERB_SUBJECTS
from eventwire.models import Modality

HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "should", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# governors whose infinitive is a plan or expectation, not an act
PLANNED = frozenset(
    {
        "be",
        "expect",
        "plan",
        "schedule",
        "hope",
        "want",
        "wish",
        "intend",
        "aim",
        "set",
        "due",
        "likely",
        "seek",
        "try",
        "attempt",
        "prepare",
        "need",
        "propose",
    }
)
# governors of a plan that state no one's will: "is to visit", "scheduled to meet", "set to"
_TIMETABLES = frozenset({"be", "schedule", "set", "due"})
# verbs that make a nominal act a plan: "talks had been scheduled", "a planned summit"
# ("was preparing a nuclear test", "is preparing an offensive": not done yet)
_PLANNED_ACTS = frozenset({"schedule", "plan", "expect", "propose", "set", "due", "prepare"})
# "the treaty covers armed attacks", "obliges each to come to the other's aid": acts a text
# provides for, not acts done
# Things "set up" on the spot, not arranged for later: "set up roadblocks on the highway",
# "set up a joint police unit" (a body formed is there once it is set up)
_PUT_UP = frozenset(
    {
        "barricade",
        "roadblock",
        "checkpoint",
        "blockade",
        "cordon",
        "unit",
        "force",
        "commission",
        "committee",
        "team",
        "body",
        "centre",
        "center",
        "fund",
        "venture",
        "hotline",
        "mechanism",
    }
)


def _put_up(tree: Tree, i: int, verb: int) -> bool:
    """ "set up barricades", "set up a joint unit": put up or formed, done; not "set up talks",
    arranged."""
    return tree.lemmas[i] in _PUT_UP and tree.lemmas[verb] == "set"


_PROVIDED_FOR = frozenset({"cover", "include", "oblige", "require", "forbid", "prohibit"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# "peace would depend on the withdrawal of troops": the act is a condition set, not an act
_CONDITION_ON = frozenset(
    {"depend", "hinge", "conditional", "contingent", "dependent", "condition", "predicate"}
)
# "expected Kagame to come", "wants Kyiv to cede land": another's act that a speaker expects
# or wishes for is neither done nor promised by its doer
# ("hop": the model's lemma of "hopes"; no one hops a clause)
_EXPECTING = frozenset({"expect", "hope", "hop", "want", "wish", "like", "prefer", "need"})
# "Kyiv fears Russia will invade", "analysts predict China will retaliate": another's act
# foreseen, not promised nor threatened by its doer
_FORESEEING = frozenset(
    {"fear", "believe", "predict", "think", "suspect", "anticipate", "forecast", "worry"}
)
# "in anticipation of an attack", "fears of a war", "the risk of escalation": an act foreseen
_FORESEEN_NOUNS = frozenset(
    {
        "anticipation",
        "expectation",
        "fear",
        "risk",
        "prospect",
        "possibility",
        "danger",
        "spectre",
        "specter",
        "likelihood",
        "chance",
    }
)
# "Serbia is unlikely to recognise Kosovo": judged improbable, not done nor promised
_UNLIKELY = frozenset({"unlikely", "doubtful", "improbable"})
# Verbs of letting: what they let is permitted, not told as done.
_PERMITS = frozenset({"allow", "permit", "let", "authorize", "authorise", "enable"})
# Verbs of asking: the infinitive hung on them names what is asked for, not done.
_ASKING = frozenset(
    {"call", "urge", "ask", "appeal", "demand", "request", "beg", "plead", "implore", "press"}
)
# "a first attempt to detain him failed", "a failed bid to seize the port": the act was tried
# and did not happen
_OBJECTIVE = frozenset({"him", "her", "them", "us", "me"})
_ATTEMPTS = frozenset({"attempt", "bid", "effort", "try"})
_FAILING = frozenset({"fail", "collapse", "founder", "falter", "fizzle"})
_FOILING = frozenset({"thwart", "foil", "block", "repel", "rebuff", "frustrate", "defeat", "stop"})
_FAILED = frozenset({"failed", "unsuccessful", "abortive", "botched", "aborted", "thwarted"})
# "rejected a proposal to hold talks", "refused calls to resign": the matter of a rejection
_REJECTING = frozenset({"reject", "refuse", "dismiss", "spurn", "rebuff", "decline", "veto"})
# Verbs whose bare infinitive names what they help to do: "to help fight insurgents" (a
# fight, not "to help support the rights of Palestinians", support lent by the doing)
_HELPING = frozenset({"help", "assist"})
_FIGHTING = frozenset({"fight", "battle", "combat", "attack", "defend", "repel", "counter"})
# "is considering sending troops", "discussed a truce": weighed, not done
_WEIGHING = frozenset(
    {"consider", "weigh", "contemplate", "mull", "discuss", "debate", "explore", "study"}
)
# adjectives that make a nominal act a possibility or a plan: "a possible attack", "a planned
# visit", "future military aid"
_MAYBE = frozenset(
    {"possible", "potential", "eventual", "hypothetical", "likely", "probable", "imminent"}
)
_AHEAD_ADJ = frozenset(
    {"planned", "proposed", "future", "upcoming", "forthcoming", "scheduled", "prospective"}
)
_NOW = frozenset({"VBZ", "VBP"})
# "promised to open the crossing", "vowed to strike back": a promise or threat whose verb
# a pattern coded on its own leaves its complement not done
_PROMISING = frozenset({"promise", "pledge", "vow", "threaten", "undertake"})
_DOBJ = frozenset({"dobj"})
# words of a date that lies ahead: "next week", "later this month", "tomorrow"
_AHEAD = frozenset({"next", "later", "tomorrow", "coming", "upcoming"})


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool
    modality: Modality
    future: bool  # "will sign", "said it would sign": a stated intention
    void: bool = False  # "no intention of starting a war": nothing was done or intended
    planned: bool = False  # "Rwanda is to withdraw", "talks were scheduled": a plan, not done
    aim: bool = False  # "came to sign", "sent troops to fight": the purpose of a deed done
    disowned: bool = False  # "was not involved in the strikes": one's part in the act denied
    timetabled: bool = False  # "is to visit", "scheduled to meet": a date kept, no will stated


# Moods are few and immutable: one shared instance of each instead of one per trigger.
_mood = lru_cache(maxsize=None)(Mood)


def _shares_auxiliary(tree: Tree, verb: int) -> bool:
    """A verb coordinated with the one before it in the same form, with no auxiliary or
    subject of its own ("will sign and ratify"); not a finite verb the parser joined to
    another clause's ("called on Rwanda to withdraw ... and urged the M23")."""
    toks = tree.tokens
    head = toks[verb].head
    return (
        tree.deps[verb] == "conj"
        and head < verb
        and toks[head].pos in ("VERB", "AUX")
        and toks[verb].pos == "VERB"
        and toks[verb].tag == toks[head].tag
        and not any(tree.deps[c] in _OWN_CLAUSE for c in tree.kids[verb])
    )


_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "neg", "mark"})


def _aux(tree: Tree, i: int) -> set[str]:
    toks = tree.tokens
    deps = tree.deps
    out = {tree.lemmas[c] for c in tree.kids[i] if deps[c] in ("aux", "auxpass")}
    # "is going to sign": "going" heads "sign" as xcomp
    head = toks[i].head
    if deps[i] == "xcomp" and tree.lemmas[head] == "go" and toks[head].tag == "VBG":
        out.add("will")
    return out


def _going_to(tree: Tree, i: int) -> bool:
    """ "going" that heads an infinitive ("is going to sign"): the future, not a trip."""
    if tree.lemmas[i] != "go" or tree.tokens[i].tag != "VBG":
        return False
    deps = tree.deps
    return any(deps[c] == "xcomp" and tree.is_to_infinitive(c) for c in tree.kids[i])


def _negated_above(tree: Tree, i: int) -> bool:
    """The verb or a verb it is the purpose of is negated: "would not meet to approve it"."""
    toks = tree.tokens
    for _ in range(3):
        if negated_at(tree, i):
            return True
        if toks[i].dep not in ("advcl", "xcomp") or toks[i].head == i:
            return False
        i = toks[i].head
    return False


# Nouns of refusing or failing: what they refuse is not done ("a refusal to resume talks",
# "Russia's failure to implement the agreements").
_REFUSALS = frozenset({"refusal", "rejection", "failure", "inability"})
# Verbs whose object is an act already done: "to denounce the offensive", "to protest against
# the invasion".
_JUDGED_PREPS = frozenset({"against", "over", "at"})
_JUDGING = frozenset(
    {"condemn", "denounce", "criticize", "criticise", "protest", "decry", "deplore", "mourn",
     "commemorate", "mark", "oppose", "welcome", "praise", "hail", "slam", "celebrate"}
)  # fmt: skip


def mood(tree: Tree, i: int, question: bool, reported: bool) -> Mood:
    """Negation and modality of the trigger at ``i`` (its own clause for nominal triggers)."""
    toks = tree.tokens
    deps = tree.deps
    verb = i if toks[i].pos in ("VERB", "AUX") else tree.clause_head(i)
    if _shares_auxiliary(tree, verb):
        # "will sign and ratify the treaty", "has to be signed and ratified": the second verb
        # is under the first's auxiliary
        return mood(tree, toks[verb].head, question, reported)
    if verb == i and _going_to(tree, i):
        # "is going to hold talks": the future's auxiliary, no trip anyone made
        return _mood(False, "hypothetical", False, void=True)
    # a nominal act in an adjunct ("without signing it after a meeting") keeps its own polarity
    adjunct = (
        verb != i
        and deps[i] == "pobj"
        and toks[toks[i].head].head == verb
        and not (tree.lemmas[toks[i].head] == "in" and tree.lemmas[verb] in PARTAKE)
    )
    partake = verb != i and deps[i] == "pobj" and tree.lemmas[verb] in PARTAKE
    negated = negated_at(tree, i) or (verb != i and not adjunct and negated_at(tree, verb))
    disowned = negated and partake and not negated_at(tree, i)
    # "failed to reach agreement": the act did not happen
    head = toks[verb].head
    if deps[verb] == "xcomp" and _going_to(tree, head) and negated_at(tree, head):
        negated = True  # "is not going to hold talks"
    if deps[verb] == "xcomp" and tree.lemmas[head] == "fail" and not adjunct:
        negated = negated or not negated_at(tree, head)
    negated = negated or not_yet_done(tree, verb) or no_doer(tree, verb)
    negated = negated or not_let(tree, verb) or text_not_adopted(tree, verb)
    negated = negated or held_back(tree, verb)
    # "had no intention of starting a war", "no plans to attend": the noun that governs it
    governor = toks[verb].head
    if deps[verb] == "pcomp" and deps[governor] == "prep":
        governor = toks[governor].head
    noun = deps[verb] in ("pcomp", "acl") and toks[governor].pos == "NOUN"
    if noun and negated_at(tree, governor):
        return _mood(True, "hypothetical", False, void=True)
    if noun and tree.lemmas[governor] in _REFUSALS:
        # "Pyongyang's refusal to resume talks": the refusal is the act; its matter is none
        return _mood(negated, "hypothetical", False, void=True)
    rejected = deps[governor] in ("dobj", "nsubjpass") and toks[governor].head != governor
    if noun and rejected and tree.lemmas[toks[governor].head] in _REJECTING:
        # "rejected a proposal to hold talks": the rejection is the act; its matter is none
        return _mood(negated, "hypothetical", False, void=True)
    # "left without signing the deal"; "the summit ended without an agreement"
    if deps[verb] == "pcomp" and tree.lemmas[head] == "without" and not adjunct:
        negated = True
    if verb != i and deps[i] == "pobj" and tree.lemmas[toks[i].head] == "without":
        negated = True
    aux = _aux(tree, verb)
    if deps[verb] == "xcomp" and not aux - {"to"}:
        # "would use the next month to talk": the purpose shares its governor's future
        aux |= {a for a in _aux(tree, toks[verb].head) if a == "would" or a in FUTURE_AUX}
    if question:
        return _mood(negated, "question", False)
    if aux & HYPOTHETICAL_AUX or _conditional(tree, verb) or _a_condition(tree, i):
        return _mood(negated, "hypothetical", False)
    if _weighed(tree, i, verb):
        return _mood(negated, "hypothetical", False)
    if verb != i and deps[i] == "nsubj" and tree.lemmas[verb] == "be" and "would" in aux:
        # "a war between them would be catastrophic": an act judged as if it happened
        return _mood(negated, "hypothetical", False)
    if verb != i:
        words = {toks[c].text.lower() for c in tree.kids[i] if deps[c] == "amod"}
        if words & _MAYBE:  # "fear a possible attack": not done, nor promised
            return _mood(negated, "hypothetical", False)
        if words & _AHEAD_ADJ:  # "a planned visit", "the upcoming talks": a plan
            return _mood(negated, "intended", False, planned=True)
        if _foreseen_noun(tree, i):  # "in anticipation of an Iranian attack": not yet done
            return _mood(negated, "hypothetical", False)
    if _expected_of_another(tree, verb) or _foreseen(tree, verb, aux):
        # "expected Kagame to come": the speaker's expectation, not Kagame's act nor promise
        return _mood(negated, "hypothetical", False)
    if aux & FUTURE_AUX or _timed_ahead(tree, verb, aux):
        return _mood(negated, "intended", True)
    head = toks[verb].head
    # "expected Kagame to come", parsed as a clause
    to_clause = deps[verb] == "ccomp" and tree.is_to_infinitive(verb)
    purpose = (
        deps[verb] in ("advcl", "acl") and tree.is_to_infinitive(verb) and not _first_to(tree, verb)
    )  # "came to sign agreements", "a challenge to meet him": the aim, not the deed
    if (
        not purpose
        and deps[verb] == "xcomp"
        and tree.lemmas[verb] in _FIGHTING
        and tree.lemmas[head] in _HELPING
        and deps[head] == "advcl"
        and tree.is_to_infinitive(head)
    ):
        # "sent troops to help fight insurgents": the fight helped is the sending's aim too
        return _mood(negated, "intended", False, planned=True, aim=True)
    if purpose and deps[verb] == "advcl" and negated_at(tree, head):
        # "would not meet to approve the deal": the purpose of what will not be done
        return _mood(negated, "hypothetical", False, void=True)
    if (purpose or deps[verb] == "xcomp") and _failed_attempt(tree, verb):
        return _mood(True, "intended", False)
    tried = tree.lemmas[head] in _ATTEMPTS
    up = toks[i].head
    judged = verb != i and (
        (deps[i] == "dobj" and up == verb)
        or (deps[i] == "pobj" and toks[up].head == verb and tree.lemmas[up] in _JUDGED_PREPS)
    )
    if purpose and judged and tree.lemmas[verb] in _JUDGING:
        # "rallied to denounce the Russian offensive": the aim is the judging; the offensive
        # judged has happened
        return _mood(negated_at(tree, i), "asserted", False)
    if purpose:  # "came to sign agreements": the aim, not the deed
        return _mood(negated, "intended", False, planned=True, aim=True)
    if deps[verb] == "xcomp" and tree.lemmas[head] in _PROMISING:
        # "promised to open the crossing", the promise coded as a pledge of aid: not done
        return _mood(negated, "intended", False)
    if deps[verb] in ("xcomp", "ccomp") and tree.lemmas[head] in _PERMITS and verb == i:
        # "permitted Red Cross officials to visit detention centres": a permission, not the
        # visit made
        return _mood(negated, "hypothetical", False)
    if deps[verb] == "xcomp" and tree.lemmas[head] in _UNLIKELY:
        return _mood(negated, "hypothetical", False)
    if toks[head].tag in ("VBZ", "VBP") and tree.obliged_to(head) == verb:
        # "the treaty still has to be ratified": an obligation, as "must be", not a deed
        return _mood(negated, "hypothetical", False)
    if deps[verb] == "xcomp" and tree.lemmas[head] in _ASKING and not aux - {"to"}:
        # "called for military action to retake the enclave": what is asked for is not done
        return _mood(negated, "hypothetical", False)
    if deps[verb] == "ROOT" and tree.is_to_infinitive(verb):
        # a headline's "Russia to expel ten diplomats": announced, not done yet
        return _mood(negated, "intended", False, planned=True)
    if (deps[verb] == "xcomp" or to_clause) and tree.lemmas[head] in PLANNED:
        # "Rwanda is to withdraw", "plans to visit": planned, not done
        timetabled = tree.lemmas[head] in _TIMETABLES
        return _mood(negated, "intended", False, planned=not tried, timetabled=timetabled)
    if verb != i and tree.lemmas[verb] in _PROVIDED_FOR:
        return _mood(negated, "hypothetical", False)
    due = tree.lemmas[verb] == "be" and any(
        deps[c] == "acomp" and tree.lemmas[c] == "due" for c in tree.kids[verb]
    )  # "is due in Beirut for a meeting": expected, not held yet
    if verb != i and (tree.lemmas[verb] in _PLANNED_ACTS or due) and not _put_up(tree, i, verb):
        # "talks had been scheduled for Sunday", "plans a summit": not held yet
        return _mood(negated, "intended", False, planned=True)
    if "would" in aux:
        # future in the past inside reported speech ("said it would sign"), else a conditional
        if reported:
            return _mood(negated, "intended", True)
        return _mood(negated, "hypothetical", False)
    return _mood(negated, "asserted", False, disowned=disowned)


_ORDINALS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def _first_to(tree: Tree, verb: int) -> bool:
    """ "the first U.S. president to visit Cuba": an infinitive on a noun counted first, last
    or only tells what was done (not "the next leader to visit", said of what is to come)."""
    toks = tree.tokens
    noun = toks[verb].head
    if noun == verb:
        return False
    if tree.deps[verb] == "advcl":  # "became the first president to visit", "to" hung on "became"
        noun = next((c for c in tree.kids[noun] if tree.deps[c] == "attr" and c < verb), verb)
    elif tree.deps[verb] != "acl":
        return False
    if noun not in tree.actor_tokens and tree.lemmas[noun] not in _COUNTED:
        return False  # someone counted, not "the first attempt to detain"
    words = {tree.lemmas[c] for c in tree.kids[noun] if tree.deps[c] in ("amod", "advmod")}
    return bool(words & _ORDINALS) and "next" not in words


# who is counted when no actor mention covers the word: "the first Arab country to recognise"
_COUNTED = frozenset({"country", "state", "nation", "government", "leader", "official"})
# a formal move that is filed ("a motion to impeach"), and the verbs that file it
_MOTIONS = frozenset({"motion", "petition", "resolution", "request"})
_FILING = frozenset({"submit", "file", "table", "lodge", "introduce", "present", "bring"})


def filed_motion(tree: Tree, verb: int) -> int | None:
    """ "submitted a motion to impeach Yoon", "filed a petition to dissolve the party": the
    infinitive names what the filed motion asks for; when that is a demand (10), filing it is
    the demand made, in the filing verb's mood, not a purpose's. Returns the filing verb."""
    toks = tree.tokens
    deps = tree.deps
    noun = toks[verb].head
    if deps[verb] != "acl" or tree.lemmas[noun] not in _MOTIONS:
        return None
    if deps[noun] not in ("dobj", "nsubjpass") or toks[noun].head == noun:
        return None
    filer = toks[noun].head
    return filer if tree.lemmas[filer] in _FILING else None


def _weighed(tree: Tree, i: int, verb: int) -> bool:
    """ "is considering sending troops", "discussed a ceasefire": an act weighed or talked
    over is not (yet) done."""
    toks = tree.tokens
    deps = tree.deps
    if deps[verb] == "xcomp" and toks[verb].tag == "VBG":
        return tree.lemmas[toks[verb].head] in _WEIGHING
    return verb != i and deps[i] == "dobj" and tree.lemmas[verb] in _WEIGHING


def _a_condition(tree: Tree, i: int) -> bool:
    """ "would depend on the withdrawal of troops", "conditional on a ceasefire": a nominal
    act named as what something else hinges on is a condition, not an act."""
    toks = tree.tokens
    deps = tree.deps
    prep = toks[i].head
    if deps[i] != "pobj" or tree.lemmas[prep] not in ("on", "upon"):
        return False
    outer = toks[prep].head
    # "was conditional on the release": the preposition may hang on the copula
    return tree.lemmas[outer] in _CONDITION_ON or any(
        deps[c] == "acomp" and tree.lemmas[c] in _CONDITION_ON for c in tree.kids[outer]
    )


def _expected_of_another(tree: Tree, verb: int) -> bool:
    """ "expected Kagame to come", "hopes Chile will sign", "wants him to resign": an act
    another is expected to do. "expects to sign" and "hopes it will sign" are one's own plan."""
    toks = tree.tokens
    deps = tree.deps
    head = toks[verb].head
    if head == verb or tree.lemmas[head] not in _EXPECTING:
        return False
    if deps[verb] == "xcomp":  # "wants him to resign": the object does it
        return tree.child(head, _DOBJ) is not None
    if deps[verb] != "ccomp":
        return False
    subj = tree.child(verb, VERB_SUBJECTS)
    # "expected them to come" is another's act; "hopes it will sign" most often one's own
    return subj is not None and (toks[subj].pos != "PRON" or toks[subj].text.lower() in _OBJECTIVE)


def _foreseen(tree: Tree, verb: int, aux: set[str]) -> bool:
    """ "Kyiv fears Russia will invade", "the U.S. believes Iran will attack": another's
    act foreseen by the subject of a verb of belief is not its doer's threat nor promise."""
    head = tree.tokens[verb].head
    if tree.deps[verb] != "ccomp" or tree.lemmas[head] not in _FORESEEING:
        return False
    if not aux & _WILL:
        return False
    subj = tree.child(verb, VERB_SUBJECTS)
    return subj is not None and tree.tokens[subj].pos != "PRON"


def _failed_attempt(tree: Tree, verb: int) -> bool:
    """ "a first attempt to detain him failed", "guards thwarted a bid to seize the port", "a
    failed attempt to arrest him", "tried to arrest him but failed": the act did not happen."""
    toks = tree.tokens
    deps = tree.deps
    tried = toks[verb].head
    if tree.lemmas[tried] not in _ATTEMPTS:
        return False
    if toks[tried].pos == "VERB":
        return any(deps[c] == "conj" and tree.lemmas[c] in _FAILING for c in tree.kids[tried])
    if any(deps[c] == "amod" and toks[c].text.lower() in _FAILED for c in tree.kids[tried]):
        return True
    dep, outer = deps[tried], tree.lemmas[toks[tried].head]
    return (dep == "nsubj" and outer in _FAILING) or (
        dep in ("dobj", "nsubjpass") and outer in _FOILING
    )


def _timed_ahead(tree: Tree, verb: int, aux: set[str]) -> bool:
    """ "travels to Serbia later this week": a present-simple verb dated ahead is a plan."""
    toks = tree.tokens
    if aux or toks[verb].tag not in ("VBZ", "VBP"):
        return False
    for c in tree.kids[verb]:
        for g in (c, *tree.kids[c]):
            if toks[g].ent_type == "DATE" and tree.lemmas[g] in _AHEAD:
                return True
    return False


def _foreseen_noun(tree: Tree, i: int) -> bool:
    """ "raised its alert in anticipation of an Iranian attack", "fears of a wider war": a
    nominal act named as what is feared or expected has not happened."""
    toks = tree.tokens
    if tree.deps[i] != "pobj":
        return False
    prep = toks[i].head
    return tree.lemmas[prep] == "of" and tree.lemmas[toks[prep].head] in _FORESEEN_NOUNS


def _conditional(tree: Tree, verb: int) -> bool:
    """An ``if`` or ``unless`` clause, at the verb or a clause above it."""
    toks = tree.tokens
    deps = tree.deps
    j = verb
    for _ in range(8):
        if _inverted(tree, j):
            return True
        for c in tree.kids[j]:
            if deps[c] != "mark":  # the one dependency every test below asks for
                continue
            mark = tree.lemmas[c]
            if mark in _CONDITIONAL:
                return True
            # "could return once he is ready": a present-tense "once" clause is a condition
            # "promised to lift sanctions once Belgrade met its terms": so is one on an act
            # still to come
            if mark == "once" and (toks[j].tag in _NOW or (j == verb and _ahead_of(tree, j))):
                return True
            # "would not meet until the group backed down": what is waited for has not happened
            # ("would keep bombing until Gaddafi stepped down": nor for an act still to come)
            if (
                mark in ("until", "till")
                and deps[j] == "advcl"
                and (_negated_above(tree, toks[j].head) or (j == verb and _ahead_of(tree, j)))
            ):
                return True
        if deps[j] not in ("advcl", "conj", "xcomp") or toks[j].head == j:
            return False
        j = toks[j].head
    return False


_PROMISED = PLANNED | _PROMISING | {"agree", "offer"}
_WILL = FUTURE_AUX | {"would"}


def _ahead_of(tree: Tree, clause: int) -> bool:
    """The trigger's own clause hangs on an act still to come: "promised to lift sanctions
    once Belgrade met its terms", "would keep bombing until he stepped down"; what it waits
    for has not happened either. (Only the trigger's own clause: a participle the parser
    hangs on such a clause, "..., describing it as a threat", is the speaker's act.)"""
    verb = tree.tokens[clause].head
    if tree.deps[clause] != "advcl" or verb == clause:
        return False
    if tree.deps[verb] == "xcomp" and tree.lemmas[tree.tokens[verb].head] in _PROMISED:
        return True
    return any(tree.deps[c] == "aux" and tree.lemmas[c] in _WILL for c in tree.kids[verb])


_INVERTING = frozenset({"have", "should", "be"})


def _inverted(tree: Tree, j: int) -> bool:
    """ "Had Serbia recognised Kosovo, the talks might have succeeded", "Should Iran close the
    strait, ...": a clause that opens with its auxiliary before the subject, ahead of the
    main clause, is a condition."""
    toks = tree.tokens
    deps = tree.deps
    if deps[j] not in ("advcl", "ccomp") or toks[j].head < j:
        return False
    subj = tree.child(j, VERB_SUBJECTS)
    for c in tree.kids[j]:
        if deps[c] in ("aux", "auxpass") and tree.lemmas[c] in _INVERTING:
            opens = c == 0 or toks[c - 1].sent != toks[c].sent or toks[c - 1].pos == "PUNCT"
            return opens and subj is not None and c < subj and toks[c].tag in ("VBD", "MD")
    return False


def has_condition(tree: Tree, i: int) -> bool:
    """The act at ``i`` carries an ``unless``/``if`` clause of its own: "will leave unless"."""
    return _condition(tree, i) is not None


def condition_marker(tree: Tree, i: int) -> str | None:
    """ "if" or "unless", the word of the act's own condition clause, if it has one."""
    found = _condition(tree, i)
    return tree.lemmas[found[1]] if found is not None else None


def condition_subject(tree: Tree, i: int) -> int | None:
    """The subject of the act's own ``if``/``unless`` clause: "will retaliate if Manila
    continues its patrols" -> Manila, whom the conditional threat is aimed at."""
    found = _condition(tree, i)
    return tree.child(found[0], frozenset({"nsubj"})) if found is not None else None


def _condition(tree: Tree, i: int) -> tuple[int, int] | None:
    """The act's own condition clause and its ``if``/``unless`` word, as token indexes."""
    deps = tree.deps
    for c in tree.kids[tree.clause_head(i)]:
        if deps[c] == "advcl":
            for g in tree.kids[c]:
                if deps[g] == "mark" and tree.lemmas[g] in ("unless", "if"):
                    return c, g
    return None
