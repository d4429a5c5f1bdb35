"""Parse only the sentences that can hold an event or a quotation.

The dependency parse is read by the event coder, the quotation stage and the pronoun resolver,
and they need it only around a trigger word or a cue. ``SelectiveParser`` runs the model in
three steps over each batch:

1. tok2vec, tagger, detente's line-break rule and the model's shipped (disabled) ``senter`` on
   the whole text, for tags and sentence boundaries;
2. the parser on the sentences ``Selector`` picks, each run of adjacent ones as one piece copied
   out of the ``Doc``: the parser reads the token vectors of the whole text (``Doc.tensor``,
   which the copy keeps) and places the boundaries inside the piece as in a full parse, so only
   the edges of a piece keep the senter's boundary; heads and labels are written back;
3. every component after the parser on the whole text, as the full pipeline runs them:
   attribute rules, lemmatizer and NER (some attribute rules read the dependency label, and NER
   does not cross a sentence boundary), then detente's parse repairs (``nlp``), which leave an
   unparsed sentence as it is.

A parsed sentence thus gets what the full pipeline gives it. A sentence left out keeps its
tokens, tags, parts of speech, lemmas, entities and its senter boundaries, and has no heads
(every token its own head, label ""); the few parts of speech the attribute rules derive from a
label ("that" as a pronoun, "have" as a main verb) stay as the tag maps them.

A sentence is selected when it holds a trigger of the event lexicon and an actor candidate, or a
quotation mark, or a cue verb of the quotation lexicon; one that also holds a word referring
back ("he", "they", "the country") brings the three sentences before it, which the pronoun
resolver reads for subjects and coordinations (``Selector``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH, SENT_START, TAG
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

from . import prefixes
from .actors import Catalogue, coref
from .actors.words import normalise
from .events import lexicon as events_lexicon
from .events.coder import anaphora
from .quotes import find_quoted
from .quotes import lexicon as quotes_lexicon
from .syntax import base_forms, inflections

__all__ = ["PARSE_MODES", "Parser", "SelectiveParser", "Selector", "irregular_forms", "parse_share"]

PARSE_MODES = ("selective", "full")
# sentences before a referring word that the pronoun resolver reads (``coref.antecedent``)
CONTEXT_SENTENCES = 3
# the components run before the parser, in the model's order (the senter too, which the model
# ships disabled); those after it are run in the order of the pipeline
_FIRST_PASS = (prefixes.WORDS, "tok2vec", "tagger", "detente_line_breaks", "senter")


class Parser(Protocol):
    """What the pipeline asks of a model: one text, or many in batches."""

    @property
    def max_length(self) -> int: ...

    def __call__(self, text: str) -> Doc: ...

    def pipe(self, texts: Iterable[str], *, batch_size: int = ...) -> Iterator[Doc]: ...


_SEEN_WORDS = 200_000  # distinct words whose catalogue answer is kept before the memo restarts


class Selector:
    """Which sentences of a tagged but unparsed ``Doc`` the parser must see.

    Built from the event lexicon and the quotation cues as loaded (user lexicon files included),
    so that a new entry is selected without any change here. Nothing is lemmatised yet, so
    words are matched by their forms: the regular inflections of every lemma (``inflections``)
    and the irregular ones of the model's own lemmatizer table ("met" → "meet"); a cue counts
    only as a verb, as the quotation stage reads it. Actors are found the cheap way, with no
    parse and no NER: words that can begin a catalogue alias or end a role noun, proper nouns,
    pronouns. ``strings`` is the model's string store (to read a word back from its hash)."""

    def __init__(
        self,
        lexicon: events_lexicon.Lexicon,
        catalogue: Catalogue,
        *,
        strings: StringStore,
        irregular: Mapping[str, Iterable[str]] | None = None,
        cues: quotes_lexicon.CueLexicon | None = None,
    ) -> None:
        cues = cues or quotes_lexicon.load()
        irregular = irregular or {}
        triggers = set(lexicon.trigger_lemmas) | set(lexicon.modality.aux_obligation)
        cue_lemmas = cues.clause | cues.intent | cues.direct_only | set(cues.particles)
        cue_lemmas |= {p[0] for p in cues.phrases if p}
        # a bare title ("the president") refers back to a person as "he" does
        titles = {phrase.rsplit(" ", 1)[-1] for phrase in catalogue.titles}
        referring = set(anaphora.PRONOUNS) | set(coref.PRONOUNS) | coref.REFERRING_NOUNS
        referring |= lexicon.words.get("group_nouns", frozenset())
        referring |= lexicon.words.get("role_plurals", frozenset())
        referring |= lexicon.words.get("pair_nouns", frozenset()) | titles
        self.triggers = _forms(triggers, irregular)
        self.cues = _forms(cue_lemmas, irregular)
        self.referring = _forms(referring, irregular)
        self.pronouns = _ids(set(anaphora.PRONOUNS) | set(coref.PRONOUNS) | titles)
        self.proper = _ids(("NNP", "NNPS"))
        self.verb_tags = _ids(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
        self.according = get_string_id("according")
        self.alias_starts = frozenset(catalogue.trie)
        self.role_ends = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in catalogue.roles)
        self.strings = strings
        self._seen: dict[int, bool] = {}
        self.counted = 0  # sentences of the last document seen

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the selected sentences, in order."""
        sents = [(s.start, s.end) for s in doc.sents]
        self.counted = n = len(sents)
        if not n:
            return []
        sent_of = [0] * len(doc)
        for k, (start, end) in enumerate(sents):
            sent_of[start:end] = [k] * (end - start)
        trigger, actor, cue, refers = [False] * n, [False] * n, [False] * n, [False] * n
        table = doc.to_array([ORTH, LOWER, TAG]).tolist()
        for i, (orth, low, tag) in enumerate(table):
            k = sent_of[i]
            trigger[k] = trigger[k] or low in self.triggers
            cue[k] = cue[k] or (low in self.cues and tag in self.verb_tags) or low == self.according
            refers[k] = refers[k] or low in self.referring
            actor[k] = (
                actor[k] or low in self.pronouns or tag in self.proper or self._catalogued(orth)
            )
        if "-" in doc.text:
            # "re-imposed", "co-operate" (``prefixes``): a trigger by the word without its prefix
            for tok in doc:
                m = prefixes.PREFIXED.fullmatch(tok.lower_) if "-" in tok.text else None
                if m is not None and not trigger[sent_of[tok.i]]:
                    forms = (m.group(1) + m.group(2), m.group(2))
                    trigger[sent_of[tok.i]] = any(get_string_id(f) in self.triggers for f in forms)
        for q in find_quoted(doc.text):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and len(span):
                for k in range(sent_of[span.start], sent_of[span.end - 1] + 1):
                    cue[k] = True
        chosen = [(trigger[k] and actor[k]) or cue[k] for k in range(n)]
        for k in [k for k in range(n) if chosen[k] and refers[k]]:
            for j in range(max(0, k - CONTEXT_SENTENCES), k):
                chosen[j] = True
        return [sents[k] for k in range(n) if chosen[k]]

    def _catalogued(self, orth: int) -> bool:
        """Can this word begin a catalogue alias or end a role noun ("officials")? Asked once
        per distinct word."""
        found = self._seen.get(orth)
        if found is None:
            key = normalise(self.strings[orth])
            found = key in self.alias_starts or bool(({key} | base_forms(key)) & self.role_ends)
            if len(self._seen) >= _SEEN_WORDS:  # a long run meets ever more words
                self._seen.clear()
            self._seen[orth] = found
        return found


def irregular_forms(nlp: Language) -> dict[str, set[str]]:
    """Lemma → its irregular forms, from the model's lemmatizer exceptions ("meet": {"met"})."""
    out: dict[str, set[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return out
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return out
    for table in lookups.get_table("lemma_exc").values():
        for form, lemmas in table.items():
            for lemma_ in lemmas:
                out.setdefault(lemma_, set()).add(form)
    return out


def _forms(lemmas: Iterable[str], irregular: Mapping[str, Iterable[str]]) -> frozenset[int]:
    """The lower-case forms of ``lemmas`` as string hashes: each lemma, its regular inflections
    and its irregular forms."""
    words: set[str] = set()
    for w in lemmas:
        words.add(w)
        words |= inflections(w)
        words.update(irregular.get(w, ()))
    return _ids(words)


def _ids(words: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


def _runs(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent spans merged: each run is parsed as one piece."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class SelectiveParser:
    """The model with the parser run only where ``selector`` says (see the module docstring).

    Offers what the pipeline uses of a ``Language``: a call on one text, ``pipe`` and
    ``max_length``. Counts the sentences and tokens it has seen and parsed (``sentences``,
    ``parsed_sentences``, ``tokens``, ``parsed_tokens``)."""

    def __init__(self, nlp: Language, selector: Selector) -> None:
        self.nlp = nlp
        self.selector = selector
        self.first = [nlp.get_pipe(name) for name in _FIRST_PASS if name in nlp.component_names]
        self.parser = nlp.get_pipe("parser")
        self.line_breaks = nlp.get_pipe("detente_line_breaks")
        after = nlp.pipe_names[nlp.pipe_names.index("parser") + 1 :]
        self.last = [nlp.get_pipe(name) for name in after]
        self.sentences = 0
        self.parsed_sentences = 0
        self.tokens = 0
        self.parsed_tokens = 0

    @property
    def max_length(self) -> int:
        return self.nlp.max_length

    def __call__(self, text: str) -> Doc:
        return self._batch([text])[0]

    def pipe(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, texts: list[str]) -> list[Doc]:
        docs = [self.nlp.make_doc(t) for t in texts]
        docs = _run(self.first, docs)
        pieces: list[tuple[int, int, Doc]] = []
        for n, doc in enumerate(docs):
            chosen = self.selector.sentences(doc)
            self.sentences += self.selector.counted
            self.parsed_sentences += len(chosen)
            self.tokens += len(doc)
            self.parsed_tokens += sum(end - start for start, end in chosen)
            for start, end in _runs(chosen):
                piece = doc[start:end].as_doc()
                # only the line-break rule's boundaries: the parser places the others
                unset: Any = numpy.zeros((len(piece), 1), dtype="uint64")
                piece.from_array([SENT_START], unset)
                pieces.append((n, start, self.line_breaks(piece)))
        parsed = _run([self.parser], [p for _, _, p in pieces])
        by_doc: dict[int, list[tuple[int, Doc]]] = {}
        for (n, start, _), piece in zip(pieces, parsed, strict=True):
            by_doc.setdefault(n, []).append((start, piece))
        for n, found in by_doc.items():
            _write_back(docs[n], found)
        return _run(self.last, docs)


def _run(components: Sequence[Any], docs: list[Doc]) -> list[Doc]:
    """``docs`` through ``components`` in order, each over the whole batch at once."""
    for proc in components:
        if not docs:
            break
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=len(docs)))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def _write_back(doc: Doc, pieces: list[tuple[int, Doc]]) -> None:
    """Copy the parsed pieces' heads and labels into ``doc``; sentence boundaries are the
    parser's inside a piece and the senter's elsewhere."""
    values: Any = doc.to_array([HEAD, DEP])
    starts: Any = doc.to_array([SENT_START])
    for start, piece in pieces:
        end = start + len(piece)
        values[start:end] = piece.to_array([HEAD, DEP])
        starts[start:end] = piece.to_array([SENT_START])
    doc.from_array([HEAD, DEP], values)  # resets every boundary from the heads
    doc.from_array([SENT_START], starts)


def parse_share(parser: object) -> float | None:
    """The share of sentences a ``SelectiveParser`` has parsed so far (None for another one)."""
    if not isinstance(parser, SelectiveParser) or not parser.sentences:
        return None
    return parser.parsed_sentences / parser.sentences
