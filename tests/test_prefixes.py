"""Words written with a hyphen after "re" or "co" (``detente.prefixes``): one token in the
models' pipeline and in the alias tokenizer alike, with the lemma of the word written without
the hyphen where the model's lemmatizer knows it; left split before a capitalised word."""

from __future__ import annotations

import pytest

from detente.actors.words import tokens


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Saudi Arabia will re-open its embassy.", "re-open", "reopen"),
        ("They co-operated closely.", "co-operated", "cooperate"),
        ("Defence co-operation grew.", "co-operation", "cooperation"),
        ("Japan re-imposed sanctions.", "re-imposed", "reimpose"),
        ("Qatar co-hosted the talks.", "co-hosted", "co-host"),
        ("He was re-elected in May.", "re-elected", "reelect"),
    ],
)
def test_prefixed_words_are_one_token(nlp, text, word, lemma):
    doc = nlp(text)
    found = [t for t in doc if t.text == word]
    assert len(found) == 1
    assert found[0].lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("the Russia-Ukraine war", ["Russia", "-", "Ukraine"]),
        ("pro-Russian forces", ["pro", "-", "Russian"]),
        # before a title or a name, a participle stays in pieces (the model parses it so)
        ("Putin congratulated re-elected President Lukashenko.", ["re", "-", "elected"]),
    ],
)
def test_other_hyphens_still_split(nlp, text, pieces):
    words = [t.text for t in nlp(text)]
    assert all(p in words for p in pieces)


def test_the_merged_word_reads_as_its_stem(nlp):
    doc = nlp("Saudi Arabia will re-open its embassy.")
    word = next(t for t in doc if t.text == "re-open")
    assert word.norm_ == "open"
    assert word.pos_ == "VERB" and word.dep_ == "ROOT"


def test_aliases_split_as_articles_do(nlp):
    name = "Organization for Security and Co-operation in Europe"
    assert list(tokens(name)) == [t.text for t in nlp(name)]
    assert "Co-operation" in tokens(name)
