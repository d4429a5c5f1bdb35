"""``detente watch``: follow sources on a schedule (``run``), see how they fare (``status``),
list the alerts fired (``alerts``) and check a config without running it (``check``). A thin
layer over ``detente.watch``; the config format is in docs/watch.md.

Exit codes: 0 success; 1 (``run --once``) some source failed, the others were polled; 2 bad
command line; 3 the config is invalid or the store cannot be opened.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from rich.table import Table

from ._common import DbOpt, ExitCode, ModelOpt, build_options, console, err_console, fail

__all__ = ["register"]

watch_app = typer.Typer(
    help="Follow news sources on a schedule and alert when relations change.",
    no_args_is_help=True,
)
ConfigArg = Annotated[Path, typer.Argument(help="The watch config (YAML; see docs/watch.md).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(watch_app, name="watch")


def _db(db: Path | None) -> Path:
    from ..config import default_db_path

    return db or default_db_path()


def _config(path: Path) -> Any:
    from ..errors import DetenteError
    from ..watch import load_config

    try:
        return load_config(path)
    except DetenteError as exc:
        fail(str(exc))


def _logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    root = logging.getLogger("detente")
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.DEBUG if verbose else logging.WARNING)


def _stop_on_signals(stop: threading.Event) -> None:
    """SIGINT and SIGTERM ask the loop to stop after the current article; a second SIGINT
    interrupts at once (every article is its own transaction, so the store stays whole)."""

    def ask(signum: int, frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        err_console.print("stopping after the current article (Ctrl-C again to stop now)")
        stop.set()

    signal.signal(signal.SIGINT, ask)
    signal.signal(signal.SIGTERM, ask)


@watch_app.command()
def run(
    config: ConfigArg,
    db: DbOpt = None,
    once: Annotated[
        bool, typer.Option("--once", help="One cycle over every source, then exit (for cron).")
    ] = False,
    model: ModelOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log warnings only.")] = False,
) -> None:
    """Poll the config's sources into the store, fire and deliver its alerts."""
    from ..errors import DetenteError
    from ..watch import Watcher

    cfg = _config(config)
    _logging(verbose, quiet)
    stop = threading.Event()
    _stop_on_signals(stop)
    try:
        with Watcher(
            cfg, _db(db), options=build_options(model=model), stop=stop, console=sys.stdout
        ) as watcher:
            if once:
                report = watcher.cycle(force=True)
                for name, error in report.errors.items():
                    err_console.print(f"[red]{name}[/red]: {error}")
                if report.errors:
                    raise SystemExit(int(ExitCode.SOME_FAILED))
            else:
                watcher.run()
    except DetenteError as exc:
        fail(str(exc))
    except KeyboardInterrupt:  # a second Ctrl-C: the article in progress was rolled back
        raise SystemExit(130) from None


def _when(value: Any) -> str:
    return value.strftime("%m-%d %H:%M") if value else "—"


@watch_app.command()
def status(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Each source's last success, last error and counts."""
    from ..errors import DetenteError
    from ..store import Store
    from ..watch import WatchState

    path = _db(db)
    try:
        with Store(path, readonly=True), WatchState(path, readonly=True) as state:
            sources = state.sources()
            alerts = state.alert_count()
    except DetenteError as exc:
        fail(str(exc))
    if as_json:
        for s in sources:
            console.print_json(json.dumps(s.to_dict()), indent=None)
        return
    if not sources:
        console.print("no source watched yet: run `detente watch run CONFIG`")
        return
    table = Table(
        title=f"watched sources · {alerts} alerts fired",
        title_justify="left",
        box=None,
        pad_edge=False,
        padding=(0, 1),
    )
    table.add_column("source", no_wrap=True)
    table.add_column("last success", no_wrap=True)
    for column in ("polls", "304", "errors", "read", "new", "dupes", "fail"):
        table.add_column(column, justify="right")
    table.add_column("next due", no_wrap=True)
    for s in sources:
        table.add_row(
            s.name if s.healthy else f"[red]{s.name}[/red]",
            _when(s.last_success),
            str(s.polls),
            str(s.not_modified),
            str(s.errors),
            str(s.fetched),
            str(s.stored),
            str(s.duplicates),
            str(s.failed),
            _when(s.next_due),
        )
    console.print(table)
    for s in sources:
        if s.last_error:
            note = "" if s.healthy else f", {s.failures_in_row} in a row"
            console.print(
                f"{s.name}: last error {_when(s.last_error_at)}{note}: {s.last_error}",
                markup=False,
                soft_wrap=True,
            )


@watch_app.command()
def alerts(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Newest N alerts.")] = 20,
    rule: Annotated[str | None, typer.Option("--rule", help="This rule's alerts only.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The alerts fired, newest first."""
    from ..errors import DetenteError
    from ..store import Store
    from ..watch import WatchState

    path = _db(db)
    try:
        with Store(path, readonly=True), WatchState(path, readonly=True) as state:
            found = state.alerts(limit=limit, rule=rule)
    except DetenteError as exc:
        fail(str(exc))
    if as_json:
        for a in found:
            sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        return
    if not found:
        console.print("no alert fired")
        return
    for a in found:
        state_note = "" if a.delivered else " [yellow](delivery pending)[/yellow]"
        console.print(
            f"{a.fired_at:%Y-%m-%d %H:%M} [bold]{a.rule}[/bold] {a.title} "
            f"[dim]({len(a.events)} events)[/dim]{state_note}",
            markup=True,
            soft_wrap=True,
        )


@watch_app.command()
def check(config: ConfigArg) -> None:
    """Check a config file and list what it would watch."""
    cfg = _config(config)
    for s in cfg.sources:
        where = ", ".join(s.urls) if s.urls else s.location
        console.print(f"source {s.name}: {s.kind} {where}, every {s.every:g} s", soft_wrap=True)
    for r in cfg.alerts:
        console.print(f"alert {r.name}: {r.kind}")
    d = cfg.deliver
    channels = [
        c for c, on in (("console", d.console), ("jsonl", d.jsonl), ("webhook", d.webhook)) if on
    ]
    console.print(f"delivery: {', '.join(channels) or 'none'}")
