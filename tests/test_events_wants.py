"""Wants: "A wants B to V" is an appeal to B (CAMEO 02), the wanted act hypothetical; "A wants
to V B" is A's own wish, a threat when the act is hostile (CAMEO's convention) and an intention
otherwise; a wish for nothing the lexicon knows codes nothing.

The sentences are the project's own; each test names the construction it checks.
"""

from __future__ import annotations

from detente.model import Event
from support import codes, of_type
from support.events import coded


def asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if e.asserted]


def test_wants_someone_to_act_is_an_appeal_to_them(resources):
    events = coded(resources, "Ghana wants Nigeria to reopen its border.")
    request = [e for e in asserted(events) if e.event_type == "REQUEST"]
    assert request and codes(request[0].source) == {"GHA"} and codes(request[0].target) == {"NGA"}


def test_the_wanted_act_is_hypothetical(resources):
    events = coded(resources, "Sweden wants Turkey to withdraw its troops.")
    retreat = of_type(events, "RETREAT")
    assert retreat and retreat[0].hypothetical and codes(retreat[0].source) == {"TUR"}
    assert {e.event_type for e in asserted(events)} == {"REQUEST"}


def test_wants_to_punish_is_a_threat(resources):
    events = coded(resources, "Serbia wants to punish Kosovo.")
    threat = [e for e in asserted(events) if e.event_type == "THREATEN"]
    assert threat and codes(threat[0].source) == {"SRB"} and codes(threat[0].target) == {"XKX"}
    assert not [e for e in asserted(events) if e.event_type != "THREATEN"]


def test_a_wish_for_an_unknown_act_codes_nothing(resources):
    assert not coded(resources, "Chile wants to befriend Peru.")
    assert not coded(resources, "Chile wants peace.")
