"""Highlight spans of untrusted text as HTML, escaping every piece.

Article text, sentences and quotes come from the web: any of them may hold ``<script>`` or a
quote that closes an attribute. Highlighting by character offsets is where escaping usually goes
wrong (one escapes the whole text, then inserts tags at offsets that no longer match; or one
inserts tags first and escapes nothing). Here the text is cut into segments at every span
boundary *first*, each segment is escaped on its own, and the only markup added is ``<mark>``
elements whose attributes are themselves escaped. Overlapping and crossing spans (a trigger
inside a quote, an actor inside a trigger) are handled by nesting one ``<mark>`` per covering span
in every segment, so no span can break another's tags.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Span", "find_trigger", "highlight", "highlight_trigger"]

# Outer to inner: a quote contains triggers and actors, a trigger may contain an actor.
_KIND_ORDER = {"quote": 0, "event": 1, "actor": 2}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to mark: ``[start, end)`` in characters of the text being shown.

    ``label`` becomes the tooltip, ``anchor`` an ``id`` on the span's first piece (so other pages
    can link to ``#anchor``).
    """

    start: int
    end: int
    kind: str  # "actor", "event", "quote"
    label: str | None = None
    anchor: str | None = None


def _valid(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans clamped to the text; empty or inverted ones dropped (stores may hold stale spans)."""
    out = []
    for s in spans:
        start, end = max(0, int(s.start)), min(length, int(s.end))
        if start < end:
            out.append(
                s
                if (start, end) == (s.start, s.end)
                else Span(start, end, s.kind, s.label, s.anchor)
            )
    return out


def _open_tag(span: Span, first: bool) -> str:
    kind = re.sub(r"[^a-z0-9-]", "", span.kind.lower()) or "span"
    parts = [f'<mark class="hl hl-{kind}"']
    if span.label:
        parts.append(f' title="{escape(span.label)}"')
    if first and span.anchor:
        parts.append(f' id="{escape(span.anchor)}"')
    parts.append(">")
    return "".join(parts)


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as safe HTML with each span wrapped in ``<mark class="hl hl-KIND">``.

    Every character of ``text`` appears exactly once, escaped; spans outside the text are clamped.
    """
    text = text or ""
    valid = _valid(spans, len(text))
    if not valid:
        return Markup(escape(text))
    bounds = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    # Sorting by (start, -end) lets a sweep keep the active set small on long articles.
    valid.sort(key=lambda s: (s.start, -s.end, _KIND_ORDER.get(s.kind, 9)))
    out: list[str] = []
    active: list[Span] = []
    nxt = 0
    for a, b in itertools.pairwise(bounds):
        while nxt < len(valid) and valid[nxt].start <= a:
            active.append(valid[nxt])
            nxt += 1
        active = [s for s in active if s.end > a]
        piece = str(escape(text[a:b]))
        if not active:
            out.append(piece)
            continue
        covering = sorted(active, key=lambda s: (_KIND_ORDER.get(s.kind, 9), s.start, -s.end))
        out.extend(_open_tag(s, first=s.start == a) for s in covering)
        out.append(piece)
        out.append("</mark>" * len(covering))
    return Markup("".join(out))


def find_trigger(sentence: str, trigger: str, hint: int | None = None) -> tuple[int, int] | None:
    """Where ``trigger`` stands in ``sentence``: the whole-word match nearest ``hint`` (an offset
    within the sentence, when known), else the first one; ``None`` when the words are not there
    (a lemmatised trigger, a sentence trimmed by the store)."""
    if not sentence or not trigger:
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(trigger.strip()) + r"(?!\w)", re.IGNORECASE)
    matches = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
    if not matches:
        return None
    if hint is None:
        return matches[0]
    return min(matches, key=lambda m: abs(m[0] - hint))


def highlight_trigger(
    sentence: str, trigger: str, *, offset: int | None = None, label: str | None = None
) -> Markup:
    """A provenance sentence with its trigger marked.

    ``offset`` is the trigger's start within the sentence when the caller knows it (the event's
    ``char_span`` minus the sentence start); the text is searched otherwise.
    """
    spans: Sequence[Span] = ()
    if (
        offset is not None
        and 0 <= offset < len(sentence)
        and sentence[offset : offset + len(trigger)].lower() == trigger.lower()
    ):
        spans = (Span(offset, offset + len(trigger), "event", label),)
    else:
        found = find_trigger(sentence, trigger, offset)
        if found:
            spans = (Span(found[0], found[1], "event", label),)
    return highlight(sentence, spans)
