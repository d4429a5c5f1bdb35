"""An act done "in response to" (in retaliation for, in reprisal for) another party's act
(issue 9): the act answered was aimed at the one who answers it, and the answer at the one
whose act it answers, where their own clauses name no one else. A gerund the parser reads as a
verb but that stands as a noun ("South Korean shelling") is owned by its modifiers.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea shelled the island in response to South Korean shelling near the border.",
         {("ASSAULT", "PRK", "KOR"), ("ASSAULT", "KOR", "PRK")}),
        ("India fired artillery in retaliation for Pakistani shelling.",
         {("ASSAULT", "PAK", "IND"), ("ASSAULT", "IND", "PAK")}),
        ("Russia expelled ten Polish diplomats in retaliation for Polish sanctions.",
         {("SANCTION", "RUS", "POL"), ("SANCTION", "POL", "RUS")}),
        ("China imposed tariffs on US goods in response to American tariffs.",
         {("SANCTION", "CHN", "USA"), ("SANCTION", "USA", "CHN")}),
        ("Germany sent troops to Mali in response to a request from the Malian government.",
         {("REQUEST", "MLI", "DEU")}),
        ("Israel struck Gaza in retaliation for the rocket attack on Sderot.",
         {("ASSAULT", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR")}),
    ],
)  # fmt: skip
def test_an_act_and_the_act_it_answers_aim_at_each_other(resources, text, expected):
    assert expected <= dyads(resources, text)


def test_an_answered_act_aimed_at_a_third_party_gets_no_source(resources):
    found = dyads(resources, "Israel struck Gaza in retaliation for the rocket attack on Egypt.")
    assert not any(d[0] == "ASSAULT" and d[2] == "EGY" for d in found)


def test_an_answered_act_that_names_its_target_keeps_it(resources):
    found = dyads(
        resources, "The EU imposed sanctions on Russia in response to the invasion of Ukraine."
    )
    assert ("SANCTION", "EU", "RUS") in found
    assert not any(target == "EU" for _, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "The government raised interest rates in response to rising inflation.",
        "Russia said in response to the report that it would not comment.",
        "Poland expelled Russian diplomats after a long review of embassy staff.",
    ],
)  # fmt: skip
def test_no_act_answered_no_side_lent(resources, text):
    assert not any(s == t for _, s, t in dyads(resources, text))
    assert not any(d[0] == "ASSAULT" for d in dyads(resources, text))


def test_a_gerund_standing_as_a_noun_is_owned_by_its_modifier(resources):
    assert ("ASSAULT", "PAK", "IND") in dyads(
        resources, "India fired artillery in retaliation for Pakistani shelling."
    )
