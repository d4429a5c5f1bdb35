"""Events coded from text written for the tests, and the views of them that the event tests
assert on: every event of a text, or the asserted (source, target) pairs by type."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from detente.model import Event
from detente.pipeline import code_text

PUB = "2024-03-05"  # the publication day the event tests code under (a Tuesday)


def coded(resources: Any, text: str, date: str | None = PUB, trace: Any = None) -> list[Event]:
    """The events of ``text`` published on ``date``, in text order (``trace`` records why)."""
    return code_text(text, resources, date=date, trace=trace)


def asserted_dyads(events: Iterable[Event]) -> set[tuple[str, str, str]]:
    """(type, source code, target code) of every asserted event, one per source and target."""
    return {
        (e.event_type, s.code, t.code)
        for e in events
        if e.asserted
        for s in e.source
        for t in e.target
    }


def dyads(resources: Any, text: str, date: str | None = PUB) -> set[tuple[str, str, str]]:
    """The asserted dyads of ``text`` published on ``date``."""
    return asserted_dyads(coded(resources, text, date))


def event_sides(
    resources: Any, text: str, date: str | None = PUB
) -> set[tuple[str, frozenset[str], frozenset[str], bool]]:
    """(type, source codes, target codes, asserted) of each coded event: the sides as sets, so a
    joint event of three parties is one item."""
    return {
        (
            e.event_type,
            frozenset(a.code for a in e.source if a.code),
            frozenset(a.code for a in e.target if a.code),
            e.asserted,
        )
        for e in coded(resources, text, date)
    }


def fs(*codes: str) -> frozenset[str]:
    """A side written as its codes: ``fs("PRK", "RUS")``."""
    return frozenset(codes)


def has_event(
    resources: Any,
    text: str,
    kind: str,
    src: str = "",
    tgt: str = "",
    *,
    asserted: bool | None = True,
    date: str | None = PUB,
) -> bool:
    """Whether ``text`` (published on ``date``) codes an event of ``kind`` with ``src`` among its
    sources and ``tgt`` among its targets (either left out: any), asserted (or, with
    ``asserted=False``, not; ``None``: either)."""
    return any(
        t == kind
        and (src in s if src else True)
        and (tgt in g if tgt else True)
        and (asserted is None or a == asserted)
        for t, s, g, a in event_sides(resources, text, date)
    )
