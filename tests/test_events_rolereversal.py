"""Patient-subject verbs: the subject receives, faces or undergoes what the "from"/"of" phrase
does to it ("Ukraine received tanks from Germany" is AID DEU→UKR); buying is aid only with the
seller named; "came under fire" is an attack only where the sentence speaks of arms."""

from __future__ import annotations

from detente.pipeline import code_text
from support.events import PUB, dyads


def test_received_weapons_from(resources):
    assert ("AID", "DEU", "UKR") in dyads(resources, "Ukraine received howitzers from Germany.")


def test_obtained_a_loan_from(resources):
    found = dyads(resources, "Egypt obtained a $2 billion loan from Saudi Arabia last month.")
    assert ("AID", "SAU", "EGY") in found


def test_bought_jets_from_a_named_seller_only(resources):
    assert ("AID", "FRA", "IND") in dyads(resources, "India bought Rafale jets from France.")
    events = code_text("India bought new jets this year.", resources, date=PUB)
    assert not [e for e in events if e.event_type == "AID"]


def test_came_under_fire_from_forces_is_an_attack(resources):
    found = dyads(resources, "Georgia came under fire from Russian troops near the border.")
    assert ("ASSAULT", "RUS", "GEO") in found


def test_faces_sanctions_from(resources):
    assert ("SANCTION", "USA", "CUB") in dyads(
        resources, "Cuba faces new sanctions from Washington."
    )


def test_faces_sanctions_without_anyone_imposing_them_is_nothing(resources):
    events = code_text("Cuba could face sanctions.", resources, date=PUB)
    assert not [e for e in events if e.event_type == "SANCTION" and e.asserted]


def test_won_the_backing_of(resources):
    found = dyads(resources, "Brazil won the backing of Argentina for its bid to host the games.")
    assert ("SUPPORT", "ARG", "BRA") in found


def test_a_president_received_a_minister_hosts_him(resources):
    found = dyads(resources, "Kenya's president received the Somali foreign minister on Monday.")
    assert ("CONSULT", "KEN", "SOM") in found
