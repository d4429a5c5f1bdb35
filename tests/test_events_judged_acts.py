"""A judgement of an act aims at the act's doer, not at its victim (issue 9), and the agent of
a passive judgement is the judge, never a second doer of the act judged.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import dyads, event_sides, fs


@pytest.mark.parametrize(
    "text",
    [
        "France condemned the US invasion of Iraq.",
        "France condemned the invasion of Iraq by the United States.",
        "The invasion of Iraq by the United States was condemned by France.",
    ],
)  # fmt: skip
def test_condemning_an_attack_accuses_its_doer_only(resources, text):
    found = dyads(resources, text)
    assert ("ACCUSE", "FRA", "USA") in found
    assert ("ACCUSE", "FRA", "IRQ") not in found


def test_the_judge_of_a_passive_is_not_a_doer_of_the_act(resources):
    found = event_sides(resources, "The strikes on Syria by Israel were condemned by Iran.")
    assert ("ASSAULT", fs("ISR"), fs("SYR"), True) in found
    assert not any(t == "ASSAULT" and "IRN" in s for t, s, _, _ in found)


def test_a_support_verb_still_lends_its_agent(resources):
    assert ("ASSAULT", "ISR", "SYR") in dyads(
        resources, "Strikes on Syria were carried out by Israel."
    )


def test_a_possessive_doer_is_judged_and_the_victim_is_not(resources):
    found = dyads(resources, "Iran condemned Israel's strikes on Syria.")
    assert ("ACCUSE", "IRN", "ISR") in found
    assert ("ACCUSE", "IRN", "SYR") not in found


# -- a rule in force that someone breaks or lives under is no new act -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington accused European firms of trying to break US sanctions against Iran.",
        "North Korea evaded UN sanctions by smuggling coal to China.",
        "The tanker violated the US embargo on Cuba.",
        "Iran, under US sanctions since 2018, sold oil to China.",
    ],
)  # fmt: skip
def test_sanctions_in_force_are_no_new_sanction(resources, text):
    assert not any(t == "SANCTION" for t, _, _ in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU announced new sanctions against Russia.", ("SANCTION", "EU", "RUS")),
        ("Russia broke the ceasefire with Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ],
)  # fmt: skip
def test_new_sanctions_and_a_broken_ceasefire_are_still_acts(resources, text, expected):
    assert expected in dyads(resources, text)
