"""Which words of a sentence report an event: one dictionary look-up per token, then the most
specific lexicon entry whose frame (particle, object, preposition, modifier) the parse satisfies.

A noun that restates the verb governing it ("wounded ... in a bomb attack") and a participle that
restates its clause ("attacked the camp, killing 156 people") are folded into that verb's event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from ...syntax import (
    NOUN_POS,
    VERB_POS,
    comma_between,
    conjuncts,
    is_passive,
    is_question,
    is_temporal,
    lemma,
    misread_predicate,
    placed_in_time,
    prep_objects,
    relative_antecedent,
)
from ..lexicon import Entry
from ..modality import definite, is_form, subjunctive
from .state import Context, Trigger, partner_phrase, passing_clause, unique_tokens

__all__ = ["match_noun", "triggers"]

_NOT_EVENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART"}
_PARTICLES = {"off", "up", "down", "out", "over", "back", "in"}
_RELATIVES = {"which", "that", "whom"}
# a plural name whose lemma keeps its "s" ("Accords", "Conventions"; not "Congress", "Corpus")
_NAMED_PLURAL = re.compile(r"[a-z]{3,}[^su]s")
# prepositions through which an event noun borrows its clause's subject ("Kim is in Russia for a
# meeting with Putin")
_AMID = frozenset({"prep:amid", "prep:amidst", "prep:during"})
_CLAUSE_PREPS = {"for", "in", "during", "after", "at", "amid", "following", "before"}
# phrases that set an act beside a stance as its occasion, not its content ("warned of
# consequences after the airstrikes", "vowed revenge over the shelling")
_OCCASION = frozenset(
    f"prep:{w}" for w in ("after", "following", "before", "since", "amid", "despite", "over")
)


def triggers(ctx: Context, sent: Span, candidates: Sequence[int] | None = None) -> list[Trigger]:
    """The sentence's triggers. ``candidates`` are the token indices whose lemma or form is in
    the lexicon (found for the whole document at once by ``code``); None scans every token."""
    lex = ctx.lex
    keys = lex.trigger_lemmas
    forms = lex.forms
    verbs: list[Trigger] = []
    nouns: list[tuple[Token, tuple[Entry, ...]]] = []
    doc = sent.doc
    tokens = sent if candidates is None else (doc[i] for i in candidates)
    for tok in tokens:
        lem = tok.lemma_
        if lem not in keys:
            lem = lem.lower()
            if lem not in keys:
                form = forms.get(tok.lower_)
                if form is None:
                    continue
                lem = form
        if tok.ent_type_ in _NOT_EVENTS:
            continue  # "in March of this year" is no march
        pos = tok.pos_
        if pos in VERB_POS and (
            tok.dep_ not in {"amod", "compound"} or misread_predicate(tok) is not None
        ):
            entries = lex.verbs.get(lem)
            if entries:
                t = _match_verb(ctx, tok, entries)
                if t is not None and not _aimed_measure(ctx, t):
                    verbs.append(t)
        elif pos in NOUN_POS and tok.dep_ != "compound":  # "aid groups" is not aid
            entries = lex.nouns.get(lem)
            if entries:
                nouns.append((tok, entries))
        elif pos == "ADJ":
            entries = lex.adjs.get(lem)
            if entries and any(c.dep_ == "xcomp" for c in tok.children):
                verbs.append(Trigger(tok, entries[0], []))
            elif entries and entries[0].stance and _for_an_act(ctx, tok):
                # "said he is ready for dialogue": a stance on the act its "for" phrase names
                verbs.append(Trigger(tok, entries[0], []))
            elif entries:
                # an adjective with the preposition its entry asks for: "critical of NATO"
                own = {c.lower_ for c in tok.children if c.dep_ == "prep"}
                held = _phrase_objects((c for c in tok.children if c.dep_ == "prep"), deps=_POBJ)
                for e in entries:
                    if e.preps and e.preps & own and (not e.pobjs or e.pobjs & held):
                        verbs.append(Trigger(tok, e, []))
                        break
    if not verbs and not nouns:
        return []
    by_verb = {t.tok.i: t for t in verbs}
    # "attacked the camp, killing 156 people": a participle restating its clause's event, and
    # one coordinated with it ("killing two people and injuring 19 others")
    folded: set[int] = set()
    for t in list(verbs):
        host = by_verb.get(t.tok.head.i)
        if (
            host is not None
            and host is not t
            and (t.tok.dep_ == "advcl" or (t.tok.dep_ == "conj" and t.tok.head.i in folded))
            and t.tok.tag_ == "VBG"
            and host.entry.event_type == t.entry.event_type
            and not any(c.dep_ in {"nsubj", "mark"} for c in t.tok.children)
            and not _adds_a_party(ctx, t, host)
            and not (
                host.entry.need_target
                and _aims_at_a_party(ctx, t.tok)
                and not _aims_at_a_party(ctx, host.tok)
            )
        ):
            verbs.remove(t)
            host.absorbed.append(t.tok)
            folded.add(t.tok.i)
            by_verb[t.tok.i] = host  # what restates the participle restates its host too
            ctx.note(host.tok, f'"{t.tok.text}" restates "{host.tok.text}": folded into one event')
    taken = {o.i for t in verbs for o in t.objects}
    # a warning, call or demand that is ignored or rejected was made: "ignored warnings from
    # North Korea" is a rejection and the warning it rejects
    defied = {o.i for t in verbs if is_form(t.tok, ctx.lex.words["defying"]) for o in t.objects}
    found = list(verbs)
    for tok, entries in nouns:
        if tok.i in taken and not (
            tok.i in defied and any(e.stance in {"request", "threat"} for e in entries)
        ):
            continue
        t = match_noun(ctx, tok, entries)
        if t is None:
            continue
        if _absorb(ctx, t, by_verb):
            continue
        found.append(t)
    found.sort(key=lambda t: t.tok.i)
    return found


def _for_an_act(ctx: Context, adj: Token) -> bool:
    """``adj`` has a "for" phrase naming an act of the lexicon ("ready for talks")."""
    return any(
        lemma(g) in ctx.lex.nouns
        for c in adj.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _adds_a_party(ctx: Context, participle: Trigger, host: Trigger) -> bool:
    """ "Egypt called for a halt to the violence, urging Israel to show restraint": a participle
    of words whose object names a party its active host has no object for tells whom the
    appeal was made to, so it is coded on its own rather than folded into the host. (A
    participle of force restates its act, whatever it names: "rockets were fired, striking the
    West Bank".)"""
    verb = host.tok
    if ctx.onto.in_class("violent", host.entry.event_type) or is_passive(verb):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    # "withdrew from the accord, reimposing sanctions on Iran": the party may be named in the
    # object's own phrase
    return any(
        c.dep_ == "dobj"
        and (
            ctx.named(c) or any(ctx.named(g) for w in ("on", "against") for g in prep_objects(c, w))
        )
        for c in participle.tok.children
    )


def _aims_at_a_party(ctx: Context, verb: Token) -> bool:
    """The verb names a party it is aimed at, as its object or in a phrase of it or of its
    object: "began an operation, launching missiles at South Korean bases" (a host whose entry
    needs a target and names none keeps such a participle as an event of its own)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(ctx.named(h) for h in heads[1:]) or any(
        ctx.named(g) or any(ctx.named(m) for m in g.children if m.dep_ in {"amod", "compound"})
        for h in heads
        for w in ("at", "on", "against", "into")
        for g in prep_objects(h, w)
    )


def _objects(ctx: Context, verb: Token) -> list[Token]:
    """Direct objects, a passive subject, and the object of "with" ("provide X with Y")."""
    out: list[Token] = []
    misread = misread_predicate(verb)
    if misread is not None:
        out.append(misread)
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # (a first object that is a name is a recipient or is described again after the comma:
    # "gave Israel, its ally, weapons", "will boycott Durban III, the UN summit on racism")
    stray = None if first is None or first.pos_ != "NOUN" or ctx.named(first) else first
    for c in verb.children:
        if (
            c.dep_ == "dobj"
            and stray is not None
            and c.i > stray.i
            and comma_between(c.doc, stray.right_edge.i, c.left_edge.i)
        ):
            # "gives the first address of his tenure ..., proposed increased funding for the
            # barrier": a second object after a comma, the first naming no party, is a phrase
            # the parser misplaced
            continue
        if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}:
            out.extend(conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ in {"with", "to", "on", "upon", "into", "of", "for"}:
            if c.lower_ == "for" and is_form(verb, ctx.lex.words["travel"]):
                continue  # "leaves for Moscow for talks": where and why one goes, no object
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "prt":
            # "cuts off Ethiopia, Guinea and Mali from the programme", the object hung on the
            # particle
            out.extend(x for g in c.children if g.dep_ == "pobj" for x in conjuncts(g))
        elif (
            c.dep_ in {"ccomp", "xcomp"}
            and lemma(c) == "use"
            and is_form(verb, ctx.lex.words["permitting"])
        ):
            # "permits the United States to use its air bases": what another is let use
            out.extend(g for d in c.children if d.dep_ == "dobj" for g in conjuncts(d))
        elif (
            c.dep_ in {"ccomp", "xcomp"}
            and is_form(verb, ctx.lex.words["permitting"])
            and not any(d.dep_ == "dobj" for d in verb.children)
        ):
            # "allowed Ukrainian investigators to examine the wreckage", "let aid trucks enter
            # Gaza", parsed with the ones let in as the subject of the clause: whom or what one
            # lets do something is the verb's object
            out.extend(g for d in c.children if d.dep_ == "nsubj" for g in conjuncts(d))
        elif c.dep_ == "ccomp":
            # "Israel recalls its ambassador from South Africa after X called ...", parsed as
            # "recalls (that) its ambassador ... called": the possessed noun just after the verb
            # is its object (an entry of the verb must still want it)
            out.extend(
                g
                for g in c.children
                if g.dep_ == "nsubj"
                and g.left_edge.i == verb.i + 1
                and g.pos_ in NOUN_POS
                and any(p.dep_ == "poss" for p in g.children)
            )
    # "dispatched planes carrying medical equipment": what the object carries is sent too
    for o in list(out):
        for c in o.children:
            if c.dep_ == "acl" and lemma(c) in ctx.lex.words["carrying"]:
                out.extend(g for g in c.children if g.dep_ == "dobj")
    return out


def _lower(tok: Token) -> str:
    return tok.lower_


def _two_word_pobjs(heads: Sequence[Token]) -> set[str]:
    """The objects of the heads' prepositions with a modifier, as "modifier head" by lemma and by
    form ("entity list", "missile system"), for two-word ``pobj`` constraints."""
    return {
        f"{form(m)} {form(g)}"
        for p in heads
        for c in p.children
        if c.dep_ in {"prep", "dative"}
        for g in c.children
        if g.dep_ == "pobj"
        for m in g.children
        if m.dep_ in {"compound", "amod", "nmod"}
        for form in (lemma, _lower)
    }


def _words(tok: Token, bundles: frozenset[str], titles: frozenset[str]) -> dict[str, int]:
    """Lemma, lower-case text and "modifier head" pairs of a token, for object and modifier
    constraints ("joint exercise", "martial law"), each with the number of words it counts
    as."""
    lem = lemma(tok)
    words = {lem, tok.lower_}
    if tok.pos_ == "PROPN":
        # a named person is what the title before the name says: "expelled US Ambassador John
        # Sullivan" expels an ambassador, "acting New Zealand High Commissioner Caroline
        # McDonald" a high commissioner (``words.person_titles``)
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i and lemma(c) in titles:
                words.add(lemma(c))
                if c.i > 0 and tok.doc[c.i - 1].head.i == tok.i:
                    words.add(f"{tok.doc[c.i - 1].lower_} {lemma(c)}")
    if tok.pos_ == "PROPN" and _NAMED_PLURAL.fullmatch(lem):
        # a name's plural keeps its "s" as a lemma ("the Abraham Accords", "the Geneva
        # Conventions"): what it names is still an accord, a convention
        words.add(lem[:-1])
    bundle = lem in bundles
    held: set[str] = set()
    # "radar and air defense systems": a modifier's conjuncts modify the head too, with their
    # own modifiers ("air defense system")
    modifiers = [
        m
        for c in tok.children
        if c.dep_ in {"amod", "compound", "nmod"}
        for m in (c, *(x for x in c.conjuncts if x.i < tok.i))
    ]
    for c in modifiers:
        if c.dep_ in {"amod", "compound", "nmod", "conj"}:
            words.add(f"{lemma(c)} {lem}")
            words.add(f"{c.lower_} {tok.lower_}")
            words.update(
                f"{g.lower_} {c.lower_} {tok.lower_}"
                for g in c.children
                if g.dep_ in {"compound", "amod"} and c.dep_ == "conj"
            )
            if bundle and c.dep_ in {"compound", "nmod"}:
                # "an aid package", "a sanctions package": what the bundle holds
                held.update((lemma(c), c.lower_))
    # "state of emergency", "persona non grata"; a sum in what it pays for: "$700 million in aid"
    preps = {"of", "in"} if tok.pos_ == "NUM" or tok.ent_type_ == "MONEY" else {"of"}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # its form too: the small model lemmatises "doses" as "dos"
                words.update((lemma(g), g.lower_))
                # "a team of medical experts": the kind named inside the "of" phrase
                words.update(
                    f"{lemma(m)} {lemma(g)}"
                    for m in g.children
                    if m.dep_ in {"amod", "compound", "nmod"}
                )
    if tok.pos_ == "PROPN":
        # a person named with the role that matters: "expelled Canadian diplomat Jane Roe",
        # "expelled Ivan Petrov, Russia's top envoy"
        for c in tok.children:
            if (c.dep_ == "compound" and c.pos_ == "NOUN") or (
                c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}
            ):
                words.update((lemma(c), c.lower_))
    # a bundle's content counts as the two words it stands for ("sanctions package"), so an
    # entry naming it beats one naming the bundle alone ("unveiled a package" is aid)
    out = {w: w.count(" ") + 1 for w in words}
    out.update((w, 2) for w in held if w not in words)
    return out


def _match_verb(ctx: Context, tok: Token, entries: tuple[Entry, ...]) -> Trigger | None:
    if (
        lemma(tok) in ctx.lex.words["ergative"]
        and not any(
            c.dep_ in {"dobj", "nsubjpass", "auxpass", "xcomp", "ccomp"} for c in tok.children
        )
        and not (tok.dep_ == "acl" and tok.tag_ == "VBN")
    ):
        # "the rocket burned up in the atmosphere", "a ship sank": with no object these verbs
        # tell what befell their subject, which did nothing to anyone
        return None
    if (
        lemma(tok) in ctx.lex.words["enclosing"]
        and tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and not ctx.named(tok.head)
        and lemma(tok.head) not in ctx.lex.words["forces"]
    ):
        # "the region surrounding Marseilles": where a thing lies, not a siege
        return None
    if lemma(tok) in ctx.lex.words["passive_sense"] and is_passive(tok):
        # "Rezai is wanted by Argentina": a suspect sought, not a wish
        return None
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    # "hit back at", "lashed out at" with the particle parsed as an adverb: it still selects
    # the entries that name it, but does not stop the bare verb's ("fought back" is fighting)
    adverb_prts = {
        c.lower_
        for c in tok.children
        if c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in _PARTICLES
    }
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.dep_ == "quantmod" and after.lower_ in _PARTICLES:
        adverb_prts.add(after.lower_)  # "handed over 32 prisoners", read as "over 32"
    preps = {
        c.lower_
        for c in tok.children
        if c.dep_ in {"prep", "agent", "dative"} and not is_temporal(c)
    }
    # "called for Israel to halt ...", parsed with "for" marking a clause: the verb's "for"
    preps.update(
        m.lower_
        for c in tok.children
        if c.dep_ == "advcl"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    )
    objects = _objects(ctx, tok)
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in NOUN_POS
        and not (is_form(tok, ctx.lex.light_verbs) and lemma(tok.head) in ctx.lex.nouns)
    ):
        # a passive participle on a noun acts on it: "a rocket launched from Gaza at the
        # town", "the tanker seized by Iran"; but "an attack conducted by the US" is the
        # noun's own event, told by the noun
        objects.extend(conjuncts(tok.head))
        outer = tok.head.head.head if tok.head.dep_ == "pobj" else None
        if (
            outer is not None
            and tok.head.head.dep_ == "prep"
            and outer.pos_ in NOUN_POS
            and not (is_form(tok, ctx.lex.light_verbs) and lemma(outer) in ctx.lex.nouns)
        ):
            # or on the noun whose phrase it ends: "the price cap on Russian oil imposed by
            # the G7", where the parser hangs the participle on the nearer noun
            objects.extend(conjuncts(outer))
    if (
        tok.dep_ == "relcl"
        and any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _RELATIVES for c in tok.children)
        and not (is_form(tok, ctx.lex.light_verbs) and lemma(tok.head) in ctx.lex.nouns)
    ):
        # a relative clause acts on the noun its pronoun stands for: "the deal, which was
        # signed by Russia and Ukraine", "the sanctions that the EU imposed"
        objects.extend(conjuncts(relative_antecedent(tok)))
    # "called off a strike" parsed with "off" as a preposition: a particle and its object,
    # when an entry of this verb wants that particle ("arrived in Beijing" has no particle)
    wanted = {p for e in entries for p in e.particle}
    for c in tok.children:
        # "pulled its troops out of Syria": "out of" read as two prepositions is the particle
        # and its phrase wherever it stands
        out_of = c.lower_ == "out" and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children
        )
        if (
            c.dep_ == "prep"
            and c.lower_ in wanted
            and c.lower_ in _PARTICLES
            and (c.i == tok.i + 1 or out_of)
        ):
            prts.add(c.lower_)
            objects.extend(g for g in c.children if g.dep_ == "pobj")
    obj_words: dict[str, Token] = {}
    weight: dict[str, int] = {}
    for o in objects:
        for w, n in _words(o, ctx.lex.words["bundles"], ctx.lex.words["person_titles"]).items():
            obj_words.setdefault(w, o)
            weight[w] = max(weight.get(w, 0), n)
    pobjs = _phrase_objects(c for c in tok.children if c.dep_ in {"prep", "dative"})
    # where the act took place excludes no entry: "struck a warship in the Black Sea" is an
    # attack, though "struck the sea" or "crashed into the sea" is none (taken out of ``pobjs``,
    # which gains the object's own phrases below: "ending its participation in the war")
    placed = _phrase_objects(
        c for c in tok.children if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS
    ) - _phrase_objects(
        c for c in tok.children if c.dep_ == "prep" and c.lower_ not in _SCENE_PREPS
    )
    # the verb of a governed clause, for entries that rule it out ("declined to comment"), and
    # the object of a gerund in a phrase ("retaliated by imposing sanctions")
    governed = {lemma(c) for c in tok.children if c.dep_ in {"xcomp", "ccomp"}}
    governed.update(
        lemma(o)
        for c in tok.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pcomp"
        for o in g.children
        if o.dep_ == "dobj"
    )
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS:
        # "a statement released by the minister": the noun a participle acts on rules entries
        # out as an object would, also where it tells its own event
        governed.add(lemma(tok.head))
    pobjs |= _phrase_objects(
        (c for o in objects for c in o.children if c.dep_ == "prep"), deps=_POBJ
    )
    # "added the firms to its entity list": a two-word object of a preposition
    pobjs.update(_two_word_pobjs((tok, *objects)))
    # an excluded word names no party: "joined a union" is no diplomacy, "joined the African
    # Union" is, its head word being part of an organisation's name
    unnamed_words = {
        w for w, o in obj_words.items() if not any(m.head == o.i for m in ctx.named(o))
    }
    # the verb's own object names its event before a preposition's object does: "opened fire
    # on a checkpoint" is firing, not opening a checkpoint
    direct = {o.i for o in objects if o.dep_ != "pobj"}
    jointly = ctx.lex.words["jointly"]
    # an object predicate: the verb names its object ("called Hu the most respected guest")
    naming = any(c.dep_ == "oprd" and c.pos_ == "NOUN" for c in tok.children)
    best: Trigger | None = None
    best_score = -1
    best_direct = False
    rest: list[tuple[int, Trigger]] = []  # the others that fit, while the best needs a target
    for e in entries:  # most specific first
        if best is not None and e.specificity * 10 + 9 <= best_score and not best.entry.need_target:
            break
        if e.particle:
            if not (e.particle & (prts | adverb_prts)):
                continue
        elif prts - {"up"} and not e.objects:
            continue  # "call off" is not "call"
        if e.preps and not (e.preps & preps):
            continue
        matched: list[Token] = []
        words = 0
        if e.objects:
            hits = e.objects & obj_words.keys()
            if not hits:
                continue
            matched = unique_tokens(obj_words[w] for w in hits)
            words = max(weight[w] for w in hits)
        if e.pobjs and not (e.pobjs & pobjs):
            continue
        if e.exclude and (e.exclude & (unnamed_words | (pobjs - placed) | governed)):
            continue
        if naming and e.mode == "phone":
            continue  # "called Hu the most respected guest": a name given, no call made
        if e.cues and not (
            _cued(tok, e.cues)
            or (e.cues & jointly and (_co_agents(ctx, tok) or _joint_object(objects)))
        ):
            continue
        if e.need_complement and not _complemented(ctx, tok):
            # "troops pushed into Gaza" asks nothing of anyone; "asked whether Russia would
            # help" asks a question, not for an act
            continue
        if e.stance == "request" and _reports(ctx, tok):
            continue
        # among equally specific entries the longer object wins: "peacekeeping force" over
        # "force"
        score = e.specificity * 10 + min(words, 9)
        on_direct = any(m.i in direct for m in matched)
        fit = Trigger(tok, e, matched)
        if score > best_score or (score == best_score and on_direct and not best_direct):
            if best is not None:
                rest.append((best_score, best))
            best, best_score, best_direct = fit, score, on_direct
        else:
            rest.append((score, fit))
    if best is not None and best.entry.need_target:
        # "bans airlines and imports of goods from the EU": should the airlines name no one,
        # the imports' entry may find the party the ban is aimed at
        rest.sort(key=lambda pair: -pair[0])
        best.runners_up = [fit for _, fit in rest]
    return best


def _complemented(ctx: Context, tok: Token) -> bool:
    """Does the verb say what is asked or pressed for? A clause ("asked Japan to help", "asked
    whether" being a question, not a request), a "for" phrase, an act named by an event noun as
    the object ("requested the withdrawal of French troops"), or an object's infinitive that the
    parser hung on the verb as a clause of purpose ("petitioned the United Nations to
    investigate")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma(tok) in ctx.lex.words["relying"]:
        # "relies on China to press Pyongyang": the party relied on is the object
        objects += [g for w in ("on", "upon") for g in prep_objects(tok, w)]
    # "told Belarus to free prisoners" asks; "told reporters that ..." only tells
    clauses = {"xcomp"} if lemma(tok) in ctx.lex.words["instructing"] else {"xcomp", "ccomp"}
    for c in tok.children:
        if c.dep_ in clauses and not is_question(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and lemma(tok) not in ctx.lex.words["relying"]:
            return True
        if (
            c.dep_ == "advcl"
            and objects
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            and not any(g.dep_ == "mark" for g in c.children)
        ):
            return True
    return lemma(tok) in ctx.lex.words["asking"] and any(
        o.pos_ == "NOUN" and lemma(o) in ctx.lex.nouns for o in objects
    )


_POBJ = frozenset({"pobj"})


# prepositions of the place an act happened in, whose objects name no participant
_SCENE_PREPS = frozenset({"in", "near", "off", "across", "along", "around"})


def _phrase_objects(
    preps: Iterable[Token], deps: frozenset[str] = frozenset({"pobj", "pcomp"})
) -> set[str]:
    """Lemmas of what the prepositions ``preps`` govern: the words an entry's ``pobj`` asks for."""
    return {lemma(g) for c in preps for g in c.children if g.dep_ in deps}


# prepositions that a support verb may carry for its noun ("made incursions into", "held a call
# with"); not those of time or place ("delivers a speech at the session before the summit")
_PARTNER_PREPS = frozenset({"into", "with", "to", "against", "between"})


def match_noun(ctx: Context, tok: Token, entries: tuple[Entry, ...]) -> Trigger | None:
    """The first entry of an event noun whose modifier, preposition, prepositional-object and
    cue constraints its phrase satisfies, with the verb the noun hangs from."""
    mods = set()
    for c in tok.children:
        if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
            mods.add(lemma(c))
            mods.add(c.lower_)
            for g in c.children:  # "air-to-ground", "free-trade"
                if g.dep_ in {"compound", "amod"}:
                    mods.add(f"{g.lower_}{c.lower_}")
    pobjs = _phrase_objects(c for c in tok.children if c.dep_ == "prep")
    # "a delivery of anti-tank missile systems": the kind named with its modifier
    pobjs.update(_two_word_pobjs((tok,)))
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.dep_ == "dobj" and lemma(tok.head) in ctx.lex.light_verbs:
        # "made submarine incursions into Swedish waters": the parser hangs the noun's phrase
        # on its support verb
        after = [
            c
            for c in tok.head.children
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in _PARTNER_PREPS
        ]
        preps |= {c.lower_ for c in after}
        pobjs |= _phrase_objects(after)
    # "Britain's Joint Intelligence Committee", "the Joint Chiefs of Staff": a capitalised
    # modifier and noun inside the sentence make a name, not a joint undertaking
    titled = {
        lemma(c)
        for c in tok.children
        if c.dep_ in {"compound", "amod", "nmod"} and c.is_title and c.i != c.sent.start
    }
    named = tok.is_title and tok.i != tok.sent.start
    for e in entries:
        if e.mods and not (e.mods & mods):
            continue
        if e.mods and named and e.mods & mods <= titled and not _headline_case(tok.sent):
            continue
        if e.pobjs and not (e.pobjs & pobjs):
            continue
        if e.preps and not (e.preps & preps):
            continue
        if e.exclude and (e.exclude & (mods | pobjs)):
            continue
        if e.cues and not _cued(tok, e.cues):
            continue
        if e.need_circumstance and passing_clause(ctx, tok) is None:
            continue
        t = Trigger(tok, e, [])
        _light(ctx, t)
        if _in_force(ctx, t):
            return None
        return t
    return None


def _headline_case(sent: Span) -> bool:
    """A sentence whose words are mostly capitalised ("Russia And China Begin Joint Drills"),
    where capitals say nothing of names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and t.pos_ != "PROPN"]
    return len(words) > 1 and sum(t.is_title for t in words) > 0.5 * len(words)


def _in_force(ctx: Context, t: Trigger) -> bool:
    """An event noun named as a rule in force that someone breaks or lives under: "trying to
    break US sanctions against Iran", "a country under sanctions" tell of no new act."""
    if t.light is not None and t.light_relation == "object":
        return lemma(t.light) in ctx.lex.words["breaching"]
    node = t.tok
    while node.dep_ == "conj" and node.head.pos_ in NOUN_POS:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "under" and t.entry.event_type == "SANCTION"


def _reports(ctx: Context, verb: Token) -> bool:
    """A verb that demands only in the subjunctive or with "on" (``words.mandative``) reporting
    a fact: "insisted that Russia had withdrawn" claims; "insisted that Russia withdraw" and
    "insisted on a withdrawal" demand."""
    if not is_form(verb, ctx.lex.words["mandative"]):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(subjunctive(c) for c in clauses)


def _co_agents(ctx: Context, verb: Token) -> bool:
    """A thing made by parties named together: "the telescope was built by the United States,
    Europe and Canada", "a vaccine developed by Britain and Sweden". Several makers of one thing
    made it jointly, as if the sentence said so. Not when what is "made" is an actor ("rebels
    funded by Iran and Syria" is aid to them), nor for an active subject of several parties
    ("Russia and China produce oil" is each on its own)."""
    if not is_form(verb, ctx.lex.words["making"]):
        return False  # "investigated by a Swiss judge and Spanish prosecutors": two inquiries
    made = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ in {"acl", "relcl"}:
        made = [verb.head]
    # (a person no one codes is no actor: "the James Webb Space Telescope", which the parser's
    # entities may take for a person; "the rebels" are actors though the text names no state)
    mentioned = (
        [*ctx.by_head.get(m.i, ()), *([ctx.by_token[m.i]] if m.i in ctx.by_token else [])]
        for m in made
    )
    if any(x.actor.code or x.actor.kind != "person" for found in mentioned for x in found):
        return False
    makers = prep_objects(verb, "by")
    # "designed by engineers from Italy, Brazil and Argentina", "operated by the space agencies
    # of the United States, Russia and Japan": the list in the makers' own phrase
    makers += [p for g in makers for w in ("of", "from") for p in prep_objects(g, w)]
    return any(any(x.dep_ == "conj" for x in g.children) for g in makers)


def _joint_object(objects: list[Token]) -> bool:
    """What the verb makes is said to be joint: "Russia and China launched a joint lunar research
    station", "set up a joint venture with Toyota" (as if they had done it jointly); the parser
    may hang "joint" on the first noun of a compound ("their joint gas pipeline")."""
    mods = [
        m
        for o in objects
        if o.dep_ != "pobj"
        for c in o.children
        for m in (c, *(g for g in c.children if c.dep_ == "compound"))
    ]
    return any(m.dep_ == "amod" and m.lower_ == "joint" for m in mods)


def _clash_with_another(t: Trigger, noun: Token) -> bool:
    """A joint event noun "amid" or "during" which its clause happens, with a "with" party
    ("amid clashes with Hezbollah"): the clause's subject is its other side."""
    return t.entry.mutual and t.light_relation in _AMID and bool(prep_objects(noun, "with"))


def _aimed_measure(ctx: Context, t: Trigger) -> bool:
    """ "announced several measures targeting Pakistan", "sanctions aimed at Iran": a verb of
    force that only says whom a measure is aimed at is no attack."""
    tok = t.tok
    words = ctx.lex.words
    if tok.dep_ not in {"acl", "relcl"} or lemma(tok) not in words["aiming"]:
        return False
    if not ctx.onto.in_class("violent", t.entry.event_type):
        return False
    return lemma(tok.head) in words["summing"] | words["instruments"] | words["penalties"]


def _cued(tok: Token, cues: frozenset[str]) -> bool:
    """Does the trigger's sentence hold one of the entry's cue words (by lemma, form or
    prefix: "anti-war" has the cue "anti")?"""
    for w in tok.sent:
        if w.i == tok.i:
            continue
        low = w.lower_
        if low in cues or w.lemma_.lower() in cues or low.split("-", 1)[0] in cues:
            return True
    return False


def _answer_hung_on_act(ctx: Context, node: Token) -> Token | None:
    """The verb of answering whose "with" phrase the parser hung on the act answered, in its
    "to" or "for" phrase ("responded to the attack with airstrikes", "retaliated for the
    shelling with missile strikes")."""
    prep = node.head
    act = prep.head
    if node.dep_ != "pobj" or prep.lower_ != "with" or act.dep_ != "pobj":
        return None
    verb = act.head.head
    if act.head.lower_ not in {"to", "for"} or not is_form(verb, ctx.lex.words["answering"]):
        return None
    return verb


def _light(ctx: Context, t: Trigger) -> None:
    """The verb an event noun hangs from, and whether the noun borrows its subject."""
    tok = t.tok
    node = tok
    partitive = ctx.lex.words["partitive"]
    while True:
        if node.dep_ == "conj" and node.head.pos_ in NOUN_POS:
            node = node.head
        elif node.dep_ == "appos" and node.head.pos_ in NOUN_POS and node.head.dep_ == "dobj":
            # "announced Operation Swift Sword, an offensive against India": the appositive
            # renames the verb's object
            node = node.head
        elif (
            # "held a second round of talks", "after two days of fighting": the noun of
            # quantity stands in the noun's place in the clause
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.pos_ in NOUN_POS
            and lemma(node.head.head) in partitive
        ):
            node = node.head.head
        else:
            break
    dep = node.dep_
    head = node.head
    span_verb = _span_verb(head) if dep == "pobj" else None
    answerer = _answer_hung_on_act(ctx, node)
    if answerer is not None:
        # "Russia responded to the Ukrainian attack with airstrikes", the "with" phrase hung on
        # the act answered: the answer given is still the answerer's act
        t.light, t.light_relation = answerer, "prep:with"
        t.inherit_subject = True
    elif span_verb is not None:
        # "agreed to halt its offensive for five days after talks with Pence": a phrase of time
        # hung on a span of time is its verb's, and the verb's subject takes part in the meeting
        t.light, t.light_relation = span_verb, f"prep:{head.lower_}"
        t.inherit_subject = not ctx.onto.in_class("violent", t.entry.event_type)
    elif (
        dep in {"dobj", "nsubjpass"}
        and head.pos_ in VERB_POS
        and is_form(head, ctx.lex.words["defying"])
        and t.entry.stance in {"request", "threat"}
    ):
        # "the demands of France were rejected by Seoul": the one rejecting a demand is the
        # one it was made of, so no phrase of the rejecting verb is the demand's
        t.light, t.light_relation = None, ""
    elif dep in {"dobj", "attr", "oprd", "dative", "nsubjpass"} and head.pos_ in VERB_POS:
        t.light, t.light_relation = head, "object"
        t.inherit_subject = is_form(head, ctx.lex.light_verbs) and not (
            # "would not accept the ban", "accepted the invitation": what is accepted is
            # someone else's; only "accepted an invitation to ..." in the bare sense of
            # taking one up stays the subject's (an indefinite noun)
            is_form(head, ctx.lex.words["submitting"]) and definite(node)
        )
        if lemma(head) == "claim" and ctx.onto.in_class("violent", t.entry.event_type):
            # "the Houthis claimed the attack", "the bombing was claimed by the Islamic State":
            # an attack claimed is the claimant's own
            t.inherit_subject = True
    elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
        t.light, t.light_relation = head.head, f"prep:{head.lower_}"
        # "Kim is in Russia for a meeting": the subject takes part; but "a tanker explodes in
        # an attack", "soldiers were wounded in a raid": the subject is the victim
        t.inherit_subject = (
            head.lower_ in _CLAUSE_PREPS
            # "is on a visit to China", but not "went to hospital on a visit"
            # ("embarked on a tour of the Middle East", a tour's "of" phrase its "to")
            or (
                head.lower_ == "on"
                and t.entry.mode == "visit"
                and bool(
                    prep_objects(node, "of" if lemma(node) in ctx.lex.words["touring"] else "to")
                )
            )
        ) and not ctx.onto.in_class("violent", t.entry.event_type)
        if _clash_with_another(t, node) and not is_passive(head.head):
            # "Israel began evacuating border towns amid clashes with Hezbollah": the subject
            # of a clause set in a clash with another is its other side
            t.inherit_subject = True
        if head.lower_ == "under" and t.entry.event_type == "AGREE":
            # "under the agreement reached with Mexico, the United States will drop ...": whoever
            # acts under a pact is a party to it
            t.inherit_subject = True
        if head.lower_ == "with" and is_form(head.head, ctx.lex.words["answering"]):
            # "China responded with a tariff on American goods", "hit back with sanctions":
            # the answer given is the answerer's act
            t.inherit_subject = True
    elif _claimed(ctx, node) is not None:
        # "Fatah Hawks claimed responsibility for an attack": the claimant did it
        t.light, t.light_relation = _claimed(ctx, node), "object"
        t.inherit_subject = True
    elif (
        dep == "pobj"
        and head.lower_ == "in"
        and lemma(node) in ctx.lex.words["partnering"]
        and head.head.dep_ in {"dobj", "nsubjpass"}
        and head.head.head.pos_ in VERB_POS
    ):
        # "carried out the raid in coordination with Iraqi forces", the partner phrase hung on
        # the verb's object: whoever does the verb's act works with the partner
        t.light, t.light_relation = head.head.head, "prep:in"
        t.inherit_subject = True
    elif (
        dep == "pobj"
        and head.lower_ in {"including", "like"}
        and head.head.dep_ in {"dobj", "nsubjpass"}
        and head.head.head.pos_ in VERB_POS
    ):
        # "announced new tariffs, including a 35% tariff on Canada": a member of the object's
        # list is an object of the verb as well
        verb = head.head.head
        t.light, t.light_relation = verb, "object"
        t.inherit_subject = is_form(verb, ctx.lex.light_verbs)
    elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in NOUN_POS:
        # "a request for talks": not a clause of its own
        t.light, t.light_relation = None, ""


# nouns of a span of time, on which the parser may hang the next phrase of time
_SPANS = frozenset({"day", "week", "month", "year", "hour", "minute", "time", "period"})
_TIME_PREPS = frozenset({"after", "before", "following", "during", "amid"})


def _span_verb(prep: Token) -> Token | None:
    """The verb a time preposition belongs to when the parser hung it on a span of time ("for
    five days after talks", "two weeks after the summit"), or None."""
    if prep.lower_ not in _TIME_PREPS or prep.head.pos_ not in NOUN_POS:
        return None
    span = prep.head
    if lemma(span) not in _SPANS:
        return None
    up = span.head
    if span.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ in VERB_POS:
        return up.head
    if span.dep_ == "npadvmod" and up.pos_ in VERB_POS:
        return up
    return None


def _claimed(ctx: Context, node: Token) -> Token | None:
    """The verb of "claimed responsibility for <node>", or None."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) != "responsibility":
        return None
    verb = prep.head.head
    if (
        prep.head.dep_ == "dobj"
        and verb.pos_ in VERB_POS
        and lemma(verb) in ctx.lex.words["claiming"]
    ):
        return verb
    return None


def _absorb(ctx: Context, t: Trigger, by_verb: dict[int, Trigger]) -> bool:
    """A noun that restates the verb governing it ("wounded ... in a bomb attack", "a bombing
    killed ...") is folded into the verb's event, lending it its mode."""
    tok = t.tok
    host = t.light
    if host is None and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in VERB_POS:
        host = tok.head
    if host is None:
        return False
    v = by_verb.get(host.i)
    if v is None:
        return False
    if v.entry.stance in {"intent", "threat", "refusal"}:
        # "refused talks": the refuser's own talks; "rejected the sanctions": someone else's;
        # "warned Washington against arms sales to Taipei", "warned against any attack on its
        # nuclear sites": what is warned against is someone else's doing
        t.inherit_subject = (
            not (
                v.entry.stance == "refusal"
                and definite(tok)
                and is_form(v.tok, ctx.lex.modality.object_attitude)
            )
            and t.light_relation != "prep:against"
            and (t.inherit_subject or t.light_relation not in _OCCASION)
        )
        return False
    if v.entry.stance == "request" and t.inherit_subject:
        # "ordered the arrest of two nationals", "authorised the strike": the one who orders
        # it through a support verb does it
        return False
    if partner_phrase(ctx, tok):
        # "arrested ten suspects in cooperation with French police": the one arresting is the
        # one cooperating, whatever the verb's own event
        return False
    if t.light_relation == "prep:with" and any(
        ctx.named(g) for w in ("from", "of", "by") for g in prep_objects(tok, w)
    ):
        # "the coast guard, with help from Frontex, rescued 80 migrants": help with a giver of
        # its own is the giver's act, not the verb's told again
        return False
    if v.entry.event_type != t.entry.event_type:
        # "wounded in an attack": the subject is no party to another kind of event; but one
        # "on a visit to Dhaka" or "during talks with Erdogan" takes part in the meeting
        # whatever else its verb tells it doing ("praised", "criticised"), as troops that
        # "killed 15 militants during a joint operation" took part in it
        t.inherit_subject = t.inherit_subject and (
            ctx.onto.in_class("diplomatic", t.entry.event_type)
            or (t.entry.mutual and bool(t.entry.mods) and t.light_relation == "prep:during")
            or _clash_with_another(t, tok)
            # "the South African Navy hosts a joint exercise with Russia and China": a joint
            # undertaking held, hosted or begun is its holder's, whatever the verb's own event
            or (t.entry.mutual and bool(t.entry.mods) and t.light_relation == "object")
        )
        return False
    if tok.head.lower_ == "at" and ctx.onto.in_class("attended", t.entry.event_type):
        # "spoke at the ASEAN summit": being at a meeting, not restating the verb's own one
        return False
    if placed_in_time(tok.head, during=False) and not (
        # "two border guards were killed following clashes with Yemeni forces": the deaths of
        # a fight told with no doer are that fight's toll, not another event
        t.entry.mutual and is_passive(v.tok) and not any(c.dep_ == "agent" for c in v.tok.children)
    ):
        # "speaking after a meeting with Merkel": another event, earlier or later
        return False
    v.absorbed.append(tok)
    ctx.note(host, f'"{tok.text}" restates "{host.text}": folded into one event')
    return True
