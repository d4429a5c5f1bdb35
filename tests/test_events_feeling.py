"""Expressions of sympathy: condolences are an empathetic comment (CAMEO 018, a public
statement with no PLOVER type), never an AGREE; an offer of help or mediation still is coded.

The sentences are the project's own.
"""

from __future__ import annotations

from detente.pipeline import code_text
from support import of_type

PUB = "2024-03-05"


def test_offered_condolences_codes_nothing(resources):
    for text in (
        "Chile offered condolences to Peru after the floods.",
        "Ghana offered its sympathies to Togo over the fire.",
    ):
        assert not code_text(text, resources, date=PUB), text


def test_an_offer_of_aid_is_still_coded(resources):
    events = code_text("Chile offered aid to Peru after the floods.", resources, date=PUB)
    assert of_type(events, "AID")
