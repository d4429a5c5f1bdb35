"""Direct quotations: the words between quotation marks, and who is said to have spoken them.

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

A quotation with no attribution is kept with no speaker, unless it is too short to be more than
a term, a heading in quotes, or a paragraph left open (an excerpt's stray mark). The tokens of
the quotations kept are marked in ``DocIndex.quote_token`` for the reported-speech pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .index import QUOTE_TOKENS, DocIndex, is_verb
from .marks import QuotedSpan

__all__ = ["Quotation", "find_direct"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_DASHES = frozenset({"―", "—", "–", "--"})
_LEAD_PUNCT = frozenset({",", "—", "–", "--", "-", ":"})
_CLAUSE_OPENERS = frozenset({":", ",", "—", "–", "--", "-", "(", ";", "…", "..."})
_END_PUNCT = frozenset({".", "!", "?"})
_CONTENT_END_PUNCT = (",", ".", "?", "!", "…", ":", ";", "—", "-")
_TAIL_WINDOW = 24  # tokens after a closing mark in which an attributing cue must appear
_TAIL_LOOSE = 10  # ... when the parse does not confirm that the words between name the speaker
_HEAD_WINDOW = 14  # tokens before an opening mark in which an attributing cue must appear
_MIN_QUOTE_WORDS = 3
_MAX_HEADING_WORDS = 8


@dataclass(slots=True)
class Quotation:
    """A quotation found between marks, with the cue and speaker that attribute it (if any);
    ``group`` joins the pieces of one quotation split by its attribution."""

    span: QuotedSpan
    qs: int  # first token (the opening mark)
    qe: int  # token after the closing mark
    cue: Token | None = None
    speaker_head: Token | None = None
    speaker_span: tuple[int, int] | None = None
    group: int = -1
    tail: bool = False  # attributed by the words after it


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


def find_direct(ix: DocIndex) -> list[Quotation]:
    """The quotations of a document that are quotations (not terms in quotes), in text order,
    attributed where the words around them allow; marks their tokens in ``ix.quote_token``."""
    return _DirectFinder(ix).find()


class _DirectFinder:
    def __init__(self, ix: DocIndex) -> None:
        self.doc = ix.doc
        self.lex = ix.lex
        self.ix = ix
        self.quote_token = ix.quote_token

    def _is_cue(self, t: Token, lemmas: frozenset[str]) -> bool:
        return is_verb(t) and t.lemma_.lower() in lemmas and not self.quote_token[t.i]

    def _tokens(self, q: QuotedSpan) -> tuple[int, int]:
        ix = self.ix
        qs = ix.token_at(q.start)
        qe = ix.token_at(q.end - 1) + 1
        return qs, qe

    def _standalone(self, item: Quotation) -> bool:
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
            or prev.text in QUOTE_TOKENS
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

    def _tail_cue(self, item: Quotation) -> tuple[Token, tuple[int, int] | None] | None:
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
            if t.text in QUOTE_TOKENS or t.text in _END_PUNCT or t.text == ";":
                return None
            to = self.ix.according(t)
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

    def _own_complement(self, cue: Token, item: Quotation) -> bool:
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

    def _head_cue(self, item: Quotation) -> tuple[Token, tuple[int, int] | None] | None:
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
            if self.ix.according(t) is not None:
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
                is_verb(t)
                and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                and t.dep_ not in ("aux", "auxpass")
            ):
                return None
        return None

    def find(self) -> list[Quotation]:
        doc = self.doc
        items: list[Quotation] = []
        for q in self.ix.marks:
            qs, qe = self._tokens(q)
            items.append(Quotation(q, qs, qe))
        standalone: list[Quotation] = []
        for it in items:
            if self._standalone(it):
                standalone.append(it)
                for i in range(it.qs, min(it.qe, len(doc))):
                    self.quote_token[i] = 1
        for it in standalone:
            tail = self._tail_cue(it)
            if tail is not None:
                cue, fallback = tail
                sp = self.ix.speaker_of(cue, fallback)
                it.cue, it.tail = cue, True
                if sp is not None:
                    it.speaker_head, it.speaker_span = sp
                continue
            head = self._head_cue(it)
            if head is not None:
                cue, fallback = head
                sp = self.ix.speaker_of(cue, fallback)
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

    def _plausible_unattributed(self, it: Quotation) -> bool:
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

    def _link_neighbours(self, items: list[Quotation]) -> None:
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

    def _continues(self, prev: Quotation, it: Quotation) -> bool:
        """The newspaper convention for a speaker who goes on: a paragraph ends with a
        quotation and its attribution (“...,” she said.), and the next paragraph opens with a
        quotation nobody else is given. A new speaker would be named."""
        ix, doc = self.ix, self.doc
        assert prev.cue is not None
        sent = ix.sentence_of(prev.cue.i)
        end = ix.sent_starts[sent + 1] if sent + 1 < len(ix.sent_starts) else len(doc)
        last = doc[end - 1]
        return not ix.text[last.idx + len(last.text) : it.span.start].strip()
