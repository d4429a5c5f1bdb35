"""The model's rule lemmatizer with its answers kept per word, part of speech and morphology.

spaCy's rule lemmatizer already remembers the lemma of a (word, part of speech, morphology)
triple, but it still visits every token as a Python ``Token`` and sets its lemma one at a time,
which is most of its cost over news. ``LemmaMemo`` reads the three columns as one array, asks the
model's lemmatizer only for a triple it has not met, and writes the lemmas back as one array: the
same lemmas, a quarter of the time (``tests/test_fast_components.py``; figures in the README's Speed
section). Only the rule mode without ``overwrite`` is wrapped, as detente's English models ship it;
any other lemmatizer stays as it is.

``LemmaExceptions`` mends the few plurals whose suffix rules the model's lemmatizer applies the
wrong way round ("doses" read as the plural of "dos", "bases" of "basis"): its exception table
cannot, since an exception only comes first when the rules did not already propose it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["EXCEPTIONS", "MODEL_LEMMATIZER", "LemmaExceptions", "LemmaMemo", "install"]

MODEL_LEMMATIZER = "model_lemmatizer"  # the model's component, kept (disabled) under this name
EXCEPTIONS = "detente_lemma_exceptions"  # the component that mends the lemmatizer's mistakes
_SEEN = 200_000  # distinct triples kept before the memo restarts


class LemmaMemo:
    """A drop-in for the model's ``lemmatizer`` (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Lookups:
        """The model's tables (``selective.irregular_forms`` reads them)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:  # set by the attribute rules: kept, as the lemmatizer keeps it
                continue
            found = self._memo.get((orth, pos, morph))
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(self._memo) >= _SEEN:  # a long run meets ever more words
                    self._memo.clear()
                self._memo[(orth, pos, morph)] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory("detente_lemmas")
def make_memo(nlp: Language, name: str) -> LemmaMemo:
    """The memo over the model's lemmatizer, which ``install`` has set aside under
    ``MODEL_LEMMATIZER``."""
    model = nlp.get_pipe(MODEL_LEMMATIZER)
    if not isinstance(model, Lemmatizer):
        raise TypeError(f"{MODEL_LEMMATIZER} is not a spaCy Lemmatizer")
    return LemmaMemo(model)


def install(nlp: Language) -> bool:
    """Put the memo in place of ``nlp``'s rule ``lemmatizer``, under the same name; the model's
    component stays in the pipeline's components, disabled."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    model = nlp.get_pipe("lemmatizer")
    if not isinstance(model, Lemmatizer) or model.mode != "rule" or model.overwrite:
        return False
    nlp.rename_pipe("lemmatizer", MODEL_LEMMATIZER)
    nlp.add_pipe("detente_lemmas", name="lemmatizer", after=MODEL_LEMMATIZER)
    nlp.disable_pipe(MODEL_LEMMATIZER)
    return True


class LemmaExceptions:
    """Set the lemma of a word in a part of speech as ``data/lemma_exceptions.txt`` writes it,
    after the lemmatizer. The words are found as one array operation, so a document without
    them costs one scan."""

    def __init__(self, nlp: Language, table: Iterable[tuple[str, str, str]]) -> None:
        strings = nlp.vocab.strings
        self._lemmas: dict[tuple[int, str], int] = {
            (strings.add(form), pos.upper()): strings.add(lemma) for pos, form, lemma in table
        }
        self._forms = np.array(sorted({form for form, _ in self._lemmas}), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not len(self._forms):
            return doc
        lower: Any = doc.to_array([LOWER])
        for i in np.flatnonzero(np.isin(lower, self._forms)).tolist():
            tok = doc[i]
            found = self._lemmas.get((tok.lower, tok.pos_))
            if found is not None:
                tok.lemma = found
        return doc


def _exceptions_table() -> list[tuple[str, str, str]]:
    text = (resources.files("detente") / "data" / "lemma_exceptions.txt").read_text("utf-8")
    rows = [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]
    return [(pos, form, lemma) for pos, form, lemma in rows]


@Language.factory(EXCEPTIONS)
def make_exceptions(nlp: Language, name: str) -> LemmaExceptions:
    return LemmaExceptions(nlp, _exceptions_table())
