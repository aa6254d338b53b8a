"""Within-article coreference: what "Putin", "the Russian president", "he", "the rebels" and
"the two countries" stand for.

Runs over the drafts in text order, keeping the actors seen so far. References keep their own
span and take the code of what they resolve to, with a ``coref:*`` rule:

- ``coref:surname``: a name that repeats the last word(s) of an earlier person's name;
- ``coref:appos``: an uncoded name takes the code of its apposition ("Jan Egeland, the UN
  relief coordinator"), as does a town's name after a given name ("Amadou Nara, ...");
- ``coref:group``: "the two countries" to the last pair of countries, one mention per member;
- ``person:title``: "the Russian president" names the office holder on the article's date;
- pronouns and roles without a country (``coref:pronoun``, ``coref:role``, ``context:*``) are
  placed by ``actor_context.py`` and ``pronouns.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from eventwire.dictionaries.lookup import Resolution, in_office, resolve
from eventwire.dictionaries.model import ActorDictionary, fold
from eventwire.extract.actor_affiliations import acronyms, affiliations, placed_roles
from eventwire.extract.actor_context import Draft, ethnic_context, role_context
from eventwire.extract.actor_draft import NON_STATE, SITES, TEXT_ORDER
from eventwire.extract.actor_surnames import (
    namesake,
    same_given_name,
    shares_surname,
    surname_key,
)
from eventwire.extract.actor_words import fold_word
from eventwire.extract.coref_groups import group_members
from eventwire.extract.pronouns import (
    WINDOW,
    coordinated_reference,
    country_references,
    is_reference,
    pronoun_reference,
)
from eventwire.models import ParsedArticle

__all__ = ["Draft", "resolve_coreference"]

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
    resolved.extend(country_references(parsed, out, taken, dictionary.countries))
    resolved.sort(key=TEXT_ORDER)
    return group_members(parsed, resolved, dictionary)


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
    """ "Jan Egeland, the UN relief coordinator": an uncoded name takes its apposition's code."""
    by_head = {d.head: d for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        # a town's name a person's title describes is a person's: "Nara" is also a Malian town
        town = d.result.rule == "dictionary:city"
        if d.named and (d.result.code is None or d.result.role in VAGUE_ROLES or town):
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
            if other is not None and town:
                # "Goma, the capital of North Kivu": a place still; but a town's name after a
                # given name ("Amadou Nara, the UN relief coordinator") is a person's
                other = other if other.result.person or d.end - d.start > 1 else None
            elif other is not None and d.result.code and not _sharper(d.result, other.result):
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
