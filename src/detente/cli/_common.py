"""What every command shares: exit codes, the console, option types."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from ..config import Options

console = Console(highlight=False)

# Options that several commands share, defined once so that they read the same everywhere.
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model package or path (default: installed English model)."),
]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="YAML, CSV or PETRARCH-format (.txt) file adding or overriding actors.",
    ),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        help="YAML, TSV or PETRARCH verb dictionary (.txt) extending the event lexicon.",
    ),
]
MaxBytesOpt = Annotated[
    int | None,
    typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes."),
]
LanguageCheckOpt = Annotated[bool, typer.Option(help="Refuse text that is not English.")]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db", help="The store (default: $DETENTE_DB or ./detente.db).", show_default=False
    ),
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Up to this date, inclusive (YYYY[-MM[-DD]]).")
]
WorkersOpt = Annotated[
    str,
    typer.Option(
        "--workers",
        help="Analysing processes: a number, or auto (one per usable core; this process alone "
        "for a small input).",
    ),
]
err_console = Console(stderr=True, highlight=False)


class ExitCode(enum.IntEnum):
    """Documented in the README; scripts may rely on them."""

    OK = 0  # everything succeeded
    SOME_FAILED = 1  # some inputs failed (each is reported and recorded), the rest succeeded
    USAGE = 2  # bad command line (Typer's own code)
    FATAL = 3  # nothing could be done: model missing, store unreadable, bad user file
    BELOW_FLOOR = 4  # an evaluation scored below a --min floor


def fail(message: str, code: ExitCode = ExitCode.FATAL) -> NoReturn:
    err_console.print(f"[red]error:[/red] {message}")
    raise SystemExit(int(code))


def parse_workers(value: str) -> int | Literal["auto"]:
    """``--workers``: ``auto`` or a positive number; anything else is a usage error (exit 2)."""
    if value.strip().lower() == "auto":
        return "auto"
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise typer.BadParameter(f"{value!r}: a positive number or auto", param_hint="--workers")
    return number


def paths(values: list[Path] | None) -> tuple[Path, ...]:
    return tuple(values or ())


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def build_options(
    *,
    model: str | None = None,
    actors: list[Path] | None = None,
    lexicon: list[Path] | None = None,
    max_key_points: int = 4,
    max_bytes: int | None = None,
    language_check: bool = True,
) -> Options:
    """The one place where command-line flags become pipeline ``Options``."""
    from ..config import Limits, Options

    limits = Limits(max_bytes=max_bytes) if max_bytes else Limits()
    return Options(
        model=model,
        actors_files=paths(actors),
        lexicon_files=paths(lexicon),
        max_key_points=max_key_points,
        check_language=language_check,
        limits=limits,
    )
