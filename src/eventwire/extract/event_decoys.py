"""Words of conflict that report no political act: sport, markets, figures of speech, names,
history, tallies and fiction.

"Brazil beat Argentina 2-1" is a match, "the yuan fought back" a market, "fighting inflation"
a policy, "the Battle of Britain memorial" a name, "the 1990 Iraqi invasion" history, "attacks
fell by a third" a statistic and "in the film, agents kidnap a scientist" a plot. Gold sets count
each such event as a false positive, and the fight root (19) is the one most often misread.
These checks run on each draft once its actors are read: some need their roles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from eventwire.coding.cameo import HARM_ROOTS
from eventwire.extract.decoy_words import (
    AGAINST,
    CHANGES,
    CIVIC_ROLES,
    CLAUSES,
    COURTING,
    FIGURATIVE,
    MARKET,
    NAME_ENTITIES,
    PENALTY_PLACES,
    PRIZES,
    RECALLING,
    SCORE,
    SPORT,
    SPORT_PEOPLE,
    STRIVING,
    STRUGGLE,
    TALLIES,
    WORKS,
    YEAR,
)
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_match import Match
from eventwire.extract.event_structure import Tree
from eventwire.models import ActorMention, ParsedArticle


class _Cues(NamedTuple):
    """What a sentence holds: the clauses that name a game; a work, and whether the sentence
    opens inside one ("In the film, ...")."""

    sport: frozenset[int]
    work: bool
    opens: bool


# every word that makes a sentence a work's or a game's but a score: a work's, a sport's,
# "penalty"; and what a score (SCORE) has in it
_CUES = WORKS | SPORT | {"penalty"}
_DIGIT_DASH = re.compile(r"\d-")
_NO_CUES = _Cues(frozenset(), False, False)


class Decoys:
    """Per-article checks that a coded trigger is a decoy; sentence facts are read once."""

    def __init__(self, parsed: ParsedArticle, tree: Tree) -> None:
        self.parsed = parsed
        self.tree = tree
        published = parsed.article.published
        self.year = published.year if published is not None else None
        self._cues: dict[int, _Cues] = {}

    def not_an_act(
        self,
        match: Match,
        sources: Sequence[ActorMention],
        targets: Sequence[ActorMention],
    ) -> bool:
        """The trigger reports no political act, read from its words, sentence and actors."""
        i = match.token
        tree = self.tree
        tok = tree.tokens[i]
        if tok.pos == "PROPN" and tok.ent_type in ("DATE", "TIME"):
            return True  # "exports rose in March": a month is no march
        cues = self._cues.get(tok.sent) or self._read(tok.sent)
        if cues.sport and not _political(sources, targets) and self._sporting(cues.sport, i):
            return True
        if cues.work and (cues.opens or _under_a_work(tree, i)):
            return True
        if match.code[:2] in HARM_ROOTS and (
            beaten_state(tree, match, sources, targets)
            or figurative_foe(tree, match, sources, targets)
            or striving(tree, match)
            or named_thing(self.parsed, tree, i)
        ):
            return True
        if match.code[:3] == "014" and _civilian(sources):
            return True
        if match.code[:2] in HARM_ROOTS and _private_quarrel(tree, sources, targets):
            return True
        if tok.pos == "VERB" and market_subject(tree, i):
            return True
        return (tok.pos == "NOUN" and tallied(tree, i)) or self._past_background(i)

    def _read(self, sent: int) -> _Cues:
        """One pass over a sentence for the words that make a game or a plot of it."""
        s = self.parsed.sentences[sent]
        tree = self.tree
        lemmas = tree.lemmas
        toks = tree.tokens
        words = lemmas[s.token_start : s.token_end]
        joined = "\0".join(words)
        if _CUES.isdisjoint(words) and ("-" not in joined or not _DIGIT_DASH.search(joined)):
            # most sentences: no work, no sport word and no score ("2-1"), no walk of words
            cues = self._cues[sent] = _NO_CUES
            return cues
        sport: set[int] = set()
        work = False
        for k in range(s.token_start, s.token_end):
            lemma = lemmas[k]
            if lemma in WORKS:
                work = True
            elif (
                (lemma in SPORT and not _described(tree, k))
                or (lemma[:1].isdigit() and SCORE.match(lemma) is not None)
                or (lemma == "penalty" and lemmas[toks[k].head] in PENALTY_PLACES)
            ):
                # a sport word mistagged as a verb ("a penalty shootout") heads no clause
                sport.add(tree.clause_head(k if tree.deps[k] in CLAUSES else toks[k].head))
        opens = work and _opens_with_a_work(tree, s.token_start)
        cues = self._cues[sent] = _Cues(frozenset(sport), work, opens)
        return cues

    def _sporting(self, heads: frozenset[int], i: int) -> bool:
        """The trigger's clause, or a clause above it, names a game ("beat Argentina 2-1 in a
        qualifier"); a game named in a clause of its own ("Kharkiv, a city that hosted
        football matches") leaves the sentence's acts alone."""
        tree = self.tree
        j = tree.clause_head(i)
        for _ in range(8):
            if j in heads:
                return True
            up = tree.tokens[j].head
            if up == j:
                return False
            j = tree.clause_head(up)
        return False

    def _past_background(self, i: int) -> bool:
        """ "the 1990 Iraqi invasion", "the bombing of Grozny in 1995", "a general who fought
        in 1973": a nominal act, or one that describes someone, dated to an earlier year is
        history the story recalls, not its news."""
        tree = self.tree
        toks = tree.tokens
        if self.year is None:
            return False
        if toks[i].pos not in ("NOUN", "PROPN") and tree.deps[i] != "relcl":
            return False
        for c in tree.kids[i]:
            for g in (c, *tree.kids[c]):
                if not toks[g].text[:1].isdigit():
                    continue
                year = _year_of(toks[g].text)
                if year is not None and year < self.year - 1:
                    return True
        return False


def _year_of(text: str) -> int | None:
    return int(text[:4]) if YEAR.match(text) else None


def _described(tree: Tree, k: int) -> bool:
    """A sport word describing a person who is not the one acting ("freed US basketball star
    Brittney Griner"); "the Serbian tennis star fought back" is a game all the same."""
    head = tree.tokens[k].head
    return tree.lemmas[head] in SPORT_PEOPLE and tree.deps[head] not in ("nsubj", "nsubjpass")


def _political(sources: Sequence[ActorMention], targets: Sequence[ActorMention]) -> bool:
    """A participant with an armed or political role ("police", "the ministry")."""
    return any((a.code or "")[3:6] not in CIVIC_ROLES for a in (*sources, *targets))


def _civilian(sources: Sequence[ActorMention]) -> bool:
    """ "a boy looks at a mural": only those who hold office weigh a policy option (014)."""
    return bool(sources) and all((a.code or "")[3:6] in CIVIC_ROLES - {""} for a in sources)


def _private_quarrel(
    tree: Tree, sources: Sequence[ActorMention], targets: Sequence[ActorMention]
) -> bool:
    """ "A man stabbed his neighbour in a row over parking": harm done by one private person
    no one names, to no one of a group or an office, is a crime, not a political act (a
    crowd's riot is one)."""
    if not sources or not all(tree.tokens[a.head].tag == "NN" for a in sources):
        return False
    return all(not a.country and (a.code or "")[3:6] == "CVL" for a in (*sources, *targets))


def beaten_state(
    tree: Tree, match: Match, sources: Sequence[ActorMention], targets: Sequence[ActorMention]
) -> bool:
    """ "Mexico beats Canada", "France crushed Italy": a state named bare does not beat or
    thrash another with its fists; one side won a contest (a match, a vote, a bid)."""
    if match.code[:3] != "182" or not sources or not targets:
        return False
    return all(
        a.code is not None and len(a.code) == 3 and a.rule.endswith(":country")
        for a in (*sources, *targets)
    )


def market_subject(tree: Tree, i: int) -> bool:
    """ "Japanese stocks rallied", "Brent crude killed off its gains", "the film bombed at the
    box office": a verb whose subject is a market, a measure of the economy or a work."""
    if tree.tokens[i].pos != "VERB":
        return False
    subj = subject_of(tree, i)
    if subj is None or tree.tokens[subj].pos != "NOUN":
        return False
    return tree.lemmas[subj] in MARKET or tree.lemmas[subj] in WORKS


def _foes(tree: Tree, i: int) -> list[tuple[int, str]]:
    """The words an act is aimed at, each with how: its object ("dobj") and what it is "on",
    "against" or "for"."""
    deps = tree.deps
    out = [(c, "dobj") for c in tree.kids[i] if deps[c] == "dobj"]
    for word in (i, *(w for w, _ in out)):
        out.extend((g, prep) for prep, g in tree.preps(word) if prep in AGAINST)
    return out


def _figurative(tree: Tree, trigger: int, word: int, how: str) -> bool:
    lemma = tree.lemmas[word]
    if tree.tokens[word].pos != "NOUN":
        return False
    if lemma in FIGURATIVE:
        return True
    return lemma in PRIZES and (how == "for" or tree.lemmas[trigger] in COURTING)


def figurative_foe(
    tree: Tree, match: Match, sources: Sequence[ActorMention], targets: Sequence[ActorMention]
) -> bool:
    """ "fighting inflation", "declared war on plastic waste", "fighting a losing battle",
    "Thai banks are waging a battle": force aimed at a thing no army fights, with no actor
    on the other side, or waged by a business (which competes, whoever with)."""
    i = match.token
    if match.code[:2] not in HARM_ROOTS:
        return False
    business = bool(sources) and all((a.code or "")[3:6] == "BUS" for a in sources)
    if business and match.code[:2] == "19":
        return True  # "Japanese automakers are battling Chinese rivals": companies compete
    toks = tree.tokens
    lemmas = tree.lemmas
    head = toks[i].head
    # "declared war on X", "launched an assault on X": the object of the trigger's verb
    aimed = _foes(tree, i) + (_foes(tree, head) if toks[i].pos == "NOUN" and head != i else [])
    words = [w for w, _ in aimed]
    foes = {w for w, how in aimed if _figurative(tree, i, w, how)}
    # "targeting Chinese visitors", "the battle for talent with Taiwan": an actor that
    # qualifies the foe, or a rival beside it, is not what the act is aimed at
    if any(t.head in words and t.head not in foes for t in targets):
        return False
    if lemmas[i] == "war" and not targets:
        # "declared war on processed food": a war on a common noun no actor is in
        foes.update(w for w, how in aimed if how == "on" and _no_actor(tree, w))
    if targets and not foes:
        return False
    if foes:
        return True
    for w in (i, *words):
        if lemmas[w] in STRIVING and any(lemmas[c] in STRUGGLE for c in tree.kids[w]):
            return True
    return business and not targets


def _no_actor(tree: Tree, word: int) -> bool:
    """A common noun with no actor on it or among its modifiers ("processed food")."""
    actors = tree.actor_tokens
    return (
        tree.tokens[word].pos == "NOUN"
        and word not in actors
        and not any(c in actors for c in tree.kids[word])
    )


def striving(tree: Tree, match: Match) -> bool:
    """ "battling to keep the lights on": to fight to do something that is no force is to
    strive ("fought to retake the town" keeps its fight: retaking is force)."""
    i = match.token
    if match.code[:2] != "19" or tree.lemmas[i] not in STRIVING:
        return False
    deps = tree.deps
    for c in tree.kids[i]:
        if deps[c] == "xcomp" and tree.is_to_infinitive(c):
            return tree.lemmas[c] not in _FORCEFUL
    return False


# what "fought to ..." may do that is itself force
_FORCEFUL = frozenset(
    {"retake", "recapture", "capture", "seize", "take", "hold", "defend", "repel", "push", "drive"}
)


def named_thing(parsed: ParsedArticle, tree: Tree, i: int) -> bool:
    """ "the Second World War", "the Battle of Britain memorial", "the Invasion of Poland
    exhibition": a capitalised trigger inside a name is the name of a thing; a headline in
    title case is not."""
    toks = tree.tokens
    tok = toks[i]
    if tok.pos not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
        return False
    s = parsed.sentences[tok.sent]
    if i == s.token_start or toks[i - 1].text in ('"', "'", ":", "\u201c"):
        return False
    if tok.ent_type not in NAME_ENTITIES and tok.tag not in ("NNP", "NNPS"):
        return False
    words = [t for t in toks[s.token_start : s.token_end] if t.pos in ("NOUN", "VERB", "ADJ")]
    titled = sum(1 for t in words if t.text[:1].isupper())
    return titled * 2 < len(words) + 1


def tallied(tree: Tree, i: int) -> bool:
    """ "the death toll from the war", "kidnappings rose by 80 percent": a count of acts, or
    acts counted, reports no new one."""
    toks = tree.tokens
    tok = toks[i]
    if tok.pos != "NOUN":
        return False
    k = i
    # "the anniversary of the start of its war": up a chain of "of" phrases
    for _ in range(3):
        if toks[k].dep != "pobj" or tree.lemmas[toks[k].head] not in ("from", "of", "in"):
            break
        k = toks[toks[k].head].head
        if tree.lemmas[k] in TALLIES or tree.lemmas[k] in RECALLING:
            return True
    if tok.dep == "pobj" and tree.lemmas[tok.head] == "during" and tree.lemmas[i] == "war":
        return True  # "bridges destroyed during the war": the war as a time
    return (
        tok.tag == "NNS"
        and tok.dep == "nsubj"
        and tree.lemmas[tok.head] in CHANGES
        and toks[tok.head].pos == "VERB"
    )


def _opens_with_a_work(tree: Tree, start: int) -> bool:
    """The sentence opens "In the film," or "In the game,"."""
    toks = tree.tokens
    if tree.lemmas[start] != "in":
        return False
    for k in range(start + 1, min(start + 5, len(toks))):
        if tree.lemmas[k] in WORKS and toks[k].head == start:
            return True
    return False


def _under_a_work(tree: Tree, i: int) -> bool:
    """A clause, or a clause's noun, under a verb whose subject is a work: "the novel follows
    a spy who infiltrates", "the play tells the story of a general who seizes power"."""
    toks = tree.tokens
    deps = tree.deps
    k = i
    for _ in range(8):
        head = toks[k].head
        if head == k:
            return False
        k = head
        if toks[k].pos in ("VERB", "AUX"):
            subj = tree.child(k, frozenset({"nsubj"}))
            if subj is not None and tree.lemmas[subj] in WORKS and deps[subj] == "nsubj":
                return True
    return False
