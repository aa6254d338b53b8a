"""Quotes and attributions (PLACEHOLDER: being replaced by the quotes work)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.models import ActorMention, ParsedArticle, Quote


@dataclass
class CueLexicon:
    version: str = "eventwire-cues.v1"


def load_cues(sources: Sequence[str] | None = None) -> CueLexicon:
    return CueLexicon()


def extract_quotes(
    parsed: ParsedArticle, actors: Sequence[ActorMention], cues: CueLexicon
) -> list[Quote]:
    return []
