"""Wider recall for the conflict types (issue 9): force, coercion, sanctions, threats, shows of
force and retreats, each through a general construction or a lexicon class.

Sentences written for these tests in the register of wire copy. Each construction has its
positive cases and, beside them, the negative ones that keep it from adding wrong pairs.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides


def mutual_parties(resources, text: str, etype: str) -> set[frozenset[str]]:
    """The party sets of the asserted mutual events of one type."""
    return {
        frozenset(a.code for a in e.source if a.code)
        for e in coded(resources, text)
        if e.asserted and e.mutual and e.event_type == etype
    }


# -- a "between" phrase names every party of a clash, even with no subject ---------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Fighting between Russian and Ukrainian troops has left 40 dead.", {"RUS", "UKR"}),
        ("Four villagers were killed in a shootout between Afghan and Pakistani border guards.", {"AFG", "PAK"}),
        ("A shootout between Indian and Chinese soldiers broke out on Monday.", {"IND", "CHN"}),
    ],
)  # fmt: skip
def test_a_between_phrase_gives_all_parties_of_a_clash(resources, text, parties):
    assert frozenset(parties) in mutual_parties(resources, text, "ASSAULT")


def test_a_shootout_with_an_agent_invents_no_country(resources):
    text = "A suspect was injured in a shootout with a Mexican police officer near the US–Mexico border."
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Israeli settlers were engaging in farming activities in the West Bank.",
        "Both governments engaged in talks with Iran on Monday.",
    ],
)  # fmt: skip
def test_engaging_in_an_activity_is_no_fight(resources, text):
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


def test_engaging_the_enemy_is_a_fight(resources):
    found = event_sides(resources, "Ukrainian troops engaged Russian forces near Bakhmut.")
    assert any(t == "ASSAULT" and s == {"UKR", "RUS"} for t, s, _, _ in found)


# -- military action as an event noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Three people were killed in a Turkish military action against Kurdish fighters in northern Iraq.", ("TUR", "IRQ")),
        ("Egypt launched a military intervention in Libya on Sunday.", ("EGY", "LBY")),
    ],
)  # fmt: skip
def test_military_action_or_intervention_is_force(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_legal_action_is_no_force(resources):
    text = "Canada took legal action against India at the trade body."
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


# -- shows of force: warning shots, military aircraft flying over a country --------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Israeli navy fired warning shots at a Turkish vessel.", ("ISR", "TUR")),
        ("Chinese coast guard ships fired warning shots near a Philippine boat.", ("CHN", "PHL")),
    ],
)  # fmt: skip
def test_warning_shots_threaten_force(resources, text, pair):
    found = dyads(resources, text)
    assert ("THREATEN", *pair) in found
    assert ("ASSAULT", *pair) not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian bombers flew over Japan on Tuesday.", ("RUS", "JPN")),
        ("A Chinese drone plane flew over Taiwan.", ("CHN", "TWN")),
        ("Hezbollah flew a drone plane over Israel.", ("LBN", "ISR")),
    ],
)  # fmt: skip
def test_military_aircraft_flying_over_a_country_show_force(resources, text, pair):
    found = dyads(resources, text)
    assert ("MOBILIZE", *pair) in found
    assert ("CONSULT", *pair) not in found


def test_a_leader_flying_over_a_country_shows_no_force(resources):
    found = dyads(resources, "The French president flew over Germany on his way to Poland.")
    assert not any(t == "MOBILIZE" for t, _, _ in found)


# -- sanctions: visa bars, restrictions on officials, recognition switched, cooperation halted ------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia announced a visa bar on American officials.", ("RUS", "USA")),
        ("China imposed new restrictions on American officials visiting Tibet.", ("CHN", "USA")),
        ("Honduras switched diplomatic recognition from Taiwan to China.", ("HND", "TWN")),
        ("The island state shifted its recognition from Taipei to Beijing.", None),
    ],
)  # fmt: skip
def test_bars_restrictions_and_switched_recognition_are_sanctions(resources, text, pair):
    found = dyads(resources, text)
    if pair is None:  # the subject names no state: no sanction by anyone
        assert not any(t == "SANCTION" for t, _, _ in found)
    else:
        assert ("SANCTION", *pair) in found


def test_halting_cooperation_is_a_mutual_sanction(resources):
    text = "Japan and South Korea halted military cooperation after the dispute."
    assert frozenset({"JPN", "KOR"}) in mutual_parties(resources, text, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish president postponed his visit to France because of a strike at home.",
        "US Vice President Mike Pence postponed his trip to Brazil to attend the summit.",
    ],
)  # fmt: skip
def test_a_postponed_visit_is_no_sanction(resources, text):
    assert not any(t == "SANCTION" for t, _, _ in dyads(resources, text))


def test_a_cancelled_visit_still_is(resources):
    found = dyads(resources, "Turkey cancelled the minister's visit to Sweden over the protest.")
    assert ("SANCTION", "TUR", "SWE") in found


# -- retreats: exchanges of prisoners and of the dead, a ceasefire extended on a place -------------


def test_an_exchange_of_bodies_is_mutual(resources):
    text = "Armenia and Azerbaijan exchanged the bodies of soldiers killed in the fighting."
    assert frozenset({"ARM", "AZE"}) in mutual_parties(resources, text, "RETREAT")


def test_a_ceasefire_extended_on_a_place(resources):
    found = dyads(resources, "Israel extended the ceasefire on the Gaza Strip for another day.")
    assert ("RETREAT", "ISR", "PSE") in found


# -- the attacker named on the weapon that modifies the event word ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Hamas commander was killed in an IDF drone strike in southern Lebanon.", ("ISR", "PSE")),
        ("Two Turkish soldiers were wounded by Syrian army artillery fire near Idlib.", ("SYR", "TUR")),
    ],
)  # fmt: skip
def test_a_name_on_the_weapon_of_an_attack_is_its_source(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_name_on_the_place_attacked_is_no_source(resources):
    text = "Libya made 50 arrests over the U.S. Consulate attack in Benghazi."
    assert not any(t == "ASSAULT" and s == "USA" for t, s, _ in dyads(resources, text))


# -- the recipient named by the attack noun folded into a verb of harm --------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Five soldiers were killed in a Russian strike on a Ukrainian base.", ("RUS", "UKR")),
        ("A Houthi missile attack on a Dutch cargo ship injured two sailors.", ("YEM", "NLD")),
        ("Two people were killed in a US airstrike on a militant camp in Yemen.", ("USA", "YEM")),
    ],
)  # fmt: skip
def test_the_target_of_a_folded_attack_noun(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_the_victims_named_by_the_verb_come_first(resources):
    found = dyads(resources, "A Russian strike on a depot in Kharkiv killed two Polish volunteers.")
    assert ("ASSAULT", "RUS", "POL") in found


# -- a passive participle acts on the noun it modifies ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Israel intercepted a rocket launched from Gaza at the Israeli city of Ashkelon.", "ASSAULT", ("PSE", "ISR")),
        ("A North Korean cargo ship, seized by the United States last month, reached port.", "COERCE", ("USA", "PRK")),
        ("The EU extended sanctions imposed on Russia.", "SANCTION", ("EU", "RUS")),
    ],
)  # fmt: skip
def test_a_passive_participle_acts_on_its_noun(resources, text, etype, pair):
    assert (etype, *pair) in dyads(resources, text)


def test_an_attack_conducted_by_a_state_stays_one_event(resources):
    text = (
        "A drone attack conducted by the United States killed ten people in Waziristan, Pakistan."
    )
    found = [e for e in coded(resources, text) if e.event_type == "ASSAULT" and e.asserted]
    assert len(found) == 1
    assert ("ASSAULT", "USA", "PAK") in dyads(resources, text)


# -- sanctions lists named in two words; sums of money in aid --------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China listed six American firms on its Unreliable Entities List.", ("CHN", "USA")),
        ("The US added two Russian banks to its sanctions list.", ("USA", "RUS")),
        ("The US Commerce Department added 24 Chinese companies to its entity list.", ("USA", "CHN")),
    ],
)  # fmt: skip
def test_putting_a_countrys_firms_on_a_sanctions_list(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China imposed anti-dumping charges on steel imported from Japan.", ("CHN", "JPN")),
        ("The EU levied anti-dumping duties on Chinese solar panels.", ("EU", "CHN")),
    ],
)  # fmt: skip
def test_anti_dumping_charges_are_a_sanction(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


def test_a_list_of_guests_is_no_sanction(resources):
    found = dyads(resources, "The committee added two Russian scholars to its list of guests.")
    assert not any(t == "SANCTION" for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The United States suspended $700 million in aid to Sudan.",
        "The United States suspended $700 million worth of aid to Sudan.",
    ],
)  # fmt: skip
def test_a_sum_of_aid_suspended_is_a_sanction(resources, text):
    assert ("SANCTION", "USA", "SDN") in dyads(resources, text)


# -- winds and animals are no attackers, whatever place their phrase names --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two British hikers were killed by strong winds in the Czech Republic.",
        "A British tourist was killed by a crocodile in Sri Lanka.",
        "Five people died in floods in Poland and two more were killed by lightning in Austria.",
    ],
)  # fmt: skip
def test_a_mishap_as_passive_agent_is_no_attacker(resources, text):
    assert not any(t == "ASSAULT" and s for t, s, _ in dyads(resources, text))


def test_troops_as_passive_agent_still_attack(resources):
    found = dyads(resources, "Two Indian soldiers were killed by Chinese troops in Ladakh.")
    assert ("ASSAULT", "CHN", "IND") in found


# -- a transnational armed group is coded to the country it fights in ------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France conducted airstrikes against ISIL positions in Iraq.", ("FRA", "IRQ")),
        ("US forces killed a senior Islamic State leader in a raid in northern Syria.", ("USA", "SYR")),
        ("An Iranian general was killed near Syria's Aleppo by Islamic State militants.", ("SYR", "IRN")),
    ],
)  # fmt: skip
def test_a_transnational_group_takes_the_country_it_fights_in(resources, text, pair):
    found = dyads(resources, text)
    assert ("ASSAULT", *pair) in found
    assert not any("IMG" in (s, t) for _, s, t in found)


def test_a_transnational_group_with_no_scene_stays_itself(resources):
    found = dyads(resources, "US forces killed a senior Islamic State leader in a raid.")
    assert ("ASSAULT", "USA", "IMG") in found


# -- a threat to act on a place or party no trigger word names -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Protesters rallied in Panama City over Trump's threat to take back the Panama Canal.", ("USA", "PAN")),
        ("Trump threatened to take over Greenland.", ("USA", "GRL")),
        ("Ankara renewed its threat to seize the Greek islands.", None),
    ],
)  # fmt: skip
def test_the_object_of_a_threatened_act_is_the_target(resources, text, pair):
    found = dyads(resources, text)
    if pair is None:  # "the Greek islands" names no place of the list: no recipient invented
        assert not any(t == "THREATEN" and g not in {"GRC"} for t, _, g in found)
    else:
        assert ("THREATEN", *pair) in found


def test_a_threat_to_close_a_market_names_no_country(resources):
    found = dyads(resources, "The mayor's threat to close the market angered traders.")
    assert not any(t == "THREATEN" for t, _, _ in found)


# -- a gerund in the agent phrase names its own doer -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Turkish soldier was killed by Syrian government artillery shelling near Idlib.", ("SYR", "TUR")),
        ("A Turkish soldier is killed and five more are wounded by Syrian government artillery shelling near Taftanaz.", ("SYR", "TUR")),
        ("Two Indian soldiers were wounded by Pakistani troops firing across the line.", ("PAK", "IND")),
    ],
)  # fmt: skip
def test_a_gerund_agent_names_the_attacker(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


# -- an attack on a place held by a party strikes that party ----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukrainian drones struck an ammunition depot in Russian-occupied Donetsk.", ("UKR", "RUS")),
        ("A Ukrainian drone attack on Russian-occupied Melitopol killed two.", ("UKR", "RUS")),
        ("Two people were killed in a rocket attack by the Polisario Front in the Morocco-occupied Western Sahara.", ("ESH", "MAR")),
    ],
)  # fmt: skip
def test_an_attack_on_a_held_place_strikes_its_holder(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_place_held_by_the_attacked_country_itself_stays_its_own(resources):
    found = dyads(resources, "Russian drones struck a power plant in Ukrainian-held Zaporizhzhia.")
    assert ("ASSAULT", "RUS", "UKR") in found


# -- an act one party prompts another to take is the other's; diplomats expelled "at" a mission -----


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The recognition prompted Georgia to sever its relations with Nicaragua.", ("GEO", "NIC")),
        ("The missile test prompted Japan to impose new sanctions on North Korea.", ("JPN", "PRK")),
    ],
)  # fmt: skip
def test_the_party_prompted_to_act_is_the_source(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


def test_diplomats_expelled_at_a_countrys_mission(resources):
    text = "India expelled two officials at the Pakistan High Commission in New Delhi."
    found = dyads(resources, text)
    assert ("SANCTION", "IND", "PAK") in found


# -- an official shot abroad is no state's forces struck where they fight ---------------------------


def test_an_official_killed_abroad_gets_no_invented_attacker(resources):
    found = dyads(resources, "A senior Syrian government official was shot dead in Sidon, Lebanon.")
    assert ("ASSAULT", "LBN", "SYR") not in found


def test_soldiers_killed_abroad_still_do(resources):
    found = dyads(resources, "Two French soldiers were killed in northern Mali on Sunday.")
    assert ("ASSAULT", "MLI", "FRA") in found


# -- a show of force told amid a standing dispute is aimed at the other side ------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US Air Force deployed six B-2 bombers to Diego Garcia amid rising tensions with Iran.", ("USA", "IRN")),
        ("India deployed extra troops to Ladakh amid the border dispute with China.", ("IND", "CHN")),
        ("China held military drills near its coast amid a standoff with the Philippines.", ("CHN", "PHL")),
        ("Japan deployed destroyers amid tensions caused by Chinese patrols near the islands.", ("JPN", "CHN")),
        ("The US deployed bombers to Guam amid tension caused by North Korea's missile launches.", ("USA", "PRK")),
    ],
)  # fmt: skip
def test_a_show_of_force_amid_a_dispute_targets_the_rival(resources, text, pair):
    assert ("MOBILIZE", *pair) in dyads(resources, text)


def test_a_deployment_amid_a_war_elsewhere_names_no_rival(resources):
    found = dyads(resources, "NATO deployed troops to Poland amid the war in Ukraine.")
    assert ("MOBILIZE", "NATO", "UKR") not in found


# -- people seized or hurt in a raid or operation: its doer is theirs ---------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Three Palestinians were arrested during an Israeli army raid in Jenin.", "COERCE", ("ISR", "PSE")),
        ("Two militants were killed and five were detained in a Turkish military operation in northern Iraq.", "COERCE", ("TUR", "IRQ")),
    ],
)  # fmt: skip
def test_the_doer_of_the_raid_arrests_too(resources, text, etype, pair):
    assert (etype, *pair) in dyads(resources, text)


def test_arrests_during_a_rally_name_no_doer(resources):
    found = dyads(resources, "Two Georgian protesters were arrested during a rally in Tbilisi.")
    assert not any(t == "COERCE" for t, _, _ in found)


# -- the demolition or destruction of buildings as an event noun ------------------------------------


def test_the_demolition_of_homes_is_force(resources):
    text = "The Israeli demolition of refugee shelters in Rafah has left 900 people homeless."
    assert ("ASSAULT", "ISR", "PSE") in dyads(resources, text)


def test_destroying_ones_own_weapons_is_no_force(resources):
    found = dyads(resources, "Syria completed the destruction of its chemical weapons.")
    assert not any(t == "ASSAULT" for t, _, _ in found)


# -- an occupation named as a noun is a standing state, not news ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinian leader said the continued Israeli occupation of the West Bank made a vote impossible.",
        "Beijing said it would never accept Japan's occupation of the islands.",
    ],
)  # fmt: skip
def test_an_occupation_noun_is_no_fresh_attack(resources, text):
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


def test_occupying_a_town_still_is(resources):
    found = dyads(resources, "Russian troops occupied the Ukrainian town of Kupiansk on Monday.")
    assert found & {("ASSAULT", "RUS", "UKR"), ("COERCE", "RUS", "UKR")}


# -- an attack noun whose toll names who was struck -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An Israeli incursion left 1,240 Palestinians homeless.", ("ISR", "PSE")),
        ("The Russian strike left three Ukrainian soldiers dead.", ("RUS", "UKR")),
        ("The Israeli bombing claimed the lives of 12 Lebanese civilians.", ("ISR", "LBN")),
    ],
)  # fmt: skip
def test_the_toll_of_an_attack_names_its_target(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_toll_naming_no_one_gives_no_target(resources):
    found = event_sides(resources, "The Russian attack caused heavy damage.")
    assert any(t == "ASSAULT" and s == {"RUS"} and not g for t, s, g, _ in found)
