"""Group references: "the two countries", "both governments", "the two men" stand for each
of the pair the story named before them, one member mention apiece (``coref:group``). Split
from ``coref.py``, which calls ``group_members`` last.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventwire.dictionaries.lookup import Resolution
from eventwire.dictionaries.model import ActorDictionary
from eventwire.extract.actor_draft import NON_STATE, SITES, TEXT_ORDER, Draft, coordination_head
from eventwire.models import ParsedArticle

__all__ = ["GROUP_NOUNS", "group_members"]

GROUP_NOUNS = frozenset(
    (
        "country",
        "nation",
        "side",
        "government",
        "state",
        "leader",
        "neighbour",
        "neighbor",
        "ally",
        "party",
        "capital",
        "power",
        "rival",
        "delegation",
        "minister",
        "president",
        "man",
        "woman",
    )
)
# Group nouns of people: "the two men" are the people named last, whatever their states.
PEOPLE_NOUNS = frozenset(("man", "woman"))
GROUP_REACH = 400  # tokens: a coordination further back is no longer the pair meant
GROUP_ROLES = {
    "government": "GOV",
    "leader": "GOV",
    "delegation": "GOV",
    "capital": "GOV",
    "minister": "GOV",
    "president": "GOV",
}
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}


def group_members(
    parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary
) -> list[Draft]:
    """Adds members for "the two countries"-style phrases (found by their head noun).

    A group noun that is also a role ("both governments") replaces the role-only draft it
    made; its members keep the role (each country's GOV). The members are the countries named
    most before it (never an international body), so the third party that reports or hosts
    ("Rubio said both governments had agreed") is not one of them.
    """
    text = parsed.article.text.lower()
    if not any(word in text for word in NUMBERS):
        return drafts  # no "two", "both", ... anywhere: a plain search spares the token scan
    tokens = parsed.tokens
    nouns = [t for t in tokens if t.tag in ("NNS", "NNPS") and t.lemma.lower() in GROUP_NOUNS]
    if not nouns:
        return drafts
    out: list[Draft] = []
    by_head = {d.head: d for d in drafts}
    taken = {i for d in drafts for i in range(d.start, d.end)}
    heads: list[tuple[int, int, int]] = []
    found: list[Draft] = []  # the members of groups of people ("the two men")
    replaced: set[int] = set()
    for t in nouns:
        own = by_head.get(t.i)
        role_only = own is not None and own.result.name is None
        if t.i in taken and not role_only:
            continue
        people = t.lemma.lower() in PEOPLE_NOUNS
        if (
            own is not None
            and role_only
            and not people
            and own.result.role != GROUP_ROLES.get(t.lemma.lower())
        ):
            continue  # "two jailed opposition leaders": a role of their own, not two states'
        children = parsed.children(t.i)
        words = [c.text.lower() for c in children]
        number = next((NUMBERS[w] for w in words if w in NUMBERS), 0)
        if number:
            start = min([t.i] + [c.i for c in children if c.i < t.i])
            if people:
                members = _people_members(drafts, start, t.i, number)
                if not members:
                    continue  # "the two men" the story named no pair of: left as they are
                found.extend(members)
            heads.append((start, t.i, number))
            if own is not None:
                replaced.add(id(own))
    if not heads:
        return drafts
    kept = [d for d in drafts if id(d) not in replaced]
    dropped: set[int] = set()
    for start, head, number in heads:
        if tokens[head].lemma.lower() in PEOPLE_NOUNS:
            continue  # its members are found already
        # the countries named most before it, the latest first among equals: a third party
        # reporting ("Rubio said both governments ...") or hosting is named less than the two
        count: Counter[str] = Counter()
        last: dict[str, int] = {}
        for d in kept:
            c = d.result.country
            if d.start >= start:
                break
            rule = d.result.rule
            if (
                c
                and c not in NON_STATE  # international bodies are never "the two countries"
                and not rule.startswith("coref")
                and rule not in SITES  # the host of talks is no party to them
            ):
                count[c] += 1
                last[c] = d.start
        ranked = sorted(count, key=lambda c: (-count[c], -last[c]))[:number]
        latest = _coordinated(parsed, kept, start, number) or sorted(ranked, key=lambda c: last[c])
        if len(latest) < number:
            # "civilians on both sides", "Washington urged both sides to ..." where one state
            # is named: not its alone
            continue
        role = GROUP_ROLES.get(tokens[head].lemma.lower(), "")
        for country in latest:
            name = dictionary.countries.get(country, country)
            code = country + role
            member = Resolution(code, country, name, "coref:group", role or None)
            out.append(Draft(start, head + 1, head, member, plural=True))
        for own in _group_roles(parsed, kept, head):
            # "the foreign ministers of the three countries" (and "they" for them): each
            # country's ministers, not ministers of no country
            dropped.add(id(own))
            r = own.result
            for country in latest:
                name = dictionary.countries.get(country, country)
                member = Resolution(f"{country}{r.role}", country, name, "coref:group", r.role)
                out.append(Draft(own.start, own.end, own.head, member, plural=True))
    if dropped:
        kept = [d for d in kept if id(d) not in dropped]
    merged = kept + out + found
    merged.sort(key=TEXT_ORDER)
    return merged


def _group_roles(parsed: ParsedArticle, drafts: list[Draft], head: int) -> list[Draft]:
    """The role with no country a group phrase belongs to ("the foreign ministers" of "the
    three countries"), and the plural pronouns of its sentence that stand for it."""
    tokens = parsed.tokens
    t = tokens[head]
    prep = tokens[t.head]
    if t.dep != "pobj" or prep.text.lower() not in ("of", "from") or prep.head == prep.i:
        return []
    role = next((d for d in drafts if d.head == prep.head), None)
    r = role.result if role is not None else None
    if role is None or r is None or not r.code or not r.code.startswith("---") or not r.role:
        return []
    found = [role]
    for d in drafts:
        if d.start <= head or tokens[d.head].sent != t.sent:
            continue
        if d.result.rule == "coref:pronoun" and d.result.code == r.code and d.plural:
            found.append(d)
    return found


def _coordinated(parsed: ParsedArticle, drafts: list[Draft], start: int, number: int) -> list[str]:
    """The countries of the last coordination of exactly ``number`` states before ``start``:
    "India and Pakistan agreed ..., both governments" (wire copy names the pair first)."""
    tokens = parsed.tokens
    groups: dict[int, list[str]] = {}  # in the order their first member was named
    for d in drafts:
        if d.start >= start:
            break
        c = d.result.country
        if not c or c in NON_STATE or d.result.rule.startswith("coref"):
            continue
        members = groups.setdefault(coordination_head(tokens, d.head, 8), [])
        if c not in members:
            members.append(c)
    for root in reversed(groups):
        if len(groups[root]) == number and start - root < GROUP_REACH:
            return groups[root]
    return []


def _people_members(drafts: list[Draft], start: int, head: int, number: int) -> list[Draft]:
    """ "Rabin and Arafat signed the accord. The two men shook hands": the last ``number``
    coded people named before the group (within ``GROUP_REACH``), one member each."""
    found: list[Draft] = []
    codes: set[str] = set()
    for d in reversed(drafts):
        if d.start >= start:
            continue
        r = d.result
        if start - d.start > GROUP_REACH or len(found) == number:
            break
        if r.person and r.code and not r.rule.startswith("coref") and r.code not in codes:
            found.append(d)
            codes.add(r.code)
    if len(found) != number:
        return []
    return [
        Draft(start, head + 1, head, replace(d.result, rule="coref:group"), plural=True)
        for d in reversed(found)
    ]
