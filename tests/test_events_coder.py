"""The event coder on sentences written for these tests, one construction at a time.

Each test names the construction it checks; the sentences are the project's own. They run the
real parser, actor resolver and lexicon, so a regression anywhere on the path shows here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import Trace
from detente.model import Event
from support import codes
from support.events import coded


def one(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} among {[(e.event_type, e.rule) for e in events]}"
    return found[0]


# -- source and target from syntax -------------------------------------------------------------


def test_active_verb_with_object_noun_and_preposition(resources):
    ev = one(
        coded(resources, "Japan imposed new sanctions on Iran over its missile tests."), "SANCTION"
    )
    assert codes(ev.source) == {"JPN"}
    assert codes(ev.target) == {"IRN"}
    assert ev.cameo == "163" and ev.quad_class == 4 and ev.goldstein < 0
    assert ev.asserted


def test_passive_agent_is_the_source(resources):
    ev = one(
        coded(resources, "A Ukrainian border village was shelled by Russian forces."), "ASSAULT"
    )
    assert codes(ev.source) == {"RUS"}
    assert codes(ev.target) == {"UKR"}


def test_compound_subject_gives_two_sources(resources):
    ev = one(
        coded(resources, "France and Germany condemned the missile strike on Syria."), "ACCUSE"
    )
    assert codes(ev.source) == {"FRA", "DEU"}


def test_meeting_parties_are_all_sources(resources):
    ev = one(coded(resources, "Brazil held talks with Argentina in Buenos Aires."), "CONSULT")
    assert codes(ev.source) == {"BRA", "ARG"}
    assert not ev.target


def test_visit_is_directed_from_visitor_to_host(resources):
    ev = one(coded(resources, "Kenya's president visited Ethiopia on Monday."), "CONSULT")
    assert ev.mode == "visit"
    assert codes(ev.source) == {"KEN"} and codes(ev.target) == {"ETH"}


def test_never_takes_actors_from_an_unrelated_clause(resources):
    events = coded(
        resources,
        "While Chile hosted a trade fair, Peru expelled two diplomats from Bolivia.",
    )
    ev = one(events, "SANCTION")
    assert codes(ev.source) == {"PER"}
    assert codes(ev.target) == {"BOL"}
    assert "CHL" not in codes(ev.source) | codes(ev.target)


def test_relative_clause_subject_is_the_noun_it_modifies(resources):
    ev = one(
        coded(resources, "Police detained Ghanaian traders who had blocked a road in Accra."),
        "PROTEST",
    )
    assert codes(ev.source) == {"GHA"}


def test_sector_comes_from_the_head_word(resources):
    ev = one(coded(resources, "North Korean troops attacked a Ukrainian village."), "ASSAULT")
    (src,) = ev.source
    assert (src.code, src.sector) == ("PRK", "MIL")


# -- noun events --------------------------------------------------------------------------------


def test_noun_event_with_possessor_and_preposition(resources):
    ev = one(coded(resources, "Modi's visit to Japan drew large crowds."), "CONSULT")
    assert codes(ev.source) == {"IND"} and codes(ev.target) == {"JPN"}
    assert ev.mode == "visit" and ev.rule.startswith("visit.n")


def test_noun_event_between_two_parties(resources):
    ev = one(
        coded(resources, "The summit between Vietnam and Laos ended without a statement."),
        "CONSULT",
    )
    assert codes(ev.source) == {"VNM", "LAO"}


def test_noun_event_borrows_the_subject_of_its_support_verb(resources):
    ev = one(coded(resources, "Canada and Australia joined sanctions against Belarus."), "SANCTION")
    assert codes(ev.source) == {"CAN", "AUS"} and codes(ev.target) == {"BLR"}


def test_compound_modifier_is_not_an_event(resources):
    events = coded(resources, "Aid groups from Norway delivered food to Yemen.")
    assert [e.event_type for e in events] == ["AID"]
    assert codes(events[0].target) == {"YEM"}


# -- modality -----------------------------------------------------------------------------------


def test_negation_on_the_verb(resources):
    ev = one(coded(resources, "Egypt did not sign the accord with Israel."), "SUPPORT")
    assert ev.negated and not ev.asserted


def test_denial_negates_what_it_denies_but_is_itself_asserted(resources):
    events = coded(
        resources,
        "Tehran and Damascus have denied that Iran would sell drones to Syria, but they have "
        "pledged to deepen military cooperation.",
    )
    deny = one(events, "REJECT")
    assert deny.asserted and codes(deny.source) == {"IRN", "SYR"}
    sale = one(events, "AID")
    assert sale.negated and sale.hypothetical and not sale.asserted
    assert codes(sale.source) == {"IRN"} and codes(sale.target) == {"SYR"}
    pledge = one(events, "AGREE")
    assert pledge.asserted and pledge.cameo == "0312"  # intent to cooperate militarily
    cooperation = one(events, "COOPERATE")
    assert cooperation.future and not cooperation.negated


def test_refusal_governs_its_complement(resources):
    events = coded(resources, "Hungary refused to extradite the suspect to Romania.")
    assert one(events, "REJECT").asserted
    assert one(events, "COOPERATE").negated


@pytest.mark.parametrize(
    "text",
    [
        "Brazil may recall its ambassador from Argentina.",
        "Brazil is likely to recall its ambassador from Argentina.",
        "Brazil could possibly recall its ambassador from Argentina.",
        "If talks fail, Brazil will recall its ambassador from Argentina.",
    ],
)
def test_hypothetical_cues(resources, text):
    ev = one(coded(resources, text), "SANCTION")
    assert ev.hypothetical and not ev.asserted


def test_remains_to_be_seen_whether(resources):
    events = coded(
        resources, "It remains to be seen whether India and Pakistan agree to hold talks."
    )
    assert one(events, "AGREE").hypothetical
    assert not any(e.asserted for e in events)


def test_unlikely_to_is_not_asserted(resources):
    ev = one(coded(resources, "China is unlikely to provide Iran with fighter jets."), "AID")
    assert not ev.asserted and codes(ev.target) == {"IRN"}


def test_future_action_and_the_announced_intent(resources):
    # a plain future is the planned act only; the intent is an event when reported expressed
    events = coded(resources, "Germany will provide humanitarian aid to Sudan.")
    aid = one(events, "AID")
    assert aid.future and not aid.asserted and aid.mode == "humanitarian"
    assert not [e for e in events if e.asserted]
    events = coded(resources, "Germany said it will provide humanitarian aid to Sudan.")
    intent = one(events, "AGREE")
    assert intent.asserted and intent.cameo == "0333" and codes(intent.target) == {"SDN"}


def test_vow_is_future_for_what_is_vowed(resources):
    events = coded(resources, "Kenya vowed to boost military ties with Uganda.")
    assert one(events, "AGREE").asserted
    assert one(events, "COOPERATE").future


def test_threat_with_an_ultimatum(resources):
    ev = one(
        coded(resources, "Iran threatened to launch an offensive unless Iraq accepted its terms."),
        "THREATEN",
    )
    assert codes(ev.source) == {"IRN"} and codes(ev.target) == {"IRQ"}


def test_scope_stops_at_the_subject_noun_phrase(resources):
    ev = one(coded(resources, "Ghana's talks with Togo could help settle the dispute."), "CONSULT")
    assert ev.asserted  # "could" applies to helping, not to the talks


# -- reported speech ----------------------------------------------------------------------------


def test_reported_event_keeps_its_own_actors_and_names_the_speaker(resources):
    ev = one(
        coded(
            resources,
            "Officials in Seoul said North Korea fired artillery shells at a South Korean island.",
        ),
        "ASSAULT",
    )
    assert codes(ev.source) == {"PRK"} and codes(ev.target) == {"KOR"}
    assert codes(ev.reported_by) == {"KOR"}


def test_speaker_announcing_its_own_plan_is_an_intent(resources):
    events = coded(resources, "Norway said it would send food aid to Haiti.")
    intent = one(events, "AGREE")
    assert codes(intent.source) == {"NOR"} and codes(intent.target) == {"HTI"}
    assert one(events, "AID").future


def test_speaker_saying_another_must_act_is_a_demand(resources):
    ev = one(coded(resources, "Poland said Russia must return the seized ship."), "REQUEST")
    assert codes(ev.source) == {"POL"} and codes(ev.target) == {"RUS"}


def test_accused_act_is_not_asserted(resources):
    events = coded(resources, "Armenia accused Azerbaijan of shelling its villages.")
    accuse = one(events, "ACCUSE")
    assert codes(accuse.target) == {"AZE"}
    shelling = one(events, "ASSAULT")
    assert shelling.hypothetical and codes(shelling.source) == {"AZE"}


# -- dates --------------------------------------------------------------------------------------


def test_year_in_the_clause_dates_the_event(resources):
    ev = one(
        coded(resources, "In 2019, Kim Jong Un visited Vladivostok for talks with Putin."),
        "CONSULT",
    )
    assert ev.date == dt.date(2019, 1, 1) and ev.date_precision == "year"
    assert ev.historical


def test_relative_dates_against_publication(resources):
    ev = one(coded(resources, "Chad expelled French diplomats two years ago."), "SANCTION")
    assert ev.date == dt.date(2022, 1, 1) and ev.historical
    ev = one(coded(resources, "Chad expelled French diplomats last month."), "SANCTION")
    assert ev.date == dt.date(2024, 2, 1) and ev.date_precision == "month"
    ev = one(coded(resources, "Chad expelled French diplomats on Monday."), "SANCTION")
    assert ev.date == dt.date(2024, 3, 4) and ev.date_precision == "day"


def test_no_time_words_gives_the_publication_date(resources):
    ev = one(coded(resources, "Chad expelled French diplomats."), "SANCTION")
    assert ev.date == dt.date(2024, 3, 5) and not ev.historical


def test_early_in_his_rule_uses_the_term_of_office(resources):
    text = "Kim Jong Un rules North Korea. Early in his rule, Kim saw China join sanctions against his country."
    ev = one(coded(resources, text, date="2023-09-12"), "SANCTION")
    assert ev.date is not None and ev.date.year == 2011 and ev.historical


# -- provenance, trace, de-duplication ---------------------------------------------------------


def test_provenance_points_into_the_text(resources):
    text = "After weeks of strain, Spain recalled its ambassador from Algeria."
    (ev,) = [e for e in coded(resources, text) if e.event_type == "SANCTION"]
    start, end = ev.char_span
    assert text[start:end] == ev.trigger
    assert "recalled" in ev.trigger
    assert ev.sentence == text and ev.sentence_index == 0
    assert ev.rule and 0 < ev.confidence < 1


def test_trace_records_why(resources):
    trace = Trace()
    coded(resources, "Brazil may recall its ambassador from Argentina.", trace=trace)
    notes = " ".join(n for _, _, n in trace)
    assert "matched rule" in notes and "may" in notes and "source" in notes


def test_one_happening_told_twice_is_one_event(resources):
    text = (
        "Morocco imposed sanctions on Algeria on Friday.\n"
        "Morocco imposed sanctions on Algeria on Friday, officials said."
    )
    events = [e for e in coded(resources, text) if e.event_type == "SANCTION"]
    assert len(events) == 1


def test_sentence_without_actors_gives_no_event(resources):
    assert coded(resources, "Floods killed dozens of people after the dam burst.") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "?!",
        "The.",
        "Sanctions sanctions sanctions attack attack visit.",
        "x " * 300,
        "“They said that,” he said, “they would not.”",
    ],
)
def test_odd_input_does_not_crash(resources, text):
    assert isinstance(coded(resources, text), list)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the Syrian report, the French minister declined to comment.",
        "The Indian government described the plan in March of this year.",
        "The painting was offered to the Kenyan president in 2017.",
        "Storm warnings were issued across the Philippines on Sunday.",
        "Turkish President Erdogan spoke at a campaign rally in Ankara.",
    ],
)
def test_words_that_only_look_like_events(resources, text):
    assert coded(resources, text) == [], [(e.event_type, e.rule) for e in coded(resources, text)]


def test_mutual_comes_from_the_rule_not_from_two_sources(resources) -> None:
    """A meeting's parties are all sources of a mutual event; two countries that condemn
    something together are two sources of an event that is not between them."""
    import detente

    met = detente.code("Vladimir Putin and Kim Jong Un met in Vladivostok.", resources=resources)
    condemned = detente.code(
        "China and Japan condemned the missile launch on Friday.", resources=resources
    )
    meeting = next(e for e in met if e.event_type == "CONSULT")
    assert meeting.mutual and {a.code for a in meeting.source} == {"RUS", "PRK"}
    accusation = next(e for e in condemned if e.event_type == "ACCUSE")
    assert len(accusation.source) == 2 and not accusation.mutual


def test_leaders_are_coded_by_the_office_held_on_the_event_date(resources) -> None:
    """Trump was out of office when this was published, in office when the meeting happened."""
    import detente

    (meeting,) = [
        e
        for e in detente.code(
            "In 2019, Trump met Kim at the DMZ.", date="2023-09-13", resources=resources
        )
        if e.event_type == "CONSULT"
    ]
    parties = {a.name: (a.code, a.sector) for a in meeting.source}
    assert parties == {"Donald Trump": ("USA", "GOV"), "Kim Jong Un": ("PRK", "GOV")}
    assert meeting.mutual and meeting.date_precision == "year"
    (later,) = detente.code(
        "Trump criticised Biden on Monday.", date="2023-09-13", resources=resources
    )
    assert (later.source[0].code, later.source[0].sector) == ("USA", None)
