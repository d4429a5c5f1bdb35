"""The tune/check discipline of ``detente eval events``: a fixed split by a hash of each record's
id, both halves reported beside the whole set, the floors gating the check half."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate.events import HALVES, split_of

runner = CliRunner()

# g4 falls in tune, g1-g3 in check (sha256 of the id); g4 codes no event
GOLD = [
    {"id": "g1", "text": "Japan imposed sanctions on Iran.", "event": "SANCTION", "actor": [{"code": "JAP"}], "recipient": [{"code": "IRN"}]},
    {"id": "g2", "text": "Peru expelled two diplomats from Bolivia.", "event": "SANCTION", "actor": [{"code": "PER"}], "recipient": [{"code": "BOL"}]},
    {"id": "g3", "text": "Kenya demanded that Uganda release the detainees.", "event": "DEMAND", "actor": [{"code": "KEN"}], "recipient": [{"code": "UGA"}]},
    {"id": "g4", "text": "The weather in Lima was fine.", "event": "CONSULT", "actor": [{"code": "PER"}], "recipient": None},
]  # fmt: skip


def _gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    return path


def test_split_is_a_pure_function_of_the_id_or_text():
    assert [split_of(r) for r in GOLD] == ["check", "check", "check", "tune"]
    # the text decides when there is no id, and the rest of the record does not matter
    a = split_of({"text": "Chile recalled its ambassador."})
    assert a == split_of({"text": "Chile recalled its ambassador.", "event": "SANCTION"})
    assert a in HALVES
    assert split_of({"id": "g4", "text": "anything"}) == "tune"


def test_split_is_roughly_even_on_many_ids():
    halves = [split_of({"id": f"rec-{i}"}) for i in range(1000)]
    assert 400 < halves.count("tune") < 600


def test_report_gives_both_halves_and_gates_check(tmp_path: Path, resources):
    gold = _gold(tmp_path)
    result = runner.invoke(app, ["eval", "events", str(gold), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["split"] == "all" and data["sentences"] == 4
    assert data["halves"]["tune"]["sentences"] == 1
    assert data["halves"]["check"]["sentences"] == 3
    assert data["halves"]["tune"]["type_accuracy"] == 0.0
    assert data["halves"]["check"]["type_accuracy"] == 1.0
    # 0.75 overall, but the floor applies to the check half
    gated = runner.invoke(app, ["eval", "events", str(gold), "--min-type-acc", "0.9"])
    assert gated.exit_code == 0, gated.stderr
    assert "tune (1)" in gated.stdout and "check (3)" in gated.stdout
    failed = runner.invoke(
        app, ["eval", "events", str(gold), "--split", "tune", "--min-type-acc", "0.5", "--json"]
    )
    assert failed.exit_code == 4 and "tune event-type accuracy" in failed.stderr
    assert json.loads(failed.stdout)["sentences"] == 1


def test_bad_split_is_a_usage_error(tmp_path: Path, resources):
    result = runner.invoke(app, ["eval", "events", str(_gold(tmp_path)), "--split", "half"])
    assert result.exit_code == 2


def test_check_half_sentences_are_never_shown(tmp_path: Path, resources):
    # g1 is a check-half item that is coded wrongly here (its gold type is changed); g4 is a
    # tune-half miss: only g4's sentence may be printed, in the JSON and with --errors
    gold = tmp_path / "gold.jsonl"
    rows = [dict(GOLD[0], event="AID"), GOLD[3]]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    data = json.loads(runner.invoke(app, ["eval", "events", str(gold), "--json"]).stdout)
    shown = {e["id"]: e["text"] for e in data["errors"]}
    assert shown == {"g1": None, "g4": GOLD[3]["text"]}
    text = runner.invoke(app, ["eval", "events", str(gold), "--errors", "5"]).stdout
    assert GOLD[3]["text"] in text and GOLD[0]["text"] not in text
