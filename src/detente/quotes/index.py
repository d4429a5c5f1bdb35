"""What both kinds of attribution read over one document: where tokens, sentences and paragraphs
are, which tokens lie inside a quotation, and the cues and speakers of the parse.

Built once per article. ``quote_token`` is filled by the direct quotations (``direct``) and read
by reported speech (``reported``): a clause already quoted verbatim is not reported again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np
from spacy.attrs import IDX, LEMMA, SENT_START
from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .marks import QuotedSpan, find_quoted
from .speakers import speaker_tokens

__all__ = ["QUOTE_TOKENS", "DocIndex", "is_verb"]

QUOTE_TOKENS = frozenset({'"', "“", "”", "‘", "’", "'", "„", "«", "»", "``", "''"})


class DocIndex:
    """Constant-time lookups over one document: token at a character, sentence of a token,
    paragraph of a character; the tokens inside quotations; cues and their speakers."""

    def __init__(
        self, doc: Doc, lexicon: CueLexicon, marks: Sequence[QuotedSpan] | None = None
    ) -> None:
        self.doc = doc
        self.lex = lexicon
        self.text = doc.text
        # the quotation marks of the text: found by the caller once for every stage that reads them
        self.marks = list(find_quoted(self.text) if marks is None else marks)
        self.quote_token = bytearray(len(doc))  # 1 where a token lies inside a quotation
        # attribute arrays instead of Token objects: building a Token per word is the cost
        arr = doc.to_array([IDX, SENT_START, LEMMA])
        self.starts = arr[:, 0].tolist()
        self.sent_starts = [0] + [i for i in np.flatnonzero(arr[:, 1] == 1).tolist() if i > 0]
        self.lemmas = arr[:, 2]
        text = self.text
        nl, i = [], text.find("\n")
        while i >= 0:
            nl.append(i)
            i = text.find("\n", i + 1)
        self.newlines = nl

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def sentence_of(self, token: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, token) - 1)

    def sentence_start(self, token: int) -> int:
        return self.sent_starts[self.sentence_of(token)]

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.newlines, char)

    def break_between(self, a: int, b: int) -> bool:
        """True when a line break lies between characters ``a`` and ``b``."""
        return self.paragraph_of(a) != self.paragraph_of(b)

    # -- cues and speakers --------------------------------------------------------------------

    def according(self, t: Token) -> Token | None:
        """The "to" of "according to", when ``t`` starts that phrase."""
        if t.lower_ != "according" or t.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[t.i + 1]
        return nxt if nxt.lower_ == "to" else None

    def cue_text(self, cue: Token) -> str:
        """The cue as an attribution shows it: "according to", "said", "called for"."""
        to = self.according(cue)
        if to is not None:
            return "according to"
        parts = self.lex.particles.get(cue.lemma_.lower())
        if parts:
            for c in cue.rights:
                if c.dep_ in ("prt", "prep") and c.lower_ in parts and c.i <= cue.i + 2:
                    return f"{cue.text} {c.text}"
        return cue.text

    def speaker_of(
        self, cue: Token, fallback: tuple[int, int] | None = None
    ) -> tuple[Token, tuple[int, int]] | None:
        """The head and token span of who a cue attributes to: the object of "according to",
        the cue's subject outside a quotation, else the ``fallback`` span."""
        to = self.according(cue)
        if to is not None:
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                return None
            return pobj, speaker_tokens(pobj)
        subj = _subject(cue)
        if subj is not None and not self.quote_token[subj.i]:
            return subj, speaker_tokens(subj)
        if fallback is not None:
            s, e = fallback
            span = self.doc[s:e]
            return span.root, (s, e)
        return None


def is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.pos_ == "VERB"


def _subject(cue: Token) -> Token | None:
    """The subject of a cue verb, through coordination and control ("he said and added",
    "she went on to say")."""
    for _ in range(3):
        for c in cue.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if cue.dep_ in ("conj", "xcomp", "advcl", "pcomp") and cue.head.i != cue.i:
            cue = cue.head
            continue
        break
    return None
