"""Selective parsing (``detente.selective``) against the full parse: the same events, with some
sentences left unparsed."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import Any

import pytest

from detente import ingest, pipeline
from detente.errors import DetenteError
from detente.model import Analysis, Failure
from detente.selective import SelectiveParser, parse_share
from support import shared_path

# Wikinews articles compared in both modes, and the share of their events that may differ (a
# boundary the senter draws where the parser would not can change a sentence): none of these
# articles differed when this was written; over all 293, 2 of 666 events did, in one article.
SAMPLE = 30
TOLERANCE = 0.02

MIXED = (
    "Russia imposed sanctions on Japan on Monday.\n"
    "It said the measures would stay in force.\n"
    "Crowds filled the riverside market all afternoon.\n"
    "The weather was mild for the season.\n"
)
QUIET = "Crowds filled the riverside market all afternoon."


@pytest.fixture(scope="module")
def selective(resources):
    options = dataclasses.replace(resources.options, parse="selective")
    res = dataclasses.replace(resources, options=options)
    assert isinstance(res.parser.base, SelectiveParser)  # under the headline-verb mender
    return res


def _events(res, doc) -> list[str]:
    """Events as comparable strings, without the sentence index (boundaries may differ)."""
    out = []
    for e in pipeline.analyze_doc(doc, res, None).events:
        d = e.to_dict()
        d.pop("sentence_index", None)
        out.append(json.dumps(d, sort_keys=True))
    return out


def test_unparsed_sentences_and_parsed_ones_as_in_the_full_parse(resources, selective):
    full = resources.nlp(MIXED)
    part = selective.parser(MIXED)
    assert [t.text for t in part] == [t.text for t in full]
    sents = list(part.sents)
    assert len(sents) == 4
    sanctions, it_said, market, weather = sents
    # no trigger with an actor, no cue, nothing referring back to them: not parsed
    assert all(t.dep_ == "" for t in (*market, *weather))
    for sent in (sanctions, it_said):
        assert any(t.dep_ for t in sent)
        assert [(t.head.i, t.dep_, t.pos_, t.lemma_) for t in sent] == [
            (t.head.i, t.dep_, t.pos_, t.lemma_) for t in full[sent.start : sent.end]
        ]
    # everything but the parse is there in the unparsed sentence too
    assert [t.tag_ for t in market] == [t.tag_ for t in full[market.start : market.end]]
    assert all(t.lemma_ for t in market)
    assert _events(resources, full) == _events(selective, part)
    assert any(json.loads(e)["event_type"] == "SANCTION" for e in _events(selective, part))


def test_a_word_referring_back_brings_the_sentences_before(selective):
    alone = selective.parser(QUIET)
    assert all(t.dep_ == "" for t in alone)
    assert len(list(alone.sents)) == 1
    # "It" in a cue sentence: the pronoun resolver reads the sentence before for its subject
    doc = selective.parser(QUIET + "\nIt said the measures would stay in force.")
    first = next(iter(doc.sents))
    assert first.text.strip() == QUIET
    assert any(t.dep_ == "nsubj" for t in first)


def test_every_lexicon_trigger_is_selected(resources, selective):
    """The trigger index is the lexicon's: each lemma, in a sentence with an actor, is parsed."""
    from spacy.strings import get_string_id

    selector = selective.parser.selector
    missing = [
        w for w in resources.lexicon.trigger_lemmas if get_string_id(w) not in selector.triggers
    ]
    assert missing == []


def test_seed_article_events_identical(resources, selective, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    parser = SelectiveParser(resources.nlp, selective.parser.selector)
    part = parser(text)
    full = resources.nlp(text)
    assert 0 < parser.parsed_sentences < parser.sentences  # something was left out
    events = _events(selective, part)
    assert len(events) >= 10
    assert events == _events(resources, full)


def test_wikinews_sample_events_within_tolerance(resources, selective):
    path = shared_path("corpus", "wikinews", "articles.jsonl")
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(SAMPLE), fh, strict=False)]
    parser = SelectiveParser(resources.nlp, selective.parser.selector)
    full = [_events(resources, d) for d in resources.nlp.pipe(texts)]
    part = [_events(selective, d) for d in parser.pipe(texts)]
    share = parse_share(parser)
    assert share is not None and share < 1.0
    total = sum(len(e) for e in full)
    assert total >= 20
    differing = sum(
        sum((Counter(a) - Counter(b)).values()) + sum((Counter(b) - Counter(a)).values())
        for a, b in zip(full, part, strict=True)
    )
    assert differing <= TOLERANCE * total


def test_code_text_in_both_modes(resources, selective):
    sentence = "Russia imposed sanctions on Japan on Monday."
    full = pipeline.code_text(sentence, resources, date="2024-03-04")
    part = pipeline.code_text(sentence, selective, date="2024-03-04")
    assert [e.to_dict() for e in part] == [e.to_dict() for e in full]
    assert full


def test_unknown_parse_mode_is_refused(resources):
    options = dataclasses.replace(resources.options, parse="sometimes")
    res = dataclasses.replace(resources, options=options)
    with pytest.raises(DetenteError) as err:
        _ = res.parser
    assert err.value.code == "E301"


def test_full_mode_is_the_model_itself(resources):
    options = dataclasses.replace(resources.options, parse="full")
    assert dataclasses.replace(resources, options=options).parser.base is resources.nlp


class _Choking:
    """A parser component that fails on any piece holding ``marker``."""

    def __init__(self, parser: Any, marker: str) -> None:
        self._parser, self._marker = parser, marker

    def pipe(self, docs: Any, batch_size: int = 32) -> Any:
        docs = list(docs)
        if any(self._marker in doc.text for doc in docs):
            raise ValueError("the parser choked")
        return self._parser.pipe(docs, batch_size=batch_size)


def test_a_document_the_selective_parser_fails_on_fails_alone(resources, selective):
    parser = SelectiveParser(resources.nlp, selective.parser.selector)
    parser.parser = _Choking(parser.parser, "Zzyzx")
    res = dataclasses.replace(selective)
    res.__dict__["parser"] = parser  # the cached property, set to the choking parser
    paragraphs = "Poland accused Belarus of closing the border.\n\nGermany condemned the closure."
    items = [ingest.from_text(f"Item {i}\n\n{paragraphs}", source=f"{i}.txt") for i in range(4)]
    items[1] = ingest.from_text(f"Bad\n\n{paragraphs}\n\nZzyzx said so.", source="bad.txt")
    out = list(pipeline.analyze_many(items, res, batch_size=8))
    assert [isinstance(x, Failure) for x in out] == [False, True, False, False]
    assert out[1].source == "bad.txt" and "the parser choked" in out[1].reason
    assert all(x.events for x in out if isinstance(x, Analysis))


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # "re-imposed" is a trigger by "imposed" (``detente.prefixes``): the sentence is parsed
        pytest.param(
            "Japan re-imposed sanctions on North Korea.",
            ("SANCTION", "JPN", "PRK"),
            id="prefixed-trigger",
        ),
        # detente's repairs run after the model in both modes: "missile and drone strikes" is
        # one attack noun again (the weapon-list repair)
        pytest.param(
            "Russia launches missile and drone strikes across Ukraine.",
            ("ASSAULT", "RUS", "UKR"),
            id="parse-repair",
        ),
    ],
)
def test_selected_sentences_code_as_in_the_full_parse(resources, selective, sentence, event):
    part = pipeline.code_text(sentence, selective, date="2024-03-04")
    full = pipeline.code_text(sentence, resources, date="2024-03-04")
    assert [e.to_dict() for e in part] == [e.to_dict() for e in full]
    assert [(e.event_type, e.source[0].code, e.target[0].code) for e in part] == [event]
