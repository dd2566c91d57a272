"""A pure function of a block's text, computed once per distinct short text in a process.

Menus, footers, beneficiaries and other recurring blocks come back on page after page of a
site; cleaning them and telling their language are pure functions of the text, so each
process answers them once. A long text (a report's page) rarely comes back and is not kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

MAX_CHARS = 4000
ENTRIES = 8192

Result = TypeVar("Result")


def remembered_when_short(function: Callable[..., Result]) -> Callable[..., Result]:
    """``function(text, *rest)``, remembered for texts of up to ``MAX_CHARS`` characters."""
    remembered = lru_cache(maxsize=ENTRIES)(function)

    @wraps(function)
    def call(text: str, *rest: object) -> Result:
        return remembered(text, *rest) if len(text) <= MAX_CHARS else function(text, *rest)

    call.cache_info = remembered.cache_info  # type: ignore[attr-defined]
    call.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    return call
