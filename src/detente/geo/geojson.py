"""Stored events as GeoJSON (RFC 7946): what ``detente events --geojson`` writes for QGIS and
similar tools, and what the dashboard's map draws (``/api/map``).

One Point feature per event that has coordinates, ``[longitude, latitude]`` in WGS 84 as the
RFC orders them; the properties are the event's flat fields (actors as code lists, joined for
tools that want one string), its place and precision, the sentence and the document. Events
with no coordinates are left out and counted in the collection's ``skipped`` member (a foreign
member, which GeoJSON readers ignore).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ..model import Actor
from ..store import StoredEvent

__all__ = ["feature", "feature_collection"]

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}  # fmt: skip


def _codes(actors: Sequence[Actor]) -> list[str]:
    return list(dict.fromkeys(a.code or a.name or a.text for a in actors))


def feature(s: StoredEvent) -> dict[str, Any] | None:
    """The event as a Point feature, or None when it has no usable coordinates."""
    e, loc = s.event, s.event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    if not (math.isfinite(loc.lat) and math.isfinite(loc.lon)):
        return None
    if not (-90 <= loc.lat <= 90 and -180 <= loc.lon <= 180):
        return None
    source, target = _codes(e.source), _codes(e.target)
    return {
        "type": "Feature",
        "id": s.id,
        "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
        "properties": {
            "event_id": s.id,
            "day": s.day.isoformat() if s.day else None,
            "event_type": e.event_type,
            "mode": e.mode,
            "cameo": e.cameo,
            "goldstein": e.goldstein,
            "quad_class": e.quad_class,
            "quad": QUADS.get(e.quad_class, str(e.quad_class)),
            "source": source,
            "target": target,
            "dyad": f"{'+'.join(source) or '?'} → {'+'.join(target) or '?'}",
            "asserted": e.asserted,
            "place": loc.name,
            "country": loc.code,
            "precision": loc.precision,
            "place_span": list(loc.char_span) if loc.char_span else None,
            "geonameid": loc.geonameid,
            "sentence": e.sentence,
            "trigger": e.trigger,
            "document_id": s.document_id,
            "title": s.title,
            "url": s.url,
        },
    }


def feature_collection(rows: Sequence[StoredEvent]) -> dict[str, Any]:
    """A FeatureCollection of the located events among ``rows``, in their order."""
    features = [f for f in (feature(s) for s in rows) if f is not None]
    return {
        "type": "FeatureCollection",
        "features": features,
        "skipped": len(rows) - len(features),
    }
