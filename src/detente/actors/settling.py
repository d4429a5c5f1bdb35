"""Pass 2, article context: settle each catalogue match against what the article is about.

The countries the unambiguous mentions name and the words of the article decide ambiguous
aliases: "Korea" leans to the Korea the article is about, "the North" is North Korea only in a
Korean context, "Georgia" is dropped when the article is about Atlanta, "Jordan" is a person when
the article names "Michael Jordan". Catalogued people are coded by the office held on the date;
bare family names wait for the people pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from .article import Article, Candidate, NamedPerson, primary
from .records import SUPRANATIONAL, Hit
from .words import normalise

__all__ = ["count_codes", "national_bodies", "settle"]


def count_codes(art: Article, cands: Sequence[Candidate]) -> None:
    """Count the countries the unambiguous mentions name, and collect people named in full."""
    for c in cands:
        hit = primary(c)
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


def settle(art: Article, cands: list[Candidate]) -> None:
    """Give each catalogue match its actor, using the article context; surnames wait."""
    cat, doc = art.cat, art.doc
    ner_surnames = _ner_surnames(doc)
    for c in cands:
        hit = primary(c)
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
        if c.start > 0 and art.keys[c.start - 1] in cat.vessel_prefixes:
            continue  # "the USS Ronald Reagan": a ship (``vessels``), no person of the article
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
            art.people.append(
                NamedPerson(c.start, frozenset(entry.surnames), c.actor, entry.gender)
            )
        else:
            c.actor = entry.actor(span_text)
        if c.via != "elided":  # "North" of "North and South Korea" keeps its mark
            c.via = {"name": "catalogue"}.get(hit.via, hit.via)


def vessels(art: Article, cands: Sequence[Candidate]) -> list[Candidate]:
    """Warships the catalogue does not name, by the prefix of their navy: "fired missiles at the
    USS Carney" aims at the US Navy. The name runs over the capitalised words and initials after
    the prefix ("the USS Harry S. Truman")."""
    cat, doc = art.cat, art.doc
    covered = {i for c in cands for i in range(c.start, c.end)}
    starting = {c.start: c for c in cands}
    out = []
    for tok in doc[:-1]:
        named = starting.get(tok.i + 1)
        if (
            named is not None
            and tok.is_lower
            and art.keys[tok.i] in cat.vessel_nouns
            and doc[tok.i + 1].text[:1].isupper()
            and _owner_before(tok, starting)
        ):
            # "the Russian landing ship Minsk": the ship's name, no city or person of the
            # article, when its modifiers say whose ship it is ("the cruiser Moskva" alone
            # keeps the guess its name gives)
            _as_vessel(art, named, None)
            continue
        if art.keys[tok.i] not in cat.vessel_prefixes or not tok.text.isupper():
            continue
        navy = cat.vessel_prefixes[art.keys[tok.i]]
        if named is not None:
            # a name the catalogue matched ("Georgia", a family name such as "Carney"): the ship
            _as_vessel(art, named, navy)
            continue
        if navy is None or tok.i + 1 in covered:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].text[:1].isupper() and end not in covered:
            end += 1
        if end == tok.i + 1:
            continue
        text = doc[tok.i + 1 : end].text
        actor = cat.group_actor(navy, "MIL", text)
        out.append(Candidate(tok.i + 1, end, [Hit("vessel:", "vessel", text)], actor, "vessel"))
    return out


def _as_vessel(art: Article, named: Candidate, navy: str | None) -> None:
    """A name the catalogue matched read as a ship's: its navy's (``navy``), or no one's."""
    text = art.doc[named.start : named.end].text
    named.hits = [Hit("vessel:", "vessel", text)]
    named.actor = art.cat.group_actor(navy, "MIL", text) if navy else None
    named.via = "vessel"


def _owner_before(noun: Token, starting: dict[int, Candidate]) -> bool:
    """Whether a ship noun's own modifiers name a party ("the Russian landing ship", "Iran's
    tanker"): a name the catalogue matched among the words before it in its phrase."""
    name = noun.doc[noun.i + 1]  # the parser may hang the modifiers on the name
    for i in range(max(min(noun.left_edge.i, name.left_edge.i), noun.i - 3), noun.i):
        if i in starting:
            return True
    return False


def national_bodies(art: Article, cands: Sequence[Candidate]) -> None:
    """A body's generic name followed by "of <country>" is that country's body, not the
    international one the bare name usually means: "the Security Council of Russia" is a
    Russian state organ, not the UN Security Council; nor another state's: "the Royal Navy of
    Oman" is Oman's navy."""
    by_start = {c.start: c for c in cands}
    for c in cands:
        a = c.actor
        if a is None or a.kind != "organization" or not a.code:
            continue
        if c.end >= len(art.doc) - 1 or art.keys[c.end] != "of":
            continue
        nxt = by_start.get(c.end + 1) or by_start.get(c.end + 2)  # "of Russia", "of the DRC"
        if nxt is None or nxt.actor is None or nxt.actor.kind != "country":
            continue
        if nxt.start == c.end + 2 and art.keys[c.end + 1] != "the":
            continue
        # "the Royal Navy of Oman": a state's body named like another state's is the named
        # state's own, of the same kind (the bare name stays the first state's)
        national = a.code not in SUPRANATIONAL
        if national and (nxt.actor.code == a.code or not a.sector):
            continue
        text = art.doc[c.start : nxt.end].text
        sector = a.sector if national and a.sector else "GOV"
        c.actor = art.cat.group_actor(nxt.actor.code, sector, text)
        c.end = nxt.end
        nxt.absorbed = True
        c.via = "national body"
    _owned_seats(art, cands)


def _owned_seats(art: Article, cands: Sequence[Candidate]) -> None:
    """A state institution's name after another country's possessive or demonym is that
    country's institution of the same kind: "Pakistan's Foreign Office", "the Pakistani Foreign
    Office" are Pakistan's, though the bare "Foreign Office" is Britain's; "Taiwan's EPA" is
    Taiwan's."""
    by_end = {c.end: c for c in cands}
    for c in cands:
        a = c.actor
        if a is None or c.via != "seat" or not a.code or c.start == 0:
            continue
        owner = by_end.get(c.start)  # "the Pakistani Foreign Office"
        if owner is None and art.keys[c.start - 1] in {"'s", "’s"}:
            owner = by_end.get(c.start - 1)  # "Pakistan's Foreign Office"
        if (
            owner is None
            or owner.actor is None
            or owner.absorbed
            or owner.actor.kind != "country"
            or owner.actor.code == a.code
        ):
            continue
        text = art.doc[owner.start : c.end].text
        c.actor = art.cat.group_actor(owner.actor.code, a.sector or "GOV", text)
        c.start = owner.start
        owner.absorbed = True
        c.via = "national body"


def _choose(art: Article, options: Sequence[str], text: str) -> Actor:
    entries = [art.cat.entries[o] for o in options]
    best = max(entries, key=lambda e: (art.codes[e.code or ""], -entries.index(e)))
    return best.actor(text)


def _korean_ok(art: Article, c: Candidate) -> bool:
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
