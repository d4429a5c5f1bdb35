"""The bundled demo corpus: well-formed, spread over 2017-2024, covering the dyads the demo shows.

`make demo` ingests these briefs and prints how relations change over time, so the corpus must
name the actors of every dyad in several years, carry valid dates, hold a few reworded
duplicates (so story clustering has something to find) and never reuse third-party text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from importlib.resources import files
from itertools import combinations

import pytest

CORPUS = files("detente") / "data" / "demo" / "briefs.jsonl"

# Country names and demonyms (not capitals) that make a brief "name" a country.
COUNTRY_TERMS = {
    "PRK": r"North Korea|North Koreans?|DPRK",
    "KOR": r"South Korea|South Koreans?",
    "RUS": r"Russia|Russians?",
    "UKR": r"Ukraine|Ukrainians?",
    "CHN": r"China|Chinese",
    "USA": r"United States|U\.S\.|Americans?",
    "JPN": r"Japan|Japanese",
}
DYADS = [("PRK", "USA"), ("PRK", "RUS"), ("PRK", "KOR"), ("RUS", "UKR"), ("CHN", "USA")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.fixture(scope="module")
def briefs() -> list[dict]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def countries(text: str) -> set[str]:
    return {
        code
        for code, terms in COUNTRY_TERMS.items()
        if re.search(rf"(?<![\w.])(?:{terms})(?!\w)", text)
    }


def shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def test_records_have_the_ingest_shape(briefs):
    assert len(briefs) >= 60
    for rec in briefs:
        assert set(rec) == {"id", "date", "title", "text", "url"}, rec.get("id")
        assert re.fullmatch(r"demo-\d{3}", rec["id"])
        assert rec["title"].strip() and rec["text"].strip()
        assert rec["url"] is None


def test_ids_are_unique_and_records_in_date_order(briefs):
    ids = [rec["id"] for rec in briefs]
    assert len(ids) == len(set(ids))
    dates = [rec["date"] for rec in briefs]
    assert dates == sorted(dates)


def test_dates_are_valid_and_in_range(briefs):
    for rec in briefs:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]), rec["id"]
        day = dt.date.fromisoformat(rec["date"])
        assert dt.date(2017, 1, 1) <= day <= dt.date(2024, 12, 31), rec["id"]


def test_every_year_has_several_briefs(briefs):
    per_year = Counter(int(rec["date"][:4]) for rec in briefs)
    for year in range(2017, 2025):
        assert per_year[year] >= 5, (year, per_year[year])


def test_texts_are_short_briefs(briefs):
    for rec in briefs:
        words = len(rec["text"].split())
        assert 40 <= words <= 200, (rec["id"], words)


def test_a_named_weekday_is_the_weekday_of_the_date(briefs):
    """A brief says 'on Tuesday' only when its date is a Tuesday: the coder dates events by it."""
    for rec in briefs:
        named = {day for day in WEEKDAYS if re.search(rf"\b{day}\b", rec["text"])}
        if named:
            expected = WEEKDAYS[dt.date.fromisoformat(rec["date"]).weekday()]
            assert named == {expected}, (rec["id"], named, expected)


@pytest.mark.parametrize(("a", "b"), DYADS, ids=[f"{a}-{b}" for a, b in DYADS])
def test_each_dyad_is_named_in_several_briefs(briefs, a, b):
    both = [rec["id"] for rec in briefs if {a, b} <= countries(rec["text"])]
    assert len(both) >= 5, (a, b, both)


def test_country_matching_tells_the_koreas_apart():
    assert countries("North Korea fired a missile.") == {"PRK"}
    assert countries("South Korean troops fired warning shots.") == {"KOR"}
    assert countries("Pyongyang and Seoul met.") == set()


def test_near_duplicate_pairs_exist_and_differ(briefs):
    sets = {rec["id"]: shingles(rec["text"]) for rec in briefs}
    texts = {rec["id"]: rec["text"] for rec in briefs}
    pairs = [(x, y) for x, y in combinations(sets, 2) if jaccard(sets[x], sets[y]) >= 0.5]
    assert len(pairs) >= 3, pairs
    for x, y in pairs:
        assert texts[x] != texts[y], (x, y)


def test_unrelated_briefs_are_not_near_duplicates(briefs):
    """Only the deliberate reworded pairs overlap; distinct stories stay far apart."""
    sets = {rec["id"]: (rec["date"], shingles(rec["text"])) for rec in briefs}
    for x, y in combinations(sets, 2):
        (date_x, a), (date_y, b) = sets[x], sets[y]
        if date_x != date_y:
            assert jaccard(a, b) < 0.3, (x, y)


def test_no_brief_holds_a_run_of_the_seed_article(briefs, seed_path):
    """No twelve-word run of the seed article appears in a brief.

    Twelve words, because the longest shared run a wire style cannot avoid is a name with its
    office ("Russian President Vladimir Putin and North Korean leader Kim Jong Un", eleven).
    """
    seed_runs = shingles(seed_path.read_text(encoding="utf-8"), size=12)
    for rec in briefs:
        assert not shingles(f"{rec['title']}\n{rec['text']}", size=12) & seed_runs, rec["id"]


def test_no_brief_holds_a_marker_phrase_of_the_hook(briefs, shared):
    """The phrases the before-stop hook uses to spot copies of the seed article are absent."""
    hook_path = shared / "hooks" / "before-stop"
    if not hook_path.exists():
        pytest.skip(f"{hook_path} is absent: it lists the seed article's marker phrases")
    phrases = re.findall(r"-e '([^']+)'", hook_path.read_text(encoding="utf-8"))
    assert len(phrases) >= 5, "the hook's list of seed phrases was not found"
    corpus = CORPUS.read_text(encoding="utf-8").lower()
    assert [p for p in phrases if p.lower() in corpus] == []
