"""Fuzzing the readers and extraction (issue 11): random bytes, encodings, nesting, truncated
gzip and JSON shapes, each put between two good articles. The invariant: every input ends as a
document or as failures with a registered code, never an exception, and the good articles
around it come out exactly as they do alone."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente import ingest
from detente.errors import CODES, ExtractionError, InputError
from detente.extract import extract
from detente.model import Failure

GOOD = [
    "Talks open on the border\n\nPoland accused Belarus of closing the border to freight "
    "without warning, officials said on Monday.\n",
    "Talks close on the border\n\nGermany urged Belarus to reopen the crossing and offered to "
    "host talks in Berlin, a spokesman said on Friday.\n",
]
NAMES = ["x.txt", "x.json", "x.jsonl", "x.html", "x.xml", "x.warc", "x.gz", "x.txt.gz", "x", "x.md"]
CODECS = ["utf-8", "latin-1", "cp1252", "cp1251", "koi8_r", "gb18030", "shift_jis", "utf-16"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        k: json_values | st.text(min_size=0, max_size=300)
        for k in ("title", "url", "date", "text", "html", "id", "author", "site")
    },
)


@st.composite
def hostile(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["bytes", "encoded", "nested", "truncated", "records"]))
    if kind == "bytes":
        data = draw(st.binary(max_size=3000))
    elif kind == "encoded":
        text = draw(st.text(max_size=1500))
        data = text.encode(draw(st.sampled_from(CODECS)), errors="replace")
    elif kind == "nested":
        depth = draw(st.integers(1, 20_000))
        opener = draw(st.sampled_from(["[", '{"a":', "<a>"]))
        closer = {"[": "]", '{"a":': "}", "<a>": "</a>"}[opener]
        data = (opener * depth + "1" + closer * draw(st.integers(0, depth))).encode()
    elif kind == "truncated":
        lines = draw(st.lists(records, min_size=1, max_size=8))
        whole = gzip.compress("\n".join(json.dumps(r) for r in lines).encode(), mtime=0)
        data = whole[: draw(st.integers(0, len(whole)))]
    else:
        lines = draw(st.lists(records | json_values, min_size=1, max_size=6))
        data = "\n".join(json.dumps(r) for r in lines).encode()
    return draw(st.sampled_from(NAMES)), data


def _outcomes(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for item in ingest.read([str(p) for p in paths]):
        if isinstance(item, Failure):
            out.append((item.source, item.code))
            continue
        try:
            article = extract(item)
        except (InputError, ExtractionError) as exc:
            out.append((item.source, exc.code))
        else:
            out.append((item.source, article.id))
    return out


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(hostile())
def test_every_input_is_a_document_or_coded_failures_and_harms_no_neighbour(
    case: tuple[str, bytes],
) -> None:
    name, data = case
    with tempfile.TemporaryDirectory() as tmp:
        first, last, bad = Path(tmp, "a.txt"), Path(tmp, "z.txt"), Path(tmp, name)
        first.write_text(GOOD[0])
        last.write_text(GOOD[1])
        bad.write_bytes(data)
        alone = _outcomes([first, last])
        got = _outcomes([first, bad, last])
    assert got[0] == alone[0] and got[-1] == alone[1]
    middle = got[1:-1]
    assert middle, "an input vanished without a trace"
    for source, outcome in middle:
        assert source.startswith(str(bad))
        assert outcome.startswith("sha256:") or outcome in CODES, (source, outcome)
