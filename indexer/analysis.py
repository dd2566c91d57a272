"""Text analysers: one per stemmed language, plus a language-neutral folded one.

Every analyser: Unicode word tokens -> lower case -> (Serbian Cyrillic to Latin) -> Snowball
stem (PyStemmer, the C build) -> accent folding. Folding comes after stemming so that the
stemmer sees real spellings and `rozwój`, `rozwoju` and `rozwoj` still meet. No stop words:
dropping them would break phrase queries.

Analysers are pickled into the index schema, so every filter here is a module-level class
whose state is plain data (the stemmer object itself is rebuilt lazily after unpickling).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import Stemmer
from whoosh.analysis import Analyzer, Filter, LowercaseFilter, RegexTokenizer

NEUTRAL_FIELD = "body"

SNOWBALL_ALGORITHMS: dict[str, str] = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "fi": "finnish",
    "pl": "polish",
    "cs": "czech",
    "el": "greek",
    "hu": "hungarian",
    "ro": "romanian",
    "lt": "lithuanian",
    "et": "estonian",
    "ga": "irish",
    "sh": "serbian",  # Bosnian / Croatian / Montenegrin / Serbian, Latin and Cyrillic
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
}
"""Language code -> PyStemmer algorithm, for every language that gets its own stemmed field."""

STEMMED_LANGUAGES: tuple[str, ...] = tuple(SNOWBALL_ALGORITHMS)

BCMS_CODES = frozenset({"sh", "hr", "sr", "bs", "cnr"})
"""The Bosnian / Croatian / Montenegrin / Serbian family shares one analyser and field."""

# Words are runs of letters and digits; a dot inside keeps "2.5" and "e.g" together.
WORD_PATTERN = r"\w+(?:\.\w+)*"

_SERBIAN_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}
_SERBIAN_TABLE = str.maketrans(_SERBIAN_CYRILLIC)
_SERBIAN_LETTERS = frozenset(_SERBIAN_CYRILLIC)

# Letters that Unicode decomposition does not split into base + accent.
_FOLD_SPECIAL = str.maketrans({
    "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ſ": "s", "ς": "σ",
})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Strip accents and diacritics from a lower-case word (č -> c, ł -> l, ά -> α)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def serbian_latin(word: str) -> str:
    """Serbian Cyrillic -> Latin (гласање -> glasanje); words with other letters are kept."""
    if word.isascii() or not set(word) <= _SERBIAN_LETTERS | set("0123456789"):
        return word
    return word.translate(_SERBIAN_TABLE)


class _StatelessFilter(Filter):
    """A filter without settings: any two are equal (whoosh compares schemas field by field)."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


class FoldFilter(_StatelessFilter):
    """Accent folding as the last step of every analyser."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


class SerbianLatinFilter(_StatelessFilter):
    """Writes words spelled in Serbian Cyrillic in Latin, so both scripts find each other."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = serbian_latin(token.text)
            yield token


class SnowballFilter(Filter):
    """A Snowball stemmer from PyStemmer; picklable (the C object is rebuilt on first use)."""

    is_morph = True

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self._stemmer: Stemmer.Stemmer | None = None

    def __getstate__(self) -> dict:
        return {"algorithm": self.algorithm}

    def __setstate__(self, state: dict) -> None:
        self.algorithm = state["algorithm"]
        self._stemmer = None

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.algorithm == self.algorithm

    def __hash__(self) -> int:
        return hash((type(self), self.algorithm))

    def __call__(self, tokens):
        stemmer = self._stemmer
        if stemmer is None:
            stemmer = self._stemmer = Stemmer.Stemmer(self.algorithm)
        for token in tokens:
            if not token.stopped:
                token.text = stemmer.stemWord(token.text)
            yield token


@cache
def neutral_analyzer() -> Analyzer:
    """Exact matching for every language: words, lower case, Serbian Latin, folded; no stemming."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | SerbianLatinFilter() | FoldFilter()


@cache
def language_analyzer(code: str) -> Analyzer:
    """The stemming analyser of a language in STEMMED_LANGUAGES (BCMS codes share "sh")."""
    code = "sh" if code in BCMS_CODES else code
    if code not in SNOWBALL_ALGORITHMS:
        raise KeyError(f"no stemmed analyser for language {code!r}")
    chain = RegexTokenizer(WORD_PATTERN) | LowercaseFilter()
    if code == "sh":
        chain = chain | SerbianLatinFilter()
    return chain | SnowballFilter(SNOWBALL_ALGORITHMS[code]) | FoldFilter()


def analysis_language(code: str) -> str | None:
    """The stemmed language a segment language is analysed as, or None (neutral field only)."""
    code = "sh" if code in BCMS_CODES else code
    return code if code in SNOWBALL_ALGORITHMS else None


def body_field(code: str) -> str:
    """The field a segment in that language goes to: its stemmed field, else the neutral one."""
    language = analysis_language(code)
    return f"{NEUTRAL_FIELD}_{language}" if language else NEUTRAL_FIELD
