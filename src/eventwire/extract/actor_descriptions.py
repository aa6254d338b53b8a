"""Descriptions that repeat a state or a bloc named before: "the bloc" after the European
Union, "the Gulf state" after Qatar, "the Himalayan nation" after Nepal, "the kingdom" after
Jordan, "the country" after any state.

Wire copy names an actor once and then describes it. The description carries no name the
dictionary can match, so it is found by searching the text (only articles using one of the
head nouns pay) and resolved against the drafts before it: the nearest one, within a few
sentences, whose state fits the description. A state keeps the code its name has (a bare
country name is coded as the country), a bloc its organization's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import NON_STATE, TEXT_ORDER, Draft
from eventwire.models import ParsedArticle, Token

# Prepositions whose object is a place: "in the country", "across the bloc".
PLACE_PREPS = frozenset(
    ("in", "into", "across", "throughout", "within", "inside", "around", "from", "out")
)
# How far before a description a phrase overlapping it may start.
INNER_REACH = 8
# Sentences a description looks back for what it describes.
REACH = 4
_START = attrgetter("start")
DESCRIPTION = re.compile(
    r"\b[Tt]he ((?:[A-Za-z0-9][\w-]* ){0,2})"
    r"((?i:country|nation|state|kingdom|republic|monarchy|emirate|sultanate|bloc))\b"
)
# Regional blocs and unions, by their organization codes (organizations.tsv).
BLOCS = frozenset(
    (
        "IGOEUREEC",  # European Union
        "IGOSEAASN",  # ASEAN
        "IGOAFRAFU",  # African Union
        "IGOWAFWAS",  # ECOWAS
        "IGOSAFSAD",  # SADC
        "IGOEAFIGD",  # IGAD
        "IGOSAMMER",  # Mercosur
        "IGOGCCGCC",  # Gulf Cooperation Council
        "IGOASASCO",  # Shanghai Cooperation Organisation
        "IGOBRICS",
        "IGOARBALS",  # Arab League
        "IGOEURCIS",  # Commonwealth of Independent States
        "IGOEURCST",  # CSTO
        "IGOASAAPC",  # APEC
        "IGOAMROAS",  # Organization of American States
    )
)
# Modifiers that leave "the bloc" a regional bloc: "the 27-nation bloc", "the trade bloc".
BLOC_WORDS = frozenset(
    (
        "regional",
        "trade",
        "economic",
        "political",
        "security",
        "european",
        "african",
        "asian",
        "southeast asian",
        "west african",
        "south american",
        "latin american",
        "arab",
        "eurasian",
    )
)
_MEMBERS = re.compile(r"^[\w]+-(?:nation|member|country|state)$")  # "27-nation", "ten-member"

GULF = frozenset(("SAU", "ARE", "QAT", "KWT", "BHR", "OMN"))
MONARCHIES = frozenset(
    (
        *("SAU", "JOR", "MAR", "BHR", "THA", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK"),
        *("BTN", "KHM", "SWZ", "LSO", "TON", "OMN", "KWT", "QAT", "ARE", "BRN", "MYS"),
    )
)
ISLANDS = frozenset(
    (
        *("JPN", "TWN", "LKA", "CUB", "MDV", "SGP", "PHL", "IDN", "MDG", "MLT", "CYP", "ISL"),
        *("NZL", "FJI", "PNG", "MUS", "SYC", "BHS", "JAM", "BRB", "TTO", "CPV", "COM", "STP"),
        *("BHR", "TON", "SLB", "VUT", "WSM", "KIR", "TUV", "NRU", "MHL", "FSM", "PLW", "TLS"),
        *("DMA", "LCA", "VCT", "GRD", "ATG", "KNA", "HTI", "DOM", "IRL"),
    )
)
OIL = frozenset(
    (
        *GULF,
        *("IRQ", "IRN", "VEN", "NGA", "LBY", "AGO", "BRN", "KAZ", "AZE", "DZA", "GNQ", "GAB"),
        *("COG", "SSD", "TKM"),
    )
)
SOVIET = frozenset(
    (
        *("ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "TJK", "TKM"),
        *("UKR", "UZB"),
    )
)
# Modifier -> the states it fits; several modifiers intersect ("the oil-rich Gulf state").
MODIFIERS: dict[str, frozenset[str]] = {
    "gulf": GULF,
    "himalayan": frozenset(("NPL", "BTN")),
    "island": ISLANDS,
    "archipelago": ISLANDS,
    "communist": frozenset(("PRK", "CUB", "CHN", "VNM", "LAO")),
    "balkan": frozenset(
        ("SRB", "HRV", "BIH", "MNE", "MKD", "ALB", "XKX", "SVN", "BGR", "ROU", "GRC")
    ),
    "baltic": frozenset(("EST", "LVA", "LTU")),
    "central asian": frozenset(("KAZ", "KGZ", "TJK", "TKM", "UZB")),
    "oil-rich": OIL,
    "former soviet": SOVIET,
    "ex-soviet": SOVIET,
}
# Head noun -> the states it may stand for; None: any state. "The state" and "the republic"
# stand alone for too much else ("the state of Texas", "the state's case") to be read bare.
HEADS: dict[str, frozenset[str] | None] = {
    "country": None,
    "nation": None,
    "state": None,
    "republic": None,
    "kingdom": MONARCHIES,
    "monarchy": MONARCHIES,
    "emirate": frozenset(("ARE", "QAT", "KWT")),
    "sultanate": frozenset(("OMN", "BRN")),
}
BARE_HEADS = frozenset(("country", "nation", "kingdom", "monarchy", "emirate", "sultanate"))
# Descriptions that fit one state only, read as a whole: found however far back it was named.
FIXED: dict[str, str] = {
    "islamic republic": "IRN",
    "jewish state": "ISR",
    "hermit kingdom": "PRK",
}


def described_actors(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Adds "the bloc", "the Gulf state", "the kingdom", "the country" ... as the actor they
    describe; a definite description heading its own phrase only ("a Gulf state" introduces
    one, "the state media" is none)."""
    text = parsed.article.text
    found_all = list(DESCRIPTION.finditer(text))
    if not found_all:
        return drafts
    tokens = parsed.tokens
    starts = list(map(_START, tokens))
    added: list[Draft] = []
    dropped: set[int] = set()
    for found in found_all:
        i = bisect_left(starts, found.start(2))
        first = bisect_left(starts, found.start())
        if i >= len(tokens) or starts[i] != found.start(2) or tokens[first].lemma.lower() != "the":
            continue
        noun = tokens[i]
        if noun.pos not in ("NOUN", "PROPN") or noun.dep == "compound" or tokens[first].head != i:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text == "of":
            continue  # "the state of emergency", "the Kingdom of Saudi Arabia"
        if noun.dep == "pobj" and _where(tokens, noun.head):
            continue  # "troops across the country": a place, where the events stage wants none
        if (
            noun.dep == "pobj"
            and tokens[noun.head].lemma.lower() == "of"
            and noun.lemma
            in (
                "country",
                "nation",
            )
        ):
            continue  # "a coup against the will of the nation": the people's, no one acting
        target = _fits(found.group(1).strip().lower(), found.group(2).lower())
        if target is None:
            continue
        inner = _inner(drafts, first, i + 1)
        if any(d.result.code and d.start <= i < d.end for d in inner):
            continue  # already coded: "the Islamic State" is no state
        prev = _antecedent(parsed, drafts, first, target)
        if prev is None:
            continue
        dropped.update(id(d) for d in inner)  # "Himalayan" gives way to the description
        added.append(Draft(first, i + 1, i, prev))
    if not added:
        return drafts
    kept = [d for d in drafts if id(d) not in dropped]
    return sorted(kept + added, key=TEXT_ORDER)


def _inner(drafts: list[Draft], start: int, end: int) -> list[Draft]:
    """The drafts overlapping tokens ``start``..``end``, found from where they would sit."""
    out: list[Draft] = []
    k = bisect_left(drafts, end, key=_START) - 1
    while k >= 0 and drafts[k].start >= start - INNER_REACH:
        if drafts[k].end > start:
            out.append(drafts[k])
        k -= 1
    return out


Target = tuple[str, frozenset[str] | None, bool]  # (kind, codes, anywhere before)


def _where(tokens: Sequence[Token], prep: int) -> bool:
    """Whether preposition ``prep`` places something: "in", "across", "out of"."""
    word = tokens[prep].text.lower()
    if word == "of":
        return tokens[tokens[prep].head].text.lower() in ("out", "outside")
    return word in PLACE_PREPS


def _fits(modifier: str, head: str) -> Target | None:
    """What a description may stand for: ("bloc", None), ("state", codes or None for any)."""
    if head == "bloc":
        words = modifier.split(" ") if modifier else []
        if modifier in BLOC_WORDS or all(w in BLOC_WORDS or _MEMBERS.match(w) for w in words):
            return "bloc", None, False
        return None
    fixed = FIXED.get(f"{modifier} {head}")
    if fixed is not None:
        return "state", frozenset((fixed,)), True
    if not modifier:
        return ("state", HEADS[head], False) if head in BARE_HEADS else None
    codes = HEADS[head]
    parts = [modifier] if modifier in MODIFIERS else modifier.split(" ")
    for word in parts:
        fit = MODIFIERS.get(word)
        if fit is None:
            return None  # "the Islamic State", "the whole country": no description of ours
        codes = fit if codes is None else codes & fit
    return "state", codes, False


def _antecedent(
    parsed: ParsedArticle, drafts: list[Draft], first: int, target: Target
) -> Resolution | None:
    """The nearest actor before token ``first`` that fits, within REACH sentences. "The
    country", which fits any state, is read only where one state alone was named in this
    sentence and the one before ("Chad ended its pact with France ... troops in the country"
    could be either). A state is named by its name, capital or leader; its people ("American
    citizens"), bodies, adjectives ("Russian-made") and lists ("diplomats from Chile, Peru and
    Uruguay") name no one state."""
    kind, codes, anywhere = target
    tokens = parsed.tokens
    sent = tokens[first].sent
    alone = kind == "state" and codes is None
    nearest: Resolution | None = None
    k = bisect_left(drafts, first, key=_START) - 1
    while k >= 0:
        d = drafts[k]
        k -= 1
        back = sent - tokens[d.head].sent
        if back > (1 if alone else REACH) and not anywhere:
            break
        if d.end > first:
            continue
        found = _fitting(parsed, drafts, k + 1, kind, codes)
        if found is None:
            continue
        if not alone:
            return found
        if nearest is not None and nearest.country != found.country:
            return None
        nearest = nearest or found
    return nearest


def _fitting(
    parsed: ParsedArticle, drafts: list[Draft], k: int, kind: str, codes: frozenset[str] | None
) -> Resolution | None:
    """What draft ``k`` gives a description that fits it, or None."""
    r = drafts[k].result
    if kind == "bloc":
        if r.code in BLOCS and r.rule.startswith("dictionary:"):
            return Resolution(r.code, r.country, r.name, "coref:epithet")
        return None
    country = r.country
    if not r.code or not country or country in NON_STATE or len(country) != 3:
        return None
    if codes is not None and country not in codes:
        return None
    if r.code != country and not r.rule.startswith("person"):
        return None  # "American citizens", "the U.S. Embassy": a state's people or body
    tokens = parsed.tokens
    head = tokens[drafts[k].head]
    if head.dep in ("amod", "compound"):
        return None  # "Russian-made missiles"
    if codes is None and _listed(tokens, drafts, k):
        return None  # "Egypt and Qatar ... the Gulf state" is Qatar; "the country" neither
    name = r.name if r.rule == "dictionary:country" else None
    return Resolution(country, country, name, "coref:epithet")


def _listed(tokens: Sequence[Token], drafts: list[Draft], k: int) -> bool:
    """Whether draft ``k`` is one of a coordination: "Chile, Peru and Uruguay"."""
    head = tokens[drafts[k].head]
    if head.dep == "conj":
        return True
    if k + 1 < len(drafts):
        nxt = tokens[drafts[k + 1].head]
        return nxt.dep == "conj" and nxt.head == head.i
    return False
