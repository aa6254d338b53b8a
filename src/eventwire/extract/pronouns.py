"""Pronouns: what "he", "she", "it" and "they" stand for within an article.

A subject pronoun leans on the subject of the clause that governs its own ("Trump cancelled the
summit with Putin, saying he ..."); otherwise the last actor before it that agrees in number,
person or thing, and gender where the people table gives it. Split from ``actor_context.py``.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from eventwire.dictionaries.lookup import Resolution
from eventwire.extract.actor_draft import NON_STATE, Draft
from eventwire.models import ParsedArticle, Token

PRONOUNS_PERSON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

PRONOUNS_BODY = frozenset(("it", "its"))

PRONOUNS_GROUP = frozenset(("they", "them", "their"))

# Verbs of destruction: what their subject burns or loots is someone else's.
HARMING = frozenset(
    ("burn", "torch", "raze", "loot", "destroy", "demolish", "bulldoze", "ransack", "shell",
     "bomb", "plunder", "pillage", "confiscate", "seize", "occupy", "flatten")
)  # fmt: skip
# Heads of "it" that is no actor: "it is", "it seems", "it takes".
PLEONASTIC_HEADS = frozenset(("be", "seem", "appear", "happen", "remain", "take", "rain"))
# Clauses whose subject pronoun leans on the governing clause's subject.
GOVERNED = frozenset(("ccomp", "advcl", "xcomp", "conj", "relcl", "pobj", "prep", "dobj", "acl"))
GOVERNING_STEPS = 6
# Dependencies of a state's word inside a plural phrase: "Russian and Syrian jets".
_MODIFIERS = frozenset(("amod", "compound", "nmod"))
QUOTE_MARKS = frozenset(('"', "“", "”", "``", "''"))
WINDOW = 3  # sentences a pronoun looks back
GROUP_MEMBER = "coref:group"  # the rule of each member a group mention stands for


def is_reference(parsed: ParsedArticle, i: int) -> bool:
    """Whether token ``i`` is a pronoun that may stand for an actor (not pleonastic "it")."""
    t = parsed.tokens[i]
    word = t.text.lower()
    if word in PRONOUNS_PERSON or word in PRONOUNS_GROUP:
        return True
    if word in PRONOUNS_BODY:
        head = parsed.tokens[t.head]
        if t.dep == "expl" or head.lemma in PLEONASTIC_HEADS:
            return False
        return t.dep in ("nsubj", "nsubjpass", "poss", "dobj")
    return False


def _quoted(parsed: ParsedArticle, i: int) -> bool:
    """Whether token ``i`` lies between quotation marks of its sentence (an odd count before)."""
    sent = parsed.sentences[parsed.tokens[i].sent]
    marks = 0
    for t in parsed.tokens[sent.token_start : i]:
        if t.text in QUOTE_MARKS:
            marks += 1
    return marks % 2 == 1


def pronoun_reference(
    parsed: ParsedArticle, i: int, drafts: list[Draft], skip: int = 0
) -> Draft | None:
    """What a pronoun stands for: the subject of the clause its own clause reports or follows
    ("Trump called off the summit with Putin, saying he ...": Trump; "The allies said they
    ...": the allies, even where no dictionary codes them), else the last actor that agrees.

    ``skip``: how many of the first drafts the caller knows to lie before the look-back window
    (a long article's early actors are passed over without a test each)."""
    t = parsed.tokens[i]
    word = t.text.lower()
    sent = t.sent
    owner = t.dep == "poss" and word in ("its", "their")
    # "troops burned their villages": the villagers', not the troops'
    harmed = _harmer(parsed, i) if owner and word == "their" else None
    clause = _clause_subject(parsed, i) if owner and harmed is None else None
    for reason in _reason_parties(parsed, i) if owner and harmed is None else ():
        # "cut ties with Israel over its offensive": the one the reason is held against, before
        # the subject a participle leans on ("denied supplying arms to Russia for its war")
        found = next((d for d in islice(drafts, skip, None) if d.head == reason), None)
        if found is not None and found.result.code and agrees(word, found, True):
            return _pronoun_draft(i, word, found)
    governing = _governing_subject(parsed, i)
    if governing is not None and parsed.tokens[governing].pos == "PRON":
        # "He told the cabinet that he would ...": the second stands for what the first does
        kind = _kind(parsed.tokens[governing].text.lower())
        first = pronoun_reference(parsed, governing, drafts, skip) if kind == _kind(word) else None
        if first is not None:
            return _pronoun_draft(i, word, first)
        governing = None
    if governing is not None:
        found = next((d for d in drafts if d.head == governing), None)
        # "Obama and Putin said they ...": people coordinated as the subject are a group (the
        # events take each speaker, event_context.joint_speakers)
        joint = word in PRONOUNS_GROUP and any(
            c.dep == "conj" and c.ent_type == "PERSON" for c in parsed.children(governing)
        )
        if (
            found is not None
            and agrees(word, found, not found.result.person or joint)
            and not (word in PRONOUNS_GROUP and _one_state(found))
        ):
            return _pronoun_draft(i, word, found)
        if found is None and word in PRONOUNS_GROUP and parsed.tokens[governing].tag == "NNS":
            return None  # "The allies said they ...": an uncoded group, not the summit's host
    if clause is not None:
        found = next((d for d in islice(drafts, skip, None) if d.head == clause), None)
        if found is not None and found.result.code and agrees(word, found, True):
            return _pronoun_draft(i, word, found)
    before = _previous_subject(parsed, i)
    if before is not None:
        found = next((d for d in islice(drafts, skip, None) if d.head == before), None)
        if found is not None and (found.result.code or found.named) and agrees(word, found, False):
            return _pronoun_draft(i, word, found)
    fits: list[Draft] = []
    for d in islice(drafts, skip, None):
        if d.start >= i:
            break
        if sent - parsed.tokens[d.head].sent > WINDOW or (d.result.code is None and not d.named):
            continue
        if (harmed is not None and d.head == harmed) or _predicative(parsed, d.head):
            continue
        r = d.result
        if agrees(word, d, not r.person and r.role is None and r.code is not None):
            fits.append(d)
    if not fits:
        return None
    # a name quoted by a speaker is not who "he" is outside the quote: '"... a Maidan," he said'
    # (tested from the last fit back, as only the last that passes is taken)
    outside = not _quoted(parsed, i)
    best: Draft | None = None
    if word in PRONOUNS_GROUP:  # "they" is a plural actor before a single state
        best = next((d for d in reversed(fits) if d.plural and _heard(parsed, d, outside)), None)
    if best is None:
        best = next((d for d in reversed(fits) if _heard(parsed, d, outside)), None)
    if best is None:
        return None
    return _pronoun_draft(i, word, best)


_REFLEXIVES = frozenset(("himself", "herself", "itself", "themselves"))


def _predicative(parsed: ParsedArticle, head: int) -> bool:
    """A phrase that describes an actor named before it, not another one: "Guaido declared
    himself interim president, and Washington recognized him" (Guaido), "X is the envoy"."""
    t = parsed.tokens[head]
    if t.dep in ("attr", "oprd"):
        return True
    return t.dep == "dobj" and any(
        c.dep == "nsubj" and c.text.lower() in _REFLEXIVES for c in parsed.children(head)
    )


def _heard(parsed: ParsedArticle, draft: Draft, outside: bool) -> bool:
    """A fit for a pronoun outside a quote lies outside quotes too (``outside``)."""
    return not (outside and _quoted(parsed, draft.head))


def coordinated_reference(
    parsed: ParsedArticle, i: int, drafts: list[Draft], skip: int = 0
) -> list[Draft]:
    """ "Serbia and Kosovo held talks. They agreed ...": "they" whose antecedent subject is
    coordinated actors stands for each of them, one member draft apiece (the group rule
    "the two countries" uses), not for the last actor named."""
    tokens = parsed.tokens
    if tokens[i].text.lower() == "their" and tokens[i].dep == "poss":
        return _coordinated_owners(parsed, i, drafts, skip)
    if tokens[i].text.lower() not in PRONOUNS_GROUP or tokens[i].dep not in ("nsubj", "nsubjpass"):
        return []
    # the sentence before's subject only: "Britain and France said they would ..." is left to
    # pronoun_reference (each member there turns a coding of "said" into two threats, unscored)
    subject = _previous_subject(parsed, i)
    if subject is None:
        return []
    by_head = {d.head: d for d in islice(drafts, skip, None) if d.start < i}
    first = by_head.get(subject)
    k = subject
    if first is None:
        # "Russian and Syrian jets bombed ... They": the states modifying an uncoded plural
        k = next(
            (c.i for c in parsed.children(subject) if c.dep in _MODIFIERS and c.i in by_head),
            subject,
        )
        first = by_head.get(k)
    if first is None or first.result.code is None:
        return []
    role = None
    if _many(first):
        # "U.S. and British forces crossed ... They seized": the states' mentions of one phrase
        sharing = [d for d in islice(drafts, skip, None) if d.head == subject and d.start < i]
        codes = {d.result.code for d in sharing}
        if len(sharing) > 1 and len(codes) == len(sharing) and None not in codes:
            return _members(i, sharing)
        # "The leaders of Germany and France met. They ...": the role named once is each
        # coordinated state's, so "they" stands for the leaders of each
        state = _shared_role_state(parsed, first)
        if state is None:
            return []
        k, role = state, first.result.role
    members = [first]
    while True:
        nxt = next((c.i for c in parsed.children(k) if c.dep == "conj"), None)
        d = by_head.get(nxt) if nxt is not None else None
        if d is None or _many(d) or d.result.code is None:
            break
        r = d.result
        if role is not None:
            if r.role or not r.country:
                break
            d = replace(d, result=replace(r, code=f"{r.country}{role}", role=role))
        members.append(d)
        k = d.head
    if len(members) < 2 or len({m.result.code for m in members}) < len(members):
        return []
    return _members(i, members)


def _coordinated_owners(
    parsed: ParsedArticle, i: int, drafts: list[Draft], skip: int
) -> list[Draft]:
    """ "imposed sanctions on India and Pakistan after their nuclear tests", "Russia and China
    said their interests were ignored": a "their" after coordinated states in its sentence
    is theirs, one member apiece, unless a plural actor stands between (left to the rules of
    ``pronoun_reference``)."""
    tokens = parsed.tokens
    sent = tokens[i].sent
    # (not a place named as where: "Ethiopia and Eritrea signed a deal in Algiers ending
    # their war")
    before = [
        d
        for d in islice(drafts, skip, None)
        if d.start < i and tokens[d.head].sent == sent and not _where(parsed, d.head)
    ]
    if not before or _many(before[-1]) or before[-1].result.code is None:
        return []
    by_head = {d.head: d for d in before}
    last = before[-1]
    # climb to the coordination's first member, then read the chain down
    k = last.head
    while tokens[k].dep == "conj" and tokens[k].head in by_head:
        k = tokens[k].head
    members: list[Draft] = []
    while k in by_head:
        d = by_head[k]
        if _many(d) or d.result.code is None:
            return []
        members.append(d)
        k = next((c.i for c in parsed.children(k) if c.dep == "conj"), -1)
    if len(members) < 2 or len({m.result.code for m in members}) < len(members):
        return []
    if members[-1] is not last:
        return []
    return _members(i, members)


_WHERE = frozenset(("in", "at", "near", "outside", "inside"))


def _where(parsed: ParsedArticle, head: int) -> bool:
    """Whether the phrase at ``head`` names where something happened ("in Algiers")."""
    t = parsed.tokens[head]
    return t.dep == "pobj" and parsed.tokens[t.head].text.lower() in _WHERE


def _members(i: int, members: list[Draft]) -> list[Draft]:
    """One plural draft at pronoun ``i`` per member it stands for."""
    return [
        Draft(
            i,
            i + 1,
            i,
            Resolution(
                m.result.code,
                m.result.country,
                m.result.name,
                GROUP_MEMBER,
                m.result.role,
                person=m.result.person,
            ),
            plural=True,
        )
        for m in members
    ]


def _shared_role_state(parsed: ParsedArticle, role: Draft) -> int | None:
    """The first state "of" a plural role phrase when states are coordinated there ("the
    leaders of Germany and France": Germany), else None; the role is each state's."""
    tokens = parsed.tokens
    head = tokens[role.head]
    if not role.result.role or not role.result.country or head.tag != "NNS":
        return None
    for k in range(role.head + 1, role.end):
        t = tokens[k]
        of = tokens[t.head]
        if t.dep == "pobj" and of.lemma == "of" and of.head == role.head:
            has_conj = any(c.dep == "conj" for c in parsed.children(k))
            return k if has_conj else None
    return None


def _many(draft: Draft) -> bool:
    """A plural mention that is no single party: "rebels", not a body whose name is plural
    ("the Rapid Support Forces", "the United Arab Emirates")."""
    return draft.plural and not draft.result.rule.startswith("dictionary:organization")


def _clause_subject(parsed: ParsedArticle, i: int) -> int | None:
    """For a possessive inside its clause's object or adjunct, the clause's own subject: "Iraq
    condemned a Turkish strike on its territory", "... Turkey's bombing of its villages" (Iraq's;
    the possessor binds to the subject, not to the last actor named). None where the nearest
    verb has no subject of its own ("urged Serbia to honour its pledges") or the possessive sits
    in the subject itself."""
    tokens = parsed.tokens
    k = i
    for _ in range(8):
        t = tokens[k]
        if t.head == k:
            return None
        if t.dep in ("nsubj", "nsubjpass"):
            return None
        k = t.head
        if tokens[k].pos in ("VERB", "AUX"):
            break
    else:
        return None
    return _named_subject(parsed, k)


# The reasons an act gives ("over its offensive", "for its support") and the arguments that
# name whom it is held against or owed to ("with Israel", "on Iran", "thanked the U.S.").
_REASONS = frozenset({"over", "for"})
# "after" and "following" give a reason only to a reaction: "imposed sanctions on North Korea
# after its nuclear test", "criticized Iran after its missile launch"
_AFTER = frozenset({"after", "following"})
_REACTING = frozenset(
    {"impose", "condemn", "criticize", "criticise", "denounce", "punish", "sanction", "expel",
     "suspend", "censure", "rebuke", "warn", "accuse", "blame", "freeze", "recall", "summon",
     "slam", "protest"}
)  # fmt: skip
_PARTY_PREPS = frozenset({"with", "on", "against", "at"})
# Verbs of supplying, whose "to" names the one served: "supplied arms to Russia for its war".
_GIVING = frozenset(
    {"supply", "send", "sell", "give", "deliver", "provide", "ship", "transfer", "export",
     "lend", "grant"}
)  # fmt: skip


def _reason_parties(parsed: ParsedArticle, i: int) -> list[int]:
    """For a possessive in an act's "over"/"for" reason, the parties the act is on, named
    before it, nearest first: "broke ties with Israel over its offensive" (Israel's), "hit
    out at Washington over its arms sale",
    "imposed sanctions on Iran over its nuclear programme", "thanked the United States for its
    support", "supplied weapons to Russia for its war"; not the one an act is addressed "to"
    ("apologised to Korea for its colonial rule" is the apologiser's)."""
    tokens = parsed.tokens
    noun = tokens[tokens[i].head]
    if noun.dep != "pobj":
        return []
    prep = tokens[noun.head]
    after = prep.text.lower() in _AFTER
    if prep.text.lower() not in _REASONS and not after:
        return []
    anchor = tokens[prep.head]
    if anchor.pos == "NOUN" and anchor.dep == "dobj":  # "sanctions on Iran over its ..."
        verb = anchor.head
    elif anchor.pos in ("VERB", "AUX"):
        verb = anchor.i
    else:
        return []
    if after and tokens[verb].lemma.lower() not in _REACTING:
        return []  # "met Jordan's king after its election": a time, no reason
    heads = [verb, *(c.i for c in parsed.children(verb) if c.dep == "dobj")]
    found: list[int] = []
    for h in heads:
        for c in parsed.children(h):
            if c.dep == "dobj":
                found.append(c.i)
                # "suspended Syria's membership over its crackdown": the member's
                found.extend(g.i for g in parsed.children(c.i) if g.dep == "poss")
            elif c.dep == "prep" and (
                c.text.lower() in _PARTY_PREPS
                or (c.text.lower() == "to" and tokens[h].lemma.lower() in _GIVING)
            ):
                found.extend(g.i for g in parsed.children(c.i) if g.dep == "pobj")
    return sorted((k for k in found if k < i), reverse=True)


def _harmer(parsed: ParsedArticle, i: int) -> int | None:
    """The subject of a verb of destruction whose direct object "their" owns, unless "own"
    says otherwise: who burns, loots or shells "their villages" harms others' (the people
    named before), not their own."""
    tokens = parsed.tokens
    noun = tokens[tokens[i].head]
    if noun.dep != "dobj" or any(t.text.lower() == "own" for t in tokens[i : noun.i]):
        return None
    verb = noun.head
    if tokens[verb].lemma.lower() not in HARMING:
        return None
    return _named_subject(parsed, verb)


def _previous_subject(parsed: ParsedArticle, i: int) -> int | None:
    """For a pronoun that opens its sentence as the main clause's subject (or as its owner:
    "Its troops ..."), the subject of the sentence before's main clause: a report keeps its
    subject from one sentence to the next ("China's ministry criticised Japan. It also warned
    Tokyo ...": the ministry, not Japan, the last body named)."""
    tokens = parsed.tokens
    t = tokens[i]
    if t.dep == "poss":  # "Its troops shelled ...", "His government agreed ...": the owner
        t = tokens[t.head]
    if t.dep not in ("nsubj", "nsubjpass") or tokens[t.head].dep != "ROOT" or t.sent == 0:
        return None
    sentence = parsed.sentences[t.sent]
    if _named_before(parsed, sentence.token_start, i):
        return None
    previous = parsed.sentences[t.sent - 1]
    root = next(
        (k.i for k in tokens[previous.token_start : previous.token_end] if k.dep == "ROOT"), None
    )
    return None if root is None else _named_subject(parsed, root)


def _named_before(parsed: ParsedArticle, start: int, i: int) -> bool:
    """Whether a noun or pronoun outside quotation marks comes before token ``i``: the quote
    that opens "'We will fight,' he said" names no one the speaker could be."""
    quoted = False
    for k in parsed.tokens[start:i]:
        if k.text in QUOTE_MARKS or (k.text == "'" and k.pos == "PUNCT"):
            quoted = not quoted
        elif not quoted and k.pos in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def _named_subject(parsed: ParsedArticle, verb: int) -> int | None:
    """The verb's subject, where it is no pronoun of its own."""
    return next(
        (c.i for c in parsed.children(verb) if c.dep in ("nsubj", "nsubjpass") and c.pos != "PRON"),
        None,
    )


def _one_state(draft: Draft) -> bool:
    """A state named as such ("Georgia said they ..."): seldom the "they" of its own clause."""
    return not draft.plural and draft.result.rule in ("dictionary:country", "metonym:capital")


def _pronoun_draft(i: int, word: str, antecedent: Draft) -> Draft:
    b = antecedent.result
    result = Resolution(b.code, b.country, b.name, "coref:pronoun", b.role, person=b.person)
    return Draft(i, i + 1, i, result, plural=word in PRONOUNS_GROUP)


def _governing_subject(parsed: ParsedArticle, i: int) -> int | None:
    """For a subject pronoun, the subject (before it) of the clause that governs its own: a
    reported ("said they"), adverbial ("saying he"), coordinated or relative one ("... from
    Russia for the troops it had sent": the receiver's); for a possessive one, the same for a
    participle with no subject of its own ("..., expanding its campaign"). The subject may be
    a pronoun itself, which the caller follows back."""
    tokens = parsed.tokens
    t = tokens[i]
    if t.dep == "poss":
        node = _own_verb(parsed, i)  # "..., expanding its campaign": the verb owning "its"
        if node is None:
            return None
    elif t.dep in ("nsubj", "nsubjpass"):
        node = tokens[t.head]
    else:
        return None
    for _ in range(GOVERNING_STEPS):
        if node.head == node.i or node.dep not in GOVERNED:
            return None
        node = tokens[node.head]
        if node.pos not in ("VERB", "AUX"):
            continue
        subject = next(
            (c for c in parsed.children(node.i) if c.dep in ("nsubj", "nsubjpass") and c.i < i),
            None,
        )
        if subject is not None:
            return subject.i
    return None


def _kind(word: str) -> str | None:
    """The class a pronoun agrees in: a gender, a single body, a group."""
    if word in PRONOUNS_PERSON:
        return PRONOUNS_PERSON[word]
    if word in PRONOUNS_BODY:
        return "it"
    return "they" if word in PRONOUNS_GROUP else None


def _own_verb(parsed: ParsedArticle, i: int) -> Token | None:
    """The participle whose object a possessive pronoun's noun is, when that participle has no
    subject of its own: "expanding" in "... near Mosul, expanding its campaign" (so "its" is
    the subject's that governs it), not "expanded" in "Iraq expanded its campaign"."""
    tokens = parsed.tokens
    node = tokens[tokens[i].head]
    for _ in range(3):
        if node.pos in ("VERB", "AUX") or node.head == node.i:
            break
        node = tokens[node.head]
    if node.pos != "VERB" or node.tag not in ("VBG", "VBN"):
        return None
    if any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(node.i)):
        return None
    return node


def agrees(word: str, draft: Draft, thing: bool) -> bool:
    """Whether a pronoun can stand for ``draft``: "he" a person, "it" a single body, "they" a
    group or whatever ``thing`` (the caller's test for an antecedent of "they") allows."""
    if word in PRONOUNS_PERSON:
        gender = draft.result.gender  # known for dictionary people only
        if gender is not None and gender != PRONOUNS_PERSON[word]:
            return False
        return draft.result.person and not draft.plural
    if word in PRONOUNS_BODY:
        return not draft.result.person and not draft.plural
    return draft.plural or thing


def country_references(
    parsed: ParsedArticle, drafts: list[Draft], taken: set[int], names: dict[str, str]
) -> list[Draft]:
    """ "the country" with nothing else to it, standing for the one state the sentences before
    named (within ``WINDOW``): "Myanmar's military seized power ... Washington threatened to
    reimpose sanctions on the country". Two states named before leave it unresolved."""
    text = parsed.article.text
    if "the country" not in text and "The country" not in text:
        return []  # a plain search spares the token scan in most articles
    tokens = parsed.tokens
    out: list[Draft] = []
    for t in tokens:
        if t.lemma != "country" or t.tag != "NN" or t.i in taken or t.i == 0:
            continue
        det = tokens[t.i - 1]
        if det.text.lower() != "the" or det.head != t.i:
            continue
        if any(c.dep not in ("det", "case") for c in parsed.children(t.i)):
            continue  # "the country's north", "the country where ...": not a bare reference
        states: set[str] = set()
        for d in drafts:
            sent = tokens[d.head].sent
            if sent >= t.sent:
                break
            r = d.result
            if t.sent - sent > WINDOW or not r.country or r.country in NON_STATE:
                continue
            if not r.rule.startswith("coref"):
                states.add(r.country)
        if len(states) != 1:
            continue
        country = states.pop()
        result = Resolution(country, country, names.get(country, country), "coref:country")
        out.append(Draft(t.i - 1, t.i + 1, t.i, result))
    return out
