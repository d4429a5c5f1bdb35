"""PETRARCH-format files given with ``--actors`` or ``--lexicon``: recognised by their lines,
read with ``PetrarchReader``, converted with ``Converter`` into the rows and entries detente's own
user formats have.

The format is lenient by design, so a malformed line is a warning (file and line number, logged
on the ``detente.knowledge`` logger, which reaches stderr) and the rest of the file still loads;
only a file with no usable record at all is an error, raised by the caller.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Literal

from detente.knowledge.convert import Converter, Tables
from detente.knowledge.petrarch import PetrarchReader

__all__ = ["Sniffed", "actor_file", "sniff", "verb_entries"]

log = logging.getLogger("detente.knowledge")

Sniffed = Literal["actors", "agents", "verbs"] | None

_ACTOR = re.compile(r"^\S.*_\s*\[[^\]]*\]?\s*$")  # PHRASE_ [CODE...]
_SPAN = re.compile(r"^\s+\[[^\]]*\]?\s*$")  # a tab-indented [CODE date] line
_AGENT = re.compile(r"\[(~[A-Z]+|[A-Z]+~)\]\s*$")  # PHRASE [~CODE] or [CODE~]
_BLOCK = re.compile(r"^---\s+\S.*\[[^\]]*\]\s*---\s*$")  # --- NAME [CODE] ---
_SYNSET = re.compile(r"^&\S+\s*$")
_PEEK = 60  # non-comment lines looked at


def sniff(path: Path) -> Sniffed:
    """What kind of PETRARCH file ``path`` is, from the shapes of its first lines; None when it
    is none (or unreadable). Only ``.txt`` files and files without a suffix are looked at."""
    if path.suffix.lower() not in ("", ".txt"):
        return None
    try:
        raw = path.read_bytes()[:200_000].decode("utf-8", errors="replace")
    except OSError:
        return None
    lines = [
        ln.split("#", 1)[0].rstrip()
        for ln in raw.splitlines()
        if ln.strip() and not ln.lstrip().startswith(("#", ";", "<!--"))
    ][:_PEEK]
    lines = [ln for ln in lines if ln.strip()]
    for i, line in enumerate(lines):
        if _BLOCK.match(line) or (
            _SYNSET.match(line) and i + 1 < len(lines) and lines[i + 1].startswith("+")
        ):
            return "verbs"
    if sum(bool(_AGENT.search(ln)) for ln in lines) >= max(1, len(lines) // 3):
        return "agents"
    for i, line in enumerate(lines):
        if _ACTOR.match(line) and not _SPAN.match(line):
            return "actors"
        if _SPAN.match(line) and i > 0 and not _SPAN.match(lines[i - 1]):
            return "actors"
    return None


def _report(reader: PetrarchReader, path: Path) -> None:
    for w in reader.warnings:
        log.warning("%s:%d: %s", path, w.line, w.message)


def actor_file(path: Path, kind: Sniffed) -> tuple[list[dict[str, Any]], dict[str, dict[str, str]]]:
    """The actor rows (people one row per term, organisations and groups) of a PETRARCH actor
    file, or the role phrases of an agents file. The Phoenix file a file imitates is told by its
    name: ``international`` or ``nonstate`` in it, else a country file (people marked
    ``# CountryInfo.txt``)."""
    reader = PetrarchReader()
    converter = Converter(Tables.load())
    if kind == "agents":
        roles = converter.roles(reader.agents(path))
        _report(reader, path)
        return [], roles
    name = path.name.lower()
    source = (
        "international"
        if "international" in name
        else "nonstate"
        if "nonstate" in name
        else "countries"
    )
    people, orgs = converter.actor_rows(reader.actors(path), source)
    _report(reader, path)
    return [*people, *orgs], {}


def verb_entries(path: Path) -> list[dict[str, Any]]:
    """The lexicon entries (docs/lexicon.md) of a PETRARCH verb dictionary."""
    reader = PetrarchReader()
    entries = Converter(Tables.load()).lexicon(reader.verbs(path))
    _report(reader, path)
    return entries
