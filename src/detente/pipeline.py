"""The one place that wires the stages: Document → Article → spaCy Doc → Analysis.

Everything here is a pure function of a document and read-only ``Resources``: no store, no
globals. That is what lets ``analyze_many`` batch the parser, a process pool parallelise it, and
``analyze_partition`` be mapped by Dask over partitions of a corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import actors as actors_stage
from . import events as events_stage
from . import extract as extract_stage
from . import keypoints as keypoints_stage
from . import nlp as nlp_stage
from . import quotes as quotes_stage
from .config import Options
from .errors import DetenteError, ProcessingError
from .model import Analysis, Article, Document, Failure

__all__ = [
    "Resources",
    "analyze_article",
    "analyze_document",
    "analyze_many",
    "analyze_parallel",
    "analyze_partition",
]


@dataclass(frozen=True)
class Resources:
    """Read-only knowledge every article needs: loaded once, shared by all."""

    nlp: Language
    catalogue: actors_stage.Catalogue
    lexicon: events_stage.Lexicon
    options: Options

    @classmethod
    def load(cls, options: Options | None = None) -> Resources:
        options = options or Options()
        return cls(
            nlp=nlp_stage.load(options.model),
            catalogue=actors_stage.Catalogue.load(options.actors_files),
            lexicon=events_stage.Lexicon.load(options.lexicon_files),
            options=options,
        )


def analyze_parsed(article: Article, doc: Doc, res: Resources) -> Analysis:
    """Run the stages after parsing. Separate so that parsing can be batched."""
    mentions = actors_stage.resolve(doc, res.catalogue, published=article.published)
    events = events_stage.code(
        doc,
        mentions,
        lexicon=res.lexicon,
        catalogue=res.catalogue,
        published=article.published,
        antecedent=actors_stage.antecedent,
    )
    quotes = quotes_stage.extract_quotes(doc, mentions)
    if article.key_points:
        key_points = list(article.key_points)
    else:
        key_points = keypoints_stage.select(
            article, doc, mentions, events, n=res.options.max_key_points
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


def analyze_article(article: Article, res: Resources) -> Analysis:
    return analyze_parsed(article, res.nlp(article.text), res)


def analyze_document(document: Document, res: Resources) -> Analysis:
    """One document to its analysis; raises a DetenteError subclass on bad input."""
    article = extract_stage.extract(
        document, limits=res.options.limits, check_language=res.options.check_language
    )
    return analyze_article(article, res)


def _failure(source: str, exc: Exception) -> Failure:
    if isinstance(exc, DetenteError):
        return Failure(source, exc.reason, exc.code, exc.stage)
    wrapped = ProcessingError(f"{type(exc).__name__}: {exc}".splitlines()[0])
    return Failure(source, wrapped.reason, wrapped.code, wrapped.stage)


def analyze_many(
    items: Iterable[Document | Failure], res: Resources, *, batch_size: int = 32
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of documents in input order; a bad one becomes a Failure, never an
    exception, and the rest go on."""
    batch: list[Article | Failure] = []

    def flush() -> Iterator[Analysis | Failure]:
        articles = [a for a in batch if isinstance(a, Article)]
        docs = iter(res.nlp.pipe([a.text for a in articles], batch_size=batch_size))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield analyze_parsed(item, next(docs), res)
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
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


# ----------------------------------------------------------------------------------------------
# parallel and distributed execution

_WORKER_RESOURCES: dict[Options, Resources] = {}


def _worker_resources(options: Options) -> Resources:
    """Per-process cache: a worker loads the model once, not once per partition."""
    res = _WORKER_RESOURCES.get(options)
    if res is None:
        res = _WORKER_RESOURCES[options] = Resources.load(options)
    return res


def analyze_partition(
    documents: Iterable[Document | Failure], options: Options | None = None
) -> list[Analysis | Failure]:
    """Analyse one partition of documents; the function a process pool or ``dask.bag``'s
    ``map_partitions`` applies. Only ``options`` crosses the process boundary, never a model."""
    options = options or Options()
    return list(analyze_many(documents, _worker_resources(options)))


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyze_parallel(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    workers: int | None = None,
    chunk_size: int = 64,
) -> Iterator[Analysis | Failure]:
    """``analyze_many`` over a process pool, results in input order. With one worker it runs in
    this process (no pickling, no start-up cost)."""
    options = options or Options()
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        yield from analyze_many(items, _worker_resources(options))
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # fork after loading a model is unsafe with some BLAS builds
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: list[cf.Future[list[Analysis | Failure]]] = []
        for chunk in chunks(items, chunk_size):
            pending.append(pool.submit(analyze_partition, chunk, options))
            while len(pending) > workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
