"""The real-news tune and train sets stay apart from the check sets (and from each other) and are
written in the labels notation.

Only the first columns of the check files (ids and offsets) are read here, never their labels.
"""

from __future__ import annotations

import pycountry
import pytest
import yaml

from detente.evaluate.dyadic import parse_events
from support import ROOT

DATA = ROOT / "bench" / "data"
ORGANISATIONS = {"UN", "EU", "NATO", "AU", "IGO", "XKX"}


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("name", "least"), [("tune_labels.tsv", 400), ("train_labels.tsv", 1000)])
def test_no_tune_or_train_sentence_is_in_a_check_set(name, least):
    rows = _rows(name)
    wikinews = {tuple(r[:3]) for r in _rows("wikinews_labels.tsv")}
    current_events = {r[0] for r in _rows("current_events_labels.tsv")}
    assert len(rows) >= least
    assert len({tuple(r[:3]) for r in rows}) == len(rows)
    assert not {tuple(r[:3]) for r in rows} & wikinews
    assert not {r[0] for r in rows} & current_events


def test_the_train_set_is_disjoint_from_the_tune_set():
    train = _rows("train_labels.tsv")
    tune = _rows("tune_labels.tsv")
    assert not {tuple(r[:3]) for r in train} & {tuple(r[:3]) for r in tune}
    assert not {r[0] for r in train if r[4] == "C"} & {r[0] for r in tune if r[4] == "C"}


@pytest.mark.parametrize(
    ("name", "strata"),
    [
        ("tune_labels.tsv", {"A", "B", "C"}),
        ("train_labels.tsv", {"A", "B", "C"}),
        ("longform_labels.tsv", {"L", "M"}),
    ],
)
def test_rows_parse_with_known_codes_and_strata(name, strata):
    codes = {c.alpha_3 for c in pycountry.countries} | ORGANISATIONS
    ontology = ROOT / "src" / "detente" / "events" / "data" / "ontology.yaml"
    types = set(yaml.safe_load(ontology.read_text(encoding="utf-8"))["plover"])
    for row in _rows(name):
        assert len(row) == 6 and row[4] in strata
        for label in parse_events(row[5]):
            assert {label.src, label.tgt} <= codes, row[:3]
            assert set(label.types) <= types, row[:3]


def test_the_long_form_set_draws_only_on_other_tasks_development_articles():
    rows = _rows("longform_labels.tsv")
    assert len(rows) >= 250
    assert len({tuple(r[:3]) for r in rows}) == len(rows)
    assert all(r[0].startswith(("cnndm:", "polnear:")) for r in rows)
