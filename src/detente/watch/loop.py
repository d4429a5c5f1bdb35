"""The watch loop: poll each source when it is due, store what is new, fire and deliver alerts.

One poll of one source: list what it offers (``sources.listing``, conditional), then for each
candidate not met before — by key, by URL or external id already in the store — read it,
analyse it (``pipeline.analyze_many``) and store it (``Store.add``: one transaction per
article), and note the outcome in ``watch_articles``. An article whose story the store already
holds (a reprint, ``detente.stories``) is stored as the store always does but counted as a
duplicate, not as news. The listing's validators are saved only once every candidate has been
handled. After a cycle that stored something, the alert rules are checked and new alerts
delivered, along with any left pending by a channel that failed before.

Resilience: a source that fails (unreachable, 500, robots.txt, a broken feed) gets its error
recorded (``[code] reason``) and its next poll moved to ``min(every, backoff · 2^n)`` after the
n-th failure in a row; the other sources go on. A stop request (``stop`` set, e.g. by SIGINT or
SIGTERM in the command) is honoured between articles and during every wait: the current article
is finished and committed, and the state is what the next run resumes from. The model is loaded
only when an article has to be analysed, so a cycle of 304s costs no model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..config import Limits, Options
from ..errors import DetenteError
from ..model import Analysis, Document, Failure
from ..store import Store
from .alerts import evaluate
from .config import SourceConfig, WatchConfig
from .deliver import MAX_ATTEMPTS, Deliverer, payload
from .fetch import Fetcher, Stopped
from .sources import Candidate, listing
from .state import Counts, Outcome, WatchState, now

if TYPE_CHECKING:  # the pipeline imports spaCy: only when an article needs analysing
    from ..pipeline import Resources

__all__ = ["CycleReport", "Watcher"]

log = logging.getLogger("detente.watch")


@dataclass(slots=True)
class CycleReport:
    """What one cycle did, per source polled: its counts, or its error."""

    polled: dict[str, Counts] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    alerts: list[int] = field(default_factory=list)
    delivered: int = 0
    stopped: bool = False

    @property
    def stored(self) -> int:
        return sum(c.stored for c in self.polled.values())


class Watcher:
    """Follows the sources of ``config`` into the store at ``db``.

    ``resources``: a loaded pipeline to reuse (tests, the soak bench); else one is loaded from
    ``options`` when the first article needs it. ``console``: where the console channel writes
    (None: no console delivery). ``clock``: the wall clock, for tests."""

    def __init__(
        self,
        config: WatchConfig,
        db: str | Path,
        *,
        options: Options | None = None,
        resources: Resources | None = None,
        stop: threading.Event | None = None,
        console: IO[str] | None = None,
        clock: Callable[[], dt.datetime] = now,
    ) -> None:
        self.config = config
        self.stop = stop or threading.Event()
        s = config.settings
        limits = Limits(max_bytes=s.max_bytes, timeout=s.timeout, user_agent=s.user_agent)
        self.options = dataclasses.replace(options or Options(), limits=limits)
        self._resources = resources
        self._clock = clock
        self.store = Store(db)
        try:
            self.state = WatchState(db)
            for source in config.sources:
                self.state.register(source.name, source.kind, source.location)
        except BaseException:
            self.store.close()
            raise
        self.fetcher = Fetcher(s, stop=self.stop)
        self.deliverer = Deliverer(config.deliver, user_agent=s.user_agent, console=console)
        self._checked = False  # alerts are checked once per run even when nothing new came

    def close(self) -> None:
        self.fetcher.close()
        self.state.close()
        self.store.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running -------------------------------------------------------------------------

    def run(self, *, once: bool = False) -> None:
        """Poll until stopped (``once``: one cycle over every source, due or not)."""
        if once:
            self.cycle(force=True)
            return
        while not self.stop.is_set():
            self.cycle()
            pause = self.seconds_to_next()
            if pause > 0:
                self.stop.wait(pause)

    def seconds_to_next(self) -> float:
        """Seconds until the earliest source is due (0 when one is due now)."""
        t = self._clock()
        dues = [self.state.next_due(s.name) for s in self.config.sources]
        waits = [(d - t).total_seconds() if d else 0.0 for d in dues]
        return max(0.0, min(waits, default=60.0))

    def cycle(self, *, force: bool = False) -> CycleReport:
        """Poll every due source (every source when ``force``), then check and deliver alerts."""
        report = CycleReport()
        for source in self.config.sources:
            if self.stop.is_set():
                report.stopped = True
                break
            due = self.state.next_due(source.name)
            if not force and due is not None and due > self._clock():
                continue
            self._poll(source, report)
        if self.stop.is_set():
            report.stopped = True
        else:
            if report.stored or not self._checked:
                report.alerts = evaluate(self.config.alerts, self.store, self.state)
                self._checked = True
            report.delivered = self.deliver_pending()
        return report

    # -- one source ----------------------------------------------------------------------

    def _poll(self, source: SourceConfig, report: CycleReport) -> None:
        started = self._clock()
        counts = Counts()
        error: str | None = None
        try:
            found = listing(source, self.fetcher, self.state.validators)
            counts.not_modified = found.not_modified
            new = [c for c in found.candidates if not self.state.known(c.key)]
            for candidate in new[: self.config.settings.max_new]:
                if self.stop.is_set():
                    raise Stopped()
                self._article(source, candidate, counts)
            if len(new) <= self.config.settings.max_new:
                for url, validators in found.validators.items():
                    self.state.save_validators(url, validators)
        except Stopped:
            report.stopped = True
            log.info("%s: stopped; the next run resumes from here", source.name)
        except DetenteError as exc:
            error = f"[{exc.code}] {exc.reason}"
            log.warning("%s failed: %s", source.name, error)
        except Exception as exc:  # a reader's bug must not end the watch
            error = f"[E119] {type(exc).__name__}: {exc}".splitlines()[0]
            log.error("%s failed: %s", source.name, error)
        if report.stopped and error is None and not counts.fetched:
            return  # nothing happened: leave the source due, as it was
        wait = source.every
        if error:  # sooner than its interval, later after each failure in a row
            s = self.config.settings
            streak = self.state.failures_in_row(source.name) + 1
            wait = min(source.every, s.max_backoff, s.backoff * 2**streak)
        elif report.stopped:
            wait = 0.0  # the rest of its candidates are due at once when the next run starts
        self.state.record_poll(
            source.name,
            at=started,
            counts=counts,
            error=error,
            next_due=self._clock() + dt.timedelta(seconds=wait),
        )
        if error:
            report.errors[source.name] = error
        else:
            report.polled[source.name] = counts
            log.info(
                "%s: %s, %d fetched, %d new, %d duplicates, %d failed",
                source.name,
                "not modified" if counts.not_modified else "listed",
                counts.fetched,
                counts.stored,
                counts.duplicates,
                counts.failed,
            )

    def _article(self, source: SourceConfig, candidate: Candidate, counts: Counts) -> None:
        known = self.state.stored_document(candidate.url, candidate.external_id)
        if known is not None:
            self.state.note_article(candidate.key, source.name, "duplicate", known)
            counts.duplicates += 1
            return
        items = candidate.load()
        counts.fetched += 1
        documents = [d for d in items if isinstance(d, Document)]
        failures = [f for f in items if isinstance(f, Failure)]
        results: list[Analysis | Failure] = list(failures)
        if documents:
            from ..pipeline import analyze_many

            results += analyze_many(documents, self.resources)
        outcome: Outcome = "failed"
        document_id = None
        for item in results:
            if isinstance(item, Failure):
                self.store.add_failure(item)
                log.warning("%s: %s: [%s] %s", source.name, item.source, item.code, item.reason)
                continue
            try:
                added = self.store.add(item)
            except DetenteError as exc:
                self.store.add_failure(Failure(item.article.source, exc.reason, exc.code, "store"))
                continue
            document_id = item.id
            if not added:
                outcome = "duplicate" if outcome == "failed" else outcome
            elif self.state.story_copies(item.id) > 1:
                outcome = "story" if outcome != "stored" else outcome
            else:
                outcome = "stored"
        if outcome == "stored":
            counts.stored += 1
        elif outcome == "failed":
            counts.failed += 1
        else:
            counts.duplicates += 1
        self.state.note_article(candidate.key, source.name, outcome, document_id)

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            from ..pipeline import Resources

            log.info("loading the language model")
            self._resources = Resources.load(self.options)
        return self._resources

    # -- alerts --------------------------------------------------------------------------

    def deliver_pending(self) -> int:
        """Deliver every alert some channel has not taken; return how many all channels took."""
        done = 0
        for alert in self.state.pending(max_attempts=MAX_ATTEMPTS):
            if self.stop.is_set():
                break
            results = self.deliverer.deliver(alert, payload(alert, self.store), alert.delivery)
            self.state.record_delivery(alert.id, results)
            done += all(v == "ok" for v in results.values())
        return done
