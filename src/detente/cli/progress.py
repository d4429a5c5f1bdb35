"""The progress bar of long runs (``ingest``, ``code``): articles per second and, when the number
of inputs can be known beforehand, the bar and the time left.

The bar is drawn on stderr and only when stderr is a terminal, so output that is piped or
redirected (``detente code … > out.jsonl``, a log file, a test) carries none of it; a command
that writes records to a terminal's stdout asks for no bar either (``show=False``).
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ._common import err_console

__all__ = ["RateColumn", "bar_shown", "count_inputs", "count_lines", "run_progress"]

_LINE_KINDS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_UNKNOWN_KINDS = (".warc", ".warc.gz", ".xml", ".rss", ".atom")  # many documents, uncounted


class RateColumn(ProgressColumn):
    """Items per second over the last half minute (rich's own estimate)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed is not None else "–/s", style="cyan")


def count_lines(path: Path) -> int | None:
    """Lines of a text file, gzipped or not (the records of a JSON Lines file); None when it
    cannot be read (the command itself reports why)."""
    try:
        return _lines(path)
    except OSError:
        return None


def _lines(path: Path) -> int:
    opener = gzip.open if path.name.endswith(".gz") else open
    count = 0
    with opener(path, "rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n")
    return count


def count_inputs(sources: Sequence[str]) -> int | None:
    """About how many documents ``sources`` hold, for the bar and its time left: lines of JSON
    Lines files, files of directories, one for any other file; None when it cannot be known
    beforehand (stdin, URLs, WARC archives and feeds)."""
    total = 0
    for source in sources:
        path = Path(source)
        name = path.name.lower()
        if source == "-" or "://" in source or name.endswith(_UNKNOWN_KINDS):
            return None
        try:
            if path.is_dir():
                total += sum(1 for p in path.rglob("*") if p.is_file() and "/." not in str(p))
            elif name.endswith(_LINE_KINDS):
                total += _lines(path)
            else:
                total += 1
        except OSError:
            return None
    return total


def bar_shown() -> bool:
    """Whether a bar would be drawn: worth counting the inputs for its time left."""
    return err_console.is_terminal


def run_progress(verb: str, noun: str, total: int | None, *, show: bool = True) -> Progress:
    """A bar for ``total`` items with the rate and the time left (a spinner, the count and the
    rate when None), on stderr, drawn only when stderr is a terminal and ``show``; narrow enough
    for 80 columns. The caller adds one task with a ``counts`` field (say, what failed)."""
    columns: list[str | ProgressColumn] = [SpinnerColumn(), TextColumn(f"[bold]{verb}[/bold]")]
    if total is not None:
        columns += [BarColumn(bar_width=16), MofNCompleteColumn(), TextColumn(noun)]
    else:
        columns.append(TextColumn("{task.completed:.0f} " + noun))
    columns += [RateColumn(), TextColumn("{task.fields[counts]}")]
    if total is not None:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    else:
        columns.append(TimeElapsedColumn())
    return Progress(
        *columns,
        console=err_console,
        transient=True,
        disable=not (show and err_console.is_terminal),
    )
