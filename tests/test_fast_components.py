"""The attribute rules as a table (``detente.attribute_table``) and the lemmatizer with a memo
(``detente.lemmas``) against the model's own components: every token's part of speech, tag,
morphology, lemma, parse and entity identical."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from detente import attribute_table, lemmas, prefixes
from detente import nlp as nlp_stage
from support import shared_path

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
SAMPLE = 40  # Wikinews articles, every seventh of the corpus

# sentences written for the rare rules: contractions, two-token forms, "there is", a
# determiner used as a pronoun, auxiliaries, pronouns by role, a run of spaces
RARE = [
    "I ain't gonna say it, y'all, and we gotta go.",
    "Let's see: there were three of those, and that is all I'd ask.",
    "She'd have had nothin' to do with 'em if you'd been there.",
    "They can't and won't; he's said he wasn't told.  \n\n  Then  it rained.",
    "Is there anything someone could've done?  Nobody knows, but it's done.",
    "C'mon, it ain't that bad, said the minister, who gets what she wants.",
]


@pytest.fixture(scope="module")
def reference() -> Language:
    """The model as spaCy ships it, with detente's line-break rule and its parse repairs after
    the parser (which the fast components must not change), and its own components."""
    model = spacy.load(nlp_stage.default_model())
    model.add_pipe(prefixes.WORDS, first=True)
    model.add_pipe(prefixes.LEMMAS, after="lemmatizer")
    model.add_pipe("detente_line_breaks", before="parser")
    for repair in nlp_stage._PARSE_REPAIRS:  # all of them, in the pipeline's order
        model.add_pipe(repair, last=True)
    model.max_length = 2_000_000
    assert isinstance(model.get_pipe("attribute_ruler"), AttributeRuler)
    return model


def _differences(a: Doc, b: Doc) -> list[tuple[Any, ...]]:
    x, y = a.to_array(ATTRS), b.to_array(ATTRS)
    return [
        (a[i].text, a[i].tag_, b[i].tag_, a[i].pos_, b[i].pos_, str(a[i].morph), str(b[i].morph))
        for i in range(len(a))
        if (x[i] != y[i]).any()
    ]


def test_the_loaded_model_runs_the_table_and_the_memo(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), attribute_table.AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), lemmas.LemmaMemo)
    assert lemmas.MODEL_LEMMATIZER in nlp.disabled


def test_the_memo_offers_the_model_tables(nlp, reference):
    """``selective.irregular_forms`` reads the irregular forms from them."""
    from detente.selective import irregular_forms

    assert irregular_forms(nlp) == irregular_forms(reference)
    assert "met" in irregular_forms(nlp)["meet"]


def test_wikinews_sample_is_identical_token_for_token(nlp, reference):
    path = shared_path("corpus", "wikinews", "articles.jsonl")
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in itertools.islice(fh, 0, None, 7)][:SAMPLE]
    tokens = 0
    for ours, theirs in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert _differences(ours, theirs) == []
        tokens += len(ours)
    assert tokens > 10_000


@pytest.mark.parametrize("text", RARE)
def test_rare_rules_are_identical(nlp, reference, text):
    assert _differences(nlp(text), reference(text)) == []


def test_identical_without_a_parse(nlp, reference):
    """The selective parser runs the rules on sentences it left unparsed (no labels)."""
    ours = [nlp.get_pipe(n) for n in ("attribute_ruler", "lemmatizer")]
    theirs = [reference.get_pipe(n) for n in ("attribute_ruler", "lemmatizer")]
    for text in RARE:
        off = ["parser", "attribute_ruler", "lemmatizer", "ner", *nlp_stage._PARSE_REPAIRS]
        bare = reference(text, disable=off)
        a, b = bare.copy(), bare.copy()
        for mine, model in zip(ours, theirs, strict=True):
            a, b = mine(a), model(b)
        assert _differences(a, b) == []


def test_a_pattern_the_table_cannot_express_keeps_the_model_component():
    model = spacy.blank("en")
    ruler = model.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert attribute_table.compile_table(ruler) is None
    assert attribute_table.install(model) is False
    assert isinstance(model.get_pipe("attribute_ruler"), AttributeRuler)


def test_a_later_rule_overrides_an_earlier_one_as_in_the_ruler():
    model = spacy.blank("en")
    ruler = model.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "bank"}]], {"POS": "NOUN", "LEMMA": "bank"})
    ruler.add([[{"LOWER": "river"}, {"LOWER": "bank"}]], {"POS": "PROPN"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^ban"}}]], {"MORPH": "Number=Sing"})
    text = "The river bank and the bank banned it."
    expected = model(text)
    assert attribute_table.install(model) is True
    assert isinstance(model.get_pipe("attribute_ruler"), attribute_table.AttributeTable)
    assert _differences(model(text), expected) == []
