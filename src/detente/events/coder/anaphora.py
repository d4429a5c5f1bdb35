"""Words that refer back to what the article named before: pronouns, "both countries", "the test".

These are the coder's own last resorts, used after the syntax found nothing nearer: the actor
stage's resolver (passed to ``code`` as ``antecedent``) is asked first about a pronoun, and only
then does ``nearest_before`` take the closest earlier actor of the right kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...model import Actor, Event, Mention
from ...syntax import clause_head, lemma, prep_objects, with_the
from ..modality import assess
from .state import Context, two_parties, unique

__all__ = [
    "FIRST_PERSON",
    "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "agrees",
    "group",
    "nearest_before",
    "plural",
    "refers_to",
]

PRONOUNS = {
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our",
    "itself", "themselves", "himself", "herself", "i", "me", "my", "myself", "ourselves",
}  # fmt: skip
# first-person pronouns stand for whoever speaks: in reported words, the reporting verb's subject
FIRST_PERSON = {"i", "me", "my", "myself", "we", "us", "our", "ourselves"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "we", "us", "our"}
# object pronouns the parser may make the subject of an infinitive ("expected them to attack"):
# never the subject of the verb that governs it
OBJECT_PRONOUNS = {"them", "him", "her"}
# how many sentences back a definite event noun may refer ("the sanctions" three sentences after
# the resolution that imposed them); "the move" refers to the sentence just before only
_ANAPHOR_REACH = 3
_PLACE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "across", "throughout"}


def agrees(pronoun: str, actors: list[Actor]) -> bool:
    """Can ``pronoun`` stand for ``actors``? "he" for one person, "it" for one non-person,
    "they" for anything but a single person."""
    if pronoun in PERSON_PRONOUNS:
        return len(actors) == 1 and actors[0].kind == "person"
    if pronoun in {"it", "its", "itself"}:
        return len(actors) == 1 and actors[0].kind != "person"
    if pronoun in {"i", "me", "my", "myself"}:
        return len(actors) == 1
    if pronoun in {"we", "us", "our", "ourselves"}:
        return True  # a leader speaks for a state: "'We call on Armenia ...,' Aliyev said"
    if pronoun in PLURAL_PRONOUNS:
        # one person is never "they"; a country or a body may be ("the Americans ... they")
        return not (len(actors) == 1 and actors[0].kind == "person")
    return True


def _previous_sentence_start(ctx: Context, tok: Token) -> int:
    sent_start = tok.sent.start
    return ctx.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start


def nearest_before(ctx: Context, tok: Token) -> list[Actor]:
    """Fallback antecedent of a pronoun: the closest earlier actor of the right kind, in this
    sentence or the one before; for "they", the coordinated actors last named, or the parties of
    the previous sentence."""
    low = tok.lower_
    prev_start = _previous_sentence_start(ctx, tok)
    told = _told(tok)
    candidates = [
        m
        for m in ctx.mentions
        if prev_start <= m.token_start
        and m.token_end <= tok.i
        and m.actor.code
        and not _outlet_told(m, told)
    ]
    if not candidates:
        return []
    if low in PERSON_PRONOUNS:
        people = [m for m in candidates if m.actor.kind == "person"]
        return [people[-1].actor] if people else []
    if low in PLURAL_PRONOUNS:
        last = candidates[-1]
        head = ctx.doc[last.head]
        coordinated = unique(
            m.actor for m in candidates if ctx.doc[m.head] in head.conjuncts or m is last
        )
        if len(coordinated) > 1:
            return coordinated
        if last.actor.kind != "person":
            # a country or a body may be "they": the last one named, rather than a guess at
            # several parties that were never coordinated
            return [last.actor]
        persons = unique(m.actor for m in candidates if m.actor.kind == "person")
        if len(persons) > 1:
            return persons[-3:]
        return unique(m.actor for m in candidates)[-3:]
    non_people = [m for m in candidates if m.actor.kind != "person"]
    return [non_people[-1].actor] if non_people else [candidates[-1].actor]


def plural(ctx: Context, tok: Token) -> list[Actor]:
    """The parties "they", "them", "their" or "the two sides" stand for, as the actor stage's
    plural resolver (``ctx.antecedents``) finds them. An object pronoun that is not reflexive
    never stands for the subject of its own clause ("Ukraine criticised them" is not Ukraine),
    nor for that of the verb whose infinitive it is the subject of ("Washington expects them to
    attack"), so that subject's mentions are not offered to the resolver."""
    mentions = ctx.mentions
    # nor, as the subject the parser gave an infinitive ("expected them to attack"), the subject
    # of the verb that governs it
    ecm = tok.dep_ == "nsubj" and tok.lower_ in OBJECT_PRONOUNS
    if (tok.dep_ in {"dobj", "dative", "pobj"} or ecm) and not tok.lower_.endswith("selves"):
        verb = tok.head.head if tok.dep_ == "pobj" or ecm else tok.head
        subject = {
            t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree
        }
        mentions = [m for m in mentions if m.head not in subject]
    told = _told(tok)
    mentions = [m for m in mentions if not _outlet_told(m, told)]
    # the states across a frontier ("captured border crossings with Iran and Turkmenistan as
    # the UN accused them") say which frontier; they are not who "they" are
    bordering = ctx.lex.words["bordering"]
    mentions = [m for m in mentions if not _across_a_frontier(ctx.doc[m.head], bordering)]
    try:
        found = ctx.antecedents(ctx.doc, tok.i, mentions)
    except Exception:  # the resolver's failure must not stop coding
        return []
    # a country or a body named after the resolver's parties, nearer the pronoun, is what "they"
    # means ("... counterparts that nobody trusted Iran after they launched")
    # a place named as where something happened ("met in Cairo") is not who "they" are; only
    # the pronoun's own sentence can name such a nearer party
    start = tok.sent.start
    before = [
        m
        for m in mentions
        if start <= m.token_start
        and m.token_end <= tok.i
        and m.actor.code
        and not _where(ctx.doc[m.head])
        # nor where people or goods come from ("take back migrants from the United Kingdom
        # after the Home Secretary threatened them")
        and not (ctx.doc[m.head].dep_ == "pobj" and ctx.doc[m.head].head.lower_ == "from")
    ]
    if found and before and before[-1].actor.kind != "person":
        last = before[-1]
        if all(m.token_end <= last.token_start for m in found):
            return [last.actor]
    return unique(m.actor for m in found if m.actor.code)


def _told(tok: Token) -> set[int]:
    """For the subject of a clause told to someone, the tokens naming whom it was told to: "told
    Al Jazeera they should ask Myanmar". A news outlet told is the one interviewing, never who
    the speaker's "they" are."""
    clause = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return set()
    return {t.i for c in clause.head.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}


def _outlet_told(m: Mention, told: set[int]) -> bool:
    """A news outlet among those ``_told`` names."""
    return m.head in told and m.actor.sector == "MED"


def _across_a_frontier(tok: Token, bordering: frozenset[str]) -> bool:
    """The object of the "with" phrase of a frontier noun ("the border with Iran and
    Turkmenistan"), or a conjunct of it."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.pos_ in {"NOUN", "PROPN"}
        and lemma(prep.head) in bordering
    )


def _where(tok: Token) -> bool:
    """The object of a preposition of place: "in Cairo", "at the United Nations"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS


def group(ctx: Context, tok: Token) -> list[Actor]:
    """ "both countries", "the two sides", "the two" standing alone: the last coordinated pair
    of actors before."""
    bare_two = (
        tok.lower_ == "two"
        and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )
    if bare_two:
        return unique(_last_pair(ctx))
    if (
        tok.tag_ == "NN"
        and lemma(tok) in ctx.lex.words["pair_nouns"]
        and with_the(tok)
        and not prep_objects(tok, "of")
    ):
        # "The pair discussed trade": the two just told meeting
        return unique(_last_pair(ctx))
    if _bare_role_plural(ctx, tok):
        # "The foreign ministers of Egypt, Sudan and Ethiopia gathered in Washington. The
        # ministers agreed ...": the parties of the meeting just told
        return _last_meeting(ctx)
    if lemma(tok) not in ctx.lex.words["group_nouns"] or tok.tag_ not in {"NNS", "NNPS"}:
        return []
    if not any(c.lower_ in {"both", "two", "all"} for c in tok.children):
        return []
    prev_start = _previous_sentence_start(ctx, tok)
    # the subject of the group's own clause is never the group ("Russia and France called on
    # both sides")
    own = _clause_subject(tok)
    if tok.head.lower_ == "between" and not _coordinated_subject(tok):
        # "Putin, standing alongside Xi, praised the partnership between the two countries": a
        # relation between the two has the subject's party as one of them (but "Russia and
        # France called for talks between the two sides" is about two others)
        own = set()
    pair: list[Actor] = []
    for m in ctx.mentions:
        if not (prev_start <= m.token_start and m.token_end <= tok.i) or m.head in own:
            continue
        head = ctx.doc[m.head]
        if head.dep_ == "conj" and head.head.i in ctx.by_head:
            # the whole list, of parties with a code: "five South Sudanese soldiers, one
            # Ugandan soldier and one civilian ... both countries" are South Sudan and Uganda
            root = head
            while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
                root = root.head
            chain, todo = [], [root]
            while todo:  # the list's members, hung as conjuncts or appositions
                t = todo.pop()
                chain.append(t)
                todo.extend(c for c in t.children if c.dep_ in {"conj", "appos"})
            listed = [mm.actor for t in sorted(chain) for mm in ctx.by_head.get(t.i, [])]
            coded = unique(a for a in listed if a.code)
            pair = coded or [mm.actor for mm in ctx.by_head[head.head.i]] + [m.actor]
    if not pair and any(c.lower_ in {"both", "two"} for c in tok.children):
        if lemma(tok) in ctx.lex.words["role_plurals"] - ctx.lex.words["group_nouns_any"]:
            # "the two delegations", "both ministers": people who meet, so the parties of an
            # act just told or of the last meeting, never two places listed as topics ("raised
            # Hong Kong and Taiwan"); "the two leaders" keeps the wider reading it had
            pair = (
                _two_before(ctx, tok, own)
                or _reported_by_pair(ctx, tok)
                or _last_pair(ctx)
                or _last_meeting(ctx, reach=4)
            )
        else:
            pair = (
                _two_before(ctx, tok, own)
                or _reported_by_pair(ctx, tok)
                or _last_pair(ctx)
                or _coordinated_before(ctx, tok)
            )
    return unique(pair)


def _reported_by_pair(ctx: Context, tok: Token) -> list[Actor]:
    """The two countries whose officials report the clause: "The two countries reached a deal
    on Tuesday, Ethiopian and Sudanese officials said." The subject of the reporting verb, when
    it names exactly two countries, is the pair."""
    speaker = assess(ctx.doc[clause_head(tok)], ctx.lex.modality, {}).speaker
    if speaker is None:
        return []
    subjects = {t.i for c in speaker.children if c.dep_ == "nsubj" for t in c.subtree}
    return two_parties(m.actor for m in ctx.mentions if m.head in subjects)


def _two_before(ctx: Context, tok: Token, own: set[int]) -> list[Actor]:
    """The two countries its own sentence names before "the two countries", when it names
    exactly two: "After talks with his Japanese counterpart, the Indian prime minister said the
    two countries would ...". Never the subject of the group's own clause. A capital standing
    for its government counts ("Modi visited Washington as the two countries signed ..."); where
    that makes three, a capital that is only where something happened does not ("Modi met Biden
    in Tokyo, where the two leaders ...")."""
    found: dict[str, Actor] = {}
    named: set[str] = set()  # codes named other than as a capital that is only a venue
    for m in ctx.mentions:
        if m.token_start < tok.sent.start or m.token_end > tok.i or m.head in own:
            continue
        capital = m.via == "metonym" and m.actor.sector == "GOV"
        if not m.actor.code or not (capital or m.actor.kind in {"country", "person"}):
            continue
        found.setdefault(m.actor.code, m.actor)
        if not (capital and _where(ctx.doc[m.head])):
            named.add(m.actor.code)
    if len(found) > 2:
        found = {code: a for code, a in found.items() if code in named}
    return list(found.values()) if len(found) == 2 else []


def _coordinated_before(ctx: Context, tok: Token) -> list[Actor]:
    """The last two countries coordinated anywhere before the sentence, when nothing nearer
    names a pair: "Fighting between Armenia and Azerbaijan ... (four sentences on) ... both
    sides agreed to a ceasefire"."""
    start = tok.sent.start
    for m in reversed(ctx.mentions):
        if m.token_end > start or m.actor.kind != "country":
            continue
        head = ctx.doc[m.head]
        if head.dep_ != "conj":
            continue
        first = [mm for mm in ctx.by_head.get(head.head.i, ()) if mm.actor.kind == "country"]
        codes = {a.code for a in (*(mm.actor for mm in first), m.actor)}
        if first and len(codes) == 2 and None not in codes:
            return [first[0].actor, m.actor]
    return []


def _subjects(tok: Token) -> list[Token]:
    """The subjects of the clause ``tok`` belongs to."""
    verb = tok.doc[clause_head(tok)]
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _coordinated_subject(tok: Token) -> bool:
    """The subject of the clause ``tok`` belongs to is a list ("Russia and France")."""
    return any(any(g.dep_ == "conj" for g in c.children) for c in _subjects(tok))


def _clause_subject(tok: Token) -> set[int]:
    """The tokens of the subject of the clause ``tok`` belongs to."""
    return {t.i for c in _subjects(tok) for t in c.subtree}


def _last_pair(ctx: Context) -> list[Actor]:
    """The two parties of the last event told in the two sentences before, when it had exactly
    two countries: "Hu arrived in Ottawa on a state visit. The two countries signed ..."; a
    sentence of comment may stand between ("Pakistan struck Kabul. The toll is unknown. Both
    countries agreed to a ceasefire.")"""
    for ev in reversed(ctx.told):
        if ev.sentence_index < ctx.sent_index - 2:
            break
        parties = unique(a for a in (*ev.source, *ev.target) if a.code)
        by_code = {a.code: a for a in reversed(parties)}
        if len(by_code) == 2:
            return list(by_code.values())
    return []


def _bare_role_plural(ctx: Context, tok: Token) -> bool:
    """ "the ministers", "the leaders": a definite plural of office with no phrase of its own
    saying whose (``words.role_plurals``)."""
    return (
        tok.tag_ == "NNS"
        and lemma(tok) in ctx.lex.words["role_plurals"]
        and with_the(tok)
        and not any(
            c.dep_ in {"prep", "poss", "amod", "compound", "nmod", "nummod", "appos", "relcl"}
            or c.lower_ in {"both", "two", "all"}
            for c in tok.children
        )
    )


def _last_meeting(ctx: Context, reach: int = 2) -> list[Actor]:
    """The parties, two or more, of the last meeting or agreement (``classes.dialogue``) told
    in the ``reach`` sentences before."""
    for ev in reversed(ctx.told):
        if ev.sentence_index < ctx.sent_index - reach:
            break
        if not ctx.onto.in_class("dialogue", ev.event_type, ev.mode, ev.cameo):
            continue
        parties = unique(a for a in (*ev.source, *ev.target) if a.code)
        if len({a.code for a in parties}) >= 2:
            return parties
    return []


def _names(types: frozenset[str], ev: Event) -> bool:
    """Can a noun of ``types`` (PLOVER types or single CAMEO codes) name ``ev``?"""
    return ev.event_type in types or ev.cameo in types


def refers_to(ctx: Context, tok: Token) -> Event | None:
    """The event a definite event noun with no actor of its own refers back to: "condemned
    the test" after "North Korea carried out a nuclear test". The latest event of a type (or a
    CAMEO code) the noun can name, told in this sentence or the two before, that has a source;
    failing that, the first told in the article when all of its kind told so far are one
    party's."""
    # "called the agreement null and void", parsed with the noun as a compound of the predicate
    # that holds its article
    holder = tok.head if tok.dep_ == "compound" and tok.head.dep_ == "oprd" else tok
    if not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
        for c in holder.children
    ):
        return None
    types = ctx.lex.anaphors[lemma(tok)]
    for ev in reversed(ctx.told):
        if ev.sentence_index < ctx.sent_index - _ANAPHOR_REACH:
            break
        if not ev.source:
            continue
        if "*" in types:
            # "the move", "the decision": an act told just before; judgements of it and
            # demands on the way back are reactions, not the move ("Israel annexed ... Jordan condemned the
            # annexation. The Arab League said the move ...": Israel's)
            if ctx.onto.in_class("judging", ev.event_type) or ev.event_type == "REQUEST":
                continue
            if ev.sentence_index >= ctx.sent_index - 2:
                return ev
        elif _names(types, ev):
            return ev
    if "*" in types:
        return None
    # further back: the story's own act of that kind, when every such act told so far is one
    # party's ("the attack" in the ninth paragraph of a story about one attack)
    earlier = [
        ev
        for ev in ctx.told
        if _names(types, ev) and ev.source and not (ev.hypothetical or ev.negated)
    ]
    doers = {a.code for ev in earlier for a in ev.source}
    if earlier and len(doers) == 1 and None not in doers:
        return earlier[0]
    if types == {"CONSULT"}:
        # "the summit" paragraphs after the meeting was told: the latest meeting of two or more
        # parties the article has told
        joint = [ev for ev in earlier if len({a.code for a in ev.source} - {None}) > 1]
        if joint:
            return joint[-1]
    return None
