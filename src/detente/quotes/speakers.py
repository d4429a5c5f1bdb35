"""Who is speaking: the words that name a speaker, the actor they stand for, and pronouns.

A speaker is first a span of the sentence ("an expert", "a US official", "KCNA", "he"). It becomes
an ``Actor`` by, in order: the actor mention it contains (from the actors stage), a role noun
("official" → GOV) with the country named beside it ("a US official" → USA), a proper name the
catalogue does not know (kept as a name without a code), or a role alone ("an expert"). A pronoun
takes the actor of its antecedent: the speaker of the attribution just before it when that fits
(journalists write "“...,” an expert said. “...,” he added"), else the actors stage's
``antecedent``, else the person named last in the sentences just before. When nothing fits the
pronoun stays as it is written — never a guess from further away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Actor, ActorKind, Mention
from .lexicon import CueLexicon

__all__ = ["AntecedentFinder", "Speaker", "SpeakerFinder", "speaker_tokens"]

# The actors stage's pronoun resolver: (doc, pronoun token index, mentions) → the mention it means.
AntecedentFinder = Callable[[Doc, int, Sequence[Mention]], Mention | None]

# Dependents that belong to the noun phrase naming a speaker (left of its head).
_NP_LEFT = frozenset(
    {
        "det",
        "amod",
        "compound",
        "poss",
        "nummod",
        "nmod",
        "quantmod",
        "case",
        "predet",
        "advmod",
        "npadvmod",
    }
)
# Prepositions whose phrase belongs to a role ("a spokesman for the ministry").
_ROLE_PREPS = frozenset({"for", "of", "at", "from", "with", "in", "to"})
_MAX_SPEAKER_TOKENS = 12
_PERSON_ENTS = frozenset({"PERSON"})
_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})
_PRONOUN_WINDOW = 3  # sentences an antecedent may lie back


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as the text gives it (token span ``start``:``end``) and the actor it stands for.

    ``antecedent`` is the token span of the words a pronoun was resolved to, so an evaluation can
    compare either with a gold source span.
    """

    start: int
    end: int
    actor: Actor
    antecedent: tuple[int, int] | None = None


def speaker_tokens(head: Token, *, allow_prep: bool = True) -> tuple[int, int]:
    """The token span naming a speaker whose syntactic head is ``head``.

    Keeps determiners, modifiers and compounds ("another expert", "North Korean leader Kim Jong
    Un"), a short prepositional phrase after a role ("a spokesman for the ministry") and
    coordinated names ("Putin and Kim"); drops appositions and relative clauses, which describe
    the speaker rather than name them.
    """
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    lo = hi = head.i
    stack = [c for c in head.lefts if c.dep_ in _NP_LEFT]
    while stack:
        t = stack.pop()
        lo = min(lo, t.left_edge.i)
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "nummod", "case") or (
            allow_prep
            and c.dep_ == "prep"
            and c.lower_ in _ROLE_PREPS
            and head.pos_ == "NOUN"
            and c.right_edge.i - c.i < 6
        ):
            hi = max(hi, c.right_edge.i)
        elif c.dep_ == "cc" and c.i == hi + 1:
            conj = next((x for x in head.rights if x.dep_ == "conj" and x.i > c.i), None)
            if conj is not None and conj.pos_ in ("PROPN", "NOUN"):
                hi = max(hi, speaker_tokens(conj, allow_prep=False)[1] - 1)
            break
        elif c.dep_ in ("punct", "appos", "relcl", "acl"):
            break
    if hi - lo + 1 > _MAX_SPEAKER_TOKENS:
        lo = max(lo, hi - _MAX_SPEAKER_TOKENS + 1)
    while lo < head.i and head.doc[lo].is_punct:
        lo += 1
    return lo, hi + 1


class SpeakerFinder:
    """Turns speaker spans of one document into actors; created once per document.

    Holds the per-document indexes (mentions by token, the speakers seen so far) that pronoun
    resolution needs, so that each lookup is constant time.
    """

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        lexicon: CueLexicon,
        sentence_of: Callable[[int], int],
        antecedent: AntecedentFinder | None = None,
        quoted: Callable[[int], bool] = lambda i: False,
    ) -> None:
        self.doc = doc
        self.quoted = quoted
        self.mentions = mentions
        self.lexicon = lexicon
        self.sentence_of = sentence_of
        self.antecedent_fn = antecedent
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, m)
        # speakers already attributed, in text order: (token index, sentence index, speaker)
        self.history: list[tuple[int, int, Speaker]] = []

    # -- spans to actors ---------------------------------------------------------------------

    def from_span(self, start: int, end: int, head: Token) -> Speaker:
        """The speaker named by tokens ``start``:``end`` (head ``head``), pronouns resolved."""
        lower = head.lower_
        if head.pos_ == "PRON" and lower in self.lexicon.pronouns:
            resolved = self._resolve_pronoun(head)
            if resolved is not None:
                return Speaker(start, end, resolved.actor, (resolved.start, resolved.end))
            return Speaker(start, end, Actor(text=head.text, name=None, code=None, kind="person"))
        return Speaker(start, end, self._actor(start, end, head))

    def remember(self, speaker: Speaker) -> None:
        """Record an attributed speaker so that a later pronoun can refer back to it."""
        self.history.append((speaker.start, self.sentence_of(speaker.start), speaker))

    def _actor(self, start: int, end: int, head: Token) -> Actor:
        doc = self.doc
        text = doc[start:end].text
        lemma = head.lemma_.lower()
        plural = head.tag_ in ("NNS", "NNPS") or any(
            t.dep_ == "conj" and start <= t.i < end for t in doc[start:end]
        )
        m = self.by_token.get(head.i)
        conjuncts = [self.by_token.get(t.i) for t in head.conjuncts if start <= t.i < end]
        if m is not None and conjuncts:
            # "Pyongyang and Moscow denied ...": several actors speak as one group
            actors = [m.actor] + [c.actor for c in conjuncts if c is not None]
            codes = {a.code for a in actors}
            sectors = {a.sector for a in actors}
            return Actor(
                text=text,
                name=None,
                code=codes.pop() if len(codes) == 1 else None,
                sector=sectors.pop() if len(sectors) == 1 else None,
                kind="group",
            )
        if m is not None:
            a = m.actor
            return Actor(text=text, name=a.name, code=a.code, sector=a.sector, kind=a.kind, id=a.id)
        inner = [self.by_token[i] for i in range(start, end) if i in self.by_token]
        role_sector = self._role_sector(head, lemma)
        if lemma in self.lexicon.organisations or (
            head.pos_ == "PROPN" and head.ent_type_ in _ORG_ENTS
        ):
            sector = self.lexicon.organisations.get(lemma)
            code = inner[0].actor.code if inner else None
            sector = sector or (inner[0].actor.sector if inner else None)
            name = _proper_name(head) if head.pos_ == "PROPN" else None
            return Actor(text=text, name=name, code=code, sector=sector, kind="organization")
        kind: ActorKind = "group" if plural else "person"
        if inner:
            a = inner[-1].actor
            sector = (
                role_sector
                if role_sector is not None
                else (a.sector if a.kind != "country" else None)
            )
            if a.kind == "country" and sector is None and lemma in self.lexicon.roles:
                sector = self.lexicon.roles[lemma]
            return Actor(text=text, name=None, code=a.code, sector=sector, kind=kind)
        name = _proper_name(head) if head.pos_ == "PROPN" else None
        return Actor(text=text, name=name, code=None, sector=role_sector, kind=kind)

    def _role_sector(self, head: Token, lemma: str) -> str | None:
        roles = self.lexicon.roles
        if head.i > 0:
            two = f"{head.doc[head.i - 1].lower_} {lemma}"
            if two in roles:
                return roles[two]
        return roles.get(lemma)

    # -- pronouns ----------------------------------------------------------------------------

    def _resolve_pronoun(self, pron: Token) -> Speaker | None:
        kinds = self.lexicon.pronouns[pron.lower_]
        plural = pron.lower_ in ("they", "them")
        sent = self.sentence_of(pron.i)
        # 1. the speaker of the attribution just before, if it can be what the pronoun means and
        # no other person is named after it in the pronoun's own sentence ("..., Lavrov said.
        # Wang Yi arrived later, and “...,” he said" means Wang Yi)
        for tok, s_sent, sp in reversed(self.history):
            if sent - s_sent > _PRONOUN_WINDOW:
                break
            if sp.actor.kind in kinds and (
                plural == (sp.actor.kind == "group") or sp.actor.kind == "organization"
            ):
                if not plural and "person" in kinds:
                    named = self._last_person(pron)
                    if (
                        named is not None
                        and named.start > tok
                        and self.sentence_of(named.start) == sent
                    ):
                        return named
                return sp
            break  # only the most recent speaker: an older one was interrupted by another
        # 2. the actors stage's coreference, when it offers it
        if self.antecedent_fn is not None:
            m = self.antecedent_fn(self.doc, pron.i, self.mentions)
            if m is not None and m.actor.kind in kinds and not self.quoted(m.head):
                return Speaker(m.token_start, m.token_end, m.actor, None)
        # 3. the person named last in this sentence or the few before it
        if "person" in kinds and not plural:
            return self._last_person(pron)
        return None

    def _last_person(self, pron: Token) -> Speaker | None:
        """The person named or described last before the pronoun, outside quotations, in its
        sentence or the few before: a mention of a person, a PERSON entity, or a singular role
        subject ("The minister spoke ... “...,” she said")."""
        doc = self.doc
        sentences = {self.sentence_of(pron.i)}  # sentences searched, quotations not counted
        for i in range(pron.i - 1, -1, -1):
            if self.quoted(i):
                continue
            sentences.add(self.sentence_of(i))
            if len(sentences) > _PRONOUN_WINDOW:
                break
            t = doc[i]
            m = self.by_token.get(i)
            if m is not None and m.actor.kind == "person":
                text = doc[m.token_start : m.token_end].text
                return Speaker(m.token_start, m.token_end, m.actor.with_text(text), None)
            if t.ent_type_ in _PERSON_ENTS and t.ent_iob_ == "B":
                end = i + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                name = doc[i:end].text
                return Speaker(i, end, Actor(text=name, name=name, code=None, kind="person"), None)
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.tag_ == "NN"
                and t.lemma_.lower() in self.lexicon.roles
            ):
                s, e = speaker_tokens(t)
                return Speaker(s, e, self._actor(s, e, t), None)
        return None


def _proper_name(head: Token) -> str:
    """The proper-noun chain ending at ``head`` ("Pat Caddell" from "pollster Pat Caddell")."""
    i = head.i
    doc = head.doc
    lo = i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo, i + 1):
        lo -= 1
    return doc[lo : i + 1].text
