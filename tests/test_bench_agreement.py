"""bench/agreement.py's arithmetic on toy labels: Cohen's kappa, the coder-style precision,
recall and F1 of one annotation against another, and the kinds of disagreement."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from detente.evaluate.dyadic import parse_events

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    path = ROOT / "bench" / "agreement.py"
    spec = importlib.util.spec_from_file_location("bench_agreement", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_kappa_toy(agreement: ModuleType) -> None:
    # observed 3/4; chance 0.5 * 0.25 + 0.5 * 0.75 = 0.5; kappa (0.75 - 0.5) / 0.5
    a = [True, True, False, False]
    b = [True, False, False, False]
    assert agreement.cohen_kappa(a, b) == pytest.approx(0.5)
    assert agreement.cohen_kappa(a, a) == pytest.approx(1.0)
    assert agreement.cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)
    assert agreement.cohen_kappa([False] * 3, [False] * 3) == 1.0


def test_precision_recall_f1_and_kinds(agreement: ModuleType) -> None:
    tally = agreement.Agreement()
    mine = parse_events("ACCUSE FRA>DEU; REQUEST FRA>ITA; SUPPORT ESP>PRT")
    theirs = parse_events("ACCUSE FRA>DEU; ?REQUEST FRA>ITA; CONSULT FRA+BEL; REJECT PRT>ESP")
    diffs = tally.add(mine, theirs)
    tally.add([], [])
    # mine: ACCUSE right, REQUEST right (their '?'), SUPPORT ESP>PRT wrong (reversed)
    assert (tally.mine_required, tally.mine_right) == (3, 2)
    # theirs required: ACCUSE found; CONSULT and REJECT not
    assert (tally.theirs_required, tally.theirs_found) == (3, 1)
    assert tally.precision == pytest.approx(2 / 3)
    assert tally.recall == pytest.approx(1 / 3)
    assert agreement.f1(tally.precision, tally.recall) == pytest.approx(4 / 9)
    assert tally.kappa == pytest.approx(1.0)  # both: an event in the first, none in the second
    kinds = {(w, k, str(lab)) for w, k, lab in diffs}
    assert kinds == {
        ("mine", "optional", "REQUEST FRA>ITA"),
        ("mine", "direction", "SUPPORT ESP>PRT"),
        ("theirs", "missed", "CONSULT FRA+BEL"),
        ("theirs", "direction", "REJECT PRT>ESP"),
    }


def test_mutual_and_type_alternatives(agreement: ModuleType) -> None:
    a = parse_events("CONSULT FRA+DEU")[0]
    b = parse_events("CONSULT|AGREE DEU>FRA")[0]
    c = parse_events("AGREE FRA>DEU")[0]
    assert agreement.same_event(a, b)
    assert not agreement.same_event(a, c)
    assert agreement.same_event(a, c, typed=False)
    assert agreement.kind(c, [b]) == "direction"
    assert agreement.kind(parse_events("AGREE DEU>FRA")[0], [b]) is None
    assert agreement.kind(a, [c]) == "type"
