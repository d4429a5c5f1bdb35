"""detente: news about international affairs in, a queryable record of relations out.

The public API is what ``__all__`` lists; everything else is private and may change.

    >>> import detente
    >>> result = detente.analyze("path/to/article.txt")       # doctest: +SKIP
    >>> [e.event_type for e in result.events]                 # doctest: +SKIP
    >>> with detente.open("detente.db") as store:             # doctest: +SKIP
    ...     store.add(result)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .config import Limits, Options
from .errors import (
    ConfigError,
    DetenteError,
    ExtractionError,
    InputError,
    ProcessingError,
    StoreError,
)
from .model import (
    Actor,
    ActorSummary,
    Analysis,
    Article,
    Document,
    Event,
    Failure,
    Location,
    Mention,
    Quote,
)

if TYPE_CHECKING:
    from .pipeline import Resources
    from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorSummary",
    "Analysis",
    "Article",
    "ConfigError",
    "DetenteError",
    "Document",
    "Event",
    "ExtractionError",
    "Failure",
    "InputError",
    "Limits",
    "Location",
    "Mention",
    "Options",
    "ProcessingError",
    "Quote",
    "StoreError",
    "__version__",
    "analyze",
    "code",
    "load",
    "open",
]


def load(options: Options | None = None) -> Resources:
    """Load the model, catalogue and lexicon once, to reuse across many ``analyze`` calls."""
    from .pipeline import Resources

    return Resources.load(options)


def analyze(
    source: str | Path | Document,
    *,
    title: str | None = None,
    options: Options | None = None,
    resources: Resources | None = None,
) -> Analysis:
    """Analyse one article: a path to a file, a ``Document``, or the article's text itself.

    A string that names an existing file, an http(s) URL or ``-`` (stdin) is read from there; any
    other string is taken as plain text whose first line is the title unless ``title`` is given.
    Raises a ``DetenteError`` subclass with a one-line reason on bad input.
    """
    from . import ingest, pipeline

    res = resources or load(options)
    if isinstance(source, Document):
        document = source
    elif isinstance(source, Path) or _names_input(source):
        document = ingest.read_one(source, limits=res.options.limits)
    else:
        document = ingest.from_text(str(source), title=title)
    return pipeline.analyze_document(document, res)


def _names_input(source: str) -> bool:
    """A one-line string that is "-", a URL or an existing file names an input; anything else
    is article text."""
    if "\n" in source or len(source) > 4096:
        return False
    return source == "-" or source.startswith(("http://", "https://")) or Path(source).is_file()


def code(
    text: str,
    *,
    date: str | None = None,
    options: Options | None = None,
    resources: Resources | None = None,
) -> list[Event]:
    """Code events in a short text (a sentence or a paragraph) with no title or boilerplate
    handling: what ``detente code`` does for each JSONL record."""
    from . import pipeline

    res = resources or load(options)
    return pipeline.code_text(text, res, date=date)


def open(path: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open (creating if needed) the embedded SQLite store; ``DETENTE_DB`` or ./detente.db by
    default."""
    from .config import default_db_path
    from .store import Store

    return Store(Path(path) if path else default_db_path(), readonly=readonly)
