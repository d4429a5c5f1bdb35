"""Store commands: ``ingest`` and ``load`` write; ``events``, ``quotes``, ``show``, ``search``, ``errors``,
``stats`` and ``export`` read (on read-only connections, so they run while an ingest goes on).

Exit codes (``ExitCode``): 0 success; 1 ``ingest`` stored what it could but some inputs failed
(each is listed and recorded in the store's ``errors`` table); 2 bad command line (an unknown
option, a malformed date or dyad); 3 nothing could be done (the store cannot be opened, the
model cannot be loaded, a document id is unknown or ambiguous).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from ._common import (
    ActorsOpt,
    DbOpt,
    ExitCode,
    LanguageCheckOpt,
    LexiconOpt,
    MaxBytesOpt,
    ModelOpt,
    SinceOpt,
    UntilOpt,
    WorkersOpt,
    build_options,
    console,
    err_console,
    fail,
    parse_workers,
)
from .filters import (
    ActorOpt,
    DirectedOpt,
    DyadOpt,
    HistoricalOpt,
    HypotheticalOpt,
    QuadOpt,
    RoleOpt,
    TypeOpt,
    event_filter,
)

if TYPE_CHECKING:
    from ..model import Failure
    from ..parquet import PartitionSummary
    from ..store import Store, StoredEvent, StoredQuote

__all__ = ["bad_parameter", "open_store", "register"]

JsonOpt = Annotated[bool, typer.Option("--json", help="JSON output, one object per line.")]
_MAX_FAILURES_SHOWN = 50


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(load)
    app.command()(events)
    app.command()(quotes)
    app.command()(show)
    app.command()(search)
    app.command()(export)
    app.command()(errors)
    app.command()(stats)


def open_store(db: Path | None, *, readonly: bool = True) -> Store:
    """The store at ``db`` (or the default), or exit 3 with the reason."""
    from ..config import default_db_path
    from ..errors import DetenteError
    from ..store import Store

    try:
        return Store(db or default_db_path(), readonly=readonly)
    except DetenteError as exc:
        fail(str(exc))


def bad_parameter(exc: Exception) -> typer.BadParameter:
    """A malformed option value, reported as a usage error (exit 2)."""
    return typer.BadParameter(str(exc))


def _listed_elsewhere(
    rows: Sequence[StoredEvent] | Sequence[StoredQuote], *, as_json: bool, noun: str
) -> bool:
    """JSON lines, or a note that nothing matched: True when that is all there is to print."""
    if as_json:
        for row in rows:
            _echo_json(row.to_dict())
        return True
    if not rows:
        console.print(f"no {noun} match", style="dim")
        return True
    return False


def _echo_json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False))


# ------------------------------------------------------------------------------------------
# ingest


def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")
    ],
    db: DbOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    max_bytes: MaxBytesOpt = None,
    workers: WorkersOpt = "auto",
    language_check: LanguageCheckOpt = True,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Analyse on Dask: processes (a local cluster of --workers processes), "
            "synchronous, threads, or a cluster's address (tcp://host:8786).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            help="Write partitioned Parquet (documents, events, quotes, failures) into this "
            "directory instead of the store; each worker writes its own partitions. "
            "`detente load DIR` stores them later.",
        ),
    ] = None,
) -> None:
    """Read, analyse and store articles (a summary of stored, skipped and failed).

    Each article is stored whole or not at all; an article already stored (same text) is
    skipped; every failure is listed and recorded in the store (see `detente errors`).
    Exit code 1 when some input failed."""
    from detente import corpus
    from detente.errors import DetenteError
    from detente.model import Analysis
    from detente.store.writer import warning_failures

    from .progress import bar_shown, count_inputs, run_progress

    options = build_options(
        model=model,
        actors=actors,
        lexicon=lexicon,
        max_bytes=max_bytes,
        language_check=language_check,
    )
    count = parse_workers(workers)
    if output is not None and output.exists() and not output.is_dir():
        raise typer.BadParameter(f"{output} is a file, not a directory", param_hint="--output")
    store = open_store(db, readonly=False) if output is None else None
    counts: Counter[str] = Counter()
    total = count_inputs(sources) if bar_shown() else None
    progress = run_progress("ingesting", "articles", total)
    task = progress.add_task("ingest", total=total, counts="")

    warned: list[tuple[str, str, str]] = []

    def show(done: int) -> None:
        progress.update(
            task,
            completed=done,
            counts=f"{counts['skipped']} skipped · {counts['failed']} failed",
        )

    def on_result(item: object, outcome: str) -> None:
        counts[outcome] += 1
        if outcome == "stored" and isinstance(item, Analysis):
            warned.extend((f.source, f.code, f.reason) for f in warning_failures(item))
        show(sum(counts.values()))

    def on_partition(part: PartitionSummary) -> None:
        counts["stored"] += part.documents
        counts["failed"] += len(part.failures)
        show(sum(counts.values()))

    target = store.path if store is not None else output
    try:
        with progress:
            if store is not None:
                summary = corpus.run(
                    sources, store, options, workers=count, dask=dask, on_result=on_result
                )
            else:
                assert output is not None
                summary = corpus.run_to_parquet(
                    sources, output, options, workers=count, dask=dask, on_partition=on_partition
                )
    except DetenteError as exc:
        fail(f"{exc} (stored {counts['stored']} before stopping)")
    except KeyboardInterrupt:  # every document committed so far stays, whole
        console.print(
            f"interrupted: stored {counts['stored']} · skipped {counts['skipped']} · "
            f"failed {counts['failed']}  → {target}"
        )
        raise typer.Exit(130) from None
    finally:
        if store is not None:
            store.close()
    if store is None:
        console.print(
            f"wrote {summary.stored} documents · failed {summary.failed}  → {output} "
            f"(Parquet; `detente load {output}` stores it)"
        )
    else:
        console.print(
            f"stored {summary.stored} · skipped {summary.skipped} (already in the store) · "
            f"failed {summary.failed}  → {target}"
        )
    if summary.stored:
        where = "stored" if store is not None else "written"
        console.print(f"{summary.events} events from the {where} documents", style="dim")
    _report(summary.failures, warned)
    if not summary.stored and not summary.skipped:
        err_console.print("[yellow]nothing to ingest:[/yellow] no document found in the input")


def _report(failures: Sequence[Failure], warned: Sequence[tuple[str, str, str]]) -> None:
    """The warnings of stored documents and the failures, each with its reason (the first
    ``_MAX_FAILURES_SHOWN``, then a count by code); exit 1 when something failed."""
    from .render import printable

    if warned:  # stored, with a guessed encoding or an ignored field: recorded in `errors` too
        console.print("warnings:", style="yellow")
        for source, code, reason in warned[:_MAX_FAILURES_SHOWN]:
            console.print(Text(printable(f"  {source}: [{code}] {reason}")))
    if not failures:
        return
    console.print("failed:", style="red")
    for f in failures[:_MAX_FAILURES_SHOWN]:
        reason = f.reason.removeprefix(f"{f.source}: ")  # some reasons name it already
        console.print(Text(printable(f"  {f.source}: [{f.code}] {reason}")))
    more = len(failures) - _MAX_FAILURES_SHOWN
    if more > 0:
        by_code = Counter(f.code for f in failures[_MAX_FAILURES_SHOWN:])
        codes = ", ".join(f"{c} ×{n}" for c, n in by_code.most_common())
        console.print(f"  … and {more} more ({codes}): see `detente errors`")
    raise typer.Exit(int(ExitCode.SOME_FAILED))


def load(
    directory: Annotated[
        Path, typer.Argument(help="A directory written by `detente ingest --output`.")
    ],
    db: DbOpt = None,
) -> None:
    """Store the Parquet partitions written by `detente ingest --output DIR`.

    Idempotent: articles already in the store are skipped and failures already recorded are
    not counted again, so loading twice adds nothing. A partition whose files are missing,
    damaged or of another layout is refused whole, with the reason (E124), and the others
    load. Exit code 1 when a partition was refused or the partitions hold failures."""
    from detente import corpus
    from detente.errors import DetenteError

    from .progress import bar_shown, run_progress

    if not directory.is_dir():
        raise typer.BadParameter(f"{directory}: no such directory", param_hint="DIRECTORY")
    counts: Counter[str] = Counter()
    progress = run_progress("loading", "articles", None, show=bar_shown())
    task = progress.add_task("load", total=None, counts="")

    def on_result(item: object, outcome: str) -> None:
        counts[outcome] += 1
        progress.update(
            task,
            completed=sum(counts.values()),
            counts=f"{counts['skipped']} skipped · {counts['failed']} failed",
        )

    store = open_store(db, readonly=False)
    try:
        with progress:
            summary = corpus.load(directory, store, on_result=on_result)
    except DetenteError as exc:
        fail(f"{exc} (stored {counts['stored']} before stopping)")
    finally:
        store.close()
    console.print(
        f"loaded {summary.partitions} partitions: stored {summary.stored} · skipped "
        f"{summary.skipped} (already in the store) · failed {summary.failed} · refused "
        f"{len(summary.refused)} partitions  → {store.path}"
    )
    _report(summary.failures, [])


# ------------------------------------------------------------------------------------------
# events, quotes


def _events_table(rows: list[StoredEvent]) -> Table:
    from .render import actor_label, event_flags

    table = Table(expand=True, title_justify="left")
    table.add_column("day", no_wrap=True)
    table.add_column("type", style="bold", no_wrap=True)
    table.add_column("G", justify="right", no_wrap=True)
    table.add_column("source → target")
    table.add_column("status")
    table.add_column("doc", no_wrap=True, style="dim")
    table.add_column("sentence", ratio=2)
    for s in rows:
        e = s.event
        table.add_row(
            s.day.isoformat() if s.day else "?",
            e.event_type + (f"/{e.mode}" if e.mode else ""),
            f"{e.goldstein:+.1f}",
            f"{actor_label(e.source)} → {actor_label(e.target)}",
            Text(event_flags(e), style="green" if e.asserted else "yellow"),
            s.document_id.removeprefix("sha256:")[:10],
            Text.assemble((e.trigger, "bold"), "  ", (e.sentence.strip()[:200], "dim")),
        )
    return table


def events(
    actor: ActorOpt = None,
    role: RoleOpt = "any",
    dyad: DyadOpt = None,
    directed: DirectedOpt = False,
    event_type: TypeOpt = None,
    quad: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_hypothetical: HypotheticalOpt = False,
    include_historical: HistoricalOpt = False,
    doc: Annotated[
        str | None, typer.Option("--doc", help="Only this document (id prefix).")
    ] = None,
    text: Annotated[
        str | None, typer.Option("--search", help="Only events whose sentence has these words.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    oldest_first: Annotated[bool, typer.Option("--oldest-first", help="Oldest first.")] = False,
    as_json: JsonOpt = False,
    as_geojson: Annotated[
        bool,
        typer.Option(
            "--geojson",
            help="One GeoJSON FeatureCollection (a point per located event) for QGIS and "
            "similar tools.",
        ),
    ] = False,
    db: DbOpt = None,
) -> None:
    """List stored events, newest first; asserted events only unless --include-hypothetical,
    historical mentions left out unless --include-historical."""
    from ..errors import DetenteError

    flt = event_filter(
        actor=actor,
        role=role,
        dyad=dyad,
        directed=directed,
        event_type=event_type,
        quad_class=quad,
        since=since,
        until=until,
        include_hypothetical=include_hypothetical,
        include_historical=include_historical,
        document=doc,
        text=text,
    )
    with open_store(db) as store:
        try:
            rows = store.events(flt, limit=limit or None, newest_first=not oldest_first)
        except DetenteError as exc:
            fail(str(exc))
    if as_geojson:
        from ..geo.geojson import feature_collection

        _echo_json(feature_collection(rows))
        return
    if _listed_elsewhere(rows, as_json=as_json, noun="events"):
        return
    console.print(_events_table(rows))
    console.print(
        f"{len(rows)} events" + (f" (limit {limit})" if len(rows) == limit else ""), style="dim"
    )


def quotes(
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", help="Actor code (PRK), catalogue id, or words of the name."),
    ] = None,
    doc: Annotated[
        str | None, typer.Option("--doc", help="Only this document (id prefix).")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """List stored quotations with their speakers."""
    from ..errors import DetenteError
    from .render import actor_label, quote_text

    with open_store(db) as store:
        try:
            rows = store.quotes(
                speaker=speaker, document=doc, since=since, until=until, limit=limit or None
            )
        except ValueError as exc:
            raise bad_parameter(exc) from None
        except DetenteError as exc:
            fail(str(exc))
    if _listed_elsewhere(rows, as_json=as_json, noun="quotes"):
        return
    table = Table(expand=True)
    for col in ("published", "speaker", "cue", "", "content", "doc"):
        table.add_column(col)
    for r in rows:
        q = r.quote
        table.add_row(
            r.published.isoformat() if r.published else "?",
            actor_label([q.speaker]) if q.speaker else "(unattributed)",
            q.cue or "",
            "direct" if q.direct else "indirect",
            quote_text(q),
            Text(r.document_id.removeprefix("sha256:")[:10], style="dim"),
        )
    console.print(table)


# ------------------------------------------------------------------------------------------
# show, search


def show(
    document: Annotated[
        str, typer.Argument(help="Document id, a unique prefix of it, or its source's id.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="The analysis in the output contract's shape.")
    ] = False,
    db: DbOpt = None,
) -> None:
    """Show one stored document: title, date, key points, actors, events, quotes."""
    from ..errors import DetenteError
    from .render import print_analysis, printable

    with open_store(db) as store:
        try:
            info = store.document_info(document)
            analysis = store.document(info.id)
            siblings = (
                [d for d in store.documents(story_id=info.story_id, limit=6) if d.id != info.id]
                if info.story_id is not None and info.story_size > 1
                else []
            )
        except DetenteError as exc:
            fail(str(exc))
    if as_json:
        typer.echo(
            json.dumps(
                {**analysis.to_dict(), "story_id": info.story_id, "ingested_at": info.ingested_at},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    print_analysis(console, analysis)
    line = f"story {info.story_id}: {info.story_size} document{'s' if info.story_size != 1 else ''}"
    if siblings:
        line += " — also " + ", ".join(
            f"{d.id.removeprefix('sha256:')[:10]} ({printable(d.title or d.source)})"
            for d in siblings[:5]
        )
    console.print(Text(line, style="dim"))


def search(
    words: Annotated[list[str], typer.Argument(help="Words to find (all of them).")],
    in_events: Annotated[
        bool, typer.Option("--events", help="Search event sentences, not documents.")
    ] = False,
    syntax: Annotated[
        bool, typer.Option("--fts", help="Use SQLite FTS5 query syntax (phrases, OR, prefix*).")
    ] = False,
    limit: Annotated[int, typer.Option(min=1)] = 20,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Full-text search over stored documents (title and text) or event sentences."""
    from ..errors import DetenteError

    with open_store(db) as store:
        try:
            hits = store.search(
                " ".join(words),
                what="events" if in_events else "documents",
                limit=limit,
                syntax=syntax,
            )
        except DetenteError as exc:
            fail(str(exc))
    if as_json:
        for h in hits:
            _echo_json(h.to_dict())
        return
    if not hits:
        console.print("no match", style="dim")
        return
    for h in hits:
        head = Text.assemble(
            (h.document_id.removeprefix("sha256:")[:10], "dim"),
            "  ",
            (h.published.isoformat() if h.published else "?", "dim"),
            "  ",
            (h.title or "(untitled)", "bold"),
            (f"  event {h.event_id}" if h.event_id else "", "dim"),
        )
        console.print(head)
        console.print(Text("    " + " ".join(h.snippet.split())))


# ------------------------------------------------------------------------------------------
# export, errors, stats


def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="jsonl, csv or parquet; phoenix, icews or gdelt (events only)."
        ),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: standard output).")
    ] = None,
    what: Annotated[str, typer.Option("--what", help="events, documents or quotes.")] = "events",
    since: SinceOpt = None,
    until: UntilOpt = None,
    asserted_only: Annotated[
        bool,
        typer.Option(
            "--asserted-only", help="Events: leave out negated, hypothetical and future ones."
        ),
    ] = False,
    db: DbOpt = None,
) -> None:
    """Export events, documents or quotes as JSON Lines, CSV or Parquet, or events in the
    columns of the Phoenix, ICEWS or GDELT 2.0 datasets.

    JSONL keeps the contract shapes; CSV and Parquet are flat tables (events with source and
    target codes in columns). Events include the non-asserted ones, flagged in their columns,
    unless --asserted-only; historical mentions are included, flagged too.

    phoenix, icews, gdelt: tab-separated, one row per directed pair of parties (a joint event of
    three parties gives six rows, a one-sided event none), asserted events only; actor codes
    CAMEO-style (RUSGOV), quad class from the CAMEO root as the dataset counts it (Phoenix 0-4,
    0 = neutral roots 01-02; GDELT 1-4). Phoenix and ICEWS files have a header line; GDELT's
    have none, as GDELT's own: read with pandas.read_csv(path, sep="\\t", header=None,
    names=detente.export.GDELT_COLUMNS, dtype={"EventCode": str, ...}). README: "Exports for
    GDELT, ICEWS and Phoenix users" lists each column as exact, approximated or empty."""
    import sys

    from ..export import DATASET_FORMATS, FORMATS, WHATS
    from ..export import export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(FORMATS)}")
    if what not in WHATS:
        raise typer.BadParameter(f"--what is one of {', '.join(WHATS)}")
    if fmt in DATASET_FORMATS and what != "events":
        raise typer.BadParameter(f"--format {fmt} holds events: use --what events")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet is binary: give a file with -o")
    flt = event_filter(
        since=since,
        until=until,
        include_hypothetical=not asserted_only,
        include_historical=True,
    )
    with open_store(db) as store:
        n = run_export(
            store,
            output if output is not None else sys.stdout,
            what=what,  # type: ignore[arg-type]  # typer has no Literal options; checked above
            fmt=fmt,  # type: ignore[arg-type]  # typer has no Literal options; checked above
            flt=flt,
            since=flt.since,
            until=flt.until,
        )
    if output is not None:
        err_console.print(f"wrote {n} {'rows' if fmt in DATASET_FORMATS else what} to {output}")


def errors(
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    code: Annotated[str | None, typer.Option("--code", help="Only this error code.")] = None,
    as_json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """List the inputs that failed, newest first, with their reasons."""
    with open_store(db) as store:
        rows = store.errors(limit=limit or None, code=code)
    if as_json:
        for r in rows:
            _echo_json(r.to_dict())
        return
    if not rows:
        console.print("no recorded failures", style="dim")
        return
    table = Table(expand=True)
    for col in ("last at", "times", "code", "stage", "source", "reason"):
        table.add_column(col)
    for r in rows:
        table.add_row(r.at, str(r.count), r.code, r.stage, Text(r.source), Text(r.reason))
    console.print(table)


def stats(as_json: JsonOpt = False, db: DbOpt = None) -> None:
    """Counts of what the store holds."""
    with open_store(db) as store:
        s = store.stats()
    if as_json:
        _echo_json(s.to_dict())
        return
    table = Table(show_header=False, box=None)
    for key, value in s.to_dict().items():
        table.add_row(key.replace("_", " "), str(value if value is not None else "—"))
    console.print(table)
