"""Acts told again: a coder reads them as one act, or recodes them in context.

An attack's result participles ("..., killing four") fold into the attack; an attack's result
told as its own clause is that attack, and so is a killing "in" it; an attack whose
responsibility is claimed is the claimer's; a host's guests are the ones who met; a refusal
that was a concession to protests ("would not sign the bill, after protesters stormed
parliament") stays one when told again.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.coding.cameo import FORCE_ROOTS, HARM_ROOTS
from eventwire.extract.event_context import Draft
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_filters import WEAPONS
from eventwire.extract.event_locals import DOMESTIC_ROLES
from eventwire.extract.event_merge import actor_key
from eventwire.extract.event_roles import ActorIndex
from eventwire.extract.event_structure import Tree
from eventwire.models import ActorMention


def acting_verb(tree: Tree, i: int) -> int:
    """The verb that does a nominal act: "launched strikes", "carried out waves of strikes"."""
    toks = tree.tokens
    deps = tree.deps
    j = i
    for _ in range(3):
        if toks[j].pos in ("VERB", "AUX"):
            return j
        if deps[j] == "pobj" and tree.lemmas[toks[j].head] == "of":
            j = toks[toks[j].head].head
        elif deps[j] in ("dobj", "nsubjpass"):
            j = toks[j].head
        else:
            break
    return j


def _participle_head(tree: Tree, i: int) -> int | None:
    """The clause a result participle hangs on: "..., killing four" and "..., hitting X and
    damaging Y" (a participle coordinated with one)."""
    toks = tree.tokens
    deps = tree.deps
    j = i
    for _ in range(4):
        if toks[j].tag != "VBG":
            return None
        if deps[j] == "advcl":
            return toks[j].head
        if deps[j] != "conj":
            return None
        j = toks[j].head
    return None


# Driving people out is an act of its own, not what an attack did: "overran the enclave,
# expelling thousands" (but "shelled villages, forcing thousands to flee" tells its result).
_REMOVALS = frozenset({"expel", "deport", "evict"})
_ABDUCTION = "181"


def fold_results(tree: Tree, drafts: list[Draft]) -> list[Draft]:
    """ "launched missiles at the city, killing four and damaging power lines": the deaths and
    damage are what the attack did, one act (CAMEO codes the attack once). The attack takes
    the participle's target when it has none of its own."""
    attacks: dict[int, Draft] = {}
    for d in drafts:
        if d.code[:2] in FORCE_ROOTS:
            attacks.setdefault(acting_verb(tree, d.match.token), d)
    if not attacks:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        result = (
            d.code[:2] in HARM_ROOTS
            and tree.lemmas[d.match.token] not in _REMOVALS
            and not d.code.startswith(_ABDUCTION)  # "..., taking dozens hostage": an act too
        )
        head = _participle_head(tree, d.match.token) if result else None
        attack = attacks.get(head) if head is not None else None
        if attack is None or attack is d or not _same_side(attack, d):
            out.append(d)
            continue
        if not attack.targets and d.targets and len(attack.sources) <= 1:
            # (not for an exchange of fire: both sides are already each other's target)
            attack.targets = list(d.targets)
    return out


# "12 people were killed when rockets hit a petrol station": the clause that says how
_HOW_MARKS = frozenset({"when", "as"})


_KILLING_ROOT = "18"


_YIELD_ROOT = "08"
_ULTIMATUM = "139"


def restated_acts(tree: Tree, drafts: list[Draft]) -> dict[int, int]:
    """Triggers that tell again an act another trigger of the sentence codes (token -> token).

    - a killing whose "when" clause is an attack ("12 people were killed when rockets hit a
      station"): the deaths are what the attack did, coded once as the attack;
    - a yielding participle on another act of the same doer ("agreed to raise spending,
      bowing to pressure from Washington"): it says how that act came about; so does a
      deadline given with it ("expelled the ambassador, giving him 72 hours to leave");
    - force told of a subject fired or launched by someone ("rockets fired from Lebanon hit
      Haifa"): one attack, coded as the firing, that reaches the verb's target.
    """
    toks = tree.tokens
    deps = tree.deps
    by_token = {d.match.token: d for d in drafts}
    links: dict[int, int] = {}
    for d in drafts:
        i = d.match.token
        if d.code[:2] == _KILLING_ROOT or (
            d.code[:2] in FORCE_ROOTS and _doerless_passive(tree, i)
        ):
            # "were killed when ...", and harm told without its doer: "were wounded when ..."
            for c in tree.kids[i]:
                attack = by_token.get(c)
                if (
                    attack is not None
                    and deps[c] == "advcl"
                    and attack.code[:2] in FORCE_ROOTS
                    and (attack.code[:2] != _KILLING_ROOT or d.code[:2] != _KILLING_ROOT)
                    and any(tree.lemmas[g] in _HOW_MARKS for g in tree.kids[c])
                    and _same_side(attack, d)
                ):
                    links[i] = c
        elif (
            (d.code[:2] == _YIELD_ROOT or d.code == _ULTIMATUM)
            and toks[i].tag == "VBG"
            and deps[i] == "advcl"
        ):
            j = _coded_clause(tree, toks[i].head, by_token)
            main = by_token.get(j)
            if main is not None and main.sources and _same_side(main, d):
                links[i] = j
        # removals and abductions are acts of their own, not what the firing did
        own_act = tree.lemmas[i] in _REMOVALS or d.code.startswith(_ABDUCTION)
        if i not in links and d.code[:2] in FORCE_ROOTS and toks[i].pos == "VERB" and not own_act:
            # "rockets fired from Lebanon hit Haifa": the hit is what the firing did
            fired = _fired_subject(tree, i, by_token)
            if fired is not None and _same_side(by_token[fired], d):
                links[i] = fired
    return links


def _fired_subject(tree: Tree, i: int, by_token: Mapping[int, Draft]) -> int | None:
    """The coded force participle on the verb's subject: "fired" in "rockets fired from
    Lebanon hit Haifa"."""
    subj = tree.child(i, frozenset({"nsubj"}))
    if subj is None:
        # the parser's other reading: "fired" the root, "hit" a clause with no subject or
        # mark of its own
        head = tree.tokens[i].head
        act = by_token.get(head)
        markless = tree.child(i, frozenset({"mark", "advmod"})) is None
        if tree.deps[i] == "advcl" and markless and act is not None and act.code[:2] in FORCE_ROOTS:
            return head
        return None
    for c in tree.kids[subj]:
        act = by_token.get(c)
        # a weapon's passive participle ("rockets fired from Lebanon"), not what the doer is
        # doing ("Bosnian Serb forces, besieging Gorazde, broke the ceasefire")
        if (
            act is not None
            and tree.deps[c] == "acl"
            and tree.tokens[c].tag == "VBN"
            and act.code[:2] in FORCE_ROOTS
        ):
            return c
    return None


def _doerless_passive(tree: Tree, i: int) -> bool:
    toks = tree.tokens
    deps = {toks[c].dep for c in tree.kids[i]}
    return "auxpass" in deps and "agent" not in deps


def _coded_clause(tree: Tree, j: int, coded: Mapping[int, Draft]) -> int:
    """The coded verb a clause belongs to, up through infinitives: in "agreed to lower its
    tariffs, bowing to pressure" the participle hangs on "lower", the act is "agreed"."""
    toks = tree.tokens
    deps = tree.deps
    for _ in range(3):
        if j in coded or deps[j] not in ("xcomp", "advcl") or toks[j].head == j:
            return j
        if not tree.is_to_infinitive(j):
            return j
        j = toks[j].head
    return j


def _same_side(attack: Draft, result: Draft) -> bool:
    """The participle's doer is the attacker (or left unnamed)."""
    if not result.sources or not attack.sources:
        return True
    return any(
        actor_key(a) == actor_key(b) or (a.country is not None and a.country == b.country)
        for a in result.sources
        for b in attack.sources
    )


# Verbs of the harm an attack did to those it names as their subject: "was killed in a bombing".
_HARMED = frozenset(
    {"kill", "wound", "injure", "hurt", "maim", "die", "murder", "assassinate", "slay"}
)
# ... and those of a weapon reaching what it was aimed at: whom it hit is whom the act struck
_HARMED_OR_HIT = _HARMED | {"hit", "strike", "slam", "smash", "destroy", "damage"}


def harmed_in_attack(tree: Tree, index: ActorIndex, drafts: list[Draft]) -> list[Draft]:
    """ "A journalist was killed in a car bomb explosion in Beirut": the ones killed "in" an
    attack are whom it hit, and their deaths are what it did (one act, the attack's code), so
    an attack that names no target takes them, and the killing folds into it. So do those
    its weapon killed: "Hezbollah fired a rocket that killed two Israeli soldiers". An attack
    that names whom it struck keeps them and still takes in the killing: "37 people were
    killed in U.S. air raids on Tripoli" is one act, on Libya."""
    toks = tree.tokens
    by_token = {d.match.token: d for d in drafts}
    folded: set[int] = set()
    for attack in drafts:
        if attack.code[:2] not in FORCE_ROOTS:
            continue
        g = attack.match.token
        if tree.deps[g] == "compound":  # "a car bomb explosion": the phrase's head
            g = toks[g].head
        prep = toks[g].head
        clause = _harm_clause(tree, g) if not attack.targets else None
        if clause is not None:
            verb, victim_deps = clause, _HARMED_OBJECTS
        elif tree.deps[g] == "pobj" and (cause := _harmed_by(tree, prep)) is not None:
            verb, victim_deps = cause, _HARMED_SUBJECTS
        else:
            continue
        if tree.lemmas[verb] not in _HARMED_OR_HIT or toks[verb].pos != "VERB":
            continue
        harm = by_token.get(verb)
        placed = any(a.country for a in attack.targets)
        if harm is not None and harm is not attack and _same_doers(harm, attack):
            victims = harm.targets
            folded.add(id(harm))
        elif placed:
            continue
        else:
            victims = index.at(tree.child(verb, victim_deps))
        # victims of no known country ("three soldiers") leave the attack on the place it hit;
        # victims of one are whom an attack on a thing of none hit ("a Serb policeman was
        # murdered in an attack on a police patrol")
        known = any(a.country for a in victims)
        domestic = known or any((a.code or "")[3:6] in DOMESTIC_ROLES for a in victims)
        if not placed and domestic and (known or not attack.targets):
            attack.targets = list(victims)
    return [d for d in drafts if id(d) not in folded] if folded else drafts


def _harmed_by(tree: Tree, prep: int) -> int | None:
    """The verb whose harm the preposition ``prep`` says was done by its object: "killed in
    air strikes", "killed as a result of Russian shelling", "because of Israeli raids"."""
    toks = tree.tokens
    lemma = tree.lemmas[prep]
    if lemma == "in":
        return toks[prep].head
    if lemma != "of":
        return None
    head = toks[prep].head
    if any(tree.lemmas[c] == "because" for c in tree.kids[prep]):
        return head  # "killed because of Israeli air strikes"
    if tree.lemmas[head] == "result" and tree.deps[head] == "pobj":
        return toks[toks[head].head].head  # "killed as a result of Russian shelling"
    return None


def harmed_when(tree: Tree, index: ActorIndex, drafts: list[Draft]) -> None:
    """ "Eight people were killed when U.S. cruise missiles slammed into Baghdad", "three
    journalists were killed when NATO bombs hit the embassy": a harm told with no doer was
    done by whoever did what its "when" clause tells."""
    by_token = {d.match.token: d for d in drafts}
    toks = tree.tokens
    for d in drafts:
        i = d.match.token
        if d.sources or tree.lemmas[i] not in _HARMED or toks[i].pos != "VERB":
            continue
        for c in tree.children(i, _ADVCL):
            if not any(tree.lemmas[m] in _WHEN for m in tree.children(c, _MARK)):
                continue
            told = by_token.get(c)
            subj = subject_of(tree, c)
            if told is not None and told.code[:2] in _VIOLENT_ROOTS:
                doers = told.sources
            elif subj is not None and tree.lemmas[subj] in WEAPONS:  # "U.S. cruise missiles"
                doers = index.at(subj)
            else:
                continue  # "when their house collapsed": no one's act
            found = [a for a in doers if a.country]
            if found:
                d.sources = found
                break


_ADVCL = frozenset({"advcl"})
_VIOLENT_ROOTS = FORCE_ROOTS | HARM_ROOTS
_MARK = frozenset({"mark", "advmod"})
_WHEN = frozenset({"when", "as"})


def _same_doers(harm: Draft, attack: Draft) -> bool:
    """A harm told with no doer, or with the attack's own ("killed in Israeli air raids",
    whose doer the raids give), is the attack's."""
    countries = {a.country for a in attack.sources}
    return not harm.sources or all(a.country in countries for a in harm.sources)


_HARMED_SUBJECTS = frozenset({"nsubjpass", "nsubj"})
_HARMED_OBJECTS = frozenset({"dobj"})


def _harm_clause(tree: Tree, g: int) -> int | None:
    """The relative clause telling whom an act or its weapon harmed or hit: "an attack that
    killed 12", "fired a rocket that killed two soldiers", "fired a salvo of rockets that hit
    Syrian army positions"."""
    deps = tree.deps
    held = [c for c in tree.kids[g] if deps[c] == "dobj"]
    held += [o for c in held for p, o in tree.preps(c) if p == "of"]  # "a salvo of rockets"
    for h in (g, *held):
        for c in tree.kids[h]:
            if deps[c] == "relcl" and tree.lemmas[c] in _HARMED_OR_HIT:
                return c
    return None


CLAIMED = "015"
# What responsibility is claimed through: "claimed responsibility for the attack".
_OWNED = frozenset({"responsibility", "credit"})


def claimed_force(tree: Tree, drafts: list[Draft]) -> None:
    """ "The Pakistani Taliban claimed responsibility for the attack on a school": the claimer
    did the attack its claim names, when the attack names whom it hit but not who did it, and
    its claim is aimed where the attack was."""
    toks = tree.tokens
    by_token = {d.match.token: d for d in drafts}
    for d in drafts:
        if d.code != CLAIMED or not d.sources or d.negated:
            continue
        owned = [c for c in tree.kids[d.match.token] if tree.lemmas[c] in _OWNED]
        for j in (g for o in owned for p, g in tree.preps(o) if p == "for"):
            force = by_token.get(j)
            if force is None or force.code[:2] not in FORCE_ROOTS or toks[j].pos != "NOUN":
                continue
            if not force.targets:
                continue  # an attack on no one named: the claim alone says who did it
            if not force.sources:
                force.sources = list(d.sources)
            if not d.targets:
                d.targets = list(force.targets)


HOST = "043"


_GATHERINGS = frozenset({"talk", "summit", "meeting", "conference", "negotiation", "round"})


def host_guests(tree: Tree, drafts: list[Draft]) -> None:
    """ "Peru and Chile signed a pact at a summit hosted by Norway": the ones who met at the
    hosted gathering are the host's guests, when the host's own clause names none."""
    toks = tree.tokens
    deps = tree.deps
    by_token = {d.match.token: d for d in drafts}
    for d in drafts:
        i = d.match.token
        if d.code != HOST or d.targets:
            continue
        if deps[i] != "acl":
            d.targets = _earlier_parties(tree, drafts, d)
            continue
        j = toks[i].head
        if tree.lemmas[j] not in _GATHERINGS:
            continue
        for _ in range(4):  # "at talks" -> "to a ceasefire" -> "agreed"
            if toks[j].pos in ("VERB", "AUX") or toks[j].head == j:
                break
            j = toks[j].head
        met = by_token.get(j)
        if met is not None:
            hosts = {actor_key(a) for a in d.sources}
            d.targets = [a for a in met.sources if actor_key(a) not in hosts]


def _earlier_parties(tree: Tree, drafts: list[Draft], host: Draft) -> list[ActorMention]:
    """ "Fidan, who hosted the talks": the parties of the talks the story told before."""
    deps = tree.deps
    i = host.match.token
    held = next(
        (
            c
            for c in tree.kids[i]
            if deps[c] == "dobj"
            and tree.lemmas[c] in _GATHERINGS
            and any(tree.lemmas[g] == "the" for g in tree.kids[c])
        ),
        None,
    )
    if held is None:
        return []
    hosts = {actor_key(a) for a in host.sources}
    for d in reversed(drafts):
        j = d.match.token
        if j < i and d.code[:2] == "04" and tree.lemmas[j] == tree.lemmas[held] and d.sources:
            return [a for a in d.sources if actor_key(a) not in hosts]
    return []


# what a government gives up when it yields: its own bills, taxes and measures
_MEASURES = frozenset(
    {
        "bill",
        "law",
        "legislation",
        "decree",
        "tax",
        "hike",
        "increase",
        "reform",
        "budget",
        "measure",
        "policy",
        "plan",
        "amendment",
    }
)


_AFTER = frozenset({"after", "following", "amid"})


_UNREST = frozenset(
    {
        "protest",
        "protester",
        "demonstration",
        "demonstrator",
        "unrest",
        "riot",
        "rioter",
        "strike",
        "striker",
        "march",
        "rally",
        "crowd",
        "storm",
    }
)


CONCEDE = "0832"  # accede to demands for change in policy


def yields_to_protest(tree: Tree, i: int) -> bool:
    """ "would not sign the tax bill, after protesters stormed parliament": dropping one's own
    measure in answer to unrest is a concession (0832), not a refusal of anyone."""
    toks = tree.tokens
    deps = tree.deps
    if not any(
        deps[c] in ("dobj", "nsubjpass") and tree.lemmas[c] in _MEASURES for c in tree.kids[i]
    ):
        return False
    j = i
    for _ in range(3):  # the act's clause, then the clauses that report it
        for c in tree.kids[j]:
            lead = tree.lemmas[c] if deps[c] == "prep" else None
            if deps[c] == "advcl":
                lead = next((tree.lemmas[g] for g in tree.kids[c] if deps[g] == "mark"), None)
            if lead in _AFTER and any(
                tree.lemmas[g] in _UNREST for g in (c, *tree.kids[c]) for g in (g, *tree.kids[g])
            ):
                return True
        if toks[j].head == j:
            return False
        j = toks[j].head
    return False


def concessions_restated(tree: Tree, drafts: list[Draft]) -> None:
    """ "would not sign the bill, after protests ... 'I will not sign this bill,' he said":
    the same refusal by the same side, told again, is the concession it was the first time."""
    conceded = {
        (tree.lemmas[d.match.token], actor_key(a))
        for d in drafts
        if d.code == CONCEDE
        for a in d.sources
    }
    if not conceded:
        return
    for d in drafts:
        lemma = tree.lemmas[d.match.token]
        if d.code[:2] == "12" and any((lemma, actor_key(a)) in conceded for a in d.sources):
            d.code = CONCEDE
