"""Scale-out (issue 13, items 3-4): --workers auto, partitioned Parquet that round-trips the
records and loads into the same store as a direct ingest, DuckDB and pandas over it, and Dask
clusters that run the same work and leave no process behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import detente
from detente import corpus, ingest, parquet, pipeline
from detente.cli import app
from detente.cli._common import parse_workers
from detente.cli.progress import count_inputs
from detente.model import Analysis, Failure
from support import ROOT
from support.processes import alive, survivors_of_killed_parent

RECORDS = [
    (
        "Talks in Seoul",
        "South Korea and Japan held talks in Seoul on Monday about trade. "
        "“We agreed to meet again next month,” the South Korean foreign minister said.",
    ),
    ("Sanctions", "The United States imposed sanctions on Russia on Tuesday over the war."),
    ("Empty", ""),  # fails: a record without text (E106)
    (
        "Visit",
        "Chinese President Xi Jinping visited Moscow and met Vladimir Putin on Wednesday. "
        "Putin said the two countries would deepen their military cooperation.",
    ),
    ("Sanctions again", "The United States imposed sanctions on Russia on Tuesday over the war."),
]


def _write(path: Path, records: list[tuple[str, str]], prefix: str = "r") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (title, text) in enumerate(records):
            row = {"id": f"{prefix}{i}", "title": title, "text": text, "date": "2024-05-06"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _invoke(*args: object) -> object:
    # a wide terminal: a refused partition's path and reason stay on one line of the output
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "300"})


def _contents(db: Path) -> tuple[object, ...]:
    """Everything a store holds that an ingest decides: each document's whole analysis (events,
    quotes, actors, mentions, key points) with its story, the recorded errors, the counts."""
    with detente.open(db, readonly=True) as store:
        infos = store.documents(limit=None)
        analyses = [(d.id, d.story_id, store.document(d.id)) for d in infos]
        errors = sorted((e.source, e.code, e.reason, e.stage, e.count) for e in store.errors())
        stats = store.stats()
    counts = (stats.documents, stats.events, stats.quotes, stats.actors, stats.stories)
    return analyses, errors, counts


# ----------------------------------------------------------------------------------------------
# --workers


def test_workers_option_takes_auto_or_a_positive_number() -> None:
    assert parse_workers("auto") == "auto"
    assert parse_workers("AUTO") == "auto"
    assert parse_workers("3") == 3
    for bad in ("0", "-1", "two", ""):
        with pytest.raises(typer.BadParameter):
            parse_workers(bad)


def test_a_bad_workers_value_is_a_usage_error(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", RECORDS[:1])
    result = _invoke("ingest", src, "--db", tmp_path / "d.db", "--workers", "none")
    assert result.exit_code == 2
    result = _invoke("code", src, "--workers", "0")
    assert result.exit_code == 2


def test_usable_cores_follow_the_affinity_mask() -> None:
    assert corpus.usable_cores() == len(os.sched_getaffinity(0))


def test_auto_stays_in_this_process_for_a_small_run_and_keeps_every_item(monkeypatch) -> None:
    monkeypatch.setattr(corpus, "usable_cores", lambda: 2)
    count, items = corpus.worker_count("auto", iter(range(10)), per_worker=8)
    assert (count, list(items)) == (1, list(range(10)))
    count, items = corpus.worker_count("auto", iter(range(40)), per_worker=8)
    assert (count, list(items)) == (2, list(range(40)))  # what was read ahead is put back
    count, items = corpus.worker_count(3, iter(range(5)))
    assert (count, list(items)) == (3, list(range(5)))


def test_count_inputs_for_the_time_left(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", RECORDS)
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "one.txt").write_text("x")
    (folder / "two.html").write_text("x")
    (folder / ".hidden").write_text("x")
    assert count_inputs([str(src)]) == len(RECORDS)
    assert count_inputs([str(src), str(folder)]) == len(RECORDS) + 2
    assert count_inputs(["-"]) is None
    assert count_inputs([str(src), "https://example.org/feed"]) is None


def test_the_progress_bar_goes_to_a_terminal_stderr_only(tmp_path: Path, monkeypatch) -> None:
    from detente.cli import _common

    src = _write(tmp_path / "in.jsonl", RECORDS[:2])
    out = tmp_path / "out.jsonl"
    piped = CliRunner().invoke(app, ["code", str(src), "-o", str(out)])
    assert piped.exit_code == 0 and "\x1b[" not in piped.stderr  # no bar into a pipe or a log
    monkeypatch.setattr(_common.err_console, "_force_terminal", True)
    shown = CliRunner().invoke(app, ["code", str(src), "-o", str(out)])
    assert shown.exit_code == 0, shown.output
    assert "\x1b[?25l" in shown.stderr  # a live bar was drawn (and cleared) on stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["r0", "r1"]  # not into the output
    to_stdout = CliRunner().invoke(app, ["code", str(src)])  # records on stdout: no bar at all
    assert [json.loads(line)["id"] for line in to_stdout.stdout.splitlines()] == ["r0", "r1"]


def test_the_bar_shows_the_rate_and_the_time_left() -> None:
    from rich.console import Console

    from detente.cli.progress import run_progress

    progress = run_progress("coding", "records", 100)
    task = progress.add_task("x", total=100, counts="2 failed")
    for done in (10, 20, 30):
        progress.update(task, completed=done)
        time.sleep(0.05)
    console = Console(width=200, record=True, force_terminal=False)
    console.print(progress.make_tasks_table(progress.tasks))
    text = console.export_text()
    assert "30/100 records" in text and "ETA" in text and "2 failed" in text
    assert "/s" in text and "–/s" not in text  # a rate was measured


@pytest.mark.slow
def test_code_in_two_processes_writes_what_one_writes(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", RECORDS * 3)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = _invoke("code", src, "-o", one, "--workers", "1", "--batch-size", "2")
    second = _invoke("code", src, "-o", two, "--workers", "2", "--batch-size", "2")
    assert first.exit_code == second.exit_code == 1  # the empty records got an error line
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert len(one.read_text(encoding="utf-8").splitlines()) == len(RECORDS) * 3


# ----------------------------------------------------------------------------------------------
# Parquet


def test_a_partition_round_trips_the_records(tmp_path: Path, resources) -> None:
    src = _write(tmp_path / "in.jsonl", RECORDS)
    items = list(pipeline.analyze_many(ingest.read([src]), resources))
    assert [type(x).__name__ for x in items] == ["Analysis"] * 2 + ["Failure"] + ["Analysis"] * 2
    assert any(x.quotes for x in items if isinstance(x, Analysis))
    assert any(x.mentions for x in items if isinstance(x, Analysis))
    written = parquet.write_partition(items, tmp_path / "out", "part-x-00000")
    assert (written.documents, len(written.failures)) == (4, 1)
    assert written.events == sum(len(x.events) for x in items if isinstance(x, Analysis))
    back = parquet.read_partition(tmp_path / "out", "part-x-00000")
    assert back.items == tuple(items)  # every field, mentions and publisher's key points too
    assert list(parquet.partition_names(tmp_path / "out")) == ["part-x-00000"]
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_ingest_to_parquet_then_load_gives_the_store_a_direct_ingest_gives(
    tmp_path: Path,
) -> None:
    src = _write(tmp_path / "in.jsonl", RECORDS)
    direct, loaded, out = tmp_path / "direct.db", tmp_path / "loaded.db", tmp_path / "parquet"
    assert _invoke("ingest", src, "--db", direct).exit_code == 1  # one record failed
    default = tmp_path / "default.db"
    written = CliRunner().invoke(
        app, ["ingest", str(src), "--output", str(out)], env={"DETENTE_DB": str(default)}
    )
    assert written.exit_code == 1, written.output
    assert "wrote 4 documents" in written.output and "[E106]" in written.output
    assert not default.exists()  # Parquet instead of a store, not as well
    result = _invoke("load", out, "--db", loaded)
    assert result.exit_code == 1, result.output  # the partition holds a failure
    assert "stored 3 · skipped 1" in result.output  # the article given twice is stored once
    assert _contents(loaded) == _contents(direct)
    counts = _contents(loaded)[2]
    assert counts[0] == 3 and counts[1] > 0 and counts[2] > 0  # documents, events, quotes

    again = _invoke("load", out, "--db", loaded)  # idempotent: nothing added, nothing recounted
    assert "stored 0 · skipped 4" in again.output and "failed 0" in again.output
    assert again.exit_code == 0, again.output
    assert _contents(loaded) == _contents(direct)


def test_a_bad_partition_is_refused_with_its_reason_and_the_rest_loads(tmp_path: Path) -> None:
    out, db = tmp_path / "parquet", tmp_path / "d.db"
    first = _write(tmp_path / "a.jsonl", RECORDS[:2], prefix="a")
    second = _write(tmp_path / "b.jsonl", RECORDS[3:4], prefix="b")
    third = _write(tmp_path / "c.jsonl", [("Kyiv", "Ukraine and Poland signed a deal on grain.")])
    for src in (first, second, third):
        assert _invoke("ingest", src, "--output", out).exit_code == 0
        time.sleep(1.1)  # run names start with the second: keep the three runs in order
    names = list(parquet.partition_names(out))
    assert len(names) == 3
    (out / "events" / f"{names[1]}.parquet").write_bytes(b"not parquet at all")
    (out / "quotes" / f"{names[2]}.parquet").unlink()
    result = _invoke("load", out, "--db", db)
    assert result.exit_code == 1
    assert "refused 2 partitions" in result.output and "stored 2" in result.output
    damaged = [line for line in result.output.splitlines() if "[E124]" in line]
    assert len(damaged) == 2
    assert f"{names[1]}.parquet" in damaged[0] and "not a readable Parquet file" in damaged[0]
    assert f"{names[2]}.parquet" in damaged[1] and "missing" in damaged[1]
    with detente.open(db, readonly=True) as store:
        assert store.stats().documents == 2  # the first partition's
        assert sorted(e.code for e in store.errors()) == ["E124", "E124"]


@pytest.mark.slow
def test_a_process_pool_writes_the_partitions_this_process_writes(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", RECORDS * 30)  # 150 records: three partitions
    pooled = corpus.run_to_parquet([src], tmp_path / "pool", workers=2)
    here = corpus.run_to_parquet([src], tmp_path / "here", workers=1)
    assert (pooled.stored, pooled.events, pooled.failed) == (here.stored, here.events, 30)
    names = list(parquet.partition_names(tmp_path / "pool"))
    assert len(names) == 3
    assert [parquet.read_partition(tmp_path / "pool", n).items for n in names] == [
        parquet.read_partition(tmp_path / "here", n).items
        for n in parquet.partition_names(tmp_path / "here")
    ]


def test_load_refuses_a_directory_that_is_not_ingest_output(tmp_path: Path) -> None:
    result = _invoke("load", tmp_path, "--db", tmp_path / "d.db")
    assert result.exit_code == 3
    assert "E124" in result.output and "documents/" in result.output


def test_duckdb_and_pandas_query_the_parquet_directly(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    src = _write(tmp_path / "in.jsonl", RECORDS)
    out, db = tmp_path / "parquet", tmp_path / "d.db"
    assert _invoke("ingest", src, "--output", out).exit_code == 1
    assert _invoke("load", out, "--db", db).exit_code == 1
    with detente.open(db, readonly=True) as store:
        stored = {}
        for e in store.events(limit=None, include_hypothetical=True, include_historical=True):
            stored[e.event.event_type] = stored.get(e.event.event_type, 0) + 1
    rows = duckdb.sql(
        f"""SELECT e.event_type, count(*) FROM read_parquet('{out}/events/*.parquet') e
            JOIN (SELECT DISTINCT id FROM read_parquet('{out}/documents/*.parquet')) d
              ON d.id = e.document
            JOIN (SELECT document, min(document_position) AS first
                  FROM read_parquet('{out}/events/*.parquet') GROUP BY 1) f
              ON f.document = e.document AND f.first = e.document_position
            GROUP BY 1"""
    ).fetchall()
    assert dict(rows) == stored and stored  # the duplicate article counted once, as stored
    sources = duckdb.sql(
        f"SELECT s.code FROM read_parquet('{out}/events/*.parquet'), unnest(source) AS t(s) "
        "WHERE event_type = 'SANCTION'"
    ).fetchall()
    assert ("USA",) in sources
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 4 and set(docs["title"]) >= {"Talks in Seoul", "Visit"}
    failures = pd.read_parquet(out / "failures")
    assert list(failures["code"]) == ["E106"]


# ----------------------------------------------------------------------------------------------
# Dask


@pytest.mark.filterwarnings("ignore:Port .* is already in use")
def test_a_dask_cluster_writes_the_partitions_a_local_run_writes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src = _write(tmp_path / "in.jsonl", RECORDS)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        on_dask = corpus.run_to_parquet([src], tmp_path / "dask", dask=cluster.scheduler_address)
    here = corpus.run_to_parquet([src], tmp_path / "here", workers=1)
    assert (on_dask.stored, on_dask.events, on_dask.failed) == (here.stored, here.events, 1)

    def items(folder: Path) -> list[Analysis | Failure]:
        return [
            x
            for n in parquet.partition_names(folder)
            for x in parquet.read_partition(folder, n).items
        ]

    assert items(tmp_path / "dask") == items(tmp_path / "here")


def test_an_unreachable_cluster_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = _write(tmp_path / "in.jsonl", RECORDS[:1])
    result = _invoke("ingest", src, "--db", tmp_path / "d.db", "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 3
    assert "E503" in result.output and "cannot reach a Dask scheduler" in result.output


PARENT = """
import os, time
from detente.config import Options
from detente.distributed import dask_client
if __name__ == "__main__":
    with dask_client("processes", Options(model="no-such-model"), workers=2) as client:
        print(" ".join(str(p) for p in client.run(os.getpid).values()), flush=True)
        time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_dask_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=env,
    )  # fmt: skip
    try:
        line = parent.stdout.readline() if parent.stdout else ""
        workers = [int(pid) for pid in line.split()]
        assert len(workers) == 2 and parent.pid not in workers, line
        assert all(alive(pid) for pid in workers)
        assert survivors_of_killed_parent(parent, workers) == []
    finally:
        if parent.poll() is None:
            parent.kill()
