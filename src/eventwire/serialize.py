"""Records -> the public JSON contract of ``eventwire extract --format json`` (schema 1).

The contract is versioned: fields may be added, never renamed or dropped without bumping
``SCHEMA_VERSION``. ``schema/extract.schema.json`` describes it and the tests validate against it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.models import (
    ActorMention,
    Article,
    Event,
    EventDate,
    ExtractionResult,
    Location,
    Quote,
    Span,
    TimeExpression,
)

SCHEMA_VERSION = 1
JSON = dict[str, Any]


def ref_json(mention: ActorMention | None) -> JSON | None:
    """A REF: the mention's own span, and what it resolved to."""
    if mention is None:
        return None
    return {
        "text": mention.span.text,
        "start": mention.span.start,
        "end": mention.span.end,
        "name": mention.name,
        "code": mention.code,
        "country": mention.country,
    }


def span_json(span: Span | None, with_text: bool = True) -> JSON | None:
    if span is None:
        return None
    out: JSON = {"start": span.start, "end": span.end}
    return {"text": span.text, **out} if with_text else out


def date_json(date: EventDate | None) -> JSON | None:
    if date is None:
        return None
    return {
        "value": date.value,
        "text": date.text,
        "timex": date.timex,
        "from": date.source,
        "granularity": date.granularity,
        "start": date.start.isoformat(),
        "end": date.end.isoformat(),
    }


def location_json(location: Location | None) -> JSON | None:
    if location is None:
        return None
    return {
        "text": location.span.text,
        "start": location.span.start,
        "end": location.span.end,
        "country": location.country,
        "name": location.name,
        "latitude": location.latitude,
        "longitude": location.longitude,
    }


def event_json(event: Event) -> JSON:
    cameo = event.cameo
    return {
        "id": event.id,
        "code": cameo.code,
        "root": cameo.root,
        "name": cameo.name,
        "plover": cameo.plover,
        "plover_mode": cameo.plover_mode,
        "plover_context": cameo.plover_context,
        "goldstein": cameo.goldstein,
        "quad_class": cameo.quad_class,
        "source": ref_json(event.source),
        "target": ref_json(event.target),
        "date": date_json(event.date),
        "location": location_json(event.location),
        "trigger": span_json(event.trigger),
        "evidence": [span_json(s, with_text=False) for s in event.evidence],
        "sentence": event.sentence,
        "negated": event.negated,
        "modality": event.modality,
        "reported_by": ref_json(event.reported_by),
        "rule": event.rule,
    }


def quote_json(quote: Quote) -> JSON:
    return {
        "text": quote.span.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "spans": [span_json(s, with_text=False) for s in quote.spans],
        "kind": quote.kind,
        "stance": quote.stance,
        "cue": span_json(quote.cue),
        "speaker": ref_json(quote.speaker),
        "reported_by": ref_json(quote.reported_by),
        "sentence": quote.sentence,
    }


def timex_json(timex: TimeExpression) -> JSON:
    return {
        "id": timex.id,
        "text": timex.span.text,
        "start": timex.span.start,
        "end": timex.span.end,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
    }


def actor_json(mention: ActorMention) -> JSON:
    return {**(ref_json(mention) or {}), "rule": mention.rule}


def article_json(article: Article) -> JSON:
    return {
        "id": article.id,
        "source_id": article.source_id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "text": article.text,
    }


def result_json(result: ExtractionResult) -> JSON:
    """The whole ``extract`` output for one article."""
    versions = result.versions
    return {
        "eventwire": {
            "version": versions.eventwire,
            "schema": SCHEMA_VERSION,
            "model": versions.model,
            "dictionaries": list(versions.dictionaries),
        },
        "article": article_json(result.article),
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in result.sentences
        ],
        "timexes": [timex_json(t) for t in result.timexes],
        "actors": [actor_json(a) for a in result.actors],
        "events": [event_json(e) for e in result.events],
        "quotes": [quote_json(q) for q in result.quotes],
    }


@lru_cache(maxsize=1)
def extract_schema() -> JSON:
    """The packaged JSON Schema of the ``extract`` output."""
    text = resources.files("eventwire").joinpath("schema").joinpath("extract.schema.json")
    schema: JSON = json.loads(text.read_text("utf-8"))
    return schema
