"""Word senses the dictionary alone gets wrong, decided from the phrase around the word.

- ``conflict_parties``: "the warring parties", "all parties", "the parties to the conflict"
  are the sides of a war or a deal, not political parties (CAMEO's PTY);
- ``alliance_members``: "the allies" in a story about an alliance (NATO) are that alliance;
- ``place_possessor``: "the city's main hospital" belongs to the city the story is about,
  not to the last body with that role ("the World Health Organization said ...");
- ``river_banks``: "the western bank of the Dnipro" is a river's side, not a business;
- ``settlers``: settlers on occupied land are the occupying state's people ("settlers
  attacked a village near Ramallah" are Israel's, not Palestine's).

Each rule looks only at the few matches or drafts it concerns, so it adds no cost per token.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.dictionaries.lookup import Resolution
from eventwire.dictionaries.model import ActorDictionary, Match, fold
from eventwire.dictionaries.places import city_index
from eventwire.extract.actor_draft import (
    NON_STATE,
    SITES,
    TEXT_ORDER,
    Draft,
    recoded,
    with_result,
)
from eventwire.extract.mentions import CROWDS
from eventwire.models import ParsedArticle

# Modifiers that make "parties" the sides of a conflict or a deal.
SIDES = frozenset(("warring", "all", "conflicting", "opposing", "belligerent", "combatant"))
# "the parties to the conflict": what a party to something non-political is party to.
CONFLICTS = frozenset(
    (
        "conflict",
        "war",
        "fighting",
        "dispute",
        "agreement",
        "deal",
        "accord",
        "ceasefire",
        "truce",
        "talks",
        "treaty",
        "negotiations",
    )
)
# "all political parties", "all opposition parties": still parties.
POLITICAL = frozenset(("political", "opposition", "ruling", "parliamentary", "main", "major"))
# Where "all parties" are political parties: "all parties in parliament".
LEGISLATURES = frozenset(
    ("parliament", "assembly", "legislature", "congress", "senate", "election", "ballot", "vote")
)
# The dictionary alias that names an alliance: what "the allies" are members of.
ALLIANCE_KEYS = ("thealliance",)
# Nouns for the place a story is about, as someone's possessor: "the city's hospital".
PLACE_NOUNS = frozenset(("city", "town", "capital", "country", "nation", "region", "province"))
PLACE_RULES = frozenset(
    (
        "dictionary:city",
        "dictionary:capital",
        "dictionary:region",
        "dictionary:country",
        "metonym:capital",
    )
)
PLACE_REACH = 3  # sentences back a "the city's" looks for its city


# Words that make "bank" a river's side: "the west bank", "the left bank of the river".
SIDES_OF_A_RIVER = frozenset(
    ("west", "western", "east", "eastern", "north", "northern", "south", "southern", "left",
     "right", "opposite", "far", "other", "river")
)  # fmt: skip


def river_banks(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops the business role from a river's bank: "withdrew from the western bank of the
    Dnipro", "the opposite bank". A central or development bank keeps its role (those are
    other dictionary entries); a capitalised "West Bank" is the territory's name."""
    tokens = parsed.tokens
    kept = []
    for m in matches:
        if m.role is not None and m.end - m.start == 1 and tokens[m.start].text == "bank":
            before = tokens[m.start - 1].text if m.start else ""
            after = tokens[m.end : m.end + 4]
            river = [t.text for t in after[:1]] == ["of"] and any(
                t.lemma in ("river", "canal") or t.ent_type == "LOC" for t in after[1:]
            )
            if before in SIDES_OF_A_RIVER or river:
                continue
        kept.append(m)
    return kept


# Words before "party" that make it a gathering or a side in law, not a political party:
# "a wedding party", "a search party", "a third party", "the injured party".
_NOT_POLITICAL_PARTY = frozenset(
    ("wedding", "birthday", "dinner", "tea", "garden", "christmas", "engagement", "funeral",
     "farewell", "search", "rescue", "boarding", "landing", "working", "hunting", "house",
     "launch", "welcome", "graduation", "costume", "pool", "beach", "street", "block", "third",
     "guilty", "injured", "aggrieved", "interested", "concerned", "innocent", "contracting")
)  # fmt: skip


def conflict_parties(parsed: ParsedArticle, matches: list[Match]) -> tuple[list[Match], list[int]]:
    """Drops the political-party role from "parties" that are the sides of a conflict, and
    from a party that is a gathering or a side in law ("an airstrike hit a wedding party" hit
    guests, "a third party" is anyone else); returns the kept matches and the heads of the
    sides (``side_drafts`` keeps them as actors)."""
    # the role test first, inline: most matches are names, and a call per match costs more
    senses = {
        m.start: sense
        for m in matches
        if m.role is not None
        and m.role.code == "PTY"
        and (sense := _party_sense(parsed, m)) is not None
    }
    if not senses:
        return matches, []
    sides = [i for i, sense in senses.items() if sense == _SIDES]
    return [m for m in matches if m.start not in senses], sides


# Nouns a place name names after it: "the Paris agreement", "the Minsk accords", "the Astana
# format", "the Oslo process" are documents and forums, not the place's state acting.
NAMED_AFTER_PLACES = frozenset(
    ("agreement", "accord", "treaty", "protocol", "process", "format", "declaration",
     "convention", "communique", "memorandum", "plan", "framework", "formula", "principle")
)  # fmt: skip


def not_place_named_documents(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Drops a city or capital that only names a document or a forum after it, and a named
    document taken for an organization ("the Abraham Accords": a thing signed, no party)."""
    tokens = parsed.tokens
    kept = []
    for d in drafts:
        if d.result.code is None and d.result.country is None:
            head = tokens[d.head].lemma.lower()
            if head in NAMED_AFTER_PLACES or (
                head.endswith("s") and head[:-1] in NAMED_AFTER_PLACES
            ):
                continue
        if d.result.rule in SITES and tokens[d.head].dep == "compound":
            noun = tokens[d.head].head
            while tokens[noun].dep == "compound" and tokens[noun].head != noun:
                noun = tokens[noun].head  # "the Paris climate agreement"
            if tokens[noun].lemma.lower() in NAMED_AFTER_PLACES:
                continue
        kept.append(d)
    return kept


# Places a city names as where they are, whatever body the city's name may stand for.
_FACILITIES = frozenset(
    ("airport", "station", "hotel", "port", "harbour", "harbor", "street", "square", "university",
     "hospital", "mosque", "church", "synagogue", "school", "market", "stadium", "subway", "metro")
)  # fmt: skip


def facility_towns(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "struck Brussels airport": a city's name on a facility is the city, not the body it
    may stand for elsewhere ("Brussels said" is the EU's)."""
    tokens = parsed.tokens
    out = []
    for d in drafts:
        tok = tokens[d.head]
        if (
            d.result.rule == "dictionary:organization"
            and d.start == d.end - 1
            and tok.dep == "compound"
            and tokens[tok.head].lemma.lower() in _FACILITIES
        ):
            country = city_index().get(fold(tok.text))
            if country:
                d = with_result(d, recoded(d.result, country, country, "dictionary:city"))
        out.append(d)
    return out


def side_drafts(parsed: ParsedArticle, heads: list[int]) -> list[Draft]:
    """ "the warring parties" as an actor no dictionary codes: still the one urged or blamed,
    so an event does not take a bystander of the sentence ("aid agencies") in its place."""
    out = []
    for head in heads:
        start = min([head, *(c.i for c in parsed.children(head) if c.i < head)])
        text = parsed.span(start, head + 1).text
        result = Resolution(None, None, text, "sense:sides")
        out.append(Draft(start, head + 1, head, result, plural=True))
    return out


_SIDES = "sides"
_OCCASION = "occasion"


def _party_sense(parsed: ParsedArticle, m: Match) -> str | None:
    """Which other sense a "party" match has: the sides of a conflict, a gathering or a side
    in law; None for a political party."""
    if m.end - m.start != 1:
        return None
    tokens = parsed.tokens
    head = tokens[m.start]
    if head.lemma.lower() != "party":
        return None
    words = {c.text.lower() for c in parsed.children(head.i) if c.i < head.i}
    if words & _NOT_POLITICAL_PARTY:
        return _OCCASION
    if words & POLITICAL:
        return None
    after = head.i + 1
    if words & SIDES:
        # "all parties in parliament", "all parties running in the election": politics
        if words & SIDES != {"all"} or not _in_politics(parsed, head.i):
            return _SIDES
        return None
    if after < len(tokens) and tokens[after].text.lower() == "to":
        for c in parsed.children(after):
            if c.lemma.lower() in CONFLICTS:
                return _SIDES  # "the parties to the conflict"
    return None


def _in_politics(parsed: ParsedArticle, head: int) -> bool:
    """A phrase placing "all parties" in a parliament or an election."""
    for c in parsed.children(head):
        if c.i > head and c.dep in ("prep", "acl", "relcl"):
            words = {t.lemma.lower() for t in parsed.tokens[c.i : c.i + 6]}
            if words & LEGISLATURES:
                return True
    return False


def alliance_members(
    parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary
) -> list[Draft]:
    """ "The allies said ...", "pushing allies to spend more" after "NATO": the alliance, as
    its members act together. Someone's allies ("its allies", "Ukraine's allies") are not."""
    codes = {
        c.code for key in ALLIANCE_KEYS for e in dictionary.names.get(key, ()) for c in e.codes
    }
    first = next((d for d in drafts if d.result.code in codes), None)
    if first is None:
        return drafts
    alliance = first.result
    taken = {i for d in drafts for i in range(d.start, d.end)}
    tokens = parsed.tokens
    added: list[Draft] = []
    for t in tokens[first.end :]:
        if t.lemma.lower() != "ally" or t.tag != "NNS" or t.i in taken:
            continue
        mods = parsed.children(t.i)
        if any(c.dep == "poss" or (c.i < t.i and c.i in taken) for c in mods):
            continue  # "its allies", "Ukraine's allies", "Western allies" coded otherwise
        start = min([t.i, *(c.i for c in mods if c.i < t.i and c.dep in ("det", "amod"))])
        result = replace(alliance, rule="coref:alliance", person=False)
        added.append(Draft(start, t.i + 1, t.i, result, plural=True))
    if not added:
        return drafts
    return sorted(drafts + added, key=TEXT_ORDER)


def place_possessor(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft]
) -> tuple[str, str] | None:
    """ "the city's main maternity hospital", "the country's army": the country of the last
    place of that kind the story named, a few sentences back at most."""
    tokens = parsed.tokens
    poss = next(
        (
            t
            for t in tokens[draft.start : draft.head]
            if t.dep == "poss" and t.head == draft.head and t.lemma.lower() in PLACE_NOUNS
        ),
        None,
    )
    if poss is None:
        return None
    sent = tokens[draft.head].sent
    for prev in reversed(earlier):
        if sent - tokens[prev.head].sent > PLACE_REACH:
            return None
        p = prev.result
        place = p.rule.split("+", 1)[0]  # "the town of Goma": dictionary:city+role
        if place in PLACE_RULES and p.country and p.country not in NON_STATE:
            return p.country, "coref:possessive"
    return None


def owned(parsed: ParsedArticle, draft: Draft) -> bool:
    """A role with a possessor ("the city's hospital", "Kenya's doctors") is that owner's,
    never the last international body with the same role."""
    return any(
        t.dep == "poss" and t.head == draft.head for t in parsed.tokens[draft.start : draft.head]
    )


__all__ = ["alliance_members", "conflict_parties", "owned", "place_possessor", "side_drafts"]


# Land settled by another state's people: the settlers placed there are that state's. A fact
# of the conflicts wire copy reports, kept as data: (the land's country, the settlers').
SETTLED_BY = {"PSE": "ISR"}


def settlers(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Settlers the context placed on settled land take the settling state's country."""
    tokens = parsed.tokens
    out = drafts
    for k, d in enumerate(drafts):
        r = d.result
        settler = tokens[d.head].lemma.lower() == "settler"
        if not settler or r.country not in SETTLED_BY or r.role != "CVL":
            continue
        if r.rule.startswith("dictionary:demonym"):
            continue  # "Palestinian settlers": the phrase names its own people
        country = SETTLED_BY[r.country]
        out = out if out is not drafts else list(drafts)
        out[k] = with_result(d, recoded(r, f"{country}{r.role}", country, f"{r.rule}+settled"))
    return out


def opposition_crowds(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Opposition protesters clashed with police": a crowd the opposition names is the
    opposition (OPP), as "opposition supporters" and "opposition activists" are, not
    civilians at large."""
    tokens = parsed.tokens
    out = drafts
    for k, d in enumerate(drafts):
        r = d.result
        if r.role != "CVL" or tokens[d.head].lemma.lower() not in CROWDS:
            continue
        if not any(
            c.i < d.head and c.dep in ("compound", "amod") and c.lemma.lower() == "opposition"
            for c in parsed.children(d.head)
        ):
            continue
        result = recoded(r, f"{r.country or '---'}OPP", r.country, f"{r.rule}+opposition")
        out = out if out is not drafts else list(drafts)
        out[k] = with_result(d, replace(result, role="OPP"))
    return out
