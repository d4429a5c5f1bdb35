"""The thirtieth round of constructions (issue 9), written from sentences of my own for each
construction and from a draw of Current Events items that no label file holds (2010 on, 25 words
or more, seed 8383).

- A gerund after a verb that takes one, read by the parser as an adjective of the object
  ("halted [supplying] weapons"), is that verb's complement again (``detente.nlp``, component
  ``detente_gerund_complements``).
- Help or trade a party stops giving is cut: "stopped providing aid to" is aid reduced (162),
  "stopped buying coal from" an embargo (163), "will stop sharing intelligence with" relations
  reduced (160), in the stopping verb's own tense; the help itself stays untold.
- A complaint or a demand a party says it will make is announced, not threatened.
- Forces that mass of themselves ("Syrian forces massed near the border with Turkey") mobilise
  against the country they mass at.
- Something "met with" a response ("will be met with consequences") meets no one.
- Speaking to a party consults it; speaking to an assembly, the press or a crowd does not.
- Approval voiced of another party's act supports it.
- "provided Vietnam with patrol boats", "equipped the army with howitzers": goods given "with".
- "the two countries" after a sentence naming one country and a capital standing for the other.
- Fighting a disease by its name is no fight.

Every mechanism has a case it must not fire on.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente.actors import resolve
from detente.nlp import _gerund_complements
from support.events import PUB, coded, dyads, event_sides, fs

# ------------------------------------------------------------------------------------------------
# help or trade stopped


@pytest.mark.parametrize(
    ("text", "cameo", "dyad"),
    [
        ("The United States stopped providing aid to Jordan.", "162", ("SANCTION", "USA", "JOR")),
        ("Germany halted supplying weapons to Saudi Arabia.", "1622", ("SANCTION", "DEU", "SAU")),
        # the parser reads "supplying" as an adjective of "weapons" here (repaired)
        ("South Korea halted supplying weapons to Israel.", "1622", ("SANCTION", "KOR", "ISR")),
        ("Qatar stopped selling gas to Egypt.", "163", ("SANCTION", "QAT", "EGY")),
        ("China stopped buying Australian coal.", "163", ("SANCTION", "CHN", "AUS")),
    ],
)
def test_help_stopped_is_cut(resources, text, cameo, dyad):
    events = coded(resources, text)
    assert dyad in dyads(resources, text)
    cut = [e for e in events if e.event_type == "SANCTION"]
    assert [e.cameo for e in cut] == [cameo]
    # the help itself is not told as given
    assert not any(e.asserted for e in events if e.event_type in {"AID", "COOPERATE"})


def _misparsed(verb: str, tag: str = "VBG") -> Doc:
    """ "Ukraine <verb> supplying weapons to Germany" as the model sometimes parses it, the
    participle an adjective of the object and the "to" phrase on the main verb."""
    words = ["Ukraine", verb, "supplying", "weapons", "to", "Germany", "."]
    heads = [1, 1, 3, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = [
        "Ukraine",
        verb[:-2] if verb.endswith("ed") else verb,
        "supply",
        "weapon",
        "to",
        "Germany",
        ".",
    ]
    tags = ["NNP", "VBD", tag, "NNS", "IN", "NNP", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas, tags=tags)  # fmt: skip


def test_a_gerund_read_as_an_adjective_is_the_complement_again():
    doc = _gerund_complements(_misparsed("halted"))
    supplying, weapons, to = doc[2], doc[3], doc[4]
    assert (supplying.dep_, supplying.head.text) == ("xcomp", "halted")
    assert (weapons.dep_, weapons.head.text) == ("dobj", "supplying")
    assert to.head.text == "supplying"


@pytest.mark.parametrize(("verb", "tag"), [("sold", "VBG"), ("halted", "JJ")])
def test_a_participle_after_another_verb_stays_an_adjective(verb, tag):
    # "sold [burning] weapons": "sell" takes no gerund; a word tagged as an adjective is one
    doc = _gerund_complements(_misparsed(verb, tag))
    assert (doc[2].dep_, doc[2].head.text) == ("amod", "weapons")
    assert doc[4].head.text == verb


def test_help_to_be_stopped_is_announced_not_done(resources):
    events = coded(resources, "The United States will stop sharing intelligence with Pakistan.")
    cut = [e for e in events if e.event_type == "SANCTION"]
    assert len(cut) == 1 and cut[0].future and not cut[0].negated
    assert {a.code for a in cut[0].source} == {"USA"}
    assert {a.code for a in cut[0].target} == {"PAK"}


def test_help_asked_to_stop_is_not_cut(resources):
    events = coded(resources, "Egypt urged Germany to stop supplying arms to Israel.")
    assert ("REQUEST", "EGY", "DEU") in dyads(
        resources, "Egypt urged Germany to stop supplying arms to Israel."
    )
    assert not any(e.asserted for e in events if e.event_type == "SANCTION")


# ------------------------------------------------------------------------------------------------
# forces massing, and what is "met with"


def test_protesters_massing_are_no_force(resources):
    assert not coded(resources, "Protesters massed near the US embassy in Cairo.")


def test_met_with_a_party_still_meets(resources):
    sides = event_sides(resources, "Erdogan met with Putin in Sochi.")
    assert ("CONSULT", fs("TUR", "RUS"), fs(), True) in sides


# ------------------------------------------------------------------------------------------------
# goods given "with"


def test_soldiers_armed_with_rifles_are_given_nothing(resources):
    events = coded(resources, "Russian soldiers armed with rifles crossed into Georgia.")
    assert "AID" not in {e.event_type for e in events}


# ------------------------------------------------------------------------------------------------
# "the two countries" after a capital


def test_the_two_countries_after_a_capital(resources):
    sides = event_sides(resources, "Modi visited Washington as the two countries signed a pact.")
    assert any(s == fs("IND", "USA") and a for t, s, _, a in sides if t == "SUPPORT")


def test_the_two_leaders_not_the_venue(resources):
    sides = event_sides(
        resources, "Modi met Biden in Tokyo, where the two leaders agreed to expand cooperation."
    )
    agreed = [s for t, s, _, a in sides if t == "AGREE" and a]
    assert agreed == [fs("IND", "USA")]


# ------------------------------------------------------------------------------------------------
# fighting a disease


def test_fighting_a_disease_is_no_fight(resources):
    text = "Brazil teamed up with Argentina to fight dengue."
    assert "ASSAULT" not in {e.event_type for e in coded(resources, text)}
    assert "COOPERATE" in {e.event_type for e in coded(resources, text)}


# ------------------------------------------------------------------------------------------------
# second draw (2002-2009, 20 words or more, seed 9494) and the long-form articles (seed 3030):
# diplomats by title and name, warships sent, relations dropped, "the Gulf state", state
# institutions and state companies by name


def test_a_named_ambassador_expelled_is_a_diplomat_expelled(resources):
    events = coded(resources, "Russia expelled US Ambassador John Sullivan.")
    assert [(e.event_type, e.cameo) for e in events] == [("SANCTION", "161")]


def test_an_acting_official_is_no_verb(resources):
    # "acting" before a title is an adjective (the repair of incoming/outgoing); acting on
    # something stays a verb
    assert not coded(resources, "Police acting on a tip arrested two men in Lyon.")


@pytest.mark.parametrize(
    "text",
    [
        "Canada has sent two warships to the Arctic port of Churchill.",
        "Russia sent warships to the Mediterranean.",
    ],
)
def test_warships_sent_are_deployed_not_given(resources, text):
    types = {e.event_type for e in coded(resources, text)}
    assert "MOBILIZE" in types and "AID" not in types


def test_a_sponsor_dropped_is_no_severance(resources):
    assert not coded(resources, "The team dropped its links with the sponsor.")


def test_the_islamic_state_is_no_country_word(resources):
    text = "Russia attacked Ukraine. Iraq condemned the Islamic State for the attack."
    assert ("ACCUSE", "IRQ", "UKR") not in dyads(resources, text)
    assert ("ACCUSE", "IRQ", "IMG") in dyads(resources, text)


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("EPA", "USA", "GOV"),
        ("DEA", "USA", "COP"),
        ("ISI", "PAK", "SPY"),
        ("BND", "DEU", "SPY"),
        ("DGSE", "FRA", "SPY"),
        ("Storting", "NOR", "LEG"),
        ("Gazprom", "RUS", "BUS"),
        ("Aramco", "SAU", "BUS"),
    ],
)
def test_state_institutions_and_companies_by_name(resources, name, code, sector):
    doc = resources.parser(f"The {name} said on Monday that it was reviewing the case.")
    assert [(m.actor.code, m.actor.sector) for m in resolve(doc, resources.catalogue)] == [
        (code, sector)
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan's Foreign Office said the talks would resume.", "PAK"),
        ("The Pakistani Foreign Office said the talks would resume.", "PAK"),
        ("Taiwan's EPA said the talks would resume.", "TWN"),
        # the seat's own country, or no owner: the seat's country
        ("Britain's Foreign Office said the talks would resume.", "GBR"),
        ("The Foreign Office said the talks would resume.", "GBR"),
    ],
)
def test_a_seat_named_with_an_owner_is_the_owners(resources, text, code):
    found = resolve(resources.parser(text), resources.catalogue)
    office = [m for m in found if m.actor.sector == "GOV"]
    assert [m.actor.code for m in office] == [code]


def test_a_foreign_office_summoning_is_its_countrys(resources):
    text = "Pakistan's Foreign Office summoned the Indian envoy."
    assert ("ACCUSE", "PAK", "IND") in dyads(resources, text)
    assert not any(s == "GBR" for _, s, _ in dyads(resources, text))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a town, then "Georgia, United States": the US state
        ("Workers were detained at a plant in Ellabell, Georgia, United States.", ["USA"]),
        ("A tornado struck Ellabell, Georgia, U.S.", ["USA"]),
        # the country, with the United States named elsewhere in the article
        ("Russia invaded Georgia in 2008, the United States said.", ["RUS", "GEO", "USA"]),
    ],
)
def test_georgia_followed_by_the_united_states_is_the_us_state(resources, text, codes):
    found = resolve(resources.parser(text), resources.catalogue)
    assert [m.actor.code for m in found if m.actor.code] == codes


def test_a_call_in_which_reporters_are_told_is_with_no_party(resources):
    events = coded(resources, "In a phone call, Putin told reporters that Russia would win.")
    calls = [e for e in events if e.event_type == "CONSULT"]
    assert calls and not any(e.target for e in calls)


@pytest.mark.parametrize(
    "text",
    [
        "The United States no longer recognizes Maduro as president.",
        "Poland will no longer accept refugees from Syria.",
        "Turkey will not any longer host Syrian refugees.",
    ],
)
def test_no_longer_negates(resources, text):
    events = coded(resources, text)
    assert not any(e.asserted for e in events if e.event_type in {"SUPPORT", "AID"})


def test_a_longer_stay_is_no_negation(resources):
    sides = event_sides(resources, "The US envoy stayed longer in Tokyo for talks with Japan.")
    assert ("CONSULT", fs("USA", "JPN"), fs(), True) in sides


def test_talks_stopped_are_halted(resources):
    text = "Canada has ceased discussing free trade with China."
    assert ("SANCTION", "CAN", "CHN") in dyads(resources, text)
    assert [e.cameo for e in coded(resources, text) if e.event_type == "SANCTION"] == ["164"]


# ------------------------------------------------------------------------------------------------
# fourth draw (2021 on, 30 words or more, seed 4545): imports suspended, staff reduced, borders
# reinforced


@pytest.mark.parametrize(
    "text",
    [
        # no country across the border, no one whose staff or goods are cut
        "The ministry announced a suspension of imports.",
        "The firm announced a reduction of its staff in India.",
        "Police reinforced the border crossing.",
    ],
)
def test_measures_with_no_party_code_nothing(resources, text):
    assert not any(e.event_type in {"SANCTION", "MOBILIZE"} for e in coded(resources, text))


# ------------------------------------------------------------------------------------------------
# one asserted dyad each, and one type each that must not be coded: the round's single-case
# mechanisms and their counterparts


@pytest.mark.parametrize(
    ("text", "dyad", "date"),
    [
        pytest.param(
            "China said it would impose sanctions on Lithuania.",
            ("THREATEN", "CHN", "LTU"),
            PUB,
            id="sanctions_to_come_are_still_a_threat",
        ),
        pytest.param(
            "Syrian forces massed near the border with Turkey.",
            ("MOBILIZE", "SYR", "TUR"),
            PUB,
            id="forces_massing_near_a_border",
        ),
        pytest.param(
            "Russian troops are massing along the Ukrainian border.",
            ("MOBILIZE", "RUS", "UKR"),
            PUB,
            id="forces_massing_along_a_border",
        ),
        pytest.param(
            "US Treasury Secretary Janet Yellen spoke to Chinese Vice Premier He Lifeng.",
            ("CONSULT", "USA", "CHN"),
            PUB,
            id="speaking_to_a_party_consults_it",
        ),
        pytest.param(
            "The US expressed approval of China's new currency policy.",
            ("SUPPORT", "USA", "CHN"),
            PUB,
            id="approval_voiced_supports",
        ),
        pytest.param(
            "Japan provided Vietnam with patrol boats.",
            ("AID", "JPN", "VNM"),
            PUB,
            id="boats_given_with",
        ),
        pytest.param(
            "France equipped the Ukrainian army with howitzers.",
            ("AID", "FRA", "UKR"),
            PUB,
            id="howitzers_equipped_with",
        ),
        pytest.param(
            "Germany equipped Moldova with generators.",
            ("AID", "DEU", "MDA"),
            PUB,
            id="generators_equipped_with",
        ),
        pytest.param(
            "Fiji expelled the acting New Zealand High Commissioner.",
            ("SANCTION", "FJI", "NZL"),
            "2008-12-23",
            id="a_high_commissioner_expelled",
        ),
        pytest.param(
            "Fiji expels acting New Zealand High Commissioner Caroline McDonald.",
            ("SANCTION", "FJI", "NZL"),
            "2008-12-23",
            id="a_named_high_commissioner_expelled",
        ),
        pytest.param(
            "Japan gave the Philippines two warships.",
            ("AID", "JPN", "PHL"),
            PUB,
            id="warships_given_are_aid",
        ),
        pytest.param(
            "Liberia dropped diplomatic relations with Taiwan.",
            ("SANCTION", "LBR", "TWN"),
            PUB,
            id="relations_dropped",
        ),
        pytest.param(
            "Liberia abandoned diplomatic relations with Taiwan.",
            ("SANCTION", "LBR", "TWN"),
            PUB,
            id="relations_abandoned",
        ),
        pytest.param(
            "Qatar hosted talks on Monday. Saudi Arabia praised the Gulf state's mediation.",
            ("SUPPORT", "SAU", "QAT"),
            PUB,
            id="the_gulf_state",
        ),
        pytest.param(
            "China dismantled its tracking station in Kiribati following the Pacific atoll "
            "nation's recognition of Taiwan.",
            ("SUPPORT", "KIR", "TWN"),
            PUB,
            id="the_pacific_atoll_nation",
        ),
        pytest.param(
            "Gazprom cut gas supplies to Poland.",
            ("SANCTION", "RUS", "POL"),
            PUB,
            id="a_state_company_cutting_supplies_is_its_state",
        ),
        pytest.param(
            "Wagner fighters attacked Ukrainian positions near Bakhmut.",
            ("ASSAULT", "RUS", "UKR"),
            "2023-01-10",
            id="wagner_fighting_in_ukraine_is_russian",
        ),
        pytest.param(
            "In a phone call on Tuesday, Putin told Erdogan that Russia would support Turkey.",
            ("CONSULT", "RUS", "TUR"),
            PUB,
            id="a_call_is_with_the_one_told",
        ),
        pytest.param(
            "In a telephone conversation, Macron assured Zelensky of France's support.",
            ("CONSULT", "FRA", "UKR"),
            PUB,
            id="a_conversation_is_with_the_one_assured",
        ),
        pytest.param(
            "The United States no longer recognizes Maduro as president.",
            ("REJECT", "USA", "VEN"),
            "2019-02-01",
            id="no_longer_recognising_is_a_rejection",
        ),
        pytest.param(
            "The US Department of Agriculture announces a temporary suspension on imports of "
            "mangoes from Michoacán, Mexico.",
            ("SANCTION", "USA", "MEX"),
            PUB,
            id="a_suspension_on_imports",
        ),
        pytest.param(
            "China announced a halt to exports of rare earths to Japan.",
            ("SANCTION", "CHN", "JPN"),
            PUB,
            id="a_halt_to_exports",
        ),
        pytest.param(
            "Ukraine orders a reduction of Belarusian staff in Ukraine to only five diplomats.",
            ("SANCTION", "UKR", "BLR"),
            PUB,
            id="diplomatic_staff_reduced",
        ),
        pytest.param(
            "Tajikistan reinforces its border with Afghanistan.",
            ("MOBILIZE", "TJK", "AFG"),
            PUB,
            id="a_border_reinforced",
        ),
        pytest.param(
            "Poland strengthened its border with Belarus.",
            ("MOBILIZE", "POL", "BLR"),
            PUB,
            id="a_border_strengthened",
        ),
    ],
)
def test_an_asserted_dyad(resources, text, dyad, date):
    assert dyad in dyads(resources, text, date)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the help goes on, or what is stopped is no help
        ("The United States did not stop providing aid to Jordan.", "SANCTION"),
        ("Iran refused to stop supplying drones to Russia.", "SANCTION"),
        ("Russia stopped attacking Ukrainian ports.", "SANCTION"),
        # complaints to come are announced, not threatened
        (
            "The Philippine government said it will file a complaint against China at the "
            "tribunal.",
            "THREATEN",
        ),
        ("Argentina said it would lodge a complaint with the United Nations about Britain.", "THREATEN"),
        # what is "met with" a response meets no one
        ("Russia will be met with international consequences, the United States said.", "CONSULT"),
        ("The protesters were met with tear gas by Turkish police.", "CONSULT"),
        # speaking to an assembly or the press consults no party
        ("Macron spoke to the UN General Assembly about Iran.", "CONSULT"),
        ("Zelensky spoke to the US Congress on Wednesday.", "CONSULT"),
        ("Modi spoke to reporters in Paris.", "CONSULT"),
        # approval of one's own plan names no one
        ("The cabinet expressed approval of the budget.", "SUPPORT"),
        # a named person expelled with no title is no diplomat
        ("Russia expelled John Sullivan, an American businessman.", "SANCTION"),
    ],
)  # fmt: skip
def test_no_event_of_the_type(resources, text, absent):
    assert absent not in {e.event_type for e in coded(resources, text)}
