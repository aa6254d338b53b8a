"""Golden extraction tests: our own wire-style articles and every event a careful CAMEO coder
would code in them (must), what must not be coded (must_not), quotes and time expressions.

These define the target for the extractors: the expectations are never relaxed to what the
code produces. Must-not entries, quotes and time expressions must all hold. Must events are a
ratchet: ``floors.json`` pins, per article, how many of its expected events are found, and a
run that finds fewer fails with the full list of misses; ``pytest --update-golden`` raises the
floors to what a run finds (never lowers them). ``tests/golden/score.py`` prints the recall.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from golden_cases import (
    CaseReport,
    GoldenCase,
    format_must_failure,
    format_quote_failure,
    format_timex_failure,
    format_violations,
    load_cases,
    validate_case,
)

CASES = load_cases()
IDS = [case.name for case in CASES]
FLOORS_FILE = Path(__file__).with_name("floors.json")
FLOORS: dict[str, int] = json.loads(FLOORS_FILE.read_text("utf-8"))["must_found"]

Report = Callable[[GoldenCase], CaseReport]
# Failures use pytest.fail(pytrace=False): the expected/found listing is the whole story, and
# assertion rewriting would bury it under reprs of the case and report.


def test_golden_set_is_large_enough() -> None:
    """The events issue asks for at least 10 articles; we keep 12 or more."""
    assert len(CASES) >= 12, [c.name for c in CASES]
    assert sum(len(c.must) for c in CASES) >= 100


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_expectations_are_well_formed(case: GoldenCase) -> None:
    """Typos in an expectation file would silently never match: catch them here."""
    problems = validate_case(case)
    assert not problems, f"{case.name}.expected.json:\n  " + "\n  ".join(problems)


def test_every_case_has_a_floor() -> None:
    assert set(FLOORS) == set(IDS), "add the new case to tests/golden/floors.json"
    for case in CASES:
        assert 0 <= FLOORS[case.name] <= len(case.must), case.name


@pytest.mark.golden
@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_must_events_are_found(
    case: GoldenCase, golden_report: Report, request: pytest.FixtureRequest
) -> None:
    report = golden_report(case)
    found = len(report.must_hits)
    if request.config.getoption("--update-golden") and found > FLOORS[case.name]:
        data = json.loads(FLOORS_FILE.read_text("utf-8"))
        data["must_found"][case.name] = found
        FLOORS_FILE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")
    if found < FLOORS[case.name]:
        pytest.fail(
            f"{found} of {len(case.must)} expected events found, below the floor of "
            f"{FLOORS[case.name]}\n" + format_must_failure(report),
            pytrace=False,
        )


@pytest.mark.golden
@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_must_not_events_are_absent(case: GoldenCase, golden_report: Report) -> None:
    report = golden_report(case)
    if report.violations:
        pytest.fail(format_violations(report), pytrace=False)


@pytest.mark.golden
@pytest.mark.model
@pytest.mark.parametrize("case", [c for c in CASES if c.quotes_must], ids=lambda c: c.name)
def test_quotes_are_attributed(case: GoldenCase, golden_report: Report) -> None:
    report = golden_report(case)
    if report.quote_misses:
        pytest.fail(format_quote_failure(report), pytrace=False)


@pytest.mark.golden
@pytest.mark.model
@pytest.mark.parametrize("case", [c for c in CASES if c.timexes_must], ids=lambda c: c.name)
def test_time_expressions_are_normalized(case: GoldenCase, golden_report: Report) -> None:
    report = golden_report(case)
    if report.timex_misses:
        pytest.fail(format_timex_failure(report), pytrace=False)
