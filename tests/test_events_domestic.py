"""Acts at home aimed at the country they happen in (issue 9; ontology classes ``domestic``,
``domestic_forces``, ``domestic_people``): with no recipient named and no party of another
country in the sentence, a protest, a crackdown, a police attack, or a demand, refusal or threat
by the opposition or other non-state people is aimed at the source's own country, as PLOVER and
ICEWS code domestic events: people protest to their government (GOV), the state acts on its
people (CVL).

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import coded


def _sides(resources, text: str, etype: str) -> list[tuple[set, set]]:
    return [
        ({(a.code, a.sector) for a in e.source}, {(a.code, a.sector) for a in e.target})
        for e in coded(resources, text)
        if e.event_type == etype
    ]


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Egyptian demonstrators rioted after Friday prayers.", "PROTEST", ("EGY", "GOV")),
        (
            "Kenyan police arrested twelve opposition supporters in Nairobi.",
            "COERCE",
            ("KEN", "CVL"),
        ),
        (
            "Egyptian police opened fire on the crowd, killing one person.",
            "ASSAULT",
            ("EGY", "CVL"),
        ),
        (
            "The Kenyan opposition demanded the resignation of the interior minister.",
            "REQUEST",
            ("KEN", "GOV"),
        ),
    ],
)
def test_an_act_at_home_is_aimed_at_the_country(resources, text, etype, target):
    found = _sides(resources, text, etype)
    assert found and target in found[0][1]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a state's own threats, refusals and appeals are mostly aimed abroad
        ("Iran threatened to close the Strait of Hormuz.", "THREATEN"),
        ("North Korea rejected the proposal on Monday.", "REJECT"),
        ("Germany called for calm.", "REQUEST"),
        # an army's attack with no victim named is no domestic event
        ("Russian forces shelled villages overnight.", "ASSAULT"),
    ],
)
def test_a_state_acting_with_no_recipient_named_keeps_none(resources, text, etype):
    found = _sides(resources, text, etype)
    assert found and not found[0][1]


def test_another_party_in_the_sentence_makes_it_no_domestic_event(resources):
    text = "Turkish police detained dozens of protesters outside the Swedish consulate."
    found = _sides(resources, text, "COERCE")
    assert found and ("TUR", "CVL") not in found[0][1]


def test_a_domestic_target_never_equals_the_source(resources):
    for e in coded(resources, "Kenyan police arrested Kenyan civilians in Nairobi."):
        assert not {a.key for a in e.source} & {a.key for a in e.target}
