"""Bytes → text: binary sniffing and encoding detection.

Readers hand over bytes whenever they cannot know the encoding (files, URLs, WARC payloads), so
that the guess — and the warning that names it — is made in one place. The order:

1. a byte-order mark (or UTF-16 without one, from its NUL pattern);
2. strict UTF-8;
3. a declared charset (HTTP header or ``<meta charset>``) other than UTF-8, if it decodes the
   bytes without error;
4. UTF-8 with a few bad bytes replaced (U+FFFD), when the text holds valid multi-byte UTF-8
   sequences and the bad bytes are few: one stray byte in a UTF-8 article must not make the
   whole article Icelandic Mac ("Erdoğan" → "Erdoƒüan");
5. charset-normalizer's detection, restricted to the encodings news actually comes in
   (``PLAUSIBLE``: Western, Cyrillic, Chinese, Japanese, Korean). Legacy Western single-byte
   text is decoded as cp1252 (the WHATWG rule for "latin-1" labels too).

Every decoding other than clean UTF-8 adds a warning coded E114, which the store records.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError, coded_warning

__all__ = ["Decoded", "binary_kind", "declared_charset", "decode"]

# Magic numbers of binary formats (checked on the first bytes). The short ones ("MZ", "ID3",
# "BZh"...) could open a text file too, so they count only when the head is not valid UTF-8.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
)
_STRONG_MAGIC = frozenset({b"%PDF-", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Code pages the detector may name for what is, in news text, almost always cp1252.
_WESTERN_SINGLE_BYTE = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_9",
    "iso8859_15",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
}

# What a guess may name: the encodings of the world's news outside UTF-8. Anything else (cp775,
# mac_iceland, ...) is far more often a detector's mistake than a publisher's choice.
PLAUSIBLE = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "iso8859_5",
    "cp866",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "euc_kr",
)
_CYRILLIC_SINGLE_BYTE = frozenset({"cp1251", "koi8_r", "iso8859_5", "cp866"})
_HIGH_WORD = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")
_MAX_REPLACED_SHARE = 0.01  # UTF-8 with replacement: at most 1 bad sequence in 100 characters

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the Python codec name used
    warning: str | None = None  # set when the input was not plain UTF-8


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (for Latin script)."""
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _utf8_head(data: bytes) -> bool:
    """The first 4 KB are NUL-free UTF-8 (a character cut at the end is allowed)."""
    head = data[:4096]
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is (a short description), or None if it may be text.

    A magic number decides at once; otherwise NUL bytes mark binary data, except in UTF-16/32
    text (a BOM, or NULs at alternating positions).
    """
    head = data[:64]
    for magic, name in _MAGIC:
        if head.startswith(magic) and (magic in _STRONG_MAGIC or not _utf8_head(data)):
            return name
    if _bom(data) or b"\x00" not in data[:65536]:
        return None
    if _utf16_without_bom(data):
        return None
    return "binary data (it holds NUL bytes)"


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset a Content-Type header or an HTML ``<meta>`` declares, if Python knows it."""
    candidates: list[str] = []
    if header:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", header, re.IGNORECASE)
        if m:
            candidates.append(m.group(1))
    m2 = _META_CHARSET.search(data[:4096])
    if m2:
        candidates.append(m2.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def _sensible(text: str) -> bool:
    """Decoded text is sensible when control characters and replacement marks are rare."""
    if not text:
        return False
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 200)


def decode(data: bytes, *, declared: str | None = None, source: str = "<input>") -> Decoded:
    """Decode ``data`` to text, or raise ``InputError`` E103 (binary) / E105 (undecodable).

    ``declared`` is a charset the source named (HTTP header, ``<meta>``); it is trusted only if
    it decodes the bytes without error, because pages often declare one thing and send another.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{source} is {kind}, not text", code="E103", source=source)
    bom = _bom(data)
    if bom:
        text = data.decode(bom, errors="replace")
        warning = None if bom == "utf-8-sig" else f"decoded as {bom.upper()} (byte-order mark)"
        return Decoded(text, bom, warning)
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if _sensible(text):
            return Decoded(
                text, utf16, _warning(f"decoded as {utf16.upper()} (no byte-order mark)")
            )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and codecs.lookup(declared).name not in ("utf-8", "ascii"):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if _sensible(text):
                name = codecs.lookup(declared).name
                return Decoded(text, name, _warning(f"decoded as {name} (declared by the source)"))
    return _mostly_utf8(data) or _detect(data, source)


def _warning(message: str) -> str:
    return coded_warning("E114", message)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with its few bad bytes replaced, when the rest is UTF-8 beyond doubt: it holds
    valid multi-byte sequences, more of them than bad ones, and the bad ones are rare."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multi = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if 0 < bad <= multi and bad <= max(3, _MAX_REPLACED_SHARE * len(text)):
        what = "sequence" if bad == 1 else "sequences"
        return Decoded(
            text, "utf-8", _warning(f"{bad} invalid UTF-8 byte {what} replaced with U+FFFD")
        )
    return None


def _latin_words(data: bytes) -> bool:
    """Most words with a high byte also hold ASCII letters ("caf\\xe9"): Western text with
    accents, not Cyrillic, whose words are all high bytes. A short text is where a detector
    hesitates between the two."""
    words = _HIGH_WORD.findall(data)
    mixed = sum(1 for w in words if any(65 <= b <= 122 and chr(b).isalpha() for b in w))
    return bool(words) and mixed * 2 >= len(words)


def _detect(data: bytes, source: str) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(PLAUSIBLE)).best()
    if best is None:
        raise InputError(
            f"{source} could not be decoded as text in any known encoding",
            code="E105",
            source=source,
        )
    encoding = best.encoding
    if encoding in _CYRILLIC_SINGLE_BYTE and _latin_words(data):
        encoding = "cp1252"
    if encoding in _WESTERN_SINGLE_BYTE:
        for legacy in ("cp1252", "latin-1"):
            try:
                text = data.decode(legacy)
            except UnicodeDecodeError:
                continue
            name = codecs.lookup(legacy).name
            return Decoded(text, name, _warning(f"not valid UTF-8: decoded as {name}"))
    text = str(best)
    if not _sensible(text):
        raise InputError(
            f"{source} could not be decoded as text (best guess {encoding} gives garbage)",
            code="E105",
            source=source,
        )
    return Decoded(text, encoding, _warning(f"not valid UTF-8: decoded as {encoding} (detected)"))
