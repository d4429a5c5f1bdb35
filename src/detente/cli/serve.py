"""``detente serve``: the dashboard and its JSON API over a store, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import err_console, fail


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(serve)


def _host_names(values: list[str] | None) -> list[str]:
    """Check host names when the command line is read, so that a typo exits 2 with a message
    instead of a server that refuses every request."""
    from detente.web.app import host_name

    for value in values or []:
        try:
            host_name(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    return values or []


def _host(value: str) -> str:
    _host_names([value])
    return value


def serve(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="The store to show (default: $DETENTE_DB or ./detente.db)."),
    ] = None,
    host: Annotated[
        str,
        typer.Option(
            help="Address to listen on. The default serves this machine only.", callback=_host
        ),
    ] = "127.0.0.1",
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            callback=_host_names,
            help="Also answer requests addressed to this host (a name or an address; "
            "*.example.org for its subdomains). Repeatable. Requests addressed to any other host "
            "than 127.0.0.1, localhost, [::1], --host and these get 400.",
        ),
    ] = None,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the dashboard (overview, dyads, actors, articles, search) and /api on a store.

    The store is opened read-only, so an ingest can run at the same time. Charts and API docs come from vendored files: the dashboard works without a network. Only requests addressed to a known host name are answered (a defence against DNS rebinding)."""
    import uvicorn

    from detente.config import default_db_path
    from detente.errors import DetenteError
    from detente.web import create_app

    path = db or default_db_path()
    try:
        application = create_app(path, allow_hosts=[host, *(allow_host or [])])
    except DetenteError as exc:
        fail(str(exc))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(
            f"[yellow]note:[/yellow] listening on {host}: anyone who can reach this address can "
            "read the store (there is no login). Requests must name the server by --host or by a "
            "name given with --allow-host."
        )
    err_console.print(f"detente dashboard for {path} at http://{host}:{port}/ (Ctrl-C stops it)")
    uvicorn.run(application, host=host, port=port, log_level="warning")
