"""The error codes: one table in ``detente.errors``, documented once each in docs/errors.md.

The codes table of docs/errors.md is rendered from ``CODES`` by ``codes_table`` below; after
adding or changing a code, rewrite it with ``python tests/test_errors.py``.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from detente import errors
from detente.errors import (
    CODES,
    ConfigError,
    DetenteError,
    ExtractionError,
    InputError,
    ProcessingError,
    StoreError,
)
from support import ROOT

DOC = ROOT / "docs" / "errors.md"
SOURCE = ROOT / "src" / "detente"
BEGIN = "<!-- codes: generated from detente.errors.CODES by tests/test_errors.py; do not edit -->"
END = "<!-- /codes -->"

# The hundreds digit of a code names the class that raises it.
RANGES: dict[type[DetenteError], str] = {
    InputError: "1",
    ExtractionError: "2",
    ProcessingError: "3",
    StoreError: "4",
    ConfigError: "5",
}


def owner(code: str) -> type[DetenteError]:
    """The subclass whose range holds ``code``."""
    return next(cls for cls, digit in RANGES.items() if code[1] == digit)


def codes_table() -> str:
    """The codes section of docs/errors.md, as ``CODES`` says it should read."""
    rows = [f"| {code} | `{owner(code).__name__}` | {text} |" for code, text in CODES.items()]
    return "\n".join([BEGIN, "| code | class | meaning |", "| --- | --- | --- |", *rows, END])


def documented_section() -> str:
    text = DOC.read_text("utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


# ----------------------------------------------------------------------------- the table itself


def test_codes_are_unique_in_the_source() -> None:
    """A dict literal keeps the last of two equal keys without a word; the source must not
    hold any code twice."""
    keys = re.findall(r'^\s*"(E\d{3})":', (SOURCE / "errors.py").read_text("utf-8"), re.M)
    assert len(keys) == len(CODES) > 0
    assert [code for code, n in Counter(keys).items() if n > 1] == []


def test_codes_are_well_formed_in_order_and_described() -> None:
    assert list(CODES) == sorted(CODES)
    for code, text in CODES.items():
        assert re.fullmatch(r"E[1-5]\d\d", code), code
        assert text and text == text.strip() and "\n" not in text, code


def test_every_code_falls_in_one_subclass_range() -> None:
    for code in CODES:
        assert code[1] in RANGES.values(), code


@pytest.mark.parametrize("cls", list(RANGES))
def test_each_subclass_defaults_to_a_registered_code_in_its_range(
    cls: type[DetenteError],
) -> None:
    assert cls.code in CODES
    assert cls.code[1] == RANGES[cls]
    assert issubclass(cls, DetenteError)
    assert any(code[1] == RANGES[cls] for code in CODES)


def test_the_hierarchy_is_the_five_subclasses() -> None:
    public = {getattr(errors, name) for name in errors.__all__}
    assert public == {DetenteError, *RANGES}
    assert set(DetenteError.__subclasses__()) == set(RANGES)


def test_every_code_raised_in_the_source_is_registered_and_in_its_class_range() -> None:
    """Each ``code="Exxx"`` in the package belongs to the nearest error class constructed
    before it, and that class's range holds it."""
    names = {cls.__name__: cls for cls in RANGES}
    seen = 0
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text("utf-8")
        for match in re.finditer(r'code="(E\d{3})"', text):
            code = match.group(1)
            where = f"{path.relative_to(ROOT)}: {code}"
            assert code in CODES, where
            before = re.findall(r"\b(\w+Error)\(", text[: match.start()])
            if before and before[-1] in names:
                assert names[before[-1]] is owner(code), where
                seen += 1
    assert seen > 20


# ----------------------------------------------------------------------------- the exceptions


def test_a_code_given_overrides_the_class_default() -> None:
    err = InputError("nothing there", code="E102", source="a.txt")
    assert err.code == "E102" and err.source == "a.txt"
    assert InputError("x").code == "E101"
    assert InputError.code == "E101"


def test_str_leads_with_the_code() -> None:
    assert str(StoreError("the disk is full", code="E402")) == "[E402] the disk is full"


def test_reason_is_the_first_line_without_the_code() -> None:
    err = ExtractionError("no article here\nthe page is a login form", code="E201")
    assert err.reason == "no article here"
    assert "E201" not in err.reason
    assert ConfigError("bad option").reason == "bad option"


def test_reason_of_an_exception_without_arguments_is_empty() -> None:
    err = ProcessingError("x")
    err.args = ()
    assert err.reason == ""


def test_each_subclass_names_its_stage() -> None:
    stages = [cls.stage for cls in RANGES]
    assert len(set(stages)) == len(stages)
    assert DetenteError.stage not in stages


# ----------------------------------------------------------------------------- docs/errors.md


def test_every_code_is_documented_exactly_once() -> None:
    rows = re.findall(r"^\| (E\d{3}) \|", DOC.read_text("utf-8"), re.M)
    counts = Counter(rows)
    assert set(counts) == set(CODES), set(counts) ^ set(CODES)
    assert [code for code, n in counts.items() if n != 1] == []


def test_the_documented_codes_are_the_codes_table() -> None:
    """Fails when a code is added, removed or reworded without docs/errors.md; run
    ``python tests/test_errors.py`` to rewrite the table."""
    assert documented_section() == codes_table()


def test_the_doc_names_every_class_and_its_range() -> None:
    text = DOC.read_text("utf-8")
    for cls, digit in RANGES.items():
        assert re.search(rf"^\| `{cls.__name__}` \| E{digit}xx \|", text, re.M), cls.__name__


if __name__ == "__main__":
    doc = DOC.read_text("utf-8")
    DOC.write_text(doc.replace(documented_section(), codes_table()), "utf-8")
    print(f"{DOC}: {len(CODES)} codes")
