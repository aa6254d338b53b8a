"""Golden-test fixtures: each case's article is processed once per session."""

from __future__ import annotations

from typing import Any

import pytest
from golden_cases import CaseReport, GoldenCase, check_case, run_case


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "golden: checks extraction output against tests/golden/extract (the target the "
        "extractors are built to; deselect with -m 'not golden' while they are in progress)",
    )


@pytest.fixture(scope="session")
def golden_report(pipeline: Any) -> Any:
    """``golden_report(case)``: the case's CaseReport, computed once per session."""
    cache: dict[str, CaseReport] = {}

    def _report(case: GoldenCase) -> CaseReport:
        if case.name not in cache:
            cache[case.name] = check_case(case, run_case(pipeline, case))
        return cache[case.name]

    return _report
