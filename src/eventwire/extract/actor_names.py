"""What a body's own name says where no dictionary holds the body: a union of a trade's
members is a trade union ("the Tanzanian Teachers Union", "the Zambian Mineworkers
Federation"), a faith, rights or trade word makes a church, a rights group or a company ("the
Iraqi Sunni Endowment", "Mali Airways"), a place a body is "based" in is no country of its own
beside a demonym ("a London-based Syrian group"), and another state's organization named inside
a longer name that a country word opens is not that organization ("Somalia Democratic
Alliance" is not South Africa's Democratic Alliance).

Split from ``actors.py`` (which asks these while it resolves a phrase) and ``actor_matches.py``
(which drops the foreign organization's match).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.dictionaries.model import NON_STATE_PREFIXES, ActorEntry, Match, RoleEntry
from eventwire.extract.mentions import Phrase
from eventwire.models import Entity, ParsedArticle

TRADE_WORDS = frozenset(
    (
        "worker",
        "mineworker",
        "miner",
        "trade",
        "labour",
        "labor",
        "teacher",
        "employee",
        "journalist",
        "student",
        "farmer",
        "doctor",
        "nurse",
        "transport",
        "metalworker",
        "dockworker",
        "railway",
        "civil",
        "servant",
    )
)
# A named union or federation of a trade's members is a trade union, whatever the trade's own
# role ("the Tanzanian Teachers Union", "the Zambian Mineworkers Federation"); a students' one
# keeps the students' role.
TRADE_UNION = RoleEntry("trade union", "LAB", "group")
UNION_HEADS = frozenset(("union", "federation", "confederation", "syndicate", "congress"))
MEMBER_WORDS = TRADE_WORDS - {"student", "civil", "transport", "railway", "trade"}
STUDENT_BODY = RoleEntry("students' union", "EDU", "group")
# Words of a body's name that say what it is where no role word does (never "Islamic" or
# "Christian": "Islamic State", "Christian Democratic Union").
_FAITH = RoleEntry("religious body", "REL", "institution")
_RIGHTS = RoleEntry("rights group", "HRI", "group")
_AID = RoleEntry("aid group", "NGO", "group")
_TRADE = RoleEntry("company", "BUS", "institution")
NAME_ROLES = {
    **dict.fromkeys(
        (
            *("evangelical", "catholic", "orthodox", "coptic", "anglican", "lutheran"),
            *("methodist", "baptist", "pentecostal", "presbyterian", "adventist", "sunni"),
            *("shia", "shiite", "muslims", "jewish", "buddhist", "hindu", "sikh", "diocese"),
            *("archdiocese", "ulema", "ulama", "synod", "bishops", "clerics"),
        ),
        _FAITH,
    ),
    "rights": _RIGHTS,
    **dict.fromkeys(("aid", "relief", "humanitarian"), _AID),
    **dict.fromkeys(
        (
            *("airways", "airlines", "holdings", "mining", "petroleum", "shipping", "motors"),
            *("telecom", "telecoms", "refinery", "refineries", "pharmaceuticals", "breweries"),
            *("inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "gmbh"),
        ),
        _TRADE,
    ),
}


def not_based(parsed: ParsedArticle, phrase: Phrase) -> Phrase:
    """ "A London-based Syrian opposition group": where a body is based names no country of
    its own when another word of the phrase does."""
    tokens = parsed.tokens
    based = {
        m.start
        for m, _ in phrase.names
        if m.end + 1 < len(tokens)
        and tokens[m.end].text == "-"
        and tokens[m.end + 1].text.lower() == "based"
    }
    if not based or len(based) == len({m.start for m, _ in phrase.names}):
        return phrase
    return replace(phrase, names=[(m, e) for m, e in phrase.names if m.start not in based])


def members_role(parsed: ParsedArticle, head: int, children: list[list[int]]) -> RoleEntry | None:
    """The role of a union's members named before its head: a trade's ("Teachers",
    "Mineworkers") make it a trade union, students a students' body."""
    tokens = parsed.tokens
    for c in children[head]:
        if c < head and tokens[c].dep in ("compound", "amod", "nmod", "poss"):
            lemma = tokens[c].lemma.lower().rstrip("'")
            if lemma.endswith("s"):  # a proper noun keeps its plural as its lemma: "Teachers"
                lemma = lemma[:-1]
            if lemma in MEMBER_WORDS or lemma.endswith("worker"):
                return TRADE_UNION
            if lemma == "student":
                return STUDENT_BODY
    return None


def name_role(parsed: ParsedArticle, head: int, entity_at: dict[int, Entity]) -> RoleEntry | None:
    """The role a body's own name gives it where no role word does: a faith ("the Ethiopian
    Evangelical Fellowship", "the Iraqi Sunni Endowment"), rights ("the Zimbabwe Human Rights
    Forum") or a trade ("Mali Airways", "Kestrel Petroleum")."""
    ent = entity_at.get(head)
    if ent is None or ent.label != "ORG":
        return None
    for t in parsed.tokens[ent.token_start : ent.token_end]:
        role = NAME_ROLES.get(t.text.lower())
        if role is not None:
            return role
    return None


def not_another_states_org(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops an organization of one state named inside a longer name that another state's
    name or demonym opens: "Somalia Democratic Alliance" is not South Africa's Democratic
    Alliance, "the Tunisian General Labour Confederation" not Britain's Labour party, nor
    "Myanmar National Liberation Army" Colombia's ELN; the country word codes it instead."""
    tokens = parsed.tokens
    kept: list[Match] = []
    last: Match | None = None
    for m in matches:
        if (
            last is not None
            and m.role is None
            and m.entries
            and last.entries
            and last.end <= m.start < last.end + 3
            and all(  # one name: capitalized words inside one entity ("Tunisian General ...")
                t.text[:1].isupper() and t.ent_iob == "I" for t in tokens[last.end : m.start + 1]
            )
        ):
            own = _states(m.entries, ("organization",))
            opener = _states(last.entries, ("country", "demonym"))
            if own and opener and own.isdisjoint(opener):
                last = m
                continue
        kept.append(m)
        if m.entries:  # a title between ("General") stays inside the name
            last = m
    return kept


def _states(entries: tuple[ActorEntry, ...], kinds: tuple[str, ...]) -> set[str]:
    """The states (ISO3 codes) entries of these kinds belong to; none for international ones."""
    out: set[str] = set()
    for e in entries:
        if e.kind not in kinds:
            return set()
        for c in e.codes:
            country = c.code[:3]
            if country in NON_STATE_PREFIXES or not country.isalpha():
                return set()
            out.add(country)
    return out


# Common nouns some dictionary organization is also called by ("the Alliance" is NATO).
GENERIC_ORG_WORDS = frozenset(
    (
        *("alliance", "league", "commission", "council", "front", "movement"),
        *("coalition", "organization", "organisation", "agency"),
    )
)


def not_a_generic_word_of_a_name(parsed: ParsedArticle, matches: list[Match]) -> list[Match]:
    """Drops an organization matched on the common noun that ends a longer name no other word
    of which is a dictionary name: "the Sahel Aid Alliance" is not NATO ("the Alliance")."""
    tokens = parsed.tokens
    ends = {
        e.token_end - 1: e.token_start + (tokens[e.token_start].text.lower() == "the")
        for e in parsed.entities
        if e.label == "ORG" and e.token_end - e.token_start > 1
    }
    if not ends:
        return matches
    named = {i for m in matches if m.entries for i in range(m.start, m.end)}
    return [
        m
        for m in matches
        if m.end - m.start != 1
        or m.start not in ends
        or ends[m.start] >= m.start
        or tokens[m.start].text.lower() not in GENERIC_ORG_WORDS
        or any(e.kind != "organization" for e in m.entries)
        or not named.isdisjoint(range(ends[m.start], m.start))
    ]
