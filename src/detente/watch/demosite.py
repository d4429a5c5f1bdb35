"""A local news site serving the bundled demo corpus, so that ``detente watch`` can be tried
(and is tested, and soak-benchmarked) without the network.

    python -m detente.watch.demosite --port 8765     # then: detente watch run sample.yaml

It behaves like a well-run site: the briefs as an RSS feed (``/feed.xml``) with an article page
each (``/article/demo-NNN.html``), a sitemap (``/sitemap.xml``) and a URL list (``/urls.txt``),
answered with 304 when the client's ``If-None-Match`` still holds, and a robots.txt that keeps
crawlers out of ``/private/``. To try what goes wrong, ``/broken/feed.xml`` always answers 500
and ``/big`` is a large body; ``down = True`` makes every path answer 500 and ``conditional = False``
ignores validators (every listing answered in full). Every request is
counted by path (``hits``, ``status``) with its headers (``seen``), and JSON posted to ``/hook``
is kept (``hooks``), so that tests can see what a watcher fetched, how often and how politely.
``publish(n)`` sets how many briefs the listings show (a feed that grows).
"""

from __future__ import annotations

import calendar
import email.utils
import hashlib
import html
import json
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo" / "briefs.jsonl"
ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: evilbot\nDisallow: /\n"
LAST_MODIFIED = email.utils.formatdate(1_700_000_000, usegmt=True)


def demo_briefs(ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Records of the bundled demo corpus (those of ``ids``, in that order, when given)."""
    records = [json.loads(line) for line in DEMO.read_text("utf-8").splitlines() if line.strip()]
    if ids is None:
        return records
    by_id = {r["id"]: r for r in records}
    return [by_id[i] for i in ids]


def article_html(brief: dict[str, Any]) -> str:
    paragraphs = "".join(f"<p>{html.escape(s.strip())}.</p>" for s in brief["text"].split(". "))
    title = html.escape(brief["title"])
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{brief["date"]}T09:00:00Z"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>'
        f"<h1>{title}</h1>{paragraphs}</article><footer>Test wire service</footer></body></html>"
    )


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up early (one that stops reading a body over its size limit) is
        what the tests provoke, not a server error worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class NewsServer:
    """The site, served by a thread of this process on 127.0.0.1 (``port`` 0: any free one)."""

    def __init__(
        self,
        briefs: Sequence[dict[str, Any]],
        *,
        published: int | None = None,
        port: int = 0,
    ):
        self.briefs = list(briefs)
        self.published = len(self.briefs) if published is None else published
        self.down = False
        self.conditional = True  # False: ignore the client's validators, always answer 200
        self.hits: Counter[str] = Counter()
        self.status: Counter[tuple[str, int]] = Counter()
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.hooks: list[dict[str, Any]] = []
        self.keep_headers = True
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
                with server._lock:
                    server.status[(self.path, status)] += 1

            def do_GET(self) -> None:
                with server._lock:
                    server.hits[self.path] += 1
                    if server.keep_headers:
                        server.seen.append((self.path, dict(self.headers)))
                server.answer(self)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with server._lock:
                    server.hits[self.path] += 1
                    if self.path == "/hook":
                        server.hooks.append(json.loads(body))
                self._send(204 if self.path == "/hook" else 404)

        self._httpd = _QuietServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> NewsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def publish(self, n: int) -> None:
        self.published = n

    # -- content -------------------------------------------------------------------------

    def feed(self) -> bytes:
        items = []
        for b in self.briefs[: self.published]:
            link = f"{self.url}/article/{b['id']}.html"
            y, m, d = map(int, b["date"].split("-"))
            day = email.utils.formatdate(calendar.timegm((y, m, d, 9, 0, 0)), usegmt=True)
            items.append(
                f"<item><title>{html.escape(b['title'])}</title><link>{link}</link>"
                f"<guid>{b['id']}</guid><pubDate>{day}</pubDate>"
                f"<description>{html.escape(b['title'])}</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test wire</title><link>{self.url}/</link><description>briefs</description>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()

    def sitemap(self) -> bytes:
        locs = "".join(
            f"<url><loc>{self.url}/article/{b['id']}.html</loc></url>"
            for b in self.briefs[: self.published]
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
        ).encode()

    def answer(self, h: Any) -> None:
        path = h.path.split("?")[0]
        if self.down:
            h._send(500, b"down", Content_Type="text/plain")
        elif path == "/robots.txt":
            h._send(200, ROBOTS.encode(), Content_Type="text/plain")
        elif path in ("/feed.xml", "/sitemap.xml", "/urls.txt"):
            if path == "/feed.xml":
                body, kind = self.feed(), "application/rss+xml"
            elif path == "/sitemap.xml":
                body, kind = self.sitemap(), "application/xml"
            else:
                body = "\n".join(
                    f"/article/{b['id']}.html" for b in self.briefs[: self.published]
                ).encode()
                kind = "text/plain"
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.conditional and h.headers.get("If-None-Match") == etag:
                h._send(304, ETag=etag, Last_Modified=LAST_MODIFIED)
            else:
                h._send(200, body, Content_Type=kind, ETag=etag, Last_Modified=LAST_MODIFIED)
        elif path.startswith(("/article/", "/private/")) and path.endswith(".html"):
            ident = path.rsplit("/", 1)[1][: -len(".html")]
            brief = next((b for b in self.briefs if b["id"] == ident), None)
            if brief is None:
                h._send(404, b"no such article", Content_Type="text/plain")
            else:
                h._send(200, article_html(brief).encode(), Content_Type="text/html; charset=utf-8")
        elif path == "/broken/feed.xml":
            h._send(500, b"internal error", Content_Type="text/plain")
        elif path == "/big":
            h._send(200, b"x" * 200_000, Content_Type="text/plain")
        else:
            h._send(404, b"not found", Content_Type="text/plain")


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the demo corpus until interrupted."""
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Serve detente's demo corpus as a news site.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--briefs", type=int, default=None, help="serve the first N briefs only")
    parser.add_argument(
        "--no-conditional", action="store_true", help="ignore validators: never answer 304"
    )
    args = parser.parse_args(argv)
    briefs = demo_briefs()[: args.briefs]
    with NewsServer(briefs, port=args.port) as site:
        site.keep_headers = False
        site.conditional = not args.no_conditional
        print(f"serving {len(briefs)} briefs: {site.url}/feed.xml (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
