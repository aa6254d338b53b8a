"""Codes a name no dictionary holds takes from the text around it, beyond an apposition:

- ``coref:affiliation``: "Ahmad Khalil of the Lebanese army", "Kwame Osei, who heads Ghana's
  electoral commission": a person is coded as the body the sentence places them in (a past
  "who was" office makes them an elite, CAMEO's ``ELI``);
- ``context:clause``: a role with no country placed by the clause after it ("an aid group
  based in Niger", "a senior official in Nigeria's finance ministry");
- ``coref:acronym``: "the Sahel Liberation Army (SLA) ... the SLA": a short form introduced in
  parentheses stands for the long form wherever it comes back, over a dictionary body that
  shares the acronym (the article's own definition is what it means).

All run inside ``coref.py``. The first two only code what nothing else coded, so a dictionary
entry or a country in the phrase itself wins.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import NON_STATE, TEXT_ORDER, Draft
from eventwire.extract.actor_kinds import OFFICE_ROLES
from eventwire.models import ParsedArticle, Token

# "who heads / leads / chairs / runs / commands / edits X": the person is X's.
LEAD_VERBS = frozenset(
    (
        "head",
        "lead",
        "chair",
        "run",
        "command",
        "edit",
        "direct",
        "manage",
        "represent",
        "be",
        "serve",
    )
)
AFFILIATION_PREPS = frozenset(("of", "from"))
FORMER_ROLE = "ELI"


def affiliations(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Uncoded names coded by an "of"-phrase or a "who heads" clause naming a coded body."""
    by_head = {d.head: d for d in drafts if d.result.code}
    if not by_head:
        return drafts
    tokens = parsed.tokens
    table = parsed.child_table()
    out = drafts
    for k, d in enumerate(drafts):
        r = d.result
        if r.code is not None or not d.named or not r.rule.startswith("ner:"):
            continue
        found: Draft | None = None
        past = who = False
        for c in table[d.head]:
            t = tokens[c]
            if t.dep == "prep" and t.text.lower() in AFFILIATION_PREPS:
                found = _object(table, tokens, c, ("pobj",), by_head)
                who = r.person
            elif t.dep == "relcl" and t.lemma in LEAD_VERBS and _who(table, tokens, c):
                found = _object(table, tokens, c, ("dobj", "attr"), by_head)
                if found is None and t.lemma == "serve":  # "who serves as army chief"
                    found = next(
                        (
                            _object(table, tokens, p, ("pobj",), by_head)
                            for p in table[c]
                            if tokens[p].text.lower() == "as"
                        ),
                        None,
                    )
                past = t.lemma == "be" and t.tag == "VBD"
                who = True
            if found is not None:
                break
        if found is None or found is d:
            continue
        f = found.result
        code, role = f.code, f.role
        # the roles an office holder keeps none of once the office is past ("who was interior
        # minister")
        if past and f.country and role in OFFICE_ROLES:
            code, role = f"{f.country}{FORMER_ROLE}", FORMER_ROLE
        result = replace(f, code=code, role=role, name=r.name, person=who, rule="coref:affiliation")
        if out is drafts:
            out = list(drafts)
        out[k] = Draft(d.start, d.end, d.head, result, d.plural, d.named, d.ethnic)
    return out


def placed_roles(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """Roles with no country placed by the clause after them: "an aid group based in Niger"
    takes Niger's (an international code gives way too: "aid group" alone is ``NGO``), "a
    senior official in Nigeria's finance ministry" the ministry's code."""
    by_head = {d.head: d for d in drafts if d.result.code and d.result.country}
    if not by_head:
        return drafts
    tokens = parsed.tokens
    table = parsed.child_table()
    out = drafts
    for k, d in enumerate(drafts):
        r = d.result
        if not r.code or not (r.code.startswith("---") or r.country == "NGO"):
            continue
        role = r.role or (r.code[3:] or "NGO" if r.country == "NGO" else None)
        if role is None:
            continue
        code: str | None = None
        for c in table[d.head]:
            t = tokens[c]
            if t.dep == "acl" and t.lemma == "base":  # "based in Niger"
                place = next(
                    (
                        _object(table, tokens, p, ("pobj",), by_head)
                        for p in table[c]
                        if tokens[p].text.lower() in ("in", "at")
                    ),
                    None,
                )
                country = place.result.country if place is not None else None
                if country and country not in NON_STATE:
                    code = f"{country}{role}"
            elif t.dep == "prep" and r.person and t.text.lower() in ("in", "at"):
                body = _object(table, tokens, c, ("pobj",), by_head)
                b = body.result if body is not None else None
                if b is not None and b.role == role and b.country not in NON_STATE:
                    code = b.code  # "an official in the finance ministry": the ministry's
            if code is not None:
                break
        if code is None:
            continue
        country = code[:3]
        result = replace(r, code=code, country=country, role=role, rule="context:clause")
        if out is drafts:
            out = list(drafts)
        out[k] = Draft(d.start, d.end, d.head, result, d.plural, d.named, d.ethnic)
    return out


def _who(table: list[list[int]], tokens: tuple[Token, ...], verb: int) -> bool:
    return any(tokens[c].text.lower() in ("who", "whom") for c in table[verb])


def _object(
    table: list[list[int]],
    tokens: tuple[Token, ...],
    at: int,
    deps: tuple[str, ...],
    by_head: dict[int, Draft],
) -> Draft | None:
    for c in table[at]:
        if tokens[c].dep in deps:
            return by_head.get(c)
    return None


def acronyms(parsed: ParsedArticle, drafts: list[Draft]) -> list[Draft]:
    """A parenthesized short form ("(SLA)") after a coded name stands for that name wherever
    it returns, uncoded or not yet a mention ("12 SLA fighters")."""
    tokens = parsed.tokens
    forms: dict[str, Draft] = {}
    for d in drafts:
        if not d.result.code or d.end + 2 >= len(tokens):
            continue
        a, b, c = tokens[d.end], tokens[d.end + 1], tokens[d.end + 2]
        if a.text == "(" and c.text == ")" and _short_form(b.text):
            forms.setdefault(b.text, d)
    if not forms:
        return drafts
    covered: dict[int, int] = {}
    for k, d in enumerate(drafts):
        for i in range(d.start, d.end):
            covered[i] = k
    out = list(drafts)
    added: list[Draft] = []
    for t in tokens:
        long = forms.get(t.text)
        if long is None or t.i <= long.end:
            continue
        result = replace(long.result, rule="coref:acronym")
        at = covered.get(t.i)
        if at is None:
            if t.i > long.end + 1:  # the introduction itself is no new mention
                added.append(Draft(t.i, t.i + 1, t.i, result, named=True))
        elif out[at].head == t.i and _redefined(out[at].result, long.result.code):
            d = out[at]
            out[at] = Draft(d.start, d.end, d.head, result, d.plural, d.named, d.ethnic)
    return sorted(out + added, key=TEXT_ORDER) if added else out


def _redefined(own: Resolution, code: str | None) -> bool:
    """An acronym the article defines is what it says: uncoded, or coded by the dictionary as
    another body of that name ("the Kasai Liberation Army (KLA)" is no Kosovo rebel army)."""
    return own.code is None or (own.code != code and own.rule == "dictionary:organization")


def _short_form(word: str) -> bool:
    """An acronym: two to six letters, capitals ("SLA", "FARC", "MoU" is not one)."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
