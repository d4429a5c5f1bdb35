"""The ``detente`` command: a thin Typer layer over the Python API.

Each command group lives in its own module with a ``register(app)`` function; heavy imports
(spaCy, pyarrow, FastAPI) happen inside the commands so that ``detente --help`` stays instant.
Exit codes are listed in ``_common.ExitCode`` and documented in the README.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="detente",
    help="News about international affairs in, a queryable record of relations out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score detente against gold standards.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# Command modules, in the order their commands appear in --help.
_COMMAND_MODULES = (
    "demo",
    "analyze",
    "coding",
    "store",
    "relations",
    "serve",
    "watch",
    "evaluate_text",
)


def _register() -> None:
    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(app, eval_app)


_register()


def main() -> None:
    app()
