"""The event coder on hand-labelled real-news sentences, scored through ``detente analyze --json``:
the real-news TUNE set by default, or any labels file written the same way.

    .venv/bin/python bench/sentence_labels.py [--labels bench/data/tune_labels.tsv] [--json] [-v]

A labels file (``bench/data/tune_labels.tsv``, ``bench/data/wikinews_labels.tsv``) has one row per
sentence: record id, character offsets into the record's ``text``, a hash of the sentence, a
stratum and the asserted dyadic events a careful coder gives it. A row's record is found by its
id in the shared corpora: Wikinews articles (``wikinews:...``) or Current Events items
(``wcep:...``, one or two sentences each, labelled whole), or long-form articles of the other
tasks' development gold (``cnndm:...``, ``polnear:...``, see ``longform_records``). The text is read from ../shared and
never written into the repository.

1. The labelled records are written, unchanged (a Current Events item as ``id``, ``date`` and
   ``text``), to a scratch JSON Lines file and ``detente analyze FILE --json`` is run on it: the
   same reader, extraction, parser and coder a user gets.
2. Each labelled sentence is found in the analysed text (extraction collapses whitespace and
   drops the dateline); the coded events whose trigger lies in it are reduced to country pairs
   and scored as ``detente.evaluate.dyadic`` counts: precision and recall of asserted dyadic
   events with type and direction right, the same for the country pair only, F1, the labelled
   no-event sentences that got a pair, and recall per type; over all rows and per stratum.

``-v`` lists each sentence's wrong pairs and missed labels. It is refused on the check sets
(their sentences are for measuring only, never for writing rules against).
"""

from __future__ import annotations

import argparse
import gzip
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
SHARED = ROOT.parent / "shared" / "corpus"
WIKINEWS = SHARED / "wikinews" / "articles.jsonl"
CURRENT_EVENTS = SHARED / "current-events" / "items.jsonl.gz"
GOLD = ROOT.parent / "shared" / "gold"
CNNDM = GOLD / "keypoints" / "cnndm-dev.jsonl"
POLNEAR = GOLD / "quotes" / "polnear-dev" / "text"
LABELS = ROOT / "bench" / "data" / "tune_labels.tsv"
CHECK_SETS = {"wikinews_labels.tsv", "current_events_labels.tsv"}
STRATA = {
    "A": "Wikinews stratum A (two countries or more)",
    "B": "Wikinews stratum B (other sentences)",
    "C": "Current Events items",
    "L": "long-form stratum A (two countries or more)",
    "M": "long-form stratum M (other sentences)",
}


def parse_rows(path: Path) -> list[dict]:
    """One row per labelled sentence: id, span, hash, stratum, labels."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.count("\t") < 4:
            # the Current Events item labels (id, events) are scored by bench/current_events.py
            raise SystemExit(
                f"{path}:{n}: not a sentence-label row (id, start, end, sha1, stratum, events)"
            )
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


def load_records(ids: set[str]) -> dict[str, dict]:
    """The records of ``ids`` from the shared corpora, keyed by id (absent ids are left out)."""
    records: dict[str, dict] = {}
    if any(i.startswith("wikinews:") for i in ids) and WIKINEWS.exists():
        for line in WIKINEWS.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in ids:
                records[rec["id"]] = rec
    if any(i.startswith("wcep:") for i in ids) and CURRENT_EVENTS.exists():
        with gzip.open(CURRENT_EVENTS, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    records[rec["id"]] = {k: rec[k] for k in ("id", "date", "text")}
    if any(i.startswith(("cnndm:", "polnear:")) for i in ids):
        records.update({k: v for k, v in longform_records().items() if k in ids})
    return records


def longform_records() -> dict[str, dict]:
    """The long-form news articles of the development gold sets for other tasks, as article
    records: CNN and Daily Mail stories (``cnndm:<id>``, the key-point set, no date given) and the
    US political news of PolNeAR (``polnear:<file>``, the quotation set; its first line is the
    title, the date is in the file name). Neither set has event labels; both are long articles in
    the register of the Wikinews check set, which is why the long-form tune set draws on them."""
    records: dict[str, dict] = {}
    if CNNDM.exists():
        for line in CNNDM.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            records[f"cnndm:{rec['id']}"] = {"id": f"cnndm:{rec['id']}", "text": rec["article"]}
    if POLNEAR.is_dir():
        for path in sorted(POLNEAR.glob("*.txt")):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            rid = f"polnear:{path.stem}"
            date = path.stem.split("_")[1]
            records[rid] = {"id": rid, "title": title.strip(), "date": date, "text": text}
    return records


def stale_rows(rows: list[dict], records: dict[str, dict]) -> list[dict]:
    """The rows whose record is missing or whose sentence no longer has the stored hash."""
    return [r for r in rows if r["id"] not in records or _sha1(records, r) != r["sha1"]]


def _sha1(records: dict[str, dict], row: dict) -> str:
    text = records[row["id"]]["text"][row["span"][0] : row["span"][1]]
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[: len(row["sha1"])]


def analyze(records: list[dict]) -> dict[str, dict]:
    """``detente analyze --json`` over the records; its output keyed by record id."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        # the checkout's code, unless PYTHONPATH names another tree to compare with (a
        # baseline measured in the same run: PYTHONPATH=/tmp/old/src)
        path = [p for p in (os.environ.get("PYTHONPATH"), str(ROOT / "src")) if p]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
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


def score(
    rows: list[dict], records: dict[str, dict], verbose: bool, strata: tuple[str, ...] = ()
) -> dict[str, Tally]:
    """Tallies over all rows and per stratum: ``strata`` first, then any other in the order it
    first appears."""
    analyses = analyze([records[i] for i in dict.fromkeys(r["id"] for r in rows)])
    events = {k: [Event.from_dict(e) for e in a["events"]] for k, a in analyses.items()}
    tallies = {"all": Tally(), **{s: Tally() for s in (*strata, *(r["stratum"] for r in rows))}}
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


def print_tally(name: str, t: Tally) -> None:
    """The figures of one tally, as the benches print them."""
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


def print_recall_by_type(t: Tally) -> None:
    recall = "  ".join(f"{k} {f}/{n}" for k, (f, n) in t.recall_by_type().items())
    print(f"recall by type (first type of each required label): {recall}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="each sentence's pairs (tune sets only)"
    )
    args = parser.parse_args()
    if args.verbose and args.labels.name in CHECK_SETS:
        print(f"{args.labels.name} is a check set: no per-sentence report", file=sys.stderr)
        return 2
    rows = parse_rows(args.labels)
    records = load_records({r["id"] for r in rows})
    if not records:
        print(f"{SHARED} is absent: this benchmark reads the shared corpora", file=sys.stderr)
        return 2
    stale = stale_rows(rows, records)
    if stale:
        print(f"{len(stale)} labelled sentences changed or missing (corpus changed?)")
        return 1
    tallies = score(rows, records, args.verbose)
    if args.json:
        print(json.dumps({k: t.to_dict() for k, t in tallies.items()}, indent=2))
        return 0
    for key, t in tallies.items():
        print_tally("all sentences" if key == "all" else STRATA.get(key, key), t)
    print_recall_by_type(tallies["all"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
