"""Why the coder misses labelled events on a label set (the Wikinews check set by default), in
counts only.

    .venv/bin/python bench/diagnose.py [--labels bench/data/wikinews_labels.tsv] [--json]
    .venv/bin/python bench/diagnose.py --labels bench/data/train_labels.tsv --show "target empty"

Any label file in the format of ``bench/data`` works (the tune and train sets mix Wikinews
sentences and Current Events items).

A check set must stay a check set: this tool prints aggregated counts and never a sentence, a
word of one, an id or an offset of a check set (``--show``, which lists the missed labels of one
category with their sentences, refuses the check sets), so it can guide which general mechanisms to build without
exposing any item. It runs the scorer's own path (``bench/wikinews.py``: ``detente analyze
--json`` over the labelled articles, the same sentence location and ``dyadic`` pairs) and then,
for each required label that was missed, asks which of these holds, first match wins:

(b) an event of the labelled type is coded in the sentence but not asserted (which flag);
(c) the labelled type is coded and asserted but a side is missing or has the wrong country;
(d) events are coded in the sentence, only of other types;
(a) no event is coded in the sentence at all.

For (a) and (c) it also counts whether the label's countries were among the actor mentions the
actor stage resolved in that sentence (the analysed text is parsed again in-process for them),
and whether the sentence is longer than 40 tokens. For (a) it says why nothing was coded, from
the coder's own trace of that sentence: no trigger word at all, or the reasons its triggers were
dropped (the reason's wording only, with any quoted word removed); where a trigger was dropped
for want of an actor, the dependency path from it to each mention of the label's countries, as
the trigger's part of speech and dependency labels only. Wrong coded pairs are split into: right
countries, wrong type; right type, wrong pair; and no label of that type or pair at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from detente import events as events_stage
from detente.evaluate.dyadic import Label, in_span, locate, matches, pairs
from detente.model import Event
from detente.pipeline import Resources, analyze_doc, parse
from sentence_labels import analyze, load_records, parse_rows
from wikinews import LABELS

LONG = 40  # tokens
# the check sets: counts only, never an item
CHECK_SETS = frozenset({"wikinews_labels.tsv", "current_events_labels.tsv"})
_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'|\[[^\]]*\]')


def _why_nothing(doc, trace, span: tuple[int, int]) -> list[str]:
    """Why the coder coded nothing in the sentence at ``span``: its trace's drop reasons, with
    quoted words and bracketed codes removed so that no word of the sentence is printed."""
    sents = list(doc.sents)
    inside = {i for i, s in enumerate(sents) if s.start_char < span[1] and s.end_char > span[0]}
    notes = [m for si, _, m in trace.entries if si in inside]
    if not any("matched rule" in m for m in notes):
        return ["no trigger word"]
    reasons = sorted({_QUOTED.sub("…", m.strip()) for m in notes if "dropped" in m})
    return reasons or ["triggers matched, nothing kept (no drop noted)"]


def _path(doc, a: int, b: int) -> str:
    """The dependency path from token ``a`` (a trigger) to token ``b`` (an actor's head) as
    labels only: up from ``a`` to their common ancestor ("^"), then down to ``b``."""
    up_a = [a]
    while doc[up_a[-1]].head.i != up_a[-1]:
        up_a.append(doc[up_a[-1]].head.i)
    up_b = [b]
    while doc[up_b[-1]].head.i != up_b[-1]:
        up_b.append(doc[up_b[-1]].head.i)
    common = next((x for x in up_a if x in up_b), None)
    if common is None:
        return "no common head"
    rise = [doc[x].dep_ for x in up_a[: up_a.index(common)]]
    fall = [doc[x].dep_ for x in reversed(up_b[: up_b.index(common)])]
    return f"{doc[a].pos_}:" + "/".join([*(r + "^" for r in rise), *fall]) or "same"


def _unattached(doc, trace, span, mentions, lab: Label) -> list[str]:
    """For a sentence whose triggers were dropped for want of actors: the dependency path from
    each such trigger to each mention of the label's countries (labels and parts of speech
    only, never a word)."""
    sents = list(doc.sents)
    inside = {i for i, s in enumerate(sents) if s.start_char < span[1] and s.end_char > span[0]}
    dropped = {
        ti for si, ti, m in trace.entries if si in inside and ti is not None and "no actor" in m
    }
    heads = [
        m.head
        for m in mentions
        if span[0] <= m.start < span[1] and m.actor.code in {lab.src, lab.tgt}
    ]
    return [_path(doc, t, h) for t in sorted(dropped) for h in heads]


def _codes(side: list) -> set[str]:
    return {a.code for a in side if a.code}


def _flags(ev: Event) -> str:
    names = [f for f in ("negated", "hypothetical", "future", "historical") if getattr(ev, f)]
    return "+".join(names) or "asserted"


def classify(lab: Label, evs: list[Event]) -> tuple[str, str]:
    """(category, detail) of one missed required label, from the sentence's coded events."""
    typed = [e for e in evs if e.event_type in lab.types]
    unasserted = [e for e in typed if not e.asserted]
    asserted = [e for e in typed if e.asserted]
    if asserted:
        want = {lab.src, lab.tgt}
        details = []
        for e in asserted:
            src, tgt = _codes(e.source), _codes(e.target)
            if not src and not tgt:
                details.append("both sides empty")
            elif not src:
                details.append("source empty")
            elif not tgt and not e.mutual:
                details.append("target empty")
            elif e.mutual and len(src) < 2 and not tgt:
                details.append("mutual with one party")
            elif not (src | tgt) & want:
                details.append("both countries wrong")
            elif (src | tgt) >= want:
                details.append("direction or split wrong")
            else:
                details.append("one country wrong")
        return "c", sorted(details)[0]
    if unasserted:
        return "b", _flags(unasserted[0])
    if evs:
        return "d", "other types only"
    return "a", "nothing coded"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--show", metavar="DETAIL", help='list the missed labels of one detail ("target empty")'
    )
    args = parser.parse_args()
    if args.show and args.labels.name in CHECK_SETS:
        parser.error(f"--show lists items, and {args.labels.name} is a check set: counts only")
    rows = parse_rows(args.labels)
    records = load_records({r["id"] for r in rows})
    analyses = analyze([records[i] for i in dict.fromkeys(r["id"] for r in rows)])
    res = Resources.load()
    docs: dict[str, tuple] = {}
    miss: Counter[str] = Counter()
    miss_type: Counter[str] = Counter()
    actor_seen: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    why: Counter[str] = Counter()
    paths: Counter[str] = Counter()
    for row in rows:
        rec, analysis = records[row["id"]], analyses.get(row["id"])
        start, end = row["span"]
        span = locate(rec["text"][start:end], analysis["text"], near=start) if analysis else None
        if span is None:
            miss["sentence not located"] += 1
            continue
        evs = in_span([Event.from_dict(e) for e in analysis["events"]], span)
        got = pairs(evs)
        labels = row["labels"]
        for p in got:
            if any(matches(p, lab) for lab in labels):
                continue
            if any(matches(p, lab, typed=False) for lab in labels):
                fp["right countries, wrong type"] += 1
            elif any(p[0] in lab.types for lab in labels):
                fp["right type, wrong pair"] += 1
            else:
                fp["event not labelled"] += 1
        missed = [
            lab for lab in labels if not lab.optional and not any(matches(p, lab) for p in got)
        ]
        if not missed:
            continue
        if row["id"] not in docs:
            doc = parse(res.nlp, analysis["text"])
            pub = analysis.get("published")
            date = dt.date.fromisoformat(pub[:10]) if pub else None
            trace = events_stage.Trace()
            coded = analyze_doc(doc, res, date, trace)
            docs[row["id"]] = (doc, coded.mentions, trace)
        doc, mentions, trace = docs[row["id"]]
        in_sent = [m for m in mentions if span[0] <= m.start < span[1]]
        codes = {m.actor.code for m in in_sent if m.actor.code}
        ntok = len(doc.char_span(span[0], span[1], alignment_mode="expand") or [])
        for lab in missed:
            cat, detail = classify(lab, evs)
            if args.show == detail:
                print(f"{row['id']}:{start} {lab}\n    {rec['text'][start:end]!r}")
                for e in evs:
                    print(
                        f"    coded {e.event_type} {sorted(_codes(e.source))} -> "
                        f"{sorted(_codes(e.target))} [{e.trigger}] {e.rule} {_flags(e)}"
                    )
            miss[f"({cat}) {detail}"] += 1
            miss_type[f"{lab.types[0]} ({cat})"] += 1
            if cat in {"a", "c"}:
                have = {lab.src, lab.tgt} & codes
                seen = "both" if len(have) == 2 else ("one" if have else "none")
                actor_seen[f"({cat}) label countries resolved in sentence: {seen}"] += 1
                actor_seen[f"({cat}) sentence > {LONG} tokens: {ntok > LONG}"] += 1
            if cat == "a":
                for reason in _why_nothing(doc, trace, span):
                    why[reason] += 1
                for path in _unattached(doc, trace, span, mentions, lab):
                    paths[path] += 1
    out = {
        "missed": dict(sorted(miss.items())),
        "missed_by_type": dict(sorted(miss_type.items())),
        "actors_and_length": dict(sorted(actor_seen.items())),
        "why_nothing_coded": dict(sorted(why.items())),
        "unattached_paths": dict(paths.most_common()),
        "false_positives": dict(sorted(fp.items())),
    }
    if args.show:
        return 0
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for section, counts in out.items():
            print(section)
            for k, v in counts.items():
                print(f"  {v:4d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
