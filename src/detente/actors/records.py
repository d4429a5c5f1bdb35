"""The catalogue's records: actors, their terms of office, what an alias stands for, role nouns.

Plain frozen values shared by the loader (``build``), the queries (``query``) and the resolver
passes; nothing here reads a file or a document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeGuard

from ..model import Actor, ActorKind

__all__ = [
    "KINDS",
    "NON_STATE",
    "SUPRANATIONAL",
    "Entry",
    "Hit",
    "Role",
    "Sense",
    "Term",
    "Trie",
    "is_kind",
]

KINDS = ("country", "person", "organization", "group")


def is_kind(value: str) -> TypeGuard[ActorKind]:
    """Is ``value`` one of ``KINDS``: the check a user file's ``kind`` passes, which also tells
    the type checker the string is an ``ActorKind``."""
    return value in KINDS


# Codes of bodies above or outside states (everything else must be an ISO3 country code).
SUPRANATIONAL = frozenset({"UN", "NATO", "EU", "AU", "IGO", "NGO", "IMG"})
# sectors of parties that are no state: an office under one is theirs ("a Hamas spokesman")
NON_STATE = frozenset({"REB", "UAF", "CRM", "OPP", "PTY", "NGO"})


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as a call of its constructor: loading is about a third faster than the
    dataclass default (state restored field by field), which the catalogue's disk cache pays for
    some 80,000 records."""
    return (type(self), tuple(getattr(self, name) for name in self.__slots__))


@dataclass(frozen=True, slots=True)
class Term:
    """One person's one term in one office: ``start`` inclusive, ``end`` exclusive (the day the
    successor took over), ``end`` None while in office."""

    office: str
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None

    __reduce__ = _reduce

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
    family_first: bool = False  # countries: the news names its people family name first
    context: tuple[str, ...] = ()  # organisations: words one of which the article must contain
    source: str = "catalogue"

    __reduce__ = _reduce

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

    __reduce__ = _reduce


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


Trie = dict[str, Any]  # token → child trie; the key "" holds the list of Hits ending here
