"""The seed article (read from ../shared): what the event coder must and must not assert."""

from __future__ import annotations

import datetime as dt

import pytest

import detente
from support import codes


@pytest.fixture(scope="module")
def seed(seed_path, resources):
    return detente.analyze(seed_path, resources=resources)


def test_kim_putin_meeting_is_an_asserted_consult(seed):
    consults = [
        e
        for e in seed.events
        if e.event_type == "CONSULT"
        and e.asserted
        and {"PRK", "RUS"} <= codes(e.source) | codes(e.target)
    ]
    assert consults, [(e.event_type, e.trigger) for e in seed.events]
    assert any(e.trigger == "visited" and e.date and e.date.year == 2019 for e in seed.events)


def test_sanctions_joined_early_in_kims_rule(seed):
    sanctions = [e for e in seed.events if e.event_type == "SANCTION"]
    assert len(sanctions) == 1  # the bullet repeats the body sentence: one event
    (ev,) = sanctions
    assert codes(ev.source) == {"CHN", "RUS"} and codes(ev.target) == {"PRK"}
    assert ev.date is not None and ev.date < dt.date(2023, 1, 1) and ev.historical
    assert ev.asserted


def test_denied_arms_supply_is_not_asserted(seed):
    supplies = [e for e in seed.events if e.event_type == "AID" and "arms" in e.trigger]
    assert supplies and all(e.negated and not e.asserted for e in supplies)
    denial = [e for e in seed.events if e.event_type == "REJECT" and e.trigger == "denied"]
    assert denial and denial[0].asserted


def test_unlikely_technology_transfer_is_not_asserted(seed):
    tech = [e for e in seed.events if "technology" in e.trigger]
    assert tech and not any(e.asserted for e in tech)


@pytest.mark.parametrize(
    "clause",
    [
        "It remains to be seen whether",
        "is unlikely to provide",
        "would supply arms",
        "discussions may also include",
    ],
)
def test_no_asserted_event_from_a_negated_or_hypothetical_clause(seed, clause):
    start = seed.article.text.index(clause)
    sentence_events = [e for e in seed.events if clause in e.sentence]
    assert sentence_events, clause
    assert all(seed.article.text[slice(*e.char_span)] == e.trigger for e in sentence_events)
    for e in sentence_events:
        inside = e.char_span[0] >= start and e.char_span[0] < start + 200
        if inside and e.event_type not in {"REJECT", "AGREE"}:  # the denial and the vow stand
            assert not e.asserted, (e.event_type, e.trigger, e.rule)


def test_vow_is_asserted_and_its_content_future(seed):
    vow = [e for e in seed.events if e.trigger == "vowed"]
    assert vow and vow[0].event_type == "AGREE" and vow[0].asserted
    ties = [
        e for e in seed.events if "ties" in e.trigger and e.sentence_index == vow[0].sentence_index
    ]
    assert ties and ties[0].future
