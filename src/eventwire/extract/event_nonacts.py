"""Mentions that are no act of their own, one trigger at a time.

A present-tense relative clause describes who an actor is ("who backs the opposition"); a
definite agreement someone "announced" or "confirmed" is the parties' act told again; "the next
summit will take place" is a schedule; what a signed text commits to, what a restriction is on,
an unattributed war named as background ("over the war") or as what sympathy is for ("grief at
the shooting"), aid announced, and a nominal act inside a threat's or promise's content are no
acts of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.coding.cameo import FORCE_ROOTS
from eventwire.extract.event_match import Match
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import OBJECTS

# verbs whose definite object is an act already told: "announced the deal"
_TELLING = frozenset({"announce", "confirm", "unveil", "publish", "detail", "outline"})


# nominal acts that are done by parties to them, not by whoever announces them
_PARTY_ROOTS = frozenset({"03", "04", "05", "08"})
_EASED_MEASURES = ("081", "085")  # restrictions and sanctions eased


_PRESENT = frozenset({"VBZ", "VBP"})


def standing_stance(tree: Tree, i: int) -> bool:
    """ "Zourabichvili, who sides with the opposition": a present-simple verb in a relative
    clause, with no auxiliary and no time of its own, is a standing state or habit."""
    toks = tree.tokens
    deps = tree.deps
    tok = toks[i]
    if tok.dep != "relcl" or tok.tag not in _PRESENT:
        return False
    for c in tree.kids[i]:
        if deps[c] in ("aux", "auxpass") or toks[c].ent_type in ("DATE", "TIME"):
            return False
    return True


def announced_act(tree: Tree, match: Match) -> bool:
    """ "the envoy announced the agreement", "the minister confirmed the truce": a definite
    agreement, talks or ceasefire that is the object of telling is the parties' act, told
    again (an indefinite one, "announced a ceasefire", is declared by the one announcing)."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    tok = toks[i]
    if tok.pos != "NOUN" or tok.dep != "dobj" or match.code[:2] not in _PARTY_ROOTS:
        return False
    if match.code[:3] in _EASED_MEASURES:
        # "announced the easing of sanctions", "the lifting of martial law": the one who
        # imposed them eases
        return False
    if tree.lemmas[tok.head] not in _TELLING:
        return False
    # not "announced its withdrawal": an act whose owner is named is that owner's, whoever
    # tells of it (the possessive is its doer)
    return any(deps[c] == "det" and tree.lemmas[c] in ("the", "this", "that") for c in tree.kids[i])


_AHEAD = frozenset({"next", "upcoming", "coming"})


def scheduled_occasion(tree: Tree, match: Match) -> bool:
    """ "The next summit will take place in Ankara": a gathering ahead, as what the sentence
    is about, is a schedule, not anyone's stated intent to meet. So is a gathering named as
    the occasion of another meeting: "met Biden on the sidelines of the G20 summit"."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    if toks[i].pos != "NOUN" or match.code[:2] not in ("03", "04"):
        return False
    if deps[i] == "pobj" and tree.lemmas[toks[i].head] == "of":
        margin = toks[toks[i].head].head
        if tree.lemmas[margin] in _MARGINS and deps[margin] == "pobj":
            return True
    return deps[i] in ("nsubj", "nsubjpass") and any(tree.lemmas[c] in _AHEAD for c in tree.kids[i])


# "on the sidelines of the summit", "on the margins of the talks": the occasion of a meeting
_MARGINS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


# "ties since the invasion", "sanctions over the war": an earlier conflict as a reason or a
# starting point is background to the act the sentence reports
_BACKGROUND_PREPS = frozenset({"since", "over"})
# Verbs whose object is a subject of talk, not an act reported: "discussed the war".
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "mention", "cover"})


# "expressed grief at the shooting in Lima": an unattributed act whose victims are mourned
# is the occasion of the sympathy, told to say what it is for, not a report of its own
_SYMPATHY = frozenset(
    {"sorrow", "condolence", "sympathy", "grief", "sadness", "solidarity", "mourn", "grieve"}
)


# ... and "in protest at the war in Gaza", "outrage over the killings": what is protested,
# its doer unnamed, is the occasion of the protest
_OCCASIONS = _SYMPATHY | {"protest", "outrage", "anger", "fury", "indignation"}
_SYMPATHY_PREPS = frozenset({"for", "over", "at", "after", "about", "against"})


def background_conflict(tree: Tree, match: Match) -> bool:
    """A nominal use of force named only as the time since which, or the reason over which,
    something else is done, as what sympathy is offered for or a protest made at, or as what
    is discussed (its doer unnamed: a source makes it a report of its own)."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    if toks[i].pos != "NOUN" or match.code[:2] not in FORCE_ROOTS:
        return False
    if deps[i] in ("dobj", "conj"):
        # "discussed trade and the war in Ukraine": a topic talked about
        head = i
        while deps[head] == "conj" and toks[head].head != head:
            head = toks[head].head
        return deps[head] == "dobj" and tree.lemmas[toks[head].head] in TOPIC_VERBS
    if deps[i] != "pobj":
        return False
    prep = toks[i].head
    if tree.lemmas[prep] in _BACKGROUND_PREPS:
        return True
    if tree.lemmas[prep] not in _SYMPATHY_PREPS:
        return False
    holder = toks[prep].head  # "condolences over", or "offered condolences over" (the verb's)
    return tree.lemmas[holder] in _OCCASIONS or any(
        deps[c] in OBJECTS and tree.lemmas[c] in _SYMPATHY for c in tree.kids[holder]
    )


def in_protest(tree: Tree, i: int, matches: Mapping[int, Match]) -> bool:
    """ "recalled its ambassador in protest at the war": the idiom says why another act was
    done; no one demonstrated. ("were hurt in protests", with its plural or article, was.) An
    act no pattern names is the protest itself: "set himself ablaze in protest", "handed back
    their medals in protest"."""
    tok = tree.tokens[i]
    if tok.text.lower() != "protest" or tok.dep != "pobj" or tree.lemmas[tok.head] != "in":
        return False
    if any(tree.deps[c] == "det" for c in tree.kids[i]):
        return False
    verb = tree.tokens[tok.head].head
    return tree.tokens[verb].pos in ("VERB", "AUX") and verb in matches


# What is done to measures already in force: "defying Western sanctions", "sold oil despite US
# sanctions", "in violation of the embargo". The measure is the background of another act.
_DEFIED = frozenset(
    {"defy", "evade", "circumvent", "breach", "violate", "flout", "ignore", "bust", "skirt",
     "dodge", "break", "withstand", "weather"}
)  # fmt: skip
_DEFYING = frozenset({"defiance", "violation", "breach", "evasion", "circumvention"})
_MEASURES = ("163", "164")


def measure_in_force(tree: Tree, match: Match) -> bool:
    """A nominal sanction or embargo named as what another act defies or breaches, or as
    what it happens despite or under: imposed before, no imposition now."""
    toks = tree.tokens
    tok = toks[match.token]
    if tok.pos != "NOUN" or not match.code.startswith(_MEASURES):
        return False
    head = tok.head
    if tok.dep == "dobj":
        return tree.lemmas[head] in _DEFIED
    if tok.dep != "pobj":
        return False
    prep = tree.lemmas[head]
    if prep in ("despite", "under"):
        return True
    return prep == "of" and tree.lemmas[toks[head].head] in _DEFYING


# What takes away a thing others put up: "police removed roadblocks set up by truckers".
_CLEARING = frozenset({"remove", "dismantle", "clear", "bulldoze", "tear"})


def cleared_away(tree: Tree, i: int) -> bool:
    """A nominal act ("roadblocks", "the barricades") that is what a clearing verb takes
    away: whoever clears it did not put it up, and it stands no longer."""
    tok = tree.tokens[i]
    if tok.pos != "NOUN" or tok.dep not in ("dobj", "nsubjpass") or tok.head == i:
        return False
    return tree.lemmas[tok.head] in _CLEARING


_LONG_UNITS = frozenset({"month", "year", "decade"})
_SINCE = frozenset({"after", "since"})


def long_before(tree: Tree, i: int) -> bool:
    """ "pledged aid on Tuesday, two years after war broke out": a clause months or years
    before the act it dates is the history the story recalls, not its news (days and weeks
    before are news, dated from the governor: timex.dating)."""
    if tree.deps[i] != "advcl":
        return False
    marks = [c for c in tree.kids[i] if tree.deps[c] == "mark" and tree.lemmas[c] in _SINCE]
    # the distance hangs on the verb or on its "after" ("two years after Chile invaded")
    return (
        any(
            tree.deps[c] == "npadvmod" and tree.lemmas[c] in _LONG_UNITS
            for h in (i, *marks)
            for c in tree.kids[h]
        )
        if marks
        else False
    )


def described_long_ago(tree: Tree, i: int) -> bool:
    """ "the mayor, a Hamas member jailed over a year ago": an act months or years old in a
    clause that describes someone is who they are, not the story's news."""
    if tree.deps[i] not in ("acl", "relcl"):
        return False
    return any(
        tree.lemmas[c] == "ago"
        and any(tree.deps[u] == "npadvmod" and tree.lemmas[u] in _LONG_UNITS for u in tree.kids[c])
        for c in tree.kids[i]
    )


def told_since(tree: Tree, i: int) -> bool:
    """An act named as the time since which a state has held ("has not spoken in public since
    the rebels entered the city"): background the story told before, not news of its own."""
    toks = tree.tokens
    deps = tree.deps
    if deps[i] != "advcl" or not any(
        deps[c] == "mark" and tree.lemmas[c] == "since" for c in tree.kids[i]
    ):
        return False
    head = toks[i].head
    return any(deps[c] == "aux" and tree.lemmas[c] == "have" for c in tree.kids[head])


SIGN = "057"


def document_content(tree: Tree, i: int, matches: Mapping[int, Match]) -> bool:
    """ "signed a declaration committing both to end the conflict": what a signed text says
    it does is the signing's content, coded by the signing itself."""
    toks = tree.tokens
    tok = toks[i]
    if tok.tag != "VBG":
        return False
    if tok.dep == "advcl":  # "signed a declaration on Friday, committing ..."
        signing = matches.get(tok.head)
        return signing is not None and signing.code == SIGN
    doc = toks[tok.head]
    signing = matches.get(doc.head)
    return (
        tok.dep == "acl"
        and doc.dep in ("dobj", "nsubjpass")
        and signing is not None
        and signing.code == SIGN
    )


_LIMITS = frozenset(
    {"restriction", "ban", "curb", "limit", "limitation", "embargo", "moratorium", "freeze"}
)


def limited_matter(tree: Tree, match: Match) -> bool:
    """ "restrictions on defence cooperation with Baku": what a limit is on is its matter,
    not cooperation that took place."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    if toks[i].pos != "NOUN" or deps[i] != "pobj" or not "03" <= match.code[:2] <= "08":
        return False
    prep = toks[i].head
    return tree.lemmas[prep] in ("on", "of") and tree.lemmas[toks[prep].head] in _LIMITS


_PROMISING = frozenset({"announce", "unveil", "pledge", "promise", "offer"})


def promised_aid(tree: Tree, match: Match) -> bool:
    """ "announced 120 million pounds in new aid": aid announced is aid promised (03), not
    yet given (07)."""
    toks = tree.tokens
    deps = tree.deps
    j = match.token
    if toks[j].pos != "NOUN" or match.code[:2] != "07":
        return False
    if deps[j] == "pobj" and tree.lemmas[toks[j].head] in ("in", "of"):
        j = toks[toks[j].head].head  # "120 million pounds in aid" -> "pounds"
    return deps[j] == "dobj" and tree.lemmas[toks[j].head] in _PROMISING


def inside_framed(tree: Tree, i: int, matches: Mapping[int, Match]) -> bool:
    """ "threatened to make Madrid pay for it in trade talks": a nominal act inside what is
    threatened, promised or demanded is part of that content, not an act of its own; so is a
    verb down its infinitives ("refused to let Chile send aid", "urged Peru to allow planes to
    land and evacuate the wounded")."""
    toks = tree.tokens
    deps = tree.deps
    if toks[i].pos == "VERB":
        return _infinitive_of_framed(tree, i, matches)
    if toks[i].pos != "NOUN":
        return False
    j = tree.clause_head(i)
    if j != i and _framed_through_prep(tree, j, matches):
        return True
    for _ in range(3):
        if j == i or deps[j] not in ("xcomp", "ccomp"):
            return False
        head = toks[j].head
        framed = matches.get(head)
        if framed is not None:
            return framed.frame is not None
        j = head
    return False


def _framed_through_prep(tree: Tree, j: int, matches: Mapping[int, Match]) -> bool:
    """ "accused the services of funding the protests": what a frame charges or promises
    through a preposition (on its verb, or on the verb's object) is its content too."""
    toks = tree.tokens
    deps = tree.deps
    if deps[j] != "pcomp" or toks[toks[j].head].dep != "prep":
        return False
    head = toks[toks[j].head].head
    if head not in matches and deps[head] == "dobj":
        head = toks[head].head
    framed = matches.get(head)
    return framed is not None and framed.frame is not None


def _infinitive_of_framed(tree: Tree, i: int, matches: Mapping[int, Match]) -> bool:
    toks = tree.tokens
    deps = tree.deps
    own = matches.get(i)
    if own is not None and own.pattern.speech:
        return False  # "refused to step down and accused the party of ...": a speech act
    j = i
    for _ in range(4):
        dep = deps[j]
        if dep == "conj" and toks[j].head != j:
            if toks[j].tag in ("VBD", "VBZ", "VBP") and toks[toks[j].head].tag == "VB":
                return False  # a finite verb joined to an infinitive: the main clause's
            j = toks[j].head
            continue
        if j != i and j not in matches and _framed_through_prep(tree, j, matches):
            return True  # "accused the opposition of trying to seize power"
        if dep not in ("xcomp", "ccomp") or toks[j].head == j or (j != i and j in matches):
            return False
        head = toks[j].head
        framed = matches.get(head)
        if framed is not None:
            return framed.frame is not None and j != i
        j = head
    return False


# words that make an arrival a flight from danger: "arrived ... after being granted asylum"
_REFUGE = frozenset({"asylum", "exile", "refuge", "flee", "escape", "hiding", "persecution"})
_VISIT = "042"


def refuge_arrival(tree: Tree, match: Match) -> bool:
    """ "arrived in Madrid after Spain granted him asylum", "flew to Lima after fleeing
    arrests": reaching safety in exile is no visit (the grant of asylum is coded by itself)."""
    toks = tree.tokens
    deps = tree.deps
    i = match.token
    if match.code != _VISIT or toks[i].pos != "VERB":
        return False
    todo = [c for c in tree.kids[i] if deps[c] in ("advcl", "prep", "npadvmod")]
    seen = 0
    while todo and seen < 40:  # the adjuncts' words, bounded: a sentence, never the article
        c = todo.pop()
        seen += 1
        if tree.lemmas[c] in _REFUGE:
            return True
        todo.extend(tree.kids[c])
    return False


def visiting_guest(tree: Tree, match: Match) -> bool:
    """ "met here with visiting Jordanian Prime Minister Ragheb": the tagger reads "visiting" as
    a verb under "with", but it names the guest of the meeting, which is coded by itself."""
    toks = tree.tokens
    i = match.token
    head = toks[i].head
    return (
        match.code == _VISIT
        and toks[i].tag == "VBG"
        and tree.deps[i] == "pcomp"
        and tree.lemmas[head] == "with"
        and tree.lemmas[i] == "visit"
        and any(toks[c].ent_type == "PERSON" for c in tree.kids[i] if tree.deps[c] == "dobj")
    )


_EXPULSIONS = frozenset({"166", "174"})


# Words of a charge or a suspicion: the deed they name is alleged, not told as done.
_CHARGING = frozenset(
    {"suspect", "suspicion", "accuse", "accusation", "charge", "convict", "conviction",
     "indict", "indictment", "allege", "allegation", "blame", "wanted", "acquit",
     "jail", "imprison", "sentence", "try", "prosecute", "sue", "lawsuit", "suit"}
)  # fmt: skip
_CHARGE_PREPS = frozenset({"of", "for", "with", "over", "in"})


def charged_deed(tree: Tree, i: int) -> bool:
    """ "a woman suspected of killing Kim Jong Nam", "detained on suspicion of attacking a
    synagogue", "convicted two men of aiding the attackers": a deed named as what someone
    is charged with or suspected of is alleged, and the clause's doer (the police, the
    court) did not do it."""
    toks = tree.tokens
    tok = toks[i]
    if tok.dep in ("pcomp", "pobj") and _sentenced_to(tree, i):
        return True
    if tok.dep not in ("pcomp", "pobj") or tree.lemmas[tok.head] not in _CHARGE_PREPS:
        return False
    governor = toks[tok.head].head
    if governor == tok.head:
        return False
    if tree.deps[governor] == "dobj":  # "convicted two men of aiding": "of" hung on the men
        return tree.lemmas[governor] in _CHARGING or tree.lemmas[toks[governor].head] in _CHARGING
    return tree.lemmas[governor] in _CHARGING


_SENTENCING = frozenset({"sentence", "condemn"})


def _sentenced_to(tree: Tree, i: int) -> bool:
    """ "sentenced Saddam Hussein to death by hanging": the punishment a court names (what it
    sentences to, and by what means) is a ruling's content, not an execution done."""
    toks = tree.tokens
    k = i
    for _ in range(4):
        if toks[k].dep not in ("pcomp", "pobj"):
            return False
        prep = toks[k].head
        up = toks[prep].head
        if tree.lemmas[prep] in ("to", "by") and tree.lemmas[up] in _SENTENCING:
            return True
        if up == prep:
            return False
        k = up
    return False


# Nouns of seeking an act: what they are "for" is not done ("a U.S. push for a swift war").
_SEEKING = frozenset(
    {"push", "call", "bid", "plea", "appeal", "campaign", "drive", "pressure", "demand",
     "request", "clamour", "clamor", "lobbying", "case", "argument", "proposal", "plan",
     "way", "path", "groundwork", "stage"}
)  # fmt: skip


def sought_not_done(tree: Tree, i: int) -> bool:
    """ "opposed a U.S. push for a swift war against Iraq", "rejected calls for sanctions",
    "a deal paving the way for a withdrawal": an act named as what someone seeks, or what is
    made ready for, has not happened."""
    return _matter_of(tree, i, ("for",), _SEEKING)


# Nouns of what parties talk about or settle: what they are "on" is still to be done.
_SETTLING = frozenset(
    {"agreement", "deal", "accord", "talk", "negotiation", "understanding", "compromise",
     "framework", "memorandum", "treaty", "pact", "consensus", "discussion", "dialogue"}
)  # fmt: skip


def settled_matter(tree: Tree, i: int) -> bool:
    """ "reached agreement on an Israeli troop pullback from Hebron", "talks on a ceasefire":
    the act a deal or talks are about is their matter, not done yet."""
    return _matter_of(tree, i, ("on", "over"), _SETTLING)


def _matter_of(tree: Tree, i: int, preps: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Nominal act ``i`` is the object of one of ``preps`` on one of ``nouns``, or on a verb
    whose object is one ("paving the way for", "reached agreement today on": the
    preposition hung on the verb)."""
    toks = tree.tokens
    tok = toks[i]
    if tok.pos != "NOUN" or tok.dep != "pobj" or tree.lemmas[tok.head] not in preps:
        return False
    governor = toks[tok.head].head
    if governor == tok.head:
        return False
    if toks[governor].pos == "VERB":
        return any(tree.deps[c] == "dobj" and tree.lemmas[c] in nouns for c in tree.kids[governor])
    return toks[governor].pos == "NOUN" and tree.lemmas[governor] in nouns


def gone_into_exile(tree: Tree, i: int) -> bool:
    """ "fled into exile", "went into exile": leaving of one's own will, no expulsion (not
    "sent the president into exile", nor "was forced into exile")."""
    tok = tree.tokens[i]
    if (
        tree.lemmas[i] != "exile"
        or tok.dep != "pobj"
        or tree.lemmas[tok.head] not in ("into", "in")
    ):
        return False
    verb = tree.tokens[tok.head].head
    return not tree.is_passive(verb) and tree.child(verb, OBJECTS) is None


def exile_by_no_one(tree: Tree, match: Match) -> bool:
    """ "he was forced to leave": an expulsion in the passive with no agent names no one who
    expelled; with no doer there is no event to code."""
    i = match.token
    return (
        match.code[:3] in _EXPULSIONS
        and tree.is_passive(i)
        and tree.child(i, frozenset({"agent"})) is None
    )


# Nouns of not doing: what they are "to" do is not done ("Kabila's refusal to step down").
_NOT_DOING = frozenset(
    {"refusal", "rejection", "reluctance", "unwillingness", "failure", "inability"}
)


def refused_not_done(tree: Tree, i: int) -> bool:
    """ "protested Kabila's refusal to step down": the act a refusal or failure is to do is
    not done, nor intended (the refusal is coded on its own noun)."""
    tok = tree.tokens[i]
    return tok.dep == "acl" and tree.lemmas[tok.head] in _NOT_DOING and tree.is_to_infinitive(i)
