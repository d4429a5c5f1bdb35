"""What a governing word does to the clause, gerund or noun it governs: warned against, asked
whether, refrained from, opposed, rejected the ..., purpose clauses, time references.

The sentences are the project's own; each test names the construction it checks and asserts the
modality a reader would give it (an event the text does not say happened is never asserted).
"""

from __future__ import annotations

from support import codes, of_type
from support.events import PUB, coded

# -- gerunds governed through a preposition ---------------------------------------------------


def test_warned_against_doing_is_no_report_that_it_was_done(resources):
    events = coded(resources, "Canada warned Venezuela against selling weapons to Iran.")
    threat = of_type(events, "THREATEN")
    assert threat and threat[0].asserted
    assert codes(threat[0].source) == {"CAN"} and codes(threat[0].target) == {"VEN"}
    assert not [e for e in events if e.event_type == "AID" and e.asserted]


def test_warned_someone_to_do_something_is_not_asserted(resources):
    events = coded(resources, "Turkey warned Greece to withdraw its troops from the islands.")
    assert of_type(events, "THREATEN")[0].asserted
    retreat = of_type(events, "RETREAT")
    assert retreat and not retreat[0].asserted


def test_refrained_from_doing_is_negated(resources):
    events = coded(resources, "Brazil refrained from condemning Venezuela's seizure of the ship.")
    accuse = of_type(events, "ACCUSE")
    assert accuse and accuse[0].negated and not accuse[0].asserted


def test_stopped_someone_from_doing_is_negated(resources):
    events = coded(resources, "Austria stopped Hungary from sending weapons to Serbia.")
    aid = of_type(events, "AID")
    assert aid and aid[0].negated


def test_an_opposed_gerund_is_not_asserted(resources):
    events = coded(resources, "Mexico opposed sending troops to Haiti.")
    assert of_type(events, "REJECT")[0].asserted
    assert not [e for e in events if e.event_type == "MOBILIZE" and e.asserted]


def test_infinitive_after_a_demand_noun_misparsed_as_relative_clause(resources):
    events = coded(resources, "Serbia rejected calls to withdraw its police from Kosovo.")
    assert not [e for e in events if e.event_type == "RETREAT" and e.asserted]


def test_a_hope_is_no_announced_intention_even_when_the_lemma_is_wrong(resources):
    # the statistical lemmatiser reads "hopes" as "hop"; the cue must still work
    events = coded(resources, "Oslo hopes that Moscow will resume talks with Kyiv.")
    assert not [e for e in events if e.asserted]


# -- questions, requests and purposes ---------------------------------------------------------


def test_asking_whether_is_a_question_not_a_request(resources):
    events = coded(resources, "Poland asked Germany whether it would send tanks to Ukraine.")
    assert not of_type(events, "REQUEST")
    assert not [e for e in events if e.event_type == "AID" and e.asserted]


def test_asking_someone_to_act_is_still_a_request(resources):
    events = coded(resources, "Poland asked Germany to send tanks to Ukraine.")
    request = of_type(events, "REQUEST")
    assert request and codes(request[0].source) == {"POL"} and codes(request[0].target) == {"DEU"}


def test_a_passive_participle_clause_takes_its_agent_as_source(resources):
    # the host clause's subject is the one criticised, not the critic
    events = coded(resources, "Criticised by Paris, Algiers expelled two reporters.")
    accuse = of_type(events, "ACCUSE")
    assert accuse
    assert codes(accuse[0].source) == {"FRA"} and codes(accuse[0].target) == {"DZA"}


def test_called_for_a_ceasefire_is_a_request_not_a_ceasefire(resources):
    events = coded(resources, "Norway called for a ceasefire between Sudan and South Sudan.")
    request = of_type(events, "REQUEST")
    # those asked to cease fire are the request's recipients (the object of "for")
    assert request and codes(request[0].target) == {"SDN", "SSD"}
    assert not [e for e in events if e.event_type == "RETREAT" and e.asserted]


def test_a_purpose_clause_is_an_aim_not_a_deed(resources):
    events = coded(
        resources, "Egypt and Sudan signed a deal in Cairo to reopen their border crossings."
    )
    assert of_type(events, "SUPPORT")[0].asserted
    assert not [e for e in events if e.event_type == "RETREAT" and e.asserted]


# -- definite objects of a verb of judgement ---------------------------------------------------


def test_rejecting_the_sanctions_does_not_make_them_the_rejecters(resources):
    events = coded(resources, "Iran's foreign ministry rejected the sanctions.")
    reject = of_type(events, "REJECT")
    assert reject and reject[0].asserted and codes(reject[0].source) == {"IRN"}
    assert not [e for e in of_type(events, "SANCTION") if "IRN" in codes(e.source)]


def test_refusing_talks_is_still_a_refusal_of_ones_own_talks(resources):
    events = coded(resources, "Armenia refused talks with Azerbaijan.")
    reject = of_type(events, "REJECT")
    assert reject and codes(reject[0].target) == {"AZE"}


def test_backing_a_definite_call_leaves_the_call_asserted(resources):
    events = coded(resources, "Chile backed Peru's call for new elections in Bolivia.")
    request = of_type(events, "REQUEST")
    assert request and request[0].asserted and codes(request[0].source) == {"PER"}


# -- time references and headings -------------------------------------------------------------


def test_an_event_named_as_a_time_reference_is_background(resources):
    events = coded(
        resources,
        "Kenya's president visited Ethiopia for the first time since the start of "
        "Eritrea's invasion of Somalia.",
    )
    visit = of_type(events, "CONSULT")[0]
    assert visit.asserted and not visit.historical
    invasion = of_type(events, "ASSAULT")
    assert invasion and invasion[0].historical


def test_ahead_of_a_summit_the_summit_is_still_to_come(resources):
    events = coded(
        resources, "Thai officials arrived in Hanoi ahead of the summit between Thailand and Laos."
    )
    visit = [e for e in of_type(events, "CONSULT") if e.mode == "visit"]
    assert visit and codes(visit[0].target) == {"VNM"} and visit[0].asserted
    summit = [e for e in of_type(events, "CONSULT") if codes(e.source) == {"THA", "LAO"}]
    assert summit and summit[0].future and not summit[0].asserted


def test_a_verbless_heading_reports_nothing(resources):
    assert (
        coded(resources, "Ethiopia–Eritrea relations, Eritrean invasion of Tigray, aftermath") == []
    )


# -- presupposed phrases, participles on objects, appeals, hedges ------------------------------


def test_a_concessive_phrase_takes_its_event_as_given(resources):
    # the "will" of the clause does not reach "despite ...": no announced invasion, no threat
    events = coded(
        resources, "The fair will stay open to all despite Russia's invasion of Georgia."
    )
    assert not of_type(events, "THREATEN")
    invasion = of_type(events, "ASSAULT")
    assert invasion and invasion[0].asserted


def test_a_participle_on_a_vetoed_resolution_was_not_adopted(resources):
    events = coded(
        resources, "China vetoed a UN Security Council resolution condemning Myanmar's junta."
    )
    assert of_type(events, "REJECT")[0].asserted
    assert not [e for e in of_type(events, "ACCUSE") if e.asserted]


def test_agreeing_to_talks_announces_them(resources):
    events = coded(resources, "Georgia agrees to further talks with Russia.")
    agree = of_type(events, "AGREE")
    assert agree and agree[0].asserted and codes(agree[0].target) == {"RUS"}
    assert not [e for e in of_type(events, "CONSULT") if e.asserted]


def test_agreeing_to_seek_talks_is_an_intention_not_a_threat(resources):
    events = coded(resources, "Armenia and Georgia agreed to seek talks with Turkey.")
    assert not of_type(events, "THREATEN")
    assert of_type(events, "AGREE")[0].asserted


def test_almost_reaching_a_deal_is_not_reaching_it(resources):
    events = coded(resources, "Greece and Turkey had almost reached an agreement on the islands.")
    assert not [e for e in of_type(events, "AGREE") if e.asserted]


def test_a_dispute_over_an_extradition_is_no_fighting(resources):
    events = coded(resources, "Britain and Russia began fighting over the extradition of a banker.")
    assert not of_type(events, "ASSAULT")


def test_announced_meeting_is_dated_when_announced_not_when_held(resources):
    events = coded(
        resources,
        "President Lula announced that he will meet Argentina's president in Brasilia on March 20.",
    )
    agree = of_type(events, "AGREE")
    assert agree and agree[0].asserted and str(agree[0].date) == PUB
    meeting = [e for e in of_type(events, "CONSULT") if e.future]
    assert meeting and str(meeting[0].date) == "2024-03-20"


def test_a_time_inside_a_reference_phrase_dates_that_phrase_only(resources):
    events = coded(
        resources,
        "The leaders of Chile and Peru met for the first time since their summit last year.",
    )
    met = [e for e in of_type(events, "CONSULT") if e.trigger.startswith("met")]
    assert met and met[0].asserted and not met[0].historical


def test_any_such_event_is_no_particular_one(resources):
    events = coded(resources, "Minsk warned that any attack on Belarus would be met with force.")
    assert not [e for e in of_type(events, "ASSAULT") if e.asserted]


def test_a_modal_on_the_verb_that_joins_an_event_reaches_the_event(resources):
    events = coded(resources, "Chadian troops could soon join the fighting in Sudan.")
    fighting = of_type(events, "ASSAULT")
    assert fighting and not fighting[0].asserted
    events = coded(resources, "Chadian troops joined the fighting in Sudan.")
    assert of_type(events, "ASSAULT")[0].asserted


def test_a_year_holding_the_publication_day_is_anchored_on_it(resources):
    events = coded(
        resources, "The 2024 summit between Brazil and Argentina ended in Lima.", date=PUB
    )
    summit = of_type(events, "CONSULT")
    assert summit and str(summit[0].date) == PUB and summit[0].date_precision == "year"
    assert not summit[0].historical


def test_approving_strikes_is_not_striking(resources):
    events = coded(resources, "Norway has approved Ukrainian airstrikes on Russian territory.")
    assert not [e for e in of_type(events, "ASSAULT") if e.asserted]


def test_talks_that_will_resume_are_still_to_come(resources):
    events = coded(resources, "Officials said talks between Serbia and Kosovo will resume in May.")
    talks = [e for e in of_type(events, "CONSULT") if codes(e.source) == {"SRB", "XKX"}]
    assert talks and not talks[0].asserted
    events = coded(resources, "Talks between Serbia and Kosovo resumed in Brussels.")
    assert [e for e in of_type(events, "CONSULT") if e.asserted]


def test_an_announced_visit_next_month_is_announced_today(resources):
    events = coded(resources, "Lula said he will make a state visit to Angola next month.")
    agree = of_type(events, "AGREE")
    assert agree and str(agree[0].date) == PUB and not agree[0].historical


def test_assenting_to_someone_elses_sanctions_is_no_threat(resources):
    events = coded(resources, "Brazil and India have agreed to U.N. sanctions on Eritrea.")
    assert not of_type(events, "THREATEN")
    agree = of_type(events, "AGREE")
    assert agree and "UN" in codes(agree[0].target)
