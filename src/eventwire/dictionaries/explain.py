"""How a mention resolves, for ``eventwire actors lookup``: the library side of the command.

Parses the text with the pipeline's annotator, runs the actor stage and reports each mention
with its code, the rule that produced it and the dictionary entries that matched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.dictionaries.model import ActorDictionary, fold
from eventwire.ingest import make_article
from eventwire.models import ActorMention
from eventwire.nlp import Annotator


@dataclass(frozen=True, slots=True)
class Explanation:
    """One mention of the looked-up text and where its code came from."""

    mention: ActorMention
    entries: tuple[str, ...]  # "Vladimir Putin (person, eventwire-actors.v1:people.tsv)"


def explain_text(
    text: str, annotator: Annotator, dictionary: ActorDictionary, date: dt.date | None = None
) -> list[Explanation]:
    """Every actor mention in ``text`` with the dictionary entries behind it, e.g.
    ``explain_text("the Kremlin said", pipeline.annotator, pipeline.dictionary)`` gives one
    mention, RUSGOV by rule "metonym", from the entry "Kremlin [RUSGOV] (metonym, ...)".
    """
    from eventwire.extract.actors import extract_actors

    parsed = annotator.annotate(make_article(text, published=date))
    out = []
    for mention in extract_actors(parsed, dictionary):
        entries = []
        for phrase in _phrases(mention.span.text):
            for entry in dictionary.names.get(fold(phrase), ()):
                dated = entry.code_on(date)
                code = dated.code if dated else "-"
                entries.append(f"{entry.name} [{code}] ({entry.kind}, {entry.source})")
            role = dictionary.roles.get(fold(phrase))
            if role is not None:
                entries.append(f"{role.term} [~{role.code}] (role, {role.source})")
        out.append(Explanation(mention, tuple(dict.fromkeys(entries))))
    return out


def _phrases(text: str) -> list[str]:
    """Every contiguous word sequence of a mention, longest first (mentions are short)."""
    words = text.replace("'s", " 's").split()
    spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
    return sorted(set(spans), key=lambda s: -len(s))
