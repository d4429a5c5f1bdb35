"""The watch configuration: a small YAML file of sources, alert rules and delivery channels.

Why a checked file rather than loose dicts: ``detente watch`` runs unattended for days, so a typo
(``evry: 15m``, a dyad written ``PRK-RUS``) must stop it at start with one line naming the file,
the entry and the key, not surface hours later as a silent no-op. Every problem raises
``ConfigError`` E505. The format is documented in docs/watch.md; a commented example ships as
``detente/data/watch/sample.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from .. import __version__
from ..errors import ConfigError

__all__ = [
    "SOURCE_KINDS",
    "AlertRule",
    "DeliverConfig",
    "Settings",
    "SourceConfig",
    "WatchConfig",
    "duration",
    "load_config",
    "parse_config",
]

SourceKind = Literal["feed", "sitemap", "urls", "folder"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "sitemap", "urls", "folder")
RuleKind = Literal["index", "shift", "event", "burst"]
RULE_KINDS: tuple[RuleKind, ...] = ("index", "shift", "event", "burst")
USER_AGENT = f"detente/{__version__} (+https://github.com/detente-project/detente; watch)"

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


@dataclass(frozen=True, slots=True)
class Settings:
    """How politely and within which bounds every request is made."""

    user_agent: str = USER_AGENT
    host_delay: float = 2.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds per request
    max_bytes: int = 5 * 1024 * 1024  # per response
    retries: int = 3  # after the first attempt, for timeouts, 429 and 5xx
    backoff: float = 2.0  # first retry waits this long, then twice as long each time
    max_backoff: float = 300.0  # the longest wait between retries, and before a failed source
    max_new: int = 100  # articles fetched per source and poll at most


@dataclass(frozen=True, slots=True)
class SourceConfig:
    name: str
    kind: SourceKind
    location: str  # URL, or a folder's absolute path; "inline" for a URL list in the file
    every: float  # seconds between polls
    pages: bool = True  # feeds: fetch each entry's linked page (else use the entry's text)
    urls: tuple[str, ...] = ()  # an inline URL list


@dataclass(frozen=True, slots=True)
class AlertRule:
    """One rule; which fields matter depends on ``kind`` (see docs/watch.md)."""

    name: str
    kind: RuleKind
    dyad: str | None = None  # "PRK:RUS"
    above: float | None = None  # index: fires when the index rises to or above this
    below: float | None = None  # index: fires when it falls to or below this
    change: float | None = None  # index: fires when it moves by at least this over ``over``
    over: int = 1  # index: periods back that ``change`` compares with
    by: str = "month"  # period of the series (index, shift)
    metrics: tuple[str, ...] = ("tone", "volume")  # shift
    types: tuple[str, ...] = ()  # event: PLOVER event types (empty: any)
    source: str | None = None  # event: the acting actor
    target: str | None = None  # event: the actor acted upon
    country: str | None = None  # burst
    count: int = 5  # burst: events in one window
    days: int = 7  # burst: window length
    since: dt.date | None = None  # ignore changes dated before this


@dataclass(frozen=True, slots=True)
class DeliverConfig:
    console: bool = True
    jsonl: Path | None = None
    webhook: str | None = None
    webhook_timeout: float = 10.0


@dataclass(frozen=True, slots=True)
class WatchConfig:
    path: Path | None
    sources: tuple[SourceConfig, ...]
    alerts: tuple[AlertRule, ...] = ()
    deliver: DeliverConfig = field(default_factory=DeliverConfig)
    settings: Settings = field(default_factory=Settings)


def _fail(where: str, message: str) -> ConfigError:
    return ConfigError(f"{where}: {message}", code="E505", source=where.split(":")[0])


def duration(value: Any, where: str) -> float:
    """Seconds from ``90``, ``"30s"``, ``"15m"``, ``"2h"`` or ``"1d"``."""
    if isinstance(value, bool):
        raise _fail(where, f"expected a duration like 30s, 15m, 2h or 1d, not {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        m = _DURATION.fullmatch(str(value).strip())
        if not m:
            raise _fail(where, f"expected a duration like 30s, 15m, 2h or 1d, not {value!r}")
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < 0:
        raise _fail(where, f"a duration cannot be negative ({value!r})")
    return seconds


def _keys(entry: Any, allowed: set[str], where: str) -> Mapping[str, Any]:
    if not isinstance(entry, Mapping):
        raise _fail(where, f"expected a mapping of keys, not {type(entry).__name__}")
    unknown = sorted(set(map(str, entry)) - allowed)
    if unknown:
        raise _fail(
            where, f"unknown key {unknown[0]!r} (expected one of: {', '.join(sorted(allowed))})"
        )
    return entry


def _number(value: Any, where: str, *, lo: float | None = None, hi: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(where, f"expected a number, not {value!r}")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        span = f"between {lo:g} and {hi:g}" if lo is not None and hi is not None else f">= {lo:g}"
        raise _fail(where, f"must be {span}, not {value!r}")
    return float(value)


def _integer(value: Any, where: str, lo: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo:
        raise _fail(where, f"expected a whole number >= {lo}, not {value!r}")
    return value


def _url(value: Any, where: str) -> str:
    text = str(value).strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise _fail(where, f"expected an http(s) URL, not {value!r}")
    return text


def _strings(value: Any, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
        raise _fail(where, "expected a word or a list of words")
    return tuple(x.strip() for x in items)


def _name(value: Any, where: str, seen: set[str]) -> str:
    if not isinstance(value, str) or not _NAME.fullmatch(value):
        raise _fail(where, f"name must be 1-64 letters, digits, '.', '_' or '-', not {value!r}")
    if value in seen:
        raise _fail(where, f"name {value!r} is used twice")
    seen.add(value)
    return value


def _source(entry: Any, where: str, base: Path, seen: set[str]) -> SourceConfig:
    data = _keys(entry, {"name", "every", "pages", *SOURCE_KINDS}, where)
    kinds = [k for k in SOURCE_KINDS if k in data]
    if len(kinds) != 1:
        raise _fail(where, f"give exactly one of {', '.join(SOURCE_KINDS)}")
    kind = kinds[0]
    name = _name(data.get("name"), f"{where}.name", seen)
    where = f"{where} ({name})"
    every = duration(data.get("every", "15m"), f"{where}.every")
    if every < 1:
        raise _fail(f"{where}.every", "poll at most once a second")
    pages = data.get("pages", True)
    if not isinstance(pages, bool):
        raise _fail(f"{where}.pages", f"expected true or false, not {pages!r}")
    value = data[kind]
    if kind == "folder":
        if not isinstance(value, str) or not value.strip():
            raise _fail(f"{where}.folder", "expected a folder path")
        folder = (base / Path(value).expanduser()).resolve()
        return SourceConfig(name, kind, str(folder), every, pages)
    if kind == "urls" and isinstance(value, list):
        urls = tuple(_url(u, f"{where}.urls[{i}]") for i, u in enumerate(value))
        if not urls:
            raise _fail(f"{where}.urls", "the list is empty")
        return SourceConfig(name, kind, "inline", every, pages, urls)
    return SourceConfig(name, kind, _url(value, f"{where}.{kind}"), every, pages)


_RULE_KEYS: dict[str, set[str]] = {
    "index": {"dyad", "above", "below", "change", "over", "by"},
    "shift": {"dyad", "by", "metrics"},
    "event": {"types", "source", "target", "dyad"},
    "burst": {"country", "count", "days"},
}


def _rule(entry: Any, where: str, seen: set[str]) -> AlertRule:
    from ..events.ontology import ontology
    from ..relations import METRICS, PERIODS
    from ..store.filters import parse_actor, parse_dyad

    if not isinstance(entry, Mapping) or entry.get("kind") not in RULE_KINDS:
        got = entry.get("kind") if isinstance(entry, Mapping) else entry
        raise _fail(f"{where}.kind", f"expected one of {', '.join(RULE_KINDS)}, not {got!r}")
    kind: RuleKind = entry["kind"]
    data = _keys(entry, {"name", "kind", "since", *_RULE_KEYS[kind]}, where)
    name = _name(data.get("name"), f"{where}.name", seen)
    where = f"{where} ({name})"
    words: dict[str, Any] = {}
    try:
        if "dyad" in data:
            parse_dyad(str(data["dyad"]))
            words["dyad"] = str(data["dyad"]).strip()
        for key in ("source", "target", "country"):
            if key in data:
                words[key] = parse_actor(str(data[key])).label
    except ValueError as exc:
        raise _fail(where, str(exc)) from None
    if "since" in data:
        since = data["since"]
        try:
            words["since"] = (
                since if isinstance(since, dt.date) else dt.date.fromisoformat(str(since))
            )
        except ValueError:
            raise _fail(f"{where}.since", f"expected a date YYYY-MM-DD, not {since!r}") from None
    for key in ("above", "below"):
        if key in data:
            words[key] = _number(data[key], f"{where}.{key}", lo=-1, hi=1)
    if "change" in data:
        words["change"] = _number(data["change"], f"{where}.change", lo=0, hi=2)
    if "over" in data:
        words["over"] = _integer(data["over"], f"{where}.over", 1)
    if "by" in data:
        if data["by"] not in PERIODS:
            raise _fail(f"{where}.by", f"expected one of {', '.join(PERIODS)}, not {data['by']!r}")
        words["by"] = data["by"]
    if "metrics" in data:
        metrics = _strings(data["metrics"], f"{where}.metrics")
        if bad := [m for m in metrics if m not in METRICS]:
            raise _fail(f"{where}.metrics", f"expected tone or volume, not {bad[0]!r}")
        words["metrics"] = metrics
    if "types" in data:
        types = tuple(t.upper() for t in _strings(data["types"], f"{where}.types"))
        known = ontology().types
        if bad := [t for t in types if t not in known]:
            raise _fail(f"{where}.types", f"{bad[0]!r} is not a PLOVER event type")
        words["types"] = types
    if "count" in data:
        words["count"] = _integer(data["count"], f"{where}.count", 1)
    if "days" in data:
        words["days"] = _integer(data["days"], f"{where}.days", 1)
    if kind == "index":
        if "dyad" not in words:
            raise _fail(where, "an index rule needs a dyad (PRK:RUS)")
        if not {"above", "below", "change"} & set(words):
            raise _fail(where, "an index rule needs above, below or change")
    if kind == "burst" and "country" not in words:
        raise _fail(where, "a burst rule needs a country (UKR)")
    if kind == "event" and "dyad" in words and ({"source", "target"} & set(words)):
        raise _fail(where, "give a dyad or source/target, not both")
    return AlertRule(name=name, kind=kind, **words)


def _deliver(entry: Any, where: str, base: Path) -> DeliverConfig:
    data = _keys(entry or {}, {"console", "jsonl", "webhook", "webhook_timeout"}, where)
    console = data.get("console", True)
    if not isinstance(console, bool):
        raise _fail(f"{where}.console", f"expected true or false, not {console!r}")
    jsonl = None
    if data.get("jsonl") is not None:
        if not isinstance(data["jsonl"], str) or not data["jsonl"].strip():
            raise _fail(f"{where}.jsonl", "expected a file path")
        jsonl = (base / Path(data["jsonl"]).expanduser()).resolve()
    webhook = _url(data["webhook"], f"{where}.webhook") if data.get("webhook") else None
    timeout = duration(data.get("webhook_timeout", 10), f"{where}.webhook_timeout")
    return DeliverConfig(console, jsonl, webhook, timeout)


def _settings(entry: Any, where: str) -> Settings:
    names = {f for f in Settings.__dataclass_fields__}
    data = _keys(entry or {}, names, where)
    words: dict[str, Any] = {}
    for key in ("host_delay", "timeout", "backoff", "max_backoff"):
        if key in data:
            words[key] = duration(data[key], f"{where}.{key}")
    for key in ("retries", "max_new"):
        if key in data:
            words[key] = _integer(data[key], f"{where}.{key}", 0 if key == "retries" else 1)
    if "max_bytes" in data:
        words["max_bytes"] = _integer(data["max_bytes"], f"{where}.max_bytes", 1024)
    if "user_agent" in data:
        agent = data["user_agent"]
        if not isinstance(agent, str) or "detente" not in agent.lower():
            raise _fail(f"{where}.user_agent", "the user agent must name detente")
        words["user_agent"] = agent.strip()
    if words.get("timeout", 1.0) <= 0:
        raise _fail(f"{where}.timeout", "must be more than 0")
    return Settings(**words)


def parse_config(data: Any, *, name: str = "<config>", base: Path | None = None) -> WatchConfig:
    """A ``WatchConfig`` from parsed YAML; relative paths are taken from ``base``."""
    base = base or Path.cwd()
    top = _keys(data, {"sources", "alerts", "deliver", "settings"}, name)
    sources = top.get("sources")
    if not isinstance(sources, list) or not sources:
        raise _fail(f"{name}: sources", "list at least one source")
    seen: set[str] = set()
    parsed = tuple(_source(s, f"{name}: sources[{i}]", base, seen) for i, s in enumerate(sources))
    rules = top.get("alerts") or []
    if not isinstance(rules, list):
        raise _fail(f"{name}: alerts", "expected a list of rules")
    names: set[str] = set()
    alerts = tuple(_rule(r, f"{name}: alerts[{i}]", names) for i, r in enumerate(rules))
    return WatchConfig(
        path=None,
        sources=parsed,
        alerts=alerts,
        deliver=_deliver(top.get("deliver"), f"{name}: deliver", base),
        settings=_settings(top.get("settings"), f"{name}: settings"),
    )


def load_config(path: str | Path) -> WatchConfig:
    """Read and check a watch config file; raises ``ConfigError`` E505 naming what is wrong."""
    import dataclasses

    import yaml

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"{p}: cannot read the watch config ({exc.strerror or exc})", code="E505", source=str(p)
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        why = str(exc).replace("\n", " ")
        raise ConfigError(f"{p}: not valid YAML ({why})", code="E505", source=str(p)) from None
    config = parse_config(data, name=str(p), base=p.resolve().parent)
    return dataclasses.replace(config, path=p)
