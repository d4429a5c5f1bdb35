"""Expanding the construction templates of ``suite.yaml`` into sentences with expected events.

The expansion is deterministic (no randomness: the same data gives the same sentences in the same
order), so a pass rate can be compared across runs and pinned as a floor. Each construction cycles
through its (template, verb) frames and, round by round, through the kinds of actor each slot may
take and the actors of the pool, until its cap is reached.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ...errors import ConfigError

__all__ = [
    "STATUSES",
    "Case",
    "Expected",
    "Suite",
    "generate",
    "load_suite",
]

STATUSES = frozenset({"asserted", "negated", "hypothetical", "future", "unasserted"})

# kinds derived from a country's name and demonym; the rest come from its `kinds` table
_DERIVED: dict[str, str] = {
    "country": "{name}",
    "gov": "the {dem} government",
    "ministry": "the {dem} foreign ministry",
    "forces": "{dem} forces",
    "troops": "{dem} troops",
    "protesters": "{dem} protesters",
}
_PLURAL_KINDS = frozenset({"forces", "troops", "protesters"})
_PERSON_KINDS = frozenset({"leader", "fm"})
_NUMBERS = ("two", "three", "four", "five", "12", "dozens of")
_REF = re.compile(r"\{([A-Z])(?:\.(\w+))?(?::([^}/]*)/([^}]*))?\}")
_VERB_REF = re.compile(r"\{V\.(\w+)\}")


@dataclass(frozen=True, slots=True)
class Expected:
    """One event a sentence should (or may) produce, with codes in place of slots.

    ``source``/``target`` of ``None`` are not checked; ``mutual`` matches the parties without
    roles; ``status`` lists the acceptable statuses (any one passes)."""

    type: str
    source: tuple[str, ...] | None
    target: tuple[str, ...] | None
    mutual: bool = False
    status: tuple[str, ...] = ("asserted",)
    historical: bool | None = None
    cameo: str | None = None
    optional: bool = False

    def describe(self) -> str:
        """A short human-readable form for reports: ``ACCUSE RUS->UKR [negated]``."""
        src = "*" if self.source is None else "+".join(self.source) or "-"
        tgt = "*" if self.target is None else "+".join(self.target) or "-"
        who = f"{{{src}}}" if self.mutual else f"{src}->{tgt}"
        flags = "/".join(self.status)
        extra = "" if self.historical is None else f", historical={self.historical}"
        return f"{self.type} {who} [{flags}{extra}]" + (" (optional)" if self.optional else "")


@dataclass(frozen=True, slots=True)
class Case:
    """One generated sentence and what it should be coded as."""

    id: str
    construction: str
    template: int
    verb: str | None
    text: str
    date: str
    pattern: str
    expect: tuple[Expected, ...]
    also: tuple[Expected, ...] = ()


@dataclass(slots=True)
class Suite:
    """The parsed data file: actor pools, verbs and constructions (dicts as written)."""

    date: str
    cap: int
    countries: dict[str, dict[str, Any]]
    orgs: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    verbs: dict[str, dict[str, Any]]
    constructions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [c["id"] for c in self.constructions]


def _default_path() -> Path:
    return Path(str(resources.files(__package__).joinpath("suite.yaml")))


@cache
def _load_cached(path: str) -> Suite:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"construction suite {path} cannot be read: {exc}", code="E501") from None
    try:
        suite = Suite(
            date=str(data["date"]),
            cap=int(data["cap"]),
            countries=dict(data["countries"]),
            orgs=list(data.get("orgs") or []),
            groups=list(data.get("groups") or []),
            verbs=dict(data.get("verbs") or {}),
            constructions=list(data["constructions"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"construction suite {path}: {exc}", code="E501") from None
    seen: set[str] = set()
    for c in suite.constructions:
        if c["id"] in seen:
            raise ConfigError(f"construction suite {path}: duplicate id {c['id']}", code="E501")
        seen.add(c["id"])
    return suite


def load_suite(path: str | Path | None = None) -> Suite:
    """Read the suite data (the packaged ``suite.yaml`` by default); E501 when malformed."""
    return _load_cached(str(path or _default_path()))


# ---------------------------------------------------------------------------------------------
# actors


@dataclass(frozen=True, slots=True)
class _Filler:
    """One actor as it fills a slot: its code, the words used, and its other forms."""

    code: str
    text: str
    plural: bool
    forms: Mapping[str, str]


def _country_filler(code: str, c: Mapping[str, Any], kind: str) -> _Filler | None:
    kinds = c.get("kinds") or {}
    if kind in _DERIVED:
        text = _DERIVED[kind].format(name=c["name"], dem=c["dem"])
    elif kind in kinds:
        text = str(kinds[kind])
    else:
        return None
    plural = kind in _PLURAL_KINDS
    if plural:
        pron = "they"
    elif kind in _PERSON_KINDS:
        pron = "she" if kind in (c.get("she") or ()) else "he"
    else:
        pron = "it"
    forms = {k: str(v) for k, v in kinds.items()}
    forms.update(
        name=str(c["name"]),
        dem=str(c["dem"]),
        pron=pron,
        poss=str(c.get("poss") or _possessive(c["name"]))
        if kind == "country"
        else _possessive(text),
    )
    return _Filler(code, text, plural, forms)


def _body_filler(entry: Mapping[str, Any]) -> _Filler:
    text = str(entry["text"])
    plural = bool(entry.get("plural"))
    forms = {"name": text, "pron": "they" if plural else "it", "poss": _possessive(text)}
    return _Filler(str(entry["code"]), text, plural, forms)


def _possessive(text: str) -> str:
    return text + ("'" if text.endswith("s") else "'s")


def _candidates(suite: Suite, spec: Any, kind_index: int, needs: set[str]) -> list[_Filler]:
    """The fillers of a slot in this round: its kind of the round, with every form it needs."""
    if isinstance(spec, Mapping):
        pool = suite.orgs if spec.get("pool") == "orgs" else suite.groups
        return [_body_filler(e) for e in pool]
    kinds = list(spec)
    kind = kinds[kind_index % len(kinds)]
    out = []
    for code, c in suite.countries.items():
        filler = _country_filler(code, c, kind)
        if filler is not None and needs <= set(filler.forms):
            out.append(filler)
    return out


# ---------------------------------------------------------------------------------------------
# templates


def _verb_text(template: str, verb: Mapping[str, Any] | None) -> str:
    """Insert the verb's forms; a passive's agentless form drops its by-phrase."""

    def form(m: re.Match[str]) -> str:
        name = m.group(1)
        if verb is None:
            raise ConfigError(
                f"template {template!r} names a verb form but has no verbs", code="E501"
            )
        if name == "passive_noagent":
            return str(verb["passive"]).replace(" by {A}", "")
        return str(verb[name])

    return _VERB_REF.sub(form, template)


def _verb_forms(template: str) -> set[str]:
    return {("passive" if f == "passive_noagent" else f) for f in _VERB_REF.findall(template)}


def _slot_needs(text: str) -> dict[str, set[str]]:
    needs: dict[str, set[str]] = {}
    for m in _REF.finditer(text):
        slot, attr = m.group(1), m.group(2)
        if slot == "V" or slot == "N":
            continue
        needs.setdefault(slot, set())
        if attr:
            needs[slot].add(attr)
    return needs


def _render(text: str, fillers: Mapping[str, _Filler], number: str) -> str:
    def sub(m: re.Match[str]) -> str:
        slot, attr, sing, plur = m.groups()
        if slot == "N":
            return number
        f = fillers[slot]
        if sing is not None:
            return plur if f.plural else sing
        return f.forms[attr] if attr else f.text

    out = _REF.sub(sub, text.replace("{N}", "{N.n}"))
    return out[:1].upper() + out[1:]


def _codes(value: Any, fillers: Mapping[str, _Filler], named: set[str]) -> tuple[str, ...] | None:
    if value == "*":
        return None
    out: list[str] = []
    for item in value or ():
        item = str(item)
        if item in fillers:
            if item in named and fillers[item].code not in out:
                out.append(fillers[item].code)
        elif item not in out:
            out.append(item)
    return tuple(out)


def _expected(
    spec: Mapping[str, Any],
    verb: Mapping[str, Any] | None,
    fillers: Mapping[str, _Filler],
    named: set[str],
) -> Expected:
    etype = str(spec["type"])
    mutual = spec.get("mutual", False)
    if etype == "V" or mutual == "V":
        if verb is None:
            raise ConfigError(
                f"expected event {dict(spec)} names the verb but has none", code="E501"
            )
        etype = str(verb["type"]) if etype == "V" else etype
        mutual = bool(verb.get("mutual")) if mutual == "V" else mutual
    status = spec.get("status", "asserted")
    statuses = (status,) if isinstance(status, str) else tuple(status)
    bad = set(statuses) - STATUSES
    if bad:
        raise ConfigError(f"unknown status {sorted(bad)} in {dict(spec)}", code="E501")
    source = _codes(spec.get("source", []), fillers, named)
    target = _codes(spec.get("target", []), fillers, named)
    if mutual:
        # the parties, without roles: the target's slots join the sources
        source = tuple(dict.fromkeys((source or ()) + (target or ())))
        target = ()
    cameo = spec.get(
        "cameo", verb.get("cameo") if verb is not None and spec["type"] == "V" else None
    )
    hist = spec.get("historical")
    return Expected(
        type=etype,
        source=source,
        target=target,
        mutual=bool(mutual),
        status=statuses,
        historical=None if hist is None else bool(hist),
        cameo=str(cameo) if cameo is not None else None,
        optional=bool(spec.get("optional", False)),
    )


def _frames(
    suite: Suite, construction: Mapping[str, Any]
) -> list[tuple[int, str | None, Mapping[str, Any]]]:
    """(template index, verb name, template) for every template and every verb it takes."""
    skip = set(construction.get("skip_verbs") or ())
    frames: list[tuple[int, int, str | None, Mapping[str, Any]]] = []
    for t_index, template in enumerate(construction["templates"]):
        chosen = template.get("verbs", construction.get("verbs"))
        if chosen is None:
            frames.append((-1, t_index, None, template))
            continue
        names = list(suite.verbs) if chosen == "all" else list(chosen)
        needed = _verb_forms(str(template["text"]))
        for v_index, name in enumerate(names):
            if name not in suite.verbs:
                raise ConfigError(f"construction {construction['id']}: no verb {name}", code="E501")
            if name in skip or not needed <= set(suite.verbs[name]):
                continue
            frames.append((v_index, t_index, name, template))
    # verb-major order, so that a cap that cuts a round short still covers every template
    frames.sort(key=lambda f: (f[0], f[1]))
    return [(t, name, template) for _, t, name, template in frames]


def _slot_kinds(construction: Mapping[str, Any], verb: Mapping[str, Any] | None) -> dict[str, Any]:
    slots = dict(construction["slots"])
    agent = verb.get("agent") if verb is not None else None
    if agent and "A" in slots and not isinstance(slots["A"], Mapping):
        both = [k for k in slots["A"] if k in agent]
        slots["A"] = both or list(agent)
    return slots


def _coprime_step(n: int, start: int) -> int:
    """The smallest step from ``start`` up that visits all ``n`` fillers before repeating."""
    step = start
    while math.gcd(step, n) != 1:
        step += 1
    return step


def expand(suite: Suite, construction: Mapping[str, Any]) -> list[Case]:
    """The sentences of one construction, at most its cap, each distinct."""
    cid = str(construction["id"])
    cap = int(construction.get("cap", suite.cap))
    date = str(construction.get("date", suite.date))
    frames = _frames(suite, construction)
    if not frames:
        return []
    cases: list[Case] = []
    seen: set[str] = set()
    attempts = 0
    i = 0
    while len(cases) < cap and attempts < cap * 20:
        attempts += 1
        f_index = i % len(frames)
        round_ = i // len(frames)
        i += 1
        t_index, verb_name, template = frames[f_index]
        verb = suite.verbs[verb_name] if verb_name else None
        text = _verb_text(str(template["text"]), verb)
        needs = _slot_needs(text)
        slots = _slot_kinds(construction, verb)
        fillers: dict[str, _Filler] = {}
        used: set[str] = set()
        ok = True
        for s_index, (slot, spec) in enumerate(slots.items()):
            cands = _candidates(suite, spec, round_ + s_index, needs.get(slot, set()))
            cands = [c for c in cands if c.code not in used]
            if not cands:
                ok = False
                break
            step = _coprime_step(len(cands), s_index + 1)
            pick = cands[(round_ * step + s_index * 5 + f_index * 3) % len(cands)]
            fillers[slot] = pick
            used.add(pick.code)
        if not ok:
            continue
        number = _NUMBERS[(round_ + f_index) % len(_NUMBERS)]
        sentence = _render(text, fillers, number)
        if sentence in seen:
            continue
        seen.add(sentence)
        named = set(needs)
        expect = tuple(_expected(e, verb, fillers, named) for e in template.get("expect") or ())
        also = tuple(_expected(e, verb, fillers, named) for e in template.get("also") or ())
        cases.append(
            Case(
                id=f"{cid}/{len(cases):04d}",
                construction=cid,
                template=t_index,
                verb=verb_name,
                text=sentence,
                date=date,
                pattern=str(template["text"]),
                expect=expect,
                also=also,
            )
        )
    return cases


def generate(suite: Suite | None = None, *, only: Iterable[str] | None = None) -> list[Case]:
    """Every case of the suite (or of the constructions named in ``only``), in file order."""
    suite = suite or load_suite()
    wanted = set(only) if only is not None else None
    if wanted is not None and wanted - set(suite.ids):
        raise ConfigError(f"no construction {sorted(wanted - set(suite.ids))}", code="E501")
    out: list[Case] = []
    for construction in suite.constructions:
        if wanted is None or construction["id"] in wanted:
            out.extend(expand(suite, construction))
    return out


def by_construction(cases: Sequence[Case]) -> dict[str, list[Case]]:
    """Cases grouped by construction id, in order of first appearance."""
    out: dict[str, list[Case]] = {}
    for case in cases:
        out.setdefault(case.construction, []).append(case)
    return out
