"""Hostile inputs at the readers and extraction (issue 11): each lands as a document or as one
coded failure, and never takes a neighbouring good input down with it. No model needed."""

from __future__ import annotations

import gzip
import json
import os
import threading
from pathlib import Path

import pytest

from detente import ingest
from detente.config import Limits
from detente.errors import ExtractionError, InputError
from detente.extract import extract
from detente.extract.encoding import decode
from detente.extract.language import detect_language
from detente.model import Document, Failure
from support.texts import PARA

DEFAULT = Limits()
GOOD = f"Ministers agree to reopen Ostra crossing\n\n{PARA}\n"


def _outcomes(sources: list[Path | str], limits: Limits = DEFAULT) -> list[tuple[str, str]]:
    """(source, "doc" or the failure's code) for every item the readers and extraction give."""
    out: list[tuple[str, str]] = []
    for item in ingest.read([str(s) for s in sources], limits=limits):
        if isinstance(item, Failure):
            out.append((item.source, item.code))
            continue
        try:
            extract(item, limits=limits)
        except (InputError, ExtractionError) as exc:
            out.append((item.source, exc.code))
        else:
            out.append((item.source, "doc"))
    return out


def _good(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(GOOD.replace("Ostra", name.split(".")[0].title()), "utf-8")
    return path


# ----------------------------------------------------------------------------- 2. truncated gzip


def test_a_truncated_gzip_text_is_one_coded_failure_between_good_files(tmp_path: Path) -> None:
    whole = gzip.compress((GOOD * 40).encode())
    bad = tmp_path / "trunc.txt.gz"
    bad.write_bytes(whole[: len(whole) // 2])
    first, last = _good(tmp_path, "first.txt"), _good(tmp_path, "last.txt")
    got = _outcomes([first, bad, last])
    assert got == [(str(first), "doc"), (str(bad), "E116"), (str(last), "doc")]


def test_a_truncated_jsonl_gzip_keeps_the_lines_read_and_says_where_it_ends(
    tmp_path: Path,
) -> None:
    lines = [json.dumps({"title": f"Item {i}", "text": f"{i} {PARA}"}) for i in range(60)]
    whole = gzip.compress("\n".join(lines).encode())
    bad = tmp_path / "trunc.jsonl.gz"
    bad.write_bytes(whole[: int(len(whole) * 0.6)])
    items = list(ingest.read([str(bad)]))
    docs = [x for x in items if isinstance(x, Document)]
    fails = [x for x in items if isinstance(x, Failure)]
    assert len(docs) >= 20
    assert len(fails) == 1 and fails[0].code == "E116"
    assert f"after line {len(docs)}" in fails[0].reason and "byte" in fails[0].reason


# ----------------------------------------------------------------------------- 3. deep nesting


def test_deeply_nested_json_is_a_coded_failure(tmp_path: Path) -> None:
    bad = tmp_path / "deep.json"
    bad.write_text("[" * 100_000 + "]" * 100_000)
    good = _good(tmp_path, "good.txt")
    assert _outcomes([bad, good]) == [(str(bad), "E117"), (str(good), "doc")]


def test_a_deeply_nested_jsonl_line_fails_alone(tmp_path: Path) -> None:
    deep = '{"a":' * 50_000 + "1" + "}" * 50_000
    rec = json.dumps({"title": "Talks resume", "text": PARA})
    path = tmp_path / "mixed.jsonl"
    path.write_text(f"{rec}\n{deep}\n{rec.replace('resume', 'end')}\n")
    items = list(ingest.read([str(path)]))
    assert [x.code if isinstance(x, Failure) else "doc" for x in items] == ["doc", "E117", "doc"]
    assert items[1].source == f"{path}:2"


# ----------------------------------------------------------------------------- 4. special files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(_outcomes([fifo])), daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so that the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert result == [[(str(fifo), "E118")]]
    with pytest.raises(InputError) as err:
        ingest.read_one(fifo)
    assert err.value.code == "E118"


# ----------------------------------------------------------------------------- 5. encodings


def test_latin1_text_is_decoded_as_western_not_baltic() -> None:
    text = "Le café de la place est fermé depuis lundi, a déclaré le maire. " * 3
    got = decode(text.encode("latin-1"))
    assert "café" in got.text and got.warning and "E114" in got.warning


def test_utf8_with_one_stray_byte_stays_utf8_with_a_replacement() -> None:
    text = "President Erdoğan met the delegation in Ankara on Tuesday. " * 4
    data = text.encode() + b"\xff and the talks went on."
    got = decode(data)
    assert got.encoding == "utf-8"
    assert "Erdoğan" in got.text and "\ufffd" in got.text
    assert got.warning and "E114" in got.warning and "replaced" in got.warning


def test_latin1_bytes_under_a_utf8_meta_are_not_decoded_as_a_baltic_code_page() -> None:
    body = "<p>Le café est fermé, a déclaré le maire de la ville.</p>" * 3
    page = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    got = decode(page.encode("latin-1"), declared="utf-8")
    assert "café" in got.text and "cafķ" not in got.text


def test_a_declared_charset_that_decodes_is_trusted() -> None:
    text = "Переговоры в Москве продолжатся в среду, сообщил министр. " * 3
    got = decode(text.encode("koi8_r"), declared="koi8_r")
    assert got.text == text and got.encoding == "koi8-r"


@pytest.mark.parametrize("codec", ["cp1251", "gb18030", "shift_jis"])
def test_guesses_stay_with_plausible_news_encodings(codec: str) -> None:
    text = {
        "cp1251": "Переговоры в Москве продолжатся в среду, сообщил министр иностранных дел. ",
        "gb18030": "外交部发言人周三表示，双方将在北京继续会谈，讨论贸易和安全问题。",
        "shift_jis": "外務大臣は水曜日、東京で会談を続けると述べました。安全保障について話し合う。",
    }[codec] * 4
    got = decode(text.encode(codec))
    assert got.text == text


def test_an_encoding_warning_reaches_the_article(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(GOOD.replace("reopen", "réopen").encode("latin-1"))
    article = extract(ingest.read_path_single(path))
    assert any(w.startswith("[E114]") for w in article.warnings)


# ----------------------------------------------------------------------------- 6. field types


def test_fields_of_the_wrong_type_are_left_empty_with_a_warning() -> None:
    from detente.ingest.jsonl import record_document

    record = {"title": ["a"], "url": {"x": 1}, "date": 12345, "author": 7, "text": PARA}
    doc = record_document(record, "r.jsonl:1")
    assert doc.title is None and doc.url is None and doc.published is None
    article = extract(doc)
    assert article.title is None and article.url is None and article.published is None
    assert article.author is None
    warned = [w for w in article.warnings if w.startswith("[E115]")]
    assert {w.split("'")[1] for w in warned} == {"title", "url", "date", "author"}


def test_a_numeric_id_is_kept_but_a_numeric_date_is_not_a_date() -> None:
    from detente.ingest.jsonl import record_document

    doc = record_document({"id": 42, "date": 1_700_000_000, "text": PARA}, "r.jsonl:1")
    assert doc.id == "42" and doc.published is None and "date" not in doc.meta


# ----------------------------------------------------------------------------- 7. no words


def test_a_file_of_quotation_marks_is_too_short(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_text('""""""""""\n' + '" ' * 200 + "\n" + "“”«»" * 50)
    assert _outcomes([path]) == [(str(path), "E203")]


# ----------------------------------------------------------------------------- 8. control chars


def test_control_characters_are_stripped_at_extraction() -> None:
    dirty = "Ministers \x1b[31magree\x7f to\x9b2J reopen\x07 the crossing\x00"
    doc = ingest.from_text(f"{dirty}\n\n{PARA}\x1b]0;owned\x07 more\x85 text.")
    article = extract(doc)
    for field in (article.title or "", article.text):
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in field)
    assert article.title == "Ministers [31magree to2J reopen the crossing"


# ----------------------------------------------------------------------------- 12. right codes


def test_many_repetitions_of_an_english_sentence_are_english() -> None:
    assert detect_language("Russia sanctions Ukraine. " * 100_000).english
    assert detect_language("Russia sanctions Ukraine.\n" * 100_000).english


def test_lines_repeating_the_title_are_not_all_dropped() -> None:
    line = "Officials said the talks would continue in Geneva next week."
    article = extract(ingest.from_text("\n\n".join([line] * 50)))
    assert article.title == line and article.text.count(line) == 48


def test_an_empty_warc_gz_is_empty_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(gzip.compress(b""))
    assert _outcomes([path]) == [(str(path), "E102")]


def test_an_xml_file_that_is_not_a_feed_is_unsupported_not_empty(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><item name="a">1</item></config>\n')
    assert _outcomes([path]) == [(str(path), "E109")]


def test_a_short_latin1_word_is_western() -> None:
    assert decode("café".encode("latin-1")).text == "café"
    assert decode("Les cafés sont fermés.".encode("latin-1")).text == "Les cafés sont fermés."
