"""Pass 3, people: bare family names, people the catalogue lacks, and the words before a name.

Catalogued names are coded by the office held on the publication date; a bare family name ("Kim",
"Mr Kim") is the person of that name the article named most recently, else the catalogued bearer
in office on the date in a country the article is about; names the catalogue lacks come from the
parser's PERSON entities. A person mention spans the titles and qualifiers before the name
("North Korean leader Kim Jong Un"), which also give an unknown person a country and sector
("Chinese foreign ministry spokesman Wang Wenbin").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Mention
from .article import Article, Candidate, NamedPerson, cand_at, mention, primary, title_phrase
from .query import Catalogue
from .records import NON_STATE, Entry, Hit, Role, Term
from .words import normalise

__all__ = ["extend_people", "settle_surnames", "unknown_people"]

_EXTEND_DEPS = frozenset({"amod", "compound", "nmod", "punct"})
_PLACES_AND_NUMBERS = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
_NOT_NAMES = _PLACES_AND_NUMBERS - {"GPE", "LOC"}  # the parser calls some names places
_QUALIFIER_REACH = 6  # tokens between a demonym and the name it qualifies: "Chinese Vice Premier"


def _strip_possessive(doc: Doc, start: int, end: int) -> int:
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return end


def unknown_people(art: Article, cands: Sequence[Candidate]) -> list[Candidate]:
    """PERSON entities the catalogue does not know: kept with their name and no code yet."""
    doc, cat = art.doc, art.cat
    taken: set[int] = set()
    surname_at: dict[int, Candidate] = {}
    for c in cands:
        if primary(c).target.startswith("surname:") and c.actor is None:
            surname_at[c.start] = c
        elif c.actor is not None or primary(c).target.startswith("block:"):
            taken.update(range(c.start, c.end))
    people_end = {c.end for c in cands if c.actor is not None and c.actor.kind == "person"}
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start, _strip_possessive(doc, ent.start, ent.end)
        tails = [i for i in range(start + 1, end) if i in surname_at and i in people_end]
        for i in tails:
            # "Francisco Santos Calderón": a second family name after a catalogued person's
            # name, in one name, is that person's, not Felipe Calderón
            surname_at[i].hits = [Hit("block:", "block", surname_at[i].hits[0].surface)]
        if tails:
            continue
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
                # "Vladimir V. Putin", "V. Putin": the catalogued bearer, settled later; a
                # family name among the given names is none ("Antony J. Blinken" is not A. K.
                # Antony)
                for c in inner[:-1]:
                    c.hits = [Hit("block:", "block", c.hits[0].surface)]
                continue
            for c in inner:  # "Chad Smith" is not Stephen Smith; "Francis D'Souza" not Pope Francis
                c.hits = [Hit("block:", "block", c.hits[0].surface)]
        name = doc[start:end].text
        actor = Actor(text=name, name=name, code=None, sector=None, kind="person", id=None)
        cand = Candidate(start, end, [Hit("ner:", "ner", name)], actor=actor, via="ner")
        if len(words) > 1:
            surnames = {words[-1]}
            if words[0] in cat.surnames or _family_first(art, cands, start):
                surnames.add(words[0])  # family name first: "Kim Yo Jong", "Wang Yi"
            cand.person_key = f"name:{normalise(name)}"
            art.people.append(NamedPerson(start, frozenset(surnames), actor, None))
            out.append(cand)
        elif words:
            cand.hits = [Hit(f"surname:{words[0]}", "ner", name)]  # settled with the surnames
            cand.actor = None
            out.append(cand)
    _other_given_names(art, {**_accented_surnames(art, cands), **surname_at}, taken)
    return out + _repeated_names(art, cands, out)


def _accented_surnames(art: Article, cands: Sequence[Candidate]) -> dict[int, Candidate]:
    """Matches settled by an alias that is only the bearer's family name with its accents
    ("Sánchez", "Erdoğan"): a family name all the same, by first token."""
    found = {}
    for c in cands:
        actor = c.actor
        if actor is None or actor.kind != "person" or primary(c).via != "alias":
            continue
        entry = art.cat.entries.get(actor.id or "")
        if entry is not None and normalise(art.doc[c.start : c.end].text) in entry.surnames:
            found[c.start] = c
    return found


def _other_given_names(art: Article, surname_at: dict[int, Candidate], taken: set[int]) -> None:
    """A catalogued family name right after another given name is someone else, whatever
    entity the parser made of the name: "Wanda Vázquez Garced" (tagged an organisation) is not
    Tabaré Vázquez. Titles, honorifics and catalogued names before it do not count."""
    doc, cat = art.doc, art.cat
    for start, c in surname_at.items():
        if start == 0 or not (primary(c).target.startswith("surname:") or c.actor is not None):
            continue
        j = start - 1
        while j > 0 and _initial(doc[j]):
            j -= 1  # "Jose A. Sanchez": the given name before a middle initial
        prev = doc[j]
        word = normalise(prev.text)
        if (
            prev.pos_ != "PROPN"
            or not prev.is_alpha
            or not prev.text[:1].isupper()
            or prev.i in taken
            or prev.ent_type_ in ("GPE", "NORP")
            or word in cat.honorifics
            or cat.role([word]) is not None
            or _given_name_matches(art, c, j)
        ):
            continue
        c.hits = [Hit("block:", "block", c.hits[0].surface)]
        c.actor = None


def _initial(tok: Token) -> bool:
    """A middle initial: "A." or "A"."""
    letters = tok.text.rstrip(".")
    return len(letters) == 1 and letters.isupper()


def _repeated_names(
    art: Article, cands: Sequence[Candidate], found: Sequence[Candidate]
) -> list[Candidate]:
    """Family names the parser did not tag, repeating a person named in full earlier.

    "Okonkwade said" after "Ada Okonkwade": the small model often misses, or calls a place, a
    second mention of a name it tagged in full. A capitalised proper noun that is the family
    name of a person the article named earlier, and no catalogue name nor part of a longer
    entity, is that family name alone; the surname pass links it to the person."""
    first: dict[str, int] = {}  # family name → where its bearer was first named
    for p in art.people:
        if p.actor.id is None:
            for key in p.surnames:
                first[key] = min(first.get(key, p.token), p.token)
    if not first:
        return []
    taken = {i for c in (*cands, *found) for i in range(c.start, c.end)}
    out = []
    for tok in art.doc[min(first.values()) + 1 :]:
        key = art.keys[tok.i]
        if (
            first.get(key, tok.i) >= tok.i
            or tok.i in taken
            or tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or tok.ent_type_ in _NOT_NAMES
            or (tok.ent_type_ and len(_ent_of(tok)) > 1)
        ):
            continue
        out.append(Candidate(tok.i, tok.i + 1, [Hit(f"surname:{key}", "ner", tok.text)]))
    return out


def _ent_of(tok: Token) -> Span | tuple[Token]:
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), (tok,))


def _family_first(art: Article, cands: Sequence[Candidate], start: int) -> bool:
    """Whether the country qualifying a name right before it names family name first
    ("Chinese Vice Premier Ding Xuexiang", "South Korean Unification Minister Kwon Young-se")."""
    sent = art.sent_start(start)
    entries = art.cat.entries
    return any(
        c.actor is not None
        and c.actor.kind != "person"
        and (country := entries.get(f"country:{c.actor.code}")) is not None
        and country.family_first
        and max(sent, start - _QUALIFIER_REACH) <= c.start
        and c.end <= start
        for c in cands
    )


def _given_name_matches(art: Article, surname: Candidate, start: int) -> bool:
    """Whether the words before a family name fit a catalogued bearer's given name (the same
    first word, or its initial)."""
    first = normalise(art.doc[start].text).rstrip(".")
    hit = primary(surname)
    words = art.doc[surname.start : surname.end].text
    key = hit.target[8:] if hit.target.startswith("surname:") else normalise(words)
    for pid in art.cat.surnames.get(key, ()):
        given = normalise(art.cat.entries[pid].name.split()[0])
        if first == given or (len(first) == 1 and given.startswith(first)):
            return True
    return False


def _title_before(art: Article, start: int) -> tuple[int, tuple[str, ...], str | None, bool]:
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


def settle_surnames(art: Article, cands: Sequence[Candidate]) -> None:
    """Bare family names: the person the article named, else the catalogued bearer that fits."""
    doc, cat = art.doc, art.cat
    for c in cands:
        hit = primary(c)
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


def _bearer_fits(art: Article, entry: Entry, key: str, tok: Token, offices: Sequence[str]) -> bool:
    """Whether a family name alone may be taken for this catalogued bearer.

    A title naming one of the bearer's offices always fits ("President Moon"). A weak name (a
    common one, or one of two letters: "May", "Lee", "Xi") needs the parser to see a person and
    the article to be about the bearer's country. Other names fit unless the parser sees
    something else (a place, a date), except a "place" that is the subject of a verb: the small
    model tags family names as places ("Biden condemned", "Blinken said")."""
    if offices and any(t.office in offices for t in entry.terms):
        return True
    if key in art.cat.weak_surnames:
        return tok.ent_type_ == "PERSON" and any(art.codes[t.code] for t in entry.terms)
    if len(key) <= 2:
        return tok.ent_type_ == "PERSON"
    if _name_read_as_place(tok):
        return True
    return tok.ent_type_ not in _PLACES_AND_NUMBERS  # the small model often says ORG for a name


def _name_read_as_place(tok: Token) -> bool:
    """A name the small model tagged as a place where an unknown place seldom stands.

    "Biden condemned Russia": a place the catalogue does not know is seldom the subject of a
    verb in international news, nor the partner of a meeting or a call ("spoke with Modi", "a
    summit with Biden"), nor the object of a verb ("met Scholz"), nor the owner of an act
    ("Modi's trip to Japan"): unknown places stand after "in", "to", "from"."""
    if tok.ent_type_ != "GPE":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        return True
    return tok.dep_ in {"dobj", "poss"} or (tok.dep_ == "pobj" and tok.head.lower_ == "with")


_LEADING = frozenset({"hos", "hog"})


def _summit_party(art: Article, entry: Entry, c: Candidate, cands: Sequence[Candidate]) -> bool:
    """A weak family name ("Kim", "Lee") fits a sitting head of state or government when the
    same sentence names another head of state or government, in office or not: "the summit
    between Putin and Kim", "In 2019, Trump met Kim". Leaders meet leaders; a namesake in the
    news rarely sits beside one."""
    tok = art.doc[c.start]
    if tok.ent_type_ not in ("PERSON", "") and not _name_read_as_place(tok):
        return False  # ("Scholz met Macron": "Scholz" tagged as a place, the subject of a verb)
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


def extend_people(art: Article, cands: Sequence[Candidate]) -> list[Mention]:
    """Person mentions over their titles and qualifiers, with what those say about the person."""
    doc, cat = art.doc, art.cat
    by_start = {c.start: c for c in cands if c.actor is not None}
    qualified: dict[str, Actor] = {}  # people the catalogue lacks, as their qualifiers coded them
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
        if given < c.start and entry is not None and _bearer_given_names(art, entry, given, c):
            given = c.start  # "John F. Kerry": the bearer's given name and an initial
        if given < c.start and (entry is None or c.via == "surname"):
            # "Sacha Baron Cohen": first names the catalogue's Cohen does not have
            name = doc[given : c.end].text
            actor = Actor(text=name, name=name, code=None, sector=None, kind="person", id=None)
            entry = None
        if entry is not None and entry.terms:
            if any(w in cat.former for w in before):
                actor = replace(actor, sector=None)
            elif offices:  # "President Obama", "then-U.S. President Donald Trump"
                term = _titled_term(art, entry, offices, title_phrase(art, start, c.start - 1))
                if term is not None:
                    actor = replace(actor, code=term.code, sector=cat.term_sector(term))
        elif entry is None:
            owner = next(
                (
                    x.actor
                    for x in inner
                    if x.actor
                    and x.actor.kind != "person"
                    and not doc[x.start].lower_.endswith("-based")  # where, not whose
                ),
                None,
            )
            code = owner.code if owner is not None else None
            if code is None:
                code = _possessor_code(doc, by_start, start, c.end)
            role = _last_role(cat, words)
            sector = role.sector if role else None
            if code is None and _congress_tag(doc, c.end):
                # "Rep. Joseph Crowley (D-N.Y.)", "Sen. Lindsey Graham, R-S.C.,": a member of
                # the United States Congress, by the party and state the press writes after
                # the name
                code, sector = "USA", sector or "LEG"
            if owner is not None and owner.kind == "group" and owner.sector in NON_STATE:
                # "Houthi spokesman Yahya Sarea", "Hamas official X": the office is the armed
                # group's or the party's, as it is unnamed ("a Hamas spokesman")
                sector = owner.sector
            actor = replace(actor, code=actor.code or code, sector=actor.sector or sector)
            if offices and not role and not (owner is not None and owner.sector in NON_STATE):
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
            if any(w in cat.former for w in before):  # "former Nigerian foreign minister X"
                actor = replace(actor, sector=None)
            key = normalise(actor.name or "")
            earlier = qualified.get(key)
            if c.via == "coref" and actor.code is None and earlier is not None:
                # "Brevnikov said" after "Ukrainian presidential adviser Oleksandr Brevnikov"
                actor = replace(actor, code=earlier.code, sector=earlier.sector)
            elif actor.code is not None and c.via != "coref":
                qualified.setdefault(key, actor)
        for x in inner:
            x.absorbed = True
        c.absorbed = True
        out.append(mention(art, replace(actor, text=doc[start : c.end].text), start, c.end, via))
    return out


_STATE_OFFICES = frozenset({"hos", "hog", "fm", "dm", "vp"})


def _only_titles(art: Article, start: int, name_start: int) -> bool:
    """Whether the words before a name are titles, honorifics, and "outgoing"-like words only."""
    i = _title_before(art, name_start)[0]
    cat = art.cat
    return all(w in cat.former or w in cat.then for w in art.keys[start:i])


def _only_country_of_sentence(art: Article, cands: Sequence[Candidate], i: int) -> str | None:
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


def _given_names(art: Article, start: int, name_start: int, inner: Sequence[Candidate]) -> int:
    """Where the given names before a family name begin: capitalised words right before it that
    are no title, role, honorific or catalogued name."""
    cat, doc = art.cat, art.doc
    if _title_before(art, name_start)[3]:
        return name_start  # "Secretary of State Rubio": a title, not first names
    taken = {
        i
        for x in inner
        if not primary(x).target.startswith("block:")
        for i in range(x.start, x.end)
    }
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


def _congress_tag(doc: Doc, end: int) -> bool:
    """A party and state tag right after a name: "(D-N.Y.)", "(R-Ohio)", ", I-Vt.,"."""
    toks = doc[end : end + 7]
    if len(toks) < 5 or toks[0].text not in {"(", ","}:
        return False
    if toks[1].text not in {"D", "R", "I"} or toks[2].text not in {"-", "–"}:
        return False
    closing = ")" if toks[0].text == "(" else ","
    close = next((j for j in range(3, len(toks)) if toks[j].text == closing), None)
    # the state: one to three words ("Ohio", "N.Y.", "Vt", ".")
    return close is not None and 4 <= close <= 6 and toks[3].text[:1].isupper()


def _bearer_given_names(art: Article, entry: Entry, given: int, c: Candidate) -> bool:
    """Whether the words from ``given`` to a family name are the catalogued bearer's given name
    (or its initial) followed only by initials or other words of the bearer's name: "John F.
    Kerry", "J. Kerry", not "Chad Smith" for Stephen Smith."""
    words = [normalise(t.text).rstrip(".") for t in art.doc[given : c.start]]
    own = [normalise(w) for w in entry.name.split()]
    first, rest = words[0], words[1:]
    if not first or not (first == own[0] or (len(first) == 1 and own[0].startswith(first))):
        return False
    return all(len(w) == 1 or w in own for w in rest)


def _titled_term(
    art: Article, entry: Entry, offices: Sequence[str], title: str | None
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


def _possessor_code(doc: Doc, by_start: dict[int, Candidate], start: int, end: int) -> str | None:
    for tok in doc[start:end]:
        for child in tok.children:
            if child.dep_ == "poss":
                cand = cand_at(by_start, child.i)
                if cand is not None and cand.actor is not None and cand.actor.code:
                    cand.absorbed = cand.actor.kind != "person"
                    return cand.actor.code
    return None
