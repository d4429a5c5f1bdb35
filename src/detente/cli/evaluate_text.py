"""``detente eval quotes`` and ``detente eval keypoints``: the text stages against public gold.

Both print a table (or ``--json``) and take ``--min-...`` floors: a figure below its floor makes
the exit status 4 (``ExitCode.BELOW_FLOOR``), so the commands can gate a CI job.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import (
    ActorsOpt,
    ExitCode,
    ModelOpt,
    build_options,
    console,
    err_console,
    fail,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")]


def _floor(help_text: str) -> Any:
    return typer.Option(min=0.0, help=help_text)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("quotes")(eval_quotes)
    eval_app.command("keypoints")(eval_keypoints)


def _load(model: str | None, actors: list[Path] | None) -> Any:
    import detente
    from detente.errors import DetenteError

    try:
        return detente.load(build_options(model=model, actors=actors))
    except DetenteError as exc:
        fail(str(exc))


def _gate(checks: list[tuple[str, float, float | None]]) -> None:
    """Exit 4 naming every figure below its floor."""
    missed = [
        f"{name} {value:.4g} < {floor:.4g}"
        for name, value, floor in checks
        if floor is not None and value < floor
    ]
    if missed:
        err_console.print("[red]below floor:[/red] " + "; ".join(missed))
        raise SystemExit(int(ExitCode.BELOW_FLOOR))


def eval_quotes(
    directory: Annotated[
        Path, typer.Argument(help="PolNeAR split: text/*.txt and attributions/*.ann.")
    ],
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    min_direct_f1: Annotated[
        float | None, _floor("Floor for direct-quote content F1 (0-1).")
    ] = None,
    min_direct_speaker: Annotated[
        float | None, _floor("Floor for speaker accuracy on matched direct quotes (0-1).")
    ] = None,
    min_all_f1: Annotated[
        float | None, _floor("Floor for content F1 over all attributions (0-1).")
    ] = None,
    min_all_speaker: Annotated[
        float | None, _floor("Floor for speaker accuracy over all matched attributions (0-1).")
    ] = None,
) -> None:
    """Score quotations and attributions against PolNeAR (content P/R/F1, speaker accuracy)."""
    from detente.errors import DetenteError
    from detente.evaluate.quotes import evaluate_quotes

    res = _load(model, actors)
    try:
        report = evaluate_quotes(directory, res)
    except DetenteError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.to_dict()))
    else:
        from rich.table import Table

        table = Table(title=f"PolNeAR: {report.articles} articles")
        for col in ("", "gold", "pred.", "match", "P", "R", "F1", "speaker"):
            table.add_column(col, justify="right" if col else "left", no_wrap=True)
        for name, t in (("direct", report.direct), ("all", report.all)):
            table.add_row(
                name,
                str(t.gold),
                str(t.predicted),
                str(t.matched),
                f"{t.precision:.3f}",
                f"{t.recall:.3f}",
                f"{t.f1:.3f}",
                f"{t.speaker_accuracy:.3f}",
            )
        console.print(table)
        console.print(
            "direct: quotations inside quotation marks; all: every attribution, direct or "
            "reported; speaker: accuracy over matched pairs."
        )
        if report.direct.kind_disagreements:
            console.print(
                f"{report.direct.kind_disagreements} direct predictions matched a gold Content that "
                "is not a quotation; they count in 'all' only."
            )
    _gate(
        [
            ("direct F1", report.direct.f1, min_direct_f1),
            ("direct speaker accuracy", report.direct.speaker_accuracy, min_direct_speaker),
            ("all F1", report.all.f1, min_all_f1),
            ("all speaker accuracy", report.all.speaker_accuracy, min_all_speaker),
        ]
    )


def eval_keypoints(
    file: Annotated[Path, typer.Argument(help="JSON Lines with article and reference_sentences.")],
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    n: Annotated[int, typer.Option("-n", min=1, help="Key points per article.")] = 3,
    min_rouge1: Annotated[float | None, _floor("Floor for detente's ROUGE-1 (0-100).")] = None,
    min_rouge2: Annotated[float | None, _floor("Floor for detente's ROUGE-2 (0-100).")] = None,
    min_rouge1_gain: Annotated[
        float | None, typer.Option(help="Floor for ROUGE-1 minus Lead-3's, in points.")
    ] = None,
    min_rouge2_gain: Annotated[
        float | None, typer.Option(help="Floor for ROUGE-2 minus Lead-3's, in points.")
    ] = None,
) -> None:
    """Score extractive key points against highlights, beside Lead-3 (ROUGE-1/2/Lsum)."""
    from detente.errors import DetenteError
    from detente.evaluate.keypoints import METRICS, evaluate_keypoints

    res = _load(model, actors)
    try:
        report = evaluate_keypoints(file, res, n=n)
    except DetenteError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.to_dict()))
    else:
        from rich.table import Table

        table = Table(title=f"Key points: {report.articles} articles, {n} per article")
        table.add_column("")
        for m in METRICS:
            table.add_column(m, justify="right")
        table.add_row("detente", *(f"{report.detente[m]:.2f}" for m in METRICS))
        table.add_row("Lead-3", *(f"{report.lead3[m]:.2f}" for m in METRICS))
        table.add_row("gain", *(f"{report.gain[m]:+.2f}" for m in METRICS))
        console.print(table)
    _gate(
        [
            ("ROUGE-1", report.detente["rouge1"], min_rouge1),
            ("ROUGE-2", report.detente["rouge2"], min_rouge2),
            ("ROUGE-1 gain over Lead-3", report.gain["rouge1"], min_rouge1_gain),
            ("ROUGE-2 gain over Lead-3", report.gain["rouge2"], min_rouge2_gain),
        ]
    )
