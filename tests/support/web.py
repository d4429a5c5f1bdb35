"""The dashboard under FastAPI's TestClient, as the web tests reach it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from detente.web import create_app

# The host the tests call the app on: a local address, which the app's host check accepts.
LOCAL = "http://127.0.0.1"


def local_client(db: Path, *, raise_server_exceptions: bool = True, **app: Any) -> TestClient:
    """A client of the dashboard over the store ``db``, built with ``create_app(db, **app)``."""
    return TestClient(
        create_app(db, **app), base_url=LOCAL, raise_server_exceptions=raise_server_exceptions
    )
