"""The tense of the clause a time expression sits in, read from the dependency parse.

"On Monday" means the Monday before publication in "talks collapsed on Monday" and the one
after in "talks will resume on Monday": the verb that governs the expression decides.
"""

from __future__ import annotations

from typing import Literal

from eventwire.models import ParsedArticle, Token

Tense = Literal["past", "future", "present", "none"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'ve", "'d"})
_MAX_HOPS = 8


def governing_verb(parsed: ParsedArticle, i: int) -> Token | None:
    """The first verb at or above token ``i`` in the dependency tree."""
    tokens = parsed.tokens
    tok = tokens[i]
    for _ in range(_MAX_HOPS):
        if tok.pos in ("VERB", "AUX") and tok.dep != "aux":
            return tok
        if tok.head == tok.i:
            return None
        tok = tokens[tok.head]
    return None


def _aux_words(parsed: ParsedArticle, verb: Token) -> list[str]:
    sent = parsed.sentences[verb.sent]
    lo = max(sent.token_start, verb.i - 6)
    return [
        t.text.lower()
        for t in parsed.tokens[lo : verb.i]
        if t.head == verb.i and t.dep in ("aux", "auxpass")
    ]


_MODALS = frozenset({"would", "could", "might", "may", "can", "should", "must", "'d"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "do", "does", "be", "being"})


def verb_tense(parsed: ParsedArticle, verb: Token) -> Tense:
    """Past, future, present, or none for a verb token, from its auxiliaries and morphology:
    the first auxiliary carries the tense of a verb group ("was signed", "has met")."""
    aux = _aux_words(parsed, verb)
    if any(a in _FUTURE_AUX for a in aux):
        return "future"
    if "to" in aux:
        # an infinitive: "plans to meet on Monday", "to be held on May 7" look ahead
        head = parsed.tokens[verb.head]
        if head.i != verb.i and head.lemma == "use":
            return "past"
        return "future"
    if any(a in _MODALS for a in aux):
        return "none"
    if aux:
        first = aux[0]
        if first in ("has", "have", "'ve") and verb.tag == "VBN" and len(aux) == 1:
            # a present perfect takes no point in time of its own: "have called for a march
            # on Thursday" dates the march, so leave the choice to the calendar
            return "none"
        if first in _PAST_AUX:
            return "past"
        if first in _PRESENT_AUX:
            # "is meeting on Monday": an arranged future; "is expected on Monday" likewise
            return "future" if verb.tag in ("VBG", "VBN") else "present"
    if verb.tag == "VBG":
        # a bare participle has no tense of its own: "a vessel carrying drugs ... on Tuesday"
        # told on a Wednesday is the day before, "talks opening on Friday" the day after
        return "none"
    if "Tense=Past" in verb.morph or verb.tag in ("VBD", "VBN"):
        return "past"
    if verb.tag in ("VBZ", "VBP") or "Tense=Pres" in verb.morph:
        return "present"
    return "none"


def tense_at(parsed: ParsedArticle, token_start: int, token_end: int) -> Tense:
    """The tense governing the expression on tokens ``[token_start, token_end)``."""
    head = token_end - 1
    for t in parsed.tokens[token_start:token_end]:
        if not token_start <= t.head < token_end or t.head == t.i:
            head = t.i
            break
    verb = governing_verb(parsed, head)
    if verb is None:
        return "none"
    tense = verb_tense(parsed, verb)
    prep = parsed.tokens[parsed.tokens[head].head].text.lower()
    if prep in ("until", "till") and verb.tag != "VBD":
        return "future"  # "markets stay closed until Friday"
    if prep == "since":
        return "past"  # "224 people have been held since Thursday"
    return tense
