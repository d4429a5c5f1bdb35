"""Headline verbs the parser reads as nouns: "Trump hosts Conte at the White House", "Mexico
fines Spanish utility Iberdrola", "China levies anti-dumping charges".

Current Events items and headlines tell the news in the present tense, right after a name, and
the small English model often tags such an -s form as a plural noun, leaving the sentence with a
noun for its root and no verb for the coder to read. ``HeadlineParser`` wraps a parser (the
model or the selective one). In a parsed sentence whose root is a noun (or a gerund right after
the word: "the Navy fires warning shots"), the first -s form of a verb the event lexicon knows
that follows a name or a noun (or "military", "army", "navy", "junta", which the tagger may read
as adjectives: "the Israeli military shells Lebanon"), precedes what would be its object and comes before any other
verb is tried again in the past tense ("hosts" → "hosted"), the sentence alone. When the word
then heads the sentence as a verb with a subject before it, the sentence takes that parse's
heads, labels, tags, parts of speech, lemmas and morphology; the word itself keeps its text and
becomes a present-tense verb (tag VBZ) with its lemma. Anything else leaves the sentence as it
was: a word of a name ("the United States") is never tried.

A plural subject's verb in the base form right after a name ("Canada and Sweden resume funding
for UNRWA") is tried the same way. When the parser already gave such a word its subject and
phrases and only tagged it a noun ("X and Y meet in Addis Ababa"), the root is made a verb where
it stands, with no second parse.

The same wrapper mends one more misreading of names: a surname spelled like a modal ("Theresa
May held talks", "Will") that the parser hangs on the verb as its auxiliary, leaving the clause
without a subject and the event looking hypothetical. A proper noun (tag NNP) labelled as an
auxiliary, inside a person's name or carrying the first name as a compound, becomes the verb's
subject when the verb has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from .selective import Parser
from .syntax import SUBJECT_DEPS, base_forms, inflections

__all__ = ["HeadlineParser", "mend"]


_NOUN_TAGS = {"NNS", "NNPS", "NN", "NNP"}
_BEFORE = {"PROPN", "NOUN"}  # the end of a subject
# adjectives the tagger gives nouns of armed bodies: "the Israeli military shells Lebanon"
_BEFORE_WORDS = frozenset({"military", "army", "navy", "junta"})
_AFTER = {"DET", "PROPN", "NOUN", "NUM", "ADJ", "ADP", "PRON"}  # the start of an object
_AFTER_TAGS = {"VBN", "VBG"}  # "frees jailed journalists", "fires warning shots"
_PRESENT_THIRD = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"  # the mended verb's morphology


class HeadlineParser:
    """A parser whose output has its headline verbs mended (see the module docstring)."""

    def __init__(self, base: Parser, nlp: Language, verbs: Iterable[str]) -> None:
        self.base = base  # the model itself, or a selective parser
        self.nlp = nlp
        self.verbs = frozenset(verbs)

    @property
    def max_length(self) -> int:
        return self.base.max_length

    def __call__(self, text: str) -> Doc:
        return mend(self.base(text), self.nlp, self.verbs)

    def pipe(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
        for doc in self.base.pipe(texts, batch_size=batch_size):
            yield mend(doc, self.nlp, self.verbs)

    def __getattr__(self, name: str) -> Any:
        # a selective parser's selector and counters ("parsed_sentences", ...) read through
        return getattr(self.base, name)


def mend(doc: Doc, nlp: Language, verbs: frozenset[str]) -> Doc:
    """``doc`` with each verbless sentence's headline verb, if any, read as a verb, and each
    surname read as a modal made its verb's subject."""
    _surnames(doc)
    for sent in list(doc.sents):
        if not _parsed(sent):
            continue
        root = sent.root
        listed = _listed_first(root)
        if root.pos_ in {"NOUN", "PROPN"}:
            inside = range(sent.start, sent.end)
        elif root.tag_ == "VBG" and root.i > sent.start and root.nbor(-1).text == ",":
            # "the Treasury sanctions general X, alleging that ...": the participle after the
            # comma read as the root, the headline verb before it as a noun
            inside = range(sent.start, root.i)
        elif root.tag_ == "VBG":
            # "the Navy fires warning shots": the gerund right after the headline verb read as
            # the verb (a past tense there is the verb: "coast guard ships fired shots")
            inside = range(root.i - 1, root.i)
        elif (word := _verb_misparsed(root)) is not None:
            # "The International Court of Justice rules that ...": tagged a verb but parsed as a
            # noun, with the determiner of the name before it as its own; "Palau's president
            # bans chartered flights from China": the headline verb read as the subject of the
            # participle after it, which became the root
            any(_reparse(doc, sent, word, base, nlp) for base in _bases(word, verbs))
            continue
        elif listed is not None:
            # "Turkey apologizes, extends condolences and offers ...": the first verb of a list
            # read as the plural subject of the second
            inside = range(listed.i, listed.i + 1)
        else:
            continue
        for word, lemma_ in _candidates(sent, verbs, comma=listed is not None):
            if word.i not in inside:
                continue
            if _reparse(doc, sent, word, lemma_, nlp):
                break
        else:
            _bare_root(root, verbs)
    for sent in list(doc.sents):
        if _parsed(sent):
            for word, lemma_ in _inner_verbs(sent, verbs):
                if _reparse(doc, sent, word, lemma_, nlp, root=False):
                    break
    return doc


def _inner_verbs(sent: Span, verbs: frozenset[str]) -> Iterator[tuple[Token, str]]:
    """ "A soldier is killed after Cambodia shells Ubon Ratchathani province": a present-tense
    verb of a clause after the main one, tagged as a verb but hung on the next noun as a modifier
    of a name. Tried again in the past tense like a headline verb."""
    for t in sent[1:-1]:
        if t.tag_ != "VBZ" or t.dep_ not in {"compound", "nmod", "amod"} or t.ent_type_:
            continue
        before, after = t.doc[t.i - 1], t.doc[t.i + 1]
        if before.pos_ != "PROPN" or after.pos_ not in _AFTER:
            continue
        yield from ((t, base) for base in _bases(t, verbs))


def _verb_misparsed(root: Token) -> Token | None:
    """The headline verb of a sentence whose root the parser got wrong in one of two known ways:
    the verb itself parsed as a noun, or the verb made the subject of a participle after it."""
    if root.tag_ == "VBZ" and _parsed_as_noun(root):
        return root
    if root.tag_ in {"VBD", "VBN"}:
        return _verb_before_participle(root)
    return None


def _verb_before_participle(root: Token) -> Token | None:
    """The -s word right before a past-tense root with an object that the parser made the
    root's subject, tagged a verb, with a noun before it ("President Remengesau bans chartered
    flights")."""
    if root.i == 0 or not any(c.dep_ == "dobj" for c in root.children):
        return None
    word = root.doc[root.i - 1]
    if word.dep_ != "nsubj" or word.head.i != root.i or word.ent_type_:
        return None
    if not word.lower_.endswith("s") or word.tag_ != "VBZ":
        return None  # tagged a plural noun, it may be one: "coast guard ships fired shots"
    if not any(c.i < word.i and c.pos_ in {"NOUN", "PROPN"} for c in word.children):
        return None
    return word


def _bases(word: Token, verbs: frozenset[str]) -> list[str]:
    """The verbs of ``verbs`` the word is an inflection of ("rules" of "rule")."""
    return [b for b in sorted(base_forms(word.lower_) & verbs) if word.lower_ in inflections(b)]


def _parsed_as_noun(root: Token) -> bool:
    """A verb root with a determiner of its own and no subject: the parse of a noun phrase."""
    return any(c.dep_ == "det" and c.i < root.i for c in root.children) and not any(
        c.dep_ in SUBJECT_DEPS for c in root.children
    )


def _bare_root(root: Token, verbs: frozenset[str]) -> None:
    """ "Abiy Ahmed and Hassan Sheikh Mohamud meet in Addis Ababa": a plural subject's verb in the
    base form, parsed with its subject and phrases but tagged a noun. A noun root that already
    has a subject before it and no determiner, spelled as a verb the lexicon knows, is that verb
    (only its part of speech and tag change)."""
    if root.pos_ != "NOUN" or root.tag_ != "NN" or root.lower_ not in verbs:
        return
    if root.lower_ != root.lemma_.lower():
        return
    if any(c.dep_ in {"det", "poss"} for c in root.children):
        return
    if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return
    root.pos_, root.tag_ = "VERB", "VBP"


def _surnames(doc: Doc) -> None:
    for t in doc:
        if t.dep_ not in {"aux", "auxpass"} or t.tag_ != "NNP" or t.head.i == t.i:
            continue
        named = t.ent_type_ == "PERSON" or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children
        )
        if named and not any(c.dep_ in SUBJECT_DEPS for c in t.head.children):
            t.dep_, t.pos_ = "nsubj", "PROPN"


def _parsed(sent: Span) -> bool:
    """Whether the parser has seen the sentence (a selective parse leaves some without heads)."""
    return any(t.head.i != t.i for t in sent)


def _listed_first(root: Token) -> Token | None:
    """The plural noun subject of a present-tense root that a comma follows."""
    if root.tag_ != "VBZ":
        return None
    doc = root.doc
    for c in root.children:
        if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.i + 1 < root.i and doc[c.i + 1].text == ",":
            return c
    return None


def _candidates(
    sent: Span, verbs: frozenset[str], *, comma: bool = False
) -> Iterator[tuple[Token, str]]:
    for t in sent[1:-1]:
        if t.pos_ in {"VERB", "AUX"} and not _hyphened(t):
            # a headline verb comes before any other ("artillery fired shells at ..."), but not
            # before a participle hyphened to a name in its subject ("the US-led coalition
            # hands over")
            return
        if t.tag_ not in _NOUN_TAGS or t.ent_type_:
            continue  # a word of a name ("the United States") is no verb
        before, after = t.doc[t.i - 1], t.doc[t.i + 1]
        # a plural subject's verb in the base form ("Canada and Sweden resume funding"), only
        # right after a name
        bare = t.tag_ == "NN" and t.lower_ in verbs and before.pos_ == "PROPN"
        if not t.lower_.endswith("s") and not bare:
            continue
        followed = (
            after.pos_ in _AFTER
            or after.tag_ in _AFTER_TAGS
            or (comma and after.text == ",")
            # "the court rules that ...": a verb of reporting and its clause
            or after.lower_ == "that"
            # "Tsai regrets and strongly condemns the move": the first of two verbs
            or (after.lower_ == "and" and any(x.tag_ == "VBZ" for x in t.doc[t.i + 2 : t.i + 4]))
        )
        # ("Military aids during ...", a title, has no subject before "military")
        armed = before.lower_ in _BEFORE_WORDS and before.i > sent.start
        if (before.pos_ not in _BEFORE and not armed) or not followed:
            continue
        if bare:
            yield t, t.lower_
            continue
        yield from ((t, base) for base in _bases(t, verbs))


def _hyphened(word: Token) -> bool:
    """Whether ``word`` is a participle glued to the word before it by a hyphen ("US-led")."""
    return word.tag_ == "VBN" and word.i > 0 and word.nbor(-1).text == "-"


def _reparse(
    doc: Doc, sent: Span, word: Token, lemma_: str, nlp: Language, *, root: bool = True
) -> bool:
    """Parse ``sent`` again with ``word`` in the past tense; keep that parse when the word then
    heads it (or, not ``root``, any clause of it) as a verb with a subject."""
    offset = word.idx - sent.start_char
    for past in sorted(f for f in inflections(lemma_) if f.endswith("d") and f != word.lower_):
        text = sent.text[:offset] + past + sent.text[offset + len(word.text) :]
        again = nlp(text)
        if len(again) != len(sent):
            continue
        verb = again[word.i - sent.start]
        # "the US-led coalition handed over the base": in the past tense the parser can still
        # make the verb a participle on the noun before it, the sentence's root; that noun is
        # the verb's subject
        hung = (
            root
            and verb.dep_ == "acl"
            and verb.head.dep_ == "ROOT"
            and verb.head.i == verb.i - 1
            # (a singular noun: a plural one may be a verb itself, "the army repels attacks")
            and verb.head.tag_ in {"NN", "NNP"}
        )
        if not hung and not (
            (verb.dep_ == "ROOT" or not root)
            and verb.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        ):
            continue
        _copy(doc, sent, again, word, lemma_)
        if hung:
            subject = doc[word.i - 1]
            word.head, word.dep_ = word, "ROOT"
            for child in list(subject.children):
                if child.i > word.i:
                    child.head = word
            subject.head, subject.dep_ = word, "nsubj"
        return True
    return False


def _copy(doc: Doc, sent: Span, again: Doc, word: Token, lemma_: str) -> None:
    start, end = sent.start, sent.end
    values: Any = doc.to_array([HEAD, DEP])
    starts: Any = doc.to_array([SENT_START])
    values[start:end] = again.to_array([HEAD, DEP])
    starts[start:end] = again.to_array([SENT_START])
    starts[start] = 1
    doc.from_array([HEAD, DEP], values)
    doc.from_array([SENT_START], starts)
    for a, b in zip(doc[start:end], again, strict=True):
        if a.i == word.i:
            a.tag_, a.pos_, a.lemma_ = "VBZ", "VERB", lemma_
            a.morph = MorphAnalysis(doc.vocab, _PRESENT_THIRD)
        else:
            a.tag_, a.pos_, a.lemma_, a.morph = b.tag_, b.pos_, b.lemma_, b.morph
