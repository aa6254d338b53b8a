"""Verb and noun patterns naming CAMEO codes (PLACEHOLDER: being replaced by the events work)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class PatternSet:
    version: str = "cameo-patterns.v1"


def load_patterns(sources: Sequence[str] | None = None) -> PatternSet:
    return PatternSet()
