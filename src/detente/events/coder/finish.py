"""From drafts to events: drop what names no one, date each event from the time expressions of
its own clause (``timex``), code people by the office held on that date, and de-duplicate the
article (one happening told twice is one event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from ...model import Actor, Event
from ...syntax import (
    NOUN_POS,
    VERB_POS,
    clause_head,
    is_passive,
    is_raised_participle,
    lemma,
    misread_conjunct,
    prep_objects,
)
from .. import timex
from .anaphora import PRONOUNS
from .arguments import actors_list, pronoun, subject_of
from .places import local_source, location
from .state import STATE_SECTORS, Context, Draft, Trace, Trigger, names, others

__all__ = ["dedupe", "finish", "local_authority"]

# marks of a clause of time whose own time dates the clause it hangs on: the same time ("when",
# "as", "while", "once") or an earlier bound ("before"); "after" and "since" give only the time
# it followed ("bans Russia after a report found doping in the 2014 Games" is this week's news)
_TIME_MARKS = {"when", "as", "while", "before", "once"}
_REFERENCE_PREPS = {"since", "after", "before", "following", "until", "till", "ahead", "prior"}
_ACTOR_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_MEDIATION = "third-party"  # the mode of mediating (CAMEO 045)
# where a foreigner is held, freed or sent away from ("deported from Moscow")
_CUSTODY_PREPS = frozenset({"in", "at", "from"})
_WIDER_REACH = 2  # sentences back where the partner of a dialogue act is looked for second
_FRAMING = frozenset({"under", "in", "through", "as", "following", "after", "per", "during"})


def finish(ctx: Context, drafts: list[Draft], sent: Span, index: int) -> list[Event]:
    """The events of one sentence's drafts, dated, with their location and trigger span."""
    onto = ctx.onto
    events: list[Event] = []
    times: list[tuple[timex.TimeMention, int]] | None = None
    text = sent.text.strip()
    for d in drafts:
        t = d.trig
        if not d.source and not d.target:
            ctx.note(t.tok, "  dropped: no actor on either side")
            continue
        # "King Salman of Saudi Arabia": the country named for one of its people on the same
        # side is that person, told twice
        d.source, d.target = _specific(d.source), _specific(d.target)
        if not d.domestic:
            d.target = tuple(others(d.target, d.source))  # never one's own recipient
            own = {a.code for a in d.source if a.code}
            if not d.mutual and any(a.code not in own for a in d.target if a.code):
                # "summons its ambassador to Argentina", "refused to renew the agreement
                # between its operator and Gazprom": beside another party, one of the doer's
                # own state is part of the phrase, not a recipient
                mixed = d.target
                d.target = tuple(a for a in d.target if a.code not in own)
                if len(d.target) < len(mixed):
                    ctx.note(
                        t.tok,
                        "  the doer's own state beside another party: dropped from the target",
                    )
        if d.mode in {"visit", "host"} and ctx.onto.in_class("diplomatic", d.event_type):
            # "Zelensky visited Kharkiv", "Biden visited US troops", "Modi addressed the Indian
            # parliament": travel at home is no visit to another party
            home = {a.code for a in d.source}
            d.target = tuple(a for a in d.target if a.code not in home)
        if (
            not d.domestic
            and onto.quad(d.event_type) == 3
            and any(_self_target(a, d.source) for a in d.target)
        ):
            ctx.note(t.tok, "  the speaker's own country is no recipient: target dropped")
            d.target = tuple(a for a in d.target if not _self_target(a, d.source))
        if not d.target and d.source and not t.entry.mutual and not d.mutual:
            d.target = _campaign_target(ctx, d) or _claimed_target(ctx, d)
        if onto.in_class("dialogue", d.event_type, d.mode, d.cameo) and not d.mutual:
            # "agreed to withdraw its troops": a state's own forces, or its own side, are no
            # party it agrees with; rebels agreeing with their government are ("the Fijian
            # rebels will release the prime minister")
            d.target = tuple(
                a
                for a in d.target
                if not any(b.code == a.code and b.sector in {None, a.sector} for b in d.source)
            )
        if not d.target and len(d.source) == 1 and not d.mutual:
            d.target = _interlocutor(ctx, d, drafts)
            if not d.target and t.entry.mutual:
                d.source = (*d.source, *_host(ctx, d))
        elif not d.target and len(d.source) == 1 and d.mutual:
            # "as part of the agreement with Egypt, Sudan agreed to share data": a joint act
            # of one named party is joint with the one it was told dealing with
            d.source = (*d.source, *(_interlocutor(ctx, d, drafts) or _host(ctx, d)))
        if not d.target and d.source and not t.entry.mutual and not d.mutual:
            d.target = (
                _likewise_target(ctx, d, events)
                or _gapped_target(ctx, d, drafts)
                or _raised_target(ctx, d, drafts)
                or _coordinated_target(ctx, d, drafts)
                or _reaction_target(ctx, d, drafts)
                or _defied_target(ctx, d)
                or _rejected_claimant(ctx, d, drafts)
            )
        # a mutual entry whose partner was moved into the sources ("spoke with Xi") has the
        # recipient it needs: every party of a meeting is a source
        # (parties of one state acting as one are no pair: "the prime minister joined
        # Australian troops in Baghdad")
        partnered = t.entry.mutual and len(d.source) > 1 and not _one_state(d.source)
        if t.entry.need_target and not d.target and not d.derived and not partnered:
            ctx.note(t.tok, "  dropped: this rule needs a target and none was found")
            continue
        if _private_parties(ctx, d):
            ctx.note(t.tok, "  dropped: private people travelling or meeting are no diplomacy")
            continue
        if t.entry.need_source and not d.source and not d.derived:
            ctx.note(t.tok, "  dropped: this rule needs a source and none was found")
            continue
        if not d.source and d.target:
            d.source = local_authority(ctx, d)
        if not d.source:
            if not _sourceless_ok(ctx, d):
                ctx.note(t.tok, "  dropped: no source, and nothing says an attack took place")
                if d.target and not (d.mood.negated or d.mood.hypothetical):
                    ctx.unclaimed.append((ctx.sent_index, d.event_type, d.target))
                continue
            d.confidence *= ctx.lex.weights.no_source
        if times is None:
            times = [(m, _time_anchor(ctx.doc[m.start])) for m in timex.scan(sent)]
        date, precision, historical, told = _date(ctx, d, times)
        if d.mood.background and not told:
            # "since the invasion": an earlier event named as a time reference, undated; one the
            # text dates ("since the summit last week") is judged by its date
            date, precision, historical = None, None, True
            ctx.note(t.tok, "  background: told as a time reference, not as news")
        span_start, span_end = _trigger_span(t)
        events.append(
            Event(
                event_type=d.event_type,
                mode=d.mode,
                context=d.context,
                cameo=d.cameo,
                goldstein=onto.goldstein(d.cameo),
                quad_class=onto.quad(d.event_type),
                source=_on_date(ctx, d.source, date, precision),
                target=_on_date(ctx, d.target, date, precision),
                negated=d.mood.negated,
                hypothetical=d.mood.hypothetical,
                future=d.mood.future,
                date=date,
                date_precision=precision,
                sentence_index=index,
                sentence=text,
                trigger=ctx.doc.text[span_start:span_end],
                char_span=(span_start, span_end),
                confidence=round(min(d.confidence, 0.99), 2),
                rule=d.rule,
                location=location(ctx, t.tok),
                historical=historical,
                reported_by=d.reported_by,
                mutual=(d.trig.entry.mutual or d.mutual)
                and not d.target
                and len({a.code for a in d.source if a.code}) >= 2,
            )
        )
    return events


def _one_state(parties: Sequence[Actor]) -> bool:
    """Are all the parties one state's own organs (its government, forces, courts ...)?"""
    return len({a.code for a in parties}) == 1 and all(a.sector in STATE_SECTORS for a in parties)


# sectors of private people: their nationality makes no state a party to what they do
_PRIVATE_SECTORS = frozenset({"CVL", "REF", "EDU"})


def _private_parties(ctx: Context, d: Draft) -> bool:
    """A meeting, visit or joint work whose every source is private people ("US citizens
    visiting Uganda", "Japanese tourists visiting Egypt", a team of explorers), or a journey
    whose every traveller is a people named by its plural ("the Syrians arriving in the United
    States")."""
    if not d.source or not (
        ctx.onto.in_class("diplomatic", d.event_type) or d.event_type == "COOPERATE"
    ):
        return False
    if all(a.sector in _PRIVATE_SECTORS for a in d.source):
        return True
    tok = d.trig.tok
    if tok.pos_ in NOUN_POS and any(
        lemma(g) in ctx.lex.words["private_people"] for g in prep_objects(tok, "of")
    ):
        # "a joint team of South Korean, British and Canadian explorers": a team of private
        # people is no tie of their states
        return True
    if d.mode != "visit":
        return False
    sent = tok.sent
    peoples = {
        m.actor
        for i in range(sent.start, sent.end)
        if (m := ctx.by_token.get(i)) is not None
        and m.via == "demonym"
        and ctx.doc[m.head].tag_ in {"NNPS", "NNS"}
    }
    return all(a in peoples for a in d.source)


def _specific(side: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A side without a bare country that one of its officials, bodies or forces on the same side
    already stands for (not its rebels or its people: "Ethiopia and the TPLF" are two)."""
    named = {
        a.code
        for a in side
        if a.code and (a.kind != "country" or a.sector is not None) and a.sector in STATE_SECTORS
    }
    return tuple(
        a for a in side if not (a.kind == "country" and a.sector is None and a.code in named)
    )


def _self_target(target: Actor, sources: tuple[Actor, ...]) -> bool:
    """A statement aimed at the speaker's own country named as such: "U.S. Defense Secretary
    Mattis warned that any threat to the United States ..." is no threat of the US to itself.
    (A government acting on its own country's groups or places, "the British government
    outlawed an organization in Northern Ireland", is a domestic event and stays.)"""
    return (
        target.kind == "country"
        and target.sector is None
        and any(s.code == target.code and s.sector in {None, "GOV"} for s in sources)
    )


def _on_date(
    ctx: Context, actors: tuple[Actor, ...], date: dt.date | None, precision: str | None
) -> tuple[Actor, ...]:
    """People coded by the office they held when the event took place, where the text
    dates it away from the publication day ("In 2019, Trump met Kim": Trump is USA GOV in
    2019, whatever he was when the article appeared). For a year or a month, an office
    held at any point of it counts."""
    catalogue = ctx.catalogue
    if (
        catalogue is None
        or date is None
        or (ctx.published is not None and timex.within(ctx.published, date, precision))
        or not any(a.kind == "person" and a.id for a in actors)
    ):
        return actors
    days = [date, timex.period_last_day(date, precision)]
    out = []
    for a in actors:
        if a.kind != "person" or not a.id:
            out.append(a)
            continue
        coded = [catalogue.at_date(a, day) for day in days]
        out.append(next((c for c in coded if c.sector), coded[0]))
    return tuple(out)


def _one_sided(ctx: Context, d: Draft) -> bool:
    """An agentless passive of a conflictual act done to an actor ("new sanctions were imposed
    on France", "Japan was criticised"): kept as a one-sided event, which no dyad is made of;
    a cooperative one ("the painting was offered to the president") tells no act of anyone."""
    return bool(d.target) and ctx.onto.quad(d.event_type) in {3, 4}


def _claimed_target(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """Whom "the attack" struck when a party owns it ("the Houthis said they had carried out the
    attack") after the attack was told with its victims but no doer ("drones struck two Saudi oil
    facilities"): the latest such act of the same type in this sentence or the three before."""
    tok = d.trig.tok
    if tok.pos_ not in NOUN_POS or d.event_type not in ctx.lex.anaphors.get(lemma(tok), ()):
        return ()
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
        return ()
    doers = {a.code for a in d.source}
    for index, etype, target in reversed(ctx.unclaimed):
        if index < ctx.sent_index - 3:
            break
        struck = tuple(a for a in target if a.code not in doers)
        if etype == d.event_type and struck:
            ctx.note(tok, f"  target {names(struck)} (struck by the act it claims, told before)")
            return struck
    return ()


def _campaign_target(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """The party a campaign told before was aimed at, for an act of it that names none
    (``classes.campaign``): "Turkey launched an offensive in northern Syria on Wednesday. ...
    Turkey began the ground invasion with airstrikes" is aimed at Syria too. Only when every
    such act of the same doer told so far in the article struck one and the same party."""
    if not ctx.onto.in_class("campaign", d.event_type, d.mode):
        return ()
    doers = {a.code for a in d.source}
    if None in doers:
        return ()
    struck = [
        ev.target
        for ev in ctx.told
        if ev.event_type == d.event_type
        and ev.target
        and not (ev.hypothetical or ev.negated)
        and {a.code for a in ev.source} == doers
    ]
    codes = {a.code for side in struck for a in side}
    if len(codes) != 1 or None in codes or codes & doers:
        return ()
    ctx.note(
        d.trig.tok, f"  target {struck[-1][0].code} (the party its doer's campaign struck before)"
    )
    return (struck[-1][0],)


def _likewise_target(ctx: Context, d: Draft, earlier: list[Event]) -> tuple[Actor, ...]:
    """The recipient of the same act told just before, for an act its clause says another
    party did "too" (``words.likewise``): "The United States imposed sanctions on Iran. The
    European Union also imposed sanctions" is aimed at Iran as well. The latest act of the same
    type with a recipient, in this sentence or the one before, by someone else."""
    verb = d.trig.tok.doc[clause_head(d.trig.tok)]
    if not any(
        lemma(c) in ctx.lex.words["likewise"] for c in (*verb.children, *d.trig.tok.children)
    ):
        return ()
    doers = {a.code for a in d.source}
    for ev in reversed([*ctx.told, *earlier]):
        if ev.sentence_index < ctx.sent_index - 1:
            break
        if ev.event_type != d.event_type or not ev.target or ev.negated or ev.hypothetical:
            continue
        if {a.code for a in ev.source} & doers:
            continue
        target = tuple(a for a in ev.target if a.code not in doers)
        if target:
            ctx.note(d.trig.tok, f"  target {names(target)} (the same act told just before)")
            return target
    return ()


def _borrowed(ctx: Context, d: Draft, target: Iterable[Actor], why: str) -> tuple[Actor, ...]:
    """The recipients of another act taken for ``d``, less its own sources, noted with why."""
    fill = tuple(others(target, d.source))
    if fill:
        ctx.note(d.trig.tok, f"  target {names(fill)} ({why})")
    return fill


def _gapped_target(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """ "Sudan and Bahrain cut relations with Iran, and the UAE downgraded its ties": a clause of
    another subject, coordinated after an act of the same kind and naming no recipient, leaves
    the first act's recipient understood, as "too" would say (``_likewise_target``). Not for
    force: "Russia shelled Kharkiv and Ukrainian drones struck a refinery" are two sides' acts."""
    tok = d.trig.tok
    if tok.dep_ != "conj" or tok.head.pos_ not in VERB_POS:
        return ()
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return ()  # a verb sharing its subject is ``_coordinated_target``'s
    if ctx.onto.in_class("violent", d.event_type):
        return ()
    doers = {a.code for a in d.source}
    for g in drafts:
        if g is d or g.trig.tok.i != tok.head.i or g.event_type != d.event_type or not g.target:
            continue
        if {a.code for a in g.source} & doers or g.mood.negated or g.mood.hypothetical:
            return ()
        return _borrowed(ctx, d, g.target, f'understood from "{g.trig.tok.text}"')
    return ()


def _raised_target(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """ "Poland sent tanks and delivered artillery to Ukraine": an act coordinated before another
    of the same kind and subject, whose recipient phrase closes the pair, shares that recipient
    (the parser hangs the phrase on the last verb only)."""
    tok = d.trig.tok
    if tok.pos_ not in VERB_POS:
        return ()
    for g in drafts:
        other = g.trig.tok
        if g is d or other.dep_ != "conj" or other.head.i != tok.i or not g.target:
            continue
        if g.event_type != d.event_type or g.mood.negated != d.mood.negated:
            return ()
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in other.children):
            return ()  # a subject of its own: another party's act
        if any(c.dep_ in {"prep", "dative"} and c.i > tok.i for c in tok.children):
            return ()  # the first verb has phrases of its own after it
        roles = set(g.trig.entry.target)
        phrases = [
            c
            for c in other.children
            if c.i > other.i and (c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in roles))
        ]
        named = {m.actor.code for c in phrases for w in c.subtree for m in ctx.named(w)}
        # only a recipient named in a phrase closing the pair; one named by the second verb's
        # object is that verb's ("seized a tanker and detained its British crew")
        closing = [a for a in g.target if a.code in named]
        return _borrowed(ctx, d, closing, f'shared with "{other.text}"')
    return ()


def _coordinated_target(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """ "Britain summoned the Russian ambassador and demanded an explanation", "Pakistan
    condemned the move and downgraded ties": a conflictual act with no recipient and no subject
    of its own, coordinated after a verbal act of the same subject on a party, is aimed at that
    party. Not after a material act ("banned Hamas and ordered its offices shut": the order is
    part of the ban, not a demand made of Hamas)."""
    tok = d.trig.tok
    if tok.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return ()
    # "accused Pakistan of sponsoring terrorism and suspended trade": coordinated with "accused"
    host = misread_conjunct(tok) or tok.head
    if host.dep_ in {"ccomp", "xcomp", "relcl", "acl"}:
        # "said it violated UN resolutions and threatened its neighbours": a reported clause's
        # doer is not the speaker, whatever the parser made of "it"
        return ()
    if ctx.onto.quad(d.event_type) not in {3, 4}:
        # "voiced opposition to the Indian move and reaffirmed its support for a peaceful
        # resolution": support is not aimed at the one opposed
        return ()
    roles = set(d.trig.entry.target)
    own = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in roles for g in c.children]
    if any(g.dep_ == "pobj" and g.pos_ != "PRON" for g in own):
        # "condemned the strike and called on the international community to intervene": an
        # act that names its own addressee, a party or not, is aimed at no one else ("called on
        # it" may still be the party condemned)
        return ()
    for g in drafts:
        # the act of the host verb, or the event noun it carries ("made a strong condemnation
        # of the test and pledged to impose sanctions")
        light = g.trig.light
        if g is d or not g.target or host.i not in {g.trig.tok.i, light.i if light else -1}:
            continue
        if ctx.onto.quad(g.event_type) not in {1, 3} or g.mode == "visit":
            # "visited Kyiv and condemned the strikes": a visit's host is no one censured
            return ()
        if {a.code for a in g.source} != {a.code for a in d.source}:
            return ()
        return _borrowed(ctx, d, g.target, f'the party of "{g.trig.tok.text}"')
    return ()


def _rejected_claimant(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """ "Moscow rejected the allegations, accusing Britain of Russophobia", "China dismissed the
    report, saying the US was spreading lies": a rejection that names no one, whose own clause
    goes on to accuse a party, rejects that party's claims."""
    if d.event_type != "REJECT" or d.trig.tok.pos_ not in VERB_POS:
        return ()
    own = {a.code for a in d.source}
    span = {t.i for t in d.trig.tok.subtree}
    for g in drafts:
        if g is d or g.event_type != "ACCUSE" or g.trig.tok.i not in span or not g.target:
            continue
        if g.trig.tok.i < d.trig.tok.i:
            continue  # the accusation goes on from the rejection, never before it
        if not g.mood.asserted or {a.code for a in g.source} != own:
            continue
        if any(
            c.dep_ == "dobj" and c.pos_ == "PRON"
            for v in (g.trig.tok, *g.trig.absorbed)
            for c in v.children
        ):
            continue  # "rejects the findings, accusing them of ...": "them" may be the findings
        fill = _borrowed(ctx, d, g.target, f'whom "{g.trig.tok.text}" accuses')
        if fill:
            return fill
    return ()


def _reaction_target(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """ "Putin threatened to deploy missiles following the US announcement", "Russia expelled
    two diplomats after Britain's decision": a conflictual act that names no recipient, told as
    coming after another party's act (a "following" or "after" phrase whose event noun, or
    noun that refers back to an act, that party owns; or a clause telling its conflictual act),
    answers that party. On the trigger, the clause it heads, or the act it governs. A yielding
    act (``classes.yielding``) answers an appeal so told: "Nicaragua releases dozens of prisoners
    after the United States demanded the release of political prisoners"."""
    yielding = ctx.onto.in_class("yielding", d.event_type, d.mode, d.cameo)
    if ctx.onto.quad(d.event_type) not in {3, 4} and not yielding:
        return ()

    def answered(event_type: str) -> bool:
        return event_type == "REQUEST" if yielding else ctx.onto.quad(event_type) in {3, 4}

    tok = d.trig.tok
    hosts = [tok, *(c for c in tok.children if c.dep_ in {"xcomp", "ccomp"})]
    # "threatened to position missiles that could strike Europe following the US move": the
    # phrase hung on a clause of the object
    hosts += [
        g
        for h in list(hosts)
        for o in h.children
        if o.dep_ == "dobj"
        for g in o.children
        if g.dep_ in {"relcl", "acl"}
    ]
    if tok.pos_ not in VERB_POS:
        hosts.append(tok.doc[clause_head(tok)])
    doers = {a.code for a in d.source}
    for host in hosts:
        for w in ("following", "after"):
            for act in prep_objects(host, w):
                word = lemma(act)
                if act.pos_ not in NOUN_POS or (
                    word not in ctx.lex.nouns and word not in ctx.lex.anaphors
                ):
                    continue  # "after the Polish election" is no act of Poland's
                if yielding and not any(
                    e.event_type == "REQUEST" for e in ctx.lex.nouns.get(word, ())
                ):
                    continue  # a release "after talks with X" is no answer to X's appeal
                owners = [c for c in act.children if c.dep_ in {"poss", "amod", "compound"}]
                found = tuple(
                    m.actor
                    for o in owners
                    for m in ctx.named(o)
                    if m.actor.code and m.actor.code not in doers
                )
                if found:
                    ctx.note(tok, f'  target {names(found)} (whose act it follows: "{act.text}")')
                    return found
        for clause in host.children:
            # "Japan scrambled jets after Chinese bombers flew near Okinawa": a clause telling
            # another party's conflictual act ("after Britain held elections" tells none)
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in {"after", "following"} for m in clause.children
            ):
                continue
            found = tuple(
                a
                for g in drafts
                if g.trig.tok.i == clause.i and answered(g.event_type)
                for a in g.source
                if a.code and a.code not in doers
            )
            if found:
                ctx.note(tok, f'  target {names(found)} (whose act it follows: "{clause.text}")')
                return found
    return ()


def _defied_target(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """ "Iran refused to halt enrichment despite pressure from the United States", "declined
    to resign despite calls from the opposition": a refusal made in the face of another party's
    pressure, calls or demands rejects that party. Only for refusals (REJECT), and only a
    pressing noun (``words.pressing``, or an appeal or a threat of the lexicon)."""
    if d.event_type != "REJECT":
        return ()
    tok = d.trig.tok
    doers = {a.code for a in d.source}
    hosts = [tok, tok.doc[clause_head(tok)], *(c for c in tok.children if c.dep_ == "xcomp")]
    for host in hosts:
        for w in ("despite", "notwithstanding"):
            for noun in prep_objects(host, w):
                kinds = {e.event_type for e in ctx.lex.nouns.get(lemma(noun), ())}
                if lemma(noun) not in ctx.lex.words["pressing"] and not kinds & {
                    "REQUEST",
                    "THREATEN",
                }:
                    continue
                owners = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
                owners += prep_objects(noun, "from") + prep_objects(noun, "by")
                found = tuple(a for a in actors_list(ctx, owners, 0) if a.code not in doers)
                if found:
                    ctx.note(tok, f'  target {names(found)} (whose "{noun.text}" it defies)')
                    return found
    return ()


def _host(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """The country a party is in for a meeting that names no one else: "the Chinese foreign
    minister was in Moscow for two days of talks" met Russia (the "in" phrase of the verb the
    meeting noun hangs on, naming a state or its capital, other than the party's own)."""
    t = d.trig
    if not ctx.onto.in_class("diplomatic", d.event_type) or t.light is None:
        return ()
    if t.light_relation != "prep:for":
        return ()  # "in Moscow for talks"; not "began a tour in Prague before the summit"
    doers = {a.code for a in d.source}
    found = tuple(
        m.actor
        for g in prep_objects(t.light, "in")
        for m in ctx.named(g)
        if m.actor.code and m.actor.code not in doers and m.actor.sector in {None, "GOV"}
    )
    if found:
        ctx.note(t.tok, f'  party {names(found)} (where the meeting is held: "in" phrase)')
    return found[:1]


def _interlocutor(ctx: Context, d: Draft, drafts: list[Draft]) -> tuple[Actor, ...]:
    """The one party its source was just told meeting or agreeing with, for a dialogue act that
    names no one (``classes.dialogue``): "Russia and Turkey held talks in Sochi. Russia agreed
    to halt its offensive" is agreed with Turkey, and so is "Russia held talks with Turkey and
    agreed to ..." or "... agreed to halt it after talks with Turkey", told in one sentence by a
    meeting or visit. Only the sentence before and this one, and only when they name exactly one
    such party."""
    onto = ctx.onto
    doers = {a.code for a in d.source}
    if None in doers or not doers:
        return ()
    if not onto.in_class("dialogue", d.event_type, d.mode, d.cameo):
        if not onto.in_class("pact_kept", d.event_type, d.mode, d.cameo):
            return ()
        # "Thailand releases 18 prisoners as part of a ceasefire agreement with Cambodia": an
        # act done under a pact is done toward its other party (only the pact its own phrase
        # names: what the source was told doing before is no such pact)
        kept = _pact_partners(ctx, d, doers)
        if len(kept) != 1:
            return ()
        ctx.note(d.trig.tok, "  target: the other party of the pact it is done under")
        return tuple(kept.values())
    # a mediator deals with the parties, who do not deal with it: "accepted a ceasefire
    # agreement mediated by Egypt" is agreed with the other side, not with Egypt; the parties of
    # a mediation are its targets
    told = [
        (ev.event_type, ev.mode, ev.cameo, _dealing(ev.mode, ev.source, ev.target))
        for ev in ctx.told
        if ev.sentence_index >= ctx.sent_index - 1 and not ev.negated and not ev.hypothetical
    ]
    # in its own sentence only a meeting or a visit names the partner: an agreement there may
    # be among the source's own ("EU leaders, meeting in Brussels, agreed to invite Turkey")
    told += [
        (o.event_type, o.mode, o.cameo, _dealing(o.mode, o.source, o.target))
        for o in drafts
        if o is not d
        and onto.in_class("diplomatic", o.event_type, o.mode, o.cameo)
        and not o.mood.negated
        and not o.mood.hypothetical
    ]
    partners = _pact_partners(ctx, d, doers)

    def deal(told: Iterable[tuple[str, str | None, str, list[Actor]]]) -> None:
        for event_type, mode, cameo, parties in told:
            if not onto.in_class("dialogue", event_type, mode, cameo):
                continue
            if doers <= {a.code for a in parties}:
                partners.update((a.code, a) for a in parties if a.code and a.code not in doers)

    deal(told)
    if not partners:
        # further back: the one party the source was told meeting or agreeing with in the three
        # sentences before ("Russia and Turkey held talks in Sochi. ... Two paragraphs later,
        # Russia agreed to halt the offensive")
        deal(
            (ev.event_type, ev.mode, ev.cameo, _dealing(ev.mode, ev.source, ev.target))
            for ev in ctx.told
            if _WIDER_REACH <= ctx.sent_index - ev.sentence_index <= 3
            and not ev.negated
            and not ev.hypothetical
        )
    if len(partners) != 1:
        return ()
    (partner,) = partners.values()
    ctx.note(d.trig.tok, f"  target {partner.code} (whom its source was just told dealing with)")
    return (partner,)


def _pact_partners(ctx: Context, d: Draft, doers: set[str | None]) -> dict[str, Actor]:
    """ "under a deal with the United States, Turkey agreed ...", "as part of the agreement with
    Egypt": the pact a phrase on the verb names, and its other parties, by code."""
    partners: dict[str, Actor] = {}
    head = d.trig.tok if d.trig.tok.pos_ in VERB_POS else d.trig.light
    for pact in _pacts_on(ctx, head) if head is not None else []:
        found = actors_list(ctx, [*prep_objects(pact, "with"), *prep_objects(pact, "between")], 0)
        partners.update((a.code, a) for a in found if a.code and a.code not in doers)
    return partners


def _pacts_on(ctx: Context, verb: Token) -> list[Token]:
    """The pact or meeting nouns (``words.pacts``) of a verb's phrases of framing: "under a
    deal", "as part of the agreement", "in talks", "following a meeting"."""
    pacts = ctx.lex.words["pacts"]
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FRAMING):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if lemma(noun) == "part":  # "as part of the deal"
                out.extend(g for g in prep_objects(noun, "of") if lemma(g) in pacts)
            elif lemma(noun) in pacts:
                out.append(noun)
    return out


def _dealing(mode: str | None, source: Sequence[Actor], target: Sequence[Actor]) -> list[Actor]:
    """The parties dealing with each other in an event: all of them, but for a mediation,
    whose mediator deals with both sides and is no side itself."""
    return list(target) if mode == _MEDIATION else [*source, *target]


def local_authority(ctx: Context, d: Draft) -> tuple[Actor, ...]:
    """Who arrested, sentenced or released a foreigner when the text names no one: the state
    where it happened ("An Australian woman was arrested in Jakarta", "three British embassy
    staff were released in Tehran"): only its authorities do that there. Only for those acts
    (``classes.custody``), only by a place the act's scene phrase names (``local_source``), and
    only when the place is in another country than the one the act befell."""
    if not ctx.onto.in_class("custody", d.event_type, d.mode, d.cameo):
        return ()
    tok = d.trig.tok
    head = tok if tok.pos_ in VERB_POS else tok.head
    if d.mode == "seize" and any(c.dep_ in {"nsubj", "agent"} for c in head.children):
        # pirates and gunmen seize ships too: only a seizure told with no one doing it ("was
        # detained in Gibraltar") is the authorities' of the place ("gunmen seize a tanker off
        # Abidjan" is not Ivory Coast's)
        return ()
    # who is held, and what they are held on
    said = [w for c in head.children if c.dep_ in {"nsubjpass", "dobj", "prep"} for w in c.subtree]
    if (
        any(a.sector == "CRM" for a in d.target)
        or any(lemma(w) in ctx.lex.words["wanted"] for w in said)
        or not all(
            ctx.catalogue is not None and ctx.catalogue.country(a.code or "") for a in d.target
        )
    ):
        # a fugitive or a smuggler caught abroad, or someone held on charges, is law
        # enforcement, not an act against the state whose national they are ("Italian fugitive
        # Rocco Morabito is arrested in Montevideo", "released in London on money laundering
        # charges"); nor is a movement's member held a state's act on another state
        return ()
    held = [w for c in head.children if c.dep_ in {"nsubjpass", "dobj"} for w in c.subtree]
    if any(lemma(w) in ctx.lex.words["abducting"] for w in held):
        # "a US journalist who was kidnapped in Iraq is released in Nasiriyah": kidnappers,
        # not the state, held and freed them
        return ()
    found = local_source(ctx, d, preps=_CUSTODY_PREPS, held=True)
    if not found:
        return ()
    ctx.note(tok, f"  source {found[0].code} (the state where it happened)")
    return (replace(found[0], sector="GOV"),)


def _hazard(ctx: Context, subj: list[Token]) -> bool:
    """A subject that is a natural hazard, named ("Typhoon Meranti hits China and Taiwan") or
    described by the clause ("the strongest storm to hit the United States"): no actor."""
    hazards = ctx.lex.words["hazards"]
    return any(
        lemma(x) in hazards or any(c.dep_ == "compound" and lemma(c) in hazards for c in x.children)
        for x in subj
    )


def _sourceless_ok(ctx: Context, d: Draft) -> bool:
    """Keep an event with a recipient but no resolved source? Yes when the text names a
    perpetrator the catalogue does not know ("President Dos Santos conceded ..."), leaves it
    unnamed on purpose ("three civilians were killed"), or an attack word stands for it ("a
    roadside bombing killed ..."); no when something that is no actor is the subject
    ("floods killed ...", "a hurricane strikes ...", "band members on tour")."""
    tok = d.trig.tok
    onto = ctx.onto
    violent = onto.in_class("violent", d.event_type)
    if tok.pos_ in NOUN_POS:
        if violent:
            return True
        subj = [c for c in tok.children if c.dep_ == "poss"]
        if d.trig.light is not None and d.trig.inherit_subject:
            subj += subject_of(ctx, d.trig.light)[0]
    else:
        subj, _ = subject_of(ctx, tok)
        if _hazard(ctx, [*subj, *(c for c in tok.children if c.dep_ in {"nsubj", "compound"})]):
            # "a magnitude 6.4 earthquake strikes Turkey and Syria, killing eight"
            return False
        passive = is_passive(tok) or is_raised_participle(tok)  # "were reported killed"
        if d.trig.absorbed or (passive and (violent or _one_sided(ctx, d))):
            return True
        nouns = ctx.lex.nouns
        if violent and any(
            lemma(x) in nouns and onto.in_class("violent", nouns[lemma(x)][0].event_type)
            for x in subj
        ):
            return True
    for x in subj:
        if x.pos_ == "PRON" and x.lower_ in PRONOUNS:
            return True  # someone is meant, though not resolved
        for y in (x, *x.subtree):
            if y.i in ctx.by_token or y.ent_type_ in _ACTOR_ENTS:
                return True
    return False


def _date(
    ctx: Context, d: Draft, times: list[tuple[timex.TimeMention, int]]
) -> tuple[dt.date | None, str | None, bool, bool]:
    """(date, precision, historical, told) of a draft: from the first time expression attached
    to its own clause or a clause governing it (``told``), else the publication date.

    ``historical`` is background, not news: the period the expression gives ends before the
    article's news window (``timex.historical``); without a publication date, only an
    expression that is far back whatever the day ("three years ago") is (``timex.remote``)."""
    pub = ctx.published
    fallback = (pub, "day" if pub else None, False, False)
    if not times:
        return fallback
    clause = clause_head(d.trig.tok)
    chain = [d.trig.tok.i] if d.trig.tok.pos_ in NOUN_POS and not d.derived else []
    node = ctx.doc[clause]
    if d.derived or d.mood.enacted:
        # "announced he will meet Kim on February 27", "Xi will make a state visit next
        # September": the date is the announced action's; the announcement is dated by the
        # clause that tells it, or by the publication (so is a measure enacted by announcing
        # it: "announced tariffs from July 1" is news of the announcement's day)
        if node.head.i == node.i:
            return fallback
        node = ctx.doc[clause_head(node.head)]
    for _ in range(12):
        chain.append(node.i)
        for c in node.children:  # "When Kim visited Russia in 2019, his summit ..."
            if c.dep_ == "advcl" and any(
                g.dep_ in {"advmod", "mark"} and g.lower_ in _TIME_MARKS for g in c.children
            ):
                chain.append(c.i)
        if node.head.i == node.i:
            break
        node = ctx.doc[clause_head(node.head)]
    for where in chain:
        for m, attach in times:
            if attach != where:
                continue
            tenure = _tenure(ctx, m) if m.kind == "tenure" else None
            # a time borrowed from a governing clause dates the telling, which is past
            future = d.mood.future and where == clause
            if _deadline(ctx, m, attach) or _takes_effect(ctx, m):
                if not (d.mood.future or d.mood.hypothetical):
                    # "calls for the withdrawal of Indian troops by March 15": the limit set
                    # for what is asked dates that, not the asking
                    continue
                future = True  # the time limit of what is planned or asked lies ahead
            date, precision, past = timex.resolve(m, pub, future=future, tenure_start=tenure)
            if date is None and past is None:
                continue
            if pub is None or date is None:
                historical = bool(past) and timex.remote(m)
            else:
                historical = timex.historical(date, precision, pub)
                named = d.trig.tok.pos_ in NOUN_POS and any(
                    c.i in range(m.start, m.end) and c.dep_ in {"nummod", "compound", "amod"}
                    for c in d.trig.tok.children
                )
                if named and precision == "year" and date.year < pub.year:
                    # "the 2022 invasion of Ukraine" in a January 2023 article: an event named
                    # by an earlier year is a known one, told as background
                    historical = True
            ctx.note(
                d.trig.tok,
                f'  date: "{m.text}" → {date.isoformat() if date else "unknown"}'
                f"{f' ({precision})' if precision else ''}"
                f"{', background before the news window' if historical else ''}",
            )
            if date is None:
                return (None, None, True, True) if historical else (*fallback[:3], True)
            if pub is not None and timex.within(pub, date, precision):
                # "the 2023 summit concludes" in an article of 17 September 2023: the
                # period holds the publication day, which places it better than 1 January
                return pub, precision, False, True
            return date, precision, historical, True
    return fallback


def _deadline(ctx: Context, m: timex.TimeMention, attach: int) -> bool:
    """ "by March 15" in a clause not told in the past: a time limit, which lies ahead of the
    telling ("must leave by March 15"); "by Tuesday 50 had been killed", "had withdrawn by
    2019" and "withdrew by March" are told in the past and dated by it."""
    if m.relation != "by":
        return False
    verb = ctx.doc[clause_head(ctx.doc[attach])]
    return not (
        verb.tag_ == "VBD" or any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)
    )


def _takes_effect(ctx: Context, m: timex.TimeMention) -> bool:
    """ "announces a 5% tariff on Mexican goods, effective June 10": the day a measure takes
    effect lies ahead of its announcing, and dates only what is planned, as a time limit
    does."""
    node = ctx.doc[m.start]
    for _ in range(3):
        if node.lower_ == "effective":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _tenure(ctx: Context, m: timex.TimeMention) -> dt.date | None:
    """Start of the office held by the person "his" refers to in "early in his rule"."""
    if m.owner is None or ctx.catalogue is None:
        return None
    actors, _ = pronoun(ctx, ctx.doc[m.owner], 0)
    for actor in actors:
        entry = ctx.catalogue.entry(actor)
        terms = entry.terms if entry is not None else ()
        start = timex.tenure_start(((t.start, t.end) for t in terms), ctx.published)
        if start is not None:
            ctx.note(
                None, f'"{m.text}": {actor.name or actor.text} took office {start.isoformat()}'
            )
            return start
    return None


# prepositions whose object a year may name rather than date the clause by ("withdrawal from
# the 2015 deal", "victims of the 1998 bombings"); "during a 2018 trip", "in the 2020 strike" date
# their clause
_NAMING_PREPS = frozenset({"of", "from", "to", "with", "on", "under", "into", "against"})


def _reference_before(tok: Token) -> Token | None:
    """The noun of a reference phrase that a date hung on the verb ends: "kills Zawahiri, al-Qaeda's
    leader since the death of bin Laden in 2011" dates the death, though the parser hangs "in
    2011" on "kills". The date's phrase must follow the reference phrase with nothing between."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in VERB_POS:
        return None
    doc = tok.doc
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.i == prep.head.i:
        return None
    node = before
    while node.head.i != node.i and node.head.i < prep.i and node.i != prep.head.i:
        if node.dep_ == "pobj" and node.head.lower_ in _REFERENCE_PREPS:
            return node if node.head.head.i != prep.head.i else None
        node = node.head
    return None


def _time_anchor(tok: Token) -> int:
    """The token a time expression dates: the verb of its clause, or, inside a phrase that names
    another event as a reference point ("met for the first time since their summit last year"),
    that event's noun."""
    head = tok.head
    if (
        tok.dep_ in {"nummod", "compound", "amod"}
        and head.pos_ in NOUN_POS
        and (
            head.dep_ in {"dobj", "nsubjpass"}
            or (head.dep_ == "pobj" and head.head.lower_ in _NAMING_PREPS)
            # "its interference in the 2020 United States elections": a phrase of a noun
            or (head.dep_ == "pobj" and head.head.head.pos_ in NOUN_POS)
        )
        and head.i > tok.i
        and head.ent_type_ not in {"DATE", "TIME"}
        and tok.like_num
    ):
        # "terminated its 2018 agreement with Seoul", "left the 2015 nuclear deal", "exit the
        # 2015 Joint Comprehensive Plan of Action": a year naming what an act is done to, or
        # what a noun's phrase names, dates that thing, not the act ("during a 2018 trip"
        # still dates its clause)
        return head.i
    reference = _reference_before(tok)
    if reference is not None:
        return reference.i
    node = tok
    for _ in range(20):
        if node.pos_ in VERB_POS or node.head.i == node.i:
            return node.i
        head = node.head
        if head.dep_ == "prep" and head.lower_ in _REFERENCE_PREPS and node.dep_ == "pobj":
            return node.i
        if (
            node.dep_ == "pobj"
            and head.lower_ in {"of", "to"}
            and head.head.lower_ in _REFERENCE_PREPS
        ):
            return node.i  # "ahead of the summit next week", "prior to the talks"
        node = head
    return node.i


def _trigger_span(t: Trigger) -> tuple[int, int]:
    """Character offsets of the trigger: the word, or the short phrase it makes with its particle
    and object ("imposed sanctions") when they are adjacent."""
    tok = t.tok
    parts = [tok, *(c for c in tok.children if c.dep_ == "prt"), *t.objects]
    lo = min(p.i for p in parts)
    hi = max(p.i for p in parts)
    if hi - lo > 3:
        lo = hi = tok.i
    doc = tok.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def dedupe(events: list[Event], trace: Trace | None) -> list[Event]:
    """One happening told twice in an article is one event: the same type between the same
    parties (by actor code: "Kim visited Russia" and "his summit with Putin" are PRK → RUS both),
    with the same modality, on the same date keeps the best-supported telling (highest
    confidence, then the earliest). Without a date, only a retelling with the same trigger word
    (a bullet repeating a body sentence) is merged."""
    best: dict[tuple[Any, ...], Event] = {}
    order: list[tuple[Any, ...]] = []
    for ev in events:
        key = (
            ev.event_type,
            frozenset(a.code or a.key for a in ev.source),
            frozenset(a.code or a.key for a in ev.target),
            ev.date,
            ev.negated,
            ev.hypothetical,
            ev.future,
            # without a date, only a retelling in the same words is known to be the same event
            ev.trigger.lower() if ev.date is None else "",
        )
        old = best.get(key)
        if old is None:
            best[key] = ev
            order.append(key)
            continue
        if ev.confidence > old.confidence:
            best[key] = ev
            loser = old
        else:
            loser = ev
        if trace is not None:
            trace.add(
                loser.sentence_index,
                None,
                f'duplicate of another telling: dropped "{loser.trigger}" '
                f"(sentence {loser.sentence_index}, {loser.rule})",
            )
    kept = [best[k] for k in order]
    kept.sort(key=lambda e: (e.char_span[0], e.event_type))
    return kept
