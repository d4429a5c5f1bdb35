"""The event coder: who did what to whom, and when, read from spaCy's dependency parse.

For each sentence the coder

1. finds triggers: one dictionary look-up per token in the compiled lexicon, then the most specific
   entry whose frame (particle, object, preposition, modifier) the parse satisfies (``triggers``);
2. reads each trigger's frame from the syntax (``frames``): the subject (or the passive agent, or
   the controller of an infinitive, or the head noun of a relative clause) is the source; the
   object, the dative or the prepositions the entry names give the target; an event noun takes
   its source from its possessor, an actor modifier, "by" or "between", or the subject of the
   support verb governing it ("held talks", "joined sanctions"); compound actors ("Russia and
   China") are all kept;
3. goes from each argument token to the actors it names through the mentions the actor stage
   found (their ``head`` and token span), searching the argument's own noun phrase only, never
   elsewhere in the sentence, and sets the sector from the head word ("troops" → MIL)
   (``arguments``; pronouns and "both countries" in ``anaphora``; places in ``places``);
4. decides modality with ``modality.assess`` and combines stance verbs with the action they govern
   ("vowed to boost military ties" → AGREE 0312, the boosting itself future) (``sentence``,
   ``stances``); reads the blame and censure a speaker voices about a party in a clause no
   trigger word starts ("said Y was behind the attack", "held Y responsible") (``judgements``);
5. dates the event from the time expressions of its own clause (``timex``) and de-duplicates the
   article: one happening told twice is one event (``finish``).

Everything is a pure function of the parsed document, the mentions and read-only resources; the
modules share one article's ``Context`` (``state``) and import one way, each only from those
before it: state; anaphora; arguments; triggers, places; frames; stances; judgements; sentence;
finish; this
package. Pass a ``Trace`` to collect every decision for ``detente explain``; without one nothing
is recorded.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from ...model import Event, Mention
from ..lexicon import Lexicon
from .finish import dedupe, finish
from .sentence import code_sentence
from .state import Antecedent, Antecedents, Catalogue, Context, PlaceCountry, Trace

__all__ = ["Antecedent", "Antecedents", "PlaceCountry", "Trace", "code"]


def code(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    lexicon: Lexicon,
    catalogue: Catalogue | None,
    published: dt.date | None,
    antecedent: Antecedent,
    antecedents: Antecedents | None = None,
    trace: Trace | None = None,
    place_country: PlaceCountry | None = None,
) -> list[Event]:
    """Events of a parsed article in text order, de-duplicated; pure given its inputs.

    ``antecedent`` is the actor stage's pronoun resolver (``detente.actors.antecedent``), asked
    about a pronoun the clause around it does not settle; when it finds no coded actor the coder
    takes the nearest earlier actor of the right kind. ``antecedents`` is its plural counterpart
    (``detente.actors.antecedents``), asked first about "they", "them", "their" and "the two
    sides"; without it those fall back to the same nearest earlier actors. ``place_country``
    gives the country of a town the lexicon's place list does not know (the geo stage's
    gazetteer: ``Gazetteer.town_country``), so that "shelled Sabratha" strikes Libya."""
    ctx = Context.build(
        doc,
        mentions,
        lexicon=lexicon,
        catalogue=catalogue,
        published=published,
        trace=trace,
        antecedent=antecedent,
        antecedents=antecedents,
        place_country=place_country,
    )
    events: list[Event] = []
    if len(doc) == 0:
        return events
    # one vectorised pass finds the few tokens that can trigger anything, so the coder never
    # builds Python objects for the rest of the document
    table = doc.to_array([LEMMA, LOWER]).tolist()
    triggers, forms, musts = lexicon.trigger_ids, lexicon.form_ids, lexicon.obligation_ids
    candidates = [i for i, (lem, low) in enumerate(table) if lem in triggers or low in forms]
    obligations = [i for i, (_, low) in enumerate(table) if low in musts]
    judges = lexicon.judgement_ids
    judged = [i for i, (lem, low) in enumerate(table) if lem in judges or low in judges]
    for index, sent in enumerate(doc.sents):
        ctx.sent_index = index
        lo = bisect.bisect_left(candidates, sent.start)
        hi = bisect.bisect_left(candidates, sent.end)
        ob = bisect.bisect_left(obligations, sent.start)
        has_obligation = ob < len(obligations) and obligations[ob] < sent.end
        ju = bisect.bisect_left(judged, sent.start)
        has_judgement = ju < len(judged) and judged[ju] < sent.end
        if lo == hi and not has_obligation and not has_judgement:
            continue
        drafts = code_sentence(
            ctx, sent, candidates[lo:hi], has_obligation, judgement=has_judgement
        )
        if drafts:
            done = finish(ctx, drafts, sent, index)
            events.extend(done)
            ctx.told.extend(done)
    return dedupe(events, trace)
