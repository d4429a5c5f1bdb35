"""Paths to the repository and to the read-only ../shared material, importable by any test
module (``from support import shared_path``); conftest modules are not importable by name once
a subdirectory has a conftest of its own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with the reason when the checkout has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: tests on third-party text read it from ../shared (see README)"
        )
    return path


def codes(actors) -> set[str | None]:
    """The codes of a list of actors, for assertions on who did what."""
    return {a.code for a in actors}


def of_type(events, event_type: str) -> list:
    """The events of one PLOVER type, in text order."""
    return [e for e in events if e.event_type == event_type]
