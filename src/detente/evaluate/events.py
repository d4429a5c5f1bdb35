"""Scoring the event coder against the PLOVER gold standard records (JSON Lines).

How the figures are defined, so that they can be compared across runs and with other tools:

* **One gold event per sentence.** The PLOVER gold records code one event per sentence; detente
  may code several. Each sentence is scored on detente's **primary event**, chosen without looking
  at the gold: asserted events first (an announcement, denial or threat the sentence states
  outright beats the action it only announces), then the event whose trigger is nearest the root
  of the dependency tree (the main clause; a relative, adverbial or participial clause counts as
  three steps), then the higher confidence, then the earlier trigger.
  A sentence with no event counts as a miss for type and actors (shown as ``-`` in the confusion
  table). For transparency the report also gives the share of sentences where *any* coded event
  has the gold type (an upper bound, not the headline).
* **Type names** of the older gold (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) are mapped to PLOVER 2.0
  (REQUEST, ACCUSE, ACCUSE, ASSAULT) through the ontology's ``type_aliases``.
* **Actor-country F1** is micro-averaged over (role, code) pairs: every distinct source code and
  every distinct target code of the gold event against those of the primary event, so a right
  country in the wrong role counts as both a false positive and a false negative. Gold codes are
  CAMEO's (JAP, ROM, ...), mapped to ISO3 by the catalogue; non-state codes (IGO, NGO, IMG, ...)
  are kept. A detente actor scores by its country code; an international body by its sector
  (IGO or NGO); other non-state codes (IMG) as they are. Gold recipients that are not actor lists
  (a stray string in a few records) count as no recipient. detente's own codes for named bodies
  (UN, NATO, EU, ...) score as IGO, or NGO when the actor's sector says so. A role-free variant (codes only) is
  reported too.
* **Mode accuracy** is over the gold events that have a mode, after mapping old mode names
  (demo-org → demo, strike-hun → hunger, ...) through the ontology's ``mode_aliases``.
* **Crashes** are sentences on which coding raised an exception; they are recorded and count as
  misses, and the run goes on.
* **Tune and check halves.** ``split_of`` puts every gold record, once and for all, in a ``tune``
  or a ``check`` half by the sha256 of its id (of its text when it has none), so the halves do
  not move when records are added, reordered or edited elsewhere. Rules are written against
  tune only: a rule, a data layer or a threshold is judged on the tune figures, and the check
  figures say afterwards whether the gain carries over to sentences nobody looked at. The report
  gives the whole set and both halves; the command's ``--min-…`` floors gate the check half.
"""

from __future__ import annotations

import hashlib
import json
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Actor, Event

__all__ = [
    "HALVES",
    "EventReport",
    "GoldEvent",
    "actor_code",
    "evaluate_events",
    "load_plover_gold",
    "primary_event",
    "score",
    "split_of",
]

NONSTATE = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})
_BACKGROUND = frozenset({"relcl", "acl", "advcl"})
HALVES = ("tune", "check")


def split_of(record: Mapping[str, Any]) -> str:
    """The half (``tune`` or ``check``) a gold record belongs to: the parity of the first byte of
    the sha256 of its ``id``, or of its ``text`` when it has no id.

    Rules are written against tune only. Hashing the record's own key, rather than its position,
    keeps each record in its half whatever happens to the rest of the file."""
    key = str(record.get("id") or "").strip() or str(record.get("text") or "")
    return HALVES[hashlib.sha256(key.encode("utf-8")).digest()[0] % 2]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold record, normalised to PLOVER 2.0 names and ISO3 / non-state codes."""

    id: str
    text: str
    event_type: str
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    half: str = "tune"  # split_of(record)


@dataclass(slots=True)
class Prediction:
    """What detente made of one gold sentence."""

    gold: GoldEvent
    events: list[Event]
    primary: Event | None
    error: str | None = None


@dataclass(slots=True)
class EventReport:
    """The figures of one evaluation run; ``to_dict`` is the ``--json`` output."""

    gold_path: str
    sentences: int
    type_accuracy: float
    any_type_recall: float
    actor_precision: float
    actor_recall: float
    actor_f1: float
    actor_f1_any_role: float
    mode_accuracy: float
    mode_sentences: int
    crashes: int
    no_event: int
    confusion: dict[str, dict[str, int]]
    per_type: dict[str, dict[str, float]]
    seconds: float
    errors: list[dict[str, Any]] = field(default_factory=list)
    crash_details: list[dict[str, str]] = field(default_factory=list)
    split: str = "all"  # the records scored: all, tune or check
    halves: dict[str, EventReport] = field(default_factory=dict)  # with split "all"

    def headline(self) -> dict[str, Any]:
        """The figures compared across halves (no confusion table, no error list)."""
        return {
            "sentences": self.sentences,
            "type_accuracy": round(self.type_accuracy, 4),
            "any_type_recall": round(self.any_type_recall, 4),
            "actor_precision": round(self.actor_precision, 4),
            "actor_recall": round(self.actor_recall, 4),
            "actor_f1": round(self.actor_f1, 4),
            "actor_f1_any_role": round(self.actor_f1_any_role, 4),
            "mode_accuracy": round(self.mode_accuracy, 4),
            "mode_sentences": self.mode_sentences,
            "crashes": self.crashes,
            "no_event": self.no_event,
        }

    def gated(self) -> EventReport:
        """The report the ``--min-…`` floors apply to: the check half when both halves were
        scored and it holds sentences, else this one."""
        check = self.halves.get("check")
        return check if check is not None and check.sentences else self

    def top_confusions(self, n: int = 10) -> list[tuple[str, str, int]]:
        pairs = [
            (g, p, c)
            for g, row in self.confusion.items()
            for p, c in row.items()
            if g != p and c > 0
        ]
        return sorted(pairs, key=lambda x: (-x[2], x[0], x[1]))[:n]

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "split": self.split,
            "halves": {h: r.headline() for h, r in self.halves.items()},
            **self.headline(),
            "confusion": self.confusion,
            "per_type": self.per_type,
            "top_confusions": [list(x) for x in self.top_confusions()],
            "seconds": round(self.seconds, 2),
            "crash_details": self.crash_details,
            "errors": self.errors,
        }


def _codes(value: Any, iso3: Callable[[str], str | None]) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for item in value:
        if not isinstance(item, dict):
            continue
        code = str(item.get("code") or "").strip().upper()
        if not code:
            continue
        norm = code if code in NONSTATE else (iso3(code) or code)
        if norm not in out:
            out.append(norm)
    return tuple(out)


def load_plover_gold(
    path: Path, *, iso3: Callable[[str], str | None], onto: Any | None = None
) -> list[GoldEvent]:
    """Read PLOVER gold JSON Lines (``text``, ``event``, ``mode``, ``actor``, ``recipient``).

    ``iso3`` maps a CAMEO or ISO3 country code to ISO3 (``Catalogue.iso3_from_cameo``). A file
    that cannot be read or holds a malformed line is an ``InputError`` (E110) naming the line.
    """
    from ..events.ontology import ontology

    onto = onto or ontology()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"gold set {path} cannot be read: {exc}", code="E110") from exc
    gold: list[GoldEvent] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = str(rec["text"])  # as given: `detente code` does not strip it
            event_type = onto.normalise_type(str(rec["event"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"gold set {path} line {n}: {exc}", code="E110") from None
        if event_type not in onto.types:
            raise InputError(
                f"gold set {path} line {n}: unknown event type {rec['event']!r}", code="E110"
            )
        gold.append(
            GoldEvent(
                id=str(rec.get("id") or f"line-{n}"),
                text=text,
                event_type=event_type,
                mode=onto.normalise_mode(rec.get("mode")),
                sources=_codes(rec.get("actor"), iso3),
                targets=_codes(rec.get("recipient"), iso3),
                half=split_of(rec),
            )
        )
    if not gold:
        raise InputError(f"gold set {path} holds no records", code="E110")
    return gold


def actor_code(actor: Actor, iso3: Callable[[str], str | None]) -> str | None:
    """The code an actor scores by: its country, else IGO/NGO for international bodies."""
    code = (actor.code or "").upper()
    if not code:
        return None
    if code in NONSTATE:
        return code
    country = iso3(code)
    if country == code:
        return code
    # an international body (UN, NATO, EU, ...) or one of its parts ("U.N. helicopters")
    return "NGO" if actor.sector == "NGO" else "IGO"


def primary_event(events: Sequence[Event], depth: Callable[[Event], int]) -> Event | None:
    """The event a sentence is scored on (see the module docstring)."""
    if not events:
        return None
    return min(
        events,
        key=lambda e: (not e.asserted, depth(e), -e.confidence, e.char_span[0]),
    )


def _pairs(sources: Iterable[str], targets: Iterable[str]) -> set[tuple[str, str]]:
    return {("source", c) for c in sources} | {("target", c) for c in targets}


def score(
    predictions: Sequence[Prediction],
    *,
    iso3: Callable[[str], str | None],
    gold_path: str = "",
    seconds: float = 0.0,
) -> EventReport:
    """Aggregate per-sentence predictions into the report's figures."""
    n = len(predictions)
    right_type = any_type = 0
    tp = fp = fn = 0
    tp_any = fp_any = fn_any = 0
    mode_n = mode_right = 0
    crashes = no_event = 0
    confusion: dict[str, Counter[str]] = {}
    per_type_total: Counter[str] = Counter()
    per_type_right: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    crash_details: list[dict[str, str]] = []
    for p in predictions:
        g = p.gold
        ev = p.primary
        if p.error is not None:
            crashes += 1
            crash_details.append({"id": g.id, "error": p.error})
        predicted_type = ev.event_type if ev is not None else "-"
        if ev is None:
            no_event += 1
        confusion.setdefault(g.event_type, Counter())[predicted_type] += 1
        per_type_total[g.event_type] += 1
        ok = predicted_type == g.event_type
        right_type += ok
        per_type_right[g.event_type] += ok
        any_type += any(e.event_type == g.event_type for e in p.events)
        gold_pairs = _pairs(g.sources, g.targets)
        if ev is not None:
            src = [c for c in (actor_code(a, iso3) for a in ev.source) if c]
            tgt = [c for c in (actor_code(a, iso3) for a in ev.target) if c]
        else:
            src, tgt = [], []
        pred_pairs = _pairs(src, tgt)
        tp += len(gold_pairs & pred_pairs)
        fp += len(pred_pairs - gold_pairs)
        fn += len(gold_pairs - pred_pairs)
        gold_any = set(g.sources) | set(g.targets)
        pred_any = set(src) | set(tgt)
        tp_any += len(gold_any & pred_any)
        fp_any += len(pred_any - gold_any)
        fn_any += len(gold_any - pred_any)
        if g.mode is not None:
            mode_n += 1
            mode_right += ev is not None and ev.mode == g.mode
        if not ok or gold_pairs != pred_pairs:
            errors.append(
                {
                    "id": g.id,
                    "half": g.half,
                    # the check half is for checking: its sentences are not shown, so that
                    # nobody writes a rule from them by accident
                    "text": g.text if g.half == "tune" else None,
                    "gold": {
                        "type": g.event_type,
                        "mode": g.mode,
                        "source": list(g.sources),
                        "target": list(g.targets),
                    },
                    "predicted": None
                    if ev is None
                    else {
                        "type": ev.event_type,
                        "mode": ev.mode,
                        "cameo": ev.cameo,
                        "source": src,
                        "target": tgt,
                        "trigger": ev.trigger,
                        "rule": ev.rule,
                    },
                }
            )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    pa = tp_any / (tp_any + fp_any) if tp_any + fp_any else 0.0
    ra = tp_any / (tp_any + fn_any) if tp_any + fn_any else 0.0
    f1_any = 2 * pa * ra / (pa + ra) if pa + ra else 0.0
    return EventReport(
        gold_path=gold_path,
        sentences=n,
        type_accuracy=right_type / n if n else 0.0,
        any_type_recall=any_type / n if n else 0.0,
        actor_precision=precision,
        actor_recall=recall,
        actor_f1=f1,
        actor_f1_any_role=f1_any,
        mode_accuracy=mode_right / mode_n if mode_n else 0.0,
        mode_sentences=mode_n,
        crashes=crashes,
        no_event=no_event,
        confusion={g: dict(sorted(row.items())) for g, row in sorted(confusion.items())},
        per_type={
            t: {
                "sentences": per_type_total[t],
                "accuracy": round(per_type_right[t] / per_type_total[t], 4),
            }
            for t in sorted(per_type_total)
        },
        seconds=seconds,
        errors=errors,
        crash_details=crash_details,
    )


def evaluate_events(
    gold_path: Path,
    resources: Any,
    *,
    split: str = "all",
    progress: Callable[[int, int], None] | None = None,
) -> EventReport:
    """Code every gold sentence of ``split`` (all, tune or check; see ``split_of``) with
    ``resources`` and score the primary events; with ``all`` the report holds both halves too."""
    from ..pipeline import analyze_doc

    if split not in ("all", *HALVES):
        raise InputError(f"split {split!r} is not one of all, {', '.join(HALVES)}", code="E110")
    catalogue = resources.catalogue
    iso3 = catalogue.iso3_from_cameo
    gold = load_plover_gold(gold_path, iso3=iso3)
    if split != "all":
        gold = [g for g in gold if g.half == split]
    started = time.perf_counter()
    predictions: list[Prediction] = []
    docs = resources.parser.pipe([g.text for g in gold], batch_size=64)
    for i, (g, doc) in enumerate(zip(gold, docs, strict=True)):
        try:
            events = list(analyze_doc(doc, resources, None).events)

            def depth(ev: Event, doc: Any = doc) -> int:
                span = doc.char_span(ev.char_span[0], ev.char_span[1], alignment_mode="expand")
                tok = span.root if span is not None else doc[0]
                hops = 0
                while tok.head.i != tok.i and hops < 50:
                    # background clauses (relative, adverbial, participial) weigh more
                    hops += 3 if tok.dep_ in _BACKGROUND else 1
                    tok = tok.head
                return hops

            predictions.append(Prediction(g, events, primary_event(events, depth)))
        except Exception as exc:  # a crash is a finding, not the end of the run
            detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
            last = traceback.extract_tb(exc.__traceback__)[-1]
            predictions.append(
                Prediction(
                    g, [], None, error=f"{detail} ({Path(last.filename).name}:{last.lineno})"
                )
            )
        if progress is not None:
            progress(i + 1, len(gold))
    seconds = time.perf_counter() - started
    report = score(predictions, iso3=iso3, gold_path=str(gold_path), seconds=seconds)
    report.split = split
    if split == "all":
        for half in HALVES:
            part = [p for p in predictions if p.gold.half == half]
            report.halves[half] = score(part, iso3=iso3, gold_path=str(gold_path))
            report.halves[half].split = half
    return report
