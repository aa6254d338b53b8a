"""Mentions that take their code from someone the article names, found after coreference:

- ``followers``: "Yoon's supporters", "his backers", "urged supporters to ..." are the named
  person's followers: that person's country, as civilians (``CVL``), or the opposition
  (``OPP``) when the person leads it; CAMEO codes a leader's crowd by its country and sector,
  never by the leader's own office ("a president's supporters" are not his government);
  "opposition supporters" are the opposition's;
- ``funded_groups``: "foreign-funded groups" accused by a government are that country's
  non-governmental organizations (``NGO``): wire copy uses the phrase for civil society at home;
- ``body_repeats``: "the council" after "the National Electoral Council" is that body, as a
  definite noun repeating a named body's head (the only one so called, or one just named);
- ``parts_of``: "some" in "Hundreds of supporters rallied, and some scuffled with police" is
  part of the group of the clause it is coordinated with;
- ``titled_members``: "the two ministers" are the last two countries' ministers named, not
  the countries named most;
- ``shared_possessions``: "their foreign ministers" after "Aliyev and Pashinyan" are both
  countries' ministers, one mention per country.

Each rule first checks the article text or the drafts for its few words, so it adds no cost
per token to an article without them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter

from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import NON_STATE, SITES, TEXT_ORDER, Draft, coordination_head
from eventwire.models import ParsedArticle, Token

SENTENCE_START = attrgetter("start")
FOLLOWERS = frozenset(("supporter", "backer", "follower", "loyalist"))
# A leader's or a government's critics at home are its opposition: "critics of President
# Saied", "opponents of the junta", "Putin's critics".
OPPONENTS = frozenset(("critic", "opponent"))
_FOLLOWERS = re.compile(
    r"\b(?:[Ss]upporters?|[Bb]ackers?|[Ff]ollowers?|[Ll]oyalists?|[Cc]ritics?|[Oo]pponents?)\b"
)
# Substrings every follower word has: a plain search rules most articles out at C speed.
FOLLOWER_STEMS = ("upporter", "acker", "ollower", "oyalist", "ritic", "pponent")
# Verbs whose object is the subject's own following: "urged supporters to protest".
APPEALS = frozenset(("urge", "call", "ask", "tell", "rally", "mobilize", "mobilise", "summon"))
_FUNDED = re.compile(r"\b(?:[Ff]oreign|[Oo]verseas|[Ww]estern|[Oo]utside)-(?:funded|financed)\b")
FUNDED_HEADS = frozenset(
    ("group", "organisation", "organization", "ngo", "body", "network", "charity", "outlet")
)
# Heads a definite repeat may stand for: a named body ("the National Electoral Council").
BODY_HEADS = frozenset(
    ("council", "commission", "bureau", "board", "committee", "agency", "authority", "tribunal")
)
# Heads of a titled person's phrase with no name in it: "Republican People's Party leader".
LEADER_HEADS = frozenset(
    ("leader", "candidate", "politician", "figure", "president", "chairman", "founder", "premier")
)
BODY_REACH = 6  # sentences back "the council" looks for its council, of several so called
# Office holders a numbered group names: "the two ministers", "both presidents".
OFFICE_HEADS = frozenset(("minister", "president"))
# Pronouns for part of a group just named: "..., and some scuffled with police".
PARTS = frozenset(("some", "many", "others", "several", "most", "few"))
# Counts a group is named through: "Hundreds of Yoon's supporters rallied".
COUNTS = frozenset(("hundred", "thousand", "dozen", "score", "million", "some", "many"))


def followers(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Adds the followers of a named person; a possessor's own mention ("Yoon" in "Yoon's
    supporters", "his") gives way to the phrase, which is the actor."""
    text = parsed.article.text
    if not any(stem in text for stem in FOLLOWER_STEMS):
        return drafts
    found = [m.start() for m in _FOLLOWERS.finditer(text)]  # not "attackers"
    if not found:
        return drafts
    taken = {i for d in drafts for i in range(d.start, d.end)}
    by_head = {d.head: d for d in drafts}
    added: list[Draft] = []
    inner: set[int] = set()
    for at in found:
        t = _token_at(parsed, at)
        if t is None or t.tag not in ("NNS", "NN"):
            continue
        opposed = t.lemma.lower() in OPPONENTS
        if not opposed and t.lemma.lower() not in FOLLOWERS:
            continue
        if t.i in taken and by_head.get(t.i) is None:
            continue
        leader, start = _leader(parsed, t.i, by_head, opposed)
        movement = _movement(parsed, t.i, by_head) if leader is None and not opposed else None
        if movement is not None:  # "opposition supporters": the opposition's, by their phrase
            inner.add(id(movement))
            r = movement.result
            result = Resolution(r.code, r.country, r.name, "coref:followers", r.role)
            added.append(Draft(min(start, movement.start), t.i + 1, t.i, result, plural=True))
            continue
        if leader is not None and leader.result.code is None:
            leader = _named_before(parsed, leader, drafts)  # "Georgescu's" the tagger missed
        if leader is None or leader.result.code is None:
            continue
        country = leader.result.country
        if not country or country in NON_STATE:
            continue
        role = "OPP" if opposed or leader.result.role == "OPP" else "CVL"
        result = Resolution(f"{country}{role}", country, None, "coref:followers", role)
        if start < t.i:
            inner.update(id(d) for d in drafts if start <= d.start and d.end <= t.i)
        own = by_head.get(t.i)
        if own is not None:
            inner.add(id(own))
            start = min(start, own.start)
        added.append(Draft(start, t.i + 1, t.i, result, plural=t.tag == "NNS"))
    if not added:
        return drafts
    kept = [d for d in drafts if id(d) not in inner]
    return sorted(kept + added, key=TEXT_ORDER)


def _leader(
    parsed: ParsedArticle, i: int, by_head: dict[int, Draft], opposed: bool = False
) -> tuple[Draft | None, int]:
    """Whose followers: the possessor ("Yoon's", "his"), the person of an "of" phrase
    ("supporters of Georgescu"), else the person urging them ("called on supporters").
    Critics (``opposed``) may be a government's too ("opponents of the junta"), and no one
    rallies their critics."""

    def leads(d: Draft | None) -> bool:
        return d is not None and (_person(parsed, d) or (opposed and d.result.role == "GOV"))

    tokens = parsed.tokens
    start = i
    for c in parsed.children(i):
        if c.i < i and c.dep in ("det", "amod", "compound", "poss", "nummod"):
            start = min(start, c.i)
        if c.dep == "poss":
            d = by_head.get(c.i)
            return (d if leads(d) else None), start
        if c.dep == "prep" and c.text.lower() == "of":
            obj = next((g for g in parsed.children(c.i) if g.dep == "pobj"), None)
            d = by_head.get(obj.i) if obj is not None else None
            if leads(d):
                return d, start
    if opposed:
        return None, start
    # "urged supporters to ...", "called on supporters to ...": the appeal's subject
    verb = tokens[i].head
    if tokens[verb].dep == "prep" or tokens[verb].pos == "ADP":
        verb = tokens[verb].head
    if tokens[verb].lemma.lower() not in APPEALS:
        return None, start
    subj = next((c for c in parsed.children(verb) if c.dep == "nsubj"), None)
    if subj is None and tokens[verb].dep == "conj":
        first = tokens[verb].head
        subj = next((c for c in parsed.children(first) if c.dep == "nsubj"), None)
    d = by_head.get(subj.i) if subj is not None else None
    return (d if d is not None and _person(parsed, d) else None), start


def _movement(parsed: ParsedArticle, i: int, by_head: dict[int, Draft]) -> Draft | None:
    """The opposition a follower noun is compounded with: "opposition supporters", "Bangladeshi
    opposition supporters" are the opposition (CAMEO ``OPP``), not a leader's crowd."""
    for c in parsed.children(i):
        d = by_head.get(c.i) if c.i < i and c.dep in ("compound", "amod") else None
        if d is not None and d.result.role == "OPP" and not d.result.person:
            return d
    return None


def _person(parsed: ParsedArticle, d: Draft) -> bool:
    """One human being: a known person, a name (uncoded ones are checked against the people
    named before), or a title heading its phrase."""
    t = parsed.tokens[d.head]
    if d.result.code is None:
        return t.pos == "PROPN"
    return d.result.person or t.ent_type == "PERSON" or t.lemma.lower() in LEADER_HEADS


def _named_before(parsed: ParsedArticle, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The coded person an uncoded name repeats the surname of, named before it."""
    word = parsed.tokens[d.head].text
    for prev in reversed(drafts):
        r = prev.result
        if prev.start < d.start and r.code and r.name and r.name.split()[-1] == word:
            return prev
    return None


def parts_of(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Hundreds of Yoon's supporters rallied ..., and some scuffled with police": a
    quantity pronoun subject of a clause coordinated with the group's own clause is part of
    that group, and acts as it."""
    tokens = parsed.tokens
    taken: set[int] | None = None
    added = []
    for d in drafts:
        if not d.plural or d.result.code is None:
            continue
        subj = d.head
        head = tokens[subj]
        if head.dep == "pobj" and tokens[head.head].text.lower() == "of":
            count = tokens[tokens[head.head].head]  # "Hundreds of ..."
            if count.lemma.lower() in COUNTS:
                subj = count.i
        if tokens[subj].dep != "nsubj":
            continue
        verb = tokens[subj].head
        for c in parsed.children(verb):
            if c.dep != "conj" or c.pos not in ("VERB", "AUX"):
                continue
            if taken is None:
                taken = {i for x in drafts for i in range(x.start, x.end)}
            part = next(
                (
                    g
                    for g in parsed.children(c.i)
                    if g.dep == "nsubj" and g.lemma.lower() in PARTS and g.i not in taken
                ),
                None,
            )
            if part is not None:
                result = replace(d.result, rule="coref:part")
                added.append(Draft(part.i, part.i + 1, part.i, result, plural=True))
    if not added:
        return drafts
    return sorted(drafts + added, key=TEXT_ORDER)


def funded_groups(parsed: ParsedArticle, drafts: list[Draft], dateline: str | None) -> list[Draft]:
    """ "accused foreign-funded groups": the NGOs of the accuser's country (else of the
    dateline's): groups funded from abroad are at home somewhere, and the story is about it."""
    text = parsed.article.text
    if "-funded" not in text and "-financed" not in text:
        return drafts
    taken = {i for d in drafts for i in range(d.start, d.end)}
    added = []
    for m in _FUNDED.finditer(text):
        first = _token_at(parsed, m.start())
        if first is None:
            continue
        noun = _funded_noun(parsed, first.i, m.end())
        if noun is None or noun.i in taken:
            continue
        country = _subject_country(parsed, noun.i, drafts) or dateline
        if not country:
            continue
        result = Resolution(f"{country}NGO", country, None, "context:funded", "NGO")
        added.append(Draft(first.i, noun.i + 1, noun.i, result, plural=noun.tag == "NNS"))
    if not added:
        return drafts
    return sorted(drafts + added, key=TEXT_ORDER)


def _funded_noun(parsed: ParsedArticle, first: int, end: int) -> Token | None:
    tokens = parsed.tokens
    for t in tokens[first : first + 6]:
        if t.start >= end and t.pos == "NOUN":
            return t if t.lemma.lower() in FUNDED_HEADS else None
    return None


def _subject_country(parsed: ParsedArticle, i: int, drafts: list[Draft]) -> str | None:
    """The country of the state actor whose clause the phrase is in ("Kobakhidze accused")."""
    tokens = parsed.tokens
    verb = tokens[i].head
    by_head = {d.head: d for d in drafts}
    for _ in range(4):
        subj = [by_head[c.i] for c in parsed.children(verb) if c.dep == "nsubj" and c.i in by_head]
        if subj:
            c = subj[-1].result.country
            return c if c and c not in NON_STATE else None
        if tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    # a dateline the parser took for the subject: the last actor before it in its sentence
    for d in reversed(drafts):
        c = d.result.country
        if d.start < i and tokens[d.head].sent == tokens[i].sent and c and c not in NON_STATE:
            return c if not d.result.rule.startswith(SITES) else None
    return None


def body_repeats(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "called on the council": a bare definite body noun no rule coded, repeating the head
    of a body the article named a few sentences before, is that body. Found by searching the
    text for "the council", so an article pays only for its named bodies."""
    tokens = parsed.tokens
    bodies: dict[str, list[Draft]] = {}
    for d in drafts:
        t = tokens[d.head]
        if t.text[:1].isupper() and d.result.code and not d.result.person:
            lemma = t.lemma.lower()
            if lemma in BODY_HEADS:
                bodies.setdefault(lemma, []).append(d)
    if not bodies:
        return drafts
    taken = {i for d in drafts for i in range(d.start, d.end)}
    added = []
    for lemma, named in bodies.items():
        codes = {d.result.code for d in named}
        for phrase in (f"the {lemma}", f"The {lemma}"):
            added.extend(_repeats(parsed, phrase, named, taken, len(codes) > 1))
    if not added:
        return drafts
    return sorted(drafts + added, key=TEXT_ORDER)


def _repeats(
    parsed: ParsedArticle, phrase: str, named: list[Draft], taken: set[int], several: bool
) -> list[Draft]:
    """Drafts for each bare "the council" after the first named council."""
    tokens = parsed.tokens
    text = parsed.article.text
    lemma = phrase[4:]
    added = []
    at = text.find(phrase, tokens[named[0].end - 1].end)
    while at >= 0:
        noun = _token_at(parsed, at + 4)
        at = text.find(phrase, at + len(phrase))
        if noun is None or noun.i in taken or noun.text != lemma:
            continue
        if tokens[noun.i - 1].head != noun.i:
            continue  # "the council's vote" is fine, "the council members" is not
        prev = next((d for d in reversed(named) if d.end <= noun.i), None)
        if prev is None:
            continue
        # the only body so called is "the council" anywhere; of several, the one just named
        if several and noun.sent - tokens[prev.head].sent > BODY_REACH:
            continue
        result = replace(prev.result, rule="coref:body")
        added.append(Draft(noun.i - 1, noun.i + 1, noun.i, result))
    return added


def titled_members(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Trump met the two ministers": the members of a group of office holders are the
    countries of the last holders of that office named ("the foreign ministers of Congo and
    Rwanda"), not the countries the story names most (the host's)."""
    tokens = parsed.tokens
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.result.rule == "coref:group" and tokens[d.head].lemma.lower() in OFFICE_HEADS:
            groups.setdefault(d.head, []).append(d)
    if not groups:
        return drafts
    replaced: dict[int, Draft] = {}
    for head, members in groups.items():
        word = tokens[head].lemma.lower()
        found: list[str] = []
        for prev in reversed(drafts):
            r = prev.result
            if prev.start >= members[0].start or not r.title or word not in r.title.split():
                continue
            for c in [r.country, *_of_countries(parsed, prev, drafts)]:
                if c and c not in NON_STATE and c not in found:
                    found.append(c)
            if len(found) >= len(members):
                break
        if len(found) != len(members):
            continue
        for m, country in zip(members, found, strict=True):
            code = f"{country}{m.result.role or ''}"
            replaced[id(m)] = replace(m, result=replace(m.result, code=code, country=country))
    return [replaced.get(id(d), d) for d in drafts]


def _of_countries(parsed: ParsedArticle, d: Draft, drafts: list[Draft]) -> list[str]:
    """The countries an office is "of" beside its own: "the foreign ministers of Congo and
    Rwanda" is Rwanda's too."""
    by_head = {x.head: x for x in drafts}
    out = []
    for c in parsed.children(d.head):
        if c.dep != "prep" or c.text.lower() != "of":
            continue
        todo = [g.i for g in parsed.children(c.i) if g.dep == "pobj"]
        while todo:
            i = todo.pop()
            x = by_head.get(i)
            if x is not None and x.result.country:
                out.append(x.result.country)
            todo.extend(g.i for g in parsed.children(i) if g.dep == "conj")
    return out


def shared_possessions(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Aliyev and Pashinyan witnessed their foreign ministers initial the text": a role
    owned by "their" after a subject coordinating several states is each state's, one
    mention per state, not the first one's alone."""
    tokens = parsed.tokens
    out: list[Draft] = []
    changed = False
    for d in drafts:
        r = d.result
        unplaced = r.code is not None and r.code.startswith("---")
        if not r.role or not (unplaced or (r.rule == "coref:possessive" and r.country)):
            out.append(d)
            continue
        poss = next(
            (
                t
                for t in tokens[d.start : d.head]
                if t.dep == "poss" and t.head == d.head and t.text.lower() == "their"
            ),
            None,
        )
        countries = _coordinated_subject(parsed, poss.i, drafts) if poss is not None else []
        if len(countries) < 2 or not (unplaced or r.country in countries):
            out.append(d)
            continue
        changed = True
        for country in countries:
            member = replace(r, code=f"{country}{r.role}", country=country, rule="coref:group")
            out.append(replace(d, result=member, plural=True))
    return out if changed else drafts


def _coordinated_subject(parsed: ParsedArticle, i: int, drafts: list[Draft]) -> list[str]:
    """The states of the nearest subject before ``i`` in its sentence, if a coordination."""
    tokens = parsed.tokens
    sent = tokens[i].sent
    roots: dict[int, list[str]] = {}
    for d in drafts:
        if d.start >= i or tokens[d.head].sent != sent:
            continue
        h = coordination_head(tokens, d.head, 6)
        c = d.result.country
        if tokens[h].dep in ("nsubj", "nsubjpass") and c and c not in NON_STATE:
            members = roots.setdefault(h, [])
            if c not in members:
                members.append(c)
    return roots[max(roots)] if roots else []


def _token_at(parsed: ParsedArticle, offset: int) -> Token | None:
    for t in parsed.sentence_tokens(_sentence_at(parsed, offset)):
        if t.start == offset:
            return t
    return None


def _sentence_at(parsed: ParsedArticle, offset: int) -> int:
    return max(bisect_right(parsed.sentences, offset, key=SENTENCE_START) - 1, 0)


__all__ = [
    "body_repeats",
    "followers",
    "funded_groups",
    "parts_of",
    "shared_possessions",
    "titled_members",
]


def shared_roles(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "the leaders of Peru and Chile", "the armies of Sudan and Chad", "officials from the
    United States and China": the role named once before "of" or "from" is each coordinated
    state's, not the first one's alone."""
    tokens = parsed.tokens
    by_head = {d.head: d for d in drafts}
    out = drafts
    for k, e in enumerate(drafts):
        r = e.result
        t = tokens[e.head]
        if r.role or not r.country or r.country in NON_STATE or t.dep != "conj":
            continue
        first = tokens[coordination_head(tokens, e.head, 6)]
        of = tokens[first.head]
        if first.dep != "pobj" or of.lemma not in ("of", "from"):
            continue
        owner = by_head.get(of.head)
        if owner is None or not owner.result.role or not owner.start <= first.i < owner.end:
            continue  # the role's own phrase holds the first state: "the leaders of Peru"
        if tokens[owner.head].tag != "NNS":
            continue  # one office of two states is no office of each
        role = owner.result.role
        shared = replace(r, code=f"{r.country}{role}", role=role, rule="coref:shared-role")
        out = out if out is not drafts else list(drafts)
        out[k] = replace(e, result=shared)
    return out
