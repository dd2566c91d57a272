"""How far an indexed word is from a typed one, and whether it is close enough to search instead.

A typo changes a letter into one typed by a neighbouring key or sounding alike, drops, adds or
swaps letters, and rarely touches the first letter. Edit distance alone does not know this:
``slask`` and ``saas`` are two edits apart, as are ``projetc`` and ``projects``. So a
substitution costs one edit only between keyboard neighbours (QWERTY, with the y/z, a/q and w/z
swaps of QWERTZ and AZERTY) and letters that sound alike (vowels, c/k, s/z, f/v...), two
otherwise; dropping, adding or swapping a letter costs one.

Two levels use it. Candidates for "did you mean" cost at most ``suggestion_edits`` (one up to
five letters, two from six) and are ranked by that cost, then by how many documents hold them. The search itself is replaced by a correction only when every changed word
keeps its first letter and costs at most ``correction_edits`` for its length: one for words of
four to seven letters, two from eight; a shorter word is never replaced (too many words lie
one edit from it).
"""

from __future__ import annotations

from functools import lru_cache

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_OTHER_LAYOUTS = ("yz", "aq", "wz", "mn")  # QWERTZ and AZERTY keys; m and n sit side by side on all
_SOUNDS = ("ck", "sz", "fv", "vw", "ij", "bp", "dt", "gk", "qk")
_VOWELS = "aeiouy"

MIN_CORRECTED_LETTERS = 4
SHORT_WORD_LETTERS = 5
LONG_WORD_LETTERS = 8


def _near_pairs() -> frozenset[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for row in _ROWS:
        pairs.update(frozenset(row[i : i + 2]) for i in range(len(row) - 1))
    for upper, lower in zip(_ROWS, _ROWS[1:]):
        # A key touches the two keys above it, offset by half a key.
        for i, letter in enumerate(lower):
            pairs.update(frozenset((letter, above)) for above in upper[i : i + 2])
    pairs.update(frozenset(pair) for pair in (*_OTHER_LAYOUTS, *_SOUNDS))
    pairs.update(frozenset((a, b)) for a in _VOWELS for b in _VOWELS if a != b)
    return frozenset(pairs)


_NEAR = _near_pairs()


def substitution_cost(a: str, b: str) -> int:
    if a == b:
        return 0
    return 1 if frozenset((a, b)) in _NEAR else 2


@lru_cache(maxsize=65_536)
def typo_cost(typed: str, word: str) -> int:
    """Edits from ``typed`` to ``word`` (both folded, lower case), a far substitution counting two
    (optimal string alignment: adjacent letters swapped count one edit)."""
    rows = len(typed) + 1
    previous_row: list[int] = []
    row = list(range(len(word) + 1))
    for i in range(1, rows):
        before, previous_row, row = previous_row, row, [i] + [0] * len(word)
        for j in range(1, len(word) + 1):
            row[j] = min(
                previous_row[j] + 1,
                row[j - 1] + 1,
                previous_row[j - 1] + substitution_cost(typed[i - 1], word[j - 1]),
            )
            if i > 1 and j > 1 and typed[i - 1] == word[j - 2] and typed[i - 2] == word[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
    return row[-1]


def suggestion_edits(letters: int) -> int:
    """The typo cost a "did you mean" candidate may have (the term dictionary is walked within
    as many plain edits): a short word has many neighbours, most of them other words."""
    return 1 if letters <= SHORT_WORD_LETTERS else 2


def correction_edits(letters: int) -> int:
    """The typo cost a correction may have and still replace the search: 0 means never."""
    if letters < MIN_CORRECTED_LETTERS:
        return 0
    return 1 if letters < LONG_WORD_LETTERS else 2


def close_enough(typed: str, word: str) -> bool:
    """Whether ``word`` may replace ``typed`` in the search (both folded, lower case)."""
    limit = correction_edits(len(typed))
    return limit > 0 and typed[:1] == word[:1] and typo_cost(typed, word) <= limit
