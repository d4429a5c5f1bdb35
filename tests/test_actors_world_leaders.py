"""The world catalogue of leaders and armed groups on sentences written for these tests: office
holders of every region resolved to their country on the date, successors taking over on the
right day, titles that name the holder, and armed groups and their leaders coded REB (or the
sector the group carries)."""

from __future__ import annotations

import datetime as dt

import pytest

from support.actors import resolver


@pytest.fixture(scope="module")
def run(nlp, cat):
    resolved = resolver(nlp, cat, None)
    return lambda text, date: resolved(text, date)[1]


def by_name(mentions) -> dict[str | None, tuple]:
    """Canonical name → (code, sector) of each mention."""
    return {m.actor.name: (m.actor.code, m.actor.sector) for m in mentions}


# ------------------------------------------------------------------------------------------------
# one holder per region, named in full


@pytest.mark.parametrize(
    ("text", "day", "name", "code"),
    [
        ("Macky Sall opened the summit in Dakar.", dt.date(2015, 5, 2), "Macky Sall", "SEN"),
        (
            "Hassan Sheikh Mohamud flew to Nairobi.",
            dt.date(2023, 2, 1),
            "Hassan Sheikh Mohamud",
            "SOM",
        ),
        (
            "Nasser Bourita received his Spanish counterpart.",
            dt.date(2022, 4, 7),
            "Nasser Bourita",
            "MAR",
        ),
        ("Sameh Shoukry spoke to reporters in Cairo.", dt.date(2019, 9, 3), "Sameh Shoukry", "EGY"),
        ("Ayman Safadi warned against an escalation.", dt.date(2024, 1, 9), "Ayman Safadi", "JOR"),
        ("Peter Szijjarto signed the gas deal.", dt.date(2021, 9, 27), "Peter Szijjarto", "HUN"),
        ("Sanna Marin addressed parliament.", dt.date(2022, 5, 12), "Sanna Marin", "FIN"),
        (
            "Bruno Rodriguez Parrilla condemned the embargo.",
            dt.date(2016, 10, 26),
            "Bruno Rodriguez Parrilla",
            "CUB",
        ),
        (
            "Dina Boluarte declared a state of emergency.",
            dt.date(2023, 1, 14),
            "Dina Boluarte",
            "PER",
        ),
        ("Lee Hsien Loong hosted the talks.", dt.date(2018, 6, 11), "Lee Hsien Loong", "SGP"),
        (
            "Vivian Balakrishnan met ASEAN envoys.",
            dt.date(2021, 4, 24),
            "Vivian Balakrishnan",
            "SGP",
        ),
        ("Khawaja Asif said the army was ready.", dt.date(2025, 5, 8), "Khawaja Asif", "PAK"),
    ],
)
def test_office_holders_of_every_region(run, text, day, name, code):
    assert by_name(run(text, day))[name] == (code, "GOV")


# ------------------------------------------------------------------------------------------------
# dates: out of office, successors, a minister who moved up


def test_a_president_out_of_office_keeps_the_country_but_no_sector(run):
    assert by_name(run("Macky Sall spoke in Paris.", dt.date(2024, 6, 1)))["Macky Sall"] == (
        "SEN",
        None,
    )


def test_a_successor_takes_over_on_the_day(cat):
    before = cat.office_holder("KEN", ("hos",), dt.date(2022, 9, 12))
    after = cat.office_holder("KEN", ("hos",), dt.date(2022, 9, 13))
    assert before is not None and before.name == "Uhuru Kenyatta"
    assert after is not None and after.name == "William Ruto"


def test_a_foreign_minister_who_became_president(run):
    as_fm = by_name(run("Edgars Rinkevics met his Estonian counterpart.", dt.date(2020, 2, 3)))
    as_president = by_name(run("Edgars Rinkevics met the Pope.", dt.date(2024, 2, 3)))
    assert as_fm["Edgars Rinkevics"] == ("LVA", "GOV")
    assert as_president["Edgars Rinkevics"] == ("LVA", "GOV")


@pytest.mark.parametrize(
    ("code", "offices", "day", "name"),
    [
        ("SEN", ("hos",), dt.date(2012, 6, 1), "Macky Sall"),
        ("SEN", ("hos",), dt.date(2024, 4, 2), "Bassirou Diomaye Faye"),
        ("NGA", ("hos",), dt.date(2012, 6, 1), "Goodluck Jonathan"),
        ("EGY", ("fm",), dt.date(2018, 1, 1), "Sameh Shoukry"),
        ("IRQ", ("hog",), dt.date(2016, 1, 1), "Haider al-Abadi"),
        ("SWE", ("hog",), dt.date(2023, 1, 1), "Ulf Kristersson"),
        ("POL", ("dm",), dt.date(2019, 1, 1), "Mariusz Blaszczak"),
        ("CHL", ("hos",), dt.date(2011, 1, 1), "Sebastian Pinera"),
        ("NZL", ("hog",), dt.date(2012, 1, 1), "John Key"),
        ("MMR", ("hos",), dt.date(2017, 1, 1), "Htin Kyaw"),
    ],
)
def test_who_held_an_office_on_a_date(cat, code, offices, day, name):
    holder = cat.office_holder(code, offices, day)
    assert holder is not None and holder.name == name


def test_two_leaders_in_office_on_the_date_of_the_event(run):
    got = by_name(run("Ellen Johnson Sirleaf met Goodluck Jonathan.", dt.date(2012, 3, 1)))
    assert got["Ellen Johnson Sirleaf"] == ("LBR", "GOV")
    assert got["Goodluck Jonathan"] == ("NGA", "GOV")


# ------------------------------------------------------------------------------------------------
# family names alone


def test_family_names_alone_resolve_to_the_office_holder(run):
    got = by_name(run("Tebboune called Saied about the border.", dt.date(2022, 8, 1)))
    assert got["Abdelmadjid Tebboune"] == ("DZA", "GOV")
    assert got["Kais Saied"] == ("TUN", "GOV")


def test_two_presidents_of_one_family_by_the_date(run):
    father = by_name(run("President Deby visited the front.", dt.date(2015, 3, 1)))
    son = by_name(run("President Deby visited the front.", dt.date(2023, 3, 1)))
    assert "Idriss Deby" in father and "Mahamat Idriss Deby" in son


# ------------------------------------------------------------------------------------------------
# armed groups and their leaders


@pytest.mark.parametrize(
    ("text", "surface", "code", "sector"),
    [
        ("JNIM claimed the attack on the army post.", "JNIM", "MLI", "REB"),
        ("The Arakan Army seized the town.", "Arakan Army", "MMR", "REB"),
        (
            "The Allied Democratic Forces killed villagers.",
            "Allied Democratic Forces",
            "COD",
            "REB",
        ),
        ("ISIS-K claimed the bombing.", "ISIS-K", "AFG", "REB"),
        ("Kataib Hezbollah fired drones at the base.", "Kataib Hezbollah", "IRQ", "REB"),
        ("The TPLF signed the truce.", "TPLF", "ETH", "REB"),
        (
            "The Moro Islamic Liberation Front met officials in Mindanao.",
            "Moro Islamic Liberation Front",
            "PHL",
            "REB",
        ),
        ("The Libyan National Army shelled Tripoli.", "Libyan National Army", "LBY", "MIL"),
        ("The Sinaloa Cartel moved the shipment.", "Sinaloa Cartel", "MEX", "CRM"),
    ],
)
def test_armed_groups(run, text, surface, code, sector):
    got = {m.actor.text: (m.actor.code, m.actor.sector) for m in run(text, dt.date(2023, 5, 1))}
    assert got[surface] == (code, sector)


def test_armed_group_leaders_are_rebels_of_their_country(run):
    got = by_name(
        run("Iyad Ag Ghaly and Abdul-Malik al-Houthi issued statements.", dt.date(2022, 3, 1))
    )
    assert got["Iyad Ag Ghaly"] == ("MLI", "REB")
    assert got["Abdul-Malik al-Houthi"] == ("YEM", "REB")


def test_a_rebel_leader_who_entered_government(run):
    as_rebel = by_name(run("Gibril Ibrahim spoke in Darfur.", dt.date(2015, 6, 1)))
    as_minister = by_name(run("Gibril Ibrahim spoke in Khartoum.", dt.date(2022, 6, 1)))
    assert as_rebel["Gibril Ibrahim"] == ("SDN", "REB")
    assert as_minister["Gibril Ibrahim"] == ("SDN", "GOV")
