"""The pipeline on one screen: article -> parse -> times, actors, quotes -> coded events."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from eventwire.coding.patterns import PatternSet, load_patterns
from eventwire.config import Settings, load_settings
from eventwire.dictionaries import ActorDictionary, load_actor_dictionary
from eventwire.errors import NotEnglishError
from eventwire.extract.actors import extract_actors
from eventwire.extract.events import EventOptions, extract_events
from eventwire.extract.locations import gazetteer, namesakes
from eventwire.extract.quotes import CueLexicon, extract_quotes, load_cues
from eventwire.extract.time import normalize_times
from eventwire.ingest.article import make_article
from eventwire.models import Article, ExtractionResult, ParsedArticle, Versions
from eventwire.nlp import Annotator, SpacyAnnotator
from eventwire.nlp.language import ENGLISH, language_probability, rank_languages


@dataclass
class Pipeline:
    """Everything loaded once per process: the model, dictionaries, patterns and cue lexicon."""

    settings: Settings
    annotator: Annotator
    dictionary: ActorDictionary
    patterns: PatternSet
    cues: CueLexicon

    @cached_property
    def event_options(self) -> EventOptions:
        """``[extract.events]`` as the event stage's options, read once."""

        def flag(name: str, default: bool) -> bool:
            return bool(self.settings.get("extract", "events", name, default=default))

        return EventOptions(
            code_statements=flag("code_statements", False),
            require_actor=flag("require_actor", True),
            target_from_location=flag("target_from_location", True),
            target_from_sentence=flag("target_from_sentence", True),
            reported_force_as_accusation=flag("reported_force_as_accusation", False),
            reported_force_claim_only=flag("reported_force_claim_only", False),
            verb_phrase_events_only=flag("verb_phrase_events_only", False),
            modals_read_through=flag("modals_read_through", False),
        )

    @classmethod
    def from_settings(
        cls, settings: Settings | None = None, config: Path | None = None
    ) -> Pipeline:
        settings = settings or load_settings(config)
        gazetteer()  # the place table, loaded once here rather than inside the first article
        namesakes()  # and its towns' namesakes abroad, built from it
        return cls(
            settings=settings,
            annotator=SpacyAnnotator(settings.model),
            dictionary=load_actor_dictionary(settings.get("extract", "actors", "dictionaries")),
            patterns=load_patterns(settings.get("extract", "events", "patterns")),
            cues=load_cues(settings.get("extract", "quotes", "cues")),
        )

    @property
    def versions(self) -> Versions:
        from eventwire import __version__

        dictionaries = (self.dictionary.version, self.patterns.version, self.cues.version)
        return Versions(__version__, self.annotator.name, dictionaries)

    def check_language(self, article: Article) -> None:
        """Refuse text that is confidently not English: every later stage assumes an English
        parse. A one-line dispatch identifies weakly ("Putin signed." reads as Danish), so only
        a confident other language is refused, and not while English is a real contender."""
        sample = article.text[: int(self.settings.get("nlp", "language_sample", default=2000))]
        ranking = rank_languages(sample)
        lang, prob = ranking[0]
        threshold = float(self.settings.get("nlp", "min_other_language_probability", default=0.5))
        english = float(self.settings.get("nlp", "min_english_probability", default=0.2))
        if (
            lang not in ENGLISH
            and prob >= threshold
            and language_probability(ranking, ENGLISH) < english
        ):
            raise NotEnglishError(
                f"text is not English (detected {lang!r}, p={prob:.2f}); skipped",
                path=article.origin,
            )

    def process(self, article: Article) -> ExtractionResult:
        self.check_language(article)
        start = time.perf_counter()
        parsed = self.annotator.annotate(article)
        return self.extract(parsed, nlp_seconds=time.perf_counter() - start)

    def process_text(
        self, text: str, published: dt.date | str | None = None, **meta: str
    ) -> ExtractionResult:
        """Process a string: the shortest path from text to events, for the Python API."""
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return self.process(make_article(text, published=published, **meta))

    def extract(self, parsed: ParsedArticle, nlp_seconds: float = 0.0) -> ExtractionResult:
        """Every stage after the parse, each timed for ``eventwire bench``."""
        anchor = parsed.article.published
        timings = {"nlp": nlp_seconds}
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[stage] = now - clock
            clock = now

        timexes = normalize_times(parsed, anchor)
        lap("time")
        actors = extract_actors(parsed, self.dictionary)
        lap("actors")
        quotes = extract_quotes(parsed, actors, self.cues)
        lap("quotes")
        options = self.event_options
        events = extract_events(parsed, actors, timexes, quotes, self.patterns, options)
        lap("events")
        return ExtractionResult(
            article=parsed.article,
            versions=self.versions,
            sentences=parsed.sentences,
            timexes=tuple(timexes),
            actors=tuple(actors),
            events=tuple(events),
            quotes=tuple(quotes),
            timings=timings,
        )
