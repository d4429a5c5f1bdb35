"""One sentence: its triggers and frames to drafts, with modality, context, stances and merges.

A heading (no verb, no full stop) reports nothing. Each trigger's mood comes from
``modality.assess`` (an event noun's also from the verb that carries it); its code may be refined
by context words, given the mode its means imply, or replaced by the entry's ``no_target`` code.
Stance drafts then combine with the actions they govern, a noun and a verb telling one happening
merge, an attack or a visit with no recipient takes the country of its scene, and the sentence's
announcements and demands are derived.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from spacy.tokens import Span, Token

from ...model import Actor
from ...syntax import (
    NOUN_POS,
    VERB_POS,
    adjunct_host,
    clause_head,
    comma_between,
    is_passive,
    lemma,
    prep_objects,
    relative_antecedent,
    to_clause,
)
from ..lexicon import Entry
from ..modality import Mood, assess, is_form, noun_negated, purpose_host
from .arguments import actors_list, subject_of
from .finish import local_authority
from .frames import (
    absorbed_partners,
    absorbed_source,
    absorbed_target,
    carrier,
    coordinated_speaker,
    folded_nouns,
    frames,
    purpose_clauses,
    slot,
    toll_target,
)
from .judgements import judgements, reasons_accused
from .places import STRUCK_PREPS, as_place, local_source, place_code, scene, struck_place
from .stances import derive, hostile, stances
from .state import (
    STATE_SECTORS,
    Context,
    Draft,
    Trigger,
    done_jointly,
    names,
    others,
    recode,
    same,
    unique,
)
from .triggers import match_noun, triggers

__all__ = ["code_sentence"]

# the code of armed forces arriving somewhere: CAMEO 154, the deployment the lexicon gives "deployed
# troops to"
_DEPLOYMENT = "154"
_AID = "070"  # people who go somewhere to help
_RELIEF = "073"  # relief workers sent: humanitarian aid
_LEAVING = "160"  # reduce relations: a state leaving a body of states
_BODIES = frozenset({"UN", "EU", "NATO", "AU", "IGO"})  # codes of bodies of states
# a display of force, and the prepositions of the state it is displayed close to
_SHOW_OF_FORCE = "150"
_NEAR_PREPS = ("off", "near", "around")
_JOINT = "062"  # military cooperation: exercises held together
_TOGETHER = "060"  # cooperation: any other act done jointly
_CRITICISM = "111"  # what a text "attacks" it criticises
# types that are cooperation or contact already: done jointly they are no more than themselves
_COOPERATIVE = {"COOPERATE", "CONSULT", "AGREE", "SUPPORT", "AID"}
# sectors of a state's armed forces
_ARMED_FORCES = {"MIL", "COP"}
# prepositions of a judgement's object: "protested against", "angered over"
_JUDGED_PREPS = ("against", "over", "for", "about")
# dependencies that open a clause of its own
_FROM_THE_AIR = {"aerial", "drone"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
# the code of transnational armed groups, coded to the country they fight in
_TRANSNATIONAL = "IMG"
_REBELS = frozenset({"REB", "INS"})  # armed groups against their own state
_FULL_STOPS = {".", "!", "?", '."', ".'", "”", '"'}
# words that set a clause at a time of its own
_OTHER_TIME = frozenset({"when", "after", "before", "since", "until", "once", "whenever"})


def _leaves_a_body(ctx: Context, d: Draft) -> bool:
    """A withdrawal by a state, not of its forces ("withdrew its troops from the UN force", "the
    withdrawal of its personnel from the UN mission"), from bodies of states only."""
    forces = ctx.lex.words["forces"]
    withdrawn = [g for g in prep_objects(d.trig.tok, "of") if lemma(g) in forces]
    return (
        d.event_type == "RETREAT"
        and d.mode == "withdraw"
        and not d.trig.objects
        and not withdrawn
        and bool(d.target)
        # ("withdrew from the FIFA World Cup qualifier" leaves no body of states)
        and all(a.code in _BODIES for a in d.target)
        and not any(a.sector in _ARMED_FORCES for a in d.source)
    )


def _timed(tok: Token) -> bool:
    """A clause or phrase set at a time of its own: "when ...", "after ...", "before ...",
    "since ..."; "before his trip to Beijing", "ahead of the summit", "prior to the talks" (an
    event named as a time reference is another happening than the one it dates)."""
    if tok.dep_ == "prep":
        word = tok.lower_
        if word in {"ahead", "prior"}:
            return any(c.dep_ == "prep" and c.lower_ in {"of", "to"} for c in tok.children)
        return word in _OTHER_TIME - {"when", "once", "whenever"} or word == "following"
    return tok.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _OTHER_TIME for c in tok.children
    )


def code_sentence(
    ctx: Context,
    sent: Span,
    candidates: Sequence[int] | None = None,
    obligation: bool = True,
    *,
    judgement: bool = True,
) -> list[Draft]:
    """The drafts of one sentence. ``candidates``: token indices that may trigger (None: every
    token); ``obligation``: the sentence holds a "must"-like word, so a demand may be derived;
    ``judgement``: it holds a word of blame or censure ("behind", "responsible", "illegal")."""
    if not any(w.pos_ in VERB_POS for w in sent) and sent[-1].text not in _FULL_STOPS:
        # a heading or a list of topics ("War crimes in the Russian invasion of Ukraine,
        # Trial of ..."): names events, reports none. A sentence that ends like one is kept:
        # the tagger may have missed its verb ("A drone attack injures two civilians.")
        ctx.note(None, f"sentence {ctx.sent_index}: no verb, a heading: nothing coded")
        return []
    found = triggers(ctx, sent, candidates) if candidates is None or candidates else []
    if not found:
        # only a judgement ("X said Y was behind ...") or a "X said Y must ..." frame can still
        # give an event
        judged = judgements(ctx, sent, []) if judgement else []
        if not obligation:
            return judged
        cues = ctx.lex.modality.aux_obligation
        if not any(t.lower_ in cues and t.dep_ == "aux" for t in sent):
            return judged
        return derive(ctx, [], sent) + judged
    # stance triggers by token; modality asks only whether a token is one
    stance_of: dict[int, object] = {
        t.tok.i: t.entry for t in found if t.entry.stance and t.entry.stance != "report"
    }
    drafts: list[Draft] = []
    for t in found:  # grows while looping: a folded noun may be told on its own
        drafts.extend(_drafts_or_runner_up(ctx, t, found, stance_of, sent))
    stances(ctx, drafts)
    drafts = _merge(ctx, drafts)
    drafts = _join_sides(ctx, drafts)
    drafts = _victims_of_clause(ctx, drafts)
    _responses(ctx, drafts)
    drafts = _answered_by_doing(ctx, drafts)
    _private_abroad(ctx, drafts)
    _judged_acts(ctx, drafts)
    _deeds_judged(ctx, drafts)
    _brokered(ctx, drafts)
    onto = ctx.onto
    drafts = [d for d in drafts if _arrival(ctx, d)]
    for d in drafts:
        if (
            onto.in_class("avowed", d.event_type, d.mode)
            and d.mood.future
            and not (d.mood.negated or d.mood.hypothetical)
            and any(lemma(c) in ctx.lex.words["perpetual"] for c in d.trig.tok.children)
        ):
            d.mood.future = d.mood.intent = False
            ctx.note(d.trig.tok, "  support vowed for always: expressed now, not announced")
    if _captioned(ctx, sent):
        # "President Jimmy Carter (center) shakes hands with the leaders of Egypt and Israel
        # Image: ...": a picture's caption shows a moment that may be years old; undated, it is
        # no fresh news
        for d in drafts:
            d.mood.background = True
            ctx.note(d.trig.tok, "  background: a picture caption")
    for d in drafts:
        if onto.in_class("standing", d.event_type, d.mode) and _described(d.trig.tok):
            d.mood.background = True
            ctx.note(d.trig.tok, "  background: a standing relation described, not news")
        elif _long_standing(ctx, d.trig.tok):
            d.mood.background = True
            ctx.note(d.trig.tok, "  background: a pattern of long standing, not news")
    # "US sanctions target Iranian tankers": a measure aims at someone, it strikes no one
    measured = [d for d in drafts if _by_a_measure(ctx, d)]
    for d in measured:
        ctx.note(d.trig.tok, "  dropped: done by a measure, no act of force")
    # "were killed when their carrier crashed", "crashes and rolls into a river": an accident
    accidents = [d for d in drafts if _accident(ctx, d)]
    for d in accidents:
        ctx.note(d.trig.tok, "  dropped: told as an accident, no act of force")
    drafts = [d for d in drafts if not any(d is m for m in (*measured, *accidents))]
    _joined_in(ctx, drafts)
    foreseen = [d for d in drafts if _foreseen(ctx, d, drafts)]
    for d in foreseen:
        ctx.note(d.trig.tok, "  dropped: an act of force foreseen, not asked for")
    drafts = [d for d in drafts if not any(d is m for m in foreseen)]
    for d in drafts:
        if _by_a_text(ctx, d):
            code = onto.code(_CRITICISM)
            d.cameo, d.event_type, d.mode = code.code, code.plover or "ACCUSE", code.mode
            ctx.note(d.trig.tok, f"  done by a text: criticism, CAMEO {code.code}")
    drafts.extend(_joint_acts(ctx, drafts))
    _partners_by_purpose(ctx, drafts)
    _thanked_for(ctx, drafts)
    _done_on_a_visit(ctx, drafts)
    _done_by_those_taking_part(ctx, drafts)
    drafts = _contents_told(ctx, drafts)
    for d in drafts:
        if _between_themselves(ctx, d):
            d.mutual = True
            ctx.note(d.trig.tok, "  the ties of its subject's parties with each other: mutual")
        if _leaves_a_body(ctx, d):
            # "Niger withdrew from ECOWAS", "Russia pulled out of the Council of Europe": a state
            # leaving a body of states cuts its ties with it (CAMEO 160), no forces pull back
            recode(ctx, d, _LEAVING, "leaving a body of states: coded as")
            d.mode = "withdraw"
    for d in drafts:
        if onto.in_class("scene", d.event_type, d.mode) and d.source and not d.target:
            if (d.mutual or d.trig.entry.mutual) and len({a.code for a in d.source}) >= 2:
                continue  # "fought Ukrainian forces in Kursk": a clash between its own parties
            if _partner_at_home(ctx, d) or (
                (d.mutual or d.trig.entry.mutual)
                and len(d.source) >= 2
                and len({a.code for a in d.source}) == 1
            ):
                # "Venezuelans clash with the Venezuelan National Guard on the border with
                # Colombia", "clashes between the ELN and FARC dissidents near Colombia's border
                # with Venezuela": the other side is named, and of the same state
                ctx.note(d.trig.tok, "  no target: its partner is of its own state")
                continue
            # an arrest "on the border with Libya" is made on the arresting side of it; fire
            # "near the border with India" may strike across it
            held = onto.in_class("custody", d.event_type, d.mode, d.cameo)
            # nor is a state of emergency "on its border with Belarus" declared beyond it
            own_ground = onto.in_class("own_ground", d.event_type, d.mode, d.cameo)
            place = scene(ctx, d, across=not (held or own_ground))
            if place:
                d.target = place
                struck = onto.in_class("violent", d.event_type)
                ctx.note(
                    d.trig.tok,
                    f"  target {names(place)} ({'where it struck' if struck else 'where it went'})",
                )
    for d in drafts:
        _by_state(ctx, d)
    for d in drafts:
        home = _domestic_recipient(ctx, d, sent)
        if home is not None:
            d.target = (home,)
            d.domestic = True
            ctx.note(d.trig.tok, f"  target {names(d.target)} (at home: no other party named)")
    for d in drafts:
        if (
            onto.in_class("violent", d.event_type)
            and d.target
            and not d.source
            and all(a.sector in _ARMED_FORCES for a in d.target)
            # an air or drone strike is rarely the local side's: the country it struck in is no
            # guess at who flew it ("a commander killed in airstrikes in Beirut")
            and not _from_the_air(ctx, d)
        ):
            # "three German soldiers were killed in northern Afghanistan": an unnamed attacker
            # of a state's forces abroad is coded to the country it fights in, as named armed
            # groups are (the Taliban to Afghanistan); not so an official shot abroad
            place = scene(ctx, d, avoid=d.target, across=False)
            if place:
                d.source, d.source_how = place, "scene"
                ctx.note(d.trig.tok, f"  source {names(place)} (where forces abroad were struck)")
    for d in drafts:
        if onto.in_class("violent", d.event_type):
            _localise_transnational(ctx, d)
        elif d.mode == "expel" and not d.source:
            _expelled_from(ctx, d)
    for d in drafts:
        if not onto.in_class("crowd", d.event_type, d.mode) and not _done_by_crowd(ctx, d):
            continue
        if not d.source:
            crowd = local_source(ctx, d)
            here = {a.code for a in d.target}
            if not crowd and here and _voice(ctx, d, drafts, here) is not None:
                # "farmers blocked roads in Poland to protest Ukrainian imports": the place read
                # as the recipient is the crowd's own when the protesters name another party
                crowd = local_source(ctx, d, avoid=())
                if crowd and crowd[0].code in here:
                    d.target = ()
                else:
                    crowd = ()
            if crowd:
                d.source, d.source_how = crowd, "crowd"
                ctx.note(d.trig.tok, f"  source {names(crowd)} (the crowd of the place)")
        _voiced_target(ctx, d, drafts)
    drafts.extend(derive(ctx, drafts, sent))
    if judgement:
        drafts.extend(judgements(ctx, sent, drafts))
    drafts.extend(reasons_accused(ctx, drafts))
    return drafts


def _by_state(ctx: Context, d: Draft) -> None:
    """An act coded otherwise when a state does it (``coder.by_state``): "Turkey protested
    the decision" is an official complaint (114), not a demonstration. Only parties named as
    the doer count: a crowd read from the place ("thousands protested in Tehran") is none."""
    code = ctx.onto.state_code(d.event_type, d.mode)
    if code is not None and _done_by_state(ctx, d):
        recode(ctx, d, code, "done by a state:")


def _done_by_state(ctx: Context, d: Draft) -> bool:
    """Is every named doer a state (the country itself, its government, forces, legislature or
    courts)? Not a crowd read from the place ("thousands protested in Tehran"), nor a people
    named by a demonym ("Italians demonstrated", "thousands of Nigerians")."""
    if not d.source or d.source_how in {"crowd", "scene"}:
        return False
    if not all(a.code and a.sector in STATE_SECTORS for a in d.source):
        return False
    people = {
        (m.actor.code, m.actor.text)
        for m in ctx.mentions
        if m.sentence_index == ctx.sent_index and m.via == "demonym" and m.actor.sector is None
    }
    return not any((a.code, a.text) in people for a in d.source)


def _voiced_target(ctx: Context, d: Draft, drafts: list[Draft]) -> None:
    """A protest with no foreign recipient takes the one its protesters name as they protest:
    "Palestinians protested across the West Bank, calling for an end to Israeli attacks" is
    against Israel (the appeal or accusation of a participle or clause on the protest verb)."""
    codes = {a.code for a in d.source}
    if any(a.code not in codes for a in d.target):
        return
    found = _voice(ctx, d, drafts, codes)
    if found is not None:
        voice, fill = found
        d.target = tuple(fill)
        ctx.note(d.trig.tok, f'  target {names(fill)} (named by "{voice.text}")')


def _voice(
    ctx: Context, d: Draft, drafts: list[Draft], codes: set[str | None]
) -> tuple[Token, list[Actor]] | None:
    """The participle or clause on a protest by which its protesters name whom they protest
    ("calling for an end to Israeli raids", "to protest Ukrainian imports"), and the parties it
    names other than ``codes``."""
    tok = d.trig.tok
    for g in drafts:
        voice = g.trig.tok
        if (
            g is not d
            and voice.head.i == tok.i
            and voice.dep_ in {"advcl", "xcomp", "conj", "acl"}
            and ctx.onto.in_class("voicing", g.event_type)
        ):
            fill = [a for a in g.target if a.code not in codes]
            if fill:
                return voice, fill
    return None


def _localise_transnational(ctx: Context, d: Draft) -> None:
    """A transnational armed group (IMG: the Islamic State) fighting or fought in a country is
    coded to that country, as armed groups are to the country they fight in: "France struck
    ISIL positions in Iraq" is France against Iraq, "killed by ISIL militants near Syria's
    Aleppo" an attack from Syria. With no country named for the scene the group stays IMG. So
    are a state's own rebels fighting it abroad: "Turkish jets struck PKK targets in northern
    Iraq" is Turkey against Iraq, "Turkish soldiers were killed in a PKK attack in northern Iraq"
    Iraq against Turkey."""
    for side in ("source", "target"):
        parties: tuple[Actor, ...] = getattr(d, side)
        other = d.target if side == "source" else d.source
        state = {a.code for a in other if a.sector not in _REBELS}
        group = next(
            (a for a in parties if a.code in state and a.sector in _REBELS and a.kind != "person"),
            None,
        )
        if group is not None:
            place = scene(ctx, d, avoid=other)
            if place and ctx.catalogue is not None and place[0].code not in state:
                local = tuple(a for a in parties if a is not group)
                local += (
                    ctx.catalogue.group_actor(place[0].code, group.sector or "REB", group.text),
                )
                setattr(d, side, local)
                ctx.note(d.trig.tok, f"  {side} {names(local)} (its state's rebels, abroad)")
            continue
        if not any(a.code == _TRANSNATIONAL for a in parties):
            continue
        other = d.target if side == "source" else d.source
        place = scene(ctx, d, avoid=other)
        if not place or ctx.catalogue is None:
            continue
        code = place[0].code
        local = tuple(a for a in parties if a.code != _TRANSNATIONAL)
        if all(a.code != code for a in local):
            group = next(a for a in parties if a.code == _TRANSNATIONAL)
            local += (ctx.catalogue.group_actor(code, group.sector or "REB", group.text),)
        setattr(d, side, local)
        ctx.note(d.trig.tok, f"  {side} {names(local)} (a transnational group where it fought)")


def _captioned(ctx: Context, sent: Span) -> bool:
    """A picture caption: a position word in brackets ("(left)", "(pictured)") or a picture
    credit ("Image: ...", "Photo: ...") in the sentence (``words.picture_positions``,
    ``words.picture_credits``)."""
    positions = ctx.lex.words["picture_positions"]
    credits = ctx.lex.words["picture_credits"]
    toks = list(sent)
    for k, w in enumerate(toks[:-1]):
        if w.lower_ in credits and toks[k + 1].text == ":":
            return True
        bracketed = w.text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")"
        if bracketed and toks[k + 1].lower_ in positions:
            return True
    return False


def _arrival(ctx: Context, d: Draft) -> bool:
    """Whether a visit is one: a ship or a plane that arrives visits no one ("a tanker arrived
    in Pago Pago"), and troops that arrive are a deployment ("Australian soldiers arrived in
    Tonga", "bombers flew over Korea"), recoded to MOBILIZE here. The one going is the subject,
    the noun a participle hangs on ("a ship travelling to Gaza") or the object an infinitive is
    said of ("sent jets to fly over Lebanon"). A passive with an agent ("a team headed by the
    envoy") is no journey."""
    if d.mode != "visit" or d.derived:
        return True
    tok = d.trig.tok
    if (
        tok.pos_ in VERB_POS
        and lemma(tok) in ctx.lex.words["travel"]
        and any(c.dep_ == "agent" for c in tok.children)
    ):
        # "a team headed by the UN envoy": a passive of leading, not a journey ("Iran was
        # visited by Scholz" is a visit)
        ctx.note(tok, "  dropped: a passive, no one travels")
        return False
    subjects = _goers(tok)
    # forces arriving deploy; a commander travelling ("Field Marshal Haftar visits Cairo for a
    # meeting") visits, as any official does
    armed = (
        d.source
        and all(a.sector in _ARMED_FORCES for a in d.source)
        and not any(a.kind == "person" for a in d.source)
    )
    if armed or (subjects and all(lemma(c) in ctx.onto.assault_means for c in subjects)):
        code = ctx.onto.code(_DEPLOYMENT)
        d.cameo, d.event_type, d.mode = code.code, code.plover or "MOBILIZE", code.mode
        ctx.note(d.trig.tok, f"  armed forces arriving: a deployment, CAMEO {code.code}")
        return True
    if subjects and all(lemma(c) in ctx.lex.words["vehicles"] for c in subjects):
        ctx.note(d.trig.tok, "  dropped: a vehicle arriving visits no one")
        return False
    if subjects and all(lemma(c) in ctx.lex.words["cargo"] for c in subjects):
        # "aid from Turkey arrived in Syria" is aid given where it arrives; "weapons from Iran
        # arrived in Yemen" or "a shipment of wheat arrived" tells no one travelling
        aid = next((e for c in subjects for e in _aid_named(ctx, c)), None)
        if aid is None:
            ctx.note(tok, "  dropped: goods arriving visit no one")
            return False
        d.cameo, d.event_type, d.mode = aid.cameo, aid.event_type, aid.mode
        ctx.note(tok, f"  aid arriving: aid given, CAMEO {aid.cameo}")
        return True
    if _come_to_help(ctx, tok) and not any(a.sector == "GOV" for a in d.source):
        # "Cuban doctors arrived in Andorra to assist with the pandemic", "a Russian rescue
        # team flew to Turkey to help search for survivors": people sent to help are aid, not a
        # visit (an official who comes "to help resolve the crisis" still visits)
        code = ctx.onto.code(_AID)
        d.cameo, d.event_type, d.mode = code.code, code.plover or "AID", code.mode
        ctx.note(tok, f"  come to help: aid, CAMEO {code.code}")
        return True
    relief = ctx.lex.words["relief_workers"]
    if subjects and all(c.tag_ in {"NNS", "NNPS"} and _kind_of(c) & relief for c in subjects):
        # "thirty-nine health workers from Cuba arrive in Andorra": a group of them sent is aid
        code = ctx.onto.code(_RELIEF)
        d.cameo, d.event_type, d.mode = code.code, code.plover or "AID", code.mode
        ctx.note(tok, f"  relief workers arriving: aid, CAMEO {code.code}")
        return True
    private = ctx.lex.words["private_people"]
    if subjects and all(
        lemma(c) in private
        or any(a.dep_ == "appos" and lemma(a) in private for a in c.children)
        or any(lemma(g) in private for g in prep_objects(c, "of"))
        for c in subjects
    ):
        # "six travellers from China arrive in Fiji", "Gisele Freund, a French photographer,
        # travelled to Mexico", "hundreds of Moroccan fans travelled to Qatar": private people
        # going abroad visit no state
        ctx.note(tok, "  dropped: private people travelling visit no one")
        return False
    return True


def _partner_at_home(ctx: Context, d: Draft) -> bool:
    """Whether a clash or a deal names its other side in a "with" or "against" phrase, and that
    side is of the source's own state: the act happened at home, wherever the place phrase
    says it did."""
    own = {a.code for a in d.source}
    sides = [g for w in ("with", "against") for g in prep_objects(d.trig.tok, w)]
    partners = actors_list(ctx, sides, 0)
    return bool(partners) and all(a.code in own for a in partners)


def _kind_of(noun: Token) -> set[str]:
    """A noun's lemma, and with each modifier before it ("health worker", "medical team")."""
    return {lemma(noun)} | {
        f"{lemma(m)} {lemma(noun)}" for m in noun.children if m.dep_ in {"compound", "amod"}
    }


def _aid_named(ctx: Context, noun: Token) -> list[Entry]:
    """The aid entries of a noun or of its "of" phrase ("aid", "a shipment of aid")."""
    out: list[Entry] = []
    for n in (noun, *prep_objects(noun, "of")):
        mods = {lemma(c) for c in n.children}
        out.extend(
            e
            for e in ctx.lex.nouns.get(lemma(n), ())
            if e.event_type == "AID" and (not e.mods or e.mods & mods)
        )
    # the entry a modifier picks ("humanitarian aid") before the bare noun's
    return sorted(out, key=lambda e: not e.mods)


def _expelled_from(ctx: Context, d: Draft) -> None:
    """ "A Russian diplomat was expelled from Poland": a passive expulsion with no agent is the
    act of the country it expels from, named as a place ("from the Netherlands", "from
    Warsaw"); an embassy or a mission there ("from the Russian embassy") is the expelled
    party's own."""
    tok = d.trig.tok
    if not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return
    place = [a for g in prep_objects(tok, "from") if g.pos_ == "PROPN" for a in as_place(ctx, g)]
    place = [a for a in place if a.code not in {t.code for t in d.target}]
    if place:
        d.source, d.source_how = tuple(place), "expelled from"
        ctx.note(tok, f"  source {names(place)} (the country it expels from)")


def _come_to_help(ctx: Context, verb: Token) -> bool:
    """The verb of going has a purpose clause of helping ("arrived to assist", "flew in to
    help search")."""
    return any(lemma(c) in ctx.lex.words["assisting"] for c in purpose_clauses(verb))


def _joint_acts(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Acts two states or more do together are also their cooperation: military exercises
    held by the forces of several states ("Russia and China held naval drills near Japan" is a
    show of force toward Japan and COOPERATE between Russia and China), and acts said to be
    done jointly ("the FBI and Mexican police jointly arrested the cartel leader"), as are the
    police of several states coercing together ("Spanish and Moroccan police arrested 20
    people"). Military acts are military cooperation (062); police work is cooperation refined
    by its context (arrests: judicial cooperation, 063)."""
    out: list[Draft] = []
    together = ctx.lex.words["jointly"]
    for d in drafts:
        drill = d.event_type == "MOBILIZE" and lemma(d.trig.tok) in ctx.lex.words["exercises"]
        sources = d.source
        if drill:
            # "China held naval drills with Russia near Japan": the partner drills too
            hosts = [d.trig.tok] + ([d.trig.light] if d.trig.light is not None else [])
            partners = [g for h in hosts for g in prep_objects(h, "with")]
            sources = tuple(unique([*d.source, *actors_list(ctx, partners, 0)]))
        body = _members_of_body(ctx, d)
        if body:
            sources = body
        if len({a.code for a in sources if a.code}) < 2:
            continue
        police = all(a.sector == "COP" for a in sources)
        # (protests are a population's: "Ukrainians and Russians held a joint protest" is no
        # cooperation between their states)
        joint = d.event_type not in _COOPERATIVE | {"PROTEST"} and (
            any(c.dep_ == "advmod" and lemma(c) in together for c in d.trig.tok.children)
            # "Iraq and Iran launched a joint probe", "the raid was carried out jointly by
            # Spanish and Moroccan police"
            or done_jointly(d.trig)
            # "police from Spain and Morocco arrested 20 people": the police of several
            # states making arrests or seizures together run a joint operation
            or (d.event_type == "COERCE" and police)
            # "a team made up of experts from France, Germany and Italy examined the wreck":
            # one body of several states' people acts as one
            or bool(body)
        )
        if not (drill or joint):
            continue
        military = (
            drill
            or (ctx.onto.in_class("violent", d.event_type) and not police)
            or d.event_type == "MOBILIZE"
        )
        code = ctx.onto.code(_JOINT if military else ctx.onto.refine(_TOGETHER, d.context))
        out.append(
            replace(
                d,
                event_type=code.plover or "COOPERATE",
                cameo=code.code,
                mode=code.mode,
                source=sources,
                target=(),
                mutual=True,
                notes=[],
            )
        )
        ctx.note(d.trig.tok, f"  done by several states together: also CAMEO {code.code}")
    return out


def _members_of_body(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """The parties of a body of several states that does an act as its subject ("a team
    comprising police from Spain, Portugal and France", "a task force of Kenyan and Ugandan
    troops"), when they are two states or more; empty otherwise."""
    tok = d.trig.tok
    if tok.pos_ not in VERB_POS:
        return ()
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    words = ctx.lex.words
    # one body, named by a common noun of its own ("a team", "a task force"): not a named body
    # ("the European Union and the United States"), nor several ("bodies in Japan and the US")
    body_nouns = words["bodies"] | words["commanded"]
    private = words["private_people"]
    bodies = [
        s
        for s in subjects
        if lemma(s) in body_nouns
        and s.tag_ == "NN"
        and s.i not in ctx.by_token
        and not any(c.dep_ == "conj" for c in s.children)
        # a team of private people ("of researchers from Chile, Spain and Italy") is no tie of
        # states
        and not any(lemma(w) in private for w in s.subtree)
    ]
    members = tuple(a for a in actors_list(ctx, bodies, 0) if a.kind != "person")
    return members if len({a.code for a in members if a.code}) >= 2 else ()


def _by_a_text(ctx: Context, d: Draft) -> bool:
    """ "The statement attacked NATO", "gave a speech which hit out at Kyiv": an act of force
    whose subject is a text (``words.texts``) is criticism; so is one told as done in a text
    ("attacked Machado in early-morning tweets", "lashed out at Seoul during an interview")."""
    tok = d.trig.tok
    if tok.pos_ not in VERB_POS or not ctx.onto.in_class("violent", d.event_type):
        return False
    texts = ctx.lex.words["texts"]
    for s in (c for c in tok.children if c.dep_ == "nsubj"):
        if s.lower_ in {"which", "that"} and tok.dep_ == "relcl":
            s = relative_antecedent(tok)
        if s.pos_ == "NOUN" and lemma(s) in texts:
            return True
    if any(a.sector == "MIL" for a in d.source):
        return False  # forces do not attack in words
    return any(
        lemma(g) in texts and g.pos_ == "NOUN"
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in {"in", "during", "via", "through"}
        for g in p.children
        if g.dep_ == "pobj"
    )


def _accident(ctx: Context, d: Draft) -> bool:
    """An act of force told as part of an accident: a verb coordinated with a mishap ("the
    carrier crashes and rolls into a river"), a participle hung on one ("a plane crashes,
    killing 11"), or a death or injury with no doer told "when" or "as" a mishap happened ("five
    officers were killed when their carrier crashed"). A weapon crashing into something is no
    mishap ("when a missile crashed into the building")."""
    tok = d.trig.tok
    if tok.pos_ not in VERB_POS or not ctx.onto.in_class("violent", d.event_type):
        return False
    verbs = ctx.lex.words["mishap_verbs"]
    means = ctx.onto.assault_means

    def mishap(v: Token) -> bool:
        return (
            lemma(v) in verbs
            and v.pos_ in VERB_POS
            # "crashes en route to Nairobi" is parsed with "route" as an object
            and not any(c.dep_ == "dobj" and c.lower_ != "route" for c in v.children)
            and not any(
                lemma(w) in means for c in v.children if c.dep_ == "nsubj" for w in c.subtree
            )
        )

    if tok.dep_ == "conj" and mishap(tok.head):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and mishap(tok.head):
        return True  # "a UN plane crashes near Fonds-Verrettes, killing at least 11 people"
    # "eleven people were killed in a helicopter crash": a death told "in" a mishap that no
    # word names as a weapon's ("killed in an explosion" may be a bombing, "in a bomb blast" is)
    plain = ctx.lex.words["mishaps"] - {"explosion", "blast", "fire"}
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents and all(lemma(a) in plain for a in agents):
        return True  # "a man is killed by a tree that crashed through his home", "by lightning"
    if not is_passive(tok) or agents:
        return False
    if any(
        lemma(g) in plain and not any(lemma(w) in means for w in g.subtree if w is not g)
        for g in prep_objects(tok, "in")
    ):
        return True
    return any(
        c.dep_ == "advcl"
        and mishap(c)
        # "when" on the clause or, as the parser may hang it, on a verb coordinated with it
        and any(
            m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as"}
            for v in (c, *c.conjuncts)
            for m in v.children
        )
        for c in tok.children
    )


def _by_a_measure(ctx: Context, d: Draft) -> bool:
    """An act of force whose subject is an instrument or a sanction word ("the sanctions target
    Iranian tankers", "the law hits Russian banks")."""
    tok = d.trig.tok
    if tok.pos_ not in VERB_POS or not ctx.onto.in_class("violent", d.event_type):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl":
        # "introduced measures which hit Turkish exporters": the measures do it
        subjects = [relative_antecedent(tok) if s.tag_ == "WDT" else s for s in subjects]
    for s in subjects:
        if s.pos_ != "NOUN":
            continue
        word = lemma(s)
        kinds = {e.event_type for e in ctx.lex.nouns.get(word, ())}
        if word in ctx.lex.words["instruments"] or "SANCTION" in kinds:
            return True
    return False


def _between_themselves(ctx: Context, d: Draft) -> bool:
    """ "South Korea and Japan halted military cooperation", "Qatar and Bahrain cut ties": an
    act on a relation, by a compound subject and naming no other party, is on the relation the
    subject's parties have with each other."""
    if d.mutual or d.target or len({a.code for a in d.source if a.code}) < 2:
        return False
    ties = ctx.lex.words["bilateral"]
    nouns = [o for o in d.trig.objects if o.pos_ in NOUN_POS]
    if any(
        lemma(n) in ties or any(c.dep_ == "compound" and lemma(c) in ties for c in n.children)
        for n in nouns
    ):
        return True
    # "Obama and Xi committed their two nations to the Paris accord": the parties bind
    # themselves together
    groups = ctx.lex.words["group_nouns_any"]
    return ctx.onto.in_class("favouring", d.event_type) and any(
        c.dep_ == "dobj"
        and lemma(c) in groups
        and any(g.dep_ == "poss" and g.lower_ == "their" for g in c.children)
        for c in d.trig.tok.children
    )


def _described(verb: Token) -> bool:
    """A present passive in a relative clause describes what its noun is ("Hamas, which is
    backed by Iran", "the Houthis, who are supported by Iran"): a standing state, not an act
    the text reports. "which was recognised by Fiji on Monday" is one."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _goers(verb: Token) -> list[Token]:
    """Who or what goes by a verb of going: its subject, else the noun its participle modifies,
    else the object of the verb its infinitive complements."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl":
        # "fired a missile that landed in Japan's waters": what the relative pronoun stands for
        subjects = [
            relative_antecedent(verb) if c.lower_ in {"that", "which", "who"} else c
            for c in subjects
        ]
    if subjects:
        return subjects
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_clause(verb)):
        said_of = [c for c in verb.head.children if c.dep_ == "dobj"]
        if said_of or verb.dep_ != "xcomp":
            return said_of
        # "aid began arriving in Beirut": the subject of the verb it complements
        return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return []


# relations of a noun to its verb through a phrase that takes the noun as given
_GIVEN_RELATIONS = frozenset({"prep:after", "prep:following", "prep:amid", "prep:despite"})


def _told_as_past(verb: Token) -> bool:
    """The verb, or the clause that governs it ("agreed to halt"), is in the past tense with no
    modal."""
    node = verb
    while node.dep_ in {"xcomp", "ccomp"} and node.head.i != node.i:
        if any(c.tag_ == "MD" for c in node.children):
            return False
        node = node.head
    return node.tag_ == "VBD" and not any(c.tag_ == "MD" for c in node.children)


def _mood(ctx: Context, t: Trigger, stance_of: dict[int, object]) -> Mood:
    cues = ctx.lex.modality
    speaker = (
        coordinated_speaker(ctx, t.tok) if ctx.onto.in_class("spoken", t.entry.event_type) else None
    )
    # an appeal coordinated with a reported clause is the speaker's act, as asserted as its verb
    mood = assess(speaker if speaker is not None else t.tok, cues, stance_of)
    absent = [
        o
        for o in t.objects
        if o.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)
    ]
    if absent and t.tok.pos_ in VERB_POS:
        # "imposed no sanctions on Ukraine", "sent no troops": the object that names the event
        # is not there, as "no" on an event noun says ("no talks were held")
        mood.negated = True
        mood.reasons.append(f'negated by "no {absent[0].text}"')
    via_tok = carrier(ctx, t)
    # the verb whose act the meeting was the scene of
    scene = via_tok if via_tok is not None and _scene_of(ctx, t, via_tok) else None
    if scene is not None and mood.negated and not noun_negated(t.tok, cues):
        # "failed to narrow their differences in the talks", "did not discuss trade at the
        # summit": what was not done there does not undo the meeting it was not done in
        mood.negated = False
        mood.reasons.append(f'the scene of "{scene.text}", not what it denies')
    if via_tok is not None and t.light_relation in _GIVEN_RELATIONS and _told_as_past(via_tok):
        # "agreed to halt its offensive after talks with Pence": what a phrase of "after" names
        # took place when the clause that governs its verb is told in the past, whatever mood
        # it gives that verb ("will decide after talks", "plans to ... after talks" may set the
        # talks ahead too)
        via_tok = None
    if via_tok is not None and t.light_relation == "prep:during":
        # "announced steps to address migration during a meeting with X": the meeting is when
        # the steps were announced, as the announcing is told, not the aim of the purpose
        via_tok = purpose_host(via_tok) or via_tok
    if via_tok is not None:
        # "could soon join the fighting": the fighting exists, but the subject's part in it
        # is as modal as the verb that gives it ("joined" asserted, "could join" not);
        # "peace talks will resume on March 7": the talks are as future as their verb
        via = assess(via_tok, cues, stance_of)
        if (
            via.future
            and not (via.negated or via.hypothetical)
            and is_form(via_tok, cues.ongoing)
            and not _dated(via_tok, t.tok)
        ):
            # "fighting between Israel and Hamas will continue": the fighting is under way; the
            # future of a verb of continuing does not reach it (modality's governors.ongoing),
            # unless it is dated ("talks will continue next week")
            via.future = via.intent = False
            mood.reasons.append(f'under way: "{via_tok.text}"')
        if scene is not None:
            via.negated = False
        if not via.asserted:
            mood.negated = mood.negated or via.negated
            mood.hypothetical = mood.hypothetical or via.hypothetical
            mood.future = mood.future or via.future
            mood.intent = mood.intent or via.intent
            mood.reasons.extend(f"{r} (through its verb)" for r in via.reasons)
            if mood.governor is None:
                mood.governor = via.governor
            if mood.speaker is None:
                mood.speaker = via.speaker
    return mood


# the phrases that name a meeting as where or when a clause's act took place
_SCENE_RELATIONS = frozenset({"prep:in", "prep:at", "prep:during"})


def _scene_of(ctx: Context, t: Trigger, verb: Token) -> bool:
    """The event noun is a meeting in whose course ``verb`` is told ("narrowed their differences
    in the talks"), not one the verb's subject takes part in ("refused to take part in the
    talks", "did not participate in the summit")."""
    if t.light_relation not in _SCENE_RELATIONS or t.entry.event_type != "CONSULT":
        return False
    if is_form(verb, ctx.lex.words["attending"]) or is_form(verb, ctx.lex.words["partaking"]):
        return False
    return not (lemma(verb) == "take" and any(lemma(c) == "part" for c in verb.children))


_RECIPROCAL = {("each", "other"), ("one", "another")}


def _reciprocal(tok: Token) -> bool:
    """Does ``tok`` act on "each other" or "one another": its object, the object of one of its
    prepositions ("fired at each other"), or the owner of its object ("shelled each other's
    positions")? An object that is each party's "respective" one is the other's too."""
    near = [c for c in tok.children if c.dep_ in {"dobj", "dative", "pobj", "prep", "nsubjpass"}]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "expelled a diplomat from the other country": the object's own phrase
    near += [
        g
        for c in near
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    near += [g for c in near if c.dep_ in {"dobj", "pobj"} for g in c.children if g.dep_ == "poss"]
    doc = tok.doc
    for w in near:  # the parser heads the pair by either word ("each other", "one another")
        if _the_other(w):
            return True
        if w.dep_ in {"dobj", "pobj"} and any(
            c.lower_ == "respective" and c.dep_ == "amod" for c in w.children
        ):
            # "Montenegro and Serbia expel their respective ambassadors": each the other's
            return True
        if w.i > 0 and (doc[w.i - 1].lower_, w.lower_) in _RECIPROCAL:
            return True
        if w.i + 1 < len(doc) and (w.lower_, doc[w.i + 1].lower_) in _RECIPROCAL:
            return True
    return False


def _the_other(w: Token) -> bool:
    """ "the other", "the other side" or "the other country" as an object or its owner: after two
    parties as subject ("Armenia and Azerbaijan accused the other of starting the fighting",
    "India and Pakistan each expel a diplomat from the other country") each means the other."""
    if w.dep_ not in {"dobj", "pobj", "dative", "poss"} or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in w.children
    ):
        return False
    return w.lower_ == "other" or (
        lemma(w) in _OTHER_NOUNS
        and w.tag_ == "NN"  # "the other countries of the region" are others, not each other
        and any(c.lower_ == "other" and c.dep_ == "amod" for c in w.children)
    )


# the nouns "the other ..." names a party by
_OTHER_NOUNS = frozenset({"side", "party", "country", "nation", "state", "government"})


def _long_standing(ctx: Context, tok: Token) -> bool:
    """A perfect that tells a pattern of long standing: "has long resisted", "have for decades
    accused", "has traditionally backed". The verb is the trigger or carries the noun trigger
    ("has long voiced support for")."""
    verb = tok if tok.pos_ in VERB_POS else tok.head
    if verb.pos_ not in VERB_POS or not any(
        c.dep_ == "aux" and lemma(c) == "have" for c in verb.children
    ):
        return False
    words = ctx.lex.words
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words["longstanding"]:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(g.dep_ == "pobj" and g.lower_ in words["long_spans"] for g in c.children)
            # "has been jailed for 20 years": the term of a penalty
            and lemma(verb) not in words["terms"]
        ):
            return True
    return False


def _dated(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` has a time of its own outside ``trigger``'s phrase ("next week")."""
    return any(
        w.ent_type_ in {"DATE", "TIME"} or w.lower_ in {"soon", "tomorrow", "later"}
        for c in verb.children
        if c.i != trigger.i and not (trigger.left_edge.i <= c.i <= trigger.right_edge.i)
        for w in c.subtree
    )


def _drafts_or_runner_up(
    ctx: Context, t: Trigger, found: list[Trigger], stance_of: dict[int, object], sent: Span
) -> list[Draft]:
    """The drafts of a trigger, or, when its entry needs a recipient that none of its frames
    names, those of the next entry of the same word that fit and does name one ("bans airlines
    and imports of goods from the EU": the airlines' ban names no one, the imports' does), or
    of a joint entry of the same type that names its parties and whose cue words the sentence
    holds ("built the dam together", "reopened their embassies"), not any joint reading of
    the verb ("convened" with three parties as its subject is no meeting of theirs by that)."""
    out = _drafts(ctx, t, found, stance_of, sent)
    if not t.runners_up or any(d.target for d in out) or (t.entry.mutual and out):
        return out
    mine = {o.i for o in t.objects}
    for other in t.runners_up:
        if (
            other.entry.mutual
            and other.entry.event_type == t.entry.event_type
            and other.entry.cues  # a joint reading the sentence's own words license
        ):
            # "Chinese and Pakistani engineers built the dam together": building for someone
            # names no one, building together names its parties
            drafts = _drafts(ctx, other, [], stance_of, sent)
            joint = [d for d in drafts if len({a.code for a in d.source if a.code}) >= 2]
            if joint:
                ctx.note(t.tok, f"  no recipient: rule {other.entry.id} names its parties")
                return joint
        if other.entry.event_type != t.entry.event_type or not other.objects:
            continue  # another reading of the word, not another object of the same act
        if {o.i for o in other.objects} <= mine:
            continue  # the same object read another way
        probe = [d for d in _drafts(ctx, other, [], stance_of, sent) if d.target]
        if probe:
            ctx.note(t.tok, f"  no recipient: rule {other.entry.id} names one")
            return probe
    return out


def _drafts(
    ctx: Context, t: Trigger, found: list[Trigger], stance_of: dict[int, object], sent: Span
) -> list[Draft]:
    """The drafts of one trigger, one a frame; nouns folded into a verb that names no one are
    appended to ``found`` to be told on their own."""
    e = t.entry
    onto = ctx.onto
    weights = ctx.lex.weights
    ctx.note(t.tok, f'"{t.tok.text}" matched rule {e.id} ({e.event_type}, CAMEO {e.cameo})')
    if t.objects:
        ctx.note(t.tok, "  because of its object " + ", ".join(f'"{o.text}"' for o in t.objects))
    mood = _mood(ctx, t, stance_of)
    for r in mood.reasons:
        ctx.note(t.tok, "  " + r)
    out: list[Draft] = []
    for src, how, tgt, thow in frames(ctx, t):
        mutual = False
        if not src and onto.in_class("violent", t.entry.event_type):
            # "people were injured in a Russian missile attack": the attack's own source
            src, how, mutual = absorbed_source(ctx, t)
            if src:
                tgt = others(tgt, src)
        # "a shootout between Afghan and Pakistani guards": the parties a "between" phrase
        # names all took part
        mutual = mutual or (how == '"between" phrase' and len(src) >= 2)
        if not tgt and not mutual and len({a.code for a in src if a.code}) >= 2:
            # "Armenia and Azerbaijan accused each other": each acts on the other
            mutual = _reciprocal(t.tok)
            if mutual:
                ctx.note(t.tok, '  mutual: its object is "each other"')
        if src and not tgt and not mutual and onto.in_class("violent", e.event_type):
            tgt, thow = absorbed_target(ctx, t, src)
            if not tgt:
                tgt, thow = toll_target(ctx, t, src)
        if src and not tgt and e.mutual and t.absorbed:
            # "In a phone call with Macron, Biden discussed the crisis": the partner named by
            # the meeting noun folded into the verb is the verb's partner too, a party of the
            # mutual event as a "with" phrase of the verb's own would be
            partners, phow = absorbed_partners(ctx, t, src)
            if partners:
                ctx.note(t.tok, f"  mutual: {names(partners)} ({phow}) coded as sources too")
                src = unique([*src, *partners])
        if not tgt and (t.absorbed or t.objects) and (not src or (e.need_target and not mutual)):
            # the verb names no one, or not the recipient it needs: the nouns folded into it
            # are told on their own ("the summit between China, Japan and Korea ... are
            # meeting", "Brazil joined the case in support of South Africa"), and so is the
            # event noun that made its phrase ("The agreement expands cooperation between India
            # and Japan")
            nouns = (*t.absorbed, *t.objects) if not src else t.absorbed
            for n in nouns:
                if n.i == t.tok.i or any(n.i == f.tok.i for f in found):
                    continue
                sub = match_noun(ctx, n, ctx.lex.nouns.get(lemma(n), ()))
                if sub is not None and n.pos_ in NOUN_POS:
                    found.append(sub)
                    why = "names no one" if not src else "names no recipient"
                    ctx.note(n, f'"{n.text}" coded on its own: "{t.tok.text}" {why}')
            t.absorbed = []
        if src:
            ctx.note(t.tok, f"  source {names(src)} ({how})")
        if tgt:
            ctx.note(t.tok, f"  target {names(tgt)} ({thow})")
        aimed = bool(tgt)
        if not aimed and src and e.no_target and onto.in_class("scene", e.event_type, e.mode):
            # "fired missiles at targets near Damascus": the place struck is the recipient the
            # scene step gives it later, so the act is aimed; the code for one aimed at no one
            # ("fired missiles": 150) is for when no place is named either
            probe = Draft(
                trig=t, event_type=e.event_type, cameo=e.cameo, mode=e.mode, context=(),
                source=tuple(src), target=(), mood=mood, confidence=0.0, rule=e.id,
                source_how=how, mutual=mutual,
            )  # fmt: skip
            aimed = bool(scene(ctx, probe, preps=STRUCK_PREPS))
        if (
            not aimed
            and e.no_target
            and onto.quad(e.event_type) in {1, 2}
            and len({a.code for a in src if a.code}) >= 2
        ):
            # "the satellite, launched by the United States, France and Japan": a cooperative
            # act of several parties is a joint undertaking, not a show of one's own strength
            aimed = True
        cameo, mode, etype, context = _code(ctx, t, aimed, sent)
        if not aimed and e.no_target and cameo == _SHOW_OF_FORCE:
            # "launched missiles off the coast of Taiwan": a show of force close to a state is
            # shown to it
            for word in _NEAR_PREPS:
                near, _ = slot(ctx, t, word, place=True)
                near = others(near, src)
                if near:
                    tgt, thow = near, f'"{word}" phrase'
                    ctx.note(t.tok, f"  target {names(tgt)} (shown force {word} it)")
                    break
        conf = e.confidence * weights.of_source(how)
        if t.tok.pos_ in NOUN_POS:
            conf *= weights.noun_trigger
        if e.target and not tgt:
            conf *= weights.no_target
        out.append(
            Draft(
                trig=t,
                event_type=etype,
                cameo=cameo,
                mode=mode,
                context=context,
                source=tuple(src),
                target=tuple(tgt),
                mood=mood,
                confidence=conf,
                rule=e.id,
                source_how=how,
                mutual=mutual,
            )
        )
    return out


def _code(
    ctx: Context, t: Trigger, has_target: bool, sent: Span
) -> tuple[str, str | None, str, tuple[str, ...]]:
    """CAMEO code, mode, PLOVER type and contexts of one frame of a trigger: the entry's, or its
    ``no_target`` code, a folded noun's mode, a refinement by context words, the means named."""
    e = t.entry
    onto = ctx.onto
    cameo, mode, etype = e.cameo, e.mode, e.event_type
    context = _contexts(ctx, t)
    if not has_target and e.no_target:
        cameo = e.no_target
        code = onto.code(cameo)
        etype = code.plover or etype
        mode = code.mode if code.plover == etype else None
        ctx.note(t.tok, f"  no target: coded as CAMEO {cameo} ({code.name})")
    for sub in folded_nouns(ctx, t):
        if sub.entry.mode and (mode is None or cameo.endswith("0")):
            cameo, mode = sub.entry.cameo, sub.entry.mode
    refined = onto.refine(cameo, context)
    if refined != cameo:
        ctx.note(t.tok, f"  context {', '.join(context)}: CAMEO {cameo} → {refined}")
        code = onto.code(refined)
        cameo = refined
        if code.plover and code.plover != etype and e.event_type == onto.code(e.cameo).plover:
            etype = code.plover
        mode = mode if code.plover != etype or code.mode is None else code.mode
    if onto.in_class("armed", etype) and mode is None:
        means = onto.assault_means
        # what the act struck is not what it was made with: "downed a drone", "shot down a jet"
        struck = {o.i for o in t.objects} if {"dobj", "objmod"} & set(e.target) else set()
        word = next((w for w in sent if lemma(w) in means and w.i not in struck), None)
        if word is not None:
            mode = means[lemma(word)]
            ctx.note(t.tok, f'  mode {mode}: "{word.text}" in the sentence')
    return cameo, mode, etype, context


def _contexts(ctx: Context, t: Trigger) -> tuple[str, ...]:
    """The entry's contexts and those the words of the trigger, its objects and folded words
    carry ("military ties" → military)."""
    found = list(t.entry.context)
    words = ctx.onto.context_words
    for tok in (t.tok, *t.objects, *t.absorbed):
        for w in (tok, *tok.children):
            if w.i != tok.i and w.dep_ not in {"amod", "compound", "nmod"}:
                continue
            c = words.get(lemma(w)) or words.get(w.lower_)
            if c and c not in found:
                found.append(c)
    return tuple(found)


def _modality(mood: Mood) -> tuple[bool, bool, bool]:
    """Negated, hypothetical, future, counting a purpose clause as the act it is the aim of."""
    return (mood.negated, mood.hypothetical, mood.future and not mood.purpose)


def _join_sides(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """One happening told in two halves of a clause, each naming one side: "a Turkish soldier
    is killed and six more are wounded by Syrian shelling" gives a victim to "killed" and an
    attacker to "shelling". A draft with only a source joins one of the same type and mood with
    only a target, when one hangs from the other (or from its conjunct) within three steps."""
    out = list(drafts)
    for d in drafts:
        if d not in out or not d.source or d.target:
            continue
        other = _target_half(out, d, d.event_type, partial(_near, d.trig.tok))
        if other is not None:
            _lend_source(ctx, out, d, other, f'"{d.trig.tok.text}" names the other side')
    return out


def _target_half(
    out: list[Draft], d: Draft, etype: str, related: Callable[[Draft], bool]
) -> Draft | None:
    """The draft of ``etype`` with a target and no source, in ``d``'s mood, that ``related``
    accepts: the other half of the happening ``d`` tells with its source only."""
    return next(
        (
            o
            for o in out
            if o is not d
            and o.target
            and not o.source
            and o.event_type == etype
            and _modality(o.mood) == _modality(d.mood)
            and related(o)
        ),
        None,
    )


def _near(tok: Token, o: Draft) -> bool:
    return _within(tok, o.trig.tok) or _within(o.trig.tok, tok)


def _at(tok: Token, o: Draft) -> bool:
    return o.trig.tok.i == tok.i


def _lend_source(ctx: Context, out: list[Draft], d: Draft, other: Draft, why: str) -> None:
    """One event of two halves: ``other`` takes ``d``'s source and ``d`` is dropped."""
    other.source = d.source
    out.remove(d)
    ctx.note(other.trig.tok, f"  {why}: source {names(d.source)}")


def _from_the_air(ctx: Context, d: Draft) -> bool:
    """Whether an attack was made from the air: its mode, or a word for an air or drone strike
    in its clause."""
    if d.mode in _FROM_THE_AIR:
        return True
    means = ctx.onto.assault_means
    verb = d.trig.tok
    return any(
        means.get(lemma(w)) in _FROM_THE_AIR
        for c in verb.children
        if c.dep_ not in {"nsubj", "nsubjpass"}
        for w in c.subtree
    )


def _victims_of_clause(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """An attack told in a clause of time hung on what it did to its victims: "a Pakistani
    soldier was killed when Indian troops opened fire" (one event: the attacker of one half, the
    victim of the other), "an Israeli woman died after militants fired rockets" (the subject of
    a verb of dying is the victim)."""
    out = list(drafts)
    for d in drafts:
        if d not in out or not d.source or d.target:
            continue
        # "fired rockets" with no target is a show of force until its victims are found
        etype = d.trig.entry.event_type
        if not ctx.onto.in_class("violent", etype):
            continue
        host = _time_clause_host(d.trig.tok)
        phrase = host is None
        if phrase:
            host = _suffered_in(ctx, d.trig.tok)
        if host is None:
            continue
        joined = None if phrase else _target_half(out, d, etype, partial(_at, host))
        if joined is not None:
            _lend_source(ctx, out, d, joined, f'"{d.trig.tok.text}" names the attacker')
        elif _suffering(ctx, host):
            subjects = [c for c in host.children if c.dep_ == "nsubj"]
            victims = tuple(
                a
                for a in actors_list(ctx, subjects, 0) or struck_place(ctx, subjects, d.source)
                if not any(same(a, b) for b in d.source)
            )
            if victims:
                d.target = victims
                ctx.note(d.trig.tok, f'  target {names(victims)} (who "{host.text}")')
                if d.event_type != etype:
                    d.cameo, d.mode, d.event_type, d.context = _code(
                        ctx, d.trig, True, d.trig.tok.sent
                    )
    return out


def _suffering(ctx: Context, verb: Token) -> bool:
    """A verb of dying, or of a thing wrecked with no doer ("sank", "caught fire"), whose
    subject is what an attack told beside it struck."""
    if lemma(verb) in ctx.lex.words["dying"]:
        return True
    wrecked = ctx.lex.words["wrecked"]
    if lemma(verb) in wrecked:
        return True
    # two-word entries, a verb and its object: "caught fire"
    return any(f"{lemma(verb)} {lemma(c)}" in wrecked for c in verb.children if c.dep_ == "dobj")


def _suffered_in(ctx: Context, tok: Token) -> Token | None:
    """The verb of suffering whose phrase of time or circumstance holds the attack noun
    ``tok``: "five civilians died in a US drone strike", "a warship sank after a missile
    strike" give "died" and "sank"."""
    if tok.dep_ != "pobj" or not (tok.pos_ in NOUN_POS or tok.tag_ == "VBG"):
        return None  # "died after Russian shelling": a gerund as the object
    prep = tok.head
    if prep.lower_ not in _SUFFERED_PREPS or prep.head.pos_ not in VERB_POS:
        return None
    return prep.head if _suffering(ctx, prep.head) else None


def _responses(ctx: Context, drafts: list[Draft]) -> None:
    """An act done "in response to" (in retaliation for, in reprisal for) another party's act:
    the act answered was aimed at the one who answers it, and the answer at the one who did the
    act answered, where their clauses name no one else ("North Korea shelled the island in
    response to South Korean shelling": each side's shelling of the other; "Israel struck Gaza
    in retaliation for a rocket attack (on Sderot)": the rockets were Gaza's, at Israel)."""
    for answered in drafts:
        host = _answering(ctx, answered.trig.tok)
        if host is None:
            _answered_by_verb(ctx, answered)
            continue
        answer = next((d for d in drafts if d.trig.tok.i == host.i and d is not answered), None)
        if answer is None or not answer.source:
            continue
        struck_answerer = all(any(same(a, b) for b in answer.source) for a in answered.target)
        if not answered.source and answer.target and struck_answerer:
            answered.source = answer.target
            ctx.note(answered.trig.tok, f"  source {names(answer.target)} (the act answered)")
        if not answered.source or any(same(a, b) for a in answered.source for b in answer.source):
            continue
        if not answered.target:
            answered.target = answer.source
            ctx.note(answered.trig.tok, f"  target {names(answer.source)} (who answers it)")
        if not answer.target:
            answer.target = answered.source
            ctx.note(answer.trig.tok, f"  target {names(answered.source)} (whose act it answers)")


def _answered_by_verb(ctx: Context, answered: Draft) -> None:
    """ "China retaliated against U.S. tariffs", "Iran will respond to the new sanctions": the
    measure or force a verb of answering takes as its object was aimed at the verb's subject,
    where it names no one else (modality ``answering``)."""
    tok = answered.trig.tok
    if answered.target or not answered.source or tok.dep_ != "pobj":
        return
    if ctx.onto.quad(answered.event_type) != 4:
        return  # a claim reacted to is no measure aimed at whoever reacts
    verb = tok.head.head
    if (
        verb.pos_ not in VERB_POS
        or f"{lemma(verb)} {tok.head.lower_}" not in ctx.lex.modality.answering
    ):
        return
    subj, _ = subject_of(ctx, verb)
    answerer = others(actors_list(ctx, subj, 0), answered.source)
    if answerer:
        answered.target = tuple(answerer)
        ctx.note(tok, f'  target {names(answerer)} (who answers it, "{verb.text}")')


def _answered_by_doing(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Russia retaliated by expelling ten Polish diplomats": the act a verb of answering is done
    by is the answer, so the verb adds no act of its own (as a measure in its "with" phrase
    does, ``words.answering``); with no coded act in its "by" phrase it stays."""
    done = {d.trig.tok.i for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        tok = d.trig.tok
        means = [g for g in prep_objects(tok, "by") if g.tag_ == "VBG"]
        if is_form(tok, ctx.lex.words["answering"]) and any(g.i in done for g in means):
            ctx.note(tok, f'  dropped: the answer is the act it was done by ("{means[0].text}")')
            continue
        out.append(d)
    return out


def _answering(ctx: Context, tok: Token) -> Token | None:
    """The verb whose "in response to" (in retaliation for ...) phrase holds the event noun
    ``tok``: "shelled the island in response to South Korean shelling" gives "shelled"."""
    if tok.dep_ not in {"pobj", "pcomp"} or tok.head.lower_ not in {"to", "for"}:
        return None
    noun = tok.head.head
    if lemma(noun) not in ctx.lex.words["response"] or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb if noun.head.lower_ == "in" and verb.pos_ in VERB_POS else None


def _domestic_recipient(ctx: Context, d: Draft, sent: Span) -> Actor | None:
    """The country an act at home is aimed at: the source's one country, when the event has no
    recipient, is not joint, and its sentence names no party of another country (ontology
    classes ``domestic``, ``domestic_forces`` for the police, ``domestic_people`` for the
    opposition and other non-state people, whose sectors are ``home_forces`` and
    ``home_people``)."""
    onto = ctx.onto
    if d.target or not d.source or d.mutual or d.trig.entry.mutual:
        return None
    # whom it is aimed at: the state acts on its people, and people protest to, demand of or
    # refuse their government
    if onto.in_class("domestic", d.event_type, d.mode):
        if d.event_type == "PROTEST" and _done_by_state(ctx, d):
            # "Germany boycotted the conference in Durban": a state protests abroad
            return None
        sectors, aimed = None, ("GOV" if d.event_type == "PROTEST" else "CVL")
    elif onto.in_class("domestic_forces", d.event_type, d.mode):
        sectors, aimed = onto.home_forces, "CVL"
    elif onto.in_class("domestic_people", d.event_type, d.mode):
        sectors, aimed = onto.home_people, "GOV"
    else:
        return None
    codes = {a.code for a in d.source}
    if len(codes) != 1 or None in codes:
        return None
    (code,) = codes
    if sectors is not None and not all(a.sector in sectors for a in d.source):
        return None
    named = {
        m.actor.code
        for m in ctx.mentions
        if sent.start <= m.token_start < sent.end and m.actor.code
    }
    if named - {code} or any(a.sector == aimed for a in d.source) or ctx.catalogue is None:
        return None
    entry = ctx.catalogue.country(code)
    if entry is None:
        return None
    return ctx.catalogue.group_actor(code, aimed, entry.actor("").name or code or "")


def _private_abroad(ctx: Context, drafts: list[Draft]) -> None:
    """Private people named by their nationality and struck in another country ("killed a
    German couple ... in Paraguay", "Chinese teachers in Quetta, Pakistan, were killed"): the
    victims' nationality is incidental to the attack and makes no party, so that target is
    dropped. Civilians struck at home ("killed 12 Ukrainian civilians in Kharkiv"), anyone named
    for an office or a force, and foreigners a state holds or frees (aimed at their state) stay."""
    for d in drafts:
        if not d.target or not ctx.onto.in_class("incidental", d.event_type, d.mode):
            continue
        kept: list[Actor] = []
        for a in d.target:
            found = _private_noun(ctx, d, a)
            if found is not None:
                noun, own = found
                verb = d.trig.tok
                phrases = [p for h in (verb, ctx.doc[clause_head(verb)]) for p in _places_of(h)]
                # the noun's own phrase, not the parties listed after it ("five Iraqis and seven
                # US soldiers")
                listed = {w.i for c in noun.children if c.dep_ == "conj" for w in c.subtree}
                own_phrase = [w for w in noun.subtree if w.i not in listed]
                # not the doer's "by" phrase: "died in a rocket attack by Hamas" names no place
                words = [*own_phrase, *(w for p in phrases for w in _where_words(p))]
                here = {c for t in words if t.i not in own and (c := place_code(ctx, t))}
                if here and a.code not in here:
                    ctx.note(d.trig.tok, f'  "{noun.text}": private people abroad, no party')
                    continue
            kept.append(a)
        d.target = tuple(kept)


def _private_noun(ctx: Context, d: Draft, actor: Actor) -> tuple[Token, range] | None:
    """The noun of private people that ``actor``'s mention in the sentence names only by
    nationality ("a German couple", "people from Jordan") and the mention's tokens, or None."""
    sent = d.trig.tok.sent
    for m in ctx.mentions:
        if m.actor.code != actor.code or not (sent.start <= m.token_start < sent.end):
            continue
        head = ctx.doc[m.head]
        if (
            m.via == "demonym"
            and head.tag_ in {"NNS", "NNPS"}
            and any(c.dep_ == "nummod" for c in head.children)
            and not any(
                o.actor.code == m.actor.code
                and o.actor.sector in _ARMED_FORCES
                and sent.start <= o.token_start < sent.end
                for o in ctx.mentions
            )
        ):
            # "police shot two Lithuanians in Nairobi": people counted by their nationality,
            # where the sentence names no force of theirs they could belong to ("three German
            # soldiers were killed ..., five other Germans were wounded")
            return head, range(m.token_start, m.token_end)
        if m.token_end - m.token_start > 1 and lemma(head) in ctx.lex.words["private_people"]:
            noun = head  # "Chinese workers", one mention of a group
        elif head.dep_ in {"amod", "compound"}:
            noun = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "from":
            noun = head.head.head
        else:
            continue
        if noun.pos_ in NOUN_POS and lemma(noun) in ctx.lex.words["private_people"]:
            return noun, range(m.token_start, m.token_end)
    return None


def _where_words(phrase: Token) -> list[Token]:
    """The words of a place phrase, without any doer's "by" phrase inside it."""
    skip = {
        x.i
        for w in phrase.subtree
        if w.i != phrase.i and (w.dep_ == "agent" or (w.dep_ == "prep" and w.lower_ == "by"))
        for x in w.subtree
    }
    return [w for w in phrase.subtree if w.i not in skip]


def _places_of(tok: Token) -> list[Token]:
    """The "in", "at", "near" and "on" phrases of ``tok``: where it happened."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "near", "on"}]


_TIME_MARKS = {"when", "as", "after", "while", "following"}
# judgements and measures whose reason ("over", "for") is the deed of whom they are aimed at
_CENSURING = frozenset({"ACCUSE", "SANCTION", "THREATEN", "PROTEST"})
# the phrases an attack noun is told in beside what it struck: "died in a drone strike", "sank
# after a missile strike", "caught fire following a drone attack"
_SUFFERED_PREPS = frozenset({"in", "after", "following", "during"})


def _time_clause_host(tok: Token) -> Token | None:
    """The verb a clause of time ("when ...", "as ...", "after ...") around ``tok`` hangs on."""
    clause = tok.doc[clause_head(tok)]
    if clause.dep_ == "advcl":
        timed = any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in clause.children
        )
    else:
        timed = clause.dep_ == "pcomp" and clause.head.lower_ in _TIME_MARKS
    return adjunct_host(clause) if timed else None


def _joined_in(ctx: Context, drafts: list[Draft]) -> None:
    """ "Germany joined France in condemning the attack": the party joined does the act too, so
    it is a source of the act beside the subject. The joining stays a tie between the two, as
    CAMEO's verb dictionary codes "join ... in condemning" (diplomatic cooperation)."""
    for d in drafts:
        verb = d.trig.tok
        if lemma(verb) not in ctx.lex.words["accompanying"] or verb.pos_ not in VERB_POS:
            continue
        if not d.target:
            continue
        acts = [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
        ]
        inner = {
            c.i for g in acts if g.dep_ == "pcomp" and g.tag_ == "VBG" for c in (g, *g.conjuncts)
        }
        for o in drafts:
            if o is not d and o.trig.tok.i in inner:
                o.source = tuple(unique([*o.source, *others(d.target, o.source)]))
                ctx.note(o.trig.tok, f"  source {names(o.source)} (joined in it)")


def _partners_by_purpose(ctx: Context, drafts: list[Draft]) -> None:
    """ "Israel reached an agreement to establish relations with the United Arab Emirates",
    "held talks to normalise ties with Sudan": a joint act (an agreement, a meeting) that names
    one party, made to do something with another, is made with that other; its parties are the
    ones the purpose names beside its own."""
    for d in drafts:
        if not d.trig.entry.mutual or d.target or len({a.code for a in d.source}) != 1:
            continue
        nouns = {d.trig.tok.i} if d.trig.tok.pos_ in NOUN_POS else set()
        nouns |= {o.i for o in d.trig.objects}
        for g in drafts:
            tok = g.trig.tok
            if (
                g is d
                or tok.dep_ not in {"acl", "advcl", "relcl"}
                or tok.head.i not in nouns
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            ):
                continue
            parties = (*g.source, *g.target)
            if not any(same(a, b) for a in parties for b in d.source):
                continue  # the purpose is another party's act
            more = others(parties, d.source)
            if more:
                d.source = tuple(unique([*d.source, *more]))
                ctx.note(d.trig.tok, f"  source {names(d.source)} (with whom its purpose is)")
                break


def _thanked_for(ctx: Context, drafts: list[Draft]) -> None:
    """ "Cuba thanked Mexico for sending fuel", "Kyiv thanked Berlin for supplying tanks": help
    named as what a party is thanked for, with no recipient of its own, went to the one
    thanking."""
    for d in drafts:
        tok = d.trig.tok
        if d.target or not d.source or not ctx.onto.in_class("giving", d.event_type):
            continue
        prep = tok.head
        if tok.dep_ != "pcomp" or prep.lower_ != "for":
            continue
        if not is_form(prep.head, ctx.lex.words["thanking"]):
            continue
        thanker = others(actors_list(ctx, subject_of(ctx, prep.head)[0], 0), d.source)
        if thanker:
            d.target = tuple(thanker)
            ctx.note(tok, f'  target {names(thanker)} (who "{prep.head.text}" them for it)')


def _done_on_a_visit(ctx: Context, drafts: list[Draft]) -> None:
    """ "Biden travelled to Kyiv, pledging more military aid", "during a visit to Baku, Erdogan
    offered support", "visited Kyiv and pledged aid": help, backing, a promise, joint work or an
    appeal its doer makes on a visit, naming no recipient of its own, goes to the host. The act
    must be told with the visit: a participle clause on the verb of going, a verb coordinated
    with it, or a "during" or "on" phrase that names the visit."""
    visits = [
        d
        for d in drafts
        if d.mode == "visit" and d.target and d.source and not d.mood.negated and not d.derived
    ]
    for d in drafts:
        if (
            d.target
            or not d.source
            or d.mode == "visit"
            or not ctx.onto.in_class("hosted", d.event_type)
        ):
            continue
        verb = d.trig.light if d.trig.light is not None else d.trig.tok
        for v in visits:
            if {a.code for a in d.source} != {a.code for a in v.source}:
                continue
            if _told_with(verb, v.trig.tok):
                host = others(v.target, d.source)
                if host:
                    d.target = tuple(host)
                    ctx.note(
                        d.trig.tok, f"  target {names(host)} (the host of the visit it is made on)"
                    )
                break


def _told_with(verb: Token, visit: Token) -> bool:
    """Is the clause of ``verb`` told with the visit ``visit``: a participle clause on the verb of
    going ("travelled to Kyiv, pledging aid"), a verb coordinated with it ("visited Kyiv and
    pledged"), or a "during", "on" or "in" phrase on ``verb`` whose noun is the visit ("during a
    visit to Baku, he offered")?"""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == visit.i:
        return True
    if verb.dep_ == "conj" and verb.head.i == visit.i:
        return True
    prep = visit.head
    return visit.dep_ == "pobj" and prep.lower_ in {"during", "on", "in"} and prep.head.i == verb.i


def _done_by_those_taking_part(ctx: Context, drafts: list[Draft]) -> None:
    """ "Japan took part in a conference supporting Ukraine's reconstruction", "Britain joined a
    coalition protecting shipping": what a gathering or a body does, told by a participle on its
    noun, is done by whoever the clause has taking part in it (``words.partaking``: joining,
    leading, contributing to, taking part in), when the act names no doer of its own."""
    words = ctx.lex.words
    for d in drafts:
        tok = d.trig.tok
        if d.source or tok.dep_ != "acl" or tok.tag_ != "VBG":
            continue
        body = tok.head
        if ctx.named(body) or body.dep_ not in {"dobj", "pobj"}:
            continue
        verb = body.head.head if body.dep_ == "pobj" else body.head
        taking_part = is_form(verb, words["partaking"]) or (
            lemma(verb) == "take" and any(c.lower_ == "part" for c in verb.children)
        )
        if not taking_part or verb.pos_ not in VERB_POS:
            continue
        doers = others(actors_list(ctx, subject_of(ctx, verb)[0], 0), d.target)
        if doers:
            d.source, d.source_how = tuple(doers), "taking part"
            ctx.note(
                tok, f'  source {names(doers)} (who "{verb.text}" the {body.text} that does it)'
            )


def _contents_told(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Japan unveiled a package that includes aid for the Philippines": help told by its object
    ("unveiled a package", coded as aid) with no recipient, whose object a clause says includes
    help ("aid for the Philippines", ``words.involving``), is that help: it takes the recipient
    the inner one names, and the inner one, told with no doer, is dropped as the same act."""
    inner_of: dict[int, Draft] = {}
    for d in drafts:
        if d.target or not d.source or not d.trig.objects:
            continue
        if not ctx.onto.in_class("giving", d.event_type):
            # joint work a pact includes is no recipient of the pact ("security cooperation,
            # which includes collaboration with Macau")
            continue
        for obj in d.trig.objects:
            clauses = [
                c
                for c in obj.children
                if c.dep_ in {"relcl", "acl"} and is_form(c, ctx.lex.words["involving"])
            ]
            span = {t.i for c in clauses for t in c.subtree}
            for g in drafts:
                if (
                    g is not d
                    and g.trig.tok.i in span
                    and g.event_type == d.event_type
                    and g.target
                    and not g.source
                ):
                    d.target = tuple(others(g.target, d.source))
                    inner_of[id(g)] = d
                    ctx.note(d.trig.tok, f"  target {names(d.target)} (what its object includes)")
                    break
    return [d for d in drafts if id(d) not in inner_of]


def _foreseen(ctx: Context, d: Draft, drafts: list[Draft]) -> bool:
    """ "Ukraine expects Russia to launch an offensive", "Trump expects to meet Kim": a verb of
    expecting (``words.expecting``) asks for what it expects only of another party named as
    the one to act ("expects Turkey to respect ..."), and only when that is no hostile act of
    its; otherwise it foresees."""
    verb = d.trig.tok
    if d.trig.entry.stance is None or lemma(verb) not in ctx.lex.words["expecting"]:
        return False
    if is_passive(verb):
        return True  # "it is widely expected that ...": no one expects it of anyone
    clauses = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    if not any(g.dep_ in {"nsubj", "nsubjpass"} for c in clauses for g in c.children) and not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return True
    inner = {t.i for c in clauses for t in c.subtree}
    return any(o.trig.tok.i in inner and hostile(ctx.onto, o.event_type, o.cameo) for o in drafts)


def _deeds_judged(ctx: Context, drafts: list[Draft]) -> None:
    """ "France summoned the Israeli ambassador over attacks on UN peacekeepers", "criticised
    Israel for strikes on hospitals": a hostile act with no doer of its own, named as the reason
    ("over", "for") for a judgement or a measure aimed at a party, is that party's deed (the
    other way round from ``_judged_acts``)."""
    onto = ctx.onto
    for d in drafts:
        tok = d.trig.tok
        if d.source or not (onto.in_class("violent", d.event_type) or d.event_type == "COERCE"):
            continue
        if tok.pos_ not in NOUN_POS or tok.dep_ != "pobj" or tok.head.lower_ not in {"over", "for"}:
            continue
        host = tok.head.head
        if host.dep_ == "dobj" and host.pos_ in NOUN_POS:
            host = host.head  # "summoned the Israeli ambassador over attacks", hung on the object
        judge = next(
            (
                o
                for o in drafts
                if o is not d
                and o.target
                and host.i in {o.trig.tok.i, *([o.trig.light.i] if o.trig.light else [])}
                # censure or a measure: sympathy "over the bombing in Ankara" makes no doer
                and o.event_type in _CENSURING
            ),
            None,
        )
        if judge is None:
            continue
        doers = tuple(a for a in judge.target if not any(same(a, b) for b in d.target))
        if doers:
            d.source = doers
            ctx.note(tok, f'  source {names(doers)} (whom "{host.text}" judges for it)')


def _judged_acts(ctx: Context, drafts: list[Draft]) -> None:
    """ "Pakistan condemned the strikes carried out by India", "the EU welcomed the release of the
    prisoners by Iran": a judgement with no recipient named judges the doer of the act that is
    its object, when the sentence codes that act with a source. A recipient read off the act's
    phrase whole ("a rally against the US attacks on Yemen": US and Yemen) is narrowed to the
    doer the same way."""
    for d in drafts:
        if d.trig.entry.mutual or not (
            # accepting an act is judging it too: "would not accept the deal signed by Turkey"
            ctx.onto.in_class("judging", d.event_type) or d.event_type == "AGREE"
        ):
            continue
        verb = d.trig.tok
        objects = {c.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
        objects |= {g.i for w in _JUDGED_PREPS for g in prep_objects(verb, w)}
        # "criticised the sanctions imposed by the EU": the participle that tells the act
        objects |= {a.i for i in list(objects) for a in ctx.doc[i].children if a.dep_ == "acl"}
        judged = _judged_clause(ctx, verb)
        if judged is not None:
            objects.add(judged)
        if not d.target:
            owners = [a for a in _said_owner(ctx, verb) if not any(same(a, b) for b in d.source)]
            if owners:
                d.target = tuple(owners)
                ctx.note(verb, f"  target {names(owners)} (whose conduct it said it judged)")
                continue
        for o in drafts:
            if o is d or o.trig.tok.i not in objects:
                continue
            if not o.source and o.target:
                # "condemned the arrest of two French citizens in Iran": held by the state
                # they are held in, whom the judgement is aimed at
                o.source = local_authority(ctx, o)
            if not o.source:
                continue
            if d.event_type == "AGREE" and o.event_type not in {"AGREE", "SUPPORT"}:
                continue  # a deal accepted is its makers', not its broker's ("mediated by")
            # a recipient found inside the act's own phrase is one of its parties: "condemned
            # the US invasion of Iraq" judges the invader, not the invaded
            if d.target and not (
                any(same(a, b) for a in d.target for b in o.target)
                and all(any(same(a, b) for b in (*o.source, *o.target)) for a in d.target)
            ):
                continue
            # one's own side's act ("India defended the strikes by its air force") judges no one
            doers = tuple(a for a in o.source if not any(same(a, b) for b in d.source))
            if doers and doers != d.target:
                d.target = doers
                ctx.note(
                    verb, f'  target {names(doers)} (who did the "{o.trig.tok.text}" it judges)'
                )
                break


def _done_by_crowd(ctx: Context, d: Draft) -> bool:
    """ "Protesters stormed the Swedish embassy in Baghdad": a crowd (``words.crowds``) is of
    the place it acts in, whatever it does."""
    if d.source:
        return False
    subj, _ = subject_of(ctx, d.trig.tok)
    return bool(subj) and all(lemma(s) in ctx.lex.words["crowds"] for s in subj)


def _brokered(ctx: Context, drafts: list[Draft]) -> None:
    """A mediator told by a participle on the pact it brokered ("agreed to a ceasefire brokered
    by Egypt", "a deal mediated by Qatar") or by a passive verb of it ("the agreement, signed by
    Serbia and Kosovo, was brokered by the EU") mediated between the pact's parties; so for a pact
    in whose terms an act was done ("restored ties with Iran in a deal brokered by China")
    between that act's parties."""
    for d in drafts:
        verb = d.trig.tok
        if d.target or d.mode != "third-party":
            continue
        if verb.dep_ == "acl":
            pact = verb.head
        elif told := [c for c in verb.children if c.dep_ == "nsubjpass"]:
            pact = told[0]  # "the agreement, signed by X and Y, was brokered by the EU"
            if pact.lower_ in {"which", "that"} and verb.dep_ == "relcl":
                pact = verb.head  # "signed a peace deal, which was brokered by the US"
        else:
            continue
        hosts = [pact]
        if pact.dep_ == "pobj" and pact.head.dep_ == "prep":
            hosts.append(pact.head.head)
        for o in drafts:
            if o is d or not o.source or not any(h in (o.trig.tok, *o.trig.objects) for h in hosts):
                continue
            parties = tuple(
                a for a in (*o.source, *o.target) if not any(same(a, b) for b in d.source)
            )
            if parties:
                d.target = parties
                ctx.note(verb, f'  target {names(parties)} (the parties of "{pact.text}")')
                break


def _judged_clause(ctx: Context, verb: Token) -> int | None:
    """The verb of the clause a relative clause judges, when its object is "which" and it
    follows a comma ("Iran seized a British tanker, which the UK condemned") or it is told of
    "a move" put beside that clause ("Israel annexed the Golan, a move which the UN
    condemned")."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in verb.children
    ):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in verb.children):
        # "the group, which the US accuses of terrorism": a charge phrase makes the object the
        # one charged, so "which" is the noun before it, not the clause
        return None
    noun = verb.head
    start = noun.left_edge.i
    if (
        "*" in ctx.lex.anaphors.get(lemma(noun), ())
        and start > 0
        and verb.doc[start - 1].text == ","
        and noun.dep_ in {"appos", "npadvmod", "dobj"}
    ):
        return clause_head(noun.head)
    comma = comma_between(verb.doc, noun.i, verb.i)
    if comma and any(c.lower_ == "which" for c in verb.children):
        return clause_head(noun)
    return None


def _said_owner(ctx: Context, verb: Token) -> list[Actor]:
    """ "Japan condemned what it said was China's harassment of its boats", "welcomed what it
    called a constructive American approach": a judgement of "what" the judge says or calls
    someone's conduct judges that someone (the owner of the predicate noun of the clause)."""
    for said in (c for c in verb.children if c.dep_ in {"ccomp", "dobj"}):
        for clause in (said, *(c for c in said.children if c.dep_ == "ccomp")):
            if not any(
                c.dep_ in {"nsubj", "dobj"} and c.lower_ in {"what", "which"}
                for c in clause.children
            ):
                continue
            for noun in (c for c in clause.children if c.dep_ in {"attr", "oprd"}):
                owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
                owners.extend(prep_objects(noun, "by"))
                found = actors_list(ctx, owners, 0)
                if found:
                    return found
    return []


def _within(low: Token, high: Token) -> bool:
    """Whether ``low`` hangs from ``high`` or from one of its conjuncts within three steps, in
    the same clause (a reported or subordinate clause is another act)."""
    anchors = {high.i, *(c.i for c in high.conjuncts)}
    node = low
    for _ in range(3):
        if node.head.i == node.i or node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
        if node.i in anchors:
            return True
    return False


def _generic(code: str) -> bool:
    """A CAMEO code that says only its event's kind ("190" use conventional force)."""
    return len(code) == 3 and code.endswith("0")


def _merge(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """One happening told by a noun and a verb of the same clause: "began a hunger strike to
    protest against Sweden's decision", "staged a hunger strike in protest against X". The
    event higher in the clause keeps its trigger and takes the other's missing recipient."""
    out = list(drafts)
    for d in drafts:
        if d not in out or d.target:
            continue
        anchors = {d.trig.tok.i}
        if d.trig.light is not None:
            anchors.add(d.trig.light.i)
        for o in drafts:
            if o is d or o not in out or o.event_type != d.event_type or not o.target:
                continue
            if _modality(o.mood) != _modality(d.mood):
                # "thwarted attacks by destroying a boat": two events; but "began a hunger
                # strike to protest against X" tells one (the purpose is the strike's own)
                continue
            if o.source and d.source and not any(same(a, b) for a in o.source for b in d.source):
                continue
            node = o.trig.tok
            near = False
            for _ in range(3):  # the other hangs from this event's verb within three steps
                if node.head.i == node.i or node.dep_ == "conj" or _timed(node):
                    # a coordinated verb tells an act of its own ("denies ... and accuses"), and
                    # so does a clause set at another time ("restore relations, after the break
                    # in ties when the Assad regime recognized Russian-occupied territories")
                    break
                node = node.head
                if node.i in anchors:
                    near = True
                    break
            if not near:
                continue
            d.target = o.target
            d.source = d.source or o.source
            if _generic(d.cameo) and not _generic(o.cameo):
                # "a suicide bombing of a convoy killed 12": the killing is the bombing, coded
                # as precisely as the noun tells it
                d.cameo, d.mode, d.context = o.cameo, o.mode, o.context
            out.remove(o)
            ctx.note(
                d.trig.tok, f'  "{o.trig.tok.text}" tells the same event: target {names(o.target)}'
            )
            break
    return out
