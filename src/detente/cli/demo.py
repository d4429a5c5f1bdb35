"""``detente demo``: the main job on the bundled corpus, end to end, in one command.

Ingests the project's own demo briefs (``detente/data/demo/briefs.jsonl``, 2017–2024) into an
embedded store, prints what detente makes of one article, then how the relations between the
corpus's main pairs of states changed year by year and which shifts were found — the same
figures ``detente relations``, ``detente shifts`` and the dashboard show.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ._common import WorkersOpt, console

# Pairs whose story the demo corpus tells, and the article shown in full.
DEMO_DYADS = (("PRK", "USA"), ("PRK", "KOR"), ("PRK", "RUS"), ("RUS", "UKR"), ("CHN", "USA"))
DEMO_ARTICLE = "demo-082"  # the September 2023 Kim–Putin summit at the Vostochny Cosmodrome


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(demo)


def demo_corpus() -> Path:
    """The bundled corpus as a file path (it ships inside the package)."""
    return Path(str(resources.files("detente") / "data" / "demo" / "briefs.jsonl"))


def _index_cell(index: float | None, events: int) -> Text:
    if not events:
        return Text("·", style="dim")
    value = index or 0.0
    style = "green" if value > 0.2 else "red" if value < -0.2 else "yellow"
    return Text(f"{value:+.2f} ({events})", style=style)


def demo(
    db: Annotated[Path, typer.Option("--db", help="The store to create or extend.")] = Path(
        "demo.db"
    ),
    workers: WorkersOpt = "auto",
) -> None:
    """Ingest the bundled demo corpus, then show one article and the relations it found."""
    import detente
    from detente.relations import dyad_series, find_shifts

    from .render import print_analysis
    from .store import ingest

    corpus = demo_corpus()
    console.rule("[bold]1. Ingest[/bold] the demo corpus")
    console.print(f"{corpus}", style="dim")
    try:
        ingest([str(corpus)], db=db, workers=workers)
    except typer.Exit as exc:
        if exc.exit_code:
            raise

    with detente.open(db, readonly=True) as store:
        console.rule("[bold]2. One article[/bold], as `detente show` prints it")
        print_analysis(console, store.document(DEMO_ARTICLE))

        console.rule("[bold]3. Relations[/bold] by year, as `detente relations A B --by year`")
        series = {pair: dyad_series(store, *pair, by="year") for pair in DEMO_DYADS}
        years = sorted({p.label for s in series.values() for p in s.periods})
        table = Table(
            caption="cooperation–conflict index Σg/Σ|g| in [-1, 1] (events); each story once; "
            "denied, speculated and planned events left out",
            caption_justify="left",
        )
        table.add_column("year", style="bold", no_wrap=True)
        for a, b in series:
            table.add_column(f"{a}–{b}", justify="right", no_wrap=True)
        cells = {
            pair: {p.label: _index_cell(p.index, p.events) for p in s.periods}
            for pair, s in series.items()
        }
        for year in years:
            table.add_row(year, *(cells[pair].get(year, Text("·", style="dim")) for pair in series))
        console.print(table)

        console.rule("[bold]4. Shifts[/bold], as `detente shifts A B`")
        found_any = False
        for a, b in DEMO_DYADS:
            _, shifts = find_shifts(store, a, b, by="quarter")
            for shift in shifts:
                found_any = True
                console.print(
                    Text.assemble(
                        (f"{a}–{b} ", "bold"),
                        f"{shift.metric} shift at {shift.label}: "
                        f"{shift.before:+.2f} → {shift.after:+.2f} (p = {shift.p_value:.3f})",
                    )
                )
                for unit in shift.evidence[:2]:
                    e = unit.event.event
                    console.print(
                        Text(
                            f"    {e.event_type} {e.goldstein:+.1f}  {' '.join(e.sentence.split())}"
                        ),
                        style="dim",
                        overflow="ellipsis",
                        no_wrap=True,
                    )
        if not found_any:
            console.print("no significant shift in the demo corpus", style="dim")
        stats = store.stats()

    console.rule("[bold]Next[/bold]")
    console.print(
        f"{stats.documents} documents, {stats.events} events ({stats.asserted_events} asserted), "
        f"{stats.quotes} quotes in {db}\n"
        f"  detente relations PRK RUS --by quarter --db {db}\n"
        f"  detente events --dyad PRK:RUS --include-hypothetical --db {db}\n"
        f"  detente serve --db {db}    (then open http://127.0.0.1:8000)"
    )
