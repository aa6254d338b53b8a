"""Actor phenomena of wire archives (1980s and 1990s copy): office holders of that era, old
state names and demonyms, peacekeeping missions, "former" titles, bodies no dictionary knows."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ActorMention, ParsedArticle

Parse = Callable[..., ParsedArticle]


def _actors(parse: Parse, text: str, published: str | None) -> dict[str, ActorMention]:
    mentions = extract_actors(parse(text, published=published), load_actor_dictionary())
    return {m.span.text: m for m in mentions}


def test_office_holders_of_the_eighties_and_nineties(parse: Parse) -> None:
    text = (
        "Prime Minister Toshiki Kaifu flew to Washington on Monday, and Ethiopian leader "
        "Mengistu Haile Mariam said his army would hold the north."
    )
    found = _actors(parse, text, "1990-06-01")
    assert found["Prime Minister Toshiki Kaifu"].code == "JPNGOV"
    assert found["Prime Minister Toshiki Kaifu"].rule == "person"
    assert found["Ethiopian leader Mengistu Haile Mariam"].rule == "person"
    later = _actors(parse, "Defense Secretary William Perry arrived in Sarajevo.", "1995-03-01")
    assert later["Defense Secretary William Perry"].code == "USAGOV"
    assert later["Defense Secretary William Perry"].rule == "person"


def test_former_title_ends_a_known_term(parse: Parse) -> None:
    # undated, a known person takes their latest term: "former" says it is over
    text = "Former President Jimmy Carter flew to Port-au-Prince on Friday to meet the junta."
    mention = _actors(parse, text, None)["Former President Jimmy Carter"]
    assert mention.code == "USAELI"
    assert mention.rule == "person:former"


def test_old_state_names_and_demonyms(parse: Parse) -> None:
    text = (
        "Soviet troops and East German officials met in Leipzig, the Czechoslovak news agency "
        "said, as Chechen rebels fought on."
    )
    found = _actors(parse, text, "1989-10-01")
    assert found["Soviet troops"].code == "RUSMIL"
    assert found["East German officials"].code == "DEUGOV"
    assert found["the Czechoslovak news agency"].code == "CZEMED"
    assert found["Chechen rebels"].code == "RUSREB"


def test_a_peacekeeping_mission_is_its_bodys_force(parse: Parse) -> None:
    found = _actors(parse, "UNIFIL troops came under fire in southern Lebanon.", "2006-08-01")
    assert found["UNIFIL troops"].code == "IGOUNOMIL"


def test_an_unknown_association_or_forum_is_an_ngo(parse: Parse) -> None:
    text = (
        "The Pan-African Lawyers Association urged the government to free the detainees, and "
        "the Global Water Forum said rich nations must spend more on sanitation."
    )
    found = _actors(parse, text, "2003-03-22")
    assert found["Pan-African Lawyers Association"].code == "NGO"
    assert found["the Global Water Forum"].code == "NGO"


def test_undated_the_named_country_picks_the_term(parse: Parse) -> None:
    # one person, two careers: the Soviet minister became Georgia's president
    text = "Soviet Foreign Minister Eduard Shevardnadze arrived in Kabul on Monday."
    assert _actors(parse, text, None)[text.split(" arrived")[0]].code == "RUSGOV"
    bare = _actors(parse, "Eduard Shevardnadze arrived in Kabul on Monday.", None)
    assert bare["Eduard Shevardnadze"].code == "GEOGOV"  # the latest term, as before
    former = "Former Soviet Foreign Minister Eduard Shevardnadze arrived in Kabul."
    assert _actors(parse, former, None)[former.split(" arrived")[0]].code == "RUSELI"


def test_a_name_without_family_name_is_shortened_to_its_first_word(parse: Parse) -> None:
    text = "Mahathir said on Tuesday that Malaysia would not devalue the ringgit."
    mention = _actors(parse, text, "1995-06-01")["Mahathir"]
    assert mention.code == "MYSGOV"
    assert mention.rule == "person:surname"


def test_cold_war_movements_are_coded_by_what_they_were_then(parse: Parse) -> None:
    text = "The ANC said its guerrillas had attacked a police station near Durban."
    assert _actors(parse, text, "1988-03-01")["The ANC"].code == "ZAFREB"
    assert _actors(parse, text, "1996-03-01")["The ANC"].code == "ZAFGOV"
    nicaragua = "The Contras accused the Sandinistas of breaking the truce."
    found = _actors(parse, nicaragua, "1988-03-01")
    assert found["The Contras"].code == "NICREB"
    assert found["the Sandinistas"].code == "NICGOV"


def test_wire_nouns_of_that_era(parse: Parse) -> None:
    text = (
        "Afghan mujahideen shelled the airport as Iraq's Republican Guard massed on the border "
        "and the military junta hunted three hijackers."
    )
    found = _actors(parse, text, "1990-08-01")
    assert found["Afghan mujahideen"].code == "AFGREB"
    assert found["Iraq's Republican Guard"].code == "IRQMIL"
    assert found["the military junta"].code == "---GOV"
    assert found["three hijackers"].code == "---UAF"


def test_leaders_of_armed_groups_are_coded_as_their_group(parse: Parse) -> None:
    text = (
        "Hezbollah leader Hassan Nasrallah said on Friday the group would answer, while Osama "
        "bin Laden urged new attacks in a taped message."
    )
    found = _actors(parse, text, "2006-07-21")
    assert found["Hezbollah leader Hassan Nasrallah"].code == "LBNREBHEZ"
    assert found["Osama bin Laden"].code == "IMGMOSALQ"


def test_a_title_word_that_ends_a_name_is_no_title(parse: Parse) -> None:
    text = (
        "Supporters marked Martin Luther King Day in Atlanta, and King Fahd met Egyptian "
        "President Hosni Mubarak."
    )
    found = _actors(parse, text, "1990-01-15")
    king_day = [m for span, m in found.items() if span.startswith("Martin Luther King")]
    assert king_day and all(m.code is None for m in king_day)  # a name, not a monarch
    assert found["King Fahd"].code == "SAUGOV"


def test_spellings_of_state_names_that_wire_copy_used(parse: Parse) -> None:
    text = (
        "Pakistan rejected a fresh offer from Afganistan, and troops from Kazakstan and "
        "Tadjikistan crossed into Turkmenia."
    )
    found = _actors(parse, text, "1992-06-01")
    assert found["Afganistan"].code == "AFG"
    assert found["troops from Kazakstan"].code == "KAZMIL"
    assert found["Tadjikistan"].code == "TJKMIL"  # the troops named once are each state's
    assert found["Turkmenia"].code == "TKM"
