"""The dependency tree as events read it: children by index, arguments, complements, clauses.

Built once per article in O(tokens) so every later question (who are the arguments of this
trigger, which clause holds it) is a dictionary lookup, not a scan of the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def _lemma(tok: Token) -> str:
    """The lower-case lemma, with the plural the tagger left on a capitalised noun removed:
    "Protesters clashed" gives "protester", as "protesters" in mid-sentence does."""
    lemma = tok.lemma.lower()
    if lemma != tok.text.lower() or not lemma.endswith("s"):
        return lemma
    plural = tok.tag in ("NNS", "NNPS") and not lemma.endswith(("ss", "ies", "ses", "us"))
    if plural or (tok.tag == "NNP" and lemma.endswith(("ers", "ors", "ists", "ants"))):
        return lemma[:-1]
    return lemma


class Tree:
    """Children lists for every token of one article, plus the questions events ask of them."""

    __slots__ = ("actor_tokens", "kids", "lemmas", "tokens")

    def __init__(self, parsed: ParsedArticle) -> None:
        self.tokens = parsed.tokens
        self.kids: list[list[int]] = [[] for _ in parsed.tokens]
        self.lemmas = [_lemma(t) for t in parsed.tokens]
        # tokens inside an actor mention with a code or country (filled by the actor index)
        self.actor_tokens: set[int] = set()
        for t in parsed.tokens:
            if t.head != t.i:
                self.kids[t.head].append(t.i)

    def children(self, i: int, deps: frozenset[str] | set[str] | None = None) -> list[int]:
        if deps is None:
            return self.kids[i]
        toks = self.tokens
        return [c for c in self.kids[i] if toks[c].dep in deps]

    def child(self, i: int, deps: frozenset[str] | set[str]) -> int | None:
        toks = self.tokens
        for c in self.kids[i]:
            if toks[c].dep in deps:
                return c
        return None

    def preps(self, i: int) -> Iterator[tuple[str, int]]:
        """(preposition, object) pairs under ``i``: "on" -> vessel in "a strike on a vessel"."""
        toks = self.tokens
        for c in self.kids[i]:
            dep = toks[c].dep
            if dep in ("prep", "agent"):
                found = False
                for g in self.kids[c]:
                    if toks[g].dep in ("pobj", "pcomp"):
                        found = True
                        yield self.lemmas[c], g
                        # "between X and Y" attaches Y as conj of X: both are objects.
                    elif toks[g].dep == "prep" and self.lemmas[c] in ADVERB_PARTICLES:
                        # "pulled out of Jenin", the particle read as a preposition: "of"
                        for h in self.kids[g]:
                            if toks[h].dep == "pobj":
                                found = True
                                yield self.lemmas[g], h
                stranded = None if found else self._stranded_object(i, c)
                if stranded is not None:
                    yield self.lemmas[c], stranded
            elif dep == "dative" and toks[c].pos == "ADP":
                found = False
                for g in self.kids[c]:
                    if toks[g].dep == "pobj":
                        found = True
                        yield self.lemmas[c], g
                stranded = None if found else self._stranded_object(i, c)
                if stranded is not None:
                    yield self.lemmas[c], stranded

    def _stranded_object(self, i: int, prep: int) -> int | None:
        """The object of a preposition the parser left empty because it made the noun the
        subject of a clause after it: "granted asylum to [five officers] holed up in ..."."""
        toks = self.tokens
        j = prep + 1
        while j < len(toks) and toks[j].head > j and toks[j].dep in _LEFT_MODIFIERS:
            j = toks[j].head  # across the noun's left modifiers to its head
        if j >= len(toks) or toks[j].pos not in ("NOUN", "PROPN"):
            return None
        tok = toks[j]
        if tok.dep in ("nsubj", "nsubjpass") and toks[tok.head].head == i and tok.head > j:
            return j
        return None

    def particles(self, i: int) -> set[str]:
        """Particles and prepositions that complete a phrasal trigger ("call for", "agree to")."""
        toks = self.tokens
        out: set[str] = set()
        for c in self.kids[i]:
            dep = toks[c].dep
            if dep in ("prt", "prep", "agent", "dative"):
                out.add(self.lemmas[c])
            elif dep == "advmod" and self.lemmas[c] in ADVERB_PARTICLES:
                out.add(self.lemmas[c])  # the small model's "stepped down": advmod, not prt
            elif dep in ("xcomp", "advcl"):
                if any(toks[g].dep == "aux" and self.lemmas[g] == "to" for g in self.kids[c]):
                    out.add("to")
            elif dep == "acomp":  # "be ready to", "be willing to"
                out.add(self.lemmas[c])
            elif dep == "ccomp":  # "agreed (that) there was a need"
                out.add("that")
            elif dep == "dobj" and not self.kids[c]:  # "opened fire", "took hostage"
                out.add(self.lemmas[c])
        return out

    def _infinitive(self, subject: int, clause: int) -> bool:
        return subject < clause and any(
            self.tokens[g].dep == "aux" and self.lemmas[g] == "to" for g in self.kids[clause]
        )

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and the tokens coordinated with it: "Venezuela and Cuba" -> both."""
        out = [i]
        stack = [i]
        toks = self.tokens
        while stack:
            for c in self.kids[stack.pop()]:
                if toks[c].dep in ("conj", "appos") and c not in out:
                    out.append(c)
                    stack.append(c)
        return out

    def noun_words(self, i: int, into: dict[str, int]) -> None:
        """The words of a noun phrase that carry meaning: head, modifiers, "of" objects."""
        lemma = self.lemmas[i]
        into.setdefault(lemma, i)
        toks = self.tokens
        for c in self.kids[i]:
            dep = toks[c].dep
            if dep in MODIFIERS:
                into.setdefault(self.lemmas[c], c)
                into.setdefault(f"{self.lemmas[c]} {lemma}", i)
                for g in self.kids[c]:  # "a car bomb explosion": car -> bomb -> explosion
                    if toks[g].dep == "compound":
                        into.setdefault(self.lemmas[g], g)
                        into.setdefault(f"{self.lemmas[g]} {self.lemmas[c]}", c)
            elif dep in ("acl", "relcl") and any(
                toks[g].dep == "aux" and self.lemmas[g] == "to" for g in self.kids[c]
            ):
                # "nothing to do (with)": the phrase, for patterns that name an idiom
                into.setdefault(f"{lemma} to {self.lemmas[c]}", c)
            elif dep == "prep" and self.lemmas[c] in ("of", "for", "on", "to"):
                for g in self.kids[c]:
                    if toks[g].dep == "pobj":
                        into.setdefault(self.lemmas[g], g)
                        for m in self.kids[g]:
                            if toks[m].dep in MODIFIERS:
                                into.setdefault(self.lemmas[m], m)

    def argument_words(self, i: int) -> dict[str, int]:
        """Lemma -> token of the words around a trigger that patterns' ``with`` lists test."""
        words: dict[str, int] = {}
        toks = self.tokens
        for c in self.kids[i]:
            dep = toks[c].dep
            if dep in _ARG_DEPS:
                self.noun_words(c, words)
                if dep == "dobj" and toks[c].ent_type == "PERSON":
                    words.setdefault(PERSON_OBJECT, c)  # "received Arafat": a named person
                if dep == "dobj" and toks[c].tag == "PRP" and self.lemmas[c] == "it":
                    antecedent = self._object_before(c)
                    if antecedent is not None:  # "lifted martial law after declaring it"
                        self.noun_words(antecedent, words)
                if dep in COMPLEMENTS:
                    for g in self.kids[c]:
                        if toks[g].dep in OBJECTS or toks[g].dep in ("prt", "acomp"):
                            self.noun_words(g, words)
                        elif toks[g].dep == "nsubj" and self._infinitive(g, c):
                            # "allowed inspectors to visit": who is let in is the subject
                            self.noun_words(g, words)
                        elif toks[g].dep == "prep":
                            words.setdefault(self.lemmas[g], g)
                            for pobj in self.kids[g]:
                                self.noun_words(pobj, words)
            elif dep in MODIFIERS:
                words.setdefault(self.lemmas[c], c)
            elif dep in ("prep", "agent", "dative"):
                for g in self.kids[c]:
                    if toks[g].dep == "prep" and self.lemmas[c] in ADVERB_PARTICLES:
                        # "pulled out of talks": the particle's preposition ("according to" no)
                        for pobj in self.kids[g]:
                            if toks[pobj].dep == "pobj":
                                self.noun_words(pobj, words)
                    elif toks[g].dep in ("pobj", "pcomp", "amod", "acomp"):  # "described as bad"
                        self.noun_words(g, words)
                        if toks[g].dep == "pcomp":
                            for obj in self.kids[g]:
                                if toks[obj].dep in OBJECTS:
                                    self.noun_words(obj, words)
        tok = toks[i]
        if tok.pos == "VERB":  # the subject's head word: "protesters clashed with police"
            for c in self.kids[i]:
                if toks[c].dep == "nsubj":
                    words.setdefault(self.lemmas[c], c)
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
                words.setdefault(self.lemmas[head], head)
        return words

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
        toks = self.tokens
        heads = [s]
        for c in self.kids[s]:
            if toks[c].dep == "prep" and self.lemmas[c] == "of":
                heads.extend(g for g in self.kids[c] if toks[g].dep == "pobj")
        return heads

    def _subject_kind(self, s: int, words: dict[str, int]) -> None:
        """What kind of doer a subject is: "peacekeeping troops" (the bigram), and for a
        measure of a group, the group: "the first contingent of peacekeeping troops"."""
        toks = self.tokens
        for h in self.subject_heads(s):
            if h != s:
                words.setdefault(self.lemmas[h], h)
            for m in self.kids[h]:
                if toks[m].dep in ("compound", "amod"):
                    words.setdefault(f"{self.lemmas[m]} {self.lemmas[h]}", h)

    def named_object(self, i: int) -> tuple[int, int] | None:
        """(noun, naming verb) of an object given as a free relative the parser hung as a
        clause: "struck what it called militant camps in X" -> (camps, called)."""
        toks = self.tokens
        for c in self.kids[i]:
            if toks[c].dep != "ccomp" or self.lemmas[c] not in NAMING_VERBS:
                continue
            what = self.child(c, frozenset({"dobj"}))
            if what is None or toks[what].tag != "WP" or what > c:
                continue
            noun = self.child(c, frozenset({"oprd", "attr"}))
            if noun is not None:
                return noun, c
        return None

    def is_passive(self, i: int) -> bool:
        toks = self.tokens
        if any(toks[c].dep in ("auxpass", "nsubjpass") for c in self.kids[i]):
            return True
        # a participle modifying a noun: "the treaty, first signed in Moscow"; not the
        # sentence's only verb, a past tense the parser hung on its subject as a participle
        return toks[i].dep == "acl" and toks[i].tag == "VBN" and not self.verb_of_noun(i)

    def verb_of_noun(self, i: int) -> bool:
        """ "Chile's government, which was not consulted, protested to Lima": the parser made
        the subject the root and its verb a participle; no verb heads the sentence."""
        toks = self.tokens
        head = toks[i].head
        return (
            toks[i].dep == "acl"
            and toks[i].tag == "VBN"
            and toks[head].dep == "ROOT"
            and toks[head].pos in ("NOUN", "PROPN")
            and any(toks[c].dep == "punct" and head < c < i for c in self.kids[head])
        )

    def clause_head(self, i: int) -> int:
        """The verb heading the clause that holds ``i`` (itself for a verb)."""
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
    toks = tree.tokens
    found: list[int] = []
    named = tree.named_object(i)
    if named is not None:  # "struck what it called militant camps"
        found.append(named[0])
    for c in tree.kids[i]:
        lemma = tree.lemmas[c]
        if toks[c].dep == "prep" and lemma == "as":
            found.extend(
                a
                for g in tree.kids[c]
                if toks[g].dep == "pobj"
                for a in tree.kids[g]
                if toks[a].dep == "appos"
            )
        elif toks[c].dep in ("prt", "advmod") and lemma == "up":
            found.extend(
                g
                for p in tree.kids[c]
                if toks[p].dep == "prep" and tree.lemmas[p] == "to"
                for g in tree.kids[p]
                if toks[g].dep == "pobj" and tree.child(g, frozenset({"nummod"})) is not None
            )
        if toks[c].dep == "prt" and lemma in ADVERB_PARTICLES:
            # "sealed off Gaza": the particle read as a preposition, the object as its own
            found.extend(g for g in tree.kids[c] if toks[g].dep == "pobj")
    return found


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
