"""Text analysers: one per stemmed language, plus a language-neutral folded one.

Every analyser: Unicode word tokens -> lower case -> (Serbian Cyrillic to Latin) -> Snowball
stem (PyStemmer, the C build) -> accent folding. Folding comes after stemming so that the
stemmer sees real spellings and `rozwój`, `rozwoju` and `rozwoj` still meet. No stop words:
dropping them would break phrase queries.

Scripts written without spaces between words (Han and kana of Chinese and Japanese, Thai, Lao,
Khmer, Myanmar) have no word boundaries to split on, and no dictionary is shipped to find them:
every run of such letters is indexed as overlapping two-letter tokens (a run of one letter as
itself), as search engines without a segmentation dictionary do. A letter here is a base
character with the combining marks that follow it, so a Thai vowel or tone mark is never cut
from its consonant. All analysers share this tokeniser, so an unspaced run is the same tokens in
every field, in documents and in queries alike. Hangul is written with spaces: it stays words.
Segments in Chinese, Japanese or Thai get no field of their own: with nothing to stem, such a
field would only repeat the neutral ``body``, where every segment already goes; an unspaced
name inside a text in another language is cut the same way in that language's field.

Analysers are pickled into the index schema, so every filter here is a module-level class
whose state is plain data (the stemmer object itself is rebuilt lazily after unpickling).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache

import Stemmer
from whoosh.analysis import Analyzer, Filter, LowercaseFilter, Token, Tokenizer

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

UNSPACED_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x1000, 0x109F, "myanmar"),
    (0x1780, 0x17FF, "khmer"),
    (0x19E0, 0x19FF, "khmer"),
    (0x3005, 0x3007, "cjk"),  # 々 〆 〇
    (0x3021, 0x3029, "cjk"),  # Suzhou numerals
    (0x3031, 0x3035, "cjk"),  # kana repeat marks
    (0x3040, 0x30FF, "cjk"),  # hiragana, katakana
    (0x31F0, 0x31FF, "cjk"),
    (0x3400, 0x4DBF, "cjk"),
    (0x4E00, 0x9FFF, "cjk"),
    (0xA9E0, 0xA9FF, "myanmar"),
    (0xAA60, 0xAA7F, "myanmar"),
    (0xF900, 0xFAFF, "cjk"),
    (0xFF66, 0xFF9F, "cjk"),  # halfwidth katakana
    (0x20000, 0x3134F, "cjk"),
)
"""Code point blocks of the scripts written without spaces, and the family each belongs to."""

BIGRAM = 2  # letters per token in an unspaced run


def _mark_ranges() -> str:
    """A regex class body of every combining mark (Mn, Mc, Me) below U+20000."""
    ranges: list[str] = []
    start = None
    for code in range(0x20001):
        is_mark = code < 0x20000 and unicodedata.category(chr(code)).startswith("M")
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{code - 1:08x}")
            start = None
    return "".join(ranges)


_MARKS = _mark_ranges()
# Words are runs of letters, digits and the combining marks written on them (Devanagari vowel
# signs, Thai tone marks); a dot inside keeps "2.5" and "e.g" together.
WORD_PATTERN = rf"[\w{_MARKS}]+(?:\.[\w{_MARKS}]+)*"
_WORD = re.compile(WORD_PATTERN)
_BLOCK_STARTS = [low for low, _, _ in UNSPACED_BLOCKS]
_FAMILIES = sorted({family for _, _, family in UNSPACED_BLOCKS})


def _family_class(family: str) -> str:
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high, name in UNSPACED_BLOCKS if name == family)


# One run: letters of one unspaced family with their marks; a letter starts each unit of a run.
_UNSPACED_RUN = re.compile("|".join(f"[{_family_class(f)}][{_family_class(f)}{_MARKS}]*" for f in _FAMILIES))
_ANY_UNSPACED = re.compile("[" + "".join(_family_class(f) for f in _FAMILIES) + "]")
_UNIT_START = re.compile(f"[^{_MARKS}]")
_SPACED_PIECE = re.compile(r"\w+(?:\.\w+)*")


@lru_cache(maxsize=65_536)
def unspaced_script(char: str) -> str | None:
    """The unspaced script family of a character ("cjk", "thai", "lao", "khmer", "myanmar") or None."""
    code = ord(char)
    index = bisect_right(_BLOCK_STARTS, code) - 1
    if index >= 0:
        low, high, family = UNSPACED_BLOCKS[index]
        if low <= code <= high:
            return family
    return None


def has_unspaced(text: str) -> bool:
    """Whether the text has any letter of a script written without spaces."""
    return _ANY_UNSPACED.search(text) is not None


def unspaced_runs(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut into runs of one unspaced script with their marks (True) and what lies between (False)."""
    cursor = 0
    for run in _UNSPACED_RUN.finditer(text):
        if run.start() > cursor:
            yield text[cursor : run.start()], False
        yield run.group(0), True
        cursor = run.end()
    if cursor < len(text):
        yield text[cursor:], False


def token_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each index token: words, and overlapping bigrams within unspaced runs."""
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not _ANY_UNSPACED.search(word):
            yield match.span()
            continue
        offset = match.start()
        cursor = 0
        for run in _UNSPACED_RUN.finditer(word):
            yield from _spaced_pieces(word, cursor, run.start(), offset)
            yield from _ngram_spans(run.group(0), offset + run.start())
            cursor = run.end()
        yield from _spaced_pieces(word, cursor, len(word), offset)


def _spaced_pieces(word: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    # What sits between unspaced runs in one word: digits, Latin letters ("NFL", "308").
    for piece in _SPACED_PIECE.finditer(word, start, end):
        yield offset + piece.start(), offset + piece.end()


def _ngram_spans(run: str, offset: int) -> Iterator[tuple[int, int]]:
    starts = [unit.start() for unit in _UNIT_START.finditer(run)]
    if len(starts) <= BIGRAM:
        yield offset, offset + len(run)
        return
    bounds = starts + [len(run)]
    for index in range(len(starts) - BIGRAM + 1):
        yield offset + bounds[index], offset + bounds[index + BIGRAM]


def index_tokens(text: str) -> list[str]:
    """The token texts of ``text`` before lower-casing or folding (the query side splits with it)."""
    return [text[start:end] for start, end in token_spans(text)]


class WordTokenizer(Tokenizer):
    """Tokens of ``token_spans``: words of spaced scripts, bigrams of unspaced runs."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        spans = token_spans(value) if tokenize else iter([(0, len(value))])
        for position, (start, end) in enumerate(spans, start_pos):
            token.text = value[start:end]
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = position
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token

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
    if unspaced_script(word[0]):
        # Thai tone marks and kana voicing marks tell words apart: only widths are unified.
        return unicodedata.normalize("NFKC", word)
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
    return WordTokenizer() | LowercaseFilter() | SerbianLatinFilter() | FoldFilter()


@cache
def language_analyzer(code: str) -> Analyzer:
    """The stemming analyser of a language in STEMMED_LANGUAGES (BCMS codes share "sh")."""
    code = "sh" if code in BCMS_CODES else code
    if code not in SNOWBALL_ALGORITHMS:
        raise KeyError(f"no stemmed analyser for language {code!r}")
    chain = WordTokenizer() | LowercaseFilter()
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
