"""The construction suite: per-construction pass rates of the event coder on template sentences.

    .venv/bin/python bench/constructions.py [--only ID ...] [--failures N] [--json]
        [--check-floors] [--list]

Sentences come from src/detente/evaluate/constructions/suite.yaml (written by the project, never
drawn from a gold set) and are coded through the same functions as ``detente code``. For each
construction the table gives: sentences, exact pass rate (every expected event coded with the
right type, direction and status, and no asserted event that was not expected), event recall,
type recall, and the sentences with spurious asserted events. ``--failures N`` prints N failing
sentences per construction with what was coded; ``--check-floors`` exits 4 when a construction
falls below its floor in floors.yaml; ``--list`` prints the sentences without coding them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="construction ids to run (default: all)")
    parser.add_argument("--failures", type=int, default=0, help="failing sentences to show")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.add_argument("--check-floors", action="store_true", help="exit 4 below a floor")
    parser.add_argument("--list", action="store_true", help="print the sentences and stop")
    args = parser.parse_args()

    from detente.evaluate.constructions import generate, load_floors, run_suite

    if args.list:
        for case in generate(only=args.only):
            expected = "; ".join(e.describe() for e in case.expect) or "nothing"
            print(f"{case.id}\t{case.date}\t{case.text}\t{expected}")
        return 0

    import detente

    started = time.perf_counter()
    res = detente.load()
    loaded = time.perf_counter() - started
    report = run_suite(res, only=args.only)
    floors = load_floors()
    below = [
        (c.id, c.pass_rate, floors[c.id])
        for c in report.constructions
        if c.id in floors and c.pass_rate + 1e-9 < floors[c.id]
    ]
    if args.json:
        payload = report.to_dict(failures=max(args.failures, 3))
        payload["load_seconds"] = round(loaded, 2)
        payload["below_floor"] = [{"id": i, "rate": r, "floor": f} for i, r, f in below]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        head = f"{'construction':<24}{'sent':>6}{'pass':>8}{'events':>8}{'types':>8}{'spur':>6}"
        head += f"{'floor':>7}"
        print(head)
        print("-" * len(head))
        for c in [*report.constructions, report.total]:
            floor = floors.get(c.id)
            print(
                f"{c.id:<24}{c.sentences:>6}{c.pass_rate:>8.3f}{c.event_recall:>8.3f}"
                f"{c.type_recall:>8.3f}{c.spurious_sentences:>6}"
                f"{'' if floor is None else f'{floor:.2f}':>7}"
            )
        rate = report.total.sentences / report.seconds if report.seconds else 0.0
        print(
            f"\n{report.total.sentences} sentences coded in {report.seconds:.1f} s "
            f"({rate:.0f}/s; model loaded in {loaded:.1f} s); {report.total.crashes} crashes"
        )
        print(
            "pass: exact pass rate; events: expected events matched; types: expected types "
            "coded at all; spur: sentences with a spurious asserted event"
        )
        if args.failures:
            for c in report.constructions:
                failing = report.failures(c.id, args.failures)
                if not failing:
                    continue
                print(f"\n== {c.id} ({c.sentences - c.passed} failing)")
                for r in failing:
                    d = r.to_dict()
                    print(f"  {d['text']}  [{d['date']}]")
                    print(f"    expected: {'; '.join(d['expected']) or 'nothing'}")
                    print(f"    coded:    {'; '.join(d['coded']) or 'nothing'}")
                    if d["error"]:
                        print(f"    error:    {d['error']}")
    for ident, rate, floor in below:
        print(f"below floor: {ident} {rate:.3f} < {floor:.2f}", file=sys.stderr)
    return 4 if args.check_floors and below else 0


if __name__ == "__main__":
    sys.exit(main())
