"""Attributions over one parsed article: direct quotations and reported clauses with their cues
and speakers, merged in text order.

The direct quotations come from ``direct`` (quotation marks first, then the words around them),
the reported clauses from ``reported`` (the dependency parse); both read one ``DocIndex`` of the
document. Direct quotations go first, so that a cue attributing a quotation, and a clause the
quotation already holds, are not reported twice; a reported clause nested inside another's
content is left to the outer one. Speakers are then made in text order, so that a pronoun
can take the speaker of the attribution just before it.

Everything is one pass over the quotation marks and one over the tokens; no second parse and no
regular expression per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Mention
from .direct import Quotation, find_direct
from .index import DocIndex
from .lexicon import CueLexicon
from .marks import QuotedSpan
from .reported import Reported, find_reported
from .speakers import AntecedentFinder, Speaker, SpeakerFinder

__all__ = ["Attribution", "find_attributions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement: content pieces (character spans into the text), the cue, the
    speaker and whether the words are quoted verbatim.

    A quotation split by its attribution ("“A,” he said. “B.”") is one attribution with two
    pieces; ``extract_quotes`` reports it as one Quote with those pieces.
    """

    pieces: tuple[tuple[int, int], ...]
    contents: tuple[str, ...]
    direct: bool
    cue: str | None
    cue_token: int | None
    speaker: Speaker | None
    sentence_index: int
    sentences: tuple[int, ...]  # the sentence index of each piece


def find_attributions(
    doc: Doc,
    mentions: Sequence[Mention],
    lexicon: CueLexicon,
    *,
    antecedent: AntecedentFinder | None = None,
    marks: Sequence[QuotedSpan] | None = None,
) -> list[Attribution]:
    """All attributions of a parsed article in text order; ``marks`` are the text's quotation
    marks when the caller has found them already."""
    if len(doc) == 0:
        return []
    return _Assembly(doc, mentions, lexicon, antecedent, marks).run()


class _Assembly:
    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        lexicon: CueLexicon,
        antecedent: AntecedentFinder | None,
        marks: Sequence[QuotedSpan] | None = None,
    ) -> None:
        self.doc = doc
        self.ix = DocIndex(doc, lexicon, marks)
        quote_token = self.ix.quote_token  # filled later by the direct pass: read at each call
        self.speakers = SpeakerFinder(
            doc, mentions, lexicon, self.ix.sentence_of, antecedent, lambda i: bool(quote_token[i])
        )

    def run(self) -> list[Attribution]:
        doc, ix = self.doc, self.ix
        text = ix.text
        quoted = find_direct(ix)
        used = {it.cue.i for it in quoted if it.cue is not None}
        reported = find_reported(ix, used)
        # nested attributions belong to the outer one
        spans = [(r.start, r.end) for r in reported]
        reported = [r for r in reported if not any(s <= r.cue.i < e for s, e in spans)]

        events: list[tuple[int, Quotation | Reported]] = [(it.qs, it) for it in quoted]
        events += [(r.start, r) for r in reported]
        events.sort(key=lambda x: x[0])
        out: list[Attribution] = []
        groups: dict[int, int] = {}
        for _, it in events:
            if isinstance(it, Quotation):
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
                        ix.cue_text(it.cue) if it.cue is not None else None,
                        it.cue.i if it.cue is not None else None,
                        speaker,
                        sentence,
                        (sentence,),
                    )
                )
            else:
                cue, s, e, head, span = it
                start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
                out.append(
                    Attribution(
                        ((start, end),),
                        (text[start:end],),
                        False,
                        ix.cue_text(cue),
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
