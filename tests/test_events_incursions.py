"""Armed forces entering or crossing into another country's ground are an incursion (issue 9):
"Turkish troops entered northern Syria", "armoured vehicles crossed the border into Ukraine".
People, laws and talks entering something are not, nor forces with no place of another country.

Sentences written for these tests in the register of wire copy.
"""

from __future__ import annotations

import pytest

from support.events import dyads


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A column of Russian armoured vehicles crossed the border into Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Turkish troops entered northern Syria on Wednesday.", ("ASSAULT", "TUR", "SYR")),
        ("Chinese troops entered Indian territory in Ladakh.", ("ASSAULT", "CHN", "IND")),
        ("Israeli tanks rolled into southern Lebanon overnight.", ("ASSAULT", "ISR", "LBN")),
    ],
)  # fmt: skip
def test_forces_entering_another_country_are_an_incursion(resources, text, dyad):
    assert dyad in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of migrants entered Poland from Belarus.",
        "The agreement between Russia and Ukraine entered into force.",
        "Russian troops entered the war in 2022.",
        "The Turkish delegation entered talks with Syria on Wednesday.",
    ],
)  # fmt: skip
def test_other_entries_are_no_incursion(resources, text):
    assert not any(d[0] == "ASSAULT" for d in dyads(resources, text))
