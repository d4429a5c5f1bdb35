"""The twenty-fourth round of constructions (issue 9), written from a precision audit of every
asserted pair the coder gives on Wikinews, long-form and Current Events sentences that no label
file holds (none of a check set):

- A call "between" named parties is a conversation between them.
- Joining talks or a summit takes part in them with whoever they are held with; what the talks
  are about is no partner backed ("Italy joined the talks on Libya").
- A party named "against" inside the object of a favouring act is whom the thing backed is aimed
  at, not the one backed ("supported the resolution against Iran").
- Relying on a party asks it only with an infinitive ("relies on China to press Pyongyang");
  relying on it "for" a thing is dependence.
- What would allow an act is not the act: "the best way for X and Y to resolve", "an
  opportunity for X to ...".
- An event named as a time reference ("before his trip to Beijing", "ahead of the summit") is
  another happening than the one it dates, not the same one told twice.
- A partner hung on the "of" or "on" phrase of an agreement ("a memorandum of understanding with
  Libya", "an agreement on cooperation with Tunisia") is the agreement's partner.
- The clause an intention governs names its recipient, not the place where it is done ("agreed
  to normalise economic ties at the White House").
- An arrest "on the border with Libya" is made on the arresting side; fire near a border may
  strike across it.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from detente.evaluate.dyadic import pairs
from support.events import coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# a call between named parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The House subpoenaed a transcript of a call between Donald Trump and Volodymyr Zelensky.",
         fs("USA", "UKR")),
        ("A call between the presidents of France and Russia lasted two hours.", fs("FRA", "RUS")),
    ],
)  # fmt: skip
def test_a_call_between_parties_is_a_conversation(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, fs(), True) in sides, sides


def test_a_call_for_something_between_parties_is_no_conversation(resources):
    sides = event_sides(resources, "The UN issued a call for a ceasefire between Israel and Hamas.")
    assert not any(s[0] == "CONSULT" and s[3] for s in sides), sides


# ------------------------------------------------------------------------------------------------
# joining talks; favouring acts and "against"


@pytest.mark.parametrize(
    "text",
    [
        "Italy joined the talks on Libya.",
        "The Italian foreign minister joined the talks between Egypt and Greece as an observer.",
        "India joined the coalition against Iran.",
        "France supported the resolution against Iran.",
        "Japan endorsed the statement against North Korea.",
    ],
)
def test_what_is_joined_or_backed_names_no_one_backed(resources, text):
    assert not any(d[0] == "SUPPORT" for d in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("France joined talks with Iran.", fs("FRA", "IRN")),
        ("The Italian foreign minister joined the talks between Egypt and Greece as an observer.",
         fs("ITA", "EGY", "GRC")),
    ],
)  # fmt: skip
def test_joining_talks_takes_part_in_them(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sweden joined NATO.", ("SUPPORT", "SWE", "NATO")),
        ("Rwanda and Burundi join the East African Community in a meeting in Kampala, Uganda.",
         ("SUPPORT", "RWA", "IGO")),
        ("Canada joined the United States in condemning the attack.", ("SUPPORT", "CAN", "USA")),
        ("France supported Iraq in its fight against the Islamic State.",
         ("SUPPORT", "FRA", "IRQ")),
        ("Japan backed the US proposal against China.", ("SUPPORT", "JPN", "USA")),
        ("Britain backed sanctions against Russia.", ("SANCTION", "GBR", "RUS")),
    ],
)  # fmt: skip
def test_a_party_joined_or_backed_still_is(resources, text, pair):
    assert pair in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# reliance


@pytest.mark.parametrize(
    "text",
    [
        "Germany relies on Russia for gas.",
        "The U.S. will rely on Russia for manned space flights.",
    ],
)
def test_relying_for_a_thing_asks_nothing(resources, text):
    assert not any(d[0] == "REQUEST" for d in dyads(resources, text))


def test_relying_on_a_party_to_act_asks_it(resources):
    assert ("REQUEST", "DEU", "CHN") in dyads(
        resources, "Germany relies on China to press Pyongyang."
    )


# ------------------------------------------------------------------------------------------------
# what would allow an act


@pytest.mark.parametrize(
    "text",
    [
        "Senator Collins saw compromise as the best way for Armenia and Azerbaijan to resolve "
        "their differences.",
        "This is an opportunity for Israel and Lebanon to sign a peace deal.",
    ],
)
def test_a_way_or_an_opportunity_to_act_is_no_act(resources, text):
    assert not any(s[3] and len(s[1]) > 1 for s in event_sides(resources, text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Armenia and Azerbaijan resolved their differences.", "AGREE"),
        ("Israel and Lebanon signed a peace deal.", "SUPPORT"),
    ],
)
def test_the_act_itself_is_asserted(resources, text, etype):
    assert any(s[0] == etype and s[3] and len(s[1]) == 2 for s in event_sides(resources, text))


# ------------------------------------------------------------------------------------------------
# an event named as a time reference


def test_a_trip_before_which_a_call_was_made_is_another_event(resources):
    sides = event_sides(
        resources, "Before his trip to Beijing, Donald Trump spoke with Moon Jae-in."
    )
    assert ("CONSULT", fs("USA", "KOR"), fs(), True) in sides, sides
    assert not any("KOR" in s[1] and "CHN" in s[2] for s in sides), sides


def test_a_visit_during_which_a_meeting_was_held_is_the_same_event(resources):
    sides = event_sides(resources, "During her visit to China, Angela Merkel met Xi Jinping.")
    assert ("CONSULT", fs("DEU", "CHN"), fs(), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# the partner of an agreement hung on its "of" or "on" phrase


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Turkey signed a memorandum of understanding with Libya's Government of National "
         "Accord.", fs("TUR", "LBY")),
        ("Germany signed an agreement on cooperation with Tunisia.", fs("DEU", "TUN")),
        ("China signed a declaration of intent with Serbia.", fs("CHN", "SRB")),
    ],
)  # fmt: skip
def test_the_partner_of_an_agreement_hung_on_its_phrase(resources, text, parties):
    sides = event_sides(resources, text)
    assert any(s[1] == parties and s[3] for s in sides), sides


def test_ending_agreements_with_a_party_agrees_with_no_one(resources):
    found = dyads(
        resources,
        "Palestinian President Mahmoud Abbas announces the termination of all agreements, "
        "including security ones, with Israel and the United States.",
    )
    assert not any(d[0] == "AGREE" for d in found), found


# ------------------------------------------------------------------------------------------------
# the governed clause's recipient, not its venue


def test_an_intention_is_not_aimed_at_its_venue(resources):
    text = "Kosovo and Serbia agreed to normalise economic ties at the White House."
    sides = event_sides(resources, text)
    assert not any("USA" in s[2] for s in sides), sides
    assert ("AGREE", fs("XKX", "SRB"), fs(), True) in sides, sides


def test_an_intention_keeps_the_recipient_its_clause_names(resources):
    assert ("AGREE", "TUN", "CHN") in dyads(
        resources, "Tunisia offered to hand over a base to China."
    )


# ------------------------------------------------------------------------------------------------
# arrests at a border


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese forces arrest about 160 people on the border with Libya.",
        "Pakistani police arrested ten smugglers near the border with Afghanistan.",
    ],
)
def test_an_arrest_at_a_border_is_on_the_arresting_side(resources, text):
    assert not any(d[0] == "COERCE" for d in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish troops killed three militants on the border with Syria.",
         ("ASSAULT", "TUR", "SYR")),
        ("An American was arrested in Moscow.", ("COERCE", "RUS", "USA")),
    ],
)  # fmt: skip
def test_fire_across_a_border_and_arrests_abroad_keep_their_scene(resources, text, pair):
    assert pair in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# a subject the parser made an appositive of a fronted phrase's last noun (``detente.nlp``,
# ``detente_fronted_subjects``)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("After his meeting with Shinzo Abe, Donald Trump left Tokyo.", fs("USA", "JPN")),
        ("Following his meeting with Shinzo Abe, Donald Trump criticised China.",
         fs("USA", "JPN")),
    ],
)  # fmt: skip
def test_a_subject_read_as_an_appositive_is_the_verbs(resources, text, parties):
    sides = event_sides(resources, text)
    assert ("CONSULT", parties, fs(), True) in sides, sides


def test_an_appositive_inside_the_fronted_phrase_stays_there(resources):
    # the appositive ends before the comma, not right before the verb
    text = "In talks with Shinzo Abe, the Japanese prime minister, Donald Trump praised Japan."
    sides = event_sides(resources, text)
    assert ("SUPPORT", fs("USA"), fs("JPN"), True) in sides, sides


# ------------------------------------------------------------------------------------------------
# a joint act made to do something with another party is made with it


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        ("Israel reached an agreement to establish relations with the United Arab Emirates.",
         "AGREE", fs("ISR", "ARE")),
        ("Iran reached a deal to sell oil to China.", "AGREE", fs("IRN", "CHN")),
        ("Israel held talks to normalise ties with Sudan.", "CONSULT", fs("ISR", "SDN")),
    ],
)  # fmt: skip
def test_a_joint_act_is_made_with_whom_its_purpose_names(resources, text, etype, parties):
    sides = event_sides(resources, text)
    assert (etype, parties, fs(), True) in sides, sides


@pytest.mark.parametrize(
    "text",
    [
        # the purpose is another party's act, or names no party
        "Russia held talks to end the war in Syria.",
        "France signed an agreement to send troops to Mali.",
    ],
)
def test_a_purpose_naming_no_partner_adds_none(resources, text):
    sides = event_sides(resources, text)
    assert not any(s[0] in {"CONSULT", "SUPPORT", "AGREE"} and len(s[1]) > 1 for s in sides)


# ------------------------------------------------------------------------------------------------
# the members an object includes


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("China's foreign minister Wang Yi visited Europe, including France and Germany.",
         {("CONSULT", "CHN", "FRA"), ("CONSULT", "CHN", "DEU")}),
        ("The United States sanctioned several countries, including Iran and Syria.",
         {("SANCTION", "USA", "IRN"), ("SANCTION", "USA", "SYR")}),
    ],
)  # fmt: skip
def test_the_members_an_object_includes_are_its_parties(resources, text, pairs):
    assert pairs <= dyads(resources, text)


def test_an_included_event_is_no_member(resources):
    found = dyads(resources, "Japan condemned the attack, including the killing of civilians.")
    assert not any(d[0] == "ACCUSE" for d in found), found


# ------------------------------------------------------------------------------------------------
# names of people are no places; bare family names of people not yet in office


def test_a_persons_name_in_the_article_is_no_town(resources):
    text = (
        "Former Miss Universe Alicia Machado became a US citizen. "
        "Trump attacked Machado in early-morning tweets."
    )
    assert not dyads(resources, text, "2016-09-30")


def test_a_town_named_alone_is_still_struck(resources):
    assert ("ASSAULT", "RUS", "UKR") in dyads(resources, "Russian forces shelled Kharkiv.")


def test_a_family_name_is_no_bearer_whose_first_office_is_years_away(resources):
    # María Corina Machado led the Venezuelan opposition from 2023
    assert not any("VEN" in d for d in dyads(resources, "Trump attacked Machado.", "2016-09-30"))
    assert ("ACCUSE", "VEN", "VEN") not in dyads(
        resources, "Maduro criticised Machado.", "2016-09-30"
    )


def test_a_family_name_is_its_bearer_once_in_office(resources):
    assert ("ACCUSE", "VEN", "VEN") in dyads(resources, "Maduro criticised Machado.", "2024-01-30")


# ------------------------------------------------------------------------------------------------
# deaths told "in" a mishap


def test_deaths_in_a_crash_are_no_attack(resources):
    text = (
        "Eleven people have been killed in a helicopter crash in southern Afghanistan, including "
        "seven U.S. soldiers and four members of the Afghan National Army."
    )
    assert not any(s[0] == "ASSAULT" for s in event_sides(resources, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two Indian soldiers were killed in a clash with Chinese troops.",
         ("ASSAULT", "CHN", "IND")),
        ("Three Turkish soldiers were killed in an explosion in Syria.",
         ("ASSAULT", "SYR", "TUR")),
    ],
)  # fmt: skip
def test_deaths_in_a_clash_or_an_explosion_may_be_an_attack(resources, text, pair):
    assert pair in dyads(resources, text)


# ------------------------------------------------------------------------------------------------
# joint intentions among their own parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Russia and China vowed to deepen cooperation.", fs("RUS", "CHN")),
        ("Russia and Turkey pledged to cooperate in Syria.", fs("RUS", "TUR")),
        ("Mr. Obama and Mr. Xi formally committed their two nations to the Paris accord.",
         fs("USA", "CHN")),
    ],
)  # fmt: skip
def test_a_joint_intention_is_the_parties_with_each_other(resources, text, parties):
    found = {p for e in coded(resources, text) for p in pairs([e])}
    assert any(p[0] == "AGREE" and {p[1], p[2]} == parties and p[3] for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an intention to act on a third party, or not jointly
        "Germany and France offered to mediate.",
        "Britain and France pledged to cut emissions.",
        "Russia and China sent their troops to Syria.",
    ],
)
def test_an_intention_of_no_joint_act_names_no_pair(resources, text):
    found = {p for e in coded(resources, text) for p in pairs([e])}
    assert not any(p[0] == "AGREE" for p in found), found


# ------------------------------------------------------------------------------------------------
# opposition to an act done; incursions into waters


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North Korea tested a nuclear bomb on Friday. Even China said it was resolutely opposed "
         "to the test.", ("ACCUSE", "CHN", "PRK")),
        ("China is firmly opposed to US arms sales to Taiwan.", ("REJECT", "CHN", "USA")),
        ("The EU is opposed to the Israeli annexation plan.", ("REJECT", "EU", "ISR")),
    ],
)  # fmt: skip
def test_opposing_an_act_done_disapproves_of_it_and_a_plan_rejects_it(resources, text, pair):
    assert pair in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Russia has made submarine incursions into Swedish and Finnish waters.",
         {("MOBILIZE", "RUS", "SWE"), ("MOBILIZE", "RUS", "FIN")}),
        ("Chinese jets made repeated incursions into Taiwan's airspace.",
         {("MOBILIZE", "CHN", "TWN")}),
    ],
)  # fmt: skip
def test_an_incursion_into_waters_shows_force(resources, text, pairs):
    found = dyads(resources, text)
    assert pairs <= found and not any(d[0] == "ASSAULT" for d in found), found


def test_an_incursion_into_a_territory_attacks(resources):
    found = dyads(resources, "Turkey launched an incursion into northern Syria.")
    assert ("ASSAULT", "TUR", "SYR") in found, found


def test_a_noun_phrase_hung_on_its_support_verb_makes_the_entry(resources):
    sides = event_sides(resources, "Macron held a call with Putin.")
    assert ("CONSULT", fs("FRA", "RUS"), fs(), True) in sides, sides


def test_a_joint_statement_around_a_proposal_leaves_its_recipient(resources):
    text = (
        "In a joint statement, China and Russia proposed that North Korea suspend its nuclear "
        "and missile tests."
    )
    found = dyads(resources, text, "2017-07-04")
    assert ("AGREE", "CHN", "PRK") in found and ("AGREE", "RUS", "PRK") in found, found
