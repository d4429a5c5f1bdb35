"""Every event gets a place: a named place with coordinates when the text names one, else its
country (at the country's point, see :mod:`.gazetteer`).

``locate`` runs after the event coder, on the parsed article, and is a pure function of the
Doc, the mentions, the events and the read-only gazetteer. What it reads:

- **Place names** are spaCy's GPE, LOC and FAC entities that the gazetteer knows, as a city or a
  US state, or (with the words "Oblast", "Province", "Region", ... dropped) as the city a region
  is named after, which gives precision ``admin``. The small English model often labels a
  place as a person or a product, so other names and runs of proper nouns count too when they
  follow a locative preposition or are in the lexicon's list of places. A name that is an actor mention ("Moscow
  said ...") is a place only after a locative preposition ("talks in Moscow").
- **Which place an event gets**, first match wins:

  1. the place the coder read from "in/at/near <place>" in the event's clause;
  2. a place in the event's sentence after a locative preposition (in, at, near, outside, ...),
     the one nearest the trigger;
  3. any other place name in the sentence that is no actor ("Kharkiv was shelled");
  4. a country the sentence names after a locative preposition other than "on" ("clashes in
     Syria", not "called on Italy"), or the
     country of a place name the gazetteer lacks ("Snake Island" in the lexicon's places, or
     "Budy, Ukraine");
  5. the article's own place, its dateline ("KYIV, Ukraine (AP) —"), when that place lies in a
     country of the event's actors (or the event has none). A place named in the lead was tried
     too and dropped: on the hand-labelled Wikinews sample nearly every event it placed was
     elsewhere (a long article's lead names one scene of many);
  6. a country from the event's actors: the **target's** for an attack (ASSAULT: the blow
     lands there), the **source's** for everything else (a statement is made where its speaker
     is; a sanction, an expulsion or a withdrawal is decided in the country that makes it; a
     mutual event's first party), then the other side's; failing that, the article's most
     mentioned country. Sending sanctions, aid and coercion to the target too was measured on
     the hand-labelled sample and placed most of them in the wrong country.

  Rules 1–3 give precision ``place`` (or ``admin``), 4–6 ``country``; rules 1–5 keep the
  character span of the name as evidence (``Location.char_span``).
- **Disambiguation.** A name followed by ", <country or US state>" ("Paris, Texas", "Sumy,
  Ukraine") is taken in that country or state. A US state's name is the state. Otherwise, among
  the places that bear the likeliest candidate's own name (not merely an alternate name), the
  one chosen is the likeliest (``Gazetteer.lookup``'s order) in a US state the article names, else in
  a country the article mentions whose population is at least a tenth of the likeliest one's
  (so "Paris" in a story about Texas is Paris, Texas, but a story that merely mentions the United
  States keeps Paris, France), else the likeliest overall. A named place whose country is known
  but that the gazetteer does not hold ("Snake Island" in a Ukrainian story) falls back to that
  country.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import Event, Location, Mention
from .gazetteer import BIG_CITY, Gazetteer, Place, name_key

__all__ = ["LOCATIVE", "locate"]

# "to" and "from" are left out: "aid to Ukraine", "envoys from China" name parties, not scenes
LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "into",
     "on"}
)  # fmt: skip
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_OTHER_NAMES = frozenset({"PERSON", "ORG", "PRODUCT", "NORP"})
_REGION_WORDS = frozenset(
    {"oblast", "province", "region", "governorate", "krai", "raion", "district", "prefecture",
     "county", "state", "area"}
)  # fmt: skip
_SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "region", "province", "capital", "port", "district", "suburb",
     "area", "state", "oblast", "settlement"}
)  # fmt: skip
# Proper nouns that are never places here, though GeoNames has towns so called ("in August")
_NOT_PLACES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "christmas", "easter", "ramadan", "twitter", "facebook"}
)  # fmt: skip
_LANDS_ON_TARGET = frozenset({"ASSAULT"})
_RIVAL_SHARE = 10  # an article's country counts if its candidate is at least 1/10 as populous
# "KYIV, Ukraine (AP) —", "GAZA CITY —": capitals, an optional ", Country", a credit, a dash
_DATELINE = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'.\- ]{2,40}?)(?:,\s*(?P<qual>[A-Z][A-Za-z.\- ]{1,30}?))?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-)\s"
)


@dataclass(frozen=True, slots=True)
class _Spot:
    """A place name in the text, with what the gazetteer and the parse say about it."""

    start: int  # character offsets of the name
    end: int
    text: str
    candidates: tuple[Place, ...]  # cities and states it may be
    admin: bool  # named as a region ("Kharkiv Oblast")
    country: str | None  # the country it names (when it is a country name)
    within: str | None  # for a name the gazetteer lacks: the country it lies in, if known
    qualifier: str | None  # the country ("UKR") or "USA/TX" that follows it after a comma
    locative: bool  # object of in/at/near...
    scene: bool  # locative, and not "on": "called on Italy", "calls on Washington" name parties
    actor: bool  # also an actor mention


@dataclass(frozen=True, slots=True)
class _Article:
    """What the whole article says about places: read once, used for every event."""

    spots: tuple[_Spot, ...]
    sent_starts: tuple[int, ...]
    sent_ends: tuple[int, ...]
    countries: frozenset[str]
    states: frozenset[tuple[str, str]]
    top_country: str | None
    own_place: Location | None


def locate(
    doc: Doc,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    gazetteer: Gazetteer,
    known: Callable[[str], str | None] | None = None,
) -> list[Event]:
    """``events`` with ``location`` set: a place with coordinates when the text names one,
    else the country chosen by the rules above; None only when no country is known at all.
    ``known``: the country of a place name the gazetteer may lack, or None (the pipeline hands
    the lexicon's list of places: "Snake Island" → UKR)."""
    if not events:
        return list(events)
    art = _read_article(doc, mentions, gazetteer, known or _unknown)
    return [replace(e, location=_place_of(e, art, gazetteer)) for e in events]


def _unknown(name: str) -> str | None:
    return None


# -- reading the article ------------------------------------------------------------------------


def _read_article(
    doc: Doc, mentions: Sequence[Mention], gaz: Gazetteer, known: Callable[[str], str | None]
) -> _Article:
    by_char = {(m.start, m.end): m for m in mentions}
    mention_tokens = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    counts: Counter[str] = Counter(m.actor.code for m in mentions if m.actor.code in gaz.countries)
    spots: list[_Spot] = []
    qualifier_end = -1  # where the ", Texas" of the last "Paris, Texas" ends
    for span, ner_place in _names(doc):
        if span.start_char < qualifier_end:
            continue  # the qualifier of the name before: part of that place, not another
        mention = by_char.get((span.start_char, span.end_char))
        spot = _spot(doc, span, ner_place, gaz, mention, mention_tokens, known)
        if spot is not None:
            spots.append(spot)
            if spot.qualifier:
                qualifier_end = _qualifier_end(doc, span)
    countries = set(counts)
    countries.update(s.country for s in spots if s.country)
    states = {
        (s.candidates[0].country, s.candidates[0].admin1)
        for s in spots
        if s.candidates and s.candidates[0].precision == "admin" and not s.country
    }
    sents = list(doc.sents)
    art = _Article(
        spots=tuple(spots),
        sent_starts=tuple(s.start_char for s in sents),
        sent_ends=tuple(s.end_char for s in sents),
        countries=frozenset(countries),
        states=frozenset(states),
        top_country=counts.most_common(1)[0][0] if counts else None,
        own_place=None,
    )
    return replace(art, own_place=_own_place(doc, gaz))


def _names(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """The spans that may name a place, in text order, and whether the entity recogniser called
    them one. It often does not ("Kharkiv" as a PERSON, "Kursk" as a PRODUCT), so other names
    and runs of proper nouns are read too (``_spot`` is stricter with them). A region word
    after a name joins it ("Kursk" + "Oblast")."""
    found: list[tuple[Span, bool]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in _PLACE_ENTS or ent.label_ in _OTHER_NAMES:
            found.append((ent, ent.label_ in _PLACE_ENTS))
            covered.update(range(ent.start, ent.end))
    i, n = 0, len(doc)
    while i < n:
        if doc[i].pos_ != "PROPN" or i in covered:
            i += 1
            continue
        j = i
        while j < n and doc[j].pos_ == "PROPN" and j not in covered:
            j += 1
        found.append((doc[i:j], False))
        i = j
    found.sort(key=lambda x: x[0].start)
    for span, ner_place in found:
        end = span.end
        if end < n and end not in covered and doc[end].lower_ in _REGION_WORDS:
            span = doc[span.start : end + 1]
        yield span, ner_place


def _spot(
    doc: Doc,
    ent: Span,
    ner_place: bool,
    gaz: Gazetteer,
    mention: Mention | None,
    tokens: dict[int, Mention],
    known: Callable[[str], str | None],
) -> _Spot | None:
    text = ent.text
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    if not text or name_key(text) in _NOT_PLACES:
        return None
    overlapping = mention or tokens.get(ent.root.i)
    country = None
    if overlapping is not None and overlapping.actor.kind == "country":
        named = gaz.country_named(text)
        if named is not None or name_key(text) == name_key(overlapping.actor.name or ""):
            country = named or overlapping.actor.code
    if country is None:
        country = gaz.country_named(text)
    candidates: tuple[Place, ...] = ()
    admin = False
    if country is None:
        candidates = gaz.lookup(text)
        if not candidates and len(words) > 1 and words[-1].lower() in _REGION_WORDS:
            candidates = gaz.lookup(" ".join(words[:-1]))
            admin = bool(candidates)
    listed_in = known(text)
    listed = listed_in is not None
    prep = _locative(ent.root)
    locative = prep is not None
    if not ner_place and not listed and not (locative and (candidates or country)):
        return None  # a person's or a firm's name that merely reads like a place
    if not locative and not listed:
        # outside "in/at/near ...", a place's own name, or an alternate name of a big city
        # ("New York"); "The Atlantic" the magazine is no town in New York
        key = name_key(" ".join(words[:-1]) if admin else text)
        candidates = tuple(
            p for p in candidates if name_key(p.name) == key or p.population >= BIG_CITY
        )
    if not candidates and country is None and overlapping is None and not listed:
        return None
    qualifier = _qualifier(doc, ent, gaz)
    within = None
    if country is None and not candidates:
        # a place the gazetteer does not hold: the country it lies in, if anything says
        within = (qualifier or "").partition("/")[0] or listed_in
    offset = ent.text.find(text)
    return _Spot(
        start=ent.start_char + max(offset, 0),
        end=ent.end_char,
        text=text,
        candidates=candidates,
        admin=admin,
        country=country if country in gaz.countries else None,
        within=within if within in gaz.countries else None,
        qualifier=qualifier,
        locative=locative,
        scene=locative and prep != "on",
        actor=overlapping is not None and overlapping.actor.code is not None,
    )


def _qualifier(doc: Doc, ent: Span, gaz: Gazetteer) -> str | None:
    """The country or US state named right after ", " ("Paris, Texas" → "USA/TX")."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    nxt = doc[ent.end + 1]
    if not nxt.ent_type_ or nxt.ent_iob_ != "B":
        return None
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[ent.end + 1 : end].text
    country = gaz.country_named(name)
    if country is not None:
        return country
    states = [p for p in gaz.lookup(name) if p.precision == "admin"]
    return f"{states[0].country}/{states[0].admin1}" if states else None


def _qualifier_end(doc: Doc, ent: Span) -> int:
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[end - 1].idx + len(doc[end - 1])


def _locative(tok: Token) -> str | None:
    """The locative preposition the name is the object of, directly or through "the city of",
    an apposition or a coordination ("in Kyiv and Lviv"); None if it is not one."""
    for _ in range(4):
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_ in _SETTLEMENT_NOUNS
        ):
            tok = tok.head.head
            continue
        if tok.dep_ in {"appos", "conj", "compound"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return tok.head.lower_ if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE else None


def _own_place(doc: Doc, gaz: Gazetteer) -> Location | None:
    """The article's place, from its dateline ("KYIV, Ukraine (AP) —")."""
    m = _DATELINE.match(doc.text)
    if m is None:
        return None
    qual = m.group("qual")
    country = gaz.country_named(qual) if qual else None
    cands = [p for p in gaz.lookup(m.group("name")) if country in (None, p.country)]
    return _place_location(cands[0], m.start("name"), m.end("name")) if cands else None


# -- one event ----------------------------------------------------------------------------------


def _place_of(e: Event, art: _Article, gaz: Gazetteer) -> Location | None:
    at = e.char_span[0]
    i = bisect.bisect_right(art.sent_starts, at) - 1
    lo, hi = (art.sent_starts[i], art.sent_ends[i]) if i >= 0 else (0, 0)
    here = [s for s in art.spots if lo <= s.start < hi]

    def nearest(spots: list[_Spot]) -> _Spot | None:
        return min(spots, key=lambda s: abs(s.start - at)) if spots else None

    named = e.location.name if e.location is not None else None
    places = [s for s in here if s.candidates and (s.scene or not s.actor)]
    coder = [s for s in places if named is not None and name_key(s.text) == name_key(named)]
    spot = (
        nearest(coder)
        or nearest([s for s in places if s.scene])
        or nearest([s for s in places if not s.actor])
    )
    if spot is not None:
        return _place_location(_choose(spot, art), spot.start, spot.end, admin=spot.admin)
    # a country named as the scene, or a name the gazetteer lacks in a known country
    scene_spot = nearest([s for s in here if (s.scene and s.country) or s.within])
    code = (scene_spot.country or scene_spot.within) if scene_spot is not None else None
    if scene_spot is not None and code is not None:
        return _country_location(gaz, code, (scene_spot.start, scene_spot.end))
    parties = _party_countries(e, gaz)
    own = art.own_place
    if own is not None and (not parties or own.code in parties):
        return own
    code = parties[0] if parties else art.top_country
    return _country_location(gaz, code, None) if code is not None else None


def _party_countries(e: Event, gaz: Gazetteer) -> list[str]:
    """The event's actors' countries in the order rule 6 tries them."""
    first, second = e.source, e.target
    if e.event_type in _LANDS_ON_TARGET and not e.mutual:
        first, second = second, first
    codes = [a.code for a in (*first, *second) if a.code in gaz.countries]
    return list(dict.fromkeys(c for c in codes if c is not None))


def _choose(spot: _Spot, art: _Article) -> Place:
    """The candidate place a name stands for (see the module's "Disambiguation")."""
    cands = spot.candidates
    if spot.qualifier:
        country, _, admin1 = spot.qualifier.partition("/")
        narrowed = [p for p in cands if p.country == country and admin1 in ("", p.admin1)]
        if narrowed:
            return narrowed[0]
    top = cands[0]
    if top.precision == "admin":
        return top  # a state's name is the state, wherever else towns share it
    # only places that bear the name itself: GeoNames lists old and foreign names as alternates
    # ("Portland" is among Blue Island's), which must not win on context alone
    key = name_key(top.name)
    cands = tuple(p for p in cands if name_key(p.name) == key)
    for p in cands:
        if (p.country, p.admin1) in art.states and p.precision == "place":
            return p
    for p in cands:
        if p.country in art.countries and p.population * _RIVAL_SHARE >= top.population:
            return p
    return top


def _place_location(place: Place, start: int, end: int, *, admin: bool = False) -> Location:
    return Location(
        name=place.name,
        code=place.country,
        lat=place.lat,
        lon=place.lon,
        precision="admin" if admin else place.precision,
        char_span=(start, end),
        geonameid=place.geonameid,
    )


def _country_location(gaz: Gazetteer, code: str, span: tuple[int, int] | None) -> Location:
    entry = gaz.countries.get(code)
    if entry is None:
        return Location(name=code, code=code, precision="country", char_span=span)
    return Location(
        name=entry.name,
        code=code,
        lat=entry.lat,
        lon=entry.lon,
        precision="country",
        char_span=span,
        geonameid=entry.geonameid,
    )
