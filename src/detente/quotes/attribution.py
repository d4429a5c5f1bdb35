"""Attributions over one parsed article: direct quotations and reported clauses with their cues
and speakers.

Direct quotations start from the quotation marks (``marks.find_quoted``), not from the parse: the
marks are reliable where sentence splitting is not. Each quotation is then classified (a
quotation, or a term or title in quotes inside a sentence) and attributed by the words next to it:

* after it: "“...,” an expert said", "“...,” said Pat Caddell, a pollster", "“...” Another expert
  said." (a capitalised attribution after the closing mark);
* before it: "He told reporters: “...”", "As she put it, “...”";
* signed: "“...” ― Jane Doe";
* by its neighbour: the second half of "“...,” he said, “...”" and of "“...,” he said. “...”"
  shares the first half's attribution, as do two quotations with nothing between them, and a
  paragraph that opens with a quotation right after a paragraph that ended with an attributed
  one (the speaker goes on: a new speaker would be named).

Reported clauses come from the dependency parse: a cue verb with a clausal complement ("X said
(that) ...", "X told reporters ...", "KCNA reported ...", "analysts believe ..."), "according to
X", or a speech act with an object or infinitive ("called for a ceasefire", "vowed to boost
ties"). Attributions nested inside another's content are left to the outer one. A quotation
with no attribution is kept with no speaker, unless it is too short to be more than a term, a
heading in quotes, or a paragraph left open (an excerpt's stray mark).

Everything is one pass over the quotation marks and one over the tokens; no second parse and no
regular expression per sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, LEMMA, SENT_START
from spacy.tokens import Doc, Token

from ..model import Mention
from .lexicon import CueLexicon
from .marks import QuotedSpan, find_quoted
from .speakers import Speaker, SpeakerFinder, speaker_tokens

__all__ = ["Attribution", "find_attributions"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_DASHES = frozenset({"―", "—", "–", "--"})
_LEAD_PUNCT = frozenset({",", "—", "–", "--", "-", ":"})
_CLAUSE_OPENERS = frozenset({":", ",", "—", "–", "--", "-", "(", ";", "…", "..."})
_END_PUNCT = frozenset({".", "!", "?"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "‘", "’", "'", "„", "«", "»", "``", "''"})
_CONTENT_END_PUNCT = (",", ".", "?", "!", "…", ":", ";", "—", "-")
_TAIL_WINDOW = 24  # tokens after a closing mark in which an attributing cue must appear
_TAIL_LOOSE = 10  # ... when the parse does not confirm that the words between name the speaker
_HEAD_WINDOW = 14  # tokens before an opening mark in which an attributing cue must appear
_MIN_QUOTE_WORDS = 3
_MIN_CLAUSE_TOKENS = 3
_MAX_HEADING_WORDS = 8


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement: content pieces (character spans into the text), the cue, the
    speaker and whether the words are quoted verbatim.

    A quotation split by its attribution ("“A,” he said. “B.”") is one attribution with two
    pieces; ``extract_quotes`` reports each piece as a Quote with the same speaker.
    """

    pieces: tuple[tuple[int, int], ...]
    contents: tuple[str, ...]
    direct: bool
    cue: str | None
    cue_token: int | None
    speaker: Speaker | None
    sentence_index: int
    sentences: tuple[int, ...]  # the sentence index of each piece


@dataclass(slots=True)
class _Quoted:
    span: QuotedSpan
    qs: int  # first token (the opening mark)
    qe: int  # token after the closing mark
    cue: Token | None = None
    speaker_head: Token | None = None
    speaker_span: tuple[int, int] | None = None
    group: int = -1
    tail: bool = False  # attributed by the words after it


class _Index:
    """Constant-time lookups over one document: token at a character, sentence of a token,
    paragraph of a character."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
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


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.pos_ == "VERB"


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


def _path_child(x: Token, top: Token) -> Token | None:
    """The child of ``top`` on the path up from ``x``, or None if ``x`` is not below ``top``."""
    node = x
    for _ in range(40):
        head = node.head
        if head.i == top.i and node.i != top.i:
            return node
        if head.i == node.i:
            return None
        node = head
    return None


def _nominal_run(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """A run of noun-phrase tokens from ``start`` (exclusive ``stop``): the fallback speaker
    when the parser did not attach one."""
    end = start
    while (
        end < stop
        and doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM")
        and not doc[end].is_punct
    ):
        end += 1
    return (start, end) if end > start else None


class _Finder:
    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        lexicon: CueLexicon,
        antecedent: Callable[[Doc, int, Sequence[Mention]], Mention | None] | None,
    ) -> None:
        self.doc = doc
        self.lex = lexicon
        self.ix = _Index(doc)
        self.quote_token = bytearray(len(doc))  # 1 where a token lies inside a quotation
        self.speakers = SpeakerFinder(
            doc, mentions, lexicon, self.ix.sentence_of, antecedent, self.quote_token.__getitem__
        )

    # -- cues ---------------------------------------------------------------------------------

    def _is_cue(self, t: Token, lemmas: frozenset[str]) -> bool:
        return _is_verb(t) and t.lemma_.lower() in lemmas and not self.quote_token[t.i]

    def _according(self, t: Token) -> Token | None:
        """The "to" of "according to", when ``t`` starts that phrase."""
        if t.lower_ != "according" or t.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[t.i + 1]
        return nxt if nxt.lower_ == "to" else None

    def _cue_text(self, cue: Token) -> str:
        to = self._according(cue)
        if to is not None:
            return "according to"
        parts = self.lex.particles.get(cue.lemma_.lower())
        if parts:
            for c in cue.rights:
                if c.dep_ in ("prt", "prep") and c.lower_ in parts and c.i <= cue.i + 2:
                    return f"{cue.text} {c.text}"
        return cue.text

    # -- speakers -----------------------------------------------------------------------------

    def _speaker_of(
        self, cue: Token, fallback: tuple[int, int] | None = None
    ) -> tuple[Token, tuple[int, int]] | None:
        to = self._according(cue)
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

    # -- direct quotations --------------------------------------------------------------------

    def _tokens(self, q: QuotedSpan) -> tuple[int, int]:
        ix = self.ix
        qs = ix.token_at(q.start)
        qe = ix.token_at(q.end - 1) + 1
        return qs, qe

    def _standalone(self, item: _Quoted) -> bool:
        """A quotation, rather than a term, a title or a fragment quoted inside a sentence."""
        doc, q, text = self.doc, item.span, self.ix.text
        content = text[q.content_start : q.content_end].rstrip()
        words = sum(1 for t in doc[item.qs : item.qe] if t.is_alpha or t.like_num)
        ends_punct = content.endswith(_CONTENT_END_PUNCT)
        if words < _MIN_QUOTE_WORDS and not ends_punct:
            return False
        if words == 0:
            return False
        k = self._skip_space_back(item.qs - 1)
        prev = doc[k] if k >= 0 else None
        starts = (
            prev is None
            or doc[item.qs].is_sent_start
            or self.ix.break_between(prev.idx, q.start)
            or prev.text in _CLAUSE_OPENERS
            or prev.text in _END_PUNCT
            or prev.text in _QUOTE_TOKENS
            or (self._is_cue(prev, self.lex.direct) and words >= _MIN_QUOTE_WORDS)
        )
        if not starts:
            return False
        if ends_punct or not q.closed or item.qe >= len(doc):
            return True
        nxt = doc[item.qe]
        return (
            nxt.is_punct
            or nxt.is_sent_start
            or self.ix.break_between(q.end - 1, nxt.idx)
            or self._tail_cue(item) is not None
            or (prev is not None and self._is_cue(prev, self.lex.direct))
        )

    def _tail_cue(self, item: _Quoted) -> tuple[Token, tuple[int, int] | None] | None:
        """The cue that attributes a quotation from after its closing mark, with the tokens
        between the mark and the cue when they name the speaker."""
        if not item.span.closed:
            return None
        doc, ix = self.doc, self.ix
        n = len(doc)
        j = self._skip_space(item.qe)
        if j < n and doc[j].text in _DASHES:
            byline = self._dash_byline(j, j + 1)
            if byline is not None:
                return doc[j], byline
        elif item.qe > 0 and doc[item.qe - 1].text[-1:] in "―—–":  # ”― glued into one token
            byline = self._dash_byline(item.qe - 1, item.qe)
            if byline is not None:
                return doc[item.qe - 1], byline
        if j < n and doc[j].text in _LEAD_PUNCT:
            j += 1
        if j >= n or ix.break_between(item.span.end - 1, doc[j].idx):
            return None
        for c in range(j, min(n, j + _TAIL_WINDOW)):
            t = doc[c]
            if c > j and ix.break_between(doc[c - 1].idx, t.idx):
                return None
            if t.text in _QUOTE_TOKENS or t.text in _END_PUNCT or t.text == ";":
                return None
            to = self._according(t)
            if to is not None and c == j:
                return t, None
            if not self._is_cue(t, self.lex.direct):
                continue
            between = doc[j:c]
            if all(x.is_punct or self._hangs_as_subject(x, t) for x in between):
                fallback = (
                    _nominal_run(doc, j, c) if c > j else _nominal_run(doc, c + 1, min(n, c + 8))
                )
                if self._own_complement(t, item):
                    return None
                return t, fallback
            k = c
            while k > j and doc[k - 1].pos_ in ("AUX", "ADV", "PART"):
                k -= 1  # "has", "also", "later" before the cue
            if 0 < k - j <= _TAIL_LOOSE and all(
                x.pos_ in _NOMINAL or x.is_punct or x.text[:1].isupper() for x in doc[j:k]
            ):
                # the parser attached the speaker elsewhere; the words still name it
                e = j
                while (
                    e < k
                    and not doc[e].is_punct
                    and (doc[e].pos_ in _NOMINAL or doc[e].text[:1].isupper())
                ):
                    e += 1
                return t, ((j, e) if e > j else None)
            return None
        return None

    def _dash_byline(self, dash: int, j: int) -> tuple[int, int] | None:
        """The name in "“...” ― Jane Doe" (a quotation signed with a dash at token ``dash``),
        when the name, from token ``j`` on, is all that is left of the paragraph or sentence."""
        doc, ix = self.doc, self.ix
        n = len(doc)
        s = self._skip_space(j)
        if s >= n or ix.break_between(doc[dash].idx, doc[s].idx):
            return None
        e = s
        while e < n and e - s < 6 and doc[e].pos_ == "PROPN":
            e += 1
        if e == s:
            return None
        if e < n and not (
            doc[e].is_space
            or doc[e].text in _END_PUNCT
            or ix.break_between(doc[dash].idx, doc[e].idx)
        ):
            return None
        return s, e

    def _hangs_as_subject(self, x: Token, cue: Token) -> bool:
        child = _path_child(x, cue)
        return child is not None and (
            child.dep_ in _SUBJ or child.dep_ in ("advmod", "aux", "neg", "npadvmod")
        )

    def _own_complement(self, cue: Token, item: _Quoted) -> bool:
        """True when the cue after a full-stop quotation reports a clause of its own ("“...”
        He said the polls were wrong.") rather than the quotation."""
        content = self.ix.text[item.span.content_start : item.span.content_end].rstrip()
        if not content.endswith((".", "!", "?")):
            return False
        return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)

    def _skip_space(self, i: int) -> int:
        doc = self.doc
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i

    def _skip_space_back(self, i: int) -> int:
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i

    def _head_cue(self, item: _Quoted) -> tuple[Token, tuple[int, int] | None] | None:
        """The cue that attributes a quotation from before its opening mark ("He said: “...”")."""
        doc, ix = self.doc, self.ix
        k = self._skip_space_back(item.qs - 1)
        if k < 0:
            return None
        crossed = ix.break_between(doc[k].idx, item.span.start)
        if crossed and doc[k].text != ":":
            return None
        skipped = 0
        while k >= 0 and doc[k].text in _LEAD_PUNCT and skipped < 2:
            k -= 1
            skipped += 1
        if k < 0:
            return None
        if skipped == 0 and not self._is_cue(doc[k], self.lex.direct):
            return None
        lo = max(ix.sentence_start(k), k - _HEAD_WINDOW)
        for c in range(k, lo - 1, -1):
            t = doc[c]
            if self.quote_token[c] or ix.break_between(t.idx, doc[k].idx):
                return None
            if self._according(t) is not None:
                if all(x.is_punct or _path_child(x, t) is not None for x in doc[c + 1 : k + 1]):
                    return t, None
                return None
            if self._is_cue(t, self.lex.direct):
                between = doc[c + 1 : k + 1]
                if all(x.is_punct or _path_child(x, t) is not None for x in between):
                    return t, None
                run = _nominal_run(doc, c + 1, k + 1)
                if run is not None and run[1] == k + 1:  # "Said Ellis: “...”" misparsed
                    return t, run
                return None
            if (
                _is_verb(t)
                and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                and t.dep_ not in ("aux", "auxpass")
            ):
                return None
        return None

    def direct(self) -> list[_Quoted]:
        doc = self.doc
        items: list[_Quoted] = []
        for q in find_quoted(self.ix.text):
            qs, qe = self._tokens(q)
            items.append(_Quoted(q, qs, qe))
        standalone: list[_Quoted] = []
        for it in items:
            if self._standalone(it):
                standalone.append(it)
                for i in range(it.qs, min(it.qe, len(doc))):
                    self.quote_token[i] = 1
        for it in standalone:
            tail = self._tail_cue(it)
            if tail is not None:
                cue, fallback = tail
                sp = self._speaker_of(cue, fallback)
                it.cue, it.tail = cue, True
                if sp is not None:
                    it.speaker_head, it.speaker_span = sp
                continue
            head = self._head_cue(it)
            if head is not None:
                cue, fallback = head
                sp = self._speaker_of(cue, fallback)
                it.cue = cue
                if sp is not None:
                    it.speaker_head, it.speaker_span = sp
        self._link_neighbours(standalone)
        kept = [it for it in standalone if it.cue is not None or self._plausible_unattributed(it)]
        for it in standalone:
            if it.cue is None and it not in kept:
                for i in range(it.qs, min(it.qe, len(doc))):
                    self.quote_token[i] = 0
        return kept

    def _plausible_unattributed(self, it: _Quoted) -> bool:
        """Whether a quotation nobody is said to have spoken is still a quotation: not a short
        term ("“13th,” below"), not a paragraph left open (an excerpt's stray mark), not a
        heading in quotes ("‘All Bets Are Off.’" alone on its line)."""
        doc, ix = self.doc, self.ix
        if not it.span.closed:
            return False
        words = [t for t in doc[it.qs : it.qe] if t.is_alpha or t.like_num]
        if len(words) < _MIN_QUOTE_WORDS:
            return False
        before = self._skip_space_back(it.qs - 1)
        after = self._skip_space(it.qe)
        alone = (before < 0 or ix.break_between(doc[before].idx, it.span.start)) and (
            after >= len(doc) or ix.break_between(it.span.end - 1, doc[after].idx)
        )
        if alone and len(words) <= _MAX_HEADING_WORDS:
            capitalised = sum(
                1 for t in words if t.text[:1].isupper() or (t.is_stop and len(t) <= 3)
            )
            if capitalised == len(words):
                return False
        return True

    def _link_neighbours(self, items: list[_Quoted]) -> None:
        """Give a quotation with no attribution of its own the attribution of the quotation it
        continues: the other half of a quotation split by "he said", or a quotation right next
        to it."""
        ix = self.ix
        for n, it in enumerate(items):
            it.group = n
        for n in range(1, len(items)):
            prev, it = items[n - 1], items[n]
            if ix.break_between(prev.span.end - 1, it.span.start):
                if (
                    it.cue is None
                    and prev.cue is not None
                    and prev.tail
                    and prev.cue.text[-1:] not in "―—–-"  # a signature ends its quotation
                    and self._continues(prev, it)
                ):
                    it.cue, it.speaker_head, it.speaker_span = (
                        prev.cue,
                        prev.speaker_head,
                        prev.speaker_span,
                    )
                continue
            if it.cue is None and prev.cue is not None:
                adjacent = not ix.text[prev.span.end : it.span.start].strip()
                split = (
                    prev.tail
                    and it.qs > 0
                    and ix.sentence_of(it.qs - 1) == ix.sentence_of(prev.cue.i)
                )
                if adjacent or split:
                    it.cue, it.speaker_head, it.speaker_span = (
                        prev.cue,
                        prev.speaker_head,
                        prev.speaker_span,
                    )
                    it.group = prev.group
            elif (
                prev.cue is None
                and it.cue is not None
                and not ix.text[prev.span.end : it.span.start].strip()
            ):
                prev.cue, prev.speaker_head, prev.speaker_span = (
                    it.cue,
                    it.speaker_head,
                    it.speaker_span,
                )
                prev.group = it.group
            elif it.cue is not None and prev.cue is not None and it.cue.i == prev.cue.i:
                it.group = prev.group  # "“A,” he said, “B.”": both found the same cue

    def _continues(self, prev: _Quoted, it: _Quoted) -> bool:
        """The newspaper convention for a speaker who goes on: a paragraph ends with a
        quotation and its attribution (“...,” she said.), and the next paragraph opens with a
        quotation nobody else is given. A new speaker would be named."""
        ix, doc = self.ix, self.doc
        assert prev.cue is not None
        sent = ix.sentence_of(prev.cue.i)
        end = ix.sent_starts[sent + 1] if sent + 1 < len(ix.sent_starts) else len(doc)
        last = doc[end - 1]
        return not ix.text[last.idx + len(last.text) : it.span.start].strip()

    # -- reported clauses ---------------------------------------------------------------------

    def indirect(
        self, used_cues: set[int]
    ) -> list[tuple[Token, int, int, Token | None, tuple[int, int] | None]]:
        """(cue, content start token, content end token, speaker head, speaker span) for each
        reported clause."""
        doc, lex = self.doc, self.lex
        strings = doc.vocab.strings
        wanted = {strings.add(w) for w in lex.clause | lex.intent | {"accord", "according"}}
        out = []
        for i in np.flatnonzero(np.isin(self.ix.lemmas, list(wanted))).tolist():
            if i in used_cues or self.quote_token[i]:
                continue
            t = doc[i]
            to = self._according(t)
            if to is not None:
                found = self._according_content(t, to)
                if found is not None:
                    out.append(found)
                continue
            lemma = t.lemma_.lower()
            if not _is_verb(t) or _addressed(t):
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
                found = self._object_content(t, lemma)
                if found is None:
                    continue
                s, e = found
            else:
                continue
            while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in _QUOTE_TOKENS):
                e -= 1
            while s < e and doc[s].is_punct and doc[s].text not in _QUOTE_TOKENS:
                s += 1
            if s < e and doc[s].lower_ == "that" and doc[s].dep_ == "mark":
                s += 1
            if e - s < _MIN_CLAUSE_TOKENS:
                continue
            if sum(self.quote_token[i] for i in range(s, e)) * 2 > e - s:
                continue  # a direct quotation already attributed
            sp = self._speaker_of(t)
            out.append((t, s, e, sp[0] if sp else None, sp[1] if sp else None))
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

    def _according_content(
        self, t: Token, to: Token
    ) -> tuple[Token, int, int, Token | None, tuple[int, int] | None] | None:
        doc, ix = self.doc, self.ix
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        p_end = (pobj.right_edge.i if pobj is not None else to.i) + 1
        sent = doc[ix.sentence_start(t.i)].sent
        s, e = sent.start, sent.end
        if t.i - s <= 1:  # "According to X, ...": the content follows the phrase
            s = p_end
        else:  # "..., according to X": the content precedes it
            e = t.i
        while s < e and (doc[s].is_punct and doc[s].text not in _QUOTE_TOKENS):
            s += 1
        while e > s and (doc[e - 1].is_punct and doc[e - 1].text not in _QUOTE_TOKENS):
            e -= 1
        if e - s < _MIN_CLAUSE_TOKENS or sum(self.quote_token[i] for i in range(s, e)) * 2 > e - s:
            return None
        if pobj is None:
            return t, s, e, None, None
        return t, s, e, pobj, speaker_tokens(pobj)

    # -- assembly -----------------------------------------------------------------------------

    def run(self) -> list[Attribution]:
        doc, ix = self.doc, self.ix
        text = ix.text
        quoted = self.direct()
        used = {it.cue.i for it in quoted if it.cue is not None}
        reported = self.indirect(used)
        # nested attributions belong to the outer one
        spans = [(s, e) for _, s, e, _, _ in reported]
        reported = [r for r in reported if not any(s <= r[0].i < e for s, e in spans)]

        events: list[tuple[int, str, object]] = [(it.qs, "q", it) for it in quoted]
        events += [(r[1], "r", r) for r in reported]
        events.sort(key=lambda x: x[0])
        out: list[Attribution] = []
        groups: dict[int, int] = {}
        for _, kind, obj in events:
            if kind == "q":
                it = obj  # type: ignore[assignment]
                assert isinstance(it, _Quoted)
                piece, content = _quote_piece(it.span, text)
                if it.group in groups:
                    k = groups[it.group]
                    a = out[k]
                    out[k] = Attribution(
                        (*a.pieces, piece),
                        (*a.contents, content),
                        True,
                        a.cue,
                        a.cue_token,
                        a.speaker,
                        a.sentence_index,
                        (*a.sentences, ix.sentence_of(ix.token_at(piece[0]))),
                    )
                    continue
                speaker = self._make_speaker(it.speaker_head, it.speaker_span)
                groups[it.group] = len(out)
                sentence = ix.sentence_of(ix.token_at(piece[0]))
                out.append(
                    Attribution(
                        (piece,),
                        (content,),
                        True,
                        self._cue_text(it.cue) if it.cue is not None else None,
                        it.cue.i if it.cue is not None else None,
                        speaker,
                        sentence,
                        (sentence,),
                    )
                )
            else:
                cue, s, e, head, span = obj  # type: ignore[misc]
                start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
                out.append(
                    Attribution(
                        ((start, end),),
                        (text[start:end],),
                        False,
                        self._cue_text(cue),
                        cue.i,
                        self._make_speaker(head, span),
                        ix.sentence_of(s),
                        (ix.sentence_of(s),),
                    )
                )
        return out

    def _make_speaker(self, head: Token | None, span: tuple[int, int] | None) -> Speaker | None:
        if head is None or span is None:
            return None
        sp = self.speakers.from_span(span[0], span[1], head)
        self.speakers.remember(sp)
        return sp


def _quote_piece(q: QuotedSpan, text: str) -> tuple[tuple[int, int], str]:
    """The content span of a quotation without surrounding space and the comma that stands for
    a full stop before an attribution ("“We will win,” he said")."""
    s, e = q.content_start, q.content_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    shifted = QuotedSpan(
        q.start, q.end, s, e, q.double, q.closed, tuple(r for r in q.reopen if s <= r < e)
    )
    return (s, e), shifted.content(text)


def find_attributions(
    doc: Doc,
    mentions: Sequence[Mention],
    lexicon: CueLexicon,
    *,
    antecedent: Callable[[Doc, int, Sequence[Mention]], Mention | None] | None = None,
) -> list[Attribution]:
    """All attributions of a parsed article in text order."""
    if len(doc) == 0:
        return []
    return _Finder(doc, mentions, lexicon, antecedent).run()
