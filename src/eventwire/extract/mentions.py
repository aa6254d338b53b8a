"""Grouping actor words into noun phrases: one phrase, one actor mention.

Each dictionary match (``actor_matches.py``) is attached to the noun phrase it modifies
("Russian" and "President" to "Putin"; "Russia's parliament" to "chambers" in "both chambers of
Russia's parliament"), so that one noun phrase yields one actor mention whose head is its
syntactic head. This module reads the dependency parse; finding the matches does not, which is
why the two live apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.dictionaries.model import ActorEntry, Match, RoleEntry
from eventwire.models import Entity, ParsedArticle, Token

ACTOR_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
TITLE_MODIFIERS = frozenset(
    ("acting", "interim", "then", "new", "outgoing", "incoming", "caretaker")
)
# Words between a country and a title that the title match leaves out: "First Deputy".
TITLE_WORDS = TITLE_MODIFIERS | {"first", "second", "deputy"}
POSSESSIVE = frozenset(("'s", "’s"))
# "X-backed rebels" are tied to X, not X; an "X-occupied" place is not X's ("X-led forces" are
# X's: the leader acts).
TIED = frozenset(
    (
        "backed",
        "linked",
        "allied",
        "affiliated",
        "inspired",
        "aligned",
        "funded",
        "supported",
        "sponsored",
        "leaning",
        "friendly",
        "occupied",
        "controlled",
        "held",
        "ruled",
        "annexed",
        "administered",
    )
)
# Relations by which a modifier belongs to the noun it depends on.
MODIFIER_DEPS = frozenset(("compound", "amod", "poss", "nmod", "nn", "npadvmod"))
LEFT_DEPS = frozenset(("det", "predet", "amod", "compound", "poss", "nummod", "nmod", "quantmod"))
# "X of Y": prepositions through which Y gives X its country ("the president of Venezuela").
OF_PREPS = frozenset(("of", "for", "from"))
# The words for a crowd: "opposition protesters" (their side), "killed dozens of protesters".
CROWDS = frozenset(("protester", "protestor", "demonstrator", "marcher", "rioter", "crowd"))
# Nouns that stand for part of an actor: "both chambers of Russia's parliament", "members of".
TRANSPARENT = frozenset(
    (
        "member",
        "chamber",
        "wing",
        "branch",
        "faction",
        "unit",
        "division",
        "part",
        "section",
        "arm",
        "camp",
        "side",
        "group",
        "body",
        "bloc",
        "elements",
        "element",
        "remnant",
        "contingent",
        "battalion",
        "brigade",
        "regiment",
        "squad",
        "corps",
        "office",
        "organ",
        "house",
        "organization",
        "organisation",
        "movement",
    )
)


@dataclass
class Phrase:
    """A noun phrase holding dictionary matches: the raw material of one actor mention."""

    head: int
    sentence: int
    names: list[tuple[Match, ActorEntry]] = field(default_factory=list)
    roles: list[tuple[Match, RoleEntry]] = field(default_factory=list)
    tokens: set[int] = field(default_factory=set)  # tokens of matches and the head
    via_in: bool = False  # a country reached through "in" ("protesters in Caracas"): weaker
    conjunct: int | None = None  # token of a coordinated modifier this phrase stands for


def name_end(parsed: ParsedArticle, entity: Entity) -> int:
    """The end of a name without a possessive the tagger took in: "Saddam Hussein's"."""
    end = entity.token_end
    while end - 1 > entity.token_start and parsed.tokens[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    return end


def match_head(parsed: ParsedArticle, match: Match) -> int:
    """The token of a match whose syntactic head lies outside it (the last one as fallback)."""
    tokens = parsed.tokens
    for i in range(match.end - 1, match.start - 1, -1):
        h = tokens[i].head
        if h == i or h < match.start or h >= match.end:
            return i
    return match.end - 1


class Grouper:
    """Attaches matches to the noun phrase they belong to."""

    def __init__(
        self, parsed: ParsedArticle, matches: list[Match], children: list[list[int]]
    ) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.match_at: dict[int, Match] = {}
        for m in matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        self.person_of: dict[int, int] = {}  # token -> start of its PERSON entity
        self.person_start: dict[int, int] = {}  # entity start -> its last token
        for e in parsed.entities:
            if e.label == "PERSON":
                self.person_start[e.token_start] = name_end(parsed, e) - 1
                for k in range(e.token_start, e.token_end):
                    self.person_of[k] = e.token_start
        self.children = children  # every token's dependents, in text order

    def actorish(self, i: int) -> bool:
        t = self.tokens[i]
        if t.pos not in ("NOUN", "PROPN"):
            return False
        return i in self.match_at or t.ent_type in ACTOR_ENTS or t.lemma.lower() in TRANSPARENT

    def up(self, i: int) -> tuple[int, bool]:
        """The noun phrase head a token belongs to, and whether "in" was crossed."""
        tokens = self.tokens
        via_in = False
        seen = 0
        while seen < 6:
            seen += 1
            t = tokens[i]
            h = t.head
            if h == i:
                break
            if t.dep in MODIFIER_DEPS and self._own_match(i, h):
                i = h  # inside a match reached from a modifier: "Russian" + "fighter jets"
                continue
            if self._name_pair(i, h):
                break  # "U.S.-China talks", "Serbia-Kosovo talks": two parties, not one name
            if (
                t.dep in MODIFIER_DEPS
                and self.actorish(h)
                and not self._own_match(i, h)
                and not self._two_people(i, h)
                and (h > i or t.dep in ("poss", "nmod", "npadvmod"))
            ):
                i = h
                continue
            if t.dep == "compound" and self._untagged_name(i, h):
                i = h  # "Cardinal Paolo Ricci", a name the tagger did not find: the title's
                continue
            if t.dep in MODIFIER_DEPS and (hyphened := self._hyphened(i, h)) is not None:
                i = hyphened  # "Vietnamese-led forces", "Moscow-backed separatists"
                continue
            if t.dep in MODIFIER_DEPS and (sibling := self._role_sibling(i, h)) is not None:
                i = sibling  # "Israeli army bulldozers": "Israeli" goes with "army"
                continue
            if t.dep == "pobj":
                prep = tokens[h]
                noun = prep.head
                word = prep.text.lower()
                if prep.dep == "prep" and noun != h and self._of_target(noun, word):
                    via_in = via_in or word == "in"
                    i = noun
                    continue
            break
        return i, via_in

    def title_after(self, m: Match, head: int) -> int:
        """A country word the parser left alone, directly before a title: the title's phrase
        ("Thai acting Prime Minister X"; "Ukraine's First Deputy Prime Minister X")."""
        for e in m.entries:
            if e.kind in ("country", "demonym"):
                break
        else:
            return head  # no country word
        i = m.end
        if i < len(self.tokens) and self.tokens[i].text in POSSESSIVE:
            i += 1
        while i < len(self.tokens) and self.tokens[i].text.lower() in TITLE_WORDS:
            i += 1
        title = self.match_at.get(i)
        if title is None or title.role is None or title.start != i or title.role.kind != "person":
            return head
        k = title.end - 1
        if title.end in self.person_start:
            k = self.person_start[title.end]
        return self.up(k)[0]

    def _name_pair(self, i: int, h: int) -> bool:
        """Two names joined by a hyphen, the first hung on the second: each its own actor."""
        tokens = self.tokens
        if h != i + 2 or tokens[i + 1].text != "-" or tokens[i].dep != "compound":
            return False
        a, b = self.match_at.get(i), self.match_at.get(h)
        return (
            a is not None
            and b is not None
            and a is not b
            and a.role is None
            and b.role is None
            and b.start == h
        )

    def _two_people(self, i: int, h: int) -> bool:
        """Two people's names never modify each other: "Donald Trump and JD Vance" misparsed
        as one compound stays two phrases."""
        a, b = self.person_of.get(i), self.person_of.get(h)
        return a is not None and b is not None and a != b

    def _untagged_name(self, i: int, h: int) -> bool:
        """A person title followed by capitalized words, no entity and no other match, that
        all compound onto the last: the name the title belongs to ("Prosecutor General Ana
        Torres" where the tagger found no PERSON)."""
        m = self.match_at.get(i)
        if m is None or m.role is None or m.role.kind != "person" or h <= i or h in self.match_at:
            return False
        tokens = self.tokens
        for k in range(m.end, h + 1):
            t = tokens[k]
            if t.pos != "PROPN" or not t.text[:1].isupper() or t.ent_type or k in self.match_at:
                return False
            if k < h and (t.dep != "compound" or t.head != h):
                return False
        return m.end <= h

    def _hyphened(self, i: int, h: int) -> int | None:
        tokens = self.tokens
        link = tokens[h]
        if h != i + 2 or tokens[i + 1].text != "-" or link.pos not in ("VERB", "ADJ"):
            return None
        if link.dep == "amod" and self.actorish(link.head):
            return link.head
        return None

    def _role_sibling(self, i: int, h: int) -> int | None:
        if self.tokens[h].pos != "NOUN" or i not in self.match_at:
            return None
        own = self.match_at[i]
        for c in self.children[h]:
            m = self.match_at.get(c)
            if (
                m is not None
                and m is not own
                and m.role is not None
                and c > i
                and self.tokens[c].dep in MODIFIER_DEPS
            ):
                return c
        return None

    def _own_match(self, i: int, h: int) -> bool:
        m = self.match_at.get(i)
        return m is not None and m.start <= h < m.end

    def _of_target(self, noun: int, prep: str) -> bool:
        t = self.tokens[noun]
        if t.pos not in ("NOUN", "PROPN"):
            return False
        m = self.match_at.get(noun)
        role = m.role if m is not None else None
        if t.ent_type == "NORP" and t.tag in ("NNS", "NNPS") and prep in ("in", "of", "from"):
            return True  # "Albanians in southern Serbia": a people placed by a country
        if prep in OF_PREPS:
            return role is not None or t.lemma.lower() in TRANSPARENT
        if role is not None and role.kind == "possession":
            return False  # "the homes of ..." is not a people's
        if prep in ("in", "at"):
            # "protesters in Caracas", but not "troops in Syria" or "the ambassador in Moscow"
            return role is not None and role.code not in ("GOV", "MIL", "SPY")
        return False


# Parts of speech of a modifier listed with others: "British, French and U.S. forces".
_LISTED = frozenset(("ADJ", "PROPN"))
# Portfolios named before "minister": the office's field, not the holder's sector or party.
_PORTFOLIOS = frozenset(
    ("labour", "labor", "justice", "industry", "agriculture", "health", "education", "defence",
     "defense", "interior", "trade", "finance", "energy", "oil", "petroleum", "information",
     "culture", "media", "transport", "housing", "environment", "commerce", "economy",
     "planning", "tourism", "youth", "sports", "religious", "security", "police", "fisheries",
     "mines", "mining", "water", "communications", "intelligence", "army", "navy", "women",
     "family", "immigration", "development", "reconstruction", "welfare", "works")
)  # fmt: skip
_OFFICES = frozenset(("minister", "ministry", "secretary", "commissioner"))


def _portfolio(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A one-word match (``end`` a token of the text) that names the field of the office
    after it: "Industry Minister"."""
    return tokens[end].lemma.lower() in _OFFICES and tokens[start].text.lower() in _PORTFOLIOS


def _opposed(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A name after "anti-" or "pro-", or before "-linked", "-backed", says whom a group is for,
    against or tied to, not who it is: "anti-Syria journalist", "Al Qaeda-linked militants"."""
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() in TIED:
        return True
    return stance_prefix(tokens, start) is not None


def stance_prefix(tokens: Sequence[Token], start: int) -> str | None:
    """ "anti" or "pro" where the word at ``start`` follows one ("anti-Japanese", tokenized as
    three tokens or as "anti-" and the name), else None."""
    if start >= 2 and tokens[start - 1].text == "-":
        before = tokens[start - 2].text.lower()
        return before if before in ("anti", "pro") else None
    if start >= 1 and tokens[start - 1].text.lower() in ("anti-", "pro-"):
        return tokens[start - 1].text.lower()[:-1]
    return None


def _first_modifier(tokens: Sequence[Token], h: int) -> int | None:
    """The first of a list of modifiers that token ``h`` is a later member of, if any."""
    t = tokens[h]
    if t.dep == "conj":
        first = t.head
        if tokens[first].dep == "conj" and tokens[tokens[first].head].dep in MODIFIER_DEPS:
            first = tokens[first].head  # "British, French and U.S.": U.S. -> French -> British
        return first if tokens[first].dep in MODIFIER_DEPS else None
    if t.dep == "amod" and h >= 2 and tokens[h - 1].text == ",":
        before = tokens[h - 2]
        if before.dep == "amod" and before.head == t.head and before.ent_type == t.ent_type:
            return h - 2  # "Russian, Iranian and Turkish officials"
    return None


def group_matches(
    parsed: ParsedArticle, matches: list[Match], children: list[list[int]]
) -> list[Phrase]:
    """One ``Phrase`` per noun phrase head, in text order; coordinated modifiers split off.
    ``children``: each token's dependents, in text order (the caller's, built once)."""
    grouper = Grouper(parsed, matches, children)
    tokens = parsed.tokens
    n = len(tokens)
    phrases: dict[int, Phrase] = {}
    extra: list[Phrase] = []
    # names right after a title: "Prime Minister Benjamin Netanyahu's office" is one person
    titled: dict[int, int] = {}  # the name's last token -> the head of the titled phrase
    title_of: dict[int, int] = {}  # a token of such a title -> the same head
    for m in matches:
        if m.role is not None and m.role.kind == "person" and m.end in grouper.person_start:
            last = grouper.person_start[m.end]
            title = match_head(parsed, m)
            # "Iran's religious leader Ayatollah Khomeini": the name is the title's apposition
            appos = tokens[last].dep == "appos" and tokens[last].head == title
            titled[last] = grouper.up(title)[0] if appos else last
            for k in range(m.start, m.end):
                title_of[k] = titled[last]
    for m in matches:
        h = match_head(parsed, m)
        t = tokens[h]
        conjunct: int | None = None
        anchor = h
        # "Hungarian and Romanian officials": the second adjective hangs off the first, the
        # third of "British, French and U.S. forces" off the second; in "Russian, Iranian and
        # Turkish officials" the second is the head's own modifier, after the first and a comma
        first = _first_modifier(tokens, h) if m.role is None and t.pos in _LISTED else None
        if first is not None and grouper.up(first)[0] != first:
            # a modifier shared with a head noun; a conjunct of a name that modifies nothing
            # ("Bessent and Ukraine's ... Svyrydenko", misparsed) is a phrase of its own
            anchor, conjunct = first, h
        if _opposed(tokens, m.start, m.end):
            head, via_in = h, False  # "anti-Syria journalist", "pro-Russia rebels"
        elif m.role is not None and m.role.kind == "person" and m.end in grouper.person_start:
            head, via_in = titled[grouper.person_start[m.end]], False  # "Vice President JD Vance"
        elif (
            m.role is None
            and m.start in grouper.person_of
            and (last := grouper.person_start[grouper.person_of[m.start]]) in titled
        ):
            head, via_in = titled[last], False
        else:
            head, via_in = grouper.up(anchor)
            if head == h and m.role is None:
                head = grouper.title_after(m, head)  # "Thai acting Prime Minister X"
            # a modifier of a title that went to its name goes there too: "his French
            # counterpart Bernard Kouchner", the parser making both objects of the verb
            head = title_of.get(head, head)
        if conjunct is not None and head != anchor:
            phrase = Phrase(head, t.sent, conjunct=conjunct)
            extra.append(phrase)
        elif head in phrases:
            phrase = phrases[head]
        else:
            phrase = phrases[head] = Phrase(head, tokens[head].sent)
        phrase.via_in = phrase.via_in or via_in
        phrase.tokens.update(range(m.start, m.end))
        if m.end == m.start + 1 and m.end < n and _portfolio(tokens, m.start, m.end):
            continue  # "Industry Minister", "Labour Minister": an office, not a sector or party
        if m.role is not None:
            phrase.roles.append((m, m.role))
        else:
            for e in m.entries:  # mostly one: a loop, not a generator
                phrase.names.append((m, e))
    for phrase in phrases.values():
        phrase.tokens.add(phrase.head)
    # a coordinated modifier's phrase shares the head noun's roles: "Romanian officials"
    for phrase in extra:
        shared = phrases.get(phrase.head)
        if shared is not None:
            phrase.roles.extend(shared.roles)
    out = list(phrases.values()) + extra
    out.sort(key=lambda p: (min(p.tokens) if p.tokens else p.head, p.head))
    return out
