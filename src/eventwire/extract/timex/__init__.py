"""TIMEX3 time expressions: recognition, normalization against the publication date, values
and their day intervals, and event dating. The public entry points live in ``extract/time``."""
