"""Acts done with an instrument: a projectile fired at a target is an attack by the owner of the
unit that fired it, also where the parser leaves the sentence without a main verb."""

from __future__ import annotations

from detente.pipeline import code_text

PUB = "2024-03-05"


def attacks(resources, text: str) -> set[tuple[str, str]]:
    return {
        (s.code, t.code)
        for e in code_text(text, resources, date=PUB)
        if e.event_type == "ASSAULT" and e.asserted
        for s in e.source
        for t in e.target
    }


def test_artillery_fired_shells_at_positions(resources):
    text = "Armenian artillery fired shells at Azerbaijani positions in Azerbaijan."
    assert ("ARM", "AZE") in attacks(resources, text)


def test_rockets_rained_on_a_country(resources):
    assert ("SYR", "ISR") in attacks(resources, "Syria rained rockets on Israel overnight.")
