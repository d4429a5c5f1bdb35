"""CAMEO triples: one directed row per pair of an event's parties (``detente.cameo``), the
``detente code --cameo`` view, and the specific CAMEO codes of visits, hosting and
negotiations in the lexicon data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cameo import triples
from detente.cli import app
from detente.model import Actor
from detente.pipeline import code_text
from support import codes
from support.records import event

PUB = "2024-03-08"


def pairs(ev) -> list[tuple[str, str]]:
    return [(t.source, t.target) for t in triples(ev)]


# -- pairing the parties -----------------------------------------------------------------------


def test_a_mutual_event_gives_every_ordered_pair_of_its_parties():
    drills = event("COOPERATE", ("JPN", "KOR", "USA"), date=PUB, mutual=True)
    assert sorted(pairs(drills)) == [
        ("JPN", "KOR"),
        ("JPN", "USA"),
        ("KOR", "JPN"),
        ("KOR", "USA"),
        ("USA", "JPN"),
        ("USA", "KOR"),
    ]
    (first, *_) = triples(drills)
    assert first.cameo == drills.cameo and first.root == drills.cameo[:2]
    assert first.quad == drills.quad_class and first.goldstein == drills.goldstein
    assert first.date == dt.date(2024, 3, 8) and first.source_sector == "GOV"


def test_a_directed_event_gives_one_row_per_source_and_target():
    ev = event("ACCUSE", ("RUS", "CHN"), "JPN", date=PUB)
    assert pairs(ev) == [("RUS", "JPN"), ("CHN", "JPN")]


def test_no_actor_is_paired_with_itself_and_no_pair_twice():
    kim = Actor("Kim", "Kim Jong Un", "PRK", "GOV", "person", "person:kim-jong-un")
    ev = event("CONSULT", ("PRK", "RUS"), date=PUB, mutual=True)
    ev = dataclasses.replace(ev, source=(*ev.source, kim))  # PRK GOV named twice
    assert sorted(pairs(ev)) == [("PRK", "RUS"), ("RUS", "PRK")]


def test_a_one_sided_event_without_target_gives_no_row():
    assert triples(event("MOBILIZE", "PRK", date=PUB)) == []


def test_a_party_without_a_code_gives_no_row():
    ev = event("ACCUSE", "RUS", "JPN", date=PUB)
    nobody = Actor("the rebels", None, None, "REB", "group", None)
    assert triples(dataclasses.replace(ev, target=(nobody,))) == []


# -- the codes CAMEO's manual gives where the verb warrants them ---------------------------------


def coded(resources, text: str, event_type: str = "CONSULT"):
    found = [e for e in code_text(text, resources, date=PUB) if e.event_type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0]


def test_hosting_is_043_from_host_to_guest(resources):
    ev = coded(resources, "Erdogan hosted Netanyahu in Ankara.")
    assert ev.cameo == "043" and codes(ev.source) == {"TUR"} and codes(ev.target) == {"ISR"}
    assert pairs(ev) == [("TUR", "ISR")]


def test_hosting_a_meeting_hosts_its_guests(resources):
    ev = coded(resources, "China hosted a summit with Russia and Iran.")
    assert ev.cameo == "043" and codes(ev.source) == {"CHN"}
    assert codes(ev.target) == {"RUS", "IRN"}


def test_a_visit_is_042_from_visitor_to_host(resources):
    ev = coded(resources, "The Indian prime minister made a state visit to France.")
    assert ev.cameo == "042" and pairs(ev) == [("IND", "FRA")]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan resumed talks on their border.",
        "Peru and Chile began negotiations over fishing rights.",
        "Serbia and Kosovo held peace talks in Brussels.",
        "Vietnam and the Philippines negotiated with each other over the reef.",
    ],
)
def test_negotiations_are_046_and_pair_both_ways(resources, text):
    ev = coded(resources, text)
    assert ev.cameo == "046" and ev.mutual
    assert len(triples(ev)) == 2


def test_plain_talks_stay_040(resources):
    assert coded(resources, "Egypt and Jordan held talks in Amman.").cameo == "040"


def test_an_offer_to_meet_is_036(resources):
    assert coded(resources, "Putin offered to meet Zelensky.", "AGREE").cameo == "036"


# -- detente code --cameo -------------------------------------------------------------------------


def test_code_cameo_prints_one_triple_a_line(tmp_path: Path, resources):
    src = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "Brazil and Argentina held joint drills.", "date": PUB},
        {"id": "b", "text": "North Korea might attack Japan.", "date": PUB},  # not asserted
        {"id": "c", "text": "Erdogan hosted Netanyahu in Ankara.", "date": PUB},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(src), "--cameo"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [(r["id"], r["source"], r["target"], r["cameo"]) for r in rows] == [
        ("a", "BRA", "ARG", "062"),
        ("a", "ARG", "BRA", "062"),
        ("c", "TUR", "ISR", "043"),
    ]
    assert {"id", "date", "source", "target", "cameo", "root", "goldstein", "quad"} <= rows[
        0
    ].keys()
    assert rows[2]["root"] == "04" and rows[2]["quad"] == 1 and rows[2]["date"] == PUB
