"""``detente code``, ``detente explain`` and ``detente eval events`` through Typer's CliRunner."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()

RECORDS = [
    {"id": "a", "text": "Japan imposed sanctions on Iran.", "date": "2024-01-10"},
    {"id": "b", "text": ""},
    "this line is not JSON",
    {"id": "c", "text": "Mexico hosted Canada's prime minister.", "date": "1/2/2024"},
    {"text": "Egypt did not sign the accord with Israel."},
    {"id": "d", "text": "The weather was fine."},
]


def write_jsonl(path: Path, records, *, gz: bool = False) -> Path:
    lines = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_code_keeps_input_order_and_reports_bad_records(tmp_path: Path, resources, gz: bool):
    src = write_jsonl(tmp_path / ("in.jsonl.gz" if gz else "in.jsonl"), RECORDS, gz=gz)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(src), "-o", str(out)])
    assert result.exit_code == 1  # some records failed, the rest were coded
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "line-3", "c", "line-5", "d"]
    by_id = {x["id"]: x for x in lines}
    assert [e["event_type"] for e in by_id["a"]["events"]] == ["SANCTION"]
    assert by_id["a"]["events"][0]["date"] == "2024-01-10"
    assert "error" not in by_id["a"] and by_id["d"]["events"] == []
    assert "E106" in by_id["b"]["error"] and "JSON" in by_id["line-3"]["error"]
    assert "E503" in by_id["c"]["error"]
    assert by_id["line-5"]["events"][0]["negated"] is True
    assert "sentences/s" in result.stderr


def test_code_all_good_exits_zero_and_writes_stdout(tmp_path: Path, resources):
    src = write_jsonl(tmp_path / "in.jsonl", [RECORDS[0], RECORDS[4]])
    result = runner.invoke(app, ["code", str(src)])
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 2 and lines[0]["events"][0]["source"][0]["code"] == "JPN"


def test_code_missing_input_is_fatal(tmp_path: Path):
    result = runner.invoke(app, ["code", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 3


def test_explain_shows_rule_and_decisions(resources):
    result = runner.invoke(app, ["explain", "Brazil may recall its ambassador from Argentina."])
    assert result.exit_code == 0
    out = result.stdout
    assert "recall+ambassador" in out and "hypothetical" in out and "Brazil" in out
    assert "SANCTION" in out


def test_explain_json(resources):
    result = runner.invoke(
        app,
        ["explain", "Chad expelled French diplomats last month.", "--date", "2024-03-05", "--json"],
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (
        data["events"][0]["event_type"] == "SANCTION" and data["events"][0]["date"] == "2024-02-01"
    )
    assert any("date" in d["note"] for d in data["decisions"])
    assert {m["code"] for m in data["mentions"]} >= {"TCD", "FRA"}


def test_explain_bad_date_is_a_usage_error(resources):
    result = runner.invoke(
        app, ["explain", "Chad expelled French diplomats.", "--date", "yesterday"]
    )
    assert result.exit_code == 2


GOLD = [
    {"id": "g1", "text": "Japan imposed sanctions on Iran.", "event": "SANCTION", "mode": None, "actor": [{"code": "JAP"}], "recipient": [{"code": "IRN"}]},
    {"id": "g2", "text": "Peru expelled two diplomats from Bolivia.", "event": "SANCTION", "mode": "expel", "actor": [{"code": "PER"}], "recipient": [{"code": "BOL"}]},
    {"id": "g3", "text": "Kenya demanded that Uganda release the detainees.", "event": "DEMAND", "mode": None, "actor": [{"code": "KEN"}], "recipient": [{"code": "UGA"}]},
    {"id": "g4", "text": "The weather in Lima was fine.", "event": "CONSULT", "mode": None, "actor": [{"code": "PER"}], "recipient": None},
]  # fmt: skip


def test_eval_events_json_and_floor(tmp_path: Path, resources):
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    result = runner.invoke(app, ["eval", "events", str(gold), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["sentences"] == 4 and data["crashes"] == 0
    assert data["type_accuracy"] == pytest.approx(0.75)  # the last sentence has no event
    assert data["confusion"]["CONSULT"] == {"-": 1}
    assert data["confusion"]["REQUEST"] == {"REQUEST": 1}  # DEMAND is read as REQUEST
    assert data["actor_f1"] > 0.8  # JAP is Japan's CAMEO code
    failed = runner.invoke(
        app, ["eval", "events", str(gold), "--split", "tune", "--min-type-acc", "0.9"]
    )
    assert failed.exit_code == 4 and "below floor" in failed.stderr
    table = runner.invoke(
        app, ["eval", "events", str(gold), "--min-actor-f1", "0.5", "--errors", "1"]
    )
    assert table.exit_code == 0 and "Confusion" in table.stdout and "g4" in table.stdout


def test_eval_events_malformed_gold(tmp_path: Path, resources):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", str(gold)])
    assert result.exit_code == 3 and "E110" in result.stderr


def test_code_help_documents_its_exit_status():
    text = " ".join(runner.invoke(app, ["code", "--help"]).output.split())
    assert "Exit status: 0 when every record was coded" in text
    assert '1 when some records got an "error" line' in text
