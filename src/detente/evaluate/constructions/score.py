"""Scoring coded events against a case's expected events; no model needed.

Definitions (per sentence, then per construction):

* An expected event is **matched** by a coded event of the same type whose source codes and target
  codes are exactly the expected sets (a role written ``*`` is not checked; a mutual expectation
  compares all parties regardless of role, as the contract codes meetings and clashes), whose
  status is one of the acceptable ones (``asserted`` = neither negated, hypothetical nor future;
  ``unasserted`` = any of those), whose ``historical`` flag agrees when the expectation gives one,
  and whose CAMEO code starts with the expected prefix when one is given. Actors without a code
  (unresolved words) are left out of the sets.
* A coded event is **spurious** when it is asserted and matches neither an expected event nor one
  of the case's acceptable extras (``also``). Unasserted extras are never spurious: a sentence
  that names a plan inside a request may code the plan as a plan.
* A sentence **passes** when every required expected event is matched and nothing is spurious;
  a crash fails it.
* **Type recall** is the share of required expected events whose type is among the coded events
  (any actors, any status): the coder saw the right kind of act, whatever else went wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...model import Event
from .generate import Case, Expected

__all__ = [
    "CaseResult",
    "ConstructionScore",
    "SuiteReport",
    "describe_event",
    "matches",
    "score_case",
    "summarise",
]


def _codes(actors: Sequence[Any]) -> set[str]:
    return {str(a.code).upper() for a in actors if a.code}


def _status_ok(exp: Expected, ev: Event) -> bool:
    flags = {
        "asserted": ev.asserted,
        "unasserted": not ev.asserted,
        "negated": ev.negated,
        "hypothetical": ev.hypothetical,
        "future": ev.future,
    }
    return any(flags[s] for s in exp.status)


def _actors_ok(exp: Expected, ev: Event) -> bool:
    src, tgt = _codes(ev.source), _codes(ev.target)
    if exp.mutual:
        return exp.source is None or set(exp.source) == src | tgt
    if exp.source is not None and set(exp.source) != src:
        return False
    return exp.target is None or set(exp.target) == tgt


def matches(exp: Expected, ev: Event) -> bool:
    """Whether the coded event is the expected one (see the module docstring)."""
    return (
        ev.event_type == exp.type
        and _actors_ok(exp, ev)
        and _status_ok(exp, ev)
        and (exp.historical is None or ev.historical == exp.historical)
        and (exp.cameo is None or ev.cameo.startswith(exp.cameo))
    )


def describe_event(ev: Event) -> str:
    """``ASSAULT RUS->UKR [hypothetical] (strike.v:ASSAULT)``: what a report shows of an event."""
    src = "+".join(sorted(_codes(ev.source))) or "-"
    tgt = "+".join(sorted(_codes(ev.target))) or "-"
    who = f"{{{src}}}" if ev.mutual and not ev.target else f"{src}->{tgt}"
    flags = [n for n in ("negated", "hypothetical", "future", "historical") if getattr(ev, n)]
    return f"{ev.event_type} {who} [{'/'.join(flags) or 'asserted'}] cameo {ev.cameo} ({ev.rule})"


@dataclass(slots=True)
class CaseResult:
    """How one sentence was coded and how that compares with what was expected."""

    case: Case
    events: list[Event]
    matched: list[bool]
    type_found: list[bool]
    spurious: list[Event]
    error: str | None = None

    @property
    def passed(self) -> bool:
        required_ok = all(
            m or e.optional for m, e in zip(self.matched, self.case.expect, strict=True)
        )
        return self.error is None and required_ok and not self.spurious

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.case.id,
            "text": self.case.text,
            "date": self.case.date,
            "verb": self.case.verb,
            "expected": [e.describe() for e in self.case.expect],
            "missed": [
                e.describe()
                for e, m in zip(self.case.expect, self.matched, strict=True)
                if not m and not e.optional
            ],
            "coded": [describe_event(ev) for ev in self.events],
            "spurious": [describe_event(ev) for ev in self.spurious],
            "error": self.error,
        }


def score_case(case: Case, events: Sequence[Event], error: str | None = None) -> CaseResult:
    """Match one sentence's coded events against its expectations."""
    events = list(events)
    matched = [any(matches(e, ev) for ev in events) for e in case.expect]
    type_found = [any(ev.event_type == e.type for ev in events) for e in case.expect]
    known = case.expect + case.also
    spurious = [ev for ev in events if ev.asserted and not any(matches(e, ev) for e in known)]
    return CaseResult(case, events, matched, type_found, spurious, error)


@dataclass(slots=True)
class ConstructionScore:
    """The figures of one construction."""

    id: str
    sentences: int
    passed: int
    expected: int
    matched: int
    type_found: int
    spurious_sentences: int
    spurious_events: int
    crashes: int

    @property
    def pass_rate(self) -> float:
        return self.passed / self.sentences if self.sentences else 0.0

    @property
    def type_recall(self) -> float:
        return self.type_found / self.expected if self.expected else 1.0

    @property
    def event_recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentences": self.sentences,
            "passed": self.passed,
            "pass_rate": round(self.pass_rate, 4),
            "expected_events": self.expected,
            "event_recall": round(self.event_recall, 4),
            "type_recall": round(self.type_recall, 4),
            "spurious_sentences": self.spurious_sentences,
            "spurious_events": self.spurious_events,
            "crashes": self.crashes,
        }


def _aggregate(ident: str, results: Sequence[CaseResult]) -> ConstructionScore:
    expected = matched = type_found = 0
    for r in results:
        for e, m, t in zip(r.case.expect, r.matched, r.type_found, strict=True):
            if e.optional:
                continue
            expected += 1
            matched += m
            type_found += t
    return ConstructionScore(
        id=ident,
        sentences=len(results),
        passed=sum(r.passed for r in results),
        expected=expected,
        matched=matched,
        type_found=type_found,
        spurious_sentences=sum(1 for r in results if r.spurious),
        spurious_events=sum(len(r.spurious) for r in results),
        crashes=sum(1 for r in results if r.error is not None),
    )


@dataclass(slots=True)
class SuiteReport:
    """Per-construction figures, the totals over all sentences, and every case's result."""

    constructions: list[ConstructionScore]
    total: ConstructionScore
    results: list[CaseResult] = field(default_factory=list)
    seconds: float = 0.0

    def failures(self, construction: str, n: int = 3) -> list[CaseResult]:
        """The first ``n`` failing sentences of a construction, spread over its templates."""
        failing = [r for r in self.results if r.case.construction == construction and not r.passed]
        picked: list[CaseResult] = []
        by_template: dict[int, list[CaseResult]] = {}
        for r in failing:
            by_template.setdefault(r.case.template, []).append(r)
        depth = 0
        while len(picked) < n and any(len(v) > depth for v in by_template.values()):
            for rs in by_template.values():
                if len(rs) > depth and len(picked) < n:
                    picked.append(rs[depth])
            depth += 1
        return picked

    def templates(self, construction: str) -> list[dict[str, Any]]:
        """Pass rates of a construction's templates: where inside it the failures lie."""
        rows: dict[int, list[CaseResult]] = {}
        for r in self.results:
            if r.case.construction == construction:
                rows.setdefault(r.case.template, []).append(r)
        return [
            {
                "template": index,
                "pattern": rs[0].case.pattern,
                "sentences": len(rs),
                "pass_rate": round(sum(r.passed for r in rs) / len(rs), 4),
            }
            for index, rs in sorted(rows.items())
        ]

    def to_dict(self, failures: int = 3) -> dict[str, Any]:
        return {
            "sentences": self.total.sentences,
            "seconds": round(self.seconds, 2),
            "total": self.total.to_dict(),
            "constructions": [
                {
                    **c.to_dict(),
                    "templates": self.templates(c.id),
                    "failures": [r.to_dict() for r in self.failures(c.id, failures)],
                }
                for c in self.constructions
            ],
        }


def summarise(results: Sequence[CaseResult], seconds: float = 0.0) -> SuiteReport:
    """Aggregate case results by construction (in order of first appearance) and overall."""
    groups: dict[str, list[CaseResult]] = {}
    for r in results:
        groups.setdefault(r.case.construction, []).append(r)
    return SuiteReport(
        constructions=[_aggregate(k, v) for k, v in groups.items()],
        total=_aggregate("total", results),
        results=list(results),
        seconds=seconds,
    )
