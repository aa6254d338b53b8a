"""Speaker labels: "Lavrov: Treaty is dead", "Jane Doe, The Daily Planet: “...”".

Headlines, round-ups of commentators and transcripts attribute with a name and a colon
instead of a verb. A label opens its line, is short, names someone (a proper noun or an
all-caps transcript label such as "PARTICIPANT") and holds no verb; the content runs to the
end of the paragraph, or to the next transcript label.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.quote_syntax import TreeIndex

_MAX_LABEL = 8  # tokens before the colon: "Chris Cillizza, The Washington Post"
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL"})
_NOT_IN_LABELS = frozenset({"–", "—", "-", "/", "[", "(", "|"})


@dataclass(frozen=True, slots=True)
class Label:
    colon: int  # token index of the colon
    speaker: int  # token heading the speaker's name
    content: tuple[int, int]  # token range, end exclusive


def find_labels(tree: TreeIndex, inside: list[bool]) -> list[Label]:
    """Every speaker label outside quotation marks, in text order."""
    tokens = tree.tokens
    labels: list[Label] = []
    for tok in tokens:
        if tok.text != ":" or inside[tok.i]:
            continue
        start = _line_start(tree, tok.i)
        speaker = _speaker(tree, start, tok.i)
        if speaker is None:
            continue
        end = _content_end(tree, tok.i + 1)
        if end - tok.i > 2:
            labels.append(Label(tok.i, speaker, (tok.i + 1, end)))
    return labels


def _line_start(tree: TreeIndex, i: int) -> int:
    """The first token of the label's line: after a line break or a transcript's closing."""
    k = i
    while k > 0 and i - k <= _MAX_LABEL:
        prev = tree.tokens[k - 1]
        if "\n" in prev.ws or "\n" in prev.text or prev.text in (".", "]", "”", '"', "“"):
            return k
        k -= 1
    return k if k == 0 else -1


def _speaker(tree: TreeIndex, start: int, colon: int) -> int | None:
    """The name heading a label ``[start, colon)``, or None when it is no label."""
    if start < 0 or not 0 < colon - start <= _MAX_LABEL:
        return None
    words = [tree.tokens[k] for k in range(start, colon) if not tree.is_punct(k)]
    if not words or not words[0].text[:1].isupper():
        return None
    if any(w.pos in ("VERB", "AUX") and w.tag != "NNP" for w in words):
        return None
    if any(w.ent_type in _NOT_SPEAKERS for w in words):
        return None
    if any(tree.tokens[k].text in _NOT_IN_LABELS for k in range(start, colon)):
        return None  # "Hong Kong – Hang Seng: DOWN 0.1 percent", "[Video: ...]"
    # the name before any comma: "Jane Doe, The Daily Planet" is spoken by Jane Doe
    comma = _first_comma(tree, start, colon)
    first = [w for w in words if w.i < comma] or words
    names = [w for w in first if w.pos == "PROPN" or (w.text.isupper() and len(w.text) > 1)]
    if not names or first[-1] not in names:
        return None  # "Editor's note:" ends in a common noun
    run_end = names[0].i
    while run_end + 1 < colon and tree.tokens[run_end + 1] in names:
        run_end += 1
    return run_end


def _first_comma(tree: TreeIndex, start: int, colon: int) -> int:
    for k in range(start, colon):
        if tree.tokens[k].text == ",":
            return k
    return colon


def _content_end(tree: TreeIndex, k: int) -> int:
    """The end of the paragraph, or the token before the next transcript label."""
    tokens = tree.tokens
    n = len(tokens)
    while k < n:
        tok = tokens[k]
        if "\n" in tok.text:
            return k
        if "\n" in tok.ws:
            return k + 1
        if (
            tok.text == ":"
            and k >= 1
            and tokens[k - 1].text.isupper()
            and len(tokens[k - 1].text) > 1
        ):
            j = k - 1
            while j > 0 and tokens[j - 1].text.isupper():
                j -= 1
            return j
        k += 1
    return n
