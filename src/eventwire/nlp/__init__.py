"""The NLP stage: the only package that imports spaCy.

It turns an ``Article`` into a ``ParsedArticle`` of plain records, so every later stage can be
tested without loading a model.
"""

from eventwire.nlp.annotator import Annotator, SpacyAnnotator, parse_doc
from eventwire.nlp.language import detect_language, english_probability

__all__ = ["Annotator", "SpacyAnnotator", "detect_language", "english_probability", "parse_doc"]
