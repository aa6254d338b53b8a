"""Actor mentions (PLACEHOLDER: being replaced by the actors work)."""

from __future__ import annotations

from eventwire.dictionaries import ActorDictionary
from eventwire.models import ActorMention, ParsedArticle


def extract_actors(parsed: ParsedArticle, dictionary: ActorDictionary) -> list[ActorMention]:
    return []
