"""The dependency tree as events read it: children by index, arguments, complements, clauses.

Built once per article in O(tokens) so every later question (who are the arguments of this
trigger, which clause holds it) is a dictionary lookup, not a scan of the sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, count, repeat
from operator import attrgetter

from eventwire.extract.event_words import ADVERB_PARTICLES, ArgumentWords
from eventwire.models import ParsedArticle, Token

# Places two countries share: "a stronghold on the Thai border" is no act on Thailand.
SHARED_PLACES = frozenset({"border", "frontier", "borderland", "boundary"})
# Words of talking and agreeing, whose "on" is what it is about, not whom: "talks with X on Y".
TALKING = frozenset(
    {"talk", "negotiation", "negotiate", "dialogue", "consultation", "consult", "discussion"}
    | {"discuss", "meeting", "meet", "agreement", "agree", "deal", "accord"}
    | {"cooperate", "cooperation", "co-operate", "co-operation", "collaborate"}
)

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_LEFT_MODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss", "case", "nmod"})
# Verbs that name a thing in a free relative: "what it called militant camps".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "deem", "consider"})


_LEMMA, _HEAD, _DEP = attrgetter("lemma"), attrgetter("head"), attrgetter("dep")
_DOUBLED_E = ("tte", "nne", "ppe", "gge", "mme", "bbe", "dde")
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
# Verbs whose passive subject is an act held by sides named on the verb.
_HELD = frozenset({"hold", "conduct", "open", "launch", "stage", "organize", "organise", "resume"})
_SIDES = frozenset({"between", "among", "with", "against"})


def _visiting_read_as_clause(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "Visiting Chinese Premier Wen Jiabao praised Islamabad": the small model may read
    "Visiting" as a clause subject whose object is the premier; he is the verb's subject, and
    "Visiting" describes him. The events stage reads the repaired copy."""
    fixed: list[Token] | None = None
    for tok in tokens:
        if tok.dep != "csubj" or tok.tag != "VBG" or tok.lemma.lower() != "visit":
            continue
        if tok.i > 0 and tokens[tok.i - 1].sent == tok.sent:
            continue  # only at the start of its sentence
        obj = next(
            (t for t in tokens[tok.i + 1 : tok.i + 12] if t.head == tok.i and t.dep == "dobj"),
            None,
        )
        if obj is None or obj.pos != "PROPN":
            continue
        if fixed is None:
            fixed = list(tokens)
        fixed[obj.i] = obj._replace(dep="nsubj", head=tok.head)
        fixed[tok.i] = tok._replace(dep="amod", pos="ADJ", head=obj.i)
    return tokens if fixed is None else tuple(fixed)


class Tree(ArgumentWords):
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
        if "csubj" in map(_DEP, tokens):
            tokens = _visiting_read_as_clause(tokens)
        self.tokens = tokens
        lemmas = list(map(str.lower, map(_LEMMA, tokens)))
        # only a lemma in "s" can carry a plural the tagger left on (found through a map: a
        # loop over every token costs more than the few it finds)
        for k in compress(count(), map(str.endswith, lemmas, repeat("s"))):
            lemmas[k] = _lemma(tokens[k])
        # "readmitted" -> "readmitte", "unbanned" -> "unbanne": the model's lemma of a verb it
        # does not know keeps the doubled consonant and the "e" of "-ed"
        for k in compress(count(), map(str.endswith, lemmas, repeat(_DOUBLED_E))):
            if tokens[k].text.lower() == lemmas[k] + "d":
                lemmas[k] = lemmas[k][:-2]
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
        if toks[i].pos == "NOUN" and (
            (deps[i] == "nsubj" and lemmas[verb] in _OCCURRING)
            or (deps[i] == "nsubjpass" and lemmas[verb] in _HELD)
        ):
            # "clashes broke out between X and Y", "talks were held between X and Y": the
            # sides of the clashes, of the talks
            heads.append(verb)
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
            elif dep == "intj" and lemmas[c] == "no":  # "said no to the proposals"
                out.add("no")
            elif dep == "ccomp":  # "agreed (that) there was a need"
                out.add("that")
            elif dep == "dobj" and not kids[c]:  # "opened fire", "took hostage"
                out.add(lemmas[c])
            elif dep == "dobj" and self._result_first(i, c):
                out.add("free")  # "set free 15 prisoners": the particle read as the object's
        return out

    def _result_first(self, i: int, obj: int) -> bool:
        """Whether the word right after verb ``i`` is "free" read as its object's adjective
        ("set free 15 prisoners"), not one the object has after a determiner ("set the
        free trade agenda")."""
        j = i + 1
        return (
            j < obj
            and self.tokens[j].head == obj
            and self.deps[j] == "amod"
            and self.lemmas[j] == "free"
        )

    def _follows(self, i: int, j: int) -> bool:
        """Whether token ``j`` comes after ``i`` with only adverbs and auxiliaries between,
        or a passive's agent and its dates ("was pressed by Japan on Friday to account")."""
        between = range(i + 1, j)
        agent = next((c for c in self.kids[i] if self.deps[c] == "agent"), None)
        if agent is not None and agent == i + 1:
            told = self._span_end(agent)
            dated = [c for c in self.kids[i] if self.deps[c] == "prep" and self._dated_phrase(c)]
            while dated and told + 1 in dated:  # "by Japan on Friday"
                told = self._span_end(told + 1)
            between = range(told + 1, j)
        return j > i and all(self.tokens[k].pos in ("ADV", "AUX", "PART") for k in between)

    def _span_end(self, i: int) -> int:
        """The last token of ``i``'s phrase."""
        end = i
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                end = max(end, c)
                stack.append(c)
        return end

    def _dated_phrase(self, prep: int) -> bool:
        objects = [g for g in self.kids[prep] if self.deps[g] == "pobj"]
        return bool(objects) and all(self.tokens[g].ent_type in ("DATE", "TIME") for g in objects)

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
        if (
            deps[i] == "conj"
            and toks[i].tag == "VBN"
            and not any(deps[c] in ("nsubj", "aux") for c in self.kids[i])
            and self.is_passive(toks[i].head)
        ):
            return True  # "were rounded up and deported by": the second shares the voice
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
