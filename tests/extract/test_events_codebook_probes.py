"""Acts written from the CAMEO codebook's descriptions (our own sentences): hosting a titled
visitor, troops expelled, demands issued, a partner in shared intelligence, the object of an
attempt, aid asked "from" someone, opposition rallied, a feared attack."""

from __future__ import annotations

from typing import Any

import pytest

from wordcoded import pipeline_triples

DAY = "2024-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's president hosted the Emir of Qatar in Cairo on Sunday.", ("EGY", "QAT", "043")),
        ("Mali expelled French troops.", ("MLI", "FRA", "166")),
        ("The Turkish government issued a list of demands to Sweden.", ("TUR", "SWE", "100")),
        (
            "British intelligence shared information on Russian troop movements with Ukraine.",
            ("GBR", "UKR", "064"),
        ),
        ("Russian agents attempted to assassinate Ukraine's president.", ("RUS", "UKR", "185")),
        (
            "Palestinian officials demanded urgent food aid from the United Nations.",
            ("PSE", "IGO", "1033"),
        ),
        ("Ukraine urged its allies to condemn Russia.", ("UKR", "RUS", "113")),
        ("The United States delivered thousands of bombs to Israel.", ("USA", "ISR", "072")),
    ],
)
def test_codebook_acts(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_soldiers_ousting_a_president_are_no_expulsion(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Mali's president was ousted by mutinous soldiers.", DAY
    )
    assert all(code != "166" for _, _, code in got)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israel raised its alert level in anticipation of an Iranian attack.",
        "Oil prices rose on fears of a Russian invasion of Ukraine.",
    ],
)
def test_a_feared_attack_has_not_happened(pipeline: Any, parse: Any, text: str) -> None:
    events = pipeline.extract(parse(text, DAY)).events
    attacks = [e for e in events if e.cameo.root == "19"]
    assert attacks and all(e.modality == "hypothetical" for e in attacks)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China flew dozens of warplanes near Taiwan in a show of force.", ("CHN", "TWN", "150")),
        ("Russia mobilized troops on the Ukrainian border.", ("RUS", "UKR", "154")),
        ("Russian forces used chloropicrin gas against Ukrainian troops.", ("RUS", "UKR", "2041")),
        (
            "Israel signaled it was willing to make concessions to the Palestinians.",
            ("ISR", "PSE", "035"),
        ),
        # reform refused at home, with no one named: the state's own people
        ("Belarus's government dismissed opposition demands for reform.", ("BLR", "BLR", "123")),
    ],
)
def test_more_codebook_acts(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_a_parliament_dismissing_the_premier_still_removes_him(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Peru's Congress dismissed President Dina Boluarte on Friday.", DAY
    )
    assert ("PER", "PER", "1041") in got


@pytest.mark.model
def test_a_bloc_seeking_a_settlement_does_not_settle_with_itself(pipeline: Any, parse: Any) -> None:
    text = "France, Germany and Britain said they remained committed to a diplomatic solution."
    got = pipeline_triples(pipeline, parse, text, DAY)
    assert {(s, t) for s, t, c in got if c == "037"} == {
        ("FRA", None),
        ("DEU", None),
        ("GBR", None),
    }
    # two sides committed to settling are each other's parties
    two = "India and Pakistan said they remained committed to a peaceful settlement."
    assert ("IND", "PAK", "037") in pipeline_triples(pipeline, parse, two, DAY)


@pytest.mark.model
def test_an_offer_by_a_state_to_mediate_is_its_offer(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Israel accepted an offer by Qatar to mediate with Hamas.", DAY
    )
    assert ("QAT", "PSE", "039") in got
    assert all(not (s == "ISR" and c == "039") for s, _, c in got)


@pytest.mark.model
def test_a_fight_a_deployment_is_to_help_is_not_yet_fought(pipeline: Any, parse: Any) -> None:
    text = "Rwanda pledged to deploy troops to Mozambique to help fight insurgents."
    events = pipeline.extract(parse(text, DAY)).events
    assert all(e.modality != "asserted" for e in events if e.cameo.root == "19")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli authorities confiscated 200 acres of Palestinian farmland.",
            ("ISR", "PSE", "1711"),
        ),
        ("The Israeli army placed Hebron under a curfew.", ("ISR", "PSE", "1723")),
        ("Al-Shabaab fighters seized two Kenyan doctors near the border.", ("SOM", "KEN", "181")),
        ("Israeli settlers assaulted Palestinian farmers near Ramallah.", ("ISR", "PSE", "182")),
        ("Azerbaijan blocked the Lachin corridor.", ("AZE", None, "191")),
        ("Japan scrapped export restrictions on South Korea.", ("JPN", "KOR", "085")),
        ("Israel rejected demands to halt its military operation in Gaza.", ("ISR", "PSE", "124")),
    ],
)
def test_codebook_acts_in_other_words(
    pipeline: Any, parse: Any, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in pipeline_triples(pipeline, parse, text, DAY)


@pytest.mark.model
def test_access_blocked_to_an_app_stays_a_restriction(pipeline: Any, parse: Any) -> None:
    text = "Lima blocked access to Instagram ahead of the vote."
    assert {c for _, _, c in pipeline_triples(pipeline, parse, text, DAY)} == {"1721"}


@pytest.mark.model
def test_an_emergency_plan_put_forward_imposes_nothing(pipeline: Any, parse: Any) -> None:
    got = pipeline_triples(
        pipeline, parse, "Kenya's government put forward an emergency plan.", DAY
    )
    assert all(c not in ("1723", "1724") for _, _, c in got)
