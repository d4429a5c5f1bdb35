"""The event lexicon: trigger words in syntactic frames, each mapped to a PLOVER type and CAMEO code.

The knowledge lives in ``data/lexicon.yaml`` (packaged) and in any user files given with
``--lexicon FILE``; this module validates it once and compiles it into dictionaries keyed by lemma,
so the coder does one dict look-up per token and only examines the few entries of a word that can
trigger. Nothing here scans text with regular expressions.

A user file has the packaged file's shape (``entries:`` and optionally ``light_verbs:``), or is a
tab-separated table (``.tsv``) with one entry a row; an entry with the ``id`` of a packaged entry
replaces it, any other entry is added. A bad file is a
``ConfigError`` (E502) naming the file and the entry.

Between the two comes the verb dictionary of PETRARCH-2, converted once into
``detente/knowledge/data/petrarch/lexicon.yaml`` (origin ``<petrarch>``): it only adds, packaged
rules win ties, and ``petrarch_keeps`` says which of its rules are taken (see docs/lexicon.md).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..syntax import inflections
from .ontology import Ontology, ontology

__all__ = [
    "PETRARCH",
    "STANCES",
    "TARGET_SLOTS",
    "WORD_CLASSES",
    "Entry",
    "Judgements",
    "Lexicon",
    "Modality",
    "Weights",
    "petrarch_keeps",
]

PETRARCH = "<petrarch>"  # the origin of the converted PETRARCH-2 verb rules
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STANCES = ("intent", "threat", "refusal", "request", "deny", "accuse", "report")
# Slots a recipient or source can be read from; any other word is taken as a preposition.
WORD_CLASSES = (
    "object_control",
    "relational",
    "group_nouns",
    "seat_verbs",
    "origin_verbs",
    "launch_verbs",
    "defending",
    "defying",
    "telling",
    "separate",
    "instruments",
    "authoring",
    "elicit",
    "helping",
    "assisting",
    "touring",
    "permitting",
    "giving_or_holding",
    "gifts",
    "answering",
    "penalties",
    "local_offices",
    "addressing",
    "instrumental",
    "placing",
    "ties",
    "sanctionable",
    "composing",
    "accompanying",
    "ending",
    "expecting",
    "housing",
    "sites",
    "bilateral",
    "wielding",
    "commanded",
    "attending",
    "issuing",
    "texts",
    "founding",
    "bodies",
    "happening",
    "travel",
    "claiming",
    "mishaps",
    "vehicles",
    "cargo",
    "terms",
    "serving",
    "partaking",
    "thanking",
    # votes held in a country are its conduct: "the election in Belarus" (judgements)
    "polls",
    "exercises",
    "jointly",
    "perpetual",
    "longstanding",
    "owning",
    "holdings",
    "carrying",
    "arriving",
    "sojourning",
    "victims_named",
    "posting",
    "relief_workers",
    "state_organs",
    "proposing",
    "bundles",
    "person_titles",
    "performing",
    "summing",
    "stative",
    "long_spans",
    "media",
    "partitive",
    "holding",
    "rivalry",
    "toll",
    "dying",
    "wrecked",
    "mishap_verbs",
    "breaching",
    "response",
    "private_people",
    "enacting",
    "involving",
    "gathering",
    "making",
    "settlements",
    "mandative",
    "likewise",
    "submitting",
    "wanted",
    "partnering",
    "behest",
    "pair_nouns",
    "role_plurals",
    "asking",
    "freeing",
    "detaining",
    "aiming",
    "named_by_place",
    "accepting",
    "interest",
    "taking_part",
    "emissaries",
    "pacts",
    "brokered",
    "instructing",
    "relying",
    "picture_positions",
    "picture_credits",
    "group_nouns_any",
    "conveyance",
    "countering",
    "partial_acts",
    "pressing",
    "abducting",
    "bordering",
    "circumstantial",
    "switching",
    "ergative",
    "passive_sense",
    "enclosing",
    "hazards",
    "forces",
    "relating",
    "counterparts",
    "crowds",
    "using",
)
TARGET_SLOTS = (
    "subj", "dobj", "named", "iobj", "objmod", "xsubj", "xobj", "poss", "mod", "between",
    "provoker", "purpose", "rival", "defier", "responder", "objowner", "wronged", "objclause",
    "aided", "assailant", "countered", "involved", "addressed", "entered", "stationed",
)  # fmt: skip
_KEYS = {
    "v",
    "n",
    "a",
    "id",
    "prt",
    "obj",
    "prep",
    "pobj",
    "mod",
    "not",
    "cameo",
    "type",
    "mode",
    "ctx",
    "target",
    "source",
    "mutual",
    "stance",
    "no_target",
    "need",
    "conf",
    "patient_source",
    "cue",
}
_DEFAULT_NOUN_SOURCE = ("poss", "between", "mod", "by", "subj")


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger frame of the lexicon, validated and with every default filled in."""

    id: str
    pos: str  # "verb", "noun" or "adj"
    lemma: str
    particle: frozenset[str]
    objects: frozenset[str]  # required object lemmas; "mod head" for two-word objects
    preps: frozenset[str]
    pobjs: frozenset[str]
    mods: frozenset[str]
    exclude: frozenset[str]
    event_type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    target: tuple[str, ...]
    source: tuple[str, ...]
    mutual: bool
    stance: str | None
    no_target: str | None
    need_target: bool
    need_complement: bool  # a verb of asking needs the clause it asks for ("pressed X to ...")
    need_source: bool  # "bought jets from X" is aid only with the seller named
    # a noun told in passing, as what an act came after ("released the priests following an
    # agreement with the Vatican"): only there is it news rather than a standing pact
    need_circumstance: bool
    patient_source: bool
    confidence: float
    origin: str  # the file it came from
    # words one of which the sentence must hold for the entry to apply ("marched" is a protest
    # only where the sentence speaks of one: "against", "protesters", "demanding", ...)
    cues: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """How much of the sentence the entry constrains: the most specific matching entry wins
        ("impose sanctions" over a bare "impose")."""
        return (
            3 * bool(self.objects)
            + 2 * bool(self.particle)
            + 2 * bool(self.preps)
            + 2 * bool(self.pobjs)
            + 2 * bool(self.mods)
        )


@dataclass(frozen=True, slots=True)
class Modality:
    """Cue-word lists of ``data/modality.yaml`` as frozensets (see ``modality.py``)."""

    negation: frozenset[str]
    aux_future: frozenset[str]
    aux_hypothetical: frozenset[str]
    aux_obligation: frozenset[str]
    aux_conditional: frozenset[str]
    hedges: frozenset[str]
    negating_adverbs: frozenset[str]
    conditional_marks: frozenset[str]
    gov_negate: frozenset[str]
    gov_hypothetical: frozenset[str]
    gov_future: frozenset[str]
    gov_report: frozenset[str]
    gov_intent: frozenset[str]
    gov_posture: frozenset[str]
    gov_supposing: frozenset[str]
    noun_future: frozenset[str]
    noun_hypothetical: frozenset[str]
    noun_negated: frozenset[str]
    object_hypothetical: frozenset[str]
    object_negated: frozenset[str]
    complement_future: frozenset[str]
    complement_negated: frozenset[str]
    complement_hypothetical: frozenset[str]
    # "verb prep" pairs through which a verb governs a gerund ("warned X against selling",
    # "refrained from condemning"); ``attitude`` verbs leave a definite object presupposed
    prep_negated: frozenset[str] = frozenset()
    prep_hypothetical: frozenset[str] = frozenset()
    prep_future: frozenset[str] = frozenset()
    object_attitude: frozenset[str] = frozenset()
    # "considers a request from Turkey": the appeal made, its maker named (``noun_governors``)
    object_receiving: frozenset[str] = frozenset()
    made_nouns: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    scheduled: frozenset[str] = frozenset()
    # "verb prep" pairs of answering another's act ("retaliate against"): the act answered is given
    answering: frozenset[str] = frozenset()
    # verbs whose "if"/"unless" clause conditions what they announce, not their saying it
    conditioning: frozenset[str] = frozenset()
    # refusals whose "unless" clause names the price of giving in ("refuses ... unless Israel
    # withdraws"): the refusal stands now
    refusing: frozenset[str] = frozenset()
    # verbs of showing whose purpose clause the act itself fulfils ("sent a frigate to show
    # support for India")
    expressive: frozenset[str] = frozenset()
    # aspectual verbs whose complement is already under way ("will continue to reject talks")
    ongoing: frozenset[str] = frozenset()
    # verbs of holding back, whose denial does the act ("will not hesitate to strike")
    hesitant: frozenset[str] = frozenset()
    # verbs of denial that reach back across a semicolon ("...; Kuwait denies this")
    denying: frozenset[str] = frozenset()
    # verbs of stopping whose object is stopped ("ceased all attacks")
    object_stopping: frozenset[str] = frozenset()
    # verbs that put a measure in force, and the measures ("signed into law a bill that would ...")
    enacting_verbs: frozenset[str] = frozenset()
    enacted_measures: frozenset[str] = frozenset()
    # adjectives of ability that, with a copula in the past, say the act was done ("was able to
    # meet") or not done ("were unable to reach")
    implicative: frozenset[str] = frozenset()
    implicative_negative: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Modality:
        def fs(*keys: str) -> frozenset[str]:
            node: Any = d
            for k in keys:
                node = node.get(k) or {}
            return frozenset(str(x).lower() for x in (node or ()))

        def pairs(*keys: str) -> frozenset[str]:
            # {preposition: [verbs]} → {"verb preposition", ...}
            node: Any = d
            for k in keys:
                node = node.get(k) or {}
            return frozenset(
                f"{str(v).lower()} {str(prep).lower()}"
                for prep, verbs in (node or {}).items()
                for v in verbs or ()
            )

        return cls(
            negation=fs("negation"),
            aux_future=fs("aux", "future"),
            aux_hypothetical=fs("aux", "hypothetical"),
            aux_obligation=fs("aux", "obligation"),
            aux_conditional=fs("aux", "conditional"),
            hedges=fs("hedges"),
            negating_adverbs=fs("negating_adverbs"),
            conditional_marks=fs("conditional_marks"),
            gov_negate=fs("governors", "negate"),
            gov_hypothetical=fs("governors", "hypothetical"),
            gov_future=fs("governors", "future"),
            gov_report=fs("governors", "report"),
            gov_intent=fs("governors", "intent"),
            gov_posture=fs("governors", "posture"),
            gov_supposing=fs("governors", "supposing"),
            noun_future=fs("noun_modifiers", "future"),
            noun_hypothetical=fs("noun_modifiers", "hypothetical"),
            noun_negated=fs("noun_modifiers", "negated"),
            object_hypothetical=fs("noun_governors", "hypothetical"),
            object_negated=fs("noun_governors", "negated"),
            complement_future=fs("noun_complements", "future"),
            complement_negated=fs("noun_complements", "negated"),
            complement_hypothetical=fs("noun_complements", "hypothetical"),
            prep_negated=pairs("prep_complements", "negated"),
            prep_hypothetical=pairs("prep_complements", "hypothetical"),
            prep_future=pairs("prep_complements", "future"),
            object_attitude=fs("noun_governors", "attitude"),
            object_receiving=fs("noun_governors", "receiving"),
            made_nouns=fs("noun_governors", "made"),
            purpose_nouns=fs("noun_complements", "purpose"),
            scheduled=fs("noun_complements", "scheduled"),
            answering=pairs("answering"),
            conditioning=fs("governors", "conditioning"),
            refusing=fs("governors", "refusing"),
            expressive=fs("governors", "expressive"),
            ongoing=fs("governors", "ongoing"),
            hesitant=fs("governors", "hesitant"),
            denying=fs("governors", "denying"),
            object_stopping=fs("noun_governors", "stopping"),
            enacting_verbs=fs("enacting", "verbs"),
            enacted_measures=fs("enacting", "measures"),
            implicative=fs("governors", "implicative"),
            implicative_negative=fs("governors", "implicative_negative"),
        )


@dataclass(frozen=True, slots=True)
class Weights:
    """How much the way an event was found weighs on its confidence (``weights:`` of
    ``data/lexicon.yaml``): by the first word of how its source was found, and by what it lacks."""

    source: dict[str, float]
    other: float = 0.85
    noun_trigger: float = 0.95
    no_target: float = 0.9
    no_source: float = 0.75
    derived: float = 0.9

    @classmethod
    def from_data(cls, d: dict[str, Any] | None) -> Weights:
        d = dict(d or {})
        source = {str(k): float(v) for k, v in (d.pop("source", None) or {}).items()}
        unknown = set(d) - {"other", "noun_trigger", "no_target", "no_source", "derived"}
        if unknown:
            raise ConfigError(f"lexicon weights: unknown key(s) {sorted(unknown)}", code="E502")
        return cls(source=source, **{k: float(v) for k, v in d.items()})

    def of_source(self, how: str) -> float:
        """The weight of a source found as ``how`` says ("subject", "passive agent", ...)."""
        return self.source.get(how.split(" ")[0] if how else "", self.other)


def _sentence_rule(raw: dict[str, Any], onto: Ontology, what: str = "demand") -> Entry:
    """The rule of ``demand:`` ("X said that Y must ...") or of a judgement (``judgements:``):
    no trigger word of its own, its source the speaker, its code and confidence from the data
    file."""
    cameo = str(raw["cameo"])
    code = onto.code(cameo)
    if code.code != cameo or code.plover is None:
        raise ConfigError(f"lexicon {what} rule: CAMEO {cameo!r} is no PLOVER code", code="E502")
    return Entry(
        id=str(raw["id"]), pos="verb", lemma="", particle=frozenset(), objects=frozenset(),
        preps=frozenset(), pobjs=frozenset(), mods=frozenset(), exclude=frozenset(),
        event_type=code.plover, mode=None, cameo=cameo, context=(), target=(), source=("subj",),
        mutual=False, stance=None, no_target=None, need_target=False, need_complement=False,
        need_source=False, need_circumstance=False, patient_source=False,
        confidence=float(raw["conf"]), origin="<rules>",
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Judgements:
    """The words and rules of judgements no trigger word starts (``judgements:`` in the lexicon,
    read by ``coder.judgements``): blame ("X said Y was behind ..."), censure ("X said Y's
    move was illegal") and denial ("X said Y's claims were baseless")."""

    blame: Entry
    censure: Entry
    blame_words: frozenset[str]  # predicates that put blame on their subject
    censure_words: frozenset[str]  # predicates that condemn their subject
    holders: frozenset[str]  # "held Y responsible"
    bearing: frozenset[str]  # "Y bore responsibility"
    naming: frozenset[str]  # "called Y a ...", "described Y as ..."
    conduct: frozenset[str]  # nouns whose owner is the one judged ("Y's actions")
    harms: frozenset[str]  # what blame is for, beyond hostile event words ("the deaths")
    wrongs: frozenset[str]  # nouns whose owner a voiced clause accuses ("Armenian aggression")
    denial: Entry | None = None
    denial_words: frozenset[str] = frozenset()  # "Y's claims were baseless"
    claims: frozenset[str] = frozenset()  # the nouns a denial word rejects ("claims", "reports")
    harming: frozenset[str] = frozenset()  # verbs of wrongdoing ("Y's actions harmed relations")
    causing: frozenset[str] = frozenset()  # verbs that do wrong with a harm ("Y spread lies")
    attempting: frozenset[str] = frozenset()  # "Y was trying to undermine ...": the attempt told
    directing: frozenset[str] = frozenset()  # wrong with a hostile act ("Y staged the attack")
    curbing: frozenset[str] = frozenset()  # verbs that do wrong with a right ("Y curbed speech")
    rights: frozenset[str] = frozenset()  # the rights ``curbing`` verbs wrong
    listing: frozenset[str] = frozenset()  # "placed Y on ...", "listed Y as ..."
    lists: frozenset[str] = frozenset()  # "a list of countries that ...", "its watchlist"
    watch_lists: frozenset[str] = frozenset()  # a list that names and shames by itself
    pacts: frozenset[str] = frozenset()  # "the memorandum with Y": Y is a party to it
    acts_named: frozenset[str] = frozenset()  # "called the poisoning an attack by Y"
    censure_adverbs: frozenset[str] = frozenset()  # "said Y had been illegally fishing"
    punishing: frozenset[str] = frozenset()  # "to retaliate against Y for ...": a wrong of Y's
    reason_not: frozenset[str] = frozenset()  # "sanctions for six months": no reason given

    @classmethod
    def from_data(cls, d: dict[str, Any] | None, onto: Ontology) -> Judgements | None:
        if not d:
            return None

        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in _alts(d.get(key)))

        return cls(
            blame=_sentence_rule(d["blame"], onto, "judgements blame"),
            censure=_sentence_rule(d["censure"], onto, "judgements censure"),
            blame_words=words("blame_words"),
            censure_words=words("censure_words"),
            holders=words("holders"),
            bearing=words("bearing"),
            naming=words("naming"),
            conduct=words("conduct"),
            harms=words("harms"),
            wrongs=words("wrongs"),
            pacts=words("pacts"),
            denial=_sentence_rule(d["denial"], onto, "judgements denial")
            if "denial" in d
            else None,
            denial_words=words("denial_words"),
            claims=words("claims"),
            harming=words("harming"),
            causing=words("causing"),
            attempting=words("attempting"),
            directing=words("directing"),
            curbing=words("curbing"),
            rights=words("rights"),
            listing=words("listing"),
            lists=words("lists"),
            watch_lists=words("watch_lists"),
            acts_named=words("acts_named"),
            censure_adverbs=words("censure_adverbs"),
            punishing=words("punishing"),
            reason_not=words("reason_not"),
        )

    @property
    def cue_words(self) -> frozenset[str]:
        """Words one of which a sentence must hold for a judgement to be looked for."""
        return (
            self.blame_words
            | self.censure_words
            | self.wrongs
            | self.denial_words
            | self.harming
            | self.causing
            | self.directing
            | self.curbing
            | frozenset(w for name in self.watch_lists for w in name.split())
            | self.acts_named
            | self.censure_adverbs
            | {"right"}  # "said Y had no right to interfere" (coder.judgements._no_right)
        )


def _ids(words: Iterable[str]) -> frozenset[int]:
    """spaCy string ids of words, so a parsed document can be scanned as an array of ids."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def _alts(value: Any) -> list[str]:
    """'a|b|c' or a list → ['a', 'b', 'c'], lower-cased, empties dropped. A quoted two-word
    alternative in the middle of a plain scalar (`oil|"natural gas"`) keeps its quotes in YAML;
    they are taken off here, or the alternative could never match."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, bool):
            # YAML 1.1 reads a bare on/off as a boolean: "prt: off" means the particle "off"
            item = "on" if item else "off"
        out.extend(p.strip().strip("\"'").lower() for p in str(item).split("|") if p.strip())
    return out


class _Invalid(ValueError):
    pass


def _build(raw: dict[str, Any], origin: str, onto: Ontology) -> list[Entry]:
    """Validate one raw entry and expand its lemma alternatives into Entries."""
    if not isinstance(raw, dict):
        raise _Invalid("an entry must be a mapping")
    unknown = set(raw) - _KEYS
    if unknown:
        raise _Invalid(f"unknown key(s) {sorted(unknown)}")
    kinds = [k for k in ("v", "n", "a") if k in raw]
    if len(kinds) != 1:
        raise _Invalid("give exactly one of v (verb), n (noun) or a (adjective)")
    pos = {"v": "verb", "n": "noun", "a": "adj"}[kinds[0]]
    lemmas = _alts(raw[kinds[0]])
    if not lemmas:
        raise _Invalid("empty trigger lemma")
    cameo = str(raw.get("cameo") or "").strip()
    if not cameo:
        raise _Invalid("missing cameo code")
    try:
        code = onto.code(cameo)
    except KeyError:
        raise _Invalid(f"unknown CAMEO code {cameo!r}") from None
    if code.code != cameo:
        raise _Invalid(f"CAMEO code {cameo!r} is not in the ontology (nearest: {code.code})")
    event_type = str(raw.get("type") or code.plover or "").upper()
    if event_type not in onto.types:
        raise _Invalid(f"no PLOVER type for CAMEO {cameo}; give type:")
    mode = raw.get("mode", code.mode if code.plover == event_type else None)
    if mode is not None and mode not in onto.types[event_type].modes:
        raise _Invalid(f"mode {mode!r} is not a mode of {event_type}")
    context = tuple(_alts(raw.get("ctx"))) or code.context
    for ctx in context:
        if ctx not in onto.contexts:
            raise _Invalid(f"unknown context {ctx!r}")
    stance = raw.get("stance")
    if stance is not None and stance not in STANCES:
        raise _Invalid(f"stance must be one of {', '.join(STANCES)}")
    no_target = raw.get("no_target")
    if no_target is not None:
        no_target = str(no_target)
        if no_target not in onto.cameo:
            raise _Invalid(f"unknown CAMEO code {no_target!r} in no_target")
    need = _alts(raw.get("need"))
    if set(need) - {"target", "complement", "source", "circumstance"}:
        raise _Invalid("need: only target, source, complement and circumstance are supported")
    default_target: tuple[str, ...] = ("dobj",) if pos == "verb" else ()
    target = tuple(_alts(raw["target"])) if "target" in raw else default_target
    source = tuple(_alts(raw.get("source"))) or (
        ("subj",) if pos != "noun" else _DEFAULT_NOUN_SOURCE
    )
    for slot in (*target, *source):
        if slot not in TARGET_SLOTS and not slot.isalpha():
            raise _Invalid(f"unknown slot {slot!r}: use {', '.join(TARGET_SLOTS)} or a preposition")
    try:
        conf = float(raw.get("conf", 0.8))
    except (TypeError, ValueError):
        raise _Invalid("conf must be a number") from None
    if not 0.0 < conf <= 1.0:
        raise _Invalid("conf must be in (0, 1]")
    objects = frozenset(_alts(raw.get("obj")))
    particle = frozenset(_alts(raw.get("prt")))
    preps = frozenset(_alts(raw.get("prep")))
    pobjs = frozenset(_alts(raw.get("pobj")))
    mods = frozenset(_alts(raw.get("mod")))
    first_obj = (_alts(raw.get("obj")) or _alts(raw.get("pobj")) or [""])[0]
    first_mod = (_alts(raw.get("mod")) or [""])[0]
    first_prt = (_alts(raw.get("prt")) or [""])[0]
    first_prep = (_alts(raw.get("prep")) or [""])[0]
    entries = []
    for lemma in lemmas:
        ident = raw.get("id")
        if ident is None or len(lemmas) > 1:
            ident = _make_id(
                pos, lemma, first_prt, first_prep, first_obj, first_mod, event_type, mode, ident
            )
        entries.append(
            Entry(
                id=str(ident),
                pos=pos,
                lemma=lemma,
                particle=particle,
                objects=objects,
                preps=preps,
                pobjs=pobjs,
                mods=mods,
                exclude=frozenset(_alts(raw.get("not"))),
                event_type=event_type,
                mode=mode,
                cameo=cameo,
                context=context,
                target=target,
                source=source,
                mutual=bool(raw.get("mutual", False)),
                stance=stance,
                no_target=no_target,
                need_target="target" in need,
                need_complement="complement" in need,
                need_source="source" in need,
                need_circumstance="circumstance" in need,
                patient_source=bool(raw.get("patient_source", False)),
                confidence=conf,
                origin=origin,
                cues=frozenset(_alts(raw.get("cue"))),
            )
        )
    return entries


def _make_id(
    pos: str,
    lemma: str,
    particle: str,
    prep: str,
    obj: str,
    mod: str,
    event_type: str,
    mode: str | None,
    given: Any,
) -> str:
    """A readable rule name such as ``impose+sanction.v:SANCTION`` or ``visit.n:CONSULT/visit``:
    the lemma with the first particle, preposition, object and modifier the entry requires."""
    name = f"{mod} {lemma}" if mod else lemma
    if particle:
        name += "_" + particle
    if prep:
        name += "@" + prep
    if obj:
        name += "+" + obj.replace(" ", "_")
    suffix = f"{event_type}/{mode}" if mode else event_type
    base = f"{name}.{pos[0]}:{suffix}"
    return f"{given}:{lemma}" if given else base


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"lexicon file {path} cannot be read: {exc}", code="E502") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(
            f"lexicon file {path} is not valid YAML: {str(exc).splitlines()[0]}", code="E502"
        ) from exc


_LIST_KEYS = {"target", "source", "need", "ctx"}
_BOOL_KEYS = {"mutual", "patient_source"}


def _read_table(path: Path) -> dict[str, Any]:
    """A user lexicon as a tab-separated table: a header row of entry keys (v, n, obj, cameo,
    target, ...), one entry a row; list cells separate items with commas, alternatives with "|"."""
    import csv

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"lexicon file {path} cannot be read: {exc}", code="E502") from exc
    entries: list[dict[str, Any]] = []
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        entry: dict[str, Any] = {}
        for key, value in row.items():
            if key is None or value is None or not value.strip():
                continue
            key, value = key.strip(), value.strip()
            if key in _LIST_KEYS:
                entry[key] = [v.strip() for v in value.split(",") if v.strip()]
            elif key in _BOOL_KEYS:
                entry[key] = value.lower() in {"1", "true", "yes"}
            else:
                entry[key] = value
        entries.append(entry)
    return {"entries": entries}


class Lexicon:
    """Compiled, read-only lexicon: entries by lemma, light verbs, modality cues.

    Picklable (plain dicts of frozen dataclasses), so a process pool can ship it; workers usually
    rebuild it with ``Lexicon.load`` from the same paths, which is cached per process.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        light_verbs: Iterable[str],
        modality: Modality,
        files: Sequence[str] = (),
        words: Mapping[str, Iterable[str]] | None = None,
        anaphors: Mapping[str, Iterable[str]] | None = None,
        places: dict[str, str] | None = None,
        weights: Weights | None = None,
        demand: Entry | None = None,
        judgements: Judgements | None = None,
    ):
        by_pos: dict[str, dict[str, list[Entry]]] = {"verb": {}, "noun": {}, "adj": {}}
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            self._entries[entry.id] = entry  # later files override earlier ones by id
        for entry in self._entries.values():
            by_pos[entry.pos].setdefault(entry.lemma, []).append(entry)
        order = {origin: i for i, origin in enumerate(files)}
        order[PETRARCH] = -1  # converted rules come after the packaged ones on equal terms

        def ranked(items: list[Entry]) -> tuple[Entry, ...]:
            # most specific first; among equals, entries of later (user) files first
            return tuple(sorted(items, key=lambda e: (-e.specificity, -order.get(e.origin, 0))))

        self.verbs: dict[str, tuple[Entry, ...]] = {k: ranked(v) for k, v in by_pos["verb"].items()}
        self.nouns: dict[str, tuple[Entry, ...]] = {k: ranked(v) for k, v in by_pos["noun"].items()}
        self.adjs: dict[str, tuple[Entry, ...]] = {k: ranked(v) for k, v in by_pos["adj"].items()}
        # the prepositions through which an event noun names its recipient and never its doer:
        # "the bombing of a Pakistani convoy", "the attack on Israel", "aid to Ukraine" name
        # whom it was aimed at. A judgement of the act is never aimed at them ("condemned the
        # attack on Israel"); elsewhere only "of" is left out of a phrase searched for its doer
        # ("the bombing of the convoy killed 12"), the others being read as recipients ("cancelled
        # the visit to Sweden"). The partners of a mutual noun ("talks with Iran") are parties.
        self.aimed: dict[str, frozenset[str]] = {}
        for noun, items in self.nouns.items():
            doers = {p for e in items for p in (*e.source, *(e.target if e.mutual else ()))}
            aimed = {p for e in items if not e.mutual for p in e.target} - doers
            # an agent phrase names whose act it is even where the entry codes that party as
            # the recipient ("the purchase of jets by India": India buys, and receives)
            aimed -= {*TARGET_SLOTS, "by"}
            if aimed:
                self.aimed[noun] = frozenset(aimed)
        self.light_verbs: frozenset[str] = frozenset(light_verbs)
        # word classes of the syntax rules: object_control, relational, group_nouns, seat_verbs
        self.words: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in {**dict.fromkeys(WORD_CLASSES, ()), **(words or {})}.items()
        }
        # definite event nouns that refer back to an event told before ("condemned the test"):
        # noun → the event types it can refer to ("*" any)
        self.anaphors: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in (anaphors or {}).items()
        }
        # scenes of attacks by name (lower case, no "Oblast"): "kharkiv" → UKR (data/places.yaml)
        self.places: dict[str, str] = dict(places or {})
        self.modality = modality
        self.weights = weights if weights is not None else Weights(source={})
        # the rule of "X said that Y must ...", which no trigger word starts
        self.demand = demand
        # blame and censure voiced about a party ("X said Y was behind ..."): coder.judgements
        self.judgements = judgements
        self.files: tuple[str, ...] = tuple(files)
        # every lemma that can start anything: one set membership test per token
        self.trigger_lemmas: frozenset[str] = (
            frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.adjs)
        )
        # inflected forms of the triggers, for words the statistical lemmatiser gets wrong
        # ("staged" → "stag"); the coder looks a word's lower-case form up here
        self.forms: dict[str, str] = {}
        for lemma in sorted(self.trigger_lemmas):
            for form in inflections(lemma):
                self.forms.setdefault(form, lemma)
        for lemma in self.trigger_lemmas:
            self.forms[lemma] = lemma
        # the same as string hashes, so a parsed document can be scanned as one array
        self.trigger_ids = _ids(self.trigger_lemmas)
        self.form_ids = _ids(self.forms)
        self.obligation_ids = _ids(modality.aux_obligation)
        self.judgement_ids = _ids(judgements.cue_words if judgements else ())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def types_covered(self) -> set[str]:
        return {e.event_type for e in self._entries.values()}

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Lexicon:
        """The packaged lexicon, the PETRARCH layer (unless ``DETENTE_KNOWLEDGE`` leaves it out)
        and the user files ``extra`` (``--lexicon FILE``), cached per process by path and
        modification time."""
        from ..knowledge import layers

        keys = []
        for p in extra:
            path = Path(p)
            try:
                mtime = path.stat().st_mtime_ns
            except OSError as exc:
                raise ConfigError(
                    f"lexicon file {path} cannot be read: {exc}", code="E502"
                ) from exc
            keys.append((str(path.resolve()), mtime))
        return _load_cached(tuple(keys), "lexicon" in layers())


def petrarch_keeps(entry: Entry, packaged: dict[str, set[str]]) -> bool:
    """Whether a converted PETRARCH rule joins the lexicon, given the event types the packaged
    entries give each lemma (``packaged``): only rules for a verb the packaged lexicon lacks,
    and only with an object, particle or preposition to match (measured on the tune half of the
    PLOVER gold: the whole dictionary, its bare verbs, its rules agreeing with the packaged
    types and its prepositional rules all lowered type accuracy or actor F1; this subset leaves
    type accuracy unchanged; see docs/lexicon.md)."""
    return entry.lemma not in packaged and bool(entry.objects or entry.particle or entry.preps)


def _petrarch_entries(onto: Ontology, packaged: list[Entry]) -> list[Entry]:
    """The converted PETRARCH-2 verb rules that ``petrarch_keeps``."""
    text = (
        resources.files("detente.knowledge")
        .joinpath("data", "petrarch", "lexicon.yaml")
        .read_text("utf-8")
    )
    types: dict[str, set[str]] = {}
    for e in packaged:
        types.setdefault(e.lemma, set()).add(e.event_type)
    built = _entries_of(yaml.load(text, Loader=_YAML_LOADER), PETRARCH, onto)
    return [e for e in built if petrarch_keeps(e, types)]


def _read_user_file(path: Path) -> Any:
    """A user lexicon: a table (.tsv, .tab), a PETRARCH verb dictionary (recognised by its
    lines; malformed lines are logged warnings) or YAML."""
    from ..knowledge.userfiles import sniff, verb_entries

    if path.suffix.lower() in {".tsv", ".tab"}:
        return _read_table(path)
    if sniff(path) == "verbs":
        entries = verb_entries(path)
        if not entries:
            raise ConfigError(
                f"lexicon file {path}: a PETRARCH verb dictionary with no usable rule", code="E502"
            )
        return {"entries": entries}
    return _read_yaml(path)


@functools.lru_cache(maxsize=8)
def _load_cached(keys: tuple[tuple[str, int], ...], petrarch: bool = True) -> Lexicon:
    onto = ontology()
    pkg = resources.files("detente.events").joinpath("data")
    base = yaml.safe_load(pkg.joinpath("lexicon.yaml").read_text("utf-8"))
    modality = Modality.from_data(yaml.safe_load(pkg.joinpath("modality.yaml").read_text("utf-8")))
    entries: list[Entry] = []
    light: set[str] = set()
    words: dict[str, set[str]] = {k: set() for k in WORD_CLASSES}
    anaphors: dict[str, set[str]] = {}
    places: dict[str, str] = {}
    _add_places(
        places, yaml.safe_load(pkg.joinpath("places.yaml").read_text("utf-8")), "<packaged>"
    )
    files = ["<packaged>"]
    entries.extend(_entries_of(base, "<packaged>", onto))
    light.update(_alts(base.get("light_verbs")))
    _add_words(words, base.get("words"), "<packaged>")
    _add_anaphors(anaphors, base.get("anaphors"), "<packaged>", onto)
    if petrarch:
        entries.extend(_petrarch_entries(onto, entries))
    for path_str, _mtime in keys:
        path = Path(path_str)
        data = _read_user_file(path)
        if isinstance(data, list):
            data = {"entries": data}
        if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
            raise ConfigError(
                f"lexicon file {path}: expected a mapping with an 'entries' list", code="E502"
            )
        entries.extend(_entries_of(data, str(path), onto))
        light.update(_alts(data.get("light_verbs")))
        _add_words(words, data.get("words"), str(path))
        _add_anaphors(anaphors, data.get("anaphors"), str(path), onto)
        _add_places(places, data, str(path))
        files.append(str(path))
    weights = Weights.from_data(base.get("weights"))
    demand = _sentence_rule(base["demand"], onto)
    judgements = Judgements.from_data(base.get("judgements"), onto)
    return Lexicon(
        entries, light, modality, files, words, anaphors, places, weights, demand, judgements
    )


PLACE_SUFFIXES = ("oblast", "province", "region", "governorate", "krai", "raion", "district",
                  "prefecture", "city")  # fmt: skip


def place_key(name: str) -> str:
    """How a place name is looked up: lower case, single spaces, without a trailing "Oblast",
    "Province", ... ("Kharkiv Oblast" and "Kharkiv" are one place)."""
    words = name.lower().replace("’", "'").split()
    while len(words) > 1 and words[-1] in PLACE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _add_places(places: dict[str, str], data: Any, origin: str) -> None:
    """``places: {ISO3: [name, ...]}`` (data/places.yaml, or a user lexicon file)."""
    node = data.get("places") if isinstance(data, dict) else None
    if node is None:
        return
    if not isinstance(node, dict):
        raise ConfigError(f"lexicon file {origin}: 'places' must be a mapping", code="E502")
    for code, names in node.items():
        code = str(code).upper()
        if not (len(code) == 3 and code.isalpha()):
            raise ConfigError(
                f"lexicon file {origin}: places: {code!r} is not an ISO3 code", code="E502"
            )
        for name in names if isinstance(names, list) else [names]:
            places[place_key(str(name))] = code


def _add_anaphors(anaphors: dict[str, set[str]], data: Any, origin: str, onto: Ontology) -> None:
    """``anaphors: {noun: [TYPE, ...]}``: PLOVER types, CAMEO codes ("057": the one act of
    its type the noun can name), or "*" for any."""
    if data is None:
        return
    if not isinstance(data, dict):
        raise ConfigError(f"lexicon file {origin}: 'anaphors' must be a mapping", code="E502")
    for noun, types in data.items():
        names = {t.upper() for t in _alts(types)}
        bad = names - set(onto.types) - set(onto.cameo) - {"*"}
        if bad:
            raise ConfigError(
                f"lexicon file {origin}: anaphor {noun!r}: unknown type(s) {sorted(bad)}",
                code="E502",
            )
        anaphors.setdefault(str(noun).lower(), set()).update(names)


def _add_words(words: dict[str, set[str]], data: Any, origin: str) -> None:
    if data is None:
        return
    if not isinstance(data, dict) or set(data) - set(WORD_CLASSES):
        raise ConfigError(
            f"lexicon file {origin}: 'words' may only hold {', '.join(WORD_CLASSES)}", code="E502"
        )
    for key, value in data.items():
        words[key].update(_alts(value))


def _entries_of(data: dict[str, Any], origin: str, onto: Ontology) -> list[Entry]:
    out: list[Entry] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data.get("entries") or [], start=1):
        label = (
            raw.get("id") or raw.get("v") or raw.get("n") or raw.get("a")
            if isinstance(raw, dict)
            else None
        )
        try:
            built = _build(raw, origin, onto)
        except _Invalid as exc:
            where = f"entry {i}" + (f" ({label})" if label else "")
            raise ConfigError(f"lexicon file {origin}: {where}: {exc}", code="E502") from None
        for entry in built:
            if entry.id in seen:
                if isinstance(raw, dict) and raw.get("id") and len(built) == 1:
                    raise ConfigError(
                        f"lexicon file {origin}: entry {i}: id {entry.id!r} repeats entry "
                        f"{seen[entry.id]}",
                        code="E502",
                    )
                # generated names may meet; number them so every rule stays addressable
                n = 2
                while f"{entry.id}#{n}" in seen:
                    n += 1
                entry = replace(entry, id=f"{entry.id}#{n}")
            seen[entry.id] = i
            out.append(entry)
    return out
