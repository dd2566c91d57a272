"""Cross-border programmes described rather than named: "an Interreg IPA project of cross-border cooperation
between Hungary and Serbia" is the Hungary-Serbia programme, in any language.

The sentence must say both what kind of programme it is (Interreg, IPA, ENI, "cross-border") and
which two countries it joins ("between X and Y", "X és Y között"); the programme is then the one
cross-border programme of exactly those countries, of the period the sentence gives if it gives one.
A kind followed by two country names joined by a dash ("Interreg 5a Polska-Słowacja") names the programme
however its generation is spelt; the generation ("IV", "V", "VI") gives the period when no years do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from indexer.metadata import country_names
from indexer.metadata.programmes import STRONG, Programme, ProgrammeMention, load_programmes
from indexer.metadata.text import fold, snippet

CROSS_BORDER_KIND = re.compile(
    r"(?<!\w)(?:(?:(?i:interreg)|IPA|ENI|NEXT)(?!\w)|(?i:cross-?border|prekograni|transfrontali|transfronteri|grenz[uü]berschreit|"
    r"transgraniczn|preshrani|přeshrani|cezmejn|čezmejn|hatar\w*\s+atnyulo|határ\w*\s+átnyúló|διασυνοριακ|трансгранич|"
    r"gransoverskrid|gränsöverskrid|graenseoverskrid|grænseoverskrid|grensoverschrijd|transfronteiri|rajat\s?ylit|"
    # Slovak, German "grenzübergreifend", Latvian, Lithuanian "per sieną" (folded "per siena", also an Italian town's
    # name, so only beside its cooperation, project or programme), Estonian, Serbian and Macedonian Cyrillic, Ukrainian,
    # Russian, Albanian.
    r"cezhrani|grenzubergreif|grenzuebergreif|parrobez|bendradarbiavim\w*\s+per\s+siena(?!\w)|"
    r"per\s+siena\s+(?:bendradarbiavim|projekt|program)|piiriule|прекогранич|прекугранич|транскордон|приграничн|nderkufi))",
)
"""Words that say the programme is a cross-border one (matched against accent-folded text)."""
BETWEEN = re.compile(
    r"(?<!\w)(?:between|entre|zwischen|tra|fra|mellan|mellem|tussen|mi[eę]dzy|izme[dđ]u|izmedju|mezi|medzi|med|μεταξ[υύ]|между|[iî]ntre|"
    r"starp|tarp|између|між|mellom)(?!\w)",
    re.IGNORECASE,
)
AMONG = re.compile(r"(?<!\w)(?:kozott|vahel|valilla)(?!\w)", re.IGNORECASE)
"""Hungarian, Estonian and Finnish put "between" after the two countries: "Magyarország és Szerbia között", "Eesti ja Läti vahel"."""
PERIOD = re.compile(r"(?<!\d)(20[0-2]\d)\s*[-–/]\s*(20[0-3]\d)(?!\d)")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
SIDES_REACH = 60
KIND_REACH = 80
"""The two countries stand right after "between": further on, the sentence may be about something else."""


@lru_cache(maxsize=1)
def _cross_border_parents() -> dict[frozenset[str], tuple[str, ...]]:
    """Country set -> the period-neutral cross-border programmes of exactly those countries."""
    parents: dict[frozenset[str], list[str]] = {}
    for programme in load_programmes():
        if programme.strand == "A" and not programme.parent and len(programme.countries) == 2 and not _ended_by_2006(programme):
            parents.setdefault(frozenset(programme.countries), []).append(programme.name)
    return {countries: tuple(names) for countries, names in parents.items()}


def _ended_by_2006(programme: Programme) -> bool:
    """A border's programme that ended with 2000-2006 (Interreg IIIA, PHARE CBC) is named by its title, not described."""
    return programme.period[-4:] <= "2006" if programme.period else False


@lru_cache(maxsize=1)
def _children() -> dict[tuple[str, str], str]:
    return {(programme.parent, programme.period): programme.name for programme in load_programmes() if programme.parent}


def _sides(folded: str, kind: re.Match[str], start: int, end: int, matcher: country_names.Matcher) -> set[str]:
    """The two countries the cooperation of this kind joins, or nothing: "between" must follow the kind word closely."""
    for between in BETWEEN.finditer(folded, kind.start(), min(end, kind.end() + KIND_REACH)):
        codes = [match.code for match in matcher.find(folded[between.end() : min(end, between.end() + SIDES_REACH)])]
        if len(set(codes[:2])) == 2:
            return set(codes[:2])
    for among in AMONG.finditer(folded, max(start, kind.start() - 2 * KIND_REACH), min(end, kind.end() + 2 * KIND_REACH)):
        window_start = max(start, among.start() - SIDES_REACH)
        matches = matcher.find(folded[window_start : among.start()])
        if len(matches) >= 2 and not folded[window_start + matches[-1].end : among.start()].strip(" ,"):
            codes = {match.code for match in matches[-2:]}
            if len(codes) == 2:
                return codes
    return set()


NAMED_KIND = re.compile(r"(?<!\w)(?:(?i:interreg)|IPA|ENI|NEXT)(?!\w)")
GENERATION_WORDS = re.compile(
    r"(?:[^\S\n]*[-\u2013]?[^\S\n]*(?:[IVX]{1,4}[A-D]?|[1-6][A-Da-d]?|[A-D]|CBC|IPA|ENI|NEXT)(?![^\W_]))*[^\S\n]*[-\u2013:]?[^\S\n]*[\"\u201c\u201e\u00ab]?"
)
"""What may stand between "Interreg" and its countries however it is written: "V-A", "VA", "V I-A", "5a", "IPA CBC"."""
GENERATION = re.compile(r"[^\S\n]*(IV|VI|V|[4-6])(?=[^\S\n]*[-\u2013]?[^\S\n]*[Aa](?![^\W_])|[^\S\n])")
GENERATION_PERIODS = {"IV": "2007-2013", "4": "2007-2013", "V": "2014-2020", "5": "2014-2020", "VI": "2021-2027", "6": "2021-2027"}
"""Interreg's generations by period: IV-A 2007-2013, V-A 2014-2020, VI-A 2021-2027 (as their programmes number them)."""
PAIR_JOIN = re.compile(r"[^\S\n]*[-\u2013\u2014/][^\S\n]*")


def _named_pair(folded: str, kind: re.Match[str], matcher: country_names.Matcher) -> set[str]:
    """The two countries written as a pair right after a programme kind: "Interreg V I-A Slovenija-Hrvaška".

    The knowledge base holds the usual spellings; this reads the rest (a strand written apart, a generation
    in digits, a country's name in a language its aliases lack) from the country names alone.
    """
    if not NAMED_KIND.fullmatch(kind.group(0)):
        return set()
    start = GENERATION_WORDS.match(folded, kind.end()).end()
    window = folded[start : start + SIDES_REACH].split("\n")[0]
    # Country names do not start after a hyphen, but the two sides of a programme's name are joined by one.
    matches = matcher.find(re.sub(r"[-\u2013\u2014/]", " ", window))
    if len(matches) < 2 or matches[0].start != 0 or not PAIR_JOIN.fullmatch(window[matches[0].end : matches[1].start]):
        return set()
    return {matches[0].code, matches[1].code} if matches[0].code != matches[1].code else set()


def find_described(text: str, languages: Iterable[str]) -> list[ProgrammeMention]:
    """Cross-border programmes a sentence describes by its kind and its two countries."""
    folded = fold(text)
    matcher = country_names.matcher(*sorted(set(languages)))
    parents = _cross_border_parents()
    found = []
    for kind in CROSS_BORDER_KIND.finditer(folded):
        starts = [match.end() for match in SENTENCE_END.finditer(folded, max(0, kind.start() - 200), kind.start())]
        start = starts[-1] if starts else max(0, kind.start() - 200)
        # Looked for only as far as the sentence may reach (a stop needs the character after it): a text
        # without sentence ends was read to its end for every kind word in it.
        stop = SENTENCE_END.search(folded, kind.end(), kind.end() + 302)
        end = stop.start() if stop and stop.start() - kind.end() < 300 else min(len(folded), kind.end() + 300)
        sides = _sides(folded, kind, start, end, matcher) or _named_pair(folded, kind, matcher)
        names = parents.get(frozenset(sides), ())
        if len(names) != 1:
            continue  # no programme, or two of the same countries (Italy-France: Maritime and ALCOTRA)
        name = names[0]
        period = PERIOD.search(folded, start, end)
        generation = GENERATION.match(folded, kind.end())
        if period:
            name = _children().get((name, f"{period.group(1)}-{period.group(2)}"), name)
        elif generation and generation.group(1) in GENERATION_PERIODS:
            name = _children().get((name, GENERATION_PERIODS[generation.group(1)]), name)
        found.append(ProgrammeMention(name, STRONG, snippet(text, kind.start(), end), "text", kind.start()))
    return found
