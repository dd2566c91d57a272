"""Small text helpers shared by the metadata extractors: accent folding and snippets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

SEPARATOR = r"[\s\-\u00ad\u2010-\u2015_/\u201c-\u201e\u00ab\u00bb\"]*"
"""What may stand between the words of a name: spaces, hyphens, soft hyphens, quotation marks, nothing.

Quotation marks too, because names often quote the programme's own part: 'програма „Дунав“', 'IPA «Ελλάδα-...»'."""


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(mark) for mark in decomposed[1:]):
        return decomposed[0]
    return char


SHORT_PAGE = 6_000
"""A text this short is a page's beginning or a project box, not a report that surveys programmes or countries."""
LONG_TEXT = 200
"""A text at least this long is a document's text, which every extractor folds again: a few are kept."""


def fold(text: str) -> str:
    """Strip accents character by character, keeping offsets: fold(t)[i] comes from t[i]."""
    if text.isascii():
        return text
    return _fold_text(text) if len(text) >= LONG_TEXT else _fold_short(text)


def _folded(text: str) -> str:
    return "".join(_fold_char(char) if not char.isascii() else char for char in text)


_fold_text = lru_cache(maxsize=8)(_folded)  # programmes, dates and countries each fold the same text
_fold_short = lru_cache(maxsize=65536)(_folded)  # names, words and lines met again and again


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    """The match with some context on either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    piece = text[left:right]
    return ("…" if left else "") + re.sub(r"\s+", " ", piece).strip() + ("…" if right < len(text) else "")


def name_pattern(name: str, keep_case: Callable[[str], bool] | None = None) -> str:
    """A regex for a multi-word name, allowing any separator between its words.

    Words for which ``keep_case`` is true are matched case-sensitively even in an
    IGNORECASE pattern.
    """
    words = []
    # Cut where the matcher's squeezed text has no characters: a quotation mark that closes a name
    # ('програма „Региони в растеж“') is no part of its last word, or the name would never match.
    for word in re.split(SEPARATOR.rstrip("*") + "+", name.strip()):
        if word:
            escaped = re.escape(fold(word))
            words.append(f"(?-i:{escaped})" if keep_case and keep_case(word) else escaped)
    return SEPARATOR.join(words)
