"""Which time expression dates an event: the one attached to its trigger in the parse, else one
in its clause, else (through coordination and reported speech) one on a governing verb.

A timex under "before", "after", "since" or "until" bounds the event rather than dating it, and
durations, sets and vague references name no day, so none of these is taken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from eventwire.extract.timex.lexicon import number_value
from eventwire.extract.timex.tense import verb_tense
from eventwire.extract.timex.values import timex_interval
from eventwire.models import EventDate, ParsedArticle, TimeExpression

_BOUNDING = frozenset(
    {"before", "after", "since", "until", "till", "by", "through", "from", "prior", "ahead"}
)
# dependency labels through which an event inherits its governor's time
_CLIMB = frozenset(
    {
        "pcomp",
        "conj",
        "xcomp",
        "ccomp",
        "advcl",
        "dobj",
        "pobj",
        "prep",
        "nsubj",
        "nsubjpass",
        "attr",
        "acl",
        "appos",
        "compound",
        "amod",
        "nmod",
        "poss",
    }
)
_MAX_HOPS = 6


def _timex_head(parsed: ParsedArticle, tx: TimeExpression) -> int:
    """The token of the expression whose syntactic head lies outside it."""
    for t in parsed.tokens[tx.token_start : tx.token_end]:
        if not tx.token_start <= t.head < tx.token_end or t.head == t.i:
            return t.i
    return tx.token_end - 1


def _attachment(parsed: ParsedArticle, tx: TimeExpression) -> tuple[int, bool]:
    """The token a timex modifies, and whether a bounding preposition stands between."""
    tokens = parsed.tokens
    head = tokens[_timex_head(parsed, tx)]
    bounded = False
    node = head
    for _ in range(3):
        parent = tokens[node.head]
        if parent.i == node.i:
            break
        if parent.dep == "prep" or parent.pos == "ADP" or parent.tag == "IN":
            bounded = bounded or parent.text.lower() in _BOUNDING
            node = parent
            continue
        return parent.i, bounded
    return tokens[node.head].i, bounded


def _usable(tx: TimeExpression) -> bool:
    return tx.type in ("DATE", "TIME") and timex_interval(tx.value, tx.mod) is not None


def governing_timex(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The expression that dates the event whose trigger is token ``trigger``."""
    tx, bounded = _governing(parsed, trigger, timexes)
    return None if tx is None or (bounded and _a_day(tx)) else tx


def bounded_by_a_day(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression]
) -> bool:
    """Whether the trigger sits in an "after", "before" or "since" clause of an act told on a
    day ("issued a warrant last Monday, after he ignored three summonses"): that day bounds it,
    so no day the story names around it dates it either."""
    tx, bounded = _governing(parsed, trigger, timexes)
    return tx is not None and bounded and _a_day(tx)


def _governing(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression]
) -> tuple[TimeExpression | None, bool]:
    """The nearest timex up the tree, and whether the climb left an "after"/"before" clause."""
    sent = parsed.tokens[trigger].sent
    by_node: dict[int, list[TimeExpression]] = {}
    own_bound = False  # "has fought Ukraine since 2022": its time is a bound, not a sibling's
    for tx in timexes:
        if tx.sentence != sent or not _usable(tx):
            continue
        if tx.token_start <= trigger < tx.token_end:
            continue
        attached, bounded = _attachment(parsed, tx)
        attached = _before_clause(parsed, tx, attached)
        if not bounded:
            by_node.setdefault(attached, []).append(tx)
        elif attached == trigger:
            own_bound = True
    if not by_node:
        return None, False
    tokens = parsed.tokens
    node = tokens[trigger]
    if node.dep == "relcl" and any(
        c.dep == "advmod" and c.text.lower() == "when" for c in parsed.children(trigger)
    ):
        # "began on Wednesday, when India struck camps": the time the clause describes
        for txs in by_node.values():
            for tx in txs:
                if tx.token_start <= node.head < tx.token_end:
                    return tx, False
    bounded = False  # climbed out of an "after"/"before" clause
    for hop in range(_MAX_HOPS):
        # its own modifiers first, then those of its noun phrases, then (for the trigger
        # itself) a later conjunct's: "recalled the envoy and closed the border on Friday"
        tiers = [
            by_node.get(node.i, []),
            _in_own_phrase(parsed, node.i, by_node),
            _after_subject(parsed, node.i, by_node),
        ]
        if hop == 0:
            tiers.append(_on_conjuncts(parsed, node.i, by_node))
        for found in tiers:
            if found:
                tx = min(found, key=lambda tx: abs(tx.token_start - trigger))
                return tx, bounded
        if node.head == node.i or node.dep not in _CLIMB or (hop == 0 and own_bound):
            break
        bounded = bounded or _bounded_clause(parsed, node.i)
        node = tokens[node.head]
    return None, False


def _before_clause(parsed: ParsedArticle, tx: TimeExpression, attached: int) -> int:
    """ "said on Monday his forces had struck": with no "that", the parser hangs the report's
    day on the reported verb; a timex between the governor and the clause's subject is the
    governor's."""
    tok = parsed.tokens[attached]
    if tok.dep != "ccomp" or not tok.head < tx.token_start:
        return attached
    children = parsed.children(attached)
    if any(c.dep == "mark" and c.i < tx.token_start for c in children):
        return attached  # "said that on Saturday his forces had struck": the clause's own
    subject = next((c.i for c in children if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is not None and tx.token_end <= subject:
        return tok.head
    return attached


_REPORTING = frozenset(
    {"say", "tell", "report", "add", "state", "announce", "confirm", "write", "note", "claim"}
)


def told_days(
    parsed: ParsedArticle, timexes: Sequence[TimeExpression]
) -> list[tuple[int, EventDate]]:
    """The dates of past acts the text tells, coded or not, by character offset in text order:
    "China sent 30 warplanes toward Taiwan on Monday. Taiwan scrambled jets" (Monday)."""
    out = []
    for tx in timexes:
        found = timex_interval(tx.value, tx.mod)
        if found is not None and tx.type == "DATE" and _dates_a_told_act(parsed, tx):
            out.append((tx.span.start, EventDate(tx.value, tx.span.text, tx.id, "text", *found)))
    return out


def _dates_a_told_act(parsed: ParsedArticle, tx: TimeExpression) -> bool:
    """Whether ``tx`` is the day of a past act the story tells ("China sent 30 warplanes
    toward Taiwan on Monday"), coded or not, rather than of a report of it ("said on Monday")
    or a bound ("after talks on Monday")."""
    if not _usable(tx):
        return False
    attached, bounded = _attachment(parsed, tx)
    if bounded:
        return False
    tokens = parsed.tokens
    verb = tokens[attached]
    for _ in range(4):  # "in an ambush on Sunday": the noun's verb
        if verb.pos in ("VERB", "AUX") or verb.head == verb.i or verb.dep not in _TOLD_NOUN:
            break
        verb = tokens[verb.head]
    if verb.lemma in _REPORTING or verb_tense(parsed, verb) != "past":
        return False
    # a main clause's own verb, or the act a closing attribution reports ("were killed on
    # Sunday, the U.N. said"): not "Sunday's election", nor "who won ... in November"
    while verb.dep == "conj" and verb.head != verb.i:
        verb = tokens[verb.head]
    if verb.dep == "ccomp" and tokens[verb.head].lemma in _REPORTING:
        verb = tokens[verb.head]
    return verb.dep == "ROOT"


_TOLD_NOUN = frozenset({"pobj", "prep", "dobj", "npadvmod", "nsubj", "nsubjpass", "appos"})


def _a_day(tx: TimeExpression) -> bool:
    found = timex_interval(tx.value, tx.mod)
    return found is not None and found[0] == "day"


def _bounded_clause(parsed: ParsedArticle, node: int) -> bool:
    """A clause under "after", "before" or "since": its governor's day bounds it rather than
    dates it ("accused them on Tuesday, hours after the leaders agreed": maybe on Monday);
    a longer stretch ("closed it last year after accusing Moscow") still holds it."""
    tok = parsed.tokens[node]
    if tok.dep == "advcl":
        return any(c.dep == "mark" and c.text.lower() in _BOUNDING for c in parsed.children(node))
    return tok.dep == "pcomp" and parsed.tokens[tok.head].text.lower() in _BOUNDING


def _on_conjuncts(
    parsed: ParsedArticle, verb: int, by_node: dict[int, list[TimeExpression]]
) -> list[TimeExpression]:
    """Timexes on verbs coordinated with ``verb``, in text order. Only the few nodes that hold
    a timex are tested for being such a child (``parsed.children`` scans the sentence)."""
    tokens = parsed.tokens
    sent = parsed.sentences[tokens[verb].sent]
    out: list[TimeExpression] = []
    for k in sorted(by_node):
        child = tokens[k]
        if (
            sent.token_start <= k < sent.token_end
            and child.head == verb
            and k != verb
            and child.dep == "conj"
            and child.pos in ("VERB", "AUX")
        ):
            out.extend(by_node[k])
    return out


_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


def _after_subject(
    parsed: ParsedArticle, verb: int, by_node: dict[int, list[TimeExpression]]
) -> list[TimeExpression]:
    """ "Turkish police on Monday detained 14 journalists": wire copy puts the day between the
    subject and its verb, and the parser hangs it on the subject; it dates the verb. Only a
    timex that ends where the verb group begins (auxiliaries, "also" between)."""
    tokens = parsed.tokens
    out: list[TimeExpression] = []
    for k, txs in by_node.items():
        subject = tokens[k]
        if subject.dep == "appos":  # "DOHA (EWS) - Netanyahu's office on Thursday accused"
            subject = tokens[subject.head]
        if subject.head != verb or subject.dep not in ("nsubj", "nsubjpass") or k > verb:
            continue
        for tx in txs:
            if k < tx.token_start and all(
                t.head == verb and t.dep in _BETWEEN for t in tokens[tx.token_end : verb]
            ):
                out.append(tx)
    return out


_NOMINAL = frozenset({"dobj", "pobj", "prep", "attr", "npadvmod", "compound", "nmod", "appos"})


def _in_own_phrase(
    parsed: ParsedArticle, trigger: int, by_node: dict[int, list[TimeExpression]]
) -> list[TimeExpression]:
    """Timexes on the trigger's own noun phrases: "launched an attack on Monday"."""
    tokens = parsed.tokens
    out: list[TimeExpression] = []
    for attached, txs in by_node.items():
        node = tokens[attached]
        for _ in range(5):
            if node.dep == "acl" and node.tag == "VBG" and node.head != node.i:
                # "struck a vessel carrying drugs ... on Tuesday": the parser hangs the date
                # on the nearest participle; a past participle ("signed on May 7") keeps its own
                node = tokens[node.head]
                continue
            if node.dep not in _NOMINAL or node.pos in ("VERB", "AUX") or node.head == node.i:
                break
            if node.head == trigger:
                out.extend(txs)
                break
            node = tokens[node.head]
    return out


def date_event(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression], anchor: dt.date | None
) -> EventDate | None:
    """The date of the event on token ``trigger``: its governing timex, else the publication
    date (``source="published"``), else None when the article has no date at all."""
    shifted = _offset_date(parsed, trigger, timexes, anchor)
    if shifted is not None:
        return shifted
    tx = governing_timex(parsed, trigger, timexes)
    if tx is not None:
        found = timex_interval(tx.value, tx.mod)
        if found is not None:
            granularity, start, end = found
            if not (anchor is not None and start > anchor and _done(parsed, trigger)):
                return EventDate(tx.value, tx.span.text, tx.id, "text", granularity, start, end)
            # "have called for a march on Thursday": a thing already done is not dated by a
            # day still to come, which dates what it is about
    if anchor is None:
        return None
    return _published_on(anchor)


# "a day after", "two weeks before": a clause's distance in days from its governor's day
_OFFSET_UNITS = {"day": 1, "week": 7}
_OFFSET_MARKS = {"after": -1, "before": 1}


def _offset_date(
    parsed: ParsedArticle, trigger: int, timexes: Sequence[TimeExpression], anchor: dt.date | None
) -> EventDate | None:
    """ "struck targets on Tuesday, a day after Hezbollah fired rockets": the clause happened a
    measured distance from the day its governor is dated by (Monday). Only whole days and
    weeks from a day the text names: "hours after" and an undated governor say no day."""
    tok = parsed.tokens[trigger]
    if tok.dep != "advcl" or tok.head == trigger:
        return None
    mark = unit = None
    for c in parsed.children(trigger):
        if c.dep == "mark" and c.lemma.lower() in _OFFSET_MARKS:
            mark = c
        elif c.dep == "npadvmod" and c.lemma.lower() in _OFFSET_UNITS:
            unit = c
    if mark is None or unit is None or not unit.i < mark.i:
        return None
    count = _count_of(parsed, unit.i)
    if not count:
        return None
    days = _OFFSET_MARKS[mark.lemma.lower()] * count * _OFFSET_UNITS[unit.lemma.lower()]
    found = date_event(parsed, tok.head, timexes, anchor)
    if found is None or found.source != "text" or found.granularity != "day":
        return None
    day = found.start + dt.timedelta(days=days)
    first = min([unit.i, *(k.i for k in parsed.children(unit.i))])
    text = parsed.span(first, mark.i + 1).text  # "a day after"
    return EventDate(day.isoformat(), text, found.timex, "text", "day", day, day)


def _count_of(parsed: ParsedArticle, unit: int) -> int | None:
    """How many units: "a day", "one week", "two days", "3 days"."""
    for c in parsed.children(unit):
        if c.dep == "det" and c.lemma.lower() in ("a", "an"):
            return 1
        if c.dep == "nummod":
            return number_value(c.text)
    return None


@lru_cache(maxsize=256)
def _published_on(anchor: dt.date) -> EventDate:
    """The publication day as an event's date: one shared (immutable) value per day."""
    return EventDate(anchor.isoformat(), None, None, "published", "day", anchor, anchor)


def _done(parsed: ParsedArticle, trigger: int) -> bool:
    """Whether the trigger is a verb in the past or the perfect: "called", "have called"."""
    tok = parsed.tokens[trigger]
    if tok.pos not in ("VERB", "AUX"):
        return False
    if verb_tense(parsed, tok) == "past":
        return True
    return tok.tag == "VBN" and any(
        c.dep == "aux" and c.lemma == "have" for c in parsed.children(trigger)
    )
