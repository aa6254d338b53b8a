"""One event per act: the same act mentioned twice is one event with several evidence spans."""

from __future__ import annotations

import dataclasses

from eventwire.coding.cameo import FORCE_ROOTS
from eventwire.models import ActorMention, Event

# CAMEO's intents to yield and the yielding acts they name (codebook 035x -> 08x): "agreed to
# halt the fighting" and "agreed to a ceasefire" are one agreement told twice.
INTENT_ACTS = {
    "0351": "081",
    "0352": "082",
    "0353": "0841",
    "0354": "085",
    "0355": "086",
    "0356": "087",
}


def actor_key(actor: ActorMention | None) -> str:
    if actor is None:
        return ""
    return actor.code or actor.name or actor.span.text.lower()


def merge_repeats(events: list[Event], undated: frozenset[str] = frozenset()) -> list[Event]:
    """The same act mentioned twice ("signed ... the signature") is one event with the
    evidence of both; a different date, negation or modality keeps acts apart, and so does a
    different target (a mention that names none is taken to be the same act). ``undated``:
    ids of events whose own clause names no day (dated by the story, not by the text)."""
    kept: list[Event] = []
    by_key: dict[tuple[str, ...], list[int]] = {}
    by_state: dict[tuple[str, str], list[int]] = {}
    by_root: dict[tuple[str, str], list[int]] = {}
    by_agreed: dict[str, list[int]] = {}
    for event in events:
        if event.source is None and event.target is None:
            kept.append(event)
            continue
        source = event.source
        who = actor_key(source) + "|" + ((source.name or "") if source else "")
        key = (event.cameo.code, who, str(event.negated), event.modality)
        target = actor_key(event.target)
        same = [
            k
            for k in by_key.get(key, [])
            if kept[k].trigger != event.trigger
            # two verbs of one sentence are two acts: "recalled its envoy and expelled theirs"
            and (
                kept[k].sentence != event.sentence
                or kept[k].trigger.text == event.trigger.text
                or kept[k].target is None
                or event.target is None
            )
            and _same_time(kept[k], event)
            and (not target or not actor_key(kept[k].target) or actor_key(kept[k].target) == target)
        ]
        if not same and source is not None and source.country and _no_other(event, source):
            # "Ukraine signed the accord ... Svyrydenko signed it for Kyiv": a state and its
            # own official doing the same act, the second naming no other party, is one act
            same = [
                k
                for k in by_state.get((event.cameo.code[:3], source.country), [])
                if kept[k].sentence != event.sentence
                and kept[k].negated == event.negated
                and _same_mood(kept[k], event)
                and _same_time(kept[k], event)
                and _state_and_its_own(kept[k].source, source)
            ]
        if not same and source is not None and event.cameo.code[:2] in FORCE_ROOTS:
            # "Russia launched 100 missiles at Ukraine ... its forces had carried out a massive
            # strike": the same side's force told again, generically and naming no one else
            same = [
                k
                for k in by_root.get((event.cameo.code[:2], source.country or ""), [])
                if _retold_force(kept[k], event)
            ]
        if not same and source is not None and _agreed(event):
            agreed = [
                k
                for k in by_agreed.get(actor_key(source), [])
                if _one_deal(kept[k], event, undated)
            ]
            if agreed:
                # "the leaders agreed to halt the fighting ... agreed to a ceasefire on Monday":
                # one agreement, coded as what was agreed
                k = agreed[0]
                first, act = kept[k], event
                if first.cameo.code not in INTENT_ACTS:
                    first, act = act, first
                evidence = (*act.evidence, *(e for e in first.evidence if e not in act.evidence))
                kept[k] = dataclasses.replace(
                    act, target=act.target or first.target, evidence=evidence
                )
                continue
        if same:
            k = same[0]
            first = kept[k]
            extra = event.evidence[0]
            if extra in first.evidence:
                extra = event.trigger
            kept[k] = dataclasses.replace(
                first,
                target=first.target or event.target,
                evidence=(*first.evidence, extra),
                location=first.location or event.location,
                date=first.date or event.date,
            )
            continue
        by_key.setdefault(key, []).append(len(kept))
        if source is not None and source.country:
            by_state.setdefault((event.cameo.code[:3], source.country), []).append(len(kept))
            if event.cameo.code[:2] in FORCE_ROOTS:
                by_root.setdefault((event.cameo.code[:2], source.country), []).append(len(kept))
        if source is not None and _agreed(event):
            by_agreed.setdefault(actor_key(source), []).append(len(kept))
        kept.append(event)
    return kept


def _same_mood(first: Event, again: Event) -> bool:
    """Told alike; an intent (CAMEO 03) told as a pledge ("pledged aid", intended) and told
    as said ("announced new aid", asserted) is one intent expressed."""
    if first.modality == again.modality:
        return True
    told = {first.modality, again.modality}
    return first.cameo.root == "03" and told == {"asserted", "intended"}


def _retold_force(first: Event, again: Event) -> bool:
    """A later use of force by the same side (its state or that state's forces), in that
    side's own account, that is the root's generic code or the same code, names no other
    target, and is told in another sentence with no other date: the act told before. Exchanges
    of fire are not retold acts: each side's is its own."""
    a, b = first.source, again.source
    if a is None or b is None or not a.country or a.country != b.country:
        return False
    if actor_key(a) != actor_key(b) and not _state_and_its_own(a, b):
        return False
    generic = again.cameo.code[2:] in ("0", "00") or again.cameo.code == first.cameo.code
    struck = first.target  # the act told in full first: who struck whom
    if struck is None:
        return False
    # naming none, the same, or, where the first named only a state, something of that state
    # ("energy infrastructure that supports Ukraine's defence industry" after "targets across
    # Ukraine")
    same_target = (
        again.target is None
        or actor_key(again.target) == actor_key(struck)
        or (bool(struck.country) and struck.code == struck.country == again.target.country)
    )
    return (
        generic
        and first.sentence != again.sentence
        and first.negated == again.negated
        and first.modality == again.modality
        and same_target
        and _same_time(first, again)
        and _own_account(again)
    )


def _agreed(event: Event) -> bool:
    return event.trigger.text.lower().startswith("agree")


def _one_deal(a: Event, b: Event, undated: frozenset[str]) -> bool:
    """An agreement to yield told as an intent and as the act agreed (or as the intent again:
    "agreed to halt the fighting ... agreed to a ceasefire"), by the same party, in
    two sentences of one story, naming no other party each (or the same), on the same day or
    one of them dated only by the story around it ("hours after the leaders agreed")."""
    intent, act = (a, b) if a.cameo.code in INTENT_ACTS else (b, a)
    wanted = INTENT_ACTS.get(intent.cameo.code)
    targets = {actor_key(e.target) for e in (a, b)} - {""}
    return (
        wanted is not None
        and (act.cameo.code.startswith(wanted) or act.cameo.code == intent.cameo.code)
        and a.sentence != b.sentence
        and a.negated == b.negated == False  # noqa: E712 - both plain, not negated
        and len(targets) <= 1
        and (_same_time(a, b) or a.id in undated or b.id in undated)
    )


def _own_account(event: Event) -> bool:
    """The doer's own side reports it ("Russia's Defence Ministry said its forces had ..."):
    its account of what the story has told. A force the story itself narrates ("when India
    struck militant camps") may be another strike."""
    reporter, source = event.reported_by, event.source
    return reporter is not None and source is not None and reporter.country == source.country


def _no_other(event: Event, source: ActorMention) -> bool:
    """The act names no party besides the doer's own state."""
    return event.target is None or event.target.country == source.country


def _state_and_its_own(a: ActorMention | None, b: ActorMention) -> bool:
    """One of the two is the bare state ("Ukraine"), the other one of its own (UKRGOV)."""
    if a is None or a.country != b.country:
        return False
    return a.code == a.country or b.code == b.country


def _same_time(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or a.date.source != "text" or b.date.source != "text":
        return True
    return a.date.value == b.date.value


def merge_mentions(events: list[Event], nouns: frozenset[int]) -> list[Event]:
    """One act named twice in one sentence: "fought two wars", "arrested Yoon ..., the first
    arrest of a sitting president", or one verb with two objects that resolve to the same
    actor ("deploys warships, a submarine"). A noun trigger (``nouns``: trigger offsets) with
    the same code and target as another event of its sentence, and a source that is the same
    or missing, is a second mention of that event; so is an act whose target was only inferred
    ("used tear gas" on its own country) beside the same act on a named target ("to disperse
    the protesters")."""
    kept: list[Event] = []
    by_sentence: dict[int, list[int]] = {}  # sentence -> positions in kept, in order
    for event in events:
        target = actor_key(event.target)
        source = actor_key(event.source)
        same_sentence = by_sentence.setdefault(event.sentence, [])
        k = next(
            (
                k
                for k in same_sentence
                if (other := kept[k]).cameo.code == event.cameo.code
                and other.negated == event.negated
                and (
                    actor_key(other.target) == target
                    or _inferred(other)
                    or _inferred(event)
                    or _untargeted_noun(event, other, nouns)
                )
                and (
                    (other.trigger == event.trigger and actor_key(other.source) == source)
                    or (
                        (_inferred(other) or _inferred(event))
                        and source
                        and actor_key(other.source) == source
                    )
                    or (
                        (event.trigger.start in nouns or other.trigger.start in nouns)
                        and (not source or actor_key(other.source) in (source, ""))
                    )
                )
            ),
            None,
        )
        if k is None:
            same_sentence.append(len(kept))
            kept.append(event)
            continue
        first = kept[k]  # of the event's sentence, as is the one that replaces it below
        if (first.source is None and event.source is not None) or _inferred(first):
            first, event = event, first
        extra = event.trigger if event.trigger != first.trigger else None
        kept[k] = dataclasses.replace(
            first, evidence=(*first.evidence, extra) if extra else first.evidence
        )
    return kept


def _untargeted_noun(a: Event, b: Event, nouns: frozenset[int]) -> bool:
    """ "Trump met al-Sharaa, the first meeting between the leaders": a noun naming no target
    beside a same-code act of its sentence is that act named again."""
    return any(
        e.trigger.start in nouns and e.target is None and actor_key(e.source) == actor_key(o.source)
        for e, o in ((a, b), (b, a))
    )


def _inferred(event: Event) -> bool:
    """A target read from the source's own country ("police used tear gas": their state)."""
    return (
        event.source is not None
        and event.target is not None
        and event.source.span == event.target.span
    )


def merge_restated(events: list[Event], links: dict[int, int]) -> list[Event]:
    """Folds an event that tells again another event of its sentence (``links``: trigger
    start -> the other's trigger start, read from the parse) into that event, which keeps its
    code and actors and gains the other's evidence (and target, when it had none)."""
    if not links:
        return events
    by_start = {e.trigger.start: k for k, e in enumerate(events)}
    merged: dict[int, Event] = {}
    folded: set[int] = set()
    for k, event in enumerate(events):
        main = by_start.get(links.get(event.trigger.start, -1))
        if main is None or main == k or events[main].sentence != event.sentence:
            continue
        first = merged.get(main, events[main])
        if first.negated != event.negated:
            continue
        extra = tuple(s for s in (event.trigger, *event.evidence) if s not in first.evidence)
        merged[main] = dataclasses.replace(
            first, target=first.target or event.target, evidence=(*first.evidence, *extra[:1])
        )
        folded.add(k)
    return [merged.get(k, e) for k, e in enumerate(events) if k not in folded]
