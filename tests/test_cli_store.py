"""The store and relations commands through Typer's CliRunner: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app
from support.records import analysis, event, rich_analysis

runner = CliRunner()

# Two short English articles and one file that is not text, written for these tests.
ARTICLE_1 = (
    "Leaders meet in a port city\n"
    "The leaders of North Korea and Russia met in the port city of Vladivostok on Thursday to "
    "discuss trade, security and the war in Ukraine, officials in both countries said. The two "
    "delegations also agreed to reopen a rail link that had been closed for several years."
)
ARTICLE_2 = (
    "Talks on fishing rights resume\n"
    "Negotiators from Japan and South Korea resumed talks on fishing rights in the waters between "
    "the two countries on Monday, after a pause of almost a year, a ministry spokesman said. Both "
    "sides described the first day of the meeting as constructive and businesslike."
)


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "one.txt").write_text(ARTICLE_1, encoding="utf-8")
    (d / "two.txt").write_text(ARTICLE_2, encoding="utf-8")
    (d / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return d


def test_ingest_a_directory_with_one_bad_file(inbox: Path, tmp_path: Path, resources) -> None:
    db = tmp_path / "cli.db"
    result = run("ingest", inbox, "--db", db)
    assert result.exit_code == 1, result.output
    assert "stored 2" in result.output and "failed 1" in result.output
    assert "broken.txt" in result.output and "[E10" in result.output
    with detente.open(db, readonly=True) as store:
        assert store.stats().documents == 2
        errors = store.errors()
    assert len(errors) == 1 and errors[0].source.endswith("broken.txt")
    assert errors[0].code.startswith("E1") and errors[0].stage == "ingest"

    again = run("ingest", inbox, "--db", db)
    assert again.exit_code == 1
    assert "stored 0" in again.output and "skipped 2" in again.output

    listed = run("errors", "--db", db, "--json")
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.output.splitlines()]
    # one row per source and reason, with how often it failed (issue 11)
    assert [(r["source"].endswith("broken.txt"), r["count"]) for r in rows] == [(True, 2)]
    table = run("errors", "--db", db)
    assert "times" in table.output and "│ 2     │" in table.output


def test_ingest_of_good_input_exits_zero(tmp_path: Path, resources) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE_1, encoding="utf-8")
    result = run("ingest", path, "--db", tmp_path / "ok.db")
    assert result.exit_code == 0, result.output
    assert "stored 1 · skipped 0" in result.output and "failed 0" in result.output


def test_ingest_from_stdin_and_with_a_size_limit(tmp_path: Path, resources) -> None:
    db = tmp_path / "stdin.db"
    piped = runner.invoke(
        app, ["ingest", "-", "--db", str(db), "--no-language-check"], input=ARTICLE_2
    )
    assert piped.exit_code == 0, piped.output
    assert "stored 1" in piped.output
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE_1, encoding="utf-8")
    limited = run("ingest", path, "--db", db, "--max-bytes", "100")
    assert limited.exit_code == 1
    assert "[E104]" in limited.output
    with detente.open(db, readonly=True) as store:
        assert store.stats().documents == 1
        assert store.errors()[0].code == "E104"


@pytest.mark.slow
def test_ingest_with_two_workers(inbox: Path, tmp_path: Path) -> None:
    db = tmp_path / "workers.db"
    result = run("ingest", inbox, "--db", db, "--workers", "2")
    assert result.exit_code == 1, result.output
    assert "stored 2" in result.output and "failed 1" in result.output
    with detente.open(db, readonly=True) as store:
        assert store.stats().documents == 2 and len(store.errors()) == 1


def test_ingest_into_a_store_that_cannot_be_opened(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database " * 200)
    result = run("ingest", tmp_path, "--db", junk)
    assert result.exit_code == 3
    assert "E401" in result.output


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    with detente.open(path) as store:
        store.add(rich_analysis())
        for i, (t, src, tgt, day) in enumerate(
            [
                ("SANCTION", "USA", "PRK", "2017-09-11"),
                ("THREATEN", "PRK", "USA", "2017-08-08"),
                ("CONSULT", "USA", "PRK", "2018-06-12"),
                ("AGREE", "PRK", "USA", "2018-06-12"),
            ]
        ):
            store.add(
                analysis(
                    f"Brief {i}: a {t.lower()} between {src} and {tgt}, dated {day}.",
                    published=day,
                    events=(
                        event(t, src, tgt, sentence=f"{src} chose to {t.lower()} {tgt} ({i})."),
                    ),
                )
            )
    return path


def test_events_as_a_table_and_as_json(db: Path) -> None:
    table = run("events", "--db", db, "--actor", "USA")
    assert table.exit_code == 0, table.output
    assert table.output.index("2018-06-12") < table.output.index("2017-09-11")  # newest first
    assert "SANCTION" in table.output and "4 events" in table.output
    lines = run(
        "events", "--db", db, "--dyad", "PRK:USA", "--directed", "--json"
    ).output.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["event_type"] for r in rows] == ["AGREE", "THREATEN"]
    assert (
        rows[0]["source"][0]["code"] == "PRK" and rows[0]["document"]["published"] == "2018-06-12"
    )
    typed = run(
        "events", "--db", db, "--type", "consult", "--since", "2018", "--until", "2018", "--json"
    )
    assert [json.loads(x)["event_type"] for x in typed.output.splitlines()] == ["CONSULT"]
    hypo = run("events", "--db", db, "--dyad", "PRK:RUS", "--include-hypothetical", "--json")
    assert len(hypo.output.splitlines()) == 2
    assert len(run("events", "--db", db, "--dyad", "PRK:RUS", "--json").output.splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("--dyad", "PRK"),
        ("--since", "last year"),
        ("--role", "both", "--actor", "PRK"),
    ],
)
def test_malformed_filters_are_usage_errors(db: Path, args: tuple[str, ...]) -> None:
    result = run("events", "--db", db, *args)
    assert result.exit_code == 2


def test_reading_a_missing_store_exits_3(tmp_path: Path) -> None:
    for command in ("events", "quotes", "stats", "relations PRK RUS", "network"):
        result = run(*command.split(), "--db", tmp_path / "none.db")
        assert result.exit_code == 3, command
        assert "E401" in result.output


def test_show_by_prefix_readable_and_as_contract_json(db: Path) -> None:
    a = rich_analysis()
    prefix = a.id.removeprefix("sha256:")[:10]
    shown = run("show", prefix, "--db", db)
    assert shown.exit_code == 0, shown.output
    for expected in (
        "Kim meets Putin at spaceport",
        "Kim travelled by train.",
        "Kim Jong Un",
        "CONSULT",
        "marriage of convenience",
    ):
        assert expected in shown.output
    data = json.loads(run("show", prefix, "--db", db, "--json").output)
    assert data == {**a.to_dict(), "story_id": data["story_id"], "ingested_at": data["ingested_at"]}
    assert run("show", "test:kim-putin", "--db", db).exit_code == 0  # the source's own id
    missing = run("show", "00000000000000", "--db", db)
    assert missing.exit_code == 3 and "E404" in missing.output


def test_quotes_command(db: Path) -> None:
    result = run("quotes", "--db", db, "--speaker", "analyst")
    assert result.exit_code == 0
    assert "analyst" in result.output and "marriage" in result.output
    # one quotation split by its attribution is one row (the table wraps it over lines)
    assert "(2" in result.output and "parts)" in result.output
    rows = [json.loads(x) for x in run("quotes", "--db", db, "--json").output.splitlines()]
    assert [r["speaker"]["text"] if r["speaker"] else None for r in rows] == ["an analyst", None]
    assert rows[0]["pieces"] == [[240, 258], [262, 276]]
    assert rows[0]["speaker"]["char_span"] == [278, 288]
    assert rows[1]["pieces"] == [rows[1]["char_span"]]


def test_search_command(db: Path) -> None:
    result = run("search", "spaceport", "--db", db)
    assert result.exit_code == 0 and "Kim meets Putin" in result.output
    hits = [
        json.loads(x)
        for x in run("search", "sanction", "--events", "--db", db, "--json").output.splitlines()
    ]
    assert len(hits) == 1 and hits[0]["event_id"] is not None
    assert run("search", '"open', "--fts", "--db", db).exit_code == 3


def test_export_command(db: Path, tmp_path: Path) -> None:
    csv_out = run("export", "--db", db, "--format", "csv", "--asserted-only")
    assert csv_out.exit_code == 0
    header, *rows = csv_out.output.strip().splitlines()
    assert header.startswith("event_id,document_id,story_id,day,")
    assert len(rows) == 5  # the hypothetical AID is left out
    target = tmp_path / "events.parquet"
    done = run("export", "--db", db, "-f", "parquet", "-o", target)
    assert done.exit_code == 0 and "wrote 6 events" in done.output
    assert pq.read_table(target).num_rows == 6
    docs = run("export", "--db", db, "--what", "documents", "--since", "2018")
    assert sorted(json.loads(x)["published"][:4] for x in docs.output.splitlines()) == [
        "2018",
        "2018",
        "2023",
    ]
    assert run("export", "--db", db, "-f", "parquet").exit_code == 2
    assert run("export", "--db", db, "-f", "xml").exit_code == 2


def test_stats_command(db: Path) -> None:
    data = json.loads(run("stats", "--db", db, "--json").output)
    assert (data["documents"], data["events"], data["asserted_events"]) == (5, 6, 5)


# ------------------------------------------------------------------------------------------
# relations commands


def test_relations_command(db: Path, tmp_path: Path) -> None:
    result = run("relations", "PRK", "USA", "--db", db, "--by", "year")
    assert result.exit_code == 0, result.output
    assert "2017" in result.output and "2018" in result.output
    assert "-1.00" in result.output and "+1.00" in result.output  # 2017 conflict, 2018 co-operation
    data = json.loads(run("relations", "PRK", "USA", "--db", db, "--by", "year", "--json").output)
    assert [(p["period"], p["events"], p["index"]) for p in data["periods"]] == [
        ("2017", 2, -1.0),
        ("2018", 2, 1.0),
    ]
    assert data["periods"][0]["top_events"][0]["event_type"] == "SANCTION"
    plot = tmp_path / "prk-usa.svg"
    assert run("relations", "PRK", "USA", "--db", db, "--plot", plot).exit_code == 0
    assert plot.read_text().lstrip().startswith("<?xml")
    assert run("relations", "PRK", "USA", "--db", db, "--by", "fortnight").exit_code == 2
    assert run("relations", "PRK", "USA", "--db", db, "--plot", tmp_path / "x.pdf").exit_code == 2


def test_network_command(db: Path, tmp_path: Path) -> None:
    import networkx as nx

    out = tmp_path / "net.graphml"
    result = run("network", "--db", db, "--format", "graphml", "-o", out)
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert set(graph.edges) == {("USA", "PRK"), ("PRK", "USA"), ("PRK", "RUS")}
    data = json.loads(run("network", "--db", db, "--since", "2018").output)
    assert {(e["source"], e["target"]) for e in data["edges"]} == {
        ("USA", "PRK"),
        ("PRK", "USA"),
        ("PRK", "RUS"),
    }
    assert (
        json.loads(run("network", "--db", db, "--until", "2017").output)["edges"] != data["edges"]
    )


def test_shifts_command(db: Path) -> None:
    result = run("shifts", "PRK", "USA", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["a"] == "PRK" and data["events"] == 4
    assert data["shifts"] == []  # four events are too few for a significant break
    scan = run("shifts", "--db", db)
    assert scan.exit_code == 0 and "no significant shift" in scan.output
    assert run("shifts", "PRK", "--db", db).exit_code == 2
    assert run("shifts", "PRK", "USA", "--db", db, "--threshold", "2").exit_code == 2
