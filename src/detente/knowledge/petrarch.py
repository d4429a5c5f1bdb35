"""Reader for the PETRARCH-2 / Phoenix dictionary formats: actors, agents, discards and the
CAMEO verb dictionary.

The dictionaries were edited by hand over two decades, so the reader is lenient in the way
PETRARCH itself is: a line it cannot use is skipped with a warning naming the file and line
(``PetrarchReader.warnings``), and the rest still loads. What it returns are plain frozen records;
mapping them onto detente's formats is ``detente.knowledge.convert``'s job.

Conventions followed (from PETRARCH-2's dictionary documentation): ``#`` and the legacy ``;``
start a comment, as does ``<!-- ... -->`` (also over several lines); a phrase joins its words with
``_`` or blanks, and a trailing ``_`` only marks a word boundary; dates are ``YYMMDD`` (seven
characters or fewer) or ``YYYYMMDD``, and a two-digit year of 00-30 is 20YY, any other 19YY; date
limits are inclusive. A later definition of the same phrase replaces the earlier one, as in
PETRARCH, with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# ------------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """A line the reader skipped or repaired, and why."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class CodeSpan:
    """One date restriction: ``code`` applies from ``start`` to ``end``, both inclusive; None is
    an open end (``<date`` has no start, ``>date`` no end)."""

    code: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor record: its primary phrase, ``+`` synonyms, default code and dated codes.
    Phrases are upper case with words joined by single blanks, as in the file."""

    name: str
    synonyms: tuple[str, ...]
    code: str | None  # the default: used on dates no span covers ("---": explicitly none)
    spans: tuple[CodeSpan, ...]
    comment: str
    file: str
    line: int
    written: str = ""  # the primary phrase as written ("ABU_SARTAJ__": the file's own marks)


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent phrase and its code: ``[~GOV]`` adds the code after the actor's (``before`` is
    False), ``[NGO~]`` before it. ``plurals`` is None when regular plurals apply, ``()`` when
    none may be formed. ``forms`` has ``!SUBST!`` markers expanded."""

    phrase: str
    forms: tuple[str, ...]
    plurals: tuple[str, ...] | None
    code: str
    before: bool
    line: int


@dataclass(frozen=True, slots=True)
class Discard:
    """A phrase that makes its sentence (or, with ``story``, its whole story) not codable."""

    phrase: str
    story: bool
    line: int


@dataclass(frozen=True, slots=True)
class Synset:
    """``&NAME`` and its ``+`` members; ``plurals`` False when the label ends in ``_``."""

    name: str
    members: tuple[str, ...]
    plurals: bool
    line: int


@dataclass(frozen=True, slots=True)
class Verb:
    """One verb of a block: ``lemma`` is the word the parser tags as the verb; ``before`` and
    ``after`` the words of a multi-word verb around it (``+BEEF_UP``: after ``("UP",)``);
    ``forms`` the irregular forms given in braces; ``code`` its own code, else None (the block's
    applies)."""

    lemma: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    forms: tuple[str, ...]
    code: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase of a pattern: modifiers then head (``{ARMS SHIPMENT}``: ``("ARMS",
    "SHIPMENT")``); a word may be a synset label (``&FOOD``) or an actor marker (``+``, ``$``)."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PrepPhrase:
    """``(TO {BANNED PARTIES})``: a preposition and the noun phrases it governs (maybe none)."""

    prep: str
    objects: tuple[Phrase, ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    """``- PRE * POST [CODE]``: noun and prepositional phrases before the verb (its subject side)
    and after it (objects), and the code they give. ``code`` is as written (``042:043``,
    ``---``)."""

    before: tuple[Phrase, ...]
    before_preps: tuple[PrepPhrase, ...]
    after: tuple[Phrase, ...]
    after_preps: tuple[PrepPhrase, ...]
    code: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """``--- NAME [CODE] ---`` with its verbs and patterns; ``code`` None for the null ``---``."""

    name: str
    code: str | None
    verbs: tuple[Verb, ...]
    patterns: tuple[Pattern, ...]
    line: int


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    synsets: dict[str, Synset]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[str, ...]  # ``~`` lines, kept as written


# ------------------------------------------------------------------------------------------------
# lines

_CODE = re.compile(r"[A-Z0-9]+")
_DATE_IN_CODE = re.compile(r"([A-Z]+)([<>]?\d{6,8}(?:-\d{6,8})?)")
_BRACKET = re.compile(r"\[([^\]\[{}]*)[\]}]")


def phrase_text(raw: str) -> str:
    """``MOHAMMAD_ZAHIR_SHAH_`` → ``MOHAMMAD ZAHIR SHAH``: words joined by blanks."""
    return " ".join(raw.replace("_", " ").split())


@dataclass
class PetrarchReader:
    """Reads the dictionary files; every problem met is appended to ``warnings``."""

    warnings: list[ReadWarning] = field(default_factory=list)

    def warn(self, file: str, line: int, message: str) -> None:
        self.warnings.append(ReadWarning(file, line, message))

    def lines(self, path: Path) -> Iterator[tuple[int, str]]:
        """Numbered lines without comments, blank lines dropped. A line that is not UTF-8 is read
        as Latin-1 (the files mix both), with a warning."""
        name = path.name
        in_comment = False
        for n, raw in enumerate(path.read_bytes().split(b"\n"), start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
                self.warn(name, n, "not UTF-8: read as Latin-1")
            if "\ufffd" in text:
                self.warn(name, n, "holds U+FFFD: a character was lost before this copy")
            text = text.rstrip("\r\n")
            if in_comment:
                if "-->" not in text:
                    continue
                text = text.split("-->", 1)[1]
                in_comment = False
            while "<!--" in text:
                head, _, tail = text.partition("<!--")
                if "-->" in tail:
                    text = head + tail.split("-->", 1)[1]
                else:
                    text, in_comment = head, True
            text = text.split("#", 1)[0].split(";", 1)[0]
            if text.strip():
                yield n, text

    # --------------------------------------------------------------------------------------------
    # dates and codes

    def date(self, raw: str, file: str, line: int) -> dt.date | None:
        """A PETRARCH date, or None (with a warning) when it is not one."""
        digits = raw.strip()
        if not digits.isdigit():
            self.warn(file, line, f"date {raw!r} is not a number")
            return None
        if len(digits) <= 7:
            if len(digits) == 7:
                self.warn(file, line, f"date {digits!r} has 7 digits: read as YYMMDD")
            if len(digits) < 6:
                self.warn(file, line, f"date {digits!r} is too short")
                return None
            year = int(digits[:2])
            year += 2000 if year <= 30 else 1900
            month, day = int(digits[2:4]), int(digits[4:6])
        else:
            if len(digits) > 8:
                self.warn(file, line, f"date {digits!r} is longer than YYYYMMDD")
            year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
        try:
            return dt.date(year, month, day)
        except ValueError:
            self.warn(file, line, f"date {digits!r} is not a calendar date")
            return None

    def span(self, body: str, file: str, line: int) -> CodeSpan | None:
        """``AFGGOV 050201-091231``, ``AFGGOV >100201``, ``AFGGOV`` → a CodeSpan."""
        parts = body.split()
        if not parts:
            self.warn(file, line, "empty code brackets")
            return None
        code, rest = parts[0], " ".join(parts[1:])
        if code == "---" and not rest:
            return CodeSpan(code, None, None)  # the documented null code
        glued = _DATE_IN_CODE.fullmatch(code)
        if glued and not rest:
            self.warn(file, line, f"date inside code {code!r}: read as {glued[1]} {glued[2]}")
            code, rest = glued[1], glued[2]
        code = code.upper()
        if not _CODE.fullmatch(code):
            self.warn(file, line, f"code {code!r} is not a code")
            return None
        rest = rest.replace(" ", "")
        if not rest:
            return CodeSpan(code, None, None)
        if rest[0] in "<>":
            when = self.date(rest[1:], file, line)
            if when is None:
                return None
            return CodeSpan(code, None, when) if rest[0] == "<" else CodeSpan(code, when, None)
        if "-" in rest:
            a, _, b = rest.partition("-")
            start, end = self.date(a, file, line), self.date(b, file, line)
            if start is None or end is None:
                return None
            if end < start:
                self.warn(file, line, f"date range {rest} ends before it starts")
            return CodeSpan(code, start, end)
        self.warn(file, line, f"restriction {rest!r} is neither <date, >date nor date-date")
        return None

    # --------------------------------------------------------------------------------------------
    # actors

    def actors(self, path: Path) -> list[Actor]:
        """An actor dictionary. Where a phrase is defined again, the later record has it: a
        repeated primary phrase replaces the whole earlier record, a repeated synonym moves."""
        name = path.name
        records: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        for n, text in self.lines(path):
            if "---STOP---" in text:
                break
            stripped = text.strip()
            if stripped.startswith("["):  # a date restriction of the current actor
                if current is None:
                    self.warn(name, n, "code line before any actor")
                    continue
                self._add_codes(current, stripped, name, n)
            elif stripped.startswith("+"):
                if current is None:
                    self.warn(name, n, "synonym before any actor")
                    continue
                phrase, _, codes = stripped[1:].partition("[")
                phrase = phrase_text(phrase)
                if codes:
                    self.warn(name, n, "code on a synonym line: it applies to the whole record")
                    self._add_codes(current, "[" + codes, name, n)
                if phrase:
                    current["synonyms"].append((phrase, n))
                else:
                    self.warn(name, n, "empty synonym")
            else:
                phrase, bracket, codes = stripped.partition("[")
                phrase = phrase_text(phrase)
                if not phrase:
                    self.warn(name, n, "code without a phrase")
                    continue
                current = {"name": phrase, "line": n, "synonyms": [], "code": None, "spans": []}
                current["written"] = stripped.partition("[")[0].strip()
                current["comment"] = ""
                records.append(current)
                if bracket:
                    self._add_codes(current, "[" + codes, name, n)
        for rec, raw in zip(records, _raw_comments(path, records), strict=True):
            rec["comment"] = raw
        return self._settle(records, name)

    def _add_codes(self, rec: dict[str, Any], text: str, file: str, line: int) -> None:
        found = _BRACKET.findall(text)
        if not found:
            self.warn(file, line, "no closing bracket: line skipped")
            return
        if "}" in text and "]" not in text:
            self.warn(file, line, "code closed with '}' instead of ']'")
        for body in found:
            span = self.span(body, file, line)
            if span is None:
                continue
            if span.start is None and span.end is None:
                if rec["code"] is not None and rec["code"] != span.code:
                    self.warn(file, line, f"second default code {span.code} replaces {rec['code']}")
                rec["code"] = span.code
            else:
                rec["spans"].append(span)

    def _settle(self, records: list[dict[str, Any]], file: str) -> list[Actor]:
        owner: dict[str, tuple[int, int]] = {}  # phrase → (record index, line)
        dropped: set[int] = set()
        lost: dict[int, set[str]] = {}
        for i, rec in enumerate(records):
            for phrase, line in [(rec["name"], rec["line"]), *rec["synonyms"]]:
                if phrase in owner:
                    j, was = owner[phrase]
                    if j == i:
                        self.warn(file, line, f"{phrase!r} repeats within its record")
                        continue
                    self.warn(file, line, f"{phrase!r} overwrites its definition on line {was}")
                    if phrase == records[j]["name"]:
                        dropped.add(j)
                    else:
                        lost.setdefault(j, set()).add(phrase)
                owner[phrase] = (i, line)
        out = []
        for i, rec in enumerate(records):
            if i in dropped:
                continue
            gone = lost.get(i, set())
            synonyms = [s for s, _ in rec["synonyms"] if s not in gone and s != rec["name"]]
            out.append(
                Actor(
                    name=rec["name"],
                    synonyms=tuple(dict.fromkeys(synonyms)),
                    code=rec["code"],
                    spans=tuple(rec["spans"]),
                    comment=rec["comment"],
                    file=file,
                    line=rec["line"],
                    written=rec["written"],
                )
            )
        return out

    # --------------------------------------------------------------------------------------------
    # agents and discards

    def agents(self, path: Path) -> list[Agent]:
        """The agents dictionary, with ``!SUBST! = A, B`` sets expanded in ``forms``."""
        name = path.name
        subst: dict[str, list[str]] = {}
        out: list[Agent] = []
        for n, text in self.lines(path):
            stripped = text.strip()
            marker = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", stripped)
            if marker:
                subst[marker[1]] = [w.strip() for w in marker[2].split(",") if w.strip()]
                continue
            m = re.fullmatch(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]\s*", stripped)
            if not m:
                self.warn(name, n, "agent line without [code]: skipped")
                continue
            if stripped.endswith("}"):
                self.warn(name, n, "code closed with '}' instead of ']'")
            raw_code = m[3].strip()
            if raw_code.startswith("~"):
                code, before = raw_code[1:], False
            elif raw_code.endswith("~"):
                code, before = raw_code[:-1], True
            else:
                self.warn(name, n, f"agent code {raw_code!r} has no '~': read as following")
                code, before = raw_code, False
            if not _CODE.fullmatch(code):
                self.warn(name, n, f"agent code {raw_code!r} is not a code: skipped")
                continue
            phrase = phrase_text(m[1])
            forms = [phrase]
            for marker_name, words in subst.items():
                forms = [
                    f.replace(marker_name, w) if marker_name in f else f
                    for f in forms
                    for w in (words if marker_name in f else [""])
                ]
            if any("!" in f for f in forms):
                self.warn(name, n, "undefined !substitution! marker: skipped")
                continue
            plurals = None if m[2] is None else tuple(phrase_text(p) for p in m[2].split())
            forms = [" ".join(f.split()) for f in forms]
            out.append(Agent(phrase, tuple(forms), plurals, code, before, n))
        return out

    def discards(self, path: Path) -> list[Discard]:
        out = []
        for n, text in self.lines(path):
            stripped = text.strip()
            story = stripped.startswith("+")
            phrase = phrase_text(stripped[1:] if story else stripped)
            if phrase:
                out.append(Discard(phrase.upper(), story, n))
            else:
                self.warn(path.name, n, "empty discard")
        return out

    # --------------------------------------------------------------------------------------------
    # verbs

    def verbs(self, path: Path) -> VerbDictionary:
        """The verb dictionary: synsets, blocks of verbs with their patterns, transformations.
        A pattern naming an undefined synset is skipped, as PETRARCH does."""
        name = path.name
        synsets: dict[str, Synset] = {}
        blocks: list[dict[str, Any]] = []
        transformations: list[str] = []
        block: dict[str, Any] | None = None
        synset: dict[str, Any] | None = None

        def close_synset() -> None:
            nonlocal synset
            if synset is not None:
                label = synset["name"]
                if label in synsets:
                    self.warn(name, synset["line"], f"synset {label} is defined again: replaced")
                synsets[label] = Synset(
                    label, tuple(synset["members"]), synset["plurals"], synset["line"]
                )
                synset = None

        for n, text in self.lines(path):
            stripped = text.strip()
            if stripped.startswith("&"):
                close_synset()
                label = stripped.split()[0]
                plurals = not label.endswith("_")
                synset = {"name": label.rstrip("_"), "members": [], "plurals": plurals, "line": n}
                continue
            if stripped.startswith("+") and synset is not None:
                member = stripped[1:].strip()
                if member:
                    synset["members"].append(member)
                continue
            close_synset()
            if stripped.startswith("~"):
                transformations.append(stripped)
            elif stripped.startswith("---"):
                m = re.fullmatch(r"---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*", stripped)
                if not m:
                    self.warn(name, n, "block heading not of the form --- NAME [CODE] ---")
                    m = re.match(r"---\s*(\S+)()", stripped)
                    if not m:
                        continue
                code = (m[2] or "").strip()
                block = {
                    "name": phrase_text(m[1]),
                    "code": None if code in ("", "---") else code,
                    "verbs": [],
                    "patterns": [],
                    "line": n,
                }
                blocks.append(block)
            elif stripped.startswith("-"):
                if block is None:
                    self.warn(name, n, "pattern before any verb block")
                    continue
                block["patterns"].append((n, stripped))
            else:
                if block is None:
                    self.warn(name, n, "verb before any verb block")
                    continue
                verb = self._verb(stripped, name, n)
                if verb is not None:
                    block["verbs"].append(verb)
        close_synset()
        out = []
        for b in blocks:
            patterns = []
            for n, text in b["patterns"]:
                pattern = self._pattern(text, synsets, name, n)
                if pattern is not None:
                    patterns.append(pattern)
            if not b["verbs"]:
                self.warn(name, b["line"], f"block {b['name']} has no verbs")
            out.append(
                VerbBlock(b["name"], b["code"], tuple(b["verbs"]), tuple(patterns), b["line"])
            )
        return VerbDictionary(synsets, tuple(out), tuple(transformations))

    def _verb(self, text: str, file: str, line: int) -> Verb | None:
        m = re.fullmatch(r"([^\s{\[]+)\s*(?:\{([^}]*)\}?)?\s*(?:\[([^\]]*)\])?\s*", text)
        if not m:
            self.warn(file, line, f"verb line {text.strip()!r} not understood: skipped")
            return None
        word = m[1].upper()
        forms = tuple(f for f in (m[2] or "").split())
        code = (m[3] or "").strip() or None
        if "_" in word:
            words = word.split("_")
            marked = [i for i, w in enumerate(words) if w.startswith("+")]
            if len(marked) != 1:
                self.warn(file, line, f"multi-word verb {word} needs one '+' on its verb")
                return None
            i = marked[0]
            return Verb(
                words[i][1:],
                tuple(words[:i]),
                tuple(w for w in words[i + 1 :] if w),
                forms,
                code,
                line,
            )
        if not word.isalpha() and not re.fullmatch(r"[A-Z][A-Z'-]*", word):
            self.warn(file, line, f"verb {word!r} is not a word: skipped")
            return None
        return Verb(word.lstrip("+"), (), (), forms, code, line)

    def _pattern(
        self, text: str, synsets: dict[str, Synset], file: str, line: int
    ) -> Pattern | None:
        m = re.fullmatch(r"-\s*(.*?)\s*\[([^\]]*)\]\s*", text)
        if not m:
            self.warn(file, line, "pattern without [code]: skipped")
            return None
        body, code = m[1].replace("_ ", " "), m[2].strip()
        if body.count("*") != 1:
            self.warn(file, line, "pattern needs exactly one '*' for the verb: skipped")
            return None
        for label in re.findall(r"&[A-Z0-9_]+", body):
            if label.rstrip("_") not in synsets:
                self.warn(file, line, f"synset {label} is not defined: pattern skipped")
                return None
        pre, _, post = body.partition("*")
        try:
            before, before_preps = _segment(pre)
            after, after_preps = _segment(post)
        except ValueError as exc:
            self.warn(file, line, f"{exc}: pattern skipped")
            return None
        if not code:
            self.warn(file, line, "empty pattern code: skipped")
            return None
        return Pattern(before, before_preps, after, after_preps, code, text, line)


def _segment(text: str) -> tuple[tuple[Phrase, ...], tuple[PrepPhrase, ...]]:
    """One side of a pattern: bare words and ``{...}`` groups are noun phrases, ``(...)`` groups
    prepositional phrases whose first word is the preposition."""
    nps: list[Phrase] = []
    pps: list[PrepPhrase] = []
    tokens = re.findall(r"[(){}]|[^\s(){}]+", text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "(":
            close = _closing(tokens, i, "(", ")")
            inner, inner_pps = _segment(" ".join(tokens[i + 1 : close]))
            if inner_pps or not inner:
                raise ValueError("a prepositional phrase must start with its preposition")
            prep_np = inner[0].words
            objects = (Phrase(prep_np[1:]),) if len(prep_np) > 1 else ()
            pps.append(PrepPhrase(prep_np[0], (*objects, *inner[1:])))
            i = close + 1
        elif tok == "{":
            close = _closing(tokens, i, "{", "}")
            words = tuple(tokens[i + 1 : close])
            if not words or any(w in "(){}" for w in words):
                raise ValueError("a {...} noun phrase holds words only")
            nps.append(Phrase(words))
            i = close + 1
        elif tok in ")}":
            raise ValueError(f"unbalanced {tok!r}")
        else:
            nps.append(Phrase((tok,)))
            i += 1
    return tuple(nps), tuple(pps)


def _closing(tokens: list[str], start: int, opening: str, closing: str) -> int:
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j] == opening
        depth -= tokens[j] == closing
        if depth == 0:
            return j
    raise ValueError(f"unclosed {opening!r}")


def _raw_comments(path: Path, records: list[dict[str, Any]]) -> list[str]:
    """The ``#`` comment on each record's first line ("CountryInfo.txt" marks the people that
    CountryInfo supplied); comments are otherwise dropped by ``lines``."""
    raw = path.read_bytes().split(b"\n")
    out = []
    for rec in records:
        text = raw[rec["line"] - 1].decode("utf-8", errors="replace")
        out.append(text.split("#", 1)[1].strip() if "#" in text else "")
    return out
