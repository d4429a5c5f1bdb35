"""``detente analyze``: one or more articles, analysed and printed, nothing stored."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ._common import (
    ActorsOpt,
    ExitCode,
    LanguageCheckOpt,
    LexiconOpt,
    MaxBytesOpt,
    ModelOpt,
    build_options,
    console,
    err_console,
    fail,
)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(analyze)


def analyze(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per article (the output contract).")
    ] = False,
    indent: Annotated[int | None, typer.Option(help="Indent JSON output.")] = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    max_key_points: Annotated[
        int, typer.Option(min=1, help="Key points when the publisher gives none.")
    ] = 4,
    max_bytes: MaxBytesOpt = None,
    language_check: LanguageCheckOpt = True,
) -> None:
    """Analyse articles and print actors, events, quotes and key points (nothing is stored)."""
    from rich.markup import escape

    import detente
    from detente import ingest, pipeline
    from detente.errors import DetenteError
    from detente.model import Failure

    from .render import print_analysis, printable

    options = build_options(
        model=model,
        actors=actors,
        lexicon=lexicon,
        max_key_points=max_key_points,
        max_bytes=max_bytes,
        language_check=language_check,
    )
    try:
        res = detente.load(options)
    except DetenteError as exc:
        fail(str(exc))
    failed = done = 0
    for item in pipeline.analyze_many(ingest.read(sources, limits=options.limits), res):
        if isinstance(item, Failure):
            failed += 1
            reason = printable(f"{item.source}: [{item.code}] {item.reason}")
            err_console.print(f"[red]failed[/red] {escape(reason)}")
            continue
        done += 1
        if as_json:
            typer.echo(json.dumps(item.to_dict(), ensure_ascii=False, indent=indent))
        else:
            print_analysis(console, item)
    if failed:
        raise typer.Exit(int(ExitCode.SOME_FAILED))
    if not done:
        fail("no article found in the input", ExitCode.SOME_FAILED)
