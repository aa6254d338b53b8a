"""Dictionary matches a name's surroundings add or take away: a demonym a compass or culture
word makes a region's ("Latin American"), a lower-case alias of a body already named ("the
alliance" after NATO), a company's name that names its product ("a Boeing 777"), "opposition"
as a stance ("voiced strong opposition to the sale"), and a town a US state follows ("Paris,
Texas"). Split from ``actor_matches.py``, which runs these over its matches.
"""

from __future__ import annotations

from operator import attrgetter

from eventwire.dictionaries.model import ActorDictionary, ActorEntry, DatedCode, Match, fold
from eventwire.dictionaries.places import us_state_names
from eventwire.extract.actor_words import fold_word
from eventwire.models import ParsedArticle

START = attrgetter("start")
# Per dictionary (by the id of its name table): the bodies with an alias opening "the".
_THE_ALIASED: dict[int, frozenset[ActorEntry]] = {}
# Per dictionary (by the id of its name table): the ids of its companies' entries.
_COMPANIES: dict[int, frozenset[int]] = {}
# Capitalized words that make the demonym after them a region's ("Latin American").
REGION_WORDS = frozenset(("Latin", "Central", "North", "South", "East", "West", "Southeast"))


def not_a_regions_word(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops a demonym that a compass or culture word before it makes a region's: "Latin
    American", "Central American", "North African" span many states. A state so named ("South
    Korean") is a dictionary phrase of its own, matched whole before this runs."""
    tokens = parsed.tokens
    return [
        m
        for m in matches
        if m.role is not None
        or m.start == 0
        or tokens[m.start - 1].text not in REGION_WORDS
        or any(x.kind not in ("demonym", "country") for x in m.entries)
    ]


def repeated_bodies(
    parsed: ParsedArticle, dictionary: ActorDictionary, matches: list[Match]
) -> list[Match]:
    """A lower-case "the alliance" is NATO's alias only once NATO is named: "NATO bombs fell
    ... Yeltsin warned the alliance". Unnamed before, it is anyone's ("the ruling alliance")."""
    names = dictionary.names
    repeatable = _THE_ALIASED.get(id(names))
    if repeatable is None:
        repeatable = _THE_ALIASED[id(names)] = frozenset(
            e
            for key, entries in names.items()
            if key.startswith("the")
            for e in entries
            if e.kind == "organization"  # bodies, not "the United States"
        )
    first: dict[ActorEntry, int] = {}
    for m in matches:
        for e in m.entries:
            if e in repeatable and e not in first:
                first[e] = m.start
    if not first:
        return matches  # most articles: no body named that has a "the ..." alias
    tokens = parsed.tokens
    covered = {i for m in matches for i in range(m.start, m.end)}
    added: list[Match] = []
    for i in [t.i for t in tokens[:-1] if t.text == "the"]:
        if i in covered or i + 1 in covered:
            continue
        entries = names.get("the" + fold_word(tokens[i + 1].text))
        if entries and any(first.get(e, i) < i for e in entries):
            added.append(Match(i, i + 2, entries))
    return sorted((*matches, *added), key=START) if added else matches


def not_a_product(
    parsed: ParsedArticle, dictionary: ActorDictionary, matches: list[Match]
) -> list[Match]:
    """Drops a company's name that names what it makes: "a Boeing 777", "Toyota pickups",
    "Huawei phones" (a compound of a noun that is no role, or a model number). The company's
    people keep it: "Huawei executives", "the Gazprom chief"."""
    companies = _COMPANIES.get(id(dictionary.names))
    if companies is None:
        companies = _COMPANIES[id(dictionary.names)] = frozenset(
            id(e) for entries in dictionary.names.values() for e in entries if _company(e)
        )
    tokens = parsed.tokens
    n = len(tokens)
    products = []
    for k, m in enumerate(matches):
        if m.role is None and m.entries and id(m.entries[0]) in companies:
            last = tokens[m.end - 1]
            if m.end < n and tokens[m.end].pos == "NUM":
                products.append(k)  # "Boeing 777", "Airbus A320"
            elif last.dep == "compound" and all(id(e) in companies for e in m.entries):
                head = tokens[last.head]
                if (
                    head.i >= m.end
                    and head.pos == "NOUN"
                    and fold(head.lemma) not in dictionary.roles
                ):
                    products.append(k)
    if not products:
        return matches  # most articles: no company named by its product
    return [m for k, m in enumerate(matches) if k not in products]


def _company(entry: ActorEntry) -> bool:
    return entry.kind == "organization" and all(c.code[3:6] == "BUS" for c in entry.codes)


# "opposition" as a stance, not the opposition: the words around it that say so.
STANCE_NOUN = "opposition"
STANCE_DEGREES = frozenset(
    ("strong", "stiff", "fierce", "growing", "mounting", "widespread", "little", "strenuous",
     "vehement", "firm", "staunch", "broad", "bitter", "considerable", "much", "public",
     "stern", "strident", "vocal", "resolute", "implacable", "initial", "continued")
)  # fmt: skip
STANCE_PRONOUNS = frozenset(("its", "their", "his", "her", "our", "my", "your"))
STANCE_PREPS = frozenset(("despite", "amid", "against", "over"))
STANCE_VERBS = frozenset(
    ("voice", "express", "drop", "withdraw", "reiterate", "signal", "register", "face", "meet",
     "overcome", "soften", "ease", "abandon", "lift", "restate", "encounter", "reaffirm")
)  # fmt: skip


def not_a_stance(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops "opposition" where it is a stance, not the opposition: "voiced strong opposition
    to the sale", "despite opposition from Russia", "dropped its opposition to the deal". With
    "the" and nothing else of a stance ("the opposition boycotted the vote"), or a country's
    ("the Kenyan opposition", "Russia's opposition"), it stays the opposition."""
    tokens = parsed.tokens
    drop = [
        k
        for k, m in enumerate(matches)
        if m.role is not None
        and m.end - m.start == 1
        and tokens[m.start].lemma.lower() == STANCE_NOUN
        and _stance(parsed, m.start)
    ]
    if not drop:
        return matches
    return [m for k, m in enumerate(matches) if k not in drop]


def _stance(parsed: ParsedArticle, i: int) -> bool:
    tokens = parsed.tokens
    tok = tokens[i]
    kids = parsed.children(i)
    if any(c.ent_type in ("NORP", "GPE") or c.dep == "compound" for c in kids):
        return False  # "the Kenyan opposition", "Russia's opposition", "Syrian opposition"
    if any(c.dep == "poss" and c.lemma.lower() in STANCE_PRONOUNS for c in kids):
        return True
    if any(c.dep == "amod" and c.lemma.lower() in STANCE_DEGREES for c in kids):
        return True
    definite = any(c.dep == "det" and c.lemma.lower() == "the" for c in kids)
    if definite:
        return False
    head = tokens[tok.head]
    if tok.dep == "pobj" and head.lemma.lower() in STANCE_PREPS:
        return True  # "despite opposition from Russia"
    if tok.dep == "dobj" and head.lemma.lower() in STANCE_VERBS:
        return True  # "voiced opposition", "faced opposition"
    return any(c.dep == "prep" and c.lemma.lower() in ("to", "from") for c in kids)


# Kinds of entry a town's name has: "Paris" the capital, "Aleppo" the city.
TOWN_KINDS = frozenset(("capital", "city"))


def us_towns(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """A town named with a US state after a comma is that state's: "Paris, Texas", "Moscow,
    Idaho" and "Athens, Georgia" are American towns, not the capitals (or the country) their
    names echo."""
    tokens = parsed.tokens
    n = len(tokens)
    out = matches
    for k, m in enumerate(matches):
        if (
            m.role is not None
            or not m.entries
            or m.end + 1 >= n
            or tokens[m.end].text != ","
            or not all(e.kind in TOWN_KINDS for e in m.entries)
        ):
            continue
        words = tokens[m.end + 1 : m.end + 3]
        names = {fold_word(words[0].text)}
        if len(words) == 2:
            names.add(fold_word(words[0].text + words[1].text))
        if names.isdisjoint(us_state_names()):
            continue
        town = ActorEntry(m.entries[0].name, "city", (DatedCode("USA"),), "geonames")
        out = [*out[:k], Match(m.start, m.end, (town,)), *out[k + 1 :]]
        for j in range(k + 1, min(k + 3, len(out))):
            state = out[j]
            if state.start == m.end + 1 and state.role is None and state.entries:
                # "Athens, Georgia": the state too, not the country of that name
                us = ActorEntry(state.entries[0].name, "city", (DatedCode("USA"),), "geonames")
                out = [*out[:j], Match(state.start, state.end, (us,)), *out[j + 1 :]]
    return out
