"""News forms of accusation, rejection, appeals, threats, sanctions, protest and force (issue 9).

Sentences written for these tests, in the register of wire copy: reported speech, offices and
demonyms for countries, idioms of criticism. Each test names the construction; negative cases
(denials, hypotheticals, one party only, a subject that clears itself) sit beside the positive
ones, because a construction that adds recall must not add wrong pairs.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs


def types(resources, text: str) -> set[str]:
    return {e.event_type for e in coded(resources, text)}


# -- blame voiced in a reported clause (coder.judgements) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Ukrainian foreign ministry said Russia was behind the cyberattack.", ("UKR", "RUS")),
        ("Tehran claimed that Israel was behind the assassination of the scientist.", ("IRN", "ISR")),
        ("The Pakistani army said India was responsible for the cross-border firing.", ("PAK", "IND")),
        ("Germany's chancellor said Moscow was to blame for the sabotage of the pipeline.", ("DEU", "RUS")),
        ("Moscow said the United States bore responsibility for the attack on Crimea.", ("RUS", "USA")),
        ("Israel is to blame for the crisis in Gaza, Turkey's president said on Wednesday.", ("TUR", "ISR")),
        ("Poland held Belarus responsible for the influx of migrants at the border.", ("POL", "BLR")),
        ("Moscow holds Kyiv responsible for the shelling of the plant, the Kremlin said.", ("RUS", "UKR")),
    ],
)  # fmt: skip
def test_blame_in_a_reported_clause_is_an_accusation_by_the_speaker(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said Russia was not behind the attack on the power station.",  # cleared
        "Russia said it was responsible for the security of the nuclear plant.",  # itself
        "Officials said the Chinese delegation was responsible for the agenda of the summit.",
        "India's new railway project was behind schedule, officials said.",
        "The Chinese navy vessel was behind the Philippine ship when it turned.",
    ],
)
def test_no_blame_without_a_harm_a_second_party_or_an_affirmed_clause(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


def test_blame_takes_the_mood_of_the_verb_that_voices_it(resources):
    events = coded(resources, "Poland may hold Belarus responsible for the crisis at the border.")
    blame = [e for e in events if e.event_type == "ACCUSE"]
    assert blame and not any(e.asserted for e in blame)


def test_claiming_responsibility_is_no_accusation(resources):
    text = "Hamas claimed responsibility for the attack on Israeli soldiers."
    assert "ACCUSE" not in types(resources, text)


# -- censure of a party's conduct ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Philippines said China's actions in the South China Sea were illegal.", ("PHL", "CHN")),
        ("Iran said the sanctions imposed by the United States were illegal.", ("IRN", "USA")),
        ("Russia described the Ukrainian incursion into Kursk as a terrorist act.", ("RUS", "UKR")),
        ("The United States called the Russian attack on the hospital a war crime.", ("USA", "RUS")),
        ('India called Pakistan "the epicentre of terrorism" at the assembly.', ("IND", "PAK")),
    ],
)  # fmt: skip
def test_a_speaker_condemning_a_partys_conduct_accuses_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland said the arrest of Belarusian journalists was illegal.",  # the victims' country
        "The minister said the situation in the region was dangerous.",  # no party
        "Germany described China as a partner and a competitor.",  # no judgement word
        "Japan called the meeting with South Korea productive.",
    ],
)
def test_no_censure_of_a_victim_or_of_no_one(resources, text):
    got = dyads(resources, text)
    assert not any(t in {"ACCUSE", "SANCTION"} for t, _, _ in got), got


def test_naming_a_party_is_no_phone_call(resources):
    got = dyads(resources, 'India called Pakistan "the epicentre of terrorism" on Saturday.')
    assert not any(t == "CONSULT" for t, _, _ in got)
    # the verb still phones when it names no judgement
    assert ("CONSULT", "JPN", "KOR") in dyads(resources, "Japan called South Korea's president.")


# -- idioms of criticism and blame ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel's prime minister hit out at Turkey's president on Sunday.", ("ISR", "TUR")),
        ("Beijing lashed out at Washington over the latest arms sale to Taiwan.", ("CHN", "USA")),
        ("Poland's prime minister took aim at Hungary for blocking aid.", ("POL", "HUN")),
        ("Armenia's prime minister pointed the finger at Russia for the defeat.", ("ARM", "RUS")),
        ("Kyiv attributed the attack on the power plant to Russian saboteurs.", ("UKR", "RUS")),
        ("Seoul alleged that Pyongyang had supplied artillery shells to Moscow.", ("KOR", "PRK")),
    ],
)
def test_news_idioms_of_criticism_and_blame(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_an_idiom_needs_its_target(resources):
    assert "ACCUSE" not in types(resources, "The minister hit out at reporters on Sunday.")


# -- calling for talks is no suspension of them ------------------------------------------------


def test_calling_for_talks_is_an_appeal_not_a_break(resources):
    got = dyads(resources, "China called for talks with India to resolve the border dispute.")
    assert not any(t == "SANCTION" for t, _, _ in got)
    assert ("SANCTION", "RUS", "UKR") in dyads(
        resources, "Russia called off the talks with Ukraine."
    )


# -- protest at a mission: the crowd is the country of the place ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hundreds of protesters gathered outside the Israeli embassy in Amman on Friday.", ("JOR", "ISR")),
        ("Thousands of people demonstrated in front of the French embassy in Niamey.", ("NER", "FRA")),
        ("Demonstrators burned Swedish flags outside the embassy of Sweden in Baghdad.", ("IRQ", "SWE")),
        ("Protesters burned an effigy of the Israeli prime minister outside the US consulate in Karachi.", ("PAK", "ISR")),
    ],
)  # fmt: skip
def test_a_crowd_protesting_at_a_mission_is_the_country_it_gathers_in(resources, text, pair):
    assert ("PROTEST", *pair) in dyads(resources, text)


def test_gathering_is_a_protest_only_where_the_sentence_speaks_of_one(resources):
    assert "PROTEST" not in types(resources, "Leaders gathered in Paris for the Olympic ceremony.")


def test_burning_a_flag_is_protest_not_destruction(resources):
    got = dyads(resources, "Demonstrators in Baghdad burned Swedish flags on Friday.")
    assert ("PROTEST", "IRQ", "SWE") in got
    assert not any(t == "ASSAULT" for t, _, _ in got)


# -- threats of revenge --------------------------------------------------------------------------


def test_vowing_revenge_or_to_retaliate_threatens_the_party_named(resources):
    assert ("THREATEN", "ISR", "LBN") in dyads(
        resources, "Israel vowed revenge against Hezbollah after the rocket attack."
    )
    got = coded(
        resources, "Iran vowed to retaliate against Israel for the strike on its consulate."
    )
    assert any(e.event_type == "THREATEN" and e.asserted for e in got)
    assert ("THREATEN", "IRN", "ISR") in dyads(
        resources, "Iran vowed to retaliate against Israel for the strike on its consulate."
    )
    # the retaliation itself is only vowed
    assert not any(e.event_type == "ASSAULT" and e.asserted for e in got)


# -- a wrong of a named party inside a voiced clause ----------------------------------------------


def test_a_voiced_clause_naming_a_partys_wrong_accuses_it(resources):
    text = (
        "The Azerbaijani defence ministry said its troops were responding to Armenian provocations."
    )
    assert ("ACCUSE", "AZE", "ARM") in dyads(resources, text)
    text = "Israel condemned what it called Iranian aggression in the region."
    assert ("ACCUSE", "ISR", "IRN") in dyads(resources, text)
    text = "A US official said the downing of the airliner was probably Russia's doing."
    assert ("ACCUSE", "USA", "RUS") in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Amid Chinese provocations, Japan held naval drills near the islands.",  # no voice
        "Ukraine's president said the shelling was not Russia's fault.",  # cleared
        "Historians say the Armenian genocide began in 1915.",  # a victim, not a wrongdoer
        # the protest's own object, not a second accusation; the speaker names no one
        "Students marched against the violations by the Chinese police, officials said.",
    ],
)
def test_no_accusation_from_a_wrong_without_a_voice_or_an_owner(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


def test_designating_a_group_a_terrorist_organisation_accuses_it(resources):
    got = dyads(
        resources, "Lithuania designated the Russian mercenary group a terrorist organisation."
    )
    assert ("ACCUSE", "LTU", "RUS") in got
    assert not any(t == "SUPPORT" for t, _, _ in got)


# -- orders: the ordered act, not an appeal to its victim -----------------------------------------


def test_ordering_an_act_codes_the_act_by_the_one_who_orders_it(resources):
    got = dyads(resources, "The Iranian president ordered the arrest of two British nationals.")
    assert ("COERCE", "IRN", "GBR") in got
    assert not any(t == "REQUEST" for t, _, _ in got)
    got = dyads(
        resources, "Venezuela's president ordered the nationalisation of the American oil company."
    )
    assert ("COERCE", "VEN", "USA") in got
    # ordering a party to act is still a demand of it
    assert ("REQUEST", "RUS", "UKR") in dyads(
        resources, "Moscow ordered Kyiv to withdraw its forces from the region."
    )


def test_recommending_that_a_party_act_is_an_appeal_to_it(resources):
    text = "The minister recommended that Washington withdraw its troops from the country."
    events = coded(resources, text)
    assert any(e.event_type == "REQUEST" and {a.code for a in e.target} == {"USA"} for e in events)


# -- threats made on a condition -------------------------------------------------------------------


def test_a_conditional_threat_is_made(resources):
    assert ("THREATEN", "CHN", "JPN") in dyads(
        resources, "Beijing threatened Tokyo with further action if the captain was not released."
    )
    assert ("THREATEN", "RUS", "FIN") in dyads(
        resources, 'The Kremlin warned of "serious consequences" if Finland joined NATO.'
    )
    # the consequence of a condition is still hypothetical
    got = coded(resources, "If talks fail, Brazil will recall its ambassador from Venezuela.")
    assert not any(e.asserted for e in got)


# -- force: damage and ground advances -----------------------------------------------------------


def test_armed_damage_and_advances_are_assaults(resources):
    assert ("ASSAULT", "TUR", "SYR") in dyads(
        resources, "Turkish drones damaged a power station in northern Syria."
    )
    assert ("ASSAULT", "ISR", "LBN") in dyads(
        resources, "Israeli troops advanced into the southern Lebanese town of Khiam."
    )
    assert "ASSAULT" not in types(resources, "Chinese exporters moved into the Brazilian market.")


def test_a_party_called_a_threat_is_accused_not_threatening(resources):
    text = (
        "Japan's defence minister said the Chinese missile test was a threat to regional security."
    )
    got = dyads(resources, text)
    assert ("ACCUSE", "JPN", "CHN") in got
    assert not any(t == "THREATEN" for t, _, _ in got)
    assert "THREATEN" not in types(
        resources, "Iraq is a threat to the authority of the United Nations."
    )


def test_objection_to_a_deal_between_two_parties_targets_both(resources):
    got = dyads(
        resources, "Foreign ministers in Cairo denounced the memorandum between Turkey and Libya."
    )
    assert {("ACCUSE", "EGY", "TUR"), ("ACCUSE", "EGY", "LBY")} <= got


def test_banning_a_countrys_citizens_is_a_sanction_on_it(resources):
    assert ("SANCTION", "RUS", "USA") in dyads(
        resources, "Russia banned US citizens from adopting Russian children."
    )


# -- appeals, claims and sanctions in news form --------------------------------------------------


def test_calling_for_a_party_to_act_is_an_appeal_to_it(resources):
    text = "Egypt's foreign minister called for Israel to halt its military operations in Rafah."
    assert ("REQUEST", "EGY", "ISR") in dyads(resources, text)
    assert ("REQUEST", "UKR", "USA") in dyads(
        resources, "Kyiv sought Washington's help in securing more air defence systems."
    )


def test_what_a_denied_claim_says_is_not_asserted(resources):
    got = coded(resources, "Iran denied the US claim that it had supplied drones to Russia.")
    assert not any(e.event_type == "AID" and e.asserted for e in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States added dozens of Chinese companies to its trade blacklist.", ("USA", "CHN")),
        ("Britain imposed visa restrictions on Nicaraguan officials.", ("GBR", "NIC")),
        ("Washington restricted exports of advanced chips to China.", ("USA", "CHN")),
    ],
)  # fmt: skip
def test_blacklists_and_restrictions_on_travel_and_trade_are_sanctions(resources, text, pair):
    got = dyads(resources, text)
    assert ("SANCTION", *pair) in got
    assert not any(t == "COERCE" for t, _, _ in got)


def test_summoning_a_high_commissioner_is_a_diplomatic_protest(resources):
    got = dyads(resources, "India summoned the Canadian high commissioner over the remarks.")
    assert ("ACCUSE", "IND", "CAN") in got


# -- who attacked: claims of responsibility and agents of participles -----------------------------


def test_claiming_responsibility_for_an_attack_makes_the_claimant_its_source(resources):
    assert ("ASSAULT", "PSE", "ISR") in dyads(
        resources, "Hamas claimed responsibility for the rocket attack on Tel Aviv."
    )
    got = coded(
        resources, "Israel did not claim responsibility for the strike on the Iranian consulate."
    )
    assert not any(e.event_type == "ASSAULT" and e.asserted for e in got)
    # a speaker saying another bore responsibility does not make the speaker the attacker
    got = dyads(
        resources, "Moscow said the United States bore responsibility for the attack on Crimea."
    )
    assert not any(t == "ASSAULT" and s == "RUS" for t, s, _ in got)


def test_the_agent_of_an_attack_participle_is_its_source(resources):
    text = "A drone attack conducted by the United States killed ten people in South Waziristan, Pakistan."
    assert ("ASSAULT", "USA", "PAK") in dyads(resources, text)


def test_rockets_launched_at_positions_are_an_attack_a_launch_alone_a_test(resources):
    text = (
        "An Israeli soldier was killed in Hezbollah rocket launches at army positions in the north."
    )
    assert ("ASSAULT", "LBN", "ISR") in dyads(resources, text)
    events = coded(resources, "North Korea's missile launch on Thursday was condemned by Japan.")
    assert any(e.event_type == "MOBILIZE" for e in events)


def test_condemning_what_a_speaker_calls_a_partys_wrong_targets_that_party(resources):
    text = (
        "The Russian foreign ministry condemned what it described as Ukraine's barbaric drone"
        " strikes on Belgorod."
    )
    assert ("ACCUSE", "RUS", "UKR") in dyads(resources, text)


def test_a_threat_aimed_through_the_condition_of_its_clause(resources):
    text = 'The Kremlin threatened to respond "in kind" if the United States deployed missiles in Germany.'
    assert ("THREATEN", "RUS", "USA") in dyads(resources, text)
    # the speaker's own side named in the warned clause is no recipient; the condition names one
    text = "Medvedev warned that Russia might use nuclear weapons if Ukraine attacked Crimea."
    assert ("THREATEN", "RUS", "UKR") in dyads(resources, text)


def test_opposing_an_act_rejects_its_doer_not_its_recipient(resources):
    got = dyads(resources, "China opposes the US arms sale to Taiwan.")
    assert ("REJECT", "CHN", "USA") in got
    assert ("REJECT", "CHN", "TWN") not in got
    got = dyads(resources, "Iran rejected the EU sanctions against Russia.")
    assert ("REJECT", "IRN", "EU") in got and ("REJECT", "IRN", "RUS") not in got


def test_allies_such_as_a_named_country_stand_for_that_country(resources):
    text = "Washington urged allies such as Japan to join the sanctions."
    assert ("REQUEST", "USA", "JPN") in dyads(resources, text)
    # a relational noun with no member named still names no one
    assert not dyads(resources, "Washington urged its allies to join the sanctions.")


def test_committing_a_crime_is_no_commitment(resources):
    text = "Israel rejected accusations by South Africa that it was committing genocide in Gaza."
    assert "AGREE" not in types(resources, text)
    assert "AGREE" in types(resources, "Japan committed to doubling its aid to Ukraine.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("South Africa took Israel to the International Court of Justice over the war.", ("ZAF", "ISR")),
        ("The US ambassador chided Beijing for its support of Moscow.", ("USA", "CHN")),
        ("Japan raised concerns with China over the detention of its citizen.", ("JPN", "CHN")),
        ("The British foreign secretary called out Russia for its disinformation campaign.", ("GBR", "RUS")),
    ],
)  # fmt: skip
def test_more_news_forms_of_criticism_and_legal_action(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_taking_someone_somewhere_or_raising_an_issue_accuses_no_one(resources):
    assert not dyads(resources, "The president took the children to the zoo.")
    assert "ACCUSE" not in types(
        resources, "The minister raised the issue of fishing rights with Norway."
    )


# -- a passive accusation with no agent: the subject is the accused ------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("A Russian general is charged with war crimes over the shelling of Kharkiv.", "RUS"),
        ("Two Chinese nationals were accused of spying on a naval base.", "CHN"),
        ("Iran was blamed for the drone strike on the tanker.", "IRN"),
    ],
)  # fmt: skip
def test_a_passive_accusation_without_an_agent_names_the_accused_as_target(
    resources, text, accused
):
    events = [e for e in coded(resources, text) if e.event_type == "ACCUSE"]
    assert events
    assert all(accused not in {a.code for a in e.source} for e in events)
    assert any(accused in {a.code for a in e.target} for e in events)


def test_an_adjectival_passive_of_commitment_still_names_its_holder(resources):
    sides = {
        (e.event_type, tuple(a.code for a in e.source))
        for e in coded(resources, "Vietnam is committed to closer defence ties with Japan.")
    }
    assert ("AGREE", ("VNM",)) in sides


# -- mishaps: a fire, a crash or a flood is no one's act ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a warehouse in Moscow kills 17 migrant workers from Kyrgyzstan.",
        "A United Nations plane from Uruguay crashed near the border, killing 11 peacekeepers from Jordan.",
        "An earthquake in eastern Turkey killed 40 Syrian refugees on Monday.",
    ],
)  # fmt: skip
def test_a_mishap_gives_no_attack_by_the_place_it_happened(resources, text):
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Russian missile exploded in a Polish village, killing two Polish farmers.", ("RUS", "POL")),
        ("Israeli jets bombed a fuel depot in Syria, starting a fire that killed two Syrian soldiers.", ("ISR", "SYR")),
    ],
)  # fmt: skip
def test_an_attack_that_causes_a_fire_is_still_an_attack(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


# -- a person named with the role that decides the reading ---------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China expels Canadian diplomat Jane Roe in a tit-for-tat move.", ("CHN", "CAN")),
        ("The Ukrainian government expelled Ivan Petrov, Russia's consul in Odesa, for spying.", ("UKR", "RUS")),
    ],
)  # fmt: skip
def test_expelling_a_named_diplomat_is_a_sanction(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


def test_expelling_a_named_journalist_is_no_sanction(resources):
    found = dyads(resources, "Russia expelled Polish journalist Anna Nowak on Monday.")
    assert not any(t == "SANCTION" for t, _, _ in found)


# -- goods name where they come from -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Washington announced 10% tariffs on goods imported from China.", {"CHN"}),
        ("The EU imposed duties on steel made in China and Vietnam.", {"CHN", "VNM"}),
    ],
)  # fmt: skip
def test_a_sanction_on_goods_is_aimed_where_they_come_from(resources, text, targets):
    found = {t for typ, _, t in dyads(resources, text) if typ == "SANCTION"}
    assert found == targets


def test_goods_sold_to_a_country_do_not_make_it_the_target(resources):
    found = dyads(resources, "The EU imposed duties on steel made in China and sold to Brazil.")
    assert ("SANCTION", "EU", "BRA") not in found


# -- a verb of happening carries its event noun's parties ----------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "parties"),
    [
        ("Heavy fighting took place between Russian and Ukrainian troops in the town.", "ASSAULT", {"RUS", "UKR"}),
        ("Clashes broke out between Indian and Chinese troops in Ladakh.", "ASSAULT", {"IND", "CHN"}),
        ("Bilateral negotiations have resumed between the US and North Korea.", "CONSULT", {"USA", "PRK"}),
    ],
)  # fmt: skip
def test_the_verb_of_happening_carries_the_between_phrase(resources, text, etype, parties):
    sides = [
        set(s) | set(t)
        for typ, s, t, asserted in event_sides(resources, text)
        if typ == etype and asserted
    ]
    assert parties in sides


# -- where a weapon was launched from names who launched it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A rocket was fired from the Gaza Strip into Israel on Sunday.", ("PSE", "ISR")),
        ("Several rockets fired from Lebanon strike the Israeli town of Metula.", ("LBN", "ISR")),
        ("Militants fired mortar shells from Syria at Turkish border posts.", ("SYR", "TUR")),
    ],
)  # fmt: skip
def test_the_launch_site_names_the_attacker(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_a_named_shooter_beats_the_launch_site(resources):
    found = dyads(resources, "Russian troops fired artillery from Belgorod at Kharkiv in Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in found


def test_ceasing_exports_to_a_country_is_a_sanction_on_it(resources):
    found = dyads(resources, "Iran ceases oil exports to France and the United Kingdom.")
    assert {("SANCTION", "IRN", "FRA"), ("SANCTION", "IRN", "GBR")} <= found


def test_expelling_a_named_attache_is_a_sanction(resources):
    text = "Venezuela has expelled John Correa, a military attaché at the US embassy in Caracas."
    assert ("SANCTION", "VEN", "USA") in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand warned its citizens to leave Iran immediately.",
        "China warns its nationals against travel to Japan.",
    ],
)  # fmt: skip
def test_a_travel_warning_to_ones_own_people_threatens_no_one(resources, text):
    assert not any(t == "THREATEN" for t, _, _ in dyads(resources, text))


def test_warning_another_state_is_still_a_threat(resources):
    assert ("THREATEN", "RUS", "FIN") in dyads(
        resources, "Russia warned Finland against joining NATO."
    )


# -- "the move", "the decision": the act of the sentence before ------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey turned the old cathedral into a mosque. The United States criticised the move.", ("USA", "TUR")),
        ("Greece said it would extend its territorial waters. Turkey condemned the decision.", ("TUR", "GRC")),
    ],
)  # fmt: skip
def test_criticism_of_the_move_before_targets_who_made_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


def test_the_move_of_no_one_named_gives_no_target(resources):
    text = "The weather was bad all week. The EU criticised the move."
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# -- an unnamed attacker of a state's forces abroad is coded to the country it fights in -----------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Three German soldiers were killed in northern Afghanistan on Friday.", ("AFG", "DEU")),
        ("Israeli troops came under attack in Gaza on Monday.", ("PSE", "ISR")),
    ],
)  # fmt: skip
def test_forces_struck_abroad_were_struck_by_the_country_they_fight_in(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two American tourists were killed in a bombing in Paris.",  # private people: no dyad
        "A Russian general was killed in Moscow by a car bomb.",  # at home: no second country
    ],
)  # fmt: skip
def test_no_attacker_is_invented_for_civilians_or_at_home(resources, text):
    assert not any(t == "ASSAULT" for t, _, _ in dyads(resources, text))


# -- restrictions on a country's flights, trade or diplomats are sanctions --------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US announced new restrictions on flights to Cuba.", ("USA", "CUB")),
        ("China imposed a ban on Japanese seafood imports.", ("CHN", "JPN")),
        ("Washington announced restrictions on Chinese diplomats.", ("USA", "CHN")),
    ],
)  # fmt: skip
def test_restrictions_on_a_countrys_flights_goods_or_envoys_are_sanctions(resources, text, pair):
    assert ("SANCTION", *pair) in dyads(resources, text)


def test_restrictions_on_people_stay_coercion(resources):
    found = dyads(resources, "Israel imposed restrictions on Palestinians in Hebron.")
    assert ("COERCE", "ISR", "PSE") in found


# -- judgements: a party's claims called baseless, a move described as a provocation ---------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey said the Greek claims were baseless.", ("TUR", "GRC")),
        ("Moscow said the accusations by Britain were absurd.", ("RUS", "GBR")),
    ],
)  # fmt: skip
def test_calling_a_partys_claims_baseless_rejects_them(resources, text, pair):
    assert ("REJECT", *pair) in dyads(resources, text)


def test_claims_said_not_to_be_baseless_are_not_rejected(resources):
    found = dyads(resources, "Turkey said the Greek claims were not baseless.")
    assert not any(t == "REJECT" for t, _, _ in found)


def test_describing_a_move_as_a_provocation_censures_its_owner(resources):
    assert ("ACCUSE", "CHN", "USA") in dyads(
        resources, "China described the US move as a provocation."
    )


def test_an_operation_is_an_attack_only_when_it_is_a_military_one(resources):
    assert ("ASSAULT", "TUR", "SYR") in dyads(
        resources, "Turkey launched a military operation against Kurdish fighters in Syria."
    )
    events = coded(
        resources, "The operation was carried out in cooperation with the Turkish police."
    )
    assert not any(e.event_type == "ASSAULT" for e in events)


# -- an attack fended off, and the agent shared by coordinated passives ----------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia's defence ministry said it repelled a Ukrainian drone attack over the Black Sea.", ("UKR", "RUS")),
        ("Ukrainian forces repulsed a Russian assault near Bakhmut.", ("RUS", "UKR")),
    ],
)  # fmt: skip
def test_whoever_fends_an_attack_off_is_its_target(resources, text, pair):
    assert ("ASSAULT", *pair) in dyads(resources, text)


def test_coordinated_passives_share_their_agent(resources):
    text = "Four Armenian soldiers were killed and many others were injured by Azerbaijani troops."
    assert ("ASSAULT", "AZE", "ARM") in dyads(resources, text)


# -- blockades and sealed borders: a state restricting movement -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel sealed off the Gaza Strip after the rocket attacks.", ("ISR", "PSE")),
        ("Russia blockaded Ukrainian ports on the Black Sea.", ("RUS", "UKR")),
        ("Turkey sealed its border with Syria on Monday.", ("TUR", "SYR")),
    ],
)  # fmt: skip
def test_a_state_sealing_or_blockading_restricts_movement(resources, text, pair):
    assert ("COERCE", *pair) in dyads(resources, text)


def test_protesters_blocking_a_crossing_stay_a_protest(resources):
    events = coded(resources, "Polish farmers blockaded the border crossing with Ukraine.")
    assert any(e.event_type == "PROTEST" for e in events)
    assert not any(e.event_type == "COERCE" for e in events)


def test_a_fine_is_an_administrative_sanction_on_whoever_pays_it(resources):
    found = dyads(
        resources, "Mexico's energy regulator fined the Spanish utility Iberdrola $467 million."
    )
    assert ("COERCE", "MEX", "ESP") in found
    assert not coded(resources, "The weather was fine in Paris and Berlin on Monday.")


# -- a party reporting another's attack accuses it (stances._reported_wrong) -------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kyiv said Russian forces had shelled the city overnight.", ("UKR", "RUS")),
        ("Russian missiles hit a power plant near Lviv, Ukrainian officials said.", ("UKR", "RUS")),
        ("The Pakistani army said Indian troops had violated the ceasefire.", ("PAK", "IND")),
        ("The United Nations said Sudanese forces had killed civilians in Chad.", ("UN", "SDN")),
        ("Moscow says Ukraine launched a drone attack on a refinery in Ryazan.", ("RUS", "UKR")),
    ],
)  # fmt: skip
def test_a_party_reporting_anothers_attack_accuses_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)
    sides = event_sides(resources, text)
    assert any(t == "ASSAULT" and pair[1] in s for t, s, _, _ in sides)  # the attack is kept


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russian forces did not shell the city overnight.",  # denied
        "Kyiv said Russian forces might shell the city again.",  # supposed
        "The Israeli army said its jets struck Hezbollah positions in Lebanon.",  # its own side
        "Amnesty International said Saudi forces killed civilians in Yemen.",  # a monitor
        "Three Polish soldiers were killed in Iraq, the Polish defence ministry said.",  # no doer
        "Japan said Iran had seized an Indian oil tanker in the Gulf.",  # a third state reports
    ],
)  # fmt: skip
def test_no_accusation_from_a_denied_act_the_own_side_a_monitor_or_no_doer(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# -- whose demand or warning is rejected; amends wanted from a party ---------------------------


def test_defying_a_warning_from_a_party_targets_that_party(resources):
    got = dyads(resources, "Japan ignored warnings from China and sent the destroyer.")
    assert ("REJECT", "JPN", "CHN") in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ankara wants an apology from Athens.", ("TUR", "GRC")),
        ("Seoul expects an explanation from Tokyo over the remarks.", ("KOR", "JPN")),
    ],
)  # fmt: skip
def test_wanting_amends_from_a_party_is_a_request_to_it(resources, text, pair):
    assert ("REQUEST", *pair) in dyads(resources, text)


def test_wanting_amends_from_no_one_named_codes_no_request(resources):
    assert not any(t == "REQUEST" for t, _, _ in dyads(resources, "Kenya wants an apology."))


# -- a speaker telling of another party's wrongdoing accuses it (judgements._wrongdoing) -------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul said Tokyo's export curbs had damaged bilateral ties.", ("KOR", "JPN")),
        ("Vietnam said China was undermining stability in the region.", ("VNM", "CHN")),
        ("Washington said Moscow was meddling in the Moldovan election.", ("USA", "RUS")),
        ("Cuba said the United States was spreading lies about the island.", ("CUB", "USA")),
        ("Bolivia said Chile was committing crimes against migrants.", ("BOL", "CHL")),
    ],
)  # fmt: skip
def test_a_speaker_telling_of_anothers_wrongdoing_accuses_it(resources, text, pair):
    assert ("ACCUSE", *pair) in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said Tokyo had not damaged bilateral ties.",  # cleared
        "Vietnam said the typhoon damaged homes near the Chinese border.",  # no party did it
        "Kenya said it had committed troops to the mission in Haiti.",  # no harm
        "Peru said Chile was spreading the news of the agreement.",  # no wrong spread
        "China said it would never undermine Russia.",  # its own pledge
    ],
)  # fmt: skip
def test_no_wrongdoing_accusation_when_cleared_unnamed_or_harmless(resources, text):
    assert not any(t == "ACCUSE" for t, _, _ in dyads(resources, text))


# -- whose conduct is judged: the owner, not the place; "according to" voices a clause ----------


def test_a_phrase_with_a_named_owner_keeps_its_place_out(resources):
    got = dyads(resources, "Paris criticised Russia's role in Mali.")
    assert ("ACCUSE", "FRA", "RUS") in got and ("ACCUSE", "FRA", "MLI") not in got
    # with no owner named, the place still says whose people they are
    assert ("ACCUSE", "GIN", "MLI") in dyads(
        resources, "Officials in Guinea accused Mali of harbouring rebels."
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("According to the Indian foreign ministry, Pakistan's claims were baseless.", ("IND", "PAK")),
        ("According to Kyiv, Russian forces shelled the port overnight.", ("UKR", "RUS")),
        ("According to Athens, the Turkish exploration was illegal.", ("GRC", "TUR")),
    ],
)  # fmt: skip
def test_according_to_a_party_voices_the_clause(resources, text, pair):
    got = dyads(resources, text)
    assert any(s == pair[0] and t == pair[1] and e in {"ACCUSE", "REJECT"} for e, s, t in got)


def test_according_to_a_report_voices_nothing(resources):
    got = dyads(resources, "According to reports, Russian forces shelled the port overnight.")
    assert not any(t == "ACCUSE" for t, _, _ in got)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Cyprus said the Turkish drilling was illegal.", {"TUR"}),
        ("Egypt said the memorandum between Turkey and Libya was illegal.", {"TUR", "LBY"}),
    ],
)  # fmt: skip
def test_agreements_and_works_are_conduct_of_their_parties(resources, text, accused):
    got = dyads(resources, text)
    assert {t for e, _, t in got if e == "ACCUSE"} == accused


def test_fighting_as_a_gerund_takes_its_parties_from_between(resources):
    # the parser reads sentence-initial "Fighting" as a verb with no subject
    sides = event_sides(
        resources, "Fighting between Indian troops and Chinese soldiers left 20 dead."
    )
    assert any(t == "ASSAULT" and s == {"IND", "CHN"} for t, s, _, _ in sides)


def test_an_attack_nouns_by_phrase_hung_on_the_verb_above_is_its_agent(resources):
    # the parser hangs "by Israel ..." on "confirms", an active verb it cannot belong to
    text = "Iran confirms the death of a general in an attack yesterday in Tehran by Israel."
    assert ("ASSAULT", "ISR", "IRN") in dyads(resources, text)
    # the agent of a passive verb is that verb's, not the attack's
    sides = event_sides(resources, "Pakistan was angered by India after the attack on the post.")
    assert not any(t == "ASSAULT" and "IND" in s for t, s, _, _ in sides)


def test_a_victim_and_an_attacker_told_in_two_halves_are_one_attack(resources):
    text = "An Indian soldier is killed and three more are wounded by Pakistani army artillery shelling."
    assert ("ASSAULT", "PAK", "IND") in dyads(resources, text)
    # two separate acts keep their own sides
    other = "Russia attacked Kyiv while Ukrainian troops were shelled in Kharkiv."
    assert not any(
        t == "ASSAULT" and s == fs("RUS") and g == fs("UKR") and e.startswith("shell")
        for t, s, g, e in _sides_by_trigger(resources, other)
    )


def _sides_by_trigger(resources, text):
    return {
        (
            e.event_type,
            frozenset(a.code for a in e.source),
            frozenset(a.code for a in e.target),
            e.trigger,
        )
        for e in coded(resources, text)
    }


def test_a_weapon_launched_by_a_party_names_the_attacker(resources):
    text = "A drone launched by Russian forces struck an apartment block in Odesa."
    assert ("ASSAULT", "RUS", "UKR") in dyads(resources, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Bangladesh condemned the strikes carried out by Myanmar on Tuesday.", ("ACCUSE", "BGD", "MMR")),
        ("Iraq condemned the killing of two officers in a raid on Monday by Turkish forces.", ("ACCUSE", "IRQ", "TUR")),
        ("Kyiv blamed the shelling on Russian forces.", ("ACCUSE", "UKR", "RUS")),
    ],
)  # fmt: skip
def test_a_judgement_judges_the_doer_of_the_act_it_names(resources, text, triple):
    assert triple in dyads(resources, text)


def test_a_judged_act_of_the_judges_own_side_names_no_one_else(resources):
    got = dyads(resources, "India defended the strikes carried out by its air force.")
    assert not any(s == t for _, s, t in got) and not any(t == "IND" for _, _, t in got)


# -- displeasure, objection and more words of censure -------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ankara said it was disappointed by the French decision.", ("ACCUSE", "TUR", "FRA")),
        ("India was alarmed at the Chinese buildup on the border.", ("ACCUSE", "IND", "CHN")),
        ("Berlin regretted the American withdrawal from the treaty.", ("ACCUSE", "DEU", "USA")),
        ("Bangladesh objected to India's construction of a barrage.", ("REJECT", "BGD", "IND")),
        ("Tehran said Washington had lied about the talks.", ("ACCUSE", "IRN", "USA")),
        ("Athens said Ankara was violating international law.", ("ACCUSE", "GRC", "TUR")),
        ("Beijing said the Canadian decision was a mistake.", ("ACCUSE", "CHN", "CAN")),
        ("Ottawa said China's detention of its citizens was arbitrary.", ("ACCUSE", "CAN", "CHN")),
    ],
)  # fmt: skip
def test_displeasure_objection_and_censure_words(resources, text, triple):
    assert triple in dyads(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said it was disappointed by the weather.",  # no party the cause
        "Berlin regretted the delay.",
        "The border lies along the river, Kenyan officials said.",  # "lie" of place
        "Beijing said its own decision had been a mistake.",  # its own side
    ],
)  # fmt: skip
def test_no_censure_without_a_party_judged(resources, text):
    assert not any(t in {"ACCUSE", "REJECT"} for t, _, _ in dyads(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Athens called the Turkish-Libyan deal illegal.",
        "Cairo said the Turkish-Libyan memorandum was void and illegal.",
    ],
)
def test_a_pair_joined_by_a_dash_owns_the_act_judged(resources, text):
    got = {t for e, _, t in dyads(resources, text) if e == "ACCUSE"}
    assert got == {"TUR", "LBY"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Kosovo joined the council despite objections from Serbia.", ("ACCUSE", "SRB", "XKX")),
        ("India bought the Russian system despite criticism from the United States.", ("ACCUSE", "USA", "IND")),
        # a state's protests are an official complaint (ACCUSE 114, ontology ``by_state``)
        ("Japan released the water amid protests from China.", ("ACCUSE", "CHN", "JPN")),
        ("Japan released the water amid protests from Chinese fishermen.", ("PROTEST", "CHN", "JPN")),
    ],
)  # fmt: skip
def test_who_acts_despite_criticism_or_protest_is_its_target(resources, text, triple):
    assert triple in dyads(resources, text)


def test_despite_a_storm_warning_no_one_is_warned(resources):
    assert not dyads(resources, "The Filipino ship sailed despite warnings of a storm.")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("NATO's chief said he counted on Turkey to act with restraint.", ("REQUEST", "NATO", "TUR")),
        ("The Indian prime minister paid tribute to the late Japanese leader.", ("SUPPORT", "IND", "JPN")),
    ],
)  # fmt: skip
def test_counting_on_a_party_and_paying_tribute(resources, text, triple):
    assert triple in dyads(resources, text)


def test_relying_on_tourism_asks_nothing_of_anyone(resources):
    assert not dyads(resources, "Kenya relies on tourism for jobs.")


@pytest.mark.parametrize(
    ("text", "not_party"),
    [
        ("The UN-recognised government of Libya signed a deal with Turkey.", "UN"),
        ("US-designated terrorist groups shelled the Kenyan base near Lamu.", "USA"),
    ],
)  # fmt: skip
def test_a_party_that_recognises_or_designates_from_outside_is_not_the_nouns(
    resources, text, not_party
):
    sides = event_sides(resources, text)
    assert sides and not any(not_party in s for _, s, _, _ in sides)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Saudi-led forces bombed Sanaa.", ("ASSAULT", "SAU", "YEM")),
        # proxies are coded to their backer, as event data does
        ("Iran-backed militias shelled the US embassy in Baghdad.", ("ASSAULT", "IRN", "USA")),
    ],
)  # fmt: skip
def test_a_hyphened_leader_or_backer_is_the_partys_own(resources, text, triple):
    assert triple in dyads(resources, text)
