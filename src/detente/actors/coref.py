"""Pronouns and definite descriptions to the actors they stand for.

A deliberately small rule, good enough for news prose: the nearest preceding compatible mention
in the pronoun's sentence or the few before it, preferring grammatical subjects, since news
writing keeps the topic of a paragraph in subject position ("Kim visited Russia ... he may be
looking to balance ..."). Anonymous speakers count ("an expert said ... he added").

"it"/"its" and "the country" look for one country or organisation (for "the country" a
state's body, "the embassy in Sudan", when no state is named on its own; an object "it" is
never its own clause's subject, which would be "itself"); a bare title ("the
president", "the foreign minister") for the one person named before who has held that office;
"they"/"their" and "both countries"/"the two sides" for a set of actors (``antecedents``). Both give nothing when the
nearest sentence that offers candidates offers more than one reading: a wrong actor does more
harm downstream than none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import Mention
from ..syntax import with_the
from .query import Catalogue

__all__ = ["PRONOUNS", "REFERRING_NOUNS", "antecedent", "antecedents"]

# third-person singular pronouns → the gender they require
PRONOUNS: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# nouns that, definite and singular, refer back to a country named before: "the country", "the
# government" (with no phrase of their own saying which)
_COUNTRY_NOUNS = frozenset(
    {"country", "nation", "state", "kingdom", "republic", "government", "territory"}
)
# nouns that, with "both" or "two", refer back to the parties named before: "both countries"
_PARTY_NOUNS = frozenset(
    {"side", "country", "nation", "state", "government", "leader", "party", "capital", "neighbour"}
)
# nouns that, definite and singular, refer back to an organisation of states named before: "the
# European Union ... the bloc", "NATO ... the alliance"
_BODY_NOUNS = frozenset({"bloc", "alliance", "organisation", "organization", "union", "grouping"})
_STATE_BODIES = frozenset({"EU", "NATO", "UN", "AU", "IGO"})
# nouns that, definite and singular, refer back to an armed group named before: "the Houthis ...
# the group", "Hezbollah ... the movement"
_ARMED_NOUNS = frozenset({"group", "militia", "movement", "outfit", "faction"})
_ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "IMG"})
# nouns whose reading looks at earlier sentences ("the country", "both sides", "the bloc")
REFERRING_NOUNS = _COUNTRY_NOUNS | _PARTY_NOUNS | _BODY_NOUNS | _ARMED_NOUNS
# verbs whose "it" subject is usually no actor: "it is unclear", "it seems", "it remains to be"
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "take", "rain"})
_REACH = 2  # sentences before the word's own that "it", "they", "the country" may reach back
# verbs whose object "it" is mostly an act or a statement, not a party
_JUDGING_VERBS = frozenset(
    {"condemn", "criticize", "criticise", "denounce", "decry", "deplore", "slam", "welcome",
     "praise", "hail", "reject", "dismiss", "deny", "describe", "call", "term", "brand", "label",
     "oppose", "endorse", "justify", "defend"}
)  # fmt: skip
_MALE = frozenset(
    {"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "spokesman", "congressman"}
)
_FEMALE = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "spokeswoman",
        "congresswoman",
    }
)


def _gender(m: Mention, catalogue: Catalogue | None) -> str | None:
    entry = catalogue.entry(m.actor) if catalogue is not None else None
    if entry is not None and entry.gender:
        return entry.gender
    words = {w.lower() for w in m.actor.text.split()}
    if words & _MALE:
        return "m"
    if words & _FEMALE:
        return "f"
    return None


def antecedent(
    doc: Doc,
    token_index: int,
    mentions: Sequence[Mention],
    *,
    window: int = 3,
    catalogue: Catalogue | None = None,
) -> Mention | None:
    """The mention a third-person singular pronoun or "the country" refers to.

    "he", "his", "she", "her": the pronoun's sentence (mentions before it) and then up to
    ``window`` earlier sentences, nearest sentence first; within a sentence a subject beats a
    nearer non-subject. Gender must agree where it is known (catalogue entries, honorifics such
    as "Mr"). ``catalogue`` defaults to the packaged one.

    "it", "its" and "the country" (the noun's token): the one country or organisation in subject
    position in the nearest of the word's sentence and the two before that names any, else the
    one named there at all; a country for "the country". An expletive "it" ("it is unclear")
    refers to nothing. Returns None for other words, when nothing fits, or when the nearest
    sentence offers two different candidates."""
    tok = doc[token_index]
    if tok.lower_ in _NEUTER or _is_the_country(tok):
        return _one_body(doc, tok, mentions)
    if _is_the_body(tok):
        return _one_organisation(doc, tok, mentions)
    if _bare_the(tok, _ARMED_NOUNS, ("NN",), {"prep", "compound", "poss", "amod", "relcl", "acl"}):
        return _one_armed_group(doc, tok, mentions)
    cat = catalogue if catalogue is not None else Catalogue.load()
    gender = PRONOUNS.get(tok.lower_)
    if gender is None:
        title = _bare_title(tok, cat)
        return None if title is None else _office_holder_before(doc, tok, mentions, title, cat)
    sent = tok.sent
    for step in range(window + 1):
        limit = token_index if step == 0 else sent.end
        pool = [
            m
            for m in mentions
            if m.actor.kind == "person"
            and sent.start <= m.token_start
            and m.token_end <= limit
            and not (m.token_start <= token_index < m.token_end)
        ]
        pool = [m for m in pool if _gender(m, cat) in (None, gender)]
        if pool:
            subjects = [m for m in pool if doc[m.head].dep_ in _SUBJECT]
            return (subjects or pool)[-1]
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent  # the sentence before
    return None


def antecedents(
    doc: Doc, token_index: int, mentions: Sequence[Mention], *, window: int = _REACH
) -> list[Mention]:
    """The mentions a plural pronoun or "both countries"/"the two sides" refers to.

    "they", "them", "their": in the pronoun's sentence (before it) and then up to ``window``
    earlier sentences, nearest first, the actors coordinated in one phrase ("Russia and China
    ... they"), else the one group, organisation or country in subject position, else the one
    named there at all. "both"/"two" with a plural party noun ("both countries", "the two
    sides", "the two leaders"; the noun's token): the last coordinated set of two, else the two
    actors of that sentence when it names exactly two (of the kind the noun names). Empty for
    other words, when nothing fits, or when the nearest sentence offers two readings.

    ``antecedent`` keeps returning one mention; this is its plural counterpart."""
    tok = doc[token_index]
    if tok.lower_ in _PLURAL:
        return _plural(doc, tok, mentions, window)
    if _is_both_parties(tok):
        return _parties(doc, tok, mentions, window)
    return []


def _bare_title(tok: Token, catalogue: Catalogue) -> tuple[str, ...] | None:
    """The offices a definite title with nothing saying whose names ("the president", "the prime
    minister", "the secretary of state"), or None: a title with a name, a country or a possessor
    of its own is not a back reference."""
    if not with_the(tok):
        return None
    if tok.tag_ not in ("NN", "NNP") or any(c.dep_ in ("poss", "appos") for c in tok.children):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if any(c.pos_ == "PROPN" or c.ent_type_ or not c.is_lower for c in mods):
        return None
    words = [*(c.lower_ for c in sorted(mods, key=lambda c: c.i)), tok.lower_]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        # "the secretary of state", "the minister of foreign affairs"; "the president of
        # Egypt" says whose
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ == "PROPN" or pobj.ent_type_:
            return None
        tail = [w.lower_ for w in pobj.subtree]
        return catalogue.titles.get(" ".join([*words, "of", *tail]))
    return catalogue.titles.get(" ".join(words))


def _office_holder_before(
    doc: Doc,
    tok: Token,
    mentions: Sequence[Mention],
    offices: tuple[str, ...],
    catalogue: Catalogue,
) -> Mention | None:
    """The person "the president" refers to: in the nearest of the title's sentence and the
    three before that names a person who has held one of ``offices``, that one person (the one in
    office that day, if several have held it), or the one such person in subject position; None
    when the sentence offers two."""
    wanted = set(offices)
    for _, pool in _sentences_back(doc, tok, mentions, 3):
        holders = []
        for m in pool:
            entry = catalogue.entry(m.actor) if m.actor.kind == "person" else None
            if entry is not None and any(t.office in wanted for t in entry.terms):
                holders.append(m)
        if not holders:
            continue
        # "Uribe criticised Santos. The president replied": of several who have held the office,
        # those coded by an office that day (a sector) hold one now
        sitting = [m for m in holders if m.actor.sector] if len(_distinct(holders)) > 1 else []
        holders = sitting or holders
        found = _one(holders)
        if found is None:
            found = _one([m for m in holders if _clause_role(doc, m.head) in _SUBJECT])
        return found
    return None


def _sentences_back(
    doc: Doc, tok: Token, mentions: Sequence[Mention], window: int
) -> Iterator[tuple[Span, list[Mention]]]:
    """Per sentence, nearest first: the sentence and the actor mentions in it before ``tok``
    (not containing it). Blank "sentences" (the line breaks between paragraphs) are passed
    over, not counted."""
    sent = tok.sent
    for step in range(window + 1):
        while step and not sent.text.strip() and sent.start > 0:
            sent = doc[sent.start - 1].sent
        limit = tok.i if step == 0 else sent.end
        yield (
            sent,
            [
                m
                for m in mentions
                if sent.start <= m.token_start
                and m.token_end <= limit
                and not (m.token_start <= tok.i < m.token_end)
                and (m.actor.code is not None or m.actor.name is not None)
            ],
        )
        if sent.start == 0:
            return
        sent = doc[sent.start - 1].sent


def _clause_role(doc: Doc, head: int) -> str:
    """The dependency of a mention's phrase, through coordination: "China" in "Russia and China
    signed" is a subject like "Russia"."""
    tok = doc[head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_


def _key(m: Mention) -> tuple[str | None, str | None, str | None, str]:
    a = m.actor
    return (a.id or a.name, a.code, a.sector, a.kind)


def _distinct(ms: Sequence[Mention]) -> list[Mention]:
    """One mention per actor, the last one kept."""
    seen: dict[tuple[str | None, str | None, str | None, str], Mention] = {}
    for m in ms:
        seen.pop(_key(m), None)
        seen[_key(m)] = m
    return list(seen.values())


def _one(ms: Sequence[Mention]) -> Mention | None:
    distinct = _distinct(ms)
    return distinct[-1] if len(distinct) == 1 else None


def _bare_the(tok: Token, nouns: frozenset[str], tags: tuple[str, ...], own: set[str]) -> bool:
    """``tok`` is one of ``nouns``, after "the", with none of the ``own`` dependents that would
    say which one it is ("the country", not "the country's leader" or "the country of ...")."""
    return (
        tok.lemma_.lower() in nouns
        and tok.tag_ in tags
        and with_the(tok)
        and not any(c.dep_ in own for c in tok.children)
    )


def _is_the_country(tok: Token) -> bool:
    """ "the country", "the island nation", "the Gulf state": a word for a country with no
    phrase saying which. A modifier naming a kind of place or a region still leaves it bare (a
    lower-case noun, so not "the Islamic State"; not "the Trump government", whose modifier says
    whose)."""
    if not _bare_the(tok, _COUNTRY_NOUNS, ("NN", "NNP"), {"prep", "poss"}):
        return False
    return all(
        c.dep_ != "compound"
        or (tok.is_lower and tok.lemma_ != "government" and c.ent_type_ in {"", "LOC"})
        for c in tok.children
    )


def _is_the_body(tok: Token) -> bool:
    return _bare_the(tok, _BODY_NOUNS, ("NN",), {"prep", "compound", "poss", "amod"})


def _one_organisation(doc: Doc, tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The one organisation of states "the bloc" or "the alliance" refers to (its officials too), in
    the nearest of its sentence and the two before that names one; never the subject of a clause
    the noun lies in."""
    own_subjects = _commanding_subjects(tok)
    for _, pool in _sentences_back(doc, tok, mentions, _REACH):
        bodies = [
            m
            for m in pool
            if m.head not in own_subjects
            and m.actor.code in _STATE_BODIES
            and m.actor.kind != "person"
            and not _a_place(doc[m.head])  # "met in Brussels" names no second body
        ]
        if bodies:
            return _one(bodies)
    return None


def _one_armed_group(doc: Doc, tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The one armed group "the group" or "the militia" refers to, named in its own sentence
    before it ("Houthi spokesman Yahya Sarea said the group ...") or in the two before; never
    the subject of the noun's own clause (a group's spokesman reporting it may name it)."""
    own_subjects = _local_subjects(tok)
    for _, pool in _sentences_back(doc, tok, mentions, _REACH):
        armed = [
            m
            for m in pool
            if m.head not in own_subjects
            and m.actor.code
            and (m.actor.sector in _ARMED_SECTORS or m.actor.code == "IMG")
        ]
        if armed:
            return _one(armed)
    return None


def _a_place(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "to", "from", "near"}


def _is_both_parties(tok: Token) -> bool:
    return (
        tok.lemma_.lower() in _PARTY_NOUNS
        and tok.tag_ in ("NNS", "NNPS")
        and any(c.lower_ in ("both", "two") for c in tok.children)
    )


def _empty_it(tok: Token) -> bool:
    """ "It is unclear whether", "it seems", "it rained": an "it" that stands for no actor."""
    if tok.dep_ == "expl":
        return True
    return (
        tok.lower_ == "it" and tok.dep_ in _SUBJECT and tok.head.lemma_.lower() in _EMPTY_IT_VERBS
    )


def _one_body(doc: Doc, tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The one country or organisation "it"/"its"/"the country" refers to."""
    if _empty_it(tok):
        return None
    country_only = tok.lower_ not in _NEUTER
    own_subjects = _commanding_subjects(tok) if country_only else _local_subjects(tok)
    # "the United States condemned it": what is judged is mostly an act told before, so an object
    # "it" of a verb of judging reads only its own sentence for a party
    reach = 0 if _judged_it(tok) else _REACH
    if country_only:
        # "A Tajik spokesman says the country was sticking to the ceasefire": the subject of
        # what one state's officials say is their state, before any country told earlier
        spoken = _speakers_country(tok, mentions)
        if spoken is not None:
            return spoken
    for sent, pool in _sentences_back(doc, tok, mentions, reach):
        # "the United States suspended aid to the country": a noun phrase is never the subject
        # of a clause it lies in (only a pronoun may be: "it" would be "itself")
        pool = [m for m in pool if m.head not in own_subjects]
        bodies = [
            m
            for m in pool
            if m.actor.kind in ("country", "organization")
            or (m.actor.kind == "group" and not country_only and m.actor.name is not None)
            or _capital(m)
        ]
        if country_only:
            countries = [m for m in bodies if m.actor.kind == "country" or _capital(m)]
            # "closes its embassy in Sudan and advises its citizens against travelling to the
            # country": with no country named on its own, a state's body named there stands
            # for it, and so does a state's official named by office alone ("expels Rwanda's
            # ambassador, accusing the country of ...")
            bodies = countries or [
                m
                for m in pool
                if (m.actor.kind == "group" and m.actor.code and m.actor.sector)
                or (
                    m.actor.kind == "person"
                    and m.actor.name is None
                    and m.actor.sector == "GOV"
                    and m.actor.code
                )
            ]
        if not bodies:
            continue
        subjects = [m for m in bodies if _clause_role(doc, m.head) in _SUBJECT]
        if own_subjects and tok.lower_ == "it" and sent.start != tok.sent.start:
            # an object "it" follows the object of the sentence before ("Ghana recognised
            # Palestine. Togo likewise recognised it.")
            objects = [m for m in bodies if m not in subjects]
            return _one(objects) if objects else _one(subjects)
        return _one(subjects) if subjects else _one(bodies)
    return None


def _speakers_country(tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """ "The country" as the subject of what a state's officials say is their own: "Russian
    officials state that the country will send S-300 systems to Syria"."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    # every party the speaker's phrase names ("President of France Emmanuel Macron" names France
    # and Macron): one state, said by its officials
    words = {
        w.i for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree
    }
    named = [m for m in mentions if m.head in words]
    countries = Catalogue.load().entries
    officials = [
        m
        for m in named
        if m.actor.kind in ("group", "person")
        and m.actor.sector == "GOV"
        and f"country:{m.actor.code}" in countries  # a state's officials, not the UN's
    ]
    if not officials or len({m.actor.code for m in named if m.actor.code}) != 1:
        return None
    return officials[0]


def _capital(m: Mention) -> bool:
    """A capital standing for its country's government ("killed in Baghdad as Rumsfeld tours
    the country"): it names the country "the country" may refer to."""
    return m.via == "metonym" and m.actor.kind == "group" and m.actor.sector == "GOV"


# the words that make a clause a step before or after another one
_SEQUENCE_MARKS = frozenset({"after", "before", "when", "once", "until", "since"})


def _commanding_subjects(tok: Token) -> set[int]:
    """The words of the subjects (conjuncts included) of every clause ``tok`` lies in, its own
    and those it is embedded in: "Germany said it would send aid to the country" is not about
    Germany, nor is "the US defence secretary toured the country" about the United States. A
    clause of time ends the climb: the clause it is told before or after is another's."""
    found: set[int] = set()
    node = tok
    while node.head.i != node.i:
        if (
            node.dep_ == "advcl"
            and tok.dep_ not in ("nsubj", "nsubjpass")
            and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in node.children)
        ):
            # "Finland will decide ..., after Russia warned the country": what a clause told
            # before or after another acts on may be that clause's subject (its own subject,
            # "after the government ordered them to leave", is not)
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found.update(
                w.i
                for c in node.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for x in (c, *c.conjuncts)
                for w in x.subtree
            )
    return found


def _judged_it(tok: Token) -> bool:
    """ "it" as the object of a verb of judging ("condemned it", "called it a provocation")."""
    return tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _JUDGING_VERBS


def _local_subjects(tok: Token) -> set[int]:
    """The words of the subject of the clause whose object "it" is: "Sudan suspended its
    membership after accusing it of ..." is not about Sudan, which would be "itself". A clause
    with no subject of its own (a gerund, an infinitive) has the one above it."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            break  # "Obama's threat to use an attack against it": the noun's owner acts
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {w.i for c in subjects for x in (c, *c.conjuncts) for w in x.subtree}
        if node.tag_ not in ("VBG", "VB", "VBN"):
            break
    return set()


def _coordinated(doc: Doc, pool: Sequence[Mention]) -> list[list[Mention]]:
    """Sets of two or more different actors whose heads are conjuncts of one another."""
    sets: dict[int, list[Mention]] = {}
    for m in pool:
        # ("Angola, Namibia, and the Democratic Republic of the Congo", the second name read as
        # an apposition of the first)
        first = _list_head(doc[m.head])
        # "the foreign ministers of Egypt and Greece": Greece is a conjunct of a word inside
        # another mention, so it joins that mention's set
        outer = next((o for o in pool if o.token_start <= first.i < o.token_end), None)
        key = outer.head if outer is not None and outer is not m else first.i
        sets.setdefault(key, []).append(m)
    # (two names of one country, "a court in Paris, France", are no coordination)
    return [
        ms
        for ms in sets.values()
        if len(_distinct(ms)) > 1 and len({m.actor.code or m.actor.name for m in ms}) > 1
    ]


def _plural(doc: Doc, tok: Token, mentions: Sequence[Mention], window: int) -> list[Mention]:
    for step, (sent, pool) in enumerate(_sentences_back(doc, tok, mentions, window)):
        if step > 0 and window > 0:
            # "They met in Cairo. They concluded that the deal between Turkey and Libya ...
            # They called on Turkey ...": a sentence whose subject is "they" again passes the
            # question on to what that "they" stands for
            chained = _subject_pronoun(sent)
            if chained is not None:
                found = _plural(doc, chained, mentions, window)
                if found:
                    return found
        if not pool:
            continue
        if step > 0:
            named = _subject_parties(doc, sent, pool)
            if named:
                return named
        sets = _coordinated(doc, pool)
        if sets:
            subject_sets = [ms for ms in sets if _clause_role(doc, ms[0].head) in _SUBJECT]
            chosen = subject_sets or sets
            return _distinct(chosen[-1]) if len(chosen) == 1 or subject_sets else []
        bodies = [m for m in pool if m.actor.kind != "person"]
        if not bodies:
            continue
        subjects = [m for m in bodies if _clause_role(doc, m.head) in _SUBJECT]
        one = _one(subjects) if subjects else _one(bodies)
        return [one] if one is not None else []
    return []


def _list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is in (itself when it is in none), past conjuncts and
    appositions."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _between_ahead(doc: Doc, tok: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """The two parties of a "between X and Y" phrase after ``tok`` in its sentence."""
    end = tok.sent.end
    pool = []
    for m in mentions:
        if m.actor.code is None or not (tok.i < m.token_start and m.token_end <= end):
            continue
        node = _list_head(doc[m.head])
        if node.dep_ == "pobj" and node.head.lower_ == "between":
            pool.append(m)
    pairs = [ms for ms in _coordinated(doc, pool) if len(_distinct(ms)) == 2]
    return _distinct(pairs[0]) if pairs else []


def _subject_parties(doc: Doc, sent: Span, pool: Sequence[Mention]) -> list[Mention]:
    """The parties named inside the subject phrase of a sentence's main clause, when it names
    two or more ("Egypt's foreign minister and his Greek and French counterparts gathered ...":
    Egypt, Greece, France), one mention per country or body, the first kept."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    lo, hi = subj.left_edge.i, subj.right_edge.i
    inside: dict[str, Mention] = {}
    for m in pool:
        if not (lo <= m.head <= hi) or not m.actor.code or m.actor.code in inside:
            continue
        if m.actor.kind == "country" and doc[m.head].tag_ in ("NNS", "NNPS"):
            continue  # "three American Samoans": people of a country, not the country
        inside[m.actor.code] = m
    return list(inside.values()) if len(inside) > 1 else []


def _subject_pronoun(sent: Span) -> Token | None:
    """The plural pronoun subject of a sentence's main clause ("They concluded ...")."""
    return next((c for c in sent.root.children if c.dep_ == "nsubj" and c.lower_ in _PLURAL), None)


def _parties(doc: Doc, tok: Token, mentions: Sequence[Mention], window: int) -> list[Mention]:
    noun = tok.lemma_.lower()
    want_people = noun == "leader"
    for step, (_, pool) in enumerate(_sentences_back(doc, tok, mentions, window)):
        pool = [
            m
            for m in pool
            if m.actor.code is not None
            and (noun == "side" or (m.actor.kind == "person") == want_people)
        ]
        pairs = [ms for ms in _coordinated(doc, pool) if len(_distinct(ms)) == 2]
        if pairs:
            return _distinct(pairs[-1])
        distinct = _distinct(pool)
        if len(distinct) == 2:
            return distinct
        if step == 0:
            # "the EU urged both sides to show restraint after clashes between Armenia and
            # Azerbaijan": when its sentence names no pair before it, the pair a "between"
            # phrase names after it
            ahead = _between_ahead(doc, tok, mentions)
            if ahead:
                return ahead
        if len(distinct) > 2:
            return []
    return []
