"""A project's period of activity as the date rules find it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """A project's start and end, and the text that showed them."""

    start: dt.date
    end: dt.date
    snippet: str
    strength: int  # 3 labelled dates, 2 full-date range, 1 year range with context, 0 an event's dates
