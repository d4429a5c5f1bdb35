"""Readers: files of every type, directories, stdin, multi-record files and bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from detente import ingest
from detente.config import Limits
from detente.errors import InputError
from detente.extract import extract
from detente.ingest.sniff import sniff
from detente.model import Document, Failure
from support import INGEST_FIXTURES as FIXTURES
from support.texts import PARA

ARTICLE = f"Ministers agree to reopen Ostra crossing\n\n{PARA}\n"


def _docs(items: list[Document | Failure]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def _fails(items: list[Document | Failure]) -> list[Failure]:
    return [x for x in items if isinstance(x, Failure)]


# ----------------------------------------------------------------------------- plain text


def test_text_file_is_one_document_with_title_in_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    doc = ingest.read_path_single(path)
    assert doc.media_type == "text/plain"
    assert doc.content == ARTICLE.encode()
    assert doc.meta["title_in_text"] is True
    assert extract(doc).title == "Ministers agree to reopen Ostra crossing"


def test_from_text_keeps_title_argument() -> None:
    doc = ingest.from_text(PARA, title="Given title")
    article = extract(doc)
    assert article.title == "Given title"
    assert article.text == PARA


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p>", "page.txt", "html"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', None, "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed.bin", "feed"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.dat", "warc"),
        (b'{"text": "x"}\n{"text": "y"}\n', None, "jsonl"),
        (b'{"text": "x"}', "notes.txt", "text"),
        (b'[{"text": "x"}]', None, "json"),
        (b"<p>One</p><p>Two</p><p>Three <a href='#'>x</a></p>", None, "html"),
        (b"Just a plain article line.\n", None, "text"),
        (b"Just a plain article line.\n", "export.jsonl", "jsonl"),
    ],
)
def test_sniff(head: bytes, name: str | None, kind: str) -> None:
    assert sniff(head, name=name) == kind


def test_misnamed_html_file_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    doc = ingest.read_path_single(path)
    assert doc.media_type == "text/html"
    assert extract(doc).site == "The Northern Ledger"


# ----------------------------------------------------------------------------- JSON Lines


def _jsonl(tmp_path: Path, lines: list[str], name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        [
            json.dumps(
                {
                    "id": "r1",
                    "title": "One",
                    "text": PARA,
                    "date": "2022-03-15",
                    "url": "https://x.example/1",
                }
            ),
            "",
            "{not json",
            json.dumps({"id": "r3", "title": "No text"}),
            json.dumps(["a", "list"]),
            json.dumps(
                {"id": "r5", "html": f"<html><body><article><p>{PARA}</p></article></body></html>"}
            ),
            json.dumps({"id": "r6", "content": PARA, "date": "not a date", "author": "A. Writer"}),
        ],
    )
    items = list(ingest.read([path]))
    docs, fails = _docs(items), _fails(items)
    assert [d.id for d in docs] == ["r1", "r5", "r6"]
    one = docs[0]
    assert (one.title, one.published, one.url) == (
        "One",
        dt.date(2022, 3, 15),
        "https://x.example/1",
    )
    assert one.source == f"{path}:1"
    assert docs[1].media_type == "text/html"
    assert docs[2].meta["date"] == "not a date" and docs[2].meta["author"] == "A. Writer"
    assert [(f.source, f.code) for f in fails] == [
        (f"{path}:3", "E106"),
        (f"{path}:4", "E106"),
        (f"{path}:5", "E106"),
    ]
    assert "line 3" in fails[0].reason and "not valid JSON" in fails[0].reason
    assert "line 4" in fails[1].reason and "'text'" in fails[1].reason
    assert all(f.stage == "ingest" for f in fails)
    # a JSONL record without a title does not lose its first line to one
    assert extract(docs[2]).text == PARA and extract(docs[2]).title is None


def test_jsonl_line_over_limit_fails_alone(tmp_path: Path) -> None:
    big = json.dumps({"text": "x " * 5000})
    path = _jsonl(tmp_path, [json.dumps({"text": PARA}), big, json.dumps({"text": PARA})])
    items = list(ingest.read([path], limits=Limits(max_bytes=2000)))
    assert [type(x).__name__ for x in items] == ["Document", "Failure", "Document"]
    assert items[1].code == "E104" and items[1].source == f"{path}:2"


def test_jsonl_invalid_utf8_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        json.dumps({"text": PARA}).encode()
        + b'\n{"text": "caf\xe9"}\n'
        + json.dumps({"text": PARA}).encode()
    )
    items = list(ingest.read([path]))
    assert [getattr(x, "code", "doc") for x in items] == ["doc", "E105", "doc"]


def test_gzipped_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"g{i}", "text": PARA}) + "\n")
    assert [d.id for d in _docs(list(ingest.read([path])))] == ["g0", "g1", "g2"]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    arr = tmp_path / "a.json"
    arr.write_text(json.dumps([{"id": "a", "text": PARA}, {"id": "b"}], indent=2), "utf-8")
    items = list(ingest.read([arr]))
    assert _docs(items)[0].id == "a"
    assert _fails(items)[0].source == f"{arr}[2]" and _fails(items)[0].code == "E106"
    one = tmp_path / "o.json"
    one.write_text(json.dumps({"id": "o", "title": "T", "text": PARA}, indent=2), "utf-8")
    assert ingest.read_path_single(one).id == "o"


# ----------------------------------------------------------------------------- feeds


def test_rss_feed_one_document_per_entry() -> None:
    items = list(ingest.read([FIXTURES / "feed.rss"]))
    docs, fails = _docs(items), _fails(items)
    assert [d.url for d in docs] == [
        "https://ledger.example/world/ostra-crossing",
        "https://ledger.example/world/valoria-vote",
    ]
    assert [d.published for d in docs] == [dt.date(2022, 3, 16), dt.date(2022, 3, 17)]
    assert docs[0].title == "Ministers agree to reopen the Ostra crossing"
    assert docs[0].id == "ledger-1001" and docs[0].meta["author"] == "Mara Lindqvist"
    assert docs[0].meta["site"] == "The Northern Ledger - World"
    first = extract(docs[0])
    assert first.text.startswith("The interior ministers") and "\n\nLorry drivers" in first.text
    assert extract(docs[1]).text.startswith("Valoria's parliament voted")  # summary only
    assert [(f.code, f.source.endswith("#entry-3")) for f in fails] == [("E113", True)]


def test_atom_feed() -> None:
    (doc,) = _docs(list(ingest.read([FIXTURES / "feed.atom"])))
    assert doc.url == "https://harbour.example/drill"
    assert doc.published == dt.date(2021, 11, 4)
    assert extract(doc).author == "Tomas Vell"


def test_broken_feed_fails_e108(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text('<?xml version="1.0"?><rss><channel><item><title>x</titl', "utf-8")
    (fail,) = list(ingest.read([path]))
    assert isinstance(fail, Failure) and fail.code in ("E108", "E113")


# ----------------------------------------------------------------------------- WARC


def _write_warc(path: Path, *, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (FIXTURES / "article.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(rec)

        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
        req = writer.create_warc_record(
            "https://ledger.example/a",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /a HTTP/1.1", [("Host", "ledger.example")], is_http_request=True
            ),
        )
        writer.write_record(req)
        response(
            "https://ledger.example/a",
            "200 OK",
            "text/html; charset=utf-8",
            html,
            "2022-03-16T10:00:00Z",
        )
        response(
            "https://ledger.example/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\n....",
            "2022-03-16T10:00:01Z",
        )
        response(
            "https://ledger.example/gone",
            "404 Not Found",
            "text/html",
            b"<html>gone</html>",
            "2022-03-16T10:00:02Z",
        )
        response(
            "https://ledger.example/b.txt",
            "200 OK",
            "text/plain",
            ARTICLE.encode("cp1252"),
            "2022-03-17T08:00:00Z",
        )


@pytest.mark.parametrize("gz", [False, True])
def test_warc_one_document_per_article_record(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _write_warc(path, gz=gz)
    items = list(ingest.read([path]))
    assert _fails(items) == []
    html_doc, text_doc = _docs(items)
    assert html_doc.url == "https://ledger.example/a" and html_doc.media_type == "text/html"
    assert html_doc.id and html_doc.id.startswith("<urn:uuid:")
    assert text_doc.url == "https://ledger.example/b.txt" and text_doc.media_type == "text/plain"
    page = extract(html_doc)
    assert page.published == dt.date(2022, 3, 15)  # the page's own date beats the crawl date
    assert page.warnings == ()
    plain = extract(text_doc)
    assert plain.title == "Ministers agree to reopen Ostra crossing"
    assert plain.published == dt.date(2022, 3, 17)  # crawl date as a weak fallback ...
    assert any("WARC-Date" in w for w in plain.warnings)  # ... with a warning


@pytest.mark.parametrize("where", ["header", "payload"])
def test_truncated_warc_yields_what_it_can_then_a_failure(tmp_path: Path, where: str) -> None:
    path = tmp_path / "crawl.warc"
    _write_warc(path, gz=False)
    data = path.read_bytes()
    last = data.rindex(b"WARC/1.")
    end = last + 40 if where == "header" else len(data) - 60
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:end])
    items = list(ingest.read([cut]))
    assert len(_docs(items)) == 1  # the HTML page before the damage
    (fail,) = _fails(items)
    assert fail.code == "E108" and "#record-" in fail.source and "truncated" in fail.reason


# ----------------------------------------------------------------------------- directories


def test_directory_is_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(ingest.read([tmp_path]))
    assert [Path(x.source).name for x in items] == ["a.txt", "empty.txt", "logo.png", "two.txt"]
    assert [getattr(x, "code", "doc") for x in items] == ["doc", "E102", "E103", "doc"]
    assert "PNG" in items[2].reason


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (fail,) = list(ingest.read([tmp_path]))
    assert fail.code == "E102"


# ----------------------------------------------------------------------------- stdin


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    (doc,) = list(ingest.read(["-"]))
    assert doc.source == "<stdin>"
    assert extract(doc).title == "Ministers agree to reopen Ostra crossing"


def test_stdin_jsonl_is_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b"".join(json.dumps({"id": str(i), "text": PARA}).encode() + b"\n" for i in range(3))
    monkeypatch.setattr(sys, "stdin", _Stdin(lines + b"oops\n"))
    items = list(ingest.read(["-"]))
    assert [getattr(x, "id", None) for x in items[:3]] == ["0", "1", "2"]
    assert items[3].code == "E106" and items[3].source == "<stdin>:4"


def test_stdin_over_limit_and_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"word " * 1000))
    (fail,) = list(ingest.read(["-"], limits=Limits(max_bytes=1000)))
    assert fail.code == "E104"
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    (fail,) = list(ingest.read(["-"]))
    assert fail.code == "E102"
    monkeypatch.setattr(sys, "stdin", _Stdin(ARTICLE.encode()))
    assert ingest.read_one("-").source == "<stdin>"


# ----------------------------------------------------------------------------- single reads and errors


def test_read_path_single_errors(tmp_path: Path) -> None:
    cases: list[tuple[Path, str]] = [(tmp_path / "missing.txt", "E101"), (tmp_path, "E111")]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    cases.append((empty, "E102"))
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t ")
    cases.append((blank, "E102"))
    pdf = tmp_path / "paper.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    cases.append((pdf, "E103"))
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"abc\x00def\x00\x01\x02" * 50)
    cases.append((nul, "E103"))
    two = _jsonl(tmp_path, [json.dumps({"text": PARA}), json.dumps({"text": PARA})])
    cases.append((two, "E112"))
    for path, code in cases:
        with pytest.raises(InputError) as exc:
            ingest.read_path_single(path)
        assert exc.value.code == code, (path, exc.value)
        assert "\n" not in exc.value.reason


def test_read_path_single_accepts_a_one_record_jsonl(tmp_path: Path) -> None:
    one = _jsonl(tmp_path, [json.dumps({"id": "x", "text": PARA})])
    assert ingest.read_path_single(one).id == "x"


def test_50_mb_file_fails_e104_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    with path.open("r+b") as fh:
        fh.write(b"A title\n\n")
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as exc:
            ingest.read_path_single(path)
        (fail,) = list(ingest.read([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert exc.value.code == "E104" and fail.code == "E104"
    assert "52,428,800 bytes" in exc.value.reason
    assert peak < 2 * 1024 * 1024  # the file was never read into memory


def test_batch_goes_on_after_bad_sources(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, "utf-8")
    items = list(ingest.read([tmp_path / "nope.txt", "ftp://example.org/x", good]))
    assert [getattr(x, "code", "doc") for x in items] == ["E101", "E109", "doc"]
    assert all(isinstance(x, Failure) and x.stage == "ingest" for x in items[:2])


def test_single_line_text_is_body_not_title():
    from detente.ingest import from_text

    one = from_text("Seoul and Tokyo agreed to resume talks.")
    two = from_text("Headline\nSeoul and Tokyo agreed to resume talks.")
    assert one.meta["title_in_text"] is False
    assert two.meta["title_in_text"] is True
