"""Who is speaking: the source of a cue, as an actor mention.

The speaker is the cue's subject ("Lavrov said", "..., said Lavrov"), the subject of the verb
a participle hangs from ("..., adding"), the object of "according to", or the relative pronoun
of "who said" (its actor comes from the noun it refers to). The token span then maps to the
actor mention that overlaps it, so a pronoun resolved by coreference keeps its own span and
gains the actor's code; with no such mention the speaker is an uncoded mention with rule
``quote:unresolved``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from eventwire.extract.quote_syntax import SUBJECTS, TreeIndex
from eventwire.models import ActorMention

_CLIMB = frozenset(
    {"advcl", "xcomp", "conj", "pcomp", "ccomp", "parataxis", "acl", "relcl", "prep"}
)
_NAME_PARTS = frozenset({"compound", "flat", "amod", "det", "poss", "case", "nmod", "nummod"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)


def cue_subject(tree: TreeIndex, cue: int) -> int | None:
    """The token heading the cue's source, climbing from participles and coordinated verbs."""
    seg = tree.seg
    if tree.child(cue, "nsubjpass") is not None:  # "was first reported by The Post"
        agent = tree.child(cue, "agent")
        return tree.child(agent, "pobj") if agent is not None else None
    node = cue
    for _ in range(4):
        subj = _nearest_subject(tree, node)
        if subj is not None and seg[subj] == seg[cue]:
            if tree.tokens[subj].dep == "expl":
                return None
            return subj
        agent = tree.child(node, "agent")  # "was quoted by X"
        if agent is not None and (pobj := tree.child(agent, "pobj")) is not None:
            return pobj
        tok = tree.tokens[node]
        if tok.dep == "acl" and tok.head != node and seg[tok.head] == seg[cue]:
            noun = tree.tokens[tok.head]
            if noun.dep in ("dobj", "obj") and (subj := tree.child(noun.head, *SUBJECTS)):
                return subj  # "X issued a statement saying ...": X speaks
            return tok.head  # "a statement saying ...": the statement is the source
        if tok.dep not in _CLIMB or tok.head == node or seg[tok.head] != seg[cue]:
            return None
        if tok.dep in ("ccomp", "parataxis") and tok.head > node:
            return None  # a cue inside the content of a later verb has no subject of its own
        node = tok.head
    return None


def _nearest_subject(tree: TreeIndex, node: int) -> int | None:
    """The verb's subject nearest to it: a misparse can hang two subjects on one verb."""
    found = [k for k in tree.children(node) if tree.tokens[k].dep in SUBJECTS]
    return min(found, key=lambda k: abs(k - node)) if found else None


def name_extent(tree: TreeIndex, head: int) -> tuple[int, int]:
    """The token range naming the source: the head with its name parts, not its appositions."""
    lo = hi = head
    for k in tree.children(head):
        if tree.tokens[k].dep in _NAME_PARTS and tree.seg[k] == tree.seg[head]:
            sub = tree.subtree(k)
            lo = min(lo, min(sub))
            if k > head:
                hi = max(hi, max(sub))
    # keep the extent contiguous with the head on the right: no trailing commas
    while hi > head and tree.is_punct(hi):
        hi -= 1
    return lo, hi + 1


class SpeakerResolver:
    """Maps token spans to the article's actor mentions, sorted once for bisection."""

    def __init__(self, tree: TreeIndex, actors: Sequence[ActorMention]) -> None:
        self.tree = tree
        self.actors = sorted(actors, key=lambda a: (a.token_start, -a.token_end))
        self.starts = [a.token_start for a in self.actors]

    def overlapping(self, ts: int, te: int) -> list[ActorMention]:
        k = bisect_left(self.starts, te)
        found = [a for a in self.actors[max(0, k - 8) : k] if a.token_end > ts]
        return found

    def mention(self, head: int) -> ActorMention:
        """The actor mention for a source headed by token ``head``."""
        tree = self.tree
        ts, te = name_extent(tree, head)
        found = self.overlapping(ts, te)
        if found:
            return min(
                found, key=lambda a: (not (a.token_start <= head < a.token_end), a.token_start)
            )
        tok = tree.tokens[head]
        span = tree.span(ts, te)
        name: str | None = None if is_pronoun(tok.text) else span.text
        code = country = None
        if tok.text.lower() in _RELATIVE and tok.dep in ("nsubj", "nsubjpass"):
            antecedent = self._antecedent(head)
            if antecedent is not None:
                name, code, country = antecedent.name, antecedent.code, antecedent.country
        return ActorMention(
            span=span,
            name=name,
            code=code,
            country=country,
            rule="quote:unresolved" if code is None else "quote:relative",
            sentence=tok.sent,
            token_start=ts,
            token_end=te,
            head=head,
        )

    def _antecedent(self, pronoun: int) -> ActorMention | None:
        """The actor a relative pronoun refers to: the noun its clause modifies."""
        verb = self.tree.tokens[pronoun].head
        noun = self.tree.tokens[verb].head
        if self.tree.tokens[verb].dep != "relcl":
            return None
        found = self.overlapping(*name_extent(self.tree, noun))
        return found[0] if found else None


def is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS
