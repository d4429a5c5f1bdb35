"""bench/places.py's check-sample options: a draw can leave out every sentence of another labels
file (so a check sample shares no event with the sample the rules were tuned on) and can hide
the stage's answers from the labeller; and the two committed samples are indeed disjoint."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


@pytest.fixture(scope="module")
def places() -> ModuleType:
    # the bench scripts import each other by name, as they do when run from bench/
    if str(ROOT / "bench") not in sys.path:
        sys.path.append(str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_places", ROOT / "bench" / "places.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = "The envoys met in Lisbon on Monday. Later the minister resigned in protest."
EVENT = {
    "event_type": "CONSULT",
    "trigger": "met",
    "source": [{"code": "PRT"}],
    "target": [],
    "location": {"name": "Lisbon", "code": "PRT", "precision": "place", "geonameid": 2267057},
}


def test_labelled_sentences_reads_ids_and_starts(places: ModuleType, tmp_path: Path) -> None:
    labels = tmp_path / "labels.tsv"
    labels.write_text(
        "# a header line\n\n"
        "wikinews:aa\t0\t35\t0123456789\t11\tCONSULT\tPRT\t2267057\n"
        "wikinews:bb\t36\t75\t0123456789\t25\tRETREAT\tPRT\t-\n",
        encoding="utf-8",
    )
    assert places.labelled_sentences([labels]) == {("wikinews:aa", 0), ("wikinews:bb", 36)}
    assert places.labelled_sentences([]) == set()


def test_excluded_leaves_out_only_the_labelled_sentences(places: ModuleType) -> None:
    records = {"wikinews:aa": {"text": TEXT}}
    analyses = {"wikinews:aa": {"text": TEXT}}
    first = ("wikinews:aa", (0, 35), EVENT)
    second = ("wikinews:aa", (36, len(TEXT)), EVENT)
    exclude = {("wikinews:aa", 0)}
    assert places._excluded(first, records, analyses, exclude)
    assert not places._excluded(second, records, analyses, exclude)
    assert not places._excluded(first, records, analyses, frozenset())
    # the same offset in another article is another sentence
    assert not places._excluded(first, records, analyses, {("wikinews:bb", 0)})


def test_blind_context_shows_no_answer(places: ModuleType) -> None:
    seen = places.context("wikinews:aa 0 | Talks", TEXT[:35], EVENT, blind=False)
    hidden = places.context("wikinews:aa 0 | Talks", TEXT[:35], EVENT, blind=True)
    assert "GOT Lisbon PRT place 2267057" in seen
    assert "GOT" not in hidden and "2267057" not in hidden
    assert "CONSULT [met] ['PRT']>[]" in hidden and TEXT[:35] in hidden


def test_check_sample_shares_no_sentence_with_the_tuning_sample(places: ModuleType) -> None:
    tune = places.labelled_sentences([DATA / "places_labels.tsv"])
    check = places.labelled_sentences([DATA / "places_check.tsv"])
    assert len(check) > 50 and not tune & check
