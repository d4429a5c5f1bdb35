"""The quotes stage's module boundaries: direct quotations and reported speech over one shared
index, and the antecedent finder the stage is given; on sentences written for these tests."""

from __future__ import annotations

import pytest

from detente.model import Actor, Mention
from detente.quotes import attributions, extract_quotes
from detente.quotes.direct import find_direct
from detente.quotes.index import DocIndex
from detente.quotes.lexicon import load as load_lexicon
from detente.quotes.reported import find_reported

QUOTED_THEN_REPORTED = (
    "“The talks will resume in May,” the envoy said. She added that the date was not final."
)


def _index(nlp, text: str) -> DocIndex:
    return DocIndex(nlp(text), load_lexicon())


def test_direct_finds_the_quotation_and_marks_its_tokens(nlp):
    ix = _index(nlp, QUOTED_THEN_REPORTED)
    [q] = find_direct(ix)
    doc = ix.doc
    assert q.span.content(doc.text) == "The talks will resume in May,"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_span is not None and doc[slice(*q.speaker_span)].text == "the envoy"
    assert [i for i, inside in enumerate(ix.quote_token) if inside] == list(range(q.qs, q.qe))


def test_direct_leaves_a_term_in_quotes_alone(nlp):
    ix = _index(nlp, "The plan, dubbed “Sunrise”, was dropped by the minister.")
    assert find_direct(ix) == []
    assert not any(ix.quote_token)


def test_reported_finds_the_clause_and_skips_the_cues_of_quotations(nlp):
    ix = _index(nlp, QUOTED_THEN_REPORTED)
    quoted = find_direct(ix)
    [r] = find_reported(ix, {q.cue.i for q in quoted if q.cue is not None})
    doc = ix.doc
    assert r.cue.text == "added"
    assert doc[r.start : r.end].text == "the date was not final"
    assert r.speaker_head is not None and r.speaker_head.text == "She"


def test_reported_alone_reads_the_parse_only(nlp):
    ix = _index(nlp, "The minister said that the border would reopen next week.")
    [r] = find_reported(ix, set())
    assert r.cue.text == "said"
    assert ix.doc[r.start : r.end].text == "the border would reopen next week"


def test_the_antecedent_finder_is_required(nlp):
    doc = nlp(QUOTED_THEN_REPORTED)
    with pytest.raises(TypeError):
        extract_quotes(doc, [])  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        attributions(doc, [])  # type: ignore[call-arg]


def test_a_pronoun_speaker_takes_what_the_given_finder_says(nlp):
    doc = nlp("Pat Doe flew home. “We are not finished,” she said on arrival.")
    stand_in = Actor("Pat Doe", "Pat Doe (stand-in)", "NOR", "GOV", "person")
    span = doc[0:2]
    mention = Mention(stand_in, span.start_char, span.end_char, 0, 2, span.root.i, 0)
    calls: list[int] = []

    def finder(d, i, mentions):
        calls.append(i)
        return mention

    [q] = extract_quotes(doc, [], antecedent=finder)
    assert calls and doc[calls[0]].text == "she"
    assert q.speaker is not None and q.speaker.name == "Pat Doe (stand-in)"
