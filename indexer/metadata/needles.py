"""A regex's required literal, as a cheap test before scanning a text with it.

Python's regex engine skips ahead quickly only when a pattern opens with a literal; one that
opens with ``\\b`` or a lookbehind (most programme codes: ``\\bFP7-...``, ``(?<![\\w-])GINOP-...``)
is tried at every position of the text. A literal that every match must contain, absent from
the text, means no match at all, and ``str.__contains__`` finds that out far faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_CASE_FLAGS = re.IGNORECASE | re.LOCALE


def required_literal(pattern: re.Pattern[str]) -> str:
    """The longest run of literal characters every match of ``pattern`` contains ("" if none is
    known): only the top-level sequence is read, whose items all take part in every match."""
    if pattern.flags & _CASE_FLAGS or not isinstance(pattern.pattern, str):
        return ""
    best, run = "", []
    for op, argument in sre_parse.parse(pattern.pattern, pattern.flags):
        if op is sre_constants.LITERAL:
            run.append(chr(argument))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []  # any other item (a class, a group, a repeat) ends the run
    if len(run) > len(best):
        best = "".join(run)
    return best


@dataclass(frozen=True)
class Prechecked:
    """A compiled pattern with its required literal: ``finditer`` skips a text without it."""

    pattern: re.Pattern[str]
    needle: str

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prechecked:
        return cls(pattern, required_literal(pattern))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.needle and self.needle not in text:
            return iter(())
        return self.pattern.finditer(text)
