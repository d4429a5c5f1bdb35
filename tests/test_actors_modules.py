"""The actors stage's module boundaries: the build step on user files, the queries on what it
built, and each resolver pass on its own, over sentences and files written for these tests."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from detente.actors import Catalogue, build
from detente.actors.agents import find_agents
from detente.actors.article import Article
from detente.actors.matching import match_aliases
from detente.actors.people import settle_surnames, unknown_people
from detente.actors.records import Hit
from detente.actors.settling import count_codes, settle
from detente.actors.words import case_ok
from detente.errors import ConfigError

# ------------------------------------------------------------------------------------------------
# build


def test_build_rejects_a_malformed_csv_row_naming_its_entry(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,kind,code,sector,aliases,office,country,start\n"
        "Westeros Council,organization,IGO,IGO,Small Council,,,\n"
        "Ana Novak,person,SVN,,,fm,SVN,2031-13-01\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        build.load([path])
    message = str(err.value)
    assert err.value.code == "E501"
    assert f"{path}: entry 2 (Ana Novak)" in message
    assert "'2031-13-01' is not a date" in message


def test_build_rejects_a_csv_row_of_an_unknown_kind(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,kind\nAcme,organization\nZed,planet\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        build.load([path])
    assert err.value.code == "E501"
    assert "entry 2 (Zed): kind 'planet'" in str(err.value)


def test_catalogue_load_is_the_build_step_cached():
    assert Catalogue.load() is build.load()


# ------------------------------------------------------------------------------------------------
# queries


@pytest.fixture(scope="module")
def ministers(tmp_path_factory) -> Catalogue:
    # invented office holders in years before any packaged term, so packaged data never interferes
    path = tmp_path_factory.mktemp("actors") / "ministers.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Ana Novak\n"
        "    gender: f\n"
        "    terms:\n"
        "      - {office: fm, country: SVN, title: Foreign Minister,"
        " start: 1931-01-01, end: 1933-03-01}\n"
        "  - name: Ivo Kranjc\n"
        "    gender: m\n"
        "    terms:\n"
        "      - {office: fm, country: SVN, title: Foreign Minister, start: 1933-03-01}\n",
        encoding="utf-8",
    )
    return Catalogue.load([path])


def test_office_holder_on_a_date(ministers):
    assert ministers.office_holder("SVN", ("fm",), dt.date(1932, 6, 1)).name == "Ana Novak"
    # the end is the successor's first day
    assert ministers.office_holder("SVN", ("fm",), dt.date(1933, 3, 1)).name == "Ivo Kranjc"
    assert ministers.office_holder("SVN", ("fm",), dt.date(1930, 1, 1)) is None


def test_person_is_coded_by_the_office_held_that_day(ministers):
    novak = ministers.lookup("Ana Novak")
    assert novak is not None
    held = ministers.at_date(novak, dt.date(1932, 1, 1))
    assert (held.code, held.sector) == ("SVN", "GOV")
    after = ministers.at_date(novak, dt.date(1934, 1, 1))
    assert (after.code, after.sector) == ("SVN", None)
    assert [t.office for t in ministers.offices(novak, dt.date(1932, 1, 1))] == ["fm"]


def test_entry_of_an_actor_gives_its_gender(ministers):
    kranjc = ministers.lookup("Kranjc", date=dt.date(2034, 1, 1))
    assert kranjc is not None and kranjc.name == "Ivo Kranjc"
    entry = ministers.entry(kranjc)
    assert entry is not None and entry.gender == "m"


def test_a_catalogue_with_user_files_pickles_as_a_reload_of_them(ministers):
    assert pickle.loads(pickle.dumps(ministers)) is ministers


def test_acronyms_match_only_in_capitals():
    hit = Hit("org:who", "alias", "WHO", exact=True)
    assert case_ok(hit, ["WHO"])
    assert not case_ok(hit, ["who"])
    assert case_ok(Hit("country:TUR", "name", "Turkey"), ["Turkey"])
    assert not case_ok(Hit("country:TUR", "name", "Turkey"), ["turkey"])


# ------------------------------------------------------------------------------------------------
# the resolver passes, one at a time


def _article(nlp, text: str, date: dt.date | None = None) -> Article:
    return Article.read(nlp(text), Catalogue.load(), date)


def _texts(art: Article, cands) -> list[str]:
    return [art.doc[c.start : c.end].text for c in cands]


def test_matching_finds_aliases_and_leaves_them_unsettled(nlp):
    art = _article(nlp, "The North Korea-Russia talks ended. Seoul said the North fired again.")
    cands = match_aliases(art)
    assert _texts(art, cands) == ["North Korea", "Russia", "Seoul", "North"]
    assert all(c.actor is None for c in cands)


def test_settling_reads_the_article_context(nlp):
    art = _article(nlp, "The North Korea-Russia talks ended. Seoul said the North fired again.")
    cands = match_aliases(art)
    count_codes(art, cands)
    settle(art, cands)
    assert art.codes["KOR"] == 1 and art.codes["PRK"] == 1
    coded = {art.doc[c.start : c.end].text: (c.actor.code, c.actor.sector, c.via) for c in cands}
    assert coded["Seoul"] == ("KOR", "GOV", "metonym")
    assert coded["North"] == ("PRK", None, "metonym")  # "the North" in a Korean article


def test_people_pass_links_a_bare_family_name_to_the_full_name(nlp):
    art = _article(
        nlp, "Jane Roe met Kim Jong Un in Pyongyang. Kim said little.", dt.date(2023, 9, 13)
    )
    cands = match_aliases(art)
    count_codes(art, cands)
    settle(art, cands)
    unknown = unknown_people(art, cands)
    assert [c.actor.name for c in unknown if c.actor is not None] == ["Jane Roe"]
    cands = sorted([*cands, *unknown], key=lambda c: c.start)
    settle_surnames(art, cands)
    later = [c for c in cands if art.doc[c.start : c.end].text == "Kim"]
    assert later and all(c.actor.name == "Kim Jong Un" and c.via == "coref" for c in later)


def test_agents_pass_gives_each_country_its_officials(nlp):
    art = _article(nlp, "Senior Hungarian and Romanian officials met on Friday.")
    cands = match_aliases(art)
    count_codes(art, cands)
    settle(art, cands)
    found = find_agents(art, cands, [])
    assert [(m.actor.code, m.actor.sector) for m in found] == [("HUN", "GOV"), ("ROU", "GOV")]
    assert len({m.head for m in found}) == 1  # both headed by "officials"
