"""Joint acts of a group mention ("both sides met") pair its members with each other, and an
agreement told again in an "after" clause folds into the agreement told in full."""

from __future__ import annotations

from eventwire.extract.event_pairs import pairs_of
from eventwire.models import ActorMention, Span
from eventwire.pipeline import Pipeline


def _summary(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    events = pipeline.process_text(text, published="2025-03-05").events
    return {
        (
            e.source.code or "" if e.source else "",
            e.target.code or "" if e.target else "",
            e.cameo.code,
        )
        for e in events
    }


def test_members_of_a_group_mention_meet_each_other(pipeline: Pipeline) -> None:
    text = (
        "Peru and Chile traded fire along the border last week. Both governments agreed on"
        " Tuesday to hold talks, and army commanders from both sides met in Arica."
    )
    got = _summary(pipeline, text)
    assert {("PERGOV", "CHLGOV", "036"), ("CHLGOV", "PERGOV", "036")} <= got
    assert {("PERMIL", "CHLMIL", "040"), ("CHLMIL", "PERMIL", "040")} <= got


def _member(code: str, rule: str, start: int = 0, text: str = "both sides") -> ActorMention:
    span = Span(start, start + len(text), text)
    return ActorMention(span, code, code, code, rule)


def test_only_cooperative_acts_pair_a_group_with_itself() -> None:
    group = [_member("PER", "coref:group"), _member("CHL", "coref:group")]
    assert {(s and s.code, t and t.code) for s, t in pairs_of(group, [], "040")} == {
        ("PER", "CHL"),
        ("CHL", "PER"),
    }
    assert {(s and s.code, t and t.code) for s, t in pairs_of(group, [], "190")} == {
        ("PER", None),
        ("CHL", None),
    }
    # one phrase of two adjectives ("Peruvian and Chilean workers") is still no pair
    phrase = [_member("PER", "dictionary:demonym"), _member("CHL", "dictionary:demonym")]
    assert all(t is None for _, t in pairs_of(phrase, [], "040"))


def test_an_agreement_told_in_an_after_clause_is_the_agreement_told_in_full(
    pipeline: Pipeline,
) -> None:
    text = (
        "LIMA (EWS) - Peru's army on Wednesday accused Chilean troops of breaking a truce, hours"
        " after the leaders of the two countries agreed to end the border fighting.\n\n"
        "Peru's foreign minister and Chile's foreign minister agreed to an immediate ceasefire"
        " at talks in Oslo on Tuesday."
    )
    agreed = [
        e
        for e in pipeline.process_text(text, published="2025-03-05").events
        if e.trigger.text == "agreed"
    ]
    assert sorted((e.cameo.code, e.source.code if e.source else "") for e in agreed) == [
        ("0356", "CHLGOV"),
        ("0356", "PERGOV"),
    ]
    assert all(len(e.evidence) == 2 for e in agreed)
