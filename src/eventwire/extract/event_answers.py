"""Whom an answer answers: reactions, rejections and denials of something told before.

"Syria welcomed the decision", "Lima denied the claim", "Pakistan denied any role in the
attack": wire copy names the act or claim answered with a bare definite noun, and its doer or
its target stands a sentence or more before. Each function reads it from the story so far.
"""

from __future__ import annotations

import dataclasses

from eventwire.coding.cameo import DENY_RESPONSIBILITY, FORCE_ROOTS
from eventwire.extract.event_context import Draft
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_roles import ActorIndex, resolved
from eventwire.extract.event_structure import Tree, token_starting_at
from eventwire.models import ActorMention, Event, ParsedArticle

# "welcomed the decision", "condemned the move": an act named back with a bare definite noun
_ANAPHORIC_ACTS = frozenset(
    {"decision", "move", "step", "measure", "order", "announcement", "action", "ruling"}
)
PRAISE = "051"
_ANSWERS = frozenset({"01", "05", "11", "12"})  # a denial (016) answers claims only
_ASKING = frozenset({"02", "10"})
_RALLY_OPPOSITION = "113"
_BARE = frozenset({"det", "amod", "punct"})


# roots of a side's answer to force done to it: demands, disapproval, rejection, threats
_RETORTS = frozenset({"10", "11", "12", "13"})


def retort_targets(tree: Tree, drafts: list[Draft]) -> None:
    """ "Turkey shot down a Russian jet and Moscow warned of consequences": an answer that
    names no one, in a clause coordinated with force done to the answerer's side, is aimed
    at whoever used the force."""
    by_token = {d.match.token: d for d in drafts}
    for draft in drafts:
        if draft.targets or not draft.sources or draft.code[:2] not in _RETORTS:
            continue
        verb = tree.clause_head(draft.match.token)
        if tree.deps[verb] != "conj":
            continue
        force = by_token.get(tree.tokens[verb].head)
        if (
            force is None
            or force.code[:2] not in FORCE_ROOTS
            or force.negated
            or force.modality != "asserted"
        ):
            continue
        own = {a.country for a in draft.sources if a.country}
        if own and any(t.country in own for t in force.targets):
            draft.targets = [a for a in force.sources if a.country and a.country not in own]


# roots of answers aimed at whoever provoked them: disapproval, rejection, threats, reduced
# relations and coercion
_PROVOKED = frozenset({"11", "12", "13", "16", "17"})
_AFTER_MARKS = frozenset({"after", "following"})


def provoked_targets(tree: Tree, index: ActorIndex, drafts: list[Draft]) -> None:
    """ "Japan lodged a protest after Chinese coast guard ships entered its waters": an answer
    that names no one is aimed at the doer of the clause it came "after", when that doer is of
    another country than the one answering."""
    deps = tree.deps
    for draft in drafts:
        if draft.targets or not draft.sources or draft.code[:2] not in _PROVOKED:
            continue
        verb = tree.clause_head(draft.match.token)
        own = {a.country for a in draft.sources if a.country}
        for clause in tree.kids[verb]:
            if deps[clause] != "advcl" or tree.is_passive(clause):
                continue
            if not any(
                deps[c] == "mark" and tree.lemmas[c] in _AFTER_MARKS for c in tree.kids[clause]
            ):
                continue
            doers = [a for a in index.at(subject_of(tree, clause)) if resolved(a)]
            if own and doers and not any(a.country in own for a in doers):
                draft.targets = doers
                break


# Verbs whose object is a reaction their subject brought on: "drew criticism from Brussels",
# "sparked condemnation", "prompted protests from Paris".
_DRAWING = frozenset(
    {"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "elicit", "bring",
     "invite", "meet"}
)  # fmt: skip
# roots of reactions: praise and support, disapproval, rejection
_REACTIONS = frozenset({"05", "11", "12"})


def drawn_targets(tree: Tree, index: ActorIndex, drafts: list[Draft]) -> None:
    """ "Hungary's refusal to take refugees drew criticism from Brussels", "the raid sparked
    condemnation from Egypt": a reaction a subject brought on is aimed at that subject, or
    at whoever did the act it names, when that is another country than the one reacting."""
    by_token = {d.match.token: d for d in drafts}
    deps = tree.deps
    for draft in drafts:
        i = draft.match.token
        if any(resolved(t) for t in draft.targets) or draft.code[:2] not in _REACTIONS:
            continue
        verb = tree.tokens[i].head
        if deps[i] != "dobj" or tree.lemmas[verb] not in _DRAWING:
            continue
        subject = subject_of(tree, verb)
        if subject is None:
            continue
        act = by_token.get(subject)
        drawer = act.sources if act is not None else index.at(subject)
        if not drawer:  # "the Israeli raid" no act found: the state the phrase names
            drawer = [a for c in tree.kids[subject] for a in index.at(c)]
        own = {a.country for a in draft.sources if a.country}
        found = [a for a in drawer if resolved(a) and a.country not in own]
        if found:
            draft.targets = found


# what "calling it ..." names back: the act itself, by pronoun or a bare definite noun
_NAMED_BACK = frozenset({"it", "attack", "strike", "raid", "move", "assault", "offensive"})


def called_act_targets(tree: Tree, drafts: list[Draft]) -> None:
    """ "Azerbaijan shelled Armenian positions, the ministry said, calling it aggression": a
    verdict on "it" (or "the attack") in a participle judges whoever did the force the sentence
    told just before, of another country than the judge's."""
    toks = tree.tokens
    for n, draft in enumerate(drafts):
        i = draft.match.token
        if draft.code[:2] != "11" or toks[i].tag != "VBG" or tree.deps[i] != "advcl":
            continue
        obj = tree.child(i, frozenset({"dobj"}))
        if obj is None or tree.lemmas[obj] not in _NAMED_BACK or _names_an_actor(tree, i, obj):
            continue  # "calling it an act of Iranian terrorism" says whom it blames
        own = {a.country for a in draft.sources if a.country}
        for earlier in reversed(drafts[:n]):
            if toks[earlier.match.token].sent != toks[i].sent:
                break
            doers = [a for a in earlier.sources if a.country and a.country not in own]
            if own and earlier.code[:2] in FORCE_ROOTS and doers:
                draft.targets = doers
                break


def _names_an_actor(tree: Tree, verb: int, obj: int) -> bool:
    """Whether the verdict at ``verb`` names an actor after its object ``obj``."""
    toks = tree.tokens
    for k in range(obj + 1, len(toks)):
        if toks[k].sent != toks[verb].sent:
            break
        j = k
        for _ in range(8):  # up to the verdict, if the word is in its phrase
            if j == verb or toks[j].head == j:
                break
            j = toks[j].head
        if j == verb and k in tree.actor_tokens:
            return True
    return False


def reaction_targets(tree: Tree, drafts: list[Draft]) -> None:
    """ "Syria welcomed the decision", "Peru condemned the move": a reaction to an act the story
    told before is aimed at whoever did it, the nearest earlier act done by another country."""
    toks = tree.tokens
    deps = tree.deps
    for n, draft in enumerate(drafts):
        i = draft.match.token
        if draft.targets or not draft.sources or draft.code[:2] not in _ANSWERS:
            continue
        obj = tree.child(i, frozenset({"dobj"}))
        if obj is None and deps[i] == "relcl":
            obj = toks[i].head  # "a claim the students rejected"
        if obj is not None and tree.lemmas[obj] in _CLAIMS and draft.code[:2] in ("01", "12"):
            draft.targets = _claimant(drafts[:n], draft.sources)
            continue
        if obj is None or draft.code[:2] == "01":
            continue
        kinds = _ACT_KINDS.get(tree.lemmas[obj])
        if kinds is not None and draft.code[:2] == "11":
            if _bare_definite(tree, obj):
                draft.targets = _doer_of_kind(tree, drafts[:n], kinds, draft.sources)
            continue
        if tree.lemmas[obj] not in _ANAPHORIC_ACTS:
            # "The EU adopted a package of sanctions. Hungary blocked the package": the one
            # whose act had that thing as its object
            draft.targets = _maker_of(tree, drafts[:n], obj, draft.sources, draft.code == PRAISE)
            continue
        kids = tree.kids[obj]
        if not any(tree.lemmas[c] in ("the", "this", "that") for c in kids) or any(
            deps[c] not in _BARE or toks[c].text[:1].isupper() for c in kids
        ):
            continue  # "the decision to ...", "Chile's", "the European decision" name a doer
        own = {a.country for a in draft.sources}
        for earlier in reversed(drafts[:n]):
            if toks[earlier.match.token].sent == toks[i].sent:
                continue
            told = toks[earlier.match.token]
            if earlier.negated or earlier.modality != "asserted" or told.dep == "acl":
                continue  # "sanctions imposed by Congress": a thing described, not news
            if _subordinate(tree, earlier.match.token):
                continue  # "ordered the closure, after investigators concluded that Russia
                # had ordered an arson attack": the decision is the main clause's
            if earlier.code[:2] in _WORDS_ONLY:
                continue  # "Moscow condemned the measures. Kyiv welcomed the decision": the
                # decision is the measures', not the condemnation's
            doers = [a for a in earlier.sources if a.country and a.country not in own]
            if doers:
                draft.targets = doers[:1]
                break
            if earlier.sources:
                break  # the nearest act is the reactor's own side's: no one to aim at


# "condemned the launch", "criticised the detention": an act of a kind the story told before,
# by the CAMEO code prefixes that kind of act is coded with
_FORCE = tuple(sorted(FORCE_ROOTS))
_ACT_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("attack", "strike", "bombing", "shelling", "assault", "raid", "invasion", "killing"),
        _FORCE,
    ),
    **dict.fromkeys(("launch", "test"), ("15", "19")),
    **dict.fromkeys(("detention", "arrest", "jailing", "imprisonment"), ("173",)),
    # "Pyongyang condemned the drills": exercises, joint (062) or a show of force (15)
    **dict.fromkeys(("drill", "exercise", "maneuver", "manoeuvre", "deployment"), ("062", "15")),
    **dict.fromkeys(("sanction", "embargo", "expulsion"), ("16",)),
    # "China condemned the visit": a visit (to a shrine, a disputed island) the story told
    **dict.fromkeys(("visit", "trip"), ("042",)),
    # "Moscow condemned the measures": sanctions or coercion, not the nearest act of any kind
    "measure": ("16", "17"),
}


_SUBORDINATE = frozenset({"advcl", "ccomp", "relcl", "acl", "pcomp"})
# Roots of words about acts (statements, appeals, demands, disapproval, rejections): a
# "decision" or "move" reacted to is an act, not someone's words on one.
_WORDS_ONLY = frozenset({"01", "02", "09", "10", "11", "12"})


def _subordinate(tree: Tree, i: int) -> bool:
    """Whether token ``i`` lies in a clause under the sentence's main one: a reason, a
    report, a description."""
    toks = tree.tokens
    deps = tree.deps
    for _ in range(12):
        if deps[i] in _SUBORDINATE and not (
            deps[i] == "pcomp" and tree.lemmas[toks[i].head] == "of"
        ):
            return True  # ("began the process of reimposing sanctions" is the main act's own)
        if toks[i].head == i:
            return False
        i = toks[i].head
    return False


def _bare_definite(tree: Tree, obj: int) -> bool:
    """ "the attack", "this launch": an act named back, not one said whose or which here
    ("Russia's attack", "the attack on Kyiv", "any attack")."""
    kids = tree.kids[obj]
    return any(tree.lemmas[c] in ("the", "this", "that") for c in kids) and all(
        tree.deps[c] in _BARE and not tree.tokens[c].text[:1].isupper() for c in kids
    )


def _doer_of_kind(
    tree: Tree, before: list[Draft], kinds: tuple[str, ...], reactors: list[ActorMention]
) -> list[ActorMention]:
    """The doer, of another country than the reactor's, of the nearest earlier asserted act
    of that kind ("North Korea fired a missile ... Blinken condemned the launch")."""
    own = {a.country for a in reactors}
    for earlier in reversed(before):
        if earlier.negated or earlier.modality != "asserted" or not earlier.code.startswith(kinds):
            continue
        if tree.deps[earlier.match.token] == "acl":
            continue  # "strikes launched by Israel": a thing described, not news
        doers = [a for a in earlier.sources if a.code and a.country and a.country not in own]
        if doers:
            return doers[:1]
    return []


_MADE = frozenset({"asserted", "intended"})


def _maker_of(
    tree: Tree, before: list[Draft], obj: int, reactors: list[ActorMention], praise: bool
) -> list[ActorMention]:
    """The doers of the nearest earlier act, in an earlier sentence, whose object was the
    thing a definite noun ("the package", "the bill") names again."""
    toks = tree.tokens
    deps = tree.deps
    det = tree.child(obj, frozenset({"det"}))
    if det is None or tree.lemmas[det] not in ("the", "this"):
        return []
    if any(deps[c] in ("poss", "compound", "prep", "acl", "relcl") for c in tree.kids[obj]):
        return []  # "Chile's package", "the package of tariffs" say whose or which
    lemma, sent = tree.lemmas[obj], toks[obj].sent
    own = {a.code for a in reactors}
    sides = {a.country for a in reactors}
    for earlier in reversed(before):
        j = earlier.match.token
        if toks[j].sent >= sent or earlier.negated or earlier.modality not in _MADE:
            continue  # a promise is made too: "Hamas accepted a proposal", an intent (0356)
        if earlier.code[:2] in ("01", "11", "12") or earlier.code[:3] == "051":
            continue  # "Ozel called the detention a coup": a reaction to it, not its maker
        made = tree.child(j, frozenset({"dobj"}))
        if made is not None and tree.lemmas[made] == lemma:
            # "Hamas accepted an Egyptian proposal. Israel rejected the proposal": its author
            named = [
                a
                for a in earlier.targets
                if toks[a.head].head == made
                and deps[a.head] in ("amod", "compound", "poss")
                and a.country not in sides
            ]
            if named and not praise:
                return named[:1]
            makers = [a for a in earlier.sources if a.code and a.code not in own]
            # of a pact two sides signed, the other side; of a bill, its own legislature
            other = [a for a in makers if a.country not in sides]
            signers = {a.country for a in (*earlier.sources, *earlier.targets)}
            if praise and sides & signers:
                return []  # "called the treaty it signed historic": praise of the deal itself
            return (other or makers)[:1]
    return []


# "denied the claim", "a charge the students rejected": what someone alleged before
_CLAIMS = frozenset({"claim", "accusation", "allegation", "charge", "assertion"})
_CLAIMING = frozenset({"112", "115"})


def _claimant(before: list[Draft], deniers: list[ActorMention]) -> list[ActorMention]:
    """Who made the claim a denial answers: the nearest earlier accuser or reporter of an act
    who is not the denier ("Chile's army said Peruvian troops fired first. Lima denied the
    claim" -> Chile's army)."""
    own = {a.code for a in deniers}
    sides = {a.country for a in deniers if a.country}
    for earlier in reversed(before):
        if earlier.code[:3] in _CLAIMING:  # accusations and lawsuits, not mere criticism
            claimants = [a for a in earlier.sources if a.code and a.code not in own]
        elif earlier.reported_by is not None and sides & {a.country for a in earlier.sources}:
            claimants = [earlier.reported_by]  # a claim about what the denier's side did
        else:
            continue
        claimants = [a for a in claimants if a.code and a.code not in own]
        if claimants:
            return claimants[:1]
    return []


# "denied any role in the attack", "denied responsibility for the bombing": force named back
_FORCE_NOUNS = frozenset(
    {
        "attack",
        "killing",
        "bombing",
        "strike",
        "shooting",
        "massacre",
        "assault",
        "blast",
        "explosion",
        "raid",
        "ambush",
    }
)
_ROLE_PREPS = frozenset({"in", "for", "behind", "with"})
_CLAUSES = frozenset({"acl", "relcl"})
_NON_STATES = frozenset({"IGO", "NGO", "MNC"})


def denied_attack_targets(parsed: ParsedArticle, tree: Tree, events: list[Event]) -> list[Event]:
    """ "Pakistan denied any role in the attack": a denial of a part in force the story told
    before is aimed at whom that force hit (the nearest earlier attack on another country)."""
    if not any(e.cameo.code == DENY_RESPONSIBILITY and e.target is None for e in events):
        return events
    out = list(events)
    for n, event in enumerate(out):
        if event.cameo.code != DENY_RESPONSIBILITY or event.target is not None:
            continue
        i = token_starting_at(parsed.tokens, event.trigger.start)
        if i is None or not _names_force_back(tree, i):
            continue
        own = event.source.country if event.source else None
        aim = _accuser_of(out[:n], event) or _state_hit(out[:n], event, own)
        if aim is not None:
            out[n] = dataclasses.replace(event, target=aim)
    return out


def _accuser_of(before: list[Event], denial: Event) -> ActorMention | None:
    """Whoever accused the denier's side before ("India blamed Pakistan for the attack"):
    a denial answers its accuser first."""
    own = denial.source.country if denial.source else None
    for earlier in reversed(before):
        if earlier.cameo.code[:3] not in _CLAIMING or earlier.sentence >= denial.sentence:
            continue
        who, whom = earlier.source, earlier.target
        if who and whom and own and whom.country == own and who.country not in (own, None):
            return who
    return None


def _state_hit(before: list[Event], denial: Event, own: str | None) -> ActorMention | None:
    """The state whom the nearest earlier act of force hit: "killed 26 tourists" is force
    against India, and a denial of a part in it answers India, not the civilians."""
    for earlier in reversed(before):
        hit = earlier.target
        if (
            earlier.sentence < denial.sentence
            and earlier.cameo.root in FORCE_ROOTS
            and hit is not None
            and hit.country
            and hit.country != own
        ):
            if hit.code == hit.country or hit.country in _NON_STATES:
                return hit
            return dataclasses.replace(hit, code=hit.country, rule=hit.rule + ":state")
    return None


def _names_force_back(tree: Tree, i: int) -> bool:
    """Whether the denial at ``i`` is of a part in a definite act of force ("any role in the
    attack", "involvement in the killings"), not one named here ("in Monday's attack")."""
    deps = tree.deps
    heads: list[int] = []
    # "said it had nothing to do with the killings": the said clause, the idiom's clause
    for verb in (i, *tree.children(i, frozenset({"ccomp"}))):
        objects = tree.children(verb, frozenset({"dobj"}))
        heads += [verb, *objects, *(c for d in objects for c in tree.children(d, _CLAUSES))]
    for head in heads:
        for prep, pobj in tree.preps(head):
            if prep not in _ROLE_PREPS or tree.lemmas[pobj] not in _FORCE_NOUNS:
                continue
            kids = tree.kids[pobj]
            if any(tree.lemmas[c] in ("the", "this", "that", "these") for c in kids) and all(
                deps[c] in ("det", "amod", "punct") for c in kids
            ):
                return True
    return False


VISIT, HOST = "042", "043"


def visit_hosts(tree: Tree, drafts: list[Draft]) -> None:
    """ "Macron hosted Xi for talks, on the first day of Xi's visit to Europe": a visit with no
    state named as its destination is to whoever hosts the visitor in the same sentence."""
    toks = tree.tokens
    hosting = [d for d in drafts if d.code == HOST and d.sources and d.targets]
    if not hosting:
        return
    for draft in drafts:
        if draft.code != VISIT or not draft.sources or any(t.country for t in draft.targets):
            continue
        sent = toks[draft.match.token].sent
        guests = {(a.code, a.country) for a in draft.sources}
        for host in hosting:
            if toks[host.match.token].sent != sent:
                continue
            if any((t.code, t.country) in guests for t in host.targets):
                draft.targets = list(host.sources)
                break


_COMPLEMENTS = frozenset({"xcomp", "pcomp", "ccomp"})


def non_commitments(tree: Tree, index: ActorIndex, drafts: list[Draft]) -> None:
    """ "Xi did not commit to restricting exports to Russia": declining to promise an act is a
    refusal of whoever asked for it (a request to the decliner's side in the sentence or the
    one before, or a call on that side to punish someone), never of the one the promised act
    would have touched."""
    toks = tree.tokens
    for n, draft in enumerate(drafts):
        match = draft.match
        if match.modality != "intended" or draft.code[:2] != "12" or match.code[:2] == "12":
            continue
        if tree.child(match.token, frozenset({"neg"})) is None:
            continue
        i = match.token
        kept = [t for t in draft.targets if not _inside_complement(tree, t.head, i)]
        if len(kept) == len(draft.targets):
            continue
        sides = {a.country for a in draft.sources if a.country}
        sent = toks[i].sent
        for earlier in reversed(drafts[:n]):
            if toks[earlier.match.token].sent < sent - 1:
                break
            asked = {t.country for t in earlier.targets} if earlier.code[:2] in _ASKING else set()
            if earlier.code == _RALLY_OPPOSITION:  # "urged Peru to cut gas sales to Bolivia"
                addressed = tree.child(earlier.match.token, frozenset({"dobj"}))
                asked = {a.country for a in index.at(addressed)}
            if sides & asked:
                kept = kept or [a for a in earlier.sources if a.country not in sides][:1]
                break
        draft.targets = kept


def _inside_complement(tree: Tree, j: int, verb: int) -> bool:
    """Whether token ``j`` lies in a clause that completes ``verb`` ("commit to restricting
    exports to Russia": Russia) rather than being its own argument."""
    toks = tree.tokens
    deps = tree.deps
    through = False
    for _ in range(12):
        if j == verb:
            return through
        through = through or deps[j] in _COMPLEMENTS
        if toks[j].head == j:
            return False
        j = toks[j].head
    return False


# Verbs whose object is moved to act by the subject's deed: "prompting Pakistan to downgrade
# ties".
_PROVOKING = frozenset({"prompt", "lead", "drive", "push", "spur", "provoke", "trigger"})


def provoked_by(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """ "India revoked Kashmir's status, prompting Pakistan to downgrade ties": a hostile
    answer with no one named is aimed at whoever's deed prompted it."""
    head = tree.tokens[i].head
    if tree.deps[i] != "xcomp" or tree.lemmas[head] not in _PROVOKING:
        return []
    own = {a.country for a in sources}
    return [a for a in index.at(subject_of(tree, head)) if resolved(a) and a.country not in own]


_PROMPTING_MARKS = frozenset({"after", "following"})
_CHARGING = frozenset({"accuse", "blame", "charge"})
_ACL = frozenset({"acl"})
_DETERRING = frozenset({"deter", "warn", "intimidate", "pressure", "counter", "confront"})


def prompted_by(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """ "put its forces on alert after a Turkish vessel sailed into disputed waters",
    "placed its army on alert, accusing Peru of moving troops": a show of force or a cut in
    relations that names no one is aimed at whoever's deed prompted it, by another state, or
    whom it is "to deter"."""
    toks = tree.tokens
    deps = tree.deps
    lemmas = tree.lemmas
    own = {a.country for a in sources if a.country}

    def others(tok: int | None) -> list[ActorMention]:
        return [a for a in index.at(tok) if resolved(a) and a.country not in own]

    # (and the purpose clause the parser hangs on the forces: "sent carriers to deter Iran")
    held = [g for d in tree.children(i, frozenset({"dobj"})) for g in tree.children(d, _ACL)]
    for c in [*tree.kids[i], *held]:
        if deps[c] == "advcl" and lemmas[c] in _CHARGING and toks[c].tag == "VBG":
            found = others(tree.child(c, frozenset({"dobj"})))
        elif deps[c] in ("advcl", "xcomp", "acl") and lemmas[c] in _DETERRING:
            found = others(tree.child(c, frozenset({"dobj"})))  # "sent carriers to deter Iran"
        elif deps[c] == "advcl" and any(
            deps[m] == "mark" and lemmas[m] in _PROMPTING_MARKS for m in tree.kids[c]
        ):
            found = others(_clause_subject(tree, c))
        elif deps[c] == "prep" and lemmas[c] in _PROMPTING_MARKS:
            # "after reports that Chinese divisions were massing": the clause's doer
            clauses = [
                k
                for g in tree.kids[c]
                if deps[g] in ("pobj", "pcomp")
                for k in (g, *tree.children(g, frozenset({"acl", "ccomp"})))
                if toks[k].pos == "VERB"
            ]
            found = [a for k in clauses for a in others(_clause_subject(tree, k))]
            found = found or [a for w in _strife_with(tree, c) for a in others(w)]
        elif (deps[c] == "prep" and lemmas[c] in _AMID) or (
            deps[c] == "advcl"
            and any(deps[m] == "mark" and lemmas[m] in _AMID for m in tree.kids[c])
        ):
            # "amid rising tension with Georgia", "as the standoff with Baghdad deepened"
            found = [a for w in _strife_with(tree, c) for a in others(w)]
        else:
            continue
        if found:
            return found
    return []


# Words of a quarrel between two sides, and what ties them to the moment: "amid tension with
# Georgia", "as the standoff with Baghdad deepened", "after clashes with Peruvian troops".
_STRIFE = frozenset(
    {"tension", "standoff", "stand-off", "dispute", "row", "crisis", "confrontation", "clash",
     "feud", "spat", "quarrel", "hostility", "friction", "fighting", "fight", "war", "conflict",
     "battle"}
)  # fmt: skip
_AMID = frozenset({"amid", "amidst", "as", "while", "during"})


def _strife_with(tree: Tree, c: int) -> list[int]:
    """The other side of a quarrel named under ``c``: the "with" object of a strife noun that
    is the preposition's object or the clause's subject, or of a place phrase on that noun
    ("tension mounted on its border with Lebanon")."""
    deps = tree.deps
    nouns = [
        g
        for g in tree.kids[c]
        if deps[g] in ("pobj", "pcomp", "nsubj") and tree.lemmas[g] in _STRIFE
    ]
    # "as fighting with Armenian forces intensified": the parser may hang the gerund on "as"
    nouns += [
        g
        for m in tree.kids[c]
        if deps[m] == "mark"
        for g in tree.kids[m]
        if deps[g] == "pcomp" and tree.lemmas[g] in _STRIFE
    ]
    out: list[int] = []
    for n in nouns:
        near = [n, *(g for p, g in tree.preps(n) if p != "with")]
        if deps[n] == "nsubj":  # the clause's own place phrases
            near += [g for p, g in tree.preps(c) if p != "with"]
        out += [w for h in near for p, w in tree.preps(h) if p == "with"]
    return out


def _clause_subject(tree: Tree, k: int) -> int | None:
    """The clause's own subject ("reports that Chinese divisions were massing": the
    divisions, not the reports a clause describing a noun would borrow)."""
    own = tree.child(k, frozenset({"nsubj", "nsubjpass"}))
    return own if own is not None else subject_of(tree, k)
