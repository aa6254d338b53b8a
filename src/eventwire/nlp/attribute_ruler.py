"""A faster attribute ruler with exactly spaCy's output.

spaCy's ``attribute_ruler`` (tag -> POS and morphology, plus word-specific exceptions) runs a
``Matcher`` with every pattern at every token and builds a ``Span`` per match; nearly every
token matches a pattern, so the English pipelines spend about a tenth of their time there. The
patterns are short token tests on the tag, lower-case form and dependency label (equality,
``IN`` sets, a few regexes), which dicts answer: this ruler looks rules up by the first token's
values, checks the rest of each rule, and applies each token's matches in spaCy's order (by
pattern number, later patterns win) through spaCy's own ``set_token_attrs``. A ruler with any
other kind of pattern is left alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# Token attributes a rule may test, in the column order of the rows read with Doc.to_array.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Row = tuple[int, ...]


class UnsupportedPattern(Exception):
    """A pattern this ruler cannot answer by lookup (operators, NOT_IN, other attributes)."""


@dataclass(frozen=True, slots=True)
class _Rule:
    number: int  # the pattern's position in the ruler: later numbers win
    length: int
    index: int  # which token of the match gets the attributes (0 <= index < length)
    tests: tuple[Callable[[Row], bool], ...]  # every token's test
    keyed_exactly: bool  # the table key is the whole test of the first token


class FastAttributeRules:
    """The match and set steps of one ``AttributeRuler``, by table lookup."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS

        self.ruler = ruler
        self.columns = [IDS[key] for key in _KEYS]
        strings = ruler.vocab.strings
        self._tables: dict[tuple[str, ...], dict[Row, list[_Rule]]] = {}
        self._scanned: list[_Rule] = []  # first token tested by a regex: tried at every token
        patterns: list[dict[str, Any]] = list(ruler.patterns)
        for number, pattern in enumerate(patterns):
            for raw in pattern["patterns"]:
                tokens: list[dict[str, Any]] = list(raw)
                tests = tuple(_compile(strings, token) for token in tokens)
                index = int(pattern.get("index", 0)) % len(tokens)
                keys = _index_keys(strings, tokens[0])
                exact = keys is not None and keys[1]
                rule = _Rule(number, len(tokens), index, tests, exact)
                if keys is None:
                    self._scanned.append(rule)
                for shape, values in keys[0] if keys else ():
                    self._tables.setdefault(shape, {}).setdefault(values, []).append(rule)
        self._lookups = [(_getter(shape), table) for shape, table in self._tables.items()]
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def install(self) -> None:
        """Replace the ruler's ``match`` and ``set_annotations`` on this instance."""
        self.ruler.match = self.match  # type: ignore[method-assign]
        self.ruler.set_annotations = self.set_annotations  # type: ignore[method-assign]

    def match(self, doc: Doc) -> dict[int, list[int]]:
        """Token index -> the numbers of the patterns that set its attributes."""
        hits: dict[int, list[int]] = {}
        rows: list[Row] = [tuple(row) for row in doc.to_array(self.columns).tolist()]
        for i, row in enumerate(rows):
            for key_of, table in self._lookups:
                for rule in table.get(key_of(row), ()):
                    if (rule.keyed_exactly or rule.tests[0](row)) and (
                        rule.length == 1 or _rest_matches(rule, rows, i)
                    ):
                        hits.setdefault(i + rule.index, []).append(rule.number)
            for rule in self._scanned:
                if rule.tests[0](row) and _rest_matches(rule, rows, i):
                    hits.setdefault(i + rule.index, []).append(rule.number)
        return hits

    def set_annotations(self, doc: Doc, hits: dict[int, list[int]]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        for i, numbers in hits.items():
            set_token_attrs(doc[i], self._attrs(numbers))

    def _attrs(self, numbers: list[int]) -> dict[Any, Any]:
        """The patterns' attributes merged in spaCy's order: later patterns win."""
        key = tuple(sorted(numbers))
        merged = self._merged.get(key)
        if merged is None:
            merged = {}
            for number in key:
                merged.update(self.ruler.attrs[number])
            self._merged[key] = merged
        return merged


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Install ``FastAttributeRules`` on the pipeline's attribute ruler, where it can answer
    every pattern; False (spaCy's ruler kept) otherwise."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or any("_" in attrs for attrs in ruler.attrs):
        return False  # extension attributes: leave spaCy's ruler alone
    try:
        FastAttributeRules(ruler).install()
    except UnsupportedPattern:
        return False
    return True


# --- compiling token tests --------------------------------------------------------------------


def _conditions(strings: Any, token: dict[str, Any]) -> list[tuple[int, str, Any]]:
    """``(column, kind, value)`` tests: kind "eq" (an int), "in" or "not_in" (a frozenset of
    ints) or "regex" (a compiled pattern, searched in the attribute's string)."""
    out: list[tuple[int, str, Any]] = []
    for key, value in token.items():
        if key not in _KEYS:
            raise UnsupportedPattern(f"attribute {key}")
        column = _KEYS.index(key)
        if isinstance(value, bool | str):
            out.append((column, "eq", _value(strings, value)))
        elif not isinstance(value, dict) or len(value) != 1 or key == "IS_SPACE":
            raise UnsupportedPattern(f"{key}: {value!r}")
        elif "IN" in value or "NOT_IN" in value:
            kind = "in" if "IN" in value else "not_in"
            values = frozenset(_value(strings, v) for v in value[kind.upper()])
            out.append((column, kind, values))
        elif "REGEX" in value:
            out.append((column, "regex", re.compile(value["REGEX"])))
        else:
            raise UnsupportedPattern(f"{key}: {value!r}")
    if not out:
        raise UnsupportedPattern("empty token pattern")
    return out


def _compile(strings: Any, token: dict[str, Any]) -> Callable[[Row], bool]:
    tests = [_test(strings, column, kind, value) for column, kind, value in
             _conditions(strings, token)]  # fmt: skip
    return lambda row: all(test(row) for test in tests)


def _test(strings: Any, column: int, kind: str, value: Any) -> Callable[[Row], bool]:
    if kind == "eq":
        return lambda row: bool(row[column] == value)
    if kind == "in":
        return lambda row: row[column] in value
    if kind == "not_in":
        return lambda row: row[column] not in value
    return _regex_test(strings, column, value)


def _regex_test(strings: Any, column: int, regex: re.Pattern[str]) -> Callable[[Row], bool]:
    """spaCy's REGEX predicate (``search`` on the attribute's string), memoized by value."""
    seen: dict[int, bool] = {}

    def test(row: Row) -> bool:
        value = row[column]
        found = seen.get(value)
        if found is None:
            found = seen[value] = bool(regex.search(strings[value]))
        return found

    return test


def _index_keys(
    strings: Any, token: dict[str, Any]
) -> tuple[list[tuple[tuple[str, ...], Row]], bool] | None:
    """The (keys, values) entries under which a rule is filed by its first token's equality
    and IN tests, and whether those are all its tests; None when it has none (the rule is
    then tried at every token)."""
    conditions = _conditions(strings, token)
    keyed = sorted((c, v) for c, kind, v in conditions if kind in ("eq", "in"))
    if not keyed:
        return None
    shape = tuple(_KEYS[c] for c, _v in keyed)
    choices = [sorted(v) if isinstance(v, frozenset) else [v] for _c, v in keyed]
    entries = [(shape, tuple(values)) for values in itertools.product(*choices)]
    return entries, len(keyed) == len(conditions)


def _getter(shape: tuple[str, ...]) -> Callable[[Row], Row]:
    """The values of ``shape``'s keys in a row, always as a tuple."""
    columns = [_KEYS.index(key) for key in shape]
    if len(columns) == 1:
        column = columns[0]
        return lambda row: (row[column],)
    return itemgetter(*columns)


def _rest_matches(rule: _Rule, rows: list[Row], i: int) -> bool:
    if i + rule.length > len(rows):
        return False
    return all(rule.tests[k](rows[i + k]) for k in range(1, rule.length))


def _value(strings: Any, value: str | bool) -> int:
    return int(value) if isinstance(value, bool) else int(strings.add(value))
