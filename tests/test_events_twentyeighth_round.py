"""The twenty-eighth round of constructions (issue 9), written from two audits of Current Events
items that no label file holds (none of a check set): items of 2017-2021 about cooperation (18
words or more, seed 2626) and long items of 2018-2021 (25 words or more, seed 4646), and from the
long-form tune set's false positives.

- A launching told by an active participle ("launching missiles at US bases in Iraq") is aimed
  where its "at" phrase says; only a "from" phrase says where the thing it hangs on came from.
- An owner named in a noun's compound chain ("United States Armed Forces facilities in Iraq")
  says whose the thing is before the place it stands in does.
- The country across a frontier ("near the border with Turkey") is where an attack struck only
  when no nearer phrase names a place.
- Acts said to be joint through their object or their support verb ("launched a joint probe",
  "the raid was carried out jointly by ...") are also cooperation between their parties.
- Taking part in exercises with or alongside another party is military cooperation with it.
- Ties re-established or reinstated are restored; common ground reached is an agreement.
- A family name written with its accents ("Sánchez") is still a family name: another given name
  before it, past a middle initial, is someone else ("Judge Jose A. Sanchez").
- What a "during" phrase names is the time of the act a purpose is of ("announced steps to
  address migration during a meeting with X" reports a meeting held).
- A party a speaker says "poses" (represents, constitutes) a threat is accused, as one said to
  be a threat is; "took issue with" a party disapproves of it; approval, a green light or a
  blessing given to a party or its bid backs it.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# an active launching is aimed "at"; an owner in the compound chain


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Iran began Operation Martyr Soleimani, launching ballistic missiles at several "
            "United States Armed Forces facilities in Iraq.",
            "IRN",
            "USA",
        ),
        (
            "Hezbollah opened a new front, firing rockets at Israeli army posts in the Golan "
            "Heights.",
            "LBN",
            "ISR",
        ),
    ],
)
def test_an_active_launching_is_aimed_at_its_at_phrase(resources, text, source, target):
    pairs = dyads(resources, text, "2020-01-08")
    assert ("ASSAULT", source, target) in pairs, pairs
    assert not any(p[1] in {"IRQ", "SYR"} for p in pairs), pairs


def test_a_passive_launching_still_comes_from_its_place(resources):
    # "rockets fired from Lebanon": the place a launched thing came from is still its side
    pairs = dyads(resources, "Rockets fired from Lebanon struck northern Israel.")
    assert ("ASSAULT", "LBN", "ISR") in pairs, pairs


def test_an_owner_in_the_compound_chain_beats_the_place(resources):
    pairs = dyads(resources, "Iranian missiles struck United States Army bases in Iraq.")
    assert ("ASSAULT", "IRN", "USA") in pairs, pairs
    assert ("ASSAULT", "IRN", "IRQ") not in pairs, pairs


def test_a_place_still_names_the_country_of_an_ownerless_thing(resources):
    pairs = dyads(resources, "Turkish jets struck oil facilities in Syria.")
    assert ("ASSAULT", "TUR", "SYR") in pairs, pairs


# ------------------------------------------------------------------------------------------------
# the country across a frontier


@pytest.mark.parametrize(
    ("text", "source", "target", "across"),
    [
        (
            "Russian jets strike gas facilities in the town of Sarmada, Idlib Governorate, near "
            "the border with Turkey.",
            "RUS",
            "SYR",
            "TUR",
        ),
        (
            "Israeli aircraft bombed a convoy in Daraa near the border with Jordan.",
            "ISR",
            "SYR",
            "JOR",
        ),
    ],
)
def test_a_named_place_beats_the_country_across_the_border(resources, text, source, target, across):
    pairs = dyads(resources, text, "2021-03-21")
    assert ("ASSAULT", source, target) in pairs, pairs
    assert ("ASSAULT", source, across) not in pairs, pairs


def test_with_no_nearer_place_the_country_across_the_border_is_struck(resources):
    pairs = dyads(resources, "Pakistani troops shelled villages near the border with India.")
    assert ("ASSAULT", "PAK", "IND") in pairs, pairs


# ------------------------------------------------------------------------------------------------
# acts said to be joint through their object or support verb


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Iraq and Iran launched a joint probe into the crash.", fs("IRQ", "IRN")),
        (
            "Italy and Libya conducted a joint investigation into the smuggling network.",
            fs("ITA", "LBY"),
        ),
        ("The raid was carried out jointly by Spanish and Moroccan police.", fs("ESP", "MAR")),
        (
            "The United States and Britain carried out joint airstrikes on Houthi targets in "
            "Yemen.",
            fs("USA", "GBR"),
        ),
    ],
)
def test_an_act_with_a_joint_object_is_cooperation(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t == "COOPERATE" and s == parties and a for t, s, _, a in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        # one party: nothing to cooperate with
        "Iraq launched a joint probe into the crash.",
        # joint, but not asserted
        "Iraq and Iran may launch a joint probe into the crash.",
    ],
)
def test_a_joint_act_of_one_party_or_unasserted_is_no_cooperation(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "COOPERATE" and a for t, _, _, a in sides), sides


# ------------------------------------------------------------------------------------------------
# taking part in exercises


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Greece took part in the drills alongside Egyptian forces.", {"GRC", "EGY"}),
        ("India participated in the naval exercise with Japan.", {"IND", "JPN"}),
    ],
)
def test_taking_part_in_exercises_with_a_party_is_cooperation(resources, text, parties):
    events = coded(resources, text)
    assert any(
        e.event_type == "COOPERATE"
        and e.asserted
        and {a.code for a in (*e.source, *e.target)} == parties
        for e in events
    ), events


def test_taking_part_in_exercises_alone_is_no_event(resources):
    events = coded(resources, "Egypt participated in drills in the Red Sea.")
    assert not any(e.event_type == "COOPERATE" for e in events), events


# ------------------------------------------------------------------------------------------------
# ties re-established; common ground reached


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Bolivia and Israel reestablish diplomatic relations.", fs("BOL", "ISR")),
        ("Qatar and the United Arab Emirates reinstate diplomatic ties.", fs("QAT", "ARE")),
    ],
)
def test_ties_reestablished_are_restored(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("SUPPORT", parties, fs(), True) in sides, sides


def test_ties_reinstated_in_the_future_are_not_asserted(resources):
    sides = event_sides(resources, "Bolivia and Israel will reestablish diplomatic relations.")
    assert not any(t == "SUPPORT" and a for t, _, _, a in sides), sides


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The United States and Mexico reach common ground on key trade terms.", {"USA", "MEX"}),
        ("Japan found common ground with South Korea on the wartime labour issue.", {"JPN", "KOR"}),
    ],
)
def test_common_ground_reached_is_an_agreement(resources, text, parties):
    events = coded(resources, text)
    assert any(
        e.event_type == "AGREE"
        and e.asserted
        and {a.code for a in (*e.source, *e.target)} == parties
        for e in events
    ), events


def test_common_ground_not_reached_is_no_agreement(resources):
    events = coded(resources, "The United States and Mexico failed to reach common ground.")
    assert not any(e.event_type == "AGREE" and e.asserted for e in events), events


# ------------------------------------------------------------------------------------------------
# a family name written with accents


def test_another_given_name_before_an_accented_family_name_is_someone_else(resources):
    text = "Judge Jose A. Sanchez approves an extradition request from the government of Guatemala."
    events = coded(resources, text, "2019-03-29")
    assert not any(a.code == "ESP" for e in events for a in e.source), events


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Sánchez met Emmanuel Macron in Paris.",
        "Spanish Prime Minister Sánchez met Emmanuel Macron in Paris.",
    ],
)
def test_the_bearer_of_an_accented_family_name_is_still_found(resources, text):
    sides = event_sides(resources, text, "2019-03-29")
    assert any(t == "CONSULT" and "ESP" in s for t, s, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# "during" a meeting a purpose is told in


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Vice President Kamala Harris announced steps to address the migration crisis "
        "during a joint conference with Guatemalan President Alejandro Giammattei.",
        "U.S. Vice President Kamala Harris announced steps to address migration during a "
        "meeting with Guatemalan President Alejandro Giammattei.",
    ],
)
def test_a_meeting_during_which_a_purpose_was_announced_was_held(resources, text):
    events = [e for e in coded(resources, text, "2021-06-07") if e.event_type == "CONSULT"]
    assert events and all(e.asserted for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Kamala Harris will announce steps to address migration during a meeting with "
        "Guatemalan President Alejandro Giammattei.",
        "Kamala Harris plans to meet Guatemalan President Alejandro Giammattei during the summit.",
    ],
)
def test_a_meeting_in_a_future_clause_stays_future(resources, text):
    events = [e for e in coded(resources, text, "2021-06-07") if e.event_type == "CONSULT"]
    assert events and not any(e.asserted for e in events), events


# ------------------------------------------------------------------------------------------------
# judgements told by "pose a threat"; "took issue with"; approval given


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU said Belarus posed a threat to regional stability.", "EU", "BLR"),
        ("Japan said North Korea's missiles pose a grave threat to its security.", "JPN", "PRK"),
        (
            "Blinken said China represents the greatest threat to the international order.",
            "USA",
            "CHN",
        ),
    ],
)
def test_a_party_said_to_pose_a_threat_is_accused(resources, text, source, target):
    assert ("ACCUSE", source, target) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # no one voices it
        "Russia poses a threat to Europe.",
        # denied
        "NATO said Russia posed no threat to its members.",
        # no party posing it
        "The WHO said the virus posed a threat to Europe.",
    ],
)
def test_a_threat_posed_unvoiced_denied_or_by_no_party_accuses_no_one(resources, text):
    events = coded(resources, text)
    assert not any(e.event_type == "ACCUSE" and e.asserted and e.target for e in events), events


def test_taking_issue_with_a_party_is_disapproval(resources):
    pairs = dyads(resources, "Seoul took issue with Tokyo's remarks.")
    assert ("ACCUSE", "KOR", "JPN") in pairs, pairs


def test_taking_up_an_issue_with_a_party_is_no_disapproval(resources):
    sides = event_sides(resources, "Germany took up the issue with Russia.")
    assert not any(t == "ACCUSE" for t, _, _, _ in sides), sides
    assert ("CONSULT", fs("DEU", "RUS"), fs(), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkey gave its approval for Sweden's NATO membership.", "SWE"),
        ("Turkey gave the green light to Finland's accession.", "FIN"),
    ],
)
def test_approval_given_to_a_party_backs_it(resources, text, target):
    assert ("SUPPORT", "TUR", target) in dyads(resources, text)


def test_approval_given_to_no_party_is_no_event(resources):
    events = coded(resources, "The Turkish cabinet gave its approval for the budget.")
    assert not any(e.event_type == "SUPPORT" and e.target for e in events), events
