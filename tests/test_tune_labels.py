"""The real-news tune set stays apart from the check sets and is written in the labels notation.

Only the first columns of the check files (ids and offsets) are read here, never their labels.
"""

from __future__ import annotations

import pycountry
import yaml

from detente.evaluate.dyadic import parse_events
from support import ROOT

DATA = ROOT / "bench" / "data"
ORGANISATIONS = {"UN", "EU", "NATO", "AU", "IGO", "XKX"}


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_no_tune_sentence_is_in_a_check_set():
    tune = _rows("tune_labels.tsv")
    wikinews = {tuple(r[:3]) for r in _rows("wikinews_labels.tsv")}
    current_events = {r[0] for r in _rows("current_events_labels.tsv")}
    assert len(tune) >= 400
    assert len({tuple(r[:3]) for r in tune}) == len(tune)
    assert not {tuple(r[:3]) for r in tune} & wikinews
    assert not {r[0] for r in tune} & current_events


def test_tune_rows_parse_with_known_codes_and_strata():
    codes = {c.alpha_3 for c in pycountry.countries} | ORGANISATIONS
    ontology = ROOT / "src" / "detente" / "events" / "data" / "ontology.yaml"
    types = set(yaml.safe_load(ontology.read_text(encoding="utf-8"))["plover"])
    for row in _rows("tune_labels.tsv"):
        assert len(row) == 6 and row[4] in {"A", "B", "C"}
        for label in parse_events(row[5]):
            assert {label.src, label.tgt} <= codes, row[:3]
            assert set(label.types) <= types, row[:3]
