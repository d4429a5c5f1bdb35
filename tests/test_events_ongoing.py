"""An event noun that "will continue" is under way (issue 9): the future of a verb of
continuing does not reach its subject ("fighting between Israel and Hamas will continue" tells
of fighting now), unless the verb has a time of its own ("talks will continue next week"); a
verb that starts something ("will resume") keeps it in the future.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import coded


def _asserted(resources, text: str, etype: str) -> list[bool]:
    return [e.asserted for e in coded(resources, text) if e.event_type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu said that fighting between Israel and Hamas will continue.",
        "The fighting between Armenia and Azerbaijan will continue until a ceasefire is agreed.",
    ],
)
def test_fighting_that_will_continue_is_under_way(resources, text):
    assert _asserted(resources, text, "ASSAULT") == [True]
    assert _asserted(resources, text, "THREATEN") == []  # no threat read off a future fight


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Russia and Ukraine will continue next week.",
        "Peace talks between Israel and Hamas will resume on Monday.",
        "Officials said the fighting between Armenia and Azerbaijan could continue.",
    ],
)
def test_a_dated_a_resumed_or_a_possible_continuation_is_not_asserted(resources, text):
    found = [e for e in coded(resources, text) if e.event_type in {"CONSULT", "ASSAULT"}]
    assert found and not any(e.asserted for e in found)
