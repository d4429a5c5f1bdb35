"""Draw the sample for a blind second annotation of the two Wikinews label sets.

    python scripts/draw_agreement_sample.py --keys /tmp/agree_keys.tsv > /tmp/agree_sample.txt

The TUNE set (``bench/data/tune_labels.tsv``) and the CHECK set
(``bench/data/wikinews_labels.tsv``) were labelled by different people; to see whether they
applied the shared conventions alike, a third annotator labels a sample of each without seeing
either file's labels, and ``bench/agreement.py`` compares afterwards.

``random.Random(SEED)`` samples ``N`` stratum-A rows from each file (in file order), then
shuffles the two samples together, so the annotator cannot tell which set a sentence comes
from. Only the first five columns of each file are read (id, offsets, hash, stratum): the label
column is never parsed. Standard output gets, per row, a neutral key (``r001`` ...), the
sentence (from the corpus by id and offsets) and its paragraph for context; ``--keys`` gets the
key → set, id, offsets, hash map, kept apart so the set stays hidden while labelling. The text
comes from ../shared and must stay out of the repository: write both to a scratch directory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
SETS = {
    "tune": ROOT / "bench" / "data" / "tune_labels.tsv",
    "check": ROOT / "bench" / "data" / "wikinews_labels.tsv",
}
SEED = 6060
N = 60


def stratum_a_rows(path: Path) -> list[tuple[str, int, int, str]]:
    """(id, start, end, hash) of the stratum-A rows; the label column is cut off unread."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iid, start, end, sha, stratum = line.split("\t", 5)[:5]
        if stratum == "A":
            rows.append((iid, int(start), int(end), sha))
    return rows


def draw(seed: int = SEED, n: int = N) -> list[tuple[str, str, int, int, str]]:
    """(set, id, start, end, hash) of ``n`` rows per set, shuffled together."""
    rng = random.Random(seed)
    picked = [
        (name, *row) for name, path in SETS.items() for row in rng.sample(stratum_a_rows(path), n)
    ]
    rng.shuffle(picked)
    return picked


def paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (block between blank lines) holding the sentence."""
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return text[left + 2 if left >= 0 else 0 : right if right >= 0 else len(text)].strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=Path, required=True, help="scratch file for the key map")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent", file=sys.stderr)
        return 2
    picked = draw()
    ids = {p[1] for p in picked}
    records = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] in ids:
            records[rec["id"]] = rec
    keys = []
    for i, (name, iid, start, end, sha) in enumerate(picked, 1):
        key = f"r{i:03d}"
        rec = records[iid]
        sentence = rec["text"][start:end]
        if hashlib.sha1(sentence.encode("utf-8")).hexdigest()[: len(sha)] != sha:
            print(f"{iid} {start}: sentence changed (corpus changed?)", file=sys.stderr)
            return 1
        keys.append(f"{key}\t{name}\t{iid}\t{start}\t{end}\t{sha}\n")
        para = " ".join(paragraph(rec["text"], start, end).split())
        print(f"=== {key}  ({rec['date']}) {rec['title']}")
        print(f"SENTENCE: {' '.join(sentence.split())}")
        print(f"PARAGRAPH: {para}\n")
    args.keys.write_text("".join(keys), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
