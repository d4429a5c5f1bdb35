"""Draw the LONG-FORM tune set: sentences of long news articles to hand-label and write coder
rules against, from text that no event label has touched.

    PYTHONPATH=src .venv/bin/python scripts/draw_longform_sample.py > /tmp/longform_draw.tsv
        [--review /tmp/longform_review.txt]

Every Wikinews sentence naming two countries outside the Wikinews check set is already in the
tune set, so the check set's register (long articles, several actors a sentence, reported
speech) had no unread sentences left to tune on. The development gold of two other tasks holds
long news articles nobody has labelled for events: the CNN and Daily Mail stories of the
key-point set and the US political news of PolNeAR (``bench/sentence_labels.py``,
``longform_records``, says how they become article records). The text stays in ../shared.

Sentences, gazetteer and hashes are those of ``scripts/draw_wikinews_sample.py`` (imported, so
every draw selects sentences the same way), and the coder is never run:

* stratum ``L``: every sentence mentioning at least two distinct countries or organisations;
* stratum ``M``: ``N_M`` of the other sentences of articles mentioning at least two, drawn with
  ``random.Random(SEED)`` from the pool in record order (mostly sentences without an
  international event: false positives).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from draw_tune_sample import write_draw
from draw_wikinews_sample import Gazetteer, sentences

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from sentence_labels import longform_records

SEED = 1206
N_M = 40


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write sentences in context (private)")
    args = parser.parse_args()
    by_id = longform_records()
    if not by_id:
        print("../shared/gold is absent: this draw reads its long-form articles", file=sys.stderr)
        return 2
    records = list(by_id.values())
    gaz = Gazetteer()
    international = {r["id"] for r in records if len(gaz.keys(r["text"])) >= 2}
    pool_l, pool_m = [], []
    for s in sentences(records):
        text = by_id[s["id"]]["text"][s["start"] : s["end"]]
        if len(gaz.keys(text)) >= 2:
            pool_l.append({**s, "stratum": "L"})
        elif s["id"] in international:
            pool_m.append({**s, "stratum": "M"})
    drawn = pool_l + random.Random(SEED).sample(pool_m, N_M)
    order = {r["id"]: i for i, r in enumerate(records)}
    drawn.sort(key=lambda s: (order[s["id"]], s["start"]))
    print(
        f"# {len(records)} articles, {len(international)} international; pool L {len(pool_l)} "
        f"(all kept), pool M {len(pool_m)} (drawn {N_M}, seed {SEED})"
    )
    write_draw(drawn, by_id, args.review)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
