"""The actors stage: who an article names, resolved to canonical actors.

Entry points (signatures other stages rely on)

``Catalogue.load(extra=()) -> Catalogue``
    The packaged catalogue (``data/countries.yaml``, ``organizations.yaml``, ``leaders.csv``,
    ``agents.yaml``) plus user files given with ``--actors`` (YAML or CSV) that add or override
    entries. Cached by paths; pickles as a reload. Invalid user file → ``ConfigError`` E501.

``resolve(doc, catalogue, *, published=None) -> list[Mention]``
    Every actor mention in text order. ``Mention.head`` is the token the parser attaches to the
    rest of the sentence: the last name token of "North Korean leader Kim Jong Un", the role noun
    of "Senior Hungarian and Romanian officials" (which gives two mentions, HUN GOV and ROU GOV,
    with the same head). ``via`` says how: ``catalogue`` (a name), ``alias``, ``demonym``,
    ``prefix`` ("Sino-"), ``metonym`` (a capital: its government, "Moscow" → RUS GOV; "the
    North" → PRK), ``seat`` ("the Kremlin" → RUS GOV), ``sense`` (an ambiguous alias settled
    by context, "Korea"), ``surname`` (a bare family name settled by the catalogue and the
    date), ``coref`` ("Mr Kim" → the Kim named earlier), ``ner`` (a person the catalogue
    lacks), ``context`` (such a person with a state title, given the one country its sentence
    names), ``role`` (a role noun: "North Korean troops", "an expert"), ``user`` (an alias
    from a user file). A title before a catalogued name ("President Obama", "then-President
    Trump") codes the person by that office even off its dates; "former" removes the sector.

    **Anonymous roles are emitted as mentions with ``code`` None and ``name`` None** ("an
    expert", "analysts", "officials" with no country; ``kind`` "person" for a singular person
    noun, else "group"; ``sector`` from the role where it has one). The quotes stage takes them as
    speakers; the event coder should skip actors without a code; ``summarise`` leaves them out.
    A named person the catalogue lacks is a mention with ``name`` set and ``code`` from its
    qualifiers ("Chinese foreign ministry spokesman Wang Wenbin" → CHN GOV) or None.

``summarise(mentions) -> list[ActorSummary]``
    One entry per canonical actor, most mentioned first: the contract's ``actors`` list.

``Catalogue.at_date(actor, date) -> Actor``
    A person coded by the office held on ``date`` (today when None): the office's country and
    GOV while head of state or government, leader or minister; out of office the country of the
    nearest term and no sector. ``Catalogue.offices(actor, date)`` lists the terms held.

``Catalogue.lookup(text, *, date=None) -> Actor | None``
    Resolve a bare string: "Hungarian", "JAP", "the Kremlin", "Putin", "Chinese officials", "an
    expert" (the last gives an anonymous actor as above).

``Catalogue.iso3_from_cameo(code) -> str | None``
    CAMEO country codes (JAP, ROM, DRC, ZAR, TMP, ...) and ISO3 codes → ISO3.

``Catalogue.office_holder(code, offices, date, *, title=None) -> Entry | None``
    Who held an office on a date ("hos" of "RUS" on 2023-09-12 → Vladimir Putin).

``antecedent(doc, token_index, mentions, *, window=3, catalogue=None) -> Mention | None``
    The person a "he"/"she"/"his"/"her" refers to: the nearest preceding gender-compatible person
    mention (anonymous ones included) in the same or the ``window`` previous sentences,
    preferring subjects. For "it"/"its" and "the country" (the noun's token): the one country or
    organisation in subject position in the nearest of that sentence and the two before that
    names one; None for an expletive "it" ("it is unclear") or two candidates.

``antecedents(doc, token_index, mentions, *, window=2) -> list[Mention]``
    The plural counterpart: "they"/"them"/"their" → the actors last coordinated ("Russia and
    China ... they"), else the one group, organisation or country subject; "both countries", "the
    two sides", "the two leaders" (the noun's token) → the last pair. Empty when ambiguous.

Modules: ``records`` (entries, terms, alias hits, roles), ``words`` (how tokens are keyed),
``build`` (data files, user files and their E501 checks, the alias index, the cache), ``query``
(``Catalogue`` and its lookups), ``resolver`` (``resolve`` running the passes ``matching``,
``settling``, ``people`` and ``agents`` over one ``article``; ``summarise``), ``coref`` (pronouns).
"""

from __future__ import annotations

from .coref import antecedent, antecedents
from .query import Catalogue
from .records import Entry, Term
from .resolver import resolve, summarise
from .words import normalise

__all__ = [
    "Catalogue",
    "Entry",
    "Term",
    "antecedent",
    "antecedents",
    "normalise",
    "resolve",
    "summarise",
]
