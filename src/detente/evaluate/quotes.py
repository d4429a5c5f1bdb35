"""Scoring quotations and attributions against PolNeAR (brat standoff: Source, Cue, Content).

How the figures are defined, so that they can be compared across runs and with other tools:

* **Tokens** are runs of word characters (``\\w+``) identified by their character offset, so
  punctuation and quotation marks never count and the two sides need no common tokenizer.
* **Content match**: a predicted attribution matches a gold Content when the token-overlap F1 of
  their content spans is at least 0.5. A quotation split by its attribution is one prediction
  with several pieces, as PolNeAR annotates it as one Content with several fragments. Matching
  is one-to-one, greedy by descending overlap.
* **Direct quotations** are the gold Contents whose every fragment opens and closes at a
  quotation mark (a mark right outside the span, or at its edge, trailing punctuation allowed),
  and the predictions detente marks ``direct``. **All attributions** are every gold Content with
  every prediction, direct or not.
* **Speaker accuracy** is over matched pairs. A pair is right when both have no speaker (PolNeAR's
  ``Attribution-no-source``), or when the predicted speaker shares a token position with the gold
  Source span — through the words that name it in the attribution ("he", "an expert") or, for a
  pronoun, the words it was resolved to — or shares a content word with the gold Source text
  (the gold "Trump" and a predicted "Donald Trump" named elsewhere). PolNeAR has no coreference
  layer, so a gold pronoun is matched by position only.
* An article annotated by several annotators (two in the dev split) is scored once, with the
  annotation that sorts first by annotator id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = [
    "GoldAttribution",
    "Prediction",
    "QuoteReport",
    "Table",
    "evaluate_quotes",
    "is_direct",
    "load_polnear",
    "match",
    "overlap_f1",
    "read_brat",
    "score",
]

Spans = tuple[tuple[int, int], ...]
_WORD = re.compile(r"\w+")
_OPEN = frozenset('“"«„‘')
_CLOSE = frozenset('”"»’')
_PAIRS = ("''", "``")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "mr",
        "mrs",
        "ms",
        "dr",
        "of",
        "for",
        "and",
        "to",
        "in",
        "at",
        "on",
        "this",
        "that",
        "these",
        "those",
        "who",
        "which",
        "one",
    ]
)


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Spans
    source: Spans | None
    cue: Spans | None
    direct: bool


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the scorer needs of one predicted attribution."""

    content: Spans
    direct: bool
    speaker_spans: Spans  # token-free character spans naming the speaker (written and resolved)
    speaker_text: str | None  # the resolved name or words, None when unattributed


@dataclass(slots=True)
class Table:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_disagreements: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    def add(self, other: Table) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.kind_disagreements += other.kind_disagreements

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(
            precision=round(self.precision, 4),
            recall=round(self.recall, 4),
            f1=round(self.f1, 4),
            speaker_accuracy=round(self.speaker_accuracy, 4),
        )
        return d


@dataclass(slots=True)
class QuoteReport:
    articles: int = 0
    direct: Table = field(default_factory=Table)
    all: Table = field(default_factory=Table)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "direct": self.direct.to_dict(),
            "all": self.all.to_dict(),
        }


# ------------------------------------------------------------------------------------------
# reading the gold


def _spans(rng: str) -> Spans:
    out = []
    for part in rng.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def is_direct(text: str, spans: Spans) -> bool:
    """True when a gold Content is a quotation: its first fragment opens at a quotation mark and
    its last fragment closes at one (PolNeAR cuts long quotations into fragments at sentences)."""
    s, e = spans[0][0], spans[-1][1]
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return False
    opens = (
        text[s] in _OPEN
        or text.startswith(_PAIRS, s)
        or (s > 0 and text[s - 1] in _OPEN)
        or text.endswith(_PAIRS, 0, s)
    )
    after = text[e : e + 3]
    closes = (
        text[e - 1] in _CLOSE
        or text.endswith(_PAIRS, 0, e)
        or (after[:1] != "" and after[0] in _CLOSE)
        or after.startswith(_PAIRS)
        or (
            after[:1] != ""
            and after[0] in ",.?!"
            and ((after[1:2] in _CLOSE and after[1:2] != "") or after[1:].startswith(_PAIRS))
        )
    )
    return opens and closes


def read_brat(ann: str, text: str) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file (the text is needed to classify them)."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, rng = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(rng))
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            roles = dict(p.split(":", 1) for p in parts[1].split() if ":" in p)
            relations.append(roles)
    out = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        out.append(
            GoldAttribution(
                content=content[1],
                source=source[1] if source else None,
                cue=cue[1] if cue else None,
                direct=is_direct(text, content[1]),
            )
        )
    return out


def load_polnear(directory: Path) -> list[tuple[str, str, list[GoldAttribution]]]:
    """(name, text, gold attributions) for each article of a PolNeAR split directory holding
    ``text/*.txt`` and ``attributions/*_<annotator>.ann``."""
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(
            f"{directory} is not a PolNeAR split (text/ and attributions/ expected)", code="E110"
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    out = []
    for name, ann in sorted(chosen.items()):
        txt = text_dir / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        out.append((name, text, read_brat(ann.read_text(encoding="utf-8"), text)))
    if not out:
        raise InputError(f"{directory} holds no annotated articles", code="E110")
    return out


# ------------------------------------------------------------------------------------------
# scoring


def _tokens(text: str, spans: Spans) -> frozenset[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return frozenset(out)


def overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    """Token-overlap F1 of two token-position sets."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return 2 * common / (len(a) + len(b))


def match(
    pred: Sequence[frozenset[int]], gold: Sequence[frozenset[int]], threshold: float = 0.5
) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) index pairs with overlap F1 ≥ ``threshold``, best first."""
    owner: dict[int, list[int]] = {}
    for gi, g in enumerate(gold):
        for t in g:
            owner.setdefault(t, []).append(gi)
    pairs = []
    for pi, p in enumerate(pred):
        seen: set[int] = set()
        for t in p:
            for gi in owner.get(t, ()):
                if gi in seen:
                    continue
                seen.add(gi)
                f = overlap_f1(p, gold[gi])
                if f >= threshold:
                    pairs.append((f, pi, gi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out.append((pi, gi))
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP)


def speaker_right(text: str, pred: Prediction, gold: GoldAttribution) -> bool:
    """The speaker comparison stated in the module docstring."""
    if gold.source is None or pred.speaker_text is None:
        return gold.source is None and pred.speaker_text is None
    g = _tokens(text, gold.source)
    if g & _tokens(text, pred.speaker_spans):
        return True
    gold_words = _words(" ".join(text[s:e] for s, e in gold.source))
    return bool(gold_words & _words(pred.speaker_text))


def score(
    text: str, preds: Sequence[Prediction], gold: Sequence[GoldAttribution]
) -> tuple[Table, Table]:
    """(direct, all) tables for one article.

    In the direct table, a direct prediction that the all-attributions matching pairs with a gold
    Content that is not a quotation (PolNeAR often takes the words before a quotation into its
    Content: "Clinton said on the other hand, “...”") is a disagreement about the category, not
    a wrong quotation: it is left out of the direct table and counted in ``kind_disagreements``.
    """
    pt = [_tokens(text, p.content) for p in preds]
    gt = [_tokens(text, g.content) for g in gold]
    pairs = match(pt, gt)
    every = Table(
        len(gold),
        len(preds),
        len(pairs),
        sum(speaker_right(text, preds[pi], gold[gi]) for pi, gi in pairs),
    )
    other_kind = {pi for pi, gi in pairs if preds[pi].direct and not gold[gi].direct}
    dp = [i for i, p in enumerate(preds) if p.direct and i not in other_kind]
    dg = [i for i, g in enumerate(gold) if g.direct]
    dpairs = match([pt[i] for i in dp], [gt[i] for i in dg])
    direct = Table(
        len(dg),
        len(dp),
        len(dpairs),
        sum(speaker_right(text, preds[dp[a]], gold[dg[b]]) for a, b in dpairs),
        kind_disagreements=len(other_kind),
    )
    return direct, every


# ------------------------------------------------------------------------------------------
# running detente


def _published(name: str) -> dt.date | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return dt.date.fromisoformat(m.group(1)) if m else None


def predictions(doc: Any, mentions: Sequence[Any]) -> list[Prediction]:
    """detente's attributions of one parsed text in the scorer's terms."""
    from ..actors import antecedent
    from ..quotes import attributions

    out = []
    for a in attributions(doc, mentions, antecedent=antecedent):
        spans: list[tuple[int, int]] = []
        name = None
        if a.speaker is not None:
            sp = a.speaker
            for s, e in [(sp.start, sp.end)] + ([sp.antecedent] if sp.antecedent else []):
                first, last = doc[s], doc[e - 1]
                spans.append((first.idx, last.idx + len(last.text)))
            name = " ".join(x for x in (sp.actor.text, sp.actor.name) if x)
        out.append(Prediction(tuple(a.pieces), a.direct, tuple(spans), name))
    return out


def evaluate_quotes(
    directory: Path, resources: Any, *, articles: Iterable[str] | None = None
) -> QuoteReport:
    """Run detente over a PolNeAR split and score it. ``resources`` is a ``pipeline.Resources``;
    the raw text is parsed as it is, because the gold offsets point into it."""
    from ..pipeline import analyze_doc

    data = load_polnear(directory)
    if articles is not None:
        keep = set(articles)
        data = [d for d in data if d[0] in keep]
    report = QuoteReport()
    docs = resources.nlp.pipe([text for _, text, _ in data], batch_size=16)
    for (name, text, gold), doc in zip(data, docs, strict=True):
        mentions = analyze_doc(doc, resources, _published(name)).mentions
        direct, every = score(text, predictions(doc, mentions), gold)
        report.articles += 1
        report.direct.add(direct)
        report.all.add(every)
    return report
