"""Document → Article end to end: the seed article, Wikinews, HTML pages and bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from detente import ingest
from detente.config import Limits
from detente.errors import DetenteError, ExtractionError, InputError
from detente.extract import article_id, extract
from detente.model import Document
from support import INGEST_FIXTURES as FIXTURES
from support import shared_path
from support.texts import PARA

# ----------------------------------------------------------------------------- the seed article


def test_seed_article_end_to_end(seed_path: Path) -> None:
    raw = seed_path.read_text("utf-8")
    article = extract(ingest.read_path_single(seed_path))
    first_line = next(line for line in raw.splitlines() if line.strip()).strip()
    assert article.title == first_line
    for junk in (
        "Spread the love",
        "Related posts",
        "Leave a Comment",
        "+ 49 = 53",
        "With inputs from agencies",
    ):
        assert junk not in article.text
    bullets = [
        line.strip().lstrip("•").strip()
        for line in raw.splitlines()
        if line.strip().startswith("•")
    ]
    assert len(bullets) == 5
    assert article.key_points == tuple(bullets)
    for bullet in bullets:  # each bullet stays in the text, on a line of its own, without its mark
        assert f"\n{bullet}\n" in f"\n{article.text}\n"
    assert article.credits == ("With inputs from agencies",)
    assert "\n\n" in article.text and "•" not in article.text
    assert article.text.rstrip().endswith("Another expert said.")
    assert article.id == article_id(article.text)
    assert article.language == "en" and article.warnings == ()


def test_seed_article_bytes_and_string_give_the_same_id(seed_path: Path) -> None:
    from_file = extract(ingest.read_path_single(seed_path))
    from_string = extract(ingest.from_text(seed_path.read_text("utf-8")))
    assert from_file.id == from_string.id
    assert from_file.title == from_string.title


# ----------------------------------------------------------------------------- Wikinews


def test_wikinews_corpus_reads_and_extracts() -> None:
    path = shared_path("corpus", "wikinews", "articles.jsonl")
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    items = list(ingest.read([path]))
    assert len(items) == len(records)
    dateline = re.compile(
        r"\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}"
    )
    with_dateline = 0
    for record, doc in zip(records, items, strict=True):
        assert isinstance(doc, Document), doc
        article = extract(doc)
        assert article.title == record["title"].strip()
        assert article.published == dt.date.fromisoformat(record["date"])
        assert article.external_id == record["id"]
        assert article.url == record["url"]
        assert not dateline.match(article.text)
        if dateline.match(record["text"]):
            with_dateline += 1
            # without the declared date, the dateline alone must give the same date
            undated = Document(
                doc.source, doc.content, doc.media_type, title=doc.title, meta=doc.meta
            )
            assert extract(undated).published == dt.date.fromisoformat(record["date"])
    assert with_dateline >= 100


# ----------------------------------------------------------------------------- HTML


def test_html_page_metadata_and_clean_text() -> None:
    article = extract(ingest.read_path_single(FIXTURES / "article.html"))
    assert article.title == "Border river accord signed after decade of dispute"
    assert article.author == "Mara Lindqvist"
    assert article.site == "The Northern Ledger"
    assert article.published == dt.date(2022, 3, 15)
    assert article.key_points == (
        "Estland and Valoria signed a treaty sharing the waters of the Tarn river.",
        "The agreement ends a ten-year quarrel over two upstream dams.",
    )
    assert article.credits == ("With inputs from agencies",)
    assert article.text.startswith("Estland and Valoria signed a treaty")
    for junk in (
        "Related posts",
        "Leave a Comment",
        "+ 12 = 19",
        "cookies",
        "Copyright",
        "Subscribe",
        "Facebook",
    ):
        assert junk not in article.text
    assert "Water should connect our peoples" in article.text
    assert article.text.count("\n\n") >= 4


def test_html_date_from_htmldate_when_no_metadata() -> None:
    html = f"""<html><head><title>Crossing reopens</title></head><body><article>
    <h1>Crossing reopens</h1><p>Published <time datetime="2021-06-01">1 June 2021</time></p>
    <p>{PARA}</p><p>{PARA.replace("Tuesday", "Wednesday")}</p></article></body></html>"""
    article = extract(Document("page.html", html.encode(), "text/html"))
    assert article.published == dt.date(2021, 6, 1)


def test_declared_date_beats_the_page() -> None:
    html = (FIXTURES / "article.html").read_bytes()
    doc = Document("x", html, "text/html", published=dt.date(2022, 3, 20))
    assert extract(doc).published == dt.date(2022, 3, 20)


def test_crawl_date_is_a_weak_fallback_with_a_warning() -> None:
    text = f"Crossing reopens\n\n{PARA}"
    doc = Document(
        "w",
        text.encode(),
        "text/plain",
        meta={"title_in_text": True, "crawl_date": "2020-02-02T10:00:00Z"},
    )
    article = extract(doc)
    assert article.published == dt.date(2020, 2, 2)
    assert any("crawl date" in w for w in article.warnings)


def test_html_without_article_fails_e201() -> None:
    html = (
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    with pytest.raises(ExtractionError) as exc:
        extract(Document("nav.html", html.encode(), "text/html"))
    assert exc.value.code == "E201"


def test_html_fragment_is_read() -> None:
    doc = Document("feed#1", f"<p>{PARA}</p><p>More talks follow.</p>", "text/html")
    article = extract(doc)
    assert article.text == f"{PARA}\n\nMore talks follow."


# ----------------------------------------------------------------------------- bad input


def test_empty_input_fails_e102() -> None:
    for content in (b"", b"  \n\n ", "   "):
        with pytest.raises(InputError) as exc:
            extract(Document("e.txt", content, "text/plain"))
        assert exc.value.code == "E102"


def test_too_short_after_cleaning_fails_e203() -> None:
    with pytest.raises(ExtractionError) as exc:
        extract(ingest.from_text("A title\n\nSpread the love\n\nShort.\n\nLeave a Comment"))
    assert exc.value.code == "E203"
    assert "characters" in exc.value.reason


def test_german_text_fails_e202_unless_check_is_off() -> None:
    text = (
        "Die Außenminister der beiden Länder haben sich am Dienstag in der Grenzstadt getroffen "
        "und vereinbart, den Übergang für den Güterverkehr wieder zu öffnen."
    )
    doc = ingest.from_text(text, title="Grenzübergang")
    with pytest.raises(ExtractionError) as exc:
        extract(doc)
    assert exc.value.code == "E202"
    assert "German" in exc.value.reason
    article = extract(doc, check_language=False)
    assert article.language == "de"


def test_over_size_content_fails_e104() -> None:
    doc = Document("big.txt", b"word " * 1000, "text/plain")
    with pytest.raises(InputError) as exc:
        extract(doc, limits=Limits(max_bytes=1000))
    assert exc.value.code == "E104"


def test_legacy_encoding_is_decoded_with_a_warning() -> None:
    text = f"Minister’s “naïve” café diplomacy\n\n{PARA} The minister’s café visit was “naïve”."
    article = extract(Document("old.txt", text.encode("cp1252"), "text/plain"))
    assert article.title == "Minister’s “naïve” café diplomacy"
    assert "café visit" in article.text
    assert any("cp1252" in w for w in article.warnings)


def test_shift_jis_japanese_is_decoded_then_reported_not_english() -> None:
    ja = "国境検問所を再開\n\n両国の外相は火曜日に国境の町で会談し、貨物の通行のために国境検問所を再開することで合意した。"
    with pytest.raises(ExtractionError) as exc:
        extract(Document("ja.txt", ja.encode("shift_jis"), "text/plain"))
    assert exc.value.code == "E202"
    assert "Japanese" in exc.value.reason


def test_binary_content_fails_e103() -> None:
    with pytest.raises(InputError) as exc:
        extract(Document("x.txt", b"\x00\x01\x02binary\x00\x00stuff" * 10, "text/plain"))
    assert exc.value.code == "E103"


def test_unparseable_declared_date_is_warned_about() -> None:
    doc = Document(
        "r:1", f"{PARA}", "text/plain", meta={"title_in_text": False, "date": "sometime soon"}
    )
    article = extract(doc)
    assert article.published is None
    assert any("sometime soon" in w for w in article.warnings)


def test_every_error_code_is_registered() -> None:
    from detente.errors import CODES

    for exc in (InputError("x", code="E104"), ExtractionError("x", code="E203")):
        assert isinstance(exc, DetenteError)
        assert exc.code in CODES


def test_id_ignores_whitespace_but_not_words() -> None:
    a = extract(ingest.from_text(f"T\n\n{PARA}\n\n{PARA}"))
    b = extract(ingest.from_text(f"T\n\n\n{PARA}  \n\n\n\n{PARA}\n"))
    c = extract(ingest.from_text(f"T\n\n{PARA}\n\n{PARA} Talks continue."))
    assert a.id == b.id != c.id
    assert a.id.startswith("sha256:") and len(a.id) == 7 + 64


def test_page_date_never_treats_input_as_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.utils

    def no_fetch(*args: object, **kwargs: object) -> None:
        raise AssertionError("htmldate tried to download")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_fetch)
    from detente.extract.html import page_date

    assert page_date("https://news.example/2021/06/01/crossing-reopens") is None
    assert page_date(
        '<html><head><meta name="date" content="2021-06-01"></head><body>x</body></html>'
    ) == dt.date(2021, 6, 1)
