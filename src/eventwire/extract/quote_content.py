"""Cues in the parse, and the content each one governs.

A cue is a verb whose lemma is in the lexicon ("said", "warned"), a verb with its particle
("pointed out", "called for") or "according to". Its content is, in order of preference, a
clausal complement ("said that ...", "promised to ..."), the clause it is inserted into
("..., Lavrov said" / "according to X, ..."), or an object with its prepositional complements
("denied any connection", "blamed Obama for ..."). Everything stays inside the cue's segment
(its sentence within one paragraph): the parser runs sentences across line breaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.quote_cues import Cue, CueLexicon
from eventwire.extract.quote_marks import QuotedRegion
from eventwire.extract.quote_syntax import TreeIndex
from eventwire.models import Token

_CLAUSE = frozenset({"ccomp", "xcomp", "csubj", "pcomp"})
_OBJECT = frozenset({"dobj", "obj", "oprd", "attr", "acomp", "pobj"})
_CONTENT_PREPS = frozenset({"of", "about", "for", "against", "over", "on", "as", "that"})
# verbs whose bare object is not what was said: "told reporters", "added 200 jobs"
NO_BARE_OBJECT = frozenset(
    {"tell", "add", "write", "post", "note", "state", "call", "report", "email", "text", "inform"}
)
# "a group called X", "a man named Y": naming, not speech
_NAMING = frozenset({"call", "name", "dub", "label", "brand", "know", "title"})


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in the text: its tokens ``[start, end)`` and lexicon entry."""

    start: int
    end: int
    head: int  # the verb token (the "according" of "according to")
    cue: Cue
    phrase: bool = False  # "according to": the source is an object, the content the clause


def find_cues(tree: TreeIndex, lexicon: CueLexicon, inside: list[bool]) -> list[CueHit]:
    """Every cue outside quotation marks (``inside`` masks quoted tokens), in text order."""
    tokens = tree.tokens
    hits: list[CueHit] = []
    for tok in tokens:
        if tok.pos != "VERB" and not tok.tag.startswith("VB"):
            continue
        i = tok.i
        if inside[i]:
            continue
        lemma = tok.lemma.lower()
        phrase, width = _phrase(lexicon, tokens, i, lemma)
        if phrase is not None:
            hits.append(CueHit(i, i + width, i, phrase, phrase=phrase.text == "according to"))
            continue
        entry = lexicon.verb(lemma)
        if entry is None or lemma == "accord":
            continue
        if lemma in _NAMING and tok.dep in ("acl", "amod"):
            continue
        if any(tokens[k].dep == "prt" for k in tree.kids[i]):
            continue  # "show up", "back down": a particle the lexicon does not list
        start = i
        while (
            start > 0
            and tokens[start - 1].dep in ("aux", "auxpass", "neg")
            and (tokens[start - 1].head == i)
        ):
            start -= 1
        hits.append(CueHit(start, i + 1, i, entry))
    return hits


def _phrase(
    lexicon: CueLexicon, tokens: tuple[Token, ...], i: int, lemma: str
) -> tuple[Cue | None, int]:
    """A multi-word cue starting at token ``i`` ("point out", "hit back at") and its width."""
    if not lexicon.particles:
        return None, 0
    words = [t.text.lower() for t in tokens[i + 1 : i + 3]]
    for width in (3, 2):
        if len(words) >= width - 1:
            rest = " ".join(words[: width - 1])
            cue = lexicon.with_particle(lemma, rest) or lexicon.with_particle(
                tokens[i].text.lower(), rest
            )
            if cue is not None:
                return cue, width
    return None, 0


def inside_mask(tree: TreeIndex, regions: list[QuotedRegion]) -> list[bool]:
    mask = [False] * len(tree.tokens)
    for region in regions:
        ts, te = tree.tokens_within(region.inner_start, region.inner_end)
        for k in range(ts, te):
            mask[k] = True
    return mask


def complement(tree: TreeIndex, hit: CueHit) -> list[int]:
    """Token indices of what the cue attributes; empty when it governs nothing."""
    if hit.phrase:
        return _according_content(tree, hit)
    c = hit.head
    seg = tree.seg
    tokens = tree.tokens
    kids = [k for k in tree.kids[c] if seg[k] == seg[c] and not (hit.start <= k < hit.end)]
    if hit.end - hit.start > 1 and hit.end - 1 > c:  # "referred to X": X hangs from the particle
        kids += [k for k in tree.kids[hit.end - 1] if seg[k] == seg[c]]
    clauses = [k for k in kids if tokens[k].dep in _CLAUSE]
    right = [k for k in clauses if k > c]
    chosen = right or clauses
    # "The senator is said to have made his peace", "he was accused of ...": the passive
    # subject is content too
    chosen += [k for k in kids if tokens[k].dep == "nsubjpass" and k < c]
    if chosen:
        out: list[int] = []
        for k in chosen:
            out.extend(tree.subtree(k))
        return out
    lemma = tokens[c].lemma.lower()
    objects = [k for k in kids if k > c and tokens[k].dep in _OBJECT]
    if lemma in NO_BARE_OBJECT and not any(tokens[k].dep == "oprd" for k in objects):
        objects = []
    preps = [k for k in kids if k > c and tokens[k].dep == "prep"]
    preps = [k for k in preps if tokens[k].text.lower() in _CONTENT_PREPS and not _when(tree, k)]
    if objects:
        out = []
        for k in objects + [p for p in preps if p > objects[0]]:
            out.extend(tree.subtree(k))
        return out
    if preps and hit.end - hit.start == 1:
        return tree.subtree(preps[0])
    tok = tokens[c]
    if seg[tok.head] == seg[c] and tok.head != c and is_inserted(tree, c):
        # "The deal is dead, Lavrov said" / "By then, they said, ..." / "as EFE reports":
        # the cue hangs from the clause it reports
        own = set(tree.subtree(c))
        return [k for k in tree.subtree(tok.head) if k not in own]
    return []


def is_inserted(tree: TreeIndex, c: int) -> bool:
    """Whether cue ``c`` is a parenthetical or trailing attribution of its head clause."""
    tok = tree.tokens[c]
    if tok.dep == "parataxis":
        return True
    if tok.dep == "advcl" and any(tree.tokens[k].text.lower() == "as" for k in tree.kids[c]):
        return True
    return tok.dep in ("advcl", "ccomp") and tok.head < c


def _when(tree: TreeIndex, prep: int) -> bool:
    """ "on Tuesday", "over the weekend": a time, not what was said."""
    obj = tree.child(prep, "pobj")
    return obj is not None and tree.tokens[obj].ent_type in ("DATE", "TIME")


def _according_content(tree: TreeIndex, hit: CueHit) -> list[int]:
    """ "According to X, ...": the clause the phrase modifies, minus the phrase."""
    c = hit.head
    tokens = tree.tokens
    phrase = set(tree.subtree(c))
    phrase.update(tree.subtree(hit.start + 1))
    head = tokens[c].head
    if head == c or tree.seg[head] != tree.seg[c]:
        lo, hi = tree.segment_bounds(c)
        return [k for k in range(lo, hi) if k not in phrase]
    while tokens[head].dep not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and (
        tokens[head].head != head and tree.seg[tokens[head].head] == tree.seg[c]
    ):
        head = tokens[head].head
    return [k for k in tree.subtree(head) if k not in phrase]


def according_source(tree: TreeIndex, hit: CueHit) -> int | None:
    """The object of "according to"."""
    to = hit.start + 1
    obj = tree.child(to, "pobj")
    if obj is None:
        obj = tree.child(hit.head, "pobj")
    return obj
