"""The twenty-first round of constructions (issue 9): the thing an act falls on behind a clause
that names it, and parties let, helped or gathered.

- A free relative of naming in an act's object ("struck what Ankara called terrorist
  positions", "bombed what it said were weapons factories", "attacked what it described as
  military sites") stands for the thing named; its namer is no target (a repair after the
  parse, ``detente.nlp``, component ``detente_free_relatives``).
- An adjective that ends a naming verb's object is its predicate ("called Macron's remarks
  unacceptable", parsed as a modifier of "remarks"); "deem" names like "consider".
- People who go somewhere "to help" or "to assist" are aid sent there, not a visit, unless they
  are officials; spacecraft that land visit no one.
- A thing made that is said to be joint was made jointly ("Russia and China launched a joint
  lunar research station").
- Refusing to let a party do something is refused to that party; letting another state use
  one's bases, airfields or airspace is military cooperation with it (CAMEO 062).
- Who attended a gathering ("a conference which was attended by ministers from Iran and Saudi
  Arabia") is who its host hosted ("hosted by" names the host; see the thirteenth round).
- "The two countries" in a "between" phrase, after a subject of one party with a second named
  beside it, is that pair ("Putin, standing alongside Xi, praised the partnership between the
  two countries").

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# free relatives of naming


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish jets struck what Ankara called terrorist positions in northern Iraq.",
         ("TUR", "IRQ")),
        ("Israel bombed what it said were Hamas weapons factories in Gaza.", ("ISR", "PSE")),
        ("Russia attacked what it described as Ukrainian military sites.", ("RUS", "UKR")),
        ("The Indian Air Force carried out airstrikes on what it said was a militant camp in "
         "Balakot, Pakistan.", ("IND", "PAK")),
        ("Saudi jets bombed what the coalition said were Houthi missile launchers near Sanaa.",
         ("SAU", "YEM")),
        ("Ukraine attacked what it said was a Russian command post in Crimea.", ("UKR", "RUS")),
        ("Russian forces shelled what Moscow described as Ukrainian military positions near "
         "Kharkiv.", ("RUS", "UKR")),
    ],
)  # fmt: skip
def test_a_free_relative_of_naming_stands_for_the_thing_named(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "verb", "thing"),
    [
        ("Turkish jets struck what Ankara called terrorist positions.", "struck", "positions"),
        ("Israel bombed what it said were weapons factories.", "bombed", "factories"),
        ("Russia attacked what it described as military sites.", "attacked", "sites"),
    ],
)
def test_the_parse_repair_hangs_the_named_thing_on_the_verb(resources, text, verb, thing):
    doc = resources.nlp(text)
    named = next(t for t in doc if t.text == thing)
    assert named.head.text == verb and named.dep_ == "dobj", [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    namer = next(t for t in doc if t.lemma_ in {"call", "say", "describe"})
    assert namer.dep_ == "relcl" and namer.head.i == named.i


def test_the_namer_in_a_free_relative_is_not_struck(resources):
    found = dyads(resources, "Turkish jets struck what Ankara called terrorist positions.")
    assert ("ASSAULT", "TUR", "TUR") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # an indirect question or a thing known: no thing named takes the clause's place
        "The minister asked what Russia called its troops in Crimea.",
        "Nobody knows what China said was the reason for the delay.",
    ],
)
def test_a_what_clause_under_a_verb_of_asking_or_knowing_is_left_alone(resources, text):
    assert not event_sides(resources, text)


def test_a_judgement_of_a_free_relative_still_judges_its_owner(resources):
    found = dyads(
        resources, "Russia condemned what it described as Ukraine's barbaric strikes on Belgorod."
    )
    assert ("ACCUSE", "RUS", "UKR") in found, found


# ------------------------------------------------------------------------------------------------
# a naming verb's trailing predicate


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan called Macron's remarks unacceptable.", ("TUR", "FRA")),
        ("Turkey's president called the French leader's remarks unacceptable.", ("TUR", "FRA")),
        ("Beijing called Canberra's remarks irresponsible.", ("CHN", "AUS")),
        ("Iran deemed the French proposal unacceptable.", ("IRN", "FRA")),
    ],
)
def test_a_naming_verbs_trailing_adjective_judges_its_object(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # not a verb of naming: making something public judges no one
        "The president made the Russian remarks public.",
        # a judgement that is no censure
        "Macron called the German proposal constructive.",
    ],
)
def test_a_trailing_adjective_of_other_verbs_judges_no_one(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "ACCUSE" for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# going somewhere to help


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cuban doctors arrived in Andorra to assist with the pandemic.", ("CUB", "AND")),
        ("A team of Chinese doctors flew to Serbia to help fight the epidemic.", ("CHN", "SRB")),
        ("Turkish rescuers arrived in Syria to help search for survivors of the earthquake.",
         ("TUR", "SYR")),
        ("Chinese medical experts arrived in Italy to help fight the outbreak.", ("CHN", "ITA")),
    ],
)  # fmt: skip
def test_people_who_go_to_help_are_aid_not_a_visit(resources, text, pair):
    found = dyads(resources, text)
    assert ("AID", *pair) in found, found
    assert ("CONSULT", *pair) not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an official who comes to help settle a crisis still visits
        ("The Indian foreign minister arrived in Colombo to help resolve the crisis.",
         ("IND", "LKA")),
        # going with no purpose of helping is a visit as before
        ("The Chinese foreign minister arrived in Rome.", ("CHN", "ITA")),
    ],
)  # fmt: skip
def test_officials_who_come_still_visit(resources, text, pair):
    found = dyads(resources, text)
    assert ("CONSULT", *pair) in found, found
    assert not any(t == "AID" for t, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Hayabusa2 capsule landed in Australia.",
        "A Chinese probe landed in Inner Mongolia after its journey.",
    ],
)
def test_a_spacecraft_landing_visits_no_one(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "CONSULT" for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# a thing made that is joint


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Russia and China launched a joint lunar research station.", fs("RUS", "CHN")),
        ("India built a joint training centre with Vietnam.", fs("IND", "VNM")),
        ("Japan and the Philippines established a joint coast guard centre.", fs("JPN", "PHL")),
    ],
)
def test_a_joint_thing_made_is_made_together(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t == "COOPERATE" and s == parties for t, s, _, _ in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        # "joint" on something else in the sentence
        "China launched a rocket from a joint base.",
        # a thing made by one party alone
        "Russia launched a new lunar research station.",
    ],
)
def test_joint_elsewhere_or_one_maker_is_no_cooperation(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "COOPERATE" for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# letting a party do something


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey refused to let the United States use the Incirlik air base.", ("TUR", "USA")),
        ("Egypt refused to allow Israeli officials to enter Gaza.", ("EGY", "ISR")),
    ],
)
def test_refusing_to_let_a_party_act_is_refused_to_it(resources, text, pair):
    assert ("REJECT", *pair) in dyads(resources, text)


def test_refusing_to_let_ones_own_people_act_refuses_no_one(resources):
    sides = event_sides(resources, "Turkey refused to let its troops leave.")
    assert not any(t == "REJECT" and tgt for t, _, tgt, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Dominican Republic permits the United States to use its air bases.",
         ("DOM", "USA")),
        ("Kyrgyzstan allowed Russia to use the airfield at Kant.", ("KGZ", "RUS")),
        ("Iraq allowed Iranian planes to use its airspace.", ("IRQ", "IRN")),
    ],
)  # fmt: skip
def test_letting_another_state_use_bases_is_military_cooperation(resources, text, pair):
    assert ("COOPERATE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # what is let used is no base: the act it would be used for is coded, not cooperation
        "Germany allowed Ukraine to use German weapons against targets in Russia.",
        # refused: not asserted
        "Pakistan will not allow the US to use its bases.",
    ],
)
def test_no_asserted_cooperation_without_a_base_let_used(resources, text):
    found = dyads(resources, text)
    assert not any(t == "COOPERATE" for t, *_ in found), found


# ------------------------------------------------------------------------------------------------
# who attended a hosted gathering


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany hosted a conference which was attended by ministers from Iran and Saudi "
         "Arabia.", ("DEU", "SAU")),
        ("Germany hosted a conference attended by ministers from Iran and Saudi Arabia.",
         ("DEU", "SAU")),
        ("Egypt hosted a summit attended by the leaders of Jordan and Iraq.", ("EGY", "IRQ")),
        ("Qatar hosted talks attended by a Taliban delegation.", ("QAT", "AFG")),
    ],
)  # fmt: skip
def test_who_attended_a_hosted_gathering_was_hosted(resources, text, pair):
    assert ("CONSULT", *pair) in dyads(resources, text)


def test_a_gathering_attended_by_no_party_hosts_no_one(resources):
    sides = event_sides(
        resources, "Germany hosted a conference attended by hundreds of scientists."
    )
    assert not any(t == "CONSULT" and tgt for t, _, tgt, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# "the two countries" between a subject and the party beside it


def test_the_two_countries_between_a_subject_and_the_party_beside_it(resources):
    found = dyads(
        resources,
        "Putin, standing alongside Xi, praised the partnership between the two countries.",
    )
    assert ("SUPPORT", "RUS", "CHN") in found, found


def test_the_two_sides_after_a_listed_subject_are_not_the_subject(resources):
    sides = event_sides(resources, "Russia and France urged talks between the two sides.")
    assert not any(t == "CONSULT" and s == fs("RUS", "FRA") and a for t, s, _, a in sides), sides


def test_a_naming_clause_adjective_is_no_course_of_the_doer(resources):
    # "provocative" is the namer's word for the flotilla, not a course Turkey takes
    found = dyads(
        resources,
        "Israel's deputy foreign minister said he wants Turkish Prime Minister Erdogan to block "
        "what he considers a provocative flotilla.",
    )
    assert ("ACCUSE", "ISR", "TUR") not in found, found
    assert ("REQUEST", "ISR", "TUR") in found, found


# ------------------------------------------------------------------------------------------------
# "the country" said of by its own officials


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russian officials state that the country will send S-300 air-defense missile systems "
         "to Syria within two weeks.", ("AGREE", "RUS", "SYR")),
        ("The Foreign Ministry of Syria announces that the country is formally suspending "
         "diplomatic relations with Ukraine.", ("SANCTION", "SYR", "UKR")),
        ("US National Security Advisor Jake Sullivan announces that the country will send "
         "medical aid to India.", ("AGREE", "USA", "IND")),
    ],
)  # fmt: skip
def test_the_country_in_what_its_officials_say_is_theirs(resources, text, event):
    assert event in dyads(resources, text)


def test_the_country_in_what_un_officials_say_is_not_the_un(resources):
    sides = event_sides(
        resources, "UN officials said the country will receive food aid from Japan."
    )
    assert not any("UN" in tgt for _, _, tgt, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# gifts received, their giver named by a participle; deliveries told by an "of" phrase


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya received two helicopters donated by the United States.", ("USA", "KEN")),
        ("Jordan received 50,000 doses of vaccine supplied by China.", ("CHN", "JOR")),
        ("Indonesia receives the first batch of 500,000 doses of the vaccine donated by the "
         "Netherlands.", ("NLD", "IDN")),
        ("The U.S. has completed a delivery of Javelin anti-tank missile systems to Ukraine.",
         ("USA", "UKR")),
        ("Russia began the delivery of S-400 air defence systems to Turkey.", ("RUS", "TUR")),
    ],
)  # fmt: skip
def test_gifts_received_and_deliveries_name_giver_and_recipient(resources, text, pair):
    assert ("AID", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "The delivery of the documents to the court was delayed.",
        # a delivery with no recipient named is no dyad
        "The first shipment of vaccine doses from India arrived.",
    ],
)
def test_deliveries_of_other_things_or_to_no_one_are_no_aid(resources, text):
    found = dyads(resources, text)
    assert not any(t == "AID" for t, *_ in found), found


# ------------------------------------------------------------------------------------------------
# visits begun with "commence"; what a party wants another to do


def test_a_visit_commenced_is_a_visit(resources):
    found = dyads(
        resources,
        "The Prime Minister of Pakistan Yusuf Raza Gilani commences a state visit to the People's "
        "Republic of China.",
    )
    assert ("CONSULT", "PAK", "CHN") in found, found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Washington wants Beijing to press Pyongyang.", ("REQUEST", "USA", "CHN")),
        ("Israel's deputy foreign minister said he wants re-elected Prime Minister of Turkey "
         "Recep Tayyip Erdogan to block the flotilla bound for Gaza.", ("REQUEST", "ISR", "TUR")),
    ],
)  # fmt: skip
def test_wanting_a_party_to_act_asks_it(resources, text, event):
    found = dyads(resources, text)
    assert event in found, found
    assert not any(t == "THREATEN" for t, *_ in found), found


def test_the_country_in_what_a_leader_named_with_the_country_says_is_theirs(resources):
    found = dyads(
        resources,
        "President of France Emmanuel Macron announces that the country will send Dassault "
        "Mirage 2000-5 fighter aircraft to Ukraine.",
    )
    assert ("AGREE", "FRA", "UKR") in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the receiver's own possessive names no giver
        ("The Philippines receives its first shipment of 600,000 doses of the Sinovac vaccine "
         "donated by China.", ("CHN", "PHL")),
    ],
)  # fmt: skip
def test_the_receivers_own_possessive_is_no_giver(resources, text, pair):
    assert ("AID", *pair) in dyads(resources, text)


def test_who_made_what_was_received_did_not_give_it(resources):
    sides = event_sides(
        resources,
        "Myanmar receives its first 1.5 million doses of the vaccine manufactured by the Serum "
        "Institute of India.",
    )
    assert not any("IND" in src for _, src, _, _ in sides), sides


def test_a_weapon_planted_by_a_group_is_not_what_a_vehicle_hitting_it_attacked(resources):
    sides = event_sides(
        resources,
        "Two men were killed when their vehicle hit a roadside bomb planted by Islamic State "
        "insurgents.",
    )
    assert not any(t == "ASSAULT" and "IMG" in tgt for t, _, tgt, _ in sides), sides


def test_areas_held_by_a_group_are_its_side(resources):
    found = dyads(resources, "Turkey has shelled areas held by the Kurdish YPG militia in Syria.")
    assert ("ASSAULT", "TUR", "SYR") in found, found


# ------------------------------------------------------------------------------------------------
# goods stopped, told as a noun; ability in the past


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Colombia announces the suspension of coal exports to Israel.", ("COL", "ISR")),
        ("Germany ordered a halt to arms sales to Saudi Arabia.", ("DEU", "SAU")),
    ],
)
def test_a_suspension_of_exports_to_a_party_is_a_sanction(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


def test_a_suspension_of_exports_to_no_one_names_no_target(resources):
    assert not dyads(resources, "The suspension of exports was lifted.")


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("The Thai prime minister was able to meet the Singaporean foreign minister.", True),
        ("The Thai prime minister will be able to meet the Singaporean foreign minister.", False),
        ("The Thai prime minister is able to meet the Singaporean foreign minister.", False),
        ("The Thai prime minister was unable to meet the Singaporean foreign minister.", False),
        ("The Thai prime minister may be able to meet the Singaporean foreign minister.", False),
    ],
)
def test_ability_told_in_the_past_says_the_act_was_done(resources, text, asserted):
    sides = event_sides(resources, text)
    meetings = [a for t, _, _, a in sides if t == "CONSULT"]
    assert meetings and all(a == asserted for a in meetings), sides


# ------------------------------------------------------------------------------------------------
# relations terminated; joining an undertaking with partners


@pytest.mark.parametrize(
    "text",
    [
        "Morocco terminates diplomatic relations with Iran.",
        "Morocco announced the termination of diplomatic relations with Iran.",
    ],
)
def test_terminating_relations_severs_them(resources, text):
    assert ("SANCTION", "MAR", "IRN") in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Malaysian navy joined the search, along with ships from Singapore and Vietnam.",
         ("MYS", "SGP")),
        ("Malaysia joined the search alongside Singapore.", ("MYS", "SGP")),
    ],
)  # fmt: skip
def test_joining_an_undertaking_with_a_partner_is_cooperation(resources, text, pair):
    assert ("COOPERATE", *pair) in dyads(resources, text)


def test_one_party_joining_an_undertaking_names_no_partner(resources):
    assert not event_sides(resources, "Ukraine joined the investigation into the crash.")


# ------------------------------------------------------------------------------------------------
# reactions: angry ones criticise; an answer hung on the act answered is still the answerer's


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ankara reacted angrily to the French vote.", ("TUR", "FRA")),
        ("Beijing responded sharply to Japan's remarks.", ("CHN", "JPN")),
    ],
)
def test_an_angry_reaction_to_a_partys_act_criticises_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_a_calm_reaction_criticises_no_one(resources):
    found = dyads(resources, "Beijing responded to Japan's remarks on Monday.")
    assert not any(t == "ACCUSE" for t, *_ in found), found


def test_an_answer_hung_on_the_act_answered_is_the_answerers(resources):
    sides = event_sides(resources, "Russia responded to the Ukrainian attack with airstrikes.")
    assert any(t == "ASSAULT" and src == fs("RUS") for t, src, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# members named in a plural of parties; military targets


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("China criticised Western countries such as Britain for interfering.",
         ("ACCUSE", "CHN", "GBR")),
        ("The EU imposed sanctions on countries such as Belarus.", ("SANCTION", "EU", "BLR")),
        ("Russia warned countries like Poland against sending troops.",
         ("THREATEN", "RUS", "POL")),
    ],
)  # fmt: skip
def test_the_members_a_plural_of_parties_names_are_the_parties(resources, text, event):
    assert event in dyads(resources, text)


def test_a_plural_of_parties_naming_none_names_no_one(resources):
    found = dyads(resources, "China criticised Western countries for interfering.")
    assert not any(t == "ACCUSE" for t, *_ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Houthis said they targeted a US destroyer in the Red Sea.", ("YEM", "USA")),
        ("Ukraine targeted Russian energy infrastructure in Belgorod.", ("UKR", "RUS")),
    ],
)
def test_targeting_military_vessels_and_infrastructure_is_an_attack(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_targeting_consumers_is_no_attack(resources):
    assert not event_sides(resources, "The Chinese campaign targeted American consumers.")


# ------------------------------------------------------------------------------------------------
# help told by what it helps do; money given for a purpose


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan helped rebuild Ukraine's power grid.", ("JPN", "UKR")),
        ("Qatar pledges US$500 million to help rebuild the Gaza Strip.", ("QAT", "PSE")),
    ],
)
def test_help_to_rebuild_a_partys_assets_is_aid_to_it(resources, text, pair):
    assert ("AID", *pair) in dyads(resources, text)


def test_workers_sent_to_help_rebuild_a_partys_region_go_to_it(resources):
    found = dyads(
        resources, "North Korea sends thousands of workers to help rebuild Russia's Kursk."
    )
    assert any(t in {"AID", "COOPERATE"} and (s, g) == ("PRK", "RUS") for t, s, g in found), found


def test_helping_capture_a_town_is_no_aid_to_its_country(resources):
    found = dyads(resources, "Russian jets helped capture the Syrian town of Palmyra.")
    assert not any(t == "AID" for t, *_ in found), found


def test_help_to_strengthen_ones_own_forces_is_no_aid_to_oneself(resources):
    sides = event_sides(
        resources, "Saudi Arabia pledges US$3 billion to Lebanon to help strengthen their military."
    )
    assert not any(t == "AID" and src & tgt for t, src, tgt, _ in sides), sides


def test_helping_support_a_cause_is_support_not_aid(resources):
    sides = event_sides(
        resources,
        "Saudi Arabia mobilized groups in the United States to help support the rights of "
        "Palestinians.",
    )
    assert not any(t == "AID" for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# attacks halted; tariffs raised


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kata'ib Hezbollah suspends operations against the U.S. military in Iraq.",
         ("IRQ", "USA")),
        ("Hezbollah halted attacks on Israel.", ("LBN", "ISR")),
    ],
)  # fmt: skip
def test_attacks_halted_on_a_party_de_escalate(resources, text, pair):
    found = dyads(resources, text)
    assert ("RETREAT", *pair) in found, found
    assert not any(t == "ASSAULT" for t, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The factory halted operations.",
        # firms and embassies suspending operations in a country de-escalate nothing
        "Visa and Mastercard suspend operations in Russia.",
        "Canada and the United States suspend all diplomatic operations in Sudan.",
    ],
)
def test_operations_halted_elsewhere_are_no_de_escalation(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "RETREAT" for t, *_ in sides), sides


def test_combat_operations_ended_in_a_war_de_escalate(resources):
    found = dyads(resources, "The United Kingdom ends combat operations in the Iraq War.")
    assert ("RETREAT", "GBR", "IRQ") in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China raised tariffs on goods from the United States.", ("CHN", "USA")),
        ("The US doubled tariffs on Chinese steel.", ("USA", "CHN")),
        ("Trump announces a 30% tariff increase on imported items from Mexico.", ("USA", "MEX")),
    ],
)
def test_tariffs_raised_on_a_partys_goods_sanction_it(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text", ["Japan raised its tax on tobacco.", "India raised import duties."]
)
def test_duties_raised_on_no_party_are_no_sanction(resources, text):
    assert not dyads(resources, text)
