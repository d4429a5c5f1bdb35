"""Scoring coded events against hand labels of asserted dyadic events, at country level.

The benches on real news (``bench/current_events.py``, ``bench/wikinews.py``) label each item
or sentence with the events a careful coder gives it, written ``TYPE[|TYPE...] SRC>TGT``
(directed) or ``TYPE SRC+TGT`` (mutual), with a leading ``?`` for an event that is defensible
but not required. This module reads that notation, reduces coded events to the same country
pairs, and keeps the tallies, so that both benches count in exactly one way:

* a coded event counts when it is asserted (not negated, hypothetical or future) and fresh (not
  ``historical``: the labels give background no event, and the relation series, shifts and the
  dashboard leave historical events out by default); it gives one pair per source x target
  country, or per two source countries of a mutual event;
* a pair is right when some label (required or optional) has its type between the same
  countries in that direction, either direction when one side is mutual;
* recall is over the required labels; a label is found when some pair matches it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Label",
    "Pair",
    "Tally",
    "in_span",
    "locate",
    "matches",
    "pairs",
    "parse_events",
]

# (event type, source country, target country, mutual)
Pair = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Label:
    """One labelled event. ``types`` keeps the written order: the first is the main reading."""

    types: tuple[str, ...]
    src: str
    tgt: str
    mutual: bool
    optional: bool

    def __str__(self) -> str:
        sign = "+" if self.mutual else ">"
        return f"{'?' * self.optional}{'|'.join(self.types)} {self.src}{sign}{self.tgt}"


def parse_events(cell: str) -> list[Label]:
    """The labels of one item: ``'; '``-separated events, empty for an item with none."""
    found = []
    for item in filter(None, (x.strip() for x in cell.split(";"))):
        optional = item.startswith("?")
        types, pair = item.lstrip("?").split()
        mutual = "+" in pair
        a, b = pair.split("+" if mutual else ">")
        found.append(Label(tuple(types.split("|")), a, b, mutual, optional))
    return found


def pairs(events: Iterable[Any]) -> set[Pair]:
    """The country pairs of the asserted, fresh events among ``events`` (``Event`` objects)."""
    out: set[Pair] = set()
    for e in events:
        if not e.asserted or e.historical:
            continue
        src = {a.code for a in e.source if a.code}
        tgt = {a.code for a in e.target if a.code}
        if tgt:
            out.update((e.event_type, s, t, False) for s in src for t in tgt if s != t)
        elif e.mutual:
            ss = sorted(src)
            out.update((e.event_type, a, b, True) for i, a in enumerate(ss) for b in ss[i + 1 :])
    return out


def in_span(events: Iterable[Any], span: tuple[int, int]) -> list[Any]:
    """The events whose trigger starts inside ``span`` (character offsets of one sentence)."""
    return [e for e in events if span[0] <= e.char_span[0] < span[1]]


def matches(pair: Pair, label: Label, *, typed: bool = True) -> bool:
    """The pair is this label's event: same type (when ``typed``), same countries, and the same
    direction unless the pair or the label is mutual."""
    etype, a, b, mutual = pair
    if typed and etype not in label.types:
        return False
    if mutual or label.mutual:
        return {a, b} == {label.src, label.tgt}
    return (a, b) == (label.src, label.tgt)


@dataclass
class Tally:
    """Counts over many items; ``add`` one item at a time."""

    items: int = 0
    coded: int = 0
    right: int = 0
    right_any: int = 0
    required: int = 0
    found: int = 0
    found_any: int = 0
    empty_items: int = 0  # items labelled with no event at all
    empty_coded: int = 0  # ... of which got at least one coded pair
    required_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)

    def add(self, got: set[Pair], labels: list[Label]) -> tuple[list[Pair], list[Label]]:
        """Count one item; return its wrong pairs and missed required labels (for reports)."""
        self.items += 1
        wrong = []
        for p in sorted(got):
            self.coded += 1
            ok = any(matches(p, lab) for lab in labels)
            self.right += ok
            self.right_any += any(matches(p, lab, typed=False) for lab in labels)
            if not ok:
                wrong.append(p)
        missed = []
        for lab in labels:
            if lab.optional:
                continue
            self.required += 1
            self.required_by_type[lab.types[0]] += 1
            hit = any(matches(p, lab) for p in got)
            self.found += hit
            self.found_by_type[lab.types[0]] += hit
            self.found_any += any(matches(p, lab, typed=False) for p in got)
            if not hit:
                missed.append(lab)
        if not labels:
            self.empty_items += 1
            self.empty_coded += bool(got)
        return wrong, missed

    @property
    def precision(self) -> float:
        return self.right / max(self.coded, 1)

    @property
    def precision_any(self) -> float:
        return self.right_any / max(self.coded, 1)

    @property
    def recall(self) -> float:
        return self.found / max(self.required, 1)

    @property
    def recall_any(self) -> float:
        return self.found_any / max(self.required, 1)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def f1_any(self) -> float:
        return _f1(self.precision_any, self.recall_any)

    def recall_by_type(self) -> dict[str, tuple[int, int]]:
        """Type → (found, required), by the first type written in each required label."""
        return {t: (self.found_by_type[t], n) for t, n in sorted(self.required_by_type.items())}

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "coded_pairs": self.coded,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "precision_pair_only": round(self.precision_any, 3),
            "recall_pair_only": round(self.recall_any, 3),
            "f1_pair_only": round(self.f1_any, 3),
            "required_labels": self.required,
            "found": self.found,
            "no_event_items": self.empty_items,
            "no_event_items_coded": self.empty_coded,
            "recall_by_type": {t: list(v) for t, v in self.recall_by_type().items()},
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def locate(
    sentence: str, text: str, start: int = 0, *, near: int | None = None
) -> tuple[int, int] | None:
    """Where ``sentence`` stands in ``text`` at or after ``start``, letting any run of
    whitespace match any other (cleaning collapses spaces and line breaks), or None.

    With ``near``, of several occurrences the one starting closest to ``near`` is taken: a label
    stores offsets into the source record, and the cleaned text is that record a little shorter.
    """
    words = sentence.split()
    if not words:
        return None
    rx = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [(m.start(), m.end()) for m in rx.finditer(text, start)]
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda span: abs(span[0] - near))
