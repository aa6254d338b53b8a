"""Per-process memos of what matching asks of a word: its folded key and whether it may open a
name. Words repeat across a corpus, so each is worked out once; a hit is a plain dict
subscript (a ``dict`` with ``__missing__``), cheapest through ``map`` over an article's words.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.dictionaries.model import fold

# Each memo is emptied when it grows past this many words.
FOLD_MEMO_SIZE = 1 << 16


class _FoldMemo(dict[str, str]):
    """``fold`` of each word seen, computed on the first look-up of the word."""

    def __missing__(self, word: str) -> str:
        key = self[word] = fold(word)
        return key


class _CapitalMemo(dict[str, bool]):
    """Whether a word may open a name by its first character (a capital or a digit)."""

    def __missing__(self, word: str) -> bool:
        first = word[:1]
        opens = self[word] = first.isupper() or first.isdigit()
        return opens


_folded = _FoldMemo()
_capital = _CapitalMemo()


def fold_words(words: Iterable[str]) -> list[str]:
    """The folded keys of an article's words."""
    if len(_folded) > FOLD_MEMO_SIZE:
        _folded.clear()
    return list(map(_folded.__getitem__, words))


def fold_word(word: str) -> str:
    """``fold`` of one word, through the same memo as an article's words."""
    if len(_folded) > FOLD_MEMO_SIZE:
        _folded.clear()
    return _folded[word]


def capital_words(words: list[str]) -> list[bool]:
    """Whether each word opens with a capital or a digit."""
    if len(_capital) > FOLD_MEMO_SIZE:
        _capital.clear()
    return list(map(_capital.__getitem__, words))
