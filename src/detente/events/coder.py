"""The event coder: who did what to whom, and when, read from spaCy's dependency parse.

For each sentence the coder

1. finds triggers: one dictionary look-up per token in the compiled lexicon, then the most specific
   entry whose frame (particle, object, preposition, modifier) the parse satisfies;
2. reads each trigger's frame from the syntax: the subject (or the passive agent, or the controller
   of an infinitive, or the head noun of a relative clause) is the source; the object, the dative
   or the prepositions the entry names give the target; an event noun takes its source from its
   possessor, an actor modifier, "by" or "between", or the subject of the support verb governing
   it ("held talks", "joined sanctions"); compound actors ("Russia and China") are all kept;
3. goes from each argument token to the actors it names through the mentions the actor stage
   found (their ``head`` and token span), searching the argument's own noun phrase only, never
   elsewhere in the sentence, and sets the sector from the head word ("troops" → MIL);
4. decides modality with ``modality.assess`` and combines stance verbs with the action they govern
   ("vowed to boost military ties" → AGREE 0312, the boosting itself future);
5. dates the event from the time expressions of its own clause (``timex``) and de-duplicates the
   article: one happening told twice is one event.

Everything is a pure function of the parsed document, the mentions and read-only resources. Pass a
``Trace`` to collect every decision for ``detente explain``; without one nothing is recorded.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Location, Mention
from . import timex
from .lexicon import Entry, Lexicon, place_key
from .modality import Mood, assess, definite, is_form
from .ontology import Ontology, ontology

__all__ = ["Trace", "code"]

_VERB = {"VERB", "AUX"}
_NOUN = {"NOUN", "PROPN"}
_PRONOUNS = {
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our",
    "itself", "themselves", "himself", "herself",
}  # fmt: skip
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself"}
_PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "we", "us", "our"}
_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# phrases inside a noun phrase that still name who the phrase is ("rebels in the Ivory Coast",
# "doctors from two American aid groups", "the government of Sindh province")
_NP_PREPS = frozenset({"of", "in", "from", "for", "at", "by", "including"})
# the object's phrase, searched for its recipient: also "sanctions against X", "contact with X"
_OBJ_PREPS = _NP_PREPS | {"with", "against", "on", "to", "into", "over", "toward", "towards"}
_PARTICLES = {"off", "up", "down", "out", "over", "back", "in"}
# prepositions through which a verb's object does what the gerund says ("accused X of shelling")
_OBJECT_PREPS = {"of", "for", "from", "against", "into", "about", "on", "with", "over"}
_NOT_EVENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART"}
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}
# prepositions through which an event noun borrows its clause's subject ("Kim is in Russia for a
# meeting with Putin")
_CLAUSE_PREPS = {"for", "in", "during", "after", "at", "amid", "following", "before"}
_TIME_MARKS = {"when", "as", "while", "after", "before", "since", "once"}
# how many sentences back a definite event noun may refer ("the sanctions" three sentences after
# the resolution that imposed them); "the move" refers to the sentence just before only
_ANAPHOR_REACH = 3
# event types whose passive object belongs to the doer ("North Korean troops were deployed")
_OWNED_TYPES = {"MOBILIZE", "COOPERATE", "RETREAT"}
# event types whose recipient may be the country of the place struck; prepositions of a scene
_SCENE_TYPES = {"ASSAULT", "COERCE"}
_SCENE_PREPS = {"in", "at", "on", "across", "near", "into", "over", "throughout", "around",
                "outside", "against", "inside"}  # fmt: skip
_QUESTION_WORDS = {"whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where"}


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

    def __iter__(self) -> Iterable[tuple[int, int | None, str]]:
        return iter(self.entries)


@dataclass(slots=True)
class _Trigger:
    tok: Token
    entry: Entry
    objects: list[Token]  # object tokens that satisfied the entry's object constraint
    light: Token | None = None  # support verb governing an event noun
    light_relation: str = ""  # "object" or "prep:<word>"
    inherit_subject: bool = False
    absorbed: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class _Draft:
    trig: _Trigger
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


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it, in text order."""
    return sorted({tok, *tok.conjuncts}, key=lambda t: t.i)


def _prep_objects(head: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to ``head`` ("sanctions on X", "talks with X")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ == word:
            for grand in child.children:
                if grand.dep_ in {"pobj", "pcomp"}:
                    out.extend(_conjuncts(grand))
        elif child.dep_ == "prep" and word == "between" and child.lower_ == "among":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out.extend(_conjuncts(grand))
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _participle(verb: Token) -> bool:
    """A bare passive participle modifying a clause or a noun: "Asked whether ..., Putin said",
    "the ships seized by Russia". Its host is its patient, its agent (if any) its actor."""
    return (
        verb.tag_ == "VBN"
        and (verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.sent.root.pos_ in _VERB))
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children
        )
    )


class _Coder:
    """One article's coding state: the mention index and the resources. Not shared."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        lexicon: Lexicon,
        catalogue: Any,
        published: dt.date | None,
        trace: Trace | None,
    ):
        self.doc = doc
        self.lex = lexicon
        self.onto: Ontology = ontology()
        self.catalogue = catalogue
        self.published = published
        self.trace = trace
        self.mentions = sorted(mentions, key=lambda m: m.token_start)
        self.by_head: dict[int, list[Mention]] = {}
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            self.by_head.setdefault(m.head, []).append(m)
            for i in range(m.token_start, m.token_end):
                old = self.by_token.get(i)
                if old is None or (old.token_end - old.token_start) < (m.token_end - m.token_start):
                    self.by_token[i] = m
        self.sent_index = 0
        self._antecedent = _antecedent_function()
        # events already coded in this document, for definite event nouns that refer back
        self.told: list[Event] = []

    # -- tracing ----------------------------------------------------------------------------------

    def note(self, tok: Token | None, message: str) -> None:
        if self.trace is not None:
            self.trace.add(self.sent_index, tok.i if tok is not None else None, message)

    # -- actors -----------------------------------------------------------------------------------

    def actors_of(
        self,
        tok: Token,
        *,
        expand: bool = True,
        depth: int = 0,
        preps: frozenset[str] = _NP_PREPS,
    ) -> tuple[list[Actor], str]:
        """The actors the phrase headed by ``tok`` names, and how they were found. ``preps`` are
        the prepositional phrases searched inside it."""
        found, how = self._actors_here(tok, depth, preps)
        if expand:
            for other in tok.conjuncts:
                if other.i > tok.i or other.dep_ == "conj":
                    more, _ = self._actors_here(other, depth, preps)
                    found.extend(more)
        return _unique(found), how

    def _actors_here(
        self, tok: Token, depth: int, preps: frozenset[str] = _NP_PREPS
    ) -> tuple[list[Actor], str]:
        # anonymous mentions ("analysts", "an expert") carry no code: they name no actor, but the
        # phrase may still say whose they are ("officials in Guinea")
        ms = self._named(tok)
        if ms:
            return [self._with_sector(tok, m.actor, at_head=True) for m in ms], "named"
        low = tok.lower_
        if tok.pos_ in _VERB and depth < 3:
            # a misparsed subject ("The Red Cross operating in Iraq said"): the verb's own subject
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return self._actors_list(subj, depth + 1), "named"
        if low in _REL_PRONOUNS and tok.head.dep_ == "relcl" and depth < 3:
            actors, _ = self.actors_of(_antecedent_of(tok.head), depth=depth + 1)
            return actors, "relative pronoun"
        if tok.pos_ == "PRON" and low in _PRONOUNS and depth < 3:
            return self._pronoun(tok, depth)
        if depth > 3:
            return [], ""
        # search the noun phrase itself: modifiers, possessor, apposition, "of/in/from" phrases;
        # a relational noun names someone else than its possessor ("North Korea's ally, China")
        if _lemma(tok) in self.lex.words["relational"]:
            for c in tok.children:
                if c.dep_ in {"appos", "compound", "amod", "nmod"}:
                    found = self._named(c)
                    if found:
                        return [m.actor for m in found], "apposition"
            return [], ""
        if _lemma(tok) in self.lex.nouns:
            # an event word ("injured by a bus bombing in Kabul"): "in"/"at" give its place,
            # not who did it
            preps = preps - {"in", "at"}
        # each node carries whether the path to it kept to the phrase's own members: "troops
        # from North Korea" are North Korea's military, but "opposition to U.S. sanctions" is
        # not the US opposition (a relation preposition drops the head's sector)
        frontier = [(tok, True)]
        for _level in range(3):
            nxt: list[tuple[Token, bool]] = []
            hits: list[Actor] = []
            for node, member in frontier:

                def sectored(actor: Actor, member: bool = member) -> Actor:
                    return self._with_sector(tok, actor, at_head=False) if member else actor

                for child in node.children:
                    dep = child.dep_
                    if dep == "poss" and _lemma(node) in self.lex.words["relational"]:
                        continue
                    if dep in _NP_DEPS or (dep == "conj" and node.i != tok.i):
                        found = self._named(child)
                        for c2 in child.conjuncts:
                            found.extend(self._named(c2))
                        if found:
                            hits.extend(sectored(m.actor) for m in found)
                        elif child.pos_ == "PRON" and child.lower_ in _PRONOUNS and dep == "poss":
                            actors, _ = self._pronoun(child, depth + 1)
                            hits.extend(sectored(a) for a in actors)
                        else:
                            nxt.append((child, member))
                    elif dep == "prep" and child.lower_ in preps:
                        inner = member and child.lower_ in _NP_PREPS
                        for g in child.children:
                            if g.dep_ != "pobj":
                                continue
                            found = self._named(g)
                            for c2 in g.conjuncts:
                                found.extend(self._named(c2))
                            if found:
                                hits.extend(sectored(m.actor, inner) for m in found)
                            else:
                                nxt.append((g, inner))
                    elif dep == "acl" and _lemma(child) in self.lex.words["seat_verbs"]:
                        # "a terror group based in Trinidad"
                        for p in child.children:
                            if p.dep_ == "prep" and p.lower_ in {"in", "at"}:
                                for g in p.children:
                                    if g.dep_ == "pobj":
                                        found = self._named(g)
                                        hits.extend(sectored(m.actor) for m in found)
                                        if not found:
                                            nxt.append((g, member))
            if hits:
                return _unique(hits), "in its phrase"
            frontier = nxt
            if not frontier:
                break
        group = self._group(tok)
        if group:
            return group, "the pair named before"
        if _lemma(tok) in self.lex.anaphors and depth < 3:
            earlier = self._refers_to(tok)
            if earlier is not None:
                return list(earlier.source), f'"{tok.text}" refers to "{earlier.trigger}" before'
        if _lemma(tok) in self.lex.words["instruments"] and depth < 3:
            author = self._author(tok, depth)
            if author:
                return author, "who adopted it"
        return [], ""

    def _refers_to(self, tok: Token) -> Event | None:
        """The event a definite event noun with no actor of its own refers back to: "condemned
        the test" after "North Korea carried out a nuclear test". The latest event of a type the
        noun can name, told in this sentence or the two before, that has a source."""
        if not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
            for c in tok.children
        ):
            return None
        types = self.lex.anaphors[_lemma(tok)]
        for ev in reversed(self.told):
            if ev.sentence_index < self.sent_index - _ANAPHOR_REACH:
                break
            if not ev.source:
                continue
            if "*" in types:
                # "the move", "the decision": only what was told just before
                if ev.sentence_index >= self.sent_index - 1:
                    return ev
            elif ev.event_type in types:
                return ev
        return None

    def _author(self, tok: Token, depth: int, *, look_back: bool = True) -> list[Actor]:
        """Who issued a resolution, law, decree or measure that names no one itself: the subject
        of the verb that adopted it ("the Council adopted Resolution 2375, which caps ..."), or,
        for a definite one with no such verb in its sentence ("The measure caps ..."), the author
        of such an instrument in the two sentences before."""
        verbs = self.lex.words["authoring"]
        node = tok
        while node.dep_ in {"conj", "appos"} and node.head.pos_ in _NOUN:
            node = node.head
        host = None
        if node.dep_ in {"dobj", "nsubjpass"} and node.head.pos_ in _VERB:
            host = node.head
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in _VERB:
            host = node.head.head  # "voted for Resolution 2371"
        if host is not None and is_form(host, verbs):
            subj, _ = self.subject_of(host)
            actors = self._actors_list(subj, depth + 1)
            if actors:
                return actors
        if not look_back or not (definite(tok) or tok.pos_ == "PROPN"):
            return []
        sent = tok.sent
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            prev = self.doc[start - 1].sent
            for cand in reversed(prev):
                if _lemma(cand) in self.lex.words["instruments"] and cand.pos_ in _NOUN:
                    actors = self._author(cand, depth + 1, look_back=False)
                    if actors:
                        return actors
            start = prev.start
        return []

    def _named(self, tok: Token) -> list[Mention]:
        """Mentions with a code headed by, or covering, ``tok``."""
        ms = [m for m in self.by_head.get(tok.i, ()) if m.actor.code]
        if not ms:
            m = self.by_token.get(tok.i)
            if m is not None and m.actor.code:
                ms = [m]
        return ms

    def _with_sector(self, tok: Token, actor: Actor, *, at_head: bool) -> Actor:
        """Sector from the argument's head word: "North Korean troops" → MIL; a person found
        inside the phrase of a sector noun ("Putin's troops") stands for a group of that country."""
        sector = self.onto.sector_words.get(_lemma(tok))
        if sector is None:
            return actor
        if at_head:
            return actor if actor.sector else replace(actor, sector=sector)
        if actor.kind == "person" and sector == actor.sector:
            return actor
        text = self.doc[max(tok.left_edge.i, tok.i - 6) : tok.i + 1].text
        group = getattr(self.catalogue, "group_actor", None)
        if group is not None:
            return group(actor.code, sector, text)
        name = actor.name if actor.kind == "country" else None
        return Actor(text=text, name=name, code=actor.code, sector=sector, kind="group", id=None)

    def _pronoun(self, tok: Token, depth: int) -> tuple[list[Actor], str]:
        low = tok.lower_
        head = tok.head
        # "Syria says it will ...": the subject of a reported or governed clause is the speaker
        if (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and head.dep_ in {"ccomp", "xcomp", "advcl"}
            and head.head.pos_ in _VERB
        ):
            subj, _ = self.subject_of(head.head)
            actors = self._actors_list(subj, depth)
            if actors and not self._agrees(low, actors):
                actors = []
            if actors:
                return actors, f'"{tok.text}" = the subject of "{head.head.text}"'
        # "X denied ..., but they vowed": a coordinated clause's pronoun subject
        if tok.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "conj" and head.head.pos_ in _VERB:
            subj, _ = self.subject_of(head.head)
            actors = self._actors_list(subj, depth)
            if actors and self._agrees(low, actors):
                return actors, f'"{tok.text}" = the subject of "{head.head.text}"'
        # "its troops", "their countries": the subject of the clause around the phrase
        if tok.dep_ == "poss":
            clause = tok.head
            while (
                clause.pos_ not in _VERB
                and clause.head.i != clause.i
                and clause.dep_ not in {"ROOT"}
            ):
                clause = clause.head
            if clause.pos_ in _VERB:
                subj, _ = self.subject_of(clause)
                subj = [s for s in subj if not (s.left_edge.i <= tok.i <= s.right_edge.i)]
                actors = self._actors_list(subj, depth)
                if actors and self._agrees(low, actors):
                    return actors, f'"{tok.text}" = the subject of "{clause.text}"'
                if (
                    not actors
                    and clause.dep_ in {"conj", "xcomp", "ccomp", "advcl"}
                    and clause.head.pos_ in _VERB
                ):
                    subj, _ = self.subject_of(clause.head)
                    subj = [s for s in subj if not (s.left_edge.i <= tok.i <= s.right_edge.i)]
                    actors = self._actors_list(subj, depth)
                    if actors and self._agrees(low, actors):
                        return actors, f'"{tok.text}" = the subject of "{clause.head.text}"'
        if self._antecedent is not None:
            try:
                found = self._antecedent(self.doc, tok.i, self.mentions)
            except Exception:  # the resolver's failure must not stop coding
                found = None
            actors = [a for a in _as_actors(found) if a.code]
            if actors:
                return actors, f'"{tok.text}" = antecedent found by the actor stage'
        return self._nearest_before(tok), f'"{tok.text}" = nearest earlier actor'

    @staticmethod
    def _agrees(pronoun: str, actors: list[Actor]) -> bool:
        if pronoun in _PERSON_PRONOUNS:
            return len(actors) == 1 and actors[0].kind == "person"
        if pronoun in {"it", "its", "itself"}:
            return len(actors) == 1 and actors[0].kind != "person"
        if pronoun in _PLURAL_PRONOUNS:
            # one person is never "they"; a country or a body may be ("the Americans ... they")
            return not (len(actors) == 1 and actors[0].kind == "person")
        return True

    def _actors_list(self, toks: Iterable[Token], depth: int) -> list[Actor]:
        out: list[Actor] = []
        for t in toks:
            if t.pos_ == "PRON" and t.lower_ in _PRONOUNS and depth >= 2:
                continue
            actors, _ = self.actors_of(t, depth=depth + 1)
            out.extend(actors)
        return _unique(out)

    def _nearest_before(self, tok: Token) -> list[Actor]:
        """Fallback antecedent: the closest earlier actor of the right kind, in this sentence or
        the one before; for "they", the coordinated actors last named, or the parties of the
        previous sentence."""
        low = tok.lower_
        sent_start = tok.sent.start
        prev_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        candidates = [
            m
            for m in self.mentions
            if prev_start <= m.token_start and m.token_end <= tok.i and m.actor.code
        ]
        if not candidates:
            return []
        if low in _PERSON_PRONOUNS:
            people = [m for m in candidates if m.actor.kind == "person"]
            return [people[-1].actor] if people else []
        if low in _PLURAL_PRONOUNS:
            last = candidates[-1]
            head = self.doc[last.head]
            group = _unique(
                m.actor for m in candidates if self.doc[m.head] in head.conjuncts or m is last
            )
            if len(group) > 1:
                return group
            if last.actor.kind != "person":
                # a country or a body may be "they": the last one named, rather than a guess at
                # several parties that were never coordinated
                return [last.actor]
            people = _unique(m.actor for m in candidates if m.actor.kind == "person")
            if len(people) > 1:
                return people[-3:]
            return _unique(m.actor for m in candidates)[-3:]
        others = [m for m in candidates if m.actor.kind != "person"]
        return [others[-1].actor] if others else [candidates[-1].actor]

    def _group(self, tok: Token) -> list[Actor]:
        """ "both countries", "the two sides": the last coordinated pair of actors before."""
        if _lemma(tok) not in self.lex.words["group_nouns"] or tok.tag_ not in {"NNS", "NNPS"}:
            return []
        if not any(c.lower_ in {"both", "two", "all"} for c in tok.children):
            return []
        sent_start = tok.sent.start
        prev_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        pair: list[Actor] = []
        for m in self.mentions:
            if not (prev_start <= m.token_start and m.token_end <= tok.i):
                continue
            head = self.doc[m.head]
            if head.dep_ == "conj" and head.head.i in self.by_head:
                pair = [mm.actor for mm in self.by_head[head.head.i]] + [m.actor]
        return _unique(pair)

    # -- syntax -----------------------------------------------------------------------------------

    def subject_of(self, verb: Token, depth: int = 0) -> tuple[list[Token], str]:
        """The tokens naming who does what ``verb`` says, and how they were found."""
        if _is_passive(verb) or _participle(verb):
            # "was criticised by Washington", "Criticised by Washington, Pyongyang ...": the agent;
            # a passive participle's host ("Pyongyang") is the one it was done to
            agents = [
                g
                for c in verb.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            return agents, "passive agent"
        subs = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if subs:
            return subs, "subject"
        if verb.pos_ == "ADJ" and verb.dep_ in {"acomp", "xcomp"} and verb.head.pos_ in _VERB:
            return self.subject_of(verb.head, depth + 1)
        if depth > 5:
            return [], ""
        dep = verb.dep_
        head = verb.head
        if head.i == verb.i:
            return [], ""
        if dep == "xcomp" or (
            dep == "advcl"
            and (
                verb.tag_ in {"VBG", "VBN"}
                or any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
            )
            and not any(c.dep_ == "mark" for c in verb.children)
        ):
            if dep == "xcomp" and _lemma(head) in self.lex.words["object_control"]:
                objs = [c for c in head.children if c.dep_ == "dobj"]
                objs = objs or _prep_objects(head, "on") or _prep_objects(head, "upon")
                if objs:
                    return objs, f'object of "{head.text}"'
            found, _ = self.subject_of(head, depth + 1)
            return found, f'subject of "{head.text}"'
        if dep == "conj" and head.pos_ in _VERB | {"ADJ"}:
            found, _ = self.subject_of(head, depth + 1)
            return found, f'shared with "{head.text}"'
        if dep == "relcl" and head.pos_ in _NOUN | {"PRON"}:
            return [head], "relative clause"
        root = verb.sent.root
        if dep == "acl" and root.pos_ in _NOUN and verb.tag_ in {"VBD", "VBN"}:
            # a sentence without a main verb is a misparse of "The newspaper called on ...",
            # "Doctors from two aid groups donated ...": its root noun is the subject
            return [root], "subject"
        if (
            dep == "acl"
            and head.pos_ in _NOUN
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "the U.S. plan to invade Iraq", "Russia's decision to withdraw": the plan's owner
            owners = [c for c in head.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
            if any(self._named(o) for o in owners) or any(o.lower_ in _PRONOUNS for o in owners):
                return owners, f'owner of "{head.text}"'
            return [], ""
        if dep == "acl" and head.pos_ in _NOUN and verb.tag_ == "VBG":
            # "rebels demanding ...", or "a declaration demanding ..." issued by someone
            if self.actors_of(head, depth=depth + 1)[0] or head.head.pos_ not in _VERB:
                return [head], "participle"
            found, _ = self.subject_of(head.head, depth + 1)
            return found, f'subject of "{head.head.text}"'

        if dep == "pcomp" and head.head.pos_ in _VERB:
            host = head.head
            # "accused Russia of shelling", "stopped Poland from sending": the object does it;
            # "thwarted attacks by destroying a boat", "after meeting Kim": the subject does
            objs = [c for c in host.children if c.dep_ == "dobj"]
            if objs and head.lower_ in _OBJECT_PREPS:
                return objs, f'object of "{host.text}"'
            found, _ = self.subject_of(host, depth + 1)
            return found, f'subject of "{host.text}"'
        return [], ""

    def _objects(self, verb: Token) -> list[Token]:
        """Direct objects, a passive subject, and the object of "with" ("provide X with Y")."""
        out: list[Token] = []
        for c in verb.children:
            if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}:
                out.extend(_conjuncts(c))
            elif c.dep_ == "prep" and c.lower_ in {"with", "to", "on", "upon", "into", "of", "for"}:
                out.extend(g for g in c.children if g.dep_ == "pobj")
        return out

    @staticmethod
    def _words(tok: Token) -> set[str]:
        """Lemma, lower-case text and "modifier head" pairs of a token, for object and modifier
        constraints ("joint exercise", "martial law")."""
        lem = _lemma(tok)
        words = {lem, tok.lower_}
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "nmod"}:
                words.add(f"{_lemma(c)} {lem}")
                words.add(f"{c.lower_} {tok.lower_}")
        for c in tok.children:  # "state of emergency", "persona non grata"
            if c.dep_ == "prep" and c.lower_ == "of":
                words.update(_lemma(g) for g in c.children if g.dep_ == "pobj")
        return words

    # -- triggers ---------------------------------------------------------------------------------

    def triggers(self, sent: Span, candidates: Sequence[int] | None = None) -> list[_Trigger]:
        """The sentence's triggers. ``candidates`` are the token indices whose lemma or form is in
        the lexicon (found for the whole document at once by ``code``); None scans every token."""
        lex = self.lex
        keys = lex.trigger_lemmas
        forms = lex.forms
        verbs: list[_Trigger] = []
        nouns: list[tuple[Token, tuple[Entry, ...]]] = []
        doc = sent.doc
        tokens = sent if candidates is None else (doc[i] for i in candidates)
        for tok in tokens:
            lem = tok.lemma_
            if lem not in keys:
                lem = lem.lower()
                if lem not in keys:
                    lem = forms.get(tok.lower_)
                    if lem is None:
                        continue
            if tok.ent_type_ in _NOT_EVENTS:
                continue  # "in March of this year" is no march
            pos = tok.pos_
            if pos in _VERB and tok.dep_ not in {"amod", "compound"}:
                entries = lex.verbs.get(lem)
                if entries:
                    t = self._match_verb(tok, entries)
                    if t is not None:
                        verbs.append(t)
            elif pos in _NOUN and tok.dep_ != "compound":  # "aid groups" is not aid
                entries = lex.nouns.get(lem)
                if entries:
                    nouns.append((tok, entries))
            elif pos == "ADJ":
                entries = lex.adjs.get(lem)
                if entries and any(c.dep_ == "xcomp" for c in tok.children):
                    verbs.append(_Trigger(tok, entries[0], []))
        if not verbs and not nouns:
            return []
        by_verb = {t.tok.i: t for t in verbs}
        # "attacked the camp, killing 156 people": a participle restating its clause's event
        for t in list(verbs):
            host = by_verb.get(t.tok.head.i)
            if (
                host is not None
                and host is not t
                and t.tok.dep_ == "advcl"
                and t.tok.tag_ == "VBG"
                and host.entry.event_type == t.entry.event_type
                and not any(c.dep_ in {"nsubj", "mark"} for c in t.tok.children)
            ):
                verbs.remove(t)
                host.absorbed.append(t.tok)
                self.note(
                    host.tok, f'"{t.tok.text}" restates "{host.tok.text}": folded into one event'
                )
        taken = {o.i for t in verbs for o in t.objects}
        found = list(verbs)
        for tok, entries in nouns:
            if tok.i in taken:
                continue
            t = self._match_noun(tok, entries)
            if t is None:
                continue
            if self._absorb(t, by_verb):
                continue
            found.append(t)
        found.sort(key=lambda t: t.tok.i)
        return found

    def _match_verb(self, tok: Token, entries: tuple[Entry, ...]) -> _Trigger | None:
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        preps = {
            c.lower_
            for c in tok.children
            if c.dep_ in {"prep", "agent", "dative"} and not _temporal(c)
        }
        objects = self._objects(tok)
        # "called off a strike" parsed with "off" as a preposition: a particle and its object,
        # when an entry of this verb wants that particle ("arrived in Beijing" has no particle)
        wanted = {p for e in entries for p in e.particle}
        for c in tok.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in wanted
                and c.lower_ in _PARTICLES
                and c.i == tok.i + 1
            ):
                prts.add(c.lower_)
                objects.extend(g for g in c.children if g.dep_ == "pobj")
        obj_words: dict[str, Token] = {}
        for o in objects:
            for w in self._words(o):
                obj_words.setdefault(w, o)
        pobjs = {
            _lemma(g)
            for c in tok.children
            if c.dep_ in {"prep", "dative"}
            for g in c.children
            if g.dep_ in {"pobj", "pcomp"}
        }
        # the verb of a governed clause, for entries that rule it out ("declined to comment")
        governed = {_lemma(c) for c in tok.children if c.dep_ in {"xcomp", "ccomp"}}
        for o in objects:  # "put troops on alert", "withdraw from the treaty"
            for c in o.children:
                if c.dep_ == "prep":
                    pobjs.update(_lemma(g) for g in c.children if g.dep_ == "pobj")
        best: _Trigger | None = None
        best_score = -1
        for e in entries:  # most specific first
            if best is not None and e.specificity * 10 + 9 <= best_score:
                break
            if e.particle:
                if not (e.particle & prts):
                    continue
            elif prts - {"up"} and not e.objects:
                continue  # "call off" is not "call"
            if e.preps and not (e.preps & preps):
                continue
            matched: list[Token] = []
            words = 0
            if e.objects:
                hits = e.objects & obj_words.keys()
                if not hits:
                    continue
                matched = _unique_tokens(obj_words[w] for w in hits)
                words = max(w.count(" ") + 1 for w in hits)
            if e.pobjs and not (e.pobjs & pobjs):
                continue
            if e.exclude and (e.exclude & (obj_words.keys() | pobjs | governed)):
                continue
            if e.cues and not self._cued(tok, e.cues):
                continue
            if e.need_complement and not any(
                (c.dep_ in {"xcomp", "ccomp"} and not _question(c))
                or (c.dep_ == "prep" and c.lower_ == "for")
                for c in tok.children
            ):
                # "troops pushed into Gaza" asks nothing of anyone; "asked whether Russia would
                # help" asks a question, not for an act
                continue
            # among equally specific entries the longer object wins: "peacekeeping force" over
            # "force"
            score = e.specificity * 10 + min(words, 9)
            if score > best_score:
                best, best_score = _Trigger(tok, e, matched), score
        return best

    def _match_noun(self, tok: Token, entries: tuple[Entry, ...]) -> _Trigger | None:
        mods = set()
        for c in tok.children:
            if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
                mods.add(_lemma(c))
                mods.add(c.lower_)
                for g in c.children:  # "air-to-ground", "free-trade"
                    if g.dep_ in {"compound", "amod"}:
                        mods.add(f"{g.lower_}{c.lower_}")
        pobjs = {
            _lemma(g)
            for c in tok.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ in {"pobj", "pcomp"}
        }
        for e in entries:
            if e.mods and not (e.mods & mods):
                continue
            if e.pobjs and not (e.pobjs & pobjs):
                continue
            if e.exclude and (e.exclude & (mods | pobjs)):
                continue
            if e.cues and not self._cued(tok, e.cues):
                continue
            t = _Trigger(tok, e, [])
            self._light(t)
            return t
        return None

    @staticmethod
    def _cued(tok: Token, cues: frozenset[str]) -> bool:
        """Does the trigger's sentence hold one of the entry's cue words (by lemma, form or
        prefix: "anti-war" has the cue "anti")?"""
        for w in tok.sent:
            if w.i == tok.i:
                continue
            low = w.lower_
            if low in cues or w.lemma_.lower() in cues or low.split("-", 1)[0] in cues:
                return True
        return False

    def _light(self, t: _Trigger) -> None:
        """The verb an event noun hangs from, and whether the noun borrows its subject."""
        tok = t.tok
        node = tok
        while node.dep_ == "conj" and node.head.pos_ in _NOUN:
            node = node.head
        dep = node.dep_
        head = node.head
        if dep in {"dobj", "attr", "oprd", "dative", "nsubjpass"} and head.pos_ in _VERB:
            t.light, t.light_relation = head, "object"
            t.inherit_subject = _known_form(head, self.lex.light_verbs, lemma=True) is not None
        elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in _VERB:
            t.light, t.light_relation = head.head, f"prep:{head.lower_}"
            # "Kim is in Russia for a meeting": the subject takes part; but "a tanker explodes in
            # an attack", "soldiers were wounded in a raid": the subject is the victim
            t.inherit_subject = head.lower_ in _CLAUSE_PREPS and t.entry.event_type not in {
                "ASSAULT",
                "COERCE",
            }
        elif dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in _NOUN:
            # "a request for talks": not a clause of its own
            t.light, t.light_relation = None, ""

    def _absorb(self, t: _Trigger, by_verb: dict[int, _Trigger]) -> bool:
        """A noun that restates the verb governing it ("wounded ... in a bomb attack", "a bombing
        killed ...") is folded into the verb's event, lending it its mode."""
        tok = t.tok
        host = t.light
        if host is None and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in _VERB:
            host = tok.head
        if host is None:
            return False
        v = by_verb.get(host.i)
        if v is None:
            return False
        if v.entry.stance in {"intent", "threat", "refusal"}:
            # "refused talks": the refuser's own talks; "rejected the sanctions": someone else's
            t.inherit_subject = not (
                v.entry.stance == "refusal"
                and definite(tok)
                and is_form(v.tok, self.lex.modality.object_attitude)
            )
            return False
        if v.entry.event_type != t.entry.event_type:
            t.inherit_subject = False
            return False
        v.absorbed.append(tok)
        self.note(host, f'"{tok.text}" restates "{host.text}": folded into one event')
        return True

    # -- frames -----------------------------------------------------------------------------------

    def _slot(self, t: _Trigger, slot: str, *, place: bool = False) -> tuple[list[Actor], str]:
        """The actors in one slot of the trigger's frame; ``place``: a target slot may name a
        place the place list knows, standing for its country."""
        tok = t.tok
        noun = tok.pos_ in _NOUN
        if slot == "subj":
            if noun:
                if t.light is not None and t.inherit_subject:
                    subj, how = self.subject_of(t.light)
                    actors = self._actors_list(subj, 0)
                    return actors, f'subject of "{t.light.text}"'
                return [], ""
            subj, how = self.subject_of(tok)
            return self._actors_list(subj, 0), how
        if slot == "named":  # "hosted Japanese Prime Minister Hashimoto", not "received a gain"
            if noun:
                return [], ""
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            return _unique(m.actor for o in objs for m in self._named(o)), "object"
        if slot in {"dobj", "objmod"}:
            if noun:
                return [], ""
            objs = [
                c
                for c in tok.children
                if c.dep_ in ({"nsubjpass"} if _is_passive(tok) else {"dobj"})
            ]
            if not objs and _participle(tok):
                # "Criticised by Washington, Pyongyang ...", "the ships seized by Russia"
                objs = self.subject_of(tok.head)[0] if tok.dep_ == "advcl" else [tok.head]
            if not objs and slot == "objmod" and t.entry.preps:
                # a prepositional verb's object: "called for sanctions against Pakistan"
                for word in t.entry.preps:
                    objs.extend(_prep_objects(tok, word))
            if slot == "dobj":
                found = self._actors_list(objs, 0)
                if not found and place:
                    found = [a for o in objs for a in self._as_place(o)]
                return found, "object"
            actors: list[Actor] = []
            for o in objs:
                actors.extend(self.actors_of(o, depth=1, preps=_OBJ_PREPS)[0])
            return _unique(actors), "in the object's phrase"
        if slot == "iobj":
            out = []
            for c in tok.children:
                if c.dep_ == "dative":
                    out.extend(
                        g for g in c.children if g.dep_ == "pobj"
                    ) if c.pos_ == "ADP" else out.append(c)
            return self._actors_list(out, 0), "indirect object"
        if slot == "xsubj":
            subs = [
                g
                for c in tok.children
                if c.dep_ in {"ccomp", "xcomp", "acl"}
                for g in c.children
                if g.dep_ in {"nsubj", "nsubjpass"}
            ]
            return self._actors_list(subs, 0), "subject of the demanded clause"
        if slot == "poss":
            return self._actors_list((c for c in tok.children if c.dep_ == "poss"), 0), "possessor"
        if slot == "provoker":
            # "the visit drew condemnation from China": what drew it is what is condemned
            verb = t.light
            if not noun or verb is None or not is_form(verb, self.lex.words["elicit"]):
                return [], ""
            subj, _ = self.subject_of(verb)
            return self._actors_list(subj, 0), f'subject of "{verb.text}"'

        if slot == "mod":
            actors: list[Actor] = []
            for m in tok.children:
                if m.dep_ in {"compound", "amod", "nmod"}:
                    actors.extend(mm.actor for mm in self._named(m))
                    for other in m.conjuncts:
                        actors.extend(mm.actor for mm in self._named(other))
                    # "the North Korea–Russia summit": a pair joined by a dash
                    if any(p.lower_ in {"–", "-", "—"} for p in m.children):
                        for inner in m.children:
                            if inner.dep_ in {"compound", "amod", "nmod"}:
                                actors.extend(mm.actor for mm in self._named(inner))
            return _unique(actors), "modifier"
        if slot == "purpose":
            return self._purpose_party(t)
        # a preposition: on the trigger, on its object, or on the support verb of a noun
        hosts = [tok]
        if not noun:
            objs0 = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}] + t.objects
            hosts.extend(objs0)
            # "withdrew from the treaty with Russia": the phrase an entry's pobj matched
            if t.entry.pobjs:
                hosts.extend(
                    g
                    for c in tok.children
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pobj" and _lemma(g) in t.entry.pobjs
                )
            # "signed the Treaty on ..., a mutual defence pact with North Korea"
            hosts.extend(a for o in objs0 for a in o.children if a.dep_ == "appos")
        else:
            # "a suspension of air links with Serbia", "the withdrawal of forces from Panama"
            hosts.extend(_prep_objects(tok, "of"))
            if t.light is not None and t.light_relation == "object":
                hosts.append(t.light)
        objs: list[Token] = []
        for h in _unique_tokens(hosts):
            objs.extend(_prep_objects(h, slot))
        actors: list[Actor] = []
        for o in objs:
            # "for a possible war against Iraq": the phrase's own recipient counts
            actors.extend(self.actors_of(o, depth=1, preps=_OBJ_PREPS)[0])
        if not actors and place:
            # "arrived in Vladivostok", "visited Kharkiv": the country of a known place
            for o in objs:
                actors.extend(self._as_place(o))
        return _unique(actors), f'"{slot}" phrase'

    def _frames(self, t: _Trigger) -> list[tuple[list[Actor], str, list[Actor], str]]:
        """The trigger's frame, or one frame per subject party when the text says each acted
        separately: "Russia and Ukraine signed separate agreements with Turkey and the UN" is
        Russia with Turkey and the UN, and Ukraine with Turkey and the UN, never Russia with
        Ukraine."""
        separate = t.entry.mutual and self._separate(t)
        src, how, tgt, thow = self._frame(t, merge=not separate)
        if not separate:
            return [(src, how, tgt, thow)]
        if len(src) < 2:
            if len(tgt) < 2:
                return [(_unique([*src, *tgt]), how, [], "")]
            self.note(t.tok, f"  separately: one event with each of {_names(tgt)}")
            return [(_unique([*src, b]), how, [], "") for b in tgt]
        self.note(t.tok, f"  separately: one event for each of {_names(src)}")
        return [(_unique([a, *tgt]), how, [], "") for a in src]

    def _carrier(self, t: _Trigger) -> Token | None:
        """The verb that tells whether an event noun happens: the support verb it borrows its
        subject from, or the verb of happening it is the subject of ("talks resumed", "the
        summit will be held")."""
        tok = t.tok
        if tok.pos_ not in _NOUN:
            return None
        if t.light is not None and t.inherit_subject:
            return t.light
        head = tok.head
        if (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and head.pos_ in _VERB
            and is_form(head, self.lex.words["happening"])
        ):
            return head
        return None

    def _absorbed_source(self, t: _Trigger) -> tuple[list[Actor], str]:
        """The source named by an event noun folded into a verb that names none itself."""
        verb = t.tok
        for n in t.absorbed:
            if n.pos_ not in _NOUN:
                continue
            # only the noun that tells how the verb's own act was done: "injured in an attack",
            # "killed by shelling", "a bombing killed"
            if not (
                (n.dep_ == "pobj" and n.head.dep_ in {"prep", "agent"} and n.head.head.i == verb.i)
                or (n.dep_ in {"nsubj", "nsubjpass"} and n.head.i == verb.i)
            ):
                continue
            sub = self._match_noun(n, self.lex.nouns.get(_lemma(n), ()))
            if sub is None:
                continue
            for slot in sub.entry.source:
                if slot == "subj":
                    continue
                found, how = self._slot(sub, slot)
                if found:
                    return found, f'{how} of "{n.text}"'
        return [], ""

    def _separate(self, t: _Trigger) -> bool:
        words = self.lex.words["separate"]
        return any(
            c.dep_ in {"amod", "advmod"} and _lemma(c) in words
            for w in (t.tok, *t.objects)
            for c in w.children
        )

    def _frame(
        self, t: _Trigger, *, merge: bool = True
    ) -> tuple[list[Actor], str, list[Actor], str]:
        e = t.entry
        tok = t.tok
        sources: list[Actor] = []
        how = ""
        if e.patient_source:
            objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            sources = self._actors_list(objs, 0)
            how = "the force that is disarmed"
            if not sources:
                sources, how = self._slot(t, "subj")
        else:
            for slot in e.source:
                sources, how = self._slot(t, slot)
                if sources:
                    if slot == "between":
                        how = '"between" phrase'
                    break
        if not sources and e.stance and tok.pos_ in _VERB and _is_passive(tok):
            # "Vietnam is committed to ...": an adjectival passive names its holder as subject
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            sources = self._actors_list(subj, 0)
            how = "subject"
        if (
            not sources
            and e.objects
            and e.event_type in _OWNED_TYPES
            and tok.pos_ in _VERB
            and _is_passive(tok)
            and any(o.dep_ == "nsubjpass" for o in t.objects)
        ):
            # "North Korean troops were deployed to Russia", "Russian forces were pulled back
            # from Kherson": with no agent named, whoever owns the forces moved them
            subj = [o for o in t.objects if o.dep_ == "nsubjpass"]
            sources = self._actors_list(subj, 0)
            how = "owner of what was moved"
        targets: list[Actor] = []
        thow = ""
        tslot = ""
        for slot in e.target:
            if e.patient_source and slot in {"dobj", "objmod"}:
                continue
            targets, thow = self._slot(t, slot, place=True)
            targets = _others(targets, sources)
            if targets:
                tslot = slot
                break
        if (
            merge
            and e.mutual
            and sources
            and targets
            and tslot in {"with", "between", "dobj", "objmod"}
        ):
            # PLOVER codes every party of a meeting, agreement or clash as a source
            sources = _unique([*sources, *targets])
            self.note(tok, f"  mutual: {_names(targets)} ({thow}) coded as sources too")
            targets, thow = [], ""
        return sources, how, targets, thow

    # -- one sentence -----------------------------------------------------------------------------

    def code_sentence(
        self, sent: Span, candidates: Sequence[int] | None = None, obligation: bool = True
    ) -> list[_Draft]:
        if not any(w.pos_ in _VERB for w in sent) and sent[-1].text not in _FULL_STOPS:
            # a heading or a list of topics ("War crimes in the Russian invasion of Ukraine,
            # Trial of ..."): names events, reports none. A sentence that ends like one is kept:
            # the tagger may have missed its verb ("A drone attack injures two civilians.")
            self.note(None, f"sentence {self.sent_index}: no verb, a heading: nothing coded")
            return []
        found = self.triggers(sent, candidates) if candidates is None or candidates else []
        if not found:
            # only a "X said Y must ..." frame can still give an event
            if not obligation:
                return []
            cues = self.lex.modality.aux_obligation
            if not any(t.lower_ in cues and t.dep_ == "aux" for t in sent):
                return []
            return self._derive([], sent)
        cues = self.lex.modality
        stances = {t.tok.i: t.entry for t in found if t.entry.stance and t.entry.stance != "report"}
        drafts: list[_Draft] = []
        for t in found:
            e = t.entry
            self.note(
                t.tok, f'"{t.tok.text}" matched rule {e.id} ({e.event_type}, CAMEO {e.cameo})'
            )
            if t.objects:
                self.note(
                    t.tok, "  because of its object " + ", ".join(f'"{o.text}"' for o in t.objects)
                )
            mood = assess(t.tok, cues, stances)
            carrier = self._carrier(t)
            if carrier is not None:
                # "could soon join the fighting": the fighting exists, but the subject's part in it
                # is as modal as the verb that gives it ("joined" asserted, "could join" not);
                # "peace talks will resume on March 7": the talks are as future as their verb
                via = assess(carrier, cues, stances)
                if not via.asserted:
                    mood.negated = mood.negated or via.negated
                    mood.hypothetical = mood.hypothetical or via.hypothetical
                    mood.future = mood.future or via.future
                    mood.intent = mood.intent or via.intent
                    mood.reasons.extend(f"{r} (through its verb)" for r in via.reasons)
                    if mood.governor is None:
                        mood.governor = via.governor
                    if mood.speaker is None:
                        mood.speaker = via.speaker
            for r in mood.reasons:
                self.note(t.tok, "  " + r)
            for src, how, tgt, thow in self._frames(t):
                if not src and t.absorbed and t.entry.event_type in _SCENE_TYPES:
                    # "people were injured in a Russian missile attack": the attack's own source
                    src, how = self._absorbed_source(t)
                    if src:
                        tgt = _others(tgt, src)
                if not src and not tgt and t.absorbed:
                    # the verb names no one: the nouns folded into it are told on their own
                    # ("the summit between China, Japan and Korea ... are meeting")
                    for n in t.absorbed:
                        sub = self._match_noun(n, self.lex.nouns.get(_lemma(n), ()))
                        if sub is not None and n.pos_ in _NOUN:
                            found.append(sub)
                            self.note(
                                n, f'"{n.text}" coded on its own: "{t.tok.text}" names no one'
                            )
                    t.absorbed = []
                if src:
                    self.note(t.tok, f"  source {_names(src)} ({how})")
                if tgt:
                    self.note(t.tok, f"  target {_names(tgt)} ({thow})")
                cameo, mode, etype = e.cameo, e.mode, e.event_type
                context = self._contexts(t)
                if not tgt and e.no_target:
                    cameo = e.no_target
                    code = self.onto.code(cameo)
                    etype = code.plover or etype
                    mode = code.mode if code.plover == etype else None
                    self.note(t.tok, f"  no target: coded as CAMEO {cameo} ({code.name})")
                for n in t.absorbed:
                    if n.pos_ not in _NOUN:
                        continue
                    sub = self._match_noun(n, self.lex.nouns.get(_lemma(n), ()))
                    if sub is not None and sub.entry.mode and (mode is None or cameo.endswith("0")):
                        cameo, mode = sub.entry.cameo, sub.entry.mode
                refined = self.onto.refine(cameo, context)
                if refined != cameo:
                    self.note(t.tok, f"  context {', '.join(context)}: CAMEO {cameo} → {refined}")
                    code = self.onto.code(refined)
                    cameo = refined
                    if (
                        code.plover
                        and code.plover != etype
                        and e.event_type == self.onto.code(e.cameo).plover
                    ):
                        etype = code.plover
                    mode = mode if code.plover != etype or code.mode is None else code.mode
                if etype == "ASSAULT" and mode is None:
                    means = self.onto.assault_means
                    word = next((w for w in sent if _lemma(w) in means), None)
                    if word is not None:
                        mode = means[_lemma(word)]
                        self.note(t.tok, f'  mode {mode}: "{word.text}" in the sentence')
                conf = e.confidence * _HOW_WEIGHT.get(how.split(" ")[0] if how else "", 0.85)
                if t.tok.pos_ in _NOUN:
                    conf *= 0.95
                if e.target and not tgt:
                    conf *= 0.9
                drafts.append(
                    _Draft(
                        trig=t,
                        event_type=etype,
                        cameo=cameo,
                        mode=mode,
                        context=context,
                        source=tuple(src),
                        target=tuple(tgt),
                        mood=mood,
                        confidence=conf,
                        rule=e.id,
                        source_how=how,
                    )
                )
        self._stances(drafts)
        drafts = self._merge(drafts)
        for d in drafts:
            visit = d.event_type == "CONSULT" and d.mode == "visit"
            if (d.event_type in _SCENE_TYPES or visit) and d.source and not d.target:
                scene = self._scene(d)
                if scene:
                    d.target = scene
                    self.note(
                        d.trig.tok,
                        f"  target {_names(scene)} ({'where it went' if visit else 'where it struck'})",
                    )
        drafts.extend(self._derive(drafts, sent))
        return drafts

    def _scene(self, d: _Draft) -> tuple[Actor, ...]:
        """The country an attack with no named recipient struck, from where it struck: "Russian
        forces shelled Kherson", "a drone strike on a refinery in Belgorod Oblast", "killing five
        in Sumy, Ukraine". Places come from the actor stage (countries, capitals) or the place
        list (``data/places.yaml``); a place in the attacker's own country is no recipient."""
        t = d.trig
        roots = [t.tok, *t.objects, *t.absorbed]
        if t.light is not None:
            roots.append(t.light)
        clause = self.doc[_clause(t.tok)]
        roots.append(clause)
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            roots.append(clause.head)  # "launched an attack on Lviv, killing ten"
        own = {a.code for a in d.source}
        # "shelled Kharkiv", "Kherson was shelled": the place is the object itself
        objects = [c for c in t.tok.children if c.dep_ in {"dobj", "nsubjpass"}] + t.objects
        for o in _unique_tokens(objects):
            for place in (o, *o.conjuncts):
                code = self._place_code(place)
                if code is not None and code not in own:
                    actor = self._country_actor(code, place)
                    if actor is not None:
                        return (actor,)
        seen: set[int] = set()
        frontier = [(r, False) for r in _unique_tokens(roots)]
        for _level in range(8):  # prepositions count as a level: "on the village of Budy, ..."
            nxt: list[tuple[Token, bool]] = []
            for node, scene in frontier:
                for c in node.children:
                    if c.i in seen or c.dep_ in {"nsubj", "nsubjpass", "agent", "csubj", "poss"}:
                        continue
                    seen.add(c.i)
                    if c.dep_ == "prep":
                        if _temporal(c):
                            continue
                        # "on Lviv", "in Sumy, Ukraine", "on the village of Budy, Kharkiv Oblast"
                        nxt.append((c, scene or c.lower_ in _SCENE_PREPS))
                    elif scene and c.dep_ in {"pobj", "appos", "conj", "npadvmod"}:
                        code = self._place_code(c)
                        if code is not None and code not in own:
                            actor = self._country_actor(code, c)
                            if actor is not None:
                                return (actor,)
                        nxt.append((c, scene))
                    elif c.dep_ in {
                        "dobj",
                        "pobj",
                        "conj",
                        "appos",
                        "pcomp",
                        "acl",
                        "relcl",
                        "advcl",
                    }:
                        nxt.append((c, scene))
            frontier = nxt
            if not frontier:
                break
        return ()

    def _place_code(self, tok: Token) -> str | None:
        """The country a place-name token lies in, or that it names."""
        m = self.by_token.get(tok.i)
        if m is not None and m.actor.code and m.actor.kind in {"country", "group"}:
            entry = self.catalogue.country(m.actor.code) if self.catalogue is not None else None
            return m.actor.code if entry is not None else None
        if tok.pos_ != "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return None
        if tok.ent_iob_ in {"B", "I"} and tok.ent_type_:
            start, end = tok.i, tok.i + 1
            while start > tok.sent.start and self.doc[start].ent_iob_ == "I":
                start -= 1
            while end < tok.sent.end and self.doc[end].ent_iob_ == "I":
                end += 1
            name = self.doc[start:end].text
        else:
            left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
            name = self.doc[left[0].i if left else tok.i : tok.i + 1].text
        places = self.lex.places
        for candidate in (name, name.removeprefix("the ").removeprefix("The "), tok.text):
            code = places.get(place_key(candidate))
            if code is not None:
                return code
        return None

    def _as_place(self, tok: Token) -> list[Actor]:
        """A place name (or "a city, a country" pair) as its country's actor."""
        for place in (tok, *(x for x in tok.children if x.dep_ in {"appos", "npadvmod"})):
            code = self._place_code(place)
            if code is not None:
                actor = self._country_actor(code, place)
                if actor is not None:
                    return [actor]
        return []

    def _purpose_party(self, t: _Trigger) -> tuple[list[Actor], str]:
        """Whom an act is for, named in its purpose clause: "sent troops to fight alongside the
        Russian military", "sent soldiers to bolster Russia's war", "sent workers to help rebuild
        Russia's Kursk" (the helped party, not the place the help goes to)."""
        tok = t.tok
        clauses = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"} and _to_clause(c)]
        for clause in clauses:
            for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
                for word in ("alongside", "beside", "with", "for"):
                    found = self._actors_list(_prep_objects(verb, word), 0)
                    if found:
                        return found, f'"{word}" in the purpose clause'
                if is_form(verb, self.lex.words["helping"]) or verb is not clause:
                    objs = [c for c in verb.children if c.dep_ == "dobj"]
                    found = self._actors_list(objs, 0)
                    if found:
                        return found, "helped in the purpose clause"
        return [], ""

    def _country_actor(self, code: str, place: Token) -> Actor | None:
        entry = self.catalogue.country(code) if self.catalogue is not None else None
        if entry is None:
            return None
        return entry.actor(place.text, sector=None)

    def _merge(self, drafts: list[_Draft]) -> list[_Draft]:
        """One happening told by a noun and a verb of the same clause: "began a hunger strike to
        protest against Sweden's decision", "staged a hunger strike in protest against X". The
        event higher in the clause keeps its trigger and takes the other's missing recipient."""
        out = list(drafts)
        for d in drafts:
            if d not in out or d.target:
                continue
            anchors = {d.trig.tok.i}
            if d.trig.light is not None:
                anchors.add(d.trig.light.i)
            for o in drafts:
                if o is d or o not in out or o.event_type != d.event_type or not o.target:
                    continue
                if _modality(o.mood) != _modality(d.mood):
                    # "thwarted attacks by destroying a boat": two events; but "began a hunger
                    # strike to protest against X" tells one (the purpose is the strike's own)
                    continue
                if (
                    o.source
                    and d.source
                    and not any(_same(a, b) for a in o.source for b in d.source)
                ):
                    continue
                node = o.trig.tok
                near = False
                for _ in range(3):  # the other hangs from this event's verb within three steps
                    if node.head.i == node.i:
                        break
                    node = node.head
                    if node.i in anchors:
                        near = True
                        break
                if not near:
                    continue
                d.target = o.target
                d.source = d.source or o.source
                out.remove(o)
                self.note(
                    d.trig.tok,
                    f'  "{o.trig.tok.text}" tells the same event: target {_names(o.target)}',
                )
                break
        return out

    def _contexts(self, t: _Trigger) -> tuple[str, ...]:
        ctx = list(t.entry.context)
        words = self.onto.context_words
        looked = [t.tok, *t.objects, *t.absorbed]
        for tok in looked:
            for w in (tok, *tok.children):
                if w.i != tok.i and w.dep_ not in {"amod", "compound", "nmod"}:
                    continue
                c = words.get(_lemma(w)) or words.get(w.lower_)
                if c and c not in ctx:
                    ctx.append(c)
        return tuple(ctx)

    def _stances(self, drafts: list[_Draft]) -> None:
        """Combine stance verbs with the action they govern: "vowed to boost military ties" is an
        AGREE (0312) whose target is the boosting's; "vowed not to return" a REJECT; "refused to
        deploy peacekeepers" a REJECT (122)."""
        for d in drafts:
            stance = d.trig.entry.stance
            if stance is None or stance == "report":
                continue
            tok = d.trig.tok
            governed = [g for g in drafts if g.mood.governor == tok.i and g is not d]
            g = governed[0] if governed else None
            if g is None:
                if stance == "intent" and any(
                    c.dep_ in {"xcomp", "ccomp"} and any(n.dep_ == "neg" for n in c.children)
                    for c in tok.children
                ):
                    self._recode(d, "120")  # "vowed not to return the Golan Heights"
                if not d.target and stance in {"intent", "threat", "refusal"}:
                    fill = self._complement_target(tok, d.source)
                    if fill:
                        d.target = fill
                        self.note(tok, f"  target {_names(fill)} (from the clause it governs)")
                continue
            if stance == "accuse":
                g.mood.hypothetical = True
                g.mood.reasons.append(f'alleged by "{tok.text}"')
                self.note(g.trig.tok, f'  hypothetical: an allegation ("{tok.text}")')
                if g.event_type == "ASSAULT":
                    self._recode(d, "1123")
                continue
            if stance == "deny":
                continue
            kind = stance
            if (
                stance == "intent"
                and g.source
                and d.source
                and not any(_same(a, b) for a in g.source for b in d.source)
            ):
                # "China and Russia agreed to U.N. sanctions on Pyongyang": assent to someone
                # else's act, not an announcement of one's own
                if not d.target:
                    d.target = tuple(_others(g.source, d.source))
                self.note(tok, f"  assent to an act of {_names(g.source)}: no stance code")
                continue
            if stance == "intent" and _hostile(self.onto, g.event_type, g.cameo):
                kind = "threat"
            if stance == "intent" and g.mood.negated:
                kind = "refusal"  # "vowed not to return the Golan Heights"
                self._recode(d, self.onto.stance_code(kind, g.event_type, g.cameo) or "120")
            elif not g.mood.negated:
                code = self.onto.stance_code(kind, g.event_type, g.cameo)
                if code is not None and (stance != "refusal" or d.cameo == "120"):
                    if stance == "request" and d.cameo.startswith("02"):
                        code = _appeal(code)
                    self._recode(d, self.onto.refine(code, g.context))
                    d.context = tuple(dict.fromkeys((*d.context, *g.context)))
            if not d.target:
                fill = g.source if stance == "request" else g.target
                if not fill and stance != "request" and g.trig.entry.mutual:
                    fill = g.source  # "offered to negotiate with the president of Armenia"
                fill = tuple(_others(fill, d.source))
                if fill:
                    d.target = fill
                    self.note(tok, f"  target {_names(fill)} (from the action it governs)")
            if not d.target and d.event_type == "THREATEN":
                heads = [g.trig.tok, tok] + ([g.trig.light] if g.trig.light is not None else [])
                fill = tuple(_others(self._condition_party(heads), d.source))
                if fill:
                    d.target = fill
                    self.note(tok, f"  target {_names(fill)} (the party the condition names)")
            if not d.source and g.source and stance != "request":
                d.source = g.source

    def _condition_party(self, heads: Iterable[Token]) -> list[Actor]:
        """The subject of an "unless"/"if" clause on a threatened action: the party an ultimatum
        is aimed at ("... unless Baghdad accepted its conditions")."""
        for head in heads:
            for c in head.children:
                if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in c.children
                ):
                    subj = [g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
                    actors = self._actors_list(subj, 0)
                    if actors:
                        return actors
        return []

    def _complement_target(self, tok: Token, source: Iterable[Actor]) -> tuple[Actor, ...]:
        """The recipient named in the clause a stance verb governs when that clause has no coded
        event ("offered to hand over to Great Britain two of its nationals")."""
        for c in tok.children:
            if c.dep_ not in {"xcomp", "ccomp"}:
                continue
            args = [g for g in c.children if g.dep_ in {"dobj", "dative"}]
            for word in ("to", "against", "with", "on"):
                args.extend(_prep_objects(c, word))
            actors = _others(self._actors_list(args, 0), source)
            if actors:
                return tuple(actors)
        return ()

    def _recode(self, d: _Draft, code: str) -> None:
        c = self.onto.code(code)
        if c.plover is None:
            return
        self.note(d.trig.tok, f"  stance: coded as CAMEO {c.code} ({c.name})")
        d.cameo = c.code
        d.event_type = c.plover
        d.mode = c.mode
        d.context = tuple(dict.fromkeys((*c.context, *d.context)))

    def _derive(self, drafts: list[_Draft], sent: Span) -> list[_Draft]:
        """Events the sentence asserts about an action it does not assert: "X said it will
        withdraw ..." is an announced intention (AGREE/THREATEN), "X said it will not accept ..." a
        refusal, "X said Y must ..." a demand of Y."""
        out: list[_Draft] = []
        covered: set[int] = set()
        for d in drafts:
            if d.derived:
                continue
            speaker_actors: list[Actor] = []
            if d.mood.speaker is not None:
                subj, _ = self.subject_of(d.mood.speaker)
                speaker_actors = self._actors_list(subj, 0)
                if speaker_actors:
                    d.reported_by = tuple(speaker_actors)
                    self.note(d.trig.tok, f"  reported by {_names(speaker_actors)}")
            if not d.source:
                continue
            # the speaker announcing its own action: same country or body on both sides
            own = not speaker_actors or any(_same(a, b) for a in speaker_actors for b in d.source)
            if d.mood.obligation and speaker_actors and not own and d.mood.governor is None:
                code = self.onto.stance_code("request", d.event_type, d.cameo) or "100"
                out.append(self._derived(d, code, "request", tuple(speaker_actors), d.source))
                covered.add(d.trig.tok.i)
                continue
            if d.trig.entry.stance is not None or d.mood.governor is not None:
                continue
            # a conditional promise or threat is still announced: "will withdraw unless ..."
            hedged = d.mood.hypothetical and not (
                d.mood.conditional and sum("hypothetical" in r for r in d.mood.reasons) == 1
            )
            # "Russian officials claimed they may target Poland": a speaker naming a hostile act
            # of its own side as possible is threatening it
            possible = (
                d.mood.hypothetical
                and not d.mood.negated
                and bool(speaker_actors)
                and own
                and _hostile(self.onto, d.event_type, d.cameo)
                and d.event_type not in {"REQUEST", "ACCUSE"}
                and all(
                    "modal" in r or "reported speech" in r or "future" in r
                    for r in d.mood.reasons
                    if "hypothetical" in r or "modal" in r
                )
            )
            if possible and d.target:
                code = self.onto.stance_code("threat", d.event_type, d.cameo)
                if code is not None:
                    out.append(self._derived(d, self.onto.refine(code, d.context), "threat",
                                             d.source, d.target))  # fmt: skip
                    covered.add(d.trig.tok.i)
                    continue
            if d.mood.future and d.mood.intent and not hedged and own:
                if d.mood.negated:
                    kind = "refusal"
                elif not _hostile(self.onto, d.event_type, d.cameo):
                    kind = "intent"
                elif d.mood.posture:
                    kind = "posture"  # "prepared to resume shelling": force posture
                else:
                    kind = "threat"
                code = (
                    "150"
                    if kind == "posture"
                    else self.onto.stance_code(kind, d.event_type, d.cameo)
                )
                if code is None:
                    continue
                code = self.onto.refine(code, d.context)
                source, target = d.source, d.target
                if d.trig.entry.mutual:
                    # "they said they would meet the UN mediator", "Wang Yi will travel to meet
                    # Kim": the speaker's side (or the clause's subject) intends, the other party
                    # is the recipient
                    mine = tuple(a for a in source if any(_same(a, b) for b in speaker_actors))
                    if not mine:
                        verb = d.trig.light if d.trig.tok.pos_ in _NOUN else d.trig.tok
                        subj = self._actors_list(self.subject_of(verb)[0], 0) if verb else []
                        mine = tuple(a for a in source if any(a.key == b.key for b in subj))
                    if mine and len(mine) < len(source):
                        source, target = mine, (*_others(source, mine), *target)
                if not target and kind == "threat":
                    target = tuple(_others(self._condition_party([d.trig.tok]), source))
                out.append(self._derived(d, code, kind, source, target))
                covered.add(d.trig.tok.i)
        # "Russia said that Sudan must return the helicopter": a demand even when the demanded act
        # is not in the lexicon
        for tok in sent:
            if tok.dep_ != "ccomp" or tok.i in covered:
                continue
            if not any(
                c.dep_ == "aux" and c.lower_ in self.lex.modality.aux_obligation
                for c in tok.children
            ):
                continue
            speaker = tok.head
            if _lemma(speaker) not in self.lex.modality.gov_report:
                continue
            subj, _ = self.subject_of(speaker)
            sp = self._actors_list(subj, 0)
            them_t, _ = self.subject_of(tok)
            them = self._actors_list(them_t, 0)
            if not sp or not them or {a.key for a in sp} & {a.key for a in them}:
                continue
            entry = _REQUEST_ENTRY
            t = _Trigger(tok, entry, [])
            mood = Mood(reasons=[f'demand: "{speaker.text}" that ... "{tok.text}"'])
            draft = _Draft(
                trig=t, event_type="REQUEST", cameo="100", mode=None, context=(), source=tuple(sp),
                target=tuple(them), mood=mood, confidence=0.6, rule="request:must", source_how="subject",
                derived=True,
            )  # fmt: skip
            self.note(
                tok,
                f'"{speaker.text} ... {tok.text}" with "must/should": REQUEST of {_names(them)}',
            )
            out.append(draft)
        return out

    def _derived(
        self, d: _Draft, code: str, kind: str, source: tuple[Actor, ...], target: tuple[Actor, ...]
    ) -> _Draft:
        c = self.onto.code(code)
        assert c.plover is not None
        mood = Mood(reasons=[f"{kind}: the sentence announces it"])
        self.note(
            d.trig.tok, f"  derived {c.plover} (CAMEO {c.code}, {c.name}): the {kind} is asserted"
        )
        return _Draft(
            trig=d.trig,
            event_type=c.plover,
            cameo=c.code,
            mode=c.mode,
            context=tuple(dict.fromkeys((*c.context, *d.context))),
            source=source,
            target=tuple(a for a in target if a.key not in {s.key for s in source}),
            mood=mood,
            confidence=d.confidence * 0.9,
            rule=f"{kind}:{d.rule}",
            source_how=d.source_how,
            reported_by=d.reported_by,
            derived=True,
        )

    # -- dates and events -------------------------------------------------------------------------

    def finish(self, drafts: list[_Draft], sent: Span, index: int) -> list[Event]:
        events: list[Event] = []
        times: list[tuple[timex.TimeMention, int]] | None = None
        text = sent.text.strip()
        for d in drafts:
            t = d.trig
            if not d.source and not d.target:
                self.note(t.tok, "  dropped: no actor on either side")
                continue
            d.target = tuple(_others(d.target, d.source))  # never one's own recipient
            if self.onto.quad(d.event_type) == 3 and any(
                _self_target(a, d.source) for a in d.target
            ):
                self.note(t.tok, "  the speaker's own country is no recipient: target dropped")
                d.target = tuple(a for a in d.target if not _self_target(a, d.source))
            if t.entry.need_target and not d.target and not d.derived:
                self.note(t.tok, "  dropped: this rule needs a target and none was found")
                continue
            if not d.source:
                if not self._sourceless_ok(d):
                    self.note(t.tok, "  dropped: no source, and nothing says an attack took place")
                    continue
                d.confidence *= 0.75
            if times is None:
                times = [(m, _time_anchor(self.doc[m.start])) for m in timex.scan(sent)]
            date, precision, historical = self._date(d, times)
            if d.mood.background and not historical:
                # "since the invasion": an earlier event named as a time reference, date unknown
                date, precision, historical = None, None, True
                self.note(t.tok, "  background: told as a time reference, not as news")
            span_start, span_end = _trigger_span(t)
            location = self._location(t.tok)
            source, target = (
                self._on_date(d.source, date, precision),
                self._on_date(d.target, date, precision),
            )
            events.append(
                Event(
                    event_type=d.event_type,
                    mode=d.mode,
                    context=d.context,
                    cameo=d.cameo,
                    goldstein=self.onto.goldstein(d.cameo),
                    quad_class=self.onto.quad(d.event_type),
                    source=source,
                    target=target,
                    negated=d.mood.negated,
                    hypothetical=d.mood.hypothetical,
                    future=d.mood.future,
                    date=date,
                    date_precision=precision,
                    sentence_index=index,
                    sentence=text,
                    trigger=self.doc.text[span_start:span_end],
                    char_span=(span_start, span_end),
                    confidence=round(min(d.confidence, 0.99), 2),
                    rule=d.rule,
                    location=location,
                    historical=historical,
                    reported_by=d.reported_by,
                    mutual=d.trig.entry.mutual
                    and not d.target
                    and len({a.code for a in d.source if a.code}) >= 2,
                )
            )
        return events

    def _on_date(
        self, actors: tuple[Actor, ...], date: dt.date | None, precision: str | None
    ) -> tuple[Actor, ...]:
        """People coded by the office they held when the event took place, where the text
        dates it away from the publication day ("In 2019, Trump met Kim": Trump is USA GOV in
        2019, whatever he was when the article appeared). For a year or a month, an office
        held at any point of it counts."""
        at_date = getattr(self.catalogue, "at_date", None)
        if (
            at_date is None
            or date is None
            or (self.published is not None and _within(self.published, date, precision))
            or not any(a.kind == "person" and a.id for a in actors)
        ):
            return actors
        days = [date, _period_last_day(date, precision)]
        out = []
        for a in actors:
            if a.kind != "person" or not a.id:
                out.append(a)
                continue
            coded = [at_date(a, day) for day in days]
            out.append(next((c for c in coded if c.sector), coded[0]))
        return tuple(out)

    def _sourceless_ok(self, d: _Draft) -> bool:
        """Keep an event with a recipient but no resolved source? Yes when the text names a
        perpetrator the catalogue does not know ("President Dos Santos conceded ..."), leaves it
        unnamed on purpose ("three civilians were killed"), or an attack word stands for it ("a
        roadside bombing killed ..."); no when something that is no actor is the subject
        ("floods killed ...", "a hurricane strikes ...", "band members on tour")."""
        tok = d.trig.tok
        violent = d.event_type in {"ASSAULT", "COERCE"}
        if tok.pos_ in _NOUN:
            if violent:
                return True
            subj = [c for c in tok.children if c.dep_ == "poss"]
            if d.trig.light is not None and d.trig.inherit_subject:
                subj += self.subject_of(d.trig.light)[0]
        else:
            if d.trig.absorbed or (violent and _is_passive(tok)):
                return True
            subj, _ = self.subject_of(tok)
            if violent and any(
                _lemma(x) in self.lex.nouns
                and self.lex.nouns[_lemma(x)][0].event_type in {"ASSAULT", "COERCE"}
                for x in subj
            ):
                return True
        for x in subj:
            if x.pos_ == "PRON" and x.lower_ in _PRONOUNS:
                return True  # someone is meant, though not resolved
            for y in (x, *x.subtree):
                if y.i in self.by_token or y.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
                    return True
        return False

    def _date(
        self, d: _Draft, times: list[tuple[timex.TimeMention, int]]
    ) -> tuple[dt.date | None, str | None, bool]:
        pub = self.published
        fallback = (pub, "day" if pub else None, False)
        if not times:
            return fallback
        clause = _clause(d.trig.tok)
        chain = [d.trig.tok.i] if d.trig.tok.pos_ in _NOUN and not d.derived else []
        node = self.doc[clause]
        if d.derived:
            # "announced he will meet Kim on February 27", "Xi will make a state visit next
            # September": the date is the announced action's; the announcement is dated by the
            # clause that tells it, or by the publication
            if node.head.i == node.i:
                return fallback
            node = self.doc[_clause(node.head)]
        for _ in range(12):
            chain.append(node.i)
            for c in node.children:  # "When Kim visited Russia in 2019, his summit ..."
                if c.dep_ == "advcl" and any(
                    g.dep_ in {"advmod", "mark"} and g.lower_ in _TIME_MARKS for g in c.children
                ):
                    chain.append(c.i)
            if node.head.i == node.i:
                break
            node = self.doc[_clause(node.head)]
        for where in chain:
            for m, attach in times:
                if attach != where:
                    continue
                tenure = self._tenure(m) if m.kind == "tenure" else None
                # a time borrowed from a governing clause dates the telling, which is past
                future = d.mood.future and where == clause
                date, precision, past = timex.resolve(m, pub, future=future, tenure_start=tenure)
                if date is None and past is None:
                    continue
                historical = (
                    bool(past) if pub is None or date is None else _before(date, precision, pub)
                )
                self.note(
                    d.trig.tok,
                    f'  date: "{m.text}" → {date.isoformat() if date else "unknown"}'
                    f"{f' ({precision})' if precision else ''}{', before publication' if historical else ''}",
                )
                if date is None:
                    return (
                        (pub, "day" if pub else None, historical)
                        if not historical
                        else (None, None, True)
                    )
                if pub is not None and _within(pub, date, precision):
                    # "the 2023 summit concludes" in an article of 17 September 2023: the
                    # period holds the publication day, which places it better than 1 January
                    return pub, precision, False
                return date, precision, historical
        return fallback

    def _tenure(self, m: timex.TimeMention) -> dt.date | None:
        """Start of the office held by the person "his" refers to in "early in his rule"."""
        if m.owner is None:
            return None
        actors, _ = self._pronoun(self.doc[m.owner], 0)
        for actor in actors:
            start = _tenure_start(self.catalogue, actor, self.published)
            if start is not None:
                self.note(
                    None, f'"{m.text}": {actor.name or actor.text} took office {start.isoformat()}'
                )
                return start
        return None

    def _location(self, tok: Token) -> Location | None:
        """Where it happened, when the clause says "in/at <place>" with a named place."""
        head = tok if tok.pos_ in _VERB else tok.head
        doc = self.doc
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "at", "near"}:
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"}:
                        start, end = g.i, g.i + 1
                        while start > 0 and doc[start].ent_iob_ == "I":
                            start -= 1
                        while end < len(doc) and doc[end].ent_iob_ == "I":
                            end += 1
                        m = self.by_token.get(g.i)
                        code = m.actor.code if m is not None and m.actor.kind == "country" else None
                        return Location(name=doc[start:end].text, code=code)
        return None


_HOW_WEIGHT = {
    "subject": 1.0, "passive": 1.0, "named": 1.0, "possessor": 1.0, "modifier": 0.95,
    '"between"': 1.0, '"by"': 1.0, "object": 0.95, "shared": 0.95, "relative": 0.95,
    "participle": 0.9, '"': 0.95, "the": 0.85,
}  # fmt: skip

_REQUEST_ENTRY = Entry(
    id="request:must", pos="verb", lemma="", particle=frozenset(), objects=frozenset(),
    preps=frozenset(), pobjs=frozenset(), mods=frozenset(), exclude=frozenset(),
    event_type="REQUEST", mode=None, cameo="100", context=(), target=(), source=("subj",),
    mutual=False, stance=None, no_target=None, need_target=False, need_complement=False,
    patient_source=False,
    confidence=0.6, origin="<rules>",
)  # fmt: skip


def _modality(mood: Mood) -> tuple[bool, bool, bool]:
    """Negated, hypothetical, future, counting a purpose clause as the act it is the aim of."""
    return (mood.negated, mood.hypothetical, mood.future and not mood.purpose)


def _hostile(onto: Ontology, event_type: str, cameo: str) -> bool:
    """An action whose announcement is a threat: conflictual types, but not an appeal ("agreed to
    seek talks with China" is an intention, not a threat)."""
    return onto.quad(event_type) >= 3 and not (event_type == "REQUEST" and cameo.startswith("02"))


def _appeal(code: str) -> str:
    """The appeal (CAMEO 02x) matching a demand code (10x): "urged" is softer than "demanded"."""
    if code.startswith("10") and len(code) >= 3:
        return "02" + code[2:]
    return code


def _period_last_day(date: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if precision == "decade":
        return dt.date(date.year + 9, 12, 31)
    return date


def _within(day: dt.date, date: dt.date, precision: str | None) -> bool:
    """Does the period ``date`` stands for (at ``precision``) hold ``day``?"""
    if precision == "year":
        return day.year == date.year
    if precision == "month":
        return (day.year, day.month) == (date.year, date.month)
    if precision == "decade":
        return date.year <= day.year <= date.year + 9
    return False


def _before(date: dt.date, precision: str | None, published: dt.date) -> bool:
    if precision == "decade":
        return date.year + 9 < published.year
    if precision == "year":
        return date.year < published.year
    if precision == "month":
        return (date.year, date.month) < (published.year, published.month)
    return date < published


def _known_form(tok: Token, known: frozenset[str], *, lemma: bool = False) -> str | None:
    """The token's base form when ``known`` has it, undoing the inflections the statistical
    lemmatiser sometimes gets wrong ("staged" → "stag"): -ed, -d, -ing, -es, -s."""
    if lemma:
        lem = tok.lemma_.lower()
        if lem in known:
            return lem
    if tok.pos_ not in _VERB and tok.pos_ not in _NOUN:
        return None
    low = tok.lower_
    if low in known:
        return low
    for suffix, add in (
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ies", "y"),
    ):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = low[: -len(suffix)] + add
            if base in known:
                return base
    # doubled consonant: "planned", "stopped", "shipping"
    for suffix in ("ed", "ing"):
        if (
            low.endswith(suffix)
            and len(low) > len(suffix) + 3
            and low[-len(suffix) - 1] == low[-len(suffix) - 2]
        ):
            base = low[: -len(suffix) - 1]
            if base in known:
                return base
    return None


def _antecedent_of(relcl: Token) -> Token:
    """The noun a relative clause is about. The parser often hangs it on a time expression ("...
    adopted Resolution 2375 on Monday, which caps ..."): then the nearest noun before that is no
    time is meant."""
    head = relcl.head
    if head.ent_type_ not in {"DATE", "TIME"}:
        return head
    for tok in reversed(head.sent[: head.i - head.sent.start]):
        if (
            tok.pos_ in _NOUN
            and tok.ent_type_ not in {"DATE", "TIME"}
            and tok.dep_ not in {"compound", "amod", "poss", "nmod"}
        ):
            return tok
    return head


def _to_clause(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _question(clause: Token) -> bool:
    """An indirect question: a clause opened by "whether", "if" or a wh-word."""
    for c in clause.children:
        if c.i > clause.i:
            break
        if c.lower_ in _QUESTION_WORDS and c.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr"}:
            return True
    return False


def _temporal(prep: Token) -> bool:
    """A preposition introducing a time ("on Wednesday", "in 2019"), not an argument."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


_FULL_STOPS = {".", "!", "?", '."', ".'", "”", '"'}
_REFERENCE_PREPS = {"since", "after", "before", "following", "until", "till", "ahead", "prior"}


def _time_anchor(tok: Token) -> int:
    """The token a time expression dates: the verb of its clause, or, inside a phrase that names
    another event as a reference point ("met for the first time since their summit last year"),
    that event's noun."""
    node = tok
    for _ in range(20):
        if node.pos_ in _VERB or node.head.i == node.i:
            return node.i
        head = node.head
        if head.dep_ == "prep" and head.lower_ in _REFERENCE_PREPS and node.dep_ == "pobj":
            return node.i
        if (
            node.dep_ == "pobj"
            and head.lower_ in {"of", "to"}
            and head.head.lower_ in _REFERENCE_PREPS
        ):
            return node.i  # "ahead of the summit next week", "prior to the talks"
        node = head
    return node.i


def _clause(tok: Token) -> int:
    """Index of the verb heading the clause a token belongs to."""
    node = tok
    for _ in range(20):
        if node.pos_ in _VERB or node.head.i == node.i:
            return node.i
        node = node.head
    return node.i


def _trigger_span(t: _Trigger) -> tuple[int, int]:
    """Character offsets of the trigger: the word, or the short phrase it makes with its particle
    and object ("imposed sanctions") when they are adjacent."""
    tok = t.tok
    parts = [tok, *(c for c in tok.children if c.dep_ == "prt"), *t.objects]
    lo = min(p.i for p in parts)
    hi = max(p.i for p in parts)
    if hi - lo > 3:
        lo = hi = tok.i
    doc = tok.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _same(a: Actor, b: Actor) -> bool:
    """The same party for the coder's purposes: the same actor, or the same country or body in
    the same sector (a sector missing on either side matches: "Israel" and "Israeli officials")."""
    if a.key == b.key:
        return True
    return a.code == b.code and (a.sector == b.sector or a.sector is None or b.sector is None)


def _others(actors: Iterable[Actor], exclude: Iterable[Actor]) -> list[Actor]:
    """``actors`` without those that are the same party as one of ``exclude`` (an event's target
    is never its source; "Croatia investigated Croatian extremists" keeps both, as the sectors
    differ)."""
    ex = list(exclude)
    return [
        a
        for a in actors
        if not any(a.key == b.key or (a.code == b.code and a.sector == b.sector) for b in ex)
    ]


def _self_target(target: Actor, sources: Iterable[Actor]) -> bool:
    """A statement aimed at the speaker's own country named as such: "U.S. Defense Secretary
    Mattis warned that any threat to the United States ..." is no threat of the US to itself.
    (A government acting on its own country's groups or places, "the British government
    outlawed an organization in Northern Ireland", is a domestic event and stays.)"""
    return (
        target.kind == "country"
        and target.sector is None
        and any(s.code == target.code and s.sector in {None, "GOV"} for s in sources)
    )


def _unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out: list[Actor] = []
    for a in actors:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


def _unique_tokens(tokens: Iterable[Token]) -> list[Token]:
    seen: set[int] = set()
    out: list[Token] = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


def _names(actors: Iterable[Actor]) -> str:
    return ", ".join(
        f"{a.text or a.name} [{a.code or '?'}{' ' + a.sector if a.sector else ''}]" for a in actors
    )


def _as_actors(found: Any) -> list[Actor]:
    if found is None:
        return []
    items = found if isinstance(found, list | tuple) else [found]
    out: list[Actor] = []
    for item in items:
        if isinstance(item, Actor):
            out.append(item)
        elif isinstance(item, Mention):
            out.append(item.actor)
    return out


def _antecedent_function() -> Any:
    try:
        from ..actors import antecedent
    except ImportError:
        return None
    return antecedent


def _tenure_start(catalogue: Any, actor: Actor, when: dt.date | None) -> dt.date | None:
    """When the office the person held at ``when`` (or last held before it) began, from the
    catalogue's terms of office."""
    entry_of = getattr(catalogue, "entry", None)
    entry = entry_of(actor) if entry_of is not None else None
    terms = [t for t in getattr(entry, "terms", ()) if t.start is not None]
    if not terms:
        return None
    if when is not None:
        held = [t for t in terms if t.covers(when)] or [t for t in terms if t.start <= when]
        terms = held or terms
    return min(t.start for t in terms)


def _dedupe(events: list[Event], trace: Trace | None) -> list[Event]:
    """One happening told twice in an article is one event: the same type between the same
    parties (by actor code: "Kim visited Russia" and "his summit with Putin" are PRK → RUS both),
    with the same modality, on the same date keeps the best-supported telling (highest
    confidence, then the earliest). Without a date, only a retelling with the same trigger word
    (a bullet repeating a body sentence) is merged."""
    best: dict[tuple[Any, ...], Event] = {}
    order: list[tuple[Any, ...]] = []
    for ev in events:
        key = (
            ev.event_type,
            frozenset(a.code or a.key for a in ev.source),
            frozenset(a.code or a.key for a in ev.target),
            ev.date,
            ev.negated,
            ev.hypothetical,
            ev.future,
            # without a date, only a retelling in the same words is known to be the same event
            ev.trigger.lower() if ev.date is None else "",
        )
        old = best.get(key)
        if old is None:
            best[key] = ev
            order.append(key)
            continue
        if ev.confidence > old.confidence:
            best[key] = ev
            loser = old
        else:
            loser = ev
        if trace is not None:
            trace.add(
                loser.sentence_index,
                None,
                f'duplicate of another telling: dropped "{loser.trigger}" '
                f"(sentence {loser.sentence_index}, {loser.rule})",
            )
    kept = [best[k] for k in order]
    kept.sort(key=lambda e: (e.char_span[0], e.event_type))
    return kept


def code(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    lexicon: Lexicon,
    catalogue: Any,
    published: dt.date | None,
    trace: Trace | None = None,
) -> list[Event]:
    """Events of a parsed article in text order, de-duplicated; pure given its inputs."""
    coder = _Coder(doc, mentions, lexicon, catalogue, published, trace)
    events: list[Event] = []
    if len(doc) == 0:
        return events
    # one vectorised pass finds the few tokens that can trigger anything, so the coder never
    # builds Python objects for the rest of the document
    table = doc.to_array([LEMMA, LOWER]).tolist()
    triggers, forms, musts = lexicon.trigger_ids, lexicon.form_ids, lexicon.obligation_ids
    candidates = [i for i, (lem, low) in enumerate(table) if lem in triggers or low in forms]
    obligations = [i for i, (_, low) in enumerate(table) if low in musts]
    for index, sent in enumerate(doc.sents):
        coder.sent_index = index
        lo = bisect.bisect_left(candidates, sent.start)
        hi = bisect.bisect_left(candidates, sent.end)
        ob = bisect.bisect_left(obligations, sent.start)
        has_obligation = ob < len(obligations) and obligations[ob] < sent.end
        if lo == hi and not has_obligation:
            continue
        drafts = coder.code_sentence(sent, candidates[lo:hi], has_obligation)
        if drafts:
            done = coder.finish(drafts, sent, index)
            events.extend(done)
            coder.told.extend(done)
    return _dedupe(events, trace)
