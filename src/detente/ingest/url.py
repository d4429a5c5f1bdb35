"""http(s) URLs: fetched with httpx, bounded in time and size, then read like a file.

The size limit is enforced while streaming the body (a Content-Length over the limit fails before
any byte is read; a server that sends more than it announced, or announces nothing, is cut off
at the limit), so a huge or endless response cannot exhaust memory. Redirects are followed (at
most 5); a connection failure, a timeout or an HTTP error status fails with E107.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..config import Limits
from ..errors import InputError
from ..model import Document, Failure
from ._io import too_large
from .route import read_stream

__all__ = ["Fetched", "fetch", "is_url", "read_url"]


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str | None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, limits: Limits) -> Fetched:
    """GET ``url``; raises E107 (unreachable, HTTP error) or E104 (body over the limit)."""
    import httpx

    try:
        with (
            httpx.Client(
                timeout=limits.timeout,
                follow_redirects=True,
                max_redirects=5,
                headers={
                    "User-Agent": limits.user_agent,
                    "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5",
                },
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    code="E107",
                    source=url,
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise too_large(url, int(declared), limits.max_bytes)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limits.max_bytes:
                    raise too_large(url, None, limits.max_bytes)
            return Fetched(str(response.url), bytes(body), response.headers.get("Content-Type"))
    except httpx.TimeoutException:
        raise InputError(
            f"{url}: no answer within {limits.timeout:g} s", code="E107", source=url
        ) from None
    except httpx.HTTPError as exc:
        why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{url} could not be fetched ({why})", code="E107", source=url) from None


def read_url(url: str, limits: Limits) -> Iterator[Document | Failure]:
    """Documents of a URL: one page, or every entry of a feed."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http and https URLs can be read", code="E109", source=url)
    fetched = fetch(url, limits)
    yield from read_stream(
        io.BytesIO(fetched.content),
        source=url,
        limits=limits,
        name=urlsplit(fetched.url).path,
        url=fetched.url,
        content_type=fetched.content_type,
    )
