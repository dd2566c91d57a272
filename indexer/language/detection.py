"""Language of each stretch of a document: detection per block (per page for PDFs), then merging.

Each supported language is scored on the text (``language_ngrams``: every character n-gram
against langdetect's profiles, deterministically; ``language_words``: its most frequent words
and the letters only some languages write; a prior that favours the EU languages), in two
separate sets: Latin-script languages and Cyrillic ones. A text with no diacritic at all is also
scored as if its diacritics had been stripped. Scripts used by a single supported language
(Greek, Arabic, Hebrew, Thai...) are decided by the script alone. langdetect has no Serbian
profile: a Serbian Cyrillic profile is derived by transliterating the Croatian one, and the
Bosnian / Croatian / Montenegrin / Serbian family is then split by script and by distinctive
words (``bcms_label``); where that evidence is thin the family code "sh" is kept. On short text,
frequent words settle close calls between close neighbours (Czech/Slovak/Slovene/Croatian,
Danish/Swedish...).

Scoring is the costly part, so a block only gets its own detection when it is long enough to
judge and its words do not already look like its neighbour's language; short blocks take their
neighbours' (or the document's) language.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from indexer.language.analysis import fold
from indexer.documents import RawDocument, Segment
from indexer.language.memo import remembered_when_short
from indexer.language.ngrams import ngram_scores, words_of
from indexer.language.words import (
    BOSNIAN,
    CROATIAN,
    CYRILLIC_CUES,
    CYRILLIC_SUFFIXES,
    EKAVIAN,
    EXCLUSIVE_LETTERS,
    IJEKAVIAN,
    LATIN_CUES,
    SERBIAN,
    SERBIAN_OR_BOSNIAN,
    frequent_words,
)

UNDETERMINED = "und"
FAMILY = "sh"
BCMS_LABELS = frozenset({FAMILY, "hr", "sr", "bs"})

# Norwegian and Catalan are left out: on short text they take more Danish, Spanish and
# Portuguese lines than they find of their own, and those are the collection's languages.
LATIN_LANGUAGES: tuple[str, ...] = (
    "cs", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "nl",
    "pl", "pt", "ro", "sk", "sl", "sq", "sv", "tr",
)
CYRILLIC_LANGUAGES: tuple[str, ...] = ("bg", "mk", "ru", "uk", "sr")
SINGLE_SCRIPT_LANGUAGES: dict[str, str] = {
    "greek": "el", "arabic": "ar", "hebrew": "he", "devanagari": "hi", "thai": "th",
    "hangul": "ko", "kana": "ja", "han": "zh", "armenian": "hy", "georgian": "ka",
}
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    set(LATIN_LANGUAGES) | set(CYRILLIC_LANGUAGES) | set(SINGLE_SCRIPT_LANGUAGES.values()) | set(BCMS_LABELS) | {"vi"}
)
# Vietnamese stacks tone marks on vowels (ạ ả ấ ầ ẩ ... ỹ) and writes ơ ư: no European language does
# (its ă is Romanian too, so it is no evidence).
_VIETNAMESE_LETTERS = frozenset("ơưƠƯ") | frozenset(chr(code) for code in range(0x1EA0, 0x1EFA))
VIETNAMESE_MIN_SHARE = 0.05  # of the letters: a few borrowed names do not make a text Vietnamese

EU_LANGUAGES = frozenset(
    ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"]
)
OTHER_PRIOR = 0.3
"""Prior weight of a supported non-EU language against an EU one: it only tips close calls."""

FOLDED_MIN_LETTERS = 25  # shorter text without diacritics is scored only as it is written
STRIPPED_LOG_ODDS = math.log(0.2)  # a text without any diacritic may have had them stripped
NGRAM_SAMPLE_CHARS = 600  # the n-gram scores settle well before this; more text only costs time
FREQUENT_WORD_WEIGHT = 4.0  # log-odds one of a language's most frequent words adds to it
EXCLUSIVE_LETTER_PENALTY = 4.0  # log-odds against a language for each letter it does not write
MIN_LETTERS = 20  # below this a block is too short to judge on its own: it takes its neighbours'
SAMPLE_CHARS = 1500  # letters counted and words compared for cues and reuse; more text only costs time
REUSE_MIN_WORDS = 8  # a block this long whose words mostly belong to the previous block's language
REUSE_OVERLAP = 0.6  # ...reuses that answer instead of scoring it again
MIN_SHARE = 0.10  # languages with less of the text than this are not listed for the document

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"), (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "kana"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
)
_WORD = re.compile(r"[^\W\d_]+")

_SERBIAN_ONLY = frozenset("ђћ")
_MACEDONIAN_ONLY = frozenset("ѓќѕ")
_NOT_SERBIAN = frozenset("йяющъьыэёєіїґѓќѕ")
_SERBIAN_OR_MACEDONIAN = frozenset("јљњџ")


@dataclass(frozen=True)
class Detection:
    """The language of one text and how sure the detector was (0..1)."""

    language: str
    confidence: float


@lru_cache(maxsize=256)  # a block's script is asked for by the segmenter, the detector and the hint check
def script_of(text: str) -> str | None:
    """The script most of the letters of ``text`` are written in, or None without letters."""
    counts = Counter(map(letter_script, text[:SAMPLE_CHARS]))
    counts.pop(None, None)  # no letter
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=8192)  # a text's letters are few and come back: each is placed in its range once
def letter_script(ch: str) -> str | None:
    """The script of one letter ("latin", "greek", "cyrillic"... or "other"); None for a non-letter."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return "other"


@cache
def _prior(languages: tuple[str, ...]) -> dict[str, float]:
    return {code: 1.0 if code in EU_LANGUAGES or code in BCMS_LABELS else OTHER_PRIOR for code in languages}


CUE_MAX_LETTERS = 200  # longer text: the n-gram scores alone are right more often than a few cue words

_IJEKAVIAN_SYLLABLES = ("vje", "mje", "dje", "tje", "bje", "pje", "cje", "sje", "zje")
_AUXILIARIES = frozenset("je sem si smo ste so sva sta bi bo bom boš bomo boste bodo ni nisem niso".split())
# BCMS pronouns in -ega; elsewhere -ega is the Slovene adjective genitive (novega, tega, katerega).
_BCMS_EGA = frozenset("njega svega čega ničega nečega našega vašega svojega mojega tvojega".split())


def _bcms_slovene_forms(text: str) -> int:
    """Evidence for BCMS (> 0) or Slovene (< 0) in word forms rather than whole words.

    BCMS past participles end in -ao/-io/-eo where Slovene keeps -l ("je rekel", "je bil");
    ijekavian syllables (vje, mje, dje: "vrijeme", "mjesto", "djeca") are Croatian and Bosnian,
    but word-final -tje/-vje is the Slovene neuter noun ("podjetje", "zdravje"); Slovene writes
    "šč" and declines adjectives in -ega/-emu.
    """
    balance = 0
    previous = ""
    for word in _WORD.findall(text.lower()):
        if len(word) > 3 and word.endswith(("ao", "io", "eo")):
            balance += 1
        if any(0 <= word.find(syllable) < len(word) - 3 for syllable in _IJEKAVIAN_SYLLABLES):
            balance += 1
        if "šč" in word:
            balance -= 1
        if len(word) > 4 and word.endswith("ega") and word not in _BCMS_EGA:
            balance -= 1
        if previous in _AUXILIARIES and len(word) > 3 and word.endswith(("al", "il", "el", "ol")):
            balance -= 1
        if len(word) > 4:
            balance += _ending_evidence(word)
        previous = word
    return balance


# Endings one side uses and the other does not: BCMS -ima (dative plural), -uju (verbs), -ac
# (novac, stranac), -skoj/-skom (adjective locative); Slovene -imi/-ami (instrumental plural),
# -ajo/-ijo/-ejo (verbs), -ov (genitive plural), -tev (rešitev), -skem/-čnem (adjective
# locative), -ek where BCMS has -ak (začetek/početak; "-jek" is ijekavian čovjek).
_BCMS_ENDINGS = ("ima", "uju", "ac", "skoj", "škoj", "čnoj", "skom", "škom", "čnom")
_SLOVENE_ENDINGS = ("imi", "ami", "ajo", "ijo", "ejo", "ov", "ek", "tev", "skem", "škem", "čnem")
# Slovene writes v- before a consonant (vse, vzhod, vpliv, vključiti) where BCMS writes u-.
_SLOVENE_ONSET = re.compile(r"v[szpkčgdtšžc]")
# Long ijekavian "ije" before a consonant (vrijeme, rijeka, lijep, cijena, svijet).
_LONG_IJEKAVIAN = re.compile(r"[rlcsvdbmnpz]ije[^aeiouj]")


def _ending_evidence(word: str) -> int:
    if word.endswith(_BCMS_ENDINGS) or (_LONG_IJEKAVIAN.search(word) and not word.startswith("prijet")):
        return 1
    if word.endswith(_SLOVENE_ENDINGS) and not word.endswith("jek"):
        return -1
    if _SLOVENE_ONSET.match(word):
        return -1
    return 0


def _writes_bcms_letters(text: str) -> bool:
    """ć or đ in a word that is not a name: surnames in -ić turn up in every language's text."""
    return any(
        not word[0].isupper() and ("ć" in word.lower() or "đ" in word.lower()) for word in _WORD.findall(text)
    )


def _cyrillic_evidence(words: list[str], code: str) -> int:
    cues = CYRILLIC_CUES.get(code, frozenset())
    suffixes = CYRILLIC_SUFFIXES.get(code, ())
    return sum(word in cues or (len(word) > 3 and word.endswith(suffixes)) for word in words)


def _cyrillic(text: str) -> Detection:
    letters = set(text.lower())
    if letters & _SERBIAN_ONLY and not letters & _NOT_SERBIAN:
        return Detection("sr", 1.0)
    if letters & _MACEDONIAN_ONLY:
        return Detection("mk", 1.0)
    if letters & _SERBIAN_OR_MACEDONIAN and not letters & _NOT_SERBIAN:
        candidates: tuple[str, ...] = ("mk", "sr")  # ј љ њ џ: no other Cyrillic language writes them
    elif letters & _NOT_SERBIAN:
        candidates = tuple(code for code in CYRILLIC_LANGUAGES if code not in {"sr", "mk"})
    else:
        candidates = CYRILLIC_LANGUAGES
    language, confidence = _best(text, candidates)
    words = _WORD.findall(text.lower())
    if candidates == ("mk", "sr"):
        # The derived Serbian profile is the weaker one: Macedonian must show its own words.
        mk, sr = _cyrillic_evidence(words, "mk"), _cyrillic_evidence(words, "sr")
        return Detection("mk" if mk > sr else "sr", confidence)
    if language in CYRILLIC_CUES:
        counts = sorted(
            ((_cyrillic_evidence(words, code), code) for code in CYRILLIC_CUES if code in candidates),
            reverse=True,
        )
        if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            language = counts[0][1]
    return Detection(language, confidence)


def _latin_cues(text: str, language: str) -> str:
    """The neighbour of ``language`` that the text's own frequent words point to, if one does."""
    family = next((family for family in LATIN_CUES if language in family), None)
    if family is None:
        return language
    words = _WORD.findall(text.lower())
    counts = {code: sum(word in cues for word in words) for code, cues in family.items()}
    if language in ("hr", "sl"):
        forms = _bcms_slovene_forms(text)
        counts["hr"] += max(0, forms)  # not bcms_scores: Slovene shares the ekavian forms
        counts["sl"] += max(0, -forms)
    if "sl" in counts and _writes_bcms_letters(text):
        counts["sl"] = -1  # Slovene writes neither
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked[0][1] > 0 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return language


@cache
def _folded_frequent_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in frequent_words(language))


@lru_cache(maxsize=200_000)
def _frequent_in(word: str, languages: tuple[str, ...], unaccented: bool) -> tuple[int, ...]:
    """The indexes of the languages among whose frequent words ``word`` is (folded ones if ``unaccented``)."""
    return tuple(
        index for index, code in enumerate(languages)
        if word in (_folded_frequent_words(code) if unaccented else frequent_words(code))
    )


def _scores(text: str, languages: tuple[str, ...]) -> list[float]:
    """Log-evidence for each of ``languages``: n-grams, frequent words, letters, prior."""
    sample = text[:NGRAM_SAMPLE_CHARS]
    words = words_of(sample)
    letters = {ch for word in words for ch in word}
    unaccented = all(ch.isascii() for ch in letters)
    scores = ngram_scores(words, languages)
    if unaccented and sum(map(len, words)) >= FOLDED_MIN_LETTERS:
        # Either written as the language writes, or typed without its diacritics.
        folded = ngram_scores(words, languages, folded=True)
        scores = [_log_add(plain, other + STRIPPED_LOG_ODDS) for plain, other in zip(scores, folded)]
    log_prior = _log_prior(languages)
    frequent: Counter[int] = Counter()
    for word in words:
        frequent.update(_frequent_in(word, languages, unaccented))
    # The writers of each of the text's letters that only some languages write, looked up once.
    exclusive = [EXCLUSIVE_LETTERS[ch] for ch in letters if ch in EXCLUSIVE_LETTERS]
    for index, code in enumerate(languages):
        scores[index] += FREQUENT_WORD_WEIGHT * frequent[index]
        scores[index] += log_prior[index]
        scores[index] -= EXCLUSIVE_LETTER_PENALTY * sum(code not in writers for writers in exclusive)
    return scores


@cache
def _log_prior(languages: tuple[str, ...]) -> tuple[float, ...]:
    prior = _prior(languages)
    return tuple(math.log(prior[code]) for code in languages)


def _best(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """The best-scoring language and its share of the probability (softmax of the scores)."""
    scores = _scores(text, languages)
    if not any(scores):
        return UNDETERMINED, 0.0
    best = max(range(len(scores)), key=scores.__getitem__)
    return languages[best], 1.0 / sum(math.exp(score - scores[best]) for score in scores)


def _log_add(a: float, b: float) -> float:
    return max(a, b) + math.log1p(math.exp(-abs(a - b)))


def _latin(text: str) -> Detection:
    letters = [ch for ch in text[:SAMPLE_CHARS] if ch.isalpha()]
    if letters and sum(ch in _VIETNAMESE_LETTERS for ch in letters) >= VIETNAMESE_MIN_SHARE * len(letters):
        return Detection("vi", 1.0)
    language, confidence = _best(text, LATIN_LANGUAGES)
    if language == UNDETERMINED:
        return Detection(UNDETERMINED, 0.0)
    if language == "sl" and _writes_bcms_letters(text):
        language = "hr"  # Slovene writes neither
    elif len(letters) <= CUE_MAX_LETTERS:
        language = _latin_cues(text, language)
    if language == "hr":
        language = FAMILY
    return Detection(language, confidence)


def detect_with_confidence(text: str) -> Detection:
    """The language of ``text`` (an ISO 639-1 code, "sh" for the BCMS family, or "und")."""
    script = script_of(text)
    if script is None:
        return Detection(UNDETERMINED, 0.0)
    if script in SINGLE_SCRIPT_LANGUAGES:
        return Detection(SINGLE_SCRIPT_LANGUAGES[script], 1.0)
    if script == "cyrillic":
        found = _cyrillic(text)
    elif script == "latin":
        found = _latin(text)
    else:
        return Detection(UNDETERMINED, 0.0)
    if found.language in ("sr", FAMILY):
        return Detection(bcms_label(text, default=found.language if found.language == "sr" else FAMILY), found.confidence)
    return found


detected = remembered_when_short(detect_with_confidence)
"""``detect_with_confidence(text)``, scored once per distinct short block (see indexer.language.memo)."""


def detect(text: str) -> str:
    """The language of ``text``: an ISO 639-1 code, "sh" for undecided BCMS, or "und"."""
    return detect_with_confidence(text).language


# ---------------------------------------------------------------- the BCMS family

def _bcms_lexicon() -> dict[str, tuple[tuple[str, float], ...]]:
    lexicon: dict[str, list[tuple[str, float]]] = {}
    groups = (
        (EKAVIAN, (("sr", 2.0),)),
        (IJEKAVIAN, (("hr", 1.0), ("bs", 1.0))),
        (CROATIAN, (("hr", 2.0),)),
        (SERBIAN_OR_BOSNIAN, (("sr", 1.0), ("bs", 1.0))),
        (SERBIAN, (("sr", 2.0),)),
        (BOSNIAN, (("bs", 2.0),)),
    )
    shared = set(EKAVIAN.split()) & set(IJEKAVIAN.split())  # spelt alike in both: no evidence
    for words, labels in groups:
        for word in words.split():
            if word not in shared:
                lexicon.setdefault(word, []).extend(labels)
    return {word: tuple(labels) for word, labels in lexicon.items()}


_BCMS_LEXICON = _bcms_lexicon()
BCMS_MIN_SCORE = 2.0  # evidence needed before a finer label than the family is given...
BCMS_MIN_MARGIN = 2.0  # ...and its lead over the next member


def bcms_scores(text: str) -> dict[str, float]:
    """Evidence for each member of the family (hr, sr, bs) from its distinctive words."""
    scores = {"hr": 0.0, "sr": 0.0, "bs": 0.0}
    for word in _WORD.findall(text.lower()):
        for label, weight in _BCMS_LEXICON.get(word, ()):
            scores[label] += weight
    return scores


def bcms_label(text: str, default: str = FAMILY) -> str:
    """hr, sr or bs where the text's script or words show it clearly, else ``default``."""
    if script_of(text) == "cyrillic":
        return "sr"  # Croatian and Bosnian are written in Latin letters
    ranked = sorted(bcms_scores(text).items(), key=lambda item: -item[1])
    (best, best_score), (_, second_score) = ranked[0], ranked[1]
    if best_score >= BCMS_MIN_SCORE and best_score - second_score >= BCMS_MIN_MARGIN:
        return best
    return default


# ---------------------------------------------------------------- segmentation


@dataclass(frozen=True)
class _Unit:
    """A block, or for PDFs a page: the stretch that gets one language."""

    text: str
    page: int | None
    hint: str | None


def _units(raw: RawDocument) -> list[_Unit]:
    if raw.source.format != "pdf":
        return [_Unit(block.text, block.page, block.lang_hint) for block in raw.blocks if block.text.strip()]
    pages: dict[int | None, list[str]] = {}
    hints: dict[int | None, str | None] = {}
    for block in raw.blocks:
        if block.text.strip():
            pages.setdefault(block.page, []).append(block.text)
            hints.setdefault(block.page, block.lang_hint)
    return [_Unit("\n\n".join(texts), page, hints[page]) for page, texts in pages.items()]


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text[:SAMPLE_CHARS]))


def _normal_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.replace("_", "-").split("-")[0].lower()
    if code in ("sr", "hr", "bs", "cnr", "sh"):
        return code if code != "cnr" else FAMILY
    return code if code in SUPPORTED_LANGUAGES else None


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text[:SAMPLE_CHARS]) if len(word) > 1}


class _Detector:
    """Per-document detection that reuses answers for blocks whose vocabulary it has seen."""

    def __init__(self) -> None:
        self.vocabulary: dict[str, set[str]] = {}
        self.previous: tuple[str, str | None] | None = None  # (language, script)

    def __call__(self, unit: _Unit) -> str | None:
        script = script_of(unit.text)
        if script is None or _letters(unit.text) < MIN_LETTERS:
            return None
        words = _words(unit.text)
        if self.previous and self.previous[1] == script and len(words) >= REUSE_MIN_WORDS:
            known = self.vocabulary.get(self.previous[0], set())
            if len(words & known) >= REUSE_OVERLAP * len(words):
                known |= words
                return self.previous[0]
        found = detected(unit.text)
        language = found.language
        hint = _normal_hint(unit.hint)
        if hint and hint != language and found.confidence < 0.9 and script_of(unit.text) != "other":
            language = hint
        if language == UNDETERMINED:
            return None
        self.vocabulary.setdefault(language, set()).update(words)
        self.previous = (language, script)
        return language


def _fill_gaps(languages: list[str | None], fallback: str) -> list[str]:
    """Undecided units take the language around them: the previous one, else the next one."""
    # The next decided language after each unit, found in one pass from the end: looking ahead from
    # each undecided unit read a long run of them (a table of figures, a block a row) again and again.
    following: list[str | None] = [None] * len(languages)
    upcoming: str | None = None
    for index in range(len(languages) - 1, -1, -1):
        following[index] = upcoming
        upcoming = languages[index] or upcoming
    filled: list[str] = []
    for index, language in enumerate(languages):
        if language is None:
            before = filled[-1] if filled else None
            language = before or following[index] or fallback
        filled.append(language)
    return filled


def _document_fallback(raw: RawDocument, decided: Iterable[str | None], units: Sequence[_Unit]) -> str:
    hint = _normal_hint(raw.lang_hint)
    if hint:
        return hint
    weights: Counter[str] = Counter()
    for language, unit in zip(decided, units):
        if language:
            weights[language] += len(unit.text)
    if weights:
        return weights.most_common(1)[0][0]
    whole = detect(raw.text) if raw.text.strip() else UNDETERMINED
    return whole


def _settle_bcms(languages: list[str], units: Sequence[_Unit]) -> list[str]:
    """Give every BCMS unit the label the document's BCMS text as a whole supports."""
    indices = [i for i, language in enumerate(languages) if language in BCMS_LABELS]
    if len(indices) < 2:
        return languages
    label = bcms_label("\n".join(units[i].text for i in indices), default=FAMILY)
    settled = list(languages)
    for i in indices:
        settled[i] = label
    return settled


def segment(raw: RawDocument) -> tuple[Segment, ...]:
    """Split the document into runs of one language (merged neighbouring blocks or pages)."""
    units = _units(raw)
    if not units:
        return ()
    detector = _Detector()
    decided = [detector(unit) for unit in units]
    for index, unit in enumerate(units):
        if decided[index] is None:
            decided[index] = _normal_hint(unit.hint)
    languages = _settle_bcms(_fill_gaps(decided, _document_fallback(raw, decided, units)), units)
    # Each run of one language is joined once: adding unit after unit to its text copied all of it each time.
    runs: list[tuple[str, int | None, list[str]]] = []
    for unit, language in zip(units, languages):
        if runs and runs[-1][0] == language:
            runs[-1][2].append(unit.text)
        else:
            runs.append((language, unit.page, [unit.text]))
    return tuple(Segment("\n\n".join(texts), language, page) for language, page, texts in runs)


RUNNING_WORDS = 6
"""A line of at least this many words is running text; shorter ones are titles, menus and lists of names."""
MIN_RUNNING_CHARS = 200
"""Below this much running text (a fact sheet, a list), every line counts again."""


def _running_length(text: str) -> int:
    return sum(len(line) for line in text.splitlines() if len(line.split()) >= RUNNING_WORDS)


def language_shares(segments: Sequence[Segment]) -> tuple[tuple[str, float], ...]:
    """Each language's share of the running text, largest first; tiny and undetermined shares left out.

    A title, a menu or a list of names in another language is no share of the text: only lines of
    running text count, unless the document has almost none.
    """
    sizes: Counter[str] = Counter()
    running: Counter[str] = Counter()
    for seg in segments:
        sizes[seg.language] += len(seg.text)
        running[seg.language] += _running_length(seg.text)
    if sum(running.values()) >= MIN_RUNNING_CHARS:
        sizes = running
    total = sum(sizes.values())
    if not total:
        return ()
    shares = [
        (language, round(size / total, 3))
        for language, size in sizes.items()
        if language != UNDETERMINED and size and size / total >= MIN_SHARE
    ]
    return tuple(sorted(shares, key=lambda item: (-item[1], item[0])))
