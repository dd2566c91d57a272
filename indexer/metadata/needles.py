"""A regex's required literals, as a cheap test before scanning a text with it.

Python's regex engine skips ahead quickly only when a pattern opens with a literal; one that
opens with ``\\b`` or a lookbehind (most programme codes: ``\\bFP7-...``, ``(?<![\\w-])GINOP-...``),
and a case-blind alternation of words, is tried at every position of the text. When every match
must contain one of a few literals and the text holds none of them, there is no match at all,
and ``str.__contains__`` finds that out far faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

MIN_NEEDLE = 3
"""A shorter literal is in almost every text: it would only add the test to the scan."""

# Letters the case-blind regex takes for another letter that str.lower() does not turn into it
# (dotless i, long s, capital and final sigma, Greek symbol forms, old Cyrillic forms): with one
# of them in the text the regex decides. tests/test_stage_memos.py checks them on all of Unicode.
CASE_TWINS = re.compile("[\xb5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]")


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` contains, lower-cased when the pattern
    is case-blind; () when none is known or one of them is too short to tell anything."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return ()
    needles = tuple(dict.fromkeys(_needles(sre_parse.parse(pattern.pattern, pattern.flags)) or ()))
    if pattern.flags & re.IGNORECASE:
        # Read before lower-casing: "İ" lowers to "i" and a combining dot, which the regex's "İ"
        # does not need (it takes a plain "i"), and the dot is no case twin.
        if any(CASE_TWINS.search(needle) or len(needle.lower()) != len(needle) for needle in needles):
            return ()
        needles = tuple(dict.fromkeys(needle.lower() for needle in needles))
    return needles if needles and min(map(len, needles)) >= MIN_NEEDLE else ()


def _literal_runs(items) -> list[str]:
    runs, run = [], []
    for op, argument in items:
        if op is sre_constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            runs.append("".join(run))
        run = []  # any other item (a class, a group, a repeat, an assertion) ends the run
    if run:
        runs.append("".join(run))
    return runs


def _needles(items) -> tuple[str, ...] | None:
    """The best set of literals one of which a match of the sequence ``items`` contains: a run
    of the sequence itself, or one literal from each alternative of a branch it must go through."""
    options: list[tuple[str, ...]] = [(run,) for run in _literal_runs(items)]
    for op, argument in items:
        if op is sre_constants.BRANCH:
            alternatives = [_needles(alternative) for alternative in argument[1]]
            if all(alternatives):
                options.append(tuple(needle for found in alternatives for needle in found))
        elif op is sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = argument
            if not (add_flags | del_flags) & re.IGNORECASE:  # a case change inside: other rules
                if found := _needles(inner):
                    options.append(found)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, _high, inner = argument
            if low >= 1 and (found := _needles(inner)):
                options.append(found)
    # The set whose shortest literal is longest says most; of equals, the one with fewer literals.
    return max(options, key=lambda needles: (min(map(len, needles)), -len(needles)), default=None)


@dataclass(frozen=True)
class Prechecked:
    """A compiled pattern with its required literals: ``finditer`` skips a text without any."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    case_blind: bool = False  # the flag read once: RegexFlag's ``&`` is a Python call

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prechecked:
        return cls(pattern, required_literals(pattern), bool(pattern.flags & re.IGNORECASE))

    def may_match(self, text: str) -> bool:
        """False only when no match is possible: the text holds none of the literals."""
        if not self.needles:
            return True
        if self.case_blind:
            lowered = _lowered(text)
            if lowered is None:
                return True
            text = lowered
        for needle in self.needles:
            if needle in text:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """``text`` lower-cased for the literal test, None when it holds a case twin (the regex decides then);
    kept for the last texts, as the case-blind patterns of a stage test the same text one after the other."""
    return None if CASE_TWINS.search(text) else text.lower()
