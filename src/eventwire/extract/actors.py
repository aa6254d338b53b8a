"""Actor mentions: who is acting, as a country and a role, across the whole article.

Dictionary matches (``actor_matches.py``) are grouped into noun phrases (``mentions.py``), each
phrase is resolved to a CAMEO-style code (``dictionaries/lookup.py``), named entities nothing
matched are kept as uncoded actors, and coreference (``coref.py``) then links surnames, titles,
pronouns and group nouns to the actors they stand for.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.dictionaries import ActorDictionary
from eventwire.dictionaries.lookup import PLACES as PLACE_KINDS
from eventwire.dictionaries.lookup import Resolution, one_person, resolve
from eventwire.dictionaries.model import (
    NON_STATE_PREFIXES,
    ActorEntry,
    DatedCode,
    RoleEntry,
)
from eventwire.extract.actor_antecedents import bare_groups
from eventwire.extract.actor_compass import combining_forms, compass_pairs, named_halves
from eventwire.extract.actor_dateline import dateline_of
from eventwire.extract.actor_descriptions import described_actors
from eventwire.extract.actor_draft import TEXT_ORDER
from eventwire.extract.actor_followers import (
    body_repeats,
    followers,
    funded_groups,
    parts_of,
    shared_possessions,
    shared_roles,
    titled_members,
)
from eventwire.extract.actor_kinds import (
    STATE_AGENCY,
    WINGS,
    armed_wing,
    demonym_modifies,
    ethnic_word,
    former,
    in_revolt,
    led_coalition,
    party_union,
    public_agency,
    regions_people,
)
from eventwire.extract.actor_matches import find_matches, prefer_context
from eventwire.extract.actor_names import (
    UNION_HEADS,
    members_role,
    name_role,
    not_based,
)
from eventwire.extract.actor_senses import (
    alliance_members,
    conflict_parties,
    facility_towns,
    not_place_named_documents,
    opposition_crowds,
    river_banks,
    settlers,
    side_drafts,
)
from eventwire.extract.coref import Draft, resolve_coreference
from eventwire.extract.mentions import (
    ACTOR_ENTS,
    LEFT_DEPS,
    TIED,
    Phrase,
    group_matches,
    name_end,
)
from eventwire.models import ActorMention, Entity, ParsedArticle, Span

# Where a bare capital is a clause participant and so stands for its government.
ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "iobj", "poss", "dative", "appos"))
ATTACK_VERBS = frozenset(
    (
        "attack",
        "shell",
        "bomb",
        "bombard",
        "strike",
        "hit",
        "raid",
        "storm",
        "besiege",
        "shoot",
        "fire",
        "target",
        "pound",
        "blockade",
        "invade",
        "capture",
        "seize",
        "occupy",
        "overrun",
        "rocket",
        "shut",
        "encircle",
        "surround",
        "assault",
    )
)
TOWN_KINDS = frozenset(("capital", "city", "region"))
ACTING_PREPS = frozenset(("with", "by", "against", "between", "from"))
# The role of a plural demonym or ethnic group heading its phrase: people, not a state.
PEOPLE = RoleEntry("people", "CVL", "group")
# Someone no longer in the office their title names: "former", "ousted", "exiled" ...
FORMER = RoleEntry("former", "ELI", "person")
# A people's part living in a state: coded by that state ("the Albanian minority in Serbia").
MINORITY = frozenset(("minority", "community", "population", "diaspora"))
# A coalition "led" by a state fights: "the US-led coalition" is military, not a party.
LED_COALITION = RoleEntry("coalition forces", "MIL", "institution")
# A "Union" that is a party: named by a political word and no trade ("Patriotic Union").
PARTY_UNION = RoleEntry("party", "PTY", "institution")
# The fighters of a party or movement: CAMEO's rebels, whatever the party's own code.
ARMED_WING = "REB"
# Head nouns of a named body no dictionary knows that make it a non-governmental organization:
# "the Pan-African Lawyers Association", "the Global Water Forum" (CAMEO's NGO).
NGO_HEADS = frozenset(("association", "forum", "foundation", "federation"))


def extract_actors(parsed: ParsedArticle, dictionary: ActorDictionary) -> list[ActorMention]:
    """All actor mentions of an article, in text order.

    One mention per actor noun phrase (its head is the phrase's syntactic head), coordinated
    actors separately, pronouns and other references as ``coref:*`` mentions.
    """
    if not parsed.tokens:
        return []
    with parsed.indexed_children() as children:  # one table for every caller in the stage
        return _extract(parsed, dictionary, children)


def _extract(
    parsed: ParsedArticle, dictionary: ActorDictionary, children: list[list[int]]
) -> list[ActorMention]:
    drafts: list[Draft] = []
    covered: set[int] = set()
    line_start, dateline, place = dateline_of(parsed, dictionary)
    matches = [m for m in find_matches(parsed, dictionary) if not line_start <= m.start < dateline]
    matches = river_banks(parsed, prefer_context(matches, parsed.article.published))
    matches, sides = conflict_parties(parsed, matches)
    phrases = group_matches(parsed, matches, children)
    claimed = {i: p.head for p in phrases for i in p.tokens}
    claimed.update((i, -1) for i in range(line_start, dateline))  # "NAIROBI (EWS) -": nobody's
    entity_at: dict[int, Entity] = {}  # the first entity over each token
    for e in parsed.entities:
        for i in range(e.token_start, e.token_end):
            entity_at.setdefault(i, e)
        if e.label == "PERSON":  # a name is its own phrase's: "Trump" never pads "JD Vance"
            last = name_end(parsed, e) - 1
            for i in range(e.token_start, e.token_end):
                claimed.setdefault(i, last)
    for phrase in phrases:
        draft = _draft(parsed, phrase, dictionary, children, claimed, entity_at)
        if draft is None:
            continue
        drafts.append(draft)
        covered.update(range(draft.start, draft.end))
    drafts.extend(_entity_drafts(parsed, covered))
    drafts.extend(side_drafts(parsed, sides))
    drafts = [d for d in drafts if not line_start <= d.start < dateline]
    drafts = facility_towns(parsed, not_place_named_documents(parsed, drafts))
    drafts.sort(key=TEXT_ORDER)
    drafts = combining_forms(parsed, drafts, dictionary)
    drafts = named_halves(parsed, compass_pairs(parsed, drafts, dictionary), dictionary)
    drafts = bare_groups(parsed, alliance_members(parsed, drafts, dictionary))
    drafts = described_actors(parsed, drafts)
    drafts = resolve_coreference(parsed, drafts, dictionary, dateline=place)
    drafts = parts_of(parsed, followers(parsed, body_repeats(parsed, drafts)))
    drafts = shared_possessions(
        parsed, funded_groups(parsed, titled_members(parsed, drafts), place)
    )
    drafts = opposition_crowds(parsed, settlers(parsed, shared_roles(parsed, drafts)))
    return _mentions(parsed, drafts)


def _left_edge(
    parsed: ParsedArticle, head: int, children: list[list[int]], claimed: dict[int, int]
) -> int:
    """The first token of the head's pre-modifiers ("both", "the", "Russia 's", "Senior")."""
    tokens = parsed.tokens
    edge = head
    # plain loops, not comprehensions: this runs per phrase, over a child or two
    stack: list[int] = []
    for c in children[head]:
        if c < head and tokens[c].dep in LEFT_DEPS:
            stack.append(c)
    while stack:
        i = stack.pop()
        if i < edge:
            edge = i
        for c in children[i]:  # most modifiers are leaves
            if c < i:
                stack.append(c)
    # a phrase never runs across a line break (a dateline, a URL line above the text) nor
    # into the tokens of another phrase
    for i in range(head - 1, edge - 1, -1):
        t = tokens[i]
        if "\n" in t.ws or "\n" in t.text or t.pos == "SPACE":
            return i + 1
        if claimed.get(i, head) != head:
            return i + 1
    return edge


def _acting(parsed: ParsedArticle, head: int) -> bool:
    t = parsed.tokens[head]
    if t.dep in ACTING_DEPS:
        return True
    if t.dep == "pobj":
        prep = parsed.tokens[t.head]
        return prep.dep == "agent" or prep.text.lower() in ACTING_PREPS
    return t.dep == "conj" and _acting(parsed, t.head)


def _attacked_place(parsed: ParsedArticle, head: int, own_kinds: set[str]) -> bool:
    """A city or capital (``own_kinds``: the kinds of the head's entries) that is the object of
    an attack verb."""
    if not own_kinds or not own_kinds <= TOWN_KINDS:
        return False
    t = parsed.tokens[head]
    if t.dep == "pobj" and parsed.tokens[t.head].text.lower() in ("on", "at", "against"):
        t = parsed.tokens[t.head]
        verb = parsed.tokens[t.head]
        return (
            t.dep == "prep"
            and verb.lemma in ATTACK_VERBS
            # "hit out at Washington": words, and the capital is the government
            and not any(c.dep == "prt" for c in parsed.children(verb.i))
        )
    return t.dep in ("dobj", "nsubjpass") and parsed.tokens[t.head].lemma in ATTACK_VERBS


def _ordered_names(
    phrase: Phrase,
    own: list[ActorEntry],
    own_kinds: set[str],
    institution_head: bool,
    minority: bool = False,
    named_body: bool = False,
) -> list[ActorEntry]:
    """The head's own match (``own``, of ``own_kinds``) first, then modifiers before it, then
    "of"-phrases after it; a people's part (``minority``) is placed by its "of"-phrase, and so is
    a ``named_body`` by a country its name ends in, before a people's word.

    A person who only modifies an institution ("Djindjic's opposition coalition", "the Bush
    administration") lends the institution their country, not their own code.
    """
    head = phrase.head
    left: list[ActorEntry] = []
    right: list[ActorEntry] = []
    for m, e in phrase.names:
        if m.start > head:
            right.append(e)
        elif e not in own:
            left.append(e)
    ordered = own + left + right
    if own_kinds == {"demonym"} and (left or right):
        ordered = left + right + own  # "Bosnian Serbs", "Iraqi Kurds": the modifier's country
    elif minority and all(e.kind == "demonym" for e in left) and right:
        ordered = right + left  # "the Albanian population of Montenegro": Montenegro's people
    elif named_body and left and all(e.kind == "demonym" for e in left):
        countries = [e for e in right if e.kind == "country"]
        if countries:  # "the Ukrainian Orthodox Church of Canada": the people's word a faith's
            ordered = countries + left + [e for e in right if e.kind != "country"]
    if institution_head and "person" not in own_kinds:
        ordered = [_country_of(e) if e.kind == "person" else e for e in ordered]
    return ordered


def _country_of(person: ActorEntry) -> ActorEntry:
    country = next((c.code[:3] for c in person.codes if c.code[:3].isalpha()), "---")
    return ActorEntry(person.name, "country", (DatedCode(country),), person.source)


def _draft(
    parsed: ParsedArticle,
    phrase: Phrase,
    dictionary: ActorDictionary,
    children: list[list[int]],
    claimed: dict[int, int],
    entity_at: dict[int, Entity],
) -> Draft | None:
    head = phrase.head
    token = parsed.tokens[head]
    lemma = token.lemma.lower()
    roles: list[tuple[RoleEntry, bool]] = []
    head_role: RoleEntry | None = None
    for m, r in phrase.roles:
        at_head = m.start <= head < m.end
        roles.append((r, at_head))
        if at_head and head_role is None:
            head_role = r
    own: list[ActorEntry] = []  # the head's own entries, and their kinds
    own_kinds: set[str] = set()
    for m, e in phrase.names:
        if m.start <= head < m.end:
            own.append(e)
            own_kinds.add(e.kind)
    institution = head_role is not None and head_role.kind != "person"
    if len(phrase.names) > 1:
        phrase = not_based(parsed, phrase)
    if phrase.conjunct is not None:
        names = [e for m, e in phrase.names]
    else:
        # a people's part, or a named body, is where its "of" phrase says: "the Albanian
        # population of Montenegro", "the Ukrainian Orthodox Church of Canada"
        body = token.ent_type == "ORG" and token.text[:1].isupper()
        names = _ordered_names(phrase, own, own_kinds, institution, lemma in MINORITY, body)
    plural_tag = token.tag in ("NNS", "NNPS")
    plural = plural_tag or (token.pos == "PROPN" and token.text.endswith("s"))
    ethnic = False
    if not roles and plural and (token.ent_type == "NORP" or "demonym" in own_kinds):
        roles = [(PEOPLE, True)]  # "Palestinians", "Iraqi Kurds": a people, not a state
        ethnic = any(parsed.tokens[c].text.lower() == "ethnic" for c in children[head] if c < head)
    elif lemma in MINORITY and demonym_modifies(phrase):
        ethnic = True  # "the Albanian population of the province", "the Turkish minority"
    elif demonym_modifies(phrase) and ethnic_word(parsed, phrase, children):
        ethnic = True  # "ethnic Serb villages", "ethnic Albanian separatists": a people's
    elif own_kinds == {"demonym"} and len(phrase.names) == 1 and in_revolt(parsed, phrase):
        ethnic = True  # "the rebel Serb stronghold": Serbs in revolt where they live
    if head_role is not None:
        if head_role.code == "PTY" and led_coalition(parsed, head):
            roles = [(LED_COALITION, True)]  # "the US-led coalition": a military alliance
        if head_role.code == "LAB" and party_union(parsed, head, children):
            roles = [(PARTY_UNION, True)]  # "the Christian Democratic Union": no trade union
    if (
        lemma == "agency"
        and head_role is not None
        and head_role.weak
        and len(roles) == 1
        and public_agency(parsed, head, children)
    ):
        roles = [(STATE_AGENCY, True)]  # "Sweden's migration agency": no news agency
    if lemma in UNION_HEADS and token.text[:1].isupper():
        members = members_role(parsed, head, children)
        if members is not None:  # not the legislature "Congress" names either
            roles = [(members, True)]
            names = [e for e in names if e not in own]
    if (
        token.ent_type == "ORG"
        and all(r.weak for r, _ in roles)
        and all(e.kind != "organization" for e in names)  # a known body keeps its own code
    ):
        named_role = name_role(parsed, head, entity_at)
        if named_role is not None:
            roles = [(named_role, True)]
    if not phrase.names:
        for r, _ in roles:
            if r.kind != "possession":
                break
        else:
            return None  # "homes" is an actor only as someone's: "Palestinian homes"
    if not roles and own_kinds and _attacked_place(parsed, head, own_kinds):
        roles = [(PEOPLE, True)]  # "rebels shelled Juba": the town's people, not its rulers
    if phrase.roles and former(parsed, phrase, children):
        roles = [(FORMER, True)]  # "former President Carlos Menem": CAMEO's elites
    result = one_person(
        resolve(
            names,
            roles,
            parsed.article.published,
            acting=_acting(parsed, head),
            head_place=not own_kinds.isdisjoint(PLACE_KINDS),
            country_name=dictionary.countries,
        ),
        roles,
    )
    if result.rule == "none":
        return None
    if (
        result.role == "MIL"
        and result.rule == "dictionary:region+role"
        and regions_people(parsed, phrase)
    ):
        # "Tigrayan forces": a region's people in arms are no state army (CAMEO's rebels)
        coded = result.code or ""
        code = f"{coded[:3]}{ARMED_WING}{coded[6:]}"
        result = replace(result, code=code, role=ARMED_WING, rule=f"{result.rule}+people")
    if (
        lemma in WINGS
        and result.code
        and result.country is not None
        and result.country not in NON_STATE_PREFIXES
        and result.role != ARMED_WING
        and armed_wing(parsed, phrase, children)
    ):
        # "Fatah's armed wing": the party's fighters, CAMEO's rebels (PSEPTYFTH -> PSEREBFTH)
        code = f"{result.code[:3]}{ARMED_WING}{result.code[6:]}"
        result = replace(result, code=code, role=ARMED_WING, rule=f"{result.rule}+wing")
    if phrase.conjunct is not None:
        tokens = sorted(phrase.tokens)
        start, end = tokens[0], tokens[-1] + 1
    else:
        start = min(_left_edge(parsed, head, children, claimed), min(phrase.tokens))
        while start < head and (
            parsed.tokens[start].pos in ("CCONJ", "PUNCT", "SPACE")
            or (parsed.tokens[start - 1].text == "-" and parsed.tokens[start].text.lower() in TIED)
        ):
            start += 1  # not "- linked" of "Al Qaeda-linked militants": that is Al Qaeda's
        end = max(phrase.tokens) + 1
    ent = entity_at.get(head) if token.ent_type in ACTOR_ENTS else None  # an actor's name
    if (
        ent is not None
        and ent.label == "PERSON"
        and not result.rule.startswith("person")
        and not _a_people(roles)
    ):
        result = replace(result, name=ent.text, person=True)
    if result.rule == "person" and any(m.surname for m, e in phrase.names if e.kind == "person"):
        result = replace(result, rule="person:surname")
    return Draft(
        start,
        end,
        head,
        result,
        plural=plural_tag,
        named=ent is not None,
        ethnic=ethnic and len(phrase.names) == 1,
    )


def _a_people(roles: list[tuple[RoleEntry, bool]]) -> bool:
    """The roles are ``[(PEOPLE, True)]``, compared field by field only when they may be."""
    if len(roles) != 1 or not roles[0][1]:
        return False
    role = roles[0][0]
    return role is PEOPLE or (role.term == PEOPLE.term and role == PEOPLE)


def _entity_drafts(parsed: ParsedArticle, covered: set[int]) -> list[Draft]:
    """Named entities that no dictionary phrase covered: actors we cannot code yet."""
    out = []
    for e in parsed.entities:
        if e.label not in ACTOR_ENTS or not covered.isdisjoint(range(e.token_start, e.token_end)):
            continue
        head = e.token_end - 1
        for i in range(e.token_start, e.token_end):
            h = parsed.tokens[i].head
            if h < e.token_start or h >= e.token_end or h == i:
                head = i
                break
        rule = "ner:person" if e.label == "PERSON" else f"ner:{e.label.lower()}"
        result = Resolution(None, None, e.text, rule, person=e.label == "PERSON")
        if e.label == "ORG" and parsed.tokens[head].lemma.lower() in NGO_HEADS:
            result = Resolution("NGO", "NGO", e.text, "ner:ngo", role="NGO")
        plural = parsed.tokens[head].tag in ("NNS", "NNPS")
        end = name_end(parsed, e)  # "Saddam Hussein's": the name without its possessive
        out.append(Draft(e.token_start, end, min(head, end - 1), result, plural=plural, named=True))
    return out


def _mentions(parsed: ParsedArticle, drafts: list[Draft]) -> list[ActorMention]:
    """The drafts as mentions: one built per actor, positionally (``ActorMention``'s order:
    span, name, code, country, rule, sentence, token_start, token_end, head)."""
    tokens, text = parsed.tokens, parsed.article.text
    out = []
    for d in drafts:
        final = tokens[d.end - 1]
        first, last = tokens[d.start].start, final.start + len(final.text)  # Token.end, inline
        r = d.result
        span = Span(first, last, text[first:last])
        sentence = tokens[d.head].sent
        out.append(
            ActorMention(span, r.name, r.code, r.country, r.rule, sentence, d.start, d.end, d.head)
        )
    return out
