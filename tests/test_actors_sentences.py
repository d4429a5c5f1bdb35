"""The resolver on sentences written for these tests: each alias class, ambiguity, tenure,
roles and qualifiers, possessives, hyphenated pairs, coreference and pronouns."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import antecedent, summarise
from support.actors import resolver

D2018 = dt.date(2018, 6, 12)
D2023 = dt.date(2023, 9, 12)


@pytest.fixture(scope="module")
def run(nlp, cat):
    return resolver(nlp, cat, D2023)


def coded(mentions) -> dict[str, tuple]:
    """Surface text → (code, sector) of each mention (the last one wins for repeats)."""
    return {m.actor.text: (m.actor.code, m.actor.sector) for m in mentions}


# ------------------------------------------------------------------------------------------------
# names, aliases, demonyms, metonyms


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The U.S. vetoed the draft.", "U.S.", "USA"),
        ("The US vetoed the draft.", "US", "USA"),
        ("America vetoed the draft.", "America", "USA"),
        ("The United States vetoed the draft.", "United States", "USA"),
        ("Britain and the UK are one country.", "Britain", "GBR"),
        ("Britain and the UK are one country.", "UK", "GBR"),
        ("The ROK answered the DPRK.", "ROK", "KOR"),
        ("The ROK answered the DPRK.", "DPRK", "PRK"),
        ("The Russian Federation protested.", "Russian Federation", "RUS"),
        ("Czechia and Türkiye signed.", "Türkiye", "TUR"),
        ("Czechia and Türkiye signed.", "Czechia", "CZE"),
        ("Cote d'Ivoire and Burkina Faso met.", "Cote d'Ivoire", "CIV"),
        ("Emiratis welcomed the decision.", "Emiratis", "ARE"),
        ("Israelis and Palestinians marched.", "Israelis", "ISR"),
        ("Israelis and Palestinians marched.", "Palestinians", "PSE"),
        ("The North Korean economy shrank.", "North Korean", "PRK"),
        ("Pyongyang and Seoul traded barbs.", "Seoul", "KOR"),
        ("Moscow and Washington traded barbs.", "Washington", "USA"),
        ("Kyiv and Kiev are the same city.", "Kiev", "UKR"),
        ("Tehran rejected the offer.", "Tehran", "IRN"),
        ("Burma, now Myanmar, held a vote.", "Burma", "MMR"),
    ],
)
def test_alias_classes(run, text, surface, code):
    _, mentions = run(text)
    assert coded(mentions)[surface][0] == code


def test_seats_of_power_carry_a_sector(run):
    _, mentions = run(
        "The Kremlin accused the Pentagon, and Downing Street and the Elysee backed the White House."
    )
    got = coded(mentions)
    assert got["Kremlin"] == ("RUS", "GOV")
    assert got["Pentagon"] == ("USA", "MIL")
    assert got["Downing Street"] == ("GBR", "GOV")
    assert got["Elysee"] == ("FRA", "GOV")
    assert got["White House"] == ("USA", "GOV")


def test_capitalisation_is_evidence(run):
    _, mentions = run("They told us that the WHO would call Turkey, who ate turkey.")
    texts = [m.actor.text for m in mentions]
    assert "us" not in texts and "who" not in texts and "turkey" not in texts
    got = coded(mentions)
    assert got["WHO"][0] == "UN" and got["Turkey"][0] == "TUR"


def test_international_bodies_and_media(run):
    _, mentions = run(
        "The UN Security Council, NATO, the EU, the IAEA and the African Union met; "
        "KCNA, Xinhua, TASS and Yonhap reported, as did Reuters and Amnesty International."
    )
    got = coded(mentions)
    assert got["UN Security Council"] == ("UN", "IGO")
    assert got["NATO"] == ("NATO", "IGO")
    assert got["EU"] == ("EU", "IGO")
    assert got["IAEA"] == ("IGO", "IGO")
    assert got["African Union"][0] == "AU"
    assert got["KCNA"] == ("PRK", "MED")
    assert got["Xinhua"] == ("CHN", "MED")
    assert got["TASS"] == ("RUS", "MED")
    assert got["Yonhap"] == ("KOR", "MED")
    assert got["Reuters"] == ("GBR", "MED")
    assert got["Amnesty International"] == ("NGO", "NGO")


def test_non_actor_phrases_are_blocked(run):
    _, mentions = run(
        "Ships crossed the South China Sea near the Korean Peninsula, and New Mexico voted."
    )
    assert mentions == []


# ------------------------------------------------------------------------------------------------
# ambiguity


def test_georgia_the_state_is_dropped_with_atlanta(run):
    _, mentions = run("Voters in Georgia queued for hours in Atlanta on Tuesday.")
    assert "GEO" not in {m.actor.code for m in mentions}


def test_georgia_the_country_is_kept_with_tbilisi(run):
    _, mentions = run("Georgia's government in Tbilisi rejected the demand.")
    assert {m.actor.code for m in mentions} == {"GEO"}


def test_jordan_the_person_after_a_first_name(run):
    _, mentions = run("Michael Jordan visited Amman last week. Jordan said he loved the city.")
    jordan = [m for m in mentions if m.actor.text == "Jordan"]
    assert len(jordan) == 1 and jordan[0].actor.kind == "person"
    assert jordan[0].actor.name == "Michael Jordan" and jordan[0].actor.code is None
    assert coded(mentions)["Amman"][0] == "JOR"


def test_jordan_the_country_otherwise(run):
    _, mentions = run("Jordan and Egypt signed the accord in Cairo.")
    assert coded(mentions)["Jordan"] == ("JOR", None)


def test_a_first_name_that_is_a_country(run):
    _, mentions = run("Chad Smith met officials from Niger.")
    chad = [m for m in mentions if "Chad" in m.actor.text]
    assert chad and chad[0].actor.kind == "person" and chad[0].actor.code is None
    assert "TCD" not in {m.actor.code for m in mentions}


def test_korea_leans_to_the_korea_of_the_article(run):
    _, south = run("Seoul and Tokyo agreed. Korea will host the next round.")
    assert coded(south)["Korea"][0] == "KOR"
    _, north = run("Pyongyang fired a missile, KCNA said. Korea rarely explains its tests.")
    assert coded(north)["Korea"][0] == "PRK"


def test_the_north_needs_a_korean_context(run):
    _, korean = run("Seoul warned that the North could test again, while the South waits.")
    got = coded(korean)
    assert got["North"][0] == "PRK" and got["South"][0] == "KOR"
    _, other = run("Snow fell across the North, and the South stayed dry.")
    assert other == []


# ------------------------------------------------------------------------------------------------
# people and tenure


def test_same_name_on_two_dates(run):
    _, in_office = run("Trump met Kim in Singapore.", D2018)
    _, out_of_office = run("Trump met Kim in Singapore.", dt.date(2023, 1, 5))
    _, second_term = run("Trump met Kim in Singapore.", dt.date(2025, 6, 1))
    assert coded(in_office)["Trump"] == ("USA", "GOV")
    assert coded(out_of_office)["Trump"] == ("USA", None)
    assert coded(second_term)["Trump"] == ("USA", "GOV")


def test_a_person_coded_by_the_office_held_on_the_date(run):
    _, as_pm = run("Medvedev spoke in Moscow.", dt.date(2015, 3, 1))
    _, as_nato = run("Stoltenberg spoke in Brussels.", dt.date(2019, 3, 1))
    _, as_norway = run("Stoltenberg spoke in Oslo.", dt.date(2010, 3, 1))
    assert coded(as_pm)["Medvedev"] == ("RUS", "GOV")
    assert coded(as_nato)["Stoltenberg"] == ("NATO", "IGO")
    assert coded(as_norway)["Stoltenberg"] == ("NOR", "GOV")


def test_then_and_former(run):
    _, mentions = run("Then-President Trump met Kim, and former President Moon was there.")
    got = {m.actor.name: (m.actor.code, m.actor.sector) for m in mentions}
    assert got["Donald Trump"] == ("USA", "GOV")
    assert got["Moon Jae-in"] == ("KOR", None)


def test_family_names_alone(run):
    _, mentions = run(
        "Putin and Xi met, Zelenskyy and Zelensky are spelled two ways, and Erdogan stayed home."
    )
    names = {m.actor.text: m.actor.name for m in mentions}
    assert names["Putin"] == "Vladimir Putin"
    assert names["Xi"] == "Xi Jinping"
    assert names["Zelenskyy"] == names["Zelensky"] == "Volodymyr Zelenskyy"
    assert names["Erdogan"] == "Recep Tayyip Erdogan"


def test_kim_alone_prefers_the_leader_in_office(run):
    _, mentions = run("Kim inspected a missile factory near Pyongyang, state media said.", D2018)
    kim = [m for m in mentions if m.actor.text == "Kim"]
    assert kim and kim[0].actor.name == "Kim Jong Un"
    _, elsewhere = run("Kim opened a bakery in Lyon.", D2018)
    assert all(m.actor.name != "Kim Jong Un" for m in elsewhere)


def test_article_coreference_links_the_named_person(run):
    _, mentions = run(
        "Kim Yo Jong issued a statement. Kim said the drills were a provocation.", D2023
    )
    kims = [m for m in mentions if m.actor.text in ("Kim Yo Jong", "Kim")]
    assert [m.actor.name for m in kims] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_titles_extend_and_name_office_holders(run):
    _, mentions = run(
        "The Russian president met China's foreign minister, and North Korean leader Kim Jong Un "
        "thanked them."
    )
    got = {m.actor.text: m.actor.name for m in mentions}
    assert got["The Russian president"] == "Vladimir Putin"
    assert got["China's foreign minister"] == "Wang Yi"
    assert got["North Korean leader Kim Jong Un"] == "Kim Jong Un"


def test_weak_family_names_need_evidence(run):
    _, mentions = run("In May the rice harvest failed.", dt.date(2017, 6, 1))
    assert all(m.actor.kind != "person" for m in mentions)
    _, titled = run("Prime Minister May flew to Brussels.", dt.date(2017, 6, 1))
    may = [m for m in titled if m.actor.kind == "person"]
    assert may and may[0].actor.name == "Theresa May" and may[0].actor.code == "GBR"


def test_unknown_people_take_country_and_sector_from_their_titles(run):
    _, mentions = run("Chinese foreign ministry spokesman Zhang Wei declined to comment.")
    person = [m for m in mentions if m.actor.kind == "person"]
    assert len(person) == 1
    assert person[0].actor.name == "Zhang Wei"
    assert (person[0].actor.code, person[0].actor.sector) == ("CHN", "GOV")


# ------------------------------------------------------------------------------------------------
# roles, compound modifiers, possessives, hyphenated pairs


def test_compound_role_modifiers(run):
    doc, mentions = run("Senior Hungarian and Romanian officials agreed on Wednesday.")
    roles = [m for m in mentions if m.via == "role"]
    assert [(m.actor.code, m.actor.sector) for m in roles] == [("HUN", "GOV"), ("ROU", "GOV")]
    assert {doc[m.head].text for m in roles} == {"officials"}


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("North Korean troops crossed the line.", "troops", ("PRK", "MIL")),
        ("China's foreign ministry protested.", "ministry", ("CHN", "GOV")),
        ("Israeli soldiers fired.", "soldiers", ("ISR", "MIL")),
        ("Turkish police detained them.", "police", ("TUR", "COP")),
        ("The Egyptian court ruled.", "court", ("EGY", "JUD")),
        ("Ukrainian lawmakers voted.", "lawmakers", ("UKR", "LEG")),
        ("Kenyan opposition lawmakers walked out.", "lawmakers", ("KEN", "OPP")),
        ("Afghan rebels attacked.", "rebels", ("AFG", "REB")),
        ("Iranian protesters marched.", "protesters", ("IRN", "CVL")),
        ("Russian state media reported it.", "media", ("RUS", "MED")),
        ("Chinese companies invested.", "companies", ("CHN", "BUS")),
        ("Security forces in Guinea opened fire.", "forces", ("GIN", "COP")),
        ("A US official said so.", "official", ("USA", "GOV")),
        ("NATO troops withdrew.", "troops", ("NATO", "MIL")),
    ],
)
def test_role_nouns(run, text, head, expected):
    doc, mentions = run(text)
    roles = [m for m in mentions if doc[m.head].text == head]
    assert roles, f"no mention headed by {head!r}"
    assert (roles[0].actor.code, roles[0].actor.sector) == expected


def test_roles_without_a_country_are_anonymous(run):
    doc, mentions = run("An expert said officials and analysts disagreed.")
    anon = {doc[m.head].text: m.actor for m in mentions}
    assert anon["expert"].kind == "person" and anon["expert"].code is None
    assert anon["officials"].sector == "GOV" and anon["officials"].kind == "group"
    assert anon["analysts"].code is None and anon["analysts"].name is None
    assert summarise(mentions) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("North Korea-Russia relations improved.", ["PRK", "RUS"]),
        ("The China-U.S. rivalry deepened.", ["CHN", "USA"]),
        ("The Russia-North Korea alliance grew.", ["RUS", "PRK"]),
        ("Sino-Japanese ties cooled.", ["CHN", "JPN"]),
        ("The India-Pakistan border closed.", ["IND", "PAK"]),
    ],
)
def test_hyphenated_pairs_resolve_both_sides(run, text, codes):
    _, mentions = run(text)
    assert [m.actor.code for m in mentions] == codes


def test_possessives(run):
    _, mentions = run("Russia's Lavrov met Iran's foreign minister in Japan's capital.")
    got = {m.actor.text: m.actor for m in mentions}
    assert got["Lavrov"].name == "Sergei Lavrov"
    assert got["Iran's foreign minister"].name == "Hossein Amir-Abdollahian"  # on 2023-09-12
    assert got["Japan"].code == "JPN"


# ------------------------------------------------------------------------------------------------
# pronouns and summaries


def test_pronoun_antecedent_prefers_the_subject(run, cat):
    doc, mentions = run(
        "Putin welcomed Kim Jong Un at the cosmodrome. Later he showed his guest a rocket."
    )
    he = next(t.i for t in doc if t.text == "he")
    ante = antecedent(doc, he, mentions, catalogue=cat)
    assert ante is not None and ante.actor.name == "Vladimir Putin"


def test_pronoun_gender_must_agree(run, cat):
    doc, mentions = run("Merkel met Putin in Sochi. She said the talks were frank.")
    she = next(t.i for t in doc if t.text == "She")
    ante = antecedent(doc, she, mentions, catalogue=cat)
    assert ante is not None and ante.actor.name == "Angela Merkel"
    it = next(t.i for t in doc if t.text == "talks")
    assert antecedent(doc, it, mentions, catalogue=cat) is None


def test_summary_merges_forms_of_one_actor(run):
    _, mentions = run("Russia and Moscow and the Russians: Russian officials agreed with Russia.")
    summary = summarise(mentions)
    russia = next(s for s in summary if s.actor.id == "country:RUS")
    assert russia.mentions == 3
    assert russia.texts[0] == "Russia" and set(russia.texts) == {"Russia", "Russians"}
    government = next(s for s in summary if s.actor.id == "group:RUS:GOV")
    assert set(government.texts) == {"Moscow", "Russian officials"}
    assert summary[0] is russia


def test_summary_merges_anonymous_officials_into_their_government(run):
    _, mentions = run("A US official said Washington would act, and US officials agreed.")
    summary = summarise(mentions)
    assert [(s.actor.id, s.mentions) for s in summary] == [("group:USA:GOV", 3)]
    assert summary[0].actor.name == "American government"


def test_a_title_says_the_office_was_held_then(run):
    _, undated = run("President Obama met Chancellor Merkel.", None)
    got = {m.actor.name: (m.actor.code, m.actor.sector) for m in undated}
    assert got["Barack Obama"] == ("USA", "GOV") and got["Angela Merkel"] == ("DEU", "GOV")
    _, bare = run("Obama met Merkel.", None)
    assert {m.actor.sector for m in bare} == {None}  # no title: coded as of today


def test_a_shared_family_name_goes_to_the_bearer_of_the_date(run):
    _, old = run("President Assad addressed parliament.", dt.date(1995, 5, 1))
    _, new = run("President Assad addressed parliament.", dt.date(2012, 5, 1))
    assert [m.actor.name for m in old if m.actor.kind == "person"] == ["Hafez al-Assad"]
    assert [m.actor.name for m in new if m.actor.kind == "person"] == ["Bashar al-Assad"]


def test_an_unknown_office_holder_takes_the_only_country_of_the_sentence(run):
    _, mentions = run("Prime Minister Jan Kowal said Slovakia would not send troops.")
    person = next(m for m in mentions if m.actor.kind == "person")
    assert (person.actor.name, person.actor.code, person.actor.sector) == (
        "Jan Kowal",
        "SVK",
        "GOV",
    )
    assert person.via == "context"
    _, two = run("Prime Minister Jan Kowal said Slovakia and Austria would not send troops.")
    assert next(m for m in two if m.actor.kind == "person").actor.code is None


def test_names_glued_to_a_hyphenated_word(run):
    _, mentions = run("U.S.-led forces and a UK-based group struck the U.S.-backed militia.")
    us = [m for m in mentions if m.actor.code == "USA"]
    assert [m.actor.text for m in us] == ["U.S.", "U.S."]
    assert all(m.end - m.start == len("U.S.") for m in us)
    assert "GBR" in {m.actor.code for m in mentions}


def test_a_possessive_does_not_make_a_country_a_person(run):
    _, mentions = run(
        "Sri Lanka's governing coalition won in Jaffna, and Sri Lanka Police officers watched."
    )
    codes = [(m.actor.code, m.actor.sector) for m in mentions]
    assert ("LKA", None) in codes and ("LKA", "COP") in codes
    assert all(m.actor.kind != "person" for m in mentions)


def test_a_common_family_name_needs_the_bearers_country(run):
    _, us = run("Morrison told reporters in Chicago that the city would cope.", D2018)
    assert all(m.actor.name != "Scott Morrison" for m in us)
    _, au = run("Morrison told reporters in Canberra that Australia would cope.", D2018)
    assert any(m.actor.name == "Scott Morrison" for m in au)


def test_another_person_with_a_catalogued_family_name(run):
    _, mentions = run("Francis D'Souza and Sacha Baron Cohen attended the premiere.", D2018)
    people = [m.actor for m in mentions if m.actor.kind == "person"]
    assert {a.name for a in people} == {"Francis D'Souza", "Sacha Baron Cohen"}
    assert all(a.code is None for a in people)


# ------------------------------------------------------------------------------------------------
# a body's generic name "of <country>" is that country's


def test_a_security_council_of_a_country_is_that_countrys_organ(run):
    _, mentions = run("The Security Council of Belarus met in Minsk on Monday.")
    codes = {m.actor.code for m in mentions}
    assert "BLR" in codes and "UN" not in codes


def test_the_security_council_of_the_united_nations_stays_the_un(run):
    _, mentions = run("The Security Council of the United Nations met in New York.")
    assert "UN" in {m.actor.code for m in mentions}


def test_a_weak_family_name_beside_another_leader_is_the_sitting_leader(nlp) -> None:
    """ "Kim" alone is too common to resolve, unless a head of state or government sits beside
    it in the sentence: then it is the leader in office; an actor named Kim stays himself."""
    import datetime as dt

    from detente import actors

    cat = actors.Catalogue.load()
    day = dt.date(2023, 9, 13)

    def people(text: str) -> set[str | None]:
        doc = nlp(text)
        return {
            m.actor.name
            for m in actors.resolve(doc, cat, published=day)
            if m.actor.kind == "person"
        }

    assert people("The summit between Putin and Kim ended on Thursday.") == {
        "Vladimir Putin",
        "Kim Jong Un",
    }
    assert "Kim Jong Un" not in people("Kim's visit to the museum drew a large crowd.")
    assert "Kim Jong Un" not in people("South Korean actor Kim Soo-hyun met fans in Tokyo.")
