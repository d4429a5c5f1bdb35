"""The read-only knowledge of the quotation stage: cue verbs and phrases, role nouns, pronouns.

It lives in ``data/cues.yaml`` and ``data/speakers.yaml`` so that a user can read (and a
maintainer extend) what counts as a cue without reading code; it is loaded once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["CueLexicon", "load"]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue and speaker vocabulary, as immutable sets and mappings."""

    speech: frozenset[str]
    thought: frozenset[str]
    evidence: frozenset[str]
    intent: frozenset[str]
    direct_only: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    particles: Mapping[str, frozenset[str]]
    roles: Mapping[str, str | None]
    organisations: Mapping[str, str | None]
    pronouns: Mapping[str, frozenset[str]]

    @property
    def direct(self) -> frozenset[str]:
        """Lemmas that may attribute a quotation."""
        return self.speech | self.direct_only

    @property
    def clause(self) -> frozenset[str]:
        """Lemmas that may attribute a reported clause."""
        return self.speech | self.thought | self.evidence


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"quotation data file {name} is unreadable: {exc}", code="E504") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"quotation data file {name} is not a mapping", code="E504")
    return data


@functools.cache
def load() -> CueLexicon:
    """The packaged lexicon (cached: it is immutable and shared by every article)."""
    cues = _read("cues.yaml")
    speakers = _read("speakers.yaml")
    particles = {
        str(verb).lower(): frozenset(str(p).lower() for p in parts)
        for verb, parts in (cues.get("particles") or {}).items()
    }
    return CueLexicon(
        speech=_words(cues, "speech"),
        thought=_words(cues, "thought"),
        evidence=_words(cues, "evidence"),
        intent=_words(cues, "intent"),
        direct_only=_words(cues, "direct_only"),
        phrases=tuple(tuple(str(w).lower() for w in p) for p in cues.get("phrases") or ()),
        particles=MappingProxyType(particles),
        roles=MappingProxyType(
            {str(k).lower(): v for k, v in (speakers.get("roles") or {}).items()}
        ),
        organisations=MappingProxyType(
            {str(k).lower(): v for k, v in (speakers.get("organisations") or {}).items()}
        ),
        pronouns=MappingProxyType(
            {str(k).lower(): frozenset(v) for k, v in (speakers.get("pronouns") or {}).items()}
        ),
    )
