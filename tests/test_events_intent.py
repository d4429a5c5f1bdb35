"""Announced intentions: a future act in narrative is the planned act, flagged future; a stated
intention ("said it would", "announced plans to", "..., officials said") is also an asserted
verbal event (CAMEO 03x, or a threat for a hostile act).

The sentences are the project's own; each test names the construction it checks.
"""

from __future__ import annotations

from detente.model import Event
from support import codes, of_type
from support.events import coded


def asserted(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in of_type(events, event_type) if e.asserted]


def test_plain_future_is_the_planned_act_only(resources):
    events = coded(resources, "Portugal will visit Morocco next week.")
    visit = of_type(events, "CONSULT")
    assert visit and visit[0].future
    assert codes(visit[0].source) == {"PRT"} and codes(visit[0].target) == {"MAR"}
    assert not [e for e in events if e.asserted]


def test_plans_to_is_the_planned_act_only(resources):
    events = coded(resources, "Chile plans to sign a trade agreement with Peru in May.")
    signed = of_type(events, "SUPPORT")
    assert signed and all(e.future for e in signed)
    assert not [e for e in events if e.asserted]


def test_will_host_is_a_future_meeting_not_an_agreement(resources):
    events = coded(resources, "Kenya will host the Ethiopian prime minister next month.")
    assert not asserted(events, "AGREE")
    host = of_type(events, "CONSULT")
    assert host and host[0].future and codes(host[0].source) == {"KEN"}


def test_said_it_would_is_an_expressed_intention(resources):
    events = coded(resources, "Portugal said it would send medical aid to Morocco.")
    intent = asserted(events, "AGREE")
    assert intent and intent[0].cameo.startswith("03")
    assert codes(intent[0].source) == {"PRT"} and codes(intent[0].target) == {"MAR"}
    assert [e for e in of_type(events, "AID") if e.future]


def test_trailing_report_tag_voices_the_intention(resources):
    events = coded(resources, "Norway will send food aid to Sudan, officials said on Monday.")
    intent = asserted(events, "AGREE")
    assert intent and codes(intent[0].source) == {"NOR"}


def test_announced_plans_to_is_an_expressed_intention(resources):
    events = coded(resources, "Canada announced plans to send food aid to Haiti.")
    intent = asserted(events, "AGREE")
    assert intent and codes(intent[0].source) == {"CAN"}


def test_narrative_future_attack_is_no_threat(resources):
    events = coded(resources, "Eritrea will attack Ethiopia.")
    assert not [e for e in events if e.asserted]


def test_reported_future_attack_is_a_threat(resources):
    events = coded(resources, "Eritrea said it would attack Ethiopia.")
    threat = asserted(events, "THREATEN")
    assert threat and codes(threat[0].source) == {"ERI"} and codes(threat[0].target) == {"ETH"}
