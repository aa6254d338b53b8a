"""Names found once the dictionary's phrases are matched: a surname standing for a person
named in full before it, a large city the tagger left untagged, a town named before a role
("Goma's governor"). Asked last by ``actor_matches.find_matches``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from eventwire.dictionaries.model import (
    ActorDictionary,
    ActorEntry,
    DatedCode,
    Match,
    fold,
)
from eventwire.dictionaries.places import SUBDIVISION_NOUNS, large_cities
from eventwire.extract.actor_draft import Draft
from eventwire.extract.actor_words import fold_word
from eventwire.models import ParsedArticle, Token

NAME_ENTS = frozenset(("PERSON", "GPE", "LOC", "NORP", "FAC"))
# Entity types a capitalized object of "in" may carry and still be a town: not "in March".
PLACE_ENTS = frozenset(("", "GPE", "LOC", "FAC"))
# Entity types the tagger gives a town named after a local office ("the mayor of Kharkiv").
MISREAD_ENTS = frozenset(("PERSON", "ORG"))
LOCAL_OFFICES = frozenset(("mayor", "governor", "police", "council", "municipality", "region"))
# Prepositions of where, after which a town the tagger took for a person is the town: "clashes
# in Antakya", "fighting near Sidi Bouzid" (a person is seldom "in" or "near").
PLACE_PREPS = frozenset(("in", "near", "outside", "around"))
# Relations of an untagged one-word name that stands for a city or a person acting or acted on.
UNTAGGED_DEPS = frozenset(("nsubj", "dobj", "nsubjpass"))
CITY_PREPS = frozenset(("in", "of", "from", "near", "at", "outside", "around"))
# City-index names that speak are people, not towns: "Oshima told reporters".
SPEECH_VERBS = frozenset(
    ("say", "tell", "add", "announce", "state", "insist", "warn", "urge", "deny", "write")
)
# Words before a name that are not a given name.
HONORIFICS = frozenset(
    ("sheikh", "sheik", "ayatollah", "emir", "prince", "princess", "sir", "dame", "mullah", "imam")
)
_START = attrgetter("start")


def surname_matches(
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
    spans += _untagged_names(parsed, in_entity, dictionary)
    spans += _misread_towns(parsed, dictionary)
    spans += _towns_before_roles(parsed, matches, covered)
    for start, end, label in spans:
        if not covered.isdisjoint(range(start, end)):
            continue
        if label != "PERSON":
            the = tokens[start].text.lower() == "the"
            if label == "LOC" and (the or (start > 0 and tokens[start - 1].text.lower() == "the")):
                continue  # "the Andes", "the Alps": a range or a sea, not a town of that name
            start += the
            if start < end and not _speaks(tokens, end - 1):
                if end < len(tokens) and tokens[end].text.lower() in SUBDIVISION_NOUNS:
                    end += 1  # "Punjab province": the tagger leaves the kind out of the name
                text = parsed.article.text[tokens[start].start : tokens[end - 1].end]
                country = dictionary.cities.get(fold_word(text))
                if country is None and tokens[end - 1].text.lower() in SUBDIVISION_NOUNS:
                    end -= 1
                    text = parsed.article.text[tokens[start].start : tokens[end - 1].end]
                    country = dictionary.cities.get(fold_word(text))
                if country is not None and text[:1].isupper():  # not "torched metro stations"
                    extra.append(Match(start, end, entries=(_city(text, country),)))
            continue
        last = end - 1
        while last > start and not tokens[last].text[:1].isalpha():
            last -= 1
        entries = dictionary.surnames.get(fold_word(tokens[last].text), ())
        if last > start:  # "Breonna Taylor" is not Charles Taylor: a given name must agree
            entries = tuple(e for e in entries if same_given_name(tokens[start].text, e.name))
        states = _states_before(tokens, matches, start)
        if entries and states:
            # "Saudi King Abdullah", "Jordan's King Abdullah": the state named before the title
            # says whose; not Afghanistan's Abdullah Abdullah
            entries = tuple(e for e in entries if {c.code[:3] for c in e.codes} & states)
        if entries:
            extra.append(Match(start, end, entries=entries, surname=True))
    if not extra:
        return matches
    return sorted(matches + extra, key=_START)


def _untagged_names(
    parsed: ParsedArticle, in_entity: set[int], dictionary: ActorDictionary
) -> list[tuple[int, int, str]]:
    """A one-word name the tagger left untagged as the subject or object of a verb: a large
    city's that is no one's surname ("jets bombed Aleppo", "Mosul was retaken"), or the surname
    of someone in office on the article's date ("Modi criticized Pakistan", "Merkel telephoned
    Putin"), whom wire copy names bare once the story is known; the tagger may call such a
    capitalized subject a common noun ("Lapid accused ...")."""
    tokens = parsed.tokens
    when = parsed.article.published
    out: list[tuple[int, int, str]] = []
    for t in tokens:
        if t.pos == "PROPN" and t.dep in UNTAGGED_DEPS and _alone(tokens, t, in_entity):
            key = fold_word(t.text)
            people = dictionary.surnames.get(key)
            if people:
                if t.dep != "nsubjpass" and when is not None and _in_office(people, when):
                    out.append((t.i, t.i + 1, "PERSON"))
            elif t.dep != "nsubj" and key in large_cities():
                out.append((t.i, t.i + 1, "GPE"))
    if when is None:
        return out
    for sent in parsed.sentences:  # the tagger's common noun opening a sentence: "Lapid said"
        t = tokens[sent.token_start]
        if t.pos == "NOUN" and t.dep == "nsubj" and _alone(tokens, t, in_entity):
            people = dictionary.surnames.get(fold_word(t.text))
            if people and _in_office(people, when):
                out.append((t.i, t.i + 1, "PERSON"))
    return out


# What may stand between a state and a name in one title: "King", "Foreign Minister", "'s".
_TITLE_POS = frozenset(("PROPN", "NOUN", "PART"))
# Kinds of entries that name a state: "Saudi", "Jordan's".
_STATE_KINDS = frozenset(("country", "demonym"))


def _states_before(tokens: Sequence[Token], matches: list[Match], start: int) -> set[str]:
    """The states a country or demonym names just before ``start``, only titles between:
    "Saudi King Abdullah", "Jordan's King Abdullah" (not "Somalia by the Clinton ...")."""
    return {
        c.code[:3]
        for m in matches
        if start - 3 <= m.end <= start and all(t.pos in _TITLE_POS for t in tokens[m.end : start])
        for e in m.entries
        if e.kind in _STATE_KINDS
        for c in e.codes
    }


def _alone(tokens: Sequence[Token], t: Token, in_entity: set[int]) -> bool:
    """An untagged one-word name: no entity type and no proper noun beside it."""
    return (
        not t.ent_type
        and t.i not in in_entity
        and (t.i == 0 or tokens[t.i - 1].pos != "PROPN")
        and (t.i + 1 == len(tokens) or tokens[t.i + 1].pos != "PROPN")
    )


def _misread_towns(
    parsed: ParsedArticle, dictionary: ActorDictionary
) -> list[tuple[int, int, str]]:
    """A town the tagger took for a person or a body after a local office: "the
    governor of Kherson", "the mayor of Kharkiv" (no one's surname)."""
    tokens = parsed.tokens
    out: list[tuple[int, int, str]] = []
    for e in parsed.entities:
        if e.label not in MISREAD_ENTS or not 1 <= e.token_end - e.token_start <= 2:
            continue
        t = tokens[e.token_end - 1]
        prep = tokens[t.head]
        if t.dep != "pobj" or t.head == t.i:
            continue
        where = prep.text.lower()
        if where == "of" and e.token_end - e.token_start == 1:
            if tokens[prep.head].lemma.lower() not in LOCAL_OFFICES:
                continue
        elif where not in PLACE_PREPS or e.label != "PERSON" or e.token_start - 1 != prep.i:
            continue  # "in Antakya": right after the preposition, no title or article between
        key = fold_word(parsed.article.text[tokens[e.token_start].start : t.end])
        if key in dictionary.cities and key not in dictionary.surnames:
            out.append((e.token_start, e.token_end, "GPE"))
    return out


def _in_office(people: Sequence[ActorEntry], when: dt.date) -> bool:
    """Whether one of ``people`` holds a dated office on ``when``."""
    return any(c.dated and c.active(when) for e in people for c in e.codes)


def _towns_before_roles(
    parsed: ParsedArticle, matches: list[Match], covered: set[int]
) -> list[tuple[int, int, str]]:
    """A capitalized name right before a role word, which the tagger folds into an
    organization or leaves bare: "the Karachi police chief", "Istanbul University", "the
    Lagos State Government". Looked up in the city index like a place ("Kano State" too), but
    only large cities: a small town's name is too often a word ("the Federal government")."""
    tokens = parsed.tokens
    persons = {
        i for e in parsed.entities if e.label == "PERSON" for i in range(e.token_start, e.token_end)
    }
    out: list[tuple[int, int, str]] = []
    for m in matches:
        if m.role is None:
            continue
        i = m.start - 1
        if i >= 0 and tokens[i].text in ("State", "Province", "City") and i - 1 not in covered:
            i -= 1  # "Lagos State Government": the town names the state
        t = tokens[i] if i >= 0 else None
        if (
            t is None
            or i in covered
            or i in persons
            or t.pos != "PROPN"
            or not t.text[:1].isupper()
            or t.dep != "compound"
            or (i > 0 and tokens[i - 1].pos == "PROPN")  # the end of a longer name
            or fold_word(t.text) not in large_cities()
        ):
            continue
        out.append((i, i + 1, "GPE"))
    return out


def _speaks(tokens: Sequence[Token], i: int) -> bool:
    """A name that is the subject of a verb of speech: a person the tagger took for a town."""
    t = tokens[i]
    return t.dep == "nsubj" and tokens[t.head].lemma in SPEECH_VERBS


@lru_cache(maxsize=4096)
def _city(name: str, country: str) -> ActorEntry:
    return ActorEntry(name, "city", (DatedCode(country),), "geonames")


def same_given_name(first: str, name: str) -> bool:
    """A mention's first word agrees with a known name's: the same word, an initial ("F.W."),
    or an honorific the table leaves out ("Sheikh", "Ayatollah")."""
    word = fold_word(first).rstrip(".")
    given = fold_word(name.split()[0]).rstrip(".")
    return word == given or len(word) <= 2 or "." in first or word in HONORIFICS


def namesake(parsed: ParsedArticle, draft: Draft, named: dict[str, Draft]) -> Draft | None:
    """ "González" after "Edmundo González": a surname the dictionary knows for someone else
    (Felipe González) is the person the article has already named in full; the known person
    wins over a namesake, wherever the story takes him. ``named``: the latest person by
    surname."""
    r = draft.result
    tokens = parsed.tokens
    prev = named.get(surname_key(tokens[draft.head].text))
    if prev is None or prev.result.name == r.name:
        return None
    given = (r.name or "").split()[0]
    if any(t.text == given for t in tokens[draft.start : draft.end]):
        return None  # the dictionary's person named in full
    p = prev.result
    if p.code is None:
        return None  # someone the dictionary does not know: not its namesake either
    return replace(draft, result=replace(p, rule="coref:surname"))


@lru_cache(maxsize=1 << 14)
def surname_key(word: str) -> str:
    return fold(word).lower()


def shares_surname(name: str, full: str) -> bool:
    a, b = fold_word(name).lower(), [fold_word(w) for w in full.split()]
    return bool(b) and (a == b[-1] or a == "".join(b[-2:]) or a == "".join(b))
