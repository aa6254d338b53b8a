"""Reported speech around a trigger: the speech verb that reports it ("Russia said Kyiv had
shelled the plant"), a closing reporter ("..., the ministry said"), a contrast that is no
report ("while Peru said ..."), and "according to". Asked by ``events`` to tell an act from
its telling."""

from __future__ import annotations

from eventwire.extract.event_structure import Tree


def reporting_verb(tree: Tree, i: int, speech: set[int]) -> int | None:
    """The speech verb that reports the trigger at ``i``, if any.

    ``speech`` holds the token indices of speech cues ("said", "announced", "accused"). Walk up
    through clausal complements; a trigger that heads its clause also looks for a parenthetical
    reporter below it ("Peru will sign, officials said").
    """
    toks = tree.tokens
    deps = tree.deps
    j = tree.clause_head(i)
    if i in speech and contrasted(tree, j):
        return None
    for _ in range(12):
        for c in tree.kids[j]:
            if c in speech and c != i and deps[c] == "parataxis":
                return c
        if toks[j].head == j:
            return _tail_reporter(tree, j, speech)
        dep = deps[j]
        head = toks[j].head
        if dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj") and head in speech:
            return head if head != i else None
        if dep not in ("ccomp", "conj", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep"):
            return None
        j = head
    return None


_CONTRAST_MARKS = frozenset({"while", "whereas", "as"})


def contrasted(tree: Tree, j: int) -> bool:
    """ "Thai officials said Cambodian troops fired first, while Cambodia accused Thailand":
    another side's speech set against the report is the writer's, not the reporter's."""
    return (
        tree.deps[j] == "advcl"
        and any(tree.lemmas[c] in _CONTRAST_MARKS and tree.deps[c] == "mark" for c in tree.kids[j])
        and tree.child(j, frozenset({"nsubj"})) is not None
    )


# nouns a sentence-final reporter is misparsed onto, and what its verb may not take
_TAIL_HOSTS = frozenset({"dobj", "npadvmod", "appos", "attr", "oprd"})


_TAIL_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr"})


# verbs that only tell ("a claim the students rejected" answers the report instead)
_TELLING = frozenset({"say", "report", "tell", "add", "state", "write", "announce", "confirm"})


def _tail_reporter(tree: Tree, root: int, speech: set[int]) -> int | None:
    """A closing reporter parsed as a relative clause of the last object: "Russia accused
    Ukraine of X, the state news agency TASS reported" (reported: relcl of "agency");
    '"Our forces downed four drones," the air force said' (said: relcl of "drones"). Only a
    verb of telling with a subject of its own and nothing reported, after a comma."""
    toks = tree.tokens
    deps = tree.deps
    for noun in tree.kids[root]:
        if deps[noun] not in _TAIL_HOSTS or noun < root:
            continue
        for verb in tree.kids[noun]:
            if verb not in speech or deps[verb] != "relcl" or tree.lemmas[verb] not in _TELLING:
                continue
            if any(deps[c] in _TAIL_OBJECTS for c in tree.kids[verb]):
                continue
            subj = tree.child(verb, frozenset({"nsubj"}))
            if subj is None or not any(
                toks[k].text == "," for k in range(max(root, noun - 12), subj)
            ):
                continue
            return verb
    return None


def according_to(tree: Tree, i: int) -> int | None:
    """ "according to X": the token of X, attached to the trigger's clause."""
    deps = tree.deps
    verb = tree.clause_head(i)
    for c in tree.kids[verb]:
        if tree.lemmas[c] == "accord" and deps[c] == "prep":
            for g in tree.kids[c]:
                if tree.lemmas[g] == "to":
                    for h in tree.kids[g]:
                        if deps[h] == "pobj":
                            return h
    return None
