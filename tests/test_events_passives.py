"""Passives: the agent may hang from the object of a "with"/"of" phrase; the other party of a
clash that killed is the source; a passive of a directed act with no agent keeps a one-sided
event (no source, the patient as target)."""

from __future__ import annotations

from detente.model import Event
from detente.pipeline import code_text

PUB = "2024-03-05"


def asserted(resources, text: str, etype: str) -> list[Event]:
    return [e for e in code_text(text, resources, date=PUB) if e.asserted and e.event_type == etype]


def codes(actors) -> set[str]:
    return {a.code for a in actors}


def test_threatened_with_x_by_y_takes_y_as_source(resources):
    [e] = asserted(resources, "Greece was threatened with reprisals by Turkey.", "THREATEN")
    assert codes(e.source) == {"TUR"} and codes(e.target) == {"GRC"}


def test_killed_in_clashes_with_names_the_other_party(resources):
    text = "Six Indian soldiers were killed in clashes with Chinese troops."
    [e] = asserted(resources, text, "ASSAULT")
    assert codes(e.source) | codes(e.target) == {"IND", "CHN"}


def test_a_passive_host(resources):
    [e] = asserted(resources, "Lula was received by Xi Jinping in Beijing.", "CONSULT")
    assert codes(e.source) == {"CHN"} and codes(e.target) == {"BRA"}


def test_sanctions_imposed_on_a_country_with_no_one_named_are_one_sided(resources):
    [e] = asserted(resources, "Fresh sanctions were imposed on Belarus on Monday.", "SANCTION")
    assert not e.source and codes(e.target) == {"BLR"}


def test_expelled_diplomats_are_one_sided(resources):
    [e] = asserted(resources, "Three Polish diplomats were expelled on Tuesday.", "SANCTION")
    assert not e.source and codes(e.target) == {"POL"}


def test_civilians_killed_in_an_air_strike(resources):
    text = "There were reports of 20 Yemeni civilians killed in an air strike."
    [e] = asserted(resources, text, "ASSAULT")
    assert not e.source and codes(e.target) == {"YEM"}


def test_a_passive_with_no_actor_as_patient_is_dropped(resources):
    assert not asserted(resources, "New tariffs were imposed on steel.", "SANCTION")
