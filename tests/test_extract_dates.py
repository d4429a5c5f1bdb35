"""Date parsing: declared metadata dates and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.dates import declared_date as parse_date
from detente.dates import human_date as parse_human_date
from detente.extract.dates import find_dateline


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", dt.date(2019, 1, 4)),
        ("2023-09-12T08:00:00Z", dt.date(2023, 9, 12)),
        ("2023-09-12 23:59:59+03:00", dt.date(2023, 9, 12)),
        ("20230912", dt.date(2023, 9, 12)),
        ("Tue, 12 Sep 2023 10:00:00 GMT", dt.date(2023, 9, 12)),
        ("September 12, 2023", dt.date(2023, 9, 12)),
        (dt.datetime(2020, 5, 1, 12, 0), dt.date(2020, 5, 1)),
        (dt.date(2020, 5, 1), dt.date(2020, 5, 1)),
        (1694512800, dt.date(2023, 9, 12)),
        ("", None),
        (None, None),
        ("yesterday", None),
        ("2023-13-45", None),
        ("May", None),
        (True, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, January 4, 2019", dt.date(2019, 1, 4)),
        ("Sept. 12, 2023", dt.date(2023, 9, 12)),
        ("Sep 12 2023", dt.date(2023, 9, 12)),
        ("12 September 2023", dt.date(2023, 9, 12)),
        ("Tuesday 12th September, 2023", dt.date(2023, 9, 12)),
        ("12 Sept 2023, 10:30 a.m. EDT", dt.date(2023, 9, 12)),
        ("September 12, 2023 | 10:30 GMT+3", dt.date(2023, 9, 12)),
        ("2023/09/12", dt.date(2023, 9, 12)),
        ("February 30, 2023", None),
        ("Monday", None),
        ("September 2023", None),
        ("The summit of September 12, 2023", None),
    ],
)
def test_parse_human_date(text: str, expected: dt.date | None) -> None:
    assert parse_human_date(text) == expected


def test_dateline_prefix_with_dash_keeps_the_rest() -> None:
    assert find_dateline("Sept. 12, 2023 — Leaders met.") == (dt.date(2023, 9, 12), "Leaders met.")
    assert find_dateline("12 September 2023: Leaders met.") == (
        dt.date(2023, 9, 12),
        "Leaders met.",
    )


def test_date_opening_a_sentence_is_not_a_dateline() -> None:
    assert find_dateline("September 12, 2023 was a Tuesday.") is None
    assert find_dateline("On September 12, 2023 leaders met.") is None


def test_far_future_date_is_rejected() -> None:
    year = dt.date.today().year + 5
    assert parse_human_date(f"January 4, {year}") is None
