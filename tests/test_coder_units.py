"""The event coder's syntax rules one at a time, on hand-built parses and hand-made mentions:
no trained model, no actor stage, so a failing rule shows itself alone."""

from __future__ import annotations

import pytest

from detente.events.coder import code
from detente.events.coder.arguments import actors_of, pronoun, subject_of
from detente.events.coder.state import Context, Trace
from detente.events.coder.triggers import triggers
from detente.events.lexicon import Lexicon
from detente.model import Actor, Mention
from support.docs import coordinated, parse, passive

RUS = Actor(text="Russia", name="Russia", code="RUS")
CHN = Actor(text="China", name="China", code="CHN")
UKR = Actor(text="Ukraine", name="Ukraine", code="UKR")
SDN = Actor(text="Sudan", name="Sudan", code="SDN")
PUTIN = Actor(text="Putin", name="Vladimir Putin", code="RUS", sector="GOV", kind="person")
KIM = Actor(text="Kim", name="Kim Jong Un", code="PRK", sector="GOV", kind="person")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def mention(doc, i: int, actor: Actor) -> Mention:
    tok = doc[i]
    return Mention(actor, tok.idx, tok.idx + len(tok), i, i + 1, i, 0)


def no_antecedent(doc, i, mentions) -> None:
    return None


def context(doc, lexicon, named: dict[int, Actor], antecedent=None, *, others=()) -> Context:
    """The coder's context with a mention for each named token, after the ``others`` given."""
    return Context.build(
        doc,
        [*others, *(mention(doc, i, a) for i, a in named.items())],
        lexicon=lexicon,
        catalogue=None,
        published=None,
        trace=Trace(),
        antecedent=antecedent or no_antecedent,
    )


def subject(doc, lexicon, i: int) -> tuple[list[str], str]:
    """The words of the subject that ``subject_of`` finds for token ``i``, and how."""
    subj, how = subject_of(context(doc, lexicon, {}), doc[i])
    return [t.text for t in subj], how


def coded(doc, lexicon, named: dict[int, Actor], trace: Trace | None = None):
    """``code`` on a hand-built parse, with a mention for each named token."""
    return code(
        doc,
        [mention(doc, i, a) for i, a in named.items()],
        lexicon=lexicon,
        catalogue=None,
        published=None,
        antecedent=no_antecedent,
        trace=trace,
    )


def test_the_subject_of_a_passive_is_its_agent_or_no_one(lexicon):
    doc = passive(True, stop=True)
    assert subject(doc, lexicon, 2) == (["Seoul"], "passive agent")
    doc = passive(False, stop=True)
    assert (
        subject(doc, lexicon, 2)[0] == []
    )  # the passive subject Kim is the one criticised, never the critic


def test_an_infinitive_takes_the_subject_of_its_governor_or_the_object_of_a_control_verb(lexicon):
    doc = parse([
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
        ("to", 3, "aux", "PART", "TO"),
        ("boost", 1, "xcomp", "VERB", "VB"),
        ("ties", 3, "dobj", "NOUN", "NNS", "tie"),
    ])  # fmt: skip
    assert subject(doc, lexicon, 3) == (["Russia"], 'subject of "vowed"')
    doc = parse([
        ("China", 1, "nsubj", "PROPN", "NNP"),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("Russia", 1, "dobj", "PROPN", "NNP"),
        ("to", 4, "aux", "PART", "TO"),
        ("withdraw", 1, "xcomp", "VERB", "VB"),
    ])  # fmt: skip
    assert subject(doc, lexicon, 4) == (["Russia"], 'object of "urged"')


def test_a_relative_pronoun_names_the_noun_its_clause_modifies(lexicon):
    doc = parse([
        ("Russia", 5, "nsubj", "PROPN", "NNP"),
        (",", 0, "punct", "PUNCT", ","),
        ("which", 3, "nsubj", "PRON", "WDT"),
        ("denied", 0, "relcl", "VERB", "VBD", "deny"),
        (",", 0, "punct", "PUNCT", ","),
        ("left", 5, "ROOT", "VERB", "VBD", "leave"),
    ])  # fmt: skip
    ctx = context(doc, lexicon, {0: RUS})
    subj, how = subject_of(ctx, doc[3])
    assert ([t.text for t in subj], how) == (["which"], "subject")
    assert actors_of(ctx, doc[2]) == ([RUS], "relative pronoun")


def test_a_relative_clause_without_a_subject_is_done_by_its_noun(lexicon):
    doc = parse([
        ("rebels", 3, "nsubj", "NOUN", "NNS", "rebel"),
        ("backed", 0, "relcl", "VERB", "VBD", "back"),
        ("Kyiv", 1, "dobj", "PROPN", "NNP"),
        ("fled", 3, "ROOT", "VERB", "VBD", "flee"),
    ])  # fmt: skip
    assert subject(doc, lexicon, 1) == (["rebels"], "relative clause")


def test_coordinated_actors_are_all_kept_unless_expansion_is_off(lexicon):
    doc = coordinated()
    ctx = context(doc, lexicon, {0: RUS, 2: CHN})
    assert actors_of(ctx, doc[0])[0] == [RUS, CHN]
    assert actors_of(ctx, doc[0], expand=False)[0] == [RUS]


def two_sentences():
    return parse([
        ("Putin", 1, "nsubj", "PROPN", "NNP"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Kim", 1, "dobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
        ("He", 5, "nsubj", "PRON", "PRP", "he"),
        ("left", 5, "ROOT", "VERB", "VBD", "leave"),
        (".", 5, "punct", "PUNCT", "."),
    ], starts=(0, 4))  # fmt: skip


def test_a_pronoun_asks_the_resolver_it_was_given_first(lexicon):
    doc = two_sentences()
    asked: list[int] = []

    def resolver(d, i, mentions):
        asked.append(i)
        return next(m for m in mentions if m.actor is PUTIN)

    ctx = context(doc, lexicon, {0: PUTIN, 2: KIM}, antecedent=resolver)
    actors, how = pronoun(ctx, doc[4], 0)
    assert asked == [4]
    assert actors == [PUTIN]
    assert how == '"He" = antecedent found by the actor stage'


def test_without_an_answer_a_pronoun_is_the_nearest_earlier_person(lexicon):
    doc = two_sentences()

    def failing(d, i, mentions):
        raise RuntimeError("resolver broke")

    for resolver in (None, failing):
        ctx = context(doc, lexicon, {0: PUTIN, 2: KIM}, antecedent=resolver)
        assert pronoun(ctx, doc[4], 0) == ([KIM], '"He" = nearest earlier actor')


def test_a_support_verb_misread_by_the_lemmatiser_still_lends_its_subject(lexicon):
    doc = parse([
        ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
        ("staged", 1, "ROOT", "VERB", "VBD", "stag"),  # the lemmatiser's mistake
        ("a", 3, "det", "DET", "DT"),
        ("rally", 1, "dobj", "NOUN", "NN"),
    ])  # fmt: skip
    found = triggers(context(doc, lexicon, {}), doc[:])
    rally = next(t for t in found if t.tok.text == "rally")
    assert rally.light is not None and rally.light.text == "staged"
    assert rally.inherit_subject


def test_a_whole_sentence_codes_one_attack(lexicon):
    doc = parse([
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    events = coded(doc, lexicon, {0: RUS, 2: UKR})
    assert [(e.event_type, e.source, e.target) for e in events] == [("ASSAULT", (RUS,), (UKR,))]
    assert events[0].rule == "attack.v:ASSAULT"


def test_a_report_that_someone_must_act_is_a_demand_of_them(lexicon):
    doc = parse([
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Sudan", 4, "nsubj", "PROPN", "NNP"),
        ("must", 4, "aux", "AUX", "MD"),
        ("reconsider", 1, "ccomp", "VERB", "VB"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    trace = Trace()
    events = coded(doc, lexicon, {0: RUS, 2: SDN}, trace)
    assert [(e.event_type, e.cameo, e.source, e.target, e.rule) for e in events] == [
        ("REQUEST", "100", (RUS,), (SDN,), "request:must")
    ]
    assert events[0].confidence == 0.6
    assert any("must/should" in m for m in trace.for_token(4))


def test_the_leaders_of_a_list_of_countries_are_all_of_them(lexicon):
    # "The leaders of Russia, China and Sudan met": one mention (Russia's leaders), two names
    doc = parse([
        ("The", 1, "det", "DET", "DT"),
        ("leaders", 7, "nsubj", "NOUN", "NNS", "leader"),
        ("of", 1, "prep", "ADP", "IN"),
        ("Russia", 2, "pobj", "PROPN", "NNP"),
        (",", 3, "punct", "PUNCT", ","),
        ("China", 3, "conj", "PROPN", "NNP"),
        ("and", 5, "cc", "CCONJ", "CC"),
        ("Sudan", 5, "conj", "PROPN", "NNP"),
        ("met", 7, "ROOT", "VERB", "VBD", "meet"),
    ])  # fmt: skip
    leaders = Actor(text="The leaders of Russia", name="Russia", code="RUS", sector="GOV")
    ctx = context(
        doc, lexicon, {5: CHN, 7: SDN}, others=[Mention(leaders, 0, doc[3].idx + 6, 0, 4, 1, 0)]
    )
    assert [a.code for a in actors_of(ctx, doc[1])[0]] == ["RUS", "CHN", "SDN"]
