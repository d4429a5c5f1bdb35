"""The dashboard: ``detente serve`` runs ``create_app(db_path)`` under uvicorn.

Pages (overview, dyad, actor, event, article, search) and a JSON API under ``/api`` over a store
opened read-only; Vega-Lite charts from vendored files, so everything works offline. See
docs/dashboard.md.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
