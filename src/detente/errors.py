"""The exception hierarchy and its numbered codes.

Every error a user can meet has a stable code (``E1xx`` input, ``E2xx`` extraction, ``E3xx``
language processing, ``E4xx`` store, ``E5xx`` configuration and resources), so that a line in the
``errors`` table or a log can be looked up in docs/errors.md and grepped across runs. Messages are
one line: what is wrong and, where it helps, what to do.

    DetenteError
    ├── InputError          cannot read the input (E1xx)
    ├── ExtractionError     read it, but it holds no usable article (E2xx)
    ├── ProcessingError     the language pipeline failed on it (E3xx)
    ├── StoreError          the database refused (E4xx)
    └── ConfigError         a user file or option is wrong (E5xx)
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DetenteError",
    "ExtractionError",
    "InputError",
    "ProcessingError",
    "StoreError",
]

# code → short description; docs/errors.md is generated from this table (see tests/test_errors.py).
CODES: dict[str, str] = {
    "E101": "file or path not found",
    "E102": "input is empty",
    "E103": "input is binary, not text",
    "E104": "input is larger than the size limit",
    "E105": "input could not be decoded as text",
    "E106": "a JSON Lines record is not valid JSON or lacks text",
    "E107": "URL could not be fetched",
    "E108": "feed or WARC file could not be parsed",
    "E109": "unsupported input type",
    "E110": "evaluation gold set is missing or malformed",
    "E111": "path is a directory, not a file",
    "E112": "input holds several documents where one was expected",
    "E113": "a feed entry holds no text",
    "E114": "input was decoded with a guessed encoding or replaced bytes (a warning: stored)",
    "E115": "a record field has the wrong type and was left empty (a warning: stored)",
    "E116": "compressed input is truncated or damaged (what was read before is kept)",
    "E117": "JSON is nested too deeply to read",
    "E118": "path is not a regular file (a FIFO, a device or a socket)",
    "E119": "input could not be read (an unexpected reader error)",
    "E120": "robots.txt does not allow detente to fetch this URL",
    "E121": "a watched source or page could not be fetched after its retries",
    "E122": "a sitemap or URL list could not be parsed",
    "E123": "an alert could not be delivered (webhook or JSONL file)",
    "E124": "a Parquet partition of `ingest --output` is missing, damaged or of another layout",
    "E201": "HTML page holds no article text",
    "E202": "text is not English",
    "E203": "text is too short to analyse",
    "E301": "language model could not be loaded",
    "E302": "analysis failed on this document",
    "E303": "text is too long to analyse as one document",
    "E401": "store could not be opened",
    "E402": "store write failed",
    "E403": "store schema is newer than this version of detente",
    "E404": "document not found in the store",
    "E405": "document id prefix matches several documents",
    "E406": "search query is not valid FTS5 syntax",
    "E407": "store schema is older: open it for writing once to migrate it",
    "E501": "user actor file is invalid",
    "E502": "user lexicon file is invalid",
    "E503": "option value is invalid",
    "E504": "a packaged data file is missing or invalid",
    "E505": "watch configuration file is invalid",
}


class DetenteError(Exception):
    """Base of every error detente raises on purpose. ``code`` is one of ``CODES``."""

    code = "E000"
    stage = "detente"

    def __init__(self, message: str, *, code: str | None = None, source: str | None = None):
        if code is not None:
            self.code = code
        self.source = source
        super().__init__(message)

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"

    @property
    def reason(self) -> str:
        """The one-line message without the code."""
        return str(self.args[0]).splitlines()[0] if self.args else ""


class InputError(DetenteError):
    code = "E101"
    stage = "ingest"


class ExtractionError(DetenteError):
    code = "E201"
    stage = "extract"


class ProcessingError(DetenteError):
    code = "E302"
    stage = "nlp"


class StoreError(DetenteError):
    code = "E402"
    stage = "store"


class ConfigError(DetenteError):
    code = "E503"
    stage = "config"


def coded_warning(code: str, message: str) -> str:
    """A document warning that carries a code (``"[E114] ..."``): the store records it in the
    ``errors`` table next to the stored document, so that a guessed encoding or a dropped field
    can be found and counted like a failure."""
    return f"[{code}] {message}"


def warning_code(warning: str) -> tuple[str, str] | None:
    """(code, message) of a warning made by ``coded_warning``; None for a plain warning."""
    if warning.startswith("[E") and warning[5:7] == "] " and warning[2:5].isdigit():
        return warning[1:5], warning[7:]
    return None
