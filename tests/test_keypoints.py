"""Extractive key points on articles written for these tests: furniture, captions, datelines,
flawed sentences and repeats stay out; the order and the count are right."""

from __future__ import annotations

import pytest

from detente.keypoints import select, units
from detente.model import Article
from detente.quotes import find_quoted


def _article(text: str) -> Article:
    return Article(id="sha256:test", title=None, text=text, source="test")


def _quoted(text: str) -> list[tuple[int, int]]:
    """What the pipeline hands the stage: the spans inside the text's quotation marks."""
    return [(q.content_start, q.content_end) for q in find_quoted(text)]


@pytest.fixture
def points(nlp):
    def run(text: str, n: int = 3) -> list[str]:
        return select(_article(text), nlp(text), [], [], _quoted(text), n=n)

    return run


STORY = (
    "Fishermen in the port of Valdora went on strike on Monday over a new quota on sardines. "
    "The regional government said the quota would protect stocks that have fallen by half since 2015. "
    "About 400 boats stayed in the harbour and the fish market in Valdora was closed. "
    "The strike committee said it would meet the fisheries minister, Ana Ruiz, on Thursday. "
    "Ruiz has said the quota is not negotiable but that compensation could be discussed. "
    "Prices of sardines in the capital rose by a third within a day."
)


def test_returns_n_sentences_in_article_order(points) -> None:
    out = points(STORY, n=3)
    assert len(out) == 3
    positions = [STORY.index(p) for p in out]
    assert positions == sorted(positions)
    assert out[0].startswith("Fishermen in the port of Valdora")


def test_max_key_points_is_respected(points) -> None:
    assert len(points(STORY, n=2)) == 2
    assert len(points(STORY, n=10)) == 6


def test_empty_text_gives_no_key_points(points) -> None:
    assert points("", n=4) == []


def test_dateline_is_removed(points) -> None:
    text = "PORT LOUIS (Reuters) -- " + STORY
    out = points(text, n=1)
    assert out[0].startswith("Fishermen in the port of Valdora")
    text = "Valdora (CNN)" + STORY
    assert points(text, n=1)[0].startswith("Fishermen")


def test_byline_and_page_furniture_are_never_key_points(points) -> None:
    text = (
        "By . Maria Lenz . PUBLISHED: 10:02 EST, 3 March 2015 . "
        "Last updated at 11:40 AM on 3rd March 2015 . "
        "Scroll down for video. " + STORY + " Click here to sign up for our daily newsletter."
    )
    out = points(text, n=6)
    assert not any(
        "Maria Lenz" in p or "updated" in p or "Scroll down" in p or "Click here" in p for p in out
    )


def test_glued_caption_is_cut_off_and_left_out(nlp) -> None:
    text = (
        "Standing firm: Fishermen block the harbour entrance with their boats on Monday "
        "The strike over the sardine quota closed the port of Valdora for a second day. "
        "The regional government said talks would start on Thursday."
    )
    found = units(nlp(text))
    kinds = {u.text: u.kind for u in found}
    assert (
        kinds["Standing firm: Fishermen block the harbour entrance with their boats on Monday"]
        == "caption"
    )
    assert (
        kinds["The strike over the sardine quota closed the port of Valdora for a second day."]
        == "text"
    )
    out = select(_article(text), nlp(text), [], [], _quoted(text), n=2)
    assert not any(p.startswith("Standing firm") for p in out)


def test_caption_with_position_words_is_left_out(nlp) -> None:
    text = (
        "The minister (left) shakes hands with the strike leader in Valdora on Monday. "
        "The strike over the sardine quota closed the port of Valdora for a second day. "
        "The regional government said talks would start on Thursday."
    )
    assert units(nlp(text))[0].kind == "caption"


def test_quoted_title_is_not_cut_as_a_glued_sentence(nlp) -> None:
    text = "The ministry released a report titled “The Future of Fishing” on Monday in Valdora."
    assert [u.kind for u in units(nlp(text))] == ["text"]


def test_quotation_and_question_fall_behind_sound_sentences(points) -> None:
    text = (
        "Fishermen in the port of Valdora went on strike on Monday over a new quota on sardines. "
        "“We cannot feed our families with half a catch, and nobody in the capital listens to us,” one captain said. "
        "Will the government give in before the summer season starts in Valdora? "
        "About 400 boats stayed in the harbour and the fish market in Valdora was closed. "
        "The strike committee said it would meet the fisheries minister, Ana Ruiz, on Thursday."
    )
    out = points(text, n=3)
    assert not any(p.startswith("“We cannot") or p.endswith("?") for p in out)


def test_repeated_sentence_is_not_chosen_twice(points) -> None:
    text = (
        "Fishermen in the port of Valdora went on strike on Monday over a new quota on sardines. "
        "In Valdora, fishermen went on strike over the new sardine quota on Monday. "
        "About 400 boats stayed in the harbour and the fish market in Valdora was closed. "
        "The strike committee said it would meet the fisheries minister, Ana Ruiz, on Thursday."
    )
    out = points(text, n=2)
    assert out[0].startswith("Fishermen") and out[1].startswith("About 400 boats")


def test_fixture_list_is_not_a_key_point(points) -> None:
    text = (
        "Valdora United beat Porto Alto 2-1 on Saturday to go top of the league. "
        "Saturday: Valdora United v Porto Alto (3pm), Riverside v Northgate (5.30pm). "
        "The winner came from Luis Mendes in the last minute of the match. "
        "Mendes has now scored 14 goals in 20 games for the club this season."
    )
    out = points(text, n=3)
    assert not any(" v " in p for p in out)
