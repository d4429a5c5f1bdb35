"""Shared fixtures: the read-only ../shared material and one loaded model per test session."""

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
        pytest.skip(f"{path} is absent: tests on third-party text read it from ../shared (see README)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_path("samples", "kim-putin-summit.txt")


@pytest.fixture(scope="session")
def resources():
    import detente

    return detente.load()


@pytest.fixture(scope="session")
def nlp(resources):
    return resources.nlp
