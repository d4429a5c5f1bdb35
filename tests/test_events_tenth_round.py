"""The tenth round of constructions (issue 9): a verb's own object names its event before the
object of a preposition does ("opened fire on a checkpoint" is firing, not opening a
checkpoint), the "of" phrase of a bombing or a shooting names whom it hit, and a pact, a
ceasefire, talks or measures told before are what "the agreement", "the truce", "the talks" and
"the measures" refer to.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import dyads

# ------------------------------------------------------------------------------------------------
# the direct object decides between two entries of the same verb: "opened fire on a checkpoint"


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "A Palestinian gunman opened fire on an Israeli checkpoint, wounding two soldiers.",
            ("ASSAULT", "PSE", "ISR"),
            "RETREAT",
        ),
        (
            "Pakistani troops opened fire on an Indian border crossing.",
            ("ASSAULT", "PAK", "IND"),
            "RETREAT",
        ),
    ],
)
def test_the_direct_object_names_the_event(resources, text, expected, wrong):
    got = dyads(resources, text)
    assert expected in got
    assert not any(d[0] == wrong for d in got)


@pytest.mark.parametrize(
    "text",
    [
        "Russia reopened its border with Georgia.",
        "Egypt opened the Rafah crossing to Palestinians.",
    ],
)
def test_a_border_opened_is_still_opened(resources, text):
    assert any(d[0] == "RETREAT" for d in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# "the bombing of Sanaa airport by Saudi jets", "the shooting of a Mexican teenager by US agents"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bombing of Sanaa airport by Saudi jets stranded hundreds of travellers.",
            ("ASSAULT", "SAU", "YEM"),
        ),
        (
            "Protests followed the shooting of a Mexican teenager by US border agents.",
            ("ASSAULT", "USA", "MEX"),
        ),
        (
            "Cairo demanded answers after the shooting of Egyptian tourists by Mexican police.",
            ("ASSAULT", "MEX", "EGY"),
        ),
    ],
)
def test_the_of_phrase_of_a_bombing_or_shooting_is_its_target(resources, text, expected):
    assert expected in dyads(resources, text)


def test_the_of_phrase_of_an_explosion_is_what_went_off(resources):
    got = dyads(resources, "The explosion of a Russian-made shell killed two Polish farmers.")
    assert not any(d[2] == "RUS" for d in got)


# ------------------------------------------------------------------------------------------------
# "Turkey and Libya signed a maritime deal. Greece called the deal null and void."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey and Libya signed a maritime border agreement on Monday. Greece called the "
            "agreement null and void.",
            {("ACCUSE", "GRC", "TUR"), ("ACCUSE", "GRC", "LBY")},
        ),
        (
            "Egypt and Greece signed a maritime deal on Thursday. Turkey denounced the deal.",
            {("ACCUSE", "TUR", "EGY"), ("ACCUSE", "TUR", "GRC")},
        ),
        (
            "Israel and Hamas agreed to a ceasefire on Tuesday. Egypt welcomed the agreement.",
            {("SUPPORT", "EGY", "ISR")},
        ),
        (
            "Armenia and Azerbaijan agreed to a truce on Sunday. Iran praised the truce.",
            {("SUPPORT", "IRN", "ARM"), ("SUPPORT", "IRN", "AZE")},
        ),
        (
            "Russia and Ukraine held talks in Istanbul. The United States welcomed the talks.",
            {("SUPPORT", "USA", "RUS"), ("SUPPORT", "USA", "UKR")},
        ),
        (
            "China imposed sanctions on Lithuania. Germany criticised the measures.",
            {("ACCUSE", "DEU", "CHN")},
        ),
    ],
)
def test_a_pact_truce_talks_or_measures_told_before_are_referred_to(resources, text, expected):
    assert expected <= dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # praise is no pact: "the agreement" has nothing to refer to
        "Japan praised South Korea's decision. Russia criticised the agreement.",
        # a release is no deal
        "Israel released 30 Palestinian prisoners. Hamas rejected the deal.",
    ],
)
def test_a_pact_noun_refers_to_no_other_act(resources, text):
    got = dyads(resources, text)
    assert not any(d[0] in {"ACCUSE", "REJECT"} for d in got)
