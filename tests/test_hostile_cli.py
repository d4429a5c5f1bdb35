"""The command line against hostile input (issue 11): nothing unprintable reaches the terminal
(item 8), encoding warnings are shown by ``ingest`` (item 5), bad options exit 2 (item 12)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

import detente
from detente.cli import app
from detente.cli.render import analysis_panel, printable
from support.records import analysis

runner = CliRunner()
HOSTILE = "Talks \x1b[2J\x1b]0;pwned\x07 end\x9b31m\x7f here \u202e"
TEXT = "Poland accused Belarus of closing the border to freight without warning, officials said."


def _has_control(text: str) -> bool:
    return any(c not in "\n" and not c.isprintable() for c in text)


def test_printable_escapes_what_a_terminal_would_obey() -> None:
    shown = printable(HOSTILE)
    assert not _has_control(shown)
    assert "\\x1b" in shown and "\\x9b" in shown and "\\u202e" in shown
    assert printable("Erdoğan met Xi\nin Ankara") == "Erdoğan met Xi\nin Ankara"


def test_an_analysis_with_control_characters_renders_escaped() -> None:
    a = analysis(TEXT, title=HOSTILE, source=f"feed{HOSTILE}.xml")
    a = dataclasses.replace(
        a, article=dataclasses.replace(a.article, author=HOSTILE), warnings=(HOSTILE,)
    )
    out = io.StringIO()
    Console(file=out, width=120, force_terminal=False).print(analysis_panel(a))
    assert not _has_control(out.getvalue())
    assert "\\x1b" in out.getvalue()


def test_show_escapes_a_title_stored_by_an_older_version(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with detente.open(db) as store:
        store.add(analysis(TEXT, title=HOSTILE))
        doc_id = store.documents()[0].id
    result = runner.invoke(app, ["show", doc_id, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not _has_control(result.output) and "\\x1b" in result.output


def test_a_negative_max_bytes_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"A title\n\n{TEXT}\n")
    for command in ("ingest", "analyze"):
        result = runner.invoke(app, [command, str(path), "--max-bytes", "-1"])
        assert result.exit_code == 2, (command, result.output)
        assert "max-bytes" in result.output


def test_ingest_shows_an_encoding_warning(tmp_path: Path, resources) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(f"Talks at the café\n\n{TEXT} The café stayed open.\n".encode("latin-1"))
    db = tmp_path / "w.db"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    assert "E114" in result.output and "cp1252" in result.output
    with detente.open(db, readonly=True) as store:
        assert [(e.code, e.stage) for e in store.errors()] == [("E114", "warning")]
