"""The event-filter options of the reading commands (``events``, ``relations``, ``network``,
``shifts``, ``export``), declared once so that they are spelled and explained the same
everywhere, and the one place where they become an ``EventFilter``.

A malformed value (an actor like ``P@K``, a dyad without ``:``, a date like ``2023-13``, an
unknown event type, a range that ends before it starts) is a usage error: exit code 2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from ..store import EventFilter

__all__ = [
    "ActorOpt",
    "DirectedOpt",
    "DyadOpt",
    "HistoricalOpt",
    "HypotheticalOpt",
    "QuadOpt",
    "RoleOpt",
    "TypeOpt",
    "event_filter",
]

ActorOpt = Annotated[
    str | None,
    typer.Option("--actor", help="Actor as source or target: PRK, PRK-MIL or a catalogue id."),
]
RoleOpt = Annotated[str, typer.Option(help="With --actor: any, source or target.")]
DyadOpt = Annotated[
    str | None, typer.Option("--dyad", help="Events between two actors, A:B (e.g. PRK:RUS).")
]
DirectedOpt = Annotated[bool, typer.Option("--directed", help="Only A as source and B as target.")]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="PLOVER event type (repeatable).")
]
QuadOpt = Annotated[list[int] | None, typer.Option("--quad", help="Quad class 1-4 (repeatable).")]
HypotheticalOpt = Annotated[
    bool,
    typer.Option("--include-hypothetical", help="Also negated, hypothetical and future events."),
]
HistoricalOpt = Annotated[
    bool,
    typer.Option(
        "--include-historical",
        help="Also events the text places before its date (background mentions of the past).",
    ),
]


def event_filter(**words: Any) -> EventFilter:
    """The ``EventFilter`` that a command's options spell (``EventFilter.build``'s words), or
    exit 2 with the reason."""
    from ..store import EventFilter

    try:
        return EventFilter.build(**words)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
