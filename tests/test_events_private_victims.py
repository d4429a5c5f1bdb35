"""Private people named by nationality and struck in another country make no party (issue 9):
"killed a German couple in Paraguay" has no German recipient, as the labels' convention says
(nationality alone makes no dyad). Civilians struck at home, forces and officials, and
foreigners a state detains or frees stay recipients.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import dyads, event_sides


@pytest.mark.parametrize(
    ("text", "nationality", "attacker"),
    [
        ("The Paraguayan People's Army killed a German couple who lived on a ranch in northern Paraguay.", "DEU", "PRY"),
        ("Two kidnapped Chinese teachers in Quetta, Pakistan, were killed by members of the Islamic State.", "CHN", "IMG"),
        ("Gunmen killed three Chinese workers in Pakistan.", "CHN", None),
        ("Militants shot dead two Italian tourists near Luxor in Egypt.", "ITA", None),
    ],
)  # fmt: skip
def test_private_people_struck_abroad_make_no_party(resources, text, nationality, attacker):
    sides = event_sides(resources, text)
    assert not any(nationality in target for _, _, target, _ in sides), sides
    if attacker is not None:  # the attack stays, with its attacker
        assert any(t == "ASSAULT" and attacker in source for t, source, _, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian strikes killed 12 Ukrainian civilians in Kharkiv.", ("ASSAULT", "RUS", "UKR")),
        ("Pakistani forces killed three Indian soldiers in Kashmir.", ("ASSAULT", "PAK", "IND")),
        ("Iran released a French tourist held in Tehran.", ("RETREAT", "IRN", "FRA")),
        ("Russian troops detained two Ukrainian journalists in Mariupol.", ("COERCE", "RUS", "UKR")),
    ],
)  # fmt: skip
def test_civilians_at_home_forces_and_people_a_state_holds_stay(resources, text, dyad):
    assert dyad in dyads(resources, text)
