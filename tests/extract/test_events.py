"""Events from the dependency structure, against hand-built actor mentions.

Actor mentions are built here from the parse (a name and its country), so these tests pin the
event stage alone: roles, frames, reported speech, mood, location and merging.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.coding.patterns import load_patterns
from eventwire.extract.events import EventOptions, event_id, extract_events
from eventwire.models import ActorMention, Event, ParsedArticle
from wordcoded import word_actors

Parse = Callable[..., ParsedArticle]
COUNTRIES = {
    "Russia": "RUS",
    "Russian": "RUS",
    "Washington": "USA",
    "U.S.": "USA",
    "Iran": "IRN",
    "Israel": "ISR",
    "Japan": "JPN",
    "France": "FRA",
    "Germany": "DEU",
    "China": "CHN",
    "Taiwan": "TWN",
    "Peru": "PER",
    "Chile": "CHL",
    "Brazil": "BRA",
    "Venezuela": "VEN",
    "Venezuelan": "VEN",
    "Peruvian": "PER",
    "Chilean": "CHL",
    "Colombia": "COL",
    "Moscow": "RUS",
    "Brasilia": "BRA",
}


def actors_in(parsed: ParsedArticle, skip: frozenset[str] = frozenset()) -> list[ActorMention]:
    """One mention per token naming a country we know, its head the token itself."""
    return word_actors(parsed, {name: code for name, code in COUNTRIES.items() if name not in skip})


def events_of(parse: Parse, text: str, **options: bool) -> list[Event]:
    parsed = parse(text)
    skip = frozenset({"Moscow"})  # a place here, not an actor
    return extract_events(
        parsed, actors_in(parsed, skip), [], [], load_patterns(), EventOptions(**options)
    )


def country(actor: ActorMention | None) -> str | None:
    return actor.country if actor else None


def pairs(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(country(e.source), country(e.target), e.cameo.root) for e in events}


@pytest.mark.model
def test_accusation_is_the_event_not_what_is_alleged(parse: Parse) -> None:
    events = events_of(parse, "Russian officials accused Washington of destabilizing the region.")
    assert [
        (e.cameo.root, e.source and e.source.country, e.target and e.target.country) for e in events
    ] == [("11", "RUS", "USA")]
    assert events[0].cameo.code.startswith("112")
    assert events[0].rule.startswith("cameo-patterns.v1:")


@pytest.mark.model
def test_passive_by_agent_is_the_source(parse: Parse) -> None:
    events = events_of(parse, "Venezuela was attacked by Colombia on Monday.")
    assert pairs(events) == {("COL", "VEN", "19")}


@pytest.mark.model
def test_coordinated_subjects_give_one_event_per_pair(parse: Parse) -> None:
    events = events_of(parse, "Peru and Chile signed an accord with Brazil in Lima.")
    assert pairs(events) == {("PER", "BRA", "05"), ("CHL", "BRA", "05")}
    assert len({e.id for e in events}) == 2


@pytest.mark.model
def test_negotiations_take_both_sides(parse: Parse) -> None:
    events = events_of(parse, "Peru held talks with Brazil in Lima on Monday.")
    assert pairs(events) == {("PER", "BRA", "04"), ("BRA", "PER", "04")}


@pytest.mark.model
def test_reported_act_belongs_to_its_doer(parse: Parse) -> None:
    events = events_of(parse, "Iran said Israel attacked its embassy in Damascus.")
    # the attack is Israel's, on Iran, reported by Iran: one event, Iran's words no second one
    assert [(country(e.source), country(e.target), e.cameo.code[:3]) for e in events] == [
        ("ISR", "IRN", "190"),
    ]
    assert events[0].location is not None and events[0].location.country == "SYR"
    assert events[0].reported_by is not None and events[0].reported_by.country == "IRN"
    # PETRARCH-2's convention, on request: Iran's report is also an accusation
    petrarch = events_of(
        parse,
        "Iran said Israel attacked its embassy in Damascus.",
        reported_force_as_accusation=True,
    )
    assert [(country(e.source), country(e.target), e.cameo.code[:3]) for e in petrarch] == [
        ("ISR", "IRN", "190"),
        ("IRN", "ISR", "112"),
    ]
    assert petrarch[1].reported_by is None
    # and PETRARCH-2's other rule: a claim whose speaker comes first is coded as the claim alone
    claim_only = events_of(
        parse,
        "Iran said Israel attacked its embassy in Damascus.",
        reported_force_as_accusation=True,
        reported_force_claim_only=True,
    )
    assert [(country(e.source), country(e.target), e.cameo.code[:3]) for e in claim_only] == [
        ("IRN", "ISR", "112"),
    ]
    trailing = events_of(
        parse,
        "Israel attacked the Iranian embassy in Damascus, Iran said.",
        reported_force_as_accusation=True,
        reported_force_claim_only=True,
    )
    assert {e.cameo.code[:3] for e in trailing} == {"190", "112"}
    # with statements on, the speech is still no event: it reports a codeable act
    assert all(
        e.cameo.code != "010"
        for e in events_of(
            parse, "Iran said Israel attacked its embassy in Damascus.", code_statements=True
        )
    )


@pytest.mark.model
def test_targetless_act_takes_the_country_where_it_happened(parse: Parse) -> None:
    text = "Chile eased emergency measures in Venezuela on Monday."
    assert pairs(events_of(parse, text)) == {("CHL", "VEN", "08")}
    parsed = parse(text)
    plain = extract_events(
        parsed,
        actors_in(parsed),
        [],
        [],
        load_patterns(),
        EventOptions(target_from_location=False),
    )
    assert pairs(plain) == {("CHL", None, "08")}


@pytest.mark.model
def test_targetless_act_takes_the_one_other_party_its_sentence_names(parse: Parse) -> None:
    text = "Chile backed down, paving the way for a trade deal with Peru."
    assert pairs(events_of(parse, text)) == {("CHL", "PER", "08")}
    assert pairs(events_of(parse, text, target_from_sentence=False)) == {("CHL", None, "08")}
    # two others: no target to infer
    text = "Chile backed down, clearing the way for deals with Peru and Brazil."
    assert {t for _, t, root in pairs(events_of(parse, text)) if root == "08"} == {None}


@pytest.mark.model
def test_coordinated_protesters_protest_separately(parse: Parse) -> None:
    events = events_of(parse, "Peruvian and Chilean workers protested in Lima.")
    # two protests in Peru, not Peru protesting against Chile and Chile against Peru
    assert pairs(events) == {("PER", "PER", "14"), ("CHL", "PER", "14")}


@pytest.mark.model
def test_obligation_in_reported_speech_is_a_demand(parse: Parse) -> None:
    events = events_of(parse, "France said Iran must free the detained sailors.")
    assert [(e.cameo.root, country(e.source), country(e.target)) for e in events] == [
        ("10", "FRA", "IRN")
    ]


@pytest.mark.model
def test_plain_statement_only_when_asked(parse: Parse) -> None:
    text = "Peru said the weather in Lima was unusually cold this week."
    assert events_of(parse, text) == []
    coded = events_of(parse, text, code_statements=True)
    assert [e.cameo.code for e in coded] == ["010"]


@pytest.mark.model
def test_threat_frame_codes_by_what_is_threatened(parse: Parse) -> None:
    events = events_of(parse, "Russia threatened to impose sanctions on Japan.")
    assert [(e.cameo.code, e.modality) for e in events] == [("1312", "threatened")]
    assert pairs(events) == {("RUS", "JPN", "13")}


@pytest.mark.model
def test_refusal_is_a_reject(parse: Parse) -> None:
    events = events_of(parse, "China refused to hold talks with Japan.")
    assert [e.cameo.root for e in events] == ["12"]
    assert not events[0].negated


@pytest.mark.model
def test_appeal_targets_the_urged_party(parse: Parse) -> None:
    events = events_of(parse, "France urged Iran to release the hostages.")
    assert [(e.cameo.code, e.target and e.target.country) for e in events] == [("0253", "IRN")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "negated", "modality"),
    [
        ("Germany did not sign the agreement with France.", True, "asserted"),
        ("Could China invade Taiwan?", False, "question"),
        ("China may attack Taiwan next year.", False, "hypothetical"),
        ("If Chile attacks Peru, Brazil will respond.", False, "hypothetical"),
    ],
)
def test_negation_and_modality(parse: Parse, text: str, negated: bool, modality: str) -> None:
    events = events_of(parse, text)
    assert events, text
    assert (events[0].negated, events[0].modality) == (negated, modality)


@pytest.mark.model
def test_location_with_country_and_coordinates(parse: Parse) -> None:
    events = events_of(parse, "Venezuela signed a treaty with Russia in Moscow on Friday.")
    assert pairs(events) == {("VEN", "RUS", "05")}
    loc = events[0].location
    assert loc is not None and loc.country == "RUS" and loc.name == "Moscow"
    assert loc.latitude is not None and 55 < loc.latitude < 56


@pytest.mark.model
def test_nominal_event_with_compound_source(parse: Parse) -> None:
    events = events_of(parse, "A U.S. strike on a Venezuelan vessel killed six people.")
    assert [(e.cameo.root, e.source and e.source.country) for e in events] == [("19", "USA")]


@pytest.mark.model
def test_same_act_twice_is_one_event_with_two_evidence_spans(parse: Parse) -> None:
    text = (
        "Peru signed a trade accord with Chile on Monday. "
        "Officials welcomed Peru's signature of the accord with Chile."
    )
    signed = [e for e in events_of(parse, text) if e.cameo.code == "057"]
    assert len(signed) == 1
    assert len(signed[0].evidence) == 2


def test_event_id_is_stable_and_distinct() -> None:
    assert event_id("a1", 10, "057") == event_id("a1", 10, "057")
    assert event_id("a1", 10, "057") != event_id("a1", 11, "057")
    assert event_id("a1", 10, "057", 1) != event_id("a1", 10, "057")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        # a conditional promise of harm is a threat
        (
            "Russia said it will cut gas supplies to Japan unless Japan lifts its sanctions.",
            "13",
            "threatened",
        ),
        # the same promise refused is a rejection
        (
            "Peru said it will not release the detained Chilean sailors unless Chile apologizes.",
            "12",
            "asserted",
        ),
        # a term of a deal is planned, not done: an intent to withdraw (0356), not a withdrawal
        ("Under the deal, Russia is to withdraw its troops from Georgia.", "03", "intended"),
    ],
)
def test_conditions_and_plans(parse: Parse, text: str, root: str, modality: str) -> None:
    events = [e for e in events_of(parse, text) if e.cameo.root == root]
    assert events, text
    assert events[0].modality == modality
    assert not events[0].negated


@pytest.mark.model
def test_dateline_place_is_not_an_actor(parse: Parse) -> None:
    text = "MOSCOW (EWS) - Russia signed a trade accord with Peru on Monday."
    parsed = parse(text)
    events = extract_events(
        parsed, actors_in(parsed, frozenset()), [], [], load_patterns(), EventOptions()
    )
    assert pairs(events) == {("RUS", "PER", "05")}


@pytest.mark.model
def test_an_aim_is_coded_by_what_is_aimed_at(parse: Parse) -> None:
    assert [e.cameo.code for e in events_of(parse, "Chile wants to attack Peru.")] == ["138"]
    assert events_of(parse, "Peru wants to review the census figures.") == []


@pytest.mark.model
def test_agreeing_that_is_accord_but_agreeing_to_act_is_intent(parse: Parse) -> None:
    accord = events_of(parse, "Peru and Chile agreed that the region needed calm.")
    assert {e.cameo.code for e in accord} == {"019"}
    intent = events_of(parse, "Peru and Chile agreed to hold talks in Lima.")
    assert {e.cameo.code for e in intent} == {"036"}


@pytest.mark.model
def test_speaker_reporting_its_own_side_accuses_nobody(parse: Parse) -> None:
    events = events_of(parse, "Russia said Russia attacked Ukraine on Monday.")
    assert all(e.cameo.root != "11" for e in events)


@pytest.mark.model
def test_two_verbs_of_one_sentence_stay_two_acts(parse: Parse) -> None:
    text = "Peru recalled its ambassador from Chile and expelled the Chilean envoy on Wednesday."
    triggers = {e.trigger.text for e in events_of(parse, text) if e.cameo.root == "16"}
    assert triggers == {"recalled", "expelled"}


@pytest.mark.model
def test_a_visit_another_expects_is_not_yet_made_nor_promised(parse: Parse) -> None:
    # Peru's expectation: no visit happened, and Chile's president promised none (no 03x)
    text = "Peru said it expected Chile's president to come to Brazil next week."
    visits = [e for e in events_of(parse, text) if e.cameo.code == "042"]
    assert visits and all(e.modality == "hypothetical" for e in visits)


@pytest.mark.model
def test_a_later_signing_of_the_treaty_is_between_its_parties(parse: Parse) -> None:
    text = (
        "Peru signed a defence treaty with Chile on Monday. "
        "The treaty was signed in Lima in May. Chile's senate ratified it on Friday."
    )
    events = events_of(parse, text)
    # Peru's side of the May signing folds into Monday's mention (no dates here to part them)
    second = {(country(e.source), country(e.target)) for e in events if e.sentence == 1}
    assert second and second <= {("PER", "CHL"), ("CHL", "PER")}
    ratified = [
        e for e in events if any("ratified" in span.text for span in (e.trigger, *e.evidence))
    ]
    assert {(country(e.source), country(e.target)) for e in ratified} == {("CHL", "PER")}


@pytest.mark.model
def test_local_police_and_protesters_take_the_dateline_country(parse: Parse) -> None:
    parsed = parse("NAIROBI (EWS) - Police detained dozens of protesters on Tuesday.")
    police = next(t for t in parsed.tokens if t.text == "Police")
    actor = ActorMention(
        span=parsed.span(police.i, police.i + 1),
        name="police",
        code="---COP",
        country=None,
        rule="test",
        sentence=0,
        token_start=police.i,
        token_end=police.i + 1,
        head=police.i,
    )
    events = extract_events(parsed, [actor], [], [], load_patterns(), EventOptions())
    assert [(e.source and e.source.code, e.cameo.root) for e in events] == [("KENCOP", "17")]


@pytest.mark.model
def test_speaker_side_is_its_government(parse: Parse) -> None:
    parsed = parse("Peru's president said Peru would not accept mediation by Chile.")
    actors = actors_in(parsed)
    head = next(t.i for t in parsed.tokens if t.text == "president")
    president = ActorMention(
        span=parsed.span(0, head + 1),
        name="president",
        code="PERGOV",
        country="PER",
        rule="test",
        sentence=0,
        token_start=0,
        token_end=head + 1,
        head=head,
    )
    actors = [president, *[a for a in actors if a.token_start > head]]
    events = extract_events(parsed, actors, [], [], load_patterns(), EventOptions())
    assert [(e.source and e.source.code, e.cameo.root) for e in events] == [("PERGOV", "12")]


@pytest.mark.model
def test_naming_something_an_act_of_war_is_criticism_not_a_strike(parse: Parse) -> None:
    events = events_of(parse, 'Peru called the strikes "an act of war" on Monday.')
    assert [(country(e.source), e.cameo.root) for e in events] == [("PER", "11")]


@pytest.mark.model
def test_averted_and_purposed_acts_are_not_separate_events(parse: Parse) -> None:
    text = "Peru withdrew its troops from the border to avoid a war with Chile."
    assert all(e.cameo.root != "19" for e in events_of(parse, text))
    met = events_of(parse, "Peru met Chile on Monday to discuss the border.")
    assert [(country(e.source), country(e.target), e.cameo.code) for e in met] == [
        ("PER", "CHL", "040")
    ]


@pytest.mark.model
def test_conditional_harm_is_a_threat(parse: Parse) -> None:
    events = events_of(parse, "Peru may halt its aid to Chile if the talks fail.")
    assert [(e.cameo.root, e.modality) for e in events] == [("13", "threatened")]


@pytest.mark.model
def test_things_do_not_cooperate_and_venues_are_not_targets(parse: Parse) -> None:
    text = "Peru bombed a power plant that supports Chile's army."
    assert all(e.cameo.root != "05" for e in events_of(parse, text))
    signed = events_of(parse, "Peru signed a declaration at Brasilia on Friday.")
    assert [(country(e.source), country(e.target)) for e in signed] == [("PER", None)]


@pytest.mark.model
def test_threat_targets_the_party_its_condition_names(parse: Parse) -> None:
    text = "Peru warned that it could impose sanctions if Chile failed to pay."
    events = events_of(parse, text)
    assert [(country(e.source), country(e.target), e.cameo.root) for e in events] == [
        ("PER", "CHL", "13")
    ]


@pytest.mark.model
def test_a_body_takes_its_owners_country(parse: Parse) -> None:
    parsed = parse("The security council of Peru expelled Chile's ambassador on Monday.")
    council = next(t.i for t in parsed.tokens if t.text == "council")
    body = ActorMention(  # the actors stage found the body but could not code it
        span=parsed.span(0, council + 1),
        name="security council",
        code=None,
        country=None,
        rule="test",
        sentence=0,
        token_start=0,
        token_end=council + 1,
        head=council,
    )
    actors = [body, *actors_in(parsed)]
    events = extract_events(parsed, actors, [], [], load_patterns(), EventOptions())
    assert [(country(e.source), country(e.target), e.cameo.root) for e in events] == [
        ("PER", "CHL", "16")
    ]


@pytest.mark.model
def test_possessive_of_an_arrest_is_the_one_arrested(parse: Parse) -> None:
    events = events_of(parse, "Chile's detention by the police of Peru ended on Friday.")
    assert {(country(e.source), country(e.target)) for e in events if e.cameo.root == "17"} == {
        ("PER", "CHL")
    }


@pytest.mark.model
def test_coercion_with_no_one_named_is_domestic(parse: Parse) -> None:
    events = events_of(parse, "Peru threatened to impose a curfew on Monday.")
    assert [(country(e.source), country(e.target), e.cameo.root) for e in events] == [
        ("PER", "PER", "13")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru denied that its troops had fired on Chile.",  # the denial is the event
        "Peru denied attacking Chile.",
    ],
)
def test_a_denied_act_is_not_coded(parse: Parse, text: str) -> None:
    assert {e.cameo.root for e in events_of(parse, text)} == {"01"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru warned that the conflict could escalate into war.",
        "Peru warned that Chile might share missile technology with Bolivia.",
        "Peru warned of attacks on civilians.",
        "Chile would not be intimidated, Peru said.",
        "Peru said no Chilean bases had been struck.",
        "Peru has 1,000 troops stationed in Chile.",
        "Peru considered the Chilean decision legally void.",
    ],
)
def test_warnings_states_and_denied_passives_are_no_acts(parse: Parse, text: str) -> None:
    assert events_of(parse, text) == []


@pytest.mark.model
def test_a_warning_of_harm_to_the_other_side_stays_a_threat(parse: Parse) -> None:
    events = events_of(parse, "Peru warned that Chile would pay a heavy price.")
    assert pairs(events) == {("PER", "CHL", "13")}


@pytest.mark.model
def test_a_gapped_subject_is_no_target(parse: Parse) -> None:
    events = events_of(parse, "Peru pledged 5 million dollars and Chile 3 million dollars.")
    assert all(country(e.target) != "CHL" for e in events)


@pytest.mark.model
def test_agreeing_to_halt_fighting_is_de_escalation(parse: Parse) -> None:
    events = events_of(parse, "Peru and Chile agreed to halt the fighting.")
    assert {e.cameo.code for e in events} == {"0356"}


@pytest.mark.model
def test_ending_weeks_of_talks_with_a_deal_halts_nothing(parse: Parse) -> None:
    text = "Peru and Chile signed an accord on Friday, ending weeks of negotiations."
    assert {e.cameo.code for e in events_of(parse, text)} == {"057"}


@pytest.mark.model
def test_a_force_noun_naming_the_manner_of_an_act_is_that_act(parse: Parse) -> None:
    events = events_of(parse, "Peru recaptured the town in a lightning offensive.")
    assert [e.cameo.code for e in events] == ["192"]


@pytest.mark.model
def test_a_finite_verb_joined_to_an_infinitive_has_the_main_subject(parse: Parse) -> None:
    text = "Peru called on Chile to withdraw its troops and urged Bolivia to stop its advance."
    events = events_of(parse, text)
    assert {country(e.source) for e in events if e.trigger.text == "urged"} == {"PER"}


@pytest.mark.model
def test_declining_to_say_is_declining_comment(parse: Parse) -> None:
    events = events_of(
        parse, "The Chilean president declined to say whether Peru would be invited."
    )
    assert ("CHL", "011") in {(country(e.source), e.cameo.code) for e in events}


@pytest.mark.model
def test_a_name_given_in_passing_is_no_criticism(parse: Parse) -> None:
    events = events_of(parse, "Peru struck what it called terrorist camps in Chile.")
    assert "11" not in {e.cameo.root for e in events}


@pytest.mark.model
def test_a_particle_the_parser_calls_an_adverb_still_completes_the_verb(parse: Parse) -> None:
    # the small model parses "down" in "stepped down" as advmod, not prt
    events = events_of(parse, "The Peruvian prime minister stepped down on Monday.")
    assert [e.cameo.code for e in events] == ["0831"]


@pytest.mark.model
def test_who_is_let_in_is_the_subject_of_the_infinitive(parse: Parse) -> None:
    events = events_of(parse, "Iran allowed U.N. inspectors to visit the enrichment site.")
    assert "0862" in {e.cameo.code for e in events}


@pytest.mark.model
def test_easing_a_blockade_is_the_blockade_code_not_a_general_easing(parse: Parse) -> None:
    events = events_of(parse, "The Peruvian navy eased its blockade of the port.")
    assert [e.cameo.code for e in events] == ["0872"]
