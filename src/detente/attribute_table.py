"""The model's attribute rules as a lookup table: the same output as spaCy's ``AttributeRuler``.

The English models ship an ``attribute_ruler`` of 179 rules, nearly all of one token, most of them
a tag → part of speech and morphology table ("NN" → NOUN, Number=Sing) and the rest a tag with a
word ("PRP" "he" → PRON, Case=Nom…) or a dependency label. spaCy runs them through a ``Matcher``
that checks every token against every pattern and sets the attributes one match at a time in
Python, which cost 15–18 % of the model's time over news (``bench/model_profile.py``).

A one-token rule's outcome depends only on the token's tag, lower-case form, dependency label and
whether it is a space, so ``AttributeTable`` works it out once per distinct such key and reuses
it; the few rules of two tokens ("gon" "na") are matched at the positions where their first token
fits. Rules apply in the order they were added, a later one overriding an earlier one on the same
attribute, and every condition reads the attributes as they were before any rule ran: both as the
ruler does. ``compile_table`` refuses (returns ``None``) a ruler with any pattern it cannot express
exactly (quantifiers, extension attributes, other token attributes), so the model's own
component then stays in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .errors import ProcessingError

__all__ = ["AttributeTable", "compile_table", "install"]

# token attributes a pattern may test, in the order of the key columns
_KEY_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4, "TEXT": 4}
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE, ORTH]
# attributes a rule may set, in the order of the written columns
_SET_IDS = [POS, MORPH, LEMMA, TAG, DEP]

# word columns: a word no pattern names or matches is keyed as ``_OTHER``, so that the outcome
# is worked out once per tag rather than once per word
_WORD_COLS = (1, 4)
_OTHER = -1
_SEEN_WORDS = 200_000  # distinct words whose relevance is kept before the memo restarts

Key = tuple[int, ...]
Test = Callable[[Key, Callable[[int], str]], bool]


@dataclass
class _Words:
    """The words the patterns name (hashes) and the regular expressions they test, per column."""

    named: dict[int, set[int]] = field(default_factory=dict)
    regexes: dict[int, list[re.Pattern[str]]] = field(default_factory=dict)


class Unsupported(ValueError):
    """A pattern the table cannot express exactly."""


def _test(name: str, value: Any, words: _Words) -> Test:
    """One token condition (``{"TAG": "NN"}``, ``{"LOWER": {"IN": [...]}}``) as a function of
    the key; ``text`` turns a hash back into its string, for regular expressions. The words it
    names or matches go into ``words``."""
    if name not in _KEY_ATTRS:
        raise Unsupported(f"attribute {name}")
    col = _KEY_ATTRS[name]
    if name == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        flag = int(value)
        return lambda key, text: key[col] == flag
    if isinstance(value, str):
        wanted = get_string_id(value)
        words.named.setdefault(col, set()).add(wanted)
        return lambda key, text: key[col] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        raise Unsupported(f"{name} {value!r}")
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        ids = frozenset(get_string_id(a) for a in arg)
        words.named.setdefault(col, set()).update(ids)
        if op == "IN":
            return lambda key, text: key[col] in ids
        return lambda key, text: key[col] not in ids
    if op == "REGEX" and isinstance(arg, str):
        pattern = re.compile(arg)
        words.regexes.setdefault(col, []).append(pattern)
        return lambda key, text: key[col] != _OTHER and pattern.search(text(key[col])) is not None
    raise Unsupported(f"{name} {value!r}")


def _token_test(spec: Mapping[str, Any], words: _Words) -> Test:
    tests = [_test(name, value, words) for name, value in spec.items()]
    return lambda key, text: all(t(key, text) for t in tests)


@dataclass(frozen=True)
class _Rule:
    order: int
    tokens: tuple[Test, ...]  # one test per token of the pattern
    index: int  # the token of the match the attributes go to
    attrs: tuple[tuple[int, int], ...]  # (column of ``_SET_IDS``, value)


class AttributeTable:
    """A drop-in for the model's ``attribute_ruler`` (see the module docstring)."""

    def __init__(self, rules: Sequence[_Rule], words: _Words) -> None:
        self.words = words
        self._kept: dict[tuple[int, int], int] = {}  # (column, word) → itself or _OTHER
        self.single = [r for r in rules if len(r.tokens) == 1]
        self.multi = [r for r in rules if len(r.tokens) > 1]
        self.text: Callable[[int], str] = str  # the current document's strings, for regexes
        # key → (what the one-token rules set, whether it can start a rule of several tokens);
        # (key, rule, position) → whether the key fits that token of a rule of several tokens
        self._keys: dict[Key, tuple[tuple[tuple[int, int, int], ...], bool]] = {}
        self._fits: dict[tuple[Key, int, int], bool] = {}

    def _outcome(self, key: Key) -> tuple[tuple[tuple[int, int, int], ...], bool]:
        """The one-token rules a key matches, as (order, column, value) in rule order, and
        whether it can start a rule of several tokens."""
        found = self._keys.get(key)
        if found is None:
            sets = tuple(
                (r.order, col, val)
                for r in self.single
                if r.tokens[0](key, self.text)
                for col, val in r.attrs
            )
            starts = any(r.tokens[0](key, self.text) for r in self.multi)
            found = self._keys[key] = (sets, starts)
        return found

    def _word(self, col: int, word: int) -> int:
        """``word`` if a pattern names or matches it in column ``col``, else ``_OTHER``."""
        found = self._kept.get((col, word))
        if found is None:
            named = word in self.words.named.get(col, ())
            regexes = self.words.regexes.get(col, ())
            if not named and regexes:
                text = self.text(word)
                named = any(r.search(text) for r in regexes)
            if len(self._kept) >= _SEEN_WORDS:  # a long run meets ever more words
                self._kept.clear()
            found = self._kept[(col, word)] = word if named else _OTHER
        return found

    def _fits_at(self, key: Key, rule: int, pos: int) -> bool:
        found = self._fits.get((key, rule, pos))
        if found is None:
            found = self._fits[(key, rule, pos)] = self.multi[rule].tokens[pos](key, self.text)
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        strings = doc.vocab.strings
        self.text = lambda h: strings[h]
        rows = doc.to_array(_KEY_IDS).tolist()
        for col in _WORD_COLS:
            for row in rows:
                row[col] = self._word(col, row[col])
        keys = [tuple(row) for row in rows]
        outcomes = [self._outcome(k) for k in keys]
        extra: dict[int, list[tuple[int, int, int]]] = {}
        for i, (_, starts) in enumerate(outcomes):
            if not starts:
                continue
            for m, rule in enumerate(self.multi):
                width = len(rule.tokens)
                if i + width <= n and all(self._fits_at(keys[i + p], m, p) for p in range(width)):
                    at = i + (rule.index if rule.index >= 0 else width + rule.index)
                    extra.setdefault(at, []).extend((rule.order, c, v) for c, v in rule.attrs)
        values: Any = doc.to_array(_SET_IDS)
        changed = numpy.zeros(len(_SET_IDS), dtype=bool)
        for i, (sets, _) in enumerate(outcomes):
            more = extra.get(i)
            if more:
                sets = tuple(sorted(sets + tuple(more), key=lambda s: s[0]))
            for _, col, val in sets:  # in rule order: the last rule on a column wins
                values[i, col] = val
                changed[col] = True
        cols = [c for c in range(len(_SET_IDS)) if changed[c]]
        if cols:
            doc.from_array([_SET_IDS[c] for c in cols], values[:, cols])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


def compile_table(ruler: AttributeRuler) -> AttributeTable | None:
    """The table equivalent to ``ruler``, or ``None`` if a pattern cannot be expressed."""
    columns = {attr: col for col, attr in enumerate(_SET_IDS)}
    rules: list[_Rule] = []
    words = _Words()
    try:
        for order, given in enumerate(ruler.patterns):
            entry: dict[str, Any] = dict(given)
            normed = ruler.attrs[order]
            if any(attr not in columns for attr in normed):
                raise Unsupported(f"sets {normed}")
            attrs = tuple((columns[attr], int(val)) for attr, val in normed.items())
            for pattern in entry["patterns"]:
                if not pattern or any(not isinstance(s, dict) or "OP" in s for s in pattern):
                    raise Unsupported("quantifier")
                index = int(entry.get("index", 0))
                if not -len(pattern) <= index < len(pattern):
                    raise Unsupported("index")
                tokens = tuple(_token_test(spec, words) for spec in pattern)
                rules.append(_Rule(order, tokens, index, attrs))
    except Unsupported:
        return None
    return AttributeTable(rules, words)


@Language.factory("detente_attribute_table", default_config={"patterns": []})
def make_table(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> AttributeTable:
    """The table for ``patterns`` (an ``AttributeRuler``'s ``patterns``), as a pipeline
    component; E301 if one of them cannot be expressed (``install`` checks first)."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    table = compile_table(ruler)
    if table is None:
        raise ProcessingError("attribute rules the table cannot express", code="E301")
    return table


def install(nlp: Language) -> bool:
    """Put the table in place of ``nlp``'s ``attribute_ruler`` if it expresses every rule.

    The component keeps its name, so code that asks for ``attribute_ruler`` finds it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or compile_table(ruler) is None:
        return False
    patterns = ruler.patterns
    nlp.replace_pipe("attribute_ruler", "detente_attribute_table", config={"patterns": patterns})
    return True
