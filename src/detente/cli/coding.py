"""``detente code`` (batch event coding of JSON Lines), ``detente explain`` (why a sentence was
coded the way it was) and ``detente eval events`` (score against PLOVER gold records)."""

from __future__ import annotations

import gzip
import io
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from ._common import (
    ActorsOpt,
    ExitCode,
    LexiconOpt,
    ModelOpt,
    WorkersOpt,
    build_options,
    console,
    err_console,
    fail,
    parse_workers,
    stdout_is_terminal,
)
from .render import event_flags

if TYPE_CHECKING:
    from detente.config import Options
    from detente.model import Event

__all__ = ["code", "eval_events", "explain", "register"]


# three-letter names for the confusion table's columns
_ABBREV = {
    "AGREE": "AGR", "CONSULT": "CNS", "SUPPORT": "SUP", "CONCEDE": "CNC", "COOPERATE": "COP",
    "AID": "AID", "RETREAT": "RET", "REQUEST": "REQ", "ACCUSE": "ACC", "REJECT": "REJ",
    "THREATEN": "THR", "PROTEST": "PRO", "SANCTION": "SAN", "MOBILIZE": "MOB", "COERCE": "COE",
    "ASSAULT": "ASL", "-": "-",
}  # fmt: skip


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("code")(code)
    app.command("explain")(explain)
    eval_app.command("events")(eval_events)


def _load(model: str | None, actors: list[Path] | None, lexicon: list[Path] | None) -> Any:
    import detente
    from detente.errors import DetenteError

    try:
        return detente.load(build_options(model=model, actors=actors, lexicon=lexicon))
    except DetenteError as exc:
        fail(str(exc))


def _open_input(path: str) -> IO[str]:
    """A text stream over a JSONL file, a gzip-compressed one, or stdin ("-")."""
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    p = Path(path)
    if not p.exists():
        fail(f"[E101] {path}: no such file")
    with p.open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return io.TextIOWrapper(gzip.open(p, "rb"), encoding="utf-8", errors="replace")
    return p.open(encoding="utf-8", errors="replace")


def _open_output(path: Path | None) -> IO[str]:
    if path is None:
        return sys.stdout
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "wb"), encoding="utf-8")
    return path.open("w", encoding="utf-8")


_Record = tuple[str, str | None, str | None, str | None]  # id, text, date, error


def _records(stream: IO[str]) -> Iterator[_Record]:
    """(id, text, date, error) for each input line; a bad line has an error and the run goes on."""
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield f"line-{n}", None, None, f"[E106] not valid JSON: {exc}"
            continue
        if not isinstance(rec, dict):
            yield f"line-{n}", None, None, "[E106] a record must be a JSON object"
            continue
        ident = rec.get("id")
        ident = str(ident) if ident is not None else f"line-{n}"
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ident, None, None, "[E106] the record has no text"
            continue
        date = rec.get("date")
        yield ident, text, str(date) if date not in (None, "") else None, None


def code(
    input: Annotated[
        str, typer.Argument(help="JSON Lines file (.jsonl or .jsonl.gz), or - for stdin.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (default: stdout).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts parsed per batch.")] = 64,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    cameo: Annotated[
        bool,
        typer.Option(
            "--cameo",
            help="One CAMEO triple a line instead: asserted events, one row per directed pair "
            "of parties (both directions for a meeting or a clash).",
        ),
    ] = False,
    workers: WorkersOpt = "auto",
) -> None:
    """Code events in short texts: one output line per input line, in input order.

    Input lines are {"id": ..., "text": ..., "date": "YYYY-MM-DD"} (date optional). A record that
    cannot be coded gets {"id": ..., "events": [], "error": "why"} and the run goes on. With
    --cameo each asserted event becomes its CAMEO triples, one a line: {"id", "event", "date",
    "source", "target", "cameo", "root", "goldstein", "quad", ...}. Batches are coded in
    --workers processes (auto: one per usable core, this process alone for a small input) and
    written in input order.

    Exit status: 0 when every record was coded; 1 when some records got an "error" line (the
    others were coded); 3 when nothing could be done (the input cannot be read, no model).
    """
    from detente import corpus
    from detente.errors import DetenteError

    from .progress import bar_shown, count_lines, run_progress

    options = build_options(model=model, actors=actors, lexicon=lexicon)
    count = parse_workers(workers)
    stream = _open_input(input)
    # No bar while the records themselves go to the terminal: it would be drawn among them.
    show = bar_shown() and not (output is None and stdout_is_terminal())
    total = count_lines(Path(input)) if show and input != "-" else None
    progress = run_progress("coding", "records", total, show=show)
    task = progress.add_task("code", total=total, counts="")
    out = _open_output(output)
    started = time.perf_counter()
    done = CodedBatch()
    try:
        with progress:
            n, records = corpus.worker_count(count, _records(stream), per_worker=4 * batch_size)
            calls = (
                (_code_batch, batch, options, cameo, batch_size)
                for batch in corpus.chunks(records, batch_size)
            )
            for coded in corpus.map_local(calls, n):
                out.writelines(coded.lines)
                done.add(coded)
                progress.update(task, completed=done.records, counts=f"{done.failed} failed")
    except DetenteError as exc:
        fail(str(exc))
    finally:
        if out is not sys.stdout:
            out.close()
        stream.close()
    seconds = max(time.perf_counter() - started, 1e-9)
    err_console.print(
        f"coded {done.coded} of {done.records} records ({done.sentences} sentences) in "
        f"{seconds:.1f} s: {done.sentences / seconds:.0f} sentences/s; {done.failed} failed"
    )
    if done.failed:
        raise typer.Exit(int(ExitCode.SOME_FAILED))


@dataclass(slots=True)
class CodedBatch:
    """The output lines of a batch of records, and its counts: what a worker sends back."""

    lines: list[str] = field(default_factory=list)
    records: int = 0
    sentences: int = 0
    coded: int = 0
    failed: int = 0

    def add(self, other: CodedBatch) -> None:
        self.records += other.records
        self.sentences += other.sentences
        self.coded += other.coded
        self.failed += other.failed


def _code_batch(batch: list[_Record], options: Options, cameo: bool, batch_size: int) -> CodedBatch:
    """Code one batch of records (here or in a pool's worker, which loads the model once)."""
    from detente.corpus import worker_resources
    from detente.dates import record_date
    from detente.pipeline import analyze_doc

    res = worker_resources(options)
    result = CodedBatch(records=len(batch))
    texts = [text for _, text, _, err in batch if err is None and text is not None]
    docs = iter(res.nlp.pipe(texts, batch_size=batch_size))
    for ident, text, date, err in batch:
        line: dict[str, Any]
        rows: list[dict[str, Any]] = []
        if err is None and text is not None:
            doc = next(docs)
            try:
                found = analyze_doc(doc, res, record_date(date)).events
                result.sentences += sum(1 for _ in doc.sents)
                line = {"id": ident, "events": [e.to_dict() for e in found]}
                rows = _cameo_rows(ident, found) if cameo else []
                result.coded += 1
            except Exception as exc:  # one record's failure never ends the run
                line = {"id": ident, "events": [], "error": _reason(exc)}
        else:
            line = {"id": ident, "events": [], "error": err}
        if "error" in line:
            result.failed += 1
        if cameo and "error" not in line:
            result.lines.extend(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        else:
            result.lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    return result


def _cameo_rows(ident: str, events: Sequence[Event]) -> list[dict[str, Any]]:
    """The CAMEO rows of one record: its asserted events' triples, each with the record id and
    the event's position in the record's event list (``detente code --cameo``)."""
    from detente.cameo import triples

    return [
        {"id": ident, "event": i, **t.to_dict(), "historical": e.historical}
        for i, e in enumerate(events)
        if e.asserted
        for t in triples(e)
    ]


def _reason(exc: Exception) -> str:
    from detente.errors import DetenteError

    if isinstance(exc, DetenteError):
        return f"[{exc.code}] {exc.reason}"
    return f"[E302] {type(exc).__name__}: {exc}".splitlines()[0]


def explain(
    sentence: Annotated[str, typer.Argument(help="The sentence (or short text) to code.")],
    date: Annotated[
        str | None, typer.Option(help="Publication date, YYYY-MM-DD, for relative time words.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Show how a sentence is coded: its parse, the actors found, the rule that matched and every
    decision taken (why this source, why hypothetical, which date)."""
    from rich.table import Table

    from detente.dates import record_date
    from detente.errors import DetenteError
    from detente.events import Trace
    from detente.pipeline import analyze_doc

    res = _load(model, actors, lexicon)
    try:
        published = record_date(date)
    except DetenteError as exc:
        fail(str(exc), ExitCode.USAGE)
    doc = res.nlp(sentence)
    trace = Trace()
    coded = analyze_doc(doc, res, published, trace)
    mentions, found = coded.mentions, coded.events
    if as_json:
        payload = {
            "tokens": [
                {
                    "i": t.i,
                    "text": t.text,
                    "lemma": t.lemma_,
                    "pos": t.pos_,
                    "dep": t.dep_,
                    "head": t.head.i,
                }
                for t in doc
            ],
            "mentions": [
                {
                    **m.actor.to_dict(),
                    "head": m.head,
                    "tokens": [m.token_start, m.token_end],
                    "via": m.via,
                }
                for m in mentions
            ],
            "decisions": [
                {
                    "sentence": s,
                    "token": t,
                    "text": doc[t].text if t is not None else None,
                    "note": n,
                }
                for s, t, n in trace
            ],
            "events": [e.to_dict() for e in found],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    parse = Table(title="Parse", show_lines=False)
    for col in ("#", "word", "lemma", "pos", "dep", "head"):
        parse.add_column(col)
    for t in doc:
        parse.add_row(str(t.i), t.text, t.lemma_, t.pos_, t.dep_, f"{t.head.i} {t.head.text}")
    console.print(parse)
    people = Table(title="Actors found")
    for col in ("words", "code", "sector", "kind", "name", "head", "how"):
        people.add_column(col)
    for m in mentions:
        a = m.actor
        people.add_row(
            a.text, a.code or "-", a.sector or "-", a.kind, a.name or "-", doc[m.head].text, m.via
        )
    console.print(people if mentions else "[dim]No actors found.[/dim]")
    console.print("\n[bold]Decisions[/bold]")
    if not trace.entries:
        console.print("[dim]No word of the sentence is in the event lexicon.[/dim]")
    for _, t, note in trace:
        where = f"[cyan]{doc[t].text}[/cyan] " if t is not None else ""
        console.print(f"  {where}{note}")
    console.print("\n[bold]Events[/bold]")
    if not found:
        console.print("[dim]None coded.[/dim]")
    for e in found:
        src = (
            ", ".join(f"{a.text} [{a.code}{' ' + a.sector if a.sector else ''}]" for a in e.source)
            or "-"
        )
        tgt = (
            ", ".join(f"{a.text} [{a.code}{' ' + a.sector if a.sector else ''}]" for a in e.target)
            or "-"
        )
        console.print(
            f"  [bold]{e.event_type}[/bold]{'/' + e.mode if e.mode else ''} CAMEO {e.cameo} "
            f"(Goldstein {e.goldstein:+.1f}, quad {e.quad_class}) {src} → {tgt}"
        )
        console.print(
            f'    trigger "{e.trigger}" {list(e.char_span)}, rule {e.rule}, confidence {e.confidence}, '
            f"{event_flags(e)}, date {e.date.isoformat() if e.date else '-'}"
            f"{' (' + e.date_precision + ')' if e.date_precision else ''}"
        )


def eval_events(
    gold: Annotated[
        Path, typer.Argument(help="PLOVER gold JSON Lines (text, event, mode, actor, recipient).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable report.")] = False,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help="Score one half (tune, check; split by a hash of each record's id) or all.",
        ),
    ] = "all",
    min_type_acc: Annotated[
        float | None,
        typer.Option(
            "--min-type-acc", help="Exit 4 when event-type accuracy on the check half is lower."
        ),
    ] = None,
    min_actor_f1: Annotated[
        float | None,
        typer.Option(
            "--min-actor-f1", help="Exit 4 when actor-country F1 on the check half is lower."
        ),
    ] = None,
    errors: Annotated[
        int,
        typer.Option(
            help="Show this many wrongly coded sentences of the tune half (the check half is never shown)."
        ),
    ] = 0,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Score the event coder on PLOVER gold records: event-type accuracy, actor-country F1, mode
    accuracy, crashes and a confusion table, for the whole set and its tune and check halves (see
    detente.evaluate.events for the definitions). Rules are written against tune only; the
    --min floors gate the check half (or the half chosen with --split)."""
    from rich.table import Table

    from detente.errors import DetenteError
    from detente.evaluate.events import HALVES, EventReport, evaluate_events

    if split not in ("all", *HALVES):
        fail(f"--split must be all, {' or '.join(HALVES)}, not {split!r}", ExitCode.USAGE)
    res = _load(model, actors, lexicon)
    try:
        report = evaluate_events(gold, res, split=split)
    except DetenteError as exc:
        fail(str(exc))
    gated = report.gated()
    below = []
    if min_type_acc is not None and gated.type_accuracy < min_type_acc:
        below.append(
            f"{gated.split} event-type accuracy {gated.type_accuracy:.3f} < {min_type_acc}"
        )
    if min_actor_f1 is not None and gated.actor_f1 < min_actor_f1:
        below.append(f"{gated.split} actor-country F1 {gated.actor_f1:.3f} < {min_actor_f1}")
    if as_json:
        payload = report.to_dict()
        payload["below_floor"] = below
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        columns = [report, *report.halves.values()]
        summary = Table(title=f"Event coding on {gold.name} ({report.sentences} sentences)")
        summary.add_column("measure")
        for r in columns:
            summary.add_column(f"{r.split} ({r.sentences})", justify="right")
        measures: tuple[tuple[str, Callable[[EventReport], str]], ...] = (
            ("event-type accuracy (primary event)", lambda r: f"{r.type_accuracy:.3f}"),
            ("gold type among any coded event", lambda r: f"{r.any_type_recall:.3f}"),
            ("actor-country precision", lambda r: f"{r.actor_precision:.3f}"),
            ("actor-country recall", lambda r: f"{r.actor_recall:.3f}"),
            ("actor-country F1", lambda r: f"{r.actor_f1:.3f}"),
            ("actor-country F1, either role", lambda r: f"{r.actor_f1_any_role:.3f}"),
            ("mode accuracy", lambda r: f"{r.mode_accuracy:.3f} ({r.mode_sentences})"),
            ("sentences with no event", lambda r: str(r.no_event)),
            ("crashes", lambda r: str(r.crashes)),
        )
        for name, value in measures:
            summary.add_row(name, *(value(r) for r in columns))
        console.print(summary)
        console.print(f"[dim]{report.seconds:.1f} s; rules are written against tune only[/dim]")
        types = sorted(report.confusion)
        predicted = sorted({p for row in report.confusion.values() for p in row} | set(types))
        matrix = Table(
            title="Confusion (rows gold, columns predicted; - is no event)",
            padding=(0, 0),
            collapse_padding=True,
        )
        matrix.add_column("gold", no_wrap=True)
        for p in predicted:
            matrix.add_column(_ABBREV.get(p, p[:3]), justify="right", no_wrap=True, min_width=3)
        for g in types:
            row = report.confusion[g]
            matrix.add_row(
                _ABBREV.get(g, g[:3]),
                *[
                    (f"[bold]{row.get(p, 0)}[/bold]" if p == g else str(row.get(p, 0) or ""))
                    for p in predicted
                ],
            )
        console.print(matrix)
        console.print(
            "[dim]"
            + ", ".join(f"{a} {t}" for t, a in _ABBREV.items() if t in predicted and t != "-")
            + "[/dim]"
        )
        top = report.top_confusions(8)
        if top:
            console.print("Main confusions: " + "; ".join(f"{g} → {p} ({c})" for g, p, c in top))
        for item in [e for e in report.errors if e["text"] is not None][:errors]:
            pred = item["predicted"]
            console.print(f"\n[dim]{item['id']}[/dim] {item['text']}")
            console.print(f"  gold {item['gold']}")
            console.print(f"  got  {pred}")
        for crash in report.crash_details:
            err_console.print(f"[red]crash[/red] {crash['id']}: {crash['error']}")
    if below:
        for line in below:
            err_console.print(f"[red]below floor:[/red] {line}")
        raise typer.Exit(int(ExitCode.BELOW_FLOOR))
