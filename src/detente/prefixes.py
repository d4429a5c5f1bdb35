"""Words written with a hyphen after "re" or "co": "re-open", "re-imposed", "co-operate".

spaCy's English tokenizer splits a hyphen between letters, which suits "Russia-Ukraine" and
"pro-Russian" but cuts "re-open" into "re", "-", "open"; the parser then reads "re" as the verb
and the sentence falls apart ("Saudi Arabia will re-open its embassy in Qatar" had no event).
British and older American spelling writes these words so ("co-operation", "re-establish").

The three pieces are merged back into one word before the model reads the text, in the models'
pipeline and in the alias tokenizer alike (``actors.words`` compares the two), with the rest of
the word as its norm, which is what the model knows it by ("re-open" reads as "open"). The lemma
is that of the word written without the hyphen when the model's lemmatizer knows that word
("co-operated": "cooperate", the lexicon's lemma), else the prefix on the lemma of the rest
("co-hosted": "co-host").

A word right before a capitalised one is left split: there it is mostly a participle on a title
or a name ("congratulated re-elected President Lukashenko"), which the model parses well in
pieces and badly as one unknown word (the verb before it read as an auxiliary).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

__all__ = ["LEMMAS", "PREFIXED", "WORDS", "merge_prefixed"]

# the pipeline components: the merge (first) and the lemmas (after the lemmatizer)
WORDS = "detente_prefixed_words"
LEMMAS = "detente_prefixed_lemmas"

# a merged word: the prefix, its hyphen, three letters or more
PREFIXED = re.compile(r"(re|co)-([a-z]{3,})", re.IGNORECASE)


def _spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the prefixed words to merge: a prefix, a hyphen and a word
    in lower case, written together, the prefix starting a word and no capitalised word or
    further hyphen right after."""
    if "-" not in doc.text:
        return []
    found: list[tuple[int, int]] = []
    n = len(doc)
    for hyphen in doc:
        i = hyphen.i - 1
        if hyphen.text != "-" or i < 0 or i + 2 >= n or (found and i < found[-1][1]):
            continue
        first, rest = doc[i], doc[i + 2]
        after = doc[i + 3] if i + 3 < n else None
        if (
            PREFIXED.fullmatch(f"{first.text}-{rest.text}")
            and rest.text[:1].islower()
            and not first.whitespace_
            and not hyphen.whitespace_
            and (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha)
            and not (after is not None and after.text[:1].isupper())
            and not (after is not None and not rest.whitespace_ and after.text == "-")
        ):
            found.append((i, i + 3))
    return found


def merge_prefixed(doc: Doc) -> Doc:
    """Merge the prefixed words of ``doc`` (see the module docstring); the norm of each is the
    rest of the word."""
    spans = _spans(doc)
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            retokenizer.merge(doc[start:end], attrs={"NORM": doc[start + 2].lower_})
    return doc


@Language.component(WORDS)
def _prefixed_words(doc: Doc) -> Doc:
    return merge_prefixed(doc)


class PrefixedLemmas:
    """Sets the lemma of the merged words (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer | None) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or "-" not in doc.text:
            return doc
        for tok in doc:
            if "-" in tok.text and PREFIXED.fullmatch(tok.text):
                tok.lemma_ = self.lemma(tok)
        return doc

    def pipe(self, docs: Any, *, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)

    def lemma(self, tok: Token) -> str:
        key = (tok.lower_, tok.pos_)
        found = self._memo.get(key)
        if found is None:
            m = PREFIXED.fullmatch(tok.lower_)
            assert m is not None
            prefix, rest = m.group(1), m.group(2)
            joined = self._lemmatize(prefix + rest, tok)
            if self._known(joined, tok.pos_):
                found = joined
            else:
                found = f"{prefix}-{self._lemmatize(rest, tok)}"
            self._memo[key] = found
        return found

    def _lemmatize(self, word: str, like: Token) -> str:
        assert self.lemmatizer is not None
        single = Doc(like.doc.vocab, words=[word])
        single[0].pos_ = like.pos_
        single[0].morph = like.morph
        return self.lemmatizer.rule_lemmatize(single[0])[0].lower()

    def _known(self, word: str, pos: str) -> bool:
        assert self.lemmatizer is not None
        lookups = self.lemmatizer.lookups
        if not lookups.has_table("lemma_index"):
            return False
        return word in lookups.get_table("lemma_index").get(pos.lower(), ())


@Language.factory(LEMMAS)
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    """The lemma fix, with the model's rule lemmatizer (set aside by ``lemmas.install`` or in
    place); without one it leaves every lemma as it is."""
    from .lemmas import MODEL_LEMMATIZER

    for candidate in (MODEL_LEMMATIZER, "lemmatizer"):
        if candidate in nlp.component_names:
            model = nlp.get_pipe(candidate)
            if isinstance(model, Lemmatizer) and model.mode == "rule":
                return PrefixedLemmas(model)
    return PrefixedLemmas(None)
