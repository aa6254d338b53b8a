"""Who an act is by and on when the sentence leaves it implicit: frames' complements,
conditions, purposes, complaints, the origin of fire, and parse slips a coder reads through.

``roles_of`` starts from the grammatical roles (``event_roles``) and applies the inferences a
CAMEO coder makes: "demanded that Iran free them" targets Iran, "threatened to launch an
offensive unless Baghdad accepted" targets Baghdad, "fired at it from Gaza" comes from Gaza.
"""

from __future__ import annotations

import dataclasses

from eventwire.coding.cameo import DENY_RESPONSIBILITY, FORCE_ROOTS, HARM_ROOTS
from eventwire.extract.event_answers import prompted_by, provoked_by
from eventwire.extract.event_complements import (
    asked_of_both,
    complement_targets,
    condition_party,
    document_parties,
    questioned,
    until_defeated,
)
from eventwire.extract.event_doers import subject_of
from eventwire.extract.event_fighting import (
    coup_makers,
    died_of,
    fought_before,
    harmed_in_relative,
    killed_fighting,
    struck_own,
)
from eventwire.extract.event_frames import complement_of
from eventwire.extract.event_locals import home_actor, of_country
from eventwire.extract.event_match import Match
from eventwire.extract.event_merge import actor_key
from eventwire.extract.event_nouns import adjective_roles, noun_roles, struck_city
from eventwire.extract.event_parties import (
    ADDRESSED,
    accuser,
    aided_by_purpose,
    alerted_forces,
    as_state,
    blamed_in_report,
    complained_of,
    doer_restated,
    given_to,
    interlocutor,
    jailers_of,
    judged_doer,
    neighbour_of,
    own_forces,
    posted_near,
    protested_doer,
    reaction_drawn,
    state_role,
    warned_by_force,
)
from eventwire.extract.event_places import handed_to, place_left, place_targets
from eventwire.extract.event_roles import (
    AGENT_OF_NOUNS,
    ActorIndex,
    attacks_done_in,
    between_parties,
    nested_party,
    object_of,
    prep_targets,
    resolved,
    verb_roles,
)
from eventwire.extract.event_structure import Tree
from eventwire.extract.event_venues import is_venue, named_venue
from eventwire.extract.event_words import ATTACKS, COMPLEMENTS, PASSIVE_SUBJECTS, VERB_SUBJECTS
from eventwire.extract.locations import MISSIONS
from eventwire.models import ActorMention

# Frames a plain statement takes when it says someone must or should act (event_match).
_OBLIGATIONS = frozenset({"demand", "appeal"})


_AID = "07"
_AID_PLEDGED = "033"  # intent to provide material aid: "pledged $3 billion to help"
_ACCUSE = "112"
# Forces withdrawn (087) or pulled out of a mission (166), and the verbs that pull them.
_LEAVING = frozenset({"08", "16"})
_PULLED = frozenset({"withdraw", "pull", "evacuate", "ship", "redeploy"})
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_TIES = "054"
_SIGN = "057"
_COUPS = ("coup",)


def roles_of(
    tree: Tree, index: ActorIndex, match: Match
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The act's sources and targets, read from its structure."""
    sources, targets = _roles_of(tree, index, match)
    if match.pattern.id.startswith(_COUPS):
        sources = coup_makers(sources, targets)
        # "the army chief announced a military coup": against its own state
        tok = tree.tokens[match.token]
        states = [s.country for s in sources[:1] if s.country]
        targets = targets or [home_actor(tok, c, "coup") for c in states]
    i = match.token
    if not targets and tree.tokens[i].pos == "VERB":
        targets = _shared_object(tree, index, i, sources)
    if targets and match.code == _TIES and tree.tokens[i].pos == "VERB":
        # "the United States opened its embassy in Jerusalem": its own embassy is no party;
        # the state it is opened in is (events.place_targets reads it)
        mine = {a.country for a in sources if a.country}
        targets = [t for t in targets if t.country not in mine]
    if targets and match.code[:2] in _COOPERATION_ROOTS:
        # "initialled a peace agreement at the White House": where a pact or a meeting was
        # made is no party to it
        venues = {
            g
            for h in (i, *tree.children(i, frozenset({"dobj"})))
            for p, g in tree.preps(h)
            if p == "at"
        }
        targets = [a for a in targets if a.head not in venues]
    return sources, targets


def _aim_of_the_attack(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom the attack a force verb was done "in" or "during" was aimed at ("on", "against")."""
    return [
        a
        for g in attacks_done_in(tree, i)
        for q, w in tree.preps(g)
        if q in ("on", "against")
        for a in index.at(w)
        if a.country and a not in sources
    ]


def _shared_object(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """ "fired on and seized three Ukrainian vessels", "shot and wounded Trump": a verb with no
    object of its own shares the object of the verb coordinated after it, when that verb has
    no subject of its own."""
    deps = tree.deps
    if any(deps[c] in ("dobj", "nsubjpass") for c in tree.kids[i]):
        return []
    for c in tree.kids[i]:
        if deps[c] != "conj" or tree.tokens[c].pos != "VERB" or tree.child(c, VERB_SUBJECTS):
            continue
        if tree.lemmas[c] in _OUTCOMES:
            return []  # "shot and wounded Trump": one shooting, told by its outcome
        obj = tree.child(c, _DOBJ)
        if obj is not None:
            keys = {actor_key(a) for a in sources}
            return [a for a in index.at(obj) if resolved(a) and actor_key(a) not in keys]
    return []


_DOBJ = frozenset({"dobj"})
_ACL = frozenset({"acl"})
_OUTCOMES = frozenset({"wound", "kill", "injure", "hurt", "maim"})


def _roles_of(
    tree: Tree, index: ActorIndex, match: Match
) -> tuple[list[ActorMention], list[ActorMention]]:
    i = match.token
    root = match.code[:2]  # asked by most rules below
    pos = tree.tokens[i].pos
    if pos in ("NOUN", "PROPN"):
        sources, targets = noun_roles(tree, index, i)
    elif pos == "ADJ" and match.code == _ACCUSE:
        sources, targets = blamed_in_report(tree, index, i)
    elif pos == "ADJ" or match.pattern.pos == "adj":  # "was disappointed", tagged a verb
        sources, targets = adjective_roles(tree, index, i)
    else:
        sources, targets = verb_roles(tree, index, i)
        if root in FORCE_ROOTS and tree.lemmas[i] in _UNDERGOING and match.pattern.particle:
            # "a US convoy came under fire": fired on, by whoever the fire is "from"
            return _fire_came_from(tree, index, i), index.at(subject_of(tree, i))
    tok = tree.tokens[i]
    if match.pattern.speech and match.frame in _OBLIGATIONS and pos == "VERB":
        # '"Israel must respect the agreement," Salam told reporters': the demand is made of
        # whoever must act, not of the reporters it was said to
        targets = clause_subjects(tree, index, i, sources) or targets
    if (
        (match.pattern.speech or root == "11")
        and pos == "NOUN"
        and tok.dep in ("dobj", "appos")
        and tree.lemmas[tok.head] not in SPEECH_LIGHT_VERBS
        and tree.tokens[tok.head].pos in ("VERB", "AUX")
    ):
        # "accused X of sending troops, an allegation that Y denied": a restatement, not an
        # accusation by whoever did the act it hangs on
        own = {a.head for a in index.at(subject_of(tree, tok.head))}
        sources = [a for a in sources if a.head not in own]
    if not targets and pos == "NOUN" and tok.dep == "pobj" and tree.deps[tok.head] == "agent":
        # "exports were targeted by U.S. sanctions": the act's patient is the passive subject
        verb = tree.tokens[tok.head].head
        targets = [a for a in index.at(tree.child(verb, PASSIVE_SUBJECTS)) if resolved(a)]
    if root == _REDUCED and pos == "VERB" and not sources and tree.is_passive(i):
        # "All U.S. economic aid to Haiti was suspended": the aid's giver cut it, and cut it
        # from whom it went to
        sources, targets = _aid_cut(tree, index, i) or (sources, targets)
    comp = match.complement
    if not targets and root in _ARGUED_ROOTS and pos == "VERB":
        # "Russia demanded that ..., a demand the official called unacceptable": a verdict
        # on a restated act is on its doer
        targets = doer_restated(tree, index, i, sources)
    if not targets and (root in _ARGUED_ROOTS or root == "13") and pos == "NOUN":
        # "sent troops, drawing a warning from Washington": the warning is to the sender
        targets = reaction_drawn(tree, index, i, sources)
    if match.code == DENY_RESPONSIBILITY and pos == "VERB" and not targets:
        # "Rwanda denies arming the M23": the denial answers whoever accused Rwanda, not
        # the M23; with no accuser in view, the state whose people the denied act was done
        # to or with (Congo, for the M23), as the one that would make the charge
        charged_by = accuser(tree, index, i, sources)
        return sources, charged_by or _denied_state(tree, index, i, sources)
    if comp is None and root in _ARGUED_ROOTS:
        # "denied backing the M23 rebels": what is denied, praised or rejected names the target
        comp = complement_of(tree, i, {})
    if comp is not None and tree.lemmas[comp] in AGENT_OF_NOUNS:
        # "demanded the withdrawal of Serbian forces from Bosnia": asked of who withdraws
        doers = [a for a in noun_roles(tree, index, comp)[0] if a not in sources]
        targets = doers or targets
    if match.code == RALLY_SUPPORT and comp is not None and tree.tokens[comp].pos == "VERB":
        # "urged the EU to support the PLO": support is rallied on behalf of the PLO
        targets = object_of(tree, index, comp) or targets
    if match.code == _RALLY_OPPOSITION and comp is not None and tree.tokens[comp].pos == "VERB":
        # "urged the EU to impose sanctions on Russia": rallied against whom the act asked
        # for is aimed at, not against the EU
        aimed = [t for t in verb_roles(tree, index, comp)[1] if resolved(t) and t not in sources]
        targets = aimed or targets
    if pos == "VERB" and root in _ASKING_ROOTS:
        # "demanded aid from the United Nations for Gaza": asked of whom it is to come from
        # (not "demanded the withdrawal of troops from Bosnia": who withdraws, below)
        heads = [i, *(h for h in tree.children(i, _DOBJ) if tree.lemmas[h] not in AGENT_OF_NOUNS)]
        asked = [a for a in index.in_preps(heads, "from") if resolved(a) and a not in sources]
        targets = asked or targets
    if not targets and pos == "VERB" and root in _ASKING_ROOTS:
        targets = asked_of_both(tree, index, i, sources)
    if not targets and pos == "NOUN" and root in _ASKING_ROOTS:
        targets = _asked_in_noun(tree, index, i, sources)
    if not targets and comp is not None and comp not in (a.head for a in sources):
        targets = complement_targets(tree, index, comp, sources)
    if not targets and root in ADDRESSED and tree.deps[i] == "conj":
        # "spoke by phone with Kagame and called for a ceasefire": the call was made to him
        targets = interlocutor(tree, index, tree.tokens[i].head, sources)
    if root == "11" and not targets and pos == "VERB":
        # "Iran holds Israel responsible for ...": the small clause's subject is held so
        targets = [
            a
            for c in tree.children(i, frozenset({"ccomp"}))
            if tree.tokens[c].pos == "ADJ"
            for a in index.at(tree.child(c, frozenset({"nsubj"})))
            if resolved(a)
        ]
    if not targets and match.code in _CONCERNS:
        # "voiced concern over the growing influence of Iran": the one it is about
        targets = complained_of(tree, index, i, sources)
    if root == "11":
        # "complained to the UN over Israeli air raids": the one complained of, not to
        over = complained_of(tree, index, i, sources)
        if not {a.country for a in over} <= {t.country for t in targets}:
            targets = over  # not "summoned the envoys of X, Y and Z over their push": all
    # "condemned Israeli strikes on Gaza": the strikes' doer, not their target
    targets = judged_doer(tree, index, i, match.code, sources) or targets
    if root == "11" and pos == "VERB":
        # "charged that Israel committed crimes by shelling a U.N. shelter": whoever the
        # charge says did it, not whom it was done to
        targets = clause_subjects(tree, index, i, sources, verbal=True) or targets
    if root == "13" and targets:
        # "threatened to aim Russian missiles at Europe": the doer's own forces wield the
        # threat, they are not threatened
        mine = {a.country for a in sources if a.country}
        wielders = [t for t in targets if (t.country in mine or not t.country) and state_role(t)]
        targets = [t for t in targets if t not in wielders]
        if wielders and not targets and comp is not None:
            # "threatened to deploy the army against protesters": whom the forces go against
            targets = [t for t in prep_targets(tree, index, comp) if t not in wielders]
    if not targets and root == "13":
        # "threatened to launch an offensive unless Baghdad accepted": the condition's party
        targets = condition_party(tree, index, i, sources)
    if not targets and root == "13":
        # "vowed to retaliate after U.S. missiles destroyed a factory": at whoever did that
        targets = condition_party(tree, index, i, sources, _AFTER)
    if not targets and root == "13" and pos == "VERB":
        # "warned that any U.S. attack would trigger a war": at whoever would attack
        targets = feared_doer(tree, index, i, sources)
    if not targets and root == "12" and pos == "VERB":
        # "refused to sign the accord until Chile withdrew its troops": the refusal holds
        # against the party whose move it waits for
        targets = condition_party(tree, index, i, sources, _UNTIL)
    if root == "09":
        # "opened an inquiry into the killing of a teenager by border police": the alleged
        # perpetrator is the target (the codebook's 092-094), not the victim
        targets = investigated_doer(tree, index, i, sources) or targets
    if not targets and root == "09":
        # "the office, which leads the probe, has 48 hours to question Yoon": the one questioned
        targets = questioned(tree, index, i, sources)
    if not targets and root in ("13", "19") and pos == "VERB":
        # "vowed to fight until the rebels are defeated": whom the fight is to defeat
        targets = until_defeated(tree, index, i, sources)
    framed_noun = pos == "NOUN" and comp is not None
    if (pos == "VERB" or framed_noun) and (
        match.code in _BETWEEN_CODES or (root == "05" and targets)
    ):
        # "Qatar is mediating between Israel and Hamas", "mediated talks between Israel and
        # Hamas", "hosted talks between ...": both parties are mediated with or hosted; so are
        # those of the talks backed or the dispute mediated in ("offered to mediate in the
        # dispute between Colombia and Venezuela", "made an offer to act as mediator")
        heads = [i] if comp is None else [i, comp]
        heads += [g for h in heads for g in tree.children(h, _DOBJ)]
        heads += [g for h in heads for p, g in tree.preps(h) if p in _MATTER_OF]
        both = [a for a in between_parties(tree, index, heads) if a not in sources]
        if len(both) > 1 or not targets:
            targets = both or targets
        if not targets and tree.deps[i] == "acl":
            # "agreed to restore relations in a deal brokered by China": the deal's parties
            subj = subject_of(tree, tree.clause_head(tree.tokens[i].head))
            if subj is not None and tree.tokens[subj].pos != "PRON":  # not "it followed talks"
                targets = [a for a in index.at(subj) if resolved(a) and a not in sources]
    if root == "08" and pos == "VERB":
        targets = handed_to(tree, index, i) or targets
    if not targets and pos == "VERB" and "11" <= root <= "17":
        targets = provoked_by(tree, index, i, sources)
    if not targets and pos == "VERB" and tree.lemmas[i] in _ANSWERING and tree.deps[i] == "conj":
        # "Washington imposed tariffs, and Beijing retaliated": at the first clause's doer
        answering = {a.country for a in sources}
        doers = index.at(subject_of(tree, tree.tokens[i].head))
        targets = [a for a in doers if resolved(a) and a.country not in answering]
    if not targets and tree.deps[i] == "advcl" and pos == "VERB":
        targets = _destination(tree, index, i)
    for j in match.absorbed if not targets else ():
        # "a roadside bombing killed a U.S. soldier": the absorbed verb's object; so too "a
        # raid on the camp that killed four" (event_match folds the killing into the raid)
        subj = tree.child(j, frozenset({"nsubj"}))
        relative = subj is not None and tree.tokens[subj].tag == "WDT" and tree.deps[j] == "relcl"
        # "attempted to assassinate Zelensky": the attempted act's object
        attempted = tree.deps[j] == "xcomp" and tree.tokens[j].head == i
        if tree.tokens[j].pos == "VERB" and (subj == i or relative or attempted):
            targets = object_of(tree, index, j)
    if root in FORCE_ROOTS and pos == "NOUN" and sources:
        sources, targets = struck_city(tree, i, sources, targets)
    if root in FORCE_ROOTS and pos == "NOUN" and not sources:
        # "soldiers were killed in clashes with the rebels": the rebels fought them
        fight = killed_fighting(tree, index, i) or fought_before(tree, index, i)
        if fight is not None:
            sources, targets = fight
    elif root in FORCE_ROOTS and not sources and tree.deps[i] == "pobj":
        # "after weeks of fighting with rebels", the gerund read as a verb
        sources, targets = fought_before(tree, index, i) or (sources, targets)
    if not targets and root in HARM_ROOTS:
        died = died_of(tree, index, i)
        if died is not None:
            sources, targets = sources or died[0], died[1]
    if not targets and root in FORCE_ROOTS and pos == "NOUN":
        targets = _harmed_by(tree, index, i)
    if not targets and root in HARM_ROOTS and pos == "NOUN":
        targets = harmed_in_relative(tree, index, i, sources)
    if root in FORCE_ROOTS and pos == "VERB":
        sources, targets = _origin(tree, index, i, sources, targets)
        if targets and not any(resolved(t) for t in targets):
            # "struck militant camps in Pakistan": the state where force of no known party
            # lands
            targets = place_targets(tree, index, i, match.code, sources) or targets
    if root <= "13":
        # "signed a declaration at the White House", "announced it on social media": where
        # words are spoken or signed is a venue, not the one they are addressed to
        kept = [t for t in targets if not is_venue(tree, i, t)]
        venues = {t.country for t in targets if t.country} if targets and not kept else set()
        if venues and pos == "VERB":
            # "filed a case against Israel at the ICJ": past the venue to the next argument
            kept = [t for t in object_of(tree, index, i, venues) if not is_venue(tree, i, t)]
        targets = kept
    if match.code == _REFUGE_SOUGHT and pos == "VERB":
        # "sought asylum in Turkey": asked of the state that is to take them in, which the
        # venue rule above sets aside
        heads = [i, *tree.children(i, _DOBJ)]
        hosts = [a for a in index.in_preps(heads, "in", "at") if resolved(a) and a not in sources]
        targets = hosts or targets
    withdrawn = pos == "VERB" and root in _LEAVING and tree.lemmas[i] in _PULLED
    if (root == _FORCE_POSTURE or withdrawn) and not sources and pos == "VERB":
        # "French police were put on alert", "80 peacekeepers were pulled out of Bunia"
        sources = alerted_forces(tree, index, i)
        targets = [t for t in targets if t not in sources]
    if withdrawn and sources and not any(resolved(t) for t in targets):
        targets = place_left(tree, index, i, sources) or targets
    countries = {a.country for a in sources if a.country}
    if root == _FORCE_POSTURE:
        # "deployed warships near Venezuelan waters": the forces moved are the doer's own;
        # where they are sent names whom the show of force is aimed at; an army its own state
        # orders out ("ordered the military to support the police") is no target either
        targets = [t for t in targets if not own_forces(t, countries)]
        warned = warned_by_force(tree, index, i, countries)
        if warned:
            targets = warned
        elif tree.child(i, COMPLEMENTS) is None:
            targets = targets or posted_near(tree, index, i, countries)
    if (
        pos == "VERB"
        and root in _ANSWERED_BY_FORCE
        # (the doer's own provinces or forces name no one it answers)
        and not any(resolved(t) and t.country not in countries for t in targets)
    ):
        targets = prompted_by(tree, index, i, sources) or targets
    if root == _AID and pos == "VERB" and countries:
        targets = given_to(tree, index, i, targets, countries)
    aid = root == _AID or match.code[:3] == _AID_PLEDGED
    if aid and pos == "VERB" and countries and not any(resolved(t) for t in targets):
        targets = aided_by_purpose(tree, index, i, countries) or targets
    if match.code == _REDUCED_RELATIONS and pos == "VERB":
        targets = _travel_to(tree, index, i) or targets
    if root == _MATERIAL_COOPERATION and pos == "VERB":
        # "shared information on Russian troops with Ukraine": the partner, not the topic
        # (the parser may hang "with Ukraine" on the topic)
        heads = [i, *tree.children(i, _DOBJ)]
        heads += [g for h in heads[1:] for _, g in tree.preps(h)]
        partners = [a for a in index.in_preps(heads, "with") if a not in sources]
        # "passed intelligence on Iraqi troops to the United States": the one it goes to
        given = [a for a in index.in_preps((i,), "to") if resolved(a) and a not in sources]
        targets = partners or given or targets
    if pos == "VERB" and root in _MEASURED and not any(resolved(t) for t in targets):
        # "eased sanctions imposed on India and Pakistan", "lifted a curfew imposed on the town
        # of Nablus": a measure eased or extended is on whom it was imposed
        targets = _imposed_on(tree, index, i, sources) or targets
    if match.code == _JUDICIAL and pos == "VERB":
        # "extradited a suspect to the United States": judicial cooperation with the state
        # that receives the suspect, not with the suspect
        targets = index.in_preps((i,), "to") or targets
    if not targets and match.code[:2] == _PROTEST:  # "prisoners in Israeli jails" strike
        targets = jailers_of(tree, index, sources, countries)
    if not targets and match.code[:2] == _PROTEST:
        # "rallied in support of Hezbollah": whom the rally is for
        targets = [a for a in supported(tree, index, i) if resolved(a) and a not in sources]
    if (root == _PROTEST or root in HARM_ROOTS) and not any(resolved(t) for t in targets):
        # "protested outside the U.S. embassy in Belgrade", "a car bomb exploded outside the
        # Israeli embassy": at the state the mission is of, not the one it stands in
        targets = [a for a in mission_of(tree, index, i) if a not in sources] or targets
    if root == _PROTEST and not any(resolved(t) and t.country not in countries for t in targets):
        # "marched in protest against the resumption of French nuclear tests": at France
        targets = protested_doer(tree, index, i, sources) or targets
    targets = [neighbour_of(tree, index, t) for t in targets]
    if root in FORCE_ROOTS and pos == "VERB" and not any(t.country for t in targets):
        # "in an attack on two Pakistani border posts, NATO jets killed 24 soldiers": those
        # of no named state were struck where the attack they fell in was aimed
        targets = _aim_of_the_attack(tree, index, i, sources) or targets
    if root in FORCE_ROOTS:
        targets = struck_own(tree, index, i, targets, countries)
    if (
        root in _BETWEEN_STATES
        and targets
        and all(state_role(s) for s in sources)  # demonstrators may meet their ministers
        and all(t.country in countries and state_role(t) for t in targets)
    ):
        # "recalled its diplomats from Kigali", "suspended Georgia's talks": not on itself
        targets = object_of(tree, index, i, avoid=countries) if pos == "VERB" else []
    targets = [
        t
        for t in targets
        if t not in sources
        and not named_venue(tree, t)  # "walked out of the Geneva talks"
        # "the Duma ratified it": a pronoun resolved to the doer's own side is a thing (but
        # "a warrant for his arrest": a person of that side is one)
        and not (
            tree.tokens[t.head].pos == "PRON"
            and t.country in countries
            and (tree.lemmas[t.head] not in _PERSONAL or any(_alike(t, s) for s in sources))
        )
    ]
    if len(countries) >= 2:
        # "India and Pakistan agreed to set up a hotline between their foreign secretaries":
        # the parties' own offices are the parties, who act on each other
        targets = [t for t in targets if t.country not in countries]
    if not targets and match.code == _SIGN and pos == "VERB":
        targets = document_parties(tree, index, i, countries)
    if pos == "VERB" and root in HARM_ROOTS and not any(resolved(t) for t in targets):
        # "police raided the opposition's headquarters", "raided its offices" (a pronoun of
        # the doer's country, which the filter above takes for a thing): whose premises
        targets = premises_owner(tree, index, i) or targets
    if not targets and root in _VERBAL_ROOTS and pos == "VERB" and len(countries) == 1:
        # "rejected the plan for a pipeline to Uganda": read down the matter (last, so a
        # party that the rules above set aside is not brought back)
        targets = [
            t
            for t in nested_party(tree, index, i, sources)
            if not is_venue(tree, i, t) and not named_venue(tree, t)
        ]
    return sources, listed_origins(tree, index, targets)


_AFTER = frozenset({"after"})
_MATERIAL_COOPERATION = "06"
# verbal cooperation and conflict: words whose party a coder reads down their matter
_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
_ANSWERING = frozenset({"retaliate", "respond", "reciprocate", "hit"})
_ASKING_ROOTS = frozenset({"02", "10"})
_REFUGE_SOUGHT = "1033"
_RALLY_OPPOSITION = "113"
# shows of force and cuts in relations, aimed at whoever's deed prompted them
_ANSWERED_BY_FORCE = frozenset({"15", "16"})


def listed_origins(
    tree: Tree, index: ActorIndex, targets: list[ActorMention]
) -> list[ActorMention]:
    """ "expelled diplomats from Peru, Bolivia and Ecuador": the actor stage names the first
    country's diplomats; each further country listed has diplomats of its own, coded alike
    (the targets with the listed countries' bare mentions so coded, or added)."""
    out = list(targets)
    deps = tree.deps
    for t in targets:
        if not t.code or not t.country or len(t.code) <= 3 or t.code[:3] != t.country:
            continue
        for prep, first in tree.preps(t.head):
            if prep != "from" or not t.token_start <= first < t.token_end:
                continue
            for c in tree.conjuncts(first)[1:]:
                if deps[c] != "conj":
                    continue
                for a in index.at(c):
                    if not a.country or not a.code or a.code != a.country:
                        continue
                    coded = dataclasses.replace(a, code=a.country + t.code[3:])
                    if a in out:
                        out[out.index(a)] = coded
                    elif coded not in out:
                        out.append(coded)
    return out


def _alike(a: ActorMention, b: ActorMention) -> bool:
    """One actor under two mentions: "Georgescu ... urged his backers"."""
    return a.code == b.code and a.name == b.name


# Pronouns that stand for a person, who may be a target of his own side's acts.
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
_FORCE_POSTURE = "15"  # mobilizing, deploying, raising alert
# Roots of acts on a measure (sanctions, curfews, bans) eased, imposed or extended.
_MEASURED = frozenset({"08", "16", "17"})
_IMPOSING = frozenset({"impose", "place", "slap", "clamp", "declare", "enforce", "put"})


def _imposed_on(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom the measure a verb acts on was imposed on: its participle's "on" or "against"."""
    return [
        a
        for o in tree.children(i, _DOBJ)
        for v in tree.children(o, _ACL)
        if tree.lemmas[v] in _IMPOSING
        for p, g in tree.preps(v)
        if p in ("on", "against")
        for a in index.at(g)
        if resolved(a) and a not in sources
    ]


_REDUCED = "16"  # relations, aid and talks cut
# Mediating (045) and hosting (043): the targets are the parties talks are held between.
_BETWEEN_CODES = frozenset({"045", "043", "039"})
# "mediated in the dispute between X and Y", "acted as a mediator between": the phrase the
# parties' "between" hangs on
_MATTER_OF = frozenset({"as", "in", "on", "over"})
_UNTIL = frozenset({"until", "till"})
# Force that takes something from someone: the "from" object is the loser, not the origin.
_TAKING = frozenset(
    {"capture", "recapture", "seize", "retake", "take", "wrest", "liberate", "reclaim", "regain"}
)


def _origin(
    tree: Tree,
    index: ActorIndex,
    i: int,
    sources: list[ActorMention],
    targets: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """ "a rocket was fired at it from Lebanon": where force comes from is not its target; a
    country named as the origin of unattributed fire stands in as its source."""
    if tree.lemmas[i] in _TAKING:
        return sources, targets  # "retook the town from the rebels": whom it was taken from
    origin = index.in_preps((i,), "from")
    if not origin and not sources:
        origin = _fired_from(tree, index, i)
    if not origin:
        return sources, targets
    if not sources and all(a.country and a.code == a.country for a in origin):
        sources = origin
    return sources, [t for t in targets if t not in origin]


_SUBJECT = frozenset({"nsubj"})
_PARTICIPLE = frozenset({"acl"})


def _fired_from(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "a rocket fired from Gaza killed two Israelis", "a mortar bomb fired from Syria that
    killed five civilians": where the weapon that did it came from."""
    subj = tree.child(i, _SUBJECT)
    if subj is not None and tree.tokens[subj].tag == "WDT" and tree.deps[i] == "relcl":
        subj = tree.tokens[i].head
    if subj is None or index.at(subj):
        return []
    return index.in_preps(tree.children(subj, _PARTICIPLE), "from")


CRITICISM = "111"


def _harmed_by(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "wounded two soldiers in a bomb attack": the object of the verb a force noun says how
    it was done (the verb is no act of its own: its doer did the attack)."""
    toks = tree.tokens
    deps = tree.deps
    prep = toks[i].head
    if deps[i] != "pobj" or tree.lemmas[prep] not in ("in", "with"):
        return []
    verb = toks[prep].head
    if toks[verb].pos != "VERB" or tree.is_passive(verb):
        return []
    return object_of(tree, index, verb)


def _denied_state(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The state of the party of a denied act, as a bare state, if not the denier's own."""
    comp = complement_of(tree, i, {})
    if comp is None:
        return []
    own = {a.country for a in sources if a.country}
    for a in complement_targets(tree, index, comp, sources):
        country = a.country
        if country and len(country) == 3 and country not in own and country not in _NOT_STATES:
            return [as_state(a, a, "denied-party")]
    return []


_NOT_STATES = frozenset({"IGO", "NGO", "MNC", "IMG", "---"})


# Verbs whose subject undergoes the force their particle phrase names: "came under fire".
_UNDERGOING = frozenset({"come"})


def _fire_came_from(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "came under heavy shelling from Russian forces": whom the force came from."""
    heads = [i, *(g for p, g in tree.preps(i) if p == "under")]
    return index.in_preps(heads, "from", "by")


_REDUCED_RELATIONS = "160"
_JUDICIAL = "063"
_TRAVEL = frozenset({"travel", "trip", "visit", "journey"})


_CUT_GOODS = frozenset({"aid", "assistance", "loan", "credit", "funding", "grant", "subsidy"})


def _aid_cut(
    tree: Tree, index: ActorIndex, i: int
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The giver and the receiver of aid whose cut is told in the passive: the aid's owner
    ("U.S. aid", "Japan's loans") and whom it went "to" or "for"."""
    aid = tree.child(i, PASSIVE_SUBJECTS)
    if aid is None or tree.lemmas[aid] not in _CUT_GOODS:
        return None
    givers = [
        a
        for c in tree.kids[aid]
        if tree.deps[c] in ("compound", "poss", "amod", "nmod")
        for a in index.at(c)
        if resolved(a)
    ]
    if not givers:
        return None
    takers = [
        a for p, g in tree.preps(aid) if p in ("to", "for") for a in index.at(g) if resolved(a)
    ]
    return givers, [a for a in takers if a not in givers]


def _travel_to(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "advised Americans against travel to Venezuela": a travel warning is aimed at where
    travel is warned off, not at the travellers warned."""
    trips = [g for p, g in tree.preps(i) for t in (g, *tree.kids[g]) if tree.lemmas[t] in _TRAVEL]
    return index.in_preps(trips, "to")


def _destination(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """ "sent inspectors to Chile to investigate the disaster": a purpose clause acts where
    the act it is the purpose of was headed."""
    toks = tree.tokens
    if not tree.is_to_infinitive(i):
        return []
    return index.in_preps((toks[i].head,), "to")


_PROTEST = "14"


def premises_owner(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The owner of the premises a verb's object or passive subject names: "raided the
    opposition's headquarters", "stormed the home of an opposition leader"."""
    obj = tree.child(i, _STRUCK_DEPS)
    if obj is None or tree.lemmas[obj] not in _PREMISES:
        return []
    for c in tree.kids[obj]:
        owner = c if tree.deps[c] == "poss" else None
        if tree.deps[c] == "prep" and tree.lemmas[c] == "of":
            owner = tree.child(c, frozenset({"pobj"}))
        # (a bare role too: "the opposition's" is the place's opposition, placed later)
        found = [a for a in index.at(owner) if a.code] if owner is not None else []
        if found:
            return found
    return []


def clause_subjects(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention], verbal: bool = False
) -> list[ActorMention]:
    """The coded subjects of ``i``'s clausal complements, not its doers: whom a demand is made
    of, or a charge laid against. ``verbal``: only clauses headed by a verb ("charged that
    Israel committed ..."), not a small clause ("holds Israel responsible")."""
    return [
        a
        for c in tree.children(i, _CCOMP)
        if not verbal or tree.tokens[c].pos in ("VERB", "AUX")
        for a in index.at(tree.child(c, _NSUBJ))
        if resolved(a) and a not in sources
    ]


def feared_doer(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """The one whose act a warning's clause puts as its subject, not of the warner's side:
    "warned that any U.S. attack would trigger a nuclear war"."""
    own = {a.country for a in sources if a.country}
    for c in tree.children(i, _CCOMP):
        subj = tree.child(c, _NSUBJ)
        if subj is not None and tree.lemmas[subj] in ATTACKS:
            return [a for a in index.at(subj) if resolved(a) and a.country not in own]
    return []


_CCOMP = frozenset({"ccomp"})
_NSUBJ = frozenset({"nsubj"})


# Nouns of a party's own doing, whose "of" object is the doer: "the conduct of Dutch
# peacekeepers", "the role of the army".
_DOINGS = frozenset(
    {"conduct", "role", "action", "activity", "behaviour", "behavior", "involvement", "handling"}
)
# Roles whose unnamed members an investigator looks into at home: "navy commanders", "police".
_OWN_AGENTS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "ELI", "SPY"})


def investigated_doer(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Who an investigation looks into: the doer of the act it is "into" ("the killing of a
    teenager by border police officers", "kickbacks paid by Elf", "at the hands of former
    military rulers", "the conduct of Dutch peacekeepers") or of a claim it checks ("claims
    that Iraq had hidden warheads"). Unnamed officers, troops or officials are the
    investigator's own state's."""
    toks = tree.tokens
    deps = tree.deps
    own = {a.country for a in sources if a.country}
    heads = [i]
    if deps[i] == "dobj" and toks[toks[i].head].pos == "VERB":
        heads.append(toks[i].head)  # "launched a probe on Monday into ...": on the verb
    matters = [g for h in heads for p, g in tree.preps(h) if p == "into"]
    if toks[i].pos == "VERB":
        matters += tree.children(i, _DOBJ)
        # "investigated claims on Saturday that Iraq had hidden warheads": the parser may hang
        # the claim's clause on the verb
        matters += [i]
    for m in matters:
        doers = [g for p, g in tree.preps(m) if p == "by"]
        doers += [
            g2 for p, g in tree.preps(m) if p == "of" for p2, g2 in tree.preps(g) if p2 == "by"
        ]
        doers += [
            g
            for v in tree.children(m, _ACL)
            if toks[v].tag == "VBN"
            for p, g in tree.preps(v)
            if p == "by"
        ]
        doers += [
            g3
            for p, g in tree.preps(m)
            if p == "at" and tree.lemmas[g] == "hand"
            for p2, g3 in tree.preps(g)
            if p2 == "of"
        ]
        if tree.lemmas[m] in _DOINGS:
            doers += [g for p, g in tree.preps(m) if p == "of"]
        doers += [
            s
            for c in tree.kids[m]
            if deps[c] in ("acl", "ccomp") and toks[c].pos in ("VERB", "AUX") and c != i
            for s in (tree.child(c, _NSUBJ),)
            if s is not None
        ]
        for g in doers:
            found = [a for a in index.at(g) if a.country and a not in sources]
            if found:
                return found
            unnamed = [a for a in index.at(g) if (a.code or "")[3:6] in _OWN_AGENTS]
            if unnamed and len(own) == 1:
                return [of_country(a, next(iter(own)), "investigated") for a in unnamed]
    return []


def mission_of(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The state whose embassy or consulate the act at ``i`` is held at: "outside the U.S.
    embassy", "near the French consulate"."""
    heads = [i, *tree.children(i, _STRUCK_DEPS)]  # "burned flags outside the embassy"
    if tree.deps[i] == "nsubj":  # "a car bomb exploded outside the embassy"
        heads.append(tree.tokens[i].head)
    for p, g in (pg for h in heads for pg in tree.preps(h)):
        if p in _AT_A_PLACE and tree.lemmas[g] in MISSIONS:
            found = [a for a in index.at(g) if a.country]
            if found:
                return found
    return []


_AT_A_PLACE = frozenset({"outside", "at", "near", "before", "in", "to", "toward", "towards"})
_STRUCK_DEPS = frozenset({"dobj", "nsubjpass"})
_PREMISES = frozenset(
    {"headquarters", "office", "home", "house", "residence", "compound", "premises",
     "building", "offices", "hq", "bureau", "studio", "newsroom"}
)  # fmt: skip


def supported(tree: Tree, index: ActorIndex, i: int) -> list[ActorMention]:
    """The actors of an "in support of" or "in solidarity with" phrase on the act at ``i``."""
    return [
        a
        for p, g in tree.preps(i)
        if p == "in" and tree.lemmas[g] in _CAUSES
        for p2, g2 in tree.preps(g)
        if p2 in ("of", "with")
        for a in index.at(g2)
    ]


_CAUSES = frozenset({"support", "solidarity", "defence", "defense", "favour", "favor"})
RALLY_SUPPORT = "053"  # its target is the one supported, not the one asked to support


# Acts one state does to another: a target of the doer's own state is its own property.
_BETWEEN_STATES = frozenset({"04", "08", "16"})


# Verbs whose subject makes the statement their object names: "made an accusation".
SPEECH_LIGHT_VERBS = frozenset(
    {"make", "level", "raise", "repeat", "issue", "voice", "lodge", "file", "bring", "express",
     "trade", "exchange", "hurl", "send", "deliver", "convey"}
)  # fmt: skip
# Hopes and worries voiced: the party named in what they are about is their target.
_CONCERNS = frozenset({"012", "013"})
_ARGUED_ROOTS = frozenset({"01", "05", "11", "12"})


def _asked_in_noun(
    tree: Tree, index: ActorIndex, i: int, sources: list[ActorMention]
) -> list[ActorMention]:
    """Whom a demand or appeal named as a noun asks: the doer its clause names ("Pakistan's
    demand that India withdraw its troops") or whom the thing asked is to come "from"
    ("Tehran's demand for reparations from Baghdad")."""
    toks = tree.tokens
    for c in tree.children(i, frozenset({"acl", "ccomp"})):
        if toks[c].pos in ("VERB", "AUX") and tree.child(c, frozenset({"mark"})) is not None:
            subj = tree.child(c, frozenset({"nsubj", "nsubjpass"}))
            found = [a for a in index.at(subj) if resolved(a) and a not in sources]
            if found:
                return found
    # the "from" of the thing asked for, however deep ("for $100 billion in reparations from
    # Baghdad"); not the noun's own "from", which may name the asker ("a call from the EU")
    heads = [g for p, g in tree.preps(i) if p == "for"]
    for _ in range(3):
        heads += [g for h in heads for _, g in tree.preps(h) if g not in heads]
    return [a for a in index.in_preps(heads, "from") if resolved(a) and a not in sources]
