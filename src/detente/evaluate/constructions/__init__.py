"""The construction suite: template-generated sentences with the events they should be coded as.

Written by the project (never drawn from a gold set) so that each failure names a construction the
event coder gets wrong (a passive, a role-reversal verb, a group standing for its members, a
negation, a background year) rather than one sentence. ``suite.yaml`` holds the templates as data,
``generate`` expands them deterministically, ``score`` matches coded events against the expected
ones and ``run`` codes the sentences through the same functions as ``detente code``.
``floors.yaml`` pins today's per-construction pass rates so that regressions fail a test.
"""

from __future__ import annotations

from .generate import Case, Expected, Suite, by_construction, generate, load_suite
from .run import code_cases, load_floors, run_suite
from .score import CaseResult, ConstructionScore, SuiteReport, matches, score_case, summarise

__all__ = [
    "Case",
    "CaseResult",
    "ConstructionScore",
    "Expected",
    "Suite",
    "SuiteReport",
    "by_construction",
    "code_cases",
    "generate",
    "load_floors",
    "load_suite",
    "matches",
    "run_suite",
    "score_case",
    "summarise",
]
