"""The twenty-third round of constructions (issue 9), written against the long-form tune set
(``bench/data/longform_labels.tsv``: long CNN, Daily Mail and US political news articles): what
commentary and analysis pieces say without a state doing it.

- A case supposed ("Say Mexico demanded ...", "Imagine Russia invaded ...") is not asserted.
- What a party expects of a thing of another ("the IMF expects that U.S. output will expand")
  asks nothing of it; what it expects of the party does.
- A capital naming an accord or a gathering ("the Paris accord") is where it was made.
- Recognition withheld in so many words ("will not recognise", "does not accept X as a nuclear
  state") is a refusal; "has not yet recognised" awaits.
- Names for a wrongdoer: outlaw, renegade.
- A middle initial ("John F. Kerry", "Antony J. Blinken") is the catalogued bearer's.
- An attack told as made in a text ("attacked Kenya in a speech") is criticism.
- Missiles fired into the sea strike no country named elsewhere in the sentence.
- A people named by its plural ("the Syrians arriving in the United States") pays no visit.
- A pledge coordinated after a condemnation carried by a light verb ("made a strong
  condemnation of ... and pledged to impose sanctions") is aimed at the one condemned.
- "Blamed the attack on Iran": the "on" phrase is the one blamed (a repair after the parse,
  ``detente.nlp``, ``detente_blamed_on``); a wrong "traced to" a party is laid on it; blame laid
  by no one named, in a speaker's words, is the speaker's.
- A judgement word on a noun that "what X called" stands for, under a verb of judging, is X's.
- One meets a target, a deadline or an obligation without meeting anyone.
- "Last December", "next March" are the named month before or after the month of writing.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# cases supposed


@pytest.mark.parametrize(
    "text",
    [
        "Say Mexico demanded that the United States prove that a migrant was Mexican.",
        "Suppose China blockaded Taiwan.",
        "Imagine that Russia attacked Estonia.",
        "Let's say Iran attacked Iraq.",
    ],
)
def test_a_case_supposed_is_not_asserted(resources, text):
    assert not dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico said the United States deported migrants illegally.", ("ACCUSE", "MEX", "USA")),
        ("The minister said: Russia attacked Estonia.", ("ASSAULT", "RUS", "EST")),
    ],
)
def test_saying_with_a_subject_still_reports(resources, text, pair):
    assert pair in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# expectations of a party and of a thing of its


@pytest.mark.parametrize(
    "text",
    [
        "The IMF expects that U.S. output will expand by 1.6 percent.",
        "Germany expects Chinese exports to grow.",
    ],
)
def test_what_is_expected_of_a_thing_asks_nothing(resources, text):
    assert not dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany expects that Turkey will respect the rights of journalists.",
        "Germany expects the Turkish government to release the journalist.",
        "Berlin expects Ankara to respect press freedom.",
    ],
)
def test_what_is_expected_of_a_party_is_asked_of_it(resources, text):
    assert ("REQUEST", "DEU", "TUR") in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# accords named after a capital


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mr. Obama and Mr. Xi formally committed their two nations to the Paris accord.", "FRA"),
        ("Ukraine accused Russia of violating the Minsk agreements.", "BLR"),
        ("The United States withdrew from the Paris agreement.", "FRA"),
    ],
)
def test_a_capital_naming_an_accord_is_no_party(resources, text, absent):
    found = dyads(resources, text)
    assert not any(absent in (s, t) for _, s, t in found), found


def test_a_capital_before_officials_is_still_its_government(resources):
    assert ("ACCUSE", "RUS", "UKR") in dyads(
        resources, "Moscow officials condemned the Kyiv regime."
    )


# ------------------------------------------------------------------------------------------------
# recognition withheld


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The EU will not recognise Russia's annexation of Crimea.", ("REJECT", "EU", "RUS")),
        ("The United States does not recognise Maduro as Venezuela's president.",
         ("REJECT", "USA", "VEN")),
        ('"To be clear, the United States does not, and never will, accept North Korea as a '
         'nuclear state," he said.', ("REJECT", "USA", "PRK")),
        ("Kosovo was not recognised by Serbia.", ("REJECT", "SRB", "XKX")),
    ],
)  # fmt: skip
def test_recognition_withheld_is_a_refusal(resources, text, pair):
    assert pair in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan has not yet recognised Russia's annexation of the territory.",
        "If Russia does not recognise Ukraine's borders, the EU will impose sanctions.",
    ],
)
def test_recognition_awaited_or_supposed_refuses_nothing(resources, text):
    assert not any(t == "REJECT" for t, _, _ in dyads(resources, text))


def test_a_party_accepted_as_a_state_is_recognised(resources):
    assert ("SUPPORT", "FRA", "DEU") in dyads(resources, "France accepted Germany as a partner.")


# ------------------------------------------------------------------------------------------------
# names for a wrongdoer


@pytest.mark.parametrize(
    "text",
    [
        "Japan branded North Korea an outlaw nation.",
        "Japan called North Korea an outlaw nation in the neighborhood.",
        "Japan called North Korea a renegade state.",
    ],
)
def test_an_outlaw_nation_is_a_charge(resources, text):
    assert ("ACCUSE", "JPN", "PRK") in dyads(resources, text)


def test_outlawing_a_group_is_no_charge_against_a_state(resources):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, "Canada outlawed the group."))


# ------------------------------------------------------------------------------------------------
# middle initials


@pytest.mark.parametrize(
    ("text", "date", "pair"),
    [
        ("Secretary of State John F. Kerry arrived in Moscow.", "2016-09-10",
         ("CONSULT", "USA", "RUS")),
        ("John F. Kerry arrived in Moscow.", "2016-09-10", ("CONSULT", "USA", "RUS")),
        ("Antony J. Blinken arrived in Moscow.", "2022-01-10", ("CONSULT", "USA", "RUS")),
    ],
)  # fmt: skip
def test_a_middle_initial_is_the_bearers(resources, text, date, pair):
    assert pair in dyads(resources, text, date)


def test_another_given_name_with_an_initial_is_someone_else(resources):
    found = dyads(resources, "Chad F. Kerry, a local farmer, travelled to Moscow.", "2016-09-10")
    assert not any(s == "USA" for _, s, _ in found), found


# ------------------------------------------------------------------------------------------------
# attacks in words


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Sudanese president attacked Kenya in a speech on Monday.", ("ACCUSE", "SDN", "KEN")),
        ("North Korea lashed out at Seoul during an interview.", ("ACCUSE", "PRK", "KOR")),
    ],
)
def test_an_attack_made_in_a_text_is_criticism(resources, text, pair):
    found = dyads(resources, text)
    assert pair in found and not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked Kyiv in a wave of drone strikes.",
        "Israeli jets attacked Gaza in a video released by the army.",
    ],
)
def test_forces_attack_in_deeds(resources, text):
    assert any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# missiles fired into the sea


def test_missiles_fired_into_the_sea_strike_no_country_named_elsewhere(resources):
    found = dyads(
        resources,
        "Pyongyang fired three missiles into the sea Monday while the leaders of the G-20 group "
        "of world economies held a summit in China.",
    )
    assert not any(t == "ASSAULT" for t, _, _ in found), found


def test_missiles_fired_into_a_country_strike_it(resources):
    assert ("ASSAULT", "YEM", "SAU") in dyads(
        resources, "Houthi rebels fired missiles into Saudi Arabia."
    )


# ------------------------------------------------------------------------------------------------
# peoples travelling


@pytest.mark.parametrize(
    "text",
    [
        "Christians make up less than half of 1 percent of the Syrians arriving in the United "
        "States.",
        "Americans travelled to Cuba.",
    ],
)
def test_a_people_named_by_its_plural_pays_no_visit(resources, text):
    assert not dyads(resources, text)


def test_a_delegation_named_by_its_country_visits(resources):
    assert ("CONSULT", "USA", "RUS") in dyads(
        resources, "The American delegation arrived in Moscow."
    )


# ------------------------------------------------------------------------------------------------
# a pledge after a condemnation carried by a light verb


def test_a_pledge_after_a_condemnation_is_aimed_at_the_one_condemned(resources):
    found = dyads(
        resources,
        "The United Nations Security Council on Friday made a strong condemnation of North "
        "Korea's latest nuclear test and pledged to impose further sanctions.",
    )
    assert ("ACCUSE", "UN", "PRK") in found and ("THREATEN", "UN", "PRK") in found, found


def test_a_pledge_after_a_meeting_is_aimed_at_no_one(resources):
    found = dyads(
        resources,
        "Japan held talks with Australia and pledged to impose further sanctions.",
    )
    assert not any(t == "THREATEN" and g == "AUS" for t, _, g in found), found


# ------------------------------------------------------------------------------------------------
# blame laid


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington blamed the attack on Iran.", ("ACCUSE", "USA", "IRN")),
        ("Russia blamed the attack on the Crimean bridge on Ukraine.", ("ACCUSE", "RUS", "UKR")),
        ("Israel pinned the bombing on Hamas.", ("ACCUSE", "ISR", "PSE")),
        ("Britain said the cyberattack was traced to North Korea.", ("ACCUSE", "GBR", "PRK")),
        ("Iran said the attack was blamed on Israel.", ("ACCUSE", "IRN", "ISR")),
    ],
)
def test_blame_laid_on_a_party(resources, text, pair):
    found = dyads(resources, text)
    assert pair in found, found
    assert not any(t == "ASSAULT" for t, _, _ in found), found


def test_an_attack_on_a_party_condemned_keeps_its_target(resources):
    sides = event_sides(resources, "China condemned the attack on Iran.")
    assert ("ASSAULT", fs(), fs("IRN"), True) in sides, sides


def test_a_river_traced_to_a_country_blames_no_one(resources):
    assert not dyads(resources, "The river can be traced to Tibet, officials in India said.")


# ------------------------------------------------------------------------------------------------
# what a namer called a party's conduct


def test_a_judgement_in_what_a_namer_called_is_the_namers(resources):
    found = dyads(
        resources,
        "Other leaders used particularly blunt language to denounce what Australian Prime "
        'Minister Malcolm Turnbull called North Korea\'s "reckless, provocative, dangerous" '
        "actions.",
        "2016-09-10",
    )
    assert ("ACCUSE", "AUS", "PRK") in found, found


def test_what_a_striker_called_its_targets_judges_no_one(resources):
    found = dyads(
        resources, "Israel struck what it called dangerous Hezbollah positions in Lebanon."
    )
    assert not any(t == "ACCUSE" for t, _, _ in found), found


# ------------------------------------------------------------------------------------------------
# meeting a target


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would meet its obligations to the IAEA.",
        "The plan is the main tool for the United States to meet the emissions target it set "
        "with the United Nations.",
    ],
)
def test_meeting_a_target_meets_no_one(resources, text):
    assert not any(t == "CONSULT" for t, _, _ in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "date", "parties"),
    [
        ("Putin met Erdogan in Sochi.", "2019-06-01", fs("RUS", "TUR")),
        ("U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on "
         "Monday at the end of a two-day visit.", "2023-06-19", fs("USA", "CHN")),
    ],
)  # fmt: skip
def test_meeting_a_leader_is_a_meeting(resources, text, date, parties):
    sides = event_sides(resources, text, date)
    assert ("CONSULT", parties, fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# "last December", "next March"


@pytest.mark.parametrize(
    ("text", "date", "month", "historical"),
    [
        ("Kerry met Lavrov in Geneva last December.", "2016-09-27", "2015-12-01", True),
        ("Kerry met Lavrov in Geneva last December.", "2016-12-20", "2015-12-01", True),
        ("Kerry met Lavrov in Geneva last August.", "2016-09-27", "2016-08-01", False),
        ("Kerry will meet Lavrov in Geneva next March.", "2016-09-27", "2017-03-01", False),
    ],
)
def test_last_and_next_month_are_the_named_month_before_and_after(
    resources, text, date, month, historical
):
    (event,) = coded(resources, text, date)
    assert (str(event.date), event.date_precision, event.historical) == (
        month,
        "month",
        historical,
    )


# ------------------------------------------------------------------------------------------------
# "in the past"


@pytest.mark.parametrize(
    "text",
    [
        "In the past, Somalia has been forced to turn to the U.S. military for assistance.",
        "Iran has attacked Iraq in the past.",
    ],
)
def test_in_the_past_is_background(resources, text):
    events = coded(resources, text)
    assert events and all(e.historical for e in events), [
        (e.event_type, e.historical) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    ["In the past week, Russia attacked Ukraine.", "In the past few days, Israel struck Gaza."],
)
def test_the_past_week_is_news(resources, text):
    events = coded(resources, text)
    assert events and not any(e.historical for e in events)


# ------------------------------------------------------------------------------------------------
# members of the United States Congress by their party and state tag


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Jim Jordan (R-Ohio), an oversight panel member, criticised Russia.",
        "Sen. Lindsey Graham, R-S.C., criticised Russia.",
        "Sen. Bernie Sanders (I-Vt.) criticised Russia.",
    ],
)
def test_a_party_and_state_tag_is_a_member_of_congress(resources, text):
    events = [e for e in coded(resources, text, "2016-09-30") if e.event_type == "ACCUSE"]
    assert [(a.code, a.sector) for e in events for a in e.source] == [("USA", "LEG")], events


def test_a_year_in_brackets_is_no_party_tag(resources):
    events = coded(resources, "Joseph Crowley (born 1962) criticised Russia.", "2016-09-30")
    assert not any(a.code == "USA" for e in events for a in e.source)


# ------------------------------------------------------------------------------------------------
# found reading the coder's pairs on Current Events items outside the label files


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan approves the emergency use of Russia's Sputnik V vaccine.",
        "The French National Authority for Health approves the use of the Oxford-AstraZeneca "
        "vaccine for people aged under 65.",
    ],
)
def test_a_regulator_approving_a_foreign_vaccine_gives_no_aid(resources, text):
    assert not dyads(resources, text)


def test_aid_approved_is_aid(resources):
    assert ("AID", "USA", "UKR") in dyads(
        resources, "The United States approved $1 billion in aid to Ukraine."
    )


@pytest.mark.parametrize(
    "text",
    [
        "A joint team of South Korean, British, and Canadian explorers announce the discovery of "
        "the wreck.",
        "A joint team of Chinese and Russian researchers published the study.",
    ],
)
def test_a_team_of_private_people_is_no_tie_of_states(resources, text):
    assert not dyads(resources, text) and not any(
        e.mutual for e in coded(resources, text) if e.event_type == "COOPERATE"
    )


def test_a_team_of_states_cooperates(resources):
    sides = event_sides(resources, "Japan and India set up a joint team to develop the missile.")
    assert ("COOPERATE", fs("JPN", "IND"), fs(), True) in sides, sides


def test_a_commander_travelling_visits(resources):
    found = dyads(
        resources,
        "Field Marshal Khalifa Haftar of the LNA visits Cairo for a meeting with Egyptian "
        "President Abdel Fattah el-Sisi.",
        "2019-04-14",
    )
    assert ("CONSULT", "LBY", "EGY") in found and not any(t == "MOBILIZE" for t, _, _ in found)


def test_troops_arriving_deploy(resources):
    assert ("MOBILIZE", "AUS", "TON") in dyads(resources, "Australian soldiers arrived in Tonga.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Niger withdrew from ECOWAS.", ("SANCTION", "NER", "IGO")),
        (
            "Vanuatu withdraws from the upcoming FIFA World Cup qualifier.",
            ("RETREAT", "VUT", "NGO"),
        ),
    ],
)
def test_only_a_body_of_states_left_cuts_ties(resources, text, pair):
    assert pair in dyads(resources, text)


def test_a_second_family_name_belongs_to_the_catalogued_person_before_it(resources):
    found = dyads(
        resources,
        "Venezuelan President Nicolás Maduro accuses former Colombian President Álvaro Uribe "
        "and Uribe's Vice President Francisco Santos Calderón of planning to kill him.",
        "2019-08-15",
    )
    assert ("ACCUSE", "VEN", "COL") in found and not any(t == "MEX" for _, _, t in found), found


def test_the_bearer_of_the_family_name_alone_is_still_found(resources):
    sides = event_sides(resources, "Calderón met Bush in Washington.", "2008-08-15")
    assert ("CONSULT", fs("MEX", "USA"), fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# "opposed to": a stance, however the parser reads the participle


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China is firmly opposed to US arms sales to Taiwan.", ("REJECT", "CHN", "USA")),
        ("Russia is opposed to NATO expansion.", ("REJECT", "RUS", "NATO")),
        ("The EU is opposed to the Israeli annexation plan.", ("REJECT", "EU", "ISR")),
        # opposition to an act already done disapproves of it (twenty-fourth round)
        ("China said it was resolutely opposed to North Korea's nuclear test.",
         ("ACCUSE", "CHN", "PRK")),
    ],
)  # fmt: skip
def test_the_one_opposed_to_a_partys_act_rejects_it(resources, text, pair):
    found = dyads(resources, text)
    assert pair in found and (pair[0], pair[2], pair[1]) not in found, found


def test_a_plan_opposed_by_a_party_is_still_a_passive(resources):
    sides = event_sides(resources, "The plan was opposed by Russia.")
    assert ("REJECT", fs("RUS"), fs(), True) in sides, sides
