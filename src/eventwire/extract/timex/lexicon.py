"""Words of time: months, weekdays, units, number words, and the regex pieces built from them."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _n, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _n
    MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _n, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], start=1
):
    WEEKDAYS[_name] = _n
    WEEKDAYS[_name[:3]] = _n
for _abbr, _n in (("tues", 2), ("weds", 3), ("thur", 4), ("thurs", 4)):
    WEEKDAYS[_abbr] = _n

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "noon": "MI",
    "midday": "MI",
}

# unit word -> (TIMEX3 duration letter, multiplier, clock unit?)
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "weekend": ("WE", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: n for n, w in enumerate(_SMALL)}
for _t, _w in enumerate(_TENS, start=2):
    NUMBER_WORDS[_w] = _t * 10
    for _u in range(1, 10):
        NUMBER_WORDS[f"{_w}-{_SMALL[_u]}"] = _t * 10 + _u
        NUMBER_WORDS[f"{_w} {_SMALL[_u]}"] = _t * 10 + _u
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "a couple of": 2, "couple of": 2})
NUMBER_WORDS.update({"hundred": 100, "a hundred": 100, "one hundred": 100, "dozen": 12})
NUMBER_WORDS.update({"a dozen": 12, "half a": 0, "a half": 0})
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "many", "some", "a number of", "numerous", "a couple", "couple"}
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip


def number_value(text: str) -> int | None:
    """ "12", "twelve", "twenty-four", "a" -> their value; None for vague words ("several")."""
    text = text.lower().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if m:
        return int(m[1])
    return ORDINALS.get(text)


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


# Month names match capitalised only: "may", "march" and "sat" are common words.
_MONTH_NAMES = [m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m.capitalize() for m in MONTHS if len(m) <= 4 and m != "may"]
MONTH = (
    r"(?-i:(?P<{g}>"
    + _alternation(_MONTH_NAMES)
    + "|"
    + "|".join(rf"{a}\.?" for a in sorted(_MONTH_ABBR, key=len, reverse=True))
    + r"|"
    + _alternation(m.upper() for m in MONTHS if len(m) > 3)
    + r"))"
)
WEEKDAY = (
    r"(?P<{g}>(?-i:"
    + _alternation(w.capitalize() for w in WEEKDAYS if len(w) > 4)
    + "|"
    + "|".join(rf"{w.capitalize()}\." for w in WEEKDAYS if len(w) <= 5)
    + "|"
    + _alternation(w.upper() for w in WEEKDAYS if len(w) > 5)
    + r"))"
)
_NUM_WORDS = [w for w in NUMBER_WORDS if " " not in w or w.count(" ") == 1]
NUMBER = r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|" + _alternation([*_NUM_WORDS, *VAGUE_NUMBERS]) + r")"
UNIT = r"(?:" + _alternation(u for u in UNITS if u != "night") + r")"
ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + _alternation(ORDINALS) + r")"


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def weekday_number(text: str) -> int:
    return WEEKDAYS[text.lower().rstrip(".")]
