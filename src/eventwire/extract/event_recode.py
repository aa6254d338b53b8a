"""The code an act gets from what is said about it: a conditional harm is a threat (a
conditional good an offer, told as an intent), a refusal
to promise is a refusal, a plan to cooperate an intent, a future act refused a rejection
("will not accept mediation"), a stated future force a threat. Asked by ``events`` once a
trigger's mood is read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from eventwire.coding.patterns import Frame, PatternSet
from eventwire.extract.event_match import Match
from eventwire.extract.event_modality import Mood, condition_marker, has_condition
from eventwire.extract.event_restated import CONCEDE, yields_to_protest
from eventwire.extract.event_structure import Tree
from eventwire.extract.mentions import CROWDS
from eventwire.models import ActorMention, Modality

CONSIDER = "014"
# verbs whose own pattern codes an intent (03): "pledged $5 billion in aid", "agreed to a truce"
_PLEDGES = frozenset(
    {"pledge", "promise", "vow", "offer", "undertake", "agree", "accept", "consent"}
)


def recode(
    tree: Tree, patterns: PatternSet, match: Match, m: Mood, read_through: bool = False
) -> tuple[str, bool, Modality]:
    """The code, negation and modality once the act's mood is known: a frame's modality, a
    conditional promise ("will withdraw unless ...") as a threat or, negated, a refusal, and a
    stated intention ("said it would send aid") through the ``future`` frame. With
    ``read_through`` (PETRARCH-2's reading of a modal), a future good keeps the act's code."""
    code, negated, modality = match.code, m.negated, m.modality
    if code[:3] == CONSIDER and m.future and modality == "intended" and not match.modality:
        # "said Washington would consider sending more": saying an option is under
        # consideration is the consideration (014) itself, not a promise of one
        return code, negated, "asserted"
    if (
        code[:2] == "03"
        and modality == "asserted"
        and not negated
        and match.frame is None
        and tree.lemmas[match.token] in _PLEDGES
    ):
        # "pledged $5 billion in aid": a pledge coded by its own pattern is an intent, told
        # as the intend frame tells "pledged to send aid"
        return code, False, "intended"
    threat = patterns.frames.get("threaten")
    held_out = _force_not_ruled_out(tree, threat, match, negated)
    if held_out is not None:
        # "would not rule out the use of force against Taiwan": force held out is a threat
        return held_out, False, "threatened"
    if (
        m.modality == "hypothetical"
        and not negated
        and threat is not None
        and match.frame is None
        and "15" <= code[:2] <= "20"
        and has_condition(tree, match.token)
    ):
        # "may halt its mediation if cooperation founders": a conditional harm is a threat
        return threat.resolve(code, ()) or code, False, "threatened"
    if m.modality in ("question", "hypothetical"):
        return code, negated, modality
    refusal = patterns.frames.get("reject")
    if match.modality == "intended" and negated and refusal is not None:
        # "did not commit to restricting exports", "will never agree to a Palestinian
        # state": declining to promise is a refusal
        return refusal.default or code, False, "asserted"
    if match.modality == "intended" and match.pattern.lemma == "agree" and code[:2] == "02":
        # "agreed to call for a truce": the joint appeal is made by agreeing to it
        return code, negated, "asserted"
    if read_through and match.frame == "intend" and match.inner is not None and not negated:
        # PETRARCH-2 reads a promise through to what is promised ("pledged to expel": 174)
        return match.inner, negated, cast(Modality, match.modality)
    if match.modality:
        return code, negated, cast(Modality, match.modality)
    future = patterns.frames.get("future")
    if m.planned and not negated and match.frame is None and future is not None:
        # "Rwanda is to withdraw its forces": a plan to cooperate is an intent (03), as "will
        # withdraw" is; "plans to strike", "a planned attack" is no force yet, nor a threat
        # anyone uttered; the aim of a deed done ("sent troops to fight") keeps its code
        planned = future.resolve(code, ()) or code
        if planned[:2] == "03":
            return (code if read_through and m.timetabled else planned), False, modality
        if not m.aim and "14" <= code[:2] <= "20":
            return code, False, "hypothetical"
        return code, False, modality
    if not m.future or match.frame is not None:
        return code, negated, modality
    refusal = patterns.frames.get("reject")
    if negated and yields_to_protest(tree, match.token):
        return CONCEDE, False, "asserted"
    if negated and refusal is not None and "03" <= code[:2] <= "08":
        # "would not resign", "will not accept mediation": a refusal, which did happen
        return refusal.resolve(code, ()) or code, False, "asserted"
    marker = condition_marker(tree, match.token)
    if marker is not None:
        threat = patterns.frames.get("threaten")
        if negated and refusal is not None:  # "will not end the strike unless ...": a refusal
            return refusal.resolve(code, ()) or code, False, "asserted"
        offer = marker == "if" and not negated and "03" <= code[:2] <= "08"
        # "would release two hostages if Israel allowed aid in": a good offered on a
        # condition is an intent (below), where a harm so offered is a threat
        if threat is not None and not offer:
            return threat.resolve(code, ()) or code, negated, "threatened"
    intent = future.resolve(code, ()) if future is not None else None
    if intent is not None and not (read_through and intent[:2] == "03"):
        code = intent
        if code[:2] == "13":  # "NATO would tighten the blockade": a stated threat
            modality = "threatened"
    return code, negated, modality


def _force_not_ruled_out(
    tree: Tree, threat: Frame | None, match: Match, negated: bool
) -> str | None:
    """The threat a force not ruled out is: the force's own code through the threaten frame,
    or the frame's words for it ("the use of force", "military action")."""
    if (
        threat is None
        or not negated
        or match.frame != "reject"
        or tree.lemmas[match.token] not in _RULING_OUT
        or match.pattern.particle != "out"
        or match.complement is None
    ):
        return None
    inner = match.inner or ""
    if "15" <= inner[:2] <= "20":
        return threat.resolve(inner, ())
    words: dict[str, int] = {}
    tree.noun_words(match.complement, words)
    code = threat.resolve(None, set(words))
    return code if code is not None and code.startswith("138") else None


_RULING_OUT = frozenset({"rule"})


def protest_by_a_state(tree: Tree, i: int, sources: Sequence[ActorMention]) -> bool:
    """A state or its government "protested the arrest": it objects in words (111), it does
    not take to the streets, as its people would."""
    if tree.lemmas[i] != "protest" or not sources:
        return False
    if tree.tokens[i].pos == "NOUN":
        # "drew protests from Paris", "a protest by the Chinese government": a state's words
        # (not "Iran's protests", which may be its streets')
        # ("from Paris" the parser may hang on the verb that drew them)
        verb = tree.tokens[i].head if tree.deps[i] == "dobj" else i
        by = {p for p, _ in tree.preps(i)} | {p for p, _ in tree.preps(verb)}
        return not by.isdisjoint(_PROTEST_BY) and _the_state_itself(sources)
    if tree.tokens[i].pos != "VERB":
        return False
    if tree.children(i, frozenset({"dobj"})):
        return all(a.country and (a.code or "")[3:6] in ("", "GOV") for a in sources)
    # "Japan protested against the presence of Chinese ships": so too when the state itself
    # is named (not its people: "Palestinians protested against the settlements" march)
    return any(p in _PROTESTED_AGAINST for p, _ in tree.preps(i)) and _the_state_itself(sources)


def _the_state_itself(sources: Sequence[ActorMention]) -> bool:
    """Whether every doer is a state or its government by name ("Japan", "Tokyo", "the
    Japanese government"), not its people."""
    return all(
        a.country and ((a.code or "")[3:6] == "GOV" or a.rule in _STATE_NAMES) for a in sources
    )


_PROTESTED_AGAINST = frozenset({"against", "over"})
_PROTEST_BY = frozenset({"from", "by"})
_STATE_NAMES = frozenset({"dictionary:country", "dictionary:capital", "metonym:capital"})


_RIOT = "145"


_REPRESSION = "175"
_FORCE = "190"


def riot_by_the_state(
    code: str, sources: Sequence[ActorMention], targets: Sequence[ActorMention] = ()
) -> str:
    """ "riot police stormed Gezi Park", "police clashed with students": a state's own
    forces do not riot; their violence against a crowd is repression (175), and against
    another state ("police stormed the Mexican embassy in Quito") it is force (190). Police
    and protesters who clash together still riot, each at the other."""
    if code != _RIOT or not sources:
        return code
    if not all(a.country and (a.code or "")[3:6] in ("COP", "MIL") for a in sources):
        return code
    own = {a.country for a in sources}
    foreign = any(t.country and t.country not in own for t in targets)
    return _FORCE if foreign else _REPRESSION


_OBSTRUCT = "144"
_BLOCKADE = "191"


def blocked_by_the_state(code: str, sources: Sequence[ActorMention]) -> str:
    """ "Ivorian troops blocked the road to the palace": a state's forces that block a road
    restrict movement (191); they do not protest, as a crowd blocking it does (144). And a
    crowd that besieges an embassy obstructs it in protest (144), imposing no blockade."""
    if code not in (_OBSTRUCT, _BLOCKADE) or not sources:
        return code
    roles = {(a.code or "")[3:6] for a in sources}
    if code == _OBSTRUCT and all(a.country for a in sources) and roles <= {"COP", "MIL"}:
        return _BLOCKADE
    if code == _BLOCKADE and roles <= _CROWDS:
        return _OBSTRUCT
    return code


# Who makes up a crowd: people, the opposition, workers, students, farmers and fishermen.
_CROWDS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR"})


_UNCONVENTIONAL = "180"
_SMALL_ARMS = "193"
_KILLING = frozenset({"kill", "murder", "slay", "shoot"})


def killed_by_whom(
    tree: Tree, i: int, code: str, sources: Sequence[ActorMention], targets: Sequence[ActorMention]
) -> str:
    """A killing whose weapon is not told is force (190, a shooting 193), as the codebook
    says, when armed forces or rebels do it; a state's own forces killing its protesters
    repress them (175); and gunmen or a mob, no organized force, kill by unconventional
    violence (180: "Gunmen killed 12 people at the magazine's offices"; a named militia
    stays force)."""
    if code not in (_FORCE, _SMALL_ARMS) or tree.lemmas[i] not in _KILLING or not sources:
        return code
    roles = {(a.code or "")[3:6] for a in sources}
    own = {a.country for a in sources}
    if roles <= {"COP", "MIL"} and all(a.country for a in sources) and targets:
        crowd = all(tree.lemmas[t.head] in CROWDS and t.country in own for t in targets)
        return _REPRESSION if crowd else code
    unnamed = all(tree.tokens[a.head].pos == "NOUN" for a in sources)  # not "the RSF"
    if code == _FORCE and roles <= {"UAF", "CVL"} and unnamed:
        return _UNCONVENTIONAL
    return code


_WITHDRAWAL = "087"
_REDUCE_RELATIONS = "160"


def left_a_body(code: str, targets: Sequence[ActorMention]) -> str:
    """ "Mali withdrew from ECOWAS": a state withdrawing from an international body named as
    such leaves it (160); troops withdrawn are pulled back (087)."""
    if code == _WITHDRAWAL and targets and all(t.country == "IGO" for t in targets):
        return _REDUCE_RELATIONS
    return code


_SHOW_OF_FORCE = "150"
# Exercises that force used in them is part of: "fired missiles as part of war games".
_EXERCISES = frozenset(
    ("exercise", "drill", "maneuver", "manoeuvre", "wargame", "game", "test", "test-firing")
)  # fmt: skip


def fired_in_exercises(tree: Tree, i: int, code: str) -> str:
    """ "Chinese forces fired missiles into waters off Taiwan as part of war games": force used
    as part of or during an exercise shows force (150), it strikes no one ("surrounded Taiwan
    in large-scale drills" stays force: what the drills do)."""
    if not "18" <= code[:2] <= "20":
        return code
    for p, g in tree.preps(i):
        if p == "as" and tree.lemmas[g] == "part":
            found = [w for q, w in tree.preps(g) if q == "of"]
        elif p == "during":
            found = [g]
        else:
            continue
        if any(tree.lemmas[w] in _EXERCISES for w in found):
            return _SHOW_OF_FORCE
    return code


_BOMBING = "183"
_AERIAL = "195"
_BOMB_WORDS = frozenset({"bomb", "bombing"})


def bombed_by_a_state(tree: Tree, i: int, code: str, sources: Sequence[ActorMention]) -> str:
    """ "US and British bombing killed three civilians", "Israeli forces bombed the building":
    a state's or its forces' bombing is from the air (195), not a planted bomb (183)."""
    if code != _BOMBING or not sources or tree.lemmas[i] not in _BOMB_WORDS:
        return code
    if all(_state_doer(tree, i, a) for a in sources):
        return _AERIAL
    return code


def _state_doer(tree: Tree, i: int, actor: ActorMention) -> bool:
    """A state's government or forces, or a state named as the doer itself (its head on the
    act or coordinated with one that is): not "Peruvian militants", a people's word."""
    role = (actor.code or "")[3:6]
    if not actor.country or role not in ("", "GOV", "MIL"):
        return False
    if role:
        return True
    up = tree.tokens[actor.head].head
    if tree.deps[actor.head] == "conj":
        up = tree.tokens[up].head
    return up == i


def protests_a_statement(tree: Tree, i: int) -> int | None:
    """The clause a protest verb reports when it follows it: "[X are failing ...], a group
    protested" (also when the parser read the speaker as an apposition and the verb as its
    participle); None for a protest that is a demonstration."""
    toks = tree.tokens
    deps = tree.deps
    tok = toks[i]
    if tok.pos != "VERB" or tree.lemmas[i] not in ("protest", "complain"):
        return None
    said = tok.head
    if tok.dep == "acl" and tok.tag == "VBN" and deps[tok.head] == "appos":
        if tree.children(i, frozenset({"dobj", "agent", "prep"})):
            return None
        said = toks[tok.head].head
        while toks[said].pos not in ("VERB", "AUX") and toks[said].head != said:
            said = toks[said].head  # up to the reported clause's verb
    elif tok.dep not in ("advcl", "parataxis"):
        return None
    if said >= i or toks[said].pos not in ("VERB", "AUX"):
        return None
    if not any(toks[k].text == "," for k in range(said, i)):
        return None
    return said


# What forces are sent to do for the side they join: "to bolster the Luanda government".
_SHORING_UP = frozenset(
    {"help", "assist", "bolster", "support", "protect", "shield", "defend", "prop", "shore"}
)
_SENDING = frozenset({"send", "dispatch", "deploy", "fly", "airlift", "rush", "station"})
_DEPLOYED = "154"
_MILITARY_PROTECTION = "074"


def sent_to_help(tree: Tree, i: int, code: str) -> str:
    """ "Havana sent 5,000 troops to Angola to bolster the Luanda government": forces sent to
    shore up a side, or to join a peacekeeping force, are military aid to it (074, AID; PLOVER
    counts military personnel as aid), not a show of force against anyone."""
    if code != _DEPLOYED or tree.lemmas[i] not in _SENDING:
        return code  # (not "ordered the army to support the police": forces called out)
    for c in tree.kids[i]:
        if tree.deps[c] not in ("advcl", "xcomp") or not tree.is_to_infinitive(c):
            continue
        if tree.lemmas[c] in _SHORING_UP or (
            tree.lemmas[c] in _JOINING and _joins_peacekeepers(tree, c)
        ):
            return _MILITARY_PROTECTION
    return code


_PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "multinational"})
_JOINING = frozenset({"join", "serve", "reinforce"})


def _joins_peacekeepers(tree: Tree, join: int) -> bool:
    """ "sent 250 troops to Haiti to join a U.N. peacekeeping force", "to serve with U.N.
    peacekeeping forces": the force joined keeps the peace."""
    forces = [o for o in tree.kids[join] if tree.deps[o] == "dobj"]
    forces += [g for p, g in tree.preps(join) if p in ("with", "in", "as")]
    return any(
        tree.lemmas[o] in _PEACEKEEPING
        or any(tree.lemmas[m] in _PEACEKEEPING for m in tree.kids[o])
        for o in forces
    )
