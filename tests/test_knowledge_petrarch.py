"""The PETRARCH-2 / Phoenix dictionary reader and its conversion to detente's formats: small
fixtures written for these tests (tests/fixtures/petrarch), then the real dictionaries from
../shared when present, and the committed converted data checked against a fresh conversion."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from detente.knowledge.build import build
from detente.knowledge.convert import Converter, Tables, display, split_parenthesis
from detente.knowledge.petrarch import CodeSpan, PetrarchReader
from support import ROOT, shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "petrarch"
DATA = ROOT / "src" / "detente" / "knowledge" / "data" / "petrarch"


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables.load()


def _read_actors(name: str) -> tuple[PetrarchReader, dict]:
    reader = PetrarchReader()
    actors = reader.actors(FIXTURES / name)
    return reader, {a.name: a for a in actors}


def _messages(reader: PetrarchReader) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in reader.warnings]


# ------------------------------------------------------------------------------------------------
# reader: actors


def test_actor_synonyms_default_code_and_date_restrictions():
    _, actors = _read_actors("countries.actors.txt")
    ana = actors["ANA NOVAK"]
    assert ana.synonyms == ("MINISTER ANA NOVAK", "NOVAK")
    assert ana.code == "SVNELI"  # the undated restriction is the default
    assert ana.spans == (
        CodeSpan("SVNELI", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        CodeSpan("SVNGOV", dt.date(2000, 1, 1), dt.date(2004, 12, 31)),
        CodeSpan("SVNGOV", dt.date(2020, 1, 1), None),  # >YYMMDD: open end
    )
    assert ana.comment == "CountryInfo.txt" and ana.line == 6
    assert actors["ICELAND"].code == "ISL" and actors["ICELAND"].synonyms == (
        "ICELANDIC",
        "REYKJAVIK",
    )


def test_two_digit_years_follow_petrarch_00_to_30_is_20yy():
    _, actors = _read_actors("countries.actors.txt")
    assert actors["MARKO LESAR"].spans[0].start == dt.date(1931, 1, 1)  # 31 → 1931
    kern = actors["BORIS KERN"]
    assert kern.spans[0] == CodeSpan("ROMMIL", None, dt.date(1995, 6, 30))  # <YYMMDD
    assert actors["TINE BREZNIK"].spans[0].start == dt.date(1999, 1, 1)  # 7 digits: YYMMDD


def test_date_inside_code_is_repaired_with_a_warning():
    reader, actors = _read_actors("countries.actors.txt")
    assert actors["BORIS KERN"].spans[1] == CodeSpan(
        "ROMGOV", dt.date(2005, 1, 1), dt.date(2006, 12, 31)
    )
    assert any(line == 15 and "date inside code" in msg for line, msg in _messages(reader))


def test_overwritten_entry_warns_and_the_later_one_wins():
    reader, actors = _read_actors("countries.actors.txt")
    assert (28, "'GREGOR NOVAK' overwrites its definition on line 22") in _messages(reader)
    gregor = actors["GREGOR NOVAK"]
    assert gregor.line == 28
    # the broken restriction on line 29 is skipped, the next one still read
    assert gregor.spans == (CodeSpan("SVNGOV", dt.date(2009, 1, 1), dt.date(2009, 12, 31)),)


def test_parentheses_latin1_and_malformed_lines_do_not_stop_the_file():
    reader, actors = _read_actors("countries.actors.txt")
    assert "NATIONAL GUARD OF SLOVENIA (NGS)" in actors
    assert "ZOFIJA KRÄLJ" in actors  # a Latin-1 line inside a UTF-8 file
    messages = _messages(reader)
    assert (26, "not UTF-8: read as Latin-1") in messages
    assert (29, "no closing bracket: line skipped") in messages
    assert (17, "restriction '010101' is neither <date, >date nor date-date") in messages
    assert any(line == 33 and "ends before it starts" in msg for line, msg in messages)
    assert "PETRA ZAJC" in actors  # the record after all the broken ones
    assert all(str(w).startswith("countries.actors.txt:") for w in reader.warnings)


def test_html_comments_over_several_lines_are_skipped():
    _, actors = _read_actors("international.actors.txt")
    assert set(actors) == {
        "NORDIC FISHERIES COUNCIL",
        "KARI LAHTI",
        "HARBOUR RELIEF FOUNDATION",
        "BLUE KELP TRADING INC",
        "KELPNEWS",
    }


# ------------------------------------------------------------------------------------------------
# reader: agents, discards, verbs


def test_agents_substitutions_plurals_and_code_side():
    reader = PetrarchReader()
    agents = {a.phrase: a for a in reader.agents(FIXTURES / "agents.txt")}
    assert agents["CONGRESS!PERSON!"].forms == ("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN")
    assert agents["TRADE UNION BOSS"].plurals == ("TRADE UNION BOSSES",)
    assert agents["HARBOUR POLICE"].plurals == ()  # {}: no plural
    assert agents["BORDER GUARD"].plurals is None  # regular plurals
    assert agents["AID WORKER"].before and agents["AID WORKER"].code == "NGO"
    assert agents["FISHERY MINISTRY"].code == "GOVAGR"  # "[~GOVAGR}" typo read, with a warning
    assert _messages(reader) == [
        (9, "code closed with '}' instead of ']'"),
        (10, "agent line without [code]: skipped"),
    ]


def test_discards_sentence_and_story_level():
    discards = PetrarchReader().discards(FIXTURES / "discards.txt")
    assert [(d.phrase, d.story) for d in discards] == [
        ("TENNIS MATCH", False),
        ("WORLD CUP OF CHESS", True),
    ]


def test_verb_dictionary_synsets_blocks_and_patterns():
    reader = PetrarchReader()
    verbs = reader.verbs(FIXTURES / "verbs.txt")
    assert verbs.synsets["&TRUCE"].members == ("CEASEFIRE", "TRUCE", "COOLING_OFF_PERIOD_")
    assert not verbs.synsets["&WEAPONRY"].plurals  # label ends in "_"
    halt, promise = verbs.blocks
    assert halt.code is None and promise.code == "030"
    call = next(v for v in halt.verbs if v.lemma == "CALL")
    assert call.after == ("OFF",) and call.forms[0] == "+CALLS_OFF"
    assert next(v for v in halt.verbs if v.lemma == "TAP").before == ("WIRE",)
    assert next(v for v in promise.verbs if v.lemma == "PLEDGE").code == "031"
    to_truce = promise.patterns[0]
    assert to_truce.after_preps[0].prep == "TO"
    assert to_truce.after_preps[0].objects[0].words == ("&TRUCE",)
    assert halt.patterns[2].after[0].words == ("ARMS", "SHIPMENTS")
    assert halt.patterns[1].before[0].words == ("&WEAPONRY",)
    assert [p.code for p in promise.patterns] == [
        "0356",
        "036",
        "057:057",
        "036:043",
        ":071",
        "---",
    ]
    assert _messages(reader) == [
        (23, "unclosed '{': pattern skipped"),
        (24, "synset &UNDEFINED is not defined: pattern skipped"),
    ]


# ------------------------------------------------------------------------------------------------
# converter


def _rows(tables: Tables, name: str, source: str) -> tuple[Converter, dict, dict]:
    conv = Converter(tables)
    people, orgs = conv.actor_rows(PetrarchReader().actors(FIXTURES / name), source)
    by_person: dict[str, list[dict]] = {}
    for row in people:
        by_person.setdefault(row["name"], []).append(row)
    return conv, by_person, {o["name"]: o for o in orgs}


def test_person_terms_map_offices_dates_and_countries(tables):
    conv, people, orgs = _rows(tables, "countries.actors.txt", "countries")
    ana = people["Ana Novak"]
    assert [(r["office"], r["country"], r["start"], r["end"]) for r in ana] == [
        ("official", "SVN", "2000-01-01", "2005-01-01"),  # inclusive end → successor's day
        ("official", "SVN", "2020-01-01", ""),
    ]
    assert ana[0]["sector"] == ana[1]["sector"] == "ELI"  # out of office
    assert ana[0]["aliases"] == "Minister Ana Novak|Novak" and ana[1]["aliases"] == ""
    assert ana[0]["surname"] == "-"
    kern = people["Boris Kern"]  # CAMEO ROM → ISO ROU
    assert [(r["office"], r["country"], r["end"]) for r in kern] == [
        ("military", "ROU", "1995-07-01"),
        ("official", "ROU", "2007-01-01"),
    ]
    assert people["Tine Breznik"][0]["country"] == "XKX"  # CAMEO KSV
    assert people["Petra Zajc"][0]["office"] == ""  # JUD term: no office; kept without terms
    assert "Iceland" not in people and "Iceland" not in orgs
    assert orgs["National Guard of Slovenia"] == {
        "name": "National Guard of Slovenia",
        "kind": "organization",
        "code": "SVN",
        "sector": "MIL",
        "aliases": "NGS|Home Guard",
    }
    assert conv.skipped["countries: term coded JUD: no office"] == 1
    assert conv.skipped["countries: term coded ELI: no office"] == 1
    assert (
        conv.skipped["countries: a country or territory (detente's countries.yaml has them)"] == 1
    )


def test_international_and_nonstate_actors(tables):
    _, people, orgs = _rows(tables, "international.actors.txt", "international")
    assert people["Kari Lahti"][0]["office"] == "sg" and people["Kari Lahti"][0]["country"] == "UN"
    assert orgs["Nordic Fisheries Council"]["code"] == "IGO"
    assert orgs["Harbour Relief Foundation"]["sector"] == "NGO"
    assert (orgs["Blue Kelp Trading Inc"]["code"], orgs["Blue Kelp Trading Inc"]["sector"]) == (
        "NOR",
        "BUS",
    )
    _, people, orgs = _rows(tables, "nonstate.actors.txt", "nonstate")
    front = orgs["Mountain Liberation Front"]
    assert (front["kind"], front["code"], front["sector"]) == ("group", "SVN", "REB")
    assert front["aliases"] == "MLF|Front of the Mountains"
    assert orgs["Sea Wolves"]["code"] == "IMG"  # a region code: transnational
    assert people["Drago Volk"][0]["sector"] == "REB"  # "__" marks an individual
    # a common noun alone is no alias: it would name every organisation
    assert orgs["River Cells"]["aliases"] == "RC"


def test_a_role_code_alone_is_no_region(tables):
    """ "[MED]" alone is the media, not the Mediterranean: the entry names no country and is
    left out, never coded as a transnational armed group."""
    conv, _, orgs = _rows(tables, "international.actors.txt", "international")
    assert "Kelpnews" not in orgs
    assert conv.skipped["international: a role code alone (MED), no country"] == 1


def test_agents_become_role_words(tables):
    conv = Converter(tables)
    roles = conv.roles(PetrarchReader().agents(FIXTURES / "agents.txt"))
    assert roles["border guard"] == {"sector": "COP"}
    assert roles["fishery ministry"] == {"sector": "GOV"}  # GOVAGR: its first role
    assert "tree planter" not in roles  # ENV is no detente sector
    assert conv.skipped["agents: code ENV has no detente sector"] == 1


def test_verbs_and_patterns_become_lexicon_entries(tables):
    conv = Converter(tables)
    entries = {e["id"]: e for e in conv.lexicon(PetrarchReader().verbs(FIXTURES / "verbs.txt"))}
    assert entries["petrarch:promise:pledge"] == {
        "id": "petrarch:promise:pledge",
        "v": "pledge",
        "cameo": "031",
        "conf": 0.6,
    }
    assert entries["petrarch:halt:p1"]["obj"] == "talks|talk"
    truce = entries["petrarch:promise:p1"]
    assert (truce["prep"], truce["pobj"], truce["cameo"]) == ("to", "ceasefire|truce", "0356")
    assert truce["v"] == "pledge|promise|remark"
    assert (entries["petrarch:promise:p2"]["prt"], entries["petrarch:promise:p2"]["obj"]) == (
        "out",
        "plan",
    )
    assert entries["petrarch:promise:p3"]["mutual"] is True  # 057:057
    assert entries["petrarch:promise:p4"]["cameo"] == "036"  # reverse 043 dropped, counted
    assert "petrarch:promise:remark" not in entries  # CAMEO 01: no PLOVER type
    assert conv.counts["patterns: reverse events dropped"] == 1
    for reason in (
        "patterns: words before the verb (a subject constraint)",
        "patterns: actor markers (+ $ % ^) inside the pattern",
        "patterns: code names only the reverse event (:CODE)",
        "patterns: null code ---",
        "verbs: words before the verb (WIRE_+TAP, RE_+ARREST)",
    ):
        assert conv.skipped[reason] == 1, reason


def test_display_names():
    assert display("NURI AL-MALIKI") == "Nuri al-Maliki"
    assert display("UNITED NATIONS MISSION IN SUDAN") == "United Nations Mission in Sudan"
    assert display("IAEA") == "IAEA"
    assert display("JOHN MCCAIN") == "John McCain"
    assert split_parenthesis("ANIMAL LIBERATION FRONT (ALF)") == (
        "ANIMAL LIBERATION FRONT",
        ["ALF"],
    )
    assert split_parenthesis("PEOPLES ARMY (COLOMBIA)") == ("PEOPLES ARMY", [])


# ------------------------------------------------------------------------------------------------
# the real dictionaries and the committed conversion


@pytest.fixture(scope="module")
def real():
    return build(shared_path("dictionaries", "petrarch2"))


def test_real_dictionaries_load_with_counts_in_range(real):
    counts, skipped = real.report["counts"], real.report["skipped"]
    assert counts["countries actors read"] > 15_000
    assert counts["countries people"] > 15_000
    assert counts["terms"] > 15_000
    assert counts["international organizations"] > 4_000
    assert counts["nonstate groups"] > 500
    assert 1_500 < counts["verbs read"] < 2_500
    assert 4_000 < counts["patterns read"] < 5_500
    assert counts["pattern entries"] > 2_500
    assert counts["agent phrases"] > 2_000
    assert skipped["discards: detente has no sentence-discard list"] > 400
    assert 0 < real.report["warnings"] < 3_000


def test_committed_data_equals_a_fresh_conversion(real):
    """Stale data fails here: run `make dictionaries` and commit the result."""
    for name, text in real.files.items():
        path = DATA / name
        assert path.is_file(), f"{path} is missing: run make dictionaries"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run make dictionaries"
    assert "MIT License" in (DATA / "LICENSE").read_text(encoding="utf-8")


def test_converted_rows_pass_detente_checks(tables):
    """Every row uses codes, sectors, offices and dates the actor loader accepts; every lexicon
    entry a listed CAMEO code with a PLOVER type (the loader's own checks, without spaCy)."""
    import csv

    for name in ("people.csv", "organizations.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if not r["name"].startswith("#")]
        assert rows
        for row in rows:
            assert row["code"] in tables.iso3 or re.fullmatch(r"[A-Z]{2,6}", row["code"]), row
            assert not row["sector"] or row["sector"] in tables.sectors, row
            if name == "people.csv" and row["office"]:
                assert row["office"] in tables.offices, row
                for key in ("start", "end"):
                    assert not row[key] or dt.date.fromisoformat(row[key]), row
    lexicon = yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8"))
    for entry in lexicon["entries"]:
        assert entry["cameo"] in tables.cameo and tables.plover(entry["cameo"]), entry
        assert entry["id"].startswith("petrarch:")
