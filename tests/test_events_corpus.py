"""The coder over real short news items (read from ../shared): no crash, and every event it emits
keeps the contract's invariants."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from detente import actors, events
from detente.dates import record_date
from detente.events import ontology


def _items(n: int) -> list[dict]:
    from support import shared_path

    path = shared_path("corpus", "current-events", "items.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        # spread over the two decades the portal covers rather than its first weeks
        return [json.loads(line) for line in itertools.islice(fh, 0, 115_000, 57)][:n]


@pytest.mark.slow
def test_two_thousand_items_code_cleanly(resources):
    items = _items(2000)
    onto = ontology()
    texts = [it.get("text") or "" for it in items]
    total = 0
    for it, doc in zip(items, resources.nlp.pipe(texts, batch_size=64), strict=True):
        published = record_date(it.get("date"))
        mentions = actors.resolve(doc, resources.catalogue, published=published)
        found = events.code(
            doc,
            mentions,
            lexicon=resources.lexicon,
            catalogue=resources.catalogue,
            published=published,
            antecedent=actors.antecedent,
        )
        total += len(found)
        for ev in found:
            assert ev.event_type in onto.types
            assert ev.quad_class == onto.quad(ev.event_type)
            assert ev.goldstein == onto.goldstein(ev.cameo)
            assert any(a.code for a in (*ev.source, *ev.target))
            start, end = ev.char_span
            assert doc.text[start:end] == ev.trigger
            assert 0 < ev.confidence <= 1
            assert not (ev.historical and ev.date is not None and published and ev.date > published)
            assert not {a.key for a in ev.source} & {a.key for a in ev.target}
    assert total > 300  # the portal is about events; a coder finding almost none is broken
