"""Helpers shared by the test modules, importable as ``support`` because pytest puts ``tests/``
on ``sys.path`` (conftest modules are not importable by name once a subdirectory has a conftest
of its own, so helpers live here and conftest files hold only fixtures).

- ``support.paths``: the repository, ../shared (``shared_path`` skips when it is absent) and
  the fixture files;
- ``support.texts``: text written for the tests and shared by several modules;
- ``support.records``: builders of ``Analysis``, ``Event`` and ``Actor`` records for stores;
- ``support.assertions``: short views of analysis output for assertions;
- ``support.docs``: hand-built spaCy parses for the syntax and coder unit tests;
- ``support.events``: events coded from test text, and their asserted dyads;
- ``support.actors``: actor resolution of test text as of a publication day;
- ``support.web``: the dashboard under FastAPI's TestClient;
- ``support.browser``: the uvicorn server and the watched Chromium page of the browser tests.

The names most modules need are re-exported here: ``from support import shared_path``.
"""

from __future__ import annotations

from .assertions import codes, of_type
from .paths import FIXTURES, INGEST_FIXTURES, ROOT, SHARED, shared_path

__all__ = ["FIXTURES", "INGEST_FIXTURES", "ROOT", "SHARED", "codes", "of_type", "shared_path"]
