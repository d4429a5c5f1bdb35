"""Plain-text cleaning: page furniture out, the publisher's bullets and credits kept aside.

Text scraped from a news page still carries the page around the article: a share widget above
it, "Related posts", a comment form and a captcha sum below, agency credits in brackets. The
rules that recognise these live in ``data/boilerplate.yaml`` (like trafilatura keeps its XPath
selectors apart from its code); this module applies them line by line.

Two choices shape the output, because later stages depend on them:

* Every pattern must match a *whole* line (``re.fullmatch``) and lines longer than a limit are
  never furniture, so an article sentence that merely contains "share" or "follow" stays.
* Paragraphs are separated by a blank line and each publisher bullet stays in the text as a line
  of its own, without its mark: the nlp stage starts a sentence at every line break, and actors
  or quotes that appear only in the bullets must still be found.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..dates import human_date
from .dates import find_dateline

__all__ = ["Cleaned", "Rules", "clean_text", "normalise"]

_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# Control characters: C0 but tab and line breaks, DEL, C1 (U+009B is a terminal's CSI). They
# carry no text, and written raw to a terminal they can rewrite it.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MAX_TITLE_CHARS = 300
_PROSE_CHARS = 100  # a line this long is article prose, not furniture or a heading


@dataclass(frozen=True)
class Rules:
    """The compiled rule set of ``boilerplate.yaml``."""

    max_line_chars: int
    drop: tuple[tuple[str, re.Pattern[str]], ...]
    share_bar_words: frozenset[str]
    cut_after: re.Pattern[str]
    credit_line: re.Pattern[str]
    credit_tail: re.Pattern[str]
    wire_dateline: re.Pattern[str]
    byline: re.Pattern[str]
    stamp_line: re.Pattern[str]
    key_point_heading: re.Pattern[str]
    top_lines: int
    bullet: re.Pattern[str]
    weak_bullet: re.Pattern[str]
    max_bullet_chars: int

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Rules:
        agencies = "(?:" + "|".join(re.escape(a) for a in raw["agencies"]) + ")"

        def sub(p: str) -> str:
            return p.replace("{agency}", agencies)

        def union(patterns: list[str]) -> re.Pattern[str]:
            return re.compile("|".join(f"(?:{sub(p)})" for p in patterns), re.IGNORECASE)

        drop = tuple(
            (group, re.compile("|".join(f"(?:{sub(p)})" for p in pats), re.IGNORECASE))
            for group, pats in raw["drop_line"].items()
        )
        marks = re.escape(raw["bullet_marks"])
        weak = re.escape(raw["weak_bullet_marks"])
        return cls(
            max_line_chars=int(raw["max_line_chars"]),
            drop=drop,
            share_bar_words=frozenset(w.lower() for w in raw["share_bar_words"]),
            cut_after=union(raw["cut_after"]),
            credit_line=union(raw["credit_line"]),
            credit_tail=re.compile(
                r"\s*(?:" + sub("|".join(raw["credit_tail"])) + r")\s*\Z", re.IGNORECASE
            ),
            wire_dateline=re.compile(sub(raw["wire_dateline"])),
            byline=re.compile(raw["byline"]),
            stamp_line=re.compile(raw["stamp_line"], re.IGNORECASE),
            key_point_heading=union(raw["key_point_headings"]),
            top_lines=int(raw["top_lines"]),
            bullet=re.compile(rf"[{marks}]\s*(?P<text>\S.*)"),
            weak_bullet=re.compile(rf"[{weak}]\s+(?P<text>\S.*)"),
            max_bullet_chars=int(raw["max_bullet_chars"]),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Rules:
        """The packaged rules, or a user's replacement file."""
        if path is None:
            return default_rules()
        return cls.from_dict(yaml.safe_load(path.read_text("utf-8")))


@functools.cache
def default_rules() -> Rules:
    text = resources.files("detente.extract").joinpath("data/boilerplate.yaml").read_text("utf-8")
    return Rules.from_dict(yaml.safe_load(text))


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    title: str | None = None
    key_points: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    author: str | None = None
    published: dt.date | None = None
    date_origin: str | None = None  # "dateline", "published line", "updated line"
    removed: tuple[tuple[str, str], ...] = ()  # (rule group, line): what went, for debugging


def normalise(text: str) -> str:
    """Unify line breaks and spaces, drop invisible and control characters, trim every line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\x0c", "\n").replace("\x85", "\n")  # form feed, NEL: line breaks
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _drop_group(line: str, rules: Rules) -> str | None:
    if len(line) > rules.max_line_chars:
        return None
    for group, rx in rules.drop:
        if rx.fullmatch(line):
            return group
    words = [w for w in re.split(r"[\s|·•,/]+", line.lower()) if w]
    if len(words) >= 2 and all(w in rules.share_bar_words for w in words):
        return "share"
    return None


def _credit_text(line: str) -> str:
    return line.strip().strip("()[]").strip().lstrip("-—–").strip().rstrip(".").strip("()").strip()


def _cut_index(lines: list[str], rules: Rules) -> int | None:
    """Index of the tail marker after which nothing belongs to the article, if any."""
    total = sum(len(x) for x in lines) or 1
    seen = 0
    prose_before = 0
    for i, line in enumerate(lines):
        if line and len(line) <= rules.max_line_chars and rules.cut_after.fullmatch(line):
            # Related headlines and form labels are short; an article going on after a stray
            # marker is not. Long lines after the marker (posted comments) are cut only when
            # the marker sits in the last third of the text.
            rest_is_prose = sum(1 for x in lines[i + 1 :] if len(x) >= _PROSE_CHARS) >= 2
            if prose_before >= 1 and (not rest_is_prose or seen >= 2 * total / 3):
                return i
        seen += len(line)
        if len(line) >= _PROSE_CHARS:
            prose_before += 1
    return None


def _is_wrapped(blocks: list[list[str]]) -> bool:
    """Hard-wrapped text (lines broken at a fixed width, like e-mail) has many multi-line
    paragraphs whose lines are all about as long as the longest."""
    lengths = [len(x) for b in blocks for x in b if len(x) >= 30]
    multi = sum(1 for b in blocks if len(b) > 1)
    if len(lengths) < 5 or multi < 2:
        return False
    width = max(lengths)
    return width <= 100 and sum(1 for n in lengths if n >= 0.75 * width) >= 0.6 * len(lengths)


def clean_text(
    text: str,
    *,
    title_in_text: bool = False,
    known_title: str | None = None,
    rules: Rules | None = None,
) -> Cleaned:
    """Clean a plain-text article.

    ``title_in_text``: the first non-empty line is the title (text files, stdin, ``from_text``);
    it is returned as ``title`` and leaves the body. ``known_title``: the title the source
    declared; a first body line repeating it (a page's headline) is dropped.
    """
    rules = rules or default_rules()
    lines = normalise(text).split("\n")
    removed: list[tuple[str, str]] = []
    title = None
    if title_in_text:
        for i, line in enumerate(lines):
            if line:
                if len(line) <= _MAX_TITLE_CHARS:
                    title = line
                    lines = lines[i + 1 :]
                break
    cut = _cut_index(lines, rules)
    if cut is not None:
        removed.extend(("tail", x) for x in lines[cut:] if x)
        lines = lines[:cut]

    credits: list[str] = []
    author = None
    stamps: dict[str, dt.date] = {}
    dateline: dt.date | None = None
    kept: list[str] = []  # "" marks a paragraph break
    nonempty = 0
    prose_seen = False
    repeated = False
    for line in lines:
        if not line:
            kept.append("")
            continue
        nonempty += 1
        top = nonempty <= rules.top_lines and not prose_seen
        if not any(kept) and not repeated and _same_title(line, title or known_title):
            removed.append(("title repeated", line))  # once: a text of that line alone stays
            repeated = True
            continue
        group = _drop_group(line, rules)
        if group:
            removed.append((group, line))
            continue
        if len(line) <= rules.max_line_chars and rules.credit_line.fullmatch(line):
            credits.append(_credit_text(line))
            removed.append(("credit", line))
            continue
        if top:
            m = rules.byline.fullmatch(line)
            if m and author is None and len(line) <= 120:
                author = m.group("author").strip()
                removed.append(("byline", line))
                continue
            m = rules.stamp_line.fullmatch(line)
            if m:
                date = human_date(m.group("date")) or _leading_date(m.group("date"))
                if date is not None:
                    kind = "updated" if "updated" in m.group("kind").lower() else "published"
                    kind = kind if "modified" not in m.group("kind").lower() else "updated"
                    stamps.setdefault(kind, date)
                    removed.append(("stamp", line))
                    continue
            if dateline is None:
                found = find_dateline(line)
                if found is not None:
                    dateline, line = found
                    removed.append(("dateline", line or "(whole line)"))
                    if not line:
                        continue
            if rules.key_point_heading.fullmatch(line):
                removed.append(("key point heading", line))
                continue
        if not prose_seen and len(line) >= _PROSE_CHARS and not _bullet(line, rules):
            m = rules.wire_dateline.match(line)
            if m:
                credits.append(m.group("agency"))
                removed.append(("wire dateline", line[: m.end()]))
                line = line[m.end() :]
            prose_seen = True
        kept.append(line)

    paragraphs, key_points = _assemble(kept, rules)
    body = "\n\n".join(paragraphs)
    m = rules.credit_tail.search(body)
    if m and m.start() > 0:
        credits.append(_credit_text(m.group(0)))
        removed.append(("credit", m.group(0).strip()))
        body = body[: m.start()].rstrip()

    if dateline is not None:
        published, origin = dateline, "dateline"
    elif "published" in stamps:
        published, origin = stamps["published"], "published line"
    elif "updated" in stamps:
        published, origin = stamps["updated"], "updated line"
    else:
        published, origin = None, None
    return Cleaned(
        text=body,
        title=title,
        key_points=tuple(key_points),
        credits=tuple(dict.fromkeys(c for c in credits if c)),
        author=author,
        published=published,
        date_origin=origin,
        removed=tuple(removed),
    )


def _same_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    return " ".join(line.split()).casefold() == " ".join(title.split()).casefold()


def _leading_date(text: str) -> dt.date | None:
    found = find_dateline(text)
    return found[0] if found else None


def _bullet(line: str, rules: Rules) -> str | None:
    m = rules.bullet.fullmatch(line)
    return m.group("text").strip() if m and len(line) <= rules.max_bullet_chars else None


def _assemble(kept: list[str], rules: Rules) -> tuple[list[str], list[str]]:
    """Group kept lines into paragraphs; strip bullet marks; collect the top bullet run."""
    # Mark bullets: strong marks always, weak marks (-, *) only in runs of two or more.
    items: list[tuple[str, bool]] = []  # (line, is_bullet); ("", False) is a break
    weak = [bool(rules.weak_bullet.fullmatch(x)) and len(x) <= rules.max_bullet_chars for x in kept]
    for i, line in enumerate(kept):
        text = _bullet(line, rules)
        if text is None and weak[i]:
            prev = next((j for j in range(i - 1, -1, -1) if kept[j]), None)
            nxt = next((j for j in range(i + 1, len(kept)) if kept[j]), None)
            if (prev is not None and weak[prev]) or (nxt is not None and weak[nxt]):
                m = rules.weak_bullet.fullmatch(line)
                text = m.group("text").strip() if m else None
        items.append((text, True) if text is not None else (line, False))

    # The publisher's key points: the first bullet run, if it starts near the top.
    key_points: list[str] = []
    nonempty = 0
    for idx, (line, is_bullet) in enumerate(items):
        if not line:
            continue
        nonempty += 1
        if is_bullet:
            if nonempty <= rules.top_lines:
                for line2, b2 in items[idx:]:
                    if b2:
                        key_points.append(line2)
                    elif line2:
                        break
            break
        if len(line) >= _PROSE_CHARS:
            break

    # Paragraphs: blank lines separate blocks; a block's prose lines are one paragraph each
    # (joined when the text is hard-wrapped); consecutive bullets, even across blank lines,
    # form one paragraph with a bullet a line.
    blocks: list[list[tuple[str, bool]]] = [[]]
    for line, is_bullet in items:
        if not line:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append((line, is_bullet))
    blocks = [b for b in blocks if b]
    wrapped = _is_wrapped([[x for x, b in blk if not b] for blk in blocks])
    pieces: list[tuple[str, bool]] = []  # (paragraph, is a bullet line)
    for blk in blocks:
        prose: list[str] = []
        for line, is_bullet in [*blk, ("", True)]:
            if is_bullet:
                if prose:
                    pieces.extend(
                        [(" ".join(prose), False)] if wrapped else [(x, False) for x in prose]
                    )
                    prose = []
                if line:
                    pieces.append((line, True))
            else:
                prose.append(line)
    paragraphs: list[str] = []
    previous_bullet = False
    for text, is_bullet in pieces:
        if is_bullet and previous_bullet:
            paragraphs[-1] += "\n" + text
        else:
            paragraphs.append(text)
        previous_bullet = is_bullet
    return paragraphs, key_points
