"""News and history in real corpora: how many coded events are ``historical`` (background, not
news) and what the relation series count once they are left out.

    PYTHONPATH=src .venv/bin/python bench/history_check.py [--items 3000] [--json OUT]

Two corpora from ../shared (read there, never written into the repository) are ingested with
``detente.corpus.run`` into temporary stores:

- Wikinews: every article of ``corpus/wikinews/articles.jsonl`` (293 full articles with their
  publication dates, the kind of text where background and news mix);
- Current Events: a fixed slice, the last ``--items`` items (3,000 by default) of the working
  subset of ``bench/current_events.py`` (items naming the countries of its five dyads), in
  corpus order. Each item is one or two sentences dated by the portal's day.

For each store it prints the events, the share of them that is historical, the dates'
precisions, and for PRK-RUS, RUS-UKR, CHN-USA and PRK-USA the asserted non-historical events
(stored events in either direction, a mutual event counting for every pair of its parties) and
the units the relation series counts (``detente relations A B``: one per story, type and
direction), then the same for the eight pairs with the most asserted events. ``--json`` also
keeps every event dated before its publication day (document, date, precision, historical,
sentence), so that two runs can be compared event by event. Run it on two checkouts (PYTHONPATH pointing at each ``src``) to compare a change
of the coder's dating; the slice and the order are fixed, so the inputs are the same.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from current_events import subset  # bench/ is on sys.path when this file runs as a script
from detente.config import Options
from detente.corpus import run
from detente.model import Event
from detente.pipeline import Resources
from detente.relations import dyad_series
from detente.store import Store
from detente.store.queries import EventFilter

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews" / "articles.jsonl"
DYADS = [("PRK", "RUS"), ("RUS", "UKR"), ("CHN", "USA"), ("PRK", "USA")]


def measure(store: Store) -> dict[str, Any]:
    """Shares of historical events and precisions, and the dyads' non-historical counts."""
    events = list(store.iter_events(EventFilter(include_hypothetical=True)))
    historical = sum(e.event.historical for e in events)
    asserted = [e for e in events if e.event.asserted]
    precisions = collections.Counter(e.event.date_precision or "none" for e in events)
    dyads = {}
    for a, b in DYADS:
        kept = store.events(dyad=(a, b), include_historical=False, limit=None)
        every = store.events(dyad=(a, b), include_historical=True, limit=None)
        series = dyad_series(store, a, b, by="year")
        dyads[f"{a}-{b}"] = {
            "asserted": len(every),
            "asserted_not_historical": len(kept),
            "series_units": len(series.units),
        }
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    news: collections.Counter[tuple[str, str]] = collections.Counter()
    for e in asserted:
        for pair in _pairs(e.event):
            pairs[pair] += 1
            news[pair] += not e.event.historical
    return {
        "events": len(events),
        "top_dyads": {
            "-".join(p): {"asserted": n, "asserted_not_historical": news[p]}
            for p, n in pairs.most_common(8)
        },
        "dated_before_publication": [
            [
                e.document_id[:19],
                e.event.date.isoformat() if e.event.date else None,
                e.event.date_precision,
                e.event.historical,
                e.event.sentence[:160],
            ]
            for e in events
            if e.event.date is not None and e.published is not None and e.event.date < e.published
        ],
        "historical": historical,
        "historical_share": round(historical / len(events), 4) if events else None,
        "asserted": len(asserted),
        "asserted_historical": sum(e.event.historical for e in asserted),
        "precision": dict(sorted(precisions.items())),
        "dyads": dyads,
    }


def _pairs(event: Event) -> set[tuple[str, str]]:
    """Undirected country pairs of an event, as the relation series pairs its parties."""
    src = {a.code for a in event.source if a.code}
    tgt = src if event.mutual else {a.code for a in event.target if a.code}
    return {tuple(sorted((a, b))) for a in src for b in tgt if a != b}  # type: ignore[misc]


def ingest(source: Path, db: Path, resources: Resources) -> dict[str, Any]:
    with Store(db) as store:
        summary = run([source], store, resources=resources)
        out = measure(store)
    out["documents"] = summary.stored
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000, help="Current Events items")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    resources = Resources.load(Options(check_language=False))
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "current-events.jsonl"
        with items.open("w", encoding="utf-8") as fh:
            for rec in subset()[-args.items :]:
                fh.write(json.dumps({"id": rec["id"], "text": rec["text"], "date": rec["date"]}))
                fh.write("\n")
        report["wikinews"] = ingest(WIKINEWS, Path(tmp) / "wikinews.db", resources)
        report["current_events"] = ingest(items, Path(tmp) / "ce.db", resources)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, figures in report.items():
        print(
            f"{name}: {figures['documents']} documents, {figures['events']} events, "
            f"historical {figures['historical']} ({figures['historical_share']:.1%}); "
            f"asserted {figures['asserted']}, of them historical {figures['asserted_historical']}"
        )
        print(f"  precisions: {figures['precision']}")
        for dyad, d in [*figures["dyads"].items(), *figures["top_dyads"].items()]:
            print(
                f"  {dyad}: asserted {d['asserted']}, not historical "
                f"{d['asserted_not_historical']}"
                + (f", series units {d['series_units']}" if "series_units" in d else "")
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
