"""Quotations with their speakers, and reported speech.

``extract_quotes`` is what the pipeline calls; ``attributions`` gives the richer records (every
piece of a split quotation, the speaker's token span and a pronoun's antecedent) that the
evaluation against PolNeAR needs. Both take the actors stage's pronoun resolver as
``antecedent`` (``detente.actors.antecedent``): this stage does not reach into another for it.
See ``direct`` and ``reported`` for the constructions recognised and ``data/*.yaml`` for the cue
and role vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Mention, Quote
from . import lexicon as _lexicon
from .attribution import Attribution, find_attributions
from .marks import QuotedSpan, find_quoted
from .speakers import AntecedentFinder, Speaker

__all__ = [
    "AntecedentFinder",
    "Attribution",
    "QuotedSpan",
    "Speaker",
    "attributions",
    "extract_quotes",
    "find_quoted",
]


def attributions(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    antecedent: AntecedentFinder,
    marks: Sequence[QuotedSpan] | None = None,
) -> list[Attribution]:
    """Every attribution of a parsed article, direct and reported, in text order.

    ``antecedent(doc, token_index, mentions)`` gives the mention a pronoun refers to, or None.
    ``marks`` are the text's quotation marks (``find_quoted(doc.text)``) when the caller has
    found them for other stages too; otherwise they are found here."""
    return find_attributions(doc, mentions, _lexicon.load(), antecedent=antecedent, marks=marks)


def extract_quotes(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    antecedent: AntecedentFinder,
    marks: Sequence[QuotedSpan] | None = None,
) -> list[Quote]:
    """Quotes of one parsed article as the contract shows them, in text order.

    A quotation split by its attribution is one Quote: its ``pieces`` are the spans of its
    parts, ``content`` the parts joined with a space (less the marks that reopen a quotation
    continued in a new paragraph). The speaker's ``text`` and ``speaker_span`` are the words of
    the attribution that name it ("he"); the actor a pronoun was resolved to gives its name,
    code and id. ``antecedent`` and ``marks`` as for ``attributions``.
    """
    out = [_quote(doc, a) for a in attributions(doc, mentions, antecedent=antecedent, marks=marks)]
    out.sort(key=lambda q: q.char_span)
    return out


def _quote(doc: Doc, a: Attribution) -> Quote:
    speaker = speaker_span = None
    if a.speaker is not None:
        words = doc[a.speaker.start : a.speaker.end]
        speaker = a.speaker.actor.with_text(words.text)
        speaker_span = (words.start_char, words.end_char)
    return Quote(
        " ".join(a.contents),
        speaker,
        a.cue,
        a.direct,
        (a.pieces[0][0], a.pieces[-1][1]),
        a.sentence_index,
        pieces=a.pieces,
        speaker_span=speaker_span,
    )
