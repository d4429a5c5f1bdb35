"""The actor catalogue: coverage of the data files, dated offices, lookups, user files."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import pickle
from collections import defaultdict
from importlib import resources

import pycountry
import pytest

from detente.actors import Catalogue
from detente.errors import ConfigError
from detente.model import Actor

REQUIRED = [
    "USA",
    "RUS",
    "CHN",
    "GBR",
    "FRA",
    "DEU",
    "ITA",
    "JPN",
    "CAN",
    "AUS",
    "IND",
    "IDN",
    "MEX",
    "BRA",
    "ARG",
    "SAU",
    "ZAF",
    "TUR",
    "KOR",
    "PRK",
    "UKR",
    "IRN",
    "ISR",
]


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


# ------------------------------------------------------------------------------------------------
# coverage


def test_every_iso_country_resolves_by_its_names(cat):
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name or "(" in name or name.lower() in cat.senses:
            continue  # ambiguous names ("Congo") are settled by context, tested elsewhere
        actor = cat.lookup(name)
        assert actor is not None and actor.code == country.alpha_3, name


def test_demonyms_and_plurals(cat):
    cases = {
        "Hungarian": "HUN",
        "North Koreans": "PRK",
        "Ukrainians": "UKR",
        "Israeli": "ISR",
        "Emirati": "ARE",
        "Filipinos": "PHL",
        "Swiss": "CHE",
        "Britons": "GBR",
        "Saudi": "SAU",
    }
    for word, code in cases.items():
        actor = cat.lookup(word)
        assert actor is not None and actor.code == code, word


def test_no_alias_names_two_actors(cat):
    """Ambiguous aliases must go through a sense rule, never silently to two entries."""
    clashes = []

    def walk(node, path):
        for key, child in node.items():
            if key == "":
                targets = {
                    h.target
                    for h in child
                    if not h.target.startswith(("surname:", "sense:", "block:", "korean:"))
                }
                if len(targets) > 1:
                    clashes.append((" ".join(path), targets))
            else:
                walk(child, [*path, key])

    walk(cat.trie, [])
    assert clashes == []


def _leader_rows():
    path = resources.files("detente.actors").joinpath("data", "leaders.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if not r["name"].startswith("#")]


def test_leader_rows_are_well_formed(cat):
    rows = _leader_rows()
    assert len(rows) > 500
    for row in rows:
        assert row["office"] in cat.office_rank, row
        code = row["country"]
        assert code in {"UN", "EU", "NATO", "AU", "IGO", "IMG"} or f"country:{code}" in cat.entries
    for entry in (e for e in cat.entries.values() if e.kind == "person"):
        for term in entry.terms:
            assert term.start is not None, entry.name
            assert term.end is None or term.start < term.end, entry.name


def test_no_two_people_hold_one_office_at_once(cat):
    terms = defaultdict(list)
    for entry in (e for e in cat.entries.values() if e.kind == "person"):
        for t in entry.terms:
            if t.office in ("hos", "hog", "fm", "dm") and "Acting" not in t.title:
                terms[(t.code, t.office)].append((t.start, t.end or dt.date.max, entry.name))
    for key, spans in terms.items():
        spans.sort()
        for (_, end_a, a), (start_b, _, b) in itertools.pairwise(spans):
            assert a == b or end_a <= start_b, (key, a, b)


def test_offices_are_covered_from_2001_to_today(cat):
    """Every required state has a head of state or government, a foreign minister and a
    defence minister on nearly every day; gaps are real vacancies of a few weeks."""
    days = [dt.date(y, m, 15) for y in range(2001, 2026) for m in range(1, 13)]
    for code in REQUIRED:
        for offices in (("hos", "hog", "leader"), ("fm",), ("dm",)):
            held = sum(1 for d in days if cat.office_holder(code, offices, d) is not None)
            assert held / len(days) > 0.97, (code, offices, held)
            assert cat.office_holder(code, offices, dt.date(2026, 1, 15)) is not None, (
                code,
                offices,
            )


# ------------------------------------------------------------------------------------------------
# dated offices


def test_at_date_codes_a_person_by_office(cat):
    trump = cat.lookup("Donald Trump")
    assert trump is not None
    assert cat.at_date(trump, dt.date(2018, 1, 1)).sector == "GOV"
    out = cat.at_date(trump, dt.date(2022, 1, 1))
    assert (out.code, out.sector) == ("USA", None)
    assert cat.at_date(trump, dt.date(2025, 1, 20)).sector == "GOV"
    assert cat.at_date(trump, dt.date(2025, 1, 19)).sector is None


def test_at_date_switches_country_and_body(cat):
    vdl = cat.lookup("Ursula von der Leyen")
    assert vdl is not None
    assert (
        cat.at_date(vdl, dt.date(2015, 1, 1)).code,
        cat.at_date(vdl, dt.date(2015, 1, 1)).sector,
    ) == ("DEU", "GOV")
    assert (
        cat.at_date(vdl, dt.date(2022, 1, 1)).code,
        cat.at_date(vdl, dt.date(2022, 1, 1)).sector,
    ) == ("EU", "IGO")


def test_at_date_leaves_other_actors_alone(cat):
    russia = cat.lookup("Russia")
    assert russia is not None and cat.at_date(russia, dt.date(2000, 1, 1)) == russia
    stranger = Actor(text="Jane Roe", name="Jane Roe", code=None, kind="person")
    assert cat.at_date(stranger, None) == stranger


def test_offices_lists_the_most_senior_first(cat):
    putin = cat.lookup("Vladimir Putin")
    assert putin is not None
    assert [t.office for t in cat.offices(putin, dt.date(2010, 1, 1))] == ["hog"]
    xi = cat.lookup("Xi Jinping")
    assert xi is not None
    assert [t.office for t in cat.offices(xi, dt.date(2020, 1, 1))] == ["hos", "leader"]


def test_office_holder_uses_the_holders_own_title(cat):
    day = dt.date(2016, 1, 1)
    assert cat.office_holder("IRN", ("hos", "hog"), day, title="president").name == "Hassan Rouhani"
    assert cat.office_holder("IRN", ("hos",), day).name == "Ali Khamenei"
    assert cat.office_holder("GBR", ("hog",), day).name == "David Cameron"
    assert cat.office_holder("USA", ("fm",), day).name == "John Kerry"


# ------------------------------------------------------------------------------------------------
# lookups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungarian", ("HUN", None, "country")),
        ("JAP", ("JPN", None, "country")),
        ("the Kremlin", ("RUS", "GOV", "group")),
        ("Putin", ("RUS", "GOV", "person")),
        ("Chinese officials", ("CHN", "GOV", "group")),
        ("an expert", (None, None, "person")),
        ("KCNA", ("PRK", "MED", "organization")),
        ("The Guardian", ("GBR", "MED", "organization")),
    ],
)
def test_lookup(cat, text, expected):
    actor = cat.lookup(text)
    assert actor is not None
    assert (actor.code, actor.sector, actor.kind) == expected


def test_lookup_refuses_what_it_does_not_know(cat):
    assert cat.lookup("us") is None
    assert cat.lookup("the weather") is None
    assert cat.lookup("") is None


@pytest.mark.parametrize(
    ("code", "iso"),
    [
        ("JAP", "JPN"),
        ("ROM", "ROU"),
        ("DRC", "COD"),
        ("ZAR", "COD"),
        ("TMP", "TLS"),
        ("ITL", "ITA"),
        ("USA", "USA"),
        ("PRK", "PRK"),
        ("IGO", None),
        ("NGO", None),
        ("IMG", None),
    ],
)
def test_iso3_from_cameo(cat, code, iso):
    assert cat.iso3_from_cameo(code) == iso


# ------------------------------------------------------------------------------------------------
# loading, caching, user files


def test_load_is_cached_and_pickles_as_a_reload(cat):
    assert Catalogue.load() is cat
    assert pickle.loads(pickle.dumps(cat)) is cat


def test_user_yaml_adds_and_overrides(tmp_path, nlp):
    from detente.actors import resolve

    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Acme Defence\n"
        "    kind: organization\n"
        "    code: SWE\n"
        "    sector: BUS\n"
        "    aliases: [Acme]\n"
        "  - name: Reuters\n"
        "    kind: organization\n"
        "    code: USA\n"
        "    sector: MED\n"
        "  - name: Ana Novak\n"
        "    aliases: [Novak]\n"
        "    gender: f\n"
        "    terms:\n"
        "      - {office: fm, country: SVN, title: Foreign Minister, start: 2031-01-01}\n",
        encoding="utf-8",
    )
    cat = Catalogue.load([path])
    assert cat is not Catalogue.load()
    assert (cat.lookup("Acme").code, cat.lookup("Acme").sector) == ("SWE", "BUS")
    assert cat.lookup("Reuters").code == "USA"
    assert Catalogue.load().lookup("Reuters").code == "GBR"  # the packaged one is untouched
    novak = cat.lookup("Novak", date=dt.date(2031, 6, 1))
    assert (novak.code, novak.sector, novak.kind) == ("SVN", "GOV", "person")
    doc = nlp("Acme said Novak would visit.")
    mentions = resolve(doc, cat, published=dt.date(2031, 6, 1))
    assert {m.actor.name for m in mentions} == {"Acme Defence", "Ana Novak"}


def test_user_csv_overrides_a_country_alias(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,kind,code,sector,aliases\n"
        "Westeros Council,organization,IGO,IGO,Small Council|the Council of Westeros\n"
        "Holland,country,NLD,,Low Countries\n",
        encoding="utf-8",
    )
    cat = Catalogue.load([path])
    assert cat.lookup("Small Council").name == "Westeros Council"
    assert cat.lookup("Low Countries").code == "NLD"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.yaml", "actors:\n  - {name: X, kind: planet}\n", "kind 'planet'"),
        ("bad2.yaml", "actors:\n  - {name: X, code: not-a-code}\n", "code 'not-a-code'"),
        ("bad3.yaml", "actors:\n  - {kind: country}\n", "'name' is required"),
        ("bad4.yaml", "actors:\n  - {name: X, sector: ZZZ}\n", "sector 'ZZZ'"),
        ("bad5.yaml", "actors:\n  - {name: X, office: fm, start: soon}\n", "not a date"),
        ("bad6.yaml", "just a string\n", "expected a list"),
        ("bad7.yaml", "actors: [\n", "not a readable"),
        ("bad.csv", "title,code\nX,USA\n", "'name' column"),
        ("bad.txt", "name\nX\n", "must be .yaml"),
    ],
)
def test_invalid_user_files_raise_e501(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Catalogue.load([path])
    assert err.value.code == "E501"
    assert str(path) in str(err.value) and reason in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_user_file(tmp_path):
    with pytest.raises(ConfigError) as err:
        Catalogue.load([tmp_path / "absent.yaml"])
    assert err.value.code == "E501"
