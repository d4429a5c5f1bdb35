"""The article being resolved: its tokens and sentences, the catalogue matches found so far,
and what the passes learn about it (the countries it names, the people it names in full).

Shared by the resolver passes (``matching``, ``settling``, ``people``, ``agents``), with the
helpers more than one of them needs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..model import Actor, Mention
from .query import Catalogue
from .records import Hit
from .words import normalise

__all__ = ["Article", "Candidate", "NamedPerson", "cand_at", "mention", "primary", "title_phrase"]


@dataclass
class Candidate:
    """A span the catalogue matched, before it is settled."""

    start: int
    end: int
    hits: list[Hit]
    actor: Actor | None = None
    via: str = "catalogue"
    absorbed: bool = False  # became part of a person or agent mention
    person_key: str | None = None  # for people: the key coreference links on
    char_end: int | None = None  # a name glued to a longer token ends inside it ("U.S.-led")
    char_start: int | None = None  # or starts inside it, after the hyphen ("U.S.-Japanese")


@dataclass
class NamedPerson:
    """A person named in full in the article: what a later bare family name may refer to."""

    token: int
    surnames: frozenset[str]
    actor: Actor
    gender: str | None


@dataclass
class Article:
    """One article under resolution; the passes read it and add to ``codes`` and ``people``."""

    doc: Doc
    cat: Catalogue
    date: dt.date | None
    keys: list[str]
    sent_starts: list[int]
    words: frozenset[str]
    text: str  # normalised tokens joined by spaces, padded: for multi-word cues
    codes: Counter[str] = field(default_factory=Counter)
    people: list[NamedPerson] = field(default_factory=list)

    @classmethod
    def read(cls, doc: Doc, catalogue: Catalogue, date: dt.date | None) -> Article:
        """A non-empty parsed article, its tokens keyed as the catalogue's aliases are."""
        keys = [_key(t.text) for t in doc]
        return cls(
            doc=doc,
            cat=catalogue,
            date=date,
            keys=keys,
            sent_starts=[s.start for s in doc.sents],
            words=frozenset(keys),
            text=" " + " ".join(keys) + " ",
        )

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


def primary(c: Candidate) -> Hit:
    """The hit a match is settled by: aliases keep their most specific reading first."""
    return c.hits[0]


def cand_at(by_start: dict[int, Candidate], i: int) -> Candidate | None:
    """The match covering token ``i``, given the matches by first token (names are short)."""
    for s in range(i, max(-1, i - 6), -1):
        cand = by_start.get(s)
        if cand is not None:
            return cand if cand.start <= i < cand.end else None
    return None


def title_phrase(art: Article, start: int, end: int) -> str | None:
    """The longest title ending at token ``end`` ("prime minister" in "the Japanese prime
    minister")."""
    for i in range(max(start, end + 1 - art.cat.max_title_words), end + 1):
        phrase = " ".join(art.keys[i : end + 1])
        if phrase in art.cat.titles:
            return phrase
    return None


def mention(
    art: Article,
    actor: Actor,
    start: int,
    end: int,
    via: str,
    *,
    head: int | None = None,
    char_end: int | None = None,
    char_start: int | None = None,
) -> Mention:
    """The mention of ``actor`` over tokens ``start``:``end`` (ending at ``char_end`` or starting
    at ``char_start`` inside a token when a name is glued to another word)."""
    doc = art.doc
    span = doc[start:end]
    first = span.start_char if char_start is None else char_start
    last = span.end_char if char_end is None else char_end
    if (first, last) != (span.start_char, span.end_char):
        actor = replace(actor, text=doc.text[first:last])
    return Mention(
        actor=actor,
        start=first,
        end=last,
        token_start=start,
        token_end=end,
        head=span.root.i if head is None else head,
        sentence_index=art.sentence(start),
        via=via,
    )


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """``normalise`` memoised: news repeats its words, and this runs on every token."""
    return normalise(text)
