"""What the place stage (``detente.geo``) costs: ``geo.locate`` timed inside
``pipeline.analyze_doc`` over Wikinews articles, against the parse and the other stages, in one
process (a share that a busy machine does not blur the way two separate runs are blurred).

    .venv/bin/python bench/geo_speed.py [--limit 150]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150)
    args = parser.parse_args()

    import detente
    from detente import geo, pipeline

    res = detente.load()
    start = time.perf_counter()
    geo.Gazetteer.load()
    load = time.perf_counter() - start
    with CORPUS.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line, _ in zip(fh, range(args.limit), strict=False)]
    start = time.perf_counter()
    docs = list(res.nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - start
    spent = 0.0
    locate = geo.locate

    def timed(*a: Any, **k: Any) -> Any:
        nonlocal spent
        t = time.perf_counter()
        out = locate(*a, **k)
        spent += time.perf_counter() - t
        return out

    pipeline.geo_stage.locate = timed  # type: ignore[assignment]  # the probe, this run only
    start = time.perf_counter()
    events = sum(len(pipeline.analyze_doc(d, res, None).events) for d in docs)
    stages = time.perf_counter() - start
    print(
        f"{len(docs)} articles, {events} events: parse {parse:.1f} s, stages after parsing "
        f"{stages:.2f} s, of which places {spent:.3f} s ({100 * spent / stages:.1f} % of the "
        f"stages, {100 * spent / (parse + stages):.2f} % of the whole); gazetteer load "
        f"{load:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
