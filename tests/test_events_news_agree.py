"""Agreements told as nouns and passives, joint statements and bodies, taking sides (issue 9).

Sentences written for these tests: a signed or reached agreement whose parties are named by
"between" on the agreement itself, and a joint statement or declaration of two parties.
"""

from __future__ import annotations

from detente.model import Event
from detente.pipeline import code_text

PUB = "2024-03-05"


def pairs(resources, text: str) -> set[tuple[str, frozenset[str], frozenset[str], bool]]:
    """(type, source codes, target codes, asserted) of each coded event."""
    events: list[Event] = code_text(text, resources, date=PUB)
    return {
        (
            e.event_type,
            frozenset(a.code for a in e.source if a.code),
            frozenset(a.code for a in e.target if a.code),
            e.asserted,
        )
        for e in events
    }


def fs(*codes: str) -> frozenset[str]:
    return frozenset(codes)


def test_passive_signing_reads_the_parties_from_between(resources):
    # signing is CAMEO 057 (SUPPORT in the ontology), in the passive as in the active
    got = pairs(resources, "The treaty between Egypt and Sudan was signed in Cairo.")
    assert ("SUPPORT", fs("EGY", "SDN"), fs(), True) in got


def test_passive_reaching_reads_the_parties_from_between(resources):
    got = pairs(resources, "An accord between Peru and Chile was reached after long talks.")
    assert ("AGREE", fs("PER", "CHL"), fs(), True) in got


def test_joint_statement_is_a_common_position(resources):
    got = pairs(resources, "Brazil and Argentina issued a joint declaration on the drought.")
    assert ("AGREE", fs("BRA", "ARG"), fs(), True) in got
    got = pairs(resources, "A joint communique by Kenya and Ethiopia urged restraint.")
    assert any(t == "AGREE" and s == fs("KEN", "ETH") for t, s, _, _ in got)


def test_a_statement_that_is_not_joint_codes_no_agreement(resources):
    got = pairs(resources, "Brazil released a statement on the drought.")
    assert not any(t == "AGREE" for t, _, _, _ in got)


def test_active_agreements_still_code(resources):
    got = pairs(resources, "Peru reached an agreement with Chile on fishing rights.")
    assert ("AGREE", fs("PER", "CHL"), fs(), True) in got
    got = pairs(resources, "Peru and Chile agreed on a new border crossing.")
    assert ("AGREE", fs("PER", "CHL"), fs(), True) in got


def test_a_joint_body_or_undertaking_is_cooperation(resources):
    got = pairs(resources, "Peru and Chile set up a joint commission on fisheries.")
    assert ("COOPERATE", fs("PER", "CHL"), fs(), True) in got
    got = pairs(resources, "Peru joined forces with Chile against the smugglers.")
    assert ("COOPERATE", fs("PER", "CHL"), fs(), True) in got


def test_taking_a_side_is_support(resources):
    got = pairs(resources, "Peru sided with Chile in the dispute.")
    assert ("SUPPORT", fs("PER"), fs("CHL"), True) in got
    got = pairs(resources, "Peru stood by its decision.")
    assert not any(t == "SUPPORT" for t, _, _, _ in got)
