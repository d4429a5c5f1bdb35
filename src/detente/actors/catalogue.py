"""The actor catalogue: who can be named, by which words, and what each stands for on a date.

The catalogue is read-only knowledge loaded once per process from the data files shipped in
``detente/actors/data`` (countries, organisations, leaders with their terms of office, role
nouns) plus any user files given with ``--actors``. All aliases are compiled at load time into a
token trie keyed by normalised token text, so resolving an article costs one walk over its tokens
whatever the size of the catalogue: no per-alias regular expressions.

Aliases are tokenised with spaCy's rule-based English tokenizer (``spacy.blank("en")``), which is
the tokenizer of the English models, so "North Korea-Russia" in a Doc and "North Korea" in the
catalogue split the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from ..dates import period_bound
from ..errors import ConfigError
from ..model import Actor, ActorKind

__all__ = [
    "Catalogue",
    "Entry",
    "Hit",
    "Role",
    "Sense",
    "Term",
    "normalise",
]

KINDS = ("country", "person", "organization", "group")
# Codes of bodies above or outside states (everything else must be an ISO3 country code).
SUPRANATIONAL = frozenset({"UN", "NATO", "EU", "AU", "IGO", "NGO", "IMG"})

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&+/-]{0,5}$")


def normalise(text: str) -> str:
    """The key a token is looked up by: lower case, straight quotes, accents removed.

    Accents are dropped because news writes "Elysee" and "Élysée", "Zelensky" and "Zelenskyy"
    interchangeably (the second pair is covered by aliases)."""
    text = text.translate(_QUOTES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _tokens(text: str) -> tuple[str, ...]:
    text = text.strip()
    if _PLAIN.fullmatch(text) and "cannot" not in text.lower():
        return tuple(text.split())  # what the tokenizer gives for plain words, 20x faster
    return tuple(t.text for t in _tokenizer()(text) if not t.is_space)


# ------------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class Term:
    """One person's one term in one office: ``start`` inclusive, ``end`` exclusive (the day the
    successor took over), ``end`` None while in office."""

    office: str
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical actor of the catalogue."""

    id: str
    name: str
    code: str | None
    sector: str | None
    kind: ActorKind
    terms: tuple[Term, ...] = ()
    gender: str | None = None  # "m", "f" or None: for pronoun agreement
    surnames: tuple[str, ...] = ()  # normalised
    adjective: str | None = None  # countries: the main demonym ("North Korean")
    leader_office: str = "hos"  # countries: which office "the X leader" means
    context: tuple[str, ...] = ()  # organisations: words one of which the article must contain
    source: str = "catalogue"

    def actor(self, text: str, *, sector: str | None = None) -> Actor:
        return Actor(
            text=text,
            name=self.name,
            code=self.code,
            sector=self.sector if sector is None else sector,
            kind=self.kind,
            id=self.id,
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """What an alias stands for.

    ``target`` is an entry id, or ``block:`` (a phrase that is no actor), ``surname:<key>`` (a
    family name shared by the persons in ``Catalogue.surnames``), ``sense:<key>`` (an ambiguous
    alias settled by ``Catalogue.senses``) or ``korean:<key>`` ("the North").
    """

    target: str
    via: str  # name, alias, demonym, metonym, prefix, seat, surname, block, sense, user
    surface: str  # the alias as written in the catalogue
    exact: bool = False  # acronyms: the text must have the same capitals ("US", not "us")
    cap: bool = True  # the first letter in the text must be a capital
    sector: str | None = None  # seats of power: the sector they stand for ("the Pentagon": MIL)


@dataclass(frozen=True, slots=True)
class Role:
    """A noun naming a kind of agent ("officials", "troops")."""

    phrase: str
    sector: str | None
    person: bool = False  # an individual in the singular ("an official"), else a collective
    bare: bool = True  # may name an (unresolved) actor without a country or organisation
    defer: bool = False  # a sector word before it decides ("military officials")


@dataclass(frozen=True, slots=True)
class Sense:
    """How to settle an ambiguous alias (see agents.yaml)."""

    choose: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    support: tuple[str, ...] = ()


_Trie = dict[str, Any]  # token → child trie; the key "" holds the list of Hits ending here


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


def _iso_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | {"XKX"}


# ------------------------------------------------------------------------------------------------
# the catalogue


@dataclass
class Catalogue:
    """Every actor detente can name, the words that name them, and the role nouns.

    Build it with ``Catalogue.load``; it is cached by the paths of the user files, and pickles as
    a reload from those paths (a worker process rebuilds it instead of receiving the tries).
    """

    entries: dict[str, Entry] = field(default_factory=dict)
    trie: _Trie = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key → person ids
    senses: dict[str, Sense] = field(default_factory=dict)  # normalised alias → Sense
    korean: dict[str, str] = field(default_factory=dict)  # "north" → "country:PRK"
    roles: dict[str, Role] = field(default_factory=dict)  # normalised phrase → Role
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrase → offices
    honorifics: dict[str, str | None] = field(default_factory=dict)  # "mr" → "m"
    former: frozenset[str] = frozenset()
    weak_surnames: frozenset[str] = frozenset()
    then: frozenset[str] = frozenset()
    sector_labels: dict[str, str] = field(default_factory=dict)
    office_rank: dict[str, int] = field(default_factory=dict)  # "hos" → 0: most senior first
    office_sector: dict[str, str] = field(default_factory=dict)  # "military" → "MIL"
    cameo: dict[str, str] = field(default_factory=dict)  # CAMEO code → ISO3
    max_role_words: int = 1
    max_title_words: int = 1
    extra: tuple[Path, ...] = ()

    # --------------------------------------------------------------------------------------------
    # construction

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Catalogue:
        """The packaged catalogue plus user files (YAML or CSV) that add or override entries.

        Cached by the files' paths and modification times, so calling it for every run or every
        worker is cheap. An invalid user file raises ``ConfigError`` E501 naming the file and the
        entry."""
        keys = []
        for p in extra:
            path = Path(p)
            if not path.is_file():
                raise ConfigError(f"actor file {path} does not exist", code="E501")
            keys.append((str(path.resolve()), path.stat().st_mtime_ns))
        return _load_cached(tuple(keys))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Catalogue.load, (self.extra,))

    def _add_alias(self, alias: str, hit: Hit, *, front: bool = False) -> None:
        toks = _tokens(alias)
        if not toks:
            return
        node = self.trie
        for tok in toks:
            node = node.setdefault(normalise(tok), {})
        hits: list[Hit] = node.setdefault("", [])
        if any(h.target == hit.target and h.sector == hit.sector for h in hits):
            return
        if front:
            hits.insert(0, hit)
        else:
            hits.append(hit)

    def _alias_hit(self, target: str, alias: str, via: str, sector: str | None = None) -> Hit:
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

    def _register(self, entry: Entry, aliases: Iterable[tuple[str, str, str | None]]) -> None:
        self.entries[entry.id] = entry
        for alias, via, sector in aliases:
            self._add_alias(alias, self._alias_hit(entry.id, alias, via, sector))

    def _load_countries(self) -> None:
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
            self._add_country(iso, name, spec, [n for n in iso_names if n])
        for iso, spec in data.items():
            if f"country:{iso}" not in self.entries:
                self._add_country(iso, spec["name"], spec, [])

    def _add_country(self, iso: str, name: str, spec: Mapping[str, Any], iso_names: list[str]):
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
            self.cameo[code] = iso
        entry = Entry(
            id=f"country:{iso}",
            name=name,
            code=iso,
            sector=None,
            kind="country",
            adjective=demonyms[0] if demonyms else None,
            leader_office=spec.get("leader", "hos"),
        )
        self._register(entry, aliases)

    def _load_organizations(self) -> None:
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
            self._register(entry, aliases)

    def _load_people(self, rows: Iterable[Mapping[str, Any]], where: str, user: bool) -> None:
        """Rows of person-office-term (leaders.csv, or a user file): merged by person id."""
        for n, row in enumerate(rows, start=2 if not user else 1):
            name = (row.get("name") or "").strip()
            if not name:
                raise ValueError(f"{where}: row {n}: a person needs a name")
            pid = (row.get("id") or "").strip() or f"person:{_slug(name)}"
            old = self.entries.get(pid)
            terms = list(old.terms) if old and not (user and old.source == "catalogue") else []
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
                source=where if user else "catalogue",
            )
            via = "user" if user else "name"
            aliases = [(name, via, None)]
            aliases += [(a, "user" if user else "alias", None) for a in _list(row.get("aliases"))]
            if user and old is not None:
                self._drop_hits(pid)
            self.entries[pid] = entry
            for alias, v, _ in aliases:
                self._add_alias(alias, self._alias_hit(pid, alias, v), front=user)
            for s in entry.surnames:
                ids = self.surnames.get(s, ())
                if pid not in ids:
                    self.surnames[s] = (*ids, pid)
                surface = next((w for w in name.split() if normalise(w) == s), s.title())
                self._add_alias(surface, Hit(f"surname:{s}", "surname", surface))

    def _drop_hits(self, target: str) -> None:
        def walk(node: _Trie) -> None:
            for key, child in node.items():
                if key == "":
                    child[:] = [h for h in child if h.target != target]
                else:
                    walk(child)

        walk(self.trie)

    def _load_agents(self) -> None:
        data = _yaml("agents.yaml")
        self.sector_labels = dict(data["sectors"])
        for rank, (office, spec) in enumerate(data["offices"].items()):
            self.office_rank[office] = rank
            self.office_sector[office] = spec["sector"]
        for phrase, spec in data["roles"].items():
            key = " ".join(normalise(t) for t in _tokens(phrase))
            self.roles[key] = Role(
                phrase,
                spec.get("sector"),
                person=bool(spec.get("person")),
                bare=spec.get("bare", True),
                defer=bool(spec.get("defer")),
            )
        self.max_role_words = max(len(k.split()) for k in self.roles)
        self.titles = {
            " ".join(normalise(t) for t in _tokens(k)): tuple(v) for k, v in data["titles"].items()
        }
        self.max_title_words = max(len(k.split()) for k in self.titles)
        self.honorifics = {normalise(k): v for k, v in data["honorifics"].items()}
        self.former = frozenset(normalise(w) for w in data["former"])
        self.then = frozenset(normalise(w) for w in data["then"])
        self.weak_surnames = frozenset(normalise(w) for w in data["weak_surnames"])
        for phrase in data["blocks"]:
            self._add_alias(phrase, Hit("block:", "block", phrase, cap=False), front=True)
        for alias, spec in data["senses"].items():
            key = " ".join(normalise(t) for t in _tokens(alias))
            sense = Sense(
                choose=tuple(spec.get("choose") or ()),
                against=tuple(normalise(w) for w in spec.get("against") or ()),
                support=tuple(normalise(w) for w in spec.get("support") or ()),
            )
            self.senses[key] = sense
            if sense.choose:
                self._add_alias(alias, Hit(f"sense:{key}", "sense", alias), front=True)
        for word, target in data["korean"].items():
            self.korean[normalise(word)] = target
            self._add_alias(word, Hit(f"korean:{normalise(word)}", "metonym", word))

    # --------------------------------------------------------------------------------------------
    # queries used by the resolver and by other stages

    def walk(self, keys: Sequence[str], start: int) -> list[tuple[int, list[Hit]]]:
        """Every alias that starts at ``keys[start]``: (end index, hits), longest last."""
        found = []
        node = self.trie
        for i in range(start, len(keys)):
            node = node.get(keys[i])
            if node is None:
                break
            hits = node.get("")
            if hits:
                found.append((i + 1, hits))
        return found

    def entry(self, actor_or_id: Actor | str | None) -> Entry | None:
        if actor_or_id is None:
            return None
        key = actor_or_id if isinstance(actor_or_id, str) else actor_or_id.id
        return self.entries.get(key) if key else None

    def country(self, code: str | None) -> Entry | None:
        return self.entries.get(f"country:{code}") if code else None

    def group_actor(self, code: str | None, sector: str | None, text: str) -> Actor:
        """A country's or organisation's sector as one actor: "North Korean troops" → the North
        Korea military (kind group, id ``group:PRK:MIL``)."""
        base = self.country(code)
        if base is None:
            base = next(
                (e for e in self.entries.values() if e.code == code and e.kind != "person"), None
            )
        if code is None or sector is None:
            return Actor(text=text, name=None, code=code, sector=sector, kind="group", id=None)
        label = self.sector_labels.get(sector, sector.lower())
        name = f"{(base.adjective or base.name) if base else code} {label}"
        return Actor(
            text=text,
            name=name,
            code=code,
            sector=sector,
            kind="group",
            id=f"group:{code}:{sector}",
        )

    def offices(self, actor: Actor | str, date: dt.date | None = None) -> list[Term]:
        """The terms a person holds on ``date`` (today when None), most senior first."""
        entry = self.entry(actor)
        if entry is None:
            return []
        day = date or dt.date.today()
        held = [t for t in entry.terms if t.covers(day)]
        return sorted(held, key=lambda t: self.rank(t.office))

    def rank(self, office: str) -> int:
        return self.office_rank.get(office, len(self.office_rank))

    def term_sector(self, term: Term) -> str | None:
        """How holding ``term`` is coded: the office's sector, IGO for any office of an
        international body except an armed group's."""
        sector = self.office_sector.get(term.office, "GOV")
        if term.code in SUPRANATIONAL and sector != "REB":
            return "IGO"
        return sector

    def at_date(self, actor: Actor, date: dt.date | None) -> Actor:
        """The actor as coded on ``date`` (today when None).

        A person is coded by the office held that day (the most senior if several): the country
        of the office and the office's sector from agents.yaml (GOV for heads of state and
        government, leaders and ministers; MIL for military chiefs; REB for leaders of armed
        groups); the organisation's code and IGO for the head of an international body. Out of
        office, the person keeps the country of the nearest earlier term but no sector. Other
        actors come back unchanged."""
        entry = self.entry(actor)
        if entry is None or entry.kind != "person" or not entry.terms:
            return actor
        held = self.offices(entry.id, date)
        if held:
            term = held[0]
            return replace(actor, code=term.code, sector=self.term_sector(term))
        day = date or dt.date.today()
        before = [t for t in entry.terms if t.start is None or t.start <= day]
        term = before[-1] if before else entry.terms[0]
        return replace(actor, code=term.code, sector=entry.sector)

    def office_holder(
        self, code: str, offices: Sequence[str], date: dt.date | None, *, title: str | None = None
    ) -> Entry | None:
        """Who held one of ``offices`` for ``code`` on ``date`` ("the Russian president" on
        2023-09-12 → Vladimir Putin). A ``title`` word ("president") is matched against the
        holders' own titles first, since a country's president is not always its head of state."""
        day = date or dt.date.today()
        holders: list[tuple[int, Entry, Term]] = []
        for entry in self.entries.values():
            if entry.kind != "person":
                continue
            for term in entry.terms:
                if term.code == code and term.covers(day):
                    holders.append((self.rank(term.office), entry, term))
        if title:
            word = normalise(title)
            titled = [h for h in holders if word and word in normalise(h[2].title)]
            if titled:
                return min(titled, key=lambda h: h[0])[1]
        wanted = [h for h in holders if h[2].office in offices]
        if not wanted:
            return None
        return min(wanted, key=lambda h: (list(offices).index(h[2].office), h[0]))[1]

    def iso3_from_cameo(self, code: str) -> str | None:
        """A CAMEO country code (JAP, ROM, DRC...) or an ISO3 code → ISO3; None for codes that
        name no country (IGO, NGO, IMG...)."""
        code = (code or "").strip().upper()[:3]
        if code in self.cameo:
            return self.cameo[code]
        return code if f"country:{code}" in self.entries else None

    def lookup(self, text: str, *, date: dt.date | None = None) -> Actor | None:
        """Resolve a bare string ("Hungarian", "JAP", "the Kremlin", "Putin", "Chinese
        officials") without a parse: the whole string must be one alias, a CAMEO/ISO code, a
        country word followed by a role noun, or a role noun alone (an unresolved actor)."""
        raw = text.strip()
        if not raw:
            return None
        toks = list(_tokens(raw))
        while toks and normalise(toks[0]) in ("the", "a", "an"):
            toks = toks[1:]
        keys = [normalise(t) for t in toks]
        if not keys:
            return None
        if len(toks) == 1 and re.fullmatch(r"[A-Z]{3}", toks[0]):
            iso = self.iso3_from_cameo(toks[0])
            if iso:
                return self.entries[f"country:{iso}"].actor(raw)
        for end, hits in reversed(self.walk(keys, 0)):
            usable = [h for h in hits if _case_ok(h, toks[:end])]
            if not usable:
                continue
            actor = self.hit_actor(
                usable[0], raw if end == len(keys) else " ".join(toks[:end]), date
            )
            if end == len(keys):
                return actor
            role = self.role(keys[end:])
            if actor is not None and role is not None and actor.code:
                return self.group_actor(actor.code, role.sector, raw)
            return None
        role = self.role(keys)
        if role is not None:
            return Actor(
                text=raw,
                name=None,
                code=None,
                sector=role.sector,
                kind="person" if role.person else "group",
            )
        return None

    def role(self, keys: Sequence[str]) -> Role | None:
        """The role named by normalised words ("foreign ministry", "officials")."""
        phrase = " ".join(keys)
        if phrase in self.roles:
            return self.roles[phrase]
        if keys and keys[-1].endswith("s"):
            singular = " ".join([*keys[:-1], _singular(keys[-1])])
            return self.roles.get(singular)
        return None

    def hit_actor(self, hit: Hit, text: str, date: dt.date | None) -> Actor | None:
        """The actor a catalogue hit stands for, without article context (used by ``lookup``;
        the resolver adds context for surnames and ambiguous aliases)."""
        target = hit.target
        if target.startswith("block:"):
            return None
        if target.startswith("sense:"):
            sense = self.senses[target[6:]]
            return self.entries[sense.choose[0]].actor(text) if sense.choose else None
        if target.startswith("korean:"):
            return None
        if target.startswith("surname:"):
            person = self.surname_default(target[8:], date, ())
            return self.at_date(person.actor(text), date) if person else None
        entry = self.entries[target]
        if hit.sector:
            return self.group_actor(entry.code, hit.sector, text)
        actor = entry.actor(text)
        return self.at_date(actor, date) if entry.kind == "person" else actor

    def surname_default(
        self,
        key: str,
        date: dt.date | None,
        context_codes: Iterable[str],
        offices: Sequence[str] = (),
    ) -> Entry | None:
        """The catalogued person a bare family name most likely means when the article names
        nobody with it: a holder of office on the date (preferring the offices a title asked
        for and the countries the article is about), else the only catalogued bearer."""
        ids = self.surnames.get(key, ())
        people = [self.entries[i] for i in ids]
        if not people:
            return None
        codes = set(context_codes)
        day = date or dt.date.today()

        def score(e: Entry) -> tuple[int, int, int, int]:
            held = [t for t in e.terms if t.covers(day)]
            in_office = 1 if held else 0
            asked = 1 if offices and any(t.office in offices for t in (held or e.terms)) else 0
            in_context = 1 if any(t.code in codes for t in e.terms) else 0
            rank = -min((self.rank(t.office) for t in held), default=99)
            return (in_context, in_office, asked, rank)

        def recency(e: Entry) -> dt.date:
            begun = [t.start for t in e.terms if t.start and t.start <= day]
            return max(begun, default=dt.date.min)

        best = max(people, key=lambda e: (score(e), recency(e)))
        top = score(best)
        if len(people) > 1 and top[:3] == (0, 0, 0):
            return None  # several people bear the name and nothing points to one
        rivals = [e for e in people if score(e) == top]
        if len(rivals) > 1 and not (offices or top[0]):
            return None
        return best  # ties among equally fitting bearers go to the one in office most recently


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ses") and not word.endswith("uses"):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _case_ok(hit: Hit, surface: Sequence[str]) -> bool:
    """Capitalisation as evidence: "US" is not "us", "Turkey" is not "turkey"."""
    if not surface:
        return False
    if hit.exact:
        want = [t for t in _tokens(hit.surface)]
        return len(want) == len(surface) and all(
            a.translate(_QUOTES) == b.translate(_QUOTES) for a, b in zip(want, surface, strict=True)
        )
    if hit.cap:
        first = next((c for c in surface[0] if c.isalpha()), "")
        return first.isupper() if first else True
    return True


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
    raise ConfigError(f"{path}: actor files must be .yaml, .yml, .csv or .tsv", code="E501")


def _apply_user_file(cat: Catalogue, path: Path) -> None:
    iso = _iso_codes()
    for n, row in enumerate(_user_rows(path), start=1):
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
        if kind not in KINDS:
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
                cat._load_people(rows, str(path), user=True)
                continue
            eid = (
                str(row.get("id") or "").strip()
                or _find_id(cat, name, kind)
                or f"user:{_slug(name)}"
            )
            if eid in cat.entries:
                cat._drop_hits(eid)
            old = cat.entries.get(eid)
            entry = Entry(
                id=eid,
                name=name,
                code=code or (old.code if old else None),
                sector=sector if sector or not old else old.sector,
                kind=kind,  # type: ignore[arg-type]
                adjective=old.adjective if old else None,
                leader_office=old.leader_office if old else "hos",
                source=str(path),
            )
            cat.entries[eid] = entry
            for alias in [name, *aliases, *(_list(row.get("demonyms")))]:
                cat._add_alias(alias, cat._alias_hit(eid, alias, "user"), front=True)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}", code="E501") from exc


def _find_id(cat: Catalogue, name: str, kind: str) -> str | None:
    key = normalise(name)
    for entry in cat.entries.values():
        if entry.kind == kind and normalise(entry.name) == key:
            return entry.id
    return None


@functools.lru_cache(maxsize=8)
def _load_cached(keys: tuple[tuple[str, int], ...]) -> Catalogue:
    cat = Catalogue(extra=tuple(Path(k) for k, _ in keys))
    cat._load_agents()
    cat._load_countries()
    cat._load_organizations()
    with _data("leaders.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not (r.get("name") or "").startswith("#")]
    cat._load_people(rows, "leaders.csv", user=False)
    for path, _ in keys:
        _apply_user_file(cat, Path(path))
    return cat
