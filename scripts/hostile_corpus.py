"""Write the hostile-input corpus: inputs a careless or malicious source may send, each with
the outcome detente owes it (stored, or one failure with its code).

    python scripts/hostile_corpus.py DIR     # writes DIR/inputs/* and DIR/expected.json

The corpus is generated, never committed: binaries and FIFOs do not belong in git, and the
script says what each input is. ``tests/test_hostile_corpus.py`` ingests it between two good
articles into a fresh store and checks every outcome. ``expected.json`` maps each source (a file
name in ``inputs``, or ``name:line`` for a JSON Lines record) to ``"stored"`` or a code; ``warnings`` maps a
stored source to the warning codes recorded for it.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any

# Invented news items, distinct so that none is skipped as a copy of another.
SENTENCES = [
    "Poland accused Belarus of closing the border to freight without warning, officials said.",
    "Germany urged Belarus to reopen the crossing and offered to host talks in Berlin.",
    "Lithuania said it would send observers to the border on Monday.",
    "The European Union condemned the closure and threatened new sanctions.",
]


def article(title: str, n: int = 0) -> str:
    """A short English article whose text differs with ``n``."""
    body = " ".join(SENTENCES[(n + i) % len(SENTENCES)] for i in range(len(SENTENCES)))
    return f"{title}\n\nOn day {n} of the dispute: {body}\n"


def _truncated_jsonl() -> tuple[bytes, int]:
    """A gzipped JSON Lines file cut in the middle, and how many of its lines survive whole."""
    lines = [
        json.dumps({"title": f"Border update {i}", "text": article("", 100 + i).strip()})
        for i in range(40)
    ]
    whole = gzip.compress("\n".join(lines).encode(), mtime=0)
    cut = whole[: len(whole) * 6 // 10]
    readable = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(cut)
    return cut, readable.count(b"\n")


def build(directory: Path) -> dict[str, Any]:
    """Write the corpus into ``directory``/inputs; return what ``expected.json`` holds."""
    inputs = directory / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    warnings: dict[str, list[str]] = {}

    def put(name: str, data: bytes | str, outcome: str, warned: list[str] | None = None) -> None:
        path = inputs / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        expected[name] = outcome
        if warned:
            warnings[name] = warned

    put("a-good.txt", article("Talks on the border open", 1), "stored")
    put("z-good.txt", article("Talks on the border close", 2), "stored")
    put("empty.txt", b"", "E102")
    put("blank.txt", " \n\t\n" * 10, "E102")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E103")
    put("nul.txt", b"text\x00with\x00nul\x00" * 50, "E103")
    put("quotes.txt", '""""\n' + '" ' * 300 + "\n", "E203")
    put("repeated.txt", "Russia sanctions Ukraine. " * 1000, "stored")
    put(
        "control.txt",
        article("Talks \x1b[2J\x9b31m resume\x07", 3).replace("said", "s\x7faid"),
        "stored",
    )
    put(
        "latin1.txt",
        article("Talks at the café", 4).replace("Monday", "lundi, près du café").encode("latin-1"),
        "stored",
        ["E114"],
    )
    put(
        "stray-byte.txt",
        article("Erdoğan joins the talks", 5).encode() + b"A stray \xff byte ends it.\n",
        "stored",
        ["E114"],
    )
    whole = gzip.compress(article("A dispatch cut short", 6).encode() * 30, mtime=0)
    put("trunc.txt.gz", whole[: len(whole) // 2], "E116")
    cut, lines = _truncated_jsonl()
    put("trunc.jsonl.gz", cut, "E116")
    for i in range(1, lines + 1):
        expected[f"trunc.jsonl.gz:{i}"] = "stored"
    put("empty.warc.gz", gzip.compress(b"", mtime=0), "E102")
    put("deep.json", "[" * 100_000 + "]" * 100_000, "E117")
    deep_line = '{"a":' * 50_000 + "1" + "}" * 50_000
    record = json.dumps({"title": "Deep neighbours", "text": article("", 7).strip()})
    other = json.dumps({"title": "Deep neighbours 2", "text": article("", 8).strip()})
    put("deep-line.jsonl", f"{record}\n{deep_line}\n{other}\n", "")
    del expected["deep-line.jsonl"]
    expected.update(
        {"deep-line.jsonl:1": "stored", "deep-line.jsonl:2": "E117", "deep-line.jsonl:3": "stored"}
    )
    typed = {"title": ["a"], "url": {"x": 1}, "date": 12345, "text": article("", 9).strip()}
    put("types.jsonl", json.dumps(typed) + "\n", "")
    del expected["types.jsonl"]
    expected["types.jsonl:1"] = "stored"
    warnings["types.jsonl:1"] = ["E115"]
    put("broken.json", '{"title": "unfinished", "text": ', "")
    del expected["broken.json"]
    expected["broken.json:1"] = "E106"  # not JSON: read as JSON Lines, it fails on line 1
    put("config.xml", '<?xml version="1.0"?><config><item name="a">1</item></config>\n', "E109")
    put(
        "crawl.warc",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
        "",
    )
    del expected["crawl.warc"]
    expected["crawl.warc#record-1"] = "E108"  # a record without its headers
    if hasattr(os, "mkfifo"):
        os.mkfifo(inputs / "pipe.txt")
        expected["pipe.txt"] = "E118"
    manifest = {"expected": expected, "warnings": warnings}
    (directory / "expected.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    made = build(Path(sys.argv[1]))
    print(f"{len(made['expected'])} expected outcomes written to {sys.argv[1]}/expected.json")
