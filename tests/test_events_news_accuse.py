"""Accusations told as judgements and reported claims (issue 9, news.accuse).

Sentences written for these tests: a party held or said to be responsible or accountable (the
judge is the source, the party judged the target), and an accusation whose target is the subject
of the clause it governs.
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


def test_holding_a_party_responsible_accuses_it(resources):
    got = pairs(resources, "Greece held Turkey responsible for the collision.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got
    got = pairs(resources, "The Polish government held Belarus accountable for the crossings.")
    assert ("ACCUSE", fs("POL"), fs("BLR"), True) in got


def test_a_reported_responsibility_accuses_its_holder(resources):
    got = pairs(resources, "Greece said Turkey was responsible for the collision.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got
    got = pairs(resources, "Belarus is responsible for the crossings, Poland said.")
    assert ("ACCUSE", fs("POL"), fs("BLR"), True) in got


def test_a_denied_or_hedged_responsibility_is_not_asserted(resources):
    got = pairs(resources, "Greece said Turkey was not responsible for the collision.")
    assert not any(t == "ACCUSE" and a for t, _, _, a in got)
    got = pairs(resources, "Greece did not hold Turkey responsible for the collision.")
    assert not any(t == "ACCUSE" and a for t, _, _, a in got)


def test_an_office_responsible_for_a_field_is_no_accusation(resources):
    got = pairs(resources, "The Greek minister responsible for shipping visited Turkey.")
    assert not any(t == "ACCUSE" for t, _, _, _ in got)


def test_accusation_target_in_the_that_clause(resources):
    got = pairs(resources, "Greece charged that Turkey had violated its airspace.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got


def test_phrasal_and_idiomatic_criticism_reads_its_prepositional_target(resources):
    got = pairs(resources, "Greece lashed out at Turkey over the drilling.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got
    got = pairs(resources, "Greece spoke out against Turkey's drilling plans.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got
    got = pairs(resources, "Greece pointed the finger at Turkey.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got
    got = pairs(resources, "Greece raised concerns with Turkey over the drilling.")
    assert ("ACCUSE", fs("GRC"), fs("TUR"), True) in got


def test_criticism_idiom_without_a_named_party_codes_nothing(resources):
    got = pairs(resources, "The Greek minister spoke out on Monday.")
    assert not any(t == "ACCUSE" for t, _, _, _ in got)
    got = pairs(resources, "Greece raised concerns about the cost.")
    assert not any(t == "ACCUSE" for t, _, _, _ in got)
