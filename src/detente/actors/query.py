"""The catalogue as built, and the questions other code asks it.

``Catalogue`` holds the tables ``build`` fills from the packaged data and the user's files: the
entries, the alias index (a token trie keyed by normalised token text, so resolving an article
costs one walk over its tokens whatever the size of the catalogue), role nouns, titles and
offices. Its methods answer lookups: the aliases starting at a token, the entry of an actor, who
held an office on a date, how a person is coded on a date, a bare string to an actor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..model import Actor
from .records import SUPRANATIONAL, Entry, Hit, Role, Sense, Term, Trie
from .words import case_ok, normalise, tokens

__all__ = ["Catalogue"]


@dataclass
class Catalogue:
    """Every actor detente can name, the words that name them, and the role nouns.

    Build it with ``Catalogue.load``; it is cached by the paths of the user files, and pickles as
    a reload from those paths (a worker process rebuilds it instead of receiving the tries).
    """

    entries: dict[str, Entry] = field(default_factory=dict)
    trie: Trie = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key → person ids
    senses: dict[str, Sense] = field(default_factory=dict)  # normalised alias → Sense
    korean: dict[str, str] = field(default_factory=dict)  # "north" → "country:PRK"
    roles: dict[str, Role] = field(default_factory=dict)  # normalised phrase → Role
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrase → offices
    honorifics: dict[str, str | None] = field(default_factory=dict)  # "mr" → "m"
    former: frozenset[str] = frozenset()
    weak_surnames: frozenset[str] = frozenset()
    # "uss" → "USA": the name after the prefix is a ship's, of that navy (None: a merchant ship)
    vessel_prefixes: dict[str, str | None] = field(default_factory=dict)
    vessel_nouns: frozenset[str] = frozenset()
    then: frozenset[str] = frozenset()
    sector_labels: dict[str, str] = field(default_factory=dict)
    office_rank: dict[str, int] = field(default_factory=dict)  # "hos" → 0: most senior first
    office_sector: dict[str, str] = field(default_factory=dict)  # "military" → "MIL"
    cameo: dict[str, str] = field(default_factory=dict)  # CAMEO code → ISO3
    max_role_words: int = 1
    max_title_words: int = 1
    extra: tuple[Path, ...] = ()
    # term code → the people with a term for it; built on the first office_holder question, once
    # the catalogue is complete (tens of thousands of people: no scan per question)
    _holders: dict[str, tuple[Entry, ...]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Catalogue:
        """The packaged catalogue plus user files (YAML or CSV) that add or override entries.

        Cached in the process by the files' paths and modification times, and the packaged part
        on disk across processes (``actors.cache``; ``DETENTE_CACHE=off`` switches that off), so
        calling it for every run or every worker is cheap. An invalid user file raises
        ``ConfigError`` E501 naming the file and the entry."""
        from .build import load  # build constructs this class, so it imports this module

        return load(extra)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Catalogue.load, (self.extra,))

    def walk(self, keys: Sequence[str], start: int) -> list[tuple[int, list[Hit]]]:
        """Every alias that starts at ``keys[start]``: (end index, hits), longest last."""
        found = []
        node: Trie = self.trie
        for i in range(start, len(keys)):
            child: Trie | None = node.get(keys[i])
            if child is None:
                break
            node = child
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
        if self._holders is None:
            index: dict[str, list[Entry]] = {}
            for e in self.entries.values():
                if e.kind == "person":
                    for c in dict.fromkeys(t.code for t in e.terms):
                        index.setdefault(c, []).append(e)
            self._holders = {c: tuple(people) for c, people in index.items()}
        holders: list[tuple[int, Entry, Term]] = []
        for entry in self._holders.get(code, ()):
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
        toks = list(tokens(raw))
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
            usable = [h for h in hits if case_ok(h, toks[:end])]
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
        for and the countries the article is about), else the only catalogued bearer who held
        or was about to hold an office by then."""
        ids = self.surnames.get(key, ())
        day = date or dt.date.today()
        # a bearer whose first office lies more than a year after the date was no public figure
        # yet: "Machado" in a 2016 article is not the opposition leader of 2023
        soon = day + dt.timedelta(days=365)
        people = [
            e
            for e in (self.entries[i] for i in ids)
            if not e.terms or any(t.start is None or t.start <= soon for t in e.terms)
        ]
        if not people:
            return None
        codes = set(context_codes)

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
