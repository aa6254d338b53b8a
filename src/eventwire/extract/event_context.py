"""Context a sentence leaves out, read from the article around it.

Wire copy names its actors once and then leans on the reader: "the group said it would ...",
"the State Duma ratified it", "police detained 22 people" (whose police? the dateline says),
"Thailand's army said Cambodian troops opened fire" (on whom? on the speaker's side). These
functions fill such gaps from the speaker, the agreement the article is about, the dateline and
the story's lead, each for the phenomenon its docstring names.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from eventwire.coding.cameo import FORCE_ROOTS
from eventwire.extract.event_doers import NOT_DOERS, reporting_clause, subject_of
from eventwire.extract.event_locals import domestic
from eventwire.extract.event_match import Match
from eventwire.extract.event_roles import ActorIndex
from eventwire.extract.event_structure import Tree, token_starting_at
from eventwire.extract.timex.dating import bounded_by_a_day, told_days
from eventwire.models import (
    ActorMention,
    Event,
    EventDate,
    Modality,
    ParsedArticle,
    TimeExpression,
)


@dataclass(slots=True)
class Draft:
    """One coded act before pairs are split out and repeats merged."""

    match: Match
    sources: list[ActorMention]
    targets: list[ActorMention]
    negated: bool
    modality: Modality
    reported_by: ActorMention | None
    code: str


def story_days(
    parsed: ParsedArticle, events: list[Event], timexes: Sequence[TimeExpression] = ()
) -> list[Event]:
    """An undated past act in a wire story happened on the day its paragraph last named or,
    failing that, the day the lead names, not on the day of publication: "(Saturday lead) ...
    Vucic praised the police"; "Pakistan on Thursday denied any role. Its security committee
    closed the airspace" (Thursday, whatever day the lead gave). A paragraph that names an
    older day, week or month ("On Nov. 10, Iraqi forces raided a hideout. They killed five")
    carries it to its own later acts."""
    published = parsed.article.published
    if not events or published is None:
        return events
    first = min(e.sentence for e in events)
    # the lead: the first sentence with an act, or the one after it
    lead = next(
        (e.date for e in events if e.sentence <= first + 1 and _recent_day(e.date, published)),
        None,
    )
    if lead is not None and lead.start == published:
        lead = None  # the publication day itself: nothing to move
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(parsed.article.text)]
    named: dict[int, EventDate] = {}  # paragraph -> the last day it named
    dated: dict[str, EventDate] = {}
    told = told_days(parsed, timexes)
    for e in sorted(events, key=lambda e: e.trigger.start):
        paragraph = bisect.bisect_right(breaks, e.trigger.start)
        while told and told[0][0] < e.trigger.start:
            at, told_day = told.pop(0)
            if _recent_day(told_day, published) or _past_date(told_day, published):
                named[bisect.bisect_right(breaks, at)] = told_day
        if _recent_day(e.date, published) or _past_date(e.date, published):
            named[paragraph] = cast(EventDate, e.date)
        elif e.date is not None and e.date.source == "published":
            day = named.get(paragraph, lead)
            k = token_starting_at(parsed.tokens, e.trigger.start)
            if day is None or k is None or parsed.tokens[k].tag != "VBD":
                continue
            if bounded_by_a_day(parsed, k, timexes):
                continue  # "issued a warrant last Monday, after he ignored ...": before it
            dated[e.id] = day
    return [dataclasses.replace(e, date=dated[e.id]) if e.id in dated else e for e in events]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _past_date(date: EventDate | None, published: dt.date) -> bool:
    """A stretch the text names that ended before publication ("On Nov. 10, ...", "Last
    month, ..."): the paragraph's next undated past act is told on it too."""
    return (
        date is not None
        and date.source == "text"
        and date.granularity in ("day", "week", "month")
        and date.end is not None
        and date.end < published
    )


def _recent_day(date: EventDate | None, published: dt.date) -> bool:
    """A day the text names, from two days before publication up to it."""
    return (
        date is not None
        and date.source == "text"
        and date.granularity == "day"
        and date.start is not None
        and 0 <= (published - date.start).days <= 2
    )


def fold_purposes(tree: Tree, drafts: list[Draft]) -> list[Draft]:
    """ "met Assad to discuss ...", "fired tear gas to disperse the crowds": an act's purpose
    clause is that act, not a second one; the purpose lends it a target it lacks. Likewise
    "condemned the strike, calling it an execution": one criticism, said twice. A speech
    participle with no target of its own addresses whom its clause does ("demanded that China
    return the rifles, calling it piracy": China)."""
    toks = tree.tokens
    deps = tree.deps
    by_token = {d.match.token: d for d in drafts}
    kept: list[Draft] = []
    for d in drafts:
        i = d.match.token
        head = by_token.get(toks[i].head)
        advcl = deps[i] == "advcl"
        # "telephoned Mubarak to discuss the crisis": the parser's xcomp, an act of its kind
        same_kind = head is not None and head.code[:2] == d.code[:2]
        purpose = (advcl or (deps[i] == "xcomp" and same_kind)) and tree.is_to_infinitive(i)
        restated = (
            advcl and toks[i].tag == "VBG" and head is not None and head.code[:2] == d.code[:2]
        )
        if (purpose or restated) and head is not None and head is not d:
            if not head.targets:
                head.targets = d.targets
            if purpose and _mission(head.code) and d.code[:2] == _INVESTIGATED:
                # "dispatched military and civilian personnel to Bosnia to investigate the
                # ceasefire violations", "a UN team arrived in Rwanda to investigate reports of
                # massacres": a mission sent or come to look into something investigates
                head.code = d.code
            continue
        if advcl and toks[i].tag == "VBG" and not d.targets and i > toks[i].head:
            # (not a participle that opens the sentence: "Defying calls for restraint, Iran
            # fired missiles at Israel" defies the callers, not Israel)
            outer = by_token.get(reporting_clause(tree, toks[i].head) or -1)
            lender = head if head is not None and head.targets else outer
            if lender is not None and lender is not d:
                d.targets = [t for t in lender.targets if t not in d.sources]
        kept.append(d)
    return kept


_SENT = "15"  # forces or personnel sent (154)
_VISITS = frozenset({"042", "043"})  # a visit made or hosted
_INVESTIGATED = "09"


def _mission(code: str) -> bool:
    """Whether an act of ``code`` can carry a mission: people sent, or a visit."""
    return code[:2] == _SENT or code[:3] in _VISITS


ACCUSATION = "112"


# words naming armed groups that are no state: force on them is not on a claimant's state
ARMED_GROUPS = frozenset(
    {"guerrilla", "rebel", "insurgent", "militant", "separatist", "militia", "jihadist"}
)
_STATE_ROLES = frozenset({"", "GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


_ACTED_ON = frozenset({"dobj", "prep", "pobj", "conj", "compound", "amod", "poss"})


# ships and shipping: force on them is on whoever's flag they fly, not on a speaker's state
_VESSELS = frozenset({"ship", "tanker", "vessel", "shipping", "freighter", "carrier", "boat"})


def on_armed_group(tree: Tree, i: int) -> bool:
    """The act's objects name an armed group that is no state ("fire against guerrilla
    camps", "captured a rebel stronghold") or a ship ("fired a missile at a tanker, Central
    Command said": not at the United States)."""
    return _objects_name(tree, i, ARMED_GROUPS) or on_a_vessel(tree, i)


def on_a_vessel(tree: Tree, i: int) -> bool:
    """The act's objects name a ship or shipping: "attacks on shipping", "fired at a tanker"."""
    return _objects_name(tree, i, _VESSELS)


def _objects_name(tree: Tree, i: int, words: frozenset[str]) -> bool:
    frontier = [i]
    for _ in range(6):
        frontier = [g for c in frontier for g in tree.kids[c] if tree.deps[g] in _ACTED_ON]
        if any(tree.lemmas[g] in words for g in frontier):
            return True
    return False


def claim_of(draft: Draft, accuse: bool, on_armed_group: bool = False) -> Draft | None:
    """ "Thailand's army said Cambodian troops opened fire": force (roots 18-20) that a coded
    state speaker reports of a coded doer from another country is done to the speaker when no
    one else is named, nor an armed group ("captured a guerrilla stronghold, Thai police
    said" is no act on Thailand). With ``accuse``, the speaker also accuses the doer, as
    PETRARCH-2 codes it; a speaker reporting its own side's act accuses nobody."""
    reporter = draft.reported_by
    if (
        reporter is None
        or not reporter.country
        or not reporter.country.isalpha()
        or (reporter.code or "")[3:6] not in _STATE_ROLES  # observers report, states accuse
        or draft.code[:2] not in FORCE_ROOTS
        or draft.negated
        or draft.modality != "asserted"
    ):
        return None
    doers = [a for a in draft.sources if a.country and a.country != reporter.country]
    if not doers or len(doers) != len(draft.sources):
        return None
    if not draft.targets and not on_armed_group:
        draft.targets = [dataclasses.replace(reporter, code=reporter.country, rule="claimant")]
    elif draft.targets and all(not a.country for a in draft.targets):
        # "Lebanon's health ministry said Israeli strikes killed 12 people": its own people
        draft.targets = [domestic(a, reporter.country) for a in draft.targets]
    if not accuse:
        return None
    return Draft(draft.match, [reporter], doers, False, "asserted", None, ACCUSATION)


CLAIM_OF_RESPONSIBILITY = "015"
# Speech verbs by which a doer owns its act: "the group claimed that it had attacked".
CLAIMING_VERBS = frozenset({"claim", "admit", "acknowledge", "confess"})
# Verbs that own up to what is told even when it names no doer: "admitted that the journalist
# was killed" (not "claimed", which of a doerless act is as often an accusation)
_ADMITTING_VERBS = frozenset({"admit", "acknowledge", "confess"})


def responsibility_of(draft: Draft, verb: str) -> Draft | None:
    """ "The rebels claimed that they had shelled the town": besides the shelling, the rebels
    claim responsibility for it (CAMEO 015), as PETRARCH-2 codes it. Only for force (roots
    18-20) that its own doer reports with a verb of claiming, or that a state admits with no
    doer named ("admitted that the journalist was killed"), unless the dead are its own
    ("admitted that two of its soldiers were killed" owns up to losses, not to a killing)."""
    reporter = draft.reported_by
    if (
        verb not in CLAIMING_VERBS
        or reporter is None
        or not reporter.country
        or draft.code[:2] not in FORCE_ROOTS
        or draft.negated
        or draft.modality != "asserted"
    ):
        return None
    if not draft.sources:
        if verb not in _ADMITTING_VERBS or any(
            a.country == reporter.country for a in draft.targets
        ):
            return None
    elif any(a.country != reporter.country for a in draft.sources):
        return None
    return Draft(
        draft.match,
        [reporter],
        list(draft.targets),
        False,
        "asserted",
        None,
        CLAIM_OF_RESPONSIBILITY,
    )


# "the group said it would continue talks": a definite collective subject in reported speech
# that names no actor is the speaker's own organisation
_COLLECTIVES = frozenset(
    {
        "group",
        "movement",
        "bloc",
        "alliance",
        "organization",
        "organisation",
        "party",
        "government",
        "country",
        "ministry",
        "administration",
        "coalition",
        "union",
    }
)


# Verbs of what two sides do together: "a deal was reached / signed with X" (not "strike":
# "was struck with missiles").
_DONE_TOGETHER = frozenset({"reach", "agree", "sign", "conclude", "negotiate"})


def speaker_sources(
    tree: Tree, i: int, sources: list[ActorMention], reporter: ActorMention
) -> list[ActorMention]:
    """Sources of a reported act, read with the speaker: "Peru said it would sign" (it = the
    speaker), "the group said it would ..." likewise, and "the Thai prime minister said
    Thailand would not accept mediation": the state a government speaks for acts through that
    government."""
    toks = tree.tokens
    deps = tree.deps
    if not sources:
        if (
            tree.lemmas[i] in _DONE_TOGETHER
            and tree.is_passive(i)
            and any(p == "with" for p, _ in tree.preps(i))
        ):
            # "an agreement was reached with Iran, the EU said": done with another, told by
            # the one who did it (not "was hit with rockets", an instrument)
            return [reporter]
        subj = subject_token(tree, i)
        if subj is None:
            return sources
        if toks[subj].pos == "PRON":
            return [reporter]
        definite = any(tree.lemmas[c] in ("the", "this") for c in tree.kids[subj])
        if (
            toks[subj].pos == "NOUN"
            and definite
            and tree.lemmas[subj] in _COLLECTIVES
            and deps[i] != "advcl"  # "would not meet until the group backed down": the other
        ):
            return [reporter]
        return sources
    if reporter.country and reporter.country.isalpha():
        sources = [_first_person(tree, a, reporter.country) for a in sources]
    code = reporter.code or ""
    if len(code) >= 6 and code[3:6] == "GOV" and code[:3].isalpha():
        return [
            dataclasses.replace(a, code=code[:6], rule=f"{a.rule}+speaker")
            if a.code == a.country and a.country == code[:3]
            else a
            for a in sources
        ]
    return sources


_PLURAL_PRONOUNS = frozenset({"they", "we"})
_FIRST_PERSON = frozenset({"our", "my"})


def _first_person(tree: Tree, actor: ActorMention, country: str) -> ActorMention:
    """ "'Our forces shot down four drones,' the Ukrainian air force said": a role with no
    country that the speaker calls their own is of the speaker's country."""
    code = actor.code or ""
    if actor.country or not code.startswith("---"):
        return actor
    if not any(tree.lemmas[c] in _FIRST_PERSON for c in tree.kids[actor.head]):
        return actor
    return dataclasses.replace(
        actor, code=country + code[3:], country=country, rule=f"{actor.rule}+speaker"
    )


def joint_speakers(
    tree: Tree, index: ActorIndex, sources: list[ActorMention], reporter: ActorMention
) -> list[ActorMention]:
    """ "Peru and Chile said they would ...": "they" is every speaker, not the first one the
    pronoun resolved to."""
    if len(sources) != 1 or tree.lemmas[sources[0].head] not in _PLURAL_PRONOUNS:
        return sources
    speakers = index.at(reporter.head)
    return speakers if len(speakers) > 1 and reporter in speakers else sources


AGREEMENTS = frozenset(
    {"treaty", "pact", "agreement", "accord", "deal", "convention", "protocol", "armistice"}
)


def _agreement_object(tree: Tree, i: int) -> bool:
    """The trigger acts on an agreement named before: "ratified it", "the treaty was signed"."""
    toks = tree.tokens
    deps = tree.deps
    for c in tree.kids[i]:
        dep = deps[c]
        if dep not in ("dobj", "nsubjpass"):
            continue
        if toks[c].pos == "PRON" and tree.lemmas[c] in ("it", "this"):
            return True
        if tree.lemmas[c] in AGREEMENTS and any(
            tree.lemmas[d] in ("the", "this", "that") for d in tree.kids[c]
        ):
            return True
    # "the treaty, first signed in Moscow"
    return deps[i] == "acl" and tree.lemmas[toks[i].head] in AGREEMENTS


def agreement_parties(tree: Tree, drafts: list[Draft]) -> None:
    """ "The pact was signed in Pyongyang", "the State Duma ratified it": a signing of the
    agreement the article is about is between the parties its first signing named."""
    parties: list[ActorMention] = []
    for draft in drafts:
        signing = draft.code == "057"
        if not signing and draft.code[:2] not in ("03", "05"):
            continue
        if signing and draft.sources and draft.targets:
            if not parties:
                parties = [*draft.sources[:1], *draft.targets[:1]]
            continue
        comp = draft.match.complement
        about = _agreement_object(tree, draft.match.token) or (
            comp is not None and _agreement_object(tree, comp)  # "ready to sign the deal"
        )
        if not parties or not about or (not signing and not draft.sources):
            continue
        if not draft.sources:
            draft.sources = list(parties)
        elif not draft.targets and draft.code != "051":
            # (praise of the deal, "called the agreement a turning point", is of the deal)
            own = {a.country for a in draft.sources}
            draft.targets = [p for p in parties if p.country and p.country not in own][:1]


def subject_token(tree: Tree, i: int) -> int | None:
    tok = tree.tokens[i]
    if tok.pos == "VERB":
        return subject_of(tree, i)
    if tok.pos == "NOUN" and tok.dep == "dobj" and tree.lemmas[tok.head] not in NOT_DOERS:
        # "would continue talks": the continuer; not "called the investigation a farce"
        return subject_of(tree, tok.head)
    if tok.pos == "ADJ":
        subj = tree.child(i, frozenset({"nsubj"}))
        if subj is None and tok.dep in ("acomp", "oprd", "xcomp"):
            return subject_of(tree, tok.head)
        return subj
    return None


# CAMEO codes of actors that belong to no state: IGOs, NGOs, companies, militant groups.
TRANSNATIONAL = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "---"})


GATHERINGS = frozenset({"140", "141", "142", "143"})  # demonstrations, hunger strikes, strikes
