"""Event coding: ontology, lexicon, coder, modality, time expressions and explanation.

The stage the pipeline calls is ``code``: a parsed article and its actor mentions to events.
``Trace`` records the coder's decisions for ``detente explain``.
"""

from __future__ import annotations

from .coder import Trace, code
from .lexicon import Entry, Lexicon
from .ontology import Ontology, ontology

__all__ = ["Entry", "Lexicon", "Ontology", "Trace", "code", "ontology"]
