"""Resolving what a noun phrase holds (names, titles, the article date) to one actor code.

The rules, in order: a known person takes the code of the term in office on the article's date;
an organization or metonym ("the Kremlin") has its own code; a country, demonym or capital gives
the country and a title or institution noun gives the role ("Russian" + "president" ->
RUSGOV); a capital acting on its own ("Caracas denounced ...") is its government.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventwire.dictionaries.model import ActorEntry, RoleEntry, code_country

# Role codes appended to an international body's code ("UN peacekeepers" -> IGOUNOMIL).
BODY_ROLES = frozenset(("MIL",))
NON_STATE = frozenset(("IGO", "NGO", "MNC", "IMG"))
# Ranks and posts of any armed body, and the bodies besides the army that hold them.
ARMED_TITLES = frozenset(
    ("officer", "commander", "general", "colonel", "captain", "lieutenant", "sergeant", "major")
)
ARMED_BODIES = frozenset(("COP", "REB", "SPY", "UAF"))
FORMER = "ELI"
# Forces from outside a state, never its own whoever they fight or guard: peacekeepers and
# foreign, international or multinational troops. Read by the actor stage (which army a bare
# "the soldiers" repeats) and by the events stage (whose army a domestic group attacks).
OUTSIDE_FORCES = re.compile(r"peacekeep|\bforeign\b|\binternational\b|\bmultinational\b", re.I)
PLACES = frozenset(("country", "demonym", "capital", "city", "region"))
BODIES = frozenset(("organization", "metonym"))
NON_STATE_ROLES = frozenset(
    ("NGO", "HRI")
)  # CAMEO's elites: people known for an office they no longer hold


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a phrase resolved to and by which rule."""

    code: str | None
    country: str | None
    name: str | None
    rule: str
    role: str | None = None  # the role code, kept for coreference ("the rebels")
    person: bool = False  # a single human being (for he/she)
    office: str | None = None
    title: str | None = None  # the role term that gave the role ("president")
    weak: bool = False  # the role came from a weak title ("officials"): too vague to corefer
    gender: str | None = None  # "m"/"f" of a known person: "she" is never Felipe González


def choose_role(roles: Sequence[tuple[RoleEntry, bool]]) -> RoleEntry | None:
    """The head noun's role unless it is weak (or a party a modifier puts in opposition);
    then the strongest modifier that is not a possession; then any weak one.

    ``roles`` pairs each role with whether it is the phrase's head.
    """
    if not roles:
        return None
    head = None
    for r, is_head in roles:
        if is_head:
            head = r
            break
    if head is not None and head.code == "PTY":
        # "the main opposition Democratic Party": which side a party is on is its role
        side = next((r for r, is_head in roles if not is_head and r.code == "OPP"), None)
        if side is not None:
            return side
    if head is not None and head.code == "MIL" and head.term in ARMED_TITLES:
        # "Border Police officers", "militia commanders": a rank or post any armed body has
        # is that body's
        body = next(
            (r for r, is_head in roles if not is_head and r.code in ARMED_BODIES and not r.weak),
            None,
        )
        if body is not None:
            return body
    if head is not None and not head.weak:
        return head
    # a thing a modifier names is no role of the people heading the phrase: the
    # "administrators of Muslim property" are officials, not property owners
    strong = next(
        (r for r, is_head in roles if not is_head and not r.weak and r.kind != "possession"),
        None,
    )
    if strong is not None:
        return strong
    return head or (roles[0][0] if roles else None)


def _person(
    entry: ActorEntry,
    role: RoleEntry | None,
    when: dt.date | None,
    countries: frozenset[str] | tuple[()] = (),
) -> Resolution:
    dated = entry.code_on(when)
    named = [c for c in entry.codes if code_country(c.code) in countries]
    if when is None and named and dated is not None and dated not in named:
        # undated, the latest term unless the phrase names the country of another one: "Soviet
        # Foreign Minister Eduard Shevardnadze" is not yet Georgia's president
        dated = max(named, key=lambda c: c.start or dt.date.min)
    if role is not None and role.code == FORMER:
        # "former President Jimmy Carter": the text says the term is over, whatever the
        # date (or, undated, the latest term) would say
        codes = named or list(entry.codes)
        country = next((code_country(c.code) for c in codes if code_country(c.code)), None)
        code = f"{country}{FORMER}" if country else None
        return Resolution(
            code, country, entry.name, "person:former", FORMER, person=True, gender=entry.gender
        )
    if dated is not None and dated.code != "---":
        return Resolution(
            dated.code,
            code_country(dated.code),
            entry.name,
            "person",
            dated.code[3:6] or None,
            person=True,
            office=dated.office,
            gender=entry.gender,
        )
    codes = named or list(entry.codes)
    country = next((code_country(c.code) for c in codes if code_country(c.code)), None)
    sector = role.code if role is not None and not role.weak else FORMER
    code = f"{country}{sector}" if country else None
    return Resolution(
        code, country, entry.name, "person:out-of-term", sector, person=True, gender=entry.gender
    )


def _body(entry: ActorEntry, role: RoleEntry | None, when: dt.date | None) -> Resolution:
    dated = entry.code_on(when)
    code = dated.code if dated is not None and dated.code != "---" else None
    rule = "metonym" if entry.kind == "metonym" else "dictionary:organization"
    appended = role is not None and not role.weak and role.code in BODY_ROLES
    if code and role is not None and appended and code[:3] in NON_STATE and role.code not in code:
        code += role.code
        rule += "+role"
    sector = code[3:6] if code and code[:3] not in NON_STATE else None
    if code and sector == "PTY" and role is not None and role.code == "OPP":
        # "the main opposition Democratic Party": the phrase says which side the party is on
        code, sector = f"{code[:3]}OPP{code[6:]}", "OPP"
        rule += "+role"
    # a title of the body's is a person in it: "the speaker of the House" is "she" after
    titled = role is not None and role.kind == "person" and not role.weak
    return Resolution(
        code,
        code_country(code) if code else None,
        entry.name,
        rule,
        sector,
        person=titled,
        title=role.term if titled and role is not None else None,
    )


def resolve(
    names: Sequence[ActorEntry],
    roles: Sequence[tuple[RoleEntry, bool]],
    when: dt.date | None,
    *,
    acting: bool = False,
    head_place: bool = False,
    country_name: dict[str, str] | None = None,
) -> Resolution:
    """Resolve a phrase's dictionary entries and roles to a code.

    ``names`` come in preference order (modifiers before "of" phrases); ``acting`` says the
    phrase is a clause participant, which makes a bare capital its government; ``head_place``
    says the phrase's head is itself a place ("NATO-member Norway" is Norway).

    >>> from eventwire.dictionaries.model import DatedCode
    >>> ru = ActorEntry("Russia", "demonym", (DatedCode("RUS"),))
    >>> resolve([ru], [(RoleEntry("president", "GOV"), True)], None).code
    'RUSGOV'
    """
    role = choose_role(roles)
    # one pass sorts the entries: the people, the first body and the first place
    people: list[ActorEntry] = []
    body: ActorEntry | None = None
    place: ActorEntry | None = None
    for e in names:
        if e.kind == "person":
            people.append(e)
        elif e.kind in BODIES:
            body = body or e
        elif e.kind in PLACES:
            place = place or e
    person = next((e for e in people if in_office(e, when)), people[0]) if people else None
    if (
        person is not None
        and body is not None
        and when is not None
        and not in_office(person, when)
        and (role is None or role.code != FORMER)
    ):
        # "Arab League chief Amr Moussa" after his term as Egypt's foreign minister: the body
        # the phrase names is where he is now (a title naming the term over, "former", aside)
        found = _body(body, role, when)
        if found.code:
            return replace(found, name=person.name, person=True, gender=person.gender)
    if person is not None and not _namesake(person, place, when, names):
        return _person(person, role, when, _named_countries(names))
    if body is not None and body.kind == "metonym" and place is not None:
        # "Peru's Congress", "Nigeria's House of Representatives": another state's body of the
        # name the metonym gives one state's, in the role the metonym has
        own, there = body.code_on(when), place.code_on(when)
        country = code_country(there.code) if there is not None else None
        if own is not None and country and code_country(own.code) not in (None, country):
            sector = own.code[3:6] or None
            name = (country_name or {}).get(country, place.name)
            rule = f"dictionary:{place.kind}+role"
            return Resolution(f"{country}{sector or ''}", country, name, rule, sector)
    if (
        body is not None
        and not head_place
        and (place is None or role is None or _has_sector(body, when))
    ):
        return _body(body, role, when)
    if place is not None:
        return _place(place, role, when, acting, country_name or {})
    if role is not None:
        if role.primary:
            return Resolution(role.code, code_country(role.code), None, "role", None)
        if role.code in NON_STATE_ROLES:  # "a human rights group": an NGO wherever it is
            return Resolution(f"NGO{role.code}".replace("NGONGO", "NGO"), "NGO", None, "role")
        return Resolution(
            f"---{role.code}",
            None,
            None,
            "role",
            role.code,
            person=role.kind == "person",
            title=role.term,
            weak=role.weak,
        )
    return Resolution(None, None, None, "none")


def one_person(found: Resolution, roles: Sequence[tuple[RoleEntry, bool]]) -> Resolution:
    """ "a spokesman for the Kenyan police": the body gives the role, but a weak title heading
    the phrase is one person ("he said" after it), not the body."""
    if found.person or not found.code:
        return found
    head = next((r for r, is_head in roles if is_head), None)
    if head is not None and head.weak and head.kind == "person" and head.term not in _BODIES:
        return replace(found, person=True)
    return found


# Weak titles that name a body of people, not one person ("the Senate Foreign Relations
# Committee", "the embassy"): no "he" or "she" stands for them.
_BODIES = frozenset(
    ("administration", "authority", "cabinet", "committee", "consulate", "delegation",
     "embassy", "leadership", "regime")
)  # fmt: skip


def _namesake(
    person: ActorEntry, place: ActorEntry | None, when: dt.date | None, names: Sequence[ActorEntry]
) -> bool:
    """A person out of office whose terms are all another state's than the one the phrase
    names is a namesake: "Moroccan King Hassan" is not a Tanzanian president of that name."""
    if place is None or when is None or in_office(person, when):
        return False
    countries = _named_countries(names)
    return bool(countries) and all(code_country(c.code) not in countries for c in person.codes)


def _named_countries(names: Sequence[ActorEntry]) -> frozenset[str]:
    """The countries a phrase's place words name ("Soviet" in "Soviet Foreign Minister ...")."""
    out = set()
    for e in names:
        if e.kind in PLACES:
            dated = e.code_on(None)
            country = code_country(dated.code) if dated is not None else None
            if country:
                out.add(country)
    return frozenset(out)


def in_office(entry: ActorEntry, when: dt.date | None) -> bool:
    dated = entry.code_on(when)
    return dated is not None and (when is None or dated.active(when))


def _has_sector(entry: ActorEntry, when: dt.date | None) -> bool:
    dated = entry.code_on(when)
    return dated is not None and len(dated.code) > 3


def _place(
    entry: ActorEntry,
    role: RoleEntry | None,
    when: dt.date | None,
    acting: bool,
    country_name: dict[str, str],
) -> Resolution:
    dated = entry.code_on(when)
    if dated is None or dated.code == "---":
        return Resolution(None, None, entry.name, f"dictionary:{entry.kind}")
    base = dated.code
    country = code_country(base)
    name = country_name.get(country or "", entry.name)
    if role is not None:
        if role.primary:
            return Resolution(role.code + base[:3], code_country(role.code), name, "role:primary")
        sector = role.code
        return Resolution(
            f"{base[:3]}{sector}",
            country,
            name,
            f"dictionary:{entry.kind}+role",
            sector,
            person=role.kind == "person",
            title=role.term,
            weak=role.weak,
        )
    if len(base) > 3:  # a PETRARCH entry such as WASHINGTON [USAGOV]
        return Resolution(base, country, name, f"dictionary:{entry.kind}", base[3:6])
    if entry.kind == "capital" and acting:
        return Resolution(f"{base}GOV", country, name, "metonym:capital", "GOV")
    return Resolution(base, country, name, f"dictionary:{entry.kind}")
