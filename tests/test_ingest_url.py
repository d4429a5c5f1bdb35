"""URL reading against a local http.server in a thread (never the internet)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from detente import ingest
from detente.config import Limits
from detente.errors import InputError
from detente.extract import extract
from detente.model import Document, Failure
from support import INGEST_FIXTURES as FIXTURES

SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, (FIXTURES / "article.html").read_bytes(), "text/html; charset=utf-8")
        elif path == "/legacy":
            body = (
                "<html><body><article><p>"
                + "Café talks in Zürich went on late, officials said. " * 5
            )
            self._send(
                200,
                (body + "</p></article></body></html>").encode("cp1252"),
                "text/html; charset=windows-1252",
            )
        elif path == "/feed":
            self._send(200, (FIXTURES / "feed.rss").read_bytes(), "application/rss+xml")
        elif path == "/old":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/error":
            self._send(500, b"boom", "text/plain")
        elif path == "/big":
            self._send(200, b"x" * 50_000, "text/plain")
        elif path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 1000)
            self.close_connection = True
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"late", "text/plain")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00", "image/png")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _one(url: str, limits: Limits | None = None) -> Document | Failure:
    (item,) = list(ingest.read([url], limits=limits or Limits()))
    return item


def test_page_is_fetched_with_the_user_agent(server: str) -> None:
    doc = _one(f"{server}/article")
    assert isinstance(doc, Document)
    assert doc.url == f"{server}/article" and doc.media_type == "text/html"
    assert SEEN_AGENTS[-1] == Limits().user_agent
    article = extract(doc)
    assert article.title == "Border river accord signed after decade of dispute"
    assert article.url == f"{server}/article"


def test_redirect_is_followed_and_final_url_kept(server: str) -> None:
    doc = _one(f"{server}/old")
    assert isinstance(doc, Document) and doc.url == f"{server}/article"
    assert doc.source == f"{server}/old"


def test_declared_charset_is_honoured(server: str) -> None:
    doc = _one(f"{server}/legacy")
    article = extract(doc)
    assert "Café talks in Zürich" in article.text
    assert any("cp1252" in w for w in article.warnings)


def test_feed_url_gives_its_entries(server: str) -> None:
    items = list(ingest.read([f"{server}/feed"]))
    assert [type(x).__name__ for x in items] == ["Document", "Document", "Failure"]


@pytest.mark.parametrize(("path", "status"), [("/missing", "404"), ("/error", "500")])
def test_http_error_status_fails_e107(server: str, path: str, status: str) -> None:
    fail = _one(f"{server}{path}")
    assert isinstance(fail, Failure) and fail.code == "E107"
    assert f"HTTP {status}" in fail.reason


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_body_over_limit_fails_e104(server: str, path: str) -> None:
    fail = _one(f"{server}{path}", Limits(max_bytes=10_000))
    assert isinstance(fail, Failure) and fail.code == "E104"
    assert "10,000-byte limit" in fail.reason


def test_unreachable_host_fails_e107() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    fail = _one(f"http://127.0.0.1:{port}/x")
    assert isinstance(fail, Failure) and fail.code == "E107"
    assert fail.source == f"http://127.0.0.1:{port}/x"


def test_timeout_fails_e107(server: str) -> None:
    fail = _one(f"{server}/slow", Limits(timeout=0.3))
    assert isinstance(fail, Failure) and fail.code == "E107"
    assert "0.3 s" in fail.reason


def test_binary_body_fails_e103(server: str) -> None:
    fail = _one(f"{server}/image")
    assert isinstance(fail, Failure) and fail.code == "E103"


def test_read_one_raises_for_a_bad_url(server: str) -> None:
    with pytest.raises(InputError) as exc:
        ingest.read_one(f"{server}/missing")
    assert exc.value.code == "E107"
    assert ingest.read_one(f"{server}/article").media_type == "text/html"
