"""Draw the TRAIN set: sentences to hand-label for the learned pair classifier, disjoint from the
tune set and from both check sets.

    PYTHONPATH=src:scripts .venv/bin/python scripts/draw_train_sample.py > /tmp/train_draw.tsv
        [--review /tmp/train_review.txt]

The rules were written against the tune set (``bench/data/tune_labels.tsv``), and the check sets
measure the coder; a learned component needs more labelled sentences than either, of the same
kinds of text, and none of theirs. Like ``draw_tune_sample.py`` this reads only the first columns
of the other label files (ids and offsets), never their labels, and it never runs the coder.

* **Wikinews** (stratum ``B``, as in the tune set): sentences of international Wikinews articles (the splitter,
  gazetteer and article test of ``draw_wikinews_sample.py``) that mention exactly one
  country or organisation (stratum A, two or more, is used up by the tune and check sets), minus
  every sentence already in a label file; ``N_W`` are sampled. Leaders, pronouns and ministries
  often supply the second party.
* **Current Events** (stratum ``C``): items naming at least two distinct countries, minus the
  tune and check items; ``N_C`` are sampled from the whole pool (not per year: the classifier
  should see the corpus as it is).

``random.Random(SEED)`` samples Wikinews first, then Current Events, each pool in corpus order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

from draw_tune_sample import (
    CE_CHECK,
    CE_CORPUS,
    ORGANISATIONS,
    WIKINEWS_CHECK,
    check_keys,
    write_draw,
)
from draw_wikinews_sample import CORPUS, Gazetteer, sentences

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "bench" / "data" / "tune_labels.tsv"
SEED = 4111
N_W = 300
N_C = 700


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write sentences in context (private)")
    args = parser.parse_args()
    gaz = Gazetteer()
    rng = random.Random(SEED)
    taken = check_keys(WIKINEWS_CHECK, 3) | check_keys(TUNE, 3)
    taken_items = {k[0] for k in check_keys(CE_CHECK, 1) | check_keys(TUNE, 1)}

    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    international = {r["id"] for r in records if len(gaz.keys(r["text"])) >= 2}
    pool_w = []
    for s in sentences(records):
        if s["id"] not in international or (s["id"], str(s["start"]), str(s["end"])) in taken:
            continue
        if len(gaz.keys(by_id[s["id"]]["text"][s["start"] : s["end"]])) == 1:
            pool_w.append(s)
    wiki = [{**s, "stratum": "B"} for s in rng.sample(pool_w, N_W)]
    order = {r["id"]: i for i, r in enumerate(records)}
    wiki.sort(key=lambda s: (order[s["id"]], s["start"]))

    pool_c = []
    with gzip.open(CE_CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in taken_items or len(gaz.keys(rec["text"]) - ORGANISATIONS) < 2:
                continue
            pool_c.append({k: rec[k] for k in ("id", "date", "text")})
    ce = [
        {"id": r["id"], "start": 0, "end": len(r["text"]), "stratum": "C"}
        for r in rng.sample(pool_c, N_C)
    ]
    ce.sort(key=lambda s: s["id"])
    by_id.update({r["id"]: {**r, "title": ""} for r in pool_c})

    print(
        f"# Wikinews pool B {len(pool_w)} (drawn {N_W}); Current Events pool {len(pool_c)} "
        f"(drawn {N_C}); seed {SEED}"
    )
    write_draw(wiki + ce, by_id, args.review)
    print(f"{len(wiki)} Wikinews + {len(ce)} Current Events rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
