"""``detente watch`` end to end: the bundled sample config pointed at the demo corpus, served by
a local site (``detente.watch.demosite``) as a feed with article pages, a sitemap and a URL
list. Fetch, ingest, fire and deliver alerts (console, JSONL, webhook), survive a broken and a
dead source, stop half-way, restart without fetching anything twice."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from detente.watch import Watcher, WatchState, load_config
from detente.watch.demosite import NewsServer, demo_briefs
from detente.watch.loop import Watcher as LoopWatcher
from support import ROOT

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "watch" / "sample.yaml"
# North Korea and Russia from Shoigu's visit to the treaty, the Vostochny reprint included.
BRIEFS = ["demo-079", "demo-082", "demo-083", "demo-091", "demo-094", "demo-095", "demo-100"]
LATER = ["demo-102", "demo-104"]
FAST = "settings:\n  host_delay: 0\n  retries: 1\n  backoff: 0.01\n"


def dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sample_config(tmp_path: Path, site: NewsServer, *, webhook: str | None = None) -> Path:
    """The bundled sample, pointed at ``site``, with fast retries, a dead source (connection
    refused) added first and, when given, a webhook."""
    data = yaml.safe_load(SAMPLE.read_text("utf-8").replace("http://127.0.0.1:8765", site.url))
    data["settings"].update(host_delay=0, retries=1, backoff=0.01)
    dead = {"name": "dead", "feed": f"http://127.0.0.1:{dead_port()}/feed.xml"}
    data["sources"].insert(0, dead)
    if webhook:
        data["deliver"]["webhook"] = webhook
    path = tmp_path / "watch.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return path


def pages(site: NewsServer) -> dict[str, int]:
    return {p: n for p, n in site.hits.items() if p.startswith("/article/")}


def store_pages(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def site() -> Any:
    with NewsServer(demo_briefs(BRIEFS + LATER), published=len(BRIEFS)) as s:
        yield s


def test_watch_fetches_ingests_alerts_and_resumes(
    tmp_path: Path, site: NewsServer, resources: Any
) -> None:
    config = load_config(sample_config(tmp_path, site, webhook=site.url + "/hook"))
    assert [s.name for s in config.sources] == ["dead", "demo-wire", "demo-sitemap", "demo-broken"]
    db = tmp_path / "watch.db"
    console = io.StringIO()

    with Watcher(config, db, resources=resources, console=console) as w:
        report = w.cycle(force=True)

    # a dead and a broken source are reported with their reasons; the others went on
    assert set(report.errors) == {"dead", "demo-broken"}
    assert (
        report.errors["dead"].startswith("[E121]")
        and "could not be reached" in report.errors["dead"]
    )
    assert "HTTP 500" in report.errors["demo-broken"]
    wire = report.polled["demo-wire"]
    assert wire.fetched == len(BRIEFS) and wire.failed == 0
    assert wire.stored + wire.duplicates == len(BRIEFS) and wire.duplicates >= 1  # the reprint
    # the sitemap lists the same pages: none is fetched twice
    assert report.polled["demo-sitemap"].fetched == 0
    assert set(pages(site).values()) == {1} and len(pages(site)) == len(BRIEFS)
    assert site.hits["/robots.txt"] == 1

    with Store(db, readonly=True) as store:
        assert store.stats().documents == len(BRIEFS)
        assert {d.source for d in store.dyads()} >= {"PRK", "RUS"}

    # alerts fired, stored with their events and delivered to every channel
    with WatchState(db, readonly=True) as state:
        alerts = state.alerts(limit=None)
    assert report.alerts and len(alerts) == len(report.alerts)
    assert {a.rule for a in alerts} >= {"prk-rus-military"}
    assert all(a.delivered and set(a.delivery) == {"console", "jsonl", "webhook"} for a in alerts)
    assert all(a.events for a in alerts)
    assert console.getvalue().count("ALERT [") == len(alerts)
    jsonl = tmp_path / "alerts.jsonl"
    lines = [json.loads(x) for x in jsonl.read_text("utf-8").splitlines()]
    assert sorted(x["id"] for x in lines) == sorted(a.id for a in alerts)
    assert sorted(h["id"] for h in site.hooks) == sorted(a.id for a in alerts)
    military = next(h for h in site.hooks if h["rule"] == "prk-rus-military")
    assert military["event_records"] and {"PRK", "RUS"} <= {
        a["code"] for r in military["event_records"] for a in r["source"] + r["target"]
    }

    # a restart resumes: conditional requests answered 304, nothing fetched or fired twice
    fetched_before, size_before = dict(pages(site)), store_pages(db)
    console2 = io.StringIO()
    with Watcher(config, db, resources=resources, console=console2) as w:
        again = w.cycle(force=True)
        assert again.polled["demo-wire"].not_modified
        assert again.alerts == [] and console2.getvalue() == ""
        assert site.status[("/feed.xml", 304)] == 1 and site.status[("/sitemap.xml", 304)] == 1
        assert pages(site) == fetched_before
        for _ in range(3):
            w.cycle(force=True)
    assert store_pages(db) == size_before  # re-polls with nothing new leave the store as it was
    assert len(jsonl.read_text("utf-8").splitlines()) == len(alerts)
    assert len(site.hooks) == len(alerts)

    # the feed grows: only the new pages are fetched
    site.publish(len(BRIEFS) + len(LATER))
    with Watcher(config, db, resources=resources, console=io.StringIO()) as w:
        grown = w.cycle(force=True)
    assert grown.polled["demo-wire"].fetched == len(LATER)
    assert set(pages(site).values()) == {1} and len(pages(site)) == len(BRIEFS) + len(LATER)

    # every request named detente
    assert all(h.get("User-Agent", "").startswith("detente/") for _, h in site.seen)

    # the status command shows each source's last success, last error and counts
    result = CliRunner().invoke(app, ["watch", "status", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in map(json.loads, result.output.splitlines())}
    assert rows["demo-wire"]["last_success"] and rows["demo-wire"]["last_error"] is None
    assert rows["demo-wire"]["fetched"] == len(BRIEFS) + len(LATER)
    assert rows["demo-wire"]["not_modified"] == 4
    assert rows["dead"]["last_success"] is None and rows["dead"]["failures_in_row"] == 6
    assert rows["demo-broken"]["last_error"].startswith("[E121]")


def test_a_stop_finishes_the_current_article_and_the_next_run_resumes(
    tmp_path: Path, site: NewsServer, resources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(sample_config(tmp_path, site))
    db = tmp_path / "stop.db"
    original = LoopWatcher._article
    done: list[str] = []

    def article_then_stop(self: LoopWatcher, source: Any, candidate: Any, counts: Any) -> None:
        original(self, source, candidate, counts)
        done.append(candidate.key)
        if len(done) == 2:
            self.stop.set()  # what SIGINT / SIGTERM do in the command

    monkeypatch.setattr(LoopWatcher, "_article", article_then_stop)
    with Watcher(config, db, resources=resources, console=io.StringIO()) as w:
        report = w.cycle(force=True)
    assert report.stopped and len(done) == 2
    with Store(db, readonly=True) as store:
        assert store.stats().documents == 2  # both finished and committed, nothing half-done
    monkeypatch.setattr(LoopWatcher, "_article", original)

    with Watcher(config, db, resources=resources, console=io.StringIO()) as w:
        report = w.cycle(force=True)
    # the feed's validators were not saved by the stopped poll: it is read again, in full,
    # and only the pages not handled yet are fetched
    assert not report.polled["demo-wire"].not_modified
    assert report.polled["demo-wire"].fetched == len(BRIEFS) - 2
    assert set(pages(site).values()) == {1}


def test_url_lists_folders_and_robots(tmp_path: Path, site: NewsServer, resources: Any) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.txt").write_text(
        "Japan and South Korea agree to resume talks\n\nJapan and South Korea agreed on Monday "
        "to resume regular security talks after a pause of several years, officials said.",
        "utf-8",
    )
    config = tmp_path / "w.yaml"
    config.write_text(
        f"""{FAST}sources:
  - name: list
    urls: {site.url}/urls.txt
  - name: inline
    urls: ["{site.url}/private/demo-082.html", "{site.url}/article/demo-079.html"]
  - name: inbox
    folder: inbox
deliver:
  console: false
""",
        "utf-8",
    )
    with Watcher(load_config(config), tmp_path / "l.db", resources=resources) as w:
        report = w.cycle(force=True)
        assert report.polled["list"].fetched == len(BRIEFS)
        # robots.txt keeps /private/ out; the allowed URL was met already through the list
        assert report.polled["inline"].failed == 1 and report.polled["inline"].fetched == 1
        assert site.hits["/private/demo-082.html"] == 0
        assert report.polled["inbox"].stored == 1
        # a changed file is read again; an unchanged one is not
        (inbox / "note.txt").write_text(
            "Japan and South Korea hold their first security talks in years\n\nJapan and South "
            "Korea held security talks in Tokyo on Friday, the first in several years.",
            "utf-8",
        )
        later = w.cycle(force=True)
        assert later.polled["inbox"].fetched == 1 and later.polled["list"].not_modified
    with Store(tmp_path / "l.db", readonly=True) as store:
        assert store.errors(code="E120")


def test_the_command_runs_once_and_reports_failing_sources(
    tmp_path: Path, site: NewsServer, monkeypatch: pytest.MonkeyPatch, resources: Any
) -> None:
    import detente.pipeline

    monkeypatch.setattr(
        detente.pipeline.Resources, "load", classmethod(lambda cls, o=None: resources)
    )
    path = sample_config(tmp_path, site)
    db = tmp_path / "cli.db"
    runner = CliRunner()
    result = runner.invoke(app, ["watch", "run", str(path), "--db", str(db), "--once", "-q"])
    assert result.exit_code == 1, result.output  # the dead and the broken source failed
    assert "ALERT [prk-rus-military]" in result.stdout
    assert "dead" in result.stderr and "[E121]" in result.stderr
    listed = runner.invoke(app, ["watch", "alerts", "--db", str(db), "--json"])
    assert listed.exit_code == 0
    assert {json.loads(x)["rule"] for x in listed.output.splitlines()} >= {"prk-rus-military"}
    checked = runner.invoke(app, ["watch", "check", str(path)])
    assert checked.exit_code == 0 and "source demo-wire: feed" in checked.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: []\n")
    failed = runner.invoke(app, ["watch", "run", str(bad), "--db", str(db)])
    assert failed.exit_code == 3 and "E505" in failed.stderr


def test_sigterm_finishes_the_current_article_and_a_restart_fetches_the_rest(
    tmp_path: Path, resources: Any
) -> None:
    """The real command in a process of its own, stopped by SIGTERM mid-poll (what systemd
    sends): it exits 0 with every stored article whole, and the next run fetches only the pages
    the first did not."""
    ids = [f"demo-{n:03d}" for n in range(30, 46)]
    with NewsServer(demo_briefs(ids)) as news:
        config = tmp_path / "w.yaml"
        config.write_text(
            f"settings: {{host_delay: 0.4, retries: 0}}\n"
            f"sources: [{{name: wire, feed: '{news.url}/feed.xml'}}]\n"
            "deliver: {console: false}\n",
            "utf-8",
        )
        db = tmp_path / "term.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "detente", "watch", "run", str(config), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            deadline = time.monotonic() + 120
            while len(pages(news)) < 3:
                assert proc.poll() is None and time.monotonic() < deadline, "no page fetched"
                time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, stderr
        assert "stopping after the current article" in stderr
        first = dict(pages(news))
        assert 3 <= len(first) < len(ids)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            noted = conn.execute("SELECT COUNT(*) FROM watch_articles").fetchone()[0]
        finally:
            conn.close()
        assert noted == len(first)  # every page fetched was finished and noted

        with Watcher(load_config(config), db, resources=resources) as w:
            report = w.cycle(force=True)
        assert report.polled["wire"].fetched == len(ids) - len(first)
        assert set(pages(news).values()) == {1} and len(pages(news)) == len(ids)
