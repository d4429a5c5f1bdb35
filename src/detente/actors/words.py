"""How the words of an alias and of an article are compared.

Aliases are tokenised with spaCy's rule-based English tokenizer (``spacy.blank("en")``), which is
the tokenizer of the English models, so "North Korea-Russia" in a Doc and "North Korea" in the
catalogue split the same way; both sides are then looked up by ``normalise``d token text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..prefixes import merge_prefixed
from .records import Hit

__all__ = ["case_ok", "normalise", "tokens"]

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """The key a token is looked up by: lower case, straight quotes, accents removed.

    Accents are dropped because news writes "Elysee" and "Élysée", "Zelensky" and "Zelenskyy"
    interchangeably (the second pair is covered by aliases)."""
    text = text.translate(_QUOTES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def tokens(text: str) -> tuple[str, ...]:
    """The token texts of an alias or a bare string, as the English models would split it."""
    text = text.strip()
    if _PLAIN.fullmatch(text) and "cannot" not in text.lower():
        return tuple(text.split())  # what the tokenizer gives for plain words, 20x faster
    # "Co-operation" one word, as ``nlp.load`` makes it in articles
    return tuple(t.text for t in merge_prefixed(_tokenizer()(text)) if not t.is_space)


def case_ok(hit: Hit, surface: Sequence[str]) -> bool:
    """Capitalisation as evidence: "US" is not "us", "Turkey" is not "turkey"."""
    if not surface:
        return False
    if hit.exact:
        want = [t for t in tokens(hit.surface)]
        return len(want) == len(surface) and all(
            a.translate(_QUOTES) == b.translate(_QUOTES) for a, b in zip(want, surface, strict=True)
        )
    if hit.cap:
        first = next((c for c in surface[0] if c.isalpha()), "")
        return first.isupper() if first else True
    return True
