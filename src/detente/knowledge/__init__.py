"""Third-party knowledge bases read into detente's own formats.

``petrarch`` reads the PETRARCH-2 / Phoenix dictionaries (actors with dated codes, agents,
discards, the CAMEO verb dictionary) into typed records, warning about malformed lines instead of
failing; ``convert`` maps those records onto detente's actor and lexicon user formats, counting
what it cannot express. The converted files ship in ``data/petrarch`` (see README.md here for how
the catalogue and the lexicon take them in).
"""

from detente.knowledge.petrarch import (
    Actor,
    Agent,
    CodeSpan,
    Discard,
    Pattern,
    PetrarchReader,
    ReadWarning,
    Synset,
    Verb,
    VerbBlock,
    VerbDictionary,
)

__all__ = [
    "Actor",
    "Agent",
    "CodeSpan",
    "Discard",
    "Pattern",
    "PetrarchReader",
    "ReadWarning",
    "Synset",
    "Verb",
    "VerbBlock",
    "VerbDictionary",
]
