"""Exports in the Phoenix, ICEWS and GDELT column sets: one row per directed pair of parties,
codes as text, and files that pandas reads back as the README says."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

import detente
from detente.export import export
from detente.export.datasets import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    gdelt_quad,
    phoenix_quad,
    read_options,
)
from detente.model import Analysis, Location
from support.records import analysis, event

URL = "https://www.example-news.test/world/drills"


def _with_url(a: Analysis) -> Analysis:
    return dataclasses.replace(a, article=dataclasses.replace(a.article, url=URL))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four events in one article: a directed one with a place, a joint one of three parties,
    a one-sided one (no target) and a hypothetical one."""
    directed = dataclasses.replace(
        event("CONSULT", "PRK", "RUS", date="2023-09-13", sentence="Kim visited Putin in Russia."),
        location=Location("Vostochny Cosmodrome", "RUS", 51.8, 128.3),
    )
    drills = event(
        "COOPERATE",
        ("JPN", "KOR", "USA"),
        date="2023-09-14",
        sentence="Japan, South Korea and the United States held joint naval drills.",
        sector="MIL",
        mutual=True,
        position=1,
    )
    launch = event("MOBILIZE", "PRK", date="2023-09-14", sector="MIL", position=2)
    maybe = event("SANCTION", "USA", "CHN", date="2023-09-14", hypothetical=True, position=3)
    db = tmp_path_factory.mktemp("formats") / "f.db"
    with detente.open(db) as store:
        store.add(
            _with_url(
                analysis(
                    "Kim visited Putin. Three navies drilled. A missile flew. Sanctions may come.",
                    published="2023-09-14",
                    events=(directed, drills, launch, maybe),
                )
            )
        )
    return db


def _write(db: Path, fmt: str, out: Path) -> int:
    with detente.open(db, readonly=True) as store:
        return export(store, out, what="events", fmt=fmt)  # type: ignore[arg-type]


def _rows(path: Path, header: bool) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return rows[1:] if header else rows


@pytest.mark.parametrize(
    ("fmt", "columns", "header"),
    [
        ("phoenix", PHOENIX_COLUMNS, True),
        ("icews", ICEWS_COLUMNS, True),
        ("gdelt", GDELT_COLUMNS, False),
    ],
)
def test_each_format_has_its_columns_and_one_row_per_directed_pair(
    store_path: Path, tmp_path: Path, fmt: str, columns: tuple[str, ...], header: bool
) -> None:
    out = tmp_path / f"events.{fmt}.tsv"
    n = _write(store_path, fmt, out)
    rows = _rows(out, header)
    if header:
        assert tuple(out.read_text("utf-8").splitlines()[0].split("\t")) == columns
    # 1 directed + 6 from the three-party drills; the one-sided launch and the hypothetical
    # sanctions give none.
    assert n == len(rows) == 7
    assert all(len(r) == len(columns) for r in rows)
    assert len({r[0] for r in rows}) == 7  # row ids are unique


def test_gdelt_has_61_columns_without_a_header(store_path: Path, tmp_path: Path) -> None:
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    out = tmp_path / "g.tsv"
    _write(store_path, "gdelt", out)
    first = out.read_text("utf-8").splitlines()[0].split("\t")
    assert first[0] != "GLOBALEVENTID" and len(first) == 61


def test_joint_event_gives_every_ordered_pair_and_no_self_pair(
    store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "p.tsv"
    _write(store_path, "phoenix", out)
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    drills = [(r["SourceActorFull"], r["TargetActorFull"]) for r in rows if r["EventCode"] == "061"]
    assert sorted(drills) == sorted(
        (f"{a}MIL", f"{b}MIL")
        for a in ("JPN", "KOR", "USA")
        for b in ("JPN", "KOR", "USA")
        if a != b
    )
    consult = next(r for r in rows if r["EventCode"] == "042")
    assert consult["SourceActorEntity"] == "PRK" and consult["SourceActorRole"] == "GOV"
    assert consult["Date"] == "20230913" and consult["QuadClass"] == "1"
    assert consult["LocationName"] == "Vostochny Cosmodrome" and consult["CountryCode"] == "RUS"
    assert consult["URLs"] == URL and consult["NewsSources"] == "example-news.test"
    assert consult["Sentence"] == "Kim visited Putin in Russia."


def test_quad_classes_follow_each_dataset_not_plover() -> None:
    # CAMEO 02 (appeal) is REQUEST, quad 3 in detente; GDELT counts it verbal cooperation,
    # Phoenix neutral.
    assert (gdelt_quad("02"), phoenix_quad("02")) == (1, 0)
    assert (gdelt_quad("01"), phoenix_quad("01")) == (1, 0)
    assert [gdelt_quad(f"{r:02d}") for r in (5, 6, 8, 9, 13, 14, 20)] == [1, 2, 2, 3, 3, 4, 4]
    assert phoenix_quad("04") == 1 and phoenix_quad("19") == 4


def test_dataset_formats_take_events_only(store_path: Path) -> None:
    with detente.open(store_path, readonly=True) as store, pytest.raises(ValueError):
        export(store, io.StringIO(), what="quotes", fmt="gdelt")


# ------------------------------------------------------------------------------------------
# read back with pandas, as the README shows


def test_phoenix_reads_back_with_pandas(store_path: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "phoenix.tsv"
    _write(store_path, "phoenix", out)
    df = pd.read_csv(out, sep="\t", dtype={"EventCode": str, "EventRootCode": str})
    assert tuple(df.columns) == PHOENIX_COLUMNS and len(df) == 7
    assert set(df["EventCode"]) == {"042", "061"} and set(df["EventRootCode"]) == {"04", "06"}
    assert df["GoldsteinScore"].dtype == "float64" and df["QuadClass"].dtype == "int64"
    dates = pd.to_datetime(df["Date"].astype(str), format="%Y%m%d")
    assert dates.min() == pd.Timestamp("2023-09-13")
    assert (df["Year"] == 2023).all() and df["Lat"].dtype == "float64"
    assert (df["SourceActorFull"] != df["TargetActorFull"]).all()


def test_icews_reads_back_with_pandas(store_path: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "icews.tab"
    _write(store_path, "icews", out)
    df = pd.read_csv(out, sep="\t", dtype={"CAMEO Code": str}, parse_dates=["Event Date"])
    assert tuple(df.columns) == ICEWS_COLUMNS and len(df) == 7
    assert str(df["Event Date"].dtype).startswith("datetime64")
    assert set(df["CAMEO Code"]) == {"042", "061"} and df["Intensity"].dtype == "float64"
    consult = df[df["CAMEO Code"] == "042"].iloc[0]
    assert consult["Source Name"] == "North Korea" and consult["Source Sectors"] == "Government"
    assert consult["Target Country"] == "Russian Federation"
    assert consult["Event Text"] == "Make a visit" and consult["City"] == "Vostochny Cosmodrome"
    assert consult["Latitude"] == pytest.approx(51.8)


def test_gdelt_reads_back_with_pandas_and_names(store_path: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "gdelt.export.CSV"
    _write(store_path, "gdelt", out)
    df = pd.read_csv(
        out,
        sep="\t",
        header=None,
        names=list(GDELT_COLUMNS),
        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str},
    )
    assert len(df) == 7 and list(df.columns) == list(GDELT_COLUMNS)
    assert df["SQLDATE"].dtype == "int64" and df["GoldsteinScale"].dtype == "float64"
    assert set(df["EventRootCode"]) == {"04", "06"} and set(df["EventBaseCode"]) == {"042", "061"}
    assert pd.to_datetime(df["SQLDATE"].astype(str), format="%Y%m%d").notna().all()
    consult = df[df["EventCode"] == "042"].iloc[0]
    assert (consult["Actor1Code"], consult["Actor2Code"]) == ("PRKGOV", "RUSGOV")
    assert consult["Actor1CountryCode"] == "PRK" and consult["Actor1Type1Code"] == "GOV"
    assert consult["QuadClass"] == 1 and consult["MonthYear"] == 202309
    assert consult["FractionDate"] == pytest.approx(2023 + (8 * 30 + 13) / 365, abs=1e-4)
    assert consult["ActionGeo_Lat"] == pytest.approx(51.8) and consult["SOURCEURL"] == URL
    assert df["AvgTone"].isna().all()
    # read_options gives the same frame
    assert df.equals(pd.read_csv(out, **read_options("gdelt")))


def test_export_command_writes_the_dataset_formats(store_path: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    runner = CliRunner()
    out = tmp_path / "icews.tab"
    done = runner.invoke(app, ["export", "--db", str(store_path), "-f", "icews", "-o", str(out)])
    assert done.exit_code == 0 and "wrote 7 rows" in done.output
    assert out.read_text("utf-8").startswith("Event ID\tEvent Date\t")
    gdelt = runner.invoke(app, ["export", "--db", str(store_path), "-f", "gdelt"])
    assert gdelt.exit_code == 0 and len(gdelt.output.splitlines()) == 7
    quotes = runner.invoke(
        app, ["export", "--db", str(store_path), "-f", "phoenix", "--what", "quotes"]
    )
    assert quotes.exit_code == 2
    assert "GDELT_COLUMNS" in runner.invoke(app, ["export", "--help"]).output
