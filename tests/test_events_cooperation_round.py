"""Cooperation events in news forms found among the misses of the real-news train and tune sets
(issue 9, the cooperation round), in sentences written for these tests.

Each test names its construction: parties vowing a joint act vow it to each other, negotiations
concluded on a text, a suspect extradited "from" a state, troops sent as peacekeepers, "both
countries" after a sentence of comment, a vehicle or aircraft that goes somewhere visits no one,
a reward offered for an arrest is no commitment to anyone.
"""

from __future__ import annotations

from support.events import coded, dyads, fs
from support.events import event_sides as pairs


def _mutual(resources, text: str) -> set[tuple[str, frozenset[str]]]:
    """(type, parties) of each asserted event coded as one between its sources."""
    return {
        (e.event_type, frozenset(a.code for a in e.source if a.code))
        for e in coded(resources, text)
        if e.asserted and e.mutual
    }


def test_parties_vowing_a_joint_act_vow_it_to_each_other(resources):
    assert ("AGREE", fs("ARG", "CHL")) in _mutual(
        resources, "Argentina and Chile pledged to strengthen ties."
    )
    assert ("AGREE", fs("VNM", "THA")) in _mutual(
        resources, "Vietnam and Thailand vowed to hold joint naval exercises."
    )
    # a joint hostile act is a threat at a third party, not an agreement between the two
    got = pairs(resources, "Japan and Australia pledged to sanction North Korea.")
    assert not any(t == "AGREE" for t, _, _, _ in got)
    # an act of one's own toward no one is no agreement between the parties
    assert not _mutual(resources, "Argentina and Chile pledged to cut their budgets.")
    # a plan is not a pledge made
    assert not _mutual(resources, "Argentina and Chile may pledge to strengthen ties.")


def test_negotiations_concluded_are_an_agreement(resources):
    assert ("AGREE", fs("NZL", "IND")) in _mutual(
        resources, "New Zealand and India concluded negotiations on a free trade agreement."
    )
    # talks that ended are a meeting, not an agreement
    got = _mutual(resources, "New Zealand and India concluded three days of talks in Delhi.")
    assert not any(t == "AGREE" for t, _ in got)
    assert ("CONSULT", fs("NZL", "IND")) in got
    # negotiations still going on conclude nothing
    got = _mutual(resources, "New Zealand and India hope to conclude negotiations by May.")
    assert not any(t == "AGREE" for t, _ in got)


def test_a_suspect_extradited_from_a_state_is_that_states_cooperation(resources):
    assert ("COOPERATE", "COL", "USA") in dyads(
        resources, "A drug lord was extradited to the United States from Colombia on Monday."
    )
    assert ("COOPERATE", "ESP", "FRA") in dyads(
        resources, "Spain extradited the suspect to France."
    )
    # a refused extradition did not happen
    assert ("COOPERATE", "COL", "USA") not in dyads(
        resources, "Colombia refused to extradite the drug lord to the United States."
    )


def test_troops_sent_as_peacekeepers_are_cooperation(resources):
    got = pairs(
        resources,
        "Kenya's president said he was ready to send police officers and troops to Haiti as "
        "part of a peacekeeping mission.",
    )
    assert ("AGREE", fs("KEN"), fs("HTI"), True) in got
    assert not any(t == "THREATEN" for t, _, _, _ in got)
    # troops sent to a neighbour with no word of help or peace stay a show of force
    got = pairs(resources, "Kenya said it was ready to send troops to Somalia.")
    assert not any(t in {"AGREE", "COOPERATE"} for t, _, _, _ in got)


def test_both_countries_after_a_sentence_of_comment(resources):
    # the pair is the last event's, its target named by a capital
    got = pairs(
        resources,
        "India carries out airstrikes against Islamabad, capital of Pakistan. The damage is not "
        "yet known. Both countries agree to a ceasefire.",
    )
    assert any(t == "RETREAT" and s == fs("IND", "PAK") for t, s, _, a in got if a)
    # three sentences back is too far for "both countries"
    got = pairs(
        resources,
        "India carries out airstrikes against Islamabad, capital of Pakistan. The damage is not "
        "yet known. Officials gave no figures. Both countries agree to a ceasefire.",
    )
    assert not any(t == "RETREAT" and s == fs("IND", "PAK") for t, s, _, _ in got)


def test_a_vehicle_that_goes_somewhere_visits_no_one(resources):
    # the noun a participle of going hangs on
    got = pairs(resources, "The Turkish navy stopped an Italian ferry sailing to Libya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    got = pairs(resources, "Egyptian coast guards boarded a Greek tanker travelling to Libya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    # the object an infinitive of going is said of
    got = pairs(resources, "Russia sent a cargo plane to fly to Venezuela.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    # people sent to travel still visit
    assert ("CONSULT", fs("RUS"), fs("VEN"), True) in pairs(
        resources, "Russia sent its foreign minister to travel to Venezuela."
    )


def test_a_reward_offered_for_an_arrest_commits_to_no_one(resources):
    got = pairs(
        resources,
        "The United States charged the Venezuelan interior minister and offered a $10 million "
        "reward for his capture.",
    )
    assert not any(t == "AGREE" for t, _, _, _ in got)
    # an offer of something to a party still is one
    assert ("AID", fs("USA"), fs("VEN"), True) in pairs(
        resources, "The United States offered humanitarian aid to Venezuela."
    )


def test_approving_a_sale_of_arms_gives_them(resources):
    assert ("AID", "USA", "TUR") in dyads(
        resources, "The State Department approved the sale of 40 F-16 fighter jets to Turkey."
    )
    assert ("AID", "USA", "SYR") in dyads(
        resources, "President Biden authorized an arms deal with the Syrian Kurds."
    )
    # not approved, or only perhaps: no aid
    assert ("AID", "USA", "TUR") not in dyads(
        resources, "The State Department has not approved the sale of F-35 jets to Turkey."
    )
    assert ("AID", "USA", "TUR") not in dyads(
        resources, "The State Department may approve the sale of F-35 jets to Turkey."
    )
    # a sale of anything else is no aid
    assert not any(
        t == "AID"
        for t, _, _ in dyads(
            resources, "The French regulator approved the sale of the port to a Chinese company."
        )
    )


def test_an_apology_is_owed_to_the_one_wronged_just_before(resources):
    got = dyads(
        resources, "Turkish jets shot down a Syrian drone on Monday. Turkey later apologised."
    )
    assert ("SUPPORT", "TUR", "SYR") in got
    # the wronged party apologises to no one
    got = dyads(
        resources, "Turkish jets shot down a Syrian drone on Monday. Syria later apologised."
    )
    assert not any(t == "SUPPORT" for t, _, _ in got)
    # a refusal to apologise is no apology
    got = dyads(
        resources, "Turkish jets shot down a Syrian drone on Monday. Turkey refused to apologise."
    )
    assert ("SUPPORT", "TUR", "SYR") not in got


def test_a_release_announced_by_a_state_is_its_own(resources):
    # the speaker's side will free the captive it holds: an announced release
    got = pairs(
        resources,
        "The Iranian foreign minister said the detained British sailors will be freed on Friday.",
    )
    assert ("AGREE", fs("IRN"), fs("GBR"), True) in got
    # people freed are not their own country's release
    got = pairs(resources, "The Iranian foreign minister said the British sailors were freed.")
    assert not any(s == fs("GBR") for t, s, _, _ in got if t in {"RETREAT", "AGREE"})
    got = pairs(resources, "Five British sailors were released on Friday.")
    assert not any(s == fs("GBR") for t, s, _, _ in got if t == "RETREAT")
    # the captive's own side announcing the release announces nothing of its own
    got = pairs(
        resources,
        "The British foreign minister said the British sailors will be freed on Friday.",
    )
    assert not any(t == "AGREE" and s == fs("GBR") for t, s, _, _ in got)
    # troops withdrawn by no one named are still their owner's withdrawal
    assert ("RETREAT", fs("RUS"), fs("SYR"), True) in pairs(
        resources, "Russian troops were withdrawn from Syria."
    )


def test_paying_another_states_debt_is_aid(resources):
    assert ("AID", "CHN", "ZMB") in dyads(resources, "China paid Zambia's debt to the IMF.")
    # a state paying its own debt aids no one
    assert not any(
        t == "AID" for t, _, _ in dyads(resources, "Argentina repaid its debt to Brazil.")
    )
    # refusing to pay is no aid
    assert ("AID", "RUS", "UKR") not in dyads(
        resources, "Russia said it will not pay Ukraine's debts."
    )


def test_ships_given_to_a_state_are_aid(resources):
    assert ("AID", "JPN", "PHL") in dyads(
        resources, "Japan delivered two patrol vessels to the Philippines."
    )
    # ships sent somewhere are no gift
    assert not any(t == "AID" for t, _, _ in dyads(resources, "Iran sent five tankers to Cuba."))


def test_exercises_held_by_several_states_are_their_cooperation(resources):
    got = _mutual(resources, "Russia and China held naval drills in the Sea of Japan.")
    assert ("COOPERATE", fs("RUS", "CHN")) in got
    # still a show of force toward the state they are held near
    assert ("MOBILIZE", "RUS", "JPN") in dyads(
        resources, "Russian and Chinese warships held military exercises near Japan."
    )
    # one state's drills are no cooperation
    got = pairs(resources, "China held military drills near Taiwan.")
    assert not any(t == "COOPERATE" for t, _, _, _ in got)
    # planned drills are not held
    assert not _mutual(resources, "Russia and China may hold naval drills next year.")


def test_a_restriction_lifted_names_whom_it_applied_to_in_its_clause(resources):
    got = dyads(
        resources,
        "Chile lifted a travel restriction that barred visitors from Peru and Bolivia.",
    )
    assert {("CONCEDE", "CHL", "PER"), ("CONCEDE", "CHL", "BOL")} <= got
    # a clause naming no one else leaves the measure without a recipient
    got = pairs(resources, "Chile lifted the restrictions that it imposed in March.")
    assert ("CONCEDE", fs("CHL"), fs(), True) in got
    # a restriction imposed is no concession
    got = dyads(resources, "Chile imposed a travel restriction that barred visitors from Peru.")
    assert ("CONCEDE", "CHL", "PER") not in got


def test_an_offer_takes_its_recipient_from_the_clause_when_the_act_names_none(resources):
    got = pairs(
        resources,
        "Kyrgyzstan offered to hand over an old airbase to India in exchange for military aid.",
    )
    assert ("AGREE", fs("KGZ"), fs("IND"), True) in got
    # an offer withdrawn is no offer
    got = pairs(
        resources,
        "Kyrgyzstan did not offer to hand over the airbase to India in exchange for aid.",
    )
    assert ("AGREE", fs("KGZ"), fs("IND"), True) not in got


def test_a_statement_in_a_letter_is_addressed_to_its_recipient(resources):
    got = dyads(
        resources,
        "In a letter sent by the Iranian president to the Saudi king, Raisi apologised for the "
        "incident.",
    )
    assert ("SUPPORT", "IRN", "SAU") in got
    assert ("SUPPORT", "CHN", "JPN") in dyads(
        resources, "In a letter to the Japanese prime minister, the Chinese president thanked him."
    )
    # a speech given somewhere is addressed to no one there
    got = pairs(resources, "In a speech in Paris, the Chinese president praised the reforms.")
    assert ("SUPPORT", fs("CHN"), fs(), True) in got
    assert not any(g for t, _, g, _ in got if t == "SUPPORT")
    # a refusal told in a letter is no apology
    got = dyads(
        resources,
        "In a letter to the Japanese prime minister, the Chinese president refused to apologise.",
    )
    assert ("SUPPORT", "CHN", "JPN") not in got


def test_acts_done_jointly_are_cooperation(resources):
    got = _mutual(resources, "Dutch and Belgian police jointly arrested the smuggling ring.")
    assert ("COOPERATE", fs("NLD", "BEL")) in got
    got = _mutual(resources, "Russia and Belarus jointly developed a new missile.")
    assert ("COOPERATE", fs("RUS", "BLR")) in got
    # the act itself stays what it is
    assert ("ASSAULT", "USA", "YEM") in dyads(
        resources, "The United States and Britain jointly struck Houthi targets in Yemen."
    )
    # parties acting side by side with no word of doing it together
    assert not _mutual(resources, "The United States and Britain struck Houthi targets in Yemen.")
    # a joint act denied did not happen
    assert not any(
        t == "COOPERATE"
        for t, _ in _mutual(
            resources, "Dutch and Belgian police did not jointly arrest the smuggling ring."
        )
    )


def test_money_deposited_in_another_states_central_bank_is_aid(resources):
    assert ("AID", "SAU", "EGY") in dyads(
        resources, "Saudi Arabia deposited $5 billion in Egypt's central bank."
    )
    # planned deposits are not made
    assert ("AID", "SAU", "EGY") not in dyads(
        resources, "Saudi Arabia may deposit $5 billion in Egypt's central bank."
    )
    # money put into a market by no state is no aid
    assert not dyads(resources, "Investors deposited $2 billion in Chinese banks.")


def test_vaccine_doses_however_lemmatised_are_aid(resources):
    assert ("AID", "GBR", "KEN") in dyads(
        resources, "Kenya received 100,000 doses from the United Kingdom."
    )


def test_troops_pulled_out_of_a_state_wherever_out_stands(resources):
    assert ("RETREAT", "RUS", "SYR") in dyads(resources, "Russia pulled its troops out of Syria.")
    assert ("RETREAT", "RUS", "SYR") in dyads(resources, "Russia pulled out of Syria.")
    # a withdrawal refused did not happen
    assert ("RETREAT", "RUS", "SYR") not in dyads(
        resources, "Russia will not pull its troops out of Syria."
    )


def test_a_leader_welcomed_or_hosted_is_a_guest(resources):
    assert ("CONSULT", fs("AUS"), fs("JPN"), True) in pairs(
        resources,
        "The Japanese prime minister was welcomed by the Australian prime minister in Canberra.",
    )
    assert ("CONSULT", fs("SAU"), fs("PAK"), True) in pairs(
        resources, "Pakistan's army chief was hosted by the Saudi defence minister."
    )
    # welcoming a leader's decision is support, not a visit
    got = pairs(resources, "Germany welcomed the decision of the Japanese prime minister.")
    assert ("SUPPORT", fs("DEU"), fs("JPN"), True) in got
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    # hosting an event is no meeting with anyone
    assert not pairs(resources, "Qatar hosted the World Cup.")


def test_a_visit_wrapped_up_is_the_visitors(resources):
    assert ("CONSULT", fs("VNM"), fs("LAO"), True) in pairs(
        resources, "Vietnam's president wrapped up a visit to Laos."
    )


def test_sums_of_money_given_to_a_state_are_aid(resources):
    assert ("AID", "EU", "UKR") in dyads(
        resources, "Ukraine was given $5 billion by the European Union."
    )
    assert ("AID", "CHN", "EGY") in dyads(resources, "China lent Egypt $3 billion.")
    # money lost, or moved by a state to its own accounts abroad, is no aid
    assert not dyads(resources, "Russia lost $5 billion in revenue.")
    assert not any(
        t == "AID" for t, _, _ in dyads(resources, "Iran transferred $6 billion to Qatari banks.")
    )
    # a loan refused is none
    assert ("AID", "CHN", "EGY") not in dyads(resources, "China refused to lend Egypt $3 billion.")


def test_calling_someone_something_is_no_phone_call(resources):
    got = pairs(resources, "The Mexican president called Spain a colonial power.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    got = pairs(resources, "The Brazilian president called Argentina a brother nation.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
    # a call to a leader, even with the name misread as a predicate, is one
    assert ("CONSULT", fs("FRA"), fs("RUS"), True) in pairs(
        resources, "Macron called Putin on Tuesday."
    )


def test_a_backer_described_in_a_relative_clause_is_background(resources):
    events = coded(resources, "Hezbollah, which is backed by Iran, fired rockets at Israel.")
    backing = [e for e in events if e.event_type == "SUPPORT"]
    assert backing and all(e.historical for e in backing)
    # the act the sentence reports stays news
    assert any(e.event_type == "ASSAULT" and not e.historical for e in events)
    # a recognition the text reports, past or present, is news
    for text in (
        "Kosovo, which was recognised by Fiji on Monday, welcomed the move.",
        "Kosovo is recognised by Fiji.",
    ):
        got = [e for e in coded(resources, text) if e.event_type == "SUPPORT" and e.target]
        assert any(not e.historical for e in got)


def test_approval_won_to_buy_arms_is_aid(resources):
    assert ("AID", "USA", "POL") in dyads(
        resources, "Poland received US approval for the purchase of 96 Apache helicopters."
    )
    # approval to buy anything else is backing
    got = dyads(resources, "Poland received EU approval for the purchase of a bank.")
    assert ("SUPPORT", "EU", "POL") in got and not any(t == "AID" for t, _, _ in got)
    # approval not received gives nothing
    assert ("AID", "USA", "POL") not in dyads(
        resources, "Poland did not receive US approval for the purchase of F-35 jets."
    )


def test_support_vowed_for_always_is_expressed_now(resources):
    assert ("SUPPORT", fs("LTU"), fs("UKR"), True) in pairs(
        resources, 'The Lithuanian president said: "Lithuania will always stand by Ukraine."'
    )
    # a plain future of support is announced for later, and a denied one is none
    got = pairs(resources, "Lithuania will not always support Ukraine.")
    assert ("SUPPORT", fs("LTU"), fs("UKR"), True) not in got
    got = pairs(resources, "Lithuania may always support Ukraine.")
    assert ("SUPPORT", fs("LTU"), fs("UKR"), True) not in got
