"""The dateline at the top of a text, and the date parsers the extraction stage uses.

A dateline is a human-written date standing alone at the top of an article ("Friday, January 4,
2019", "Sept. 12, 2023", "12 September 2023 10:30 GMT"): only a line that *is* a date, or opens
with one followed by a dash, counts, so a first sentence that merely mentions a date is never
cut. Reading the dates themselves is ``detente.dates``'s job.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import human_date, leading_human_dates

__all__ = ["find_dateline"]

# What may follow a date that opens the first paragraph: a dash, a colon or a bar, then text.
_AFTER_PREFIX = re.compile(r"\s*(?:[-—–:|]+|\s[-—–]\s)\s*(?=\S)")


def find_dateline(line: str) -> tuple[dt.date, str] | None:
    """If ``line`` is a dateline, return its date and what is left of the line.

    "Friday, January 4, 2019" gives (2019-01-04, ""); "Sept. 12, 2023 — The summit began" gives
    (2023-09-12, "The summit began"). A line that only mentions a date later on gives None.
    """
    s = line.strip()
    whole = human_date(s)
    if whole is not None:
        return whole, ""
    for date, end in leading_human_dates(s):
        after = _AFTER_PREFIX.match(s, end)
        if after is not None and date is not None:
            return date, s[after.end() :]
    return None
