"""A role's country from its own noun phrase: the possessive pronoun of "their forces", the
place of "refugees in Liberia" or "militants loyal to Iraq's ..." (offices only through
"of"/"from": "troops in Syria" are not Syria's). Split from ``actor_context.py``, which asks.
"""

from __future__ import annotations

from eventwire.extract.actor_antecedents import OUTPOSTS
from eventwire.extract.actor_draft import NON_STATE, Draft
from eventwire.extract.locations import country_of_place
from eventwire.extract.pronouns import agrees, is_reference, pronoun_reference
from eventwire.models import ParsedArticle, Token

# Roles of offices, which a place names only as "of"/"from": "the minister of Peru".
OFFICE_ROLES = frozenset(("GOV", "MIL", "SPY", "COP", "LEG", "JUD"))
OF_PREPS = frozenset(("of", "from"))
# Adjectives after a role that tie it to the person who commands it: "forces loyal to ...".
LOYAL = frozenset(("loyal", "allied", "faithful"))
# Bodies that sit in their capital: "the Foreign Ministry in Beijing" is China's (troops or
# an embassy in a capital are not that state's).
SEATED_ROLES = frozenset(("GOV", "LEG", "JUD"))
SEAT_PREPS = frozenset(("in",))
CAPITAL_READINGS = frozenset(("dictionary:capital", "metonym:capital"))
STATE_READINGS = CAPITAL_READINGS | {"dictionary:country"}
# The vague titles of a government's people, who sit in its capital too: "officials in Kabul".
SEATED_TITLES = frozenset(("official", "authority"))
# Prepositions that place a people or a group: "refugees in Liberia", "rebels from Darfur".
PLACE_PREPS = frozenset(
    ("of", "from", "in", "at", "near", "inside", "within", "throughout", "across", "to", "outside")
)
# Verbs of employment and membership, and the prepositions by which their object places the
# group: "workers working for Daewoo", "staff employed by the state airline", "miners
# belonging to the country's largest union", "teachers affiliated with ...".
MEMBERSHIP = {
    "work": frozenset(("for", "at")),
    "employ": frozenset(("by", "at")),
    "belong": frozenset(("to",)),
    "affiliate": frozenset(("with", "to")),
    "represent": frozenset(("by",)),
}
# Nouns of number a group hangs its phrase on: "thousands of workers at the state oil company"
# (the parser attaches "at" to "thousands").
QUANTITIES = frozenset(("thousand", "hundred", "dozen", "score", "million", "group", "number"))
# Relations followed down a noun phrase looking for its place.
PHRASE_DEPS = frozenset(
    ("prep", "pobj", "acl", "relcl", "dobj", "amod", "compound", "poss", "nmod")
)


def possessor(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> tuple[str, str] | None:
    """ "their forces", "its army": the country of what the possessive pronoun stands for."""
    for t in parsed.tokens[draft.start : draft.head]:
        if (
            t.dep == "poss"
            and t.head == draft.head
            and t.pos == "PRON"
            and is_reference(parsed, t.i)
        ):
            ref = _subject(parsed, t.i, earlier) or pronoun_reference(parsed, t.i, earlier)
            country = ref.result.country if ref is not None else None
            if country and country not in NON_STATE:
                return country, "coref:possessive"
    return None


def _subject(parsed: ParsedArticle, i: int, earlier: list[Draft]) -> Draft | None:
    """A possessive's likeliest antecedent: the nearest subject before it in its sentence that
    agrees with it ("Congo cut ties with Rwanda and recalled its diplomats" -> Congo)."""
    tokens = parsed.tokens
    word = tokens[i].text.lower()
    for d in reversed(earlier):
        if tokens[d.head].sent != tokens[i].sent or d.start >= i:
            continue
        if tokens[d.head].dep not in ("nsubj", "nsubjpass") or d.result.code is None:
            continue
        if agrees(word, d, not d.result.person):
            return d
        # "Saudi Arabia cut ties with Iran after protesters stormed its embassy": a subject
        # the pronoun cannot stand for is passed over for the one before it
    return None


def phrase_place(parsed: ParsedArticle, draft: Draft, later: list[Draft]) -> tuple[str, str] | None:
    """A place inside the role's own noun phrase: "refugees fleeing the war in Liberia",
    "militants loyal to Iraq's ...", "the mayor of the West Bank city of Nablus". Offices
    (GOV, MIL, ...) are placed only through "of"/"from": "troops in Syria" are not Syria's."""
    r = draft.result
    office = r.role in OFFICE_ROLES
    found = _phrase_place(parsed, draft, later, OF_PREPS if office else PLACE_PREPS)
    seated = (not r.person and not r.weak) or r.title in SEATED_TITLES
    if found is None and r.role in SEATED_ROLES and seated:
        # "officials in Kabul"; a body, in its country too: "the junta in Mali"
        readings = CAPITAL_READINGS if r.person or r.weak else STATE_READINGS
        found = _phrase_place(parsed, draft, later, SEAT_PREPS, readings)
    return found


def loyal_to(parsed: ParsedArticle, draft: Draft, later: list[Draft]) -> tuple[str, str] | None:
    """Forces "loyal to" a person the article codes are of that person's country: "forces
    loyal to eastern commander Khalifa Haftar" are Libya's, whatever their office. The person
    is the phrase right after "to" (the parser may hang the name elsewhere)."""
    for c in parsed.children(draft.head):
        if c.i < draft.head or c.text.lower() not in LOYAL:
            continue
        for prep in parsed.children(c.i):
            if prep.dep != "prep" or prep.text.lower() not in ("to", "with"):
                continue
            for d in later:
                if d.start > prep.i + 1:
                    break
                r = d.result
                if d.start == prep.i + 1 and r.person and r.country and r.country not in NON_STATE:
                    return r.country, "context:phrase"
    return None


def _phrase_place(
    parsed: ParsedArticle,
    draft: Draft,
    later: list[Draft],
    preps: frozenset[str],
    readings: frozenset[str] | None = None,
) -> tuple[str, str] | None:
    """``phrase_place`` through ``preps``, to places of ``readings`` only if given."""
    sent_no = parsed.tokens[draft.head].sent
    heads = {d.head: d for d in in_sentence(parsed, sent_no, [], later) if d.head > draft.head}
    if not heads:
        return None
    # the first place a breadth-first walk down the phrase would meet: the nearest, then the
    # first in text order along its path; found by walking up from the few places instead
    end = parsed.sentences[sent_no].token_end
    top = _counted(parsed, draft.head)
    best: tuple[tuple[int, tuple[int, ...]], Draft] | None = None
    for c, d in heads.items():
        if not state_place(d) or not _placed(parsed, c, preps):
            continue
        if _outpost(parsed, c):
            continue  # "protesters at the US embassy in Jakarta": a post abroad
        if readings is not None and d.result.rule not in readings:
            continue
        path = _path_down(parsed, draft.head, c, end, preps)
        if path is None and top is not None:
            path = _path_down(parsed, top, c, end, preps)
        if path is not None and (best is None or (len(path), path) < best[0]):
            best = (len(path), path), d
    return (best[1].result.country or "", "context:phrase") if best is not None else None


def named_place(parsed: ParsedArticle, draft: Draft) -> tuple[str, str] | None:
    """A town or region named as a modifier of the role's noun: "Jenin refugees", "Kharkiv
    residents" are of the state the place lies in, by the gazetteer. Groups only: a "Washington
    correspondent" works there for anyone."""
    if draft.result.person:
        return None
    tokens = parsed.tokens
    for t in tokens[draft.start : draft.head]:
        if t.ent_type != "GPE" or t.pos != "PROPN" or t.ent_iob != "B":
            continue
        end = t.i + 1
        while end < draft.head and tokens[end].ent_iob == "I":
            end += 1
        last = tokens[end - 1]
        if last.dep != "compound" or last.head != draft.head:
            continue
        country = country_of_place(parsed.article.text[t.start : last.end])
        if country and country not in NON_STATE:
            return country, "context:place"
    return None


def _counted(parsed: ParsedArticle, head: int) -> int | None:
    """The number noun ``head`` is counted by ("thousands" of "thousands of workers"), whose
    phrase the parser may give the rest of the group's."""
    tokens = parsed.tokens
    t = tokens[head]
    if t.dep != "pobj" or tokens[t.head].text.lower() != "of":
        return None
    n = tokens[t.head].head
    number = tokens[n].pos == "NUM" or tokens[n].lemma.lower() in QUANTITIES
    return n if number and n < head and tokens[t.head].dep == "prep" else None


def _path_down(
    parsed: ParsedArticle, top: int, i: int, end: int, preps: frozenset[str]
) -> tuple[int, ...] | None:
    """The tokens from below ``top`` down to ``i`` (at most 5, all before ``end``), when every
    one above ``i`` continues the phrase (``PHRASE_DEPS``; a preposition only if it places)."""
    tokens = parsed.tokens
    path = [i]
    for _ in range(5):
        h = tokens[i].head
        if h == top:
            return tuple(reversed(path))
        if h == i or not top < h < end:
            return None
        t = tokens[h]
        if t.dep not in PHRASE_DEPS or (t.dep == "prep" and not _place_prep(parsed, h, preps)):
            return None
        path.append(h)
        i = h
    return None


def in_sentence(
    parsed: ParsedArticle, sent: int, earlier: list[Draft], later: list[Draft]
) -> list[Draft]:
    """The drafts of sentence ``sent`` among those just before and just after a draft (both
    lists are in text order, so the scan stops at the sentence's edges: no O(n^2))."""
    tokens = parsed.tokens
    first, end = parsed.sentences[sent].token_start, parsed.sentences[sent].token_end
    out: list[Draft] = []
    for d in reversed(earlier):
        own = tokens[d.head].sent
        if own == sent:
            out.append(d)
        elif own < sent and d.end <= first:
            break
    for d in later:
        if d.start >= end:
            break
        if tokens[d.head].sent == sent:
            out.append(d)
    return out


def state_place(draft: Draft) -> bool:
    r = draft.result
    return bool(r.country) and r.country not in NON_STATE and not r.rule.startswith("coref")


def _outpost(parsed: ParsedArticle, i: int) -> bool:
    """Whether the phrase ``i`` names (or modifies) is a state's post abroad: an embassy."""
    return _phrase_head(parsed, i, _MODIFIERS).lemma.lower() in OUTPOSTS


def _placed(parsed: ParsedArticle, i: int, preps: frozenset[str]) -> bool:
    """A phrase reached as the object of an allowed preposition, or a modifier of one."""
    t = _phrase_head(parsed, i, _MODIFIERS_OR_CONJUNCTS)
    return t.dep == "pobj" and _place_prep(parsed, t.head, preps)


_MODIFIERS = frozenset(("compound", "amod", "poss", "nmod"))
_MODIFIERS_OR_CONJUNCTS = _MODIFIERS | {"conj"}


def _phrase_head(parsed: ParsedArticle, i: int, deps: frozenset[str]) -> Token:
    """The token ``i`` modifies, climbing through ``deps`` ("US" of "the US embassy")."""
    t = parsed.tokens[i]
    while t.dep in deps and t.head != t.i:
        t = parsed.tokens[t.head]
    return t


def _place_prep(parsed: ParsedArticle, i: int, preps: frozenset[str]) -> bool:
    """ "to" places only after an adjective ("loyal to"), not after a noun ("a party to")."""
    t = parsed.tokens[i]
    word = t.text.lower()
    if word in MEMBERSHIP.get(parsed.tokens[t.head].lemma.lower(), ()):
        return True  # "workers employed by the state airline"
    if word == "to":
        return "to" in preps and parsed.tokens[t.head].pos == "ADJ"
    return word in preps


def acted_on(parsed: ParsedArticle, actor: int, other: int) -> bool:
    """Whether ``other`` (after ``actor``) is an object of an infinitive governed by the verb
    whose subject ``actor``'s phrase is: "pressured by parliament to help Iran", "the assembly
    voted to sanction Russia". What an actor is pressed or resolves to act on is not whose it
    is."""
    tokens = parsed.tokens
    t = tokens[other]
    if t.dep == "pobj" and t.head != other:
        t = tokens[t.head]  # "to send troops to Mali": through the preposition
    if t.dep not in ("dobj", "prep", "dative") or t.head == t.i:
        return False
    verb = tokens[t.head]
    if verb.pos != "VERB":
        return False
    # only through an infinitive: "to help Iran", not "after visiting Iran"; nor the verb's
    # own object, which is often the actor's own people ("Judge X opened investigations
    # against 28 Chilean officials")
    if not (
        verb.dep == "xcomp"
        or (
            verb.dep == "advcl"
            and any(c.dep == "aux" and c.text.lower() == "to" for c in parsed.children(verb.i))
        )
    ):
        return False
    subject = subject_of_phrase(parsed, actor)
    return subject is not None and tokens[subject].head == verb.head


# Readings of a state named as one: what a role acts on, not where it is from.
STATE_NAMED = frozenset(("dictionary:country", "metonym:capital"))


def state_acted_on(parsed: ParsedArticle, actor: int, other: Draft) -> bool:
    """Whether ``other`` is a state, named as one, that the verb whose subject ``actor`` is
    acts on directly: "Kurdish forces accused Turkey", "declared war against Rwanda" are not
    Turkey's or Rwanda's (a person or body object may still be the actor's own people)."""
    tokens = parsed.tokens
    obj, subj = tokens[other.head], tokens[actor]
    if other.result.rule not in STATE_NAMED:
        return False
    if subj.dep != "nsubj":  # "the Council of Islamic Judges": the phrase's subject
        k = subject_of_phrase(parsed, actor)
        if k is None or tokens[k].dep != "nsubj":
            return False
        subj = tokens[k]
    if obj.dep == "pobj" and tokens[obj.head].text.lower() == "against":
        # "the Kivu Liberation Front declared war against Rwanda": on the verb or its object
        anchor = tokens[tokens[obj.head].head]
        return anchor.i == subj.head or (anchor.dep == "dobj" and anchor.head == subj.head)
    return obj.dep == "dobj" and obj.head == subj.head


def subject_of_phrase(parsed: ParsedArticle, i: int) -> int | None:
    """The subject (or passive agent) whose noun phrase token ``i`` lies in, if any."""
    tokens = parsed.tokens
    t = tokens[i]
    for _ in range(8):
        if t.dep in ("nsubj", "nsubjpass"):
            return t.i
        if t.dep == "pobj" and tokens[t.head].dep == "agent":
            return t.head  # "by parliament": the agent stands for the subject
        if t.head == t.i or t.dep not in INSIDE_PHRASE:
            return None
        t = tokens[t.head]
    return None


# Relations that keep a token inside its noun phrase, up to the phrase's own head.
INSIDE_PHRASE = frozenset(
    ("compound", "amod", "appos", "poss", "nmod", "prep", "pobj", "acl", "conj", "cc", "det")
)
