"""One article through the stages: Document → Article → spaCy Doc → Analysis.

Follow an article from the top:

1. ``ingest`` read it from a file, a URL or a record into a ``Document`` (raw content and what
   the source declared about it). ``corpus.run`` does that for a whole corpus.
2. ``extract.extract`` turns the ``Document`` into an ``Article``: clean text, title, publication
   date, language checked (``analyze_document``; ``analyze_many`` for a stream).
3. The spaCy model parses the article's text into a ``Doc`` (``analyze_many`` parses in batches);
   with ``Options.parse == "selective"`` the dependency parse covers only the sentences that can
   hold an event or a quotation (``Resources.parser``, ``selective``).
4. ``analyze_doc`` is the one place the stages after parsing are wired, each handed what it
   needs and nothing else:

   - ``actors.resolve``: who is mentioned (``Mention``), resolved against the catalogue on the
     article's date (a president is the one in office then);
   - ``events.code``: who did what to whom (``Event``), from the parse and the mentions;
   - ``geo.locate``: where each event happened (``Location``), a named place from the offline
     gazetteer or, failing that, a country;
   - ``quotes.extract_quotes``: who said what (``Quote``), from the quotation marks found once
     here and the parse;
   - ``keypoints.select``: the sentences to read first, unless the publisher gave its own; it is
     handed the spans inside quotation marks (a sentence that is mostly a quotation is no key
     point).

   It returns an ``Analysis`` of the article, or, for a short text with no article around it
   (``code_text``, ``detente code``, ``detente explain``, the scorers), just the mentions and
   the events (``Coded``).

Parsing is where one hostile document could take others down, so ``analyze_many`` keeps it
apart: a text longer than ``PART_CHARS`` never enters a batch, it is parsed on its own in parts
split at paragraph breaks (``parse``) and joined into one ``Doc`` whose character offsets are
those of the whole text; a text longer than ``MAX_TEXT_CHARS`` (or the parser's ``max_length``)
is refused with E303, since the parse of one grows to gigabytes; and when the parser fails
inside a batch, the documents it had not yet given back are parsed one by one, so the failure is
the bad document's alone, under its own name. The normal case stays one ``nlp.pipe`` call per
batch.

The ``Analysis`` is what the store writes in one transaction (``corpus.run``). Everything here
is a pure function of its arguments and read-only ``Resources``: no store, no globals, which is
what lets ``corpus`` run it in a process pool or on Dask.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import overload

from spacy.language import Language
from spacy.tokens import Doc

from . import actors as actors_stage
from . import events as events_stage
from . import extract as extract_stage
from . import geo as geo_stage
from . import keypoints as keypoints_stage
from . import nlp as nlp_stage
from . import quotes as quotes_stage
from . import selective
from .config import Options
from .dates import record_date
from .errors import DetenteError, ProcessingError
from .events.lexicon import place_key
from .headlines import HeadlineParser
from .model import Analysis, Article, Document, Event, Failure, Mention

__all__ = [
    "Coded",
    "Resources",
    "analyze_article",
    "analyze_doc",
    "analyze_document",
    "analyze_many",
    "code_text",
    "parse",
    "split_parts",
]

PART_CHARS = 50_000  # a longer text is parsed alone, in parts of at most this many characters
MAX_TEXT_CHARS = 500_000  # a longer one is refused (E303): ten times a very long article
# ``analyze_many`` parses at most this many documents, or this many characters, at a time: the
# model works a batch in lockstep, so short texts (news items) go faster in large batches (3,000
# Current Events items: 0.89-0.98x the time in batches of 128 as in batches of 32), while long
# articles are bounded by their characters (293 Wikinews articles: 0.96x the time and 0.65x the
# peak memory of batches of 32 articles)
BATCH_DOCUMENTS = 128
BATCH_CHARS = 100_000


@dataclass(frozen=True)
class Resources:
    """Read-only knowledge every article needs: loaded once, shared by all.

    ``parser`` is what turns texts into ``Doc`` objects: the model itself when
    ``options.parse`` is "full", else a ``selective.SelectiveParser`` over it."""

    nlp: Language
    catalogue: actors_stage.Catalogue
    lexicon: events_stage.Lexicon
    options: Options
    gazetteer: geo_stage.Gazetteer

    @functools.cached_property
    def parser(self) -> selective.Parser:
        # headline verbs read as nouns are mended whatever the parse mode: the lexicon's and the
        # verbs of reporting ("the court rules that ...")
        verbs = frozenset(self.lexicon.verbs) | self.lexicon.modality.gov_report
        return HeadlineParser(self._base_parser(), self.nlp, verbs)

    def _base_parser(self) -> selective.Parser:
        mode = self.options.parse
        if mode == "full":
            return self.nlp
        if mode != "selective":
            raise ProcessingError(
                f"unknown parse mode {mode!r} (one of {', '.join(selective.PARSE_MODES)})",
                code="E301",
            )
        selector = selective.Selector(
            self.lexicon,
            self.catalogue,
            strings=self.nlp.vocab.strings,
            irregular=selective.irregular_forms(self.nlp),
        )
        return selective.SelectiveParser(self.nlp, selector)

    @classmethod
    def load(cls, options: Options | None = None) -> Resources:
        options = options or Options()
        return cls(
            nlp=nlp_stage.load(options.model),
            catalogue=actors_stage.Catalogue.load(options.actors_files),
            lexicon=events_stage.Lexicon.load(options.lexicon_files),
            options=options,
            gazetteer=geo_stage.Gazetteer.load(),
        )


@dataclass(frozen=True, slots=True)
class Coded:
    """What a short text with no article around it yields: its actor mentions and its events."""

    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


@overload
def analyze_doc(
    doc: Doc,
    resources: Resources,
    published: dt.date | None,
    trace: events_stage.Trace | None = None,
) -> Coded: ...


@overload
def analyze_doc(
    doc: Doc,
    resources: Resources,
    published: dt.date | None,
    trace: events_stage.Trace | None = None,
    *,
    article: Article,
) -> Analysis: ...


def analyze_doc(
    doc: Doc,
    resources: Resources,
    published: dt.date | None,
    trace: events_stage.Trace | None = None,
    *,
    article: Article | None = None,
) -> Coded | Analysis:
    """The stages after parsing, on one parsed text: actors, then events, and for an article
    also quotes and key points.

    ``published`` dates the text (relative time words, who held an office then). Without
    ``article`` the text is coded only (``Coded``); with it, the result is the article's
    ``Analysis`` (``published`` is then the article's own date). ``trace`` collects the event
    coder's decisions.
    """
    mentions = actors_stage.resolve(doc, resources.catalogue, published=published)
    events = events_stage.code(
        doc,
        mentions,
        lexicon=resources.lexicon,
        catalogue=resources.catalogue,
        published=published,
        antecedent=actors_stage.antecedent,
        antecedents=actors_stage.antecedents,
        trace=trace,
        place_country=resources.gazetteer.town_country,
    )
    places = resources.lexicon.places
    events = geo_stage.locate(
        doc, mentions, events, resources.gazetteer, known=lambda name: places.get(place_key(name))
    )
    if article is None:
        return Coded(mentions=tuple(mentions), events=tuple(events))
    # quotation marks are read by two stages: found once here, handed to both
    marks = quotes_stage.find_quoted(doc.text)
    quotes = quotes_stage.extract_quotes(
        doc, mentions, antecedent=actors_stage.antecedent, marks=marks
    )
    if article.key_points:
        key_points = list(article.key_points)
    else:
        quoted = [(m.content_start, m.content_end) for m in marks]
        key_points = keypoints_stage.select(
            article, doc, mentions, events, quoted, n=resources.options.max_key_points
        )
    return Analysis(
        article=article,
        actors=tuple(actors_stage.summarise(mentions)),
        mentions=tuple(mentions),
        events=tuple(events),
        quotes=tuple(quotes),
        key_points=tuple(key_points),
        warnings=article.warnings,
    )


def split_parts(text: str, size: int) -> list[str]:
    """``text`` cut into parts of at most ``size`` characters whose concatenation is ``text``:
    at the last paragraph break before the limit, else a line break, a sentence end or a space
    (a hard cut only for a run of ``size`` characters without any)."""
    parts: list[str] = []
    pos = 0
    while len(text) - pos > size:
        window = text[pos : pos + size]
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > 0:
                end = pos + cut + len(sep)
                break
        else:
            end = pos + size
        parts.append(text[pos:end])
        pos = end
    parts.append(text[pos:])
    return parts


def parse(nlp: selective.Parser, text: str) -> Doc:
    """``nlp(text)``, for a long text too: one over ``PART_CHARS`` is parsed in parts
    (``split_parts``) joined into one ``Doc``, every offset that of the whole text. Raises E303
    over ``MAX_TEXT_CHARS``."""
    limit = min(MAX_TEXT_CHARS, nlp.max_length)
    if len(text) > limit:
        raise ProcessingError(
            f"text is {len(text):,} characters, over the {limit:,} that one document may have",
            code="E303",
        )
    if len(text) <= PART_CHARS:
        return nlp(text)
    parts = split_parts(text, PART_CHARS)
    # One part at a time: the parser's working memory grows with what it holds at once.
    doc = Doc.from_docs([nlp(part) for part in parts], ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - a spaCy change would show here
        raise ProcessingError("a long text could not be parsed in parts (offsets would move)")
    return doc


def _parse_or_error(nlp: selective.Parser, text: str) -> Doc | Exception:
    try:
        return parse(nlp, text)
    except Exception as exc:  # reported as this document's failure
        return exc


def _parse_batch(nlp: selective.Parser, texts: list[str], batch_size: int) -> list[Doc | Exception]:
    """A Doc, or the exception it raised, per text, in order: the texts within ``PART_CHARS`` in
    one ``nlp.pipe`` call; from a failure on, one by one; the longer ones on their own."""
    out: list[Doc | Exception | None] = [None] * len(texts)
    normal = [i for i, text in enumerate(texts) if len(text) <= PART_CHARS]
    done = 0
    try:
        for doc in nlp.pipe([texts[i] for i in normal], batch_size=batch_size):
            out[normal[done]] = doc
            done += 1
    except Exception:  # one text broke the batch: find which, parsing the rest alone
        for i in normal[done:]:
            out[i] = _parse_or_error(nlp, texts[i])
    return [_parse_or_error(nlp, texts[i]) if x is None else x for i, x in enumerate(out)]


def analyze_article(article: Article, res: Resources) -> Analysis:
    """Parse an extracted article and analyse it."""
    return analyze_doc(parse(res.parser, article.text), res, article.published, article=article)


def analyze_document(document: Document, res: Resources) -> Analysis:
    """One document to its analysis; raises a DetenteError subclass on bad input."""
    article = extract_stage.extract(
        document, limits=res.options.limits, check_language=res.options.check_language
    )
    return analyze_article(article, res)


def code_text(
    text: str,
    resources: Resources,
    *,
    date: str | dt.date | None = None,
    trace: events_stage.Trace | None = None,
) -> list[Event]:
    """Code a short text (a sentence or a paragraph): parse, resolve actors, code events.
    ``date`` is ISO ``YYYY-MM-DD`` (E503 otherwise)."""
    published = record_date(date)
    return list(analyze_doc(resources.parser(text), resources, published, trace).events)


def _failure(source: str, exc: Exception) -> Failure:
    if isinstance(exc, DetenteError):
        return Failure(source, exc.reason, exc.code, exc.stage)
    wrapped = ProcessingError(f"{type(exc).__name__}: {exc}".splitlines()[0])
    return Failure(source, wrapped.reason, wrapped.code, wrapped.stage)


def analyze_many(
    items: Iterable[Document | Failure],
    res: Resources,
    *,
    batch_size: int = BATCH_DOCUMENTS,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of documents in input order, parsing them in batches of ``batch_size``
    documents or ``batch_chars`` characters; a bad one becomes a Failure, never an exception,
    and the rest go on."""
    batch: list[Article | Failure] = []
    chars = 0

    def flush() -> Iterator[Analysis | Failure]:
        articles = [a for a in batch if isinstance(a, Article)]
        docs = iter(_parse_batch(res.parser, [a.text for a in articles], len(articles) or 1))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            if isinstance(doc, Exception):
                yield _failure(item.source, doc)
                continue
            try:
                yield analyze_doc(doc, res, item.published, article=item)
            except Exception as exc:  # one article's bug must not end a corpus run
                yield _failure(item.source, exc)
        batch.clear()

    for item in items:
        if isinstance(item, Failure):
            batch.append(item)
        else:
            try:
                batch.append(
                    extract_stage.extract(
                        item,
                        limits=res.options.limits,
                        check_language=res.options.check_language,
                    )
                )
            except Exception as exc:
                batch.append(_failure(item.source, exc))
        last = batch[-1]
        chars += len(last.text) if isinstance(last, Article) else 0
        if len(batch) >= batch_size or chars >= batch_chars:
            yield from flush()
            chars = 0
    if batch:
        yield from flush()
