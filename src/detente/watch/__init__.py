"""``detente watch``: follow news sources on a schedule, store what is new, alert on change.

    >>> from detente.watch import Watcher, load_config            # doctest: +SKIP
    >>> with Watcher(load_config("watch.yaml"), "detente.db") as w:  # doctest: +SKIP
    ...     report = w.cycle(force=True)

One module per concern: ``config`` (the YAML file, checked), ``fetch`` (the polite HTTP
client), ``sources`` (what a feed, sitemap, URL list or folder offers), ``state`` (what is
remembered between runs, in the store), ``alerts`` (the rules), ``deliver`` (console, JSONL,
webhook) and ``loop`` (the schedule). docs/watch.md describes the whole.
"""

from __future__ import annotations

from .alerts import Alert, evaluate, evaluate_rule
from .config import AlertRule, DeliverConfig, Settings, SourceConfig, WatchConfig, load_config
from .deliver import Deliverer, payload
from .fetch import Fetcher, Response, Stopped
from .loop import CycleReport, Watcher
from .state import SourceStatus, StoredAlert, Validators, WatchState

__all__ = [
    "Alert",
    "AlertRule",
    "CycleReport",
    "DeliverConfig",
    "Deliverer",
    "Fetcher",
    "Response",
    "Settings",
    "SourceConfig",
    "SourceStatus",
    "Stopped",
    "StoredAlert",
    "Validators",
    "WatchConfig",
    "WatchState",
    "Watcher",
    "evaluate",
    "evaluate_rule",
    "load_config",
    "payload",
]
