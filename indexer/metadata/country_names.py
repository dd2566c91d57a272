"""Country names and the forms they take: CLDR names (Babel) per language, stems for case endings, places.

The names of a language mix are matched by one regular expression, built once per mix; the
context rules that decide whether a name is a project country are in ``countries``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from babel import Locale

from indexer.metadata.text import fold

COUNTRY_LOCALES = {
    "en": ("en",), "de": ("de",), "fr": ("fr",), "es": ("es",), "it": ("it",), "pt": ("pt",), "nl": ("nl",),
    "da": ("da",), "sv": ("sv",), "no": ("nb",), "nb": ("nb",), "fi": ("fi",), "et": ("et",), "lv": ("lv",),
    "lt": ("lt",), "pl": ("pl",), "cs": ("cs",), "sk": ("sk",), "sl": ("sl",), "hr": ("hr", "bs", "sr_Latn"),
    "sr": ("sr_Latn", "sr", "hr", "bs"), "bs": ("bs", "hr", "sr_Latn"), "sh": ("hr", "sr_Latn", "bs", "sr"),
    "mk": ("mk", "sr"), "bg": ("bg",), "ro": ("ro",), "hu": ("hu",), "el": ("el",), "mt": ("mt",), "sq": ("sq",),
    "ga": ("ga",), "is": ("is",), "tr": ("tr",),
}
"""Segment language -> CLDR locales whose country names are looked for in it (English always)."""

INFLECTING = {"pl", "cs", "sk", "sl", "hr", "sr_Latn", "sr", "bs", "mk", "bg", "lt", "lv", "fi", "et", "hu", "el", "ro", "sq", "is"}
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


@lru_cache(maxsize=64)
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
    stem = name[:-1] if name[-1].lower() in "aeiouyаеиоуαεηιοωυ" else name
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
class Matcher:
    names: dict[str, str]
    stems: dict[str, str]
    regex: re.Pattern[str]


def alternation(forms: Iterable[str]) -> str:
    # Names broken over two lines ("Czech\nRepublic") still match.
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=len, reverse=True))


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
    genitive = "s?" if any(code in GENITIVE_S for code in locales) else ""
    parts = [rf"(?P<name>{alternation(names)}){genitive}"]
    if stems:
        parts.append(rf"(?P<stem>{alternation(stems)})[^\W\d_]{{0,5}}")
    regex = re.compile(r"(?<![\w.-])(?:" + "|".join(parts) + r")(?![\w])")
    return Matcher(names, stems, regex)


@lru_cache(maxsize=1)
def city_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    cities = {fold(name): code for name, code in places()["cities"].items()}
    return re.compile(r"(?<![\w-])(" + alternation(cities) + r")(?![\w-])"), cities


@lru_cache(maxsize=1)
def trap_forms() -> frozenset[str]:
    forms = {fold(form) for form in places()["traps"]["forms"]}
    # The inflected forms of a trap word are traps as well: "Γεωργικών" is "agricultural".
    return frozenset(forms | {stem for form in forms if (stem := name_stem(form))})
