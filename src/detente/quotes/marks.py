"""Finding quoted stretches of text from the quotation marks alone, in one pass.

The scanner works on characters, not tokens, because quotation marks are a typographic fact that
the tokenizer and the sentence splitter both get wrong in places (a closing mark glued to the next
sentence, a quote that runs over three paragraphs). It knows:

* curly double marks (“ ”), low and angle marks („ « »), and straight double marks, whose
  direction is read from the characters around them;
* single marks (‘ ’ and straight '), used as primary marks by British publishers and for quotes
  nested inside double ones; an apostrophe inside a word (it’s, Kim's) or after a plural
  (players’) is not a mark;
* the newspaper convention for a quotation running over several paragraphs: a paragraph opens the
  quote and does not close it, and the next paragraph opens again. The reopening marks are left
  out of the content.

A quote left open at the end of a paragraph that the next one does not continue is closed there
and flagged ``closed=False``: a missing closing mark is a common typo, and dropping the quote would
lose its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSpan", "find_quoted", "mark_length"]

_MARKS = re.compile("''|``|[\"“”„«»‘’‚'\n]")
_DOUBLE = frozenset(('"', "“", "”", "„", "«", "»", "''", "``"))
_PAIRS = ("''", "``")
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/“‘\"'„«‚")
_WORD = re.compile(r"[A-Za-z]+")
_ELISIONS = ("em ", "til ", "cause ", "n ", "n'", "tis ", "twas ")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quotation found by its marks.

    ``start``/``end`` include the marks; ``content_start``/``content_end`` are the words inside.
    ``reopen`` lists the positions of the marks that reopen a quote continued in a new paragraph.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    double: bool
    closed: bool = True
    reopen: tuple[int, ...] = ()

    def content(self, text: str) -> str:
        """The quoted words without marks, reopening marks of later paragraphs removed."""
        if not self.reopen:
            return text[self.content_start : self.content_end]
        parts, pos = [], self.content_start
        for r in self.reopen:
            parts.append(text[pos:r])
            pos = r + mark_length(text, r)
        parts.append(text[pos : self.content_end])
        return "".join(parts)


def mark_length(text: str, i: int) -> int:
    """2 for the two-character marks '' and `` (old newspaper typesetting), else 1."""
    return 2 if text.startswith(_PAIRS, i) else 1


def _role(text: str, i: int, ch: str) -> str:
    """'open', 'close', 'either' or '' (not a mark: an apostrophe) for the mark at ``i``."""
    prev = text[i - 1] if i > 0 else " "
    j = i + len(ch)
    nxt = text[j] if j < len(text) else " "
    if ch in ("“", "„", "«", "``"):
        return "open"
    if ch in "”»":
        return "close"
    if ch in "‘‚":
        if nxt.isdigit():  # ‘90s
            return ""
        return "open"
    opens = prev in _OPEN_CONTEXT and not nxt.isspace()
    closes = not prev.isspace() and not nxt.isalnum()
    if ch in ('"', "''"):
        if opens and closes:
            return "either"
        return "open" if opens else "close" if closes else "either"
    # ’ and ': mostly apostrophes
    if prev.isalnum() and nxt.isalnum():  # it’s, Kim's
        return ""
    if opens and not closes:
        if nxt.isdigit() or text.startswith(_ELISIONS, i + 1):  # '90s, 'em, rock 'n' roll
            return ""
        return "open" if ch == "'" else ""
    if closes:
        return "close"
    return ""


_AFTER_CLOSE = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "said",
        "says",
        "say",
        "added",
        "adds",
        "told",
        "tells",
        "according",
        "asked",
        "wrote",
        "insisted",
        "claimed",
        "warned",
        "explained",
        "continued",
        "replied",
        "and",
        "but",
        "or",
        "as",
    ]
)


def _possessive(text: str, i: int) -> bool:
    """True for the plural possessive in "the players’ union" inside a single-quoted quote: a
    mark after an s, followed by a lower-case word that does not usually follow a quotation."""
    if i == 0 or text[i - 1] not in "sS" or not text.startswith(" ", i + 1):
        return False
    m = _WORD.match(text, i + 2)
    return m is not None and m.group().islower() and m.group() not in _AFTER_CLOSE


def _next_paragraph_opens(text: str, i: int, opener: str) -> int:
    """Index of the mark that reopens a quotation opened by ``opener`` at the start of the
    paragraph after the line break at ``i``, or -1. The reopening mark must be of the same kind
    (straight, curly, doubled) as the opening one: a paragraph that opens with another kind
    starts a quotation of its own."""
    j = i
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return -1
    if text.startswith(opener, j) and (opener not in ("'", '"') or not text.startswith(_PAIRS, j)):
        return j
    return -1


def find_quoted(text: str) -> list[QuotedSpan]:
    """Top-level quotations of ``text`` in order (quotes nested inside them are part of their
    content, not separate items)."""
    out: list[QuotedSpan] = []
    # open marks: (index, is double, mark length); only the bottom one is reported
    stack: list[tuple[int, bool, int]] = []
    reopen: list[int] = []
    skip_until = -1

    def emit(end_mark: int, closed: bool, content_end: int) -> None:
        start, double, length = stack[0]
        if content_end > start + length:
            out.append(
                QuotedSpan(
                    start=start,
                    end=end_mark,
                    content_start=start + length,
                    content_end=content_end,
                    double=double,
                    closed=closed,
                    reopen=tuple(reopen),
                )
            )
        stack.clear()
        reopen.clear()

    def emit_open(end: int) -> None:
        while end > stack[0][0] + stack[0][2] and text[end - 1].isspace():
            end -= 1
        emit(end, False, end)

    for m in _MARKS.finditer(text):
        i = m.start()
        if i < skip_until:
            continue
        ch = m.group()
        if ch == "\n":
            if not stack:
                continue
            double = stack[0][1]
            nxt = _next_paragraph_opens(text, i, text[stack[0][0] : stack[0][0] + stack[0][2]])
            if nxt >= 0:
                # a continued quotation: nested quotes do not survive a paragraph break
                del stack[1:]
                reopen.append(nxt)
                skip_until = nxt + mark_length(text, nxt)
            elif double:
                emit_open(i)
            else:  # an unclosed single mark is far more often an apostrophe than a quote
                stack.clear()
                reopen.clear()
            continue
        role = _role(text, i, ch)
        if not role:
            continue
        double = ch in _DOUBLE
        if not stack:
            if role in ("open", "either"):
                stack.append((i, double, len(ch)))
            continue
        top_double = stack[-1][1]
        if role == "close" and not double and _possessive(text, i):
            continue
        if role == "close" or (role == "either" and double == top_double):
            if double != top_double:
                if len(stack) > 1 and stack[-2][1] == double:
                    stack.pop()  # the nested quote's closing mark went missing
                else:
                    continue  # a stray possessive or a mismatched mark: ignore it
            if len(stack) == 1:
                emit(i + len(ch), True, i)
            else:
                stack.pop()
        elif role in ("open", "either") and len(stack) < 3:
            stack.append((i, double, len(ch)))
    if stack and stack[0][1]:
        emit_open(len(text))
    return out
