"""The ontology and lexicon data files: complete, consistent, and extensible by users."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.events import Lexicon, ontology
from detente.pipeline import code_text

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
QUADS = {
    1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
    2: {"COOPERATE", "AID", "RETREAT"},
    3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
    4: {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}


def test_ontology_has_every_plover_type_with_its_quad():
    onto = ontology()
    assert set(onto.types) == PLOVER_TYPES
    for quad, names in QUADS.items():
        for name in names:
            assert onto.quad(name) == quad, name


def test_ontology_has_all_twenty_cameo_roots_with_standard_scores():
    onto = ontology()
    for root in range(1, 21):
        assert f"{root:02d}" in onto.cameo
    # a few values of the standard Goldstein table, as CAMEO assigns them
    assert onto.goldstein("042") == 1.9
    assert onto.goldstein("043") == 2.8
    assert onto.goldstein("036") == 4.0
    assert onto.goldstein("190") == -10.0
    assert onto.goldstein("18") == -9.0


def test_cameo_to_plover_mapping():
    onto = ontology()
    assert onto.code("042").plover == "CONSULT" and onto.code("042").mode == "visit"
    assert onto.code("163").plover == "SANCTION"
    assert onto.code("1822").plover == "ASSAULT" and onto.code("1822").mode == "torture"
    assert onto.code("0841").plover == "RETREAT" and onto.code("081").plover == "CONCEDE"
    assert onto.code("010").plover is None  # plain statements are not PLOVER events
    # a code missing from the table resolves to its nearest parent
    assert onto.code("0999").code == "09"


def test_refinement_and_aliases():
    onto = ontology()
    assert onto.refine("070", ("military",)) == "072"
    assert onto.refine("070", ("culture",)) == "070"
    assert onto.normalise_type("demand") == "REQUEST"
    assert onto.normalise_type("FIGHT") == "ASSAULT"
    assert onto.normalise_mode("strike-hun") == "hunger"


def test_lexicon_covers_every_type_with_hundreds_of_entries():
    lex = Lexicon.load()
    assert len(lex) >= 500
    assert lex.types_covered() == PLOVER_TYPES
    onto = ontology()
    for entry in lex:
        assert entry.cameo in onto.cameo, entry.id
        assert entry.event_type in PLOVER_TYPES
        if entry.mode is not None:
            assert entry.mode in onto.types[entry.event_type].modes, entry.id
    ids = [e.id for e in lex]
    assert len(ids) == len(set(ids))


def test_lexicon_indexes_the_brief_s_phrases():
    lex = Lexicon.load()
    verbs = {
        "impose": "sanction", "pledge": "aid", "fire": "missile", "expel": "diplomat",
        "withdraw": "troop",
    }  # fmt: skip
    for verb, obj in verbs.items():
        assert any(obj in e.objects for e in lex.verbs[verb]), (verb, obj)
    # "hold talks with": a support verb lends its subject to the event noun
    assert "hold" in lex.light_verbs and lex.nouns["talk"][0].event_type == "CONSULT"
    for verb in (
        "deny",
        "accuse",
        "visit",
        "condemn",
        "threaten",
        "meet",
        "sign",
        "agree",
        "attack",
        "kill",
        "arrest",
        "protest",
        "deploy",
    ):
        assert verb in lex.verbs, verb
    for noun in (
        "summit",
        "visit",
        "meeting",
        "sanction",
        "talk",
        "airstrike",
        "ceasefire",
        "treaty",
        "deal",
    ):
        assert noun in lex.nouns or any(
            noun in e.objects for es in lex.verbs.values() for e in es
        ), noun


def test_lexicon_pickles_and_caches():
    lex = Lexicon.load()
    assert Lexicon.load() is lex
    again = pickle.loads(pickle.dumps(lex))
    assert len(again) == len(lex) and again.verbs.keys() == lex.verbs.keys()


USER = """
entries:
  - {id: my-rule, v: snub, cameo: "111", target: [dobj]}
  - {n: walkout, mod: diplomatic, cameo: "164", target: [from]}
light_verbs: [stage]
"""


def test_user_lexicon_adds_entries(tmp_path: Path, resources):
    path = tmp_path / "mine.yaml"
    path.write_text(USER, encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.get("my-rule") is not None and lex.get("my-rule").event_type == "ACCUSE"
    assert "<packaged>" in lex.files[0] and str(path.resolve()) in lex.files[1]
    from dataclasses import replace

    res = replace(resources, lexicon=lex)
    events = code_text("Chile snubbed Peru at the summit.", res)
    assert [e.rule for e in events if e.event_type == "ACCUSE"] == ["my-rule"]
    # the packaged lexicon does not know the word
    assert not [
        e for e in code_text("Chile snubbed Peru at the summit.", resources) if e.rule == "my-rule"
    ]


def test_user_lexicon_in_tsv(tmp_path: Path):
    path = tmp_path / "mine.tsv"
    path.write_text("v\tobj\tcameo\ttarget\nslap\ttariff\t163\ton,against\n", encoding="utf-8")
    lex = Lexicon.load([path])
    (entry,) = [e for e in lex.verbs["slap"] if "tariff" in e.objects and e.origin == str(path)]
    assert entry.event_type == "SANCTION" and entry.target == ("on", "against")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("entries:\n  - {v: snub, cameo: '999'}\n", ["entry 1", "CAMEO"]),
        (
            "entries:\n  - {v: snub, cameo: '111'}\n  - {v: snub, cameo: '111', mode: aerial}\n",
            ["entry 2", "mode"],
        ),
        ("entries:\n  - {v: snub, cameo: '111', colour: red}\n", ["entry 1", "colour"]),
        ("entries:\n  - {cameo: '111'}\n", ["entry 1", "v (verb)"]),
        ("entries: [\n", ["not valid YAML"]),
        ("anaphors: {walkout: [STRIKE]}\n", ["anaphor", "STRIKE"]),
        ("anaphors: {pact: ['0579']}\n", ["anaphor", "0579"]),
        ("places: {UKRAINE: [Lviv]}\n", ["places", "UKRAINE"]),
    ],
)
def test_bad_user_lexicon_names_file_and_entry(tmp_path: Path, body: str, words: list[str]):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Lexicon.load([path])
    assert info.value.code == "E502"
    message = str(info.value)
    assert "bad.yaml" in message
    for word in words:
        assert word in message


def test_user_lexicon_adds_anaphors_and_places(tmp_path: Path, resources):
    from dataclasses import replace

    path = tmp_path / "mine.yaml"
    path.write_text("anaphors: {sortie: [ASSAULT]}\nplaces: {MDA: [Balti]}\n", encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.anaphors["sortie"] == {"ASSAULT"} and lex.places["balti"] == "MDA"
    res = replace(resources, lexicon=lex)
    text = "Russian jets bombed Balti on Monday. Romania condemned the sortie."
    events = code_text(text, res)
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and {a.code for a in assault[0].target} == {"MDA"}
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and {a.code for a in accuse[0].target} == {"RUS"}
    # the packaged lexicon knows neither
    packaged = code_text(text, resources)
    assert not [e for e in packaged if e.event_type == "ASSAULT" and e.target]


def test_missing_user_lexicon(tmp_path: Path):
    with pytest.raises(ConfigError) as info:
        Lexicon.load([tmp_path / "absent.yaml"])
    assert info.value.code == "E502" and "absent.yaml" in str(info.value)


def test_ontology_doc_matches_the_data():
    from support import ROOT

    text = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    onto = ontology()
    for t in onto.types.values():
        assert f"| {t.name} | {t.quad} |" in text, t.name
        for mode in t.modes:
            assert mode in text, (t.name, mode)
    for root in range(1, 21):
        code = onto.cameo[f"{root:02d}"]
        assert f"| {code.code} | {code.name} | {code.goldstein:+.1f} |" in text, code.code


def test_the_coders_classes_and_codes_come_from_the_ontology():
    onto = ontology()
    assert onto.in_class("violent", "ASSAULT") and onto.in_class("violent", "COERCE")
    assert not onto.in_class("violent", "PROTEST")
    # a class member may be one mode of a type: a visit has a scene, other consultations none
    assert onto.in_class("scene", "CONSULT", "visit")
    assert not onto.in_class("scene", "CONSULT", "phone")
    assert not onto.in_class("no such class", "ASSAULT")
    assert onto.fallback == {
        "refusal": "120",
        "posture": "150",
        "request": "100",
        "accusation": "112",
        "threat": "130",
        "switched_to": "054",
        "brokered": "030",
    }
    assert onto.in_class("reported_wrong", "ASSAULT") and "NGO" in onto.reporters
    assert onto.appeal("1041") == "0241" and onto.appeal("163") == "163"
    assert onto.is_appeal("REQUEST", "021") and not onto.is_appeal("REQUEST", "100")


def test_the_coders_weights_and_demand_rule_come_from_the_lexicon():
    lex = Lexicon.load()
    weights = lex.weights
    assert weights.of_source("subject") == 1.0
    assert weights.of_source("participle") == 0.9
    assert weights.of_source('"between" phrase') == 1.0
    assert weights.of_source("") == weights.of_source("anything else") == weights.other
    demand = lex.demand
    assert demand is not None
    assert (demand.id, demand.event_type, demand.cameo, demand.confidence) == (
        "request:must",
        "REQUEST",
        "100",
        0.6,
    )
    assert demand.lemma == "" and lex.get("request:must") is None  # no word triggers it


def test_an_anaphor_may_name_one_cameo_code(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("anaphors: {covenant: ['057', AGREE]}\n", encoding="utf-8")
    lex = Lexicon.load([path])
    assert lex.anaphors["covenant"] == {"057", "AGREE"}


def test_a_quoted_two_word_alternative_inside_a_list_matches(tmp_path: Path, resources):
    # YAML keeps the quotes of `oil|"natural gas"`; the packaged entries written that way
    # ("petrol bomb", "martial law", "high commissioner") never matched before they were taken off
    path = tmp_path / "mine.yaml"
    path.write_text(
        '- {id: my-gas, v: hoard, obj: coal|"natural gas", cameo: "061", target: [from]}\n',
        encoding="utf-8",
    )
    from dataclasses import replace

    res = replace(resources, lexicon=Lexicon.load([path]))
    events = code_text("Chile hoarded natural gas from Peru.", res)
    assert [e.rule for e in events if e.rule == "my-gas"] == ["my-gas"]
    thrown = code_text("Protesters threw petrol bombs at the Israeli embassy.", resources)
    assert [e.cameo for e in thrown] == ["145"]
