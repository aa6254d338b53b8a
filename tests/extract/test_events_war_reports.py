"""Mistakes found in wire reports of wars, air campaigns, crackdowns and their diplomacy (our
own sentences): allies named together are no foes, a fight opening a sentence is a noun,
aircraft bomb whoever is below, the outlet a witness told names no state, and a title someone
gave himself is not who "him" is."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples


@pytest.mark.model
def test_strikes_by_several_states_are_allies_not_foes(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline,
        parse,
        "Damascus denounced the strikes by the United States, Britain and France.",
        "2018-04-14",
    )
    force = {(s, t) for s, t, code in got if code.startswith("19")}
    assert force and all(t not in ("USA", "GBR", "FRA") for _, t in force)
    # one-sided force nouns too: the doers of "raids" are not raided by each other
    got = pipeline_triples(
        pipeline, parse, "Kenyan and Somali raids killed 30 militants on Tuesday.", "2019-02-05"
    )
    assert not {("KEN", "SOM"), ("SOM", "KEN")} & {(s, t) for s, t, _ in got}
    # a fight between the named sides is still mutual
    got = pipeline_triples(
        pipeline, parse, "Indian and Pakistani troops clashed along the border.", "2019-02-05"
    )
    assert {("IND", "PAK", "190"), ("PAK", "IND", "190")} <= got


@pytest.mark.model
def test_fighting_opening_a_sentence_is_the_act_between_its_sides(
    pipeline: Any, parse: Any
) -> None:
    got = pipeline_triples(
        pipeline, parse, "Fighting between Armenia and Azerbaijan erupted on Sunday.", "2020-09-28"
    )
    assert got == {("ARM", "AZE", "190"), ("AZE", "ARM", "190")}
    parsed = parse("Shelling civilians is a war crime, the court ruled.", "2020-09-28")
    assert next(t for t in parsed.tokens if t.text == "Shelling").pos == "VERB"


@pytest.mark.model
def test_aircraft_bombing_a_crowd_attack_from_the_air(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Libyan warplanes bombed protesters in Tripoli on Monday.", "2011-02-21"
    )
    assert got == {("LBY", "LBY", "195")}
    # police firing at protesters are no air strike
    got = pipeline_triples(
        pipeline, parse, "Police fired tear gas at protesters in Tripoli.", "2011-02-21"
    )
    assert not any(code == "195" for _, _, code in got)


@pytest.mark.model
def test_the_outlet_a_witness_told_names_no_government(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline,
        parse,
        "Government troops shelled the town on Monday, witnesses told Reuters.",
        "2011-02-21",
    )
    assert not any(s == "GBR" for s, _, _ in got)
    # an opposition leader does: he faces his own government
    got = pipeline_triples(
        pipeline,
        parse,
        "Government troops shelled the town on Monday, a Pakistani opposition leader said.",
        "2011-02-21",
    )
    assert ("PAK", None, "194") in got


@pytest.mark.model
def test_a_participle_with_an_object_after_a_coordinated_subject_is_the_verb(
    pipeline: Any, parse: Any
) -> None:
    text = "The United States and more than 20 allies expelled over 100 Russian diplomats."
    got = pipeline_triples(pipeline, parse, text, "2018-03-26")
    assert ("USA", "RUS", "161") in got
    # a relative participle with no object stays one
    parsed = parse("The men arrested on Monday were freed.", "2018-03-26")
    assert next(t for t in parsed.tokens if t.text == "arrested").dep == "acl"


@pytest.mark.model
def test_fighters_backed_by_a_state_are_placed_where_they_act_not_by_a_demonym(
    pipeline: Any, parse: Any
) -> None:
    text = "Pro-Russian separatists shot down a Malaysian airliner over eastern Ukraine."
    result = pipeline.extract(parse(text, "2014-07-17"))
    separatists = next(m for m in result.actors if m.span.text == "separatists")
    assert separatists.country == "UKR"  # where they fight, not the airliner's Malaysia


@pytest.mark.model
def test_him_is_not_the_title_someone_gave_himself(pipeline: Any, parse: Any) -> None:
    text = (
        "Venezuelan opposition leader Juan Guaido declared himself interim president, "
        "and Washington quickly recognized him."
    )
    got = pipeline_triples(pipeline, parse, text, "2019-01-23")
    assert ("USA", "VEN", "054") in got


@pytest.mark.model
def test_an_attack_named_as_subject_targets_what_it_hit(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Houthi drone attacks hit two Saudi oil plants on Saturday.", "2019-09-14"
    )
    assert got == {("YEM", "SAU", "195")}  # one act, on Saudi Arabia, not the rebels' own state
    got = pipeline_triples(
        pipeline, parse, "A Russian missile attack destroyed a Ukrainian power plant.", "2023-01-15"
    )
    assert got == {("RUS", "UKR", "195")}


@pytest.mark.model
def test_the_punishment_a_court_names_is_no_killing(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline,
        parse,
        "An Iraqi court sentenced Saddam Hussein to death by hanging for crimes against humanity.",
        "2006-11-05",
    )
    assert got == {("IRQ", "IRQ", "173")}  # a sentence to death is a detention, no killing
    # an execution done is one
    got = pipeline_triples(
        pipeline, parse, "Saddam Hussein was executed by hanging on Saturday.", "2006-12-30"
    )
    assert (None, "IRQ", "1823") in got


@pytest.mark.model
def test_what_an_act_is_traded_for_is_no_part_of_it(pipeline: Any, parse: Any) -> None:
    text = "Iran agreed to curb its nuclear program in exchange for limited sanctions relief."
    got = pipeline_triples(pipeline, parse, text, "2013-11-24")
    assert got == {("IRN", None, "030")}  # a promise, not a threat to cut exchanges (131)


@pytest.mark.model
def test_a_joint_statement_signed_is_an_agreement(pipeline: Any, parse: Any) -> None:
    text = "Trump and Kim Jong Un signed a joint statement in Singapore."
    got = pipeline_triples(pipeline, parse, text, "2018-06-12")
    assert {("USA", "PRK", "057"), ("PRK", "USA", "057")} <= got


@pytest.mark.model
def test_places_named_as_wire_copy_names_them(pipeline: Any, parse: Any) -> None:
    text = "Israeli tanks rolled into Bethlehem and Jenin as the army widened its offensive."
    result = pipeline.extract(parse(text, "2002-04-03"))
    assert {m.span.text: m.country for m in result.actors}["Bethlehem"] == "PSE"  # not Belém
    text = "India struck nine sites in Pakistan and Pakistani-administered Kashmir on Wednesday."
    assert ("IND", "PAK", "190") in pipeline_triples(pipeline, parse, text, "2025-05-07")


@pytest.mark.model
def test_the_partner_of_a_telephone_call_is_its_target(pipeline: Any, parse: Any) -> None:
    text = "Obama spoke by telephone with Iranian President Hassan Rouhani on Friday."
    got = pipeline_triples(pipeline, parse, text, "2013-09-27")
    assert {("USA", "IRN", "041"), ("IRN", "USA", "041")} <= got


@pytest.mark.model
def test_its_in_a_reason_is_the_member_punished(pipeline: Any, parse: Any) -> None:
    text = "The Arab League suspended Syria's membership over its crackdown on protesters."
    got = pipeline_triples(pipeline, parse, text, "2011-11-12")
    assert ("SYR", "SYR", "173") in got  # Syria's crackdown, not the League's
    assert not any(s == "IGO" and code.startswith("17") for s, _, code in got)


@pytest.mark.model
def test_an_alliance_bombs_from_the_air(pipeline: Any, parse: Any) -> None:
    text = "NATO bombed the Chinese embassy in Belgrade, killing three Chinese journalists."
    assert ("IGO", "CHN", "195") in pipeline_triples(pipeline, parse, text, "1999-05-08")
    # militants plant their bombs (and, named by no country, are the country's they act in)
    text = "Militants bombed the Indian embassy in Kabul."
    assert ("AFG", "IND", "183") in pipeline_triples(pipeline, parse, text, "2008-07-07")


@pytest.mark.model
def test_an_epithet_for_a_state_is_a_denunciation(pipeline: Any, parse: Any) -> None:
    text = "Bush labelled Iran, Iraq and North Korea an axis of evil."
    got = pipeline_triples(pipeline, parse, text, "2002-01-29")
    assert {("USA", "IRN", "111"), ("USA", "IRQ", "111"), ("USA", "PRK", "111")} <= got
    text = "Parliament named the general a national hero."
    assert not any(c == "111" for *_, c in pipeline_triples(pipeline, parse, text, "2002-01-29"))


@pytest.mark.model
def test_troops_surrounding_a_leaders_compound_blockade_it(pipeline: Any, parse: Any) -> None:
    text = "Israeli troops surrounded Yasser Arafat's compound in Ramallah on Friday."
    assert ("ISR", "PSE", "191") in pipeline_triples(pipeline, parse, text, "2002-03-29")


@pytest.mark.model
def test_people_taken_hostage_are_the_target(pipeline: Any, parse: Any) -> None:
    text = "Chechen rebels took hundreds of people hostage in a Moscow theatre."
    result = pipeline.extract(parse(text, "2002-10-24"))
    (event,) = [e for e in result.events if e.cameo.code == "181"]
    assert event.target is not None and event.target.code == "RUSCVL"  # not the state


@pytest.mark.model
def test_a_state_does_not_cut_ties_with_itself(pipeline: Any, parse: Any) -> None:
    text = (
        "Austria's new government faced diplomatic isolation as Israel recalled its ambassador "
        "over the Freedom Party's inclusion."
    )
    got = pipeline_triples(pipeline, parse, text, "2000-02-11")
    assert ("ISR", "ISR", "161") not in got and any(c == "161" for *_, c in got)


@pytest.mark.model
def test_its_after_supplying_someone_is_the_one_supplied(pipeline: Any, parse: Any) -> None:
    text = "China denied supplying weapons to Russia for its war in Ukraine."
    got = pipeline_triples(pipeline, parse, text, "2023-03-02")
    assert ("CHN", "UKR", "190") not in got
    # the one an apology is addressed to is not "its"
    text = "North Korea apologized to Japan for its abductions of Japanese citizens."
    assert ("PRK", "JPN", "181") in pipeline_triples(pipeline, parse, text, "2002-09-17")


@pytest.mark.model
def test_documents_released_are_no_release_of_people(pipeline: Any, parse: Any) -> None:
    text = "WikiLeaks began releasing US diplomatic cables, angering Washington."
    assert not any(
        c.startswith("084") for *_, c in pipeline_triples(pipeline, parse, text, "2010-11-28")
    )


@pytest.mark.model
def test_what_a_refusal_is_to_do_is_not_intended(pipeline: Any, parse: Any) -> None:
    text = "Protesters denounced President Joseph Kabila's refusal to step down."
    got = pipeline_triples(pipeline, parse, text, "2016-12-19")
    # the refusal's infinitive gives its code: refusing a change in leadership (1231), at home
    assert ("COD", "COD", "1231") in got
    assert not any(c.startswith("03") for *_, c in got)  # no intent to resign


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lebanese Industry Minister Pierre Gemayel was shot dead in Beirut.", "LBNGOV"),
        ("British Labour Minister John Smith met union leaders in Leeds.", "GBRGOV"),
        ("Kenyan Justice Minister Jane Otieno opened the inquiry in Nairobi.", "KENGOV"),
    ],
)
def test_a_portfolio_before_minister_is_no_sector_nor_party(
    pipeline: Any, parse: Any, text: str, code: str
) -> None:
    result = pipeline.extract(parse(text, "2006-11-21"))
    assert result.actors[0].code == code


@pytest.mark.model
def test_people_captured_are_abducted_not_ground_taken(pipeline: Any, parse: Any) -> None:
    text = "Hezbollah's capture of two Israeli soldiers sparked the war."
    assert ("LBN", "ISR", "181") in pipeline_triples(pipeline, parse, text, "2006-07-12")
    text = "The capture of Kisangani by the rebels ended the siege."
    assert (None, "COD", "192") in pipeline_triples(pipeline, parse, text, "1997-03-15")


@pytest.mark.model
def test_the_side_forces_are_on_is_no_act_of_support(pipeline: Any, parse: Any) -> None:
    text = (
        "Fighting erupted in Juba between troops loyal to President Salva Kiir and forces "
        "backing his deputy Riek Machar."
    )
    assert not any(c == "051" for *_, c in pipeline_triples(pipeline, parse, text, "2016-07-08"))
    text = "Russia is backing the separatists in eastern Ukraine."
    assert ("RUS", "UKR", "051") in pipeline_triples(pipeline, parse, text, "2016-07-08")


@pytest.mark.model
def test_peacekeepers_landing_are_deployed_not_visiting(pipeline: Any, parse: Any) -> None:
    text = "Australian-led peacekeepers landed in East Timor on Monday."
    assert pipeline_triples(pipeline, parse, text, "1999-09-20") == {("AUS", "TLS", "074")}


@pytest.mark.model
def test_hostages_taken_in_a_raid_are_an_act_of_their_own(pipeline: Any, parse: Any) -> None:
    text = "Gunmen stormed a hotel in Bamako, taking 170 people hostage."
    got = {c for *_, c in pipeline_triples(pipeline, parse, text, "2015-11-20")}
    assert {"190", "181"} <= got
    text = "Hamas gunmen crossed into southern Israel on Saturday."
    assert ("PSE", "ISR", "190") in pipeline_triples(pipeline, parse, text, "2023-10-07")


@pytest.mark.model
def test_a_state_making_demands_of_itself_has_no_target(pipeline: Any, parse: Any) -> None:
    text = "Belarus forced a Ryanair flight to land in Minsk."
    got = pipeline_triples(pipeline, parse, text, "2021-05-23")
    assert not any(s == t == "BLR" for s, t, _ in got)
    text = "Venezuela's Maduro was sworn in, as the United States called him illegitimate."
    assert ("USA", "VEN", "111") in pipeline_triples(pipeline, parse, text, "2019-01-10")


@pytest.mark.model
def test_a_states_bombing_is_from_the_air(pipeline: Any, parse: Any) -> None:
    text = "Iraq said US and British bombing had killed three civilians in Baghdad."
    got = pipeline_triples(pipeline, parse, text, "2003-03-22")
    assert {("USA", "IRQ", "195"), ("GBR", "IRQ", "195")} <= got
    text = "Militants bombed a school in Kabul."  # a planted bomb stays one
    assert any(c == "183" for *_, c in pipeline_triples(pipeline, parse, text, "2003-03-22"))


@pytest.mark.model
def test_hours_given_to_comply_are_an_ultimatum(pipeline: Any, parse: Any) -> None:
    text = "Bush gave Saddam Hussein 48 hours to leave Iraq."
    assert ("USA", "IRQ", "139") in pipeline_triples(pipeline, parse, text, "2003-03-17")
    text = "The airline gave passengers 24 hours of free wifi."
    assert not pipeline_triples(pipeline, parse, text, "2003-03-17")


@pytest.mark.model
def test_leaving_a_regional_bloc_reduces_relations(pipeline: Any, parse: Any) -> None:
    text = "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS."
    got = pipeline_triples(pipeline, parse, text, "2024-01-28")
    assert {("MLI", "IGO", "160"), ("BFA", "IGO", "160"), ("NER", "IGO", "160")} <= got
    assert ("MLI", "IGO", "160") in pipeline_triples(
        pipeline, parse, "Mali withdrew from ECOWAS on Sunday.", "2024-01-28"
    )
    # troops withdrawn are pulled back
    text = "Russia withdrew its troops from Syria."
    assert ("RUS", "SYR", "087") in pipeline_triples(pipeline, parse, text, "2017-12-11")


@pytest.mark.model
def test_people_counted_do_what_their_participle_says(pipeline: Any, parse: Any) -> None:
    text = (
        "Chadian security forces killed dozens of protesters demanding a return to civilian rule."
    )
    got = pipeline_triples(pipeline, parse, text, "2022-10-20")
    assert ("TCD", "TCD", "175") in got
    assert not any(c.startswith("10") and s == "TCD" and t is None for s, t, c in got)


@pytest.mark.model
def test_a_sniper_is_a_doer_not_an_act(pipeline: Any, parse: Any) -> None:
    text = "Serbian Prime Minister Zoran Djindjic was assassinated by a sniper in Belgrade."
    got = pipeline_triples(pipeline, parse, text, "2003-03-12")
    assert {c for *_, c in got} == {"186"}  # one assassination, no shooting by no one


@pytest.mark.model
def test_words_aimed_at_a_state_are_criticism(pipeline: Any, parse: Any) -> None:
    text = "Iran's foreign minister took aim at Saudi Arabia after the summit."
    assert ("IRN", "SAU", "111") in pipeline_triples(pipeline, parse, text, "2017-05-22")
    text = "Lithuania's president assailed Moscow for its aggression against Ukraine."
    assert ("LTU", "RUS", "111") in pipeline_triples(pipeline, parse, text, "2014-08-29")
    # "its" after hitting out at a state is that state's, and the capital is no crowd
    text = "China hit out at Washington over its latest arms sale to Taiwan."
    result = pipeline.extract(parse(text, "2018-10-16"))
    sale = next(e for e in result.events if e.trigger.text == "sale")
    assert sale.source is not None and sale.source.country == "USA"
    assert all((m.code or "")[3:6] != "CVL" for m in result.actors)


@pytest.mark.model
def test_a_military_command_is_the_military(pipeline: Any, parse: Any) -> None:
    text = "BANGKOK (EWS) - An order issued by the martial law command banned political rallies."
    assert ("THA", "THA", "1721") in pipeline_triples(pipeline, parse, text, "2014-05-22")
    # an order is no body of troops
    result = pipeline.extract(parse("The commander issued a command to fire.", "2014-05-22"))
    assert not any("command" in m.span.text.split() for m in result.actors)


@pytest.mark.model
def test_a_teller_refusing_after_what_he_told_is_the_one_refusing(
    pipeline: Any, parse: Any
) -> None:
    text = (
        "Zelenskyy later told a U.S. television channel that the exchange had been "
        "bad for everyone but refused to apologize."
    )
    assert ("UKR", None, "120") in pipeline_triples(pipeline, parse, text, "2025-03-01")


@pytest.mark.model
def test_suicide_and_car_bombings_keep_their_sub_codes(pipeline: Any, parse: Any) -> None:
    text = "A suicide bombing outside Kabul airport killed 13 US service members."
    assert {c for *_, c in pipeline_triples(pipeline, parse, text, "2021-08-26")} == {"1831"}
    text = "A car bombing in Baghdad killed 20 Iraqi police."
    assert {c for *_, c in pipeline_triples(pipeline, parse, text, "2005-06-01")} == {"1832"}


@pytest.mark.model
def test_uncoded_names_beside_a_coded_target_add_no_event(pipeline: Any, parse: Any) -> None:
    text = "China detained two Canadians, Michael Kovrig and Michael Spavor, in retaliation."
    assert pipeline_triples(pipeline, parse, text, "2018-12-10") == {("CHN", "CAN", "173")}


@pytest.mark.model
def test_the_participle_describing_a_signed_accord_names_its_partner(
    pipeline: Any, parse: Any
) -> None:
    text = "The UAE and Bahrain signed accords normalizing ties with Israel at the White House."
    got = pipeline_triples(pipeline, parse, text, "2020-09-15")
    assert {("ARE", "ISR", "057"), ("BHR", "ISR", "057")} <= got
    assert ("ARE", "BHR", "057") not in got
    text = "The EU adopted sanctions targeting Russian banks."
    assert ("IGO", "RUS", "163") in pipeline_triples(pipeline, parse, text, "2022-03-01")
