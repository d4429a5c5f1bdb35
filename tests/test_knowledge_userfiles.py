"""PETRARCH-format files as ``--actors`` and ``--lexicon`` user files, and the opt-in PETRARCH verb
layer: recognised by their lines, converted, loaded as user layers; malformed lines are warnings
with their line numbers, never a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

import pytest

from detente.actors import Catalogue
from detente.errors import ConfigError
from detente.events import Lexicon
from detente.knowledge.userfiles import sniff
from detente.pipeline import code_text

FIX = Path(__file__).parent / "fixtures" / "petrarch"
D2020 = dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("user-countries.actors.txt", "actors"),
        ("user-nonstate.actors.txt", "actors"),
        ("user.verbs.txt", "verbs"),
        ("agents.txt", "agents"),
        ("README.md", None),
    ],
)
def test_sniff_by_line_shapes(name: str, kind: str | None):
    assert sniff(FIX / name) == kind


def test_petrarch_actor_files_load_as_user_layers(caplog):
    with caplog.at_level(logging.WARNING, logger="detente.knowledge"):
        cat = Catalogue.load([FIX / "user-countries.actors.txt", FIX / "user-nonstate.actors.txt"])
    varga = cat.lookup("Minister Lena Varga", date=D2020)
    assert (varga.code, varga.sector, varga.kind) == ("HUN", "GOV", "person")
    late = cat.lookup("Lena Varga", date=dt.date(2023, 1, 1))
    assert (late.code, late.sector) == ("HUN", "ELI")  # out of office: PETRARCH's default code
    group = cat.lookup("NDM", date=D2020)
    assert (group.code, group.sector, group.kind) == ("MLI", "REB", "group")
    # the bad lines are reported with their numbers, and the rest of the file loaded
    messages = [r.getMessage() for r in caplog.records]
    assert any("user-countries.actors.txt:7:" in m and "ends before" in m for m in messages)
    assert any("user-countries.actors.txt:8:" in m and "bracket" in m for m in messages)
    assert cat.lookup("Pavel Soren", date=D2020).code == "CZE"


def test_a_petrarch_file_with_nothing_usable_is_an_error(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("NOWHERE_MAN_ [---]\n\t[---]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no usable"):
        Catalogue.load([empty])


def test_petrarch_verb_file_as_user_lexicon(resources, caplog):
    with caplog.at_level(logging.WARNING, logger="detente.knowledge"):
        lex = Lexicon.load([FIX / "user.verbs.txt"])
    assert any("user.verbs.txt:4:" in r.getMessage() for r in caplog.records)
    res = dataclasses.replace(resources, lexicon=lex)
    events = code_text("Chad stonewalled the proposal from Niger.", res)
    assert [(e.event_type, e.cameo) for e in events] == [("REJECT", "125")]
    assert [a.code for a in events[0].source] == ["TCD"]


def test_a_verb_only_petrarch_knows_codes_with_its_plover_type(resources, monkeypatch):
    text = "Venezuela slighted an offer from Colombia."
    assert code_text(text, resources) == []  # the packaged lexicon has no "slight"
    monkeypatch.setenv("DETENTE_KNOWLEDGE", "actors,lexicon")
    res = dataclasses.replace(resources, lexicon=Lexicon.load())
    (event,) = code_text(text, res)
    assert event.event_type == "REJECT" and event.rule.startswith("petrarch:")
    assert [a.code for a in event.source] == ["VEN"] and [a.code for a in event.target] == ["COL"]
    # packaged rules keep their place: no PETRARCH rule for a verb the packaged lexicon has
    assert not [e for e in res.lexicon.verbs.get("sanction", ()) if e.origin == "<petrarch>"]
