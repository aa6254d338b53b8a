"""ParsedArticle's children table: indexed for the length of a stage, the same answers as a
scan of the sentence, and never carried over to a copy whose tokens changed."""

from __future__ import annotations

import dataclasses

from eventwire.models import Article, ParsedArticle, Sentence, Token


def _token(i: int, text: str, head: int, sent: int, start: int) -> Token:
    return Token(i, text, start, text.lower(), "X", "X", "dep", head, "", "O", "", sent, " ")


def _parsed() -> ParsedArticle:
    """Two sentences; token 3 (second sentence) names token 1 (first) as its head, which a
    well-formed parse never does: ``children`` keeps to the head's own sentence all the same."""
    words = [("Ministers", 1), ("met", 1), ("Talks", 3), ("ended", 1)]
    tokens, start = [], 0
    for i, (text, head) in enumerate(words):
        tokens.append(_token(i, text, head, 0 if i < 2 else 1, start))
        start += len(text) + 1
    text = "Ministers met Talks ended"
    sentences = (Sentence(0, 0, 13, "Ministers met", 0, 2), Sentence(1, 14, 25, text[14:], 2, 4))
    return ParsedArticle(Article("a", text), tuple(tokens), sentences, ())


def _scan(parsed: ParsedArticle, i: int) -> list[int]:
    sent = parsed.sentences[parsed.tokens[i].sent]
    return [
        t.i for t in parsed.tokens[sent.token_start : sent.token_end] if t.head == i and t.i != i
    ]


def test_children_agree_with_a_scan_of_the_sentence_indexed_or_not() -> None:
    parsed = _parsed()
    expected = [_scan(parsed, i) for i in range(len(parsed.tokens))]
    assert [[t.i for t in parsed.children(i)] for i in range(4)] == expected
    with parsed.indexed_children() as table:
        assert [[t.i for t in parsed.children(i)] for i in range(4)] == expected
        assert table == [[], [0, 3], [], [2]]  # the table lists every dependent
    assert [t.i for t in parsed.children(1)] == [0]  # not token 3, from the next sentence


def test_the_index_lasts_as_long_as_the_stage() -> None:
    parsed = _parsed()
    with parsed.indexed_children() as table:
        assert parsed.child_table() is table
        with parsed.indexed_children() as inner:  # a nested stage reuses it
            assert inner is table
        assert parsed.child_table() is table  # still there for the enclosing stage
    assert parsed.child_table() is not table  # dropped: a fresh one each time now


def test_a_copy_with_other_tokens_gets_its_own_table() -> None:
    parsed = _parsed()
    with parsed.indexed_children():
        tokens = list(parsed.tokens)
        tokens[0] = tokens[0]._replace(head=3)  # "Ministers" now hangs off "ended"
        changed = dataclasses.replace(parsed, tokens=tuple(tokens))
        with changed.indexed_children():
            assert [t.i for t in changed.children(1)] == []
            assert [t.i for t in changed.children(3)] == [2]
        assert changed == dataclasses.replace(changed)  # the table takes no part in equality


def test_actor_mentions_compare_field_by_field() -> None:
    from eventwire.models import ActorMention, Span

    def mention(code: str, start: int = 0) -> ActorMention:
        return ActorMention(Span(start, 6, "Russia"), "Russia", code, "RUS", "r", 0, start, 1, 0)

    a, b = mention("RUS"), mention("RUS")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != mention("RUSGOV") and a != mention("RUS", start=1)
    assert a != "RUS" and a in [mention("RUSMIL"), b]
