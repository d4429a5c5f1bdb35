"""The attribute table and the lemma memo against the model's own components, in one process.

    .venv/bin/python bench/fast_components.py [--corpus ../shared/corpus/wikinews/articles.jsonl]
                                              [--limit N] [--repeat 3]

The texts go once through tok2vec, tagger, the line-break rule and the parser; then each pair of
components (the model's ``attribute_ruler`` and ``detente.attribute_table``, then the model's
``lemmatizer`` and ``detente.lemmas``) runs over copies of those documents, alternating
``--repeat`` times; the best time of each is kept and the load average printed beside it. Every
token's part of speech, tag, morphology, lemma and label is compared between the two outputs, and
the script fails if one differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from _measure import read_texts
from detente import nlp as nlp_stage

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEFAULT_CORPUS = DEFAULT_CORPUS / "wikinews" / "articles.jsonl"
ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def _timed(procs: list, docs: list[Doc]) -> tuple[float, list[Doc]]:
    copies = [d.copy() for d in docs]
    start = time.perf_counter()
    for proc in procs:
        copies = [proc(d) for d in copies]
    return time.perf_counter() - start, copies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it is read from ../shared)", file=sys.stderr)
        return 2
    ours = nlp_stage.load()
    model = spacy.load(nlp_stage.default_model())
    texts = read_texts(args.corpus, args.limit)
    docs = list(model.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    ruled = [model.get_pipe("attribute_ruler")(d.copy()) for d in docs]  # the lemmatizer's input
    pairs = {
        "attribute rules": (
            docs,
            model.get_pipe("attribute_ruler"),
            ours.get_pipe("attribute_ruler"),
        ),
        "lemmatizer": (ruled, model.get_pipe("lemmatizer"), ours.get_pipe("lemmatizer")),
    }
    tokens = sum(len(d) for d in docs)
    print(f"{args.corpus.name}: {len(texts)} texts, {tokens:,} tokens, best of {args.repeat}")
    differing = 0
    for name, (inputs, theirs, mine) in pairs.items():
        _timed([theirs], inputs[:5])  # warm both memos and tables alike
        _timed([mine], inputs[:5])
        best = {"model": float("inf"), "detente": float("inf")}
        for _ in range(args.repeat):
            for side, proc in (("model", theirs), ("detente", mine)):
                seconds, out = _timed([proc], inputs)
                best[side] = min(best[side], seconds)
                print(f"  {name:16s} {side:8s} {seconds:6.2f} s  load {os.getloadavg()[0]:.2f}")
                if side == "model":
                    expected = out
                else:
                    differing += sum(
                        bool((a.to_array(ATTRS) != b.to_array(ATTRS)).any())
                        for a, b in zip(expected, out, strict=True)
                    )
        print(
            f"{name:18s} model {best['model']:6.2f} s  detente {best['detente']:6.2f} s  "
            f"{best['model'] / best['detente']:5.1f}x faster"
        )
    print(f"documents with any token differing: {differing}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
