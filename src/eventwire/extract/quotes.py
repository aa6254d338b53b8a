"""Quotes and attributions: who said what, with which cue, and who reported it.

The passes over one article:

1. Speaker labels ("Lavrov: Treaty is dead", ``quote_labels``) claim their lines.
2. Quoted regions (``quote_marks``) are attributed to a cue right after them ("...,” said
   Lavrov), before them in the same sentence (Lavrov said: “...”, partial quotes inside a
   reported clause) or to the clause before a colon (``quote_direct``).
3. Every cue not used by a quotation governs indirect content (``quote_content``): "X said
   that ...", "according to X, ...", "X denied any connection"; lexicon nouns with a stated
   content add "allegations that ..." (``quote_nouns``).
4. A whole-sentence quote that only continues a speaker's words (the next sentence, or a
   paragraph that reopens the quote) joins that speaker's quote as another content span.
5. Cues whose source is a news outlet ("as EFE reports", "state media reported") set
   ``reported_by`` on the other quotes of their sentence and the rest of their paragraph.

``kind`` follows the content: direct when its words all lie inside quotation marks, mixed
when it holds a quotation and more, indirect otherwise. Speakers map to the overlapping
actor mention (``quote_speakers``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.extract.locations import dateline_end
from eventwire.extract.quote_content import CueHit, complement, find_cues, inside_mask
from eventwire.extract.quote_cues import CueLexicon, load_cues
from eventwire.extract.quote_direct import (
    COLON,
    Draft,
    attribute_regions,
    continue_quotes,
    region_tokens,
    speaker_of,
)
from eventwire.extract.quote_labels import find_labels
from eventwire.extract.quote_marks import QuotedRegion, find_quoted_regions
from eventwire.extract.quote_nouns import find_noun_cues
from eventwire.extract.quote_speakers import SpeakerResolver
from eventwire.extract.quote_syntax import TreeIndex
from eventwire.models import ActorMention, ParsedArticle, Quote, QuoteKind

__all__ = ["CueLexicon", "extract_quotes", "load_cues"]

_WORD = re.compile(r"\w")


def extract_quotes(
    parsed: ParsedArticle, actors: Sequence[ActorMention], cues: CueLexicon
) -> list[Quote]:
    """Direct and indirect quotes of an article, in text order.

    >>> quotes = extract_quotes(parsed, actors, load_cues())  # doctest: +SKIP
    >>> quotes[0].speaker.span.text, quotes[0].kind
    ('Lavrov', 'direct')
    """
    if not parsed.tokens:
        return []
    tree = TreeIndex(parsed)
    regions = [r for r in find_quoted_regions(parsed.article.text) if not r.nested]
    inside = inside_mask(tree, regions)
    hits = find_cues(tree, cues, inside)
    by_head = {h.head: h for h in hits}
    drafts: list[Draft] = []
    claimed: dict[int, Draft] = {}  # cue head -> the quote it introduced
    unlabelled = _labelled(tree, inside, regions, drafts)
    leftovers = attribute_regions(tree, unlabelled, by_head, inside, drafts, claimed)
    inserted = [h for h in hits if h.phrase or _parenthetical(tree, h.head)]
    for hit in hits:
        if hit.head not in claimed:
            _indirect(tree, hit, drafts, inserted)
    for noun in find_noun_cues(tree, cues, inside):
        _add_draft(tree, noun.hit, noun.content, noun.speaker, drafts)
    continue_quotes(tree, leftovers, drafts)
    filed = dateline_end(parsed.article.text)
    if filed:  # "DOHA (EWS) - ...": where the story was filed is no one speaking
        drafts = [d for d in drafts if d.speaker is None or parsed.tokens[d.speaker].start >= filed]
    resolver = SpeakerResolver(tree, actors)
    _mark_reporting_sources(tree, drafts, resolver, cues)
    quotes = [_build(tree, d, regions, resolver) for d in drafts if d.spans]
    quotes.sort(key=lambda q: (q.span.start, -q.span.end))
    return _drop_contained(quotes)


def _drop_contained(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote lying inside another one that has a speaker, unless it names a different
    speaker: 'X said the attack was "an act of war"' is one attribution, not two."""
    kept: list[Quote] = []
    for quote in quotes:  # sorted by start, longest first
        container = next(
            (
                k
                for k in kept
                if k.speaker is not None
                and k.span.start <= quote.span.start
                and quote.span.end <= k.span.end
            ),
            None,
        )
        if container is not None and (
            quote.speaker is None or _same_speaker(quote.speaker, container.speaker)
        ):
            continue
        kept.append(quote)
    return kept


def _same_speaker(a: ActorMention, b: ActorMention | None) -> bool:
    return b is not None and (a.span == b.span or (a.code is not None and a.code == b.code))


def _labelled(
    tree: TreeIndex, inside: list[bool], regions: list[QuotedRegion], drafts: list[Draft]
) -> list[QuotedRegion]:
    """Quotes introduced by a speaker label ("Lavrov: ..."); returns the regions left over."""
    labels = find_labels(tree, inside)
    if not labels:
        return regions
    rest = []
    for label in labels:
        ts, te = label.content
        hit = CueHit(label.colon, label.colon + 1, label.colon, COLON)
        runs = tree.runs(range(ts, te))
        spans = [(tree.starts[a], tree.ends[b - 1]) for a, b in runs]
        if spans:
            drafts.append(Draft(spans, hit, label.speaker, tree.tokens[label.colon].sent))
    for region in regions:
        ts, te = region_tokens(tree, region)
        if not any(a <= ts and te <= b for a, b in (lab.content for lab in labels)):
            rest.append(region)
    return rest


def _parenthetical(tree: TreeIndex, cue: int) -> bool:
    """ ", they said," / ", as EFE reports": an aside inside another cue's content."""
    tok = tree.tokens[cue]
    if tok.dep == "parataxis":
        return True
    return tok.dep == "advcl" and any(tree.tokens[k].text.lower() == "as" for k in tree.kids[cue])


def _indirect(tree: TreeIndex, hit: CueHit, drafts: list[Draft], inserted: list[CueHit]) -> None:
    content = complement(tree, hit)
    speaker = speaker_of(tree, hit)
    drop = {speaker} if speaker is not None else set()
    for other in inserted:  # "..., as EFE reports" / "according to X" is not the content
        if other is not hit and hit.start < other.head and other.head in content:
            drop.update(tree.subtree(other.head))
            if other.phrase:
                drop.update(tree.subtree(other.start + 1))
    _add_draft(tree, hit, [k for k in content if k not in drop], speaker, drafts)


def _add_draft(
    tree: TreeIndex, hit: CueHit, content: list[int], speaker: int | None, drafts: list[Draft]
) -> None:
    runs = tree.runs(content)
    if runs:
        spans = [(tree.starts[a], tree.ends[b - 1]) for a, b in runs]
        drafts.append(Draft(spans, hit, speaker, tree.tokens[hit.head].sent))


def _mark_reporting_sources(
    tree: TreeIndex, drafts: list[Draft], resolver: SpeakerResolver, cues: CueLexicon
) -> None:
    """Quotes from a news outlet ("according to Reuters", "as EFE reports") report the
    other quotes of their sentence and those after it in the same paragraph."""
    for draft in drafts:
        if draft.hit is None or draft.speaker is None:
            continue
        lemma = tree.tokens[draft.hit.head].lemma.lower()
        if lemma not in ("report", "accord", "say", "write", "quote", "cite"):
            continue
        mention = resolver.mention(draft.speaker)
        if not (cues.is_media(mention.span.text) or _is_media_code(mention.code)):
            continue
        cue = draft.hit.head
        for other in drafts:
            if other is draft or other.reported_by is not None or other.hit is None:
                continue
            at = other.hit.head
            if tree.seg[at] == tree.seg[cue] or (at > cue and tree.para[at] == tree.para[cue]):
                other.reported_by = mention


def _is_media_code(code: str | None) -> bool:
    return code is not None and "MED" in code[3:]


def _build(
    tree: TreeIndex, draft: Draft, regions: list[QuotedRegion], resolver: SpeakerResolver
) -> Quote:
    spans = _merge(tree.text, _snap(sorted(set(draft.spans)), regions))
    content = tuple(tree.char_span(s, e) for s, e in spans)
    first, last = spans[0][0], max(e for _, e in spans)
    cue = tree.span(draft.hit.start, draft.hit.end) if draft.hit else None
    speaker = resolver.mention(draft.speaker) if draft.speaker is not None else None
    return Quote(
        span=tree.char_span(first, last),
        spans=content,
        kind=_kind(tree.text, spans, regions),
        stance=draft.hit.cue.stance if draft.hit else "assert",
        cue=cue,
        speaker=speaker,
        reported_by=draft.reported_by,
        sentence=draft.sentence,
    )


def _snap(spans: list[tuple[int, int]], regions: list[QuotedRegion]) -> list[tuple[int, int]]:
    """Widen spans that end inside a quotation to take in its marks."""
    out = []
    for start, end in spans:
        for region in regions:
            if region.start < start < region.end:
                start = region.start
            if region.start < end < region.end:
                end = region.end
        out.append((start, end))
    return sorted(out)


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans that overlap or are separated only by spaces."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _kind(text: str, spans: list[tuple[int, int]], regions: list[QuotedRegion]) -> QuoteKind:
    """Direct when every word of the content sits inside quotation marks."""
    quoted = unquoted = False
    for start, end in spans:
        cursor = start
        touched = False
        for region in regions:
            if region.end <= start or region.start >= end:
                continue
            touched = True
            if _WORD.search(text, cursor, max(cursor, region.inner_start)):
                unquoted = True
            cursor = max(cursor, region.inner_end)
        quoted = quoted or touched
        if not touched or _WORD.search(text, cursor, end):
            unquoted = True
    if not quoted:
        return "indirect"
    return "mixed" if unquoted else "direct"
