"""Records passed between stages.

Every stage takes and returns these frozen records, never spaCy objects: they pickle for worker
processes, compare in tests, and each carries the character offsets that trace it back to the
article text. Offsets are Unicode code points into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal, NamedTuple

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "intended", "threatened", "hypothetical", "question"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["assert", "claim", "deny"]
DateSource = Literal["text", "published"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: body text plus what we know about where it came from."""

    id: str  # hash of the normalized text: the same text is one article whatever its origin
    text: str  # body only, line endings normalized to "\n"
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    source_id: str | None = None  # the id the input gave, if any
    origin: str | None = None  # file path or feed URL it was read from, for error messages


class Token(NamedTuple):
    """One token of a parsed article.

    A NamedTuple rather than a dataclass: building one per token is the hot path of the NLP
    stage, and tuples are several times cheaper to create while still immutable and picklable.
    """

    i: int  # index in the article
    text: str
    start: int  # character offset into Article.text
    lemma: str
    pos: str  # universal POS
    tag: str  # fine-grained (Penn) tag
    dep: str
    head: int  # index of the syntactic head (itself for a root)
    ent_type: str  # "" outside named entities
    ent_iob: str  # "B", "I" or "O"
    morph: str  # "Tense=Past|VerbForm=Fin"
    sent: int  # sentence index
    ws: str  # trailing whitespace

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_HEAD = attrgetter("head")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character offsets
    end: int
    text: str
    token_start: int  # token indices, end exclusive
    token_end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NER component."""

    label: str  # spaCy label: PERSON, ORG, GPE, NORP, DATE, ...
    start: int
    end: int
    text: str
    token_start: int
    token_end: int  # exclusive


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The NLP stage's output: the article plus everything later stages read from the parse."""

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    noun_chunks: tuple[tuple[int, int], ...] = ()  # token ranges, end exclusive
    # each token's dependents while a stage has them indexed (``indexed_children``): a
    # scratch table, not a field to compare, print or pass to the constructor
    _child_table: list[list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        sent = self.sentences[index]
        return self.tokens[sent.token_start : sent.token_end]

    def child_table(self) -> list[list[int]]:
        """Each token's dependents (their indices), in text order, whatever sentence they lie
        in: the table a stage has indexed, else one made now (one pass over the heads)."""
        table = self._child_table
        if table is None:
            table = [[] for _ in self.tokens]
            for i, h in enumerate(map(_HEAD, self.tokens)):
                if h != i:
                    table[h].append(i)
        return table

    @contextmanager
    def indexed_children(self) -> Iterator[list[list[int]]]:
        """For the length of a stage that walks the tree a lot (actors): ``children`` reads
        one table instead of scanning the sentence each call. The table goes when the stage
        ends, so its lists outlive the stage no more than a local table would (longer-lived
        lists only add to what the garbage collector carries through later stages)."""
        if self._child_table is not None:  # already indexed by an enclosing stage
            yield self._child_table
            return
        table = self.child_table()
        object.__setattr__(self, "_child_table", table)  # frozen: scratch, set and dropped
        try:
            yield table
        finally:
            object.__setattr__(self, "_child_table", None)

    def children(self, i: int) -> list[Token]:
        """Direct dependents of token ``i`` within its sentence, in text order."""
        sent = self.sentences[self.tokens[i].sent]
        first, end = sent.token_start, sent.token_end
        tokens, table = self.tokens, self._child_table
        if table is None:
            return [t for t in tokens[first:end] if t.head == i and t.i != i]
        return [tokens[c] for c in table[i] if first <= c < end]

    def span(self, token_start: int, token_end: int) -> Span:
        """The character span covering tokens ``[token_start, token_end)``."""
        first, last = self.tokens[token_start], self.tokens[token_end - 1]
        return Span(first.start, last.end, self.article.text[first.start : last.end])


# --- time ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3 time expression recognised in the text and normalized against the anchor date."""

    id: str  # "t1", "t2", ... in text order
    span: Span
    type: TimexType
    value: str  # TIMEX3 value: "2025-10-27", "2025-W43", "P3Y", "PAST_REF", "XXXX-WXX-1"
    mod: str | None = None  # START, MID, END, APPROX, ...
    sentence: int = 0
    token_start: int = 0
    token_end: int = 0  # exclusive


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date an event happened, with the interval of days it covers."""

    value: str  # TIMEX3 value
    text: str | None  # the expression's text; None when taken from the publication date
    timex: str | None  # id of the TimeExpression it came from
    source: DateSource  # serialized as "from"
    granularity: Granularity
    start: dt.date
    end: dt.date  # inclusive


# --- actors ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of an actor and what it resolved to.

    ``span`` is the mention's own text (a pronoun stays "he"); ``name``, ``code`` and
    ``country`` describe the actor it resolved to, through the dictionary or coreference.
    """

    span: Span
    name: str | None  # canonical name: "Vladimir Putin", "Russia"
    code: str | None  # "RUSGOV"; None when nothing matched
    country: str | None  # ISO 3166 alpha-3, or IGO/NGO/MNC
    rule: str  # how it resolved: "dictionary:country", "person", "coref:pronoun", ...
    sentence: int = 0
    token_start: int = 0
    token_end: int = 0  # exclusive
    head: int = 0  # token index of the mention's syntactic head

    def __eq__(self, other: object) -> bool:
        """Field by field, as a dataclass compares, but the same object, or another token
        range, answers at once: the events stage asks "is this actor already listed" thousands
        of times an article, and two mentions mostly differ in where they lie."""
        if self is other:
            return True
        if other.__class__ is not ActorMention:
            return NotImplemented
        o = other
        return (
            self.token_start == o.token_start
            and self.token_end == o.token_end
            and self.head == o.head
            and self.code == o.code
            and self.rule == o.rule
            and self.span == o.span
            and self.name == o.name
            and self.country == o.country
            and self.sentence == o.sentence
        )


# --- events ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    span: Span
    country: str | None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str  # "057", with leading zeros
    name: str
    goldstein: float
    root: str  # "05"
    quad_class: int  # GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover: str | None  # PLOVER event type, None where CAMEO has no counterpart
    plover_mode: str | None = None
    plover_context: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: who did what to whom, when, where, and the text that says so."""

    id: str  # hash of article id, trigger start and code: stable across runs
    cameo: CameoCode
    source: ActorMention | None
    target: ActorMention | None
    trigger: Span
    sentence: int
    evidence: tuple[Span, ...]
    date: EventDate | None = None
    location: Location | None = None
    negated: bool = False
    modality: Modality = "asserted"
    reported_by: ActorMention | None = None
    rule: str = ""  # the pattern that fired, e.g. "cameo-patterns.v1:sign-into-law"


# --- quotes ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct or indirect attribution with its cue and speaker."""

    span: Span  # from the first content character to the last
    spans: tuple[Span, ...]  # the content, possibly discontinuous
    kind: QuoteKind
    stance: Stance
    cue: Span | None
    speaker: ActorMention | None
    reported_by: ActorMention | None = None
    sentence: int = 0


# --- one article's results ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Versions:
    """What processed an article: stored with it so ``ingest --reprocess`` knows what is stale."""

    eventwire: str
    model: str
    dictionaries: tuple[str, ...]
    schema: int = 1


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """Everything eventwire extracted from one article."""

    article: Article
    versions: Versions
    sentences: tuple[Sentence, ...]
    timexes: tuple[TimeExpression, ...]
    actors: tuple[ActorMention, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    timings: dict[str, float] = field(default_factory=dict, compare=False)  # seconds per stage
