"""A small cache for results that are slow to compute and change only when the store does.

The overview's whole-store aggregates (most active pairs, events per month, the shift scan) and
each dyad's shift test take from a fraction of a second to several seconds on a large store,
and their inputs change only when something is ingested. Each entry is kept with the store's
change token (``Store.change_token()``: the largest row ids, three index lookups) and is
recomputed when the token differs, so a dashboard left running during an ingest shows new data
on the next request. Entries are evicted least recently used first, so a user trying many
filter combinations cannot grow the cache without bound, and a key being computed is computed
once: concurrent requests for it wait for the first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["Cache"]


class Cache:
    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, token: Any, compute: Callable[[], Any]) -> Any:
        """The value cached under ``key`` for ``token``, computing it if absent or stale."""
        with self._lock:
            hit = self._values.get(key)
            if hit is not None and hit[0] == token:
                self._values.move_to_end(key)
                return hit[1]
            key_lock = self._computing.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:  # another request may have computed it meanwhile
                hit = self._values.get(key)
                if hit is not None and hit[0] == token:
                    return hit[1]
            value = compute()
            with self._lock:
                self._values[key] = (token, value)
                self._values.move_to_end(key)
                while len(self._values) > self.size:
                    old, _ = self._values.popitem(last=False)
                    self._computing.pop(old, None)
        return value
