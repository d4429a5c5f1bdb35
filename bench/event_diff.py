"""What a change to the coder changes on news nobody labelled: the events of a seeded sample of
Current Events items, coded by two trees, and the items whose events differ.

    PYTHONPATH=/tmp/old/src .venv/bin/python bench/event_diff.py dump old.jsonl
    .venv/bin/python bench/event_diff.py dump new.jsonl
    .venv/bin/python bench/event_diff.py diff old.jsonl new.jsonl [--show 50]

``dump`` codes ``--items`` (default 4,000) items naming two or more countries, drawn by
``--seed`` (default 6) from the corpus in ../shared, leaving out the Current Events check set
(``bench/data/current_events_labels.tsv``) and the recent check set; each line holds the item's
id, text and events (type, CAMEO code, source > target, trigger, flags N/H/F/B). ``diff``
prints how many items changed and, with ``--show N``, a seeded draw of N of them for reading:
the way a round's net effect was judged (README, *Accuracy*). The corpus text is read from
../shared and the dumps belong in a scratch directory, never in the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "current-events" / "items.jsonl.gz"
CHECKS = [
    ROOT / "bench" / "data" / "current_events_labels.tsv",
    ROOT / "bench" / "data" / "recent_check_labels.tsv",
]


def _ids(path: Path) -> set[str]:
    return {
        line.split("\t")[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def _flags(e: Any) -> str:
    """An event's marks: negated, hypothetical, future, historical."""
    marks = (("N", e.negated), ("H", e.hypothetical), ("F", e.future), ("B", e.historical))
    return "".join(f for f, on in marks if on)


def dump(out: Path, items: int, seed: int) -> None:
    import detente
    from detente.pipeline import code_text

    left_out = set().union(*(_ids(p) for p in CHECKS))
    pool = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] not in left_out and rec.get("n_countries", 0) >= 2:
                pool.append(rec)
    drawn = random.Random(seed).sample(pool, min(items, len(pool)))
    res = detente.load()
    with out.open("w", encoding="utf-8") as fh:
        for rec in drawn:
            events = [
                f"{e.event_type} {e.cameo} "
                f"{','.join(a.code or '?' for a in e.source)}>"
                f"{','.join(a.code or '?' for a in e.target)} [{e.trigger}] {_flags(e)}".rstrip()
                for e in code_text(rec["text"], res, date=rec["date"])
            ]
            fh.write(json.dumps({"id": rec["id"], "text": rec["text"], "events": events}) + "\n")


def diff(old: Path, new: Path, show: int, seed: int) -> None:
    def load(p: Path) -> dict[str, dict]:
        return {r["id"]: r for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    a, b = load(old), load(new)
    changed = [k for k in a if k in b and a[k]["events"] != b[k]["events"]]
    print(f"{len(changed)} of {len(a)} items changed")
    for k in random.Random(seed).sample(changed, min(show, len(changed))):
        print(f"## {k} {a[k]['text'][:300]}")
        for e in a[k]["events"]:
            if e not in b[k]["events"]:
                print(f"   - {e}")
        for e in b[k]["events"]:
            if e not in a[k]["events"]:
                print(f"   + {e}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--items", type=int, default=4000)
    d.add_argument("--seed", type=int, default=6)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", type=int, default=0)
    c.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.items, args.seed)
    else:
        diff(args.old, args.new, args.show, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
