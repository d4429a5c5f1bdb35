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
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from detente.evaluate.dyadic import Label, Tally, in_span, locate, pairs, parse_events
from detente.model import Event

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
LABELS = ROOT / "bench" / "data" / "wikinews_labels.tsv"


def parse_rows(path: Path) -> list[dict]:
    """One row per labelled sentence: id, span, hash, stratum, labels."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iid, start, end, sha, stratum, events = [*line.split("\t"), ""][:6]
        rows.append(
            {
                "id": iid,
                "span": (int(start), int(end)),
                "sha1": sha,
                "stratum": stratum,
                "labels": parse_events(events),
            }
        )
    return rows


def analyze(records: list[dict]) -> dict[str, dict]:
    """``detente analyze --json`` over the records; its output keyed by record id."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        out = subprocess.run(
            [sys.executable, "-m", "detente", "analyze", str(src), "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    if out.stderr.strip():
        print(out.stderr.strip(), file=sys.stderr)
    found = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return {a["external_id"]: a for a in found}


def score(rows: list[dict], records: dict[str, dict], verbose: bool) -> dict[str, Tally]:
    """Tallies over all rows and per stratum."""
    analyses = analyze([records[i] for i in dict.fromkeys(r["id"] for r in rows)])
    events = {k: [Event.from_dict(e) for e in a["events"]] for k, a in analyses.items()}
    tallies = {"all": Tally(), "A": Tally(), "B": Tally()}
    for row in rows:
        rec, analysis = records[row["id"]], analyses.get(row["id"])
        start, end = row["span"]
        span = locate(rec["text"][start:end], analysis["text"], near=start) if analysis else None
        if span is None:
            print(f"{row['id']} {start}: sentence not found in the analysed text", file=sys.stderr)
            continue
        got = pairs(in_span(events[row["id"]], span))
        for key in ("all", row["stratum"]):
            wrong, missed = tallies[key].add(got, row["labels"])
        if verbose:
            _report(row, wrong, missed)
    return tallies


def _report(row: dict, wrong: list, missed: list[Label]) -> None:
    where = f"{row['id']}:{row['span'][0]}"
    for etype, a, b, mutual in wrong:
        print(f"wrong  {where} {etype} {a}{'+' if mutual else '>'}{b}")
    for lab in missed:
        print(f"missed {where} {lab}")


def _sha1(records: dict[str, dict], row: dict) -> str:
    text = records[row["id"]]["text"][row["span"][0] : row["span"][1]]
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[: len(row["sha1"])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark reads the shared corpus", file=sys.stderr)
        return 2
    records = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        records[rec["id"]] = rec
    rows = parse_rows(args.labels)
    stale = [r for r in rows if r["id"] not in records or _sha1(records, r) != r["sha1"]]
    if stale:
        print(f"{len(stale)} labelled sentences changed or missing (corpus changed?)")
        return 1
    tallies = score(rows, records, args.verbose)
    if args.json:
        print(json.dumps({k: t.to_dict() for k, t in tallies.items()}, indent=2))
        return 0
    for key, t in tallies.items():
        name = {"all": "all sentences", "A": "stratum A", "B": "stratum B"}[key]
        print(
            f"{name}: {t.items} sentences, {t.required} required labels, "
            f"{t.coded} asserted dyadic pairs coded"
        )
        print(
            f"  type and direction: precision {t.precision:.3f}  recall {t.recall:.3f} "
            f"({t.found}/{t.required})  F1 {t.f1:.3f}"
        )
        print(
            f"  country pair only:  precision {t.precision_any:.3f}  recall {t.recall_any:.3f} "
            f"({t.found_any}/{t.required})  F1 {t.f1_any:.3f}"
        )
        print(f"  no-event sentences given a pair: {t.empty_coded}/{t.empty_items}")
    recall = "  ".join(f"{k} {f}/{n}" for k, (f, n) in tallies["all"].recall_by_type().items())
    print(f"recall by type (first type of each required label): {recall}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
