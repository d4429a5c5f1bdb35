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
from .catalogue import Catalogue

__all__ = ["PRONOUNS", "antecedent"]

# pronoun → (gender it requires, whether it refers to a person)
PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "he": ("m", True),
    "him": ("m", True),
    "his": ("m", True),
    "himself": ("m", True),
    "she": ("f", True),
    "her": ("f", True),
    "hers": ("f", True),
    "herself": ("f", True),
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
    spec = PRONOUNS.get(tok.lower_)
    if spec is None:
        return None
    gender, _ = spec
    cat = catalogue if catalogue is not None else Catalogue.load()
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= token_index < s.end)
    for si in range(here, max(-1, here - window - 1), -1):
        sent = sents[si]
        pool = [
            m
            for m in mentions
            if m.actor.kind == "person"
            and sent.start <= m.token_start
            and m.token_end <= (token_index if si == here else sent.end)
            and not (m.token_start <= token_index < m.token_end)
        ]
        pool = [m for m in pool if gender is None or _gender(m, cat) in (None, gender)]
        if not pool:
            continue
        subjects = [m for m in pool if doc[m.head].dep_ in _SUBJECT]
        return (subjects or pool)[-1]
    return None
