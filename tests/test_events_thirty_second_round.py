"""The thirty-second round of constructions (issue 9), written from sentences of my own for each
construction, and from a count of the verbs of Current Events items that name two countries and
get no event at all (a draw no label file holds).

- What a verb gives "with" ("provided Ukraine with intelligence on Russian positions",
  "supplied the rebels with arms") goes to the verb's object; the "with" phrase holds what is
  given and names no partner.
- A name the parser reads as an adverb at the start of a clause with no subject is its subject
  ("Nauru recognized Kosovo's independence"; ``detente.nlp``, ``detente_fronted_subjects``).
- An "of" the parser leaves without an object takes the name hung on the verb right after it
  ("The governments of Chad and Sudan sign an accord"; ``detente_dangling_prepositions``).
- "Bulgaria and Romania's accession" is one accession with two owners, not Bulgaria and an
  accession (``detente_shared_possessors``, place names only).
- A deadline given or set for a party is an ultimatum (CAMEO 139).
- Heritage handed back to the country it came from is property returned (CAMEO 0842).
- Intelligence sharing cut off is a cut in relations; taken up again, or trade taken up again
  with a named partner, is cooperation.
- "its" in a clause of force, custody or punishment told after another party's act is that
  party's ("Japan protested after China detained its citizens"): no state detains, expels or
  strikes its own.
- A name the tagger reads as a verb at the start of a sentence, with the real verb after it, is
  that verb's subject ("Belize suspends diplomatic relations with Israel";
  ``detente_names_read_as_verbs``).
- When the entry a verb matched needs a recipient and names none, another entry of the same
  type, matched by another of its objects, that names one is coded instead ("bans airlines and
  imports of goods from the EU": the imports name the EU).
- Recognition withdrawn cuts relations; exchanges suspended or cancelled with a party too.
- Another party's act wanted or sought is asked of it ("wants the dismantlement of Iran's
  nuclear program"); pressure stepped up on a party is a demand of it (CAMEO's verb dictionary
  codes STEP UP PRESSURE 100).
- A threat whose act is aimed at a party in its own phrase threatens that party ("threatening to
  take legal action against Japan").
- "the country" in a clause told after or before another may be that clause's subject ("Finland
  will decide ..., after Russia warned the country"; ``detente.actors.coref``), unless it is the
  time clause's own subject.
- "non-Japanese citizens" are not Japan's; a complaint lodged "with" a body "against" a party
  accuses the party; whoever launches an attack is its source before the "from" phrase is.
- Votes held in a country are its conduct when judged ("the election in Belarus a sham").
- A bare "the two" joined to a clause in which a party speaks or deals "with" another are those
  two ("Abe spoke by telephone with Trump, and the two agreed ...").
- A verb's object the parser made the subject of a participle right after it is the verb's
  again ("visits the People's Republic of China seeking assistance";
  ``detente_objects_read_as_subjects``).
- Norms, rules and promises "of" relations broken are no break in relations; a "with" phrase
  naming one of the subject's own parties adds no side to a joint act.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads, event_sides, fs


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        pytest.param(
            "The United States provided Ukraine with intelligence on Russian positions.",
            ("COOPERATE", "USA", "UKR"),
            id="given_with_goes_to_the_object",
        ),
        pytest.param(
            "Iran supplied the Houthis with missiles.",
            ("AID", "IRN", "YEM"),
            id="arms_given_with",
        ),
        pytest.param(
            "Nauru recognized Kosovo's independence.",
            ("SUPPORT", "NRU", "XKX"),
            id="a_name_read_as_an_adverb_is_the_subject",
        ),
        pytest.param(
            "Austria vetoed Bulgaria and Romania's accession to the Schengen Area.",
            ("REJECT", "AUT", "ROU"),
            id="two_owners_of_one_accession",
        ),
        pytest.param(
            "Russia gave Ukraine a deadline to surrender the port city.",
            ("THREATEN", "RUS", "UKR"),
            id="a_deadline_given",
        ),
        pytest.param(
            "Turkey set Sweden a deadline to extradite the suspects.",
            ("THREATEN", "TUR", "SWE"),
            id="a_deadline_set",
        ),
        pytest.param(
            "The United States returned ancient sculptures to India.",
            ("RETREAT", "USA", "IND"),
            id="heritage_returned",
        ),
        pytest.param(
            "Germany handed back looted bronzes to Nigeria.",
            ("RETREAT", "DEU", "NGA"),
            id="heritage_handed_back",
        ),
        pytest.param(
            "The United States suspended intelligence sharing with Ukraine.",
            ("SANCTION", "USA", "UKR"),
            id="intelligence_sharing_suspended",
        ),
        pytest.param(
            "Washington resumed intelligence sharing with Kyiv on Tuesday.",
            ("COOPERATE", "USA", "UKR"),
            id="intelligence_sharing_resumed",
        ),
        pytest.param(
            "Sudan resumed oil imports from South Sudan.",
            ("COOPERATE", "SDN", "SSD"),
            id="imports_resumed",
        ),
        pytest.param(
            "China resumed imports of Japanese seafood.",
            ("COOPERATE", "CHN", "JPN"),
            id="imports_of_a_country_s_goods_resumed",
        ),
        pytest.param(
            "Japan protested after China detained its citizens.",
            ("COERCE", "CHN", "JPN"),
            id="its_after_another_party_s_act",
        ),
        pytest.param(
            "Russia expelled two Polish diplomats after Poland expelled its envoys.",
            ("SANCTION", "POL", "RUS"),
            id="no_state_expels_its_own_envoys",
        ),
        pytest.param(
            "Israel struck Gaza after Hamas fired rockets at its cities.",
            ("ASSAULT", "PSE", "ISR"),
            id="rockets_fired_at_its_cities",
        ),
        pytest.param(
            "Belize suspends diplomatic relations with Israel over its war conduct.",
            ("SANCTION", "BLZ", "ISR"),
            id="a_name_read_as_a_verb_is_the_subject",
        ),
        pytest.param(
            "Belarus bans airlines and imports of certain goods from the European Union.",
            ("SANCTION", "BLR", "EU"),
            id="the_object_that_names_the_target",
        ),
        pytest.param(
            "Nauru withdraws diplomatic recognition of Taiwan.",
            ("SANCTION", "NRU", "TWN"),
            id="recognition_withdrawn",
        ),
        pytest.param(
            "India cancelled defence exchanges with China.",
            ("SANCTION", "IND", "CHN"),
            id="exchanges_cancelled",
        ),
        pytest.param(
            "The United States wants the full dismantlement of Iran's nuclear program.",
            ("REQUEST", "USA", "IRN"),
            id="another_party_s_act_wanted",
        ),
        pytest.param(
            "Seoul seeks the withdrawal of North Korean troops from the border.",
            ("REQUEST", "KOR", "PRK"),
            id="another_party_s_act_sought",
        ),
        pytest.param(
            "Rwanda stepped up pressure on France to admit its role.",
            ("REQUEST", "RWA", "FRA"),
            id="pressure_stepped_up",
        ),
        pytest.param(
            "Australia is threatening to take legal action against Japan over whaling.",
            ("THREATEN", "AUS", "JPN"),
            id="a_threat_aimed_by_the_act_threatened",
        ),
        pytest.param(
            "Finland will decide within weeks, after Russia warned the country against joining.",
            ("THREATEN", "RUS", "FIN"),
            id="the_country_of_the_clause_told_before",
        ),
        pytest.param(
            "The EU described the election in Belarus as a sham.",
            ("ACCUSE", "EU", "BLR"),
            id="a_vote_held_in_a_country_judged",
        ),
        pytest.param(
            "Ukraine accepted a proposal from Turkey.",
            ("AGREE", "UKR", "TUR"),
            id="a_proposal_accepted_from_its_maker",
        ),
        pytest.param(
            "Norway earmarked 10 million euros for the Palestinian Authority.",
            ("AID", "NOR", "PSE"),
            id="money_earmarked",
        ),
    ],
)
def test_an_asserted_dyad(resources, text, dyad):
    assert dyad in dyads(resources, text)


def test_both_owners_of_one_accession(resources):
    sides = event_sides(resources, "Austria will veto Bulgaria and Romania's accession.")
    assert ("REJECT", fs("AUT"), fs("BGR", "ROU"), False) in sides


def test_the_governments_of_two_countries_sign(resources):
    text = "The governments of Chad and Sudan sign an accord officially ending the conflict."
    assert ("SUPPORT", fs("TCD", "SDN"), fs(), True) in event_sides(resources, text)


def test_a_with_phrase_that_holds_no_gift_still_names_a_partner(resources):
    assert ("COOPERATE", fs("JPN", "AUS"), fs(), False) in event_sides(
        resources, "Japan will share data with Australia."
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a deadline for something no party is given
        ("The court set a deadline for the filing.", "THREATEN"),
        # a painting returned to an owner who is no state; goods sold again with no partner
        ("France returned the painting to its owner.", "RETREAT"),
        ("Ukraine resumed grain exports on Monday.", "COOPERATE"),
        # a state holding its own citizens is no act on another state
        ("China detained its citizens.", "COERCE"),
        # a ban on carriers that names no one: no other object to name the target
        ("Russia banned foreign airlines.", "SANCTION"),
        # recognition kept
        ("Paraguay will not withdraw its recognition of Taiwan.", "SANCTION"),
        # an act wanted that is one's own; pressure that is no party's doing
        ("Russia wants the withdrawal of its troops to be orderly.", "REQUEST"),
        ("The drought put pressure on farmers in Kenya.", "REQUEST"),
        # money moved to accounts abroad (a state's own); a vote judged with no country named
        ("Iran transferred $6 billion to Qatari banks.", "AID"),
        ("Observers said the vote in the capital was fair.", "ACCUSE"),
        # "the country" in a clause of one's own saying is not the sayer
        ("Germany said it would send aid to the country.", "AID"),
    ],
)  # fmt: skip
def test_no_dyad_of_the_type(resources, text, absent):
    assert not any(t == absent and s != g for t, s, g in dyads(resources, text)), text


def test_a_date_before_a_verb_is_no_subject(resources):
    doc = resources.parser("Monday the ministers met in Paris.")
    met = next(t for t in doc if t.lower_ == "met")
    assert not any(c.dep_ == "nsubj" and c.lower_ == "monday" for c in met.children)


def test_the_shared_owner_repair_leaves_people_alone(resources):
    # "Putin and Xi's envoy" may be two guests: only place names are joined as owners
    doc = resources.parser("Biden met Putin and Xi's envoy.")
    putin = next(t for t in doc if t.text == "Putin")
    assert putin.dep_ != "poss"


def test_an_apposition_is_no_pair_of_owners(resources):
    doc = resources.parser("China, Pyongyang's only ally, warned North Korea.")
    china = next(t for t in doc if t.text == "China")
    assert china.dep_ != "poss"
    assert ("THREATEN", "CHN", "PRK") in dyads(
        resources, "China, Pyongyang's only ally, warned North Korea on Sunday."
    )


def test_the_dangling_of_repair_keeps_an_of_with_an_object(resources):
    doc = resources.parser("The leaders of France met in Paris.")
    of = next(t for t in doc if t.lower_ == "of")
    assert [c.text for c in of.children] == ["France"]


def test_the_name_read_as_a_verb_repair(resources):
    doc = resources.parser("Belize suspends diplomatic relations with Israel.")
    assert doc[0].dep_ == "nsubj" and doc[1].dep_ == "ROOT"
    # a real imperative or verb first keeps its parse
    doc = resources.parser("Stop the war, the protesters said.")
    assert doc[0].tag_.startswith("VB")


def test_the_subject_of_a_time_clause_is_not_the_other_clause_s(resources):
    text = (
        "France begins withdrawing its forces from Niger after the ruling military government "
        "ordered them to leave."
    )
    assert not any(
        e.event_type == "REQUEST" and any(a.code == "FRA" for a in e.source)
        for e in coded(resources, text, "2023-10-10")
    )


def test_non_prefixed_nationals_are_not_the_country_s(resources):
    text = "Japan bans the entry of non-Japanese citizens from the United Kingdom."
    assert ("SANCTION", "JPN", "JPN") not in {
        (e.event_type, s.code, t.code)
        for e in coded(resources, text)
        for s in e.source
        for t in e.target
    }


def test_a_complaint_against_a_party_lodged_with_a_body(resources):
    text = "Iran lodged a complaint with the United Nations against Israel."
    assert ("ACCUSE", "IRN", "ISR") in dyads(resources, text)
    assert ("ACCUSE", "IRN", "UN") not in dyads(resources, text)


def test_the_attacker_is_whoever_launches_before_where_it_comes_from(resources):
    text = "U.S. special forces launch an attack on militants from Al-Shabab in Somalia."
    assert ("ASSAULT", "USA", "SOM") in dyads(resources, text)


def test_the_two_after_a_call_are_its_parties(resources):
    text = (
        "Japan's Abe spoke by telephone with Donald Trump, and the two agreed to increase "
        "pressure on Pyongyang."
    )
    sides = [
        {a.code for a in e.source}
        for e in coded(resources, text, "2019-05-01")
        if e.trigger != "spoke" and e.source
    ]
    assert sides and all(s == {"JPN", "USA"} for s in sides)


def test_an_act_before_the_two_keeps_its_own_parties(resources):
    text = "Russia attacked Ukraine and the two have fought since."
    assert ("ASSAULT", "RUS", "UKR") in dyads(resources, text)


def test_a_visit_s_object_read_as_a_participle_s_subject(resources):
    text = "Kiir visits the People's Republic of China seeking assistance to build a pipeline."
    got = dyads(resources, text, "2012-04-24")
    assert ("CONSULT", "SSD", "CHN") in got
    assert ("REQUEST", "SSD", "CHN") in got
    # a participle clause after a comma keeps its own subject
    doc = resources.parser("Prices rose sharply, investors fearing a crash.")
    investors = next(t for t in doc if t.lower_ == "investors")
    assert investors.dep_ == "nsubj"


def test_norms_of_relations_broken_are_no_break_in_relations(resources):
    text = (
        "Indonesia condemns the Saudi Government for breaking the norms of international relations."
    )
    assert not any(e.event_type == "SANCTION" for e in coded(resources, text))
    assert ("SANCTION", "HND", "TWN") in dyads(
        resources, "Honduras broke diplomatic relations with Taiwan."
    )


def test_a_with_phrase_naming_one_of_the_subject_s_own_adds_no_side(resources):
    text = (
        "Australia and Canada sign new agreements, with Canadian Prime Minister Mark Carney "
        "addressing Australia's parliament."
    )
    signed = [e for e in coded(resources, text, "2026-03-05") if e.event_type == "SUPPORT"]
    assert [{a.code for a in e.source} for e in signed] == [{"AUS", "CAN"}]
    # a partner of its own still pairs with each party of the subject
    assert ("SUPPORT", fs("HUN", "UKR"), fs(), True) in event_sides(
        resources, "Poland and Hungary signed an agreement with Ukraine."
    )


def test_its_own_after_an_act_stays_the_doer_s(resources):
    # "its own" is the doer's, even after another party's act
    assert not any(
        e.event_type == "ASSAULT" and any(a.code == "ISR" for a in e.target)
        for e in coded(resources, "Israel struck Gaza after Hamas fired on its own fighters.")
    )
