"""Scoring key points against human highlights (CNN/Daily Mail), beside Lead-3 in the same run.

Each record of the JSON Lines file needs ``article`` (the text) and ``reference_sentences`` (the
highlights, one string each; ``reference`` is used when the list is missing). What is scored is
what a user gets: the ``key_points`` of ``detente analyze FILE --json --max-key-points N`` (3 by
default, as many as Lead-3 has) on the highlights file itself — the same reading (the file's
JSON Lines records, ``article`` as the text), extraction, analysis and ``Analysis.to_dict()``
the command runs. An article the command fails on prints nothing, so it is scored with no key
points. Lead-3 is the first three sentences of the parse of the record's ``article`` as given,
before extraction: the baseline is the publisher's opening, the text a reader of the article
sees, so it does not move when detente's extraction changes. ROUGE-1, ROUGE-2 and ROUGE-Lsum
are the F-measures of the ``rouge-score`` package with its Porter stemmer, prediction and
reference sentences joined by newlines (what ROUGE-Lsum needs), averaged over articles and
multiplied by 100.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError

__all__ = ["KeypointReport", "evaluate_keypoints", "lead", "load_highlights"]

METRICS = ("rouge1", "rouge2", "rougeLsum")


@dataclass(slots=True)
class KeypointReport:
    articles: int = 0
    detente: dict[str, float] = field(default_factory=dict)
    lead3: dict[str, float] = field(default_factory=dict)

    @property
    def gain(self) -> dict[str, float]:
        """detente minus Lead-3, in ROUGE points."""
        return {m: round(self.detente.get(m, 0.0) - self.lead3.get(m, 0.0), 2) for m in METRICS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "detente": self.detente,
            "lead3": self.lead3,
            "gain": self.gain,
        }


def load_highlights(path: Path) -> list[dict[str, Any]]:
    """The records of a highlights file, each with ``article`` and ``references`` (a list)."""
    if not path.is_file():
        raise InputError(f"{path} is not a file", code="E110")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n} is not JSON: {exc.msg}", code="E110") from exc
            refs = rec.get("reference_sentences") or (
                [rec["reference"]] if rec.get("reference") else None
            )
            if not isinstance(rec.get("article"), str) or not refs:
                raise InputError(f"{path}:{n} lacks article or reference_sentences", code="E110")
            out.append(
                {
                    "id": rec.get("id", str(n)),
                    "url": rec.get("url"),
                    "article": rec["article"],
                    "references": list(refs),
                }
            )
    if not out:
        raise InputError(f"{path} holds no records", code="E110")
    return out


def lead(doc: Any, n: int = 3) -> list[str]:
    """The first ``n`` sentences of a parse: the Lead-n baseline."""
    out = []
    for sent in doc.sents:
        text = sent.text.strip()
        if text:
            out.append(text)
            if len(out) == n:
                break
    return out


def _mean(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    return {m: round(100 * sum(r[m] for r in rows) / len(rows), 2) for m in METRICS}


def evaluate_keypoints(
    path: Path, resources: Any, *, n: int = 3, ids: Iterable[str] | None = None
) -> KeypointReport:
    """Run detente's key points and Lead-3 over a highlights file and score both."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:  # an optional extra: the scorer is not needed to run detente
        raise ConfigError(
            "scoring key points needs the rouge-score package: pip install 'detente[eval]'",
            code="E503",
        ) from None

    from .. import ingest, pipeline
    from ..model import Failure

    # the pipeline's key points, as many as the highlights to compare them with
    resources = replace(resources, options=replace(resources.options, max_key_points=n))

    records = load_highlights(path)
    # what `detente analyze FILE --json` reads: one item per non-blank line, as load_highlights
    items = ingest.read([str(path)], limits=resources.options.limits)
    pairs = list(zip(records, items, strict=True))
    if ids is not None:
        keep = set(ids)
        pairs = [(rec, item) for rec, item in pairs if rec["id"] in keep]
    records = [rec for rec, _ in pairs]
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    ours: list[dict[str, float]] = []
    base: list[dict[str, float]] = []
    outputs = pipeline.analyze_many((item for _, item in pairs), resources)
    docs = resources.parser.pipe([r["article"] for r in records], batch_size=16)
    for rec, out, doc in zip(records, outputs, docs, strict=True):
        points = [] if isinstance(out, Failure) else out.to_dict()["key_points"]
        reference = "\n".join(rec["references"])
        for system, rows in ((points, ours), (lead(doc, 3), base)):
            scores = scorer.score(reference, "\n".join(system))
            rows.append({m: scores[m].fmeasure for m in METRICS})
    return KeypointReport(articles=len(records), detente=_mean(ours), lead3=_mean(base))
