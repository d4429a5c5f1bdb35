"""The construction suite: its generator and scorer (no model), and the pinned pass-rate floors.

The floors in src/detente/evaluate/constructions/floors.yaml are the pass rates measured when a
construction was last improved, rounded down to 0.05: a regression fails here, and a floor is
raised in the same change that makes a construction pass more often.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from detente.evaluate.constructions import (
    Case,
    Expected,
    by_construction,
    code_cases,
    generate,
    load_floors,
    load_suite,
    matches,
    run_suite,
    score_case,
    summarise,
)
from detente.model import Actor, Event

# ---------------------------------------------------------------------------------------------
# helpers


def _actor(code: str | None) -> Actor:
    return Actor(text=code or "someone", name=code, code=code)


def _event(
    etype: str,
    source: tuple[str | None, ...] = (),
    target: tuple[str | None, ...] = (),
    *,
    negated: bool = False,
    hypothetical: bool = False,
    future: bool = False,
    historical: bool = False,
    mutual: bool = False,
    cameo: str = "000",
) -> Event:
    return Event(
        event_type=etype,
        mode=None,
        context=(),
        cameo=cameo,
        goldstein=0.0,
        quad_class=1,
        source=tuple(_actor(c) for c in source),
        target=tuple(_actor(c) for c in target),
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        date=dt.date(2023, 6, 16),
        date_precision="day",
        sentence_index=0,
        sentence="",
        trigger="x",
        char_span=(0, 1),
        confidence=0.8,
        rule="test",
        historical=historical,
        mutual=mutual,
    )


def _case(*expect: Expected, also: tuple[Expected, ...] = ()) -> Case:
    return Case(
        id="t/0000",
        construction="t",
        template=0,
        verb=None,
        text="A sentence.",
        date="2023-06-16",
        pattern="A sentence.",
        expect=expect,
        also=also,
    )


MINI = textwrap.dedent(
    """\
    version: 1
    date: "2023-06-16"
    cap: 50
    countries:
      RUS: {name: Russia, dem: Russian, kinds: {capital: Moscow, leader: President Vladimir Putin}}
      UKR: {name: Ukraine, dem: Ukrainian, kinds: {capital: Kyiv}}
      USA: {name: the United States, dem: American, poss: the United States',
            kinds: {capital: Washington}}
    orgs:
      - {text: NATO, code: NATO}
    groups:
      - {text: G7 foreign ministers, code: IGO, plural: true}
    verbs:
      condemn: {type: ACCUSE, cameo: "11", past: "condemned {B}", pp: "condemned {B}",
                passive: "{B} {B:was/were} condemned by {A}"}
      meet: {type: CONSULT, mutual: true, agent: [leader], past: "met {B}", pp: "met {B}"}
      test: {type: MOBILIZE, past: "tested a missile", pp: "tested a missile"}
    constructions:
      - id: active
        cap: 4
        slots: {A: [country, capital], B: [country]}
        verbs: all
        templates:
          - text: "{A} {V.past}."
            expect: [{type: V, source: [A], target: [B], mutual: V}]
      - id: passive
        slots: {A: [country], B: [country]}
        verbs: all
        templates:
          - text: "{V.passive_noagent} on Friday."
            expect: [{type: V, source: "*", target: [B]}]
      - id: group
        slots: {G: {pool: groups}, B: [country]}
        templates:
          - text: "{G} {G:has/have} condemned {B.poss} troops, {B.pron} said."
            expect: [{type: ACCUSE, source: [G], target: [B], status: [negated, future]}]
            also: [{type: SUPPORT, source: "*", target: "*"}]
    """
)


@pytest.fixture
def mini(tmp_path):
    path = tmp_path / "suite.yaml"
    path.write_text(MINI, encoding="utf-8")
    return load_suite(path)


# ---------------------------------------------------------------------------------------------
# generator


def test_generation_is_deterministic_and_capped(mini):
    first = generate(mini)
    assert [c.text for c in first] == [c.text for c in generate(mini)]
    groups = by_construction(first)
    assert len(groups["active"]) == 4
    assert all(len({c.text for c in cs}) == len(cs) for cs in groups.values())


def test_slots_fill_forms_and_expectations(mini):
    cases = by_construction(generate(mini))
    active = cases["active"]
    condemn = [c for c in active if c.verb == "condemn"]
    assert condemn and all(c.text[0].isupper() for c in condemn)
    for c in condemn:
        (exp,) = c.expect
        assert exp.type == "ACCUSE" and exp.cameo == "11" and not exp.mutual
        assert len(exp.source) == 1 and len(exp.target) == 1 and exp.source != exp.target
        assert exp.status == ("asserted",)
    # a verb's agent kinds narrow the subject: only leaders meet; mutual puts every party in
    # the sources and none in the targets
    meet = [c for c in active if c.verb == "meet"]
    assert meet and all(c.text.startswith("President Vladimir Putin met ") for c in meet)
    assert all(c.expect[0].mutual and len(c.expect[0].source) == 2 for c in meet)
    assert all(c.expect[0].target == () for c in meet)
    # a slot the sentence does not name is dropped from the expectation
    tested = [c for c in active if c.verb == "test"]
    assert tested and all(c.expect[0].target == () for c in tested)


def test_passive_without_agent_and_unchecked_roles(mini):
    passive = by_construction(generate(mini))["passive"]
    # only verbs with a passive form take part
    assert {c.verb for c in passive} == {"condemn"}
    for c in passive:
        assert " by " not in c.text and c.text.endswith(" on Friday.")
        assert c.expect[0].source is None


def test_groups_agreement_and_possessives(mini):
    case = by_construction(generate(mini))["group"][0]
    assert case.text.startswith("G7 foreign ministers have condemned ")
    assert "'s troops, it said." in case.text or "' troops, it said." in case.text
    assert case.expect[0].source == ("IGO",)
    assert case.expect[0].status == ("negated", "future")
    assert case.also[0].source is None and case.also[0].target is None


def test_packaged_suite_is_sizeable_and_sound():
    suite = load_suite()
    cases = generate(suite)
    assert 2000 <= len(cases) <= 5000
    groups = by_construction(cases)
    assert set(groups) == set(suite.ids)
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        assert "{" not in c.text and "}" not in c.text, c.text
        for e in c.expect + c.also:
            for codes in (e.source, e.target):
                assert codes is None or all(code.isupper() for code in codes), c
    # every PLOVER type is exercised by the basic verbs
    types = {e.type for c in groups["basic.active"] for e in c.expect}
    assert len(types) == 16
    # floors name real constructions only
    assert set(load_floors()) <= set(suite.ids)


# ---------------------------------------------------------------------------------------------
# scorer


def test_match_checks_type_direction_status_and_flags():
    exp = Expected("ASSAULT", ("RUS",), ("UKR",))
    assert matches(exp, _event("ASSAULT", ("RUS",), ("UKR",)))
    assert not matches(exp, _event("ASSAULT", ("UKR",), ("RUS",)))  # direction
    assert not matches(exp, _event("ASSAULT", ("RUS",), ("UKR", "POL")))  # extra target
    assert not matches(exp, _event("COERCE", ("RUS",), ("UKR",)))  # type
    assert not matches(exp, _event("ASSAULT", ("RUS",), ("UKR",), hypothetical=True))
    assert matches(exp, _event("ASSAULT", ("RUS", None), ("UKR",)))  # unresolved actor ignored
    neg = Expected("ACCUSE", ("RUS",), ("UKR",), status=("negated",))
    assert matches(neg, _event("ACCUSE", ("RUS",), ("UKR",), negated=True))
    assert not matches(neg, _event("ACCUSE", ("RUS",), ("UKR",)))
    loose = Expected("CONSULT", ("RUS",), None, status=("unasserted",))
    assert matches(loose, _event("CONSULT", ("RUS",), ("CHN",), future=True))
    hist = Expected("ASSAULT", ("RUS",), ("GEO",), historical=True)
    assert not matches(hist, _event("ASSAULT", ("RUS",), ("GEO",)))
    assert matches(hist, _event("ASSAULT", ("RUS",), ("GEO",), historical=True))
    cameo = Expected("CONSULT", ("RUS",), ("CHN",), cameo="04")
    assert matches(cameo, _event("CONSULT", ("RUS",), ("CHN",), cameo="042"))
    assert not matches(cameo, _event("CONSULT", ("RUS",), ("CHN",), cameo="036"))


def test_mutual_expectations_ignore_roles():
    exp = Expected("COOPERATE", ("RUS", "CHN", "IRN"), (), mutual=True)
    assert matches(exp, _event("COOPERATE", ("RUS", "CHN", "IRN"), mutual=True))
    assert matches(exp, _event("COOPERATE", ("RUS",), ("CHN", "IRN")))
    assert not matches(exp, _event("COOPERATE", ("RUS",), ("CHN",)))


def test_pass_requires_every_expected_event_and_nothing_spurious():
    exp = Expected("ACCUSE", ("RUS",), ("UKR",))
    ok = score_case(_case(exp), [_event("ACCUSE", ("RUS",), ("UKR",))])
    assert ok.passed and ok.matched == [True] and not ok.spurious
    missing = score_case(_case(exp), [_event("ACCUSE", ("RUS",), ())])
    assert not missing.passed and missing.type_found == [True]
    # an extra asserted event fails the sentence; an extra plan does not
    extra = score_case(
        _case(exp), [_event("ACCUSE", ("RUS",), ("UKR",)), _event("AGREE", ("RUS",), ("UKR",))]
    )
    assert not extra.passed and len(extra.spurious) == 1
    plan = score_case(
        _case(exp),
        [_event("ACCUSE", ("RUS",), ("UKR",)), _event("AGREE", ("RUS",), ("UKR",), future=True)],
    )
    assert plan.passed
    # an acceptable extra is not spurious; an optional expectation may be absent
    also = Expected("AGREE", ("RUS",), None)
    assert score_case(
        _case(exp, also=(also,)),
        [_event("ACCUSE", ("RUS",), ("UKR",)), _event("AGREE", ("RUS",), ("UKR",))],
    ).passed
    optional = Expected("SANCTION", ("RUS",), ("UKR",), optional=True)
    assert score_case(_case(exp, optional), [_event("ACCUSE", ("RUS",), ("UKR",))]).passed
    # a sentence that should code nothing passes only when nothing asserted is coded
    assert score_case(_case(), []).passed
    assert not score_case(_case(), [_event("AGREE", ("RUS",), ("UKR",))]).passed
    assert not score_case(_case(exp), [], error="boom").passed


def test_summary_figures():
    exp = Expected("ACCUSE", ("RUS",), ("UKR",))
    results = [
        score_case(_case(exp), [_event("ACCUSE", ("RUS",), ("UKR",))]),
        score_case(_case(exp), [_event("ACCUSE", ("UKR",), ("RUS",))]),
        score_case(_case(exp), [_event("SUPPORT", ("RUS",), ("UKR",))]),
        score_case(_case(exp), [], error="boom"),
    ]
    report = summarise(results, seconds=1.0)
    (c,) = report.constructions
    assert (c.sentences, c.passed, c.expected, c.matched, c.type_found) == (4, 1, 4, 1, 2)
    assert (c.spurious_sentences, c.spurious_events, c.crashes) == (2, 2, 1)
    assert c.pass_rate == 0.25 and c.type_recall == 0.5 and c.event_recall == 0.25
    assert report.total.sentences == 4
    d = report.to_dict(failures=2)
    assert d["constructions"][0]["templates"][0]["pass_rate"] == 0.25
    assert len(d["constructions"][0]["failures"]) == 2


# ---------------------------------------------------------------------------------------------
# the model


def test_runner_agrees_with_detente_code(resources):
    """The suite codes sentences exactly as ``detente.code`` (and ``detente code``) does."""
    import detente

    cases = [c for c in generate() if c.construction in ("rolereversal", "background.years")][::9]
    for result in code_cases(cases, resources):
        direct = detente.code(result.case.text, date=result.case.date, resources=resources)
        assert [e.to_dict() for e in result.events] == [e.to_dict() for e in direct]


def test_construction_floors(resources):
    report = run_suite(resources)
    floors = load_floors()
    assert report.total.crashes == 0
    below = {
        c.id: (round(c.pass_rate, 3), floors[c.id])
        for c in report.constructions
        if c.id in floors and c.pass_rate + 1e-9 < floors[c.id]
    }
    assert not below, f"constructions below their floors (rate, floor): {below}"
    assert set(floors) == {c.id for c in report.constructions}


def test_malformed_suites_are_config_errors(tmp_path):
    from detente.errors import ConfigError

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ndate: 2023-06-16\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_suite(bad)
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(MINI.replace("type: V, source: [A]", "type: V, status: done, source: [A]"))
    with pytest.raises(ConfigError):
        generate(load_suite(wrong))
