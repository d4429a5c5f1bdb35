"""News forms of meetings, agreements, support and aid found on real news (issue 9, the
real-news tune set): the constructions behind them, in sentences written for these tests.

Each test names its construction: leaders coordinated inside one misparsed name, a gathering of
several parties, a telephone call, "the two countries" after a visit, the rest of a "between"
list, the destination of a trip on the verb of going, support as backing or as aid, people and
weapons systems sent to help, economic ties.
"""

from __future__ import annotations

import pytest

from support.events import dyads, fs
from support.events import event_sides as pairs


def test_leaders_folded_into_one_name_are_both_parties(resources):
    # the small parser reads "X President A and Y President B" as one name headed by B
    got = pairs(
        resources,
        "On Monday, Brazilian President Luiz Inacio Lula da Silva and French President "
        "Emmanuel Macron spoke on the phone.",
    )
    assert ("CONSULT", fs("BRA", "FRA"), fs(), True) in got


def test_a_telephone_conversation_is_a_call(resources):
    got = pairs(resources, "The Kenyan and Ugandan presidents talked by telephone on Sunday.")
    assert any(t == "CONSULT" and s == fs("KEN", "UGA") for t, s, _, _ in got)


def test_a_gathering_of_several_parties_is_a_meeting(resources):
    got = pairs(
        resources,
        "The Jordanian foreign minister and his Saudi and Egyptian counterparts gathered in "
        "Amman on Tuesday.",
    )
    assert any(t == "CONSULT" and fs("JOR", "SAU", "EGY") <= s for t, s, _, _ in got)
    # one party gathering, or gathering things, is no meeting
    assert not pairs(resources, "Thousands of Kenyans gathered in Nairobi.")
    assert not pairs(resources, "Japan gathered intelligence on China.")


def test_the_two_countries_are_the_parties_of_the_visit_before(resources):
    got = pairs(
        resources,
        "The Indonesian president arrived in Canberra on a state visit to Australia. "
        "The two countries signed a maritime agreement.",
    )
    assert any(t == "SUPPORT" and s == fs("IDN", "AUS") for t, s, _, _ in got)


def test_a_between_list_misread_as_an_apposition_keeps_all_parties(resources):
    got = pairs(resources, "Qatar hosted a meeting between it, Egypt and Jordan in Doha.")
    assert any(t == "CONSULT" and fs("QAT", "EGY", "JOR") <= s | g for t, s, g, _ in got)


def test_a_trip_takes_its_destination_from_the_verb_of_going(resources):
    got = pairs(resources, "The Spanish prime minister went to Rabat for his first foreign trip.")
    assert ("CONSULT", fs("ESP"), fs("MAR"), True) in got
    assert not pairs(resources, "The Spanish prime minister went to the hospital on a visit.")


def test_support_is_backing_unless_it_is_material(resources):
    assert ("SUPPORT", fs("CHL"), fs("PER"), True) in pairs(
        resources, "Chile threw its support behind Peru."
    )
    assert ("SUPPORT", fs("TUR"), fs("AZE"), True) in pairs(
        resources, "The president of Turkey vowed support for Azerbaijan."
    )
    assert ("SUPPORT", fs("GBR"), fs("UKR"), True) in pairs(
        resources, "Britain's support for Ukraine angered Moscow."
    )
    assert ("AID", fs("DEU"), fs("POL"), True) in pairs(
        resources, "Germany offered military support to Poland."
    )
    assert ("AID", fs("JPN"), fs("LKA"), True) in pairs(
        resources, "Japan provided financial support to Sri Lanka."
    )


def test_people_and_weapon_systems_sent_to_help_are_aid(resources):
    assert ("AID", fs("CUB"), fs("ITA"), True) in pairs(
        resources, "Cuba sent doctors to Italy to fight the outbreak."
    )
    assert ("AID", fs("DEU"), fs("UKR"), True) in pairs(
        resources, "Germany delivered a third air-defence system to Ukraine."
    )


def test_economic_ties_opened_are_cooperation(resources):
    got = pairs(resources, "Armenia and Turkey opened economic ties.")
    assert ("COOPERATE", fs("ARM", "TUR"), fs(), True) in got


def test_private_people_travelling_are_no_diplomacy(resources):
    assert not pairs(resources, "Canadian tourists visited Cuba in large numbers.")
    got = pairs(resources, "The Canadian foreign minister visited Cuba.")
    assert ("CONSULT", fs("CAN"), fs("CUB"), True) in got


def test_what_a_deadline_asks_for_has_not_happened(resources):
    got = pairs(
        resources, "Qatar said its deadline for Egypt to resume fuel deliveries to Gaza expired."
    )
    assert not any(t == "AID" and ok for t, _, _, ok in got)


def test_regional_bank_and_chinese_region_are_not_the_countries_they_sound_like(resources):
    got = pairs(resources, "Brazil opened talks with the Inter-American Development Bank.")
    assert any(t == "CONSULT" and s == fs("BRA", "IGO") for t, s, _, _ in got)
    assert not any(
        "MNG" in s | g
        for _, s, g, _ in pairs(resources, "The Chinese premier toured Inner Mongolia.")
    )


def test_agreeing_on_what_no_one_named_should_do_is_no_threat(resources):
    got = pairs(
        resources,
        "The Italian and Spanish leaders agreed that a peacekeeping force must be sent to Chad.",
    )
    assert not any(t == "THREATEN" for t, *_ in got)


def test_recognising_a_group_as_terrorist_is_no_support(resources):
    got = pairs(resources, "Canada designated Iran's Revolutionary Guards as a terrorist entity.")
    assert ("ACCUSE", fs("CAN"), fs("IRN"), True) in got
    assert not any(t == "SUPPORT" for t, *_ in got)
    assert ("SUPPORT", fs("NOR"), fs("PSE"), True) in pairs(
        resources, "Norway recognized Palestine as a state."
    )


def test_who_speaks_at_a_summit_attends_it(resources):
    got = pairs(resources, "The Indonesian president, at the ASEAN summit in Manila, said little.")
    assert any(t == "CONSULT" and s == fs("IDN", "IGO") for t, s, _, _ in got)
    got = pairs(resources, "Xi Jinping spoke at the ASEAN summit in Jakarta.")
    assert any(t == "CONSULT" and s == fs("CHN", "IGO") for t, s, _, _ in got)


def test_the_claimant_of_an_attack_did_it(resources):
    got = pairs(
        resources, "The Taliban claimed responsibility for an attack that killed Pakistani troops."
    )
    assert any(t == "ASSAULT" and s == fs("AFG") for t, s, _, _ in got)


def test_a_support_verb_participle_names_the_source_of_its_noun(resources):
    got = pairs(resources, "A drone strike carried out by Turkey killed two Iraqi soldiers.")
    assert ("ASSAULT", fs("TUR"), fs("IRQ"), True) in got


def test_ceding_ground_and_ending_a_campaign_are_retreats(resources):
    assert ("RETREAT", fs("ARM"), fs("AZE"), True) in pairs(
        resources, "Armenian forces ceded the district to Azerbaijan."
    )
    assert ("RETREAT", fs("SAU"), fs("YEM"), True) in pairs(
        resources, "Saudi Arabia said it is ending its bombing campaign in Yemen."
    )


def test_a_text_that_speaks_meets_no_one(resources):
    got = pairs(
        resources,
        "Japan and Korea issued statements speaking of a new crisis on the peninsula.",
    )
    assert not any(t == "CONSULT" for t, *_ in got)


def test_more_cooperation_with_several_partners_is_cooperation_with_each(resources):
    got = pairs(resources, "Egypt has increased cooperation with the navies of Greece and Italy.")
    coop = [(s, g) for t, s, g, _ in got if t == "COOPERATE"]
    assert coop == [(fs("EGY"), fs("GRC", "ITA"))]


def test_fighting_terrorism_together_is_no_fight_between_them(resources):
    got = pairs(resources, "Iran and Iraq agreed to cooperate in fighting terrorism.")
    assert not any(t == "ASSAULT" for t, *_ in got)


# -- visits told by landing, or by being "on a visit" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US secretary of state landed in Seoul on Sunday for talks.", ("USA", "KOR")),
        ("Indonesia's president is on a visit to China this week.", ("IDN", "CHN")),
    ],
)  # fmt: skip
def test_landing_somewhere_and_being_on_a_visit_are_visits(resources, text, pair):
    assert ("CONSULT", *pair) in dyads(resources, text)


def test_commenting_on_someone_elses_visit_is_no_visit_by_the_speaker(resources):
    found = dyads(
        resources, "China's foreign minister commented on the visit to Japan by the US president."
    )
    assert ("CONSULT", "CHN", "JPN") not in found


def test_every_country_a_role_phrase_coordinates_takes_part(resources):
    text = "Foreign ministers from Hungary and Poland met officials from Germany in Berlin."
    sides = [set(s) | set(t) for typ, s, t, a in pairs(resources, text) if typ == "CONSULT"]
    assert {"HUN", "POL", "DEU"} in sides


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and China finalized a ten-billion-dollar energy agreement on Tuesday.",
        "Israel and Lebanon sealed a maritime border deal.",
    ],
)  # fmt: skip
def test_finalising_or_sealing_a_deal_is_an_agreement_of_both(resources, text):
    assert any(typ == "AGREE" and len(s) == 2 and a for typ, s, _, a in pairs(resources, text))


# -- who arrives: a visitor, a vehicle, or armed forces -------------------------------------------


def test_a_ship_that_arrives_visits_no_one(resources):
    found = dyads(
        resources,
        "A North Korean cargo ship loaded with coal arrived in Pago Pago, American Samoa.",
    )
    assert not any(t == "CONSULT" for t, _, _ in found)


def test_troops_that_arrive_are_a_deployment_not_a_visit(resources):
    found = dyads(resources, "About 150 soldiers from Australia have arrived in Tonga.")
    assert ("MOBILIZE", "AUS", "TON") in found
    assert not any(t == "CONSULT" for t, _, _ in found)


def test_a_minister_who_arrives_still_visits(resources):
    assert ("CONSULT", "CHN", "PAK") in dyads(
        resources, "The Chinese foreign minister arrived in Islamabad."
    )


def test_a_return_home_visits_no_one(resources):
    text = "Lebanon's prime minister arrived in Beirut for the first time since resigning in Saudi Arabia."
    assert not any(t == "CONSULT" for t, _, _ in dyads(resources, text))


def test_a_visit_to_a_summit_goes_where_the_summit_was_held(resources):
    text = "The Turkish president travelled to the summit, which was held in Baku."
    assert ("CONSULT", "TUR", "AZE") in dyads(resources, text)


# -- working together: "teamed up", "joined forces", "jointly built" --------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("France and Germany teamed up to develop a new fighter jet.", {"FRA", "DEU"}),
        ("Italy and Greece joined forces to patrol the Ionian Sea.", {"ITA", "GRC"}),
        ("Russia and China will jointly build a lunar research station.", {"RUS", "CHN"}),
        ("India and Japan will work together on the high-speed rail line.", {"IND", "JPN"}),
    ],
)  # fmt: skip
def test_working_together_is_cooperation_of_both(resources, text, parties):
    assert any(typ == "COOPERATE" and s == parties for typ, s, _, _ in pairs(resources, text))


def test_a_space_probe_is_no_investigation(resources):
    found = pairs(resources, "Japan launched a probe to the asteroid Ryugu with help from France.")
    assert not any(typ == "ACCUSE" for typ, _, _, _ in found)


def test_building_a_ship_is_no_mobilisation(resources):
    found = pairs(resources, "Germany built the frigate for the Egyptian navy in Kiel.")
    assert not any(typ == "MOBILIZE" for typ, _, _, _ in found)


# -- agreements reached, secured, approved; ties between two named parties ---------------------


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        ("Kenya said it had secured a deal with Japan on port access.", "AGREE", ("KEN", "JPN")),
        ("A ceasefire deal was reached in Doha between Sudan and Chad.", "AGREE", ("SDN", "TCD")),
        ("The Mongolian parliament approved a defence pact with South Korea.", "SUPPORT", ("MNG", "KOR")),
        ("Oman announced a military alliance with Jordan.", "COOPERATE", ("OMN", "JOR")),
        ("Chile and Peru issued a joint statement on the fishing dispute.", "AGREE", ("CHL", "PER")),
    ],
)  # fmt: skip
def test_agreements_secured_reached_approved_or_stated_jointly(resources, text, etype, parties):
    got = pairs(resources, text)
    assert any(t == etype and s >= fs(*parties) and a for t, s, _, a in got)


def test_ties_between_two_others_are_theirs_not_the_brokers(resources):
    got = pairs(resources, "Qatar brokered a deal to restore ties between Egypt and Turkey.")
    ties = [s for t, s, _, _ in got if t == "SUPPORT"]
    assert ties == [fs("EGY", "TUR")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Thai and Malaysian navies carried out a joint search for the fishing boat.", ("THA", "MYS")),
        ("Norway and Iceland will work closely on fisheries, the two ministers said.", ("NOR", "ISL")),
    ],
)  # fmt: skip
def test_joint_work_and_working_closely_are_cooperation(resources, text, parties):
    got = pairs(resources, text)
    assert any(t == "COOPERATE" and s >= fs(*parties) for t, s, _, _ in got)


def test_helping_a_state_is_aid_to_it(resources):
    assert ("AID", "DEU", "UKR") in dyads(resources, "Germany helped Ukraine rebuild its grid.")
    assert not any(t == "AID" for t, _, _ in dyads(resources, "Germany helped to end the war."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lithuania stands with Ukraine.", ("LTU", "UKR")),
        ("Brazil joined the case in support of South Africa.", ("BRA", "ZAF")),
    ],
)  # fmt: skip
def test_standing_with_a_state_or_acting_in_its_support_backs_it(resources, text, pair):
    got = pairs(resources, text)
    assert any(t == "SUPPORT" and s == fs(pair[0]) and g == fs(pair[1]) for t, s, g, _ in got)


def test_standing_by_without_a_party_backs_no_one(resources):
    got = pairs(resources, "Rescue teams stood by as the storm passed.")
    assert not any(t == "SUPPORT" for t, _, _, _ in got)


# -- meetings: partners named by family name, rounds of talks, calls taken, guests welcomed ------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a leader's family name after "with" is the partner, though the parser tags it a place
        ("Putin spoke with Modi by phone on Friday.", ("RUS", "IND")),
        ("Yoon was in Washington for a summit with Biden.", ("KOR", "USA")),
        ("Egypt and Qatar held a third round of talks in Cairo.", ("EGY", "QAT")),
        ("The Thai and Cambodian ministers exchanged views on the border.", ("THA", "KHM")),
    ],
)  # fmt: skip
def test_meetings_by_surname_round_of_talks_and_exchanged_views(resources, text, parties):
    got = pairs(resources, text)
    assert any(t == "CONSULT" and s >= fs(*parties) and a for t, s, _, a in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Saudi foreign minister received a phone call from his Iranian counterpart.", ("IRN", "SAU")),
        ("Chinese President Xi Jinping welcomed Brazilian President Lula to Beijing.", ("CHN", "BRA")),
    ],
)  # fmt: skip
def test_a_call_taken_comes_from_the_caller_and_a_guest_welcomed_is_hosted(resources, text, pair):
    assert ("CONSULT", *pair) in dyads(resources, text)


def test_a_call_from_no_party_and_a_welcomed_decision_are_no_meetings(resources):
    assert not dyads(resources, "The minister received a call from reporters.")
    got = dyads(resources, "Germany welcomed the decision by France.")
    assert not any(t == "CONSULT" for t, _, _ in got)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Russia and Turkey jointly patrolled the highway near Idlib.", ("RUS", "TUR")),
        ("Kenyan police searched the forest together with Somali troops.", ("KEN", "SOM")),
    ],
)  # fmt: skip
def test_acting_jointly_or_together_with_a_state_is_cooperation(resources, text, parties):
    got = pairs(resources, text)
    assert any(t == "COOPERATE" and s >= fs(*parties) and a for t, s, _, a in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spain transferred the suspect to France on Monday.", ("ESP", "FRA")),
        ("Norway conducted training for Ukrainian soldiers.", ("NOR", "UKR")),
    ],
)  # fmt: skip
def test_suspects_handed_over_and_forces_trained_are_cooperation(resources, text, pair):
    assert ("COOPERATE", *pair) in dyads(resources, text)


def test_a_suspect_taken_to_a_hospital_is_no_handover(resources):
    assert not dyads(resources, "Spanish police transferred the suspect to a hospital.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Guatemala opened its embassy in Jerusalem.", ("SUPPORT", "GTM", "ISR")),
        ("The US Commerce Department added 12 Russian firms to its entity list.", ("SANCTION", "USA", "RUS")),
        ("Beijing listed five American defence companies on its unreliable entity list.", ("SANCTION", "CHN", "USA")),
    ],
)  # fmt: skip
def test_embassies_opened_and_firms_blacklisted(resources, text, triple):
    assert triple in dyads(resources, text, date="2024-03-05")


def test_a_list_of_speakers_blacklists_no_one(resources):
    assert not dyads(resources, "The ministry added three names to the list of speakers.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey sent masks and ventilators to Spain.", ("AID", "TUR", "ESP")),
        ("Austria took in patients from Slovenia to relieve its hospitals.", ("AID", "AUT", "SVN")),
    ],
)  # fmt: skip
def test_medical_supplies_sent_and_patients_taken_in_are_aid(resources, text, triple):
    assert triple in dyads(resources, text)


def test_a_hospital_admitting_patients_aids_no_one(resources):
    assert not dyads(resources, "The Kenyan hospital admitted three patients on Monday.")
