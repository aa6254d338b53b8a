"""The packaged CAMEO table and its PLOVER mapping."""

from __future__ import annotations

import pytest

from eventwire.coding import cameo_table, lookup, quad_class


def test_all_twenty_roots_with_their_sub_codes() -> None:
    table = cameo_table()
    roots = sorted(c for c in table if len(c) == 2)
    assert roots == [f"{n:02d}" for n in range(1, 21)]
    assert len(table) == 312
    for code, row in table.items():
        assert row.root == code[:2] and row.code == code
        assert -10 <= row.goldstein <= 10
        assert row.name


def test_quad_classes_follow_gdelt() -> None:
    assert [quad_class(f"{n:02d}") for n in (1, 5, 6, 8, 9, 13, 14, 20)] == [1, 1, 2, 2, 3, 3, 4, 4]
    with pytest.raises(ValueError):
        quad_class("21")


def test_plover_mapping_and_its_absence_for_statements() -> None:
    assert lookup("057").plover == "AGREE" or lookup("057").plover == "SUPPORT"
    assert lookup("0311").plover == "AGREE" and lookup("0311").plover_context == "economic"
    assert lookup("010").plover is None  # statements have no PLOVER counterpart
    assert lookup("0214").plover is None
    assert lookup("190").plover is not None and lookup("190").quad_class == 4


def test_known_goldstein_values() -> None:
    assert lookup("01").goldstein == 0
    assert lookup("20").goldstein == -10
    assert lookup("057").goldstein == 8


def test_unknown_code_names_itself() -> None:
    with pytest.raises(KeyError, match="999"):
        lookup("999")
