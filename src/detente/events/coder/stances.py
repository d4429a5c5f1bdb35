"""Stances and what a sentence asserts about actions it does not assert.

A stance verb combines with the action it governs: "vowed to boost military ties" is an AGREE
(0312) whose target is the boosting's, "vowed not to return" a REJECT, "refused to deploy
peacekeepers" a REJECT (122). A sentence that reports a future or possible action announces an
intention or a threat ("X said it will withdraw ..."), a refusal ("... will not accept ..."), or
a demand of someone else ("X said Y must ...").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ...model import Actor
from ...syntax import NOUN_POS, VERB_POS, clause_head, lemma, prep_objects, that_clause
from ..modality import Mood, assess, is_form, negates
from ..ontology import Ontology
from .arguments import NP_PREPS, actors_list, actors_of, subject_of
from .places import as_place
from .state import (
    STATE_SECTORS,
    Context,
    Draft,
    Trigger,
    bordering_phrase,
    each_its_own,
    names,
    others,
    recode,
    same,
    unique,
)

__all__ = ["derive", "stances"]

# the sectors of a state's own organs: a demand a state makes of them is no dyad
_STATE_ORGANS = frozenset({None, "GOV", "MIL", "COP"})
# an intent to meet, and its refusal (CAMEO 036 and 125)
_INTENT_TO_MEET, _MEETING_REFUSED = "036", "125"


def hostile(onto: Ontology, event_type: str, cameo: str) -> bool:
    """An action whose announcement is a threat: conflictual types, but not an appeal ("agreed to
    seek talks with China" is an intention, not a threat)."""
    return onto.quad(event_type) >= 3 and not onto.is_appeal(event_type, cameo)


def _purpose_target(g: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """The recipient of an act of the same type told inside the governed one ("to rule out
    using military force to take control of Greenland": the force is used on Greenland), which
    the two are merged into only later."""
    act = g.trig.tok
    for o in drafts:
        tok = o.trig.tok
        if (
            o is not g
            and o.event_type == g.event_type
            and o.target
            and tok.head.i == act.i
            and tok.dep_ in {"xcomp", "advcl"}
        ):
            return o.target
    return ()


def _another_doer(act: Token, stance_verb: Token) -> bool:
    """The governed act has a doer of its own, named by a noun: its subject, or the stance
    verb's object the infinitive is said of ("wants foreign forces to leave")."""
    own = [c for c in act.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if act.head.i == stance_verb.i and act.dep_ in {"xcomp", "ccomp"}:
        own += [c for c in stance_verb.children if c.dep_ == "dobj" and c.i < act.i]
    return any(c.pos_ in NOUN_POS for c in own)


def stances(ctx: Context, drafts: list[Draft]) -> None:
    """Combine each stance draft of a sentence with the draft of the action it governs."""
    onto = ctx.onto
    refusal = onto.fallback["refusal"]
    opened: set[int] = set()  # refusal verbs whose refusal to rule out is a threat
    for d in drafts:
        stance = d.trig.entry.stance
        if stance is None and not d.target and onto.in_class("ultimatum", d.event_type):
            # "warned of retaliation if Greece militarised the islands"
            fill = tuple(others(_condition_party(ctx, [d.trig.tok]), d.source))
            if fill:
                d.target = fill
                ctx.note(d.trig.tok, f"  target {names(fill)} (the party the condition names)")
        if stance is None and _withheld(ctx, d):
            # "the EU will not recognise the annexation", "the United States does not accept
            # North Korea as a nuclear state": recognition withheld, in so many words, is a
            # refusal told now; so is an interest in talks denied ("has no interest in a
            # meeting with the United States")
            meeting = d.cameo == _INTENT_TO_MEET
            recode(ctx, d, _MEETING_REFUSED if meeting else refusal, "withheld: coded as")
            d.mood.negated = d.mood.future = False
            continue
        if stance is None or stance == "report":
            continue
        tok = d.trig.tok
        own_addressed = False
        if d.target and d.source and all(any(same(a, b) for b in d.source) for a in d.target):
            # "Medvedev warned that Russia might ...": the speaker's own side is no recipient,
            # so the governed act or its condition may still name one
            d.target = ()
            # but "warned Americans to leave the country": advice to its own people, whose
            # clause names where they are, not whom the warning is aimed at
            own_addressed = any(c.dep_ == "dobj" for c in tok.children)
        governed = [g for g in drafts if g.mood.governor == tok.i and g is not d]
        g = governed[0] if governed else None
        if _warned_of_another(ctx, d, g, drafts):
            continue
        if g is None:
            if (
                stance == "intent"
                and not d.target
                and any(
                    c.dep_ in {"xcomp", "ccomp"} and any(n.dep_ == "neg" for n in c.children)
                    for c in tok.children
                )
            ):
                # "vowed not to return the Golan Heights"; a promise made to a party named
                # ("promised Egypt the dam would not harm its water") is an assurance to it
                recode(ctx, d, refusal)
            wish = onto.is_appeal(d.event_type, d.cameo)  # "wants to V": no appeal to anyone
            if (
                not d.target
                and stance in {"intent", "threat", "refusal"}
                and not wish
                and not own_addressed
            ):
                fill = _complement_target(ctx, tok, d.source)
                if fill:
                    d.target = fill
                    ctx.note(tok, f"  target {names(fill)} (from the clause it governs)")
            if not d.target and onto.in_class("ultimatum", d.event_type):
                # "warned of serious consequences if Finland joined NATO"
                fill = tuple(others(_condition_party(ctx, [tok]), d.source))
                if fill:
                    d.target = fill
                    ctx.note(tok, f"  target {names(fill)} (the party the condition names)")
            continue
        if stance == "accuse":
            g.mood.hypothetical = True
            g.mood.reasons.append(f'alleged by "{tok.text}"')
            ctx.note(g.trig.tok, f'  hypothetical: an allegation ("{tok.text}")')
            alleged = onto.alleged.get(g.event_type)
            if alleged is not None:
                recode(ctx, d, alleged)
            continue
        if stance == "deny":
            continue
        if _kept_open(ctx, d, g, drafts):
            if d.mood.governor is not None:
                opened.add(d.mood.governor)
            continue
        kind = stance
        if (
            stance == "intent"
            and g.source
            and d.source
            and not any(
                same(a, b) or (a.code is not None and a.code == b.code)
                for a in g.source
                for b in d.source
            )
        ):
            # "China and Russia agreed to U.N. sanctions on Pyongyang": assent to someone
            # else's act, not an announcement of one's own (a body's official vowing "for the
            # European Union to lift sanctions" announces the body's own)
            if not d.target:
                d.target = tuple(others(g.source, d.source))
            ctx.note(tok, f"  assent to an act of {names(g.source)}: no stance code")
            continue
        if (
            stance == "intent"
            and onto.is_appeal(d.event_type, d.cameo)
            and not g.source
            and _another_doer(g.trig.tok, tok)
        ):
            # "the Taliban wants foreign forces to leave": the wanted act is another's, named
            # by no party; it is no act the subject announces of its own (whereas "the two
            # sides agreed that senior officials would resume talks" tells their own)
            ctx.note(tok, "  the act is another's, with no party named: no stance code")
            continue
        if stance == "intent" and d.trig.entry.mutual and _agent_unnamed(g):
            # "Both leaders agree that a multinational force must be sent": parties agreeing
            # on what should be done by no one named agree; they announce no act of their own
            ctx.note(tok, "  agreement on an act with no doer named: no stance code")
            continue
        if (
            stance == "intent"
            and d.trig.entry.mutual
            and len(d.source) > 1
            and hostile(onto, g.event_type, g.cameo)
            and all(any(same(a, b) for b in d.source) for a in g.target)
        ):
            # "The United States and Mexico agreed to restrict travel across their border": a
            # measure the agreeing parties take among themselves threatens neither; they agree
            ctx.note(tok, "  a measure agreed among its own parties: no threat")
            d.mutual = d.mutual or not d.target
            continue
        if stance == "intent" and hostile(onto, g.event_type, g.cameo):
            kind = "threat"
        # "agreed to an end to the fighting": stopping a hostile act is neither threatening it
        # nor refusing to do it, so a stopped act (negated) leaves the stance its own code
        if stance == "intent" and g.mood.negated and not g.mood.stopped and not d.target:
            kind = "refusal"  # "vowed not to return the Golan Heights"
            recode(ctx, d, onto.stance_code(kind, g.event_type, g.cameo) or refusal)
        elif not g.mood.negated:
            code = onto.stance_code(kind, g.event_type, g.cameo)
            if code is not None and (stance != "refusal" or d.cameo == refusal):
                if stance == "request" and d.cameo.startswith(onto.appeal_root):
                    code = onto.appeal(code)
                recode(ctx, d, onto.refine(code, g.context))
                d.context = tuple(dict.fromkeys((*d.context, *g.context)))
        if stance == "request" and d.target and g.source and not g.trig.entry.mutual:
            # "called for an end to Russian attacks on Ukraine": an appeal about an act is made
            # to its doer, not to the party the act falls on
            parties = (*g.source, *g.target)
            inside = all(any(same(a, b) for b in parties) for a in d.target)
            if inside and any(any(same(a, b) for b in g.target) for a in d.target):
                doers = tuple(others(g.source, d.source))
                if doers:
                    d.target = doers
                    ctx.note(tok, f"  target {names(doers)} (who does the act it asks about)")
        joint = False
        if not d.target:
            fill = g.source if stance == "request" else g.target or _purpose_target(g, drafts)
            if (
                not fill
                and stance == "refusal"
                and not any(same(a, b) for a in g.source for b in d.source)
            ):
                # "refused to let IAEA inspectors visit the site": the party whose act is
                # refused is the one refused
                fill = g.source
            if not fill and stance != "request" and g.trig.entry.mutual:
                fill = g.source  # "offered to negotiate with the president of Armenia"
            fill = tuple(others(fill, d.source))
            if stance == "threat":
                # "warned regional countries not to allow attacks on Iran": a threat is never
                # aimed at the threatener's own state
                home = {a.code for a in d.source}
                fill = tuple(a for a in fill if a.code not in home or a.sector not in STATE_SECTORS)
            if fill and each_its_own(d.source, fill):
                fill = ()  # "X and Y urged their citizens to leave": each its own
            if fill:
                d.target = fill
                ctx.note(tok, f"  target {names(fill)} (from the action it governs)")
            elif (
                stance == "intent"
                and _in_clause_of(g.trig.tok, tok)
                and (g.mutual or g.trig.entry.mutual)
                and len({a.code for a in g.source if a.code}) > 1
                and all(any(same(a, b) for b in d.source) for a in g.source)
            ):
                # "Russia and China vowed to deepen cooperation": an intention to act jointly
                # among the intending parties themselves is theirs with each other
                d.mutual = joint = True
                ctx.note(tok, "  a joint act among its own parties: mutual")
        if not d.target and not joint and stance in {"intent", "threat", "refusal"}:
            # "offered to hand over a base to China in exchange for military aid": the coded
            # act names no one, its clause does
            fill = _complement_target(ctx, tok, d.source)
            if fill:
                d.target = fill
                ctx.note(tok, f"  target {names(fill)} (from the clause it governs)")
        own = {a.code for a in d.source}
        if onto.in_class("ultimatum", d.event_type) and all(a.code in own for a in d.target):
            # "threatened to ban voting in Jerusalem if Hamas ran": a threat whose act falls on
            # the speaker's own country is aimed at the party of its condition
            heads = [g.trig.tok, tok] + ([g.trig.light] if g.trig.light is not None else [])
            fill = tuple(a for a in _condition_party(ctx, heads) if a.code not in own)
            if fill:
                d.target = fill
                ctx.note(tok, f"  target {names(fill)} (the party the condition names)")
        if not d.source and g.source and stance != "request":
            d.source = g.source
        if stance == "intent" and not d.target and (g.trig.entry.mutual or g.mutual):
            # "China and Mexico pledged to deepen ties": parties vowing a joint act vow it to
            # each other, as "agreed to" does
            d.mutual = True
    for d in drafts:
        if d.trig.entry.stance == "request":
            _ask_the_holder(ctx, d)
        elif d.mode == "release" and not _freed_by_name(ctx, d):
            _freed_by_holder(ctx, d)
    # "refused to rule out sanctions" is the threat alone, not also a refusal
    drafts[:] = [
        d for d in drafts if d.trig.tok.i not in opened or d.trig.entry.stance != "refusal"
    ]


def _withheld(ctx: Context, d: Draft) -> bool:
    """A recognition or acceptance ("does not recognise", "will never accept"), or an interest
    in meeting ("has no interest in talks"), that its own clause negates, otherwise asserted:
    not a supposition, nor under another verb."""
    tok = d.trig.tok
    accepting = d.event_type == "SUPPORT" and is_form(tok, ctx.lex.words["accepting"])
    interested = d.cameo == _INTENT_TO_MEET and lemma(tok) in ctx.lex.words["interest"]
    if not (accepting or interested):
        return False
    if d.mood.hypothetical or d.mood.governor is not None:
        return False
    # the negation on the verb or on its auxiliary ("never will accept"), or on the auxiliary
    # it is coordinated with ("does not, and never will, accept"); on the copula of an
    # adjective ("is not interested in talks")
    holders = [tok, *(c for c in tok.children if c.dep_ == "aux")]
    if tok.dep_ == "acomp":
        holders.append(tok.head)
    if tok.dep_ == "conj" and lemma(tok.head) == "do":
        holders.append(tok.head)
    if any(c.lower_ == "yet" for h in holders for c in h.children):
        return False  # "has not yet recognised": still awaited, not refused
    return any(negates(c, ctx.lex.modality) for h in holders for c in h.children)


def _ask_the_holder(ctx: Context, d: Draft) -> None:
    """ "Canada called for the release of two Canadians detained in China", "demanded the return
    of the British journalist held by Iran": a release is asked of whoever holds the people,
    named by the participle of custody on them (``words.detaining``): its "by" phrase, or the
    country it holds them in. The people's own country, which the request's phrase names
    first, is not the one asked."""
    freeing = ctx.lex.words["freeing"]
    held: list[Token] = []
    for r in d.trig.tok.subtree:
        if lemma(r) not in freeing:
            continue
        held.extend(prep_objects(r, "of") if r.pos_ in NOUN_POS else [])
        held.extend(c for c in r.children if c.dep_ in {"dobj", "nsubjpass"})
    for person in (x for h in held for x in (h, *h.conjuncts)):
        holders = others(_holders(ctx, person), d.source)
        kept = {a.code for a in actors_list(ctx, [person], 0)}
        if holders and all(a.code in kept for a in d.target):
            d.target = tuple(holders)
            ctx.note(d.trig.tok, f"  target {names(holders)} (who holds them)")
            return


def _freed_by_name(ctx: Context, d: Draft) -> bool:
    """Does a party named as its subject do the release ("Iran freed ...")? A deal or an
    exchange that frees people ("a deal brokered by Qatar freed five Americans held in Iran")
    names none."""
    if not d.source:
        return False
    subjects = [c for c in d.trig.tok.children if c.dep_ == "nsubj"]
    return not subjects or any(
        ctx.named(c) or (c.pos_ == "PRON" and c.lower_ not in {"that", "which"}) for c in subjects
    )


def _freed_by_holder(ctx: Context, d: Draft) -> None:
    """ "Three Thai nationals held by Hamas were freed", "the two Americans detained in Iran were
    released", "a deal that freed five Americans held in Iran": a release told with no party
    releasing is the holder's, named by the participle of custody on the people freed (its "by"
    phrase, or the country it holds them in); the holder leaves the target it was read into
    with the people's phrase."""
    tok = d.trig.tok
    freed = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    for person in (x for h in freed for x in (h, *h.conjuncts)):
        holders = _holders(ctx, person)
        target = others(d.target, holders)
        if holders and target:
            d.source, d.target, d.source_how = tuple(holders), tuple(target), "holder"
            ctx.note(tok, f"  source {names(holders)} (who held them)")
            return


def _holders(ctx: Context, person: Token) -> list[Actor]:
    """Who holds ``person`` by the participle of custody on it (``words.detaining``): "held by
    Hamas", "detained in China"."""
    for part in person.children:
        if (
            part.dep_ != "acl"
            or part.tag_ != "VBN"
            or lemma(part) not in ctx.lex.words["detaining"]
        ):
            continue
        holders = actors_list(ctx, prep_objects(part, "by"), 0)
        return holders or [a for g in prep_objects(part, "in") for a in as_place(ctx, g)]
    return []


def _warned_of_another(ctx: Context, d: Draft, g: Draft | None, drafts: list[Draft]) -> bool:
    """ "Zelenskyy warns G7 nations that Russia is planning an offensive": a warning of a hostile
    act by a party that is neither the one warning nor the one warned threatens no one; it
    charges the doer, as the same warning with no one warned does (CAMEO ``alleged``). The act
    is the one the warning governs or one inside its clause ("is planning an offensive")."""
    tok = d.trig.tok
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if d.trig.entry.stance != "threat" or clause is None or not d.source:
        return False
    cues = ctx.lex.modality
    supposed = cues.aux_hypothetical | cues.aux_conditional | cues.aux_future
    if any(c.dep_ == "aux" and c.lower_ in supposed for c in clause.children) or any(
        t.lower_ in cues.hedges for t in clause.subtree
    ):
        # "warned Iran that Israel could attack", "warns that North Korea is likely to launch
        # more attacks", "will launch": a danger told or foretold, no charge
        return False
    if g is None:
        inside = range(clause.left_edge.i, clause.right_edge.i + 1)
        g = next((x for x in drafts if x is not d and x.trig.tok.i in inside and x.source), None)
    if g is None or not g.source or g.mood.negated:
        return False
    if not hostile(ctx.onto, g.event_type, g.cameo):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.left_edge.i <= g.trig.tok.i <= s.right_edge.i for s in subjects):
        return False  # "warn that Kazakhstan's decision to send troops will have consequences"
    # the one warned is the verb's object, not a party its clause names
    warned = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    known = {a.code for a in (*d.source, *actors_list(ctx, warned, 0)) if a.code}
    if any(a.code in known or a.code is None for a in g.source):
        return False
    alleged = ctx.onto.alleged.get(g.event_type) or ctx.onto.fallback["accusation"]
    recode(ctx, d, alleged, "warned of another's act: coded as")
    d.target = tuple(g.source)
    ctx.note(d.trig.tok, f"  target {names(g.source)} (whose act it warns of)")
    return True


def _kept_open(ctx: Context, d: Draft, g: Draft, drafts: list[Draft]) -> bool:
    """ "Will not rule out military action against Togo", "refused to rule out strikes": a party
    that declines to renounce a hostile act of its own keeps it open, which is a threat (13x),
    asserted as a statement; the act itself stays unasserted."""
    onto = ctx.onto
    if (
        d.trig.entry.stance != "refusal"
        or not d.mood.negated
        or (d.mood.hypothetical and not d.mood.conditional)
        or not hostile(onto, g.event_type, g.cameo)
        or not all(any(same(a, b) for b in d.source) for a in g.source)
    ):
        return False
    recode(ctx, d, onto.stance_code("threat", g.event_type, g.cameo) or onto.fallback["threat"])
    # the statement is made; an "if" clause conditions what is threatened, not the threat
    d.mood.negated = d.mood.future = d.mood.hypothetical = d.mood.conditional = False
    d.mood.reasons.append("a hostile act not ruled out: a threat")
    if not d.target:
        d.target = tuple(others(g.target or _purpose_target(g, drafts), d.source))
    return True


def _bare_organs(ctx: Context, tok: Token) -> bool:
    """Is the subject of ``tok`` a state organ named with nothing naming whose it is ("security
    forces", "the police", "troops"; not "Russian troops", "rebel forces")?"""
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    subj = [g for c in subj for g in (prep_objects(tok, "by") if c.dep_ == "agent" else [c])]
    organs = ctx.lex.words["state_organs"]
    return bool(subj) and all(
        lemma(s) in organs
        and not ctx.named(s)
        and all(
            c.lower_ in _ORGAN_KINDS
            for c in s.children
            if c.dep_ in {"amod", "compound", "nmod", "poss", "appos"}
        )
        for s in subj
    )


# words that say which of its own organs a state used, not whose they are ("rebel forces",
# "Russian troops" name another side)
_ORGAN_KINDS = frozenset(
    {"security", "federal", "local", "national", "special", "government", "border", "riot",
     "secret", "armed", "state", "intelligence", "military", "naval", "air"}
)  # fmt: skip


def _agent_unnamed(g: Draft) -> bool:
    """The governed action is a passive with no agent and no actor: "that a force must be
    sent"."""
    tok = g.trig.tok
    return (
        not g.source
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _condition_party(ctx: Context, heads: Iterable[Token]) -> list[Actor]:
    """The subject of an "unless"/"if" clause on a threatened action, or on the clause a threat
    governs: the party an ultimatum is aimed at ("... unless Baghdad accepted its conditions",
    "threatened to respond in kind if the United States deployed missiles")."""
    for head in heads:
        clauses = [
            c
            for c in head.children
            if c.dep_ in {"xcomp", "ccomp"}
            # "issued a warning that it would end the pact if South Korea fails to ...": the
            # clause of a noun of warning is what the warning threatens
            or (c.dep_ == "acl" and head.pos_ in NOUN_POS and that_clause(c))
        ]
        for c in (g for h in (head, *clauses) for g in h.children):
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in c.children
            ):
                subj = [g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
                actors = actors_list(ctx, subj, 0)
                if actors:
                    return actors
    return []


_NOT_AT = NP_PREPS - {"at"}


def _in_clause_of(node: Token, verb: Token) -> bool:
    """Whether ``node`` lies in a clause ``verb`` governs ("vowed to deepen cooperation"), not
    in a phrase around it ("In a joint statement, China and Russia proposed ...")."""
    return any(
        c.dep_ in {"xcomp", "ccomp"} and c.left_edge.i <= node.i <= c.right_edge.i
        for c in verb.children
    )


def _complement_target(ctx: Context, tok: Token, source: Iterable[Actor]) -> tuple[Actor, ...]:
    """The recipient named in the clause a stance verb governs when that clause has no coded
    event ("offered to hand over to Great Britain two of its nationals")."""
    for c in tok.children:
        if c.dep_ not in {"xcomp", "ccomp"}:
            continue
        objs = [g for g in c.children if g.dep_ == "dobj"]
        args = [g for g in c.children if g.dep_ == "dative"]
        for word in ("to", "against", "with", "on"):
            args.extend(prep_objects(c, word))
        # "to hand over a base to China": the recipient hung on the object
        args.extend(a for o in objs for a in prep_objects(o, "to"))
        # "agreed to increase its efforts along its border with Guatemala": the phrase says
        # which border, whatever the parser hung it on, and names no one agreed with
        args = [a for a in args if not bordering_phrase(ctx, a)]
        found = actors_list(ctx, args, 0)
        # the object names its party, but not where the act is done ("agreed to normalise
        # economic ties at the White House" is no agreement with the United States)
        found += [a for o in objs for a in actors_of(ctx, o, preps=_NOT_AT)[0]]
        actors = others(unique(found), source)
        if not actors and lemma(c) in ctx.lex.words["permitting"]:
            # "refused to let the United States use the base", "to allow Israeli officials to
            # enter Gaza": the one let do something, parsed as the subject of its clause (not
            # the subject's own people: "refused to let its troops leave")
            let = [
                s
                for g in c.children
                if g.dep_ in {"ccomp", "xcomp"}
                for s in g.children
                if s.dep_ == "nsubj"
            ]
            own = {a.code for a in source}
            actors = [a for a in actors_list(ctx, let, 0) if a.code not in own]
        if actors:
            return tuple(actors)
    return ()


def derive(ctx: Context, drafts: list[Draft], sent: Span) -> list[Draft]:
    """Events the sentence asserts about an action it does not assert: "X said it will
    withdraw ..." is an announced intention (AGREE/THREATEN), "X said it will not accept ..." a
    refusal, "X said Y must ..." a demand of Y."""
    onto = ctx.onto
    out: list[Draft] = []
    covered: set[int] = set()
    for d in drafts:
        if d.derived:
            continue
        speaker_actors: list[Actor] = []
        if d.mood.speaker is not None:
            subj, _ = subject_of(ctx, d.mood.speaker)
            speaker_actors = actors_list(ctx, subj, 0)
            if speaker_actors:
                d.reported_by = tuple(speaker_actors)
                ctx.note(d.trig.tok, f"  reported by {names(speaker_actors)}")
        if (
            not d.source
            and speaker_actors
            and d.mood.future
            and (
                (_agent_unnamed(d) and not hostile(onto, d.event_type, d.cameo))
                or (_decided(ctx, d) and (_agent_unnamed(d) or d.trig.tok.pos_ in NOUN_POS))
            )
            and not {a.code for a in speaker_actors} & {b.code for b in d.target}
        ):
            # "Khan said the captured pilot will be released tomorrow": a state's speaker
            # announcing what will be done, by no one named, announces its own side's act; a
            # hostile act only as a measure decided ("confirmed that tariffs on US goods will
            # take effect")
            d.source, d.source_how = tuple(speaker_actors), "speaker"
            ctx.note(d.trig.tok, f"  source {names(speaker_actors)} (who announces it)")
        if (
            not d.source
            and speaker_actors
            and d.cameo.startswith("112")
            and _agent_unnamed(d)
            and not {a.code for a in speaker_actors} & {b.code for b in d.target}
        ):
            # "Britain said the cyberattack was traced to North Korea", "... said the attack
            # was blamed on Iran": blame laid by no one named, in a speaker's words, is the
            # speaker's
            d.source, d.source_how = tuple(speaker_actors), "speaker"
            ctx.note(d.trig.tok, f"  source {names(speaker_actors)} (who lays the blame)")
        if (
            not d.source
            and speaker_actors
            and d.target
            and (hostile(onto, d.event_type, d.cameo) or onto.in_class("custody", d.event_type))
            and _bare_organs(ctx, d.trig.tok)
            and not {a.code for a in speaker_actors} & {b.code for b in d.target}
        ):
            # "Lukashenko says security forces have arrested 33 Russian citizens": a state's
            # own organs, named bare in its speaker's words, are that state's
            d.source, d.source_how = tuple(speaker_actors), "speaker"
            ctx.note(d.trig.tok, f"  source {names(speaker_actors)} (whose organs did it)")
        if not d.source:
            continue
        # the speaker announcing its own action: same country or body on both sides
        own = not speaker_actors or any(same(a, b) for a in speaker_actors for b in d.source)
        if not own and d.mood.speaker is not None:
            accusation = _reported_wrong(ctx, d, d.mood.speaker)
            if accusation is not None:
                out.append(accusation)
        elif d.mood.speaker is None and (teller := _attributed_by(ctx, d.trig)) is not None:
            # "Iran said the attack was carried out by Israel": who did it is the teller's word
            tellers = actors_list(ctx, subject_of(ctx, teller)[0], 0)
            if tellers and not any(same(a, b) for a in tellers for b in d.source):
                accusation = _reported_wrong(ctx, d, teller)
                if accusation is not None:
                    out.append(accusation)
        if d.mood.obligation and speaker_actors and not own and d.mood.governor is None:
            code = onto.stance_code("request", d.event_type, d.cameo) or onto.fallback["request"]
            out.append(_derived(ctx, d, code, "request", tuple(speaker_actors), d.source))
            covered.add(d.trig.tok.i)
            continue
        if d.trig.entry.stance is not None or d.mood.governor is not None:
            continue
        # a conditional promise or threat is still announced: "will withdraw unless ..."
        hedged = d.mood.hypothetical and not (
            d.mood.conditional and sum("hypothetical" in r for r in d.mood.reasons) == 1
        )
        # "Russian officials claimed they may target Poland": a speaker naming a hostile act
        # of its own side as possible is threatening it
        possible = (
            d.mood.hypothetical
            and not d.mood.negated
            and bool(speaker_actors)
            and own
            and not _past_speculated(d.trig.tok)
            and hostile(onto, d.event_type, d.cameo)
            and not onto.in_class("no_threat", d.event_type)
            and all(
                "modal" in r or "reported speech" in r or "future" in r or "condition" in r
                for r in d.mood.reasons
                if "hypothetical" in r or "modal" in r
            )
        )
        target = d.target
        if possible and not target and d.mood.conditional:
            # "said it may retaliate unless the United States apologises": an ultimatum is
            # aimed at the party its condition names
            target = tuple(others(_condition_party(ctx, [d.trig.tok]), d.source))
        if possible and target:
            threat = onto.stance_code("threat", d.event_type, d.cameo)
            if threat is not None:
                code = onto.refine(threat, d.context)
                out.append(_derived(ctx, d, code, "threat", d.source, target))
                covered.add(d.trig.tok.i)
                continue
        # an intention is a verbal event only where the text reports it expressed ("X said it
        # would ...", "X will ..., sources said", "X announced plans to ..."); a plain future in
        # narrative ("X will visit Y next week", "X plans to ...") tells the planned act, not a
        # statement of intent. A prepared use of force is a posture, told or not.
        voiced = (
            d.mood.speaker is not None
            or d.mood.voiced
            or (d.mood.posture and hostile(onto, d.event_type, d.cameo))
        )
        if d.mood.future and d.mood.intent and voiced and not hedged and own:
            if _enacted(ctx, d):
                continue
            if (
                d.trig.entry.need_target
                and not d.target
                and not d.trig.entry.mutual
                and len({a.code for a in d.source}) < 2
            ):
                # "Ayasofya will no longer be called a museum": an act that names no one it is
                # aimed at is no act of this entry, so no intention to do it is told either ("both
                # countries would reopen embassies" is aimed at each other)
                continue
            announced = _announced(ctx, d, speaker_actors)
            if announced is not None:
                out.append(announced)
                covered.add(d.trig.tok.i)
    out.extend(_demands(ctx, sent, covered))
    out.extend(_terms(ctx, drafts))
    out.extend(_switched_to(ctx, drafts))
    out.extend(_brokered(ctx, drafts))
    out.extend(_stopped_help(ctx, drafts))
    return out


def _brokered(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Qatar brokered a deal between the Taliban and the United States": a pact a mediator
    brokers (``words.brokered``) was agreed by the parties it is between, a joint agreement told
    beside the mediation and in its mood ("will broker a deal" is still to come)."""
    out: list[Draft] = []
    code = ctx.onto.fallback.get("brokered")
    if code is None:
        return out
    for d in drafts:
        tok = d.trig.tok
        if d.derived or d.cameo != "045" or tok.pos_ not in VERB_POS:
            continue
        pacts = [
            o
            for o in (
                *(c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}),
                *d.trig.objects,
            )
            if lemma(o) in ctx.lex.words["brokered"]
        ]
        if not pacts:
            continue
        parties = actors_list(ctx, prep_objects(pacts[0], "between"), 0) or list(d.target)
        if len({a.code for a in parties if a.code}) < 2:
            continue
        agreed = _derived(ctx, d, code, "brokered", tuple(unique(parties)), ())
        agreed.derived = False  # the pact is the news, dated and told as the brokering is
        agreed.mutual = True
        agreed.mood = replace(d.mood, reasons=[*d.mood.reasons, "a pact brokered is agreed"])
        out.append(agreed)
    return out


def _stopped_help(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "The US stopped providing aid to the Palestinians", "China stopped buying Australian
    coal": help or trade a party stops giving is cut (16x: aid reduced, an embargo, relations
    reduced), a measure of its own, while the help itself, under the verb of stopping, is not
    told. The code follows the stopped act's (``stance_by_code.stopped``); the stopping takes the
    act's own tense and mood ("will stop sharing intelligence with Pakistan" is announced)."""
    out: list[Draft] = []
    cues = ctx.lex.modality
    for d in drafts:
        tok, stop = d.trig.tok, d.trig.tok.head
        if (
            d.derived
            or not d.mood.negated
            or tok.dep_ != "xcomp"
            or tok.tag_ != "VBG"
            or stop.pos_ != "VERB"
            or lemma(stop) not in cues.object_stopping
            or any(negates(c, cues) for c in stop.children)
            # "refused to stop providing aid", "vowed never to stop": the help goes on
            or (stop.dep_ in {"xcomp", "ccomp"} and is_form(stop.head, cues.gov_negate))
        ):
            continue
        code = ctx.onto.stance_code("stopped", None, d.cameo)
        if code is None:
            continue
        doers = actors_list(ctx, subject_of(ctx, stop)[0], 0) or list(d.source)
        cut = others((*d.target, *d.source), doers)
        if not doers or not cut:
            continue
        stopped = _derived(ctx, d, code, "stopped", tuple(doers), tuple(cut))
        stopped.derived = False  # the stopping is the act told, dated as it is
        stopped.mood = replace(
            d.mood,
            negated=False,
            reasons=[*d.mood.reasons, f'what "{stop.text}" stops is cut: a measure taken'],
        )
        out.append(stopped)
    return out


def _switched_to(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Grenada switched recognition from Taiwan to China": the entry cuts Taiwan off; the
    party the recognition went to is recognised."""
    out: list[Draft] = []
    code = ctx.onto.fallback.get("switched_to")
    if code is None:
        return out
    for d in drafts:
        tok = d.trig.tok
        if d.derived or not d.source or d.event_type != "SANCTION":
            continue
        if lemma(tok) not in ctx.lex.words["switching"]:
            continue
        # "from Taiwan to China", the "to" phrase hung on the "from" one or on the verb
        ends = prep_objects(tok, "to")
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
            ends += prep_objects(p, "to")
            ends += [g for o in p.children if o.dep_ == "pobj" for g in prep_objects(o, "to")]
        joined = others(actors_list(ctx, ends, 0), (*d.source, *d.target))
        if joined:
            # the same act read a second way, dated as the act is (not as an announcement)
            switch = _derived(ctx, d, code, "switch", d.source, tuple(joined))
            switch.derived = False
            switch.mood = replace(d.mood, reasons=list(d.mood.reasons))
            out.append(switch)
    return out


def _terms(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "Hamas refused to extend the truce unless Israel withdraws its tanks": a refusal made
    until another party acts demands that act of it; the act stays unasserted."""
    out: list[Draft] = []
    for d in drafts:
        tok = d.trig.tok
        mood = d.mood
        if d.trig.entry.stance != "refusal" or not d.source:
            continue
        if mood.hypothetical or mood.negated or mood.future:
            continue
        heads = {tok.i, *(c.i for c in tok.children if c.dep_ in {"xcomp", "ccomp"})}
        for g in drafts:
            clause = g.trig.tok
            if (
                g is d
                or g.derived
                or not g.source
                or clause.dep_ != "advcl"
                or clause.head.i not in heads
                or not any(m.dep_ == "mark" and m.lower_ == "unless" for m in clause.children)
                or any(same(a, b) for a in g.source for b in d.source)
            ):
                continue
            code = ctx.onto.stance_code("request", g.event_type, g.cameo)
            if code is None:
                continue
            out.append(_derived(ctx, g, code, "terms", d.source, g.source))
    return out


def _reported_wrong(ctx: Context, d: Draft, speaker: Token) -> Draft | None:
    """ "Kyiv said Russian forces shelled the city", "Iran's health minister said Israel had
    struck three hospitals": the party struck, or an international body, reporting another's
    attack or coercion as fact accuses it (CAMEO 112, or the code ``alleged`` gives the act's
    type); a third state reporting it only reports. The act keeps its own mood; a
    denied or supposed act ("said Russia did not attack", "said Russia might attack") is no
    accusation, nor is the report of an unnamed or plural voice ("..., officials said")."""
    onto = ctx.onto
    if d.derived or d.trig.entry.stance is not None:
        return None
    if not onto.in_class("reported_wrong", d.event_type, d.mode):
        return None
    if d.mood.negated or d.mood.hypothetical or d.mood.governor is not None:
        return None
    if d.mood.future and not d.target:
        return None  # "announces that North Korea will destroy the site": to come, at no one
    if d.source_how in {"scene", "crowd"}:
        return None  # the doer is the text's, not a guess from the place
    if d.mutual or (d.trig.entry.mutual and len(d.source) >= 2 and not d.target):
        # "Iran says shells have fallen inside its territory as fighting rages between Armenia
        # and Azerbaijan": a fight between others is reported, and a side telling of its own
        # (below) charges no one by it either
        return None
    tok = d.trig.tok
    if tok.dep_ in {"dobj", "nsubjpass"} and is_form(tok.head, ctx.lex.words["defending"]):
        # "Russia said it repelled a Ukrainian drone attack": a report of combat, the act
        # fended off told as part of it, not charged
        return None
    # monitors, the press and private people report violence; they accuse no one by it
    voice = [a for a in voiced_by(ctx, speaker) if a.sector not in onto.reporters]
    if not voice or any(
        same(a, b) or (a.code and a.code == b.code and {a.sector, b.sector} <= STATE_SECTORS)
        for a in voice
        for b in d.source
    ):
        # nor does a side telling of its own forces' act, alone or in a clash ("Turkish
        # officials say clashes between Turkish and Syrian troops continued")
        return None
    # the side struck accuses ("Moscow says Ukraine attacked a refinery in Ryazan"), as does an
    # international body; a third state telling of an arrest elsewhere only reports it
    # (by country: a government speaks for its forces struck, "the State Department said the
    # attack on the USS Liberty was ...")
    victim = not d.target or any(a.code and a.code == b.code for a in voice for b in d.target)
    if not victim and not all(a.sector == "IGO" for a in voice):
        return None
    if not assess(speaker, ctx.lex.modality, {}).asserted:
        return None  # "Kyiv may say that ..."
    code = onto.alleged.get(d.event_type) or onto.fallback["accusation"]
    return _derived(ctx, d, code, "accusation", tuple(voice), d.source)


def _attributed_by(ctx: Context, t: Trigger) -> Token | None:
    """The reporting verb of a clause that tells who did an event named by a definite noun:
    "Iran said the attack was carried out by Israel", "said the strike by Israel killed five".
    The noun's existence is taken as given (so its mood has no speaker), but whose act it was
    is the speaker's word."""
    tok = t.tok
    if tok.pos_ not in NOUN_POS:
        return None
    node = t.light if t.light is not None else tok
    if node is tok and tok.dep_ in {"nsubj", "nsubjpass"}:
        node = tok.head
    for _ in range(3):
        if node.dep_ == "ccomp" and is_form(node.head, ctx.lex.modality.gov_report):
            return node.head
        if node.dep_ not in {"conj", "xcomp"}:
            return None
        node = node.head
    return None


def voiced_by(ctx: Context, speaker: Token) -> list[Actor]:
    """Who a reporting verb's subject names, not a plural noun taken for the pair named before
    ("..., officials said")."""
    subj, _ = subject_of(ctx, speaker)
    out: list[Actor] = []
    for tok in subj:
        found, how = actors_of(ctx, tok, depth=1)
        if how != "the pair named before":
            out.extend(found)
    return unique(out)


def _decided(ctx: Context, d: Draft) -> bool:
    """A measure (``classes.enacted``) told under a verb of decision (``words.enacting``)."""
    speaker = d.mood.speaker
    return (
        speaker is not None
        and ctx.onto.in_class("enacted", d.event_type)
        and is_form(speaker, ctx.lex.words["enacting"])
    )


def _enacted(ctx: Context, d: Draft) -> bool:
    """A measure its own side announces by a verb of decision, with the day it applies from
    ("announced that it will impose tariffs on US goods from Sunday"), is taken, not threatened:
    the draft is asserted as of the announcement (``classes.enacted``)."""
    speaker = d.mood.speaker
    if (
        speaker is None
        or d.mood.negated
        or d.mood.hypothetical
        or not ctx.onto.in_class("enacted", d.event_type)
        or not is_form(speaker, ctx.lex.words["enacting"])
        or not assess(speaker, ctx.lex.modality, {}).asserted
        or not _in_force_from(ctx, d.trig.tok, speaker)
    ):
        return False
    d.mood.future = False
    d.mood.enacted = True
    d.mood.reasons.append(f'enacted: announced by "{speaker.text}"')
    ctx.note(d.trig.tok, f'  enacted: "{speaker.text}" announces the measure taken')
    return True


def _in_force_from(ctx: Context, tok: Token, speaker: Token) -> bool:
    """The announced measure's clause says when it applies ("from Sunday", "will take effect on
    Monday"), or the announcement calls it effective ("effective Sunday", which the parser may
    hang on the announcing verb): a measure with a start is decided; one without may still be
    a warning ("announced that it would impose sanctions")."""
    clause = ctx.doc[clause_head(tok)]
    return any(w.ent_type_ == "DATE" for w in clause.subtree) or any(
        w.lower_ == "effective" for w in speaker.subtree
    )


def _past_speculated(tok: Token) -> bool:
    """ "acknowledged that its warplanes may have hit a Syrian position": a modal with the
    perfect supposes what was done, it threatens nothing to come."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(aux & {"may", "might", "could", "must"}) and bool(aux & {"have", "'ve"})


def _announced(ctx: Context, d: Draft, speaker_actors: list[Actor]) -> Draft | None:
    """The intention, threat, refusal or force posture a future action of the speaker's own
    side announces, or None when the stance tables have no code for it."""
    onto = ctx.onto
    if d.mood.negated:
        kind = "refusal"
    elif not hostile(onto, d.event_type, d.cameo):
        kind = "intent"
    elif d.mood.posture:
        kind = "posture"  # "prepared to resume shelling": force posture
    elif onto.in_class("no_threat", d.event_type):
        # "said Argentina will lodge a complaint with the UN": a complaint or demand to come is
        # announced, not threatened (CAMEO's threats are of force, sanctions and the like)
        return None
    else:
        kind = "threat"
    code = (
        onto.fallback["posture"]
        if kind == "posture"
        else onto.stance_code(kind, d.event_type, d.cameo)
    )
    if code is None:
        return None
    code = onto.refine(code, d.context)
    source, target = d.source, d.target
    if d.trig.entry.mutual:
        # "they said they would meet the UN mediator", "Wang Yi will travel to meet Kim": the
        # speaker's side (or the clause's subject) intends, the other party is the recipient
        mine = tuple(a for a in source if any(same(a, b) for b in speaker_actors))
        if not mine:
            verb = d.trig.light if d.trig.tok.pos_ in NOUN_POS else d.trig.tok
            subj = actors_list(ctx, subject_of(ctx, verb)[0], 0) if verb else []
            mine = tuple(a for a in source if any(a.key == b.key for b in subj))
        if mine and len(mine) < len(source):
            source, target = mine, (*others(source, mine), *target)
    if not target and kind == "threat":
        target = tuple(others(_condition_party(ctx, [d.trig.tok]), source))
    return _derived(ctx, d, code, kind, source, target)


def _needs_to(tok: Token) -> bool:
    """ "said Israel needs to stop", "said they have to stand by us": "need to" and "have to"
    as the verb of the reported clause say what ought to happen, as "must" does."""
    return lemma(tok) in {"need", "have"} and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


def _demands(ctx: Context, sent: Span, covered: set[int]) -> list[Draft]:
    """ "Russia said that Sudan must return the helicopter": a demand even when the demanded
    act is not in the lexicon (the ``demand`` rule of the lexicon)."""
    entry = ctx.lex.demand
    cues = ctx.lex.modality
    out: list[Draft] = []
    if entry is None:
        return out
    for tok in sent:
        if tok.dep_ != "ccomp" or tok.i in covered:
            continue
        if not any(
            c.dep_ == "aux" and c.lower_ in cues.aux_obligation for c in tok.children
        ) and not _needs_to(tok):
            continue
        speaker = tok.head
        if lemma(speaker) not in cues.gov_report:
            continue
        subj, _ = subject_of(ctx, speaker)
        sp = actors_list(ctx, subj, 0)
        them_t, _ = subject_of(ctx, tok)
        them = actors_list(ctx, them_t, 0)
        if not sp or not them or {a.key for a in sp} & {a.key for a in them}:
            continue
        if any(
            a.code == b.code and a.sector in _STATE_ORGANS and b.sector in _STATE_ORGANS
            for a in sp
            for b in them
        ):
            # what a state says its own forces must do asks no other party (its opposition or
            # rebels are another party, and so is its government to them)
            continue
        mood = Mood(reasons=[f'demand: "{speaker.text}" that ... "{tok.text}"'])
        draft = Draft(
            trig=Trigger(tok, entry, []), event_type=entry.event_type, cameo=entry.cameo,
            mode=entry.mode, context=entry.context, source=tuple(sp), target=tuple(them),
            mood=mood, confidence=entry.confidence, rule=entry.id, source_how="subject",
            derived=True,
        )  # fmt: skip
        ctx.note(
            tok,
            f'"{speaker.text} ... {tok.text}" with "must/should": {entry.event_type} of {names(them)}',
        )
        out.append(draft)
    return out


def _derived(
    ctx: Context,
    d: Draft,
    code: str,
    kind: str,
    source: tuple[Actor, ...],
    target: tuple[Actor, ...],
) -> Draft:
    c = ctx.onto.code(code)
    assert c.plover is not None
    mood = Mood(reasons=[f"{kind}: the sentence announces it"])
    ctx.note(d.trig.tok, f"  derived {c.plover} (CAMEO {c.code}, {c.name}): the {kind} is asserted")
    return Draft(
        trig=d.trig,
        event_type=c.plover,
        cameo=c.code,
        mode=c.mode,
        context=tuple(dict.fromkeys((*c.context, *d.context))),
        source=source,
        target=tuple(a for a in target if a.key not in {s.key for s in source}),
        mood=mood,
        confidence=d.confidence * ctx.lex.weights.derived,
        rule=f"{kind}:{d.rule}",
        source_how=d.source_how,
        reported_by=d.reported_by,
        derived=True,
    )
