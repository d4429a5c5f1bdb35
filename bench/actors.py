"""Actor resolution: its cost against parsing, and its agreement with two references.

    .venv/bin/python bench/actors.py [--limit 3000] [--seed 7]

All material is read from ../shared and nothing of it is written anywhere.

0. **Load**: ``Catalogue.load()`` as a run does it (from the disk cache when it holds the
   catalogue, else built and cached), then a build with the cache switched off.
1. **Cost**: ``--limit`` Current Events items (a random sample, ``--seed``) are parsed with
   ``nlp.pipe``; then ``resolve`` runs over the same Docs. Reported: both times and the ratio
   resolve/parse (machine-independent: how much the actors stage adds to the parse it needs).
2. **Countries in Current Events**: each item lists the countries a name gazetteer found in it
   (names, a few aliases, four capitals; no demonyms). Reported: the share of those countries
   that ``resolve`` also finds in the item (recall against the gazetteer), and how many more
   countries it finds per item (demonyms, capitals, leaders' countries): not errors as such,
   the gazetteer is no gold.
3. **PLOVER gold actors** (dev half): each source/target actor has its text span and a CAMEO
   code. Reported: the share of gold actors whose text overlaps a mention with the same code
   (country codes compared through ``iso3_from_cameo``; IGO, NGO and IMG gold codes accept any
   actor above or outside states), and the same with the sector when the gold gives one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ABOVE_STATES = {"UN", "NATO", "EU", "AU", "IGO", "NGO", "IMG"}


def _items(limit: int, seed: int) -> list[dict]:
    with gzip.open(SHARED / "corpus" / "current-events" / "items.jsonl.gz", "rt") as fh:
        items = [json.loads(line) for line in fh]
    random.Random(seed).shuffle(items)
    return items[:limit]


def _cost_and_countries(nlp, cat, items: list[dict]) -> None:
    from detente.actors import resolve

    texts = [it["text"] for it in items]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [
        resolve(doc, cat, published=dt.date.fromisoformat(it["date"]))
        for doc, it in zip(docs, items, strict=True)
    ]
    res = time.perf_counter() - t0
    print(
        f"cost: {len(texts)} items, parse {parse:.2f}s, resolve {res:.2f}s, ratio {res / parse:.3f}"
    )

    expected = hit = extra = with_countries = 0
    for it, mentions in zip(items, found, strict=True):
        codes = {m.actor.code for m in mentions if m.actor.code}
        gold = set()
        for name in it.get("countries") or ():
            actor = cat.lookup(name)
            if actor is not None and actor.code:
                gold.add(actor.code)
        if not gold:
            continue
        with_countries += 1
        expected += len(gold)
        hit += len(gold & codes)
        extra += len({c for c in codes if cat.country(c)} - gold)
    print(
        f"current events: {with_countries} items with gazetteer countries, recall "
        f"{hit / max(expected, 1):.3f} ({hit}/{expected}), "
        f"{extra / max(with_countries, 1):.2f} more countries per item"
    )


def _plover(nlp, cat) -> None:
    from detente.actors import resolve
    from detente.evaluate.events import split_of

    path = SHARED / "gold" / "events" / "plover-gsr-dev.jsonl"
    total = code_ok = sector_total = sector_ok = 0
    misses = []
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if split_of(rec) != "tune":
            continue  # the check half is scored by `detente eval events`, never inspected
        doc = nlp(rec["text"])
        mentions = resolve(doc, cat, published=None)
        for key in ("actor", "recipient"):
            actors = rec.get(key)
            if not isinstance(actors, list):
                continue
            for gold in actors:
                text, gcode = gold.get("actorText") or "", gold.get("code") or ""
                at = rec["text"].find(text.split(" ... ")[0]) if text else -1
                if at < 0 or not gcode:
                    continue
                total += 1
                span = (at, at + len(text))
                over = [m for m in mentions if m.start < span[1] and span[0] < m.end]
                iso = cat.iso3_from_cameo(gcode)
                good = [
                    m
                    for m in over
                    if (iso and m.actor.code == iso)
                    or (gcode in ABOVE_STATES and m.actor.code in ABOVE_STATES)
                ]
                if good:
                    code_ok += 1
                else:
                    misses.append((text, gcode, [(m.actor.text, m.actor.code) for m in over]))
                gsector = gold.get("sector")
                if gsector and gsector.isupper() and len(gsector) == 3 and gsector != "***":
                    sector_total += 1
                    sector_ok += any(m.actor.sector == gsector for m in good)
    print(
        f"plover dev, tune half: code recall {code_ok / max(total, 1):.3f} ({code_ok}/{total}); "
        f"sector agreement where given {sector_ok / max(sector_total, 1):.3f} "
        f"({sector_ok}/{sector_total})"
    )
    for text, code, got in misses[:15]:
        print(f"  miss {text!r} {code}: {got}")


def _load(catalogue: Any) -> Any:
    """Load the catalogue as a run does (from the disk cache when it holds it), then time a
    build without that cache, and report both."""
    from detente.actors import build, cache

    t0 = time.perf_counter()
    cat = catalogue.load()
    loaded = time.perf_counter() - t0
    how = "from the disk cache" if cache.STATS.hits else "built and cached"
    previous = os.environ.get("DETENTE_CACHE")
    os.environ["DETENTE_CACHE"] = "off"
    build._load_cached.cache_clear()
    t0 = time.perf_counter()
    catalogue.load()
    built = time.perf_counter() - t0
    if previous is None:
        del os.environ["DETENTE_CACHE"]
    else:
        os.environ["DETENTE_CACHE"] = previous
    print(
        f"catalogue: {len(cat.entries)} entries, loaded in {loaded:.2f}s ({how}); "
        f"built without the cache in {built:.2f}s"
    )
    return cat


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} is absent: this benchmark reads its material from ../shared")
        return 1
    sys.path.insert(0, str(ROOT / "src"))
    from detente import nlp as nlp_stage
    from detente.actors import Catalogue

    nlp = nlp_stage.load()
    cat = _load(Catalogue)
    _cost_and_countries(nlp, cat, _items(args.limit, args.seed))
    _plover(nlp, cat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
