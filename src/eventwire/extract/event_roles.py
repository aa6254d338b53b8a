"""Who did it and to whom: source and target actors from the dependency structure.

Roles come from grammar, not word order: subjects and ``by``-agents of passives are sources,
objects, passive subjects and prepositional objects ("sanctions on Russia", "talks with China")
targets; possessives and compounds ("Maduro's signature", "a U.S. strike") give nominal
triggers their source; controlled and coordinated clauses borrow the subject they share.
Actor mentions (from the actors stage) are linked through token indices; which token is a
verb's doer is ``event_doers``' business, read from the tree alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from eventwire.extract.actor_compass import compass_pair
from eventwire.extract.actor_senses import PLACE_RULES
from eventwire.extract.event_doers import NOT_DOERS, subject_of
from eventwire.extract.event_locals import from_elsewhere, of_country
from eventwire.extract.event_structure import (
    SHARED_PLACES,
    TALKING,
    Tree,
    counted_people,
    shifted_objects,
)
from eventwire.extract.event_words import (
    ATTACKS,
    COMPLEMENTS,
    HYPHENS,
    MODIFIERS,
    OBJECTS,
    PASSIVE_SUBJECTS,
)
from eventwire.extract.mentions import stance_prefix
from eventwire.models import ActorMention

# dependency labels asked of one child, built once
_ACL = frozenset({"acl"})
_ADVCL = frozenset({"advcl"})
# Verbs of a deal or talks concluded or held, by the parties they lie "between".
_CONCLUDED = frozenset(
    ("reach", "sign", "conclude", "hold", "strike", "seal", "agree", "ink", "clinch", "finalize",
     "finalise", "normalize", "normalise", "restore", "establish", "resume", "upgrade", "renew")
)  # fmt: skip
# Participles that say whom an act is aimed at, or whose deed it answers.
_AIMING = frozenset({"target", "cite", "punish", "penalize", "penalise"})
_AGENT = frozenset({"agent"})
_EMBLEMS = frozenset({"flag", "effigy", "portrait"})
_AIMED_PARTICIPLES = frozenset({"aim", "direct", "target"})
_AIMED_PREPS = frozenset({"at", "against"})
_CONFLICTS = frozenset({"war", "conflict", "dispute", "standoff", "feud", "row", "confrontation"})
_SIDES = frozenset({"with", "against"})
_WHITHER = frozenset({"to", "from"})
_DOBJ = frozenset({"dobj"})
_NSUBJ = frozenset({"nsubj"})
_NUMMOD = frozenset({"nummod"})
_POBJ = frozenset({"pobj"})
_POSS = frozenset({"poss"})

# Prepositions whose object is a target, most telling first.
TARGET_PREPS = (
    "against",
    "on",
    "with",
    "alongside",
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
_TALK_RANK = {**_TARGET_RANK, "with": -1}
# Prepositions of a matter's other party: "cooperation with X", "measures against X".
_PARTNER_PREPS = frozenset({"with", "against"})
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


def a_protest(tree: Tree, i: int) -> bool:
    """A demonstration or a strike of workers (not a military strike)."""
    lemma = tree.lemmas[i]
    if lemma == "strike":
        return any(tree.lemmas[c] in _STRIKE_KINDS for c in tree.kids[i])
    return lemma in PROTESTS


# Documents that order an act, and the verbs that give them force: "issued a warrant for".
WRITS = frozenset({"warrant", "order", "decree", "summons", "writ"})
ISSUING = frozenset({"issue", "sign", "approve", "grant", "authorize", "authorise"})
# Nouns that measure out or carry an act: "three rounds of talks", "ten days of war games",
# "a campaign of civil disobedience", "a package of aid", "the start of a withdrawal".
SPANS = frozenset(
    {"day", "week", "month", "year", "hour", "round", "series", "spate", "wave", "string",
     "campaign", "act", "package", "programme", "program", "batch", "shipment", "tranche",
     "start", "beginning", "resumption"}
)  # fmt: skip
# Nouns of acts with no object: their "of" is the doer ("the withdrawal of Serbian forces").
AGENT_OF_NOUNS = frozenset(
    {"withdrawal", "pullout", "departure", "resignation", "retreat", "exit", "surrender"}
)


# Prepositions of what force is aimed at: "fired at", "strikes on", "raids against".
_AIMED = frozenset({"at", "on", "against", "into"})
_GIVEN_TO = _AIMED | {"to"}
# "-flagged", "-owned", "-led": a thing's state through its flag, owner or leader ("the US-led
# war"); a body so named ("the Saudi-led coalition") the actors stage already reads as the
# leader's own forces, and "-backed" names a sponsor, not the doer
_HOLDERS = frozenset(
    {"flag", "flagged", "own", "owned", "register", "registered", "operate", "lead", "led"}
)
_HOLDER_DEPS = frozenset({"npadvmod", "amod", "compound", "nmod"})
# what an act is done to ("seized a British-flagged tanker"), not a byline ("a Saudi-owned
# weekly reports")
_HELD = frozenset({"dobj", "pobj", "nsubjpass", "conj"})


class ActorIndex:
    """Actor mentions by the tokens that reach them: their head, their span, their modifiers."""

    __slots__ = ("_at", "_sentences", "by_head", "covering", "nested", "tree")

    def __init__(self, actors: Sequence[ActorMention], tree: Tree, skip_before: int = 0) -> None:
        self.tree = tree
        self.by_head: dict[int, list[ActorMention]] = {}
        self.covering: dict[int, ActorMention] = {}
        # tokens inside a mention nested in another: "British" in "U.S. and British air
        # strikes", each mention covering the token, the narrowest first
        self.nested: dict[int, list[ActorMention]] = {}
        self._at: dict[int, tuple[ActorMention, ...]] = {}  # at()'s answers: the index is fixed
        self._sentences: dict[int, list[ActorMention]] | None = None  # in_sentence's, built once
        by_head, covering, nested = self.by_head, self.covering, self.nested
        marked: list[range] = []
        for actor in actors:
            if actor.span.end <= skip_before:  # the dateline: "MOSCOW (EWS) -"
                continue
            by_head.setdefault(actor.head, []).append(actor)
            span = range(actor.token_start, actor.token_end)
            if resolved(actor):
                marked.append(span)
            for k in span:
                first = covering.setdefault(k, actor)
                if first is not actor:
                    nested.setdefault(k, [first]).append(actor)
        for found in nested.values():
            found.sort(key=lambda a: a.token_end - a.token_start)
        tree.mark_actors(marked)

    def _one(self, i: int) -> list[ActorMention]:
        tree = self.tree
        toks = tree.tokens
        deps = tree.deps
        if i not in self.by_head and i not in self.covering:
            counted = counted_people(tree, i)
            if counted is not None:  # "fired tear gas at thousands of protesters"
                return self._one(counted)
        if i in self.by_head or i in self.covering:
            own = self.by_head.get(i) or self.nested.get(i) or [self.covering[i]]
            if not any(resolved(a) or from_elsewhere(a) for a in own):
                # "officials in Tehran": a role of no country, placed by its capital or state
                placed = [
                    a
                    for p, g in tree.preps(i)
                    if p == "in"
                    for a in self.by_head.get(g, ())
                    if a.country and a.code in (a.country, f"{a.country}GOV")
                ]
                if placed:
                    # "Soldiers in Burkina Faso": the role keeps its span, of the place's state
                    state = placed[0].country or ""
                    return [of_country(a, state, "placed") for a in own]
            return own + self._listed(i, own) + self._other_half(own)
        if tree.lemmas[i] == "lead" and toks[i].tag == "VBN":
            # "the US-led invasion": the modifier a nominal act reads its doer from
            return self._holders(i)
        found: list[ActorMention] = []
        shared = tree.lemmas[i] in SHARED_PLACES
        # a modifier names the actor only when it resolved: "Russian troops" yes, "official" no
        for c in tree.kids[i]:
            dep = deps[c]
            if dep == "amod" and tree.lemmas[c] in _HOLDERS and deps[i] in _HELD:
                # "a British-flagged tanker", "a Greek-owned ship": the state of its flag or
                # owner; "the US-led war": of its leader
                found.extend(self._holders(c))
            elif (
                dep in MODIFIERS
                and not role_adjective(tree, c)
                and not shared
                and stance_prefix(toks, c) is None  # "pro-Iranian groups" are not Iran
            ):
                # "Peruvian and Chilean workers": each coordinated modifier; "a U.S.-British
                # push": each half of a pair of states (not "a Saudi-owned weekly")
                halves = [
                    k
                    for k in tree.kids[c]
                    if k + 2 == c and toks[k + 1].text in HYPHENS and c in self.by_head
                ]
                for m in (*tree.conjuncts(c), *halves):
                    if m in self.by_head or m in self.covering:
                        found.extend(
                            a for a in self.by_head.get(m) or [self.covering[m]] if resolved(a)
                        )
            elif dep == "prep" and tree.lemmas[c] in ("of", "from"):  # "the government of Peru"
                for g in tree.kids[c]:
                    if deps[g] != "pobj":
                        continue
                    if g in self.by_head or g in self.covering:
                        found.extend(
                            a for a in self.by_head.get(g) or [self.covering[g]] if resolved(a)
                        )
                    elif toks[g].pos == "NOUN":
                        # "the head of Ukraine's military intelligence": the office's own state
                        # (not "the sale of the Turkish films": only a possessive)
                        found.extend(
                            a
                            for k in tree.children(g, _POSS)
                            for a in self.by_head.get(k)
                            or ([self.covering[k]] if k in self.covering else [])
                            if resolved(a)
                        )
        return found

    def _holders(self, participle: int) -> list[ActorMention]:
        """The resolved actors that name the flag, owner or leader on a participle: "British"
        of "British-flagged", "US" of "US-led"."""
        tree = self.tree
        return [
            a
            for g in tree.kids[participle]
            if tree.deps[g] in _HOLDER_DEPS
            for a in self.by_head.get(g) or ([self.covering[g]] if g in self.covering else [])
            if resolved(a)
        ]

    def _listed(self, i: int, own: list[ActorMention]) -> list[ActorMention]:
        """ "the foreign ministers of Congo and Rwanda", "officials from Chile and Peru": the
        mention covers "of Congo" only."""
        tree = self.tree
        deps = tree.deps
        return [
            a
            for c in tree.kids[i]
            if deps[c] == "prep" and tree.lemmas[c] in ("of", "from")
            for g in tree.kids[c]
            if deps[g] == "pobj"
            for m in tree.conjuncts(g)[1:]
            for a in self.by_head.get(m, [])
            if resolved(a) and a not in own
        ]

    def _other_half(self, own: list[ActorMention]) -> list[ActorMention]:
        """ "North and South Korea": the state named by its half alone ("North"), whose
        mention the actors stage split from the shared name, stands beside the whole."""
        toks = self.tree.tokens
        out: list[ActorMention] = []
        for a in own:
            j = a.token_start - 2
            if j >= 0 and compass_pair(toks, j):
                out.extend(self.by_head.get(j, ()))
        return out

    def own(self, i: int) -> list[ActorMention]:
        """Actors headed at or covering ``i`` and its conjuncts, not reached via modifiers
        (but "the ambassadors of Britain, France and Germany": each of the list)."""
        out: list[ActorMention] = []
        for j in self.tree.conjuncts(i):
            found = self.by_head.get(j) or ([self.covering[j]] if j in self.covering else [])
            if found:
                found = [*found, *self._listed(j, found)]
            out.extend(a for a in found if a not in out)
        return out

    def at(self, i: int | None) -> list[ActorMention]:
        """Actors at token ``i`` and at every token coordinated with it, without repeats."""
        if i is None:
            return []
        found = self._at.get(i)
        if found is None:
            out: list[ActorMention] = []
            deps = self.tree.deps
            for j in self.tree.conjuncts(i):
                if j != i and deps[j] == "appos" and any(resolved(a) for a in out):
                    # "Kenya, Somalia's biggest neighbour": an apposition describing an
                    # actor already named adds none through its modifiers
                    own = self.by_head.get(j) or ([self.covering[j]] if j in self.covering else [])
                else:
                    own = self._one(j)
                for actor in own:
                    if actor not in out:
                        out.append(actor)
            found = self._at[i] = tuple(out)
        return list(found)

    def in_sentence(self, sentence: int) -> list[ActorMention]:
        """The mentions of one sentence, in text order (the index is built once an article,
        and few acts ask)."""
        if self._sentences is None:
            self._sentences = {}
            for actors in self.by_head.values():
                for actor in actors:
                    self._sentences.setdefault(actor.sentence, []).append(actor)
            for found in self._sentences.values():
                found.sort(key=lambda a: a.token_start)
        return self._sentences.get(sentence, [])

    def in_preps(self, heads: Iterable[int], *preps: str) -> list[ActorMention]:
        """Actors named in the ``preps`` phrases of each of ``heads``, in order: "to" for
        "extradited him to the United States", "between" for "talks between X and Y"."""
        preps_of = self.tree.preps
        return [a for h in heads for p, g in preps_of(h) if p in preps for a in self.at(g)]


def role_adjective(tree: Tree, c: int) -> bool:
    """ "military escalation", "police violence": an adjective naming a role, not an actor;
    nationality adjectives ("Russian", "U.S.") are named entities and still count."""
    tok = tree.tokens[c]
    # nor the name of a body the tagger took for an adjective: "two OSCE monitors"
    return tok.pos == "ADJ" and tok.ent_type not in ("NORP", "GPE", "ORG")


def resolved(actor: ActorMention) -> bool:
    """An actor we know something about: a country, or a code that names one or an
    organisation; not just "officials" nor a bare role ("---GOV": "the government")."""
    return bool(actor.country) or bool(actor.code and not actor.code.startswith("---"))


def best(candidates: Iterator[list[ActorMention]]) -> list[ActorMention]:
    """The first candidate with a resolved actor, else the first with any actor."""
    fallback: list[ActorMention] = []
    for found in candidates:
        for a in found:
            if resolved(a):
                return found
        if found and not fallback:
            fallback = found
    return fallback


def object_of(
    tree: Tree, index: ActorIndex, i: int, avoid: frozenset[str] | set[str] = frozenset()
) -> list[ActorMention]:
    """The first argument of ``i`` that names actors: objects, then prepositional objects
    (skipping arguments that only name the ``avoid`` countries)."""
    candidates = _object_candidates(tree, index, i)
    if avoid:
        candidates = (c for c in candidates if not all(a.country in avoid for a in c))
    return best(candidates)


def _recipient(tree: Tree, i: int, obj: int) -> bool:
    """Whether object ``obj`` of ``i`` is whom something is given: a dative, or the first of
    two objects the parser read both as direct ("handed Singaporean investigators files")."""
    deps = tree.deps
    if deps[obj] == "dative":
        return True
    return deps[obj] == "dobj" and any(deps[c] == "dobj" and c > obj for c in tree.kids[i])


def _object_candidates(tree: Tree, index: ActorIndex, i: int) -> Iterator[list[ActorMention]]:
    toks = tree.tokens
    deps = tree.deps
    if tree.is_passive(i):
        subj = tree.child(i, PASSIVE_SUBJECTS)
        if subj is None and deps[i] == "acl":
            subj = toks[i].head
        if subj is None and deps[i] == "conj":  # "were arrested and beaten by police"
            subj = tree.child(toks[i].head, PASSIVE_SUBJECTS)
        yield index.at(subj)
        if subj is not None:  # "sanctions against Iran were imposed": what they are against
            yield from _prep_candidates(tree, index, subj)
            if deps[i] == "acl" and deps[subj] == "nsubj":
                # "the sanctions, announced by Washington, target Iran's central bank": whom
                # the thing done goes on to act on
                yield index.at(tree.child(toks[subj].head, _DOBJ))
    if tree.lemmas[i] in _TOPIC_VERBS:
        # "discussed the fight against Islamic State": the topic names no one it is done with,
        # but the parser may hang "with his counterpart" deep in it
        yield from _prep_candidates(tree, index, i)
        frontier = tree.children(i, OBJECTS)
        for _ in range(3):
            frontier = [g for h in frontier for p, g in tree.preps(h)]
            yield from (index.at(g) for g in frontier if tree.lemmas[toks[g].head] == "with")
        return
    objects = tree.children(i, OBJECTS) or shifted_objects(tree, i)
    # "withdraw its troops from Lebanon": the doer's own forces are moved, not acted on
    others = [obj for obj in objects if not own_thing(tree, obj)]
    for obj in others:  # the object itself names an actor: "attacked Kyiv"
        # (a recipient through its modifiers too: "handed Singaporean investigators files")
        # and an emblem through whose it is: "burned Israeli flags", "an effigy of Bush"
        # and the one let in, through its modifiers: "let the UN inspectors into the ministry"
        through = tree.lemmas[obj] in _EMBLEMS or tree.lemmas[i] in _PERMITTING
        yield index.at(obj) if through or _recipient(tree, i, obj) else index.own(obj)
    if tree.lemmas[i] in NOT_DOERS:
        # "denounced Serbia's suppression of the unrest": the doer of the act judged
        for obj in others:
            yield index.at(tree.child(obj, _POSS))
    for obj in others:
        # "issued a demand to the Taliban for the release of ...", "lodged a protest with
        # Washington over ...": whom a message is addressed to, before what it is about
        if tree.lemmas[obj] in _MESSAGES:
            yield from (index.at(g) for p, g in tree.preps(obj) if p in ("to", "with"))
            # "rejected opposition demands": whose message it is, a country or not yet
            yield from (
                index.by_head.get(c, [])
                for c in tree.kids[obj]
                if tree.deps[c] in ("compound", "poss") and tree.lemmas[c] in _OWN_SIDES
            )
    yield from _prep_candidates(tree, index, i)
    if tree.is_passive(i):
        # "missiles fired by the Houthis at Israel": the parser hangs the aim on the agent
        for g in (g for p, g in tree.preps(i) if p == "by"):
            yield from (index.at(g2) for p2, g2 in tree.preps(g) if p2 in _AIMED)
    for obj in objects:  # "imposed sanctions on Russia", "adopted a package of sanctions against"
        # and through a list: "launched artillery, mortar and rocket fire against X"
        for each in tree.conjuncts(obj):
            yield from _prep_candidates(tree, index, each)
        # "$40 million in aid for Peru": a quantity's "in" names the thing given
        quantity = toks[obj].pos == "NUM" or tree.child(obj, _NUMMOD) is not None
        for prep, pobj in tree.preps(obj):
            if prep == "on":
                # "eased restrictions on remittances to Cuba": whither what a measure is on
                # goes (not "on the broadcasting of Turkish films": whose the matter is)
                yield from (index.at(g) for p, g in tree.preps(pobj) if p in _WHITHER)
            elif prep == "of" or (prep == "in" and quantity):
                yield from _prep_candidates(tree, index, pobj)
        # "signed accords normalizing ties with Israel", "sanctions targeting Russian banks":
        # what the participle describing the object names
        for part in tree.children(obj, _ACL):
            # not "denied US charges that it was harbouring Iraqi officials": what a claim
            # says names no one it is made to
            if toks[part].tag == "VBG" and tree.lemmas[obj] not in _STATEMENTS:
                for inner in tree.children(part, _DOBJ):
                    yield index.at(inner)
                    yield from (index.at(g) for p, g in tree.preps(inner) if p == "with")
    for obj in others:  # then through its modifiers: "attacked Iran's embassy"
        yield index.at(obj)
    for obj in others:  # "rejected an appeal by X": whose appeal it was
        for prep, pobj in tree.preps(obj):
            if prep == "by":
                yield index.at(pobj)
        # "rejected the accusations made by Washington": the maker of the thing judged
        for c in tree.children(obj, _ACL):
            if toks[c].tag == "VBN" and tree.lemmas[c] not in _BROKERING:
                # not "abuses committed by its fighters": the doer's own; nor "a deal
                # brokered by Qatar": the go-between is no party to what it brokered
                yield from (
                    index.at(g) for p, g in tree.preps(c) if p == "by" and not own_thing(tree, g)
                )
    if others and not tree.is_passive(i):
        # "condemned joint drills by the United States": the parser hangs the object's "by"
        # on the active verb as its agent
        yield from (index.at(g) for p, g in tree.preps(i) if p == "by")
    if not objects and tree.lemmas[i] in _PERMITTING:
        # "allowed U.N. inspectors to return": the one let in is the clause's subject
        for c in tree.children(i, COMPLEMENTS):
            yield index.at(tree.child(c, frozenset({"nsubj"})))
    for part in tree.children(i, _ADVCL):
        # "imposed new sanctions, targeting Russian banks", "extended its sanctions, citing
        # Russia's failure to ...": whom the participle aims the act at, or whose deed it cites
        if toks[part].tag == "VBG" and tree.lemmas[part] in _AIMING:
            # (a reason cited names no one by a bare role: "refused, citing domestic
            # opposition" is its own people's mood, not whom it refuses)
            cited = tree.lemmas[part] == "cite"
            for obj in tree.children(part, _DOBJ):
                for found in (index.at(obj), index.at(tree.child(obj, _POSS))):
                    yield [a for a in found if resolved(a)] if cited else found
    # "manoeuvres in a show of strength aimed at Washington", "sanctions directed against
    # Iran": whom a participle aims the act, its object or its occasion at
    for noun in (i, *objects):
        occasions = [noun, *(g for p, g in tree.preps(noun) if p == "in")]
        occasions += [g for o in occasions[1:] for p, g in tree.preps(o) if p == "of"]
        for occasion in occasions[1:]:
            # "declared a ceasefire in its border war with Ecuador": the other side of the
            # conflict the act is done in
            if tree.lemmas[occasion] in _CONFLICTS:
                yield from (index.at(g) for p, g in tree.preps(occasion) if p in _SIDES)
        for occasion in occasions:  # (and "a show of strength": the strength shown)
            for part in tree.children(occasion, _ACL):
                if toks[part].tag == "VBN" and tree.lemmas[part] in _AIMED_PARTICIPLES:
                    yield from (index.at(g) for p, g in tree.preps(part) if p in _AIMED_PREPS)


# Sides whose messages are made at home, their country found from whom they address.
_OWN_SIDES = frozenset({"opposition", "rebel", "union", "student", "protester", "party"})
# Nouns of messages, whose "to" or "with" is whom they are addressed to.
_MESSAGES = frozenset(
    ("demand", "request", "appeal", "plea", "call", "warning", "ultimatum", "protest",
     "complaint", "message", "letter", "note", "proposal", "offer", "invitation")
)  # fmt: skip
# Nouns of what was said: a clause describing one is its content ("charges that ...").
_STATEMENTS = frozenset(
    ("accusation", "allegation", "charge", "claim", "report", "rumor", "rumour", "statement",
     "assertion", "suggestion", "remark", "comment", "assessment", "finding", "warning")
)  # fmt: skip
# Verbs of a go-between's part in a deal: "a deal brokered by Qatar" names no party.
_BROKERING = frozenset({"broker", "mediate", "facilitate", "sponsor", "arrange", "host"})
# Verbs whose object is a topic: whom the topic names is not whom they are done with.
_TOPIC_VERBS = frozenset({"discuss", "debate"})
# Verbs that let someone act: whom they let is the subject of the clause after them.
_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise", "enable"})


def own_thing(tree: Tree, i: int) -> bool:
    """ "its troops", "their diplomats": a possessive pronoun marks the doer's own, unless
    it cannot stand for the doer ("protesters stormed its embassy": another's)."""
    pronoun = next((tree.lemmas[c] for c in tree.kids[i] if tree.deps[c] == "poss"), None)
    if pronoun == "its":
        subject = tree.child(tree.tokens[i].head, frozenset({"nsubj"}))
        return subject is None or tree.tokens[subject].tag not in ("NNS", "NNPS")
    return pronoun == "their"


def _prep_candidates(tree: Tree, index: ActorIndex, i: int) -> Iterator[list[ActorMention]]:
    preps = tree.preps(i)
    if not preps:  # most words: nothing to rank
        return
    # "talks with Sweden on NATO membership": talking's partner is "with", "on" its topic
    talking = tree.lemmas[i] in TALKING or any(  # "reached agreement today on X"
        tree.deps[c] == "dobj" and tree.lemmas[c] in TALKING for c in tree.kids[i]
    )
    rank = _TALK_RANK if talking else _TARGET_RANK
    ranked = [
        (p, g)
        for p, g in preps
        if p in rank
        # "a deal on Tehran's nuclear programme": the topic; but "talks on joining the EU"
        # name the one joined
        and not (talking and p == "on" and tree.tokens[g].pos != "VERB")
    ]
    if len(ranked) > 1:
        ranked.sort(key=lambda pg: rank[pg[0]])
    for p, g in ranked:
        if p == "from" and own_thing(tree, g):
            continue  # "banned Iranian ships from its ports": the doer's own, left to others
        yield index.at(g)
        if tree.tokens[g].pos == "VERB":  # "talks on joining the European Union"
            # but "negotiate with the rebels holding hostages": the parser makes the rebels
            # the subject of a gerund, who are the phrase's object
            subj = tree.child(g, _NSUBJ) if tree.tokens[g].tag == "VBG" else None
            if subj is not None and tree.tokens[subj].pos != "PRON":
                yield index.at(subj)
            yield index.at(tree.child(g, _DOBJ))
        elif tree.tokens[g].pos in ("NOUN", "PROPN"):  # "the INF Treaty with Russia"
            # "restrictions on defence cooperation with Azerbaijan": whom the matter is with;
            # "retaliated with missile strikes on Israeli cities": what the means are aimed at
            # "the suspension of loans to Kenya": whom the matter of an act goes to
            for p2, g2 in tree.preps(g):
                if (
                    p2 in _PARTNER_PREPS
                    or (p == "with" and p2 in _AIMED)
                    or (p == "of" and p2 in _GIVEN_TO)
                ):
                    yield index.at(g2)
    for p, g in preps:
        if p in _BY_LINE and tree.lemmas[g] in _LINES:
            # "spoke by telephone with Rouhani": the parser hangs the partner on the line
            yield from (index.at(g2) for p2, g2 in tree.preps(g) if p2 in ("with", "to"))


_BY_LINE = frozenset({"by", "over", "via"})
_LINES = frozenset({"phone", "telephone", "videoconference", "video", "videolink", "hotline"})


def prep_targets(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    return best(_prep_candidates(tree, index, i))


# Where a verb's matter starts (not its subject, its adverbial clauses or reported speech),
# and what a walk down that matter passes by: function words, reported speech, adverbial
# clauses ("when her term ends").
_MATTER_STARTS = frozenset({"dobj", "dative", "prep", "xcomp", "attr", "oprd"})
_PASSED_BY = frozenset(
    {"punct", "cc", "det", "aux", "auxpass", "neg", "mark", "case", "ccomp", "advcl"}
)
# prepositions of place: "signed the deal in Nairobi" names where, not with whom (but
# "mediation in its dispute with Pakistan" is read on down)
_WHERE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within"})


def nested_party(
    tree: Tree, index: ActorIndex, i: int, sources: Sequence[ActorMention]
) -> list[ActorMention]:
    """The first party named anywhere in a verb's matter, nearest first: "refused to commit to
    any assistance to the US-led war against Iraq" (the US), "accepted a formula for ending
    its fishing dispute with Iceland" (Iceland). A coder who finds no party in the verb's own
    arguments reads down its phrases, as PETRARCH-2 reads a verb phrase's noun and
    prepositional phrases for a coded actor. No party: a place where it was done, the doer's
    own places and possessions, a pronoun, an adjective alone."""
    toks = tree.tokens
    deps = tree.deps
    own = {a.head for a in sources}
    mine = {a.country for a in sources if a.country}
    frontier = [c for c in tree.kids[i] if deps[c] in _MATTER_STARTS]
    for _ in range(8):
        found = [
            a
            for c in frontier
            for a in index.at(c)
            if resolved(a)
            and a not in sources
            and a.head not in own
            and toks[a.head].pos != "PRON"  # a pronoun this far down is too loosely bound
            and not (a.country in mine and _own_matter(tree, a))
            # an adjective alone says what kind of thing: "the Korean peninsula", "any military
            # escalation" (but "Chinese coast guard ships" are the coast guard's)
            and deps[a.head] != "amod"
            and not _where_it_was_done(tree, a.head, i)
        ]
        if found:
            return found
        frontier = [
            g
            for c in frontier
            for g in tree.kids[c]
            # nor a verb coordinated with it: "refused to step down and accused X" is two acts
            if deps[g] not in _PASSED_BY and not (deps[g] == "conj" and toks[g].pos == "VERB")
        ]
        if not frontier:
            break
    return []


def _where_it_was_done(tree: Tree, head: int, verb: int) -> bool:
    """ "signed the deal in Nairobi", "attended the talks in Geneva": a place the act or its
    gathering was in; but an operation, a war or aid "in Gaza" is done to whoever is there
    ("rejected demands to halt its military operation in Gaza")."""
    toks = tree.tokens
    prep = toks[head].head
    if tree.deps[head] != "pobj" or tree.lemmas[prep] not in _WHERE:
        return False
    holder = toks[prep].head
    return holder == verb or tree.lemmas[holder] not in _DONE_TO_A_PLACE


# Acts whose place is their target: force, occupation, aid and rebuilding "in" a place.
_DONE_TO_A_PLACE = frozenset(
    {
        "operation",
        "offensive",
        "war",
        "attack",
        "strike",
        "campaign",
        "crackdown",
        "invasion",
        "occupation",
        "bombing",
        "bombardment",
        "fighting",
        "violence",
        "blockade",
        "siege",
        "incursion",
        "raid",
        "reconstruction",
        "aid",
        "assistance",
        "presence",
        "deployment",
        "intervention",
        "settlement",
        "annexation",
    }
)


def _own_matter(tree: Tree, actor: ActorMention) -> bool:
    """A mention of the doer's country that is its own matter, not a party of that country:
    its state or places ("extend the railway to Kampala"), a possessor ("a deal on Tehran's
    programme"), its own people ("to help its own farmers"); but "a meeting of
    Palestinian factions" names parties besides the Palestinian doer."""
    return (
        actor.rule in PLACE_RULES
        or actor.rule.startswith("coref:")
        or tree.deps[actor.head] == "poss"
    )


def between_parties(tree: Tree, index: ActorIndex, heads: Iterable[int]) -> list[ActorMention]:
    """The actors named in the "between" phrases of ``heads``: "talks between X and Y"."""
    return index.in_preps(heads, "between")


# acts whose passive names the doer as the place its patient is sent away "from"
_SENT_AWAY = frozenset({"expel", "deport", "evict"})


# Participles whose agent is who did the act they describe ("an attack carried out by Hamas",
# "a bombing claimed by the Taliban"), and those that name the doer in a phrase of their own
# ("a blast blamed on Kurdish rebels", "killings attributed to the army").
_DOING = frozenset(
    ("carry", "conduct", "stage", "launch", "mount", "perpetrate", "commit", "claim",
     "organize", "organise", "mastermind", "orchestrate", "plan", "order", "fire", "plant",
     "detonate", "unleash", "wage", "spearhead", "lay", "set")
)  # fmt: skip
_BLAMED = {"blame": "on", "attribute": "to", "pin": "on"}


def performed_by(
    tree: Tree, index: ActorIndex, i: int, any_agent: bool = False
) -> list[ActorMention]:
    """Who did the act or thing ``i`` by its participle: the agent of a participle of doing
    ("an attack carried out by Hamas gunmen"), or whom it is blamed on ("the blast, blamed on
    the PKK"). ``any_agent``: any participle's agent will do, as for a document ("a decree
    issued by the command"); an act's judges are not its doers ("an attack condemned by
    the UN"), so an act asks only the participles of doing."""
    toks = tree.tokens
    deps = tree.deps
    for c in tree.kids[i]:
        if deps[c] != "acl" or toks[c].tag != "VBN":
            continue
        lemma = tree.lemmas[c]
        agent = tree.child(c, _AGENT)
        if agent is not None and (any_agent or lemma in _DOING):
            found = index.at(tree.child(agent, _POBJ))
        elif lemma in _BLAMED:
            found = [a for p, g in tree.preps(c) if p == _BLAMED[lemma] for a in index.at(g)]
        else:
            continue
        if found:
            return found
    return []


def attacks_done_in(tree: Tree, i: int) -> list[int]:
    """The attacks an act was done "in" or "during": "killed in Israeli air raids"."""
    return [g for p, g in tree.preps(i) if p in ("in", "during") and tree.lemmas[g] in ATTACKS]


def owners_on(tree: Tree, index: ActorIndex, g: int) -> list[ActorMention]:
    """Who made attack ``g``, named as its first modifier that names anyone: "an Israeli air
    strike", "a Hamas attack"."""
    for c in tree.kids[g]:
        if tree.deps[c] in MODIFIERS and not role_adjective(tree, c):
            found = [a for a in index.at(c) if resolved(a)]
            if found:
                return found
    return []


def _done_in_attack(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The doers of the attack a verb's act was done "in": named by a participle ("a raid
    blamed on Israeli commandos") or as its modifier ("Israeli air raids")."""
    for g in attacks_done_in(tree, i):
        found = performed_by(tree, index, g) or [a for a in owners_on(tree, index, g) if a.country]
        if found:
            return found
    return []


def verb_roles(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(sources, targets) of a verbal trigger."""
    subj = subject_of(tree, i)
    sources = index.at(subj)
    if not sources and subj is not None:
        # "a decree issued by the command banned ...": the issuer acts through the document;
        # "a blast blamed on Kurdish rebels killed four policemen": the rebels, through it
        sources = performed_by(tree, index, subj, any_agent=True)
    if not sources and tree.is_passive(i):
        # "was shot dead in a raid blamed on Israeli commandos", "killed in Israeli air
        # raids": the doers of the attack the passive act was done in
        sources = _done_in_attack(tree, index, i)
    if not sources and subj is not None and tree.tokens[subj].pos == "NOUN":
        # "intelligence sharing between Jordan and Israel has increased": the parties the
        # subject names, each with the other
        between = index.in_preps((subj,), "between")
        if len({a.span for a in between}) >= 2:
            return between, []
    if not sources and tree.lemmas[i] in _SENT_AWAY and tree.is_passive(i):
        # "two diplomats were expelled from Poland": the state they are sent away from
        sources = [a for a in index.in_preps((i,), "from") if a.country]
    if not sources and tree.is_passive(i) and tree.lemmas[i] in _CONCLUDED:
        # "an agreement was reached between Serbia and Kosovo": the parties it lies between,
        # each with the other
        subj = tree.child(i, PASSIVE_SUBJECTS)
        between = index.in_preps((i,) if subj is None else (i, subj), "between")
        if len({a.span for a in between}) >= 2:  # two parties named, not one group's members
            return between, []
    return sources, object_of(tree, index, i)
