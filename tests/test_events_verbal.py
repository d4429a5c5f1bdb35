"""Wider recall for the verbal conflict types (issue 9): accusations, rejections, requests,
protests and threats, each through a general construction.

Sentences written for these tests in the register of wire copy. Each construction has its
positive cases and, beside them, the negative ones that keep it from adding wrong pairs.
"""

from __future__ import annotations

import pytest

from support.events import dyads, event_sides, fs

# -- "anti-X": the party named after "anti-" is the one protested against ---------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Anti-Japanese protests took place in Seoul on Sunday.", ("KOR", "JPN")),
        ("Anti-American protesters gathered in Baghdad.", ("IRQ", "USA")),
        ("Thousands of people staged an anti-Israel rally in Amman.", ("JOR", "ISR")),
        ("Anti-French demonstrations broke out in Niamey.", ("NER", "FRA")),
    ],
)  # fmt: skip
def test_an_anti_modifier_names_the_target_not_the_protesters(resources, text, pair):
    found = dyads(resources, text)
    assert ("PROTEST", *pair) in found
    assert ("PROTEST", pair[1], pair[0]) not in found


def test_an_anti_modifier_on_a_cooperative_event_is_left_alone(resources):
    # no "against" reading for a meeting; the actor stage decides who the cleric is
    assert not any(
        t == "PROTEST"
        for t, _, _ in dyads(resources, "An anti-war activist met the Iraqi prime minister.")
    )


# -- not ruling out a hostile act of one's own is a threat ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel did not rule out strikes on Iranian nuclear sites.", ("ISR", "IRN")),
        ("Washington refused to rule out sanctions against Ankara.", ("USA", "TUR")),
        ("Nigeria will not rule out military action against the junta in Niger if it does not step down.", ("NGA", "NER")),
    ],
)  # fmt: skip
def test_a_hostile_act_not_ruled_out_is_a_threat(resources, text, pair):
    found = dyads(resources, text)
    assert ("THREATEN", *pair) in found
    assert ("REJECT", *pair) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not rule out talks with Russia.",
        "France did not rule out Russian attacks on Moldova.",
        "Israel may not rule out strikes on Iranian nuclear sites.",
    ],
)  # fmt: skip
def test_no_threat_from_a_peaceful_or_anothers_act_or_a_hedge(resources, text):
    assert not any(t == "THREATEN" for t, _, _ in dyads(resources, text))


def test_ruling_out_a_hostile_act_is_no_threat(resources):
    found = dyads(resources, "Russia ruled out military action against Ukraine.")
    assert not any(t == "THREATEN" for t, _, _ in found)


# -- an accusing verb keeps the party it names beside the wrong it names -----------------------------


def test_an_accusation_keeps_its_object_beside_the_wrongs_owner(resources):
    text = "Iran accused Britain of complicity in Israeli war crimes."
    found = dyads(resources, text)
    assert ("ACCUSE", "IRN", "GBR") in found
    assert ("ACCUSE", "IRN", "ISR") in found


def test_condemning_what_it_called_a_wrong_still_judges_its_owner(resources):
    assert ("ACCUSE", "CHN", "JPN") in dyads(
        resources, "China condemned what it called Japanese provocations."
    )


# -- a headline's present tense parsed with the name as a compound of the verb -----------------------


def test_a_headline_name_parsed_as_a_compound_is_the_subject(resources):
    text = "Turkey issues a statement dismissing the demands for a ceasefire from the United States and France."
    found = dyads(resources, text)
    assert {("REJECT", "TUR", "USA"), ("REJECT", "TUR", "FRA")} <= found


# -- rejecting a call or demand rejects whoever made it, not a party it asks about ------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hungary rebuffed the demands of the European Union.", ("HUN", "EU")),
        ("Tehran rejected Washington's ultimatum.", ("IRN", "USA")),
        ("Serbia dismissed calls for a referendum from Albania.", ("SRB", "ALB")),
    ],
)  # fmt: skip
def test_rejecting_a_demand_rejects_its_owner(resources, text, pair):
    assert ("REJECT", *pair) in dyads(resources, text)


def test_rejecting_calls_for_sanctions_rejects_no_one_named(resources):
    found = dyads(resources, "Beijing dismissed calls for further sanctions against North Korea.")
    assert not any(t == "REJECT" for t, _, _ in found)


# -- a warning or call that is ignored or defied was made, to the one ignoring it --------------------


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Tehran ignored a warning from Washington.", "THREATEN", ("USA", "IRN")),
        ("Israel defied calls from the United States to halt the offensive.", "REQUEST", ("USA", "ISR")),
        ("Serbia heeded calls from the European Union to calm tensions.", "REQUEST", ("EU", "SRB")),
    ],
)  # fmt: skip
def test_an_ignored_warning_is_aimed_at_who_ignores_it(resources, text, etype, pair):
    assert (etype, *pair) in dyads(resources, text)


def test_a_rejected_demand_is_one_event(resources):
    # the rejection alone: the suite of constructions codes "rejected the demands of X" once
    sides = event_sides(resources, "Kyiv rejected the demands of Germany.")
    assert sides == {("REJECT", fs("UKR"), fs("DEU"), True)}


# -- an act done on a request answers it: the one who acts was asked ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway recalled its frigate following a request from NATO.", ("NATO", "NOR")),
        ("France sent troops to Chad at the request of the Chadian government.", ("TCD", "FRA")),
        ("Kenya deployed police to Haiti in response to a call from the United Nations.", ("UN", "KEN")),
    ],
)  # fmt: skip
def test_an_act_on_request_answers_the_one_who_asked(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


def test_a_request_in_a_time_phrase_of_a_noun_has_no_responder(resources):
    found = dyads(resources, "The request from NATO came after the summit in Vilnius.")
    assert not any(t == "REQUEST" and s == "NATO" for t, s, _ in found)


# -- what protesters call for names whom they protest against --------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Palestinians protested in Ramallah, calling for an end to Israeli raids.", ("PSE", "ISR")),
        ("Thousands of Iraqis protested in Baghdad, demanding the withdrawal of American troops.", ("IRQ", "USA")),
    ],
)  # fmt: skip
def test_a_protest_takes_the_target_its_protesters_name(resources, text, pair):
    assert ("PROTEST", *pair) in dyads(resources, text)


def test_a_domestic_demand_gives_a_protest_no_foreign_target(resources):
    text = (
        "Thousands of Iraqis protested in Baghdad, demanding the resignation of the prime minister."
    )
    assert not any(t == "PROTEST" and g != "IRQ" for t, _, g in dyads(resources, text))


# -- a protest against an act is against its doer, not the party it struck --------------------------


def test_a_rally_against_attacks_on_a_country_is_against_the_attacker(resources):
    text = "Thousands of people attended a rally against the US strikes on Yemen in Sanaa."
    found = dyads(resources, text)
    assert ("PROTEST", "YEM", "USA") in found
    assert not any(t == "PROTEST" and g == "YEM" for t, _, g in found)


# -- names for a wrongdoer, and "referred to X as" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The president referred to Lukashenko as a dictator.", ("USA", "BLR")),
        ("Maduro called the Colombian president a puppet of Washington.", ("VEN", "COL")),
        ("Zelensky described Putin as a war criminal.", ("UKR", "RUS")),
    ],
)  # fmt: skip
def test_naming_a_leader_a_wrongdoer_is_censure(resources, text, pair):
    if pair[0] == "USA":
        text = text.replace("The president", "US President Joe Biden")
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_naming_an_agreement_a_milestone_judges_no_one(resources):
    found = dyads(
        resources, "The Indian minister referred to the agreement with Japan as a milestone."
    )
    assert not any(t == "ACCUSE" for t, _, _ in found)


# -- displeasure caused by another's act: the displeased party accuses the doer ----------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China's decision angered Vietnam.", ("VNM", "CHN")),
        ("Beijing imposed a new fishing rule, angering Hanoi.", ("VNM", "CHN")),
        ("The Russian move irked Washington.", ("USA", "RUS")),
        ("Russia sent a warship to Havana, much to the chagrin of Washington.", ("USA", "RUS")),
        ("China declared an air defence zone, to the dismay of Japan.", ("JPN", "CHN")),
    ],
)  # fmt: skip
def test_displeasure_at_an_act_accuses_its_doer(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese move irked the markets.",
        "The news alarmed Japan.",
        "Japan sent a letter to the president of South Korea.",
    ],
)  # fmt: skip
def test_no_displeasure_without_two_parties(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# -- judging "what" a speaker says or calls someone's conduct ---------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Japan condemned what it said was China's harassment of its fishing boats.", "ACCUSE", ("JPN", "CHN")),
        ("The opposition coalition in Syria criticized what it said was Iran's support for the militias.", "ACCUSE", ("SYR", "IRN")),
        ("China welcomed what it called a constructive American approach.", "SUPPORT", ("CHN", "USA")),
    ],
)  # fmt: skip
def test_judging_what_was_said_to_be_someones_conduct(resources, text, etype, pair):
    assert (etype, *pair) in dyads(resources, text)


# -- a speaker telling of another's attempt at a wrong accuses it ----------------------------------


def test_an_attempt_at_a_wrong_told_by_a_speaker_accuses(resources):
    text = "Zelensky said Russia was trying to discredit the peace talks."
    assert ("ACCUSE", "UKR", "RUS") in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said Russia was not trying to undermine the talks.",
        "Zelensky said Russia might try to undermine the talks.",
        "Russia is trying to undermine the talks.",
    ],
)  # fmt: skip
def test_no_accusation_from_a_denied_or_possible_or_unvoiced_attempt(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# -- a participle of blame trailing a reported clause is the speaker's ------------------------------


def test_a_trailing_participle_of_blame_is_the_speakers(resources):
    text = "Medvedev says tensions with NATO have pushed the world into a new Cold War, blaming American leaders."
    assert ("ACCUSE", "RUS", "USA") in dyads(resources, text)


def test_a_trailing_participle_of_a_killing_stays_the_doers(resources):
    found = dyads(resources, "Ukraine said Russia attacked Kharkiv, killing five people.")
    assert not any(t == "ASSAULT" and s == "UKR" for t, s, _ in found)


# -- a threat whose act falls on the speaker's own country is aimed at the party of its condition ---


def test_an_ultimatum_on_ones_own_ground_is_aimed_at_the_condition(resources):
    text = "Israel threatened to ban voting in Jerusalem if Hamas ran in the election."
    found = dyads(resources, text)
    assert ("THREATEN", "ISR", "PSE") in found


# -- "X said Y needs to (has to) ..." is a demand, as "must" is -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan said NATO needs to stand by Turkey.", ("TUR", "NATO")),
        ("Blinken said Israel has to allow more aid into Gaza.", ("USA", "ISR")),
    ],
)  # fmt: skip
def test_needing_to_under_a_reporting_verb_is_a_demand(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


def test_ones_own_need_is_no_demand(resources):
    found = dyads(resources, "Putin said Russia has to respond to NATO.")
    assert not any(t == "REQUEST" for t, _, _ in found)


# -- a possible hostile act of one's own with an "unless" condition is an ultimatum -----------------


def test_a_possible_retaliation_unless_another_acts_is_a_threat_to_it(resources):
    text = "Russia said it may retaliate unless Washington withdraws its missiles."
    assert ("THREATEN", "RUS", "USA") in dyads(resources, text)


def test_a_possible_retaliation_with_no_party_named_threatens_no_one(resources):
    assert not any(
        t == "THREATEN"
        for t, _, _ in dyads(resources, "Russia said it may retaliate if necessary.")
    )


# -- a vow or warning of retaliation is aimed at the party its condition names ---------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey warned of retaliation if Greece militarised the islands.", ("TUR", "GRC")),
        ("Iran vowed revenge if Israel struck its nuclear sites.", ("IRN", "ISR")),
    ],
)  # fmt: skip
def test_retaliation_on_a_condition_is_aimed_at_its_party(resources, text, pair):
    assert ("THREATEN", *pair) in dyads(resources, text)


def test_revenge_vowed_with_no_party_named_threatens_no_one(resources):
    assert not any(t == "THREATEN" for t, _, _ in dyads(resources, "Iran vowed revenge."))


# -- a place read as a protest's recipient is the crowd's own when the protesters name another -----


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Farmers blocked roads in Poland to protest Ukrainian grain imports.", ("POL", "UKR")),
        ("Students rallied in Manila, condemning Chinese incursions in the South China Sea.", ("PHL", "CHN")),
    ],
)  # fmt: skip
def test_the_scene_of_a_protest_against_another_party_is_the_crowds(resources, text, pair):
    found = dyads(resources, text)
    assert ("PROTEST", *pair) in found
    assert ("PROTEST", pair[1], pair[0]) not in found


# -- "will continue to V": the act is under way, not planned ---------------------------------------


def test_continuing_a_rejection_is_a_rejection_not_a_threat(resources):
    text = "Pyongyang said it will continue to reject talks with the United States."
    found = dyads(resources, text)
    assert ("REJECT", "PRK", "USA") in found
    assert ("THREATEN", "PRK", "USA") not in found


def test_not_continuing_is_no_act(resources):
    assert not any(
        t == "AID"
        for t, _, _ in dyads(resources, "Russia will not continue to supply arms to Syria.")
    )
