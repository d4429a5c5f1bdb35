"""Find every actor mention of an article and resolve it to a canonical actor.

The work is a pure function of the parsed article and the read-only catalogue, in passes, one
module each (``matching``, ``settling``, ``people``, ``agents``), run here in order:

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

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..model import ActorSummary, Mention
from .agents import find_agents
from .article import Article, mention
from .matching import match_aliases
from .people import extend_people, settle_surnames, unknown_people
from .query import Catalogue
from .settling import count_codes, national_bodies, settle, vessels
from .words import normalise

__all__ = ["resolve", "summarise"]


def resolve(doc: Doc, catalogue: Catalogue, *, published: dt.date | None = None) -> list[Mention]:
    """Every actor mention of an article, in text order (see the package docstring)."""
    if len(doc) == 0:
        return []
    art = Article.read(doc, catalogue, published)
    cands = match_aliases(art)
    count_codes(art, cands)
    settle(art, cands)
    cands = sorted([*cands, *vessels(art, cands)], key=lambda c: c.start)
    national_bodies(art, cands)
    persons = unknown_people(art, cands)
    cands = sorted([*cands, *persons], key=lambda c: c.start)
    settle_surnames(art, cands)
    mentions = extend_people(art, cands)
    mentions += find_agents(art, cands, mentions)
    mentions += [
        mention(art, c.actor, c.start, c.end, c.via, char_end=c.char_end, char_start=c.char_start)
        for c in cands
        if c.actor and not c.absorbed
    ]
    return _dedupe(mentions)


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    """Text order; of overlapping mentions keep the longer, except agents that share a head.
    Overlap is in characters: the two names glued in "U.S.-Japanese" share a token, not text."""
    ordered = sorted(mentions, key=lambda m: (m.token_start, -(m.token_end - m.token_start)))
    out: list[Mention] = []
    for m in ordered:
        clash = next((o for o in out if o.start < m.end and m.start < o.end), None)
        if clash is not None and not (
            (m.via == "role" and clash.via == "role" and m.head == clash.head)
            # "the leaders of North and South Korea": the shortened name inside the role's
            # phrase is a country of its own
            or (m.via == "elided" and m.actor.code != clash.actor.code)
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
