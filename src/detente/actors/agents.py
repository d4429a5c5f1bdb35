"""Pass 4, agents: role nouns and the countries or organisations they belong to.

A role noun ("officials", "troops", "foreign ministry") takes its country from a demonym, country
name or possessive before it, or an "of/from/in" phrase after it ("Senior Hungarian and Romanian
officials" → HUN GOV and ROU GOV, both headed by "officials"); the qualifier is then part of that
mention. A role with no country ("an expert", "analysts") becomes an anonymous mention with
``code`` None and ``name`` None. The office of a body outside the state ("a Hamas spokesman", "the
Hezbollah leader") is that body's: its sector, never a government office-holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import Actor, ActorKind, Mention
from ..syntax import hyphened_patron, names_another_party
from .article import Article, Candidate, cand_at, mention, title_phrase
from .query import Catalogue
from .records import NON_STATE, SUPRANATIONAL, Entry, Role
from .words import normalise

__all__ = ["find_agents"]

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})

_PREPOSITIONS = frozenset({"of", "from", "in"})
# sectors of bodies outside the state, whose offices are their own


def find_agents(
    art: Article, cands: Sequence[Candidate], people: Sequence[Mention]
) -> list[Mention]:
    """Role nouns: with the countries or organisations that qualify them, else anonymous."""
    doc, cat = art.doc, art.cat
    covered: set[int] = set()
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
        if cand_at(by_start, tok.i) is not None:
            continue  # part of a catalogued name ("Foreign Office", "Security Council")
        sector = role.sector
        quals = _qualifiers(doc, tok, rstart)
        if role.defer:
            for q in quals:
                qrole = cat.role([normalise(q.text)])
                # a word of a catalogued name is no sector word: "Union" in "European Union
                # leaders" is no trade union
                if qrole is not None and qrole.sector and q.i not in covered | named:
                    sector = qrole.sector
        plural = _plural(tok, cat)
        owners = _owners(doc, by_start, tok, quals)
        mine = {i for c in owners for i in range(c.start, c.end)}
        left = _left_edge(art, tok, rstart, covered | (named - mine))
        for cand in owners:
            assert cand.actor is not None
            start = min(cand.start, left) if cand.start < tok.i else left
            end = max(cand.end, tok.i + 1)
            title = title_phrase(art, max(cand.end, left) if cand.start < tok.i else left, tok.i)
            text = doc[start:end].text
            actor = _agent_actor(art, cand.actor, role, sector, plural, title, text)
            cand.absorbed = True
            out.append(mention(art, actor, start, end, "role", head=tok.i))
        if owners:
            covered.update(range(min(left, *(c.start for c in owners)), tok.i + 1))
            continue
        if not role.bare:
            continue
        kind: ActorKind = "person" if role.person and not plural else "group"
        text = doc[left : tok.i + 1].text
        actor = Actor(text=text, name=None, code=None, sector=sector, kind=kind, id=None)
        out.append(mention(art, actor, left, tok.i + 1, "role", head=tok.i))
        covered.update(range(left, tok.i + 1))
    return out


def _left_edge(art: Article, head: Token, rstart: int, covered: set[int]) -> int:
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


def _role_at(art: Article, tok: Token) -> tuple[Role, int] | None:
    """The longest role phrase ending at ``tok`` ("foreign ministry", "troops")."""
    cat = art.cat
    sent_start = art.sent_start(tok.i)
    for n in range(min(cat.max_role_words, tok.i - sent_start + 1), 0, -1):
        words = art.keys[tok.i - n + 1 : tok.i + 1]
        role = cat.role(words)
        if role is not None:
            return role, tok.i - n + 1
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
    doc: Doc, by_start: dict[int, Candidate], head: Token, quals: Sequence[Token]
) -> list[Candidate]:
    """The country or organisation mentions that qualify a role noun, in text order."""
    seen: dict[int, Candidate] = {}
    # "Turkish-backed Syrian rebels" are Syrian: a proxy named with a people of its own is not
    # its backer's ("Iran-backed militias", named with none, keep their backer)
    own_people = any(
        not hyphened_patron(q) and (q.ent_type_ in {"NORP", "GPE", "ORG"} or cand_at(by_start, q.i))
        for q in quals
    )
    for q in quals:
        if names_another_party(q) or (own_people and hyphened_patron(q)):
            continue  # "Iran-backed rebels", "anti-Japan protests", "non-Japanese citizens"
        for t in (q, *q.subtree):
            cand = cand_at(by_start, t.i)
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
                    cand = cand_at(by_start, obj.i) if obj.dep_ == "pobj" else None
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
    art: Article,
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
    state_office = not (owner.kind == "group" and owner.sector in NON_STATE)
    if (
        title
        and not plural
        and state_office
        and art.date is not None
        and code
        and code not in SUPRANATIONAL
    ):
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
    if not state_office:
        # "a Hamas spokesman", "the Hezbollah leader": the office is the armed group's or the
        # party's, not a government's
        sector = owner.sector
    if role.person and not plural:
        return Actor(text=text, name=None, code=code, sector=sector, kind="person", id=None)
    return cat.group_actor(code, sector, text)
