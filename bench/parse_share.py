"""Which share of sentences the selective mode parses, on Wikinews and on Current Events.

    .venv/bin/python bench/parse_share.py [--limit N]

``detente.selective`` runs the dependency parser only on the sentences that can hold an event
or a quotation (and the sentences a pronoun there reads back to). This prints, per corpus, the
sentences (as the model's ``senter`` splits them) and tokens of the records' texts, and the share
of each that the parser saw. The texts are read from ../shared and nothing of them is printed.
``--limit`` takes the first N records of each corpus (Current Events has 115,096; default 2,000).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _measure import read_texts
from detente.config import Options
from detente.pipeline import Resources
from detente.selective import SelectiveParser

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPORA = {
    "Wikinews": SHARED / "wikinews" / "articles.jsonl",
    "Current Events": SHARED / "current-events" / "items.jsonl.gz",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=2000, help="first N records of each corpus")
    args = ap.parse_args(argv)
    res = Resources.load(Options(parse="selective"))
    status = 0
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: not found at {path} (it is read from ../shared)", file=sys.stderr)
            status = 2
            continue
        parser = SelectiveParser(res.nlp, res.parser.selector)  # fresh counters per corpus
        texts = read_texts(path, args.limit)
        start = time.perf_counter()
        for _ in parser.pipe(texts, batch_size=32):
            pass
        seconds = time.perf_counter() - start
        print(
            f"{name:15s} {len(texts):6,d} records  "
            f"sentences parsed {parser.parsed_sentences:7,d} of {parser.sentences:7,d} "
            f"({parser.parsed_sentences / max(1, parser.sentences):.1%})  "
            f"tokens {parser.parsed_tokens / max(1, parser.tokens):.1%}  ({seconds:.1f} s)"
        )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
