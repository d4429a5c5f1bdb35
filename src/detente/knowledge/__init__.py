"""Third-party knowledge bases read into detente's own formats.

``petrarch`` reads the PETRARCH-2 / Phoenix dictionaries (actors with dated codes, agents,
discards, the CAMEO verb dictionary) into typed records, warning about malformed lines instead of
failing; ``convert`` maps those records onto detente's actor and lexicon user formats, counting
what it cannot express. The converted files ship in ``data/petrarch`` (see README.md here for how
the catalogue and the lexicon take them in).

``layers()`` says which converted layers the catalogue and the lexicon load: the actors by
default (the verb rules did not raise the tune figures of the PLOVER gold, so they are opt-in);
the environment variable ``DETENTE_KNOWLEDGE`` (``none``, ``actors``, ``lexicon`` or
``actors,lexicon``) chooses, so that figures without them can be reproduced.
"""

import os

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
    "LAYERS",
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
    "layers",
]

LAYERS = ("actors", "lexicon")
DEFAULT_LAYERS = ("actors",)


def layers() -> frozenset[str]:
    """The converted knowledge layers to load: ``DETENTE_KNOWLEDGE`` (comma-separated names of
    ``LAYERS``, or ``none``), else ``DEFAULT_LAYERS``. Unknown names are ignored."""
    raw = os.environ.get("DETENTE_KNOWLEDGE")
    if raw is None:
        return frozenset(DEFAULT_LAYERS)
    return frozenset(w.strip() for w in raw.lower().split(",")) & set(LAYERS)
