"""The event coder on real news: precision and recall of asserted dyadic events on 200
hand-labelled Current Events items, and the known turning points in the dyad series.

    .venv/bin/python bench/current_events.py [--labels bench/data/current_events_labels.tsv]
        [--turning-points] [--db /tmp/ce.db] [-v] [--why]

The corpus (CC BY-SA Wikipedia text) is read from ../shared and never written into the
repository; the labels file holds item ids and codes only.

1. **Working subset**: the items whose text names North Korea, Russia, Ukraine, China or the
   United States in the combinations of the five dyads the relations issue asks about (PRK-RUS,
   PRK-CHN, PRK-USA, RUS-UKR, CHN-USA): about 4,700 of the 115,096 items. The labelled sample
   is ``random.Random(2026).sample`` of 200 of them (the labels file lists their ids).
2. **Sample**: every labelled item is coded with ``detente.pipeline.code_text`` on its date. A coded
   event counts when it is asserted (not negated, hypothetical or future); it gives one pair per
   source x target country, or per two source countries of a mutual event (a meeting, a clash,
   as the store counts them). A pair is right when the labels have an event of that type between
   the same countries in that direction (either direction when one side is mutual). Reported:
   precision (right pairs / coded pairs), the same ignoring the type, and recall of the required
   labels (those without "?"). The counting is ``detente.evaluate.dyadic``'s, shared with
   ``bench/wikinews.py``.
3. **Turning points** (``--turning-points``): the subset is ingested into a scratch store
   (``--db``, default a temporary file) and ``detente relations A B --by quarter`` is read for
   each turning point: the quarter's event count and cooperation-conflict index, and whether its
   sign is the expected one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from detente.evaluate.dyadic import Label, Tally, matches, pairs, parse_events

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "current-events" / "items.jsonl.gz"
LABELS = ROOT / "bench" / "data" / "current_events_labels.tsv"

NAMES = {
    "PRK": r"North Korea|Pyongyang|Kim Jong|\bDPRK\b",
    "RUS": r"\bRussia|Moscow|Putin|Kremlin|Medvedev|Lavrov",
    "UKR": r"Ukrain|Kyiv|Kiev|Zelensky|Zelenskyy|Poroshenko|Yanukovych",
    "CHN": r"\bChina\b|Chinese|Beijing|Xi Jinping|Hu Jintao",
    "USA": r"United States|\bU\.S\.|\bUS\b|Washington|American|Obama|Trump|Biden|Bush"
    r"|White House|Pentagon",
}
# (A, B, quarter, expected sign, what)
TURNING_POINTS = [
    ("PRK", "USA", "2018-Q2", +1, "Singapore summit"),
    ("PRK", "USA", "2019-Q1", +1, "Hanoi summit"),
    ("PRK", "USA", "2019-Q2", +1, "DMZ meeting"),
    ("RUS", "UKR", "2022-Q1", -1, "invasion of Ukraine"),
    ("PRK", "RUS", "2023-Q3", +1, "Kim-Putin summit"),
    ("PRK", "RUS", "2024-Q2", +1, "partnership treaty"),
]


def subset() -> list[dict]:
    """The working subset, in corpus order."""
    pats = {k: re.compile(v) for k, v in NAMES.items()}
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            hit = {k for k, p in pats.items() if p.search(rec["text"])}
            if (
                "PRK" in hit
                or {"RUS", "UKR"} <= hit
                or len(hit & {"RUS", "CHN", "USA", "UKR"}) >= 2
            ):
                out.append({"id": rec["id"], "date": rec["date"], "text": rec["text"]})
    return out


def parse_labels(path: Path) -> dict[str, list[Label]]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iid, _, rest = line.partition("\t")
        labels[iid] = parse_events(rest)
    return labels


def _why_missed(lab: Label, events: list, got: set) -> str:
    """Why a required label was missed, in one of a few kinds."""
    if any(matches(p, lab, typed=False) for p in got):
        return "missed: the pair coded with another type"
    sides = {lab.src, lab.tgt}
    ours = [
        e
        for e in events
        if e.event_type in lab.types and sides & {a.code for a in (*e.source, *e.target) if a.code}
    ]
    if any(
        not e.asserted or e.historical
        for e in ours
        if sides <= {a.code for a in (*e.source, *e.target) if a.code}
    ):
        return "missed: coded, but not as asserted and fresh"
    if any(not e.source or not (e.target or e.mutual) for e in ours):
        return "missed: the type coded with one side empty"
    if ours:
        return "missed: the type coded with another party"
    if not any(e.source or e.target for e in events):
        return "missed: nothing coded in the item"
    return "missed: other events only"


def _why_wrong(pair: tuple, labs: list[Label]) -> str:
    if any(matches(pair, lab, typed=False) for lab in labs):
        return "wrong: a labelled pair, another type"
    if any({pair[1], pair[2]} == {lab.src, lab.tgt} for lab in labs):
        return "wrong: a labelled pair, reversed"
    return "wrong: a pair with no label"


def score_sample(
    labels_path: Path, items: list[dict], verbose: bool, show_why: bool = False
) -> None:
    import detente
    from detente.pipeline import code_text

    labels = parse_labels(labels_path)
    by_id = {r["id"]: r for r in items}
    if any(i not in by_id for i in labels):
        # a label set drawn outside the working subset (bench/data/recent_labels.tsv): its
        # items from the whole corpus
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in labels and rec["id"] not in by_id:
                    by_id[rec["id"]] = {"id": rec["id"], "date": rec["date"], "text": rec["text"]}
    missing = [i for i in labels if i not in by_id]
    if missing:
        print(
            f"{len(missing)} labelled ids are not in the subset (corpus changed?)", file=sys.stderr
        )
    res = detente.load()
    tally = Tally()
    why: Counter[str] = Counter()
    for iid, labs in labels.items():
        rec = by_id.get(iid)
        if rec is None:
            continue
        events = code_text(rec["text"], res, date=rec["date"])
        got = pairs(events)
        wrong, missed = tally.add(got, labs)
        for lab in missed:
            why[_why_missed(lab, events, got)] += 1
        for p in wrong:
            why[_why_wrong(p, labs)] += 1
        if verbose:
            for p in wrong:
                print("wrong ", iid, *p)
            for lab in missed:
                print(
                    "missed",
                    iid,
                    "|".join(sorted(lab.types)),
                    lab.src,
                    "+>"[not lab.mutual],
                    lab.tgt,
                )
    print(f"labelled items {len(labels)}; asserted dyadic pairs coded {tally.coded}")
    print(f"precision (type and direction right) {tally.precision:.3f}")
    print(f"precision (dyad right, any type)     {tally.precision_any:.3f}")
    print(
        f"recall of required labels            {tally.recall:.3f} ({tally.found}/{tally.required})"
    )
    if show_why:
        # counts only, never the items: a check set stays unread
        print("why, by count:")
        for reason, n in sorted(why.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {reason}")
        print(
            "recall by type: "
            + "  ".join(f"{t} {f}/{r}" for t, (f, r) in sorted(tally.recall_by_type().items()))
        )


def turning_points(items: list[dict], db: Path) -> None:
    detente = str(ROOT / ".venv" / "bin" / "detente")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for rec in items:
            fh.write(json.dumps({**rec, "url": None}) + "\n")
        src = fh.name
    if db.exists():
        db.unlink()
    subprocess.run(
        [detente, "ingest", src, "--db", str(db), "--workers", "1", "--no-language-check"],
        check=False,
        capture_output=True,
    )
    Path(src).unlink()
    for a, b, quarter, sign, what in TURNING_POINTS:
        out = subprocess.run(
            [detente, "relations", a, b, "--by", "quarter", "--json", "--db", str(db)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        period = next((p for p in json.loads(out)["periods"] if p["period"] == quarter), None)
        if period is None:
            print(f"{what:22} {a}-{b} {quarter}: no events")
            continue
        ok = (period["index"] > 0) == (sign > 0)
        print(
            f"{what:22} {a}-{b} {quarter}: {period['events']:3} events, index "
            f"{period['index']:+.2f} ({'expected sign' if ok else 'WRONG SIGN'})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--turning-points", action="store_true")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "detente-ce.db")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--why", action="store_true", help="why labels were missed, as counts only (safe on checks)"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark reads the shared corpus", file=sys.stderr)
        return 2
    items = subset()
    print(f"working subset: {len(items)} items")
    score_sample(args.labels, items, args.verbose, args.why)
    if args.turning_points:
        turning_points(items, args.db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
