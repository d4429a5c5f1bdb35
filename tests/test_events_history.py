"""News is not history: an event is ``historical`` only when the text places it before the
article's news window (``timex.news_window``, 30 days), not merely before the publication day.

The sentences are the project's own; they run the real parser, actor resolver and lexicon.
"""

from __future__ import annotations

import datetime as dt

import detente
from detente.model import Event
from detente.pipeline import code_text
from detente.relations import dyad_series
from support import codes
from support.records import analysis

FRIDAY = "2024-03-08"


def one(resources, text: str, event_type: str, date: str | None = FRIDAY) -> Event:
    events = code_text(text, resources, date=date)
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} among {[(e.event_type, e.rule) for e in events]}"
    return found[0]


def test_a_weekday_of_the_past_days_is_news(resources):
    ev = one(
        resources,
        "Vladimir Putin met Kim Jong Un on Thursday at a cosmodrome in the Russian far east.",
        "CONSULT",
    )
    assert ev.date == dt.date(2024, 3, 7) and ev.date_precision == "day"
    assert not ev.historical and ev.asserted


def test_last_week_is_the_week_before_at_week_precision(resources):
    ev = one(
        resources, "Greek and Turkish foreign ministers held talks in Athens last week.", "CONSULT"
    )
    assert ev.date == dt.date(2024, 2, 26) and ev.date_precision == "week"  # that week's Monday
    assert not ev.historical
    assert codes(ev.source) == {"GRC", "TUR"}


def test_earlier_this_month_is_news(resources):
    ev = one(
        resources, "Chad expelled French diplomats earlier this month.", "SANCTION", "2024-03-20"
    )
    assert ev.date_precision == "month" and not ev.historical


def test_an_earlier_year_is_history(resources):
    ev = one(resources, "Japan imposed sanctions on Iran in 2019.", "SANCTION", "2021-06-15")
    assert ev.date == dt.date(2019, 1, 1) and ev.date_precision == "year"
    assert ev.historical


def test_years_ago_is_history(resources):
    ev = one(resources, "Chad expelled French diplomats three years ago.", "SANCTION")
    assert ev.date == dt.date(2021, 1, 1) and ev.historical


def test_the_event_a_since_phrase_names_is_history_and_the_news_is_not(resources):
    text = "Poland has sent weapons to Ukraine since Russia's 2022 invasion of Ukraine."
    invasion = one(resources, text, "ASSAULT", "2024-05-10")
    assert codes(invasion.source) == {"RUS"} and codes(invasion.target) == {"UKR"}
    assert invasion.date == dt.date(2022, 1, 1) and invasion.historical
    aid = one(resources, text, "AID", "2024-05-10")
    assert not aid.historical


def test_a_date_two_months_back_is_history(resources):
    ev = one(resources, "On 5 January, Chad expelled French diplomats.", "SANCTION", "2024-03-05")
    assert ev.date == dt.date(2024, 1, 5) and ev.date_precision == "day"
    assert ev.historical


def test_last_year_is_judged_by_the_end_of_that_year(resources):
    text = "Chad expelled French diplomats last year."
    assert not one(resources, text, "SANCTION", "2024-01-10").historical  # weeks ago
    assert one(resources, text, "SANCTION", "2024-09-10").historical


def test_without_a_publication_date_only_far_references_are_history(resources):
    assert one(
        resources, "Chad expelled French diplomats three years ago.", "SANCTION", None
    ).historical
    assert not one(
        resources, "Chad expelled French diplomats last week.", "SANCTION", None
    ).historical


def test_a_week_precision_event_is_stored_and_counted_in_its_week(tmp_path, resources):
    ev = one(
        resources, "Greek and Turkish foreign ministers held talks in Athens last week.", "CONSULT"
    )
    with detente.open(tmp_path / "week.db") as store:
        store.add(analysis(ev.sentence, published=FRIDAY, events=(ev,)))
        (stored,) = store.events(include_historical=False)
        assert stored.event.date_precision == "week" and stored.day == dt.date(2024, 2, 26)
        series = dyad_series(store, "GRC", "TUR", by="week")
    assert [p.label for p in series.periods if p.events] == ["2024-W09"]


def test_a_named_period_of_the_past_is_history(resources):
    ev = one(
        resources, "Iraq attacked Iran with chemical weapons during the Iran-Iraq war.", "ASSAULT"
    )
    assert ev.historical and ev.date is not None and ev.date.year == 1988
    ev = one(resources, "The Soviet Union invaded Afghanistan during the Cold War.", "ASSAULT")
    assert ev.historical


def test_a_war_of_today_named_like_a_period_is_not_history(resources):
    ev = one(resources, "Russian forces shelled Kharkiv during the war on Thursday.", "ASSAULT")
    assert not ev.historical
