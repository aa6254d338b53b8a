"""Direct quotations: each quoted region attached to its cue and speaker.

A region takes the cue right after its closing mark ("...,” said Lavrov) when only the speaker
stands between, else a cue before it in the same sentence (Lavrov said: “...” or a partial
quote inside a reported clause), else the clause before a colon (Trump fired back: “...”).
Quotes that only continue a speaker's words (the next sentence, or a paragraph that reopens
the quote) join that speaker's quote as more content spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.extract.quote_content import (
    NO_BARE_OBJECT,
    CueHit,
    according_source,
    complement,
)
from eventwire.extract.quote_cues import Cue
from eventwire.extract.quote_marks import QuotedRegion
from eventwire.extract.quote_speakers import cue_subject
from eventwire.extract.quote_syntax import TreeIndex
from eventwire.models import ActorMention

_WINDOW_AFTER = 20  # tokens from a closing mark to its cue: ", the deputy minister ... said"
_STOPS = frozenset({".", "!", "?", ";"})
COLON = Cue(":", "assert", "speech")


@dataclass
class Draft:
    """A quote being assembled: content as character ranges, plus its cue."""

    spans: list[tuple[int, int]]
    hit: CueHit | None
    speaker: int | None  # token heading the source
    sentence: int
    regions: list[QuotedRegion] = field(default_factory=list)
    reported_by: ActorMention | None = None


def region_tokens(tree: TreeIndex, region: QuotedRegion) -> tuple[int, int]:
    return tree.tokens_within(region.start, region.end)


def attribute_regions(
    tree: TreeIndex,
    regions: list[QuotedRegion],
    by_head: dict[int, CueHit],
    inside: list[bool],
    drafts: list[Draft],
    claimed: dict[int, Draft],
) -> list[QuotedRegion]:
    """Attach each quoted region to a cue after or before it; return those left unattached."""
    leftovers: list[QuotedRegion] = []
    for region in regions:
        ts, te = region_tokens(tree, region)
        if te <= ts:
            continue
        found = _cue_after(tree, te, by_head, inside)
        if found is None:
            hit = _cue_before(tree, ts, te, by_head)
            speaker = speaker_of(tree, hit) if hit is not None else None
            if hit is None and (colon := _colon_intro(tree, ts)) is not None:
                hit, speaker = colon
        else:
            hit, speaker = found
        if hit is None:
            leftovers.append(region)
            continue
        span = (region.start, region.end)
        if hit.head in claimed:  # “A,” he said, “B.”: one quote in two parts
            draft = claimed[hit.head]
            draft.spans.append(span)
            draft.regions.append(region)
            continue
        spans = [span]
        if hit.head < ts and not _names_quote(tree, hit, ts, te):
            # cue first: the quote may be part of a longer reported clause
            extra = [k for k in complement(tree, hit) if not (ts <= k < te)]
            if extra and min(extra) < te and max(extra) >= ts - 1:
                spans.extend((tree.starts[a], tree.ends[b - 1]) for a, b in tree.runs(extra))
        draft = Draft(spans, hit, speaker, tree.tokens[hit.head].sent, [region])
        drafts.append(draft)
        claimed[hit.head] = draft
    return leftovers


def _cue_after(
    tree: TreeIndex, te: int, by_head: dict[int, CueHit], inside: list[bool]
) -> tuple[CueHit, int | None] | None:
    """“...,” said Lavrov / “...,” he told reporters: a cue just after the closing mark."""
    tokens = tree.tokens
    limit = min(len(tokens), te + _WINDOW_AFTER)
    for k in range(te, limit):
        tok = tokens[k]
        if "\n" in tok.text or (k > te and "\n" in tokens[k - 1].ws):
            return None
        if k in by_head:
            hit = by_head[k]
            if hit.phrase:  # “...,” according to the ministry: nothing else in between
                if not all(tree.is_punct(j) for j in range(te, hit.start)):
                    return None
                return hit, according_source(tree, hit)
            subject = cue_subject(tree, k)
            if subject is None:  # “...,” said Alden: the parser may take Alden for an object
                subject = tree.child(k, "dobj", "obj", "attr", "npadvmod")
                if subject is None or not all(tree.is_punct(j) for j in range(te, hit.start)):
                    return None
                return hit, subject
            if not _only_attribution_between(tree, te, hit, subject):
                return None
            if tree.tokens[te - 1].head == subject or any(
                tree.tokens[j].head == subject for j in range(max(te - 3, 0), te)
            ):
                return None  # the “Lanny” referred to: the quote is the subject itself
            if any(
                j > k and _own_content(tree, k, j, inside) and tree.seg[j] == tree.seg[k]
                for j in tree.children(k)
            ):
                return None  # “...,” she did not reveal his name: the cue has its own content
            return hit, subject
        if tok.text in _STOPS or (tok.text in ("“", '"', "‘") and k > te):
            return None
    return None


def _colon_intro(tree: TreeIndex, ts: int) -> tuple[CueHit, int] | None:
    """Trump fired back on Twitter: “...”: a clause with a subject, then a colon, then the
    quote; the colon is the cue and the clause's subject the speaker."""
    colon = ts - 1
    while colon > 0 and not tree.tokens[colon].text.strip():
        colon -= 1
    if colon <= 0 or tree.tokens[colon].text != ":":
        return None
    node = tree.tokens[colon].head
    for _ in range(6):
        tok = tree.tokens[node]
        if tok.pos in ("VERB", "AUX"):
            subject = tree.child(node, "nsubj")
            if subject is not None and tree.seg[subject] == tree.seg[colon]:
                return CueHit(colon, colon + 1, colon, COLON), subject
        if tok.head == node or tree.seg[tok.head] != tree.seg[colon]:
            return None
        node = tok.head
    return None


def _names_quote(tree: TreeIndex, hit: CueHit, ts: int, te: int) -> bool:
    """Called the move “deeply troubling”: the quoted predicate is the content, not the
    object it describes."""
    for k in tree.children(hit.head):
        if tree.tokens[k].dep in ("oprd", "attr") and ts <= k < te:
            return True
    return False


def _own_content(tree: TreeIndex, cue: int, child: int, inside: list[bool]) -> bool:
    """Whether a dependent is content of the cue's own (an addressee is not: "told reporters")."""
    dep = tree.tokens[child].dep
    if dep in ("ccomp", "xcomp"):
        return not inside[child]  # “A,” he said, “B.”: B is the same quote, not new content
    return dep in ("dobj", "obj") and tree.tokens[cue].lemma.lower() not in NO_BARE_OBJECT


def _only_attribution_between(tree: TreeIndex, te: int, hit: CueHit, subject: int) -> bool:
    """Whether the tokens between a closing mark and its cue are the speaker and little else:
    “...,” the deputy minister, Ivan Petrov, also said / “...,” said Lavrov."""
    if hit.start < te:
        return False
    if hit.start == te or subject > hit.head:
        return all(tree.is_punct(j) for j in range(te, hit.start))
    speaker = set(tree.subtree(subject))
    return all(
        tree.is_punct(j) or j in speaker or tree.tokens[j].dep in ("advmod", "aux", "neg")
        for j in range(te, hit.start)
    )


def _cue_before(tree: TreeIndex, ts: int, te: int, by_head: dict[int, CueHit]) -> CueHit | None:
    """Lavrov said: “...” / Lavrov said the deal was “dead”: a cue earlier in the segment."""
    lo, _ = tree.segment_bounds(ts)
    if lo == ts:  # the quote opens its segment: look across a colon ending the previous one
        if ts == 0 or tree.tokens[ts - 1].text not in (":",):
            return None
        lo, _ = tree.segment_bounds(ts - 1)
    seg = tree.seg
    tokens = tree.tokens
    for k in range(ts - 1, lo - 1, -1):
        hit = by_head.get(k)
        if hit is None:
            continue
        gap = [j for j in range(hit.end, ts) if not tree.is_punct(j)]
        if len(gap) <= 3 and any(tokens[j].text in (":", ",") for j in range(hit.end, ts)):
            return hit  # said: “...” / told reporters, “...”
        for j in range(ts, te):  # is the quotation under the cue in the tree?
            node = j
            for _ in range(6):
                if node == k:
                    return hit
                parent = tokens[node].head
                if parent == node or seg[parent] != seg[node]:
                    break
                node = parent
        if not gap:
            return hit
    return None


def continue_quotes(tree: TreeIndex, leftovers: list[QuotedRegion], drafts: list[Draft]) -> None:
    """A whole-sentence quote right after a speaker's quote continues it (even across a
    paragraph break); one right before an attributed quote opens it; one after a sentence
    about a named person is that person's (Ryabkov met reporters. “The treaty is dead.”)."""
    ordered = sorted(drafts, key=lambda d: max(e for _, e in d.spans))
    for region in leftovers:
        ts, _ = region_tokens(tree, region)
        if not _opens_segment(tree, ts) and not region.continued:
            continue  # a phrase in scare quotes
        if any(s < region.end and region.start < e for d in drafts for s, e in d.spans):
            continue  # already part of a reported clause
        previous = _draft_before(ordered, region.start)
        if previous is not None and _adjacent(tree, previous, ts):
            previous.spans.append((region.start, region.end))
            previous.regions.append(region)
            continue
        following = _draft_after(drafts, region.end)
        if following is not None and following.regions:
            gap = tree.text[region.end : following.regions[0].start]
            if not gap.strip():
                following.spans.insert(0, (region.start, region.end))
                following.regions.insert(0, region)
                continue
        speaker = _introduced_speaker(tree, ts)
        if speaker is not None:
            sentence = tree.tokens[ts].sent
            drafts.append(Draft([(region.start, region.end)], None, speaker, sentence, [region]))


def _introduced_speaker(tree: TreeIndex, ts: int) -> int | None:
    """The person the previous sentence is about, when it is a named person or he/she."""
    seg = tree.seg[ts]
    if seg == 0:
        return None
    lo, hi = tree.seg_start[seg - 1], tree.seg_start[seg]
    if tree.para[ts] - tree.para[lo] > 1:
        return None
    for k in range(lo, hi):
        tok = tree.tokens[k]
        main_clause = tree.seg[tok.head] == seg - 1 and tree.tokens[tok.head].dep == "ROOT"
        person = tok.ent_type == "PERSON" or tok.text.lower() in ("he", "she")
        if tok.dep == "nsubj" and main_clause and person:
            return k
    return None


def _opens_segment(tree: TreeIndex, ts: int) -> bool:
    lo, _ = tree.segment_bounds(ts)
    return ts == lo or all(
        tree.is_punct(k) or not tree.tokens[k].text.strip() for k in range(lo, ts)
    )


def _draft_before(ordered: list[Draft], start: int) -> Draft | None:
    best = None
    for draft in ordered:
        if max(e for _, e in draft.spans) <= start:
            best = draft
    return best


def _draft_after(drafts: list[Draft], end: int) -> Draft | None:
    after = [d for d in drafts if d.regions and d.regions[0].start >= end]
    return min(after, key=lambda d: d.regions[0].start) if after else None


def _adjacent(tree: TreeIndex, draft: Draft, ts: int) -> bool:
    """Whether only the draft's own sentences lie between it and token ``ts``."""
    last_end = max(e for _, e in draft.spans)
    last_tok = tree.token_at(max(last_end - 1, 0))
    cue_tok = draft.hit.end - 1 if draft.hit else last_tok
    frontier = max(tree.seg[last_tok], tree.seg[cue_tok])
    return tree.seg[ts] <= frontier + 1


def speaker_of(tree: TreeIndex, hit: CueHit) -> int | None:
    if hit.phrase:
        return according_source(tree, hit)
    return cue_subject(tree, hit.head)
