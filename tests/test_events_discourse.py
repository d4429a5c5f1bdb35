"""Who an event is aimed at when the sentence does not name it plainly: definite event nouns that
refer back, resolutions and measures adopted by a body, the scene of an attack, a speaker's own
country, parties that acted separately, and words that trigger only in the right context.

The texts are the project's own; each test names the construction it checks.
"""

from __future__ import annotations

import pytest

from support import codes, of_type
from support.events import coded, dyads

# -- definite event nouns that refer back -----------------------------------------------------


def test_condemning_the_test_targets_whoever_tested(resources):
    events = coded(
        resources,
        "Pakistan tested a nuclear-capable ballistic missile on Friday. India condemned the test.",
    )
    accuse = of_type(events, "ACCUSE")
    assert accuse and codes(accuse[0].source) == {"IND"} and codes(accuse[0].target) == {"PAK"}


def test_no_antecedent_no_target(resources):
    accuse = of_type(coded(resources, "India condemned the test."), "ACCUSE")
    assert accuse and not accuse[0].target


def test_an_antecedent_three_sentences_back_is_too_far(resources):
    # beyond three sentences, "the test" is the story's own only when every test told so far
    # is one party's (tests/test_events_eighth_round.py); here two parties tested
    events = coded(
        resources,
        "Pakistan tested a ballistic missile on Friday. North Korea tested a rocket on Saturday. "
        "Markets were calm. Crops were harvested. Rain fell in the north. India condemned the "
        "test.",
    )
    assert not of_type(events, "ACCUSE")[0].target


def test_rejecting_the_sanctions_targets_the_body_that_imposed_them(resources):
    events = coded(
        resources,
        "The European Union imposed sanctions on Belarus over the forced landing. "
        "Belarus's foreign ministry rejected the sanctions.",
    )
    reject = of_type(events, "REJECT")
    assert reject and codes(reject[0].target) == {"EU"}
    # the definite noun retells the earlier sanctions; it is not a sanction by Belarus
    assert not [e for e in of_type(events, "SANCTION") if "BLR" in codes(e.source)]


def test_criticism_drawn_by_an_event_is_aimed_at_its_author(resources):
    events = coded(
        resources,
        "Turkey's president visited northern Cyprus on Monday. "
        "The visit drew sharp criticism from Greece.",
    )
    accuse = of_type(events, "ACCUSE")
    assert accuse and codes(accuse[0].source) == {"GRC"} and codes(accuse[0].target) == {"TUR"}


# -- resolutions and measures -----------------------------------------------------------------


def test_a_resolution_that_bans_exports_is_a_sanction_by_the_council(resources):
    events = coded(
        resources,
        "The UN Security Council adopted Resolution 1970, which bans Libyan exports of oil.",
    )
    sanction = of_type(events, "SANCTION")
    assert sanction and codes(sanction[0].source) == {"UN"}
    assert codes(sanction[0].target) == {"LBY"}


def test_the_measure_in_the_next_sentence_is_still_the_councils(resources):
    events = coded(
        resources,
        "The UN Security Council approved a new resolution on Eritrea on Friday. "
        "The measure caps Eritrea's imports of weapons.",
    )
    sanction = of_type(events, "SANCTION")
    assert sanction and codes(sanction[0].source) == {"UN"}
    assert codes(sanction[0].target) == {"ERI"}


def test_a_relative_clause_hung_on_a_date_belongs_to_the_resolution(resources):
    events = coded(
        resources,
        "The UN Security Council adopted Resolution 1973 on Thursday, which caps Libya's imports.",
    )
    sanction = of_type(events, "SANCTION")
    assert sanction and codes(sanction[0].source) == {"UN"}
    assert codes(sanction[0].target) == {"LBY"}


# -- the speaker's own country ----------------------------------------------------------------


def test_a_warning_is_never_aimed_at_the_speakers_own_country(resources):
    events = coded(
        resources,
        "Indian Defence Minister Rajnath Singh warned that any threat to India would meet a firm "
        "response.",
    )
    threat = of_type(events, "THREATEN")
    assert threat and "IND" not in codes(threat[0].target)


def test_a_government_acting_on_its_own_groups_stays_a_domestic_event(resources):
    events = coded(resources, "The Kenyan government arrested Kenyan opposition activists.")
    coerce = of_type(events, "COERCE")
    assert coerce and codes(coerce[0].target) == {"KEN"}


# -- parties that act separately --------------------------------------------------------------


def test_separate_agreements_are_no_agreement_between_the_signers(resources):
    events = coded(resources, "Chile and Peru signed separate agreements with Bolivia and Ecuador.")
    pairs = {frozenset(codes(e.source)) for e in of_type(events, "SUPPORT")}
    assert frozenset({"CHL", "BOL", "ECU"}) in pairs
    assert frozenset({"PER", "BOL", "ECU"}) in pairs
    assert not any({"CHL", "PER"} <= p for p in pairs)


def test_a_joint_agreement_with_a_partner_pairs_each_signer_with_it(resources):
    # the subject's parties come to the partner as one side (CAMEO pairs a compound subject
    # with its object): Chile with Bolivia, Peru with Bolivia, never Chile with Peru
    events = coded(resources, "Chile and Peru signed an agreement with Bolivia.")
    pairs = {frozenset(codes(e.source)) for e in of_type(events, "SUPPORT")}
    assert pairs == {frozenset({"CHL", "BOL"}), frozenset({"PER", "BOL"})}


# -- protest context --------------------------------------------------------------------------


def test_marching_at_a_ceremony_is_no_protest(resources):
    events = coded(
        resources, "Athletes from Ireland and Britain marched together at the opening ceremony."
    )
    assert not of_type(events, "PROTEST")


def test_marching_against_something_is_a_protest(resources):
    events = coded(resources, "Thousands of Serbians marched in Belgrade against the government.")
    assert of_type(events, "PROTEST")


# -- the scene of an attack -------------------------------------------------------------------


def test_an_attack_on_a_named_city_targets_its_country(resources):
    events = coded(resources, "Russian forces shelled Kharkiv overnight, killing two people.")
    assault = of_type(events, "ASSAULT")
    assert assault and codes(assault[0].source) == {"RUS"} and codes(assault[0].target) == {"UKR"}


def test_a_place_in_the_attackers_own_country_is_no_recipient(resources):
    events = coded(resources, "Ukrainian troops shelled positions near Kharkiv.")
    assert all("UKR" not in codes(e.target) for e in of_type(events, "ASSAULT"))


def test_people_hurt_in_an_attack_take_its_source(resources):
    events = coded(
        resources,
        "Twelve people were injured in an Israeli airstrike on a building in Tyre, Lebanon.",
    )
    assault = of_type(events, "ASSAULT")
    assert assault and codes(assault[0].source) == {"ISR"} and codes(assault[0].target) == {"LBN"}


def test_arriving_in_a_capital_is_a_visit_to_its_country(resources):
    # "in" right after the verb is no particle here ("arrive in" has no entry of its own)
    events = coded(resources, "Japanese officials arrived in Seoul on Monday.")
    visit = of_type(events, "CONSULT")
    assert visit and codes(visit[0].target) == {"KOR"}


# -- forces sent to help an ally ----------------------------------------------------------------


def test_troops_sent_to_help_an_ally_are_cooperation_with_it(resources):
    events = coded(resources, "Belarus sent 2,000 soldiers to Russia to support its war effort.")
    coop = of_type(events, "COOPERATE")
    assert coop and codes(coop[0].source) == {"BLR"} and codes(coop[0].target) == {"RUS"}
    assert not of_type(events, "MOBILIZE")


def test_the_party_helped_comes_from_the_purpose_clause(resources):
    events = coded(
        resources,
        "Iranian troops were deployed to Iraq to fight alongside the Syrian army.",
    )
    coop = of_type(events, "COOPERATE")
    assert coop and codes(coop[0].source) == {"IRN"} and codes(coop[0].target) == {"SYR"}


def test_troops_massed_near_a_border_stay_a_show_of_force(resources):
    events = coded(resources, "Russia deployed troops to Belarus near the Ukrainian border.")
    assert of_type(events, "MOBILIZE") and not of_type(events, "COOPERATE")


def test_fighting_alongside_is_military_cooperation(resources):
    events = coded(resources, "Chadian troops are fighting alongside French forces in Mali.")
    coop = of_type(events, "COOPERATE")
    assert coop and {"TCD", "FRA"} <= codes(coop[0].source) | codes(coop[0].target)


def test_targeting_without_arms_is_no_attack(resources):
    events = coded(resources, "Canada lifted sanctions targeting Venezuela's oil sector.")
    assert not of_type(events, "ASSAULT")


# -- visits to places, invitations, pronouns --------------------------------------------------


def test_arriving_in_a_known_city_is_a_visit_to_its_country(resources):
    events = coded(resources, "The Turkish president arrived by plane in Odesa on Friday.")
    visit = of_type(events, "CONSULT")
    assert visit and codes(visit[0].target) == {"UKR"}


def test_inviting_someone_to_a_place_is_an_offer_to_meet(resources):
    events = coded(
        resources, "Macron invited Indian Prime Minister Narendra Modi to Paris for talks."
    )
    agree = of_type(events, "AGREE")
    assert agree and codes(agree[0].source) == {"FRA"} and codes(agree[0].target) == {"IND"}


def test_they_after_a_single_country_is_that_country_not_a_crowd(resources):
    events = coded(
        resources,
        "Japan's minister told his American and Australian counterparts that nobody trusted "
        "Iran after they launched five missiles this month.",
    )
    launch = of_type(events, "MOBILIZE")
    assert launch and codes(launch[0].source) == {"IRN"}


def test_a_noun_folded_into_a_verb_that_names_no_one_is_told_alone(resources):
    events = coded(
        resources,
        "A day after the summit between Brazil and Argentina, the two delegations are meeting in "
        "Lima.",
    )
    summit = of_type(events, "CONSULT")
    assert summit and {"BRA", "ARG"} <= codes(summit[0].source)


def test_a_scene_deep_in_the_phrase_still_counts(resources):
    events = coded(
        resources,
        "Three people are injured in an Israeli strike on the village of Aita, Nabatieh, Lebanon.",
    )
    assault = of_type(events, "ASSAULT")
    assert assault and codes(assault[0].source) == {"ISR"} and codes(assault[0].target) == {"LBN"}


def test_troops_merely_sent_to_a_country_are_no_threat_to_it(resources):
    events = coded(resources, "Belarus sent military units to Russia on Monday.")
    assert not [e for e in events if e.event_type == "MOBILIZE" and codes(e.target) == {"RUS"}]


def test_the_sanctions_three_sentences_later_still_refer_back(resources):
    events = coded(
        resources,
        "The UN Security Council approved a resolution that bans Eritrean exports of gold. "
        "The resolution also requires states to inspect cargo. "
        "France and Britain supported the text. "
        "Eritrea's foreign ministry rejected the sanctions.",
    )
    reject = of_type(events, "REJECT")
    assert reject and codes(reject[0].target) == {"UN"}


def test_the_move_refers_only_to_the_sentence_just_before(resources):
    events = coded(
        resources,
        "Chile expelled two Peruvian diplomats. Markets were calm. Crops were harvested. "
        "Bolivia condemned the move.",
    )
    assert not of_type(events, "ACCUSE")[0].target


# -- more frames ---------------------------------------------------------------------------------


def test_voicing_opposition_to_someones_measure_rejects_it(resources):
    events = coded(resources, "India voices opposition to Chinese tariffs on its steel.")
    reject = of_type(events, "REJECT")
    assert reject and codes(reject[0].source) == {"IND"} and codes(reject[0].target) == {"CHN"}
    # the sector of "opposition" is not given to the country named behind "to"
    assert all(a.sector != "OPP" for a in reject[0].target)


def test_including_names_members_of_a_group(resources):
    events = coded(
        resources, "Iran and several powers, including France and Japan, begin talks in Vienna."
    )
    talks = of_type(events, "CONSULT")
    assert talks and {"IRN", "FRA", "JPN"} <= codes(talks[0].source)


def test_sending_an_envoy_is_a_visit_by_proxy(resources):
    events = coded(resources, "Egypt dispatches a special envoy to Sudan.")
    visit = of_type(events, "CONSULT")
    assert visit and codes(visit[0].source) == {"EGY"} and codes(visit[0].target) == {"SDN"}


def test_withdrawing_from_a_treaty_with_someone_sanctions_them(resources):
    events = coded(resources, "France formally withdraws from the defence treaty with Mali.")
    sanction = of_type(events, "SANCTION")
    assert sanction and codes(sanction[0].target) == {"MLI"}


def test_by_doing_something_the_subject_does_it(resources):
    events = coded(
        resources,
        "Turkey says it has thwarted attacks on its border posts by destroying a Syrian truck.",
    )
    destroyed = [e for e in of_type(events, "ASSAULT") if e.asserted]
    assert destroyed and codes(destroyed[0].source) == {"TUR"}
    assert codes(destroyed[0].target) == {"SYR"}


def test_a_speaker_naming_its_own_possible_strike_threatens(resources):
    events = coded(resources, "Tehran said it could strike American bases in Iraq.")
    threat = of_type(events, "THREATEN")
    assert threat and threat[0].asserted and "USA" in codes(threat[0].target)
    # a third party's guess is no threat
    assert not of_type(
        coded(resources, "Analysts said Iran could strike American bases."), "THREATEN"
    )


def test_they_is_not_the_place_where_the_parties_met(resources):
    # "in Cairo" names where they met; "they" are the ministers of both countries
    text = (
        "The foreign ministers of Egypt and Greece met in Cairo on Monday. "
        "They called on Turkey to halt drilling near Cyprus."
    )
    assert {s for t, s, tg in dyads(resources, text) if t == "REQUEST" and tg == "TUR"} == {
        "EGY",
        "GRC",
    }


def test_they_in_a_chain_of_sentences_keeps_to_the_first_parties(resources):
    # the second "they" is the first one's parties, not the pair named inside its sentence
    text = (
        "The leaders of Egypt, Greece and Cyprus met in Nicosia on Monday. They concluded that "
        "the agreement between Turkey and Libya was void. They called on Turkey to halt drilling."
    )
    got = {s for t, s, tg in dyads(resources, text) if t == "REQUEST" and tg == "TUR"}
    assert got == {"EGY", "GRC", "CYP"}


def test_a_definite_institution_noun_is_the_one_named_just_before(resources):
    text = (
        "The Chinese embassy in London issued a statement. "
        "The embassy said Britain had interfered in Hong Kong."
    )
    assert ("ACCUSE", "CHN", "GBR") in dyads(resources, text)
    # with no embassy named before, "the embassy" names no one
    assert not dyads(resources, "The embassy said Britain had interfered in Hong Kong.")


def test_the_two_standing_alone_are_the_pair_just_told(resources):
    text = "Kenya's president met his Somali counterpart in Nairobi. The two signed a trade pact."
    got = [e for e in coded(resources, text) if e.event_type == "SUPPORT"]
    assert got and {a.code for a in got[0].source} == {"KEN", "SOM"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kenya closed its border with Somalia. The country accused Somalia of harbouring militants.", ("ACCUSE", "KEN", "SOM")),
        ("Peru recalled its envoy from Mexico. The government accused Mexico of meddling.", ("ACCUSE", "PER", "MEX")),
    ],
)  # fmt: skip
def test_the_country_or_the_government_is_the_country_named_before(resources, text, triple):
    assert triple in dyads(resources, text)
