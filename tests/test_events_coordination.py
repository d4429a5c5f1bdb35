"""Coordination of three or more parties: every member of a list is a party, whether the parser
reads the list as a coordination, as an apposition followed by one ("A, B and C"), or cuts it off
after its first member; "the leaders of A, B and C" names all three."""

from __future__ import annotations

from detente.model import Event
from detente.pipeline import code_text

PUB = "2024-03-05"


def coded(resources, text: str) -> list[Event]:
    return [e for e in code_text(text, resources, date=PUB) if e.asserted]


def parties(e: Event) -> tuple[set[str], set[str]]:
    return {a.code for a in e.source}, {a.code for a in e.target}


def test_three_sources_named_in_a_list(resources):
    events = coded(resources, "Brazil, Argentina and Chile sent medical aid to Bolivia.")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and parties(aid[0]) == ({"BRA", "ARG", "CHL"}, {"BOL"})


def test_four_parties_hold_talks(resources):
    events = coded(resources, "Egypt, Jordan, the United States and Qatar held talks on Gaza.")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert talks and parties(talks[0])[0] == {"EGY", "JOR", "USA", "QAT"}
    assert talks[0].mutual


def test_three_targets_after_a_preposition(resources):
    events = coded(resources, "Canada imposed sanctions on Iran, the United States and Cuba.")
    sanction = [e for e in events if e.event_type == "SANCTION"]
    assert sanction and parties(sanction[0]) == ({"CAN"}, {"IRN", "USA", "CUB"})


def test_the_leaders_of_three_countries_met(resources):
    events = coded(resources, "The leaders of Kenya, Ethiopia and Somalia met in Nairobi.")
    meet = [e for e in events if e.event_type == "CONSULT"]
    assert meet and parties(meet[0])[0] == {"KEN", "ETH", "SOM"}


def test_an_apposition_that_renames_adds_no_party(resources):
    events = coded(resources, "Lula, the Brazilian president, met Macron in Brasilia.")
    meet = [e for e in events if e.event_type == "CONSULT"]
    assert meet and parties(meet[0])[0] == {"BRA", "FRA"}
