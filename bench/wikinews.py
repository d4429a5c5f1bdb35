"""The event coder on a second check set: asserted dyadic events in 320 hand-labelled sentences
of Wikinews articles (2019-2020), scored through ``detente analyze --json``.

    .venv/bin/python bench/wikinews.py [--labels bench/data/wikinews_labels.tsv] [--json] [-v]

The corpus (CC BY 2.5 Wikinews text) is read from ../shared and never written into the
repository; the labels file holds ids, offsets, a hash of each sentence and codes only. Its
header explains the seeded, stratified draw (``scripts/draw_wikinews_sample.py``) and the
labelling conventions.

1. The labelled articles' records are written, unchanged, to a scratch JSON Lines file and
   ``detente analyze FILE --json`` is run on it: the same reader, extraction, parser and coder a
   user gets.
2. Each labelled sentence (offsets into the record's ``text``) is found in the analysed text
   (extraction collapses whitespace and drops the dateline); the coded events whose trigger
   lies in it are reduced to country pairs and scored as ``detente.evaluate.dyadic`` does for
   ``bench/current_events.py``: precision and recall of asserted dyadic events with type and
   direction right, the same for the country pair only, F1, the labelled no-event sentences that
   got a pair, and recall per type.

The reading and scoring are ``bench/sentence_labels.py``'s, which scores the real-news tune set
(``bench/data/tune_labels.tsv``) the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sentence_labels import (
    WIKINEWS,
    load_records,
    parse_rows,
    print_recall_by_type,
    print_tally,
    score,
    stale_rows,
)

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "data" / "wikinews_labels.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not WIKINEWS.exists():
        print(f"{WIKINEWS} is absent: this benchmark reads the shared corpus", file=sys.stderr)
        return 2
    rows = parse_rows(args.labels)
    records = load_records({r["id"] for r in rows})
    if stale_rows(rows, records):
        print(
            f"{len(stale_rows(rows, records))} labelled sentences changed or missing (corpus changed?)"
        )
        return 1
    tallies = score(rows, records, args.verbose, strata=("A", "B"))
    if args.json:
        print(json.dumps({k: t.to_dict() for k, t in tallies.items()}, indent=2))
        return 0
    for key, t in tallies.items():
        print_tally({"all": "all sentences", "A": "stratum A", "B": "stratum B"}[key], t)
    print_recall_by_type(tallies["all"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
