"""The built catalogue kept on disk, so that a process loads it instead of building it again.

Building the packaged catalogue (countries, organisations, leaders, the PETRARCH layer: some
27,000 entries and 33,000 aliases) takes about a second; every CLI call and every worker process
pays it. The built tables are pickled into the user's cache directory (``DETENTE_CACHE_DIR``,
else ``$XDG_CACHE_HOME/detente``, else ``~/.cache/detente``) under a key made of everything the
build reads or runs: the packaged data files' contents, the source of the modules that build and
hold the catalogue, the versions of detente, Python, spaCy (the alias tokenizer) and pycountry
(the country list), and whether the PETRARCH layer is on. User files are not part of it: they are
applied on top of the cached base at every load, so their errors and warnings are reported as
before.

The cache is an optimisation only: a missing, stale, corrupt or unreadable file is ignored and
the catalogue built; a cache directory that cannot be written is skipped silently; files are
written atomically (a temporary file renamed into place). ``DETENTE_CACHE=off`` (or ``0``,
``no``, ``false``) switches it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

__all__ = ["STATS", "CacheStats", "cache_dir", "enabled", "key", "no_gc", "read", "write"]

_FORMAT = 1  # bumped when the layout of the pickled tuple changes
_KEEP = 8  # newest cache files kept; older keys (other versions, other data) are removed
_DATA = (
    ("detente.actors", ("agents.yaml", "countries.yaml", "organizations.yaml", "leaders.csv")),
    ("detente.knowledge", ("petrarch/people.csv", "petrarch/organizations.csv")),
)
# the modules whose code decides what the built tables hold, relative to the package root
_SOURCES = (
    "actors/build.py",
    "actors/query.py",
    "actors/records.py",
    "actors/words.py",
    "actors/cache.py",
    "dates.py",
    "model.py",
    "prefixes.py",
)


@dataclass
class CacheStats:
    """What the disk cache did in this process: read hits, builds after a miss, files written
    (for tests and benchmarks, which must not rely on timings)."""

    hits: int = 0
    misses: int = 0
    writes: int = 0


STATS = CacheStats()


def enabled() -> bool:
    """False when ``DETENTE_CACHE`` is ``off``, ``0``, ``no`` or ``false``."""
    return os.environ.get("DETENTE_CACHE", "").strip().lower() not in ("off", "0", "no", "false")


def cache_dir() -> Path:
    """``DETENTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/detente``, else ``~/.cache/detente``."""
    chosen = os.environ.get("DETENTE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "detente"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def key(petrarch: bool) -> str:
    """The hash naming a catalogue built from the current data, code and dependencies."""
    from .. import __version__

    digest = hashlib.sha256()
    parts = [
        f"format {_FORMAT}",
        f"detente {__version__}",
        f"python {sys.version}",
        f"spacy {_version('spacy')}",
        f"pycountry {_version('pycountry')}",
        f"petrarch {petrarch}",
    ]
    digest.update("\n".join(parts).encode())
    for name, path in _inputs():
        digest.update(f"\n{name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _inputs() -> list[tuple[str, Any]]:
    """The files whose contents the key covers: (label, readable path)."""
    found = [
        (f"{package}/{name}", resources.files(package).joinpath("data", *name.split("/")))
        for package, names in _DATA
        for name in names
    ]
    root = Path(__file__).resolve().parent.parent
    return found + [(name, root / name) for name in _SOURCES]


def _path(k: str) -> Path:
    return cache_dir() / f"catalogue-{k}.pickle"


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: building or unpickling tens of thousands of small
    objects otherwise triggers collections that take about half the time, for nothing (none of
    those objects is garbage)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read(k: str) -> dict[str, Any] | None:
    """The cached tables under key ``k``, or None (absent, unreadable, corrupt, another key)."""
    try:
        with _path(k).open("rb") as fh, no_gc():
            stored = pickle.load(fh)
    except Exception:  # a damaged cache of any kind means "build it again"
        return None
    if (
        not isinstance(stored, tuple)
        or len(stored) != 3
        or stored[:2] != (_FORMAT, k)
        or not isinstance(stored[2], dict)
    ):
        return None
    tables: dict[str, Any] = stored[2]
    return tables


def write(k: str, tables: dict[str, Any]) -> bool:
    """Store ``tables`` under key ``k`` atomically; False (and nothing left behind) when the
    directory cannot be written. Older cache files beyond the newest few are removed."""
    folder = cache_dir()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((_FORMAT, k, tables), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, _path(k))
        tmp = None
    except (OSError, pickle.PicklingError):
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _prune(folder)
    return True


def _prune(folder: Path) -> None:
    with contextlib.suppress(OSError):
        files = sorted(
            folder.glob("catalogue-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in files[_KEEP:]:
            old.unlink(missing_ok=True)


def cached(k: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The tables under ``k`` from disk, else ``build()``'s (written for the next process)."""
    if enabled():
        tables = read(k)
        if tables is not None:
            STATS.hits += 1
            return tables
    STATS.misses += 1
    with no_gc():  # pickling that many objects is a third faster without collections too
        tables = build()
        if enabled() and write(k, tables):
            STATS.writes += 1
    return tables
