"""Hand-built spaCy parses for the unit tests of ``detente.syntax`` and the event coder: each
Doc is written out token by token, so a rule is tested without the trained model."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import spacy
from spacy.tokens import Doc

# the English vocabulary's lexical attributes (lower case, ...), without any trained pipeline
VOCAB = spacy.blank("en").vocab
Row = tuple  # word, head index, dependency, coarse tag, fine tag[, lemma[, entity]]


def parse(rows: list[Row], starts: tuple[int, ...] = (0,)) -> Doc:
    """A Doc from rows of (word, head, dep, pos, tag[, lemma[, ent]]); ``starts``: the token
    indices that begin a sentence."""
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] if len(r) > 5 else r[0].lower() for r in rows],
        ents=[r[6] if len(r) > 6 else "O" for r in rows],
        sent_starts=[i in starts for i in range(len(rows))],
    )


def texts(tokens: Iterable[Any]) -> list[str]:
    """The words of a list of tokens, for assertions."""
    return [t.text for t in tokens]


def passive(with_agent: bool, *, stop: bool = False) -> Doc:
    """ "Kim was criticised [by Seoul][.]": a finite passive with or without its agent, and
    with a full stop when ``stop``."""
    rows: list[Row] = [
        ("Kim", 2, "nsubjpass", "PROPN", "NNP"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("criticised", 2, "ROOT", "VERB", "VBN", "criticise"),
    ]
    if with_agent:
        rows += [("by", 2, "agent", "ADP", "IN"), ("Seoul", 3, "pobj", "PROPN", "NNP")]
    if stop:
        rows.append((".", 2, "punct", "PUNCT", "."))
    return parse(rows)


def coordinated() -> Doc:
    """ "Russia and China met": two coordinated subjects."""
    return parse([
        ("Russia", 3, "nsubj", "PROPN", "NNP"),
        ("and", 0, "cc", "CCONJ", "CC"),
        ("China", 0, "conj", "PROPN", "NNP"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
    ])  # fmt: skip
