"""What a phrase's words say about the kind of actor it is, beyond its dictionary entries:
a people named "ethnic" or "rebel" someone ("ethnic Serb villages", "the rebel Serb
stronghold"), a region's people in arms ("Tigrayan forces"), a state's agency named by its
task ("Sweden's migration agency"). Split from ``actors.py``, whose ``_draft`` asks.
"""

from __future__ import annotations

from eventwire.dictionaries.model import RoleEntry
from eventwire.extract.mentions import Phrase
from eventwire.models import ParsedArticle

# A state's "agency" named by its task; and the trades whose agencies are businesses.
STATE_AGENCY = RoleEntry("agency", "GOV", "institution")
TRADE_AGENCIES = frozenset(
    ("news", "press", "photo", "wire", "ad", "advertising", "travel", "talent", "model",
     "credit", "rating", "employment", "recruitment", "marketing", "dating", "estate")
)  # fmt: skip
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
