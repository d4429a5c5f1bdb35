"""Readable terminal rendering of an Analysis, shared by ``analyze``, ``show`` and ``demo``.

Every string from an input or a store goes through ``printable`` first: extraction strips
control characters, but a store written by an older version, a file name or a URL may still
hold an escape sequence, and a terminal obeys those (clearing the screen, setting its title).
Rich markup in the data is not interpreted either: the strings are handed over as ``Text``.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Actor, Analysis, Event, Quote

__all__ = [
    "actor_label",
    "analysis_panel",
    "event_flags",
    "events_table",
    "printable",
    "quote_text",
]


def printable(value: object) -> str:
    """``str(value)`` with every character a terminal would not just print (controls, format
    characters such as bidi overrides) escaped as ``\\x1b``/``\\u202e``; line breaks stay."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == "\n" else _escape(c) for c in text)


def _escape(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _t(value: object, style: str = "") -> Text:
    """Data as a rich Text: escaped, never read as markup."""
    return Text(printable(value), style=style)


def actor_label(actors: tuple[Actor, ...] | list[Actor]) -> str:
    """ "Kim Jong Un (PRK GOV)" style labels joined with " + " for compound actors."""
    parts = []
    for a in actors:
        code = " ".join(x for x in (a.code, a.sector) if x)
        name = a.name or a.text
        parts.append(f"{name} ({code})" if code else name)
    return printable(" + ".join(parts) or "—")


def quote_text(q: Quote) -> str:
    """A quote's content cut to 240 characters, with the number of parts of a quotation split by
    its attribution."""
    text = q.content[:240] + ("…" if len(q.content) > 240 else "")
    return f"{text} ({len(q.pieces)} parts)" if len(q.pieces) > 1 else text


def event_flags(e: Event) -> str:
    flags = [
        name
        for name, on in (
            ("negated", e.negated),
            ("hypothetical", e.hypothetical),
            ("future", e.future),
            ("historical", e.historical),
        )
        if on
    ]
    return ", ".join(flags) or "asserted"


def events_table(events: list[Event] | tuple[Event, ...], *, title: str = "Events") -> Table:
    """Four columns, so that the evidence keeps room on an 80-column terminal."""
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("type · CAMEO · G", no_wrap=True)
    table.add_column("source → target", ratio=1)
    table.add_column("date · status", no_wrap=True)
    table.add_column("trigger in its sentence", ratio=2)
    for e in events:
        kind = Text(e.event_type + (f"/{e.mode}" if e.mode else ""), style="bold")
        kind.append(f"\n{e.cameo} · {e.goldstein:+.1f}", style="dim")
        when = Text(f"{e.date.isoformat() if e.date else '?'} ({e.date_precision or '-'})\n")
        when.append(event_flags(e), style="green" if e.asserted else "yellow")
        dyad = _t(f"{actor_label(e.source)} → {actor_label(e.target)}")
        table.add_row(kind, dyad, when, _snippet(e))
    return table


def _snippet(e: Event, width: int = 110) -> Text:
    """The sentence around its trigger, the trigger in bold: where a reader checks the coding."""
    sentence = printable(" ".join(e.sentence.split()))
    trigger = printable(e.trigger)
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return Text(sentence[:width] + ("…" if len(sentence) > width else ""), style="dim")
    start = max(0, at - width // 2)
    end = min(len(sentence), max(at + len(trigger), start + width))
    text = Text("…" if start else "", style="dim")
    text.append(sentence[start:at], style="dim")
    text.append(trigger, style="bold")
    text.append(sentence[at + len(trigger) : end], style="dim")
    if end < len(sentence):
        text.append("…", style="dim")
    return text


def analysis_panel(analysis: Analysis, *, max_events: int | None = None) -> Group:
    a = analysis.article
    head = Text()
    head.append(printable(a.title or "(untitled)"), style="bold")
    meta = " · ".join(
        x
        for x in (
            a.published.isoformat() if a.published else None,
            a.site,
            a.author,
            a.url or a.source,
            a.id[:19],
        )
        if x
    )
    head.append(f"\n{printable(meta)}", style="dim")
    if a.credits:
        head.append(f"\ncredits: {printable('; '.join(a.credits))}", style="dim")

    parts: list[RenderableType] = [Panel(head, expand=True)]
    if analysis.key_points:
        kp = Text()
        for point in analysis.key_points:
            kp.append(f"• {printable(point)}\n")
        parts.append(Panel(kp, title="Key points", title_align="left"))

    actors = Table(title="Actors", title_justify="left", expand=True)
    for col in ("name", "code", "sector", "kind", "mentions", "as written"):
        actors.add_column(col)
    for s in analysis.actors:
        actors.add_row(
            _t(s.actor.name or s.actor.text),
            _t(s.actor.code or "—"),
            _t(s.actor.sector or ""),
            _t(s.actor.kind),
            str(s.mentions),
            _t(", ".join(s.texts[:4])),
        )
    parts.append(actors)

    events = list(analysis.events)
    shown = events[:max_events] if max_events else events
    parts.append(events_table(shown, title=f"Events ({len(events)})"))

    if analysis.quotes:
        quotes = Table(title=f"Quotes ({len(analysis.quotes)})", title_justify="left", expand=True)
        quotes.add_column("speaker", no_wrap=True)
        quotes.add_column("cue", no_wrap=True)
        quotes.add_column("", no_wrap=True)
        quotes.add_column("content", ratio=3)
        for q in analysis.quotes:
            speaker = actor_label([q.speaker]) if q.speaker else "(unattributed)"
            quotes.add_row(
                _t(speaker),
                _t(q.cue or ""),
                "direct" if q.direct else "indirect",
                _t(quote_text(q)),
            )
        parts.append(quotes)
    if analysis.warnings:
        parts.append(_t("warnings: " + "; ".join(analysis.warnings), style="yellow"))
    return Group(*parts)


def print_analysis(console: Console, analysis: Analysis, *, max_events: int | None = None) -> None:
    console.print(analysis_panel(analysis, max_events=max_events))
