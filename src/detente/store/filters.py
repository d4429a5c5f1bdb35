"""Which events a question is about: ``EventFilter``, the one value that carries that choice
from the command line, the Python API and the dashboard down to the store's SQL.

Every consumer (``detente events``, ``relations``, ``network``, ``shifts``, ``export``, the
dashboard's pages and ``/api``, the relations module) builds an ``EventFilter`` and hands it on,
so the words a user types are read in one place (:meth:`EventFilter.build`), checked in one place
(``__post_init__``) and turned into SQL in one place (``queries.event_where``). The defaults are
the README's: asserted events only (negated, hypothetical and future ones left out), and
*historical mentions left out* — an event the text places before its publication date
("since Russia invaded Ukraine in 2022", in a 2024 article) was reported when it happened and
does not count again. A lookup that must see everything stored (an export, an article page, an
event by id) says so with :meth:`EventFilter.every`.

What is not here: how results are counted (one unit per story in ``detente.relations``, pairs
with at least ``min_events`` in ``Store.dyads``) and how they are ordered or paged; those are
parameters of the functions that count, order and page.

Malformed words raise ``ValueError`` with a message for the user: the CLI turns it into a usage
error (exit code 2), the dashboard into a 422.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .queries import parse_day
from .records import ActorRef, StoredEvent

__all__ = ["EventFilter", "Role", "parse_actor", "parse_dyad"]

Role = Literal["any", "source", "target"]
ROLES: tuple[str, ...] = ("any", "source", "target")
# A country or organisation code, optionally with a PLOVER sector: PRK, UN, NATO, PRK-MIL; or a
# catalogue id, which has a colon (person:kim-jong-un).
_ACTOR_CODE = re.compile(r"[A-Za-z]{2,5}(-[A-Za-z]{2,5})?")
_CATALOGUE_ID = re.compile(r"\S+:\S+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_actor(value: str | ActorRef) -> ActorRef:
    """An actor as a query names it: ``PRK``, ``PRK-MIL`` (any case) or a catalogue id
    (``person:kim-jong-un``). Raises ValueError on anything else."""
    if isinstance(value, ActorRef):
        return value
    text = value.strip()
    if not (_ACTOR_CODE.fullmatch(text) or _CATALOGUE_ID.fullmatch(text)):
        raise ValueError(
            f"not an actor: {value!r} (use a code like PRK, a code and sector like PRK-MIL, "
            "or a catalogue id like person:kim-jong-un)"
        )
    return ActorRef.parse(text)


def parse_dyad(
    value: str | tuple[str | ActorRef, str | ActorRef],
) -> tuple[ActorRef, ActorRef]:
    """``"PRK:RUS"`` or a pair as two actors. A catalogue id holds a colon itself, so a dyad of
    catalogue ids is given as a pair. Raises ValueError on anything else."""
    if isinstance(value, str):
        left, sep, right = value.partition(":") if value.count(":") == 1 else ("", "", "")
        if not sep or not left.strip() or not right.strip():
            raise ValueError(f"a dyad is two actors separated by ':' (PRK:RUS), not {value!r}")
        value = (left, right)
    a, b = (parse_actor(x) for x in value)
    if a == b:
        raise ValueError(f"a dyad needs two different actors, not {a.label} twice")
    return a, b


def _tuple(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, str | int):
        return (value,)
    return tuple(value)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which stored events a query selects. Every condition given must hold.

    - ``actor``: events with this actor among the sources or targets (``role`` narrows it to
      one side); a country-level actor includes all its sectors.
    - ``dyad``: events between A and B in either direction — A among the sources and B among the
      targets, or the reverse, or both among the parties of a mutual event (a meeting, a
      clash) — or only A → B when ``directed``.
    - ``event_types``, ``quad_classes``: PLOVER types (upper case) and quad classes 1–4.
    - ``since``/``until``: ISO days, both inclusive, on the event's day (its own date, else its
      document's publication date); an undated event falls outside any range.
    - ``include_hypothetical``: also negated, hypothetical and future events.
    - ``include_historical``: also events the text places before its publication date.
    - ``document`` (an id; the store resolves a prefix), ``story_id``, ``ids``: these only.
    - ``text``: words the event's sentence holds (the store's full-text index).

    Build one from what a user typed with :meth:`build`; constructing one directly checks the
    values (ValueError) but converts nothing.
    """

    actor: ActorRef | None = None
    role: Role = "any"
    dyad: tuple[ActorRef, ActorRef] | None = None
    directed: bool = False
    event_types: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    since: str | None = None
    until: str | None = None
    include_hypothetical: bool = False
    include_historical: bool = False
    document: str | None = None
    story_id: int | None = None
    text: str | None = None
    ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role is any, source or target, not {self.role!r}")
        if self.event_types:
            from ..events.ontology import ontology  # imports the coder: only when needed

            known = ontology().types
            for name in self.event_types:
                if name not in known:
                    raise ValueError(f"unknown event type {name!r}: one of {', '.join(known)}")
        if any(q not in (1, 2, 3, 4) for q in self.quad_classes):
            raise ValueError("quad classes are 1, 2, 3 and 4")
        for day in (self.since, self.until):
            if day is not None and not _ISO_DAY.fullmatch(day):
                raise ValueError(f"not an ISO day: {day!r} (EventFilter.build reads YYYY[-MM])")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")

    @classmethod
    def build(
        cls,
        *,
        actor: str | ActorRef | None = None,
        role: str = "any",
        dyad: str | tuple[str | ActorRef, str | ActorRef] | None = None,
        directed: bool = False,
        event_type: str | Sequence[str] | None = None,
        quad_class: int | Sequence[int] | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        include_hypothetical: bool = False,
        include_historical: bool = False,
        document: str | None = None,
        story_id: int | None = None,
        text: str | None = None,
        ids: Sequence[int] | None = None,
    ) -> EventFilter:
        """A filter from the words a user gives: ``actor="prk-mil"``, ``dyad="PRK:RUS"``,
        ``event_type="consult"`` (or several), ``since="2023"``, ``until="2024-06"`` (the last
        day of the period), empty strings for "not given". Raises ValueError on a malformed
        word, naming it."""
        types = tuple(t.strip().upper() for t in _tuple(event_type) if t and t.strip())
        return cls(
            actor=parse_actor(actor) if actor else None,
            role=role,  # type: ignore[arg-type]  # checked by __post_init__
            dyad=parse_dyad(dyad) if dyad else None,
            directed=directed,
            event_types=types,
            quad_classes=tuple(int(q) for q in _tuple(quad_class)),
            since=parse_day(since),
            until=parse_day(until, end=True),
            include_hypothetical=include_hypothetical,
            include_historical=include_historical,
            document=document.strip() if document and document.strip() else None,
            story_id=story_id,
            text=text if text and text.strip() else None,
            ids=tuple(int(i) for i in _tuple(ids)),
        )

    @classmethod
    def every(cls, **words: Any) -> EventFilter:
        """Every stored event the other words select (see :meth:`build`), whatever its modality
        or date: what an export, an article's page or a lookup by id must show."""
        return cls.build(**words, include_hypothetical=True, include_historical=True)

    def between(self, a: str | ActorRef, b: str | ActorRef) -> EventFilter:
        """This filter narrowed to the dyad A–B (what a dyad series reads)."""
        return dataclasses.replace(self, dyad=parse_dyad((a, b)))

    def admits(self, stored: StoredEvent) -> bool:
        """Whether an event already fetched meets the conditions on the event itself: modality,
        historical flag, day range, type and quad class. Actors and dyads are matched by whoever
        asked for them (the store's SQL, or the relations module's direction test); document,
        story, ids and words only by the store."""
        e = stored.event
        if not self.include_hypothetical and not e.asserted:
            return False
        if not self.include_historical and e.historical:
            return False
        if self.since or self.until:
            day = stored.day.isoformat() if stored.day else None
            if day is None or (self.since and day < self.since):
                return False
            if self.until and day > self.until:
                return False
        if self.event_types and e.event_type not in self.event_types:
            return False
        return not self.quad_classes or e.quad_class in self.quad_classes

    def modality(self) -> dict[str, bool]:
        """Which kinds of event the filter takes in beyond asserted, current ones, as a result
        computed under it reports them (JSON, graph attributes)."""
        return {
            "include_hypothetical": self.include_hypothetical,
            "include_historical": self.include_historical,
        }

    def to_dict(self) -> dict[str, Any]:
        """The whole filter as JSON-ready values (actors as labels)."""
        return {
            "actor": self.actor.label if self.actor else None,
            "role": self.role,
            "dyad": [x.label for x in self.dyad] if self.dyad else None,
            "directed": self.directed,
            "event_types": list(self.event_types),
            "quad_classes": list(self.quad_classes),
            "since": self.since,
            "until": self.until,
            **self.modality(),
            "document": self.document,
            "story_id": self.story_id,
            "text": self.text,
            "ids": list(self.ids),
        }
