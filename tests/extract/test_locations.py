"""The bundled gazetteer and the place of an event."""

from __future__ import annotations

from eventwire.extract.locations import _lookup, gazetteer


def test_cities_resolve_to_country_and_coordinates() -> None:
    moscow = _lookup("Moscow")
    assert moscow is not None and moscow.country == "RUS"
    assert moscow.latitude is not None and 55 < moscow.latitude < 56
    caracas = _lookup("Caracas")
    assert caracas is not None and caracas.country == "VEN"


def test_countries_and_aliases_resolve() -> None:
    venezuela = _lookup("Venezuela")
    assert venezuela is not None and venezuela.country == "VEN"
    assert venezuela.latitude is not None  # the centre of its cities
    us = _lookup("the U.S.")
    assert us is not None and us.country == "USA"


def test_seas_and_regions_have_coordinates_but_no_country() -> None:
    caribbean = _lookup("the Caribbean")
    assert caribbean is not None and caribbean.country is None
    assert caribbean.latitude is not None
    gaza = _lookup("Gaza")
    assert gaza is not None and gaza.country == "PSE"


def test_news_spellings_name_the_same_city_in_both_gazetteers() -> None:
    from eventwire.dictionaries.places import city_country

    # "Daraa" is GeoNames' "Dar‘ā" in Syria, not the town "Dara" in Senegal
    for name, country in (("Daraa", "SYR"), ("Hodeidah", "YEM"), ("Raqqa", "SYR")):
        place = _lookup(name)
        assert place is not None and place.country == country, name
        assert city_country(name) == country, name


def test_unknown_names_stay_unresolved() -> None:
    assert _lookup("Qwertyville") is None
    assert len(gazetteer()) > 20000


def test_place_named_inside_a_span(parse) -> None:  # type: ignore[no-untyped-def]
    from eventwire.extract.locations import place_within

    parsed = parse("Doctors delivered medicine to Baghdad University Medical School.")
    entities: dict[int, list] = {}  # type: ignore[type-arg]
    for ent in parsed.entities:
        entities.setdefault(parsed.tokens[ent.token_start].sent, []).append(ent)
    place = place_within(parsed, 0, len(parsed.tokens), entities)
    assert place is not None and place.country == "IRQ" and place.name == "Baghdad"
