"""analyze_many against hostile documents (issue 11, item 1): a text over the parser's
``max_length`` is analysed on its own, in parts, with its offsets right; a document the parser
fails on fails alone, under its own name, and its batch goes on."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from detente import ingest, pipeline
from detente.model import Analysis, Failure

PARAS = [
    "The foreign minister of Poland met the Lithuanian prime minister in Vilnius on Tuesday.",
    "Poland accused Belarus of closing the border to freight without warning, officials said.",
    "Germany condemned the closure and urged Belarus to reopen the crossing.",
]


def _doc(title: str, paragraphs: list[str], source: str) -> Any:
    return ingest.from_text(title + "\n\n" + "\n\n".join(paragraphs), source=source)


class _Faulty:
    """An nlp that fails on any text holding ``marker``, like spaCy does on a hostile one."""

    def __init__(self, nlp: Any, marker: str) -> None:
        self._nlp, self._marker = nlp, marker

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def _check(self, text: str) -> str:
        if self._marker in text:
            raise ValueError("the parser choked")
        return text

    def __call__(self, text: str) -> Any:
        return self._nlp(self._check(text))

    def pipe(self, texts: Any, **kw: Any) -> Any:
        return self._nlp.pipe((self._check(t) for t in texts), **kw)


def test_a_text_over_max_length_is_analysed_in_parts_with_offsets_right(
    resources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    countries = ["Poland", "Germany", "France", "Spain", "Italy", "Japan", "India", "Brazil"]
    long_paras = [  # about 2,500 characters, each paragraph an event of its own
        f"{a} accused {b} of closing the border to freight without warning, officials said."
        for a in countries
        for b in countries[:4]
        if a != b
    ]
    items = [
        _doc("Talks open", PARAS, "a.txt"),
        _doc("A long dispatch", long_paras, "long.txt"),
        _doc("Talks close", PARAS[::-1], "b.txt"),
    ]
    (whole,) = pipeline.analyze_many(items[1:2], resources)
    monkeypatch.setattr(pipeline, "PART_CHARS", 1_000)
    out = list(pipeline.analyze_many(items, resources))
    assert [type(x).__name__ for x in out] == ["Analysis", "Analysis", "Analysis"]
    assert [x.article.source for x in out] == ["a.txt", "long.txt", "b.txt"]
    long = out[1]
    assert isinstance(long, Analysis) and len(long.article.text) > 2_000
    assert len(long.events) >= 20  # the events of every part, not of the first only
    assert max(e.char_span[0] for e in long.events) > 2_000
    assert long.events == whole.events and long.mentions == whole.mentions
    for event in long.events:
        start, end = event.char_span
        assert (
            long.article.text[start:end] == event.trigger
            or event.trigger in (long.article.text[start:end])
        )
    for mention in long.mentions:
        assert long.article.text[mention.start : mention.end] == mention.actor.text
    assert max(m.start for m in long.mentions) > 2_000  # mentions in the later parts too


def test_a_text_over_the_limit_fails_alone_with_its_own_code(
    resources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources.nlp, "max_length", 1_000)
    items = [
        _doc("Talks open", PARAS, "a.txt"),
        _doc("A long dispatch", PARAS * 5, "long.txt"),
        _doc("Talks close", PARAS[::-1], "b.txt"),
    ]
    out = list(pipeline.analyze_many(items, resources))
    assert [getattr(x, "code", "ok") for x in out] == ["ok", "E303", "ok"]
    assert out[1].source == "long.txt"


def test_a_document_the_parser_fails_on_fails_alone_and_under_its_own_name(
    resources: Any,
) -> None:
    faulty = dataclasses.replace(resources, nlp=_Faulty(resources.nlp, "Zzyzx"))
    items = [_doc(f"Item {i}", PARAS, f"{i}.txt") for i in range(5)]
    items[2] = _doc("Bad", [*PARAS, "Zzyzx was there too."], "bad.txt")
    out = list(pipeline.analyze_many(items, faulty, batch_size=8))
    assert [x.article.source if isinstance(x, Analysis) else x.source for x in out] == [
        "0.txt",
        "1.txt",
        "bad.txt",
        "3.txt",
        "4.txt",
    ]
    assert [isinstance(x, Failure) for x in out] == [False, False, True, False, False]
    assert out[2].code == "E302" and "the parser choked" in out[2].reason
    assert "StopIteration" not in out[2].reason
