"""Country names and the forms they take: CLDR names (Babel) per language, stems for case endings, places.

The names of a language mix are matched by one regular expression, built once per mix; the
context rules that decide whether a name is a project country are in ``countries``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick
from babel import Locale

from indexer.metadata.text import fold
from indexer.tables import static_table

COUNTRY_LOCALES = {
    "en": ("en",), "de": ("de",), "fr": ("fr",), "es": ("es",), "it": ("it",), "pt": ("pt",), "nl": ("nl",),
    "da": ("da",), "sv": ("sv",), "no": ("nb",), "nb": ("nb",), "fi": ("fi",), "et": ("et",), "lv": ("lv",),
    "lt": ("lt",), "pl": ("pl",), "cs": ("cs",), "sk": ("sk",), "sl": ("sl",), "hr": ("hr", "bs", "sr_Latn"),
    "sr": ("sr_Latn", "sr", "hr", "bs"), "bs": ("bs", "hr", "sr_Latn"), "sh": ("hr", "sr_Latn", "bs", "sr"),
    "mk": ("mk", "sr"), "bg": ("bg",), "ro": ("ro",), "hu": ("hu",), "el": ("el",), "mt": ("mt",), "sq": ("sq",),
    "ga": ("ga",), "is": ("is",), "tr": ("tr",), "ca": ("ca",), "gl": ("gl",), "eu": ("eu",), "lb": ("lb",),
    "ru": ("ru",), "uk": ("uk",), "be": ("be",),
}
"""Segment language -> CLDR locales whose country names are looked for in it (English always)."""

INFLECTING = {
    "pl", "cs", "sk", "sl", "hr", "sr_Latn", "sr", "bs", "mk", "bg", "lt", "lv", "fi", "et", "hu", "el", "ro", "sq", "is",
    "ru", "uk", "be", "eu",
}
"""Languages whose country names take case endings (w Polsce, u Hrvatskoj, Suomessa)."""

STEM_CHANGES = {
    # Finnish consonant gradation and plural stems: Irlanti -> Irlannista, Kreikka -> Kreikassa,
    # Itävalta -> Itävallassa, Alankomaat -> Alankomaista, Yhdysvallat -> Yhdysvalloissa, Kypros -> Kyproksella.
    "fi": (("nti", "nni"), ("nki", "ngi"), ("mpi", "mmi"), ("lti", "lli"), ("rti", "rri"), ("tti", "ti"), ("kki", "ki"),
           ("ppi", "pi"), ("kka", "ka"), ("tta", "ta"), ("ppa", "pa"), ("lta", "lla"), ("nta", "nna"), ("at", "i"),
           ("at", "oi"), ("os", "oks")),
    # Polish plurals in -chy: Włochy -> we Włoszech.
    "pl": (("chy", "sz"),),
}
"""Per-language stem changes applied to CLDR names, for case forms the plain stem does not reach."""

GENITIVE_S = {"en", "de", "nl", "da", "sv", "nb", "is"}

NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM", "IC", "EA", "DG", "CP", "TA", "AC"}

CODE_ALIASES = {"EL": "GR", "UK": "GB"}


@lru_cache(maxsize=1)
def places() -> dict:
    return tomllib.loads(resources.files("indexer.metadata").joinpath("data/places.toml").read_text("utf-8"))


def country_codes() -> tuple[str, ...]:
    territories = Locale.parse("en").territories
    return tuple(sorted(code for code in territories if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES))


@static_table
def locale_names(locale_code: str) -> dict[str, str]:
    territories = Locale.parse(locale_code).territories
    names = {}
    for code in country_codes():
        name = territories.get(code)
        if name and name[0].isupper():
            names[fold(name)] = code
    return names


def name_stem(name: str) -> str | None:
    if " " in name or "-" in name or len(name) < 5:
        return None
    # Slavic -ska/-cka names change the consonant too: Polska -> w Polsce, Hrvatska -> u Hrvatskoj.
    if name.lower().endswith(("ska", "cka", "čka", "ška", "sko", "cko", "čko", "ško")) and len(name) >= 6:
        return name[:-2]
    stem = name[:-1] if name[-1].lower() in "aeiouyаеиоуяюыэьαεηιοωυ" else name
    return stem if len(stem) >= 5 or (len(stem) >= 4 and stem != name) else None


def _stems(name: str, locale_code: str) -> set[str]:
    """Every stem a case ending may follow: the plain stem plus the language's own stem changes."""
    stems = {stem} if (stem := name_stem(name)) else set()
    if " " in name or "-" in name:
        return stems
    for ending, replacement in STEM_CHANGES.get(locale_code.split("_")[0], ()):
        if name.lower().endswith(ending) and len(name) - len(ending) >= 3:
            stems.add(name[: -len(ending)] + replacement)
    return stems


def _unique(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Forms that name exactly one country; a form shared by two countries is dropped."""
    seen: dict[str, set[str]] = {}
    for form, code in pairs:
        seen.setdefault(form, set()).add(code)
    return {form: codes.pop() for form, codes in seen.items() if len(codes) == 1}


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    form: str  # the CLDR name or stem as listed, spaces single
    code: str
    is_stem: bool


@dataclass(frozen=True)
class Matcher:
    """The country names and stems of one language mix, found through the shared automaton."""

    names: dict[str, str]
    stems: dict[str, str]
    genitive: bool  # English, German, Dutch, Nordic: "Poland's", "Polens"

    def find(self, folded: str) -> list[NameMatch]:
        """Every name or stem in the accent-folded text, leftmost first, longest first at a place, no overlaps.

        A name may close with a genitive "s"; a stem takes up to five letters of a case ending; neither may
        run on into a word, nor start after a letter, a full stop or a hyphen.
        """
        collapsed, offsets = collapse_spaces(folded)
        candidates: dict[int, list[tuple[int, str]]] = {}
        for last, form in form_index().iter(collapsed):
            start = offsets[last - len(form) + 1]
            candidates.setdefault(start, []).append((offsets[last] + 1, form))
        found, reach = [], -1
        for start in sorted(candidates):
            if start < reach or (start > 0 and (folded[start - 1] in ".-" or _is_word(folded[start - 1]))):
                continue
            match = self._longest(folded, start, candidates[start])
            if match:
                found.append(match)
                reach = match.end
        return found

    def fullmatch(self, folded: str) -> bool:
        return any(match.start == 0 and match.end == len(folded) for match in self.find(folded))

    def _longest(self, folded: str, start: int, hits: list[tuple[int, str]]) -> NameMatch | None:
        hits = sorted(hits, key=lambda hit: -len(hit[1]))
        for end, form in hits:
            if form in self.names:
                if end < len(folded) and folded[end] == "s" and self.genitive and not _is_word(folded[end + 1 : end + 2]):
                    return NameMatch(start, end + 1, form, self.names[form], False)
                if not _is_word(folded[end : end + 1]):
                    return NameMatch(start, end, form, self.names[form], False)
        for end, form in hits:
            if form in self.stems:
                ending = end
                while ending < len(folded) and ending - end <= 5 and _is_letter(folded[ending]):
                    ending += 1
                if ending - end <= 5 and not _is_word(folded[ending : ending + 1]):
                    return NameMatch(start, ending, form, self.stems[form], True)
        return None


def _is_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_")


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


WHITESPACE_RUN = re.compile(r"\s+")
LONG_WHITESPACE_RUN = re.compile(r"\s\s+")


@lru_cache(maxsize=4)
def collapse_spaces(folded: str) -> tuple[str, list[int]]:
    """The text with each run of white space as one space, and for each character its offset in the text.

    Names broken over two lines ("Czech\nRepublic") still match. Country names and towns are looked
    for in the same text one after the other, so the last few results are kept (never modify them).
    """
    # A run keeps its first character's place, as the one space it becomes; the rest of a longer
    # run (a paragraph break) has no place: the offsets are those of the kept characters, in order.
    kept = bytearray(b"\x01") * len(folded)
    for run in LONG_WHITESPACE_RUN.finditer(folded):
        kept[run.start() + 1 : run.end()] = bytes(run.end() - run.start() - 1)
    return WHITESPACE_RUN.sub(" ", folded), list(compress(range(len(folded)), kept))


def _all_locales() -> tuple[str, ...]:
    return tuple(dict.fromkeys(("en",) + tuple(locale for locales in COUNTRY_LOCALES.values() for locale in locales)))


@static_table
def form_index() -> ahocorasick.Automaton:
    """One automaton over the names and stems of every language; each mix picks its own forms from the hits."""
    automaton = ahocorasick.Automaton()
    forms = {fold(form) for form in places()["names"]}
    for locale_code in _all_locales():
        for name in locale_names(locale_code):
            forms.add(name)
            if locale_code in INFLECTING:
                forms.update(_stems(name, locale_code))
    for form in forms:
        automaton.add_word(WHITESPACE_RUN.sub(" ", form), WHITESPACE_RUN.sub(" ", form))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=64)
def matcher(*languages: str) -> Matcher:
    locales = ("en",) + tuple(locale for language in languages for locale in COUNTRY_LOCALES.get(language, ()))
    pairs = [(fold(form), CODE_ALIASES.get(code, code)) for form, code in places()["names"].items()]
    stem_pairs: list[tuple[str, str]] = []
    for locale_code in dict.fromkeys(locales):
        for name, code in locale_names(locale_code).items():
            pairs.append((name, code))
            if locale_code in INFLECTING:
                stem_pairs.extend((stem, code) for stem in _stems(name, locale_code))
    names = _unique(pairs)
    # A name ending in a consonant is its own stem: "Magyarország" -> "Magyarországról".
    stems = {stem: code for stem, code in _unique(stem_pairs).items() if names.get(stem, code) == code}
    return Matcher(names, stems, any(code in GENITIVE_S for code in locales))


@lru_cache(maxsize=1)
def trap_forms() -> frozenset[str]:
    forms = {fold(form) for form in places()["traps"]["forms"]}
    # The inflected forms of a trap word are traps as well: "Γεωργικών" is "agricultural".
    return frozenset(forms | {stem for form in forms if (stem := name_stem(form))})
