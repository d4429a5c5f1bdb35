"""Where events happen: an offline gazetteer (``gazetteer``) and the stage that gives every event
a place (``resolve``), run after the event coder in ``pipeline.analyze_doc``."""

from .gazetteer import Gazetteer, Place, Precision, name_key
from .resolve import locate

__all__ = ["Gazetteer", "Place", "Precision", "locate", "name_key"]
