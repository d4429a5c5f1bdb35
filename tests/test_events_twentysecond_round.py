"""The twenty-second round of constructions (issue 9): subjects the parser lost, acts coordinated
after what a speaker reported, wrongs told of another party, and acts judged by a pronoun.

- A verb left without a subject after a fronted phrase whose last noun the parser coordinated
  with the real subject ("According to Reuters, Saudi Arabia and Russia agreed ...") gets that
  subject back (a repair after the parse, ``detente.nlp``, ``detente_fronted_subjects``).
- A verb of speaking in the simple past coordinated with a reported verb of another form ("said
  Greece had violated the law, and called on the EU to ...") is the speaker's own second act
  (``detente_reporter_conjuncts``).
- Wrongs told by a speaker: plotting to overthrow, mishandling, stirring up trouble, spreading
  misinformation; orchestrating or ordering a hostile act (``judgements.directing``); an act
  done "unilaterally" in an attempt ("had tried to unilaterally change the status quo").
- A measure that parties agree to take among themselves threatens neither of them.
- A boycott's or embargo's "of" phrase is whom it was on; an extradition sought "of" people
  "from" a state is asked of that state.
- A to-infinitive on a noun ("52 sites to strike") is something still to be done, unless a rank
  says it was done ("the third Arab country to normalise ties"), as its copula tells.
- "It" or "this" as what a verb of judging judges, after a sentence that told an act, is that
  act: its doers are the ones judged.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# subjects the parser hung on a fronted phrase


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("According to Reuters, Saudi Arabia and Russia agreed to cut oil production.",
         ("AGREE", fs("SAU", "RUS"), fs(), True)),
        ("In a deal brokered by the United States, Serbia and Kosovo agreed to normalise "
         "economic relations.", ("AGREE", fs("SRB", "XKX"), fs(), True)),
        ("After a week of talks in Vienna, Iran and Germany agreed to resume cooperation.",
         ("AGREE", fs("IRN", "DEU"), fs(), True)),
    ],
)  # fmt: skip
def test_a_subject_hung_on_a_fronted_phrase_is_the_verbs(resources, text, event):
    assert event in event_sides(resources, text)


def test_the_broker_of_a_fronted_deal_mediates_for_the_parties(resources):
    found = dyads(
        resources,
        "In a deal brokered by the United States, Serbia and Kosovo agreed to normalise "
        "economic relations.",
    )
    assert ("CONSULT", "USA", "SRB") in found and ("CONSULT", "USA", "XKX") in found, found


def test_a_call_between_two_leaders_before_the_comma_leaves_the_subject_its_own(resources):
    found = dyads(
        resources,
        "During a phone call between Trump and Duterte, Trump congratulated Duterte on his "
        "election win.",
    )
    assert ("SUPPORT", "USA", "PHL") in found, found


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("According to Reuters, Saudi Arabia and Russia agreed to cut oil production.",
         "agreed", "Arabia"),
        ("In a deal brokered by the United States, Serbia and Kosovo agreed to normalise ties.",
         "agreed", "Serbia"),
    ],
)  # fmt: skip
def test_the_repair_makes_the_conjunct_the_subject(resources, text, verb, subject):
    doc = resources.nlp(text)
    tok = next(t for t in doc if t.text == subject)
    assert tok.head.text == verb and tok.dep_ in {"nsubj", "nsubjpass"}, [
        (t.text, t.dep_, t.head.text) for t in doc
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the verb has a subject: the list in the fronted phrase stays a list
        "In talks with China, Russia and India, the officials agreed to meet again.",
        "According to Reuters, Saudi Arabia's oil minister said output would rise.",
    ],
)
def test_a_verb_with_a_subject_keeps_its_fronted_list(resources, text):
    doc = resources.nlp(text)
    assert not any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.head.dep_ == "ROOT"
        for t in doc
        if t.text in {"Russia", "India", "Arabia"}
    ), [(t.text, t.dep_, t.head.text) for t in doc]


# ------------------------------------------------------------------------------------------------
# a speaker's act coordinated after what it reported


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Turkish foreign minister Mevlut Cavusoglu said Greece had violated international law, "
         "and called on the European Union to stop supporting Athens.",
         ("REQUEST", "TUR", "EU"), ("REQUEST", "GRC", "EU")),
        ("The French minister said Iran was enriching uranium and urged Russia to press Tehran.",
         ("REQUEST", "FRA", "RUS"), ("REQUEST", "IRN", "RUS")),
        ("Germany said Russia would retaliate and accused Belarus of helping Moscow.",
         ("ACCUSE", "DEU", "BLR"), ("ACCUSE", "RUS", "BLR")),
    ],
)  # fmt: skip
def test_a_speech_act_after_a_reported_clause_is_the_speakers(resources, text, right, wrong):
    found = dyads(resources, text)
    assert right in found and wrong not in found, found


def test_two_reported_acts_of_one_form_stay_the_reported_subjects(resources):
    # "attacked ... and killed": the same form, nothing tells the verbs apart
    doc = resources.nlp("Ukraine said Russia attacked the town and killed ten civilians.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.head.text == "attacked", [(t.text, t.dep_, t.head.text) for t in doc]


# ------------------------------------------------------------------------------------------------
# wrongs told by a speaker


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Venezuelan President Nicolas Maduro said Colombia was plotting to overthrow him.",
         ("VEN", "COL")),
        ("Trump said China had mishandled the outbreak.", ("USA", "CHN")),
        ("China said the United States was trying to stir up trouble in the region.",
         ("CHN", "USA")),
        ("China's embassy in Canberra said Australia was spreading misinformation.",
         ("CHN", "AUS")),
        ("Venezuela's government said the US had orchestrated the failed incursion.",
         ("VEN", "USA")),
        ("Israel said Iran had ordered the attack on the tanker.", ("ISR", "IRN")),
        ("India said China had tried to unilaterally change the status quo.", ("IND", "CHN")),
    ],
)  # fmt: skip
def test_a_wrong_told_by_a_speaker_accuses_its_doer(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of directing does wrong only with a hostile act or a harm as its object
        "The ministry said Russia had planned the visit for months.",
        "Germany said France had ordered new tanks.",
        "Japan said India had staged a festival in Tokyo.",
    ],
)
def test_directing_a_harmless_thing_accuses_no_one(resources, text):
    assert not any(t == "ACCUSE" for t, *_ in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# a measure agreed among its own parties


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Mexico agreed to restrict non-essential travel across their border.",
        "Iran and Iraq agreed to close their border.",
    ],
)
def test_a_measure_agreed_among_its_parties_is_an_agreement_not_a_threat(resources, text):
    sides = event_sides(resources, text)
    assert any(t == "AGREE" and len(src) == 2 and asserted for t, src, _, asserted in sides), sides
    assert not any(t == "THREATEN" for t, *_ in sides), sides


def test_a_measure_agreed_on_a_third_party_still_threatens_it(resources):
    found = dyads(resources, "Russia and China agreed to impose sanctions on North Korea.")
    assert ("THREATEN", "RUS", "PRK") in found, found


# ------------------------------------------------------------------------------------------------
# boycotts lifted, extraditions sought


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The UAE lifted its boycott of Israel.", ("RETREAT", "ARE", "ISR")),
        ("Qatar ended its embargo of Bahrain.", ("RETREAT", "QAT", "BHR")),
        ("Ukraine sought the extradition of the suspects from Russia.",
         ("REQUEST", "UKR", "RUS")),
        ("Turkey has requested the extradition of Gulen from the United States.",
         ("REQUEST", "TUR", "USA")),
    ],
)  # fmt: skip
def test_whom_a_boycott_or_an_extradition_concerns(resources, text, event):
    assert event in dyads(resources, text)


def test_an_extradition_sought_from_no_one_asks_no_one(resources):
    assert not dyads(resources, "Turkey sought the extradition of Gulen.")


# ------------------------------------------------------------------------------------------------
# to-infinitives on nouns: to be done, or done by the one ranked


def test_a_thing_to_strike_is_not_struck_yet(resources):
    sides = event_sides(
        resources, "Trump warned Iran that the US had identified 52 Iranian sites to strike."
    )
    assert not any(t == "ASSAULT" and asserted for t, _, _, asserted in sides), sides


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The UAE became the third Arab country to normalise ties with Israel.",
         ("SUPPORT", fs("ARE", "ISR"), fs(), True)),
        ("Bahrain became the fourth Arab state to recognise Israel.",
         ("SUPPORT", fs("BHR"), fs("ISR"), True)),
        ("Greece was the first country to send aid to Turkey.",
         ("AID", fs("GRC"), fs("TUR"), True)),
    ],
)  # fmt: skip
def test_a_rank_says_the_act_was_done(resources, text, event):
    assert event in event_sides(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait will be the next country to recognise Israel.",
        "Kuwait could become the next country to recognise Israel.",
    ],
)
def test_a_rank_under_a_future_or_a_modal_copula_asserts_nothing(resources, text):
    assert ("SUPPORT", "KWT", "ISR") not in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# "it" and "this" judged


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel and the UAE signed the agreement at the White House. Palestinian leaders "
         "condemned it as a betrayal.", ("PSE", "ISR")),
        ("Russia annexed Crimea in a referendum. The United States condemned it.",
         ("USA", "RUS")),
        ("Iran hosted the Syrian president. Israel criticised this.", ("ISR", "IRN")),
        ("Turkey converted Hagia Sophia into a mosque. Greece condemned it.", ("GRC", "TUR")),
    ],
)  # fmt: skip
def test_it_judged_after_an_act_is_that_act(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_this_judged_with_nothing_before_judges_no_one(resources):
    sides = event_sides(resources, "Greece condemned this.")
    assert sides == {("ACCUSE", fs("GRC"), fs(), True)}, sides


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Alex Azar is the highest-ranking U.S. official to visit Taiwan in 40 years.",
         ("CONSULT", "USA", "TWN")),
        # a to-infinitive on a subject is not something still to be done
        ("The UN Human Rights Council votes to condemn the massacre carried out by Syrian "
         "forces.", ("ACCUSE", "UN", "SYR")),
    ],
)  # fmt: skip
def test_a_superlative_or_a_subject_keeps_the_act_asserted(resources, text, event):
    assert event in dyads(resources, text)


def test_a_letter_sent_to_meet_tells_a_meeting_still_to_come(resources):
    sides = event_sides(
        resources, "Putin has sent a letter to Kim Jong Un to meet him in Vladivostok."
    )
    assert not any(t == "CONSULT" and src == fs("RUS", "PRK") and a for t, src, _, a in sides)


# ------------------------------------------------------------------------------------------------
# measures: retaliation by a named measure, cooperation suspended, missions closed


def test_retaliating_by_a_measure_is_that_measure_and_no_attack(resources):
    found = dyads(resources, "Beijing retaliated by imposing sanctions on US lawmakers.")
    assert ("SANCTION", "CHN", "USA") in found and ("ASSAULT", "CHN", "USA") not in found, found


def test_retaliating_by_firing_missiles_is_still_an_attack(resources):
    found = dyads(resources, "Iran retaliated by firing missiles at US bases.")
    assert ("ASSAULT", "IRN", "USA") in found, found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Australia suspended military cooperation with Myanmar.",
         ("SANCTION", fs("AUS"), fs("MMR"), True)),
        ("The US halted security cooperation with the Palestinian Authority.",
         ("SANCTION", fs("USA"), fs("PSE"), True)),
        # two parties as the subject: their cooperation with each other, a joint step
        ("Japan and South Korea halted military cooperation.",
         ("SANCTION", fs("JPN", "KOR"), fs(), True)),
    ],
)  # fmt: skip
def test_cooperation_suspended_with_a_party_is_aimed_at_it(resources, text, event):
    assert event in event_sides(resources, text)


def test_a_mission_ordered_closed_is_a_cut_in_relations_with_its_state(resources):
    found = dyads(resources, "China ordered the closure of the US consulate in Chengdu.")
    assert ("SANCTION", "CHN", "USA") in found, found


def test_a_name_given_is_no_phone_call(resources):
    sides = event_sides(resources, "Kim Jong Un called Xi Jinping the most respected guest.")
    assert not any(t == "CONSULT" for t, *_ in sides), sides


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Australia revokes the most favoured nation status for Russia and Belarus.",
         ("SANCTION", "AUS", "BLR")),
        ("The US suspended Russia's most favored nation status.", ("SANCTION", "USA", "RUS")),
        ("The EU suspended trade preferences for Cambodia.", ("SANCTION", "EU", "KHM")),
        ("North Korea cut all communication lines with South Korea.",
         ("SANCTION", "PRK", "KOR")),
    ],
)  # fmt: skip
def test_trading_privileges_and_hotlines_cut(resources, text, event):
    assert event in dyads(resources, text)


def test_a_special_status_revoked_is_no_trade_measure(resources):
    assert not dyads(resources, "Russia revoked the special status of the region.")


def test_hotlines_restored_between_two_states_are_their_ties(resources):
    sides = event_sides(
        resources, "North and South Korea restore hotlines between the two countries."
    )
    assert ("SUPPORT", fs("PRK", "KOR"), fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# whose bodies returned, whose shipment received, whom an urging participle names


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia returns the bodies of 1,200 Ukrainian soldiers.", ("RETREAT", "RUS", "UKR")),
        ("Turkey receives its first shipment of the S-400 missile system from Russia.",
         ("AID", "RUS", "TUR")),
        ("Egypt calls for an immediate halt to the violence, urging Israel to show restraint.",
         ("REQUEST", "EGY", "ISR")),
    ],
)  # fmt: skip
def test_the_party_in_a_phrase_of_the_object_or_of_a_participle(resources, text, event):
    assert event in dyads(resources, text)


def test_a_participle_of_force_restates_its_act_whatever_it_names(resources):
    found = dyads(
        resources,
        "Rockets are also fired by Palestinian militant groups in the Gaza Strip, striking the "
        "West Bank near Jerusalem.",
    )
    assert ("ASSAULT", "PSE", "ISR") in found, found


def test_a_participle_naming_no_party_still_restates_its_host(resources):
    sides = event_sides(resources, "Russia attacked the town, killing ten civilians.")
    assert len([s for s in sides if s[0] == "ASSAULT"]) == 1, sides


# ------------------------------------------------------------------------------------------------
# ready for an act


def test_ready_for_talks_is_an_intent_to_meet_and_no_meeting_yet(resources):
    text = "Iran said it was ready for talks with the United States."
    found = dyads(resources, text)
    assert ("AGREE", "IRN", "USA") in found, found
    sides = event_sides(resources, text)
    assert not any(t == "CONSULT" and asserted for t, _, _, asserted in sides), sides


# ------------------------------------------------------------------------------------------------
# tours, repatriations, exports tightened


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Pompeo embarks on a tour of the Middle East and Sudan.", ("CONSULT", "USA", "SDN")),
        ("The U.S. Department of Defense repatriates two al-Qaeda members from Guantanamo Bay "
         "to Malaysia.", ("RETREAT", "USA", "MYS")),
        ("Kazakhstan repatriated dozens of women and children from Syria.",
         ("RETREAT", "KAZ", "SYR")),
        ("Japan announced tightening of chemical exports to South Korea.",
         ("SANCTION", "JPN", "KOR")),
    ],
)  # fmt: skip
def test_tours_repatriations_and_curbed_exports(resources, text, event):
    assert event in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "The band went on a world tour of Japan.",
        # a tour told as no one's act: a team's as likely as a statesman's
        "South Africa cricket player Mark Boucher ends his career after an eye injury during the "
        "tour of England.",
        "Spain repatriated the remains of a medieval king from a museum.",
    ],
)
def test_tours_of_bands_and_things_repatriated_make_no_dyad(resources, text):
    assert not dyads(resources, text)


def test_it_judged_after_a_noun_of_its_own_sentence_is_not_the_act_before(resources):
    # "it" is the launch named in its own sentence, not what Japan said before
    found = dyads(
        resources,
        "Japan said the missile fell inside its exclusive economic zone. Kishida called the "
        "launch unforgivable, and the United States condemned it as a violation.",
    )
    assert ("ACCUSE", "USA", "JPN") not in found, found


def test_it_judged_after_a_report_names_no_reporter(resources):
    found = dyads(
        resources, "State media in Japan said it was a new missile. The United States condemned it."
    )
    assert ("ACCUSE", "USA", "JPN") not in found, found


# ------------------------------------------------------------------------------------------------
# a rejection whose clause accuses; airliners let in


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow rejected the allegations, accusing Britain of Russophobia.", ("RUS", "GBR")),
        ("China dismissed the report, saying the US was spreading lies.", ("CHN", "USA")),
    ],
)
def test_a_rejection_whose_clause_accuses_rejects_that_party(resources, text, pair):
    assert ("REJECT", *pair) in dyads(resources, text)


def test_a_rejection_with_no_one_accused_is_aimed_at_no_one(resources):
    found = dyads(resources, "Russia rejected the proposal, saying it was unacceptable.")
    assert not any(t == "REJECT" for t, *_ in found), found


def test_airliners_let_into_ones_airspace_are_cooperation(resources):
    found = dyads(resources, "Saudi Arabia allowed Israeli flights to use its airspace.")
    assert ("COOPERATE", "SAU", "ISR") in found, found


def test_flights_let_land_by_an_airline_name_no_party(resources):
    assert not dyads(resources, "The airline allowed flights to land at the airport.")


def test_a_rejection_accusing_them_takes_no_party_from_the_pronoun(resources):
    found = dyads(
        resources,
        "A committee accused the president of recruiting members of the Belarusian and Russian "
        "security services. Lithuania's president rejects the findings, accusing them of being "
        "politically motivated.",
    )
    assert not any(t == "REJECT" for t, *_ in found), found


def test_this_supported_names_no_party(resources):
    found = dyads(
        resources,
        "Iraqi Governing Council officials oppose any new troop deployment to Iraq. Leaders of "
        "the council have stated they would support this if the United States requested it.",
    )
    assert not any(t in {"SUPPORT", "AGREE"} and a == b for t, a, b in found), found
