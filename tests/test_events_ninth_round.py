"""The ninth round of constructions (issue 9): names joined by slashes, pronouns bound by the
clause they sit in, prepositional relatives, weapons and forces that act for their sender, gifts
received, headline verb lists, acts on the relation between a subject's own parties, warnings
defied, and measures a speaker confirms.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import pytest

from detente import pipeline
from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# names joined by a slash are coordinated: "the British/French task force", "US/UK strikes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya sent troops to support the British/French taskforce in Mali.",
            {("COOPERATE", "KEN", "GBR"), ("COOPERATE", "KEN", "FRA")},
        ),
        (
            "The US/UK strikes on Yemen killed 16 people.",
            {("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM")},
        ),
        (
            "A joint US/UK/French statement condemned Iran.",
            {("ACCUSE", "USA", "IRN"), ("ACCUSE", "GBR", "IRN"), ("ACCUSE", "FRA", "IRN")},
        ),
    ],
)
def test_names_joined_by_a_slash_are_each_a_party(resources, text, expected):
    assert expected <= dyads(resources, text)


def test_a_slash_between_common_words_joins_no_party(resources):
    got = dyads(resources, "Iranian and/or Syrian drones attacked Israel.")
    assert got <= {("ASSAULT", "IRN", "ISR"), ("ASSAULT", "SYR", "ISR")}


# ------------------------------------------------------------------------------------------------
# "A formation of Russian bombers from Belarus": the members' own name says whose they are


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "A formation of Russian bombers from Belarus flew over Poland.",
            ("MOBILIZE", "RUS", "POL"),
            ("MOBILIZE", "BLR", "POL"),
        ),
        (
            "A squadron of American fighter jets from Japan flew over Taiwan.",
            ("MOBILIZE", "USA", "TWN"),
            ("MOBILIZE", "JPN", "TWN"),
        ),
    ],
)
def test_members_named_by_their_country_are_not_where_they_came_from(
    resources, text, expected, wrong
):
    got = dyads(resources, text)
    assert expected in got
    assert wrong not in got


def test_members_without_a_country_are_from_where_the_phrase_says(resources):
    got = dyads(resources, "A delegation of officials from Japan visited Seoul.")
    assert ("CONSULT", "JPN", "KOR") in got


# ------------------------------------------------------------------------------------------------
# the object pronoun of a clause sharing the main verb's subject is the main verb's object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela banned the Colombian broadcaster after accusing it of spreading lies.",
            ("ACCUSE", "VEN", "COL"),
        ),
        (
            "Russia expelled two Polish diplomats, accusing them of spying.",
            ("ACCUSE", "RUS", "POL"),
        ),
    ],
)
def test_an_object_pronoun_is_the_main_verbs_object(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_clause_with_its_own_subject_keeps_its_pronoun(resources):
    # "it" here is the subject's own country, told by the clause's own subject
    got = dyads(
        resources, "Iran expelled the Swiss envoy after Israel accused it of hosting spies."
    )
    assert ("ACCUSE", "ISR", "CHE") not in got


# ------------------------------------------------------------------------------------------------
# "a proposal, to which Russia agreed": the preposition's object is the antecedent, and a
# measure stands for the one who made it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan presented a ceasefire proposal, to which Russia agreed.", ("AGREE", "RUS", "JPN")),
        ("Egypt drafted a truce plan, to which Israel objected.", ("REJECT", "ISR", "EGY")),
    ],
)
def test_a_prepositional_relative_acts_on_its_antecedent(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_prepositional_relative_on_a_named_antecedent_keeps_it(resources):
    got = dyads(resources, "Japan backed the Chinese plan, to which Russia objected.")
    assert ("REJECT", "RUS", "CHN") in got
    assert ("REJECT", "RUS", "JPN") not in got


# ------------------------------------------------------------------------------------------------
# weapons and forces sent into action act for their sender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia fired missiles that struck Kyiv.", ("ASSAULT", "RUS", "UKR")),
        ("Iran sent drones that attacked Saudi oil facilities.", ("ASSAULT", "IRN", "SAU")),
        ("Russia deployed warships that shelled Odesa.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_weapons_and_forces_act_for_their_sender(resources, text, expected):
    assert expected in dyads(resources, text)


def test_forces_sent_into_a_clash_are_their_senders_side(resources):
    got = event_sides(
        resources, "North Korea deployed troops who fought Ukrainian forces in Kursk."
    )
    assert ("ASSAULT", fs("PRK", "UKR"), fs(), True) in got


def test_a_bought_weapon_does_not_act_for_its_buyer(resources):
    got = dyads(resources, "Poland bought drones that were built in Turkey.")
    assert not {d for d in got if d[0] == "ASSAULT"}


def test_a_clash_between_its_own_parties_has_no_scene_target(resources):
    got = event_sides(resources, "North Korean troops fought Ukrainian forces in Kursk.")
    assert ("ASSAULT", fs("PRK", "UKR"), fs(), True) in got
    assert not any(tgt for t, _, tgt, _ in got if t == "ASSAULT")


# ------------------------------------------------------------------------------------------------
# things received "as a donation from" / "in a contribution from" a giver


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji received 5,000 vaccine doses as a donation from Japan.", ("AID", "JPN", "FJI")),
        (
            "Palau received medical supplies in a special contribution from the United States.",
            ("AID", "USA", "PLW"),
        ),
    ],
)
def test_a_gift_names_its_giver(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_from_phrase_on_another_noun_names_no_giver(resources):
    got = dyads(resources, "Fiji received 5,000 vaccine doses in a shipment flown in by a charity.")
    assert not {d for d in got if d[0] == "AID" and d[1] != "FJI"}


# ------------------------------------------------------------------------------------------------
# "approved a package of arms sales worth $2 billion to Morocco": the recipient of what the
# object holds


def test_the_recipient_of_what_the_object_holds(resources):
    got = dyads(
        resources,
        "The State Department approved a package of arms sales worth $2 billion to Morocco.",
    )
    assert ("AID", "USA", "MAR") in got


# ------------------------------------------------------------------------------------------------
# a list of headline verbs whose first the parser reads as the subject's plural noun


def test_the_first_of_a_list_of_headline_verbs(resources):
    text = (
        "A Russian helicopter was shot down by Turkish forces over Syria. Russia says two pilots "
        "are killed. Turkey apologizes, extends condolences, and offers to pay compensation."
    )
    got = dyads(resources, text)
    assert ("SUPPORT", "TUR", "RUS") in got  # the apology, for the one it wronged


def test_a_plural_subject_before_a_comma_stays_a_noun(resources):
    got = dyads(resources, "Iranian protests, which spread to 50 cities, alarm Israel.")
    assert ("SUPPORT", "IRN", "ISR") not in got


# ------------------------------------------------------------------------------------------------
# an act on a relation by a compound subject naming no one else is on their relation


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Bahrain cut diplomatic ties.",
        "South Korea and Japan halted some military cooperation programs.",
    ],
)
def test_an_act_on_the_relation_between_the_subjects_parties(resources, text):
    got = event_sides(resources, text)
    assert any(t == "SANCTION" and len(src) == 2 and not tgt and ok for t, src, tgt, ok in got)
    assert all(e.mutual for e in coded(resources, text) if e.event_type == "SANCTION")


def test_a_relation_with_a_named_party_stays_directed(resources):
    got = dyads(resources, "Saudi Arabia and the UAE cut ties with Qatar.")
    assert got == {("SANCTION", "SAU", "QAT"), ("SANCTION", "ARE", "QAT")}


def test_a_compound_subject_acting_on_no_relation_is_no_pair(resources):
    got = dyads(resources, "Russia and China condemned the strikes.")
    assert not got


# ------------------------------------------------------------------------------------------------
# "ignored warnings from North Korea": the warning's author, hung on the verb of defying


def test_a_defied_warning_is_its_authors_threat(resources):
    got = dyads(resources, "South Korea ignored warnings from North Korea.")
    assert {("REJECT", "KOR", "PRK"), ("THREATEN", "PRK", "KOR")} <= got


def test_a_from_phrase_on_another_verb_authors_no_warning(resources):
    got = dyads(resources, "South Korea issued warnings after returning from North Korea.")
    assert ("THREATEN", "PRK", "KOR") not in got


# ------------------------------------------------------------------------------------------------
# a measure its speaker confirms by a verb of decision is the speaker's


def test_a_confirmed_measure_is_the_speakers(resources):
    got = dyads(
        resources, "Canada confirmed that tariffs on American goods will take effect on Monday."
    )
    assert ("SANCTION", "CAN", "USA") in got


@pytest.mark.parametrize(
    "text",
    [
        "Canada said that tariffs on American goods will hurt trade.",
        "Russia announced that strikes on Kyiv will continue.",
    ],
)
def test_a_said_measure_or_an_attack_is_not_the_speakers(resources, text):
    got = dyads(resources, text)
    assert not {d for d in got if d[1] in {"CAN", "RUS"}}


# ------------------------------------------------------------------------------------------------
# a refusal with an "unless"/"if" condition is aimed at the party the condition names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas refused to release the hostages unless Israel withdraws its troops.",
            ("REJECT", "PSE", "ISR"),
        ),
        (
            "Iran refused to resume talks unless the United States lifts sanctions.",
            ("REJECT", "IRN", "USA"),
        ),
    ],
)
def test_a_conditional_refusal_is_aimed_at_the_condition(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_refusal_with_its_own_recipient_keeps_it(resources):
    got = event_sides(resources, "Iran rejected the French proposal unless Russia backed it.")
    rejections = {(src, tgt) for t, src, tgt, _ in got if t == "REJECT"}
    assert rejections == {(fs("IRN"), fs("FRA"))}


# ------------------------------------------------------------------------------------------------
# "approved a plan to V": whoever adopts the plan does what it plans


def test_an_adopted_plan_is_its_adopters(resources):
    got = event_sides(
        resources, "The United States approved a move to send a missile system to Ukraine."
    )
    assert ("AID", fs("USA"), fs("UKR"), False) in got  # decided, not yet done


def test_a_plan_criticised_is_not_the_critics(resources):
    got = event_sides(resources, "Germany criticised a plan to send missiles to Ukraine.")
    assert not any("DEU" in src for t, src, _, _ in got if t == "AID")


# ------------------------------------------------------------------------------------------------
# first-person pronouns in reported words are whoever speaks them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I told President Xi that we oppose any change to the status quo," Japanese Prime '
            "Minister Fumio Kishida said.",
            ("REJECT", "JPN"),
        ),
        (
            '"My government will impose sanctions on Russia," the Japanese prime minister said.',
            ("SANCTION", "JPN"),
        ),
    ],
)
def test_first_person_is_the_speaker(resources, text, expected):
    got = {(e.event_type, a.code) for e in coded(resources, text) for a in e.source}
    assert expected in got
    assert ("REJECT", "CHN") not in got


def test_first_person_with_no_speaker_names_no_one(resources):
    got = coded(resources, "I condemn the Russian attack.")
    assert all(not e.source for e in got if e.event_type == "ACCUSE")


# ------------------------------------------------------------------------------------------------
# more knowledge: trade by export, doubts about good faith, swipes, disputes settled, pacts kept,
# meetings attended, names that condemn, demands dismissed, EU agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil exports beef to China.", ("COOPERATE", "BRA", "CHN")),
        ("Poland questioned Germany's commitment to NATO.", ("ACCUSE", "POL", "DEU")),
        ("Greece took a swipe at Turkey over the migrants.", ("ACCUSE", "GRC", "TUR")),
        ("China branded Taiwan's president a separatist.", ("ACCUSE", "CHN", "TWN")),
        ("Chile's president said Bolivia's demands were absurd.", ("REJECT", "CHL", "BOL")),
    ],
)
def test_more_knowledge(resources, text, expected):
    assert expected in dyads(resources, text)


def test_doubting_a_commitment_does_not_accuse_its_partner(resources):
    got = dyads(resources, "Poland questioned Germany's commitment to NATO.")
    assert ("ACCUSE", "POL", "NATO") not in got


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Greece and North Macedonia settled their name dispute.", fs("GRC", "MKD")),
        ("Japan resolved its dispute with South Korea.", fs("JPN", "KOR")),
    ],
)
def test_a_settled_dispute_is_agreement(resources, text, parties):
    got = event_sides(resources, text)
    assert ("AGREE", parties, fs(), True) in got


def test_keeping_to_a_pact(resources):
    got = event_sides(resources, "Israel said it would abide by the ceasefire with Hamas.")
    assert any(t == "AGREE" and "ISR" in src and "PSE" in src | tgt for t, src, tgt, _ in got)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Xi Jinping will attend the G20 summit in Brazil.", "CHN"),
        ("Narendra Modi addressed the BRICS summit in Kazan.", "IND"),
        ("Iran took part in the talks with the European Union.", "IRN"),
    ],
)
def test_who_attends_a_meeting_is_at_it(resources, text, party):
    got = event_sides(resources, text)
    assert any(t == "CONSULT" and party in src for t, src, _, _ in got)


def test_a_boycotted_summit_is_not_attended(resources):
    got = event_sides(resources, "Hungary boycotted the EU summit.")
    assert not any(t == "CONSULT" and "HUN" in src for t, src, _, _ in got)


def test_an_eu_agency_is_a_party(resources):
    got = event_sides(resources, "Italian police arrested the man in cooperation with Europol.")
    assert any(t == "COOPERATE" and src == fs("ITA", "EU") for t, src, _, _ in got)


# ------------------------------------------------------------------------------------------------
# a judgement of an act is aimed at its doer, found through the participle that tells the act


def test_judging_an_act_with_a_doer_judges_the_doer(resources):
    got = dyads(resources, "Turkey condemned the Russian attack on the Ukrainian port.")
    assert ("ACCUSE", "TUR", "RUS") in got
    assert ("ACCUSE", "TUR", "UKR") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov criticised the sanctions imposed by the European Union.", ("ACCUSE", "RUS", "EU")),
        ("Russia condemned the strikes launched by Israel on Syria.", ("ACCUSE", "RUS", "ISR")),
    ],
)
def test_judging_an_act_told_by_a_participle(resources, text, expected):
    got = dyads(resources, text)
    assert expected in got
    assert ("ACCUSE", "RUS", "SYR") not in got


# ------------------------------------------------------------------------------------------------
# "the plan by Israel to annex ...": the "by" phrase of a plan or decision names its owner


def test_a_plan_by_a_party_is_its_owners(resources):
    got = event_sides(
        resources, "The plan by Israel to annex the West Bank was condemned by Jordan."
    )
    assert ("COERCE", fs("ISR"), fs("PSE"), False) in got  # planned, not done
    assert ("ACCUSE", fs("JOR"), fs("ISR"), True) in got


def test_a_plan_by_no_party_has_no_owner(resources):
    got = event_sides(resources, "A plan by the committee to annex the islands was criticised.")
    assert not any(src for t, src, _, _ in got if t == "COERCE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan lodged a request with China for the return of the detained citizen.",
            ("REQUEST", "JPN", "CHN"),
        ),
        ("China took countermeasures against Lithuania.", ("SANCTION", "CHN", "LTU")),
        ("China said it would take countermeasures against the US.", ("THREATEN", "CHN", "USA")),
        (
            "Azerbaijani troops seized several villages from Armenian forces.",
            ("COERCE", "AZE", "ARM"),
        ),
    ],
)
def test_requests_lodged_countermeasures_and_land_seized_from(resources, text, expected):
    assert expected in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# "sent a team of medical experts": the kind named inside a group word's "of" phrase; advisers
# and trainers sent are military cooperation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China sent a team of medical experts to Italy.", ("AID", "CHN", "ITA")),
        ("Cuba sent a brigade of health workers to Peru.", ("AID", "CUB", "PER")),
        ("Russia sent a team of military advisers to Mali.", ("COOPERATE", "RUS", "MLI")),
        ("The US deployed military trainers to Ukraine.", ("COOPERATE", "USA", "UKR")),
    ],
)
def test_the_kind_inside_a_group_word(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_group_of_troops_is_still_no_aid(resources):
    got = dyads(resources, "Russia sent a battalion of paratroopers to Belarus.")
    assert not {d for d in got if d[0] == "AID"}


# ------------------------------------------------------------------------------------------------
# texts and instruments made by a verb of making act for their maker; people taken do not; a
# text that "attacks" criticises


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan made a statement that criticised China.", ("ACCUSE", "JPN", "CHN")),
        ("Brazil took measures that restrict imports from Argentina.", ("SANCTION", "BRA", "ARG")),
    ],
)
def test_a_text_or_measure_made_acts_for_its_maker(resources, text, expected):
    assert expected in dyads(resources, text)


def test_people_taken_do_not_act_for_the_taker(resources):
    got = event_sides(resources, "Israel took prisoners who had attacked soldiers.")
    assert not any("ISR" in src for t, src, _, _ in got if t == "ASSAULT")


@pytest.mark.parametrize(
    "text",
    ["The Russian statement attacked NATO.", "The Kremlin gave a speech which attacked NATO."],
)
def test_a_text_that_attacks_criticises(resources, text):
    got = dyads(resources, text)
    assert ("ACCUSE", "RUS", "NATO") in got
    assert not {d for d in got if d[0] == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian jets attacked Aleppo.", ("ASSAULT", "RUS", "SYR")),
        ("A column of Russian tanks attacked Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_forces_that_attack_still_attack(resources, text, expected):
    assert expected in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# an appeal about an act is made to the act's doer; a handover asked "from" a party is asked of it


def test_an_appeal_about_an_act_is_made_to_its_doer(resources):
    got = dyads(resources, "The EU called for an end to Russian attacks on Ukraine.")
    assert ("REQUEST", "EU", "RUS") in got
    assert ("REQUEST", "EU", "UKR") not in got


def test_an_appeal_for_aid_is_made_to_the_giver(resources):
    got = dyads(resources, "Kyiv called for more aid to Ukraine from the EU.")
    assert ("REQUEST", "UKR", "EU") in got


def test_a_handover_asked_from_a_party(resources):
    got = dyads(resources, "Turkey asked for the handover of the suspects from Sweden.")
    assert ("REQUEST", "TUR", "SWE") in got


# ------------------------------------------------------------------------------------------------
# drills held with a partner are joint; a state's body named like another state's


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Oman held drills with India.", fs("OMN", "IND")),
        ("China held naval drills with Russia near Japan.", fs("CHN", "RUS")),
        ("The Royal Navy of Oman held drills with India.", fs("OMN", "IND")),
    ],
)
def test_drills_with_a_partner_are_joint(resources, text, parties):
    got = event_sides(resources, text)
    assert ("COOPERATE", parties, fs(), True) in got


def test_drills_with_no_partner_are_no_cooperation(resources):
    got = event_sides(resources, "China held military drills near Taiwan.")
    assert ("MOBILIZE", fs("CHN"), fs("TWN"), True) in got
    assert not any(t == "COOPERATE" for t, *_ in got)


def _mentions(resources, text):
    doc = resources.parser(text)
    analysis = pipeline.analyze_doc(doc, resources, pipeline.record_date("2024-03-05"), None)
    return {m.actor.text: (m.actor.code, m.actor.sector) for m in analysis.mentions}


def test_a_body_of_another_state_is_that_states(resources):
    got = _mentions(resources, "The Royal Navy of Oman held drills with India.")
    assert got["Royal Navy of Oman"] == ("OMN", "MIL")
    assert _mentions(resources, "The Royal Navy escorted the tanker.")["Royal Navy"][0] == "GBR"


# ------------------------------------------------------------------------------------------------
# a meeting or agreement naming no one is with the one party its source was just told dealing
# with; lowering a duty eases it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Turkey held talks in Sochi. Russia agreed to halt its offensive.",
            ("AGREE", "RUS", "TUR"),
        ),
        (
            "Donald Trump met Kim Jong Un in Hanoi. Trump said he agreed to stop the drills.",
            ("AGREE", "USA", "PRK"),
        ),
    ],
)
def test_an_agreement_naming_no_one_is_with_the_interlocutor(resources, text, expected):
    assert expected in dyads(resources, text, date="2019-02-28")


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey held talks. China agreed to buy wheat.",
        "Japan met leaders of China and South Korea. Japan agreed to buy gas.",
    ],
)
def test_no_interlocutor_for_another_party_or_two_partners(resources, text):
    got = dyads(resources, text)
    assert not {d for d in got if d[0] == "AGREE"}


def test_lowering_a_duty_eases_it(resources):
    got = dyads(resources, "Japan agreed to cut tariffs on American cars.")
    assert ("AGREE", "JPN", "USA") in got
    assert not {d for d in got if d[0] in {"THREATEN", "SANCTION"}}


def test_a_text_that_speaks_meets_no_one(resources):
    text = "Erdogan spoke with Trump by phone. The US statement spoke of Turkey assuming the duty."
    got = event_sides(resources, text)
    assert sum(t == "CONSULT" for t, *_ in got) == 1


def test_a_weapon_sent_that_lands_somewhere_visits_no_one(resources):
    text = "North Korea fired a missile on Friday that landed inside Japan's economic zone."
    got = event_sides(resources, text)
    assert not any(t == "CONSULT" for t, *_ in got)


# ------------------------------------------------------------------------------------------------
# "the Helsinki summit": a capital naming a meeting is its venue; a coordination the parser
# folded into the name's modifiers is two parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Helsinki Summit between U.S. President Donald Trump and Russian President Vladimir "
            "Putin begins in Finland.",
            fs("USA", "RUS"),
        ),
        ("The Minsk talks between Russia and Ukraine failed.", fs("RUS", "UKR")),
    ],
)
def test_a_capital_naming_a_meeting_is_its_venue(resources, text, parties):
    got = event_sides(resources, text, date="2018-07-16")
    assert ("CONSULT", parties, fs(), True) in got


def test_a_capital_acting_is_still_its_government(resources):
    got = dyads(resources, "Moscow condemned the sanctions imposed by the European Union.")
    assert ("ACCUSE", "RUS", "EU") in got


# ------------------------------------------------------------------------------------------------
# "targeted three hospitals": what only force is aimed at; a measure that "targets" strikes no one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel targeted Hezbollah positions in southern Lebanon.", ("ASSAULT", "ISR", "LBN")),
        (
            "Iran's health minister said Israel has targeted three hospitals during the war.",
            ("ACCUSE", "IRN", "ISR"),
        ),
    ],
)
def test_targeting_what_only_force_is_aimed_at(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    ["US sanctions target Iranian oil tankers.", "The campaign targeted voters in Ohio."],
)
def test_a_measure_or_a_campaign_that_targets_strikes_no_one(resources, text):
    got = dyads(resources, text)
    assert not {d for d in got if d[0] == "ASSAULT"}
