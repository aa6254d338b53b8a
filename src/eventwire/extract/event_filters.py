"""What is not an act, and whose an act is when the sentence hides it.

A pattern matching a word is not yet an event: "a canopy collapsed and killed 15 people" is an
accident, "to avoid a war" averts one, "a plant that supports the army" is a thing, "signed a
declaration at the White House" names a venue. These checks run on each match before roles
are paired; each docstring names the phenomenon it handles.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from eventwire.coding.cameo import FORCE_ROOTS, HARM_ROOTS
from eventwire.extract.event_context import TRANSNATIONAL, Draft
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_match import Match
from eventwire.extract.event_roles import ActorIndex, performed_by
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import PARTAKE
from eventwire.models import ActorMention


def describes_its_people(tree: Tree, index: ActorIndex, match: Match) -> bool:
    """ "arrested rioting youths", "shot stone-throwing youths": a protest or force word in
    -ing before people says what they were doing when another acted on them, not an act of
    its own (whose doer the clause would wrongly make the subject: the police did not riot).
    Not "peacekeeping troops": what the troops are for. Nor "forces backing his deputy": the
    side they are on, said of them, is no act of support."""
    tok = tree.tokens[match.token]
    if tok.dep == "acl" and tok.tag == "VBG" and tree.lemmas[match.token] in _SIDING:
        return tok.head in index.by_head  # "forces backing his deputy": whose side they are on
    if tok.dep not in ("amod", "compound") or not tok.text.lower().endswith("ing"):
        return False
    return match.code[:2] >= "14" and tok.head in index.by_head


def dismissed_by_superior(tree: Tree, index: ActorIndex, match: Match) -> bool:
    """ "the interim president dismissed the head of the constitutional council": an
    executive removing an official is a reshuffle, for which CAMEO has no code; a removal
    from office is a demand for a change in leadership (1041) only when a parliament, a
    court or a movement makes it."""
    if match.pattern.id != _REMOVAL or tree.tokens[match.token].pos != "VERB":
        return False
    doers = index.at(subject_of(tree, match.token))
    return bool(doers) and all((a.code or "")[3:6] == "GOV" for a in doers)


_REMOVAL = "remove-from-office"


# Verbs whose -ing after people says whose side they are on: "forces backing Machar",
# "protesters opposing the president's third term".
_SIDING = frozenset({"back", "support", "follow", "oppose"})


def done_by_a_thing(tree: Tree, index: ActorIndex, match: Match) -> bool:
    """ "a canopy collapsed and killed 15 people", "floodwaters destroyed 2,000 homes":
    violence whose subject is a thing, not an actor, is an accident. A subject that is itself
    a violent act was absorbed before."""
    i = match.token
    toks = tree.tokens
    if toks[i].pos != "VERB" or match.code[:2] not in HARM_ROOTS:
        return False
    subj = subject_of(tree, i)
    if subj is not None and tree.lemmas[subj] in ACCIDENTS:
        return True  # "victims killed by the airliner's crash", whoever's airliner it was
    if subj is not None and any(
        tree.deps[c] == "compound" and tree.lemmas[c] in ACCIDENTS for c in tree.kids[subj]
    ):
        return True  # "the wildfire season has burned", "a shark attack killed a surfer"
    # a thing may coerce for whoever made it ("the decree imposed a curfew"), so only force
    # done by a thing is an accident
    return (
        match.code[:2] in FORCE_ROOTS
        and subj is not None
        and toks[subj].pos == "NOUN"
        and not index.at(subj)
        and tree.lemmas[subj] not in WEAPONS
        and not blast(tree, subj)
        and not performed_by(tree, index, subj)  # "a blast blamed on the PKK killed four"
    )


def blast(tree: Tree, i: int) -> bool:
    """ "an explosion killed 12 people in Baghdad", "ethnic violence has killed hundreds": force
    someone did without being named, not a mishap ("a gas explosion", "a mine blast")."""
    return tree.lemmas[i] in _BLASTS and not any(
        tree.deps[c] in ("compound", "amod") and tree.lemmas[c] in _MISHAPS for c in tree.kids[i]
    )


_BLASTS = frozenset({"explosion", "blast", "violence", "bloodshed", "explosive", "device"})
_MISHAPS = frozenset(
    {"gas", "boiler", "firework", "fireworks", "chemical", "fuel", "pipeline", "factory", "mine",
     "coal", "tanker", "industrial", "accidental", "domestic"}
)  # fmt: skip


# Subjects that make a death an accident or a disaster even when an actor is named on them.
ACCIDENTS = frozenset(
    {
        "crash",
        "accident",
        "collision",
        "derailment",
        "earthquake",
        "quake",
        "flood",
        "flooding",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "landslide",
        "avalanche",
        "tsunami",
        "wildfire",
        "stampede",
        "epidemic",
        # diseases, pests and hazards kill without a doer: "cholera has killed 200 people"
        "cholera",
        "malaria",
        "measles",
        "disease",
        "virus",
        "outbreak",
        "famine",
        "drought",
        "heatwave",
        "blaze",
        "locust",  # "Locusts invaded farmland", the swarm read as a name
        "floodwater",
        "lightning",
        # animals: "a crocodile attacked a fisherman"; not dogs (police dogs are a weapon) nor
        # tigers and lions (the names of armed groups: "Tamil Tiger rebels")
        "shark",
        "crocodile",
        "alligator",
        "snake",
        "elephant",
        "hippo",
    }
)


# Subjects that make violence an attack, not an accident: "rockets hit a petrol station".
WEAPONS = frozenset(
    {
        "rocket",
        "missile",
        "shell",
        "bomb",
        "drone",
        "artillery",
        "mortar",
        "airstrike",
        "strike",
        "shelling",
        "gunfire",
        "grenade",
        "landmine",
        "bullet",
        "shrapnel",
        "salvo",
        "barrage",
        "volley",
        "gunman",
        "sniper",
        # the craft that carry force: "coalition jets struck the port"
        "jet",
        "warplane",
        "aircraft",
        "helicopter",
        "gunship",
        "bomber",
        "fighter",
        "tank",
        "warship",
        "gunboat",
        "destroyer",
        "frigate",
        "submarine",
        "howitzer",
        # the machines that raze: "bulldozers destroyed the homes"
        "bulldozer",
        "excavator",
    }
)


def main_country(actors: Sequence[ActorMention]) -> str | None:
    """The country the article's actors belong to most often."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.country and a.country not in TRANSNATIONAL:
            counts[a.country] = counts.get(a.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def said_by_a_thing(tree: Tree, index: ActorIndex, i: int, strict: bool = False) -> bool:
    """ "infrastructure that supports the defence industry", "a degree which could bar him":
    a thing does not cooperate, speak or coerce; only force has things for subjects."""
    toks = tree.tokens
    deps = tree.deps
    if toks[i].pos != "VERB":
        return False
    subj = subject_of(tree, i)
    if subj is None or toks[subj].pos != "NOUN" or index.own(subj) or subj in tree.actor_tokens:
        return False
    # an antecedent ("a plant that supports"); with ``require_actor`` also a document or a
    # measure as subject ("the agreement commits both sides", "the deal did not require")
    return deps[i] == "relcl" or (strict and tree.lemmas[subj] in DOCUMENTS)


DOCUMENTS = frozenset(
    {
        "agreement",
        "deal",
        "treaty",
        "pact",
        "accord",
        "law",
        "decision",
        "order",
        "decree",
        "report",
        "document",
        "declaration",
        "statement",
        "resolution",
        "plan",
        "bill",
        "measure",
        "move",
        "step",
        "sanction",
        "policy",
        "strike",
        "ruling",
        "verdict",
        "vote",
    }
)


# "to spare civilians further destruction", "to prevent a war": averted acts did not happen
PREVENTERS = frozenset(
    {"prevent", "avoid", "spare", "avert", "forestall", "preclude", "ban", "prohibit", "outlaw"}
)


# "barred journalists from travelling", "stopped the ship from sailing": kept from doing it
KEEPERS_FROM = PREVENTERS | {"bar", "stop", "block", "keep", "forbid", "deter", "restrain"}


def prevented(tree: Tree, i: int) -> bool:
    """An act named as what was averted: "to prevent a war", "banned foreign journalists from
    travelling to the region" (no one travelled)."""
    toks = tree.tokens
    tok = toks[i]
    if tok.dep == "pcomp" and tok.pos == "VERB":
        prep = toks[tok.head]
        return prep.text == "from" and tree.lemmas[prep.head] in KEEPERS_FROM
    if tok.pos not in ("NOUN", "PROPN") or tok.dep not in ("dobj", "dative"):
        return False
    return tree.lemmas[tok.head] in PREVENTERS


# What a reward asks for: "information leading to his arrest".
_LEADS = frozenset({"information", "tip", "evidence", "intelligence"})


def sought_outcome(tree: Tree, i: int) -> bool:
    """An act a reward or an appeal asks information for ("a $25 million reward for
    information leading to Maduro's arrest"): no one has been arrested."""
    toks = tree.tokens
    tok = toks[i]
    if tok.dep != "pobj" or toks[tok.head].text != "to":
        return False
    lead = toks[tok.head].head
    return (
        tree.lemmas[lead] == "lead"
        and toks[lead].tag == "VBG"
        and tree.lemmas[toks[lead].head] in _LEADS
    )


def given_time_to(tree: Tree, i: int) -> bool:
    """ "gave Bosnian Serb forces ten days to withdraw their heavy guns", "a 48-hour deadline
    to leave": the act an ultimatum gives time for is demanded, not done."""
    toks = tree.tokens
    if toks[i].pos != "VERB" or not tree.is_to_infinitive(i):
        return False
    head = toks[i].head
    if tree.lemmas[head] in _DEADLINES:
        return True
    if tree.lemmas[head] in _SPANS:  # "gave them ten days to withdraw" (not "used them")
        head = toks[head].head
    elif tree.deps[i] != "xcomp":
        return False
    return tree.lemmas[head] in _GIVING and any(
        tree.lemmas[c] in _SPANS and tree.deps[c] in ("npadvmod", "dobj") for c in tree.kids[head]
    )


_DEADLINES = frozenset({"deadline", "ultimatum"})
_SPANS = frozenset({"hour", "day", "week"})
_GIVING = frozenset({"give", "grant", "allow"})


# "denied that its forces had fired", "denied targeting civilians": the denial is the event
DENIERS = frozenset({"deny", "dismiss", "refute"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp", "dobj"})


def denied(tree: Tree, i: int) -> bool:
    """An act whose occurrence a speaker denies did not, as far as the text says, happen:
    "denied firing the rocket", and the act named by what was denied done, "denied carrying
    out the air strike"."""
    tok = tree.tokens[i]
    if tok.pos == "NOUN" and tok.dep == "pobj" and tree.deps[tok.head] == "prep":
        # "denied that its soldiers took part in the fighting": the verb the act hangs on
        verb = tree.tokens[tok.head].head
        if tree.tokens[verb].pos == "VERB" and tree.lemmas[verb] in PARTAKE:
            tok = tree.tokens[verb]
            i = verb
    if tok.pos == "NOUN" and tok.dep == "dobj" and tok.head != i:
        tok = tree.tokens[tok.head]
        i = tok.i
    return (
        tok.dep in _COMPLEMENTS
        and tok.pos == "VERB"
        and tok.head < i  # "accused X of Y, a charge Ukraine denies": the charge stands
        and tree.lemmas[tok.head] in DENIERS
    )


def stative_participle(tree: Tree, i: int) -> bool:
    """ "troops stationed in the country", "the people killed were": a participle that
    describes a noun, with no agent and no time of its own, is a state or a repeat of an act
    told elsewhere, not a new act. "the treaty, signed in Moscow by Putin" keeps its agent."""
    toks = tree.tokens
    deps = tree.deps
    tok = toks[i]
    if tok.dep == "amod" and tok.tag == "VBG" and not tree.kids[i]:
        # "fired tear gas at striking teachers", "the advancing troops": a bare present
        # participle before a noun says what its people are doing, not a new act of theirs
        return True
    if tok.tag == "VBN" and tok.dep == "ccomp":
        # "said the people killed were members": a bare participle with a subject and no
        # auxiliary, beside the clause's real verb, is a reduced relative
        kids = {deps[c] for c in tree.kids[i]}
        verb = any(
            c > i and deps[c] == "ccomp" and toks[c].pos in ("VERB", "AUX")
            for c in tree.kids[tok.head]
        )
        return verb and "nsubj" in kids and not kids & {"aux", "auxpass"}
    if tok.dep != "acl" or tok.tag != "VBN":
        return False
    for c in tree.kids[i]:
        if deps[c] == "agent" or toks[c].ent_type in ("DATE", "TIME"):
            return False
        if deps[c] == "prep" and any(toks[g].ent_type in ("DATE", "TIME") for g in tree.kids[c]):
            return False
    return True


_UNSURE = frozenset({"might", "could", "may"})
# what a speaker warns of that it would do itself: "warned of retaliation against Chile",
# "warned of consequences" (not "of the consequences of the drought": a forecast)
_OWN_RESPONSE = frozenset(
    {
        "retaliation",
        "reprisal",
        "consequence",
        "response",
        "revenge",
        "retribution",
        "countermeasure",
    }
)


def _own_response(tree: Tree, prep: int) -> bool:
    deps = tree.deps
    return any(
        tree.lemmas[g] in _OWN_RESPONSE
        and not any(deps[m] == "prep" and tree.lemmas[m] == "of" for m in tree.kids[g])
        for g in tree.kids[prep]
        if deps[g] == "pobj"
    )


def a_warning_not_a_threat(
    tree: Tree, index: ActorIndex, i: int, sources: Sequence[ActorMention]
) -> bool:
    """ "warned of ethnic attacks", "warned that the conflict could escalate", "warned that
    Moscow might share technology": a warning about what others may do threatens no one.
    "warned that Israel would pay a price" and "warned that Washington could reimpose
    penalties" (the speaker's own side) stay threats."""
    if tree.lemmas[i] != "warn":
        return False
    toks = tree.tokens
    deps = tree.deps
    clause = tree.child(i, frozenset({"ccomp"}))
    if clause is None:
        return (
            any(
                deps[c] == "prep"
                and tree.lemmas[c] in ("of", "about")
                and not _own_response(tree, c)
                for c in tree.kids[i]
            )
            and tree.child(i, frozenset({"dobj", "xcomp"})) is None
        )
    subj = tree.child(clause, frozenset({"nsubj", "nsubjpass", "expl"}))
    if subj is None or (toks[subj].pos == "PRON" and deps[subj] != "expl"):
        return False  # "warned that it could impose sanctions": the speaker's own act
    if not _ahead(tree, clause):
        return True  # "warned that Kyiv's forces were running short": how things stand
    if any(tree.lemmas[o] in _PUNISHMENTS for o in tree.children(clause, frozenset({"dobj"}))):
        return False  # "warned that a further test would bring tougher sanctions": a threat
    if _answered_by_force(tree, clause):
        return False  # "warned that any move toward independence would be met with force"
    actors = index.at(subj)
    if not actors:
        return True
    unsure = any(deps[c] == "aux" and tree.lemmas[c] in _UNSURE for c in tree.kids[clause])
    ours = {s.country for s in sources if s.country}
    return unsure and not any(a.country in ours for a in actors)


# What a warned-of act would bring on its doer, from the one who warns: a threat of it.
_PUNISHMENTS = frozenset(
    ("sanction", "penalty", "retaliation", "reprisal", "punishment", "embargo", "retribution")
)  # fmt: skip
# What a warned-of act would be met with, or taken as, from the one who warns: force.
_FORCE_PROMISED = frozenset(("force", "response", "retaliation", "reprisal", "war"))
_TAKEN_AS = frozenset(("regard", "consider", "treat", "view", "see", "deem"))


def _answered_by_force(tree: Tree, clause: int) -> bool:
    """ "would be met with force", "would be regarded as a cause for war": a passive that
    promises the speaker's answer to the act its subject names."""
    if not tree.is_passive(clause):
        return False
    lemma = tree.lemmas[clause]
    for prep, pobj in tree.preps(clause):
        if (lemma, prep) == ("meet", "with") or (lemma in _TAKEN_AS and prep == "as"):
            words = {tree.lemmas[pobj], *(tree.lemmas[g] for _, g in tree.preps(pobj))}
            if not words.isdisjoint(_FORCE_PROMISED):
                return True
    return False


# Words that put a warned-of clause ahead of now: a modal, "going to", "ready to".
_AHEAD = frozenset({"will", "would", "could", "might", "may", "shall", "can", "must"})


def _ahead(tree: Tree, clause: int) -> bool:
    """Whether a warned-of clause tells what will or may happen, not how things stand: a
    modal or an infinitive after it ("would pay", "is ready to strike", "is going to act")."""
    deps = tree.deps
    return (
        any(
            (deps[c] == "aux" and tree.lemmas[c] in _AHEAD) or deps[c] in ("xcomp", "acomp")
            for c in tree.kids[clause]
        )
        or tree.tokens[clause].pos != "VERB"
    )


_TRADES = frozenset({"exchange", "return", "swap"})


def manner_of_another(tree: Tree, match: Match, coercions: Collection[int]) -> bool:
    """ "detained the mayor in a dawn raid", "recaptured it in a lightning offensive": a use of
    force named as the manner of another coercive act done by its subject is that act, not a
    second one. "were killed in clashes with the rebels" (passive) keeps the clash."""
    toks = tree.tokens
    tok = toks[match.token]
    prep = tok.head
    if (
        tok.dep == "pobj"
        and tree.lemmas[prep] == "in"
        and tree.lemmas[match.token] in _TRADES
        and not any(tree.lemmas[c] == "of" for c in tree.kids[match.token])
    ):
        # "would free 33 hostages in exchange for prisoners": the terms of the release (not
        # "clashed in an exchange of fire": the clash itself)
        return True
    if tok.pos != "NOUN" or tok.dep != "pobj" or match.code[:2] not in FORCE_ROOTS:
        return False
    verb = toks[prep].head
    return (
        tree.lemmas[prep] in ("in", "with", "through")
        and verb in coercions
        and not tree.is_passive(verb)
    )


# Measures whose participle "targeting X" says what they hit, not a second act of force.
_AIMED_MEASURES = ("16", "17")


def aim_of_a_measure(tree: Tree, match: Match, matches: Mapping[int, Match]) -> bool:
    """ "adopted sanctions against Russia, targeting gas imports and a fleet of tankers": the
    participle says what the sanctions aim at; it strikes nothing."""
    i = match.token
    toks = tree.tokens
    if tree.lemmas[i] not in ("target", "hit") or toks[i].tag != "VBG":
        return False
    if tree.deps[i] not in ("acl", "advcl"):
        return False
    head = toks[i].head
    measure = matches.get(head)
    if measure is None and tree.deps[head] in ("dobj", "pobj"):
        measure = matches.get(toks[head].head)  # "adopted a package (of sanctions), targeting"
    return measure is not None and measure.code[:2] in _AIMED_MEASURES


def nothing_happened(tree: Tree, i: int) -> bool:
    """ "would not be intimidated", "no military facilities had been struck": a passive act
    that is denied and names no doer is no act of anyone; nor is "any attack on its nuclear
    facilities" or "no clashes", an act named only to be ruled out or warned against."""
    toks = tree.tokens
    deps = tree.deps
    if toks[i].pos == "NOUN":
        return any(deps[c] == "det" and tree.lemmas[c] in ("any", "no") for c in tree.kids[i])
    if toks[i].pos != "VERB" or not tree.is_passive(i) or tree.child(i, frozenset({"agent"})):
        return False
    if any(deps[c] == "neg" for c in tree.kids[i]):
        return True
    subj = tree.child(i, frozenset({"nsubjpass"}))
    return subj is not None and any(
        deps[c] == "det" and tree.lemmas[c] == "no" for c in tree.kids[subj]
    )


# How a noun is a verb's matter in PETRARCH-2's verb patterns: "held talks", "talks were held".
_VERB_MATTER = frozenset({"dobj", "nsubjpass"})


def beyond_a_verb_phrase(tree: Tree, i: int) -> bool:
    """An act PETRARCH-2 does not code, for output comparable with it: that coder reads verb
    phrases, so a noun is an act only as the matter of a verb ("staged a protest", "talks
    were held"), not as a subject ("the attacks killed") or in a phrase ("after the talks"),
    and a clause that describes a noun ("the treaty, first signed in Moscow", "evidence
    proving Russia was behind the attacks") only helps find the noun phrase's actors."""
    toks = tree.tokens
    deps = tree.deps
    if toks[i].pos in ("NOUN", "PROPN"):
        j = i
        while deps[j] == "conj" and toks[j].head != j:
            j = toks[j].head  # "held talks and consultations": the first noun's place
        if deps[j] not in _VERB_MATTER or toks[toks[j].head].pos not in ("VERB", "AUX"):
            return True
    j = i
    for _ in range(64):
        if deps[j] in ("relcl", "acl") and not tree.verb_of_noun(j):
            return True
        if toks[j].head == j:
            return False
        j = toks[j].head
    return False


def under_a_coded_verb(tree: Tree, draft: Draft, drafts: Sequence[Draft]) -> bool:
    """PETRARCH-2's verb phrase gives one coding, its uppermost verb's: an adverbial clause of
    a verb that codes an act ("held talks with Suleiman ..., offering military support") adds
    none of its own. The verb of an act noun ("held" of "talks") codes it."""
    i = draft.match.token
    if tree.deps[i] != "advcl":
        return False
    head = tree.tokens[i].head
    for other in drafts:
        j = other.match.token
        if other is draft or other.match.code[:2] == "01":
            continue
        if j == head or (tree.deps[j] in _VERB_MATTER and tree.tokens[j].head == head):
            return True
    return False


# Force nouns that also name the arms themselves.
_ARMS_HIT = frozenset({"artillery", "rocket", "missile", "mortar", "drone", "launcher"})


def object_of_another(tree: Tree, match: Match, triggers: Collection[int]) -> bool:
    """ "was ending its defence cooperation agreement": an agreement that is the object of
    another coded act (ended, suspended, signed) is that act's matter, not a promise of its own;
    so is a meeting ("boycotted the parliamentary session", "suspended talks")."""
    toks = tree.tokens
    tok = toks[match.token]
    if tok.pos != "NOUN" or tok.dep not in ("dobj", "nsubjpass") or tok.head not in triggers:
        return False
    # "U.S. warplanes bombed Islamic State artillery": the guns hit, no shelling of theirs
    return match.code[:2] in ("03", "04") or tree.lemmas[match.token] in _ARMS_HIT


# verbs that commit another to an act: "ordered the army to support the police"
_COMMITTERS = frozenset(
    {"order", "direct", "tell", "instruct", "authorise", "authorize", "deploy", "send"}
)


def a_name_or_an_order(tree: Tree, match: Match) -> bool:
    """ "struck what it called militant camps": a name given in passing is no criticism;
    "ordered the military to support the police": support under orders is no endorsement."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    if match.code[:3] in ("111", "051") and any(
        toks[c].tag == "WP" and deps[c] in ("dobj", "nsubj") for c in tree.kids[i]
    ):
        return True
    if match.code == "112" and toks[i].pos == "ADJ" and reported_blame(tree, i) is None:
        return True  # "the group responsible for the attack": a description, no accusation
    return (
        match.code[:2] == "05" and deps[i] == "xcomp" and tree.lemmas[toks[i].head] in _COMMITTERS
    )


# Verbs that report a finding of blame: "said", "concluded", "insisted" that X was responsible.
_REPORTING = frozenset(
    {
        "say",
        "claim",
        "insist",
        "allege",
        "conclude",
        "find",
        "believe",
        "determine",
        "state",
        "charge",
        "confirm",
        "report",
        "announce",
        "argue",
        "maintain",
    }
)


def reported_blame(tree: Tree, i: int) -> int | None:
    """The reporting verb of "Seoul said Pyongyang was responsible": an adjective of blame at
    ``i`` that a reported clause's copula takes (else None)."""
    toks = tree.tokens
    cop = toks[i].head
    if tree.deps[i] != "acomp" or tree.lemmas[cop] != "be" or tree.deps[cop] != "ccomp":
        return None
    verb = toks[cop].head
    if tree.lemmas[verb] not in _REPORTING:
        return None
    harms = (g for p, g in tree.preps(i) if p == "for" and tree.lemmas[g] in _HARMS)
    return verb if next(harms, None) is not None else None


# What one is held responsible for in an accusation: a harm, not a portfolio ("for security").
_HARMS = frozenset(
    {
        "attack",
        "sinking",
        "blast",
        "killing",
        "bombing",
        "explosion",
        "death",
        "downing",
        "strike",
        "crash",
        "shelling",
        "massacre",
        "assassination",
        "incident",
        "violence",
        "abduction",
        "kidnapping",
        "poisoning",
        "murder",
        "shooting",
        "sabotage",
        "hack",
        "hacking",
        "cyberattack",
        "atrocity",
    }
)
