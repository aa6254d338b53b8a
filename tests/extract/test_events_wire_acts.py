"""Acts as terse wire copy tells them: a named place bombed, the craft that carry force as
subjects, a large city the tagger left unnamed, rammed boats, blocked crossings, and two
sides agreeing to do something to each other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle
from wordcoded import coded_events, triples

Parse = Callable[..., ParsedArticle]


@pytest.mark.model
def test_bombing_a_named_place_is_an_air_strike(parse: Parse) -> None:
    events = coded_events(parse("NATO bombed Belgrade for a third night."), {"NATO": "IGO"})
    assert ("IGO", "SRB", "195") in triples(events)  # the place bombed is the target
    # a common-noun object still needs a word of the list: "the film bombed" is nothing
    assert not coded_events(parse("The comedy bombed at the box office."), {})


@pytest.mark.model
def test_craft_that_carry_force_are_no_accident(parse: Parse) -> None:
    parsed = parse("Coalition jets struck the port of Hodeidah on Monday.")
    events = coded_events(parsed, {"Hodeidah": "YEM"})
    assert (None, "YEM", "195") in triples(events)


@pytest.mark.model
def test_an_untagged_large_city_as_an_object_is_a_place(parse: Parse) -> None:
    parsed = parse("Government jets bombed Aleppo.")
    spans = {m.span.text: m for m in extract_actors(parsed, load_actor_dictionary())}
    assert spans["Aleppo"].country == "SYR"


@pytest.mark.model
def test_ramming_a_boat_is_force_at_sea(parse: Parse) -> None:
    parsed = parse("Chinese coast guard vessels rammed a Philippine supply boat on Sunday.")
    events = coded_events(parsed, {"Chinese": "CHNMIL", "Philippine": "PHL"})
    assert ("CHN", "PHL", "190") in triples(events)
    # a car driven into a crowd stays a killing by vehicle
    parsed = parse("A man rammed his car into a crowd of shoppers in Berlin.")
    events = coded_events(parsed, {"man": "---CVL", "crowd": "DEUCVL"})
    assert {e.cameo.code for e in events} == {"182"}


@pytest.mark.model
def test_blocking_border_crossings_is_obstruction(parse: Parse) -> None:
    parsed = parse("Polish farmers blocked border crossings with Ukraine for a week.")
    events = coded_events(parsed, {"Polish": "POLCVL", "Ukraine": "UKR"})
    assert ("POL", "UKR", "144") in triples(events)


@pytest.mark.model
def test_agreeing_to_exchange_pairs_the_two_sides(parse: Parse) -> None:
    parsed = parse("Ethiopia and Eritrea agreed to exchange prisoners of war.")
    events = coded_events(parsed, {"Ethiopia": "ETH", "Eritrea": "ERI", "prisoners": "---MIL"})
    assert {(s, t) for s, t, _ in triples(events)} == {("ETH", "ERI"), ("ERI", "ETH")}


@pytest.mark.model
def test_pulling_out_of_a_place_is_a_withdrawal_from_its_state(parse: Parse) -> None:
    parsed = parse("Rwandan troops pulled out of eastern Congo in March.")
    events = coded_events(parsed, {"Rwandan": "RWAMIL", "Congo": "COD"})
    assert ("RWA", "COD", "087") in triples(events)


@pytest.mark.model
def test_a_bare_congo_is_the_dr_congo_unless_the_story_says_otherwise(parse: Parse) -> None:
    dictionary = load_actor_dictionary()
    plain = extract_actors(parse("Ugandan troops pulled out of eastern Congo."), dictionary)
    assert {m.span.text: m.country for m in plain}["eastern Congo"] == "COD"
    text = "Congo's president met the mayor of Brazzaville on Monday. Congo signed the accord."
    other = extract_actors(parse(text), dictionary)
    assert [m.country for m in other if m.span.text == "Congo"] == ["COG"]


@pytest.mark.model
def test_troops_crossing_into_a_state_attack_it_and_refugees_do_not(parse: Parse) -> None:
    parsed = parse("Turkish troops crossed into northern Iraq to pursue Kurdish guerrillas.")
    events = coded_events(parsed, {"Turkish": "TURMIL", "Iraq": "IRQ"})
    assert ("TUR", "IRQ", "190") in triples(events)
    parsed = parse("Thousands of Sudanese refugees crossed into Chad.")
    assert not coded_events(parsed, {"Sudanese": "SDNREF", "Chad": "TCD"})


@pytest.mark.model
def test_suspending_a_members_seat_reduces_relations(parse: Parse) -> None:
    parsed = parse("The African Union suspended Niger's membership after the coup.")
    events = coded_events(parsed, {"Union": "IGOAFRAU", "Niger": "NER"})
    assert ("IGO", "NER", "161") in triples(events)


@pytest.mark.model
def test_capturing_a_named_town_occupies_it(parse: Parse) -> None:
    parsed = parse("Rebel forces captured Kisangani on Saturday.")
    events = coded_events(parsed, {"forces": "---REB", "Kisangani": "CODCVL"})
    assert {e.cameo.code for e in events} == {"192"}
    # a place named after a preposition is where, not what: "take place in" takes nothing
    parsed = parse("The next summit of the alliance will take place in Ankara.")
    assert not coded_events(parsed, {"alliance": "IGOWSTNAT", "Ankara": "TURGOV"})


@pytest.mark.model
def test_freezing_a_states_revenues_cuts_its_economic_aid(parse: Parse) -> None:
    parsed = parse("Israel froze the transfer of tax revenues to the Palestinian Authority.")
    events = coded_events(parsed, {"Israel": "ISR", "Authority": "PSEGOV"})
    assert ("ISR", "PSE", "1621") in triples(events)
    # moving prisoners is no aid
    parsed = parse("The government halted the transfer of prisoners to the capital.")
    assert not coded_events(parsed, {"government": "---GOV"})


@pytest.mark.model
def test_jewish_settlements_are_israels(parse: Parse) -> None:
    text = "Hamas militants fired mortars at Jewish settlements near Gaza."
    spans = {m.span.text: m for m in extract_actors(parse(text), load_actor_dictionary())}
    assert spans["Jewish settlements"].code == "ISRCVL"


@pytest.mark.model
def test_a_demand_about_people_held_by_someone_is_addressed_to_the_holder(parse: Parse) -> None:
    parsed = parse("Kuwait demanded the return of prisoners held by Iraq.")
    events = coded_events(parsed, {"Kuwait": "KWT", "prisoners": "---CVL", "Iraq": "IRQ"})
    assert {(s, t) for s, t, _ in triples(events)} == {("KWT", "IRQ")}
    parsed = parse("Washington urged the release of Americans held by the Taliban.")
    codes = {"Washington": "USAGOV", "Americans": "USACVL", "Taliban": "AFGREB"}
    assert ("USA", "AFG", "0253") in triples(coded_events(parsed, codes))


@pytest.mark.model
def test_a_state_protesting_something_objects_in_words(parse: Parse) -> None:
    parsed = parse("Beijing protested the visit of the Dalai Lama to Mongolia.")
    events = coded_events(parsed, {"Beijing": "CHNGOV", "Mongolia": "MNG"})
    assert {e.cameo.code for e in events if e.trigger.text == "protested"} == {"111"}
    parsed = parse("Students protested the tuition increase in Santiago.")
    events = coded_events(parsed, {"Students": "CHLEDU"})
    assert {e.cameo.code for e in events if e.trigger.text == "protested"} == {"141"}


@pytest.mark.model
def test_a_bombing_named_alone_is_a_bombing_and_an_alliances_is_from_the_air(
    parse: Parse,
) -> None:
    parsed = parse("The bombing in Quetta killed 14 people on Friday.")
    events = coded_events(parsed, {"Quetta": "PAK", "people": "PAKCVL"})
    assert {e.cameo.code for e in events} == {"183"}
    parsed = parse("NATO's bombing of Libya lasted seven months.")
    events = coded_events(parsed, {"NATO": "IGOWSTNAT", "Libya": "LBY"})
    assert ("IGO", "LBY", "195") in triples(events)
    # an explosion may be an accident: no act without a word that makes it one
    assert not coded_events(parse("A gas explosion killed three people in Lagos."), {})


@pytest.mark.model
def test_harm_told_without_its_doer_is_what_the_when_clause_did(parse: Parse) -> None:
    text = "Three Indian soldiers were wounded when Pakistani troops opened fire on their post."
    events = coded_events(parse(text), {"Indian": "INDMIL", "Pakistani": "PAKMIL"})
    assert [e.trigger.text for e in events] == ["opened"]
    assert {s.text for s in events[0].evidence} >= {"wounded"}


@pytest.mark.model
def test_a_place_a_document_is_named_after_is_no_party(parse: Parse) -> None:
    dictionary = load_actor_dictionary()
    text = "Washington withdrew from the Paris climate agreement and the Minsk accords collapsed."
    spans = {m.span.text for m in extract_actors(parse(text), dictionary)}
    assert "Paris" not in spans and "Minsk" not in spans
    # a capital's police are still the capital's
    spans = {
        m.span.text for m in extract_actors(parse("Paris police detained 12 people."), dictionary)
    }
    assert "Paris police" in spans


@pytest.mark.model
def test_suspending_ones_participation_in_a_treaty_reduces_relations(parse: Parse) -> None:
    parsed = parse("Russia suspended its participation in the arms control treaty.")
    assert ("RUS", None, "160") in triples(coded_events(parsed, {"Russia": "RUS"}))


@pytest.mark.model
def test_taking_hostages_is_an_abduction_and_taking_a_plane_is_nothing(parse: Parse) -> None:
    parsed = parse("Chechen separatists took hundreds of hostages in a Moscow theater.")
    events = coded_events(parsed, {"separatists": "RUSREB", "Moscow": "RUS"})
    assert {e.cameo.code for e in events} == {"181"}
    assert not coded_events(parse("The minister took a plane to Paris."), {"minister": "FRAGOV"})


@pytest.mark.model
def test_sealing_off_or_surrounding_a_named_place_blockades_it(parse: Parse) -> None:
    parsed = parse("Israel sealed off the West Bank after the bombing.")
    assert "191" in {e.cameo.code for e in coded_events(parsed, {"Israel": "ISR"})}
    parsed = parse("Russian troops surrounded Mariupol.")
    events = coded_events(parsed, {"Russian": "RUSMIL", "Mariupol": "UKR"})
    assert ("RUS", "UKR", "191") in triples(events)


@pytest.mark.model
def test_soldiers_crossing_a_border_attack_and_refugees_do_not(parse: Parse) -> None:
    parsed = parse("North Korean soldiers crossed the border before retreating.")
    events = coded_events(parsed, {"Korean": "PRKMIL"})
    assert "190" in {e.cameo.code for e in events}
    parsed = parse("Thousands of refugees crossed the border into Poland.")
    assert not coded_events(parsed, {"refugees": "---REF", "Poland": "POL"})


@pytest.mark.model
def test_a_demand_told_to_reporters_is_made_of_whoever_must_act(parse: Parse) -> None:
    parsed = parse('"Israel must respect the agreement," Salam told reporters in Beirut.')
    codes = {"Israel": "ISR", "Salam": "LBNGOV", "reporters": "---MED"}
    assert ("LBN", "ISR", "10") in triples(coded_events(parsed, codes), root=True)


@pytest.mark.model
def test_every_verb_asked_for_is_part_of_the_appeal(parse: Parse) -> None:
    parsed = parse("Bolivia urged Peru to protect civilians and allow aid convoys into Tacna.")
    events = coded_events(parsed, {"Bolivia": "BOL", "Peru": "PER", "Tacna": "PER"})
    assert [e.trigger.text for e in events] == ["urged"]
    # a past-tense conjunct the parser hung on the complement is the subject's second act
    parsed = parse("Peru refused to sign the accord and expelled the envoy.")
    events = coded_events(parsed, {"Peru": "PER"})
    assert [e.trigger.text for e in events] == ["refused", "expelled"]


@pytest.mark.model
def test_a_coordinated_hostile_act_naming_no_one_is_aimed_like_the_first(parse: Parse) -> None:
    parsed = parse("Peru expelled the Chilean ambassador and threatened to cut trade ties.")
    events = coded_events(parsed, {"Peru": "PER", "Chilean": "CHLGOV"})
    assert {(s, t) for s, t, _ in triples(events)} == {("PER", "CHL")}


@pytest.mark.model
def test_calling_a_move_unfair_criticizes_it(parse: Parse) -> None:
    parsed = parse('India called the tariffs "unfair and unreasonable" on Friday.')
    assert "111" in {e.cameo.code for e in coded_events(parsed, {"India": "IND"})}


@pytest.mark.model
def test_a_date_phrase_is_no_particle(parse: Parse) -> None:
    parsed = parse("Peru called the decision regrettable on Monday.")
    assert {e.cameo.code for e in coded_events(parsed, {"Peru": "PER"})} == {"111"}
    parsed = parse("Peru called on Chile to withdraw its troops.")
    assert {e.cameo.root for e in coded_events(parsed, {"Peru": "PER", "Chile": "CHL"})} == {"02"}


@pytest.mark.model
def test_words_and_help_from_someone_are_theirs(parse: Parse) -> None:
    parsed = parse("The raid drew condemnation from Egypt.")
    assert ("EGY", None, "111") in triples(coded_events(parsed, {"Egypt": "EGY"}))
    parsed = parse("Kyiv received military aid from Germany.")
    events = coded_events(parsed, {"Kyiv": "UKRGOV", "Germany": "DEU"})
    assert ("DEU", "UKR", "072") in triples(events)
    # what the killing prompted is not the killers' act
    parsed = parse("Peru's killing of a Chilean officer prompted vows of revenge.")
    events = coded_events(parsed, {"Peru": "PER", "Chilean": "CHLMIL"})
    assert all(e.source is None or e.cameo.root == "19" for e in events)


@pytest.mark.model
def test_a_delivery_of_weapons_is_military_aid_and_a_treaty_topic_no_act(parse: Parse) -> None:
    parsed = parse("Germany's delivery of Leopard tanks to Ukraine angered Moscow.")
    events = coded_events(parsed, {"Germany": "DEU", "Ukraine": "UKR", "Moscow": "RUSGOV"})
    assert ("DEU", "UKR", "072") in triples(events)
    parsed = parse("Turkey and Israel signed a military cooperation agreement.")
    events = coded_events(parsed, {"Turkey": "TUR", "Israel": "ISR"})
    assert {e.cameo.code for e in events} == {"057"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("charge", "code"),
    [
        ("corruption", "1121"),
        ("fraud", "1121"),  # a crime a formal charge names is vetoed only for "charged"
        ("supporting terrorism", "1121"),  # a coded act ("supporting") charged as terrorism
        ("human rights abuses", "1122"),
        ("aggression", "1123"),
        ("war crimes", "1124"),
        ("spying", "1125"),
    ],
)
def test_an_accusation_is_coded_by_what_it_charges(parse: Parse, charge: str, code: str) -> None:
    parsed = parse(f"Peru accused Chile of {charge}.")
    assert ("PER", "CHL", code) in triples(coded_events(parsed, {"Peru": "PER", "Chile": "CHL"}))


@pytest.mark.model
def test_a_formal_charge_of_a_crime_is_no_accusation(parse: Parse) -> None:
    parsed = parse("Peruvian prosecutors charged the former minister with fraud.")
    assert not any(e.cameo.root == "11" for e in coded_events(parsed, {"Peruvian": "PERJUD"}))


@pytest.mark.model
def test_cutting_embassy_staff_reduces_diplomatic_relations(parse: Parse) -> None:
    parsed = parse("Peru reduced its embassy staff in Santiago.")
    assert ("PER", "CHL", "161") in triples(
        coded_events(parsed, {"Peru": "PER", "Santiago": "CHLGOV"})
    )


@pytest.mark.model
def test_returning_a_seized_vessel_is_no_visit(parse: Parse) -> None:
    parsed = parse("Peru returned the seized vessel to Chile.")
    assert ("PER", "CHL", "0842") in triples(coded_events(parsed, {"Peru": "PER", "Chile": "CHL"}))


@pytest.mark.model
def test_peacekeepers_and_foreign_soldiers_rebels_fight_are_not_the_rebels_state(
    pipeline: Any, parse: Parse
) -> None:
    parsed = parse("Congolese rebels attacked peacekeepers and foreign soldiers near Goma.")
    events = pipeline.extract(parsed).events
    assert events and all(e.target is None or e.target.country != "COD" for e in events)


@pytest.mark.model
def test_protesters_setting_fire_to_a_building_riot(parse: Parse) -> None:
    parsed = parse("Protesters set fire to the parliament building in Kathmandu.")
    events = coded_events(parsed, {"Protesters": "NPLCVL", "Kathmandu": "NPL"})
    assert {e.cameo.code for e in events} == {"145"}


@pytest.mark.model
def test_a_place_hung_on_the_with_phrase_is_where_it_happened(parse: Parse) -> None:
    parsed = parse("Riot police beat demonstrators with batons in Tbilisi.")
    events = coded_events(parsed, {"police": "GEOCOP", "demonstrators": "---CVL"})
    assert events and events[0].location is not None
    assert events[0].location.country == "GEO"
    assert ("GEO", "GEO", "182") in triples(events)  # the people struck are the place's


@pytest.mark.model
def test_rockets_fired_from_a_state_that_hit_a_city_are_one_attack(parse: Parse) -> None:
    parsed = parse("Rockets fired from Lebanon hit Haifa on Sunday.")
    events = coded_events(parsed, {"Lebanon": "LBN", "Haifa": "ISRCVL"})
    assert triples(events, root=True) == {("LBN", "ISR", "19")}


@pytest.mark.model
def test_a_body_suspending_a_state_reduces_relations_and_bans_no_party(parse: Parse) -> None:
    parsed = parse("The African Union suspended Niger after the coup.")
    events = coded_events(parsed, {"Union": "IGOAFRAU", "Niger": "NER"})
    assert triples(events) == {("IGO", "NER", "161")}


@pytest.mark.model
def test_an_inquiry_into_abuses_somewhere_is_aimed_at_that_state(parse: Parse) -> None:
    parsed = parse("The UN Human Rights Council opened an inquiry into abuses in Sudan.")
    events = coded_events(parsed, {"Council": "IGOUNOHRI"})
    assert ("IGO", "SDN", "090") in triples(events)


@pytest.mark.model
def test_threats_and_charges_are_coded_by_what_they_name(parse: Parse) -> None:
    parsed = parse("Peru threatened to impose import restrictions on Chilean goods.")
    events = coded_events(parsed, {"Peru": "PER", "Chilean": "CHL"})
    assert ("PER", "CHL", "1312") in triples(events)
    parsed = parse("Peru accused Chile of embezzling aid money.")
    assert ("PER", "CHL", "1121") in triples(coded_events(parsed, {"Peru": "PER", "Chile": "CHL"}))


@pytest.mark.model
def test_stopping_work_is_a_strike_and_calling_one_off_eases_dissent(parse: Parse) -> None:
    parsed = parse("Serbian workers stopped work on the first day of an open-ended strike.")
    events = coded_events(parsed, {"workers": "SRBLAB"})
    assert {e.cameo.code for e in events} == {"143"}
    parsed = parse("Serbian unions called off the strike on Friday.")
    assert {e.cameo.code for e in coded_events(parsed, {"unions": "SRBLAB"})} == {"082"}


@pytest.mark.model
def test_proposing_a_ceasefire_is_no_ceasefire(parse: Parse) -> None:
    parsed = parse("Israel presented a ceasefire proposal to the mediators in Cairo.")
    assert all(e.cameo.code != "0871" for e in coded_events(parsed, {"Israel": "ISR"}))
    parsed = parse("Hamas accepted an Israeli ceasefire proposal.")
    events = coded_events(parsed, {"Hamas": "PSEREBHMS", "Israeli": "ISR"})
    assert ("PSE", "ISR", "0356") in triples(events)  # accepting it commits to the truce


@pytest.mark.model
def test_armed_men_marching_on_a_city_advance_they_do_not_protest(parse: Parse) -> None:
    # the subject is shared with the verb before: its words are the second verb's too
    text = "Chilean rebels seized the town of Arica and marched toward Lima."
    events = coded_events(parse(text), {"Chilean": "CHLREB", "Arica": "CHL", "Lima": "PER"})
    assert "141" not in {e.cameo.code for e in events}
    assert ("CHL", "PER", "190") in triples(events)
    text = "Chilean students marched toward the ministry."
    assert {e.cameo.code for e in coded_events(parse(text), {"Chilean": "CHLEDU"})} == {"141"}


@pytest.mark.model
def test_a_leader_crossing_a_border_for_a_summit_visits(parse: Parse) -> None:
    codes = {"president": "PERGOV", "Chile": "CHL", "Chilean": "CHLGOV", "troops": "PERMIL"}
    text = "Peru's president crossed into Chile for a summit with the Chilean president."
    assert ("PER", "CHL", "042") in triples(coded_events(parse(text), codes))
    text = "Peruvian troops crossed into Chile."
    assert "042" not in {e.cameo.code for e in coded_events(parse(text), codes)}


@pytest.mark.model
def test_a_named_person_wounded_at_a_campaign_rally(pipeline: Any, parse: Parse) -> None:
    # "shot" read as a root noun gets its verb back; where the act happened ("at a campaign
    # rally") vetoes nothing, and a campaign rally is no protest
    text = "A gunman shot and wounded Alan Garcia at a campaign rally in Lima."
    events = list(pipeline.extract(parse(text, published="1990-04-01")).events)
    assert {e.cameo.root for e in events} == {"18"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Peruvian special forces seized President Alan Garcia on Monday.",
            {"Peruvian": "PERMIL", "Garcia": "PERGOV"},
            ("PER", "PER", "173"),
        ),
        (
            "Supporters of the president stormed Chile's Congress.",
            {"Supporters": "CHLCVL", "Congress": "CHLLEG"},
            ("CHL", "CHL", "145"),
        ),
    ],
)
def test_seized_leaders_are_detained_and_supporters_storming_riot(
    parse: Parse, text: str, codes: dict[str, str], expected: tuple[str, str, str]
) -> None:
    assert expected in triples(coded_events(parse(text), codes))


@pytest.mark.model
def test_voters_going_to_the_polls_visit_no_one(parse: Parse) -> None:
    text = "Peruvian voters went to the polls on Sunday."
    assert not coded_events(parse(text), {"Peruvian": "PERCVL", "polls": "PER"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # an answer "by" another act is that act
        (
            "Chile retaliated by expelling 23 Peruvian diplomats.",
            {"Chile": "CHL", "Peruvian": "PERGOV"},
            {("CHL", "PER", "161")},
        ),
        # what an advance met is no meeting
        (
            "Chilean rebels entered Arica, meeting little resistance from Peruvian troops.",
            {"Chilean": "CHLREB", "Arica": "CHL", "Peruvian": "PERMIL"},
            {("CHL", "CHL", "190")},
        ),
        # a parliament removing a president from power ousts one (soldiers stage a coup: 190)
        (
            "Peru's parliament removed President Alan Garcia from power.",
            {"parliament": "PERLEG", "Garcia": "PERGOV"},
            {("PER", "PER", "1041")},
        ),
        (
            "Peru's army removed President Alan Garcia from power.",
            {"army": "PERMIL", "Garcia": "PERGOV"},
            {("PER", "PER", "190")},
        ),
    ],
)
def test_answers_resistance_and_removals(
    parse: Parse, text: str, codes: dict[str, str], expected: set[tuple[str, str, str]]
) -> None:
    assert triples(coded_events(parse(text), codes)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word city the tagger calls a person is attacked as a place
        ("Russia attacked Kyiv on Monday.", {("RUS", "UKR", "190")}),
        # prices cut are no supplies cut off
        ("Nigeria's government cut fuel prices on Monday.", set()),
        # protesters gathering to demand a resignation protest for a change of leader
        (
            "Protesters gathered outside the army headquarters in Khartoum to demand the "
            "president's resignation.",
            {("SDN", "SDN", "1411")},
        ),
        # an offensive ordered is the act, not a mobilization
        (
            "Ethiopia's prime minister ordered a military offensive against Eritrea.",
            {("ETH", "ERI", "190")},
        ),
        # a heated exchange is no fighting
        ("Peru's president and Chile's president clashed in a heated exchange.", set()),
        # brokers mediate between the parties; they do not make a ceasefire with each other
        (
            "Israel and Lebanon agreed to a ceasefire brokered by the United States and France.",
            {
                ("ISR", "LBN", "0356"),
                ("LBN", "ISR", "0356"),
                ("USA", "ISR", "045"),
                ("USA", "LBN", "045"),
                ("FRA", "ISR", "045"),
                ("FRA", "LBN", "045"),
            },
        ),
    ],
)
def test_wire_acts_read_as_analysts_do(
    pipeline: Any, parse: Parse, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert triples(list(pipeline.extract(parse(text)).events)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shipment of bombs paused is military aid stopped
        ("The United States paused a shipment of bombs to Israel.", ("USA", "ISR", "1622")),
        # missiles not sent are military aid refused; tanks sent to a border are deployed
        ("Germany will not send Taurus missiles to Ukraine.", ("DEU", "UKR", "1222")),
        ("Russia sent tanks to the border with Finland.", ("RUS", "FIN", "154")),
        # "the US decision to raise tariffs": the state naming the decision raises them
        (
            "China opposed the US decision to raise tariffs on Chinese cars.",
            ("USA", "CHN", "163"),
        ),
    ],
)
def test_aid_held_back_and_decisions_named_by_a_state(
    pipeline: Any, parse: Parse, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in triples(list(pipeline.extract(parse(text)).events))


@pytest.mark.model
def test_a_military_operation_is_force_and_forces_launching_one_show_none(parse: Parse) -> None:
    codes = {"Peruvian": "PERMIL", "Chilean": "CHLREB"}
    text = "Peruvian troops launched an operation against Chilean rebels in the north."
    assert triples(coded_events(parse(text), codes)) == {("PER", "CHL", "190")}
    text = "Peruvian forces launched an assault on Chilean rebels."
    assert {e.cameo.code for e in coded_events(parse(text), codes)} == {"190"}
    text = "Peruvian troops launched a rescue operation after the earthquake."
    assert not coded_events(parse(text), codes)


@pytest.mark.model
def test_a_named_place_taken_is_captured(parse: Parse) -> None:
    codes = {"Chilean": "CHLREB", "Lima": "PERGOV", "Peru": "PER", "Chile": "CHL"}
    text = "Chilean rebel forces took Lima on Saturday."
    assert triples(coded_events(parse(text), codes)) == {("CHL", "PER", "192")}
    text = "Peru took Chile to court over the border."
    assert "192" not in {e.cameo.code for e in coded_events(parse(text), codes)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian jets destroyed 12 targets in Chile.", ("PER", "CHL", "195")),
        ("Peru sent 30 warplanes toward Chile on Monday.", ("PER", "CHL", "154")),
        ("Peruvian protesters destroyed a police car in Lima.", ("PER", "PER", "145")),
    ],
)
def test_craft_that_destroy_strike_from_the_air_and_crowds_that_do_riot(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    codes = {"Peruvian": "PERMIL", "Peru": "PER", "Chile": "CHL", "Lima": "PER", "police": "PERCOP"}
    if "protesters" in text:
        codes["Peruvian"] = "PERCVL"
    assert expected in triples(coded_events(parse(text), codes))


@pytest.mark.model
def test_revoking_an_agreement_reduces_relations(parse: Parse) -> None:
    text = "Peru revoked a military cooperation agreement with Chile."
    codes = {"Peru": "PER", "Chile": "CHL"}
    assert triples(coded_events(parse(text), codes)) == {("PER", "CHL", "160")}


@pytest.mark.model
def test_coordinated_verbs_share_an_object_and_hostages_are_not_the_captors(
    pipeline: Any, parse: Parse
) -> None:
    codes = {"Peruvian": "PERMIL", "Chilean": "CHLMIL"}
    text = "Peruvian ships fired on and seized three Chilean navy vessels near Arica."
    assert ("PER", "CHL", "190") in triples(coded_events(parse(text), codes))
    text = "Hamas released 24 hostages under a truce deal."
    events = list(pipeline.extract(parse(text)).events)
    assert events and all(e.target is None or e.target.country != "PSE" for e in events)
