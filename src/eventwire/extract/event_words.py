"""The words around a trigger that patterns' ``with`` and ``without`` lists test: its objects,
complements and prepositional objects, the subject's head, a place or a person named as what
is acted on. A mixin of ``event_structure.Tree``, which memoizes ``argument_words`` per token.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.dictionaries.model import fold
from eventwire.dictionaries.places import city_index, country_names
from eventwire.models import Token

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# A clause's own subject, active or passive: "as the opposition demanded", "was urged".
VERB_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative", "iobj", "attr", "oprd"})
# Whom a speech verb is told to: "told Putin", "assured Britain that ...".
TOLD = frozenset({"dobj", "dative"})
# What a verb is done to, active or passive: "struck the town", "the town was struck".
ACTED_ON = frozenset({"dobj", "nsubjpass"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# adverbs that complete a phrasal verb where the parser did not say "prt"
ADVERB_PARTICLES = frozenset(
    {"down", "up", "out", "off", "back", "away", "over", "aside", "together", "home"}
)
# Verbs whose "at" names whom they are aimed at, not where: "lashed out at NATO", "took aim
# at Beijing", "hit back at Washington's criticism".
AIMED_AT = frozenset(
    {"lash", "hit", "aim", "rail", "snap", "swipe", "jab", "scoff", "sneer", "point", "fire"}
)
# Verbs of a part in an act: "took part in", "was involved in", "joined in" the fighting; the
# act is what one takes part in, so a denial of taking part negates it.
PARTAKE = frozenset({"involve", "participate", "engage", "join", "part", "take"})
# Attacks, which a harm is done "in" ("in an Israeli air strike"), and which are no place.
ATTACKS = frozenset(
    {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "assault",
     "offensive", "ambush", "operation", "crossfire", "barrage"}
)  # fmt: skip
# The word a pattern's ``with`` list names for a direct object that is a person's name.
PERSON_OBJECT = "<person>"
# Words of an argument that say what it is about: "economic aid", "the release of prisoners".
_ARG_DEPS = OBJECTS | PASSIVE_SUBJECTS | COMPLEMENTS | {"acomp", "npadvmod", "advmod", "prt"}
# The word ``argument_words`` gives a named place, for patterns' ``with`` lists.
PLACE_WORD = "@place"
PLACE_ENTITIES = frozenset(("GPE", "LOC", "FAC"))
# "in exchange for", "in return for": what the act is traded for, no part of it.
_TRADED_FOR = frozenset(("exchange", "return"))


class ArgumentWords:
    """Word questions of the tree; ``Tree`` fills the attributes below."""

    tokens: tuple[Token, ...]
    deps: list[str]
    lemmas: list[str]
    kids: list[list[int]]
    _words: dict[int, dict[str, int]]

    def is_to_infinitive(self, clause: int) -> bool:
        """Whether ``clause`` is a "to" infinitive ("vowed to fight", "a pledge to help"): the
        one test the stages ask of a complement, a purpose or a noun's clause."""
        deps = self.deps
        lemmas = self.lemmas
        return any(deps[g] == "aux" and lemmas[g] == "to" for g in self.kids[clause])

    def obliged_to(self, have: int) -> int | None:
        """The infinitive of an obligation "have to" ("had to let more water flow", "has to
        be ratified"), if token ``have`` heads one; not "has yet to", a deed not yet done."""
        if self.lemmas[have] != "have" or any(self.lemmas[g] == "yet" for g in self.kids[have]):
            return None
        deps = self.deps
        return next(
            (g for g in self.kids[have] if deps[g] == "xcomp" and self.is_to_infinitive(g)),
            None,
        )

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
            elif dep in ("acl", "relcl") and self.is_to_infinitive(c):
                # "nothing to do (with)": the phrase, for patterns that name an idiom
                into.setdefault(f"{lemma} to {lemmas[c]}", c)
            elif dep == "prep" and (
                lemmas[c] in ("of", "for", "on", "to")
                # "froze $30 billion in Libyan assets", "wrote off billions of dollars in
                # Egyptian debt": what an amount is counted in
                or (lemmas[c] == "in" and (self.tokens[i].pos == "NUM" or lemma in MEASURES))
            ):
                for g in kids[c]:
                    if deps[g] != "pobj":
                        continue
                    if lemmas[g] in MEASURES or self.tokens[g].pos == "NUM":
                        # "tens of thousands of tonnes of grain": what the amount counts
                        self.noun_words(g, into)
                        continue
                    into.setdefault(lemmas[g], g)
                    for m in kids[g]:
                        if deps[m] in MODIFIERS:
                            into.setdefault(lemmas[m], m)

    def _traded_for(self, g: int) -> bool:
        """ "in exchange for", "in return for" (not "in a heated exchange")."""
        kids = self.kids[g]
        return (
            self.lemmas[g] in _TRADED_FOR
            and any(self.lemmas[k] == "for" for k in kids)
            and not any(self.deps[k] == "det" for k in kids)
        )

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
                if dep == "dobj":
                    # "imposed a trade and financial embargo": the parser makes "trade" the
                    # object and the embargo its conjunct; both are what was imposed
                    for g in kids[c]:
                        if deps[g] == "conj" and toks[g].pos in ("NOUN", "PROPN"):
                            self.noun_words(g, words)
                if dep in ACTED_ON and self.names_a_place(c):
                    words.setdefault(PLACE_WORD, c)  # "bombed Belgrade": a place acted on
                elif dep == "prt":
                    # "sealed off the West Bank", the particle parsed as a preposition
                    for g in kids[c]:
                        if deps[g] == "pobj":
                            self.noun_words(g, words)
                            if self.names_a_place(g):
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
                if lemmas[c] == "in" and any(self._traded_for(g) for g in kids[c]):
                    continue  # "curbed its program in exchange for relief": no exchange made
                if lemmas[c] == "on" and deps[c - 1] == "prt" and toks[c - 1].head == i:
                    # "closed in on Kabul": a phrasal verb's "on" object is acted on
                    for g in kids[c]:
                        if deps[g] == "pobj" and self.names_a_place(g):
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

    def names_a_place(self, i: int) -> bool:
        """A named place: one the tagger says is, or a city's name it took for no person
        ("surrounded Mariupol", tagged an organization)."""
        tok = self.tokens[i]
        if tok.ent_type in PLACE_ENTITIES:
            return True
        if tok.pos != "PROPN":
            return False
        if tok.ent_type == "PERSON":
            # "ECOWAS suspended Mali", the tagger's person: a one-word country's name is the
            # country's (a city's may be a surname: "Houston")
            return _a_lone_name(self.tokens, i) and fold(tok.text) in country_names()
        return _a_town_or_state(tok.text)

    def _a_city(self, i: int) -> bool:
        """A city's one-word name the tagger took for a person's ("attacked Kyiv"); a name
        with a first name is a person's ("wounded Alan Garcia")."""
        if any(self.deps[c] == "compound" for c in self.kids[i]):
            return False
        return _a_town_or_state(self.tokens[i].text)

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

    def _infinitive(self, subject: int, clause: int) -> bool:
        """Whether ``clause`` is an infinitive or a verbless small clause ("allowed
        inspectors back into the sites") whose subject is who is let or made to act."""
        if subject > clause:
            return False
        if self.tokens[clause].pos in ("ADV", "ADP"):
            return True
        return self.is_to_infinitive(clause)


def a_city_not_a_state(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city's and not as a country's ("Gaza",
    "Mosul"; not "Mexico", both)."""
    key = fold(name)
    return key in city_index() and key not in country_names()


def _a_lone_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a one-token name: no name token right before or after it."""
    before = i > 0 and tokens[i - 1].pos == "PROPN"
    after = i + 1 < len(tokens) and tokens[i + 1].pos == "PROPN"
    return not before and not after


def _a_town_or_state(name: str) -> bool:
    """Whether the gazetteers know ``name`` as a city's or a country's."""
    key = fold(name)
    return key in city_index() or key in country_names()


# The dashes between the halves of a pair: "Israeli-Palestinian", "a U.S.-British push".
HYPHENS = frozenset({"-", "\u2013"})


# Words that count or measure what their "of" object names: "tens of thousands of tonnes of
# grain", "millions of dollars in aid".
MEASURES = frozenset(
    ("ten", "dozen", "hundred", "thousand", "million", "billion", "tonne", "ton", "barrel",
     "kilogram", "litre", "liter", "gallon", "bag", "sack", "crate", "truckload", "shipload",
     "planeload", "consignment", "batch", "lot", "quantity", "amount", "worth")
)  # fmt: skip
