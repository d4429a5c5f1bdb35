"""Generic reading of spaCy's English dependency parse, below every stage.

Two kinds of helper live here, neither of them any stage's policy:

* dependency tests and walks: conjuncts, the objects of a preposition, passives and bare
  participles, to-clauses, indirect questions, time phrases, the verb heading a clause, the noun
  a relative clause is about;
* English morphology: one table of regular suffixes read both ways. ``base_forms`` undoes an
  inflection, because the statistical lemmatiser sometimes gets a word wrong ("staged" → "stag",
  "hopes" → "hop") and a word list must still recognise it; ``inflections`` makes the forms of a
  lemma, so a whole document can be scanned for them at once.

The tests in ``tests/test_syntax_units.py`` run these on hand-built ``Doc`` objects, without the
trained model.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = [
    "DASHES",
    "NOUN_POS",
    "VERB_POS",
    "adjunct_host",
    "against_prefixed",
    "base_forms",
    "clause_head",
    "conjuncts",
    "coordinated_objects",
    "inflections",
    "is_participle",
    "is_passive",
    "is_question",
    "is_raised_participle",
    "is_temporal",
    "lemma",
    "misread_conjunct",
    "misread_predicate",
    "misread_subjects",
    "names_another_party",
    "non_prefixed",
    "placed_in_time",
    "prep_objects",
    "relative_antecedent",
    "that_clause",
    "to_clause",
    "with_the",
]

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# the dashes that join the words of one name or pair ("anti-Japan", "the North Korea–Russia
# summit", "the United States–Mexico–Canada Agreement")
DASHES = frozenset({"-", "–", "—"})
# the dependencies of a clause's subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_QUESTION_WORDS = {"whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where"}
_TIME_ENTS = {"DATE", "TIME"}
_MISREAD_SUBJECTS = {"npadvmod", "nsubj", "compound", "nmod"}


def lemma(tok: Token) -> str:
    """The token's lemma in lower case."""
    return tok.lemma_.lower()


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it, in text order, repairing three misparses:
    the second member of a list of three or more names read as an apposition of the first ("The
    United States, North Korea and France": "North Korea" an ``appos`` whose ``conj`` is
    "France"); a title whose name is its apposition, with the next party coordinated with the
    name ("Iran's foreign minister Javad Zarif and his Omani counterpart"); and a list cut off
    after its first member, the rest hanging from a verb as ``dep`` ("sanctions on Iran, the
    United States and South Korea")."""
    found = {tok, *tok.conjuncts}
    for c in tok.children:
        # "Japan's prime minister Fumio Kishida and US President Joe Biden": the name read as
        # an apposition of the title, and the second party coordinated with the name; the
        # name itself too ("the three countries, Russia, China and Iran" lists them)
        if tok.pos_ == "NOUN" and c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i:
            found.update((c, *c.conjuncts) if c.conjuncts else ())
    if tok.pos_ == "PROPN":
        for member in list(found):
            for c in member.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and _coordinates(c):
                    found.update((c, *c.conjuncts))
    rest = _cut_off_list(tok, max(found, key=lambda t: t.i))
    if rest is not None:
        found.update((rest, *rest.conjuncts))
    for member in list(found):
        found.update(_slashed(member))
    return sorted(found, key=lambda t: t.i)


def _slashed(tok: Token) -> list[Token]:
    """Names joined to ``tok`` by slashes, which the parser reads as one modifying the other:
    "the British/French task force", "US/UK strikes" (two parties, as with "and"). Only
    capitalised words on both sides, so "and/or" and "km/h" stay what they are."""
    doc = tok.doc
    out: list[Token] = []
    for step in (-2, 2):
        node = tok
        while 0 <= node.i + step < len(doc) and doc[node.i + step // 2].text == "/":
            other = doc[node.i + step]
            related = other.head == node or node.head == other or other.head == node.head
            if not (related and node.text[:1].isupper() and other.text[:1].isupper()):
                break
            out.append(other)
            node = other
    return out


def _coordinates(tok: Token) -> bool:
    """Does ``tok`` head a coordination with "and"/"or" ("North Korea and France")? In a long
    list the parser chains each member under the one before ("Azerbaijan, Georgia, Turkey, Iran
    and Russia": the "and" hangs from "Iran"), so the chain is followed to its end."""
    node = tok
    while True:
        nxt = [c for c in node.children if c.dep_ == "conj"]
        if not nxt:
            return False
        if any(g.dep_ == "cc" for g in (*node.children, *nxt[0].children)):
            return True
        node = nxt[0]


def _cut_off_list(tok: Token, last: Token) -> Token | None:
    """The head of the rest of a list whose first members end at ``last``: after a comma, a
    name heading a coordination that the parser hung from an ancestor of ``tok``."""
    doc = tok.doc
    comma = last.right_edge.i + 1
    if tok.pos_ != "PROPN" or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    head = doc[comma + 1]
    while head.dep_ in {"det", "compound", "amod"} and head.head.i > head.i:
        head = head.head
    if (
        head.pos_ != "PROPN"
        or head.dep_ not in {"dep", "appos", "npadvmod", "conj"}
        or head in tok.conjuncts
        or not _coordinates(head)
        or not any(a.i == head.head.i for a in tok.ancestors)
    ):
        return None
    return head


def misread_predicate(verb: Token) -> Token | None:
    """The object of a verb the parser read as a modifier of it in a sentence left without a
    main verb ("Turkish artillery fired shells at Kurdish positions": "fired" an ``amod`` of the
    root "shells", "artillery" hanging from "fired"); None for a real modifier ("the fired
    official", "seized ships were released")."""
    head = verb.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ not in {"VBD", "VBN"}
        or head.dep_ != "ROOT"
        or head.pos_ not in NOUN_POS
        or head.i < verb.i
        or not any(c.dep_ in _MISREAD_SUBJECTS and c.i < verb.i for c in verb.children)
    ):
        return None
    return head


def misread_subjects(verb: Token) -> list[Token]:
    """The subject of a verb ``misread_predicate`` recognises: the noun before it, and the
    modifiers before that noun the parser hung from the root ("Russian" in "Russian artillery
    fired shells")."""
    subs = [c for c in verb.children if c.dep_ in _MISREAD_SUBJECTS and c.i < verb.i]
    if not subs:
        return []
    first = min(s.left_edge.i for s in subs)
    lost = [c for c in verb.head.children if c.i < first and c.dep_ in {"amod", "compound"}]
    return subs + lost


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # past and present tense forms


def misread_conjunct(verb: Token) -> Token | None:
    """The main verb a finite verb coordinates with when the parser hung it on a gerund inside
    a prepositional phrase ("India accused Pakistan of sponsoring terrorism and suspended
    trade": "suspended" goes with "accused", not with "sponsoring"), or on the first verb's
    object ("denies these claims and accuses Russia"); None otherwise. A past or
    present-tense verb cannot share a gerund's clause."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in {"VBD", "VBZ"}
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    if head.tag_ == "VBG" and head.dep_ == "pcomp":
        main = head.head.head
    elif (
        head.pos_ == "NOUN" and head.dep_ == "dobj" and any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "denies these claims and accuses Russia of ...": a finite verb with its own object,
        # hung on the first verb's object, goes with that verb
        main = head.head
    elif head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        # "criticizes Brazil for allowing warships to dock and urges Brazil to ...": a finite
        # verb hung on an infinitive goes with the finite verb above it
        main = head.head
        for _ in range(4):
            if main.tag_ in _FINITE_TAGS or main.head.i == main.i:
                break
            main = main.head
        if main.tag_ not in _FINITE_TAGS:
            return None
    else:
        return None
    return main if main.pos_ == "VERB" else None


def with_the(tok: Token) -> bool:
    """Does "the" determine ``tok`` ("the president", "the two delegations")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def comma_between(doc: Doc, start: int, end: int) -> bool:
    """Is there a comma among the tokens ``start`` to ``end`` (exclusive): a phrase set off?"""
    return any(t.text == "," for t in doc[start:end])


def prep_objects(head: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to ``head`` ("sanctions on X", "talks with
    X"), with their conjuncts; "between" also takes an "among" phrase, and "alongside" an "along
    with" or "together with" phrase ("joined the search, along with ships from Singapore")."""
    out: list[Token] = []
    for child in head.children:
        dep = child.dep_
        low = child.lower_
        if dep in _PREP_DEPS:
            # (the other children of the head are passed over without reading their own:
            # the coder asks this for most phrases of every trigger)
            objects: list[Token] | None = None
            if low == word:
                objects = [g for g in child.children if g.dep_ in _PHRASE_OBJECTS]
                if not objects and dep == "prep":
                    objects = coordinated_objects(child)
            elif (
                dep == "prep"
                and not any(g.dep_ in _PHRASE_OBJECTS for g in child.children)
                and any(c.lower_ == word for c in _coordinated_preps(child))
            ):
                # "flights to and from the United Kingdom": prepositions coordinated share the
                # object the parser hangs on the last one
                objects = coordinated_objects(child)
            if objects is not None:
                for grand in objects:
                    out.extend(conjuncts(grand))
                continue
            if dep == "prep" and word == "between" and low == "among":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        out.extend(conjuncts(grand))
                continue
        if word == "alongside" and low in {"along", "together"}:
            out.extend(prep_objects(child, "with"))
    return out


def members_named(head: Token, words: tuple[str, ...]) -> list[Token]:
    """The members a group's phrases name: the objects of ``words`` ("allies such as Germany",
    "partners including France") and of "in particular" ("European allies, in particular
    Germany and France")."""
    out = [g for w in words for g in prep_objects(head, w)]
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        objects = [g for g in p.children if g.dep_ == "pobj"]
        # "particular" hangs on the preposition or on its object
        marked = [*p.children, *(objects[0].children if objects else ())]
        if any(c.dep_ == "amod" and c.lower_ == "particular" for c in marked):
            out.extend(x for g in objects for x in conjuncts(g))
    return out


_PREP_DEPS = frozenset({"prep", "dative", "agent"})
_PHRASE_OBJECTS = frozenset({"pobj", "pcomp"})


def split_for_subject(infinitive: Token) -> list[Token]:
    """The subject of a "for X to" clause the parser split in two: the object of the "for"
    phrase of the infinitive's head that ends right before it ("demands for Lebanon to withdraw
    its ambassador", read as the phrase "for Lebanon" and an infinitive beside it)."""
    if not any(a.lower_ == "to" and a.dep_ == "aux" for a in infinitive.children):
        return []
    return [
        g
        for g in prep_objects(infinitive.head, "for")
        if g.dep_ == "pobj" and g.right_edge.i + 1 == infinitive.left_edge.i
    ]


def coordinated_objects(prep: Token) -> list[Token]:
    """The objects of the prepositions coordinated with ``prep`` ("to and from the United
    Kingdom": the parser hangs the object both share on the last one)."""
    return [g for c in _coordinated_preps(prep) for g in c.children if g.dep_ == "pobj"]


def _coordinated_preps(prep: Token) -> list[Token]:
    """The prepositions coordinated with ``prep`` ("from" in "to and from")."""
    return [c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"]


def is_passive(verb: Token) -> bool:
    """A verb with a passive subject or a passive auxiliary ("was criticised")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def is_participle(verb: Token) -> bool:
    """A bare passive participle modifying a clause or a noun: "Asked whether ..., Putin said",
    "the ships seized by Russia". Its host is its patient, its agent (if any) its actor."""
    return (
        verb.tag_ == "VBN"
        and (verb.dep_ == "advcl" or (verb.dep_ == "acl" and verb.sent.root.pos_ in VERB_POS))
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children
        )
    )


def adjunct_host(clause: Token) -> Token | None:
    """The verb an adverbial clause hangs on: "when hit by a drone" (advcl), or "after being
    shot" (a clause in a preposition, pcomp); None for any other clause or a non-verb host."""
    if clause.dep_ == "advcl":
        host = clause.head
    elif clause.dep_ == "pcomp":
        host = clause.head.head
    else:
        return None
    return host if host.pos_ in VERB_POS else None


def is_raised_participle(verb: Token) -> bool:
    """A past participle complementing a passive verb of saying or thinking: "killed" in "two
    soldiers were reported killed by Pakistani fire". The passive subject is its patient, its
    own "by" phrase its agent."""
    return verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "oprd"} and is_passive(verb.head)


def to_clause(verb: Token) -> bool:
    """A verb with an infinitive "to" ("sent troops to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def that_clause(verb: Token) -> bool:
    """A clause opened by "that" ("demanded that the army leave", "a warning that it would
    end the pact"): a complement, not a relative clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def is_question(clause: Token) -> bool:
    """An indirect question: a clause opened by "whether", "if" or a wh-word."""
    for c in clause.children:
        if c.i > clause.i:
            break
        if c.lower_ in _QUESTION_WORDS and c.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr"}:
            return True
    return False


_AROUND = frozenset({"after", "following", "before", "ahead", "prior"})


def is_temporal(prep: Token) -> bool:
    """A preposition introducing a time ("on Wednesday", "in 2019"), not an argument."""
    return any(g.dep_ == "pobj" and g.ent_type_ in _TIME_ENTS for g in prep.children)


def placed_in_time(prep: Token, *, during: bool = True) -> bool:
    """A preposition placing an act in time around another: "after", "following", "before",
    "ahead of", "prior to", and (``during``) "during"."""
    if prep.lower_ in _AROUND or (during and prep.lower_ == "during"):
        return True
    return prep.lower_ in {"of", "to"} and prep.head.lower_ in {"ahead", "prior"}


def clause_head(tok: Token) -> int:
    """Index of the verb heading the clause a token belongs to (the root when there is none)."""
    node = tok
    for _ in range(20):
        if node.pos_ in VERB_POS or node.head.i == node.i:
            return node.i
        node = node.head
    return node.i


def relative_antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about. The parser often hangs it on a time expression ("...
    adopted Resolution 2375 on Monday, which caps ..."): then the nearest noun before that is no
    time is meant. A place does not act: a clause whose subject "which" hangs on one is about
    the noun or the act whose phrase the place ends."""
    head = relcl.head
    if head.ent_type_ in _TIME_ENTS:
        for tok in reversed(head.sent[: head.i - head.sent.start]):
            if (
                tok.pos_ in NOUN_POS
                and tok.ent_type_ not in _TIME_ENTS
                and tok.dep_ not in {"compound", "amod", "poss", "nmod"}
            ):
                head = tok
                break
    if head.ent_type_ == "GPE" and any(
        c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in relcl.children
    ):
        return _placed(head)
    return head


# the prepositions of a place an act is done in, at or aimed at
_PLACE_PREPS = frozenset({"in", "at", "near", "on", "into", "against", "toward", "towards"})


def _placed(place: Token) -> Token:
    """What a place named in a phrase belongs to: "the attack on its embassy in Damascus,
    Syria, which killed ..." is about the attack; "fired a rocket at Tel Aviv, which injured
    seven" about the rocket fired."""
    node = place
    while node.dep_ in {"appos", "conj", "compound"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in _PLACE_PREPS:
        return place
    host = node.head.head
    # ... and past what the act was aimed at, to the act ("the attack on its facilities")
    while (
        host.dep_ == "pobj"
        and host.head.lower_ in {"on", "against", "of", "in"}
        and host.head.head.pos_ == "NOUN"
    ):
        host = host.head.head
    if host.pos_ == "NOUN":
        return host
    if host.pos_ == "VERB":
        # the thing the verb sent or did, which is what went on to strike
        return next((c for c in host.children if c.dep_ == "dobj"), place)
    return place


# -- morphology ----------------------------------------------------------------------------------

# regular English inflections as (suffix of the form, ending of the lemma it replaces)
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
             ("ing", ""), ("s", ""), ("d", ""))  # fmt: skip
# suffixes before which a final consonant doubles ("planned", "shipping")
_DOUBLING = ("ed", "ing")
# the irregular past forms of verbs that prefixes make new verbs of: the model's lemmatiser
# knows "took" but not "retook", "overran" but not "reran"
_IRREGULAR = {
    "take": ("took", "taken"), "run": ("ran",), "draw": ("drew", "drawn"), "hold": ("held",),
    "throw": ("threw", "thrown"), "write": ("wrote", "written"), "build": ("built",),
    "pay": ("paid",), "make": ("made",), "give": ("gave", "given"), "send": ("sent",),
    "seek": ("sought",), "sell": ("sold",), "fight": ("fought",), "win": ("won",),
}  # fmt: skip
_PREFIXES = ("re", "over", "with", "up", "under", "out")


def base_forms(word: str) -> set[str]:
    """The lemmas a lower-case word form may be a regular inflection of: "staged" → {"stage",
    "stag"}, "planned" → {"planne", "plann", "plan"}, "hopes" → {"hope", "hop"}, and a prefixed
    irregular past of ("retook" → "retake"). Over-generates on purpose: callers intersect the
    result with a word list."""
    out: set[str] = set()
    for suffix, add in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            out.add(base + add)
            if suffix in _DOUBLING and len(base) > 3 and base[-1] == base[-2]:
                out.add(base[:-1])
    for prefix in _PREFIXES:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            out.update(prefix + verb for verb, forms in _IRREGULAR.items() if rest in forms)
    return out


def inflections(lemma_: str) -> set[str]:
    """The regular forms of a verb or noun lemma, read off the same table: -s, -es, -d, -ed,
    -ing, -ies/-ied for a final "y", and a doubled final consonant before -ed/-ing after a single
    vowel ("plan" → "planned"); and the irregular past of a prefixed verb ("retake" →
    "retook", "retaken")."""
    out: set[str] = set()
    for suffix, add in _SUFFIXES:
        if add and not lemma_.endswith(add):
            continue
        if suffix == "d" and not lemma_.endswith("e"):
            continue  # "staged", but "ban" has no "band"
        if add == "y" and len(lemma_) <= 2:
            continue  # "by" has no "bies"
        out.add(lemma_[: len(lemma_) - len(add)] + suffix)
    if len(lemma_) > 2 and lemma_[-1] not in "aeiouwxy" and lemma_[-2] in "aeiou":
        out.update(lemma_ + lemma_[-1] + suffix for suffix in _DOUBLING)
    for prefix in _PREFIXES:
        if lemma_.startswith(prefix):
            out.update(prefix + form for form in _IRREGULAR.get(lemma_[len(prefix) :], ()))
    return out


# participles by which a party hyphened to them judges or arranges the noun from outside: "the
# UN-recognised government" is not the UN, "a US-designated terrorist group" not the US, "a
# Qatar-brokered truce" not Qatar's. Others keep the party: "Saudi-led forces", "US-based firms",
# and proxies ("Iran-backed militias"), which event data codes to their backer
_OUTSIDE_PARTICIPLES = frozenset(
    {"recognise", "recognize", "broker", "mediate", "designate", "list", "ban", "sanction"}
)


def hyphened_backer(tok: Token) -> bool:
    """ "UN-recognised" in "the UN-recognised government": a participle of ``_OUTSIDE_PARTICIPLES``
    joined to a party by a hyphen, parsed with the party under the participle, or the party
    itself parsed as the participle's flat neighbour ("the UN - recognised government")."""
    if tok.tag_ == "VBN" and any(c.text in {"-", "–"} for c in tok.children):
        return tok.lemma_.lower() in _OUTSIDE_PARTICIPLES
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in {"-", "–"} and doc[tok.i + 2].tag_ == "VBN":
        return doc[tok.i + 2].lemma_.lower() in _OUTSIDE_PARTICIPLES
    return False


# participles by which a party hyphened to them stands behind the noun's own fighters: "the
# Turkish-backed Syrian rebels" are Syrian rebels, whom Turkey backs
_PATRON_PARTICIPLES = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "train"})


_PATRON_FORMS = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained"}
)


def hyphened_patron(tok: Token) -> bool:
    """ "Turkish-backed" in "Turkish-backed Syrian rebels": a participle of backing joined to a
    party by a dash, as three words or as one ("U.S.-backed")."""
    if "-" in tok.text[1:-1]:
        return tok.lower_.rsplit("-", 1)[1] in _PATRON_FORMS
    return (
        tok.tag_ == "VBN"
        and any(c.text in DASHES for c in tok.children)
        and tok.lemma_.lower() in _PATRON_PARTICIPLES
    )


def against_prefixed(tok: Token) -> bool:
    """ "Japan" in "anti-Japan protests": a party named as what the phrase is against, not as
    one of its members or owners."""
    return _prefixed(tok, "anti")


def non_prefixed(tok: Token) -> bool:
    """ "Japanese" in "non-Japanese citizens": those the phrase names are not the party's."""
    return _prefixed(tok, "non")


def names_another_party(tok: Token) -> bool:
    """A modifier whose party is not the one the phrase names: "Iran-backed rebels" are not
    Iran, "anti-Japan protests" not Japan's, "non-Japanese citizens" not Japan's."""
    return hyphened_backer(tok) or against_prefixed(tok) or non_prefixed(tok)


def _prefixed(tok: Token, prefix: str) -> bool:
    """The word written with ``prefix`` and a dash before it, as one token or three."""
    doc = tok.doc
    return tok.lower_.startswith(f"{prefix}-") or (
        tok.i >= 2 and doc[tok.i - 1].text in DASHES and doc[tok.i - 2].lower_ == prefix
    )


def dash_partners(mod: Token) -> list[Token]:
    """The other words of a pair a modifier joins with a dash ("the North Korea–Russia summit",
    "the Turkish-Libyan deal"): its own modifiers, when a dash hangs from it."""
    doc = mod.doc
    first = mod.left_edge.i
    if first >= 2 and doc[first - 1].text in DASHES and doc[first - 1].head.i != mod.i:
        # "The North Korea–Russia summit was held ...": a first name of more than one word
        # parsed as a phrase of its own, the dash hung from it; the word before the dash heads
        # the other name when it is the head of its own phrase outside the modifier's
        before = doc[first - 1].head
        if before.i == first - 2 and before.pos_ == "PROPN" and not mod.is_ancestor(before):
            return [before]
    if not any(c.text in DASHES for c in mod.children):
        return []
    return [c for c in mod.children if c.dep_ in {"compound", "amod", "nmod"}]
