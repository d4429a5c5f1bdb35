"""The twenty-ninth round of constructions (issue 9), written from an audit of the long-form
articles outside the long-form label files, of the Wikinews articles that hold no check-set
sentence (their sentences outside the tune labels), and of two draws of Current Events items that
no label file holds (2018-2021, 25 words or more, seed 5353; 2005-2017, 20 words or more, seed
7373).

- Words written with a hyphen after "re" or "co" ("re-open", "co-operate") are one word with
  the lemma of their unhyphenated spelling (``detente.prefixes``; tested in
  ``test_prefixes.py``): "Saudi Arabia will re-open its embassy in Qatar" had no event.
- An object with "no" says the act did not happen ("imposed no sanctions").
- A named agreement is signed or left by its name: a plural name ("the Abraham Accords"), a
  partnership, a compact, a statute, the acronyms of well-known trade and nuclear agreements.
- Force used against a party attacks it; an intent to use force is a threat; a campaign of
  airstrikes is the strikes.
- A meeting held with a participle of attending hung on its verb ("a meeting is held in Lima
  attended by representatives from ...") is a meeting of those who attended.
- A joint statement released or published is a joint statement issued.
- Forces leaving a country withdraw from it.
- A storm by its name ("Typhoon Kai-tak hits southeast China") strikes no one; a plane that
  "crashes en route to" a place is an accident, not an attack.
- Not fighting: fighting a flood, a blaze, locusts; not a protest: demonstrating a missile; not
  an attack: taking a neutral position; not diplomacy: joining fellow members of a council;
  private people travelling: seafarers, migrants, refugees, fans and patients.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs


def _types(events, asserted_only=True):
    return {e.event_type for e in events if e.asserted or not asserted_only}


# ------------------------------------------------------------------------------------------------
# hyphenated prefixes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia re-opened its embassy in Qatar on Monday.", ("SUPPORT", "SAU", "QAT")),
        ("Japan re-imposed sanctions on North Korea after the test.", ("SANCTION", "JPN", "PRK")),
        ("Egypt and Qatar co-hosted talks between Israel and Hamas.", ("CONSULT", "QAT", "ISR")),
    ],
)
def test_prefixed_verbs_are_one_word(resources, text, expected):
    assert expected in dyads(resources, text)


def test_ties_re_established(resources):
    sides = event_sides(resources, "Bahrain has re-established diplomatic ties with Iran.")
    assert ("SUPPORT", fs("BHR", "IRN"), fs(), True) in sides


def test_co_operation_is_cooperation(resources):
    sides = event_sides(resources, "Britain and France agreed to co-operate on border security.")
    assert ("COOPERATE", fs("GBR", "FRA"), fs(), False) in sides  # agreed to: not yet done
    assert any(t == "AGREE" and s == fs("GBR", "FRA") and a for t, s, _, a in sides)


def test_a_hyphen_between_names_still_splits(resources):
    # "Russia-Ukraine" and "pro-Russian" are not prefixed words: the parties stay named
    assert ("ACCUSE", "USA", "RUS") in dyads(
        resources, "The United States condemned Russia over the Russia-Ukraine war."
    )


# ------------------------------------------------------------------------------------------------
# an object with "no"


def test_no_object_negates_the_act(resources):
    events = coded(resources, "Russia imposed no sanctions on Ukraine.")
    assert [e.event_type for e in events] == ["SANCTION"]
    assert events[0].negated and not events[0].asserted


# ------------------------------------------------------------------------------------------------
# named agreements


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Israel and the United Arab Emirates signed the Abraham Accords.", fs("ISR", "ARE")),
        (
            "China and Japan signed the Regional Comprehensive Economic Partnership.",
            fs("CHN", "JPN"),
        ),
        ("Mexico and Canada signed the USMCA in Buenos Aires.", fs("MEX", "CAN")),
    ],
)
def test_agreements_signed_by_their_name(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t == "SUPPORT" and s == parties and a for t, s, _, a in sides)


def test_withdrawing_from_a_named_statute(resources):
    events = coded(resources, "Burundi withdrew from the Rome Statute.")
    assert [(e.event_type, e.cameo) for e in events] == [("SANCTION", "160")]


def test_a_plural_name_that_is_no_agreement(resources):
    # "the Philippines" is no accord: nothing is signed
    assert not coded(resources, "The delegates visited the Philippines and signed autographs.")


# ------------------------------------------------------------------------------------------------
# force used, campaigns of strikes


def test_an_intent_to_use_force_is_a_threat(resources):
    sides = event_sides(resources, "China is prepared to use force against Taiwan.")
    assert ("THREATEN", fs("CHN"), fs("TWN"), True) in sides
    assert not any(t == "AGREE" for t, *_ in sides)


def test_force_a_party_was_prepared_for_with_no_one_named_is_no_agreement(resources):
    sides = event_sides(
        resources, "Japan says it is prepared to authorize the use of force to protect its ships."
    )
    assert not any(t == "AGREE" for t, *_ in sides)


def test_police_force_is_no_attack(resources):
    # no party on either side: nothing coded
    assert not coded(resources, "Police used force to disperse the crowd.")


def test_an_election_campaign_is_no_strike(resources):
    assert not coded(resources, "Biden launched his election campaign against Trump in Ohio.")


# ------------------------------------------------------------------------------------------------
# meetings attended; joint statements released


def test_a_meeting_held_and_attended(resources):
    sides = event_sides(
        resources,
        "A meeting was held in Lima attended by representatives from Colombia, Peru and Ecuador.",
    )
    assert ("CONSULT", fs("COL", "PER", "ECU"), fs(), True) in sides


def test_a_meeting_held_after_a_protest_names_no_party(resources):
    assert not coded(
        resources, "A meeting was held in Lima after the square was occupied by protesters."
    )


@pytest.mark.parametrize("verb", ["released", "published"])
def test_a_joint_statement_released(resources, verb):
    sides = event_sides(resources, f"The United States and Japan {verb} a joint statement.")
    assert ("AGREE", fs("USA", "JPN"), fs(), True) in sides


def test_a_video_released_is_no_act_of_its_publisher(resources):
    # the attack it shows is no act of whoever released the video
    sides = event_sides(resources, "Hamas released a video of the attack on Israel.")
    assert not any(s for _, s, _, _ in sides)


# ------------------------------------------------------------------------------------------------
# forces leaving


def test_a_minister_leaving_a_country_is_no_withdrawal(resources):
    assert not any(
        e.event_type == "RETREAT"
        for e in coded(resources, "The French foreign minister left Mali after the talks.")
    )


# ------------------------------------------------------------------------------------------------
# accidents and storms; not fighting, not protesting, not attacking, not diplomacy


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Hagibis hits eastern Japan, leaving 40 people dead.",
        "Hurricane Dorian struck the Bahamas on Sunday.",
        "A Kenyan airliner crashes en route to Mogadishu, Somalia, killing all 44 on board.",
    ],
)
def test_storms_and_crashes_are_no_attacks(resources, text):
    assert "ASSAULT" not in _types(coded(resources, text), asserted_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands helped Belgium fight the floods.",
        "Kenyan farmers are fighting locusts with help from Ethiopia.",
        "Greek firefighters fought the blaze with help from Cyprus.",
    ],
)
def test_fighting_a_flood_is_no_fight(resources, text):
    assert "ASSAULT" not in _types(coded(resources, text), asserted_only=False)


def test_fighting_rebels_is_still_a_fight(resources):
    assert "ASSAULT" in _types(coded(resources, "Russia helped Syria fight the rebels."))


def test_demonstrating_a_missile_is_no_protest(resources):
    events = coded(resources, "North Korea demonstrated two short-range ballistic missiles.")
    assert not {"PROTEST", "ACCUSE"} & _types(events, asserted_only=False)


@pytest.mark.parametrize(
    "text",
    ["China took a neutral position on the war.", "France takes no position on the dispute."],
)
def test_a_position_taken_is_no_ground(resources, text):
    assert "ASSAULT" not in _types(coded(resources, text))


def test_joining_fellow_members_is_no_diplomacy(resources):
    text = "Norway and Ireland won seats on the Security Council, joining new members India and Mexico."
    assert "SUPPORT" not in _types(coded(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Two Filipino seafarers who travelled to Oman tested positive.",
        "Hundreds of Moroccan fans travelled to Qatar for the match.",
    ],
)
def test_private_people_travelling_visit_no_state(resources, text):
    assert "CONSULT" not in _types(coded(resources, text))


# ------------------------------------------------------------------------------------------------
# stances: an act wanted of an unnamed other; the recipient of a purpose clause


def test_wanting_an_unnamed_other_to_act_is_no_intent(resources):
    # the wanted withdrawal is the forces', not the Taliban's: no intent (AGREE) of its own
    types = _types(coded(resources, "The Taliban wants foreign forces to leave the country."))
    assert "AGREE" not in types


def test_agreeing_that_ones_own_officials_will_meet(resources):
    sides = event_sides(
        resources, "China and the United States agreed that senior officials would resume talks."
    )
    assert ("AGREE", fs("CHN", "USA"), fs(), True) in sides


def test_a_threat_kept_open_is_aimed_through_its_purpose(resources):
    text = (
        "Trump refused to rule out using military force to take control of Greenland and the "
        "Panama Canal."
    )
    found = dyads(resources, text, date="2025-01-07")
    assert {("THREATEN", "USA", "GRL"), ("THREATEN", "USA", "PAN")} <= found


def test_a_relative_clause_lends_no_recipient(resources):
    text = (
        "Belarus and China agree to strengthen security cooperation, which includes "
        "collaboration with Macau."
    )
    assert not any(t == "MAC" for e in coded(resources, text) for t in (a.code for a in e.target))


# ------------------------------------------------------------------------------------------------
# an arrest judged: held by the state they are held in


def test_condemning_an_arrest_abroad_accuses_the_state_holding_them(resources):
    found = dyads(resources, "France condemned the arrest of two French citizens in Iran.")
    assert {("ACCUSE", "FRA", "IRN"), ("COERCE", "IRN", "FRA")} <= found


def test_an_arrest_at_home_of_a_foreign_spy_accuses_no_one(resources):
    # the arrest is Germany's own: condemning it accuses no other state
    found = dyads(resources, "Germany condemned the arrest of a Russian spy in Berlin.")
    assert not any(t == "ACCUSE" for t, _, _ in found)


def test_a_fugitive_arrested_abroad_is_law_enforcement(resources):
    found = dyads(resources, "Italy welcomed the arrest of an Italian fugitive in Brazil.")
    assert not any(s == "BRA" for _, s, _ in found)


# ------------------------------------------------------------------------------------------------
# agreements ended by their noun; a partner taken off a preferred list


def test_the_termination_of_agreements_announced(resources):
    found = dyads(
        resources,
        "President Mahmoud Abbas announces the termination of all agreements with Israel.",
    )
    assert ("SANCTION", "PSE", "ISR") in found
    assert not any(t == "AGREE" for t, _, _ in found)


def test_a_cancelled_pact_is_no_cooperation_told(resources):
    sides = event_sides(
        resources, "Mali announced the cancellation of its defence agreement with France."
    )
    assert ("SANCTION", fs("MLI"), fs("FRA"), True) in sides
    assert not any(t == "COOPERATE" and a for t, _, _, a in sides)


def test_an_agreement_announced_is_still_one(resources):
    sides = event_sides(resources, "Israel and Morocco announced an agreement on flights.")
    assert any(t == "AGREE" and s == fs("ISR", "MAR") and a for t, s, _, a in sides)


# ------------------------------------------------------------------------------------------------
# one asserted dyad each: what a mechanism must code, and what each must-not-fire case above has
# as its counterpart that must still fire


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        pytest.param(
            "Russia imposed new sanctions on Ukraine.",
            ("SANCTION", "RUS", "UKR"),
            id="an_object_with_a_number_is_still_the_act",
        ),
        pytest.param(
            "China used force against Taiwan's coast guard.",
            ("ASSAULT", "CHN", "TWN"),
            id="force_used_against_a_party",
        ),
        pytest.param(
            "The United States stepped up its airstrike campaign against the Taliban.",
            ("ASSAULT", "USA", "AFG"),
            id="a_campaign_of_airstrikes",
        ),
        pytest.param(
            "The last French troops left Mali.",
            ("RETREAT", "FRA", "MLI"),
            id="troops_leaving_a_country_withdraw",
        ),
        pytest.param(
            "Russian missiles hit Kyiv overnight.",
            ("ASSAULT", "RUS", "UKR"),
            id="a_named_force_still_hits",
        ),
        pytest.param(
            "Thousands demonstrated against the United States in Baghdad.",
            ("PROTEST", "IRQ", "USA"),
            id="demonstrating_against_a_party_is_a_protest",
        ),
        pytest.param(
            "Russian forces took Ukrainian positions near Bakhmut.",
            ("ASSAULT", "RUS", "UKR"),
            id="positions_taken_by_force_are_ground",
        ),
        pytest.param(
            "Sweden joined NATO in March.",
            ("SUPPORT", "SWE", "NATO"),
            id="joining_an_alliance_is_still_diplomacy",
        ),
        pytest.param(
            "The Philippine foreign secretary travelled to Oman for talks.",
            ("CONSULT", "PHL", "OMN"),
            id="an_official_travelling_still_visits",
        ),
        pytest.param(
            "Iran wants US troops to leave Iraq.",
            ("REQUEST", "IRN", "USA"),
            id="wanting_a_named_other_to_act_asks_it",
        ),
        pytest.param(
            "South Korea removed Japan from its preferred trade list.",
            ("SANCTION", "KOR", "JPN"),
            id="a_partner_removed_from_a_preferred_trade_list",
        ),
        pytest.param(
            "The United States removed Cuba from its list of state sponsors of terrorism.",
            ("CONCEDE", "USA", "CUB"),
            id="a_state_removed_from_a_terror_list_is_a_concession",
        ),
    ],
)
def test_an_asserted_dyad(resources, text, dyad):
    assert dyad in dyads(resources, text)
