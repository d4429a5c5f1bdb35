"""Where the spaCy model's time goes: each component timed alone over a corpus.

    .venv/bin/python bench/model_profile.py [--corpus ../shared/corpus/wikinews/articles.jsonl]
                                            [--limit N] [--repeat 2]

The texts are tokenized, then each component of the pipeline detente loads runs over all of them
in turn (batches of 32, as ``nlp.pipe``), and the shipped but disabled ``senter`` on fresh
tokens; the best of ``--repeat`` runs is kept. Shares are of the sum of the enabled components
and the tokenizer, which is what a bare ``nlp.pipe`` costs. It tells what parsing fewer
sentences can save: only the parser's share.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _measure import read_texts
from detente import nlp as nlp_stage

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEFAULT_CORPUS = DEFAULT_CORPUS / "wikinews" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it is read from ../shared)", file=sys.stderr)
        return 2
    nlp = nlp_stage.load()
    texts = read_texts(args.corpus, args.limit)
    list(nlp.pipe(texts[:10]))  # warm the lemmatizer's and the tokenizer's caches
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, seconds), seconds)

    for _ in range(args.repeat):
        start = time.perf_counter()
        docs = [nlp.make_doc(t) for t in texts]
        keep("tokenizer", time.perf_counter() - start)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = (
                list(proc.pipe(docs, batch_size=32))
                if hasattr(proc, "pipe")
                else [proc(d) for d in docs]
            )
            keep(name, time.perf_counter() - start)
        fresh = [nlp.make_doc(t) for t in texts]
        start = time.perf_counter()
        list(nlp.get_pipe("senter").pipe(fresh, batch_size=32))
        keep("senter (disabled)", time.perf_counter() - start)
    total = sum(v for k, v in best.items() if k != "senter (disabled)")
    tokens = sum(len(d) for d in docs)
    print(f"{args.corpus.name}: {len(texts)} texts, {tokens:,} tokens, best of {args.repeat}")
    for name, seconds in best.items():
        print(f"{name:22s} {seconds:7.2f} s  {seconds / total:6.1%}")
    print(f"{'sum (bare nlp.pipe)':22s} {total:7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
