"""The install under test: ``make test`` installs the package built, so the extraction stages
it tests are the mypyc-compiled ones users run (setup.py), not their Python sources."""

from __future__ import annotations

import os

import pytest

from eventwire.bench import compiled_stages


def test_the_built_install_runs_the_compiled_stages() -> None:
    if not os.environ.get("EVENTWIRE_EXPECT_COMPILED"):
        pytest.skip("an editable install runs the Python sources (make test sets the flag)")
    assert compiled_stages(), (
        "eventwire.extract is not compiled: mypyc or the C compiler failed at install "
        "(pip install -v . shows why), so the stages run as Python, about half as fast"
    )
