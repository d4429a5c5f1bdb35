"""Judgements no trigger word starts: blame put on a party and censure of its conduct.

News reports most accusations as what a speaker said about someone else, with the accusing word
in the reported clause rather than in the verb: "X said Y was behind the attack", "X said Y was
responsible for (or to blame for) the deaths", "X said Y bore responsibility", "X held Y
responsible" (blame, CAMEO 112); "X said Y's move was illegal", "X called the Y strike a war
crime", "X described Y as a terrorist state" (censure, CAMEO 111). The speaker is the source,
the party the clause judges the target; both must be named and differ. A clause that clears
its subject ("was not behind") codes nothing; the accusation itself takes the mood of the verb
that voices it ("X may hold Y responsible" is hypothetical). The words are data
(``judgements`` in the lexicon); the rules run only on sentences that hold one of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ...model import Actor
from ...syntax import (
    NOUN_POS,
    VERB_POS,
    clause_head,
    conjuncts,
    dash_partners,
    is_passive,
    lemma,
    prep_objects,
)
from ..lexicon import Entry, Judgements
from ..modality import Mood, assess, is_form
from .anaphora import refers_to
from .arguments import actors_list, earlier_act, previous_agent, subject_of
from .stances import hostile, voiced_by
from .state import Context, Draft, Trigger, names, others, same, unique

__all__ = ["judgements"]

# verbs of failing, a wrong only as what a clause of its own tells ("said Y had failed to act")
_FAILING = frozenset({"fail", "neglect"})
# a predicate's role in its clause: complement of a copula, or the object's predicate
_PREDICATE_DEPS = {"acomp", "attr", "oprd"}
# modifiers of a conduct noun that say whose conduct it is ("China's actions", "the Russian
# strike", "the US sanctions")
_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}

# the prepositions of what blame is for
_BLAME_PREPS = frozenset({"for", "of", "in"})
# verbs of finding a party in a state ("found Iran in breach"), besides the verbs of naming
_FINDING = frozenset({"find", "rule", "judge"})
# verbs that make their subject what their object names, as a copula does ("said Belarus posed
# a threat to regional stability" is "said Belarus was a threat"), and the objects they do it with
_POSING = frozenset({"pose", "represent", "constitute"})
_POSED = frozenset({"threat", "menace", "danger"})


def judgements(ctx: Context, sent: Span, drafts: list[Draft]) -> list[Draft]:
    """The blame and censure drafts of one sentence. A naming verb read as a judgement ("called
    Pakistan the epicentre of terrorism") does nothing else to its object, so drafts its own
    trigger started ("called" as a phone call) are removed from ``drafts``."""
    rules = ctx.lex.judgements
    if rules is None:
        return []
    out: list[Draft] = []
    # (the unions once a sentence, not once a word)
    wronging = rules.harming | rules.causing | rules.curbing | rules.directing
    censuring = rules.censure_words | rules.wrongs
    for tok in sent:
        forms = {tok.lower_, lemma(tok)}
        if forms & rules.blame_words:
            found = _blame(ctx, rules, tok)
            entry = rules.blame
        elif tok.pos_ in VERB_POS and lemma(tok) in wronging:
            found = _wrongdoing(ctx, rules, tok) or _listed(ctx, rules, tok)
            entry = rules.censure
        elif tok.pos_ in NOUN_POS and _watch_list(rules, tok):
            found = _put_among(ctx, rules, tok, f'"{tok.text}"')
            entry = rules.censure
        elif lemma(tok) in rules.acts_named and tok.pos_ in NOUN_POS and _second_object(tok):
            # "called the poisoning an attack by the Russian state"
            found = _predicate(ctx, rules, tok, tok)
            entry = rules.censure
        elif tok.lower_ in rules.censure_adverbs and tok.dep_ == "advmod":
            # "said Chinese vessels had been illegally fishing in its waters"
            found = _judged_manner(ctx, rules, tok)
            entry = rules.censure
        elif tok.lower_ == "right" and tok.pos_ in NOUN_POS:
            found = _no_right(ctx, rules, tok)
            entry = rules.censure
        elif forms & rules.denial_words and rules.denial is not None:
            found = _denial(ctx, rules, tok)
            entry = rules.denial
        elif forms & censuring:
            if tok.dep_ == "attr" and lemma(tok.head) == "be":
                # "Iraq is a threat to peace" describes Iraq; it reports no threat made
                drafts[:] = [d for d in drafts if d.trig.tok.i != tok.i]
            found = _censure(ctx, rules, tok)
            entry = rules.censure
        else:
            continue
        if found is None:
            continue
        voice, source, target, how = found
        target = others(target, source)
        if not source or not target:
            continue
        if any(_same_event(d, entry, source, target) for d in (*drafts, *out)):
            continue
        if lemma(voice) == "report" and all(a.sector == "MED" for a in source):
            # "Kyodo reports that ...": news told by an agency accuses no one (what state media
            # say or call someone is the state's voice)
            continue
        # "said Chinese vessels harassed its ships": a hostile act told whole stays coded as
        # itself beside the censure of its telling
        whole = {
            d.trig.tok.i
            for d in drafts
            if d.trig.tok.i == tok.i
            and d.source
            and d.target
            and hostile(ctx.onto, d.event_type, d.cameo)
        }
        mood = assess(voice, ctx.lex.modality, {})
        mood.reasons.insert(0, f'{entry.event_type}: {how}, voiced by "{voice.text}"')
        # a judgement read off a verb replaces what that verb would say on its own ("was to
        # blame" is no one blaming; "called X a Y" no phone call)
        drafts[:] = [
            d
            for d in drafts
            if d.trig.tok.i not in {voice.i, tok.i} - whole or _names_its_own(d, entry, voice)
        ]
        ctx.note(tok, f'"{tok.text}": {how}: {entry.event_type} of {names(target)}')
        ctx.note(tok, f"  source {names(source)} (subject of {voice.text!r})")
        out.append(_voiced(voice, entry, source, target, mood))
    return out


def _voiced(
    voice: Token, entry: Entry, source: list[Actor], target: list[Actor], mood: Mood
) -> Draft:
    """The judgement a speaker voices, as a draft triggered by the voicing verb."""
    return Draft(
        trig=Trigger(voice, entry, []), event_type=entry.event_type, cameo=entry.cameo,
        mode=entry.mode, context=entry.context, source=tuple(source), target=tuple(target),
        mood=mood, confidence=entry.confidence, rule=entry.id, source_how="subject",
    )  # fmt: skip


def _same_event(d: Draft, entry: Entry, source: list[Actor], target: list[Actor]) -> bool:
    """An event the sentence already codes: same type, same parties ("accused Y of being
    responsible" is one accusation)."""
    return (
        d.event_type == entry.event_type
        and any(same(a, b) for a in d.source for b in source)
        and any(same(a, b) for a in d.target for b in target)
    )


def _names_its_own(d: Draft, entry: Entry, voice: Token) -> bool:
    """The voicing verb is itself a judgement of the same type that names whom it judges:
    "accused the US of complicity in Israeli war crimes" accuses the US as well as Israel, whose
    wrong it names; the verb's own accusation stays."""
    return d.trig.tok.i == voice.i and d.event_type == entry.event_type and bool(d.target)


Found = tuple[Token, list[Actor], list[Actor], str]


def _blame(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "Y was responsible for / behind / to blame for ...", "Y bore responsibility", reported by
    a speaker; or "X held Y responsible"."""
    clause: Token | None = None
    dep, head = word.dep_, word.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and dep in {"ccomp", "xcomp", "attr"}:
        # "the crash was likely Iran's doing", parsed with the noun under the hedge
        dep, head = "attr", head.head
    if word.pos_ == "ADJ" and dep in {"amod", "oprd", "ccomp", "xcomp", "acomp", "advcl"}:
        # "held Belarus responsible": the holding verb's object (the parser may hang the
        # adjective on the object or on the verb, as a predicate or an adverbial clause)
        verb = head.head if dep == "amod" and head.dep_ == "dobj" else head
        if verb.pos_ in VERB_POS and is_form(verb, rules.holders):
            # "held Belarus responsible" as a small clause: the adjective's own subject
            obj = head if dep == "amod" else _first(verb, {"dobj"}) or _first(word, {"nsubj"})
            if obj is not None and _harmful(ctx, rules, word):
                return _by_subject(ctx, rules, verb, obj, word)
    if dep in _PREDICATE_DEPS | {"prep"} and lemma(head) == "be":
        clause = head  # "Y was responsible", "Y was behind the attack"
    elif word.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and lemma(c) == "be" for c in word.children
    ):
        clause = word  # "Y was involved in the killing", "engaged in terrorism"
    elif dep == "xcomp" and lemma(head) == "be" and any(c.lower_ == "to" for c in word.children):
        clause = head  # "Y was to blame"
    elif word.pos_ in NOUN_POS and dep == "dobj" and head.pos_ in VERB_POS:
        if is_form(head, rules.bearing):
            clause = head  # "Y bore responsibility"
        elif is_form(head, ctx.lex.modality.gov_report):
            # "said the United States bore responsibility", parsed with "bore" as a modifier
            # of the noun: the bearer is among the noun's other modifiers
            mods = [c for c in word.children if c.dep_ in {"compound", "amod"}]
            if any(c.lower_ in {"bore", "bears", "bear"} for c in mods) and _harmful(
                ctx, rules, word
            ):
                return (
                    head,
                    voiced_by(ctx, head),
                    actors_list(ctx, mods, 0),
                    "bears responsibility",
                )
            return None
    if clause is None or _cleared(clause, word) or not _harmful(ctx, rules, word):
        return None
    # "the crash was Iran's doing", "the attack was Russia's fault": the possessor is blamed
    judged = [c for c in word.children if c.dep_ == "poss"] if dep == "attr" else []
    judged = judged or [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return _reported(ctx, rules, clause, judged, f'"... {word.text}"')


def _censure(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "Y's move was illegal" reported by a speaker; "X called (described, branded) Y('s act)
    a crime / as a provocation"; a voiced clause naming a party's wrong ("said it was responding
    to Armenian aggression", "condemned what it called Iranian provocations")."""
    role = _role(word)
    found = _predicate(ctx, rules, word, role) if role is not None else None
    if found is None or not found[2]:
        return (
            _owned_wrong(ctx, rules, word)
            or _wrong_course(ctx, rules, word)
            or _named_in_relative(ctx, rules, word)
            or found
        )
    return found


def _named_in_relative(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "to denounce what Turnbull called North Korea's 'reckless, provocative' actions": a
    judgement word on a noun that a free relative of naming stands for (``detente.nlp``, free
    relatives) is the namer's; the one judged owns the noun."""
    noun = word
    while noun.dep_ in {"amod", "conj"} and noun.head.i != noun.i:
        noun = noun.head
    if noun.i == word.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ != "dobj" or not any(
        e.event_type == "ACCUSE" and not e.objects and not e.preps
        for e in ctx.lex.verbs.get(lemma(noun.head), ())
    ):
        # only under a verb of judging: "struck what it called terrorist positions" tells where
        # it struck, in its own words, and judges no one
        return None
    verb = next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl" and c.left_edge.lower_ == "what" and is_form(c, rules.naming)
        ),
        None,
    )
    if verb is None or is_passive(verb):
        return None
    return _by_subject(ctx, rules, verb, noun, word)


def _by_subject(ctx: Context, rules: Judgements, verb: Token, judged: Token, word: Token) -> Found:
    """A judgement voiced by the subject of ``verb`` on the party ``judged`` names."""
    subj, _ = subject_of(ctx, verb)
    return (
        verb,
        actors_list(ctx, subj, 0),
        _party(ctx, rules, judged),
        f'"{verb.text} ... {word.text}"',
    )


def _judged_manner(ctx: Context, rules: Judgements, adverb: Token) -> Found | None:
    """An act done "illegally" or "unilaterally" by a party, in a voiced clause: the speaker
    censures the doer."""
    verb = adverb.head
    if verb.pos_ not in VERB_POS or is_passive(verb) or _cleared(verb, adverb):
        return None
    clause = _attempted(rules, verb)  # "said China had tried to unilaterally change ..."
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    found = _reported(ctx, rules, clause, subjects, f'"{adverb.text} {verb.text}"')
    if found is not None and {a.code for a in found[2]} <= {a.code for a in found[1]}:
        return None
    return found


def _wrong_course(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "Macron said Turkey was playing a dangerous game", '"Russia took an illegal step," the
    minister said': a course judged by its adjective, taken by a party in a voiced clause,
    censures that party."""
    noun = word.head
    if word.pos_ != "ADJ" or word.dep_ != "amod" or noun.dep_ != "dobj":
        return None
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "what" for c in noun.children):
        # "to block what he considers a provocative flotilla": the namer's word for what is
        # blocked, not a course the blocker takes (``detente.nlp``, free relatives)
        return None
    verb = noun.head
    if verb.pos_ not in VERB_POS or _cleared(verb, word):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    found = _reported(ctx, rules, verb, subjects, f'"{verb.text} ... {word.text}"')
    if found is not None and {a.code for a in found[2]} <= {a.code for a in found[1]}:
        return None  # "Macron said France was taking a dangerous risk": no one else judged
    return found


def _predicate(ctx: Context, rules: Judgements, word: Token, role: Token) -> Found | None:
    """A judgement word as the predicate of a naming verb or of a reported copula."""
    dep, head = role.dep_, role.head
    verb: Token | None = None
    obj: Token | None = None
    if _posed(role) and not _cleared(head, role):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return _reported(ctx, rules, head, subjects, f'"{head.text} a {word.text}"')
    if dep in {"oprd", "dobj"} and head.pos_ in VERB_POS and head.dep_ != "oprd":
        verb = head  # "called Pakistan the epicentre of terrorism", "designated Cuba a sponsor"
    elif (
        dep in {"pobj", "amod"}
        and head.lower_ == "as"
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ in VERB_POS
        and is_form(head.head.head, rules.naming)
    ):
        # "described the US move as a provocation", the "as" phrase read inside the object
        verb, obj = head.head.head, head.head
    elif (
        dep in {"pobj", "amod"}
        and head.lower_ == "as"
        and head.head.dep_ == "acl"
        and head.head.head.dep_ == "dobj"
        and head.head.head.head.pos_ in VERB_POS
        and is_form(head.head.head.head, rules.naming)
    ):
        # "described the deal signed by Turkey as illegal", the "as" phrase read inside the
        # participle that tells the object
        verb, obj = head.head.head.head, head.head.head
    elif dep in {"pobj", "amod"} and head.lower_ == "as" and head.head.pos_ in VERB_POS:
        verb = head.head  # "described the incursion as a terrorist act"
    elif dep == "ccomp" and head.pos_ in VERB_POS and is_form(head, rules.naming):
        # "considers the memorandum a violation", the small clause parsed as a verbless clause
        # (``_role`` takes it only with a subject)
        verb, obj = head, _first(role, {"nsubj"})
    elif (
        dep in {"appos", "dobj"} and head.dep_ in {"dobj", "dative"} and head.head.pos_ in VERB_POS
    ):
        # "branded the Houthis a terrorist organisation"; "called the report a farce" with the
        # second object hung from the first
        verb, obj = head.head, head
    elif _trailing_predicate(role):
        verb, obj = head.head, head  # "called Macron's remarks unacceptable"
    elif dep == "dobj" and head.dep_ == "oprd" and head.head.pos_ in VERB_POS:
        # "called the US move a gross interference": the first object split in two, its head
        # read as the predicate; the one judged is the verb's own object
        verb = head.head
        obj = _first(verb, {"dobj", "dative"}) or head
    if verb is not None:
        if not is_form(verb, rules.naming) or is_passive(verb) or _cleared(verb, role):
            return None
        # "called the Turkish deal illegal" parsed with "deal" as a compound of "illegal"
        obj = obj or _first(verb, {"dobj", "dative"}) or _first(role, {"compound"})
        # "referred to Putin as a killer": the one named is the object of "to"
        obj = obj or next(iter(prep_objects(verb, "to")), None)
        if (obj is None or obj.i == role.i) and verb.dep_ == "relcl":
            # "a move China called a gross interference": the one named is the noun the
            # relative clause hangs on
            obj = verb.head
        if obj is None:
            return None
        subj, _ = subject_of(ctx, verb)
        # "condemned what it described as Ukraine's barbaric strikes": the predicate names whose
        judged = role if obj.lower_ in {"what", "which"} else obj
        if obj.lower_ == "which" and verb.dep_ == "relcl":
            # "the deal signed by Turkey and Libya, which he described as illegal": what "which"
            # stands for, past a relative clause hung on the last of the participle's agents
            judged = _antecedent(verb.head)
        # "designates Yemen's Houthi movement and Lebanon's Hezbollah as terrorist groups": every
        # party of the list is judged
        parties = unique(a for j in conjuncts(judged) for a in _party(ctx, rules, j))
        if not parties and judged.i != role.i:
            # "called the poisoning an attack by the Russian state": the predicate names the doer
            parties = _party(ctx, rules, role)
        return (
            verb,
            actors_list(ctx, subj, 0),
            parties,
            f'"{verb.text} ... {word.text}"',
        )
    if dep in {"acomp", "attr"} and lemma(head) == "be" and not _cleared(head, role):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return _reported(ctx, rules, head, subjects, f'"... {word.text}"')
    holder = _in_state_of(role)
    if holder is not None and not _cleared(holder, role):
        held = [c for c in holder.children if c.dep_ in {"nsubj", "dobj"}]
        if lemma(holder) == "be":
            # "Britain said China was in breach of the declaration"
            return _reported(ctx, rules, holder, held, f'"... in {word.text}"')
        if is_form(holder, rules.naming | _FINDING) and not is_passive(holder):
            # "the IAEA found Iran in breach of its obligations", "declared China to be in
            # breach of the declaration" (the small clause parsed with its own "be")
            subj, _ = subject_of(ctx, holder)
            parties = unique(a for j in held for a in _party(ctx, rules, j))
            return holder, actors_list(ctx, subj, 0), parties, f'"{holder.text} ... in {word.text}"'
    return None


def _posed(noun: Token) -> bool:
    """``noun`` is a threat a verb of posing makes its subject ("Belarus posed a threat")."""
    return noun.dep_ == "dobj" and lemma(noun.head) in _POSING and lemma(noun) in _POSED


def _in_state_of(noun: Token) -> Token | None:
    """The verb that puts its subject or object "in breach" or "in violation" ("China was in
    breach of the treaty", "found Iran in violation of ..."), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "in breach" with no pact named is a gap in a wall as often
    verb = prep.head
    return verb if verb.pos_ in VERB_POS else None


def _owners(ctx: Context, noun: Token) -> list[Token]:
    """The modifiers that say whose act a noun of conduct is ("China's actions", "the Russian
    strike"); the name before a crime that takes its victims' name ("the Armenian genocide",
    ``words.victims_named``) is no doer."""
    deps = _OWNER_DEPS
    if lemma(noun) in ctx.lex.words["victims_named"]:
        deps = _OWNER_DEPS - {"amod", "compound"}
    return [c for c in noun.children if c.dep_ in deps]


def _owned_wrong(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """A wrong of a named party ("Armenian aggression", "Israel's provocations", "violations by
    Russia") inside a clause a speaker voices: the speaker accuses that party. The nearest verb
    up the parse that reports or names is the voice; narrative ("amid Chinese provocations")
    has none."""
    if word.pos_ not in NOUN_POS or lemma(word) not in rules.wrongs:
        return None
    owners = _owners(ctx, word)
    owners.extend(prep_objects(word, "by"))
    target = actors_list(ctx, owners, 0)
    if not target:
        return None
    cur = word
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in NOUN_POS and lemma(cur) in ctx.lex.nouns:
            return None  # "demonstrations against violations by X": the protest's own object
        if cur.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ctx.lex.modality.conditional_marks
            for m in cur.children
        ):
            # "warn of attacks if Saudi Arabia continues its aggression": the condition of a
            # warning supposes the wrong, and the warning is a threat, not a charge
            return None
        if cur.pos_ not in VERB_POS or _cleared(cur, word):
            continue
        voice = cur if is_form(cur, ctx.lex.modality.gov_report | rules.naming) else None
        voice = voice or assess(cur, ctx.lex.modality, {}).speaker
        if voice is not None:
            return voice, voiced_by(ctx, voice), target, f'"{voice.text} ... {word.text}"'
    return None


def _wrongdoing(ctx: Context, rules: Judgements, verb: Token) -> Found | None:
    """ "The Chinese ministry said Japan's actions had harmed relations", "Iran said the US was
    spreading lies": a speaker telling of another party's wrongdoing accuses it. The doer is
    the verb's subject as a party or as the owner of a conduct noun; a verb of ``causing`` does
    wrong only with a harm or a wrong as its object."""
    if not _does_wrong(ctx, rules, verb):
        return None
    if lemma(verb) in _FAILING:
        if verb.dep_ not in {"ccomp", "conj", "ROOT"}:
            return None  # "in retaliation for the United States failing to ...": no claim of it
        if not any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
            return None  # "Russia reports that the attack failed": what fails is no wrong done
    clause = _attempted(rules, verb)
    mood = assess(clause, ctx.lex.modality, {})
    if mood.speaker is None or not mood.asserted:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return _reported(ctx, rules, clause, subjects, f'"{verb.text}"')


def _attempted(rules: Judgements, verb: Token) -> Token:
    """The clause that tells the wrong: "said Russia was trying to discredit the talks", the
    attempt (a verb of ``attempting`` the wrong hangs on); otherwise the verb itself."""
    if verb.dep_ == "xcomp" and is_form(verb.head, rules.attempting):
        return verb.head
    return verb


def _does_wrong(ctx: Context, rules: Judgements, verb: Token) -> bool:
    """A verb of ``harming`` does wrong; one of ``causing`` only with a harm or a wrong as its
    object ("committed genocide", not "committed troops"), one of ``directing`` only with a
    hostile act or a harm ("orchestrated the incursion", not "planned the visit"), one of
    ``curbing`` only with a right ("restricts religious freedom", not "restricted imports")."""
    lem = lemma(verb)
    if lem in rules.harming:
        return True
    objs = [c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    objs += [g for c in objs if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if lem in rules.causing and any(lemma(o) in rules.harms | rules.wrongs for o in objs):
        return True
    if lem in rules.directing and any(
        lemma(o) in rules.harms
        or any(hostile(ctx.onto, e.event_type, e.cameo) for e in ctx.lex.nouns.get(lemma(o), ()))
        for o in objs
        if o.dep_ == "dobj"
    ):
        return True
    return lem in rules.curbing and any(lemma(o) in rules.rights for o in objs)


def _listed(ctx: Context, rules: Judgements, verb: Token) -> Found | None:
    """A party put among wrongdoers: "added the group to its list of parties that harm
    children", "listed Saudi Arabia as a country that restricts religious freedom". The wrong is
    a relative clause of the class the party is put in (or of the list's "of" phrase)."""
    if verb.dep_ != "relcl" or not _does_wrong(ctx, rules, verb):
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in rules.lists:
        noun = noun.head.head  # "a list of countries that ..."
    return _put_among(ctx, rules, noun, f'"{verb.text}"')


def _watch_list(rules: Judgements, tok: Token) -> bool:
    """A list that names and shames by itself: "watchlist", "watch list"."""
    if lemma(tok) in rules.watch_lists:
        return True
    return any(
        f"{c.lower_} {lemma(tok)}" in rules.watch_lists
        for c in tok.children
        if c.dep_ == "compound"
    )


def _put_among(ctx: Context, rules: Judgements, noun: Token, how: str) -> Found | None:
    """Who put whom in the class or on the list ``noun`` names: the object of a verb of
    ``listing`` or ``naming`` whose "on", "to", "in", "among" or "as" phrase holds ``noun`` (or
    whose second object it is); in the passive, its subject, put there by the "by" phrase."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "to", "in", "among", "as", "onto"}:
        verb = noun.head.head
    elif noun.dep_ in {"oprd", "dobj"} and _second_object(noun):
        verb = noun.head
    else:
        return None
    if verb.pos_ not in VERB_POS or not is_form(verb, rules.listing | rules.naming):
        return None
    if is_passive(verb):
        put = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
        source = actors_list(ctx, list(prep_objects(verb, "by")), 0)
    else:
        put = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i != noun.i][:1]
        source = actors_list(ctx, subject_of(ctx, verb)[0], 0)
    if not put:
        return None
    target = [a for t in put for a in _party(ctx, rules, t)]
    return verb, source, target, f"{how}: put among wrongdoers"


def _second_object(noun: Token) -> bool:
    """``noun`` is the predicate of its verb's object: "designated Cuba a state sponsor of
    terrorism", parsed as two objects, or an ``oprd``."""
    head = noun.head
    if noun.dep_ == "dobj" and head.dep_ in {"dobj", "dative"} and head.pos_ in NOUN_POS:
        return head.i < noun.i  # "called the report a farce", the second hung from the first
    if noun.dep_ == "dobj" and head.dep_ == "oprd":
        return head.i < noun.i  # "called the US move a gross interference", "move" read apart
    if noun.dep_ == "dobj" and head.dep_ == "relcl" and head.head.pos_ in NOUN_POS:
        return head.head.i < head.i  # "a move China called interference": the first relativised
    return noun.dep_ == "oprd" or any(
        c.dep_ in {"dobj", "dative"} and c.i < noun.i for c in head.children
    )


def _trailing_predicate(word: Token) -> bool:
    """An adjective after the verb's object that ends it, parsed as the object's modifier:
    "called Macron's remarks unacceptable" (a naming verb's predicate; ``_predicate`` checks the
    verb)."""
    head = word.head
    return (
        word.dep_ == "amod"
        and word.i > head.i
        and word.i == head.right_edge.i
        and head.dep_ == "dobj"
        and head.head.pos_ in VERB_POS
    )


def _role(word: Token) -> Token | None:
    """The predicate a judgement word belongs to: itself, or the noun it modifies or is the "of"
    phrase of ("a flagrant violation", "an act of aggression", "illegal and provocative"), at
    most three steps up."""
    cur = word
    for _ in range(3):
        if cur.dep_ in _PREDICATE_DEPS or cur.dep_ in {"appos"}:
            return cur
        if cur.dep_ == "dobj" and _second_object(cur):
            return cur  # "designated Cuba a state sponsor of terrorism"
        if cur.dep_ in {"pobj", "amod"} and cur.head.lower_ == "as" and cur.head.dep_ == "prep":
            return cur  # "as a provocation"; "as unacceptable", the adjective read as a modifier
        if cur.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in cur.children):
            return cur  # "considers the deal a violation", parsed as a verbless clause
        if _trailing_predicate(cur):
            return cur  # "called Macron's remarks unacceptable", the adjective read as a modifier
        if _in_state_of(cur) is not None:
            return cur  # "said China was in breach of the treaty", "found Iran in violation"
        if _posed(cur):
            return cur  # "said Belarus posed a threat", the verb a copula
        if cur.dep_ in {"amod", "compound", "conj"} or (
            cur.dep_ == "pobj" and cur.head.lower_ == "of"
        ):
            cur = cur.head if cur.dep_ != "pobj" else cur.head.head
            continue
        return None
    return None


def _denial(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "Y's claims were baseless", reported by a speaker: the speaker rejects what Y said; "the
    Kremlin called the British accusations groundless": so does the subject of a naming verb."""
    head = word.head
    if (
        word.dep_ in {"oprd", "ccomp", "xcomp"}
        and head.pos_ in VERB_POS
        and is_form(head, rules.naming)
        and not is_passive(head)
        and not _cleared(head, word)
    ):
        owners = _claim_owners(rules, head, "dobj")
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        source = actors_list(ctx, subjects, 0)
        judged = [a for a in actors_list(ctx, owners, 0) if not any(same(a, b) for b in source)]
        if source and judged:
            return head, source, judged, f'"{head.text} ... {word.text}"'
        return None
    if word.dep_ not in {"acomp", "attr"} or lemma(head) != "be" or _cleared(head, word):
        return None
    if not any(c.dep_ == "nsubj" and lemma(c) in rules.claims for c in head.children):
        return None
    owners = _claim_owners(rules, head, "nsubj")
    return _reported(ctx, rules, head, owners, f'"... {word.text}"')


def _claim_owners(rules: Judgements, verb: Token, dep: str) -> list[Token]:
    """Whose are the claims that are ``verb``'s ``dep`` ("the British accusations", "claims by
    Kyiv"): their owner modifiers and "by" phrases."""
    claims = [c for c in verb.children if c.dep_ == dep and lemma(c) in rules.claims]
    owners = [o for c in claims for o in c.children if o.dep_ in _OWNER_DEPS]
    owners.extend(o for c in claims for o in prep_objects(c, "by"))
    return owners


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause after a comma tells of: the one it hangs on, or the noun
    whose participle's agent it was hung on ("the deal signed by Turkey and Libya, which ...")."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.dep_ == "acl":
        return noun.head.head.head
    return noun


def _no_right(ctx: Context, rules: Judgements, word: Token) -> Found | None:
    """ "Mexico said the United States had no right to interfere", "Beijing says London has no
    right to lecture it": a speaker denying a party the right to what it does censures it."""
    head = word.head
    if word.dep_ != "dobj" or lemma(head) != "have":
        return None
    if not any(c.lower_ == "no" for c in word.children) and not any(
        c.dep_ == "neg" for c in head.children
    ):
        return None
    # the right to an act or to a thing: "no right to interfere", "no right to the islands"
    if not any(c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ == "to") for c in word.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return _reported(ctx, rules, head, subjects, '"no right to"')


def _reported(
    ctx: Context, rules: Judgements, clause: Token, judged: list[Token], how: str
) -> Found | None:
    """A judgement clause as a speaker's: the reporting verb governing it (or tagged after it)
    is the voice, its subject the source."""
    speaker = assess(clause, ctx.lex.modality, {}).speaker
    if speaker is None or not judged:
        return None
    source = voiced_by(ctx, speaker)
    target = others([a for t in judged for a in _party(ctx, rules, t)], source)
    if not target and all(t.lower_ in {"this", "it", "that"} for t in judged):
        # '"This is an act of aggression," the ministry said of the Israeli strike': what the
        # speaker said it of is what "this" is
        about = [*prep_objects(speaker, "of"), *prep_objects(speaker, "about")]
        target = [a for t in about for a in _party(ctx, rules, t)]
    return speaker, source, target, how


def _party(ctx: Context, rules: Judgements, tok: Token) -> list[Actor]:
    """Who a judged phrase names: the party itself ("Israel", "Chinese officials"), or the owner
    of a conduct noun ("China's actions", "the Russian strike", "the attack by Y"). Other nouns
    ("the arrest of Y", "Y's suffering") do not say whose conduct is judged."""
    if tok.pos_ == "PRON" and tok.lower_ in {"it", "this", "that"}:
        # "North Korea called it a provocation": the act told just before, its doer's
        before = previous_agent(ctx, tok)
        if before:
            return before
    if ctx.named(tok) or tok.pos_ == "PRON":
        return actors_list(ctx, [tok], 0)
    if (
        lemma(tok) not in rules.conduct
        and lemma(tok) not in ctx.lex.nouns
        and lemma(tok) not in ctx.lex.anaphors
        # "said Chinese vessels had been illegally fishing": ships and aircraft are their state's
        and lemma(tok) not in ctx.lex.words["vehicles"]
    ):
        # an event noun of the lexicon is conduct too ("China's detention of ..."), and so is
        # one that refers back to an act ("called the seizure illegal")
        return []
    owners = _owners(ctx, tok)
    # "the Turkish-Libyan deal": a pair joined by a dash is two owners
    owners.extend(g for o in list(owners) for g in dash_partners(o))
    owners.extend(prep_objects(tok, "by"))
    owners.extend(prep_objects(tok, "between"))  # "the deal between Turkey and Libya"
    if lemma(tok) in rules.pacts:
        owners.extend(prep_objects(tok, "with"))  # "the memorandum with Ethiopia"
    if lemma(tok) in ctx.lex.words["polls"]:
        owners.extend(prep_objects(tok, "in"))  # "the referendum in Crimea"
    for c in tok.children:  # "the sanctions imposed by the United States"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            owners.extend(prep_objects(c, "by"))
    named = actors_list(ctx, owners, 0)
    if named:
        return named
    # a modifier that names no one ("the maritime agreement", "the new sanctions") leaves the
    # noun as definite as a bare one
    if tok.dep_ == "appos" and lemma(tok) in ctx.lex.words["summing"]:
        return _summed_act(ctx, tok)
    if lemma(tok) in ctx.lex.anaphors:
        # "the move violated international law": the act told before; a noun with a phrase of
        # its own that names a party ("the arrest of Belarusian journalists") names its
        # victims there, not its doer ("the seizure of the tanker" names no one)
        phrases = [g for c in tok.children if c.dep_ == "prep" for g in c.children]
        victims = {a.code for a in actors_list(ctx, phrases, 0)}
        if not victims:
            return earlier_act(ctx, tok)[0]
        # unless the act told before befell the same party: "Belarus arrested two Polish
        # journalists. The EU said the arrest of the Polish journalists was unacceptable."
        earlier = refers_to(ctx, tok)
        if earlier is not None and victims & {a.code for a in earlier.target}:
            return list(earlier.source)
        return []
    return []


def _summed_act(ctx: Context, noun: Token) -> list[Actor]:
    """Whose act an appositive summing noun names: the subject of the clause it closes."""
    clause = ctx.doc[clause_head(noun)]
    if clause.pos_ not in VERB_POS:
        return []
    subj, _ = subject_of(ctx, clause)
    return actors_list(ctx, subj, 0)


def _harmful(ctx: Context, rules: Judgements, word: Token) -> bool:
    """What the blame is for is a harm: "behind the attack", "responsible for the deaths", "to
    blame for shelling" (a hostile event word of the lexicon or a word of ``harms``), "for it";
    or nothing is named. "Responsible for the agenda", "behind schedule" blame no one."""
    objs = (
        [c for c in word.children if c.dep_ in {"pobj", "pcomp"}] if word.lower_ == "behind" else []
    )
    # "responsible for", "guilty of", "complicit in", "engaged in"
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _BLAME_PREPS):
        objs.extend(g for g in prep.children if g.dep_ in {"pobj", "pcomp"})
    if word.lower_ == "behind" and not objs:
        return False
    for obj in objs:
        if obj.lower_ in {"nothing", "none"}:
            return False  # "guilty of nothing"
        if obj.pos_ == "PRON" or lemma(obj) in rules.harms:
            return True
        if lemma(obj) in ctx.lex.words["partial_acts"] and any(
            c.dep_ in {"compound", "amod"} and lemma(c) in rules.harms for c in obj.children
        ):
            return True  # "behind the coup attempt", "the bombing plot": the harm it was to be
        lex = ctx.lex.verbs if obj.pos_ in VERB_POS else ctx.lex.nouns
        if any(hostile(ctx.onto, e.event_type, e.cameo) for e in lex.get(lemma(obj), ())):
            return True
    # "five soldiers were involved": taking part in what is not said blames no one
    return not objs and lemma(word) not in {"involve", "engage"}


def _cleared(clause: Token, word: Token) -> bool:
    """The clause denies the judgement: "was not behind", "bore no responsibility"."""
    return any(
        c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in (*clause.children, *word.children)
    )


def _first(verb: Token, deps: Iterable[str]) -> Token | None:
    wanted = set(deps)
    return next((c for c in verb.children if c.dep_ in wanted), None)


# the named-entity labels of a reason phrase that gives a span or a measure, not a reason
_NO_REASON_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# the clauses a measure is asked for or promised in: "called on Y to retaliate", "said it
# would expel ..."
_ASKED_DEPS = frozenset({"xcomp", "ccomp"})


def reasons_accused(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Accusations told by the reason of a measure not yet taken: "Schiff called on Obama to
    retaliate against Russia for interference in the election", "the EU threatened to sanction
    Belarus over the forced landing", "Moscow said it would expel British diplomats for
    spying". The measure is only asked for, threatened or promised, but the wrong it answers
    is told as fact by whoever asks or promises: an accusation of the measure's target, voiced
    by that speaker (else by the measure's doer), with the speaker's own mood. A measure
    taken ("sanctioned Russia for its interference") codes only itself; a refused or
    negated one accuses no one."""
    rules = ctx.lex.judgements
    if rules is None:
        return []
    out: list[Draft] = []
    for d in drafts:
        tok = d.trig.tok
        if d.mood.asserted or d.mood.negated or d.derived or not d.target:
            continue
        if not ctx.onto.in_class("punitive", d.event_type) and lemma(tok) not in rules.punishing:
            continue
        reason = _reason(ctx, rules, d)
        if reason is None:
            continue
        voice = _voice_of_measure(ctx, tok)
        if voice is None:
            continue
        source = others(voiced_by(ctx, voice), d.target) if voice.i != tok.i else []
        source = source or list(d.source)
        target = others(d.target, source)
        entry = rules.blame
        if not source or not target:
            continue
        if any(_same_event(o, entry, source, target) for o in (*drafts, *out)):
            continue
        mood = assess(voice, ctx.lex.modality, {}) if voice.i != tok.i else Mood()
        how = f'"{tok.text} ... {reason.head.text} {reason.text}"'
        mood.reasons.insert(0, f"{entry.event_type}: the wrong a measure answers, {how}")
        ctx.note(tok, f"{how}: {entry.event_type} of {names(target)} by {names(source)}")
        out.append(_voiced(voice, entry, source, target, mood))
    return out


def _reason(ctx: Context, rules: Judgements, d: Draft) -> Token | None:
    """The wrong a measure is aimed at its target for: the object of its "for" or "over" phrase
    (on the trigger, its light verb, or the verb whose object the trigger noun is), a gerund
    ("for spying"), or a country ("over Ukraine": the target's conduct there). Spans of time,
    first occasions, quarrels of both sides ("over a dispute") and wrongs owned by another party
    are none; so is the phrase that holds the measure itself ("called for sanctions")."""
    tok = d.trig.tok
    hosts = [tok, *([d.trig.light] if d.trig.light is not None else [])]
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj":
        hosts.append(tok.head)  # "will seek new sanctions against Iran over its missile tests"
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "over"}:
                continue
            for obj in prep.children:
                if obj.i == tok.i or obj.is_ancestor(tok):
                    continue  # "called for sanctions against Iran": the measure's own phrase
                if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                    return obj  # "for spying", "for interfering in the election"
                if obj.dep_ != "pobj" or obj.ent_type_ in _NO_REASON_ENTS:
                    continue
                if lemma(obj) in rules.reason_not or obj.lower_ in rules.reason_not:
                    continue
                if lemma(obj) in ctx.lex.words["rivalry"]:
                    continue  # "over a dispute": a quarrel of both, no wrong of one
                named = actors_list(ctx, [obj], 0) if ctx.named(obj) else []
                if named:
                    # "sanctioned Russia over Ukraine": over what it does there; "sanctions for
                    # Iran" names the one sanctioned
                    if prep.lower_ == "over" and others(named, d.target):
                        return obj
                    continue
                owners = _owners(ctx, obj)
                owned = actors_list(ctx, [o for o in owners if o.pos_ != "PRON"], 0)
                if owned and not any(same(a, b) for a in owned for b in d.target):
                    continue  # "punish Y for Z's attack": Z's wrong, not Y's
                return obj
    return None


def _voice_of_measure(ctx: Context, tok: Token) -> Token | None:
    """Who asks for or promises a measure: the first verb up from it ("called on Y to retaliate",
    "threatened to sanction", "said it would expel") whose own clause is asserted, through
    clausal complements only; else the measure's own verb when its doer states an intention
    ("the EU will punish Belarus"). A negation on the way ("refused to punish", "did not call
    for") voices nothing."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in VERB_POS or cur.head.i == cur.i:
            break
        cur = cur.head  # "called for sanctions against Iran over ...": the noun's verb
    if cur.pos_ not in VERB_POS:
        return None
    promised = False
    for step in range(4):
        mood = assess(cur, ctx.lex.modality, {})
        if mood.negated:
            return None
        if cur.i != tok.i and mood.asserted:
            return cur
        # "will seek new sanctions against Iran over ...": its doer's own promise, unless a
        # speaker further up tells it
        promised = promised or (not step and mood.future and mood.intent and not mood.hypothetical)
        if cur.dep_ not in _ASKED_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
    return tok if promised else None
