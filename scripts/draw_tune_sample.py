"""Draw the real-news TUNE set: sentences to hand-label and write coder rules against, disjoint
from both check sets.

    PYTHONPATH=src .venv/bin/python scripts/draw_tune_sample.py > /tmp/tune_draw.tsv
        [--review /tmp/tune_review.txt]

The check sets (``bench/data/wikinews_labels.tsv``, ``bench/data/current_events_labels.tsv``)
measure the coder; rules written against them would make their figures meaningless. This draw
gives a third set, of the same kinds of text, to tune on. It reads only the first columns of the
check files (article id and offsets, or item id), never their labels, and it never runs the
coder.

* **Wikinews** (strata ``A`` and ``B``): the sentences, gazetteer and strata of
  ``scripts/draw_wikinews_sample.py`` (imported from it, so both draws select sentences the same
  way), minus every sentence of the Wikinews check set (same article id and offsets). All of the
  remaining stratum-A sentences are kept; ``N_B`` stratum-B sentences are sampled.
* **Current Events** (stratum ``C``): the one- or two-sentence summaries of
  ../shared/corpus/current-events/items.jsonl.gz that mention at least two distinct *countries*
  (ISO3 keys of the same gazetteer; organisations alone do not qualify), over all years, minus
  the Current Events check items. ``N_C`` items are drawn with an equal share per year (the
  corpus is much denser in some years, and the check set covers five dyads only); a row's
  offsets span the item's whole ``text``.

``random.Random(SEED)`` samples stratum B and then each year of stratum C, each pool in corpus
order; the output lists Wikinews rows by article and offset, then Current Events rows by id.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from draw_wikinews_sample import CORPUS, Gazetteer, sentences, sha1, write_review

ROOT = Path(__file__).resolve().parent.parent
CE_CORPUS = ROOT.parent / "shared" / "corpus" / "current-events" / "items.jsonl.gz"
WIKINEWS_CHECK = ROOT / "bench" / "data" / "wikinews_labels.tsv"
CE_CHECK = ROOT / "bench" / "data" / "current_events_labels.tsv"
SEED = 2027
N_B = 60
N_C = 200
ORGANISATIONS = {"UN", "EU", "NATO", "IGO", "AU"}


def check_keys(path: Path, columns: int) -> set[tuple[str, ...]]:
    """The first ``columns`` fields of each data row of a check file (ids and offsets only)."""
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            keys.add(tuple(line.split("\t")[:columns]))
    return keys


def wikinews_rows(gaz: Gazetteer, rng: random.Random) -> tuple[list[dict], dict, str]:
    """Stratum A (all left after the check set) and a sample of stratum B."""
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    taken = check_keys(WIKINEWS_CHECK, 3)
    international = {r["id"] for r in records if len(gaz.keys(r["text"])) >= 2}
    pool_a, pool_b = [], []
    for s in sentences(records):
        if (s["id"], str(s["start"]), str(s["end"])) in taken:
            continue
        text = by_id[s["id"]]["text"][s["start"] : s["end"]]
        if len(gaz.keys(text)) >= 2:
            pool_a.append(s)
        elif s["id"] in international:
            pool_b.append(s)
    drawn = [{**s, "stratum": "A"} for s in pool_a]
    drawn += [{**s, "stratum": "B"} for s in rng.sample(pool_b, N_B)]
    order = {r["id"]: i for i, r in enumerate(records)}
    drawn.sort(key=lambda s: (order[s["id"]], s["start"]))
    note = (
        f"Wikinews: {len(records)} articles; after the check set, pool A {len(pool_a)} (all "
        f"kept), pool B {len(pool_b)} (drawn {N_B})"
    )
    return drawn, by_id, note


def current_events_rows(gaz: Gazetteer, rng: random.Random) -> tuple[list[dict], dict, str]:
    """``N_C`` items naming two countries or more, an equal share from each year."""
    taken = {k[0] for k in check_keys(CE_CHECK, 1)}
    by_year: dict[str, list[dict]] = defaultdict(list)
    by_id = {}
    with gzip.open(CE_CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in taken or len(gaz.keys(rec["text"]) - ORGANISATIONS) < 2:
                continue
            rec = {k: rec[k] for k in ("id", "date", "text")}
            by_year[rec["date"][:4]].append(rec)
            by_id[rec["id"]] = {**rec, "title": ""}
    years = sorted(by_year)
    share, extra = divmod(N_C, len(years))
    drawn = []
    for i, year in enumerate(years):
        n = min(share + (i < extra), len(by_year[year]))
        drawn += [
            {"id": r["id"], "start": 0, "end": len(r["text"]), "stratum": "C"}
            for r in rng.sample(by_year[year], n)
        ]
    drawn.sort(key=lambda s: s["id"])
    pool = sum(len(v) for v in by_year.values())
    note = (
        f"Current Events: pool {pool} items naming two countries or more ({years[0]}-"
        f"{years[-1]}), check items excluded; drawn {len(drawn)}, about {share} a year"
    )
    return drawn, by_id, note


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="also write sentences in context (private)")
    args = parser.parse_args()
    gaz = Gazetteer()
    rng = random.Random(SEED)
    wiki, wiki_by_id, wiki_note = wikinews_rows(gaz, rng)
    ce, ce_by_id, ce_note = current_events_rows(gaz, rng)
    by_id = {**wiki_by_id, **ce_by_id}
    print(f"# {wiki_note}; {ce_note} (seed {SEED})")
    write_draw(wiki + ce, by_id, args.review)
    print(f"{len(wiki)} Wikinews + {len(ce)} Current Events rows", file=sys.stderr)
    return 0


def write_draw(rows: list[dict], by_id: dict, review: Path | None) -> None:
    """Print the drawn rows as a labels file's first columns (id, offsets, hash, stratum) and,
    with ``review``, write them in context for the labeller."""
    for s in rows:
        text = by_id[s["id"]]["text"][s["start"] : s["end"]]
        print(f"{s['id']}\t{s['start']}\t{s['end']}\t{sha1(text)}\t{s['stratum']}")
    if review:
        write_review(review, rows, by_id)


if __name__ == "__main__":
    raise SystemExit(main())
