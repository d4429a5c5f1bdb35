"""From file to contract to store and back, through the command line, on real articles.

The per-stage tests check each construction; these check that the stages are wired: that what
`detente analyze --json` prints has the contract's shape and the seed article's facts, and that
an article stored by `detente ingest` comes back from `detente show --json` unchanged.
"""

from __future__ import annotations

import json
from itertools import islice, pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app
from support import shared_path

ARTICLE_KEYS = {"id", "title", "published", "source", "url", "language", "text", "key_points"}
ARTICLE_KEYS |= {"actors", "events", "quotes", "warnings"}
ACTOR_KEYS = {"text", "name", "code", "sector", "kind", "id"}
EVENT_KEYS = {
    "event_type", "mode", "context", "cameo", "goldstein", "quad_class", "source", "target",
    "negated", "hypothetical", "future", "date", "date_precision", "location", "sentence_index",
    "sentence", "trigger", "char_span", "confidence", "rule",
}  # fmt: skip
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
QUOTE_KEYS = {"content", "pieces", "speaker", "cue", "direct", "char_span", "sentence_index"}

runner = CliRunner()


def _check_contract(doc: dict) -> None:
    assert doc.keys() >= ARTICLE_KEYS
    assert doc["id"].startswith("sha256:") and len(doc["id"]) == 71
    text = doc["text"]
    for actor in doc["actors"]:
        assert actor.keys() >= ACTOR_KEYS and actor["mentions"] >= 1
    for e in doc["events"]:
        assert e.keys() >= EVENT_KEYS
        assert e["quad_class"] == QUAD[e["event_type"]]  # PLOVER's quad category of the type
        assert -10 <= e["goldstein"] <= 10
        start, end = e["char_span"]
        assert 0 <= start < end <= len(text)
        first_word = e["trigger"].split()[0]
        assert text[start:end].lower().startswith(first_word.lower()[:3])
        assert " ".join(text[start:end].split()) in " ".join(e["sentence"].split())
        for a in e["source"] + e["target"]:
            assert a.keys() >= ACTOR_KEYS
    for q in doc["quotes"]:
        assert q.keys() >= QUOTE_KEYS
        pieces = q["pieces"]
        assert q["char_span"] == [pieces[0][0], pieces[-1][1]]
        assert all(a[1] <= b[0] for a, b in pairwise(pieces))
        assert " ".join(text[s:e] for s, e in pieces) == q["content"]
        if q["speaker"] is not None:
            start, end = q["speaker"]["char_span"]
            assert text[start:end] == q["speaker"]["text"]


def test_seed_article_through_analyze_json(seed_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    _check_contract(doc)

    first_line = seed_path.read_text(encoding="utf-8").splitlines()[0].strip()
    assert doc["title"] == first_line
    for junk in ("Spread the love", "Related posts", "Leave a Comment", "+ 49 = 53", "inputs from"):
        assert junk not in doc["text"]
    assert len(doc["key_points"]) == 5

    codes = {(a["name"], a["code"]) for a in doc["actors"]}
    texts = {t: a["code"] for a in doc["actors"] for t in a["texts"]}
    assert ("Kim Jong Un", "PRK") in codes and ("Vladimir Putin", "RUS") in codes
    assert ("Donald Trump", "USA") in codes
    for place, code in {
        "Pyongyang": "PRK",
        "Moscow": "RUS",
        "Beijing": "CHN",
        "KCNA": "PRK",
    }.items():
        assert texts[place] == code
    for place, code in {"Ukraine": "UKR", "Ukrainian": "UKR", "South Korea": "KOR"}.items():
        assert texts[place] == code
    assert texts["Japan"] == "JPN"

    direct = [q for q in doc["quotes"] if q["direct"]]
    speakers = [q["speaker"]["text"] if q["speaker"] else None for q in direct]
    # "he added" is the same expert: the pronoun is what the attribution says, the rest is his
    assert speakers[:2] == ["an expert", "he"] and speakers[-1] == "Another expert"
    first, added = direct[0]["speaker"], direct[1]["speaker"]
    assert {**added, "text": None, "char_span": None} == {**first, "text": None, "char_span": None}

    events = doc["events"]

    def codes_of(e: dict, role: str) -> set[str]:
        return {a["code"] for a in e[role]}

    asserted = [e for e in events if not (e["negated"] or e["hypothetical"] or e["future"])]
    assert any(
        e["event_type"] == "CONSULT"
        and {"PRK", "RUS"} <= codes_of(e, "source") | codes_of(e, "target")
        for e in asserted
    )
    sanction = [e for e in events if e["event_type"] == "SANCTION"]
    assert sanction and all(e["date"] and e["date"] < "2023" for e in sanction)
    assert not any(
        e["event_type"] == "AID"
        and "PRK" in codes_of(e, "source")
        and "RUS" in codes_of(e, "target")
        for e in asserted
    )
    assert not any(e["event_type"] == "AID" and "unlikely" in e["sentence"] for e in asserted)


@pytest.mark.slow
def test_wikinews_sample_is_stored_and_read_back_unchanged(tmp_path: Path) -> None:
    corpus = shared_path("corpus", "wikinews", "articles.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as src:
        lines = list(islice(src, 0, 293, 10))  # every tenth article: 30 across both years
    sample.write_text("".join(lines), encoding="utf-8")
    db = tmp_path / "w.db"

    first = runner.invoke(app, ["ingest", str(sample), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert f"stored {len(lines)}" in first.output
    again = runner.invoke(app, ["ingest", str(sample), "--db", str(db)])
    assert f"stored 0 · skipped {len(lines)}" in again.output

    with detente.open(db, readonly=True) as store:
        stats = store.stats()
        ids = [d.id for d in store.documents(limit=None)]
    assert stats.documents == len(lines) and stats.events >= len(lines)

    analysed = runner.invoke(app, ["analyze", str(sample), "--json"])
    by_id = {d["id"]: d for d in map(json.loads, analysed.stdout.splitlines())}
    assert set(by_id) == set(ids)
    for doc_id in ids[:8]:
        shown = json.loads(runner.invoke(app, ["show", doc_id, "--db", str(db), "--json"]).stdout)
        fresh = by_id[doc_id]
        _check_contract(shown)
        for key in ("title", "published", "text", "key_points", "events", "quotes"):
            assert shown[key] == fresh[key], key
        assert [(a["code"], a["mentions"]) for a in shown["actors"]] == [
            (a["code"], a["mentions"]) for a in fresh["actors"]
        ]
