"""The eleventh round of constructions (issue 9): a meeting or a visit told in the same
sentence names the partner of an agreement or a signing that names none ("visited Qatar and
signed several agreements"); an event noun used as the subject of another verb is the doer's
only through the phrases that can name its doer ("the bombing of a Pakistani convoy killed 12"
was Pakistan's killing); a noun and a verb telling one attack keep the noun's precise code.

Sentences written for these tests in the register of wire copy; each mechanism has a case it
must not fire on.
"""

from __future__ import annotations

import pytest

from detente.events import Trace
from support.events import coded, dyads, event_sides

# ------------------------------------------------------------------------------------------------
# the partner of an agreement, told by a meeting or a visit in the same sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish President Erdogan visited Qatar and signed several agreements.",
            ("SUPPORT", "TUR", "QAT"),
        ),
        ("Iran held talks with Iraq and agreed to expand trade.", ("AGREE", "IRN", "IRQ")),
        (
            "After talks with Egypt in Cairo, Jordan agreed to reopen the crossing.",
            ("AGREE", "JOR", "EGY"),
        ),
    ],
)
def test_a_meeting_in_the_sentence_names_the_partner(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an agreement to act on another party is no evidence that a meeting was with it
        ("Leaders of the European Union, meeting in Brussels, agreed to invite Turkey.", "meeting"),
        # two partners: no one of them is the partner
        ("Iran held talks with Iraq and Syria and agreed to expand trade.", "agreed"),
        # talks refused name no partner of what was agreed
        ("Iran refused to hold talks with Iraq but agreed to expand trade.", "agreed"),
    ],
)
def test_no_partner_without_one_meeting_held(resources, text, trigger):
    events = [e for e in coded(resources, text) if e.trigger == trigger]
    assert events, "the act is still coded"
    assert all(not e.target for e in events)


# ------------------------------------------------------------------------------------------------
# an event noun as the subject of another verb: its "of" phrase names whom it hit


@pytest.mark.parametrize(
    ("text", "victim", "not_doer"),
    [
        ("A suicide bombing of a Pakistani army convoy killed 12 soldiers.", "PAK", "PAK"),
        ("A car bombing of an Iraqi police station killed nine officers.", "IRQ", "IRQ"),
        ("The bombing of a Russian airliner over Sinai killed 224 people.", "RUS", "RUS"),
    ],
)
def test_the_of_phrase_of_an_attack_noun_is_no_doer(resources, text, victim, not_doer):
    sides = event_sides(resources, text)
    assault = [s for s in sides if s[0] == "ASSAULT"]
    assert assault
    assert any(victim in s[2] for s in assault)
    assert all(not_doer not in s[1] for s in assault)


def test_the_doer_of_an_attack_noun_still_acts(resources):
    text = "An attack by Houthi rebels on a Saudi oil facility killed two workers."
    assert ("ASSAULT", "YEM", "SAU") in dyads(resources, text)


def test_a_visit_of_a_leader_is_still_the_leaders(resources):
    # "of" is a doer's phrase for a visit: only what an entry reads a recipient from is dropped
    sides = event_sides(resources, "The visit of the Chinese president to Russia ended on Friday.")
    assert any(s[0] == "CONSULT" and "CHN" in s[1] for s in sides)


# ------------------------------------------------------------------------------------------------
# a noun and a verb telling one attack: the noun's precise code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A suicide bombing of a Pakistani army convoy killed 12 soldiers.", "1831"),
        ("A car bombing of an Iraqi police station killed nine officers.", "1832"),
    ],
)
def test_the_precise_code_of_the_noun_is_kept(resources, text, code):
    assert any(e.event_type == "ASSAULT" and e.cameo == code for e in coded(resources, text))


# ------------------------------------------------------------------------------------------------
# a bundle is what its modifier names: "an aid package", "a sanctions package"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary blocked an EU aid package for Ukraine.", ("SANCTION", "HUN", "UKR")),
        ("The United States froze an aid tranche to Egypt.", ("SANCTION", "USA", "EGY")),
        ("Canada unveiled a new sanctions package against Iran.", ("SANCTION", "CAN", "IRN")),
    ],
)
def test_a_bundle_is_what_it_holds(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_bundle_of_nothing_named_is_no_measure(resources):
    text = "French police blocked a suspicious package near the Israeli embassy."
    assert not any(d[0] == "SANCTION" for d in dyads(resources, text))


# ------------------------------------------------------------------------------------------------
# the trace says which earlier act an object like "the deal" named its parties through


def test_the_trace_names_the_act_an_object_refers_to(resources):
    trace = Trace()
    text = "Turkey and Libya signed a maritime deal on Monday. Greece condemned the deal."
    events = coded(resources, text, trace=trace)
    assert any(e.event_type == "ACCUSE" and e.trigger == "condemned" for e in events)
    notes = [note for _, _, note in trace]
    assert any("target" in n and "refers to" in n and "signed a maritime deal" in n for n in notes)


def test_the_trace_of_a_named_object_stays_plain(resources):
    trace = Trace()
    coded(resources, "Russia condemned Israel on Monday.", trace=trace)
    notes = [note for _, _, note in trace]
    assert any(n.strip() == "target Israel [ISR] (object)" for n in notes)


# ------------------------------------------------------------------------------------------------
# what an act carried out does, its performer does: "began an operation that killed ..."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel began an operation that killed three Hamas commanders.",
            ("ASSAULT", "ISR", "PSE"),
        ),
        ("Russia launched an offensive that targeted Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
        (
            "Turkey mounted an incursion that killed two Syrian soldiers near Afrin.",
            ("ASSAULT", "TUR", "SYR"),
        ),
    ],
)
def test_an_act_carried_out_acts_for_its_performer(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        ("The UN condemned the attack that killed 30 Afghan civilians.", "UN"),
        ("France criticised the raid that killed two Malian soldiers.", "FRA"),
    ],
)
def test_an_act_judged_is_not_the_judges(resources, text, judge):
    sides = event_sides(resources, text)
    assert not any(s[0] == "ASSAULT" and judge in s[1] for s in sides)


# ------------------------------------------------------------------------------------------------
# "the Sudanese army chief", "Iran's police chief": the head of a body, of the body's sector


@pytest.mark.parametrize(
    ("text", "expected", "side", "sector"),
    [
        (
            "Egypt's president received the Sudanese army chief.",
            ("CONSULT", "EGY", "SDN"),
            2,
            "MIL",
        ),
        (
            "Iran's police chief accused Israel of plotting attacks.",
            ("ACCUSE", "IRN", "ISR"),
            1,
            "COP",
        ),
        ("Britain's spy chief accused Russia of sabotage.", ("ACCUSE", "GBR", "RUS"), 1, "SPY"),
    ],
)
def test_a_chief_heads_a_body(resources, text, expected, side, sector):
    events = [e for e in coded(resources, text) if e.asserted and e.event_type == expected[0]]
    assert any(
        {a.code for a in e.source} == {expected[1]} and {a.code for a in e.target} == {expected[2]}
        for e in events
    )
    actors = [a for e in events for a in (e.source if side == 1 else e.target)]
    assert sector in {a.sector for a in actors}


def test_a_bare_chief_names_no_one(resources):
    events = coded(resources, "The chief accused Iran of lying.")
    assert not any(e.source for e in events if e.event_type == "ACCUSE")


# ------------------------------------------------------------------------------------------------
# a protest by a state is an official complaint; by people, a demonstration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese government protested Japan's decision to release the water.", ("CHN", "JPN")),
        ("Seoul protested Tokyo's claim to the islands.", ("KOR", "JPN")),
    ],
)
def test_a_state_protesting_complains_officially(resources, text, expected):
    events = [e for e in coded(resources, text) if e.trigger == "protested"]
    assert [(e.event_type, e.cameo) for e in events] == [("ACCUSE", "114")]
    assert ("ACCUSE", *expected) in dyads(resources, text)


def test_a_state_protesting_at_home_is_no_protest_against_itself(resources):
    sides = event_sides(resources, "Turkey protested the decision.")
    assert not any(s[0] == "PROTEST" for s in sides)
    assert not any("TUR" in s[2] for s in sides)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian students protested the decision.",
        "Thousands protested in Tehran against the United States.",
        "Kenyan protesters demonstrated outside the US embassy.",
    ],
)
def test_people_protesting_demonstrate(resources, text):
    assert any(e.event_type == "PROTEST" and e.cameo == "141" for e in coded(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Italians demonstrated against the expansion of a US army base.",
        "Palestinians protested in several cities across the West Bank.",
    ],
)
def test_a_people_named_by_demonym_demonstrates(resources, text):
    events = coded(resources, text)
    assert any(e.event_type == "PROTEST" and e.cameo == "141" for e in events)
    assert not any(e.cameo == "114" for e in events)


# ------------------------------------------------------------------------------------------------
# the pronoun subject of a demanded clause is the party asked, not the one demanding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Japanese coast guard spotted Chinese vessels near the islands and demanded"
            " that they leave.",
            ("REQUEST", "JPN", "CHN"),
        ),
        (
            "Indonesian patrol boats intercepted Vietnamese trawlers and demanded that they turn"
            " back.",
            ("REQUEST", "IDN", "VNM"),
        ),
    ],
)
def test_they_in_a_demand_is_the_party_asked(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # no other party named: the demand has no recipient rather than a guessed one
        "Seoul demanded that it be allowed to inspect the site.",
        # the other party named is a person, and "it" is no person
        "Seoul met Kim Jong Un and demanded that it be allowed to inspect the site.",
    ],
)
def test_no_other_party_no_recipient(resources, text):
    assert not any(e.target for e in coded(resources, text) if e.event_type == "REQUEST")


# ------------------------------------------------------------------------------------------------
# "the two countries" after two parties named earlier in the same sentence


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Speaking after talks with his Japanese counterpart, the Indian prime minister said"
            " the two countries would deepen defence cooperation.",
            {"IND", "JPN"},
        ),
        (
            "After meeting Iran's foreign minister, the Saudi crown prince said both countries"
            " would reopen embassies.",
            {"SAU", "IRN"},
        ),
    ],
)
def test_the_two_countries_named_before_in_the_sentence(resources, text, parties):
    sides = event_sides(resources, text)
    later = [s for s in sides if s[0] in {"COOPERATE", "AGREE", "SUPPORT"}]
    assert any(s[1] | s[2] == parties for s in later)


def test_three_parties_named_before_are_no_pair(resources):
    text = "After talks in Doha with Egypt and Israel, Qatar said both countries would meet again."
    sides = event_sides(resources, text)
    assert not any(s[1] | s[2] == {"EGY", "QAT"} or s[1] | s[2] == {"ISR", "QAT"} for s in sides)


# ------------------------------------------------------------------------------------------------
# cooperation in news forms: intelligence handed over, bases opened to another's forces, a
# search or a patrol two parties carry out, an evacuation a state facilitates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan provided intelligence to the Philippines about Chinese ship movements.",
            ("COOPERATE", "JPN", "PHL"),
        ),
        ("Kenya granted Ethiopian forces access to its bases.", ("COOPERATE", "KEN", "ETH")),
        ("Djibouti gave China access to its port.", ("COOPERATE", "DJI", "CHN")),
        (
            "Egypt facilitated the evacuation of American citizens from Gaza.",
            ("AID", "EGY", "USA"),
        ),
    ],
)
def test_cooperation_in_news_forms(resources, text, expected):
    assert expected in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Qatar and the FBI carried out a search in the town of Dabiq.", {"QAT", "USA"}),
        ("Chinese and Russian warships conducted a patrol near Alaska.", {"CHN", "RUS"}),
        ("Greek coast guard vessels carried out a search with Turkish boats.", {"GRC", "TUR"}),
    ],
)
def test_a_search_or_patrol_of_two_is_joint(resources, text, parties):
    assert any(s[0] == "COOPERATE" and s[1] | s[2] == parties for s in event_sides(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police carried out a search for the missing girl.",
        "Turkish police carried out a search of the consulate.",
    ],
)
def test_a_search_of_one_is_no_event(resources, text):
    assert not any(e.event_type == "COOPERATE" for e in coded(resources, text))


# ------------------------------------------------------------------------------------------------
# energy and commodities traded are economic cooperation; what a deal commits a party to, that
# party does


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the agreement, Russia supplied India with oil.", ("COOPERATE", "RUS", "IND")),
        ("Qatar sells liquefied natural gas to Japan.", ("COOPERATE", "QAT", "JPN")),
        ("India bought large amounts of Russian oil last week.", ("COOPERATE", "IND", "RUS")),
    ],
)
def test_energy_traded_is_economic_cooperation(resources, text, expected):
    events = [e for e in coded(resources, text) if e.event_type == "COOPERATE"]
    assert events and all(e.cameo == "061" for e in events)
    assert expected in dyads(resources, text)


def test_a_purchase_from_no_one_named_is_no_event(resources):
    assert not coded(resources, "Refineries bought more oil last month.")


def test_what_a_deal_commits_a_party_to_that_party_does(resources):
    sides = event_sides(resources, "The deal commits Israel to release 50 Palestinian prisoners.")
    assert ("RETREAT", frozenset({"ISR"}), frozenset({"PSE"}), False) in sides


# ------------------------------------------------------------------------------------------------
# requests: cooperation sought, help asked for, from their owner


@pytest.mark.parametrize(
    ("text", "expected", "code"),
    [
        (
            "Japan sought Chinese cooperation in the search for the missing plane.",
            ("REQUEST", "JPN", "CHN"),
            "021",
        ),
        (
            "Ukraine asked for Germany's help in rebuilding its power grid.",
            ("REQUEST", "UKR", "DEU"),
            "023",
        ),
    ],
)
def test_requests_reach_whom_they_ask(resources, text, expected, code):
    assert expected in dyads(resources, text)
    assert any(e.cameo == code for e in coded(resources, text) if e.event_type == "REQUEST")


# ------------------------------------------------------------------------------------------------
# "told China that it must ...": what one is told one must do is the addressee's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan told China that it must withdraw its ships.", ("REQUEST", "JPN", "CHN")),
        ("Japan told Chinese ships that they must leave the area.", ("REQUEST", "JPN", "CHN")),
        ("Iran told the IAEA that it must not inspect the site.", ("REQUEST", "IRN", "IGO")),
    ],
)
def test_the_obliged_pronoun_is_the_addressee(resources, text, expected):
    assert expected in dyads(resources, text)


def test_a_pronoun_told_of_ones_own_plans_is_the_speaker(resources):
    sides = event_sides(resources, "Japan told China that it would send more ships.")
    assert any("JPN" in s[1] for s in sides if s[0] in {"MOBILIZE", "THREATEN"})
    assert not any("CHN" in s[1] for s in sides)
