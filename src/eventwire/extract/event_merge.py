"""One event per act: the same act mentioned twice is one event with several evidence spans."""

from __future__ import annotations

import dataclasses

from eventwire.models import ActorMention, Event


def actor_key(actor: ActorMention | None) -> str:
    if actor is None:
        return ""
    return actor.code or actor.name or actor.span.text.lower()


def merge_repeats(events: list[Event]) -> list[Event]:
    """The same act mentioned twice ("signed ... the signature") is one event with the
    evidence of both; a different date, negation or modality keeps acts apart, and so does a
    different target (a mention that names none is taken to be the same act)."""
    kept: list[Event] = []
    by_key: dict[tuple[str, ...], list[int]] = {}
    by_state: dict[tuple[str, str], list[int]] = {}
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
                and kept[k].modality == event.modality
                and _same_time(kept[k], event)
                and _state_and_its_own(kept[k].source, source)
            ]
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
        kept.append(event)
    return kept


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
    for event in events:
        target = actor_key(event.target)
        source = actor_key(event.source)
        k = next(
            (
                k
                for k, other in enumerate(kept)
                if other.sentence == event.sentence
                and other.cameo.code == event.cameo.code
                and other.negated == event.negated
                and (actor_key(other.target) == target or _inferred(other) or _inferred(event))
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
            kept.append(event)
            continue
        first = kept[k]
        if (first.source is None and event.source is not None) or _inferred(first):
            first, event = event, first
        extra = event.trigger if event.trigger != first.trigger else None
        kept[k] = dataclasses.replace(
            first, evidence=(*first.evidence, extra) if extra else first.evidence
        )
    return kept


def _inferred(event: Event) -> bool:
    """A target read from the source's own country ("police used tear gas": their state)."""
    return (
        event.source is not None
        and event.target is not None
        and event.source.span == event.target.span
    )
