"""detente.syntax on hand-built parses: each dependency rule and the morphology alone, without
the trained model (the Doc objects below are written out token by token)."""

from __future__ import annotations

import pytest

from detente import syntax
from support.docs import coordinated, parse, passive, texts


def test_conjuncts_are_the_token_and_its_coordinates_in_order():
    doc = coordinated()
    assert texts(syntax.conjuncts(doc[2])) == ["Russia", "China"]
    assert texts(syntax.conjuncts(doc[3])) == ["met"]


def test_prepositional_objects_with_conjuncts_and_among_for_between():
    doc = parse([
        ("sanctions", 0, "ROOT", "NOUN", "NNS", "sanction"),
        ("on", 0, "prep", "ADP", "IN"),
        ("Iran", 1, "pobj", "PROPN", "NNP"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("Syria", 2, "conj", "PROPN", "NNP"),
        ("among", 0, "prep", "ADP", "IN"),
        ("allies", 5, "pobj", "NOUN", "NNS", "ally"),
    ])  # fmt: skip
    assert texts(syntax.prep_objects(doc[0], "on")) == ["Iran", "Syria"]
    assert texts(syntax.prep_objects(doc[0], "between")) == ["allies"]
    assert syntax.prep_objects(doc[0], "with") == []


def test_passive_with_and_without_agent():
    assert syntax.is_passive(passive(True)[2])
    assert syntax.is_passive(passive(False)[2])
    active = parse([
        ("Seoul", 1, "nsubj", "PROPN", "NNP"),
        ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
        ("Kim", 1, "dobj", "PROPN", "NNP"),
    ])  # fmt: skip
    assert not syntax.is_passive(active[1])


def test_bare_participle_but_not_one_with_its_own_subject():
    doc = parse([
        ("Criticised", 5, "advcl", "VERB", "VBN", "criticise"),
        ("by", 0, "agent", "ADP", "IN"),
        ("Seoul", 1, "pobj", "PROPN", "NNP"),
        (",", 5, "punct", "PUNCT", ","),
        ("Kim", 5, "nsubj", "PROPN", "NNP"),
        ("left", 5, "ROOT", "VERB", "VBD", "leave"),
    ])  # fmt: skip
    assert syntax.is_participle(doc[0])
    assert not syntax.is_participle(doc[5])
    assert not syntax.is_participle(passive(True)[2])  # a finite passive is no bare participle


def test_to_clause_and_indirect_question():
    doc = parse([
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        ("whether", 4, "mark", "SCONJ", "IN"),
        ("China", 4, "nsubj", "PROPN", "NNP"),
        ("helps", 1, "ccomp", "VERB", "VBZ", "help"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("vowed", 1, "conj", "VERB", "VBD", "vow"),
        ("to", 8, "aux", "PART", "TO"),
        ("pay", 6, "xcomp", "VERB", "VB"),
    ])  # fmt: skip
    assert syntax.is_question(doc[4])
    assert not syntax.is_question(doc[8])
    assert syntax.to_clause(doc[8])
    assert not syntax.to_clause(doc[4])


def test_time_phrase_and_clause_head():
    doc = parse([
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        ("left", 1, "ROOT", "VERB", "VBD", "leave"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Monday", 2, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
        ("for", 1, "prep", "ADP", "IN"),
        ("Paris", 4, "pobj", "PROPN", "NNP", "Paris", "B-GPE"),
    ])  # fmt: skip
    assert syntax.is_temporal(doc[2])
    assert not syntax.is_temporal(doc[4])
    assert syntax.clause_head(doc[5]) == 1
    assert syntax.clause_head(doc[0]) == 1


def test_relative_clause_hung_on_a_date_is_about_the_noun_before():
    doc = parse([
        ("They", 1, "nsubj", "PRON", "PRP"),
        ("adopted", 1, "ROOT", "VERB", "VBD", "adopt"),
        ("Resolution", 1, "dobj", "PROPN", "NNP"),
        ("2375", 2, "nummod", "NUM", "CD"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Monday", 4, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
        (",", 5, "punct", "PUNCT", ","),
        ("which", 8, "nsubj", "PRON", "WDT"),
        ("caps", 5, "relcl", "VERB", "VBZ", "cap"),
        ("imports", 8, "dobj", "NOUN", "NNS", "import"),
    ])  # fmt: skip
    assert syntax.relative_antecedent(doc[8]).text == "Resolution"
    plain = parse([
        ("troops", 0, "ROOT", "NOUN", "NNS", "troop"),
        ("who", 2, "nsubj", "PRON", "WP"),
        ("fled", 0, "relcl", "VERB", "VBD", "flee"),
    ])  # fmt: skip
    assert syntax.relative_antecedent(plain[2]).text == "troops"


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("staged", "stage"),  # the lemmatiser's "stag"
        ("staged", "stag"),
        ("hopes", "hope"),
        ("planned", "plan"),
        ("shipping", "ship"),
        ("carries", "carry"),
        ("carried", "carry"),
        ("imposing", "impose"),
        ("talks", "talk"),
    ],
)
def test_base_forms_undo_regular_inflections(form: str, base: str):
    assert base in syntax.base_forms(form)


def test_base_forms_double_consonants_only_before_ed_and_ing():
    assert "kil" not in syntax.base_forms("kills")
    assert "pas" not in syntax.base_forms("passes")
    assert syntax.base_forms("is") == set()  # too short to carry a suffix


def test_inflections_of_a_lemma():
    assert {"plans", "planned", "planning"} <= syntax.inflections("plan")
    assert {"stages", "staged", "staging"} <= syntax.inflections("stage")
    assert {"carries", "carried"} <= syntax.inflections("carry")
    assert "bies" not in syntax.inflections("by")
    assert "signned" not in syntax.inflections("sign")  # no doubling after a consonant
    assert "seized" in syntax.inflections("seize")
    # a prefixed verb takes its base's irregular past, which the lemmatiser does not know
    assert {"retook", "retaken"} <= syntax.inflections("retake")
    assert not {"took", "taken"} & syntax.inflections("take")  # the model knows these


@pytest.mark.parametrize(
    "lemma", ["plan", "stage", "carry", "impose", "talk", "withdraw", "retake", "overrun"]
)
def test_the_two_directions_agree(lemma: str):
    """Every form made from a lemma of four letters or more is undone back to it."""
    for form in syntax.inflections(lemma):
        assert lemma in syntax.base_forms(form), form


def test_a_list_misread_as_an_apposition_keeps_every_member():
    # "Sweden, Norway and Chile protested": the parser makes "Norway" an apposition of "Sweden"
    doc = parse([
        ("Sweden", 5, "nsubj", "PROPN", "NNP"),
        (",", 0, "punct", "PUNCT", ","),
        ("Norway", 0, "appos", "PROPN", "NNP"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("Chile", 2, "conj", "PROPN", "NNP"),
        ("protested", 5, "ROOT", "VERB", "VBD", "protest"),
    ])  # fmt: skip
    assert texts(syntax.conjuncts(doc[0])) == ["Sweden", "Norway", "Chile"]


def test_an_apposition_that_coordinates_nothing_is_no_list_member():
    # "Lula, the president, spoke": an apposition renames, it adds no one
    doc = parse([
        ("Lula", 4, "nsubj", "PROPN", "NNP"),
        (",", 0, "punct", "PUNCT", ","),
        ("Brazil", 0, "appos", "PROPN", "NNP"),
        (",", 0, "punct", "PUNCT", ","),
        ("spoke", 4, "ROOT", "VERB", "VBD", "speak"),
    ])  # fmt: skip
    assert texts(syntax.conjuncts(doc[0])) == ["Lula"]


def test_a_list_cut_off_after_its_first_member_is_joined_again():
    # "Peru fined Chile, Bolivia and Ecuador": the rest of the list hangs from the verb as "dep"
    doc = parse([
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        ("fined", 1, "ROOT", "VERB", "VBD", "fine"),
        ("Chile", 1, "dobj", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("Bolivia", 1, "dep", "PROPN", "NNP"),
        ("and", 4, "cc", "CCONJ", "CC"),
        ("Ecuador", 4, "conj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert texts(syntax.conjuncts(doc[2])) == ["Chile", "Bolivia", "Ecuador"]
    assert texts(syntax.conjuncts(doc[0])) == ["Peru"]


def test_a_verb_misread_as_a_modifier_in_a_verbless_sentence_is_the_predicate():
    # "Chilean artillery fired shells": "fired" an amod of the root "shells"
    doc = parse([
        ("Chilean", 3, "amod", "ADJ", "JJ"),
        ("artillery", 2, "npadvmod", "NOUN", "NN"),
        ("fired", 3, "amod", "VERB", "VBN", "fire"),
        ("shells", 3, "ROOT", "NOUN", "NNS", "shell"),
        (".", 3, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert syntax.misread_predicate(doc[2]).text == "shells"
    assert texts(syntax.misread_subjects(doc[2])) == ["artillery", "Chilean"]


def test_a_real_participle_modifier_is_no_predicate():
    # "The seized ships sank": nothing before "seized" does it
    doc = parse([
        ("The", 2, "det", "DET", "DT"),
        ("seized", 2, "amod", "VERB", "VBN", "seize"),
        ("ships", 3, "nsubj", "NOUN", "NNS", "ship"),
        ("sank", 3, "ROOT", "VERB", "VBD", "sink"),
    ])  # fmt: skip
    assert syntax.misread_predicate(doc[1]) is None
