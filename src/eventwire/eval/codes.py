"""Gold actor codes in our conventions, shared by the actor and the event evaluations.

Gold sets written with CAMEO's older country codes (``JAP``, ``ITL``, ``VTN``) are read as the
ISO 3166 alpha-3 codes eventwire writes, so an event's countries and an actor's country are
compared the same way in every evaluation.
"""

from __future__ import annotations

ALIASES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "UK": "GBR",
    "ROM": "ROU",
    "ZAR": "COD",
    "BUL": "BGR",
    "INS": "IDN",
    "KUW": "KWT",
    "LEB": "LBN",
    "ZAM": "ZMB",
    "ZBW": "ZWE",
    "MOM": "OMN",
    "LTH": "LTU",
    "IVO": "CIV",
    "NZE": "NZL",
    "UAR": "EGY",
    "USR": "RUS",
    "ROC": "TWN",
    "PAL": "PSE",
    "GMW": "DEU",
    "GDR": "DEU",
    "SER": "SRB",
    "YUG": "SRB",
    "BOS": "BIH",
    "TAW": "TWN",
}


def country_of_code(code: str | None) -> str | None:
    """The country part of a CAMEO-style actor code: "USAGOV" -> "USA", "---REB" -> None."""
    if not code:
        return None
    head = code.strip()[:3].upper()
    return None if not head or head.startswith("-") else ALIASES.get(head, head)
