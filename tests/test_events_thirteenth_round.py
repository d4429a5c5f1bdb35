"""The thirteenth round of constructions (issue 9): parties a sentence names away from the verb.
A meeting noun folded into a mutual verb lends the verb its partner ("in a phone call with
Macron, Biden discussed ..."), also through a participle folded in first ("speaking in a call
with ..."); a call "with" someone is a call whatever its modifier; a meeting that "brought
together" parties names them; several makers of one thing named together made it jointly ("the
telescope was built by the United States, Europe and Canada"), as do the parties "of" a joint
project and parties taking part together in one undertaking; a satellite launched for another
state is cooperation; "the city of Kharkiv" is a place like "Kharkiv"; a measure voted on is
the voters' own; accepting an agreement is agreeing; a body suspending a member sanctions it;
names for a wrongdoer ("a traitor") are censure.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import asserted_dyads, coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# the partner of a meeting noun folded into a mutual verb


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("In a phone call with Emmanuel Macron, Joe Biden discussed the crisis.",
         fs("USA", "FRA")),
        ("During talks with Narendra Modi, Vladimir Putin discussed trade.", fs("RUS", "IND")),
        ("Speaking in a phone call with Recep Tayyip Erdogan, Vladimir Putin discussed Syria.",
         fs("RUS", "TUR")),
        ("Joe Biden discussed the crisis in a call with Emmanuel Macron.", fs("USA", "FRA")),
    ],
)  # fmt: skip
def test_a_folded_meeting_noun_lends_its_partner(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, fs(), True) in sides, sides


def test_a_call_for_something_is_no_call_with_anyone(resources):
    # "his call for talks with Russia" is a demand; Russia is no party to a call
    sides = event_sides(resources, "Emmanuel Macron renewed his call for talks with Russia.")
    assert not any(s[0] == "CONSULT" and "RUS" in s[1] for s in sides), sides
    assert any(s[0] == "REQUEST" and s[1] == fs("FRA") for s in sides), sides


def test_a_call_with_someone_held_is_a_phone_call(resources):
    events = coded(resources, "Joe Biden held a call with Emmanuel Macron on Tuesday.")
    calls = [e for e in events if e.event_type == "CONSULT"]
    assert calls and calls[0].cameo == "041"
    assert {a.code for a in calls[0].source} == {"USA", "FRA"}


# ------------------------------------------------------------------------------------------------
# "brought together": the parties of a meeting


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The meeting, hosted by Oman, brought together Iran and the United States.",
         fs("OMN", "IRN", "USA")),
        ("The summit brought together the leaders of Egypt, Jordan and Iraq.",
         fs("EGY", "JOR", "IRQ")),
        # the "from" phrase hung on the verb
        ("The summit brought together leaders from Brazil, Russia and India.",
         fs("BRA", "RUS", "IND")),
        # a relative clause of involving
        ("The talks, which included the United States, Russia and France, ended without "
         "agreement.", fs("USA", "RUS", "FRA")),
    ],
)  # fmt: skip
def test_a_meeting_that_brings_parties_together_names_them(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(s[0] == "CONSULT" and s[1] == parties for s in sides), sides


def test_parties_a_meeting_may_include_are_not_told(resources):
    sides = event_sides(resources, "The talks, which may include Iran and Iraq, begin next week.")
    assert not any(s[0] == "CONSULT" and s[1] for s in sides), sides


def test_bringing_without_together_names_no_party(resources):
    sides = event_sides(resources, "The talks brought aid workers from Ukraine to Poland.")
    assert not any(s[0] == "CONSULT" and len(s[1]) >= 2 for s in sides), sides


# ------------------------------------------------------------------------------------------------
# several makers of one thing made it together


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The telescope was built by the United States, France and Canada.",
         fs("USA", "FRA", "CAN")),
        ("The vaccine was developed by Britain and Sweden.", fs("GBR", "SWE")),
        ("The probe, which was designed by Japan and Germany, was launched on Friday.",
         fs("JPN", "DEU")),
        ("The space station is operated by the United States, Russia, Japan and Canada.",
         fs("USA", "RUS", "JPN", "CAN")),
    ],
)  # fmt: skip
def test_several_makers_of_one_thing_cooperate(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("COOPERATE", parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        # each on its own
        "Russia and China produce oil.",
        # two inquiries, not a joint one
        "His finances are being investigated by a Swiss judge and the Spanish prosecutor.",
        # an actor "funded" is aided, not made
        "The militias were funded by Iran and Syria.",
        # one maker
        "The telescope was built by the United States.",
    ],
)
def test_makers_not_named_together_do_not_cooperate(resources, text):
    sides = event_sides(resources, text)
    assert not any(s[0] == "COOPERATE" for s in sides), sides


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The probe is a joint project of the United States, Canada, Japan and Germany.",
         fs("USA", "CAN", "JPN", "DEU")),
        ("Scientists from Germany, France, Italy and Spain took part in the study.",
         fs("DEU", "FRA", "ITA", "ESP")),
        ("Teams from the United States, Russia and Japan participated in the mission.",
         fs("USA", "RUS", "JPN")),
    ],
)  # fmt: skip
def test_parties_of_one_undertaking_cooperate(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("COOPERATE", parties, fs(), True) in sides, sides


def test_one_party_taking_part_is_no_event(resources):
    assert event_sides(resources, "Germany participated in the mission.") == set()


def test_a_joint_investigation_of_someone_is_not_theirs(resources):
    sides = event_sides(resources, "Police opened a joint investigation of Russian hackers.")
    assert not any(s[0] == "COOPERATE" and "RUS" in s[1] for s in sides), sides


def test_an_exercise_taken_part_in_stays_military(resources):
    events = coded(resources, "Troops from Britain, France and Poland took part in the exercise.")
    assert any(e.event_type == "COOPERATE" and e.cameo == "062" for e in events), events


# ------------------------------------------------------------------------------------------------
# satellites


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China launched a Pakistani satellite from Xichang.", ("CHN", "PAK")),
        ("Russia launched a satellite for Egypt.", ("RUS", "EGY")),
    ],
)
def test_a_satellite_launched_for_another_state_is_cooperation(resources, text, pair):
    assert ("COOPERATE", *pair) in dyads(resources, text)


def test_a_satellite_of_ones_own_is_a_show_of_strength(resources):
    events = coded(resources, "North Korea launched a military spy satellite.")
    assert [e.event_type for e in events] == ["MOBILIZE"]
    assert [e.cameo for e in events] == ["150"]


# ------------------------------------------------------------------------------------------------
# places, measures, agreements, suspensions, names


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian forces shelled the city of Kharkiv overnight.", "UKR"),
        ("Ukrainian drones struck the port of Novorossiysk.", "RUS"),
    ],
)
def test_the_city_of_a_place_is_the_place(resources, text, target):
    events = [e for e in coded(resources, text) if e.event_type == "ASSAULT"]
    assert events and {a.code for a in events[0].target} == {target}


def test_a_city_of_no_known_place_names_no_target(resources):
    events = [e for e in coded(resources, "Russian forces shelled the city.") if e.target]
    assert events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parliament of Iraq voted on a resolution to expel US troops.",
         ("SANCTION", "IRQ", "USA")),
        ("The Russian parliament voted for a bill to impose sanctions on Georgia.",
         ("SANCTION", "RUS", "GEO")),
    ],
)  # fmt: skip
def test_a_measure_voted_on_is_the_voters(resources, text, expected):
    # what the measure is to do is its voters' aim, asserted or not
    events = coded(resources, text)
    found = {(e.event_type, s.code, t.code) for e in events for s in e.source for t in e.target}
    assert expected in found, found


def test_a_measure_only_discussed_is_no_ones(resources):
    events = coded(resources, "Analysts commented on a bill that sanctions Georgia.")
    assert all(not e.source for e in events if e.event_type == "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Serbia accepted the agreement with Kosovo.", ("SRB", "XKX")),
        ("Ukraine accepted a peace agreement with Russia.", ("UKR", "RUS")),
    ],
)
def test_accepting_an_agreement_is_agreeing(resources, text, pair):
    assert ("AGREE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("The African Union suspended Mali after the coup.", "MLI"),
        ("ECOWAS suspended Niger from the bloc.", "NER"),
    ],
)
def test_a_body_suspending_a_member_sanctions_it(resources, text, member):
    found = {(e.event_type, e.cameo, t.code) for e in coded(resources, text) for t in e.target}
    assert ("SANCTION", "160", member) in found, found


def test_suspending_aid_keeps_its_own_code(resources):
    events = coded(resources, "The United States suspended aid to Egypt.")
    assert [e.cameo for e in events] == ["162"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pyongyang's state media called South Korea's president a traitor.", ("PRK", "KOR")),
        ("Iran's supreme leader called the US president a clown.", ("IRN", "USA")),
    ],
)
def test_a_name_for_a_wrongdoer_is_censure_not_a_call(resources, text, pair):
    events = coded(resources, text)
    assert ("ACCUSE", *pair) in dyads(resources, text)
    assert not any(e.event_type == "CONSULT" for e in events)


# ------------------------------------------------------------------------------------------------
# a second party coordinated with a title's name; the Pope


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Japan's prime minister Fumio Kishida and US President Joe Biden met in Washington.",
         fs("JPN", "USA")),
        ("Iran's foreign minister Javad Zarif and his Omani counterpart discussed regional "
         "issues.", fs("IRN", "OMN")),
    ],
)  # fmt: skip
def test_a_party_coordinated_with_a_titles_name_is_a_party(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(s[0] == "CONSULT" and s[1] == parties for s in sides), sides


def test_a_list_apposed_to_a_plural_noun_keeps_its_first_member(resources):
    sides = event_sides(resources, "Leaders of the three countries, Russia, China and Iran, met.")
    assert ("CONSULT", fs("RUS", "CHN", "IRN"), fs(), True) in sides, sides


def test_a_title_with_its_name_alone_is_one_party(resources):
    sides = event_sides(resources, "Japan's prime minister Fumio Kishida met reporters.")
    assert not any(len(s[1]) > 1 for s in sides), sides


def test_the_pope_is_the_holy_sees_head(resources):
    sides = event_sides(resources, "The Pope met the president of Argentina.")
    assert ("CONSULT", fs("VAT", "ARG"), fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# demands in the subjunctive


def test_the_subject_of_a_misparsed_subjunctive_is_the_one_asked(resources):
    text = "Palestinian President Mahmoud Abbas demanded that Israel halt settlement construction."
    assert ("REQUEST", "PSE", "ISR") in dyads(resources, text)


def test_a_subjunctive_under_a_verb_of_saying_is_not_asserted(resources):
    events = coded(resources, "Kyiv insisted that Russia withdraw its troops.")
    retreats = [e for e in events if e.event_type == "RETREAT"]
    assert retreats and all(e.hypothetical for e in retreats)
    assert ("REQUEST", "UKR", "RUS") in asserted_dyads(events)


def test_insisting_on_a_fact_is_no_demand(resources):
    events = coded(resources, "Kyiv insisted that Russia had withdrawn its troops.")
    assert not any(e.event_type == "REQUEST" for e in events), events
    assert any(e.event_type == "RETREAT" and not e.hypothetical for e in events), events


# ------------------------------------------------------------------------------------------------
# an agreement accepted, and its mediator


def test_an_agreements_broker_is_not_the_one_it_is_agreed_with(resources):
    for text in (
        "Hamas accepted a ceasefire agreement mediated by Egypt.",
        "Hamas accepted an Egyptian-brokered agreement.",
    ):
        assert not any(d[0] == "AGREE" and d[2] == "EGY" for d in dyads(resources, text)), text


def test_a_proposal_accepted_is_agreed_with_its_maker(resources):
    assert ("AGREE", "UKR", "FRA") in dyads(resources, "Ukraine accepted the French proposal.")


# ------------------------------------------------------------------------------------------------
# "also": the same act, to the same recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States imposed sanctions on Iran. The European Union also imposed "
         "sanctions.", ("SANCTION", "EU", "IRN")),
        ("Ghana recognised Palestine on Monday. Togo likewise recognised it.",
         ("SUPPORT", "TGO", "PSE")),
    ],
)  # fmt: skip
def test_an_act_done_also_has_the_recipient_told_before(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # no "also": an act of its own, whose recipient is not told
        "The United States imposed sanctions on Iran. The European Union imposed sanctions.",
        # the one who was struck is no recipient of its own act
        "Russia expelled two British diplomats. Britain also expelled diplomats.",
    ],
)
def test_no_recipient_is_borrowed_without_also_or_from_oneself(resources, text):
    found = {d for d in dyads(resources, text) if d[1] in {"EU", "GBR"}}
    assert found == set(), found


# ------------------------------------------------------------------------------------------------
# companions of the subject, a judged act's victim


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("France, along with Germany, condemned Russia's annexation of Crimea.",
         fs("FRA", "DEU")),
        ("Japan, together with South Korea, protested to China over the drills.",
         fs("JPN", "KOR")),
        ("France and Germany, alongside Italy, condemned Russia.", fs("FRA", "DEU", "ITA")),
        ("The Egyptian president, Abdel Fattah el-Sisi, and King Abdullah of Jordan criticised "
         "Israel.", fs("EGY", "JOR")),
    ],
)  # fmt: skip
def test_parties_beside_the_subject_act_with_it(resources, text, sources):
    sides = event_sides(resources, text)
    assert any(s[0] == "ACCUSE" and s[1] == sources for s in sides), sides


def test_a_partner_after_the_verb_is_no_companion_of_the_subject(resources):
    # fighting alongside Syria is cooperating with Syria, not Syria fighting with Russia
    sides = event_sides(resources, "Russia fought alongside Syria against the rebels.")
    assert not any(s[1] == fs("RUS", "SYR") and s[0] != "COOPERATE" for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "France condemned the attack on Israel.",
        "Egypt condemned the raid on the Iranian embassy.",
        "Russia criticised the sanctions against Iran.",
    ],
)
def test_a_judged_acts_victim_is_not_judged(resources, text):
    assert not any(d[0] in {"ACCUSE", "SUPPORT"} for d in dyads(resources, text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain condemned the attack by Hamas on Israel.", ("ACCUSE", "GBR", "PSE")),
        ("China condemned the US sanctions on Chinese firms.", ("ACCUSE", "CHN", "USA")),
        # an act on the event itself still reaches its recipient
        ("Turkey cancelled the minister's visit to Sweden over the protest.",
         ("SANCTION", "TUR", "SWE")),
    ],
)  # fmt: skip
def test_a_judged_acts_doer_is_judged(resources, text, expected):
    assert expected in dyads(resources, text)


def test_the_by_phrase_of_a_judged_act_is_the_one_judged(resources):
    found = dyads(resources, "The EU welcomed the release of the British journalist by Iran.")
    assert ("SUPPORT", "EU", "IRN") in found
    assert not any(d[2] == "GBR" for d in found), found


def test_a_place_in_a_judged_phrase_is_not_judged(resources):
    text = "Germany expressed concern over the humanitarian situation in Gaza."
    assert not any(d[0] == "ACCUSE" for d in dyads(resources, text))
    # a party the phrase names still is
    assert ("ACCUSE", "JPN", "CHN") in dyads(
        resources, "Japan expressed concern over China's military buildup."
    )


# ------------------------------------------------------------------------------------------------
# custody: the state where a foreigner is arrested, sentenced, expelled or freed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Australian journalist was arrested in Jakarta on Monday.",
         ("COERCE", "IDN", "AUS")),
        ("Three British embassy staff were released in Tehran.", ("RETREAT", "IRN", "GBR")),
        ("A French journalist was sentenced to five years in prison in Iran.",
         ("SANCTION", "IRN", "FRA")),
        ("Two Americans were deported from Moscow.", ("COERCE", "RUS", "USA")),
    ],
)  # fmt: skip
def test_the_state_where_a_foreigner_is_held_holds_them(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # one's own national: no other state in it
        "An Iranian man was arrested in Tehran.",
        # killers are not the state
        "Two French tourists were killed in Cairo.",
        # a fugitive caught abroad, or someone held on charges: law enforcement
        "Italian fugitive Rocco Morabito was arrested in Montevideo, Uruguay.",
        "An Australian woman was arrested in Jakarta for drug smuggling.",
    ],
)
def test_no_authority_is_read_off_a_place_otherwise(resources, text):
    assert not any(d[1] in {"IRN", "EGY", "URY", "IDN"} for d in dyads(resources, text))


def test_a_named_agent_stays_the_source(resources):
    text = "Two Americans were detained in Moscow by Russian police."
    assert ("COERCE", "RUS", "USA") in dyads(resources, text)


def test_what_is_accepted_is_someone_elses(resources):
    events = coded(resources, "The minister said Canada would not accept the ban.")
    assert not any(any(a.code == "CAN" for a in e.source) for e in events), events


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The North Korea–Russia summit was held in Vladivostok.", fs("PRK", "RUS")),
        ("The South Korea–Japan summit ended on Friday.", fs("KOR", "JPN")),
    ],
)
def test_a_first_name_of_two_words_before_a_dash_is_a_party(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Egypt hosted Benjamin Netanyahu and Mahmoud Abbas in Cairo.", {"ISR", "PSE"}),
        ("Xi Jinping received Vladimir Putin and Recep Tayyip Erdogan in Beijing.",
         {"RUS", "TUR"}),
        ("Egypt hosted the leaders of Jordan, Iraq and the Palestinian Authority in Cairo.",
         {"JOR", "IRQ", "PSE"}),
    ],
)  # fmt: skip
def test_every_guest_named_in_a_list_is_hosted(resources, text, guests):
    found = {d[2] for d in dyads(resources, text) if d[0] == "CONSULT"}
    assert guests <= found, found


def test_a_list_headed_by_no_named_party_has_no_guest(resources):
    # prisoners received in an exchange: no one is hosted, whoever else the list names
    text = "In return, Russia received 55 prisoners and pro-Russian politician Viktor Medvedchuk."
    assert not any(e.event_type == "CONSULT" for e in coded(resources, text))
