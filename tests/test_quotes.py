"""Quotations and reported speech, one construction per test, on sentences written for these
tests (no third-party text), plus the seed article read from ../shared."""

from __future__ import annotations

from functools import partial

import pytest

from detente import quotes as quotes_stage
from detente.actors import antecedent
from detente.model import Actor, Mention, Quote
from detente.quotes.marks import find_quoted

# the stage as the pipeline calls it: with the actors stage's pronoun resolver
extract_quotes = partial(quotes_stage.extract_quotes, antecedent=antecedent)
attributions = partial(quotes_stage.attributions, antecedent=antecedent)

# ------------------------------------------------------------------------------------------
# the mark scanner alone (no model needed)


def _contents(text: str) -> list[str]:
    return [q.content(text) for q in find_quoted(text)]


def test_curly_and_straight_marks_are_both_quotations() -> None:
    text = '“The talks went well,” she said. "We meet again in May," he said.'
    assert _contents(text) == ["The talks went well,", "We meet again in May,"]


def test_apostrophes_are_not_marks() -> None:
    text = "The envoy’s plan and Seoul's reply came in the '90s, not in rock 'n' roll days."
    assert find_quoted(text) == []


def test_plural_possessive_inside_a_single_quoted_quotation() -> None:
    text = "‘The farmers’ anger is real,’ the minister said."
    assert _contents(text) == ["The farmers’ anger is real,"]


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "“They called it ‘a new dawn’ for the region,” the envoy said."
    assert _contents(text) == ["They called it ‘a new dawn’ for the region,"]


def test_quotation_continued_over_paragraphs_drops_the_reopening_mark() -> None:
    text = "“The first paragraph ends open.\n\n“The second one closes,” she said.\n\nNo quote here."
    [q] = find_quoted(text)
    assert q.closed
    assert q.content(text) == "The first paragraph ends open.\n\nThe second one closes,"


def test_paragraph_reopened_with_another_kind_of_mark_is_a_new_quotation() -> None:
    text = '"An excerpt starts here.\n\n“A quote inside it,” she said.'
    quoted = find_quoted(text)
    assert [q.closed for q in quoted] == [False, True]


def test_doubled_apostrophes_are_double_marks() -> None:
    text = "''We will not move,'' the mayor said."
    assert _contents(text) == ["We will not move,"]


# ------------------------------------------------------------------------------------------
# attribution over a parse


def _quotes(nlp, text: str, mentions: list[Mention] | None = None) -> list[Quote]:
    return extract_quotes(nlp(text), mentions or [])


def _one(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.content]
    assert len(found) == 1, [q.content for q in quotes]
    return found[0]


def test_attribution_after_the_quotation(nlp) -> None:
    [q] = _quotes(nlp, "“The border will stay closed,” a Chinese diplomat said on Monday.")
    assert q.direct and q.cue == "said"
    assert q.content == "The border will stay closed"
    assert q.speaker is not None and q.speaker.text == "a Chinese diplomat"


def test_inverted_attribution(nlp) -> None:
    [q] = _quotes(nlp, "“Nobody expected the vote to pass,” said Maria Keller, a historian.")
    assert q.speaker is not None and q.speaker.text == "Maria Keller"
    assert q.cue == "said"


def test_attribution_before_the_quotation(nlp) -> None:
    quotes = _quotes(nlp, "The prime minister told reporters: “We will not sign this treaty.”")
    q = _one(quotes, "sign this treaty")
    assert q.direct and q.cue == "told"
    assert q.speaker is not None and q.speaker.text == "The prime minister"


def test_capitalised_attribution_after_a_full_stop_inside_the_marks(nlp) -> None:
    text = "“The sanctions have failed to change anything in the capital.” Another analyst said."
    [q] = _quotes(nlp, text)
    assert q.speaker is not None and q.speaker.text == "Another analyst"


def test_quotation_split_by_he_said_with_a_comma(nlp) -> None:
    text = "“We have waited long enough,” Jonas Berg said, “and now we want answers.”"
    [q] = _quotes(nlp, text)
    assert q.content == "We have waited long enough and now we want answers."
    assert [text[s:e] for s, e in q.pieces] == [
        "We have waited long enough",
        "and now we want answers.",
    ]
    assert q.char_span == (q.pieces[0][0], q.pieces[-1][1])
    assert q.speaker is not None and q.speaker.text == "Jonas Berg"
    assert q.speaker_span is not None and text[slice(*q.speaker_span)] == "Jonas Berg"


def test_quotation_split_by_an_inverted_attribution(nlp) -> None:
    text = "“The bridge is safe,” said Lina Okafor, the city engineer, “but it needs new cables.”"
    [q] = _quotes(nlp, text)
    assert [text[s:e] for s, e in q.pieces] == ["The bridge is safe", "but it needs new cables."]
    assert q.speaker is not None and q.speaker.text == "Lina Okafor"


def test_quotation_split_by_he_said_with_a_full_stop(nlp) -> None:
    text = "“The harvest was poor,” the farmer said. “Prices will rise before winter.”"
    [q] = _quotes(nlp, text)
    assert (
        len(q.pieces) == 2 and q.content == "The harvest was poor Prices will rise before winter."
    )
    assert q.speaker is not None and q.speaker.text == "the farmer"


def test_attribution_split_pieces_are_one_attribution(nlp) -> None:
    text = "“The harvest was poor,” the farmer said. “Prices will rise before winter.”"
    [a] = attributions(nlp(text), [])
    assert len(a.pieces) == 2


def test_quotation_over_several_sentences(nlp) -> None:
    text = (
        "“The port is shut. Ships are waiting offshore. Nobody knows for how long,” a trader said."
    )
    [q] = _quotes(nlp, text)
    assert q.content.startswith("The port is shut.") and q.content.endswith("for how long")
    assert q.speaker is not None and q.speaker.text == "a trader"


def test_quotation_over_paragraphs_is_one_quote_with_its_speaker(nlp) -> None:
    text = (
        "The minister spoke for an hour.\n\n"
        "“Our farmers need the rain. The dams are half empty.\n\n"
        "“We will ration water from June,” she said.\n"
    )
    [q] = _quotes(nlp, text)
    assert "\n\nWe will ration water" in q.content and "“" not in q.content
    # the speaker is named by the pronoun of the attribution and resolved to the role before
    assert q.speaker is not None and q.speaker.text == "she" and q.speaker.sector == "GOV"
    assert q.speaker_span is not None and text[slice(*q.speaker_span)] == "she"


def test_pronoun_after_a_role_speaker_is_that_speaker(nlp) -> None:
    text = (
        "“The two navies have never trained together,” an expert said. "
        "“That will change this year,” he added."
    )
    first, second = _quotes(nlp, text)
    assert first.speaker is not None and first.speaker.text == "an expert"
    assert second.cue == "added"
    assert second.speaker == first.speaker.with_text("he")
    assert second.speaker_span is not None and text[slice(*second.speaker_span)] == "he"


def test_pronoun_resolves_to_the_person_named_before(nlp) -> None:
    text = "Olaf Brandt opened the meeting in Oslo. “We are ready to compromise,” he said."
    [q] = _quotes(nlp, text)
    assert q.speaker is not None and q.speaker.name == "Olaf Brandt"


def test_speaker_goes_on_in_the_next_paragraph(nlp) -> None:
    text = (
        "“The harvest was poor,” the farmer said.\n\n“Prices will rise before the winter comes.”\n"
    )
    first, second = _quotes(nlp, text)
    assert second.speaker is not None and second.speaker == first.speaker


def test_no_carry_over_when_the_paragraph_moves_on(nlp) -> None:
    text = (
        "“The harvest was poor,” the farmer said. The market closed early that day.\n\n"
        "“Prices will rise before the winter comes.”\n"
    )
    first, second = _quotes(nlp, text)
    assert first.speaker is not None and second.speaker is None


def test_unattributed_quotation_has_no_speaker(nlp) -> None:
    text = "The crowd grew quiet.\n\n“Nobody here wants another war in this valley.”\n\nThen it rained."
    [q] = _quotes(nlp, text)
    assert q.direct and q.speaker is None and q.cue is None


def test_scare_quotes_are_not_quotations(nlp) -> None:
    text = "The ministry called the drills a “provocation” and promised a “firm” answer."
    assert [q for q in _quotes(nlp, text) if q.direct] == []


def test_quoted_title_inside_a_sentence_is_not_a_quotation(nlp) -> None:
    text = "She wrote a book called “The Long Winter Of Our Discontent” in 1990."
    assert [q for q in _quotes(nlp, text) if q.direct] == []


def test_heading_in_quotes_is_not_a_quotation(nlp) -> None:
    text = "The vote was close.\n\n‘A Storm Over The Harbour’\n\nThe harbour was closed on Friday."
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("sign", [" ― ", "― ", " ―\xa0", " — "])
def test_quotation_signed_with_a_dash(nlp, sign: str) -> None:
    text = f"“This election was about bread, not flags.”{sign}Petra Novak\n“Next one here, unsigned.”\n"
    first, second = _quotes(nlp, text)
    assert first.speaker is not None and first.speaker.text == "Petra Novak"
    assert second.speaker is None  # a signature does not carry over to the next paragraph


def test_content_is_the_text_of_its_pieces_joined(nlp) -> None:
    text = "“The dam will be finished next year,” the engineer said. “It has cost too much.”"
    doc = nlp(text)
    [q] = extract_quotes(doc, [])
    assert q.content == " ".join(text[s:e] for s, e in q.pieces)
    assert q.char_span == (q.pieces[0][0], q.pieces[-1][1])
    assert q.to_dict()["pieces"] == [list(p) for p in q.pieces]
    assert Quote.from_dict(q.to_dict()) == q


# ------------------------------------------------------------------------------------------
# reported speech


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The foreign minister said that the talks would resume in March.",
            "said",
            "The foreign minister",
            "the talks would resume in March",
        ),
        (
            "The foreign minister said the talks would resume in March.",
            "said",
            "The foreign minister",
            "the talks would resume in March",
        ),
        (
            "The talks will resume in March, a senior official told reporters.",
            "told",
            "a senior official",
            "The talks will resume in March",
        ),
        (
            "The state news agency reported that two missiles were launched overnight.",
            "reported",
            "The state news agency",
            "two missiles were launched overnight",
        ),
        (
            "The general warned that the army would respond to any incursion.",
            "warned",
            "The general",
            "the army would respond to any incursion",
        ),
        (
            "Opposition leaders claimed the election had been rigged in the north.",
            "claimed",
            "Opposition leaders",
            "the election had been rigged in the north",
        ),
        (
            "The senator insisted that the bill would pass before the summer.",
            "insisted",
            "The senator",
            "the bill would pass before the summer",
        ),
        (
            "The company announced that it would close two factories next year.",
            "announced",
            "The company",
            "it would close two factories next year",
        ),
        (
            "The ambassador noted that trade between the two countries had doubled.",
            "noted",
            "The ambassador",
            "trade between the two countries had doubled",
        ),
        (
            "Economists argued that the new tariffs would hurt consumers most.",
            "argued",
            "Economists",
            "the new tariffs would hurt consumers most",
        ),
    ],
)
def test_reported_clause(nlp, text: str, cue: str, speaker: str, content: str) -> None:
    q = _one(_quotes(nlp, text), content.split()[1])
    assert not q.direct
    assert q.cue == cue
    assert q.content == content
    assert q.speaker is not None and q.speaker.text == speaker
    assert text[q.char_span[0] : q.char_span[1]] == q.content


def test_according_to_after_the_clause(nlp) -> None:
    text = "Three soldiers were wounded in the clash, according to local officials."
    [q] = _quotes(nlp, text)
    assert q.cue == "according to" and not q.direct
    assert q.content == "Three soldiers were wounded in the clash"
    assert q.speaker is not None and q.speaker.text == "local officials"


def test_according_to_before_the_clause(nlp) -> None:
    text = "According to the coast guard, the ferry sank within minutes."
    [q] = _quotes(nlp, text)
    assert q.content == "the ferry sank within minutes"
    assert q.speaker is not None and q.speaker.text == "the coast guard"


def test_added_introduces_a_reported_clause(nlp) -> None:
    text = "The mayor added that the bridge would reopen on Friday."
    [q] = _quotes(nlp, text)
    assert q.cue == "added" and q.content == "the bridge would reopen on Friday"


def test_nested_report_belongs_to_the_outer_attribution(nlp) -> None:
    text = "The spokesman said the minister had told him that the plan was dead."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text == "The spokesman"


def test_cue_inside_a_quotation_is_not_a_second_attribution(nlp) -> None:
    text = "“My brother said that the river had flooded the village,” the woman told reporters."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1 and quotes[0].direct


# ------------------------------------------------------------------------------------------
# speakers linked to actors


def _mention(doc, start: int, end: int, actor: Actor) -> Mention:
    span = doc[start:end]
    return Mention(
        actor=actor,
        start=span.start_char,
        end=span.end_char,
        token_start=start,
        token_end=end,
        head=span.root.i,
        sentence_index=0,
    )


def test_speaker_takes_the_actor_of_its_mention(nlp) -> None:
    doc = nlp("Two ships left the port overnight, KCNA reported.")
    kcna = next(t.i for t in doc if t.text == "KCNA")
    actor = Actor("KCNA", "Korean Central News Agency", "PRK", "MED", "organization", "org:kcna")
    [q] = extract_quotes(doc, [_mention(doc, kcna, kcna + 1, actor)])
    assert q.cue == "reported"
    assert q.speaker is not None
    assert (q.speaker.code, q.speaker.sector, q.speaker.kind) == ("PRK", "MED", "organization")


def test_role_speaker_takes_the_country_named_in_it(nlp) -> None:
    doc = nlp("“We are watching the border closely,” a Japanese official said.")
    jp = next(t.i for t in doc if t.text == "Japanese")
    japan = Actor("Japanese", "Japan", "JPN", None, "country", "country:JPN")
    [q] = extract_quotes(doc, [_mention(doc, jp, jp + 1, japan)])
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.code, q.speaker.sector) == (
        "a Japanese official",
        "JPN",
        "GOV",
    )


def test_role_speaker_without_actor_keeps_its_role(nlp) -> None:
    [q] = _quotes(nlp, "“The ceasefire is holding for now,” a senior diplomat said.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.code, q.speaker.sector, q.speaker.kind) == (
        None,
        None,
        "GOV",
        "person",
    )


def test_plural_role_speaker_is_a_group(nlp) -> None:
    [q] = _quotes(nlp, "The sanctions are unlikely to be lifted soon, analysts said.")
    assert q.speaker is not None and q.speaker.kind == "group"


def test_speakers_linked_through_the_actors_stage(resources) -> None:
    from detente import actors

    text = (
        "Two cargo ships left the port of Nampo overnight, KCNA reported. "
        "“The shipments will continue through the winter,” a US official said."
    )
    doc = resources.nlp(text)
    mentions = actors.resolve(doc, resources.catalogue)
    reported, quoted = extract_quotes(doc, mentions)
    assert reported.speaker is not None and reported.speaker.text == "KCNA"
    assert (reported.speaker.code, reported.speaker.sector) == ("PRK", "MED")
    assert quoted.speaker is not None and quoted.speaker.text == "a US official"
    assert (quoted.speaker.code, quoted.speaker.sector) == ("USA", "GOV")


# ------------------------------------------------------------------------------------------
# the seed article


def test_seed_article_expert_quotes(resources, seed_path) -> None:
    from detente import actors, extract, ingest

    article = extract.extract(ingest.read_path_single(seed_path))
    doc = resources.nlp(article.text)
    mentions = actors.resolve(doc, resources.catalogue, published=article.published)
    direct = [q for q in extract_quotes(doc, mentions) if q.direct]
    assert len(direct) == 3
    first, second, third = direct
    assert first.content.startswith("North Korea has basically been on its own")
    assert first.speaker is not None and first.speaker.text == "an expert"
    assert second.cue == "added" and second.content.startswith("Unlike the China-North Korea")
    assert second.speaker == first.speaker.with_text("he")
    assert third.content.startswith("Putin is unlikely to provide Kim")
    assert third.speaker is not None and third.speaker.text == "Another expert"
    for q in direct:
        assert " ".join(article.text[s:e] for s, e in q.pieces) == q.content
        assert q.speaker_span is not None
        assert article.text[slice(*q.speaker_span)] == q.speaker.text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The opposition called for a new election before the summer.",
            "called for",
            "a new election before the summer",
        ),
        (
            "The envoy urged both sides to return to the talks.",
            "urged",
            "both sides to return to the talks",
        ),
        (
            "The two governments vowed to expand their military ties.",
            "vowed",
            "to expand their military ties",
        ),
    ],
)
def test_speech_act_with_an_object_or_infinitive(nlp, text: str, cue: str, content: str) -> None:
    [q] = _quotes(nlp, text)
    assert not q.direct and q.cue == cue and q.content == content


def test_passive_speech_act_is_not_an_attribution(nlp) -> None:
    assert _quotes(nlp, "A ceasefire was called for by several governments.") == []


def test_a_question_put_to_someone_is_not_their_statement(resources) -> None:
    from detente import actors

    doc = resources.nlp(
        "Asked whether Moscow would help Pyongyang build satellites, the president said that "
        "was the reason for the visit."
    )
    found = extract_quotes(doc, actors.resolve(doc, resources.catalogue))
    assert [q.cue for q in found] == ["said"]
    assert found[0].content.startswith("that was the reason")


def test_pronoun_takes_the_person_named_in_its_own_sentence_over_the_last_speaker(nlp) -> None:
    # the last attribution's speaker is the usual antecedent of "he", but not when another
    # person is named between it and the pronoun, in the pronoun's own sentence
    text = (
        "“The harvest was poor,” the farmer Tomas Berg said. "
        "Mayor Olaf Brandt arrived an hour later, and he said that prices would stay low."
    )
    last = _one(_quotes(nlp, text), "prices")
    assert last.speaker is not None and last.speaker.name == "Olaf Brandt"


def test_pronoun_still_takes_the_last_speaker_when_nobody_else_is_named(nlp) -> None:
    text = (
        "“The harvest was poor,” the farmer Tomas Berg said. "
        "The market closed early, and he said that prices would stay low."
    )
    last = _one(_quotes(nlp, text), "prices")
    assert last.speaker is not None and last.speaker.name == "Tomas Berg"
