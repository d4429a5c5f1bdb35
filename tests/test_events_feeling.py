"""Feelings and judgements: appreciation is praise (SUPPORT), disappointment is criticism
(ACCUSE); sorrow and travel advice code nothing dyadic."""

from __future__ import annotations

from detente.pipeline import code_text

PUB = "2024-03-05"


def dyads(resources, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.event_type, s.code, t.code)
        for e in code_text(text, resources, date=PUB)
        if e.asserted
        for s in e.source
        for t in e.target
    }


def test_appreciation_for_help_is_praise(resources):
    found = dyads(resources, "Nepal expressed appreciation for India's help after the floods.")
    assert ("SUPPORT", "NPL", "IND") in found


def test_disappointment_with_a_country_is_criticism(resources):
    assert ("ACCUSE", "AUS", "CHN") in dyads(
        resources, "Australia voiced disappointment with China."
    )


def test_sorrow_codes_nothing_dyadic(resources):
    assert not dyads(resources, "Chile expressed sorrow over the deaths of Peruvian miners.")


def test_travel_advice_codes_nothing(resources):
    assert not dyads(resources, "Canada advised its citizens against travel to Haiti.")
