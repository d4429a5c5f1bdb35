"""Find every actor mention of an article and resolve it to a canonical actor.

The work is a pure function of the parsed article and the read-only catalogue, in passes:

1. **Catalogue matching**: one left-to-right walk of the token trie, longest alias first, with
   capitalisation as evidence ("US" but not "us", "Turkey" but not "turkey"). Hyphenated pairs
   need nothing special: the tokenizer splits "North Korea-Russia" at the hyphen, so both sides
   match.
2. **Article context**: the countries the unambiguous mentions name, the people named in full,
   the words of the article. Ambiguous aliases are settled against it: "Korea" leans to the Korea
   the article is about, "the North" is North Korea only in a Korean context, "Georgia" is dropped
   when the article is about Atlanta, "Jordan" is a person when the article names "Michael
   Jordan".
3. **People**: catalogued names are coded by the office held on the publication date; a bare
   family name ("Kim", "Mr Kim") is the person of that name the article named most recently,
   else the catalogued bearer in office on the date in a country the article is about; names the
   catalogue lacks come from the parser's PERSON entities. A person mention spans the titles and
   qualifiers before the name ("North Korean leader Kim Jong Un"), which also give an unknown
   person a country and sector ("Chinese foreign ministry spokesman Wang Wenbin").
4. **Agents**: a role noun ("officials", "troops", "foreign ministry") takes its country from a
   demonym, country name or possessive before it, or an "of/from/in" phrase after it ("Senior
   Hungarian and Romanian officials" → HUN GOV and ROU GOV, both headed by "officials"); the
   qualifier is then part of that mention. A role with no country ("an expert", "analysts")
   becomes an anonymous mention with ``code`` None and ``name`` None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, ActorSummary, Mention
from .catalogue import SUPRANATIONAL, Catalogue, Entry, Hit, Role, Term, _case_ok, normalise

__all__ = ["resolve", "summarise"]

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
_EXTEND_DEPS = frozenset({"amod", "compound", "nmod", "punct"})
_PREPOSITIONS = frozenset({"of", "from", "in"})
_PLACES_AND_NUMBERS = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
_NOT_PERSON_ENTS = frozenset(
    {"GPE", "NORP", "ORG", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"}
)


@dataclass
class _Cand:
    """A span the catalogue matched, before it is settled."""

    start: int
    end: int
    hits: list[Hit]
    actor: Actor | None = None
    via: str = "catalogue"
    absorbed: bool = False  # became part of a person or agent mention
    person_key: str | None = None  # for people: the key coreference links on
    char_end: int | None = None  # a name glued to a longer token ends inside it ("U.S.-led")


@dataclass
class _Person:
    """A person named in full in the article: what a later bare family name may refer to."""

    token: int
    surnames: frozenset[str]
    actor: Actor
    gender: str | None


@dataclass
class _Article:
    doc: Doc
    cat: Catalogue
    date: dt.date | None
    keys: list[str]
    sent_starts: list[int]
    words: frozenset[str]
    text: str  # normalised tokens joined by spaces, padded: for multi-word cues
    codes: Counter[str] = field(default_factory=Counter)
    people: list[_Person] = field(default_factory=list)

    def sentence(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def sent_start(self, i: int) -> int:
        """First token of the sentence of token ``i`` (``Token.sent`` is slow: it rebuilds a
        Span on every call)."""
        return self.sent_starts[bisect.bisect_right(self.sent_starts, i) - 1]

    def has(self, cue: str) -> bool:
        return cue in self.words if " " not in cue else f" {cue} " in self.text

    @property
    def korean(self) -> bool:
        return bool(self.codes["PRK"] or self.codes["KOR"]) or "korea" in self.words


def resolve(doc: Doc, catalogue: Catalogue, *, published: dt.date | None = None) -> list[Mention]:
    """Every actor mention of an article, in text order (see the package docstring)."""
    if len(doc) == 0:
        return []
    keys = [_key(t.text) for t in doc]
    art = _Article(
        doc=doc,
        cat=catalogue,
        date=published,
        keys=keys,
        sent_starts=[s.start for s in doc.sents],
        words=frozenset(keys),
        text=" " + " ".join(keys) + " ",
    )
    cands = _match(art)
    _context(art, cands)
    _settle(art, cands)
    _national_bodies(art, cands)
    persons = _unknown_people(art, cands)
    cands = sorted([*cands, *persons], key=lambda c: c.start)
    _surnames(art, cands)
    mentions = _extend_people(art, cands)
    mentions += _agents(art, cands, mentions)
    mentions += [
        _mention(art, c.actor, c.start, c.end, c.via, char_end=c.char_end)
        for c in cands
        if c.actor and not c.absorbed
    ]
    return _dedupe(mentions)


# ------------------------------------------------------------------------------------------------
# pass 1: catalogue matching


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """``normalise`` memoised: news repeats its words, and this runs on every token."""
    return normalise(text)


def _match(art: _Article) -> list[_Cand]:
    doc, keys = art.doc, art.keys
    out: list[_Cand] = []
    i = 0
    n = len(doc)
    while i < n:
        found = art.cat.walk(keys, i)
        best: _Cand | None = None
        for end, hits in reversed(found):  # longest first
            if art.sent_start(end - 1) != art.sent_start(i):
                continue
            surface = [t.text for t in doc[i:end]]
            hyphen = end < n and keys[end] == "-"
            usable = [h for h in hits if _case_ok(h, surface) and (hyphen or h.via != "prefix")]
            if usable:
                best = _Cand(i, end, usable)
                break
        if best is None and "-" in keys[i]:
            best = _glued_prefix(art, i)
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


def _glued_prefix(art: _Article, i: int) -> _Cand | None:
    """A name the tokenizer left glued to a hyphenated word: "U.S.-led", "U.S.-based"."""
    text = art.doc[i].text
    if "-" not in text[1:-1]:
        return None
    prefix = text.split("-", 1)[0]
    found = art.cat.walk([normalise(prefix)], 0)
    if not found:
        return None
    usable = [h for h in found[0][1] if _case_ok(h, [prefix])]
    if not usable:
        return None
    return _Cand(i, i + 1, usable, char_end=art.doc[i].idx + len(prefix))


# ------------------------------------------------------------------------------------------------
# pass 2: context and settling


def _primary(c: _Cand) -> Hit:
    return c.hits[0]


def _context(art: _Article, cands: Sequence[_Cand]) -> None:
    """Count the countries the unambiguous mentions name, and collect people named in full."""
    for c in cands:
        hit = _primary(c)
        if ":" not in hit.target or hit.target.split(":", 1)[0] not in ("country", "org", "person"):
            continue
        entry = art.cat.entries.get(hit.target)
        if entry is None:
            continue
        if entry.kind == "person":
            actor = art.cat.at_date(entry.actor(""), art.date)
            if actor.code:
                art.codes[actor.code] += 1
        elif entry.code:
            art.codes[entry.code] += 1


def _person_ner_around(doc: Doc, start: int, end: int) -> Span | None:
    """The parser's PERSON entity this span is part of, when the entity adds name words to it
    ("Chad" in "Chad Smith", "Washington" in "George Washington"); not when it only adds a
    possessive ("Sri Lanka's"), nor when a full name follows the span ("Bolivia Jeanine
    Áñez", the parser gluing a country to the name after it)."""
    if doc[start].ent_type_ != "PERSON":
        return None
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start <= start and end <= ent.end:
            before = [t for t in doc[ent.start : start] if t.is_alpha and t.text[:1].isupper()]
            after = [t for t in doc[end : ent.end] if t.is_alpha and t.text[:1].isupper()]
            if not before and (not after or len(after) >= 2):
                return None
            return ent
    return None


def _settle(art: _Article, cands: list[_Cand]) -> None:
    """Give each catalogue match its actor, using the article context; surnames wait."""
    cat, doc = art.cat, art.doc
    ner_surnames = _ner_surnames(doc)
    for c in cands:
        hit = _primary(c)
        span_text = doc[c.start : c.end].text
        key = " ".join(art.keys[c.start : c.end])
        target = hit.target
        if target.startswith("block:") or target.startswith("surname:"):
            continue
        if target.startswith("korean:"):
            if _korean_ok(art, c):
                c.actor = cat.entries[cat.korean[target[7:]]].actor(span_text)
                c.via = "metonym"
            continue
        if target.startswith("sense:"):
            c.actor = _choose(art, cat.senses[target[6:]].choose, span_text)
            c.via = "sense"
            continue
        entry = cat.entries.get(target)
        if entry is None:
            continue
        if entry.kind != "person":
            if _person_ner_around(doc, c.start, c.end) is not None:
                continue  # "Chad" in "Chad Smith", "Washington" in "George Washington"
            if (
                c.end - c.start == 1
                and key in ner_surnames
                and doc[c.start].ent_type_ not in ("GPE", "NORP", "ORG")
            ):
                continue  # "Jordan said" after "Michael Jordan": left to the person pass
            if entry.context and not any(art.has(w) for w in entry.context):
                continue
            sense = cat.senses.get(key)
            if (
                sense
                and any(art.has(w) for w in sense.against)
                and not any(art.has(w) for w in sense.support)
            ):
                continue
        if hit.sector:  # a seat of power or a capital: the government it stands for
            c.actor = cat.group_actor(entry.code, hit.sector, span_text)
        elif entry.kind == "person":
            c.actor = cat.at_date(entry.actor(span_text), art.date)
            c.person_key = entry.id
            art.people.append(_Person(c.start, frozenset(entry.surnames), c.actor, entry.gender))
        else:
            c.actor = entry.actor(span_text)
        c.via = {"name": "catalogue"}.get(hit.via, hit.via)


def _national_bodies(art: _Article, cands: Sequence[_Cand]) -> None:
    """A body's generic name followed by "of <country>" is that country's body, not the
    international one the bare name usually means: "the Security Council of Russia" is a
    Russian state organ, not the UN Security Council."""
    by_start = {c.start: c for c in cands}
    for c in cands:
        a = c.actor
        if a is None or a.kind != "organization" or a.code not in SUPRANATIONAL:
            continue
        if c.end >= len(art.doc) - 1 or art.keys[c.end] != "of":
            continue
        nxt = by_start.get(c.end + 1) or by_start.get(c.end + 2)  # "of Russia", "of the DRC"
        if nxt is None or nxt.actor is None or nxt.actor.kind != "country":
            continue
        if nxt.start == c.end + 2 and art.keys[c.end + 1] != "the":
            continue
        text = art.doc[c.start : nxt.end].text
        c.actor = art.cat.group_actor(nxt.actor.code, "GOV", text)
        c.end = nxt.end
        nxt.absorbed = True
        c.via = "national body"


def _choose(art: _Article, options: Sequence[str], text: str) -> Actor:
    entries = [art.cat.entries[o] for o in options]
    best = max(entries, key=lambda e: (art.codes[e.code or ""], -entries.index(e)))
    return best.actor(text)


def _korean_ok(art: _Article, c: _Cand) -> bool:
    """ "the North" / "the South" as the two Koreas: a Korean article, a determiner, and the word
    standing as a noun rather than qualifying another ("North Atlantic")."""
    if not art.korean:
        return False
    tok = art.doc[c.start]
    if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.text[:1].isupper():
        return False  # "the North Atlantic", "the South Caucasus"
    prev = art.keys[c.start - 1] if c.start > 0 else ""
    return prev == "the" or any(ch.lower_ == "the" for ch in tok.lefts)


def _ner_surnames(doc: Doc) -> set[str]:
    """Last words of multi-word PERSON entities: family names that may shadow a country name."""
    out = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            toks = [t for t in ent if t.is_alpha]
            if len(toks) > 1:
                out.add(normalise(toks[-1].text))
    return out


# ------------------------------------------------------------------------------------------------
# pass 3: people


def _strip_possessive(doc: Doc, start: int, end: int) -> int:
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return end


def _unknown_people(art: _Article, cands: Sequence[_Cand]) -> list[_Cand]:
    """PERSON entities the catalogue does not know: kept with their name and no code yet."""
    doc, cat = art.doc, art.cat
    taken = set()
    surname_at: dict[int, _Cand] = {}
    for c in cands:
        if _primary(c).target.startswith("surname:") and c.actor is None:
            surname_at[c.start] = c
        elif c.actor is not None or _primary(c).target.startswith("block:"):
            taken.update(range(c.start, c.end))
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, _strip_possessive(doc, ent.start, ent.end)
        while start < end and (
            normalise(doc[start].text) in cat.honorifics or not doc[start].text[:1].isupper()
        ):
            start += 1
        while start < end and start in taken:  # a country glued to the name: "Bolivia Jeanine Áñez"
            start += 1
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        if not any(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
            continue
        words = [normalise(t.text) for t in doc[start:end] if t.text[:1].isalpha()]
        inner = [surname_at[i] for i in range(start, end) if i in surname_at]
        if len(inner) > 1 and any(t.text == "-" for t in doc[start:end]):
            continue  # "Trump-Biden": two people the parser glued together
        if inner and len(words) > 1:
            last = inner[-1]
            if last.end == end and last.start > start and _given_name_matches(art, last, start):
                continue  # "Vladimir V. Putin", "V. Putin": the catalogued bearer, settled later
            for c in inner:  # "Chad Smith" is not Stephen Smith; "Francis D'Souza" not Pope Francis
                c.hits = [Hit("block:", "block", c.hits[0].surface)]
        name = doc[start:end].text
        actor = Actor(text=name, name=name, code=None, sector=None, kind="person", id=None)
        cand = _Cand(start, end, [Hit("ner:", "ner", name)], actor=actor, via="ner")
        if len(words) > 1:
            surnames = {words[-1]}
            if words[0] in cat.surnames:
                surnames.add(words[0])  # family name first: "Kim Yo Jong", "Wang Yi"
            cand.person_key = f"name:{normalise(name)}"
            art.people.append(_Person(start, frozenset(surnames), actor, None))
            out.append(cand)
        elif words:
            cand.hits = [Hit(f"surname:{words[0]}", "ner", name)]  # settled with the surnames
            cand.actor = None
            out.append(cand)
    return out


def _given_name_matches(art: _Article, surname: _Cand, start: int) -> bool:
    """Whether the words before a family name fit a catalogued bearer's given name (the same
    first word, or its initial)."""
    first = normalise(art.doc[start].text).rstrip(".")
    for pid in art.cat.surnames.get(_primary(surname).target[8:], ()):
        given = normalise(art.cat.entries[pid].name.split()[0])
        if first == given or (len(first) == 1 and given.startswith(first)):
            return True
    return False


def _title_before(art: _Article, start: int) -> tuple[int, tuple[str, ...], str | None, bool]:
    """Honorifics and titles right before a name: (new start, offices, gender, any title)."""
    cat, keys = art.cat, art.keys
    offices: tuple[str, ...] = ()
    gender = None
    seen = False
    sent_start = art.sent_start(start)
    i = start
    while i > sent_start:
        word = keys[i - 1]
        if word in cat.honorifics:
            gender = gender or cat.honorifics[word]
            i -= 1
            seen = True
            continue
        matched = False
        for n in range(min(cat.max_title_words, i - sent_start), 0, -1):
            phrase = " ".join(keys[i - n : i])
            if phrase in cat.titles:
                offices = offices or cat.titles[phrase]
                i -= n
                matched = seen = True
                break
        if not matched:
            break
    return i, offices, gender, seen


def _surnames(art: _Article, cands: Sequence[_Cand]) -> None:
    """Bare family names: the person the article named, else the catalogued bearer that fits."""
    doc, cat = art.doc, art.cat
    for c in cands:
        hit = _primary(c)
        if c.actor is not None or not hit.target.startswith("surname:"):
            continue
        key = hit.target[8:]
        tok = doc[c.start]
        _, offices, gender, titled = _title_before(art, c.start)
        named = [p for p in art.people if key in p.surnames and _gender_ok(p.gender, gender)]
        if named:
            before = [p for p in named if p.token < c.start]
            person = before[-1] if before else min(named, key=lambda p: p.token)
            c.actor = replace(person.actor, text=doc[c.start : c.end].text)
            c.via = "coref"
            continue
        evidence = titled or tok.ent_type_ == "PERSON"
        entry = cat.surname_default(key, art.date, art.codes, offices)
        if entry is not None and (
            _bearer_fits(art, entry, key, tok, offices) or _summit_party(art, entry, c, cands)
        ):
            c.actor = cat.at_date(entry.actor(doc[c.start : c.end].text), art.date)
            c.person_key = entry.id
            c.via = "surname"
        elif evidence and hit.via == "ner":
            name = doc[c.start : c.end].text
            c.actor = Actor(text=name, name=name, code=None, sector=None, kind="person", id=None)
            c.via = "ner"


def _bearer_fits(art: _Article, entry: Entry, key: str, tok: Token, offices: Sequence[str]) -> bool:
    """Whether a family name alone may be taken for this catalogued bearer.

    A title naming one of the bearer's offices always fits ("President Moon"). A weak name (a
    common one, or one of two letters: "May", "Lee", "Xi") needs the parser to see a person and
    the article to be about the bearer's country. Other names fit unless the parser sees
    something else (a place, an organisation, a date)."""
    if offices and any(t.office in offices for t in entry.terms):
        return True
    if key in art.cat.weak_surnames:
        return tok.ent_type_ == "PERSON" and any(art.codes[t.code] for t in entry.terms)
    if len(key) <= 2:
        return tok.ent_type_ == "PERSON"
    return tok.ent_type_ not in _PLACES_AND_NUMBERS  # the small model often says ORG for a name


_LEADING = frozenset({"hos", "hog"})


def _summit_party(art: _Article, entry: Entry, c: _Cand, cands: Sequence[_Cand]) -> bool:
    """A weak family name ("Kim", "Lee") fits a sitting head of state or government when the
    same sentence names another head of state or government, in office or not: "the summit
    between Putin and Kim", "In 2019, Trump met Kim". Leaders meet leaders; a namesake in the
    news rarely sits beside one."""
    if art.doc[c.start].ent_type_ not in ("PERSON", ""):
        return False
    day = art.date or dt.date.today()
    if not any(t.office in _LEADING and t.covers(day) for t in entry.terms):
        return False
    sent = art.sent_start(c.start)
    for o in cands:
        if o is c or o.actor is None or o.actor.kind != "person" or o.actor.id == entry.id:
            continue
        other = art.cat.entry(o.actor)
        if (
            other is not None
            and art.sent_start(o.start) == sent
            and any(t.office in _LEADING for t in other.terms)
        ):
            return True
    return False


def _gender_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _extend_people(art: _Article, cands: Sequence[_Cand]) -> list[Mention]:
    """Person mentions over their titles and qualifiers, with what those say about the person."""
    doc, cat = art.doc, art.cat
    by_start = {c.start: c for c in cands if c.actor is not None}
    out = []
    for c in cands:
        if c.actor is None or c.actor.kind != "person":
            continue
        start = c.start
        sent_start = art.sent_start(c.start)
        while start > sent_start:
            prev = doc[start - 1]
            if prev.dep_ not in _EXTEND_DEPS or not (start <= prev.head.i < c.end):
                break
            if prev.dep_ == "punct" and prev.text not in ("-", "."):
                break
            start -= 1
        start = min(start, _title_before(art, c.start)[0])  # when the parse missed the title
        while start < c.start and (doc[start].is_punct or doc[start].dep_ == "det"):
            start += 1
        inner = [x for x in cands if x is not c and start <= x.start and x.end <= c.start]
        via = c.via
        words = art.keys[start : c.start]
        before = art.keys[max(sent_start, start - 2) : start] + words
        offices = _offices_in(cat, words)
        actor = c.actor
        entry = cat.entry(actor)
        given = _given_names(art, start, c.start, inner)
        if given < c.start and (entry is None or c.via == "surname"):
            # "Sacha Baron Cohen": first names the catalogue's Cohen does not have
            name = doc[given : c.end].text
            actor = Actor(text=name, name=name, code=None, sector=None, kind="person", id=None)
            entry = None
        if entry is not None and entry.terms:
            if any(w in cat.former for w in before):
                actor = replace(actor, sector=None)
            elif offices:  # "President Obama", "then-U.S. President Donald Trump"
                term = _titled_term(art, entry, offices, _title_phrase(art, start, c.start - 1))
                if term is not None:
                    actor = replace(actor, code=term.code, sector=cat.term_sector(term))
        elif entry is None:
            code = next(
                (
                    x.actor.code
                    for x in inner
                    if x.actor
                    and x.actor.kind != "person"
                    and not doc[x.start].lower_.endswith("-based")  # where, not whose
                ),
                None,
            )
            if code is None:
                code = _possessor_code(doc, by_start, start, c.end)
            role = _last_role(cat, words)
            actor = replace(
                actor,
                code=actor.code or code,
                sector=actor.sector or (role.sector if role else None),
            )
            if offices and not role:
                actor = replace(actor, sector="GOV")
            if (
                actor.code is None
                and offices
                and set(offices) <= _STATE_OFFICES  # not "leader", "chairman"
                and _only_titles(art, start, c.start)  # not "Team leader X", "Assembly president X"
            ):
                code = _only_country_of_sentence(art, cands, c.start)
                if code is not None:  # "Prime Minister X said Vietnam would ..."
                    actor = replace(actor, code=code, sector=actor.sector or "GOV")
                    via = "context"
        for x in inner:
            x.absorbed = True
        c.absorbed = True
        out.append(_mention(art, replace(actor, text=doc[start : c.end].text), start, c.end, via))
    return out


_STATE_OFFICES = frozenset({"hos", "hog", "fm", "dm", "vp"})


def _only_titles(art: _Article, start: int, name_start: int) -> bool:
    """Whether the words before a name are titles, honorifics, and "outgoing"-like words only."""
    i = _title_before(art, name_start)[0]
    cat = art.cat
    return all(w in cat.former or w in cat.then for w in art.keys[start:i])


def _only_country_of_sentence(art: _Article, cands: Sequence[_Cand], i: int) -> str | None:
    """The one country a sentence names, if it names exactly one: the likely country of an
    office holder the catalogue does not know and the text does not qualify."""
    here = art.sentence(i)
    codes = {
        c.actor.code
        for c in cands
        if c.actor is not None
        and c.actor.kind != "person"
        and art.sentence(c.start) == here
        and art.cat.country(c.actor.code) is not None
    }
    return codes.pop() if len(codes) == 1 else None


def _given_names(art: _Article, start: int, name_start: int, inner: Sequence[_Cand]) -> int:
    """Where the given names before a family name begin: capitalised words right before it that
    are no title, role, honorific or catalogued name."""
    cat, doc = art.cat, art.doc
    if _title_before(art, name_start)[3]:
        return name_start  # "Secretary of State Rubio": a title, not first names
    taken = {i for x in inner for i in range(x.start, x.end)}
    i = name_start
    while i > start:
        tok = doc[i - 1]
        word = art.keys[i - 1]
        if (
            i - 1 in taken
            or not tok.text[:1].isupper()
            or tok.pos_ != "PROPN"
            or word in cat.honorifics
            or word in cat.titles
            or cat.role([word]) is not None
        ):
            break
        i -= 1
    return i


def _titled_term(
    art: _Article, entry: Entry, offices: Sequence[str], title: str | None
) -> Term | None:
    """The term a title before a name refers to.

    A title without "former" says the person held that office at the time the text describes,
    which may not be the article's date ("President Obama" in a text with no date, "then-U.S.
    President Donald Trump" in 2023): the term covering the date if any, else the latest one
    begun by then, else the first."""
    terms = [t for t in entry.terms if t.office in offices]
    if title:
        titled = [t for t in terms if title in normalise(t.title)]
        terms = titled or terms
    if not terms:
        return None
    day = art.date or dt.date.today()
    covering = [t for t in terms if t.covers(day)]
    if covering:
        return covering[0]
    begun = [t for t in terms if t.start is None or t.start <= day]
    return begun[-1] if begun else terms[0]


def _offices_in(cat: Catalogue, words: Sequence[str]) -> tuple[str, ...]:
    for n in range(min(len(words), cat.max_title_words), 0, -1):
        for i in range(len(words) - n, -1, -1):
            phrase = " ".join(words[i : i + n])
            if phrase in cat.titles:
                return cat.titles[phrase]
    return ()


def _last_role(cat: Catalogue, words: Sequence[str]) -> Role | None:
    for end in range(len(words), 0, -1):
        for n in range(min(cat.max_role_words, end), 0, -1):
            role = cat.role(words[end - n : end])
            if role is not None:
                return role
    return None


def _possessor_code(doc: Doc, by_start: dict[int, _Cand], start: int, end: int) -> str | None:
    for tok in doc[start:end]:
        for child in tok.children:
            if child.dep_ == "poss":
                cand = _cand_at(by_start, child.i)
                if cand is not None and cand.actor is not None and cand.actor.code:
                    cand.absorbed = cand.actor.kind != "person"
                    return cand.actor.code
    return None


def _cand_at(by_start: dict[int, _Cand], i: int) -> _Cand | None:
    for s in range(i, max(-1, i - 6), -1):
        cand = by_start.get(s)
        if cand is not None:
            return cand if cand.start <= i < cand.end else None
    return None


# ------------------------------------------------------------------------------------------------
# pass 4: agents


def _agents(art: _Article, cands: Sequence[_Cand], people: Sequence[Mention]) -> list[Mention]:
    """Role nouns: with the countries or organisations that qualify them, else anonymous."""
    doc, cat = art.doc, art.cat
    covered = set()
    for m in people:
        covered.update(range(m.token_start, m.token_end))
    by_start = {c.start: c for c in cands if c.actor is not None}
    for c in cands:
        if c.actor is not None and c.actor.kind == "person":
            covered.update(range(c.start, c.end))
    named = {i for c in cands if c.actor is not None for i in range(c.start, c.end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # a qualifier: "government" in "government officials"
        found = _role_at(art, tok)
        if found is None:
            continue
        role, rstart = found
        if any(i in covered for i in range(rstart, tok.i + 1)):
            continue
        if _cand_at(by_start, tok.i) is not None:
            continue  # part of a catalogued name ("Foreign Office", "Security Council")
        sector = role.sector
        quals = _qualifiers(doc, tok, rstart)
        if role.defer:
            for q in quals:
                qrole = cat.role([normalise(q.text)])
                if qrole is not None and qrole.sector and q.i not in covered:
                    sector = qrole.sector
        plural = _plural(tok, cat)
        owners = _owners(doc, by_start, tok, quals)
        mine = {i for c in owners for i in range(c.start, c.end)}
        left = _left_edge(art, tok, rstart, covered | (named - mine))
        for cand in owners:
            assert cand.actor is not None
            start = min(cand.start, left) if cand.start < tok.i else left
            end = max(cand.end, tok.i + 1)
            title = _title_phrase(art, max(cand.end, left) if cand.start < tok.i else left, tok.i)
            text = doc[start:end].text
            actor = _agent_actor(art, cand.actor, role, sector, plural, title, text)
            cand.absorbed = True
            out.append(_mention(art, actor, start, end, "role", head=tok.i))
        if owners:
            covered.update(range(min(left, *(c.start for c in owners)), tok.i + 1))
            continue
        if not role.bare:
            continue
        kind = "person" if role.person and not plural else "group"
        text = doc[left : tok.i + 1].text
        actor = Actor(text=text, name=None, code=None, sector=sector, kind=kind, id=None)
        out.append(_mention(art, actor, left, tok.i + 1, "role", head=tok.i))
        covered.update(range(left, tok.i + 1))
    return out


def _left_edge(art: _Article, head: Token, rstart: int, covered: set[int]) -> int:
    """Where the noun group of a role starts: its determiners, adjectives and compounds."""
    doc = art.doc
    start = rstart
    sent_start = art.sent_start(head.i)
    while (
        start > sent_start
        and start - 1 not in covered
        and doc[start - 1].dep_ in ("det", "amod", "compound", "nmod")
        and start <= doc[start - 1].head.i <= head.i
    ):
        start -= 1
    return start


def _plural(tok: Token, cat: Catalogue) -> bool:
    """A plural noun, also where the tagger took a capitalised plural for a name ("Rebels")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    word = normalise(tok.text)
    return word.endswith("s") and word not in cat.roles and cat.role([word]) is not None


def _role_at(art: _Article, tok: Token) -> tuple[Role, int] | None:
    """The longest role phrase ending at ``tok`` ("foreign ministry", "troops")."""
    cat = art.cat
    sent_start = art.sent_start(tok.i)
    for n in range(min(cat.max_role_words, tok.i - sent_start + 1), 0, -1):
        words = art.keys[tok.i - n + 1 : tok.i + 1]
        role = cat.role(words)
        if role is not None:
            return role, tok.i - n + 1
    return None


def _title_phrase(art: _Article, start: int, end: int) -> str | None:
    """The longest title ending at token ``end`` ("prime minister" in "the Japanese prime
    minister")."""
    for i in range(max(start, end + 1 - art.cat.max_title_words), end + 1):
        phrase = " ".join(art.keys[i : end + 1])
        if phrase in art.cat.titles:
            return phrase
    return None


def _qualifiers(doc: Doc, head: Token, rstart: int) -> list[Token]:
    """Modifiers before a role phrase, of its head or of its other words ("Sri Lanka" in "Sri
    Lanka Police officers"), with their conjuncts ("Hungarian and Romanian")."""
    out = []
    for word in doc[rstart : head.i + 1]:
        for child in word.lefts:
            if child.dep_ in _MODIFIER_DEPS and child.i < rstart:
                out.append(child)
                out.extend(t for t in child.conjuncts if t.i < head.i)
    return out


def _owners(
    doc: Doc, by_start: dict[int, _Cand], head: Token, quals: Sequence[Token]
) -> list[_Cand]:
    """The country or organisation mentions that qualify a role noun, in text order."""
    seen: dict[int, _Cand] = {}
    for q in quals:
        for t in (q, *q.subtree):
            cand = _cand_at(by_start, t.i)
            if (
                cand is not None
                and cand.actor is not None
                and cand.actor.code
                and not cand.absorbed
                and cand.char_end is None  # "U.S.-backed militia" is no US force
            ):
                seen[cand.start] = cand
                break
    if not seen:  # "security forces in Guinea", "the army of Pakistan", "troops from Russia"
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _PREPOSITIONS:
                for obj in prep.children:
                    cand = _cand_at(by_start, obj.i) if obj.dep_ == "pobj" else None
                    if (
                        cand is not None
                        and cand.actor is not None
                        and cand.actor.code
                        and cand.actor.kind != "person"
                        and not cand.absorbed
                    ):
                        return [cand]
    return [seen[k] for k in sorted(seen)]


def _agent_actor(
    art: _Article,
    owner: Actor,
    role: Role,
    sector: str | None,
    plural: bool,
    title: str | None,
    text: str,
) -> Actor:
    """The actor of "<owner> <role>": the holder of the office on the article's date for "the
    Russian president" or "China's foreign minister", else the owner's sector (a person for a
    singular person noun, "a US official"; a group otherwise)."""
    cat = art.cat
    code = owner.code
    if title and not plural and art.date is not None and code and code not in SUPRANATIONAL:
        offices = cat.titles[title]
        country = cat.country(code)
        if title == "leader" and country is not None:
            offices = (country.leader_office, *offices)
        holder: Entry | None = cat.office_holder(
            code, offices, art.date, title=None if title == "leader" else title
        )
        if holder is not None:
            return cat.at_date(holder.actor(text), art.date)
    sector = sector if sector or owner.kind == "person" else owner.sector
    if role.person and not plural:
        return Actor(text=text, name=None, code=code, sector=sector, kind="person", id=None)
    return cat.group_actor(code, sector, text)


# ------------------------------------------------------------------------------------------------
# output


def _mention(
    art: _Article,
    actor: Actor,
    start: int,
    end: int,
    via: str,
    *,
    head: int | None = None,
    char_end: int | None = None,
) -> Mention:
    doc = art.doc
    span = doc[start:end]
    if char_end is not None:
        actor = replace(actor, text=doc.text[span.start_char : char_end])
    return Mention(
        actor=actor,
        start=span.start_char,
        end=span.end_char if char_end is None else char_end,
        token_start=start,
        token_end=end,
        head=span.root.i if head is None else head,
        sentence_index=art.sentence(start),
        via=via,
    )


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    """Text order; of overlapping mentions keep the longer, except agents that share a head."""
    ordered = sorted(mentions, key=lambda m: (m.token_start, -(m.token_end - m.token_start)))
    out: list[Mention] = []
    for m in ordered:
        clash = next(
            (o for o in out if o.token_start < m.token_end and m.token_start < o.token_end), None
        )
        if clash is not None and not (
            m.via == "role" and clash.via == "role" and m.head == clash.head
        ):
            continue
        out.append(m)
    return out


def summarise(mentions: Sequence[Mention]) -> list[ActorSummary]:
    """One entry per canonical actor, most mentioned first (ties: first mentioned first).

    Anonymous role mentions (no code, no name: "an expert") are left out: they are speakers and
    subjects for the other stages, not actors of the article."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        a = m.actor
        if a.code is None and a.name is None:
            continue
        if a.name is None:  # "a US official" belongs with the US government
            key = f"group:{a.code}:{a.sector}"
        else:
            key = a.id or f"{a.kind}:{a.code}:{a.sector}:{normalise(a.name)}"
        groups.setdefault(key, []).append(m)
    out = []
    for key, ms in groups.items():
        texts = Counter(m.actor.text for m in ms)
        variants = Counter((m.actor.code, m.actor.sector) for m in ms)
        (code, sector), _ = variants.most_common(1)[0]
        top = texts.most_common(1)[0][0]
        named = next((m.actor for m in ms if m.actor.name is not None), ms[0].actor)
        if named.name is None:  # only anonymous members: the group itself
            named = replace(named, kind="group", id=key)
        actor = replace(named, text=top, code=code, sector=sector)
        ordered = tuple(t for t, _ in sorted(texts.items(), key=lambda kv: -kv[1]))
        out.append((len(ms), ms[0].start, ActorSummary(actor, len(ms), ordered)))
    out.sort(key=lambda x: (-x[0], x[1]))
    return [s for _, _, s in out]
