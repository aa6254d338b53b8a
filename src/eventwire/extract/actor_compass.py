"""Two states named in one phrase: "North and South Korea", "East and West Germany", and a
combining form before a demonym ("Sino-American talks", "Indo-Pakistani tensions").

The dictionary matches the second, whole name ("South Korea") over the phrase, so the first
state, which names only its half ("North"), would be lost and "the two sides" later would find
one member. The first half is looked up with the shared rest of the name. Once such a state is
named, "the North" and "the South" are its halves too ("talks with the North"). Likewise
"Sino-" before "-American" is China's, a state of its own beside the United States.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.dictionaries.lookup import resolve
from eventwire.dictionaries.model import ActorDictionary
from eventwire.extract.actor_draft import TEXT_ORDER, Draft
from eventwire.models import ParsedArticle, Token

__all__ = ["combining_forms", "compass_pair", "compass_pairs", "named_halves"]

COMPASS = frozenset(("north", "south", "east", "west"))
# the halves a bare "the North" names: not "the West" (the Western powers) beside the West Bank
_HALVES = frozenset(("north", "south"))


def compass_pairs(
    parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary
) -> list[Draft]:
    """Drafts with "North" of "North and South Korea" split off as North Korea's own."""
    tokens = parsed.tokens
    out = drafts
    for k, d in enumerate(drafts):
        s = d.start
        if d.result.rule != "dictionary:country" or d.end - s < 2:
            continue
        # the phrase spans both ("North and South Korea") or the second only ("East and West
        # Germany")
        if s + 3 < d.end and compass_pair(tokens, s):
            first, second = s, s + 2
        elif s >= 2 and compass_pair(tokens, s - 2):
            first, second = s - 2, s
        else:
            continue
        rest = " ".join(t.text for t in tokens[second + 1 : d.end])
        entries = dictionary.lookup(f"{tokens[first].text} {rest}")
        if not entries:
            continue
        found = resolve(entries[:1], [], parsed.article.published)
        if not found.code or found.country == d.result.country:
            continue
        if out is drafts:
            out = list(drafts)  # copied only when a pair is split: most articles none
        out[k] = replace(d, start=second)
        own = replace(found, rule="dictionary:country")
        out.append(Draft(first, first + 1, first, own, named=True))
    return out if out is drafts else sorted(out, key=TEXT_ORDER)


def compass_pair(tokens: Sequence[Token], i: int) -> bool:
    """Tokens ``i`` to ``i + 2`` read "North and South"."""
    return (
        tokens[i].text.lower() in COMPASS
        and tokens[i + 1].text.lower() == "and"
        and tokens[i + 2].text.lower() in COMPASS
    )


def named_halves(
    parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary
) -> list[Draft]:
    """Drafts for "the North" where a state named "North <rest>" or "South <rest>" is in the
    article: "Seoul offered talks to the North" is North Korea."""
    tokens = parsed.tokens
    rests = {
        " ".join(t.text for t in tokens[d.start + 1 : d.end])
        for d in drafts
        if d.end - d.start >= 2
        and d.result.country
        and d.result.rule == "dictionary:country"
        and tokens[d.start].text.lower() in _HALVES
    }
    if not rests:
        return drafts
    covered = {k for d in drafts for k in range(d.start, d.end)}
    found: list[Draft] = []
    for i in range(1, len(tokens)):
        t = tokens[i]
        if (
            t.text.lower() not in _HALVES
            or not t.text[0].isupper()
            or i in covered
            or tokens[i - 1].text.lower() != "the"
            or t.dep in ("compound", "amod", "nmod")  # "the North Korean leader"
        ):
            continue
        for rest in sorted(rests):
            entries = dictionary.lookup(f"{t.text} {rest}")
            if entries:
                own = resolve(entries[:1], [], parsed.article.published)
                if own.code:
                    found.append(
                        Draft(i, i + 1, i, replace(own, rule="dictionary:country"), named=True)
                    )
                break
    return sorted([*drafts, *found], key=TEXT_ORDER) if found else drafts


# The combining forms of states' names, as wire copy writes them before a hyphen and a demonym:
# "Sino-Japanese", "Indo-Pakistani", "Franco-German", "Anglo-American", "Russo-Ukrainian".
COMBINING = {
    "sino": "China",
    "indo": "India",
    "franco": "France",
    "anglo": "United Kingdom",
    "russo": "Russia",
    "turco": "Turkey",
    "greco": "Greece",
    "italo": "Italy",
    "serbo": "Serbia",
    "austro": "Austria",
    "hispano": "Spain",
    "luso": "Portugal",
    "nippo": "Japan",
    "afghano": "Afghanistan",
}
_DEMONYM_KINDS = frozenset(("country", "demonym"))


def combining_forms(
    parsed: ParsedArticle, drafts: list[Draft], dictionary: ActorDictionary
) -> list[Draft]:
    """Drafts with a combining form before a hyphened demonym split off as its own state's:
    "Sino-American talks" names China and the United States. Only before a demonym or a
    country's name: "Indo-Pacific" and "Anglo-Saxon" name no second state."""
    tokens = parsed.tokens
    out = drafts
    for k, d in enumerate(drafts):
        if d.result.country is None:
            continue
        for j in range(max(d.start - 2, 0), d.head - 1):
            hyphen, after = tokens[j + 1], tokens[j + 2]
            if (
                hyphen.text != "-"
                or tokens[j].ws
                or hyphen.ws
                or tokens[j].text.lower() not in COMBINING
                or not any(e.kind in _DEMONYM_KINDS for e in dictionary.lookup(after.text))
            ):
                continue
            entries = dictionary.lookup(COMBINING[tokens[j].text.lower()])
            found = resolve(entries[:1], [], parsed.article.published)
            if not found.code or found.country == d.result.country:
                break
            if out is drafts:
                out = list(drafts)  # copied only when a form is split: most articles none
            if d.start <= j:
                out[k] = replace(d, start=j + 2)
            out.append(Draft(j, j + 1, j, replace(found, rule="dictionary:demonym"), named=True))
            break
    return out if out is drafts else sorted(out, key=TEXT_ORDER)
