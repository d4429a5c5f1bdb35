"""Naming and shaming (issue 9): a party put on a watch list, among a class of wrongdoers, or
named a wrongdoer with two objects is accused by whoever put it there; a list of sanctioned
entities stays a sanction, and a verb that curbs something does wrong only when it curbs a
right.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import dyads


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States placed Brazil on its watchlist for human trafficking.", "USA", "BRA"),
        ("Washington put Vietnam on its currency watch list.", "USA", "VNM"),
        ("Brazil was placed on the watchlist by the United States.", "USA", "BRA"),
        ("The UN added the Israeli military to its list of armed groups that harm children.", "UN", "ISR"),
        ("The State Department listed Saudi Arabia as a country that severely restricts religious freedom.", "USA", "SAU"),
        ("The State Department named Nicaragua among the countries that persecute religious minorities.", "USA", "NIC"),
        ("The United States designated Cuba a state sponsor of terrorism.", "USA", "CUB"),
        ("Canada designated Iran a state sponsor of terrorism on Monday.", "CAN", "IRN"),
    ],
)  # fmt: skip
def test_a_party_put_among_wrongdoers_is_accused(resources, text, source, target):
    found = {d for d in dyads(resources, text) if d[0] == "ACCUSE"}
    assert any(t == target and (source is None or s == source) for _, s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The report listed Norway as a country that protects religious freedom.",
        "The United States removed Cuba from its list of state sponsors of terrorism.",
        "The ministry placed the embassy on its list of buildings to be renovated.",
        "Japan restricted imports of Chinese seafood.",
        "The company added Germany to its list of markets.",
    ],
)  # fmt: skip
def test_other_lists_and_curbs_accuse_no_one(resources, text):
    assert not any(d[0] == "ACCUSE" for d in dyads(resources, text))


def test_a_list_of_sanctioned_entities_stays_a_sanction(resources):
    found = dyads(resources, "The US added 24 Chinese firms to its entity list.")
    assert ("SANCTION", "USA", "CHN") in found
    assert not any(d[0] == "ACCUSE" for d in found)


def test_curbing_a_right_is_a_wrong_a_speaker_tells(resources):
    assert ("ACCUSE", "CHN", "JPN") in dyads(
        resources, "China said Japan was restricting freedom of navigation in the strait."
    )
    assert not any(
        d[0] == "ACCUSE"
        for d in dyads(resources, "China said Japan was restricting exports of chip equipment.")
    )
