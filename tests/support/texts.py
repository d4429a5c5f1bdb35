"""Text written for the tests and used by more than one test module."""

from __future__ import annotations

# One paragraph of an invented news item, long enough to pass extraction's length check.
PARA = (
    "The foreign ministers of Estland and Valoria met in Ostra on Tuesday and agreed to reopen "
    "the border crossing that had been closed to freight since January, officials said."
)
