"""Who did or suffered an act the clause does not name beside its verb (issue 9): a passive
adjunct with no subject of its own, whose patient is the subject of the clause it hangs from; a
clause of time; the subject of a participle the parser hung on the event noun.

Sentences written for these tests in the register of wire copy; each construction has its
negative cases beside it.
"""

from __future__ import annotations

import pytest

from support.events import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Indian soldiers died after being shot by Pakistani troops.", ("ASSAULT", "PAK", "IND")),
        ("The Russian ship was sunk after being hit by a Ukrainian missile.", ("ASSAULT", "UKR", "RUS")),
        ("The Russian frigate sank when hit by a Ukrainian drone.", ("ASSAULT", "UKR", "RUS")),
        ("Russia attacked Kyiv after being warned by the United States.", ("THREATEN", "USA", "RUS")),
    ],
)  # fmt: skip
def test_a_subjectless_passive_adjunct_befalls_the_clause_subject(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # the adjunct has its own subject: it is that subject's patient, not the clause's
        "Two Chinese engineers died after a Pakistani bus was hit by a truck.",
        # an active adjunct: the clause's subject is its doer, not its patient
        "The Russian ship sank after hitting a Ukrainian mine.",
    ],
)  # fmt: skip
def test_an_adjunct_with_its_own_subject_or_voice_keeps_its_roles(resources, text):
    assert not any(s == "PAK" and t == "CHN" for _, s, t in dyads(resources, text))
    assert not any(s == "UKR" and t == "RUS" for _, s, t in dyads(resources, text))


# -- "the country" is never a subject of a clause it lies in ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the coup in Sudan, the United States suspended aid to the country.", ("SANCTION", "USA", "SDN")),
        ("The army took power in Mali. Germany said it had suspended aid to the country.", ("SANCTION", "DEU", "MLI")),
    ],
)  # fmt: skip
def test_the_country_is_not_the_subject_of_its_own_clause(resources, text, expected):
    assert expected in dyads(resources, text)


# -- a clause of time joins an attack to what it did to its victims ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Pakistani soldier was killed when Indian troops opened fire.", ("ASSAULT", "IND", "PAK")),
        ("Five Afghan civilians were killed when Pakistani forces shelled the area.", ("ASSAULT", "PAK", "AFG")),
        ("Two Israelis were wounded after Palestinian militants fired rockets.", ("ASSAULT", "PSE", "ISR")),
        ("An Israeli woman died after Palestinian militants fired rockets.", ("ASSAULT", "PSE", "ISR")),
        ("Three Syrian soldiers died as Turkish drones struck.", ("ASSAULT", "TUR", "SYR")),
    ],
)  # fmt: skip
def test_a_time_clause_names_the_attacker_of_its_victims(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Pakistani soldier was killed when his jeep overturned near the Indian border.",
        "Two Indian soldiers died while Chinese officials were visiting Delhi.",
        "Syrian soldiers were killed as Turkey denied launching strikes.",
        "A Russian pilot died before Ukrainian drones struck the base.",
    ],
)  # fmt: skip
def test_no_attacker_without_an_attack_at_that_time(resources, text):
    assert not any(t == "ASSAULT" and s for t, s, _ in dyads(resources, text))


# -- forces struck abroad by no one named: the country they fight in, unless struck from the air -----


def test_forces_struck_abroad_by_no_one_named_are_struck_by_that_country(resources):
    assert ("ASSAULT", "IRQ", "TUR") in dyads(
        resources, "Two Turkish soldiers were killed in an attack in northern Iraq."
    )


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian Revolutionary Guard commander was killed in yesterday's airstrikes in Beirut.",
        "Two Turkish soldiers were killed in a drone strike in northern Iraq.",
    ],
)  # fmt: skip
def test_an_air_strike_is_not_guessed_to_be_the_local_sides(resources, text):
    assert not any(t == "ASSAULT" and s in {"LBN", "IRQ"} for t, s, _ in dyads(resources, text))


# -- "anti-Japan protests" are against Japan, not Japan's -------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Beijing has imposed a ban on further anti-Japan protests.", ("COERCE", "CHN", "JPN")),
        ("Egyptian police dispersed anti-Israel protesters outside the embassy.", ("COERCE", "EGY", "ISR")),
    ],
)  # fmt: skip
def test_a_party_named_after_anti_is_no_member_of_the_phrase(resources, text, absent):
    assert absent not in dyads(resources, text)


def test_a_party_named_plainly_in_the_phrase_still_counts(resources):
    assert ("SANCTION", "EU", "RUS") in dyads(
        resources, "The EU imposed sanctions on Russian officials."
    )


# -- "with X launching airstrikes": the participle's subject does the noun's act ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out on the border, with Pakistan launching airstrikes on several locations in Afghanistan.",
        "Clashes broke out on the border between Afghanistan and Pakistan, with Pakistan launching airstrikes on several locations in Afghanistan.",
    ],
)  # fmt: skip
def test_the_subject_of_a_participle_on_an_event_noun_does_it(resources, text):
    assert ("ASSAULT", "PAK", "AFG") in dyads(resources, text)


# -- a place named as the possessor of what was struck ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces shelled Kharkiv's northern districts.", ("ASSAULT", "RUS", "UKR")),
        ("Fighting between US forces and insurgents across Baghdad's Sadr City suburb left 34 dead.", ("ASSAULT", "IRQ", "USA")),
    ],
)  # fmt: skip
def test_a_possessive_place_name_is_where_it_struck(resources, text, expected):
    assert expected in dyads(resources, text)


# -- "were reported killed": the passive subject of a verb of saying is the patient ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Indian soldiers were reported killed by Pakistani fire.", ("ASSAULT", "PAK", "IND")),
        ("The Russian diplomat was reported detained by Ukrainian police.", ("COERCE", "UKR", "RUS")),
        ("Three German soldiers were reported killed in northern Afghanistan.", ("ASSAULT", "AFG", "DEU")),
    ],
)  # fmt: skip
def test_a_participle_under_a_passive_verb_of_saying_befalls_its_subject(resources, text, expected):
    assert expected in dyads(resources, text)


def test_an_active_report_keeps_its_roles(resources):
    found = dyads(resources, "India reported two Pakistani soldiers killed near the border.")
    assert not any(t == "ASSAULT" and g == "IND" for t, _, g in found)
