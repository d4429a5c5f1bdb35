"""Negation by adverb and by construction: "has never condemned", "stopped short of
condemning", "refrained from", "failed to". Nothing negated is asserted.

The sentences are the project's own; each test names the construction it checks.
"""

from __future__ import annotations

from support import codes, of_type
from support.events import coded


def test_never_negates_the_act(resources):
    accuse = of_type(coded(resources, "Brazil has never condemned Venezuela."), "ACCUSE")
    assert accuse and accuse[0].negated and not accuse[0].asserted


def test_stopped_short_of_doing_is_not_doing(resources):
    events = coded(resources, "Kenya stopped short of condemning Uganda.")
    accuse = of_type(events, "ACCUSE")
    assert accuse and accuse[0].negated
    assert codes(accuse[0].source) == {"KEN"} and codes(accuse[0].target) == {"UGA"}
    assert not [e for e in events if e.asserted]


def test_fell_short_of_doing_is_not_doing(resources):
    events = coded(resources, "Mexico fell short of recognising Kosovo.")
    assert not [e for e in events if e.asserted]


def test_failed_to_and_refrained_from_are_not_asserted(resources):
    for text in ("Chile failed to sanction Peru.", "Chile refrained from attacking Peru."):
        events = coded(resources, text)
        assert events and not [e for e in events if e.asserted], text
