"""Building the catalogue: the packaged data files, the user's files, the alias index.

The catalogue is read-only knowledge loaded once per process from the data files shipped in
``detente/actors/data`` (countries, organisations, leaders with their terms of office, role
nouns), then the converted PETRARCH-2 / Phoenix actors (``detente/knowledge/data/petrarch``),
which only fill gaps, then any user files given with ``--actors``. Every alias is compiled here into the token
trie that ``Catalogue.walk`` reads: no per-alias regular expressions. A user file that cannot be
used stops the run with ``ConfigError`` E501 naming the file, the entry and what is wrong.

The packaged part (everything before the user files) is kept on disk by ``cache`` and read back
by later processes; user files are applied on top at every load.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from ..dates import period_bound
from ..errors import ConfigError
from ..knowledge import layers
from . import cache
from .query import Catalogue
from .records import KINDS, Entry, Hit, Role, Sense, Term, Trie, is_kind
from .words import normalise, tokens

__all__ = ["PETRARCH_OPEN_END", "load"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&+/-]{0,5}$")
_PLAIN_ALIAS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # as words._PLAIN: split on spaces
# A term the PETRARCH dictionaries leave open was open in their January 2014 snapshot, not
# today: it is closed on this day (the snapshot plus one year, about half a usual cabinet term),
# so that nobody known only to PETRARCH is taken for a sitting office holder a decade later.
PETRARCH_OPEN_END = dt.date(2015, 1, 1)
# Where the catalogue's own entries come from (a user file replaces their terms).
_BASE_SOURCES = frozenset({"catalogue", "petrarch"})


def _phrase_key(phrase: str) -> str:
    """A phrase as the article's token keys spell it, one space between tokens."""
    return " ".join(normalise(t) for t in tokens(phrase))


def load(extra: Sequence[Path] = ()) -> Catalogue:
    """``Catalogue.load``: the packaged catalogue plus the user files ``extra``, cached by the
    files' paths and modification times (and by the knowledge layers switched on)."""
    keys = []
    for p in extra:
        path = Path(p)
        if not path.is_file():
            raise ConfigError(f"actor file {path} does not exist", code="E501")
        keys.append((str(path.resolve()), path.stat().st_mtime_ns))
    return _load_cached(tuple(keys), "actors" in layers())


@functools.lru_cache(maxsize=8)
def _load_cached(keys: tuple[tuple[str, int], ...], petrarch: bool = True) -> Catalogue:
    """The packaged catalogue (from the disk cache when it holds this build), then each user file
    in the order given: a later file overrides. User files are applied at every load, never
    cached, so their errors and warnings are reported each time."""
    tables = cache.cached(cache.key(petrarch), lambda: _tables(_build_base(petrarch)))
    cat = Catalogue(**tables, extra=tuple(Path(k) for k, _ in keys))
    for path, _ in keys:
        _apply_user_file(cat, Path(path))
    return cat


def _build_base(petrarch: bool) -> Catalogue:
    """The packaged data first, then the PETRARCH gap-filling layer."""
    cat = Catalogue()
    _load_agents(cat)
    _load_countries(cat)
    _load_organizations(cat)
    with _data("leaders.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not (r.get("name") or "").startswith("#")]
    _load_people(cat, rows, "leaders.csv", user=False)
    if petrarch:
        _load_petrarch(cat)
    return cat


def _tables(cat: Catalogue) -> dict[str, Any]:
    """The tables of a built catalogue, as ``Catalogue(**tables)`` takes them back (the lazily
    built office index and the user files left out)."""
    return {
        f.name: getattr(cat, f.name) for f in fields(cat) if f.name not in ("extra", "_holders")
    }


# ------------------------------------------------------------------------------------------------
# loading helpers


def _data(name: str) -> Any:
    return resources.files("detente.actors").joinpath("data", name)


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster


def _yaml(name: str) -> Any:
    return yaml.load(_data(name).read_text(encoding="utf-8"), Loader=_YAML_LOADER)


def _parse_date(value: Any, where: str) -> dt.date | None:
    try:
        return period_bound(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {str(value).strip()!r} is not a date (YYYY-MM-DD)") from exc


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")


def _plurals(demonym: str) -> list[str]:
    if re.search(r"(ese|ss|ch|sh|x|z)$", demonym):
        return []
    return [demonym + "s"]


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v) for v in value]


@functools.cache
def _iso_codes() -> frozenset[str]:
    return frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})


# ------------------------------------------------------------------------------------------------
# the alias index and the packaged data


def _add_alias(
    cat: Catalogue,
    alias: str,
    hit: Hit,
    keys: Sequence[str] | None = None,
    *,
    front: bool = False,
) -> None:
    """Index ``alias`` (or its normalised tokens ``keys`` when the caller has them)."""
    if keys is None:
        keys = [normalise(tok) for tok in tokens(alias)]
    if not keys:
        return
    node = cat.trie
    for key in keys:
        node = node.setdefault(key, {})
    hits: list[Hit] = node.setdefault("", [])
    if any(h.target == hit.target and h.sector == hit.sector for h in hits):
        return
    if front:
        hits.insert(0, hit)
    else:
        hits.append(hit)


def _alias_hit(target: str, alias: str, via: str, sector: str | None = None) -> Hit:
    bare = alias.replace(".", "").replace(" ", "")
    exact = bool(_ACRONYM.match(alias)) and bare.isupper() and len(bare) <= 5
    return Hit(
        target=target,
        via=via,
        surface=alias,
        exact=exact,
        cap=(alias[4:] if alias.startswith("The ") else alias)[:1].isupper(),
        sector=sector,
    )


def _register(cat: Catalogue, entry: Entry, aliases: Iterable[tuple[str, str, str | None]]) -> None:
    cat.entries[entry.id] = entry
    for alias, via, sector in aliases:
        _add_alias(cat, alias, _alias_hit(entry.id, alias, via, sector))


def _load_countries(cat: Catalogue) -> None:
    data = _yaml("countries.yaml")["countries"]
    for country in pycountry.countries:
        iso = country.alpha_3
        spec = data.get(iso) or {}
        iso_names = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        ]
        name = spec.get("name") or next(n for n in iso_names if n)
        _add_country(cat, iso, name, spec, [n for n in iso_names if n])
    for iso, spec in data.items():
        if f"country:{iso}" not in cat.entries:
            _add_country(cat, iso, spec["name"], spec, [])


def _add_country(
    cat: Catalogue, iso: str, name: str, spec: Mapping[str, Any], iso_names: list[str]
) -> None:
    demonyms = _list(spec.get("demonyms"))
    aliases: list[tuple[str, str, str | None]] = [(name, "name", None)]
    for n in iso_names:
        if "," not in n and "(" not in n:
            aliases.append((n, "alias", None))
    aliases += [(a, "alias", None) for a in _list(spec.get("aliases"))]
    for d in demonyms:
        aliases.append((d, "demonym", None))
        aliases += [(p, "demonym", None) for p in _plurals(d)]
    aliases += [(p, "demonym", None) for p in _list(spec.get("plurals"))]
    aliases += [(c, "metonym", "GOV") for c in _list(spec.get("capitals"))]
    aliases += [(p, "prefix", None) for p in _list(spec.get("prefixes"))]
    for sector, seats in (spec.get("seats") or {}).items():
        aliases += [(s, "seat", sector) for s in _list(seats)]
    for code in _list(spec.get("cameo")):
        cat.cameo[code] = iso
    entry = Entry(
        id=f"country:{iso}",
        name=name,
        code=iso,
        sector=None,
        kind="country",
        adjective=demonyms[0] if demonyms else None,
        leader_office=spec.get("leader", "hos"),
        family_first=spec.get("names") == "family-first",
    )
    _register(cat, entry, aliases)


def _load_organizations(cat: Catalogue) -> None:
    data = _yaml("organizations.yaml")
    for spec in data["organizations"]:
        entry = Entry(
            id=f"org:{spec['id']}",
            name=spec["name"],
            code=spec.get("code"),
            sector=spec.get("sector"),
            kind=spec.get("kind", "organization"),
            context=tuple(normalise(w) for w in _list(spec.get("context"))),
        )
        aliases = [(spec["name"], "name", None)]
        aliases += [(a, "alias", None) for a in _list(spec.get("aliases"))]
        _register(cat, entry, aliases)


def _load_people(
    cat: Catalogue,
    rows: Iterable[Mapping[str, Any]],
    where: str,
    user: bool,
    source: str = "catalogue",
) -> None:
    """Rows of person-office-term (leaders.csv, the PETRARCH layer or a user file): merged by
    person id. A user row replaces the terms a base layer gave the person."""
    for n, row in enumerate(rows, start=2 if not user else 1):
        name = (row.get("name") or "").strip()
        if not name:
            raise ValueError(f"{where}: row {n}: a person needs a name")
        pid = (row.get("id") or "").strip() or f"person:{_slug(name)}"
        old = cat.entries.get(pid)
        terms = list(old.terms) if old and not (user and old.source in _BASE_SOURCES) else []
        if row.get("office"):
            code = (row.get("country") or row.get("code") or "").strip()
            terms.append(
                Term(
                    office=row["office"].strip(),
                    code=code,
                    title=(row.get("title") or "").strip(),
                    start=_parse_date(row.get("start"), f"{where}: row {n} ({name}) start"),
                    end=_parse_date(row.get("end"), f"{where}: row {n} ({name}) end"),
                )
            )
        surnames = set(old.surnames if old else ())
        given = _list(row.get("surname"))
        surnames.update(normalise(s) for s in given if s != "-")
        if not surnames and not given and old is None:
            surnames.add(normalise(name.split()[-1]))
        gender = (row.get("gender") or "").strip() or (old.gender if old else None)
        code = (row.get("code") or row.get("country") or "").strip() or None
        if terms:
            latest = max(terms, key=lambda t: t.start or dt.date.min)
            code = code if user and row.get("code") else latest.code
        entry = Entry(
            id=pid,
            name=name,
            code=code or (old.code if old else None),
            sector=(row.get("sector") or "").strip() or None,
            kind="person",
            terms=tuple(sorted(terms, key=lambda t: t.start or dt.date.min)),
            gender=gender,
            surnames=tuple(sorted(surnames)),
            source=where if user else source,
        )
        via = "user" if user else "name"
        aliases = [(name, via, None)]
        aliases += [(a, "user" if user else "alias", None) for a in _list(row.get("aliases"))]
        if user and old is not None:
            _drop_hits(cat, pid)
        cat.entries[pid] = entry
        for alias, v, _ in aliases:
            _add_alias(cat, alias, _alias_hit(pid, alias, v), front=user)
        for s in entry.surnames:
            ids = cat.surnames.get(s, ())
            if pid not in ids:
                cat.surnames[s] = (*ids, pid)
            surface = next((w for w in name.split() if normalise(w) == s), s.title())
            _add_alias(cat, surface, Hit(f"surname:{s}", "surname", surface))


def _knowledge_rows(name: str) -> list[dict[str, str]]:
    path = resources.files("detente.knowledge").joinpath("data", "petrarch", name)
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return [r for r in rows if not (r.get("name") or "").startswith("#")]


def _resolves(cat: Catalogue, keys: Sequence[str]) -> bool:
    """Whether the normalised tokens ``keys`` are already a whole alias of the catalogue (of an
    entry, a family name, a blocked phrase...)."""
    node: Trie = cat.trie
    for key in keys:
        child: Trie | None = node.get(key)
        if child is None:
            return False
        node = child
    return bool(node.get(""))


def _iso_date(value: str) -> dt.date | None:
    """The converter writes YYYY-MM-DD; anything else goes through the general parser."""
    return dt.date.fromisoformat(value) if len(value) == 10 else period_bound(value)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a name that reads as a date ("May 15", "17 November"): a group's name, but a day in the news
_DATE_NAME = re.compile(rf"(?:{_MONTHS}) \d{{1,2}}|\d{{1,2}} (?:{_MONTHS})", re.IGNORECASE)


def _load_petrarch(cat: Catalogue) -> None:
    """The converted PETRARCH-2 / Phoenix actors, as a layer that only fills gaps.

    A person or organisation one of whose names already resolves to anything (an entry, a family
    name, a blocked phrase, an earlier entry of this layer) is left out: no alias comes to name
    two actors, and detente's own entries keep their terms, titles, surnames and PLOVER sectors. The others are added with
    their aliases behind any packaged hit, and terms left open in the 2014 snapshot end on
    ``PETRARCH_OPEN_END``. The rows are generated and tested, so they are not checked the way a
    user file is, and entries are built directly (about 25,000 of them: load time matters)."""
    memo: dict[str, tuple[str, ...]] = {}

    def keys(alias: str) -> tuple[str, ...]:
        found = memo.get(alias)
        if found is None:
            if alias.isascii() and _PLAIN_ALIAS.fullmatch(alias) and "cannot" not in alias:
                found = tuple(alias.lower().split())  # what tokens + normalise give, faster
            else:
                found = tuple(normalise(t) for t in tokens(alias))
            memo[alias] = found
        return found

    people: dict[str, list[dict[str, str]]] = {}
    for row in _knowledge_rows("people.csv"):
        people.setdefault(row["name"], []).append(row)
    for name, rows in people.items():
        pid = f"person:{_slug(name)}"
        aliases = [name, *dict.fromkeys(a for r in rows for a in _list(r.get("aliases")))]
        if pid in cat.entries:
            _earlier_career(cat, pid, _petrarch_terms(rows))
            continue
        if any(_resolves(cat, keys(a)) for a in aliases):
            continue
        terms = _petrarch_terms(rows)
        code = terms[-1].code if terms else rows[0]["code"]
        cat.entries[pid] = Entry(
            id=pid,
            name=name,
            code=code or None,
            sector=next((r["sector"] for r in rows if r["sector"]), None),
            kind="person",
            terms=tuple(terms),
            source="petrarch",
        )
        for a in aliases:
            _add_alias(cat, a, _alias_hit(pid, a, "name" if a == name else "alias"), keys(a))
    for row in _knowledge_rows("organizations.csv"):
        name = row["name"]
        eid = f"petrarch:{_slug(name)}"
        aliases = [name, *_list(row.get("aliases"))]
        if eid in cat.entries or any(_resolves(cat, keys(a)) for a in aliases):
            continue
        cat.entries[eid] = Entry(
            id=eid,
            name=name,
            code=row["code"] or None,
            sector=row["sector"] or None,
            kind="group" if row["kind"] == "group" else "organization",
            source="petrarch",
        )
        for a in aliases:
            if _DATE_NAME.fullmatch(a):
                # "May 15" (a Greek group of the 1980s) names a day in any news story
                continue
            _add_alias(cat, a, _alias_hit(eid, a, "name" if a == name else "alias"), keys(a))


def _petrarch_terms(rows: list[dict[str, str]]) -> list[Term]:
    """A PETRARCH person's terms in date order, those left open in the snapshot ended on
    ``PETRARCH_OPEN_END``."""
    terms = []
    for r in rows:
        if not r["office"]:
            continue
        start, end = _iso_date(r["start"]), _iso_date(r["end"])
        if end is None and (start is None or start < PETRARCH_OPEN_END):
            end = PETRARCH_OPEN_END
        terms.append(Term(r["office"], r["country"] or r["code"], r["title"], start, end))
    terms.sort(key=lambda t: t.start or dt.date.min)
    return terms


def _earlier_career(cat: Catalogue, pid: str, terms: list[Term]) -> None:
    """PETRARCH's terms of a person detente catalogues, for the years before detente's first
    term of theirs: "French finance minister Christine Lagarde" in May 2011 is France's, not yet
    the IMF's. Detente's own terms stay as they are; an earlier term running into them is cut
    where they begin. Only offices of a state are taken: the snapshot codes some governing
    parties' people as rebels (Namibia's SWAPO) and names international posts loosely."""
    entry = cat.entries[pid]
    first = min((t.start for t in entry.terms if t.start), default=None)
    if first is None or entry.kind != "person":
        return
    states = _iso_codes()
    earlier = [
        replace(t, end=first if t.end is None or t.end > first else t.end)
        for t in terms
        if t.start is not None and t.start < first and t.code in states
    ]
    if earlier:
        cat.entries[pid] = replace(entry, terms=(*earlier, *entry.terms))


def _drop_hits(cat: Catalogue, target: str) -> None:
    def walk(node: Trie) -> None:
        for key, child in node.items():
            if key == "":
                child[:] = [h for h in child if h.target != target]
            else:
                walk(child)

    walk(cat.trie)


def _load_agents(cat: Catalogue) -> None:
    data = _yaml("agents.yaml")
    cat.sector_labels = dict(data["sectors"])
    for rank, (office, spec) in enumerate(data["offices"].items()):
        cat.office_rank[office] = rank
        cat.office_sector[office] = spec["sector"]
    for phrase, spec in data["roles"].items():
        key = " ".join(normalise(t) for t in tokens(phrase))
        cat.roles[key] = Role(
            phrase,
            spec.get("sector"),
            person=bool(spec.get("person")),
            bare=spec.get("bare", True),
            defer=bool(spec.get("defer")),
        )
    cat.max_role_words = max(len(k.split()) for k in cat.roles)
    cat.titles = {
        " ".join(normalise(t) for t in tokens(k)): tuple(v) for k, v in data["titles"].items()
    }
    cat.max_title_words = max(len(k.split()) for k in cat.titles)
    cat.honorifics = {normalise(k): v for k, v in data["honorifics"].items()}
    cat.former = frozenset(normalise(w) for w in data["former"])
    cat.then = frozenset(normalise(w) for w in data["then"])
    cat.weak_surnames = frozenset(normalise(w) for w in data["weak_surnames"])
    cat.vessel_prefixes = {normalise(k): v for k, v in (data.get("vessel_prefixes") or {}).items()}
    cat.vessel_nouns = frozenset(normalise(w) for w in data.get("vessel_nouns") or ())
    for phrase in data["blocks"]:
        _add_alias(cat, phrase, Hit("block:", "block", phrase, cap=False), front=True)
    for alias, spec in data["senses"].items():
        key = _phrase_key(alias)
        # cue phrases are looked up in the article's tokens: "Georgia, United States" as the
        # tokenizer splits it
        sense = Sense(
            choose=tuple(spec.get("choose") or ()),
            against=tuple(_phrase_key(w) for w in spec.get("against") or ()),
            support=tuple(_phrase_key(w) for w in spec.get("support") or ()),
        )
        cat.senses[key] = sense
        if sense.choose:
            _add_alias(cat, alias, Hit(f"sense:{key}", "sense", alias), front=True)
    for word, target in data["korean"].items():
        cat.korean[normalise(word)] = target
        _add_alias(cat, word, Hit(f"korean:{normalise(word)}", "metonym", word))


# ------------------------------------------------------------------------------------------------
# user files


def _user_rows(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".yaml", ".yml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                data = data.get("actors")
            if not isinstance(data, list):
                raise ConfigError(
                    f"{path}: expected a list of actors (or a mapping with an 'actors' list)",
                    code="E501",
                )
            return data
        if suffix in (".csv", ".tsv"):
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
                if not reader.fieldnames or "name" not in reader.fieldnames:
                    raise ConfigError(f"{path}: the header must have a 'name' column", code="E501")
                return [dict(r) for r in reader]
    except (yaml.YAMLError, UnicodeDecodeError, csv.Error) as exc:
        reason = str(exc).splitlines()[0]
        raise ConfigError(f"{path}: not a readable actor file: {reason}", code="E501") from exc
    raise ConfigError(
        f"{path}: actor files must be .yaml, .yml, .csv, .tsv or PETRARCH-format .txt",
        code="E501",
    )


def _petrarch_rows(cat: Catalogue, path: Path) -> list[dict[str, Any]] | None:
    """The rows of a PETRARCH-format actor file (None when ``path`` is not one); an agents file
    adds its role phrases where the catalogue has none. Malformed lines are logged warnings."""
    from ..knowledge.userfiles import actor_file, sniff

    kind = sniff(path)
    if kind not in ("actors", "agents"):
        return None
    rows, roles = actor_file(path, kind)
    for phrase, spec in roles.items():
        key = " ".join(normalise(t) for t in tokens(phrase))
        if key and key not in cat.roles:
            cat.roles[key] = Role(phrase, spec["sector"])
            cat.max_role_words = max(cat.max_role_words, len(key.split()))
    if not rows and not roles:
        raise ConfigError(f"{path}: a PETRARCH-format file with no usable record", code="E501")
    return rows


def _apply_user_file(cat: Catalogue, path: Path) -> None:
    iso = _iso_codes()
    rows = _petrarch_rows(cat, path)
    for n, row in enumerate(_user_rows(path) if rows is None else rows, start=1):
        if not isinstance(row, dict):
            raise ConfigError(f"{path}: entry {n}: expected a mapping of fields", code="E501")
        name = str(row.get("name") or "").strip()
        where = f"{path}: entry {n} ({name or 'no name'})"
        if not name:
            raise ConfigError(f"{where}: 'name' is required", code="E501")
        kind = str(
            row.get("kind")
            or ("person" if row.get("office") or row.get("terms") else "organization")
        )
        if not is_kind(kind):
            raise ConfigError(
                f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}", code="E501"
            )
        code = str(row.get("code") or row.get("country") or "").strip() or None
        if code and code not in iso and not re.fullmatch(r"[A-Z]{2,6}", code):
            raise ConfigError(
                f"{where}: code {code!r} is neither an ISO3 country nor a short upper-case code",
                code="E501",
            )
        sector = str(row.get("sector") or "").strip() or None
        if sector and sector not in cat.sector_labels:
            raise ConfigError(
                f"{where}: sector {sector!r} is not one of {', '.join(cat.sector_labels)}",
                code="E501",
            )
        try:
            aliases = _list(row.get("aliases"))
            if kind == "person":
                terms = row.get("terms")
                if terms:
                    if not isinstance(terms, list):
                        raise ValueError("'terms' must be a list")
                    rows = [{**row, **t, "aliases": "|".join(aliases)} for t in terms]
                else:
                    rows = [{**row, "aliases": "|".join(aliases)}]
                for r in rows:
                    for key in (
                        "start",
                        "end",
                        "surname",
                        "gender",
                        "office",
                        "title",
                        "country",
                        "id",
                    ):
                        r[key] = "" if r.get(key) is None else str(r[key])
                    if r.get("office") and not r.get("country"):
                        r["country"] = code or ""
                _load_people(cat, rows, str(path), user=True)
                continue
            eid = (
                str(row.get("id") or "").strip()
                or _find_id(cat, name, kind)
                or f"user:{_slug(name)}"
            )
            if eid in cat.entries:
                _drop_hits(cat, eid)
            old = cat.entries.get(eid)
            entry = Entry(
                id=eid,
                name=name,
                code=code or (old.code if old else None),
                sector=sector if sector or not old else old.sector,
                kind=kind,
                adjective=old.adjective if old else None,
                leader_office=old.leader_office if old else "hos",
                family_first=old.family_first if old else False,
                source=str(path),
            )
            cat.entries[eid] = entry
            for alias in [name, *aliases, *(_list(row.get("demonyms")))]:
                _add_alias(cat, alias, _alias_hit(eid, alias, "user"), front=True)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}", code="E501") from exc


def _find_id(cat: Catalogue, name: str, kind: str) -> str | None:
    key = normalise(name)
    for entry in cat.entries.values():
        if entry.kind == kind and normalise(entry.name) == key:
            return entry.id
    return None
