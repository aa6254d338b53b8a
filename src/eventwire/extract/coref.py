"""Within-article coreference: what "Putin", "the Russian president", "he", "the rebels" and
"the two countries" stand for.

Runs over the drafts in text order, keeping the actors seen so far. References keep their own
span and take the code of what they resolve to, with a ``coref:*`` rule:

- ``coref:surname``: a name that repeats the last word(s) of an earlier person's name;
- ``coref:appos``: an uncoded name takes the code of its apposition ("Kenzo Oshima, the UN
  relief coordinator");
- ``coref:group``: "the two countries" to the last pair of countries, one mention per member;
- ``person:title``: "the Russian president" names the office holder on the article's date;
- pronouns and roles without a country (``coref:pronoun``, ``coref:role``, ``context:*``) are
  placed by ``actor_context.py`` and ``pronouns.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from eventwire.dictionaries.lookup import Resolution, in_office, resolve
from eventwire.dictionaries.model import ActorDictionary, fold
from eventwire.extract.actor_affiliations import acronyms, affiliations, placed_roles
from eventwire.extract.actor_context import Draft, ethnic_context, role_context
from eventwire.extract.actor_draft import NON_STATE, SITES, TEXT_ORDER, coordination_head
from eventwire.extract.actor_surnames import (
    namesake,
    same_given_name,
    shares_surname,
    surname_key,
)
from eventwire.extract.actor_words import fold_word
from eventwire.extract.pronouns import (
    WINDOW,
    coordinated_reference,
    is_reference,
    pronoun_reference,
)
from eventwire.models import ParsedArticle

__all__ = ["Draft", "resolve_coreference"]

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
    )
)
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
OFFICES = {
    "president": ("head of state",),
    "prime minister": ("head of government",),
    "premier": ("head of government",),
    "chancellor": ("head of government",),
    "king": ("head of state",),
    "queen": ("head of state",),
    "emir": ("head of state",),
    "foreign minister": ("foreign minister",),
    "secretary of state": ("foreign minister",),
    "foreign secretary": ("foreign minister",),
}
_SPACE = re.compile(r"\s+")
# rules of a person coded by what the text says of them: their surname stands for them later
TITLED = frozenset(("coref:appos", "coref:affiliation"))
# a named body's role an apposition may sharpen, and the roles that do
# Roles a counterpart shares with the official it is set against.
COUNTERPART_ROLES = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))
VAGUE_ROLES = {"NGO": ("NGO", "HRI"), "PTY": ("OPP", "GOV"), "MIL": ("REB",)}


def resolve_coreference(
    parsed: ParsedArticle,
    drafts: list[Draft],
    dictionary: ActorDictionary,
    dateline: str | None = None,
) -> list[Draft]:
    """Drafts resolved against earlier actors, plus pronoun and group references, in order.

    ``dateline`` is the country of the article's dateline: a titled official named without a
    country ("Deputy Foreign Minister Sergei Ryabkov" under a MOSCOW dateline) is that
    country's, as wire style leaves the host country's officials unqualified.
    """
    out: list[Draft] = []
    named: dict[str, Draft] = {}
    drafts = affiliations(parsed, placed_roles(parsed, drafts))
    for k, draft in enumerate(drafts):
        done = _resolve_draft(parsed, draft, out, drafts[k + 1 :], dictionary, dateline, named)
        r = done.result
        if r.person and r.name and r.name.strip():
            named[surname_key(r.name.split()[-1])] = done  # the latest person so called
        out.append(done)
    out = _opposition_parties(parsed, _appositions(parsed, out))
    out = acronyms(parsed, _bare_surnames(parsed, out))
    taken = {i for d in out for i in range(d.start, d.end)}
    references = [
        t.i
        for t in parsed.tokens
        if t.pos == "PRON" and t.i not in taken and is_reference(parsed, t.i)
    ]
    resolved = list(out)
    if references:
        # the last sentence each run of drafts from the first reaches: a pronoun looks back
        # WINDOW sentences, so the drafts of a run ending before that are none of its
        reach: list[int] = []  # the running maximum of the drafts' sentences
        for d in out:
            sent = parsed.tokens[d.head].sent
            reach.append(sent if not reach or sent > reach[-1] else reach[-1])
        for i in references:
            skip = bisect_left(reach, parsed.tokens[i].sent - WINDOW)
            members = coordinated_reference(parsed, i, out, skip)
            if members:
                resolved.extend(members)
                continue
            ref = pronoun_reference(parsed, i, out, skip)
            if ref is not None:
                resolved.append(ref)
    resolved.sort(key=TEXT_ORDER)
    return _groups(parsed, resolved, dictionary)


def _bare_surnames(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Ruto said" where the tagger saw no name: a capitalized word repeating the surname of
    a person named earlier in the article is that person."""
    people: dict[str, Draft] = {}
    for d in drafts:
        r = d.result
        if r.person and r.name and r.code and (r.rule in TITLED or not r.rule.startswith("coref")):
            people.setdefault(fold_word(r.name.split()[-1]), d)
    if not people:
        return drafts
    taken = {i for d in drafts for i in range(d.start, d.end)}
    added = []
    for t in parsed.tokens:
        if t.pos not in ("PROPN", "NOUN") or not t.text[:1].isupper() or t.i in taken:
            continue  # the tagger calls a sentence-initial "Trump" a noun
        first = people.get(fold_word(t.text))
        if first is not None and first.start < t.i:
            result = replace(first.result, rule="coref:surname")
            added.append(Draft(t.i, t.i + 1, t.i, result, named=True))
    if not added:
        return drafts
    return sorted(drafts + added, key=TEXT_ORDER)


def _appositions(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Kenzo Oshima, the UN relief coordinator": an uncoded name takes its apposition's code."""
    by_head = {d.head: d for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        if d.named and (d.result.code is None or d.result.role in VAGUE_ROLES):
            t = parsed.tokens[d.head]
            other = by_head.get(t.head) if t.dep == "appos" else None
            if other is None:
                other = next(
                    (
                        o
                        for o in drafts
                        if o.result.code
                        and parsed.tokens[o.head].dep == "appos"
                        # on the name's last word too: "The Forum for Change, Malawi's ..."
                        and d.start <= parsed.tokens[o.head].head < d.end
                        and o is not d
                    ),
                    None,
                )
            if other is None and d.result.code is None and out:
                other = _title_before(parsed, out[-1], d)
            if other is not None and d.result.code and not _sharper(d.result, other.result):
                other = None
            if other is not None and other.result.code:
                r = other.result
                # a person's name stays a person ("she" later), whatever the apposition
                person = r.person or (d.result.person and d.result.rule == "ner:person")
                r = replace(r, name=d.result.name or r.name, rule="coref:appos", person=person)
                d = replace(d, result=r)
            elif d.result.person and d.result.rule == "ner:person":
                # "Georgescu" after "politician Calin Georgescu" coded by his title
                d = _surname_of_titled(d, out)
        out.append(d)
    return out


def _opposition_parties(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "The main opposition Awami League", "members of the opposition National Democratic
    Party": a party right after the word "opposition", which the parser made a noun of its
    own, is in opposition (CAMEO's OPP), and the opposition it follows is that party's."""
    tokens = parsed.tokens
    out = drafts
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.end != b.start or tokens[a.end - 1].lemma.lower() != "opposition":
            continue
        r = b.result
        if r.role == "PTY" and r.country and r.country not in NON_STATE:
            code = f"{r.country}OPP"
            if out is drafts:
                out = list(drafts)  # copied only when a party is recoded: most articles none
            out[k + 1] = replace(b, result=replace(r, code=code, role="OPP"))
            if not a.result.country:
                opp = replace(a.result, code=code, country=r.country, rule="coref:appos")
                out[k] = replace(a, result=opp)
    return out


def _title_before(parsed: ParsedArticle, before: Draft, name: Draft) -> Draft | None:
    """ "Russian rights group Memorial accused ...": a role phrase right before an uncoded name,
    which the parser makes a second subject of the verb rather than the name's title."""
    tokens = parsed.tokens
    a, b = tokens[before.head], tokens[name.head]
    if (
        before.end == name.start
        and not before.named
        and before.result.code
        and before.result.role
        and a.dep == b.dep
        and a.head == b.head
        and a.dep in ("nsubj", "dobj")
    ):
        return before
    return None


def _sharper(own: Resolution, other: Resolution) -> bool:
    """The apposition says more than the name's own reading: "the Nile Water Forum, an
    Egyptian charity" (a body with no country), "the Renewal Party, the main opposition party"
    (a party the apposition puts in opposition or in power), "the Kayin Freedom Army, a rebel
    group" (an army of no state)."""
    sharper = VAGUE_ROLES.get(own.role or "", ())
    guessed = own.rule == "ner:ngo"  # "Forum" in a name: any role the apposition gives wins
    if not (guessed or other.role in sharper) or not other.country or other.country in NON_STATE:
        return False
    return own.country in (None, other.country) or own.country in NON_STATE


def _surname_of_titled(draft: Draft, earlier: list[Draft]) -> Draft:
    """An uncoded surname repeating a name an apposition or title placed earlier."""
    name = _SPACE.sub(" ", draft.result.name or "").strip()
    for prev in reversed(earlier):
        p = prev.result
        titled = p.rule in TITLED and p.person and p.name and p.code
        if titled and p.name and shares_surname(name, p.name):
            return replace(draft, result=replace(p, rule="coref:surname"))
    return draft


def _resolve_draft(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    dictionary: ActorDictionary,
    dateline: str | None,
    named: dict[str, Draft],
) -> Draft:
    r = draft.result
    if r.code is None and r.rule.startswith("ner:") and r.name:
        return _surname(parsed, draft, earlier, dictionary)
    if r.rule in SITES and draft.end - draft.start == 1:
        person = named.get(surname_key(parsed.tokens[draft.head].text))
        if person is not None and person.end - person.start > 1:
            # "Colombian rebel commander Jorge Salcedo ... Salcedo said": not the town of Salcedo
            return replace(draft, result=replace(person.result, rule="coref:surname"))
    if r.person and r.rule.startswith("person") and r.name:
        same_name = namesake(parsed, draft, named)
        if same_name is not None:
            return same_name
    if r.code is not None and r.code.startswith("---") and r.role:
        return role_context(parsed, draft, earlier, later, dateline)
    if draft.ethnic:
        return ethnic_context(parsed, draft, earlier, later)
    if r.title in OFFICES and r.country and not draft.named:
        return _title_holder(parsed, draft, dictionary)
    if r.title == "counterpart" and r.country:
        return _counterpart(parsed, draft, earlier)
    return draft


def _counterpart(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> Draft:
    """ "Israel's army chief met his Egyptian counterpart": a counterpart holds the office of
    the official it is set against, so it takes that official's role (its own country kept)."""
    sent = parsed.tokens[draft.head].sent
    for d in reversed(earlier[-4:]):
        o = d.result
        if parsed.tokens[d.head].sent != sent:
            break
        if o.role in COUNTERPART_ROLES and o.country not in (None, draft.result.country):
            r = draft.result
            code = f"{r.country}{o.role}"
            return replace(
                draft, result=replace(r, code=code, role=o.role, rule="coref:counterpart")
            )
    return draft


def _surname(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], dictionary: ActorDictionary
) -> Draft:
    """A bare name: an earlier person it shortens, else a dictionary surname the date decides."""
    r = draft.result
    name = _SPACE.sub(" ", r.name or "").strip()
    for prev in reversed(earlier):
        p = prev.result
        if p.person and p.name and p.code and shares_surname(name, p.name):
            return replace(draft, result=replace(p, rule="coref:surname"))
    words = name.split()
    if not words or len(words) > 2:
        return draft
    when = parsed.article.published
    candidates = dictionary.surnames.get(fold(words[-1]), ())
    if len(words) == 2:
        candidates = tuple(e for e in candidates if same_given_name(words[0], e.name))
    active = [e for e in candidates if in_office(e, when)]
    pick = active[0] if len(active) == 1 else candidates[0] if len(candidates) == 1 else None
    if pick is None:
        return draft
    found = resolve([pick], [], when)
    return replace(draft, result=replace(found, rule="person:surname"))


def _title_holder(parsed: ParsedArticle, draft: Draft, dictionary: ActorDictionary) -> Draft:
    """ "the Russian president": names the holder of that office on the article's date."""
    r = draft.result
    offices = OFFICES.get(r.title or "", ())
    for office in offices:
        entry = dictionary.holder(r.country or "", office, parsed.article.published)
        if entry is not None:
            return replace(draft, result=replace(r, name=entry.name, rule="person:title"))
    return draft


def _groups(parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary) -> list[Draft]:
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
    replaced: set[int] = set()
    for t in nouns:
        own = by_head.get(t.i)
        role_only = own is not None and own.result.name is None
        if t.i in taken and not role_only:
            continue
        if own is not None and role_only and own.result.role != GROUP_ROLES.get(t.lemma.lower()):
            continue  # "two jailed opposition leaders": a role of their own, not two states'
        children = parsed.children(t.i)
        words = [c.text.lower() for c in children]
        number = next((NUMBERS[w] for w in words if w in NUMBERS), 0)
        if number:
            start = min([t.i] + [c.i for c in children if c.i < t.i])
            heads.append((start, t.i, number))
            if own is not None:
                replaced.add(id(own))
    if not heads:
        return drafts
    kept = [d for d in drafts if id(d) not in replaced]
    dropped: set[int] = set()
    for start, head, number in heads:
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
        if len(latest) < number and tokens[head].dep == "pobj":
            continue  # "civilians on both sides" where one state is named: not its alone
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
    merged = kept + out
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
    groups: dict[int, list[str]] = {}
    order: list[int] = []
    for d in drafts:
        if d.start >= start:
            break
        c = d.result.country
        if not c or c in NON_STATE or d.result.rule.startswith("coref"):
            continue
        root = coordination_head(tokens, d.head, 8)
        members = groups.setdefault(root, [])
        if root not in order:
            order.append(root)
        if c not in members:
            members.append(c)
    for root in reversed(order):
        if len(groups[root]) == number and start - root < GROUP_REACH:
            return groups[root]
    return []
