"""The seventh round of constructions (issue 9): joint events whose parties form sides.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from support.events import coded, event_sides, fs

# ------------------------------------------------------------------------------------------------
# a subject of several parties acting "with" a partner: each subject party with the partner,
# never the subject's parties with one another


@pytest.mark.parametrize(
    ("text", "etype", "pairs"),
    [
        (
            "The foreign ministers of Poland and Hungary met with German officials in Berlin.",
            "CONSULT",
            {fs("POL", "DEU"), fs("HUN", "DEU")},
        ),
        (
            "Russia and China held talks with Iran on Tuesday.",
            "CONSULT",
            {fs("RUS", "IRN"), fs("CHN", "IRN")},
        ),
        (
            "Latvia, Lithuania and Estonia signed a defence pact with Finland.",
            "SUPPORT",
            {fs("LVA", "FIN"), fs("LTU", "FIN"), fs("EST", "FIN")},
        ),
        (
            "Indian and Pakistani officials met with envoys of the United States and Britain.",
            "CONSULT",
            {fs("IND", "USA"), fs("IND", "GBR"), fs("PAK", "USA"), fs("PAK", "GBR")},
        ),
    ],
)
def test_each_party_of_the_subject_acts_with_the_partner(resources, text, etype, pairs):
    got = {src for t, src, tgt, ok in event_sides(resources, text) if t == etype and ok}
    assert got == pairs


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        # one party meeting several: one meeting of all
        (
            "Putin met with Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
            "CONSULT",
            fs("RUS", "CHN", "IND"),
        ),
        # no "with" partner: the subject's parties act with one another
        ("Poland and Hungary signed a border agreement.", "SUPPORT", fs("POL", "HUN")),
        (
            "Fighting between Russian and Ukrainian troops left 40 dead.",
            "ASSAULT",
            fs("RUS", "UKR"),
        ),
    ],
)
def test_a_joint_event_without_sides_stays_whole(resources, text, etype, parties):
    got = [src for t, src, tgt, ok in event_sides(resources, text) if t == etype and ok]
    assert got == [parties]


def test_the_subject_of_one_country_is_one_side(resources):
    # two actors of one country are one party: Poland with Germany, once
    got = event_sides(
        resources, "Polish President Andrzej Duda and the Polish government met with Germany."
    )
    assert {src for t, src, _, ok in got if t == "CONSULT" and ok} == {fs("POL", "DEU")}


# ------------------------------------------------------------------------------------------------
# a pact judged: "considers the memorandum with Y a violation", "regards the Y deal as illegal",
# "called the X-Y agreement null and void": the parties to the pact other than the judge


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Somalia considers the memorandum with Ethiopia a violation of its sovereignty.",
            {"ETH"},
        ),
        ("Somalia regards the Ethiopian port deal as a violation of its sovereignty.", {"ETH"}),
        (
            "The Greek prime minister called the Turkish-Libyan border agreement null and void.",
            {"TUR", "LBY"},
        ),
        (
            "Cyprus views the pact between Turkey and Libya as a violation of international law.",
            {"TUR", "LBY"},
        ),
    ],
)
def test_a_pact_judged_accuses_its_parties(resources, text, targets):
    got = [(s, t) for ty, s, t, ok in event_sides(resources, text) if ty == "ACCUSE" and ok]
    assert len(got) == 1
    assert got[0][1] == frozenset(targets)


@pytest.mark.parametrize(
    "text",
    [
        # a judgement that is no censure, and a pact judged with no party named
        "Somalia considers Ethiopia a partner.",
        "Japan sees China as a neighbour.",
        "Greece considers the agreement a violation of international law.",
    ],
)
def test_no_censure_without_a_censure_word_or_a_party(resources, text):
    assert not [e for e in event_sides(resources, text) if e[0] == "ACCUSE"]


# ------------------------------------------------------------------------------------------------
# a measure announced by a verb of decision with the day it applies from is taken, dated by the
# announcement; announced by "said" or "warned", as a possibility, or with no start, it is a
# threat


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("India announced that it will impose tariffs on US products from Sunday.", "IND", "USA"),
        (
            "India announced that effective Sunday it will impose tariffs on US products.",
            "IND",
            "USA",
        ),
        (
            "The Canadian government confirmed it will expel two Chinese diplomats on Friday.",
            "CAN",
            "CHN",
        ),
    ],
)
def test_a_measure_announced_with_its_start_is_taken(resources, text, src, tgt):
    got = event_sides(resources, text)
    assert ("SANCTION", fs(src), fs(tgt), True) in got
    assert not [e for e in got if e[0] == "THREATEN" and e[3]]


def test_a_measure_taken_by_announcement_is_news_of_that_day(resources):
    events = coded(resources, "Canada announced it will impose tariffs on US steel from July 1.")
    taken = [e for e in events if e.event_type == "SANCTION" and e.asserted]
    assert taken and taken[0].date == dt.date(2024, 3, 5) and not taken[0].historical


@pytest.mark.parametrize(
    "text",
    [
        "India warned that it will impose tariffs on US products from Sunday.",
        "India said it will impose tariffs on US products.",
        "India announced it may impose tariffs on US products.",
        "India announced that it will impose tariffs on US products.",
    ],
)
def test_a_measure_said_or_warned_of_is_a_threat(resources, text):
    got = event_sides(resources, text)
    assert ("THREATEN", fs("IND"), fs("USA"), True) in got
    assert not [e for e in got if e[0] == "SANCTION" and e[3]]


def test_an_attack_announced_stays_a_threat(resources):
    # only measures are enacted by their announcement; an attack announced is threatened
    got = event_sides(
        resources, "The Houthis announced they will resume attacks on Israeli ships from Sunday."
    )
    assert ("THREATEN", fs("YEM"), fs("ISR"), True) in got
    assert not [e for e in got if e[0] == "ASSAULT" and e[3]]


# ------------------------------------------------------------------------------------------------
# a joint event that names its parties as the object of "involve", "include": they take part


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The joint exercise involved the navies of India, Japan and Australia.",
            {"IND", "JPN", "AUS"},
        ),
        (
            "India held a joint exercise involving the navies of Japan and Australia.",
            {"IND", "JPN", "AUS"},
        ),
        ("The talks included officials from Russia and Ukraine.", {"RUS", "UKR"}),
    ],
)
def test_the_parties_a_joint_event_involves_take_part(resources, text, parties):
    got = [
        s for t, s, _, ok in event_sides(resources, text) if t in {"COOPERATE", "CONSULT"} and ok
    ]
    assert got == [frozenset(parties)]


def test_a_one_sided_act_involving_others_gains_no_party(resources):
    # only joint events take part-takers: "the attack involved drones made in Iran" is no Iranian
    # attack
    got = event_sides(resources, "The Russian attack involved drones made in Iran.")
    assert not any("IRN" in s for _, s, _, _ in got)


# ------------------------------------------------------------------------------------------------
# a list of countries in an "in" phrase: "authorities in Spain, France and Italy" are three


def test_every_country_of_an_in_list_is_a_party(resources):
    got = event_sides(
        resources, "Authorities in Spain, France and Italy cooperated to arrest the suspects."
    )
    assert ("COOPERATE", fs("ESP", "FRA", "ITA"), frozenset(), True) in got


def test_cities_of_one_country_are_one_party(resources):
    got = event_sides(resources, "Officials in Paris and Lyon condemned the attack by Russia.")
    assert ("ACCUSE", fs("FRA"), fs("RUS"), True) in got


@pytest.mark.parametrize(
    "text",
    [
        # a topic, not a party: aid is an event word
        "The discussions included Russian humanitarian aid to North Korea.",
        # who takes part is only possible
        "The talks may include officials from Russia and Ukraine.",
    ],
)
def test_a_topic_or_a_possible_party_takes_no_part(resources, text):
    got = event_sides(resources, text)
    assert not [e for e in got if e[0] == "CONSULT" and e[3] and len(e[1]) >= 2]


# ------------------------------------------------------------------------------------------------
# a partner phrase, "in cooperation with X": X cooperates with the doer and is neither the act's
# recipient nor the place it happened


@pytest.mark.parametrize(
    ("text", "etype", "src", "partner"),
    [
        (
            "Spanish police arrested ten suspects in cooperation with French police.",
            "COERCE",
            "ESP",
            "FRA",
        ),
        ("Spanish police raided homes in cooperation with French police.", "COERCE", "ESP", "FRA"),
        (
            "Turkish troops attacked rebel positions in coordination with Syrian forces.",
            "ASSAULT",
            "TUR",
            "SYR",
        ),
    ],
)
def test_a_partner_cooperates_and_is_no_recipient(resources, text, etype, src, partner):
    got = event_sides(resources, text)
    assert ("COOPERATE", fs(src, partner), frozenset(), True) in got
    acts = [e for e in got if e[0] == etype and e[3]]
    assert acts and all(partner not in e[2] for e in acts)


def test_a_place_after_the_partner_phrase_still_counts(resources):
    # the partner is left out; the place the strike hit is still its recipient
    got = event_sides(
        resources,
        "Kenya's army struck militant bases in Somalia in coordination with Somali forces.",
    )
    assert ("ASSAULT", fs("KEN"), fs("SOM"), True) in got


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police arrested ten suspects in close coordination.",
        # "in conjunction with" an event is "in connection with" it
        "Libya made 50 arrests in conjunction with the attack on the US consulate.",
    ],
)
def test_cooperation_with_no_partner_named_is_no_event(resources, text):
    assert not [e for e in event_sides(resources, text) if e[0] == "COOPERATE"]
