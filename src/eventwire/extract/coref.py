"""Within-article coreference: what "Putin", "the Russian president", "he", "the rebels" and
"the two countries" stand for.

Runs over the drafts in text order, keeping the actors seen so far. References keep their own
span and take the code of what they resolve to, with a ``coref:*`` rule:

- ``coref:surname``: a name that repeats the last word(s) of an earlier person's name;
- ``coref:pronoun``: he/she to the last person, it to the last body, they to the last group;
- ``coref:group``: "the two countries" to the last pair of countries, one mention per member;
- ``coref:possessive``, ``context:phrase``: a role with no country takes the country of its
  possessive pronoun ("their forces") or of a place inside its own phrase ("refugees in Liberia",
  "militants loyal to Iraq's ..."; offices only through "of"/"from": "troops in Syria" are not
  Syria's);
- ``coref:role``: a role with no country ("the rebels") to the last actor with that role;
- ``context:sentence``: a titled name with no country ("President Laurent Gbagbo") takes the
  nearest country of its sentence; an ethnic people ("ethnic Albanians", "the Turkish minority")
  the nearest other state named as a place, as CAMEO codes a minority by where it lives;
- ``person:title``: "the Russian president" names the office holder on the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwire.dictionaries.lookup import Resolution, in_office, resolve
from eventwire.dictionaries.model import ActorDictionary, fold
from eventwire.extract.mentions import same_given_name
from eventwire.models import ParsedArticle

PRONOUNS_PERSON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PRONOUNS_BODY = frozenset(("it", "its"))
PRONOUNS_GROUP = frozenset(("they", "them", "their"))
PLEONASTIC_HEADS = frozenset(("be", "seem", "appear", "happen", "remain", "take", "rain"))
# "the two countries", "both sides": a group noun standing for the actors just named.
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
    )
)
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
WINDOW = 3  # sentences a pronoun looks back
# Adjectives of regions and blocs: a phrase they modify spans several countries.
REGIONAL = frozenset(
    (
        "european",
        "western",
        "eastern",
        "arab",
        "african",
        "asian",
        "latin",
        "gulf",
        "nordic",
        "baltic",
        "balkan",
        "international",
        "foreign",
        "global",
        "world",
        "regional",
        "allied",
    )
)
# Titles that name one office, for "the Russian president" -> the holder on the date.
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
NON_STATE = frozenset(("IGO", "NGO", "IMG", "MNC"))
OFFICE_ROLES = frozenset(("GOV", "MIL", "SPY", "COP", "LEG", "JUD"))
OF_PREPS = frozenset(("of", "from"))
# Prepositions that place a people or a group: "refugees in Liberia", "rebels from Darfur".
PLACE_PREPS = frozenset(
    ("of", "from", "in", "at", "near", "inside", "within", "throughout", "across", "to", "outside")
)
# Relations followed down a noun phrase looking for its place.
PHRASE_DEPS = frozenset(
    ("prep", "pobj", "acl", "relcl", "dobj", "amod", "compound", "poss", "nmod")
)


@dataclass
class Draft:
    """A mention before coreference: token range, head and resolution."""

    start: int
    end: int
    head: int
    result: Resolution
    plural: bool = False
    named: bool = False
    ethnic: bool = False  # "ethnic Albanians": a people coded by the state they live in


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
    for k, draft in enumerate(drafts):
        out.append(_resolve_draft(parsed, draft, out, drafts[k + 1 :], dictionary, dateline))
    out = _appositions(parsed, out)
    out = _bare_surnames(parsed, out)
    taken = {i for d in out for i in range(d.start, d.end)}
    references = [
        t.i
        for t in parsed.tokens
        if t.pos == "PRON" and t.i not in taken and _is_reference(parsed, t.i)
    ]
    resolved = list(out)
    for i in references:
        ref = _pronoun(parsed, i, out)
        if ref is not None:
            resolved.append(ref)
    resolved.sort(key=lambda d: (d.start, d.end))
    return _groups(parsed, resolved, dictionary)


def _bare_surnames(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Ruto said" where the tagger saw no name: a capitalized word repeating the surname of
    a person named earlier in the article is that person."""
    people: dict[str, Draft] = {}
    for d in drafts:
        r = d.result
        if r.person and r.name and r.code and not r.rule.startswith("coref"):
            people.setdefault(fold(r.name.split()[-1]), d)
    if not people:
        return drafts
    taken = {i for d in drafts for i in range(d.start, d.end)}
    added = []
    for t in parsed.tokens:
        if t.pos not in ("PROPN", "NOUN") or not t.text[:1].isupper() or t.i in taken:
            continue  # the tagger calls a sentence-initial "Trump" a noun
        first = people.get(fold(t.text))
        if first is not None and first.start < t.i:
            result = replace(first.result, rule="coref:surname")
            added.append(Draft(t.i, t.i + 1, t.i, result, named=True))
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: (d.start, d.end))


def _appositions(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """ "Kenzo Oshima, the UN relief coordinator": an uncoded name takes its apposition's code."""
    by_head = {d.head: d for d in drafts}
    out = []
    for d in drafts:
        if d.result.code is None and d.named:
            t = parsed.tokens[d.head]
            other = by_head.get(t.head) if t.dep == "appos" else None
            if other is None:
                other = next(
                    (
                        o
                        for o in drafts
                        if o.result.code
                        and parsed.tokens[o.head].dep == "appos"
                        and parsed.tokens[o.head].head == d.head
                    ),
                    None,
                )
            if other is not None and other.result.code:
                r = other.result
                d = replace(d, result=replace(r, name=d.result.name or r.name, rule="coref:appos"))
        out.append(d)
    return out


def _is_reference(parsed: ParsedArticle, i: int) -> bool:
    t = parsed.tokens[i]
    word = t.text.lower()
    if word in PRONOUNS_PERSON or word in PRONOUNS_GROUP:
        return True
    if word in PRONOUNS_BODY:
        head = parsed.tokens[t.head]
        if t.dep == "expl" or head.lemma in PLEONASTIC_HEADS:
            return False
        return t.dep in ("nsubj", "nsubjpass", "poss", "dobj")
    return False


def _resolve_draft(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    dictionary: ActorDictionary,
    dateline: str | None,
) -> Draft:
    r = draft.result
    if r.code is None and r.rule.startswith("ner:") and r.name:
        return _surname(parsed, draft, earlier, dictionary)
    if r.code is not None and r.code.startswith("---") and r.role:
        return _role_context(parsed, draft, earlier, later, dateline)
    if draft.ethnic:
        return _ethnic(parsed, draft, earlier, later)
    if r.title in OFFICES and r.country and not draft.named:
        return _title_holder(parsed, draft, dictionary)
    return draft


def _surname(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], dictionary: ActorDictionary
) -> Draft:
    """A bare name: an earlier person it shortens, else a dictionary surname the date decides."""
    r = draft.result
    name = _SPACE.sub(" ", r.name or "").strip()
    for prev in reversed(earlier):
        p = prev.result
        if p.person and p.name and p.code and _shares_surname(name, p.name):
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


def _shares_surname(name: str, full: str) -> bool:
    a, b = fold(name).lower(), [fold(w) for w in full.split()]
    return bool(b) and (a == b[-1] or a == "".join(b[-2:]) or a == "".join(b))


def _role_context(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    dateline: str | None,
) -> Draft:
    """A role without a country: "their forces" and "refugees in Liberia" take the country of
    their own phrase; "the rebels" after "Syrian rebels" theirs. A named official ("Deputy
    Foreign Minister Sergei Ryabkov") is a new actor, not a repeat: a country named before
    them in the sentence places them ("Slovakia had blocked ... before Prime Minister Robert
    Fico"), else the dateline's (wire style leaves the host country's officials unqualified),
    else the nearest country of the sentence, else the last actor with that role. Countries
    after the name are mostly what the official acts on ("demanded that China return ...")."""
    r = draft.result
    owner = _possessor(parsed, draft, earlier) or _phrase_place(parsed, draft, later)
    if owner is None:
        named = _names_someone(parsed, draft)
        same = None if r.weak else _same_role(earlier, r)
        near = _sentence_country(parsed, draft, earlier, later) if named else None
        if named and r.person:
            # before the name, another person's nationality does not place this one
            # ("Russian President Vladimir Putin met Vice President JD Vance")
            left = _sentence_country(parsed, draft, earlier, [], bodies=True)
            home = (dateline, "context:dateline") if dateline else None
            order = [left, home, near, same]
        else:
            order = [same, near]
        owner = next((o for o in order if o is not None), None)
    if owner is None:
        return draft
    country, rule = owner
    code = f"{country}{r.role}"
    return replace(draft, result=replace(r, code=code, country=country, rule=rule))


def _same_role(earlier: list[Draft], r: Resolution) -> tuple[str, str] | None:
    for prev in reversed(earlier):
        p = prev.result
        if p.country and p.role == r.role and p.code and not p.code.startswith("---"):
            if p.country in ("IGO", "NGO"):
                return None  # "UN peacekeepers" then "the peacekeepers": kept as is
            return p.country, "coref:role"
    return None


def _sentence_country(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    *,
    bodies: bool = False,
) -> tuple[str, str] | None:
    """The country nearest the draft in its sentence (of a place or body only, if ``bodies``)."""
    sent = parsed.tokens[draft.head].sent
    best: tuple[int, str] | None = None
    for other in _in_sentence(parsed, sent, earlier, later):
        p = other.result
        if (
            parsed.tokens[other.head].sent != sent
            or not p.country
            or (bodies and p.person and other.named)
        ):
            continue
        if p.country in ("IGO", "NGO") or p.rule.startswith("coref"):
            continue
        distance = abs(other.head - draft.head)
        if best is None or distance < best[0]:
            best = (distance, p.country)
    return (best[1], "context:sentence") if best else None


def _possessor(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> tuple[str, str] | None:
    """ "their forces", "its army": the country of what the possessive pronoun stands for."""
    for t in parsed.tokens[draft.start : draft.head]:
        if (
            t.dep == "poss"
            and t.head == draft.head
            and t.pos == "PRON"
            and _is_reference(parsed, t.i)
        ):
            ref = _subject(parsed, t.i, earlier) or _pronoun(parsed, t.i, earlier)
            country = ref.result.country if ref is not None else None
            if country and country not in NON_STATE:
                return country, "coref:possessive"
    return None


def _subject(parsed: ParsedArticle, i: int, earlier: list[Draft]) -> Draft | None:
    """A possessive's likeliest antecedent: the nearest subject before it in its sentence
    ("Congo cut ties with Rwanda and recalled its diplomats" -> Congo)."""
    tokens = parsed.tokens
    word = tokens[i].text.lower()
    for d in reversed(earlier):
        if tokens[d.head].sent != tokens[i].sent or d.start >= i:
            continue
        if tokens[d.head].dep not in ("nsubj", "nsubjpass") or d.result.code is None:
            continue
        r = d.result
        if word in PRONOUNS_PERSON:
            ok = r.person and not d.plural
        elif word in PRONOUNS_BODY:
            ok = not r.person and not d.plural
        else:
            ok = d.plural or not r.person
        return d if ok else None
    return None


def _phrase_place(
    parsed: ParsedArticle, draft: Draft, later: list[Draft]
) -> tuple[str, str] | None:
    """A place inside the role's own noun phrase: "refugees fleeing the war in Liberia",
    "militants loyal to Iraq's ...", "the mayor of the West Bank city of Nablus". Offices
    (GOV, MIL, ...) are placed only through "of"/"from": "troops in Syria" are not Syria's."""
    office = draft.result.role in OFFICE_ROLES
    preps = OF_PREPS if office else PLACE_PREPS
    sent_no = parsed.tokens[draft.head].sent
    heads = {d.head: d for d in _in_sentence(parsed, sent_no, [], later) if d.head > draft.head}
    if not heads:
        return None
    tokens = parsed.tokens
    sent = parsed.sentences[tokens[draft.head].sent]
    below: dict[int, list[int]] = {}
    for t in tokens[draft.head + 1 : sent.token_end]:
        below.setdefault(t.head, []).append(t.i)
    queue, depth = [draft.head], 0
    while queue and depth < 5:
        nxt: list[int] = []
        for i in queue:
            for c in below.get(i, ()):
                t = tokens[c]
                d = heads.get(c)
                if d is not None and _state_place(d) and _placed(parsed, c, preps):
                    return d.result.country or "", "context:phrase"
                if t.dep in PHRASE_DEPS and (t.dep != "prep" or _place_prep(parsed, c, preps)):
                    nxt.append(c)
        queue, depth = nxt, depth + 1
    return None


def _in_sentence(
    parsed: ParsedArticle, sent: int, earlier: list[Draft], later: list[Draft]
) -> list[Draft]:
    """The drafts of sentence ``sent`` among those just before and just after a draft (both
    lists are in text order, so the scan stops at the sentence's edges: no O(n^2))."""
    tokens = parsed.tokens
    out: list[Draft] = []
    for d in reversed(earlier):
        if tokens[d.head].sent < sent and d.end <= parsed.sentences[sent].token_start:
            break
        if tokens[d.head].sent == sent:
            out.append(d)
    for d in later:
        if d.start >= parsed.sentences[sent].token_end:
            break
        if tokens[d.head].sent == sent:
            out.append(d)
    return out


def _state_place(draft: Draft) -> bool:
    r = draft.result
    return bool(r.country) and r.country not in NON_STATE and not r.rule.startswith("coref")


def _placed(parsed: ParsedArticle, i: int, preps: frozenset[str]) -> bool:
    """A phrase reached as the object of an allowed preposition, or a modifier of one."""
    t = parsed.tokens[i]
    while t.dep in ("compound", "amod", "poss", "nmod", "conj") and t.head != t.i:
        t = parsed.tokens[t.head]
    return t.dep == "pobj" and _place_prep(parsed, t.head, preps)


def _place_prep(parsed: ParsedArticle, i: int, preps: frozenset[str]) -> bool:
    """ "to" places only after an adjective ("loyal to"), not after a noun ("a party to")."""
    t = parsed.tokens[i]
    word = t.text.lower()
    if word == "to":
        return "to" in preps and parsed.tokens[t.head].pos == "ADJ"
    return word in preps


def _ethnic(parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]) -> Draft:
    """ "ethnic Albanians" in a sentence about Serbia: CAMEO codes a minority by its state."""
    r = draft.result
    sent = parsed.tokens[draft.head].sent
    best: tuple[int, str] | None = None
    for other in _in_sentence(parsed, sent, earlier, later):
        p = other.result
        if parsed.tokens[other.head].sent != sent or not p.country or p.country == r.country:
            continue
        if p.country in NON_STATE or p.role is not None or p.rule.startswith(("coref", "person")):
            continue
        distance = abs(other.head - draft.head)
        if best is None or distance < best[0]:
            best = (distance, p.country)
    if best is None:
        return draft
    code = f"{best[1]}{r.role or ''}"
    return replace(draft, result=replace(r, code=code, country=best[1], rule="context:sentence"))


def _names_someone(parsed: ParsedArticle, draft: Draft) -> bool:
    """A role phrase with a proper name in it: "President Laurent Gbagbo", "Shona rebels";
    not a region's adjective ("European leaders", "Western diplomats")."""
    tokens = parsed.tokens[draft.start : draft.end]
    if any(t.ent_type == "PERSON" for t in tokens):
        return True  # "Foreign Minister Sergei Ryabkov": a person, whatever the title says
    if any(t.text.lower() in REGIONAL for t in tokens):
        return False
    return any(t.pos == "PROPN" or t.ent_type in ("PERSON", "NORP") for t in tokens)


def _title_holder(parsed: ParsedArticle, draft: Draft, dictionary: ActorDictionary) -> Draft:
    """ "the Russian president": names the holder of that office on the article's date."""
    r = draft.result
    offices = OFFICES.get(r.title or "", ())
    for office in offices:
        entry = dictionary.holder(r.country or "", office, parsed.article.published)
        if entry is not None:
            return replace(draft, result=replace(r, name=entry.name, rule="person:title"))
    return draft


def _pronoun(parsed: ParsedArticle, i: int, drafts: list[Draft]) -> Draft | None:
    t = parsed.tokens[i]
    word = t.text.lower()
    sent = t.sent
    best: Draft | None = None
    for d in drafts:
        if d.start >= i:
            break
        if sent - parsed.tokens[d.head].sent > WINDOW or (d.result.code is None and not d.named):
            continue
        r = d.result
        if word in PRONOUNS_PERSON:
            ok = r.person and not d.plural
        elif word in PRONOUNS_BODY:
            ok = not r.person and not d.plural
        else:
            ok = d.plural or (not r.person and r.role is None and r.code is not None)
        if ok:
            best = d
    if best is None:
        return None
    b = best.result
    result = Resolution(b.code, b.country, b.name, "coref:pronoun", b.role, person=b.person)
    return Draft(i, i + 1, i, result, plural=word in PRONOUNS_GROUP)


def _groups(parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary) -> list[Draft]:
    """Adds members for "the two countries"-style phrases (found by their head noun)."""
    tokens = parsed.tokens
    out: list[Draft] = []
    taken = {i for d in drafts for i in range(d.start, d.end)}
    heads: list[tuple[int, int, int]] = []
    for t in tokens:
        if t.lemma.lower() in GROUP_NOUNS and t.tag in ("NNS", "NNPS") and t.i not in taken:
            words = [c.text.lower() for c in parsed.children(t.i)]
            number = next((NUMBERS[w] for w in words if w in NUMBERS), 0)
            if number:
                start = min([t.i] + [c.i for c in parsed.children(t.i) if c.i < t.i])
                heads.append((start, t.i, number))
    if not heads:
        return drafts
    for start, head, number in heads:
        first: dict[str, int] = {}
        for d in drafts:
            c = d.result.country
            if d.start < start and c and c not in first and not d.result.rule.startswith("coref"):
                first[c] = d.start
        latest: list[str] = []
        for d in reversed(drafts):
            c = d.result.country
            if d.start < start and c in first and c not in latest:
                latest.append(c)
                if len(latest) == number:
                    break
        for country in sorted(latest, key=lambda c: first[c]):
            name = dictionary.countries.get(country, country)
            member = Resolution(country, country, name, "coref:group")
            out.append(Draft(start, head + 1, head, member, plural=True))
    merged = drafts + out
    merged.sort(key=lambda d: (d.start, d.end))
    return merged
