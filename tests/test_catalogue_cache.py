"""The catalogue's disk cache: used by a second load, rebuilt when an input changes or the file is
damaged, skipped when switched off or unwritable, and what it gives back is the catalogue a fresh
build gives (same entries, same alias index, same lookups)."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from detente.actors import Catalogue, build, cache

SAMPLE = [
    "Hungarian",
    "JAP",
    "the Kremlin",
    "Putin",
    "Chinese officials",
    "Hamas",
    "U.N.",
    "North Korea",
    "Pentagon",
    "an expert",
    "Zelensky",
    "European Union",
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A private cache directory, the cache on, and no catalogue cached in this process (before
    and after, so that other tests get the usual one back)."""
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DETENTE_CACHE", raising=False)
    monkeypatch.setenv("DETENTE_KNOWLEDGE", "actors")
    build._load_cached.cache_clear()
    before = cache.CacheStats(**vars(cache.STATS))
    yield lambda: cache.CacheStats(
        hits=cache.STATS.hits - before.hits,
        misses=cache.STATS.misses - before.misses,
        writes=cache.STATS.writes - before.writes,
    )
    build._load_cached.cache_clear()


def _reload(extra=()) -> Catalogue:
    build._load_cached.cache_clear()
    return Catalogue.load(extra)


def _files(tmp_path) -> list:
    return sorted((tmp_path / "cache").glob("catalogue-*.pickle"))


def _same(a: Catalogue, b: Catalogue) -> None:
    assert build._tables(a) == build._tables(b)
    assert list(a.entries) == list(b.entries)  # the order too: ties are settled by it
    day = dt.date(2023, 9, 12)
    for text in SAMPLE:
        assert a.lookup(text, date=day) == b.lookup(text, date=day), text


def test_second_load_reads_the_cache_and_equals_a_fresh_build(fresh, tmp_path, monkeypatch):
    first = _reload()
    assert fresh() == cache.CacheStats(hits=0, misses=1, writes=1)
    assert len(_files(tmp_path)) == 1
    second = _reload()
    assert fresh() == cache.CacheStats(hits=1, misses=1, writes=1)
    assert second is not first
    monkeypatch.setenv("DETENTE_CACHE", "off")
    _same(second, _reload())
    assert fresh().hits == 1  # switched off: built again, not read


def test_a_changed_input_file_gives_another_key_and_a_rebuild(fresh, tmp_path, monkeypatch):
    data = tmp_path / "data.csv"
    data.write_text("one\n", encoding="utf-8")
    inputs = cache._inputs()
    monkeypatch.setattr(cache, "_inputs", lambda: [*inputs, ("data.csv", data)])
    _reload()
    old = cache.key(True)
    data.write_text("two\n", encoding="utf-8")
    assert cache.key(True) != old
    _reload()
    assert fresh() == cache.CacheStats(hits=0, misses=2, writes=2)
    _reload()
    assert fresh().hits == 1
    assert cache.key(False) != cache.key(True)  # the PETRARCH layer is part of the key


def test_a_user_file_is_applied_on_top_of_the_cached_base(fresh, tmp_path):
    _reload()
    user = tmp_path / "mine.csv"
    user.write_text("name,kind,code,aliases\nAcme Defence,organization,SWE,Acme\n", "utf-8")
    assert _reload([user]).lookup("Acme").code == "SWE"
    user.write_text("name,kind,code,aliases\nAcme Defence,organization,NOR,Acme\n", "utf-8")
    later = os.stat(user).st_mtime_ns + 1_000_000_000
    os.utime(user, ns=(later, later))
    assert Catalogue.load([user]).lookup("Acme").code == "NOR"  # mtime: a new in-process key
    assert fresh() == cache.CacheStats(hits=2, misses=1, writes=1)
    assert _reload().lookup("Acme") is None  # the cached base never holds a user's entries


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "truncate", "other key"])
def test_a_damaged_cache_is_ignored_and_rewritten(fresh, tmp_path, damage):
    good = _reload()
    (path,) = _files(tmp_path)
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:1000])
    elif damage == "other key":
        tables = cache.read(cache.key(True))
        assert tables is not None
        cache.write("0" * 32, tables)
        os.replace(path.with_name(f"catalogue-{'0' * 32}.pickle"), path)
    else:
        path.write_bytes(damage)
    again = _reload()
    assert fresh() == cache.CacheStats(hits=0, misses=2, writes=2)
    _same(good, again)
    _reload()
    assert fresh().hits == 1  # the rewritten file is good


def test_an_unwritable_cache_dir_is_no_failure(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(blocker / "cache"))  # under a file: no mkdir
    assert _reload().lookup("Hungarian").code == "HUN"
    assert fresh() == cache.CacheStats(hits=0, misses=1, writes=0)


def test_switched_off_writes_nothing(fresh, tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_CACHE", "off")
    _reload()
    assert _files(tmp_path) == []
    assert fresh() == cache.CacheStats(hits=0, misses=1, writes=0)


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("DETENTE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "detente"
