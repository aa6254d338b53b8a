"""The wire dateline an article opens with ("NAIROBI (EWS) -", "KYIV, Ukraine -"): its tokens
hold no actor, and its place's country is where unnamed police, crowds and offices belong."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.dictionaries import ActorDictionary
from eventwire.dictionaries.lookup import PLACES as PLACE_KINDS
from eventwire.dictionaries.model import fold
from eventwire.models import ParsedArticle, Token

DATELINE_WINDOW = 80  # tokens: a dateline follows at most a title and a few header lines


def dateline_of(parsed: ParsedArticle, dictionary: ActorDictionary) -> tuple[int, int, str | None]:
    """The dateline ("NAIROBI (EWS) -") at the start of the text or of one of its first lines
    (after a title or a header): its tokens, which hold no actor, and its place's country."""
    tokens = parsed.tokens
    limit = min(len(tokens), DATELINE_WINDOW)
    for first in range(limit):
        t = tokens[first]
        if first and "\n" not in tokens[first - 1].ws and "\n" not in tokens[first - 1].text:
            continue
        if t.pos == "SPACE" or not t.text.isupper() or not t.text.isalpha():
            continue
        if len(t.text) < 3 and not _capitals_after(tokens, first):
            continue  # "LA PAZ", "EL PASO": a short word opening a longer place name
        agency = False  # "(EWS)": a header key such as "URL:" has none
        for i in range(first + 1, min(len(tokens), first + 12)):
            agency = agency or tokens[i].text == "("
            dash = tokens[i].text in ("-", "—", "–", "--") or (agency and tokens[i].text == ":")
            if tokens[i].text == "-" and not tokens[i - 1].ws and not tokens[i].ws:
                dash = False  # a word's hyphen: "ISIS-K claimed ..." opens no dateline
            if dash and (i + 1 >= len(tokens) or tokens[i + 1].text != "-"):
                return first, i + 1, _dateline_country(parsed, dictionary, first, i)
            if "\n" in tokens[i].ws or "\n" in tokens[i].text or tokens[i].text == ":":
                break
    return 0, 0, None


def _capitals_after(tokens: Sequence[Token], i: int) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.text.isupper() and nxt.text.isalpha() and len(nxt.text) > 2


def _dateline_country(
    parsed: ParsedArticle, dictionary: ActorDictionary, start: int, end: int
) -> str | None:
    """The country of a dateline's place: "MOSCOW" -> RUS, "KYIV, Ukraine" -> UKR."""
    words: list[str] = []
    for t in parsed.tokens[start:end]:
        if not t.text[:1].isalpha():
            break
        words.append(t.text)
    for n in range(len(words), 0, -1):
        key = fold("".join(words[:n]))
        for entry in dictionary.names.get(key, ()):
            if entry.kind in PLACE_KINDS:
                code = entry.code_on(parsed.article.published)
                if code is not None and code.code[:3].isalpha():
                    return code.code[:3]
        if key in dictionary.cities:
            return dictionary.cities[key]
    return None
