"""The sixteenth round of constructions (issue 9): acts told in passing, refusals with terms,
shows of support done by an act, and phrases that name a place or a charge, not a party.

- A relative clause with a charge phrase ("which the US accuses of terrorism") charges the noun
  before it, not the clause.
- A "with" phrase right after "border" says which border; it names no party to a talk.
- A refusal "unless" another party acts is a refusal made, and a demand of that party.
- An act done "to show support for" a party shows it, as asserted as the act.
- "Demonstrate" with an object of showing is no protest.
- An act "following an agreement with" a party tells of the agreement.
- Recognition switched "from A to B" recognises B.
- Without an object, "burn" and "sink" tell what befell their subject; with one, "sink" is an
  attack.
- A phrase relating an act to another ("in connection with bombings in Iraq", "in retaliation
  for an attack in Jordan") places and names the other act, not this one.
- A judged conduct no entry codes ("the U.S. occupation of Iraq") judges its owner.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides

# ------------------------------------------------------------------------------------------------
# a relative clause with a charge phrase


def test_a_charge_phrase_makes_which_the_noun_not_the_clause(resources):
    found = dyads(resources, "Iran condemned the group, which the US accuses of terrorism.")
    assert ("ACCUSE", "USA", "IRN") not in found, found


def test_which_after_a_comma_still_judges_the_clause(resources):
    found = dyads(resources, "Iran seized a British tanker, which the UK condemned.")
    assert ("ACCUSE", "GBR", "IRN") in found, found


# ------------------------------------------------------------------------------------------------
# "the border with X"


def test_the_border_with_a_country_is_no_party_to_talks(resources):
    sides = event_sides(resources, "Pakistan and Iran held talks on the border with Afghanistan.")
    consult = [s for s in sides if s[0] == "CONSULT"]
    assert consult, sides
    assert all("AFG" not in src | tgt for _, src, tgt, _ in consult), sides


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        ("Indian troops clashed on the border with China.", "ASSAULT", "CHN"),
        ("Pakistan held talks with Afghanistan on the border.", "CONSULT", "AFG"),
        ("Iran closed its border with Iraq.", "SANCTION", "IRQ"),
    ],
)
def test_a_party_named_otherwise_is_still_one(resources, text, kind, party):
    sides = event_sides(resources, text)
    assert any(k == kind and party in src | tgt for k, src, tgt, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# a refusal with terms


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("Hamas refuses to extend the ceasefire unless Israel withdraws its tanks.",
         ("REQUEST", "PSE", "ISR")),
        ("Iran refused to resume talks unless the United States lifts sanctions.",
         ("REQUEST", "IRN", "USA")),
    ],
)  # fmt: skip
def test_a_refusal_unless_another_party_acts_is_made_and_demands_it(resources, text, demand):
    found = dyads(resources, text)
    assert demand in found, found
    assert ("REJECT", demand[1], demand[2]) in found, found


def test_the_demanded_act_is_not_asserted(resources):
    text = "Hamas refuses to extend the ceasefire unless Israel withdraws its tanks."
    found = dyads(resources, text)
    assert not any(s == "ISR" for _, s, _ in found), found


def test_a_refusal_if_something_happens_stays_conditional(resources):
    found = dyads(resources, "Iran will refuse to talk if the US imposes sanctions.")
    assert not any(t == "REJECT" for t, _, _ in found), found
    assert not any(t == "REQUEST" for t, _, _ in found), found


def test_terms_set_by_ones_own_side_demand_nothing(resources):
    found = dyads(resources, "Iran refused to resume talks unless it gets guarantees.")
    assert not any(t == "REQUEST" for t, _, _ in found), found


# ------------------------------------------------------------------------------------------------
# shows of support done by an act


def test_an_act_done_to_show_support_shows_it(resources):
    text = "Japan sent a destroyer to the region to show solidarity with the Philippines."
    assert ("SUPPORT", "JPN", "PHL") in dyads(resources, text)


def test_a_planned_act_to_show_support_is_planned(resources):
    text = "Japan will send a destroyer to show solidarity with the Philippines."
    found = [e for e in coded(resources, text) if e.event_type == "SUPPORT"]
    assert found and all(e.future for e in found), found


def test_a_purpose_that_is_no_show_stays_an_aim(resources):
    events = coded(resources, "Japan sent troops to Iraq to protect the embassy.")
    protect = [e for e in events if e.trigger.startswith("protect")]
    assert all(e.future for e in protect), protect


def test_demonstrating_support_is_no_protest(resources):
    text = "Germany sent a frigate to the Indian Ocean to demonstrate its commitment to India."
    found = dyads(resources, text)
    assert not any(t in {"PROTEST", "ACCUSE"} for t, _, _ in found), found


def test_demonstrating_against_an_embassy_is_still_protest(resources):
    found = dyads(resources, "Thousands demonstrated against the French embassy in Bamako.")
    assert ("PROTEST", "MLI", "FRA") in found, found


# ------------------------------------------------------------------------------------------------
# an agreement told in passing


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nicaragua releases 12 priests following an agreement with the Vatican.",
         {"NIC", "VAT"}),
        ("Turkey reopened the border after an agreement with Syria.", {"TUR", "SYR"}),
        ("The ship left the port following a deal between Russia and Ukraine.", {"RUS", "UKR"}),
    ],
)  # fmt: skip
def test_an_act_following_an_agreement_tells_the_agreement(resources, text, pair):
    sides = event_sides(resources, text)
    agreed = [src | tgt for k, src, tgt, asserted in sides if k == "AGREE" and asserted]
    assert pair in agreed, sides


@pytest.mark.parametrize(
    "text",
    [
        # a pact carried out is no news of the pact; a known one is no new one
        "Thailand releases 18 prisoners as part of a ceasefire agreement with Cambodia.",
        "Iran enriched uranium under the agreement with the EU.",
        "Iran resumed enrichment after the agreement with the EU collapsed.",
    ],
)
def test_a_pact_carried_out_or_known_is_no_new_agreement(resources, text):
    sides = event_sides(resources, text)
    assert not any(k == "AGREE" and asserted for k, _, _, asserted in sides), sides


def test_a_dated_agreement_in_passing_is_background(resources):
    text = "Sweden extradited the man after a 2019 agreement with Turkey."
    agreed = [e for e in coded(resources, text) if e.event_type == "AGREE"]
    assert agreed and all(e.historical for e in agreed), agreed


# ------------------------------------------------------------------------------------------------
# a switch of recognition


@pytest.mark.parametrize(
    "text",
    [
        "Grenada switches recognition from Taiwan to China.",
        "Nicaragua switched diplomatic recognition from Taipei to Beijing.",
    ],
)
def test_a_switch_of_recognition_recognises_the_party_it_goes_to(resources, text):
    found = dyads(resources, text)
    source = next(s for t, s, _ in found if t == "SANCTION")
    assert ("SUPPORT", source, "CHN") in found, found
    assert ("SANCTION", source, "TWN") in found, found
    assert ("SUPPORT", source, "TWN") not in found, found


def test_a_dated_switch_is_background_on_both_ends(resources):
    text = "Nicaragua switched diplomatic recognition from Taipei to Beijing in 2021."
    found = [e for e in coded(resources, text) if e.event_type in {"SUPPORT", "SANCTION"}]
    assert len(found) == 2 and all(e.historical for e in found), found


# ------------------------------------------------------------------------------------------------
# burn and sink


@pytest.mark.parametrize(
    "text",
    [
        "A Russian rocket veers off its path and burns up in the atmosphere.",
        "The US embassy in Baghdad burned for hours.",
        "A Russian ship sank in the Black Sea.",
    ],
)
def test_what_befell_a_subject_is_no_act(resources, text):
    assert not [e for e in coded(resources, text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukraine sank a Russian ship in the Black Sea.", ("ASSAULT", "UKR", "RUS")),
        ("A Russian warship sunk by Ukraine was found.", ("ASSAULT", "UKR", "RUS")),
        ("Houthi rebels burned a Greek tanker in the Red Sea.", ("ASSAULT", "YEM", "GRC")),
    ],
)
def test_burning_or_sinking_something_is_an_attack(resources, text, dyad):
    assert dyad in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a phrase relating an act to another


def test_arrests_in_connection_with_bombings_abroad_arrest_no_one_there(resources):
    text = "Police in Spain and Germany made arrests in connection with bombings in Iraq."
    found = dyads(resources, text)
    assert not any(t == "COERCE" and g == "IRQ" for t, _, g in found), found


def test_a_retaliation_is_not_placed_where_the_act_it_answers_was(resources):
    text = "In retaliation for an attack in Jordan, US jets struck targets."
    found = dyads(resources, text)
    assert ("ASSAULT", "USA", "JOR") not in found, found


def test_a_place_of_the_act_itself_still_counts(resources):
    text = "In retaliation for an attack in Jordan, US jets struck targets in Iraq."
    assert ("ASSAULT", "USA", "IRQ") in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a judged conduct judges its owner


@pytest.mark.parametrize(
    ("text", "judged", "not_judged"),
    [
        ("Thousands of protesters in Madrid marched against the U.S. occupation of Iraq.",
         "USA", "IRQ"),
        ("Germany criticised China's policy towards Taiwan.", "CHN", "TWN"),
    ],
)  # fmt: skip
def test_a_judged_conduct_judges_its_owner(resources, text, judged, not_judged):
    sides = event_sides(resources, text)
    judging = [s for s in sides if s[0] in {"PROTEST", "ACCUSE"}]
    assert any(judged in tgt for _, _, tgt, _ in judging), sides
    assert not any(not_judged in tgt for _, _, tgt, _ in judging), sides


def test_a_coded_act_judged_still_names_its_doer(resources):
    text = "Iran condemned the Russian attack on Ukraine."
    found = dyads(resources, text)
    assert ("ACCUSE", "IRN", "RUS") in found, found
    assert ("ACCUSE", "IRN", "UKR") not in found, found


# ------------------------------------------------------------------------------------------------
# entries: importation halted, an army mobilised


def test_halting_the_importation_of_a_states_goods_sanctions_it(resources):
    text = "India halted the importation of Chinese power equipment."
    assert ("SANCTION", "IND", "CHN") in dyads(resources, text)


def test_the_mobilization_of_an_army_is_a_show_of_force(resources):
    events = coded(resources, "Georgia announced the mobilization of its army.")
    assert any(e.event_type == "MOBILIZE" for e in events), events
    assert not any(e.event_type in {"PROTEST", "ACCUSE"} for e in events), events


# ------------------------------------------------------------------------------------------------
# "the territory" refers back; visa-free access withdrawn


def test_the_territory_refers_back_to_the_territory_named_before(resources):
    text = (
        "Hong Kong suspended visa-free access for Filipinos. The territory also expelled two "
        "diplomats from the Philippines."
    )
    found = dyads(resources, text)
    assert ("SANCTION", "HKG", "PHL") in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hong Kong suspended visa-free access for Filipinos.", ("SANCTION", "HKG", "PHL")),
        ("Poland revoked the visa waiver for Russian citizens.", ("SANCTION", "POL", "RUS")),
    ],
)
def test_withdrawing_visa_free_access_from_a_states_people_sanctions_it(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_visa_free_access_withdrawn_from_no_one_named_is_no_sanction(resources):
    found = dyads(resources, "Hong Kong suspended visa-free access on Monday.")
    assert not any(t == "SANCTION" for t, _, _ in found), found


# ------------------------------------------------------------------------------------------------
# jets scrambled; an act answering a clause of another party's act


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Greek air force scrambled F-16s to intercept two Turkish drones.",
         ("MOBILIZE", "GRC", "TUR")),
        ("Japan scrambled jets after Chinese bombers flew near Okinawa.",
         ("MOBILIZE", "JPN", "CHN")),
    ],
)  # fmt: skip
def test_jets_scrambled_against_a_rivals_aircraft_are_a_show_of_force(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_jets_scrambled_against_no_one_are_no_event(resources):
    assert not dyads(resources, "Taiwan scrambled fighter jets on Monday.")


def test_an_act_after_a_clause_of_another_partys_act_answers_it(resources):
    text = "Russia expelled two diplomats after Britain expelled a Russian attache."
    assert ("SANCTION", "RUS", "GBR") in dyads(resources, text)


def test_an_act_after_a_clause_of_no_conflict_answers_no_one(resources):
    text = "Russia expelled two diplomats after Britain held elections."
    assert not any(t == "GBR" for _, _, t in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# entries: disengaging forces, granting a status


@pytest.mark.parametrize(
    "text",
    [
        "India and China began disengaging troops from the disputed border area.",
        "Indian and Chinese troops disengaged at two friction points.",
    ],
)
def test_forces_disengaging_pull_back_together(resources, text):
    sides = event_sides(resources, text)
    assert ("RETREAT", frozenset({"IND", "CHN"}), frozenset(), True) in sides, sides


def test_a_disengagement_plan_is_no_disengagement(resources):
    sides = event_sides(resources, "India and China discussed a disengagement plan.")
    assert not any(k == "RETREAT" for k, *_ in sides), sides


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU granted Ukraine candidate status.", ("SUPPORT", "EU", "UKR")),
        ("The General Assembly granted Palestine observer status.", ("SUPPORT", "UN", "PSE")),
    ],
)
def test_granting_a_state_a_status_supports_it(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_status_refused_is_not_granted(resources):
    found = dyads(resources, "The EU refused to grant Turkey membership.")
    assert ("SUPPORT", "EU", "TUR") not in found, found
    assert ("REJECT", "EU", "TUR") in found, found


# ------------------------------------------------------------------------------------------------
# weapons named by their system; a counterpart called; things made by several parties


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany delivered Patriot systems to Ukraine.", ("AID", "DEU", "UKR")),
        ("The US sent HIMARS to Ukraine.", ("AID", "USA", "UKR")),
        ("Iran supplied Shahed drones to Russia.", ("AID", "IRN", "RUS")),
    ],
)
def test_weapons_named_by_their_system_are_military_aid(resources, text, dyad):
    assert dyad in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukraine's foreign minister called his Hungarian counterpart.",
         ("CONSULT", "UKR", "HUN")),
        ("Modi received the Russian ambassador.", ("CONSULT", "IND", "RUS")),
    ],
)  # fmt: skip
def test_a_counterpart_called_or_received_is_the_state_it_names(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_counterpart_of_no_state_named_is_no_party(resources):
    assert not dyads(resources, "The Ukrainian minister called his counterpart on Monday.")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The rocket carried the satellite, which was sponsored by the United States, France, "
         "Germany, Italy and Japan.", {"USA", "FRA", "DEU", "ITA", "JPN"}),
        ("The resolution, co-sponsored by Brazil and Mexico, was adopted.", {"BRA", "MEX"}),
        ("The rocket carried the satellite, which was launched by the United States, France and "
         "Japan.", {"USA", "FRA", "JPN"}),
        ("Astronauts boarded the station, which is owned by the United States, Russia, Japan and "
         "Canada.", {"USA", "RUS", "JPN", "CAN"}),
        ("The pipeline, which is managed by Azerbaijan, Georgia and Turkey, was shut.",
         {"AZE", "GEO", "TUR"}),
    ],
)  # fmt: skip
def test_a_thing_made_or_launched_by_several_parties_is_a_joint_undertaking(
    resources, text, parties
):
    sides = event_sides(resources, text)
    assert ("COOPERATE", frozenset(parties), frozenset(), True) in sides, sides


def test_a_thing_owned_by_one_state_is_no_joint_undertaking(resources):
    assert not coded(resources, "The company is owned by China.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("China launched a satellite.", "MOBILIZE"),
        ("The attack was launched by Russia and Belarus.", "ASSAULT"),
    ],
)
def test_a_launch_by_one_or_of_an_attack_is_no_joint_undertaking(resources, text, kind):
    sides = event_sides(resources, text)
    assert any(k == kind for k, *_ in sides), sides
    assert not any(k == "COOPERATE" for k, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# captives handed over; a statement blocked


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the parser reads "over 32" as a quantity: the particle is still the verb's
        ("Azerbaijan handed over 32 Armenian prisoners.", ("RETREAT", "AZE", "ARM")),
        ("Russia handed over the bodies of 500 Ukrainian soldiers to Ukraine.",
         ("RETREAT", "RUS", "UKR")),
    ],
)  # fmt: skip
def test_captives_handed_over_are_released(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_suspects_handed_over_are_still_extradited(resources):
    found = dyads(resources, "Turkey handed over two suspects to Germany.")
    assert ("COOPERATE", "TUR", "DEU") in found, found
    assert not any(t == "RETREAT" for t, _, _ in found), found


def test_blocking_a_statement_of_a_body_vetoes_it(resources):
    text = "China blocked a UN statement condemning North Korea's missile launch."
    found = dyads(resources, text)
    assert ("REJECT", "CHN", "UN") in found, found
    assert ("ACCUSE", "UN", "PRK") not in found, found


# ------------------------------------------------------------------------------------------------
# a crowd is of the place it acts in; a pact brokered in whose terms an act was done


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Protesters stormed the Swedish embassy in Baghdad.", ("COERCE", "IRQ", "SWE")),
        ("A mob attacked the French embassy in Niamey.", ("ASSAULT", "NER", "FRA")),
    ],
)
def test_a_crowd_is_of_the_place_it_acts_in(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_armed_men_unnamed_are_of_no_place(resources):
    found = dyads(resources, "Gunmen attacked the French embassy in Niamey.")
    assert not any(s == "NER" for _, s, _ in found), found


def test_a_mediator_of_the_pact_an_act_was_done_in_mediated_between_its_parties(resources):
    text = "Saudi Arabia restored ties with Iran in a deal brokered by China."
    found = dyads(resources, text)
    assert ("CONSULT", "CHN", "SAU") in found and ("CONSULT", "CHN", "IRN") in found, found


# ------------------------------------------------------------------------------------------------
# a state's own rebels struck abroad


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkish jets struck PKK targets in northern Iraq.", ("ASSAULT", "TUR", "IRQ")),
        ("Pakistani jets bombed Pakistani Taliban hideouts in Afghanistan.",
         ("ASSAULT", "PAK", "AFG")),
        ("Three Turkish soldiers were killed in a PKK attack in northern Iraq.",
         ("ASSAULT", "IRQ", "TUR")),
    ],
)  # fmt: skip
def test_a_states_own_rebels_struck_abroad_are_of_the_country_struck(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_states_own_rebels_struck_at_home_stay_domestic(resources):
    found = dyads(resources, "Colombian troops killed FARC rebels in Colombia.")
    assert not any(s != t for _, s, t in found), found


# ------------------------------------------------------------------------------------------------
# what is warned against is someone else's doing


@pytest.mark.parametrize(
    ("text", "not_doer"),
    [
        ("Beijing warned Washington against arms sales to Taipei.", "CHN"),
        ("Iran warned against any attack on its nuclear sites.", "IRN"),
    ],
)
def test_what_is_warned_against_is_not_the_warners(resources, text, not_doer):
    events = [e for e in coded(resources, text) if e.event_type in {"AID", "ASSAULT"}]
    assert not any(not_doer in {a.code for a in e.source} for e in events), events


def test_a_threatened_act_is_still_the_threateners(resources):
    events = coded(resources, "North Korea threatened military action against South Korea.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and all({a.code for a in e.source} == {"PRK"} for e in assault), events


# ------------------------------------------------------------------------------------------------
# words that looked like acts: "band", "hit the ocean", a decline in numbers


@pytest.mark.parametrize(
    "text",
    [
        # "band" is no inflection of "ban"
        "Hunter composed songs for the rock band the Grateful Dead in the United States.",
        "The plane carrying Indonesian officials hit the ocean at speed.",
        "The population of penguins in Argentina has declined 40%.",
    ],
)
def test_words_that_only_look_like_acts_code_nothing(resources, text):
    assert not coded(resources, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A Russian missile hit a residential building in Kyiv.", ("ASSAULT", "RUS", "UKR")),
        ("Iran declined to resume talks with the United States.", ("REJECT", "IRN", "USA")),
        ("Iran declined the invitation from the United States.", ("REJECT", "IRN", "USA")),
        ("The US banned imports from China.", ("SANCTION", "USA", "CHN")),
    ],
)
def test_the_acts_themselves_are_still_coded(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_attacking_an_inquiry_is_criticism_not_force(resources):
    events = coded(resources, "Trump attacked the impeachment investigation as a witch hunt.")
    assert not any(e.event_type == "ASSAULT" for e in events), events


# ------------------------------------------------------------------------------------------------
# the police of several states acting together


@pytest.mark.parametrize(
    "text",
    [
        "Spanish and Moroccan police arrested 20 members of a drug gang.",
        "Police from Spain and Morocco dismantled a drug trafficking network.",
    ],
)
def test_the_police_of_several_states_coercing_together_cooperate(resources, text):
    sides = event_sides(resources, text)
    assert ("COOPERATE", frozenset({"ESP", "MAR"}), frozenset(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        # states acting side by side are no joint operation without a word of it
        "Russia and China imposed sanctions on Lithuania.",
        "The United States and Britain struck Houthi targets in Yemen.",
    ],
)
def test_states_acting_side_by_side_do_not_cooperate(resources, text):
    sides = event_sides(resources, text)
    assert not any(k == "COOPERATE" for k, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# the country across a frontier; a verb of planning the parser read as a noun


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russia massed troops on the border with North Korea.", ("MOBILIZE", "RUS", "PRK")),
        ("Turkey deployed tanks along its border with Syria.", ("MOBILIZE", "TUR", "SYR")),
    ],
)
def test_a_show_of_force_on_a_frontier_is_aimed_across_it(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_planned_show_of_force_on_a_frontier_is_aimed_across_it(resources):
    text = "Japan plans to mass troops on the border with South Korea next month."
    events = [e for e in coded(resources, text) if e.event_type == "MOBILIZE"]
    assert any({a.code for a in e.target} == {"KOR"} and e.future for e in events), events


def test_the_subject_of_a_verb_of_planning_read_as_a_noun_plans(resources):
    text = "President Bashar al-Assad plans to meet North Korean leader Kim Jong Un next month."
    sides = event_sides(resources, text, "2023-06-16")
    assert ("CONSULT", frozenset({"SYR", "PRK"}), frozenset(), False) in sides, sides


# ------------------------------------------------------------------------------------------------
# a capital naming an attack is where it struck


@pytest.mark.parametrize(
    ("text", "not_judged"),
    [
        ("The Iranian government condemned the Paris attacks.", "FRA"),
        ("The US condemned the Moscow attack.", "RUS"),
    ],
)
def test_a_capital_naming_an_attack_is_its_scene_not_its_doer(resources, text, not_judged):
    found = dyads(resources, text)
    assert not any(t == not_judged for _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iran condemned the Israeli attack.", ("ACCUSE", "IRN", "ISR")),
        ("Russia denounced the Washington sanctions.", ("ACCUSE", "RUS", "USA")),
    ],
)
def test_a_demonym_or_a_capital_naming_a_measure_is_still_the_doer(resources, text, dyad):
    assert dyad in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a measure signed into force does what it "would" do


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Biden signed into law a bill that would provide $40 billion in aid to Ukraine.",
         ("AID", "USA", "UKR")),
        ("Putin signed a decree that would ban imports from the EU.", ("SANCTION", "RUS", "EU")),
    ],
)  # fmt: skip
def test_a_measure_signed_into_force_does_what_it_would_do(resources, text, dyad):
    assert dyad in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Biden will sign a bill that would provide aid to Ukraine.",
        "Biden did not sign a bill that would provide aid to Ukraine.",
        "Biden proposed a bill that would provide aid to Ukraine.",
    ],
)
def test_a_measure_not_yet_signed_does_nothing_yet(resources, text):
    found = dyads(resources, text)
    assert ("AID", "USA", "UKR") not in found, found


# ------------------------------------------------------------------------------------------------
# a delegation received is a visit hosted


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Egyptian president received a delegation from Hamas.", ("CONSULT", "EGY", "PSE")),
        ("Cairo hosted a Hamas delegation for ceasefire talks.", ("CONSULT", "EGY", "PSE")),
    ],
)
def test_a_delegation_received_is_a_visit_hosted(resources, text, dyad):
    assert dyad in dyads(resources, text)
    assert not any(t == "RETREAT" for t, _, _ in dyads(resources, text))


def test_inspectors_received_are_still_access_granted(resources):
    assert ("RETREAT", "PRK", "IGO") in dyads(resources, "North Korea received IAEA inspectors.")


# ------------------------------------------------------------------------------------------------
# wrongs a speaker says another party did


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Poland says Russian sabotage caused the railway explosion.", ("ACCUSE", "POL", "RUS")),
        ("Germany said Chinese espionage threatens its industry.", ("ACCUSE", "DEU", "CHN")),
    ],
)
def test_a_wrong_a_speaker_says_another_party_did_accuses_it(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_ones_own_conduct_told_is_no_accusation(resources):
    found = dyads(resources, "Russia said its occupation of Crimea was legal.")
    assert not any(t == "ACCUSE" for t, _, _ in found), found


# ------------------------------------------------------------------------------------------------
# agreeing to or calling for an end to fighting


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Israel and Hamas agreed to an end to the fighting.", {"ISR", "PSE"}),
        ("Russia and Ukraine agreed to a halt to attacks on energy sites.", {"RUS", "UKR"}),
    ],
)
def test_agreeing_to_stop_fighting_is_no_threat_nor_refusal(resources, text, parties):
    events = coded(resources, text)
    assert not any(e.event_type in {"THREATEN", "REJECT"} for e in events), events
    assert not any(e.event_type == "ASSAULT" and e.asserted for e in events), events
    agreed = [e for e in events if e.event_type == "AGREE" and e.asserted]
    assert any({a.code for a in e.source} == parties for e in agreed), events


def test_a_pause_in_fighting_agreed_is_no_threat(resources):
    events = coded(resources, "Israel agreed to a pause in fighting in Gaza.")
    assert [e for e in events if e.event_type == "AGREE"], events
    assert not any(e.event_type == "THREATEN" for e in events), events


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The UN called for an end to the fighting in Sudan.", ("REQUEST", "UN", "SDN")),
        ("Egypt called for an end to Israeli attacks on Gaza.", ("REQUEST", "EGY", "ISR")),
    ],
)
def test_a_call_for_an_end_to_fighting_is_made_to_the_fighters(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_vowing_to_go_on_fighting_is_still_a_threat(resources):
    found = dyads(resources, "Iran vowed to continue attacks on Israel.")
    assert ("THREATEN", "IRN", "ISR") in found, found


# ------------------------------------------------------------------------------------------------
# aircraft or ships sent toward a party


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("China sent 30 warplanes into Taiwan's air defence zone.", ("MOBILIZE", "CHN", "TWN")),
        ("Russia sent fighter jets toward Poland.", ("MOBILIZE", "RUS", "POL")),
    ],
)
def test_aircraft_sent_toward_a_party_show_force_at_it(resources, text, dyad):
    found = dyads(resources, text)
    assert dyad in found, found
    assert not any(t == "AID" for t, _, _ in found), found


def test_drones_sent_to_a_party_are_still_arms(resources):
    assert ("AID", "TUR", "UKR") in dyads(resources, "Turkey sent drones to Ukraine.")


# ------------------------------------------------------------------------------------------------
# slogans chanted; a rally at an embassy


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Protesters in Tehran chanted slogans against the United States.",
         ("PROTEST", "IRN", "USA")),
        ("Protesters in Tehran chanted anti-American slogans.", ("PROTEST", "IRN", "USA")),
        ("Students rallied outside the Chinese embassy in Manila.", ("PROTEST", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_slogans_chanted_and_rallies_at_embassies_are_protests(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_crowd_against_a_party_dispersed_is_not_aimed_at_that_party(resources):
    text = "Egyptian police dispersed anti-Israel protesters outside the embassy in Cairo."
    assert not any(t == "ISR" for _, _, t in dyads(resources, text))


def test_a_rally_of_supporters_is_no_protest(resources):
    assert not dyads(resources, "Supporters of the president rallied in Caracas.")


# ------------------------------------------------------------------------------------------------
# visas and accreditations revoked


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Washington revoked the visas of Nicaraguan officials.", ("SANCTION", "USA", "NIC")),
        ("Russia withdrew the accreditation of a Dutch journalist.", ("SANCTION", "RUS", "NLD")),
    ],
)
def test_a_states_people_stripped_of_visas_are_sanctioned(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_visa_revoked_from_no_one_named_is_no_sanction(resources):
    assert not coded(resources, "The ministry cancelled his visa.")


# ------------------------------------------------------------------------------------------------
# captive servicemen returned; a refusal of another party's act


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Pakistan returned a captured Indian pilot.", ("RETREAT", "PAK", "IND")),
        ("Iran refused to let IAEA inspectors visit the site.", ("REJECT", "IRN", "IGO")),
    ],
)
def test_captives_returned_and_acts_of_others_refused(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_refusal_of_ones_own_act_refuses_no_one_else(resources):
    found = dyads(resources, "Russia refused to withdraw its troops from Moldova.")
    assert not any(t == "REJECT" and g != "RUS" and g != "MDA" for t, _, g in found), found
