"""Where the tests find things: the repository, the read-only ../shared material and the
fixture files that the tests ship."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
FIXTURES = ROOT / "tests" / "fixtures"
INGEST_FIXTURES = FIXTURES / "ingest"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with the reason when the checkout has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: tests on third-party text read it from ../shared (see README)"
        )
    return path
