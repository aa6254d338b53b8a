"""Quote extraction on short wire-style texts written for these tests (real model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.quotes import extract_quotes, load_cues
from eventwire.models import ActorMention, ParsedArticle, Quote, Span

pytestmark = pytest.mark.model
Parse = Callable[[str], ParsedArticle]


def quotes_of(parse: Parse, text: str, actors: list[ActorMention] | None = None) -> list[Quote]:
    return extract_quotes(parse(text), actors or [], load_cues())


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue is not None and q.cue.text.lower() == cue]
    assert found, [q.cue.text if q.cue else None for q in quotes]
    return found[0]


def test_direct_quote_with_inverted_cue_and_continuation(parse: Parse) -> None:
    text = (
        "“The ratification is very important in the current situation,” said Deputy Foreign "
        "Minister Sergei Ryabkov. “We expect the parliament to act quickly.”"
    )
    (quote,) = quotes_of(parse, text)
    assert quote.kind == "direct" and quote.stance == "assert"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and "Ryabkov" in quote.speaker.span.text
    assert [s.text for s in quote.spans] == [
        "“The ratification is very important in the current situation,”",
        "“We expect the parliament to act quickly.”",
    ]
    assert quote.span.start == 0 and quote.span.end == len(text)
    for span in quote.spans:
        assert text[span.start : span.end] == span.text


def test_quote_continues_into_a_reopened_paragraph(parse: Parse) -> None:
    text = (
        "“We will not sign this agreement,” the spokeswoman told reporters. “The terms are "
        "unacceptable.\n\n“We want a new round of talks in Vienna.”\n\n"
        "The talks ended on Friday without a statement."
    )
    (quote,) = quotes_of(parse, text)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.span.text == "the spokeswoman"
    assert "new round of talks" in quote.spans[-1].text
    assert "ended on Friday" not in quote.span.text


def test_cue_before_a_colon(parse: Parse) -> None:
    text = "The president told reporters in Minsk: “We discussed energy and security.”"
    (quote,) = quotes_of(parse, text)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.span.text == "The president"
    assert quote.spans[0].text == "“We discussed energy and security.”"


def test_partial_quote_makes_a_mixed_quote(parse: Parse) -> None:
    quote = by_cue(quotes_of(parse, "Lavrov said the new treaty was “dead on arrival.”"), "said")
    assert quote.kind == "mixed"
    assert quote.span.text.startswith("the new treaty was")
    assert quote.speaker is not None and quote.speaker.span.text == "Lavrov"


def test_indirect_speech_forms(parse: Parse) -> None:
    quotes = quotes_of(
        parse,
        "The ministry denied that troops had crossed the border. Lavrov warned of new "
        "sanctions against Moscow. The prime minister echoed that stance on Tuesday. "
        "Ryabkov called the ratification a key step for both countries.",
    )
    denied = by_cue(quotes, "denied")
    assert denied.stance == "deny" and denied.kind == "indirect"
    assert denied.span.text == "that troops had crossed the border"
    warned = by_cue(quotes, "warned of")
    assert warned.span.text == "new sanctions against Moscow"
    assert warned.speaker is not None and warned.speaker.span.text == "Lavrov"
    echoed = by_cue(quotes, "echoed")
    assert echoed.span.text == "that stance"  # the date is not what was echoed
    called = by_cue(quotes, "called")
    assert called.span.text == "the ratification a key step for both countries"


def test_claim_stance_and_reporting_source(parse: Parse) -> None:
    quotes = quotes_of(
        parse, "President Kim claimed his government has more than 5,000 missiles, as EFE reports."
    )
    claimed = by_cue(quotes, "claimed")
    assert claimed.stance == "claim"
    assert claimed.span.text == "his government has more than 5,000 missiles"
    assert claimed.speaker is not None and claimed.speaker.span.text == "President Kim"
    assert claimed.reported_by is not None and claimed.reported_by.span.text == "EFE"


def test_according_to_a_source(parse: Parse) -> None:
    quotes = quotes_of(
        parse, "According to the interior ministry, at least 40 people were detained."
    )
    quote = by_cue(quotes, "according to")
    assert quote.speaker is not None and quote.speaker.span.text == "the interior ministry"
    assert quote.span.text == "at least 40 people were detained"
    assert quote.reported_by is None  # a ministry is a source, not a news outlet


def test_news_outlet_reports_the_rest_of_its_paragraph(parse: Parse) -> None:
    quotes = quotes_of(
        parse,
        "State media reported that the president met the envoy in Minsk. He told reporters: "
        "“We discussed energy and security.”\n\nThe opposition said the meeting was a sham.",
    )
    told = by_cue(quotes, "told")
    assert told.reported_by is not None and told.reported_by.span.text == "State media"
    opposition = by_cue(quotes, "said")
    assert opposition.reported_by is None  # a new paragraph, not reported by state media


def test_unbalanced_mark_leaves_later_quotes_intact(parse: Parse) -> None:
    text = (
        "The minister said “the deal is dead.\n\n"
        "“We are ready to talk,” the envoy said on Monday.\n\n"
        "“Nothing has changed,” a spokesman added."
    )
    quotes = quotes_of(parse, text)
    texts = [q.spans[0].text for q in quotes if q.kind == "direct"]
    assert "“We are ready to talk,”" in texts
    assert "“Nothing has changed,”" in texts
    envoy = by_cue(quotes, "said")
    assert envoy.speaker is not None


def test_speaker_maps_to_the_overlapping_actor(parse: Parse) -> None:
    text = "“We will respond,” he said."
    parsed = parse(text)
    he = next(t for t in parsed.tokens if t.text == "he")
    actor = ActorMention(
        span=Span(he.start, he.end, "he"),
        name="Sergei Lavrov",
        code="RUSGOV",
        country="RUS",
        rule="coref:pronoun",
        sentence=0,
        token_start=he.i,
        token_end=he.i + 1,
        head=he.i,
    )
    (quote,) = extract_quotes(parsed, [actor], load_cues())
    assert quote.speaker == actor


def test_unresolved_speaker_is_an_uncoded_mention(parse: Parse) -> None:
    (quote,) = quotes_of(parse, "“We will respond,” the spokesman said.")
    assert quote.speaker is not None
    assert quote.speaker.code is None and quote.speaker.rule == "quote:unresolved"
    assert quote.speaker.span.text == "the spokesman"


def test_speaker_label_headline(parse: Parse) -> None:
    quotes = quotes_of(
        parse, "Ryabkov: Treaty ratification ‘very important’\n\nMOSCOW — Talks went on."
    )
    quote = quotes[0]
    assert quote.cue is not None and quote.cue.text == ":"
    assert quote.speaker is not None and quote.speaker.span.text == "Ryabkov"
    assert quote.span.text.startswith("Treaty ratification")


def test_scare_quotes_alone_are_not_quotes(parse: Parse) -> None:
    assert quotes_of(parse, "The so-called “peace plan” was published on Monday.") == []


def test_empty_article(parse: Parse) -> None:
    assert quotes_of(parse, "Talks resumed.") == []


def test_speaker_introduced_in_the_previous_sentence(parse: Parse) -> None:
    text = (
        "Sergei Ryabkov met reporters in Moscow on Tuesday.\n\n"
        "“The ratification is very important in the current situation.”"
    )
    (quote,) = quotes_of(parse, text)
    assert quote.kind == "direct" and quote.cue is None
    assert quote.speaker is not None and quote.speaker.span.text == "Sergei Ryabkov"


def test_parenthetical_cue_takes_the_clause_around_it(parse: Parse) -> None:
    quote = by_cue(
        quotes_of(parse, "By then, officials said, the bank had closed its doors."), "said"
    )
    assert quote.speaker is not None and quote.speaker.span.text == "officials"
    assert [s.text for s in quote.spans] == ["By then", "the bank had closed its doors"]


def test_a_dateline_is_no_speaker(parse: Parse) -> None:
    text = (
        "DOHA (EWS) - Prime Minister Benjamin Netanyahu's office on Thursday accused Hamas of "
        "reneging on parts of a ceasefire agreement announced a day earlier."
    )
    speakers = [q.speaker.span.text for q in quotes_of(parse, text) if q.speaker is not None]
    assert "DOHA" not in speakers
