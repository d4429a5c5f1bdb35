"""The thirty-fifth round of constructions (issue 9), written from sentences of my own for each
construction, after reading Current Events items of 2016 to 2022 that no label file holds.

- Lawsuits and charges "submitted", "presented", "pressed" against a party are brought against
  it (CAMEO 115); a total "brought" to a number is none. Claims to territory, sea or money are
  no accusation.
- A verb of holding back denied ("will not hesitate to strike") does the act; not denied it holds
  the act back. A moment named for an act ("it is time for Russia to withdraw") is no act. A
  strike supposed in the past ("may have hit") threatens nothing; one supposed to come does.
- A meeting named as the scene of an act denied ("failed to narrow their differences in the
  talks") took place; one refused or not attended did not.
- A proxy named with a people of its own ("Turkish-backed Syrian rebels", also "U.S.-backed" as
  one word) is that people's, not its backer's; named with none it keeps the backer.
- A participle restating its clause's act with a party in its object's phrase ("withdrew from
  the accord, reimposing sanctions on Iran") gives the act that party.
- "They" in what an unnamed officer of an armed or governing body says is that body; a news
  outlet told is never "they"; nor are the states across a frontier ("border crossings with Iran
  and Turkmenistan"). "The two neighbours" is the pair named before.
- A verb the parser coordinated into a relative clause whose tense it does not share goes back
  to the main verb (``detente_relative_tense``); the clause after "warned X that" is the
  verb's (``detente_told_that``); a headline verb after "military" is a verb.
- "The Jordan Valley" names no Jordanian place; a participle on a noun ("a statement released
  by the minister") is ruled out by that noun as by an object; footage hosted is no visit.
- A year naming a pact known by name or the object of a phrase dates that thing, not the act;
  a date hung on the verb right after a reference phrase ("since the death of bin Laden in
  2011") dates the reference.
- A site or a ship naming an attack ("the Israeli embassy bombing", "the USS Cole bombing") is
  what it struck, not who did it; a natural hazard attacks no one.
- A clash between two sides of one state happened at home, whatever border is near; a split
  "for X to" clause is X's ("demanded for Lebanon to withdraw its ambassador").
- An operation launched into or in another party's land is an attack (rescues are not); being
  "open to" talks is an intent to meet, not being open a refusal; the termination of exports to
  a party is a sanction; an act in the "in" phrase of someone's role or involvement is theirs.
- A crowd's place is its gathering's, never the victim of the act it protests; a place inside
  the protested act's phrase still is.
- A "for" phrase of a verb of travel is no object ("leaves for Moscow for talks").

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs, has_event


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        pytest.param(
            "Ukraine submitted a lawsuit against Russia at the World Court.",
            ("ACCUSE", "UKR", "RUS"),
            id="lawsuit_submitted",
        ),
        pytest.param(
            "The Gambia presented charges against the government of Myanmar.",
            ("ACCUSE", "GMB", "MMR"),
            id="charges_presented",
        ),
        pytest.param(
            "Iraq pressed charges against two Turkish officers.",
            ("ACCUSE", "IRQ", "TUR"),
            id="charges_pressed",
        ),
        pytest.param(
            "Ethiopia and Eritrea signed a peace deal on Monday. The two neighbours fought a "
            "border war from 1998 to 2000.",
            ("ASSAULT", "ETH", ""),
            id="the_two_neighbours",
        ),
        pytest.param(
            "Saudi Arabia demanded for Lebanon to withdraw its ambassador.",
            ("REQUEST", "SAU", "LBN"),
            id="demand_for_a_party_to_act",
        ),
        pytest.param(
            "Algeria ordered the termination of its gas exports to Spain.",
            ("SANCTION", "DZA", "ESP"),
            id="termination_of_exports",
        ),
        pytest.param(
            "Turkey threatened to launch an operation in Idlib by the end of the month.",
            ("THREATEN", "TUR", "SYR"),
            id="operation_threatened_in_a_place",
        ),
        pytest.param(
            "Turkey launched a cross-border operation into Iraq.",
            ("ASSAULT", "TUR", "IRQ"),
            id="operation_launched_into_a_state",
        ),
        pytest.param(
            "Putin said that Russia is open to peace talks with Ukraine.",
            ("AGREE", "RUS", "UKR"),
            id="open_to_talks",
        ),
        pytest.param(
            "Iran is not open to talks with the United States.",
            ("REJECT", "IRN", "USA"),
            id="not_open_to_talks",
        ),
        pytest.param(
            "Zelensky warned G7 nations that Russia is planning on launching another offensive "
            "against Kyiv.",
            ("ASSAULT_NOT_ASSERTED", "RUS", "UKR"),
            id="clause_told_after_the_one_warned",
        ),
        pytest.param(
            "The Israeli military shells southern Lebanon after rockets were fired at Israel.",
            ("ASSAULT", "ISR", "LBN"),
            id="headline_verb_after_military",
        ),
        pytest.param(
            "Britain condemned Iran's involvement in the attack on the tanker.",
            ("ASSAULT", "IRN", ""),
            id="whose_part_in_an_act",
        ),
        pytest.param(
            "Japan and South Korea failed to narrow their differences in the third round of "
            "bilateral talks.",
            ("CONSULT", "JPN", ""),
            id="talks_as_the_scene_of_a_failure",
        ),
        pytest.param(
            "Serbia and Kosovo did not settle the border dispute at their meeting in Brussels.",
            ("CONSULT", "SRB", ""),
            id="meeting_as_the_scene_of_a_denial",
        ),
        pytest.param(
            "Turkish-backed Syrian rebels attacked Kurdish fighters near Afrin.",
            ("ASSAULT", "SYR", ""),
            id="proxy_with_its_own_people",
        ),
        pytest.param(
            "Iran-backed militias fired rockets at the US embassy.",
            ("ASSAULT", "IRN", "USA"),
            id="proxy_without_a_people_keeps_its_backer",
        ),
        pytest.param(
            "Washington withdrew from the accord, reimposing sanctions on Iran.",
            ("SANCTION", "USA", "IRN"),
            id="restating_participle_names_the_target",
        ),
        pytest.param(
            "A Taliban commander told Reuters they had attacked an Afghan army post.",
            ("ASSAULT", "AFG", "AFG"),
            id="they_of_an_unnamed_commander",
        ),
        pytest.param(
            "Pompeo announces sanctions on Iranian captains who delivered fuel to Venezuela "
            "and reaffirms support for the Venezuelan opposition.",
            ("SUPPORT", "USA", ""),
            id="verb_back_to_the_main_clause",
        ),
    ],
)
def test_an_event_of_the_type(resources, text, dyad):
    kind, src, tgt = dyad
    if kind.endswith("_NOT_ASSERTED"):
        assert has_event(
            resources, text, kind.removesuffix("_NOT_ASSERTED"), src, tgt, asserted=False
        ), text
        return
    assert has_event(resources, text, kind, src, tgt), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "Vietnam rejected China's territorial claims in the South China Sea.",
            "ACCUSE",
            id="territorial_claims",
        ),
        pytest.param(
            "The court threw out the compensation claims of Iraqi families against Britain.",
            "ACCUSE",
            id="compensation_claims",
        ),
        pytest.param(
            "Iran refused to take part in the talks with the United States in Vienna.",
            "CONSULT",
            id="talks_refused_took_no_place",
        ),
        pytest.param(
            "Turkey did not participate in the summit with Greece.",
            "CONSULT",
            id="summit_not_attended",
        ),
        pytest.param(
            "Turkish-backed Syrian rebels attacked Kurdish fighters near Afrin.",
            "ASSAULT_BY_TUR",
            id="no_backer_as_the_attacker",
        ),
        pytest.param(
            "Iran condemned the Israeli embassy bombing.",
            "ASSAULT_BY_ISR",
            id="a_site_naming_an_attack_is_no_doer",
        ),
        pytest.param(
            "The USS Cole bombing killed 17 American sailors.",
            "ASSAULT_BY_USA",
            id="a_ship_naming_an_attack_is_no_doer",
        ),
        pytest.param(
            "Telstra blocked websites for hosting footage of the shootings in Christchurch.",
            "CONSULT",
            id="footage_hosted_is_no_visit",
        ),
        pytest.param(
            "The Taliban seized border crossings with Iran and Turkmenistan as the United "
            "Nations accused them of killing a peacekeeper.",
            "ACCUSE_ON_IRN",
            id="they_are_not_across_the_frontier",
        ),
        pytest.param(
            "Clashes between the ELN and FARC dissidents left 23 people dead near Colombia's "
            "border with Venezuela.",
            "ASSAULT_ON_VEN",
            id="clash_of_one_state_near_a_border",
        ),
        pytest.param(
            "The border is open to trade with Mexico.",
            "AGREE",
            id="open_to_trade_is_no_meeting",
        ),
        pytest.param(
            "The U.S.-backed Kurdish authorities closed all borders with Turkey.",
            "SANCTION_BY_USA",
            id="backer_in_one_word_with_a_people",
        ),
        pytest.param(
            "Israel plans to annex the Jordan Valley.",
            "COERCE_ON_JOR",
            id="jordan_valley_is_no_jordan",
        ),
        pytest.param(
            "A Taliban commander told Reuters they had attacked an Afghan army post.",
            "ASSAULT_BY_GBR",
            id="the_one_told_did_not_attack",
        ),
        pytest.param(
            "Pompeo announces sanctions on Iranian captains who delivered fuel to Venezuela "
            "and reaffirms support for the Venezuelan opposition.",
            "SUPPORT_BY_IRN",
            id="the_captains_support_no_one",
        ),
    ],
)
def test_no_dyad_of_the_type(resources, text, absent):
    kind, _, who = absent.partition("_BY_")
    if who:
        assert not any(t == kind and s == who for t, s, _ in dyads(resources, text)), text
        return
    kind, _, whom = absent.partition("_ON_")
    if whom:
        assert not any(t == kind and whom in g for t, _, g, _ in event_sides(resources, text)), text
        return
    assert not any(t == absent for t, s, g in dyads(resources, text)), text


def test_not_hesitating_does_the_act(resources):
    events = coded(resources, "China will not hesitate to impose sanctions on Lithuania.")
    sanction = next(e for e in events if e.event_type == "SANCTION")
    assert not sanction.negated and sanction.future


def test_not_hesitating_in_the_past_did_it(resources):
    events = coded(resources, "Russia did not hesitate to bomb rebel positions in Syria.")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.asserted


def test_hesitating_holds_the_act_back(resources):
    events = coded(resources, "Germany hesitated to send tanks to Ukraine.")
    aid = next(e for e in events if e.event_type == "AID")
    assert not aid.asserted


def test_a_denied_act_in_its_own_words_stays_denied(resources):
    # a meeting denied by its own words ("no talks") is no scene
    assert ("CONSULT", fs("IND", "PAK"), fs(), True) not in event_sides(
        resources, "India and Pakistan held no talks in Geneva."
    )


def test_the_relative_tense_repair(resources):
    doc = resources.parser(
        "Pompeo announces sanctions on captains who delivered fuel and reaffirms his support."
    )
    announces = next(t for t in doc if t.lower_ == "announces")
    reaffirms = next(t for t in doc if t.lower_ == "reaffirms")
    assert reaffirms.head.i == announces.i


def test_the_relative_tense_repair_leaves_a_shared_tense(resources):
    # the relative clause's tense is the main verb's: nothing tells the parser wrong
    doc = resources.parser("Pompeo praises the captains who delivered the fuel and returned home.")
    delivered = next(t for t in doc if t.lower_ == "delivered")
    returned = next(t for t in doc if t.lower_ == "returned")
    assert returned.head.i == delivered.i


def test_a_statement_released_frees_no_one(resources):
    events = coded(
        resources,
        "Canada closed its embassy, according to a statement released by its foreign minister.",
    )
    assert not any(e.event_type == "RETREAT" for e in events)


def test_prisoners_released_are_still_freed(resources):
    events = coded(resources, "The prisoners released by Iran arrived in France.")
    assert any(e.event_type == "RETREAT" and e.cameo == "0841" for e in events)


def test_a_year_in_a_phrase_still_dates_its_clause(resources):
    events = coded(
        resources, "Iran's parliament voted in 2015 to approve the deal.", date="2020-01-05"
    )
    assert all(e.historical for e in events) and events


def test_a_party_naming_an_attack_is_still_its_doer(resources):
    text = "The Saudi airstrike killed 20 Yemeni civilians."
    assert ("ASSAULT", "SAU", "YEM") in dyads(resources, text)


def test_a_relational_noun_alone_is_no_pair(resources):
    # "ally" names someone else than its possessor, and without a count it is no group
    events = coded(resources, "Japan met South Korea. China criticised its ally.")
    accuse = next(e for e in events if e.event_type == "ACCUSE")
    assert not {a.code for a in accuse.target} & {"JPN", "KOR"}


def test_the_party_of_a_split_for_clause_does_its_act(resources):
    events = coded(resources, "Saudi Arabia demanded for Lebanon to withdraw its ambassador.")
    recall = next(e for e in events if e.event_type == "SANCTION")
    assert [a.code for a in recall.source] == ["LBN"] and not recall.asserted


def test_a_time_for_an_act_is_no_act(resources):
    events = coded(resources, "It is time for Russia to withdraw its troops from Moldova.")
    assert not any(e.asserted for e in events if e.event_type == "RETREAT")


def test_a_first_time_an_act_was_done_is_the_act(resources):
    events = coded(resources, "It was the first time Russia attacked Kyiv since April.")
    assert any(e.asserted for e in events if e.event_type == "ASSAULT")


def test_a_total_brought_is_no_lawsuit(resources):
    events = coded(
        resources, "Australia reported 900 new cases, bringing the total of cases to 4,000."
    )
    assert not any(e.event_type == "ACCUSE" for e in events)


def test_a_news_outlet_told_is_not_they(resources):
    events = coded(
        resources,
        "Bangladesh's foreign minister told Al Jazeera they should ask the Myanmar government.",
    )
    assert not any("QAT" in {a.code for a in e.target} for e in events)


def test_a_rescue_operation_is_no_attack(resources):
    events = coded(resources, "Police launched a rescue operation in Thailand.")
    assert not any(e.event_type == "ASSAULT" for e in events)


def test_a_force_in_a_place_with_no_owner_named_is_the_places(resources):
    sides = event_sides(resources, "Security forces in Guinea arrested ten protesters.")
    assert any(t == "COERCE" and "GIN" in s for t, s, _, _ in sides)


def test_the_crowd_of_a_protest_is_not_the_victim_of_what_it_protests(resources):
    events = coded(
        resources,
        "Anti-war demonstrators gathered in Minsk, Belarus, to protest Russia's invasion of "
        "Ukraine.",
    )
    protests = [e for e in events if e.event_type == "PROTEST"]
    assert protests and all({a.code for a in e.source} == {"BLR"} for e in protests)


def test_the_crowd_of_a_protest_at_a_place_inside_its_object(resources):
    events = coded(resources, "Hundreds protested the detention of journalists in Istanbul.")
    assert any(e.event_type == "PROTEST" and {a.code for a in e.source} == {"TUR"} for e in events)


def test_the_told_that_repair(resources):
    doc = resources.parser("Biden warned the leaders that Russia could invade Ukraine soon.")
    warned = next(t for t in doc if t.lower_ == "warned")
    invade = next(t for t in doc if t.lower_ == "invade")
    assert invade.head.i == warned.i and invade.dep_ == "ccomp"


def test_the_told_that_repair_leaves_a_relative_clause(resources):
    doc = resources.parser("He warned the nations that had backed Ukraine.")
    nations = next(t for t in doc if t.lower_ == "nations")
    backed = next(t for t in doc if t.lower_ == "backed")
    assert backed.head.i == nations.i


def test_a_backer_in_one_word_without_a_people_stays(resources):
    sides = event_sides(resources, "U.S.-backed forces captured the town from Islamic State.")
    assert any(t == "ASSAULT" and "USA" in s for t, s, _, _ in sides)


def test_a_named_hazard_attacks_no_one(resources):
    events = coded(resources, "Typhoon Meranti hits mainland China and Taiwan, killing eight.")
    assert not any(e.event_type == "ASSAULT" for e in events)


def test_a_hazard_a_clause_describes_attacks_no_one(resources):
    events = coded(resources, "It is the strongest storm to hit the United States since 2004.")
    assert not any(e.event_type == "ASSAULT" for e in events)


def test_a_weapon_still_hits(resources):
    assert ("ASSAULT", "RUS", "UKR") in dyads(
        resources, "Russian missiles hit Kyiv, killing five people."
    )


def test_a_strike_supposed_in_the_past_is_no_threat(resources):
    events = coded(
        resources,
        "The United States acknowledged that its warplanes may have hit a Syrian Army position.",
    )
    assert not any(e.event_type == "THREATEN" for e in events)


def test_a_strike_supposed_to_come_is_a_threat(resources):
    events = coded(resources, "Russia said it may strike Ukrainian bridges.")
    assert any(e.event_type == "THREATEN" for e in events)


def test_leaving_for_talks_leaves_nothing(resources):
    events = coded(resources, "Kerry leaves for Moscow for talks on Syria with Putin.")
    assert not any(e.event_type == "SANCTION" for e in events)


def test_leaving_the_talks_still_walks_out(resources):
    events = coded(resources, "Iran left the talks in Vienna.")
    assert any(e.event_type == "SANCTION" and e.asserted for e in events)


def test_citizens_received_are_no_guests(resources):
    events = coded(resources, "Iraq received 47 French nationals previously detained in Syria.")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_an_official_received_is_a_guest(resources):
    assert ("CONSULT", "KEN", "SOM") in dyads(
        resources, "Kenyan President Kenyatta received the Somali foreign minister."
    )


def test_a_ban_on_ones_own_citizens_is_aimed_where_they_would_go(resources):
    sides = event_sides(resources, "South Korea banned its citizens from traveling to Cambodia.")
    sanctions = [(s, g) for t, s, g, _ in sides if t == "SANCTION"]
    assert sanctions and all(g == fs("KHM") for _, g in sanctions)


def test_a_pronoun_owning_a_part_names_no_doer(resources):
    # "their" reads as the sanctioning state: the hack would be aimed the wrong way
    events = coded(
        resources,
        "The United States imposed more sanctions on North Korea in response to their alleged "
        "involvement in the hacking attack on Sony.",
    )
    assert not any(e.event_type == "ASSAULT" and e.asserted for e in events)


def test_a_body_vowing_for_itself_announces_its_own_act(resources):
    events = coded(
        resources,
        "Vice-President of the European Commission Kaja Kallas vowed for the European Union to "
        "lift sanctions against Syria.",
        date="2025-03-17",
    )
    vow = next(e for e in events if e.rule.startswith("vow"))
    assert [a.code for a in vow.target] == ["SYR"]


def test_a_first_time_is_no_party_of_a_split_clause(resources):
    assert ("COOPERATE", "USA", "SOM") in {
        (t, s, g)
        for t, ss, gg, _ in event_sides(
            resources,
            "The United States is to deploy troops to Somalia for the first time since 1994 to "
            "help train the Somali Armed Forces.",
        )
        for s in ss
        for g in gg
    }


@pytest.mark.parametrize(
    ("text", "date", "kind", "historical"),
    [
        pytest.param(
            "Brazil leaves the 2015 Paris Agreement.",
            "2020-01-05",
            "SANCTION",
            False,
            id="year_naming_a_pact",
        ),
        pytest.param(
            "American families of victims of the 1998 embassy bombings sued Sudan.",
            "2020-01-05",
            "ACCUSE",
            False,
            id="year_naming_the_object_of_a_phrase",
        ),
        pytest.param(
            "Trump met Kim during a 2018 trip to Singapore.",
            "2020-01-05",
            "CONSULT",
            True,
            id="year_of_a_trip_dates_its_clause",
        ),
        pytest.param(
            "A US drone strike in Kabul kills Ayman al-Zawahiri, al-Qaeda's leader since the "
            "death of Osama bin Laden in 2011.",
            "2022-08-01",
            "ASSAULT",
            False,
            id="date_after_a_reference_phrase_dates_the_reference",
        ),
        pytest.param(
            "Russia and Ukraine fought a war in 2014.",
            "2022-08-01",
            "ASSAULT",
            True,
            id="date_on_its_own_verb_dates_it",
        ),
    ],
)
def test_what_a_year_dates(resources, text, date, kind, historical):
    event = next(e for e in coded(resources, text, date=date) if e.event_type == kind)
    assert event.historical is historical
