"""Decoding: UTF-8, legacy and BOM-marked encodings, binary sniffing, the undecodable."""

from __future__ import annotations

import random

import pytest

from detente.errors import InputError
from detente.extract.encoding import binary_kind, declared_charset, decode

EN = (
    "The minister’s café visit — “a naïve move”, critics said — drew protests in São Paulo "
    "and Zürich on Tuesday, the agency reported.\n"
)


def test_utf8_decodes_without_warning() -> None:
    d = decode(EN.encode("utf-8"))
    assert d.text == EN and d.warning is None


def test_utf8_bom_is_dropped_silently() -> None:
    d = decode(b"\xef\xbb\xbf" + EN.encode("utf-8"))
    assert d.text == EN and d.warning is None


def test_cp1252_is_detected_and_named() -> None:
    d = decode((EN * 3).encode("cp1252"))
    assert d.text == EN * 3
    assert d.encoding == "cp1252"
    assert "cp1252" in (d.warning or "")


def test_latin1_text_decodes_as_cp1252_family() -> None:
    fr = "Le président a rencontré le chancelier à Zürich, où il a parlé de l'économie.\n" * 3
    d = decode(fr.encode("latin-1"))
    assert d.text == fr
    assert d.warning


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(codec: str) -> None:
    data = EN.encode(codec)  # "utf-16"/"utf-32" write a BOM, the -le/-be forms do not
    d = decode(data)
    assert d.text.lstrip("\ufeff") == EN
    assert d.warning and "UTF-" in d.warning


def test_shift_jis_is_decoded() -> None:
    ja = "日本の首相は月曜日にソウルで韓国の大統領と会談し、両国の協力について話し合った。\n" * 4
    d = decode(ja.encode("shift_jis"))
    assert d.text == ja
    assert "detected" in (d.warning or "")


def test_declared_charset_is_used_when_it_decodes() -> None:
    ru = "Президент России встретился с лидером Северной Кореи.\n" * 3
    d = decode(ru.encode("koi8-r"), declared="koi8_r")
    assert d.text == ru and "koi8" in (d.warning or "")


def test_declared_charset_from_header_and_meta() -> None:
    assert declared_charset(b"", "text/html; charset=ISO-8859-1") == "iso8859-1"
    assert declared_charset(b'<html><head><meta charset="windows-1252">', None) == "cp1252"
    assert declared_charset(b"<html>", "text/html; charset=nonsense-99") is None


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01\x00", "executable"),
        (b"abc\x00\x01\x02\x03def\x00\xff", "NUL"),
    ],
)
def test_binary_is_refused_with_e103(data: bytes, what: str) -> None:
    assert what in (binary_kind(data) or "")
    with pytest.raises(InputError) as exc:
        decode(data, source="x.bin")
    assert exc.value.code == "E103"


def test_text_starting_like_a_weak_magic_number_is_text() -> None:
    assert binary_kind(b"MZ Bank said on Monday it would open a branch in Ostra.") is None
    assert binary_kind(b"ID3 tags are metadata in audio files, the court heard.") is None


def test_undecodable_bytes_fail_with_e105() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    with pytest.raises(InputError) as exc:
        decode(noise, source="noise.txt")
    assert exc.value.code == "E105"
    assert "noise.txt" in exc.value.reason


def test_control_character_soup_fails_with_e105() -> None:
    soup = bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x81, 0x9D]) * 200
    with pytest.raises(InputError) as exc:
        decode(soup)
    assert exc.value.code == "E105"
