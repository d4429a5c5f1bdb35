"""Time expressions found in parsed sentences and resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import timex

PUB = dt.date(2023, 9, 12)  # a Tuesday


def found(nlp, text: str) -> list[timex.TimeMention]:
    return timex.scan(nlp(text)[:])


@pytest.mark.parametrize(
    ("text", "kind", "date", "precision"),
    [
        ("The two leaders met in 2019 in the far east.", "year", dt.date(2019, 1, 1), "year"),
        ("Troops withdrew on 12 March 2021 after talks.", "date", dt.date(2021, 3, 12), "day"),
        ("Troops withdrew on March 12, 2021, after talks.", "date", dt.date(2021, 3, 12), "day"),
        ("The envoy arrived in June 2020 for talks.", "month", dt.date(2020, 6, 1), "month"),
        (
            "The deal was signed in the 1990s by both sides.",
            "decade",
            dt.date(1990, 1, 1),
            "decade",
        ),
        ("The ministers met last year in Geneva.", "relative", dt.date(2022, 1, 1), "year"),
        ("The ministers met last month in Geneva.", "relative", dt.date(2023, 8, 1), "month"),
        ("The ministers met yesterday in Geneva.", "relative", dt.date(2023, 9, 11), "day"),
        ("The ministers met two years ago in Geneva.", "ago", dt.date(2021, 1, 1), "year"),
        ("The ministers met three days ago in Geneva.", "ago", dt.date(2023, 9, 9), "day"),
        ("The ministers met on Friday in Geneva.", "weekday", dt.date(2023, 9, 8), "day"),
        ("The ministers met in March in Geneva.", "month", dt.date(2023, 3, 1), "month"),
    ],
)
def test_expressions_resolve_against_publication(nlp, text, kind, date, precision):
    (m,) = found(nlp, text)
    assert m.kind == kind
    got, prec, past = timex.resolve(m, PUB)
    assert (got, prec) == (date, precision)
    assert past is True


def test_future_picks_the_coming_day_and_month(nlp):
    (m,) = found(nlp, "The ministers will meet on Friday in Geneva.")
    assert timex.resolve(m, PUB, future=True)[0] == dt.date(2023, 9, 15)
    (m,) = found(nlp, "The ministers will meet in March in Geneva.")
    assert timex.resolve(m, PUB, future=True)[0] == dt.date(2024, 3, 1)


def test_since_is_kept_as_a_relation(nlp):
    (m,) = found(nlp, "Since 2018, the two sides have repaired ties.")
    assert m.relation == "since" and timex.resolve(m, PUB)[0] == dt.date(2018, 1, 1)


def test_tenure_needs_the_start_of_office(nlp):
    (m,) = found(nlp, "Early in his rule, the leader was isolated.")
    assert m.kind == "tenure" and m.owner is not None
    assert timex.resolve(m, PUB, tenure_start=dt.date(2011, 12, 17)) == (
        dt.date(2011, 1, 1),
        "year",
        True,
    )
    assert timex.resolve(m, PUB) == (None, None, True)  # before publication, date unknown


def test_relative_expressions_need_a_publication_date(nlp):
    (m,) = found(nlp, "The ministers met last year in Geneva.")
    assert timex.resolve(m, None) == (None, None, True)
    (m,) = found(nlp, "The ministers met in 2019 in Geneva.")
    assert timex.resolve(m, None)[0] == dt.date(2019, 1, 1)


def test_numbers_and_the_modal_may_are_not_dates(nlp):
    assert found(nlp, "The army may deploy 2000 soldiers and 1500 tanks.") == []


@pytest.mark.parametrize(
    ("date", "precision", "last"),
    [
        (dt.date(2019, 1, 1), "year", dt.date(2019, 12, 31)),
        (dt.date(2020, 2, 1), "month", dt.date(2020, 2, 29)),
        (dt.date(2023, 12, 1), "month", dt.date(2023, 12, 31)),
        (dt.date(1990, 1, 1), "decade", dt.date(1999, 12, 31)),
        (dt.date(2021, 3, 12), "day", dt.date(2021, 3, 12)),
        (dt.date(2021, 3, 12), None, dt.date(2021, 3, 12)),
    ],
)
def test_period_last_day(date: dt.date, precision: str | None, last: dt.date):
    assert timex.period_last_day(date, precision) == last


def test_within_a_period_and_never_within_a_day():
    assert timex.within(PUB, dt.date(2023, 1, 1), "year")
    assert not timex.within(PUB, dt.date(2022, 1, 1), "year")
    assert timex.within(PUB, dt.date(2023, 9, 1), "month")
    assert not timex.within(PUB, dt.date(2023, 8, 1), "month")
    assert timex.within(PUB, dt.date(2020, 1, 1), "decade")
    assert not timex.within(PUB, PUB, "day")


# -- relative references resolve to their own period --------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        # the week before the one of Tuesday 12 September 2023 began on Monday 4 September
        ("The envoys met last week in Oslo.", dt.date(2023, 9, 4), "week"),
        ("The envoys met two weeks ago in Oslo.", dt.date(2023, 8, 28), "week"),
        ("The envoys met last month in Oslo.", dt.date(2023, 8, 1), "month"),
        ("The envoys met yesterday in Oslo.", dt.date(2023, 9, 11), "day"),
        ("The envoys met on Monday in Oslo.", dt.date(2023, 9, 11), "day"),
    ],
)
def test_relative_references_have_their_own_precision(nlp, text, date, precision):
    (m,) = found(nlp, text)
    assert timex.resolve(m, PUB)[:2] == (date, precision)


def test_the_past_week_runs_up_to_publication(nlp):
    (m,) = found(nlp, "Clashes flared along the border over the past week.")
    date, precision, _ = timex.resolve(m, PUB)
    assert precision == "week" and timex.within(PUB, date, precision)


def test_weeks_are_periods_from_monday_to_sunday():
    monday = dt.date(2023, 9, 4)
    assert timex.period_last_day(monday, "week") == dt.date(2023, 9, 10)
    assert timex.within(dt.date(2023, 9, 10), monday, "week")
    assert not timex.within(dt.date(2023, 9, 11), monday, "week")


# -- news and history ---------------------------------------------------------------------------


def test_the_news_window_comes_from_the_data_file():
    assert timex.news_window() == 30


@pytest.mark.parametrize(
    ("date", "precision", "background"),
    [
        (dt.date(2023, 9, 11), "day", False),  # yesterday
        (dt.date(2023, 9, 4), "week", False),  # last week
        (dt.date(2023, 8, 1), "month", False),  # last month: ended 12 days ago
        (dt.date(2023, 7, 12), "day", True),  # two months before
        (dt.date(2023, 8, 13), "day", False),  # 30 days before: still inside the window
        (dt.date(2023, 8, 12), "day", True),  # 31 days before
        (dt.date(2022, 1, 1), "year", True),  # last year, written in September
        (dt.date(2019, 1, 1), "year", True),
        (dt.date(2020, 1, 1), "decade", False),  # the 2020s are not over
        (dt.date(2023, 9, 15), "day", False),  # the future is never history
    ],
)
def test_history_is_what_ends_before_the_news_window(date, precision, background):
    assert timex.historical(date, precision, PUB) is background


def test_last_year_is_judged_by_the_end_of_the_year():
    january = dt.date(2024, 1, 10)
    assert not timex.historical(dt.date(2023, 1, 1), "year", january)
    assert timex.historical(dt.date(2023, 1, 1), "year", dt.date(2024, 3, 10))
    assert timex.historical(dt.date(2023, 1, 1), "year", january, window=5)


@pytest.mark.parametrize(
    ("text", "far"),
    [
        ("The envoys met three years ago in Oslo.", True),
        ("The envoys met 40 days ago in Oslo.", True),
        ("The envoys met last year in Oslo.", False),  # ten days or eleven months
        ("The envoys met last week in Oslo.", False),
        ("The envoys met two months ago in Oslo.", False),
        ("The envoys met in 2019 in Oslo.", False),  # cannot tell without the day of writing
    ],
)
def test_without_a_publication_date_only_far_references_are_history(nlp, text, far):
    (m,) = found(nlp, text)
    assert timex.remote(m) is far
