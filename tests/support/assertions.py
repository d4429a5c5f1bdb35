"""Small views of analysis output that keep assertions short: who did what, which events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def codes(actors: Iterable[Any]) -> set[str | None]:
    """The codes of a list of actors, for assertions on who did what."""
    return {a.code for a in actors}


def of_type(events: Iterable[Any], event_type: str) -> list[Any]:
    """The events of one PLOVER type, in text order."""
    return [e for e in events if e.event_type == event_type]
