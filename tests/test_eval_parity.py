"""Every scorer scores what the commands print.

``detente eval quotes`` and ``detente eval keypoints`` score the JSON of ``detente analyze
--json`` (reading, extraction, analysis); ``detente eval events`` scores what ``detente code``
codes for a record holding the gold text as given. Each test runs the command through typer's
CliRunner, parses its output and requires it to equal, record for record, what the scorer
scored for the same input, on texts written for these tests; the slow ones do the same on part
of the dev sets in ../shared, including the records where a shortcut once made them differ."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente import pipeline
from detente.cli import app
from detente.evaluate.quotes import (
    analyses,
    evaluate_quotes,
    load_polnear,
    predictions,
    score_outputs,
)

runner = CliRunner()

# ------------------------------------------------------------------------------------------
# quotes: a small PolNeAR-shaped split written here

ARTICLE = (
    "Harbour talks stall\n\n"
    "Russian President Vladimir Putin visited the new pier on Tuesday. "
    "“The works will finish on time,” he said.\n\n"
    "The harbour authority said on Monday that the pier would open in June.\n\n"
    "“We have waited long enough,” a fisherman said. “Nobody listens to us.”\n\n"
    "Traffic on the coast road was light."
)


def _at(fragment: str, after: int = 0) -> tuple[int, int]:
    """The span of ``fragment`` as whole words, first after ``after``."""
    m = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)").search(ARTICLE, after)
    assert m is not None
    return m.span()


def _ann() -> str:
    quoted = ARTICLE.index("“We have")
    finish = ARTICLE.index("“The works")
    rows = [
        ("T1", "Source", [_at("The harbour authority")]),
        ("T2", "Cue", [_at("said on Monday")]),
        ("T3", "Content", [_at("the pier would open in June")]),
        ("T4", "Source", [_at("a fisherman")]),
        ("T5", "Cue", [_at("said", quoted)]),
        ("T6", "Content", [_at("“We have waited long enough,”"), _at("“Nobody listens to us.”")]),
        ("T7", "Source", [_at("he", finish)]),
        ("T8", "Cue", [_at("said", finish)]),
        ("T9", "Content", [_at("“The works will finish on time,”")]),
    ]
    lines = []
    for tid, label, spans in rows:
        rng = ";".join(f"{s} {e}" for s, e in spans)
        lines.append(f"{tid}\t{label} {rng}\t" + " ".join(ARTICLE[s:e] for s, e in spans))
    lines += [
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def polnear_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_2021-05-04_harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "attributions" / "paper_2021-05-04_harbour_aaaa.ann").write_text(
        _ann(), encoding="utf-8"
    )
    return tmp_path


def _printed(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _assert_quote_scorer_scores_the_printed_json(directory: Path, resources: Any) -> None:
    data = load_polnear(directory)
    paths = [str(directory / "text" / f"{name}.txt") for name, _, _ in data]
    printed = _printed("analyze", *paths, "--json")
    scored = [json.loads(json.dumps(d)) for d in analyses([Path(p) for p in paths], resources)]
    assert scored == printed
    by_source = {d["source"]: d for d in scored}
    for (_, text, _), out in zip(data, printed, strict=True):
        assert predictions(out, text) == predictions(by_source[out["source"]], text)
    assert score_outputs(data, printed).to_dict() == evaluate_quotes(directory, resources).to_dict()


def test_quote_scorer_scores_what_analyze_json_prints(polnear_dir: Path, resources) -> None:
    _assert_quote_scorer_scores_the_printed_json(polnear_dir, resources)


def test_a_split_quotation_is_one_prediction_and_a_pronoun_is_placed(
    polnear_dir: Path, resources
) -> None:
    [(_, text, _)] = load_polnear(polnear_dir)
    [out] = analyses([polnear_dir / "text" / "paper_2021-05-04_harbour.txt"], resources)
    preds = {p.content[0]: p for p in predictions(out, text)}
    split = preds[_at("We")]
    assert split.direct and split.content[-1] == _at("us")  # both pieces, in the raw file
    pronoun = preds[_at("The", ARTICLE.index("“The works"))]
    assert pronoun.speaker_spans == (_at("he", ARTICLE.index("“The works")),)
    assert "Vladimir Putin" in (pronoun.speaker_text or "")
    report = evaluate_quotes(polnear_dir, resources)
    assert (report.direct.gold, report.direct.matched, report.direct.speaker_right) == (2, 2, 2)
    assert report.direct.predicted == 2  # the split quotation is not counted twice


def test_scoring_needs_no_pieces_from_older_output(polnear_dir: Path, resources) -> None:
    """JSON written by detente 0.1 (no ``pieces``) is scored with ``char_span`` as one piece."""
    [(_, text, _)] = load_polnear(polnear_dir)
    [out] = analyses([polnear_dir / "text" / "paper_2021-05-04_harbour.txt"], resources)
    old = json.loads(json.dumps(out))
    for q in old["quotes"]:
        if len(q["pieces"]) == 1:
            del q["pieces"]
    assert predictions(old, text) == predictions(out, text)


@pytest.mark.slow
def test_quote_scorer_parity_on_polnear_dev(resources, shared: Path, tmp_path: Path) -> None:
    source = shared / "gold" / "quotes" / "polnear-dev"
    if not source.exists():
        pytest.skip(f"{source} is absent: the parity check reads the dev set from ../shared")
    names = sorted(p.stem for p in (source / "text").glob("*.txt"))[:4]
    for sub in ("text", "attributions"):
        (tmp_path / sub).mkdir()
    for name in names:
        (tmp_path / "text" / f"{name}.txt").symlink_to(source / "text" / f"{name}.txt")
        for ann in (source / "attributions").glob(f"{name}_*.ann"):
            (tmp_path / "attributions" / ann.name).symlink_to(ann)
    _assert_quote_scorer_scores_the_printed_json(tmp_path, resources)


# ------------------------------------------------------------------------------------------
# events and key points: both reach pipeline.analyze_doc; record what it returned to them


@pytest.fixture
def returned(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What ``pipeline.analyze_doc`` returns while a scorer runs, in call order."""
    seen: list[Any] = []
    original = pipeline.analyze_doc

    def recording(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        seen.append(result)
        return result

    monkeypatch.setattr(pipeline, "analyze_doc", recording)
    return seen


PLOVER = [
    ("r1", "Norway and Chile signed a fishing agreement in Oslo on Friday.", "AGREE"),
    ("r2", "Peru accused Bolivia of moving troops to the border.", "ACCUSE"),
    ("r3", "The Indian government sent food aid to Nepal after the floods.", "AID"),
    ("r4", "Kenyan police arrested dozens of protesters in Nairobi.", "COERCE"),
    # spaces around the text: `detente code` keeps them, so the offsets count them
    ("r5", "  Egypt hosted talks between Sudan and Ethiopia on the dam. ", "CONSULT"),
]


def _events_gold(path: Path, records: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for ident, text, event in records:
            fh.write(json.dumps({"id": ident, "text": text, "event": event}) + "\n")
    return path


def _assert_event_scorer_scores_what_code_prints(gold: Path, resources, returned) -> None:
    from detente.evaluate.events import evaluate_events

    evaluate_events(gold, resources)
    scored = returned[:]  # the command below calls analyze_doc too
    printed = _printed("code", str(gold))
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines()]
    assert len(scored) == len(printed) == len(texts)
    for coded, line in zip(scored, printed, strict=True):
        assert "error" not in line
        assert [e.to_dict() for e in coded.events] == line["events"]  # offsets included


def test_event_scorer_scores_what_code_prints(tmp_path: Path, resources, returned) -> None:
    gold = _events_gold(tmp_path / "gold.jsonl", PLOVER)
    _assert_event_scorer_scores_what_code_prints(gold, resources, returned)


@pytest.mark.slow
def test_event_scorer_parity_on_plover_dev(
    tmp_path: Path, resources, shared: Path, returned
) -> None:
    source = shared / "gold" / "events" / "plover-gsr-dev.jsonl"
    if not source.exists():
        pytest.skip(f"{source} is absent: the parity check reads the dev set from ../shared")
    every = source.read_text(encoding="utf-8").splitlines()
    # the first 40 and every record whose text has spaces around it (the scorer once stripped
    # them, shifting the offsets)
    lines = every[:40] + [
        line for line in every[40:] if (t := json.loads(line)["text"]) != t.strip()
    ]
    assert any(json.loads(line)["text"] != json.loads(line)["text"].strip() for line in lines)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _assert_event_scorer_scores_what_code_prints(gold, resources, returned)


STORIES = [
    (
        "k1",
        "Fishermen in Valdora went on strike on Monday over a new sardine quota. "
        "The regional government said the quota would protect falling stocks. "
        "About 400 boats stayed in the harbour and the fish market was closed. "
        "The strike committee will meet the fisheries minister on Thursday. "
        "Restaurants in the old town said they had run out of fresh fish.",
    ),
    (
        "k2",
        "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a border "
        "dispute. Both sides agreed to set up a joint commission on the fishing zone. "
        "Chile said the commission would meet every three months. "
        "Peru's president welcomed the deal in a speech to parliament.",
    ),
    (
        # page furniture that extraction removes: scored on the raw text it could be a key point
        "k3",
        "Share this article\n\n"
        "The port of Varnel reopened on Wednesday after a week of storms closed it. "
        "Harbour officials said ferries would run on a reduced timetable until Sunday. "
        "Two cargo ships that had waited offshore were the first to dock.\n\n"
        "Follow us on Twitter\n\n"
        "The storms cut power to thousands of homes along the coast.",
    ),
]


def _assert_keypoint_scorer_scores_what_analyze_prints(path: Path, resources, returned) -> None:
    from rouge_score import rouge_scorer

    from detente.evaluate.keypoints import METRICS, evaluate_keypoints, load_highlights

    report = evaluate_keypoints(path, resources, n=3)
    scored = [list(a.key_points) for a in returned]  # the command below calls analyze_doc too
    printed = _printed("analyze", str(path), "--json", "--max-key-points", "3")
    records = load_highlights(path)
    assert len(scored) == len(printed) == len(records)
    assert scored == [d["key_points"] for d in printed]
    # and the figures are those of the printed key points
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows = []
    for rec, out in zip(records, printed, strict=True):
        scores = scorer.score("\n".join(rec["references"]), "\n".join(out["key_points"]))
        rows.append({m: scores[m].fmeasure for m in METRICS})
    assert report.detente == {
        m: round(100 * sum(r[m] for r in rows) / len(rows), 2) for m in METRICS
    }


def test_keypoint_scorer_scores_what_analyze_prints(tmp_path: Path, resources, returned) -> None:
    pytest.importorskip("rouge_score")
    path = tmp_path / "highlights.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for ident, story in STORIES:
            rec = {"id": ident, "article": story, "reference_sentences": ["A strike ."]}
            fh.write(json.dumps(rec) + "\n")
    _assert_keypoint_scorer_scores_what_analyze_prints(path, resources, returned)


@pytest.mark.slow
def test_keypoint_scorer_parity_on_cnndm_dev(
    tmp_path: Path, resources, shared: Path, returned
) -> None:
    pytest.importorskip("rouge_score")
    source = shared / "gold" / "keypoints" / "cnndm-dev.jsonl"
    if not source.exists():
        pytest.skip(f"{source} is absent: the parity check reads the dev set from ../shared")
    every = source.read_text(encoding="utf-8").splitlines()
    # the first 12 and the two articles whose key points changed when the scorer stopped
    # skipping extraction
    changed = {
        "dm-test-914e001df9f064d588f1ec6bb55b747176a7b746",
        "dm-test-c053b3ec1ecee6e3d282936ba388753fc44aef99",
    }
    lines = every[:12] + [line for line in every[12:] if json.loads(line)["id"] in changed]
    assert len(lines) == 14
    path = tmp_path / "highlights.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _assert_keypoint_scorer_scores_what_analyze_prints(path, resources, returned)
