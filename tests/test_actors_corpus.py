"""The resolver over real corpora from ../shared: it never fails, its mentions are well formed,
and it finds the countries a plain name gazetteer finds (slow: hundreds of articles)."""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json

import pytest

from detente.actors import Catalogue, resolve, summarise

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


def _well_formed(doc, mentions) -> None:
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(doc.text)
        assert 0 <= m.token_start <= m.head < m.token_end <= len(doc)
        first = doc[m.token_start]
        # a mention starts at its first token, or inside it after a hyphen ("U.S.-Mexican")
        assert m.start == first.idx or (
            first.idx < m.start < first.idx + len(first)
            and first.text[m.start - first.idx - 1] == "-"
        )
        assert m.actor.code or m.actor.name or m.via == "role"


def test_wikinews_articles(nlp, cat, shared):
    path = shared / "corpus" / "wikinews" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts = [r["text"] for r in records]
    with_country = 0
    for record, doc in zip(records, nlp.pipe(texts, batch_size=16), strict=True):
        date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        mentions = resolve(doc, cat, published=date)
        _well_formed(doc, mentions)
        summary = summarise(mentions)
        assert sum(s.mentions for s in summary) <= len(mentions)
        with_country += any(cat.country(m.actor.code) for m in mentions)
    assert with_country / len(records) > 0.9


def test_current_events_countries(nlp, cat, shared):
    path = shared / "corpus" / "current-events" / "items.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        items = [json.loads(line) for line in itertools.islice(fh, 0, None, 40)]  # every 40th
    expected = found = 0
    for item, doc in zip(items, nlp.pipe([i["text"] for i in items], batch_size=64), strict=True):
        mentions = resolve(doc, cat, published=dt.date.fromisoformat(item["date"]))
        _well_formed(doc, mentions)
        codes = {m.actor.code for m in mentions}
        for name in item.get("countries") or ():
            actor = cat.lookup(name)
            if actor is not None:
                expected += 1
                found += actor.code in codes
    assert expected > 1000
    assert found / expected > 0.95
