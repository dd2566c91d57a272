"""Language of each stretch of a document: detection per block (per page for PDFs), then merging.

Detection is langdetect, seeded (so the same text always gets the same answer) and restricted to
the languages projsearch supports, in two separate detectors: one for Latin-script text and one
for Cyrillic. Scripts used by a single supported language (Greek, Arabic, Hebrew, Thai...) are
decided by the script alone. langdetect has no Serbian profile: a Serbian Cyrillic profile is
derived here by transliterating the Croatian one, and the Bosnian / Croatian / Montenegrin /
Serbian family is then split by script and by distinctive words (``bcms_label``); where that
evidence is thin the family code "sh" is kept. On short text, frequent words settle close calls
between neighbours langdetect confuses (Czech/Slovak/Slovene/Croatian, Danish/Swedish...).

Calls to langdetect are the costly part (a few milliseconds each), so a block only gets its own
detection when it is long enough to judge and its words do not already look like its
neighbour's language; short blocks take their neighbours' (or the document's) language.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

from indexer.analysis import fold
from indexer.documents import RawDocument, Segment

DetectorFactory.seed = 0  # langdetect samples n-grams at random: a fixed seed makes it repeatable

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
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
)
OTHER_PRIOR = 0.3
"""Prior weight of a supported non-EU language against an EU one: it only tips close calls."""

FOLDED_MIN_LETTERS = 40
MIN_LETTERS = 20  # below this a block is too short to judge on its own: it takes its neighbours'
SAMPLE_CHARS = 1500  # langdetect's answer settles long before this; more text only costs time
REUSE_MIN_WORDS = 8  # a block this long whose words mostly belong to the previous block's language
REUSE_OVERLAP = 0.6  # ...reuses that answer instead of calling langdetect again
MIN_SHARE = 0.03  # languages with less of the text than this are not listed for the document

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

# Serbian Cyrillic letters for each Latin letter or digraph of Croatian (longest first).
_LATIN_TO_SERBIAN = (
    ("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("a", "а"), ("b", "б"), ("c", "ц"), ("č", "ч"), ("ć", "ћ"),
    ("d", "д"), ("đ", "ђ"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ј"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("š", "ш"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"), ("ž", "ж"),
)
_SERBIAN_ONLY = frozenset("ђћ")
_MACEDONIAN_ONLY = frozenset("ѓќѕ")
_NOT_SERBIAN = frozenset("йяющъьыэёєіїґѓќѕ")
_SERBIAN_OR_MACEDONIAN = frozenset("јљњџ")


@dataclass(frozen=True)
class Detection:
    """The language of one text and how sure the detector was (0..1)."""

    language: str
    confidence: float


def script_of(text: str) -> str | None:
    """The script most of the letters of ``text`` are written in, or None without letters."""
    counts: Counter[str] = Counter()
    for ch in text[:SAMPLE_CHARS]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        for low, high, script in _SCRIPT_RANGES:
            if low <= code <= high:
                counts[script] += 1
                break
        else:
            counts["other"] += 1
    return counts.most_common(1)[0][0] if counts else None


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


@cache
def _factory(languages: tuple[str, ...], folded: bool = False) -> DetectorFactory:
    factory = DetectorFactory()
    factory.set_seed(0)
    for index, code in enumerate(languages):
        if code == "sr":
            data = _serbian_profile()
        else:
            data = json.loads((Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8"))
        profile = _normalised_profile(data, folded)
        factory.add_profile(profile, index, len(languages))
    return factory


@cache
def _prior(languages: tuple[str, ...]) -> dict[str, float]:
    return {code: 1.0 if code in EU_LANGUAGES or code in BCMS_LABELS else OTHER_PRIOR for code in languages}


def _langdetect(text: str, languages: tuple[str, ...]) -> list[tuple[str, float]]:
    # A sentence without a single diacritic is compared with profiles folded the same way
    # (short ASCII text is more often English than accent-less anything else).
    letters = [ch for ch in text[:SAMPLE_CHARS] if ch.isalpha()]
    folded = len(letters) >= FOLDED_MIN_LETTERS and all(ch.isascii() for ch in letters)
    detector: Detector = _factory(languages, folded).create()
    detector.set_prior_map(_prior(languages))
    detector.append(text[:SAMPLE_CHARS].lower())
    try:
        return [(item.lang, item.prob) for item in detector.get_probabilities()]
    except LangDetectException:
        return []


# Frequent short words that tell apart neighbours langdetect confuses on short text.
# Groups of Latin-script neighbours and, for each, frequent words the others do not use.
_LATIN_CUES: tuple[dict[str, frozenset[str]], ...] = tuple(
    {code: frozenset(words.split()) for code, words in family.items()}
    for family in (
        {
            "cs": "jsem jsme jsou který která které tedy také jak když nebo proto pouze být bylo "
                  "jejich není mezi podle již",
            "sk": "som sme sú ktorý ktorá ktoré teda tiež keď alebo preto iba byť bolo ich nie "
                  "medzi podľa",
            "sl": "in ki so tudi zelo kot bo ter še kaj vendar ker če lahko bodo jih",
            "hr": "su kao što šta će ću nije koji koja koje ili već bio bila jer kada gdje gde",
        },
        {
            "da": "og ikke af også kun nogle hvad hvor jeg være meget blive",
            "sv": "och inte av också bara några vad jag vara att är mycket bli",
        },
        {
            "es": "el los las y es pero muy también más son en",
            "pt": "os as das um uma não mais também muito são em ao pelo",
            "it": "il lo gli della di che non è sono anche molto per nel alla delle",
            "ro": "și în sunt nu cu pentru care din pe sau",
        },
        {
            "nl": "de het een van en niet ook zijn met voor dat op aan",
            "de": "der das und nicht ist auch sind mit für dass auf ein eine von",
            "en": "the and of to not also are with for that on",
        },
    )
)
CUE_MAX_LETTERS = 200  # longer text: langdetect alone is right more often than a few cue words
_CYRILLIC_CUES: dict[str, frozenset[str]] = {
    "sr": frozenset(
        "је су у ће који која које којих када није био била било били из због још код већ између "
        "после током према широм око ко шта где овде зато".split()
    ),
    "mk": frozenset(
        "е во со ќе ги го кои дека беше сите сè ние тие нивните овој оваа кој каде многу бидејќи "
        "меѓу нив".split()
    ),
    "bg": frozenset("в във със че ще това които този тази от към след между където много всички".split()),
}
# Case endings Serbian has and Macedonian (which lost its cases) does not; Macedonian articles.
_CYRILLIC_SUFFIXES: dict[str, tuple[str, ...]] = {
    "sr": ("ом", "ог", "ег", "их", "им", "има", "ама", "ају", "ују", "ити", "ати", "ћи", "ији"),
    "mk": ("от", "ата", "ите", "ото"),
    "bg": ("ата", "ите", "ото"),  # Bulgarian has the articles too, but not Macedonian -от
}


_IJEKAVIAN_SYLLABLES = ("vje", "mje", "dje", "tje", "bje", "pje", "cje", "sje", "zje")


def _bcms_slovene_forms(text: str) -> int:
    """Evidence for BCMS (> 0) or Slovene (< 0) in word forms rather than whole words.

    BCMS past participles end in -ao/-io/-eo where Slovene keeps -l; ijekavian syllables
    (vje, mje, dje: "vrijeme", "mjesto", "nedjelja") are Croatian and Bosnian; Slovene writes "šč".
    """
    balance = 0
    for word in _WORD.findall(text.lower()):
        if len(word) > 3 and word.endswith(("ao", "io", "eo")):
            balance += 1
        if any(syllable in word for syllable in _IJEKAVIAN_SYLLABLES):
            balance += 1
        if "šč" in word:
            balance -= 1
    return balance


def _cyrillic_evidence(words: list[str], code: str) -> int:
    cues = _CYRILLIC_CUES.get(code, frozenset())
    suffixes = _CYRILLIC_SUFFIXES.get(code, ())
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
    ranked = _langdetect(text, candidates)
    if not ranked:
        return Detection(UNDETERMINED, 0.0)
    language, confidence = ranked[0]
    words = _WORD.findall(text.lower())
    if candidates == ("mk", "sr"):
        # The derived Serbian profile is the weaker one: Macedonian must show its own words.
        mk, sr = _cyrillic_evidence(words, "mk"), _cyrillic_evidence(words, "sr")
        return Detection("mk" if mk > sr else "sr", confidence)
    if language in _CYRILLIC_CUES:
        counts = sorted(
            ((_cyrillic_evidence(words, code), code) for code in _CYRILLIC_CUES if code in candidates),
            reverse=True,
        )
        if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            language = counts[0][1]
    return Detection(language, confidence)


def _latin_cues(text: str, language: str) -> str:
    """The neighbour of ``language`` that the text's own frequent words point to, if one does."""
    family = next((family for family in _LATIN_CUES if language in family), None)
    if family is None:
        return language
    words = _WORD.findall(text.lower())
    counts = {code: sum(word in cues for word in words) for code, cues in family.items()}
    if language in ("hr", "sl"):
        forms = _bcms_slovene_forms(text)
        counts["hr"] += max(0, forms)  # not bcms_scores: Slovene shares the ekavian forms
        counts["sl"] += max(0, -forms)
    if "sl" in counts and set(text.lower()) & {"ć", "đ"}:
        counts["sl"] = -1  # Slovene writes neither
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked[0][1] > 0 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return language


def _latin(text: str) -> Detection:
    letters = [ch for ch in text[:SAMPLE_CHARS] if ch.isalpha()]
    if letters and sum(ch in _VIETNAMESE_LETTERS for ch in letters) >= VIETNAMESE_MIN_SHARE * len(letters):
        return Detection("vi", 1.0)
    ranked = _langdetect(text, LATIN_LANGUAGES)
    if not ranked:
        return Detection(UNDETERMINED, 0.0)
    language, confidence = ranked[0]
    if language == "sl" and set(text.lower()) & {"ć", "đ"}:
        language = "hr"  # Slovene writes neither
    elif sum(ch.isalpha() for ch in text) <= CUE_MAX_LETTERS:
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


def detect(text: str) -> str:
    """The language of ``text``: an ISO 639-1 code, "sh" for undecided BCMS, or "und"."""
    return detect_with_confidence(text).language


# ---------------------------------------------------------------- the BCMS family

# Words that only some members of the family use, each with the labels it points to and a weight.
# Ekavian forms (mleko, vreme) are Serbian; ijekavian ones (mlijeko, vrijeme) Croatian or Bosnian.
_EKAVIAN = (
    "mleko vreme vremena vremenu reka reke deca dece dete deteta lepo lepa lep mesto mesta mestu "
    "vek veka uvek gde posle primer primera verovatno devojka devojke telo tela ceo cela celog cena "
    "cene ceni svet sveta svetu mesec meseca meseci ponedeljak sledeći sledeće sreda lek leka deo "
    "dela delu rešenje rešenja vera vest vesti predlog predloga promena promene promeni predsednik "
    "predsednika reč reči izveštaj izveštaja hteo htela pesma pesme bela beli belo snega nedelja "
    "nedelje poreklo poreklu videti razvijen uslovi uslova smer smera napred"
)
_IJEKAVIAN = (
    "mlijeko vrijeme vremena rijeka rijeke djeca djece dijete djeteta lijepo lijepa lijep mjesto "
    "mjesta mjestu vijek vijeka uvijek gdje poslije primjer primjera vjerojatno vjerovatno djevojka "
    "djevojke tijelo tijela cijeli cijela cijelog cijena cijene cijeni svijet svijeta svijetu mjesec "
    "mjeseca mjeseci ponedjeljak sljedeći sljedeće srijeda lijek lijeka dio dijela dijelu rješenje "
    "rješenja vjera vijest vijesti prijedlog prijedloga promjena promjene promjeni predsjednik "
    "predsjednika riječ riječi htio htjela pjesma pjesme bijela bijeli bijelo snijega nedjelja "
    "nedjelje podrijetlo porijeklo vidjeti razvijen uvjeti uvjeta smjer smjera naprijed"
)
_CROATIAN = (
    "siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja "
    "srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada studeni studenoga prosinac prosinca "
    "tisuća tisuće tisuću tko tijekom također europski europska europske europskog europe europi "
    "uopće općenito kazalište glazba glazbe povijest povijesti znanost znanosti sveučilište "
    "sveučilišta vlak kruh obitelj obitelji tjedan tjedna točno točka uvjet jučer sudjelovati "
    "sudjeluje izvješće izvješća nogomet tvrtka tvrtke otok otoka kemija kršćanski ravnatelj "
    "hrvatska hrvatske hrvatskoj hrvatski zagreb zagrebu"
)
_SERBIAN_OR_BOSNIAN = (
    "hiljada hiljade hiljadu takođe tokom evropski evropska evropske evropskog evrope evropi "
    "uopšte šta ko tačno tačka univerzitet univerziteta nauka nauke nauci voz porodica porodice "
    "juče učestvovati učestvuje fudbal ostrvo ostrva hemija hemije saradnja saradnje sedmice"
)
_SERBIAN = (
    "istorija istorije istoriji avgust avgusta bezbednost bezbednosti spoljni spoljnih opština "
    "opštine opštini hleb hrišćanski preduzeće kafa srbija srbije srbiji srpski srpska srpske srpskog "
    "beograd beogradu"
)
_BOSNIAN = (
    "historija historije historiji sedmica august augusta lahko mehko kahva sahat bosna bosne bosni "
    "bosanski bosanska bosanske hercegovina hercegovine hercegovini sarajevo sarajevu bih "
    "općina općine općini"
)


def _bcms_lexicon() -> dict[str, tuple[tuple[str, float], ...]]:
    lexicon: dict[str, list[tuple[str, float]]] = {}
    groups = (
        (_EKAVIAN, (("sr", 2.0),)),
        (_IJEKAVIAN, (("hr", 1.0), ("bs", 1.0))),
        (_CROATIAN, (("hr", 2.0),)),
        (_SERBIAN_OR_BOSNIAN, (("sr", 1.0), ("bs", 1.0))),
        (_SERBIAN, (("sr", 2.0),)),
        (_BOSNIAN, (("bs", 2.0),)),
    )
    shared = set(_EKAVIAN.split()) & set(_IJEKAVIAN.split())  # spelt alike in both: no evidence
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
    return sum(1 for ch in text[:SAMPLE_CHARS] if ch.isalpha())


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
        found = detect_with_confidence(unit.text)
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
    filled: list[str] = []
    for index, language in enumerate(languages):
        if language is None:
            before = filled[-1] if filled else None
            after = next((lang for lang in languages[index + 1:] if lang), None)
            language = before or after or fallback
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
    segments: list[Segment] = []
    for unit, language in zip(units, languages):
        if segments and segments[-1].language == language:
            last = segments[-1]
            segments[-1] = Segment(f"{last.text}\n\n{unit.text}", language, last.page)
        else:
            segments.append(Segment(unit.text, language, unit.page))
    return tuple(segments)


def language_shares(segments: Sequence[Segment]) -> tuple[tuple[str, float], ...]:
    """Each language's share of the text, largest first; tiny and undetermined shares left out."""
    sizes: Counter[str] = Counter()
    for seg in segments:
        sizes[seg.language] += len(seg.text)
    total = sum(sizes.values())
    if not total:
        return ()
    shares = [
        (language, round(size / total, 3))
        for language, size in sizes.items()
        if language != UNDETERMINED and size / total >= MIN_SHARE
    ]
    return tuple(sorted(shares, key=lambda item: (-item[1], item[0])))
