"""Context for actors a phrase does not code by itself: roles without a country (pronouns are
``pronouns.py``'s).

- ``coref:appos``: a role beside an apposition ("The US commander in Iraq, General David
  Petraeus") takes the country of the phrase it stands beside;
- ``coref:possessive``, ``context:phrase``: a role with no country takes the country of its
  possessive pronoun ("their forces") or of a place inside its own phrase ("refugees in Liberia",
  "militants loyal to Iraq's ..."; offices only through "of"/"from": "troops in Syria" are not
  Syria's; the look-in is ``actor_phrase.py``'s);
- ``coref:role``, ``coref:epithet``: a role with no country ("the rebels") to the last actor
  with that role, a description ("the Islamist movement", "the coalition") to the actor it
  repeats (the look-back is ``actor_antecedents.py``'s);
- ``context:sentence``, ``context:dateline``: a titled name with no country ("President Laurent
  Gbagbo") takes a country named before it in its sentence, the dateline's, or the nearest one;
  an ethnic people ("ethnic Albanians", "the Turkish minority") and fighters named by their
  backer ("pro-Russian separatists") the state where the sentence has them (``actor_peoples.py``),
  as CAMEO codes a minority by where it lives; with no dateline, "the government" or
  "police" beside a domestic group of one country only ("Kenyan students clashed with police")
  is that country's, and forces a state moves ("Poland scrambled fighter jets") its own.

Split from ``coref.py``, which runs these over the drafts in text order.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.dictionaries.lookup import OUTSIDE_FORCES
from eventwire.extract.actor_antecedents import (
    OUTPOSTS,
    named_group,
    same_body,
    same_head,
    same_named_body,
    same_noun,
    same_role,
)
from eventwire.extract.actor_draft import NON_STATE, Draft, recoded, with_result
from eventwire.extract.actor_peoples import aligned_context, ethnic_context
from eventwire.extract.actor_phrase import (
    OF_PREPS,
    acted_on,
    in_sentence,
    loyal_to,
    named_place,
    phrase_place,
    possessor,
    state_acted_on,
    state_place,
)
from eventwire.extract.actor_senses import owned, place_possessor
from eventwire.extract.actor_sites import VICTIM_SITES, crossed_state, last_site, victims
from eventwire.extract.actor_states import (
    ACTED_ON_ROLES,
    DOMESTIC_SUBJECTS,
    HOME_AUTHORITIES,
    NEAR_THING,
    TOWN_READINGS,
    challenged_state,
    home_country,
    story_state,
    subject_state,
    the_state_body,
)
from eventwire.models import ParsedArticle

__all__ = ["Draft", "ethnic_context", "role_context"]


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
# Police act at home: where they act (a town of the sentence, else the dateline) is theirs;
# so do "security forces", the wire's word for a state's police and troops at home.
POLICE = frozenset(("police", "policeman", "policemen", "gendarme", "gendarmerie"))
# Roles of the people of a place: a story's opening crowd is its dateline's.
CROWD_ROLES = frozenset(("CVL", "OPP", "EDU", "LAB", "HLH", "AGR", "REL"))
# Office holders who act at home: "KYIV - Lawmakers voted ...", "Prosecutors charged ...".
HOME_OFFICES = frozenset(("LEG", "JUD"))
# Military ranks, which police, rebels and spies hold too: an apposition says whose.
RANKS = frozenset(
    ("general", "gen.", "lt. gen.", "maj. gen.", "brig. gen.", "col.", "lt. col.", "maj.",
     "capt.", "adm.", "sgt.", "colonel", "lieutenant", "major general", "brigadier", "captain",
     "sergeant", "commander")
)  # fmt: skip
RANKED_ROLES = frozenset(("COP", "REB", "UAF", "SPY"))
# Verbs whose object is forces the subject moves: its own ("scrambled jets", "sent troops").
MOVING_FORCES = frozenset(
    ("deploy", "send", "dispatch", "scramble", "mobilize", "mobilise", "mass", "station",
     "move", "withdraw", "pull", "recall", "redeploy", "reinforce", "rush")
)  # fmt: skip
# Forces placed by a sentence that names one state only.
ONE_STATE_ROLES = frozenset(("MIL", "COP"))
STATE_OR_PLACE = frozenset((None, "GOV", "LEG", "JUD", "MIL", "COP"))
# Plural nouns that stand for several states at once.
STATE_GROUPS = frozenset(
    ("country", "nation", "state", "ally", "member", "government", "side", "neighbour", "neighbor")
)


def _counterpart(parsed: ParsedArticle, draft: Draft, earlier: list[Draft], country: str) -> bool:
    """Whether the last earlier actor of ``draft``'s role and ``country`` is another kind of
    people on the other side of the same verb ("Four British tourists were kidnapped by
    tribesmen"): a doer and the people it acts on are not one group (but "the mayor criticized
    the government" is the mayor's own)."""
    tokens = parsed.tokens
    role = draft.result.role
    if role != _PEOPLE:
        return False
    prev = next(
        (p for p in reversed(earlier) if p.result.role == role and p.result.country == country),
        None,
    )
    if (
        prev is None
        or tokens[prev.head].sent != tokens[draft.head].sent
        or tokens[prev.head].lemma.lower() == tokens[draft.head].lemma.lower()
    ):
        return False
    one, other = _argument(parsed, prev.head), _argument(parsed, draft.head)
    return (
        one is not None
        and other is not None
        and one[0] == other[0]
        and {one[1], other[1]} == {"doer", "done-to"}
    )


_PEOPLE = "CVL"


def _argument(parsed: ParsedArticle, i: int) -> tuple[int, str] | None:
    """The verb noun ``i`` is an argument of (past its conjuncts and a preposition) and its
    side: the doer (a subject, an agent) or the one acted on (an object)."""
    tokens = parsed.tokens
    while tokens[i].dep == "conj" and tokens[i].head != i:
        i = tokens[i].head  # "troops and tanks": one side
    t = tokens[i]
    dep = t.dep
    verb = t.head
    if dep == "pobj":
        prep = tokens[verb]
        dep = "agent" if prep.dep == "agent" else "pobj"
        verb = prep.head
    if tokens[verb].pos not in ("VERB", "AUX"):
        return None
    if dep in ("nsubj", "agent"):
        return verb, "doer"
    if dep in ("dobj", "nsubjpass", "dative"):
        return verb, "done-to"
    return None


def role_context(
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
    if r.person and r.role == "MIL" and r.title in RANKS:
        # "Col. Juan Ortiz, a rebel commander": police and rebels hold ranks too
        role = _apposed_role(parsed, draft, later)
        if role is not None:
            r = replace(r, code=f"---{role}", role=role)
            draft = with_result(draft, r)
    group, rule = named_group(parsed, draft, earlier), "coref:epithet"
    if group is None:
        group, rule = same_noun(parsed, draft, earlier), "coref:role"
    if group is not None:
        # "Hamas ... The Islamist movement said": the group the story just named
        return replace(draft, result=replace(r, code=group.code, country=group.country, rule=rule))
    owner = (
        _apposed(parsed, draft, earlier, later)
        or possessor(parsed, draft, earlier)
        or place_possessor(parsed, draft, earlier)
        or phrase_place(parsed, draft, later)
        or loyal_to(parsed, draft, later)
        or named_place(parsed, draft)
        or _moved_by(parsed, draft, earlier)
        or aligned_context(parsed, draft, earlier, later)
    )
    if owner is None and _of_several(parsed, draft):
        return draft  # "the foreign ministers of the three countries": no one country's
    if owner is None:
        named = _names_someone(parsed, draft)
        same = same_head(parsed, draft, earlier) if r.weak else same_role(earlier, r, draft.plural)
        if same is not None and _modifies_thing(parsed, draft, earlier, later):
            same = None  # "Students occupied the university campus": the campus, not them
        if same is not None and _counterpart(parsed, draft, earlier, same[0]):
            same = None  # "tourists were kidnapped by tribesmen": not the tourists' own
        near = (
            _sentence_country(parsed, draft, earlier, later, people=not r.person) if named else None
        )
        if named and r.person:
            # before the name, another person's nationality does not place this one
            # ("Russian President Vladimir Putin met Vice President JD Vance")
            left = _sentence_country(parsed, draft, earlier, [], bodies=True)
            home = (dateline, "context:dateline") if dateline else None
            order = [left, home, near, same]
        else:
            if same is not None and (
                _outsiders(parsed, draft)
                or _another_states(parsed, draft, earlier, same[0])
                or _a_peoples(parsed, draft)
            ):
                same = None
            order = [same, near]
        owner = next((o for o in order if o is not None), None)
    if owner is None and r.role in ONE_STATE_ROLES and not draft.named:
        owner = _one_state_sentence(parsed, draft, earlier, later)
    if owner is None and the_state_body(parsed, draft):
        owner = home_country(parsed, draft, earlier, later, dateline)  # KHARTOUM: "the army"
        if owner is None and r.role == "GOV":  # "The Sejm urged the government to ..."
            owner = subject_state(parsed, draft, earlier, later, DOMESTIC_SUBJECTS)
        if owner is None and not dateline:
            owner = challenged_state(parsed, draft, earlier, later) or story_state(
                parsed, draft, earlier, later
            )
    if owner is None and r.role == "OPP" and not dateline and not r.weak:
        # "Hariri was killed in Beirut. The opposition accused Syria": the opposition of the
        # one state named before its sentence, not of the state it accuses
        owner = story_state(parsed, draft, earlier, [])
    if owner is None and dateline and _local_crowd(parsed, draft, earlier):
        owner = dateline, "context:dateline"  # "KINSHASA - Protesters attacked ..."
    if owner is None and r.role in ACTED_ON_ROLES and not _outsiders(parsed, draft):
        # "a Turkish court jailed three journalists" (not "foreign journalists")
        owner = subject_state(parsed, draft, earlier, later, HOME_AUTHORITIES)
    if owner is None and _crowd(parsed, draft):
        # "protesters rallied in Dili": Dili's people; "marched through central Hong Kong"
        owner = _site(parsed, draft, earlier, later) or crossed_state(parsed, draft, later)
    if owner is None and victims(parsed, draft):
        # "Gunmen attacked a village in Borno. The group killed 30 people": the village's
        owner = _site(parsed, draft, earlier, later, places=VICTIM_SITES) or last_site(
            parsed, draft, earlier
        )
    if owner is None and (
        parsed.tokens[draft.head].lemma.lower() in POLICE or r.title == "security forces"
    ):
        owner = _site(parsed, draft, earlier, later) or (
            (dateline, "context:dateline")
            if dateline
            else challenged_state(parsed, draft, earlier, later)
        )
    if owner is None:
        body = None if r.weak or r.person or owned(parsed, draft) else same_body(earlier, r)
        if body is None and r.weak and not r.person:
            body = same_named_body(parsed, draft, earlier)
        if body is None:
            return draft
        # "UN troops" then "the peacekeepers": the body's own code, which names it
        found = replace(r, code=body.code, country=body.country, rule="coref:role")
        return replace(draft, result=found)
    country, rule = owner
    return with_result(draft, recoded(r, f"{country}{r.role}", country, rule))


def _one_state_sentence(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> tuple[str, str] | None:
    """Troops in a sentence whose every coded actor (two at least) is one state's are that
    state's: "Burhan dissolved the government after troops arrested Prime Minister Hamdok"."""
    sent = parsed.tokens[draft.head].sent
    span = parsed.sentences[sent]
    for t in parsed.tokens[span.token_start : span.token_end]:
        if t.tag == "NNS" and t.lemma.lower() in STATE_GROUPS:
            return None  # "the two countries' directors general": several states in view
    countries = set()
    n = 0
    for other in in_sentence(parsed, sent, earlier, later):
        country = other.result.country
        if other is draft or not country:
            continue
        if country in NON_STATE or other.result.role not in STATE_OR_PLACE:
            return None  # "Congolese rebels attacked foreign soldiers": not the rebels' state
        countries.add(country)
        n += 1
    return (countries.pop(), "context:sentence") if n >= 2 and len(countries) == 1 else None


def _apposed_role(parsed: ParsedArticle, draft: Draft, later: list[Draft]) -> str | None:
    """The role of an apposition after a ranked name that is no soldier's ("a police
    commander", "a rebel commander")."""
    tokens = parsed.tokens
    for d in later[:3]:
        t = tokens[d.head]
        if t.dep == "appos" and draft.start <= t.head < draft.end:
            role = d.result.role
            return role if role in RANKED_ROLES and not d.result.weak else None
    return None


def _moved_by(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> tuple[str, str] | None:
    """ "Poland scrambled fighter jets", "Ukraine sent troops to the region": forces a state
    moves are its own, not the last forces named (the Russian drones it answered)."""
    r = draft.result
    tok = parsed.tokens[draft.head]
    if r.role not in ("MIL", "COP") or tok.dep != "dobj" or draft.head != draft.end - 1:
        return None
    verb = parsed.tokens[tok.head]
    if verb.lemma.lower() not in MOVING_FORCES:
        return None
    subject = next((c.i for c in parsed.children(verb.i) if c.dep == "nsubj"), None)
    first = parsed.sentences[tok.sent].token_start
    for d in reversed(earlier):
        if d.end <= first:
            break
        if d.head == subject:
            c = d.result.country
            return (c, "context:sentence") if c and c not in NON_STATE else None
    return None


def _another_states(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], country: str
) -> bool:
    """ "an Iranian-backed militia" after "U.S. forces": a phrase whose modifier names another
    state is not the last force of that role."""
    tokens = parsed.tokens
    head = draft.head
    for d in reversed(earlier[-4:]):
        if d.head >= head or d.head < head - 6:
            continue
        up = tokens[d.head].head
        if (up == head or tokens[up].head == head) and d.result.country not in (None, country):
            return d.result.country not in NON_STATE
    return False


def _a_peoples(parsed: ParsedArticle, draft: Draft) -> bool:
    """ "Kurdish militia" after "Turkish troops": a people's or faith's name no state's
    demonym (the phrase has no country) sets the force apart from the last one named."""
    return any(t.ent_type == "NORP" for t in parsed.tokens[draft.start : draft.head])


def _outsiders(parsed: ParsedArticle, draft: Draft) -> bool:
    """ "peacekeepers", "foreign soldiers": forces from outside, never the last army named."""
    tokens = parsed.tokens
    head = tokens[draft.head]
    return bool(
        OUTSIDE_FORCES.search(
            parsed.article.text, tokens[draft.start].start, head.start + len(head.text)
        )
    )


def _site(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    places: frozenset[str] = TOWN_READINGS,
) -> tuple[str, str] | None:
    """The country of the town or capital nearest the draft in its sentence."""
    best: tuple[int, str] | None = None
    for other in in_sentence(parsed, parsed.tokens[draft.head].sent, earlier, later):
        p = other.result
        if p.rule in places and p.country and p.country not in NON_STATE:
            distance = abs(other.head - draft.head)
            if best is None or distance < best[0]:
                best = (distance, p.country)
    return (best[1], "context:sentence") if best else None


def _crowd(parsed: ParsedArticle, draft: Draft) -> bool:
    """A crowd with no country acting where the sentence places it: "demonstrators rallied in
    Dili" (the subject; "a swap of 1,000 prisoners at talks in Istanbul" is no Turks')."""
    r = draft.result
    head = parsed.tokens[draft.head]
    t = parsed.tokens[head.head] if head.dep == "pobj" and head.head != head.i else head
    if t.dep == "prep" and t.head != t.i:
        t = parsed.tokens[t.head]  # "thousands of demonstrators": where "thousands" stands
    plural = draft.plural or head.text.endswith("s")
    return r.role in CROWD_ROLES and not r.person and plural and t.dep in ("nsubj", "nsubjpass")


def _local_crowd(parsed: ParsedArticle, draft: Draft, earlier: list[Draft]) -> bool:
    """A crowd with no country that opens a datelined story ("KINSHASA - Protesters attacked
    the embassies of Rwanda ...") is the dateline's people: the lede says where, and the
    countries it names are what the crowd acts on, not where it comes from. So are the
    lawmakers, judges and prosecutors a story opens with ("KYIV - Lawmakers voted ...")."""
    r = draft.result
    plural = draft.plural or parsed.tokens[draft.head].text.endswith("s")  # "Protesters"/NNP
    if not plural or not (
        (r.role in CROWD_ROLES and not r.person) or (r.role in HOME_OFFICES and not r.weak)
    ):
        return False
    return not any(d.result.country for d in earlier)


def _modifies_thing(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> bool:
    """A role noun modifying a noun that is no actor ("the university campus", "the hospital
    grounds") names a place or thing of that kind, not the people an earlier phrase with the
    role named: it repeats no one."""
    tokens = parsed.tokens
    head = tokens[draft.head]
    if head.dep != "compound" or draft.start <= head.head < draft.end:
        return False
    noun = head.head
    if tokens[noun].pos != "NOUN":
        return False
    near = earlier[-2:] + later[:2]
    return not any(d.start <= noun < d.end for d in near)


def _of_several(parsed: ParsedArticle, draft: Draft) -> bool:
    """A role "of" a plural group of states: "the leaders of the two countries", "envoys of
    the member states" belong to several countries, not to the last one named."""
    tokens = parsed.tokens
    if draft.head + 1 >= len(tokens) or tokens[draft.head + 1].text.lower() not in OF_PREPS:
        return False
    end = min(len(tokens), draft.head + 6)  # "of the three countries": a few tokens on
    for t in tokens[draft.head + 1 : end]:
        if t.dep == "pobj" and t.tag == "NNS" and t.lemma.lower() in STATE_GROUPS:
            prep = tokens[t.head]
            if prep.head == draft.head and prep.text.lower() in OF_PREPS:
                return True
    return False


def _apposed(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> tuple[str, str] | None:
    """ "The US commander in Iraq, General David Petraeus": an apposition names the same
    actor, so a role without a country takes the country of the phrase it stands beside."""
    tokens = parsed.tokens
    t = tokens[draft.head]
    sent = t.sent
    for other in in_sentence(parsed, sent, earlier, later):
        o = tokens[other.head]
        beside = (t.dep == "appos" and t.head == o.i) or (o.dep == "appos" and o.head == t.i)
        if beside and state_place(other):
            return other.result.country or "", "coref:appos"
    return None


def _sentence_country(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    *,
    bodies: bool = False,
    people: bool = True,
) -> tuple[str, str] | None:
    """The country nearest the draft in its sentence (of a place or body only, if ``bodies``).

    Without ``people``, another named person's nationality places no one but a person coordinated
    with them: in "President X welcomed South African leader Y" X is not South African, in
    "Israeli Prime Minister Y and Defence Minister X" X is Israeli. What a role acts on does not
    place it either: "pressured by parliament to help Iran" is no Iranian parliament.
    """
    sent = parsed.tokens[draft.head].sent
    best: tuple[int, str] | None = None
    above: set[int] | None = None
    for other in in_sentence(parsed, sent, earlier, later):
        p = other.result
        if (
            parsed.tokens[other.head].sent != sent
            or not p.country
            or (bodies and p.person and other.named)
        ):
            continue
        if not people and p.person and other.named and not _coordinated(parsed, draft, other):
            continue
        if other.head > draft.head and (
            acted_on(parsed, draft.head, other.head) or state_acted_on(parsed, draft.head, other)
        ):
            continue
        if p.rule == "dictionary:demonym" and abs(other.head - draft.head) > NEAR_THING:
            continue  # "over allegations of Russian interference": a thing's origin, far off
        if p.country in NON_STATE or p.rule.startswith("coref") or p.title in OUTPOSTS:
            continue  # nor does a state's outpost abroad: "militias fired at the US embassy"
        if above is None:
            above = _heads_above(parsed, draft.head)  # once a call, when a country is in view
        if _in_aside(parsed, other.head, above):
            continue  # "Pakistan, which backed the American campaign, arrested clerics"
        if _names_a_gathering(parsed, other.head):
            continue  # "the committee will attend the Geneva talks": a venue, no one's home
        distance = abs(other.head - draft.head)
        if best is None or distance < best[0]:
            best = (distance, p.country)
    return (best[1], "context:sentence") if best else None


# Gatherings a place's name may label: "the Geneva talks", "the Astana process".
_GATHERINGS = frozenset(
    {"talk", "talks", "summit", "conference", "meeting", "negotiation", "negotiations",
     "process", "forum", "round"}
)  # fmt: skip


def _names_a_gathering(parsed: ParsedArticle, k: int) -> bool:
    """Whether token ``k`` is a name modifying a gathering noun ("the Geneva talks")."""
    tok = parsed.tokens[k]
    return tok.dep == "compound" and parsed.tokens[tok.head].lemma.lower() in _GATHERINGS


_ASIDES = frozenset({"relcl", "parataxis"})


def _heads_above(parsed: ParsedArticle, head: int) -> set[int]:
    """Token ``head`` and every token above it up to its sentence's root."""
    toks = parsed.tokens
    above: set[int] = set()
    j = head
    for _ in range(64):
        above.add(j)
        if toks[j].head == j:
            break
        j = toks[j].head
    return above


def _in_aside(parsed: ParsedArticle, k: int, above: set[int]) -> bool:
    """Whether token ``k`` lies in a relative clause or aside that none of ``above`` (a token
    and its heads) is in: what the aside tells of someone else places no one outside it."""
    toks = parsed.tokens
    j = k
    for _ in range(64):
        if toks[j].dep in _ASIDES and j not in above:
            return True
        if toks[j].head == j or j in above:
            return False
        j = toks[j].head
    return False


def _coordinated(parsed: ParsedArticle, a: Draft, b: Draft) -> bool:
    """Two phrases joined by "and"/"or" or set side by side: one's head is a conjunct or an
    apposition of the other's ("Qatar's emir, Sheikh Hamad")."""
    tokens = parsed.tokens

    def top(i: int) -> int:
        for _ in range(4):
            if tokens[i].dep not in ("conj", "appos") or tokens[i].head == i:
                break
            i = tokens[i].head
        return i

    first, second = (a, b) if a.start < b.start else (b, a)
    between = parsed.tokens[first.end : second.start]
    if len(between) <= 1 and all(t.text == "," for t in between):
        return True  # side by side, which the parser may not link: "Qatar's emir, Sheikh Hamad"
    return top(a.head) == top(b.head)


def _names_someone(parsed: ParsedArticle, draft: Draft) -> bool:
    """A role phrase with a proper name in it: "President Laurent Gbagbo", "Shona rebels";
    not a region's adjective ("European leaders", "Western diplomats")."""
    tokens = parsed.tokens[draft.start : draft.end]
    for t in tokens:  # loops, not generators: this runs for most roles of an article
        if t.ent_type == "PERSON":
            return True  # "Foreign Minister Sergei Ryabkov": a person, whatever the title says
    after = parsed.tokens[draft.end] if draft.end < len(parsed.tokens) else None
    if draft.result.person and after is not None and after.ent_type == "PERSON":
        return True  # the title of the name it precedes: "far-right politician Calin Georgescu"
    for t in tokens:
        if t.text.lower() in REGIONAL:
            return False
    # a capitalized role noun is no name: sentence-initial "Protesters" the tagger calls PROPN
    head = draft.head
    for t in tokens:
        if (t.pos == "PROPN" and (t.i != head or t.ent_type)) or t.ent_type == "NORP":
            return True
    return False
