"""The actors stage end to end: the seed article, and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Catalogue, antecedent, resolve, summarise
from detente.model import Mention

SEED_DATE = dt.date(2023, 9, 12)


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


def _resolve(nlp, cat, text: str, date: dt.date | None = SEED_DATE):
    doc = nlp(text)
    return doc, resolve(doc, cat, published=date)


def _codes(mentions, text: str | None = None) -> list[tuple[str | None, str | None]]:
    return [
        (m.actor.code, m.actor.sector)
        for m in mentions
        if text is None or m.actor.text == text or text in m.actor.text
    ]


def _find(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.actor.text == text]
    assert found, f"no mention {text!r} in {[m.actor.text for m in mentions]}"
    return found[0]


# ------------------------------------------------------------------------------------------------
# the seed article


@pytest.fixture(scope="module")
def seed(nlp, cat, seed_path):
    from detente.extract import extract
    from detente.ingest import read_path_single

    article = extract(read_path_single(seed_path))
    doc = nlp(article.text)
    return article, doc, resolve(doc, cat, published=SEED_DATE)


def test_seed_people_are_coded_by_office(seed):
    _article, doc, mentions = seed
    kim = [m for m in mentions if m.actor.name == "Kim Jong Un"]
    assert kim and all(
        (m.actor.code, m.actor.sector, m.actor.kind) == ("PRK", "GOV", "person") for m in kim
    )
    putin = [m for m in mentions if m.actor.name == "Vladimir Putin"]
    assert putin and all((m.actor.code, m.actor.sector) == ("RUS", "GOV") for m in putin)
    trump = [m for m in mentions if m.actor.name == "Donald Trump"]
    assert trump and trump[0].actor.code == "USA"
    assert doc[trump[0].head].text == "Trump"


def test_seed_mr_kim_and_bare_kim_are_kim_jong_un(seed):
    _, _, mentions = seed
    texts = {m.actor.text: m.actor.name for m in mentions if m.actor.kind == "person"}
    assert texts["Mr Kim"] == "Kim Jong Un"
    assert texts["Kim"] == "Kim Jong Un"
    assert texts["North Korean leader Kim Jong Un"] == "Kim Jong Un"


def test_seed_places_media_and_countries(seed):
    _, _, mentions = seed
    by_text: dict[str, set] = {}
    for m in mentions:
        by_text.setdefault(m.actor.text, set()).add((m.actor.code, m.actor.sector))
    assert by_text["Pyongyang"] == {("PRK", "GOV")}  # a capital stands for its government
    assert by_text["Moscow"] == {("RUS", "GOV")}
    assert by_text["Beijing"] == {("CHN", "GOV")}
    assert by_text["KCNA"] == {("PRK", "MED")}
    assert by_text["Ukraine"] == {("UKR", None)}
    assert by_text["Ukrainian"] == {("UKR", None)}
    assert by_text["South Korea"] == {("KOR", None)}
    assert by_text["Japan"] == {("JPN", None)}
    assert ("USA", "GOV") in by_text["a US official"]


def test_seed_the_north_is_north_korea(seed):
    article, _doc, mentions = seed
    north = [m for m in mentions if m.actor.text == "North"]
    assert len(north) == 2 and {m.actor.code for m in north} == {"PRK"}
    first = article.text.index("distrustful North") + len("distrustful ")
    assert any(m.start == first for m in north)


def test_seed_title_hyphenated_pair_gives_both(nlp, cat, seed):
    article, _, _ = seed
    assert article.title and "North Korea-Russia" in article.title
    _, mentions = _resolve(nlp, cat, article.title)
    assert {"PRK", "RUS"} <= {m.actor.code for m in mentions}
    pair = article.title.index("North Korea-Russia")
    spans = {(m.start, m.end): m.actor.code for m in mentions}
    assert spans[(pair, pair + len("North Korea"))] == "PRK"
    assert spans[(pair + len("North Korea-"), pair + len("North Korea-Russia"))] == "RUS"


def test_seed_china_us_and_china_north_korea_compounds(seed):
    article, _, mentions = seed
    at = article.text.index("China-U.S.")
    codes = [m.actor.code for m in mentions if at <= m.start < at + len("China-U.S.")]
    assert codes == ["CHN", "USA"]
    at = article.text.index("Russia-North Korea alliance")
    codes = [m.actor.code for m in mentions if at <= m.start < at + len("Russia-North Korea")]
    assert codes == ["RUS", "PRK"]


def test_seed_summary_counts(seed):
    _, _, mentions = seed
    summary = summarise(mentions)
    names = [s.actor.name for s in summary]
    assert set(names[:3]) == {"Russia", "North Korea", "Kim Jong Un"}
    kim = next(s for s in summary if s.actor.name == "Kim Jong Un")
    assert kim.mentions == sum(1 for m in mentions if m.actor.name == "Kim Jong Un")
    assert "Mr Kim" in kim.texts
    assert all(s.actor.code or s.actor.name for s in summary)
    counts = [s.mentions for s in summary]
    assert counts == sorted(counts, reverse=True)


def test_seed_expert_pronoun_and_foreign_ministry(seed, cat):
    _article, doc, mentions = seed
    ministry = _find(mentions, "China’s foreign ministry")
    assert (ministry.actor.code, ministry.actor.sector) == ("CHN", "GOV")
    assert doc[ministry.head].text == "ministry"
    he = next(t.i for t in doc if t.text == "he" and doc[t.i + 1].text == "added")
    ante = antecedent(doc, he, mentions, catalogue=cat)
    assert ante is not None and ante.actor.text == "an expert" and ante.actor.code is None
    looking = next(t.i for t in doc if t.text == "he" and doc[t.i + 2].text == "be")
    ante = antecedent(doc, looking, mentions, catalogue=cat)
    assert ante is not None and ante.actor.name == "Kim Jong Un"


def test_mentions_are_in_order_and_point_into_the_text(seed):
    article, doc, mentions = seed
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert article.text[m.start : m.end] == m.actor.text or m.via == "role"
        assert doc[m.token_start].idx == m.start and m.end <= doc[m.token_end - 1].idx + len(
            doc[m.token_end - 1]
        )
        assert m.token_start <= m.head < m.token_end
        assert doc[m.token_start].sent.start == list(doc.sents)[m.sentence_index].start
