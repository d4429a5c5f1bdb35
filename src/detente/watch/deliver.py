"""Delivering alerts: a line on the console, a line in a JSON Lines file, a POST to a webhook.

An alert is stored before it is delivered, so a channel that fails loses nothing: the alert
stays pending and the next cycle tries that channel again (``MAX_ATTEMPTS`` times in all); the
store records each channel's last answer (``"ok"`` or the error). Every channel gets the same
JSON object (``payload``): the stored alert plus the events behind it in the output contract's
shape, so a webhook receiver needs nothing else to act on it.
"""

from __future__ import annotations

import json
import logging
import os
from typing import IO, Any

import httpx

from ..store import EventFilter, Store
from .config import DeliverConfig
from .state import StoredAlert

__all__ = ["MAX_ATTEMPTS", "Deliverer", "payload"]

log = logging.getLogger("detente.watch")
MAX_ATTEMPTS = 5


def payload(alert: StoredAlert, store: Store | None = None) -> dict[str, Any]:
    """The JSON object every channel receives; ``store`` adds the events behind the alert."""
    body = {"type": "detente.alert", **alert.to_dict()}
    if store is not None and alert.events:
        events = store.events(EventFilter.every(ids=alert.events), limit=None)
        body["event_records"] = [e.to_dict() for e in events]
    return body


class Deliverer:
    """Sends alerts to the configured channels; never raises for a channel that fails."""

    def __init__(self, config: DeliverConfig, *, user_agent: str, console: IO[str] | None = None):
        self.config = config
        self.user_agent = user_agent
        self.console = console

    def channels(self) -> list[str]:
        out = ["console"] if self.config.console and self.console is not None else []
        if self.config.jsonl is not None:
            out.append("jsonl")
        if self.config.webhook:
            out.append("webhook")
        return out

    def deliver(
        self, alert: StoredAlert, body: dict[str, Any], previous: dict[str, str] | None = None
    ) -> dict[str, str]:
        """Send ``body`` to each channel that has not taken this alert yet (``previous``: each
        channel's last answer); return every channel's answer now."""
        results = dict(previous or {})
        for channel in self.channels():
            if results.get(channel) == "ok":
                continue
            try:
                getattr(self, f"_{channel}")(alert, body)
            except (OSError, httpx.HTTPError, ValueError) as exc:
                why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                results[channel] = f"[E123] {channel}: {why}"
                log.warning("alert %s not delivered to %s: %s", alert.id, channel, why)
            else:
                results[channel] = "ok"
        return results

    def _console(self, alert: StoredAlert, body: dict[str, Any]) -> None:
        assert self.console is not None
        when = alert.fired_at.isoformat(timespec="seconds")
        self.console.write(f"ALERT [{alert.rule}] {when} {alert.title}\n")
        self.console.flush()

    def _jsonl(self, alert: StoredAlert, body: dict[str, Any]) -> None:
        path = self.config.jsonl
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n"
        with path.open("a", encoding="utf-8") as fh:  # one write: a reader never sees half
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def _webhook(self, alert: StoredAlert, body: dict[str, Any]) -> None:
        assert self.config.webhook is not None
        response = httpx.post(
            self.config.webhook,
            json=body,
            timeout=self.config.webhook_timeout,
            headers={"User-Agent": self.user_agent},
        )
        if response.status_code >= 300:
            raise ValueError(f"HTTP {response.status_code} from {self.config.webhook}")
