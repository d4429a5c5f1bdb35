"""The one dates module: ISO days, periods with their precision, declared dates, and the errors
each caller reports for a bad date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import dates
from detente.errors import ConfigError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-13", dt.date(2023, 9, 13)),
        ("2023-09-13T08:00:00Z", dt.date(2023, 9, 13)),
        (" 2023-09-13 ", dt.date(2023, 9, 13)),
        (dt.datetime(2023, 9, 13, 23, 59), dt.date(2023, 9, 13)),
        (dt.date(2023, 9, 13), dt.date(2023, 9, 13)),
        (None, None),
        ("", None),
    ],
)
def test_iso_day(value, expected) -> None:
    got = dates.iso_day(value)
    assert got == expected and type(got) in (dt.date, type(None))


@pytest.mark.parametrize("value", ["13/09/2023", "2023-9-13", "yesterday", "2023-02-30"])
def test_iso_day_refuses_anything_else(value) -> None:
    with pytest.raises(ValueError):
        dates.iso_day(value)


def test_a_bad_record_date_is_the_users_e503() -> None:
    assert dates.record_date("2023-09-13") == dt.date(2023, 9, 13)
    with pytest.raises(ConfigError) as info:
        dates.record_date("13 Sept")
    assert info.value.code == "E503"
    assert str(info.value).endswith("date '13 Sept' is not YYYY-MM-DD")


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2023", "year", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-2", "month", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2023-09-13", "day", dt.date(2023, 9, 13), dt.date(2023, 9, 13)),
        ("20230913", "day", dt.date(2023, 9, 13), dt.date(2023, 9, 13)),
    ],
)
def test_partial_dates_know_their_precision_and_bounds(text, precision, first, last) -> None:
    period = dates.partial_date(text)
    assert period.precision == precision
    assert (period.first(), period.last()) == (first, last)
    assert dates.period_bound(text) == first
    assert dates.period_bound(text, end=True) == last


@pytest.mark.parametrize(
    ("value", "end", "message"),
    [
        ("soon", False, "not a date: 'soon' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("2023-13", False, "not a date: '2023-13' (month must be in 1..12)"),
        ("2023-13", True, "not a date: '2023-13' (bad month number 13; must be 1-12)"),
        ("2023-02-30", True, "not a date: '2023-02-30' (day is out of range for month)"),
    ],
)
def test_a_bad_period_says_why(value, end, message) -> None:
    with pytest.raises(ValueError) as info:
        dates.period_bound(value, end=end)
    assert str(info.value) == message


def test_every_caller_keeps_its_own_error() -> None:
    """The store's queries, the actor catalogue and the CLI's record dates report a bad date in
    their own words, from the same parser."""
    from detente.actors.build import _parse_date
    from detente.store.queries import parse_day

    assert parse_day("2023-02", end=True) == "2023-02-28"
    with pytest.raises(ValueError, match=r"^not a date: 'soon' \(use YYYY"):
        parse_day("soon")
    assert _parse_date(2019, "x") == dt.date(2019, 1, 1)  # YAML reads `start: 2019` as a number
    with pytest.raises(ValueError, match=r"^leaders.csv: row 3 start: 'soon' is not a date"):
        _parse_date(" soon ", "leaders.csv: row 3 start")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", dt.date(2019, 1, 4)),
        ("Tue, 12 Sep 2023 10:00:00 GMT", dt.date(2023, 9, 12)),
        ("Sept. 12, 2023", dt.date(2023, 9, 12)),
        (1694512800, dt.date(2023, 9, 12)),
        ("1850-01-01", None),  # implausible for a news source
        ("Monday", None),
        (True, None),
    ],
)
def test_declared_dates_are_lenient(value, expected) -> None:
    assert dates.declared_date(value) == expected


def test_leading_human_dates_give_where_the_date_ends() -> None:
    text = "Sept. 12, 2023 — The summit began"
    found = list(dates.leading_human_dates(text))
    assert (dt.date(2023, 9, 12), len("Sept. 12, 2023")) in found
