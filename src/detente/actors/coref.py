"""Pronouns to the actors they stand for.

A deliberately small rule, good enough for news prose: the nearest preceding compatible mention
in the pronoun's sentence or the few before it, preferring grammatical subjects, since news
writing keeps the topic of a paragraph in subject position ("Kim visited Russia ... he may be
looking to balance ..."). Anonymous speakers count ("an expert said ... he added").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Mention
from .query import Catalogue

__all__ = ["PRONOUNS", "antecedent"]

# third-person singular pronouns → the gender they require
PRONOUNS: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_MALE = frozenset(
    {"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "spokesman", "congressman"}
)
_FEMALE = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "spokeswoman",
        "congresswoman",
    }
)


def _gender(m: Mention, catalogue: Catalogue | None) -> str | None:
    entry = catalogue.entry(m.actor) if catalogue is not None else None
    if entry is not None and entry.gender:
        return entry.gender
    words = {w.lower() for w in m.actor.text.split()}
    if words & _MALE:
        return "m"
    if words & _FEMALE:
        return "f"
    return None


def antecedent(
    doc: Doc,
    token_index: int,
    mentions: Sequence[Mention],
    *,
    window: int = 3,
    catalogue: Catalogue | None = None,
) -> Mention | None:
    """The person mention a third-person pronoun ("he", "his", "she", "her") refers to.

    Searches the pronoun's sentence (mentions before it) and then up to ``window`` earlier
    sentences, nearest sentence first; within a sentence a subject beats a nearer non-subject.
    Gender must agree where it is known (catalogue entries, honorifics such as "Mr"). Returns None
    for other words or when nothing fits. ``catalogue`` defaults to the packaged one."""
    tok = doc[token_index]
    gender = PRONOUNS.get(tok.lower_)
    if gender is None:
        return None
    cat = catalogue if catalogue is not None else Catalogue.load()
    sent = tok.sent
    for step in range(window + 1):
        limit = token_index if step == 0 else sent.end
        pool = [
            m
            for m in mentions
            if m.actor.kind == "person"
            and sent.start <= m.token_start
            and m.token_end <= limit
            and not (m.token_start <= token_index < m.token_end)
        ]
        pool = [m for m in pool if _gender(m, cat) in (None, gender)]
        if pool:
            subjects = [m for m in pool if doc[m.head].dep_ in _SUBJECT]
            return (subjects or pool)[-1]
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent  # the sentence before
    return None
