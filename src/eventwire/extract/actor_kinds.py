"""What a phrase's words say about the kind of actor it is, beyond its dictionary entries:
a people named "ethnic" or "rebel" someone ("ethnic Serb villages", "the rebel Serb
stronghold"), a region's people in arms ("Tigrayan forces"), a state's agency named by its
task ("Sweden's migration agency"). Split from ``actors.py``, whose ``_draft`` asks.
"""

from __future__ import annotations

from eventwire.dictionaries.lookup import PLACES as PLACE_KINDS
from eventwire.dictionaries.model import RoleEntry
from eventwire.extract.actor_names import TRADE_WORDS
from eventwire.extract.mentions import Phrase
from eventwire.models import ParsedArticle

# A state's "agency" named by its task; and the trades whose agencies are businesses.
STATE_AGENCY = RoleEntry("agency", "GOV", "institution")
TRADE_AGENCIES = frozenset(
    ("news", "press", "photo", "wire", "ad", "advertising", "travel", "talent", "model",
     "credit", "rating", "employment", "recruitment", "marketing", "dating", "estate")
)  # fmt: skip
# Roles of a state's offices, and the nouns of a party's or a movement's parts.
OFFICE_ROLES = frozenset(("GOV", "LEG", "JUD", "MIL", "COP"))
WINGS = frozenset(("wing", "arm", "branch"))
# Words before a people's word that make them a people in revolt, not their kin state.
REVOLT = frozenset(("rebel", "separatist", "secessionist", "breakaway", "insurgent"))


def regions_people(parsed: ParsedArticle, phrase: Phrase) -> bool:
    """A region's name with a people's ending ("Tigrayan", "Darfuri", "South Ossetian"), not
    the region's own name ("Tigray region", "North Darfur"): who its people are."""
    for m, e in phrase.names:
        if e.kind != "region":
            continue
        words = parsed.tokens[m.start : m.end]
        text = " ".join(t.text for t in words).lower()
        name = e.name.lower()
        if text.startswith(name) and text[len(name) :].isalpha():
            return True
    return False


def public_agency(parsed: ParsedArticle, head: int, children: list[list[int]]) -> bool:
    """An "agency" a noun before it names by its public task ("migration agency", "space
    agency"), not by a trade: a state body, where a bare "agency" is mostly a news agency."""
    tokens = parsed.tokens
    for c in children[head]:
        t = tokens[c]
        if c < head and t.dep == "compound" and t.pos == "NOUN" and t.lemma not in TRADE_AGENCIES:
            return True
    return False


def ethnic_word(parsed: ParsedArticle, phrase: Phrase, children: list[list[int]]) -> bool:
    """ "ethnic" before the phrase's demonym, on it or on the head: "ethnic Serb towns"."""
    tokens = parsed.tokens
    m = phrase.names[0][0]
    for a in (phrase.head, *range(m.start, m.end)):
        for c in children[a]:
            if c < m.start and tokens[c].text.lower() == "ethnic":
                return True
    return m.start > 0 and tokens[m.start - 1].text.lower() == "ethnic"


def in_revolt(parsed: ParsedArticle, phrase: Phrase) -> bool:
    """A people's word right after a word of revolt: "rebel Serb", "separatist Abkhaz"."""
    m = phrase.names[0][0]
    return m.start > 0 and parsed.tokens[m.start - 1].text.lower() in REVOLT


PARTY_WORDS = frozenset(
    (
        "democratic",
        "christian",
        "patriotic",
        "homeland",
        "socialist",
        "liberal",
        "conservative",
        "republican",
        "progressive",
        "civic",
        "people",
        "popular",
        "nationalist",
        "social",
        "freedom",
        "unity",
        "renewal",
    )
)
ARMED = frozenset(("armed", "military", "militarist", "militant", "paramilitary"))
FORMER_WORDS = frozenset(("former", "ex", "ousted", "deposed", "exiled", "toppled", "late"))


def led_coalition(parsed: ParsedArticle, head: int) -> bool:
    """A coalition some state leads ("the US-led coalition", "the Saudi-led coalition") is an
    alliance of armed forces; a party coalition is not "led" by a country word."""
    tokens = parsed.tokens
    if tokens[head].lemma.lower() != "coalition":
        return False
    return any(
        tokens[k].text == "-" and tokens[k + 1].text.lower() == "led"
        for k in range(max(0, head - 3), head - 1)
    )


def party_union(parsed: ParsedArticle, head: int, children: list[list[int]]) -> bool:
    """A capitalized "Union" named by a political word and by no trade: "the Homeland Union",
    "the Patriotic Union of Kurdistan"; not "the National Union of Mineworkers"."""
    tokens = parsed.tokens
    if tokens[head].text != "Union":
        return False
    words: list[str] = []
    todo = list(children[head])
    while todo and len(words) < 12:
        c = todo.pop()
        words.append(tokens[c].lemma.lower())
        if tokens[c].dep in ("compound", "amod", "prep", "pobj", "poss", "conj"):
            todo.extend(children[c])
    return any(w in PARTY_WORDS for w in words) and not any(w in TRADE_WORDS for w in words)


def armed_wing(parsed: ParsedArticle, phrase: Phrase, children: list[list[int]]) -> bool:
    """The armed wing of a named party or movement: "Fatah's armed wing", "the military wing
    of the movement" (not of a state: "the army's air wing" stays the army's)."""
    tokens = parsed.tokens
    if tokens[phrase.head].lemma.lower() not in WINGS:
        return False
    if not phrase.names or any(e.kind != "organization" for _, e in phrase.names):
        return False
    return any(tokens[c].text.lower() in ARMED for c in children[phrase.head])


def former(parsed: ParsedArticle, phrase: Phrase, children: list[list[int]]) -> bool:
    """A person title modified by "former", "ousted", ... (on the head or on the title)."""
    anchors: set[int] | None = None  # the head and the office titles' tokens
    for m, r in phrase.roles:
        if r.kind == "person" and r.code in OFFICE_ROLES:
            if anchors is None:
                anchors = {phrase.head}
            anchors.update(range(m.start, m.end))
    if anchors is None:
        return False
    for _, e in phrase.names:
        if e.kind != "person" and e.kind not in PLACE_KINDS:
            return False
    tokens = parsed.tokens
    for a in anchors:
        for c in children[a]:
            if c < a and tokens[c].text.lower().rstrip("-") in FORMER_WORDS:
                return True
    return False


def demonym_modifies(phrase: Phrase) -> bool:
    return bool(phrase.names) and all(
        e.kind == "demonym" and m.end <= phrase.head for m, e in phrase.names
    )
