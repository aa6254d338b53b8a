"""Defence and interior ministers, armed forces chiefs and armed-group or opposition leaders.

Each sentence, written by us in wire style, names one office holder on a date inside his or her
term: the person takes the state's government or military code, or the group's code, that the
people table gives for that day; the same person named on a date outside every term does not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle

Parse = Callable[..., ParsedArticle]
Case = tuple[str, str, str, str]  # sentence, name in it, article date, expected code


def _codes(parse: Parse, text: str, name: str, published: str) -> list[str | None]:
    """Codes of the mentions whose span holds ``name`` (titles before a name vary)."""
    mentions = extract_actors(parse(text, published=published), load_actor_dictionary())
    return [m.code for m in mentions if name in m.span.text]


IN_TERM: list[Case] = [
    # a pope is the Holy See's religious leader wherever he speaks of
    ("Pope Francis called for calm in Jerusalem.", "Pope Francis", "2024-05-10", "VATREL"),
    (
        "Amir Peretz ordered the army to widen its offensive in southern Lebanon.",
        "Amir Peretz",
        "2006-07-20",
        "ISRGOV",
    ),
    (
        "Gabi Ashkenazi told the cabinet that the troops were ready.",
        "Gabi Ashkenazi",
        "2009-01-05",
        "ISRMIL",
    ),
    (
        "Mike Mullen said the Taliban insurgency was growing more sophisticated.",
        "Mike Mullen",
        "2009-07-12",
        "USAMIL",
    ),
    (
        "Valery Gerasimov took personal command of the campaign in Ukraine.",
        "Valery Gerasimov",
        "2023-01-12",
        "RUSMIL",
    ),
    (
        "Hulusi Akar met the Russian delegation in Ankara on Tuesday.",
        "Hulusi Akar",
        "2016-08-09",
        "TURMIL",
    ),
    (
        "Hulusi Akar met the Russian delegation in Ankara on Tuesday.",
        "Hulusi Akar",
        "2020-03-10",
        "TURGOV",
    ),
    (
        "Qamar Javed Bajwa visited troops along the Line of Control.",
        "Qamar Javed Bajwa",
        "2019-03-01",
        "PAKMIL",
    ),
    (
        "Abubakar Shekau threatened to sell the kidnapped schoolgirls.",
        "Abubakar Shekau",
        "2014-05-05",
        "NGAREBBKH",
    ),
    (
        "Yahya Sinwar warned that the group would respond to any raid on the mosque.",
        "Yahya Sinwar",
        "2021-05-10",
        "PSEREBHMS",
    ),
    (
        "Abdul-Malik al-Houthi vowed to keep attacking ships in the Red Sea.",
        "Abdul-Malik al-Houthi",
        "2024-01-11",
        "YEMREBHTH",
    ),
    (
        "Sviatlana Tsikhanouskaya called on the European Union to impose new sanctions.",
        "Sviatlana Tsikhanouskaya",
        "2021-06-01",
        "BLROPP",
    ),
    (
        "Abu Mohammed al-Julani said his fighters had taken the airport outside Aleppo.",
        "Abu Mohammed al-Julani",
        "2020-02-10",
        "SYRREBHTS",
    ),
    (
        "Hibatullah Akhundzada ordered his fighters to halt attacks on foreign troops.",
        "Hibatullah Akhundzada",
        "2020-03-02",
        "AFGREBTAL",
    ),
    (
        "Sergei Shoigu inspected the troops massed near the border.",
        "Sergei Shoigu",
        "2022-02-01",
        "RUSGOV",
    ),
]


@pytest.mark.parametrize(("text", "name", "published", "code"), IN_TERM)
def test_an_office_holder_takes_the_code_of_his_term(
    parse: Parse, text: str, name: str, published: str, code: str
) -> None:
    assert code in _codes(parse, text, name, published)


def test_a_chief_named_outside_his_term_is_not_coded_as_the_military(parse: Parse) -> None:
    text = "Mark Milley criticised the withdrawal in a television interview."
    assert "USAMIL" in _codes(parse, text, "Mark Milley", "2021-08-30")
    assert "USAMIL" not in _codes(parse, text, "Mark Milley", "2024-06-01")
