"""Rules for expressions read against the publication date or an earlier one: today, last week,
three days ago, the past two weeks, durations, clock times, sets, and vague references."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.timex import anchoring as cal
from eventwire.extract.timex.context import Context, Norm, Rule, compile_rule, mod_of
from eventwire.extract.timex.lexicon import (
    NUMBER,
    PARTS_OF_DAY,
    SEASONS,
    UNIT,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY,
    number_value,
    weekday_number,
)

_E = r"(?![\w])"
_B = r"(?<![\w$£€])"
_APPROX = {
    "about": "APPROX", "some": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
}  # fmt: skip
APPROX = r"(?P<approx>" + "|".join(k.replace(" ", r"\s+") for k in _APPROX) + r")\s+"


def _unit(word: str) -> tuple[str, int, bool]:
    word = word.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and word[:-1] in UNITS:
        word = word[:-1]
    return UNITS[word]


def _duration_value(amount: int | float | None, unit_word: str) -> str:
    letter, mult, clock = _unit(unit_word)
    if amount is None:
        n = "X"
    else:
        total = amount * mult
        n = str(int(total)) if float(total).is_integer() else str(total)
    return f"PT{n}{letter}" if clock else f"P{n}{letter}"


def _day_value(ctx: Context, day: dt.date, pod: str | None) -> Norm:
    ctx.last_day = day
    if pod:
        return Norm("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[pod.lower()]}")
    return Norm("DATE", day.isoformat())


_DAY_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _dayword(m: re.Match[str], ctx: Context) -> Norm | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    pod = m["pod"] or ("night" if word == "tonight" else None)
    if word.startswith("the day before"):
        offset = -2
    elif word.startswith("the day after"):
        offset = 2
    else:
        offset = _DAY_OFFSET[word]
    if ctx.anchor is None:
        return Norm(
            "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{PARTS_OF_DAY[pod]}" if pod else "")
        )
    return _day_value(ctx, ctx.anchor + dt.timedelta(days=offset), pod)


def _part_of_day(m: re.Match[str], ctx: Context) -> Norm | None:
    offset = -1 if m["rel"].lower() == "last" and m["pod"].lower() == "night" else 0
    if ctx.anchor is None:
        return Norm("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    return _day_value(ctx, ctx.anchor + dt.timedelta(days=offset), m["pod"])


_REL_SHIFT = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
_UNIT_CODE = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y"}
_UNIT_CODE.update({"decade": "DE", "century": "CE", "fiscal year": "Y", "financial year": "Y"})


# the units "the following ..." may count in from a day, a month or a year named before
_FINER = {
    "day": frozenset({"W", "WE", "M", "Q", "Y"}),
    "month": frozenset({"M", "Q", "Y"}),
    "year": frozenset({"Y"}),
}


def _relunit(m: re.Match[str], ctx: Context) -> Norm | None:
    groups = m.groupdict()
    rel = (groups.get("rel") or "").lower()
    unit = re.sub(r"\s+", " ", m["unit"].lower())
    code = _UNIT_CODE[unit]
    mod = mod_of(m["mod"])
    if rel == "same":
        return None  # an anaphor whose antecedent we do not track
    if rel == "past" or (
        code in ("DE", "CE") and groups.get("the") and rel in ("next", "last", "following")
    ):
        return Norm("DURATION", _duration_value(1, unit))
    if ctx.anchor is None:
        return Norm("DATE", cal.unanchored(code), mod)
    shift = _REL_SHIFT.get(rel, 0)
    ref = ctx.last_ref
    if rel in ("following", "previous") and ref is not None and code in _FINER[ref[0]]:
        # "signed it on May 7 ... ratified it the following week": told from the day named
        return Norm("DATE", cal.shift(ref[1], shift, code), mod)
    # "by the end of the year" in a past clause early in a year means the one just ended
    just_ended = ctx.anchor.month <= 3 and ctx.tense(m.start(), m.end()) == "past"
    if not rel and mod == "END" and code == "Y" and just_ended:
        shift = -1
    return Norm("DATE", cal.shift(ctx.anchor, shift, "Y" if code == "Y" else code), mod)


def _ago(m: re.Match[str], ctx: Context) -> Norm | None:
    letter, mult, clock = _unit(m["unit"])
    if clock:
        return None
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if m["n"] is None:
        # "years ago" is a vague past; bare "days later" is left to the duration rules
        return Norm("DATE", "PAST_REF") if direction == "ago" else None
    amount = number_value(m["n"])
    follow = ctx.word_after(m.end())
    if direction in ("after", "before") and _FOLLOWED_BY_WORD.match(ctx.text, m.end()):
        return None  # "two years after the war": a duration, read by the duration rule
    if follow == "than":
        return None  # "a month earlier than usual"
    back = direction in ("ago", "earlier", "before")
    ref = ctx.anchor if direction in ("ago", "from now", "hence") else (ctx.last_day or ctx.anchor)
    if amount is None or amount == 0:
        return Norm("DATE", "PAST_REF" if back else "FUTURE_REF")
    if ref is None:
        return Norm("DATE", cal.unanchored(letter))
    amount *= mult
    if letter == "D":
        day = ref + dt.timedelta(days=-amount if back else amount)
        ctx.last_day = day
        return Norm("DATE", day.isoformat())
    return Norm("DATE", cal.shift(ref, -amount if back else amount, letter))


_FOLLOWED_BY_WORD = re.compile(r"\s+[\w$£€\"“]")
_SET_BEFORE = re.compile(
    r"(?:\d|once|twice|times|per|a\s+head|million|billion|trillion|percent|%)\W*$", re.IGNORECASE
)


def _duration(m: re.Match[str], ctx: Context) -> Norm | None:
    n_text = m["n"].lower()
    unit = m["unit"].lower()
    if (n_text in ("a", "an") and unit in ("second", "quarter")) or n_text == "half a":
        return None  # "a second term", "a quarter of voters"
    if n_text in ("a", "an") and _SET_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return Norm("SET", _duration_value(1, unit))  # "$5 billion a year", "twice a week"
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None  # "a 5-year-old", "children aged 6 months and older"
    amount: float | None = None
    if not (n_text in VAGUE_NUMBERS or n_text.startswith(("several", "few", "many"))):
        amount = number_value(n_text.replace(",", ""))
        if amount is None:
            try:
                amount = float(n_text.replace(",", ""))
            except ValueError:
                return None
    approx = re.sub(r"\s+", " ", m["approx"].lower()) if m["approx"] else ""
    mod = _APPROX.get(approx)
    # TimeML leaves comparative bounds outside the extent but keeps "about", "nearly"
    start = (
        m.start("n") if approx in ("more than", "less than", "at least", "up to", "over") else None
    )
    if amount is not None and m["half"]:
        amount += 0.5
    return Norm("DURATION", _duration_value(amount, unit), mod, start=start)


_AGE_AFTER = re.compile(r"[\s-]+(?:and\s+)?(?:old|older|younger|of\s+age)\b", re.IGNORECASE)
_PLURAL_CUES = frozenset(
    [
        "for",
        "over",
        "within",
        "in",
        "after",
        "took",
        "take",
        "takes",
        "taking",
        "lasted",
        "last",
        "lasts",
        "spent",
        "spend",
    ]
)
_SWEEPING = frozenset({"over", "throughout", "through", "across"})


def _bare_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    pre = (m["pre"] or "").lower()
    if pre == "the":
        if ctx.word_before(m.start()) not in _SWEEPING:
            return None
    elif (
        not pre
        and ctx.word_before(m.start()) not in _PLURAL_CUES
        and ctx.word_after(m.end()) not in ("before", "after", "later", "earlier")
    ):
        return None
    if not m["pre"] and ctx.word_after(m.end()) in ("of", "ago", "old"):
        return None
    return Norm("DURATION", _duration_value(None, m["unit"]))


_ZONES_UTC = frozenset({"gmt", "utc", "z"})


def _clock(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["ss"] and not m["ampm"]:
        h, mi, s = int(m["hh"]), int(m["mi"]), int(m["ss"])
        return Norm("DURATION", f"PT{h}H{mi}M{s}S" if h else f"PT{mi}M{s}S")
    if not (m["mi"] or m["ampm"] or m["noon"] or m["mil"]):
        return None
    if m["mil"]:
        hh, mi = int(m["mil"][:2]), int(m["mil"][2:])
    elif m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        hh, mi = int(m["hh"]), int(m["mi"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    zone = "Z" if (m["tz"] or "").lower() in _ZONES_UTC else ""
    if m["wd"] and ctx.anchor is not None:
        day: dt.date | None = cal.weekday_date(
            ctx.anchor, weekday_number(m["wd"]), ctx.tense(m.start(), m.end()), None
        )
    elif m["dw"]:
        day = (
            None
            if ctx.anchor is None
            else ctx.anchor + dt.timedelta(days=_DAY_OFFSET[m["dw"].lower()])
        )
    else:
        day = ctx.last_day or ctx.anchor
    date_part = day.isoformat() if day else "XXXX-XX-XX"
    clock = f"{hh:02d}:{mi:02d}" if mi or m["mi"] or m["mil"] else f"{hh:02d}"
    return Norm("TIME", f"{date_part}T{clock}{zone}")


_SET_UNIT = {
    "day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
    "quarter": "P3M", "hour": "PT1H", "minute": "PT1M", "weekend": "XXXX-WXX-WE",
    "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV",
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H",
}  # fmt: skip


def _set(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["adv"]:
        word = m["adv"].lower()
        tok = ctx.token_at(m.start())
        if word == "daily" and tok is not None and tok.pos == "ADJ":
            return None  # "the daily newspaper": a name, not a frequency
        return Norm("SET", _SET_UNIT[word])
    unit = m["unit"].lower()
    if unit in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[unit]}")
    if unit in _SET_UNIT:
        return Norm("SET", _SET_UNIT[unit])
    return Norm("SET", f"XXXX-WXX-{weekday_number(unit)}")


_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "the time being": "PRESENT_REF",
    "at present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "at the time": "PAST_REF", "at that time": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "shortly": "FUTURE_REF", "recent": "PAST_REF",
}  # fmt: skip


def _ref(m: re.Match[str], ctx: Context) -> Norm | None:
    word = re.sub(r"\s+", " ", m["w"].lower()).removeprefix("very ")
    if word == "the past" and ctx.word_after(m.end()) in (
        "few", "several", "two", "three", "four", "five", "month", "week", "year", "decade", "day",
    ):  # fmt: skip
        return None
    if word == "recent" and ctx.word_before(m.start()) in ("most", "more", "the", "a", "its"):
        return None  # "its most recent model": an ordering, not a time
    if word == "now" and ctx.char_after(m.end()) == "-":
        return None  # "now-defunct"
    if word in ("soon", "shortly") and ctx.word_after(m.end()) in ("after", "before"):
        return None  # "soon after the vote" relates to the vote, not the present
    return Norm("DATE", _REFS[word])


_DAY_CUES = frozenset(
    [
        "on",
        "for",
        "during",
        "throughout",
        "of",
        "in",
        "end",
        "ends",
        "ended",
        "ending",
        "close",
        "closed",
        "closing",
        "finish",
        "finished",
        "finishing",
        "opened",
        "began",
        "started",
    ]
)


def _weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.word_before(m.start()) not in ("over", "during", "at", "on", "by", "until"):
        return None
    if ctx.anchor is None:
        return Norm("DATE", "XXXX-WXX-WE")
    saturday = cal.weekday_date(ctx.anchor, 6, ctx.tense(m.start(), m.end()), None)
    return Norm("DATE", cal.week_value(saturday) + "-WE")


def _anaphoric_day(m: re.Match[str], ctx: Context) -> Norm | None:
    pre = re.sub(r"\s+", " ", m["pre"].lower())
    if pre.endswith("in the"):
        pre = "the same"  # "late in the day"
    elif pre == "the" and (
        ctx.word_before(m.start()) not in _DAY_CUES
        or ctx.word_after(m.end()) in ("of", "before", "after", "when", "that", "on", "in", "'s")
    ):
        return None
    ref = ctx.last_day or ctx.anchor
    if ref is None:
        return Norm("DATE", "XXXX-XX-XX")
    offset = {"the following": 1, "the next": 1, "the previous": -1}.get(pre, 0)
    pod = m["unit"] if m["unit"].lower() != "day" else None
    return _day_value(ctx, ref + dt.timedelta(days=offset), pod)


def _day_around(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "Hamas had fired rockets the day before": a day from the last day named (else the
    publication day), when nothing follows the phrase that it would relate ("the day before
    the vote" is read by the clause, not here)."""
    ref = ctx.last_day or ctx.anchor
    if ref is None:
        return Norm("DATE", "XXXX-XX-XX")
    offset = -1 if m["dir"].lower() == "before" else 1
    return _day_value(ctx, ref + dt.timedelta(days=offset), None)


_WD = WEEKDAY.format(g="wd")
_SINGULAR_KEYS = (
    "second minute hour day night week weekend fortnight month quarter year decade century"
)
_PLURAL_KEYS = (
    "seconds minutes hours days nights weeks weekends fortnights months quarters years decades "
    "centuries"
)
_REF_KEYS = (
    "now currently nowadays days being present recently lately past time soon future term "
    "shortly recent"
)
# "six straight days", "five trading days", "two consecutive quarters"
_UNIT_ADJ = r"(?:consecutive|straight|successive|full|trading|business|working|calendar|long)"
RULES: list[Rule] = [
    compile_rule(
        "weekend",
        "weekend",
        rf"{_B}the\s+weekend{_E}",
        _weekend,
    ),
    compile_rule(
        "dayword",
        "yesterday today tomorrow tonight",
        rf"(?:(?:earlier|later)\s+)?{_B}(?P<w>yesterday|today|tomorrow|tonight|"
        r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
        rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{_E}",
        _dayword,
    ),
    compile_rule(
        "part_of_day",
        "morning afternoon evening night",
        rf"{_B}(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night){_E}",
        _part_of_day,
    ),
    compile_rule(
        "relunit",
        "week weekend month quarter year decade century",
        r"(?:(?P<mod>earlier|later|early|late|mid|(?:the\s+)?(?:very\s+)?"
        r"(?:beginning|start|end|middle|close|turn)\s+of)(?:\s+|-))?(?:(?P<the>the)\s+)?"
        rf"{_B}(?P<rel>last|next|this|past|previous|coming|following|current|same|present)\s+"
        rf"(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year|financial\s+year)"
        rf"{_E}",
        _relunit,
    ),
    compile_rule(
        "mod_unit",
        "year month week decade century",
        r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of"
        rf"(?:\s+the)?)\s+(?P<unit>year|month|week|decade|century){_E}",
        _relunit,
    ),
    compile_rule(
        "ago",
        "ago earlier before later after",
        rf"(?:(?:{APPROX})?{_B}(?P<n>{NUMBER})[\s-]+)?(?:{_UNIT_ADJ}\s+)?"
        rf"(?P<unit>{UNIT}|centuries|weekends)s?\s+"
        rf"(?P<dir>ago|earlier|before|later|after){_E}",
        _ago,
    ),
    compile_rule(
        "duration",
        _SINGULAR_KEYS + " " + _PLURAL_KEYS,
        rf"(?:the\s+(?:(?:past|last|next|previous|first|coming|final|following|remaining|"
        rf"initial|latest)\s+)?)?(?:{APPROX}|a\s+mere\s+)?(?<![\w$£€-])(?P<n>{NUMBER})"
        rf"(?P<half>\s+and\s+a\s+half)?[\s-]+(?:{_UNIT_ADJ}\s+)?"
        rf"(?P<unit>{UNIT}|centuries)s?'?(?![\w-])",
        _duration,
    ),
    compile_rule(
        "bare_plural",
        _PLURAL_KEYS,
        rf"(?:{_B}(?P<pre>recent|coming|past|previous|following|ensuing|intervening|the)\s+)?"
        rf"{_B}(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades){_E}",
        _bare_plural,
    ),
    compile_rule(
        "clock",
        "#digit noon midnight midday",
        rf"(?<![\w:.$£€])(?:(?P<hh>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?"
        r"\s*(?P<ampm>[ap]\.m\.|[ap]m)?|(?P<noon>noon|midnight|midday)|"
        r"(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?=\s+(?:GMT|UTC)))"
        r"(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|ET|PT|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?:{_WD}|(?P<dw>yesterday|today|tomorrow)))?(?![\w:])",
        _clock,
    ),
    compile_rule(
        "set",
        "every each daily nightly weekly biweekly monthly quarterly annually yearly hourly annual",
        rf"{_B}(?:every|each)\s+(?:other\s+)?(?P<unit>day|night|week|weekend|month|year|quarter|"
        rf"morning|afternoon|evening|hour|minute|summer|winter|spring|autumn|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        rf"{_E}|{_B}(?P<adv>daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|"
        rf"hourly|annual){_E}",
        _set,
    ),
    compile_rule(
        "ref",
        _REF_KEYS,
        rf"{_B}(?P<w>now|currently|nowadays|these\s+days|right\s+now|the\s+time\s+being|"
        r"at\s+present|recently|lately|the\s+past|at\s+the\s+time|at\s+that\s+time|(?:very\s+)?soon|"
        r"the\s+(?:near\s+)?future|the\s+(?:near|long|short|medium)\s+term|shortly|recent)"
        rf"{_E}",
        _ref,
    ),
    compile_rule(
        "day_around",
        "day",
        rf"{_B}the\s+day\s+(?P<dir>before|after)(?=\s*(?:[.,;:!?)]|$))",
        _day_around,
    ),
    compile_rule(
        "anaphoric_day",
        "day morning afternoon evening night",
        rf"{_B}(?P<pre>that|the\s+same|the\s+following|the\s+next|the\s+previous|"
        r"(?:early|late|later|earlier)\s+in\s+the|the)\s+"
        rf"(?P<unit>day|morning|afternoon|evening|night){_E}",
        _anaphoric_day,
    ),
]
