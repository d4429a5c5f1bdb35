"""A polite HTTP client for sources polled for days: the rules a crawler owes a news site.

- **Identified**: every request carries a User-Agent naming detente and its version (and the
  project's address), so that a site can tell who calls and block or contact it.
- **robots.txt** is read once per host (cached for a day) with ``urllib.robotparser`` and obeyed
  for the token ``detente``: a disallowed URL fails with E120 before any request to it. Per
  RFC 9309, a robots.txt answered with 4xx means no rules; one answered with 5xx means
  "disallow everything" until it is read again (after ``max_backoff``).
- **Spaced**: two requests to one host are at least ``host_delay`` seconds apart, whichever
  source makes them.
- **Conditional**: the caller hands in the validators a URL answered with last time (ETag,
  Last-Modified); an unchanged resource comes back as a 304 with no body.
- **Bounded**: a timeout per request and a size limit enforced while the body streams (a larger
  Content-Length fails before a byte is read; E104).
- **Retried with back-off**: timeouts, connection failures, 429 and 5xx answers are tried again
  up to ``retries`` times, waiting ``backoff`` seconds, then twice as long each time (a server's
  Retry-After is honoured up to ``max_backoff``); then the fetch fails with E121. Other 4xx
  answers fail at once.

Every wait goes through ``stop.wait``: a stop request (Ctrl-C, SIGTERM) ends a wait at once and
the fetch raises ``Stopped``, so that shutting down never waits out a back-off.
"""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..errors import InputError
from .config import Settings
from .state import Validators

__all__ = ["ROBOTS_TTL", "Fetcher", "Response", "Stopped"]

ROBOTS_TTL = 86400.0  # seconds a host's robots.txt is trusted
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/html;q=0.9,"
    "application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


class Stopped(Exception):
    """A stop was requested while a fetch waited; the caller ends its work."""


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200-299, or 304 (not modified: ``content`` is empty)
    content: bytes
    content_type: str | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Robots:
    """One host's rules: a parser, or a blanket answer (True: allow all, False: deny all)."""

    def __init__(self, rules: urllib.robotparser.RobotFileParser | bool, until: float) -> None:
        self.rules = rules
        self.until = until

    def allows(self, agent: str, url: str) -> bool:
        if isinstance(self.rules, bool):
            return self.rules
        return self.rules.can_fetch(agent, url)


class Fetcher:
    """GETs URLs politely (see the module docstring). One instance keeps one connection pool,
    the per-host clock and the robots.txt cache; it is not shared between threads."""

    def __init__(
        self,
        settings: Settings,
        *,
        stop: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self._clock = clock
        self._last: dict[str, float] = {}  # host → when its last request ended
        self._robots: dict[str, _Robots] = {}  # scheme://host → rules
        self.requests = 0  # requests sent, robots.txt included (for tests and the soak bench)
        self._client = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=5,
            headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def agent_token(self) -> str:
        """The product token robots.txt groups are matched against: ``detente``."""
        return self.settings.user_agent.split("/")[0].strip() or "detente"

    # -- the public call -----------------------------------------------------------------

    def get(self, url: str, validators: Validators | None = None) -> Response:
        """GET ``url`` (conditionally when ``validators`` are given). Raises ``InputError``
        E120 (robots.txt disallows it), E121 (failed after retries, or a 4xx), E104 (over the
        size limit); ``Stopped`` when a stop was requested during a wait."""
        if not self._robots_for(url).allows(self.agent_token, url):
            raise InputError(
                f"{url}: robots.txt of {urlsplit(url).netloc} does not allow {self.agent_token}",
                code="E120",
                source=url,
            )
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        return self._with_retries(url, headers, self.settings.max_bytes)

    # -- robots.txt ----------------------------------------------------------------------

    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        cached = self._robots.get(origin)
        if cached is not None and cached.until > self._clock():
            return cached
        robots_url = origin + "/robots.txt"
        try:
            response = self._with_retries(robots_url, {}, _ROBOTS_MAX_BYTES, robots=True)
        except InputError as exc:
            if exc.code == "E104":  # too large to be a real robots.txt: no rules
                entry = _Robots(True, self._clock() + ROBOTS_TTL)
            elif "HTTP 5" in exc.reason:  # RFC 9309 2.3.1.4: unreachable means disallow all
                entry = _Robots(False, self._clock() + self.settings.max_backoff)
            else:
                raise
        else:
            if 400 <= response.status < 500:
                entry = _Robots(True, self._clock() + ROBOTS_TTL)
            else:
                parser = urllib.robotparser.RobotFileParser(robots_url)
                parser.parse(response.content.decode("utf-8", "replace").splitlines())
                entry = _Robots(parser, self._clock() + ROBOTS_TTL)
        self._robots[origin] = entry
        return entry

    # -- requests ------------------------------------------------------------------------

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self.stop.wait(seconds):
            raise Stopped()
        if self.stop.is_set():
            raise Stopped()

    def _space(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            self._wait(last + self.settings.host_delay - self._clock())

    def _with_retries(
        self, url: str, headers: dict[str, str], max_bytes: int, *, robots: bool = False
    ) -> Response:
        host = urlsplit(url).netloc.lower()
        s = self.settings
        for attempt in range(s.retries + 1):
            self._space(host)
            try:
                response = self._once(url, headers, max_bytes, robots=robots)
            except _Retryable as exc:
                if attempt >= s.retries:
                    tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
                    raise InputError(
                        f"{url}: {exc.why} ({tries})", code="E121", source=url
                    ) from None
                wait = exc.retry_after if exc.retry_after is not None else s.backoff * 2**attempt
                self._wait(min(wait, s.max_backoff))
                continue
            finally:
                self._last[host] = self._clock()
            return response
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _once(self, url: str, headers: dict[str, str], max_bytes: int, *, robots: bool) -> Response:
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                if status in _RETRY_STATUS:
                    raise _Retryable(
                        f"HTTP {status} {r.reason_phrase}".rstrip(), _retry_after(r.headers)
                    )
                if status >= 400 and not (robots and status < 500):
                    raise InputError(
                        f"{url}: HTTP {status} {r.reason_phrase}".rstrip(),
                        code="E121",
                        source=url,
                    )
                found = Validators(r.headers.get("ETag"), r.headers.get("Last-Modified"))
                if status == 304 or status >= 400:
                    return Response(str(r.url), status, b"", None, found)
                declared = r.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise _too_large(url, max_bytes)
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise _too_large(url, max_bytes)
                return Response(
                    str(r.url), status, bytes(body), r.headers.get("Content-Type"), found
                )
        except httpx.TimeoutException:
            raise _Retryable(f"no answer within {self.settings.timeout:g} s", None) from None
        except httpx.TransportError as exc:
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise _Retryable(f"could not be reached ({why})", None) from None
        except httpx.HTTPError as exc:  # too many redirects, an invalid URL
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(
                f"{url} could not be fetched ({why})", code="E121", source=url
            ) from None


class _Retryable(Exception):
    def __init__(self, why: str, retry_after: float | None) -> None:
        super().__init__(why)
        self.why = why
        self.retry_after = retry_after


def _retry_after(headers: Any) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date); None if absent."""
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(
        f"{url} is larger than the {max_bytes:,}-byte limit (raise settings.max_bytes)",
        code="E104",
        source=url,
    )
