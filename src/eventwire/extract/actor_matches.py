"""Finding actor words: dictionary matches over an article's tokens.

Matching walks each sentence once, extending a folded key token by token and stopping as soon
as no dictionary phrase has that prefix, so an article costs about one set lookup per token.
Matches inside a longer name of a place, thing or person are dropped, surnames and the city
index fill in names no phrase matched, and ambiguous names take the reading whose country the
article names most. This is split from ``mentions.py`` because it knows only tokens, entities
and the dictionary: which words are actor words. How those words group into noun phrases (the
parse) is ``mentions.py``'s concern.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from eventwire.dictionaries.model import (
    NON_STATE_PREFIXES,
    ActorDictionary,
    ActorEntry,
    Match,
    RoleEntry,
    code_country,
)
from eventwire.extract.actor_match_filters import (
    not_a_product,
    not_a_regions_word,
    not_a_stance,
    repeated_bodies,
    us_towns,
)
from eventwire.extract.actor_names import not_a_generic_word_of_a_name, not_another_states_org
from eventwire.extract.actor_surnames import surname_matches
from eventwire.extract.actor_words import capital_words, fold_words
from eventwire.models import Entity, ParsedArticle, Token

MAX_PHRASE_TOKENS = 8
DIPLOMAT_TERMS = frozenset(("ambassador", "envoy", "diplomat", "consul", "embassy", "consulate"))
NON_ACTOR_ENTS = frozenset(("LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"))
# Parts of speech of the words that glue a sentence together, never a name's last word.
GLUE = frozenset(("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"))
# Relations of a noun's own: a title the tagger calls an adjective there is still a noun ("The
# general promised elections"; "a general strike" keeps its adjective, an amod).
NOUN_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative"))
PEOPLE_KINDS = frozenset(("country", "demonym"))
# First halves of hyphenated modifiers that count or span a role noun: "multi-party".
COUNTING_PREFIXES = frozenset(
    ("multi", "one", "single", "two", "three", "cross", "all", "inter", "bi", "tri", "non")
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


_TEXT, _LEMMA, _POS = attrgetter("text"), attrgetter("lemma"), attrgetter("pos")
_START = attrgetter("start")


def _capitals(tokens: tuple[Token, ...], texts: list[str]) -> list[bool]:
    """Which tokens may open a name: capitalized, a digit, or a lower-case Arabic article
    before a hyphen ("al-Shabab")."""
    capital = capital_words(texts)
    if "al" in texts or "el" in texts:
        for i, text in enumerate(texts):
            if text in ("al", "el") and _article_prefix(tokens, i):
                capital[i] = True
    return capital


def find_matches(parsed: ParsedArticle, dictionary: ActorDictionary) -> list[Match]:
    """Longest, leftmost, non-overlapping dictionary matches, within sentences."""
    matches = _phrase_matches(parsed, dictionary)
    matches = _outside_other_names(parsed, matches, dictionary)
    return surname_matches(parsed, dictionary, repeated_bodies(parsed, dictionary, matches))


def _phrase_matches(parsed: ParsedArticle, dictionary: ActorDictionary) -> list[Match]:
    """Dictionary names and roles, extending a key token by token while some phrase has it as
    a prefix. Most words start nothing and are passed over by the first test."""
    tokens = parsed.tokens
    texts = list(map(_TEXT, tokens))
    pos = list(map(_POS, tokens))
    folded = fold_words(texts)
    lemmas = fold_words(map(_LEMMA, tokens))
    names, roles, stems = dictionary.names, dictionary.roles, dictionary.stems
    prefixes, role_prefixes = dictionary.prefixes, dictionary.role_prefixes
    exact = dictionary.exact_case
    capital = _capitals(tokens, texts)
    matches: list[Match] = []
    for sent in parsed.sentences:
        i, sent_end = sent.token_start, sent.token_end
        while i < sent_end:
            word = folded[i]
            can_name = capital[i]
            if not (
                can_name
                or word in role_prefixes
                or lemmas[i] in role_prefixes
                or (pos[i] == "PROPN" and word[-1:] == "s" and word[:-1] in roles)
            ):
                i += 1
                continue
            # the longest match so far, built as a Match once the start is done with
            best_end = 0
            best_role: RoleEntry | None = None
            best_entries: tuple[ActorEntry, ...] = ()
            acc = ""
            limit = i + MAX_PHRASE_TOKENS
            if limit > sent_end:  # not min(): this runs once per start
                limit = sent_end
            for j in range(i, limit):
                word, lemma = folded[j], lemmas[j]
                prev, acc = acc, acc + word
                same = lemma == word  # the lemma's key is the key: each looked up once
                lemma_key = acc if same else prev + lemma
                in_names = can_name and acc in prefixes
                # a name's plural the lemmatizer keeps ("Malaysia Airlines"): spelled out only
                # where the key and the lemma's key leave it to decide
                plural: str | None = None
                in_roles = acc in role_prefixes or (not same and lemma_key in role_prefixes)
                if not in_roles:
                    plural = acc[:-1] if pos[j] == "PROPN" and acc[-1:] == "s" else ""
                    in_roles = plural in roles
                if in_roles and (j != i or texts[i - 1] != "-" or not _counted_compound(tokens, i)):
                    role = roles.get(acc) or (None if same else roles.get(lemma_key))
                    if role is None:
                        if plural is None:
                            plural = acc[:-1] if pos[j] == "PROPN" and acc[-1:] == "s" else ""
                        role = roles.get(plural)
                    # a role ends in a noun: "was pressed by" is no press, "forces" (a verb) no army
                    if (
                        role is not None
                        and (role.kind != "person" or pos[j] != "ADJ" or tokens[j].dep in NOUN_DEPS)
                        and pos[j] not in ("VERB", "AUX")
                    ):
                        best_end, best_role, best_entries = j + 1, role, ()
                if in_names and not (j > i and pos[j] in GLUE and texts[j].islower()):
                    # keys have no spaces, so "Pakistan is" would spell "Pakistanis": a name
                    # does not end in a lower-case function word
                    entries = names.get(acc)
                    if entries and (acc not in exact or texts[j].isupper()):
                        best_end, best_role, best_entries = j + 1, None, entries
                if stems and can_name and not in_names and prev + word[:1] in prefixes:
                    stem = _stem_match(stems, prev, word)
                    if stem:
                        best_end, best_role, best_entries = j + 1, None, stem
                if not in_names and not in_roles:
                    break
            if not best_end:
                i += 1
                continue
            if best_entries and _spanning_prefix(tokens, i):
                i = best_end  # "the Pan-American Highway", "pan-Arab unity": no state of theirs
                continue
            best = Match(i, best_end, best_entries, best_role)
            if best_entries and folded[i] == "the" and _the_alias(folded, i, best, names, prefixes):
                i += 1  # "The U.N. refugee agency": try the longer name after the article
                continue
            matches.append(best)
            i = best.end
    return matches


def _the_alias(
    folded: list[str],
    i: int,
    best: Match,
    names: dict[str, tuple[ActorEntry, ...]],
    prefixes: set[str],
) -> bool:
    """A name alias opening with "the" ("the U.N.") whose bare form names the same entries
    and, with the next word, begins a longer name ("U.N. refugee agency"): matching from the
    next word loses nothing and finds the longer name."""
    if folded[i] != "the" or best.end - i < 2 or best.end >= len(folded):
        return False
    bare = "".join(folded[i + 1 : best.end])
    return bare + folded[best.end] in prefixes and names.get(bare) == best.entries


def prefer_context(matches: list[Match], when: dt.date | None) -> list[Match]:
    """Ambiguous names pick the reading whose country the article names most.

    "RSF" is Reporters Without Borders or Sudan's Rapid Support Forces, "Congo" either Congo:
    each entry's context is the country of its code (SDN for the RSF militia), counted over the
    article's unambiguous matches ("Kinshasa", "Goma", "Tshisekedi" count for COD). Entries
    without a state (NGOs, IGOs) count nothing; without context the dictionary's order holds,
    and a metonym's first reading needs more (``_named_after``).
    """
    if not any(
        len({_context_country(e, when) for e in m.entries}) > 1
        for m in matches
        if len(m.entries) > 1
    ):
        return matches  # no name whose readings lie in two countries: nothing to choose
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}  # where each country is first named
    for k, m in enumerate(matches):
        countries = {_context_country(e, when) for e in m.entries}
        if len(countries) == 1:
            country = countries.pop()
            if country:
                counts[country] += 1
                if not _diplomats(matches, k):
                    first.setdefault(country, m.start)
    if not counts:
        return matches
    out: list[Match] = []
    for m in matches:
        if len(m.entries) > 1:
            ranked = sorted(m.entries, key=lambda e: -counts[_context_country(e, when) or ""])
            if m.entries[0].kind == "metonym":
                named = [e for e in ranked if not _named_after(e, m, counts, first, when)]
                ranked = named + [e for e in m.entries if e not in named]
            if ranked != list(m.entries):
                m = replace(m, entries=tuple(ranked))
        out.append(m)
    return out


def _diplomats(matches: list[Match], k: int) -> bool:
    """A demonym of envoys ("the Peruvian ambassador"): they serve abroad, among the host's
    bodies, so they do not say whose "Congress" follows."""
    nxt = matches[k + 1] if k + 1 < len(matches) else None
    return nxt is not None and nxt.role is not None and nxt.role.term in DIPLOMAT_TERMS


def _named_after(
    entry: ActorEntry, m: Match, counts: Counter[str], first: dict[str, int], when: dt.date | None
) -> bool:
    """A metonym's default reading ("Congress": the US's) yields to another state's body only
    where that state is named twice, or before the name: "Peruvian lawmakers accused
    Congress", not "Congress voted to sanction Peru's police chief"."""
    country = _context_country(entry, when) or ""
    return counts[country] < 2 and first.get(country, m.start) >= m.start


def _context_country(entry: ActorEntry, when: dt.date | None) -> str | None:
    dated = entry.code_on(when)
    codes = [dated] if dated is not None else list(entry.codes)
    for c in codes:
        country = code_country(c.code)
        if country and country not in NON_STATE_PREFIXES:
            return country
    return None


def _outside_other_names(
    parsed: ParsedArticle, matches: list[Match], dictionary: ActorDictionary
) -> list[Match]:
    """Drops names inside a longer name of a place, thing or person: "South China Sea",
    "Beijing Olympics" and "Therese Kayikwamba Wagner" are not China, Beijing or Wagner."""
    matches = not_another_states_org(parsed, _not_opening_an_org(parsed, matches, dictionary))
    matches = not_a_generic_word_of_a_name(parsed, not_a_regions_word(parsed, matches))
    matches = not_a_stance(parsed, not_a_product(parsed, dictionary, matches))
    matches = us_towns(parsed, matches)
    blocking = [e for e in parsed.entities if e.label in NON_ACTOR_ENTS or e.label == "PERSON"]
    if not blocking:
        return matches
    persons = {
        i for e in blocking if e.label == "PERSON" for i in range(e.token_start, e.token_end)
    }
    if persons:
        # the tokens of peoples and countries matched over a PERSON entity
        places = {
            i
            for m in matches
            if m.entries
            and not persons.isdisjoint(range(m.start, m.end))
            and all(x.kind in PEOPLE_KINDS for x in m.entries)
            for i in range(m.start, m.end)
        }
        # a "person" made of demonyms only is a people the tagger misread: "Bosnian Serbs"
        blocking = [
            e
            for e in blocking
            if e.label != "PERSON"
            or any(i not in places for i in range(e.token_start, e.token_end))
        ]
    tokens = parsed.tokens
    # the entity each token lies inside of, after its first word (where a title is a name's)
    within = {
        i: e
        for e in (*blocking, *(e for e in parsed.entities if e.label == "DATE"))
        for i in range(e.token_start + 1, e.token_end)
    }
    # the blocking entities over each token: a match lies only inside those over its start
    over: dict[int, list[Entity]] = {}
    for e in blocking:
        for i in range(e.token_start, e.token_end):
            over.setdefault(i, []).append(e)
    titles = {m.start for m in matches if m.role is not None and m.role.kind == "person"}
    for m in matches:  # a known person's name opening with a title: "King Salman"
        if m.entries and m.entries[0].kind == "person" and m.start not in titles:
            title = dictionary.role(tokens[m.start].text)
            if title is not None and title.kind == "person":
                titles.add(m.start)
    kept = []
    for m in matches:
        if m.role is not None:  # a role word stays, unless it ends the name it lies in
            if m.start not in within or not _ends_a_name(tokens, m, within[m.start]):
                kept.append(m)
            continue
        over_start = over.get(m.start)
        inside = over_start is not None and any(
            m.end <= e.token_end
            and _name_end(tokens, e) - e.token_start > m.end - m.start
            and (e.label != "PERSON" or all(x.kind != "person" for x in m.entries))
            and not _title_nationality(m, e, titles)
            and not _only_directions(tokens, e.token_start, m.start, m.end, e.token_end)
            for e in over_start
        )
        if not inside:
            kept.append(m)
    return kept


def _title_nationality(m: Match, e: Entity, titles: set[int]) -> bool:
    """A people's word opening a person's name right before a title is the title's country,
    which the tagger took into the name: "Jordanian King Abdullah", "Saudi Crown Prince ..."."""
    return (
        e.label == "PERSON"
        and m.start == e.token_start
        and m.end in titles
        and all(x.kind in PEOPLE_KINDS for x in m.entries)
    )


def _name_end(tokens: Sequence[Token], e: Entity) -> int:
    """Where an entity's name ends: the tagger may take in a possessive ("Sri Lanka's" as a
    PERSON), which makes the country no shorter than the name it would lie inside of."""
    last = e.token_end - 1
    return last if last > e.token_start and tokens[last].tag == "POS" else e.token_end


def _not_opening_an_org(
    parsed: ParsedArticle, matches: list[Match], dictionary: ActorDictionary
) -> list[Match]:
    """Drops a name that only opens a longer organization's name, "of"/"for" following: "the
    Alliance for the Union of Romanians" is no NATO, "Congress of South African Trade Unions"
    no U.S. Congress; unless the longer name ends in another name of the same body ("the U.S.
    House of Representatives")."""
    tokens = parsed.tokens
    ends: dict[int, int] = {}
    for e in parsed.entities:
        if e.label == "ORG" and e.token_end - e.token_start > 2:
            start = e.token_start + (tokens[e.token_start].text.lower() == "the")
            if any(t.text in ("of", "for") for t in tokens[start + 1 : e.token_end]):
                ends[start] = e.token_end
                ends[e.token_start] = e.token_end  # "The Alliance for Change": no NATO either
    if not ends:
        return matches
    return [
        m
        for m in matches
        if m.role is not None
        or m.start not in ends
        or m.end >= ends[m.start]
        or tokens[m.end].text not in ("of", "for")
        or _same_body_ends(parsed, m, ends[m.start], dictionary)
    ]


def _same_body_ends(parsed: ParsedArticle, m: Match, end: int, dictionary: ActorDictionary) -> bool:
    """Whether the organization's name from inside the match to ``end`` is another name of
    the match's own entry: "U.S. House" + "House of Representatives"."""
    texts = [t.text for t in parsed.tokens[m.start + 1 : end]]
    for k in range(len(texts) - 1):
        found = dictionary.lookup(" ".join(texts[k:]))
        if found and not set(found).isdisjoint(m.entries):
            return True
    return False


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


def _hyphen_prefixed(tokens: tuple[Token, ...], i: int, prefixes: frozenset[str]) -> bool:
    """Whether token ``i`` follows one of ``prefixes`` and a hyphen, with no space: "multi-",
    "Pan-"."""
    return (
        i >= 2
        and tokens[i - 1].text == "-"
        and not tokens[i - 2].ws
        and tokens[i - 2].text.lower() in prefixes
    )


def _counted_compound(tokens: tuple[Token, ...], i: int) -> bool:
    """A role noun counted in a hyphenated modifier: "multi-party elections", "a one-party
    state", "cross-party talks" describe a system, not a party that acts."""
    return _hyphen_prefixed(tokens, i, COUNTING_PREFIXES)


# First halves of hyphenated modifiers that make a name span many states: "Pan-American".
# (Not "inter-": "inter-Korean talks" are the Koreas'.)
SPANNING_PREFIXES = frozenset(("pan", "trans"))


def _spanning_prefix(tokens: tuple[Token, ...], i: int) -> bool:
    """A name after "Pan-" or "trans-": "the Pan-American Highway" is no American thing."""
    return _hyphen_prefixed(tokens, i, SPANNING_PREFIXES)


def _article_prefix(tokens: tuple[Token, ...], i: int) -> bool:
    """Arabic names written with a lower-case article: "al-Shabab", "al-Qaeda"."""
    return tokens[i].text in ("al", "el") and i + 1 < len(tokens) and tokens[i + 1].text == "-"


def _only_directions(
    tokens: tuple[Token, ...], start: int, m_start: int, m_end: int, end: int
) -> bool:
    """The rest of an entity only orients the match: "Western Cambodia" is Cambodia."""
    rest = [*range(start, m_start), *range(m_end, end)]
    return all(tokens[i].text.lower() in DIRECTIONS for i in rest)


def _stem_match(
    stems: dict[str, tuple[ActorEntry, ...]], prev: str, word: str
) -> tuple[ActorEntry, ...]:
    for k in range(len(word), 0, -1):
        found = stems.get(prev + word[:k])
        if found:
            return found
    return ()
