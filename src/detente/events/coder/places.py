"""Places: the country a place name lies in, the scene an attack struck or a visit went to, and
where an event happened, and the country of a crowd no phrase names.

Places come from the actor stage (countries, capitals), from the place list of the lexicon
(``data/places.yaml``: "Kharkiv" → UKR), or, for a town the list does not know that the entity
recogniser names as a place, from the gazetteer the pipeline hands in (``place_country``). A
place in the doer's own country is no recipient.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...model import Actor, Location
from ...syntax import NOUN_POS, VERB_POS, clause_head, is_temporal, lemma, prep_objects
from ..lexicon import place_key
from ..modality import is_form, purpose_host
from .state import (
    Context,
    Draft,
    across_frontier,
    behest_phrase,
    partner_phrase,
    same,
    unique_tokens,
)

__all__ = [
    "STRUCK_PREPS",
    "as_place",
    "holder",
    "local_source",
    "location",
    "place_code",
    "scene",
    "struck_place",
]

_SCENE_PREPS = frozenset({"in", "at", "on", "across", "near", "into", "over", "throughout",
                          "around", "outside", "against", "inside"})  # fmt: skip
# the prepositions of a place a weapon is fired at, not over or into the waters around: "fired
# missiles at targets near Damascus" strikes Syria, "fired a missile over Japan" is a show of force
STRUCK_PREPS = frozenset({"at", "on", "against", "near", "in"})
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
# where a weapon fired "into" strikes no country ("fired three missiles into the sea")
_OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters"})
# dependents the walk for the scene goes through outside a scene phrase
_WALKED = frozenset({"dobj", "pobj", "conj", "appos", "pcomp", "acl", "relcl", "advcl"})


def scene(
    ctx: Context,
    d: Draft,
    *,
    avoid: tuple[Actor, ...] = (),
    preps: frozenset[str] = _SCENE_PREPS,
    across: bool = True,
) -> tuple[Actor, ...]:
    """The country an attack with no named recipient struck, from where it struck: "Russian
    forces shelled Kherson", "a drone strike on a refinery in Belgorod Oblast", "killing five
    in Sumy, Ukraine"; or the country a visit went to. ``avoid``: parties that are not it;
    ``preps``: the prepositions that open a scene phrase; ``across``: whether the country on
    the far side of a frontier counts ("shelled villages near the border with India" struck
    India, but an ambush "near the border with Serbia" may have been on either side)."""
    t = d.trig
    roots = [t.tok, *t.objects, *t.absorbed]
    if t.light is not None:
        roots.append(t.light)
    clause = ctx.doc[clause_head(t.tok)]
    roots.append(clause)
    if clause.dep_ == "advcl" and clause.tag_ == "VBG":
        roots.append(clause.head)  # "launched an attack on Lviv, killing ten"
    own = {a.code for a in (*d.source, *avoid)}
    visit = d.mode == "visit"
    held = not visit and ctx.onto.in_class("violent", d.event_type)
    if visit and any(
        place_code(ctx, g) in own
        for p in t.tok.children
        if p.dep_ == "prep" and p.lower_ in {"to", "in"}
        for g in p.children
        if g.dep_ == "pobj"
    ):
        return ()  # "the prime minister arrived in Beirut": a return home visits no one
    if any(
        lemma(g) in _OPEN_WATERS
        for p in t.tok.children
        if p.dep_ == "prep" and p.lower_ == "into"
        for g in p.children
        if g.dep_ == "pobj"
    ):
        return ()  # "fired three missiles into the sea": fired where no country is struck
    # "shelled Kharkiv", "Kherson was shelled": the place is the object itself
    objects = [c for c in t.tok.children if c.dep_ in {"dobj", "nsubjpass"}] + t.objects
    if t.tok.pos_ in VERB_POS and is_form(t.tok, ctx.lex.words["wielding"]):
        # "used American-supplied missiles", "launched Iranian-made drones": what is wielded is
        # no place, whoever made it
        objects = []
    for o in unique_tokens(objects):
        # "shelled Kharkiv", "shelled Kharkiv's northern districts"
        owners = [c for c in o.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        # "raided the Jenin refugee camp", "struck the Zaporizhzhia nuclear plant": a place name
        # in front of the noun says where it is
        owners += [
            c
            for w in o.children
            if w.dep_ == "compound"
            for c in (w, *(x for x in w.children if x.dep_ == "compound"))
            if c.pos_ == "PROPN"
            and (c.i not in ctx.by_token or ctx.by_token[c.i].actor.kind == "country")
        ]
        for place in (o, *o.conjuncts, *owners):
            code = place_code(ctx, place)
            if code is not None and code not in own:
                actor = _country_actor(ctx, code, place)
                if actor is not None:
                    return (actor,)
    seen: set[int] = set()
    frontier = [(r, False) for r in unique_tokens(roots)]
    # the country across a frontier ("near the border with Turkey") is the scene only when no
    # nearer phrase names one: "struck facilities in Sarmada, Idlib, near the border with
    # Turkey" struck Syria, wherever the parser hung the two phrases
    beyond: tuple[Actor, ...] = ()
    for _level in range(8):  # prepositions count as a level: "on the village of Budy, ..."
        nxt: list[tuple[Token, bool]] = []
        for node, in_scene in frontier:
            for c in node.children:
                if c.i in seen or c.dep_ in {"nsubj", "nsubjpass", "agent", "csubj"}:
                    continue
                if c.dep_ == "poss" and not (in_scene and c.pos_ == "PROPN"):
                    continue  # "across Baghdad's Sadr City suburb" names a place; "Russia's" no
                seen.add(c.i)
                if c.dep_ == "prep":
                    if c.lower_ == "for" and node.pos_ in VERB_POS:
                        # "executed five officials for their part in the summit in Hanoi": the
                        # reason of an act is not where it happened
                        continue
                    if c.lower_ == "over" and any(
                        g.dep_ == "pobj" and lemma(g) in ctx.lex.nouns for g in c.children
                    ):
                        # "makes two arrests over an attack on the Togo team": nor is an act
                        # it answers ("flew over Syria" still is)
                        continue
                    if (
                        not across
                        and c.lower_ == "with"
                        and lemma(node) in ctx.lex.words["bordering"]
                    ):
                        continue
                    if is_temporal(c) or any(
                        partner_phrase(ctx, g)
                        or behest_phrase(ctx, g)
                        or lemma(g) in ctx.lex.words["relating"]
                        for g in c.children
                    ):
                        # "in cooperation with French police", "at the request of", "arrests in
                        # connection with bombings in Iraq" (where the bombings were)
                        continue
                    # "on Lviv", "in Sumy, Ukraine", "on the village of Budy, Kharkiv Oblast"
                    nxt.append((c, in_scene or c.lower_ in preps))
                elif in_scene and c.dep_ in {"pobj", "appos", "conj", "npadvmod", "poss"}:
                    code = _holder(ctx, c) if held else None
                    if code is None or code in own:
                        code = place_code(ctx, c)
                    if code is not None and code not in own:
                        actor = _country_actor(ctx, code, c)
                        if actor is not None and across_frontier(ctx, c):
                            beyond = beyond or (actor,)
                        elif actor is not None:
                            return (actor,)
                    nxt.append((c, in_scene))
                elif c.dep_ in _WALKED or (
                    # "in a port next to a hotel in Gaza", "close to the border"
                    c.dep_ == "advmod" and any(g.dep_ == "prep" for g in c.children)
                ):
                    if visit and c.pos_ in VERB_POS and c.dep_ in {"advcl", "pcomp"}:
                        # a visit goes where its own clause says, not where another act of
                        # the traveller happened ("since resigning in Saudi Arabia"); a
                        # clause about the destination still counts ("which was held in Baku")
                        continue
                    nxt.append((c, in_scene))
        frontier = nxt
        if not frontier:
            break
    return beyond


def struck_place(ctx: Context, things: list[Token], doers: tuple[Actor, ...]) -> list[Actor]:
    """The country the things an attack struck stand in, from their own place phrases and
    appositions: "an oil depot in Belgorod", "a terminal in Feodosia, the largest facility in
    Russian-occupied Crimea" (a place held by a party is the holder's, and a place of the
    doers' own country is passed over for a nearer description)."""
    frontier = list(things)
    for _level in range(4):
        nxt: list[Token] = []
        for node in frontier:
            for c in node.children:
                if c.dep_ == "appos":
                    nxt.append(c)
                elif c.dep_ == "prep" and c.lower_ in STRUCK_PREPS:
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        found = holder(ctx, g) or as_place(ctx, g)
                        if found and not any(same(a, b) for a in found for b in doers):
                            return found
                        nxt.append(g)
        frontier = nxt
    return []


def holder(ctx: Context, place: Token) -> list[Actor]:
    """The country holding a place named as held by it, as an actor ("Russian-occupied
    Crimea")."""
    code = _holder(ctx, place)
    actor = _country_actor(ctx, code, place) if code is not None else None
    return [actor] if actor is not None else []


def _holder(ctx: Context, place: Token) -> str | None:
    """The country holding a place named as held by it: "Russian-occupied Crimea", "the
    Morocco-held Western Sahara" (an attack there strikes the holder, not the place's owner)."""
    for m in place.children:
        if m.dep_ in {"amod", "compound", "nmod"} and lemma(m) in ctx.lex.words["holding"]:
            for g in m.children:
                if g.dep_ in {"nmod", "npadvmod", "amod", "compound"} and g.i < m.i:
                    code = place_code(ctx, g)
                    if code is not None:
                        return code
    return None


def local_source(
    ctx: Context,
    d: Draft,
    avoid: Iterable[str | None] | None = None,
    preps: frozenset[str] = _SCENE_PREPS,
    held: bool = False,
) -> tuple[Actor, ...]:
    """The country of the place an act with no named doer happens in, by the place name of its
    scene phrase, for acts only the locals do: protesters are people of the country their
    protest takes place in ("protesters gathered outside the Israeli embassy in Amman" are
    Jordan's), as PLOVER codes a crowd; never the party protested against, nor the embassy they
    stand at (``avoid``: the target's countries by default). Foreigners are arrested or freed by
    the state they are held in (``finish``, with "from": "deported from Moscow"; ``held``: the
    place of the people an act's noun holds, its "of" phrase)."""
    t = d.trig
    avoid = {a.code for a in d.target} if avoid is None else set(avoid)
    frontier = [t.tok, *t.objects] + ([t.light] if t.light is not None else [])
    # "stormed the Swedish embassy in Baghdad": the place of what the crowd acted on
    frontier += [c for c in t.tok.children if c.dep_ == "dobj" and c not in frontier]
    if held and t.tok.pos_ in NOUN_POS:
        # "the arrest of two French citizens in Iran": where those held ("of") are held
        frontier += [g for g in prep_objects(t.tok, "of") if g not in frontier]
    if t.tok.pos_ in NOUN_POS and t.tok.dep_ == "nsubj" and t.tok.head.pos_ in VERB_POS:
        frontier.append(t.tok.head)  # "protests broke out in Hanoi", "took place in Vietnam"
    host = purpose_host(t.tok) if t.tok.pos_ in VERB_POS else None
    if host is not None and host not in frontier and ctx.onto.in_class("crowd", d.event_type):
        frontier.append(host)  # "gathered in Minsk to protest ...": the gathering's place
    for _level in range(4):  # "outside the embassy in Amman": a place inside the scene phrase
        nxt: list[Token] = []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ != "prep" or is_temporal(prep):
                    continue
                if prep.lower_ not in preps and (prep.lower_ != "of" or node is t.tok):
                    continue  # "in front of", "the embassy of Sweden in Baghdad"
                # an act's "of" phrase names whom it was done to, no scene ("protested Russia's
                # invasion of Ukraine"), though a place inside it may be ("the detention of
                # journalists in Istanbul")
                named_here = not (prep.lower_ == "of" and lemma(node) in ctx.lex.nouns)
                for place in (g for g in prep.children if g.dep_ == "pobj"):
                    for name in (place, *(x for x in place.children if x.dep_ == "appos")):
                        code = place_code(ctx, name) if name.pos_ == "PROPN" else None
                        if code is not None and code not in avoid and named_here:
                            actor = _country_actor(ctx, code, name)
                            if actor is not None:
                                return (actor,)
                    nxt.append(place)
        frontier = nxt
    return ()


def place_code(ctx: Context, tok: Token) -> str | None:
    """The country a place-name token lies in, or that it names."""
    m = ctx.by_token.get(tok.i)
    if m is not None and m.actor.code and m.actor.kind in {"country", "group"}:
        entry = ctx.catalogue.country(m.actor.code) if ctx.catalogue is not None else None
        return m.actor.code if entry is not None else None
    if tok.pos_ != "PROPN" and tok.ent_type_ not in _PLACE_ENTS:
        return None
    doc = ctx.doc
    if tok.ent_iob_ in {"B", "I"} and tok.ent_type_:
        start, end = tok.i, tok.i + 1
        while start > tok.sent.start and doc[start].ent_iob_ == "I":
            start -= 1
        while end < tok.sent.end and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[start:end].text
    else:
        left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        name = doc[left[0].i if left else tok.i : tok.i + 1].text
    places = ctx.lex.places
    bare = name.removeprefix("the ").removeprefix("The ")
    for candidate in (name, bare, tok.text):
        code = places.get(place_key(candidate))
        if code is not None:
            return code
    if ctx.place_country is not None and tok.ent_type_ in {"GPE", "LOC"}:
        # a town the place list does not know, named as a place by the entity recogniser:
        # the gazetteer's town of that name, when no namesake elsewhere rivals it, and when the
        # article names no person by it ("Alicia Machado ... Trump attacked Machado" is no
        # attack on the Brazilian town)
        if _a_persons_name(ctx, bare):
            return None
        return ctx.place_country(bare)
    return None


def _a_persons_name(ctx: Context, word: str) -> bool:
    """Whether a person the article names in two words or more bears ``word`` as a name."""
    for m in ctx.mentions:
        if m.actor.kind != "person" or m.token_end - m.token_start < 2:
            continue
        if word in ctx.doc[m.token_start : m.token_end].text.split()[1:]:
            return True
    return False


def as_place(ctx: Context, tok: Token) -> list[Actor]:
    """A place name (or "a city, a country" pair, or "the city of Kharkiv") as its country's
    actor."""
    named = [x for x in tok.children if x.dep_ in {"appos", "npadvmod"}]
    if lemma(tok) in ctx.lex.words["settlements"]:
        # "shelled the city of Kharkiv", "struck the port of Odesa": the "of" phrase names it
        named += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for place in (tok, *named):
        code = place_code(ctx, place)
        if code is not None:
            actor = _country_actor(ctx, code, place)
            if actor is not None:
                return [actor]
    return []


def _country_actor(ctx: Context, code: str, place: Token) -> Actor | None:
    entry = ctx.catalogue.country(code) if ctx.catalogue is not None else None
    if entry is None:
        return None
    return entry.actor(place.text, sector=None)


def location(ctx: Context, tok: Token) -> Location | None:
    """Where it happened, when the clause says "in/at <place>" with a named place."""
    head = tok if tok.pos_ in VERB_POS else tok.head
    doc = ctx.doc
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "near"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS:
                    start, end = g.i, g.i + 1
                    while start > 0 and doc[start].ent_iob_ == "I":
                        start -= 1
                    while end < len(doc) and doc[end].ent_iob_ == "I":
                        end += 1
                    m = ctx.by_token.get(g.i)
                    code = m.actor.code if m is not None and m.actor.kind == "country" else None
                    return Location(name=doc[start:end].text, code=code)
    return None
