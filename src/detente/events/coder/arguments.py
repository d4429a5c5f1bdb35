"""Who a phrase names, and who does what a verb says: the arguments of a trigger.

``actors_of`` goes from an argument token to the actors the actor stage found, searching the
argument's own noun phrase only (modifiers, possessor, apposition, "of/in/from" phrases), never
elsewhere in the sentence, and sets the sector from the head word ("troops" → MIL). A pronoun is
resolved by the clause it sits in, then by the actor stage's resolver, then by the nearest earlier
actor. ``subject_of`` finds the tokens naming the doer of a verb: the subject, the passive agent,
the controller of an infinitive, the head noun of a relative clause, the owner of "the plan to".
The two call each other, as the English they read nests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor, Event, Mention
from ...syntax import (
    NOUN_POS,
    VERB_POS,
    against_prefixed,
    comma_between,
    conjuncts,
    coordinated_objects,
    hyphened_patron,
    is_participle,
    is_passive,
    is_raised_participle,
    lemma,
    members_named,
    misread_conjunct,
    misread_predicate,
    misread_subjects,
    names_another_party,
    prep_objects,
    relative_antecedent,
    split_for_subject,
)
from ..modality import definite, is_form
from .anaphora import (
    FIRST_PERSON,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    agrees,
    group,
    nearest_before,
    plural,
    refers_to,
)
from .places import as_place
from .state import Context, others, two_parties, unique

__all__ = [
    "NP_PREPS",
    "OBJ_PREPS",
    "actors_list",
    "actors_of",
    "earlier_act",
    "of_members",
    "pronoun",
    "subject_of",
]

_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# phrases inside a noun phrase that still name who the phrase is ("rebels in the Ivory Coast",
# "doctors from two American aid groups", "the government of Sindh province")
NP_PREPS = frozenset({"of", "in", "from", "for", "at", "by", "including"})
# the object's phrase, searched for its recipient: also "sanctions against X", "contact with X",
# "the memorandum between Turkey and Libya"
OBJ_PREPS = NP_PREPS | {
    "with",
    "against",
    "on",
    "to",
    "into",
    "over",
    "toward",
    "towards",
    "between",
}
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}
_WHERE_PREPS = {"in", "at"}
# codes of parties that belong to no state: transnational armed groups and NGOs (and no code)
_STATELESS = {None, "IMG", "NGO"}
# prepositions through which a verb's object does what the gerund says ("accused X of shelling")
_OBJECT_PREPS = {"of", "for", "from", "against", "into", "about", "on", "with", "over"}
# prepositions by which an act names whom it is aimed at ("sanctions on Iran", "lashed out at
# Washington", "retaliated against Estonia")
_AIMED_PREPS = {"on", "upon", "against", "at"}
# sectors of a state's own servants and means, which a foreign party's hostile act may harm
_STATE_SECTORS = {"GOV", "MIL", "DIP", "SPY", "COP", "JUD"}


def actors_of(
    ctx: Context,
    tok: Token,
    *,
    expand: bool = True,
    depth: int = 0,
    preps: frozenset[str] = NP_PREPS,
    judged: bool = False,
) -> tuple[list[Actor], str]:
    """The actors the phrase headed by ``tok`` names, and how they were found. ``preps`` are
    the prepositional phrases searched inside it; ``expand`` adds its conjuncts' actors;
    ``judged``: the phrase is what a judgement is aimed at, so it names the doer of the act it
    tells, never whom that act struck ("condemned the attack on Israel" judges no one in
    Israel: ``lexicon.aimed``) and never the place it happened ("concern over the situation in
    Gaza"), which elsewhere stands for its country when nothing else in the phrase names a
    party ("officials in Guinea")."""
    found, how = _actors_here(ctx, tok, depth, preps, judged)
    if expand:
        for other in conjuncts(tok):
            if other.i > tok.i or (other.dep_ == "conj" and other.i != tok.i):
                more, _ = _actors_here(ctx, other, depth, preps, judged)
                found.extend(more)
    return unique(found), how


def actors_list(ctx: Context, toks: Iterable[Token], depth: int) -> list[Actor]:
    """The actors of several argument tokens, each once; deep in a search, pronouns are skipped."""
    out: list[Actor] = []
    for t in toks:
        if t.pos_ == "PRON" and t.lower_ in PRONOUNS and depth >= 2:
            continue
        actors, _ = actors_of(ctx, t, depth=depth + 1)
        out.extend(actors)
    return unique(out)


def _actors_here(
    ctx: Context,
    tok: Token,
    depth: int,
    preps: frozenset[str] = NP_PREPS,
    judged: bool = False,
) -> tuple[list[Actor], str]:
    # anonymous mentions ("analysts", "an expert") carry no code: they name no actor, but the
    # phrase may still say whose they are ("officials in Guinea")
    ms = ctx.named(tok)
    if ms:
        if tok.dep_ == "conj":
            ms = [*ms, *_stacked_names(ctx, tok)]
        found = [_with_sector(ctx, tok, m.actor, at_head=True) for m in ms]
        return (
            found + _elided(ctx, tok) + of_members(ctx, tok) + _compound_partners(ctx, tok, ms),
            "named",
        )
    low = tok.lower_
    if tok.pos_ in VERB_POS and depth < 3:
        # a misparsed subject ("The Red Cross operating in Iraq said"): the verb's own subject
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return actors_list(ctx, subj, depth + 1), "named"
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp":
            # "opposition to opening accession talks with Ukraine": what a gerund after a
            # preposition is about is its object's
            found = [
                a
                for o in tok.children
                if o.dep_ == "dobj"
                for a in actors_of(ctx, o, depth=depth + 1, preps=OBJ_PREPS)[0]
            ]
            if found:
                return unique(found), "in its phrase"
    if low in _REL_PRONOUNS and tok.head.dep_ == "relcl" and depth < 3:
        antecedent = relative_antecedent(tok.head)
        actors, _ = actors_of(ctx, antecedent, depth=depth + 1)
        if not actors and tok.dep_ == "nsubj" and _authored(ctx, antecedent):
            # "China signed a deal that will supply Pakistan with jets": a measure acts for
            # the one who made it
            subj, _ = subject_of(ctx, _author_verb(antecedent))
            return actors_list(ctx, subj, depth + 1), "maker of what the relative pronoun is"
        # "Russia fired missiles that struck Kyiv", "deployed troops who fought": weapons and
        # forces act for whoever sent them; "Israel began an operation that killed three
        # Hamas commanders": an act for whoever carried it out
        for acts_for, who in ((_wielded, "sent"), (_performed, "carried out")):
            if not actors and tok.dep_ == "nsubj" and acts_for(ctx, antecedent):
                subj, _ = subject_of(ctx, antecedent.head)
                how = f"who {who} what the relative pronoun is"
                return actors_list(ctx, subj, depth + 1), how
        if not actors and (subj := _copula_subject(ctx, antecedent, depth)):
            # "Japan is the only country that opposes the sanctions"
            return actors_list(ctx, subj, depth + 1), "what the copula's subject is"
        return actors, "relative pronoun"
    if (
        low in _REL_PRONOUNS
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.head.dep_ == "relcl"
        and depth < 3
    ):
        # "Japan presented a proposal, to which Russia agreed": the preposition's object is the
        # antecedent, and a measure stands for the one who made it
        antecedent = relative_antecedent(tok.head.head)
        actors, _ = actors_of(ctx, antecedent, depth=depth + 1)
        if not actors and _authored(ctx, antecedent):
            subj, _ = subject_of(ctx, _author_verb(antecedent))
            return actors_list(ctx, subj, depth + 1), "maker of what the relative pronoun is"
        return actors, "relative pronoun"
    if (
        tok.pos_ == "PRON"
        and (low in PRONOUNS or (low == "this" and tok.dep_ == "dobj"))
        and depth < 3
    ):
        return pronoun(ctx, tok, depth)
    if depth > 3:
        return [], ""
    relational = ctx.lex.words["relational"]
    # search the noun phrase itself: modifiers, possessor, apposition, "of/in/from" phrases;
    # a relational noun names someone else than its possessor ("North Korea's ally, China")
    if lemma(tok) in relational:
        # "his Greek, Cypriot and French counterparts": every coordinated modifier names one
        for c in tok.children:
            if c.dep_ in {"appos", "compound", "amod", "nmod"}:
                named = [m for x in conjuncts(c) for m in ctx.named(x)] or ctx.named(c)
                if named:
                    return unique(m.actor for m in named), "apposition"
        # "allies such as Germany", "partners including France and Japan": the members named
        members = members_named(tok, ("as", "including", "like"))
        found = [m.actor for g in members for m in ctx.named(g)]
        if not found and depth < 3:
            # "their allies, including troops from a Saudi-led coalition": a member named
            # inside its own phrase
            found = [a for g in members for a in actors_of(ctx, g, depth=depth + 1)[0]]
        if found:
            return unique(found), "apposition"
        if not (
            tok.tag_ in {"NNS", "NNPS"} and any(c.lower_ in {"both", "two"} for c in tok.children)
        ):
            return [], ""
        # "the two neighbours", "both allies": a counted pair of them is a group, read below
    if tok.tag_ == "NNS" and lemma(tok) in ctx.lex.words["group_nouns"]:
        # "criticised Western countries such as Britain", "sanctions on states like Belarus":
        # the members a plural of parties names
        members = members_named(tok, ("as", "like"))
        found = [m.actor for g in members for m in ctx.named(g)]
        if found:
            return unique(found), "the members it names"
    if lemma(tok) in ctx.lex.nouns:
        # an event word ("injured by a bus bombing in Kabul"): "in"/"at" give its place, and
        # a phrase its entries read only a recipient from ("the bombing of a Pakistani convoy
        # killed 12", "condemned the attack on Israel") whom it was aimed at, not who did it
        aimed = ctx.lex.aimed.get(lemma(tok), frozenset())
        preps = preps - {"in", "at"} - (aimed if judged else aimed & {"of"})
    elif judged and ctx.lex.judgements and lemma(tok) in ctx.lex.judgements.conduct:
        # "marched against the U.S. occupation of Iraq": a judged conduct that no entry codes
        # judges its owner, not the one it is done to
        owners = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        found = actors_list(ctx, owners, depth + 1)
        if found:
            return found, "owner of the conduct judged"
    hits = _in_phrase(ctx, tok, depth, preps, not judged)
    if hits:
        return hits, "in its phrase"
    pair = (
        _pair_of_clause_before(ctx, tok, depth)
        or group(ctx, tok)
        or (plural(ctx, tok) if tok.tag_ in {"NNS", "NNPS"} else [])
    )
    if not pair:
        # "negotiators from both sides", "officials of the two countries": the pair the group
        # in its phrase stands for
        pair = unique(
            _with_sector(ctx, tok, a, at_head=False)
            for w in ("from", "of")
            for g in prep_objects(tok, w)
            for a in group(ctx, g)
        )
    if pair:
        return pair, "the pair named before"
    if lemma(tok) in ctx.lex.anaphors and depth < 3:
        found, how = earlier_act(ctx, tok)
        if found:
            return found, how
    if (
        depth < 3
        and tok.pos_ == "NOUN"
        and lemma(tok) not in ctx.lex.nouns
        and lemma(tok) not in ctx.lex.words["partitive"]
    ):
        # "denounced the conclusions of the summit", "rejected the outcome of the talks": what
        # came of an event told before is its parties' (not "one of the explosions")
        for g in prep_objects(tok, "of"):
            if lemma(g) in ctx.lex.anaphors:
                found, how = earlier_act(ctx, g)
                if found:
                    return found, how
    if depth < 3 and (
        (
            tok.tag_ == "NN"
            and (lemma(tok) in ctx.onto.sector_words or lemma(tok) in ctx.lex.words["bodies"])
        )
        or (tok.tag_ in {"NN", "NNS"} and lemma(tok) in ctx.force_nouns)
    ):
        # "The Chinese embassy in London issued a statement. The embassy said ...": a definite
        # institution or office noun is the one named with that noun just before ("in a letter
        # to the UN Security Council, Iran asked the council to ..."); so are forces and their
        # arms ("Israeli tanks entered a UN base. The tanks fired ...")
        named_before = _same_noun_before(ctx, tok)
        if named_before is not None:
            return [named_before], f'"{tok.text}": the one named just before'
    if depth < 3 and tok.tag_ == "NN" and tok.pos_ == "NOUN":
        # "the country", "the government" with no phrase saying which: the actor stage's
        # resolver finds the one country the sentences before are about
        body = _resolved(ctx, tok)
        if body is not None:
            return [body], f'"{tok.text}": the country named before'
    if lemma(tok) in ctx.lex.words["local_offices"]:
        # "the Governor of Kursk Oblast", "the mayor of Kharkiv": a local office stands for
        # the state its place lies in
        for g in prep_objects(tok, "of"):
            found = as_place(ctx, g)
            if found:
                return [replace(a, sector="GOV") for a in found], "the state its place lies in"
    if lemma(tok) in ctx.lex.words["instruments"] and depth < 3:
        author = _author(ctx, tok, depth)
        if author:
            return author, "who adopted it"
    return [], ""


def _same_noun_before(ctx: Context, tok: Token) -> Actor | None:
    """The actor of the latest mention, in this sentence before ``tok`` or the two sentences
    before it, whose own words hold ``tok``'s noun ("the Chinese embassy" for "the embassy");
    only for "the"/"this" with no other modifier, which says the reader knows which one."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return None
    if any(c.dep_ not in {"det", "punct"} for c in tok.lefts):
        return None
    noun = lemma(tok)
    sent = tok.sent
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = ctx.doc[start - 1].sent.start
    found: dict[int, list[Actor]] = {}  # the noun token named before → the actors naming it
    for m in reversed(ctx.mentions):
        if m.token_end > tok.i or m.token_start < start or not m.actor.code:
            continue
        inside = [w.i for w in ctx.doc[m.token_start : m.token_end] if lemma(w) == noun]
        # "Israeli tanks entered ... The tanks fired": the noun a demonym modifies, through
        # its conjuncts ("Russian and Ukrainian troops")
        head = ctx.doc[m.head]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not inside and head.dep_ in {"amod", "compound", "nmod"} and lemma(head.head) == noun:
            inside = [head.head.i]
        if inside:
            if found and inside[-1] not in found:
                break  # an earlier naming: the latest one decides
            found.setdefault(inside[-1], []).append(m.actor)
    actors = next(iter(found.values()), [])
    # one party only: "the troops" after "Russian and Ukrainian troops" is either
    return actors[0] if len({a.code for a in actors}) == 1 else None


# groups that stand for the party leading them
_LED_GROUPS = frozenset({"team", "mission", "coalition", "alliance", "bloc", "force"})
_FROM_WHERE = frozenset({"in", "at", "from"})
_LAUNCHED_FROM = frozenset({"from"})
_OWNED_BY = frozenset({"to", "by"})
_MADE_BY = frozenset({"by"})
_MEMBERS = frozenset({"of", "dobj"})
# the one a person works, spies or fights for
_SERVED = frozenset({"for"})


def _participle_preps(ctx: Context, node: Token, participle: Token) -> frozenset[str]:
    """The prepositions through which a participle on ``node`` names whose it is: the members a
    body is "composed of" or "comprises" (the object too), where it sits, comes or was launched
    from (seat, origin and launch verbs), who owns it ("linked to", "owned by"), this only for
    vehicles and holdings ("a body linked to the OAU" is not the OAU), who leads a delegation,
    or who made a text or an instrument ("comments made by", "a resolution drafted by"); empty
    for any other participle."""
    words = ctx.lex.words
    lem = lemma(participle)
    if (
        lem in words["composing"]
        or (
            lem == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in participle.children)
        )
    ) and lemma(node) in words["bodies"] | words["commanded"]:
        # "the Alliance of Sahel States, composed of Mali, Burkina Faso and Niger", "a bloc made
        # up of", "a force comprising troops from Kenya": a body is its members
        return _MEMBERS
    if lem in words["attending"] and participle.tag_ == "VBN" and lemma(node) in ctx.lex.nouns:
        # "a conference on Libya attended by Putin, Erdogan and Macron": who attended it
        return _OWNED_BY
    if lem in words["housing"] and lemma(node) in words["sites"]:
        # "a base housing US troops", "a hotel hosting the Afghan delegation": a site is its
        # occupants', not the country it is in
        return frozenset({"dobj"})
    if lem in words["using"] and participle.tag_ == "VBN" and lemma(node) in words["sites"]:
        # "an airfield used by Kenyan and U.S. troops", "a base operated by Russian forces":
        # the same occupants, named by the passive's agent
        return _OWNED_BY
    if lem in words["launch_verbs"] and participle.tag_ == "VBG":
        # "Iran began an operation, launching missiles at US bases in Iraq": what an active
        # launching is aimed "at" or "in" is its target, not where the noun it hangs on is from
        return _LAUNCHED_FROM
    if any(lem in words[k] for k in ("seat_verbs", "origin_verbs", "launch_verbs")):
        return _FROM_WHERE
    if lem in words["owning"] and lemma(node) in words["vehicles"] | words["holdings"]:
        return _OWNED_BY
    if lem in {"lead", "head"} and lemma(node) in words["emissaries"] | _LED_GROUPS:
        # "a delegation led by the Chinese vice premier", "a mission headed by the UN envoy",
        # "the coalition led by the United States": a group of envoys or allies is its
        # leader's side
        return _OWNED_BY
    if lem in words["serving"] and participle.tag_ == "VBG":
        # "an alleged spy working for Cuba's intelligence service", "a man fighting for Russia":
        # whom a person serves is whose they are
        return _SERVED
    if lem in words["proposing"] and participle.tag_ == "VBN":
        # "agreed to the name change proposed by North Macedonia", "rejected the plan put
        # forward by Turkey": what a party put forward is its own, whatever it is
        return _MADE_BY
    if (lem in words["issuing"] and lemma(node) in words["texts"]) or (
        lem in words["issuing"] | words["authoring"] and lemma(node) in words["instruments"]
    ):
        # "rejected comments made by the US president", "a statement issued by the Kremlin", "a
        # resolution introduced by Russia": a text or a measure is its maker's, as "Biden's
        # comments" are
        return _MADE_BY
    return frozenset()


def earlier_act(ctx: Context, tok: Token) -> tuple[list[Actor], str]:
    """Who did the act a definite event noun refers back to: the source of the event it names
    ("condemned the test" after a test), or, for "the move" and "the decision", the doer of the
    act a sentence before tells even where no rule codes it."""
    earlier = refers_to(ctx, tok)
    if earlier is not None:
        return list(earlier.source), f'"{tok.text}" refers to "{earlier.trigger}" before'
    if "*" in ctx.lex.anaphors.get(lemma(tok), ()) and definite(tok):
        # "Turkey turned the museum into a mosque. The US criticised the move.": an act no
        # rule codes is still the act of the previous sentence's subject
        actor = previous_agent(ctx, tok)
        if actor:
            return actor, f'"{tok.text}": the act of the sentence before'
    return [], ""


def _noun_before_in_sentence(pron: Token) -> bool:
    """A common noun before ``pron`` in its own sentence that it may stand for ("Kishida called
    the launch unforgivable, and the United States condemned it"), other than the subject of
    the judging verb."""
    subjects = {c.i for c in pron.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return any(
        t.pos_ == "NOUN"
        and t.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}
        and t.i not in subjects
        for t in pron.doc[pron.sent.start : pron.i]
    )


def _named_agent_just_before(ctx: Context, tok: Token) -> list[Actor]:
    """The parties the subject of the sentence just before names, when that sentence plainly
    tells what its subject did: its root a verb that reports nothing, its subject no pronoun."""
    start = tok.sent.start
    if start == 0:
        return []
    root = ctx.doc[start - 1].sent.root
    if root.pos_ not in VERB_POS or lemma(root) in ctx.lex.modality.gov_report:
        return []
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj or any(c.pos_ == "PRON" for c in subj):
        return []
    return [a for a in actors_list(ctx, subj, 1) if a.code]


# types that react to an act rather than do one
_REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST"})


def _act_just_before(ctx: Context) -> Event | None:
    """The last act with a doer asserted in the sentence before, that is not itself a judgement
    or an appeal (reactions are not what the next sentence judges)."""
    for ev in reversed(ctx.told):
        if ev.sentence_index < ctx.sent_index - 1:
            return None
        if (
            ev.sentence_index == ctx.sent_index - 1
            and ev.source
            and ev.asserted
            and ev.event_type not in _REACTIONS
            and not (ctx.onto.in_class("judging", ev.event_type) and ev.cameo == "051")
        ):
            return ev  # (a signing or a recognition judged is an act; a praise is a reaction)
    return None


def previous_agent(ctx: Context, tok: Token) -> list[Actor]:
    """The actors the subject of a sentence before names, when that sentence is a plain
    statement of what its subject did (its root a verb with an active subject): the sentence
    just before, or the one before it when the nearer one only comments ("Turkey converted the
    museum into a mosque. Greece said the conversion was an insult. The EU criticised the
    decision.": Turkey's)."""
    start = tok.sent.start
    for step in range(2):
        if start == 0:
            return []
        sent = ctx.doc[start - 1].sent
        start = sent.start
        root = sent.root
        if root.pos_ in VERB_POS and lemma(root) in ctx.lex.modality.gov_report:
            if step:
                return []  # further back, only a sentence telling an act will do
            # "Greece said it would extend its waters. Turkey condemned the decision."
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        if root.pos_ not in VERB_POS:
            continue
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        if step and (
            lemma(root) in ctx.lex.words["stative"] or any(c.pos_ == "PRON" for c in subj)
        ):
            return []  # "it is an insult": a comment, and no named doer
        found = [a for a in actors_list(ctx, subj, 1) if a.code]
        if found:
            return found
    return []


def _judging(ctx: Context, verb: Token) -> bool:
    """A verb of the lexicon that judges what its object did (``classes.judging``: criticised,
    condemned, praised, blamed)."""
    return any(
        ctx.onto.in_class("judging", e.event_type) for e in ctx.lex.verbs.get(lemma(verb), ())
    )


def _appraising(ctx: Context, verb: Token) -> bool:
    """A verb of the lexicon that appraises what its object did: condemned, criticised,
    rejected, protested, praised, welcomed ("recognised it" recognises a party, not an act)."""
    return any(
        (e.event_type in _REACTIONS or e.cameo == "051") and not (e.objects or e.pobjs or e.preps)
        for e in ctx.lex.verbs.get(lemma(verb), ())
    )


def _authored(ctx: Context, noun: Token) -> bool:
    """A thing made by the subject of the verb it is the object of: "signed a deal", "passed a
    law", "announced measures" (``words.authoring``); "made a statement", "took measures" (a
    text or an instrument, by ``words.issuing``); "formed a group", "set up a fund" (a body, by
    ``words.founding``)."""
    if noun.pos_ != "NOUN" or ctx.named(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "for"}:
        # "voted on a resolution to expel US troops", "voted for a bill that bans ...": the
        # body that votes on a measure adopts it or not; either way the measure is its own
        return lemma(noun.head.head) == "vote" and lemma(noun) in ctx.lex.words["instruments"]
    if noun.dep_ == "pobj" and lemma(noun) in ctx.lex.words["texts"]:
        # "responded with a statement condemning Israel", "said in a letter urging ...": the
        # text one answers with or speaks in is one's own (not "disagreed with a statement",
        # nor "was named in a report")
        verb = noun.head.head
        if verb.pos_ not in VERB_POS or is_passive(verb):
            return False
        if noun.head.lower_ == "with":
            return is_form(verb, ctx.lex.words["answering"])
        if noun.head.lower_ == "in":
            return is_form(verb, ctx.lex.words["answering"] | ctx.lex.modality.gov_report)
        return False
    if noun.dep_ != "dobj":
        return False
    if is_form(noun.head, ctx.lex.words["authoring"]):
        return True
    if lemma(noun) in ctx.lex.words["bodies"] and is_form(noun.head, ctx.lex.words["founding"]):
        return True
    made = ctx.lex.words["instruments"] | ctx.lex.words["texts"]
    return is_form(noun.head, ctx.lex.words["issuing"]) and lemma(noun) in made


def _held_joint_act(ctx: Context, noun: Token) -> bool:
    """ "held talks to normalise ties with Sudan", "opened talks to end the war": a joint act
    (a noun of a mutual entry) held by the subject of its support verb is the subject's."""
    return (
        noun.dep_ == "dobj"
        and lemma(noun.head) in ctx.lex.light_verbs
        and any(e.mutual for e in ctx.lex.nouns.get(lemma(noun), ()))
    )


def _author_verb(noun: Token) -> Token:
    """The verb whose subject made ``noun`` (see ``_authored``): its head, or the head of its
    preposition ("voted on a resolution")."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _performed(ctx: Context, noun: Token) -> bool:
    """An act that the verb it is the object of carried out: "launched an offensive", "began
    an operation", "conducted a raid" (``words.performing`` with an event noun of the
    lexicon). What the act then does ("an operation that killed three commanders"), its
    performer does; an act only judged or approved ("condemned the attack that killed ...")
    is not performed by the judge."""
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and is_form(noun.head, ctx.lex.words["performing"])
        and lemma(noun) in ctx.lex.nouns
        and not ctx.named(noun)
    )


def _wielded(ctx: Context, noun: Token) -> bool:
    """Weapons, forces or emissaries that the verb they are the object of sent into action:
    "fired missiles", "deployed troops", "sent drones", "leads a coalition", "sent an envoy who
    met Kim" (``words.wielding``, ``words.commanded``, ``words.emissaries``)."""
    if noun.dep_ != "dobj":
        return False
    word = lemma(noun)
    if word in ctx.lex.words["emissaries"]:
        return lemma(noun.head) in {"appoint", "name"} or is_form(
            noun.head, ctx.lex.words["wielding"]
        )
    if not is_form(noun.head, ctx.lex.words["wielding"]):
        return False
    armed = any(m.actor.sector == "MIL" for m in ctx.by_head.get(noun.i, ()))
    return (
        armed
        or word in ctx.onto.assault_means
        or ctx.onto.sector_words.get(word) == "MIL"
        or word in ctx.lex.words["commanded"]
    )


def _elided(ctx: Context, tok: Token) -> list[Actor]:
    """The country a shortened name stands for, hung on the name it shares a word with: "North"
    in "North and South Korea agreed", "the presidents of North and South Korea", "officials
    from North and South Korea"."""
    heads = [tok, *prep_objects(tok, "of"), *prep_objects(tok, "from")]
    return [
        _with_sector(ctx, tok, m.actor, at_head=False)
        for h in heads
        for c in h.children
        if c.dep_ in {"nmod", "compound", "amod"}
        for m in ctx.by_head.get(c.i, ())
        if m.via == "elided" and m.actor.code
    ]


def of_members(ctx: Context, tok: Token) -> list[Actor]:
    """The other members of a list in a named phrase's "of" phrase: "the leaders of South Korea,
    Russia and India" is one mention (South Korea's leaders) and two more names."""
    out: list[Actor] = []
    for pobj in prep_objects(tok, "of"):
        if any(m.head == tok.i for m in ctx.named(pobj)):
            continue  # inside the mention itself
        out.extend(_with_sector(ctx, tok, m.actor, at_head=False) for m in ctx.named(pobj))
    # "foreign ministers from Hungary and Poland", "authorities in Spain, France and Italy": one
    # mention (Hungary's ministers), and the countries coordinated with the one inside it
    for pobj in (*prep_objects(tok, "from"), *prep_objects(tok, "in")):
        if not any(m.head == tok.i for m in ctx.named(pobj)):
            continue
        for other in conjuncts(pobj):
            if other.i != pobj.i:
                out.extend(
                    _with_sector(ctx, tok, m.actor, at_head=True)
                    for m in ctx.named(other)
                    if m.head != tok.i
                )
    return out


def _compound_partners(ctx: Context, tok: Token, own: Sequence[Mention]) -> list[Actor]:
    """The parties coordinated before a named head that the parser folded into its compound
    modifiers: "US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke"
    is often read as one name headed by "Erdogan", with "Trump and" inside it. The mentions
    standing before that "and", outside the head's own mention, are parties of their own."""
    covered = {i for m in own for i in range(m.token_start, m.token_end)}
    # the "and" may hang in any of the folded modifiers ("U.S. President Donald Trump and
    # Russian President Vladimir Putin": "Trump and" read as a modifier of "Putin"), and the
    # mentions before it in any of them
    lefts = [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i]
    cuts = [t.i for c in lefts for t in c.subtree if t.dep_ == "cc" and t.lower_ == "and"]
    if not cuts:
        return []
    cut = min(cuts)
    # one actor a code: "U.S." and "President Donald Trump" are one party, the fuller named
    by_code: dict[str, Actor] = {}
    for t in sorted({t for child in lefts for t in child.subtree}, key=lambda t: t.i):
        if t.i < cut and t.i not in covered:
            by_code.update(
                (m.actor.code, m.actor) for m in ctx.by_head.get(t.i, ()) if m.actor.code
            )
    return list(by_code.values())


# sectors whose unnamed members speak for their body ("a Taliban commander", "a US official")
_SPEAKING_SECTORS = frozenset({"GOV", "MIL", "REB", "SPY", "COP", "UAF", "PRM"})


def _speaks_for_a_force(actors: Sequence[Actor]) -> bool:
    """One unnamed person known only by an office in an armed or governing body."""
    return (
        len(actors) == 1
        and actors[0].kind == "person"
        and actors[0].name is None
        and actors[0].sector in _SPEAKING_SECTORS
    )


def _own_party_beside(ctx: Context, patron: Token) -> bool:
    """Another modifier of the noun a backing participle modifies names a party or a people
    ("Syrian", "Kurdish", "GNA")."""
    return any(
        c.i != patron.i
        and c.dep_ in {"amod", "compound", "nmod"}
        and (c.ent_type_ in {"NORP", "GPE", "ORG"} or ctx.named(c))
        for c in patron.head.children
    )


def _struck(ctx: Context, noun: Token) -> bool:
    """An event noun of force, whose capital modifier is the scene it struck."""
    return any(
        ctx.onto.in_class("violent", e.event_type) for e in ctx.lex.nouns.get(lemma(noun), ())
    )


def _in_phrase(
    ctx: Context, tok: Token, depth: int, preps: frozenset[str], places_ok: bool = True
) -> list[Actor]:
    """Actors named inside the phrase of ``tok``, nearest level first (three levels)."""
    relational = ctx.lex.words["relational"]
    # each node carries whether the path to it kept to the phrase's own members: "troops
    # from North Korea" are North Korea's military, but "opposition to U.S. sanctions" is
    # not the US opposition (a relation preposition drops the head's sector)
    owners = _partitive_owners(ctx, tok) if "from" in preps else []
    if owners:
        return owners
    frontier = [(tok, True)]
    for _level in range(3):
        nxt: list[tuple[Token, bool]] = []
        hits: list[Actor] = []
        places: list[Actor] = []  # named in an "in"/"at" phrase: where, not whose
        for node, member in frontier:

            def sectored(actor: Actor, member: bool = member) -> Actor:
                return _with_sector(ctx, tok, actor, at_head=False) if member else actor

            children = list(node.children)
            if node.i == tok.i and tok.dep_ in {"dobj", "nsubjpass"}:
                # "sanctioned three companies with links to Iran": the phrase the parser hung
                # on the verb right after its object
                children += [
                    c
                    for c in tok.head.children
                    if c.dep_ == "prep" and c.lower_ == "with" and c.i == tok.right_edge.i + 1
                ]
            for child in children:
                dep = child.dep_
                if dep == "poss" and lemma(node) in relational:
                    continue
                if dep == "amod" and names_another_party(child):
                    # "Iran-backed rebels" are not Iran: the party backs them; "anti-Japan
                    # protests" are not Japan's
                    continue
                if dep == "amod" and hyphened_patron(child) and _own_party_beside(ctx, child):
                    # "Turkish-backed Syrian rebels", "U.S.-backed Kurdish forces": a proxy
                    # named with a party of its own is that party's, not its backer's
                    continue
                if dep in _NP_DEPS or (dep == "conj" and node.i != tok.i):
                    found = ctx.named(child)
                    if (
                        dep == "compound"
                        and node.i == tok.i
                        and found
                        and (_struck(ctx, tok) or is_form(tok, ctx.lex.words["named_by_place"]))
                    ):
                        # "condemned the Paris attacks": a capital naming an attack is where
                        # it struck, not who did it; "the Paris accord" where it was agreed
                        found = [m for m in found if m.via != "metonym"]
                        if _struck(ctx, tok) and (
                            lemma(child) in ctx.lex.words["sites"]
                            or any(m.via == "vessel" for m in found)
                        ):
                            # "the US embassy bombings", "the USS Cole bombing that killed 17
                            # sailors": a site or a ship naming an attack is what it struck
                            found = []
                    for c2 in conjuncts(child):
                        if c2.i != child.i:
                            found.extend(ctx.named(c2))
                            found.extend(_stacked_names(ctx, c2))
                    if found:
                        hits.extend(sectored(m.actor) for m in found)
                    elif child.pos_ == "PRON" and child.lower_ in PRONOUNS and dep == "poss":
                        actors, _ = pronoun(ctx, child, depth + 1)
                        hits.extend(sectored(a) for a in actors)
                    else:
                        nxt.append((child, member))
                elif dep == "prep" and child.lower_ in preps:
                    inner = member and child.lower_ in NP_PREPS
                    # "flights to and from China": the object of the coordinated preposition
                    for g in (*child.children, *coordinated_objects(child)):
                        if g.dep_ != "pobj":
                            continue
                        found = ctx.named(g)
                        others_: list[Actor] = []
                        for c2 in conjuncts(g):
                            if c2.i != g.i:
                                named = ctx.named(c2)
                                found.extend(named)
                                if not named and found and depth < 3:
                                    # "President of Mexico X and President of Uruguay Y": the
                                    # parser hangs the second role on the first one's name
                                    others_.extend(actors_of(ctx, c2, depth=depth + 1)[0])
                        if found:
                            where = places if child.lower_ in _WHERE_PREPS else hits
                            where.extend(sectored(m.actor, inner) for m in found)
                            where.extend(others_)
                        else:
                            nxt.append((g, inner))
                elif dep == "prep" and child.lower_ == "with" and _tied(ctx, node, child):
                    # "a company with ties to China's Ministry of State Security": a holding
                    # is the party it is tied to, as "a firm linked to" it is
                    for g in child.children:
                        for link in conjuncts(g):
                            for h in prep_objects(link, "to"):
                                hits.extend(sectored(m.actor) for m in ctx.named(h))
                elif dep == "acl" and (via := _participle_preps(ctx, node, child)):
                    # "a terror group based in Trinidad", "goods imported from China",
                    # "rockets fired from Lebanon", "a drone launched by Russian forces"; "a
                    # container ship linked to Israel", "a tanker owned by a Greek firm"
                    for p in child.children:
                        if p.dep_ == "dobj" and "dobj" in via and depth < 3:
                            # "comprising troops from Kenya and Benin": the members' own phrase
                            hits.extend(actors_of(ctx, p, depth=depth + 1)[0])
                        elif p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in via):
                            for g in p.children:
                                if g.dep_ != "pobj":
                                    continue
                                if via in (_MEMBERS, _SERVED) and depth < 3:
                                    # "made up of experts from France, Germany and Italy":
                                    # the members' own phrase, each of its parties ("working
                                    # for Cuba's intelligence service": the one served)
                                    hits.extend(actors_of(ctx, g, depth=depth + 1)[0])
                                    continue
                                found = [m for c2 in conjuncts(g) for m in ctx.named(c2)]
                                hits.extend(sectored(m.actor) for m in found)
                                if not found and via is _FROM_WHERE:
                                    nxt.append((g, member))
                        elif (
                            via is _MEMBERS
                            and p.dep_ == "prep"
                            and p.lower_ == "from"
                            and any(c.dep_ == "dobj" for c in child.children)
                        ):
                            # "comprising police from Spain, Portugal and France", the members'
                            # "from" phrase hung on the participle
                            for g in p.children:
                                if g.dep_ == "pobj":
                                    hits.extend(
                                        sectored(m.actor)
                                        for c2 in conjuncts(g)
                                        for m in ctx.named(c2)
                                    )
        if places and not hits:
            # "United States Armed Forces facilities in Iraq": an owner named deeper in the
            # noun's own compound chain says whose the thing is before its place does
            owned = [
                _with_sector(ctx, tok, m.actor, at_head=False) if member else m.actor
                for n, member in nxt
                if n.dep_ == "compound"
                for x in n.subtree
                if x.dep_ == "compound"
                for m in ctx.named(x)
            ]
            if any(a.code not in _STATELESS for a in owned) and places_ok:
                hits = owned
        if hits or places:
            # "Turkey's role in Libya" is Turkey's: a phrase whose owner is a state keeps its
            # place out; "officials in Guinea" have only the place to say whose they are, and
            # "ISIL positions in Iraq" are in the country a transnational group fights in
            if any(a.code not in _STATELESS for a in hits) or not places_ok:
                return unique(hits)
            return unique(hits + places)
        frontier = nxt
        if not frontier:
            break
    return []


def _pair_of_clause_before(ctx: Context, tok: Token, depth: int) -> list[Actor]:
    """ "He spoke by telephone with Trump, and the two agreed to ...": a bare "the two" as the
    subject of a clause joined to one in which a party deals with another are that clause's
    subject and its partner (its "with" phrase or its object), when they are two countries."""
    if (
        depth >= 3
        or tok.lower_ != "two"
        or tok.dep_ not in {"nsubj", "nsubjpass"}
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        return []
    verb = tok.head
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ not in VERB_POS or first.i > verb.i:
        return []
    subj, _ = subject_of(ctx, first)
    # the "with" phrase may hang on a phrase of the verb ("spoke by telephone with Trump")
    partners = [
        g
        for w in ctx.doc[first.i + 1 : tok.i]
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]
    partners += [c for c in first.children if c.dep_ == "dobj"]
    return two_parties([*actors_list(ctx, subj, depth), *actors_list(ctx, partners, depth)])


def _tied(ctx: Context, node: Token, prep: Token) -> bool:
    """Does the "with" phrase ``prep`` on ``node`` tie a holding to a party ("a firm with ties
    to", "companies with links to")?"""
    words = ctx.lex.words
    if lemma(node) not in words["holdings"] | words["sanctionable"]:
        return False
    return any(lemma(g) in words["ties"] for g in prep.children if g.dep_ == "pobj")


def _stacked_names(ctx: Context, adj: Token) -> list[Mention]:
    """Names of a list that the parser stacked on one member as its modifiers: "Italian" in
    "the U.S., Italian, Greek and Spanish governments", parsed as a modifier of "Greek"."""
    if adj.pos_ not in {"ADJ", "PROPN"}:
        return []
    return [
        m
        for a in adj.children
        if a.dep_ == "amod" and a.i < adj.i and a.pos_ in {"ADJ", "PROPN"}
        for m in ctx.named(a)
    ]


def _partitive_owners(ctx: Context, tok: Token) -> list[Actor]:
    """ "A formation of Russian bombers from Belarus": when a group word has both members that
    say whose they are and a "from" phrase, the "from" phrase says where they came from."""
    if not prep_objects(tok, "from"):
        return []
    found: list[Actor] = []
    for g in prep_objects(tok, "of"):
        if g.tag_ not in {"NNS", "NNPS"}:
            continue
        named = ctx.named(g) or [
            m
            for c in g.children
            if c.dep_ in {"amod", "compound", "nmod"} and not against_prefixed(c)
            for m in ctx.named(c)
        ]
        found.extend(_with_sector(ctx, tok, m.actor, at_head=False) for m in named)
    return unique(found)


def _author(ctx: Context, tok: Token, depth: int, *, look_back: bool = True) -> list[Actor]:
    """Who issued a resolution, law, decree or measure that names no one itself: the subject
    of the verb that adopted it ("the Council adopted Resolution 2375, which caps ..."), or,
    for a definite one with no such verb in its sentence ("The measure caps ..."), the author
    of such an instrument in the two sentences before."""
    verbs = ctx.lex.words["authoring"]
    node = tok
    while node.dep_ in {"conj", "appos"} and node.head.pos_ in NOUN_POS:
        node = node.head
    host = None
    if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ in VERB_POS:
        host = node.head
    elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in VERB_POS:
        host = node.head.head  # "voted for Resolution 2371"
    if host is not None and is_form(host, verbs):
        subj, _ = subject_of(ctx, host)
        actors = actors_list(ctx, subj, depth + 1)
        if actors:
            return actors
    if not look_back or not (definite(tok) or tok.pos_ == "PROPN"):
        return []
    start = tok.sent.start
    for _ in range(2):
        if start == 0:
            break
        prev = ctx.doc[start - 1].sent
        for cand in reversed(prev):
            if lemma(cand) in ctx.lex.words["instruments"] and cand.pos_ in NOUN_POS:
                actors = _author(ctx, cand, depth + 1, look_back=False)
                if actors:
                    return actors
        start = prev.start
    return []


def _with_sector(ctx: Context, tok: Token, actor: Actor, *, at_head: bool) -> Actor:
    """Sector from the argument's head word: "North Korean troops" → MIL; a person found
    inside the phrase of a sector noun ("Putin's troops") stands for a group of that country."""
    sector = ctx.onto.sector_words.get(lemma(tok))
    if sector is None:
        return actor
    if at_head:
        return actor if actor.sector else replace(actor, sector=sector)
    if actor.kind == "person" and sector == actor.sector:
        return actor
    text = ctx.doc[max(tok.left_edge.i, tok.i - 6) : tok.i + 1].text
    if ctx.catalogue is not None:
        return ctx.catalogue.group_actor(actor.code, sector, text)
    name = actor.name if actor.kind == "country" else None
    return Actor(text=text, name=name, code=actor.code, sector=sector, kind="group", id=None)


def pronoun(ctx: Context, tok: Token, depth: int) -> tuple[list[Actor], str]:
    """The actors a pronoun stands for, and how: by the clause around it first ("Syria says it
    will ...", "its troops"), then by the actor stage's resolver, then the nearest earlier actor."""
    low = tok.lower_
    head = tok.head
    if low in FIRST_PERSON:
        # "'I told Xi that we oppose it,' Kishida said": whoever speaks the reported words
        speaker = _speaker(ctx, tok, depth)
        if speaker:
            return speaker, f'"{tok.text}" = who speaks'
        if low not in PLURAL_PRONOUNS:
            return [], ""
    # "Japan told China that it must withdraw": what one is told one must do is one's own, so
    # the subject of an obliged clause under a verb with an addressee is the addressee
    if (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and head.dep_ == "ccomp"
        and head.head.pos_ in VERB_POS
        and any(
            c.dep_ == "aux" and c.lower_ in ctx.lex.modality.aux_obligation for c in head.children
        )
    ):
        told = [c for c in head.head.children if c.dep_ in {"dobj", "dative"}]
        # ("told Al Jazeera they should ...": a news outlet told is the one interviewing)
        actors = [a for a in actors_list(ctx, told, depth) if a.sector != "MED"]
        if actors and agrees(low, actors):
            return actors, f'"{tok.text}" = whom "{head.head.text}" addresses'
    # "will impose sanctions on Russia if it invades Ukraine": the subject of a condition set
    # on a measure or a threat aimed at a party is that party
    if (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children)
        and head.head.pos_ in VERB_POS
    ):
        main = head.head
        aimed = [c for c in main.children if c.dep_ in {"dobj", "dative"}]
        aimed += [g for h in (main, *aimed) for w in ("on", "against") for g in prep_objects(h, w)]
        named = [a for a in aimed if ctx.named(a)]
        actors = unique(actors_list(ctx, named, depth))
        if len(actors) == 1 and agrees(low, actors):
            return actors, f'"{tok.text}" = the party "{main.text}" is aimed at'
    # "Syria says it will ...": the subject of a reported or governed clause is the speaker;
    # never an object pronoun the parser made that subject ("expected them to join": "them" is
    # someone else than the one who expects)
    if (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and low not in OBJECT_PRONOUNS
        and head.dep_ in {"ccomp", "xcomp", "advcl"}
        and head.head.pos_ in VERB_POS
    ):
        subj, _ = subject_of(ctx, head.head)
        actors = actors_list(ctx, subj, depth)
        # "NATO's chief said he ...": an office holder named by his office is a person
        office = low in PERSON_PRONOUNS and any(
            lemma(s) in ctx.onto.sector_words and s.tag_ == "NN" for s in subj
        )
        if actors and not office and not agrees(low, actors):
            if low in PLURAL_PRONOUNS and _speaks_for_a_force(actors):
                # "A Taliban commander told Reuters they had attacked a post": one who speaks
                # for an armed or governing body by office says "they" of that body
                return actors, f'"{tok.text}" = the body "{head.head.text}"\'s speaker serves'
            actors = []
        if actors:
            return actors, f'"{tok.text}" = the subject of "{head.head.text}"'
    # "X denied ..., but they vowed": a coordinated clause's pronoun subject
    if tok.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "conj" and head.head.pos_ in VERB_POS:
        subj, _ = subject_of(ctx, head.head)
        actors = actors_list(ctx, subj, depth)
        if actors and agrees(low, actors):
            return actors, f'"{tok.text}" = the subject of "{head.head.text}"'
    # "Venezuela banned the channel after accusing it of lies": the object of a clause that
    # shares the main verb's subject is not that subject, and is the main verb's object
    if tok.dep_ == "dobj" and depth < 2:
        objects = _object_of_host(ctx, tok, depth)
        if objects:
            return objects, f'"{tok.text}" = the object of "{_clause_host(tok).text}"'
    # "its troops", "their countries": the subject of the clause around the phrase
    if tok.dep_ == "poss":
        found = _possessor(ctx, tok, depth)
        if found is not None:
            return found
    if low in PLURAL_PRONOUNS:
        parties = plural(ctx, tok)
        if parties:
            return parties, f'"{tok.text}" = the parties found by the actor stage'
    if (
        low in {"it", "this"}
        and tok.dep_ == "dobj"
        and depth < 2
        and _appraising(ctx, head)
        and not _noun_before_in_sentence(tok)
    ):
        # "Israel and the UAE signed the agreement. Palestinian leaders condemned it as a
        # betrayal": what is judged is the act the sentence before told, and so its doers
        act = _act_just_before(ctx)
        if act is not None:
            return list(act.source), f'"{tok.text}" = "{act.trigger}" just before'
        # "Turkey converted Hagia Sophia into a mosque. Greece condemned it.": an act no rule
        # codes is still the act of the previous sentence's subject, named there
        agent = _named_agent_just_before(ctx, tok)
        if agent:
            return agent, f'"{tok.text}": the act of the sentence before'
    if low == "this":
        return [], ""  # a demonstrative stands for a thing or an act, never a party by itself
    resolved = _resolved(ctx, tok)
    if resolved is not None:
        return [resolved], f'"{tok.text}" = antecedent found by the actor stage'
    return nearest_before(ctx, tok), f'"{tok.text}" = nearest earlier actor'


def _speaker(ctx: Context, tok: Token, depth: int) -> list[Actor]:
    """The subject of the nearest verb above ``tok`` that reports the clause it is in, past any
    first-person subject of a clause in between ("I told Xi that we ...")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis"} and node.head.pos_ in VERB_POS:
            subj, _ = subject_of(ctx, node.head)
            if subj and not all(s.lower_ in FIRST_PERSON for s in subj):
                actors = actors_list(ctx, subj, depth)
                return actors if agrees(tok.lower_, actors) else []
        node = node.head
    return []


def _clause_host(tok: Token) -> Token:
    """The verb a subjectless clause around ``tok`` hangs from: "banned" in "banned the channel
    after accusing it", through the preposition of a gerund."""
    clause = tok.head
    host = clause.head
    if clause.dep_ == "pcomp" and host.dep_ == "prep":
        host = host.head
    return host


def _object_of_host(ctx: Context, tok: Token, depth: int) -> list[Actor]:
    clause = tok.head
    host = _clause_host(tok)
    if (
        clause.pos_ not in VERB_POS
        or clause.dep_ not in {"advcl", "pcomp", "conj", "xcomp"}
        or host.pos_ not in VERB_POS
        or host.i == clause.i
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ):
        return []
    objs = [c for c in host.children if c.dep_ == "dobj" and c.i < tok.i]
    actors = actors_list(ctx, objs, depth)
    # "Sudan suspends its membership ... after accusing it": an object that only names the
    # subject's own ("its membership") is not what "it" stands for, which would be "itself"
    subj, _ = subject_of(ctx, host, depth + 1)
    actors = others(actors, actors_list(ctx, subj, depth))
    return actors if actors and agrees(tok.lower_, actors) else []


def _resolved(ctx: Context, tok: Token) -> Actor | None:
    """The coded actor the actor stage's resolver finds for ``tok`` ("it", "the country")."""
    try:
        found = ctx.antecedent(ctx.doc, tok.i, ctx.mentions)
    except Exception:  # the resolver's failure must not stop coding
        return None
    return found.actor if found is not None and found.actor.code else None


def _possessor(ctx: Context, tok: Token, depth: int) -> tuple[list[Actor], str] | None:
    """A possessive pronoun read as the subject of the clause around its phrase, or of the
    clause that one hangs from."""
    low = tok.lower_
    judged = _judged_for(ctx, tok, depth)
    if judged and agrees(low, judged):
        return judged, f'"{tok.text}" = whom a measure or judgement "for" it names'
    harmed = _harmed_by_reason(ctx, tok, depth)
    if harmed and agrees(low, harmed):
        return harmed, f'"{tok.text}" = who answers the harm "for" it names'
    clause = tok.head
    while clause.pos_ not in VERB_POS and clause.head.i != clause.i and clause.dep_ != "ROOT":
        clause = clause.head
    if clause.pos_ not in VERB_POS:
        return None
    subj, _ = subject_of(ctx, clause)
    subj = [s for s in subj if not (s.left_edge.i <= tok.i <= s.right_edge.i)]
    if low == "its" and subj and all(s.tag_ == "NNS" for s in subj):
        # "said Chinese vessels harassed its ships": "its" is not the plural subject's, but may
        # be the teller's ("according to Kyrgyzstan, Tajik forces open fire on its outposts")
        teller = _struck_teller(ctx, tok, clause, actors_list(ctx, subj, depth), depth)
        if teller:
            return teller, f'"{tok.text}" = who tells of "{clause.text}"'
        subj = []
    actors = actors_list(ctx, subj, depth)
    if actors and agrees(low, actors):
        teller = _struck_teller(ctx, tok, clause, actors, depth)
        if teller:
            return teller, f'"{tok.text}" = who tells of "{clause.text}"'
        return actors, f'"{tok.text}" = the subject of "{clause.text}"'
    if (
        not actors
        and clause.dep_ in {"conj", "xcomp", "ccomp", "advcl"}
        and clause.head.pos_ in VERB_POS
    ):
        subj, _ = subject_of(ctx, clause.head)
        subj = [s for s in subj if not (s.left_edge.i <= tok.i <= s.right_edge.i)]
        actors = actors_list(ctx, subj, depth)
        if actors and agrees(low, actors):
            return actors, f'"{tok.text}" = the subject of "{clause.head.text}"'
    return None


def _harmed_by_reason(ctx: Context, tok: Token, depth: int) -> list[Actor]:
    """ "Russia retaliated against Estonia for expelling its diplomats", "condemned China for
    harassing its ships": the doer of a hostile reason is the party the act answering it is
    aimed at, and what that doer harmed is the answering side's own, not the doer's."""
    clause = tok.head.head
    prep = clause.head
    if (
        tok.head.dep_ != "dobj"
        or clause.dep_ != "pcomp"
        or prep.lower_ != "for"
        or prep.head.pos_ not in VERB_POS
    ):
        return []
    if not any(
        ctx.onto.in_class("violent", e.event_type) or e.event_type in {"SANCTION", "THREATEN"}
        for e in ctx.lex.verbs.get(lemma(clause), ())
    ):
        return []
    harmed = tok.head
    words = [harmed, *(c for c in harmed.children if c.dep_ in {"compound", "amod"})]
    sectors = {ctx.onto.sector_words.get(lemma(w)) for w in words} - {None}
    if any(c.lower_ == "own" for c in harmed.children) or sectors - _STATE_SECTORS:
        return []  # "for detaining its own citizens", "its opposition leaders": the doer's
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return []  # the reason names its own doer
    doers, _ = subject_of(ctx, clause)
    host_subj, _ = subject_of(ctx, prep.head)
    if not doers or set(doers) & set(host_subj):
        return []  # the doer is the answering side itself ("was punished for ...")
    answering = actors_list(ctx, host_subj, depth)
    own = {a.code for a in actors_list(ctx, doers, depth)}
    return [a for a in answering if a.code not in own]


def _judged_for(ctx: Context, tok: Token, depth: int) -> list[Actor]:
    """The party a possessive stands for when its phrase gives the reason for a measure or a
    judgement aimed at that party: "sanctions on Russia over its invasion", "condemned China
    for its incursions", "thanked Russia for its support". Whom the act is aimed at is the one
    whose deed it answers, not whoever imposed or judged."""
    act = tok.head
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ not in {"over", "for"}:
        return []
    host = prep.head
    entries = (ctx.lex.verbs if host.pos_ in VERB_POS else ctx.lex.nouns).get(lemma(host), ())
    if not any(e.event_type in _JUDGING for e in entries):
        return []  # "can use British weaponry for its operations" judges no one
    # ("hit out at Australia over its call for an inquiry")
    aimed = [g for w in ("on", "against", "at") for g in prep_objects(host, w)]
    if host.pos_ in VERB_POS:
        aimed += [c for c in host.children if c.dep_ == "dobj"]
    return actors_list(ctx, aimed, depth)


def _struck_teller(
    ctx: Context, tok: Token, clause: Token, doers: list[Actor], depth: int
) -> list[Actor]:
    """The teller a possessive after a verb of force stands for: "Iran said Israel attacked its
    embassy", "Sierra Leone says Guinea detained several of its soldiers". No party strikes,
    detains or expels its own, so "its" is the reporting party's when that is another one, and
    so is it the party of the clause an act like that is told to come before or after."""
    if tok.i < clause.i or any(c.lower_ == "own" for c in tok.head.children):
        return []  # ("opened fire on its own convoy")
    owned = tok.head
    while owned.dep_ == "pobj" and owned.head.lower_ == "of" and owned.head.head.i != owned.i:
        owned = owned.head.head  # "detained several of its soldiers"
    struck = owned.dep_ in {"dobj", "nsubjpass"} or (
        owned.dep_ == "pobj" and owned.head.lower_ in {"on", "at", "against", "into", "upon"}
    )
    if not struck:
        return []  # "fires a missile off its east coast": where it was done, not what was hit
    # "according to Kyrgyzstan, Tajik forces open fire on its outposts": the source named
    according = [c for c in clause.children if c.lower_ == "according"]
    if according:
        subj = prep_objects(according[0], "to")
    elif clause.dep_ == "ccomp" and clause.head.pos_ in VERB_POS:
        if not is_form(clause.head, ctx.lex.modality.gov_report):
            return []
        subj, _ = subject_of(ctx, clause.head)
    elif clause.dep_ == "advcl" and clause.head.pos_ in VERB_POS and tok.i > clause.head.i:
        # "Japan protested after China detained its citizens", "Russia expelled two diplomats
        # after Poland expelled its envoys": the party of the clause the act is told after
        subj, _ = subject_of(ctx, clause.head)
    else:
        return []
    # the verb's plain sense, with no object named ("attack" a text or a policy criticises it),
    # or the sense its object makes ("opened fire on")
    entries = ctx.lex.verbs.get(lemma(clause), ())
    plain = [e for e in entries if not e.objects and not e.pobjs]
    held = {lemma(c) for c in clause.children if c.dep_ == "dobj"}
    made = [e for e in entries if e.objects & held]
    violent = [e for e in (made or plain)]
    if not violent or not all(
        ctx.onto.in_class("violent", e.event_type) or ctx.onto.in_class("punitive", e.event_type)
        for e in violent
    ):
        return []
    tellers = actors_list(ctx, subj, depth)
    if not tellers or not agrees(tok.lower_, tellers):
        return []
    if any(a.code == b.code for a in tellers for b in doers):
        return []
    return tellers


def _companions(verb: Token, subs: list[Token]) -> list[Token]:
    """Parties set beside the subject between commas, who do what it does: "France, along with
    Germany, condemned ...", "Japan, together with South Korea, protested ...", "France,
    alongside Italy, ..." (the phrase hung from the subject or from the verb before it)."""
    first = min(s.i for s in subs)
    out: list[Token] = []
    for host in (*subs, verb):
        for c in host.children:
            if c.dep_ != "prep" or not first < c.i < verb.i:
                continue
            if c.lower_ == "alongside" or (c.lower_ == "with" and c.nbor(-1).lower_ == "together"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.lower_ == "along":
                out.extend(prep_objects(c, "with"))  # "with" hangs from "along"
    return out


def subject_of(ctx: Context, verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The tokens naming who does what ``verb`` says, and how they were found."""
    if verb.lower_ == "according":
        # the speaker of "according to the ministry, ..."
        return prep_objects(verb, "to"), "the source it is according to"
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "prep"
        and verb.head.pos_ == "PUNCT"
        and verb.head.head.pos_ in VERB_POS
    ):
        # "Spanish police, working with their French counterparts, arrested ...", the parser
        # hanging the participle on the comma: it shares the clause's subject
        found, _ = subject_of(ctx, verb.head.head, depth + 1)
        return found, f'subject of "{verb.head.head.text}"'
    responsibility = verb.head.head
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "for"
        and lemma(responsibility) == "responsibility"
        and responsibility.dep_ == "dobj"
        and lemma(responsibility.head) in ctx.lex.words["claiming"]
    ):
        # "Hamas claimed responsibility for firing a missile at a school bus": the act is the
        # claimant's own
        found, _ = subject_of(ctx, responsibility.head, depth + 1)
        return found, f'who claimed it ("{responsibility.head.text}")'
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma(verb.head) in ctx.lex.words["mishaps"]:
        # "a building collapses in Cairo, Egypt, killing eight", the parser making a noun of the
        # mishap and a subject of the place: what the mishap does is no one's act
        return [], "a mishap: no one's act"
    if is_passive(verb) or is_participle(verb) or is_raised_participle(verb):
        # "was criticised by Washington", "Criticised by Washington, Pyongyang ...": the agent;
        # a passive participle's host ("Pyongyang") is the one it was done to
        agents = _agents(verb)
        if not agents:
            # "was threatened with retaliation by Iran", "was warned of a response by Russia",
            # "is sentenced to life imprisonment by a court in Tripoli": the agent phrase hung
            # from the object of the verb's "with"/"of"/"to" phrase
            agents = [
                a
                for word in ("with", "of", "to")
                for o in prep_objects(verb, word)
                for a in prep_objects(o, "by")
            ]
        if not agents and is_passive(verb):
            # "Canadian officials were granted access to the site by Iran": after an object the
            # parser takes the agent phrase for a plain "by" phrase, on the verb or at the end
            # of the object's phrase; a party named there is the agent ("by Friday", "by a
            # vote" name no one)
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            hosts = [
                verb,
                *objs,
                *(g for o in objs for p in ("to", "of") for g in prep_objects(o, p)),
            ]
            agents = [g for h in hosts for g in prep_objects(h, "by") if ctx.named(g)]
        if not agents:
            # "four soldiers were killed and many others injured by Azerbaijani troops": the
            # agent of a coordinated passive is this verb's too
            for other in (*verb.conjuncts, *([verb.head] if verb.dep_ == "conj" else [])):
                # ("is shot and killed by gunmen": a participle coordinated with a passive
                # shares its auxiliary; but "detained in Gibraltar and sanctioned by the US"
                # tells two acts, the first with its own phrase)
                shares = is_passive(other) or (
                    other.tag_ == "VBN" and not any(c.dep_ == "prep" for c in verb.children)
                )
                if other.pos_ in VERB_POS and shares:
                    agents = _agents(other)
                    if agents and all(_mishap(ctx, a) for a in agents):
                        return [], "a mishap: no one's act"
                    if agents:
                        return agents, f'passive agent of "{other.text}"'
        if agents and all(_mishap(ctx, a) for a in agents):
            return [], "a mishap: no one's act"
        # "evacuated by sea from Haifa, Israel": a way of travel, no doer (nor is the place
        # its phrase goes on to name)
        agents = [
            a
            for a in agents
            if lemma(a) not in ctx.lex.words["conveyance"]
            or any(c.dep_ in {"det", "amod", "compound", "poss", "nmod"} for c in a.children)
        ]  # "by Russian navy ships" names who moved them
        if not agents and verb.dep_ == "acl" and lemma(verb.head) in ctx.lex.words["penalties"]:
            # "new U.S. tariffs imposed on India", "Russia's sanctions imposed on Moldova": a
            # measure put in place by no one named is its owner's
            owners = [
                c
                for c in verb.head.children
                if c.dep_ in {"poss", "compound", "nmod", "amod"} and ctx.named(c)
            ]
            if owners:
                return owners, "whose measure it is"
        if not agents and lemma(verb) in ctx.lex.words["launch_verbs"]:
            # "a rocket was fired from the Gaza Strip": where it was fired from names who
            # fired it
            agents = _launch_site(verb)
            if agents:
                return agents, "where it was launched from"
        return agents, "passive agent"
    subs = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subs) > 1:
        # "The Houthis claim responsibility, but the IDF blame ...", the first clause read as a
        # second subject: a "but" between two subjects parts them
        buts = [t.i for t in verb.doc[subs[0].i : verb.i] if t.dep_ == "cc" and t.lower_ == "but"]
        if buts:
            subs = [s for s in subs if s.i > buts[-1]] or subs
    if subs:
        # "Qatar, Turkey, Egypt and Iran condemn ...", the list after the first name parsed as
        # an adverbial noun of it: its names are subjects too
        subs = subs + [
            m
            for s in subs
            for c in s.children
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and ctx.named(c)
            for m in conjuncts(c)
        ]
        head = verb.head
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ROOT"
            and head.pos_ in NOUN_POS
            and ctx.named(head)
            and any(c.dep_ == "cc" and c.i < verb.i for c in head.children)
        ):
            # "Burkina Faso, Mali, and Niger withdraw from ECOWAS", parsed as "Burkina Faso,
            # Mali, and [Niger withdraw ...]": the names before are subjects too
            subs = [
                head,
                *(c for c in head.children if c.dep_ in {"appos", "conj"} and c.i < verb.i),
                *subs,
            ]
        if all(_mishap_subject(ctx, s) for s in subs):
            return [], "a mishap: no one's act"
        if lemma(verb) in ctx.lex.words["launch_verbs"] and not any(ctx.named(s) for s in subs):
            # "rockets fired from Lebanon" read as a clause: the weapons name no one, the
            # place they were fired from does
            origin = _launch_site(verb)
            if origin:
                return origin, "where it was launched from"
        return subs + _companions(verb, subs), "subject"
    # (a common noun too when the verb is a headline's present tense: "the Nigerien junta
    # orders the ambassadors to leave")
    stray = [
        c
        for c in verb.children
        if c.i < verb.i
        and ctx.named(c)
        and (
            (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
            # "Mali orders the ambassador to leave", the name read as an adjective
            or (c.dep_ in {"compound", "nmod", "amod"} and verb.tag_ == "VBZ")
        )
    ]
    if stray and verb.pos_ == "VERB":
        # "Turkey issues a statement ...": a headline's present tense parsed with the name as a
        # compound of the verb, as if "Turkey issues" were a noun phrase
        return stray, "subject"
    if verb.dep_ == "ROOT" and verb.pos_ == "VERB" and not is_passive(verb):
        # "In Montevideo, the presidents of Mexico and Uruguay sign an accord", the subject
        # read as an apposition of the opening phrase's place
        opened = [
            a
            for p in verb.children
            if p.dep_ == "prep" and p.i < verb.i
            for o in p.children
            if o.dep_ == "pobj"
            for a in o.children
            if a.dep_ == "appos" and a.i > o.i
        ]
        found = [x for a in opened for x in conjuncts(a)]
        if found and actors_list(ctx, found, depth + 1):
            return found, "subject (read as an apposition)"
    if misread_predicate(verb) is not None:
        return misread_subjects(verb), "subject"
    if (
        (verb.pos_ == "ADJ" or verb.tag_ == "VBN")
        and verb.dep_ in {"acomp", "xcomp"}
        and verb.head.pos_ in VERB_POS | {"AUX"}
    ):
        # "India was alarmed at ...": a participle read as the copula's complement
        if (
            verb.tag_ == "VBN"
            and lemma(verb) in ctx.lex.verbs
            and lemma(verb.head) == "be"
            and verb.head.dep_ == "advcl"
            and not any(c.dep_ == "nsubj" for c in verb.head.children)
        ):
            # "summoned the ambassador after the office was heavily damaged", a passive read as
            # a copula whose subject the parser lost: its doer is its agent, if any, never the
            # main clause's subject (a conjunct "and are opposed to" keeps its shared subject)
            return _agents(verb), "passive agent"
        return subject_of(ctx, verb.head, depth + 1)
    if depth > 5:
        return [], ""
    dep = verb.dep_
    head = verb.head
    if head.i == verb.i:
        return [], ""
    if dep == "xcomp" or (
        dep == "advcl"
        and (
            verb.tag_ in {"VBG", "VBN"}
            or any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
        )
        and not any(c.dep_ == "mark" for c in verb.children)
    ):
        split = [g for g in split_for_subject(verb) if ctx.named(g)]
        if split:
            # "demands for Lebanon to withdraw its ambassador", the "for X to" clause parsed as
            # a phrase and an infinitive beside it: X, a party, does it ("for the first time
            # since 1994 to help train" names none)
            return split, f'"for" phrase of "{head.text}"'
        if dep in {"xcomp", "advcl"} and (
            lemma(head) in ctx.lex.words["object_control"]
            or lemma(head) in ctx.lex.words["expecting"]
        ):
            # "petitioned the United Nations to investigate", its infinitive hung on the verb
            # as a clause of purpose: the one asked does it
            objs = [c for c in head.children if c.dep_ == "dobj"]
            objs = objs or prep_objects(head, "on") or prep_objects(head, "upon")
            if objs:
                return objs, f'object of "{head.text}"'
        if lemma(head) in ctx.lex.words["mishaps"] and not any(
            c.dep_ == "dobj" for c in head.children
        ):
            return [], f'an accident ("{head.text}")'
        if (
            is_passive(head)
            and lemma(head) in ctx.lex.words["instrumental"]
            and (agents := _agents(head))
        ):
            # "bombs were used by Israel to strike Beirut": a tool does nothing of its own; its
            # user does what it was used for
            return agents, f'agent of "{head.text}"'
        if (
            dep == "advcl"
            and verb.tag_ == "VBG"
            and lemma(verb) in ctx.lex.modality.gov_report
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and head.dep_ == "ccomp"
            and head.head.pos_ in VERB_POS
        ):
            # "Armenia requests that Russia withdraw its troops, saying the airport must ...": a
            # participle of saying after a comma, hung on the reported clause, is the reporter's
            found, _ = subject_of(ctx, head.head, depth + 1)
            return found, f'shared with "{head.head.text}"'
        surface = [c for c in head.children if c.dep_ == "nsubjpass"] if is_passive(head) else []
        if (
            not surface
            and is_passive(head)
            and head.dep_ == "conj"
            and head.head.pos_ in VERB_POS
            and not is_passive(head.head)
        ):
            # "arrived in Riyadh and is expected to meet the crown prince": the raised subject
            # is the one the first verb shares
            surface, _ = subject_of(ctx, head.head, depth + 1)
        if surface:
            # raising and passive control: "X is expected / scheduled / asked to V", "X was
            # questioned ..., blaming Y": the passive subject does V, not whoever expects or asks
            return surface, f'subject of "{head.text}"'
        found, _ = subject_of(ctx, head, depth + 1)
        return found, f'subject of "{head.text}"'
    speaker = _speakers_conjunct(ctx, verb)
    if speaker is not None:
        # "the EU said Russia's actions violated international law and announced sanctions":
        # an act no conduct can do is the speaker's, coordinated with the reporting verb
        found, _ = subject_of(ctx, speaker, depth + 1)
        return found, f'shared with "{speaker.text}"'
    main = misread_conjunct(verb)
    if main is not None:
        # "accused Pakistan of sponsoring terrorism and suspended trade": the accuser suspended
        found, _ = subject_of(ctx, main, depth + 1)
        return found, f'shared with "{main.text}"'
    if (dep == "conj" and head.pos_ in VERB_POS | {"ADJ"}) or (
        # "visited Cairo on Monday, then travelled to Amman": a finite clause with no subject
        # and no conjunction of its own is the second of two coordinated verbs, misread
        dep == "advcl"
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
        and head.pos_ in VERB_POS
        and not any(c.dep_ == "mark" for c in verb.children)
    ):
        found, _ = subject_of(ctx, head, depth + 1)
        return found, f'shared with "{head.text}"'
    if dep == "relcl" and head.pos_ in NOUN_POS | {"PRON"}:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "launched an initiative to cooperate on defence", parsed as a relative clause
            # with no subject: an infinitive on a noun, whose doer is the noun's owner or maker
            # "Norway became the first country to recognise Palestine", "Japan is the only G7
            # country to oppose ..." (the copula's subject before the noun's own modifiers)
            found = _copula_subject(ctx, head, depth)
            if actors_list(ctx, found, depth + 1):
                return found, f'subject of "{head.head.text}"'
            found, how = _subject_of_acl(ctx, verb, depth)
            if found:
                return found, how
        return [head], "relative clause"
    if dep == "acl":
        return _subject_of_acl(ctx, verb, depth)
    if (
        dep == "pcomp"
        and head.head.dep_ in {"advmod", "acomp"}
        and head.head.head.pos_ in VERB_POS
        and not any(c.dep_ == "nsubj" for c in head.head.children)
    ):
        # "stopped short of condemning", "came close to recognising": the verb's subject
        found, _ = subject_of(ctx, head.head.head, depth + 1)
        return found, f'subject of "{head.head.head.text}"'
    if dep == "pcomp" and head.head.pos_ in VERB_POS:
        host = head.head
        # "accused Russia of shelling", "stopped Poland from sending": the object does it;
        # "thwarted attacks by destroying a boat", "after meeting Kim": the subject does
        objs = [c for c in host.children if c.dep_ == "dobj"]
        if not objs and is_passive(host) and head.lower_ in _OBJECT_PREPS:
            if not _judging(ctx, host):
                # "a man was arrested by Greek police for attacking a priest": the police did
                # not attack, and the arrested man's act is only alleged
                return [], f'the reason for "{host.text}"'
            # "Iran was criticised by France for detaining two citizens": the one judged did it
            objs = [c for c in host.children if c.dep_ == "nsubjpass"]
        if head.lower_ == "for" and not any(ctx.named(o) for o in objs):
            # "imposed sanctions on Iran for supplying drones", "retaliated against Estonia for
            # expelling its diplomats": the reason is the deed of the party the act is aimed at
            aimed = [
                g
                for x in (host, *objs)
                for w in _AIMED_PREPS
                for g in prep_objects(x, w)
                if ctx.named(g)
            ]
            if aimed:
                return aimed, f'aimed at by "{host.text}"'
        if objs and head.lower_ in _OBJECT_PREPS:
            return objs, f'object of "{host.text}"'
        found, _ = subject_of(ctx, host, depth + 1)
        return found, f'subject of "{host.text}"'
    return [], ""


def _copula_subject(ctx: Context, noun: Token, depth: int) -> list[Token]:
    """The subject a noun after a copula is said of ("Norway became the first country to ..."):
    what the noun's clauses say, that subject does."""
    if noun.dep_ != "attr" or noun.head.pos_ not in VERB_POS | {"AUX"}:
        return []
    found, _ = subject_of(ctx, noun.head, depth + 1)
    return found


def _mishap_subject(ctx: Context, sub: Token) -> bool:
    """A subject that is a happening no one does: a mishap's word, or a storm by its name
    ("Typhoon Kai-tak hits southeast China", "Hurricane Maria struck Puerto Rico")."""
    words = ctx.lex.words
    return lemma(sub) in words["mishaps"] or (
        sub.pos_ == "PROPN"
        and any(c.dep_ == "compound" and lemma(c) in words["hazards"] for c in sub.children)
    )


def _mishap(ctx: Context, agent: Token) -> bool:
    """An agent that is a happening no one does ("killed by winds", "by a crocodile"); "by
    artillery fire", "by Syrian army fire" name a doer's weapon."""
    return lemma(agent) in ctx.lex.words["mishaps"] and not any(
        c.dep_ in {"compound", "amod", "nmod", "poss"}
        and (ctx.named(c) or lemma(c) in ctx.onto.assault_means)
        for c in agent.children
    )


def _speakers_conjunct(ctx: Context, verb: Token) -> Token | None:
    """The reporting verb a finite verb belongs with when the parser coordinated it inside the
    reported clause whose subject is conduct ("Russia's actions", "the strike"): conduct does
    not announce, impose or vow, so the verb is the speaker's. Acts of force are left where they
    are ("said the strike killed five and wounded ten")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in {"VBD", "VBZ"}
        or head.dep_ != "ccomp"
        or not is_form(head.head, ctx.lex.modality.gov_report)
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    rules = ctx.lex.judgements
    if rules is None or not subjects:
        return None
    if not all(s.pos_ == "NOUN" and lemma(s) in rules.conduct for s in subjects):
        return None
    if any(
        ctx.onto.in_class("violent", e.event_type) and not e.objects
        for e in ctx.lex.verbs.get(lemma(verb), ())
    ):
        return None  # a verb of force in itself ("killed", "wounded"), whatever its object
    return head.head


def _agents(verb: Token) -> list[Token]:
    """The objects of a verb's "by" agent phrase; a gerund there names its own doer ("wounded
    by Syrian artillery shelling")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj" or (g.dep_ == "pcomp" and any(s.dep_ == "nsubj" for s in g.children))
    ]


def _launch_site(verb: Token) -> list[Token]:
    """The "from" phrase of a launch verb or of what it launched ("fired shells from Syria")."""
    site = prep_objects(verb, "from")
    if not site:
        site = [g for o in verb.children if o.dep_ == "dobj" for g in prep_objects(o, "from")]
    return site


# types of the measures and judgements whose reason a possessive may name the judged party in
_JUDGING = frozenset({"SANCTION", "ACCUSE", "COERCE", "SUPPORT", "REJECT", "THREATEN"})
# prepositions that place a noun rather than name who acts
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "inside", "across", "around", "within"})


def _subject_of_acl(ctx: Context, verb: Token, depth: int) -> tuple[list[Token], str]:
    """The doer of a clause modifying a noun: a misparsed main clause, "the plan to ...",
    "rebels demanding ..."."""
    head = verb.head
    root = verb.sent.root
    if root.pos_ in NOUN_POS and verb.tag_ in {"VBD", "VBN"}:
        # a sentence without a main verb is a misparse of "The newspaper called on ...",
        # "Doctors from two aid groups donated ...": its root noun is the subject
        return [root], "subject"
    if (
        verb.tag_ == "VBD"
        and root.tag_ == "VBG"
        and root.i < verb.i
        and not any(c.dep_ == "aux" for c in root.children)
        and head.dep_ == "pobj"
        and head.head.head.i == root.i
    ):
        # "Mitsotakis speaking to the Atlantic Council think tank called the deal void": a past
        # verb the parser hung on the participle's object is the main verb, and the
        # participle's subject is its subject
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        if subj:
            return subj, "subject (a misparsed participle before it)"
    if head.pos_ in NOUN_POS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "the U.S. plan to invade Iraq", "Russia's decision to withdraw": the plan's owner
        owners = [c for c in head.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        if any(ctx.named(o) for o in owners) or any(o.lower_ in PRONOUNS for o in owners):
            return owners, f'owner of "{head.text}"'
        if head.dep_ == "ROOT":
            # "Assad plans to meet Kim", the verb read as a noun with a subject: its subject
            subj = [c for c in head.children if c.dep_ == "nsubj"]
            if subj:
                return subj, f'subject of "{head.text}"'
        # "the decision by Washington to impose tariffs"
        makers = [g for g in prep_objects(head, "by") if actors_of(ctx, g, depth=depth + 1)[0]]
        if makers:
            return makers, f'"by" phrase of "{head.text}"'
        clause = head.head.head
        if (
            not owners
            and head.dep_ == "pobj"
            and clause.pos_ in VERB_POS
            and comma_between(ctx.doc, head.i, verb.i)
        ):
            # "the Assembly votes, with 65 abstentions, to pass a resolution": an infinitive
            # after a phrase set off by commas is the verb's, not the phrase noun's
            found, _ = subject_of(ctx, clause, depth + 1)
            return found, f'subject of "{clause.text}"'
        verb = _author_verb(head)
        if (
            not owners
            and (head.dep_ == "dobj" or (head.dep_ == "pobj" and _authored(ctx, head)))
            and verb.pos_ in VERB_POS
            and (
                lemma(verb) == "have"
                or is_form(verb, ctx.lex.modality.gov_report)
                or _authored(ctx, head)
                or _held_joint_act(ctx, head)
            )
        ):
            # "Canada announced plans to send ...", "has no plans to impose ...", "approved a
            # move to send ...", "set up a mechanism to coordinate ...": whoever has, announces,
            # adopts or sets up the plan or the body is its owner
            found, _ = subject_of(ctx, verb, depth + 1)
            return found, f'owner of "{head.text}" (subject of "{verb.text}")'
        return [], ""
    if head.pos_ in NOUN_POS and verb.tag_ == "VBG":
        # "rebels demanding ...", or "a declaration demanding ..." issued by someone
        if actors_of(ctx, head, depth=depth + 1)[0]:
            return [head], "participle"
        if head.dep_ == "dobj" and _authored(ctx, head):
            # "wrote a letter to the Security Council urging India ...": the text's maker, not
            # the addressee named just before the gerund
            found, _ = subject_of(ctx, head.head, depth + 1)
            return found, f'maker of "{head.text}"'
        # "in response to the United States vetoing a resolution", the gerund hung on a noun
        # that names no one: the name just before the gerund is its subject (not a place the
        # noun is in: "Israel's operation in Gaza expanding")
        before = [
            g
            for c in head.children
            if c.dep_ == "prep" and c.i < verb.i and c.lower_ not in _PLACE_PREPS
            for g in c.children
            if g.dep_ == "pobj" and g.right_edge.i == verb.i - 1 and ctx.named(g)
        ]
        owned = any(c.dep_ in {"poss", "compound", "nmod", "amod"} for c in head.children)
        if before and not owned:
            return before, "subject (the name before the gerund)"
        if head.dep_ == "pobj" and _authored(ctx, head):
            # "responded with a statement condemning Israel": the text's maker
            found, _ = subject_of(ctx, _author_verb(head), depth + 1)
            return found, f'maker of "{head.text}"'
        if head.head.pos_ not in VERB_POS:
            return [head], "participle"
        found, _ = subject_of(ctx, head.head, depth + 1)
        return found, f'subject of "{head.head.text}"'
    return [], ""
