"""The index terms of a text, as the analysers of ``analysis.py`` make them, without their token stream.

An analyser is a chain of generators passing one Token object through four or five filters per
word; on the write path that chain ran three times per document (title, the neutral body, the
body in its language) and cost more than everything else whoosh does. Here a text is cut into
words with the analysers' own tokeniser and each distinct word is turned into its term once per
process: a vocabulary is Zipfian, so after a few hundred documents nearly every word is a
dictionary hit. ``tests/test_terms.py`` checks, on real texts in every language, that the terms
are exactly the analysers' own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

import Stemmer

from indexer.language.analysis import (
    BCMS_CODES,
    SNOWBALL_ALGORITHMS,
    WORD_PATTERN,
    fold,
    has_unspaced,
    index_tokens,
    serbian_latin,
)

_WORD = re.compile(WORD_PATTERN)  # no capturing group: findall gives whole matches

CACHE_WORDS = 500_000
"""Distinct words remembered per analyser; past it the memory starts again (numbers, codes and
typing errors would otherwise grow it without end on a large collection)."""


def words(text: str) -> list[str]:
    """The tokens of ``text`` before lower-casing, as the analysers' tokeniser cuts them."""
    if has_unspaced(text):
        return index_tokens(text)
    return _WORD.findall(text)


def _neutral(word: str) -> str:
    return fold(serbian_latin(word.lower()))


def _stemming(code: str) -> Callable[[str], str]:
    stem = Stemmer.Stemmer(SNOWBALL_ALGORITHMS[code]).stemWord
    if code == "sh":
        return lambda word: fold(stem(serbian_latin(word.lower())))
    return lambda word: fold(stem(word.lower()))


class TermMaker:
    """Word -> term for one analyser, remembered."""

    def __init__(self, code: str | None) -> None:
        self.make = _neutral if code is None else _stemming(code)
        self.known: dict[str, str] = {}

    def terms(self, tokens: list[str]) -> list[str]:
        known = self.known
        new = set(tokens).difference(known)
        if new:
            if len(known) + len(new) > CACHE_WORDS:
                known.clear()
                new = set(tokens)
            make = self.make
            for word in new:
                known[word] = make(word)
        return list(map(known.__getitem__, tokens))


@cache
def term_maker(code: str | None) -> TermMaker:
    """The terms of ``neutral_analyzer()`` (None) or of ``language_analyzer(code)``."""
    if code is not None:
        code = "sh" if code in BCMS_CODES else code
        if code not in SNOWBALL_ALGORITHMS:
            raise KeyError(f"no stemmed analyser for language {code!r}")
    return TermMaker(code)


def text_terms(text: str, code: str | None) -> list[str]:
    """The terms of ``text`` in order (a term's position is its index in the list)."""
    return term_maker(code).terms(_last_words(text))


@lru_cache(maxsize=2)
def _last_words(text: str) -> list[str]:
    # The neutral field and a one-language document's stemmed field are the same text: cut it once.
    return words(text)
