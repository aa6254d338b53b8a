"""Whose state an unqualified state body is ("the army", "the government", "police"): the
dateline's when the story is about it, else the one country a domestic group beside it names.
Split from ``actor_context.py``, which asks these when a role has no country of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.extract.actor_draft import NON_STATE, SITES, Draft
from eventwire.extract.actor_phrase import in_sentence
from eventwire.models import ParsedArticle, Token

# Dictionary readings of a town or a capital, acting or not: where an actor is, not whose
# (``actor_draft.SITES`` is the places themselves, regions included, never a capital acting).
TOWN_READINGS = frozenset(("dictionary:city", "dictionary:capital", "metonym:capital"))
STATE_BODIES = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))
# Words that make a news outlet the state's: "state television", "the official news agency".
STATE_MEDIA = frozenset(("state", "official", "government", "national"))
# State bodies that English names without an article: "stormed parliament", "Congress voted".
BARE_BODIES = frozenset(("parliament", "congress", "government", "cabinet", "senate"))
# Bodies whose member a phrase names: "an army officer", "a government minister" (the host's).
STATE_MODIFIERS = frozenset(
    ("army", "police", "military", "navy", "government", "cabinet", "ministry", "court", "security")
)
# Titles of a state's envoys, who are found in the host country: they do not make a story
# datelined there about their own state.
DIPLOMATS = frozenset(("ambassador", "envoy", "diplomat", "consul", "attache", "emissary"))
# Tokens within which a demonym modifying a thing ("Russian interference") may still place a
# role; further off it says where the thing is from, not whose the role is.
NEAR_THING = 8


def the_state_body(parsed: ParsedArticle, draft: Draft) -> bool:
    """ "the army", "the government", "National Guard troops": a definite, singular state
    institution or a named force with no country is the host country's (wire style leaves it
    unqualified), as a named official is; so are an unnamed office holder ("the prime
    minister"), the spokesman of such a body ("a police spokesman") and state media ("state
    television")."""
    r = draft.result
    before = parsed.tokens[draft.start : draft.head]
    if r.role == "MED" and not r.weak and not draft.plural:
        return any(t.lemma.lower() in STATE_MEDIA for t in before)  # "state television"
    if r.weak or (r.role not in STATE_BODIES and not (r.person and r.role == "ELI")):
        return False
    head = parsed.tokens[draft.head]
    # an unnamed office holder ("the prime minister", "the speaker of parliament") or the body
    # a modifier names ("a police spokesman", "the army's chief") is the host's too
    one = not draft.plural and not draft.named and _definite(parsed, draft, before)
    if r.person:
        return one and (r.role in STATE_BODIES or r.role == "ELI")
    if one and _modifier_body(r.title, head.lemma.lower()):
        return True
    if any(t.pos == "PROPN" and t.ent_type not in ("GPE", "NORP") for t in before):
        return True  # a named force: "National Guard troops", "Republican Guard units"
    if any(t.lemma.lower() == "government" and t.head == draft.head for t in before):
        return True  # "government troops": the state's, plural or not
    if draft.plural:
        return False
    if any(t.lemma == "the" and t.head == draft.head for t in before):
        return True
    # a bare singular body is the one of the place: "protesters stormed parliament"
    return draft.start == draft.head and head.pos == "NOUN" and head.lemma.lower() in BARE_BODIES


def _modifier_body(title: str | None, head: str) -> bool:
    """The role came from a body modifying the head ("police" of "a police spokesman"), not
    from the head's own word (the plural "troops" of "government troops" is its own)."""
    if not title:
        return False
    last = title.split()[-1]
    return last != head and not last.startswith(head)


def _definite(parsed: ParsedArticle, draft: Draft, before: Sequence[Token]) -> bool:
    """ "the prime minister", "the country's president", "a police spokesman", "an army
    officer": a definite office, or one a state body names (whose body is the host's)."""
    title = (draft.result.title or "").split()
    for t in before:
        if t.head == draft.head and (t.lemma == "the" or t.dep == "poss"):
            return True
        lemma = t.lemma.lower()
        if lemma in STATE_MODIFIERS or (title and lemma == title[-1]):
            return True
    return False


def challenged_state(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> tuple[str, str] | None:
    """With no dateline, "the government" or "police" of a sentence whose only country is a
    domestic group's ("a Pakistani opposition leader accused the government of rigging the
    vote") is that group's state's: opposition, rebels, crowds, courts, lawmakers and
    reporters face their own government (a news agency by name does not); forces are the
    state's where they act ("government forces shelled rebel positions in Idlib"). A state or
    its forces beside it ("Washington urged the government to ...") say nothing of whose
    government it is."""
    sent = parsed.tokens[draft.head].sent
    forces = draft.result.role in ("MIL", "COP")
    countries: set[str] = set()
    for other in in_sentence(parsed, sent, earlier, later):
        c = other.result.country
        if other is draft or not c or c in NON_STATE:
            continue
        if other.result.rule in TOWN_READINGS or other.result.rule in SITES:
            if forces:
                countries.add(c)
            continue
        if _portfolio(parsed, other):
            countries.add(c)  # "the UN rapporteur on Myanmar accused the junta": Myanmar's
            continue
        if other.result.role in (None, "GOV", "MIL"):
            return None
        if other.result.role != "MED" or other.result.rule != "dictionary:organization":
            countries.add(c)  # "witnesses told Reuters": an outlet faces no state
    if len(countries) != 1 or any(
        d.result.country and d.result.country not in countries and d.result.country not in NON_STATE
        for d in earlier
    ):
        return None
    return countries.pop(), "context:sentence"


# Titles of those sent to deal with a state: "the UN envoy to Yemen", "the rapporteur on Myanmar".
PORTFOLIO_TITLES = frozenset(
    ("envoy", "rapporteur", "representative", "ambassador", "emissary", "mediator", "coordinator")
)
PORTFOLIO_PREPS = frozenset(("on", "for", "to"))


def _portfolio(parsed: ParsedArticle, other: Draft) -> bool:
    """Whether a state, named as one, is the portfolio of a title: "the envoy to Yemen"."""
    tokens = parsed.tokens
    t = tokens[other.head]
    if other.result.role is not None or t.dep != "pobj" or t.head == t.i:
        return False
    prep = tokens[t.head]
    return (
        prep.lemma.lower() in PORTFOLIO_PREPS
        and prep.head != prep.i
        and tokens[prep.head].lemma.lower() in PORTFOLIO_TITLES
    )


def home_country(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    dateline: str | None,
) -> tuple[str, str] | None:
    """The dateline's country when the story so far is about it: named more than any other
    state (the dateline counting once; a city or capital is where things happen, not who
    acts), and no other state named in the sentence. A LONDON conference on Sudan's war
    leaves "the army" without a country."""
    if not dateline:
        return None
    sent = parsed.tokens[draft.head].sent
    for other in in_sentence(parsed, sent, earlier, later):
        c = other.result.country
        if other.result.title in DIPLOMATS:
            continue  # "NIAMEY - The junta expelled the French ambassador": posted to the host
        if c and c != dateline and c not in NON_STATE and other.result.rule not in TOWN_READINGS:
            if (
                other.result.rule == "dictionary:demonym"
                and abs(other.head - draft.head) > NEAR_THING
            ):
                continue  # "over allegations of Russian interference": a thing's origin
            return None
    count: dict[str, int] = {dateline: 1}
    for d in earlier:
        c, rule = d.result.country, d.result.rule
        if c and c not in NON_STATE and not rule.startswith("coref") and rule not in TOWN_READINGS:
            count[c] = count.get(c, 0) + 1
    if any(n >= count[dateline] for c, n in count.items() if c != dateline):
        return None
    return dateline, "context:dateline"


def story_state(
    parsed: ParsedArticle, draft: Draft, earlier: list[Draft], later: list[Draft]
) -> tuple[str, str] | None:
    """With no dateline, the one state the story has named so far, as a dateline would place
    it: "Bangladesh evacuated villagers. It rained, and the army delivered food" is
    Bangladesh's army. Two states named before, or any in its own sentence ("Sweden urged
    the government to ...": another's), leave it unplaced."""
    sent = parsed.tokens[draft.head].sent
    if any(_a_state(d) for d in in_sentence(parsed, sent, earlier, later)):
        return None
    states = {d.result.country for d in earlier if _a_state(d)}
    return (states.pop() or "", "context:story") if len(states) == 1 else None


def _a_state(draft: Draft) -> bool:
    """A state named as one (no town, no reference back)."""
    r = draft.result
    return (
        bool(r.country)
        and r.country not in NON_STATE
        and not r.rule.startswith("coref")
        and r.rule not in TOWN_READINGS
    )


# Subjects that face their own state's government: "The Sejm urged the government to ...",
# "Striking doctors accused the government of ...".
DOMESTIC_SUBJECTS = frozenset(
    ("LEG", "JUD", "OPP", "PTY", "CVL", "EDU", "LAB", "HLH", "AGR", "REL", "HRI")
)
# Authorities that act at home: what they accuse, try, arrest or fine with no country of its
# own is their country's ("Kenya's Health Ministry accused striking doctors").
HOME_AUTHORITIES = frozenset(("GOV", "JUD", "COP", "LEG"))
# People a home authority acts on: crowds, journalists, criminals, companies.
ACTED_ON_ROLES = frozenset(
    ("CVL", "OPP", "EDU", "LAB", "HLH", "AGR", "REL", "MED", "CRM", "BUS", "PTY", "ELI")
)
TELLING = frozenset(("tell", "brief", "inform", "address", "assure", "show", "give"))
# A state named bare punishes at home, as its government: "Egypt sentenced a former
# candidate" (while "Cuba sent 500 doctors" and "Israel bombed a school" act abroad).
BARE_STATES = frozenset(("dictionary:country",))
PENAL_VERBS = frozenset(
    ("sentence", "convict", "jail", "imprison", "arrest", "detain", "prosecute", "charge",
     "execute", "disqualify", "fine", "try")
)  # fmt: skip


def subject_state(
    parsed: ParsedArticle,
    draft: Draft,
    earlier: list[Draft],
    later: list[Draft],
    roles: frozenset[str],
) -> tuple[str, str] | None:
    """The country of the subject of the verb whose direct object ``draft`` is, when that
    subject's role is one of ``roles`` and the sentence names no other state acting: a
    legislature's "the government" is its own, as is a court's or a ministry's "four men"."""
    tokens = parsed.tokens
    tok = tokens[draft.head]
    if tok.dep == "pobj" and tokens[tok.head].text == "of":
        # "froze the assets of three opposition figures", "ordered the arrest of a blogger":
        # the people whose thing the verb's object is
        owner = tokens[tokens[tok.head].head]
        if owner.dep == "dobj" and owner.pos == "NOUN":
            tok = owner
    if tok.dep != "dobj" or tok.head == tok.i:
        return None
    if tokens[tok.head].lemma in TELLING:
        return None  # "Peskov told reporters": whom an official speaks to is anyone's
    subject = next((c.i for c in parsed.children(tok.head) if c.dep == "nsubj"), None)
    if subject is None:
        return None
    sent = tok.sent
    found: str | None = None
    for other in in_sentence(parsed, sent, earlier, []):
        r = other.result
        if other.start <= subject < other.end:
            bare = r.rule in BARE_STATES and tokens[tok.head].lemma in PENAL_VERBS
            if r.role in roles or (roles is HOME_AUTHORITIES and bare):
                found = r.country if r.country not in NON_STATE else None
            break
    if found is None:
        return None
    for other in in_sentence(parsed, sent, earlier, later):
        c = other.result.country
        if other is draft or not c or c == found or c in NON_STATE:
            continue
        if other.result.rule in TOWN_READINGS or other.result.rule in SITES:
            continue
        if other.start > draft.end and roles is HOME_AUTHORITIES:
            continue
        if other.start < draft.start:
            return None  # "Israeli police arrested the Palestinian ...": another state before
    return found, "context:subject"
