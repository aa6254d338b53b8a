"""Repairs of parses the tagger gets wrong in a way no later stage can read around.

A sentence whose subject is a long noun phrase may come out with no verb at all: "Members of
the group's armed wing fired rockets at the town" parsed as one noun phrase, "fired" an
adjective of "rockets" and "Members" the root. With a nominal root and a past form hung as a
modifier on the noun after it, right after a noun, the past form is the verb: its subject the
root's phrase, its object that noun. So is a past form modifying the root itself with the noun
before it hung on it: "Bangladesh's opposition boycotted parliament".
"""

from __future__ import annotations

from eventwire.models import Sentence, Token

_NOMINAL = frozenset(("NOUN", "PROPN"))


def verbless_sentences(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with the verb of each verbless sentence restored (see the module doc)."""
    fixed: list[Token] | None = None
    for sent in sentences:
        span = range(sent.token_start, sent.token_end)
        root = next((i for i in span if tokens[i].dep == "ROOT"), None)
        if root is None or tokens[root].pos not in _NOMINAL:
            continue
        after = _verb_after_subject(tokens, root, sent.token_end)
        if after is not None:
            # "Palestinian militants tunnelled into Israel and captured a soldier": a finite
            # past form right after a root noun is the sentence's verb, not a relative clause
            fixed = fixed if fixed is not None else list(tokens)
            fixed[after.i] = after._replace(dep="ROOT", head=after.i)
            fixed[root] = tokens[root]._replace(dep="nsubj", head=after.i)
            for k in span:
                if tokens[k].head == root and k > after.i and tokens[k].dep == "punct":
                    fixed[k] = tokens[k]._replace(head=after.i)
            continue
        if any(tokens[i].pos in ("VERB", "AUX") and tokens[i].dep != "amod" for i in span):
            continue
        verb = next((i for i in span if _hung_verb(tokens, i, root)), None)
        if verb is not None:
            if fixed is None:
                fixed = list(tokens)
            _rehang(fixed, verb, root, sent.token_end)
            continue
        if _verb_on_root(tokens, root, sent.token_start):
            fixed = fixed if fixed is not None else list(tokens)
            _rehang_object(fixed, root - 2, root - 1, root, sent.token_start, sent.token_end)
            continue
        subject = _subject_before_verb(tokens, root, sent.token_start)
        if subject is not None:
            if fixed is None:
                fixed = list(tokens)
            verb = next(k for k in range(subject + 1, root) if tokens[k].pos == "VERB")
            _rehang_object(fixed, subject, verb, root, sent.token_start, sent.token_end)
    return tokens if fixed is None else tuple(fixed)


def _verb_after_subject(tokens: tuple[Token, ...], root: int, end: int) -> Token | None:
    """The clause verb read as a relative clause of the nominal root, or of the last noun
    coordinated with it ("The United States and 20 allies expelled 100 diplomats"): a finite
    past form right after the noun, or a past participle there with an object of its own and
    no verb before it (a relative participle rarely takes an object)."""
    heads = [
        root,
        *(k for k in range(root + 1, end) if tokens[k].dep == "conj" and tokens[k].head == root),
    ]
    for head in heads:
        after = tokens[head + 1] if head + 1 < end else None
        if after is not None and after.dep != "acl":
            # "Norway, which brokered the Oslo accords, offered to mediate": the verb after
            # the noun's own relative clause or apposition, set off by commas
            after = _after_aside(tokens, head, end)
        if after is None or after.head != head or after.dep != "acl":
            continue
        if head == root and _finite(tokens, after):
            return after
        if (
            after.tag == "VBN"
            and _active_participle(tokens, after, end)
            and not any(t.pos in ("VERB", "AUX") for t in tokens[root : after.i])
        ):
            return after
    return None


def _active_participle(tokens: tuple[Token, ...], verb: Token, end: int) -> bool:
    """A past form right after a noun that reads only as its verb: it has an object of its
    own, a to-infinitive (not a verb's whose passive takes one: "ordered to disarm"), or a
    gerund after its preposition ("resorted to throwing stones"). A relative participle
    rarely has any of these; an agent or a passive auxiliary says it is one."""
    kids = [t for t in tokens[verb.i + 1 : end] if t.head == verb.i]
    if any(t.dep in ("agent", "auxpass") for t in kids):
        return False
    if any(t.dep == "dobj" for t in kids):
        return True
    if any(t.dep in ("xcomp", "advcl") and t.tag == "VB" and _to_before(tokens, t) for t in kids):
        return verb.lemma.lower() not in _PASSIVE_CONTROL
    return any(
        t.dep == "prep"
        and any(
            g.head == t.i and g.dep == "pcomp" and g.tag == "VBG" for g in tokens[t.i + 1 : end]
        )
        for t in kids
    )


def _to_before(tokens: tuple[Token, ...], verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: "to" right before it, hung on it."""
    to = tokens[verb.i - 1] if verb.i else None
    return to is not None and to.head == verb.i and to.text.lower() == "to"


# Verbs whose passive takes a to-infinitive ("rebels ordered to disarm", "monitors asked to
# leave"): after a noun their participle may well describe it.
_PASSIVE_CONTROL = frozenset(
    {"ask", "order", "urge", "tell", "force", "allow", "expect", "invite", "encourage",
     "require", "call", "permit", "authorize", "authorise", "compel", "instruct", "direct",
     "persuade", "advise", "press", "pressure", "oblige", "summon", "elect", "appoint",
     "choose", "set", "schedule", "say", "believe", "report", "fear",
     "know", "think", "reckon", "consider", "suppose", "sentence", "send", "deploy",
     "train", "hire", "recruit", "mobilise", "mobilize", "assign", "task", "empower",
     "mandate", "forbid", "ban", "bar", "prevent"}
)  # fmt: skip


def reported_verbs_read_as_modifiers(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with a reported clause's verb restored: in "Palestinian negotiators
    threatened on Tuesday to walk out of talks, a spokesman said", the parser hangs
    "threatened" on "negotiators" as a relative participle and gives "said" two subjects. A
    past form right after the first of a verb's two subjects, reading only as a verb (see
    ``_active_participle``), right after it or after its own aside between commas, is the
    reported clause's verb, and that noun its subject."""
    fixed: list[Token] | None = None
    for sent in sentences:
        end = sent.token_end
        for n in range(sent.token_start, end - 1):
            noun, after = tokens[n], tokens[n + 1]
            if noun.pos not in _NOMINAL or noun.dep != "nsubj" or noun.head <= n + 1:
                continue
            if after.text == ",":
                # "Iran, angered by a court ruling, threatened ..., Tehran radio said"
                after = _after_aside(tokens, n, end) or after
            if after.dep != "acl" or after.head != n or after.tag not in ("VBD", "VBN"):
                continue
            reporter = tokens[noun.head]
            if not any(
                t.head == reporter.i and t.dep in ("nsubj", "nsubjpass") and t.i > after.i
                for t in tokens[after.i + 1 : end]
            ):
                continue
            if after.tag == "VBN" and not _active_participle(tokens, after, end):
                continue
            fixed = fixed if fixed is not None else list(tokens)
            fixed[after.i] = after._replace(
                dep="ccomp", head=reporter.i, tag="VBD", morph="Tense=Past|VerbForm=Fin"
            )
            fixed[n] = noun._replace(head=after.i)
    return tokens if fixed is None else tuple(fixed)


def _after_aside(tokens: tuple[Token, ...], head: int, end: int) -> Token | None:
    """The participle hung on noun ``head`` right after a comma that closes an aside of the
    noun's own (a relative clause, an apposition) opened by a comma right after it."""
    if head + 1 >= end or tokens[head + 1].text != ",":
        return None
    for k in range(head + 2, end):
        t = tokens[k]
        if k > head + 2 and t.head == head and t.dep == "acl" and tokens[k - 1].text == ",":
            return t
        if not _under(tokens, k, head):
            return None
    return None


def _finite(tokens: tuple[Token, ...], verb: Token) -> bool:
    """A past form that is finite: tagged so, or joined to a finite past ("tunnelled into
    Israel and captured a soldier")."""
    if verb.tag == "VBD":
        return True
    return verb.tag == "VBN" and any(
        t.head == verb.i and t.dep == "conj" and t.tag == "VBD" for t in tokens[verb.i + 1 :]
    )


def _subject_before_verb(tokens: tuple[Token, ...], root: int, start: int) -> int | None:
    """The other verbless shape, "China test-fired missiles near Taiwan": the root is the
    object, the past form before it (and before the object's own modifiers) its adjective,
    and the noun before that its modifier. That noun, when its past form directly follows."""
    verb = root - 1
    while verb > start and tokens[verb].pos in _NOMINAL and tokens[verb].dep == "compound":
        verb -= 1  # the object's own modifiers: "extended [emergency] rule"
    t = tokens[verb] if verb > start else None
    if t is None or t.pos != "VERB" or t.tag not in ("VBN", "VBD") or t.dep != "amod":
        return None
    if t.head != root:
        return None
    first = verb
    while first > start and tokens[first - 1].head == verb and _joined(tokens, first - 1):
        first -= 1  # the verb's own parts, written on to it: "test" and "-" of "test-fired"
    subject = first - 1
    if subject < start or tokens[subject].pos not in _NOMINAL:
        return None
    # "The EU suspended accession talks": the noun may hang on the root or on the past form
    if tokens[subject].head not in (root, verb):
        return None
    return subject


def _joined(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is written on to the next one: no space after it, or a hyphen between."""
    return not tokens[k].ws or tokens[k].text == "-" or tokens[k + 1].text == "-"


def _rehang_object(
    tokens: list[Token], subject: int, verb: int, root: int, start: int, end: int
) -> None:
    """The past form ``verb`` heads the sentence: the noun before it its subject, the old
    nominal root its object."""
    for k in range(start, subject):
        if tokens[k].head == root:  # "Myanmar's junta": what opened the phrase is the subject's
            tokens[k] = tokens[k]._replace(head=subject)
    tokens[subject] = tokens[subject]._replace(dep="nsubj", head=verb)
    tokens[root] = tokens[root]._replace(dep="dobj", head=verb)
    _make_root_verb(tokens, verb, root, root + 1, end)


def _make_root_verb(tokens: list[Token], verb: int, old: int, start: int, end: int) -> None:
    """``verb`` as the sentence's finite past verb, taking the prepositions, adverbials and
    punctuation after ``start`` that hung on ``old`` ("on Monday", "near Taiwan", the stop)."""
    tokens[verb] = tokens[verb]._replace(
        dep="ROOT", head=verb, tag="VBD", morph="Tense=Past|VerbForm=Fin"
    )
    for k in range(start, end):
        if tokens[k].head == old and tokens[k].dep in ("prep", "punct", "npadvmod"):
            tokens[k] = tokens[k]._replace(head=verb)


def _verb_on_root(tokens: tuple[Token, ...], root: int, start: int) -> bool:
    """ "Bangladesh's opposition boycotted parliament": a past form right before the nominal
    root, modifying it, with the noun before it hung on it (as an adverbial)."""
    verb = root - 1
    if verb - 1 < start:
        return False
    t, before = tokens[verb], tokens[verb - 1]
    return (
        t.pos == "VERB"
        and t.tag in ("VBD", "VBN")
        and t.dep == "amod"
        and t.head == root
        and before.pos in _NOMINAL
        and before.head == verb
    )


def _hung_verb(tokens: tuple[Token, ...], i: int, root: int) -> bool:
    """A past form modifying the next noun, right after a noun of the root's phrase."""
    t = tokens[i]
    if t.pos != "VERB" or t.tag not in ("VBN", "VBD") or t.dep != "amod":
        return False
    obj = tokens[t.head]
    before = tokens[i - 1]
    return (
        root < i - 1
        and t.head > i
        and obj.pos == "NOUN"
        and before.pos in _NOMINAL
        and before.head == t.head
        and obj.head < i  # the noun hangs inside the subject phrase, as the parse had it
    )


def _rehang(tokens: list[Token], verb: int, root: int, end: int) -> None:
    obj = tokens[verb].head
    last = verb - 1  # the subject phrase's own last noun takes the object's place in it
    place_dep, place_head = tokens[obj].dep, tokens[obj].head
    for k in range(root, verb - 1):
        if tokens[k].head == obj:
            tokens[k] = tokens[k]._replace(head=last)  # "the group's armed wing"
    tokens[last] = tokens[last]._replace(dep=place_dep, head=place_head)
    tokens[obj] = tokens[obj]._replace(dep="dobj", head=verb)
    _make_root_verb(tokens, verb, root, obj + 1, end)
    tokens[root] = tokens[root]._replace(dep="nsubj", head=verb)


def coordinated_noun_phrases(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with two coordinated noun phrases the parser made one restored: in "The
    Colombian government and FARC rebels signed", "government" came out a modifier of
    "rebels" with "FARC" its conjunct, so one phrase held both parties. A modifier noun with
    its own determiner, coordinated with the noun right before its head, heads a phrase of
    its own; the head becomes its conjunct, the old conjunct the head's modifier."""
    fixed: list[Token] | None = None
    for t in tokens:
        if t.pos != "NOUN" or t.dep not in ("nmod", "compound") or t.head <= t.i + 2:
            continue
        head = tokens[t.head]
        second = tokens[t.head - 1]
        if _coordinated_modifier(tokens, t):
            # "Sudan's government and southern rebels": the modifier has the "and" but no
            # conjunct of its own; the head after it is that conjunct
            fixed = fixed if fixed is not None else list(tokens)
            root = head.head == head.i
            fixed[t.i] = t._replace(dep=head.dep, head=t.i if root else head.head)
            fixed[head.i] = head._replace(dep="conj", head=t.i)
            for k in range(t.i):  # what opened the phrase before the first noun is its own
                if tokens[k].head == head.i:
                    fixed[k] = tokens[k]._replace(head=t.i)
            continue
        if (
            head.pos != "NOUN"
            or second.dep != "conj"
            or second.head != t.i
            or second.pos not in _NOMINAL
            or not any(k.head == t.i and k.dep == "det" and k.i < t.i for k in tokens[: t.i])
            or not any(k.head == t.i and k.dep == "cc" for k in tokens[t.i + 1 : second.i])
        ):
            continue
        if fixed is None:
            fixed = list(tokens)
        root = head.head == head.i
        fixed[t.i] = t._replace(dep=head.dep, head=t.i if root else head.head)
        fixed[head.i] = head._replace(dep="conj", head=t.i)
        fixed[second.i] = second._replace(dep="compound", head=head.i)
        for k in range(t.i):  # what opened the old phrase before the first noun opens the new
            if tokens[k].head == head.i:
                fixed[k] = tokens[k]._replace(head=t.i)
    return tokens if fixed is None else tuple(fixed)


def coordinated_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with two titled names the parser made one restored: in "Japanese Prime
    Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed", "Kishida" came
    out a modifier of "Yeol", the second title its conjunct, so the subject held one leader.
    A person's name modifying a later person's name, with an "and" and a conjunct of its own
    before that name, heads the first phrase; the later name becomes its conjunct and the
    old conjunct (the second title) that name's modifier."""
    fixed: list[Token] | None = None
    for t in tokens:
        if t.pos != "PROPN" or t.dep != "nmod" or t.ent_type != "PERSON" or t.head <= t.i:
            continue
        head = tokens[t.head]
        if head.pos != "PROPN" or head.ent_type != "PERSON":
            continue
        kids = [k for k in tokens[t.i + 1 : t.head] if k.head == t.i]
        conj = next((k for k in kids if k.dep == "conj"), None)
        if conj is None or not any(k.dep == "cc" and k.i < conj.i for k in kids):
            continue
        if not all(tokens[k].head in (conj.i, t.head) for k in range(conj.i + 1, t.head)):
            continue  # only the second phrase's own words between its title and its name
        fixed = fixed if fixed is not None else list(tokens)
        root = head.head == head.i
        fixed[t.i] = t._replace(dep=head.dep, head=t.i if root else head.head)
        fixed[head.i] = head._replace(dep="conj", head=t.i)
        fixed[conj.i] = conj._replace(dep="compound", head=head.i)
    return tokens if fixed is None else tuple(fixed)


def _coordinated_modifier(tokens: tuple[Token, ...], t: Token) -> bool:
    """Noun ``t``, a modifier with its own determiner or possessive, carries an "and" and no
    conjunct, and only its head's left modifiers come between the "and" and the head."""
    if tokens[t.head].pos not in _NOMINAL:
        return False
    kids = [k for k in tokens[: t.head] if k.head == t.i]
    opener = (k for k in tokens[: t.i] if k.head in (t.i, t.head) and k.dep in ("det", "poss"))
    if next(opener, None) is None:  # "Sudan's" may hang on the head the parser chose
        return False
    if any(k.dep == "conj" for k in kids):
        return False
    cc = next((k.i for k in kids if k.i > t.i and k.dep == "cc"), None)
    if cc is None:
        return False
    return all(tokens[k].head == t.head for k in range(cc + 1, t.head))


_FINITE = frozenset(("VBD", "VBZ", "VBP"))
_TIME_ENTITIES = frozenset(("DATE", "TIME"))


def adverbial_subjects(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with a subject read as an adverbial noun restored: "Turkey massed troops"
    comes out with "Turkey" an ``npadvmod`` of "massed", as if it were "Monday". A proper
    noun that opens the sentence, is no date or time and hangs on a finite root verb with no
    subject of its own is that verb's subject."""
    fixed: list[Token] | None = None
    for sent in sentences:
        span = range(sent.token_start, sent.token_end)
        root = next((i for i in span if tokens[i].dep == "ROOT"), None)
        if root is None or tokens[root].pos != "VERB" or tokens[root].tag not in _FINITE:
            continue
        kids = [i for i in span if tokens[i].head == root and i != root]
        if any(tokens[i].dep.startswith(("nsubj", "csubj", "expl")) for i in kids):
            continue
        noun = next((i for i in kids if i < root and tokens[i].dep == "npadvmod"), None)
        if noun is None or tokens[noun].pos != "PROPN" or tokens[noun].ent_type in _TIME_ENTITIES:
            continue
        if any(tokens[i].head != noun for i in range(sent.token_start, noun)):
            continue  # only the noun's own words ("The", "Turkish") before it
        if fixed is None:
            fixed = list(tokens)
        fixed[noun] = tokens[noun]._replace(dep="nsubj")
    return tokens if fixed is None else tuple(fixed)


def acronym_subjects(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with an acronym opening a sentence read as the name it is: the tagger takes
    some for verbs ("ECOWAS" as a gerund, the root, with "imposed" an adjective of its object;
    "IGAD" as an auxiliary of the verb). The acronym becomes the subject of the verb after it."""
    fixed: list[Token] | None = None
    for sent in sentences:
        first = sent.token_start
        t = tokens[first]
        if not (t.text.isupper() and t.text.isalpha() and len(t.text) >= 3):
            continue
        if t.pos not in ("VERB", "AUX") or first + 1 >= sent.token_end:
            continue
        verb = tokens[first + 1]
        if t.dep == "aux" and t.head == verb.i and verb.pos == "VERB":
            if any(
                k.head == verb.i and k.dep.startswith("nsubj")
                for k in tokens[first : sent.token_end]
            ):
                continue
            fixed = fixed if fixed is not None else list(tokens)
            fixed[first] = t._replace(pos="PROPN", tag="NNP", dep="nsubj", lemma=t.text)
        elif (
            t.dep == "ROOT"
            and verb.pos == "VERB"
            and verb.tag in ("VBD", "VBN")
            and verb.dep == "amod"
            and tokens[verb.head].head == first
        ):
            fixed = fixed if fixed is not None else list(tokens)
            for k in range(first + 1, sent.token_end):
                if tokens[k].head == first and k != verb.i:
                    fixed[k] = tokens[k]._replace(head=verb.i)  # its object, the full stop
            fixed[verb.i] = verb._replace(
                dep="ROOT", head=verb.i, tag="VBD", morph="Tense=Past|VerbForm=Fin"
            )
            fixed[verb.head] = fixed[verb.head]._replace(dep="dobj", head=verb.i)
            fixed[first] = t._replace(
                pos="PROPN", tag="NNP", dep="nsubj", head=verb.i, lemma=t.text
            )
    return tokens if fixed is None else tuple(fixed)


_SUBJECTS = ("nsubj", "csubj", "expl")


def subjects_after_a_clause(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with a main clause's subject taken back from the clause before it: in "As the
    Houthis stepped up attacks on shipping, the United States and Britain launched strikes",
    the parser joins "the United States" to "shipping" across the comma (as a conjunct, or as
    an apposition: "After meeting Mubarak in Sharm el-Sheikh, U.S. Secretary of State Albright
    urged"), and "launched" has no subject. A noun phrase coordinated or apposed across a
    comma to a noun before it, ending right before a finite main verb that has no subject, is
    that verb's subject."""
    fixed: list[Token] | None = None
    for sent in sentences:
        for v in range(sent.token_start + 3, sent.token_end):
            verb = tokens[v]
            if verb.pos != "VERB" or verb.tag not in _FINITE or verb.dep not in ("ROOT", "ccomp"):
                continue
            span = tokens[sent.token_start : sent.token_end]
            if any(k.head == v and k.dep.startswith(_SUBJECTS) for k in span):
                continue
            phrase = _phrase_across_comma(tokens, v, sent.token_start)
            if phrase is not None:
                fixed = fixed if fixed is not None else list(tokens)
                fixed[phrase] = tokens[phrase]._replace(dep="nsubj", head=v)
    return tokens if fixed is None else tuple(fixed)


def _phrase_across_comma(tokens: tuple[Token, ...], v: int, start: int) -> int | None:
    """The head of the conjunct noun phrase that ends right before ``v`` (or before the verb's
    own words, "on Saturday") and starts right after a comma, its head before the comma; None
    when there is none."""
    x = v - 1
    while x > start and tokens[x].head != x:
        # past the verb's own short phrases before it: "the Taliban on Saturday released"
        kid = x
        while tokens[kid].head != v and kid != tokens[kid].head and tokens[kid].head < v:
            kid = tokens[kid].head
        if tokens[kid].head != v:
            break
        left = x
        while left - 1 > start and _under(tokens, left - 1, kid):
            left -= 1
        if any(tokens[k].text == "," for k in range(left, x + 1)):
            break
        x = left - 1
    for _ in range(8):  # up from the word before the verb: "Britain" -> "the United States"
        t = tokens[x]
        if t.head == x or t.head >= v or t.head <= start:
            return None
        if t.dep in ("conj", "appos") and t.pos in _NOMINAL and t.head < x:
            left = x
            while left - 1 > t.head and _under(tokens, left - 1, x):
                left -= 1
            if (
                tokens[left - 1].text == ","
                and t.head < left - 1
                and all(_under(tokens, k, x) or _under(tokens, k, v) for k in range(x + 1, v))
            ):
                return x
        x = t.head
    return None


def _under(tokens: tuple[Token, ...], k: int, x: int) -> bool:
    """Whether ``x`` is ``k`` or one of its heads."""
    for _ in range(30):
        if k == x:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def subjects_after_a_date(
    tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> tuple[Token, ...]:
    """``tokens`` with a second clause's subject cut from the date that ends the first: in
    "captured Goma on Tuesday and U.N. peacekeepers withdrew", the parser makes "U.N." a
    conjunct of "Tuesday" (or "Tuesday and U.N." a modifier of "peacekeepers"), so the date
    joins an actor's phrase. Words between "and" after a date and the subject of a verb that
    follows are the subject's modifiers; the date is its preposition's object again, and the
    second verb is coordinated with the first."""
    fixed: list[Token] | None = None
    for sent in sentences:
        for d in range(sent.token_start + 1, sent.token_end - 3):
            date, cc = tokens[d], tokens[d + 1]
            if date.ent_type not in _TIME_ENTITIES or cc.dep != "cc" or cc.lemma != "and":
                continue
            subject = _subject_after(tokens, d + 2, sent.token_end)
            if subject is None:
                continue
            verb = tokens[subject].head
            prep = tokens[d - 1]
            if prep.dep != "prep" or not (date.head == prep.i or date.head == subject):
                continue
            fixed = fixed if fixed is not None else list(tokens)
            for k in range(d + 2, subject):
                if tokens[k].head == d:
                    dep = "amod" if tokens[k].pos == "ADJ" else "compound"
                    fixed[k] = tokens[k]._replace(dep=dep, head=subject)
            fixed[d] = date._replace(dep="pobj", head=prep.i)
            fixed[d + 1] = cc._replace(head=prep.head)
            fixed[verb] = tokens[verb]._replace(dep="conj", head=prep.head)
    return tokens if fixed is None else tuple(fixed)


def _subject_after(tokens: tuple[Token, ...], start: int, end: int) -> int | None:
    """The subject noun a few words after ``start`` whose finite verb follows it, with only
    its own modifiers (no second date) on the way; None when there is none."""
    for s in range(start, min(start + 5, end - 1)):
        t = tokens[s]
        if t.ent_type in _TIME_ENTITIES:
            return None
        verb = tokens[t.head]
        if t.dep == "nsubj" and t.pos in _NOMINAL and t.head > s and verb.tag in _FINITE:
            return s
    return None
