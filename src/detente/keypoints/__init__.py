"""Key points: the few sentences of an article a reader should see first.

The pipeline calls ``select`` only when the publisher gave no bullet points of its own. It is
extractive: candidates are the article's sentences with captions, bylines, datelines and page
furniture left out (``units``), ranked by position and corrected by the sentence's own flaws and
by what the rest of the article is about (``select``). Patterns of page furniture live in
``data/furniture.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Article, Event, Mention
from .ranking import Scored, Weights, choose, score_units
from .units import Unit, units

__all__ = ["Scored", "Unit", "Weights", "choose", "score_units", "select", "units"]


def select(
    article: Article,
    doc: Doc,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    quoted: Sequence[tuple[int, int]],
    *,
    n: int = 4,
    weights: Weights | None = None,
) -> list[str]:
    """Up to ``n`` key points of a parsed article, in article order.

    ``article`` is part of the signature so that metadata can inform the choice; the title is
    deliberately not used, because favouring sentences that echo it lowered agreement with
    human highlights on the CNN/Daily Mail development set (see the README's figures).
    """
    if n <= 0 or len(doc) == 0:
        return []
    w = weights or Weights()
    last = doc[-1]
    # the article's text is the parsed text unless a caller parsed something else
    text = article.text if len(article.text) == last.idx + len(last.text_with_ws) else doc.text
    candidates = units(doc, text=text)
    return [
        u.text
        for u in choose(score_units(doc, candidates, mentions, events, w, quoted=quoted), n, w)
    ]
