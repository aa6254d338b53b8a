"""The CAMEO code table, loaded once from packaged data.

``data/cameo.tsv`` holds every CAMEO code (20 roots, their three- and four-digit sub-codes)
with its name and Goldstein value; ``data/cameo_to_plover.tsv`` maps codes to PLOVER types.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from eventwire.models import CameoCode

# The roots of force: assault (18), fight (19), unconventional mass violence (20).
FORCE_ROOTS = frozenset(("18", "19", "20"))
# Force and coercion (17: arrests, property destroyed): acts that harm whom they target.
HARM_ROOTS = FORCE_ROOTS | {"17"}
DENY_RESPONSIBILITY = "016"


def quad_class(root: str) -> int:
    """GDELT's quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("eventwire").joinpath("data").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code by its string code ("057")."""
    plover = {r["code"]: r for r in _rows("cameo_to_plover.tsv")}
    table: dict[str, CameoCode] = {}
    for row in _rows("cameo.tsv"):
        code = row["code"]
        root = code[:2]
        # A four-digit code without its own PLOVER row inherits its three-digit parent's.
        mapped = plover.get(code) or plover.get(code[:3]) or plover.get(root)
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            root=root,
            quad_class=quad_class(root),
            plover=mapped["plover"] if mapped else None,
            plover_mode=(mapped["mode"] or None) if mapped else None,
            plover_context=(mapped["context"] or None) if mapped else None,
        )
    return table


def lookup(code: str) -> CameoCode:
    """The table row for ``code``; ``KeyError`` names the code when it is not CAMEO."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"not a CAMEO code: {code!r}") from None
