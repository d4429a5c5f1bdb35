"""The per-article function mapped by Dask gives what the in-process pipeline gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente import ingest, pipeline
from detente.cli import app
from detente.model import Analysis, Failure

dask = pytest.importorskip("dask")

TEXTS = [
    "Seoul talks\nSouth Korea and Japan held talks in Seoul on Monday about trade.",
    "Sanctions\nThe United States imposed sanctions on Russia over the invasion of Ukraine.",
    "",  # fails: a record without text
    "Visit\nChinese President Xi Jinping visited Moscow and met Vladimir Putin on Tuesday.",
]


def _records(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(TEXTS):
            title, _, body = text.partition("\n")
            fh.write(
                json.dumps({"id": f"t{i}", "title": title, "text": body, "date": "2023-03-21"})
                + "\n"
            )
    return path


def _summary(items: list[Analysis | Failure]) -> list[object]:
    return [
        (item.code,)
        if isinstance(item, Failure)
        else (item.id, [(e.event_type, e.cameo, [a.code for a in e.source]) for e in item.events])
        for item in items
    ]


@pytest.mark.parametrize(
    "scheduler",
    ["synchronous", "threads", pytest.param("processes", marks=pytest.mark.slow)],
)
def test_dask_gives_the_same_results_in_the_same_order(tmp_path, resources, scheduler) -> None:
    from detente.distributed import analyze_with_dask

    src = _records(tmp_path / "in.jsonl")
    local = list(pipeline.analyze_many(ingest.read([src]), resources))
    distributed = list(
        analyze_with_dask(ingest.read([src]), scheduler=scheduler, partition_size=2, window=1)
    )
    assert _summary(distributed) == _summary(local)
    assert [type(x).__name__ for x in distributed] == [
        "Analysis",
        "Analysis",
        "Failure",
        "Analysis",
    ]
    assert any(e.event_type == "SANCTION" for e in distributed[1].events)


def test_dask_without_distributed_is_a_clear_error(tmp_path) -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        with pytest.raises(detente.ConfigError, match="dask and distributed packages"):
            from detente.distributed import analyze_with_dask  # noqa: F401
    else:
        pytest.skip("distributed is installed: the error path cannot be reached")


def test_ingest_with_dask_stores_and_reports_failures(tmp_path) -> None:
    src = _records(tmp_path / "in.jsonl")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "--dask", "synchronous"])
    assert result.exit_code == 1, result.output
    assert "stored 3" in result.output and "failed 1" in result.output
    with detente.open(db, readonly=True) as store:
        assert store.stats().documents == 3
        assert [e.code for e in store.errors()] == ["E106"]
