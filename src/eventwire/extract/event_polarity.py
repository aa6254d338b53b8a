"""Acts told as not done: "did not sign", "no longer supplies", "has yet to ratify", "neither
signed", "will not allow them to use its bases for an invasion", "failed to adopt a resolution
condemning". Read by ``event_modality`` for each trigger's clause."""

from __future__ import annotations

from eventwire.extract.event_structure import Tree
from eventwire.extract.event_words import VERB_SUBJECTS

_NO_LONGER = frozenset({"long", "longer", "more"})
# what a body adopts or issues that states an act: "failed to adopt a resolution condemning
# the coup", "did not issue a statement criticising Beijing": not adopted, not stated
_TEXTS = frozenset(
    {"resolution", "statement", "declaration", "communique", "letter", "motion", "text"}
)
# "will not allow troops to use its bases for an invasion": what is not let happen
_LETTING = frozenset({"allow", "let", "permit"})
# "avoided condemning Russia", "refrained from criticising Beijing": held back, not done
_AVOIDING = frozenset({"avoid", "refrain", "abstain", "desist", "eschew"})


def negated_at(tree: Tree, i: int) -> bool:
    """The word at ``i`` is negated: "did not sign", "no talks", and "no longer supplies",
    where "no" hangs on the adverb."""
    deps = tree.deps
    for c in tree.kids[i]:
        if deps[c] == "neg" or (deps[c] == "det" and tree.lemmas[c] == "no"):
            return True
        if (
            deps[c] == "advmod"
            and tree.lemmas[c] in _NO_LONGER
            and any(deps[g] == "neg" for g in tree.kids[c])
        ):
            return True
    return False


def not_yet_done(tree: Tree, verb: int) -> bool:
    """ "has yet to ratify the treaty", "stopped short of recognising": not done (so far)."""
    toks = tree.tokens
    deps = tree.deps
    head = toks[verb].head
    if deps[verb] == "xcomp" and tree.lemmas[head] in ("have", "be"):
        return any(tree.lemmas[c] == "yet" for c in tree.kids[head] if c < verb)
    if deps[verb] != "pcomp" or tree.lemmas[head] != "of":
        return False
    short = toks[head].head
    return tree.lemmas[short] == "short" and tree.lemmas[toks[short].head] in ("stop", "fall")


def not_let(tree: Tree, verb: int) -> bool:
    """ "will not allow troops to use its bases for an invasion", "did not let them enter":
    what a negated letting is about did not happen (nor is it promised)."""
    toks = tree.tokens
    head = toks[verb].head
    return (
        tree.deps[verb] in ("ccomp", "xcomp")
        and head != verb
        and tree.lemmas[head] in _LETTING
        and negated_at(tree, head)
    )


# "stopped cooperating with the IAEA", "will cease complying": done no more (a gerund only:
# "stopped to talk" is another thing)
_STOPPING = frozenset({"stop", "cease", "quit", "discontinue"})


def held_back(tree: Tree, verb: int) -> bool:
    """ "avoided condemning Russia", "abstained from criticising Beijing", "stopped
    cooperating with the IAEA": not done."""
    toks = tree.tokens
    deps = tree.deps
    head = toks[verb].head
    if deps[verb] == "xcomp":
        stopped = tree.lemmas[head] in _STOPPING and toks[verb].tag == "VBG"
        return tree.lemmas[head] in _AVOIDING or stopped
    if deps[verb] != "pcomp" or tree.lemmas[head] != "from":
        return False
    return tree.lemmas[toks[head].head] in _AVOIDING


def text_not_adopted(tree: Tree, verb: int) -> bool:
    """ "failed to adopt a resolution condemning the coup", "did not sign a letter urging
    talks": the act a text states is not made when the text is not adopted."""
    toks = tree.tokens
    deps = tree.deps
    noun = toks[verb].head
    if deps[verb] != "acl" or tree.lemmas[noun] not in _TEXTS or deps[noun] != "dobj":
        return False
    adopt = toks[noun].head
    if negated_at(tree, adopt):
        return True
    return deps[adopt] == "xcomp" and tree.lemmas[toks[adopt].head] == "fail"


def no_doer(tree: Tree, verb: int) -> bool:
    """ "Neither Peru nor Chile signed", "no country voted against it": done by no one."""
    deps = tree.deps
    subj = tree.child(verb, VERB_SUBJECTS)
    return subj is not None and any(
        deps[c] in ("det", "preconj") and tree.lemmas[c] in ("neither", "no")
        for c in tree.kids[subj]
    )
