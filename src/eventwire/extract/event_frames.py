"""Frames: acts whose code depends on what they are about ("refused to accept talks" is a
refusal coded by the talks, "threatened sanctions" a threat of sanctions), and plain statements
that a party must or should act (a demand or an appeal of that party). Resolved from the inside
out once every trigger is matched (event_match)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.coding.patterns import PatternSet
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import OBJECTS

if TYPE_CHECKING:  # matches are made in event_match, which runs these passes
    from eventwire.extract.event_match import Match

_COMPLEMENT_PREPS = frozenset({"of", "for", "to", "on", "against", "over", "about", "in"})
# Verbs whose "with" names what is threatened: "threatened Yugoslavia with air strikes".
_THREATENING_WITH = frozenset({"threaten", "menace"})


# "X said Y must do Z" is X demanding Z of Y; "should" makes it an appeal.
OBLIGATION_FRAMES = {"must": "demand", "should": "appeal", "ought": "appeal"}


def obligations(tree: Tree, patterns: PatternSet, matches: dict[int, Match]) -> None:
    deps = tree.deps
    for i, match in matches.items():
        if not (match.pattern.speech and match.code == "010"):
            continue
        said = said_in_message(tree, i)
        for c in (*tree.kids[i], *said):
            # "told Ankara it must let more water flow": a clause the parser may call xcomp;
            # "a reminder to Iraq that it must cooperate": a message's own clause
            if deps[c] not in ("ccomp", "xcomp") and c not in said:
                continue
            aux = {tree.lemmas[g] for g in tree.kids[c] if deps[g] == "aux"}
            if tree.obliged_to(c) is not None:
                aux.add("must")  # "said Ankara had to let more water flow", not "has yet to"
            frame = next((OBLIGATION_FRAMES[a] for a in aux if a in OBLIGATION_FRAMES), None)
            if frame in patterns.frames and tree.child(c, frozenset({"nsubj"})) is not None:
                match.frame = frame
                match.code = patterns.frames[frame].default or match.code


def said_in_message(tree: Tree, i: int) -> list[int]:
    """The "that" clause of a message noun ``i``: "a reminder to Iraq that it must cooperate",
    on the noun or, as the parser often hangs it, on the verb that sends the noun."""
    toks = tree.tokens
    deps = tree.deps
    if toks[i].pos != "NOUN":
        return []
    kids = [c for c in tree.kids[i] if deps[c] == "acl"]
    if deps[i] == "dobj":
        kids += [c for c in tree.kids[toks[i].head] if c > i and deps[c] == "ccomp"]
    return [c for c in kids if tree.child(c, _MARK) is not None]


def complement_of(
    tree: Tree, i: int, matches: dict[int, Match], particle: str | None = None
) -> int | None:
    """What a frame is about: its infinitive or clause, a "for"/"of" object (or that of the
    pattern's own preposition: "hinted at military action"), or its object."""
    toks = tree.tokens
    deps = tree.deps
    found: list[int] = []
    kids = list(tree.kids[i])
    if toks[i].pos == "NOUN" and deps[i] == "dobj":
        # "made a threat on Thursday to downgrade ties": the parser hangs the noun's
        # infinitive on the light verb
        kids += [
            c
            for c in tree.kids[toks[i].head]
            if c > i and deps[c] == "advcl" and tree.is_to_infinitive(c)
        ]
    said = said_in_message(tree, i)
    kids += [c for c in said if c not in kids]
    for c in kids:
        dep = deps[c]
        # "have sworn to fight", parsed as a clause; a noun's "its willingness to cooperate"
        infinitive = dep in ("advcl", "acl") and tree.is_to_infinitive(c)
        if dep in ("xcomp", "ccomp") or infinitive or c in said:
            found.append(c)
            # a light verb's object: "refused to hold talks"
            found.extend(g for g in tree.kids[c] if g in matches and deps[g] in OBJECTS)
        elif dep == "prep" and (
            tree.lemmas[c] in _COMPLEMENT_PREPS
            or tree.lemmas[c] == particle
            or (tree.lemmas[c] == "with" and tree.lemmas[i] in _THREATENING_WITH)
        ):
            found.extend(g for g in tree.kids[c] if deps[g] in ("pcomp", "pobj"))
        elif dep in OBJECTS or dep == "nsubjpass":
            found.append(c)
            # "demanded the release of" / "rejected calls for": the object's own complement;
            # "stepped up pressure on Iraq to release them": the object's infinitive
            for p in tree.kids[c]:
                if deps[p] == "prep" and tree.lemmas[p] in ("of", "for", "to"):
                    found.extend(g for g in tree.kids[p] if g in matches)
                elif deps[p] == "acl" and p in matches and tree.is_to_infinitive(p):
                    found.append(p)
    for c in found:
        if c in matches:
            return c
    for c in found:  # "accused X of preparing for a war": the act inside the complement
        if toks[c].pos == "VERB":
            inner = _act_within(tree, c, matches)
            if inner is not None:
                return inner
    # nothing coded: what is said or done ("accused X of interfering", "said X must be
    # ready") before who or where ("said in Lima that")
    for c in found:
        if toks[c].pos in ("VERB", "AUX"):
            return c
    found = [c for c in found if toks[c].ent_type not in ("DATE", "TIME")]  # "on Monday"
    # "accused Chile of corruption": what the object is charged with, not the object
    charged = [
        c
        for c in found
        if deps[c] in ("pobj", "pcomp") and tree.lemmas[toks[c].head] in ("of", "for", "with")
    ]
    return (charged or found)[0] if found else None


_INSIDE = frozenset({"dobj", "prep", "pobj", "pcomp", "xcomp"})
_MARK = frozenset({"mark"})


def _act_within(tree: Tree, verb: int, matches: dict[int, Match]) -> int | None:
    """The first coded act below an uncoded complement, three steps down at most: "accused
    Tehran of failing to meet its commitments" -> "commitments"."""
    frontier = [verb]
    for _ in range(3):
        nxt = [g for c in frontier for g in tree.kids[c] if tree.deps[g] in _INSIDE]
        for g in nxt:
            if g in matches:
                return g
        frontier = nxt
    return None


def _more_charges(tree: Tree, i: int, comp: int | None, matches: dict[int, Match]) -> list[int]:
    """ "accused X of fraud and of sympathizing with Y": the second charge is content of the
    same speech act, not an act of its own. Removes and returns those coded charges."""
    deps = tree.deps
    out: list[int] = []
    objects = [c for c in tree.kids[i] if deps[c] in OBJECTS]  # "accused X of ..."
    for p in (p for h in (i, *objects) for p in tree.kids[h]):
        if deps[p] != "prep" or tree.lemmas[p] not in _COMPLEMENT_PREPS:
            continue
        for q in tree.conjuncts(p):
            if q == p:
                continue
            for g in tree.kids[q]:
                if deps[g] in ("pcomp", "pobj") and g in matches and g != comp:
                    out.append(g)
                    out.extend(matches[g].absorbed)
                    del matches[g]
    return out


def resolve_frames(tree: Tree, patterns: PatternSet, matches: dict[int, Match]) -> None:
    framed = sorted((i for i, m in matches.items() if m.frame), key=tree.depth, reverse=True)
    for i in framed:
        match = matches.get(i)
        if match is None:
            continue
        frame = patterns.frames[match.frame or ""]
        comp = complement_of(tree, i, matches, match.pattern.particle)
        comp_code: str | None = None
        words: set[str] = set()
        if comp is not None:
            if tree.tokens[comp].pos == "NOUN":
                # "war crimes": the phrase, as frames list it; not where or when it was asked
                # ("asked them for support at a summit" appeals for no meeting)
                phrase: dict[str, int] = {}
                tree.noun_words(comp, phrase)
                words = set(phrase)
            else:
                words = set(tree.argument_words(comp))
            words.add(tree.lemmas[comp])
            inner = matches.get(comp)
            if inner is not None:
                comp_code = inner.code
                if match.pattern.absorb:
                    match.absorbed.append(comp)
                    match.absorbed.extend(inner.absorbed)
                    del matches[comp]
        if comp is not None and match.pattern.absorb and tree.tokens[comp].pos == "VERB":
            # "urged both sides to protect civilians and allow aid in": each verb asked for
            # (in its form: "refused to sign it and expelled the envoy" is a second act)
            form = tree.tokens[comp].tag
            for c in tree.conjuncts(comp)[1:]:
                inner = matches.pop(c, None)
                if inner is not None and tree.tokens[c].tag == form:
                    match.absorbed.append(c)
                    match.absorbed.extend(inner.absorbed)
                elif inner is not None:
                    matches[c] = inner
                elif tree.tokens[c].tag == form:
                    # "urged Israel to freeze settlements and resume talks": the talks asked for
                    for obj in tree.children(c, frozenset({"dobj"})):
                        if obj in matches and tree.tokens[obj].pos == "NOUN":
                            match.absorbed.append(obj)
                            match.absorbed.extend(matches.pop(obj).absorbed)
        if match.pattern.speech and match.pattern.absorb:
            match.absorbed.extend(_more_charges(tree, i, comp, matches))
        code = frame.resolve(comp_code, words)
        if code is None and comp_code is None:
            del matches[i]  # an aim at nothing codeable ("wants to review it") is no event
            continue
        code = code or comp_code  # default null: the complement's own code
        clause = comp is not None and tree.deps[comp] == "ccomp"
        if comp_code is None and frame.clause and clause and code == frame.default:
            code = frame.clause
        match.code = code or match.code
        match.complement = comp
        match.inner = comp_code
        match.modality = frame.modality
