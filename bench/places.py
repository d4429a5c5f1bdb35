"""Where events happen, scored: the places ``detente analyze --json`` gives a hand-labelled,
seeded sample of events of the Wikinews corpus.

    .venv/bin/python bench/places.py [--labels bench/data/places_labels.tsv] [--json] [-v]
    .venv/bin/python bench/places.py --draw 120 --seed 12 > rows.tsv   # a new sample to label
    .venv/bin/python bench/places.py --draw 130 --seed 13 --exclude bench/data/places_labels.tsv \
        --blind > rows.tsv   # a check sample: no sentence of the tuned one, no answers shown

The corpus (CC BY 2.5 Wikinews text) is read from ../shared and never written into the
repository; the labels file holds ids, offsets, a hash of each sentence and codes only (its
header gives the conventions).

1. The labelled articles' records are written, unchanged, to a scratch JSON Lines file and
   ``detente analyze FILE --json`` is run on it: the reader, extraction, parser, coder and
   place stage a user gets.
2. Each labelled event is found again: its sentence (offsets into the record's ``text``) in the
   analysed text, then the event of the labelled type whose trigger is nearest the labelled
   offset in that sentence.
3. Its ``location`` is compared with the labels: the country (ISO3) where the event happened,
   and the place (a GeoNames id), or ``-`` when the text names no place for it (then the
   country is the right answer) or ``?`` when it names one the gazetteer lacks.

Figures: **country precision** (located events whose country is right), **place precision**
(events given a named place, ``place`` or ``admin``, whose place is right), **place recall**
(labelled places the stage found), and **fully right** (right place, or right country at
country precision when no place is labelled).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.evaluate.dyadic import in_span, locate
from detente.model import Event
from sentence_labels import analyze  # the same `detente analyze --json` run as the event benches

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
LABELS = ROOT / "bench" / "data" / "places_labels.tsv"


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _sentence_in_record(
    rec: dict[str, Any], analysed: str, span: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the analysed sentence ``span`` stands in the record's own text."""
    return locate(analysed[span[0] : span[1]], rec["text"], near=span[0])


def labelled_sentences(paths: list[Path]) -> set[tuple[str, int]]:
    """(article id, sentence start) of every row of these label files: a check sample drawn
    with them excluded shares no sentence, so no event, with the sample the rules were
    adjusted on."""
    return {(r["id"], r["span"][0]) for p in paths for r in parse_rows(p)}


def draw(
    records: dict[str, dict[str, Any]],
    n: int,
    seed: int,
    exclude: AbstractSet[tuple[str, int]] = frozenset(),
    blind: bool = False,
) -> int:
    """Print ``n`` unlabelled rows drawn (seeded) from every located event of the corpus whose
    sentence is not in ``exclude``, and the context to label them by on stderr (never into the
    repository); ``blind`` leaves the stage's answer out of that context, so that the labels
    cannot lean on it."""
    analyses = analyze(list(records.values()))
    pool = []
    for rid in sorted(analyses):
        a = analyses[rid]
        for e in a["events"]:
            if e.get("location") is None:
                continue
            text = a["text"]
            s = e["sentence"]
            start = text.find(s, max(0, e["char_span"][0] - len(s)))
            if start < 0:
                continue
            pool.append((rid, (start, start + len(s)), e))
    pool = [p for p in pool if not _excluded(p, records, analyses, exclude)]
    rng = random.Random(seed)
    picked = sorted(rng.sample(pool, min(n, len(pool))), key=lambda x: (x[0], x[1][0]))
    for rid, span, e in picked:
        rec = records[rid]
        where = _sentence_in_record(rec, analyses[rid]["text"], span)
        if where is None:
            continue
        offset = e["char_span"][0] - span[0]
        sentence = rec["text"][where[0] : where[1]]
        print(f"{rid}\t{where[0]}\t{where[1]}\t{_sha1(sentence)}\t{offset}\t{e['event_type']}\t\t")
        print(
            context(f"{rid} {where[0]} | {rec.get('title')}", sentence, e, blind), file=sys.stderr
        )
    print(f"pool {len(pool)} located events, drew {len(picked)}", file=sys.stderr)
    return 0


def context(head: str, sentence: str, e: dict[str, Any], blind: bool) -> str:
    """What a labeller reads for one drawn event; with ``blind``, nothing of its location."""
    parties = f"{[x['code'] for x in e['source']]}>{[x['code'] for x in e['target']]}"
    text = f"## {head}\n   {sentence}\n   -> {e['event_type']} [{e['trigger']}] {parties}"
    if blind:
        return text
    loc = e["location"]
    return f"{text}  GOT {loc['name']} {loc['code']} {loc['precision']} {loc.get('geonameid')}"


def _excluded(
    item: tuple[str, tuple[int, int], dict[str, Any]],
    records: dict[str, dict[str, Any]],
    analyses: dict[str, dict[str, Any]],
    exclude: AbstractSet[tuple[str, int]],
) -> bool:
    """Whether a pool event's sentence (placed in the record's own text) is an excluded one."""
    if not exclude:
        return False
    rid, span, _ = item
    where = _sentence_in_record(records[rid], analyses[rid]["text"], span)
    return where is not None and (rid, where[0]) in exclude


@dataclass
class Tally:
    events: int = 0
    located: int = 0
    country_right: int = 0
    places_given: int = 0
    places_right: int = 0
    places_labelled: int = 0
    places_found: int = 0
    fully_right: int = 0
    unscored: int = 0  # rows labelled '-': a misread sentence with no place to speak of
    misses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "events": self.events,
            "unscored": self.unscored,
            "located": self.located,
            "country_precision": ratio(self.country_right, self.located),
            "place_precision": ratio(self.places_right, self.places_given),
            "place_recall": ratio(self.places_found, self.places_labelled),
            "fully_right": ratio(self.fully_right, self.events),
            "counts": {
                "country_right": self.country_right,
                "places_given": self.places_given,
                "places_right": self.places_right,
                "places_labelled": self.places_labelled,
                "places_found": self.places_found,
                "fully_right": self.fully_right,
            },
        }


def parse_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rid, start, end, sha, offset, etype, country, place = line.split("\t")[:8]
        rows.append(
            {
                "id": rid,
                "span": (int(start), int(end)),
                "sha1": sha,
                "offset": int(offset),
                "type": etype,
                "country": country,
                "place": place,
            }
        )
    return rows


def score(rows: list[dict[str, Any]], records: dict[str, dict[str, Any]]) -> Tally:
    analyses = analyze([records[i] for i in dict.fromkeys(r["id"] for r in rows)])
    t = Tally()
    for row in rows:
        if row["country"] == "-":
            t.unscored += 1
            continue
        rec, a = records[row["id"]], analyses.get(row["id"])
        start, end = row["span"]
        span = locate(rec["text"][start:end], a["text"], near=start) if a else None
        where = f"{row['id']}:{start} {row['type']}"
        if a is None or span is None:
            t.misses.append(f"{where}: sentence not found in the analysed text")
            continue
        events = [
            e
            for e in in_span((Event.from_dict(x) for x in a["events"]), span)
            if e.event_type == row["type"]
        ]
        if not events:
            t.misses.append(f"{where}: event no longer coded")
            continue
        e = min(events, key=lambda x: abs(x.char_span[0] - span[0] - row["offset"]))
        t.events += 1
        gold_place = row["place"] if row["place"] not in ("-", "?") else None
        t.places_labelled += gold_place is not None
        loc = e.location
        if loc is None:
            t.misses.append(f"{where}: no location (gold {row['country']} {row['place']})")
            continue
        t.located += 1
        countries = row["country"].split("|")
        t.country_right += loc.code in countries
        named = loc.precision in ("place", "admin")
        right_place = named and gold_place is not None and str(loc.geonameid) == gold_place
        t.places_given += named
        t.places_right += right_place
        t.places_found += right_place
        fully = right_place or (
            gold_place is None and loc.precision == "country" and loc.code in countries
        )
        t.fully_right += fully
        if not fully:
            t.misses.append(
                f"{where}: got {loc.name} {loc.code} {loc.precision} {loc.geonameid}, "
                f"gold {row['country']} {row['place']}"
            )
    return t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong event")
    parser.add_argument("--draw", type=int, metavar="N", help="draw N new rows to label")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        metavar="LABELS",
        help="with --draw: leave out every sentence of this labels file (repeatable)",
    )
    parser.add_argument(
        "--blind", action="store_true", help="with --draw: do not show the stage's answers"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark reads the shared corpus", file=sys.stderr)
        return 2
    records = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        records[rec["id"]] = rec
    if args.draw:
        return draw(records, args.draw, args.seed, labelled_sentences(args.exclude), args.blind)
    rows = parse_rows(args.labels)
    stale = [
        r
        for r in rows
        if r["id"] not in records
        or _sha1(records[r["id"]]["text"][r["span"][0] : r["span"][1]]) != r["sha1"]
    ]
    if stale:
        print(f"{len(stale)} labelled sentences changed or missing (corpus changed?)")
        return 1
    t = score(rows, records)
    if args.json:
        print(json.dumps(t.to_dict(), indent=2))
        return 0
    d = t.to_dict()
    c = d["counts"]
    print(
        f"{t.events} labelled events found again, {t.located} located "
        f"({t.unscored} misread events not scored)"
    )
    print(f"  country precision  {d['country_precision']}  ({c['country_right']}/{t.located})")
    print(f"  place precision    {d['place_precision']}  ({c['places_right']}/{c['places_given']})")
    print(f"  place recall       {d['place_recall']}  ({c['places_found']}/{c['places_labelled']})")
    print(f"  fully right        {d['fully_right']}  ({c['fully_right']}/{t.events})")
    if args.verbose:
        for m in t.misses:
            print("  " + m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
