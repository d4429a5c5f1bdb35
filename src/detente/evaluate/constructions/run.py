"""Coding the suite's sentences the way ``detente code`` codes its records, and the pinned floors.

``detente code`` (``detente.cli.coding.code``) parses its records in batches with ``nlp.pipe``,
then hands each parsed record to ``pipeline.analyze_doc`` with the record's date as the
publication date. ``code_cases`` does exactly that, so a pass rate here is a statement about what users of ``detente code`` get; a test checks
that it agrees with ``detente.code()`` sentence by sentence.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import yaml

from ...errors import ConfigError
from .generate import Case, generate, load_suite
from .score import CaseResult, SuiteReport, score_case, summarise

__all__ = ["code_cases", "load_floors", "run_suite"]


def code_cases(
    cases: Sequence[Case],
    res: Any,
    *,
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> list[CaseResult]:
    """Code every case with loaded ``detente.load()`` resources and score it; a crash is recorded
    on its case and the run goes on."""
    from ...dates import record_date
    from ...pipeline import analyze_doc

    out: list[CaseResult] = []
    docs = res.nlp.pipe([c.text for c in cases], batch_size=batch_size)
    for n, (case, doc) in enumerate(zip(cases, docs, strict=True), start=1):
        try:
            found = analyze_doc(doc, res, record_date(case.date)).events
            out.append(score_case(case, list(found)))
        except Exception as exc:  # a crash is a finding, not the end of the run
            out.append(score_case(case, [], error=f"{type(exc).__name__}: {exc}".splitlines()[0]))
        if progress is not None:
            progress(n, len(cases))
    return out


def run_suite(
    res: Any,
    *,
    only: Iterable[str] | None = None,
    suite_path: str | Path | None = None,
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> SuiteReport:
    """Generate the suite (or the constructions in ``only``), code it and score it."""
    cases = generate(load_suite(suite_path), only=only)
    started = time.perf_counter()
    results = code_cases(cases, res, batch_size=batch_size, progress=progress)
    return summarise(results, seconds=time.perf_counter() - started)


@cache
def _floors(path: str) -> dict[str, float]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return {str(k): float(v) for k, v in (data.get("floors") or {}).items()}
    except (OSError, yaml.YAMLError, AttributeError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"construction floors {path} cannot be read: {exc}", code="E501"
        ) from None


def load_floors(path: str | Path | None = None) -> dict[str, float]:
    """Per-construction pass-rate floors (``floors.yaml`` by default): construction id → rate."""
    default = package_files.files(__package__).joinpath("floors.yaml")
    return dict(_floors(str(path or default)))
