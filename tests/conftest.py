"""Shared fixtures: the read-only ../shared material, one loaded model and one actor catalogue
per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import shared_path


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


@pytest.fixture(scope="session")
def cat():
    from detente.actors import Catalogue

    return Catalogue.load()
