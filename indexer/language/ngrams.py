"""Character n-gram statistics of each language, from langdetect's profiles.

langdetect itself scores a text by sampling its n-grams at random until one language pulls
ahead; on a sentence or two words that sample is small and noisy. ``ngram_scores`` instead adds
up the log-probability of every n-gram of the text once, deterministically. langdetect's
profiles keep only each language's few thousand most frequent n-grams, so an n-gram missing
from one language's profile is rarer there than its least frequent listed one: it gets a
fraction of that floor rather than almost zero, which would wrongly rule the language out.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.utils.lang_profile import LangProfile
from langdetect.utils.ngram import NGram

from indexer.language.analysis import fold
from indexer.tables import static_table

MISSING_SHARE = 0.3  # of a profile's least frequent n-gram: what an unlisted n-gram is worth there
_WORD = re.compile(r"[^\W\d_]+")

# Serbian Cyrillic letters for each Latin letter or digraph of Croatian (longest first).
_LATIN_TO_SERBIAN = (
    ("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("a", "а"), ("b", "б"), ("c", "ц"), ("č", "ч"), ("ć", "ћ"),
    ("d", "д"), ("đ", "ђ"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ј"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("š", "ш"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"), ("ž", "ж"),
)


def _to_serbian_cyrillic(ngram: str) -> str | None:
    """One n-gram of a Croatian profile in Serbian Cyrillic, keeping case; None if unwritable."""
    out: list[str] = []
    position = 0
    lower = ngram.lower()
    while position < len(ngram):
        if ngram[position] == " ":
            out.append(" ")
            position += 1
            continue
        for latin, cyrillic in _LATIN_TO_SERBIAN:
            if lower.startswith(latin, position):
                out.append(cyrillic.upper() if ngram[position].isupper() else cyrillic)
                position += len(latin)
                break
        else:
            return None  # a letter Serbian does not write (q, w, x, y)
    return "".join(out)


def _serbian_profile() -> dict:
    """A Serbian Cyrillic n-gram profile made from langdetect's Croatian one."""
    croatian = json.loads((Path(PROFILES_DIRECTORY) / "hr").read_text(encoding="utf-8"))
    freq: Counter[str] = Counter()
    for ngram, count in croatian["freq"].items():
        cyrillic = _to_serbian_cyrillic(ngram)
        if cyrillic and 1 <= len(cyrillic) <= 3:
            freq[cyrillic] += count
    n_words = [sum(count for gram, count in freq.items() if len(gram) == n) for n in (1, 2, 3)]
    return {"name": "sr", "freq": dict(freq), "n_words": n_words}


def _normalised_profile(data: dict, folded: bool) -> LangProfile:
    """A profile with its n-grams lower-cased (and folded): text is compared in the same form.

    Profiles count "Th" and "th" apart, so short lower-case text matches a language's
    capitalised n-grams poorly; much web text is also typed without diacritics.
    """
    freq: Counter[str] = Counter()
    for ngram, count in data["freq"].items():
        normal = fold(ngram.lower()) if folded else ngram.lower()
        if 1 <= len(normal) <= 3:
            freq[normal] += count
    n_words = [sum(count for gram, count in freq.items() if len(gram) == n) for n in (1, 2, 3)]
    return LangProfile(name=data["name"], freq=dict(freq), n_words=n_words)


@static_table
def factory(languages: tuple[str, ...], folded: bool = False) -> DetectorFactory:
    """A seeded langdetect factory holding only ``languages`` (lower-cased, optionally folded)."""
    detector_factory = DetectorFactory()
    detector_factory.set_seed(0)
    for index, code in enumerate(languages):
        if code == "sr":
            data = _serbian_profile()
        else:
            data = json.loads((Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8"))
        detector_factory.add_profile(_normalised_profile(data, folded), index, len(languages))
    return detector_factory


class _LogTable:
    """log P(n-gram | language) for each language of one factory, one row of ``matrix`` per n-gram.

    A text's scores are one gather and one sum over its n-grams' rows instead of a Python loop
    over every language for every n-gram. All rows are made when the table is built (25,000
    n-grams, 4 MB), so they are saved with the static tables: made on first use, each worker
    process made them again, about 4 % of its time on a run of short pages.
    """

    def __init__(self, languages: tuple[str, ...], folded: bool) -> None:
        self.probabilities: dict[str, list[float]] = factory(languages, folded).word_lang_prob_map
        floors = [[1.0] * len(languages) for _ in range(4)]
        for gram, probs in self.probabilities.items():
            row = floors[len(gram)]
            for index, prob in enumerate(probs):
                if 0 < prob < row[index]:
                    row[index] = prob
        self.missing = [[math.log(MISSING_SHARE * floor) for floor in row] for row in floors]
        self.rows: dict[str, int] = {gram: index for index, gram in enumerate(self.probabilities)}
        # math.log, not numpy's: the same values, to the last bit, as adding them up one by one.
        self.matrix = np.array(
            [[math.log(prob) if prob > 0 else missing[i] for i, prob in enumerate(probs)]
             for probs, missing in ((probs, self.missing[len(gram)]) for gram, probs in self.probabilities.items())],
            dtype=float,
        ).reshape(len(self.probabilities), len(languages))
        self.word_rows: dict[str, tuple[int, ...]] = {}

    def rows_of(self, word: str) -> tuple[int, ...]:
        """The rows of a word's n-grams, in ``_word_grams`` order, without those no language lists."""
        found = self.word_rows.get(word)
        if found is None:
            if len(self.word_rows) >= WORD_ROWS_KEPT:
                self.word_rows.clear()
            rows = self.rows
            found = self.word_rows[word] = tuple(
                index for gram in _word_grams(word) if (index := rows.get(gram)) is not None
            )
        return found


WORD_ROWS_KEPT = 200_000  # words whose rows are remembered per table; past it the memory starts again


@static_table
def _table(languages: tuple[str, ...], folded: bool) -> _LogTable:
    return _LogTable(languages, folded)


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> tuple[str, ...]:
    """The 1-, 2- and 3-grams of one word, in the order ``ngram_counts`` adds them."""
    normal = "".join(NGram.normalize(ch) for ch in word).replace(" ", "")
    if not normal:
        return ()
    padded = f" {normal} "
    return (
        *normal,
        *(padded[i:i + 2] for i in range(len(padded) - 1)),
        *(padded[i:i + 3] for i in range(len(padded) - 2)),
    )


def ngram_counts(words: Sequence[str]) -> Counter[str]:
    """langdetect's 1- to 3-grams of lower-case words, each word padded with one space."""
    grams: Counter[str] = Counter()
    for word in words:
        grams.update(_word_grams(word))
    return grams


def ngram_scores(words: Sequence[str], languages: tuple[str, ...], folded: bool = False) -> list[float]:
    """Log-likelihood of the words' n-grams under each language, in the order of ``languages``."""
    table = _table(languages, folded)
    # Counted by row: an n-gram has one row, so the rows come in the order of their n-grams'
    # first appearance with the same counts, as counting the n-grams would give them.
    counted: Counter[int] = Counter()
    for word in [fold(word) for word in words] if folded else words:
        counted.update(table.rows_of(word))
    if not counted:
        return [0.0] * len(languages)
    rows, counts = list(counted), list(counted.values())
    # Summed row after row along axis 0 (no pairwise summation): the same floats as a running total.
    weighted = table.matrix[rows] * np.array(counts, dtype=float)[:, None]
    return np.add.reduce(weighted, axis=0).tolist()


def words_of(text: str) -> list[str]:
    """The lower-case words of ``text``."""
    return _WORD.findall(text.lower())
