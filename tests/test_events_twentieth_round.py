"""The twentieth round of constructions (issue 9): where the parties of an act are found outside
its own phrase.

- What an attack struck, told as what suffered beside it: "five Afghan civilians died in a US
  drone strike", "a Russian warship sank after a Ukrainian missile strike", "an oil depot in
  Belgorod caught fire following a drone attack by Ukrainian forces" (the subject of a verb of
  dying or of a thing wrecked, or the place it stands in, is the recipient).
- The doer's own "by" phrase is no place where private victims were struck ("an Israeli woman
  died in a rocket attack by Hamas" keeps its victim).
- Ships rammed are attacked (CAMEO 190); vessels blocked on their way are restricted (191).
- A body made up of several states' people ("a team comprising police from Spain, Portugal and
  France") acts for each of them, and together; several states taking part in an operation
  cooperate.
- A raid by armed forces is an armed attack (190), by police a coercive search (170); a place
  named in front of what was struck ("the Jenin refugee camp") is where it struck.
- An act of force told as part of an accident is none ("were killed when their truck
  overturned"); the far side of a frontier is no guess at an attacker.
- A participle of saying after a comma, hung on a reported clause, is the reporter's; what a
  state says its own forces must do asks no one.
- A hostile act with no doer, named as the reason ("over", "for") for censuring a party or a
  measure against it, is that party's deed ("summoned the Israeli ambassador over attacks on UN
  peacekeepers").
- Forces, their vehicles and arms named again with "the" ("Israeli tanks entered ... The tanks
  fired") are the side named with that noun just before, when it is one side.
- Avenging a harm is striking back at its doer (CAMEO 190; vowed, a threat).
- National armed groups that PETRARCH's dictionaries code by region (IMG) are coded to the
  country they fight in, as the catalogue codes Hamas or the Taliban (PFLP, DFLP, the IRA, the
  Free Papua Movement, the ONLF ...).
- Hosting a gathering whose own clause names who took part ("hosted a summit that brought
  together the leaders of Egypt and Jordan") hosts them.
- A that-clause the parser hangs on the noun of "said in a statement that ..." is the
  reporting verb's (a repair after the parse, ``detente.nlp``).
- Saying a party was involved, engaged, complicit or guilty in or of a harm blames it; "guilty
  of nothing" and taking part in what is not said blame no one.
- "Both sides" before the pair a "between" phrase of the same sentence names is that pair;
  "the council", "the league" named again with "the" are the body named just before.
- A present-tense clause of time ("when", "once", "until") under an act not yet done tells a
  later time ("are expected to discuss Syria when they meet"); "after" in the present is the
  historical present of news summaries and is left alone.
- Deaths told with no doer "following" or "after" a fight with a party are that fight's toll
  (folded into one event), so the far side of a frontier is not needed to find the attacker.
- Tax revenues and gas transit withheld are the end of material aid (162); companies
  "designated" by the sanctions authorities are sanctioned (163).
- A naming verb that calls a party's claims groundless rejects them ("the Kremlin called the
  British accusations groundless").

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# what an attack struck, told as what suffered beside it


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Five Afghan civilians died in a US drone strike.", ("USA", "AFG")),
        ("Three Syrian soldiers died during an Israeli air raid.", ("ISR", "SYR")),
        ("A Ukrainian civilian died after Russian shelling.", ("RUS", "UKR")),
        ("An Israeli woman died in a rocket attack by Hamas.", ("PSE", "ISR")),
        ("A Russian warship sank after a Ukrainian missile strike.", ("UKR", "RUS")),
        ("A Saudi tanker exploded after a Houthi missile attack.", ("YEM", "SAU")),
        ("A building in Kyiv collapsed after a Russian missile strike.", ("RUS", "UKR")),
        (
            "An oil depot in Belgorod caught fire following a drone attack by Ukrainian forces.",
            ("UKR", "RUS"),
        ),
        (
            "An oil terminal in Feodosia, the largest oil facility in Russian-occupied Crimea, "
            "catches fire following an overnight drone attack by Ukrainian forces.",
            ("UKR", "RUS"),
        ),
    ],
)
def test_what_suffered_beside_an_attack_is_what_it_struck(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # the doer's own people are no recipient
        "Two Russian soldiers died in a Russian air strike.",
        # a place of the doer's own country
        "A fuel depot in Crimea caught fire after a Ukrainian drone attack.",
    ],
)
def test_the_doers_own_side_is_not_what_their_attack_struck(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" and tgt for t, _, tgt, _ in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "He died in a car crash in Germany.",
        "The ferry capsized in a storm off Indonesia.",
        "Thousands of Ukrainians died in the famine of 1932.",
    ],
)
def test_dying_or_sinking_with_no_attack_codes_nothing(resources, text):
    assert not event_sides(resources, text)


# ------------------------------------------------------------------------------------------------
# ships rammed and vessels blocked


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Chinese vessel rammed a Philippine coast guard ship.", ("CHN", "PHL")),
        ("Russian warships rammed a Ukrainian tugboat off Crimea.", ("RUS", "UKR")),
    ],
)
def test_ramming_a_ship_is_an_assault(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Philippine supply boat was blocked by Chinese coast guard vessels.", ("CHN", "PHL")),
        ("Greek warships blocked a Turkish research vessel.", ("GRC", "TUR")),
    ],
)
def test_blocking_a_vessel_restricts_movement(resources, text, pair):
    assert ("COERCE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    ["The minister rammed home his point at the meeting.", "China blocked the UN resolution."],
)
def test_a_point_rammed_home_or_a_resolution_blocked_is_no_force(resources, text):
    sides = event_sides(resources, text)
    assert not any(t in {"ASSAULT", "COERCE"} for t, *_ in sides), sides


# ------------------------------------------------------------------------------------------------
# a body made up of several states' people acts for each of them, and together


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "An international team made up of experts from France, Germany and Italy examined "
            "the wreck.",
            fs("FRA", "DEU", "ITA"),
        ),
        (
            "The inquiry was conducted by a team comprising police from Spain, Portugal and "
            "France.",
            fs("ESP", "PRT", "FRA"),
        ),
        (
            "A team comprising police from Spain, Portugal and France arrested the suspect.",
            fs("ESP", "PRT", "FRA"),
        ),
        ("A task force of Kenyan, Ugandan and Ethiopian troops fought al-Shabaab.",
         fs("KEN", "UGA", "ETH")),
    ],
)  # fmt: skip
def test_a_body_of_several_states_acts_for_each_and_together(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t == "COOPERATE" and s == parties and a for t, s, _, a in sides), sides
    assert any(t != "COOPERATE" and s >= parties for t, s, _, _ in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "A committee made up of lawyers from Spain visited the prison.",
        "The team, led by a French expert, examined the wreck.",
    ],
)
def test_a_body_of_one_state_does_nothing_together(resources, text):
    assert not any(t == "COOPERATE" for t, *_ in event_sides(resources, text))


def test_a_team_of_private_people_is_no_tie_of_states(resources):
    text = "A team made up of researchers from Chile, Spain and Italy investigated the crash."
    assert not any(t == "COOPERATE" for t, *_ in event_sides(resources, text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Police from Germany and Poland took part in the operation.", fs("DEU", "POL")),
        ("Rescuers from Greece and Israel took part in the search.", fs("GRC", "ISR")),
        ("Sweden and Finland participated in the investigation.", fs("SWE", "FIN")),
    ],
)
def test_several_states_taking_part_in_an_undertaking_cooperate(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("COOPERATE", parties, frozenset(), True) in sides, sides


def test_one_state_taking_part_names_no_partner(resources):
    assert not event_sides(resources, "Germany took part in the operation.")


# ------------------------------------------------------------------------------------------------
# raids by armed forces; a place named in front of what was struck


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli forces raided the Jenin refugee camp.", ("ISR", "PSE")),
        ("Russian special forces stormed a Ukrainian navy ship.", ("RUS", "UKR")),
    ],
)
def test_a_raid_by_armed_forces_is_an_assault(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_police_raid_is_coercion_not_an_armed_attack(resources):
    sides = event_sides(resources, "Police raided the offices of a Turkish newspaper.")
    assert any(t == "COERCE" for t, *_ in sides), sides
    assert not any(t == "ASSAULT" for t, *_ in sides), sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukrainian drones hit the Ryazan oil refinery.", ("UKR", "RUS")),
        ("Israeli jets bombed the Nuseirat refugee camp.", ("ISR", "PSE")),
    ],
)
def test_a_place_named_in_front_of_the_target_is_where_it_struck(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_person_named_in_front_of_a_policy_is_no_place(resources):
    sides = event_sides(resources, "Iran criticised the Trump administration's policy.")
    assert ("ACCUSE", frozenset({"IRN"}), frozenset({"USA"}), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# accidents; the far side of a frontier


@pytest.mark.parametrize(
    "text",
    [
        "Five UN peacekeepers from Nepal were killed when their armoured carrier crashed and "
        "rolled into a river near Bangui, Central African Republic.",
        "Five Indian soldiers were killed when their truck overturned in Ladakh.",
        "Ten Turkish soldiers were killed when their helicopter crashed in Syria.",
        "A United Nations plane from Uruguay crashes near the border, killing at least 11 people "
        "from Jordan and Uruguay.",
    ],
)
def test_deaths_in_an_accident_are_no_attack(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" for t, *_ in sides), sides


def test_a_weapon_crashing_into_a_home_is_still_an_attack(resources):
    text = "Three Ukrainian civilians were killed when a Russian missile crashed into their home."
    sides = event_sides(resources, text)
    assert any(t == "ASSAULT" and tgt == fs("UKR") for t, _, tgt, _ in sides), sides


def test_the_far_side_of_a_frontier_is_no_guess_at_the_attacker(resources):
    text = "Two Pakistani soldiers were killed near the border with India."
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" and "IND" in s for t, s, _, _ in sides), sides


def test_an_attack_near_a_frontier_still_strikes_the_far_side(resources):
    text = "Pakistani troops shelled villages near the border with India."
    assert ("ASSAULT", "PAK", "IND") in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a participle of saying; demands on one's own side


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Armenia requested that Russia withdraw its troops, saying that Moscow must "
            "respect its sovereignty.",
            ("ARM", "RUS"),
        ),
        (
            "Iran said the United States had violated the deal, adding that Washington must "
            "lift sanctions.",
            ("IRN", "USA"),
        ),
    ],
)
def test_a_participle_of_saying_is_the_reporters(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


def test_what_a_state_says_its_own_forces_must_do_asks_no_one(resources):
    text = (
        "Armenia requested that Russia withdraw its troops from the airport, saying that the "
        "airport must be guarded solely by the Armenian border guard."
    )
    sides = event_sides(resources, text)
    assert not any(s & tgt for _, s, tgt, _ in sides), sides
    assert not any(t == "REQUEST" and s == fs("RUS") for t, s, _, _ in sides), sides


def test_an_opposition_demanding_of_its_government_still_asks(resources):
    text = "Venezuela's opposition said the Venezuelan government must hold free elections."
    events = [e for e in coded(resources, text) if e.event_type == "REQUEST"]
    assert any(
        {a.sector for a in e.source} == {"OPP"} and {a.code for a in e.target} == {"VEN"}
        for e in events
    ), events


# ------------------------------------------------------------------------------------------------
# a hostile act named as the reason for judging a party is that party's deed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("France summoned the Israeli ambassador over attacks on UN peacekeepers in Lebanon.",
         ("ISR", "UN")),
        ("France criticised Israel over attacks on UN peacekeepers in Lebanon.", ("ISR", "UN")),
        ("China lodged a protest with Japan over the detention of a Chinese captain.",
         ("JPN", "CHN")),
    ],
)  # fmt: skip
def test_the_reason_for_judging_a_party_is_its_deed(resources, text, pair):
    types = {t for t, *p in dyads(resources, text) if tuple(p) == pair}
    assert types & {"ASSAULT", "COERCE"}, dyads(resources, text)


def test_a_deed_with_a_doer_of_its_own_keeps_it(resources):
    text = "Britain criticised Israel over attacks by Hezbollah on UN peacekeepers in Lebanon."
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" and "ISR" in s for t, s, _, _ in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "The EU expressed sympathy to Turkey over the bombing in Ankara.",
        "Japan expressed solidarity with Turkey over the attack in Ankara.",
    ],
)
def test_sympathy_over_an_act_makes_no_doer(resources, text):
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" and "TUR" in s for t, s, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# "the tanks", "the troops": forces named again with "the"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian troops entered the village. The troops killed three Ukrainian civilians.",
         ("RUS", "UKR")),
        ("Israeli tanks crossed into Lebanon on Sunday. The tanks fired at a UN base, injuring "
         "two peacekeepers.", ("ISR", "UN")),
    ],
)  # fmt: skip
def test_forces_named_again_with_the_are_the_same_side(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_the_troops_of_two_sides_named_before_are_neither(resources):
    text = (
        "Russian and Ukrainian troops clashed near Bakhmut. The troops fired artillery at a "
        "school in Kharkiv."
    )
    sides = event_sides(resources, text)
    assert not any(t == "ASSAULT" and s == fs("UKR") for t, s, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# avenging


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An Israeli strike killed an Iranian general in Damascus. Iran vowed to avenge his "
         "death.", ("IRN", "ISR")),
        ("Hezbollah vowed to avenge the killing of its commander by Israel.", ("LBN", "ISR")),
    ],
)  # fmt: skip
def test_vowing_to_avenge_a_harm_threatens_its_doer(resources, text, pair):
    assert ("THREATEN", *pair) in dyads(resources, text)


def test_avenging_a_defeat_in_sport_is_no_threat(resources):
    assert not event_sides(resources, "The fans avenged last year's defeat in the final.")


# ------------------------------------------------------------------------------------------------
# national armed groups PETRARCH codes by region, to the country they fight in


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The PFLP accused Israel of the killing.", ("PSE", "ISR")),
        ("The Popular Front for the Liberation of Palestine – General Command accused Israel of "
         "the explosion.", ("PSE", "ISR")),
        ("The Democratic Front for the Liberation of Palestine accused Israel of the raid.",
         ("PSE", "ISR")),
    ],
)  # fmt: skip
def test_palestinian_armed_groups_are_palestinian(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The IRA bombed a police station in Belfast.", "GBR"),
        ("The Free Papua Movement attacked Indonesian soldiers in Papua.", "IDN"),
        ("Ethiopian troops clashed with the Ogaden National Liberation Front.", "ETH"),
        ("The SPLA clashed with rebel forces in Jonglei.", "SSD"),
    ],
)
def test_a_national_armed_group_acts_at_home(resources, text, code):
    sides = event_sides(resources, text)
    assert any(t == "ASSAULT" and code in s | tgt for t, s, tgt, _ in sides), sides
    assert not any("IMG" in s | tgt for _, s, tgt, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# hosting a gathering whose clause names who took part


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Saudi Arabia hosted a summit that brought together leaders of Egypt and Jordan.",
         fs("EGY", "JOR")),
        ("Egypt hosted talks, which included Israel and Hamas.", fs("ISR", "PSE")),
        ("Qatar hosted a meeting involving officials from the United States and the Taliban.",
         fs("USA", "AFG")),
    ],
)  # fmt: skip
def test_hosting_a_gathering_hosts_who_took_part(resources, text, guests):
    sides = event_sides(resources, text)
    assert any(t == "CONSULT" and tgt == guests for t, _, tgt, _ in sides), sides


def test_hosting_a_gathering_of_no_named_party_hosts_no_one(resources):
    text = "Saudi Arabia hosted a summit that brought together business leaders."
    assert not event_sides(resources, text)


# ------------------------------------------------------------------------------------------------
# a that-clause the parser hangs on "a statement" is the reporting verb's


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said in a statement that the Greek decision was illegal.",
        "The Turkish ministry said in a statement on Tuesday that the Greek decision was a "
        "violation of international law.",
        "Erdogan warned in a speech that the Greek decision was illegal.",
    ],
)
def test_a_clause_hung_on_a_statement_is_the_verbs(nlp, resources, text):
    doc = nlp(text)
    clause = next(
        t for t in doc if any(c.lower_ == "that" and c.dep_ == "mark" for c in t.children)
    )
    assert clause.dep_ == "ccomp" and clause.head.lemma_ in {"say", "warn"}
    assert ("ACCUSE", "TUR", "GRC") in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        # a relative clause, "that" its subject, on an object, not in an "in" phrase
        ("China issued a statement that condemned Japan.", "condemn", "statement"),
        # a noun that is no statement
        ("Germany welcomed the fact that Russia would withdraw.", "withdraw", "fact"),
    ],
)
def test_other_clauses_of_nouns_stay_where_they_are(nlp, text, verb, noun):
    doc = nlp(text)
    clause = next(t for t in doc if t.lemma_ == verb)
    assert clause.head.lemma_ == noun, [(t.text, t.dep_, t.head.text) for t in doc]


# ------------------------------------------------------------------------------------------------
# blame for being involved or engaged in a harm


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Zarif said that the United States was engaged in economic terrorism.", ("IRN", "USA")),
        ("Iran said the United States was involved in the assassination.", ("IRN", "USA")),
        ("Russia said Britain was involved in the drone attack on its fleet.", ("RUS", "GBR")),
        ("Iran said Israel was complicit in the killing.", ("IRN", "ISR")),
    ],
)
def test_saying_a_party_took_part_in_a_harm_blames_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said the United States was engaged in talks with Iraq.",
        "China said the United States was involved in the negotiations.",
        "Iran said the United States was not involved in the attack.",
        "The UN said Israel was guilty of nothing.",
    ],
)
def test_taking_part_in_no_harm_or_denied_blames_no_one(resources, text):
    assert not any(t == "ACCUSE" for t, *_ in event_sides(resources, text))


def test_involved_in_what_is_not_said_blames_no_one(resources):
    text = "A Pentagon report found that five Afghan soldiers were involved."
    assert not any(t == "ACCUSE" for t, *_ in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# "both sides" before the pair a "between" phrase names; "the council" named just before


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The European Union has urged both sides to show restraint after clashes between "
         "Armenia and Azerbaijan.", fs("ARM", "AZE")),
        ("The UN called on the two sides to resume talks, amid tension between India and "
         "Pakistan.", fs("IND", "PAK")),
    ],
)  # fmt: skip
def test_both_sides_are_the_pair_a_between_phrase_names_after(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(t == "REQUEST" and tgt == parties for t, _, tgt, _ in sides), sides


def test_both_sides_with_no_pair_named_anywhere_are_no_one(resources):
    text = "The European Union has urged both sides to show restraint."
    sides = event_sides(resources, text)
    assert not any(t == "REQUEST" and tgt for t, _, tgt, _ in sides), sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In a letter to the UN Security Council, Iran asked the council to condemn the US "
         "strike.", ("IRN", "UN")),
        ("The Arab League met in Cairo on Sunday. The league condemned Israel.", ("IGO", "ISR")),
    ],
)  # fmt: skip
def test_a_body_named_again_with_the_is_the_one_named_before(resources, text, pair):
    types = {t for t, *p in dyads(resources, text) if tuple(p) == pair}
    assert types, dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a present-tense clause of time under an act not yet done


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan and Putin are expected to discuss Syria when they meet in Moscow on Thursday.",
        "Erdogan and Putin will sign the deal when they meet in Moscow.",
    ],
)
def test_a_meeting_told_in_a_clause_of_time_under_a_future_act_is_future(resources, text):
    meetings = [e for e in coded(resources, text) if e.trigger.startswith("meet")]
    assert meetings and all(e.future and not e.asserted for e in meetings), meetings


def test_a_past_clause_of_time_stays_asserted(resources):
    text = "Erdogan and Putin discussed Syria when they met in Moscow."
    meetings = [e for e in coded(resources, text) if e.trigger.startswith("met")]
    assert meetings and all(e.asserted for e in meetings), meetings


def test_the_historical_present_after_after_stays_asserted(resources):
    text = "Tajikistan hints that it may release a Russian pilot, after Russia deports hundreds of Tajik migrant workers."
    deports = [e for e in coded(resources, text) if e.trigger.startswith("deport")]
    assert deports and all(e.asserted for e in deports), deports


# ------------------------------------------------------------------------------------------------
# deaths told "following" or "after" a fight are its toll


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two Saudi border guards were killed following clashes with Yemeni forces near the "
         "border with Yemen.", ("YEM", "SAU")),
        ("Four Indian soldiers were killed after clashes with Chinese troops.", ("CHN", "IND")),
    ],
)  # fmt: skip
def test_deaths_following_a_fight_are_its_toll(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_strike_after_a_fight_is_another_act(resources):
    sides = event_sides(resources, "Israel struck Gaza after clashes with Hamas.")
    assert ("ASSAULT", fs("ISR"), fs("PSE"), True) in sides, sides
    assert any(t == "ASSAULT" and not s for t, s, _, _ in sides), sides


# ------------------------------------------------------------------------------------------------
# measures of recent news: revenues and transit withheld, designations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel withholds Palestinian tax revenues.", ("ISR", "PSE")),
        ("Ukraine stops the transit of Russian gas to Europe.", ("UKR", "RUS")),
        ("The US Treasury designates three Chinese companies for supplying Iran with drone parts.",
         ("USA", "CHN")),
    ],
)  # fmt: skip
def test_revenues_withheld_and_designations_are_sanctions(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "The committee designated a new chairman.",
        # "as" a terrorist organisation: the judging entry, an accusation
        "The United States designated the Houthis as a terrorist organization.",
    ],
)
def test_other_designations_are_no_sanction(resources, text):
    assert not any(t == "SANCTION" for t, *_ in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# a party's claims called groundless


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Kremlin called the British accusations groundless.", ("RUS", "GBR")),
        ("China called the Philippine allegations baseless.", ("CHN", "PHL")),
    ],
)
def test_calling_a_partys_claims_groundless_rejects_them(resources, text, pair):
    assert ("REJECT", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain called the Russian accusations accurate.",  # no word of denial
        "The Kremlin called the report groundless.",  # whose report is not said
    ],
)
def test_claims_called_true_or_owned_by_no_one_are_no_rejection(resources, text):
    assert not any(t == "REJECT" for t, *_ in event_sides(resources, text))
