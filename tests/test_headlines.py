"""Headline verbs the parser reads as nouns (``detente.headlines``): the sentence is parsed
again with the word in the past tense and takes that parse only when the word then heads it.

Sentences written for these tests in the telegraphic style of Current Events items.
"""

from __future__ import annotations

import pytest

from detente.pipeline import parse
from support.events import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Mexican energy regulator fines Spanish utility Iberdrola for violating rules.", ("COERCE", "MEX", "ESP")),
        ("US President Donald Trump hosts Italian Prime Minister Giuseppe Conte at the White House.", ("CONSULT", "USA", "ITA")),
        ("China levies anti-dumping charges on chemicals imported from Japan.", ("SANCTION", "CHN", "JPN")),
        ("Israeli Prime Minister Benjamin Netanyahu lands in Budapest for a state visit.", ("CONSULT", "ISR", "HUN")),
        ("The United States sanctions several Nicaraguan officials accused of corruption.", ("SANCTION", "USA", "NIC")),
        # the words around the mended verb take the second parse's lemmas ("warning", not "warn")
        ("The Israeli Navy fires warning shots at a Malaysian ship.", ("THREATEN", "ISR", "MYS")),
    ],
)  # fmt: skip
def test_a_headline_verb_read_as_a_noun_is_coded(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Turkey hosts Greek Prime Minister Kyriakos Mitsotakis in Ankara.", "hosts", "host"),
        # the gerund after the word had been read as the verb
        ("Israel fires warning shots at a Turkish vessel.", "fires", "fire"),
    ],
)  # fmt: skip
def test_the_mended_word_is_a_present_tense_verb_heading_its_sentence(resources, text, word, lemma):
    doc = parse(resources.parser, text)
    verb = doc[1]
    assert (verb.text, verb.tag_, verb.pos_, verb.lemma_, verb.dep_) == (
        word,
        "VBZ",
        "VERB",
        lemma,
        "ROOT",
    )
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [doc[0].text]


@pytest.mark.parametrize(
    "text",
    [
        # a name's own word ("States") is never tried as a verb
        "The United States sanctions on Iran remain in force.",
        # a noun phrase with a verb of its own is left as parsed
        "US forces in Syria withdrew from two bases.",
        "Chinese coast guard ships fired warning shots near a Philippine boat.",
        "US forces withdrew from two bases in Syria.",
        # a verb before the word: it is no headline verb, however the sentence was parsed
        "Armenian artillery fired shells at Azerbaijani positions in Azerbaijan.",
    ],
)  # fmt: skip
def test_sentences_with_a_verb_or_a_name_keep_their_parse(resources, text):
    assert [t.dep_ for t in parse(resources.parser, text)] == [t.dep_ for t in resources.nlp(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb of reporting and its that-clause, the name before it read as its noun phrase
        ("The International Court of Justice rules that Israel must halt its offensive in Rafah.",
         "rules"),
        ("The court rules that Russia violated the convention.", "rules"),
    ],
)  # fmt: skip
def test_a_reporting_verb_before_its_clause_heads_its_sentence(resources, text, word):
    doc = parse(resources.parser, text)
    verb = next(t for t in doc if t.text == word)
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert any(c.dep_ == "nsubj" for c in verb.children), [(t.text, t.dep_) for t in doc]


def test_a_court_ruling_that_a_party_must_act_demands_it(resources):
    found = dyads(
        resources,
        "The International Court of Justice rules that Israel must halt its offensive in Rafah.",
    )
    assert ("REQUEST", "UN", "ISR") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the rules of a relative clause are rules, in a sentence with its own verb
        "New trade rules that apply to China were announced.",
        "The rules that govern the talks were agreed by both sides.",
    ],
)
def test_rules_with_a_relative_clause_keep_their_parse(resources, text):
    assert [t.dep_ for t in parse(resources.parser, text)] == [t.dep_ for t in resources.nlp(text)]
