"""What the coder's modules share while coding one article: the context, the drafts, the trace.

``Context`` holds one article's read-only inputs (the parse, the resources, the publication date)
with the mention index built once, plus the two things that change as the coder moves through the
article: the sentence being coded and the events told so far. Every rule module is a set of
functions taking it first; none keeps state of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from ...model import Actor, Event, Mention
from ...syntax import lemma, prep_objects
from ..lexicon import Entry, Lexicon
from ..modality import Mood
from ..ontology import Ontology, ontology

T = TypeVar("T")

__all__ = ["Antecedent", "Antecedents", "Catalogue", "Context", "Draft", "Trace", "Trigger"]

# the actor stage's pronoun resolver: (doc, token index, mentions) → the mention it refers to
Antecedent = Callable[[Doc, int, Sequence[Mention]], Mention | None]
# its plural counterpart: (doc, token index, mentions) → the mentions "they"/"the two sides" stand for
Antecedents = Callable[[Doc, int, Sequence[Mention]], list[Mention]]


def _no_antecedents(doc: Doc, token_index: int, mentions: Sequence[Mention]) -> list[Mention]:
    return []


class Catalogue(Protocol):
    """What the coder asks of the actor catalogue (``detente.actors.Catalogue``)."""

    def country(self, code: str | None) -> CountryEntry | None: ...

    def entry(self, actor_or_id: Actor | str | None) -> PersonEntry | None: ...

    def group_actor(self, code: str | None, sector: str | None, text: str) -> Actor: ...

    def at_date(self, actor: Actor, date: dt.date | None) -> Actor: ...


class CountryEntry(Protocol):
    def actor(self, text: str, *, sector: str | None = None) -> Actor: ...


# read-only members: the catalogue's records are frozen dataclasses
class TermOfOffice(Protocol):
    @property
    def start(self) -> dt.date | None: ...

    @property
    def end(self) -> dt.date | None: ...


class PersonEntry(Protocol):
    @property
    def terms(self) -> tuple[TermOfOffice, ...]: ...


class Trace:
    """Decisions taken while coding, kept in order; ``detente explain`` prints them.

    The coder only calls ``add`` when a trace was passed, so coding without one costs nothing.
    """

    def __init__(self) -> None:
        self.entries: list[tuple[int, int | None, str]] = []

    def add(self, sentence_index: int, token_index: int | None, message: str) -> None:
        self.entries.append((sentence_index, token_index, message))

    def for_token(self, token_index: int) -> list[str]:
        return [m for _, t, m in self.entries if t == token_index]

    def general(self) -> list[str]:
        return [m for _, t, m in self.entries if t is None]

    def __iter__(self) -> Iterator[tuple[int, int | None, str]]:
        return iter(self.entries)


@dataclass(slots=True)
class Trigger:
    """A word that matched a lexicon entry, with what the match found around it."""

    tok: Token
    entry: Entry
    objects: list[Token]  # object tokens that satisfied the entry's object constraint
    light: Token | None = None  # support verb governing an event noun
    light_relation: str = ""  # "object" or "prep:<word>"
    inherit_subject: bool = False
    absorbed: list[Token] = field(default_factory=list)  # words folded into this event
    # other entries of the word that fit, best first, kept when this one needs a recipient
    runners_up: list[Trigger] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """An event being coded: its trigger, code, parties and mood, before dating."""

    trig: Trigger
    event_type: str
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    mood: Mood
    confidence: float
    rule: str
    source_how: str
    reported_by: tuple[Actor, ...] = ()
    notes: list[str] = field(default_factory=list)
    derived: bool = False
    # all sources are parties of one clash told by a noun folded into the verb ("killed in a
    # shootout between Afghan and Pakistani guards"), though the verb's entry is not mutual
    mutual: bool = False
    # the target is the source's own country, told by no word: an act at home aimed at it
    domestic: bool = False


# a town's name → the ISO3 code of the country it lies in, or None when unknown or ambiguous
PlaceCountry = Callable[[str], "str | None"]


@dataclass(slots=True)
class Context:
    """One article's coding state: inputs, the mention index, and where the coder is."""

    doc: Doc
    lex: Lexicon
    onto: Ontology
    catalogue: Catalogue | None
    published: dt.date | None
    trace: Trace | None
    antecedent: Antecedent
    antecedents: Antecedents
    mentions: list[Mention]  # in text order
    by_head: dict[int, list[Mention]]
    by_token: dict[int, Mention]  # the longest mention covering each token
    sent_index: int = 0
    # events already coded in this document, for definite event nouns that refer back
    told: list[Event] = field(default_factory=list)
    # acts told with whom they struck but no doer ("drones struck two Saudi oil facilities"):
    # (sentence index, type, target), for a claim of "the attack" later
    unclaimed: list[tuple[int, str, tuple[Actor, ...]]] = field(default_factory=list)
    # the country of a town the place list does not know (the geo stage's gazetteer), or None
    place_country: PlaceCountry | None = None
    # nouns of armed forces, their vehicles and their arms ("the tanks" refers back by them):
    # derived once from the lexicon and the ontology, read for every definite noun
    force_nouns: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        doc: Doc,
        mentions: Sequence[Mention],
        *,
        lexicon: Lexicon,
        catalogue: Catalogue | None,
        published: dt.date | None,
        trace: Trace | None,
        antecedent: Antecedent,
        antecedents: Antecedents | None = None,
        place_country: PlaceCountry | None = None,
    ) -> Context:
        ordered = sorted(mentions, key=lambda m: m.token_start)
        by_head: dict[int, list[Mention]] = {}
        by_token: dict[int, Mention] = {}
        for m in ordered:
            by_head.setdefault(m.head, []).append(m)
            for i in range(m.token_start, m.token_end):
                old = by_token.get(i)
                if old is None or (old.token_end - old.token_start) < (m.token_end - m.token_start):
                    by_token[i] = m
        onto = ontology()
        words = lexicon.words
        return cls(
            doc=doc,
            lex=lexicon,
            onto=onto,
            catalogue=catalogue,
            published=published,
            trace=trace,
            antecedent=antecedent,
            antecedents=antecedents or _no_antecedents,
            mentions=ordered,
            by_head=by_head,
            by_token=by_token,
            place_country=place_country,
            force_nouns=words["forces"] | words["vehicles"] | frozenset(onto.assault_means),
        )

    def note(self, tok: Token | None, message: str) -> None:
        """Record a decision about ``tok`` (None: about the sentence) when tracing."""
        if self.trace is not None:
            self.trace.add(self.sent_index, tok.i if tok is not None else None, message)

    def named(self, tok: Token) -> list[Mention]:
        """Mentions with a code headed by, or covering, ``tok``."""
        ms = [m for m in self.by_head.get(tok.i, ()) if m.actor.code]
        if not ms:
            m = self.by_token.get(tok.i)
            if m is not None and m.actor.code:
                ms = [m]
        return ms


# -- sets of actors ------------------------------------------------------------------------------


def _unique_by(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def unique(actors: Iterable[Actor]) -> list[Actor]:
    """Actors in order, each once (by key)."""
    return _unique_by(actors, lambda a: a.key)


# sectors of a state acting as one: the country itself (no sector), its government, forces,
# legislature, courts and services
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "SPY"})


def two_parties(actors: Iterable[Actor]) -> list[Actor]:
    """The actors, the first of each country code, when they name exactly two countries or
    bodies ("the two", "the two countries"); none otherwise."""
    by_code: dict[str, Actor] = {}
    for a in actors:
        if a.code:
            by_code.setdefault(a.code, a)
    return list(by_code.values()) if len(by_code) == 2 else []


def unique_tokens(tokens: Iterable[Token]) -> list[Token]:
    """Tokens in order, each once."""
    return _unique_by(tokens, lambda t: t.i)


def same(a: Actor, b: Actor) -> bool:
    """The same party for the coder's purposes: the same actor, or the same country or body in
    the same sector (a sector missing on either side matches: "Israel" and "Israeli officials")."""
    if a.key == b.key:
        return True
    return a.code == b.code and (a.sector == b.sector or a.sector is None or b.sector is None)


def others(actors: Iterable[Actor], exclude: Iterable[Actor]) -> list[Actor]:
    """``actors`` without those that are the same party as one of ``exclude`` (an event's target
    is never its source; "Croatia investigated Croatian extremists" keeps both, as the sectors
    differ)."""
    ex = list(exclude)
    return [
        a
        for a in actors
        if not any(a.key == b.key or (a.code == b.code and a.sector == b.sector) for b in ex)
    ]


def each_its_own(sources: Iterable[Actor], targets: Iterable[Actor]) -> bool:
    """Several parties each acting on their own: "China, Malaysia and the United States urge
    their citizens in Sudan to leave" names the same countries on both sides, and no one acts
    on another."""
    doers = {a.code for a in sources if a.code}
    return len(doers) > 1 and {a.code for a in targets} == doers


def behest_phrase(ctx: Context, noun: Token) -> bool:
    """``noun`` heads a phrase saying on whose word an act was done, "at the request of X", "on
    the orders of X" (``words.behest``): X asked for it and is no place where it happened."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"at", "on", "upon"}
        and lemma(noun) in ctx.lex.words["behest"]
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    )


def passing_clause(ctx: Context, noun: Token) -> Token | None:
    """The verb of the act that an indefinite noun is told as coming after (``words.circumstantial``:
    "freed the priests following an agreement with the Vatican"): a pact reached for the
    occasion, between that act's doer and the party named. "After the agreement" names one
    already known; a pact that is a clause's own subject or object is its verb's business."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in node.children):
        return None
    prep = node.head
    # "released 12 priests following an agreement": the parser may make "following" a
    # participle with the noun as its object
    if node.dep_ != "pobj" and not (node.dep_ == "dobj" and prep.tag_ == "VBG"):
        return None
    if prep.lower_ not in ctx.lex.words["circumstantial"]:
        return None
    verb = prep.head
    if verb.dep_ in {"dobj", "nsubjpass", "pobj"} and verb.pos_ in {"NOUN", "PROPN"}:
        verb = verb.head  # the participle hung on the verb's object
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def done_jointly(t: Trigger) -> bool:
    """The act, its object noun or its support verb is said to be joint: "joint airstrikes",
    "jointly struck", "launched a joint probe", "the raid was carried out jointly", "dismantled
    the network in a joint operation"."""
    within = [g for w in ("in", "during") for g in prep_objects(t.tok, w)]
    return any(
        c.lower_ in {"joint", "jointly", "together"} and c.dep_ in {"amod", "advmod"}
        for w in (t.tok, *t.objects, *([t.light] if t.light is not None else []), *within)
        for c in w.children
    )


def bordering_phrase(ctx: Context, noun: Token) -> bool:
    """``noun`` is the object of a "with" phrase that comes right after a noun of a frontier
    ("talks on the border with Afghanistan"): whatever the parser hung it on, it says which
    border, and names no party to a talk. An act aimed across it is another matter ("massed
    troops on the border with Ukraine" threatens Ukraine, "clashed on the border with China"
    fought China's)."""
    while noun.dep_ == "conj":
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return False
    before = noun.doc[prep.i - 1]
    return before.i != prep.head.i and lemma(before) in ctx.lex.words["bordering"]


def across_frontier(ctx: Context, noun: Token) -> bool:
    """``noun`` names the country on the far side of a frontier: the object of a "with" phrase
    hung on a noun of a frontier ("the borders with Uganda and Rwanda") or right after one,
    wherever the parser hung it (``bordering_phrase``)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return False
    return lemma(prep.head) in ctx.lex.words["bordering"] or bordering_phrase(ctx, noun)


def partner_phrase(ctx: Context, noun: Token) -> bool:
    """``noun`` heads a partner phrase, "in cooperation with X", "in coordination with X"
    (``words.partnering``): X acts together with the clause's doer, never on its receiving end,
    and is no place where it happened. An event after "with" makes it a phrase of connection:
    "arrests in conjunction with the consulate attack"."""
    if not (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and lemma(noun) in ctx.lex.words["partnering"]
    ):
        return False
    partners = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(partners) and all(lemma(g) not in ctx.lex.nouns for g in partners)


def names(actors: Iterable[Actor]) -> str:
    """Actors as the trace prints them: "Putin [RUS GOV], Kim [PRK]"."""
    return ", ".join(
        f"{a.text or a.name} [{a.code or '?'}{' ' + a.sector if a.sector else ''}]" for a in actors
    )


def recode(ctx: Context, d: Draft, code: str, why: str = "stance: coded as") -> None:
    """Give ``d`` the type, mode and contexts of CAMEO ``code`` (a code with no PLOVER type
    leaves it as it is), and say ``why`` in the trace."""
    c = ctx.onto.code(code)
    if c.plover is None:
        return
    ctx.note(d.trig.tok, f"  {why} CAMEO {c.code} ({c.name})")
    d.cameo = c.code
    d.event_type = c.plover
    d.mode = c.mode
    d.context = tuple(dict.fromkeys((*c.context, *d.context)))
