"""Reported speech: clauses the parse says someone said, and who said them.

A cue verb with a clausal complement ("X said (that) ...", "X told reporters ...", "KCNA reported
...", "analysts believe ..."), "according to X", or a speech act with an object or infinitive
("called for a ceasefire", "vowed to boost ties"). A cue already attributing a direct quotation,
and a clause mostly inside one, are left to the direct quotations.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from spacy.tokens import Token

from .index import QUOTE_TOKENS, DocIndex, is_verb
from .speakers import speaker_tokens

__all__ = ["Reported", "find_reported"]

_MIN_CLAUSE_TOKENS = 3


class Reported(NamedTuple):
    """One reported clause: its cue, its content as tokens ``start``:``end``, and the head and
    token span of its speaker when the parse gives one."""

    cue: Token
    start: int
    end: int
    speaker_head: Token | None
    speaker_span: tuple[int, int] | None


def find_reported(ix: DocIndex, used_cues: set[int]) -> list[Reported]:
    """Every reported clause of a document in token order, skipping the cues in ``used_cues``
    (those of direct quotations) and tokens inside quotations."""
    return _ReportedFinder(ix).find(used_cues)


def _addressed(cue: Token) -> bool:
    """A bare participle clause ("Asked whether Russia would help, Putin said ...", "Told of the
    decision, the minister ...") reports what was said *to* the main clause's subject: it is
    no speech act of that subject's."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "ccomp", "ROOT")
        and cue.i == cue.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    )


class _ReportedFinder:
    def __init__(self, ix: DocIndex) -> None:
        self.doc = ix.doc
        self.lex = ix.lex
        self.ix = ix
        self.quote_token = ix.quote_token

    def find(self, used_cues: set[int]) -> list[Reported]:
        doc, lex = self.doc, self.lex
        strings = doc.vocab.strings
        wanted = {strings.add(w) for w in lex.clause | lex.intent | {"accord", "according"}}
        out = []
        for i in np.flatnonzero(np.isin(self.ix.lemmas, list(wanted))).tolist():
            if i in used_cues or self.quote_token[i]:
                continue
            t = doc[i]
            to = self.ix.according(t)
            if to is not None:
                found = self._according_content(t, to)
                if found is not None:
                    out.append(found)
                continue
            lemma = t.lemma_.lower()
            if not is_verb(t) or _addressed(t):
                continue
            comp = (
                next((c for c in t.children if c.dep_ == "ccomp"), None)
                if lemma in lex.clause
                else None
            )
            if comp is not None:
                s, e = comp.left_edge.i, comp.right_edge.i + 1
                if s <= t.i < e:
                    continue
            elif lemma in lex.intent:
                span = self._object_content(t, lemma)
                if span is None:
                    continue
                s, e = span
            else:
                continue
            while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in QUOTE_TOKENS):
                e -= 1
            while s < e and doc[s].is_punct and doc[s].text not in QUOTE_TOKENS:
                s += 1
            if s < e and doc[s].lower_ == "that" and doc[s].dep_ == "mark":
                s += 1
            if e - s < _MIN_CLAUSE_TOKENS:
                continue
            if sum(self.quote_token[i] for i in range(s, e)) * 2 > e - s:
                continue  # a direct quotation already attributed
            sp = self.ix.speaker_of(t)
            out.append(Reported(t, s, e, sp[0] if sp else None, sp[1] if sp else None))
        return out

    def _object_content(self, t: Token, lemma: str) -> tuple[int, int] | None:
        """The object or infinitive that a speech act or intention reports ("called for [a
        ceasefire]", "urged [Seoul to resume talks]", "vowed [to boost ties]"), as a token
        span after the verb; None when the verb has none or is passive."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return None
        particles = self.lex.particles.get(lemma, frozenset())
        parts = []
        for c in t.rights:
            if c.dep_ in ("dobj", "xcomp", "oprd", "dative", "attr") or (
                c.dep_ in ("prep", "prt") and c.lower_ in particles
            ):
                parts.append(c)
        if not parts:
            return None
        s = min(c.left_edge.i for c in parts)
        e = max(c.right_edge.i for c in parts) + 1
        if self.doc[s].lower_ in particles and self.doc[s].head.i == t.i:
            s += 1  # the particle belongs to the cue: "called for"
        return s, e

    def _according_content(self, t: Token, to: Token) -> Reported | None:
        """The clause "according to X" attributes: what follows the phrase at the start of a
        sentence, else what precedes it."""
        doc, ix = self.doc, self.ix
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        p_end = (pobj.right_edge.i if pobj is not None else to.i) + 1
        sent = doc[ix.sentence_start(t.i)].sent
        s, e = sent.start, sent.end
        if t.i - s <= 1:  # "According to X, ...": the content follows the phrase
            s = p_end
        else:  # "..., according to X": the content precedes it
            e = t.i
        while s < e and (doc[s].is_punct and doc[s].text not in QUOTE_TOKENS):
            s += 1
        while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in QUOTE_TOKENS):
            e -= 1
        if e - s < _MIN_CLAUSE_TOKENS or sum(self.quote_token[i] for i in range(s, e)) * 2 > e - s:
            return None
        if pobj is None:
            return Reported(t, s, e, None, None)
        return Reported(t, s, e, pobj, speaker_tokens(pobj))
