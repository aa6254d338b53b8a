"""Quotation-mark pairing: pure text, no model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.quote_marks import QuotedRegion, find_quoted_regions


def inner(text: str, region: QuotedRegion) -> str:
    return text[region.inner_start : region.inner_end]


def top(text: str) -> list[str]:
    return [inner(text, r) for r in find_quoted_regions(text) if not r.nested]


def test_straight_and_typographic_marks() -> None:
    text = 'He said "the talks failed." She called it “a setback,” in Geneva.'
    assert top(text) == ["the talks failed.", "a setback,"]


def test_region_offsets_include_the_marks() -> None:
    text = "Ivanov said “no.”"
    (region,) = find_quoted_regions(text)
    assert text[region.start : region.end] == "“no.”"
    assert region.balanced


def test_doubled_apostrophes_pair_like_straight_quotes() -> None:
    text = "The board said he was ''ready to lead,'' aides added."
    assert top(text) == ["ready to lead,"]


def test_nested_single_quotes_inside_double() -> None:
    text = "“He told me ‘no deal’ twice,” the envoy said."
    regions = find_quoted_regions(text)
    assert [inner(text, r) for r in regions if not r.nested] == ["He told me ‘no deal’ twice,"]
    assert [inner(text, r) for r in regions if r.nested] == ["no deal"]


def test_straight_quote_nested_in_typographic_one() -> None:
    text = '“The plan, dubbed "Northern Gate," is dead,” he said.'
    regions = find_quoted_regions(text)
    assert [inner(text, r) for r in regions if not r.nested] == [
        'The plan, dubbed "Northern Gate," is dead,'
    ]


def test_headline_single_quotes() -> None:
    text = "Minister: Treaty ‘very important’ now\n\nMOSCOW (Wire) — The deputy minister spoke."
    assert top(text) == ["very important"]


def test_apostrophes_are_not_quotes() -> None:
    text = "The ministers’ talks and Russia’s position didn’t change."
    assert find_quoted_regions(text) == []


def test_quote_continuing_into_the_next_paragraph() -> None:
    text = (
        "“We will not sign this,” the minister said. “The terms are unacceptable.\n\n"
        "“We want a new round of talks.”\n\nThe talks ended on Friday."
    )
    regions = find_quoted_regions(text)
    assert [inner(text, r) for r in regions] == [
        "We will not sign this,",
        "The terms are unacceptable.",
        "We want a new round of talks.",
    ]
    assert regions[1].continues and regions[2].continued


def test_unbalanced_mark_stays_in_its_paragraph() -> None:
    text = (
        "The minister said “the deal is dead.\n\n"
        "Officials called it “premature,” and the envoy said “talks go on.”"
    )
    regions = find_quoted_regions(text)
    assert inner(text, regions[0]) == "the deal is dead."
    assert not regions[0].balanced
    assert [inner(text, r) for r in regions[1:]] == ["premature,", "talks go on."]


def test_stray_closing_mark_opens_at_the_paragraph() -> None:
    text = "We are ready to talk,” the spokesman said. “Not today.”"
    regions = find_quoted_regions(text)
    assert inner(text, regions[0]) == "We are ready to talk,"
    assert not regions[0].balanced
    assert inner(text, regions[1]) == "Not today."


def test_one_closer_for_a_nested_and_an_outer_quote() -> None:
    text = "“Why would they say, “Hey, we lost?” he asked.\n\nNext paragraph."
    regions = find_quoted_regions(text)
    outer = [r for r in regions if not r.nested]
    assert text[outer[0].start : outer[0].end] == "“Why would they say, “Hey, we lost?”"


@given(st.text(alphabet='ab \n"“”‘’.,', max_size=60))
def test_regions_are_well_formed_on_any_text(text: str) -> None:
    for region in find_quoted_regions(text):
        assert 0 <= region.start <= region.inner_start <= region.inner_end <= region.end
        assert region.end <= len(text)
        assert any(c.isalnum() for c in text[region.inner_start : region.inner_end])
