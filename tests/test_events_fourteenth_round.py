"""The fourteenth round of constructions (issue 9): who a sentence means when it names them
only by reference, and acts that had no entry.

- A shortened name in a "from" phrase ("officials from North and South Korea") is a party, as
  it was already in an "of" phrase.
- A group in a role's phrase ("negotiators from both sides") stands for the pair told before;
  "the pair" does too, as do "the two ministers" and other plural offices with "two" or
  "both"; "the ministers" alone are the parties of the meeting just told.
- An appeal, charge or refusal with no subject of its own that the parser coordinated with a
  reported judgement is the speaker's ("said the remarks were irresponsible and urged
  Washington to stop").
- A verb of asking names what it asks by an event noun ("requested the withdrawal of French
  troops") or by an infinitive the parser hung on it as a clause of purpose ("petitioned the
  United Nations to investigate"), and the one asked does what is asked.
- Judging verbs that name their object "as" a wrong whose adjective the parser hangs on "as",
  and a first object split in two ("called the US move a gross interference").
- A promise made to a named party not to do something is an assurance to it, not a refusal.
- Entries: agreements announced, come to or found; consent; pleading; taking sides; meetings
  by gesture, meal or video; greeting a visitor; "assail" and "take to task"; being concerned
  by a party's act; "targeted" with a word of armed force in the sentence.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import antecedent
from support.actors import resolver
from support.events import coded, dyads, event_sides, fs


@pytest.fixture(scope="module")
def run_actors(nlp, cat):
    return resolver(nlp, cat, dt.date(2024, 3, 5))


# ------------------------------------------------------------------------------------------------
# shortened names and groups inside a role's phrase


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("Officials from North and South Korea met at the border village.", "CONSULT",
         fs("PRK", "KOR")),
        ("Troops from North and South Korea exchanged fire near the border.", "ASSAULT",
         fs("PRK", "KOR")),
    ],
)  # fmt: skip
def test_a_shortened_name_in_a_from_phrase_is_a_party(resources, text, kind, parties):
    sides = event_sides(resources, text)
    assert (kind, parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        "The European Union and the United Kingdom resumed talks on Monday. Negotiators from "
        "both sides met in London on Tuesday.",
        "India and China held a round of border talks in June. Officials of the two countries "
        "met again in Moscow on Friday.",
    ],
)
def test_a_group_in_a_roles_phrase_stands_for_the_pair(resources, text):
    events = coded(resources, text)
    met = [e for e in events if e.trigger == "met"]
    assert met, events
    assert len({a.code for a in met[0].source}) == 2, met[0].source


def test_a_group_in_a_roles_phrase_needs_a_pair_before(resources):
    # nothing before names two parties: the negotiators are no one
    sides = event_sides(resources, "Negotiators from both sides met in London on Tuesday.")
    assert not any(s[0] == "CONSULT" and s[1] for s in sides), sides


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("Justin Trudeau spoke with Donald Trump on Monday. The pair discussed trade and the "
         "pandemic.", "CONSULT", fs("CAN", "USA")),
        ("The foreign ministers of Egypt, Sudan and Ethiopia gathered in Washington. The "
         "ministers agreed to resume negotiations in January.", "AGREE",
         fs("EGY", "SDN", "ETH")),
        ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi. The leaders agreed to set up "
         "joint patrols.", "AGREE", fs("RUS", "TUR")),
        ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi. The two ministers then "
         "discussed Syria.", "CONSULT", fs("RUS", "TUR")),
    ],
)  # fmt: skip
def test_the_pair_and_the_ministers_are_the_parties_just_told_meeting(
    resources, text, kind, parties
):
    sides = event_sides(resources, text)
    assert any(s[0] == kind and s[1] | s[2] == parties and s[3] for s in sides), sides


def test_the_ministers_after_an_attack_are_no_one(resources):
    # an attack is no meeting: "the ministers" after it are not its two sides
    sides = event_sides(resources, "Russia attacked Ukraine. The ministers condemned the attack.")
    assert not any(s[0] == "ACCUSE" and s[1] for s in sides), sides


def test_the_ministers_of_another_country_keep_their_own_phrase(resources):
    sides = event_sides(
        resources, "The ministers of Egypt and Sudan met. The ministers of Ethiopia rejected it."
    )
    assert any(s[0] == "REJECT" and s[1] == fs("ETH") for s in sides), sides


# ------------------------------------------------------------------------------------------------
# an appeal coordinated with a reported judgement is the speaker's


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Chinese foreign ministry said the remarks were irresponsible and urged Washington "
         "to stop interfering.", ("REQUEST", "CHN", "USA")),
        ("Emmanuel Macron said Russia had invaded Ukraine and urged Moscow to withdraw.",
         ("REQUEST", "FRA", "RUS")),
        ("Tehran said the strikes were a crime and accused Israel of violating its sovereignty.",
         ("ACCUSE", "IRN", "ISR")),
    ],
)  # fmt: skip
def test_an_appeal_coordinated_with_a_reported_clause_is_the_speakers(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_reported_act_coordinated_with_a_reported_act_stays_reported(resources):
    # "killed" is no appeal: the strikes' own act, told by the speaker, is not the speaker's
    found = dyads(
        resources, "Iran said Israeli jets had bombed the depot and killed two Syrian soldiers."
    )
    assert not any(d[1] == "IRN" and d[0] == "ASSAULT" for d in found), found


# ------------------------------------------------------------------------------------------------
# what is asked: an event noun, or an infinitive misread as a clause of purpose


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Mali requested the withdrawal of French troops.", ("REQUEST", "MLI", "FRA")),
        ("Iraq petitioned the United Nations to investigate the killings.",
         ("REQUEST", "IRQ", "UN")),
    ],
)  # fmt: skip
def test_a_verb_of_asking_names_what_it_asks(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_the_one_petitioned_does_what_is_asked(resources):
    events = coded(resources, "Iraq petitioned the United Nations to investigate the killings.")
    probe = [e for e in events if e.trigger == "investigate"]
    assert probe and {a.code for a in probe[0].source} == {"UN"}, events


@pytest.mark.parametrize(
    "text",
    [
        "Iran advised a meeting between Iran, France and Germany in Geneva.",
        "Japan asked whether China would help.",
    ],
)
def test_advising_an_event_or_asking_a_question_requests_nothing(resources, text):
    sides = event_sides(resources, text)
    assert not any(s[0] == "REQUEST" and s[2] for s in sides), sides


# ------------------------------------------------------------------------------------------------
# judgements with a misread predicate


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Beijing called the US move a gross interference in China's internal affairs.",
         ("ACCUSE", "CHN", "USA")),
        ("Turkey described the French president's remarks as unacceptable.",
         ("ACCUSE", "TUR", "FRA")),
        ("Poland described the Russian exercise as provocative.", ("ACCUSE", "POL", "RUS")),
    ],
)  # fmt: skip
def test_a_judgement_with_a_misread_predicate(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_favourable_description_is_no_judgement(resources):
    found = dyads(resources, "Poland described the Russian proposal as useful.")
    assert not any(d[0] == "ACCUSE" for d in found), found


# ------------------------------------------------------------------------------------------------
# a promise made to a party


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia promised Egypt that the dam would not harm its water supply.",
        "Ethiopia promised Egypt it would not fill the dam this year.",
    ],
)
def test_a_promise_not_to_act_made_to_a_party_is_an_assurance(resources, text):
    found = dyads(resources, text)
    assert ("AGREE", "ETH", "EGY") in found, found
    assert not any(d[0] == "REJECT" for d in found), found


def test_a_vow_not_to_act_with_no_one_promised_stays_a_refusal(resources):
    found = dyads(resources, "Syria vowed not to return the Golan Heights to Israel.")
    assert ("REJECT", "SYR", "ISR") in found, found


# ------------------------------------------------------------------------------------------------
# entries


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("Israel and the United Arab Emirates announced a peace deal on Thursday.", "AGREE",
         fs("ISR", "ARE")),
        ("Donald Trump announced a deal between Israel and Bahrain.", "AGREE",
         fs("ISR", "BHR")),
        ("Peru and Chile came to an agreement on fishing rights.", "AGREE", fs("PER", "CHL")),
        ("Serbia and Kosovo found common ground on transport links.", "AGREE",
         fs("SRB", "XKX")),
        ("Donald Trump and Kim Jong Un shook hands at the border.", "CONSULT",
         fs("USA", "PRK")),
        ("Narendra Modi dined with Shinzo Abe in Tokyo.", "CONSULT", fs("IND", "JPN")),
        ("The leaders of France and Germany held a video conference on Tuesday.", "CONSULT",
         fs("FRA", "DEU")),
        ("Joe Biden held a virtual summit with Xi Jinping on Monday.", "CONSULT",
         fs("USA", "CHN")),
    ],
)  # fmt: skip
def test_joint_entries(resources, text, kind, parties):
    sides = event_sides(resources, text)
    assert (kind, parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kazakhstan consented to the proposal from China.", ("AGREE", "KAZ", "CHN")),
        ("Egypt pleaded with Ethiopia to delay filling the dam.", ("REQUEST", "EGY", "ETH")),
        ("Hungary sided with Poland in the dispute.", ("SUPPORT", "HUN", "POL")),
        ("The United States threw its weight behind Juan Guaido.", ("SUPPORT", "USA", "VEN")),
        ("Emmanuel Macron greeted Angela Merkel at the Elysee Palace.",
         ("CONSULT", "FRA", "DEU")),
        ("Israel assailed Iran's nuclear programme.", ("ACCUSE", "ISR", "IRN")),
        ("Germany took Russia to task over the poisoning.", ("ACCUSE", "DEU", "RUS")),
        ("Germany said it was deeply concerned by Turkey's actions in Syria.",
         ("ACCUSE", "DEU", "TUR")),
        ("Israel launched an operation which targeted Hamas leaders in Gaza.",
         ("ASSAULT", "ISR", "PSE")),
        ("Turkish drones targeted Kurdish fighters in northern Syria.", ("ASSAULT", "TUR", "SYR")),
    ],
)  # fmt: skip
def test_directed_entries(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_an_announced_trade_deal_keeps_its_own_reading(resources):
    sides = event_sides(resources, "The United States and Japan announced a trade deal.")
    assert ("COOPERATE", fs("USA", "JPN"), fs(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        "The government announced a new deal on pensions.",
        "The campaign targeted young voters in Ohio.",
        "The case concerns a Russian citizen held in Iran.",
        "The minister called the video meeting a success.",
    ],
)
def test_entries_that_must_not_fire(resources, text):
    assert not dyads(resources, text)


def test_a_video_call_stays_a_phone_call(resources):
    events = coded(resources, "Joe Biden and Xi Jinping held a video call.")
    calls = [e for e in events if e.event_type == "CONSULT"]
    assert calls and calls[0].cameo == "041", events


# ------------------------------------------------------------------------------------------------
# a release is asked of whoever holds the people


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Union called for the release of the British journalist held in Iran.",
         ("REQUEST", "EU", "IRN")),
        ("Canada called for the immediate release of two Canadians detained in China.",
         ("REQUEST", "CAN", "CHN")),
        ("Britain demanded the return of the sailors seized by Iran.", ("REQUEST", "GBR", "IRN")),
    ],
)  # fmt: skip
def test_a_release_is_asked_of_the_holder(resources, text, dyad):
    found = dyads(resources, text)
    assert dyad in found, found


def test_the_held_peoples_own_country_is_not_asked(resources):
    found = dyads(
        resources,
        "The European Union called for the release of the British journalist held in Iran.",
    )
    assert ("REQUEST", "EU", "GBR") not in found, found


def test_a_release_of_people_held_at_home_asks_no_one_abroad(resources):
    # held in the requester's own country: no one else is asked
    found = dyads(
        resources, "Canada called for the release of the Chinese nationals held in Canada."
    )
    assert not any(d[0] == "REQUEST" and d[2] == "CAN" for d in found), found


# ------------------------------------------------------------------------------------------------
# an attack claimed; armed men struck in a clash are one of its sides


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis claimed the attack on the Saudi oil facilities.",
        "The attack on the Saudi oil facilities was claimed by Yemen's Houthi rebels.",
    ],
)
def test_an_attack_claimed_is_the_claimants(resources, text):
    assert ("ASSAULT", "YEM", "SAU") in dyads(resources, text)


def test_a_claim_about_an_attack_claims_nothing(resources):
    found = dyads(resources, "Russia claimed that the attack on its base in Syria was staged.")
    assert not any(d[0] == "ASSAULT" and d[1] == "RUS" for d in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two Indian soldiers died in an exchange of fire with Pakistani troops.",
        "Two Indian soldiers died in clashes with Pakistani troops on Sunday.",
    ],
)
def test_soldiers_struck_in_a_clash_are_a_side(resources, text):
    sides = event_sides(resources, text)
    assert ("ASSAULT", fs("IND", "PAK"), fs(), True) in sides, sides


def test_civilians_struck_in_a_clash_are_no_side(resources):
    sides = event_sides(resources, "Three Syrian civilians died in clashes with Turkish forces.")
    assert not any(s[0] == "ASSAULT" and "SYR" in s[1] for s in sides), sides


# ------------------------------------------------------------------------------------------------
# makers listed in their own phrase; measures aimed by a clause; texts that act


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The station is operated by the space agencies of the United States, Russia and Japan.",
         fs("USA", "RUS", "JPN")),
        ("The satellite was designed by engineers from Italy, Brazil and Argentina.",
         fs("ITA", "BRA", "ARG")),
    ],
)  # fmt: skip
def test_makers_listed_in_their_phrase_made_it_jointly(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("COOPERATE", parties, fs(), True) in sides, sides


def test_a_party_funded_by_a_list_is_aided_not_a_joint_maker(resources):
    sides = event_sides(resources, "The rebels were funded by the governments of Iran and Syria.")
    assert not any(s[0] == "COOPERATE" for s in sides), sides


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Japan introduced export controls that target South Korea.", ("SANCTION", "JPN", "KOR")),
        ("The European Union imposed sanctions aimed at Iran's oil sector.",
         ("SANCTION", "EU", "IRN")),
        ("Iran released a video that threatened Saudi Arabia.", ("THREATEN", "IRN", "SAU")),
    ],
)  # fmt: skip
def test_a_measure_or_a_text_acts_through_its_clause(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_measure_that_hits_strikes_no_one(resources):
    found = dyads(resources, "Russia introduced measures which hit Turkish exporters.")
    assert not any(d[0] == "ASSAULT" for d in found), found
    # missiles that hit still strike
    assert ("ASSAULT", "RUS", "UKR") in dyads(resources, "Russia fired missiles that hit Kyiv.")


# ------------------------------------------------------------------------------------------------
# a state's boycott is not at home; rapprochement; demands handed over


def test_a_states_boycott_is_not_aimed_at_itself(resources):
    sides = event_sides(resources, "Germany boycotted the conference in Durban.")
    assert not any(s[0] == "PROTEST" and "DEU" in s[2] for s in sides), sides
    # a people protesting at home still protests to its government
    sides = event_sides(resources, "Thousands of Egyptians protested in Cairo on Friday.")
    assert ("PROTEST", fs("EGY"), fs("EGY"), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("The rapprochement between Turkey and Egypt gathered pace this week.", "SUPPORT",
         fs("TUR", "EGY")),
    ],
)  # fmt: skip
def test_a_rapprochement_is_between_its_parties(resources, text, kind, parties):
    sides = event_sides(resources, text)
    assert (kind, parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russia handed Ukraine a list of demands.", ("REQUEST", "RUS", "UKR")),
        ("Serbia presented its demands to the European Union.", ("REQUEST", "SRB", "EU")),
    ],
)  # fmt: skip
def test_demands_handed_to_a_party(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_demands_handed_to_no_one_named(resources):
    found = dyads(resources, "The union presented its demands on Monday.")
    assert not any(d[0] == "REQUEST" for d in found), found


# ------------------------------------------------------------------------------------------------
# a bare title refers back to the person named before who has held that office


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Vladimir Putin arrived in Ankara on Monday. The president met Recep Tayyip Erdogan at "
         "the palace.", ("CONSULT", "RUS", "TUR")),
        ("Narendra Modi spoke in Delhi on Tuesday. The prime minister criticised Pakistan for "
         "supporting terrorism.", ("ACCUSE", "IND", "PAK")),
        ("Mike Pompeo visited Saudi Arabia on Wednesday. The secretary of state met King Salman "
         "in Riyadh.", ("CONSULT", "USA", "SAU")),
    ],
)  # fmt: skip
def test_a_bare_title_is_the_office_holder_named_before(resources, text, dyad):
    found = dyads(resources, text)
    kind, a, b = dyad
    assert (kind, a, b) in found or (kind == "CONSULT" and (kind, b, a) in found), found


def test_the_title_and_a_name_that_never_held_it(run_actors):
    # Pompeo never was a president: "the president" is no one named here
    doc, mentions = run_actors("Mike Pompeo arrived in Riyadh. The president welcomed the visit.")
    tok = next(t.i for t in doc if t.lower_ == "president")
    assert antecedent(doc, tok, mentions) is None


def test_two_presidents_and_no_subject_give_no_one(run_actors):
    doc, mentions = run_actors(
        "A meeting of Vladimir Putin and Recep Tayyip Erdogan took place. The president spoke."
    )
    tok = next(t.i for t in doc if t.lower_ == "president")
    assert antecedent(doc, tok, mentions) is None


def test_the_president_of_a_country_says_whose(run_actors):
    doc, mentions = run_actors("Vladimir Putin arrived. The president of Egypt met him.")
    tok = next(t.i for t in doc if t.lower_ == "president")
    assert antecedent(doc, tok, mentions) is None


def test_of_two_who_held_the_office_the_sitting_one_is_meant(run_actors):
    # on 2024-03-05 Joe Biden is president and Donald Trump a former one
    doc, mentions = run_actors("Donald Trump criticised Joe Biden. The president replied.")
    tok = next(t.i for t in doc if t.lower_ == "president")
    found = antecedent(doc, tok, mentions)
    assert found is not None and found.actor.text == "Joe Biden", found


# ------------------------------------------------------------------------------------------------
# emissaries act for their sender; more making verbs; what a passive act drew


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("China sent an envoy who met Kim Jong Un in Pyongyang.", fs("CHN", "PRK")),
        ("The United States appointed a negotiator who met the Taliban in Doha.",
         fs("USA", "AFG")),
    ],
)  # fmt: skip
def test_an_emissarys_act_is_the_senders(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(s[0] == "CONSULT" and s[1] | s[2] == parties for s in sides), sides


def test_a_general_named_is_no_emissary(resources):
    found = dyads(resources, "Russia named a general who attacked Ukraine in 2022.")
    assert not any(d[0] == "ASSAULT" and d[1] == "RUS" for d in found), found


def test_a_survey_conducted_by_several_is_joint(resources):
    sides = event_sides(
        resources, "The survey was conducted by researchers from Norway, Sweden and Finland."
    )
    assert ("COOPERATE", fs("NOR", "SWE", "FIN"), fs(), True) in sides, sides


def test_what_a_passive_act_drew_is_aimed_at_its_agent(resources):
    found = dyads(
        resources,
        "The tanker was seized by Iranian forces in the Strait of Hormuz, prompting "
        "condemnation from Britain.",
    )
    assert ("ACCUSE", "GBR", "IRN") in found, found


# ------------------------------------------------------------------------------------------------
# whom an agreement is with: a pact framing it, a meeting in its sentence, never one's own forces


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Under a deal with the United States, Turkey agreed to pause its offensive.",
         fs("TUR", "USA")),
        ("Following talks with Russia, Turkey agreed to withdraw its troops.", fs("TUR", "RUS")),
        ("As part of the agreement with Egypt, Sudan agreed to share data.", fs("SDN", "EGY")),
        ("Russia and Turkey held talks in Sochi. Russia agreed to launch joint patrols.",
         fs("RUS", "TUR")),
    ],
)  # fmt: skip
def test_the_partner_of_an_agreement(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(s[0] == "AGREE" and s[1] | s[2] == parties and s[3] for s in sides), sides


def test_ones_own_troops_are_no_partner(resources):
    found = dyads(resources, "Turkey agreed to withdraw its troops from the border.")
    assert not any(d[0] == "AGREE" and d[2] == "TUR" for d in found), found


def test_an_agreement_with_no_partner_told_has_none(resources):
    sides = event_sides(resources, "China agreed to share data.")
    assert any(s[0] == "AGREE" and s[1] == fs("CHN") and not s[2] for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "As part of the deal, Israel agreed to suspend the annexation of parts of the West Bank.",
        "Israel froze settlement construction in the West Bank.",
    ],
)
def test_holding_back_annexation_is_no_threat(resources, text):
    sides = event_sides(resources, text)
    assert not any(s[0] in {"THREATEN", "SANCTION", "ASSAULT"} and s[3] for s in sides), sides
    assert any(s[0] == "RETREAT" and s[1] == fs("ISR") for s in sides), sides


# ------------------------------------------------------------------------------------------------
# who is on a visit or in talks told beside another act; state occasions abroad


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("Narendra Modi, on a visit to Bangladesh, praised Sheikh Hasina.", "CONSULT",
         fs("IND", "BGD")),
        ("During talks with Recep Tayyip Erdogan, Vladimir Putin criticised the United States.",
         "CONSULT", fs("RUS", "TUR")),
        ("Emmanuel Macron attended the funeral of the Lebanese president in Beirut.", "CONSULT",
         fs("FRA", "LBN")),
    ],
)  # fmt: skip
def test_the_one_on_the_visit_or_in_the_talks(resources, text, kind, parties):
    sides = event_sides(resources, text)
    assert any(s[0] == kind and s[1] | s[2] == parties and s[3] for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron attended a ceremony in Paris.",
        "Two Indian soldiers were wounded in an attack during a visit to the border.",
    ],
)
def test_occasions_at_home_and_victims_visit_no_one(resources, text):
    sides = event_sides(resources, text)
    assert not any(s[0] == "CONSULT" and s[2] for s in sides), sides


# ------------------------------------------------------------------------------------------------
# backing a wrong, told by a speaker, accuses the backer


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India said that Pakistan was sponsoring terrorism in Kashmir.",
         ("ACCUSE", "IND", "PAK")),
        ("Venezuela said Colombia was harbouring terrorists.", ("ACCUSE", "VEN", "COL")),
    ],
)  # fmt: skip
def test_backing_a_wrong_told_by_a_speaker_accuses(resources, text, dyad):
    assert dyad in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia said Iran was arming the Houthis in Yemen.",
        "Russia said it was supporting the Syrian army.",
    ],
)
def test_backing_a_party_is_no_accusation(resources, text):
    found = dyads(resources, text)
    assert not any(d[0] == "ACCUSE" for d in found), found


# ------------------------------------------------------------------------------------------------
# telling a party to act; a demand coordinated after an act on a party


def test_telling_a_party_to_act_asks_it(resources):
    assert ("REQUEST", "EU", "BLR") in dyads(
        resources, "The European Union told Belarus to free political prisoners."
    )


def test_telling_reporters_something_asks_no_one(resources):
    found = dyads(resources, "Vladimir Putin told reporters in Moscow that Russia would respond.")
    assert not any(d[0] == "REQUEST" for d in found), found


def test_a_demand_after_a_summons_is_made_of_the_one_summoned(resources):
    found = dyads(resources, "Britain summoned the Russian ambassador and demanded an explanation.")
    assert ("REQUEST", "GBR", "RUS") in found, found


def test_a_measure_coordinated_after_a_judgement_is_aimed_at_the_one_judged(resources):
    found = dyads(
        resources,
        "India revoked Kashmir's special status. Pakistan condemned the move and downgraded ties.",
    )
    assert ("SANCTION", "PAK", "IND") in found, found


def test_an_order_after_a_measure_is_no_demand_of_its_target(resources):
    found = dyads(
        resources, "An Egyptian court banned Hamas and ordered its offices to be shut down."
    )
    assert not any(d[0] == "REQUEST" for d in found), found


def test_a_wrongdoers_place_is_not_its_owner(resources):
    found = dyads(
        resources,
        "The US military said a leader with ties to the Paris attack terrorists was killed.",
    )
    assert not any(d[0] == "ACCUSE" and d[2] == "FRA" for d in found), found


# ------------------------------------------------------------------------------------------------
# joining a body whose name ends in a word that alone is no diplomacy


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Morocco rejoined the African Union on Monday.", ("SUPPORT", "MAR", "AU")),
    ],
)  # fmt: skip
def test_joining_a_named_body(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_joining_a_trade_union_is_no_diplomacy(resources):
    assert not dyads(resources, "Thousands of French workers joined the union in Paris.")


def test_a_partys_case_against_another(resources):
    found = dyads(
        resources,
        "South Africa's genocide case against Israel opened at the International Court of Justice.",
    )
    assert ("ACCUSE", "ZAF", "ISR") in found, found
    # a case brought by no party named accuses no one
    assert not dyads(resources, "The case against the Rwandan officer was dropped in Paris.")


# ------------------------------------------------------------------------------------------------
# an event named by an earlier year is background; a private trip is no visit


def test_an_event_named_by_an_earlier_year_is_background(resources):
    events = coded(
        resources,
        "The clock was moved, largely due to the 2022 Russian invasion of Ukraine.",
        date="2023-01-24",
    )
    invasions = [e for e in events if e.event_type == "ASSAULT"]
    assert invasions and invasions[0].historical, events


def test_an_event_of_this_year_named_by_its_year_is_news(resources):
    events = coded(
        resources, "Russia launched its 2023 offensive in Bakhmut on Monday.", date="2023-01-10"
    )
    assert any(e.event_type == "ASSAULT" and not e.historical for e in events), events


def test_a_personal_visit_is_no_diplomacy(resources):
    assert not dyads(resources, "Donald Trump Jr. made a personal visit to Greenland.")
    assert ("CONSULT", "IND", "NPL") in dyads(resources, "Narendra Modi made a visit to Nepal.")


# ------------------------------------------------------------------------------------------------
# a quoted judgement of "this", said of a party's act; space agencies


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ('"This is an act of aggression," the Syrian foreign ministry said of the Israeli strike.',
         ("ACCUSE", "SYR", "ISR")),
        ('"It is a clear violation of international law," Iran said of the US sanctions.',
         ("ACCUSE", "IRN", "USA")),
    ],
)  # fmt: skip
def test_a_quoted_judgement_said_of_an_act(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_a_quoted_praise_said_of_an_act_accuses_no_one(resources):
    found = dyads(
        resources, '"This is a great day," the minister said of the agreement with Japan.'
    )
    assert not any(d[0] == "ACCUSE" for d in found), found


def test_space_agencies_stand_for_their_states(resources):
    sides = event_sides(resources, "The probe was built by ESA and JAXA.")
    assert ("COOPERATE", fs("IGO", "JPN"), fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# a weapon fired at a place is aimed; fired at nothing named, a show of force


def test_fire_at_targets_near_a_place_strikes_its_country(resources):
    found = dyads(resources, "Israeli jets fired missiles at targets near Damascus late on Sunday.")
    assert ("ASSAULT", "ISR", "SYR") in found, found


def test_missiles_fired_at_nothing_named_are_a_show_of_force(resources):
    sides = event_sides(resources, "North Korea fired two short-range missiles on Thursday.")
    assert ("MOBILIZE", fs("PRK"), fs(), True) in sides, sides


def test_support_coordinated_after_opposition_is_not_aimed_at_the_one_opposed(resources):
    found = dyads(
        resources,
        "China voiced opposition to the Indian move and reaffirmed its support for a peaceful "
        "resolution.",
    )
    assert not any(d[0] == "SUPPORT" and d[2] == "IND" for d in found), found


# ------------------------------------------------------------------------------------------------
# a delegation is its leader's side; a passive of leading is no journey


def test_a_delegation_led_by_an_official_is_his_sides(resources):
    found = dyads(
        resources,
        "A delegation led by the Chinese vice premier arrived in Washington for trade talks.",
    )
    assert ("CONSULT", "CHN", "USA") in found, found


def test_a_team_headed_by_someone_travels_nowhere(resources):
    events = coded(resources, "A team headed by the UN envoy met Houthi leaders in Sanaa.")
    assert not any(e.trigger == "headed" for e in events), events
    # a passive visit is still a visit
    assert ("CONSULT", "DEU", "IRN") in dyads(
        resources, "Iran was visited by Olaf Scholz on Friday."
    )
    # rebels led by an officer are not his
    assert not dyads(resources, "Rebels led by a former army officer attacked the town.")


# ------------------------------------------------------------------------------------------------
# an undated picture caption is no fresh news


def test_an_undated_caption_is_background(resources):
    events = coded(
        resources,
        "President Jimmy Carter (center) shakes hands with the leaders of Egypt and Israel at "
        "the treaty signing Image: White House photographer.",
    )
    meetings = [e for e in events if e.event_type == "CONSULT"]
    assert meetings and all(e.historical for e in meetings), events


def test_a_dated_caption_and_a_bracketed_place_are_news(resources):
    for text in (
        "Vladimir Putin (left) met Recep Tayyip Erdogan in Sochi on Tuesday.",
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi (Russia) on Tuesday.",
    ):
        events = coded(resources, text)
        assert any(e.event_type == "CONSULT" and not e.historical for e in events), events


# ------------------------------------------------------------------------------------------------
# shows of force: the state across a border, reservists called up, drills around a place


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India put its army on high alert along the border with China.",
         ("MOBILIZE", "IND", "CHN")),
        ("Russia massed troops at the frontier with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        ("China held military drills around Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ],
)  # fmt: skip
def test_a_show_of_force_at_a_border_or_around_a_place(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_reservists_called_up_and_reinforcements_sent_are_mobilised(resources):
    for text in ("Israel called up 300,000 reservists.", "Turkey sent reinforcements to Idlib."):
        events = coded(resources, text)
        assert any(e.event_type == "MOBILIZE" for e in events), events


def test_a_missile_fired_over_a_country_is_a_show_of_force(resources):
    for text in (
        "North Korea fired an intermediate-range ballistic missile over Japan on Tuesday.",
        "The Chinese military fired ballistic missiles into waters around Taiwan.",
    ):
        found = dyads(resources, text)
        assert not any(d[0] == "ASSAULT" for d in found), (text, found)


def test_an_appeal_coordinated_with_a_hedged_warning_is_asserted(resources):
    found = dyads(
        resources,
        "Vladimir Putin warned that the crisis could lead to a catastrophe and urged North Korea "
        "to negotiate.",
    )
    assert ("REQUEST", "RUS", "PRK") in found, found


def test_two_delegations_are_the_meetings_parties_not_topics_listed(resources):
    sides = event_sides(
        resources,
        "The first talks between the Biden administration and China opened in Anchorage on "
        "Thursday. Antony Blinken raised Xinjiang, Hong Kong, Taiwan and cyber attacks. Yang "
        "Jiechi replied angrily. The two delegations continued their talks the next day.",
    )
    continued = [s for s in sides if s[0] == "CONSULT" and "HKG" in s[1] | s[2]]
    assert not continued, sides
    assert any(s[0] == "CONSULT" and s[1] == fs("USA", "CHN") for s in sides), sides
