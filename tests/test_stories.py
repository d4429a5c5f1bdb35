"""Story clusters: near-duplicate copies of a wire story share a story id; other stories do not."""

from __future__ import annotations

from pathlib import Path

import detente
from detente.stories import StoryParams, bucket_keys, shingles, signature
from support.records import analysis, event

# A wire story written for these tests, and how three outlets ran it.
WIRE = (
    "North Korea test-fired a new solid-fuel intercontinental ballistic missile on Thursday, its "
    "state media said, in a launch that the United States, South Korea and Japan condemned as a "
    "threat to the region. The missile flew for more than an hour before falling into the sea "
    "east of the Korean Peninsula, according to the Japanese defence ministry. Analysts said the "
    "solid-fuel design would make the weapon faster to prepare and harder to detect before a "
    "launch. The United Nations Security Council was expected to discuss the test, although "
    "Russia and China have blocked new sanctions on Pyongyang since last year."
)
COPY_A = "By Hana Lee, Seoul bureau\nSEOUL (Wire) — " + WIRE
COPY_B = "Missile launch draws condemnation\nPosted by the news desk. " + WIRE.replace(
    "on Thursday", "on Thursday morning"
)
COPY_C = WIRE + " Additional reporting by the Tokyo bureau."
OTHER = (
    "North Korea fired a ballistic missile on Thursday, the South Korean military said, the "
    "latest in a series of launches this year. Officials in Seoul and Tokyo said they were "
    "analysing the flight data and would coordinate their response with Washington, while "
    "Pyongyang's state media made no immediate mention of the launch or of its purpose."
)


def _story(db: Path, text: str, published: str = "2023-07-13") -> int | None:
    with detente.open(db) as store:
        a = analysis(text, published=published)
        store.add(a)
        return store.story_of(a.id)


def test_shingles_are_case_folded_word_windows() -> None:
    assert shingles("The Cat, the DOG!", 2) == {"the cat", "cat the", "the dog"}
    assert shingles("Two words", 3) == {"two words"}
    assert shingles("  ... ", 3) == set()


def test_signatures_estimate_jaccard_similarity() -> None:
    a, b = shingles(COPY_A), shingles(COPY_B)
    true = len(a & b) / len(a | b)
    sa, sb = signature(COPY_A), signature(COPY_B)
    assert sa is not None and sb is not None
    estimate = float((sa == sb).mean())
    assert abs(estimate - true) < 0.15
    assert signature("!!!") is None
    params = StoryParams().resolved()
    assert len(bucket_keys(sa, params)) == params.bands
    assert params.bands * params.rows <= params.num_perm


def test_copies_of_a_wire_story_share_a_story_and_another_story_does_not(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _story(db, COPY_A)
    assert _story(db, COPY_B, published="2023-07-14") == first
    assert _story(db, COPY_C, published="2023-07-13") == first
    assert _story(db, OTHER) != first
    with detente.open(db, readonly=True) as store:
        members = store.documents(story_id=first)
        assert len(members) == 3 and members[0].story_size == 3
        assert store.stats().stories == 2


def test_the_same_words_weeks_apart_are_another_story(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _story(db, COPY_A, published="2023-07-13")
    assert _story(db, COPY_B, published="2023-09-01") != first


def test_a_later_run_joins_the_stories_already_stored(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _story(db, COPY_A)  # the store is closed after each call: a new "run" each time
    assert _story(db, COPY_B) == first
    with detente.open(db) as store:
        a = analysis(COPY_C, published="2023-07-15", events=(event("THREATEN", "PRK", "USA"),))
        store.add(a)
        assert store.events()[0].story_id == first  # events carry their story


def test_a_store_keeps_the_parameters_it_was_created_with(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    strict = StoryParams(threshold=0.95, num_perm=128)
    with detente.open(db):
        pass  # created with the defaults
    from detente.store import Store

    with Store(db, story_params=strict) as store:
        assert store._stories is not None
        assert store._stories.params == StoryParams().resolved()
    other = tmp_path / "strict.db"
    with Store(other, story_params=strict) as store:
        store.add(analysis(COPY_A))
        store.add(analysis(COPY_B))  # similarity about 0.9: below a 0.95 threshold
        assert store.stats().stories == 2
