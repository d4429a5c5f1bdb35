"""The dashboard application: ``create_app(db_path)`` builds a FastAPI app over one store.

Design choices, and why:

- **Read-only.** Every request opens ``Store(path, readonly=True)`` (a ``mode=ro`` connection
  with ``query_only`` on) and closes it when done. A SQLite connection belongs to one thread and
  FastAPI runs handlers on a thread pool, so a connection per request is the simple correct
  choice; opening one costs well under a millisecond. An ingest may run while the dashboard
  serves: WAL mode gives each request a consistent snapshot.
- **Offline.** Vega, Vega-Lite, vega-embed and Swagger UI are vendored under ``static/vendor``
  (see ``static/VENDORED.md``); no page refers to another host.
- **Escaped.** Jinja2 autoescape is on for every template; the only pre-built markup comes from
  :mod:`.highlight` (each piece escaped) and :func:`.charts.embed_json`. As a second line of
  defence, HTML responses carry a Content-Security-Policy that forbids inline scripts, so markup
  that slipped through still could not run; the API docs (``/docs``) obey it too, as Swagger UI
  is started by a static script. ``csp=False`` exists for the test that proves the escaping
  holds on its own.
- **Host names.** Requests must name the server by a host it answers to: the loopback names,
  plus those given in ``allow_hosts`` (``detente serve`` adds its ``--host`` and every
  ``--allow-host``). Any other ``Host`` is a 400: a page whose name an attacker re-points at
  127.0.0.1 (DNS rebinding) would otherwise read the store from a browser on this machine.
- **Errors.** Pages answer unknown ids and actors with an HTML 404 page and bad parameters with
  an HTML 422 page; ``/api`` answers with FastAPI's JSON errors.
"""

from __future__ import annotations

import html
import ipaddress
import logging
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import StoreError
from ..store import Store
from . import api, maps, pages, watch
from .cache import Cache
from .charts import QUAD_NAMES, embed_json

__all__ = ["CSP", "LOOPBACK_HOSTS", "create_app", "host_name"]

HERE = Path(__file__).resolve().parent
log = logging.getLogger(__name__)

# Vega compiles its expressions with Function(), hence 'unsafe-eval'; inline scripts and event
# handler attributes stay forbidden, on every page and on /docs.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

# The names a browser on this machine uses for a server bound to the loopback interface, as
# they appear in a Host header (an IPv6 address in brackets).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_DNS_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")

# A favicon drawn inline, so that browsers do not ask for /favicon.ico and log a 404.
FAVICON = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
    "%3Crect width='16' height='16' rx='3' fill='%231f5f8b'/%3E%3Cpath d='M4 8h8' "
    "stroke='white' stroke-width='2'/%3E%3C/svg%3E"
)


def host_name(name: str) -> str:
    """``name`` as a Host header carries it (lower case, an IPv6 address in brackets), for the
    list of hosts the dashboard answers to. ``*.example.org`` stands for any subdomain and
    ``*`` for any host at all (the check off). Raises ValueError for anything else (a URL, a
    port, spaces), so that a typo fails at start instead of refusing every request."""
    value = name.strip().lower()
    if value == "*":
        return value
    bare = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        address = ipaddress.ip_address(bare)
    except ValueError:
        pass
    else:
        return f"[{address.compressed}]" if address.version == 6 else address.compressed
    domain = value[2:] if value.startswith("*.") else value
    if len(domain) > 253 or not _DNS_NAME.fullmatch(domain):
        raise ValueError(
            f"not a host name: {name!r} (give a name or address without scheme, port or path, "
            "like dash.example.org, 192.0.2.5 or *.example.org)"
        )
    return value


def _docs_html() -> str:
    """The API docs page: Swagger UI from the vendored files, started by ``swagger-init.js``
    (no inline script, so /docs needs no exception to the Content-Security-Policy)."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>detente API</title>
<link rel="icon" href="{html.escape(FAVICON)}">
<link rel="stylesheet" href="/static/vendor/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi-url="/openapi.json"></div>
<script src="/static/vendor/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["embed_json"] = embed_json
    env.globals.update(quad_names=QUAD_NAMES, version=__version__, favicon=FAVICON)
    return Jinja2Templates(env=env)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (
        path.startswith("/api") or path.startswith("/openapi") or path.startswith("/static")
    )


def _warm(app: FastAPI) -> None:
    """Compute the overview's figures in the background at start-up, so that the first person
    to open the dashboard does not wait for the shift scan. A failure here is only logged: the
    overview computes (and reports) it again when asked."""
    try:
        with app.state.open_store() as store:
            pages.overview_aggregates(app.state, store)
    except Exception as exc:
        log.warning("could not precompute the overview: %s", exc)


def create_app(
    db_path: str | Path,
    *,
    csp: bool = True,
    warm: bool = True,
    allow_hosts: Iterable[str] = (),
) -> FastAPI:
    """A FastAPI app serving the dashboard and ``/api`` over the store at ``db_path``.

    The store is opened once here to fail early (StoreError E401/E403/E407) when the file is
    missing or not a detente store; requests then open their own read-only connections.
    ``warm``: compute the overview's whole-store figures in a background thread when the server
    starts (its lifespan), instead of on the first visit.
    ``allow_hosts``: host names (see :func:`host_name`) answered besides ``LOOPBACK_HOSTS``;
    a request naming any other host gets a 400. A malformed name raises ValueError.
    """
    hosts = list(dict.fromkeys([*LOOPBACK_HOSTS, *(host_name(h) for h in allow_hosts)]))
    path = Path(db_path)
    with Store(path, readonly=True):
        pass

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=_warm, args=(app,), name="detente-warm", daemon=True).start()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="detente",
        version=__version__,
        summary="Coded political events, actors, quotes and relations from a detente store.",
        description=(
            "Read-only JSON API of a detente store. Field names follow detente's output "
            "contract (CONTRACT.md); every list is paginated with `limit` and `offset`."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    templates = _templates()
    app.state.templates = templates
    app.state.cache = Cache(size=16)  # the overview's figures
    app.state.dyad_cache = Cache(size=32)  # dyad series and their shifts, per view

    @contextmanager
    def open_store() -> Iterator[Store]:
        with Store(path, readonly=True) as store:
            yield store

    app.state.open_store = open_store
    app.state.db_name = path.name

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(maps.api_router)
    app.include_router(maps.router)
    app.include_router(watch.router)

    docs_page = _docs_html()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the vendored files, so that the API docs work offline."""
        return HTMLResponse(docs_page)

    # Added before the headers middleware, so it runs inside it: a refused request's 400 carries
    # the same headers as any other answer.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if csp and response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    def error_page(request: Request, status: int, heading: str, detail: str) -> Response:
        return templates.TemplateResponse(
            request,
            "error.html",
            {
                "status": status,
                "heading": heading,
                "detail": detail,
                "charts": False,
                "q": None,
                "db_name": path.name,
            },
            status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not _wants_html(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        heading = {404: "Not found", 405: "Method not allowed", 422: "Bad request"}.get(
            exc.status_code, "Error"
        )
        detail = exc.detail if isinstance(exc.detail, str) else heading
        return error_page(request, exc.status_code, heading, detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        if not _wants_html(request):
            return JSONResponse({"detail": api.jsonable_errors(errors)}, status_code=422)
        detail = "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
            for e in errors
        )
        return error_page(request, 422, "Bad request", detail)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status = 404 if exc.code in ("E404", "E405") else 500
        if not _wants_html(request):
            return JSONResponse({"detail": exc.reason, "code": exc.code}, status_code=status)
        return error_page(
            request, status, "Not found" if status == 404 else "Store error", exc.reason
        )

    return app
