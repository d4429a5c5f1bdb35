"""The PETRARCH gap-filling layer of the catalogue: people and armed groups only PETRARCH knows
resolve; detente's own people keep their codes and terms; a term PETRARCH leaves open in its 2014
snapshot does not make anyone a sitting office holder years later."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Catalogue, resolve
from detente.actors.build import PETRARCH_OPEN_END

D2010 = dt.date(2010, 5, 4)
D2022 = dt.date(2022, 3, 1)


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return Catalogue.load()


def coded(nlp, cat, text: str, date: dt.date) -> dict[str, tuple]:
    return {
        m.actor.text: (m.actor.code, m.actor.sector)
        for m in resolve(nlp(text), cat, published=date)
    }


def test_a_minister_only_petrarch_knows_resolves_to_his_country_and_sector(nlp, cat):
    got = coded(nlp, cat, "Hoshyar Zebari flew to Ankara for talks on the border.", D2010)
    assert got["Hoshyar Zebari"] == ("IRQ", "GOV")
    assert cat.entry(cat.lookup("Hoshyar Zebari").id).source == "petrarch"


def test_an_armed_group_only_petrarch_knows_resolves(nlp, cat):
    got = coded(nlp, cat, "The Tamil Tigers attacked a navy patrol off Jaffna.", D2010)
    assert got["Tamil Tigers"] == ("LKA", "REB")
    actor = cat.lookup("Liberation Tigers of Tamil Eelam")
    assert (actor.code, actor.sector, actor.kind) == ("LKA", "REB", "group")


def test_a_person_detente_knows_keeps_detente_s_entry(cat):
    # PETRARCH lists Lavrov too, as a generic official from 2004; detente's foreign-minister
    # term and surname stay, and no PETRARCH term is merged in
    lavrov = cat.entry("person:sergei-lavrov")
    assert lavrov.source == "catalogue"
    assert {t.office for t in lavrov.terms} == {"fm"}
    assert "lavrov" in lavrov.surnames
    actor = cat.at_date(cat.lookup("Sergei Lavrov"), D2022)
    assert (actor.code, actor.sector) == ("RUS", "GOV")


def test_an_open_2014_term_is_closed_and_makes_no_sitting_official_in_2022(nlp, cat):
    zebari = cat.entry(cat.lookup("Hoshyar Zebari").id)
    assert zebari.terms[-1].end == PETRARCH_OPEN_END  # open in the 2014 snapshot
    assert cat.offices(zebari.id, D2010) and not cat.offices(zebari.id, D2022)
    got = coded(nlp, cat, "Hoshyar Zebari flew to Ankara for talks on the border.", D2022)
    assert got["Hoshyar Zebari"] == ("IRQ", None)  # still Iraqi, no longer in government
    holder = cat.office_holder("IRQ", ["official"], D2022)
    assert holder is None or holder.source != "petrarch"


def test_petrarch_aliases_go_behind_packaged_ones(cat):
    # an alias shared with a packaged entry keeps the packaged entry first
    for key in ("hamas", "nato"):
        hits = cat.trie[key][""]
        assert cat.entries[hits[0].target].source == "catalogue"


def test_the_layer_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DETENTE_KNOWLEDGE", "lexicon")
    bare = Catalogue.load()
    assert bare.lookup("Hoshyar Zebari") is None
    assert not any(e.source == "petrarch" for e in bare.entries.values())
