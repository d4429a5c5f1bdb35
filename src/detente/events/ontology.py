"""The event ontology: PLOVER 2.0 types, modes, contexts and sectors, CAMEO codes with their
Goldstein scores, and the mapping between the two.

Everything is read from ``data/ontology.yaml`` so that there is exactly one place where "what does
CAMEO 163 mean and how bad is it" is written down; the lexicon, the coder, the evaluation and the
documentation all ask this module. The file is small and read once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["CameoCode", "EventType", "Ontology", "ontology"]


@dataclass(frozen=True, slots=True)
class EventType:
    """A PLOVER event type with its quad class and the modes it allows."""

    name: str
    quad: int
    recipient_required: bool
    about: str
    modes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO code resolved against its parents: every field is filled."""

    code: str
    name: str
    goldstein: float
    plover: str | None  # None for CAMEO 01 public statements, which PLOVER does not code
    mode: str | None
    context: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Read-only view of ``ontology.yaml`` with the look-ups the coder needs."""

    def __init__(self, data: dict[str, Any]):
        self.types: dict[str, EventType] = {
            name: EventType(
                name=name,
                quad=int(spec["quad"]),
                recipient_required=spec.get("recipient") == "required",
                about=spec.get("about", ""),
                modes=tuple(spec.get("modes") or ()),
            )
            for name, spec in data["plover"].items()
        }
        self.mode_aliases: dict[str, str] = dict(data.get("mode_aliases") or {})
        self.type_aliases: dict[str, str] = dict(data.get("type_aliases") or {})
        self.contexts: dict[str, str] = dict(data.get("contexts") or {})
        self.context_words: dict[str, str] = dict(data.get("context_words") or {})
        self.sectors: dict[str, str] = dict(data.get("sectors") or {})
        self.sector_words: dict[str, str] = dict(data.get("sector_words") or {})
        self.assault_means: dict[str, str] = dict(data.get("assault_means") or {})
        self.refine_table: dict[str, dict[str, str]] = {
            str(k): {c: str(v) for c, v in m.items()} for k, m in (data.get("refine") or {}).items()
        }
        self.stance: dict[str, dict[str, str]] = {
            kind: {t: str(c) for t, c in table.items()}
            for kind, table in (data.get("stance") or {}).items()
        }
        self.stance_by_code: dict[str, dict[str, str]] = {
            kind: {str(a): str(b) for a, b in table.items()}
            for kind, table in (data.get("stance_by_code") or {}).items()
        }
        coder = data.get("coder") or {}
        # classes of types (or "TYPE/mode", or single CAMEO codes) the coder's rules decide by:
        # "violent", "scene", ...
        self.classes: dict[str, frozenset[str]] = {
            name: frozenset(str(x) for x in members)
            for name, members in (coder.get("classes") or {}).items()
        }
        self.alleged: dict[str, str] = {t: str(c) for t, c in (coder.get("alleged") or {}).items()}
        # "TYPE/mode" (or type) → the code of such an act when a state does it: a protest by a
        # government is an official complaint, not a street demonstration
        self.by_state: dict[str, str] = {
            str(k): str(c) for k, c in (coder.get("by_state") or {}).items()
        }
        self.fallback: dict[str, str] = {
            k: str(c) for k, c in (coder.get("fallback") or {}).items()
        }
        self.reporters = frozenset(str(x) for x in coder.get("reporters") or ())
        self.home_forces = frozenset(str(x) for x in coder.get("home_forces") or ())
        self.home_people = frozenset(str(x) for x in coder.get("home_people") or ())
        self.demand_root = str(coder.get("demand_root", ""))
        self.appeal_root = str(coder.get("appeal_root", ""))
        raw = {str(k): v for k, v in data["cameo"].items()}
        self.cameo: dict[str, CameoCode] = {}
        for code in sorted(raw, key=len):  # parents first
            self.cameo[code] = self._resolve(code, raw)
        self._check()

    def _resolve(self, code: str, raw: dict[str, Any]) -> CameoCode:
        spec = raw[code]
        parent = self.cameo.get(self._parent(code)) if len(code) > 2 else None
        plover = spec.get("plover", parent.plover if parent else None)
        # A mode or context belongs to the code that names it and its children, unless the child
        # maps to another PLOVER type (a mode of CONCEDE means nothing for RETREAT).
        inherit = parent is not None and parent.plover == plover
        mode = spec.get("mode", parent.mode if inherit and parent else None)
        context = spec.get("context", parent.context if inherit and parent else ())
        return CameoCode(
            code=code,
            name=str(spec["name"]),
            goldstein=float(spec.get("goldstein", parent.goldstein if parent else 0.0)),
            plover=plover,
            mode=mode,
            context=tuple(context or ()),
        )

    @staticmethod
    def _parent(code: str) -> str:
        return code[:3] if len(code) == 4 else code[:2]

    def _check(self) -> None:
        """Fail at load time, not mid-corpus, if the data file contradicts itself."""
        for c in self.cameo.values():
            if c.plover is not None and c.plover not in self.types:
                raise ValueError(f"CAMEO {c.code} maps to unknown PLOVER type {c.plover}")
            if c.mode is not None and c.plover and c.mode not in self.types[c.plover].modes:
                raise ValueError(f"CAMEO {c.code}: mode {c.mode!r} is not a mode of {c.plover}")
            for ctx in c.context:
                if ctx not in self.contexts:
                    raise ValueError(f"CAMEO {c.code}: unknown context {ctx!r}")
        for root in (f"{i:02d}" for i in range(1, 21)):
            if root not in self.cameo:
                raise ValueError(f"CAMEO root {root} is missing")
        # the refine table maps to a context table, the stance tables straight to codes
        tables: list[Mapping[str, Mapping[str, str] | str]] = [
            self.refine_table,
            *self.stance.values(),
            *self.stance_by_code.values(),
        ]
        for table in tables:
            for value in table.values():
                codes = value.values() if isinstance(value, dict) else [value]
                for code in codes:
                    if code not in self.cameo:
                        raise ValueError(f"unknown CAMEO code {code} in refine/stance tables")

        def known(member: str) -> bool:  # "TYPE" or "TYPE/mode"
            kind, _, mode = member.partition("/")
            return kind in self.types and (not mode or mode in self.types[kind].modes)

        for name, members in self.classes.items():
            for member in members:
                if member not in self.cameo and not known(member):
                    raise ValueError(f"coder class {name}: unknown type or mode {member}")
        for member in self.by_state:
            if not known(member):
                raise ValueError(f"coder by_state: unknown type or mode {member}")
        for code in (*self.alleged.values(), *self.fallback.values(), *self.by_state.values()):
            if code not in self.cameo:
                raise ValueError(f"unknown CAMEO code {code} in the coder's codes")
        for word, mode in self.assault_means.items():
            if mode not in self.types["ASSAULT"].modes:
                raise ValueError(f"assault means {word!r} names unknown mode {mode}")
        for key, sectors in (
            ("reporters", self.reporters),
            ("home_forces", self.home_forces),
            ("home_people", self.home_people),
        ):
            for sector in sectors - set(self.sectors):
                raise ValueError(f"coder {key}: unknown sector {sector}")
        for word, sector in self.sector_words.items():
            if sector not in self.sectors:
                raise ValueError(f"sector word {word!r} names unknown sector {sector}")

    # -- look-ups --------------------------------------------------------------------------------

    def code(self, code: str) -> CameoCode:
        """The CAMEO code, or its nearest listed parent when the exact code is not listed."""
        while code:
            found = self.cameo.get(code)
            if found is not None:
                return found
            code = code[:-1] if len(code) > 2 else ""
        raise KeyError(code)

    def in_class(
        self, name: str, event_type: str, mode: str | None = None, cameo: str | None = None
    ) -> bool:
        """Is an event of ``event_type`` (and ``mode``, and CAMEO code) in the coder class
        ``name`` of ``ontology.yaml``, by its type, its type and mode, or its code? A class
        names a code where only some acts of a type belong ("057", signing an agreement, is a
        dialogue act; praise, also SUPPORT, is none)."""
        members = self.classes.get(name, frozenset())
        return (
            event_type in members
            or (mode is not None and f"{event_type}/{mode}" in members)
            or (cameo is not None and cameo in members)
        )

    def state_code(self, event_type: str, mode: str | None) -> str | None:
        """The code of an act of ``event_type`` and ``mode`` when a state does it
        (``coder.by_state``), or None when it is coded alike whoever does it."""
        return self.by_state.get(f"{event_type}/{mode}") or self.by_state.get(event_type)

    def is_appeal(self, event_type: str, cameo: str) -> bool:
        """An appeal (CAMEO 02x) rather than a demand, though both are PLOVER REQUEST."""
        root = self.appeal_root
        return bool(root) and cameo.startswith(root) and event_type == self.code(root).plover

    def appeal(self, code: str) -> str:
        """The appeal (CAMEO 02x) matching a demand code (10x): "urged" is softer than
        "demanded". Other codes come back unchanged."""
        if code.startswith(self.demand_root) and len(code) >= 3:
            return self.appeal_root + code[len(self.demand_root) :]
        return code

    def quad(self, event_type: str) -> int:
        return self.types[event_type].quad

    def goldstein(self, code: str) -> float:
        return self.code(code).goldstein

    def refine(self, code: str, contexts: tuple[str, ...] | list[str]) -> str:
        """A more specific CAMEO code for the contexts the words carry, if the table has one."""
        table = self.refine_table.get(code)
        if table:
            for ctx in contexts:
                if ctx in table:
                    return table[ctx]
        return code

    def stance_code(
        self, kind: str, governed_type: str | None, governed_code: str | None = None
    ) -> str | None:
        """The CAMEO code of a stance (intent, threat, refusal, request) towards an action of
        ``governed_type``: by the action's own CAMEO code where the ``stance_by_code`` table has
        it (a threatened curfew is 1323, a promised release 0353), else by its type; None when
        neither table has a row."""
        if governed_code:
            by_code = self.stance_by_code.get(kind) or {}
            for n in range(len(governed_code), 1, -1):
                hit = by_code.get(governed_code[:n])
                if hit is not None:
                    return hit
        table = self.stance.get(kind) or {}
        if governed_type is None:
            return None
        return table.get(governed_type)

    def normalise_type(self, name: str) -> str:
        name = name.strip().upper()
        return self.type_aliases.get(name, name)

    def normalise_mode(self, mode: str | None) -> str | None:
        if not mode:
            return None
        mode = mode.strip().lower()
        return self.mode_aliases.get(mode, mode)


@functools.cache
def ontology() -> Ontology:
    """The packaged ontology, loaded once per process."""
    text = resources.files("detente.events").joinpath("data/ontology.yaml").read_text("utf-8")
    return Ontology(yaml.safe_load(text))
