"""The PETRARCH/TABARI dictionary reader, on small texts and on the PETRARCH validation files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.dictionaries.model import ActorDictionary
from eventwire.dictionaries.petrarch import parse_petrarch_code, parse_petrarch_date, read_petrarch


def test_dates_and_restrictions() -> None:
    assert parse_petrarch_date("950601") == dt.date(1995, 6, 1)
    assert parse_petrarch_date("20121109") == dt.date(2012, 11, 9)
    assert parse_petrarch_date("2004017") is None
    before = parse_petrarch_code("HOB < 950601")
    assert before is not None and before.end == dt.date(1995, 5, 31) and before.start is None
    span = parse_petrarch_code("HOBGOV 19950601 - 19990815")
    assert span is not None and (span.start, span.end) == (
        dt.date(1995, 6, 1),
        dt.date(1999, 8, 15),
    )
    after = parse_petrarch_code("HOBREB > 990816")
    assert after is not None and after.start == dt.date(1999, 8, 16)


def test_actor_file_with_synonyms_and_dated_codes(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(
        "<!-- a comment -->\nNORTHLAND_ [NTH] # note\n+NORTHERN_REPUBLIC\n"
        "GENERAL_SMITH\n+THE_GENERAL\n\t[NTHMIL < 20100101]\n\t[NTHGOV >20100101]\n"
        "ARGENTIN [ARG]\n",
        "utf-8",
    )
    dictionary = ActorDictionary()
    read_petrarch(path, dictionary, "test")
    assert dictionary.lookup("Northern Republic")[0].codes[0].code == "NTH"
    smith = dictionary.lookup("General Smith")[0]
    assert smith.code_on(dt.date(2005, 1, 1)).code == "NTHMIL"  # type: ignore[union-attr]
    assert smith.code_on(dt.date(2015, 1, 1)).code == "NTHGOV"  # type: ignore[union-attr]
    assert "argentin" in dictionary.stems  # a stem: matches "Argentina", "Argentine"


def test_agent_file_with_macros_and_plurals(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(
        "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\n"
        "HUMAN_RIGHTS_BODY [NGO~]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n",
        "utf-8",
    )
    dictionary = ActorDictionary()
    read_petrarch(path, dictionary, "test")
    assert dictionary.role("congressman").code == "LEG"  # type: ignore[union-attr]
    assert dictionary.role("congresswoman") is not None
    assert dictionary.role("golden geese").code == "GGS"  # type: ignore[union-attr]
    body = dictionary.role("human rights body")
    assert body is not None and body.primary and body.code == "NGO"


@pytest.mark.external
def test_petrarch_validation_dictionaries(data_dir: Path) -> None:
    folder = data_dir / "petrarch2-unittest"
    dictionary = load_actor_dictionary(
        [str(folder / "PETR.Validate.actors.txt"), str(folder / "PETR.Validate.agents.txt")]
    )
    gollum = dictionary.lookup("Smeagol")[0]
    assert gollum.code_on(dt.date(1990, 1, 1)).code == "HOB"  # type: ignore[union-attr]
    assert gollum.code_on(dt.date(1997, 1, 1)).code == "HOBGOV"  # type: ignore[union-attr]
    assert gollum.code_on(dt.date(2005, 1, 1)).code == "HOBREB"  # type: ignore[union-attr]
    sam = dictionary.lookup("Sam Gamgee")
    assert sam[0].code_on(dt.date(2012, 12, 1)).code == "HOBGOV"  # type: ignore[union-attr]
    assert dictionary.role("foreign minister").code == "GOVFRM"  # type: ignore[union-attr]
    assert dictionary.role("ministry of silly walks").code == "GOV"  # type: ignore[union-attr]
    assert dictionary.role("congressmen").code == "LEG"  # type: ignore[union-attr]
    interpol = dictionary.lookup("Interpol")
    assert interpol[0].codes[0].code == "IGOCOPITP"
