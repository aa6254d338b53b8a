"""Events of a sentence whose actors are coded by word ("Peru": "PERGOV" codes every "Peru"),
so that tests of the event stage do not move when the actor stage does."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from eventwire.coding.patterns import load_patterns
from eventwire.extract.events import EventOptions, extract_events
from eventwire.models import ActorMention, Event, ParsedArticle


def word_actors(
    parsed: ParsedArticle, codes: Mapping[str, str], by_token: Mapping[int, str] | None = None
) -> list[ActorMention]:
    """One one-token actor per token whose text (or, first, whose index) ``codes`` names;
    "---CVL" has no country, as the actor stage writes it."""
    out = []
    for tok in parsed.tokens:
        code = (by_token or {}).get(tok.i) or codes.get(tok.text)
        if code is None:
            continue
        out.append(
            ActorMention(
                span=parsed.span(tok.i, tok.i + 1),
                name=tok.text,
                code=code,
                country=None if code.startswith("---") else code[:3],
                rule="test",
                sentence=tok.sent,
                token_start=tok.i,
                token_end=tok.i + 1,
                head=tok.i,
            )
        )
    return out


def coded_events(
    parsed: ParsedArticle,
    codes: Mapping[str, str],
    by_token: Mapping[int, str] | None = None,
    options: EventOptions | None = None,
) -> list[Event]:
    """The event stage alone, with the packaged patterns (and default options unless given)."""
    actors = word_actors(parsed, codes, by_token)
    return extract_events(parsed, actors, [], [], load_patterns(), options or EventOptions())


def triples(events: list[Event], *, root: bool = False) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code or root) of each event."""
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo.root if root else e.cameo.code,
        )
        for e in events
    }


def pipeline_triples(
    pipeline: Any, parse: Any, text: str, published: str, *, root: bool = False
) -> set[tuple[str | None, str | None, str]]:
    """The whole pipeline's events of ``text`` dated ``published``, as ``triples``."""
    return triples(list(pipeline.extract(parse(text, published)).events), root=root)


def probe_case(kind: str, text: str, *values: object, xfail: str | None = None) -> Any:
    """A probe suite's parametrized case: ``text`` and ``values``, its id the phenomenon and
    the sentence's first words, marked xfail(strict) with the reason when ``xfail`` is given."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    words = "-".join(text.split()[:6])
    return pytest.param(text, *values, id=f"{kind}:{words}", marks=marks)
