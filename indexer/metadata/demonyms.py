"""Country adjectives in many languages: "Bulgarian Ministry", "dansk-tyske", "polsko-czeski", "латвийско-эстонской".

The table (``data/demonyms.toml``) lists stems and each language's endings. This module only
finds the adjectives and the "X-Y" pairs they form; ``countries`` decides which of them name a
partner country (next to "partners" or an organisation, or a pair in a cooperation sentence).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from indexer.metadata.project_words import PROJECT_IN_WORD
from indexer.metadata.text import fold


@dataclass(frozen=True)
class Adjective:
    start: int
    end: int
    code: str
    compound_only: bool  # "Franco", "ελληνο": only the first half of "X-Y"


@dataclass(frozen=True)
class _Group:
    languages: frozenset[str]
    regex: re.Pattern[str]
    stems: dict[str, str]  # casefolded stem -> code
    firsts: dict[str, str]  # casefolded compound-only form -> code


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(set(forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _groups() -> tuple[_Group, ...]:
    table = tomllib.loads(resources.files("indexer.metadata").joinpath("data/demonyms.toml").read_text("utf-8"))
    groups = []
    for entry in table["group"]:
        stems = {fold(stem).casefold(): code for code, forms in entry["adjectives"].items() for stem in forms}
        firsts = {fold(form).casefold(): code for code, forms in entry.get("compound_first", {}).items() for form in forms}
        endings = _alternation(fold(ending) for ending in entry["endings"] if ending)
        cased = {fold(stem) for forms in entry["adjectives"].values() for stem in forms}
        first_forms = {fold(form) for forms in entry.get("compound_first", {}).values() for form in forms}
        ending = f"(?:{endings})?" if "" in entry["endings"] else f"(?:{endings})"
        pattern = (
            rf"(?<!\w)(?:(?P<stem>{_alternation(cased)}){ending}(?!\w)"
            + (rf"|(?P<first>{_alternation(first_forms)})(?=\s?[-–‑]\s?\w)" if first_forms else "")
            + ")"
        )
        flags = 0 if entry.get("keep_case") else re.IGNORECASE
        groups.append(_Group(frozenset(entry["languages"]), re.compile(pattern, flags), stems, firsts))
    return tuple(groups)


def find_adjectives(folded: str, languages: Iterable[str]) -> list[Adjective]:
    """Country adjectives of the given languages (and English) in the accent-folded text, without overlaps.

    A form two active languages read as different countries (Czech "slovenský" is Slovak, Slovene
    "slovenski" is Slovene) is dropped.
    """
    active = set(languages) | {"en"}
    found: dict[tuple[int, int], set[tuple[str, bool]]] = {}
    for group in _groups():
        if not group.languages & active:
            continue
        for match in group.regex.finditer(folded):
            if match.group("stem") is not None:
                entry = (group.stems[match.group("stem").casefold()], False)
            else:
                entry = (group.firsts[match.group("first").casefold()], True)
            found.setdefault((match.start(), match.end()), set()).add(entry)
    adjectives, reach = [], -1
    for (start, end), entries in sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])):
        if start < reach or len({code for code, _ in entries}) != 1:
            continue
        code = next(iter(entries))[0]
        adjectives.append(Adjective(start, end, code, all(first for _, first in entries)))
        reach = end
    return adjectives


COMPOUND_JOIN = re.compile(r"\s?[-–‑]\s?")


def compound_pairs(folded: str, adjectives: list[Adjective]) -> list[tuple[Adjective, Adjective]]:
    """Adjectives joined by a hyphen into one of two countries: "dansk-tyske", "Czech-Polish"."""
    pairs = []
    for first, second in zip(adjectives, adjectives[1:]):
        if first.code != second.code and not second.compound_only and COMPOUND_JOIN.fullmatch(folded, first.end, second.start):
            pairs.append((first, second))
    return pairs


SHARED_WORK = re.compile(
    PROJECT_IN_WORD + r"|co-?operat|collaborat|cross-?border|border|partner|programm?e?|interreg|"
    r"zusammenarbeit|kooperation|grenz|samarbe|grænse|gräns|samenwerking|grens|"
    r"coop[eé]ration|transfrontali|fronti[eè]r|cooperazione|confin|cooperaci[oó]n|frontera|transfronteri|"
    r"coopera[cç][aã]o|fronteiri|wsp[oó][lł]prac|granic|pogranicz|transgraniczn|spolupr[aá]c|hranic|přeshranič|preshranič|"
    r"sodelovanj|čezmej|suradnj|saradnj|prekogranič|határ|együttműköd|cooperar|transfrontalier|grani[tț]|"
    r"συνεργασ|διασυνοριακ|σύνορ|συνορ|сътрудничеств|трансгранич|гранич|граница|сотрудничеств|границ",
    re.IGNORECASE,
)
"""Words of a shared undertaking: an "X-Y" pair beside one of them is the project's two sides, not a comparison."""


PROGRAMME_BEFORE = re.compile(r"(?<!\w)(?:interreg|program\w*|ipa|eni)(?:\W+\S+){0,3}\W*$", re.IGNORECASE)
"""Right before a pair: "Interreg V-A Republika Czeska-Polska" is a programme's name; its countries come with the programme."""


def names_programme(folded: str, start: int) -> bool:
    return bool(PROGRAMME_BEFORE.search(folded, max(0, start - 50), start))


def in_shared_work(folded: str, start: int, end: int, reach: int = 200) -> bool:
    """A word of cooperation, border, partners or project in the sentence around ``start``-``end``."""
    before = re.split(r"[.!?]\s|\n", folded[max(0, start - reach) : start])[-1]
    after = re.split(r"[.!?]\s|\n", folded[end : end + reach])[0]
    return bool(SHARED_WORK.search(before) or SHARED_WORK.search(after))
