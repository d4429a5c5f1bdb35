"""Feelings and judgements: appreciation is praise (SUPPORT), disappointment is criticism
(ACCUSE); sorrow, condolences (CAMEO 018, a public statement with no PLOVER type) and travel
advice code nothing dyadic, never an AGREE; an offer of help is still coded.

The sentences are the project's own.
"""

from __future__ import annotations

from detente.pipeline import code_text
from support import of_type
from support.events import PUB, dyads


def test_appreciation_for_help_is_praise(resources):
    found = dyads(resources, "Nepal expressed appreciation for India's help after the floods.")
    assert ("SUPPORT", "NPL", "IND") in found


def test_disappointment_with_a_country_is_criticism(resources):
    assert ("ACCUSE", "AUS", "CHN") in dyads(
        resources, "Australia voiced disappointment with China."
    )


def test_sorrow_codes_nothing_dyadic(resources):
    assert not dyads(resources, "Chile expressed sorrow over the deaths of Peruvian miners.")


def test_travel_advice_reduces_relations(resources):
    # CAMEO 160, as the CAMEO verb dictionary codes ADVISE (AGAINST TRAVEL); until the
    # eighteenth round detente coded nothing here
    found = dyads(resources, "Canada advised its citizens against travel to Haiti.")
    assert found == {("SANCTION", "CAN", "HTI")}, found


def test_offered_condolences_codes_nothing(resources):
    for text in (
        "Chile offered condolences to Peru after the floods.",
        "Ghana offered its sympathies to Togo over the fire.",
    ):
        assert not code_text(text, resources, date=PUB), text


def test_an_offer_of_aid_is_still_coded(resources):
    events = code_text("Chile offered aid to Peru after the floods.", resources, date=PUB)
    assert of_type(events, "AID")
