"""Options that shape a run, gathered in one frozen, picklable place.

A process pool or a Dask worker receives an ``Options`` and rebuilds the same ``Resources`` from
it; nothing about a run lives in module globals.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Limits", "Options", "default_db_path"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Guards against inputs that would stall or exhaust a run."""

    max_bytes: int = 20 * MB  # larger inputs fail with E104 (``--max-bytes``)
    min_chars: int = 40  # shorter cleaned texts fail with E203
    timeout: float = 20.0  # seconds, for URL fetches
    user_agent: str = "detente/0.1 (+https://github.com/detente-project/detente)"


@dataclass(frozen=True, slots=True)
class Options:
    model: str | None = None  # spaCy package or path; None picks the installed English model
    actors_files: tuple[Path, ...] = ()  # user catalogues (--actors), YAML or CSV
    lexicon_files: tuple[Path, ...] = ()  # user lexicons (--lexicon)
    max_key_points: int = 4
    check_language: bool = True
    limits: Limits = field(default_factory=Limits)
    # "full" parses every sentence; "selective" only those that can hold an event or a quotation
    # (``detente.selective``); ``DETENTE_PARSE`` sets the default
    parse: str = field(default_factory=lambda: os.environ.get("DETENTE_PARSE") or "full")


def default_db_path() -> Path:
    """``DETENTE_DB`` if set, else ``detente.db`` in the working directory."""
    return Path(os.environ.get("DETENTE_DB") or "detente.db")
