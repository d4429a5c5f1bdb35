"""Throughput and peak memory of a full ingest against a bare ``nlp.pipe``, in one run.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpus/wikinews/articles.jsonl]
                                         [--limit N] [--repeat 2] [--parse full selective]

detente is measured in each parse mode given (``--parse``, both by default: every sentence
parsed, or only those that can hold an event or a quotation; see ``detente.selective``).

Both sides process the same texts with the same spaCy model on one core. The baseline parses the
records' texts and nothing else; detente reads the JSONL file, extracts and cleans each article,
parses it, resolves actors, codes events, finds quotes and key points, and writes everything to a
fresh SQLite store. Each side runs in a fresh child process so that its peak resident memory
(``ru_maxrss``) is its own; the sides alternate ``--repeat`` times and the best time of each is
kept. ``--components on off`` also runs detente with the model's own attribute ruler and
lemmatizer (``DETENTE_FAST_COMPONENTS=off``), to measure what the faster ones save; the bare side
always runs the model's own. The figure that matters is the ratio, which is stable across machines; the absolute rates
are this machine's.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

from _measure import in_fresh_process, maxrss_mb, read_texts
from detente.selective import PARSE_MODES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"


def _subset(corpus: Path, limit: int | None, workdir: Path) -> Path:
    if not limit:
        return corpus
    out = workdir / "subset.jsonl"
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return out


def _baseline(corpus: Path, limit: int | None, queue: mp.Queue) -> None:
    import os

    os.environ["DETENTE_FAST_COMPONENTS"] = "off"  # bare spaCy: the model's own components
    from detente import nlp as nlp_stage

    nlp = nlp_stage.load()
    texts = read_texts(corpus, limit)
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    elapsed = time.perf_counter() - start
    queue.put({"n": n, "seconds": elapsed, "maxrss_mb": maxrss_mb()})


def _detente(corpus: Path, limit: int | None, parse: str, fast: str, queue: mp.Queue) -> None:
    import os

    os.environ["DETENTE_FAST_COMPONENTS"] = fast
    import detente
    from detente import corpus as corpus_run
    from detente.config import Options

    res = detente.load(Options(parse=parse))
    with tempfile.TemporaryDirectory() as tmp:
        source = _subset(corpus, limit, Path(tmp))
        with detente.open(Path(tmp) / "bench.db") as store:
            summary = corpus_run.run([source], store, resources=res)
    queue.put(
        {
            "n": summary.stored + summary.skipped + summary.failed,
            "stored": summary.stored,
            "failed": summary.failed,
            "seconds": summary.seconds,
            "maxrss_mb": maxrss_mb(),
        }
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="first N records only")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--parse", nargs="+", choices=PARSE_MODES, default=list(PARSE_MODES))
    ap.add_argument(
        "--components",
        nargs="+",
        choices=("on", "off"),
        default=["on"],
        help="detente's attribute table and lemma memo (on) or the model's components (off)",
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it is read from ../shared)", file=sys.stderr)
        return 2

    base_runs: list[dict] = []
    sides = [(mode, fast) for mode in args.parse for fast in args.components]
    det_runs: dict[tuple[str, str], list[dict]] = {side: [] for side in sides}
    for _ in range(args.repeat):
        base_runs.append(in_fresh_process(_baseline, args.corpus, args.limit))
        for mode, fast in sides:
            det_runs[(mode, fast)].append(
                in_fresh_process(_detente, args.corpus, args.limit, mode, fast)
            )
    base = min(base_runs, key=lambda r: r["seconds"])
    print(f"corpus: {args.corpus} ({base['n']} articles), best of {args.repeat}")
    print(
        f"bare nlp.pipe              {base['n'] / base['seconds']:7.2f} articles/s  "
        f"{base['seconds']:7.2f} s  peak RSS {base['maxrss_mb']:6.0f} MB"
    )
    for (mode, fast), runs in det_runs.items():
        det = min(runs, key=lambda r: r["seconds"])
        print(
            f"detente ingest, {mode:9s} fast components {fast:3s}  "
            f"{det['n'] / det['seconds']:7.2f} articles/s  "
            f"{det['seconds']:7.2f} s  peak RSS {det['maxrss_mb']:6.0f} MB  "
            f"(stored {det['stored']}, failed {det['failed']}): "
            f"{det['seconds'] / base['seconds']:.2f}x the time of bare spaCy, "
            f"{det['maxrss_mb'] / base['maxrss_mb']:.2f}x its peak memory"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
