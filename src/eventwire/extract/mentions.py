"""Finding actor phrases: dictionary matching over tokens, then grouping into noun phrases.

Matching walks each sentence once, extending a folded key token by token and stopping as soon
as no dictionary phrase has that prefix, so an article costs about one set lookup per token.
Grouping then attaches each match to the noun phrase it modifies ("Russian" and "President"
to "Putin"; "Russia's parliament" to "chambers" in "both chambers of Russia's parliament"),
so that one noun phrase yields one actor mention whose head is its syntactic head.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire.dictionaries.model import (
    NON_STATE_PREFIXES,
    ActorDictionary,
    ActorEntry,
    DatedCode,
    Match,
    RoleEntry,
    code_country,
    fold,
)
from eventwire.models import Entity, ParsedArticle, Token

MAX_PHRASE_TOKENS = 8
ACTOR_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
TITLE_MODIFIERS = frozenset(
    ("acting", "interim", "then", "new", "outgoing", "incoming", "caretaker")
)
NON_ACTOR_ENTS = frozenset(("LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"))
NAME_ENTS = frozenset(("PERSON", "GPE", "LOC", "NORP", "FAC"))
PEOPLE_KINDS = frozenset(("country", "demonym"))
# Entity types a capitalized object of "in" may carry and still be a town: not "in March".
PLACE_ENTS = frozenset(("", "GPE", "LOC", "FAC"))
CITY_PREPS = frozenset(("in", "of", "from", "near", "at", "outside", "around"))
# First halves of hyphenated modifiers that count or span a role noun: "multi-party".
COUNTING_PREFIXES = frozenset(
    ("multi", "one", "single", "two", "three", "cross", "all", "inter", "bi", "tri", "non")
)
# City-index names that speak are people, not towns: "Oshima told reporters".
SPEECH_VERBS = frozenset(
    ("say", "tell", "add", "announce", "state", "insist", "warn", "urge", "deny", "write")
)
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
# Words before a name that are not a given name.
HONORIFICS = frozenset(
    ("sheikh", "sheik", "ayatollah", "emir", "prince", "princess", "sir", "dame", "mullah", "imam")
)
# Words that only place a name within its country: "Western Cambodia", "southern Lebanon".
DIRECTIONS = frozenset(
    (
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "the",
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


# words repeat across a corpus: folding each once saves about 6% of the actor stage
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def find_matches(parsed: ParsedArticle, dictionary: ActorDictionary) -> list[Match]:
    """Longest, leftmost, non-overlapping dictionary matches, within sentences."""
    tokens = parsed.tokens
    folded = list(map(_fold_word, [t.text for t in tokens]))
    lemmas = list(map(_fold_word, [t.lemma for t in tokens]))
    matches: list[Match] = []
    names, roles, stems = dictionary.names, dictionary.roles, dictionary.stems
    prefixes, role_prefixes = dictionary.prefixes, dictionary.role_prefixes
    exact = dictionary.exact_case
    for sent in parsed.sentences:
        i, sent_end = sent.token_start, sent.token_end
        while i < sent_end:
            first = tokens[i].text[:1]
            can_name = (
                first.isupper()
                or first.isdigit()
                or (first in ("a", "e") and _article_prefix(tokens, i))
            )
            if not can_name and folded[i] not in role_prefixes and lemmas[i] not in role_prefixes:
                word = folded[i]  # most words start nothing: skip them before the phrase loop
                if word[-1:] != "s" or tokens[i].pos != "PROPN" or word[:-1] not in roles:
                    i += 1
                    continue
            best: Match | None = None
            acc = ""
            limit = i + MAX_PHRASE_TOKENS
            if limit > sent_end:  # not min(): this runs once per token
                limit = sent_end
            for j in range(i, limit):
                prev, acc = acc, acc + folded[j]
                lemma_key = prev + lemmas[j]
                in_names = can_name and acc in prefixes
                # a name's plural the lemmatizer keeps: "Malaysia Airlines"
                plural = acc[:-1] if acc[-1:] == "s" and tokens[j].pos == "PROPN" else ""
                in_roles = acc in role_prefixes or lemma_key in role_prefixes or plural in roles
                if in_roles and (
                    j != i or tokens[i - 1].text != "-" or not _counted_compound(tokens, i)
                ):
                    role = roles.get(acc) or roles.get(lemma_key) or roles.get(plural)
                    if role is not None and (role.kind != "person" or tokens[j].pos != "ADJ"):
                        best = Match(i, j + 1, role=role)
                if in_names:
                    entries = names.get(acc)
                    if entries and (acc not in exact or tokens[j].text.isupper()):
                        best = Match(i, j + 1, entries=entries)
                if can_name and stems and not in_names and prev + folded[j][:1] in prefixes:
                    stem = _stem_match(stems, prev, folded[j])
                    if stem:
                        best = Match(i, j + 1, entries=stem)
                if not in_names and not in_roles:
                    break
            if best is None:
                i += 1
                continue
            matches.append(best)
            i = best.end
    return _surname_matches(parsed, dictionary, _outside_other_names(parsed, matches))


def prefer_context(matches: list[Match], when: dt.date | None) -> list[Match]:
    """Ambiguous names pick the reading whose country the article names most.

    "RSF" is Reporters Without Borders or Sudan's Rapid Support Forces, "Congo" either Congo:
    each entry's context is the country of its code (SDN for the RSF militia), counted over the
    article's unambiguous matches ("Kinshasa", "Goma", "Tshisekedi" count for COD). Entries
    without a state (NGOs, IGOs) count nothing; without context the dictionary's order holds.
    """
    counts: Counter[str] = Counter()
    ambiguous = False
    for m in matches:
        countries = {_context_country(e, when) for e in m.entries}
        if len(countries) == 1:
            country = countries.pop()
            if country:
                counts[country] += 1
        elif countries:
            ambiguous = True
    if not ambiguous or not counts:
        return matches
    out: list[Match] = []
    for m in matches:
        if len(m.entries) > 1:
            ranked = sorted(m.entries, key=lambda e: -counts[_context_country(e, when) or ""])
            if ranked != list(m.entries):
                m = replace(m, entries=tuple(ranked))
        out.append(m)
    return out


def _context_country(entry: ActorEntry, when: dt.date | None) -> str | None:
    dated = entry.code_on(when)
    codes = [dated] if dated is not None else list(entry.codes)
    for c in codes:
        country = code_country(c.code)
        if country and country not in NON_STATE_PREFIXES:
            return country
    return None


def _outside_other_names(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops names inside a longer name of a place, thing or person: "South China Sea",
    "Beijing Olympics" and "Therese Kayikwamba Wagner" are not China, Beijing or Wagner."""
    matches = _not_opening_an_org(parsed, matches)
    blocking = [e for e in parsed.entities if e.label in NON_ACTOR_ENTS or e.label == "PERSON"]
    if not blocking:
        return matches
    places = {
        i
        for m in matches
        if m.entries and all(x.kind in PEOPLE_KINDS for x in m.entries)
        for i in range(m.start, m.end)
    }
    # a "person" made of demonyms only is a people the tagger misread: "Bosnian Serbs"
    blocking = [
        e
        for e in blocking
        if e.label != "PERSON" or any(i not in places for i in range(e.token_start, e.token_end))
    ]
    tokens = parsed.tokens
    # the entity each token lies inside of, after its first word (where a title is a name's)
    within = {
        i: e
        for e in (*blocking, *(e for e in parsed.entities if e.label == "DATE"))
        for i in range(e.token_start + 1, e.token_end)
    }
    kept = []
    for m in matches:
        inside = any(
            e.token_start <= m.start
            and m.end <= e.token_end
            and e.token_end - e.token_start > m.end - m.start
            and (e.label != "PERSON" or all(x.kind != "person" for x in m.entries))
            and not _only_directions(tokens, e.token_start, m.start, m.end, e.token_end)
            for e in blocking
        )
        if m.role is not None and m.start in within and _ends_a_name(tokens, m, within[m.start]):
            continue
        if not inside or m.role is not None:
            kept.append(m)
    return kept


def _not_opening_an_org(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops a name that only opens a longer organization's name, "of"/"for" following: "the
    Alliance for the Union of Romanians" is no NATO, "Congress of South African Trade Unions"
    no U.S. Congress."""
    tokens = parsed.tokens
    ends: dict[int, int] = {}
    for e in parsed.entities:
        if e.label == "ORG" and e.token_end - e.token_start > 2:
            start = e.token_start + (tokens[e.token_start].text.lower() == "the")
            if any(t.text in ("of", "for") for t in tokens[start + 1 : e.token_end]):
                ends[start] = e.token_end
    if not ends:
        return matches
    return [
        m
        for m in matches
        if m.role is not None
        or m.start not in ends
        or m.end >= ends[m.start]
        or tokens[m.end].text not in ("of", "for")
    ]


# What may follow a surname in a person entity: "Martin Luther King Jr.", "... King Day".
NAME_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "day"))


def _ends_a_name(tokens: Sequence[Token], m: Match, e: Entity) -> bool:
    """A title word that is part of the name it lies inside of: a person's surname ("Martin
    Luther King", "Tom King": the title ends the name, after a given name), or inside the name
    of a day, a building or a work ("Martin Luther King Day"); not "King Abdullah".
    """
    if m.end > e.token_end or tokens[m.start - 1].pos != "PROPN":
        return False
    rest = tokens[m.end : e.token_end]
    return e.label != "PERSON" or all(t.text.lower() in NAME_SUFFIXES for t in rest)


def same_given_name(first: str, name: str) -> bool:
    """A mention's first word agrees with a known name's: the same word, an initial ("F.W."),
    or an honorific the table leaves out ("Sheikh", "Ayatollah")."""
    word = fold(first).rstrip(".")
    given = fold(name.split()[0]).rstrip(".")
    return word == given or len(word) <= 2 or "." in first or word in HONORIFICS


def _counted_compound(tokens: tuple[Token, ...], i: int) -> bool:
    """A role noun counted in a hyphenated modifier: "multi-party elections", "a one-party
    state", "cross-party talks" describe a system, not a party that acts."""
    return (
        i >= 2
        and tokens[i - 1].text == "-"
        and not tokens[i - 2].ws
        and tokens[i - 2].text.lower() in COUNTING_PREFIXES
    )


def _article_prefix(tokens: tuple[Token, ...], i: int) -> bool:
    """Arabic names written with a lower-case article: "al-Shabab", "al-Qaeda"."""
    return tokens[i].text in ("al", "el") and i + 1 < len(tokens) and tokens[i + 1].text == "-"


def _only_directions(
    tokens: tuple[Token, ...], start: int, m_start: int, m_end: int, end: int
) -> bool:
    """The rest of an entity only orients the match: "Western Cambodia" is Cambodia."""
    rest = [*range(start, m_start), *range(m_end, end)]
    return all(tokens[i].text.lower() in DIRECTIONS for i in rest)


def _surname_matches(
    parsed: ParsedArticle, dictionary: ActorDictionary, matches: list[Match]
) -> list[Match]:
    """Names no phrase matched: people by surname ("President Mugabe"), places by the city
    index ("protesters in Aleppo")."""
    tokens = parsed.tokens
    covered = {i for m in matches for i in range(m.start, m.end)}
    extra: list[Match] = []
    spans: list[tuple[int, int, str]] = [
        (e.token_start, e.token_end, e.label) for e in parsed.entities if e.label in NAME_ENTS
    ]
    in_entity = {i for s, e, _ in spans for i in range(s, e)}
    spans += [
        (t.i, t.i + 1, "GPE")
        for t in tokens
        if t.pos == "PROPN"
        and t.i not in in_entity
        and t.ent_type in PLACE_ENTS
        and t.dep == "pobj"
        and tokens[t.head].text.lower() in CITY_PREPS
    ]
    for start, end, label in spans:
        if any(i in covered for i in range(start, end)):
            continue
        if label != "PERSON":
            start += tokens[start].text.lower() == "the"
            if start < end and not _speaks(tokens, end - 1):
                text = parsed.span(start, end).text
                country = dictionary.cities.get(fold(text))
                if country is not None:
                    extra.append(Match(start, end, entries=(_city(text, country),)))
            continue
        last = end - 1
        while last > start and not tokens[last].text[:1].isalpha():
            last -= 1
        entries = dictionary.surnames.get(fold(tokens[last].text), ())
        if last > start:  # "Breonna Taylor" is not Charles Taylor: a given name must agree
            entries = tuple(e for e in entries if same_given_name(tokens[start].text, e.name))
        if entries:
            extra.append(Match(start, end, entries=entries, surname=True))
    if not extra:
        return matches
    return sorted(matches + extra, key=lambda m: m.start)


def _speaks(tokens: Sequence[Token], i: int) -> bool:
    """A name that is the subject of a verb of speech: a person the tagger took for a town."""
    t = tokens[i]
    return t.dep == "nsubj" and tokens[t.head].lemma in SPEECH_VERBS


@lru_cache(maxsize=4096)
def _city(name: str, country: str) -> ActorEntry:
    return ActorEntry(name, "city", (DatedCode(country),), "geonames")


def _stem_match(
    stems: dict[str, tuple[ActorEntry, ...]], prev: str, word: str
) -> tuple[ActorEntry, ...]:
    for k in range(len(word), 0, -1):
        found = stems.get(prev + word[:k])
        if found:
            return found
    return ()


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

    def __init__(self, parsed: ParsedArticle, matches: list[Match]) -> None:
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
        self.children: dict[int, list[int]] = {}
        for t in parsed.tokens:
            if t.head != t.i and t.dep in MODIFIER_DEPS:
                self.children.setdefault(t.head, []).append(t.i)

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
            if (
                t.dep in MODIFIER_DEPS
                and self.actorish(h)
                and not self._own_match(i, h)
                and not self._two_people(i, h)
                and (h > i or t.dep in ("poss", "nmod", "npadvmod"))
            ):
                i = h
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
        """A country word the parser left alone, directly before a title: the title's phrase."""
        if not any(e.kind in ("country", "demonym") for e in m.entries):
            return head
        i = m.end
        while i < len(self.tokens) and self.tokens[i].text.lower() in TITLE_MODIFIERS:
            i += 1
        title = self.match_at.get(i)
        if title is None or title.role is None or title.start != i or title.role.kind != "person":
            return head
        k = title.end - 1
        if title.end in self.person_start:
            k = self.person_start[title.end]
        return self.up(k)[0]

    def _two_people(self, i: int, h: int) -> bool:
        """Two people's names never modify each other: "Donald Trump and JD Vance" misparsed
        as one compound stays two phrases."""
        a, b = self.person_of.get(i), self.person_of.get(h)
        return a is not None and b is not None and a != b

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
        for c in self.children.get(h, ()):
            m = self.match_at.get(c)
            if m is not None and m is not own and m.role is not None and c > i:
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


def _opposed(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A name after "anti-" or "pro-", or before "-linked", "-backed", says whom a group is for,
    against or tied to, not who it is: "anti-Syria journalist", "Al Qaeda-linked militants"."""
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() in TIED:
        return True
    if start >= 2 and tokens[start - 1].text == "-":
        return tokens[start - 2].text.lower() in ("anti", "pro")
    return start >= 1 and tokens[start - 1].text.lower() in ("anti-", "pro-")


def group_matches(parsed: ParsedArticle, matches: list[Match]) -> list[Phrase]:
    """One ``Phrase`` per noun phrase head, in text order; coordinated modifiers split off."""
    grouper = Grouper(parsed, matches)
    tokens = parsed.tokens
    phrases: dict[int, Phrase] = {}
    extra: list[Phrase] = []
    # names right after a title: "Prime Minister Benjamin Netanyahu's office" is one person
    titled: dict[int, int] = {}  # the name's last token -> the head of the titled phrase
    for m in matches:
        if m.role is not None and m.role.kind == "person" and m.end in grouper.person_start:
            last = grouper.person_start[m.end]
            title = match_head(parsed, m)
            # "Iran's religious leader Ayatollah Khomeini": the name is the title's apposition
            appos = tokens[last].dep == "appos" and tokens[last].head == title
            titled[last] = grouper.up(title)[0] if appos else last
    for m in matches:
        h = match_head(parsed, m)
        t = tokens[h]
        conjunct: int | None = None
        anchor = h
        # "Hungarian and Romanian officials": the second adjective hangs off the first.
        coordinated = t.dep == "conj" and tokens[t.head].dep in MODIFIER_DEPS
        if coordinated and m.role is None and t.pos in ("ADJ", "PROPN"):
            anchor, conjunct = t.head, h
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
        if conjunct is not None and head != anchor:
            phrase = Phrase(head, t.sent, conjunct=conjunct)
            extra.append(phrase)
        else:
            phrase = phrases.setdefault(head, Phrase(head, tokens[head].sent))
        phrase.via_in = phrase.via_in or via_in
        phrase.tokens.update(range(m.start, m.end))
        if m.role is not None:
            phrase.roles.append((m, m.role))
        else:
            phrase.names.extend((m, e) for e in m.entries)
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
