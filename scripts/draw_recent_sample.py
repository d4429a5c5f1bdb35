"""Draw the recent-news set: Current Events items from 2023 on that name two or more countries
and are in no other label file, in a seeded order, printed with their text for labelling (the
coder is not run). Items whose coder output was read while rules were written are passed over
(``--skip FILE``: one id a line), so the set stays unseen by the rules it measures.

    .venv/bin/python scripts/draw_recent_sample.py --n 80 --skip seen.txt > draw.txt
    .venv/bin/python scripts/draw_recent_sample.py --n 80 --seed 2613 --skip seen.txt > check.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "current-events" / "items.jsonl.gz"
SEED = 2612
SINCE = "2023-01-01"


def pool(taken: set[str]) -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in taken or r["date"] < SINCE or r.get("n_countries", 0) < 2:
                continue
            out.append(r)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument(
        "--seed", type=int, default=SEED, help="2612: the tune half; 2613: the check half"
    )
    ap.add_argument("--skip", type=Path)
    args = ap.parse_args()
    taken = set()
    for f in (ROOT / "bench" / "data").glob("*.tsv"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                taken.add(line.split("\t")[0])
    skip = set(args.skip.read_text().split()) if args.skip else set()
    items = pool(taken)
    random.Random(args.seed).shuffle(items)
    drawn = [r for r in items if r["id"] not in skip][: args.n]
    for r in drawn:
        print(f"=== {r['id']}\n{r['text']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
