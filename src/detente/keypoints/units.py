"""Candidate key points: the article's sentences, cut where a page glued two together, cleaned of
datelines and classified as story text, picture caption or page furniture.

Scraped news often loses the line breaks around picture captions, so the parser sees "Fighter
ace: the pilot's story is told in a film The story of how he ..." as one sentence. A caption
ends without a full stop and the next sentence starts with a capitalised function word ("The",
"He", "In") or an opening quotation mark right after an ordinary word; the cut goes there, and
the piece without a full stop is a caption. Captions are also told by their position words in
brackets ("(left)", "(pictured)") and by a short label with a colon ("Wanted: ...").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import yaml
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from ..errors import ConfigError

__all__ = ["Furniture", "Unit", "furniture", "units"]

_NO_CUT_AFTER = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "VERB"})
_OPEN_QUOTES = frozenset({"‘", "“", "'", '"', "``"})
_CLOSE_QUOTES = frozenset({"’", "”", "'", '"', "''"})
_TERMINAL = frozenset({".", "!", "?", "…"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class Furniture:
    """Compiled patterns of ``data/furniture.yaml``."""

    boilerplate: tuple[re.Pattern[str], ...]
    caption: re.Pattern[str]
    prefixes: tuple[re.Pattern[str], ...]
    openers: frozenset[str]


@functools.cache
def furniture() -> Furniture:
    """The packaged furniture patterns (cached: immutable, shared by every article)."""
    try:
        raw = resources.files(__package__).joinpath("data", "furniture.yaml").read_text("utf-8")
        data: dict[str, Any] = yaml.safe_load(raw)
        boiler = tuple(re.compile(p, re.IGNORECASE) for p in data.get("boilerplate") or ())
        markers = sorted(
            (re.escape(str(m)) for m in data.get("caption_markers") or ()), key=len, reverse=True
        )
        caption = re.compile(r"\((?:" + "|".join(markers) + r")\b[^)]*\)", re.IGNORECASE)
        prefixes = tuple(re.compile(p) for p in data.get("prefixes") or ())
        openers = frozenset(str(w).lower() for w in data.get("sentence_openers") or ())
    except (OSError, yaml.YAMLError, re.error, AttributeError) as exc:
        raise ConfigError(
            f"key point data file furniture.yaml is invalid: {exc}", code="E504"
        ) from exc
    return Furniture(boiler, caption, prefixes, openers)


@dataclass(frozen=True, slots=True)
class Unit:
    """One candidate: tokens ``start``:``end`` of the doc, its cleaned text, and its kind
    ("text", "caption", "furniture", "fragment"); only "text" units can be key points."""

    start: int
    end: int
    text: str
    kind: str
    sentence_index: int


def _glued(prev: Token, tok: Token, openers: frozenset[str]) -> bool:
    """True when ``tok`` starts a new sentence that the page glued to the previous one."""
    if not prev.whitespace_ or "\n" in prev.whitespace_ or prev.text in _TERMINAL:
        return False
    if prev.is_punct and prev.text not in _CLOSE_QUOTES and prev.text != ")":
        return False
    if tok.text in _OPEN_QUOTES:
        # "... manager on Friday ‘I’d be over the moon ...’": a quotation opening with a word
        # that starts sentences, right after an ordinary word (not a title: "the film “Going")
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return (
            nxt is not None
            and nxt.text[:1].isupper()
            and (nxt.lower_ in openers or nxt.pos_ == "PRON")
            and prev.pos_ in ("NOUN", "PROPN", "NUM", "ADV")
            and prev.text not in _CLOSE_QUOTES
        )
    if not tok.text[:1].isupper() or tok.lower_ not in openers:
        return False
    if prev.text not in _CLOSE_QUOTES and (
        tok.ent_iob_ == "I" or (tok.ent_iob_ == "B" and tok.lower_ == "the")
    ):
        return False
    return prev.pos_ not in _NO_CUT_AFTER and prev.lower_ not in openers


def _label(doc: Doc, start: int, end: int) -> bool:
    """A caption's label: a few words without a verb, a colon, then a capitalised word
    ("Fighter ace: ...", "Wanted: ..."), as opposed to "He added: ‘...’"."""
    for i in range(start, min(end - 1, start + 6)):
        t = doc[i]
        if t.text == ":":
            nxt = doc[i + 1]
            return (
                i > start
                and (nxt.text[:1].isupper() or nxt.text in _OPEN_QUOTES)
                and not any(x.tag_ in _FINITE for x in doc[start:i])
            )
        if t.is_punct:
            return False
    return False


def _ends_terminal(doc: Doc, start: int, end: int) -> bool:
    i = end - 1
    while i > start and (doc[i].is_space or doc[i].text in _CLOSE_QUOTES or doc[i].text == ")"):
        i -= 1
    return doc[i].text in _TERMINAL or doc[i].text.endswith(tuple(_TERMINAL))


def _followed_in_paragraph(doc: Doc, end: int) -> bool:
    """True when more text follows token ``end`` before the next line break."""
    return end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space


def _clean(text: str, prefixes: Sequence[re.Pattern[str]]) -> str:
    for p in prefixes:
        text = p.sub("", text, count=1)
    return " ".join(text.split())


def units(doc: Doc, furn: Furniture | None = None, *, text: str | None = None) -> list[Unit]:
    """The candidate units of a parsed article in text order.

    ``text`` is the parsed text when the caller has it (building ``doc.text`` walks every
    token). Works on attribute arrays and builds Token objects only where a cut is possible:
    this runs on every article of a corpus."""
    furn = furn or furniture()
    n = len(doc)
    if n == 0:
        return []
    text = doc.text if text is None else text
    strings = doc.vocab.strings
    arr = doc.to_array([SENT_START, LOWER, POS, IS_SPACE, IDX, LENGTH])
    starts = [0] + [i for i in np.flatnonzero(arr[:, 0] == 1).tolist() if i > 0]
    maybe = {strings.add(w) for w in furn.openers} | {strings.add(q) for q in _OPEN_QUOTES}
    glue = np.flatnonzero(np.isin(arr[:, 1], list(maybe))).tolist()
    verbs = np.isin(arr[:, 2], [VERB, AUX])
    space = arr[:, 3].astype(bool)
    idx, length = arr[:, 4].tolist(), arr[:, 5].tolist()
    out: list[Unit] = []
    for si, (s0, s1) in enumerate(itertools.pairwise([*starts, n])):
        lo, hi = bisect.bisect_right(glue, s0), bisect.bisect_left(glue, s1)
        inner = [i for i in glue[lo:hi] if _glued(doc[i - 1], doc[i], furn.openers)]
        for a, b in itertools.pairwise([s0, *inner, s1]):
            while a < b and space[a]:
                a += 1
            while b > a and space[b - 1]:
                b -= 1
            if a >= b:
                continue
            raw = text[idx[a] : idx[b - 1] + length[b - 1]]
            cleaned = _clean(raw, furn.prefixes)
            if not cleaned:
                continue
            kind = "text"
            if any(p.search(raw) for p in furn.boilerplate):
                kind = "furniture"
            elif (
                furn.caption.search(raw)
                or _label(doc, a, b)
                or raw.lower().startswith("scroll down")
            ):
                kind = "caption"
            elif not verbs[a:b].any():
                kind = "fragment"  # no verb: a name line, a heading, a fixture list
            elif not _ends_terminal(doc, a, b) and _followed_in_paragraph(doc, b):
                kind = "caption"  # no full stop, yet the paragraph goes on: a glued caption
            out.append(Unit(a, b, cleaned, kind, si))
    return out
