"""A trigger's frame: its source and target actors, read from the slots its lexicon entry names.

The subject (or the passive agent, the controller of an infinitive, the head noun of a relative
clause) is the source of a verb; the object, the dative or the prepositions the entry names give
the target. An event noun takes its source from its possessor, an actor modifier, "by" or
"between", or the subject of the support verb governing it ("held talks", "joined sanctions").
Compound actors ("Russia and China") are all kept; the parties of a mutual event are all sources.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...model import Actor
from ...nlp import blaming_verbs
from ...syntax import (
    NOUN_POS,
    VERB_POS,
    adjunct_host,
    against_prefixed,
    conjuncts,
    dash_partners,
    is_participle,
    is_passive,
    is_raised_participle,
    lemma,
    members_named,
    misread_predicate,
    placed_in_time,
    prep_objects,
    split_for_subject,
    that_clause,
    to_clause,
)
from ..modality import assess, is_form
from .arguments import OBJ_PREPS, actors_list, actors_of, of_members, subject_of
from .places import as_place, holder
from .state import (
    Context,
    Trigger,
    bordering_phrase,
    done_jointly,
    each_its_own,
    names,
    others,
    partner_phrase,
    passing_clause,
    same,
    unique,
    unique_tokens,
)
from .triggers import match_noun

__all__ = [
    "Frame",
    "absorbed_partners",
    "absorbed_source",
    "carrier",
    "coordinated_speaker",
    "folded_nouns",
    "frames",
    "purpose_clauses",
    "slot",
]

# sources, how they were found, targets, how they were found
Frame = tuple[list[Actor], str, list[Actor], str]

# pronouns a demand's clause may have as its subject: the party asked
_ADDRESSEES = frozenset({"they", "it"})


def _other_before(ctx: Context, pron: Token, doers: set[str | None]) -> list[Actor]:
    """The nearest actor named before ``pron`` in its sentence that is none of ``doers`` and
    agrees with it: "they" a plural noun ("Chinese vessels") or a coordination, "it" a
    country, a body or a singular noun."""
    sent = pron.sent
    for m in reversed(ctx.mentions):
        if m.token_end > pron.i or m.token_start < sent.start:
            continue
        if m.actor.code in doers or not m.actor.code or m.actor.kind == "person":
            continue
        head = ctx.doc[m.head]
        if head.dep_ in {"amod", "compound", "nmod", "poss"}:
            head = head.head  # "Chinese vessels": the noun the name qualifies
        plural = head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)
        if (pron.lower_ == "they") != plural:
            continue
        return [m.actor]
    return []


# ways of finding a phrase's party that its name says well enough in a trace
_PLAIN_HOW = frozenset({"", "named", "in its phrase", "apposition"})
_ARMED = frozenset({"MIL", "REB", "PRM", "UAF"})  # sectors that fight a clash
_PRIVATE_PEOPLE = frozenset({"CVL", "REF"})  # citizens and refugees: no guests, no callers
_SLOT_DEPS = frozenset({"prep", "dative", "agent"})
# where a gerund stands as a noun would ("in response to Indian shelling")
_NOMINAL_DEPS = frozenset({"pcomp", "pobj", "nsubj", "nsubjpass", "dobj"})


def slot(ctx: Context, t: Trigger, name: str, *, place: bool = False) -> tuple[list[Actor], str]:
    """The actors in one slot of the trigger's frame, and how they were found; ``place``: a
    target slot may name a place the place list knows, standing for its country."""
    tok = t.tok
    noun = tok.pos_ in NOUN_POS
    if name == "subj":
        if noun:
            if t.light is not None and t.inherit_subject:
                subj, _ = subject_of(ctx, t.light)
                return actors_list(ctx, subj, 0), f'subject of "{t.light.text}"'
            ready = _ready_for(ctx, tok)
            if ready is not None:
                # "said it was ready for talks with the United States": whoever is ready
                subj, _ = subject_of(ctx, ready)
                return actors_list(ctx, subj, 0), f'subject of "{ready.text}"'
            verb = passing_clause(ctx, tok) if t.entry.need_circumstance else None
            if verb is not None:
                # "freed the priests following an agreement with the Vatican": who freed them
                subj, _ = subject_of(ctx, verb)
                return actors_list(ctx, subj, 0), f'subject of "{verb.text}", which came of it'
            part = _part_in(ctx, tok)
            if part is not None:
                # "condemned Iran's involvement in the attack": whose part in it is told (a
                # pronoun owner is left out: "sanctions on North Korea over their involvement
                # in the hack" reads "their" as the sanctioning United States)
                owners = [c for c in part.children if c.dep_ == "poss"] or prep_objects(part, "of")
                owners = [o for o in owners if o.pos_ != "PRON"]
                return actors_list(ctx, owners, 0), f'whose "{part.text}" in it'
            return [], ""
        subj, how = subject_of(ctx, tok)
        found = actors_list(ctx, subj, 0)
        acting = _acting_under(tok)
        if not found and acting is not None:
            # "under the agreement reached with Mexico, the United States will ...": whoever
            # acts under a pact reached it
            subj, _ = subject_of(ctx, acting)
            found, how = actors_list(ctx, subj, 0), f'subject of "{acting.text}", acting under it'
        if not found and tok.tag_ == "VBG" and tok.dep_ in _NOMINAL_DEPS:
            # "in response to South Korean shelling": a gerund the parser reads as a verb but
            # that stands as a noun is owned by its modifiers, as the noun would be
            owners = [c for c in tok.children if c.dep_ in {"amod", "poss", "compound", "nmod"}]
            found, how = actors_list(ctx, owners, 0), "owner of the gerund"
        return found, how
    if name == "named":  # "hosted Japanese Prime Minister Hashimoto", not "received a gain"
        if noun:
            return [], ""
        # "Netanyahu was received by Macron": the passive subject
        deps = {"nsubjpass"} if is_passive(tok) else {"dobj"}
        objs = [c for c in tok.children if c.dep_ in deps]
        # "cuts off Ethiopia and Mali from the programme", the object hung on the particle
        objs += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
        predicates = [c for c in tok.children if c.dep_ == "oprd"]
        if len(objs) + len(predicates) > 1:
            # "for calling French a language that cannot count": an object named as something
            # is talked about, not called or received
            return [], ""
        if not objs and not is_passive(tok):
            objs = predicates  # "Macron called Putin", the name misread as a predicate
        # "hosted Netanyahu and Abbas", "received the leaders of Jordan, Iraq and Egypt": every
        # party named in a list headed by a named party ("received 55 prisoners and Viktor
        # Medvedchuk" receives no guest)
        counterparts = [o for o in objs if lemma(o) in ctx.lex.words["counterparts"]]
        objs = [x for o in objs if ctx.named(o) for x in conjuncts(o)]
        named = [m.actor for o in objs for m in ctx.named(o)]
        named += [a for o in objs if ctx.named(o) for a in of_members(ctx, o)]
        # "received 47 French nationals", "hosted Ukrainian refugees": citizens taken in are
        # no guests
        named = [a for a in named if a.sector not in _PRIVATE_PEOPLE]
        if not named and counterparts:
            # "called his Hungarian counterpart": an office-holder named by the state whose
            # office it is, as a name would
            found = actors_list(ctx, counterparts, 0)
            if found:
                return unique(found), "the counterpart it names"
        return unique(named), "object"
    if name in {"dobj", "objmod"}:
        if noun and not (name == "objmod" and t.entry.preps):
            return [], ""  # (a noun's prepositional object: "interest in talks with Seoul")
        return _object_slot(ctx, t, name, place)
    if name == "objclause":
        return ([] if noun else _object_clause(ctx, tok)), "named by the object's clause"
    if name == "iobj":
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "dative":
                if c.pos_ == "ADP":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
                else:
                    out.append(c)
        if not out and is_passive(tok) and any(c.dep_ == "dobj" for c in tok.children):
            # "the ambassador was handed a protest note", "officials were given access": a
            # passive that keeps its object was said of whom it was given to
            out = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not out and _given_with(t):
            # "provided Ukraine with intelligence", "supplied the rebels with arms": what is
            # given stands in the "with" phrase, so the object is whoever receives it
            out = [c for c in tok.children if c.dep_ == "dobj"]
        return actors_list(ctx, out, 0), "indirect object"
    if name == "with" and _given_with(t):
        # the "with" phrase holds what is given, not a partner ("intelligence on Russian
        # positions" names no one it was shared with)
        return [], ""
    if name == "xsubj":
        subs = [
            g
            for c in tok.children
            if c.dep_ in {"ccomp", "xcomp", "acl"} or (c.dep_ == "advcl" and _for_clause(c))
            for g in c.children
            if g.dep_ in {"nsubj", "nsubjpass"}
        ]
        if not subs:
            subs = _subjunctive_subject(ctx, tok)
        if not subs and t.entry.stance == "request":
            # (a vow "for the EU to lift sanctions" is the vower's own)
            subs = [
                g
                for v in tok.children
                if v.dep_ in {"advcl", "xcomp"}
                for g in split_for_subject(v)
            ]
        if is_form(tok, ctx.lex.words["expecting"]):
            # what one expects of a party is asked of it, what one expects of a thing of theirs
            # is foreseen: "Germany expects Turkey to respect ...", not "the IMF expects that
            # U.S. output will expand"
            subs = [g for g in subs if ctx.named(g) or g.pos_ == "PRON"]
        found = actors_list(ctx, subs, 0)
        if len(subs) == 1 and subs[0].lower_ in _ADDRESSEES:
            # "spotted Chinese vessels and demanded that they leave": one rarely demands of
            # oneself, so a pronoun that came back as the demander is the other party named
            # before it in the sentence
            host = tok
            while host.dep_ == "conj" and not subject_of(ctx, host)[0]:
                host = host.head  # "spotted vessels and demanded ...": the shared subject
            doers = {a.code for a in actors_list(ctx, subject_of(ctx, host)[0], 0)}
            if doers and {a.code for a in found} <= doers:
                found = _other_before(ctx, subs[0], doers)
                return found, f'subject of the demanded clause: "{subs[0].text}" = other party'
        return found, "subject of the demanded clause"
    if name == "rival":
        return _rival(ctx, t), "the other side of the tension it is told amid"
    if name == "xobj":
        return _governed_object(ctx, tok), "object of the clause it governs"
    if name == "entered":
        return ([] if noun else _entered(ctx, tok)), "the place the clause it governs reaches"
    if name == "stationed":
        return _stationed(ctx, t), "where the forces serve"
    if name == "poss":
        return actors_list(ctx, (c for c in tok.children if c.dep_ == "poss"), 0), "possessor"
    if name == "provoker":
        # "the visit drew condemnation from China": what drew it is what is condemned
        verb = t.light
        if not noun or verb is None or not is_form(verb, ctx.lex.words["elicit"]):
            return [], ""
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_passive(verb.head):
            # "the ship was seized by Iranian forces, prompting condemnation from Britain": the
            # act drew it, and the act is its agent's
            agents, _ = subject_of(ctx, verb.head)
            found = actors_list(ctx, agents, 0)
            if found:
                return found, f'agent of "{verb.head.text}"'
        subj, _ = subject_of(ctx, verb)
        return actors_list(ctx, subj, 0), f'subject of "{verb.text}"'
    if name == "mod":
        # "the Helsinki summit", "the Minsk talks": a capital naming a meeting is its venue; so
        # is one naming an attack its scene ("condemned the Paris attacks")
        venue = noun and (
            ctx.onto.in_class("attended", t.entry.event_type)
            or ctx.onto.in_class("violent", t.entry.event_type)
            or is_form(tok, ctx.lex.words["named_by_place"])  # "the Minsk ceasefire"
        )
        return _modifier_slot(ctx, tok, venue=venue), "modifier"
    if name == "defier":
        return _defier(ctx, tok)
    if name == "addressed":
        return _addressed(ctx, tok)
    if name == "responder":
        return _responder(ctx, tok)
    if name == "aided":
        return _aided(ctx, tok)
    if name == "objowner":
        return _object_owner(ctx, t), "owner of the object"
    if name == "purpose":
        return _purpose_party(ctx, t)
    if name == "countered":
        return _countered(ctx, t)
    return _preposition_slot(ctx, t, name, place), f'"{name}" phrase'


def _given_with(t: Trigger) -> bool:
    """The entry's object was found in the verb's own "with" phrase ("provide X with Y")."""
    return t.tok.pos_ not in NOUN_POS and any(
        o.dep_ == "pobj" and o.head.lower_ == "with" and o.head.head.i == t.tok.i for o in t.objects
    )


def _part_in(ctx: Context, noun: Token) -> Token | None:
    """The noun of a part taken, whose "in" phrase ``noun`` is: "his role in the killings",
    "Iran's involvement in the attack"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    part = prep.head
    return part if lemma(part) in ctx.lex.words["taking_part"] else None


def _ready_for(ctx: Context, noun: Token) -> Token | None:
    """The adjective of a stance whose "for" phrase ``noun`` is ("ready for talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "ADJ":
        return None
    adj = prep.head
    return adj if any(e.stance for e in ctx.lex.adjs.get(lemma(adj), ())) else None


def _acting_under(verb: Token) -> Token | None:
    """For a participle telling a pact in an "under" phrase ("under the deal signed with X, Y
    will ..."), the verb of the clause the phrase hangs on."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ != "under" or prep.head.pos_ not in VERB_POS:
        return None
    return prep.head


def _across(frontier: Token) -> list[Token]:
    """The parties a frontier noun is shared with: its "with" phrase, or the "with" phrase right
    after it that the parser hung elsewhere ("massed troops on the border with Iran")."""
    found = prep_objects(frontier, "with")
    after = frontier.doc[frontier.i + 1] if frontier.i + 1 < len(frontier.doc) else None
    if not found and after is not None and after.lower_ == "with" and after.dep_ == "prep":
        found = [x for g in after.children if g.dep_ == "pobj" for x in conjuncts(g)]
    return found


def _addressed(ctx: Context, noun: Token) -> tuple[list[Actor], str]:
    """ "In a phone call on Tuesday, Putin told Erdogan that ...": a call in whose course the
    clause's subject tells, assures or urges someone (``words.addressing``) is with the one
    told."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in VERB_POS:
        return [], ""
    if not is_form(verb, ctx.lex.words["addressing"]) or is_passive(verb):
        return [], ""
    told = [c for c in verb.children if c.dep_ in {"dobj", "iobj", "dative"}]
    return actors_list(ctx, told, 0), f'the one "{verb.text}" addresses'


def _defier(ctx: Context, noun: Token) -> tuple[list[Actor], str]:
    """ "Palestine joined Interpol despite objections from Israel": the subject of the verb a
    "despite"/"amid" phrase hangs on acted in the face of the noun, so it is the one the
    criticism or warning is aimed at."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in NOUN_POS:
        node = node.head
    prep = node.head
    if (
        node.dep_ == "dobj"
        and prep.pos_ in VERB_POS
        and not is_passive(prep)
        and is_form(prep, ctx.lex.words["defying"])
    ):
        # "the drills went ahead as both armies ignored warnings from North Korea": whoever
        # ignores or defies a warning or a call is the one it was aimed at
        subj, _ = subject_of(ctx, prep)
        return actors_list(ctx, subj, 0), f'who "{prep.text}" it'
    # "imposed the rule, much to the chagrin of Vietnam": whoever did it caused the feeling
    felt = prep.lower_ == "to" and bool(prep_objects(node, "of"))
    if (
        node.dep_ != "pobj"
        or (prep.lower_ not in _DEFYING and not felt)
        or prep.head.pos_ not in VERB_POS
    ):
        return [], ""
    subj, _ = subject_of(ctx, prep.head)
    return actors_list(ctx, subj, 0), f'who "{prep.head.text}" {prep.text} it'


def _trailing_speaker(ctx: Context, tok: Token) -> Token | None:
    """ "Medvedev says tensions have sent the world into a new Cold War, blaming US leaders":
    a participle of blame after a comma, hung by the parser on the reported clause, is the
    speaker's own act; the reporting verb, or None."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    node = tok.head
    for _ in range(3):
        if node.dep_ == "ccomp" and is_form(node.head, ctx.lex.modality.gov_report):
            return node.head
        if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def coordinated_speaker(ctx: Context, tok: Token) -> Token | None:
    """ "The ministry said the remarks were irresponsible and urged Washington to stop": the
    parser coordinates the second verb with the reported clause, but an appeal or a charge with
    no subject of its own, beside a reported judgement (a copula) or a clause whose subject names
    no party, is the speaker's own act, as asserted as the reporting verb ("warned that hysteria
    could lead to a catastrophe and urged the parties to negotiate"); the reporting verb, or
    None."""
    head = tok.head
    if (
        tok.dep_ != "conj"
        or tok.pos_ not in VERB_POS
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        or head.dep_ != "ccomp"
        or not is_form(head.head, ctx.lex.modality.gov_report)
    ):
        return None
    sources = actors_list(ctx, [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}], 0)
    copular = lemma(head) == "be" or any(c.dep_ in {"acomp", "attr"} for c in head.children)
    # "said Russia had invaded Ukraine and urged Moscow to withdraw": no one urges itself
    urged = {a.code for a in actors_list(ctx, [c for c in tok.children if c.dep_ == "dobj"], 0)}
    itself = bool(sources) and {a.code for a in sources} <= urged
    return head.head if copular or itself or not sources else None


def _responder(ctx: Context, noun: Token) -> tuple[list[Actor], str]:
    """ "Denmark recalled its frigate following a request from NATO", "sent troops at the
    request of the government", "in response to a call from Kyiv": the subject of the verb the
    phrase hangs on acted on the appeal, so it is the one appealed to."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lower_ == "following" and prep.dep_ == "advcl":
        # "following" parsed as a participle with the request as its object
        subj, _ = subject_of(ctx, prep.head)
        return actors_list(ctx, subj, 0), f'who "{prep.head.text}" {prep.text} it'
    if noun.dep_ == "dobj" and is_form(prep, ctx.lex.modality.object_receiving):
        # "NATO considers a request from Turkey": the one dealing with it was asked
        subj, _ = subject_of(ctx, prep)
        return actors_list(ctx, subj, 0), f'who "{prep.text}" it'
    if noun.dep_ != "pobj":
        return [], ""
    if prep.lower_ == "to" and prep.head.lower_ == "response" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in response to": the "in" phrase
    elif prep.lower_ == "in":
        return [], ""
    if prep.lower_ not in _RESPONDING or prep.head.pos_ not in VERB_POS:
        return [], ""
    subj, _ = subject_of(ctx, prep.head)
    return actors_list(ctx, subj, 0), f'who "{prep.head.text}" {prep.text} it'


def _aided(ctx: Context, noun: Token) -> tuple[list[Actor], str]:
    """ "With the help of French investigators, Spanish police arrested ten suspects", "retook
    the city with support from the United States": help in a "with" phrase went to the doer of
    the clause it hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ not in VERB_POS:
        return [], ""
    subj, _ = subject_of(ctx, prep.head)
    return actors_list(ctx, subj, 0), f'who "{prep.head.text}" with it'


def _object_owner(ctx: Context, t: Trigger) -> list[Actor]:
    """Whose the object is: its possessor, an actor modifier, its "from", "by" or "of" phrase
    ("dismissed the demands for a ceasefire from the US", "rejected Australia's ultimatum"),
    never a party inside what the object asks for ("dismissed calls for sanctions against
    Iran" rejects no one named)."""
    tok = t.tok
    objs = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if is_passive(tok) else {"dobj"})]
    # "asked for Germany's help": an object the entry matched through a preposition
    objs += [o for o in t.objects if o.dep_ == "pobj" and o.head.head.i == tok.i]
    owners: list[Token] = []
    for o in objs:
        owners.extend(c for c in o.children if c.dep_ == "poss")
        owners.extend(c for c in o.children if c.dep_ in _MODIFIER_DEPS and ctx.named(c))
        for word in ("from", "by", "of"):
            owners.extend(prep_objects(o, word))
            # "the demands for a ceasefire from the US": the parser may hang it on the content
            owners.extend(g for p in prep_objects(o, "for") for g in prep_objects(p, word))
    return actors_list(ctx, owners, 0)


def _wronged(ctx: Context, sources: list[Actor]) -> list[Actor]:
    """The party an apology is owed to when it names none: the target of the last event its
    source was told doing, in its sentence or the two before ("a Russian helicopter was shot
    down by Azerbaijani forces ... Azerbaijan apologised")."""
    return _other_side(ctx, sources, by_source=True)


def _assailant(ctx: Context, sources: list[Actor]) -> list[Actor]:
    """Whom revenge or retaliation that names no one is aimed at: the doer of the last attack,
    coercion or sanction told against its source, in its sentence or the two before ("A US
    drone strike killed an Iranian general in Baghdad. Iran vowed revenge"; ``classes.violent``
    and ``classes.provoking``)."""
    return _other_side(ctx, sources, by_source=False)


def _other_side(ctx: Context, sources: list[Actor], *, by_source: bool) -> list[Actor]:
    """The other side of the last event told in this sentence or the two before in which
    ``sources`` acted (``by_source``) or, of the violent ones, were struck."""
    codes = {a.code for a in sources if a.code}
    if not codes:
        return []
    for ev in reversed(ctx.told):
        if ev.sentence_index < ctx.sent_index - 2:
            break
        own, other = (ev.source, ev.target) if by_source else (ev.target, ev.source)
        if not by_source and not (
            ctx.onto.in_class("violent", ev.event_type)
            or ctx.onto.in_class("provoking", ev.event_type)
        ):
            continue
        if codes & {a.code for a in own}:
            found = [a for a in other if a.code and a.code not in codes]
            if found:
                return found
    return []


def _addressee(ctx: Context, tok: Token) -> list[Actor]:
    """Whom the letter, call or address a statement is told in went to: "In a letter sent to
    Trump, Kim apologised", "In an address to the Israeli Knesset, Merkel said Germany would
    stand by ..."; looked for on the trigger and the verbs of the clauses it is said in."""
    media = ctx.lex.words["media"]
    node = tok
    for _ in range(4):
        for n in prep_objects(node, "in"):
            if lemma(n) not in media:
                continue
            heads = [n] + [c for c in n.children if c.dep_ == "acl"]
            found = actors_list(ctx, [o for h in heads for o in prep_objects(h, "to")], 0)
            if found:
                return found
        if node.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or node.head.i == node.i:
            break
        node = node.head
    return []


def _rival(ctx: Context, t: Trigger) -> list[Actor]:
    """The other party of a standing dispute a show of force is told amid: "deployed bombers to
    Diego Garcia amid rising tensions with Iran", "held drills during the standoff with China";
    or of the border it is told at ("along the border with China")."""
    hosts = [t.tok, *t.objects] + ([t.light] if t.light is not None else [])
    for host in hosts:
        for word in ("amid", "amidst", "during", "over"):
            for o in prep_objects(host, word):
                if lemma(o) in ctx.lex.words["rivalry"]:
                    found, _ = actors_of(ctx, o, depth=1, preps=OBJ_PREPS)
                    # "amid tension caused by North Korea's missile launches"
                    causers = [
                        g
                        for c in o.children
                        if c.dep_ == "acl" and c.tag_ == "VBN"
                        for g in prep_objects(c, "by")
                    ]
                    for g in causers if not found else ():
                        found.extend(actors_of(ctx, g, depth=1, preps=OBJ_PREPS)[0])
                    if found:
                        return found
        # "put its army on alert along the border with China", "massed troops at the frontier
        # with Armenia": the state on the other side of the border
        for word in ("along", "at", "near", "on", "to"):
            for o in prep_objects(host, word):
                if lemma(o) in {"border", "frontier", "boundary"}:
                    found = actors_list(ctx, prep_objects(o, "with"), 0)
                    if found:
                        return found
    return []


# verbs of helping that also name verbal support, which helping them is not aid
_VERBAL_HELP = frozenset({"support", "back"})


def _governed_object(ctx: Context, tok: Token) -> list[Actor]:
    """Who or where the infinitive a trigger governs acts on: "the threat to take back the
    Panama Canal", "threatened to seize Greenland" (a place stands for its country)."""
    helping = lemma(tok) == "help"
    for c in tok.children:
        if c.dep_ not in {"xcomp", "ccomp", "acl"}:
            continue
        if helping:
            # "pledged $500 million to help rebuild the Gaza Strip": what help does to its
            # object's owner is help only with a verb of helping ("help capture the town" helps
            # no one in it), with "to" or without; helping support or back someone's cause is
            # the support itself ("help support the rights of Palestinians")
            if not is_form(c, ctx.lex.words["helping"] - _VERBAL_HELP):
                continue
        elif not to_clause(c):
            continue
        objs = [g for g in c.children if g.dep_ == "dobj"]
        found = _parties_or_places(ctx, objs)
        if not found and not helping:
            # "threatened to take legal action against Japan", "to impose sanctions on Iran":
            # the party the governed act is aimed at, in its own phrase or its object's
            aimed = [g for h in (c, *objs) for w in _AIMED_PREPS for g in prep_objects(h, w)]
            found = actors_list(ctx, aimed, 0)
        if found:
            return found
    return []


# the phrases that name whom a governed act is aimed at
_AIMED_PREPS = ("against", "on")


def _parties_or_places(ctx: Context, toks: list[Token]) -> list[Actor]:
    """The parties ``toks`` name, or else the countries of the places they name ("seize
    Greenland", "enter Gaza")."""
    return actors_list(ctx, toks, 0) or [a for o in toks for a in as_place(ctx, o)]


def _entered(ctx: Context, tok: Token) -> list[Actor]:
    """The place that what a trigger lets through, or keeps out, reaches: "allowed aid trucks to
    enter Gaza", "let aid flow into the Gaza Strip", "were barred from entering Israel", and
    of a passive, "was denied entry to Russia" (a place stands for its country)."""
    clauses = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}]
    clauses += prep_objects(tok, "from")  # "from entering Israel", a gerund
    for c in clauses:
        if c.pos_ not in VERB_POS:
            continue
        places = [g for g in c.children if g.dep_ == "dobj"]
        places += [g for w in _REACHED_PREPS for g in prep_objects(c, w)]
        found = _parties_or_places(ctx, places)
        if found:
            return found
    if is_passive(tok):
        hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        places = [g for h in hosts for w in ("to", "into") for g in prep_objects(h, w)]
        return _parties_or_places(ctx, places)
    return []


# adverbs of direction whose phrase tells where a verb's act goes
_DIRECTIONS = frozenset({"back", "home", "away", "out", "over", "across"})
# the phrases that name where something let through goes
_REACHED_PREPS = ("into", "to", "in")


def _stationed(ctx: Context, t: Trigger) -> list[Actor]:
    """Where the forces a trigger moves serve, told by a participle of posting on them:
    "withdrew its troops stationed in Iraq", "a withdrawal of the troops positioned in Iraq"."""
    forces = list(t.objects) if t.tok.pos_ not in NOUN_POS else prep_objects(t.tok, "of")
    places = [
        g
        for f in forces
        for c in f.children
        if c.dep_ == "acl" and lemma(c) in ctx.lex.words["posting"]
        for w in ("in", "at", "on")
        for g in prep_objects(c, w)
    ]
    return _parties_or_places(ctx, places)


def _subjunctive_subject(ctx: Context, verb: Token) -> list[Token]:
    """The subject of a demanded clause in the subjunctive that the parser read as one noun
    phrase: in "demanded that Israel halt settlement construction" the bare verb "halt" became
    a modifier of "construction", so "Israel halt settlement construction" is a ``ccomp`` noun
    with "that" as its mark. Its first word, when it names a party, is the subject."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in NOUN_POS:
            continue
        if not that_clause(c):
            continue
        first = next((m for m in c.children if m.dep_ in {"compound", "nmod"}), None)
        if first is not None and first.i < c.i - 1 and ctx.named(first):
            return [first]
    return []


def _for_clause(clause: Token) -> bool:
    """A clause marked "for": "called for Israel to halt" (Israel is asked to act)."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)


def _object_slot(ctx: Context, t: Trigger, name: str, place: bool) -> tuple[list[Actor], str]:
    """``dobj``: the object (a passive's subject, a bare participle's host); ``objmod``: actors
    inside the object's phrase."""
    tok = t.tok
    objs = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if is_passive(tok) else {"dobj"})]
    if t.absorbed and ctx.onto.in_class("violent", t.entry.event_type):
        # "the strikes were targeted at the militia": an attack folded into the verb is the act
        # told again, never what it struck
        folded = {n.i for n in t.absorbed}
        objs = [o for o in objs if o.i not in folded]
    misread = misread_predicate(tok)
    if misread is not None:
        objs.append(misread)
    if not objs and is_participle(tok):
        # "Criticised by Washington, Pyongyang ...", "the ships seized by Russia"
        objs = subject_of(ctx, tok.head)[0] if tok.dep_ == "advcl" else [tok.head]
    if not objs and is_passive(tok) and tok.dep_ == "conj" and is_passive(tok.head):
        # "the statement is welcomed by Taiwan, but is condemned by China": coordinated
        # passives share their subject
        objs = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not objs and is_passive(tok):
        objs = _passive_adjunct_host(tok)
    if not objs and t.entry.stance is None and not is_form(tok, ctx.lex.modality.gov_report):
        # "threatened to jail any US spies caught gathering information", the object and its
        # participle read as a clause: a verb that takes no clause has the clause's subject
        # as its object
        objs = [
            g
            for c in tok.children
            if c.dep_ == "ccomp" and not any(m.dep_ == "mark" for m in c.children)
            for g in c.children
            if g.dep_ == "nsubj" and g.pos_ in NOUN_POS
        ]
    if not objs and is_raised_participle(tok):
        # "1,000 coalition troops are reported killed", "two soldiers were feared captured":
        # the subject of the passive verb of saying is the one it befell
        objs = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not objs and name == "objmod" and t.entry.preps:
        # a prepositional verb's object: "called for sanctions against Pakistan"
        for word in t.entry.preps:
            objs.extend(prep_objects(tok, word))
    if name == "dobj" and t.entry.objects and ctx.onto.in_class("giving", t.entry.event_type):
        # "will donate its MiG-29 fighter jets": the object that made the entry is the gift,
        # and its possessor the one giving it ("gave Ukraine tanks", the recipient read as a
        # modifier of the gift, still names the recipient)
        matched = {o.i for o in t.objects}
        objs = [
            o for o in objs if o.i not in matched or not any(c.dep_ == "poss" for c in o.children)
        ]
    if name == "dobj":
        if len(objs) == 1:
            # say how a single object named its party when it was not by name: "condemned the
            # deal" is "object: "deal" refers to "signed a maritime deal" before"
            found, how = actors_of(ctx, objs[0], depth=1)
            label = "object" if how in _PLAIN_HOW else f"object: {how}"
        else:
            found, label = actors_list(ctx, objs, 0), "object"
        if not found and objs:
            # "visited Europe, including France and Germany", "sanctioned several states,
            # including Iran": the list the parser hung on the verb names the object's members
            members = members_named(tok, ("including", "like"))
            members = [g for g in members if g.i > objs[0].i]
            found = actors_list(ctx, members, 0)
            if found:
                label = "members the object includes"
        if not found and place:
            found = [a for o in objs for a in as_place(ctx, o)]
        if not found and len(objs) == 1 and _demonstrative(objs[0]):
            # '"We condemn this attack," Maas said of the Russian strike': what the speaker
            # said it of
            speaker = assess(tok, ctx.lex.modality, {}).speaker
            about = (
                [*prep_objects(speaker, "of"), *prep_objects(speaker, "about")] if speaker else []
            )
            found = [a for g in about for a in actors_of(ctx, g, depth=1)[0]]
            label = "what the speaker said it of"
        return found, label
    # a judgement of an act is aimed at its doer, never at whom the act struck: "condemned the
    # attack on Israel" names no one it condemns
    judged = ctx.onto.in_class("judging", t.entry.event_type)
    preps = OBJ_PREPS
    if ctx.onto.in_class("favouring", t.entry.event_type):
        preps = OBJ_PREPS - {"against"}
    if ctx.onto.in_class("own_ground", t.entry.event_type, t.entry.mode, t.entry.cameo):
        # "a state of emergency on its border with Belarus": where it holds, not at whom
        preps = preps - {"on", "at", "along", "near"}
    actors: list[Actor] = []
    for o in objs:
        doers = actors_list(ctx, prep_objects(o, "by"), 0) if judged else []
        if doers:
            # "welcomed the release of the British journalist by Iran": Iran's act is judged
            actors.extend(doers)
            continue
        actors.extend(actors_of(ctx, o, depth=1, preps=preps, judged=judged)[0])
        if not judged:
            # "received two helicopters donated by the United States", "the first batch of
            # doses of the vaccine donated by the Netherlands": a participle's agent, deeper
            agents = _participle_agents(o, ctx.lex.words["giving_or_holding"])
            actors.extend(actors_list(ctx, agents, 0))
            # "banned travellers arriving from Belgium and France", "suspended visas for
            # pilgrims arriving from Congo": where they come from
            people = [o, *(g for w in ("for", "of") for g in prep_objects(o, w))]
            actors.extend(actors_list(ctx, _been_where(ctx, people), 0))
    if actors:
        # "the Philippines receives its first shipment of doses donated by China": the
        # receiver's own possessive names no giver; "terminates U.S. support of Ukraine's
        # grid": the doer's own state in its object's phrase is the doer, where the phrase
        # names another party too
        subj = {a.code for a in actors_list(ctx, subject_of(ctx, tok)[0], 0)}
        rest = [a for a in actors if a.code not in subj]
        if not rest and subj and not judged and "subj" not in t.entry.target:
            # the modifier named the doer before the phrase naming the other party was read
            rest = [
                a
                for o in objs
                for w in ("to", "for", "of")
                for g in prep_objects(o, w)
                for a in actors_of(ctx, g, depth=1, preps=preps)[0]
                if a.code not in subj
            ]
        if rest or "subj" in t.entry.target:
            actors = rest
    return unique(actors), "in the object's phrase"


def _been_where(ctx: Context, people: list[Token]) -> list[Token]:
    """Where the people a measure is aimed at come from or have been, by the participle or the
    relative clause on them: "travellers arriving from Belgium" (``words.arriving``), "travelers
    who have been in the United Kingdom", "people who had visited China" (``words.sojourning``)."""
    out: list[Token] = []
    for p in people:
        for c in p.children:
            if c.dep_ not in {"acl", "relcl"}:
                continue
            if lemma(c) in ctx.lex.words["arriving"]:
                out.extend(prep_objects(c, "from"))
            if lemma(c) in ctx.lex.words["sojourning"]:  # "travelled to", "travelled from"
                out.extend(g for w in ("in", "to", "through") for g in prep_objects(c, w))
                out.extend(g for g in c.children if g.dep_ == "dobj" and ctx.named(g))
    return out


def _participle_agents(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The "by" agents of participles of ``verbs`` on a noun or on what its "of" phrases name,
    two deep: "helicopters donated by the United States", "the first batch of doses of the
    vaccine donated by the Netherlands"."""
    nodes = [noun]
    for _ in range(2):
        nodes.extend(g for n in list(nodes) for g in prep_objects(n, "of") if g not in nodes)
    return [
        g
        for n in nodes
        for c in n.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in verbs
        for g in prep_objects(c, "by")
    ]


def _passive_adjunct_host(tok: Token) -> list[Token]:
    """The patient of a passive with no subject of its own that hangs from a clause: "two
    soldiers died after being shot by Pakistani troops", "the ship sank when hit by a drone"
    (the clause's subject suffered it)."""
    host = adjunct_host(tok)
    return [] if host is None else [c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _object_clause(ctx: Context, verb: Token) -> list[Actor]:
    """Whom a measure applied to, told by the relative clause of the verb's object: "lifted a
    restriction that barred travellers from India", "eased the ban that kept Russian ships
    out": the object of that clause's verb, or of its prepositions, and their phrases."""
    actors: list[Actor] = []
    for o in verb.children:
        if o.dep_ not in {"dobj", "nsubjpass"}:
            continue
        for r in o.children:
            if r.dep_ != "relcl":
                continue
            for c in r.children:
                if c.dep_ in {"dobj", "prep"}:
                    actors.extend(actors_of(ctx, c, depth=1, preps=OBJ_PREPS)[0])
    return unique(actors)


def _modifier_slot(ctx: Context, tok: Token, *, venue: bool = False) -> list[Actor]:
    actors: list[Actor] = []
    # "the US embassy bombings", "the Israeli embassy bombing": a site naming an attack is what
    # it struck, and the names before it are the site's, however the parser hangs them
    site = min(
        (
            m.i
            for m in tok.children
            if venue
            and m.dep_ == "compound"
            and m.pos_ in NOUN_POS
            and lemma(m) in ctx.lex.words["sites"]
        ),
        default=None,
    )
    for m in tok.children:
        if m.dep_ in {"compound", "amod", "nmod"} and not against_prefixed(m):
            if site is not None and m.i <= site:
                continue
            # "the USS Cole bombing": a ship naming an attack is what it struck
            named = [mm for mm in ctx.named(m) if not (venue and mm.via in {"metonym", "vessel"})]
            if not named and m.pos_ in NOUN_POS and lemma(m) in ctx.onto.assault_means:
                # "an IDF drone strike", "Syrian army artillery fire": the name modifies the
                # weapon that modifies the event word ("the US consulate attack" is no US act)
                named = [
                    mm for g in m.children if g.dep_ in {"compound", "nmod"} for mm in ctx.named(g)
                ]
            actors.extend(mm.actor for mm in named)
            for other in conjuncts(m):
                if other.i != m.i:
                    actors.extend(mm.actor for mm in ctx.named(other))
            # "the North Korea–Russia summit": a pair joined by a dash
            for inner in dash_partners(m):
                actors.extend(mm.actor for mm in ctx.named(inner))
            if m.tag_ == "VBG" and m.dep_ == "amod":
                # "with Pakistan launching airstrikes", parsed with the participle as the noun's
                # modifier: its subject is the noun's doer
                subj = [c for c in m.children if c.dep_ in {"nsubj", "npadvmod"}]
                actors.extend(actors_list(ctx, subj, 0))
    return unique(actors)


# adjectives and adverbs whose "to" phrase says where, as "near" does
_NEARNESS = frozenset({"close", "closer", "next"})


def _rate_phrases(verb: Token) -> list[Token]:
    """The prepositions of a rate and their numbers ("from 10% to 25%", "by 25 percent"), down
    the chain the parser nests them in, where a verb's own phrase may hang instead of on the
    verb: "raised tariffs from 10 percent to 25 percent on Chinese goods"."""
    out: list[Token] = []
    frontier = [verb]
    while frontier:
        node = frontier.pop()
        for c in node.children:
            if c.dep_ != "prep" or c.lower_ not in {"from", "to", "by"}:
                continue
            nums = [
                g
                for g in c.children
                if g.dep_ == "pobj"
                and (g.like_num or g.lower_ in {"%", "percent", "pct", "cent", "percentage"})
            ]
            if nums:
                out.append(c)
                out.extend(nums)
                frontier.extend([c, *nums])
    return out


def _preposition_slot(ctx: Context, t: Trigger, word: str, place: bool) -> list[Actor]:
    """A preposition: on the trigger, on its object, or on the support verb of a noun."""
    tok = t.tok
    touring = lemma(tok) in ctx.lex.words["touring"]
    if word == "of" and touring and t.light_relation not in {"object", "prep:on"}:
        # "began a tour of Myanmar", "embarked on a tour of the Gulf" go there; "an injury
        # during the tour of England", told as no one's act, is as likely a team's
        return []
    hosts = [tok]
    if tok.pos_ not in NOUN_POS:
        objs0 = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}] + t.objects
        hosts.extend(objs0)
        # "launched twelve rockets and 14 drones into Russia": a phrase hung on the last of
        # a list of objects is the whole list's, when no other member has one of its own
        # ("sanctions on Russia and restrictions on Belarus" keep theirs apart)
        for o in objs0:
            members = conjuncts(o)
            last = members[-1]
            if last is not o and not any(
                c.dep_ == "prep" and c.lower_ == word for m in members[:-1] for c in m.children
            ):
                hosts.append(last)
        # "released the tanker back to Iran", "sent them home to Syria": a phrase hung on
        # the adverb of the verb's direction is the verb's
        hosts.extend(c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _DIRECTIONS)
        # "agreed on a new trade deal with the United Kingdom": what a prepositional entry
        # is about holds the partner
        if word == "with" and t.entry.preps:
            hosts.extend(g for p in t.entry.preps for g in prep_objects(tok, p))
        # "withdrew from the treaty with Russia": the phrase an entry's pobj matched
        if t.entry.pobjs:
            hosts.extend(
                g
                for c in tok.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ in {"pobj", "pcomp"} and lemma(g) in t.entry.pobjs
            )
        # "signed the Treaty on ..., a mutual defence pact with North Korea"
        hosts.extend(a for o in objs0 for a in o.children if a.dep_ == "appos")
        # "sent planes carrying medical supplies to Italy": the carrier's phrase
        hosts.extend(
            a
            for o in objs0
            for a in o.children
            if a.dep_ == "acl" and lemma(a) in ctx.lex.words["carrying"]
        )
        # "lifted the sanctions imposed on Syria", "ended restrictions placed on Chinese firms":
        # the participle that put the measure in place carries its phrase
        hosts.extend(a for o in objs0 for a in _enacted_by(ctx, o))
        # "handed control of the plant back to Ukraine": the phrase hung on "back"
        hosts.extend(
            b
            for h in (tok, *objs0)
            for b in (h.children if h is tok else h.subtree)
            if b.dep_ == "advmod" and b.lower_ == "back"
        )
        # "pulled its troops out of Syria": the phrase hung on "out" read as a preposition
        hosts.extend(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "out")
        # "raised tariffs from 10% to 25% on imports from the United States": the phrase hung
        # on a rate's preposition or on the rate itself
        hosts.extend(_rate_phrases(tok))
        # "approved a package of arms sales worth $2 billion to Morocco": the recipient of what
        # the object holds, hung on it or on the "worth" that sizes it; "signed agreements worth
        # $2 billion with China": any phrase of the object may hang on its "worth"
        # "fired dozens of rockets towards Kiryat Shmona": any phrase of what a count counts
        partitive = ctx.lex.words["partitive"]
        # "sought the extradition of the suspects from Russia": the "from" phrase of whom the
        # matched object is about
        contents = [
            g
            for o in objs0
            if word in {"to", "for"}
            or lemma(o) in partitive
            or (word == "from" and any(m.i == o.i for m in t.objects))
            for g in prep_objects(o, "of")
        ]
        hosts.extend(contents)
        if word in {"with", "between"}:
            # "signed a memorandum of understanding with Libya", "an agreement on cooperation
            # with Tunisia": the parser hangs the partner on the object's "of" or "on" phrase
            # (not so what ends it: "the termination of all agreements with Israel")
            hosts.extend(
                g
                for o in objs0
                if lemma(o) not in ctx.lex.words["ending"]
                for w in ("of", "on")
                for g in prep_objects(o, w)
            )
        # "will fund the construction of a railway in Kenya": the object an entry matched
        # through an "of" phrase carries its own phrases, unless what holds it ends it ("the
        # termination of all agreements with Israel" is no agreement with Israel)
        if t.entry.objects:
            hosts.extend(
                g
                for o in objs0
                if lemma(o) not in t.entry.objects and lemma(o) not in ctx.lex.words["ending"]
                for g in prep_objects(o, "of")
                if lemma(g) in t.entry.objects
            )
        hosts.extend(
            a
            for n in (*objs0, *contents)
            for a in n.children
            if a.dep_ == "amod" and a.lower_ == "worth"
        )
        if word == "to":
            # "banned its citizens from traveling to Cambodia": where the ones kept back would
            # have gone
            hosts.extend(
                g
                for g in prep_objects(tok, "from")
                if g.pos_ in VERB_POS and is_form(g, ctx.lex.words["travel"])
            )
        if word == "from":
            # "received doses as a donation from Japan", "in a contribution from the US": the
            # giver hangs on the noun that says what the object was
            hosts.extend(
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in {"as", "in"}
                for g in c.children
                if g.dep_ == "pobj" and lemma(g) in ctx.lex.words["gifts"]
            )
    else:
        # "a suspension of air links with Serbia", "the withdrawal of forces from Panama" (the
        # "of" phrase's own "of" phrase is part of its mention: "a meeting of the leaders of ...")
        if word != "of":
            hosts.extend(prep_objects(tok, "of"))
        if word not in {"on", "of"} and not t.entry.mutual:
            # "a freeze on all foreign aid to South Africa", "a ban on exports to Russia": the
            # phrases of what a measure is on (talks "on the border with Ukraine" are about it)
            hosts.extend(prep_objects(tok, "on"))
        elif word == "between":
            # "talks on immigration between the United States and Cuba": the parties, hung on
            # what the talks are about
            hosts.extend(g for w in ("on", "about") for g in prep_objects(tok, w))
        if (
            word != "of"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and lemma(tok.head.head) in ctx.lex.words["partitive"]
        ):
            # "a series of airstrikes by the Pakistan Army against hideouts in Paktika": the
            # phrases of the count are the counted act's
            hosts.append(tok.head.head)
        if word == "by":
            # "a drone attack carried out by the United States": the agent of its participle
            hosts.extend(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")
            hosts.extend(_stray_agent_host(tok))
        if (
            t.light is not None
            and t.light_relation == "object"
            # "the strikes by Israel were condemned by Iran": the "by" phrase of a passive verb
            # is its own agent, unless the verb only carries the noun ("strikes carried out by")
            and (word != "by" or t.inherit_subject or not is_passive(t.light))
            # "blamed the attack on Iran": the verb's "on" phrase is the one blamed
            and not (word == "on" and lemma(t.light) in blaming_verbs())
        ):
            hosts.append(t.light)
        verb = carrier(ctx, t)
        if verb is not None and verb is not t.light:
            # "fighting took place between Russian and Ukrainian troops", "talks resumed
            # between the US and North Korea": the verb of happening carries the noun's phrase
            hosts.append(verb)
        hosts.extend(_journey(ctx, tok))
        if word == "from" and tok.dep_ == "dobj" and is_form(tok.head, ctx.lex.words["defying"]):
            # "ignored warnings from North Korea": the parser hangs the noun's "from" phrase on
            # the verb of defying
            hosts.append(tok.head)
        # "new U.S. tariffs imposed on India": so does a measure's own
        hosts.extend(_enacted_by(ctx, tok))
        # "a drone attack conducted by the United States", "talks held with Iran", "the
        # attack, which was carried out by Israeli jets": the participle of a support verb
        # carries the noun's own phrases
        hosts.extend(
            c
            for c in tok.children
            if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN" and is_form(c, ctx.lex.light_verbs)
        )
    # "the largest exercises to date around Taiwan": a phrase hung on the "date" of the idiom
    # "to date" is its host's
    hosts.extend(d for h in list(hosts) for d in prep_objects(h, "to") if d.lower_ == "date")
    objs: list[Token] = []
    for h in unique_tokens(hosts):
        in_phrase = prep_objects(h, word)
        if word == "near":
            # "moved troops close to Ukraine's border": "close to" is "near", hung on the verb
            # or on its object
            in_phrase += [
                g
                for c in h.children
                if c.lower_ in _NEARNESS and c.dep_ in {"amod", "advmod", "acomp", "prep"}
                for g in prep_objects(c, "to")
            ]
        if word == "in" and ctx.onto.in_class("violent", t.entry.event_type):
            # "strikes across Ukraine", "raids throughout the West Bank": force spread over a
            # place strikes it (a crowd "across Iran" is where the protest is, not its target)
            in_phrase += [g for w in ("across", "throughout") for g in prep_objects(h, w)]
        if h is tok and word != "between":
            # "resumed shipments of bombs to Israel ... due to worries of harm to Palestinian
            # civilians", both "to" phrases hung on the verb: the first is its own
            preps = [c for c in tok.children if c.dep_ in _SLOT_DEPS and c.lower_ == word]
            if len(preps) > 1:
                first = preps[0]
                in_phrase = [g for g in in_phrase if first.i < g.i <= first.right_edge.i]
        objs.extend(in_phrase)
    actors: list[Actor] = []
    violent = place and ctx.onto.in_class("violent", t.entry.event_type)
    judged = ctx.onto.in_class("judging", t.entry.event_type)
    own_ground = ctx.onto.in_class("own_ground", t.entry.event_type, t.entry.mode, t.entry.cameo)
    # "arrested suspects in cooperation with French police": a partner is no recipient
    # "in retaliation for an attack in Jordan": the phrase places the other act
    objs = [
        o
        for o in objs
        if not partner_phrase(ctx, o)
        and not (
            t.entry.mutual
            and not ctx.onto.in_class("violent", t.entry.event_type)
            and bordering_phrase(ctx, o)
        )
        # "declares a state of emergency on its border with Belarus": where, not at whom
        and not (own_ground and lemma(o) in ctx.lex.words["bordering"])
        and lemma(o) not in ctx.lex.words["relating"]
    ]
    for o in objs:
        if judged and word == "for" and o.tag_ == "VBG" and o.dep_ == "pcomp":
            # "condemned other countries for backing Guaidó": the deed judged is done by the one
            # judged, so what the gerund acts on is not judged; its own doer may be named
            doers = [c for c in o.children if c.dep_ in {"nsubj", "poss"}]
            actors.extend(actors_list(ctx, doers, 0))
            continue
        # "an attack in Russian-occupied Crimea" strikes whoever holds the place
        held = holder(ctx, o) if violent else []
        # "for a possible war against Iraq": the phrase's own recipient counts
        found = held or actors_of(ctx, o, depth=1, preps=OBJ_PREPS, judged=judged)[0]
        if not found and lemma(o) in ctx.lex.words["bordering"]:
            # "massed troops on the border with Iran": the country across the frontier
            found = actors_list(ctx, _across(o), 0)
        actors.extend(found)
    if word == "between" and len(unique(actors)) < 2:
        actors.extend(_between_rest(ctx, objs))
    if not actors and place:
        # "arrived in Vladivostok", "visited Kharkiv": the country of a known place
        for o in objs:
            actors.extend(as_place(ctx, o))
    return unique(actors)


def _journey(ctx: Context, tok: Token) -> list[Token]:
    """The verb of going whose "for"/"on" phrase an event noun is: "went to Paris for her first
    foreign trip" names the trip's destination on "went"."""
    prep = tok.head
    if (
        tok.dep_ == "pobj"
        and prep.lower_ in {"for", "on"}
        and prep.head.pos_ in VERB_POS
        and lemma(prep.head) in ctx.lex.words["travel"]
    ):
        return [prep.head]
    return []


def _each_partner(
    ctx: Context, event_type: str, sources: list[Actor], targets: list[Actor], tslot: str
) -> bool:
    """One party cooperating or agreeing "with" several ("increased cooperation with the navies
    of China, India and Russia") does so with each of them, not they with one another; a
    meeting "with" several is one meeting of all (``classes.attended``)."""
    return (
        tslot == "with"
        and len(sources) == 1
        and len({a.code for a in targets}) >= 2
        and not ctx.onto.in_class("attended", event_type)
    )


def _said_by_a_text(ctx: Context, t: Trigger) -> bool:
    """A meeting verb that is a participle on a noun naming no one, or whose subject is a text:
    "issued statements speaking of an incursion", "a communique talking of progress", "the US
    statement spoke of Turkey assuming the duty" (``words.texts``)."""
    tok = t.tok
    head = tok.head
    if not ctx.onto.in_class("diplomatic", t.entry.event_type):
        return False
    if tok.pos_ in VERB_POS and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and lemma(c) in ctx.lex.words["texts"]
        for c in tok.children
    ):
        return True
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and head.pos_ in NOUN_POS
        and not actors_of(ctx, head, expand=False)[0]
    )


def _attendees(ctx: Context, tok: Token) -> list[Actor]:
    """Who was at a meeting named in an "at" phrase: the subject of the verb the phrase hangs
    from ("Xi said at the summit"), or the named person it hangs from ("Obama, at the summit,
    says"). A meeting "with" a partner told as the time of another act was the act's doer's own:
    "after talks with his Russian counterpart, Erdogan announced", "during a call with Xi"."""
    prep = tok.head
    attending = ctx.lex.words["attending"]
    if tok.dep_ == "dobj" and is_form(prep, attending):
        # "Xi will attend the G20 summit", "Modi addressed the summit"
        subj, _ = subject_of(ctx, prep)
        return actors_list(ctx, subj, 0)
    if tok.dep_ != "pobj":
        return []
    if prep.lower_ == "in" and (
        is_form(prep.head, attending)
        or any(c.dep_ == "dobj" and c.lower_ == "part" for c in prep.head.children)
    ):
        # "took part in the talks", "participated in the summit"
        subj, _ = subject_of(ctx, prep.head)
        return actors_list(ctx, subj, 0)
    if prep.lower_ != "at" and not (placed_in_time(prep) and prep_objects(tok, "with")):
        return []
    host = prep.head
    if host.pos_ in VERB_POS:
        subj, _ = subject_of(ctx, host)
        return actors_list(ctx, subj, 0)
    if host.pos_ in NOUN_POS and ctx.named(host):
        return actors_of(ctx, host, expand=False)[0]
    if host.pos_ in NOUN_POS and host.dep_ == "dobj" and host.head.pos_ in VERB_POS:
        # "Zarif made a surprise appearance at the G7 summit": the doer of the act it hangs on
        subj, _ = subject_of(ctx, host.head)
        return actors_list(ctx, subj, 0)
    return []


def _joined(sources: list[Actor], how: str, more: list[Actor], why: str) -> tuple[list[Actor], str]:
    """The sources with the parties ``more`` names added, and how they were found, when it names
    any party not among them yet."""
    if not more or all(any(same(a, b) for b in sources) for a in more):
        return sources, how
    return unique([*sources, *more]), f"{how}, and {why}" if how else why


def _involved(ctx: Context, tok: Token) -> list[Actor]:
    """The parties a joint event noun names as the object of a verb of ``involving``: "the
    operation involved police from Spain and France", "a joint exercise involving the navies
    of India and Japan"."""

    def involves(v: Token) -> bool:
        # "the meeting brought together Iran and the United States": gathering verbs say so
        # only with "together" ("the talks brought hope" names no party)
        if is_form(v, ctx.lex.words["involving"]):
            return True
        return is_form(v, ctx.lex.words["gathering"]) and any(
            c.lower_ == "together" and c.dep_ in {"prt", "advmod"} for c in v.children
        )

    def attended(v: Token) -> bool:
        # "a conference which was attended by ministers from Iran and Saudi Arabia", "a
        # conference attended by ..."
        # ("hosted by Oman" names the host, not a guest)
        participle = v.dep_ in {"acl", "advcl"} and v.tag_ == "VBN"
        return (
            (participle or is_passive(v))
            and lemma(v) != "host"
            and is_form(v, ctx.lex.words["attending"])
        )

    clauses: list[Token] = []
    if tok.dep_ == "nsubjpass":
        # the passive the noun is the subject of, and a participle hung on it: "a meeting is
        # held in Lima attended by representatives from Colombia and Peru"
        clauses = [tok.head]
        clauses += [c for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    clauses += [c for c in tok.children if c.dep_ in {"acl", "relcl"}]
    passive = next((v for v in clauses if attended(v)), None)
    if passive is not None and assess(passive, ctx.lex.modality, {}).asserted:
        return actors_list(ctx, prep_objects(passive, "by"), 0)
    if tok.dep_ in {"nsubj", "nsubjpass"} and involves(tok.head):
        verb: Token | None = tok.head
    else:
        # "a joint exercise involving ...", "the talks, which included the United States, ..."
        verb = next((c for c in tok.children if c.dep_ in {"acl", "relcl"} and involves(c)), None)
    if verb is None or is_passive(verb) or not assess(verb, ctx.lex.modality, {}).asserted:
        return []  # "discussions may include ...": who takes part is not told
    # the object names people or bodies; an event word names a topic ("discussions include
    # Russian aid to the North" has neither Russia nor North Korea at the table)
    objs = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) not in ctx.lex.nouns]
    found = actors_list(ctx, objs, 0)
    if objs and not found:
        # "brought together leaders from Brazil, Russia and India", the "from" phrase hung on
        # the verb instead of its object
        found = actors_list(ctx, [g for w in ("from", "of") for g in prep_objects(verb, w)], 0)
    return found


def _between_rest(ctx: Context, objs: list[Token]) -> list[Actor]:
    """The rest of a "between" list the parser hung on the noun instead: in "a meeting between
    it, the United States and the EU" the list after the first comma is read as an apposition of
    "meeting"."""
    out: list[Actor] = []
    for o in objs:
        noun = o.head.head
        for c in noun.children:
            if c.dep_ == "appos" and c.i > o.i:
                out.extend(actors_of(ctx, c, depth=1)[0])
    return out


def _purpose_party(ctx: Context, t: Trigger) -> tuple[list[Actor], str]:
    """Whom an act is for, named in its purpose clause: "sent troops to fight alongside the
    Russian military", "sent soldiers to bolster Russia's war", "sent workers to help rebuild
    Russia's Kursk" (the helped party, not the place the help goes to)."""
    tok = t.tok
    for clause in purpose_clauses(tok):
        if _for_clause(clause):
            # "pledged $1 billion for the Philippines to help with the reconstruction": the
            # subject of a "for" clause is whom the act enables
            found = actors_list(ctx, [g for g in clause.children if g.dep_ == "nsubj"], 0)
            if found:
                return found, 'subject of the "for" clause'
        for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
            for word in ("alongside", "beside", "with", "for"):
                found = actors_list(ctx, prep_objects(verb, word), 0)
                if found:
                    return found, f'"{word}" in the purpose clause'
            if is_form(verb, ctx.lex.words["helping"]) or verb is not clause:
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                # "to help Russia fight Ukraine": the helped party as the subject of the
                # clause the parser hangs on "help"
                objs += [
                    g
                    for c in verb.children
                    if c.dep_ in {"ccomp", "xcomp"} and is_form(verb, ctx.lex.words["helping"])
                    for g in c.children
                    if g.dep_ == "nsubj"
                ]
                found = actors_list(ctx, objs, 0)
                if found:
                    return found, "helped in the purpose clause"
    return [], ""


def purpose_clauses(tok: Token) -> list[Token]:
    """The to-infinitive clauses of purpose on a verb ("sent troops to fight ...")."""
    return [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and to_clause(c)]


def _demonstrative(tok: Token) -> bool:
    """ "this", "that", or a noun they determine ("this attack")."""
    if tok.lower_ in {"this", "that"}:
        return True
    return any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in tok.children)


def _countered(ctx: Context, t: Trigger) -> tuple[list[Actor], str]:
    """Whom a show of force watches or holds off, named in its purpose clause: "deployed a
    patrol aircraft to monitor North Korean activities", "sent warships to deter Iran" (a verb
    of ``words.countering``, and the party its object names or owns)."""
    tok = t.tok
    # "sent two carriers to the Gulf to deter Iran", the clause hung on the object too
    clauses = purpose_clauses(tok) + [
        c
        for o in tok.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ == "acl" and to_clause(c)
    ]
    for clause in clauses:
        if not is_form(clause, ctx.lex.words["countering"]):
            continue
        objs = [c for c in clause.children if c.dep_ == "dobj"]
        found = actors_list(ctx, objs, 0) or actors_list(
            ctx, [c for o in objs for c in o.children if c.dep_ in {"amod", "poss", "compound"}], 0
        )
        if found:
            return found, f'what "{clause.text}" in the purpose clause aims at'
    return [], ""


# prepositions of acting in the face of something
_DEFYING = {"despite", "notwithstanding", "amid", "amidst"}
# phrases by which an act answers an appeal: "following a request from NATO", "at the request
# of", "in response to a call from"
_RESPONDING = {"following", "after", "at", "upon", "in"}


def frames(ctx: Context, t: Trigger) -> list[Frame]:
    """The trigger's frame, or several when the parties of a joint event form sides.

    PLOVER codes every party of a meeting, agreement or clash as a source, and relations pair
    the sources with one another; so a joint event whose parties do not all act with one
    another is split into one joint event per pair that does:

    - the text says each acted separately: "Russia and Ukraine signed separate agreements with
      Turkey and the UN" is Russia with Turkey and the UN, and Ukraine with them, never Russia
      with Ukraine;
    - two sides, a subject of several parties acting "with" a partner: "ministers of Poland and
      Hungary met with German officials" is Poland with Germany and Hungary with Germany (the
      subject's parties come to the partner together, as CAMEO pairs a compound subject with
      its object)."""
    src, how, tgt, thow, tslot = _frame(ctx, t)
    e = t.entry
    if e.mutual and tgt and _separate(ctx, t):
        if len(src) < 2:
            if len(tgt) < 2:
                return [(unique([*src, *tgt]), how, [], "")]
            ctx.note(t.tok, f"  separately: one event with each of {names(tgt)}")
            return [(unique([*src, b]), how, [], "") for b in tgt]
        ctx.note(t.tok, f"  separately: one event for each of {names(src)}")
        return [(unique([a, *tgt]), how, [], "") for a in src]
    if not e.mutual or not tgt or tslot not in {"with", "between", "dobj", "objmod"}:
        return [(src, how, tgt, thow)]
    # "fighting between Russian and Ukrainian troops has left 40 dead": a "between" phrase
    # names all the parties even with no subject
    if not (src or (tslot == "between" and len(tgt) >= 2)):
        return [(src, how, tgt, thow)]
    if _each_partner(ctx, e.event_type, src, tgt, tslot):
        return [(src, how, tgt, thow)]
    if tslot == "with" and {b.code for b in tgt if b.code} <= {a.code for a in src if a.code}:
        # "Australia and Canada sign agreements, with Canada's prime minister addressing ...":
        # a "with" phrase naming one of the subject's own parties adds no side
        return [(src, how, [], "")]
    sides = _by_country(src)
    if tslot == "with" and len(sides) >= 2:
        ctx.note(t.tok, f"  two sides: each of {names(src)} with {names(tgt)} ({thow})")
        return [(unique([*a, b]), how, [], "") for a in sides for b in tgt]
    ctx.note(t.tok, f"  mutual: {names(tgt)} ({thow}) coded as sources too")
    return [(unique([*src, *tgt]), how, [], "")]


def _by_country(actors: list[Actor]) -> list[list[Actor]]:
    """The actors grouped by country code, in order ("the Czech minister and the Czech
    government" are one party); an actor without a code is a party of its own."""
    groups: dict[object, list[Actor]] = {}
    for i, a in enumerate(actors):
        groups.setdefault(a.code or i, []).append(a)
    return list(groups.values())


def _stray_agent_host(noun: Token) -> list[Token]:
    """ "confirmed the death of X in an attack yesterday in Tehran by Israel": the parser hangs
    the noun's "by" phrase on the active verb above it, where it can mean nothing else. The
    verb, when it is active and its "by" phrase comes after the noun, lends the noun that
    phrase."""
    node = noun
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "dobj"} or node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in VERB_POS:
            if is_passive(node) or is_participle(node):
                return []
            late = [
                c for c in node.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
            ]
            return [node] if late else []
    return []


def _separate(ctx: Context, t: Trigger) -> bool:
    words = ctx.lex.words["separate"]
    return any(
        c.dep_ in {"amod", "advmod"} and lemma(c) in words
        for w in (t.tok, *t.objects)
        for c in w.children
    )


def _frame(ctx: Context, t: Trigger) -> tuple[list[Actor], str, list[Actor], str, str]:
    """Sources, how they were found, targets, how, and the target's slot name."""
    e = t.entry
    tok = t.tok
    sources: list[Actor] = []
    how = ""
    if e.patient_source:
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        sources = actors_list(ctx, objs, 0)
        how = "the force that is disarmed"
        if not sources:
            sources, how = slot(ctx, t, "subj")
    else:
        names = e.source
        if e.mutual and "between" in names[1:]:
            # "Trump announced a ceasefire between Israel and Iran": a "between" phrase naming
            # two parties names the parties, whoever announced or brokered the pact
            pair, _ = slot(ctx, t, "between")
            if len(unique(pair)) >= 2:
                names = ("between",)
        for name in names:
            sources, how = slot(ctx, t, name)
            if sources:
                if name == "between":
                    how = '"between" phrase'
                break
    if e.source and e.source[0] == "subj":
        speaker = None
        if ctx.onto.in_class("trailing", e.event_type):
            speaker = _trailing_speaker(ctx, tok)
        if speaker is None and ctx.onto.in_class("spoken", e.event_type):
            speaker = coordinated_speaker(ctx, tok)
        if speaker is not None:
            found, _ = subject_of(ctx, speaker)
            said_by = actors_list(ctx, found, 0)
            if said_by:
                sources, how = said_by, f'subject of "{speaker.text}"'
    if _said_by_a_text(ctx, t):
        # "statements speaking of an incursion": a text that speaks meets no one
        sources, how = [], ""
    if tok.pos_ in NOUN_POS and ctx.onto.in_class("attended", e.event_type):
        sources, how = _joined(sources, how, _attendees(ctx, tok), "who was at it")
    if e.mutual:
        # the event noun itself, or the one a verb entry holds ("held a joint exercise")
        nouns = [tok] if tok.pos_ in NOUN_POS else [o for o in t.objects if o.pos_ in NOUN_POS]
        involved = [a for n in nouns for a in _involved(ctx, n)]
        sources, how = _joined(sources, how, involved, "who took part")
    if (
        not sources
        and "subj" in e.source
        and tok.pos_ in NOUN_POS
        and tok.dep_ == "pobj"
        and tok.head.lower_ in {"on", "during"}
        and tok.head.head.pos_ in NOUN_POS
        and not ctx.onto.in_class("violent", e.event_type)
    ):
        # "Modi, on a visit to Bangladesh, said ...", "Putin, during talks with Erdogan, ...":
        # the party the phrase is set beside is the one on the visit or in the talks
        sources = actors_list(ctx, [tok.head.head], 0)
        how = f'who is "{tok.head.text}" it'
    if (
        not sources
        and e.mutual
        and tok.pos_ in NOUN_POS
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.head.dep_ == "ccomp"
        and ctx.onto.in_class("reported_own", e.event_type)
        and is_form(tok.head.head, ctx.lex.modality.gov_report)
        and prep_objects(tok, "with")
        and not any(ctx.named(c) for c in tok.children if c.dep_ != "prep")
    ):
        # "Russia's foreign ministry said the talks with Japan were constructive": joint acts
        # with a partner and no owner, reported by a speaker, are the speaker's
        subj, _ = subject_of(ctx, tok.head.head)
        sources = actors_list(ctx, subj, 0)
        how = f'who "{tok.head.head.text}" it, a party'
    if (
        not sources
        and e.mutual
        and tok.pos_ in NOUN_POS
        and ctx.onto.in_class("violent", e.event_type)
        and t.light is not None
        and t.light_relation in {"prep:in", "prep:during"}
    ):
        # "Two Indian soldiers died in an exchange of fire with Pakistani troops": armed men
        # struck in a clash were one of its sides; civilians caught in it were not
        subj, _ = subject_of(ctx, t.light)
        sources = [a for a in actors_list(ctx, subj, 0) if a.sector in _ARMED]
        how = f'armed, and struck in it ("{t.light.text}")'
    if (
        not sources
        and e.mutual
        and tok.pos_ in VERB_POS
        and tok.dep_ == "ccomp"
        and is_passive(tok)
        and not any(c.dep_ == "agent" or c.lower_ == "between" for c in tok.children)
        and is_form(tok.head, ctx.lex.words["enacting"] | ctx.lex.words["telling"])
    ):
        # "the UK and Mauritius announced that a deal had been reached": a pact told as made,
        # by no one named, is made by those who announce it
        subj, _ = subject_of(ctx, tok.head)
        sources = actors_list(ctx, subj, 0)
        how = f'who "{tok.head.text}" it'
    if (
        not sources
        and e.stance
        and tok.pos_ in VERB_POS
        and is_passive(tok)
        and not {"dobj", "objmod"} & set(e.target)
    ):
        # "Vietnam is committed to ...": an adjectival passive names its holder as subject. A
        # verb with an object slot is a true passive: "X is charged with war crimes" names the
        # accused, who is the target, and no accuser
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        sources = actors_list(ctx, subj, 0)
        how = "subject"
    if (
        not sources
        and e.objects
        and ctx.onto.in_class("owned", e.event_type, e.mode)
        and tok.pos_ in VERB_POS
        and is_passive(tok)
        and any(o.dep_ == "nsubjpass" for o in t.objects)
    ):
        # "North Korean troops were deployed to Russia", "Russian forces were pulled back
        # from Kherson": with no agent named, whoever owns the forces moved them
        subj = [o for o in t.objects if o.dep_ == "nsubjpass"]
        sources = actors_list(ctx, subj, 0)
        how = "owner of what was moved"
    if (
        not sources
        and tok.pos_ in VERB_POS
        and tok.dep_ == "ccomp"
        and is_passive(tok)
        and not ctx.onto.in_class("violent", e.event_type)
        and not any(c.dep_ == "agent" for c in tok.children)
        and is_form(tok.head, ctx.lex.words["enacting"])
        and any(
            c.tag_ == "MD" or (c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"})
            for c in tok.children
        )
    ):
        # "the EU announced that sanctions on Russia are extended", "Trump announces that all
        # trade negotiations with Canada are terminated": a measure announced or ordered in the
        # passive, now or ahead, with no one else named, is the announcer's; what "was" or "had
        # been" done is reported ("did not confirm that soldiers had been sent")
        subj, _ = subject_of(ctx, tok.head)
        sources = actors_list(ctx, subj, 0)
        how = f'subject of "{tok.head.text}", who makes it so'
    targets: list[Actor] = []
    thow = ""
    tslot = ""
    opposed = _opposed(ctx, t) if ctx.onto.quad(e.event_type) >= 3 else []
    if opposed:
        # "anti-China protests", "anti-American protesters gathered": the party named after
        # "anti-" is the one the act is against, never the one acting
        sources = [a for a in sources if not any(a.code == b.code for b in opposed)]
        how = how if sources else ""
        targets, thow, tslot = opposed, 'an "anti-" modifier', "anti"
    partners: list[Actor] = []
    if (
        not e.mutual
        and (ctx.onto.in_class("violent", e.event_type) or e.event_type == "MOBILIZE")
        and done_jointly(t)
    ):
        # "carried out joint airstrikes with Burkina Faso on insurgents": the one it was done
        # with is a partner, a source, never the one it befell
        partners = others(slot(ctx, t, "with")[0], sources)
        sources = unique([*sources, *partners])
    for name in () if opposed else e.target:
        if e.patient_source and name in {"dobj", "objmod"}:
            continue
        if partners and name == "with":
            continue
        if name == "wronged":
            targets, thow = _wronged(ctx, sources), "the one its source wronged just before"
        elif name == "assailant":
            targets, thow = _assailant(ctx, sources), "the one that struck its source just before"
        elif name == "involved":
            # "hosted a summit that brought together the leaders of Egypt and Jordan": who took
            # part in the gathering its object names
            targets = unique(a for o in t.objects for a in _involved(ctx, o))
            thow = "who took part in what it names"
        else:
            targets, thow = slot(ctx, t, name, place=True)
        own = bool(targets)
        targets = others(targets, sources)  # (partners included)
        if name == "xobj" and e.event_type == "AID":
            # "pledged $3 billion to help strengthen their military": help to one's own forces
            # or assets, read from what the help does, goes to no other party
            targets = [a for a in targets if a.code not in {s.code for s in sources}]
        if e.event_type == "AID" and name in {"dobj", "objmod"}:
            # "doses of the Oxford-AstraZeneca vaccine donated by Spain": a firm named in what
            # is given is its maker, not the one it is given to
            targets = [a for a in targets if a.sector != "BUS"]
        if own and not targets and name == "dobj" and e.event_type == "AID":
            # "Japan evacuated its citizens from Wuhan": help to one's own people goes to no
            # other party, wherever it took them from
            break
        if ctx.onto.in_class("foreign", e.event_type, e.mode, e.cameo):
            # a travel warning "for Canadian citizens" is told to the source's own people
            home = {a.code for a in sources}
            targets = [a for a in targets if a.code not in home]
        if targets:
            tslot = name
            break
    if targets and each_its_own(sources, targets):
        targets, thow, tslot = [], "", ""
    if not targets and ctx.onto.in_class("aimed_measure", e.event_type):
        # "introduced export controls that target South Korea", "sanctions aimed at Iran": a
        # measure's relative clause or participle of aiming names whom it is aimed at
        targets = others(_aimed_at(ctx, t), sources)
        thow = "whom the measure is aimed at"
    if not targets and sources and ctx.onto.in_class("addressed", e.event_type):
        # (an address to one's own parliament names no other party)
        home = {a.code for a in sources}
        targets = [a for a in others(_addressee(ctx, tok), sources) if a.code not in home]
        thow = "whom the letter or address it is told in went to"
    if (
        not targets
        and tok.pos_ in NOUN_POS
        and t.light is not None
        and t.light_relation == "object"
        and is_form(t.light, ctx.lex.words["defending"])
        # an arms shipment intercepted was aimed at no one who stopped it
        and ctx.onto.quad(e.event_type) in {3, 4}
    ):
        # "Russia repelled a Ukrainian drone attack": whoever fends an act off is its target
        subj, _ = subject_of(ctx, t.light)
        targets = others(actors_list(ctx, subj, 0), sources)
        thow = f'who "{t.light.text}" it'
    if not targets and (fender := _fended_launch(ctx, tok)) is not None:
        # "Israel intercepted a missile fired from Yemen": a weapon launched is aimed at whoever
        # intercepts it
        subj, _ = subject_of(ctx, fender)
        targets = others(actors_list(ctx, subj, 0), sources)
        thow = f'who "{fender.text}" it'
    return sources, how, targets, thow, tslot


def _enacted_by(ctx: Context, measure: Token) -> list[Token]:
    """The participles that put a measure in place ("imposed", "placed", "levelled"), which
    carry its phrases: "sanctions imposed on Syria"."""
    return [
        a
        for a in measure.children
        if a.dep_ == "acl"
        and a.tag_ == "VBN"
        and lemma(a) in ctx.lex.words["authoring"] | ctx.lex.words["placing"]
    ]


def _fended_launch(ctx: Context, tok: Token) -> Token | None:
    """The verb of fending off ("intercepted", "repelled") whose object a participle of
    launching describes: "intercepted a missile fired from Yemen", "a drone launched by the
    Houthis was intercepted"."""
    if tok.dep_ != "acl" or not is_form(tok, ctx.lex.words["launch_verbs"]):
        return None
    weapon = tok.head
    if weapon.dep_ in {"dobj", "nsubjpass"} and is_form(weapon.head, ctx.lex.words["defending"]):
        return weapon.head
    return None


def _aimed_at(ctx: Context, t: Trigger) -> list[Actor]:
    """The party a measure's clause of aiming names (``words.aiming``): the object of "that
    target ...", or the "at" phrase of "aimed at"."""
    nouns = [t.tok] if t.tok.pos_ in NOUN_POS else list(t.objects)
    for noun in nouns:
        for c in noun.children:
            if c.dep_ not in {"relcl", "acl"} or lemma(c) not in ctx.lex.words["aiming"]:
                continue
            aimed = [g for g in c.children if g.dep_ == "dobj"]
            aimed += prep_objects(c, "at") + prep_objects(c, "against")
            found = actors_list(ctx, aimed, 0)
            if found:
                return found
    return []


def _opposed(ctx: Context, t: Trigger) -> list[Actor]:
    """Parties named after "anti-" on the trigger, on its subject or, for an act of voicing, on
    the object its entry matched ("anti-China protests", "anti-American protesters", "chanted
    anti-American slogans"; but "dispersed anti-Israel protesters" is not aimed at Israel): as
    the country itself, for the people who oppose it are not its own."""
    tok = t.tok
    heads = [tok]
    if ctx.onto.in_class("voicing", t.entry.event_type):
        heads.extend(t.objects)
    if tok.pos_ in VERB_POS:
        heads.extend(c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})
    doc = tok.doc
    out: list[Actor] = []
    for head in heads:
        for c in (head, *(m for m in head.children if m.dep_ in _MODIFIER_DEPS)):
            for m in ctx.named(c):
                # "anti-China", "anti - China protests", "Anti-American protesters" (whether
                # the mention covers "anti" and the dash or starts after them)
                if against_prefixed(doc[m.token_end - 1]):
                    out.append(replace(m.actor, sector=None, kind="country"))
    return unique(out)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def carrier(ctx: Context, t: Trigger) -> Token | None:
    """The verb that tells whether an event noun happens: the support verb it borrows its
    subject from, or the verb of happening it is the subject of ("talks resumed", "the
    summit will be held")."""
    tok = t.tok
    if tok.pos_ not in NOUN_POS:
        return None
    if t.light is not None and t.inherit_subject:
        return t.light
    head = tok.head
    if (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and head.pos_ in VERB_POS
        and is_form(head, ctx.lex.words["happening"])
    ):
        return head
    return None


def _means(ctx: Context, t: Trigger) -> list[Trigger]:
    """The event nouns that tell how a verb's own act was done: those folded into it ("injured
    in an attack", "killed by shelling", "a bombing killed"), and an act of force of another
    kind it happened in ("arrested during an Israeli army raid")."""
    verb = t.tok
    out: list[Trigger] = []
    during = []
    if verb.pos_ in VERB_POS:
        during = [n for w in ("in", "during") for n in prep_objects(verb, w) if n not in t.absorbed]
    for n in (*t.absorbed, *during):
        if n.pos_ not in NOUN_POS:
            continue
        if not (
            (n.dep_ == "pobj" and n.head.dep_ in {"prep", "agent"} and n.head.head.i == verb.i)
            or (n.dep_ in {"nsubj", "nsubjpass"} and n.head.i == verb.i)
        ):
            continue
        sub = match_noun(ctx, n, ctx.lex.nouns.get(lemma(n), ()))
        if sub is not None and (
            n in t.absorbed or ctx.onto.in_class("violent", sub.entry.event_type)
        ):
            out.append(sub)
    return out


def absorbed_target(ctx: Context, t: Trigger, sources: list[Actor]) -> tuple[list[Actor], str]:
    """The recipient named by an event noun folded into a verb whose own object names none:
    "two people were killed in a US airstrike on a camp in Yemen", "a missile attack on a
    Dutch ship injured two"."""
    for sub in _means(ctx, t):
        for name in sub.entry.target:
            found, how = slot(ctx, sub, name, place=True)
            found = others(found, sources)
            if found:
                return found, f'{how} of "{sub.tok.text}"'
    for v in t.absorbed:
        # "shelled the camp, killing 12 Palestinians": whom the participle folded into the
        # verb struck (not what a verb of using wields: "using missiles launched from Belarus")
        if v.pos_ in VERB_POS and lemma(v) not in ctx.lex.words["instrumental"]:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            found = others(actors_list(ctx, objs, 0), sources)
            if found:
                return found, f'object of "{v.text}"'
    return [], ""


def absorbed_partners(ctx: Context, t: Trigger, sources: list[Actor]) -> tuple[list[Actor], str]:
    """The other parties named by a meeting noun folded into a mutual verb that names none
    itself: "in a phone call with Macron, Biden discussed the crisis", "speaking in a call with
    Erdogan, Putin discussed Syria" (the call folded into "speaking", and that into
    "discussed")."""
    for sub in folded_nouns(ctx, t):
        if not sub.entry.mutual:
            continue
        for name in sub.entry.target:
            found, how = slot(ctx, sub, name)
            found = others(found, sources)
            if found:
                return found, f'{how} of "{sub.tok.text}"'
    return [], ""


def folded_nouns(ctx: Context, t: Trigger) -> list[Trigger]:
    """The event nouns folded into a trigger, each as the entry it matches ("call" in "in a
    phone call with Macron, Biden discussed ...")."""
    out: list[Trigger] = []
    for n in t.absorbed:
        if n.pos_ in NOUN_POS:
            sub = match_noun(ctx, n, ctx.lex.nouns.get(lemma(n), ()))
            if sub is not None:
                out.append(sub)
    return out


def toll_target(ctx: Context, t: Trigger, sources: list[Actor]) -> tuple[list[Actor], str]:
    """Who an attack noun struck, named as the toll of the verb it is the subject of: "an
    Israeli incursion left 1,240 Palestinians homeless", "the bombing claimed the lives of 30
    US marines"."""
    tok, verb = t.tok, t.tok.head
    if (
        tok.pos_ not in NOUN_POS
        or tok.dep_ != "nsubj"
        or verb.pos_ not in VERB_POS
        or not is_form(verb, ctx.lex.words["toll"])
    ):
        return [], ""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    found = others(actors_list(ctx, objs, 0), sources)
    if not found:
        # "claimed the lives of ...": the "of" phrase of the object
        found = others(
            actors_list(ctx, [g for o in objs for g in prep_objects(o, "of")], 0), sources
        )
    return found, f'struck, the toll of "{verb.text}"'


def absorbed_source(ctx: Context, t: Trigger) -> tuple[list[Actor], str, bool]:
    """The source named by an event noun folded into a verb that names none itself, and whether
    they are all parties of a mutual event ("killed in a shootout between X and Y")."""
    for sub in _means(ctx, t):
        n = sub.tok
        # "soldiers were killed in clashes with British troops": the other party of a clash
        slots = sub.entry.source + (sub.entry.target if sub.entry.mutual else ())
        for name in slots:
            if name == "subj":
                continue
            found, how = slot(ctx, sub, name)
            if found:
                mutual = name == "between" and len(found) >= 2
                return found, f'{how} of "{n.text}"', mutual
    return [], "", False
