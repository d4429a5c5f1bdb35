"""Events as CAMEO triples: one directed (source, target, code) row per pair of parties, the shape
GDELT, ICEWS and PETRARCH users expect.

A detente event may name several parties on a side ("Russia and China condemned ...") and a joint
event (``mutual``: a meeting, an agreement, a clash) lists all its parties as sources with no
target. CAMEO data has one source and one target a row, so ``triples`` spreads an event:

- a directed event gives one triple per source × target ("Russia and China condemned Japan": RUS →
  JPN and CHN → JPN);
- a mutual event gives one per ordered pair of distinct parties ("Japan, South Korea and the United
  States held drills": six triples, JPN → KOR, KOR → JPN, ...), since each acts towards each other;
- an event with no target that is not mutual (a one-sided act: "North Korea fired a missile")
  gives none: a CAMEO triple needs both ends. So does a party without a code.

A triple never pairs an actor with itself (same code and sector), and the same pair appears once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import Actor, Event

__all__ = ["CameoTriple", "triples"]


@dataclass(frozen=True, slots=True)
class CameoTriple:
    """One directed CAMEO row. ``source``/``target`` are actor codes ("RUS", "UN"), with their
    PLOVER sectors apart ("GOV", "MIL" or None); ``root`` is the two-digit CAMEO root of
    ``cameo``; ``quad`` the quad class (1 verbal cooperation … 4 material conflict)."""

    date: dt.date | None
    source: str
    target: str
    cameo: str
    root: str
    goldstein: float
    quad: int
    source_sector: str | None = None
    target_sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "target": self.target,
            "cameo": self.cameo,
            "root": self.root,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "source_sector": self.source_sector,
            "target_sector": self.target_sector,
        }


def _parties(actors: Iterable[Actor]) -> list[tuple[str, str | None]]:
    """(code, sector) of the coded actors, each once, in order."""
    out: list[tuple[str, str | None]] = []
    for a in actors:
        if a.code and (a.code, a.sector) not in out:
            out.append((a.code, a.sector))
    return out


def triples(event: Event) -> list[CameoTriple]:
    """The event's directed CAMEO rows (see the module docstring for how parties pair up)."""
    if event.mutual:
        parties = _parties((*event.source, *event.target))
        pairs: Iterable[tuple[tuple[str, str | None], tuple[str, str | None]]]
        pairs = itertools.permutations(parties, 2)
    else:
        pairs = itertools.product(_parties(event.source), _parties(event.target))
    return [
        CameoTriple(
            date=event.date,
            source=src[0],
            target=tgt[0],
            cameo=event.cameo,
            root=event.cameo[:2],
            goldstein=event.goldstein,
            quad=event.quad_class,
            source_sector=src[1],
            target_sector=tgt[1],
        )
        for src, tgt in pairs
        if src != tgt
    ]
