"""The nineteenth round of constructions (issue 9), from sentences written in the register of
long news articles (the Wikinews kind: reported speech, participles, relative clauses) rather
than one-line summaries.

- A speaker saying another party "has no right to" act censures it (CAMEO 111).
- "Holds Y responsible for downing ..." blames Y when the harm is a gerund too; "terrorism" and
  "aggression" are harms one is blamed for.
- "Downed a drone": the verb "down" is a shoot-down; what an act struck is not the means it was
  made with (no "drone strike" mode for a drone shot down).
- A pact restored, renewed or extended binds its parties anew (CAMEO 057).
- Accepting an act judges its doer: "would not accept the deal signed by Turkey and Libya"
  (AGREE or its refusal, aimed at the signers); "described the deal signed by X as illegal" and
  "the deal signed by X, which he described as illegal" censure the signers.
- A site "housing" or "hosting" foreign troops is theirs when it is struck.
- A state expecting another to act asks it to (REQUEST), unless what it expects is a hostile act,
  which it foresees.
- A passive summons names the summoner in its "to" phrase ("was summoned to the foreign ministry
  in Stockholm").
- Warplanes intercepting another state's aircraft show force to it (CAMEO 150); drones and
  missiles intercepted do not.
- Words: "neutralised 15 militants" is killing them; helmets and body armour are aid; "sanctions
  relief" is the easing of sanctions, not humanitarian relief; fighting a disease is no fight;
  blocking a budget or a decision of a body is a veto; advisers provided to a state by object.
- Later parts: joint news conferences, attacks claimed later, "the group" and office holders of armed groups, arms by
  their maker's country, works built abroad, courses and failures judged in voiced clauses,
  censure adverbs, a party joined in an act, the reason for an act aimed at a party as that
  party's deed, people set free, pacts brokered in the passive, works matched through "of",
  troops sent to train, participles hung on a comma, exercises alongside a partner, pressing
  for a party to act.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# "has no right to"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mexico's president said the United States had no right to interfere.", ("MEX", "USA")),
        (
            '"Britain has no right to lecture us," the Chinese foreign ministry said.',
            ("CHN", "GBR"),
        ),
        ("Japan said China does not have the right to block the ship.", ("JPN", "CHN")),
    ],
)
def test_denying_a_party_the_right_to_act_censures_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said Russia had the right to attend.",
        "Serbia said it had no right to recognise Kosovo.",
    ],
)
def test_a_right_granted_or_ones_own_is_no_censure(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# blame for a harm told by a gerund or a word of wrongdoing


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Netherlands holds Russia responsible for downing the plane.", ("NLD", "RUS")),
        (
            "Iran's foreign minister said the United States was responsible for the economic "
            "terrorism against Iranians.",
            ("IRN", "USA"),
        ),
    ],
)
def test_blame_for_a_gerund_or_for_terrorism(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_responsible_for_a_harmless_task_blames_no_one(resources):
    text = "France said Germany was responsible for organising the summit."
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# shoot-downs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran downed an American drone over the Gulf.", ("IRN", "USA")),
        ("Russian air defences downed a Ukrainian fighter jet.", ("RUS", "UKR")),
    ],
)
def test_downing_an_aircraft_is_an_assault(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_downed_power_lines_are_no_assault(resources):
    assert not coded(resources, "Storms downed power lines in Canada.")


def test_an_aircraft_shot_down_is_not_the_means_of_the_attack(resources):
    (event,) = [
        e
        for e in coded(resources, "Iran shot down an American drone over the Gulf.")
        if e.event_type == "ASSAULT"
    ]
    assert event.mode != "drone", event
    (strike,) = [
        e
        for e in coded(resources, "Israeli jets struck Hamas positions in Gaza.")
        if e.event_type == "ASSAULT"
    ]
    assert strike.mode == "aerial", strike


# ------------------------------------------------------------------------------------------------
# pacts restored, renewed, extended


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("South Korea and Japan restored a military intelligence-sharing pact.", fs("KOR", "JPN")),
        ("Russia extended the grain deal with Ukraine for 60 days.", fs("RUS", "UKR")),
    ],
)
def test_a_pact_restored_or_extended_binds_its_parties(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t in {"SUPPORT", "AGREE"} and s == parties for t, s, _, _ in sides), sides


def test_a_business_deal_renewed_is_no_pact_of_states(resources):
    assert not coded(resources, "The company renewed its deal with the club.")


# ------------------------------------------------------------------------------------------------
# accepting or judging the act of a participle


def test_refusing_a_deal_signed_by_others_rejects_the_signers(resources):
    text = "Greek officials said Athens would not accept the deal signed by Turkey and Libya."
    found = dyads(resources, text)
    assert ("REJECT", "GRC", "TUR") in found and ("REJECT", "GRC", "LBY") in found, found


def test_accepting_a_proposal_made_by_a_party_agrees_with_it(resources):
    text = "Israel accepted the ceasefire proposal made by Egypt."
    assert ("AGREE", "ISR", "EGY") in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Greece described the deal signed by Turkey and Libya as illegal.",
        "The Greek minister said Athens rejected the deal signed by Turkey and Libya, which he "
        "described as illegal.",
    ],
)
def test_a_deal_named_illegal_censures_its_signers(resources, text):
    found = dyads(resources, text)
    assert ("ACCUSE", "GRC", "TUR") in found and ("ACCUSE", "GRC", "LBY") in found, found


def test_a_deal_named_historic_censures_no_one(resources):
    text = "Greece described the deal signed by Cyprus and Egypt as historic."
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# sites housing foreign troops


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran launched missiles at two bases housing US troops in Iraq.", ("IRN", "USA")),
        ("Rebels attacked a camp hosting Turkish soldiers in Syria.", (None, "TUR")),
    ],
)
def test_a_site_housing_foreign_troops_is_theirs_when_struck(resources, text, pair):
    found = {(s, t) for ty, s, t in dyads(resources, text) if ty == "ASSAULT"}
    assert any(t == pair[1] and (pair[0] is None or s == pair[0]) for s, t in found), found


def test_a_site_with_no_foreign_occupants_is_its_countrys(resources):
    text = "Iran launched missiles at two bases in Iraq."
    assert ("ASSAULT", "IRN", "IRQ") in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# expecting another to act


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Merkel told Erdogan that Germany expects Turkey to respect the rights of journalists.",
            ("DEU", "TUR"),
        ),
        ("We expect China to play a constructive role, the US envoy said.", ("USA", "CHN")),
    ],
)
def test_expecting_another_to_act_asks_it_to(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine expects Russia to launch a new offensive in spring.",
        "Israel expects Iran to retaliate.",
        "Japan expects the economy to grow.",
    ],
)
def test_expecting_an_attack_or_a_trend_asks_nothing(resources, text):
    assert not any(t == "REQUEST" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# passive summons, interceptions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Chinese ambassador was summoned to the foreign ministry in Stockholm.",
            ("SWE", "CHN"),
        ),
        ("The Russian envoy was summoned to the Polish foreign ministry.", ("POL", "RUS")),
    ],
)
def test_a_passive_summons_names_the_summoner_in_its_to_phrase(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_a_summons_to_ones_own_ministry_is_no_dyad(resources):
    text = "The Polish envoy was summoned to the Polish foreign ministry."
    assert not dyads(resources, text)


def test_warplanes_intercepting_another_states_aircraft_show_force(resources):
    text = "A Russian fighter jet intercepted a US Navy plane over the Mediterranean."
    assert ("MOBILIZE", "RUS", "USA") in dyads(resources, text)


def test_drones_intercepted_are_no_show_of_force(resources):
    text = "Ukraine intercepted 20 Russian drones overnight."
    assert not any(t == "MOBILIZE" for t, _, _ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey's defence ministry said it had neutralised 15 Kurdish militants in Iraq.",
            "ASSAULT",
        ),
        ("Germany sent 5,000 helmets to Ukraine.", "AID"),
        ("Poland and Hungary blocked the EU budget.", "REJECT"),
        ("Russia is providing Syria with military advisers.", "COOPERATE"),
    ],
)
def test_words_of_the_round(resources, text, expected):
    assert any(t == expected for t, _, _ in dyads(resources, text)), dyads(resources, text)


def test_a_bomb_neutralised_attacks_no_one(resources):
    events = coded(resources, "Police neutralised the bomb in Berlin.")
    assert not any(e.trigger.startswith("neutralised") for e in events), events


def test_sanctions_relief_is_no_humanitarian_aid(resources):
    text = "Iran will limit enrichment in exchange for sanctions relief from the European Union."
    assert not any(e.event_type == "AID" for e in coded(resources, text))


def test_fighting_a_disease_is_no_fight(resources):
    text = "Cuba has sent doctors to Italy to help fight the coronavirus."
    events = coded(resources, text)
    assert not any(e.event_type == "ASSAULT" for e in events), events
    assert any(e.event_type == "AID" for e in events), events


# ------------------------------------------------------------------------------------------------
# help with a giver of its own, meetings in phrases of time, pacts acted under


def test_help_from_another_party_is_its_aid_to_the_doer(resources):
    text = "The Greek coast guard, with help from Frontex, rescued 80 migrants."
    sides = event_sides(resources, text)
    assert any(t == "AID" and "EU" in s and "GRC" in g for t, s, g, _ in sides), sides


def test_help_with_no_giver_stays_folded_into_the_act(resources):
    text = "Japan, with help, rescued the crew of the Chinese ship."
    assert not any(e.trigger == "help" for e in coded(resources, text))


def test_talks_after_a_span_of_time_belong_to_the_clause(resources):
    text = "Turkey agreed to halt its offensive for five days after talks with the United States."
    sides = event_sides(resources, text)
    assert ("CONSULT", fs("TUR", "USA"), fs(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will halt its offensive after talks with the United States.",
        "Iran plans to resume enrichment after talks with the EU.",
    ],
)
def test_talks_after_which_a_future_act_comes_may_be_ahead_too(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "CONSULT" and a for t, _, _, a in sides), sides


def test_whoever_acts_under_a_pact_reached_it(resources):
    text = "Under the agreement reached with Mexico, the United States will drop the tariffs."
    sides = event_sides(resources, text)
    assert ("AGREE", fs("USA", "MEX"), fs(), True) in sides, sides


def test_a_conference_names_those_who_attended_it(resources):
    text = "Merkel hosted a conference in Berlin attended by Putin, Erdogan and Macron."
    found = dyads(resources, text)
    assert {("CONSULT", "DEU", c) for c in ("RUS", "TUR", "FRA")} <= found, found


# ------------------------------------------------------------------------------------------------
# acts named as attacks, wrongs told by verbs, forces moved close to a state, direct flights


def test_an_act_named_an_attack_by_a_party_censures_it(resources):
    text = "The United Kingdom called the poisoning an attack by the Russian state."
    assert ("ACCUSE", "GBR", "RUS") in dyads(resources, text)


def test_an_attack_told_as_an_event_is_no_censure(resources):
    text = "Russia's defence ministry said it repelled a Ukrainian drone attack over the sea."
    found = dyads(resources, text)
    assert ("ASSAULT", "UKR", "RUS") in found and not any(t == "ACCUSE" for t, _, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('China said the US was "politicising" the pandemic.', ("CHN", "USA")),
        ("Poland said Belarus was weaponising migrants.", ("POL", "BLR")),
    ],
)
def test_politicising_and_weaponising_are_wrongs(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia has moved tens of thousands of troops close to Ukraine's border.", ("RUS", "UKR")),
        ("China deployed warships close to Taiwan.", ("CHN", "TWN")),
    ],
)
def test_forces_moved_close_to_a_state_are_massed_at_it(resources, text, pair):
    assert ("MOBILIZE", *pair) in dyads(resources, text)


def test_moving_closer_to_a_state_is_no_show_of_force(resources):
    assert not dyads(resources, "Japan moved closer to India.")


def test_direct_flights_launched_are_economic_cooperation(resources):
    text = "Israel and the UAE launched direct flights between Tel Aviv and Abu Dhabi."
    sides = event_sides(resources, text)
    assert ("COOPERATE", fs("ISR", "ARE"), fs(), True) in sides, sides


def test_an_airline_route_is_no_cooperation_of_states(resources):
    assert not coded(resources, "The airline launched a new route.")


# ------------------------------------------------------------------------------------------------
# acts referred back to, addressees of one's own, help to one's own people


def test_a_seizure_named_illegal_censures_the_seizer_told_before(resources):
    text = (
        "Iran seized a British tanker on Friday. The British government called the seizure illegal."
    )
    assert ("ACCUSE", "GBR", "IRN") in dyads(resources, text)


def test_a_call_on_an_addressee_of_its_own_borrows_no_target(resources):
    text = (
        "Israeli aircraft struck a Hamas post in Gaza. The Palestinian Authority condemned the "
        "strike and called on the international community to intervene."
    )
    found = dyads(resources, text)
    assert ("ACCUSE", "PSE", "ISR") in found and not any(t == "REQUEST" for t, _, _ in found)


def test_a_call_on_it_still_reads_the_party_condemned(resources):
    text = "Pakistan condemned India and called on it to stop."
    assert ("REQUEST", "PAK", "IND") in dyads(resources, text)


def test_evacuating_ones_own_citizens_helps_no_other_state(resources):
    text = "Japan evacuated 200 of its citizens from Wuhan on a chartered flight."
    assert not dyads(resources, text)
    assert ("AID", "TUR", "SYR") in dyads(resources, "Turkey evacuated civilians from Idlib.")


# ------------------------------------------------------------------------------------------------
# sharing, hosting, meetings of a body, expectations of oneself


def test_shared_data_and_shared_vaccines(resources):
    text = "Chinese officials shared the genetic sequence of the virus with the World Health Organization."
    sides = event_sides(resources, text)
    assert ("COOPERATE", fs("CHN", "UN"), fs(), True) in sides, sides
    text = "The United States shared its vaccine supply with Mexico."
    assert ("AID", "USA", "MEX") in dyads(resources, text)


def test_hosting_a_trial_or_a_match_is_no_visit(resources):
    assert not coded(resources, "The UAE is hosting the trial of the Chinese vaccine.")


def test_hosting_foreign_troops_is_military_cooperation(resources):
    found = dyads(resources, "Poland hosts US troops.")
    assert ("COOPERATE", "POL", "USA") in found and not any(t == "CONSULT" for t, _, _ in found)


def test_a_meeting_of_a_body_asked_for_is_asked_of_it(resources):
    text = "Ukraine requested an urgent meeting of the UN Security Council."
    assert ("REQUEST", "UKR", "UN") in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump says he expects to meet Kim soon.",
        "It is widely expected that US vessels may soon sail near the islands.",
    ],
)
def test_an_expectation_of_oneself_or_of_no_one_asks_nothing(resources, text):
    assert not any(e.event_type in {"REQUEST", "AGREE"} for e in coded(resources, text))


# ------------------------------------------------------------------------------------------------
# attacks claimed after they were told without a doer; "the group"; offices of armed groups


def test_an_attack_claimed_later_struck_whom_it_was_told_striking(resources):
    text = (
        "Drones struck two Saudi oil facilities on Saturday. The Houthis said they had carried "
        "out the attack."
    )
    assert ("ASSAULT", "YEM", "SAU") in dyads(resources, text, date="2019-09-15")


def test_an_attack_with_no_earlier_telling_keeps_no_target(resources):
    text = (
        "Heavy rain fell in Riyadh on Saturday. The Houthis said they had carried out the attack."
    )
    assert not dyads(resources, text, date="2019-09-15")


def test_the_group_is_the_armed_group_named_before(resources):
    text = (
        "Drones struck two Saudi oil facilities on Saturday. Houthi spokesman Yahya Sarea said "
        "the group had carried out the attack using ten drones."
    )
    sides = event_sides(resources, text, date="2019-09-15")
    assert any(t == "ASSAULT" and s == fs("YEM") and g == fs("SAU") for t, s, g, _ in sides), sides


def test_the_group_with_no_armed_group_before_is_no_one(resources):
    text = "Chinese officials met the company on Monday. The group will invest in Kenya."
    assert not any(e.event_type == "COOPERATE" for e in coded(resources, text))


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Houthi spokesman Yahya Sarea said it.", "REB"),
        ("Hamas official Basem Naim said it.", "REB"),
        ("Russian spokesman Dmitry Peskov said it.", "GOV"),
    ],
)
def test_a_named_office_holder_of_an_armed_group_is_the_groups(resources, text, sector):
    import datetime as dt

    from detente.pipeline import analyze_doc

    found = analyze_doc(resources.parser(text), resources, dt.date(2019, 9, 15), None)
    (mention,) = found.mentions
    assert mention.actor.sector == sector, mention


# ------------------------------------------------------------------------------------------------
# arms bought by their maker's name, works built in another state, measures faced


def test_arms_bought_named_by_their_makers_country_are_its_aid(resources):
    text = "Turkey bought the Russian S-400 system."
    assert ("AID", "RUS", "TUR") in dyads(resources, text, date="2019-08-15")


def test_a_system_bought_from_no_one_named_is_no_aid(resources):
    assert not coded(resources, "Turkey bought a new system.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia is building a nuclear power plant in Egypt.", ("RUS", "EGY")),
        ("Japan is financing a new port in Kenya.", ("JPN", "KEN")),
    ],
)
def test_works_built_in_another_state_are_economic_cooperation(resources, text, pair):
    assert ("COOPERATE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel is building new settlements in the West Bank.",
        "Egypt is building a new capital.",
        "China is building a naval base in Djibouti.",
    ],
)
def test_settlements_capitals_and_bases_built_are_no_cooperation(resources, text):
    assert not any(t == "COOPERATE" for t, _, _ in dyads(resources, text))


def test_restrictions_faced_from_a_party_are_its_measures(resources):
    text = "Australia faces trade restrictions from China."
    assert ("SANCTION", "CHN", "AUS") in dyads(resources, text)
    assert not coded(resources, "Travellers face restrictions.")


# ------------------------------------------------------------------------------------------------
# courses judged by their adjective, sponsors of terror


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"Turkey is playing a dangerous game in Libya," Macron said.', ("FRA", "TUR")),
        ("Macron said Turkey had taken an illegal step.", ("FRA", "TUR")),
        (
            '"Iran is the world\'s biggest sponsor of terror," Netanyahu told the UN General '
            "Assembly.",
            ("ISR", "IRN"),
        ),
    ],
)
def test_a_course_judged_by_its_adjective_censures_who_takes_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text, date="2020-05-15")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is playing a dangerous game in Libya.",
        "Macron said France was taking a dangerous risk.",
        "Macron said the virus posed a dangerous threat.",
    ],
)
def test_an_unvoiced_or_self_judged_course_censures_no_one(resources, text):
    assert not any(e.event_type == "ACCUSE" for e in coded(resources, text, date="2020-05-15"))


# ------------------------------------------------------------------------------------------------
# failures told of a party, acts judged by their manner, ships as their state's


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India said Pakistan had failed to act against terrorist groups.", ("IND", "PAK")),
        (
            "The Philippines said Chinese vessels had been illegally fishing in its waters.",
            ("PHL", "CHN"),
        ),
        ("Serbia said Kosovo had unilaterally declared independence.", ("SRB", "XKX")),
    ],
)
def test_failures_and_acts_done_illegally_are_censured(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text, date="2020-05-15")


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the talks failed.",
        "India said it had failed to win the vote.",
        "Chinese vessels had been illegally fishing near the islands.",
    ],
)
def test_failures_of_no_party_or_of_oneself_and_unvoiced_manners_censure_no_one(resources, text):
    assert not any(e.event_type == "ACCUSE" for e in coded(resources, text, date="2020-05-15"))


def test_a_hostile_act_told_whole_stays_itself(resources):
    text = "The Philippines said Chinese vessels harassed its ships."
    assert ("THREATEN", "CHN", "PHL") in dyads(resources, text, date="2020-05-15")


def test_a_hostile_act_told_whole_is_also_a_censure_by_its_teller(resources):
    text = "Poland's defence ministry said two Belarusian helicopters violated its airspace."
    found = dyads(resources, text, date="2023-08-01")
    assert ("MOBILIZE", "BLR", "POL") in found and ("ACCUSE", "POL", "BLR") in found, found


def test_news_reported_by_an_agency_and_nested_failures_accuse_no_one(resources):
    text = (
        "Japan's Kyodo news agency reports that North Korea has started rebuilding the reactor "
        "in retaliation for the United States failing to remove it from a list."
    )
    assert not any(e.event_type == "ACCUSE" for e in coded(resources, text, date="2008-09-03"))


# ------------------------------------------------------------------------------------------------
# joining another in an act


@pytest.mark.parametrize(
    ("text", "etype", "sources", "target"),
    [
        (
            "Germany joined France in condemning the Russian attack on Ukraine.",
            "ACCUSE",
            fs("DEU", "FRA"),
            fs("RUS"),
        ),
        (
            "Japan joined the United States in imposing sanctions on Russia.",
            "SANCTION",
            fs("JPN", "USA"),
            fs("RUS"),
        ),
    ],
)
def test_the_party_joined_in_an_act_does_it_too(resources, text, etype, sources, target):
    sides = event_sides(resources, text)
    assert (etype, sources, target, True) in sides, sides


def test_joining_a_body_is_still_a_tie(resources):
    sides = event_sides(resources, "Finland joined NATO on Tuesday.")
    assert any(t == "SUPPORT" and g == fs("NATO") for t, _, g, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# the reason for an act aimed at a party is that party's deed


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The US imposed sanctions on Iran for supplying drones to Russia.", "AID", "IRN", "RUS"),
        ("Beijing lashed out at Washington for selling arms to Taiwan.", "AID", "USA", "TWN"),
        # what the party aimed at harmed is the answering side's own
        ("Russia retaliated against Estonia for expelling its diplomats.", "SANCTION", "EST", "RUS"),
        ("The Philippines condemned China for harassing its ships.", "THREATEN", "CHN", "PHL"),
    ],
)  # fmt: skip
def test_the_reason_for_an_act_is_the_deed_of_whom_it_is_aimed_at(
    resources, text, etype, source, target
):
    sides = event_sides(resources, text)
    assert any(t == etype and s == fs(source) and g == fs(target) for t, s, g, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        # the doer's own people stay its own
        ("The EU sanctioned Belarus for detaining its opposition leaders.", "COERCE", ("BLR", "BLR")),
        ("The US imposed sanctions on Iran for supplying its drones to Russia.", "AID",
         ("IRN", "RUS")),
        # with a party as object, the object did it, as before
        ("Japan thanked India for sending aid to Tonga.", "AID", ("IND", "TON")),
    ],
)  # fmt: skip
def test_the_reason_keeps_the_doers_own(resources, text, etype, pair):
    sides = event_sides(resources, text)
    assert any(t == etype and s == fs(pair[0]) and g == fs(pair[1]) for t, s, g, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# people set free


@pytest.mark.parametrize(
    "text",
    [
        "Iran set the British sailors free on Thursday.",
        "Iran set free the British sailors.",
        "The British sailors were set free by Iran.",
    ],
)
def test_people_set_free_are_released(resources, text):
    assert ("RETREAT", "IRN", "GBR") in dyads(resources, text)


def test_setting_up_or_setting_a_date_frees_no_one(resources):
    for text in (
        "Iran set up a free clinic for Afghan workers.",
        "China set the trial of the Canadian citizens for Monday.",
    ):
        assert not any(e.event_type == "RETREAT" for e in coded(resources, text)), text


# ------------------------------------------------------------------------------------------------
# a pact brokered, told by a passive verb of its own


@pytest.mark.parametrize(
    ("text", "broker", "parties"),
    [
        ("The agreement, signed by the foreign ministers of Serbia and Kosovo, was brokered by "
         "the EU.", "EU", fs("SRB", "XKX")),
        ("The ceasefire between Israel and Hamas was brokered by Egypt.", "EGY", fs("ISR", "PSE")),
        ("Armenia and Azerbaijan signed a peace deal, which was brokered by the United States.",
         "USA", fs("ARM", "AZE")),
    ],
)  # fmt: skip
def test_a_pact_brokered_in_the_passive_mediates_between_its_parties(
    resources, text, broker, parties
):
    sides = event_sides(resources, text)
    assert ("CONSULT", fs(broker), parties, True) in sides, sides


def test_a_pact_brokered_with_no_parties_named_has_no_recipient(resources):
    sides = event_sides(resources, "The truce was mediated by Qatar.")
    assert ("CONSULT", fs("QAT"), frozenset(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# works financed through an "of" phrase; troops sent to train a state's forces


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China will fund the construction of a railway in Kenya.", ("CHN", "KEN")),
        ("Japan financed the expansion of the port in Mombasa.", ("JPN", "KEN")),
    ],
)
def test_works_matched_through_of_keep_their_place(resources, text, pair):
    sides = event_sides(resources, text)
    assert any(t == "COOPERATE" and (s, g) == (fs(pair[0]), fs(pair[1])) for t, s, g, _ in sides)


def test_troops_sent_to_train_a_states_forces_cooperate_with_it(resources):
    text = "Italy is sending 500 soldiers to Niger to train local forces."
    assert ("COOPERATE", "ITA", "NER") in dyads(resources, text)
    assert not any(t == "MOBILIZE" for t, *_ in event_sides(resources, text))


def test_troops_sent_to_a_border_still_mobilise(resources):
    assert ("MOBILIZE", "RUS", "UKR") in dyads(
        resources, "Russia sent troops to the border with Ukraine."
    )


def test_the_phrases_of_a_pact_ended_make_no_agreement(resources):
    text = "The Palestinian president announced the termination of all agreements with Israel."
    assert not any(t == "AGREE" and g for t, _, g, _ in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# working or training beside a partner


def test_a_participle_set_off_by_commas_shares_the_subject(resources):
    text = "Spanish police, working with their French counterparts, arrested five suspects."
    sides = event_sides(resources, text)
    assert ("COOPERATE", fs("ESP", "FRA"), frozenset(), True) in sides, sides


def test_an_exercise_alongside_a_partner_is_joint(resources):
    text = "Egyptian troops took part in the exercise alongside Saudi forces."
    assert ("COOPERATE", "EGY", "SAU") in dyads(resources, text)


def test_an_exercise_near_a_rival_is_no_partnership(resources):
    text = "Chinese forces held an exercise near Taiwan."
    assert not any(t == "COOPERATE" for t, *_ in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# pressing for another party to act


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France is pushing for the EU to impose tariffs on China.", ("FRA", "EU")),
        ("Kenya lobbied for Washington to lift the ban.", ("KEN", "USA")),
        # a party pressed "for" a thing is still the one asked
        ("Vietnam pressed Malaysia for answers over the shooting.", ("VNM", "MYS")),
    ],
)
def test_pressing_for_a_party_to_act_asks_it(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


def test_pushing_for_a_place_asks_no_one(resources):
    text = "Ukrainian troops pushed for the village near Bakhmut."
    assert not any(t == "REQUEST" for t, *_ in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# joining combat; the subject of an expected act


def test_joining_combat_against_a_party_is_fighting_it(resources):
    sides = event_sides(resources, "North Korean troops joined combat against Ukraine.")
    assert ("ASSAULT", fs("PRK"), fs("UKR"), True) in sides, sides
    assert not any(t == "SUPPORT" for t, *_ in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops arrived in Russia. Washington expects them to attack Ukraine.",
        "North Korean troops arrived in Russia. The United States expected them to join combat "
        "against Ukraine.",
    ],
)
def test_them_expected_to_act_is_not_who_expects(resources, text):
    sides = event_sides(resources, text)
    assert ("ASSAULT", fs("PRK"), fs("UKR"), False) in sides, sides
    # a hostile act expected is foreseen: no request, no assent
    assert not any(t in {"REQUEST", "AGREE"} for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# an infinitive after a phrase set off by commas


def test_an_infinitive_after_a_parenthetical_phrase_is_the_verbs(resources):
    text = (
        "The UN General Assembly voted 93 to 18, with 65 abstentions, to pass a resolution "
        "condemning Russia's war against Ukraine."
    )
    assert ("ACCUSE", "UN", "RUS") in dyads(resources, text)


def test_an_infinitive_on_a_plain_phrase_keeps_its_noun(resources):
    text = "Russia rejected the call by Ukraine to hold talks in Istanbul."
    sides = event_sides(resources, text)
    assert not any(t == "CONSULT" and s == fs("RUS") for t, s, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# a joint news conference


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The leaders of France and Germany held a joint news conference in Berlin.",
         fs("FRA", "DEU")),
        ("Macron held a joint press conference with German Chancellor Olaf Scholz in Berlin.",
         fs("FRA", "DEU")),
    ],
)  # fmt: skip
def test_a_joint_news_conference_is_a_meeting(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, frozenset(), True) in sides, sides


def test_a_news_conference_of_ones_own_meets_no_one(resources):
    text = "Israel's military held a press conference in Tel Aviv."
    assert not any(t == "CONSULT" for t, *_ in event_sides(resources, text))
