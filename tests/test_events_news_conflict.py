"""News forms of accusation, rejection, appeals, threats, sanctions, protest and force (issue 9).

Sentences written for these tests, in the register of wire copy: reported speech, offices and
demonyms for countries, idioms of criticism. Each test names the construction; negative cases
(denials, hypotheticals, one party only, a subject that clears itself) sit beside the positive
ones, because a construction that adds recall must not add wrong pairs.
"""

from __future__ import annotations

import pytest

from support.events import coded, dyads


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
    assert ("SANCTION", "RUS", "UKR") in dyads(resources, "Russia called off the talks with Ukraine.")
