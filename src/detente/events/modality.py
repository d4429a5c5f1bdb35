"""Is an event asserted, denied, speculated or announced? Decided from the parse, with scope.

The coder asks ``assess`` about each trigger. It reads the trigger's own clause (negation,
auxiliaries such as *will*, *could*, *must*, hedges such as *possibly*, conditional marks such as
*if* and *whether*, modifiers of an event noun such as *planned* or *failed*) and then walks up the
dependency tree through complement relations only, applying what each governing word does to the
clause below it: *denied that* and *refused to* negate, *likely to*, *may* and *whether* make it
hypothetical, *vowed to* and *plans to* make it future, *said that* makes it reported speech.

Scope is what the anchors get wrong. The walk never crosses into a sibling clause: in "X denied
that Y would supply arms, but they vowed to boost ties" the supply is under *denied* while the vow
is coordinated with it, not governed by it, so the vow stays asserted and its complement is future.
A subject noun phrase is presupposed: "the coming meetings could help reshape ties" does not make
the meetings hypothetical. Relative and adverbial clauses are not governed by their host either.

Every decision is recorded as a reason string, which ``detente explain`` shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..syntax import base_forms, lemma, misread_conjunct, that_clause
from .lexicon import Modality

__all__ = ["Mood", "assess", "definite", "is_form"]

_COMPLEMENT = {"xcomp", "ccomp", "csubj", "csubjpass"}
_OBJECT = {"dobj", "attr", "oprd", "dative"}
_SUBJECT = {"nsubj", "nsubjpass", "expl"}
_MOD_DEPS = {"amod", "compound", "nmod", "acl", "advmod"}


@dataclass(slots=True)
class Mood:
    """What the text commits to about one trigger, and why."""

    negated: bool = False
    hypothetical: bool = False
    conditional: bool = False  # the clause is the consequence of an "if"/"unless" clause
    stopped: bool = False  # negated as what a noun of stopping stops ("an end to the fighting")
    future: bool = False
    intent: bool = False  # the future is the actor's own intention ("will", "plans to")
    voiced: bool = False  # the text reports the intention expressed ("announced plans to")
    obligation: bool = False  # must / should: someone says it ought to happen
    posture: bool = False  # "prepared to ...": physical preparation, not a verbal threat
    background: bool = False  # named as a time reference ("since the invasion"): told before
    purpose: bool = False  # future only as the aim of another act ("began a strike to protest")
    # a measure decided and announced, asserted though it applies later ("announced tariffs
    # from July 1"): dated by the announcement (``coder.stances``)
    enacted: bool = False
    governor: int | None = None  # token index of the nearest stance trigger governing this clause
    speaker: Token | None = None  # the reporting verb whose complement this is
    reasons: list[str] = field(default_factory=list)

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hypothetical or self.future)


# marks of a clause of time that, in the present tense, can only tell a later time ("after
# Russia deports hundreds of migrants" in a news summary is the historical present)
_WHEN = frozenset({"when", "once", "until", "whenever"})


def _forms(tok: Token) -> set[str]:
    """The token's lemma, its lower-case form and its regular base forms: the statistical
    lemmatiser sometimes gets a governing verb wrong ("hopes" → "hop"), and a cue list must still
    recognise it."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, *base_forms(low)}


def is_form(tok: Token, words: frozenset[str]) -> bool:
    """Is the token, by lemma or by one of its regular base forms, one of ``words``?"""
    return not words.isdisjoint(_forms(tok))


def negates(child: Token, cues: Modality) -> bool:
    """Does this dependent negate its head: "not", "never", "no" as a modifier, or "no longer"
    ("the US no longer recognizes Maduro": "no" hangs on "longer", which modifies the verb)?"""
    if child.dep_ == "neg" or (
        child.dep_ in {"advmod", "det", "npadvmod"} and child.lower_ in cues.negation
    ):
        return True
    return (
        child.dep_ == "advmod"
        and child.lower_ == "longer"
        and any(g.lower_ in {"no", "not"} for g in child.children)
    )


def _own_markers(
    tok: Token, cues: Modality, mood: Mood, *, conditional: list[Token], negation: bool = True
) -> None:
    """Negation, auxiliaries, hedges and conditional marks attached to one clause head
    (``negation`` False: a governor whose denial does the act, "will not hesitate to")."""
    for child in tok.children:
        dep = child.dep_
        low = child.lower_
        if negates(child, cues):
            if not negation:
                continue
            mood.negated = True
            mood.reasons.append(f'negated by "{child.text}" on "{tok.text}"')
        elif dep in {"nsubj", "nsubjpass"} and _no_one(child):
            # "Neither Russia nor China condemned the coup", "Nothing suggests that ..."
            mood.negated = True
            mood.reasons.append(f'negated: no one is its subject ("{child.text}")')
        elif _opening_supposition(child, cues):
            # "Say Mexico demanded ...", parsed as the auxiliary of the verb it opens
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: a case supposed ("{child.text} ...")')
        elif dep in {"aux", "auxpass"}:
            if low in cues.aux_future or lemma(child) in cues.aux_future:
                mood.future = True
                mood.intent = True
                mood.reasons.append(f'future: "{child.text}"')
            elif low in cues.aux_hypothetical:
                mood.hypothetical = True
                mood.reasons.append(f'hypothetical: modal "{child.text}"')
            elif low in cues.aux_obligation:
                mood.hypothetical = True
                mood.obligation = True
                mood.reasons.append(f'not asserted: obligation "{child.text}"')
            elif low in cues.aux_conditional:
                conditional.append(child)
        elif dep == "advmod" and low in cues.hedges:
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: hedge "{child.text}"')
        elif dep == "advmod" and low in cues.negating_adverbs:
            mood.negated = True
            mood.reasons.append(f'negated by "{child.text}"')
        elif dep == "mark" and low in cues.conditional_marks:
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: "{child.text}" clause')
        elif (
            dep == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children)
            and not is_form(tok, cues.conditioning)
            and not _ready_under(tok, cues)
            and not (
                (is_form(tok, cues.refusing) or _refused_here(tok, cues))
                and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children)
            )
        ):
            # ("threatened Japan with action if ...": the threat is made; its content waits)
            # "If talks fail, Brazil will recall ...": the consequence of a condition
            mood.hypothetical = True
            mood.conditional = True
            mood.reasons.append(f'hypothetical: depends on the "{child.text}" condition')


def _ready_under(tok: Token, cues: Modality) -> bool:
    """A clause that states a readiness ("Tunisia is prepared to extradite him if Libya
    guarantees a fair trial"), or reports one ("said Tunisia was prepared to ... if ...", the
    parser hanging the "if" on the verb of saying): the readiness is told now, its "if"
    conditions what it is ready for."""
    clauses = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    return any(
        c.dep_ == "acomp" and is_form(c, cues.gov_intent) for k in clauses for c in k.children
    )


def _refused_here(tok: Token, cues: Modality) -> bool:
    """A clause that says no in so many words ("will not talk", "has no interest in talks"),
    whose "unless" clause is the price of giving in, as with a verb of refusing."""
    return any(
        negates(c, cues)
        or (c.dep_ in {"dobj", "acomp"} and any(negates(g, cues) for g in c.children))
        for c in tok.children
    )


def _shown_by(
    purpose: Token, act: Token, cues: Modality, mood: Mood, conditional: list[Token]
) -> Token:
    """A purpose of showing (``governors.expressive``) is done by the act it is the purpose of,
    and told as that act is: the act's own markers, and the walk goes on from it."""
    mood.reasons.append(f'"{purpose.text}" is done by "{act.text}"')
    _own_markers(act, cues, mood, conditional=conditional)
    return act


def _enacted_content(trigger: Token, cues: Modality) -> bool:
    """The trigger is the verb of a relative clause on a measure that its clause's verb signs
    into force ("signed into law a bill that would provide aid to Ukraine")."""
    if trigger.dep_ != "relcl":
        return False
    measure = trigger.head
    verb = measure.head
    return (
        measure.dep_ in {"dobj", "nsubjpass"}
        and lemma(measure) in cues.enacted_measures
        and verb.pos_ in {"VERB", "AUX"}
        and is_form(verb, cues.enacting_verbs)
        and not any(c.dep_ in {"neg", "aux"} for c in verb.children)
    )


def definite(noun: Token) -> bool:
    """A noun phrase that presupposes its referent: "the killing", "Kim's visit", "U.N.
    sanctions" (a name before it says whose)."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"})
        or c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.children
    )


_START_NOUNS = {"start", "beginning", "outbreak", "onset", "launch", "eve", "anniversary", "end"}


def _time_reference(noun: Token, mood: Mood) -> None:
    """An event noun used to place something else in time: "the first visit since the invasion"
    names an earlier event as background; "ahead of the summit", "in the run-up to the talks"
    name one still to come. Walks up through "the start of", "the anniversary of"."""
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ not in {"prep", "advmod", "npadvmod", "pcomp"}:
            return
        word = prep.lower_
        host = prep.head
        if word == "since" or (word == "of" and host.lower_ == "anniversary"):
            mood.background = True
            mood.reasons.append(f'background: "{prep.text} ... {noun.text}" tells when, before')
            return
        if (
            (word == "of" and host.lower_ in {"ahead", "advance"})
            or (word == "to" and host.lower_ in {"run-up", "lead-up", "runup", "leadup"})
            or (word == "for" and host.lower_ in {"preparation", "preparations"})
        ):
            mood.future = True
            mood.reasons.append(f'future: "{host.text} {prep.text} ... {noun.text}"')
            return
        if word == "of" and host.lower_ in _START_NOUNS and host.pos_ in {"NOUN", "PROPN"}:
            node = host  # "since the start of the invasion"
            continue
        return


_PRESUPPOSING = {"despite", "after", "following", "amid", "amidst", "over", "since", "given"}
_PRESUPPOSING_HOSTS = {
    "of": {"because", "spite", "wake", "aftermath", "light", "view"},
    "to": {"due", "response", "reaction", "thanks", "owing"},
}
_ORDINALS = {"first", "last", "only", "second", "third", "next", "latest", "sole"}


def purpose_host(verb: Token) -> Token | None:
    """The verb whose purpose the infinitive ``verb`` tells ("announced steps to address ...",
    "sent troops to protect ..."), or None when ``verb`` is no purpose infinitive."""
    if not (_infinitive(verb) and verb.dep_ in {"advcl", "relcl", "acl"}):
        return None
    main = verb.head
    if main.pos_ in {"NOUN", "PROPN"} and main.dep_ in _OBJECT:
        main = main.head  # the infinitive hung on the verb's object: "steps to address"
    return main if main.pos_ in {"VERB", "AUX"} else None


def _presupposing(prep: Token, cues: Modality) -> bool:
    """A preposition whose object is taken as given: "despite the invasion", "after the
    summit", "in response to the test", "because of the sanctions"."""
    low = prep.lower_
    if low in _PRESUPPOSING:
        return True
    if f"{lemma(prep.head)} {low}" in cues.answering:
        return True  # "will not retaliate against the latest U.S. tariffs": answered, so done
    hosts = _PRESUPPOSING_HOSTS.get(low)
    return hosts is not None and prep.head.lower_ in hosts


def _purposeful(noun: Token, cues: Modality) -> bool:
    """A noun whose to-infinitive says what it is for ("talks to establish relations", "a deal
    to reopen the ports"), not what someone did ("the first leader to visit China")."""
    if any(c.lower_ in _ORDINALS for c in noun.children):
        return False
    return is_form(noun, cues.purpose_nouns)


def _ranked(noun: Token) -> bool:
    """ "the first country to recognise Kosovo", "the fourth Arab state to normalise ties": a
    rank says who did the act, not what is to be done."""
    return any(
        c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL" or c.tag_ in {"JJS", "RBS"}
        for c in noun.subtree
        if c.i < noun.i
    )


def _infinitive(verb: Token) -> bool:
    """A to-infinitive with no relative pronoun of its own ("calls to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.lower_ in {"who", "which", "that", "whom", "whose"} for c in verb.children
    )


def _noun_markers(tok: Token, cues: Modality, mood: Mood) -> None:
    for child in tok.children:
        low = child.lower_
        lem = lemma(child)
        if child.dep_ == "det" and low == "no":
            mood.negated = True
            mood.reasons.append(f'negated by "no {tok.text}"')
        elif child.dep_ == "det" and low in {"any", "whatever", "whichever"}:
            # "any deployment of troops would comply with the law", "any attack would be met":
            # no particular one is told
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: "{child.text} {tok.text}"')
        elif _still_to_happen(tok, child, cues):
            mood.future = True
            mood.reasons.append(f'future: "{tok.text} {child.text}" (still to happen)')
        elif child.dep_ in _MOD_DEPS:
            if low in cues.noun_future or lem in cues.noun_future:
                mood.future = True
                mood.reasons.append(f'future: "{child.text} {tok.text}"')
            elif low in cues.noun_hypothetical or lem in cues.noun_hypothetical:
                mood.hypothetical = True
                mood.reasons.append(f'hypothetical: "{child.text} {tok.text}"')
            elif low in cues.noun_negated or lem in cues.noun_negated:
                mood.negated = True
                mood.reasons.append(f'did not happen: "{child.text} {tok.text}"')


def _still_to_happen(noun: Token, verb: Token, cues: Modality) -> bool:
    """ "a summit to be held in Kazan", "talks to take place next week": an event noun whose
    infinitive relative says it will be held, not what it is for; a rank ("the first summit to
    be held in Africa") says which one was."""
    if verb.dep_ not in {"relcl", "acl"} or not _infinitive(verb) or _ranked(noun):
        return False
    if not is_form(verb, cues.scheduled):
        return False
    if lemma(verb) == "take":
        return any(c.lower_ == "place" for c in verb.children)
    return any(c.dep_ == "auxpass" for c in verb.children)


def noun_negated(noun: Token, cues: Modality) -> bool:
    """The event noun is denied by its own words ("no talks", "cancelled talks"), whatever
    the clause around it says."""
    mood = Mood()
    _noun_markers(noun, cues, mood)
    return mood.negated


def subjunctive(clause: Token) -> bool:
    """A mandative subjunctive: a base-form verb with a subject of its own, no auxiliary and a
    "that" ("insisted that Russia withdraw", "demanded that the army leave")."""
    return (
        clause.tag_ == "VB"
        and that_clause(clause)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    )


def _governs(head: Token, dep: str, cues: Modality, mood: Mood, stances: dict[int, object]) -> None:
    """Apply what ``head`` does to the complement clause it governs."""
    if head.i in stances and mood.governor is None:
        mood.governor = head.i
    head_negated = any(negates(c, cues) for c in head.children)
    report = is_form(head, cues.gov_report)
    if is_form(head, cues.gov_negate):
        if head_negated:
            mood.reasons.append(f'"{head.text}" is itself negated: its complement is not denied')
        else:
            mood.negated = True
            mood.reasons.append(f'negated: under "{head.text}"')
        return
    if is_form(head, cues.hesitant):
        if head_negated:
            mood.reasons.append(f'"{head.text}" is negated: the act is not held back')
        else:
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: held back ("{head.text} to ...")')
        return
    # a that-clause attached to the verb rather than to its object noun: "reiterated its demand
    # that Israel ease restrictions" is governed by the demand
    if dep == "ccomp":
        known = cues.complement_negated | cues.complement_future | cues.complement_hypothetical
        for obj in head.children:
            if obj.dep_ == "dobj" and lemma(obj) in known:
                if obj.i in stances and mood.governor is None:
                    mood.governor = obj.i
                if lemma(obj) in cues.complement_negated:
                    mood.negated = True
                elif lemma(obj) in cues.complement_future:
                    mood.future = True
                else:
                    mood.hypothetical = True
                mood.reasons.append(f'under "{obj.text}" (its that-clause)')
                return
    if dep == "ccomp" and _supposing(head, cues):
        mood.hypothetical = True
        mood.reasons.append(f'hypothetical: a case supposed ("{head.text} ...")')
        return
    if dep == "ccomp" and report and head.pos_ in {"VERB", "AUX"}:
        if mood.speaker is None:
            mood.speaker = head
            mood.reasons.append(f'reported speech: under "{head.text}"')
        return
    if _done_in_the_past(head, cues):
        if lemma(head) in cues.implicative_negative:
            mood.negated = True
            mood.reasons.append(f'negated: "{head.head.text} {head.text}" in the past')
        else:
            mood.reasons.append(f'"{head.head.text} {head.text}" in the past: done')
        return
    if is_form(head, cues.gov_future):
        mood.future = True
        if is_form(head, cues.gov_intent):
            mood.intent = True
        if is_form(head, cues.gov_posture):
            mood.posture = True
        mood.reasons.append(f'future: under "{head.text}"')
    elif is_form(head, cues.gov_hypothetical):
        mood.hypothetical = True
        mood.reasons.append(f'hypothetical: under "{head.text}"')
    if head_negated and not report:
        mood.negated = True
        mood.reasons.append(f'negated: "{head.text}" is negated')


def _supposing(head: Token, cues: Modality) -> bool:
    """ "Say ...", "Suppose ...", "Imagine ...": a verb of supposing as a command, its base form
    without a subject or an auxiliary, first in its sentence (or after "let's")."""
    if head.tag_ != "VB" or not is_form(head, cues.gov_supposing):
        return False
    before = [t.lower_ for t in head.doc[head.sent.start : head.i] if not t.is_punct]
    let = before in (["let", "'s"], ["let", "us"])
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} and not (let and c.i < head.i)
        for c in head.children
    ):
        return False
    return not before or let


def _opening_supposition(child: Token, cues: Modality) -> bool:
    """A verb of supposing that opens the sentence and that the parser hung on the verb it
    introduces, as an auxiliary or a modifier."""
    return (
        # the base form, whatever tag the capital made the tagger give it ("Say" as a name)
        child.lower_ in cues.gov_supposing
        and child.dep_ in {"aux", "advmod", "intj", "npadvmod", "dep", "mark"}
        and child.i == child.sent.start  # (the costliest test last: it finds the sentence)
    )


def _done_in_the_past(head: Token, cues: Modality) -> bool:
    """ "was able to", "were unable to": an adjective of ability on a past copula with no modal
    and no negation of its own."""
    copula = head.head
    return (
        lemma(head) in cues.implicative | cues.implicative_negative
        and head.dep_ == "acomp"
        and lemma(copula) == "be"
        and copula.tag_ == "VBD"
        and not any(
            c.dep_ in {"aux", "neg"} or (c.dep_ == "advmod" and c.lower_ in cues.negation)
            for c in (*copula.children, *head.children)
        )
    )


def _stopped(prep: Token, cues: Modality) -> bool:
    """ "an end to the fighting", "a pause in the strikes": a noun of stopping whose phrase
    names what stops (``prep_complements.negated``), or that stands right before a phrase the
    parser hung on the verb ("agreed to a halt to attacks")."""
    host = prep.head
    if host.pos_ not in {"NOUN", "PROPN"} and prep.i > 0:
        host = prep.doc[prep.i - 1]
    return host.pos_ in {"NOUN", "PROPN"} and bool(_prep_keys(host, prep) & cues.prep_negated)


def _prep_keys(host: Token, prep: Token) -> set[str]:
    """ "refrain from", "end to": the host's forms with the preposition, as the
    ``prep_complements`` tables key them."""
    return {f"{form} {prep.lower_}" for form in _forms(host)}


def _through_preposition(
    prep: Token, head: Token, cues: Modality, mood: Mood, stances: dict[int, object]
) -> None:
    """A gerund governed through a preposition: "warned Pyongyang against selling arms" (the
    selling is not asserted), "refrained from condemning" (negated), "agreed on sending
    observers" (future). The preposition may hang from the verb's object ("warned Pyongyang
    against ...") or from an adjective or noun ("open to resuming talks", "the prospect of
    sending troops")."""
    hosts = [head]
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "nsubjpass"}:
        hosts.append(head.head)
    # "voiced opposition to imposing sanctions", the phrase hung on the verb: its object's
    hosts += [c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i]
    for host in hosts:
        keys = _prep_keys(host, prep)
        if keys & cues.prep_negated:
            effect = "negated"
        elif keys & cues.prep_hypothetical:
            effect = "hypothetical"
        elif keys & cues.prep_future:
            effect = "future"
        else:
            continue
        if host.i in stances and mood.governor is None:
            mood.governor = host.i
        if effect == "negated":
            mood.negated = True
        elif effect == "hypothetical":
            mood.hypothetical = True
        else:
            mood.future = True
        mood.reasons.append(f'{effect}: "{host.text} {prep.text} ..."')
        return


def _reporting_tag(root: Token, cues: Modality) -> Token | None:
    """A reporting verb after the clause it reports, attached to it rather than governing it:
    "X will provide aid, the agency said" parsed with "said" as a conjunct or parataxis of
    "provide". Only a verb with no complement or object of its own is such a tag."""
    for c in root.rights:
        if (
            c.dep_ in {"conj", "parataxis"}
            and c.pos_ == "VERB"
            and is_form(c, cues.gov_report)
            and not any(g.dep_ in _COMPLEMENT | _OBJECT for g in c.children)
            and any(p.lower_ == "," for p in root.doc[root.i : c.i])
            and not any(p.dep_ == "cc" and p.head.i == root.i for p in root.doc[root.i : c.i])
        ):
            return c
    return None


def according_to(root: Token) -> Token | None:
    """ "According to the ministry, X ...": the "according" that makes its "to" phrase the
    clause's speaker."""
    for c in root.children:
        if c.lower_ == "according" and any(g.lower_ == "to" for g in c.children):
            return c
    return None


def _no_one(subject: Token) -> bool:
    """A subject that names no one: "nothing", "nobody", "none (of ...)", "no country",
    "neither X nor Y"."""
    if subject.lower_ in {"nothing", "nobody", "none", "noone"}:
        return True
    return any(
        c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children
    )


_DOUBTS = frozenset({"doubt", "doubts", "question", "dispute"})


def _doubt_denied(noun: Token) -> bool:
    """ "no doubt", "little doubt", "not any doubt", "beyond question": a doubt that is not
    there."""
    if any(c.dep_ in {"det", "amod"} and c.lower_ in {"no", "little"} for c in noun.children):
        return True
    if noun.head.lower_ in {"beyond", "without"}:
        return True
    return noun.dep_ in {"attr", "dobj"} and any(c.dep_ == "neg" for c in noun.head.children)


def _denied_content(noun: Token, clause: Token) -> bool:
    """A "that" or "whether" clause of a noun that the sentence says is not there: "no evidence
    that", "no sign that", "there was not any indication that"."""
    if not any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in clause.children):
        return False
    if noun.lower_ in _DOUBTS:
        # "there is no doubt that India is behind the attack": doubt denied is certainty
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ in {"attr", "dobj"} and any(c.dep_ == "neg" for c in verb.children)


def assess(trigger: Token, cues: Modality, stances: dict[int, object]) -> Mood:
    """The modality of the event whose trigger is ``trigger``.

    ``stances`` maps token indices of stance triggers (promise, refuse, demand, deny, ...) to their
    lexicon entries, so the first one above the trigger is remembered as its ``governor``.
    """
    mood = Mood()
    conditional: list[Token] = []
    is_noun = trigger.pos_ in {"NOUN", "PROPN"}
    if is_noun:
        _noun_markers(trigger, cues, mood)
        _time_reference(trigger, mood)
    else:
        _own_markers(trigger, cues, mood, conditional=conditional)
        # a coordinated verb without its own auxiliaries shares its first conjunct's ("would
        # supply arms and train troops"), unless its own tense shows that it cannot: a past or
        # third-person verb beside a bare one ("will refuse the terms and also accuses X")
        if (
            trigger.dep_ == "conj"
            and not any(c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in trigger.children)
            and not (trigger.tag_ in {"VBD", "VBZ"} and trigger.head.tag_ == "VB")
        ):
            _own_markers(trigger.head, cues, mood, conditional=conditional)
    cur = trigger
    steps = 0
    while steps < 12:
        steps += 1
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i or dep == "ROOT":
            break
        if dep == "conj":
            # coordination: inherit what governs the first conjunct, not its own markers (the
            # main verb's, for a finite verb the parser hung on a gerund of a phrase)
            cur = misread_conjunct(cur) or head
            continue
        if dep == "acomp" and head.pos_ in {"VERB", "AUX"}:
            # "Iran is not opposed to talks", "if Iran is ready for talks": an adjective's
            # clause is its copula's, with the copula's negation, auxiliaries and conditions; an
            # act told under the adjective ("said the war was worth fighting") is no report of
            # the one who speaks above the copula
            _own_markers(head, cues, mood, conditional=conditional)
            if cur.i != trigger.i:
                break
            cur = head
            continue
        if dep == "ccomp" and _apart(cur, head) and not is_form(head, cues.denying):
            # (a denial after the semicolon, "...; the US denies this", still denies it; "...;
            # Israel declines to comment" does not)
            break
        if (
            dep == "xcomp"
            and lemma(head) in {"have", "be"}
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
        ):
            # "has yet to name an ambassador", "is yet to respond": not done so far
            mood.negated = True
            mood.reasons.append(f'negated: "{head.text} yet to ..."')
        if dep in _COMPLEMENT:
            _governs(head, dep, cues, mood, stances)
            if dep == "ccomp" and mood.speaker is head and subjunctive(cur):
                # "insisted that Russia withdraw its troops": a bare verb after "that" is what
                # the speaker demands, not what they report
                mood.hypothetical = True
                mood.reasons.append(f'hypothetical: subjunctive "{cur.text}" under "{head.text}"')
            if head.pos_ in {"VERB", "AUX", "ADJ"}:
                future = mood.future
                litotes = dep == "xcomp" and is_form(head, cues.hesitant)
                _own_markers(head, cues, mood, conditional=conditional, negation=not litotes)
                if not future and mood.future and dep == "xcomp" and is_form(head, cues.ongoing):
                    # "will continue to reject talks": the rejection is under way already
                    mood.future = mood.intent = False
                    mood.reasons.append(f'under way: "{head.text} to ..."')
            cur = head
            continue
        if (
            dep in {"acl", "relcl", "advcl"}
            and cur.pos_ in {"VERB", "AUX"}
            and head.pos_ in {"NOUN", "PROPN"}
            and (dep == "acl" or _infinitive(cur))
        ):
            # "plans to visit", "refusal to negotiate", "an attempt to mediate", "calls to
            # withdraw" (an infinitive the parser took for a relative clause), "a deadline for
            # Israel to resume deliveries" (a "for X to" clause the parser hung as advcl)
            lem = lemma(head)
            if dep == "acl" and _denied_content(head, cur):
                # "there is no evidence that Russia hacked the election", "no sign that ..."
                mood.negated = True
                mood.reasons.append(f'negated: "no {head.text} that ..."')
                break
            if dep == "acl" and head.lower_ in _DOUBTS and not _doubt_denied(head):
                # "raised doubts that Russia was behind it": a doubt told, not a fact
                mood.hypothetical = True
                mood.reasons.append(f'hypothetical: "{head.text} that ..."')
                break
            known = cues.complement_negated | cues.complement_future | cues.complement_hypothetical
            # a bare past participle is no complement: "the agreement, signed by Israel and
            # Bahrain" tells of a signing done, not of an "agreement to sign"; a clause with a
            # subject or an auxiliary is one ("accusations that warplanes have bombed")
            reduced = cur.tag_ == "VBN" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cur.children
            )
            if (lem in known and not reduced) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children
            ):
                if head.i in stances and mood.governor is None:
                    mood.governor = head.i
                if lem in cues.complement_negated:
                    mood.negated = True
                    mood.reasons.append(f'negated: "{head.text} to ..."')
                elif lem in cues.complement_future:
                    mood.future = True
                    mood.reasons.append(f'future: "{head.text} to ..."')
                elif lem in cues.complement_hypothetical:
                    mood.hypothetical = True
                    mood.reasons.append(f'hypothetical: "{head.text} to ..."')
                elif (
                    _infinitive(cur)
                    and _ranked(head)
                    and head.dep_ in {"attr", "oprd"}
                    and head.head.pos_ in {"VERB", "AUX"}
                ):
                    # "Kuwait will be the next country to recognise Israel": the copula's
                    # markers tell the act its rank says was (or will be) done
                    _own_markers(head.head, cues, mood, conditional=conditional)
                    break
                elif _infinitive(cur) and (
                    _purposeful(head, cues)
                    or (dep == "relcl" and head.dep_ in {"dobj", "pobj"} and not _ranked(head))
                ):
                    # ("52 Iranian sites to strike", "funds to rebuild the port": a thing to be
                    # done with what the noun names, read as a relative clause)
                    if is_form(cur, cues.expressive) and head.head.pos_ in {"VERB", "AUX"}:
                        # "held a drill to show support for Taiwan": the show is the drill held
                        cur = _shown_by(cur, head.head, cues, mood, conditional)
                        continue
                    # "began talks to establish relations", "a deal to reopen the ports": the aim
                    mood.future = True
                    mood.purpose = True
                    mood.reasons.append(f'future: purpose of "{head.text}"')
                    break
                cur = head
                continue
            if dep == "acl" and head.dep_ in _OBJECT and head.head.pos_ in {"VERB", "AUX"}:
                # a participle on an object shares what the verb does to it: "vetoed a resolution
                # condemning Syria" (the condemning was not adopted), "proposed a plan cutting aid"
                verb = head.head
                if is_form(verb, cues.object_negated) and not is_form(verb, cues.object_attitude):
                    mood.negated = True
                    mood.reasons.append(f'did not happen: "{verb.text} ... {head.text}"')
                elif is_form(verb, cues.object_hypothetical):
                    mood.hypothetical = True
                    mood.reasons.append(f'not asserted: "{verb.text} ... {head.text}"')
            break
        if (
            dep == "advcl"
            and _infinitive(cur)
            and head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"attr", "oprd"} and _ranked(c) for c in head.children)
        ):
            # "The UAE became the third Arab country to normalise ties", the infinitive hung on
            # the copula: a rank says it was done, as the copula tells ("will be the next")
            _own_markers(head, cues, mood, conditional=conditional)
            cur = head
            continue
        if dep == "advcl" and _infinitive(cur) and head.pos_ in {"VERB", "AUX"}:
            # a purpose clause: "signed agreements to reopen the ports", "sent troops to protect
            # the embassy": the aim, not something done; a verb of asking misparsed this way
            # ("Pressed by China to resume talks") still asks
            before = (mood.negated, mood.hypothetical, mood.future)
            _governs(head, "xcomp", cues, mood, stances)
            if (mood.negated, mood.hypothetical, mood.future) == before and is_form(
                cur, cues.expressive
            ):
                # "sent a frigate to show support for India": the sending shows it, so the
                # showing is told as the sending is
                cur = _shown_by(cur, head, cues, mood, conditional)
                continue
            if (mood.negated, mood.hypothetical, mood.future) == before:
                mood.future = True
                mood.purpose = True
                mood.reasons.append(f'future: purpose of "{head.text}"')
            _own_markers(head, cues, mood, conditional=conditional)
            break
        if dep == "pobj":
            if _presupposing(head, cues):
                # "open to all nations despite Russia's invasion", "sanctions over its tests":
                # the phrase takes its event as given, whatever the clause's modal says
                mood.reasons.append(f'"{head.text} ..." takes "{cur.text}" as given')
                break
            main = purpose_host(head.head) if head.lower_ == "during" else None
            if main is not None:
                # "announced steps to address migration during a joint conference with X":
                # what a "during" phrase names is the time of the act the purpose is of, as
                # that act is told, wherever the parser hung the phrase
                mood.reasons.append(f'"during {cur.text}": the time of "{main.text}"')
                _own_markers(main, cues, mood, conditional=conditional)
                cur = main
                continue
            if head.lower_ == "without":
                mood.negated = True
                mood.reasons.append('negated: "without"')
            elif head.dep_ == "prep" and _stopped(head, cues):
                # "an end to the fighting", "agreed to a halt to attacks": what is stopped does
                # not go on, definite or not
                mood.negated = mood.stopped = True
                mood.reasons.append(f'negated: stopped ("... {head.text} {cur.text}")')
            elif head.dep_ == "prep" and (cur.pos_ in {"VERB", "AUX"} or not definite(cur)):
                # a gerund, or an indefinite event noun: "warned against an attack", "agreed to
                # further talks" (a definite one, "talked about the invasion", is given)
                _through_preposition(head, head.head, cues, mood, stances)
            cur = head
            continue
        if dep == "pcomp" and cur.pos_ in {"VERB", "AUX"} and head.dep_ == "prep":
            # "warned Pyongyang against selling arms", "refrained from condemning"
            _through_preposition(head, head.head, cues, mood, stances)
        if dep in {"prep", "pcomp", "agent"}:
            for child in head.children:
                if child.dep_ == "advmod" and child.lower_ in cues.hedges:
                    mood.hypothetical = True
                    mood.reasons.append(f'hypothetical: hedge "{child.text}"')
            for child in cur.children:
                if child.dep_ == "advmod" and child.lower_ in cues.hedges:
                    mood.hypothetical = True
                    mood.reasons.append(f'hypothetical: hedge "{child.text}"')
            if head.pos_ in {"VERB", "AUX"}:
                # "accused X of shelling", "blamed X for the bombing": a stance through a preposition
                if head.i in stances and mood.governor is None:
                    mood.governor = head.i
                # "may travel to Russia for talks": the clause's modality covers its phrases
                _own_markers(head, cues, mood, conditional=conditional)
                # a prepositional verb acts on its object like a transitive one ("reneged on
                # its commitment", "called for talks")
                if dep == "prep" and not any(c.dep_ == "dobj" for c in head.children):
                    lem = lemma(head)
                    if lem in cues.object_negated and cur.lower_ in {"on", "from", "of", "out"}:
                        mood.negated = True
                        mood.reasons.append(f'did not happen: "{head.text} {cur.text} ..."')
                    elif lem in cues.object_hypothetical and cur.lower_ in {"for", "on"}:
                        mood.hypothetical = True
                        mood.reasons.append(f'not asserted: "{head.text} {cur.text} ..."')
            cur = head
            continue
        if dep == "dobj" and cur.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"}:
            # a gerund object is a clause: "opposed sending troops", "considered imposing"
            _governs(head, "xcomp", cues, mood, stances)
            _own_markers(head, cues, mood, conditional=conditional)
            cur = head
            continue
        if (
            dep in _OBJECT
            and cur.pos_ in {"NOUN", "PROPN", "PRON"}
            and head.pos_ in {"VERB", "AUX"}
        ):
            lem = lemma(head)
            if head.i in stances and mood.governor is None:
                mood.governor = head.i
            if (
                mood.future
                and lemma(cur) in cues.complement_future
                and is_form(head, cues.gov_report)
            ):
                # "announced plans to visit", "confirmed its decision to withdraw": the text
                # reports the intention as expressed, not only held
                mood.intent = mood.voiced = True
                mood.reasons.append(f'intention voiced: "{head.text} ... {cur.text}"')
            if (
                is_form(head, cues.object_receiving)
                and lemma(cur) in cues.made_nouns
                and any(c.dep_ == "poss" or c.lower_ == "from" for c in cur.children)
            ):
                # "NATO considers a request from Turkey": the request was made; the verb deals
                # with what it asks
                mood.reasons.append(f'"{cur.text}" names its maker: "{head.text}" deals with it')
                break
            if definite(cur) and is_form(head, cues.object_attitude):
                # "rejected the sanctions", "backed Russia's call": the thing judged exists; the
                # verb says what the subject thinks of it, not that it did not happen
                mood.reasons.append(
                    f'"{cur.text}" is definite: "{head.text}" judges it, taken as given'
                )
                break
            if lem in cues.object_negated:
                particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), "")
                if lem not in {"rule", "call", "break"} or particle in {"out", "off"}:
                    mood.negated = True
                    mood.stopped = lem in cues.object_stopping
                    mood.reasons.append(f'did not happen: object of "{head.text}"')
            elif lem in cues.object_hypothetical:
                mood.hypothetical = True
                mood.reasons.append(f'not asserted: object of "{head.text}"')
            if definite(cur):
                # "they did not authorize the killing": a definite object is presupposed, the
                # verb's negation or modal does not reach it
                mood.reasons.append(f'"{cur.text}" is definite: taken as given')
                break
            _own_markers(head, cues, mood, conditional=conditional)
            cur = head
            continue
        if (
            dep == "advcl"
            and cur.tag_ in {"VBP", "VBZ"}
            and head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN for c in cur.children)
        ):
            # "are expected to discuss Syria when they meet in Moscow": a present-tense clause
            # of time under a future or unasserted act tells what has not happened yet
            above = assess(head, cues, stances)
            if above.future or above.hypothetical:
                mood.future = True
                mood.reasons.append(f'future: "{cur.text}" when "{head.text}" will be')
        if (
            dep == "nsubjpass"
            and cur.pos_ in {"NOUN", "PROPN"}
            and head.pos_ in {"VERB", "AUX"}
            and lemma(head) in cues.object_negated
            and lemma(head) not in cues.object_attitude
            and not any(negates(c, cues) for c in head.children)
        ):
            # "his extradition to the United States was blocked", "the visit was postponed":
            # what a passive of undoing has as its subject did not happen, as its object would
            mood.negated = True
            mood.stopped = lemma(head) in cues.object_stopping
            mood.reasons.append(f'did not happen: subject of "{head.text}"')
        break  # subjects, relative and adverbial clauses, modifiers: out of scope
    if mood.speaker is None and cur.dep_ == "ROOT":
        tag = _reporting_tag(cur, cues) or according_to(cur)
        if tag is not None:
            mood.speaker = tag
            mood.reasons.append(f'reported speech: "{tag.text}" with the clause')
    if conditional and _enacted_content(trigger, cues):
        mood.reasons.append(f'"{conditional[0].text}" of a measure signed into force')
        conditional = []
    if conditional:
        word = conditional[0].text
        if mood.speaker is not None or mood.intent or mood.future:
            # "they said they would meet": the reported "will" of the speaker's own plan
            mood.future = True
            mood.intent = mood.intent or mood.speaker is not None
            mood.reasons.append(f'future: "{word}" in reported or intended speech')
        else:
            mood.hypothetical = True
            mood.reasons.append(f'hypothetical: conditional "{word}"')
    return mood


def _apart(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on a later verb across a semicolon is a sentence of its own, not
    what that verb reports: "Hamas fired rockets; Israeli jets responded with air strikes"."""
    if clause.i > verb.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.i : verb.i])
