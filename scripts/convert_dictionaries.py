"""Convert the PETRARCH-2 / Phoenix dictionaries into detente's formats.

Reads ../shared/dictionaries/petrarch2 (or --source) and writes src/detente/knowledge/data/petrarch:
people.csv, organizations.csv, roles.yaml, lexicon.yaml, report.yaml and the MIT LICENSE notice.
The output is deterministic; tests/test_knowledge_petrarch.py checks the committed copy is current.

    make dictionaries
    python scripts/convert_dictionaries.py --source DIR --out DIR [--warnings]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from detente.knowledge.build import build, write

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, default=ROOT.parent / "shared/dictionaries/petrarch2"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "src/detente/knowledge/data/petrarch")
    parser.add_argument("--warnings", action="store_true", help="print every reader warning")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        print(f"{args.source}: no such folder", file=sys.stderr)
        return 2
    result = build(args.source)
    for path in write(result, args.out):
        print(f"{path}  {path.stat().st_size:,} bytes")
    if args.warnings:
        for warning in result.warnings:
            print(warning, file=sys.stderr)
    print(f"{result.report['warnings']} reader warnings (--warnings lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
