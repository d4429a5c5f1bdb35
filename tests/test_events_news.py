"""News forms of cooperation, meetings, appeals and plural pronouns (issue 9, recall work).

Sentences written for these tests. Each test names the construction: a meeting verb whose
partner is moved into the sources ("spoke with"), working together, growing cooperation, the
one asked for help, and "they"/"them"/"the two sides" resolved by the actor stage.
"""

from __future__ import annotations

from support.events import event_sides as pairs
from support.events import fs


def test_mutual_meeting_verb_keeps_its_partner(resources):
    # "spoke with X", "talked with X": the partner becomes a source, and the rule that needs a
    # recipient has one
    got = pairs(resources, "Biden spoke by phone with Xi Jinping on Monday.")
    assert ("CONSULT", fs("USA", "CHN"), fs(), True) in got
    got = pairs(resources, "The Indian prime minister talked with Japan about trade.")
    assert any(t == "CONSULT" and s == fs("IND", "JPN") for t, s, _, _ in got)


def test_talking_about_a_country_is_no_meeting(resources):
    assert not any(t == "CONSULT" for t, *_ in pairs(resources, "Biden talked about China."))


def test_working_with_a_partner_is_cooperation(resources):
    got = pairs(resources, "Kenya worked with Ethiopia to reopen the border crossing.")
    assert ("COOPERATE", fs("KEN", "ETH"), fs(), True) in got
    future = pairs(resources, "Brazil will work with Argentina on flood defences.")
    assert ("COOPERATE", fs("BRA", "ARG"), fs(), False) in future
    assert not any(t == "COOPERATE" for t, *_ in pairs(resources, "Kenya worked hard all year."))


def test_growing_cooperation_is_cooperation_and_warmer_ties_support(resources):
    got = pairs(resources, "Poland and Lithuania deepened their cooperation on border security.")
    assert any(t == "COOPERATE" and s == fs("POL", "LTU") for t, s, _, _ in got)
    ties = pairs(resources, "Poland and Lithuania strengthened their ties.")
    assert any(t == "SUPPORT" and s == fs("POL", "LTU") for t, s, _, _ in ties)


def test_the_one_asked_for_help_is_the_target(resources):
    got = pairs(resources, "Lebanon asked France for help with the reconstruction.")
    assert ("REQUEST", fs("LBN"), fs("FRA"), True) in got


def test_they_stands_for_the_coordinated_parties(resources):
    got = pairs(resources, "Egypt and Jordan met on Sunday. They condemned Israel.")
    assert ("ACCUSE", fs("EGY", "JOR"), fs("ISR"), True) in got


def test_object_pronoun_is_not_its_clause_subject(resources):
    got = pairs(resources, "Serbia and Hungary held talks. Croatia criticised them.")
    assert ("ACCUSE", fs("HRV"), fs("SRB", "HUN"), True) in got


def test_the_two_sides(resources):
    got = pairs(
        resources, "Armenia and Azerbaijan ended the standoff. The two sides agreed to talk."
    )
    assert any(t == "AGREE" and s == fs("ARM", "AZE") for t, s, _, _ in got)
