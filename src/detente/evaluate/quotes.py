"""Scoring quotations and attributions against PolNeAR (brat standoff: Source, Cue, Content).

What is scored is what a user gets: the quotes of ``detente analyze --json`` run on the split's
text files (``detente analyze DIR/text --json``: reading, extraction, analysis and
``Analysis.to_dict()``, the same functions the command calls). ``score_outputs`` scores such
JSON objects however they were made, so a figure can be reproduced from saved output.

How the figures are defined, so that they can be compared across runs and with other tools:

* **Tokens** are runs of word characters (``\\w+``) identified by their character offset, so
  punctuation and quotation marks never count and the two sides need no common tokenizer.
* **Offsets.** The JSON's offsets point into the cleaned article text (its ``text`` field), the
  gold's into the raw file. Each word of the cleaned text is mapped to the same word of the raw
  file by aligning the two word sequences (``difflib``); words extraction took out (the first
  line, which is the title, and page furniture) cannot be predicted, so gold Contents there are
  misses.
* **Content match**: a predicted quote matches a gold Content when the token-overlap F1 of its
  ``pieces`` and the gold fragments is at least 0.5. A quotation split by its attribution is one
  quote with several pieces, as PolNeAR annotates it as one Content with several fragments.
  Matching is one-to-one, greedy by descending overlap.
* **Direct quotations** are the gold Contents whose every fragment opens and closes at a
  quotation mark (a mark right outside the span, or at its edge, trailing punctuation allowed),
  and the quotes detente marks ``direct``. **All attributions** are every gold Content with
  every quote, direct or not.
* **Speaker accuracy** is over matched pairs. A pair is right when both have no speaker (PolNeAR's
  ``Attribution-no-source``, a ``null`` speaker), or when the quote's ``speaker.char_span`` (the
  words of the attribution that name the speaker: "he", "an expert") shares a token position
  with the gold Source span, or when the speaker's ``text`` or ``name`` (the person a pronoun was
  resolved to) shares a content word with the gold Source text (the gold "Trump" and a
  predicted "Donald Trump" named elsewhere). PolNeAR has no coreference layer, so a gold pronoun
  is matched by position only.
* An article annotated by several annotators (two in the dev split) is scored once, with the
  annotation that sorts first by annotator id.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = [
    "GoldAttribution",
    "Prediction",
    "QuoteReport",
    "Table",
    "analyses",
    "evaluate_quotes",
    "is_direct",
    "load_polnear",
    "match",
    "overlap_f1",
    "predictions",
    "read_brat",
    "score",
    "score_outputs",
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
    """What the scorer needs of one quote, its offsets in the gold's text."""

    content: Spans
    direct: bool
    speaker_spans: Spans  # character spans of the words naming the speaker in the attribution
    speaker_text: str | None  # the speaker's words and resolved name, None when unattributed


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
# detente's output in the gold's offsets


def _aligner(clean: str, raw: str) -> Callable[[Sequence[int]], Spans]:
    """A function from a character span of ``clean`` to the spans, in ``raw``, of the words of
    ``clean`` inside it that the word alignment of the two texts maps (see the docstring)."""
    a = [(m.start(), m.group()) for m in _WORD.finditer(clean)]
    b = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(raw)]
    matcher = difflib.SequenceMatcher(None, [w for _, w in a], [w for *_, w in b], autojunk=False)
    to_raw: dict[int, tuple[int, int]] = {}
    for i, j, n in matcher.get_matching_blocks():
        for k in range(n):
            to_raw[a[i + k][0]] = b[j + k][:2]

    def spans(span: Sequence[int]) -> Spans:
        found = (to_raw.get(m.start()) for m in _WORD.finditer(clean, span[0], span[1]))
        return tuple(x for x in found if x is not None)

    return spans


def predictions(output: dict[str, Any], text: str) -> list[Prediction]:
    """The quotes of one ``detente analyze --json`` object in the scorer's terms, their offsets
    moved from the object's cleaned ``text`` into ``text``, the gold's raw text."""
    to_raw = _aligner(output["text"], text)
    out = []
    for q in output["quotes"]:
        sp = q["speaker"]
        pieces = q.get("pieces") or [q["char_span"]]  # output of detente 0.1 had no pieces
        content = tuple(t for piece in pieces for t in to_raw(piece))
        if sp is None:
            out.append(Prediction(content, bool(q["direct"]), (), None))
            continue
        where = to_raw(sp["char_span"]) if sp.get("char_span") else ()
        words = " ".join(x for x in (sp.get("text"), sp.get("name")) if x)
        out.append(Prediction(content, bool(q["direct"]), where, words))
    return out


# ------------------------------------------------------------------------------------------
# running detente


def analyses(paths: Sequence[Path], resources: Any) -> Iterator[dict[str, Any]]:
    """What ``detente analyze PATHS --json`` prints, one contract object per article: the same
    reading, extraction and analysis (``resources`` is a ``pipeline.Resources``). An article
    that fails gives nothing, as the command prints nothing for it on stdout."""
    from .. import ingest, pipeline
    from ..model import Failure

    items = ingest.read([str(p) for p in paths], limits=resources.options.limits)
    for item in pipeline.analyze_many(items, resources):
        if not isinstance(item, Failure):
            yield item.to_dict()


def score_outputs(
    data: Sequence[tuple[str, str, list[GoldAttribution]]], outputs: Iterable[dict[str, Any]]
) -> QuoteReport:
    """Score ``detente analyze --json`` objects against ``load_polnear`` data; an object belongs
    to the article whose file name (less ``.txt``) its ``source`` ends with. An article with no
    object is scored with no quotes."""
    by_name = {Path(o["source"]).stem: o for o in outputs}
    report = QuoteReport()
    for name, text, gold in data:
        out = by_name.get(name)
        direct, every = score(text, predictions(out, text) if out is not None else [], gold)
        report.articles += 1
        report.direct.add(direct)
        report.all.add(every)
    return report


def evaluate_quotes(
    directory: Path, resources: Any, *, articles: Iterable[str] | None = None
) -> QuoteReport:
    """Run ``detente analyze --json`` over a PolNeAR split's text files and score its quotes.
    ``resources`` is a ``pipeline.Resources``; ``articles`` keeps only those names."""
    data = load_polnear(directory)
    if articles is not None:
        keep = set(articles)
        data = [d for d in data if d[0] in keep]
    paths = [directory / "text" / f"{name}.txt" for name, _, _ in data]
    return score_outputs(data, analyses(paths, resources))
