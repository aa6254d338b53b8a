"""The dependency tree as events read it: children by index, arguments, complements, clauses.

Built once per article in O(tokens) so every later question (who are the arguments of this
trigger, which clause holds it) is a dictionary lookup, not a scan of the sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter

from eventwire.dictionaries.model import fold
from eventwire.dictionaries.places import city_index, country_names
from eventwire.models import ParsedArticle, Token

# Places two countries share: "a stronghold on the Thai border" is no act on Thailand.
SHARED_PLACES = frozenset({"border", "frontier", "borderland", "boundary"})
# Words of talking and agreeing, whose "on" is what it is about, not whom: "talks with X on Y".
TALKING = frozenset(
    {"talk", "negotiation", "negotiate", "dialogue", "consultation", "consult", "discussion"}
    | {"discuss", "meeting", "meet", "agreement", "agree", "deal", "accord"}
)

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative", "iobj", "attr", "oprd"})
# What a verb is done to, active or passive: "struck the town", "the town was struck".
ACTED_ON = frozenset({"dobj", "nsubjpass"})
_LEFT_MODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss", "case", "nmod"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# adverbs that complete a phrasal verb where the parser did not say "prt"
ADVERB_PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "over"})
# The word a pattern's ``with`` list names for a direct object that is a person's name.
PERSON_OBJECT = "<person>"
# Verbs that name a thing in a free relative: "what it called militant camps".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "deem", "consider"})
# Words of an argument that say what it is about: "economic aid", "the release of prisoners".
_ARG_DEPS = OBJECTS | PASSIVE_SUBJECTS | COMPLEMENTS | {"acomp", "npadvmod", "advmod", "prt"}


_LEMMA, _HEAD, _DEP = attrgetter("lemma"), attrgetter("head"), attrgetter("dep")
_START = attrgetter("start")


def _lemma(tok: Token) -> str:
    """The lower-case lemma, with the plural the tagger left on a capitalised noun removed:
    "Protesters clashed" gives "protester", as "protesters" in mid-sentence does."""
    lemma = tok.lemma.lower()
    if lemma != tok.text.lower() or not lemma.endswith("s"):
        return lemma
    plural = tok.tag in ("NNS", "NNPS") and not lemma.endswith(("ss", "ies", "ses", "us"))
    # ... and on a named document's head: "the Abraham Accords", "the Oslo Agreements"
    if plural or (
        tok.tag == "NNP" and lemma.endswith(("ers", "ors", "ists", "ants", "ords", "ments"))
    ):
        return lemma[:-1]
    return lemma


# Verbs that say a nominal act happened, and the prepositions of theirs that name its sides:
# "clashes broke out between X and Y", "fighting erupted with the rebels".
_OCCURRING = frozenset(
    {"erupt", "break", "flare", "rage", "continue", "resume", "escalate", "intensify", "occur",
     "spread", "take", "subside"}
)  # fmt: skip
_SIDES = frozenset({"between", "among", "with", "against"})

# The word ``argument_words`` gives a named place, for patterns' ``with`` lists.
PLACE_WORD = "@place"
PLACE_ENTITIES = frozenset(("GPE", "LOC", "FAC"))


class Tree:
    """Children lists for every token of one article, plus the questions events ask of them.

    The tree never changes once built, so the answers asked of the same token again and again
    (its prepositional objects, conjuncts, voice, argument words, clause) are kept per token.
    """

    __slots__ = (
        "_clauses",
        "_conjuncts",
        "_passive",
        "_preps",
        "_words",
        "actor_tokens",
        "deps",
        "doers",
        "kids",
        "lemmas",
        "tokens",
    )

    def __init__(self, parsed: ParsedArticle) -> None:
        tokens = parsed.tokens
        self.tokens = tokens
        lemmas = list(map(str.lower, map(_LEMMA, tokens)))
        for k, lemma in enumerate(lemmas):
            if lemma[-1:] == "s":  # only such a lemma can carry a plural the tagger left on
                lemmas[k] = _lemma(tokens[k])
        kids: list[list[int]] = [[] for _ in tokens]
        for i, head in enumerate(map(_HEAD, tokens)):
            if head != i:
                kids[head].append(i)
        self.kids = kids
        self.lemmas = lemmas
        self.deps = list(map(_DEP, tokens))  # read in every walk below: a list, not attributes
        # tokens inside an actor mention with a code or country (filled by the actor index)
        self.actor_tokens: set[int] = set()
        # event_doers.subject_of's answers; they read actor_tokens, so mark_actors clears them
        self.doers: dict[int, int | None] = {}
        self._preps: dict[int, tuple[tuple[str, int], ...]] = {}
        self._conjuncts: dict[int, tuple[int, ...]] = {}
        self._passive: dict[int, bool] = {}
        self._words: dict[int, dict[str, int]] = {}
        self._clauses: dict[int, int] = {}

    def mark_actors(self, spans: Iterable[range]) -> None:
        """The tokens of ``spans`` belong to actor mentions with a code or country."""
        for span in spans:
            self.actor_tokens.update(span)
        self.doers.clear()

    def children(self, i: int, deps: frozenset[str] | set[str] | None = None) -> list[int]:
        if deps is None:
            return self.kids[i]
        dep_of = self.deps
        return [c for c in self.kids[i] if dep_of[c] in deps]

    def child(self, i: int, deps: frozenset[str] | set[str]) -> int | None:
        dep_of = self.deps
        for c in self.kids[i]:
            if dep_of[c] in deps:
                return c
        return None

    def preps(self, i: int) -> tuple[tuple[str, int], ...]:
        """(preposition, object) pairs under ``i``: "on" -> vessel in "a strike on a vessel"."""
        found = self._preps.get(i)
        if found is None:
            found = self._preps[i] = tuple(self._find_preps(i))
        return found

    def _find_preps(self, i: int) -> Iterator[tuple[str, int]]:
        toks = self.tokens
        deps = self.deps
        lemmas = self.lemmas
        heads = [i]
        verb = toks[i].head
        if deps[i] == "nsubj" and toks[i].pos == "NOUN" and lemmas[verb] in _OCCURRING:
            heads.append(verb)  # "clashes broke out between X and Y": the clashes' sides
        for h in heads:
            yield from self._preps_of(h, i, h != i)

    def _preps_of(self, i: int, own: int, sides_only: bool) -> Iterator[tuple[str, int]]:
        toks = self.tokens
        deps = self.deps
        lemmas = self.lemmas
        kids = self.kids
        for c in kids[i]:
            if sides_only and lemmas[c] not in _SIDES:
                continue
            dep = deps[c]
            if dep in ("prep", "agent"):
                found = False
                for g in kids[c]:
                    if deps[g] in ("pobj", "pcomp"):
                        found = True
                        yield lemmas[c], g
                        # "between X and Y" attaches Y as conj of X: both are objects.
                    elif deps[g] == "prep" and lemmas[c] in ADVERB_PARTICLES:
                        # "pulled out of Jenin", "moved away from the border": the particle
                        # read as a preposition; "out of" and "away from" say from where
                        inner = "from" if lemmas[g] in ("of", "from") else lemmas[g]
                        for h in kids[g]:
                            if deps[h] == "pobj":
                                found = True
                                yield inner, h
                stranded = None if found else self._stranded_object(own, c)
                if stranded is not None:
                    yield lemmas[c], stranded
            elif dep == "dative" and toks[c].pos == "ADP":
                found = False
                for g in kids[c]:
                    if deps[g] == "pobj":
                        found = True
                        yield lemmas[c], g
                stranded = None if found else self._stranded_object(own, c)
                if stranded is not None:
                    yield lemmas[c], stranded

    def _stranded_object(self, i: int, prep: int) -> int | None:
        """The object of a preposition the parser left empty because it made the noun the
        subject of a clause after it: "granted asylum to [five officers] holed up in ..."."""
        toks = self.tokens
        deps = self.deps
        j = prep + 1
        while j < len(toks) and toks[j].head > j and deps[j] in _LEFT_MODIFIERS:
            j = toks[j].head  # across the noun's left modifiers to its head
        if j >= len(toks) or toks[j].pos not in ("NOUN", "PROPN"):
            return None
        tok = toks[j]
        if tok.dep in ("nsubj", "nsubjpass") and toks[tok.head].head == i and tok.head > j:
            return j
        return None

    def particles(self, i: int) -> set[str]:
        """Particles and prepositions that complete a phrasal trigger ("call for", "agree to")."""
        deps = self.deps
        lemmas = self.lemmas
        kids = self.kids
        out: set[str] = set()
        for c in kids[i]:
            dep = deps[c]
            if dep in ("prt", "prep", "agent", "dative"):
                if dep == "prep" and self._dated_phrase(c):
                    continue  # "called the move unfair on Friday" does not call on anyone
                out.add(lemmas[c])
            elif dep == "advmod" and lemmas[c] in ADVERB_PARTICLES:
                out.add(lemmas[c])  # the small model's "stepped down": advmod, not prt
            elif dep in ("xcomp", "advcl"):
                to = next((g for g in kids[c] if deps[g] == "aux" and lemmas[g] == "to"), None)
                # a clause the parser called adverbial completes the verb where it follows it
                # ("have sworn to fight"); after a place or an object it says what for
                # ("rallied in Belgrade to demand" is no rallying to anyone)
                if to is not None and (dep == "xcomp" or self._follows(i, to)):
                    out.add("to")
            elif dep == "acomp":  # "be ready to", "be willing to"
                out.add(lemmas[c])
            elif dep == "ccomp":  # "agreed (that) there was a need"
                out.add("that")
            elif dep == "dobj" and not kids[c]:  # "opened fire", "took hostage"
                out.add(lemmas[c])
        return out

    def _follows(self, i: int, j: int) -> bool:
        """Whether token ``j`` comes after ``i`` with only adverbs and auxiliaries between."""
        return j > i and all(self.tokens[k].pos in ("ADV", "AUX", "PART") for k in range(i + 1, j))

    def _dated_phrase(self, prep: int) -> bool:
        objects = [g for g in self.kids[prep] if self.deps[g] == "pobj"]
        return bool(objects) and all(self.tokens[g].ent_type in ("DATE", "TIME") for g in objects)

    def _infinitive(self, subject: int, clause: int) -> bool:
        deps = self.deps
        return subject < clause and any(
            deps[g] == "aux" and self.lemmas[g] == "to" for g in self.kids[clause]
        )

    def conjuncts(self, i: int) -> tuple[int, ...]:
        """``i`` and the tokens coordinated with it: "Venezuela and Cuba" -> both."""
        found = self._conjuncts.get(i)
        if found is None:
            found = self._conjuncts[i] = tuple(self._find_conjuncts(i))
        return found

    def _find_conjuncts(self, i: int) -> list[int]:
        out = [i]
        stack = [i]
        deps = self.deps
        while stack:
            for c in self.kids[stack.pop()]:
                if deps[c] in ("conj", "appos") and c not in out:
                    out.append(c)
                    stack.append(c)
        return out

    def noun_words(self, i: int, into: dict[str, int]) -> None:
        """The words of a noun phrase that carry meaning: head, modifiers, "of" objects."""
        deps = self.deps
        lemmas = self.lemmas
        kids = self.kids
        lemma = lemmas[i]
        into.setdefault(lemma, i)
        for c in kids[i]:
            dep = deps[c]
            if dep in MODIFIERS:
                into.setdefault(lemmas[c], c)
                into.setdefault(f"{lemmas[c]} {lemma}", i)
                for g in kids[c]:  # "a car bomb explosion": car -> bomb -> explosion
                    if deps[g] == "compound":
                        into.setdefault(lemmas[g], g)
                        into.setdefault(f"{lemmas[g]} {lemmas[c]}", c)
                    elif deps[g] == "amod" and dep == "compound":
                        # "joint air drills": the parser hangs "joint" on "air"; it is the
                        # drills' (the phrase's words, not a bigram)
                        into.setdefault(lemmas[g], g)
            elif dep in ("acl", "relcl") and any(
                deps[g] == "aux" and lemmas[g] == "to" for g in kids[c]
            ):
                # "nothing to do (with)": the phrase, for patterns that name an idiom
                into.setdefault(f"{lemma} to {lemmas[c]}", c)
            elif dep == "prep" and lemmas[c] in ("of", "for", "on", "to"):
                for g in kids[c]:
                    if deps[g] == "pobj":
                        into.setdefault(lemmas[g], g)
                        for m in kids[g]:
                            if deps[m] in MODIFIERS:
                                into.setdefault(lemmas[m], m)

    def argument_words(self, i: int) -> Mapping[str, int]:
        """Lemma -> token of the words around a trigger that patterns' ``with`` lists test."""
        found = self._words.get(i)
        if found is None:
            found = self._words[i] = self._find_argument_words(i)
        return found

    def _find_argument_words(self, i: int) -> dict[str, int]:
        words: dict[str, int] = {}
        toks = self.tokens
        deps = self.deps
        lemmas = self.lemmas
        kids = self.kids
        for c in kids[i]:
            dep = deps[c]
            if dep in _ARG_DEPS:
                self.noun_words(c, words)
                if dep in ACTED_ON and self._names_a_place(c):
                    words.setdefault(PLACE_WORD, c)  # "bombed Belgrade": a place acted on
                elif dep == "prt":
                    # "sealed off the West Bank", the particle parsed as a preposition
                    for g in kids[c]:
                        if deps[g] == "pobj":
                            self.noun_words(g, words)
                            if self._names_a_place(g):
                                words.setdefault(PLACE_WORD, g)
                if dep == "dobj" and toks[c].ent_type == "PERSON" and not self._a_city(c):
                    words.setdefault(PERSON_OBJECT, c)  # "received Arafat": a named person
                if dep == "dobj" and toks[c].tag == "PRP" and lemmas[c] == "it":
                    antecedent = self._object_before(c)
                    if antecedent is not None:  # "lifted martial law after declaring it"
                        self.noun_words(antecedent, words)
                if dep in COMPLEMENTS:
                    for g in kids[c]:
                        if deps[g] in OBJECTS or deps[g] in ("prt", "acomp"):
                            self.noun_words(g, words)
                        elif deps[g] == "nsubj" and self._infinitive(g, c):
                            # "allowed inspectors to visit": who is let in is the subject
                            self.noun_words(g, words)
                        elif deps[g] == "prep":
                            words.setdefault(lemmas[g], g)
                            for pobj in kids[g]:
                                self.noun_words(pobj, words)
            elif dep in MODIFIERS:
                words.setdefault(lemmas[c], c)
                if dep == "compound":  # "joint air drills": "joint" hung on "air"
                    for g in kids[c]:
                        if deps[g] == "amod":
                            words.setdefault(lemmas[g], g)
            elif dep in ("prep", "agent", "dative"):
                if lemmas[c] == "on" and deps[c - 1] == "prt" and toks[c - 1].head == i:
                    # "closed in on Kabul": a phrasal verb's "on" object is acted on
                    for g in kids[c]:
                        if deps[g] == "pobj" and self._names_a_place(g):
                            words.setdefault(PLACE_WORD, g)
                for g in kids[c]:
                    if deps[g] == "prep" and lemmas[c] in ADVERB_PARTICLES:
                        # "pulled out of talks": the particle's preposition ("according to" no)
                        for pobj in kids[g]:
                            if deps[pobj] == "pobj":
                                self.noun_words(pobj, words)
                    elif deps[g] in ("pobj", "pcomp", "amod", "acomp"):  # "described as bad"
                        self.noun_words(g, words)
                        if deps[g] == "pcomp":
                            for obj in kids[g]:
                                if deps[obj] in OBJECTS:
                                    self.noun_words(obj, words)
        tok = toks[i]
        if tok.pos == "VERB":  # the subject's head word: "protesters clashed with police"
            verb = i
            if deps[i] == "conj" and not any(deps[c] == "nsubj" for c in kids[i]):
                verb = tok.head  # "mercenaries seized the city and marched on": the shared one
            for c in kids[verb]:
                if deps[c] == "nsubj":
                    words.setdefault(lemmas[c], c)
                    self._subject_kind(c, words)
        if tok.dep == "acl" and tok.tag == "VBN":  # "the treaty, first signed in Moscow"
            self.noun_words(tok.head, words)
        elif tok.pos in ("NOUN", "PROPN"):
            # the verb a nominal trigger is the object of: "posed a threat", "collected signatures";
            # the noun a compound trigger modifies: "riot police"
            head = tok.head
            governed = tok.dep in ("dobj", "nsubjpass", "attr") and toks[head].pos in (
                "VERB",
                "AUX",
            )
            # and the preposition a nominal trigger follows: "under the deal"
            if governed or tok.dep in ("compound", "pobj"):
                words.setdefault(lemmas[head], head)
        return words

    def _names_a_place(self, i: int) -> bool:
        """A named place: one the tagger says is, or a city's name it took for no person
        ("surrounded Mariupol", tagged an organization)."""
        tok = self.tokens[i]
        if tok.ent_type in PLACE_ENTITIES:
            return True
        if tok.pos != "PROPN" or tok.ent_type == "PERSON":
            return False
        key = fold(tok.text)
        return key in city_index() or key in country_names()

    def _a_city(self, i: int) -> bool:
        """A city's one-word name the tagger took for a person's ("attacked Kyiv"); a name
        with a first name is a person's ("wounded Alan Garcia")."""
        if any(self.deps[c] == "compound" for c in self.kids[i]):
            return False
        key = fold(self.tokens[i].text)
        return key in city_index() or key in country_names()

    def _object_before(self, i: int) -> int | None:
        """What an object "it" stands for: the nearest common-noun object of a verb before it
        in its sentence or the one before ("lifted martial law hours after he declared it" ->
        law; "The pact was signed in June. The Senate approved it" -> pact)."""
        toks = self.tokens
        sent = toks[i].sent
        j = i - 1
        while j >= 0 and sent - 1 <= toks[j].sent:
            tok = toks[j]
            if tok.dep in ("dobj", "nsubjpass") and tok.pos == "NOUN":
                return j
            j -= 1
        return None

    def subject_heads(self, s: int) -> list[int]:
        """A subject's head and, for a measure of a group, the group's: "the first contingent
        of peacekeeping troops" is the contingent and the troops."""
        deps = self.deps
        kids = self.kids
        heads = [s]
        for c in kids[s]:
            if deps[c] == "prep" and self.lemmas[c] == "of":
                heads.extend(g for g in kids[c] if deps[g] == "pobj")
        return heads

    def _subject_kind(self, s: int, words: dict[str, int]) -> None:
        """What kind of doer a subject is: "peacekeeping troops" (the bigram), and for a
        measure of a group, the group: "the first contingent of peacekeeping troops"."""
        deps = self.deps
        lemmas = self.lemmas
        for h in self.subject_heads(s):
            if h != s:
                words.setdefault(lemmas[h], h)
            for m in self.kids[h]:
                if deps[m] in ("compound", "amod"):
                    words.setdefault(f"{lemmas[m]} {lemmas[h]}", h)

    def named_object(self, i: int) -> tuple[int, int] | None:
        """(noun, naming verb) of an object given as a free relative the parser hung as a
        clause: "struck what it called militant camps in X" -> (camps, called)."""
        toks = self.tokens
        deps = self.deps
        for c in self.kids[i]:
            if deps[c] != "ccomp" or self.lemmas[c] not in NAMING_VERBS:
                continue
            what = self.child(c, frozenset({"dobj"}))
            if what is None or toks[what].tag != "WP" or what > c:
                continue
            noun = self.child(c, frozenset({"oprd", "attr"}))
            if noun is not None:
                return noun, c
        return None

    def is_passive(self, i: int) -> bool:
        found = self._passive.get(i)
        if found is None:
            found = self._passive[i] = self._find_passive(i)
        return found

    def _find_passive(self, i: int) -> bool:
        toks = self.tokens
        deps = self.deps
        if any(deps[c] in ("auxpass", "nsubjpass") for c in self.kids[i]):
            return True
        # a participle modifying a noun: "the treaty, first signed in Moscow"; not the
        # sentence's only verb, a past tense the parser hung on its subject as a participle
        return deps[i] == "acl" and toks[i].tag == "VBN" and not self.verb_of_noun(i)

    def verb_of_noun(self, i: int) -> bool:
        """ "Chile's government, which was not consulted, protested to Lima": the parser made
        the subject the root and its verb a participle; no verb heads the sentence."""
        toks = self.tokens
        deps = self.deps
        head = toks[i].head
        return (
            deps[i] == "acl"
            and toks[i].tag == "VBN"
            and deps[head] == "ROOT"
            and toks[head].pos in ("NOUN", "PROPN")
            and any(deps[c] == "punct" and head < c < i for c in self.kids[head])
        )

    def clause_head(self, i: int) -> int:
        """The verb heading the clause that holds ``i`` (itself for a verb)."""
        found = self._clauses.get(i)
        if found is None:
            found = self._clauses[i] = self._find_clause_head(i)
        return found

    def _find_clause_head(self, i: int) -> int:
        toks = self.tokens
        j = i
        for _ in range(64):
            if toks[j].pos in ("VERB", "AUX") or toks[j].head == j:
                return j
            j = toks[j].head
        return j

    def depth(self, i: int) -> int:
        toks = self.tokens
        d = 0
        while toks[i].head != i and d < 64:
            i = toks[i].head
            d += 1
        return d


def shifted_objects(tree: Tree, i: int) -> list[int]:
    """Objects the parser hung elsewhere: "denounced as a crime Serbia's crackdown" (an
    apposition to the "as" phrase's noun), "kidnapped up to 16 advisers" (the object of "to"
    under a particle "up"), "struck what it called camps" (the named noun of a free relative),
    "sealed off Gaza" (the object of a particle)."""
    deps = tree.deps
    lemmas = tree.lemmas
    kids = tree.kids
    found: list[int] = []
    named = tree.named_object(i)
    if named is not None:  # "struck what it called militant camps"
        found.append(named[0])
    for c in kids[i]:
        lemma = lemmas[c]
        if deps[c] == "prep" and lemma == "as":
            found.extend(
                a for g in kids[c] if deps[g] == "pobj" for a in kids[g] if deps[a] == "appos"
            )
        elif deps[c] in ("prt", "advmod") and lemma == "up":
            found.extend(
                g
                for p in kids[c]
                if deps[p] == "prep" and lemmas[p] == "to"
                for g in kids[p]
                if deps[g] == "pobj" and tree.child(g, frozenset({"nummod"})) is not None
            )
        if deps[c] == "prt" and lemma in ADVERB_PARTICLES:
            # "sealed off Gaza": the particle read as a preposition, the object as its own
            found.extend(g for g in kids[c] if deps[g] == "pobj")
    return found


def token_starting_at(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the (last) token starting at character ``start``, if any: a bisection of
    the tokens, which are in text order, rather than a dict of every token built for a few
    look-ups."""
    k = bisect.bisect_right(tokens, start, key=_START) - 1
    return k if k >= 0 and tokens[k].start == start else None


def sentence_is_question(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    for k in range(end - 1, start - 1, -1):
        text = tokens[k].text
        if text in ('"', "”", "'", "’", ")"):
            continue
        return text == "?"
    return False


# Heads that count the people of their "of" phrase: "thousands of protesters" are protesters.
COUNTING = frozenset(
    {"thousand", "hundred", "dozen", "score", "million", "some", "many", "most", "several",
     "few", "all", "both", "each", "none", "handful", "number"}
)  # fmt: skip


def counted_people(tree: Tree, i: int) -> int | None:
    """The people a count names: "thousands of protesters", "some of the soldiers"."""
    tok = tree.tokens[i]
    if tok.pos != "NUM" and tree.lemmas[i] not in COUNTING:
        return None
    return next((pobj for prep, pobj in tree.preps(i) if prep == "of"), None)
