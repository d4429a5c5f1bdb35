"""Agreement between the blind second annotations and the TUNE, CHECK and LONG-FORM labels.

    PYTHONPATH=src .venv/bin/python bench/agreement.py [-v]

``bench/data/agreement_labels.tsv`` holds a second annotator's labels for 60 stratum-A rows of
each of ``bench/data/tune_labels.tsv`` and ``bench/data/wikinews_labels.tsv``, made blind to both
(``scripts/draw_agreement_sample.py``); ``bench/data/longform_second_labels.tsv`` a second
annotation, as blind, of every row of the long-form tune set (``bench/data/longform_labels.tsv``). The coder's recall differs a lot between the two sets;
if the two first annotators read the shared conventions differently, part of that gap is the
labels, not the coder. This compares the second annotation with each set's own labels on the
same rows, per set:

* required labels per annotator, and sentences with at least one;
* the second annotation scored as if it were a coder against the set's labels, the way the
  benches score (``detente.evaluate.dyadic``): precision = its required labels that some label
  of the set has (required or '?'), recall = the set's required labels that some required label
  of the second annotation has; type and direction, then country pair only;
* Cohen's kappa on "the sentence has at least one required event";
* every required label the other side lacks, by its first type and by kind: ``missed`` (the other
  has nothing between those countries), ``type`` (same countries and direction, other type),
  ``direction`` (same countries, other direction), ``optional`` (the other has it as '?').

It reads no corpus text except for ``-v``, which lists the disagreeing TUNE rows with their
sentence; check rows are never printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate.dyadic import Label, parse_events

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SECOND = (DATA / "agreement_labels.tsv", DATA / "longform_second_labels.tsv")
SETS = {
    "tune": DATA / "tune_labels.tsv",
    "check": DATA / "wikinews_labels.tsv",
    "longform": DATA / "longform_labels.tsv",
}
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
KINDS = ("missed", "type", "direction", "optional")

Key = tuple[str, int, int]


def read_rows(path: Path) -> dict[Key, tuple[str, str, list[Label]]]:
    """(id, start, end) → (hash, fifth column, labels) of a labels file."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iid, start, end, sha, fifth, cell = [*line.split("\t"), ""][:6]
        rows[(iid, int(start), int(end))] = (sha, fifth, parse_events(cell))
    return rows


def same_event(a: Label, b: Label, *, typed: bool = True) -> bool:
    """The two labels name the same event: a shared type (when ``typed``), the same countries,
    and the same direction unless either is mutual (as ``dyadic.matches`` treats a pair)."""
    if typed and not set(a.types) & set(b.types):
        return False
    if a.mutual or b.mutual:
        return {a.src, a.tgt} == {b.src, b.tgt}
    return (a.src, a.tgt) == (b.src, b.tgt)


def kind(label: Label, other: list[Label]) -> str | None:
    """Why ``other`` (one sentence's labels) lacks this required label, or None if it has it."""
    if any(same_event(label, o) and not o.optional for o in other):
        return None
    if any(same_event(label, o) for o in other):
        return "optional"
    if any(same_event(label, o, typed=False) for o in other):
        return "type"
    if any({label.src, label.tgt} == {o.src, o.tgt} for o in other):
        return "direction"
    return "missed"


def cohen_kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two annotators' yes/no judgements of the same items (1.0 when both are
    constant and equal: nothing to disagree about)."""
    n = len(a)
    if n == 0 or n != len(b):
        raise ValueError("two judgements per item needed")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Agreement:
    """Counts of one set's rows: ``mine`` is the second annotation, ``theirs`` the set's labels."""

    rows: int = 0
    mine_required: int = 0
    theirs_required: int = 0
    mine_right: int = 0  # my required labels that some label of theirs has
    mine_right_any: int = 0
    theirs_found: int = 0  # their required labels that some required label of mine has
    theirs_found_any: int = 0
    mine_event: list[bool] = field(default_factory=list)
    theirs_event: list[bool] = field(default_factory=list)
    # (whose label, kind) and (whose label, first type) of the required labels the other lacks
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)
    types: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, mine: list[Label], theirs: list[Label]) -> list[tuple[str, str, Label]]:
        """Count one sentence; return its disagreements as (whose, kind, label)."""
        self.rows += 1
        req_mine = [x for x in mine if not x.optional]
        req_theirs = [x for x in theirs if not x.optional]
        self.mine_required += len(req_mine)
        self.theirs_required += len(req_theirs)
        self.mine_event.append(bool(req_mine))
        self.theirs_event.append(bool(req_theirs))
        for lab in req_mine:
            self.mine_right += any(same_event(lab, o) for o in theirs)
            self.mine_right_any += any(same_event(lab, o, typed=False) for o in theirs)
        for lab in req_theirs:
            self.theirs_found += any(same_event(lab, o) for o in req_mine)
            self.theirs_found_any += any(same_event(lab, o, typed=False) for o in req_mine)
        out = []
        for whose, labels, other in (("mine", req_mine, theirs), ("theirs", req_theirs, mine)):
            for lab in labels:
                k = kind(lab, other)
                if k:
                    self.kinds[(whose, k)] += 1
                    self.types[(whose, lab.types[0])] += 1
                    out.append((whose, k, lab))
        return out

    @property
    def precision(self) -> float:
        return self.mine_right / max(self.mine_required, 1)

    @property
    def recall(self) -> float:
        return self.theirs_found / max(self.theirs_required, 1)

    @property
    def precision_any(self) -> float:
        return self.mine_right_any / max(self.mine_required, 1)

    @property
    def recall_any(self) -> float:
        return self.theirs_found_any / max(self.theirs_required, 1)

    @property
    def kappa(self) -> float:
        return cohen_kappa(self.mine_event, self.theirs_event)

    def to_dict(self) -> dict:
        return {
            "rows": self.rows,
            "required_second": self.mine_required,
            "required_set": self.theirs_required,
            "sentences_with_event_second": sum(self.mine_event),
            "sentences_with_event_set": sum(self.theirs_event),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(f1(self.precision, self.recall), 3),
            "precision_pair_only": round(self.precision_any, 3),
            "recall_pair_only": round(self.recall_any, 3),
            "f1_pair_only": round(f1(self.precision_any, self.recall_any), 3),
            "kappa_has_event": round(self.kappa, 3),
            "disagreements_by_kind": {f"{w}/{k}": n for (w, k), n in sorted(self.kinds.items())},
            "disagreements_by_type": {f"{w}/{t}": n for (w, t), n in sorted(self.types.items())},
        }


def compare(verbose: bool = False) -> dict[str, Agreement]:
    """One ``Agreement`` per set; with ``verbose``, the TUNE rows' disagreements are printed."""
    second = {k: v for path in SECOND if path.exists() for k, v in read_rows(path).items()}
    texts = _tune_texts(second) if verbose else {}
    out = {name: Agreement() for name in SETS}
    for name, path in SETS.items():
        first = read_rows(path)
        for key, (sha, set_name, mine) in second.items():
            if set_name != name:
                continue
            if key not in first or first[key][0] != sha:
                raise SystemExit(f"{key} of the second annotation is not a row of {path.name}")
            diffs = out[name].add(mine, first[key][2])
            if verbose and name == "tune" and diffs:
                print(f"{key[0]}:{key[1]}  {texts.get(key, '')}")
                for whose, k, lab in diffs:
                    print(f"    {whose:6} {k:9} {lab}")
    return out


def _tune_texts(second: dict) -> dict[Key, str]:
    """The sentences of the TUNE rows only (for ``-v``)."""
    want = {k for k, v in second.items() if v[1] == "tune"}
    ids = {k[0] for k in want}
    texts = {}
    if WIKINEWS.exists():
        for line in WIKINEWS.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in ids:
                for key in (k for k in want if k[0] == rec["id"]):
                    texts[key] = " ".join(rec["text"][key[1] : key[2]].split())
    return texts


def print_table(result: dict[str, Agreement]) -> None:
    """The figures as a table, one column per set."""
    names = list(result)
    rows = [
        ("sentences", lambda a: f"{a.rows}"),
        ("required labels: second annotation", lambda a: f"{a.mine_required}"),
        ("required labels: the set's own", lambda a: f"{a.theirs_required}"),
        ("sentences with an event: second", lambda a: f"{sum(a.mine_event)}"),
        ("sentences with an event: set's own", lambda a: f"{sum(a.theirs_event)}"),
        ("type+direction P / R / F1", lambda a: _prf(a.precision, a.recall)),
        ("country pair only P / R / F1", lambda a: _prf(a.precision_any, a.recall_any)),
        ("kappa, sentence has an event", lambda a: f"{a.kappa:.2f}"),
    ]
    rows += [
        (f"lacked by the other: {w} {k}", lambda a, w=w, k=k: f"{a.kinds[(w, k)]}")
        for w in ("theirs", "mine")
        for k in KINDS
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  " + "  ".join(f"{n:>18}" for n in names))
    for label, fn in rows:
        print(f"{label:{width}}  " + "  ".join(f"{fn(result[n]):>18}" for n in names))
    for n in names:
        types = result[n].types
        parts = [
            f"{t} {types[('theirs', t)]}/{types[('mine', t)]}"
            for t in sorted({t for _, t in types})
        ]
        print(
            f"{n}: required labels the other lacks, by first type (the set's own / the second "
            f"annotation's): {'  '.join(parts)}"
        )


def _prf(p: float, r: float) -> str:
    return f"{p:.2f} / {r:.2f} / {f1(p, r):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="the TUNE rows' disagreements with text"
    )
    args = parser.parse_args()
    result = compare(args.verbose)
    if args.json:
        print(json.dumps({k: a.to_dict() for k, a in result.items()}, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
