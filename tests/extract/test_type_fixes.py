"""What the event-type probes showed that a (source, target, root) probe cannot pin: words the
parser splits or misreads before any pattern sees them, and people named after an act who are
no act of their own.

Actor mentions are coded by word (``wordcoded``) so these tests pin the parse and the event
stage, not the actor stage.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]
CODES = {
    "Israel": "ISR",
    "Hamas": "PSEREBHMS",
    "Turkey": "TUR",
    "Syria": "SYR",
    "Ethiopia": "ETH",
    "Zimbabwean": "ZWECVL",
}


def _token(parsed: ParsedArticle, text: str) -> int:
    return next(t.i for t in parsed.tokens if t.text == text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Opposition supporters staged a rally in the capital.", "staged", "stage"),
        ("The rebels waged a guerrilla war for a decade.", "waged", "wage"),
        ("The rebels were hoping to win.", "hoping", "hope"),
        ("The army routed the rebels.", "routed", "rout"),  # a verb of its own, kept
        ("The ministry scrapped the plan.", "scrapped", "scrap"),  # doubled: the short verb
    ],
)
def test_a_silent_e_form_gets_its_own_verbs_lemma(
    parse: Parse, text: str, word: str, lemma: str
) -> None:
    parsed = parse(text)
    assert parsed.tokens[_token(parsed, word)].lemma == lemma


@pytest.mark.model
@pytest.mark.parametrize("word", ["cease-fire", "Cease-fire", "sit-in", "sit-ins", "build-up"])
def test_a_hyphenated_noun_of_the_lexicon_stays_one_word(parse: Parse, word: str) -> None:
    parsed = parse(f"They spoke of the {word} on Monday.")
    assert any(t.text == word for t in parsed.tokens)


@pytest.mark.model
def test_an_opening_name_read_as_an_adverbial_is_the_subject(parse: Parse) -> None:
    parsed = parse("Turkey massed troops on its border with Syria.")
    turkey = parsed.tokens[_token(parsed, "Turkey")]
    assert (turkey.dep, turkey.head) == ("nsubj", _token(parsed, "massed"))
    assert triples(coded_events(parsed, CODES), root=True) == {("TUR", "SYR", "15")}


@pytest.mark.model
def test_a_hyphenated_cease_fire_is_declared(parse: Parse) -> None:
    events = coded_events(parse("Ethiopia declared a cease-fire on Sunday."), CODES)
    assert {e.cameo.code for e in events} == {"0871"}


@pytest.mark.model
def test_a_bomber_named_as_a_homes_owner_bombs_nothing(parse: Parse) -> None:
    events = coded_events(parse("Israel razed the house of a Hamas suicide bomber."), CODES)
    assert {e.cameo.root for e in events} == {"17"}


@pytest.mark.model
def test_a_bomber_as_the_subject_still_bombs(parse: Parse) -> None:
    events = coded_events(parse("A Hamas suicide bomber killed 15 people in Israel."), CODES)
    assert "18" in {e.cameo.root for e in events}


@pytest.mark.model
def test_war_veterans_wage_no_war(parse: Parse) -> None:
    events = coded_events(parse("Zimbabwean war veterans staged a march on Monday."), CODES)
    assert {e.cameo.root for e in events} == {"14"}


@pytest.mark.model
def test_a_past_form_read_as_the_roots_adjective_is_the_verb(parse: Parse) -> None:
    parsed = parse("Bangladesh's opposition boycotted parliament.")
    verb = _token(parsed, "boycotted")
    subject, obj = _token(parsed, "opposition"), _token(parsed, "parliament")
    assert parsed.tokens[verb].dep == "ROOT"
    assert (parsed.tokens[subject].dep, parsed.tokens[subject].head) == ("nsubj", verb)
    assert (parsed.tokens[obj].dep, parsed.tokens[obj].head) == ("dobj", verb)
    assert parsed.tokens[_token(parsed, "Bangladesh")].head == subject
